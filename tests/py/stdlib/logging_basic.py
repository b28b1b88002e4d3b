# logging's everyday API: basicConfig (stream, level, format in the %, { and $ styles, force,
# handlers, and its argument errors), module-level shortcuts, level names (getLevelName,
# addLevelName, getLevelNamesMapping, custom levels), log() with numeric levels, isEnabledFor and
# getEffectiveLevel, and the reprs of loggers and handlers.
import logging
import sys

logging.basicConfig(stream=sys.stdout, level=logging.INFO, format='%(levelname)-8s %(name)s: %(message)s')
logging.debug('hidden')
logging.info('service starting on port %d', 8080)
logging.warning('disk at %s%%', 91)
logging.error('failed %s of %s', 3, 10)
logging.critical('shutting down')
logging.log(logging.INFO, 'via log()')
logging.fatal('fatal is critical')
print(logging.root, logging.root.handlers)

# A second basicConfig does nothing while the root has handlers...
logging.basicConfig(stream=sys.stdout, format='IGNORED %(message)s')
logging.warning('same format')
# ...unless forced.
logging.basicConfig(stream=sys.stdout, format='{levelname}|{name}|{message}', style='{', force=True,
                    level='DEBUG')
logging.debug('brace style %s', 'works')
logging.basicConfig(stream=sys.stdout, format='$levelname/${message}', style='$', force=True)
logging.warning('dollar style')
logging.basicConfig(stream=sys.stdout, force=True)
logging.warning('the default format')

for kwargs in [dict(stream=sys.stdout, filename='x.log'), dict(handlers=[], stream=sys.stdout),
               dict(style='#'), dict(stream=sys.stdout, colour='red')]:
    try:
        logging.basicConfig(force=True, **kwargs)
    except ValueError as e:
        print('ValueError:', e)
logging.basicConfig(force=True, handlers=[logging.StreamHandler(sys.stdout)], format='H %(message)s')
logging.warning('via handlers=')

print(logging.getLevelName(logging.WARNING), logging.getLevelName('ERROR'), logging.getLevelName(25),
      logging.getLevelName('NOPE'))
print(logging.WARN == logging.WARNING, logging.FATAL == logging.CRITICAL, logging.NOTSET)
logging.addLevelName(25, 'NOTICE')
print(logging.getLevelName(25), logging.getLevelName('NOTICE'))
mapping = logging.getLevelNamesMapping()
print(sorted(mapping.items(), key=lambda kv: (kv[1], kv[0])))

app = logging.getLogger('app')
app.setLevel('NOTICE')
print(app, app.level, app.getEffectiveLevel(), app.isEnabledFor(20), app.isEnabledFor(25))
app.log(25, 'a notice with %s', 'args')
app.info('info hidden')
app.setLevel(logging.DEBUG)
print(app)
for bad in ['LOUD', 2.5, None]:
    try:
        app.setLevel(bad)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
try:
    app.log('INFO', 'level must be an int')
except TypeError as e:
    print('TypeError', e)

app.setLevel(logging.NOTSET)
print('inherits', app.getEffectiveLevel(), logging.getLevelName(app.getEffectiveLevel()))
logging.root.setLevel(logging.ERROR)
app.warning('filtered by the root level')
app.error('passes the root level')
print(logging.getLogger() is logging.root, logging.getLogger('root') is logging.root,
      logging.getLogger('app') is app)
try:
    logging.getLogger(5)
except TypeError as e:
    print('TypeError', e)
h = logging.StreamHandler(sys.stdout)
h.setLevel(logging.WARNING)
print(h, logging.NullHandler(), logging.Handler(logging.INFO))
h.name = 'console'
print(logging.getHandlerByName('console') is h, 'console' in logging.getHandlerNames())
