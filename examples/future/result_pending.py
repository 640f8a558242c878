"""result() on a pending future: asyncio refuses, concurrent.futures waits.

>>> main()
asyncio: result() -> InvalidStateError: Result is not set.
asyncio: exception() -> InvalidStateError: Exception is not set.
concurrent.futures: result(timeout=0.01) -> TimeoutError after waiting
concurrent.futures: exception(timeout=0.01) -> TimeoutError after waiting
concurrent.futures: result() waited for another thread -> 42
"""

import asyncio
import concurrent.futures
import threading


async def ask_pending_asyncio_future() -> None:
    aio_future = asyncio.get_running_loop().create_future()
    for method in (aio_future.result, aio_future.exception):
        try:
            method()
        except asyncio.InvalidStateError as exc:
            print(f"asyncio: {method.__name__}() -> InvalidStateError: {exc}")
    aio_future.cancel()


def main() -> None:
    asyncio.run(ask_pending_asyncio_future())

    cf_future: concurrent.futures.Future[int] = concurrent.futures.Future()
    for method in (cf_future.result, cf_future.exception):
        try:
            method(timeout=0.01)
        except concurrent.futures.TimeoutError:
            print(
                f"concurrent.futures: {method.__name__}(timeout=0.01) -> TimeoutError after waiting"
            )

    # With no timeout, result() blocks this thread until another thread sets the result.
    producer = threading.Thread(target=cf_future.set_result, args=(42,))
    producer.start()
    print(
        "concurrent.futures: result() waited for another thread ->", cf_future.result()
    )
    producer.join()


if __name__ == "__main__":
    main()
