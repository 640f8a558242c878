"""Instead of an RLock, asyncio code takes the lock once and calls helpers that expect it held

>>> main()
withdraw(10) -> 90
transfer_out(20, fee=1) -> 69
both at once -> [64, 58] | locked afterwards: False
"""

import asyncio


class Account:
    def __init__(self) -> None:
        self.balance = 100
        self.aio_lock = asyncio.Lock()

    async def withdraw(self, amount: int) -> int:
        """The public method takes the lock, once."""
        async with self.aio_lock:
            return await self._withdraw_locked(amount)

    async def transfer_out(self, amount: int, fee: int) -> int:
        """Another public method: it does not call withdraw(), which would take the lock again."""
        async with self.aio_lock:
            await self._withdraw_locked(fee)
            return await self._withdraw_locked(amount)

    async def _withdraw_locked(self, amount: int) -> int:
        """Expects the lock held by its caller, and checks that it is."""
        assert self.aio_lock.locked(), "call with self.aio_lock held"
        await asyncio.sleep(0)  # other tasks may run here, but none can take the lock
        self.balance -= amount
        return self.balance


async def run() -> None:
    account = Account()
    print("withdraw(10) ->", await account.withdraw(10))
    print("transfer_out(20, fee=1) ->", await account.transfer_out(20, 1))
    both = await asyncio.gather(account.withdraw(5), account.transfer_out(5, 1))
    print("both at once ->", both, "| locked afterwards:", account.aio_lock.locked())


def main() -> None:
    asyncio.run(run())


if __name__ == "__main__":
    main()
