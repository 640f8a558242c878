"""A future of the other world given to as_completed(): TypeError in asyncio, AttributeError in concurrent.futures.

>>> main()
asyncio.as_completed([cf_future]) -> TypeError: An asyncio.Future, a coroutine or an awaitable is required
asyncio.as_completed([asyncio.wrap_future(cf_future)]) -> results [1]
concurrent.futures.as_completed([aio_future]) -> AttributeError: '_asyncio.Future' object has no attribute '_condition'
"""

import asyncio
import concurrent.futures


async def cross() -> None:
    cf_future: concurrent.futures.Future[int] = concurrent.futures.Future()
    cf_future.set_result(1)
    try:
        for item in asyncio.as_completed([cf_future]):  # type: ignore[list-item]
            await item
    except TypeError as exc:
        print("asyncio.as_completed([cf_future]) -> TypeError:", exc)
    results = [
        await item for item in asyncio.as_completed([asyncio.wrap_future(cf_future)])
    ]
    print("asyncio.as_completed([asyncio.wrap_future(cf_future)]) -> results", results)

    aio_future = asyncio.get_running_loop().create_future()
    aio_future.set_result(1)
    try:
        list(concurrent.futures.as_completed([aio_future]))  # type: ignore[list-item]
    except AttributeError as exc:
        print("concurrent.futures.as_completed([aio_future]) -> AttributeError:", exc)


def main() -> None:
    asyncio.run(cross())


if __name__ == "__main__":
    main()
