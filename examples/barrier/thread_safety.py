"""An asyncio.Barrier serves the tasks of one event loop; threading.Barrier is the one that synchronizes threads.

On CPython 3.13 and later:

>>> main()
asyncio: a thread's own loop awaits aio_barrier.wait() -> RuntimeError: <asyncio.locks.Condition object [locked, waiters:1]> is bound to a different event loop
threading: the main thread and a worker call th_barrier.wait() -> indexes [0, 1]

On CPython 3.11 to 3.12:

>>> main()
asyncio: a thread's own loop awaits aio_barrier.wait() -> RuntimeError: <asyncio.locks.Condition object [unlocked, waiters:1]> is bound to a different event loop
threading: the main thread and a worker call th_barrier.wait() -> indexes [0, 1]

On CPython 3.9 to 3.10:

>>> main()
asyncio: asyncio.Barrier -> AttributeError: module 'asyncio' has no attribute 'Barrier'
threading: the main thread and a worker call th_barrier.wait() -> indexes [0, 1]
"""  # noqa: E501

import asyncio
import re
import threading


def without_addresses(text: str) -> str:
    return re.sub(r" at 0x[0-9a-f]+", "", text)


async def asyncio_side() -> None:
    aio_barrier = asyncio.Barrier(3)  # so the thread's task below has to wait too
    waiter = asyncio.ensure_future(aio_barrier.wait())
    await asyncio.sleep(
        0
    )  # a task of this loop waits: the barrier is now bound to this loop

    results: list[str] = []

    def wait_in_another_loop() -> None:
        try:
            results.append(f"index {asyncio.run(aio_barrier.wait())}")
        except RuntimeError as exc:
            results.append(f"RuntimeError: {without_addresses(str(exc))}")

    worker = threading.Thread(target=wait_in_another_loop)
    worker.start()
    worker.join()
    print("asyncio: a thread's own loop awaits aio_barrier.wait() ->", results[0])
    waiter.cancel()


def main() -> None:
    try:
        asyncio.Barrier  # noqa: B018  # new in 3.11
    except AttributeError as exc:
        print("asyncio: asyncio.Barrier -> AttributeError:", exc)
    else:
        asyncio.run(asyncio_side())

    th_barrier = threading.Barrier(2)
    indexes: list[int] = []
    worker = threading.Thread(target=lambda: indexes.append(th_barrier.wait()))
    worker.start()
    indexes.append(th_barrier.wait())
    worker.join()
    print(
        "threading: the main thread and a worker call th_barrier.wait() -> indexes",
        sorted(indexes),
    )


if __name__ == "__main__":
    main()
