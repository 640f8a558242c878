"""async with for asyncio.Condition, with for threading.Condition: each refuses the other's statement.

On CPython 3.14 and later:

>>> main()
asyncio: async with aio_cond -> aio_cond.locked(): True
asyncio: with aio_cond -> TypeError: 'asyncio.locks.Condition' object does not support the context manager protocol (missed __exit__ method) but it supports the asynchronous context manager protocol. Did you mean to use 'async with'?
threading: async with th_cond -> TypeError: 'threading.Condition' object does not support the asynchronous context manager protocol (missed __aexit__ method) but it supports the context manager protocol. Did you mean to use 'with'?
threading: with th_cond -> another thread's th_cond.acquire(blocking=False): False

On CPython 3.11 to 3.13:

>>> main()
asyncio: async with aio_cond -> aio_cond.locked(): True
asyncio: with aio_cond -> TypeError: 'Condition' object does not support the context manager protocol
threading: async with th_cond -> TypeError: 'Condition' object does not support the asynchronous context manager protocol
threading: with th_cond -> another thread's th_cond.acquire(blocking=False): False

On CPython 3.9 to 3.10:

>>> main()
asyncio: async with aio_cond -> aio_cond.locked(): True
asyncio: with aio_cond -> AttributeError: __enter__
threading: async with th_cond -> AttributeError: __aenter__
threading: with th_cond -> another thread's th_cond.acquire(blocking=False): False
"""  # noqa: E501

import asyncio
import threading
from typing import Any


async def asyncio_side() -> None:
    aio_cond: Any = asyncio.Condition()
    async with aio_cond:
        print("asyncio: async with aio_cond -> aio_cond.locked():", aio_cond.locked())
    try:
        with aio_cond:
            pass
    except (TypeError, AttributeError) as exc:
        print(f"asyncio: with aio_cond -> {type(exc).__name__}: {exc}")

    th_cond: Any = threading.Condition()
    try:
        async with th_cond:
            pass
    except (TypeError, AttributeError) as exc:
        print(f"threading: async with th_cond -> {type(exc).__name__}: {exc}")


def main() -> None:
    asyncio.run(asyncio_side())
    th_cond = threading.Condition()
    with th_cond:
        tries: list[bool] = []
        other = threading.Thread(
            target=lambda: tries.append(th_cond.acquire(blocking=False))
        )
        other.start()
        other.join()
        print(
            "threading: with th_cond -> another thread's th_cond.acquire(blocking=False):",
            tries[0],
        )


if __name__ == "__main__":
    main()
