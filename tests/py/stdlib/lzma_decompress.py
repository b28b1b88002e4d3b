# lzma decompression of .xz (each check), .lzma and raw LZMA1/LZMA2 streams, and the delta filter.
# Immortal's lzma cannot compress, so the streams were made by CPython 3.12's lzma (liblzma 5.4)
# from the data rebuilt below and are given here as they are; the program checks what comes out.
import base64
import lzma
import zlib

DATA = b''.join(b'%d: the quick brown fox %s\n' % (i, b'jumps' * (i % 4)) for i in range(300))
SMALL = b'lzma in Immortal\n' * 3
RAW1_FILTERS = [{'id': lzma.FILTER_LZMA1, 'lc': 1, 'lp': 1, 'pb': 1, 'dict_size': 65536}]
RAW2_FILTERS = [{'id': lzma.FILTER_LZMA2, 'preset': 1}]

XZ_CRC64 = base64.b64decode(
    '/Td6WFoAAATm1rRGAgAhARYAAAB0L+Wj4CbTAgxdABgOgCc18eg9ofHuIXXsv0pcRzZ2Ts0B9tODZke35E6K/xbpgXK2Ruit'
    'v4+mfbAU0HMOx8cAlftNuTr1CVoXMpnpPGHUm81rt+Urqze6/vycDsxX4N1vXinoisxnqOX02iVYwQO8Vf2Keu8w61/3wXOo'
    'YsNzQHK4oqLFIBoktCk6Bkwcnl25fSYMPhnV7XlNXmuTYXQiIsebPENBBqyYs8Rcp0KRdGumgY5DgqGJ9EHYgpWPuzXL7QNr'
    'O9REAQyPjQgYr4MqqUR777BH0KUFpKNs5l/q5WMbUxVBya2cWAAIZ9rI9agnZHUcncp5A5kTGdshv+rltxuEioVsTOgRnijk'
    'gBc0NfzaW6ZGejtkTA2C0O9jEjwRPo9tPkgBLx9727PITQOVfRWVOClF8VHUQhmtfTPfGzOVmBCFV1nUO0FHJJubdds4XGRX'
    'zGem6mAh7oiMUAS6FYhnWYKwxGNz0KvxcSCi6eO9pZ4bZT0/qQav/8x8d3wFc0yCweKwzof1AJWxsRuhatT97N6rSpRQ0N2G'
    'WLMYYw9NEkzDgcEhlVbKYvpkROfRF1MSJ9hI+ksZPAE1+sPSYK4oAMS2hKrjYPYS6yxgZHtqJbWyPsAAs3Lfj8k/L/D+rnIt'
    'wgOGgYbvftx5Yt02NAw2hpog5JBwj3v8ZFq9GY9PNeU+htPq73c53fF9IXZRt5Hzpp1sAC69sUm7EAEHAAGoBNRNAADD0e4S'
    'scRn+wIAAAAABFla')
XZ_CRC32 = base64.b64decode(
    '/Td6WFoAAAFpIt42AgAhARAAAACocI6G4AAyABhdADYeid19ST4zokI1zRYTHC3woyfs+7IAAAD64bsBAAEwM87iEECQQpkN'
    'AQAAAAABWVo=')
XZ_SHA256 = base64.b64decode(
    '/Td6WFoAAArh+wyhAgAhARYAAAB0L+Wj4AAyABhdADYeid19ST4zokI2JkhUZdizIHoRgNgAAACQ5UVP4OgNbKVsFqEXb0xv'
    'nziH6X1FIacW6qzsDd2fbAABTDM01JrDGJtLmgEAAAAAClla')
XZ_NONE = base64.b64decode(
    '/Td6WFoAAAD/EtlBAgAhAQwAAACPmEGc4AAyABhdADYeid19ST4zokI1zRYTHC3woyfs+7IAAAAAASwzk79npgZynnoBAAAA'
    'AABZWg==')
