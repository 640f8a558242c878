"""async with aio_barrier as index: only asyncio.Barrier is a context manager.

On CPython 3.14 and later:

>>> main()
asyncio: two tasks do async with aio_barrier as index -> [0, 1]
threading: with th_barrier -> TypeError: 'threading.Barrier' object does not support the context manager protocol (missed __exit__ method)
threading: two threads call index = th_barrier.wait() -> [0, 1]

On CPython 3.11 to 3.13:

>>> main()
asyncio: two tasks do async with aio_barrier as index -> [0, 1]
threading: with th_barrier -> TypeError: 'Barrier' object does not support the context manager protocol
threading: two threads call index = th_barrier.wait() -> [0, 1]

On CPython 3.9 to 3.10:

>>> main()
asyncio: asyncio.Barrier -> AttributeError: module 'asyncio' has no attribute 'Barrier'
threading: with th_barrier -> AttributeError: __enter__
threading: two threads call index = th_barrier.wait() -> [0, 1]
"""  # noqa: E501

import asyncio
import threading
from typing import Any


async def asyncio_side() -> None:
    aio_barrier = asyncio.Barrier(2)

    async def arrive() -> int:
        async with aio_barrier as index:  # __aenter__ is wait(); __aexit__ does nothing
            return index

    indexes = await asyncio.gather(arrive(), arrive())
    print("asyncio: two tasks do async with aio_barrier as index ->", sorted(indexes))


def main() -> None:
    try:
        asyncio.Barrier  # noqa: B018  # new in 3.11
    except AttributeError as exc:
        print("asyncio: asyncio.Barrier -> AttributeError:", exc)
    else:
        asyncio.run(asyncio_side())

    th_barrier: Any = threading.Barrier(2)
    try:
        with th_barrier:
            pass
    except (TypeError, AttributeError) as exc:
        print(f"threading: with th_barrier -> {type(exc).__name__}: {exc}")

    indexes: list[int] = []
    worker = threading.Thread(target=lambda: indexes.append(th_barrier.wait()))
    worker.start()
    indexes.append(th_barrier.wait())
    worker.join()
    print("threading: two threads call index = th_barrier.wait() ->", sorted(indexes))


if __name__ == "__main__":
    main()
