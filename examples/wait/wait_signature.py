"""asyncio.wait is a coroutine function with keyword-only timeout and return_when.

On CPython 3.10 and later:

>>> main()
asyncio.wait (fs, *, timeout=None, return_when='ALL_COMPLETED')
concurrent.futures.wait (fs, timeout=None, return_when='ALL_COMPLETED')
asyncio.wait is a coroutine function: True
concurrent.futures.wait([cf_future], 0) -> 0 done, 1 not done
asyncio.wait([aio_future], 0) -> TypeError: wait() takes 1 positional argument but 2 were given

On CPython 3.9 only:

>>> main()
asyncio.wait (fs, *, loop=None, timeout=None, return_when='ALL_COMPLETED')
concurrent.futures.wait (fs, timeout=None, return_when='ALL_COMPLETED')
asyncio.wait is a coroutine function: True
concurrent.futures.wait([cf_future], 0) -> 0 done, 1 not done
asyncio.wait([aio_future], 0) -> TypeError: wait() takes 1 positional argument but 2 were given
"""

import asyncio
import concurrent.futures
import inspect


def main() -> None:
    print("asyncio.wait", inspect.signature(asyncio.wait))
    print("concurrent.futures.wait", inspect.signature(concurrent.futures.wait))
    print(
        "asyncio.wait is a coroutine function:",
        inspect.iscoroutinefunction(asyncio.wait),
    )
    cf_future: concurrent.futures.Future[int] = concurrent.futures.Future()
    # Positionally, the second argument is the timeout in concurrent.futures...
    done, not_done = concurrent.futures.wait([cf_future], 0)
    print(
        f"concurrent.futures.wait([cf_future], 0) -> {len(done)} done, {len(not_done)} not done"
    )

    async def positional_timeout() -> None:
        aio_future = asyncio.get_running_loop().create_future()
        try:
            await asyncio.wait([aio_future], 0)  # type: ignore[misc]
        except TypeError as exc:
            # ...and refused in asyncio, where it must be named.
            print("asyncio.wait([aio_future], 0) -> TypeError:", exc)

    asyncio.run(positional_timeout())


if __name__ == "__main__":
    main()
