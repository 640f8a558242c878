"""asyncio.Queue and its loop: bound when made on 3.9 (loop=), when first used from 3.10.

On CPython 3.11 and later:

>>> main()
asyncio.Queue parameters: ['maxsize']
asyncio.Queue(loop=None) -> TypeError
   Queue.__init__() got an unexpected keyword argument 'loop'
asyncio.Queue() outside a running loop -> made; used in asyncio.run(): item

On CPython 3.10 only:

>>> main()
asyncio.Queue parameters: ['maxsize', 'loop']
asyncio.Queue(loop=None) -> TypeError
   As of 3.10, the *loop* parameter was removed from Queue() since it is no longer necessary
asyncio.Queue() outside a running loop -> made; used in asyncio.run(): item

On CPython 3.9 only:

>>> main()
asyncio.Queue parameters: ['maxsize', 'loop']
asyncio.Queue(loop=None) -> accepted
asyncio.Queue() outside a running loop -> RuntimeError: There is no current event loop in thread 'MainThread'.
"""

import asyncio
import inspect


async def put_and_get(aio_queue: "asyncio.Queue[str]") -> str:
    await aio_queue.put("item")
    return await aio_queue.get()


def main() -> None:
    print(
        "asyncio.Queue parameters:", list(inspect.signature(asyncio.Queue).parameters)
    )
    try:
        asyncio.Queue(loop=None)  # type: ignore[call-arg]
        print("asyncio.Queue(loop=None) -> accepted")
    except TypeError as exc:
        print("asyncio.Queue(loop=None) -> TypeError")
        print("  ", exc)
    asyncio.run(
        asyncio.sleep(0)
    )  # an earlier asyncio.run() leaves no current event loop behind
    try:
        aio_queue: asyncio.Queue[str] = asyncio.Queue()  # made outside any running loop
    except RuntimeError as exc:
        print("asyncio.Queue() outside a running loop -> RuntimeError:", exc)
        return
    print(
        "asyncio.Queue() outside a running loop -> made; used in asyncio.run():",
        asyncio.run(put_and_get(aio_queue)),
    )


if __name__ == "__main__":
    main()
