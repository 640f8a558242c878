"""wait(): a coroutine in asyncio, a blocking call in threading.

>>> main()
asyncio: aio_event.wait() returns a coroutine object (Event.wait); nothing waits yet
asyncio: dropped without await -> RuntimeWarning: coroutine 'Event.wait' was never awaited
asyncio: await aio_event.wait() -> True once another task called set()
threading: th_event.wait() blocks the calling thread -> True once another thread called set()
"""

import asyncio
import threading
import warnings


async def asyncio_side() -> None:
    aio_event = asyncio.Event()
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        coroutine = (
            aio_event.wait()
        )  # a forgotten await: the mistake this page is about
        print(
            f"asyncio: aio_event.wait() returns a coroutine object ({coroutine.__qualname__}); nothing waits yet"
        )
        del coroutine  # CPython warns when the never-started coroutine is destroyed
    print(
        f"asyncio: dropped without await -> {caught[0].category.__name__}: {caught[0].message}"
    )

    waiter = asyncio.ensure_future(aio_event.wait())
    await asyncio.sleep(0)  # let the waiter start waiting
    aio_event.set()
    print(
        "asyncio: await aio_event.wait() ->",
        await waiter,
        "once another task called set()",
    )


def main() -> None:
    asyncio.run(asyncio_side())

    th_event = threading.Event()
    worker = threading.Thread(target=th_event.set)
    worker.start()
    print(
        "threading: th_event.wait() blocks the calling thread ->",
        th_event.wait(),
        "once another thread called set()",
    )
    worker.join()


if __name__ == "__main__":
    main()
