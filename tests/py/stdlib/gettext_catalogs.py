# gettext with real .mo catalogs written by the program (both byte orders): translation() with a
# language list, the fallback chain across languages, plural forms from the catalog's Plural-Forms
# header, contexts (pgettext/npgettext), info()/charset(), install() into builtins, find() with
# all=True and the LANGUAGE variable, the global API (textdomain, bindtextdomain, dgettext, ...),
# and the errors: no catalog (FileNotFoundError, or NullTranslations with fallback=True), a bad
# magic number, an unsupported version and a corrupt file.
import builtins
import gettext
import os
import struct
import tempfile


def build_mo(entries, charset='UTF-8', plural='nplurals=2; plural=(n != 1);', order='<'):
    """entries: {msgid: str, (msgid, msgid_plural): [forms], ('ctx', msgid): str}."""
    header = ('Project-Id-Version: demo 1.0\nContent-Type: text/plain; charset=%s\n'
              'Plural-Forms: %s\nLast-Translator: Someone\n  <someone@example.org>\n'
              % (charset, plural))
    pairs = [(b'', header.encode(charset))]
    for key, value in entries.items():
        if isinstance(key, tuple) and isinstance(value, list):
            if len(key) == 3:
                original = (key[0] + '\x04' + key[1] + '\x00' + key[2]).encode(charset)
            else:
                original = (key[0] + '\x00' + key[1]).encode(charset)
            translated = '\x00'.join(value).encode(charset)
        elif isinstance(key, tuple):
            original = (key[0] + '\x04' + key[1]).encode(charset)
            translated = value.encode(charset)
        else:
            original, translated = key.encode(charset), value.encode(charset)
        pairs.append((original, translated))
    pairs.sort()
    count = len(pairs)
    originals_at = 28
    translations_at = originals_at + 8 * count
    data_at = translations_at + 8 * count
    blob = b''
    table_o = table_t = b''
    for original, _ in pairs:
        table_o += struct.pack(order + 'II', len(original), data_at + len(blob))
        blob += original + b'\x00'
    for _, translated in pairs:
        table_t += struct.pack(order + 'II', len(translated), data_at + len(blob))
        blob += translated + b'\x00'
    head = struct.pack(order + 'Iiiiiii', 0x950412de, 0, count, originals_at, translations_at, 0, 0)
    return head + table_o + table_t + blob


def write(localedir, lang, domain, data):
    folder = os.path.join(localedir, lang, 'LC_MESSAGES')
    os.makedirs(folder, exist_ok=True)
    with open(os.path.join(folder, domain + '.mo'), 'wb') as f:
        f.write(data)


root = tempfile.mkdtemp()
write(root, 'de', 'shop', build_mo({
    'Hello': 'Hallo',
    'Goodbye': 'Auf Wiedersehen',
    ('%d apple', '%d apples'): ['%d Apfel', '%d Äpfel'],
    ('menu', 'Open'): 'Öffnen',
    ('door', 'Open'): 'Offen',
    ('menu', '%d file', '%d files'): ['%d Datei', '%d Dateien'],
}))
write(root, 'pl', 'shop', build_mo({
    'Hello': 'Cześć',
    ('%d apple', '%d apples'): ['%d jabłko', '%d jabłka', '%d jabłek'],
}, plural='nplurals=3; plural=(n==1 ? 0 : n%10>=2 && n%10<=4 && (n%100<10 || n%100>=20) ? 1 : 2);',
    order='>'))
write(root, 'fr', 'shop', build_mo({'Goodbye': 'Au revoir', 'Thanks': 'Merci'}))

de = gettext.translation('shop', root, languages=['de'])
print(type(de).__name__, de.gettext('Hello'), '|', de.gettext('Goodbye'), '|', de.gettext('Missing'))
for n in (1, 2, 5):
    print(n, de.ngettext('%d apple', '%d apples', n) % n, '|', de.npgettext('menu', '%d file', '%d files', n) % n)
