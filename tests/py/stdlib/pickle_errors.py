# pickle's error messages (C pickler's wording): unpicklable objects, bad __reduce__ results,
# bad protocols, truncated and corrupt data, stack and memo errors, loading Python 2 pickles
# (written by Python 2.7) with fix_imports and encoding='latin1'/'bytes'.
import io
import pickle


def attempt(label, f):
    try:
        r = f()
        print(label, "->", repr(r))
    except Exception as e:
        print(label, "->", type(e).__name__ + ":", e)


def outer():
    def inner():
        pass
    return inner


class R1:
    def __reduce__(self):
        return 1


class R2:
    def __reduce__(self):
        return (1,)


class R3:
    def __reduce__(self):
        return (1, ())


class R4:
    def __reduce__(self):
        return (int, 1)


class R5:
    def __reduce__(self):
        return (int, (), None, [1])


class S:
    __slots__ = ("a",)


attempt("local function", lambda: pickle.dumps(outer()))
attempt("protocol 6", lambda: pickle.dumps(1, 6))
attempt("protocol -1", lambda: pickle.dumps(1, -1))
attempt("reduce int", lambda: pickle.dumps(R1()))
attempt("reduce 1-tuple", lambda: pickle.dumps(R2()))
attempt("reduce not callable", lambda: pickle.dumps(R3()))
attempt("reduce args", lambda: pickle.dumps(R4()))
attempt("reduce listitems", lambda: pickle.dumps(R5()))
attempt("slots proto 1", lambda: pickle.dumps(S(), 1))
attempt("slots proto 2", lambda: pickle.dumps(S(), 2))
attempt("no write", lambda: pickle.Pickler(1))
attempt("no read", lambda: pickle.Unpickler(1))
attempt("buffer_callback", lambda: pickle.Pickler(io.BytesIO(), 4, buffer_callback=print))
attempt("PickleBuffer 4", lambda: pickle.dumps(pickle.PickleBuffer(b"x"), 4))
attempt("str data", lambda: pickle.loads("abc"))

bad = [b"", b"x", b"\x80\x04K", b"\x80\x06K\x01.", b".", b"0", b"a.", b"K\x01a.", b"h\x05.",
       b"t.", b"S'abc\n.", b"\x80\x02K\x01", b"P1\n.", b"\x80\x05\x97.", b"I1\n(I2\nu.",
       b"(I1\nI2\nI3\nd.", b"I1\n(I2\ne.", b"cbuiltins\nint\nI1\nR.", b"N(lb.",
       b"\x80\x04K\x01K\x02\x93.", b"\x80\x04\x82\x05.", b"I1\nI2\n\x81.", b"Np-1\n.",
       b"Ix\n.", b"\x8b\xff\xff\xff\xff.", b"Vab\\u00\n.", b"\x80\x02(K\x01(.",
       b"\x80\x02K\x01K\x01l.", b"\x80\x04\x95\x05\x00\x00\x00\x00\x00\x00\x00K\x01.",
       b"cnosuchmodule_xyz\nx\n.", b"\x80\x04\x8c\x08builtins\x94\x8c\x06nosuch\x94\x93."]
for data in bad:
    attempt("loads %r" % data, lambda: pickle.loads(data))

good = [b"I010\n.", b"L12L\n.", b"S'a\\nb\\x41\\101\\'\\\\'\n.", b"Vab\\u00e9\\\\u0041\\U0001F600\n.",
        b"(S\"a\"\nS\"b\"\nd.", b"\x80\x02K\x012.", b"\x80\x02(K\x01\x91.",
        b"\x80\x02c__builtin__\nxrange\nK\x03\x85R.", b"\x80\x02cexceptions\nValueError\n.",
        b"\x80\x02cUserDict\nUserDict\n."]
for data in good:
    attempt("loads %r" % data, lambda: pickle.loads(data))

# Written by Python 2.7: cPickle.dumps(v, protocol) for protocols 0, 1 and 2
py2 = [
    # 'caf\xc3\xa9' (a byte str)
    "S'caf\\xc3\\xa9'\np0\n.", "U\x05caf\xc3\xa9q\x00.", "\x80\x02U\x05caf\xc3\xa9q\x00.",
    # u'uni\xe9\u20ac'
    "Vuni\xe9\\u20ac\np0\n.", "X\x08\x00\x00\x00uni\xc3\xa9\xe2\x82\xacq\x00.",
    # 2**70 and [1L, xrange(3)]
    "L1180591620717411303424L\n.", "\x80\x02\x8a\t\x00\x00\x00\x00\x00\x00\x00\x00@.",
    "\x80\x02]q\x00(\x8a\x01\x01c__builtin__\nxrange\nq\x01K\x00K\x03K\x01\x87q\x02Rq\x03e.",
    # {'k': 'v'} and set([1, 2])
    "(dp0\nS'k'\np1\nS'v'\np2\ns.",
    "c__builtin__\nset\np0\n((lp1\nI1\naI2\natp2\nRp3\n.",
]
for text in py2:
    data = text.encode("latin-1")
    for enc in ("ASCII", "latin1", "bytes"):
        attempt("py2 %s %r" % (enc, data[:12]), lambda: pickle.loads(data, encoding=enc))
attempt("py2 no fix_imports", lambda: pickle.loads(py2[-1].encode("latin-1"), fix_imports=False))
