"""asyncio.BoundedSemaphore.locked() tells whether acquire() would wait; threading has no such method

>>> main()
aio_sem.locked() with a free slot -> False
aio_sem.locked() with none -> True
th_sem.locked() -> AttributeError: 'BoundedSemaphore' object has no attribute 'locked'
th_sem.acquire(blocking=False) -> True
th_sem.acquire(blocking=False) again -> False
"""

import asyncio
import threading


async def asyncio_side() -> None:
    aio_sem = asyncio.BoundedSemaphore(1)
    print("aio_sem.locked() with a free slot ->", aio_sem.locked())
    await aio_sem.acquire()
    print("aio_sem.locked() with none ->", aio_sem.locked())


def main() -> None:
    asyncio.run(asyncio_side())
    th_sem = threading.BoundedSemaphore(1)
    try:
        th_sem.locked()
    except AttributeError as error:
        print("th_sem.locked() -> AttributeError:", error)
    # The threading way to ask is to try: a successful non-blocking acquire takes the slot.
    print("th_sem.acquire(blocking=False) ->", th_sem.acquire(blocking=False))
    print("th_sem.acquire(blocking=False) again ->", th_sem.acquire(blocking=False))


if __name__ == "__main__":
    main()
