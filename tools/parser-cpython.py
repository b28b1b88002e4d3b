"""CPython 3.12 side of the parser parity checks (tools/parser-parity.ts, tests, bench).

One process handles a whole list of files (read from stdin, one path per line):
  dump OUTDIR [--attrs]  write OUTDIR/<index>.txt = ast.dump(ast.parse(bytes)) or an error line
  src OUTDIR             same, but stdin holds paths to *sources* separated as in dump (alias)
  time [REPEAT]          print the best total seconds of ast.parse over all files (bench)
Error line format: "!<ExcType>\t<msg>\t<lineno>\t<offset>\t<end_lineno>\t<end_offset>".
"""
import ast
import os
import sys
import time
import warnings


def error_line(e):
    return '!%s\t%s\t%s\t%s\t%s\t%s' % (type(e).__name__, getattr(e, 'msg', str(e)),
                                       getattr(e, 'lineno', None), getattr(e, 'offset', None),
                                       getattr(e, 'end_lineno', None), getattr(e, 'end_offset', None))


def dump_one(path, attrs):
    with open(path, 'rb') as f:
        data = f.read()
    try:
        tree = ast.parse(data, path)
    except (SyntaxError, ValueError, RecursionError, MemoryError) as e:
        return error_line(e)
    return ast.dump(tree, include_attributes=attrs)


def main():
    warnings.simplefilter('ignore')
    sys.setrecursionlimit(10000)
    mode = sys.argv[1]
    paths = [line.rstrip('\n') for line in sys.stdin if line.strip()]
    if mode == 'dump':
        outdir = sys.argv[2]
        attrs = '--attrs' in sys.argv
        os.makedirs(outdir, exist_ok=True)
        for i, p in enumerate(paths):
            text = dump_one(p, attrs)
            with open(os.path.join(outdir, '%d.txt' % i), 'w', encoding='utf-8', errors='surrogatepass') as f:
                f.write(text)
    elif mode == 'time':
        repeat = int(sys.argv[2]) if len(sys.argv) > 2 else 3
        datas = []
        for p in paths:
            with open(p, 'rb') as f:
                datas.append((p, f.read()))
        best = None
        for _ in range(repeat):
            t0 = time.perf_counter()
            for p, d in datas:
                try:
                    ast.parse(d, p)
                except (SyntaxError, ValueError, RecursionError, MemoryError):
                    pass
            dt = time.perf_counter() - t0
            best = dt if best is None else min(best, dt)
        print('%.6f' % best)
    else:
        sys.exit('unknown mode ' + mode)


if __name__ == '__main__':
    main()
