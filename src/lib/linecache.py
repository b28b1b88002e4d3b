"""Lines of source files, cached (the linecache module), written for Immortal from its documented
behaviour: getline() never raises and answers '' for lines it cannot find. A cache entry is either
(size, mtime, lines, fullname) for a file that was read (mtime None: lines given by a loader, never
re-checked), or a 1-tuple (a function that returns the source) that lazycache() left for later."""

import sys

__all__ = ['getline', 'clearcache', 'checkcache', 'lazycache']

cache = {}


def clearcache():
    cache.clear()


def getline(filename, lineno, module_globals=None):
    lines = getlines(filename, module_globals)
    return lines[lineno - 1] if 0 < lineno <= len(lines) else ''


def getlines(filename, module_globals=None):
    entry = cache.get(filename)
    if entry is not None and len(entry) == 4:
        return entry[2]
    try:
        return updatecache(filename, module_globals)
    except MemoryError:
        clearcache()
        return []


def _pseudo(filename):
    # '<stdin>', '<string>' and the like name no file.
    return filename[:1] == '<' and filename[-1:] == '>'


def checkcache(filename=None):
    """Drops the entries whose file changed size or mtime on disk (or vanished)."""
    if filename is None:
        names = list(cache)
    else:
        names = [filename]
    stat = None
    for name in names:
        entry = cache.get(name)
        # Only entries read from a file are checked: not lazy ones, nor those a loader gave.
        if entry is None or len(entry) == 1 or entry[1] is None:
            continue
        if stat is None:
            import os
            stat = os.stat
        try:
            st = stat(entry[3])
        except (OSError, ValueError):
            cache.pop(name, None)
        else:
            if (st.st_size, st.st_mtime) != (entry[0], entry[1]):
                cache.pop(name, None)


def _split_lines(text):
    # What reading the text in universal-newline mode gives: '\r\n' and '\r' end lines as '\n'
    # does, and every line keeps its '\n' (the last one too: one is added when it has none).
    text = text.replace('\r\n', '\n').replace('\r', '\n')
    lines = text.split('\n')
    tail = lines.pop()
    out = [piece + '\n' for piece in lines]
    if tail:
        out.append(tail + '\n')
    return out


def _source_encoding(data):
    # A source file's encoding: a coding comment on one of the first two lines (the second only
    # after a comment or blank line), else UTF-8.
    head = data.split(b'\n', 2)[:2]
    for i, raw in enumerate(head):
        stripped = raw.lstrip(b' \t\f')
        if not stripped.startswith(b'#'):
            if i == 0 and stripped.strip() == b'':
                continue
            break
        if b'coding' in stripped:
            import re
            m = re.search(rb'coding[:=][ \t]*([-\w.]+)', stripped)
            if m is not None:
                return m.group(1).decode('ascii')
    return 'utf-8'


def _read_file(path):
    with open(path, 'rb') as f:
        data = f.read()
    if data[:3] == b'\xef\xbb\xbf':
        # A UTF-8 byte order mark: UTF-8, the mark dropped.
        return _split_lines(data[3:].decode('utf-8'))
    return _split_lines(data.decode(_source_encoding(data)))


def _from_loader(filename, module_globals):
    # The lines a module's loader gives for a file that is not on disk, or None.
    if not lazycache(filename, module_globals):
        return None
    try:
        text = cache[filename][0]()
    except (ImportError, OSError):
        return None
    if text is None:
        return []
    lines = [line + '\n' for line in text.splitlines()]
    cache[filename] = (len(text), None, lines, filename)
    return lines


def updatecache(filename, module_globals=None):
    """(Re)reads a file into the cache and answers its lines ([] when it cannot be read)."""
    entry = cache.get(filename)
    if entry is not None and len(entry) != 1:
        del cache[filename]
    if not filename or _pseudo(filename):
        return []
    import os
    fullname = filename
    try:
        st = os.stat(fullname)
    except OSError:
        lines = _from_loader(filename, module_globals)
        if lines is not None:
            return lines
        if os.path.isabs(filename):
            return []
        # A relative name: the first directory of sys.path that holds it.
        for directory in sys.path:
            try:
                fullname = os.path.join(directory, filename)
                st = os.stat(fullname)
            except (OSError, TypeError, ValueError):
                continue
            break
        else:
            return []
    try:
        lines = _read_file(fullname)
    except (OSError, UnicodeDecodeError, SyntaxError, LookupError, NotImplementedError):
        # (Immortal raises NotImplementedError for a codec it lacks.)
        return []
    cache[filename] = (st.st_size, st.st_mtime, lines, fullname)
    return lines


def lazycache(filename, module_globals):
    """Notes how to get the source of a module whose file may not be on disk (its loader's
    get_source), without reading it yet. True when such a note is (now) in the cache."""
    entry = cache.get(filename)
    if entry is not None:
        return len(entry) == 1
    if not filename or _pseudo(filename):
        return False
    if not module_globals or '__name__' not in module_globals:
        return False
    name = module_globals['__name__']
    loader = module_globals.get('__loader__')
    if loader is None:
        spec = module_globals.get('__spec__')
        loader = getattr(spec, 'loader', None)
    get_source = getattr(loader, 'get_source', None)
    if not (name and get_source):
        return False
    cache[filename] = (lambda: get_source(name),)
    return True
