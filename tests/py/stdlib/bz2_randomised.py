# Old bzip2 versions (0.9.0) could write "randomised" blocks, where the decoder must flip one byte in
# every few hundred, following a fixed table; libbzip2 still reads them, and so must we. The stream
# below holds one such block of 1500 bytes, so three bytes are flipped back.
import base64
import bz2
import zlib

STREAM = base64.b64decode(
    'QlpoOTFBWSZTWSpzsoyAAf8GABVVQAAgA8AAAAAQACAAbMcEEASw0KTAhqhIqOCEjorsSARuyOjuhGYM5ICqBGiuBgTESqYGjKRsbupGSuoKDsZgzOZIBq6sik7EoMpMrqQI4MhAwM6M6MZojkTgioKAZqxsrsbohgbMpG6GaILQDGJgbuRjBG6o7OQsroTqaODGbq6KiuoOysyI6ghOqO7E4MbObGZojIbApGxAgEBqBq4kqEBs4IyKSMgKzgigyOCsyEiA6sCKRAhmwE6KTsyM4EpIykbkRgRObuhw7KRuKpCKQESOYIiMxuaubqiEzA6khIDs4Erq6kzITmzOpqDOyk5A5sjmSqRGTkTuruDuxAquTizspE6ICEbmbGgMpAoKaKbOjEjoSIrIrGjo6sTE5ghupMiIqGSu7AQpBOzKjuzs7KCEjExkporIYERKpKSEiuxobMYuTGyErGhEYOoEyOpi7KDirGzmDOBEyKymbGbOZkTOQIRoSGxG5khATuSogMZmxGSqaO5gYIrmZEioCkQMTGbITOzkjsERCgSK7C4EimiOSqzorGSOYEzKRoiqjITsqEpM6uZqYEzgwk4IikwERGbMqOCmiKTghArKjmaqrI6sgMpkhq5EZkTubGBsoOzMxOTOqIyOxu6IYKDs7ExsooyKQOxG0MTkpqYOiK7ubCBIwMzKruBGimiApq6mqKzgqmwEBMyqDoSKwKwOroqgjgpETKBEzE7obowOxgjsruxK4oRobmJK6CZMykCETMqOqAzsxujopEBoRkiEawcMhADIDgimTgpuDsZEzkBggMSsRAbIjqhsTkKE5uRATMyKqGgEhqyoSMpA7OLmaqDGwGCGhA4oRgTEREYKDu4ISsTkTMiM7KwIhmYEhsroTmpApGTwYQEGjKQIDgZKLA6krKjO5mZmzATuTKCMqISM7AoMZkCuBKrqhsCI7qZKBmgOqAREbghkTsjoBmyoxGxIzobsSqRu5AyoROhETGYOSqDoQK6qrGboDKhuCqyyLuSKcKEgVOdlGA==')

print(len(STREAM), STREAM[:4], STREAM[14] >> 7)   # the randomised bit follows the block CRC
out = bz2.decompress(STREAM)
print(len(out), zlib.crc32(out), out[:32])
print(out[610:625], out[1330:1345], out[1460:1470])

# in small pieces and with max_length too
d = bz2.BZ2Decompressor()
parts = []
for i in range(0, len(STREAM), 17):
    parts.append(d.decompress(STREAM[i:i + 17], 100))
    while not d.needs_input and not d.eof:
        parts.append(d.decompress(b'', 100))
print(b''.join(parts) == out, d.eof, max(len(p) for p in parts))

# the block CRC covers the de-randomised bytes: a wrong CRC is caught at the end of the block
bad = bytearray(STREAM)
bad[13] ^= 1
try:
    bz2.decompress(bytes(bad))
except OSError as e:
    print('OSError', e)
d = bz2.BZ2Decompressor()
print(len(d.decompress(bytes(bad), 1499)), d.eof)
try:
    d.decompress(b'', 10)
except OSError as e:
    print('OSError', e)
