"""wait() and as_completed(): each module's functions accept only its own futures.

On CPython 3.11 and later:

>>> main()
concurrent.futures.wait([aio_future]) -> AttributeError: '_asyncio.Future' object has no attribute '_condition'
asyncio.wait([pending cf_future]) -> AttributeError: 'Future' object has no attribute 'remove_done_callback'
asyncio.as_completed([cf_future]) -> TypeError: An asyncio.Future, a coroutine or an awaitable is required
asyncio.wait([finished cf_future]) -> AttributeError: 'Future' object has no attribute 'remove_done_callback'
asyncio.wait([asyncio.wrap_future(cf_future)]) -> 1 done, 0 pending

On CPython 3.9 to 3.10:

>>> main()
concurrent.futures.wait([aio_future]) -> AttributeError: '_asyncio.Future' object has no attribute '_condition'
asyncio.wait([pending cf_future]) -> TypeError: An asyncio.Future, a coroutine or an awaitable is required
asyncio.as_completed([cf_future]) -> TypeError: An asyncio.Future, a coroutine or an awaitable is required
asyncio.wait([finished cf_future]) -> TypeError: An asyncio.Future, a coroutine or an awaitable is required
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
    except (TypeError, AttributeError) as exc:
        # 3.9 and 3.10 reject it at once (ensure_future: TypeError); from 3.11, asyncio.wait no longer wraps its
        # arguments, adds its callback, then fails when it takes it back (no remove_done_callback).
        print(f"asyncio.wait([pending cf_future]) -> {type(exc).__name__}: {exc}")
    try:
        # Before 3.13 as_completed() is a generator: the check runs at the first next().
        next(iter(asyncio.as_completed([cf_future])))  # type: ignore[list-item]
    except TypeError as exc:
        print("asyncio.as_completed([cf_future]) -> TypeError:", exc)

    cf_future.set_result(42)
    try:
        await asyncio.wait([cf_future])  # type: ignore[list-item]
    except (TypeError, AttributeError) as exc:
        print(f"asyncio.wait([finished cf_future]) -> {type(exc).__name__}: {exc}")
    done, pending = await asyncio.wait([asyncio.wrap_future(cf_future)])
    print(
        f"asyncio.wait([asyncio.wrap_future(cf_future)]) -> {len(done)} done, {len(pending)} pending"
    )


def main() -> None:
    asyncio.run(cross_the_worlds())


if __name__ == "__main__":
    main()
