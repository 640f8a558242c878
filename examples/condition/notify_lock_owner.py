"""notify() needs the lock: held by anyone in asyncio, by the calling thread in threading.

>>> main()
asyncio: aio_cond.notify() with the lock free -> RuntimeError: cannot notify on un-acquired lock
asyncio: aio_cond.notify() from a task while another task holds the lock -> no error
threading: th_cond.notify() with the lock free -> RuntimeError: cannot notify on un-acquired lock
threading: th_cond.notify() from a thread while another thread holds the lock -> RuntimeError: cannot notify on un-acquired lock
"""  # noqa: E501

import asyncio
import threading


async def asyncio_side() -> None:
    aio_cond = asyncio.Condition()
    try:
        aio_cond.notify()
    except RuntimeError as exc:
        print("asyncio: aio_cond.notify() with the lock free -> RuntimeError:", exc)

    async def notify_without_holding() -> str:
        aio_cond.notify()  # asyncio only checks aio_cond.locked(): someone holds it, not necessarily us
        return "no error"

    async with aio_cond:
        result = await asyncio.ensure_future(notify_without_holding())
    print("asyncio: aio_cond.notify() from a task while another task holds the lock ->", result)


def main() -> None:
    asyncio.run(asyncio_side())

    th_cond = threading.Condition()
    try:
        th_cond.notify()
    except RuntimeError as exc:
        print("threading: th_cond.notify() with the lock free -> RuntimeError:", exc)

    errors: list[RuntimeError] = []

    def notify_without_holding() -> None:
        try:
            th_cond.notify()  # threading checks that the calling thread owns the lock
        except RuntimeError as exc:
            errors.append(exc)

    with th_cond:
        worker = threading.Thread(target=notify_without_holding)
        worker.start()
        worker.join()
    print("threading: th_cond.notify() from a thread while another thread holds the lock -> RuntimeError:", errors[0])


if __name__ == "__main__":
    main()
