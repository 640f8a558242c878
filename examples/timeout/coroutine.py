"""A coroutine: wait_for runs it as a task; concurrent.futures has nothing to run it on.

>>> main()
asyncio.wait_for(coroutine, 1) -> 1
concurrent.futures.wait([coroutine], timeout=1) -> AttributeError: 'coroutine' object has no attribute '_condition'
"""

import asyncio
import concurrent.futures


async def work() -> int:
    return 1


def main() -> None:
    print("asyncio.wait_for(coroutine, 1) ->", asyncio.run(asyncio.wait_for(work(), 1)))
    coroutine = work()
    try:
        concurrent.futures.wait([coroutine], timeout=1)  # type: ignore[list-item]
    except AttributeError as exc:
        print("concurrent.futures.wait([coroutine], timeout=1) -> AttributeError:", exc)
    finally:
        coroutine.close()


if __name__ == "__main__":
    main()
