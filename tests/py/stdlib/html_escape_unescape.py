# html.escape and html.unescape: HTML 5's rules for numeric references (C1 controls read as
# windows-1252, surrogates and out-of-range numbers, noncharacters dropped), named references with
# and without ';' (the longest known prefix), and the html.entities tables.
import html
from html.entities import name2codepoint, codepoint2name, entitydefs, html5

print(html.escape('<a href="x?a=1&b=2">O\'Neil & co</a>'))
print(html.escape('<a href="x">\'</a>', quote=False), html.escape(''), html.escape('&amp;'))

cases = [
    'AT&amp;T &lt;tag&gt; &quot;q&quot; &apos;s&apos;', '&copy 2024 &copy; &COPY; &Copy;',
    '&#65;&#x42;&#X43;&#0067', '&#x;&#;&#xG1;&#', '&#0; &#13; &#x0D; &#128; &#x80; &#x81; &#x8D; &#150; &#159;',
    '&#x9F;&#xA0;&#160;', '&#1; &#x0B; &#11; &#x1F; &#x7F; &#127;', '&#xD800; &#xDFFF; &#55296;',
    '&#x10FFFF; &#x110000; &#1114112; &#99999999999999999999;', '&#xFDD0;&#xFDEF;&#xFDF0;&#xFFFE;&#x1FFFF;&#x10FFFE;',
    '&notit; &notin; &not &notx &not;', '&ampx &amp;x &AMP &amp', '&lt&gt&amp&quot', '&zzz; &zzz &a; &;',
    '&frac12; &frac12 &frac1', '&acE; &NotEqualTilde; &bne;', '&xyz' + 'a' * 40 + ';', '&\t&\n& x',
    '&#38;#38; &amp;amp;', 'no references here', '&', '&&&', '&#', '&#x', 'x&#65', '&Eacute&eacute;',
    '&ThickSpace;', '&nbsp&nbsp;', '&cent;s', '&LT;&GT&QUOT', '&#x000041;&#00000066;',
]
for s in cases:
    print(repr(s), ascii(html.unescape(s)))

print(len(name2codepoint), len(codepoint2name), len(entitydefs), len(html5))
print(name2codepoint['eacute'], codepoint2name[233], entitydefs['eacute'], ascii(entitydefs['hellip']))
print(list(name2codepoint)[:5], list(codepoint2name.items())[:3], list(entitydefs.items())[-2:])
print(list(html5)[:6], ascii(html5['NotEqualTilde;']), html5['amp'], html5['amp;'], 'ampx' in html5)
print(sum(1 for k in html5 if not k.endswith(';')), max(len(k) for k in html5))
print(sorted(html.__all__), sorted(html.entities.__all__))
print(html.unescape(html.escape('<>&"\' plain')) == '<>&"\' plain')
