"""get_loop(): an asyncio future belongs to one event loop; a concurrent future to none.

>>> main()
asyncio: get_loop() is the running loop: True
asyncio: awaited from another loop -> RuntimeError: ... got Future <Future pending> attached to a different loop
concurrent.futures: has get_loop: False
concurrent.futures: result() from another thread -> 42
"""

import asyncio
import concurrent.futures
import threading


async def await_foreign(aio_future: "asyncio.Future[int]") -> None:
    try:
        await aio_future
    except RuntimeError as exc:
        # The message starts with the repr of the awaiting task (file paths, line numbers): show the rest.
        message = str(exc)
        print(
            "asyncio: awaited from another loop -> RuntimeError: ...",
            message[message.index("got Future") :],
        )


async def asyncio_side() -> None:
    loop = asyncio.get_running_loop()
    aio_future = loop.create_future()
    print("asyncio: get_loop() is the running loop:", aio_future.get_loop() is loop)
    other_loop_thread = threading.Thread(
        target=asyncio.run, args=(await_foreign(aio_future),)
    )
    other_loop_thread.start()
    other_loop_thread.join()
    aio_future.cancel()


def main() -> None:
    asyncio.run(asyncio_side())
    cf_future: concurrent.futures.Future[int] = concurrent.futures.Future()
    print("concurrent.futures: has get_loop:", hasattr(cf_future, "get_loop"))
    cf_future.set_result(42)
    reader = threading.Thread(
        target=lambda: print(
            "concurrent.futures: result() from another thread ->", cf_future.result()
        )
    )
    reader.start()
    reader.join()


if __name__ == "__main__":
    main()
