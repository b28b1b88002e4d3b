# NotImplemented and Ellipsis reduce to their names (so copy and pickle keep the singletons), and a
# builtin type's __module__ is one interned str (`int.__module__ is str.__module__`), which pickle's
# memo relies on to write 'builtins' once.
import copy

print(NotImplemented.__reduce__(), Ellipsis.__reduce__(), (...).__reduce_ex__(2), NotImplemented.__reduce_ex__(4))
print(copy.copy(NotImplemented) is NotImplemented, copy.deepcopy(...) is ..., copy.deepcopy([..., NotImplemented]))
print(int.__module__ is str.__module__, type(None).__module__ is list.__module__, int.__module__)
for call in (lambda: NotImplemented.__reduce__(1), lambda: Ellipsis.__reduce__(x=1)):
    try:
        call()
    except TypeError as e:
        print(e)
