"""One future instead of a collection of them: both refuse it, with different messages.

>>> main()
await asyncio.wait(aio_future) -> TypeError: expect a list of futures, not Future
concurrent.futures.wait(cf_future) -> TypeError: 'Future' object is not iterable
"""

import asyncio
import concurrent.futures


async def wait_one_asyncio_future() -> None:
    aio_future = asyncio.get_running_loop().create_future()
    aio_future.set_result(1)
    try:
        await asyncio.wait(aio_future)  # type: ignore[arg-type]
    except TypeError as exc:
        print("await asyncio.wait(aio_future) -> TypeError:", exc)


def main() -> None:
    asyncio.run(wait_one_asyncio_future())
    cf_future: concurrent.futures.Future[int] = concurrent.futures.Future()
    cf_future.set_result(1)
    try:
        concurrent.futures.wait(cf_future)  # type: ignore[arg-type]
    except TypeError as exc:
        print("concurrent.futures.wait(cf_future) -> TypeError:", exc)


if __name__ == "__main__":
    main()
