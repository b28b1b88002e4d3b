# A small bank simulation using the object model end to end: properties with validation, class
# attributes as counters, classmethod constructors, staticmethod helpers, custom exceptions with
# extra attributes, __eq__/__hash__/__lt__ for ordering, __repr__/__str__/__format__, context
# managers for atomic transfers, and a deterministic transaction log.
class BankError(Exception):
    pass
class InsufficientFunds(BankError):
    def __init__(self, account, amount):
        super().__init__(f"{account.owner} cannot withdraw {amount}: balance {account.balance}")
        self.account = account
        self.shortfall = amount - account.balance
class FrozenAccount(BankError):
    pass

class Account:
    _next_number = 1000
    interest_rate = 0.02
    def __init__(self, owner, balance=0):
        self.owner = owner
        self._balance = 0
        self.frozen = False
        self.history = []
        self.number = Account._next_number
        Account._next_number += 1
        if balance:
            self.deposit(balance)
    @classmethod
    def from_record(cls, record):
        owner, balance = record.split(":")
        return cls(owner.strip(), int(balance))
    @staticmethod
    def format_cents(cents):
        sign = "-" if cents < 0 else ""
        return f"{sign}${abs(cents) // 100}.{abs(cents) % 100:02d}"
    @property
    def balance(self):
        return self._balance
    @balance.setter
    def balance(self, value):
        raise AttributeError("balance is read-only; use deposit/withdraw")
    def _check(self):
        if self.frozen:
            raise FrozenAccount(f"account {self.number} is frozen")
    def deposit(self, amount):
        self._check()
        if amount <= 0:
            raise ValueError("deposit must be positive")
        self._balance += amount
        self.history.append(("deposit", amount))
    def withdraw(self, amount):
        self._check()
        if amount > self._balance:
            raise InsufficientFunds(self, amount)
        self._balance -= amount
        self.history.append(("withdraw", amount))
    def __repr__(self):
        return f"Account({self.owner!r}, {self._balance})"
    def __str__(self):
        return f"#{self.number} {self.owner}: {self.format_cents(self._balance)}"
    def __format__(self, spec):
        return format(str(self), spec)
    def __eq__(self, other):
        return isinstance(other, Account) and self.number == other.number
    def __hash__(self):
        return hash(self.number)
    def __lt__(self, other):
        return (self._balance, self.number) < (other._balance, other.number)

class SavingsAccount(Account):
    interest_rate = 0.05
    def add_interest(self):
        interest = int(self.balance * self.interest_rate)
        self.deposit(interest)
        return interest

class Transfer:
    def __init__(self, src, dst, amount):
        self.src, self.dst, self.amount = src, dst, amount
    def __enter__(self):
        self.snapshot = (self.src._balance, self.dst._balance, len(self.src.history), len(self.dst.history))
        self.src.withdraw(self.amount)
        self.dst.deposit(self.amount)
        return self
    def __exit__(self, exc_type, exc, tb):
        if exc_type is not None:
            self.src._balance, self.dst._balance = self.snapshot[:2]
            del self.src.history[self.snapshot[2]:]
            del self.dst.history[self.snapshot[3]:]
            print(f"transfer rolled back: {exc}")
            return issubclass(exc_type, BankError)
        return False

alice = Account("alice", 10_000)
bob = SavingsAccount.from_record("bob: 2500")
carol = Account("carol")
print(alice, bob, carol, sep=" | ")
print(f"[{alice:<30}]", repr(bob), Account.format_cents(-1234))
alice.withdraw(2_345)
bob.deposit(500)
print(bob.add_interest(), bob.balance, SavingsAccount.interest_rate, Account.interest_rate)
try:
    carol.withdraw(1)
except InsufficientFunds as e:
    print("InsufficientFunds:", e, "| shortfall", e.shortfall, e.account is carol)
try:
    alice.balance = 0
except AttributeError as e:
    print("AttributeError:", e)
with Transfer(alice, carol, 1_000):
    print("inside transfer", carol.balance)
with Transfer(carol, bob, 400) as t:
    raise FrozenAccount("audit hold")
print(carol.balance, bob.balance, carol.history)
carol.frozen = True
try:
    carol.deposit(1)
except BankError as e:
    print(type(e).__name__, e)
accounts = sorted([alice, bob, carol])
print([a.owner for a in accounts], max(accounts).owner, len({alice, bob, carol, alice}))
print([(a.number, len(a.history)) for a in (alice, bob, carol)], isinstance(bob, Account), type(bob).__mro__[1].__name__)
