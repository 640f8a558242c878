"""asyncio.Lock.acquire() is a coroutine: calling it takes nothing until it is awaited

On CPython 3.14 and later:

>>> main()
th_lock.acquire() -> True | locked: True
aio_lock.acquire() returns a coroutine | locked: False
await it -> True | locked: True
aio_lock.release() is a plain method -> None | locked: False
await th_lock.acquire() -> TypeError: 'bool' object can't be awaited | th_lock locked: True

On CPython 3.9 to 3.13:

>>> main()
th_lock.acquire() -> True | locked: True
aio_lock.acquire() returns a coroutine | locked: False
await it -> True | locked: True
aio_lock.release() is a plain method -> None | locked: False
await th_lock.acquire() -> TypeError: object bool can't be used in 'await' expression | th_lock locked: True
"""

import asyncio
import threading


async def use_asyncio_lock() -> None:
    aio_lock = asyncio.Lock()
    pending = aio_lock.acquire()  # a coroutine object: nothing has run yet
    print(
        "aio_lock.acquire() returns a",
        type(pending).__name__,
        "| locked:",
        aio_lock.locked(),
    )
    print("await it ->", await pending, "| locked:", aio_lock.locked())
    print(
        "aio_lock.release() is a plain method ->",
        aio_lock.release(),
        "| locked:",
        aio_lock.locked(),
    )

    th_lock = threading.Lock()
    try:
        await th_lock.acquire()  # acquire() already took the lock and returned True
    except TypeError as error:
        print(
            "await th_lock.acquire() -> TypeError:",
            error,
            "| th_lock locked:",
            th_lock.locked(),
        )


def main() -> None:
    th_lock = threading.Lock()
    print("th_lock.acquire() ->", th_lock.acquire(), "| locked:", th_lock.locked())
    th_lock.release()
    asyncio.run(use_asyncio_lock())


if __name__ == "__main__":
    main()
