"""Thread safety: only concurrent.futures.Future may be completed from any thread.

>>> main()
asyncio, debug mode, set_result() from another thread, no callbacks -> errors: []; state: FINISHED
asyncio, debug mode, set_result() from another thread, one callback -> RuntimeError:
  Non-thread-safe operation invoked on an event loop other than the current one
  state when it raised: FINISHED; callbacks run: []
asyncio: loop.call_soon_threadsafe(aio_future.set_result, ...) -> 'from worker'
concurrent.futures: set_result() from another thread -> 'from worker'; callbacks run: ['callback']
"""

import asyncio
import concurrent.futures
import threading


def set_from_worker(future: "asyncio.Future[str]") -> list[RuntimeError]:
    errors: list[RuntimeError] = []

    def target() -> None:
        try:
            future.set_result("from worker")
        except RuntimeError as exc:
            errors.append(exc)

    worker = threading.Thread(target=target)
    worker.start()
    worker.join()
    return errors


async def asyncio_side() -> None:
    loop = asyncio.get_running_loop()
    # Debug mode makes call_soon() check which thread calls it. set_result() calls call_soon() only to
    # schedule callbacks: with none, nothing is checked, and the wrong call goes unnoticed.
    loop.set_debug(True)
    quiet_future = loop.create_future()
    errors = set_from_worker(quiet_future)
    state = quiet_future._state  # type: ignore[attr-defined]
    print(
        f"asyncio, debug mode, set_result() from another thread, no callbacks -> errors: {errors}; state: {state}"
    )

    ran: list[str] = []
    loud_future = loop.create_future()
    loud_future.add_done_callback(lambda fut: ran.append("callback"))
    errors = set_from_worker(loud_future)
    print(
        "asyncio, debug mode, set_result() from another thread, one callback -> RuntimeError:"
    )
    print(" ", errors[0])
    # The state was set before the callbacks were scheduled; the failed scheduling drops them.
    await asyncio.sleep(0)
    state = loud_future._state  # type: ignore[attr-defined]
    print(f"  state when it raised: {state}; callbacks run: {ran}")

    aio_future = loop.create_future()
    worker = threading.Thread(
        target=loop.call_soon_threadsafe, args=(aio_future.set_result, "from worker")
    )
    worker.start()
    print(
        "asyncio: loop.call_soon_threadsafe(aio_future.set_result, ...) ->",
        repr(await aio_future),
    )
    worker.join()


def main() -> None:
    asyncio.run(asyncio_side())

    ran: list[str] = []
    cf_future: concurrent.futures.Future[str] = concurrent.futures.Future()
    cf_future.add_done_callback(lambda fut: ran.append("callback"))
    worker = threading.Thread(target=cf_future.set_result, args=("from worker",))
    worker.start()
    print(
        f"concurrent.futures: set_result() from another thread -> {cf_future.result()!r}; callbacks run: {ran}"
    )
    worker.join()


if __name__ == "__main__":
    main()
