"""Create portable serialized representations of Python objects.

Written for Immortal from the pickle format (PEP 307, PEP 3154, PEP 574) and the documented
behaviour of CPython 3.12's C pickler, whose output it reproduces byte for byte: the same opcodes, the
same memo numbering, the same batching of container items (1000 at a time) and the same protocol 4
framing (a FRAME opcode before each run of about 64 KiB; large bytes and str payloads outside frames).

Functions: dump(), dumps(), load(), loads().
Classes: Pickler, Unpickler, PickleBuffer.
Exceptions: PickleError, PicklingError, UnpicklingError.
"""

import sys
from copyreg import dispatch_table
from copyreg import _extension_registry, _inverted_registry, _extension_cache
import _compat_pickle

__all__ = ["PickleError", "PicklingError", "UnpicklingError", "Pickler",
           "Unpickler", "dump", "dumps", "load", "loads", "PickleBuffer"]

bytes_types = (bytes, bytearray)

format_version = "4.0"
compatible_formats = ["1.0", "1.1", "1.2", "1.3", "2.0", "3.0", "4.0", "5.0"]

HIGHEST_PROTOCOL = 5
DEFAULT_PROTOCOL = 4


class PickleError(Exception):
    """A common base class for the other pickling exceptions."""


class PicklingError(PickleError):
    """This exception is raised when an unpicklable object is passed to the dump() method."""


class UnpicklingError(PickleError):
    """This exception is raised when there is a problem unpickling an object."""


# CPython's classes come from its C accelerator, _pickle; tracebacks and reprs name it.
for _cls in (PickleError, PicklingError, UnpicklingError):
    _cls.__module__ = "_pickle"


class PickleBuffer:
    """Wrapper for potentially out-of-band buffers (protocol 5)."""
    __immortal_tp_name__ = 'pickle.PickleBuffer'  # CPython's C type name, for messages

    def __init__(self, buffer):
        self._view = memoryview(buffer)

    def _check(self):
        if self._view is None:
            raise ValueError("operation forbidden on released PickleBuffer object")
        return self._view

    def raw(self):
        """Return a memoryview of the raw memory underlying this buffer."""
        view = self._check()
        if not view.contiguous:
            raise BufferError("cannot extract raw buffer from non-contiguous buffer")
        return view.cast("B") if view.c_contiguous else view

    def release(self):
        """Release the underlying buffer exposed by the PickleBuffer object."""
        if self._view is not None:
            self._view.release()
            self._view = None

    def __buffer__(self, flags):
        return memoryview(self._check())

    def __reduce_ex__(self, protocol):
        raise TypeError("cannot pickle 'pickle.PickleBuffer' object")


_HAVE_PICKLE_BUFFER = True

# Opcodes (the pickle machine's instruction set). The comments say what each one does.
MARK = b'('             # push special markobject on stack
STOP = b'.'             # every pickle ends with STOP
POP = b'0'              # discard topmost stack item
POP_MARK = b'1'         # discard stack top through topmost markobject
DUP = b'2'              # duplicate top stack item
FLOAT = b'F'            # push float object; decimal string argument
INT = b'I'              # push integer or bool; decimal string argument
BININT = b'J'           # push four-byte signed int
BININT1 = b'K'          # push 1-byte unsigned int
LONG = b'L'             # push long; decimal string argument
BININT2 = b'M'          # push 2-byte unsigned int
NONE = b'N'             # push None
PERSID = b'P'           # push persistent object; id is taken from string arg
BINPERSID = b'Q'        # push persistent object; id is taken from stack
REDUCE = b'R'           # apply callable to argtuple, both on stack
STRING = b'S'           # push string; NL-terminated string argument
BINSTRING = b'T'        # push string; counted binary string argument
SHORT_BINSTRING = b'U'  # push string; counted binary string argument < 256 bytes
UNICODE = b'V'          # push Unicode string; raw-unicode-escaped'd argument
BINUNICODE = b'X'       # push Unicode string; counted UTF-8 string argument
APPEND = b'a'           # append stack top to list below it
BUILD = b'b'            # call __setstate__ or __dict__.update()
GLOBAL = b'c'           # push self.find_class(modname, name); 2 string args
DICT = b'd'             # build a dict from stack items
EMPTY_DICT = b'}'       # push empty dict
APPENDS = b'e'          # extend list on stack by topmost stack slice
GET = b'g'              # push item from memo on stack; index is string arg
BINGET = b'h'           # push item from memo on stack; index is 1-byte arg
INST = b'i'             # build & push class instance
LONG_BINGET = b'j'      # push item from memo on stack; index is 4-byte arg
LIST = b'l'             # build list from topmost stack items
EMPTY_LIST = b']'       # push empty list
OBJ = b'o'              # build & push class instance
PUT = b'p'              # store stack top in memo; index is string arg
BINPUT = b'q'           # store stack top in memo; index is 1-byte arg
LONG_BINPUT = b'r'      # store stack top in memo; index is 4-byte arg
SETITEM = b's'          # add key+value pair to dict
TUPLE = b't'            # build tuple from topmost stack items
EMPTY_TUPLE = b')'      # push empty tuple
SETITEMS = b'u'         # modify dict by adding topmost key+value pairs
BINFLOAT = b'G'         # push float; arg is 8-byte float encoding

TRUE = b'I01\n'         # not an opcode; see INT docs in pickletools.py
FALSE = b'I00\n'        # not an opcode; see INT docs in pickletools.py

# Protocol 2
PROTO = b'\x80'         # identify pickle protocol
NEWOBJ = b'\x81'        # build object by applying cls.__new__ to argtuple
EXT1 = b'\x82'          # push object from extension registry; 1-byte index
EXT2 = b'\x83'          # ditto, but 2-byte index
EXT4 = b'\x84'          # ditto, but 4-byte index
TUPLE1 = b'\x85'        # build 1-tuple from stack top
TUPLE2 = b'\x86'        # build 2-tuple from two topmost stack items
TUPLE3 = b'\x87'        # build 3-tuple from three topmost stack items
NEWTRUE = b'\x88'       # push True
NEWFALSE = b'\x89'      # push False
LONG1 = b'\x8a'         # push long from < 256 bytes
LONG4 = b'\x8b'         # push really big long

_tuplesize2code = [EMPTY_TUPLE, TUPLE1, TUPLE2, TUPLE3]

# Protocol 3 (Python 3.x)
BINBYTES = b'B'         # push bytes; counted binary string argument
SHORT_BINBYTES = b'C'   # push bytes; counted binary string argument < 256 bytes

# Protocol 4
SHORT_BINUNICODE = b'\x8c'  # push short string; UTF-8 length < 256 bytes
BINUNICODE8 = b'\x8d'   # push very long string
BINBYTES8 = b'\x8e'     # push very long bytes string
EMPTY_SET = b'\x8f'     # push empty set on the stack
ADDITEMS = b'\x90'      # modify set by adding topmost stack items
FROZENSET = b'\x91'     # build frozenset from topmost stack items
NEWOBJ_EX = b'\x92'     # like NEWOBJ but work with keyword only arguments
STACK_GLOBAL = b'\x93'  # same as GLOBAL but using names on the stacks
MEMOIZE = b'\x94'       # store top of the stack in memo
FRAME = b'\x95'         # indicate the beginning of a new frame

# Protocol 5
BYTEARRAY8 = b'\x96'    # push bytearray
NEXT_BUFFER = b'\x97'   # push next out-of-band buffer
READONLY_BUFFER = b'\x98'  # make top of stack readonly

_FRAME_SIZE_MIN = 4
_FRAME_SIZE_TARGET = 64 * 1024
_FRAME_HEADER_SIZE = 9
_BATCHSIZE = 1000


