"""Cancelling the future of run_coroutine_threadsafe() before the loop has started the coroutine.

On CPython 3.14.10 and later:

>>> main()
cf_future.cancel() -> [True, True]
awaits_first(): never started
never_awaits(): never started
cf_future.result() -> CancelledError
cf_future.result() -> CancelledError
with asyncio.eager_task_factory: awaits_first(): started; CancelledError at its first await

On CPython 3.13.1 to 3.14.9:

Not measured.

On CPython 3.12 to 3.13.0:

>>> main()
cf_future.cancel() -> [True, True]
awaits_first(): started; CancelledError at its first await
never_awaits(): ran to the end
cf_future.result() -> CancelledError
cf_future.result() -> CancelledError
with asyncio.eager_task_factory: awaits_first(): started; finished

On CPython 3.9 to 3.11:

>>> main()
cf_future.cancel() -> [True, True]
awaits_first(): started; CancelledError at its first await
never_awaits(): ran to the end
cf_future.result() -> CancelledError
cf_future.result() -> CancelledError
hasattr(asyncio, 'eager_task_factory') -> False
"""

import asyncio
import concurrent.futures
import threading


async def awaits_first(log: list[str]) -> str:
    log.append("started")
    try:
        await asyncio.sleep(0)
    except asyncio.CancelledError:
        log.append("CancelledError at its first await")
        raise
    log.append("finished")
    return "finished"


async def never_awaits(log: list[str]) -> str:
    log.append("ran to the end")
    return "ran to the end"


async def settle() -> None:
    """Wait until every other task of the loop is done."""
    others = asyncio.all_tasks() - {asyncio.current_task()}
    await asyncio.gather(*others, return_exceptions=True)


def run_on_new_loop(loop: asyncio.AbstractEventLoop) -> None:
    """Run the loop in a thread until every task it was handed is done."""
    thread = threading.Thread(target=loop.run_forever)
    thread.start()
    asyncio.run_coroutine_threadsafe(settle(), loop).result(timeout=5)
    loop.call_soon_threadsafe(loop.stop)
    thread.join()
    loop.close()


def with_eager_tasks() -> None:
    """The same cancel(), on a loop whose tasks run their first step at once (3.12+)."""
    has_eager = hasattr(asyncio, "eager_task_factory")
    if not has_eager:
        print("hasattr(asyncio, 'eager_task_factory') ->", has_eager)
        return
    loop = asyncio.new_event_loop()
    loop.set_task_factory(asyncio.eager_task_factory)
    log: list[str] = []
    asyncio.run_coroutine_threadsafe(awaits_first(log), loop).cancel()
    run_on_new_loop(loop)
    print(f"with asyncio.eager_task_factory: awaits_first(): {'; '.join(log)}")


def main() -> None:
    loop = asyncio.new_event_loop()  # not running yet: nothing it was handed can start
    logs: dict[str, list[str]] = {"awaits_first": [], "never_awaits": []}
    cf_futures = [
        asyncio.run_coroutine_threadsafe(awaits_first(logs["awaits_first"]), loop),
        asyncio.run_coroutine_threadsafe(never_awaits(logs["never_awaits"]), loop),
    ]
    print("cf_future.cancel() ->", [cf_future.cancel() for cf_future in cf_futures])
    run_on_new_loop(loop)
    for name, log in logs.items():
        print(f"{name}(): {'; '.join(log) or 'never started'}")
    for cf_future in cf_futures:
        try:
            cf_future.result(timeout=0)
        except concurrent.futures.CancelledError:
            print("cf_future.result() -> CancelledError")
    with_eager_tasks()


if __name__ == "__main__":
    main()
