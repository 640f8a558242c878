"""The RUNNING state: a concurrent future whose call has started cannot be cancelled; asyncio has no such state.

>>> main()
concurrent.futures: running() -> True; cancel() -> False
concurrent.futures: cancelled before it started: set_running_or_notify_cancel() -> False
asyncio: has running() or set_running_or_notify_cancel(): False
asyncio: cancel() on the run_in_executor future of the running call -> True
asyncio: cancel() on the run_in_executor future of the queued call -> True
asyncio: calls that ran to the end: ['running call']
"""

import asyncio
import concurrent.futures
import threading

finished: list[str] = []


def work(name: str, started: threading.Event, release: threading.Event) -> str:
    started.set()
    release.wait()
    finished.append(name)
    return "finished"


async def asyncio_side(pool: concurrent.futures.ThreadPoolExecutor) -> None:
    loop = asyncio.get_running_loop()
    started, release = threading.Event(), threading.Event()
    running = loop.run_in_executor(pool, work, "running call", started, release)
    # The pool has one thread: this call waits in its queue until the first one returns.
    queued = loop.run_in_executor(pool, work, "queued call", threading.Event(), release)
    started.wait()
    print(
        "asyncio: has running() or set_running_or_notify_cancel():",
        hasattr(running, "running") or hasattr(running, "set_running_or_notify_cancel"),
    )
    # A pending asyncio future can always be cancelled. The wrapper passes cancel() on to the concurrent
    # future: that fails for the running call (its thread cannot be stopped) and succeeds for the queued one.
    print(
        "asyncio: cancel() on the run_in_executor future of the running call ->",
        running.cancel(),
    )
    print(
        "asyncio: cancel() on the run_in_executor future of the queued call ->",
        queued.cancel(),
    )
    await asyncio.sleep(0)
    release.set()


def main() -> None:
    with concurrent.futures.ThreadPoolExecutor(max_workers=1) as pool:
        started, release = threading.Event(), threading.Event()
        cf_future = pool.submit(work, "submitted", started, release)
        started.wait()
        print(
            f"concurrent.futures: running() -> {cf_future.running()}; cancel() -> {cf_future.cancel()}"
        )
        release.set()
        cf_future.result()

    # What an executor does before it calls the function: a cancelled future tells it to skip the call.
    queued: concurrent.futures.Future[str] = concurrent.futures.Future()
    queued.cancel()
    result = queued.set_running_or_notify_cancel()
    print(
        "concurrent.futures: cancelled before it started: set_running_or_notify_cancel() ->",
        result,
    )

    finished.clear()
    with concurrent.futures.ThreadPoolExecutor(max_workers=1) as pool:
        asyncio.run(asyncio_side(pool))
    # Leaving the with block waited for the pool's thread: the running call finished, the queued one was skipped.
    print("asyncio: calls that ran to the end:", finished)


if __name__ == "__main__":
    main()
