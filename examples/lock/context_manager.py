"""`async with aio_lock`, `with th_lock`: each lock supports only its own world's statement

On CPython 3.14 and later:

>>> main()
async with aio_lock -> locked inside: True
with th_lock -> locked inside: True
with aio_lock -> TypeError: 'asyncio.locks.Lock' object does not support the context manager protocol (missed __exit__ method) but it supports the asynchronous context manager protocol. Did you mean to use 'async with'?
async with th_lock -> TypeError: '_thread.lock' object does not support the asynchronous context manager protocol (missed __aexit__ method) but it supports the context manager protocol. Did you mean to use 'with'?

On CPython 3.11 to 3.13:

>>> main()
async with aio_lock -> locked inside: True
with th_lock -> locked inside: True
with aio_lock -> TypeError: 'Lock' object does not support the context manager protocol
async with th_lock -> TypeError: '_thread.lock' object does not support the asynchronous context manager protocol

On CPython 3.9 to 3.10:

>>> main()
async with aio_lock -> locked inside: True
with th_lock -> locked inside: True
with aio_lock -> AttributeError: __enter__
async with th_lock -> AttributeError: __aenter__
"""

# ruff: noqa: E501 (the output above quotes CPython's messages whole, however long)

import asyncio
import threading


async def both_statements() -> None:
    aio_lock = asyncio.Lock()
    th_lock = threading.Lock()
    async with aio_lock:
        print("async with aio_lock -> locked inside:", aio_lock.locked())
    with th_lock:
        print("with th_lock -> locked inside:", th_lock.locked())
    try:
        with aio_lock:
            pass
    except (TypeError, AttributeError) as error:
        print(f"with aio_lock -> {type(error).__name__}: {error}")
    try:
        async with th_lock:
            pass
    except (TypeError, AttributeError) as error:
        print(f"async with th_lock -> {type(error).__name__}: {error}")


def main() -> None:
    asyncio.run(both_statements())


if __name__ == "__main__":
    main()
