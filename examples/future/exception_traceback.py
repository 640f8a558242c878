"""Re-raising a stored exception: concurrent.futures' traceback grows with every result(); asyncio's C future loses it.

On CPython 3.10 and later:

>>> main()
concurrent.futures: frames after 1, 2, 3 result() calls: 5, 8, 11; fail() in them: yes, yes, yes
asyncio (C Future): frames after 1, 2, 3 result() calls: 3, 1, 1; fail() in them: yes, no, no
asyncio (_PyFuture): frames after 1, 2, 3 result() calls: 4, 4, 4; fail() in them: yes, yes, yes

On CPython 3.9 only:

>>> main()
concurrent.futures: frames after 1, 2, 3 result() calls: 5, 8, 11; fail() in them: yes, yes, yes
asyncio (C Future): frames after 1, 2, 3 result() calls: 3, 4, 5; fail() in them: yes, yes, yes
asyncio (_PyFuture): frames after 1, 2, 3 result() calls: 4, 6, 8; fail() in them: yes, yes, yes
"""

import asyncio
import asyncio.futures
import concurrent.futures
import traceback
from typing import Callable


def fail() -> None:
    raise ValueError("bad")


def stored_exception() -> ValueError:
    try:
        fail()
    except ValueError as exc:
        return exc
    raise AssertionError("fail() did not raise")


def show(world: str, result: Callable[[], object]) -> None:
    counts, origins = [], []
    for _ in range(3):
        try:
            result()
        except ValueError as exc:
            frames = traceback.extract_tb(exc.__traceback__)
            counts.append(str(len(frames)))
            origins.append(
                "yes" if any(frame.name == "fail" for frame in frames) else "no"
            )
    print(
        f"{world}: frames after 1, 2, 3 result() calls: {', '.join(counts)}; fail() in them: {', '.join(origins)}"
    )


async def asyncio_side() -> None:
    loop = asyncio.get_running_loop()
    aio_future = loop.create_future()
    aio_future.set_exception(stored_exception())
    # From 3.10 (bpo-45924) the C future raises with the traceback saved by set_exception(), then forgets it:
    # later raises start a fresh traceback, without the frames of the code that failed.
    show("asyncio (C Future)", aio_future.result)
    py_future = asyncio.futures._PyFuture(loop=loop)  # type: ignore[attr-defined]
    py_future.set_exception(stored_exception())
    # The pure-Python twin keeps the saved traceback and uses it every time.
    show("asyncio (_PyFuture)", py_future.result)


def main() -> None:
    cf_future: concurrent.futures.Future[None] = concurrent.futures.Future()
    cf_future.set_exception(stored_exception())
    # Each `raise self._exception` prepends this call's frames to the same exception's traceback.
    show("concurrent.futures", cf_future.result)
    asyncio.run(asyncio_side())


if __name__ == "__main__":
    main()
