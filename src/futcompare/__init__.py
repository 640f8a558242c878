"""futcompare: asyncio.Future vs concurrent.futures.Future, and the other asyncio/threading twins.

The public API: introspect a class or function, compare two surfaces into a matrix,
and look up the registered pairs.

>>> from futcompare import build_matrix, get_pair
>>> matrix = build_matrix(get_pair("future"))
>>> [row.status for row in matrix.rows if row.name == "get_loop"]
['only-left']
"""

from __future__ import annotations

from futcompare.compare import compare, compare_members
from futcompare.errors import FutcompareError
from futcompare.introspect import introspect
from futcompare.model import ClassFacts, Delta, Matrix, Member, Parameter, Row, Side, Surface
from futcompare.pairs import PAIRS, Pair, adhoc_pair, build_matrix, get_pair

__version__ = "0.1.0"

__all__ = [
    "PAIRS",
    "ClassFacts",
    "Delta",
    "FutcompareError",
    "Matrix",
    "Member",
    "Pair",
    "Parameter",
    "Row",
    "Side",
    "Surface",
    "__version__",
    "adhoc_pair",
    "build_matrix",
    "compare",
    "compare_members",
    "get_pair",
    "introspect",
]
