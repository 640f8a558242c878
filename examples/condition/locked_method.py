"""acquire(), release() and locked(): the lock's own methods, handed out by each instance; locked() in threading only from 3.14.

On CPython 3.14 and later:

>>> main()
asyncio: 'acquire' in vars(asyncio.Condition) -> False; aio_cond.acquire is its lock's: Lock.acquire
asyncio: inside async with: aio_cond.locked() -> True
threading: 'acquire' in vars(threading.Condition) -> False; th_cond.acquire is its lock's: RLock.acquire
threading: inside with: th_cond.locked() -> True

On CPython 3.9 to 3.13:

>>> main()
asyncio: 'acquire' in vars(asyncio.Condition) -> False; aio_cond.acquire is its lock's: Lock.acquire
asyncio: inside async with: aio_cond.locked() -> True
threading: 'acquire' in vars(threading.Condition) -> False; th_cond.acquire is its lock's: RLock.acquire
threading: inside with: th_cond.locked() -> AttributeError: 'Condition' object has no attribute 'locked'
"""  # noqa: E501

import asyncio
import threading


async def asyncio_side() -> None:
    aio_cond = asyncio.Condition()
    in_class = "acquire" in vars(asyncio.Condition)
    print(
        f"asyncio: 'acquire' in vars(asyncio.Condition) -> {in_class};"
        f" aio_cond.acquire is its lock's: {aio_cond.acquire.__qualname__}"
    )
    async with aio_cond:
        print("asyncio: inside async with: aio_cond.locked() ->", aio_cond.locked())


def main() -> None:
    asyncio.run(asyncio_side())

    th_cond = threading.Condition()
    in_class = "acquire" in vars(threading.Condition)
    print(
        f"threading: 'acquire' in vars(threading.Condition) -> {in_class};"
        f" th_cond.acquire is its lock's: {th_cond.acquire.__qualname__}"
    )
    with th_cond:
        try:
            print("threading: inside with: th_cond.locked() ->", th_cond.locked())
        except AttributeError as exc:
            print("threading: inside with: th_cond.locked() -> AttributeError:", exc)


if __name__ == "__main__":
    main()
