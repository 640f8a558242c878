"""maxsize: a read-only property of asyncio.Queue, a plain attribute of queue.Queue.

On CPython 3.11 and later:

>>> main()
asyncio.Queue has a class attribute maxsize: True
queue.Queue has a class attribute maxsize: False
th_queue.maxsize = 2 -> maxsize is now 2
aio_queue.maxsize = 2 -> AttributeError: property 'maxsize' of 'Queue' object has no setter

On CPython 3.10 only:

>>> main()
asyncio.Queue has a class attribute maxsize: True
queue.Queue has a class attribute maxsize: False
th_queue.maxsize = 2 -> maxsize is now 2
aio_queue.maxsize = 2 -> AttributeError: can't set attribute 'maxsize'

On CPython 3.9 only:

>>> main()
asyncio.Queue has a class attribute maxsize: True
queue.Queue has a class attribute maxsize: False
th_queue.maxsize = 2 -> maxsize is now 2
aio_queue.maxsize = 2 -> AttributeError: can't set attribute
"""

import asyncio
import queue


def main() -> None:
    # queue.Queue sets self.maxsize in __init__: the class itself has no maxsize, the instance does.
    print(
        "asyncio.Queue has a class attribute maxsize:", "maxsize" in vars(asyncio.Queue)
    )
    print("queue.Queue has a class attribute maxsize:", "maxsize" in vars(queue.Queue))
    th_queue: queue.Queue[int] = queue.Queue(1)
    th_queue.maxsize = 2
    print("th_queue.maxsize = 2 -> maxsize is now", th_queue.maxsize)

    async def resize() -> None:
        aio_queue: asyncio.Queue[int] = asyncio.Queue(1)
        try:
            aio_queue.maxsize = 2  # type: ignore[misc]
        except AttributeError as exc:
            print("aio_queue.maxsize = 2 -> AttributeError:", exc)

    asyncio.run(resize())


if __name__ == "__main__":
    main()
