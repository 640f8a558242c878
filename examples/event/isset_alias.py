"""isSet(): threading's old camelCase alias of is_set(), deprecated since 3.10; asyncio never had it.

On CPython 3.10 and later:

>>> main()
threading: th_event.isSet() -> True
threading: warned: DeprecationWarning: isSet() is deprecated, use is_set() instead
threading: th_event.is_set() -> True
asyncio: aio_event.isSet() -> AttributeError: 'Event' object has no attribute 'isSet'
asyncio: aio_event.is_set() -> True

On CPython 3.9 only:

>>> main()
threading: th_event.isSet() -> True
threading: warned: nothing
threading: th_event.is_set() -> True
asyncio: aio_event.isSet() -> AttributeError: 'Event' object has no attribute 'isSet'
asyncio: aio_event.is_set() -> True
"""

import asyncio
import threading
import warnings


async def asyncio_side() -> None:
    aio_event = asyncio.Event()
    aio_event.set()
    try:
        aio_event.isSet()  # type: ignore[attr-defined]
    except AttributeError as exc:
        print("asyncio: aio_event.isSet() -> AttributeError:", exc)
    print("asyncio: aio_event.is_set() ->", aio_event.is_set())


def main() -> None:
    th_event = threading.Event()
    th_event.set()
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        print("threading: th_event.isSet() ->", th_event.isSet())
    warned = ", ".join(
        f"{warning.category.__name__}: {warning.message}" for warning in caught
    )
    print("threading: warned:", warned or "nothing")
    print("threading: th_event.is_set() ->", th_event.is_set())

    asyncio.run(asyncio_side())


if __name__ == "__main__":
    main()
