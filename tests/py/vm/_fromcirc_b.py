# Support module of import_from_errors: takes a name from _fromcirc_a before _fromcirc_a has set it.
from _fromcirc_a import X
