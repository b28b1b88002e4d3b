# TextWrapper options: break_long_words, break_on_hyphens, max_lines/placeholder, fix_sentence_endings, tabsize.
import textwrap
long = 'Supercalifragilisticexpialidocious is long; so-called multi-part-hyphenated-words too.'
for kw in ({}, {'break_long_words': False}, {'break_on_hyphens': False}, {'break_long_words': False, 'break_on_hyphens': False}):
    print(kw, textwrap.wrap(long, 10, **kw))
w = textwrap.TextWrapper(width=20, max_lines=2, placeholder=' ...')
print(w.wrap(long), w.fill('short text'), w.width, w.placeholder)
print(textwrap.wrap(long, 15, max_lines=3), textwrap.wrap(long, 15, max_lines=1, placeholder='~'))
print(textwrap.wrap('Hello there.  How are you? Fine. "Quoted." e.g. x', 18, fix_sentence_endings=True))
print(textwrap.wrap('a\tb\tc', 40, tabsize=4), textwrap.wrap('a\tb', 40, tabsize=0))
tw = textwrap.TextWrapper(width=15, initial_indent='>>> ', subsequent_indent='... ')
print(tw.wrap('def f(x): return x * 2 if x else None'))
try:
    textwrap.wrap('x', 0)
except ValueError as e:
    print('ValueError', e)
try:
    textwrap.wrap('x y z', 3, max_lines=1, placeholder=' [....]')
except ValueError as e:
    print('ValueError', e)
print(textwrap.wrap('a--b c---d e -- f', 4), textwrap.wrap('x-y-z ab-cd-ef', 5))
