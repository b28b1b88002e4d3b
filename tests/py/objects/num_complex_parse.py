# complex(str): every accepted form, whitespace, parentheses, underscores, inf/nan, and malformed strings.
good = ['1', '1.5', '-2', '+3.25', '1e3', '1E-3', '.5', '5.', 'j', 'J', '+j', '-j', '2j', '-2.5J', '1+2j', '1-2j',
        '1+j', '1-j', '-1.5e-3+2.5e+3j', ' 1+2j ', '(1+2j)', ' ( 1+2j ) ', '(j)', '\t-3j\n', '1_000+2_000j',
        '1_0.5_0j', 'inf', '-inf', 'infj', '-infinityj', 'nan', 'nanj', 'inf+nanj', '-nan-infj', 'Infinity+1j',
        '1e500', '1e500j', '-1e-500', '0', '-0', '-0j', '-0-0j', '0.0000001j', '123456789012345678901234567890',
        '\u0661\u0662+\u0663j']
for s in good:
    print(repr(s), complex(s))
bad = ['', ' ', '()', '(1+2j', '1+2j)', '1+', '1-', '1+2', '1+2jj', 'j1', '1j+2', '1 + 2j', '1e', 'e1j', 'x',
       '1_', '_1', '1__0', '1_j', '(1+2j))', '1+2j 3', '++1j', '1+-2j', 'nanx', 'infinity1', '0x10', '1,5']
for s in bad:
    try:
        complex(s)
    except ValueError as e:
        print(repr(s), e)