ALONE = base64.b64decode(
    'XQAAgAD//////////wAYDoAnNfHoPaHx7iF17L9KXEc2dk7NAfbTg2ZHt+ROiv8W6YFytkborb+Ppn2wFNBzDsfHAJX7Tbk6'
    '9QlaFzKZ6Txh1JvNa7flK6s3uv78nA7MV+Ddb14p6IrMZ6jl9NolWMEDvFX9inrvMOtf98FzqGLDc0ByuKKixSAaJLQpOgZM'
    'HJ5duX0mDD4Z1e15TV5rk2F0IiLHmzxDQQasmLPEXKdCkXRrpoGOQ4KhifRB2IKVj7s1y+0DazvURAEMj40IGK+DKqlEe++w'
    'R9ClBaSjbOZf6uVjG1MVQcmtnFgACGfayPWoJ2R1HJ3KeQOZExnbIb/q5bcbhIqFbEzoEZ4o5IAXNDX82lumRno7ZEwNgtDv'
    'YxI8ET6PbT5IAS8fe9uzyE0DlX0VlTgpRfFR1EIZrX0z3xszlZgQhVdZ1DtBRySbm3XbOFxkV8xnpupgIe6IjFAEuhWIZ1mC'
    'sMRjc9Cr8XEgounjvaWeG2U9P6kGr//MfHd8BXNMgsHisM6H9QCVsbEboWrU/ezeq0qUUNDdhlizGGMPTRJMw4HBIZVWymL6'
    'ZETn0RdTEifYSPpLGTwBNfrD0mCuKADEtoSq42D2EussYGR7aiW1sj7AALNy34/JPy/w/q5yLcIDhoGG737ceWLdNjQMNoaa'
    'IOSQcI97/GRavRmPTzXlPobT6u93Od3xfSF2UbeSHLRY5//9p2HI')
RAW1 = base64.b64decode(
    'ABgOgEhtY9/bn2CODfn8/twTkgpBqwnJI8l8WZuBSzASoHWPCV14ws6oxxKbjd4OMarnAE8mel97VM2DNYQX9apjR5Kn/IlO'
    'Op5uDxrjPqE2JixH+mS22Iw3BIz0LXAVRHaz1hOL51eOnrQBa82MbokLoE6sL7EK3Z4Bw9F7j56BrOwjhuALUw46j42r+rOV'
    'Xe50jFm18ZTIbYjZNAvkfhSuCH1FoY9FsHGy7YxX+Wqbw0yDzsz2e/J92B2QOqCqFOx7I+J1a1suMiJfkT0M1IP5/9QPS2Qt'
    '3ZWUfC7GdaBlXAWYbSmlUeA/ualI9Fpw14bew5+vw1zvDbVk5Lwe5+P8aWlyAEyekf8ae/FziOjJ4LFhY6J0KZsm+hOlo0L5'
    'VDr39EtSWYqv4/TL2ty8c1vAqb9uAQUECOVMuYaIHu+fxwHotJze23eNgmc/EX4zgYGoOq+h394xE45cgAKGnM+2TWRIGkr9'
    'el2mUXsDmlcRhXwKhgaiyUdJAWzEylb/nWTEK24tQrH4vLhwtJU7dg0iAS/eyEHC6VBgYkoZVls2Wh5t2Ty/eGeZCp5+rn9h'
    'DEJixobzEVVxitPCJP4hDQSDZEcAhwpAlSkHnquE/A5bJsCHgqN/jFPvT64+I+crQQeq5mZoi5b/gnKeF9fobiXT36K2nJQH'
    'BxCFGk0iptrPqlv//9RVhSA=')
RAW2 = base64.b64decode(
    '4CbTAgRdABgOgCc18eg9ofHuIXXsv0pcRzZ2Ts0B9tODZke35E6K/xbpgXK2Ruitv4+sT35dNdpmU7wRXKDkeic6aawKWIY1'
    'SUdbbOuTcx4a0OD/dzGVRk6Z2jMilgV6mYo0+IKXOGXN67wnPVxVDpER/RuSBA91pMVaigLW572kfyyK5KL0X2IhcRhWhbNZ'
    'sNw4BU68hW+uBPgHX4FdgqKQAgaCeGyqUjRerpL/9Dj3ZS3ZR5WS77HHzLp1ats+NRHgLKVD7TgmOFmn3t7zBqMoWh8dz87S'
    'PuOkuQcE//dw8HRYIBizymGl9kJJ/Inp6XFlc8bEv3pRCDmIHQyVMln9NZl1KpVdsCPScH8bIaGAIm0qja2GGDD8Jjt+wAfE'
    'ElDJsQot36CEHS5eoBaI7jtlVek1mPHkmmbkIk+F9saq6pYxJsLB1ZW22RzLHEWD4krWdRLY4Olwq4H4Yu9HzAEC5cqsW6kn'
    '5KS+bBaVejbORfx/WySiGC2A+b3XWbimmSSzrF7buVwCzfQivaHaoY4Zkzg2SR5yhObHzxh0TfnPCQlAKH083BCQ4sTs1wP+'
    'ubF9neC86gWfE9h1QYoItoJS6vzCCZDPiRBNK8hC3zZqKqwbz8mMiHeCHwTrHzPpyK3xCyCWplcgKybBGjKWCFgEjBAUkz+b'
    'HDsUArxN7zPXemgPPQxebJGFDwA=')
