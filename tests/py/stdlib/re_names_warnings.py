# \N{name} escapes in str patterns (inside and outside classes, case-insensitive names, algorithmic
# names, errors), and the FutureWarnings for sets that may change meaning, recorded with warnings.
import re
import warnings

text = 'café — naïve 1½ 各 한 A–Z'
for pat in [r'\N{LATIN SMALL LETTER E WITH ACUTE}', r'\N{EM DASH}|\N{EN DASH}', r'[\N{DIGIT ZERO}-\N{DIGIT NINE}]+',
            r'\N{vulgar fraction one half}', r'\N{CJK UNIFIED IDEOGRAPH-5404}', r'\N{HANGUL SYLLABLE HAN}',
            r'(?i)\N{LATIN CAPITAL LETTER I WITH DIAERESIS}', r'[^\N{SPACE}\w]']:
    print(pat, re.findall(pat, text))
for bad in [r'\N', r'\N{', r'\N{}', r'\N{NOT A NAME}', r'a\N{LATIN SMALL LETTER A', r'[\N{x}]', b'\\N{SPACE}']:
    try:
        re.compile(bad)
    except re.error as e:
        print(repr(bad), 'error:', e.msg, e.pos)

with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter('always')
    re.compile('[[a]')
    re.compile('x[[:alpha:]]')
    re.compile('[+--]')
    try:
        re.compile('[a--b]')
    except re.error as e:
        print('error after the warning:', e)
    re.compile('[a&&b]')
    re.compile('[a||b]')
    re.compile('[a~~b]')
    re.compile('[^[]')
    re.compile('[a-]')
    re.compile(b'[[x]')
    re.findall('[[q]', '[q')
    for w in caught:
        print(w.category.__name__, w.message, w.lineno)

# Compiled once: the warning comes with the first compile only (the pattern cache).
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter('always')
    for _ in range(3):
        re.search('[[z]', 'z')
    print(len(caught))
with warnings.catch_warnings():
    warnings.simplefilter('error', FutureWarning)
    try:
        re.compile('[[e]')
    except FutureWarning as e:
        print('FutureWarning raised:', e)
