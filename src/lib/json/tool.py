"""`python -m json.tool`: checks and pretty-prints JSON read from a file or stdin (Immortal's own
implementation of the documented command line)."""

import argparse
import json
import sys
from pathlib import Path


def _parser():
    p = argparse.ArgumentParser(
        prog='python -m json.tool',
        description='A simple command line interface for json module to validate and pretty-print '
                    'JSON objects.')
    p.add_argument('infile', nargs='?', type=argparse.FileType(encoding='utf-8'), default=sys.stdin,
                   help='a JSON file to be validated or pretty-printed')
    p.add_argument('outfile', nargs='?', type=Path, default=None,
                   help='write the output of infile to outfile')
    p.add_argument('--sort-keys', action='store_true', default=False,
                   help='sort the output of dictionaries alphabetically by key')
    p.add_argument('--no-ensure-ascii', dest='ensure_ascii', action='store_false',
                   help='disable escaping of non-ASCII characters')
    p.add_argument('--json-lines', action='store_true', default=False,
                   help='parse input using the JSON Lines format. Use with --no-indent or '
                        '--compact to produce valid JSON Lines output.')
    layout = p.add_mutually_exclusive_group()
    layout.add_argument('--indent', default=4, type=int,
                        help='separate items with newlines and use this number of spaces for indentation')
    layout.add_argument('--tab', action='store_const', dest='indent', const='\t',
                        help='separate items with newlines and use tabs for indentation')
    layout.add_argument('--no-indent', action='store_const', dest='indent', const=None,
                        help='separate items with spaces rather than newlines')
    layout.add_argument('--compact', action='store_true',
                        help='suppress all whitespace separation (most compact)')
    return p


def main():
    opts = _parser().parse_args()
    how = {'sort_keys': opts.sort_keys, 'indent': opts.indent, 'ensure_ascii': opts.ensure_ascii}
    if opts.compact:
        how['indent'] = None
        how['separators'] = (',', ':')
    source = opts.infile
    try:
        if opts.json_lines:
            values = (json.loads(line) for line in source)
        else:
            values = iter([json.load(source)])
        target = sys.stdout if opts.outfile is None else opts.outfile.open('w', encoding='utf-8')
        with target:
            for value in values:
                json.dump(value, target, **how)
                target.write('\n')
    except ValueError as e:
        raise SystemExit(e)
    finally:
        source.close()


if __name__ == '__main__':
    try:
        main()
    except BrokenPipeError as e:
        sys.exit(e.errno)
