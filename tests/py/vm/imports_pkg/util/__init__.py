print("imports_pkg.util running, __package__ =", __package__)
