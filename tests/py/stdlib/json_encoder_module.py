# json.encoder's module-level names (the escapers, ESCAPE/ESCAPE_ASCII/ESCAPE_DCT, INFINITY) and
# separators that are not str: the one-shot encoder (dumps without indent) rejects them with
# CPython's make_encoder() message; the streaming path (dump, indent) only fails where it uses them.
import io
import json
import json.encoder as enc

print(enc.c_encode_basestring('a"\n\u00e9'), enc.c_encode_basestring_ascii('\u00e9\U0001f600'))
print(enc.py_encode_basestring('\x7f\u2028"'), enc.py_encode_basestring_ascii('\U0001f600\x7f\\'))
print(enc.encode_basestring is enc.c_encode_basestring, enc.encode_basestring_ascii is enc.c_encode_basestring_ascii)
print(len(enc.ESCAPE_DCT), enc.ESCAPE_DCT['\x01'], enc.ESCAPE_DCT['\n'], enc.INFINITY)
print(enc.ESCAPE.sub('.', 'a\tb"c'), enc.ESCAPE_ASCII.sub('.', 'a\u00e9b c'))
for seps in [(1, 2), (',', 2), (None, ':'), (b',', b':')]:
    for label, f in [('dumps', lambda: json.dumps([1, {'a': 2}], separators=seps)),
                     ('dump', lambda: json.dump([1], io.StringIO(), separators=seps)),
                     ('indent', lambda: json.dumps({'k': 1}, separators=seps, indent=1))]:
        try:
            print(label, f())
        except TypeError as e:
            print(label, 'TypeError', e)
