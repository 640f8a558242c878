"""Cancelling through run_coroutine_threadsafe(): the concurrent future is cancelled at once, whatever the task does.

>>> main()
asyncio: task.cancel() -> True; the task returned 'finished anyway'; task.cancelled() -> False
concurrent.futures: cf_future.cancel() -> True; cf_future.cancelled() -> True
concurrent.futures: the task returned 'finished anyway'; cf_future.result() -> CancelledError
"""

import asyncio
import concurrent.futures
import contextlib
import threading


async def stubborn(started: threading.Event, returned: list[str]) -> str:
    started.set()
    # Suppressing the cancellation (not recommended) lets a task decline it.
    with contextlib.suppress(asyncio.CancelledError):
        await asyncio.sleep(3600)
    returned.append("finished anyway")
    return "finished anyway"


async def asyncio_side() -> None:
    task = asyncio.create_task(stubborn(threading.Event(), []))
    await asyncio.sleep(0)
    cancelled = task.cancel()  # a request: the task may still finish normally
    result = await task
    print(
        f"asyncio: task.cancel() -> {cancelled}; the task returned {result!r}; task.cancelled() -> {task.cancelled()}"
    )


def concurrent_side() -> None:
    loop = asyncio.new_event_loop()
    thread = threading.Thread(target=loop.run_forever)
    thread.start()
    started, returned = threading.Event(), list[str]()
    cf_future = asyncio.run_coroutine_threadsafe(stubborn(started, returned), loop)
    started.wait()
    # concurrent.futures.Future.cancel() changes the state at once; the task is asked to cancel afterwards,
    # on the loop, and what it returns has nowhere to go.
    cancelled = cf_future.cancel()
    print(
        f"concurrent.futures: cf_future.cancel() -> {cancelled}; cf_future.cancelled() -> {cf_future.cancelled()}"
    )
    while not returned:  # let the loop run until the task has finished
        asyncio.run_coroutine_threadsafe(asyncio.sleep(0), loop).result(timeout=5)
    try:
        cf_future.result()
    except concurrent.futures.CancelledError as exc:
        print(
            f"concurrent.futures: the task returned {returned[0]!r}; cf_future.result() -> {type(exc).__name__}"
        )
    loop.call_soon_threadsafe(loop.stop)
    thread.join()
    loop.close()


def main() -> None:
    asyncio.run(asyncio_side())
    concurrent_side()


if __name__ == "__main__":
    main()
