# tomllib: a realistic pyproject.toml read from a binary file, walked the way build tools do,
# with parse_float=Decimal and the errors of load() given a text file.
import os
import tempfile
import tomllib
from decimal import Decimal

PYPROJECT = b'''\
[build-system]
requires = ["setuptools>=61.0", "wheel"]
build-backend = "setuptools.build_meta"

[project]
name = "spam-eggs"
version = "2020.0.0"
description = "Lovely Spam! Wonderful Spam!"
readme = "README.rst"
requires-python = ">=3.8"
license = {file = "LICENSE.txt"}
keywords = ["egg", "bacon", "sausage", "tomatoes", "Lobster Thermidor"]
authors = [
  {name = "Pradyun Gedam", email = "pradyun@example.com"},
  {name = "Tzu-Ping Chung", email = "tzu-ping@example.com"},
  {name = "Another person"},
  {email = "different.person@example.com"},
]
classifiers = [
  "Development Status :: 4 - Beta",
  "Programming Language :: Python",
]
dependencies = [
  "httpx",
  "gidgethub[httpx]>4.0.0",
  "django>2.1; os_name != 'nt'",
]

[project.optional-dependencies]
gui = ["PyQt5"]
cli = [
  "rich",
  "click",
]

[project.urls]
Homepage = "https://example.com"
"Bug Tracker" = "https://github.com/me/spam/issues"

[project.scripts]
spam-cli = "spam:main_cli"

[tool.black]
line-length = 100
target-version = ['py38', 'py39']
include = '\\.pyi?$'

[tool.coverage.report]
fail_under = 87.5
exclude_lines = [
    "pragma: no cover",  # the usual
    'if __name__ == .__main__.:',
]

[[tool.mypy.overrides]]
module = "httpx.*"
ignore_missing_imports = true

[[tool.mypy.overrides]]
module = ["a", "b.c"]
strict = false
'''

with tempfile.TemporaryDirectory() as tmp:
    path = os.path.join(tmp, 'pyproject.toml')
    with open(path, 'wb') as f:
        f.write(PYPROJECT)
    with open(path, 'rb') as f:
        data = tomllib.load(f)
    with open(path, 'rb') as f:
        exact = tomllib.load(f, parse_float=Decimal)
    with open(path, encoding='utf-8') as f:
        try:
            tomllib.load(f)
        except TypeError as e:
            print('TypeError:', e)

project = data['project']
print(project['name'], project['version'], project['requires-python'])
print('license:', project['license'])
for author in project['authors']:
    print('  author:', author.get('name', '?'), '<%s>' % author.get('email', '-'))
print('deps:', ', '.join(project['dependencies']))
for extra, reqs in project['optional-dependencies'].items():
    print('extra', extra, reqs)
print(sorted(project['urls'].items()))
print(data['build-system'])
black = data['tool']['black']
print(black['line-length'], black['target-version'], black['include'])
print(data['tool']['coverage']['report'])
print(exact['tool']['coverage']['report']['fail_under'], type(exact['tool']['coverage']['report']['fail_under']).__name__)
for override in data['tool']['mypy']['overrides']:
    print('mypy override:', override)
print(list(data))
print(list(data['tool']))

# the same text with Windows line endings parses the same way
print(tomllib.loads(PYPROJECT.decode().replace('\n', '\r\n')) == data)


def strict_float(text):
    if 'e' in text.lower():
        raise ValueError('no exponents: ' + text)
    return Decimal(text)


print(tomllib.loads('x = 1.25\ny = [0.5, -0.0, inf]', parse_float=strict_float))
try:
    tomllib.loads('x = 1e3', parse_float=strict_float)
except ValueError as e:
    print(type(e).__name__, e)
try:
    tomllib.loads('x = 1.5', parse_float=lambda s: [s])
except ValueError as e:
    print(type(e).__name__, e)
print(tomllib.loads('x = 1.5', parse_float=lambda s: (s,)))
print(tomllib.__all__, tomllib.TOMLDecodeError.__module__, tomllib.TOMLDecodeError.__mro__[1].__name__)
