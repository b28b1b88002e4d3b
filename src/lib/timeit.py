"""Measure the execution time of small code snippets.

Written for Immortal from the documented interface of CPython 3.12's timeit module.

Command line: python -m timeit [-n N] [-r N] [-u U] [-s S] [-p] [-v] [-h] [--] [statement ...]
  -n/--number N   how many times to execute 'statement' (default: chosen automatically so that
                  the total time is at least 0.2 seconds)
  -r/--repeat N   how many times to repeat the timer (default 5)
  -s/--setup S    statement to be executed once initially (default 'pass'); may be repeated
  -p/--process    measure process time (time.process_time) instead of wall-clock time
  -u/--unit U     unit of the output: nsec, usec, msec or sec
  -v/--verbose    print the raw timing results; repeat for more digits of precision
  -h/--help       print this text and exit
Several statement arguments make a statement of several lines; so do several -s options.
The garbage collector is disabled while the statement runs.
"""

import time
import sys
import itertools
import gc

__all__ = ["Timer", "timeit", "repeat", "default_timer"]

default_timer, default_number, default_repeat = time.perf_counter, 1000000, 5
dummy_src_name = "<timeit-src>"     # file name of the generated code
_globals = globals

# The timed function; {stmt} and {setup} are indented to fit, {init} binds callables.
template = "\n".join([
    "", "def inner(_it, _timer{init}):", "    {setup}", "    _t0 = _timer()",
    "    for _i in _it:", "        {stmt}", "        pass", "    _t1 = _timer()",
    "    return _t1 - _t0", ""])


def reindent(src, indent):
    """Indent the lines after the first of src by indent blanks."""
    return src.replace("\n", "\n" + " " * indent)


def _embed(code, name, indent, local_ns):
    # (text for the template, extra parameter of inner) for code given as text or callable.
    if isinstance(code, str):
        return reindent(code, indent), ''
    if callable(code):
        local_ns['_' + name] = code
        return '_%s()' % name, ', _%s=_%s' % (name, name)
    raise ValueError("%s is neither a string nor callable" % name)


class Timer:
    """Time the execution of stmt (after setup), as a string of code or a callable.

    Code given as strings runs in the timeit module's namespace unless globals is given.
    """

    def __init__(self, stmt="pass", setup="pass", timer=default_timer, globals=None):
        self.timer = timer
        local_ns = {}
        prefix = ''
        # Check each piece of code on its own first, so that errors point at the right text.
        if isinstance(setup, str):
            compile(setup, dummy_src_name, "exec")
            prefix = setup + '\n'
        setup_src, setup_init = _embed(setup, 'setup', 4, local_ns)
        if isinstance(stmt, str):
            compile(prefix + stmt, dummy_src_name, "exec")
        stmt_src, stmt_init = _embed(stmt, 'stmt', 8, local_ns)
        self.src = template.format(stmt=stmt_src, setup=setup_src, init=setup_init + stmt_init)
        code = compile(self.src, dummy_src_name, "exec")
        exec(code, _globals() if globals is None else globals, local_ns)
        self.inner = local_ns["inner"]

    def print_exc(self, file=None):
        """Print the current exception's traceback, with the lines of the generated code."""
        import linecache
        import traceback
        if self.src is not None:
            linecache.cache[dummy_src_name] = (len(self.src), None, self.src.split("\n"),
                                               dummy_src_name)
        traceback.print_exc(file=file)

    def timeit(self, number=default_number):
        """Seconds taken by number executions of the statement (setup runs once)."""
        loops = itertools.repeat(None, number)
        was_enabled = gc.isenabled()
        gc.disable()
        try:
            return self.inner(loops, self.timer)
        finally:
            if was_enabled:
                gc.enable()

    def repeat(self, repeat=default_repeat, number=default_number):
        """A list of repeat results of timeit(number)."""
        return [self.timeit(number) for _ in range(repeat)]

    def autorange(self, callback=None):
        """Find a loop count (1, 2, 5, 10, 20, 50, ...) taking at least 0.2 seconds.

        Returns (number, time taken); callback(number, time taken) sees each attempt.
        """
        scale = 1
        while True:
            for factor in (1, 2, 5):
                number = scale * factor
                taken = self.timeit(number)
                if callback:
                    callback(number, taken)
                if taken >= 0.2:
                    return (number, taken)
            scale *= 10


