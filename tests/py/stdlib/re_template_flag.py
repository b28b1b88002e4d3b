# Deprecated parts of re 3.12: re.template() and the TEMPLATE flag (DeprecationWarnings, no repeats
# allowed), and conditional group references that are not plain ASCII numbers or names.
import re, warnings
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter('always')
    for pat in ['(a)(?(１)b|c)', '(a)(?(+1)b|c)', '(a)(?( 1)b|c)', '(a)(?(1 )b)', '(a)(?(1_0)b)', '(a)(?(٠1)b)']:
        try:
            print(pat, re.compile(pat).findall('ab ac c'))
        except re.error as e:
            print(pat, 'error', e)
    for x in w:
        print(x.category.__name__, x.message, x.lineno)
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter('always')
    try:
        p = re.template('a|b')
        print(p, p.flags, p.findall('abc'))
        print(re.compile('ab', re.T).flags)
    except Exception as e:
        print(type(e).__name__, e)
    for pat in ['a*', 'a+b', 'a?', 'a{2}', '(a)', '[ab]c']:
        try:
            print(pat, re.compile(pat, re.TEMPLATE).findall('aab'))
        except Exception as e:
            print(pat, type(e).__name__, e)
    for x in w:
        print(x.category.__name__, x.message, x.filename.split('/')[-1])
