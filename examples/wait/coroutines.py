"""A coroutine given to wait(): wrapped with a warning, then refused, in asyncio; never accepted in concurrent.futures.

On CPython 3.11 and later:

>>> main()
await asyncio.wait([coroutine]) -> TypeError: Passing coroutines is forbidden, use tasks explicitly.
await asyncio.wait([asyncio.ensure_future(coroutine)]) -> done: [1]
concurrent.futures.wait([coroutine]) -> AttributeError: 'coroutine' object has no attribute '_condition'

On CPython 3.9 to 3.10:

>>> main()
await asyncio.wait([coroutine]) -> done: [1]
  with DeprecationWarning
await asyncio.wait([asyncio.ensure_future(coroutine)]) -> done: [1]
concurrent.futures.wait([coroutine]) -> AttributeError: 'coroutine' object has no attribute '_condition'
"""

import asyncio
import concurrent.futures
import warnings


async def work() -> int:
    return 1


async def wait_for_a_coroutine() -> None:
    coroutine = work()
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        try:
            done, _ = await asyncio.wait([coroutine])
            print(
                "await asyncio.wait([coroutine]) -> done:",
                [task.result() for task in done],
            )
        except TypeError as exc:
            print("await asyncio.wait([coroutine]) -> TypeError:", exc)
        finally:
            coroutine.close()
    for warning in caught:
        print("  with", warning.category.__name__)
    # What works everywhere: make it a task first.
    task = asyncio.ensure_future(work())
    done, _ = await asyncio.wait([task])
    print(
        "await asyncio.wait([asyncio.ensure_future(coroutine)]) -> done:",
        [task.result() for task in done],
    )


def main() -> None:
    asyncio.run(wait_for_a_coroutine())
    coroutine = work()
    try:
        concurrent.futures.wait([coroutine])  # type: ignore[list-item]
    except AttributeError as exc:
        print("concurrent.futures.wait([coroutine]) -> AttributeError:", exc)
    finally:
        coroutine.close()


if __name__ == "__main__":
    main()