def _check_pair(item):
    if not isinstance(item, tuple) or len(item) != 2:
        raise TypeError("dict items iterator must return 2-tuples")

_NoneType = type(None)
_FunctionType = type(lambda: None)

# Pre-encoded short opcodes for the hottest cases.
_BININT1 = [BININT1 + bytes((i,)) for i in range(256)]
_BINPUT = [BINPUT + bytes((i,)) for i in range(256)]
_BINGET = [BINGET + bytes((i,)) for i in range(256)]
_BYTE = [bytes((i,)) for i in range(256)]
_SHORT_BINUNICODE = [SHORT_BINUNICODE + bytes((i,)) for i in range(256)]
_SHORT_BINBYTES = [SHORT_BINBYTES + bytes((i,)) for i in range(256)]


def _u32(n):
    return n.to_bytes(4, "little")


def _u64(n):
    return n.to_bytes(8, "little")


def _python2_location(module_name, name):
    # Where Python 2 kept a global (protocols 0-2 with fix_imports): a renamed object first, else a
    # renamed module.
    renamed = _compat_pickle.REVERSE_NAME_MAPPING.get((module_name, name))
    if renamed is not None:
        return renamed
    return _compat_pickle.REVERSE_IMPORT_MAPPING.get(module_name, module_name), name


def _python3_location(module_name, name):
    # Where a Python 2 global lives now (fix_imports when loading protocols 0-2): a renamed object
    # first, else a renamed module.
    renamed = _compat_pickle.NAME_MAPPING.get((module_name, name))
    if renamed is not None:
        return renamed
    return _compat_pickle.IMPORT_MAPPING.get(module_name, module_name), name


def encode_long(x):
    r"""Encode a long to a two's complement little-endian binary string (b'' for 0)."""
    if x == 0:
        return b''
    # One byte more than the magnitude needs leaves room for the sign bit; a negative number may not
    # need it (-128 is b'\x80'), and then its top byte is a redundant 0xff.
    data = x.to_bytes((x.bit_length() >> 3) + 1, "little", signed=True)
    redundant = len(data) > 1 and data[-1] == 0xff and data[-2] >= 0x80
    return data[:-1] if x < 0 and redundant else data


def decode_long(data):
    r"""Decode a long from a two's complement little-endian binary string."""
    return int.from_bytes(data, "little", signed=True)


def _pack_double(x):
    """The IEEE 754 binary64 encoding of x, big-endian (BINFLOAT's argument)."""
    import math
    sign = 1 if math.copysign(1.0, x) < 0 else 0
    if x != x:
        bits = 0x7ff8000000000000
    elif x in (_INF, _NINF):
        bits = 0x7ff0000000000000
    elif x == 0.0:
        bits = 0
    else:
        m, e = math.frexp(abs(x))       # abs(x) == m * 2**e, 0.5 <= m < 1
        if e - 1 >= -1022:
            bits = ((e + 1022) << 52) | (int(math.ldexp(m, 53)) - (1 << 52))
        else:                           # subnormal
            bits = int(math.ldexp(abs(x), 1074))
    return (bits | (sign << 63)).to_bytes(8, "big")


def _unpack_double(data):
    import math
    bits = int.from_bytes(data, "big")
    sign = bits >> 63
    exp = (bits >> 52) & 0x7ff
    mant = bits & 0xfffffffffffff
    if exp == 0x7ff:
        x = _INF if mant == 0 else _NAN
    elif exp == 0:
        x = math.ldexp(float(mant), -1074)
    else:
        x = math.ldexp(float(mant | (1 << 52)), exp - 1075)
    return -x if sign else x


_INF = float("inf")
_NINF = float("-inf")
_NAN = float("nan")


def _raw_unicode_escape(s):
    """Protocol 0's UNICODE argument: raw-unicode-escape, with the characters that would break
    the line-based format (backslash, NUL, CR, LF, ^Z) escaped as well."""
    out = []
    for ch in s:
        o = ord(ch)
        if o >= 0x10000:
            out.append("\\U%08x" % o)
        elif o >= 256 or ch in "\\\0\n\r\x1a":
            out.append("\\u%04x" % o)
        else:
            out.append(ch)
    return "".join(out).encode("latin-1")


def _raw_unicode_unescape(data):
    """Decode raw-unicode-escape bytes: only \\uXXXX and \\UXXXXXXXX after an odd number of
    backslashes are escapes; every other byte is its latin-1 character."""
    text = data.decode("latin-1")
    if "\\" not in text:
        return text
    out = []
    i = 0
    n = len(text)
    while i < n:
        j = text.find("\\", i)
        if j < 0:
            out.append(text[i:])
            break
        k = j
        while k < n and text[k] == "\\":
            k += 1
        if (k - j) % 2 == 0 or k >= n or text[k] not in "uU":
            out.append(text[i:k])
            i = k
            continue
        out.append(text[i:k - 1])
        count = 4 if text[k] == "u" else 8
        digits = text[k + 1:k + 1 + count]
        start = k - 1
        if len(digits) < count or not all(c in "0123456789abcdefABCDEF" for c in digits):
            end = k + 1
            while end < n and end < k + 1 + count and text[end] in "0123456789abcdefABCDEF":
                end += 1
            reason = "truncated \\uXXXX escape" if count == 4 else "truncated \\UXXXXXXXX escape"
            raise UnicodeDecodeError("rawunicodeescape", bytes(data), start, end, reason)
        code = int(digits, 16)
        if code > 0x10ffff:
            raise UnicodeDecodeError("rawunicodeescape", bytes(data), start, k + 1 + count,
                                     "\\Uxxxxxxxx out of range")
        out.append(chr(code))
        i = k + 1 + count
    return "".join(out)


_SIMPLE_ESCAPES = {"\n": "", "\\": "\\", "'": "'", '"': '"', "a": "\a", "b": "\b",
                   "f": "\f", "n": "\n", "r": "\r", "t": "\t", "v": "\v"}


def _escape_decode(data):
    """Decode the backslash escapes of a Python 2 str literal (the STRING opcode) to bytes."""
    text = data.decode("latin-1")
    if "\\" not in text:
        return bytes(data)
    out = []
    i = 0
    n = len(text)
    while i < n:
        ch = text[i]
        if ch != "\\":
            out.append(ch)
            i += 1
            continue
        i += 1
        if i >= n:
            raise ValueError("Trailing \\ in string")
        ch = text[i]
        if ch in _SIMPLE_ESCAPES:
            out.append(_SIMPLE_ESCAPES[ch])
            i += 1
        elif ch == "x":
            digits = text[i + 1:i + 3]
            if len(digits) < 2 or not all(c in "0123456789abcdefABCDEF" for c in digits):
                raise ValueError("invalid \\x escape at position %d" % (i - 1))
            out.append(chr(int(digits, 16)))
            i += 3
        elif "0" <= ch <= "7":
            j = i
            while j < n and j < i + 3 and "0" <= text[j] <= "7":
                j += 1
            out.append(chr(int(text[i:j], 8) & 0xff))
            i = j
        else:
            out.append("\\" + ch)
            i += 1
    return "".join(out).encode("latin-1")


def _strtol0(text):
    """int() of an INT argument as C's strtol with base 0 reads it (010 is octal)."""
    s = text.strip()
    body = s.lstrip("+-")
    if len(body) > 1 and body[0] == "0" and body[1] in "01234567":
        value = int(body, 8)
        return -value if s.startswith("-") else value
    return int(s, 0)


def _getattribute(obj, name):
    """Look up a dotted name (a __qualname__) inside obj; return (value, parent)."""
    top = obj
    parent = None
    for subpath in name.split("."):
        if subpath == "<locals>":
            raise AttributeError("Can't get local attribute {!r} on {!r}".format(name, top))
        try:
            parent = obj
            obj = getattr(obj, subpath)
        except AttributeError:
            raise AttributeError("Can't get attribute {!r} on {!r}".format(name, top)) from None
    return obj, parent


