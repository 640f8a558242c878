"""A NaN timeout: threading.Event.wait() on an unset event returns False up to 3.13.0, raises ValueError from 3.14.10.

On CPython 3.14.10 and later:

>>> main()
th_event.wait(nan) -> ValueError: Invalid value NaN (not a number)
th_event.wait(-1) -> False
th_event.wait(0.01) -> False

On CPython 3.13.1 to 3.14.9:

Not measured.

On CPython 3.9 to 3.13.0:

>>> main()
th_event.wait(nan) -> False
th_event.wait(-1) -> False
th_event.wait(0.01) -> False
"""

import threading


def main() -> None:
    th_event = threading.Event()  # never set: each wait() can only time out
    for timeout in (float("nan"), -1, 0.01):
        try:
            print(f"th_event.wait({timeout}) -> {th_event.wait(timeout)}")
        except ValueError as exc:
            print(f"th_event.wait({timeout}) -> ValueError: {exc}")


if __name__ == "__main__":
    main()
