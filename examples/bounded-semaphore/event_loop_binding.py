"""An asyncio.BoundedSemaphore binds to the event loop of its first contended use; no more loop= since 3.10

On CPython 3.11 and later:

>>> main()
asyncio.BoundedSemaphore(1, loop=...) -> TypeError: BoundedSemaphore.__init__() got an unexpected keyword argument 'loop'
created in loop 1, contended in loop 2 -> ok
contended again in loop 3 -> RuntimeError: <asyncio.locks.BoundedSemaphore object [locked]> is bound to a different event loop

On CPython 3.10 only:

>>> main()
asyncio.BoundedSemaphore(1, loop=...) -> TypeError: As of 3.10, the *loop* parameter was removed from BoundedSemaphore() since it is no longer necessary
created in loop 1, contended in loop 2 -> ok
contended again in loop 3 -> RuntimeError: <asyncio.locks.BoundedSemaphore object [locked]> is bound to a different event loop

On CPython 3.9 only:

>>> main()
asyncio.BoundedSemaphore(1, loop=...) -> accepted, DeprecationWarning: The loop argument is deprecated since Python 3.8, and scheduled for removal in Python 3.10.
created in loop 1, contended in loop 2 -> RuntimeError: got Future <Future pending> attached to a different loop
contended again in loop 3 -> RuntimeError: got Future <Future pending> attached to a different loop
"""

# ruff: noqa: E501 (the output above quotes CPython's messages whole, however long)

import asyncio
import re
import warnings


def message(error: Exception) -> str:
    """The error's text without memory addresses, and without 3.9's long repr of the task that failed."""
    text = re.sub(r" at 0x[0-9a-fA-F]+", "", str(error))
    return re.sub(r"^Task <.*> (got Future)", r"\1", text)


async def contend(aio_sem: asyncio.BoundedSemaphore) -> str:
    """Take the one slot while another task waits for it: the semaphore needs its loop for that wait."""
    try:
        await aio_sem.acquire()
        waiter = asyncio.ensure_future(aio_sem.acquire())
        await asyncio.sleep(0)
        aio_sem.release()
        await waiter
    except RuntimeError as error:
        return f"RuntimeError: {message(error)}"
    aio_sem.release()
    return "ok"


async def make_semaphore() -> asyncio.BoundedSemaphore:
    return asyncio.BoundedSemaphore(
        1
    )  # created while this loop runs, but not used in it


async def with_loop_argument() -> str:
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        try:
            asyncio.BoundedSemaphore(1, loop=asyncio.get_running_loop())
        except TypeError as error:
            return f"TypeError: {error}"
    return f"accepted, {caught[0].category.__name__}: {caught[0].message}"


def main() -> None:
    print("asyncio.BoundedSemaphore(1, loop=...) ->", asyncio.run(with_loop_argument()))
    aio_sem = asyncio.run(make_semaphore())
    print("created in loop 1, contended in loop 2 ->", asyncio.run(contend(aio_sem)))
    print("contended again in loop 3 ->", asyncio.run(contend(aio_sem)))


if __name__ == "__main__":
    main()
