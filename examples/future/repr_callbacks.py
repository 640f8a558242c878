"""repr(): asyncio shows the callbacks and, in debug mode, where the future was created; concurrent.futures neither.

>>> main()
asyncio: <Future pending cb=[on_done() at repr_callbacks.py:<line>]>
asyncio: <Future pending cb=[on_done() at repr_callbacks.py:<line>, <2 more>, log_done() at repr_callbacks.py:<line>]>
asyncio, debug mode: <Future pending created at repr_callbacks.py:<line>>
concurrent.futures: <Future at 0x... state=pending>
"""

import asyncio
import concurrent.futures
import os
import re


def on_done(future: object) -> None:
    pass


def log_done(future: object) -> None:
    pass


def readable(text: str) -> str:
    """Keep file names, drop what varies between machines: folders, line numbers, addresses."""
    text = re.sub(
        r" at (\S+?):\d+",
        lambda match: f" at {os.path.basename(match[1])}:<line>",
        text,
    )
    return re.sub(r"0x[0-9a-f]+", "0x...", text)


async def asyncio_side() -> None:
    aio_future = asyncio.get_running_loop().create_future()
    aio_future.add_done_callback(on_done)
    print("asyncio:", readable(repr(aio_future)))
    aio_future.add_done_callback(on_done)
    aio_future.add_done_callback(on_done)
    aio_future.add_done_callback(log_done)
    # reprlib-style: the first and the last callback, and how many are left out between them.
    print("asyncio:", readable(repr(aio_future)))
    aio_future.cancel()


async def debug_side() -> None:
    # In debug mode every future records the stack where it was created (its _source_traceback).
    # asyncio.Future() is created here; loop.create_future() would name asyncio's own base_events.py.
    aio_future: asyncio.Future[None] = asyncio.Future()
    print("asyncio, debug mode:", readable(repr(aio_future)))
    aio_future.cancel()


def main() -> None:
    asyncio.run(asyncio_side())
    asyncio.run(debug_side(), debug=True)
    cf_future: concurrent.futures.Future[None] = concurrent.futures.Future()
    cf_future.add_done_callback(on_done)
    print("concurrent.futures:", readable(repr(cf_future)))


if __name__ == "__main__":
    main()
