"""threading.RLock knows which thread holds it; asyncio.Lock has no owner at all

>>> main()
th_rlock.release() from another thread -> RuntimeError: cannot release un-acquired lock
th_lock.release() from another thread -> released | locked: False
aio_lock released by another task -> locked: False
"""

import asyncio
import threading


def release_from(target: "threading.RLock") -> str:
    outcome = []

    def other_thread() -> None:
        try:
            target.release()
            outcome.append("released")
        except RuntimeError as error:
            outcome.append(f"RuntimeError: {error}")

    worker = threading.Thread(target=other_thread)
    worker.start()
    worker.join()
    return outcome[0]


async def asyncio_side() -> None:
    aio_lock = asyncio.Lock()
    await aio_lock.acquire()

    async def another_task() -> None:
        aio_lock.release()  # no owner check: any task may release it

    await asyncio.ensure_future(another_task())
    print("aio_lock released by another task -> locked:", aio_lock.locked())


def main() -> None:
    th_rlock = threading.RLock()
    th_rlock.acquire()
    print("th_rlock.release() from another thread ->", release_from(th_rlock))
    th_lock = threading.Lock()
    th_lock.acquire()
    print(
        "th_lock.release() from another thread ->",
        release_from(th_lock),
        "| locked:",
        th_lock.locked(),
    )
    asyncio.run(asyncio_side())


if __name__ == "__main__":
    main()
