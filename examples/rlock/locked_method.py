"""threading.RLock.locked() is new in 3.14

On CPython 3.14 and later:

>>> main()
th_rlock.locked() while held -> True

On CPython 3.9 to 3.13:

>>> main()
th_rlock.locked() -> AttributeError: '_thread.RLock' object has no attribute 'locked'
"""

import threading


def main() -> None:
    th_rlock = threading.RLock()
    th_rlock.acquire()
    try:
        print("th_rlock.locked() while held ->", th_rlock.locked())
    except AttributeError as error:
        print("th_rlock.locked() -> AttributeError:", error)


if __name__ == "__main__":
    main()
