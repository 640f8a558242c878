"""as_completed() timing out: TimeoutError on both sides, two classes until 3.10; nothing is cancelled.

On CPython 3.11 and later:

>>> main()
asyncio.as_completed(timeout=0) -> builtins.TimeoutError, message: ''
asyncio: the pending future is cancelled: False
concurrent.futures.as_completed(timeout=0) -> builtins.TimeoutError: 1 (of 1) futures unfinished
concurrent.futures: the pending future is cancelled: False
the same class: True

On CPython 3.9 to 3.10:

>>> main()
asyncio.as_completed(timeout=0) -> asyncio.exceptions.TimeoutError, message: ''
asyncio: the pending future is cancelled: False
concurrent.futures.as_completed(timeout=0) -> concurrent.futures._base.TimeoutError: 1 (of 1) futures unfinished
concurrent.futures: the pending future is cancelled: False
the same class: False
"""

import asyncio
import concurrent.futures


async def time_out_asyncio() -> None:
    aio_future = asyncio.get_running_loop().create_future()
    try:
        for item in asyncio.as_completed([aio_future], timeout=0):
            await item
    except asyncio.TimeoutError as exc:
        print(
            "asyncio.as_completed(timeout=0) ->",
            f"{type(exc).__module__}.{type(exc).__qualname__}, message: {str(exc)!r}",
        )
    print("asyncio: the pending future is cancelled:", aio_future.cancelled())


def main() -> None:
    asyncio.run(time_out_asyncio())
    cf_future: concurrent.futures.Future[int] = concurrent.futures.Future()
    try:
        for _ in concurrent.futures.as_completed([cf_future], timeout=0):
            pass
    except concurrent.futures.TimeoutError as exc:
        print(
            "concurrent.futures.as_completed(timeout=0) ->",
            f"{type(exc).__module__}.{type(exc).__qualname__}: {exc}",
        )
    print("concurrent.futures: the pending future is cancelled:", cf_future.cancelled())
    print("the same class:", asyncio.TimeoutError is concurrent.futures.TimeoutError)


if __name__ == "__main__":
    main()
