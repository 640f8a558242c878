"""A bound around several steps: asyncio.timeout() raises and cancels (3.11+); concurrent.futures.wait(timeout) returns.

On CPython 3.11 and later:

>>> main()
async with asyncio.timeout(0.01): await aio_future -> TimeoutError
asyncio: the awaited future is cancelled: True
concurrent.futures.wait([cf_future], timeout=0.01) -> 0 done, 1 not done
concurrent.futures: the future is cancelled: False

On CPython 3.9 to 3.10:

>>> main()
asyncio.timeout: absent (new in 3.11); use asyncio.wait_for around each await
concurrent.futures.wait([cf_future], timeout=0.01) -> 0 done, 1 not done
concurrent.futures: the future is cancelled: False
"""

import asyncio
import concurrent.futures


async def bound_a_block() -> None:
    if not hasattr(asyncio, "timeout"):
        print(
            "asyncio.timeout: absent (new in 3.11); use asyncio.wait_for around each await"
        )
        return
    aio_future = asyncio.get_running_loop().create_future()
    try:
        async with asyncio.timeout(0.01):  # type: ignore[attr-defined]
            await aio_future
    except TimeoutError:
        print("async with asyncio.timeout(0.01): await aio_future -> TimeoutError")
    print("asyncio: the awaited future is cancelled:", aio_future.cancelled())


def main() -> None:
    asyncio.run(bound_a_block())
    cf_future: concurrent.futures.Future[int] = concurrent.futures.Future()
    done, not_done = concurrent.futures.wait([cf_future], timeout=0.01)
    print(
        f"concurrent.futures.wait([cf_future], timeout=0.01) -> {len(done)} done, {len(not_done)} not done"
    )
    print("concurrent.futures: the future is cancelled:", cf_future.cancelled())


if __name__ == "__main__":
    main()
