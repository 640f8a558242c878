"""asyncio.as_completed takes timeout by keyword only; concurrent.futures' by position too.

On CPython 3.10 and later:

>>> main()
asyncio.as_completed (fs, *, timeout=None)
concurrent.futures.as_completed (fs, timeout=None)
concurrent.futures.as_completed([cf_future], 1) -> [1]
asyncio.as_completed([...], 1) -> TypeError: as_completed() takes 1 positional argument but 2 were given

On CPython 3.9 only:

>>> main()
asyncio.as_completed (fs, *, loop=None, timeout=None)
concurrent.futures.as_completed (fs, timeout=None)
concurrent.futures.as_completed([cf_future], 1) -> [1]
asyncio.as_completed([...], 1) -> TypeError: as_completed() takes 1 positional argument but 2 were given
"""

import asyncio
import concurrent.futures
import inspect


def main() -> None:
    print("asyncio.as_completed", inspect.signature(asyncio.as_completed))
    print(
        "concurrent.futures.as_completed",
        inspect.signature(concurrent.futures.as_completed),
    )
    cf_future: concurrent.futures.Future[int] = concurrent.futures.Future()
    cf_future.set_result(1)
    print(
        "concurrent.futures.as_completed([cf_future], 1) ->",
        [f.result() for f in concurrent.futures.as_completed([cf_future], 1)],
    )
    try:
        asyncio.as_completed([cf_future], 1)  # type: ignore[misc]
    except TypeError as exc:
        print("asyncio.as_completed([...], 1) -> TypeError:", exc)


if __name__ == "__main__":
    main()
