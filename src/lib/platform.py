"""Facts about the machine, the operating system and the Python implementation.

Written for Immortal from the platform module's documentation. The interpreter is Immortal
(sys.implementation.name == 'immortal'), so python_implementation() says 'Immortal', and the build
facts come from Immortal's sys.version; the machine facts come from os.uname(), os.confstr() and the
files the system publishes (/etc/os-release)."""

import os
import sys
import collections

__version__ = '1.0.8'

_unknown = ''


# ---- uname ---------------------------------------------------------------------------------------

_uname_base = collections.namedtuple('uname_result_base', 'system node release version machine')


class uname_result(_uname_base):
    """uname() as a tuple of six strings: system, node, release, version, machine, processor.
    processor is found when first asked for; the repr shows the first five."""

    _fields = ('system', 'node', 'release', 'version', 'machine', 'processor')

    @property
    def processor(self):
        return _processor()

    def __iter__(self):
        yield from tuple.__iter__(self)
        yield self.processor

    def __getitem__(self, key):
        # the processor is the sixth item, found only when asked for
        return (*tuple.__iter__(self), self.processor)[key]

    def __len__(self):
        return 1 + tuple.__len__(self)

    def __reduce__(self):
        return uname_result, tuple(self)[:5]

    def _asdict(self):
        return dict(zip(self._fields, self))

    def _replace(self, **changes):
        values = dict(zip(_uname_base._fields, tuple.__iter__(self)))
        for k, v in changes.items():
            if k not in values:
                raise ValueError('Got unexpected field names: %r' % [k])
            values[k] = v
        return type(self)(**values)


uname_result.__module__ = 'platform'
_uname_cache = None
_processor_cache = None


def _processor():
    # What `uname -p` says, '' where it says "unknown" (Linux's usual answer) or cannot run.
    global _processor_cache
    if _processor_cache is None:
        answer = ''
        try:
            import subprocess
            answer = subprocess.check_output(['uname', '-p'], stderr=subprocess.DEVNULL, text=True,
                                             encoding='utf8').strip()
        except Exception:
            answer = ''
        _processor_cache = '' if answer == 'unknown' else answer
    return _processor_cache


def uname():
    """(system, node, release, version, machine, processor), computed once."""
    global _uname_cache
    if _uname_cache is None:
        u = os.uname()
        fields = [u.sysname, u.nodename, u.release, u.version, u.machine]
        if not any(fields):
            fields = ['', '', '', '', '']
        _uname_cache = uname_result(*fields)
    return _uname_cache


def system():
    """The operating system's name ('Linux'), or ''."""
    return uname().system


def node():
    """The computer's network name, or ''."""
    return uname().node


def release():
    """The operating system's release ('6.1.0-18-amd64'), or ''."""
    return uname().release


def version():
    """The operating system's version string, or ''."""
    return uname().version


def machine():
    """The machine type ('x86_64'), or ''."""
    return uname().machine


def processor():
    """The processor name, '' when the system does not say (as on most Linux systems)."""
    return uname().processor


def system_alias(system, release, version):
    """(system, release, version) under their marketing names where they have one."""
    if system == 'SunOS' and release >= '5':
        major, _, rest = release.partition('.')
        try:
            release = '%d%s%s' % (int(major) - 3, '.' if rest else '', rest)
        except ValueError:
            pass
        system = 'Solaris'
    elif system in ('win32', 'win16'):
        system = 'Windows'
    return system, release, version


# ---- the binary ----------------------------------------------------------------------------------

def _pointer_bits():
    import struct
    return '%dbit' % (struct.calcsize('P') * 8)


def architecture(executable=sys.executable, bits='', linkage=''):
    """(bits, linkage) of an executable: its word size and file format ('64bit', 'ELF')."""
    if not bits:
        bits = _pointer_bits()
    if executable == sys.executable and sys.platform == 'linux':
        # Immortal's interpreter is the Node.js binary, an ELF program like CPython's.
        return bits, 'ELF'
    try:
        with open(os.path.realpath(executable), 'rb') as f:
            head = f.read(5)
    except OSError:
        return bits, linkage
    if head[:4] == b'\x7fELF':
        return {1: '32bit', 2: '64bit'}.get(head[4], bits), 'ELF'
    return bits, ''


def libc_ver(executable=None, lib='', version='', chunksize=16384):
    """(library, version) of the C library an executable (by default this process) links with."""
    if executable is None:
        try:
            answer = os.confstr('CS_GNU_LIBC_VERSION')
        except (AttributeError, OSError, ValueError):
            answer = None
        if answer:
            name, _, ver = answer.partition(' ')
            if ver:
                return name, ver
        executable = sys.executable
        if not executable:
            return lib, version
    best = None
    tail = b''
    marker = b'GLIBC_'
    with open(os.path.realpath(executable), 'rb') as f:
        while True:
            chunk = f.read(chunksize)
            if not chunk:
                break
            data = tail + chunk
            at = data.find(marker)
            while at >= 0:
                end = at + len(marker)
                while end < len(data) and (48 <= data[end] <= 57 or data[end] == 46):
                    end += 1
                text = data[at + len(marker):end].decode('latin-1').strip('.')
                if text and end < len(data):
                    key = tuple(int(p) for p in text.split('.') if p)
                    if best is None or key > best[0]:
                        best = (key, text)
                at = data.find(marker, end)
            tail = data[-64:]
    if best is not None:
        return 'glibc', best[1]
    return lib, version


