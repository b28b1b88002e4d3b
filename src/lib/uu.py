"""uuencoding of files (Immortal's own implementation of CPython 3.12's uu, deprecated since 3.11).

encode(in_file, out_file, name=None, mode=None, *, backtick=False) writes a 'begin MODE NAME'
line, the data in lines of 45 bytes (binascii.b2a_uu) and the closing lines; decode(in_file,
out_file=None, mode=None, quiet=False) finds the begin line and writes the data back. Files are
binary file objects, paths, or '-' for stdin/stdout. Importing the module warns, as 3.12 does."""

import binascii
import os
import sys
import warnings

warnings.warn("'uu' is deprecated and slated for removal in Python 3.13", DeprecationWarning, stacklevel=2)

__all__ = ['Error', 'encode', 'decode']


class Error(Exception):
    pass


def encode(in_file, out_file, name=None, mode=None, *, backtick=False):
    """uuencode in_file to out_file; a path as in_file gives the default name and mode."""
    to_close = []

    def opened(path, how):
        f = open(path, how)
        to_close.append(f)
        return f

    try:
        if in_file == '-':
            in_file = sys.stdin.buffer
        elif isinstance(in_file, str):
            # a path also gives the defaults for the name and mode of the begin line
            name = os.path.basename(in_file) if name is None else name
            if mode is None:
                try:
                    mode = os.stat(in_file).st_mode
                except AttributeError:  # a platform without os.stat
                    pass
            in_file = opened(in_file, 'rb')
        if out_file == '-':
            out_file = sys.stdout.buffer
        elif isinstance(out_file, str):
            out_file = opened(out_file, 'wb')
        name = '-' if name is None else name
        mode = 0o666 if mode is None else mode
        # a newline in the name would end the begin line early
        name = name.replace('\n', '\\n').replace('\r', '\\r')
        out_file.write(('begin %o %s\n' % (mode & 0o777, name)).encode('ascii'))
        while True:
            chunk = in_file.read(45)
            if not chunk:
                break
            out_file.write(binascii.b2a_uu(chunk, backtick=backtick))
        out_file.write(b'`\nend\n' if backtick else b' \nend\n')
    finally:
        for f in to_close:
            f.close()


def _begin_line(in_file):
    # The fields of the first 'begin MODE NAME' line whose mode is octal.
    while True:
        line = in_file.readline()
        if not line:
            raise Error('No valid begin line found in input file')
        if not line.startswith(b'begin'):
            continue
        fields = line.split(b' ', 2)
        if len(fields) == 3 and fields[0] == b'begin':
            try:
                int(fields[1], 8)
            except ValueError:
                continue
            return fields


def _check_target(path):
    if os.path.exists(path):
        raise Error(f'Cannot overwrite existing file: {path}')
    seps = [os.sep] + ([os.altsep] if os.altsep else [])
    if any(path.startswith(sep) or f'..{sep}' in path for sep in seps):
        raise Error(f'Refusing to write to {path} due to directory traversal')


def decode(in_file, out_file=None, mode=None, quiet=False):
    """Decode the uuencoded in_file; without out_file, to the file named on the begin line."""
    to_close = []
    if isinstance(in_file, str) and in_file != '-':
        in_file = open(in_file, 'rb')
        to_close.append(in_file)
    elif in_file == '-':
        in_file = sys.stdin.buffer
    try:
        fields = _begin_line(in_file)
        if out_file is None:
            out_file = fields[2].rstrip(b' \t\r\n\f').decode('ascii')
            _check_target(out_file)
        if mode is None:
            mode = int(fields[1], 8)
        if out_file == '-':
            out_file = sys.stdout.buffer
        elif isinstance(out_file, str):
            target = open(out_file, 'wb')
            os.chmod(out_file, mode)
            out_file = target
            to_close.append(out_file)
        line = in_file.readline()
        while line and line.strip(b' \t\r\n\f') != b'end':
            try:
                data = binascii.a2b_uu(line)
            except binascii.Error as exc:
                # Some encoders pad lines with garbage: keep what the length byte promises.
                data = binascii.a2b_uu(line[:(((line[0] - 32) & 63) * 4 + 5) // 3])
                if not quiet:
                    sys.stderr.write('Warning: %s\n' % exc)
            out_file.write(data)
            line = in_file.readline()
        if not line:
            raise Error('Truncated input file')
    finally:
        for f in to_close:
            f.close()


def test():
    """The uuencode/uudecode command line: [-d] [-t] [input [output]]."""
    import optparse
    parser = optparse.OptionParser(usage='usage: %prog [-d] [-t] [input [output]]')
    parser.add_option('-d', '--decode', dest='decode', help='Decode (instead of encode)?',
                      default=False, action='store_true')
    parser.add_option('-t', '--text', dest='text',
                      help='data is text, encoded format unix-compatible text?',
                      default=False, action='store_true')
    options, args = parser.parse_args()
    if len(args) > 2:
        parser.error('incorrect number of arguments')
        sys.exit(1)
    source = args[0] if args else sys.stdin.buffer
    target = args[1] if len(args) > 1 else sys.stdout.buffer
    if options.decode:
        if options.text:
            if not isinstance(target, str):
                print(sys.argv[0], ': cannot do -t to stdout')
                sys.exit(1)
            target = open(target, 'wb')
        decode(source, target)
    else:
        if options.text:
            if not isinstance(source, str):
                print(sys.argv[0], ': cannot do -t from stdin')
                sys.exit(1)
            source = open(source, 'rb')
        encode(source, target)


if __name__ == '__main__':
    test()
