"""Probes: what a function does when called, observed on the running interpreter.

Introspection reads a function's parameters; it cannot say what the function
returns, what it accepts or what it raises. A probe calls it, with inputs that
make the outcome deterministic (futures that are already done, a timeout of 0),
and says what happened in words: ``returns tuple (done: set of 1, pending: set
of 0)`` or ``raises ValueError: Set of Tasks/Futures is empty.``. A pair lists
its probes as behaviour rows (see :class:`futcompare.pairs.Pair`); the two sides
of a row read the same when the words are the same.

Standard library only. Probes start no thread and need a fresh event loop, so
they do not run under Pyodide, whose event loop is always running: there a probe
is recorded as unavailable.
"""

from __future__ import annotations

import asyncio
import concurrent.futures
import queue
import sys
import warnings
from collections.abc import Awaitable
from typing import Any, Callable

from futcompare.errors import FutcompareError, UnavailableError
from futcompare.model import Member, Surface

#: The prefix that marks a probe's path in a pair and in a snapshot: ``probe:wait.empty.asyncio``.
PREFIX = "probe:"

Probe = Callable[[], str]
_PROBES: dict[str, tuple[str, Probe]] = {}


def probe(name: str, question: str) -> Callable[[Probe], Probe]:
    """Register a probe under *name*; *question* says what it asks (shown beside its answer), in the
    catalog's inline markup (`code` for code: the site shows it as code)."""

    def register(function: Probe) -> Probe:
        _PROBES[name] = (question, function)
        return function

    return register


def async_probe(name: str, question: str) -> Callable[[Callable[[], Awaitable[str]]], Probe]:
    """Register a coroutine function as the probe *name*: each observation runs it in a new event loop."""

    def register(coroutine_function: Callable[[], Awaitable[str]]) -> Probe:
        def run() -> str:
            return str(_run(coroutine_function))

        return probe(name, question)(run)

    return register


def exception_name(error: BaseException) -> str:
    """``TimeoutError``, ``asyncio.exceptions.TimeoutError``, ``_queue.Empty``: where the class lives."""
    cls = type(error)
    return cls.__qualname__ if cls.__module__ == "builtins" else f"{cls.__module__}.{cls.__qualname__}"


def outcome(function: Probe) -> str:
    """What calling *function* did, in words: its answer, or the exception it raised; warnings are added."""
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        try:
            text = function()
        except UnavailableError:
            raise
        except Exception as error:
            text = f"raises {exception_name(error)}: {error}".rstrip(": ")
    for warning in caught:
        if warning.category is RuntimeWarning and "never awaited" in str(warning.message):
            continue  # a probe's own leftover coroutine, not the behaviour probed
        text += f" (with {warning.category.__name__}: {warning.message})"
    return text


def observe(path: str) -> Surface:
    """Run the probe named by *path* (``probe:<name>``) and return its answer as a ``behaviour`` surface."""
    name = path[len(PREFIX) :] if path.startswith(PREFIX) else path
    if name not in _PROBES:
        raise FutcompareError(f"no probe {name!r}; known probes: {', '.join(sorted(_PROBES))}")
    question, function = _PROBES[name]
    if sys.platform == "emscripten":
        raise UnavailableError(f"probe {name!r} not run under Pyodide: its event loop is always running")
    answer = Member(
        name="__call__",
        kind="behaviour",
        signature=outcome(function),
        parameters=None,
        signature_source="probe",
        defined_in=path,
        doc=question,
    )
    return Surface(path=path, qualname=path, kind="behaviour", doc=question, facts=None, members=(answer,))


# -- helpers ----------------------------------------------------------------------------------------


def _run(make: Callable[[], Awaitable[Any]]) -> Any:
    async def main() -> Any:
        return await make()

    return asyncio.run(main())


def _done_cf(value: object = 1) -> concurrent.futures.Future[object]:
    cf_future: concurrent.futures.Future[object] = concurrent.futures.Future()
    cf_future.set_result(value)
    return cf_future


def _sets(result: Any, *, typed: bool = False) -> str:
    done, pending = result
    text = f"(done: set of {len(done)}, pending: set of {len(pending)})"
    return f"{type(result).__name__} {text}" if typed else f"returns {text}"


async def _value() -> int:
    return 1


# -- wait ---------------------------------------------------------------------------------------------


