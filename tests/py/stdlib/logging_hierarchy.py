# The logger tree: dotted names, placeholders fixed up when an intermediate logger appears later,
# propagation and per-handler levels, getChild/getChildren, Filter by name, callable filters and
# filters that return a new LogRecord, LoggerAdapter (extra, process override), disable(),
# disabled loggers, setLoggerClass, a LogRecord factory, extra= and stacklevel.
import logging
import sys


class ListHandler(logging.Handler):
    def __init__(self, label, level=logging.NOTSET):
        super().__init__(level)
        self.label = label
        self.setFormatter(logging.Formatter('%(name)s:%(levelname)s:%(funcName)s:%(message)s'))

    def emit(self, record):
        print('[%s] %s' % (self.label, self.format(record)))


root = logging.getLogger()
root.setLevel(logging.DEBUG)
root.addHandler(ListHandler('root', logging.WARNING))

deep = logging.getLogger('shop.orders.payments')
print(deep.parent is root, type(logging.root.manager.loggerDict['shop.orders']).__name__)
shop = logging.getLogger('shop')
print(deep.parent is shop)
orders = logging.getLogger('shop.orders')
print(deep.parent is orders, orders.parent is shop, shop.parent is root)
print(sorted(l.name for l in shop.getChildren()), sorted(l.name for l in root.getChildren()))
print(shop.getChild('orders') is orders, root.getChild('shop') is shop)

shop.addHandler(ListHandler('shop'))
deep.info('charged %d cents', 1250)
deep.warning('card declined')
orders.propagate = False
import io
saved, sys.stderr = sys.stderr, io.StringIO()
deep.error('no handler reached: lastResort writes to stderr')
deep.info('lastResort has level WARNING')
captured, sys.stderr = sys.stderr.getvalue(), saved
print('stderr got', repr(captured))
orders.propagate = True
print(deep.hasHandlers(), logging.getLogger('lonely').hasHandlers())


class OnlyShop(logging.Filter):
    pass


shop_handler = shop.handlers[0]
shop_handler.addFilter(logging.Filter('shop.orders'))
logging.getLogger('shop.cart').info('cart event filtered out')
orders.info('orders event kept')
shop_handler.addFilter(lambda record: 'secret' not in record.getMessage())
orders.info('a secret message')
orders.info('a public message')
shop_handler.filters.clear()


def redact(record):
    clone = logging.makeLogRecord(record.__dict__)
    clone.msg = str(record.msg).replace('4111', '****')
    return clone


orders.addFilter(redact)
orders.warning('card 4111 used')
orders.removeFilter(redact)
print(orders.filters)

f = logging.Filter('a.b')
for name in ['a.b', 'a.b.c', 'a.bc', 'a', 'x.a.b']:
    print(name, bool(f.filter(logging.makeLogRecord({'name': name}))))


class RequestAdapter(logging.LoggerAdapter):
    def process(self, msg, kwargs):
        return '[req %s] %s' % (self.extra['id'], msg), kwargs


adapter = RequestAdapter(orders, {'id': 42})
adapter.info('handled')
adapter.warning('slow: %d ms', 870)
print(adapter, adapter.name, adapter.manager is logging.Logger.manager, adapter.isEnabledFor(10))
plain = logging.LoggerAdapter(shop, {'user': 'bob'})
shop.handlers[0].setFormatter(logging.Formatter('%(user)s did %(message)s'))
plain.info('a thing')
shop.handlers[0].setFormatter(logging.Formatter('%(name)s:%(message)s'))

logging.disable(logging.WARNING)
orders.warning('disabled')
orders.error('errors still pass')
logging.disable(logging.NOTSET)
shop.disabled = True
shop.error('shop disabled')
shop.disabled = False


class AuditLogger(logging.Logger):
    def audit(self, msg):
        self.log(35, 'AUDIT ' + msg)


logging.setLoggerClass(AuditLogger)
audit = logging.getLogger('audit')
print(type(audit).__name__, logging.getLoggerClass().__name__)
audit.audit('user created')
logging.setLoggerClass(logging.Logger)
try:
    logging.setLoggerClass(dict)
except TypeError as e:
    print('TypeError', e)

old_factory = logging.getLogRecordFactory()


def factory(*args, **kwargs):
    record = old_factory(*args, **kwargs)
    record.msg = 'F/' + str(record.msg)
    return record


logging.setLogRecordFactory(factory)
audit.warning('through factory')
logging.setLogRecordFactory(old_factory)

ctx = logging.getLogger('ctx')
ctx.propagate = False
handler = ListHandler('ctx')
handler.setFormatter(logging.Formatter('%(user)s@%(ip)s %(message)s'))
ctx.addHandler(handler)
ctx.warning('login', extra={'user': 'eve', 'ip': '10.0.0.1'})
for key in ['message', 'asctime', 'levelname']:
    try:
        ctx.warning('bad', extra={key: 1})
    except KeyError as e:
        print('KeyError', e)

handler.setFormatter(logging.Formatter('%(funcName)s %(message)s'))


def helper(msg):
    ctx.warning(msg, stacklevel=2)


def caller():
    helper('reported from caller')
    ctx.warning('direct')


caller()
