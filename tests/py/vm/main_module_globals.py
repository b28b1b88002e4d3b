# The __main__ module's namespace as CPython's add_main_module and _PyRun_SimpleFileObject make it:
# __name__, __doc__, __package__, __loader__, __spec__, then an empty __annotations__ and __builtins__,
# then __file__ and __cached__; module-level annotations go into that __annotations__ dict.
print(list(globals()))
print(__annotations__, type(__annotations__).__name__, __name__, __doc__, __package__, __spec__, __cached__)
first = __annotations__
x: int = 1
y: 'str'
print(__annotations__, __annotations__ is first, 'y' in globals())
