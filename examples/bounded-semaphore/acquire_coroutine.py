"""asyncio.BoundedSemaphore.acquire() is a coroutine: calling it takes nothing until it is awaited

On CPython 3.14 and later:

>>> main()
aio_sem.acquire() returns a coroutine | locked: False
await it -> True | locked: True
aio_sem.release() is a plain method -> None | locked: False
await th_sem.acquire() -> TypeError: 'bool' object can't be awaited
th_sem.acquire(blocking=False) afterwards -> False (its one slot is taken)

On CPython 3.9 to 3.13:

>>> main()
aio_sem.acquire() returns a coroutine | locked: False
await it -> True | locked: True
aio_sem.release() is a plain method -> None | locked: False
await th_sem.acquire() -> TypeError: object bool can't be used in 'await' expression
th_sem.acquire(blocking=False) afterwards -> False (its one slot is taken)
"""

import asyncio
import threading


async def use_asyncio_semaphore() -> None:
    aio_sem = asyncio.BoundedSemaphore(1)
    pending = aio_sem.acquire()  # a coroutine object: nothing has run yet
    print(
        "aio_sem.acquire() returns a",
        type(pending).__name__,
        "| locked:",
        aio_sem.locked(),
    )
    print("await it ->", await pending, "| locked:", aio_sem.locked())
    print(
        "aio_sem.release() is a plain method ->",
        aio_sem.release(),
        "| locked:",
        aio_sem.locked(),
    )

    th_sem = threading.BoundedSemaphore(1)
    try:
        await th_sem.acquire()  # acquire() already took the slot and returned True
    except TypeError as error:
        print("await th_sem.acquire() -> TypeError:", error)
    print(
        "th_sem.acquire(blocking=False) afterwards ->",
        th_sem.acquire(blocking=False),
        "(its one slot is taken)",
    )


def main() -> None:
    asyncio.run(use_asyncio_semaphore())


if __name__ == "__main__":
    main()
