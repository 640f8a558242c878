"""Releasing an unlocked lock: RuntimeError on both sides, with different words

>>> main()
th_lock.release() -> RuntimeError: release unlocked lock
aio_lock.release() -> RuntimeError: Lock is not acquired.
"""

import asyncio
import threading


def main() -> None:
    th_lock = threading.Lock()
    try:
        th_lock.release()
    except RuntimeError as error:
        print("th_lock.release() -> RuntimeError:", error)
    aio_lock = asyncio.Lock()
    try:
        aio_lock.release()  # a plain method: no event loop needed to fail
    except RuntimeError as error:
        print("aio_lock.release() -> RuntimeError:", error)


if __name__ == "__main__":
    main()
