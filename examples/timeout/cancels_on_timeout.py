"""When the time is up: wait_for cancels the work; result(timeout) leaves it running.

On CPython 3.11 and later:

>>> main()
asyncio: the coroutine was cancelled
asyncio.wait_for(task, 0.01) -> builtins.TimeoutError
asyncio: the task is cancelled: True
cf_future.result(timeout=0.01) -> builtins.TimeoutError
concurrent.futures: the work is still running: True
concurrent.futures: later, cf_future.result() -> finished

On CPython 3.9 to 3.10:

>>> main()
asyncio: the coroutine was cancelled
asyncio.wait_for(task, 0.01) -> asyncio.exceptions.TimeoutError
asyncio: the task is cancelled: True
cf_future.result(timeout=0.01) -> concurrent.futures._base.TimeoutError
concurrent.futures: the work is still running: True
concurrent.futures: later, cf_future.result() -> finished
"""

import asyncio
import concurrent.futures
import threading


async def slow_step(started: asyncio.Event) -> None:
    started.set()
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError:
        print("asyncio: the coroutine was cancelled")
        raise


async def bound_asyncio_work() -> None:
    started = asyncio.Event()
    aio_task = asyncio.ensure_future(slow_step(started))
    await started.wait()
    try:
        await asyncio.wait_for(aio_task, timeout=0.01)
    except asyncio.TimeoutError as exc:
        print(
            "asyncio.wait_for(task, 0.01) ->",
            f"{type(exc).__module__}.{type(exc).__qualname__}",
        )
    print("asyncio: the task is cancelled:", aio_task.cancelled())


def main() -> None:
    asyncio.run(bound_asyncio_work())
    started, release = threading.Event(), threading.Event()

    def slow_work() -> str:
        started.set()
        release.wait()
        return "finished"

    with concurrent.futures.ThreadPoolExecutor(max_workers=1) as executor:
        cf_future = executor.submit(slow_work)
        started.wait()  # the worker thread runs it now
        try:
            cf_future.result(timeout=0.01)
        except concurrent.futures.TimeoutError as exc:
            print(
                "cf_future.result(timeout=0.01) ->",
                f"{type(exc).__module__}.{type(exc).__qualname__}",
            )
        print("concurrent.futures: the work is still running:", cf_future.running())
        release.set()  # the thread finishes its work; the result is still there to take
        print("concurrent.futures: later, cf_future.result() ->", cf_future.result())


if __name__ == "__main__":
    main()
