"""Browser tests of the built site (run by ``nox -s browser``; see conftest.py)."""
