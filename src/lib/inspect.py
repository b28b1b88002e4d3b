"""inspect: look at live objects -- modules, classes, functions, frames, code (Immortal's own).

Covers the type predicates, member listing, source retrieval through linecache (the end of a
def/class block is found by an indentation scanner of our own, not by tokenize), docstrings,
signatures (Signature, Parameter, BoundArguments), frames and tracebacks, getattr_static, and the
generator/coroutine state helpers, with CPython 3.12's results and error messages.
"""

import sys
import types
import functools
import linecache
import os
from collections import namedtuple, OrderedDict
from keyword import iskeyword
import enum

__all__ = [
    'ArgInfo', 'Attribute', 'BlockFinder', 'BoundArguments', 'CORO_CLOSED', 'CORO_CREATED',
    'CORO_RUNNING', 'CORO_SUSPENDED', 'CO_ASYNC_GENERATOR', 'CO_COROUTINE', 'CO_GENERATOR',
    'CO_ITERABLE_COROUTINE', 'CO_NESTED', 'CO_NEWLOCALS', 'CO_NOFREE', 'CO_OPTIMIZED',
    'CO_VARARGS', 'CO_VARKEYWORDS', 'ClassFoundException', 'ClosureVars', 'EndOfBlock',
    'FrameInfo', 'FullArgSpec', 'GEN_CLOSED', 'GEN_CREATED', 'GEN_RUNNING', 'GEN_SUSPENDED',
    'AGEN_CLOSED', 'AGEN_CREATED', 'AGEN_RUNNING', 'AGEN_SUSPENDED',
    'Parameter', 'Signature', 'TPFLAGS_IS_ABSTRACT', 'Traceback', 'classify_class_attrs',
    'cleandoc', 'currentframe', 'findsource', 'formatannotation', 'formatannotationrelativeto',
    'formatargvalues', 'get_annotations', 'getabsfile', 'getargs', 'getargvalues',
    'getasyncgenlocals', 'getasyncgenstate', 'getattr_static', 'getblock', 'getcallargs',
    'getclasstree', 'getclosurevars', 'getcomments', 'getcoroutinelocals', 'getcoroutinestate',
    'getdoc', 'getfile', 'getframeinfo', 'getfullargspec', 'getgeneratorlocals',
    'getgeneratorstate', 'getinnerframes', 'getlineno', 'getmembers', 'getmembers_static',
    'getmodule', 'getmodulename', 'getmro', 'getouterframes', 'getsource', 'getsourcefile',
    'getsourcelines', 'indentsize', 'isabstract', 'isasyncgen', 'isasyncgenfunction',
    'isawaitable', 'isbuiltin', 'isclass', 'iscode', 'iscoroutine', 'iscoroutinefunction',
    'isdatadescriptor', 'isframe', 'isfunction', 'isgenerator', 'isgeneratorfunction',
    'isgetsetdescriptor', 'ismemberdescriptor', 'ismethod', 'ismethoddescriptor',
    'ismethodwrapper', 'ismodule', 'isroutine', 'istraceback', 'markcoroutinefunction',
    'signature', 'stack', 'trace', 'unwrap', 'walktree',
]

# code object flags (co_flags)
CO_OPTIMIZED = 0x1
CO_NEWLOCALS = 0x2
CO_VARARGS = 0x4
CO_VARKEYWORDS = 0x8
CO_NESTED = 0x10
CO_GENERATOR = 0x20
CO_NOFREE = 0x40
CO_COROUTINE = 0x80
CO_ITERABLE_COROUTINE = 0x100
CO_ASYNC_GENERATOR = 0x200

TPFLAGS_IS_ABSTRACT = 1 << 20

# ---------------------------------------------------------------- predicates


def ismodule(object):
    """True for module objects."""
    return isinstance(object, types.ModuleType)


def isclass(object):
    """True for classes (instances of type)."""
    return isinstance(object, type)


def ismethod(object):
    """True for bound methods of Python functions."""
    return isinstance(object, types.MethodType)


def isfunction(object):
    """True for functions written in Python (def and lambda)."""
    return isinstance(object, types.FunctionType)


def _descriptor_candidate(object):
    return not (isclass(object) or ismethod(object) or isfunction(object))


def ismethoddescriptor(object):
    """True for objects with __get__ but no __set__ (method_descriptor and the like)."""
    if not _descriptor_candidate(object):
        return False
    kind = type(object)
    return hasattr(kind, "__get__") and not hasattr(kind, "__set__")


def isdatadescriptor(object):
    """True for objects whose type defines __set__ or __delete__ (property, slots...)."""
    if not _descriptor_candidate(object):
        return False
    kind = type(object)
    return hasattr(kind, "__set__") or hasattr(kind, "__delete__")


def ismemberdescriptor(object):
    return isinstance(object, types.MemberDescriptorType)


def isgetsetdescriptor(object):
    return isinstance(object, types.GetSetDescriptorType)


def _inner_function(f):
    # through bound methods and functools.partial objects to the function they call
    while True:
        if ismethod(f):
            f = f.__func__
        elif isinstance(f, functools.partial):
            f = f.func
        else:
            return f


def _has_code_flag(f, flag):
    f = _inner_function(f)
    usable = isfunction(f) or _signature_is_functionlike(f)
    return usable and (f.__code__.co_flags & flag) != 0


def isgeneratorfunction(obj):
    """True for functions (and methods, partials of them) containing yield."""
    return _has_code_flag(obj, CO_GENERATOR)


_is_coroutine_mark = object()


def markcoroutinefunction(func):
    """Make iscoroutinefunction() true for func; returns func."""
    if hasattr(func, '__func__'):
        func = func.__func__
    func._is_coroutine_marker = _is_coroutine_mark
    return func


def iscoroutinefunction(obj):
    """True for async def functions, and for functions given to markcoroutinefunction()."""
    if _has_code_flag(obj, CO_COROUTINE):
        return True
    return getattr(_inner_function(obj), "_is_coroutine_marker", None) is _is_coroutine_mark


def isasyncgenfunction(obj):
    return _has_code_flag(obj, CO_ASYNC_GENERATOR)


def isasyncgen(object):
    return isinstance(object, types.AsyncGeneratorType)


def isgenerator(object):
    return isinstance(object, types.GeneratorType)


def iscoroutine(object):
    return isinstance(object, types.CoroutineType)


def isawaitable(object):
    """True for objects an await expression accepts."""
    if isinstance(object, types.CoroutineType):
        return True
    if isinstance(object, types.GeneratorType) and object.gi_code.co_flags & CO_ITERABLE_COROUTINE:
        return True
    from collections.abc import Awaitable
    return isinstance(object, Awaitable)


def istraceback(object):
    return isinstance(object, types.TracebackType)


def isframe(object):
    return isinstance(object, types.FrameType)


def iscode(object):
    return isinstance(object, types.CodeType)


def isbuiltin(object):
    """True for built-in functions and methods bound to an object."""
    return isinstance(object, types.BuiltinFunctionType)


def ismethodwrapper(object):
    return isinstance(object, types.MethodWrapperType)


def isroutine(object):
    """True for any kind of function or method."""
    return (isbuiltin(object) or isfunction(object) or ismethod(object)
            or ismethoddescriptor(object) or ismethodwrapper(object))


def isabstract(object):
    """True for classes that still have abstract methods."""
    if not isinstance(object, type):
        return False
    if object.__flags__ & TPFLAGS_IS_ABSTRACT:
        return True
    import abc
    if not issubclass(type(object), abc.ABCMeta):
        return False
    if hasattr(object, '__abstractmethods__'):
        # computed already, and the flag above says there are none
        return False
    # called from __init_subclass__, before ABCMeta computed __abstractmethods__
    candidates = list(object.__dict__.values())
    candidates += [getattr(object, name, None) for base in object.__bases__
                   for name in getattr(base, "__abstractmethods__", ())]
    return any(getattr(c, "__isabstractmethod__", False) for c in candidates)


# ---------------------------------------------------------------- members

def _members(object, predicate, fetch):
    if isclass(object):
        search = (object,) + getmro(object)
    else:
        search = ()
    names = dir(object)
    if isclass(object):
        # DynamicClassAttributes of the bases (enum members' name/value) are listed too
        try:
            for base in object.__bases__:
                for key, value in base.__dict__.items():
                    if isinstance(value, types.DynamicClassAttribute):
                        names.append(key)
        except AttributeError:
            pass
    found = []
    seen = set()
    for name in names:
        try:
            value = fetch(object, name)
            if name in seen:
                raise AttributeError
        except AttributeError:
            for klass in search:
                if name in klass.__dict__:
                    value = klass.__dict__[name]
                    break
            else:
                # a slot without a value, or a __dir__ that lists too much
                continue
        if not predicate or predicate(value):
            found.append((name, value))
        seen.add(name)
    found.sort(key=lambda pair: pair[0])
    return found


