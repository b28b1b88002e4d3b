# unittest.mock create_autospec (functions, classes, instances, methods, spec_set) with
# signature checking through inspect.signature and call normalisation in assertions,
# spec/spec_set attribute errors, and mock_open (read, readline, readlines, iteration,
# write checks, bytes data, reopening).
import re
from unittest.mock import create_autospec, mock_open, patch, call, Mock, MagicMock


def attempt(func):
    try:
        result = func()
    except Exception as exc:
        print('  ', type(exc).__name__ + ':', re.sub(r"id='\d+'", "id=?", str(exc)))
    else:
        print('  ', re.sub(r"id='\d+'", "id=?", repr(result)))


def transfer(src, dst, amount, *, memo=''):
    """Move money."""
    return True


auto = create_autospec(transfer, return_value='ok')
print(type(auto).__name__, auto.__name__, auto.__doc__)
print(auto('a', 'b', 10), auto('a', dst='c', amount=5, memo='rent'))
attempt(lambda: auto('a'))
attempt(lambda: auto('a', 'b', 1, 2))
attempt(lambda: auto('a', 'b', 1, note='x'))
print(auto.call_count, auto.called, auto.call_args_list)
auto.assert_called_with('a', 'c', 5, memo='rent')
auto.assert_any_call(src='a', dst='b', amount=10)
attempt(lambda: auto.assert_called_with('a', 'c', 6, memo='rent'))
auto.side_effect = ValueError('insufficient funds')
attempt(lambda: auto('x', 'y', 1))
auto.side_effect = None
auto.return_value = 'changed'
print(auto('x', 'y', 2), auto.mock.return_value)
auto.reset_mock()
print(auto.call_count, auto.call_args)
auto.assert_not_called()


class Account:
    currency = 'EUR'

    def __init__(self, owner, balance=0):
        self.owner = owner
        self.balance = balance

    def deposit(self, amount):
        self.balance += amount
        return self.balance

    def withdraw(self, amount, *, fee=0):
        return self.balance

    @classmethod
    def open(cls, owner):
        return cls(owner)

    @staticmethod
    def rate():
        return 0.01


AccountMock = create_autospec(Account)
attempt(lambda: AccountMock())
acct = AccountMock('ann', balance=5)
acct.deposit.return_value = 15
print(acct.deposit(10))
attempt(lambda: acct.deposit())
attempt(lambda: acct.withdraw(1, 2))
attempt(lambda: acct.missing)
print(acct.currency is not None, AccountMock.rate.return_value is not None)
attempt(lambda: AccountMock.rate(1))
AccountMock.open('bob')
attempt(lambda: AccountMock.open())
acct.deposit.assert_called_once_with(10)
acct.deposit.assert_called_once_with(amount=10)
print(AccountMock.mock_calls)
print(type(acct).__name__, isinstance(acct, Account))

instance_mock = create_autospec(Account, instance=True)
attempt(lambda: instance_mock())
print(instance_mock.withdraw(3, fee=1) is instance_mock.withdraw.return_value)

strict = create_autospec(Account, spec_set=True)
attempt(lambda: setattr(strict, 'surprise', 1))
attempt(lambda: create_autospec(Mock()))
attempt(lambda: create_autospec(transfer, autospect=True))

plain_spec = Mock(spec=Account)
attempt(lambda: plain_spec.nothing)
plain_spec.deposit(3)
print(plain_spec.mock_calls, isinstance(plain_spec, Account))
spec_list = Mock(spec=['alpha', 'beta'])
print(spec_list.alpha() is not None)
attempt(lambda: spec_list.gamma)
ss = Mock(spec_set=['alpha'])
ss.alpha = 1
attempt(lambda: setattr(ss, 'beta', 2))


# mock_open
def count_lines(path):
    with open(path) as fh:
        return sum(1 for line in fh if line.strip())


def first_line(path):
    with open(path) as fh:
        return fh.readline()


data = 'alpha\nbeta\n\ngamma\n'
m = mock_open(read_data=data)
with patch('builtins.open', m):
    print(count_lines('notes.txt'))
    print(repr(first_line('notes.txt')))
    with open('notes.txt') as fh:
        print(repr(fh.read()))
    with open('notes.txt') as fh:
        print(fh.readlines())
    with open('notes.txt') as fh:
        print(repr(fh.readline()), repr(fh.readline()), repr(fh.read()))
    with open('notes.txt') as fh:
        print(next(fh), end='')
        print(list(fh))
print(m.call_count, m.call_args)
m.assert_called_with('notes.txt')

w = mock_open()
with patch('builtins.open', w):
    with open('out.txt', 'w') as fh:
        fh.write('line 1\n')
        fh.write('line 2\n')
w.assert_called_once_with('out.txt', 'w')
handle = w()
handle.write.assert_has_calls([call('line 1\n'), call('line 2\n')])
print(handle.write.call_count, w.mock_calls[:3])
attempt(lambda: handle.write.assert_called_with('line 3\n'))

b = mock_open(read_data=b'\x00\x01binary')
with patch('builtins.open', b):
    with open('blob', 'rb') as fh:
        print(fh.read(2), fh.read())
fixed = mock_open()
fixed.return_value.read.return_value = 'configured'
print(fixed('x').read())
attempt(lambda: mock_open()().no_such_method)

# autospecced children compare calls through their own signatures
def notify(user, message, *, urgent=False):
    pass


notifier = create_autospec(notify)
manager = Mock()
manager.attach_mock(notifier, 'notify')
notifier('ann', 'hello', urgent=True)
print(manager.mock_calls)
manager.assert_has_calls([call.notify(user='ann', message='hello', urgent=True)])
try:
    manager.assert_has_calls([call.notify('ann', 'hello', 'extra')])
except AssertionError as exc:
    print(exc)
    print('cause:', repr(exc.__cause__))
