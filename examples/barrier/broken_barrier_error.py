"""BrokenBarrierError: two different classes, so one except clause does not catch the other's.

On CPython 3.11 and later:

>>> main()
asyncio: wait() on an aborted barrier -> asyncio.exceptions.BrokenBarrierError (RuntimeError > Exception > BaseException), message 'Barrier aborted'
asyncio: except threading.BrokenBarrierError did not catch it; isinstance(exc, RuntimeError) -> True
asyncio: asyncio.BrokenBarrierError is threading.BrokenBarrierError -> False
threading: wait() on an aborted barrier -> threading.BrokenBarrierError (RuntimeError > Exception > BaseException), message ''

On CPython 3.9 to 3.10:

>>> main()
asyncio: asyncio.BrokenBarrierError -> AttributeError: module 'asyncio' has no attribute 'BrokenBarrierError'
threading: wait() on an aborted barrier -> threading.BrokenBarrierError (RuntimeError > Exception > BaseException), message ''
"""  # noqa: E501

import asyncio
import threading


def describe(exc: BaseException) -> str:
    bases = " > ".join(cls.__name__ for cls in type(exc).__mro__[1:-1])
    return f"{type(exc).__module__}.{type(exc).__qualname__} ({bases}), message {str(exc)!r}"


async def asyncio_side() -> None:
    aio_barrier = asyncio.Barrier(2)
    await aio_barrier.abort()
    try:
        try:
            await aio_barrier.wait()
        except threading.BrokenBarrierError:
            print("asyncio: caught by except threading.BrokenBarrierError")
    except asyncio.BrokenBarrierError as exc:
        print("asyncio: wait() on an aborted barrier ->", describe(exc))
        is_runtime_error = isinstance(exc, RuntimeError)
        print(
            f"asyncio: except threading.BrokenBarrierError did not catch it;"
            f" isinstance(exc, RuntimeError) -> {is_runtime_error}"
        )
    same = asyncio.BrokenBarrierError is threading.BrokenBarrierError
    print(
        "asyncio: asyncio.BrokenBarrierError is threading.BrokenBarrierError ->", same
    )


def main() -> None:
    try:
        asyncio.BrokenBarrierError  # noqa: B018  # new in 3.11
    except AttributeError as exc:
        print("asyncio: asyncio.BrokenBarrierError -> AttributeError:", exc)
    else:
        asyncio.run(asyncio_side())

    th_barrier = threading.Barrier(2)
    th_barrier.abort()
    try:
        th_barrier.wait()
    except threading.BrokenBarrierError as exc:
        print("threading: wait() on an aborted barrier ->", describe(exc))


if __name__ == "__main__":
    main()
