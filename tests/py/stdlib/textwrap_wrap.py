# textwrap.wrap and fill at several widths, with indents and hyphenation.
import textwrap
text = ('The quick brown fox jumps over the lazy dog. Well-known state-of-the-art ideas -- like this '
        'one -- are re-used; a verylongwordthatcannotfitanywhere appears near the end.')
for w in (8, 12, 20, 33, 50, 200):
    print(w, textwrap.wrap(text, w))
print(textwrap.fill(text, 30, initial_indent='* ', subsequent_indent='    '))
print(textwrap.wrap('', 10), textwrap.wrap('   ', 10), textwrap.wrap('one', 1), textwrap.fill('a b c d e f', 3))
print(textwrap.wrap('tab\tseparated\twords here', 12), textwrap.wrap('tab\tx', 20, expand_tabs=False, replace_whitespace=False))
print(textwrap.wrap('  leading and trailing  ', 8), textwrap.wrap('  leading and trailing  ', 8, drop_whitespace=False))
print(textwrap.wrap('line one\nline two', 40), textwrap.wrap('line one\nline two', 40, replace_whitespace=False))
