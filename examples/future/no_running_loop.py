"""asyncio.Future() with no running loop: made silently, with a warning, or refused; concurrent.futures needs no loop.

On CPython 3.14 and later:

>>> main()
concurrent.futures: Future() needs no loop
asyncio, fresh interpreter: Future() -> RuntimeError: There is no current event loop in thread 'MainThread'.
asyncio, fresh interpreter: warnings: none
asyncio: inside a running loop, loop.create_future() is bound to it: True
asyncio: after asyncio.run(), Future() -> RuntimeError: There is no current event loop in thread 'MainThread'.

On CPython 3.12 to 3.13:

>>> main()
concurrent.futures: Future() needs no loop
asyncio, fresh interpreter: Future() -> bound to a new loop, running: False
asyncio, fresh interpreter: warnings: DeprecationWarning: There is no current event loop
asyncio: inside a running loop, loop.create_future() is bound to it: True
asyncio: after asyncio.run(), Future() -> RuntimeError: There is no current event loop in thread 'MainThread'.

On CPython 3.9 to 3.11:

>>> main()
concurrent.futures: Future() needs no loop
asyncio, fresh interpreter: Future() -> bound to a new loop, running: False
asyncio, fresh interpreter: warnings: none
asyncio: inside a running loop, loop.create_future() is bound to it: True
asyncio: after asyncio.run(), Future() -> RuntimeError: There is no current event loop in thread 'MainThread'.
"""

import asyncio
import concurrent.futures
import subprocess
import sys

# Run in a fresh interpreter: its main thread has never had an event loop, as at the start of a program.
FRESH_INTERPRETER = """
import asyncio, warnings
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    try:
        aio_future = asyncio.Future()
    except RuntimeError as exc:
        print("Future() -> RuntimeError:", exc)
    else:
        print("Future() -> bound to a new loop, running:", aio_future.get_loop().is_running())
        aio_future.get_loop().close()
print("warnings:", "; ".join(f"{w.category.__name__}: {w.message}" for w in caught) or "none")
"""


async def inside_a_running_loop() -> None:
    loop = asyncio.get_running_loop()
    aio_future = loop.create_future()
    print(
        "asyncio: inside a running loop, loop.create_future() is bound to it:",
        aio_future.get_loop() is loop,
    )


def main() -> None:
    concurrent.futures.Future()
    print("concurrent.futures: Future() needs no loop")

    fresh = subprocess.run(
        [sys.executable, "-c", FRESH_INTERPRETER],
        capture_output=True,
        text=True,
        check=True,
    )
    for line in fresh.stdout.splitlines():
        print("asyncio, fresh interpreter:", line)

    # asyncio.run() leaves "no current loop" behind it: asyncio.Future() no longer creates one.
    asyncio.run(inside_a_running_loop())
    try:
        asyncio.Future()
    except RuntimeError as exc:
        print("asyncio: after asyncio.run(), Future() -> RuntimeError:", exc)


if __name__ == "__main__":
    main()
