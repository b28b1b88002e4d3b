# configparser: reading an application's settings file, with defaults, BasicInterpolation,
# multi-line values, comments, type getters with fallbacks, the mapping protocol (SectionProxy),
# items() with vars/raw, and writing the configuration back out byte for byte.
import configparser
import io

SOURCE = """\
# Global settings
[DEFAULT]
home = /srv/app
log_dir = %(home)s/logs
debug = off

[server]
host = 0.0.0.0
port: 8080
workers = 4
timeout = 2.5
banner = Welcome to
    the example server
    (version 1.0)

; database settings
[database]
url = postgres://%(user)s@db/%(name)s
user = admin
name = main
pool = 10
debug = yes

[paths]
cache = %(home)s/cache
percent = 100%%
empty =
"""

cp = configparser.ConfigParser()
cp.read_string(SOURCE, source='app.ini')
print(cp.sections())
print(cp.defaults())
print(cp.options('server'))
print(cp.get('server', 'host'), cp.getint('server', 'port'), cp.getfloat('server', 'timeout'))
print(repr(cp.get('server', 'banner')))
print(cp.get('database', 'url'))
print(cp.getboolean('server', 'debug'), cp.getboolean('database', 'debug'))
print(cp.get('paths', 'cache'), cp.get('paths', 'percent'), repr(cp.get('paths', 'empty')))
print(cp.get('paths', 'cache', raw=True))
print(cp.get('server', 'missing', fallback='dflt'), cp.getint('server', 'missing', fallback=0))
print(cp.get('nosection', 'x', fallback=None))
print(cp.get('database', 'url', vars={'user': 'guest'}))
print(cp.items('database'))
print(cp.items('database', raw=True))
print(cp.has_section('server'), cp.has_section('DEFAULT'), cp.has_option('server', 'home'),
      cp.has_option('nosuch', 'x'), cp.has_option(None, 'debug'))

# the mapping protocol
server = cp['server']
print(server, server.name, server.parser is cp)
print(list(server), len(server), 'port' in server, 'PORT' in server)
print(server['port'], server.getint('port'), server.getint('nothing'), server.get('nothing', 'x'))
print(server.getboolean('debug'), server.getfloat('timeout'))
print(list(cp), len(cp), 'DEFAULT' in cp, 'nope' in cp)
print([(name, len(section)) for name, section in cp.items()])
server['port'] = '9090'
del server['workers']
print(dict(server))
cp['extra'] = {'Key': 'Value', 'number': 3}
print(cp['extra']['key'], cp['extra']['number'])
cp['server'] = cp['server']
print(cp.options('server'))

# changing and writing
cp.set('paths', 'logs', '%(log_dir)s/app.log')
cp.add_section('new')
cp.set('new', 'flag', 'true')
print(cp.remove_option('paths', 'empty'), cp.remove_option('paths', 'empty'))
print(cp.remove_section('extra'), cp.remove_section('extra'))
out = io.StringIO()
cp.write(out)
print(out.getvalue())
out = io.StringIO()
cp.write(out, space_around_delimiters=False)
print(out.getvalue().splitlines()[:4])

# reading the output back gives the same data
again = configparser.ConfigParser()
again.read_string(out.getvalue())
print(again.get('paths', 'logs'), again.get('server', 'banner') == cp.get('server', 'banner'))

# RawConfigParser: no interpolation, non-string values allowed through set()
raw = configparser.RawConfigParser(defaults={'n': 1})
raw.read_string(SOURCE)
print(raw.get('database', 'url'), raw.defaults()['n'])
raw.set('server', 'port', 80)
print(raw.get('server', 'port'), type(raw.get('server', 'port')).__name__)
print(sorted(raw.BOOLEAN_STATES.items()))
print(cp.popitem()[0], cp.sections())
