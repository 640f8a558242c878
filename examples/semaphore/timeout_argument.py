"""No blocking or timeout argument on asyncio.Semaphore.acquire(): wait_for and asyncio.timeout bound the wait

On CPython 3.11 and later:

>>> main()
th_sem.acquire(timeout=0.01) -> False
th_sem.acquire(blocking=False) -> False
aio_sem.acquire(timeout=0.01) -> TypeError: Semaphore.acquire() got an unexpected keyword argument 'timeout'
wait_for(acquire, 0.01) -> builtins.TimeoutError
the acquire wait_for gave up on: cancelled() -> True
async with asyncio.timeout(0.01) -> builtins.TimeoutError
after the holder's release, locked: False

On CPython 3.10 only:

>>> main()
th_sem.acquire(timeout=0.01) -> False
th_sem.acquire(blocking=False) -> False
aio_sem.acquire(timeout=0.01) -> TypeError: Semaphore.acquire() got an unexpected keyword argument 'timeout'
wait_for(acquire, 0.01) -> asyncio.exceptions.TimeoutError
the acquire wait_for gave up on: cancelled() -> True
asyncio.timeout -> AttributeError: module 'asyncio' has no attribute 'timeout'
after the holder's release, locked: False

On CPython 3.9 only:

>>> main()
th_sem.acquire(timeout=0.01) -> False
th_sem.acquire(blocking=False) -> False
aio_sem.acquire(timeout=0.01) -> TypeError: acquire() got an unexpected keyword argument 'timeout'
wait_for(acquire, 0.01) -> asyncio.exceptions.TimeoutError
the acquire wait_for gave up on: cancelled() -> True
asyncio.timeout -> AttributeError: module 'asyncio' has no attribute 'timeout'
after the holder's release, locked: False
"""

import asyncio
import threading


def threading_side() -> None:
    th_sem = threading.Semaphore(1)
    th_sem.acquire()  # its one slot is taken, so every attempt below gives up
    print("th_sem.acquire(timeout=0.01) ->", th_sem.acquire(timeout=0.01))
    print("th_sem.acquire(blocking=False) ->", th_sem.acquire(blocking=False))


async def asyncio_side() -> None:
    aio_sem = asyncio.Semaphore(1)
    await aio_sem.acquire()  # its one slot is taken by this task
    try:
        await aio_sem.acquire(timeout=0.01)
    except TypeError as error:
        print("aio_sem.acquire(timeout=0.01) -> TypeError:", error)
    attempt = asyncio.ensure_future(aio_sem.acquire())
    try:
        await asyncio.wait_for(attempt, timeout=0.01)
    except asyncio.TimeoutError as error:
        kind = type(error)
        print(f"wait_for(acquire, 0.01) -> {kind.__module__}.{kind.__qualname__}")
    # On timeout, wait_for cancelled the acquire it waited for: it will never take a slot.
    print("the acquire wait_for gave up on: cancelled() ->", attempt.cancelled())
    try:
        timeout = asyncio.timeout
    except AttributeError as error:
        print("asyncio.timeout -> AttributeError:", error)
    else:
        try:
            async with timeout(0.01):
                await aio_sem.acquire()
        except TimeoutError as error:
            kind = type(error)
            print(
                f"async with asyncio.timeout(0.01) -> {kind.__module__}.{kind.__qualname__}"
            )
    aio_sem.release()
    print("after the holder's release, locked:", aio_sem.locked())


def main() -> None:
    threading_side()
    asyncio.run(asyncio_side())


if __name__ == "__main__":
    main()
