"""`async with aio_sem` and `with th_sem`: each semaphore supports only its own world's statement

On CPython 3.14 and later:

>>> main()
async with aio_sem -> locked inside: True
with th_sem -> a second acquire inside: False
with aio_sem -> TypeError: 'asyncio.locks.BoundedSemaphore' object does not support the context manager protocol (missed __exit__ method) but it supports the asynchronous context manager protocol. Did you mean to use 'async with'?
async with th_sem -> TypeError: 'threading.BoundedSemaphore' object does not support the asynchronous context manager protocol (missed __aexit__ method) but it supports the context manager protocol. Did you mean to use 'with'?

On CPython 3.11 to 3.13:

>>> main()
async with aio_sem -> locked inside: True
with th_sem -> a second acquire inside: False
with aio_sem -> TypeError: 'BoundedSemaphore' object does not support the context manager protocol
async with th_sem -> TypeError: 'BoundedSemaphore' object does not support the asynchronous context manager protocol

On CPython 3.9 to 3.10:

>>> main()
async with aio_sem -> locked inside: True
with th_sem -> a second acquire inside: False
with aio_sem -> AttributeError: __enter__
async with th_sem -> AttributeError: __aenter__
"""

# ruff: noqa: E501 (the output above quotes CPython's messages whole, however long)

import asyncio
import threading


async def both_statements() -> None:
    aio_sem = asyncio.BoundedSemaphore(1)
    th_sem = threading.BoundedSemaphore(1)
    async with aio_sem:
        print("async with aio_sem -> locked inside:", aio_sem.locked())
    with th_sem:
        print("with th_sem -> a second acquire inside:", th_sem.acquire(blocking=False))
    try:
        with aio_sem:
            pass
    except (TypeError, AttributeError) as error:
        print(f"with aio_sem -> {type(error).__name__}: {error}")
    try:
        async with th_sem:
            pass
    except (TypeError, AttributeError) as error:
        print(f"async with th_sem -> {type(error).__name__}: {error}")


def main() -> None:
    asyncio.run(both_statements())


if __name__ == "__main__":
    main()
