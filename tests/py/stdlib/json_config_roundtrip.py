# A nested configuration: build, pretty-print with sorted keys, parse back, merge overrides, validate,
# and round-trip again (dumps(loads(x)) == x).
import json

DEFAULTS = {
    'service': {'name': 'inventory', 'version': '2.4.1', 'debug': False},
    'server': {'host': '0.0.0.0', 'port': 8080, 'workers': 4, 'timeouts': {'read': 30.0, 'write': 12.5}},
    'database': {'url': 'postgres://db:5432/inv', 'pool': {'min': 2, 'max': 20}, 'replicas': []},
    'features': {'search': True, 'export': False, 'beta': None},
    'limits': [{'path': '/api/*', 'rate': 100}, {'path': '/admin/*', 'rate': 5}],
    'motd': 'Welcome — “unicode” ✓',
}
OVERRIDES = '''
{
    "server": {"port": 9090, "timeouts": {"read": 45}},
    "database": {"replicas": ["db-r1:5432", "db-r2:5432"]},
    "features": {"beta": true, "export": true},
    "service": {"debug": true}
}
'''


def merge(base, over):
    out = dict(base)
    for k, v in over.items():
        if isinstance(v, dict) and isinstance(out.get(k), dict):
            out[k] = merge(out[k], v)
        else:
            out[k] = v
    return out


def validate(cfg, path=''):
    problems = []
    for k, v in sorted(cfg.items()):
        p = path + '.' + k if path else k
        if isinstance(v, dict):
            problems += validate(v, p)
        elif k == 'port' and not (0 < v < 65536):
            problems.append(p + ': bad port')
        elif k in ('read', 'write') and not isinstance(v, (int, float)):
            problems.append(p + ': not a number')
    return problems


text = json.dumps(DEFAULTS, indent=4, sort_keys=True)
print(text)
cfg = merge(json.loads(text), json.loads(OVERRIDES))
print(json.dumps(cfg, indent=2, sort_keys=True, ensure_ascii=False))
print(validate(cfg))
compact = json.dumps(cfg, separators=(',', ':'), sort_keys=True)
print(len(compact), compact[:80])
again = json.loads(compact)
print(again == cfg, json.dumps(again, separators=(',', ':'), sort_keys=True) == compact)
for line in json.dumps(cfg['limits'], indent='\t').splitlines():
    print(repr(line))
