"""Collection rules for the whole tree (pytest with pytest-doctestplus)."""

from __future__ import annotations

import importlib.util

# The Sphinx extension needs Sphinx, which needs Python 3.11+: on older Pythons the
# docs extra is not installed, so its modules are not imported for doctests there.
collect_ignore = [] if importlib.util.find_spec("sphinx") else ["src/futcompare/sphinxext"]
