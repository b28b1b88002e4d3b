# typing.Pattern and typing.Match: listed by dir(typing), subscriptable aliases of re's types.
import re
import typing

print('Pattern' in dir(typing), 'Match' in dir(typing), 'Pattern' in typing.__all__)
print(typing.Pattern, typing.Match, typing.Pattern[str], typing.Match[bytes])
print(typing.get_origin(typing.Pattern[str]) is re.Pattern, typing.get_args(typing.Match[str]))
print(isinstance(re.compile('a'), typing.get_origin(typing.Pattern[str])))
