"""Exceptions across the bridges: wrap_future() translates concurrent.futures' CancelledError; cancel messages are lost.

>>> main()
wrap_future: cf_future.set_exception(concurrent.futures.CancelledError('from cf'))
  -> await raises asyncio.exceptions.CancelledError('from cf'); aio_future.cancelled() -> False
wrap_future: aio_future.cancel('why') -> cf_future.cancelled() -> True; result() raises CancelledError()
run_coroutine_threadsafe: task.cancel('why') -> cf_future.result() raises CancelledError()
"""

import asyncio
import concurrent.futures
import threading


async def wrap_future_side() -> None:
    cf_future: concurrent.futures.Future[None] = concurrent.futures.Future()
    aio_future = asyncio.wrap_future(cf_future)
    cf_future.set_exception(concurrent.futures.CancelledError("from cf"))
    print(
        "wrap_future: cf_future.set_exception(concurrent.futures.CancelledError('from cf'))"
    )
    try:
        await aio_future
    except asyncio.CancelledError as exc:
        # The wrapper copies the exception, but turns concurrent.futures' CancelledError into asyncio's,
        # which is a BaseException, while the wrapper itself is finished, not cancelled.
        name = f"{type(exc).__module__}.{type(exc).__qualname__}"
        print(
            f"  -> await raises {name}({exc.args[0]!r}); aio_future.cancelled() -> {aio_future.cancelled()}"
        )

    cf_future = concurrent.futures.Future()
    aio_future = asyncio.wrap_future(cf_future)
    aio_future.cancel("why")
    await asyncio.sleep(0)  # the wrapper's done callback cancels the concurrent future
    try:
        cf_future.result()
    except concurrent.futures.CancelledError as exc:
        print(
            f"wrap_future: aio_future.cancel('why') -> cf_future.cancelled() -> {cf_future.cancelled()};",
            f"result() raises {exc!r}",
        )


def run_coroutine_threadsafe_side() -> None:
    loop = asyncio.new_event_loop()
    thread = threading.Thread(target=loop.run_forever)
    thread.start()
    started = threading.Event()

    async def sleeper() -> None:
        started.set()
        await asyncio.sleep(3600)

    cf_future = asyncio.run_coroutine_threadsafe(sleeper(), loop)
    started.wait()

    def cancel_the_task() -> None:
        for task in asyncio.all_tasks(loop):
            task.cancel("why")

    loop.call_soon_threadsafe(cancel_the_task)
    try:
        cf_future.result(timeout=5)
    except concurrent.futures.CancelledError as exc:
        print(
            f"run_coroutine_threadsafe: task.cancel('why') -> cf_future.result() raises {exc!r}"
        )
    loop.call_soon_threadsafe(loop.stop)
    thread.join()
    loop.close()


def main() -> None:
    asyncio.run(wrap_future_side())
    run_coroutine_threadsafe_side()


if __name__ == "__main__":
    main()
