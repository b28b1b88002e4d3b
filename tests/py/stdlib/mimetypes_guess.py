# mimetypes: guess_type for names, paths, URLs and data: URLs (encodings, suffix_map, case,
# strict and non-strict tables), guess_extension/guess_all_extensions, add_type, the module's
# tables after init() (which reads the system's mime.types files when present).
import mimetypes
import pathlib

print(mimetypes.inited, len(mimetypes.types_map), mimetypes.types_map['.py'])
names = ['report.pdf', 'photo.JPG', 'archive.tar.gz', 'backup.tgz', 'data.json', 'page.html',
         'script.js', 'module.mjs', 'style.css', 'notes.txt.bz2', 'image.svgz', 'noext',
         'weird.unknownext', '.bashrc', 'dir.d/file', 'Makefile', 'clip.mp4', 'song.mp3',
         'code.py', 'compiled.pyc', 'table.csv', 'x.xz', 'x.Z', 'x.br', 'a.tar.xz']
for name in names:
    print(name, mimetypes.guess_type(name))
print(mimetypes.guess_type(pathlib.PurePosixPath('/srv/www/index.html')))
for url in ['http://example.com/index.html', 'https://example.com/a/b.png?x=1',
            'file:///home/user/doc.txt', 'data:,plain%20text', 'data:image/png;base64,iVBO',
            'data:charset=utf-8,x', 'data:nocomma', 'HTTP://EXAMPLE.COM/IMAGE.GIF']:
    print(url, mimetypes.guess_type(url))
print(mimetypes.guess_type('pic.pict'), mimetypes.guess_type('pic.pict', strict=False))
print(mimetypes.guess_type('photo.jpg', strict=False))
for mime in ['text/plain', 'image/jpeg', 'application/json', 'TEXT/HTML', 'image/pict',
             'application/x-nothing']:
    print(mime, mimetypes.guess_extension(mime), mimetypes.guess_extension(mime, strict=False))
print(mimetypes.guess_all_extensions('image/jpeg'))
print(mimetypes.guess_all_extensions('audio/midi', strict=False))
mimetypes.add_type('application/x-immortal', '.imm')
mimetypes.add_type('application/x-immortal', '.immortal')
mimetypes.add_type('text/x-loose', '.loose', strict=False)
print(mimetypes.guess_type('prog.imm'), mimetypes.guess_all_extensions('application/x-immortal'))
print(mimetypes.guess_type('a.loose'), mimetypes.guess_type('a.loose', strict=False))
print(mimetypes.inited, mimetypes.types_map['.imm'], mimetypes.common_types['.loose'])
print(sorted(mimetypes.encodings_map.items()))
print(sorted(mimetypes.suffix_map.items()))
try:
    mimetypes.guess_type(42)
except TypeError as e:
    print('TypeError:', e)
