"""set_result(result=...): the C asyncio.Future takes its argument by position only.

>>> main()
asyncio: set_result(result=1) -> TypeError
asyncio: set_exception(exception=ValueError()) -> TypeError
asyncio: set_result(1) -> ok
asyncio (pure-Python twin _PyFuture): set_result(result=1) -> ok
concurrent.futures: set_result(result=1) -> ok
concurrent.futures: set_exception(exception=ValueError()) -> ok
"""

import asyncio
import asyncio.futures
import concurrent.futures


async def asyncio_side() -> None:
    loop = asyncio.get_running_loop()
    aio_future = loop.create_future()  # the C class _asyncio.Future
    try:
        aio_future.set_result(result=1)
    except TypeError:
        print("asyncio: set_result(result=1) -> TypeError")
    try:
        aio_future.set_exception(exception=ValueError())
    except TypeError:
        print("asyncio: set_exception(exception=ValueError()) -> TypeError")
    aio_future.set_result(1)
    print("asyncio: set_result(1) -> ok")
    # The pure-Python implementation, used when the C accelerator is missing, accepts the keyword.
    py_future = asyncio.futures._PyFuture(loop=loop)
    py_future.set_result(result=1)
    print("asyncio (pure-Python twin _PyFuture): set_result(result=1) -> ok")


def main() -> None:
    asyncio.run(asyncio_side())
    cf_future: concurrent.futures.Future[int] = concurrent.futures.Future()
    cf_future.set_result(result=1)
    print("concurrent.futures: set_result(result=1) -> ok")
    cf_future = concurrent.futures.Future()
    cf_future.set_exception(exception=ValueError())
    cf_future.exception()
    print("concurrent.futures: set_exception(exception=ValueError()) -> ok")


if __name__ == "__main__":
    main()
