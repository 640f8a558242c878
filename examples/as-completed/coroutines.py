"""Coroutines given to as_completed(): run as tasks in asyncio, refused in concurrent.futures.

>>> main()
asyncio.as_completed([coroutine, coroutine]) -> results [1, 2]
concurrent.futures.as_completed([coroutine]) -> AttributeError: 'coroutine' object has no attribute '_condition'
"""

import asyncio
import concurrent.futures


async def work(value: int) -> int:
    return value


async def complete_coroutines() -> None:
    results = [await item for item in asyncio.as_completed([work(1), work(2)])]
    print("asyncio.as_completed([coroutine, coroutine]) -> results", sorted(results))


def main() -> None:
    asyncio.run(complete_coroutines())
    coroutine = work(3)
    try:
        list(concurrent.futures.as_completed([coroutine]))  # type: ignore[list-item]
    except AttributeError as exc:
        print("concurrent.futures.as_completed([coroutine]) -> AttributeError:", exc)
    finally:
        coroutine.close()


if __name__ == "__main__":
    main()
