"""Claims of docs/howto/bridge.md that its doctest cannot show, because the output depends on the version."""

from __future__ import annotations

import asyncio
import concurrent.futures
import sys
import threading


def test_a_cancel_before_the_task_started_leaves_the_future_pending_from_3_14_on() -> None:
    """'A cancel() made before the loop has even picked the coroutine up ... differs by version' (gh-105836).

    Measured on 3.9.18-3.13.0 (the coroutine starts) and 3.14.10, 3.15.2 (it never runs); the page says
    the releases between 3.13.0 and 3.14.10 are not measured.
    """
    loop = asyncio.new_event_loop()  # not running yet: the task cannot start before cf_future.cancel()
    aio_future = loop.create_future()
    started: list[bool] = []

    async def wait_on(aio_future: asyncio.Future[str]) -> str:
        started.append(True)
        return await aio_future

    cf_future = asyncio.run_coroutine_threadsafe(wait_on(aio_future), loop)
    assert cf_future.cancel()
    loop_thread = threading.Thread(target=loop.run_forever, daemon=True)
    loop_thread.start()
    try:
        for _ in range(3):  # let the loop take the coroutine in, step the task, and run the cancellation
            asyncio.run_coroutine_threadsafe(asyncio.sleep(0), loop).result(timeout=5)

        async def state() -> tuple[bool, bool]:
            return bool(started), aio_future.cancelled()

        ran, cancelled = asyncio.run_coroutine_threadsafe(state(), loop).result(timeout=5)
    finally:
        loop.call_soon_threadsafe(loop.stop)
        loop_thread.join(timeout=5)
        loop.close()
    if sys.version_info >= (3, 14):
        assert (ran, cancelled, aio_future.done()) == (False, False, False)
    else:
        assert (ran, cancelled) == (True, True)


def test_the_concurrent_timeout_is_the_builtin_one_from_3_11_on() -> None:
    """'concurrent.futures.TimeoutError, the builtin TimeoutError only from 3.11 on'."""
    assert (concurrent.futures.TimeoutError is TimeoutError) == (sys.version_info >= (3, 11))
    if sys.version_info < (3, 11):  # `except TimeoutError` does not catch it
        assert not issubclass(concurrent.futures.TimeoutError, TimeoutError)
