"""set_exception(ValueError), a class: asyncio instantiates it; concurrent.futures stores the class.

>>> main()
asyncio: exception() -> ValueError()
asyncio: result() raises ValueError
concurrent.futures: exception() -> <class 'ValueError'>
concurrent.futures: result() raises ValueError
"""

import asyncio
import concurrent.futures


async def asyncio_side() -> None:
    aio_future = asyncio.get_running_loop().create_future()
    aio_future.set_exception(ValueError)
    print("asyncio: exception() ->", repr(aio_future.exception()))
    try:
        aio_future.result()
    except ValueError as exc:
        print("asyncio: result() raises", type(exc).__name__)


def main() -> None:
    asyncio.run(asyncio_side())
    cf_future: concurrent.futures.Future[None] = concurrent.futures.Future()
    cf_future.set_exception(ValueError)  # type: ignore[arg-type]
    print("concurrent.futures: exception() ->", repr(cf_future.exception()))
    try:
        cf_future.result()  # `raise ValueError` instantiates the class only now
    except ValueError as exc:
        print("concurrent.futures: result() raises", type(exc).__name__)


if __name__ == "__main__":
    main()
