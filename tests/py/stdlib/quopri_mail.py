# quopri: quoted-printable encoding of mail bodies and headers (line wrapping at 76 columns,
# trailing whitespace, CRLF text, binary data), decoding with soft line breaks, and the file API.
import io
import quopri

body = ('Grüße aus München! Der Preis beträgt 10 € = zehn Euro.\n'
        'Diese Zeile ist absichtlich sehr lang, damit die Kodierung sie mit einem weichen '
        'Zeilenumbruch teilen muss, wie es RFC 2045 verlangt.   \n'
        'Tab\there and trailing tab\t\n'
        '.\n'
        'From the start of a line\n').encode('utf-8')
encoded = quopri.encodestring(body)
print(encoded.decode('ascii'))
print(quopri.decodestring(encoded) == body)
print(quopri.encodestring(body, quotetabs=True).decode('ascii').splitlines()[2])
print(quopri.encodestring(b'Subject: caf\xc3\xa9 au lait_time', header=True))
print(quopri.decodestring(b'caf=C3=A9_au_lait', header=True).decode('utf-8'))
print(quopri.encodestring(b'line one\r\nline two \r\n'))
print(quopri.encodestring(bytes(range(0, 256, 7))))
print(quopri.decodestring(b'soft=\nbreak, =3D, =3d, bad =ZZ, ==, end='))
print(quopri.decodestring(b'windows soft=\r\nbreak =  \r\n'))
print(quopri.decodestring('str input =41'))

src = io.BytesIO(b'x = 1 \ny\t\n')
dst = io.BytesIO()
quopri.encode(src, dst, quotetabs=False)
print(dst.getvalue())
back = io.BytesIO()
quopri.decode(io.BytesIO(dst.getvalue()), back)
print(back.getvalue())
print(quopri.needsquoting(b'=', False, False), quopri.needsquoting(b' ', True, False),
      quopri.needsquoting(b'_', False, True), quopri.needsquoting(b'a', False, False))
print(quopri.quote(b'\xff'), quopri.quote(b'='), quopri.ishex(b'F'), quopri.ishex(b'g'), quopri.unhex(b'fF'))
print(quopri.__all__, quopri.MAXLINESIZE, quopri.ESCAPE, quopri.HEX)
