# A double-entry bank ledger that keeps exact cents in ints, with format specs for money
# columns, custom exceptions, class-level state and a reconciliation report.
class LedgerError(Exception):
    pass


class InsufficientFunds(LedgerError):
    def __init__(self, account, wanted, available):
        super().__init__(f'{account}: wanted {fmt(wanted)}, available {fmt(available)}')
        self.account = account
        self.shortfall = wanted - available


def parse_amount(text):
    text = text.strip().replace(',', '')
    neg = text.startswith('-')
    if neg:
        text = text[1:]
    whole, dot, frac = text.partition('.')
    if len(frac) > 2:
        raise ValueError(f'too many decimals in {text!r}')
    cents = int(whole or '0') * 100 + int(frac.ljust(2, '0') or '0')
    return -cents if neg else cents


def fmt(cents, width=0):
    sign = '-' if cents < 0 else ''
    s = f'{sign}{abs(cents) // 100:,}.{abs(cents) % 100:02d}'
    return f'{s:>{width}}'


class Account:
    _next_no = 1000

    def __init__(self, owner, kind='checking', overdraft=0):
        Account._next_no += 1
        self.number = Account._next_no
        self.owner = owner
        self.kind = kind
        self.overdraft = overdraft
        self.balance = 0

    def __repr__(self):
        return f'<{self.kind} #{self.number} {self.owner}: {fmt(self.balance)}>'


class Ledger:
    def __init__(self):
        self.accounts = {}
        self.journal = []

    def open(self, owner, **kw):
        acct = Account(owner, **kw)
        self.accounts[acct.number] = acct
        return acct.number

    def post(self, memo, debit, credit, amount):
        if amount <= 0:
            raise LedgerError(f'amount must be positive, got {fmt(amount)}')
        src = self.accounts[debit]
        if src.balance - amount < -src.overdraft:
            raise InsufficientFunds(src.owner, amount, src.balance + src.overdraft)
        src.balance -= amount
        self.accounts[credit].balance += amount
        self.journal.append((len(self.journal) + 1, memo, debit, credit, amount))

    def interest(self, rate_bp):
        for acct in self.accounts.values():
            if acct.kind == 'savings' and acct.balance > 0:
                # banker's rounding of balance * bp / 10000, done in integers
                q, r = divmod(acct.balance * rate_bp, 10000)
                if r * 2 > 10000 or (r * 2 == 10000 and q % 2):
                    q += 1
                if q:
                    self.post(f'interest {rate_bp}bp', BANK, acct.number, q)


ledger = Ledger()
BANK = ledger.open('Bank', kind='equity', overdraft=10**12)
alice = ledger.open('Alice')
bob = ledger.open('Bob', overdraft=5000)
save = ledger.open('Alice', kind='savings')

ops = [
    ('opening', BANK, alice, '1,250.00'),
    ('opening', BANK, bob, '300'),
    ('rent', alice, bob, '800.5'),
    ('to savings', alice, save, '400.00'),
    ('groceries', bob, BANK, '1,149.99'),
    ('overdraw', bob, alice, '0.02'),
    ('bad', alice, bob, '-5'),
    ('bad', alice, bob, '1.234'),
    ('refund', bob, alice, '10'),
]
for memo, d, c, amt in ops:
    try:
        ledger.post(memo, d, c, parse_amount(amt))
    except InsufficientFunds as e:
        print(f'refused {memo!r}: {e} (short by {fmt(e.shortfall)})')
    except LedgerError as e:
        print(f'error {memo!r}: {e}')
    except ValueError as e:
        print(f'parse {memo!r}: {e}')

for month in range(1, 4):
    ledger.interest(125)

print(f"{'#':>3} {'memo':<14}{'from':>6}{'to':>6}{'amount':>12}")
for no, memo, d, c, amt in ledger.journal:
    print(f'{no:>3} {memo:<14}{d:>6}{c:>6}{fmt(amt, 12)}')

print()
for acct in sorted(ledger.accounts.values(), key=lambda a: (a.owner, a.number)):
    print(f'{acct.owner:<6}{acct.kind:<10}{fmt(acct.balance, 20)}')
print(repr(ledger.accounts[save]))
total = sum(a.balance for a in ledger.accounts.values())
print('sum of balances:', total, 'balanced' if total == 0 else 'UNBALANCED')
print(f'{1234567:_}', f'{-42.5:+010.3f}', f'{0.125:.1%}', f'{255:#06x}', f'{7:b}', f'{3:^7}|')
