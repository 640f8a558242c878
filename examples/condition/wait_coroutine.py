"""acquire(), wait() and wait_for(): coroutines in asyncio, blocking calls in threading.

>>> main()
asyncio: aio_cond.wait() returns a coroutine object (Condition.wait); nothing waits yet
asyncio: aio_cond.wait_for(predicate) returns a coroutine object (Condition.wait_for)
asyncio: aio_cond.acquire() returns a coroutine object (Lock.acquire)
asyncio: async with aio_cond: await aio_cond.wait_for(lambda: items) -> ['item'] once another task notified
threading: with th_cond: th_cond.wait_for(lambda: items) -> ['item'] once another thread notified
"""

import asyncio
import threading
from collections.abc import Coroutine
from typing import Any


def describe(coroutine: Coroutine[Any, Any, Any]) -> str:
    name = coroutine.__qualname__
    coroutine.close()  # closed without running: nothing waited, nothing is left behind
    return f"a coroutine object ({name})"


async def asyncio_side() -> None:
    aio_cond = asyncio.Condition()
    print(
        "asyncio: aio_cond.wait() returns",
        describe(aio_cond.wait()) + "; nothing waits yet",
    )
    print(
        "asyncio: aio_cond.wait_for(predicate) returns",
        describe(aio_cond.wait_for(lambda: True)),
    )
    print("asyncio: aio_cond.acquire() returns", describe(aio_cond.acquire()))

    items: list[str] = []

    async def producer() -> None:
        async with aio_cond:
            items.append("item")
            aio_cond.notify()

    async with aio_cond:
        task = asyncio.ensure_future(
            producer()
        )  # it runs while wait_for() releases the lock
        result = await aio_cond.wait_for(lambda: items)
    await task
    print(
        "asyncio: async with aio_cond: await aio_cond.wait_for(lambda: items) ->",
        result,
        "once another task notified",
    )


def main() -> None:
    asyncio.run(asyncio_side())

    th_cond = threading.Condition()
    items: list[str] = []

    def producer() -> None:
        with th_cond:
            items.append("item")
            th_cond.notify()

    with th_cond:
        worker = threading.Thread(
            target=producer
        )  # it blocks on the lock until wait_for() releases it
        worker.start()
        result = th_cond.wait_for(lambda: items)
    worker.join()
    print(
        "threading: with th_cond: th_cond.wait_for(lambda: items) ->",
        result,
        "once another thread notified",
    )


if __name__ == "__main__":
    main()
