# string.Template: substitute, safe_substitute, braces, $$, errors, identifiers, subclasses.
from string import Template
t = Template('$who likes ${what}; cost: $$${price}.')
print(t.substitute(who='tim', what='kung pao', price=10))
print(t.substitute({'who': 'ann', 'what': 'tea', 'price': 3}, who='bob'))
print(t.safe_substitute(who='x'))
print(Template('$a$b ${c}d $ e $$ $1').safe_substitute(a=1, b=2, c=3))
print(t.get_identifiers(), Template('$x $x ${y}').get_identifiers(), t.is_valid(), Template('$').is_valid())
print(t.template)
def err(f):
    try:
        print(f())
    except (KeyError, ValueError) as e:
        print(type(e).__name__, e)
err(lambda: Template('$who and $').substitute(who=1))
err(lambda: Template('line1\n  $ bad').substitute())
err(lambda: Template('$missing').substitute())
err(lambda: Template('${unclosed').substitute(unclosed=1))
class Percent(Template):
    delimiter = '%'
print(Percent('%name is %{age}%% done').substitute(name='job', age=5))
class Dotted(Template):
    idpattern = r'[a-z][_a-z0-9.]*'
print(Dotted('$user.name logged in').substitute({'user.name': 'root'}))
