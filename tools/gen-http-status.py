#!/usr/bin/env python3
"""Fills the member lines of http.HTTPStatus and http.HTTPMethod in src/lib/http/__init__.py (between
its '# BEGIN <class> members' and '# END <class> members' lines) from CPython 3.12's http module:
each member's name, value, phrase and description, in CPython's order.

Run: PYENV_VERSION=3.12.1 python3 tools/gen-http-status.py"""
import http
import os
import re
import sys

assert sys.version_info[:2] == (3, 12), sys.version
HERE = os.path.dirname(os.path.abspath(__file__))
TARGET = os.path.join(HERE, '..', 'src', 'lib', 'http', '__init__.py')


def member_lines(enum_cls, fields):
    lines = []
    for member in enum_cls:
        values = ', '.join(repr(getattr(member, f)) for f in fields)
        line = f'    {member.name} = ({values})'
        if len(line) > 100:
            # one value per line when they do not fit
            inner = ',\n        '.join(repr(getattr(member, f)) for f in fields)
            line = f'    {member.name} = (\n        {inner})'
        lines.append(line)
    return '\n'.join(lines)


def fill(text, name, body):
    pattern = re.compile(rf'(    # BEGIN {name} members\n).*?(    # END {name} members\n)', re.S)
    assert pattern.search(text), f'no markers for {name}'
    return pattern.sub(lambda m: m.group(1) + body + '\n' + m.group(2), text)


def main():
    with open(TARGET, encoding='utf-8') as f:
        text = f.read()
    text = fill(text, 'HTTPStatus', member_lines(http.HTTPStatus, ('value', 'phrase', 'description')))
    text = fill(text, 'HTTPMethod', member_lines(http.HTTPMethod, ('value', 'description')))
    with open(TARGET, 'w', encoding='utf-8') as f:
        f.write(text)
    print(f'{TARGET}: {len(http.HTTPStatus)} statuses, {len(http.HTTPMethod)} methods')


if __name__ == '__main__':
    main()
