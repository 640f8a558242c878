"""Every state change of each Future: the state after each call that completes, cancels or starts a future.

`done()`, `cancelled()` and (concurrent.futures only) `running()` fold the state into
booleans. Both classes keep it in the private attribute `_state`, a string, which is what
this script prints: the value of one of the state constants of the class's module. A call
that raises leaves the state as it was, and so does a `cancel()` that returns False; but
`set_running_or_notify_cancel()` returns False as it moves a CANCELLED future on.

>>> main()
asyncio.Future (aio_future._state)
  new future:                      PENDING
  .set_result(42):                 FINISHED
  new future:                      PENDING
  .set_exception(ValueError()):    FINISHED
  new future:                      PENDING
  .cancel():                       CANCELLED  (returned True)
concurrent.futures.Future (cf_future._state)
  new future:                      PENDING
  .set_running_or_notify_cancel(): RUNNING  (returned True)
  .cancel():                       RUNNING  (returned False)
  .set_result(42):                 FINISHED
  new future:                      PENDING
  .set_running_or_notify_cancel(): RUNNING  (returned True)
  .set_exception(ValueError()):    FINISHED
  new future:                      PENDING
  .set_result(42):                 FINISHED
  new future:                      PENDING
  .set_exception(ValueError()):    FINISHED
  new future:                      PENDING
  .cancel():                       CANCELLED  (returned True)
  .set_running_or_notify_cancel(): CANCELLED_AND_NOTIFIED  (returned False)
"""

import asyncio
import concurrent.futures
from typing import Any


def show(label: str, future: Any, returned: object = None) -> None:
    note = "" if returned is None else f"  (returned {returned})"
    print(f"  {label + ':':<33}{future._state}{note}")


async def asyncio_side() -> None:
    loop = asyncio.get_running_loop()
    print("asyncio.Future (aio_future._state)")
    for method, argument in (("set_result", 42), ("set_exception", ValueError())):
        aio_future = loop.create_future()
        show("new future", aio_future)
        getattr(aio_future, method)(argument)
        show(f".{method}({argument!r})", aio_future)
        aio_future.exception()  # retrieved: no "exception was never retrieved" log
    aio_future = loop.create_future()
    show("new future", aio_future)
    show(".cancel()", aio_future, aio_future.cancel())


def main() -> None:
    asyncio.run(asyncio_side())

    print("concurrent.futures.Future (cf_future._state)")
    # What an executor's worker does: mark it running, then complete it.
    cf_future: concurrent.futures.Future[int] = concurrent.futures.Future()
    show("new future", cf_future)
    show(
        ".set_running_or_notify_cancel()",
        cf_future,
        cf_future.set_running_or_notify_cancel(),
    )
    show(".cancel()", cf_future, cf_future.cancel())  # too late: it is running
    cf_future.set_result(42)
    show(".set_result(42)", cf_future)
    cf_future = concurrent.futures.Future()
    show("new future", cf_future)
    show(
        ".set_running_or_notify_cancel()",
        cf_future,
        cf_future.set_running_or_notify_cancel(),
    )
    cf_future.set_exception(ValueError())
    show(".set_exception(ValueError())", cf_future)
    # Completed without ever running, as a hand-made future may be.
    cf_future = concurrent.futures.Future()
    show("new future", cf_future)
    cf_future.set_result(42)
    show(".set_result(42)", cf_future)
    cf_future = concurrent.futures.Future()
    show("new future", cf_future)
    cf_future.set_exception(ValueError())
    show(".set_exception(ValueError())", cf_future)
    # Cancelled before a worker took it: the worker's set_running_or_notify_cancel() then notifies the waiters.
    cf_future = concurrent.futures.Future()
    show("new future", cf_future)
    show(".cancel()", cf_future, cf_future.cancel())
    show(
        ".set_running_or_notify_cancel()",
        cf_future,
        cf_future.set_running_or_notify_cancel(),
    )


if __name__ == "__main__":
    main()
