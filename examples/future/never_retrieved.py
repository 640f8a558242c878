"""An exception nobody retrieved: asyncio reports it when the future is destroyed; concurrent.futures stays silent.

>>> main()
asyncio: Future exception was never retrieved (ValueError('lost'))
asyncio: retrieved first -> nothing reported
concurrent.futures: records logged -> 0
"""

import asyncio
import concurrent.futures
import gc
import logging


async def asyncio_side() -> None:
    loop = asyncio.get_running_loop()
    # __del__ hands the report to the loop's exception handler (by default: logged on the "asyncio" logger).
    loop.set_exception_handler(
        lambda loop, context: print(
            f"asyncio: {context['message']} ({context['exception']!r})"
        )
    )
    aio_future = loop.create_future()
    aio_future.set_exception(ValueError("lost"))
    del aio_future
    gc.collect()

    retrieved = loop.create_future()
    retrieved.set_exception(ValueError("seen"))
    retrieved.exception()
    del retrieved
    gc.collect()
    print("asyncio: retrieved first -> nothing reported")


class Count(logging.Handler):
    count = 0

    def emit(self, record: logging.LogRecord) -> None:
        self.count += 1


def main() -> None:
    asyncio.run(asyncio_side())
    counter = Count()
    logging.getLogger().addHandler(counter)
    try:
        cf_future: concurrent.futures.Future[None] = concurrent.futures.Future()
        cf_future.set_exception(ValueError("lost"))
        del cf_future
        gc.collect()
    finally:
        logging.getLogger().removeHandler(counter)
    print("concurrent.futures: records logged ->", counter.count)


if __name__ == "__main__":
    main()
