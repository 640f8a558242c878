"""Implementation: asyncio.Future is a C class with a pure-Python twin; concurrent.futures.Future is pure Python.

>>> main()
asyncio.Future is defined in module: _asyncio
asyncio.Future is the pure-Python asyncio.futures._PyFuture: False
concurrent.futures.Future is defined in module: concurrent.futures._base
inspect.signature(asyncio.Future.add_done_callback) -> ValueError
inspect.signature(asyncio.futures._PyFuture.add_done_callback) -> (self, fn, *, context=None)
inspect.signature(concurrent.futures.Future.add_done_callback) -> (self, fn)
"""

import asyncio
import asyncio.futures
import concurrent.futures
import inspect


def main() -> None:
    print("asyncio.Future is defined in module:", asyncio.Future.__module__)
    print(
        "asyncio.Future is the pure-Python asyncio.futures._PyFuture:",
        asyncio.Future is asyncio.futures._PyFuture,
    )
    print(
        "concurrent.futures.Future is defined in module:",
        concurrent.futures.Future.__module__,
    )
    for name, cls in (
        ("asyncio.Future", asyncio.Future),
        ("asyncio.futures._PyFuture", asyncio.futures._PyFuture),
        ("concurrent.futures.Future", concurrent.futures.Future),
    ):
        try:
            signature = str(inspect.signature(cls.add_done_callback))
        except ValueError:
            # The C method carries no text signature.
            signature = "ValueError"
        print(f"inspect.signature({name}.add_done_callback) -> {signature}")


if __name__ == "__main__":
    main()
