"""Done callbacks: asyncio schedules them on the loop; concurrent.futures runs them inside set_result().

>>> main()
asyncio: set_result() returned
asyncio: callback ran, result 1
concurrent.futures: callback ran, result 1
concurrent.futures: set_result() returned
"""

import asyncio
import concurrent.futures


async def complete_asyncio_future() -> None:
    aio_future = asyncio.get_running_loop().create_future()
    aio_future.add_done_callback(
        lambda fut: print("asyncio: callback ran, result", fut.result())
    )
    aio_future.set_result(1)  # only schedules the callback with loop.call_soon()
    print("asyncio: set_result() returned")
    await asyncio.sleep(0)  # one turn of the loop: now the callback runs


def main() -> None:
    asyncio.run(complete_asyncio_future())

    cf_future: concurrent.futures.Future[int] = concurrent.futures.Future()
    cf_future.add_done_callback(
        lambda fut: print("concurrent.futures: callback ran, result", fut.result())
    )
    cf_future.set_result(1)  # calls the callback before returning
    print("concurrent.futures: set_result() returned")


if __name__ == "__main__":
    main()
