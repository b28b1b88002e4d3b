# python -m tokenize as a program: tokenize.main (with sys.argv set) over a source file written to a temporary
# directory (plain and -e exact names), a file with a tokenizer error (message and exit status 1),
# and tokenize.open reading the file back in its declared encoding.
import os
import sys
import tempfile
import tokenize

with tempfile.TemporaryDirectory() as d:
    good = os.path.join(d, 'good.py')
    with open(good, 'w', encoding='latin-1') as f:
        f.write('# coding: latin-1\ndef area(r):\n    return 3.14 * r ** 2  # \xe9\n')
    sys.argv = ['tokenize', good]
    tokenize.main()
    sys.argv = ['tokenize', '-e', good]
    tokenize.main()
    with tokenize.open(good) as f:
        print(f.encoding, f.mode, repr(f.readline()), len(f.read()))
    bad = os.path.join(d, 'bad.py')
    with open(bad, 'w') as f:
        f.write('values = [1,\n 2,\n')
    real_stderr = sys.stderr
    sys.stderr = captured = __import__('io').StringIO()
    try:
        sys.argv = ['tokenize', bad]
        tokenize.main()
    except SystemExit as e:
        status = e.code
    finally:
        sys.stderr = real_stderr
    print(status, captured.getvalue().replace(d + os.sep, ''))
