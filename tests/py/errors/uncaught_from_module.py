# immortal-test: exit=1
# The traceback crosses into an imported module: its file name is printed relative to this folder,
# and the exception class defined there is shown with its module name.
import _errors_mod

print(_errors_mod.parse_port("8080"))
print(_errors_mod.parse_port("http"))
