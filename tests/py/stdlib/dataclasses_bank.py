# dataclasses in a bank simulation: accounts with transaction histories (default_factory),
# frozen transaction records, ordering for reports, errors raised by business rules.
from dataclasses import dataclass, field, asdict, replace
from enum import Enum
from collections import defaultdict


class Kind(Enum):
    DEPOSIT = 'deposit'
    WITHDRAW = 'withdraw'
    TRANSFER = 'transfer'


@dataclass(frozen=True, order=True)
class Txn:
    seq: int
    kind: Kind = field(compare=False)
    amount: int = field(compare=False)
    memo: str = field(default='', compare=False)


class InsufficientFunds(Exception):
    pass


@dataclass
class Account:
    number: str
    owner: str
    balance: int = 0
    history: list = field(default_factory=list, repr=False)
    _seq = 0

    def _record(self, kind, amount, memo=''):
        Account._seq += 1
        self.history.append(Txn(Account._seq, kind, amount, memo))

    def deposit(self, amount, memo=''):
        if amount <= 0:
            raise ValueError(f'deposit must be positive, got {amount}')
        self.balance += amount
        self._record(Kind.DEPOSIT, amount, memo)

    def withdraw(self, amount, memo=''):
        if amount > self.balance:
            raise InsufficientFunds(f'{self.number}: balance {self.balance} < {amount}')
        self.balance -= amount
        self._record(Kind.WITHDRAW, amount, memo)


@dataclass
class Bank:
    name: str
    accounts: dict = field(default_factory=dict)

    def open(self, number, owner, initial=0):
        acct = Account(number, owner)
        if initial:
            acct.deposit(initial, 'initial')
        self.accounts[number] = acct
        return acct

    def transfer(self, src, dst, amount):
        a, b = self.accounts[src], self.accounts[dst]
        a.withdraw(amount, f'to {dst}')
        b.deposit(amount, f'from {src}')


bank = Bank('Immortal Savings')
bank.open('001', 'ann', 500)
bank.open('002', 'bob', 50)
bank.open('003', 'cid')
bank.transfer('001', '002', 120)
bank.accounts['003'].deposit(75, 'salary')
for action in [lambda: bank.transfer('002', '003', 1000), lambda: bank.accounts['001'].deposit(-5),
               lambda: bank.transfer('001', '999', 1)]:
    try:
        action()
    except (InsufficientFunds, ValueError, KeyError) as e:
        print(type(e).__name__, e)
for acct in sorted(bank.accounts.values(), key=lambda a: -a.balance):
    print(acct)
all_txns = sorted(t for a in bank.accounts.values() for t in a.history)
for t in all_txns:
    print(f'{t.seq:3} {t.kind.value:8} {t.amount:5} {t.memo}')
totals = defaultdict(int)
for t in all_txns:
    totals[t.kind] += t.amount
print({k.name: v for k, v in totals.items()})
print(asdict(bank.accounts['003']))
print(replace(all_txns[0], memo='edited'), all_txns[0])
