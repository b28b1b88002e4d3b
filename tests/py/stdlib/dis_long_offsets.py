# dis: a function whose byte offsets need five digits (the offset column widens) on source lines
# numbered past 999 (the line column widens).
import dis
import io

# A function whose offsets reach five digits, on lines numbered past 1000.
body = ['def long_one(x, obj):']
for i in range(140):
    body.append(f'    x = obj.parts.items.combine(x, {i})')
body.append('    return x')
space = {}
exec(compile('\n' * 995 + '\n'.join(body) + '\n', 'long.py', 'exec'), space)
out = io.StringIO()
dis.dis(space['long_one'], file=out)
text = out.getvalue().splitlines()
print(len(text))
print('\n'.join(text[:8]))
print('\n'.join(text[-6:]))