@async_probe("wait.returns.asyncio", "what `await asyncio.wait([done future])` returns")
async def _wait_returns_aio() -> str:
    aio_future = asyncio.get_running_loop().create_future()
    aio_future.set_result(1)
    return _sets(await asyncio.wait([aio_future]), typed=True)


@probe("wait.returns.cf", "what `concurrent.futures.wait([done future])` returns")
def _wait_returns_cf() -> str:
    return _sets(concurrent.futures.wait([_done_cf()]), typed=True)


@probe("wait.empty.asyncio", "`await asyncio.wait([])`")
def _wait_empty_aio() -> str:
    return _sets(_run(lambda: asyncio.wait([])))


@probe("wait.empty.cf", "`concurrent.futures.wait([])`")
def _wait_empty_cf() -> str:
    return _sets(concurrent.futures.wait([]))


@probe("wait.coroutine.asyncio", "`await asyncio.wait([coroutine])`")
def _wait_coroutine_aio() -> str:
    coroutine = _value()
    try:
        return _sets(_run(lambda: asyncio.wait([coroutine])))
    finally:
        coroutine.close()


@probe("wait.coroutine.cf", "`concurrent.futures.wait([coroutine])`")
def _wait_coroutine_cf() -> str:
    coroutine = _value()
    try:
        return _sets(concurrent.futures.wait([coroutine]))  # type: ignore[list-item]
    finally:
        coroutine.close()


@probe("wait.foreign.asyncio", "`await asyncio.wait([done concurrent.futures.Future])`")
def _wait_foreign_aio() -> str:
    cf_future: Any = _done_cf()  # the wrong world's future, on purpose
    return _sets(_run(lambda: asyncio.wait([cf_future])))


@async_probe("wait.foreign.cf", "`concurrent.futures.wait([done asyncio.Future])`")
async def _wait_foreign_cf() -> str:
    aio_future: Any = asyncio.get_running_loop().create_future()
    aio_future.set_result(1)
    return _sets(concurrent.futures.wait([aio_future]))


@async_probe("wait.timeout.asyncio", "`await asyncio.wait([pending future], timeout=0)`")
async def _wait_timeout_aio() -> str:
    aio_future = asyncio.get_running_loop().create_future()
    text = _sets(await asyncio.wait([aio_future], timeout=0))
    return f"{text}; the pending future is cancelled: {aio_future.cancelled()}"


@probe("wait.timeout.cf", "`concurrent.futures.wait([pending future], timeout=0)`")
def _wait_timeout_cf() -> str:
    cf_future: concurrent.futures.Future[int] = concurrent.futures.Future()
    text = _sets(concurrent.futures.wait([cf_future], timeout=0))
    return f"{text}; the pending future is cancelled: {cf_future.cancelled()}"


@async_probe("wait.single.asyncio", "`await asyncio.wait(future)`: one future, not an iterable of them")
async def _wait_single_aio() -> str:
    aio_future: Any = asyncio.get_running_loop().create_future()
    aio_future.set_result(1)
    return _sets(await asyncio.wait(aio_future))


@probe("wait.single.cf", "`concurrent.futures.wait(future)`: one future, not an iterable of them")
def _wait_single_cf() -> str:
    return _sets(concurrent.futures.wait(_done_cf()))  # type: ignore[arg-type]


@async_probe("wait.return-when.asyncio", "`await asyncio.wait([done future], return_when='SOMETIMES')`")
async def _wait_return_when_aio() -> str:
    aio_future = asyncio.get_running_loop().create_future()
    aio_future.set_result(1)
    return _sets(await asyncio.wait([aio_future], return_when="SOMETIMES"))


@probe("wait.return-when.cf", "`concurrent.futures.wait([done future], return_when='SOMETIMES')`")
def _wait_return_when_cf() -> str:
    return _sets(concurrent.futures.wait([_done_cf()], return_when="SOMETIMES"))


def _cancelled_cf() -> concurrent.futures.Future[int]:
    """Cancelled as a pool cancels a queued one: ``cancel()``, never ``set_running_or_notify_cancel()``."""
    cf_future: concurrent.futures.Future[int] = concurrent.futures.Future()
    cf_future.cancel()
    return cf_future


@async_probe("wait.cancelled.asyncio", "`await asyncio.wait([cancelled future], timeout=0)`")
async def _wait_cancelled_aio() -> str:
    aio_future = asyncio.get_running_loop().create_future()
    aio_future.cancel()
    return f"{_sets(await asyncio.wait([aio_future], timeout=0))}; its done() is {aio_future.done()}"