# ---- the interpreter -----------------------------------------------------------------------------

def _build_parts():
    # sys.version is "3.12.1 (tag, detail[, time]) [compiler]" in CPython, "3.12.1 (immortal,
    # TypeScript on Node.js)" in Immortal.
    text = sys.version
    inside = ''
    if '(' in text and ')' in text:
        inside = text[text.index('(') + 1:text.index(')')]
    compiler = ''
    if '[' in text and text.rstrip().endswith(']'):
        compiler = text[text.rindex('[') + 1:text.rstrip().rindex(']')]
    parts = [p.strip() for p in inside.split(',')] if inside else []
    return parts, compiler


def python_implementation():
    """The implementation's name: 'Immortal' here (CPython says 'CPython', PyPy 'PyPy')."""
    name = sys.implementation.name
    return {'cpython': 'CPython', 'immortal': 'Immortal', 'pypy': 'PyPy',
            'ironpython': 'IronPython', 'jython': 'Jython'}.get(name, name)


def python_version():
    """'major.minor.patchlevel'."""
    return '.'.join(python_version_tuple())


def python_version_tuple():
    """(major, minor, patchlevel) as strings."""
    v = sys.version_info
    return str(v.major), str(v.minor), str(v.micro)


def python_build():
    """(buildno, builddate) as strings."""
    parts, _ = _build_parts()
    if sys.implementation.name == 'cpython' and len(parts) >= 2:
        return parts[0], ' '.join(parts[1:])
    return (parts[0] if parts else '', '')


def python_compiler():
    """What built the interpreter (for Immortal: what runs it)."""
    parts, compiler = _build_parts()
    if compiler:
        return compiler
    if sys.implementation.name != 'cpython' and len(parts) >= 2:
        return parts[1]
    return ''


def python_branch():
    """The source branch the interpreter was built from, '' when unknown."""
    git = getattr(sys, '_git', None)
    return git[1] if git else ''


def python_revision():
    """The source revision the interpreter was built from, '' when unknown."""
    git = getattr(sys, '_git', None)
    return git[2] if git else ''


# ---- one-line summary ----------------------------------------------------------------------------

_platform_cache = {}


def _join(*parts):
    text = '-'.join(p.strip() for p in parts if p and p.strip())
    for old, new in ((' ', '_'), ('/', '-'), ('\\', '-'), (':', '-'), (';', '-'), ('"', '-'),
                     ('(', '-'), (')', '-'), ('unknown', '')):
        text = text.replace(old, new)
    while '--' in text:
        text = text.replace('--', '-')
    return text.strip('-')


def platform(aliased=False, terse=False):
    """A human-readable one-line description of the platform."""
    key = (bool(aliased), bool(terse))
    if key in _platform_cache:
        return _platform_cache[key]
    sysname, _, rel, ver, mach, proc = uname()
    if mach == proc:
        proc = ''
    if aliased:
        sysname, rel, ver = system_alias(sysname, rel, ver)
    if sysname == 'Linux':
        name, libv = libc_ver()
        text = _join(sysname, rel, mach, proc, 'with', name + libv)
    elif terse:
        text = _join(sysname, rel)
    else:
        text = _join(sysname, rel, mach, proc)
    _platform_cache[key] = text
    return text


# ---- other systems -------------------------------------------------------------------------------

def mac_ver(release='', versioninfo=('', '', ''), machine=''):
    """macOS version information; the defaults elsewhere."""
    return release, versioninfo, machine


def win32_ver(release='', version='', csd='', ptype=''):
    """Windows version information; the defaults elsewhere."""
    return release, version, csd, ptype


def win32_edition():
    return None


def win32_is_iot():
    return False


def java_ver(release='', vendor='', vminfo=('', '', ''), osinfo=('', '', '')):
    """Jython's Java information; the defaults elsewhere."""
    return release, vendor, vminfo, osinfo


# ---- os-release ----------------------------------------------------------------------------------

_os_release_candidates = ('/etc/os-release', '/usr/lib/os-release')
_os_release_cache = None


def _unquote(value):
    if len(value) >= 2 and value[0] == value[-1] and value[0] in '"\'':
        value = value[1:-1]
    out = []
    i = 0
    while i < len(value):
        ch = value[i]
        if ch == '\\' and i + 1 < len(value) and value[i + 1] in '\\$"\'`':
            ch = value[i + 1]
            i += 1
        out.append(ch)
        i += 1
    return ''.join(out)


def _parse_os_release(lines):
    info = {'NAME': 'Linux', 'ID': 'linux', 'PRETTY_NAME': 'Linux'}
    for line in lines:
        if line.endswith('\n'):
            line = line[:-1]
        name, eq, value = line.partition('=')
        if not eq or not name or not all(c.isascii() and (c.isalnum() or c == '_') for c in name):
            continue
        info[name] = _unquote(value)
    return info


def freedesktop_os_release():
    """The operating system's /etc/os-release (or /usr/lib/os-release) as a dict."""
    global _os_release_cache
    if _os_release_cache is None:
        error = None
        for candidate in _os_release_candidates:
            try:
                with open(candidate, encoding='utf-8') as f:
                    _os_release_cache = _parse_os_release(f)
                break
            except OSError as e:
                error = e
        else:
            import errno
            raise OSError(errno.ENOENT, 'Unable to read files %s' % ', '.join(_os_release_candidates)) \
                from error
    return _os_release_cache.copy()
