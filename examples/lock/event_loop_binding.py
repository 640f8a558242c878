"""An asyncio.Lock belongs to one event loop: the first that makes a task wait on it (no more loop= since 3.10)

On CPython 3.11 and later:

>>> main()
asyncio.Lock(loop=...) -> TypeError: Lock.__init__() got an unexpected keyword argument 'loop'
created in loop 1, contended in loop 2 -> ok
uncontended in loop 3 -> ok
contended again in loop 4 -> RuntimeError: <asyncio.locks.Lock object [locked]> is bound to a different event loop

On CPython 3.10 only:

>>> main()
asyncio.Lock(loop=...) -> TypeError: As of 3.10, the *loop* parameter was removed from Lock() since it is no longer necessary
created in loop 1, contended in loop 2 -> ok
uncontended in loop 3 -> ok
contended again in loop 4 -> RuntimeError: <asyncio.locks.Lock object [locked]> is bound to a different event loop

On CPython 3.9 only:

>>> main()
asyncio.Lock(loop=...) -> accepted, DeprecationWarning: The loop argument is deprecated since Python 3.8, and scheduled for removal in Python 3.10.
created in loop 1, contended in loop 2 -> RuntimeError: got Future <Future pending> attached to a different loop
uncontended in loop 3 -> ok
contended again in loop 4 -> RuntimeError: got Future <Future pending> attached to a different loop
"""

# ruff: noqa: E501 (the output above quotes CPython's messages whole, however long)

import asyncio
import re
import warnings


def message(error: Exception) -> str:
    """The error's text without memory addresses, and without 3.9's long repr of the task that failed."""
    text = re.sub(r" at 0x[0-9a-fA-F]+", "", str(error))
    return re.sub(r"^Task <.*> (got Future)", r"\1", text)


async def contend(aio_lock: asyncio.Lock) -> str:
    """Hold the lock while another task waits for it: the lock needs its loop for that wait."""
    await aio_lock.acquire()
    waiter = asyncio.ensure_future(aio_lock.acquire())
    await asyncio.sleep(0)
    aio_lock.release()
    try:
        await waiter
    except RuntimeError as error:
        return f"RuntimeError: {message(error)}"
    aio_lock.release()
    return "ok"


async def uncontended(aio_lock: asyncio.Lock) -> str:
    async with aio_lock:
        return "ok"


async def make_lock() -> asyncio.Lock:
    return asyncio.Lock()  # created while this loop runs, but not used in it


async def with_loop_argument() -> str:
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        try:
            asyncio.Lock(loop=asyncio.get_running_loop())
        except TypeError as error:
            return f"TypeError: {error}"
    return f"accepted, {caught[0].category.__name__}: {caught[0].message}"


def main() -> None:
    print("asyncio.Lock(loop=...) ->", asyncio.run(with_loop_argument()))
    aio_lock = asyncio.run(make_lock())
    print("created in loop 1, contended in loop 2 ->", asyncio.run(contend(aio_lock)))
    print("uncontended in loop 3 ->", asyncio.run(uncontended(aio_lock)))
    print("contended again in loop 4 ->", asyncio.run(contend(aio_lock)))


if __name__ == "__main__":
    main()
