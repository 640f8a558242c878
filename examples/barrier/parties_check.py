"""Barrier(0): refused by asyncio, accepted by threading until 3.12.

On CPython 3.14 and later:

>>> main()
asyncio: asyncio.Barrier(0) -> ValueError: parties must be >= 1
threading: threading.Barrier(-1) -> ValueError: parties must be >= 1
threading: threading.Barrier(0) -> ValueError: parties must be >= 1

On CPython 3.13 only:

>>> main()
asyncio: asyncio.Barrier(0) -> ValueError: parties must be > 0
threading: threading.Barrier(-1) -> ValueError: parties must be > 0
threading: threading.Barrier(0) -> ValueError: parties must be > 0

On CPython 3.11 to 3.12:

>>> main()
asyncio: asyncio.Barrier(0) -> ValueError: parties must be > 0
threading: threading.Barrier(-1) -> accepted, parties -1
threading: threading.Barrier(0) -> accepted, parties 0
threading: th_barrier.wait(timeout=0.01) -> BrokenBarrierError when the timeout expires

On CPython 3.9 to 3.10:

>>> main()
asyncio: asyncio.Barrier -> AttributeError: module 'asyncio' has no attribute 'Barrier'
threading: threading.Barrier(-1) -> accepted, parties -1
threading: threading.Barrier(0) -> accepted, parties 0
threading: th_barrier.wait(timeout=0.01) -> BrokenBarrierError when the timeout expires
"""

import asyncio
import threading


async def asyncio_side() -> None:
    try:
        asyncio.Barrier(0)
    except ValueError as exc:
        print("asyncio: asyncio.Barrier(0) -> ValueError:", exc)


def main() -> None:
    try:
        asyncio.Barrier  # noqa: B018  # new in 3.11
    except AttributeError as exc:
        print("asyncio: asyncio.Barrier -> AttributeError:", exc)
    else:
        asyncio.run(asyncio_side())

    try:
        print(
            "threading: threading.Barrier(-1) -> accepted, parties",
            threading.Barrier(-1).parties,
        )
    except ValueError as exc:
        print("threading: threading.Barrier(-1) -> ValueError:", exc)
    try:
        th_barrier = threading.Barrier(0)
    except ValueError as exc:
        print("threading: threading.Barrier(0) -> ValueError:", exc)
        return
    print("threading: threading.Barrier(0) -> accepted, parties", th_barrier.parties)
    try:
        th_barrier.wait(
            timeout=0.01
        )  # the first arrival is already one more than 0 parties
    except threading.BrokenBarrierError as exc:
        print(
            "threading: th_barrier.wait(timeout=0.01) ->",
            type(exc).__name__,
            "when the timeout expires",
        )


if __name__ == "__main__":
    main()
