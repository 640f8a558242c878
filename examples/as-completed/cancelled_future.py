"""A cancelled future: asyncio.as_completed gives it, concurrent.futures.as_completed once notified.

>>> main()
asyncio: the first item, awaited, raises CancelledError
concurrent.futures: cf_future.cancel() -> True; cf_future.done() -> True
concurrent.futures.as_completed([cf_future], timeout=0) -> TimeoutError: 1 (of 1) futures unfinished
cf_future.set_running_or_notify_cancel() -> False
concurrent.futures.as_completed([cf_future], timeout=0) -> yields cf_future: True
pool.shutdown(cancel_futures=True): queued_future.cancelled() -> True
concurrent.futures.as_completed([queued_future], timeout=0) -> TimeoutError: 1 (of 1) futures unfinished
"""

import asyncio
import concurrent.futures
import threading


async def asyncio_side() -> None:
    aio_future = asyncio.get_running_loop().create_future()
    aio_future.cancel()
    for item in asyncio.as_completed([aio_future], timeout=0):
        try:
            await item
        except asyncio.CancelledError:
            print("asyncio: the first item, awaited, raises CancelledError")


def first_now(name: str, cf_future: "concurrent.futures.Future[object]") -> None:
    # timeout=0: without a timeout, this loop would never get its first future
    try:
        for item in concurrent.futures.as_completed([cf_future], timeout=0):
            print(
                f"concurrent.futures.as_completed([{name}], timeout=0) -> yields {name}: {item is cf_future}"
            )
    except concurrent.futures.TimeoutError as exc:
        print(
            f"concurrent.futures.as_completed([{name}], timeout=0) -> TimeoutError: {exc}"
        )


def main() -> None:
    asyncio.run(asyncio_side())

    cf_future: concurrent.futures.Future[object] = concurrent.futures.Future()
    print(
        f"concurrent.futures: cf_future.cancel() -> {cf_future.cancel()}; cf_future.done() -> {cf_future.done()}"
    )
    first_now("cf_future", cf_future)
    # The executor's worker calls this before it runs a work item; only then is it yielded.
    print(
        f"cf_future.set_running_or_notify_cancel() -> {cf_future.set_running_or_notify_cancel()}"
    )
    first_now("cf_future", cf_future)

    # shutdown(cancel_futures=True) cancels the queued work items with cancel() alone.
    started, release = threading.Event(), threading.Event()

    def block() -> None:
        started.set()
        release.wait()

    pool = concurrent.futures.ThreadPoolExecutor(max_workers=1)
    pool.submit(block)
    queued_future = pool.submit(int)
    started.wait()  # the only worker is busy: queued_future waits in the queue
    pool.shutdown(wait=False, cancel_futures=True)
    print(
        f"pool.shutdown(cancel_futures=True): queued_future.cancelled() -> {queued_future.cancelled()}"
    )
    release.set()
    pool.shutdown(wait=True)
    first_now("queued_future", queued_future)


if __name__ == "__main__":
    main()
