# textwrap.TextWrapper's class attributes: the compiled wordsep_re, wordsep_simple_re and
# sentence_end_re (their chunks), unicode_whitespace_trans; subclasses and instances that replace
# them change how text is split and which chunks end sentences. dedent's errors for non-str text.
import re
import textwrap

W = textwrap.TextWrapper
print(W.unicode_whitespace_trans)
for name in ('wordsep_re', 'wordsep_simple_re', 'sentence_end_re'):
    p = getattr(W, name)
    print(name, type(p).__name__, p.flags == (re.U | re.X if name == 'wordsep_re' else re.U), p is getattr(W(), name))
for text in ['Hello-world, this--is a test... --x ---y a-b-c1-2 über-größe x--y--z e-mail',
             'a  b\t\tc\n\nd', 'end. Next! more? "q." x', '--dash-- well-- --known']:
    print(W.wordsep_re.split(text))
    print(W.wordsep_simple_re.split(text))
    print([chunk for chunk in text.split() if W.sentence_end_re.search(chunk)])


class CommaWrapper(W):
    wordsep_simple_re = re.compile(r'(\s+|,)')
    sentence_end_re = re.compile(r'[a-z][.!?;]\Z')


w = CommaWrapper(12, break_on_hyphens=False, fix_sentence_endings=True)
print(w.wrap('alpha,beta,gamma,delta epsilon; zeta eta. theta'))
print(CommaWrapper.wordsep_re.pattern == W.wordsep_re.pattern)
w = W(8)
w.wordsep_re = re.compile(r'(\s+|-)')
print(w.wrap('one-two-three four'), W(8).wrap('one-two-three four'))
w = W(20)
w.unicode_whitespace_trans = {ord('\t'): '_', ord('\n'): ' '}
print(w.wrap('a\tb\nc d'))
print(textwrap.wrap('a\x0bb\x0cc\rd\te', 40), textwrap.wrap('Mr. Smith.  "Done." x', 30, fix_sentence_endings=True))
for bad in (None, 3, b'  a', bytearray(b' b')):
    try:
        textwrap.dedent(bad)
    except TypeError as e:
        print('TypeError', e)
