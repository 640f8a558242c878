"""An unknown return_when: asyncio refuses it at once, concurrent.futures only when it has to wait.

>>> main()
asyncio.wait([done], return_when='SOMETIMES') -> ValueError: Invalid return_when value: SOMETIMES
concurrent.futures.wait([done], return_when='SOMETIMES') -> done: 1
concurrent.futures.wait([pending], return_when='SOMETIMES') -> ValueError: Invalid return condition: 'SOMETIMES'
"""

import asyncio
import concurrent.futures


async def wait_asyncio() -> None:
    aio_future = asyncio.get_running_loop().create_future()
    aio_future.set_result(1)
    try:
        await asyncio.wait([aio_future], return_when="SOMETIMES")
    except ValueError as exc:
        print("asyncio.wait([done], return_when='SOMETIMES') -> ValueError:", exc)


def main() -> None:
    asyncio.run(wait_asyncio())
    cf_done: concurrent.futures.Future[int] = concurrent.futures.Future()
    cf_done.set_result(1)
    done, _ = concurrent.futures.wait([cf_done], return_when="SOMETIMES")
    print(
        "concurrent.futures.wait([done], return_when='SOMETIMES') -> done:", len(done)
    )
    cf_pending: concurrent.futures.Future[int] = concurrent.futures.Future()
    try:
        concurrent.futures.wait([cf_pending], timeout=0, return_when="SOMETIMES")
    except ValueError as exc:
        print(
            "concurrent.futures.wait([pending], return_when='SOMETIMES') -> ValueError:",
            exc,
        )


if __name__ == "__main__":
    main()
