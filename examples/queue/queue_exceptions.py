"""QueueEmpty and QueueFull in asyncio, Empty and Full in queue: four unrelated classes.

>>> main()
aio_queue.get_nowait() on an empty queue -> QueueEmpty
aio_queue.put_nowait() on a full queue -> QueueFull
except queue.Empty did not catch asyncio.QueueEmpty
th_queue.get_nowait() on an empty queue -> Empty
th_queue.put_nowait() on a full queue -> Full
asyncio.QueueEmpty is a subclass of queue.Empty: False
asyncio.QueueFull is a subclass of queue.Full: False
"""

import asyncio
import queue


async def fill_and_drain() -> None:
    aio_queue: asyncio.Queue[int] = asyncio.Queue(maxsize=1)
    try:
        aio_queue.get_nowait()
    except asyncio.QueueEmpty as exc:
        print("aio_queue.get_nowait() on an empty queue ->", type(exc).__qualname__)
    aio_queue.put_nowait(1)
    try:
        aio_queue.put_nowait(2)
    except asyncio.QueueFull as exc:
        print("aio_queue.put_nowait() on a full queue ->", type(exc).__qualname__)
    try:
        aio_queue.get_nowait()
        aio_queue.get_nowait()
    except queue.Empty:
        print("except queue.Empty caught it")
    except asyncio.QueueEmpty:
        print("except queue.Empty did not catch asyncio.QueueEmpty")


def main() -> None:
    asyncio.run(fill_and_drain())
    th_queue: queue.Queue[int] = queue.Queue(maxsize=1)
    try:
        th_queue.get_nowait()
    except queue.Empty as exc:
        print("th_queue.get_nowait() on an empty queue ->", type(exc).__qualname__)
    th_queue.put_nowait(1)
    try:
        th_queue.put_nowait(2)
    except queue.Full as exc:
        print("th_queue.put_nowait() on a full queue ->", type(exc).__qualname__)
    print(
        "asyncio.QueueEmpty is a subclass of queue.Empty:",
        issubclass(asyncio.QueueEmpty, queue.Empty),
    )
    print(
        "asyncio.QueueFull is a subclass of queue.Full:",
        issubclass(asyncio.QueueFull, queue.Full),
    )


if __name__ == "__main__":
    main()
