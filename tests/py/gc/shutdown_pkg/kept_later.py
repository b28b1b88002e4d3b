# Imported after shutdown_pkg.kept: wiped before it (the modules still alive go newest first).
from shutdown_pkg.kept import Reporter

late = Reporter('kept_later.late', globals(), ('late',))
