"""set_exception(StopIteration()): asyncio never stores a StopIteration; concurrent.futures does.

>>> main()
asyncio: stores a StopIteration: False
asyncio: handled as documented for this version: True
concurrent.futures: stores a StopIteration: True
"""

import asyncio
import concurrent.futures
import sys


async def asyncio_side() -> None:
    aio_future = asyncio.get_running_loop().create_future()
    try:
        aio_future.set_exception(StopIteration())
        raised = None
    except TypeError as exc:
        raised = exc
    stored = aio_future.exception() if aio_future.done() else None
    print("asyncio: stores a StopIteration:", isinstance(stored, StopIteration))
    if sys.version_info >= (3, 13):
        # gh-112182: stored as a RuntimeError whose __cause__ is the StopIteration.
        as_documented = raised is None and isinstance(stored, RuntimeError)
        as_documented = as_documented and isinstance(stored.__cause__, StopIteration)
    else:
        # 3.9-3.12: TypeError, and the future stays pending.
        as_documented = raised is not None and not aio_future.done()
        aio_future.cancel()
    print("asyncio: handled as documented for this version:", as_documented)


def main() -> None:
    asyncio.run(asyncio_side())
    cf_future: concurrent.futures.Future[None] = concurrent.futures.Future()
    cf_future.set_exception(StopIteration())
    print("concurrent.futures: stores a StopIteration:", isinstance(cf_future.exception(), StopIteration))


if __name__ == "__main__":
    main()
