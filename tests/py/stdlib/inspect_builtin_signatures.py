# inspect.signature and __text_signature__ on builtin callables: the functions of builtins, the
# methods, class methods, static methods and slot wrappers of the core builtin types (bound and
# unbound), builtin types themselves, and math/time/operator functions; the ValueError for builtins
# CPython gives no signature (max, iter's <unrepresentable> default, str.format); Signature.bind on one.
import builtins, inspect, math, operator, re, time


def show(label, obj):
    try:
        sig = str(inspect.signature(obj))
    except (ValueError, TypeError) as e:
        sig = re.sub('0x[0-9a-f]+', 'ADDR', f'{type(e).__name__}: {e}')
    print(f'{label}: {getattr(obj, "__text_signature__", "-")!r} -> {sig}')


# exit, quit, help, copyright, credits and license are site's objects in CPython (builtin functions in
# Immortal, which has no site module); they are left out here.
SITE = {'exit', 'quit', 'help', 'copyright', 'credits', 'license'}
for name in sorted(dir(builtins)):
    obj = getattr(builtins, name)
    if type(obj).__name__ == 'builtin_function_or_method' and name not in SITE:
        show(name, obj)

for cls in (object, int, bool, float, complex, str, bytes, bytearray, list, tuple, dict, set, frozenset,
            range, slice, memoryview, property, enumerate, zip, map, filter, reversed, type):
    show(cls.__name__, cls)
    for name in sorted(vars(cls)):
        if name.startswith('_') and not name.startswith('__'):
            continue  # private helpers (memoryview._from_flags)
        attr = vars(cls)[name]
        if type(attr).__name__ in ('method_descriptor', 'wrapper_descriptor', 'classmethod_descriptor',
                                   'builtin_function_or_method', 'staticmethod'):
            show(f'{cls.__name__}.{name}', getattr(cls, name))

for mod in (math, time, operator):
    for name in sorted(vars(mod)):
        obj = getattr(mod, name)
        if not name.startswith('_') and type(obj).__name__ == 'builtin_function_or_method':
            show(f'{mod.__name__}.{name}', obj)

# bound forms drop the receiver
show('[].append', [].append)
show('(5).to_bytes', (5).to_bytes)
show("'x'.join", 'x'.join)
show('dict.fromkeys', dict.fromkeys)
show('{}.get', {}.get)
show('(1).__add__', (1).__add__)

class MyList(list):
    pass

show('MyList.append', MyList.append)
show('MyList().append', MyList().append)
show('MyList', MyList)

sig = inspect.signature(sorted)
bound = sig.bind([3, 1, 2], key=abs, reverse=True)
print(bound.arguments)
try:
    sig.bind([1], [2])
except TypeError as e:
    print('TypeError:', e)
print([p.kind.name for p in inspect.signature(int.to_bytes).parameters.values()])
print(inspect.signature(divmod).parameters['x'].kind)
