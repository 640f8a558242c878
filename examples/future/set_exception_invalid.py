"""set_exception() with something that is not an exception: asyncio refuses it, concurrent.futures stores it.

On CPython 3.13.4 and later:

>>> main()
asyncio: set_exception(42) -> TypeError: invalid exception object; state: PENDING
asyncio: set_exception(None) -> TypeError: invalid exception object; state: PENDING
asyncio: a false exception, Falsy('boom') -> await raises Falsy: boom
concurrent.futures: set_exception(42) -> stored; state: FINISHED; exception() -> 42
concurrent.futures: ...result() -> TypeError: exceptions must derive from BaseException
concurrent.futures: set_exception(None) -> stored; state: FINISHED; exception() -> None
concurrent.futures: ...result() -> None
concurrent.futures: a false exception, Falsy('boom') -> result() raises Falsy: boom

On CPython 3.9 to 3.13.3:

>>> main()
asyncio: set_exception(42) -> TypeError: invalid exception object; state: PENDING
asyncio: set_exception(None) -> TypeError: invalid exception object; state: PENDING
asyncio: a false exception, Falsy('boom') -> await raises Falsy: boom
concurrent.futures: set_exception(42) -> stored; state: FINISHED; exception() -> 42
concurrent.futures: ...result() -> TypeError: exceptions must derive from BaseException
concurrent.futures: set_exception(None) -> stored; state: FINISHED; exception() -> None
concurrent.futures: ...result() -> None
concurrent.futures: a false exception, Falsy('boom') -> result() returns None
"""

import asyncio
import concurrent.futures


class Falsy(Exception):
    """An exception whose truth value is False (a `__len__` returning 0 does the same)."""

    def __bool__(self) -> bool:
        return False


async def asyncio_side() -> None:
    loop = asyncio.get_running_loop()
    for bad in (42, None):
        aio_future = loop.create_future()
        try:
            aio_future.set_exception(bad)  # type: ignore[arg-type]
        except TypeError as exc:
            state = aio_future._state  # type: ignore[attr-defined]
            print(
                f"asyncio: set_exception({bad!r}) -> TypeError: {exc}; state: {state}"
            )
        aio_future.cancel()
    aio_future = loop.create_future()
    aio_future.set_exception(Falsy("boom"))
    try:
        await aio_future
    except Falsy as exc:
        print(f"asyncio: a false exception, {exc!r} -> await raises Falsy: {exc}")


def concurrent_side() -> None:
    for bad in (42, None):
        cf_future: concurrent.futures.Future[None] = concurrent.futures.Future()
        cf_future.set_exception(bad)  # type: ignore[arg-type]
        state = cf_future._state  # type: ignore[attr-defined]
        stored = cf_future.exception()
        print(
            f"concurrent.futures: set_exception({bad!r}) -> stored; state: {state}; exception() -> {stored!r}"
        )
        # result() raises only when an exception is stored (`if self._exception:`, from 3.13.4
        # `is not None`): None counts as none, so result() returns the result, None.
        try:
            print(f"concurrent.futures: ...result() -> {cf_future.result()!r}")
        except TypeError as exc:
            print(f"concurrent.futures: ...result() -> TypeError: {exc}")
    # An exception whose bool() is False: up to 3.13.3 `if self._exception:` takes it for no exception at all.
    cf_future = concurrent.futures.Future()
    cf_future.set_exception(Falsy("boom"))
    try:
        print(
            f"concurrent.futures: a false exception, Falsy('boom') -> result() returns {cf_future.result()!r}"
        )
    except Falsy as exc:
        print(
            f"concurrent.futures: a false exception, {exc!r} -> result() raises Falsy: {exc}"
        )


def main() -> None:
    asyncio.run(asyncio_side())
    concurrent_side()


if __name__ == "__main__":
    main()
