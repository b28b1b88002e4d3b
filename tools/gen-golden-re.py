#!/usr/bin/env python3
"""Records the re golden data: a table of (pattern, flags, subjects) cases run through CPython 3.12's re.

Run:  PYENV_VERSION=3.12.1 python3 tools/gen-golden-re.py
Writes tests/golden/re-cases.py (a program: the runner plus one case per line) and
tests/golden/re-cases.exp (what CPython 3.12 prints for it). tests/unit/modules/_sre.test.ts runs the
program on Immortal and compares line by line. For each (pattern, flags, subject) a line shows the
search result (spans of every group, lastindex), fullmatch's span, and the spans of finditer; for a
pattern that does not compile, the exception type and message. Cases that take CPython more than
20 ms are dropped (the table is about semantics, not about surviving exponential backtracking).
"""

import os
import re
import subprocess
import sys
import time

if sys.version_info[:2] != (3, 12):
    os.environ['PYENV_VERSION'] = '3.12.1'
    os.execvp('python3', ['python3'] + sys.argv)

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
OUT_PY = os.path.join(ROOT, 'tests', 'golden', 're-cases.py')
OUT_EXP = os.path.join(ROOT, 'tests', 'golden', 're-cases.exp')

I, M, S, X, A = re.I, re.M, re.S, re.X, re.A

