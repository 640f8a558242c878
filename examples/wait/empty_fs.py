"""wait() with no futures: ValueError in asyncio, two empty sets in concurrent.futures.

On CPython 3.11 and later:

>>> main()
concurrent.futures.wait([]) -> DoneAndNotDoneFutures(done=set(), not_done=set())
await asyncio.wait([]) -> ValueError: Set of Tasks/Futures is empty.

On CPython 3.9 to 3.10:

>>> main()
concurrent.futures.wait([]) -> DoneAndNotDoneFutures(done=set(), not_done=set())
await asyncio.wait([]) -> ValueError: Set of coroutines/Futures is empty.
"""

import asyncio
import concurrent.futures


def main() -> None:
    print("concurrent.futures.wait([]) ->", concurrent.futures.wait([]))
    try:
        asyncio.run(asyncio.wait([]))
    except ValueError as exc:
        print("await asyncio.wait([]) -> ValueError:", exc)


if __name__ == "__main__":
    main()
