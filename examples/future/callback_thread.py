"""Which thread runs a done callback: asyncio's loop thread, or the thread that completed the future.

>>> main()
asyncio: completed via thread 'worker', callback ran in 'MainThread' (the loop's thread)
concurrent.futures: completed by thread 'worker', callback ran in 'worker'
"""

import asyncio
import concurrent.futures
import threading


def record_thread(future: object) -> None:
    callback_threads.append(threading.current_thread().name)


callback_threads: list[str] = []


async def complete_from_worker() -> None:
    loop = asyncio.get_running_loop()
    aio_future = loop.create_future()
    aio_future.add_done_callback(record_thread)
    # The worker must not touch aio_future itself: it asks the loop to set the result.
    worker = threading.Thread(
        target=loop.call_soon_threadsafe,
        args=(aio_future.set_result, "worker"),
        name="worker",
    )
    worker.start()
    await aio_future
    await asyncio.sleep(0)  # let the scheduled callback run
    worker.join()
    where = callback_threads.pop()
    print(
        f"asyncio: completed via thread {aio_future.result()!r}, callback ran in {where!r} (the loop's thread)"
    )


def main() -> None:
    asyncio.run(complete_from_worker())

    cf_future: concurrent.futures.Future[str] = concurrent.futures.Future()
    cf_future.add_done_callback(record_thread)
    worker = threading.Thread(
        target=cf_future.set_result, args=("worker",), name="worker"
    )
    worker.start()
    worker.join()
    print(
        f"concurrent.futures: completed by thread {cf_future.result()!r}, callback ran in {callback_threads.pop()!r}"
    )


if __name__ == "__main__":
    main()