@probe("wait.cancelled.cf", "`concurrent.futures.wait([cancelled future], timeout=0)`")
def _wait_cancelled_cf() -> str:
    cf_future = _cancelled_cf()
    return f"{_sets(concurrent.futures.wait([cf_future], timeout=0))}; its done() is {cf_future.done()}"


# -- as_completed -------------------------------------------------------------------------------------


def _kind(value: object) -> str:
    if asyncio.iscoroutine(value):
        return "a coroutine"
    if isinstance(value, asyncio.Task):
        return "an asyncio.Task"
    if isinstance(value, asyncio.Future):
        return "an asyncio.Future"
    if isinstance(value, concurrent.futures.Future):
        return "a concurrent.futures.Future"
    return type(value).__name__


@async_probe("as-completed.returns.asyncio", "what `asyncio.as_completed([future])` returns")
async def _as_completed_returns_aio() -> str:
    aio_future = asyncio.get_running_loop().create_future()
    aio_future.set_result(1)
    iterator = asyncio.as_completed([aio_future])
    kinds = []
    if hasattr(iterator, "__aiter__"):
        kinds.append("async iterator")
    if hasattr(iterator, "__next__"):
        kinds.append("iterator")
    for item in iterator:
        await item
    return f"{type(iterator).__name__} ({', '.join(kinds)})"


@probe("as-completed.returns.cf", "what `concurrent.futures.as_completed([future])` returns")
def _as_completed_returns_cf() -> str:
    iterator = concurrent.futures.as_completed([_done_cf()])
    kinds = ["async iterator"] if hasattr(iterator, "__aiter__") else []
    kinds += ["iterator"] if hasattr(iterator, "__next__") else []
    list(iterator)
    return f"{type(iterator).__name__} ({', '.join(kinds)})"


@async_probe("as-completed.yields.asyncio", "what `for x in asyncio.as_completed([future])` gives")
async def _as_completed_yields_aio() -> str:
    aio_future = asyncio.get_running_loop().create_future()
    aio_future.set_result(1)
    kinds = []
    for item in asyncio.as_completed([aio_future]):
        kinds.append(f"{_kind(item)}, the input itself: {item is aio_future}, result {await item}")
    return "yields " + "; ".join(kinds)


@probe("as-completed.yields.cf", "what `for x in concurrent.futures.as_completed([future])` gives")
def _as_completed_yields_cf() -> str:
    cf_future = _done_cf()
    kinds = [
        f"{_kind(item)}, the input itself: {item is cf_future}, result {item.result()}"
        for item in concurrent.futures.as_completed([cf_future])
    ]
    return "yields " + "; ".join(kinds)


@async_probe("as-completed.async-for.asyncio", "what `async for x in asyncio.as_completed([future])` gives")
async def _as_completed_async_for_aio() -> str:
    aio_future = asyncio.get_running_loop().create_future()
    aio_future.set_result(1)
    kinds = []
    async for item in asyncio.as_completed([aio_future]):  # type: ignore[attr-defined]
        kinds.append(f"{_kind(item)}, the input itself: {item is aio_future}, result {await item}")
    return "yields " + "; ".join(kinds)


@async_probe("as-completed.async-for.cf", "what `async for x in concurrent.futures.as_completed([future])` gives")
async def _as_completed_async_for_cf() -> str:
    kinds = []
    async for item in concurrent.futures.as_completed([_done_cf()]):  # type: ignore[attr-defined]
        kinds.append(_kind(item))
    return "yields " + "; ".join(kinds)


@async_probe("as-completed.empty.asyncio", "`asyncio.as_completed([])`")
async def _as_completed_empty_aio() -> str:
    return f"yields {len(list(asyncio.as_completed([])))} items"


@probe("as-completed.empty.cf", "`concurrent.futures.as_completed([])`")
def _as_completed_empty_cf() -> str:
    return f"yields {len(list(concurrent.futures.as_completed([])))} items"


@async_probe("as-completed.coroutine.asyncio", "`asyncio.as_completed([coroutine])`")
async def _as_completed_coroutine_aio() -> str:
    results = [await item for item in asyncio.as_completed([_value()])]
    return f"accepted, results {results}"


@probe("as-completed.coroutine.cf", "`concurrent.futures.as_completed([coroutine])`")
def _as_completed_coroutine_cf() -> str:
    coroutine: Any = _value()
    try:
        results = [f.result() for f in concurrent.futures.as_completed([coroutine])]
        return f"accepted, results {results}"
    finally:
        coroutine.close()


