"""remove_done_callback(): only asyncio can take a callback back.

>>> main()
asyncio: remove_done_callback(cb) -> 2 (every registration of cb)
asyncio: callbacks run after set_result(): ['kept']
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


def main() -> None:
    asyncio.run(asyncio_side())
    cf_future: concurrent.futures.Future[None] = concurrent.futures.Future()
    # A registered callback stays until the future completes.
    print("concurrent.futures: has remove_done_callback:", hasattr(cf_future, "remove_done_callback"))


if __name__ == "__main__":
    main()
