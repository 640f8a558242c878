"""get(), put() and join(): coroutines in asyncio, blocking methods with a timeout in queue.

>>> main()
asyncio.Queue.get is a coroutine function: True
asyncio.Queue.put is a coroutine function: True
asyncio.Queue.join is a coroutine function: True
await aio_queue.get() -> item
asyncio.wait_for(aio_queue.get(), 0.01) on an empty queue -> TimeoutError
queue.Queue.get is a coroutine function: False
queue.Queue.put is a coroutine function: False
queue.Queue.join is a coroutine function: False
th_queue.get() -> item
th_queue.get(timeout=0.01) on an empty queue -> queue.Empty
"""

import asyncio
import inspect
import queue


async def use_asyncio_queue() -> None:
    aio_queue: asyncio.Queue[str] = asyncio.Queue()
    for name in ("get", "put", "join"):
        print(
            f"asyncio.Queue.{name} is a coroutine function:",
            inspect.iscoroutinefunction(getattr(aio_queue, name)),
        )
    await aio_queue.put(
        "item"
    )  # put() must be awaited: called alone it only makes a coroutine
    print("await aio_queue.get() ->", await aio_queue.get())
    try:
        # No timeout parameter: the bound goes around the await, and wait_for cancels the get().
        await asyncio.wait_for(aio_queue.get(), timeout=0.01)
    except asyncio.TimeoutError:
        print(
            "asyncio.wait_for(aio_queue.get(), 0.01) on an empty queue -> TimeoutError"
        )


def main() -> None:
    asyncio.run(use_asyncio_queue())
    th_queue: queue.Queue[str] = queue.Queue()
    for name in ("get", "put", "join"):
        print(
            f"queue.Queue.{name} is a coroutine function:",
            inspect.iscoroutinefunction(getattr(th_queue, name)),
        )
    th_queue.put("item")  # blocks this thread only while the queue is full
    print("th_queue.get() ->", th_queue.get())
    try:
        th_queue.get(timeout=0.01)  # blocks this thread for up to 0.01 s
    except queue.Empty:
        print("th_queue.get(timeout=0.01) on an empty queue -> queue.Empty")


if __name__ == "__main__":
    main()
