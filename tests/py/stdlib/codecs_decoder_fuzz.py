# Decoders against CPython on many generated inputs: unicode_escape, raw_unicode_escape, utf-7 and the
# bytes escape codec on strings built from the characters that matter to each, with several error
# handlers and with final true and false; then encode/decode round trips of generated text. Prints
# a checksum per group (and the first lines, so a difference is easy to find).
import codecs
import warnings
import zlib

warnings.simplefilter('ignore', DeprecationWarning)
state = 12345


def rand(n):
    # A linear congruential generator (the numbers of glibc's rand), so the inputs are fixed.
    global state
    state = (state * 1103515245 + 12345) % 2**31
    return state % n


ALPHABETS = {
    'unicode_escape': [b'\\', b'x', b'u', b'U', b'N', b'{', b'}', b'0', b'4', b'7', b'9', b'a', b'F',
                       b'n', b'\n', b'\xe9', b'SPACE', b'q', b'1'],
    'raw_unicode_escape': [b'\\', b'u', b'U', b'0', b'1', b'f', b'F', b'g', b'a', b'\xe9', b'x'],
    'utf_7': [b'+', b'-', b'A', b'G', b'E', b'2', b'D', b'0', b'3', b'g', b'/', b'!', b'\xe9', b'a', b' ',
              b'9', b'Z', b'h'],
    'escape': [b'\\', b'x', b'0', b'4', b'7', b'a', b'F', b'n', b'\n', b'q', b'g'],
}


def decode(kind, data, errors, final):
    try:
        if kind == 'unicode_escape':
            r = codecs.unicode_escape_decode(data, errors, final)
        elif kind == 'raw_unicode_escape':
            r = codecs.raw_unicode_escape_decode(data, errors, final)
        elif kind == 'utf_7':
            r = codecs.utf_7_decode(data, errors, final)
        else:
            r = codecs.escape_decode(data, errors)
        return ascii(r)
    except UnicodeDecodeError as e:
        return f'UnicodeDecodeError {e.start} {e.end} {e.reason}'
    except ValueError as e:
        return f'ValueError {e}'


for kind, alphabet in ALPHABETS.items():
    lines = []
    handlers = ['strict', 'replace', 'ignore'] if kind == 'escape' else ['strict', 'replace', 'backslashreplace']
    for i in range(250):
        data = b''.join(alphabet[rand(len(alphabet))] for _ in range(rand(9)))
        for errors in handlers:
            for final in (True, False):
                lines.append(f'{data!r} {errors} {final} {decode(kind, data, errors, final)}')
    text = '\n'.join(lines)
    print(kind, len(lines), zlib.crc32(text.encode()))
    print('   ', lines[7])

POOL = [0x41, 0x7a, 0x2b, 0x2d, 0x5c, 0x20, 0x0a, 0x00, 0x7f, 0xe9, 0x20ac, 0xd800, 0xdc00, 0x1f600]
for name in ['utf_7', 'unicode_escape', 'raw_unicode_escape']:
    lines = []
    for i in range(300):
        s = ''.join(chr(POOL[rand(len(POOL))] if rand(2) else rand(0x110000)) for _ in range(rand(7)))
        b = codecs.encode(s, name)
        lines.append(f'{ascii(s)} {b!r} {codecs.decode(b, name) == s}')
    print(name, zlib.crc32('\n'.join(lines).encode()), lines[5])
