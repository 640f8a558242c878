"""asyncio.Future() outside a running loop binds to a loop that may never run; concurrent.futures needs none.

>>> main()
concurrent.futures: Future() needs no loop
asyncio: Future() with no running loop -> bound to a loop that is not running: True
asyncio: warned as documented for this version: True
asyncio: inside a running loop, loop.create_future() is bound to it: True
asyncio: Future() after asyncio.run() has finished -> RuntimeError
"""

import asyncio
import concurrent.futures
import sys
import warnings


async def inside_a_running_loop() -> None:
    loop = asyncio.get_running_loop()
    aio_future = loop.create_future()
    print("asyncio: inside a running loop, loop.create_future() is bound to it:", aio_future.get_loop() is loop)


def main() -> None:
    concurrent.futures.Future()
    print("concurrent.futures: Future() needs no loop")

    # Start from a fresh default policy, as in a new interpreter (no loop set yet in this thread).
    asyncio.set_event_loop_policy(None)
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        aio_future = asyncio.Future()  # asks asyncio.get_event_loop(), which creates a loop here
    loop = aio_future.get_loop()
    print("asyncio: Future() with no running loop -> bound to a loop that is not running:", not loop.is_running())
    categories = [warning.category for warning in caught]
    # 3.9-3.11: silent. 3.12 and 3.13: DeprecationWarning "There is no current event loop".
    # (3.14, per its docs: get_event_loop() raises RuntimeError instead of creating a loop.)
    expected = [DeprecationWarning] if sys.version_info >= (3, 12) else []
    print("asyncio: warned as documented for this version:", categories == expected)
    loop.close()
    asyncio.set_event_loop(None)

    # asyncio.run() leaves "no current loop" behind it: get_event_loop() no longer creates one.
    asyncio.run(inside_a_running_loop())
    try:
        asyncio.Future()
    except RuntimeError:
        print("asyncio: Future() after asyncio.run() has finished -> RuntimeError")


if __name__ == "__main__":
    main()
