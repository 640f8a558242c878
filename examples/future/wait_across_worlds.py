"""wait() and as_completed(): each module's functions accept only its own futures.

>>> main()
concurrent.futures.wait([aio_future]) -> AttributeError: '_asyncio.Future' object has no attribute '_condition'
asyncio.wait([pending cf_future]) -> fails
asyncio.as_completed([cf_future]) -> TypeError: An asyncio.Future, a coroutine or an awaitable is required
asyncio.wait([finished cf_future]) -> fails
asyncio.wait([asyncio.wrap_future(cf_future)]) -> 1 done, 0 pending
"""

import asyncio
import concurrent.futures


async def cross_the_worlds() -> None:
    aio_future = asyncio.get_running_loop().create_future()
    try:
        concurrent.futures.wait([aio_future], timeout=0)  # type: ignore[list-item]
    except AttributeError as exc:
        print("concurrent.futures.wait([aio_future]) -> AttributeError:", exc)
    aio_future.cancel()

    cf_future: concurrent.futures.Future[int] = concurrent.futures.Future()
    try:
        await asyncio.wait([cf_future], timeout=0.01)  # type: ignore[list-item]
    except (TypeError, AttributeError):
        # 3.9 and 3.10 reject it at once (TypeError); from 3.11, asyncio.wait no longer wraps its arguments,
        # accepts it, then fails when it tries to remove its callback (AttributeError: no remove_done_callback).
        print("asyncio.wait([pending cf_future]) -> fails")
    try:
        # Before 3.13 as_completed() is a generator: the check runs at the first next().
        next(iter(asyncio.as_completed([cf_future])))  # type: ignore[list-item]
    except TypeError as exc:
        print("asyncio.as_completed([cf_future]) -> TypeError:", exc)

    cf_future.set_result(42)
    try:
        await asyncio.wait([cf_future])  # type: ignore[list-item]
    except (TypeError, AttributeError):
        print("asyncio.wait([finished cf_future]) -> fails")
    done, pending = await asyncio.wait([asyncio.wrap_future(cf_future)])
    print(f"asyncio.wait([asyncio.wrap_future(cf_future)]) -> {len(done)} done, {len(pending)} pending")


def main() -> None:
    asyncio.run(cross_the_worlds())


if __name__ == "__main__":
    main()
