# Edge arguments of natives that used to end the runtime with a JS error: format precisions and widths
# past INT_MAX/PY_SSIZE_T_MAX (format(), str % and bytes %), str.encode/bytes.decode/str() with a
# non-str encoding or errors (Argument Clinic's messages), and object slot wrappers (__getattribute__,
# __delattr__) called with a non-str attribute name.
for v, spec in [(1.0, '.2147483648f'), (1.0, '.99999999999999999999f'), ('s', '.2147483648'), (1, '99999999999999999999'), (1.0, '99999999999999999999.1f')]:
    try:
        print(len(format(v, spec)))
    except Exception as e:
        print(type(e).__name__, e)
for f, a in [('%.2147483648f', 1.0), ('%99999999999999999999d', 1)]:
    try:
        print(len(f % a))
    except Exception as e:
        print(type(e).__name__, e)
print('end')
for f, a in [(b'%.2147483648f', 1.0), (b'%99999999999999999999d', 1)]:
    try:
        print(len(f % a))
    except Exception as e:
        print(type(e).__name__, e)
for a in [(1,), (None,), ('utf-8', 1), ('ascii', None)]:
    try: print('abc'.encode(*a))
    except Exception as e: print(type(e).__name__, e)
for a in [(1,), (None,), ('utf-8', 1)]:
    try: print(b'abc'.decode(*a))
    except Exception as e: print(type(e).__name__, e)
try: print(str(b'abc', 1))
except Exception as e: print(type(e).__name__, e)
try: print('abc'.encode([]))
except Exception as e: print(type(e).__name__, e)
try: print('abc'.encode(b'a'))
except Exception as e: print(type(e).__name__, e)
def f(): pass
for m in ['__delattr__', '__getattribute__']:
    for name in [1, None, b'a']:
        try:
            getattr(f, m)(name)
        except Exception as e:
            print(m, type(e).__name__, e)
