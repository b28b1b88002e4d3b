# contextvars: ContextVar get/set/reset with defaults, Token attributes and reuse errors, Context as
# a read-only mapping, copy_context isolation, Context.run (nested entry refused), and the TypeErrors
# for bad keys and arguments. Reprs are shown without their addresses.
import contextvars
from contextvars import Context, ContextVar, Token, copy_context


def short(obj):
    text = repr(obj)
    while ' at 0x' in text:
        start = text.index(' at 0x')
        end = text.index('>', start)
        text = text[:start] + text[end:]
    return text


user = ContextVar('user')
level = ContextVar('level', default=1)
print(short(user), short(level), user.name, level.name)

try:
    user.get()
except LookupError as exc:
    print('LookupError', exc.args[0] is user)
print(user.get('nobody'), level.get(), level.get(5))

token = user.set('alice')
print(short(token), token.var is user, token.old_value is Token.MISSING, Token.MISSING)
print(user.get())
second = user.set('bob')
print(second.old_value, user.get())
user.reset(second)
print(user.get(), short(second))
user.reset(token)
print(user.get('unset again'))

for bad in (lambda: user.reset(token), lambda: level.reset(user.set('x')),
            lambda: user.reset('token'), lambda: Token(), lambda: ContextVar(42),
            lambda: user.get(1, 2), lambda: user.set()):
    try:
        bad()
    except (RuntimeError, ValueError, TypeError) as exc:
        print(type(exc).__name__, short(str(exc)))

try:
    class Sub(ContextVar):
        pass
except TypeError as exc:
    print('TypeError', exc)
try:
    user.name = 'other'
except AttributeError as exc:
    print('AttributeError', exc)

# Context objects: snapshots of the variables, read as mappings.
ctx = copy_context()
print(user in ctx, ctx[user], ctx.get(level), ctx.get(level, 'dflt'), len(ctx) >= 1)
print(sorted(var.name for var in ctx if var in (user, level)))


def work(name, amount):
    user.set(name)
    level.set(level.get() + amount)
    return user.get(), level.get()


print(ctx.run(work, 'carol', 10))
print(ctx[user], ctx[level], user.get(), level.get())
print(ctx.run(work, 'dave', 1), ctx[level])

empty = Context()
print(len(empty), list(empty), empty.get(user), user in empty)
try:
    empty[user]
except KeyError as exc:
    print('KeyError', exc.args[0] is user)
for bad in (lambda: empty['user'], lambda: 'user' in empty, lambda: empty.get(3),
            lambda: Context(1), lambda: hash(empty)):
    try:
        bad()
    except TypeError as exc:
        print('TypeError', str(exc).replace('_contextvars.', ''))

copy = ctx.copy()
print(copy == ctx, copy is ctx, empty == Context(), empty == ctx)
print(sorted(v for k, v in copy.items() if k is user), list(copy.values()).count('dave'))


def reenter():
    try:
        ctx.run(reenter)
    except RuntimeError as exc:
        return short(str(exc)).replace('_contextvars.', '')


print(ctx.run(reenter))
print(ContextVar[int], Token[str], contextvars.Context is Context)
