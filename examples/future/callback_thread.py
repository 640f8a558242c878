"""Which thread runs a done callback: asyncio's loop thread, or the thread that completed the future.

Each line is printed where it happens, after the name of the thread that prints it.

>>> main()
asyncio, set_result() on the loop's thread:
  [MainThread] aio_future.set_result(1) returned; callbacks run so far: 0
  [MainThread] a handle queued earlier with loop.call_soon() ran
  [MainThread] done callback ran, result 1
asyncio, completed from thread 'worker':
  [worker] loop.call_soon_threadsafe(set_it, 2) returned
  [MainThread] aio_future.set_result(2) returned; callbacks run so far: 0
  [MainThread] done callback ran, result 2
concurrent.futures, completed by thread 'worker':
  [worker] cf_future.set_result(3) called
  [worker] done callback ran, result 3
  [worker] cf_future.set_result(3) returned
concurrent.futures, already done when the callback is added:
  [MainThread] cf_future.add_done_callback() called
  [MainThread] done callback ran, result 3
  [MainThread] cf_future.add_done_callback() returned
"""

import asyncio
import concurrent.futures
import threading
from typing import Any

callbacks_run = 0


def say(text: str) -> None:
    print(f"  [{threading.current_thread().name}] {text}")


def done_callback(future: Any) -> None:
    global callbacks_run
    callbacks_run += 1
    say(f"done callback ran, result {future.result()}")


async def asyncio_side() -> None:
    global callbacks_run
    loop = asyncio.get_running_loop()

    print("asyncio, set_result() on the loop's thread:")
    callbacks_run = 0
    aio_future = loop.create_future()
    aio_future.add_done_callback(done_callback)
    loop.call_soon(say, "a handle queued earlier with loop.call_soon() ran")
    aio_future.set_result(
        1
    )  # queues the callback with loop.call_soon(), behind the handle
    say(f"aio_future.set_result(1) returned; callbacks run so far: {callbacks_run}")
    await asyncio.sleep(
        0
    )  # the loop's next turn runs the queue: the handle, then the callback

    print("asyncio, completed from thread 'worker':")
    callbacks_run = 0
    aio_future = loop.create_future()
    aio_future.add_done_callback(done_callback)

    def set_it(value: int) -> None:  # runs on the loop's thread
        aio_future.set_result(value)
        say(
            f"aio_future.set_result({value}) returned; callbacks run so far: {callbacks_run}"
        )

    def in_worker() -> (
        None
    ):  # the worker must not touch aio_future: it asks the loop to
        loop.call_soon_threadsafe(set_it, 2)
        say("loop.call_soon_threadsafe(set_it, 2) returned")

    worker = threading.Thread(target=in_worker, name="worker")
    worker.start()
    worker.join()
    await aio_future  # the loop runs set_it, then, on a later turn, the callback


def main() -> None:
    asyncio.run(asyncio_side())

    print("concurrent.futures, completed by thread 'worker':")
    cf_future: concurrent.futures.Future[int] = concurrent.futures.Future()
    cf_future.add_done_callback(done_callback)

    def complete() -> None:
        say("cf_future.set_result(3) called")
        cf_future.set_result(3)  # runs the callbacks, in this thread, before it returns
        say("cf_future.set_result(3) returned")

    worker = threading.Thread(target=complete, name="worker")
    worker.start()
    worker.join()

    print("concurrent.futures, already done when the callback is added:")
    say("cf_future.add_done_callback() called")
    cf_future.add_done_callback(
        done_callback
    )  # runs it at once, in the caller's thread
    say("cf_future.add_done_callback() returned")


if __name__ == "__main__":
    main()