def getmembers(object, predicate=None):
    """(name, value) pairs for every attribute of object, sorted by name, optionally filtered."""
    return _members(object, predicate, getattr)


def getmembers_static(object, predicate=None):
    """getmembers() without running descriptors or __getattr__ (uses getattr_static)."""
    return _members(object, predicate, getattr_static)


Attribute = namedtuple('Attribute', 'name kind defining_class object')


def classify_class_attrs(cls):
    """Attribute(name, kind, defining_class, object) for each attribute of cls; kind is one of
    'class method', 'static method', 'property', 'method' or 'data'."""
    mro = getmro(cls)
    meta_mro = tuple(k for k in getmro(type(cls)) if k not in (type, object))
    class_bases = (cls,) + mro
    everywhere = class_bases + meta_mro
    names = dir(cls)
    for base in mro:
        for key, value in base.__dict__.items():
            if isinstance(value, types.DynamicClassAttribute) and value.fget is not None:
                names.append(key)
    result = []
    done = set()
    for name in names:
        home = None
        fetched = None
        raw = None
        if name not in done:
            try:
                if name == '__dict__':
                    raise Exception("the class's own __dict__ stays out")
                fetched = getattr(cls, name)
            except Exception:
                pass
            else:
                home = getattr(fetched, "__objclass__", home)
                if home not in class_bases:
                    home = None
                    last = None
                    for candidate in class_bases:
                        if getattr(candidate, name, None) is fetched:
                            last = candidate
                    for candidate in meta_mro:
                        try:
                            seen = candidate.__getattr__(cls, name)
                        except AttributeError:
                            continue
                        if seen is fetched:
                            last = candidate
                    if last is not None:
                        home = last
        for base in everywhere:
            if name in base.__dict__:
                raw = base.__dict__[name]
                if home not in meta_mro:
                    home = base
                break
        if home is None:
            continue
        value = fetched if fetched is not None else raw
        if isinstance(raw, (staticmethod, types.BuiltinMethodType)):
            kind, value = "static method", raw
        elif isinstance(raw, (classmethod, types.ClassMethodDescriptorType)):
            kind, value = "class method", raw
        elif isinstance(raw, property):
            kind, value = "property", raw
        elif isroutine(value):
            kind = "method"
        else:
            kind = "data"
        result.append(Attribute(name, kind, home, value))
        done.add(name)
    return result


def getmro(cls):
    """The method resolution order of cls, as a tuple."""
    return cls.__mro__


def unwrap(func, *, stop=None):
    """Follow the __wrapped__ chain (functools.wraps) to the innermost function; stop(f) true ends
    the walk early. A chain that loops raises ValueError."""
    start = func
    seen = {id(func)}
    limit = sys.getrecursionlimit()
    while hasattr(func, '__wrapped__') and not (stop is not None and stop(func)):
        func = func.__wrapped__
        if id(func) in seen or len(seen) >= limit:
            raise ValueError('wrapper loop when unwrapping {!r}'.format(start))
        seen.add(id(func))
    return func


# ---------------------------------------------------------------- docstrings and comments

def indentsize(line):
    """Number of columns of leading whitespace, tabs expanded."""
    wide = line.expandtabs()
    return len(wide) - len(wide.lstrip())


def cleandoc(doc):
    """Strip a docstring's indentation: the first line's leading whitespace, the common margin of
    the others, and blank lines at both ends."""
    lines = doc.expandtabs().split('\n')
    margin = None
    for line in lines[1:]:
        body = len(line.lstrip())
        if body:
            here = len(line) - body
            if margin is None or here < margin:
                margin = here
    lines[0] = lines[0].lstrip()
    if margin is not None:
        lines[1:] = [line[margin:] for line in lines[1:]]
    while lines and not lines[-1]:
        lines.pop()
    first = 0
    while first < len(lines) and not lines[first]:
        first += 1
    return '\n'.join(lines[first:])


def _findclass(func):
    module = sys.modules.get(getattr(func, '__module__', None))
    if module is None:
        return None
    found = module
    for part in func.__qualname__.split('.')[:-1]:
        found = getattr(found, part)
    return found if isclass(found) else None


def _first_doc(candidates):
    # the first docstring (not None) among lazily fetched candidates
    for fetch in candidates:
        try:
            text = fetch()
        except AttributeError:
            continue
        if text is not None:
            return text
    return None


def _doc_home(obj):
    # (class to search, attribute name) for an object whose docstring may be inherited;
    # (None, None) when there is nothing to search
    if ismethod(obj):
        name, receiver = obj.__func__.__name__, obj.__self__
        is_classmethod = (isclass(receiver) and
                          getattr(getattr(receiver, name, None), '__func__', None) is obj.__func__)
        return (receiver if is_classmethod else receiver.__class__), name
    if isbuiltin(obj):
        name, receiver = obj.__name__, obj.__self__
        own = isclass(receiver) and f'{receiver.__qualname__}.{name}' == obj.__qualname__
        return (receiver if own else receiver.__class__), name
    if isfunction(obj) or isinstance(obj, property):
        named = obj if isfunction(obj) else obj.fget
        home = _findclass(named)
        if home is not None and getattr(home, named.__name__) is obj:
            return home, named.__name__
        return None, None
    if ismethoddescriptor(obj) or isdatadescriptor(obj):
        home = obj.__objclass__
        if getattr(home, obj.__name__) is obj:
            return home, obj.__name__
    return None, None


def _inherited_doc(obj):
    # The docstring of the same-named attribute in a base class, for objects without their own.
    if isclass(obj):
        return _first_doc([lambda b=b: b.__doc__ for b in obj.__mro__ if b is not object])
    home, name = _doc_home(obj)
    if home is None:
        return None
    if ismemberdescriptor(obj):
        slots = getattr(home, '__slots__', None)
        if isinstance(slots, dict) and name in slots:
            return slots[name]
    return _first_doc([lambda b=b: getattr(b, name).__doc__ for b in home.__mro__])


def getdoc(object):
    """The object's docstring, cleaned up with cleandoc(); inherited from a base class when the
    object has none. None when there is none at all."""
    try:
        doc = object.__doc__
    except AttributeError:
        return None
    if doc is None:
        try:
            doc = _inherited_doc(object)
        except (AttributeError, TypeError):
            doc = None
    return cleandoc(doc) if isinstance(doc, str) else None


def getcomments(object):
    """The comment lines just above the object's source (or at the top of a module's file)."""
    try:
        lines, lnum = findsource(object)
    except (OSError, TypeError):
        return None
    if ismodule(object):
        at = 1 if lines and lines[0].startswith('#!') else 0
        while at < len(lines) and lines[at].strip() in ('', '#'):
            at += 1
        block = []
        while at < len(lines) and lines[at].startswith('#'):
            block.append(lines[at].expandtabs())
            at += 1
        return ''.join(block) if block else None
    if lnum <= 0:
        return None
    column = indentsize(lines[lnum])
    block = []
    at = lnum - 1
    while at >= 0:
        text = lines[at].expandtabs().lstrip()
        if not text.startswith('#') or indentsize(lines[at]) != column:
            break
        block.insert(0, text)
        at -= 1
    if not block:
        return None
    while block and block[0].strip() == '#':
        del block[0]
    while block and block[-1].strip() == '#':
        del block[-1]
    return ''.join(block)


# ---------------------------------------------------------------- files and modules

def getfile(object):
    """The name of the file the object was defined in."""
    if ismodule(object):
        name = getattr(object, '__file__', None)
        if name:
            return name
        raise TypeError('{!r} is a built-in module'.format(object))
    if isclass(object):
        home = getattr(object, '__module__', None)
        if home is not None:
            name = getattr(sys.modules.get(home), '__file__', None)
            if name:
                return name
            if home == '__main__':
                raise OSError('source code not available')
        raise TypeError('{!r} is a built-in class'.format(object))
    code = _code_of(object)
    if code is not None:
        return code.co_filename
    raise TypeError('module, class, method, function, traceback, frame, or '
                    'code object was expected, got {}'.format(type(object).__name__))


def _code_of(object):
    # method -> function -> code, traceback -> frame -> code; None for anything else
    for test, step in _TOWARDS_CODE:
        if test(object):
            object = getattr(object, step)
    return object if iscode(object) else None


_TOWARDS_CODE = ((ismethod, '__func__'), (isfunction, '__code__'), (istraceback, 'tb_frame'),
                 (isframe, 'f_code'))


_MODULE_SUFFIXES = ('.py', '.pyc', '.so')


