"""threading.BoundedSemaphore.release(n) frees n slots at once; asyncio's release() frees one

On CPython 3.10 and later:

>>> main()
three non-blocking acquires [True, True, False] | th_sem.release(2) | three again [True, True, False]
aio_sem.release(2) -> TypeError: BoundedSemaphore.release() takes 1 positional argument but 2 were given
two acquires [True, True] then two release() calls -> locked: False

On CPython 3.9 only:

>>> main()
three non-blocking acquires [True, True, False] | th_sem.release(2) | three again [True, True, False]
aio_sem.release(2) -> TypeError: release() takes 1 positional argument but 2 were given
two acquires [True, True] then two release() calls -> locked: False
"""

import asyncio
import threading


async def asyncio_side() -> None:
    aio_sem = asyncio.BoundedSemaphore(2)
    taken = [await aio_sem.acquire() for _ in range(2)]
    try:
        aio_sem.release(2)
    except TypeError as error:
        print("aio_sem.release(2) -> TypeError:", error)
    for _ in range(2):  # the asyncio way: one release() per slot
        aio_sem.release()
    print(
        "two acquires", taken, "then two release() calls -> locked:", aio_sem.locked()
    )


def main() -> None:
    th_sem = threading.BoundedSemaphore(2)
    taken = [th_sem.acquire(blocking=False) for _ in range(3)]
    th_sem.release(2)
    again = [th_sem.acquire(blocking=False) for _ in range(3)]
    print(
        "three non-blocking acquires", taken, "| th_sem.release(2) | three again", again
    )
    asyncio.run(asyncio_side())


if __name__ == "__main__":
    main()
