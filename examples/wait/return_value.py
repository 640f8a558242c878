"""What wait() returns: a plain tuple of two sets in asyncio, a named tuple in concurrent.futures.

>>> main()
asyncio.wait -> tuple of ['set', 'set']
asyncio: done 1 pending 1 | has .done: False
asyncio: the pending future is still pending after the timeout: True
concurrent.futures.wait -> DoneAndNotDoneFutures of ['set', 'set']
concurrent.futures: done 1 pending 1
concurrent.futures: the pending future is still pending after the timeout: True
"""

import asyncio
import concurrent.futures


async def wait_asyncio() -> None:
    aio_future = asyncio.get_running_loop().create_future()
    aio_future.set_result(1)
    pending_future = asyncio.get_running_loop().create_future()
    result = await asyncio.wait([aio_future, pending_future], timeout=0)
    print(
        "asyncio.wait ->",
        type(result).__name__,
        "of",
        [type(part).__name__ for part in result],
    )
    done, pending = result  # unpack it: a plain tuple has no .done or .pending
    print(
        "asyncio: done",
        len(done),
        "pending",
        len(pending),
        "| has .done:",
        hasattr(result, "done"),
    )
    print(
        "asyncio: the pending future is still pending after the timeout:",
        not pending_future.done(),
    )
    pending_future.cancel()


def main() -> None:
    asyncio.run(wait_asyncio())
    cf_done: concurrent.futures.Future[int] = concurrent.futures.Future()
    cf_done.set_result(1)
    cf_pending: concurrent.futures.Future[int] = concurrent.futures.Future()
    result = concurrent.futures.wait([cf_done, cf_pending], timeout=0)
    print(
        "concurrent.futures.wait ->",
        type(result).__name__,
        "of",
        [type(part).__name__ for part in result],
    )
    print("concurrent.futures: done", len(result.done), "pending", len(result.not_done))
    print(
        "concurrent.futures: the pending future is still pending after the timeout:",
        not cf_pending.done(),
    )


if __name__ == "__main__":
    main()
