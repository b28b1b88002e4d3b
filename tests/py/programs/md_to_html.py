# A small markdown-to-HTML converter: block parsing by lines, inline markup with re.sub and
# callbacks, HTML escaping by hand, and textwrap for the plain-text fallback.
import re
import textwrap

DOC = """\
# Release notes

Immortal *0.5* ships a **new** object model & many `stdlib` modules.
See [the docs](https://example.org/docs?a=1&b=2) for <details>.

## Highlights

- Faster `dict` lookups
- A *cycle* collector
- Bugs fixed: 42

1. Install it
2. Run `immortal script.py`
3. Report issues

> Quoted text with **bold** inside
> spanning two lines.

```
def f(x):
    return x < 3 and x > 1
```

Last paragraph, a long one that goes on for a while so that the text wrapper has something to break into several lines of output.
"""

ESCAPES = {'&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;'}


def escape(text):
    return ''.join(ESCAPES.get(ch, ch) for ch in text)


INLINE = re.compile(r'`([^`]+)`|\*\*(.+?)\*\*|\*(.+?)\*|\[([^\]]+)\]\(([^)\s]+)\)')


def inline(text):
    out = []
    pos = 0
    for m in INLINE.finditer(text):
        out.append(escape(text[pos:m.start()]))
        code, bold, em, label, url = m.groups()
        if code is not None:
            out.append(f'<code>{escape(code)}</code>')
        elif bold is not None:
            out.append(f'<strong>{inline(bold)}</strong>')
        elif em is not None:
            out.append(f'<em>{inline(em)}</em>')
        else:
            out.append(f'<a href="{escape(url)}">{inline(label)}</a>')
        pos = m.end()
    out.append(escape(text[pos:]))
    return ''.join(out)


def convert(src):
    html = []
    lines = src.splitlines()
    i = 0
    para = []

    def flush():
        if para:
            html.append('<p>' + inline(' '.join(para)) + '</p>')
            para.clear()

    while i < len(lines):
        line = lines[i]
        if line.startswith('```'):
            flush()
            j = i + 1
            while not lines[j].startswith('```'):
                j += 1
            html.append('<pre><code>' + escape('\n'.join(lines[i + 1:j])) + '</code></pre>')
            i = j + 1
            continue
        if m := re.match(r'(#{1,6})\s+(.*)', line):
            flush()
            n = len(m.group(1))
            slug = re.sub(r'[^a-z0-9]+', '-', m.group(2).lower()).strip('-')
            html.append(f'<h{n} id="{slug}">{inline(m.group(2))}</h{n}>')
        elif re.match(r'[-*]\s', line) or re.match(r'\d+\.\s', line):
            flush()
            ordered = line[0].isdigit()
            tag = 'ol' if ordered else 'ul'
            html.append(f'<{tag}>')
            pat = r'\d+\.\s+(.*)' if ordered else r'[-*]\s+(.*)'
            while i < len(lines) and (m := re.match(pat, lines[i])):
                html.append(f'  <li>{inline(m.group(1))}</li>')
                i += 1
            html.append(f'</{tag}>')
            continue
        elif line.startswith('>'):
            flush()
            quoted = []
            while i < len(lines) and lines[i].startswith('>'):
                quoted.append(lines[i][1:].strip())
                i += 1
            html.append('<blockquote>' + inline(' '.join(quoted)) + '</blockquote>')
            continue
        elif not line.strip():
            flush()
        else:
            para.append(line.strip())
        i += 1
    flush()
    return '\n'.join(html)


html = convert(DOC)
print(html)
print('-' * 40)
tags = re.findall(r'<(\w+)', html)
print(sorted(set(tags)))
print('tag count', len(tags), 'escaped amps', html.count('&amp;'))

text = re.sub(r'<[^>]+>', '', html)
text = text.replace('&lt;', '<').replace('&gt;', '>').replace('&amp;', '&').replace('&quot;', '"')
for block in text.split('\n'):
    if len(block) > 50:
        print(textwrap.fill(block, width=50, initial_indent='  ', subsequent_indent='  '))
    elif block:
        print(textwrap.indent(block, '| '))
print(textwrap.shorten(text.replace('\n', ' '), width=60, placeholder=' [...]'))
print(textwrap.dedent("""
    indented
      more
    back
""").strip('\n'))
