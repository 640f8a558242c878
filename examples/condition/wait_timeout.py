"""A timeout for wait() and wait_for(): a parameter in threading, asyncio.wait_for() around them in asyncio.

On CPython 3.11 and later:

>>> main()
asyncio: aio_cond.wait(timeout=0.01) -> TypeError: Condition.wait() got an unexpected keyword argument 'timeout'
asyncio: await asyncio.wait_for(aio_cond.wait(), 0.01) -> builtins.TimeoutError; aio_cond.locked() -> True
asyncio: await asyncio.wait_for(aio_cond.wait_for(ready), 0.01) -> builtins.TimeoutError; aio_cond.locked() -> True
asyncio: async with asyncio.timeout(0.01): await aio_cond.wait() -> builtins.TimeoutError; aio_cond.locked() -> True
threading: th_cond.wait(0.01) -> False
threading: th_cond.wait_for(ready, 0.01) -> [] (the predicate's last value)

On CPython 3.10 only:

>>> main()
asyncio: aio_cond.wait(timeout=0.01) -> TypeError: Condition.wait() got an unexpected keyword argument 'timeout'
asyncio: await asyncio.wait_for(aio_cond.wait(), 0.01) -> asyncio.exceptions.TimeoutError; aio_cond.locked() -> True
asyncio: await asyncio.wait_for(aio_cond.wait_for(ready), 0.01) -> asyncio.exceptions.TimeoutError; aio_cond.locked() -> True
threading: th_cond.wait(0.01) -> False
threading: th_cond.wait_for(ready, 0.01) -> [] (the predicate's last value)

On CPython 3.9 only:

>>> main()
asyncio: aio_cond.wait(timeout=0.01) -> TypeError: wait() got an unexpected keyword argument 'timeout'
asyncio: await asyncio.wait_for(aio_cond.wait(), 0.01) -> asyncio.exceptions.TimeoutError; aio_cond.locked() -> True
asyncio: await asyncio.wait_for(aio_cond.wait_for(ready), 0.01) -> asyncio.exceptions.TimeoutError; aio_cond.locked() -> True
threading: th_cond.wait(0.01) -> False
threading: th_cond.wait_for(ready, 0.01) -> [] (the predicate's last value)
"""  # noqa: E501

import asyncio
import threading

items: list[str] = []  # nobody adds to it: every wait below times out


def ready() -> list[str]:
    return items


def name(exc: BaseException) -> str:
    return f"{type(exc).__module__}.{type(exc).__qualname__}"


async def asyncio_side() -> None:
    aio_cond = asyncio.Condition()
    async with aio_cond:
        try:
            await aio_cond.wait(timeout=0.01)  # type: ignore[call-arg]
        except TypeError as exc:
            print("asyncio: aio_cond.wait(timeout=0.01) -> TypeError:", exc)

        # wait_for cancels the wait; the condition takes the lock back before the error comes out.
        try:
            await asyncio.wait_for(aio_cond.wait(), 0.01)
        except asyncio.TimeoutError as exc:
            print(
                f"asyncio: await asyncio.wait_for(aio_cond.wait(), 0.01) -> {name(exc)};"
                f" aio_cond.locked() -> {aio_cond.locked()}"
            )
        try:
            await asyncio.wait_for(aio_cond.wait_for(ready), 0.01)
        except asyncio.TimeoutError as exc:
            print(
                f"asyncio: await asyncio.wait_for(aio_cond.wait_for(ready), 0.01) -> {name(exc)};"
                f" aio_cond.locked() -> {aio_cond.locked()}"
            )
        if hasattr(asyncio, "timeout"):  # new in 3.11
            try:
                async with asyncio.timeout(0.01):
                    await aio_cond.wait()
            except TimeoutError as exc:
                print(
                    f"asyncio: async with asyncio.timeout(0.01): await aio_cond.wait() -> {name(exc)};"
                    f" aio_cond.locked() -> {aio_cond.locked()}"
                )


def main() -> None:
    asyncio.run(asyncio_side())

    th_cond = threading.Condition()
    with th_cond:
        print("threading: th_cond.wait(0.01) ->", th_cond.wait(0.01))
        print(
            "threading: th_cond.wait_for(ready, 0.01) ->",
            th_cond.wait_for(ready, 0.01),
            "(the predicate's last value)",
        )


if __name__ == "__main__":
    main()
