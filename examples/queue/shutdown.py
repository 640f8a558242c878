"""shutdown() and ShutDown: new on both sides in 3.13, as asyncio.QueueShutDown and queue.ShutDown.

On CPython 3.13 and later:

>>> main()
asyncio.Queue has shutdown(): True
queue.Queue has shutdown(): True
after shutdown(), aio_queue.get_nowait() still drains: 1
aio_queue.put_nowait() after shutdown() -> QueueShutDown
after shutdown(), th_queue.get_nowait() still drains: 1
th_queue.put_nowait() after shutdown() -> ShutDown
th_queue.get() once shut down and empty -> ShutDown, without waiting

On CPython 3.9 to 3.12:

>>> main()
asyncio.Queue has shutdown(): False
queue.Queue has shutdown(): False
"""

import asyncio
import queue


async def shut_asyncio_queue() -> None:
    aio_queue: asyncio.Queue[int] = asyncio.Queue()
    aio_queue.put_nowait(1)
    aio_queue.shutdown()  # type: ignore[attr-defined]
    print(
        "after shutdown(), aio_queue.get_nowait() still drains:", aio_queue.get_nowait()
    )
    try:
        aio_queue.put_nowait(2)
    except asyncio.QueueShutDown as exc:  # type: ignore[attr-defined]
        print("aio_queue.put_nowait() after shutdown() ->", type(exc).__qualname__)


def main() -> None:
    print("asyncio.Queue has shutdown():", hasattr(asyncio.Queue, "shutdown"))
    print("queue.Queue has shutdown():", hasattr(queue.Queue, "shutdown"))
    if not hasattr(queue.Queue, "shutdown"):
        return
    asyncio.run(shut_asyncio_queue())
    th_queue: queue.Queue[int] = queue.Queue()
    th_queue.put_nowait(1)
    th_queue.shutdown()  # type: ignore[attr-defined]
    print(
        "after shutdown(), th_queue.get_nowait() still drains:", th_queue.get_nowait()
    )
    try:
        th_queue.put_nowait(2)
    except queue.ShutDown as exc:  # type: ignore[attr-defined]
        print("th_queue.put_nowait() after shutdown() ->", type(exc).__qualname__)
    try:
        th_queue.get(timeout=1)  # shut down and empty: get() stops waiting at once
    except queue.ShutDown:
        print("th_queue.get() once shut down and empty -> ShutDown, without waiting")


if __name__ == "__main__":
    main()
