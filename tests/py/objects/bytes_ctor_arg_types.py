# bytes() and bytearray() check their encoding and errors arguments are str before anything else (Argument
# Clinic's converters), then the combinations of source, encoding and errors.
for call in ["bytes(1, 2)", "bytes('a', None)", "bytes('a', 'utf-8', 3)", "bytes('a', errors=None)", "bytes(b'a', 'utf-8')", "bytes('a', 'ascii')", "bytes(1, errors='x')", "bytearray(1, 2)"]:
    try: print(call, eval(call))
    except TypeError as e: print(call, e)
