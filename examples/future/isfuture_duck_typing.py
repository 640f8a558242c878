"""asyncio.isfuture: asyncio's helpers accept only asyncio-style futures, not concurrent ones.

>>> main()
asyncio.isfuture(aio_future): True
asyncio.isfuture(cf_future): False
cf_future has _asyncio_future_blocking: False
asyncio.ensure_future(cf_future) -> TypeError: An asyncio.Future, a coroutine or an awaitable is required
asyncio.shield(cf_future) -> TypeError: An asyncio.Future, a coroutine or an awaitable is required
asyncio.isfuture(asyncio.wrap_future(cf_future)): True
"""

import asyncio
import concurrent.futures


async def check_both() -> None:
    aio_future = asyncio.get_running_loop().create_future()
    cf_future: concurrent.futures.Future[int] = concurrent.futures.Future()
    cf_future.set_result(42)

    # isfuture() is duck typing: it looks for the `_asyncio_future_blocking` attribute that asyncio's Task uses.
    print("asyncio.isfuture(aio_future):", asyncio.isfuture(aio_future))
    print("asyncio.isfuture(cf_future):", asyncio.isfuture(cf_future))
    print(
        "cf_future has _asyncio_future_blocking:",
        hasattr(cf_future, "_asyncio_future_blocking"),
    )
    for helper in (asyncio.ensure_future, asyncio.shield):
        try:
            helper(cf_future)  # type: ignore[arg-type]
        except TypeError as exc:
            print(f"asyncio.{helper.__name__}(cf_future) -> TypeError: {exc}")

    wrapped = asyncio.wrap_future(cf_future)
    print(
        "asyncio.isfuture(asyncio.wrap_future(cf_future)):", asyncio.isfuture(wrapped)
    )
    await wrapped
    aio_future.cancel()


def main() -> None:
    asyncio.run(check_both())


if __name__ == "__main__":
    main()
