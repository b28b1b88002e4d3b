# unittest.mock basics: Mock and MagicMock attributes made on demand, return_value,
# side_effect (exception, iterable, function), call recording (call_args, call_args_list,
# method_calls, mock_calls), reset_mock, configure_mock, attach_mock, call objects,
# sentinel, ANY, seal, and the names shown in reprs (ids are replaced).
import re
from unittest.mock import Mock, MagicMock, NonCallableMock, call, sentinel, ANY, DEFAULT, seal


def show(obj):
    print(re.sub(r"id='\d+'", "id=?", repr(obj)))


def attempt(func):
    try:
        result = func()
    except Exception as exc:
        print('  ', type(exc).__name__ + ':', re.sub(r"id='\d+'", "id=?", str(exc)))
    else:
        show(result)


# A service object stubbed out for a small billing routine.
def bill_customers(db, mailer, rate):
    total = 0
    for cust in db.fetch_customers(active=True):
        amount = cust['hours'] * rate
        db.record_invoice(cust['name'], amount)
        if amount > 100:
            mailer.send(cust['email'], subject='Large invoice', amount=amount)
        total += amount
    return total


db = Mock(name='db')
db.fetch_customers.return_value = [
    {'name': 'ann', 'hours': 3, 'email': 'ann@x'},
    {'name': 'bob', 'hours': 12, 'email': 'bob@x'},
]
mailer = Mock()
print(bill_customers(db, mailer, 10))
print(db.fetch_customers.call_args)
print(db.record_invoice.call_args_list)
print(db.method_calls)
print(mailer.mock_calls)
print(mailer.send.call_count, mailer.send.called, db.missing.called)
print(mailer.send.call_args.args, mailer.send.call_args.kwargs)
show(db)
show(db.fetch_customers)
show(db.fetch_customers())
show(mailer.send().reply)

# side_effect variants
m = Mock()
m.side_effect = [1, 2, ValueError('third')]
print(m(), m())
attempt(m)
attempt(m)
m.side_effect = KeyError('k')
attempt(m)
m.side_effect = lambda x, y=1: x * 10 + y
print(m(4), m(4, y=2))
m.side_effect = lambda *a: DEFAULT
m.return_value = 'plain'
print(m(9))
m.side_effect = None
print(m('x'), m.call_count)

# reset_mock keeps configuration unless asked
m.reset_mock()
print(m.call_count, m.call_args, m.return_value)
m.reset_mock(return_value=True)
show(m.return_value)

# configure_mock with dotted names
cfg = Mock()
cfg.configure_mock(**{'conn.cursor.return_value.fetchone.return_value': (42,), 'name_x': 'n'})
print(cfg.conn.cursor().fetchone(), cfg.name_x)
m2 = Mock(**{'method.return_value': 3, 'other.side_effect': KeyError})
print(m2.method())
attempt(m2.other)

# attach_mock: calls of the attached mocks show up in the parent
manager = Mock()
first, second = Mock(return_value=None), Mock(return_value=None)
manager.attach_mock(first, 'first')
manager.attach_mock(second, 'second')
first(1)
second(2)
first.sub(3)
print(manager.mock_calls)
print(manager.mock_calls == [call.first(1), call.second(2), call.first.sub(3)])
show(first)

# nested call chains
chain = Mock()
chain.a.b(1).c(2)
chain(3)(4)
print(chain.mock_calls)
print(call.a.b(1).c(2).call_list())
print(chain.mock_calls == call.a.b(1).c(2).call_list() + [call(3), call()(4)])
print(chain.a.b.return_value.c._extract_mock_name())

# call objects
print(call(1, 2, a=3), call.method(x=1), call().attr(), call.count(1), call.index)
print(call(1) == call(1), call(1) == call(2), call(1) != call(2))
print(call.foo(1) == ('foo', (1,), {}), call(1, a=2) == ((1,), {'a': 2}))
print(call(ANY, 2) == call('anything', 2), call(1, b=ANY) == call(1, b=[1]))
print(call(1, 2, a=3).args, call(1, 2, a=3).kwargs)
print(repr(ANY), ANY == 5, ANY != 5)

# sentinel and DEFAULT
print(sentinel.token, sentinel.token is sentinel.token, sentinel.a is sentinel.b)
print(DEFAULT, DEFAULT is sentinel.DEFAULT)
s = Mock(return_value=sentinel.result)
print(s() is sentinel.result)

# deleting attributes
d = Mock()
del d.gone
print(hasattr(d, 'gone'), hasattr(d, 'here'))
attempt(lambda: d.gone)

# wraps passes calls through to the real object
real = {'a': 1}
w = Mock(wraps=real)
print(w.get('a'), w.get('z', 0), w.get.call_args_list)

# NonCallableMock
nc = NonCallableMock(name='data', value=7)
print(nc.value)
attempt(lambda: nc())

# seal stops new attributes
sealed = Mock(name='sealed')
sealed.known.attr = 1
sealed.method.return_value = 5
seal(sealed)
print(sealed.known.attr, sealed.method())
attempt(lambda: sealed.unknown)
attempt(lambda: sealed.known.other)
attempt(lambda: sealed.known())
attempt(lambda: setattr(sealed, 'fresh', 1))

# unsafe attribute names
attempt(lambda: Mock().assert_called_wiht(1))
attempt(lambda: Mock().called_once())
print(Mock(unsafe=True).assert_something_else.called)
attempt(lambda: Mock().__magic__)