def whichmodule(obj, name):
    """Find the module an object belongs to."""
    module_name = getattr(obj, "__module__", None)
    if module_name is not None:
        return module_name
    dotted_path = name.split(".")
    for module_name, module in sys.modules.copy().items():
        if module_name == "__main__" or module is None:
            continue
        try:
            if _deep_getattr(module, dotted_path)[0] is obj:
                return module_name
        except AttributeError:
            pass
    return "__main__"


def _deep_getattr(obj, dotted_path):
    parent = None
    for subpath in dotted_path:
        parent = obj
        obj = getattr(obj, subpath)
    return obj, parent


def _codecs_encode(obj, encoding="utf-8", errors="strict"):
    return obj.encode(encoding, errors)


# Protocols 0-2 pickle bytes as _codecs.encode(latin-1 text, 'latin1'). Immortal has no _codecs
# module yet; this stand-in is written as that global and read back from it.
_codecs_encode.__module__ = "_codecs"
_codecs_encode.__qualname__ = _codecs_encode.__name__ = "encode"


class Pickler:
    """Pickler(file, protocol=None, fix_imports=True, buffer_callback=None)

    Write a pickled representation of objects to the binary file `file` (anything with a
    write() method accepting bytes).
    """
    __immortal_tp_name__ = '_pickle.Pickler'  # CPython's C type name, for messages

    def __init__(self, file, protocol=None, fix_imports=True, buffer_callback=None):
        if protocol is None:
            protocol = DEFAULT_PROTOCOL
        protocol = protocol.__index__() if not isinstance(protocol, int) else protocol
        if protocol < 0:
            protocol = HIGHEST_PROTOCOL
        elif protocol > HIGHEST_PROTOCOL:
            raise ValueError("pickle protocol must be <= %d" % HIGHEST_PROTOCOL)
        if buffer_callback is not None and protocol < 5:
            raise ValueError("buffer_callback needs protocol >= 5")
        if file is not None:
            try:
                self._file_write = file.write
            except AttributeError:
                raise TypeError("file must have a 'write' attribute") from None
        else:
            self._file_write = None
        self._buffer_callback = buffer_callback
        self.memo = {}
        self.proto = protocol
        self.bin = protocol >= 1
        self.fast = 0
        self.fix_imports = bool(fix_imports) and protocol < 3
        self._out = None
        self._initialized = True

    def clear_memo(self):
        """Clears the pickler's "memo"."""
        self.memo.clear()

    # -- output --------------------------------------------------------------------------

    def _commit_frame(self):
        start = self._frame_start
        if start < 0:
            return
        out = self._out
        length = len(out) - start - _FRAME_HEADER_SIZE
        if length >= _FRAME_SIZE_MIN:
            out[start:start + _FRAME_HEADER_SIZE] = FRAME + _u64(length)
        else:
            del out[start:start + _FRAME_HEADER_SIZE]
        self._frame_start = -1

    def _start_frame(self):
        self._frame_start = len(self._out)
        self._out += b'\0\0\0\0\0\0\0\0\0'

    def _opcode_boundary(self):
        # At the start of each object: close the frame once it holds the target size.
        out = self._out
        if len(out) - self._frame_start - _FRAME_HEADER_SIZE >= _FRAME_SIZE_TARGET:
            self._commit_frame()
            if self._file_write is not None:
                self._file_write(bytes(out))
                out.clear()
            self._start_frame()

    def _write_large(self, header, payload):
        # Payloads of a frame's size or more go outside frames (written straight through).
        if self._framing and len(payload) >= _FRAME_SIZE_TARGET:
            self._commit_frame()
            self._out += header
            if self._file_write is not None:
                self._file_write(bytes(self._out))
                self._out.clear()
                self._file_write(payload)
            else:
                self._out += payload
            self._start_frame()
        else:
            self._out += header
            self._out += payload

    def dump(self, obj):
        """Write a pickled representation of obj to the open file."""
        if not getattr(self, "_initialized", False):
            raise PicklingError("Pickler.__init__() was not called by %s.__init__()"
                                % type(self).__name__)
        self._out = bytearray()
        self._frame_start = -1
        self._framing = False
        self._pers_func = getattr(self, "persistent_id", None)
        self._reducer_override = getattr(self, "reducer_override", None)
        table = getattr(self, "dispatch_table", None)
        self._dispatch_table = table
        self._fast_ids = {} if self.fast else None
        if self.proto >= 2:
            self._out += PROTO + bytes((self.proto,))
        if self.proto >= 4:
            self._framing = True
            self._start_frame()
        try:
            self.save(obj)
            self._out += STOP
            if self._framing:
                self._commit_frame()
            if self._file_write is not None and self._out:
                self._file_write(bytes(self._out))
        finally:
            self._framing = False
        result = self._out
        self._out = None
        return result

    # -- memo ----------------------------------------------------------------------------

    def memoize(self, obj):
        """Store an object in the memo (and write the opcode that does it when loading)."""
        if self.fast:
            return
        memo = self.memo
        idx = len(memo)
        memo[id(obj)] = idx, obj
        if self.proto >= 4:
            self._out += MEMOIZE
        elif self.bin:
            if idx < 256:
                self._out += _BINPUT[idx]
            else:
                self._out += LONG_BINPUT + _u32(idx)
        else:
            self._out += PUT + repr(idx).encode("ascii") + b'\n'

    def _write_get(self, idx):
        if self.bin:
            if idx < 256:
                self._out += _BINGET[idx]
            else:
                self._out += LONG_BINGET + _u32(idx)
        else:
            self._out += GET + repr(idx).encode("ascii") + b'\n'

    # -- the object walk -----------------------------------------------------------------

    def save(self, obj, save_persistent_id=True):
        if self._framing:
            out = self._out
            if len(out) - self._frame_start - _FRAME_HEADER_SIZE >= _FRAME_SIZE_TARGET:
                self._opcode_boundary()

        if save_persistent_id and self._pers_func is not None:
            pid = self._pers_func(obj)
            if pid is not None:
                self.save_pers(pid)
                return

        t = type(obj)
        if t is int:
            self.save_long(obj)
            return
        if t is _NoneType:
            self._out += NONE
            return
        if t is bool:
            self.save_bool(obj)
            return
        if t is float:
            self.save_float(obj)
            return

        x = self.memo.get(id(obj))
        if x is not None:
            self._write_get(x[0])
            return

        f = self._dispatch.get(t)
        if f is not None:
            f(self, obj)
            return

        reduce_value = NotImplemented
        if self._reducer_override is not None:
            reduce_value = self._reducer_override(obj)
        if reduce_value is NotImplemented:
            if t is type:
                self.save_type(obj)
                return
            if t is _FunctionType:
                self.save_global(obj)
                return
            table = self._dispatch_table
            if table is None:
                reduce = dispatch_table.get(t)
            else:
                try:
                    reduce = table[t]
                except KeyError:
                    reduce = None
            if reduce is not None:
                reduce_value = reduce(obj)
            elif issubclass(t, type):
                self.save_global(obj)
                return
            else:
                reduce = getattr(obj, "__reduce_ex__", None)
                if reduce is not None:
                    reduce_value = reduce(self.proto)
                else:
                    reduce = getattr(obj, "__reduce__", None)
                    if reduce is not None:
                        reduce_value = reduce()
                    else:
                        raise PicklingError("can't pickle %r object: %r" % (t.__name__, obj))

        if isinstance(reduce_value, str):
            self.save_global(obj, reduce_value)
            return
        if not isinstance(reduce_value, tuple):
            raise PicklingError("__reduce__ must return a string or tuple")
        if not 2 <= len(reduce_value) <= 6:
            raise PicklingError("tuple returned by __reduce__ must contain 2 through 6 elements")
        self.save_reduce(*reduce_value, obj=obj)

    def save_pers(self, pid):
        if self.bin:
            self.save(pid, save_persistent_id=False)
            self._out += BINPERSID
        else:
            text = str(pid)
            if not text.isascii():
                raise PicklingError("persistent IDs in protocol 0 must be ASCII strings")
            self._out += PERSID + text.encode("ascii") + b'\n'

    def save_reduce(self, func, args, state=None, listitems=None, dictitems=None,
                    state_setter=None, *, obj=None):
        if not callable(func):
            raise PicklingError("first item of the tuple returned by __reduce__ must be callable")
        if not isinstance(args, tuple):
            raise PicklingError("second item of the tuple returned by __reduce__ must be a tuple")
        if listitems is not None and not _is_iterator(listitems):
            raise PicklingError("fourth element of the tuple returned by __reduce__ must be an "
                                "iterator, not %s" % type(listitems).__name__)
        if dictitems is not None and not _is_iterator(dictitems):
            raise PicklingError("fifth element of the tuple returned by __reduce__ must be an "
                                "iterator, not %s" % type(dictitems).__name__)
        if state_setter is not None and not callable(state_setter):
            raise PicklingError("sixth element of the tuple returned by __reduce__ must be a "
                                "function, not %s" % type(state_setter).__name__)
        save = self.save
        proto = self.proto
        func_name = getattr(func, "__name__", "") if proto >= 2 else ""
        if func_name == "__newobj_ex__":
            if len(args) != 3:
                raise PicklingError("length of the NEWOBJ_EX argument tuple must be exactly 3, "
                                    "not %d" % len(args))
            cls, nargs, kwargs = args
            if not isinstance(cls, type):
                raise PicklingError("first item from NEWOBJ_EX argument tuple must be a class, "
                                    "not %s" % type(cls).__name__)
            if not isinstance(nargs, tuple):
                raise PicklingError("second item from NEWOBJ_EX argument tuple must be a tuple, "
                                    "not %s" % type(nargs).__name__)
            if not isinstance(kwargs, dict):
                raise PicklingError("third item from NEWOBJ_EX argument tuple must be a dict, "
                                    "not %s" % type(kwargs).__name__)
            if proto >= 4:
                save(cls)
                save(nargs)
                save(kwargs)
                self._out += NEWOBJ_EX
            else:
                from functools import partial
                save(partial(cls.__new__, cls, *nargs, **kwargs))
                save(())
                self._out += REDUCE
        elif func_name == "__newobj__":
            if len(args) < 1:
                raise PicklingError("__newobj__ arglist is empty")
            cls = args[0]
            if not isinstance(cls, type):
                raise PicklingError("args[0] from __newobj__ args is not a type")
            if obj is not None and cls is not obj.__class__:
                raise PicklingError("args[0] from __newobj__ args has the wrong class")
            save(cls)
            save(args[1:])
            self._out += NEWOBJ
        else:
            save(func)
            save(args)
            self._out += REDUCE

        if obj is not None:
            # Saving the arguments may have memoized obj already (a recursive reduce): then the freshly
            # built copy is dropped for the memoized one.
            known = self.memo.get(id(obj))
            if known is None:
                self.memoize(obj)
            else:
                self._out += POP
                self._write_get(known[0])

        if listitems is not None:
            self._batch_appends(listitems)
        if dictitems is not None:
            self._batch_setitems(dictitems)
        if state is None:
            return
        if state_setter is not None:
            # state_setter(obj, state), its result discarded
            for part in (state_setter, obj, state):
                save(part)
            self._out += TUPLE2 + REDUCE + POP
            return
        save(state)
        self._out += BUILD

    # -- atomic types --------------------------------------------------------------------

    def save_bool(self, obj):
        if self.proto >= 2:
            self._out += NEWTRUE if obj else NEWFALSE
        else:
            self._out += TRUE if obj else FALSE

    def save_long(self, obj):
        if self.bin:
            if 0 <= obj:
                if obj <= 0xff:
                    self._out += _BININT1[obj]
                    return
                if obj <= 0xffff:
                    self._out += BININT2 + _BYTE[obj & 0xff] + _BYTE[obj >> 8]
                    return
            if -0x80000000 <= obj <= 0x7fffffff:
                self._out += BININT + obj.to_bytes(4, "little", signed=True)
                return
        elif -0x80000000 <= obj <= 0x7fffffff:
            self._out += INT + repr(obj).encode("ascii") + b'\n'
            return
        if self.proto >= 2:
            encoded = encode_long(obj)
            n = len(encoded)
            if n < 256:
                self._out += LONG1 + bytes((n,)) + encoded
            else:
                self._out += LONG4 + n.to_bytes(4, "little", signed=True) + encoded
            return
        self._out += LONG + repr(obj).encode("ascii") + b'L\n'

    def save_float(self, obj):
        if self.bin:
            self._out += BINFLOAT + _pack_double(obj)
        else:
            self._out += FLOAT + repr(obj).encode("ascii") + b'\n'

    def save_type(self, obj):
        # The singletons' types have no global name: type(None) and friends rebuild them.
        for singleton in (None, NotImplemented, ...):
            if obj is type(singleton):
                return self.save_reduce(type, (singleton,), obj=obj)
        return self.save_global(obj)

    # -- bytes and str -------------------------------------------------------------------

    def _save_bytes_data(self, obj, data):
        n = len(data)
        if n <= 0xff:
            self._out += _SHORT_BINBYTES[n]
            self._out += data
        elif n > 0xffffffff and self.proto >= 4:
            self._write_large(BINBYTES8 + _u64(n), data)
        else:
            self._write_large(BINBYTES + _u32(n), data)
        self.memoize(obj)

    def save_bytes(self, obj):
        if self.proto < 3:
            if not obj:
                self.save_reduce(bytes, (), obj=obj)
            else:
                self.save_reduce(_codecs_encode, (str(obj, "latin1"), "latin1"), obj=obj)
            return
        self._save_bytes_data(obj, obj)

    def _save_bytearray_data(self, obj, data):
        self._write_large(BYTEARRAY8 + _u64(len(data)), data)
        self.memoize(obj)

    def save_bytearray(self, obj):
        if self.proto < 5:
            if not obj:
                self.save_reduce(bytearray, (), obj=obj)
            else:
                self.save_reduce(bytearray, (bytes(obj),), obj=obj)
            return
        self._save_bytearray_data(obj, bytes(obj))

    def save_picklebuffer(self, obj):
        if self.proto < 5:
            raise PicklingError("PickleBuffer can only pickled with protocol >= 5")
        m = obj.raw() if obj._check().contiguous else None
        if m is None:
            raise PicklingError("PickleBuffer can not be pickled when pointing to a "
                                "non-contiguous buffer")
        in_band = True
        if self._buffer_callback is not None:
            in_band = bool(self._buffer_callback(obj))
        if in_band:
            if m.readonly:
                self._save_bytes_data(obj, m.tobytes())
            else:
                self._save_bytearray_data(obj, m.tobytes())
        else:
            self._out += NEXT_BUFFER
            if m.readonly:
                self._out += READONLY_BUFFER

    def save_str(self, obj):
        if self.bin:
            try:
                encoded = obj.encode("utf-8")
            except UnicodeEncodeError:
                encoded = obj.encode("utf-8", "surrogatepass")
            n = len(encoded)
            if n <= 0xff and self.proto >= 4:
                out = self._out
                out += _SHORT_BINUNICODE[n]
                out += encoded
                if not self.fast:
                    memo = self.memo
                    memo[id(obj)] = len(memo), obj
                    out += MEMOIZE
                return
            elif n > 0xffffffff and self.proto >= 4:
                self._write_large(BINUNICODE8 + _u64(n), encoded)
            elif n > 0xffffffff:
                raise OverflowError("cannot serialize a string larger than 4GiB")
            else:
                self._write_large(BINUNICODE + _u32(n), encoded)
        else:
            self._out += UNICODE + _raw_unicode_escape(obj) + b'\n'
        self.memoize(obj)

    # -- containers ----------------------------------------------------------------------

    def save_tuple(self, obj):
        n = len(obj)
        if not n:
            self._out += EMPTY_TUPLE if self.bin else MARK + TUPLE
            return
        save = self.save
        memo = self.memo
        if n <= 3 and self.proto >= 2:
            for element in obj:
                save(element)
            x = memo.get(id(obj))
            if x is not None:
                self._out += POP * n
                self._write_get(x[0])
                return
            self._out += _tuplesize2code[n]
            self.memoize(obj)
            return
        self._out += MARK
        for element in obj:
            save(element)
        x = memo.get(id(obj))
        if x is not None:
            if self.bin:
                self._out += POP_MARK
            else:
                self._out += POP * (n + 1)
            self._write_get(x[0])
            return
        self._out += TUPLE
        self.memoize(obj)

    def _fast_enter(self, obj):
        ids = self._fast_ids
        key = id(obj)
        if key in ids:
            raise ValueError("fast mode: can't pickle cyclic objects including object type "
                             "%s at %#x" % (type(obj).__name__, key))
        ids[key] = obj

    def save_list(self, obj):
        if self.bin:
            self._out += EMPTY_LIST
        else:
            self._out += MARK + LIST
        if self._fast_ids is not None:
            self._fast_enter(obj)
        self.memoize(obj)
        if self.bin:
            self._batch_list_exact(obj)
        else:
            self._batch_appends(iter(obj))
        if self._fast_ids is not None:
            del self._fast_ids[id(obj)]

    def _batch_list_exact(self, obj):
        save = self.save
        if len(obj) == 1:
            save(obj[0])
            self._out += APPEND
            return
        total = 0
        while total < len(obj):
            self._out += MARK
            this_batch = 0
            while total < len(obj):
                save(obj[total])
                total += 1
                this_batch += 1
                if this_batch == _BATCHSIZE:
                    break
            self._out += APPENDS

    def _batch_appends(self, items):
        self._batch(items, None, self.save, APPEND, APPENDS)

    def _batch(self, items, check, save_one, single, many):
        """Items from an iterator, each saved by `save_one`: with `single` after each below protocol 1,
        else in MARK ... `many` batches of _BATCHSIZE, a last lone item with `single` (batch_list and
        batch_dict of the C pickler). `check` (or None) vets each item as soon as it is taken."""
        if not self.bin:
            for x in items:
                if check is not None:
                    check(x)
                save_one(x)
                self._out += single
            return
        while True:
            try:
                first = next(items)
            except StopIteration:
                return
            if check is not None:
                check(first)
            try:
                x = next(items)
            except StopIteration:
                save_one(first)
                self._out += single
                return
            self._out += MARK
            save_one(first)
            n = 1
            while True:
                if check is not None:
                    check(x)
                save_one(x)
                n += 1
                if n == _BATCHSIZE:
                    break
                try:
                    x = next(items)
                except StopIteration:
                    break
            self._out += many
            if n != _BATCHSIZE:
                return

    def save_dict(self, obj):
        if self.bin:
            self._out += EMPTY_DICT
        else:
            self._out += MARK + DICT
        if self._fast_ids is not None:
            self._fast_enter(obj)
        self.memoize(obj)
        if self.bin and type(obj) is dict:
            if obj:
                self._batch_dict_exact(obj)
        else:
            self._batch_setitems(iter(obj.items()))
        if self._fast_ids is not None:
            del self._fast_ids[id(obj)]

    def _batch_dict_exact(self, obj):
        save = self.save
        size = len(obj)
        if size == 1:
            for k, v in obj.items():
                save(k)
                save(v)
            self._out += SETITEM
            return
        it = iter(obj.items())
        while True:
            self._out += MARK
            i = 0
            for k, v in it:
                save(k)
                save(v)
                i += 1
                if i == _BATCHSIZE:
                    break
            self._out += SETITEMS
            if len(obj) != size:
                raise RuntimeError("dictionary changed size during iteration")
            if i != _BATCHSIZE:
                return

    def _batch_setitems(self, items):
        self._batch(items, _check_pair, self._save_pair, SETITEM, SETITEMS)

    def _save_pair(self, item):
        self.save(item[0])
        self.save(item[1])

    def save_set(self, obj):
        if self.proto < 4:
            self.save_reduce(set, (list(obj),), obj=obj)
            return
        self._out += EMPTY_SET
        self.memoize(obj)
        if not obj:
            return
        save = self.save
        size = len(obj)
        it = iter(obj)
        while True:
            self._out += MARK
            i = 0
            for item in it:
                save(item)
                i += 1
                if i == _BATCHSIZE:
                    break
            self._out += ADDITEMS
            if len(obj) != size:
                raise RuntimeError("set changed size during iteration")
            if i != _BATCHSIZE:
                return

    def save_frozenset(self, obj):
        if self.proto < 4:
            self.save_reduce(frozenset, (list(obj),), obj=obj)
            return
        self._out += MARK
        for item in obj:
            self.save(item)
        x = self.memo.get(id(obj))
        if x is not None:
            self._out += POP_MARK
            self._write_get(x[0])
            return
        self._out += FROZENSET
        self.memoize(obj)

    # -- globals -------------------------------------------------------------------------

    def save_global(self, obj, name=None):
        if obj is _codecs_encode:
            self._out += GLOBAL + b'_codecs\nencode\n'
            self.memoize(obj)
            return
        if name is None:
            name = getattr(obj, "__qualname__", None)
            if name is None:
                name = obj.__name__
        dotted_path = name.split(".")
        if "<locals>" in dotted_path:
            raise AttributeError("Can't pickle local object %r" % (name,))
        module_name = whichmodule(obj, name)
        try:
            __import__(module_name, level=0)
            module = sys.modules[module_name]
        except Exception:
            raise PicklingError("Can't pickle %r: import of module %r failed"
                                % (obj, module_name)) from None
        try:
            obj2, parent = _deep_getattr(module, dotted_path)
        except AttributeError:
            raise PicklingError("Can't pickle %r: attribute lookup %s on %s failed"
                                % (obj, name, module_name)) from None
        if obj2 is not obj:
            raise PicklingError("Can't pickle %r: it's not the same object as %s.%s"
                                % (obj, module_name, name))
        lastname = dotted_path[-1]
        proto = self.proto
        if proto >= 2:
            code = _extension_registry.get((module_name, name))
            if code is not None:
                if not isinstance(code, int):
                    raise PicklingError("Can't pickle %r: extension code %r isn't an integer"
                                        % (obj, code))
                if code <= 0:
                    raise PicklingError("Can't pickle %r: extension code %d is out of range"
                                        % (obj, code))
                if code <= 0xff:
                    self._out += EXT1 + bytes((code,))
                elif code <= 0xffff:
                    self._out += EXT2 + code.to_bytes(2, "little")
                elif code <= 0x7fffffff:
                    self._out += EXT4 + code.to_bytes(4, "little")
                else:
                    raise PicklingError("Can't pickle %r: extension code %d is out of range"
                                        % (obj, code))
                return
        if parent is module:
            name = lastname
        if proto >= 4:
            self.save(module_name)
            self.save(name)
            self._out += STACK_GLOBAL
        elif parent is not module:
            self.save_reduce(getattr, (parent, lastname))
        else:
            if self.fix_imports:
                module_name, name = _python2_location(module_name, name)
            if proto >= 3:
                encoded = module_name.encode("utf-8") + b'\n' + name.encode("utf-8")
            else:
                try:
                    encoded = module_name.encode("ascii") + b'\n'
                except UnicodeEncodeError:
                    raise PicklingError("can't pickle module identifier '%s' using pickle "
                                        "protocol %d" % (module_name, proto)) from None
                try:
                    encoded += name.encode("ascii")
                except UnicodeEncodeError:
                    raise PicklingError("can't pickle global identifier '%s' using pickle "
                                        "protocol %d" % (name, proto)) from None
            self._out += GLOBAL + encoded + b'\n'
        self.memoize(obj)

    _dispatch = {}


