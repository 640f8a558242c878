"""notify() needs the lock: held by anyone in asyncio, by the calling thread in threading.

>>> main()
asyncio: aio_cond.notify() with the lock free -> RuntimeError: cannot notify on un-acquired lock
asyncio: aio_cond.notify() from a task while another task holds the lock -> no error
threading: th_cond.notify() with the lock free -> RuntimeError: cannot notify on un-acquired lock
threading: th_cond.notify() from a thread while another thread holds the lock -> RuntimeError: cannot notify on un-acquired lock
threading: the same with threading.Condition(threading.Lock()) -> no error
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
    print(
        "asyncio: aio_cond.notify() from a task while another task holds the lock ->",
        result,
    )


def notify_from_other_thread(th_cond: threading.Condition) -> str:
    results: list[str] = []

    def notify_without_holding() -> None:
        try:
            th_cond.notify()  # with an RLock, threading checks that the calling thread owns it
            results.append("no error")
        except RuntimeError as exc:
            results.append(f"RuntimeError: {exc}")

    with th_cond:
        worker = threading.Thread(target=notify_without_holding)
        worker.start()
        worker.join()
    return results[0]


def main() -> None:
    asyncio.run(asyncio_side())

    th_cond = threading.Condition()
    try:
        th_cond.notify()
    except RuntimeError as exc:
        print("threading: th_cond.notify() with the lock free -> RuntimeError:", exc)

    print(
        "threading: th_cond.notify() from a thread while another thread holds the lock ->",
        notify_from_other_thread(th_cond),
    )
    # A plain threading.Lock records no owner either: the condition can only test that someone holds it.
    print(
        "threading: the same with threading.Condition(threading.Lock()) ->",
        notify_from_other_thread(threading.Condition(threading.Lock())),
    )


if __name__ == "__main__":
    main()
