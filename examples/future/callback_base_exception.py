"""A callback that raises a BaseException: it escapes concurrent.futures' set_result(); asyncio reports it and goes on.

>>> main()
asyncio: callbacks run: ['first', 'third']; handler got CancelledError('from a callback')
asyncio: a callback raising KeyboardInterrupt -> asyncio.run() raises KeyboardInterrupt
concurrent.futures: set_result() raises CancelledError('from a callback'); state: FINISHED
concurrent.futures: callbacks run: ['first']
"""

import asyncio
import concurrent.futures


def raise_cancelled(future: object) -> None:
    # asyncio.CancelledError is a BaseException (3.8+), so `except Exception` does not catch it.
    raise asyncio.CancelledError("from a callback")


def raise_keyboard_interrupt(future: object) -> None:
    raise KeyboardInterrupt


async def asyncio_side() -> None:
    loop = asyncio.get_running_loop()
    reported: list[BaseException] = []
    loop.set_exception_handler(
        lambda loop, context: reported.append(context["exception"])
    )
    ran: list[str] = []
    aio_future = loop.create_future()
    aio_future.add_done_callback(lambda fut: ran.append("first"))
    aio_future.add_done_callback(raise_cancelled)
    aio_future.add_done_callback(lambda fut: ran.append("third"))
    aio_future.set_result(None)
    await asyncio.sleep(0)
    print(f"asyncio: callbacks run: {ran}; handler got {reported[0]!r}")


async def interrupted() -> None:
    aio_future = asyncio.get_running_loop().create_future()
    aio_future.add_done_callback(raise_keyboard_interrupt)
    aio_future.set_result(None)
    await asyncio.sleep(0)


def main() -> None:
    asyncio.run(asyncio_side())
    # Only SystemExit and KeyboardInterrupt leave the loop: a callback is a loop handle, and Handle._run()
    # re-raises those two and reports every other exception.
    try:
        asyncio.run(interrupted())
    except KeyboardInterrupt:
        print(
            "asyncio: a callback raising KeyboardInterrupt -> asyncio.run() raises KeyboardInterrupt"
        )

    ran: list[str] = []
    cf_future: concurrent.futures.Future[None] = concurrent.futures.Future()
    cf_future.add_done_callback(lambda fut: ran.append("first"))
    cf_future.add_done_callback(raise_cancelled)
    cf_future.add_done_callback(lambda fut: ran.append("third"))
    # _invoke_callbacks() catches only Exception: the BaseException leaves set_result() and the loop over
    # the remaining callbacks, after the state was already set.
    try:
        cf_future.set_result(None)
    except asyncio.CancelledError as exc:
        state = cf_future._state  # type: ignore[attr-defined]
        print(f"concurrent.futures: set_result() raises {exc!r}; state: {state}")
    print("concurrent.futures: callbacks run:", ran)


if __name__ == "__main__":
    main()
