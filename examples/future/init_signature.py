"""The constructor: asyncio.Future(*, loop=None) takes a keyword-only loop; concurrent.futures.Future() takes nothing.

>>> main()
asyncio: Future(loop) -> TypeError
asyncio: Future(loop=loop).get_loop() is loop: True
concurrent.futures: Future(loop=loop) -> TypeError
concurrent.futures: Future() -> pending: True
"""

import asyncio
import concurrent.futures


async def construct() -> None:
    loop = asyncio.get_running_loop()
    try:
        asyncio.Future(loop)  # type: ignore[misc]
    except TypeError:
        print("asyncio: Future(loop) -> TypeError")
    # Prefer loop.create_future(): an event loop may supply its own Future class.
    aio_future = asyncio.Future(loop=loop)
    print(
        "asyncio: Future(loop=loop).get_loop() is loop:", aio_future.get_loop() is loop
    )
    try:
        concurrent.futures.Future(loop=loop)  # type: ignore[call-arg]
    except TypeError:
        print("concurrent.futures: Future(loop=loop) -> TypeError")
    aio_future.cancel()


def main() -> None:
    asyncio.run(construct())
    print(
        "concurrent.futures: Future() -> pending:",
        not concurrent.futures.Future().done(),
    )


if __name__ == "__main__":
    main()