@async_probe("as-completed.foreign.asyncio", "`asyncio.as_completed([done concurrent.futures.Future])`")
async def _as_completed_foreign_aio() -> str:
    cf_future: Any = _done_cf()
    results = [await item for item in asyncio.as_completed([cf_future])]
    return f"accepted, results {results}"


@async_probe("as-completed.foreign.cf", "`concurrent.futures.as_completed([done asyncio.Future])`")
async def _as_completed_foreign_cf() -> str:
    aio_future: Any = asyncio.get_running_loop().create_future()
    aio_future.set_result(1)
    results = [f.result() for f in concurrent.futures.as_completed([aio_future])]
    return f"accepted, results {results}"


@async_probe(
    "as-completed.timeout.asyncio", "`asyncio.as_completed([pending future], timeout=0)`, awaiting the first item"
)
async def _as_completed_timeout_aio() -> str:
    aio_future = asyncio.get_running_loop().create_future()
    try:
        for item in asyncio.as_completed([aio_future], timeout=0):
            await item
    except Exception as error:
        return f"raises {exception_name(error)}; the pending future is cancelled: {aio_future.cancelled()}"
    return "finishes"


@probe("as-completed.timeout.cf", "`concurrent.futures.as_completed([pending future], timeout=0)`, the first item")
def _as_completed_timeout_cf() -> str:
    cf_future: concurrent.futures.Future[int] = concurrent.futures.Future()
    try:
        for _ in concurrent.futures.as_completed([cf_future], timeout=0):
            pass
    except Exception as error:
        return f"raises {exception_name(error)}; the pending future is cancelled: {cf_future.cancelled()}"
    return "finishes"


@async_probe(
    "as-completed.cancelled.asyncio", "`asyncio.as_completed([cancelled future], timeout=0)`, awaiting the first item"
)
async def _as_completed_cancelled_aio() -> str:
    aio_future = asyncio.get_running_loop().create_future()
    aio_future.cancel()
    for item in asyncio.as_completed([aio_future], timeout=0):
        try:
            await item
        except BaseException as error:  # CancelledError is a BaseException from 3.8
            return f"the first item, awaited, raises {exception_name(error)}"
    return "yields nothing"


@probe("as-completed.cancelled.cf", "`concurrent.futures.as_completed([cancelled future], timeout=0)`, the first item")
def _as_completed_cancelled_cf() -> str:
    cf_future = _cancelled_cf()
    for item in concurrent.futures.as_completed([cf_future], timeout=0):
        return f"yields the future itself: {item is cf_future}"
    return "yields nothing"


# -- timeout: asyncio.wait_for / asyncio.timeout vs Future.result(timeout) / wait(timeout) -------------


@async_probe("timeout.returns.asyncio", "`await asyncio.wait_for(done future, 1)`")
async def _timeout_returns_aio() -> str:
    aio_future = asyncio.get_running_loop().create_future()
    aio_future.set_result(1)
    return f"returns its result: {await asyncio.wait_for(aio_future, 1)}"


@probe("timeout.returns.cf", "`done_future.result(timeout=1)`")
def _timeout_returns_cf() -> str:
    return f"returns its result: {_done_cf().result(timeout=1)}"


@async_probe("timeout.expires.asyncio", "`await asyncio.wait_for(pending future, 0)`")
async def _timeout_expires_aio() -> str:
    aio_future = asyncio.get_running_loop().create_future()
    try:
        await asyncio.wait_for(aio_future, 0)
    except BaseException as error:
        return f"raises {exception_name(error)}; the future is cancelled: {aio_future.cancelled()}"
    return "returns"


@probe("timeout.expires.cf", "`pending_future.result(timeout=0)`")
def _timeout_expires_cf() -> str:
    cf_future: concurrent.futures.Future[int] = concurrent.futures.Future()
    try:
        cf_future.result(timeout=0)
    except BaseException as error:
        return f"raises {exception_name(error)}; the future is cancelled: {cf_future.cancelled()}"
    return "returns"


@probe("timeout.coroutine.asyncio", "`await asyncio.wait_for(coroutine, 1)`")
def _timeout_coroutine_aio() -> str:
    return f"accepted, returns {_run(lambda: asyncio.wait_for(_value(), 1))}"


