"""The lock underneath: an RLock by default in threading, a plain asyncio.Lock in asyncio.

On CPython 3.14 and later:

>>> main()
threading: threading.Condition() uses a _thread.RLock; acquired twice by one thread -> True
asyncio: asyncio.Condition() uses an asyncio.locks.Lock; acquired twice by one task -> still waiting after 0.01 s (TimeoutError)
asyncio: asyncio.Condition(threading.Lock()) -> accepted
asyncio: then async with aio_cond -> TypeError: 'bool' object can't be awaited

On CPython 3.10 to 3.13:

>>> main()
threading: threading.Condition() uses a _thread.RLock; acquired twice by one thread -> True
asyncio: asyncio.Condition() uses an asyncio.locks.Lock; acquired twice by one task -> still waiting after 0.01 s (TimeoutError)
asyncio: asyncio.Condition(threading.Lock()) -> accepted
asyncio: then async with aio_cond -> TypeError: object bool can't be used in 'await' expression

On CPython 3.9 only:

>>> main()
threading: threading.Condition() uses a _thread.RLock; acquired twice by one thread -> True
asyncio: asyncio.Condition() uses an asyncio.locks.Lock; acquired twice by one task -> still waiting after 0.01 s (TimeoutError)
asyncio: asyncio.Condition(threading.Lock()) -> AttributeError: '_thread.lock' object has no attribute '_loop'
"""  # noqa: E501

import asyncio
import threading
from typing import Any


def class_name(obj: object) -> str:
    return f"{type(obj).__module__}.{type(obj).__qualname__}"


async def asyncio_side() -> None:
    aio_cond = asyncio.Condition()
    lock = (
        aio_cond.acquire.__self__
    )  # the condition hands out its lock's own bound methods
    async with aio_cond:
        try:
            await asyncio.wait_for(aio_cond.acquire(), 0.01)
            print("asyncio: acquired twice by one task -> True")
        except asyncio.TimeoutError as exc:
            print(
                f"asyncio: asyncio.Condition() uses an {class_name(lock)}; acquired twice by one task"
                f" -> still waiting after 0.01 s ({type(exc).__name__})"
            )

    th_lock: Any = threading.Lock()
    try:
        mixed = asyncio.Condition(
            th_lock
        )  # not checked: any object with acquire/release/locked passes
    except AttributeError as exc:
        print("asyncio: asyncio.Condition(threading.Lock()) -> AttributeError:", exc)
        return
    print("asyncio: asyncio.Condition(threading.Lock()) -> accepted")
    try:
        async with mixed:
            pass
    except TypeError as exc:
        print("asyncio: then async with aio_cond -> TypeError:", exc)


def main() -> None:
    th_cond = threading.Condition()
    with th_cond:
        again = th_cond.acquire(timeout=0.01)
        th_cond.release()
    lock = th_cond.acquire.__self__  # type: ignore[attr-defined]  # the lock's own bound method
    print(
        f"threading: threading.Condition() uses a {class_name(lock)}; acquired twice by one thread -> {again}"
    )

    asyncio.run(asyncio_side())


if __name__ == "__main__":
    main()
