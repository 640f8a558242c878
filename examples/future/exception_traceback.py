"""Re-raising a stored exception: concurrent.futures' traceback grows with every result() call; asyncio's does not.

>>> main()
concurrent.futures: traceback frames after 1, 2, 3 result() calls: 5, 8, 11
asyncio: traceback grows with each result() call only before 3.10 (bpo-45924): True
"""

import asyncio
import concurrent.futures
import sys
import traceback
from typing import Callable


def fail() -> None:
    raise ValueError("bad")


def frames_per_call(result: Callable[[], object]) -> list[int]:
    counts = []
    for _ in range(3):
        try:
            result()
        except ValueError as exc:
            counts.append(len(traceback.extract_tb(exc.__traceback__)))
    return counts


def stored_exception() -> ValueError:
    try:
        fail()
    except ValueError as exc:
        return exc
    raise AssertionError("fail() did not raise")


async def asyncio_side() -> None:
    aio_future = asyncio.get_running_loop().create_future()
    aio_future.set_exception(stored_exception())
    counts = frames_per_call(aio_future.result)
    grew = counts[0] < counts[1] < counts[2]
    # From 3.10, asyncio re-raises with the traceback saved by set_exception() instead of extending it.
    as_documented = grew == (sys.version_info < (3, 10))
    print("asyncio: traceback grows with each result() call only before 3.10 (bpo-45924):", as_documented)


def main() -> None:
    cf_future: concurrent.futures.Future[None] = concurrent.futures.Future()
    cf_future.set_exception(stored_exception())
    # Each `raise self._exception` prepends this call's frames to the same exception's traceback.
    counts = frames_per_call(cf_future.result)
    print("concurrent.futures: traceback frames after 1, 2, 3 result() calls:", ", ".join(map(str, counts)))
    asyncio.run(asyncio_side())


if __name__ == "__main__":
    main()
