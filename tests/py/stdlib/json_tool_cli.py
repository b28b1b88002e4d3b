# json.tool's main(), as `python -m json.tool` runs it, in this process with sys.argv/stdin/stdout/
# stderr replaced: pretty-printing with the layout options, JSON Lines, sorting, non-ASCII, an output
# file, invalid input (the message and exit status) and the help text at a fixed width.
import io, os, sys, tempfile
import json.tool

os.environ['COLUMNS'] = '80'


class Keep(io.StringIO):
    def close(self):  # json.tool closes its output stream (sys.stdout too)
        pass


def tool(*args, data=''):
    saved = sys.argv, sys.stdin, sys.stdout, sys.stderr
    sys.argv = ['json.tool', *args]
    sys.stdin, sys.stdout, sys.stderr = io.StringIO(data), Keep(), Keep()
    code = 0
    try:
        json.tool.main()
    except SystemExit as e:
        code = e.code
    finally:
        out, err = sys.stdout.getvalue(), sys.stderr.getvalue()
        sys.argv, sys.stdin, sys.stdout, sys.stderr = saved
    label = ' '.join(os.path.basename(a) for a in args)
    print(f"--- {label or '(no options)'}: exit {code!r}")
    print(out, end='')
    print(err, end='')


doc = '{"b": [1, 2, {"z": null}], "a": "h\\u00e9", "c": {"y": true, "x": 1.5}}'
tool(data=doc)
tool('--sort-keys', data=doc)
tool('--indent', '2', data=doc)
tool('--tab', data=doc)
tool('--no-indent', data=doc)
tool('--compact', '--sort-keys', data=doc)
tool('--no-ensure-ascii', '--compact', data=doc)
tool('--json-lines', '--compact', data='{"a": 1}\n[2, 3]\n"s"\n')
tool(data='{"a": }')
tool(data='[1, 2')
tool('--indent', '2', '--tab', data=doc)
tool('--help')
with tempfile.TemporaryDirectory() as d:
    src = os.path.join(d, 'in.json')
    dst = os.path.join(d, 'out.json')
    with open(src, 'w', encoding='utf-8') as f:
        f.write('[1, {"k": "v"}]')
    tool('--compact', src, dst)
    with open(dst, encoding='utf-8') as f:
        print(repr(f.read()))
