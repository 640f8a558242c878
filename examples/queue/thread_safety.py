"""Putting from another thread: queue.Queue is thread-safe; asyncio.Queue needs call_soon_threadsafe.

>>> main()
another thread: th_queue.put('item') -> th_queue.get() in this thread -> item
another thread: aio_queue.put_nowait('first') while the loop sleeps -> the loop wakes: False
items the loop's get() has returned so far: []
another thread: loop.call_soon_threadsafe(aio_queue.put_nowait, 'second') -> the loop wakes: True
items the loop's get() returned: ['first', 'second']
"""

import asyncio
import queue
import selectors
import threading
from typing import Any, Optional


class WatchedSelector(selectors.DefaultSelector):  # type: ignore[misc,valid-type]
    """The loop's selector, telling other threads when the loop sleeps (nothing to run, no timer) and wakes."""

    def __init__(self) -> None:
        super().__init__()
        self.asleep, self.awake = threading.Event(), threading.Event()

    def select(self, timeout: Optional[float] = None) -> list[tuple[Any, int]]:
        if (
            timeout is None
        ):  # nothing to do: sleep until a file descriptor (the loop's self-pipe) is written
            self.awake.clear()
            self.asleep.set()
        events: list[tuple[Any, int]] = super().select(timeout)
        self.asleep.clear()
        self.awake.set()
        return events


async def take_two(
    handover: "queue.Queue[asyncio.Queue[str]]", received: list[str]
) -> None:
    aio_queue: asyncio.Queue[str] = asyncio.Queue()
    handover.put(aio_queue)
    for _ in range(2):
        received.append(await aio_queue.get())


Started = tuple[
    asyncio.AbstractEventLoop,
    WatchedSelector,
    threading.Thread,
    "asyncio.Queue[str]",
    list[str],
]


def start_loop() -> Started:
    """Run a loop in a new thread whose coroutine waits in aio_queue.get(); return once it sleeps there."""
    handover: queue.Queue[asyncio.Queue[str]] = queue.Queue()
    received: list[str] = []
    selector = WatchedSelector()
    loop = asyncio.SelectorEventLoop(selector)
    loop_thread = threading.Thread(
        target=loop.run_until_complete, args=[take_two(handover, received)]
    )
    loop_thread.start()
    aio_queue = handover.get()
    selector.asleep.wait()  # the loop waits in get()
    return loop, selector, loop_thread, aio_queue, received


def put_from_another_thread() -> None:
    loop, selector, loop_thread, aio_queue, received = start_loop()
    aio_queue.put_nowait("first")  # wrong: not thread-safe
    woke = selector.awake.wait(0.1)
    print(
        "another thread: aio_queue.put_nowait('first') while the loop sleeps -> the loop wakes:",
        woke,
    )
    print("items the loop's get() has returned so far:", list(received))
    loop.call_soon_threadsafe(
        aio_queue.put_nowait, "second"
    )  # right: runs put_nowait in the loop's thread
    woke = selector.awake.wait(5)
    print(
        "another thread: loop.call_soon_threadsafe(aio_queue.put_nowait, 'second') -> the loop wakes:",
        woke,
    )
    loop_thread.join()
    loop.close()
    print("items the loop's get() returned:", received)


def main() -> None:
    th_queue: queue.Queue[str] = queue.Queue()
    thread = threading.Thread(target=th_queue.put, args=["item"])
    thread.start()
    print(
        "another thread: th_queue.put('item') -> th_queue.get() in this thread ->",
        th_queue.get(),
    )
    thread.join()
    put_from_another_thread()


if __name__ == "__main__":
    main()
