"""action=: threading runs a callable once per cycle before releasing the threads; asyncio has no such parameter.

On CPython 3.11 and later:

>>> main()
asyncio: asyncio.Barrier(2, action=...) -> TypeError: Barrier.__init__() got an unexpected keyword argument 'action'
asyncio: instead, the task that got index 0 does it -> ['housekeeping by a task']
threading: threading.Barrier(2, action=...) ran it once, before any thread went on -> ['housekeeping', 'thread went on', 'thread went on']

On CPython 3.9 to 3.10:

>>> main()
asyncio: asyncio.Barrier -> AttributeError: module 'asyncio' has no attribute 'Barrier'
threading: threading.Barrier(2, action=...) ran it once, before any thread went on -> ['housekeeping', 'thread went on', 'thread went on']
"""  # noqa: E501

import asyncio
import threading


async def asyncio_side() -> None:
    log: list[str] = []
    try:
        asyncio.Barrier(2, action=lambda: log.append("housekeeping"))  # type: ignore[call-arg]
    except TypeError as exc:
        print("asyncio: asyncio.Barrier(2, action=...) -> TypeError:", exc)

    aio_barrier = asyncio.Barrier(2)

    async def arrive() -> None:
        if (
            await aio_barrier.wait() == 0
        ):  # every index 0..parties-1 goes to exactly one task
            log.append("housekeeping by a task")

    await asyncio.gather(arrive(), arrive())
    print("asyncio: instead, the task that got index 0 does it ->", log)


def main() -> None:
    try:
        asyncio.Barrier  # noqa: B018  # new in 3.11
    except AttributeError as exc:
        print("asyncio: asyncio.Barrier -> AttributeError:", exc)
    else:
        asyncio.run(asyncio_side())

    log: list[str] = []
    lock = threading.Lock()
    th_barrier = threading.Barrier(2, action=lambda: log.append("housekeeping"))

    def arrive() -> None:
        th_barrier.wait()
        with lock:
            log.append("thread went on")

    worker = threading.Thread(target=arrive)
    worker.start()
    arrive()
    worker.join()
    print(
        "threading: threading.Barrier(2, action=...) ran it once, before any thread went on ->",
        log,
    )


if __name__ == "__main__":
    main()
