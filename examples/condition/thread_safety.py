"""An asyncio.Condition belongs to one event loop, so another thread cannot wait on it with its own loop.

On CPython 3.13 and later:

>>> main()
asyncio: in the main thread's loop: await aio_cond.wait() -> notified
asyncio: in another thread's loop: await aio_cond.wait() -> RuntimeError: <asyncio.locks.Condition object [locked]> is bound to a different event loop
threading: th_cond.wait_for() in one thread, then in another -> ['first', 'second']

On CPython 3.10 to 3.12:

>>> main()
asyncio: in the main thread's loop: await aio_cond.wait() -> notified
asyncio: in another thread's loop: await aio_cond.wait() -> RuntimeError: <asyncio.locks.Condition object [unlocked]> is bound to a different event loop
threading: th_cond.wait_for() in one thread, then in another -> ['first', 'second']

On CPython 3.9 only:

>>> main()
asyncio: in the main thread's loop: await aio_cond.wait() -> notified
asyncio: in another thread's loop: await aio_cond.wait() -> RuntimeError: Task <...> got Future <Future pending> attached to a different loop
threading: th_cond.wait_for() in one thread, then in another -> ['first', 'second']
"""  # noqa: E501

import asyncio
import re
import threading


def without_addresses(text: str) -> str:
    # Drop memory addresses, and on 3.9 the task's repr (it holds file paths), to keep the output deterministic.
    text = re.sub(r" at 0x[0-9a-f]+", "", text)
    return re.sub(r"^Task <.*> got ", "Task <...> got ", text)


async def wait_until_notified(aio_cond: asyncio.Condition) -> str:
    async def notify() -> None:
        async with aio_cond:
            aio_cond.notify()

    try:
        async with aio_cond:
            task = asyncio.ensure_future(notify())
            await (
                aio_cond.wait()
            )  # the first wait binds the condition to the running loop
        await task
        return "notified"
    except RuntimeError as exc:
        task.cancel()
        return f"RuntimeError: {without_addresses(str(exc))}"


async def first_use() -> asyncio.Condition:
    aio_cond = asyncio.Condition()
    print(
        "asyncio: in the main thread's loop: await aio_cond.wait() ->",
        await wait_until_notified(aio_cond),
    )
    return aio_cond


def main() -> None:
    aio_cond = asyncio.run(first_use())
    results: list[str] = []
    worker = threading.Thread(
        target=lambda: results.append(asyncio.run(wait_until_notified(aio_cond)))
    )
    worker.start()
    worker.join()
    print("asyncio: in another thread's loop: await aio_cond.wait() ->", results[0])

    th_cond = threading.Condition()
    items: list[str] = []
    received: list[str] = []

    def consume() -> None:
        with th_cond:
            th_cond.wait_for(lambda: items, timeout=5)
            received.append(items.pop())

    for item in ("first", "second"):
        consumer = threading.Thread(target=consume)
        consumer.start()
        with th_cond:
            items.append(item)
            th_cond.notify()
        consumer.join()
    print("threading: th_cond.wait_for() in one thread, then in another ->", received)


if __name__ == "__main__":
    main()
