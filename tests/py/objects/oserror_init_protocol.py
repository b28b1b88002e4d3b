# OSError's __new__/__init__ split (oserror_use_init): a subclass overriding __init__ but not __new__
# has its arguments parsed by OSError.__init__ (args replaced, keywords refused there); otherwise
# __new__ parses and refuses keywords and OSError.__init__ does nothing.
def t(label, fn):
    try:
        r = fn()
        print(label, 'ok', repr(r)[:80])
    except Exception as e:
        print(label, type(e).__name__, e)
t('new kw', lambda: OSError(1, 'x', x=2))
t('init kw', lambda: OSError.__init__(OSError(), x=1))
class E(OSError):
    def __init__(self, *a, **k):
        print('E init', a, k)
        super().__init__(*a)
t('E', lambda: (E(2, 'nofile', 'f').errno, E(2, 'nofile', 'f').filename, type(E(2, 'x'))))
t('E kw', lambda: E(2, 'x', extra=1).strerror)
class F(OSError):
    def __init__(self, *a):
        super().__init__(5, 'changed')
t('F', lambda: (F(1, 'x').errno, F(1, 'x').strerror, F(1, 'x').args))
class G(OSError):
    def __new__(cls, *a, **k):
        return super().__new__(cls, *a)
    def __init__(self, *a, **k):
        super().__init__(*a, **k)
t('G', lambda: (G(2, 'x', q=1).errno, G(2, 'x').args))
class H(OSError):
    pass
t('H', lambda: (H(2, 'x').errno, type(H(2, 'x')).__name__))
t('H kw', lambda: H(2, 'x', q=1))
t('FNF', lambda: (FileNotFoundError(2, 'x', 'p').filename, OSError(2, 'x').__class__.__name__))
t('FNF kw', lambda: FileNotFoundError(k=1))
t('init direct', lambda: OSError.__init__(E.__new__(E), 3, 'direct'))
e = E.__new__(E)
OSError.__init__(e, 13, 'denied', 'file.txt')
print(e.errno, e.strerror, e.filename, str(e))