DELTA = base64.b64decode(
    '/Td6WFoAAATm1rRGAgEDAQAhARZ5IMTu4Af/ABJdAAAAlSK/jC68UKEzh0vTBA9VAAAAABWQCQKTWdoZAAEugBAAAACWVwwf'
    'scRn+wIAAAAABFla')


def show(label, stream, **kw):
    d = lzma.LZMADecompressor(**kw)
    print(label, 'check', d.check, d.eof, d.needs_input)
    out = d.decompress(stream + b'extra')
    print('  ', len(out), zlib.crc32(out), out[:24], d.check, d.eof, d.needs_input, d.unused_data)
    return out


print(show('xz crc64', XZ_CRC64) == DATA)
print(show('xz crc32', XZ_CRC32) == SMALL)
print(show('xz sha256', XZ_SHA256) == SMALL)
print(show('xz none', XZ_NONE) == SMALL)
print(show('alone', ALONE) == DATA, show('alone explicit', ALONE, format=lzma.FORMAT_ALONE) == DATA)
print(show('raw lzma1', RAW1, format=lzma.FORMAT_RAW, filters=RAW1_FILTERS) == DATA)
print(show('raw lzma2', RAW2, format=lzma.FORMAT_RAW, filters=RAW2_FILTERS) == DATA)
print(show('delta', DELTA) == bytes(range(256)) * 8)
print(show('xz explicit', XZ_CRC32, format=lzma.FORMAT_XZ) == SMALL)

# one-shot, with concatenated streams and trailing garbage
print(lzma.decompress(XZ_CRC64) == DATA, lzma.decompress(ALONE, lzma.FORMAT_ALONE) == DATA)
print(lzma.decompress(XZ_NONE + XZ_CRC32 + ALONE) == SMALL + SMALL + DATA)
print(lzma.decompress(XZ_CRC32 + b'not lzma at all') == SMALL)
print(lzma.decompress(RAW2, lzma.FORMAT_RAW, filters=RAW2_FILTERS) == DATA)

# a little at a time, at most 700 bytes per call
for label, stream, kw in [('xz', XZ_CRC64, {}), ('alone', ALONE, {}),
                          ('raw1', RAW1, {'format': lzma.FORMAT_RAW, 'filters': RAW1_FILTERS})]:
    d = lzma.LZMADecompressor(**kw)
    log, got, pos = [], [], 0
    while not d.eof:
        if d.needs_input:
            chunk = stream[pos:pos + 97]
            pos += len(chunk)
        else:
            chunk = b''
        got.append(d.decompress(chunk, 700))
        log.append(len(got[-1]))
    print(label, b''.join(got) == DATA, log)

# max_length 0 and the exact size
d = lzma.LZMADecompressor()
print(d.decompress(XZ_CRC32, 0), d.needs_input, d.eof, d.check)
print(len(d.decompress(b'', len(SMALL))), d.needs_input, d.eof)
d = lzma.LZMADecompressor()
print(len(d.decompress(XZ_CRC64[:300])), d.needs_input, d.eof, d.check)

print(lzma.is_check_supported(lzma.CHECK_CRC64), lzma.is_check_supported(lzma.CHECK_SHA256),
      lzma.is_check_supported(2), lzma.is_check_supported(lzma.CHECK_UNKNOWN))
print(lzma._decode_filter_properties(lzma.FILTER_LZMA1, ALONE[:5]))
print(lzma._decode_filter_properties(lzma.FILTER_LZMA2, b'\x16'))
print(lzma._decode_filter_properties(lzma.FILTER_DELTA, b'\x07'))
print(lzma._encode_filter_properties({'id': lzma.FILTER_LZMA1, 'preset': 9}))
print(lzma._encode_filter_properties({'id': lzma.FILTER_LZMA2, 'dict_size': 100000}))
print(lzma._encode_filter_properties({'id': lzma.FILTER_DELTA, 'dist': 256}))
print(lzma.FILTER_LZMA1, lzma.CHECK_UNKNOWN, lzma.PRESET_EXTREME, lzma.FORMAT_RAW)
