"""Thread safety: only threading.Event may be set from any thread.

>>> main()
asyncio: aio_event.set() from another thread, no task waiting, in debug mode -> no error
asyncio: aio_event.set() from another thread, a task waiting, in debug mode -> RuntimeError:
  Non-thread-safe operation invoked on an event loop other than the current one
asyncio: afterwards aio_event.is_set() -> True, but the waiting task woke up: False
asyncio: loop.call_soon_threadsafe(aio_event.set) from another thread -> the waiting task returns True
threading: th_event.set() from another thread -> the waiting thread returns True
"""

import asyncio
import threading


async def set_from_worker_thread(stuck: list["asyncio.Task[bool]"]) -> None:
    # Debug mode makes the loop check which thread calls it; without it the wrong call below
    # raises nothing, and the waiting task wakes up late or never, depending on timing.
    asyncio.get_running_loop().set_debug(True)
    # With no waiter, set() only sets the flag: it schedules nothing, so even debug mode has nothing to check.
    aio_idle_event = asyncio.Event()
    idle_errors: list[RuntimeError] = []

    def set_idle_event() -> None:
        try:
            aio_idle_event.set()
        except RuntimeError as exc:
            idle_errors.append(exc)

    worker = threading.Thread(target=set_idle_event)
    worker.start()
    worker.join()
    print(
        "asyncio: aio_event.set() from another thread, no task waiting, in debug mode ->",
        f"RuntimeError: {idle_errors[0]}" if idle_errors else "no error",
    )

    aio_event = asyncio.Event()
    waiter = asyncio.ensure_future(aio_event.wait())
    await asyncio.sleep(0)  # the waiter is now waiting
    errors: list[RuntimeError] = []

    def set_event() -> None:
        try:
            aio_event.set()
        except RuntimeError as exc:
            errors.append(exc)

    worker = threading.Thread(target=set_event)
    worker.start()
    worker.join()
    print(
        "asyncio: aio_event.set() from another thread, a task waiting, in debug mode -> RuntimeError:"
    )
    print(" ", errors[0])
    await asyncio.sleep(0.01)
    print(
        f"asyncio: afterwards aio_event.is_set() -> {aio_event.is_set()}, but the waiting task woke up: {waiter.done()}"
    )
    stuck.append(
        waiter
    )  # nothing will ever wake it: its wake-up call was lost with the error


async def set_the_right_way() -> None:
    loop = asyncio.get_running_loop()
    aio_event = asyncio.Event()
    waiter = asyncio.ensure_future(aio_event.wait())
    await asyncio.sleep(0)
    worker = threading.Thread(target=loop.call_soon_threadsafe, args=(aio_event.set,))
    worker.start()
    print(
        "asyncio: loop.call_soon_threadsafe(aio_event.set) from another thread -> the waiting task returns",
        await waiter,
    )
    worker.join()


def main() -> None:
    # asyncio.run() would wait forever for the stuck task when it cancels it on exit: run a loop by hand,
    # close it, and drop the task without the 'Task was destroyed but it is pending!' log.
    loop = asyncio.new_event_loop()
    loop.set_exception_handler(lambda loop, context: None)
    stuck: list[asyncio.Task[bool]] = []
    loop.run_until_complete(set_from_worker_thread(stuck))
    loop.close()
    stuck.clear()

    asyncio.run(set_the_right_way())

    th_event = threading.Event()
    worker = threading.Thread(target=th_event.set)
    worker.start()
    print(
        "threading: th_event.set() from another thread -> the waiting thread returns",
        th_event.wait(),
    )
    worker.join()


if __name__ == "__main__":
    main()
