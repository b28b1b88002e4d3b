# email.mime (CPython's email.mime package): the MIME* classes that build messages part by part.
# The package itself defines nothing, so email.mime.__doc__ stays None as in CPython.
