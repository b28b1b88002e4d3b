# Patterns that backtrack a lot still finish, and long subjects are handled without deep recursion.
import re

print(re.match(r'(a*)*b', 'a' * 18 + 'b').span(), re.match(r'(a*)*b', 'a' * 14))
print(re.match(r'(a|aa)+$', 'a' * 22).span())
print(re.match(r'(x+x+)+y', 'x' * 12))
print(re.search(r'(\w+\s?)+$', 'word word!'))
s = 'ab' * 3000
print(re.fullmatch(r'(?:ab)+', s) is not None, re.fullmatch(r'(ab|cd)*', s).span())
print(re.match(r'(a|b)*', s).span(), re.match(r'(a|b)*?$', s).lastindex)
print(len(re.findall(r'a', s)), re.search(r'(?<=b)a(?=b$)', s + 'ab').span())
print(re.match(r'.*x', 'a' * 5000 + 'x').end(), re.match(r'.*?x', 'a' * 5000 + 'x').end())
print(re.match(r'(?:a+)+', 'a' * 3000).end())
nested = '(' * 300 + ')' * 300
print(re.fullmatch(r'[()]*', nested) is not None, len(re.findall(r'\(\)', nested)))
text = ('lorem ipsum dolor sit amet ' * 400).strip()
print(len(re.findall(r'\b\w+\b', text)), len(re.split(r'\s+', text)), len(re.sub(r'o', '0', text)))
