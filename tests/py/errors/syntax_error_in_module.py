# immortal-test: exit=1
# Importing a module that has a syntax error: the import line, then the SyntaxError in that file.
print("importing a broken module")
import _broken_syntax
