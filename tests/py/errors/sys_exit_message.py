# immortal-test: exit=1
# sys.exit("message"): the message goes to stderr and the exit status is 1.
import sys
config = {"mode": "fast"}
if "path" not in config:
    sys.exit("error: no path configured")
