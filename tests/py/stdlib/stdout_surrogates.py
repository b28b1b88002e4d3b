# Writing lone surrogates to sys.stdout: UTF-8 cannot encode them, so the stream's error handler
# decides (strict raises UnicodeEncodeError, surrogateescape gives back the escaped bytes, here those
# of 'é', the others replace); nothing is silently turned into U+FFFD.
import sys

for errors in ['surrogateescape', 'replace', 'backslashreplace', 'xmlcharrefreplace', 'namereplace', 'ignore', 'strict']:
    sys.stdout.reconfigure(errors=errors)
    try:
        print(errors, 'a\udcc3\udca9b', 'c\ud800\udc00d', '\U0001f600', sep='|')
    except UnicodeEncodeError as e:
        sys.stdout.reconfigure(errors='strict')
        print('UnicodeEncodeError:', e.reason, e.start, e.end, repr(e.object[e.start:e.end]))
sys.stdout.reconfigure(errors='strict')
print(sys.stdout.errors, sys.stderr.errors)
