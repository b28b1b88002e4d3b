# tokenize over bytes (ENCODING token, coding cookies, BOM), detect_encoding, untokenize in full and
# compat mode (round trips), lines without a final newline, and the errors: TokenError for EOF in a
# statement or string, unterminated strings and f-strings, IndentationError, SyntaxError for an
# unknown encoding cookie, ValueError from untokenize.
import io
import tokenize


def toks(text):
    return list(tokenize.generate_tokens(io.StringIO(text).readline))


src = '# -*- coding: latin-1 -*-\nname = "caf\xe9"\nif name:\n    print(name)  # show\n'
data = src.encode('latin-1')
print(tokenize.detect_encoding(io.BytesIO(data).readline))
stream = list(tokenize.tokenize(io.BytesIO(data).readline))
print(stream[0])
print([tokenize.tok_name[t.type] for t in stream])
back = tokenize.untokenize(stream)
print(type(back).__name__, back == data)
print(repr(tokenize.untokenize(t[:2] for t in stream)))
print(tokenize.untokenize(toks('def f(a, b):\n    return f"{a}{{}}" + b\n')))
print(repr(tokenize.untokenize((t.type, t.string) for t in toks('def f(a, b):\n\treturn [a,\n  b]\n'))))

for blob in [b'\xef\xbb\xbfx = 1\n', b'\n# vim: set fileencoding=ascii :\n', b'x\n# coding: latin-1\n', b'',
             b'# coding=utf_8\n', b'# coding: iso_8859_1\n']:
    print(tokenize.detect_encoding(io.BytesIO(blob).readline))

for t in toks('x = 1'):
    print(tokenize.tok_name[t.type], repr(t.string), t.start, t.end, repr(t.line))
for t in toks('y = 2  # no newline'):
    print(tokenize.tok_name[t.type], repr(t.string), t.start, t.end)
for t in toks('if a:\n    if b:\n        c\n\n# done\n'):
    print(tokenize.tok_name[t.type], repr(t.string), t.start, t.end)


def attempt(text):
    out = []
    try:
        for t in tokenize.generate_tokens(io.StringIO(text).readline):
            out.append(tokenize.tok_name[t.type])
    except tokenize.TokenError as e:
        print('TokenError', e.args, out)
    except IndentationError as e:
        print('IndentationError', e.args, out)
    else:
        print('ok', out)


for bad in ['x = (1,\n', 'a = \\\n', "s = '''never closed\n\n", 's = "open\n', "f'{x'\n",
            'if x:\n        a\n    b\n', "f'{x}}'\n", '0b102\n', 'ok = 1\n']:
    attempt(bad)
for blob in [b'# coding: no-such-codec\n', b'\xef\xbb\xbf# coding: latin-1\n', b'\xff\xfe\n']:
    try:
        tokenize.detect_encoding(io.BytesIO(blob).readline)
    except SyntaxError as e:
        print('SyntaxError', e)
try:
    tokenize.untokenize([(1, 'a', (2, 0), (2, 1), ''), (1, 'b', (1, 0), (1, 1), '')])
except ValueError as e:
    print('ValueError', e)
