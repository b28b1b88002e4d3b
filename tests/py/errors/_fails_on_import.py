# Imported by uncaught_error_at_import.py; fails half way through its body.
LIMITS = {"low": 1, "high": 10}
print("module body running")
DEFAULT = LIMITS["medium"]
