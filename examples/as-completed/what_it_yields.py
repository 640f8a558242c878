"""as_completed() yields your futures in concurrent.futures, new awaitables in asyncio (3.13+: async for).

On CPython 3.13 and later:

>>> main()
asyncio.as_completed(...) is a _AsCompletedIterator
for: got the task itself: False | await it -> 1
async for: got the task itself: True | result -> 1
concurrent.futures: got the future itself: True | result -> 1

On CPython 3.9 to 3.12:

>>> main()
asyncio.as_completed(...) is a generator
for: got the task itself: False | await it -> 1
async for: not supported (no __aiter__)
concurrent.futures: got the future itself: True | result -> 1
"""

import asyncio
import concurrent.futures


async def work(value: int) -> int:
    return value


async def iterate_asyncio() -> None:
    aio_task = asyncio.ensure_future(work(1))
    iterator = asyncio.as_completed([aio_task])
    print("asyncio.as_completed(...) is a", type(iterator).__name__)
    for item in iterator:
        # A new awaitable each time, in completion order: not the task that was passed in.
        print(
            "for: got the task itself:", item is aio_task, "| await it ->", await item
        )
    if hasattr(iterator, "__aiter__"):
        async for item in asyncio.as_completed([aio_task]):  # type: ignore[attr-defined]
            print(
                "async for: got the task itself:",
                item is aio_task,
                "| result ->",
                item.result(),
            )
    else:
        print("async for: not supported (no __aiter__)")


def main() -> None:
    asyncio.run(iterate_asyncio())
    with concurrent.futures.ThreadPoolExecutor(max_workers=1) as executor:
        cf_future = executor.submit(int, "1")
        for item in concurrent.futures.as_completed([cf_future]):
            print(
                "concurrent.futures: got the future itself:",
                item is cf_future,
                "| result ->",
                item.result(),
            )


if __name__ == "__main__":
    main()
