"""set_exception() with something that is not an exception: asyncio refuses it, concurrent.futures stores it.

>>> main()
asyncio: set_exception(42) -> TypeError: invalid exception object; state: PENDING
asyncio: set_exception(None) -> TypeError: invalid exception object; state: PENDING
concurrent.futures: set_exception(42) -> stored; state: FINISHED; exception() -> 42
concurrent.futures: ...result() -> TypeError: exceptions must derive from BaseException
concurrent.futures: set_exception(None) -> stored; state: FINISHED; exception() -> None
concurrent.futures: ...result() -> None
"""

import asyncio
import concurrent.futures


async def asyncio_side() -> None:
    loop = asyncio.get_running_loop()
    for bad in (42, None):
        aio_future = loop.create_future()
        try:
            aio_future.set_exception(bad)  # type: ignore[arg-type]
        except TypeError as exc:
            state = aio_future._state  # type: ignore[attr-defined]
            print(f"asyncio: set_exception({bad!r}) -> TypeError: {exc}; state: {state}")
        aio_future.cancel()


def concurrent_side() -> None:
    for bad in (42, None):
        cf_future: concurrent.futures.Future[None] = concurrent.futures.Future()
        cf_future.set_exception(bad)  # type: ignore[arg-type]
        state = cf_future._state  # type: ignore[attr-defined]
        stored = cf_future.exception()
        print(f"concurrent.futures: set_exception({bad!r}) -> stored; state: {state}; exception() -> {stored!r}")
        # result() raises only when an exception is stored (`if self._exception:`, from 3.14
        # `is not None`): None counts as none, so result() returns the result, None.
        try:
            print(f"concurrent.futures: ...result() -> {cf_future.result()!r}")
        except TypeError as exc:
            print(f"concurrent.futures: ...result() -> TypeError: {exc}")


def main() -> None:
    asyncio.run(asyncio_side())
    concurrent_side()


if __name__ == "__main__":
    main()
