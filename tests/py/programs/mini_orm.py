# A tiny ORM: field descriptors with __set_name__, a metaclass that collects fields and builds
# tables, validation in __set__, functools.cached_property, query objects with chained filters
# and operator overloading on field expressions, and rendering of SQL strings.
import functools
import operator
from itertools import count


class Expr:
    def __init__(self, sql, test):
        self.sql = sql
        self.test = test

    def __and__(self, other):
        return Expr(f'({self.sql} AND {other.sql})', lambda r: self.test(r) and other.test(r))

    def __or__(self, other):
        return Expr(f'({self.sql} OR {other.sql})', lambda r: self.test(r) or other.test(r))

    def __invert__(self):
        return Expr(f'NOT {self.sql}', lambda r: not self.test(r))


class Field:
    sql_type = 'TEXT'
    py_type = object

    def __init__(self, *, default=None, nullable=False, primary=False):
        self.default = default
        self.nullable = nullable
        self.primary = primary

    def __set_name__(self, owner, name):
        self.name = name
        self.attr = '_f_' + name

    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return getattr(obj, self.attr, self.default)

    def __set__(self, obj, value):
        if value is None and not self.nullable:
            raise ValueError(f'{type(obj).__name__}.{self.name} may not be NULL')
        if value is not None and not isinstance(value, self.py_type):
            raise TypeError(f'{type(obj).__name__}.{self.name} must be {self.py_type.__name__}, '
                            f'not {type(value).__name__}')
        self.validate(value)
        setattr(obj, self.attr, value)

    def validate(self, value):
        pass

    def _cmp(self, op, sym, value):
        return Expr(f'{self.name} {sym} {value!r}', lambda r: r[self.name] is not None and op(r[self.name], value))

    def __eq__(self, v):
        return self._cmp(operator.eq, '=', v)

    def __lt__(self, v):
        return self._cmp(operator.lt, '<', v)

    def __gt__(self, v):
        return self._cmp(operator.gt, '>', v)

    def __ge__(self, v):
        return self._cmp(operator.ge, '>=', v)

    __hash__ = object.__hash__

    def ddl(self):
        parts = [self.name, self.sql_type]
        if self.primary:
            parts.append('PRIMARY KEY')
        elif not self.nullable:
            parts.append('NOT NULL')
        if self.default is not None:
            parts.append(f'DEFAULT {self.default!r}')
        return ' '.join(parts)


class IntField(Field):
    sql_type = 'INTEGER'
    py_type = int

    def __init__(self, *, min=None, max=None, **kw):
        super().__init__(**kw)
        self.min, self.max = min, max

    def validate(self, value):
        if value is None:
            return
        if self.min is not None and value < self.min:
            raise ValueError(f'{self.name}={value} below minimum {self.min}')
        if self.max is not None and value > self.max:
            raise ValueError(f'{self.name}={value} above maximum {self.max}')


class StrField(Field):
    sql_type = 'VARCHAR'
    py_type = str

    def __init__(self, *, max_len=255, **kw):
        super().__init__(**kw)
        self.max_len = max_len
        self.sql_type = f'VARCHAR({max_len})'

    def validate(self, value):
        if value is not None and len(value) > self.max_len:
            raise ValueError(f'{self.name} longer than {self.max_len}')


class ModelMeta(type):
    tables = {}

    def __new__(mcls, name, bases, ns, table=None):
        cls = super().__new__(mcls, name, bases, ns)
        cls._fields = {}
        for base in reversed(cls.__mro__):
            for k, v in vars(base).items():
                if isinstance(v, Field):
                    cls._fields[k] = v
        if cls._fields:
            cls._table = table or name.lower() + 's'
            cls._rows = []
            cls._ids = count(1)
            mcls.tables[cls._table] = cls
        return cls

    def __repr__(cls):
        return f'<model {cls.__name__} table={getattr(cls, "_table", None)}>'


