"""add_done_callback() on a finished future: asyncio schedules it; concurrent.futures calls it at once.

>>> main()
asyncio: add_done_callback() returned
asyncio: callback ran
concurrent.futures: callback ran
concurrent.futures: add_done_callback() returned
"""

import asyncio
import concurrent.futures


async def add_to_done_asyncio_future() -> None:
    aio_future = asyncio.get_running_loop().create_future()
    aio_future.set_result(1)
    aio_future.add_done_callback(lambda fut: print("asyncio: callback ran"))
    print("asyncio: add_done_callback() returned")
    await asyncio.sleep(0)


def main() -> None:
    asyncio.run(add_to_done_asyncio_future())

    cf_future: concurrent.futures.Future[int] = concurrent.futures.Future()
    cf_future.set_result(1)
    # Called right here, in the thread that adds it, before add_done_callback() returns.
    cf_future.add_done_callback(lambda fut: print("concurrent.futures: callback ran"))
    print("concurrent.futures: add_done_callback() returned")


if __name__ == "__main__":
    main()
