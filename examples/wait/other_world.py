"""A future of the other world given to wait(): neither accepts it; asyncio.wrap_future bridges.

On CPython 3.11 and later:

>>> main()
concurrent.futures.wait([aio_future]) -> AttributeError: '_asyncio.Future' object has no attribute '_condition'
await asyncio.wait([cf_future]) -> AttributeError: 'Future' object has no attribute 'remove_done_callback'
await asyncio.wait([asyncio.wrap_future(cf_future)]) -> done: [1]

On CPython 3.9 to 3.10:

>>> main()
concurrent.futures.wait([aio_future]) -> AttributeError: '_asyncio.Future' object has no attribute '_condition'
await asyncio.wait([cf_future]) -> TypeError: An asyncio.Future, a coroutine or an awaitable is required
await asyncio.wait([asyncio.wrap_future(cf_future)]) -> done: [1]
"""

import asyncio
import concurrent.futures


async def cross() -> None:
    aio_future = asyncio.get_running_loop().create_future()
    aio_future.set_result(1)
    try:
        concurrent.futures.wait([aio_future])  # type: ignore[list-item]
    except AttributeError as exc:
        print("concurrent.futures.wait([aio_future]) -> AttributeError:", exc)

    cf_future: concurrent.futures.Future[int] = concurrent.futures.Future()
    cf_future.set_result(1)
    try:
        await asyncio.wait([cf_future])  # type: ignore[list-item]
        print("await asyncio.wait([cf_future]) -> returns")
    except (TypeError, AttributeError) as exc:
        # 3.9 and 3.10 refuse it at once; from 3.11 asyncio.wait no longer wraps its arguments,
        # waits on the concurrent future, then fails when it removes its done callback.
        print(f"await asyncio.wait([cf_future]) -> {type(exc).__name__}: {exc}")

    done, _ = await asyncio.wait([asyncio.wrap_future(cf_future)])
    print(
        "await asyncio.wait([asyncio.wrap_future(cf_future)]) -> done:",
        [f.result() for f in done],
    )


def main() -> None:
    asyncio.run(cross())


if __name__ == "__main__":
    main()
