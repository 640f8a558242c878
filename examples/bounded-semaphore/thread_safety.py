"""asyncio.BoundedSemaphore is not thread-safe: another thread's event loop is refused; a thread goes through its loop

On CPython 3.10 and later:

>>> main()
th_sem released by another thread -> acquire(blocking=False): True
run_coroutine_threadsafe(aio_sem.acquire(), loop).result() -> True
locked: True
acquire() from another thread's loop -> RuntimeError: <asyncio.locks.BoundedSemaphore object [locked]> is bound to a different event loop

On CPython 3.9 only:

>>> main()
th_sem released by another thread -> acquire(blocking=False): True
run_coroutine_threadsafe(aio_sem.acquire(), loop).result() -> True
locked: True
acquire() from another thread's loop -> RuntimeError: got Future <Future pending> attached to a different loop
"""

# ruff: noqa: E501 (the output above quotes CPython's messages whole, however long)

import asyncio
import re
import threading


def message(error: Exception) -> str:
    """The error's text without memory addresses, and without 3.9's long repr of the task that failed."""
    text = re.sub(r" at 0x[0-9a-fA-F]+", "", str(error))
    return re.sub(r"^Task <.*> (got Future)", r"\1", text)


def threading_side() -> None:
    th_sem = threading.BoundedSemaphore(1)
    th_sem.acquire()
    releaser = threading.Thread(
        target=th_sem.release
    )  # any thread may release a threading.BoundedSemaphore
    releaser.start()
    releaser.join()
    print(
        "th_sem released by another thread -> acquire(blocking=False):",
        th_sem.acquire(blocking=False),
    )


async def asyncio_side() -> None:
    loop = asyncio.get_running_loop()
    aio_sem = asyncio.BoundedSemaphore(1)
    await aio_sem.acquire()
    waiter = asyncio.ensure_future(aio_sem.acquire())
    await asyncio.sleep(
        0
    )  # waiter is now queued: the semaphore has met (and bound to) this loop
    aio_sem.release()
    await waiter
    aio_sem.release()

    def through_the_loop() -> bool:
        # The supported way from a thread: let the semaphore's own loop run the acquire.
        future = asyncio.run_coroutine_threadsafe(aio_sem.acquire(), loop)
        return future.result()

    print(
        "run_coroutine_threadsafe(aio_sem.acquire(), loop).result() ->",
        await asyncio.to_thread(through_the_loop),
    )
    print("locked:", aio_sem.locked())

    def second_loop_in_a_thread() -> str:
        try:
            asyncio.run(
                aio_sem.acquire()
            )  # a new event loop, in another thread, has to wait
        except RuntimeError as error:
            return f"RuntimeError: {message(error)}"
        return "acquired"

    # Last: on 3.9 this attempt leaves a stale waiter in the semaphore, which must not be used again.
    print(
        "acquire() from another thread's loop ->",
        await asyncio.to_thread(second_loop_in_a_thread),
    )


def main() -> None:
    threading_side()
    asyncio.run(asyncio_side())


if __name__ == "__main__":
    main()
