# immortal-test: args=alpha 42 --flag
# sys.argv holds the script's arguments (sys.argv[0] is the script path, not printed here).
import sys
args = sys.argv[1:]
print(len(args), args)
flags = [a for a in args if a.startswith("--")]
numbers = [int(a) for a in args if a.isdigit()]
print("flags:", flags, "numbers:", numbers)
print(sys.argv[0].endswith("sys_argv.py"))
