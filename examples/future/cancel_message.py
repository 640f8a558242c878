"""cancel(msg): only asyncio takes a message, and hands it to the CancelledError.

>>> main()
asyncio: cancel('shutting down') -> True
asyncio: result() raises CancelledError('shutting down')
asyncio: exception() raises CancelledError('shutting down')
asyncio: await raises CancelledError('shutting down')
concurrent.futures: cancel('shutting down') -> TypeError
concurrent.futures: cancel() -> True; result() raises CancelledError()
"""

import asyncio
import concurrent.futures


async def asyncio_side() -> None:
    aio_future = asyncio.get_running_loop().create_future()
    print("asyncio: cancel('shutting down') ->", aio_future.cancel("shutting down"))
    for method in (aio_future.result, aio_future.exception):
        try:
            method()
        except asyncio.CancelledError as exc:
            print(f"asyncio: {method.__name__}() raises {exc!r}")
    try:
        await aio_future
    except asyncio.CancelledError as exc:
        print(f"asyncio: await raises {exc!r}")


def main() -> None:
    asyncio.run(asyncio_side())

    cf_future: concurrent.futures.Future[None] = concurrent.futures.Future()
    try:
        cf_future.cancel("shutting down")  # type: ignore[call-arg]
    except TypeError:
        print("concurrent.futures: cancel('shutting down') -> TypeError")
    cancelled = cf_future.cancel()
    try:
        cf_future.result()
    except concurrent.futures.CancelledError as exc:
        print(f"concurrent.futures: cancel() -> {cancelled}; result() raises {exc!r}")


if __name__ == "__main__":
    main()
