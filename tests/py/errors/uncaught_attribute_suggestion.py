# immortal-test: exit=1
# AttributeError with CPython 3.12's "Did you mean" suggestion for a near-miss name.
class Account:
    def __init__(self):
        self.balance = 100


acct = Account()
print(acct.balance)
print(acct.balanse)
