"""abort() and reset(): coroutines in asyncio (a call without await does nothing), plain methods in threading.

On CPython 3.11 and later:

>>> main()
asyncio: aio_barrier.abort() without await -> a coroutine object (Barrier.abort); aio_barrier.broken -> False
asyncio: await aio_barrier.abort() -> aio_barrier.broken -> True
asyncio: await aio_barrier.reset() -> aio_barrier.broken -> False
asyncio: a task waiting during await aio_barrier.reset() -> asyncio.exceptions.BrokenBarrierError: Abort or reset of barrier
asyncio: a task waiting during await aio_barrier.abort() -> asyncio.exceptions.BrokenBarrierError: Abort or reset of barrier
threading: th_barrier.abort() -> th_barrier.broken -> True
threading: th_barrier.reset() -> th_barrier.broken -> False
threading: a thread waiting during th_barrier.reset() -> threading.BrokenBarrierError
threading: a thread waiting during th_barrier.abort() -> threading.BrokenBarrierError

On CPython 3.9 to 3.10:

>>> main()
asyncio: asyncio.Barrier -> AttributeError: module 'asyncio' has no attribute 'Barrier'
threading: th_barrier.abort() -> th_barrier.broken -> True
threading: th_barrier.reset() -> th_barrier.broken -> False
threading: a thread waiting during th_barrier.reset() -> threading.BrokenBarrierError
threading: a thread waiting during th_barrier.abort() -> threading.BrokenBarrierError
"""  # noqa: E501

import asyncio
import threading
import time


def name(exc: BaseException) -> str:
    return f"{type(exc).__module__}.{type(exc).__qualname__}"


async def asyncio_side() -> None:
    aio_barrier = asyncio.Barrier(2)
    coroutine = aio_barrier.abort()  # a forgotten await: nothing happens
    print(
        f"asyncio: aio_barrier.abort() without await -> a coroutine object ({coroutine.__qualname__});"
        f" aio_barrier.broken -> {aio_barrier.broken}"
    )
    coroutine.close()
    await aio_barrier.abort()
    print(
        "asyncio: await aio_barrier.abort() -> aio_barrier.broken ->",
        aio_barrier.broken,
    )
    await aio_barrier.reset()
    print(
        "asyncio: await aio_barrier.reset() -> aio_barrier.broken ->",
        aio_barrier.broken,
    )

    for method in ("reset", "abort"):
        waiter = asyncio.ensure_future(aio_barrier.wait())
        await asyncio.sleep(0)  # the waiter is now waiting
        await getattr(aio_barrier, method)()
        try:
            await waiter
        except asyncio.BrokenBarrierError as exc:
            print(
                f"asyncio: a task waiting during await aio_barrier.{method}() -> {name(exc)}: {exc}"
            )


def wait_during(th_barrier: threading.Barrier, method: str) -> str:
    errors: list[BaseException] = []

    def wait() -> None:
        try:
            th_barrier.wait()
        except threading.BrokenBarrierError as exc:
            errors.append(exc)

    worker = threading.Thread(target=wait)
    worker.start()
    while th_barrier.n_waiting < 1:  # until the worker is waiting
        time.sleep(0.001)
    getattr(th_barrier, method)()
    worker.join()
    return name(errors[0])


def main() -> None:
    try:
        asyncio.Barrier  # noqa: B018  # new in 3.11
    except AttributeError as exc:
        print("asyncio: asyncio.Barrier -> AttributeError:", exc)
    else:
        asyncio.run(asyncio_side())

    th_barrier = threading.Barrier(2)
    th_barrier.abort()
    print("threading: th_barrier.abort() -> th_barrier.broken ->", th_barrier.broken)
    th_barrier.reset()
    print("threading: th_barrier.reset() -> th_barrier.broken ->", th_barrier.broken)

    for method in ("reset", "abort"):
        print(
            f"threading: a thread waiting during th_barrier.{method}() ->",
            wait_during(th_barrier, method),
        )


if __name__ == "__main__":
    main()
