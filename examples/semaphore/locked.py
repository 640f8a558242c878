"""asyncio.Semaphore has locked(); threading has no such method

On CPython 3.10 and later:

>>> main()
aio_sem.locked() with a free slot -> False
aio_sem.locked() with none -> True
aio_sem.locked() once release() woke a waiting task -> True
took the slot in this order: ['waiting task', 'this task']
th_sem.locked() -> AttributeError: 'Semaphore' object has no attribute 'locked'
th_sem.acquire(blocking=False) -> True
th_sem.acquire(blocking=False) again -> False

On CPython 3.9 only:

>>> main()
aio_sem.locked() with a free slot -> False
aio_sem.locked() with none -> True
aio_sem.locked() once release() woke a waiting task -> False
took the slot in this order: ['waiting task', 'this task']
th_sem.locked() -> AttributeError: 'Semaphore' object has no attribute 'locked'
th_sem.acquire(blocking=False) -> True
th_sem.acquire(blocking=False) again -> False
"""

import asyncio
import threading


async def asyncio_side() -> None:
    aio_sem = asyncio.Semaphore(1)
    print("aio_sem.locked() with a free slot ->", aio_sem.locked())
    await aio_sem.acquire()
    print("aio_sem.locked() with none ->", aio_sem.locked())
    order: list[str] = []

    async def take(name: str) -> None:
        async with aio_sem:
            order.append(name)

    waiter = asyncio.ensure_future(take("waiting task"))
    await asyncio.sleep(0)  # the waiting task is now queued on the semaphore
    aio_sem.release()  # wakes it; it has not run yet
    print("aio_sem.locked() once release() woke a waiting task ->", aio_sem.locked())
    await take("this task")  # the woken task goes first
    await waiter
    print("took the slot in this order:", order)


def main() -> None:
    asyncio.run(asyncio_side())
    th_sem = threading.Semaphore(1)
    try:
        th_sem.locked()
    except AttributeError as error:
        print("th_sem.locked() -> AttributeError:", error)
    # The threading way to ask is to try: a successful non-blocking acquire takes the slot.
    print("th_sem.acquire(blocking=False) ->", th_sem.acquire(blocking=False))
    print("th_sem.acquire(blocking=False) again ->", th_sem.acquire(blocking=False))


if __name__ == "__main__":
    main()
