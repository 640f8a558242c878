"""cancel() on a future already cancelled: asyncio returns False, concurrent.futures returns True.

>>> main()
asyncio: cancel() -> True, again -> False
asyncio: cancel() on a finished future -> False
concurrent.futures: cancel() -> True, again -> True
concurrent.futures: cancel() on a finished future -> False
"""

import asyncio
import concurrent.futures


async def asyncio_side() -> None:
    loop = asyncio.get_running_loop()
    aio_future = loop.create_future()
    first = aio_future.cancel()
    print(f"asyncio: cancel() -> {first}, again -> {aio_future.cancel()}")
    finished = loop.create_future()
    finished.set_result(1)
    print("asyncio: cancel() on a finished future ->", finished.cancel())


def main() -> None:
    asyncio.run(asyncio_side())
    cf_future: concurrent.futures.Future[int] = concurrent.futures.Future()
    first = cf_future.cancel()
    # True means "the future is cancelled", whoever cancelled it.
    print(f"concurrent.futures: cancel() -> {first}, again -> {cf_future.cancel()}")
    finished: concurrent.futures.Future[int] = concurrent.futures.Future()
    finished.set_result(1)
    print("concurrent.futures: cancel() on a finished future ->", finished.cancel())


if __name__ == "__main__":
    main()