def timeit(stmt="pass", setup="pass", timer=default_timer, number=default_number,
           globals=None):
    """Timer(stmt, setup, timer, globals).timeit(number)."""
    return Timer(stmt, setup, timer, globals).timeit(number)


def repeat(stmt="pass", setup="pass", timer=default_timer, repeat=default_repeat,
           number=default_number, globals=None):
    """Timer(stmt, setup, timer, globals).repeat(repeat, number)."""
    return Timer(stmt, setup, timer, globals).repeat(repeat, number)


_UNITS = {"nsec": 1e-9, "usec": 1e-6, "msec": 1e-3, "sec": 1.0}


def main(args=None, *, _wrap_timer=None):
    """The command line (see the module's docstring). Returns an exit status or None.

    _wrap_timer, when given, is applied to the timer (for tests).
    """
    import getopt
    if args is None:
        args = sys.argv[1:]
    try:
        opts, args = getopt.getopt(args, "n:u:s:r:tcpvh",
                                   ["number=", "setup=", "repeat=", "time", "clock",
                                    "process", "verbose", "unit=", "help"])
    except getopt.error as err:
        print("%s\nuse -h/--help for command line help" % (err,))
        return 2
    stmt = "\n".join(args) or "pass"
    timer = default_timer
    number = 0          # 0: found by autorange()
    setups = []
    repeats = default_repeat
    verbose = 0
    unit = None
    precision = 3
    for opt, value in opts:
        if opt in ("-n", "--number"):
            number = int(value)
        if opt in ("-s", "--setup"):
            setups.append(value)
        if opt in ("-u", "--unit"):
            if value not in _UNITS:
                print("Unrecognized unit. Please select nsec, usec, msec, or sec.",
                      file=sys.stderr)
                return 2
            unit = value
        if opt in ("-r", "--repeat"):
            repeats = max(int(value), 1)
        if opt in ("-p", "--process"):
            timer = time.process_time
        if opt in ("-v", "--verbose"):
            if verbose:
                precision += 1
            verbose += 1
        if opt in ("-h", "--help"):
            print(__doc__, end=' ')
            return 0
    setup = "\n".join(setups) or "pass"

    # Let the statement import modules of the current directory.
    sys.path.insert(0, __import__('os').curdir)
    if _wrap_timer is not None:
        timer = _wrap_timer(timer)

    t = Timer(stmt, setup, timer)
    if number == 0:
        report = None
        if verbose:
            def report(count, taken):
                print("{} loop{} -> {:.{}g} secs".format(count, 's' if count != 1 else '',
                                                           taken, precision))
        try:
            number, _ = t.autorange(report)
        except:
            t.print_exc()
            return 1
        if verbose:
            print()
    try:
        raw = t.repeat(repeats, number)
    except:
        t.print_exc()
        return 1

    def show(seconds):
        if unit is not None:
            name, scale = unit, _UNITS[unit]
        else:
            # The largest unit not above the value (nsec when it is below them all).
            for name, scale in sorted(_UNITS.items(), key=lambda item: -item[1]):
                if seconds >= scale:
                    break
        return "%.*g %s" % (precision, seconds / scale, name)

    if verbose:
        print("raw times: %s" % ", ".join([show(x) for x in raw]))
        print()
    per_loop = [x / number for x in raw]
    best = min(per_loop)
    worst = max(per_loop)
    print("%d loop%s, best of %d: %s per loop"
          % (number, 's' if number != 1 else '', repeats, show(best)))
    if worst >= best * 4:
        import warnings
        warnings.warn_explicit("The test results are likely unreliable. The worst time (%s) "
                               "was more than four times slower than the best time (%s)."
                               % (show(worst), show(best)), UserWarning, '', 0)
    return None


if __name__ == "__main__":
    sys.exit(main())
