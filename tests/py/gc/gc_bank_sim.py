# A realistic program with parent/child back-references (accounts know their bank, the bank lists its
# accounts, transactions link both ways): drop whole banks and let the collector reclaim them.
import gc

class Bank:
    def __init__(self, name):
        self.name = name
        self.accounts = {}
        self.ledger = []
    def open(self, owner, amount):
        acct = Account(self, owner, amount)
        self.accounts[owner] = acct
        return acct

class Account:
    def __init__(self, bank, owner, balance):
        self.bank = bank
        self.owner = owner
        self.balance = balance
        self.history = []
    def transfer(self, other, amount):
        tx = {"from": self, "to": other, "amount": amount}
        self.history.append(tx)
        other.history.append(tx)
        self.bank.ledger.append(tx)
        self.balance -= amount
        other.balance += amount

def simulate(seed):
    bank = Bank("bank%d" % seed)
    accts = [bank.open("owner%d" % i, 100 + i) for i in range(6)]
    x = seed
    for _ in range(20):
        x = (x * 1103515245 + 12345) % 2147483648
        a, b = accts[x % 6], accts[(x // 6) % 6]
        if a is not b:
            a.transfer(b, x % 17)
    return sum(a.balance for a in accts), len(bank.ledger)

gc.collect()
for seed in range(3):
    total, n = simulate(seed)
    print(seed, total, n, gc.collect() > 0)
print("final:", gc.collect())
