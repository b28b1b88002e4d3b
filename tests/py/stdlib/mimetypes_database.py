# mimetypes: separate MimeTypes databases (built-in tables only, not the system files), read()
# and readfp() of mime.types-format files with comments, read_mime_types(), init() with extra
# files, and the strict/non-strict tables types_map and types_map_inv.
import io
import mimetypes
import os
import shutil
import tempfile

db = mimetypes.MimeTypes()
print(len(db.types_map[True]), len(db.types_map[False]))
print(db.guess_type('a.rtf'), db.guess_type('a.rtf', strict=False))
print(db.guess_extension('application/octet-stream'), db.types_map_inv[True]['text/plain'])
db.readfp(io.StringIO("# my types\ntext/x-recipe   recipe rcp  # cooking\n\n"
                      "application/x-thing thing\n#text/x-off off\n"))
print(db.guess_type('soup.recipe'), db.guess_type('soup.RCP'), db.guess_type('x.off'))
print(db.guess_all_extensions('text/x-recipe'))
db.add_type('text/x-recipe', '.cook', strict=False)
print(db.guess_all_extensions('text/x-recipe'), db.guess_all_extensions('text/x-recipe', False))

base = tempfile.mkdtemp()
path = os.path.join(base, 'extra.types')
with open(path, 'w', encoding='utf-8') as f:
    f.write("application/x-extra ext1 ext2\nimage/png png2\n")
print(sorted(mimetypes.read_mime_types(path).items())[:3])
print(len(mimetypes.read_mime_types(path)), mimetypes.read_mime_types(path)['.ext2'])
print(mimetypes.read_mime_types(os.path.join(base, 'missing.types')))
other = mimetypes.MimeTypes([path])
print(other.guess_type('f.ext1'), other.guess_all_extensions('image/png'))
mimetypes.init([path])
print(mimetypes.guess_type('f.ext2'), mimetypes.types_map['.ext1'])
try:
    db.read(os.path.join(base, 'missing.types'))
except FileNotFoundError as e:
    print('FileNotFoundError', os.path.basename(e.filename))
shutil.rmtree(base)
print(mimetypes.knownfiles[0], len(mimetypes.knownfiles))
