# typing at run time: a small validator that checks values against annotations using
# get_type_hints / get_origin / get_args (List, Dict, Optional, Union, Literal, Tuple, nested).
from typing import get_type_hints, get_origin, get_args, List, Dict, Optional, Union, Literal, Tuple, Any
import types


def check(value, tp, path='value'):
    if tp is Any:
        return []
    origin = get_origin(tp)
    args = get_args(tp)
    if origin in (Union, types.UnionType):
        for alt in args:
            if not check(value, alt, path):
                return []
        return [f'{path}: {value!r} matches none of {args}']
    if origin is Literal:
        return [] if value in args else [f'{path}: {value!r} not in {args}']
    if origin is list:
        if not isinstance(value, list):
            return [f'{path}: expected list, got {type(value).__name__}']
        errs = []
        for i, v in enumerate(value):
            errs += check(v, args[0], f'{path}[{i}]')
        return errs
    if origin is dict:
        if not isinstance(value, dict):
            return [f'{path}: expected dict, got {type(value).__name__}']
        errs = []
        for k, v in value.items():
            errs += check(k, args[0], f'{path}.key') + check(v, args[1], f'{path}[{k!r}]')
        return errs
    if origin is tuple:
        if not isinstance(value, tuple) or len(value) != len(args):
            return [f'{path}: expected tuple of {len(args)}']
        errs = []
        for i, (v, t) in enumerate(zip(value, args)):
            errs += check(v, t, f'{path}[{i}]')
        return errs
    if tp is type(None):
        return [] if value is None else [f'{path}: expected None']
    return [] if isinstance(value, tp) else [f'{path}: expected {tp.__name__}, got {type(value).__name__}']


class User:
    name: str
    age: int
    email: Optional[str]
    roles: List[Literal['admin', 'dev', 'ops']]
    limits: Dict[str, int | float]
    home: Tuple[float, float]


def validate(cls, data):
    hints = get_type_hints(cls)
    errors = []
    for field, tp in hints.items():
        if field not in data:
            errors.append(f'{field}: missing')
            continue
        errors += check(data[field], tp, field)
    return errors


good = {'name': 'ann', 'age': 30, 'email': None, 'roles': ['dev'], 'limits': {'cpu': 2, 'mem': 0.5},
        'home': (59.9, 10.7)}
bad = {'name': 'bob', 'age': '30', 'email': 5, 'roles': ['dev', 'boss'], 'limits': {'cpu': 'lots'},
       'home': (1.0,)}
print(validate(User, good))
for err in validate(User, bad):
    print(err)
print(get_type_hints(User)['limits'], get_type_hints(User)['roles'])
