"""Bounding a wait: asyncio.wait_for(aw, timeout) is a coroutine function; Future.result(timeout=None) a method.

On CPython 3.11 and later:

>>> main()
asyncio.wait_for (fut, timeout)
concurrent.futures.Future.result (self, timeout=None)
asyncio.wait_for is a coroutine function: True
asyncio has timeout(): True
await asyncio.wait_for(aio_future, None) -> done

On CPython 3.10 only:

>>> main()
asyncio.wait_for (fut, timeout)
concurrent.futures.Future.result (self, timeout=None)
asyncio.wait_for is a coroutine function: True
asyncio has timeout(): False
await asyncio.wait_for(aio_future, None) -> done

On CPython 3.9 only:

>>> main()
asyncio.wait_for (fut, timeout, *, loop=None)
concurrent.futures.Future.result (self, timeout=None)
asyncio.wait_for is a coroutine function: True
asyncio has timeout(): False
await asyncio.wait_for(aio_future, None) -> done
"""

import asyncio
import concurrent.futures
import inspect


def main() -> None:
    print("asyncio.wait_for", inspect.signature(asyncio.wait_for))
    print(
        "concurrent.futures.Future.result",
        inspect.signature(concurrent.futures.Future.result),
    )
    print(
        "asyncio.wait_for is a coroutine function:",
        inspect.iscoroutinefunction(asyncio.wait_for),
    )
    print("asyncio has timeout():", hasattr(asyncio, "timeout"))

    async def forever() -> None:
        aio_future = asyncio.get_running_loop().create_future()
        asyncio.get_running_loop().call_soon(aio_future.set_result, "done")
        # timeout has no default in asyncio; None means wait without a bound, as in result().
        print(
            "await asyncio.wait_for(aio_future, None) ->",
            await asyncio.wait_for(aio_future, None),
        )

    asyncio.run(forever())


if __name__ == "__main__":
    main()