# (pattern, flags, [subjects])
TABLE = [
    ('abc', 0, ['abc', 'xabcx', 'ab', '']),
    ('a.c', 0, ['abc', 'a\nc', 'ac']),
    ('a.c', S, ['a\nc', 'abc']),
    ('a*', 0, ['', 'aaa', 'baaa']),
    ('a+', 0, ['', 'aaa', 'baaab']),
    ('a?b', 0, ['ab', 'b', 'aab']),
    ('a{2}', 0, ['a', 'aa', 'aaa']),
    ('a{2,}', 0, ['a', 'aaaa']),
    ('a{,2}', 0, ['', 'aaa']),
    ('a{1,3}', 0, ['aaaa', 'b']),
    ('a{1,3}?', 0, ['aaaa']),
    ('a{,}', 0, ['aa']),
    ('a{', 0, ['a{', 'a']),
    ('a{1', 0, ['a{1']),
    ('a{1,x}', 0, ['a{1,x}']),
    ('{', 0, ['{']),
    ('x{}', 0, ['x{}']),
    ('a*?b', 0, ['aaab']),
    ('a+?', 0, ['aaa']),
    ('a??b', 0, ['ab', 'b']),
    ('(a|b)*c', 0, ['abac', 'c', 'abd']),
    ('(a|ab)(c|bcd)(d*)', 0, ['abcd']),
    ('(a+|b+)*', 0, ['ab', 'aabba']),
    ('(a*)*', 0, ['-', 'aa']),
    ('(a*)+', 0, ['-', 'aa']),
    ('(a|)*', 0, ['aab']),
    ('(a*)*b', 0, ['a' * 20 + 'b', 'aab']),
    ('(?:a|b)+?c', 0, ['ababc']),
    ('(a)(b)?(c)', 0, ['ac', 'abc']),
    ('((a)|b)+', 0, ['ab', 'ba']),
    ('(a)|(b)', 0, ['b', 'a']),
    ('(?:(a)|b)*', 0, ['ab', 'ba']),
    ('(a)*', 0, ['aaa', '']),
    ('(a)+?', 0, ['aaa']),
    ('(ab)*?c', 0, ['ababc']),
    ('(\\w+)\\s+\\1', 0, ['hello hello world', 'ab ba']),
    ('(?P<w>\\w)(?P=w)', 0, ['abccd', 'abc']),
    ('(a)?\\1', 0, ['aa', 'b']),
    ('(a)|\\1b', 0, ['b']),
    ('(?i)(ab)\\1', 0, ['abAB', 'aBAb']),
    ('^abc$', 0, ['abc', 'abc\n', 'abc\n\n', 'xabc']),
    ('^abc$', M, ['x\nabc\ny', 'abc']),
    ('^', M, ['a\nb\n']),
    ('$', M, ['a\nb\n']),
    ('$', 0, ['a\nb\n', 'ab']),
    ('\\Aab', 0, ['ab', 'cab']),
    ('ab\\Z', 0, ['ab', 'ab\n']),
    ('\\bfoo\\b', 0, ['foo', 'a foo.', 'foobar', 'barfoo']),
    ('\\Bfoo\\B', 0, ['xfooy', 'foo']),
    ('\\B', 0, ['', 'ab']),
    ('\\b', 0, ['', 'ab cd']),
    ('\\w+', 0, ['héllo wörld', 'abc_12', '日本語 text']),
    ('\\w+', A, ['héllo wörld']),
    ('\\d+', 0, ['abc123', '٣٤٥ 12', '１２']),
    ('\\d+', A, ['٣٤٥ 12']),
    ('\\s+', 0, ['a \t\n b', 'a\u00a0b', 'a\u2003b', 'a\x1cb']),
    ('\\s+', A, ['a\u00a0b', 'a \x0bb']),
    ('\\W+', 0, ['a, b! c']),
    ('\\D+', 0, ['12ab34']),
    ('\\S+', 0, ['  ab  ']),
    ('[abc]+', 0, ['xxbcay']),
    ('[^abc]+', 0, ['abxyzc']),
    ('[a-z]+', 0, ['ABCdefGHI']),
    ('[a-z]+', I, ['ABCdefGHI']),
    ('[A-Z]+', I, ['abc\u212a\u017f']),
    ('[^a-z]', I, ['A1']),
    ('[\\d\\s]+', 0, ['a1 2\t3b']),
    ('[\\w.-]+@[\\w.-]+', 0, ['mail me: john.doe@example.com!']),
    ('[]a]+', 0, ['a]]b']),
    ('[^]a]+', 0, ['a]xyb']),
    ('[a-]+', 0, ['-a-b']),
    ('[-a]+', 0, ['-a-b']),
    ('[\\]]', 0, [']']),
    ('[\\^a]', 0, ['^']),
    ('[.]', 0, ['a.b']),
    ('[\\x41-\\x43]+', 0, ['ABCD']),
    ('[\\u00e0-\\u00ff]+', 0, ['caféàü']),
    ('[\\n\\t]', 0, ['a\tb']),
    ('[\\b]', 0, ['a\bb']),
    ('[\\0-\\7]', 0, ['\x05']),
    ('[\\W\\d]+', 0, ['ab1!2c']),
    ('[^\\W\\d]+', 0, ['12ab_c3']),
    ('\\x41\\u0042\\U00000043\\101', 0, ['ABCA']),
    ('\\0', 0, ['\x00']),
    ('\\01', 0, ['\x01']),
    ('\\141', 0, ['a']),
    ('\\t\\n\\r\\f\\v\\a', 0, ['\t\n\r\f\v\a']),
    ('\\.\\*\\+\\?', 0, ['.*+?']),
    ('\\-\\#\\ \\&', 0, ['-# &']),
    ('(?i)abc', 0, ['ABC', 'aBc']),
    ('abc', I, ['ABC']),
    ('(?i:a)b', 0, ['Ab', 'AB']),
    ('a(?-i:b)', I, ['Ab', 'AB']),
    ('(?i)\u00df', 0, ['\u1e9e', 'SS']),
    ('(?i)\u03c3', 0, ['\u03a3', '\u03c2']),
    ('(?i)s', 0, ['\u017f', 'S']),
    ('(?i)k', 0, ['\u212a', 'K']),
    ('(?i)\u212a', 0, ['k']),
    ('(?i)\u0131', 0, ['I', 'i']),
    ('(?i)i', 0, ['\u0130', '\u0131']),
    ('(?ia)k', 0, ['\u212a', 'K']),
    ('(?i)[k]', 0, ['\u212a']),
    ('(?i)[^k]', 0, ['\u212a', 'K']),
    ('(?i)\u00e9', 0, ['\u00c9']),
    ('(?i)[\u00e0-\u00e5]+', 0, ['\u00c0\u00c5']),
    ('(?s).', 0, ['\n']),
    ('(?m)^b', 0, ['a\nb']),
    ('(?x) a b  # comment\n c', 0, ['abc']),
    ('a b', X, ['ab', 'a b']),
    ('a\\ b', X, ['a b']),
    ('a[ ]b', X, ['a b']),
    ('(?x: a b ) c', 0, ['ab c', 'abc']),
    ('(?a)\\w+', 0, ['héllo']),
    ('(?a:\\w+)\\w', 0, ['abé']),
    ('(?u)\\w+', 0, ['é']),
    ('a(?=b)', 0, ['ab', 'ac']),
    ('a(?!b)', 0, ['ab', 'ac']),
    ('(?<=a)b', 0, ['ab', 'cb']),
    ('(?<!a)b', 0, ['ab', 'cb']),
    ('(?<=ab|cd)x', 0, ['abx', 'cdx', 'bx']),
    ('(?<=(a))b', 0, ['ab']),
    ('(?=(a+))a*b\\1', 0, ['baaabac']),
    ('(?=(\\w+))', 0, ['ab c']),
    ('(?!a)\\w', 0, ['ab']),
    ('(?<=\\d{3})x', 0, ['12x 123x']),
    ('(?<!^)x', 0, ['xx']),
    ('(?>a+)b', 0, ['aab']),
    ('(?>a+)a', 0, ['aaa']),
    ('(?>a|ab)c', 0, ['abc', 'ac']),
    ('a*+a', 0, ['aaa']),
    ('a++b', 0, ['aab']),
    ('a?+a', 0, ['a']),
    ('(ab)*+ab', 0, ['ababab']),
    ('(?:a|b)++b', 0, ['abb']),
    ('a{1,2}+a', 0, ['aaa']),
    ('(a)?(?(1)b|c)', 0, ['ab', 'c', 'ac']),
    ('(?P<q>")?\\w+(?(q)")', 0, ['"abc"', 'abc', '"abc']),
    ('(a)?(?(1)b)', 0, ['ab', 'c']),
    ('(?#comment)abc', 0, ['abc']),
    ('(?P<first>\\w+) (?P<last>\\w+)', 0, ['Jane Doe']),
    ('(?:(?P<a>x)|(?P<b>y))+', 0, ['xy', 'yx']),
    ('((a)(b))', 0, ['ab']),
    ('(a(b(c)))(d)', 0, ['abcd']),
    ('x*', 0, ['', 'axxb']),
    ('', 0, ['', 'abc']),
    ('|a', 0, ['a', 'ba']),
    ('a|', 0, ['ba']),
    ('(|a)+', 0, ['aa']),
    ('(a|b|c|d|e)+f', 0, ['abcdef', 'abcde']),
    ('to|too|tool', 0, ['tool']),
    ('ab|ac|ad', 0, ['xad']),
    ('(?:ab|cd)+', 0, ['abcdab']),
    ('[a-c]|[x-z]', 0, ['y']),
    ('a.*b', 0, ['a123b456b']),
    ('a.*?b', 0, ['a123b456b']),
    ('<.*>', 0, ['<a><b>']),
    ('<.*?>', 0, ['<a><b>']),
    ('\\d+(\\.\\d+)?', 0, ['pi is 3.14, e is 2']),
    ('(\\d{1,3})(?=(\\d{3})+$)', 0, ['1234567']),
    ('^(\\w+)://([^/:]+)(:\\d+)?(/.*)?$', 0, ['https://example.com:8080/path?q=1', 'ftp://host']),
    ('(\\w+)=(\\w*)', 0, ['a=1 b= c=3']),
    ('[+-]?(\\d+\\.?\\d*|\\.\\d+)([eE][+-]?\\d+)?', 0, ['x=-1.5e10', '.5', '+3.']),
    ('"(?:[^"\\\\]|\\\\.)*"', 0, ['say "hi \\"there\\"" now']),
    ('^\\s*#', M, ['code\n  # comment\nmore']),
    ('(?m)^(\\w+):\\s*(.*)$', 0, ['key: value\nother: thing\n']),
    ('\\b(\\w)(\\w*)\\1\\b', 0, ['anna bob civic xyz']),
    ('(a|b)*?b', 0, ['aaab']),
    ('(?:a+)+b', 0, ['a' * 20 + 'b']),
    ('(x+x+)+y', 0, ['x' * 12 + 'y', 'xxxxy']),
    ('\\w+@\\w+\\.com', 0, ['contact: bob@site.com, al@x.com']),
    ('[\u4e00-\u9fff]+', 0, ['abc中文字def']),
    ('\U0001f600+', 0, ['x\U0001f600\U0001f600y']),
    ('.', 0, ['\U0001f600']),
    ('[\U0001f600-\U0001f64f]', 0, ['a\U0001f610']),
    ('(?i)\u0394', 0, ['\u03b4']),
    ('(?i)[\u0400-\u042f]+', 0, ['\u0430\u0431\u0432']),
    ('ab*c', 0, ['ac', 'abbbc', 'abbd']),
    ('a.{2}c', 0, ['abbc', 'abc']),
    ('(a){0}b', 0, ['ab']),
    ('(a){2}', 0, ['aaa']),
    ('(a|b){2,3}?c', 0, ['ababc']),
    ('(?:(a)|(b)|(c))+', 0, ['abc', 'cba']),
    ('(a)(?:b|(c))', 0, ['ab', 'ac']),
    ('(?i)(?P<x>a)(?P=x)', 0, ['aA']),
    ('\\(\\)', 0, ['()']),
    ('a\\Z|b', 0, ['a\n', 'b']),
    ('.*', 0, ['ab\ncd']),
    ('.*$', M, ['ab\ncd']),
    ('(?s).*', 0, ['ab\ncd']),
    ('\\n', 0, ['a\nb']),
    # error cases
    ('(', 0, ['']),
    ('(a', 0, ['']),
    ('a)', 0, ['']),
    ('*a', 0, ['']),
    ('a**', 0, ['']),
    ('a{2}{3}', 0, ['']),
    ('^*', 0, ['']),
    ('[a', 0, ['']),
    ('[', 0, ['']),
    ('[]', 0, ['']),
    ('[z-a]', 0, ['']),
    ('[a-\\d]', 0, ['']),
    ('[\\d-z]', 0, ['']),
    ('\\q', 0, ['']),
    ('a\\', 0, ['']),
    ('[\\q]', 0, ['']),
    ('\\x4', 0, ['']),
    ('\\u12', 0, ['']),
    ('\\U0011FFFF', 0, ['']),
    ('\\777', 0, ['']),
    ('\\1', 0, ['']),
    ('(a)\\2', 0, ['']),
    ('(a\\1)', 0, ['']),
    ('(?P<1a>x)', 0, ['']),
    ('(?P<a>x)(?P<a>y)', 0, ['']),
    ('(?P=b)', 0, ['']),
    ('(?P<a', 0, ['']),
    ('(?P<>a)', 0, ['']),
    ('(?Px)', 0, ['']),
    ('(?<x)', 0, ['']),
    ('(?z)', 0, ['']),
    ('(?', 0, ['']),
    ('a{3,2}', 0, ['']),
    ('(?<=a+)b', 0, ['']),
    ('(?<=a|bc)d', 0, ['']),
    ('a(?i)b', 0, ['']),
    ('(?i', 0, ['']),
    ('(?-i)', 0, ['']),
    ('(?i-i:a)', 0, ['']),
    ('(?L)a', 0, ['']),
    ('(?au)a', 0, ['']),
    ('(?-a:a)', 0, ['']),
    ('(?q:a)', 0, ['']),
    ('(?i+a)', 0, ['']),
    ('(?#abc', 0, ['']),
    ('(?(1)a|b|c)', 0, ['']),
    ('(?(0)a)', 0, ['']),
    ('(?(x)a)', 0, ['']),
    ('(?(2)a)(b)', 0, ['']),
    ('a\n(b', 0, ['']),
    ('x{4294967296}', 0, ['']),
    ('abc', re.L, ['']),
    ('a', re.A | re.U, ['']),
    ('(?<=(a)\\1)b', 0, ['']),
    ('(a)(?<=\\1)', 0, ['']),
    ('\\8', 0, ['']),
    ('[\\A]', 0, ['']),
    ('\\c', 0, ['']),
]

