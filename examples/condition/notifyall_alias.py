"""notifyAll(): threading's old camelCase alias of notify_all(), deprecated since 3.10; asyncio never had it.

On CPython 3.10 and later:

>>> main()
threading: th_cond.notifyAll() -> None
threading: warned: DeprecationWarning: notifyAll() is deprecated, use notify_all() instead
asyncio: aio_cond.notifyAll() -> AttributeError: 'Condition' object has no attribute 'notifyAll'
asyncio: aio_cond.notify_all() -> None

On CPython 3.9 only:

>>> main()
threading: th_cond.notifyAll() -> None
threading: warned: nothing
asyncio: aio_cond.notifyAll() -> AttributeError: 'Condition' object has no attribute 'notifyAll'
asyncio: aio_cond.notify_all() -> None
"""

import asyncio
import threading
import warnings


async def asyncio_side() -> None:
    aio_cond = asyncio.Condition()
    async with aio_cond:
        try:
            aio_cond.notifyAll()  # type: ignore[attr-defined]
        except AttributeError as exc:
            print("asyncio: aio_cond.notifyAll() -> AttributeError:", exc)
        print("asyncio: aio_cond.notify_all() ->", aio_cond.notify_all())


def main() -> None:
    th_cond = threading.Condition()
    with th_cond, warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        print("threading: th_cond.notifyAll() ->", th_cond.notifyAll())
    warned = ", ".join(
        f"{warning.category.__name__}: {warning.message}" for warning in caught
    )
    print("threading: warned:", warned or "nothing")

    asyncio.run(asyncio_side())


if __name__ == "__main__":
    main()
