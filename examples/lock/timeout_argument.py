"""No blocking or timeout argument on asyncio.Lock.acquire(): wait_for and asyncio.timeout bound the wait

On CPython 3.11 and later:

>>> main()
th_lock.acquire(timeout=0.01) -> False
th_lock.acquire(blocking=False) -> False
aio_lock.acquire(timeout=0.01) -> TypeError: Lock.acquire() got an unexpected keyword argument 'timeout'
wait_for(acquire, 0.01) -> builtins.TimeoutError
the acquire wait_for gave up on: cancelled() -> True
async with asyncio.timeout(0.01) -> builtins.TimeoutError
after the holder's release, locked: False
release() woke a waiting task; locked: False
took the lock in this order: ['waiting task', 'this task']

On CPython 3.10 only:

>>> main()
th_lock.acquire(timeout=0.01) -> False
th_lock.acquire(blocking=False) -> False
aio_lock.acquire(timeout=0.01) -> TypeError: Lock.acquire() got an unexpected keyword argument 'timeout'
wait_for(acquire, 0.01) -> asyncio.exceptions.TimeoutError
the acquire wait_for gave up on: cancelled() -> True
asyncio.timeout -> AttributeError: module 'asyncio' has no attribute 'timeout'
after the holder's release, locked: False
release() woke a waiting task; locked: False
took the lock in this order: ['waiting task', 'this task']

On CPython 3.9 only:

>>> main()
th_lock.acquire(timeout=0.01) -> False
th_lock.acquire(blocking=False) -> False
aio_lock.acquire(timeout=0.01) -> TypeError: acquire() got an unexpected keyword argument 'timeout'
wait_for(acquire, 0.01) -> asyncio.exceptions.TimeoutError
the acquire wait_for gave up on: cancelled() -> True
asyncio.timeout -> AttributeError: module 'asyncio' has no attribute 'timeout'
after the holder's release, locked: False
release() woke a waiting task; locked: False
took the lock in this order: ['waiting task', 'this task']
"""

import asyncio
import threading


def threading_side() -> None:
    th_lock = threading.Lock()
    th_lock.acquire()  # held, so every attempt below gives up
    print("th_lock.acquire(timeout=0.01) ->", th_lock.acquire(timeout=0.01))
    print("th_lock.acquire(blocking=False) ->", th_lock.acquire(blocking=False))


async def asyncio_side() -> None:
    aio_lock = asyncio.Lock()
    await aio_lock.acquire()  # held by this task
    try:
        await aio_lock.acquire(timeout=0.01)
    except TypeError as error:
        print("aio_lock.acquire(timeout=0.01) -> TypeError:", error)
    attempt = asyncio.ensure_future(aio_lock.acquire())
    try:
        await asyncio.wait_for(attempt, timeout=0.01)
    except asyncio.TimeoutError as error:
        kind = type(error)
        print(f"wait_for(acquire, 0.01) -> {kind.__module__}.{kind.__qualname__}")
    # On timeout, wait_for cancelled the acquire it waited for: it will never take the lock.
    print("the acquire wait_for gave up on: cancelled() ->", attempt.cancelled())
    try:
        timeout = asyncio.timeout
    except AttributeError as error:
        print("asyncio.timeout -> AttributeError:", error)
    else:
        try:
            async with timeout(0.01):
                await aio_lock.acquire()
        except TimeoutError as error:
            kind = type(error)
            print(
                f"async with asyncio.timeout(0.01) -> {kind.__module__}.{kind.__qualname__}"
            )
    aio_lock.release()
    print("after the holder's release, locked:", aio_lock.locked())
    # locked() is no non-blocking try: a task that release() woke takes the lock first.
    order: list[str] = []

    async def take(name: str) -> None:
        async with aio_lock:
            order.append(name)

    await aio_lock.acquire()
    waiter = asyncio.ensure_future(take("waiting task"))
    await asyncio.sleep(0)  # the waiting task is now queued on the lock
    aio_lock.release()  # wakes it; it has not run yet
    print("release() woke a waiting task; locked:", aio_lock.locked())
    if (
        not aio_lock.locked()
    ):  # looks free, and no other task runs before the next line...
        await take("this task")  # ...yet acquire() waits for the woken task
    await waiter
    print("took the lock in this order:", order)


def main() -> None:
    threading_side()
    asyncio.run(asyncio_side())


if __name__ == "__main__":
    main()
