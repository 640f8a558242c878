"""set_result() twice: both raise InvalidStateError, but two different classes with different messages.

>>> main()
asyncio: set_result() twice -> InvalidStateError: invalid state
concurrent.futures: set_result() twice -> InvalidStateError: FINISHED: <Future state=finished returned int>
same class: False
asyncio.InvalidStateError bases: Exception, BaseException
concurrent.futures.InvalidStateError bases: Error, Exception, BaseException
"""

import asyncio
import concurrent.futures
import re


async def asyncio_side() -> None:
    aio_future = asyncio.get_running_loop().create_future()
    aio_future.set_result(1)
    try:
        aio_future.set_result(2)
    except asyncio.InvalidStateError as exc:
        print("asyncio: set_result() twice -> InvalidStateError:", exc)


def main() -> None:
    asyncio.run(asyncio_side())

    cf_future: concurrent.futures.Future[int] = concurrent.futures.Future()
    cf_future.set_result(1)
    try:
        cf_future.set_result(2)
    except concurrent.futures.InvalidStateError as exc:
        # The message embeds the future's repr, memory address included: drop the address.
        message = re.sub(r" at 0x[0-9a-f]+", "", str(exc))
        print("concurrent.futures: set_result() twice -> InvalidStateError:", message)

    print(
        "same class:", asyncio.InvalidStateError is concurrent.futures.InvalidStateError
    )
    for world in (asyncio, concurrent.futures):
        bases = ", ".join(
            base.__name__ for base in world.InvalidStateError.__mro__[1:-1]
        )
        print(f"{world.__name__}.InvalidStateError bases:", bases)


if __name__ == "__main__":
    main()
