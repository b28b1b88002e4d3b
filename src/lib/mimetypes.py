"""Map file names and URLs to MIME types and back (Immortal's mimetypes for CPython 3.12).

The built-in tables are those of CPython 3.12; init() (run on first use) adds the types listed in
the first readable files of `knownfiles`, as CPython does on a POSIX system.
"""

import os
import posixpath
import sys

__all__ = ["knownfiles", "inited", "MimeTypes", "guess_type", "guess_all_extensions",
           "guess_extension", "add_type", "init", "read_mime_types", "suffix_map",
           "encodings_map", "types_map", "common_types"]

# Files in mime.types format that init() reads when they exist.
knownfiles = [
    "/etc/mime.types", "/etc/httpd/mime.types", "/etc/httpd/conf/mime.types",
    "/etc/apache/mime.types", "/etc/apache2/mime.types", "/usr/local/etc/httpd/conf/mime.types",
    "/usr/local/lib/netscape/mime.types", "/usr/local/etc/httpd/conf/mime.types",
    "/usr/local/etc/mime.types",
]

inited = False
_db = None

# The built-in tables, written as in a mime.types file: a type, then its extensions without the dot.
# Lines keep the order of the table (a type shows up on two lines when its extensions are not adjacent).
_STRICT_TABLE = """\
text/javascript js mjs
application/json json
application/manifest+json webmanifest
application/msword doc dot wiz
application/n-quads nq
application/n-triples nt
application/octet-stream bin a dll exe o obj so
application/oda oda
application/pdf pdf
application/pkcs7-mime p7c
application/postscript ps ai eps
application/trig trig
application/vnd.apple.mpegurl m3u m3u8
application/vnd.ms-excel xls xlb
application/vnd.ms-powerpoint ppt pot ppa pps pwz
application/wasm wasm
application/x-bcpio bcpio
application/x-cpio cpio
application/x-csh csh
application/x-dvi dvi
application/x-gtar gtar
application/x-hdf hdf
application/x-hdf5 h5
application/x-latex latex
application/x-mif mif
application/x-netcdf cdf nc
application/x-pkcs12 p12 pfx
application/x-pn-realaudio ram
application/x-python-code pyc pyo
application/x-sh sh
application/x-shar shar
application/x-shockwave-flash swf
application/x-sv4cpio sv4cpio
application/x-sv4crc sv4crc
application/x-tar tar
application/x-tcl tcl
application/x-tex tex
application/x-texinfo texi texinfo
application/x-troff roff t tr
application/x-troff-man man
application/x-troff-me me
application/x-troff-ms ms
application/x-ustar ustar
application/x-wais-source src
application/xml xsl rdf wsdl xpdl
application/zip zip
audio/3gpp 3gp 3gpp
audio/3gpp2 3g2 3gpp2
audio/aac aac adts loas ass
audio/basic au snd
audio/mpeg mp3 mp2
audio/opus opus
audio/x-aiff aif aifc aiff
audio/x-pn-realaudio ra
audio/x-wav wav
image/avif avif
image/bmp bmp
image/gif gif
image/ief ief
image/jpeg jpg jpe jpeg
image/heic heic
image/heif heif
image/png png
image/svg+xml svg
image/tiff tiff tif
image/vnd.microsoft.icon ico
image/x-cmu-raster ras
image/x-portable-anymap pnm
image/x-portable-bitmap pbm
image/x-portable-graymap pgm
image/x-portable-pixmap ppm
image/x-rgb rgb
image/x-xbitmap xbm
image/x-xpixmap xpm
image/x-xwindowdump xwd
message/rfc822 eml mht mhtml nws
text/css css
text/csv csv
text/html html htm
text/n3 n3
text/plain txt bat c h ksh pl srt
text/richtext rtx
text/tab-separated-values tsv
text/vtt vtt
text/x-python py
text/x-setext etx
text/x-sgml sgm sgml
text/x-vcard vcf
text/xml xml
video/mp4 mp4
video/mpeg mpeg m1v mpa mpe mpg
video/quicktime mov qt
video/webm webm
video/x-msvideo avi
video/x-sgi-movie movie
"""

# Types that are common but not registered (used when strict is false).
_LOOSE_TABLE = """\
application/rtf rtf
audio/midi midi mid
image/jpg jpg
image/pict pict pct pic
image/webp webp
text/xul xul
"""


def _table(text):
    result = {}
    for line in text.splitlines():
        mime, *extensions = line.split()
        for extension in extensions:
            result['.' + extension] = mime
    return result


def _default_mime_types():
    global suffix_map, _suffix_map_default, encodings_map, _encodings_map_default
    global types_map, _types_map_default, common_types, _common_types_default
    suffix_map = _suffix_map_default = {
        '.svgz': '.svg.gz', '.tgz': '.tar.gz', '.taz': '.tar.gz', '.tz': '.tar.gz',
        '.tbz2': '.tar.bz2', '.txz': '.tar.xz',
    }
    encodings_map = _encodings_map_default = {
        '.gz': 'gzip', '.Z': 'compress', '.bz2': 'bzip2', '.xz': 'xz', '.br': 'br',
    }
    types_map = _types_map_default = _table(_STRICT_TABLE)
    common_types = _common_types_default = _table(_LOOSE_TABLE)


