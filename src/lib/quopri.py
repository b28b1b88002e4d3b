"""Quoted-printable encoding (RFC 1521) of byte strings and binary files (Immortal's own
implementation of CPython 3.12's quopri).

Like CPython with its binascii extension, every conversion goes through binascii.b2a_qp and
binascii.a2b_qp, so the output is binascii's: lines of at most 76 characters with soft breaks,
whitespace at the end of a line encoded, CRLF input giving CRLF output. The helpers needsquoting,
quote, ishex and unhex describe the encoding byte by byte for callers that want it."""

from binascii import a2b_qp, b2a_qp

__all__ = ['encode', 'decode', 'encodestring', 'decodestring']

ESCAPE = b'='
MAXLINESIZE = 76
HEX = b'0123456789ABCDEF'
EMPTYSTRING = b''


def needsquoting(c, quotetabs, header):
    """Whether the one-byte string c must be written as =XX (spaces and tabs inside a line only
    with quotetabs; '_' only in headers)."""
    assert isinstance(c, bytes)
    if c in b' \t':
        return quotetabs
    if c == b'_':
        return header
    return c == ESCAPE or not b' ' <= c <= b'~'


def quote(c):
    """The =XX form of the one-byte string c."""
    assert isinstance(c, bytes) and len(c) == 1
    code = c[0]
    return ESCAPE + HEX[code >> 4:(code >> 4) + 1] + HEX[code & 15:(code & 15) + 1]


def encode(input, output, quotetabs, header=False):
    """Read the binary file input to its end and write it quoted-printable to output.

    quotetabs: encode spaces and tabs inside lines too (those ending a line always are);
    header: encode spaces as '_', as RFC 1522 headers do.
    """
    output.write(b2a_qp(input.read(), quotetabs=quotetabs, header=header))


def encodestring(s, quotetabs=False, header=False):
    """The quoted-printable form of the bytes s."""
    return b2a_qp(s, quotetabs=quotetabs, header=header)


def decode(input, output, header=False):
    """Read quoted-printable data from the binary file input and write the bytes to output
    (header: '_' stands for a space)."""
    output.write(a2b_qp(input.read(), header=header))


def decodestring(s, header=False):
    """The bytes that the quoted-printable s stands for."""
    return a2b_qp(s, header=header)


def ishex(c):
    """Whether the one-byte string c is an ASCII hexadecimal digit."""
    assert isinstance(c, bytes)
    return b'0' <= c <= b'9' or b'a' <= c <= b'f' or b'A' <= c <= b'F'


def unhex(s):
    """The value of the hexadecimal digits in the bytes s."""
    value = 0
    for code in s:
        digit = bytes((code,))
        assert ishex(digit), 'non-hex digit ' + repr(digit)
        value = value * 16 + int(digit, 16)
    return value


def main():
    """python -m quopri [-t | -d] [file ...]: encode (or decode) files or stdin to stdout."""
    import getopt
    import sys
    try:
        opts, args = getopt.getopt(sys.argv[1:], 'td')
    except getopt.error as msg:
        sys.stdout = sys.stderr  # as CPython does, the usage goes to stderr for good
        print(msg)
        print('usage: quopri [-t | -d] [file] ...\n-t: quote tabs\n-d: decode; default encode')
        sys.exit(2)
    flags = {option for option, _ in opts}
    tabs, deco = '-t' in flags, '-d' in flags
    if tabs and deco:
        sys.stdout = sys.stderr
        print('-t and -d are mutually exclusive')
        sys.exit(2)
    status = 0
    for name in args or ['-']:
        if name == '-':
            fp = sys.stdin.buffer
        else:
            try:
                fp = open(name, 'rb')
            except OSError as msg:
                sys.stderr.write("%s: can't open (%s)\n" % (name, msg))
                status = 1
                continue
        try:
            if deco:
                decode(fp, sys.stdout.buffer)
            else:
                encode(fp, sys.stdout.buffer, tabs)
        finally:
            if name != '-':
                fp.close()
    if status:
        sys.exit(status)


if __name__ == '__main__':
    main()
