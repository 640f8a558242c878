"""asyncio.wrap_future(): an asyncio future that mirrors a concurrent one, cancellation included, both ways.

On CPython 3.14 and later:

>>> main()
result crosses over: 42
cancelling the asyncio wrapper cancels the concurrent future: True
cancelling the concurrent future cancels the asyncio wrapper: True
a running concurrent future ignores the wrapper's cancel(): True
cf_future.set_result(7) in the loop's thread -> wrapper done before the next loop turn: True

On CPython 3.9 to 3.13:

>>> main()
result crosses over: 42
cancelling the asyncio wrapper cancels the concurrent future: True
cancelling the concurrent future cancels the asyncio wrapper: True
a running concurrent future ignores the wrapper's cancel(): True
cf_future.set_result(7) in the loop's thread -> wrapper done before the next loop turn: False
"""

import asyncio
import concurrent.futures


async def bridge() -> None:
    done: concurrent.futures.Future[int] = concurrent.futures.Future()
    done.set_result(42)
    print("result crosses over:", await asyncio.wrap_future(done))

    cf_future: concurrent.futures.Future[int] = concurrent.futures.Future()
    wrapper = asyncio.wrap_future(cf_future)
    wrapper.cancel()
    await asyncio.sleep(
        0
    )  # the wrapper's done callback runs on the loop and cancels cf_future
    print(
        "cancelling the asyncio wrapper cancels the concurrent future:",
        cf_future.cancelled(),
    )

    cf_future = concurrent.futures.Future()
    wrapper = asyncio.wrap_future(cf_future)
    cf_future.cancel()  # the callback asks the loop, thread-safely, to copy the state
    await asyncio.sleep(0)
    print(
        "cancelling the concurrent future cancels the asyncio wrapper:",
        wrapper.cancelled(),
    )

    cf_future = concurrent.futures.Future()
    cf_future.set_running_or_notify_cancel()  # what an executor does when it starts the call
    wrapper = asyncio.wrap_future(cf_future)
    wrapper.cancel()
    await asyncio.sleep(0)
    print(
        "a running concurrent future ignores the wrapper's cancel():",
        cf_future.running(),
    )
    cf_future.set_result(0)

    cf_future = concurrent.futures.Future()
    wrapper = asyncio.wrap_future(cf_future)
    cf_future.set_result(7)  # completed in the loop's own thread, not in a worker
    print(
        "cf_future.set_result(7) in the loop's thread -> wrapper done before the next loop turn:",
        wrapper.done(),
    )
    await wrapper


def main() -> None:
    asyncio.run(bridge())


if __name__ == "__main__":
    main()
