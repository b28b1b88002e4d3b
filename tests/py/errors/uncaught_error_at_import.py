# immortal-test: exit=1
# An exception raised while a module is being imported: the import line, then the module's frame.
print("before import")
import _fails_on_import
print("never printed")
