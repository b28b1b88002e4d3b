# Imported by syntax_error_in_module.py: its last line is not valid Python.
VALUE = 1
def broken(:
    pass
