"""set_exception(StopIteration()): asyncio refuses or converts a StopIteration; concurrent.futures stores it.

On CPython 3.13 and later:

>>> main()
asyncio: set_exception(StopIteration()) -> stored; exception() -> RuntimeError, __cause__ StopIteration()
asyncio: set_exception(MyStop()) -> stored; exception() -> RuntimeError, __cause__ MyStop()
concurrent.futures: set_exception(StopIteration()) -> stored; exception() -> StopIteration()

On CPython 3.9 to 3.12:

>>> main()
asyncio: set_exception(StopIteration()) -> TypeError; state: PENDING
  StopIteration interacts badly with generators and cannot be raised into a Future
asyncio: set_exception(MyStop()) -> stored; exception() -> MyStop(), __cause__ None
concurrent.futures: set_exception(StopIteration()) -> stored; exception() -> StopIteration()
"""

import asyncio
import concurrent.futures


class MyStop(StopIteration):
    """A subclass: 3.9-3.12 test `type(exception) is StopIteration`, 3.13 tests isinstance()."""


async def asyncio_side() -> None:
    loop = asyncio.get_running_loop()
    for stop in (StopIteration(), MyStop()):
        aio_future = loop.create_future()
        try:
            aio_future.set_exception(stop)
        except TypeError as exc:
            state = aio_future._state  # type: ignore[attr-defined]
            print(f"asyncio: set_exception({stop!r}) -> TypeError; state: {state}")
            print(" ", exc)
            aio_future.cancel()
            continue
        stored = aio_future.exception()
        cause = stored.__cause__ if stored is not None else None
        # 3.13 (gh-112182) stores a RuntimeError whose __cause__ is the StopIteration.
        shown = (
            type(stored).__name__ if isinstance(stored, RuntimeError) else repr(stored)
        )
        print(
            f"asyncio: set_exception({stop!r}) -> stored; exception() -> {shown}, __cause__ {cause!r}"
        )


def main() -> None:
    asyncio.run(asyncio_side())
    cf_future: concurrent.futures.Future[None] = concurrent.futures.Future()
    cf_future.set_exception(StopIteration())
    print(
        f"concurrent.futures: set_exception(StopIteration()) -> stored; exception() -> {cf_future.exception()!r}"
    )


if __name__ == "__main__":
    main()
