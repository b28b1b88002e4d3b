# A small bank: accounts, transfers, overdraft rules with custom exceptions, and a statement report.
class InsufficientFunds(Exception):
    def __init__(self, account, amount):
        super().__init__(f"{account.owner} cannot withdraw {amount:.2f} (balance {account.balance:.2f})")
        self.shortfall = amount - account.balance


class AccountFrozen(Exception):
    pass


class Account:
    next_number = 1000

    def __init__(self, owner, balance=0.0, overdraft=0.0):
        self.owner = owner
        self.balance = balance
        self.overdraft = overdraft
        self.frozen = False
        self.history = []
        self.number = Account.next_number
        Account.next_number += 1

    def _record(self, kind, amount):
        self.history.append((kind, amount, self.balance))

    def deposit(self, amount):
        if amount <= 0:
            raise ValueError("deposit must be positive")
        if self.frozen:
            raise AccountFrozen(self.owner)
        self.balance += amount
        self._record("deposit", amount)

    def withdraw(self, amount):
        if self.frozen:
            raise AccountFrozen(self.owner)
        if amount > self.balance + self.overdraft:
            raise InsufficientFunds(self, amount)
        self.balance -= amount
        self._record("withdraw", amount)

    def __repr__(self):
        return f"<Account {self.number} {self.owner}: {self.balance:.2f}>"


class Bank:
    def __init__(self):
        self.accounts = {}
        self.log = []

    def open(self, owner, **kwargs):
        acct = Account(owner, **kwargs)
        self.accounts[owner] = acct
        return acct

    def transfer(self, src, dst, amount):
        a, b = self.accounts[src], self.accounts[dst]
        try:
            a.withdraw(amount)
        except (InsufficientFunds, AccountFrozen) as e:
            self.log.append(f"FAILED {src}->{dst} {amount}: {type(e).__name__}: {e}")
            return False
        try:
            b.deposit(amount)
        except AccountFrozen:
            a.deposit(amount)
            self.log.append(f"REVERSED {src}->{dst} {amount}: {dst} is frozen")
            return False
        self.log.append(f"OK {src}->{dst} {amount}")
        return True

    def total(self):
        return sum(a.balance for a in self.accounts.values())


bank = Bank()
bank.open("alice", balance=500.0)
bank.open("bob", balance=50.0, overdraft=100.0)
bank.open("carol")
print(bank.transfer("alice", "bob", 120.5))
print(bank.transfer("bob", "carol", 250))
print(bank.transfer("bob", "carol", 260))
bank.accounts["carol"].frozen = True
print(bank.transfer("alice", "carol", 10))
bank.accounts["carol"].frozen = False
print(bank.transfer("carol", "alice", 99.99))
try:
    bank.accounts["alice"].deposit(-5)
except ValueError as e:
    print("ValueError:", e)
try:
    bank.accounts["carol"].withdraw(1000)
except InsufficientFunds as e:
    print("InsufficientFunds:", e, f"shortfall={e.shortfall:.2f}")
for line in bank.log:
    print(line)
for owner in sorted(bank.accounts):
    acct = bank.accounts[owner]
    print(acct)
    for kind, amount, balance in acct.history:
        print(f"    {kind:<8}{amount:>10.2f}{balance:>10.2f}")
print(f"total: {bank.total():.2f}")
