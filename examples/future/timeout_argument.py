"""A timeout for result(): a parameter in concurrent.futures, asyncio.wait_for in asyncio.

>>> main()
asyncio: result(timeout=0.01) -> TypeError
asyncio: await asyncio.wait_for(future, 0.01) -> TimeoutError
asyncio: wait_for cancelled the future on timeout: True
concurrent.futures: result(timeout=0.01) -> TimeoutError
concurrent.futures: the future is still pending: True
"""

import asyncio
import concurrent.futures


async def wait_for_asyncio_future() -> None:
    aio_future = asyncio.get_running_loop().create_future()
    try:
        aio_future.result(timeout=0.01)  # type: ignore[call-arg]
    except TypeError:
        print("asyncio: result(timeout=0.01) -> TypeError")
    try:
        await asyncio.wait_for(aio_future, 0.01)
    except asyncio.TimeoutError as exc:
        print("asyncio: await asyncio.wait_for(future, 0.01) ->", type(exc).__name__)
    print("asyncio: wait_for cancelled the future on timeout:", aio_future.cancelled())


def main() -> None:
    asyncio.run(wait_for_asyncio_future())

    cf_future: concurrent.futures.Future[int] = concurrent.futures.Future()
    try:
        cf_future.result(timeout=0.01)
    except concurrent.futures.TimeoutError as exc:
        print("concurrent.futures: result(timeout=0.01) ->", type(exc).__name__)
    print("concurrent.futures: the future is still pending:", not cf_future.done())


if __name__ == "__main__":
    main()
