# dis: exception handling as CPython 3.12 compiles and prints it: try/except/else/finally, except
# with a name (the implicit cleanup), except*, raise ... from, with and nested with, assert, and the
# exception table text (start to end -> target [depth] lasti) with CPython's byte offsets.
import dis
import io


def show(x):
    out = io.StringIO()
    dis.dis(x, file=out)
    print(out.getvalue(), end='')
    print('-' * 40)


def safe_div(a, b):
    try:
        r = a / b
    except ZeroDivisionError as exc:
        r = str(exc)
    except (TypeError, ValueError):
        r = None
    else:
        r += 1
    finally:
        print('done')
    return r


def convert(text):
    try:
        return int(text)
    except ValueError as e:
        raise RuntimeError(f'bad number {text!r}') from e


def copy_file(src, dst):
    with open(src) as fin, open(dst, 'w') as fout:
        for line in fin:
            fout.write(line)
    with fin:
        pass


def groups(tasks):
    try:
        raise ExceptionGroup('many', [ValueError(t) for t in tasks])
    except* ValueError as eg:
        print('values', len(eg.exceptions))
    except* (KeyError, IndexError):
        print('lookup')


def checked(x):
    assert x > 0, 'x must be positive'
    assert x
    try:
        pass
    finally:
        x = 0
    return x


def retry(attempts):
    for i in range(attempts):
        try:
            if i < 2:
                raise OSError(i)
            return i
        except OSError:
            continue
        finally:
            attempts -= 1
    return -1


for fn in (safe_div, convert, copy_file, groups, checked, retry):
    show(fn)

print(safe_div(1, 0), safe_div(6, 3), retry(5))
groups(['a', 'b'])
