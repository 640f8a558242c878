"""TimeoutError: two separate classes up to 3.10; from 3.11 both are the builtin TimeoutError.

On CPython 3.11 and later:

>>> main()
asyncio.wait_for() raises: builtins.TimeoutError
concurrent.futures result(timeout) raises: builtins.TimeoutError
asyncio.TimeoutError is concurrent.futures.TimeoutError: True
caught by `except TimeoutError` (the builtin): asyncio True, concurrent.futures True

On CPython 3.9 to 3.10:

>>> main()
asyncio.wait_for() raises: asyncio.exceptions.TimeoutError
concurrent.futures result(timeout) raises: concurrent.futures._base.TimeoutError
asyncio.TimeoutError is concurrent.futures.TimeoutError: False
caught by `except TimeoutError` (the builtin): asyncio False, concurrent.futures False
"""

import asyncio
import concurrent.futures


async def asyncio_timeout() -> BaseException:
    aio_future = asyncio.get_running_loop().create_future()
    try:
        await asyncio.wait_for(aio_future, 0.01)
    except asyncio.TimeoutError as exc:
        return exc
    raise AssertionError("no timeout")


def qualified(error: BaseException) -> str:
    return f"{type(error).__module__}.{type(error).__qualname__}"


def main() -> None:
    aio_error = asyncio.run(asyncio_timeout())
    print("asyncio.wait_for() raises:", qualified(aio_error))
    cf_future: concurrent.futures.Future[None] = concurrent.futures.Future()
    try:
        cf_future.result(timeout=0.01)
    except concurrent.futures.TimeoutError as exc:
        cf_error = exc
    print("concurrent.futures result(timeout) raises:", qualified(cf_error))
    # 3.11 made both names aliases of the builtin (bpo-42413); before, three unrelated classes shared the name.
    print(
        "asyncio.TimeoutError is concurrent.futures.TimeoutError:",
        asyncio.TimeoutError is concurrent.futures.TimeoutError,
    )
    print(
        "caught by `except TimeoutError` (the builtin):",
        f"asyncio {isinstance(aio_error, TimeoutError)}, concurrent.futures {isinstance(cf_error, TimeoutError)}",
    )


if __name__ == "__main__":
    main()
