"""Releasing a bounded semaphore above its initial value: ValueError on both sides, with different names

>>> main()
th_sem.release(2) with one slot taken -> ValueError: Semaphore released too many times
no slot was added: two non-blocking acquires -> [True, False]
aio_sem.release() above the bound -> ValueError: BoundedSemaphore released too many times
"""

import asyncio
import threading


def main() -> None:
    th_sem = threading.BoundedSemaphore(2)
    th_sem.acquire()
    try:
        th_sem.release(2)  # one slot is taken: two releases would exceed the bound
    except ValueError as error:
        print("th_sem.release(2) with one slot taken -> ValueError:", error)
    print(
        "no slot was added: two non-blocking acquires ->",
        [th_sem.acquire(blocking=False) for _ in range(2)],
    )
    aio_sem = asyncio.BoundedSemaphore(1)
    try:
        aio_sem.release()  # a plain method: no event loop needed to fail
    except ValueError as error:
        print("aio_sem.release() above the bound -> ValueError:", error)


if __name__ == "__main__":
    main()
