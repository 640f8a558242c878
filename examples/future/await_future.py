"""await: an asyncio future is awaitable; a concurrent future must be wrapped first.

On CPython 3.14 and later:

>>> main()
asyncio: await aio_future -> 42
concurrent.futures: await cf_future -> TypeError: 'Future' object can't be awaited
concurrent.futures: await asyncio.wrap_future(cf_future) -> 42
concurrent.futures: await loop.run_in_executor(pool, ...) -> 42

On CPython 3.9 to 3.13:

>>> main()
asyncio: await aio_future -> 42
concurrent.futures: await cf_future -> TypeError: object Future can't be used in 'await' expression
concurrent.futures: await asyncio.wrap_future(cf_future) -> 42
concurrent.futures: await loop.run_in_executor(pool, ...) -> 42
"""

import asyncio
import concurrent.futures


def answer() -> int:
    return 42


async def await_both(pool: concurrent.futures.ThreadPoolExecutor) -> None:
    loop = asyncio.get_running_loop()
    aio_future = loop.create_future()
    loop.call_soon(aio_future.set_result, 42)
    print("asyncio: await aio_future ->", await aio_future)

    cf_future = pool.submit(answer)
    try:
        await cf_future  # type: ignore[misc]
    except TypeError as exc:
        print("concurrent.futures: await cf_future -> TypeError:", exc)

    # The bridge: an asyncio future that copies the state of the concurrent one.
    print(
        "concurrent.futures: await asyncio.wrap_future(cf_future) ->",
        await asyncio.wrap_future(cf_future),
    )
    # Or let the loop submit the call and wrap its future for you.
    print(
        "concurrent.futures: await loop.run_in_executor(pool, ...) ->",
        await loop.run_in_executor(pool, answer),
    )


def main() -> None:
    with concurrent.futures.ThreadPoolExecutor(max_workers=1) as pool:
        asyncio.run(await_both(pool))


if __name__ == "__main__":
    main()
