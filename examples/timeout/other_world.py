"""A future of the other world: wait_for refuses a concurrent future, concurrent.futures.wait an asyncio one.

On CPython 3.14 and later:

>>> main()
asyncio.wait_for(cf_future, 1) -> TypeError: 'Future' object can't be awaited
asyncio.wait_for(cf_future, None) -> TypeError: 'Future' object can't be awaited
asyncio.wait_for(cf_future, 0) -> TypeError: An asyncio.Future, a coroutine or an awaitable is required
asyncio.wait_for(asyncio.wrap_future(cf_future), 1) -> 1
concurrent.futures.wait([aio_future], timeout=1) -> AttributeError
   '_asyncio.Future' object has no attribute '_condition'

On CPython 3.12 to 3.13:

>>> main()
asyncio.wait_for(cf_future, 1) -> TypeError: object Future can't be used in 'await' expression
asyncio.wait_for(cf_future, None) -> TypeError: object Future can't be used in 'await' expression
asyncio.wait_for(cf_future, 0) -> TypeError: An asyncio.Future, a coroutine or an awaitable is required
asyncio.wait_for(asyncio.wrap_future(cf_future), 1) -> 1
concurrent.futures.wait([aio_future], timeout=1) -> AttributeError
   '_asyncio.Future' object has no attribute '_condition'

On CPython 3.9 to 3.11:

>>> main()
asyncio.wait_for(cf_future, 1) -> TypeError: An asyncio.Future, a coroutine or an awaitable is required
asyncio.wait_for(cf_future, None) -> TypeError: object Future can't be used in 'await' expression
asyncio.wait_for(cf_future, 0) -> TypeError: An asyncio.Future, a coroutine or an awaitable is required
asyncio.wait_for(asyncio.wrap_future(cf_future), 1) -> 1
concurrent.futures.wait([aio_future], timeout=1) -> AttributeError
   '_asyncio.Future' object has no attribute '_condition'
"""

import asyncio
import concurrent.futures


async def cross() -> None:
    cf_future: concurrent.futures.Future[int] = concurrent.futures.Future()
    cf_future.set_result(1)
    for timeout in (1, None, 0):  # the message depends on the timeout
        try:
            await asyncio.wait_for(cf_future, timeout)  # type: ignore[arg-type]
        except TypeError as exc:
            print(f"asyncio.wait_for(cf_future, {timeout}) -> TypeError:", exc)
    print(
        "asyncio.wait_for(asyncio.wrap_future(cf_future), 1) ->",
        await asyncio.wait_for(asyncio.wrap_future(cf_future), 1),
    )

    aio_future = asyncio.get_running_loop().create_future()
    aio_future.set_result(1)
    try:
        concurrent.futures.wait([aio_future], timeout=1)  # type: ignore[list-item]
    except AttributeError as exc:
        print("concurrent.futures.wait([aio_future], timeout=1) -> AttributeError")
        print("  ", exc)


def main() -> None:
    asyncio.run(cross())


if __name__ == "__main__":
    main()
