# json.encoder's module-level attributes as CPython 3.12 has them: no __all__ (a star import takes
# every public name), the ESCAPE pattern's text, and what the escape tables do.
import json.encoder as enc

print(hasattr(enc, '__all__'), enc.ESCAPE.pattern, enc.ESCAPE_ASCII.pattern)
print(enc.ESCAPE.sub('?', 'a\tb"c\\d\x01\x7f'), enc.ESCAPE_ASCII.sub('?', 'a\tb"é\x7f'))
print(len(enc.ESCAPE_DCT), enc.ESCAPE_DCT['\n'], enc.ESCAPE_DCT['\x1f'], enc.INFINITY)
ns = {}
exec('from json.encoder import *', ns)
print(sorted(k for k in ns if k != '__builtins__'))
