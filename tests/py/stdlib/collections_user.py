# collections.UserDict / UserList / UserString: subclassing hooks (a case-insensitive dict, a
# validated list, a tagged string).
from collections import UserDict, UserList, UserString


class CaseInsensitiveDict(UserDict):
    def __setitem__(self, key, value):
        super().__setitem__(key.lower(), value)

    def __getitem__(self, key):
        return super().__getitem__(key.lower())

    def __contains__(self, key):
        return key.lower() in self.data


headers = CaseInsensitiveDict({'Content-Type': 'text/html'}, Host='example.org')
headers['X-Trace'] = 'abc'
print(headers, headers['CONTENT-type'], 'host' in headers, len(headers), sorted(headers))
print(headers.get('x-trace'), headers.get('nope', 'default'), headers.pop('host'), headers)
copy = headers.copy()
copy['new'] = 1
print(type(copy).__name__, 'new' in headers, headers | {'a': 1})


class Missing(UserDict):
    def __missing__(self, key):
        return f'<{key}>'


print(Missing(a=1)['a'], Missing()['zzz'])


class Positive(UserList):
    def append(self, item):
        if item <= 0:
            raise ValueError(f'not positive: {item}')
        super().append(item)


nums = Positive([3, 1])
nums.append(2)
try:
    nums.append(-1)
except ValueError as e:
    print('ValueError:', e)
nums.sort()
print(nums, nums[1:], type(nums[1:]).__name__, nums + [9], [0] + nums, nums * 2, len(nums), nums.data)
nums.extend(Positive([7]))
print(nums.pop(), nums.index(3), nums.count(1), nums == [1, 2, 3], nums < [1, 2, 4])


class Tag(UserString):
    def wrap(self, tag):
        return self.__class__(f'<{tag}>{self.data}</{tag}>')


t = Tag('hello')
print(t.wrap('b'), t.upper(), t[1:4], t + '!', len(t), 'ell' in t, t.split('l'), t == 'hello')
print(t.replace('l', 'L'), t.center(11, '*'), t * 2, t.find('l'), t.startswith('he'), str(t.title()))