def getmodulename(path):
    """The module name a file path would be imported as, or None."""
    base = os.path.basename(path)
    for suffix in sorted(_MODULE_SUFFIXES, key=len, reverse=True):
        if base.endswith(suffix):
            return base[:-len(suffix)]
    return None


def getsourcefile(object):
    """The Python source file of the object, or None when it has none."""
    filename = getfile(object)
    if filename.endswith('.pyc'):
        filename = filename[:-1]
    elif filename.endswith('.so'):
        return None
    if os.path.exists(filename):
        return filename
    module = getmodule(object, filename)
    if getattr(module, '__loader__', None) is not None:
        return filename
    if getattr(getattr(module, '__spec__', None), 'loader', None) is not None:
        return filename
    if filename in linecache.cache:
        return filename
    return None


def getabsfile(object, _filename=None):
    """Absolute, normalized path of the object's source (or compiled) file."""
    if _filename is None:
        _filename = getsourcefile(object) or getfile(object)
    return os.path.normcase(os.path.abspath(_filename))


def getmodule(object, _filename=None):
    """The module the object was defined in, or None."""
    if ismodule(object):
        return object
    try:
        home = object.__module__
    except AttributeError:
        pass
    else:
        return sys.modules.get(home)
    try:
        wanted = getabsfile(object, _filename)
    except (TypeError, FileNotFoundError):
        return None
    for module in list(sys.modules.values()):
        name = getattr(module, '__file__', None) if ismodule(module) else None
        if name and os.path.normcase(os.path.abspath(name)) == wanted:
            return module
    name = getattr(object, '__name__', None)
    if name is None:
        return None
    for home in (sys.modules['__main__'], sys.modules['builtins']):
        if getattr(home, name, None) is object:
            return home
    return None


class ClassFoundException(Exception):
    pass


def _class_line(source, qualname):
    # 0-based line of the class statement (its first decorator) whose qualified name is qualname
    import ast
    path = []

    def walk(nodes):
        for node in nodes:
            if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)):
                path.extend((node.name, '<locals>'))
                found = walk(ast.iter_child_nodes(node))
                del path[-2:]
            elif isinstance(node, ast.ClassDef):
                path.append(node.name)
                if '.'.join(path) == qualname:
                    first = node.decorator_list[0] if node.decorator_list else node
                    return first.lineno - 1
                found = walk(ast.iter_child_nodes(node))
                path.pop()
            else:
                found = walk(ast.iter_child_nodes(node))
            if found is not None:
                return found
        return None

    return walk([ast.parse(source)])


def findsource(object):
    """(all lines of the object's source file, 0-based line where the object starts)."""
    filename = getsourcefile(object)
    if filename:
        linecache.checkcache(filename)
    else:
        filename = getfile(object)
        if not (filename.startswith('<') and filename.endswith('>')):
            raise OSError('source code not available')
    module = getmodule(object, filename)
    if module:
        lines = linecache.getlines(filename, module.__dict__)
    else:
        lines = linecache.getlines(filename)
    if not lines:
        raise OSError('could not get source code')
    if ismodule(object):
        # a module's source starts at its first line
        return lines, 0
    if isclass(object):
        line = _class_line(''.join(lines), object.__qualname__)
        if line is None:
            raise OSError('could not find class definition')
        return lines, line
    code = _code_of(object)
    if code is None:
        raise OSError('could not find code object')
    lnum = code.co_firstlineno - 1
    if lnum >= len(lines):
        raise OSError('lineno is out of bounds')
    return lines, lnum


class EndOfBlock(Exception):
    pass


class BlockFinder:
    """CPython drives this with tokenize tokens; Immortal finds blocks with getblock() instead."""

    def __init__(self):
        raise NotImplementedError('inspect.BlockFinder needs tokenize; use inspect.getblock()')


def _logical_lines(lines):
    # Yields (first row, last row, text of first row) per logical line, 0-based rows; a logical
    # line goes on while brackets are open, a triple-quoted string is open, or a line ends in a
    # backslash. Blank and comment-only lines come out as their own logical lines.
    depth = 0
    quote = None
    start = None
    row = 0
    total = len(lines)
    while row < total:
        line = lines[row]
        if start is None:
            start = row
        i = 0
        size = len(line)
        continued = False
        while i < size:
            ch = line[i]
            if quote is not None:
                if ch == '\\':
                    i += 2
                    continue
                if line.startswith(quote, i):
                    i += len(quote)
                    quote = None
                    continue
                i += 1
                continue
            if ch == '#':
                break
            if ch in '\'"':
                quote = ch * 3 if line.startswith(ch * 3, i) else ch
                i += len(quote)
                continue
            if ch in '([{':
                depth += 1
            elif ch in ')]}':
                depth = max(0, depth - 1)
            elif ch == '\\' and line[i + 1:].strip() == '':
                continued = True
            i += 1
        if quote is not None and len(quote) == 1:
            # an unterminated one-quote string ends with its line
            quote = None
        if depth == 0 and quote is None and not continued:
            yield start, row, lines[start]
            start = None
        row += 1
    if start is not None:
        yield start, total - 1, lines[start]


def _starts_definition(text):
    words = text.split()
    if not words:
        return None
    head = words[0]
    if head == 'async' and len(words) > 1:
        head = words[1]
    for keyword in ('def', 'class'):
        if head == keyword or head.startswith(keyword + '('):
            return keyword
    return None


def getblock(lines):
    """The lines of the def/class block (with its decorators) or lambda at the top of lines."""
    end = 0
    header_column = None
    body_column = None
    header_done = False
    for first, last, text in _logical_lines(lines):
        stripped = text.strip()
        if header_column is None:
            if not stripped or stripped.startswith('#') or stripped.startswith('@'):
                end = last + 1
                continue
            kind = _starts_definition(stripped)
            end = last + 1
            if kind is None:
                # a lambda (or a statement we cannot see into): its logical line is the block
                return lines[:end]
            header_column = indentsize(text)
            continue
        if not stripped:
            continue
        column = indentsize(text)
        if stripped.startswith('#'):
            if body_column is not None and column >= body_column:
                end = last + 1
            continue
        if column <= header_column:
            break
        if body_column is None:
            body_column = column
        header_done = True
        end = last + 1
    if not header_done and header_column is not None:
        return lines[:end]
    return lines[:end]


def getsourcelines(object):
    """(list of source lines, 1-based first line number); a module gives all lines and 0."""
    object = unwrap(object)
    lines, lnum = findsource(object)
    frame = object.tb_frame if istraceback(object) else object
    if ismodule(frame) or (isframe(frame) and frame.f_code.co_name == "<module>"):
        return lines, 0
    return getblock(lines[lnum:]), lnum + 1


def getsource(object):
    """The source text of the object, as one string."""
    lines, _ = getsourcelines(object)
    return ''.join(lines)


def walktree(classes, children, parent):
    """Nested lists of (class, bases) for getclasstree()."""
    out = []
    classes.sort(key=lambda c: (c.__module__, c.__name__))
    for c in classes:
        out.append((c, c.__bases__))
        if c in children:
            out.append(walktree(children[c], children, c))
    return out


def getclasstree(classes, unique=False):
    """The inheritance tree of classes as nested lists."""
    children = {}
    roots = []
    for c in classes:
        if not c.__bases__:
            if c not in roots:
                roots.append(c)
            continue
        for parent in c.__bases__:
            below = children.setdefault(parent, [])
            if c not in below:
                below.append(c)
            if unique and parent in classes:
                break
    roots.extend(parent for parent in children if parent not in classes)
    return walktree(roots, children, None)


# ---------------------------------------------------------------- argument specs

Arguments = namedtuple('Arguments', 'args, varargs, varkw')
ArgInfo = namedtuple('ArgInfo', 'args varargs keywords locals')
FullArgSpec = namedtuple('FullArgSpec',
                         'args, varargs, varkw, defaults, kwonlyargs, kwonlydefaults, annotations')


def getargs(co):
    """Arguments(args, varargs, varkw) of a code object."""
    if not iscode(co):
        raise TypeError('{!r} is not a code object'.format(co))
    names = co.co_varnames
    count = co.co_argcount + co.co_kwonlyargcount
    named = list(names[:count])
    star = starstar = None
    if co.co_flags & CO_VARARGS:
        star = names[count]
        count += 1
    if co.co_flags & CO_VARKEYWORDS:
        starstar = names[count]
    return Arguments(named, star, starstar)


def getargvalues(frame):
    """ArgInfo(args, varargs, keywords, locals) of a frame."""
    named, star, starstar = getargs(frame.f_code)
    return ArgInfo(named, star, starstar, frame.f_locals)


