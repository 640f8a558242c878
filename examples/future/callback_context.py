"""add_done_callback(context=...): asyncio runs callbacks in a chosen contextvars.Context.

>>> main()
asyncio: default context -> 'when added'
asyncio: context=explicit -> 'explicit'
asyncio: after a callback's set(), the coroutine sees -> 'when completed'
concurrent.futures: callback sees -> 'when completed'
concurrent.futures: after a callback's set(), the caller of set_result() sees -> 'set by callback'
concurrent.futures: add_done_callback(fn, context=...) -> TypeError
"""

import asyncio
import concurrent.futures
import contextvars

request_id = contextvars.ContextVar("request_id", default="unset")


def show(world: str) -> None:
    print(f"{world} -> {request_id.get()!r}")


async def asyncio_side() -> None:
    aio_future = asyncio.get_running_loop().create_future()
    request_id.set("when added")
    # By default a callback runs in a copy of the context current when it was added.
    aio_future.add_done_callback(lambda fut: show("asyncio: default context"))
    explicit = contextvars.Context()
    explicit.run(request_id.set, "explicit")
    aio_future.add_done_callback(
        lambda fut: show("asyncio: context=explicit"), context=explicit
    )
    aio_future.add_done_callback(lambda fut: request_id.set("set by callback"))
    request_id.set("when completed")
    aio_future.set_result(None)
    await asyncio.sleep(0)
    show("asyncio: after a callback's set(), the coroutine sees")


def concurrent_side() -> None:
    cf_future: concurrent.futures.Future[None] = concurrent.futures.Future()
    request_id.set("when added")
    # No context is captured: the callback runs in the context of whoever completes the future.
    cf_future.add_done_callback(lambda fut: show("concurrent.futures: callback sees"))
    # Not even a copy: the callback runs in the completing thread's own context, so its set() leaks out.
    cf_future.add_done_callback(lambda fut: request_id.set("set by callback"))
    request_id.set("when completed")
    cf_future.set_result(None)
    show(
        "concurrent.futures: after a callback's set(), the caller of set_result() sees"
    )
    try:
        cf_future.add_done_callback(print, context=contextvars.Context())  # type: ignore[call-arg]
    except TypeError:
        print("concurrent.futures: add_done_callback(fn, context=...) -> TypeError")


def main() -> None:
    asyncio.run(asyncio_side())
    contextvars.copy_context().run(concurrent_side)


if __name__ == "__main__":
    main()
