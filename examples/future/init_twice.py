"""__init__() again on a done future: asyncio reset it until 3.14 and refuses from 3.15; concurrent.futures resets it.

On CPython 3.15 and later:

>>> main()
asyncio: done -> True; __init__() again -> RuntimeError: _asyncio.Future object is already initialized
asyncio: done after it -> True
concurrent.futures: done -> True; __init__() again -> accepted
concurrent.futures: done after it -> False

On CPython 3.9 to 3.14:

>>> main()
asyncio: done -> True; __init__() again -> accepted
asyncio: done after it -> False
concurrent.futures: done -> True; __init__() again -> accepted
concurrent.futures: done after it -> False
"""

import asyncio
import concurrent.futures


async def asyncio_side() -> None:
    loop = asyncio.get_running_loop()
    aio_future = loop.create_future()
    aio_future.set_result(42)
    before = aio_future.done()
    try:
        aio_future.__init__(loop=loop)  # type: ignore[misc]
        outcome = "accepted"
    except RuntimeError as exc:
        outcome = f"RuntimeError: {exc}"
    print(f"asyncio: done -> {before}; __init__() again ->", outcome)
    print("asyncio: done after it ->", aio_future.done())


def main() -> None:
    asyncio.run(asyncio_side())
    cf_future: concurrent.futures.Future[int] = concurrent.futures.Future()
    cf_future.set_result(42)
    before = cf_future.done()
    cf_future.__init__()  # type: ignore[misc]
    print(f"concurrent.futures: done -> {before}; __init__() again -> accepted")
    print("concurrent.futures: done after it ->", cf_future.done())


if __name__ == "__main__":
    main()
