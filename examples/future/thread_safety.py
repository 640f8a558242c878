"""Thread safety: only concurrent.futures.Future may be completed from any thread.

>>> main()
asyncio: set_result() from another thread, in debug mode -> RuntimeError:
  Non-thread-safe operation invoked on an event loop other than the current one
asyncio: loop.call_soon_threadsafe(aio_future.set_result, ...) -> 'from worker'
concurrent.futures: set_result() from another thread -> 'from worker'
"""

import asyncio
import concurrent.futures
import threading


async def asyncio_side() -> None:
    loop = asyncio.get_running_loop()
    # Debug mode makes the loop check which thread calls it; without it, the wrong call below goes unnoticed
    # and may leave the loop asleep, never running the awaiting code.
    loop.set_debug(True)
    wrong_future = loop.create_future()
    wrong_future.add_done_callback(lambda fut: None)
    errors: list[RuntimeError] = []

    def set_from_worker() -> None:
        try:
            wrong_future.set_result("from worker")
        except RuntimeError as exc:
            errors.append(exc)

    worker = threading.Thread(target=set_from_worker)
    worker.start()
    worker.join()
    print("asyncio: set_result() from another thread, in debug mode -> RuntimeError:")
    print(" ", errors[0])

    aio_future = loop.create_future()
    worker = threading.Thread(target=loop.call_soon_threadsafe, args=(aio_future.set_result, "from worker"))
    worker.start()
    print("asyncio: loop.call_soon_threadsafe(aio_future.set_result, ...) ->", repr(await aio_future))
    worker.join()


def main() -> None:
    asyncio.run(asyncio_side())

    cf_future: concurrent.futures.Future[str] = concurrent.futures.Future()
    worker = threading.Thread(target=cf_future.set_result, args=("from worker",))
    worker.start()
    print("concurrent.futures: set_result() from another thread ->", repr(cf_future.result()))
    worker.join()


if __name__ == "__main__":
    main()
