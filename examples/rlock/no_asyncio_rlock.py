"""asyncio has no RLock: a task that takes an asyncio.Lock again waits for itself

>>> main()
asyncio.RLock -> AttributeError: module 'asyncio' has no attribute 'RLock'
th_rlock.acquire() twice in one thread -> True True
released twice -> a new thread can take it: True
aio_lock taken again by the task that holds it -> still waiting after 0.01 s: gave up
"""

import asyncio
import threading


async def take_twice() -> None:
    aio_lock = asyncio.Lock()
    await aio_lock.acquire()
    try:
        # The same task asks again: asyncio.Lock is not reentrant, so this would wait forever.
        await asyncio.wait_for(aio_lock.acquire(), timeout=0.01)
    except asyncio.TimeoutError:
        print(
            "aio_lock taken again by the task that holds it -> still waiting after 0.01 s: gave up"
        )


def main() -> None:
    try:
        print(asyncio.RLock)
    except AttributeError as error:
        print("asyncio.RLock -> AttributeError:", error)
    th_rlock = threading.RLock()
    print(
        "th_rlock.acquire() twice in one thread ->",
        th_rlock.acquire(),
        th_rlock.acquire(),
    )
    th_rlock.release()
    th_rlock.release()
    print("released twice -> a new thread can take it:", _in_new_thread(th_rlock))
    asyncio.run(take_twice())


def _in_new_thread(th_rlock: "threading.RLock") -> bool:
    result = []
    worker = threading.Thread(
        target=lambda: result.append(th_rlock.acquire(blocking=False))
    )
    worker.start()
    worker.join()
    return result[0]


if __name__ == "__main__":
    main()
