# A layered JSON configuration system: defaults, file layers and overrides merged deeply with
# copy.deepcopy, dotted-path access, environment-style overrides and a validation pass.
import copy
import json

DEFAULTS = {
    'server': {'host': '127.0.0.1', 'port': 8080, 'tls': {'enabled': False, 'ciphers': ['AES128']}},
    'logging': {'level': 'INFO', 'handlers': ['console']},
    'features': {'beta': False},
    'workers': 2,
}

LAYERS = [
    ('site.json', '{"server": {"port": 9000, "tls": {"enabled": true}}, "workers": 4}'),
    ('user.json', '{"logging": {"handlers": ["file"], "file": "/tmp/app.log"}, '
                  '"features": {"beta": true, "experiments": ["dark-mode", "new-ui"]}}'),
    ('broken.json', '{"server": {"port": }'),
    ('ops.json', '{"server": {"tls": {"ciphers": ["AES256", "CHACHA20"]}}, "logging": null}'),
]

OVERRIDES = ['server.port=9443', 'workers=8', 'features.beta=false', 'server.name="api-1"',
             'limits.rate=1.5', 'logging.level="DEBUG"']


def deep_merge(base, layer, path=''):
    out = copy.deepcopy(base)
    for key, val in layer.items():
        where = f'{path}.{key}' if path else key
        if val is None:
            if out.pop(key, None) is not None:
                print(f'  removed {where}')
        elif isinstance(val, dict) and isinstance(out.get(key), dict):
            out[key] = deep_merge(out[key], val, where)
        else:
            if key in out and out[key] != val:
                print(f'  {where}: {out[key]!r} -> {val!r}')
            out[key] = copy.deepcopy(val)
    return out


def set_path(cfg, dotted, value):
    *parents, last = dotted.split('.')
    node = cfg
    for p in parents:
        node = node.setdefault(p, {})
    node[last] = value


def get_path(cfg, dotted, default=None):
    node = cfg
    for p in dotted.split('.'):
        if not isinstance(node, dict) or p not in node:
            return default
        node = node[p]
    return node


SCHEMA = {'server.port': int, 'server.host': str, 'workers': int, 'features.beta': bool,
          'logging.level': str}

config = copy.deepcopy(DEFAULTS)
for name, text in LAYERS:
    print(f'layer {name}')
    try:
        data = json.loads(text)
    except json.JSONDecodeError as e:
        print(f'  skipped: {e.msg} at line {e.lineno} column {e.colno} (pos {e.pos})')
        continue
    config = deep_merge(config, data)

for ov in OVERRIDES:
    key, _, raw = ov.partition('=')
    set_path(config, key, json.loads(raw))

print(json.dumps(config, indent=2))
problems = []
for path, typ in SCHEMA.items():
    val = get_path(config, path)
    if val is None:
        problems.append(f'{path}: missing')
    elif type(val) is not typ:
        problems.append(f'{path}: expected {typ.__name__}, got {type(val).__name__}')
print('problems:', problems)

print('defaults untouched:', DEFAULTS['server']['tls']['ciphers'], DEFAULTS['server']['port'])
snap = copy.deepcopy(config)
snap['server']['tls']['ciphers'].append('X')
print(config['server']['tls']['ciphers'], snap['server']['tls']['ciphers'])
shallow = copy.copy(config)
shallow['server']['port'] = 1
print(config['server']['port'], shallow is config, shallow == config)

shared = [1, 2]
structure = {'a': shared, 'b': shared, 'c': (shared, 'x')}
clone = copy.deepcopy(structure)
print(clone['a'] is clone['b'], clone['c'][0] is clone['a'], clone['a'] is shared)


class Node:
    def __init__(self, name, children=()):
        self.name = name
        self.children = list(children)

    def __deepcopy__(self, memo):
        print(f'  deepcopy {self.name}')
        dup = Node(self.name + "'")
        memo[id(self)] = dup
        dup.children = copy.deepcopy(self.children, memo)
        return dup

    def __repr__(self):
        return f'{self.name}{self.children if self.children else ""}'


tree = Node('root', [Node('a'), Node('b', [Node('c')])])
print(copy.deepcopy(tree))
print(json.dumps({'n': 1.0, 'big': 10**20, 'u': 'caf\u00e9', 't': (1, 2)}, ensure_ascii=True))
print(json.dumps({'u': 'caf\u00e9'}, ensure_ascii=False), json.loads('[1e3, -0.5, "\\u00e9"]'))
