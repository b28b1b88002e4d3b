"""Runs tests from the command line: python -m unittest [options] [tests]."""

import sys

if sys.argv[0].endswith('__main__.py'):
    import os.path
    # Usage lines show `python -m unittest`, not this file's path.
    sys.argv[0] = os.path.basename(sys.executable) + ' -m unittest'
    del os

__unittest = True

# (Absolute: Immortal runs `-m unittest` without setting __package__.)
from unittest.main import main

main(module=None)
