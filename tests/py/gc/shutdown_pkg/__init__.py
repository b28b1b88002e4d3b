# Helper package for the tests/py/gc/shutdown_*.py programs (interpreter shutdown order).
