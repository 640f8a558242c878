"""asyncio.wrap_future(): an asyncio future that mirrors a concurrent one, cancellation included, both ways.

>>> main()
result crosses over: 42
cancelling the asyncio wrapper cancels the concurrent future: True
cancelling the concurrent future cancels the asyncio wrapper: True
a running concurrent future ignores the wrapper's cancel(): True
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
    await asyncio.sleep(0)  # the wrapper's done callback runs on the loop and cancels cf_future
    print("cancelling the asyncio wrapper cancels the concurrent future:", cf_future.cancelled())

    cf_future = concurrent.futures.Future()
    wrapper = asyncio.wrap_future(cf_future)
    cf_future.cancel()  # the callback asks the loop, thread-safely, to copy the state
    await asyncio.sleep(0)
    print("cancelling the concurrent future cancels the asyncio wrapper:", wrapper.cancelled())

    cf_future = concurrent.futures.Future()
    cf_future.set_running_or_notify_cancel()  # what an executor does when it starts the call
    wrapper = asyncio.wrap_future(cf_future)
    wrapper.cancel()
    await asyncio.sleep(0)
    print("a running concurrent future ignores the wrapper's cancel():", cf_future.running())
    cf_future.set_result(0)


def main() -> None:
    asyncio.run(bridge())


if __name__ == "__main__":
    main()
