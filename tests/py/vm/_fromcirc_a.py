# Support module of import_from_errors: imports _fromcirc_b while its own body is still running.
import _fromcirc_b
X = 1
