# A typing-driven validator: walks typing.get_type_hints of dataclasses and TypedDict-like
# classes, interprets Optional/Union/list/dict/tuple/Literal via get_origin/get_args, coerces
# JSON input and reports every error with its path.
import json
import typing
from dataclasses import dataclass, field, fields, is_dataclass
from typing import Any, Dict, List, Literal, Optional, Tuple, Union, get_args, get_origin
from enum import Enum


class Role(Enum):
    ADMIN = 'admin'
    USER = 'user'


@dataclass
class Address:
    street: str
    city: str
    zip: Optional[str] = None


@dataclass
class User:
    id: int
    name: str
    email: str
    role: Role
    tags: List[str] = field(default_factory=list)
    address: Optional[Address] = None
    scores: Dict[str, float] = field(default_factory=dict)
    location: Tuple[float, float] = (0.0, 0.0)
    status: Literal['active', 'banned'] = 'active'
    extra: Union[int, str, None] = None


class ValidationError(Exception):
    def __init__(self, errors):
        super().__init__(f'{len(errors)} validation error(s)')
        self.errors = errors


def type_name(tp):
    origin = get_origin(tp)
    if origin is None:
        return getattr(tp, '__name__', repr(tp))
    if origin is Union:
        args = get_args(tp)
        if len(args) == 2 and type(None) in args:
            return f'Optional[{type_name(next(a for a in args if a is not type(None)))}]'
        return ' | '.join(type_name(a) for a in args)
    if origin is Literal:
        return 'one of ' + ', '.join(map(repr, get_args(tp)))
    return f'{origin.__name__}[{", ".join(type_name(a) for a in get_args(tp))}]'


def coerce(value, tp, path, errors):
    origin, args = get_origin(tp), get_args(tp)
    if tp is Any:
        return value
    if origin is Union:
        if value is None and type(None) in args:
            return None
        for alt in args:
            if alt is type(None):
                continue
            trial = []
            out = coerce(value, alt, path, trial)
            if not trial:
                return out
        errors.append(f'{path}: expected {type_name(tp)}, got {type(value).__name__}')
        return None
    if origin is Literal:
        if value not in args:
            errors.append(f'{path}: expected {type_name(tp)}, got {value!r}')
        return value
    if origin is list:
        if not isinstance(value, list):
            errors.append(f'{path}: expected list, got {type(value).__name__}')
            return []
        return [coerce(v, args[0], f'{path}[{i}]', errors) for i, v in enumerate(value)]
    if origin is dict:
        if not isinstance(value, dict):
            errors.append(f'{path}: expected dict, got {type(value).__name__}')
            return {}
        return {coerce(k, args[0], f'{path}.<key>', errors): coerce(v, args[1], f'{path}.{k}', errors)
                for k, v in value.items()}
    if origin is tuple:
        if not isinstance(value, (list, tuple)) or len(value) != len(args):
            errors.append(f'{path}: expected {type_name(tp)}, got {value!r}')
            return None
        return tuple(coerce(v, a, f'{path}[{i}]', errors) for i, (v, a) in enumerate(zip(value, args)))
    if isinstance(tp, type) and issubclass(tp, Enum):
        try:
            return tp(value)
        except ValueError as e:
            errors.append(f'{path}: {e}')
            return None
    if is_dataclass(tp):
        return build(tp, value, path, errors)
    if tp is float and isinstance(value, int) and not isinstance(value, bool):
        return float(value)
    if tp is int and isinstance(value, bool) or not isinstance(value, tp):
        errors.append(f'{path}: expected {type_name(tp)}, got {type(value).__name__}')
        return None
    return value


def build(cls, data, path, errors):
    if not isinstance(data, dict):
        errors.append(f'{path}: expected object, got {type(data).__name__}')
        return None
    hints = typing.get_type_hints(cls)
    kwargs = {}
    known = {f.name for f in fields(cls)}
    for key in data:
        if key not in known:
            errors.append(f'{path}.{key}: unknown field')
    for f in fields(cls):
        if f.name in data:
            kwargs[f.name] = coerce(data[f.name], hints[f.name], f'{path}.{f.name}', errors)
        elif f.default is f.default_factory is __import__('dataclasses').MISSING:
            errors.append(f'{path}.{f.name}: missing')
    return cls(**kwargs) if not errors else None


def validate(cls, text):
    errors = []
    obj = build(cls, json.loads(text), '$', errors)
    if errors:
        raise ValidationError(errors)
    return obj


DOCS = [
    '{"id": 1, "name": "ada", "email": "ada@x.org", "role": "admin", "tags": ["math"],'
    ' "address": {"street": "1 Loop", "city": "London"}, "scores": {"chess": 7}, "location": [51.5, -0.1]}',
    '{"id": "2", "name": "bob", "role": "root", "tags": ["a", 3], "status": "gone", "age": 40}',
    '{"id": 3, "name": "cy", "email": "c@y", "role": "user", "address": {"city": 5}, "location": [1],'
    ' "extra": 2.5, "scores": {"x": "high"}}',
    '{"id": true, "name": "dee", "email": "d@e", "role": "user", "extra": "note"}',
    '[1, 2]',
]
for doc in DOCS:
    try:
        u = validate(User, doc)
        print('OK', u)
    except ValidationError as e:
        print('INVALID:', e)
        for err in e.errors:
            print('   ', err)

hints = typing.get_type_hints(User)
for name, tp in hints.items():
    print(f'{name:<9} {type_name(tp):<28} origin={getattr(get_origin(tp), "__name__", get_origin(tp))}')
print(get_args(Dict[str, List[int]]), get_origin(List[int]) is list, get_args(Optional[int]))
print(get_origin(list[int]), get_args(tuple[int, ...]), get_origin(int | str) is Union, get_args(int | None))
print(typing.Optional[int] == typing.Union[int, None], List[int] == list[int], repr(Literal['a', 1]))
T = typing.TypeVar('T')


class Box(typing.Generic[T]):
    def __init__(self, item: T):
        self.item = item

    def get(self) -> T:
        return self.item


print(Box[int](5).get(), Box.__parameters__, typing.get_type_hints(Box.get), T.__name__)
print(repr(List[Optional[Address]]), repr(Dict[str, Any]))


class Point(typing.NamedTuple):
    x: int
    y: int = 0


class Movie(typing.TypedDict, total=False):
    title: str
    year: int


print(Point(1), Point._fields, Point.__annotations__, Movie(title='x'), sorted(Movie.__annotations__))
print(typing.cast(int, 'not checked'), isinstance([], typing.Sequence), callable(typing.get_type_hints))
