"""The loop= parameter: deprecated in 3.8, refused with a message in 3.10, unknown from 3.11.

On CPython 3.11 and later:

>>> main()
asyncio: asyncio.Condition(loop=loop) -> TypeError: Condition.__init__() got an unexpected keyword argument 'loop'
asyncio: asyncio.Condition() created in a coroutine -> async with works on the running loop: True
threading: inspect.signature(threading.Condition) -> (lock=None)

On CPython 3.10 only:

>>> main()
asyncio: asyncio.Condition(loop=loop) -> TypeError: As of 3.10, the *loop* parameter was removed from Condition() since it is no longer necessary
asyncio: asyncio.Condition() created in a coroutine -> async with works on the running loop: True
threading: inspect.signature(threading.Condition) -> (lock=None)

On CPython 3.9 only:

>>> main()
asyncio: asyncio.Condition(loop=loop) -> a Condition, with DeprecationWarning: The loop argument is deprecated since Python 3.8, and scheduled for removal in Python 3.10.
asyncio: asyncio.Condition() created in a coroutine -> async with works on the running loop: True
threading: inspect.signature(threading.Condition) -> (lock=None)
"""  # noqa: E501

import asyncio
import inspect
import threading
import warnings


async def use_condition() -> bool:
    aio_cond = asyncio.Condition()  # no loop argument: it finds the running loop itself
    async with aio_cond:
        return aio_cond.locked()


def main() -> None:
    loop = asyncio.new_event_loop()
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        try:
            asyncio.Condition(loop=loop)  # type: ignore[call-arg]
            warning = caught[0]
            print(
                f"asyncio: asyncio.Condition(loop=loop) -> a Condition, with"
                f" {warning.category.__name__}: {warning.message}"
            )
        except TypeError as exc:
            print("asyncio: asyncio.Condition(loop=loop) -> TypeError:", exc)
    loop.close()

    result = asyncio.run(use_condition())
    print(
        "asyncio: asyncio.Condition() created in a coroutine -> async with works on the running loop:",
        result,
    )
    print(
        "threading: inspect.signature(threading.Condition) ->",
        inspect.signature(threading.Condition),
    )


if __name__ == "__main__":
    main()