def formatargvalues(args, varargs, varkw, locals, formatarg=str,
                    formatvarargs=lambda name: '*' + name,
                    formatvarkw=lambda name: '**' + name,
                    formatvalue=lambda value: '=' + repr(value)):
    """'(a=1, *rest=(2,), **kw={})' from getargvalues()'s results."""
    parts = [formatarg(name) + formatvalue(locals[name]) for name in args]
    if varargs:
        parts.append(formatvarargs(varargs) + formatvalue(locals[varargs]))
    if varkw:
        parts.append(formatvarkw(varkw) + formatvalue(locals[varkw]))
    return '(' + ', '.join(parts) + ')'


def getfullargspec(func):
    """FullArgSpec of a callable, from its signature (the bound argument of a method included)."""
    try:
        sig = _signature_from_callable(func, follow_wrapper_chains=False, skip_bound_arg=False,
                                       sigcls=Signature, eval_str=False)
    except Exception as ex:
        raise TypeError('unsupported callable') from ex
    positional = []
    star = starstar = None
    kwonly = []
    kwdefaults = {}
    defaults = ()
    annotations = {}
    for param in sig.parameters.values():
        kind = param.kind
        if kind in (_POSITIONAL_ONLY, _POSITIONAL_OR_KEYWORD):
            positional.append(param.name)
            if param.default is not param.empty:
                defaults += (param.default,)
        elif kind is _VAR_POSITIONAL:
            star = param.name
        elif kind is _KEYWORD_ONLY:
            kwonly.append(param.name)
            if param.default is not param.empty:
                kwdefaults[param.name] = param.default
        else:
            starstar = param.name
        if param.annotation is not param.empty:
            annotations[param.name] = param.annotation
    if sig.return_annotation is not sig.empty:
        # 'return' comes first in the dict, as CPython builds it
        annotations = {'return': sig.return_annotation, **annotations}
    return FullArgSpec(positional, star, starstar, defaults or None, kwonly, kwdefaults or None,
                       annotations)


def _listed(names):
    shown = [repr(n) for n in names]
    if len(shown) == 1:
        return shown[0]
    return ', '.join(shown[:-1]) + ' and ' + shown[-1]


def getcallargs(func, /, *positional, **named):
    """The dict a call func(*positional, **named) would bind, name -> value (defaults filled in);
    raises TypeError as the call itself would."""
    spec = getfullargspec(func)
    params, star, starstar, defaults, kwonly, kwdefaults, _ = spec
    fname = func.__name__
    bound = {}
    if ismethod(func) and func.__self__ is not None:
        positional = (func.__self__,) + positional
    given = len(positional)
    nparams = len(params)
    ndefaults = len(defaults) if defaults else 0
    for name, value in zip(params, positional):
        bound[name] = value
    if star:
        bound[star] = tuple(positional[min(given, nparams):])
    known = set(params) | set(kwonly)
    if starstar:
        bound[starstar] = {}
    for key, value in named.items():
        if key not in known:
            if not starstar:
                raise TypeError('%s() got an unexpected keyword argument %r' % (fname, key))
            bound[starstar][key] = value
            continue
        if key in bound:
            raise TypeError('%s() got multiple values for argument %r' % (fname, key))
        bound[key] = value
    if given > nparams and not star:
        least = nparams - ndefaults
        kw_given = sum(1 for k in kwonly if k in bound)
        if ndefaults:
            wanted, plural = "from %d to %d" % (least, nparams), True
        else:
            wanted, plural = str(nparams), nparams != 1
        extra = ""
        if kw_given:
            extra = " positional argument%s (and %d keyword-only argument%s)" % (
                "s" if given != 1 else "", kw_given, "s" if kw_given != 1 else "")
        raise TypeError("%s() takes %s positional argument%s but %d%s %s given" % (
            fname, wanted, "s" if plural else "", given, extra,
            "was" if given == 1 and not kw_given else "were"))
    if given < nparams:
        required = params[:nparams - ndefaults]
        lacking = [name for name in required if name not in bound]
        if lacking:
            raise TypeError("%s() missing %i required positional argument%s: %s" % (
                fname, len(lacking), "" if len(lacking) == 1 else "s", _listed(lacking)))
        for offset, name in enumerate(params[nparams - ndefaults:]):
            bound.setdefault(name, defaults[offset])
    lacking = []
    for name in kwonly:
        if name in bound:
            continue
        if kwdefaults and name in kwdefaults:
            bound[name] = kwdefaults[name]
        else:
            lacking.append(name)
    if lacking:
        raise TypeError("%s() missing %i required keyword-only argument%s: %s" % (
            fname, len(lacking), "" if len(lacking) == 1 else "s", _listed(lacking)))
    return bound


ClosureVars = namedtuple('ClosureVars', 'nonlocals globals builtins unbound')

_LOAD_GLOBAL = 116
_LOAD_ATTR = 106
_EXTENDED_ARG = 144


def _names_loaded(code):
    # (global names, attribute names) read by the code's own instructions. Immortal's co_code holds
    # one little-endian word per instruction, opcode | oparg << 8, with CPython's opcode numbers and
    # name opargs (index << 1 | flag) for LOAD_GLOBAL and LOAD_ATTR.
    raw = code.co_code
    names = code.co_names
    globals_, attrs = set(), set()
    count = sum(1 for _ in code.co_positions())
    # bytes per co_positions() entry: 4 in Immortal (one per instruction), 2 in CPython
    width = len(raw) // count if count else 2
    extended = 0
    for at in range(0, len(raw) - width + 1, width):
        op = raw[at]
        if width == 4:
            arg = raw[at + 1] | raw[at + 2] << 8 | raw[at + 3] << 16
        else:
            arg = raw[at + 1] | extended
            extended = (arg << 8) if op == _EXTENDED_ARG else 0
        if op == _LOAD_GLOBAL:
            globals_.add(names[arg >> 1])
        elif op == _LOAD_ATTR:
            attrs.add(names[arg >> 1])
    return globals_, attrs


def getclosurevars(func):
    """ClosureVars(nonlocals, globals, builtins, unbound) of the names a function refers to."""
    func = func.__func__ if ismethod(func) else func
    if not isfunction(func):
        raise TypeError("{!r} is not a Python function".format(func))
    code = func.__code__
    nonlocal_vars = {name: cell.cell_contents
                     for name, cell in zip(code.co_freevars, func.__closure__ or ())}
    global_ns = func.__globals__
    builtin_ns = global_ns.get("__builtins__", sys.modules['builtins'].__dict__)
    if ismodule(builtin_ns):
        builtin_ns = builtin_ns.__dict__
    global_names, unbound = _names_loaded(code)
    global_vars, builtin_vars = {}, {}
    for name in global_names:
        if name in global_ns:
            global_vars[name] = global_ns[name]
        elif name in builtin_ns:
            builtin_vars[name] = builtin_ns[name]
        else:
            unbound.add(name)
    return ClosureVars(nonlocal_vars, global_vars, builtin_vars, unbound)


# ---------------------------------------------------------------- frames and tracebacks

_Traceback = namedtuple('_Traceback', 'filename lineno function code_context index')


class Traceback(_Traceback):
    def __new__(cls, filename, lineno, function, code_context, index, *, positions=None):
        self = super().__new__(cls, filename, lineno, function, code_context, index)
        self.positions = positions
        return self

    def __repr__(self):
        return ('Traceback(filename={!r}, lineno={!r}, function={!r}, code_context={!r}, '
                'index={!r}, positions={!r})'.format(*self, self.positions))


_FrameInfo = namedtuple('_FrameInfo', ('frame',) + _Traceback._fields)


class FrameInfo(_FrameInfo):
    def __new__(cls, frame, filename, lineno, function, code_context, index, *, positions=None):
        self = super().__new__(cls, frame, filename, lineno, function, code_context, index)
        self.positions = positions
        return self

    def __repr__(self):
        return ('FrameInfo(frame={!r}, filename={!r}, lineno={!r}, function={!r}, '
                'code_context={!r}, index={!r}, positions={!r})'.format(*self, self.positions))


Positions = namedtuple('Positions', 'lineno end_lineno col_offset end_col_offset',
                       defaults=(None, None, None, None))
Positions.__module__ = 'dis'


