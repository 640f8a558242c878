"""A cancelled future: done for asyncio.wait, for concurrent.futures.wait once notified.

>>> main()
asyncio: aio_future.cancel() -> True; aio_future.done() -> True
asyncio.wait([aio_future], timeout=0): done 1, pending 0
concurrent.futures: cf_future.cancel() -> True; cf_future.done() -> True
concurrent.futures.wait([cf_future], timeout=0): done 0, not_done 1
cf_future.set_running_or_notify_cancel() -> False
concurrent.futures.wait([cf_future], timeout=0): done 1, not_done 0
in_queue_future.cancel() -> True
concurrent.futures.wait([in_queue_future], timeout=0): done 0, not_done 1
after the worker has reached it: done 1, not_done 0
pool.shutdown(cancel_futures=True): queued_future.cancelled() -> True
concurrent.futures.wait([queued_future], timeout=0): done 0, not_done 1
after the pool has finished: done 0, not_done 1
a wait() with no timeout, 0.1 s after cancel(): still waiting: True
after set_running_or_notify_cancel(), it returns: done 1, not_done 0
"""

import asyncio
import concurrent.futures
import threading


async def asyncio_side() -> None:
    aio_future = asyncio.get_running_loop().create_future()
    print(
        f"asyncio: aio_future.cancel() -> {aio_future.cancel()}; aio_future.done() -> {aio_future.done()}"
    )
    done, pending = await asyncio.wait([aio_future], timeout=0)
    print(
        f"asyncio.wait([aio_future], timeout=0): done {len(done)}, pending {len(pending)}"
    )


def wait_now(name: str, cf_future: "concurrent.futures.Future[object]") -> None:
    # timeout=0: without a timeout, this wait() would never return
    result = concurrent.futures.wait([cf_future], timeout=0)
    print(
        f"concurrent.futures.wait([{name}], timeout=0): done {len(result.done)}, not_done {len(result.not_done)}"
    )


def busy_pool() -> "tuple[concurrent.futures.ThreadPoolExecutor, threading.Event]":
    """A pool whose only worker is busy until the returned event is set."""
    started, release = threading.Event(), threading.Event()

    def block() -> None:
        started.set()
        release.wait()

    pool = concurrent.futures.ThreadPoolExecutor(max_workers=1)
    pool.submit(block)
    started.wait()
    return pool, release


def main() -> None:
    asyncio.run(asyncio_side())

    cf_future: concurrent.futures.Future[object] = concurrent.futures.Future()
    print(
        f"concurrent.futures: cf_future.cancel() -> {cf_future.cancel()}; cf_future.done() -> {cf_future.done()}"
    )
    wait_now("cf_future", cf_future)
    # The executor's worker calls this before it runs a work item; only then does wait() count it.
    notified = cf_future.set_running_or_notify_cancel()
    print(f"cf_future.set_running_or_notify_cancel() -> {notified}")
    wait_now("cf_future", cf_future)

    # cancel() on a future in the queue: the worker notifies it when it reaches it.
    pool, release = busy_pool()
    in_queue_future = pool.submit(int)
    print(f"in_queue_future.cancel() -> {in_queue_future.cancel()}")
    wait_now("in_queue_future", in_queue_future)
    release.set()
    pool.shutdown(wait=True)  # the worker takes the work item and skips it
    result = concurrent.futures.wait([in_queue_future], timeout=0)
    print(
        f"after the worker has reached it: done {len(result.done)}, not_done {len(result.not_done)}"
    )

    # shutdown(cancel_futures=True) cancels the queued work items with cancel() alone.
    pool, release = busy_pool()
    queued_future = pool.submit(int)  # the only worker is busy: it waits in the queue
    pool.shutdown(wait=False, cancel_futures=True)
    print(
        f"pool.shutdown(cancel_futures=True): queued_future.cancelled() -> {queued_future.cancelled()}"
    )
    wait_now("queued_future", queued_future)
    release.set()
    pool.shutdown(wait=True)
    result = concurrent.futures.wait([queued_future], timeout=0)
    print(
        f"after the pool has finished: done {len(result.done)}, not_done {len(result.not_done)}"
    )

    # A wait() that is already blocking is not woken by cancel() either.
    blocked_future: concurrent.futures.Future[object] = concurrent.futures.Future()
    results: list[concurrent.futures.DoneAndNotDoneFutures[object]] = []
    waiter = threading.Thread(
        target=lambda: results.append(concurrent.futures.wait([blocked_future]))
    )
    waiter.start()
    blocked_future.cancel()
    waiter.join(timeout=0.1)
    print(
        "a wait() with no timeout, 0.1 s after cancel(): still waiting:",
        waiter.is_alive(),
    )
    blocked_future.set_running_or_notify_cancel()
    waiter.join()
    done, not_done = results[0]
    print(
        f"after set_running_or_notify_cancel(), it returns: done {len(done)}, not_done {len(not_done)}"
    )


if __name__ == "__main__":
    main()
