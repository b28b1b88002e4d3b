# A small template engine: {{ expressions }} with dotted lookups and filters, {% for %} and {% if %}
# blocks compiled into a tree of nodes, rendered against nested data.
import sys


class TemplateError(Exception):
    pass


FILTERS = {"upper": str.upper, "lower": str.lower, "title": str.title, "len": len,
           "money": lambda v: f"${v:,.2f}", "first": lambda v: v[0]}


def tokenize(text):
    tokens = []
    i = 0
    while i < len(text):
        starts = [(text.find(mark, i), mark) for mark in ("{{", "{%")]
        starts = [(pos, mark) for pos, mark in starts if pos >= 0]
        if not starts:
            tokens.append(("text", text[i:]))
            break
        pos, mark = min(starts)
        if pos > i:
            tokens.append(("text", text[i:pos]))
        close = "}}" if mark == "{{" else "%}"
        end = text.find(close, pos)
        if end < 0:
            raise TemplateError(f"unclosed {mark} at offset {pos}")
        tokens.append(("var" if mark == "{{" else "tag", text[pos + 2:end].strip()))
        i = end + 2
    return tokens


def parse(tokens, until=()):
    nodes = []
    while tokens:
        kind, value = tokens.pop(0)
        if kind == "tag" and value.split()[0] in until:
            return nodes, value
        if kind == "tag":
            words = value.split()
            if words[0] == "for":
                body, end = parse(tokens, ("endfor",))
                nodes.append(("for", words[1], words[3], body))
            elif words[0] == "if":
                body, end = parse(tokens, ("else", "endif"))
                other = []
                if end == "else":
                    other, end = parse(tokens, ("endif",))
                nodes.append(("if", words[1], body, other))
            else:
                raise TemplateError(f"unknown tag {words[0]!r}")
        else:
            nodes.append((kind, value))
    if until:
        raise TemplateError(f"missing {until[-1]}")
    return nodes, None


def lookup(path, context):
    value = context
    for part in path.split("."):
        if isinstance(value, dict):
            if part not in value:
                raise TemplateError(f"undefined: {path}")
            value = value[part]
        else:
            value = getattr(value, part)
    return value


def render(nodes, context):
    out = []
    for node in nodes:
        kind = node[0]
        if kind == "text":
            out.append(node[1])
        elif kind == "var":
            expr, *filters = [p.strip() for p in node[1].split("|")]
            value = lookup(expr, context)
            for f in filters:
                value = FILTERS[f](value)
            out.append(str(value))
        elif kind == "for":
            _, name, seq, body = node
            items = lookup(seq, context)
            for index, item in enumerate(items):
                out.append(render(body, {**context, name: item, "loop": {"index": index + 1,
                                                                         "last": index == len(items) - 1}}))
        elif kind == "if":
            _, cond, body, other = node
            out.append(render(body if lookup(cond, context) else other, context))
    return "".join(out)


TEMPLATE = """Invoice for {{ customer.name | title }} ({{ customer.email | lower }})
{% for line in lines %}{{ loop.index }}. {{ line.item | upper }} x{{ line.qty }} = {{ line.total | money }}
{% endfor %}{% if paid %}Status: PAID{% else %}Status: due, {{ lines | len }} lines{% endif %}
"""
context = {
    "customer": {"name": "ada lovelace", "email": "ADA@Example.ORG"},
    "lines": [{"item": "analytical engine", "qty": 1, "total": 12500.0},
              {"item": "punch cards", "qty": 400, "total": 36.5}],
    "paid": False,
}
tree, _ = parse(tokenize(TEMPLATE))
sys.stdout.write(render(tree, context))
context["paid"] = True
print(render(tree, context).split("\n")[-2])
for bad in ["{{ missing }}", "{% for x in lines %}no end", "{{ open", "{% while %}"]:
    try:
        print(render(parse(tokenize(bad))[0], context))
    except TemplateError as e:
        print("TemplateError:", e)
