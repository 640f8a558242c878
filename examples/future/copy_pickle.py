"""copy and pickle: an asyncio future refuses both; a concurrent future copies into a twin that shares its lock.

>>> main()
asyncio: copy.copy(aio_future) -> TypeError: cannot pickle '_asyncio.Future' object
asyncio: pickle.dumps(aio_future) -> TypeError: cannot pickle '_asyncio.Future' object
concurrent.futures: pickle.dumps(cf_future) -> TypeError: cannot pickle '_thread.RLock' object
concurrent.futures: copy.copy(cf_future) -> a Future; same _condition: True; same callback list: True
concurrent.futures: after copy.set_result(1): original.done() -> False; copy.done() -> True
concurrent.futures: the original's callback got: ['the copy']
"""

import asyncio
import concurrent.futures
import copy
import pickle
from typing import Any, Callable


def attempt(label: str, action: Callable[[], Any]) -> None:
    try:
        action()
    except TypeError as exc:
        print(f"{label} -> TypeError: {exc}")


async def asyncio_side() -> None:
    aio_future = asyncio.get_running_loop().create_future()
    attempt("asyncio: copy.copy(aio_future)", lambda: copy.copy(aio_future))
    attempt("asyncio: pickle.dumps(aio_future)", lambda: pickle.dumps(aio_future))


def main() -> None:
    asyncio.run(asyncio_side())

    original: concurrent.futures.Future[int] = concurrent.futures.Future()
    attempt(
        "concurrent.futures: pickle.dumps(cf_future)", lambda: pickle.dumps(original)
    )
    given: list[object] = []
    original.add_done_callback(given.append)
    # A shallow copy copies the instance's __dict__: the new future shares the condition (its lock),
    # the waiters and the callback list with the original, but has its own state.
    twin = copy.copy(original)
    print(
        f"concurrent.futures: copy.copy(cf_future) -> a {type(twin).__name__};",
        f"same _condition: {twin._condition is original._condition};",  # type: ignore[attr-defined]
        f"same callback list: {twin._done_callbacks is original._done_callbacks}",  # type: ignore[attr-defined]
    )
    twin.set_result(1)
    done = f"original.done() -> {original.done()}; copy.done() -> {twin.done()}"
    print(f"concurrent.futures: after copy.set_result(1): {done}")
    # The shared callback list: the original's callback ran, with the copy as its argument.
    print(
        f"concurrent.futures: the original's callback got: {['the copy' if arg is twin else arg for arg in given]}"
    )


if __name__ == "__main__":
    main()
