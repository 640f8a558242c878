"""__iter__: an asyncio future is also an iterator (for yield from); a concurrent future is not.

>>> main()
asyncio: next(iter(pending future)) yields the future itself: True
asyncio: next(iter(done future)) raises StopIteration carrying the result: 42
concurrent.futures: iter(cf_future) -> TypeError: 'Future' object is not iterable
"""

import asyncio
import concurrent.futures


async def iterate_asyncio_futures() -> None:
    loop = asyncio.get_running_loop()
    # While pending, the iterator hands the future to whoever drives it (a Task) and waits to be resumed.
    pending = loop.create_future()
    print(
        "asyncio: next(iter(pending future)) yields the future itself:",
        next(iter(pending)) is pending,
    )
    pending.cancel()

    # Once done, the iterator returns at once: the result travels in StopIteration, as with `yield from`.
    done = loop.create_future()
    done.set_result(42)
    try:
        next(iter(done))
    except StopIteration as stop:
        print(
            "asyncio: next(iter(done future)) raises StopIteration carrying the result:",
            stop.value,
        )


def main() -> None:
    asyncio.run(iterate_asyncio_futures())

    cf_future: concurrent.futures.Future[int] = concurrent.futures.Future()
    try:
        iter(cf_future)  # type: ignore[call-overload]
    except TypeError as exc:
        print("concurrent.futures: iter(cf_future) -> TypeError:", exc)


if __name__ == "__main__":
    main()
