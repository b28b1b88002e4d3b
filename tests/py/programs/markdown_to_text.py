# A markdown-to-plain-text converter: headings (underlined), emphasis, inline code, links, bullet and
# numbered lists, block quotes, code blocks, and paragraph re-flow at a fixed width.
DOC = """\
# Immortal objects

Python 3.12 makes *some* objects **immortal**: their `ob_refcnt` never changes.
See [PEP 683](https://peps.python.org/pep-0683/) for the details, and
[the docs](https://docs.python.org) for more.

## Which objects

- `None`, `True` and `False`
- small integers from **-5** to **256**
- interned strings

1. start the interpreter
2. create the static objects
3. run the program

> Immortality is an implementation detail,
> not a language feature.

```
x = None
sys.getrefcount(x)
```

That's *all*.
"""
WIDTH = 40


def inline(text):
    out = []
    i = 0
    while i < len(text):
        if text.startswith("**", i):
            end = text.index("**", i + 2)
            out.append(text[i + 2:end].upper())
            i = end + 2
        elif text[i] == "*":
            end = text.index("*", i + 1)
            out.append("_" + text[i + 1:end] + "_")
            i = end + 1
        elif text[i] == "`":
            end = text.index("`", i + 1)
            out.append("'" + text[i + 1:end] + "'")
            i = end + 1
        elif text[i] == "[":
            close = text.index("]", i)
            url_end = text.index(")", close)
            out.append(f"{text[i + 1:close]} <{text[close + 2:url_end]}>")
            i = url_end + 1
        else:
            out.append(text[i])
            i += 1
    return "".join(out)


def wrap(text, width, prefix="", first_prefix=None):
    lines = []
    current = first_prefix if first_prefix is not None else prefix
    start_len = len(current)
    for word in text.split():
        if len(current) > start_len and len(current) + 1 + len(word) > width:
            lines.append(current)
            current = prefix
            start_len = len(prefix)
        current += (" " if len(current) > start_len else "") + word
    lines.append(current)
    return lines


def convert(doc):
    out = []
    paragraph = []
    quote = []
    in_code = False

    def flush():
        if paragraph:
            out.extend(wrap(inline(" ".join(paragraph)), WIDTH))
            paragraph.clear()
        if quote:
            out.extend(wrap(inline(" ".join(quote)), WIDTH, "| ", "| "))
            quote.clear()
        if out and out[-1]:
            out.append("")

    for line in doc.split("\n"):
        if line.startswith("```"):
            flush()
            in_code = not in_code
            continue
        if in_code:
            out.append("    " + line)
            continue
        stripped = line.strip()
        if not stripped:
            flush()
        elif stripped.startswith("#"):
            flush()
            level = len(stripped) - len(stripped.lstrip("#"))
            title = inline(stripped[level:].strip())
            out.append(title)
            out.append(("=" if level == 1 else "-") * len(title))
            out.append("")
        elif stripped.startswith("- "):
            out.extend(wrap(inline(stripped[2:]), WIDTH, "    ", "  * "))
        elif stripped[0].isdigit() and ". " in stripped:
            number, rest = stripped.split(". ", 1)
            out.extend(wrap(inline(rest), WIDTH, "    ", f" {number}) "))
        elif stripped.startswith(">"):
            quote.append(stripped[1:].strip())
        else:
            paragraph.append(stripped)
    flush()
    while out and not out[-1]:
        out.pop()
    return out


for line in convert(DOC):
    print(line.rstrip())
print("-" * WIDTH)
print(inline("mix **bold** and *it* and `code` with [a link](http://x.y)"))
