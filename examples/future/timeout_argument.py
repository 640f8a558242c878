"""A timeout for result(): a parameter in concurrent.futures, asyncio.wait_for in asyncio.

On CPython 3.12.2 and later:

>>> main()
asyncio: result(timeout=0.01) -> TypeError
asyncio: exception(timeout=0.01) -> TypeError
asyncio: get_loop(bogus=1) -> TypeError
asyncio: await asyncio.wait_for(future, 0.01) -> TimeoutError
asyncio: after wait_for timed out: aio_future.cancelled() -> True
concurrent.futures: result(timeout=0.01) -> TimeoutError
concurrent.futures: after the timeout: cf_future.done() -> False

On CPython 3.12.0 to 3.12.1:

>>> main()
asyncio: result(timeout=0.01) -> TypeError
asyncio: exception(timeout=0.01) -> InvalidStateError: the keyword was accepted and ignored
asyncio: get_loop(bogus=1) -> returned the loop: the keyword was accepted and ignored
asyncio: await asyncio.wait_for(future, 0.01) -> TimeoutError
asyncio: after wait_for timed out: aio_future.cancelled() -> True
concurrent.futures: result(timeout=0.01) -> TimeoutError
concurrent.futures: after the timeout: cf_future.done() -> False

On CPython 3.9 to 3.11:

>>> main()
asyncio: result(timeout=0.01) -> TypeError
asyncio: exception(timeout=0.01) -> TypeError
asyncio: get_loop(bogus=1) -> TypeError
asyncio: await asyncio.wait_for(future, 0.01) -> TimeoutError
asyncio: after wait_for timed out: aio_future.cancelled() -> True
concurrent.futures: result(timeout=0.01) -> TimeoutError
concurrent.futures: after the timeout: cf_future.done() -> False
"""

import asyncio
import concurrent.futures


async def wait_for_asyncio_future() -> None:
    loop = asyncio.get_running_loop()
    aio_future = loop.create_future()
    try:
        aio_future.result(timeout=0.01)  # type: ignore[call-arg]
    except TypeError:
        print("asyncio: result(timeout=0.01) -> TypeError")
    # gh-115015: on early 3.12 releases the C methods that take no argument but their class
    # (exception, get_loop) checked only positional arguments and silently accepted any keyword.
    try:
        aio_future.exception(timeout=0.01)  # type: ignore[call-arg]
    except TypeError:
        print("asyncio: exception(timeout=0.01) -> TypeError")
    except asyncio.InvalidStateError:
        print(
            "asyncio: exception(timeout=0.01) -> InvalidStateError: the keyword was accepted and ignored"
        )
    try:
        if aio_future.get_loop(bogus=1) is loop:  # type: ignore[call-arg]
            print(
                "asyncio: get_loop(bogus=1) -> returned the loop: the keyword was accepted and ignored"
            )
    except TypeError:
        print("asyncio: get_loop(bogus=1) -> TypeError")
    try:
        await asyncio.wait_for(aio_future, 0.01)
    except asyncio.TimeoutError as exc:
        print("asyncio: await asyncio.wait_for(future, 0.01) ->", type(exc).__name__)
    print(
        "asyncio: after wait_for timed out: aio_future.cancelled() ->",
        aio_future.cancelled(),
    )


def main() -> None:
    asyncio.run(wait_for_asyncio_future())

    cf_future: concurrent.futures.Future[int] = concurrent.futures.Future()
    try:
        cf_future.result(timeout=0.01)
    except concurrent.futures.TimeoutError as exc:
        print("concurrent.futures: result(timeout=0.01) ->", type(exc).__name__)
    print(
        "concurrent.futures: after the timeout: cf_future.done() ->", cf_future.done()
    )


if __name__ == "__main__":
    main()
