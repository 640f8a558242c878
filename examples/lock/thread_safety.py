"""asyncio.Lock is not thread-safe: another thread's event loop is refused; a thread goes through its loop

On CPython 3.10 and later:

>>> main()
th_lock released by another thread -> locked: False
acquire() from another thread's loop -> RuntimeError: <asyncio.locks.Lock object [locked, waiters:1]> is bound to a different event loop
run_coroutine_threadsafe(aio_lock.acquire(), loop).result() -> True
locked: True

On CPython 3.9 only:

>>> main()
th_lock released by another thread -> locked: False
acquire() from another thread's loop -> RuntimeError: got Future <Future pending> attached to a different loop
run_coroutine_threadsafe(aio_lock.acquire(), loop).result() -> True
locked: True
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
    th_lock = threading.Lock()
    th_lock.acquire()
    releaser = threading.Thread(
        target=th_lock.release
    )  # any thread may release a threading.Lock
    releaser.start()
    releaser.join()
    print("th_lock released by another thread -> locked:", th_lock.locked())


async def asyncio_side() -> None:
    loop = asyncio.get_running_loop()
    aio_lock = asyncio.Lock()
    await aio_lock.acquire()
    waiter = asyncio.ensure_future(aio_lock.acquire())
    await asyncio.sleep(
        0
    )  # waiter is now queued: the lock has met (and bound to) this loop

    def second_loop_in_a_thread() -> str:
        try:
            asyncio.run(aio_lock.acquire())  # a new event loop, in another thread
        except RuntimeError as error:
            return f"RuntimeError: {message(error)}"
        return "acquired"

    print(
        "acquire() from another thread's loop ->",
        await asyncio.to_thread(second_loop_in_a_thread),
    )
    aio_lock.release()
    await waiter  # the queued task gets the lock, as if nothing had happened
    aio_lock.release()

    def through_the_loop() -> bool:
        # The supported way from a thread: let the lock's own loop run the acquire.
        future = asyncio.run_coroutine_threadsafe(aio_lock.acquire(), loop)
        return future.result()

    print(
        "run_coroutine_threadsafe(aio_lock.acquire(), loop).result() ->",
        await asyncio.to_thread(through_the_loop),
    )
    print("locked:", aio_lock.locked())


def main() -> None:
    threading_side()
    asyncio.run(asyncio_side())


if __name__ == "__main__":
    main()
