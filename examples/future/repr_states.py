"""repr() and states: asyncio shows the result itself; concurrent.futures shows its type and a RUNNING state.

>>> main()
asyncio: <Future pending>
asyncio: <Future finished result=42>
asyncio: <Future finished exception=ValueError('bad')>
asyncio: <Future cancelled>
concurrent.futures: <Future state=pending>
concurrent.futures: <Future state=running>
concurrent.futures: <Future state=finished returned int>
concurrent.futures: <Future state=finished raised ValueError>
concurrent.futures: <Future state=cancelled>
"""

import asyncio
import concurrent.futures
import re


async def asyncio_side() -> None:
    loop = asyncio.get_running_loop()
    pending, finished, failed, cancelled = (loop.create_future() for _ in range(4))
    finished.set_result(42)
    failed.set_exception(ValueError("bad"))
    failed.exception()
    cancelled.cancel()
    for aio_future in (pending, finished, failed, cancelled):
        print("asyncio:", repr(aio_future))
    pending.cancel()


def main() -> None:
    asyncio.run(asyncio_side())
    pending, running, finished, failed, cancelled = (
        concurrent.futures.Future() for _ in range(5)
    )
    running.set_running_or_notify_cancel()
    finished.set_result(42)
    failed.set_exception(ValueError("bad"))
    cancelled.cancel()
    for cf_future in (pending, running, finished, failed, cancelled):
        # The repr holds a memory address: drop it.
        print("concurrent.futures:", re.sub(r" at 0x[0-9a-f]+", "", repr(cf_future)))


if __name__ == "__main__":
    main()
