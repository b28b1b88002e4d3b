print("imports_pkg.broken starts")
value = 1
raise ValueError("imports_pkg.broken failed while importing")
