"""remove_done_callback(): only asyncio can take a callback back, and asyncio's own functions do.

On CPython 3.14 and later:

>>> main()
asyncio: remove_done_callback(cb) -> 2 (every registration of cb)
asyncio: callbacks run after set_result(): ['kept']
asyncio.wait([future], timeout=...) returning with it pending: remove_done_callback() calls: 1
asyncio.as_completed([future], timeout=...) timing out: remove_done_callback() calls: 1
asyncio.shield(future) cancelled: remove_done_callback() calls: 2
asyncio.wait_for(future, 0.001) timing out: remove_done_callback() calls: 0
asyncio.wait_for(future, 0) timing out: remove_done_callback() calls: 1
asyncio.gather(future, failing): remove_done_callback() calls: 0
concurrent.futures: has remove_done_callback: False

On CPython 3.12 to 3.13:

>>> main()
asyncio: remove_done_callback(cb) -> 2 (every registration of cb)
asyncio: callbacks run after set_result(): ['kept']
asyncio.wait([future], timeout=...) returning with it pending: remove_done_callback() calls: 1
asyncio.as_completed([future], timeout=...) timing out: remove_done_callback() calls: 1
asyncio.shield(future) cancelled: remove_done_callback() calls: 1
asyncio.wait_for(future, 0.001) timing out: remove_done_callback() calls: 0
asyncio.wait_for(future, 0) timing out: remove_done_callback() calls: 1
asyncio.gather(future, failing): remove_done_callback() calls: 0
concurrent.futures: has remove_done_callback: False

On CPython 3.9 to 3.11:

>>> main()
asyncio: remove_done_callback(cb) -> 2 (every registration of cb)
asyncio: callbacks run after set_result(): ['kept']
asyncio.wait([future], timeout=...) returning with it pending: remove_done_callback() calls: 1
asyncio.as_completed([future], timeout=...) timing out: remove_done_callback() calls: 1
asyncio.shield(future) cancelled: remove_done_callback() calls: 1
asyncio.wait_for(future, 0.001) timing out: remove_done_callback() calls: 2
asyncio.wait_for(future, 0) timing out: remove_done_callback() calls: 1
asyncio.gather(future, failing): remove_done_callback() calls: 0
concurrent.futures: has remove_done_callback: False
"""

import asyncio
import concurrent.futures


async def asyncio_side() -> None:
    ran: list[str] = []

    def unwanted(fut: object) -> None:
        ran.append("unwanted")

    aio_future = asyncio.get_running_loop().create_future()
    aio_future.add_done_callback(unwanted)
    aio_future.add_done_callback(lambda fut: ran.append("kept"))
    aio_future.add_done_callback(unwanted)
    removed = aio_future.remove_done_callback(unwanted)
    print(f"asyncio: remove_done_callback(cb) -> {removed} (every registration of cb)")
    aio_future.set_result(None)
    await asyncio.sleep(0)
    print("asyncio: callbacks run after set_result():", ran)


class CountingFuture(asyncio.Future):  # type: ignore[type-arg]
    """An asyncio future that counts how often asyncio's own functions take their callback back."""

    removals = 0

    def remove_done_callback(self, fn: object) -> int:
        self.removals += 1
        return super().remove_done_callback(fn)  # type: ignore[arg-type]


async def asyncio_callers() -> None:
    future = CountingFuture()
    await asyncio.wait([future], timeout=0.001)
    print(
        "asyncio.wait([future], timeout=...) returning with it pending: remove_done_callback() calls:",
        future.removals,
    )

    future = CountingFuture()
    try:
        for next_done in asyncio.as_completed([future], timeout=0.001):
            await next_done
    except asyncio.TimeoutError:
        print(
            "asyncio.as_completed([future], timeout=...) timing out: remove_done_callback() calls:",
            future.removals,
        )

    future = CountingFuture()
    outer = asyncio.shield(future)
    outer.cancel()
    await asyncio.sleep(0)
    # From 3.14 shield() adds a second callback to the future, and takes it back too.
    print(
        "asyncio.shield(future) cancelled: remove_done_callback() calls:",
        future.removals,
    )

    # Up to 3.11 wait_for() detaches on timeout; from 3.12 it is built on asyncio.timeout() and cancels the
    # awaiting task instead, taking a callback back only when the timeout is <= 0 (it cancels the future at once).
    for timeout in (0.001, 0):
        future = CountingFuture()
        try:
            await asyncio.wait_for(future, timeout)
        except asyncio.TimeoutError:
            print(
                f"asyncio.wait_for(future, {timeout}) timing out: remove_done_callback() calls:",
                future.removals,
            )

    future, failing = CountingFuture(), CountingFuture()
    gathered = asyncio.gather(future, failing)
    failing.set_exception(ValueError("boom"))
    try:
        await gathered
    except ValueError:
        # gather() leaves its callback on the future that is still pending.
        print(
            "asyncio.gather(future, failing): remove_done_callback() calls:",
            future.removals,
        )
    future.cancel()


def main() -> None:
    asyncio.run(asyncio_side())
    asyncio.run(asyncio_callers())
    cf_future: concurrent.futures.Future[None] = concurrent.futures.Future()
    # A registered callback stays until the future completes.
    print(
        "concurrent.futures: has remove_done_callback:",
        hasattr(cf_future, "remove_done_callback"),
    )


if __name__ == "__main__":
    main()
