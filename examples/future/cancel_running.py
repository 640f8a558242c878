"""The RUNNING state: a concurrent future whose call has started cannot be cancelled; asyncio has no such state.

>>> main()
concurrent.futures: running() -> True; cancel() -> False
concurrent.futures: cancelled before it started: set_running_or_notify_cancel() -> False
asyncio: has running() or set_running_or_notify_cancel(): False
asyncio: cancel() on the run_in_executor future -> True
asyncio: ...while its function kept running to the end: True
"""

import asyncio
import concurrent.futures
import threading

finished: list[str] = []


def work(started: threading.Event, release: threading.Event) -> str:
    started.set()
    release.wait()
    finished.append("work")
    return "finished"


async def asyncio_side(pool: concurrent.futures.ThreadPoolExecutor) -> None:
    started, release = threading.Event(), threading.Event()
    aio_future = asyncio.get_running_loop().run_in_executor(pool, work, started, release)
    started.wait()
    print(
        "asyncio: has running() or set_running_or_notify_cancel():",
        hasattr(aio_future, "running") or hasattr(aio_future, "set_running_or_notify_cancel"),
    )
    # A pending asyncio future can always be cancelled, but that cannot stop the thread.
    print("asyncio: cancel() on the run_in_executor future ->", aio_future.cancel())
    release.set()


def main() -> None:
    with concurrent.futures.ThreadPoolExecutor(max_workers=1) as pool:
        started, release = threading.Event(), threading.Event()
        cf_future = pool.submit(work, started, release)
        started.wait()
        print(f"concurrent.futures: running() -> {cf_future.running()}; cancel() -> {cf_future.cancel()}")
        release.set()
        cf_future.result()

    # What an executor does before it calls the function: a cancelled future tells it to skip the call.
    queued: concurrent.futures.Future[str] = concurrent.futures.Future()
    queued.cancel()
    result = queued.set_running_or_notify_cancel()
    print("concurrent.futures: cancelled before it started: set_running_or_notify_cancel() ->", result)

    finished.clear()
    with concurrent.futures.ThreadPoolExecutor(max_workers=1) as pool:
        asyncio.run(asyncio_side(pool))
    # Leaving the with block waited for the pool's thread.
    print("asyncio: ...while its function kept running to the end:", finished == ["work"])


if __name__ == "__main__":
    main()
