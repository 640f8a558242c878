"""Call-graph introspection (3.14): asyncio.capture_call_graph() knows asyncio futures only.

On CPython 3.14 and later:

>>> main()
capture_call_graph(aio_future) -> awaited by task 'waiter', suspended in wait_on()
capture_call_graph(cf_future) -> TypeError:
  <Future at 0x... state=pending> object does not appear to be compatible with asyncio.Future
future_add_to_awaited_by(cf_future, task) -> None; hasattr(cf_future, '_asyncio_awaited_by') -> False
capture_call_graph(asyncio.wrap_future(cf_future)) -> awaited by task 'cf waiter', suspended in wait_on()

On CPython 3.9 to 3.13:

>>> main()
asyncio.capture_call_graph exists: False
"""

import asyncio
import concurrent.futures
import re
from typing import Any


async def wait_on(future: "asyncio.Future[None]") -> None:
    await future


def describe(graph: Any) -> str:
    (waiter,) = graph.awaited_by
    return f"awaited by task {waiter.future.get_name()!r}, suspended in {waiter.call_stack[0].frame.f_code.co_name}()"


async def asyncio_side() -> None:
    loop = asyncio.get_running_loop()
    aio_future = loop.create_future()
    task = asyncio.create_task(wait_on(aio_future), name="waiter")
    await asyncio.sleep(
        0
    )  # let the task start waiting: awaiting records it in the future's awaited_by
    print(
        "capture_call_graph(aio_future) ->",
        describe(asyncio.capture_call_graph(aio_future)),
    )

    cf_future: concurrent.futures.Future[None] = concurrent.futures.Future()
    try:
        asyncio.capture_call_graph(cf_future)  # type: ignore[arg-type]
    except TypeError as exc:
        print("capture_call_graph(cf_future) -> TypeError:")
        print(" ", re.sub(r"0x[0-9a-f]+", "0x...", str(exc)))
    # The bookkeeping call a custom awaitable would make is silently ignored for a concurrent future.
    result = asyncio.future_add_to_awaited_by(cf_future, task)  # type: ignore[arg-type]
    recorded = hasattr(cf_future, "_asyncio_awaited_by")
    call = "future_add_to_awaited_by(cf_future, task)"
    print(
        f"{call} -> {result}; hasattr(cf_future, '_asyncio_awaited_by') -> {recorded}"
    )

    wrapped = asyncio.wrap_future(cf_future)
    cf_task = asyncio.create_task(wait_on(wrapped), name="cf waiter")
    await asyncio.sleep(0)
    print(
        "capture_call_graph(asyncio.wrap_future(cf_future)) ->",
        describe(asyncio.capture_call_graph(wrapped)),
    )

    aio_future.set_result(None)
    cf_future.set_result(None)
    await asyncio.gather(task, cf_task)


def main() -> None:
    if not hasattr(asyncio, "capture_call_graph"):
        print("asyncio.capture_call_graph exists: False")
        return
    asyncio.run(asyncio_side())


if __name__ == "__main__":
    main()
