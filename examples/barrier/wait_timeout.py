"""A timeout for wait(): in threading it breaks the barrier; asyncio.wait_for() in asyncio leaves it intact.

On CPython 3.11 and later:

>>> main()
asyncio: aio_barrier.wait(timeout=0.01) -> TypeError: Barrier.wait() got an unexpected keyword argument 'timeout'
asyncio: await asyncio.wait_for(aio_barrier.wait(), 0.01) -> builtins.TimeoutError
asyncio: afterwards aio_barrier.broken -> False, n_waiting -> 0
threading: th_barrier.wait(timeout=0.01) -> threading.BrokenBarrierError
threading: afterwards th_barrier.broken -> True
threading: threading.Barrier(2, timeout=0.01).wait() -> threading.BrokenBarrierError

On CPython 3.9 to 3.10:

>>> main()
asyncio: asyncio.Barrier -> AttributeError: module 'asyncio' has no attribute 'Barrier'
threading: th_barrier.wait(timeout=0.01) -> threading.BrokenBarrierError
threading: afterwards th_barrier.broken -> True
threading: threading.Barrier(2, timeout=0.01).wait() -> threading.BrokenBarrierError
"""

import asyncio
import threading


def name(exc: BaseException) -> str:
    return f"{type(exc).__module__}.{type(exc).__qualname__}"


async def asyncio_side() -> None:
    aio_barrier = asyncio.Barrier(
        2
    )  # only one task will come: every wait below times out
    try:
        await aio_barrier.wait(timeout=0.01)  # type: ignore[call-arg]
    except TypeError as exc:
        print("asyncio: aio_barrier.wait(timeout=0.01) -> TypeError:", exc)
    try:
        await asyncio.wait_for(aio_barrier.wait(), 0.01)
    except asyncio.TimeoutError as exc:
        print("asyncio: await asyncio.wait_for(aio_barrier.wait(), 0.01) ->", name(exc))
    # The cancelled wait() left the barrier: it is not broken, and no one is counted as waiting.
    print(
        f"asyncio: afterwards aio_barrier.broken -> {aio_barrier.broken}, n_waiting -> {aio_barrier.n_waiting}"
    )


def main() -> None:
    try:
        asyncio.Barrier  # noqa: B018  # new in 3.11
    except AttributeError as exc:
        print("asyncio: asyncio.Barrier -> AttributeError:", exc)
    else:
        asyncio.run(asyncio_side())

    th_barrier = threading.Barrier(2)
    try:
        th_barrier.wait(timeout=0.01)
    except threading.BrokenBarrierError as exc:
        print("threading: th_barrier.wait(timeout=0.01) ->", name(exc))
    print("threading: afterwards th_barrier.broken ->", th_barrier.broken)

    try:
        threading.Barrier(2, timeout=0.01).wait()  # the default timeout of every wait()
    except threading.BrokenBarrierError as exc:
        print("threading: threading.Barrier(2, timeout=0.01).wait() ->", name(exc))


if __name__ == "__main__":
    main()
