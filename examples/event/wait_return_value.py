"""What wait() returns: the flag in threading (False after a timeout), always True in asyncio.

>>> main()
threading: th_event.wait(0.01) on an unset event -> False
threading: th_event.wait() once set -> True
asyncio: timed out with wait_for, nothing is returned: it raises TimeoutError
asyncio: await aio_event.wait() once set -> True
"""

import asyncio
import threading


async def asyncio_side() -> None:
    aio_event = asyncio.Event()
    try:
        result = await asyncio.wait_for(aio_event.wait(), 0.01)
        print("asyncio: timed out with wait_for ->", result)
    except asyncio.TimeoutError as exc:
        print(
            "asyncio: timed out with wait_for, nothing is returned: it raises",
            type(exc).__name__,
        )
    aio_event.set()
    print("asyncio: await aio_event.wait() once set ->", await aio_event.wait())


def main() -> None:
    th_event = threading.Event()
    print("threading: th_event.wait(0.01) on an unset event ->", th_event.wait(0.01))
    th_event.set()
    print("threading: th_event.wait() once set ->", th_event.wait())

    asyncio.run(asyncio_side())


if __name__ == "__main__":
    main()
