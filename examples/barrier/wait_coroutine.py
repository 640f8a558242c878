"""wait(): a coroutine in asyncio, a blocking call in threading; both return the arrival index.

On CPython 3.11 and later:

>>> main()
asyncio: aio_barrier.wait() returns a coroutine object (Barrier.wait); nothing waits yet
asyncio: tasks arriving in the order a, b, c -> {'a': 0, 'b': 1, 'c': 2}
threading: threads arriving in the order a, b, c -> {'a': 0, 'b': 1, 'c': 2}

On CPython 3.9 to 3.10:

>>> main()
asyncio: asyncio.Barrier -> AttributeError: module 'asyncio' has no attribute 'Barrier'
threading: threads arriving in the order a, b, c -> {'a': 0, 'b': 1, 'c': 2}
"""

import asyncio
import threading
import time


async def asyncio_side() -> None:
    aio_barrier = asyncio.Barrier(3)
    coroutine = aio_barrier.wait()
    print(
        f"asyncio: aio_barrier.wait() returns a coroutine object ({coroutine.__qualname__}); nothing waits yet"
    )
    coroutine.close()

    indexes: dict[str, int] = {}

    async def arrive(name: str) -> None:
        indexes[name] = await aio_barrier.wait()

    await asyncio.gather(
        arrive("a"), arrive("b"), arrive("c")
    )  # gather starts them in this order
    print(
        "asyncio: tasks arriving in the order a, b, c ->", dict(sorted(indexes.items()))
    )


def main() -> None:
    try:
        asyncio.Barrier  # noqa: B018  # new in 3.11
    except AttributeError as exc:
        print("asyncio: asyncio.Barrier -> AttributeError:", exc)
    else:
        asyncio.run(asyncio_side())

    th_barrier = threading.Barrier(3)
    indexes: dict[str, int] = {}

    def arrive(name: str) -> None:
        indexes[name] = th_barrier.wait()

    workers = []
    for name in ("a", "b", "c"):
        worker = threading.Thread(target=arrive, args=(name,))
        worker.start()
        workers.append(worker)
        # Let each thread arrive before the next one starts, so the order is known.
        while th_barrier.n_waiting < len(workers) and worker.is_alive():
            time.sleep(0.001)
    for worker in workers:
        worker.join()
    print(
        "threading: threads arriving in the order a, b, c ->",
        dict(sorted(indexes.items())),
    )


if __name__ == "__main__":
    main()