class Model(metaclass=ModelMeta):
    id = IntField(primary=True, nullable=True)

    def __init__(self, **values):
        for name, f in self._fields.items():
            if name == 'id':
                continue
            setattr(self, name, values.pop(name, f.default))
        if values:
            raise TypeError(f'unknown fields: {", ".join(sorted(values))}')

    def save(self):
        if self.id is None:
            self.id = next(type(self)._ids)
            type(self)._rows.append(self)
        return self

    def as_row(self):
        return {n: getattr(self, n) for n in self._fields}

    def __repr__(self):
        inner = ', '.join(f'{k}={v!r}' for k, v in self.as_row().items())
        return f'{type(self).__name__}({inner})'

    @classmethod
    def ddl(cls):
        cols = ',\n  '.join(f.ddl() for f in cls._fields.values())
        return f'CREATE TABLE {cls._table} (\n  {cols}\n);'

    @classmethod
    def where(cls, expr=None):
        return Query(cls, [expr] if expr is not None else [])


class Query:
    def __init__(self, model, exprs, order=None, limit=None):
        self.model, self.exprs, self.order, self.limit_ = model, exprs, order, limit

    def where(self, expr):
        return Query(self.model, self.exprs + [expr], self.order, self.limit_)

    def order_by(self, name):
        return Query(self.model, self.exprs, name, self.limit_)

    def limit(self, n):
        return Query(self.model, self.exprs, self.order, n)

    @functools.cached_property
    def sql(self):
        s = f'SELECT * FROM {self.model._table}'
        if self.exprs:
            s += ' WHERE ' + ' AND '.join(e.sql for e in self.exprs)
        if self.order:
            s += f' ORDER BY {self.order.lstrip("-")}' + (' DESC' if self.order.startswith('-') else '')
        if self.limit_ is not None:
            s += f' LIMIT {self.limit_}'
        return s

    def __iter__(self):
        rows = [m for m in self.model._rows if all(e.test(m.as_row()) for e in self.exprs)]
        if self.order:
            key = self.order.lstrip('-')
            rows.sort(key=lambda m: getattr(m, key), reverse=self.order.startswith('-'))
        return iter(rows[:self.limit_] if self.limit_ is not None else rows)


class Author(Model, table='authors'):
    name = StrField(max_len=20)
    born = IntField(min=1000, max=2100, nullable=True)


class Book(Model):
    title = StrField(max_len=40)
    author_id = IntField()
    pages = IntField(min=1, default=100)
    genre = StrField(max_len=10, nullable=True)


print(Author.ddl())
print(Book.ddl())
print(Author, Book, sorted(ModelMeta.tables), Model._fields.keys())
authors = [Author(name=n, born=b).save() for n, b in [('Le Guin', 1929), ('Pratchett', 1948), ('Borges', 1899)]]
for t, a, p, g in [('Earthsea', 1, 183, 'fantasy'), ('Dispossessed', 1, 387, 'scifi'), ('Mort', 2, 243, 'fantasy'),
                   ('Ficciones', 3, 174, None), ('Small Gods', 2, 284, 'fantasy'), ('Aleph', 3, 146, 'stories')]:
    Book(title=t, author_id=a, pages=p, genre=g).save()
bad_inputs = [dict(title='X' * 50, author_id=1), dict(title='Y', author_id='1'), dict(title=None, author_id=1),
              dict(title='Z', author_id=1, pages=0), dict(title='W', author_id=1, isbn='123')]
for kw in bad_inputs:
    try:
        Book(**kw)
    except (ValueError, TypeError) as e:
        print(f'{type(e).__name__}: {e}')
q = Book.where(Book.genre == 'fantasy').where(Book.pages > 200).order_by('-pages')
print(q.sql)
for b in q:
    print('  ', b)
q2 = Book.where((Book.author_id == 3) | ~(Book.pages < 250)).order_by('title').limit(3)
print(q2.sql, q2.sql is q2.sql, 'sql' in vars(q2))
print([b.title for b in q2])
print([a.name for a in Author.where(Author.born >= 1900)], Book._rows[3].genre, Book.pages.default)
print(Book.title.name, type(Book.__dict__['title']).__name__, Book.title.sql_type, Author(name='x').id)
