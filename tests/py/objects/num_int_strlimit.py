# The int <-> str conversion limit (PEP 651-era CVE fix): sys.set_int_max_str_digits and its errors.
import sys

print(sys.get_int_max_str_digits(), sys.int_info.default_max_str_digits, sys.int_info.str_digits_check_threshold)
big = 10 ** 4299
print(len(str(big)))
try:
    str(10 ** 5000 - 1)
except ValueError as e:
    print("str:", e)
try:
    int("7" * 5000)
except ValueError as e:
    print("int:", e)
try:
    repr(-(10 ** 4400))
except ValueError as e:
    print("repr:", e)
print(len(str(int("1" * 4300))))
print(hex(10 ** 5000)[:10], len(bin(2 ** 20000)))      # power-of-two bases are not limited
print(int("f" * 5000, 16) % 1000)
sys.set_int_max_str_digits(6000)
print(sys.get_int_max_str_digits(), len(str(10 ** 5000)))
try:
    f"{10 ** 7000}"
except ValueError as e:
    print("fstr:", e)
sys.set_int_max_str_digits(0)
print(sys.get_int_max_str_digits(), len(str(10 ** 7000)))
for bad in [100, -1, 640]:
    try:
        sys.set_int_max_str_digits(bad)
        print("set", bad, sys.get_int_max_str_digits())
    except ValueError as e:
        print("set", bad, e)
try:
    int("1" * 700)
except ValueError as e:
    print("int:", e)
sys.set_int_max_str_digits(maxdigits=4300)
print(sys.get_int_max_str_digits())