def _is_iterator(obj):
    return hasattr(type(obj), "__next__")


Pickler._dispatch = {
    str: Pickler.save_str,
    bytes: Pickler.save_bytes,
    dict: Pickler.save_dict,
    set: Pickler.save_set,
    frozenset: Pickler.save_frozenset,
    list: Pickler.save_list,
    tuple: Pickler.save_tuple,
    bytearray: Pickler.save_bytearray,
    PickleBuffer: Pickler.save_picklebuffer,
}


class _Stop(Exception):
    def __init__(self, value):
        self.value = value


class Unpickler:
    """Unpickler(file, *, fix_imports=True, encoding='ASCII', errors='strict', buffers=())

    Read a pickled object representation from the binary file `file` (anything with read() and
    readline() methods returning bytes) and return the reconstituted object hierarchy.
    """
    __immortal_tp_name__ = '_pickle.Unpickler'  # CPython's C type name, for messages

    def __init__(self, file, *, fix_imports=True, encoding="ASCII", errors="strict",
                 buffers=None):
        if file is not None:
            try:
                self._file_read = file.read
                self._file_readline = file.readline
            except AttributeError:
                raise TypeError("file must have 'read' and 'readline' attributes") from None
        else:
            self._file_read = self._file_readline = None
        self._buffers = iter(buffers) if buffers is not None else None
        self.encoding = encoding
        self.errors = errors
        self.fix_imports = fix_imports
        self.memo = {}
        self.proto = 0
        self._data = b''
        self._pos = 0
        self._frame_end = -1
        self._initialized = True

    # -- input ---------------------------------------------------------------------------

    def _read(self, n):
        pos = self._pos
        end = pos + n
        if end <= len(self._data):
            self._pos = end
            return self._data[pos:end]
        return self._read_more(n)

    def _read_more(self, n):
        data = self._data
        pos = self._pos
        if self._file_read is None:
            raise UnpicklingError("pickle data was truncated")
        if pos < len(data):
            raise UnpicklingError("pickle exhausted before end of frame")
        chunk = self._file_read(n)
        if len(chunk) < n:
            raise UnpicklingError("pickle data was truncated")
        return chunk

    def _readline(self):
        data = self._data
        pos = self._pos
        nl = data.find(b'\n', pos)
        if nl >= 0:
            self._pos = nl + 1
            return data[pos:nl + 1]
        if self._file_read is None:
            raise UnpicklingError("pickle data was truncated")
        if pos < len(data):
            raise UnpicklingError("pickle exhausted before end of frame")
        line = self._file_readline()
        if not line or line[-1:] != b'\n':
            raise UnpicklingError("pickle data was truncated")
        return line

    def load(self):
        """Read a pickled object representation from the open file and return it."""
        if not getattr(self, "_initialized", False):
            raise UnpicklingError("Unpickler.__init__() was not called by %s.__init__()"
                                  % type(self).__name__)
        self.metastack = []
        self.stack = []
        self.append = self.stack.append
        self.proto = 0
        dispatch = self._dispatch
        read = self._read
        try:
            while True:
                data = self._data
                pos = self._pos
                if pos < len(data):
                    key = data[pos]
                    self._pos = pos + 1
                else:
                    try:
                        key = read(1)[0]
                    except UnpicklingError:
                        raise EOFError("Ran out of input") from None
                f = dispatch[key]
                if f is None:
                    raise UnpicklingError("invalid load key, '%s'." % chr(key))
                f(self)
        except _Stop as stopinst:
            return stopinst.value
        finally:
            if self._file_read is not None:
                self._data = b''
                self._pos = 0

    # -- the stack -----------------------------------------------------------------------

    def pop_mark(self):
        if not self.metastack:
            raise UnpicklingError("could not find MARK")
        items = self.stack
        self.stack = self.metastack.pop()
        self.append = self.stack.append
        return items

    def _pop(self):
        if not self.stack:
            self._underflow()
        return self.stack.pop()

    def _top(self):
        if not self.stack:
            self._underflow()
        return self.stack[-1]

    def _underflow(self):
        if self.metastack:
            raise UnpicklingError("unexpected MARK found")
        raise UnpicklingError("unpickling stack underflow")

    def persistent_load(self, pid):
        raise UnpicklingError("A load persistent id instruction was encountered, but no "
                              "persistent_load function was specified.")

    def find_class(self, module, name):
        """Return an object from a specified module (the GLOBAL and STACK_GLOBAL opcodes)."""
        audit = getattr(sys, "audit", None)
        if audit is not None:
            audit("pickle.find_class", module, name)
        if self.proto < 3 and self.fix_imports:
            module, name = _python3_location(module, name)
        if module == "_codecs" and name == "encode" and "_codecs" not in sys.modules:
            try:
                __import__("_codecs")
            except ImportError:
                # Immortal has no _codecs yet: this is what protocols 0-2 use for bytes.
                return _codecs_encode
        __import__(module, level=0)
        if self.proto >= 4:
            return _getattribute(sys.modules[module], name)[0]
        if "." not in name:
            mod = sys.modules[module]
            try:
                return getattr(mod, name)
            except AttributeError:
                raise AttributeError("Can't get attribute {!r} on {!r}".format(name, mod)) from None
        raise AttributeError("Can't get attribute {!r} on {!r}".format(name, sys.modules[module]))

    def _decode_string(self, value):
        # Python 2 str objects (STRING, BINSTRING, SHORT_BINSTRING)
        if self.encoding == "bytes":
            return value
        return value.decode(self.encoding, self.errors)

    # -- the opcodes ---------------------------------------------------------------------

    def load_proto(self):
        proto = self._read(1)[0]
        if not 0 <= proto <= HIGHEST_PROTOCOL:
            raise ValueError("unsupported pickle protocol: %d" % proto)
        self.proto = proto

    def load_frame(self):
        size = int.from_bytes(self._read(8), "little")
        if self._file_read is None:
            if self._pos + size > len(self._data):
                raise UnpicklingError("pickle data was truncated")
            return
        if self._pos < len(self._data):
            raise UnpicklingError("beginning of a new frame before end of current frame")
        frame = self._file_read(size)
        if len(frame) < size:
            raise UnpicklingError("pickle data was truncated")
        self._data = frame
        self._pos = 0

    def load_persid(self):
        try:
            pid = self._readline()[:-1].decode("ascii")
        except UnicodeDecodeError:
            raise UnpicklingError("persistent IDs in protocol 0 must be ASCII strings") from None
        self.append(self.persistent_load(pid))

    def load_binpersid(self):
        pid = self._pop()
        self.append(self.persistent_load(pid))

    def load_none(self):
        self.append(None)

    def load_false(self):
        self.append(False)

    def load_true(self):
        self.append(True)

    def load_int(self):
        data = self._readline()
        if data == b'00\n':
            val = False
        elif data == b'01\n':
            val = True
        else:
            try:
                val = _strtol0(data.decode("latin-1"))
            except ValueError:
                raise ValueError("could not convert string to int") from None
        self.append(val)

    def load_binint(self):
        self.append(int.from_bytes(self._read(4), "little", signed=True))

    def load_binint1(self):
        pos = self._pos
        data = self._data
        if pos < len(data):
            self._pos = pos + 1
            self.append(data[pos])
        else:
            self.append(self._read(1)[0])

    def load_binint2(self):
        data = self._read(2)
        self.append(data[0] | (data[1] << 8))

    def load_long(self):
        data = self._readline()
        if len(data) > 1 and data[-2:-1] == b'L':
            data = data[:-2]
        self.append(int(data.decode("latin-1")))

    def load_long1(self):
        n = self._read(1)[0]
        self.append(decode_long(self._read(n)))

    def load_long4(self):
        n = int.from_bytes(self._read(4), "little", signed=True)
        if n < 0:
            raise UnpicklingError("LONG pickle has negative byte count")
        self.append(decode_long(self._read(n)))

    def load_float(self):
        data = self._readline()
        text = data.decode("latin-1")
        try:
            self.append(float(text))
        except ValueError:
            raise ValueError("could not convert string to float: '%s'" % text) from None

    def load_binfloat(self):
        self.append(_unpack_double(self._read(8)))

    def load_string(self):
        data = self._readline()[:-1]
        if len(data) >= 2 and data[0] == data[-1] and data[0] in b'"\'':
            data = data[1:-1]
        else:
            raise UnpicklingError("the STRING opcode argument must be quoted")
        self.append(self._decode_string(_escape_decode(data)))

    def load_binstring(self):
        n = int.from_bytes(self._read(4), "little")
        self.append(self._decode_string(self._read(n)))

    def load_short_binstring(self):
        n = self._read(1)[0]
        self.append(self._decode_string(self._read(n)))

    def load_binbytes(self):
        n = int.from_bytes(self._read(4), "little")
        self.append(bytes(self._read(n)))

    def load_short_binbytes(self):
        n = self._read(1)[0]
        self.append(bytes(self._read(n)))

    def load_binbytes8(self):
        n = int.from_bytes(self._read(8), "little")
        if n > sys.maxsize:
            raise UnpicklingError("BINBYTES8 exceeds system's maximum size of %d bytes"
                                  % sys.maxsize)
        self.append(bytes(self._read(n)))

    def load_bytearray8(self):
        n = int.from_bytes(self._read(8), "little")
        if n > sys.maxsize:
            raise UnpicklingError("BYTEARRAY8 exceeds system's maximum size of %d bytes"
                                  % sys.maxsize)
        self.append(bytearray(self._read(n)))

    def load_next_buffer(self):
        if self._buffers is None:
            raise UnpicklingError("pickle stream refers to out-of-band data but no *buffers* "
                                  "argument was given")
        try:
            buf = next(self._buffers)
        except StopIteration:
            raise UnpicklingError("not enough out-of-band buffers") from None
        self.append(buf)

    def load_readonly_buffer(self):
        buf = self._top()
        with memoryview(buf) as m:
            if not m.readonly:
                self.stack[-1] = m.toreadonly()

    def load_unicode(self):
        self.append(_raw_unicode_unescape(self._readline()[:-1]))

    def load_binunicode(self):
        n = int.from_bytes(self._read(4), "little")
        self.append(str(self._read(n), "utf-8", "surrogatepass"))

    def load_binunicode8(self):
        n = int.from_bytes(self._read(8), "little")
        if n > sys.maxsize:
            raise UnpicklingError("BINUNICODE8 exceeds system's maximum size of %d bytes"
                                  % sys.maxsize)
        self.append(str(self._read(n), "utf-8", "surrogatepass"))

    def load_short_binunicode(self):
        pos = self._pos
        data = self._data
        if pos < len(data):
            end = pos + 1 + data[pos]
            if end <= len(data):
                self._pos = end
                self.append(data[pos + 1:end].decode("utf-8", "surrogatepass"))
                return
        n = self._read(1)[0]
        self.append(self._read(n).decode("utf-8", "surrogatepass"))

    def load_tuple(self):
        items = self.pop_mark()
        self.append(tuple(items))

    def load_empty_tuple(self):
        self.append(())

    def load_tuple1(self):
        stack = self.stack
        if not stack:
            self._underflow()
        stack[-1] = (stack[-1],)

    def load_tuple2(self):
        stack = self.stack
        if len(stack) < 2:
            self._underflow()
        stack[-2:] = [(stack[-2], stack[-1])]

    def load_tuple3(self):
        stack = self.stack
        if len(stack) < 3:
            self._underflow()
        stack[-3:] = [(stack[-3], stack[-2], stack[-1])]

    def load_empty_list(self):
        self.append([])

    def load_empty_dictionary(self):
        self.append({})

    def load_empty_set(self):
        self.append(set())

    def load_frozenset(self):
        items = self.pop_mark()
        self.append(frozenset(items))

    def load_list(self):
        items = self.pop_mark()
        self.append(items)

    def load_dict(self):
        items = self.pop_mark()
        if len(items) & 1:
            raise UnpicklingError("odd number of items for DICT")
        self.append({items[i]: items[i + 1] for i in range(0, len(items), 2)})

    def _instantiate(self, klass, args):
        if (args or not isinstance(klass, type) or hasattr(klass, "__getinitargs__")):
            value = klass(*args)
        else:
            value = klass.__new__(klass)
        self.append(value)

    def load_inst(self):
        module = self._readline()[:-1].decode("ascii")
        name = self._readline()[:-1].decode("ascii")
        klass = self.find_class(module, name)
        self._instantiate(klass, self.pop_mark())

    def load_obj(self):
        args = self.pop_mark()
        if not args:
            raise UnpicklingError("unpickling stack underflow")
        cls = args.pop(0)
        self._instantiate(cls, args)

    def load_newobj(self):
        args = self._pop()
        cls = self._pop()
        if not isinstance(cls, type):
            raise UnpicklingError("NEWOBJ class argument must be a type, not %s"
                                  % type(cls).__name__)
        if not isinstance(args, tuple):
            raise UnpicklingError("NEWOBJ args argument must be a tuple, not %s"
                                  % type(args).__name__)
        self.append(cls.__new__(cls, *args))

    def load_newobj_ex(self):
        kwargs = self._pop()
        args = self._pop()
        cls = self._pop()
        if not isinstance(cls, type):
            raise UnpicklingError("NEWOBJ_EX class argument must be a type, not %s"
                                  % type(cls).__name__)
        if not isinstance(args, tuple):
            raise UnpicklingError("NEWOBJ_EX args argument must be a tuple, not %s"
                                  % type(args).__name__)
        if not isinstance(kwargs, dict):
            raise UnpicklingError("NEWOBJ_EX kwargs argument must be a dict, not %s"
                                  % type(kwargs).__name__)
        self.append(cls.__new__(cls, *args, **kwargs))

    def load_global(self):
        module = self._readline()[:-1].decode("utf-8")
        name = self._readline()[:-1].decode("utf-8")
        self.append(self.find_class(module, name))

    def load_stack_global(self):
        name = self._pop()
        module = self._pop()
        if type(name) is not str or type(module) is not str:
            raise UnpicklingError("STACK_GLOBAL requires str")
        self.append(self.find_class(module, name))

    def load_ext1(self):
        self._get_extension(self._read(1)[0])

    def load_ext2(self):
        self._get_extension(int.from_bytes(self._read(2), "little"))

    def load_ext4(self):
        self._get_extension(int.from_bytes(self._read(4), "little", signed=True))

    def _get_extension(self, code):
        if code not in _extension_cache:
            where = _inverted_registry.get(code)
            if not where:
                if code <= 0:
                    raise UnpicklingError("EXT specifies code <= 0")
                raise ValueError("unregistered extension code %d" % code)
            _extension_cache[code] = self.find_class(*where)
        self.append(_extension_cache[code])

    def load_reduce(self):
        args = self._pop()
        func = self._top()
        if not isinstance(args, tuple):
            raise TypeError("argument list must be a tuple")
        self.stack[-1] = func(*args)

    def load_pop(self):
        if self.stack:
            del self.stack[-1]
        elif self.metastack:
            self.pop_mark()         # POP right after MARK discards the mark
        else:
            self._underflow()

    def load_pop_mark(self):
        self.pop_mark()

    def load_dup(self):
        self.append(self._top())

    def _memo_get(self, idx):
        try:
            self.append(self.memo[idx])
        except KeyError:
            raise UnpicklingError("Memo value not found at index %d" % idx) from None

    def load_get(self):
        self._memo_get(int(self._readline().decode("latin-1")))

    def load_binget(self):
        idx = self._read(1)[0]
        try:
            self.append(self.memo[idx])
        except KeyError:
            raise UnpicklingError("Memo value not found at index %d" % idx) from None

    def load_long_binget(self):
        self._memo_get(int.from_bytes(self._read(4), "little"))

    def load_put(self):
        i = int(self._readline().decode("latin-1"))
        if i < 0:
            raise ValueError("negative PUT argument")
        self.memo[i] = self._top()

    def load_binput(self):
        i = self._read(1)[0]
        self.memo[i] = self._top()

    def load_long_binput(self):
        i = int.from_bytes(self._read(4), "little")
        self.memo[i] = self._top()

    def load_memoize(self):
        memo = self.memo
        stack = self.stack
        if not stack:
            self._underflow()
        memo[len(memo)] = stack[-1]

    def load_append(self):
        value = self._pop()
        self._top().append(value)

    def load_appends(self):
        items = self.pop_mark()
        lst = self._top()
        if type(lst) is list:
            lst.extend(items)
            return
        extend = getattr(lst, "extend", None)
        if extend is not None:
            extend(items)
            return
        append = lst.append
        for item in items:
            append(item)

    def load_setitem(self):
        value = self._pop()
        key = self._pop()
        d = self._top()
        d[key] = value

    def load_setitems(self):
        items = self.pop_mark()
        d = self._top()
        if len(items) & 1:
            raise UnpicklingError("odd number of items for SETITEMS")
        for i in range(0, len(items), 2):
            d[items[i]] = items[i + 1]

    def load_additems(self):
        items = self.pop_mark()
        set_obj = self._top()
        if isinstance(set_obj, set):
            set_obj.update(items)
        else:
            add = set_obj.add
            for item in items:
                add(item)

    def load_build(self):
        state = self._pop()
        inst = self._top()
        custom = getattr(inst, "__setstate__", None)
        if custom is not None:
            custom(state)
            return
        # Default state: a dict for __dict__, or a pair (dict or None, dict of slot values).
        slots = None
        if isinstance(state, tuple) and len(state) == 2:
            state, slots = state
        if state is not None:
            self._build_dict(inst, state)
        if slots is not None:
            if not isinstance(slots, dict):
                raise UnpicklingError("slot state is not a dictionary")
            for attr, value in slots.items():
                setattr(inst, attr, value)

    @staticmethod
    def _build_dict(inst, state):
        if not isinstance(state, dict):
            raise UnpicklingError("state is not a dictionary")
        namespace = inst.__dict__
        for key, value in state.items():
            # Attribute names are interned, as they are when set by assignment.
            namespace[sys.intern(key) if type(key) is str else key] = value

    def load_mark(self):
        self.metastack.append(self.stack)
        self.stack = []
        self.append = self.stack.append

    def load_stop(self):
        value = self._pop()
        raise _Stop(value)

    _dispatch = [None] * 256


