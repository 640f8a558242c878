"""threading.Semaphore.release(n) frees n slots at once; asyncio's release() frees one

On CPython 3.10 and later:

>>> main()
th_sem.release(2), then three non-blocking acquires -> [True, True, False]
aio_sem.release(2) -> TypeError: Semaphore.release() takes 1 positional argument but 2 were given
after two release() calls, two acquires -> [True, True] | locked: True

On CPython 3.9 only:

>>> main()
th_sem.release(2), then three non-blocking acquires -> [True, True, False]
aio_sem.release(2) -> TypeError: release() takes 1 positional argument but 2 were given
after two release() calls, two acquires -> [True, True] | locked: True
"""

import asyncio
import threading


async def asyncio_side() -> None:
    aio_sem = asyncio.Semaphore(0)
    try:
        aio_sem.release(2)
    except TypeError as error:
        print("aio_sem.release(2) -> TypeError:", error)
    for _ in range(2):  # the asyncio way: one release() per slot
        aio_sem.release()
    taken = [await aio_sem.acquire() for _ in range(2)]
    print(
        "after two release() calls, two acquires ->",
        taken,
        "| locked:",
        aio_sem.locked(),
    )


def main() -> None:
    th_sem = threading.Semaphore(0)
    th_sem.release(2)
    print(
        "th_sem.release(2), then three non-blocking acquires ->",
        [th_sem.acquire(blocking=False) for _ in range(3)],
    )
    asyncio.run(asyncio_side())


if __name__ == "__main__":
    main()
