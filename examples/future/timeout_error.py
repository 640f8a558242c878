"""TimeoutError: two separate classes up to 3.10; from 3.11 both are the builtin TimeoutError.

>>> main()
asyncio.wait_for() raises: TimeoutError
concurrent.futures result(timeout) raises: TimeoutError
the classes relate as documented for this version: True
"""

import asyncio
import concurrent.futures
import sys


async def asyncio_timeout() -> BaseException:
    aio_future = asyncio.get_running_loop().create_future()
    try:
        await asyncio.wait_for(aio_future, 0.01)
    except asyncio.TimeoutError as exc:
        return exc
    raise AssertionError("no timeout")


def main() -> None:
    aio_error = asyncio.run(asyncio_timeout())
    print("asyncio.wait_for() raises:", type(aio_error).__name__)
    cf_future: concurrent.futures.Future[None] = concurrent.futures.Future()
    try:
        cf_future.result(timeout=0.01)
    except concurrent.futures.TimeoutError as exc:
        cf_error = exc
    print("concurrent.futures result(timeout) raises:", type(cf_error).__name__)

    if sys.version_info >= (3, 11):
        # asyncio.TimeoutError and concurrent.futures.TimeoutError are aliases of the builtin (bpo-42413).
        as_documented = type(aio_error) is type(cf_error) is TimeoutError
    else:
        # Same name, three unrelated classes: `except TimeoutError` catches neither of these.
        as_documented = (
            not isinstance(aio_error, type(cf_error))
            and not isinstance(cf_error, type(aio_error))
            and not isinstance(aio_error, TimeoutError)
            and not isinstance(cf_error, TimeoutError)
        )
    print("the classes relate as documented for this version:", as_documented)


if __name__ == "__main__":
    main()
