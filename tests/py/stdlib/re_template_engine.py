# A small template engine built on re.sub callbacks: {{ var|filter }} substitutions, {% for %} and
# {% if %} blocks, and escaping.
import re

VAR = re.compile(r'\{\{\s*(?P<expr>[\w.]+)(?P<filters>(?:\s*\|\s*\w+(?::"[^"]*")?)*)\s*\}\}')
FILTER = re.compile(r'\|\s*(\w+)(?::"([^"]*)")?')
BLOCK = re.compile(r'\{%\s*(for|if)\s+(.*?)\s*%\}(.*?)\{%\s*end\1\s*%\}', re.S)
FOR_HEAD = re.compile(r'(\w+)\s+in\s+([\w.]+)$')


def lookup(ctx, dotted):
    value = ctx
    for part in dotted.split('.'):
        if isinstance(value, dict):
            value = value.get(part, '')
        else:
            value = getattr(value, part, '')
    return value


def html_escape(s):
    table = {'&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;'}
    return re.sub(r'[&<>"]', lambda m: table[m.group()], s)


FILTERS = {
    'upper': lambda v, a: str(v).upper(),
    'title': lambda v, a: re.sub(r'\b[a-z]', lambda m: m.group().upper(), str(v)),
    'escape': lambda v, a: html_escape(str(v)),
    'default': lambda v, a: v if v not in ('', None) else a,
    'join': lambda v, a: (a if a is not None else ', ').join(str(x) for x in v),
    'len': lambda v, a: len(v),
}


def render(template, ctx):
    def block(m):
        kind, head, body = m.group(1), m.group(2), m.group(3)
        if kind == 'for':
            fm = FOR_HEAD.match(head)
            var, seq = fm.groups()
            return ''.join(render(body, dict(ctx, **{var: item, 'loop': {'index': i + 1}}))
                           for i, item in enumerate(lookup(ctx, seq)))
        return render(body, ctx) if lookup(ctx, head) else ''

    def var(m):
        value = lookup(ctx, m.group('expr'))
        for name, arg in FILTER.findall(m.group('filters')):
            value = FILTERS[name](value, arg if arg else None)
        return str(value)

    return VAR.sub(var, BLOCK.sub(block, template))


page = '''<h1>{{ title | title }}</h1>
{% if user %}<p>Welcome, {{ user.name|upper }} ({{ user.email | default:"no email" }})</p>{% endif %}
<ul>{% for item in items %}
  <li>{{ loop.index }}. {{ item.name | escape }} - {{ item.tags | join:"/" }}</li>{% endfor %}
</ul>
<p>{{ items | len }} items, {{ missing | default:"n/a" }}</p>'''
ctx = {
    'title': 'my little shop',
    'user': {'name': 'ada', 'email': ''},
    'items': [
        {'name': 'Fish & Chips', 'tags': ['food', 'hot']},
        {'name': '<Tea>', 'tags': ['drink']},
        {'name': 'Cake "deluxe"', 'tags': []},
    ],
}
print(render(page, ctx))
print(render('{% if nobody %}hidden{% endif %}[{{ nothing }}]', {}))
print(VAR.findall('{{a}} {{ b.c | upper }} {{ d|default:"x y" |upper}}'))
