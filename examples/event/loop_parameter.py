"""The loop= parameter: deprecated in 3.8, refused with a message in 3.10, unknown from 3.11.

On CPython 3.11 and later:

>>> main()
asyncio: asyncio.Event(loop=loop) -> TypeError: Event.__init__() got an unexpected keyword argument 'loop'
asyncio: asyncio.Event() created in a coroutine, set by the running loop -> await wait() returns True
threading: inspect.signature(threading.Event) -> ()

On CPython 3.10 only:

>>> main()
asyncio: asyncio.Event(loop=loop) -> TypeError: As of 3.10, the *loop* parameter was removed from Event() since it is no longer necessary
asyncio: asyncio.Event() created in a coroutine, set by the running loop -> await wait() returns True
threading: inspect.signature(threading.Event) -> ()

On CPython 3.9 only:

>>> main()
asyncio: asyncio.Event(loop=loop) -> an Event, with DeprecationWarning: The loop argument is deprecated since Python 3.8, and scheduled for removal in Python 3.10.
asyncio: asyncio.Event() created in a coroutine, set by the running loop -> await wait() returns True
threading: inspect.signature(threading.Event) -> ()
"""  # noqa: E501

import asyncio
import inspect
import threading
import warnings


async def wait_for_event() -> bool:
    aio_event = asyncio.Event()  # no loop argument: it finds the running loop itself
    asyncio.get_running_loop().call_soon(aio_event.set)
    return await aio_event.wait()


def main() -> None:
    loop = asyncio.new_event_loop()
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        try:
            asyncio.Event(loop=loop)  # type: ignore[call-arg]
            print(
                f"asyncio: asyncio.Event(loop=loop) -> an Event, with"
                f" {caught[0].category.__name__}: {caught[0].message}"
            )
        except TypeError as exc:
            print("asyncio: asyncio.Event(loop=loop) -> TypeError:", exc)
    loop.close()

    result = asyncio.run(wait_for_event())
    print(
        "asyncio: asyncio.Event() created in a coroutine, set by the running loop -> await wait() returns",
        result,
    )
    print(
        "threading: inspect.signature(threading.Event) ->",
        inspect.signature(threading.Event),
    )


if __name__ == "__main__":
    main()