BYTES_TABLE = [
    (b'a+', 0, [b'baaac']),
    (b'\\w+', 0, [b'h\xe9llo']),
    (b'(?i)\\xe9', 0, [b'\xc9']),
    (b'(?i)abc', 0, [b'ABC']),
    (b'[\\x00-\\x1f]+', 0, [b'a\x01\x02b']),
    (b'\\d+', 0, [b'a12b']),
    (b'\\s', 0, [b'a\x85b \x1c']),
    (b'(?u)a', 0, [b'']),
    (b'\\u0041', 0, [b'']),
    (b'(a)(b)?', 0, [b'ab', b'a']),
    (b'(?L)\\w+', 0, [b'ab_1']),
    (b'a', re.A | re.L, [b'']),
]

RUNNER = '''# Generated by tools/gen-golden-re.py. Do not edit.
# Each case prints one line: search's group spans and lastindex, fullmatch's span and finditer's spans,
# or the exception a bad pattern raises.
import re


def case(pattern, flags, subject):
    try:
        p = re.compile(pattern, flags)
    except Exception as e:
        print('E', type(e).__name__, e)
        return
    m = p.search(subject)
    s = None if m is None else (m.regs, m.lastindex)
    f = p.fullmatch(subject)
    fs = None if f is None else f.span()
    spans = [m.span() for m in p.finditer(subject)][:20]
    print('M', s, fs, spans)


'''


def main():
    lines = []
    for table in (TABLE, BYTES_TABLE):
        for pattern, flags, subjects in table:
            for subject in subjects:
                # Drop cases CPython itself finds slow.
                t0 = time.perf_counter()
                try:
                    p = re.compile(pattern, flags)
                    p.search(subject); p.fullmatch(subject); list(p.finditer(subject))
                except Exception:
                    pass
                if time.perf_counter() - t0 > 0.02:
                    print('dropped (slow):', ascii(pattern), ascii(subject), file=sys.stderr)
                    continue
                lines.append('case(%s, %d, %s)\n' % (ascii(pattern), int(flags), ascii(subject)))
    with open(OUT_PY, 'w') as f:
        f.write(RUNNER)
        f.writelines(lines)
    out = subprocess.run([sys.executable, OUT_PY], capture_output=True, text=True,
                         env=dict(os.environ, PYTHONHASHSEED='0'))
    if out.returncode != 0 or out.stderr:
        sys.exit('re-cases.py failed under CPython:\n' + out.stderr)
    with open(OUT_EXP, 'w') as f:
        f.write(out.stdout)
    print('%d cases written' % len(lines))


main()
