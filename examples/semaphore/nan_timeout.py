"""A NaN timeout: threading.Semaphore(0).acquire() waits for a release() up to 3.13.0, raises ValueError from 3.14.10.

On CPython 3.14.10 and later:

>>> main()
threading.Lock().acquire(timeout=nan) -> ValueError: Invalid value NaN (not a number)
th_sem.acquire(timeout=nan) -> ValueError: Invalid value NaN (not a number)

On CPython 3.13.1 to 3.14.9:

Not measured.

On CPython 3.9 to 3.13.0:

>>> main()
threading.Lock().acquire(timeout=nan) -> ValueError: Invalid value NaN (not a number)
th_sem.acquire(timeout=nan): still waiting after 0.3 s
after th_sem.release(): -> True
"""

import threading

NAN = float("nan")


def main() -> None:
    try:
        threading.Lock().acquire(timeout=NAN)
    except ValueError as exc:
        print(f"threading.Lock().acquire(timeout=nan) -> ValueError: {exc}")

    th_sem = threading.Semaphore(0)
    outcome: list[str] = []

    def acquire() -> None:
        try:
            outcome.append(f"-> {th_sem.acquire(timeout=NAN)}")
        except ValueError as exc:
            outcome.append(f"-> ValueError: {exc}")

    waiter = threading.Thread(target=acquire)
    waiter.start()
    waiter.join(timeout=0.3)
    if waiter.is_alive():
        print("th_sem.acquire(timeout=nan): still waiting after 0.3 s")
        th_sem.release()
        waiter.join()
        print("after th_sem.release():", outcome[0])
    else:
        print("th_sem.acquire(timeout=nan)", outcome[0])


if __name__ == "__main__":
    main()
