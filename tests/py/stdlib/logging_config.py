# logging.config.dictConfig: formatters (styles, defaults, a '()' factory), filters (by name and a
# custom class with arguments), handlers (ext:// streams, levels, filters, '.' properties, a
# MemoryHandler whose target is configured after it), loggers and root, propagate,
# disable_existing_loggers (children of configured loggers kept), incremental updates, cfg://
# references, and the ValueError chain for each kind of mistake.
# immortal-test: cycles
import io
import logging
import logging.config
import sys

early = logging.getLogger('legacy.module')
kept_child = logging.getLogger('app.worker')


class Tagger(logging.Filter):
    def __init__(self, tag):
        super().__init__()
        self.tag = tag

    def filter(self, record):
        record.tag = self.tag
        return True


def make_formatter(fmt, prefix):
    return logging.Formatter(prefix + fmt)


capture = io.StringIO()
config = {
    'version': 1,
    'formatters': {
        'brief': {'format': '{levelname}:{name}:{message}', 'style': '{'},
        'tagged': {'format': '%(tag)s %(owner)s %(message)s', 'defaults': {'owner': 'ops'}},
        'custom': {'()': make_formatter, 'fmt': '%(message)s', 'prefix': '>> '},
    },
    'filters': {
        'tag': {'()': Tagger, 'tag': '[T]'},
        'app_only': {'name': 'app'},
    },
    'handlers': {
        'console': {'class': 'logging.StreamHandler', 'stream': 'ext://sys.stdout',
                    'formatter': 'brief', 'level': 'INFO'},
        'buffer': {'class': 'logging.handlers.MemoryHandler', 'capacity': 5, 'flushLevel': 40,
                   'target': 'console'},
        'capture': {'class': 'logging.StreamHandler', 'stream': capture, 'formatter': 'tagged',
                    'filters': ['tag', 'app_only'], '.': {'terminator': ' ;\n'}},
        'arrows': {'class': 'logging.StreamHandler', 'stream': 'ext://sys.stdout',
                   'formatter': 'custom'},
    },
    'loggers': {
        'app': {'handlers': ['buffer', 'capture'], 'level': 'DEBUG', 'propagate': False},
        'arrows': {'handlers': ['arrows'], 'propagate': False},
    },
    'root': {'handlers': ['console'], 'level': 'WARNING'},
}
logging.config.dictConfig(config)

app = logging.getLogger('app')
app.debug('debug goes to the buffer')
app.info('info too')
print('buffered', len(logging.getHandlerByName('buffer').buffer))
app.error('an error flushes the buffer')
print('capture', repr(capture.getvalue()))
logging.getLogger('arrows').warning('custom factory')
logging.getLogger('elsewhere').warning('root handles this')
logging.getLogger('elsewhere').info('below root level')
print('legacy disabled', early.disabled, 'child', kept_child.disabled, kept_child.level,
      kept_child.propagate)
print(sorted(logging.getHandlerNames()), logging.getHandlerByName('console').level)

logging.config.dictConfig({'version': 1, 'incremental': True,
                           'handlers': {'console': {'level': 'ERROR'}},
                           'loggers': {'app': {'level': 'WARNING'}}})
print('incremental', logging.getHandlerByName('console').level, app.level, len(app.handlers))

mistakes = [
    {},
    {'version': 2},
    {'version': 1, 'handlers': {'h': {'class': 'no_such_module.Handler'}}},
    {'version': 1, 'handlers': {'h': {'class': 'logging.StreamHandler', 'formatter': 'nope'}}},
    {'version': 1, 'handlers': {'h': {'class': 'logging.StreamHandler', 'level': 'LOUD'}}},
    {'version': 1, 'loggers': {'a': {'handlers': ['missing']}}},
    {'version': 1, 'loggers': {'a': {'level': 'LOUD'}}},
    {'version': 1, 'formatters': {'f': {'format': 'no fields here'}}},
    {'version': 1, 'formatters': {'f': {'format': '%(x)s', 'style': '!'}}},
    {'version': 1, 'filters': {'f': {'()': 'logging.no_such_filter'}}},
    {'version': 1, 'root': {'filters': ['ghost']}},
    {'version': 1, 'incremental': True, 'handlers': {'ghost': {'level': 'INFO'}}},
]
for bad in mistakes:
    try:
        logging.config.dictConfig(bad)
        print('accepted')
    except Exception as e:
        cause = e.__cause__
        print(type(e).__name__ + ':', e, '<-', type(cause).__name__ if cause else None,
              cause if cause else '')

conv = logging.config.BaseConfigurator({
    'servers': [{'host': 'alpha', 'ports': [80, 443]}, {'host': 'beta', 'ports': [8080]}],
    'primary': 'cfg://servers[0].host',
    'path': 'ext://logging.config.valid_ident',
})
print(conv.config['primary'], conv.convert('cfg://servers[1][ports][0]'),
      conv.convert('cfg://servers[0].ports'), conv.config['path'] is logging.config.valid_ident)
print(conv.convert('plain text'), conv.convert(('a', 'b')), conv.as_tuple([1, 2]))
for ref in ['ext://no_such_mod.attr', 'cfg://servers[9]', 'cfg://!bad']:
    try:
        conv.convert(ref)
    except Exception as e:
        print(type(e).__name__ + ':', e)
print(logging.config.valid_ident('handler_1'))
try:
    logging.config.valid_ident('1st')
except ValueError as e:
    print('ValueError:', e)

logging.config.dictConfig({'version': 1, 'disable_existing_loggers': False,
                           'root': {'level': 'INFO'}})
print('not disabled', app.disabled, logging.root.handlers, logging.root.level)
