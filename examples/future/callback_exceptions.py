"""A callback that raises: asyncio reports it to the loop's exception handler, concurrent.futures logs it.

>>> main()
asyncio: loop exception handler got ValueError('boom'); next callback ran: True
concurrent.futures: logger 'concurrent.futures' got ValueError('boom'); next callback ran: True
"""

import asyncio
import concurrent.futures
import logging


def broken_callback(future: object) -> None:
    raise ValueError("boom")


async def asyncio_side() -> None:
    loop = asyncio.get_running_loop()
    reported = []
    loop.set_exception_handler(
        lambda loop, context: reported.append(context["exception"])
    )
    ran = []
    aio_future = loop.create_future()
    aio_future.add_done_callback(broken_callback)
    aio_future.add_done_callback(ran.append)
    aio_future.set_result(None)
    await asyncio.sleep(0)
    print(
        f"asyncio: loop exception handler got {reported[0]!r}; next callback ran: {bool(ran)}"
    )


class Collect(logging.Handler):
    def __init__(self) -> None:
        super().__init__()
        self.records: list[logging.LogRecord] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.records.append(record)


def concurrent_side() -> None:
    logger = logging.getLogger("concurrent.futures")
    collect = Collect()
    logger.addHandler(collect)
    logger.propagate = (
        False  # keep the logged traceback off stderr for this demonstration
    )
    ran = []
    try:
        cf_future: concurrent.futures.Future[None] = concurrent.futures.Future()
        cf_future.add_done_callback(broken_callback)
        cf_future.add_done_callback(ran.append)
        cf_future.set_result(None)  # does not raise
    finally:
        logger.removeHandler(collect)
        logger.propagate = True
    exc_info = collect.records[0].exc_info or (None, None, None)
    print(
        f"concurrent.futures: logger 'concurrent.futures' got {exc_info[1]!r}; next callback ran: {bool(ran)}"
    )


def main() -> None:
    asyncio.run(asyncio_side())
    concurrent_side()


if __name__ == "__main__":
    main()
