"""The registry of pairs: names, titles, and which comparisons are registered."""

from __future__ import annotations

from dataclasses import replace

from futcompare.pairs import PAIRS, adhoc_pair, build_matrix, get_pair


def test_a_title_is_the_two_paths_unless_the_pair_gives_one() -> None:
    assert get_pair("lock").title == "asyncio.Lock vs threading.Lock"
    assert get_pair("rlock").title == "threading.RLock (asyncio has none)"
    assert get_pair("timeout").title == "asyncio.wait_for vs concurrent.futures.Future.result(timeout)"
    assert adhoc_pair("asyncio.Event", "threading.Event").title == "asyncio.Event vs threading.Event"


def test_only_the_registry_s_own_pairs_are_registered() -> None:
    assert all(pair.registered and name == pair.name for name, pair in PAIRS.items())
    assert not adhoc_pair("asyncio.Event", "threading.Event").registered
    # A pair named like a registered one, but comparing other paths, is not that pair.
    assert not replace(get_pair("event"), right="threading.Condition").registered
    assert build_matrix(adhoc_pair("asyncio.Event", "threading.Event")).pair is None
    assert build_matrix(get_pair("event")).pair == "event"