def _fill_dispatch():
    table = Unpickler._dispatch
    for code, name in [
            (PROTO, "proto"), (FRAME, "frame"), (PERSID, "persid"), (BINPERSID, "binpersid"),
            (NONE, "none"), (NEWFALSE, "false"), (NEWTRUE, "true"), (INT, "int"),
            (BININT, "binint"), (BININT1, "binint1"), (BININT2, "binint2"), (LONG, "long"),
            (LONG1, "long1"), (LONG4, "long4"), (FLOAT, "float"), (BINFLOAT, "binfloat"),
            (STRING, "string"), (BINSTRING, "binstring"), (SHORT_BINSTRING, "short_binstring"),
            (BINBYTES, "binbytes"), (SHORT_BINBYTES, "short_binbytes"),
            (BINBYTES8, "binbytes8"), (BYTEARRAY8, "bytearray8"),
            (NEXT_BUFFER, "next_buffer"), (READONLY_BUFFER, "readonly_buffer"),
            (UNICODE, "unicode"), (BINUNICODE, "binunicode"), (BINUNICODE8, "binunicode8"),
            (SHORT_BINUNICODE, "short_binunicode"), (TUPLE, "tuple"),
            (EMPTY_TUPLE, "empty_tuple"), (TUPLE1, "tuple1"), (TUPLE2, "tuple2"),
            (TUPLE3, "tuple3"), (EMPTY_LIST, "empty_list"), (EMPTY_DICT, "empty_dictionary"),
            (EMPTY_SET, "empty_set"), (FROZENSET, "frozenset"), (LIST, "list"), (DICT, "dict"),
            (INST, "inst"), (OBJ, "obj"), (NEWOBJ, "newobj"), (NEWOBJ_EX, "newobj_ex"),
            (GLOBAL, "global"), (STACK_GLOBAL, "stack_global"), (EXT1, "ext1"),
            (EXT2, "ext2"), (EXT4, "ext4"), (REDUCE, "reduce"), (POP, "pop"),
            (POP_MARK, "pop_mark"), (DUP, "dup"), (GET, "get"), (BINGET, "binget"),
            (LONG_BINGET, "long_binget"), (PUT, "put"), (BINPUT, "binput"),
            (LONG_BINPUT, "long_binput"), (MEMOIZE, "memoize"), (APPEND, "append"),
            (APPENDS, "appends"), (SETITEM, "setitem"), (SETITEMS, "setitems"),
            (ADDITEMS, "additems"), (BUILD, "build"), (MARK, "mark"), (STOP, "stop")]:
        table[code[0]] = getattr(Unpickler, "load_" + name)


