"""``python -m futcompare``: the command-line interface."""

from futcompare.cli import main

if __name__ == "__main__":
    raise SystemExit(main())
