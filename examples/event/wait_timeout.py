"""A timeout for wait(): a parameter in threading, asyncio.wait_for() or asyncio.timeout() in asyncio.

On CPython 3.11 and later:

>>> main()
asyncio: aio_event.wait(timeout=0.01) -> TypeError: Event.wait() got an unexpected keyword argument 'timeout'
asyncio: await asyncio.wait_for(waiter, 0.01) -> builtins.TimeoutError
asyncio: waiter.cancelled() -> True; aio_event.is_set() -> False
asyncio: async with asyncio.timeout(0.01): await aio_event.wait() -> builtins.TimeoutError
asyncio: the line after the await ran: False; task.cancelling() -> 0, the task goes on
threading: th_event.wait(0.01) -> False

On CPython 3.10 only:

>>> main()
asyncio: aio_event.wait(timeout=0.01) -> TypeError: Event.wait() got an unexpected keyword argument 'timeout'
asyncio: await asyncio.wait_for(waiter, 0.01) -> asyncio.exceptions.TimeoutError
asyncio: waiter.cancelled() -> True; aio_event.is_set() -> False
asyncio: asyncio.timeout() -> AttributeError: module 'asyncio' has no attribute 'timeout'
threading: th_event.wait(0.01) -> False

On CPython 3.9 only:

>>> main()
asyncio: aio_event.wait(timeout=0.01) -> TypeError: wait() got an unexpected keyword argument 'timeout'
asyncio: await asyncio.wait_for(waiter, 0.01) -> asyncio.exceptions.TimeoutError
asyncio: waiter.cancelled() -> True; aio_event.is_set() -> False
asyncio: asyncio.timeout() -> AttributeError: module 'asyncio' has no attribute 'timeout'
threading: th_event.wait(0.01) -> False
"""

import asyncio
import threading


def name(exc: BaseException) -> str:
    return f"{type(exc).__module__}.{type(exc).__qualname__}"


async def asyncio_side() -> None:
    aio_event = asyncio.Event()
    try:
        await aio_event.wait(timeout=0.01)  # type: ignore[call-arg]
    except TypeError as exc:
        print("asyncio: aio_event.wait(timeout=0.01) -> TypeError:", exc)

    # wait_for: on timeout it cancels what it waits for, then raises TimeoutError.
    waiter = asyncio.ensure_future(aio_event.wait())
    try:
        await asyncio.wait_for(waiter, 0.01)
    except asyncio.TimeoutError as exc:
        print("asyncio: await asyncio.wait_for(waiter, 0.01) ->", name(exc))
    print(
        f"asyncio: waiter.cancelled() -> {waiter.cancelled()}; aio_event.is_set() -> {aio_event.is_set()}"
    )

    # asyncio.timeout (3.11+): cancels the current task at the deadline, and turns that
    # cancellation into TimeoutError when the block exits.
    try:
        timeout = asyncio.timeout  # new in 3.11
    except AttributeError as exc:
        print("asyncio: asyncio.timeout() -> AttributeError:", exc)
        return
    reached = False
    try:
        async with timeout(0.01):
            await aio_event.wait()
            reached = True
    except TimeoutError as exc:
        print(
            "asyncio: async with asyncio.timeout(0.01): await aio_event.wait() ->",
            name(exc),
        )
    task = asyncio.current_task()
    assert task is not None
    print(
        f"asyncio: the line after the await ran: {reached}; task.cancelling() -> {task.cancelling()}, the task goes on"
    )


def main() -> None:
    asyncio.run(asyncio_side())

    th_event = threading.Event()
    print("threading: th_event.wait(0.01) ->", th_event.wait(0.01))


if __name__ == "__main__":
    main()