def _position_at(code, lasti):
    # The co_positions() entry of the instruction at byte offset lasti.
    if lasti is None or lasti < 0:
        return (None, None, None, None)
    entries = list(code.co_positions())
    if not entries:
        return (None, None, None, None)
    unit = max(1, len(code.co_code) // len(entries))
    index = lasti // unit
    if index >= len(entries):
        return (None, None, None, None)
    return entries[index]


def getframeinfo(frame, context=1):
    """Traceback(filename, lineno, function, code_context, index) for a frame or traceback entry;
    code_context holds `context` source lines around the current one."""
    if istraceback(frame):
        where = _position_at(frame.tb_frame.f_code, frame.tb_lasti)
        lineno = frame.tb_lineno
        frame = frame.tb_frame
    else:
        lineno = frame.f_lineno
        # Immortal's frames have no f_lasti yet: no column information for them
        where = _position_at(frame.f_code, getattr(frame, 'f_lasti', None))
    if where[0] is None:
        where = (lineno,) + tuple(where[1:])
    lineno = where[0]
    if not isframe(frame):
        raise TypeError('{!r} is not a frame or traceback object'.format(frame))
    filename = getsourcefile(frame) or getfile(frame)
    lines = index = None
    if context > 0:
        start = lineno - 1 - context // 2
        try:
            source, _ = findsource(frame)
        except OSError:
            pass
        else:
            start = max(0, min(start, len(source) - context))
            lines = source[start:start + context]
            index = lineno - 1 - start
    return Traceback(filename, lineno, frame.f_code.co_name, lines, index,
                     positions=Positions(*where))


def getlineno(frame):
    """The line the frame is executing."""
    return frame.f_lineno


def getouterframes(frame, context=1):
    """FrameInfo for the frame and each of its callers, innermost first."""
    out = []
    while frame:
        info = getframeinfo(frame, context)
        out.append(FrameInfo(frame, *info, positions=info.positions))
        frame = frame.f_back
    return out


def getinnerframes(tb, context=1):
    """FrameInfo for each entry of a traceback, from the catching frame to where it was raised."""
    out = []
    while tb:
        info = getframeinfo(tb, context)
        out.append(FrameInfo(tb.tb_frame, *info, positions=info.positions))
        tb = tb.tb_next
    return out


def currentframe():
    """The caller's frame."""
    return sys._getframe(1) if hasattr(sys, "_getframe") else None


def stack(context=1):
    """getouterframes() of the caller's frame."""
    return getouterframes(sys._getframe(1), context)


def trace(context=1):
    """getinnerframes() of the exception being handled."""
    return getinnerframes(sys.exc_info()[2], context)


# ---------------------------------------------------------------- getattr_static

_sentinel = object()
_mro_of = type.__dict__['__mro__'].__get__
_class_dict_of = type.__dict__['__dict__'].__get__


def _shadowed_dict(klass):
    # a '__dict__' entry in the MRO that is not the ordinary type-provided descriptor
    for entry in _mro_of(klass):
        own = _class_dict_of(entry)
        if '__dict__' in own:
            slot = own['__dict__']
            if not (type(slot) is types.GetSetDescriptorType and slot.__name__ == "__dict__"
                    and slot.__objclass__ is entry):
                return slot
    return _sentinel


def _static_class_lookup(klass, attr):
    for entry in _mro_of(klass):
        if _shadowed_dict(type(entry)) is _sentinel and attr in entry.__dict__:
            return entry.__dict__[attr]
    return _sentinel


def getattr_static(obj, attr, default=_sentinel):
    """Look attr up like getattr() does, without running descriptors, __getattr__ or
    __getattribute__: the raw object stored in the instance or class dict comes back."""
    from_instance = _sentinel
    if type not in _mro_of(type(obj)):
        klass = type(obj)
        shadow = _shadowed_dict(klass)
        if shadow is _sentinel or type(shadow) is types.MemberDescriptorType:
            try:
                own = object.__getattribute__(obj, "__dict__")
            except AttributeError:
                own = {}
            from_instance = dict.get(own, attr, _sentinel)
    else:
        klass = obj
    from_class = _static_class_lookup(klass, attr)
    if from_instance is not _sentinel and from_class is not _sentinel:
        kind = type(from_class)
        if (_static_class_lookup(kind, "__get__") is not _sentinel
                and (_static_class_lookup(kind, "__set__") is not _sentinel
                     or _static_class_lookup(kind, "__delete__") is not _sentinel)):
            # a data descriptor on the class wins over the instance dict
            return from_class
    if from_instance is not _sentinel:
        return from_instance
    if from_class is not _sentinel:
        return from_class
    if obj is klass:
        # for a class, its metaclass is searched as well
        for entry in _mro_of(type(klass)):
            if _shadowed_dict(type(entry)) is _sentinel:
                try:
                    return entry.__dict__[attr]
                except KeyError:
                    pass
    if default is not _sentinel:
        return default
    raise AttributeError(attr)


# ---------------------------------------------------------------- generator / coroutine state

# each state constant is its own name
GEN_CREATED, GEN_RUNNING, GEN_SUSPENDED, GEN_CLOSED = (
    'GEN_CREATED', 'GEN_RUNNING', 'GEN_SUSPENDED', 'GEN_CLOSED')
CORO_CREATED, CORO_RUNNING, CORO_SUSPENDED, CORO_CLOSED = (
    'CORO_CREATED', 'CORO_RUNNING', 'CORO_SUSPENDED', 'CORO_CLOSED')
AGEN_CREATED, AGEN_RUNNING, AGEN_SUSPENDED, AGEN_CLOSED = (
    'AGEN_CREATED', 'AGEN_RUNNING', 'AGEN_SUSPENDED', 'AGEN_CLOSED')


def _state(obj, prefix, tag):
    if getattr(obj, prefix + '_running'):
        return tag + '_RUNNING'
    if getattr(obj, prefix + '_suspended'):
        return tag + '_SUSPENDED'
    if getattr(obj, prefix + '_frame') is None:
        return tag + '_CLOSED'
    return tag + '_CREATED'


def getgeneratorstate(generator):
    """GEN_CREATED, GEN_RUNNING, GEN_SUSPENDED or GEN_CLOSED."""
    return _state(generator, 'gi', 'GEN')


def getcoroutinestate(coroutine):
    """CORO_CREATED, CORO_RUNNING, CORO_SUSPENDED or CORO_CLOSED."""
    return _state(coroutine, 'cr', 'CORO')


def getasyncgenstate(agen):
    """AGEN_CREATED, AGEN_RUNNING, AGEN_SUSPENDED or AGEN_CLOSED."""
    return _state(agen, 'ag', 'AGEN')


def getgeneratorlocals(generator):
    """The local variables of a suspended generator (empty once it is finished)."""
    if not isgenerator(generator):
        raise TypeError("{!r} is not a Python generator".format(generator))
    frame = getattr(generator, "gi_frame", None)
    return frame.f_locals if frame is not None else {}


def getcoroutinelocals(coroutine):
    frame = getattr(coroutine, "cr_frame", None)
    return frame.f_locals if frame is not None else {}


def getasyncgenlocals(agen):
    if not isasyncgen(agen):
        raise TypeError(f"{agen!r} is not a Python async generator")
    frame = getattr(agen, "ag_frame", None)
    return frame.f_locals if frame is not None else {}


# ---------------------------------------------------------------- annotations

def get_annotations(obj, *, globals=None, locals=None, eval_str=False):
    """A new dict of obj's annotations (module, class or callable); with eval_str, string
    annotations are evaluated in the object's namespace."""
    if isinstance(obj, type):
        own = getattr(obj, '__dict__', None)
        ann = own.get('__annotations__', None) if own and hasattr(own, 'get') else None
        if isinstance(ann, types.GetSetDescriptorType):
            ann = None
        home = sys.modules.get(getattr(obj, '__module__', None) or '', None)
        obj_globals = getattr(home, '__dict__', None) if home else None
        obj_locals = dict(vars(obj))
        follow = obj
    elif isinstance(obj, types.ModuleType):
        ann = getattr(obj, '__annotations__', None)
        obj_globals = getattr(obj, '__dict__')
        obj_locals = None
        follow = None
    elif callable(obj):
        ann = getattr(obj, '__annotations__', None)
        obj_globals = getattr(obj, '__globals__', None)
        obj_locals = None
        follow = obj
    else:
        raise TypeError(f"{obj!r} is not a module, class, or callable.")
    if ann is not None and not isinstance(ann, dict):
        raise ValueError(f"{obj!r}.__annotations__ is neither a dict nor None")
    if not ann or not eval_str:
        # a copy, so the caller may change it freely
        return dict(ann or {})
    if follow is not None:
        while True:
            if hasattr(follow, '__wrapped__'):
                follow = follow.__wrapped__
            elif isinstance(follow, functools.partial):
                follow = follow.func
            else:
                break
        if hasattr(follow, "__globals__"):
            obj_globals = follow.__globals__
    if globals is None:
        globals = obj_globals
    if locals is None:
        locals = obj_locals
    return {key: eval(value, globals, locals) if isinstance(value, str) else value
            for key, value in ann.items()}


def formatannotation(annotation, base_module=None):
    """How an annotation is written in a signature: builtin classes by name, others qualified,
    typing constructs without their 'typing.' prefix, anything else by repr()."""
    if getattr(annotation, '__module__', None) == 'typing':
        import re
        return re.sub(r'[\w\.]+', lambda m: m.group().removeprefix('typing.'), repr(annotation))
    if isinstance(annotation, type) and not isinstance(annotation, types.GenericAlias):
        where = annotation.__module__
        shown = annotation.__qualname__
        return shown if where in ('builtins', base_module) else f'{where}.{shown}'
    return str(annotation) if isinstance(annotation, types.GenericAlias) else repr(annotation)


def formatannotationrelativeto(object):
    """A one-argument formatannotation() that leaves out object's own module name."""
    def _formatannotation(annotation, _home=getattr(object, '__module__', None)):
        return formatannotation(annotation, _home)
    return _formatannotation


# ---------------------------------------------------------------- signatures

class _void:
    """Marker for arguments not given to replace()."""


class _empty:
    """Stands for 'no default' / 'no annotation' (Parameter.empty, Signature.empty)."""


class _ParameterKind(enum.IntEnum):
    # members are numbered 0..4 in this order; each also carries a description for messages
    def __new__(cls, description):
        number = len(cls.__members__)
        member = int.__new__(cls, number)
        member._value_ = number
        member.description = description
        return member

    def __str__(self):
        return self._name_

    POSITIONAL_ONLY = 'positional-only'
    POSITIONAL_OR_KEYWORD = 'positional or keyword'
    VAR_POSITIONAL = 'variadic positional'
    KEYWORD_ONLY = 'keyword-only'
    VAR_KEYWORD = 'variadic keyword'


_POSITIONAL_ONLY = _ParameterKind.POSITIONAL_ONLY
_POSITIONAL_OR_KEYWORD = _ParameterKind.POSITIONAL_OR_KEYWORD
_VAR_POSITIONAL = _ParameterKind.VAR_POSITIONAL
_KEYWORD_ONLY = _ParameterKind.KEYWORD_ONLY
_VAR_KEYWORD = _ParameterKind.VAR_KEYWORD


def _checked_kind(kind):
    if kind in _ParameterKind._value2member_map_:
        return _ParameterKind(kind)
    raise ValueError(f'value {kind!r} is not a valid Parameter.kind')


class Parameter:
    """One parameter of a Signature: name, kind, default and annotation (immutable)."""

    __slots__ = ('_name', '_kind', '_default', '_annotation')

    POSITIONAL_ONLY = _POSITIONAL_ONLY
    POSITIONAL_OR_KEYWORD = _POSITIONAL_OR_KEYWORD
    VAR_POSITIONAL = _VAR_POSITIONAL
    KEYWORD_ONLY = _KEYWORD_ONLY
    VAR_KEYWORD = _VAR_KEYWORD

    empty = _empty

    def __init__(self, name, kind, *, default=_empty, annotation=_empty):
        self._kind = _checked_kind(kind)
        if default is not _empty and self._kind in (_VAR_POSITIONAL, _VAR_KEYWORD):
            raise ValueError('{} parameters cannot have default values'
                             .format(self._kind.description))
        self._default, self._annotation = default, annotation
        if name is _empty:
            raise ValueError('name is a required attribute for Parameter')
        if not isinstance(name, str):
            raise TypeError('name must be a str, not a {}'.format(type(name).__name__))
        if name[0] == '.' and name[1:].isdigit():
            # the hidden argument of comprehension code objects: '.0'
            if self._kind != _POSITIONAL_OR_KEYWORD:
                raise ValueError('implicit arguments must be passed as positional or keyword '
                                 'arguments, not {}'.format(self._kind.description))
            self._kind = _POSITIONAL_ONLY
            name = 'implicit' + name[1:]
        if not name.isidentifier() or (iskeyword(name) and self._kind is not _POSITIONAL_ONLY):
            raise ValueError('{!r} is not a valid parameter name'.format(name))
        self._name = name

    def __reduce__(self):
        return (type(self), (self._name, self._kind),
                {'_default': self._default, '_annotation': self._annotation})

    def __setstate__(self, state):
        self._default, self._annotation = state['_default'], state['_annotation']

    name = property(lambda self: self._name)
    kind = property(lambda self: self._kind)
    default = property(lambda self: self._default)
    annotation = property(lambda self: self._annotation)

    def replace(self, *, name=_void, kind=_void, annotation=_void, default=_void):
        """A copy with the given fields changed."""
        return type(self)(
            self._name if name is _void else name,
            self._kind if kind is _void else kind,
            default=self._default if default is _void else default,
            annotation=self._annotation if annotation is _void else annotation)

    def __str__(self):
        text = self._name
        annotated = self._annotation is not _empty
        if annotated:
            text += ': ' + formatannotation(self._annotation)
        if self._default is not _empty:
            text += (' = ' if annotated else '=') + repr(self._default)
        if self._kind == _VAR_POSITIONAL:
            return '*' + text
        if self._kind == _VAR_KEYWORD:
            return '**' + text
        return text

    def __repr__(self):
        return f'<{type(self).__name__} "{self}">'

    def __hash__(self):
        return hash((self._name, self._kind, self._annotation, self._default))

    def __eq__(self, other):
        if not isinstance(other, Parameter):
            return NotImplemented
        return self is other or (
            self._name == other._name and self._kind == other._kind
            and self._default == other._default and self._annotation == other._annotation)


class BoundArguments:
    """The result of Signature.bind(): an ordered mapping of parameter names to argument values,
    with .args and .kwargs to make the call again."""

    __slots__ = ('arguments', '_signature', '__weakref__')

    def __init__(self, signature, arguments):
        self._signature, self.arguments = signature, arguments

    signature = property(lambda self: self._signature)

    @property
    def args(self):
        out = []
        for name, param in self._signature.parameters.items():
            if param.kind in (_VAR_KEYWORD, _KEYWORD_ONLY) or name not in self.arguments:
                break
            value = self.arguments[name]
            if param.kind == _VAR_POSITIONAL:
                out.extend(value)
            else:
                out.append(value)
        return tuple(out)

    @property
    def kwargs(self):
        out = {}
        by_keyword = False
        for name, param in self._signature.parameters.items():
            if not by_keyword:
                if param.kind in (_VAR_KEYWORD, _KEYWORD_ONLY):
                    by_keyword = True
                elif name not in self.arguments:
                    # a gap: everything after it has to be passed by keyword
                    by_keyword = True
                    continue
            if not by_keyword or name not in self.arguments:
                continue
            value = self.arguments[name]
            if param.kind == _VAR_KEYWORD:
                out.update(value)
            else:
                out[name] = value
        return out

    def apply_defaults(self):
        """Fill in the defaults of the parameters that got no argument (() and {} for *args and
        **kwargs)."""
        given = self.arguments
        filled = {}
        for name, param in self._signature.parameters.items():
            if name in given:
                filled[name] = given[name]
            elif param.default is not _empty:
                filled[name] = param.default
            elif param.kind is _VAR_POSITIONAL:
                filled[name] = ()
            elif param.kind is _VAR_KEYWORD:
                filled[name] = {}
        self.arguments = filled

    def __eq__(self, other):
        if not isinstance(other, BoundArguments):
            return NotImplemented
        return self is other or (self.signature == other.signature
                                 and self.arguments == other.arguments)

    def __getstate__(self):
        return {'_signature': self._signature, 'arguments': self.arguments}

    def __setstate__(self, state):
        self._signature, self.arguments = state['_signature'], state['arguments']

    def __repr__(self):
        shown = ', '.join('{}={!r}'.format(k, v) for k, v in self.arguments.items())
        return '<{} ({})>'.format(self.__class__.__name__, shown)


class Signature:
    """The parameters of a callable and its return annotation (immutable)."""

    empty = _empty
    __slots__ = ('_return_annotation', '_parameters')
    # classes a subclass may replace
    _bound_arguments_cls = BoundArguments
    _parameter_cls = Parameter

    def __init__(self, parameters=None, *, return_annotation=_empty,
                 __validate_parameters__=True):
        table = OrderedDict()
        if parameters is not None and __validate_parameters__:
            highest = _POSITIONAL_ONLY
            had_default = False
            for param in parameters:
                kind = param.kind
                if kind < highest:
                    raise ValueError('wrong parameter order: {} parameter before {} parameter'
                                     .format(highest.description, kind.description))
                highest = kind
                if kind in (_POSITIONAL_ONLY, _POSITIONAL_OR_KEYWORD):
                    if param.default is not _empty:
                        had_default = True
                    elif had_default:
                        raise ValueError('non-default argument follows default argument')
                if param.name in table:
                    raise ValueError('duplicate parameter name: {!r}'.format(param.name))
                table[param.name] = param
        elif parameters is not None:
            for param in parameters:
                table[param.name] = param
        self._parameters = types.MappingProxyType(table)
        self._return_annotation = return_annotation

    @classmethod
    def from_callable(cls, obj, *, follow_wrapped=True, globals=None, locals=None,
                      eval_str=False):
        """The Signature of any callable."""
        return _signature_from_callable(obj, sigcls=cls, follow_wrapper_chains=follow_wrapped,
                                        globals=globals, locals=locals, eval_str=eval_str)

    parameters = property(lambda self: self._parameters)
    return_annotation = property(lambda self: self._return_annotation)

    def replace(self, *, parameters=_void, return_annotation=_void):
        """A copy with the parameters and/or the return annotation changed."""
        return type(self)(
            self.parameters.values() if parameters is _void else parameters,
            return_annotation=(self._return_annotation if return_annotation is _void
                               else return_annotation))

    def _hash_basis(self):
        ordered = tuple(p for p in self.parameters.values() if p.kind != _KEYWORD_ONLY)
        by_name = {p.name: p for p in self.parameters.values() if p.kind == _KEYWORD_ONLY}
        return ordered, by_name, self.return_annotation

    def __hash__(self):
        ordered, by_name, ret = self._hash_basis()
        return hash((ordered, frozenset(by_name.values()), ret))

    def __eq__(self, other):
        if not isinstance(other, Signature):
            return NotImplemented
        return self is other or self._hash_basis() == other._hash_basis()

    def _bind(self, args, kwargs, *, partial=False):
        bound = {}
        params = iter(self.parameters.values())
        pending = ()
        values = iter(args)
        while True:
            try:
                value = next(values)
            except StopIteration:
                # positional arguments used up: see where keywords have to take over
                param = next(params, None)
                if param is None:
                    break
                if param.kind == _VAR_POSITIONAL:
                    break
                if param.name in kwargs:
                    if param.kind == _POSITIONAL_ONLY:
                        raise TypeError('{!r} parameter is positional only, but was passed as a '
                                        'keyword'.format(param.name))
                    pending = (param,)
                    break
                if param.kind == _VAR_KEYWORD or param.default is not _empty or partial:
                    pending = (param,)
                    break
                label = ' keyword-only' if param.kind == _KEYWORD_ONLY else ''
                raise TypeError('missing a required{} argument: {!r}'
                                .format(label, param.name)) from None
            param = next(params, None)
            if param is None or param.kind in (_VAR_KEYWORD, _KEYWORD_ONLY):
                raise TypeError('too many positional arguments') from None
            if param.kind == _VAR_POSITIONAL:
                bound[param.name] = (value,) + tuple(values)
                break
            if param.name in kwargs and param.kind != _POSITIONAL_ONLY:
                raise TypeError('multiple values for argument {!r}'.format(param.name)) from None
            bound[param.name] = value
        catch_all = None
        for param in (*pending, *params):
            if param.kind == _VAR_KEYWORD:
                catch_all = param
                continue
            if param.kind == _VAR_POSITIONAL:
                continue
            if param.name in kwargs:
                bound[param.name] = kwargs.pop(param.name)
            elif not partial and param.default is _empty:
                raise TypeError('missing a required argument: {!r}'.format(param.name)) from None
        if kwargs:
            if catch_all is not None:
                bound[catch_all.name] = kwargs
            else:
                raise TypeError('got an unexpected keyword argument {!r}'
                                .format(next(iter(kwargs))))
        return self._bound_arguments_cls(self, bound)

    def bind(self, /, *args, **kwargs):
        """BoundArguments for a call with these arguments; TypeError when the call would fail."""
        return self._bind(args, kwargs)

    def bind_partial(self, /, *args, **kwargs):
        """Like bind(), but required arguments may be missing."""
        return self._bind(args, kwargs, partial=True)

    def __reduce__(self):
        return (type(self), (tuple(self._parameters.values()),),
                {'_return_annotation': self._return_annotation})

    def __setstate__(self, state):
        self._return_annotation = state['_return_annotation']

    def __repr__(self):
        return f'<{type(self).__name__} {self}>'

    def __str__(self):
        parts = []
        slash_due = False
        star_due = True
        for param in self.parameters.values():
            kind = param.kind
            if kind == _POSITIONAL_ONLY:
                slash_due = True
            elif slash_due:
                parts.append('/')
                slash_due = False
            if kind == _VAR_POSITIONAL:
                star_due = False
            elif kind == _KEYWORD_ONLY and star_due:
                parts.append('*')
                star_due = False
            parts.append(str(param))
        if slash_due:
            parts.append('/')
        text = '(' + ', '.join(parts) + ')'
        if self.return_annotation is not _empty:
            text += ' -> ' + formatannotation(self.return_annotation)
        return text


def signature(obj, *, follow_wrapped=True, globals=None, locals=None, eval_str=False):
    """The Signature of a callable."""
    return Signature.from_callable(obj, follow_wrapped=follow_wrapped, globals=globals,
                                   locals=locals, eval_str=eval_str)


_WrapperDescriptor = type(type.__call__)
_MethodWrapper = type(all.__call__)
_ClassMethodWrapper = type(int.__dict__['from_bytes'])
_NonUserDefinedCallables = (_WrapperDescriptor, _MethodWrapper, _ClassMethodWrapper,
                            types.BuiltinFunctionType)


def _signature_is_builtin(obj):
    return (isbuiltin(obj) or ismethoddescriptor(obj)
            or isinstance(obj, _NonUserDefinedCallables) or obj in (type, object))


def _signature_is_functionlike(obj):
    # duck-typed functions (Cython's, for example): a code object and the function attributes
    if not callable(obj) or isclass(obj):
        return False
    code = getattr(obj, '__code__', None)
    defaults = getattr(obj, '__defaults__', _void)
    kwdefaults = getattr(obj, '__kwdefaults__', _void)
    annotations = getattr(obj, '__annotations__', None)
    return (isinstance(code, types.CodeType) and isinstance(getattr(obj, '__name__', None), str)
            and (defaults is None or isinstance(defaults, tuple))
            and (kwdefaults is None or isinstance(kwdefaults, dict))
            and (annotations is None or isinstance(annotations, dict)))


def _signature_bound_method(sig):
    # drop the first parameter (self or cls) of a signature, as binding a method does
    params = tuple(sig.parameters.values())
    if not params or params[0].kind in (_VAR_KEYWORD, _KEYWORD_ONLY):
        raise ValueError('invalid method signature')
    if params[0].kind in (_POSITIONAL_OR_KEYWORD, _POSITIONAL_ONLY):
        params = params[1:]
    # a leading *args absorbs the bound argument and stays
    return sig.replace(parameters=params)


def _signature_get_user_defined_method(cls, method_name):
    try:
        meth = getattr(cls, method_name)
    except AttributeError:
        return None
    if isinstance(meth, _NonUserDefinedCallables):
        # slot wrappers and builtins have no useful signature here
        return None
    return meth


def _signature_get_partial(wrapped_sig, partial, extra_args=()):
    # The signature left once a partial's arguments are bound.
    fixed = extra_args + (partial.args or ())
    fixed_kw = partial.keywords or {}
    try:
        ba = wrapped_sig.bind_partial(*fixed, **fixed_kw)
    except TypeError as ex:
        raise ValueError('partial object {!r} has incorrect arguments'.format(partial)) from ex
    result = OrderedDict(wrapped_sig.parameters.items())
    keyword_only_from_here = False
    for name, param in wrapped_sig.parameters.items():
        if name in ba.arguments:
            value = ba.arguments[name]
            if param.kind is _POSITIONAL_ONLY:
                del result[name]
                continue
            if param.kind is _POSITIONAL_OR_KEYWORD:
                if name in fixed_kw:
                    # given by keyword: it and everything after it become keyword-only
                    keyword_only_from_here = True
                    result[name] = param.replace(default=value)
                else:
                    del result[name]
                    continue
            if param.kind is _KEYWORD_ONLY:
                result[name] = param.replace(default=value)
        if keyword_only_from_here:
            if param.kind is _POSITIONAL_OR_KEYWORD:
                result[name] = result[name].replace(kind=_KEYWORD_ONLY)
                result.move_to_end(name)
            elif param.kind in (_KEYWORD_ONLY, _VAR_KEYWORD):
                result.move_to_end(name)
            elif param.kind is _VAR_POSITIONAL:
                del result[name]
    return wrapped_sig.replace(parameters=result.values())


def _signature_from_function(cls, func, skip_bound_arg=True, globals=None, locals=None,
                             eval_str=False):
    duck = False
    if not isfunction(func):
        if not _signature_is_functionlike(func):
            raise TypeError('{!r} is not a Python function'.format(func))
        duck = True
    text = getattr(func, "__text_signature__", None)
    if text:
        return _signature_fromstr(cls, func, text, skip_bound_arg)
    P = cls._parameter_cls
    code = func.__code__
    names = code.co_varnames
    npos = code.co_argcount
    nposonly = code.co_posonlyargcount
    nkwonly = code.co_kwonlyargcount
    annotations = get_annotations(func, globals=globals, locals=locals, eval_str=eval_str)
    defaults = func.__defaults__ or ()
    kwdefaults = func.__kwdefaults__
    first_default = npos - len(defaults)
    params = []
    for index in range(npos):
        name = names[index]
        kind = _POSITIONAL_ONLY if index < nposonly else _POSITIONAL_OR_KEYWORD
        default = defaults[index - first_default] if index >= first_default else _empty
        params.append(P(name, kind, default=default, annotation=annotations.get(name, _empty)))
    at = npos + nkwonly
    if code.co_flags & CO_VARARGS:
        name = names[at]
        params.append(P(name, _VAR_POSITIONAL, annotation=annotations.get(name, _empty)))
        at += 1
    for name in names[npos:npos + nkwonly]:
        default = kwdefaults.get(name, _empty) if kwdefaults is not None else _empty
        params.append(P(name, _KEYWORD_ONLY, default=default,
                        annotation=annotations.get(name, _empty)))
    if code.co_flags & CO_VARKEYWORDS:
        name = names[at]
        params.append(P(name, _VAR_KEYWORD, annotation=annotations.get(name, _empty)))
    return cls(params, return_annotation=annotations.get('return', _empty),
               __validate_parameters__=duck)


def _signature_fromstr(cls, obj, text, skip_bound_arg=True):
    # A signature from __text_signature__ text such as '($self, key, default=None, /)'.
    import ast
    P = cls._parameter_cls
    clean = text.replace('$', '', 1) if '($' in text else text
    has_self = clean is not text
    try:
        tree = ast.parse('def foo' + clean + ': pass')
    except SyntaxError:
        tree = None
    if tree is None or not isinstance(tree.body[0], ast.FunctionDef):
        raise ValueError('{!r} builtin has invalid signature'.format(obj))
    spec = tree.body[0].args
    module = sys.modules.get(getattr(obj, '__module__', None) or '', None)
    namespace = dict(getattr(module, '__dict__', {}))

    def value_of(node):
        if node is None:
            return _empty
        if isinstance(node, ast.Constant):
            return node.value
        if isinstance(node, ast.UnaryOp) and isinstance(node.op, (ast.USub, ast.UAdd)):
            inner = value_of(node.operand)
            return -inner if isinstance(node.op, ast.USub) else +inner
        if isinstance(node, (ast.Tuple, ast.List, ast.Set)):
            items = [value_of(e) for e in node.elts]
            return {ast.Tuple: tuple, ast.List: list, ast.Set: set}[type(node)](items)
        if isinstance(node, ast.Name):
            if node.id in namespace:
                return namespace[node.id]
            builtins = sys.modules['builtins']
            if hasattr(builtins, node.id):
                return getattr(builtins, node.id)
        if isinstance(node, ast.Attribute):
            dotted = []
            while isinstance(node, ast.Attribute):
                dotted.insert(0, node.attr)
                node = node.value
            if isinstance(node, ast.Name) and node.id in sys.modules:
                found = sys.modules[node.id]
                for part in dotted:
                    found = getattr(found, part)
                return found
        raise ValueError('{!r} builtin has invalid signature'.format(obj))

    params = []
    positional = spec.posonlyargs + spec.args
    pos_defaults = [None] * (len(positional) - len(spec.defaults)) + list(spec.defaults)
    for index, (arg, default) in enumerate(zip(positional, pos_defaults)):
        kind = _POSITIONAL_ONLY if index < len(spec.posonlyargs) else _POSITIONAL_OR_KEYWORD
        params.append(P(arg.arg, kind, default=value_of(default)))
    if spec.vararg:
        params.append(P(spec.vararg.arg, _VAR_POSITIONAL))
    for arg, default in zip(spec.kwonlyargs, spec.kw_defaults):
        params.append(P(arg.arg, _KEYWORD_ONLY, default=value_of(default)))
    if spec.kwarg:
        params.append(P(spec.kwarg.arg, _VAR_KEYWORD))
    if has_self and params:
        receiver = getattr(obj, '__self__', None)
        if receiver is not None and (ismodule(receiver) or skip_bound_arg):
            params.pop(0)
        else:
            params[0] = params[0].replace(kind=_POSITIONAL_ONLY)
    return cls(params, return_annotation=cls.empty)


def _signature_from_builtin(cls, func, skip_bound_arg=True):
    if not _signature_is_builtin(func):
        raise TypeError("{!r} is not a Python builtin function".format(func))
    text = getattr(func, "__text_signature__", None)
    if not text:
        raise ValueError("no signature found for builtin {!r}".format(func))
    return _signature_fromstr(cls, func, text, skip_bound_arg)


def _signature_from_callable(obj, *, follow_wrapper_chains=True, skip_bound_arg=True,
                             globals=None, locals=None, eval_str=False, sigcls):
    def again(inner):
        return _signature_from_callable(inner, follow_wrapper_chains=follow_wrapper_chains,
                                        skip_bound_arg=skip_bound_arg, globals=globals,
                                        locals=locals, sigcls=sigcls, eval_str=eval_str)

    if not callable(obj):
        raise TypeError('{!r} is not a callable object'.format(obj))

    if isinstance(obj, types.MethodType):
        sig = again(obj.__func__)
        return _signature_bound_method(sig) if skip_bound_arg else sig

    if follow_wrapper_chains:
        obj = unwrap(obj, stop=lambda f: hasattr(f, "__signature__")
                     or isinstance(f, types.MethodType))
        if isinstance(obj, types.MethodType):
            return again(obj)

    try:
        sig = obj.__signature__
    except AttributeError:
        pass
    else:
        if sig is not None:
            if not isinstance(sig, Signature):
                raise TypeError('unexpected object {!r} in __signature__ attribute'.format(sig))
            return sig

    maker = getattr(obj, '_partialmethod', None)
    if isinstance(maker, functools.partialmethod):
        # the unbound function a partialmethod makes: receiver first, then what is left
        full = again(maker.func)
        rest = _signature_get_partial(full, maker, (None,))
        receiver = next(iter(full.parameters.values()))
        if receiver.kind is _VAR_POSITIONAL:
            return rest
        return rest.replace(parameters=(receiver, *rest.parameters.values()))

    if isfunction(obj) or _signature_is_functionlike(obj):
        return _signature_from_function(sigcls, obj, skip_bound_arg=skip_bound_arg,
                                        globals=globals, locals=locals, eval_str=eval_str)

    if _signature_is_builtin(obj):
        return _signature_from_builtin(sigcls, obj, skip_bound_arg=skip_bound_arg)

    if isinstance(obj, functools.partial):
        return _signature_get_partial(again(obj.func), obj)

    sig = None
    if isinstance(obj, type):
        call = _signature_get_user_defined_method(type(obj), '__call__')
        if call is not None:
            sig = again(call)
        else:
            new = _signature_get_user_defined_method(obj, '__new__')
            init = _signature_get_user_defined_method(obj, '__init__')
            factory = None
            for base in obj.__mro__:
                if new is not None and '__new__' in base.__dict__:
                    factory = new
                    break
                if init is not None and '__init__' in base.__dict__:
                    factory = init
                    break
            if factory is not None:
                sig = again(factory)
        if sig is None:
            for base in obj.__mro__[:-1]:
                text = getattr(base, '__text_signature__', None)
                if text:
                    return _signature_fromstr(sigcls, base, text)
            if type not in obj.__mro__:
                if obj.__init__ is object.__init__ and obj.__new__ is object.__new__:
                    return sigcls.from_callable(object)
                raise ValueError('no signature found for builtin type {!r}'.format(obj))
    elif not isinstance(obj, _NonUserDefinedCallables):
        call = _signature_get_user_defined_method(type(obj), '__call__')
        if call is not None:
            try:
                sig = again(call)
            except ValueError as ex:
                raise ValueError('no signature found for {!r}'.format(obj)) from ex

    if sig is not None:
        return _signature_bound_method(sig) if skip_bound_arg else sig
    if isinstance(obj, types.BuiltinFunctionType):
        raise ValueError('no signature found for builtin function {!r}'.format(obj))
    raise ValueError('callable {!r} is not supported by signature'.format(obj))