_fill_dispatch()
del _fill_dispatch

for _cls in (Pickler, Unpickler):
    _cls.__module__ = "_pickle"
del _cls


# Shorthands

def dump(obj, file, protocol=None, *, fix_imports=True, buffer_callback=None):
    """Write a pickled representation of obj to the open file object file."""
    Pickler(file, protocol, fix_imports=fix_imports, buffer_callback=buffer_callback).dump(obj)


def dumps(obj, protocol=None, *, fix_imports=True, buffer_callback=None):
    """Return the pickled representation of the object obj as a bytes object."""
    return bytes(Pickler(None, protocol, fix_imports=fix_imports,
                         buffer_callback=buffer_callback).dump(obj))


def load(file, *, fix_imports=True, encoding="ASCII", errors="strict", buffers=None):
    """Read and return an object from the pickle data stored in a file."""
    return Unpickler(file, fix_imports=fix_imports, buffers=buffers,
                     encoding=encoding, errors=errors).load()


def loads(data, /, *, fix_imports=True, encoding="ASCII", errors="strict", buffers=None):
    """Read and return an object from the given pickle data."""
    if isinstance(data, str):
        raise TypeError("a bytes-like object is required, not 'str'")
    unpickler = Unpickler(None, fix_imports=fix_imports, buffers=buffers,
                          encoding=encoding, errors=errors)
    unpickler._data = data if type(data) is bytes else bytes(memoryview(data))
    return unpickler.load()