def _split_scheme(url):
    # 'scheme:rest' -> ('scheme' lowercased, 'rest'); the scheme may not contain '/' or ':'.
    colon = url.find(':')
    if colon > 0 and '/' not in url[:colon]:
        return url[:colon].lower(), url[colon + 1:]
    return None, url


class MimeTypes:
    """A MIME-types database: the built-in tables plus the files named by `filenames`.

    types_map and types_map_inv are pairs indexed by strict (True: registered types; False: common
    unregistered ones) of extension -> type and type -> [extensions] dicts.
    """

    def __init__(self, filenames=(), strict=True):
        if not inited:
            init()
        self.types_map = ({}, {})
        self.types_map_inv = ({}, {})
        self.suffix_map = _suffix_map_default.copy()
        self.encodings_map = _encodings_map_default.copy()
        for extension, mime in _types_map_default.items():
            self.add_type(mime, extension, True)
        for extension, mime in _common_types_default.items():
            self.add_type(mime, extension, False)
        for name in filenames:
            self.read(name, strict)

    def add_type(self, type, ext, strict=True):
        """Map the extension `ext` (with its dot) to the MIME type `type`, and back."""
        self.types_map[strict][ext] = type
        known = self.types_map_inv[strict].setdefault(type, [])
        if ext not in known:
            known.append(ext)

    def guess_type(self, url, strict=True):
        """Guess the (type, encoding) of a file name, path or URL; either may be None."""
        url = os.fspath(url)
        scheme, rest = _split_scheme(url)
        if scheme == 'data':
            # data:[<mediatype>][;base64],<data>
            comma = rest.find(',')
            if comma < 0:
                return None, None
            semicolon = rest.find(';', 0, comma)
            mime = rest[:semicolon] if semicolon >= 0 else rest[:comma]
            if '=' in mime or '/' not in mime:
                mime = 'text/plain'
            return mime, None
        base, ext = posixpath.splitext(rest)
        while ext.lower() in self.suffix_map:
            base, ext = posixpath.splitext(base + self.suffix_map[ext.lower()])
        encoding = self.encodings_map.get(ext)
        if encoding is not None:
            base, ext = posixpath.splitext(base)
        tables = (self.types_map[True],) if strict else (self.types_map[True], self.types_map[False])
        for table in tables:
            if ext in table:
                return table[ext], encoding
            if ext.lower() in table:
                return table[ext.lower()], encoding
        return None, encoding

    def guess_all_extensions(self, type, strict=True):
        """All the known extensions (with their dot) of a MIME type, the preferred one first."""
        type = type.lower()
        found = list(self.types_map_inv[True].get(type, []))
        if not strict:
            for ext in self.types_map_inv[False].get(type, []):
                if ext not in found:
                    found.append(ext)
        return found

    def guess_extension(self, type, strict=True):
        """The preferred extension of a MIME type, or None."""
        found = self.guess_all_extensions(type, strict)
        return found[0] if found else None

    def read(self, filename, strict=True):
        """Add the types of a file in mime.types format."""
        with open(filename, encoding='utf-8') as fp:
            self.readfp(fp, strict)

    def readfp(self, fp, strict=True):
        """Add the types of an open file in mime.types format: 'type ext ext ...', '#' comments."""
        for line in fp:
            words = line.split()
            for i, word in enumerate(words):
                if word[0] == '#':
                    del words[i:]
                    break
            if words:
                for suffix in words[1:]:
                    self.add_type(words[0], '.' + suffix, strict)

    def read_windows_registry(self, strict=True):
        """Load the types of the Windows registry: nothing to do on this platform."""
        if sys.platform == 'win32':
            raise NotImplementedError("mimetypes: reading the Windows registry is not supported")

    @classmethod
    def _read_windows_registry(cls, add_type):
        raise NotImplementedError("mimetypes: reading the Windows registry is not supported")


def guess_type(url, strict=True):
    """Guess the (type, encoding) of a file name, path or URL; see MimeTypes.guess_type."""
    return (_db or _database()).guess_type(url, strict)


def guess_all_extensions(type, strict=True):
    """All the known extensions of a MIME type; see MimeTypes.guess_all_extensions."""
    return (_db or _database()).guess_all_extensions(type, strict)


def guess_extension(type, strict=True):
    """The preferred extension of a MIME type; see MimeTypes.guess_extension."""
    return (_db or _database()).guess_extension(type, strict)


def add_type(type, ext, strict=True):
    """Add a mapping between a MIME type and an extension to the module's database."""
    return (_db or _database()).add_type(type, ext, strict)


def _database():
    init()
    return _db


def init(files=None):
    """Build the module's database from the built-in tables and the files of `knownfiles`
    (and `files`); later calls with files add those files to the existing database."""
    global suffix_map, types_map, encodings_map, common_types, inited, _db
    inited = True
    if files is None or _db is None:
        db = MimeTypes()
        db.read_windows_registry()
        files = knownfiles if files is None else knownfiles + list(files)
    else:
        db = _db
    for name in files:
        if os.path.isfile(name):
            db.read(name)
    common_types, types_map = db.types_map   # indexed by strict: (False, True)
    suffix_map = db.suffix_map
    encodings_map = db.encodings_map
    _db = db


def read_mime_types(file):
    """The extension -> type dict of a mime.types file, or None when it cannot be opened."""
    try:
        fp = open(file, encoding='utf-8')
    except OSError:
        return None
    with fp:
        db = MimeTypes()
        db.readfp(fp, True)
        return db.types_map[True]


_default_mime_types()
