# Packages: __init__ runs first, submodules, relative imports (. and ..), attributes set on the parent.
import sys
import imports_pkg
print("VERSION", imports_pkg.VERSION)
print(imports_pkg.Square(3), imports_pkg.area_total([imports_pkg.Square(2), imports_pkg.Square(3)]))
from imports_pkg.util.text import slugify, describe
print(slugify("Hello, World! This is   Python"))
print(describe(2), describe(11), describe(23))
import imports_pkg.util.numbers as nums
print(nums.ordinal(102), nums is sys.modules["imports_pkg.util.numbers"])
print(imports_pkg.util.text.slugify("Via Attribute"))
print(sorted(k for k in sys.modules if k.startswith("imports_pkg")))
print(imports_pkg.__name__, imports_pkg.util.__name__, imports_pkg.util.text.__package__)
from imports_pkg import shapes
print(shapes.Square is imports_pkg.Square)
from imports_pkg import *
print(Square(5).area(), area_total([]))
try:
    import imports_pkg.broken
except ValueError as e:
    print("ValueError during import:", e)
print("imports_pkg.broken" in sys.modules)
try:
    import imports_pkg.broken
except ValueError as e:
    print("second attempt re-executes:", e)
