"""threading.Lock keeps acquire_lock(), release_lock() and locked_lock(), obsolete synonyms asyncio.Lock never had

On CPython 3.13 and later:

>>> main()
th_lock.acquire_lock() -> True
th_lock.locked_lock() -> True
after th_lock.release_lock(), locked() -> False
docstring of acquire_lock: An obsolete synonym of acquire().
aio_lock.acquire_lock -> AttributeError: 'Lock' object has no attribute 'acquire_lock'

On CPython 3.9 to 3.12:

>>> main()
th_lock.acquire_lock() -> True
th_lock.locked_lock() -> True
after th_lock.release_lock(), locked() -> False
docstring of acquire_lock: acquire(blocking=True, timeout=-1) -> bool
aio_lock.acquire_lock -> AttributeError: 'Lock' object has no attribute 'acquire_lock'
"""

import asyncio
import threading


def main() -> None:
    th_lock = threading.Lock()
    print("th_lock.acquire_lock() ->", th_lock.acquire_lock())
    print("th_lock.locked_lock() ->", th_lock.locked_lock())
    th_lock.release_lock()
    print("after th_lock.release_lock(), locked() ->", th_lock.locked())
    print(
        "docstring of acquire_lock:",
        th_lock.acquire_lock.__doc__.strip().splitlines()[0],
    )
    aio_lock = asyncio.Lock()
    try:
        print(aio_lock.acquire_lock)
    except AttributeError as error:
        print("aio_lock.acquire_lock -> AttributeError:", error)


if __name__ == "__main__":
    main()
