"""asyncio.Barrier exists from Python 3.11; threading.Barrier on every version.

On CPython 3.11 and later:

>>> main()
asyncio: asyncio.Barrier(2) -> <asyncio.locks.Barrier object [filling, waiters:0/2]>
asyncio: two tasks await aio_barrier.wait() -> indexes [0, 1]
threading: threading.Barrier(2) -> parties 2
threading: two threads call th_barrier.wait() -> indexes [0, 1]

On CPython 3.9 to 3.10:

>>> main()
asyncio: asyncio.Barrier(2) -> AttributeError: module 'asyncio' has no attribute 'Barrier'
threading: threading.Barrier(2) -> parties 2
threading: two threads call th_barrier.wait() -> indexes [0, 1]
"""

import asyncio
import re
import threading


async def asyncio_side() -> None:
    aio_barrier = asyncio.Barrier(2)
    print(
        "asyncio: asyncio.Barrier(2) ->",
        re.sub(r" at 0x[0-9a-f]+", "", repr(aio_barrier)),
    )
    indexes = await asyncio.gather(aio_barrier.wait(), aio_barrier.wait())
    print("asyncio: two tasks await aio_barrier.wait() -> indexes", sorted(indexes))


def main() -> None:
    try:
        asyncio.Barrier  # noqa: B018  # new in 3.11
    except AttributeError as exc:
        print("asyncio: asyncio.Barrier(2) -> AttributeError:", exc)
    else:
        asyncio.run(asyncio_side())

    th_barrier = threading.Barrier(2)
    print("threading: threading.Barrier(2) -> parties", th_barrier.parties)
    indexes: list[int] = []
    worker = threading.Thread(target=lambda: indexes.append(th_barrier.wait()))
    worker.start()
    indexes.append(th_barrier.wait())
    worker.join()
    print("threading: two threads call th_barrier.wait() -> indexes", sorted(indexes))


if __name__ == "__main__":
    main()