@probe("timeout.coroutine.cf", "a coroutine given to `concurrent.futures`: `wait([coroutine], timeout=1)`")
def _timeout_coroutine_cf() -> str:
    return _wait_coroutine_cf()


@probe("timeout.foreign.asyncio", "`await asyncio.wait_for(done concurrent.futures.Future, 1)`")
def _timeout_foreign_aio() -> str:
    return f"accepted, returns {_run(lambda: asyncio.wait_for(_done_cf(), 1))}"  # type: ignore[arg-type]


@probe("timeout.foreign.cf", "`concurrent.futures.wait([done asyncio.Future], timeout=1)`")
def _timeout_foreign_cf() -> str:
    return _wait_foreign_cf()


@probe("timeout.block.asyncio", "`async with asyncio.timeout(0): await pending future`")
def _timeout_block_aio() -> str:
    if not hasattr(asyncio, "timeout"):
        raise UnavailableError("asyncio.timeout() is new in Python 3.11")

    async def go() -> str:
        aio_future = asyncio.get_running_loop().create_future()
        try:
            async with asyncio.timeout(0):  # type: ignore[attr-defined]
                await aio_future
        except BaseException as error:
            return f"raises {exception_name(error)}; the awaited future is cancelled: {aio_future.cancelled()}"
        return "returns"

    return str(_run(go))


@probe("timeout.block.cf", "`concurrent.futures.wait([pending future], timeout=0)`")
def _timeout_block_cf() -> str:
    return _wait_timeout_cf()


# -- queue --------------------------------------------------------------------------------------------


@async_probe("queue.get-empty.asyncio", "`asyncio.Queue().get_nowait()`")
async def _queue_get_empty_aio() -> str:
    return str(asyncio.Queue().get_nowait())


@probe("queue.get-empty.queue", "`queue.Queue().get_nowait()`")
def _queue_get_empty_th() -> str:
    return str(queue.Queue().get_nowait())


@async_probe("queue.put-full.asyncio", "`asyncio.Queue(1)`: `put_nowait` twice")
async def _queue_put_full_aio() -> str:
    aio_queue: asyncio.Queue[int] = asyncio.Queue(1)
    aio_queue.put_nowait(1)
    aio_queue.put_nowait(2)
    return "returns"


@probe("queue.put-full.queue", "`queue.Queue(1)`: `put_nowait` twice")
def _queue_put_full_th() -> str:
    th_queue: queue.Queue[int] = queue.Queue(1)
    th_queue.put_nowait(1)
    th_queue.put_nowait(2)
    return "returns"


@async_probe("queue.set-maxsize.asyncio", "`asyncio.Queue(1).maxsize = 2`")
async def _queue_set_maxsize_aio() -> str:
    aio_queue: asyncio.Queue[int] = asyncio.Queue(1)
    aio_queue.maxsize = 2  # type: ignore[misc]
    return f"sets it: maxsize is {aio_queue.maxsize}"


@probe("queue.set-maxsize.queue", "`queue.Queue(1).maxsize = 2`")
def _queue_set_maxsize_th() -> str:
    th_queue: queue.Queue[int] = queue.Queue(1)
    th_queue.maxsize = 2
    return f"sets it: maxsize is {th_queue.maxsize}"


@async_probe("queue.task-done.asyncio", "`asyncio.Queue().task_done()` with no task")
async def _queue_task_done_aio() -> str:
    asyncio.Queue().task_done()
    return "returns"


@probe("queue.task-done.queue", "`queue.Queue().task_done()` with no task")
def _queue_task_done_th() -> str:
    queue.Queue().task_done()
    return "returns"


@async_probe("queue.after-shutdown.asyncio", "`asyncio.Queue`: `shutdown()`, then `put_nowait(1)`")
async def _queue_shutdown_aio() -> str:
    aio_queue: asyncio.Queue[int] = asyncio.Queue()
    if not hasattr(aio_queue, "shutdown"):
        raise UnavailableError("Queue.shutdown() is new in Python 3.13")
    aio_queue.shutdown()
    aio_queue.put_nowait(1)
    return "returns"


@probe("queue.after-shutdown.queue", "`queue.Queue`: `shutdown()`, then `put_nowait(1)`")
def _queue_shutdown_th() -> str:
    th_queue: queue.Queue[int] = queue.Queue()
    if not hasattr(th_queue, "shutdown"):
        raise UnavailableError("Queue.shutdown() is new in Python 3.13")
    th_queue.shutdown()
    th_queue.put_nowait(1)
    return "returns"
