"""An asyncio.Event belongs to one event loop; a threading.Event to no thread in particular.

On CPython 3.10 and later:

>>> main()
asyncio: aio_event = asyncio.Event() outside any loop -> <asyncio.locks.Event object [unset]>
asyncio: first asyncio.run(): await aio_event.wait() -> True
asyncio: second asyncio.run(): await aio_event.wait() -> RuntimeError: <asyncio.locks.Event object [unset]> is bound to a different event loop
threading: th_event.wait() in one thread, then in another -> True, True

On CPython 3.9 only:

>>> main()
asyncio: aio_event = asyncio.Event() outside any loop -> <asyncio.locks.Event object [unset]>
asyncio: first asyncio.run(): await aio_event.wait() -> RuntimeError: Task <...> got Future <Future pending> attached to a different loop
asyncio: second asyncio.run(): await aio_event.wait() -> RuntimeError: Task <...> got Future <Future pending> attached to a different loop
threading: th_event.wait() in one thread, then in another -> True, True
"""  # noqa: E501

import asyncio
import re
import threading


def without_addresses(text: str) -> str:
    # Drop memory addresses, and on 3.9 the task's repr (it holds file paths), to keep the output deterministic.
    text = re.sub(r" at 0x[0-9a-f]+", "", text)
    return re.sub(r"^Task <.*> got ", "Task <...> got ", text)


async def wait_until_set(aio_event: asyncio.Event) -> str:
    waiter = asyncio.ensure_future(aio_event.wait())
    await asyncio.sleep(
        0
    )  # the waiter blocks: this is the use that binds the event to a loop
    aio_event.set()
    try:
        return repr(await waiter)
    except RuntimeError as exc:
        return f"RuntimeError: {without_addresses(str(exc))}"
    finally:
        aio_event.clear()


def main() -> None:
    # Created outside any loop. On 3.9 the constructor binds it at once to get_event_loop(),
    # a loop that asyncio.run() never runs; from 3.10 it binds to the first loop that waits on it.
    aio_event = asyncio.Event()
    print(
        "asyncio: aio_event = asyncio.Event() outside any loop ->",
        without_addresses(repr(aio_event)),
    )
    print(
        "asyncio: first asyncio.run(): await aio_event.wait() ->",
        asyncio.run(wait_until_set(aio_event)),
    )
    print(
        "asyncio: second asyncio.run(): await aio_event.wait() ->",
        asyncio.run(wait_until_set(aio_event)),
    )

    th_event = threading.Event()
    results: list[bool] = []
    for _ in range(2):
        worker = threading.Thread(target=lambda: results.append(th_event.wait()))
        worker.start()
        th_event.set()
        worker.join()
        th_event.clear()
    print(
        "threading: th_event.wait() in one thread, then in another ->",
        ", ".join(map(str, results)),
    )


if __name__ == "__main__":
    main()
