"""LifoQueue and PriorityQueue: each side subclasses its own Queue, and keeps its get() and put().

On CPython 3.10 and later:

>>> main()
LifoQueue: asyncio's subclasses asyncio.Queue: True
LifoQueue: queue's subclasses queue.Queue: True
LifoQueue: asyncio's bases: Queue > _LoopBoundMixin > object
LifoQueue: queue's bases: Queue > object
LifoQueue: asyncio's get is a coroutine function: True
LifoQueue: put 2, 3, 1 -> asyncio gives [1, 3, 2]
LifoQueue: put 2, 3, 1 -> queue gives [1, 3, 2]
PriorityQueue: asyncio's subclasses asyncio.Queue: True
PriorityQueue: queue's subclasses queue.Queue: True
PriorityQueue: asyncio's bases: Queue > _LoopBoundMixin > object
PriorityQueue: queue's bases: Queue > object
PriorityQueue: asyncio's get is a coroutine function: True
PriorityQueue: put 2, 3, 1 -> asyncio gives [1, 2, 3]
PriorityQueue: put 2, 3, 1 -> queue gives [1, 2, 3]

On CPython 3.9 only:

>>> main()
LifoQueue: asyncio's subclasses asyncio.Queue: True
LifoQueue: queue's subclasses queue.Queue: True
LifoQueue: asyncio's bases: Queue > object
LifoQueue: queue's bases: Queue > object
LifoQueue: asyncio's get is a coroutine function: True
LifoQueue: put 2, 3, 1 -> asyncio gives [1, 3, 2]
LifoQueue: put 2, 3, 1 -> queue gives [1, 3, 2]
PriorityQueue: asyncio's subclasses asyncio.Queue: True
PriorityQueue: queue's subclasses queue.Queue: True
PriorityQueue: asyncio's bases: Queue > object
PriorityQueue: queue's bases: Queue > object
PriorityQueue: asyncio's get is a coroutine function: True
PriorityQueue: put 2, 3, 1 -> asyncio gives [1, 2, 3]
PriorityQueue: put 2, 3, 1 -> queue gives [1, 2, 3]
"""

import asyncio
import inspect
import queue


async def drain_asyncio(aio_cls: type) -> list:
    aio_queue = (
        aio_cls()
    )  # made inside the loop: on 3.9 an asyncio queue binds to a loop when made
    for item in (2, 3, 1):
        await aio_queue.put(item)
    return [await aio_queue.get() for _ in range(3)]


def drain_queue(th_queue: "queue.Queue[int]") -> list:
    for item in (2, 3, 1):
        th_queue.put(item)
    return [th_queue.get() for _ in range(3)]


def main() -> None:
    for name in ("LifoQueue", "PriorityQueue"):
        aio_cls, th_cls = getattr(asyncio, name), getattr(queue, name)
        print(
            f"{name}: asyncio's subclasses asyncio.Queue:",
            issubclass(aio_cls, asyncio.Queue),
        )
        print(
            f"{name}: queue's subclasses queue.Queue:", issubclass(th_cls, queue.Queue)
        )
        print(
            f"{name}: asyncio's bases:",
            " > ".join(base.__name__ for base in aio_cls.__mro__[1:]),
        )
        print(
            f"{name}: queue's bases:",
            " > ".join(base.__name__ for base in th_cls.__mro__[1:]),
        )
        print(
            f"{name}: asyncio's get is a coroutine function:",
            inspect.iscoroutinefunction(aio_cls.get),
        )
        print(
            f"{name}: put 2, 3, 1 -> asyncio gives", asyncio.run(drain_asyncio(aio_cls))
        )
        print(f"{name}: put 2, 3, 1 -> queue gives", drain_queue(th_cls()))


if __name__ == "__main__":
    main()
