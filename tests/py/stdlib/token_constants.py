# token: the token type numbers and names (tok_name), EXACT_TOKEN_TYPES for every operator,
# ISTERMINAL / ISNONTERMINAL / ISEOF, and __all__; also a small operator classifier built on them.
import token

print(token.ENDMARKER, token.NAME, token.NUMBER, token.STRING, token.NEWLINE, token.OP,
      token.FSTRING_START, token.FSTRING_MIDDLE, token.FSTRING_END, token.COMMENT, token.NL,
      token.ERRORTOKEN, token.ENCODING, token.N_TOKENS, token.NT_OFFSET)
for number in sorted(token.tok_name):
    print(number, token.tok_name[number], token.ISTERMINAL(number), token.ISNONTERMINAL(number),
          token.ISEOF(number))
for op, kind in sorted(token.EXACT_TOKEN_TYPES.items()):
    print(repr(op), kind, token.tok_name[kind])
print(len(token.__all__), token.__all__[:4], 'OP' in token.__all__)


def classify(ops):
    out = []
    for op in ops:
        kind = token.EXACT_TOKEN_TYPES.get(op)
        if kind is None:
            out.append((op, 'not an operator'))
        elif token.tok_name[kind].endswith('EQUAL') and op not in ('==', '!=', '<=', '>='):
            out.append((op, 'augmented assignment'))
        else:
            out.append((op, token.tok_name[kind].lower()))
    return out


print(classify(['+=', '**', '->', ':=', '==', '$', '...', '//=']))
try:
    token.tok_name[999]
except KeyError as e:
    print('KeyError', e)