print(de.pgettext('menu', 'Open'), de.pgettext('door', 'Open'), de.pgettext('window', 'Open'))
print(de.charset(), sorted(de.info().items()))

pl = gettext.translation('shop', root, languages=['pl'])
print([pl.ngettext('%d apple', '%d apples', n) % n for n in (1, 2, 4, 5, 12, 22, 25, 101)])
print(pl.gettext('Hello'), pl.gettext('%d apple'))

chain = gettext.translation('shop', root, languages=['pl', 'fr', 'de'])
print(chain.gettext('Hello'), chain.gettext('Goodbye'), chain.gettext('Thanks'), chain.gettext('Nope'))
print(chain.pgettext('menu', 'Open'), chain.ngettext('x', 'xs', 3))
again = gettext.translation('shop', root, languages=['pl'])
print(again is pl, again._catalog is pl._catalog)

print([os.path.relpath(p, root) for p in gettext.find('shop', root, ['fr_FR.UTF-8', 'de', 'pl'], all=True)])
print(os.path.relpath(gettext.find('shop', root, ['xx', 'fr']), root), gettext.find('shop', root, ['C', 'de']))
os.environ['LANGUAGE'] = 'es:de_AT:fr'
print(os.path.relpath(gettext.find('shop', root), root))
print(gettext.translation('shop', root).gettext('Hello'))
os.environ['LANGUAGE'] = 'C'
print(gettext.find('shop', root))

try:
    gettext.translation('shop', root, languages=['es'])
except FileNotFoundError as exc:
    print('FileNotFoundError', exc.errno, exc.strerror, exc.filename)
null = gettext.translation('shop', root, languages=['es'], fallback=True)
print(type(null).__name__, null.gettext('Hello'), null.ngettext('a', 'b', 1), null.info(), null.charset())

null.add_fallback(de)
print(null.gettext('Hello'), null.pgettext('door', 'Open'))

de.install(names=['ngettext', 'pgettext', 'bogus'])
print(_('Goodbye'), ngettext('%d apple', '%d apples', 3) % 3, pgettext('menu', 'Open'))
print(hasattr(builtins, 'bogus'))
del builtins._, builtins.ngettext, builtins.pgettext

gettext.install('shop', root)
print(_('Hello'))
del builtins._

print(gettext.textdomain(), gettext.bindtextdomain('shop', root) == root)
os.environ['LANGUAGE'] = 'de'
print(gettext.dgettext('shop', 'Hello'), gettext.dngettext('shop', '%d apple', '%d apples', 7) % 7,
      gettext.dpgettext('shop', 'door', 'Open'), gettext.dnpgettext('shop', 'menu', '%d file', '%d files', 1) % 1)
print(gettext.gettext('Hello'), gettext.ngettext('one', 'many', 2))
gettext.textdomain('shop')
print(gettext.gettext('Hello'), gettext.pgettext('menu', 'Open'), gettext.npgettext('menu', '%d file', '%d files', 2) % 2)
print(gettext.dgettext('unknown-domain', 'Hello'), gettext.dngettext('unknown-domain', 'a', 'b', 1))
gettext.textdomain('messages')
del os.environ['LANGUAGE']

for name, blob in [('bad magic', b'\x00' * 40),
                   ('bad version', struct.pack('<7I', 0x950412de, 5 << 16, 0, 28, 28, 0, 0)),
                   ('corrupt', struct.pack('<7I', 0x950412de, 0, 1, 28, 36, 0, 0) + struct.pack('<4I', 5, 500, 5, 600))]:
    path = os.path.join(root, 'bad.mo')
    with open(path, 'wb') as f:
        f.write(blob)
    try:
        with open(path, 'rb') as f:
            gettext.GNUTranslations(f)
    except OSError as exc:
        print(name, '->', type(exc).__name__, exc.errno, exc.strerror, os.path.basename(exc.filename))
    os.remove(path)

for folder, dirs, files in os.walk(root, topdown=False):
    for name in files:
        os.remove(os.path.join(folder, name))
    os.rmdir(folder)
