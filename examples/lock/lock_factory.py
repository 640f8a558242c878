"""threading.Lock is a factory function before 3.13: no isinstance() checks, no subclass

On CPython 3.13 and later:

>>> main()
threading.Lock is a type | it returns a _thread.lock
isinstance(th_lock, threading.Lock) -> True
class MyLock(threading.Lock) -> TypeError: type '_thread.lock' is not an acceptable base type
asyncio.Lock is a type | isinstance: True
class MyAioLock(asyncio.Lock) -> Lock is its base

On CPython 3.10 to 3.12:

>>> main()
threading.Lock is a builtin_function_or_method | it returns a _thread.lock
isinstance(th_lock, threading.Lock) -> TypeError: isinstance() arg 2 must be a type, a tuple of types, or a union
class MyLock(threading.Lock) -> TypeError: cannot create 'builtin_function_or_method' instances
asyncio.Lock is a type | isinstance: True
class MyAioLock(asyncio.Lock) -> Lock is its base

On CPython 3.9 only:

>>> main()
threading.Lock is a builtin_function_or_method | it returns a _thread.lock
isinstance(th_lock, threading.Lock) -> TypeError: isinstance() arg 2 must be a type or tuple of types
class MyLock(threading.Lock) -> TypeError: cannot create 'builtin_function_or_method' instances
asyncio.Lock is a type | isinstance: True
class MyAioLock(asyncio.Lock) -> Lock is its base
"""

import asyncio
import threading


def main() -> None:
    th_lock = threading.Lock()
    kind = type(th_lock)
    print(
        "threading.Lock is a",
        type(threading.Lock).__name__,
        f"| it returns a {kind.__module__}.{kind.__qualname__}",
    )
    try:
        print(
            "isinstance(th_lock, threading.Lock) ->",
            isinstance(th_lock, threading.Lock),
        )
    except TypeError as error:
        print("isinstance(th_lock, threading.Lock) -> TypeError:", error)
    try:

        class MyLock(threading.Lock):
            pass

    except TypeError as error:
        print("class MyLock(threading.Lock) -> TypeError:", error)
    print(
        "asyncio.Lock is a",
        type(asyncio.Lock).__name__,
        "| isinstance:",
        isinstance(asyncio.Lock(), asyncio.Lock),
    )

    class MyAioLock(asyncio.Lock):
        pass

    print(
        "class MyAioLock(asyncio.Lock) ->",
        MyAioLock.__mro__[1].__qualname__,
        "is its base",
    )


if __name__ == "__main__":
    main()
