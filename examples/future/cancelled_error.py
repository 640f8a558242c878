"""CancelledError: two unrelated classes; only asyncio's escapes `except Exception`.

>>> main()
asyncio.CancelledError bases: BaseException
concurrent.futures.CancelledError bases: Error, Exception, BaseException
same class: False
concurrent.futures: result() of a cancelled future -> caught by `except Exception`
asyncio: result() of a cancelled future -> not caught by `except Exception`
asyncio: exception() of a cancelled future -> raises too, not returns: CancelledError
"""

import asyncio
import concurrent.futures


def bases(cls: type) -> str:
    return ", ".join(base.__name__ for base in cls.__mro__[1:-1])


async def asyncio_side() -> None:
    aio_future = asyncio.get_running_loop().create_future()
    aio_future.cancel()
    try:
        try:
            aio_future.result()
        except Exception:
            print(
                "asyncio: result() of a cancelled future -> caught by `except Exception`"
            )
    except asyncio.CancelledError:
        # A BaseException since 3.8, so that broad handlers do not swallow cancellation.
        print(
            "asyncio: result() of a cancelled future -> not caught by `except Exception`"
        )
    try:
        aio_future.exception()
    except asyncio.CancelledError as exc:
        print(
            "asyncio: exception() of a cancelled future -> raises too, not returns:",
            type(exc).__name__,
        )


def main() -> None:
    print("asyncio.CancelledError bases:", bases(asyncio.CancelledError))
    print(
        "concurrent.futures.CancelledError bases:",
        bases(concurrent.futures.CancelledError),
    )
    print("same class:", asyncio.CancelledError is concurrent.futures.CancelledError)

    cf_future: concurrent.futures.Future[None] = concurrent.futures.Future()
    cf_future.cancel()
    try:
        cf_future.result()
    except Exception:
        print(
            "concurrent.futures: result() of a cancelled future -> caught by `except Exception`"
        )

    asyncio.run(asyncio_side())


if __name__ == "__main__":
    main()
