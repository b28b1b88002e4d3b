# timeit: the command-line interface timeit.main() with a deterministic wrapped timer: the
# "N loops, best of R: T per loop" line, -n/-r/-s/-u/-v/-p options, automatic loop counts,
# unit selection, the unreliable-results warning, bad options and units, and a failing statement.
import sys
import timeit
import warnings


def steady(step):
    def wrap(real_timer):
        state = {"now": 0.0}

        def fake():
            state["now"] += step
            return state["now"]
        return fake
    return wrap


def accelerating(real_timer):
    # Each call advances further than the last: autorange tries 1, 2, 5, 10, ... loops until
    # one timing reaches 0.2 seconds.
    state = {"now": 0.0, "calls": 0}

    def fake():
        state["calls"] += 1
        state["now"] += state["calls"] * 0.01
        return state["now"]
    return fake


def uneven(real_timer):
    # Elapsed times alternate between 1 and 10 units.
    state = {"now": 0.0, "calls": 0}

    def fake():
        state["calls"] += 1
        state["now"] += 1.0 if state["calls"] % 4 < 2 else 10.0
        return state["now"]
    return fake


def run(args, wrap):
    print("$ python -m timeit", " ".join(args))
    status = timeit.main(args, _wrap_timer=wrap)
    print("status", status)


run(["-n", "100", "-r", "3", "x = 1"], steady(0.5))
run(["-n", "10", "-s", "import math", "math.sqrt(2)"], steady(0.0001))
run(["-n", "1000", "-u", "usec", "pass"], steady(0.002))
run(["-n", "1", "-u", "sec", "pass"], steady(3e-9))
run(["-n", "7", "-u", "nsec", "pass"], steady(7e-7))
run(["-v", "-n", "4", "-r", "2", "pass"], steady(0.25))
run(["-v", "-v", "-n", "4", "-r", "2", "pass"], steady(0.123456))
run(["pass"], accelerating)
run(["-v", "pass"], accelerating)
run(["-v", "-r", "2", "pass"], steady(0.3))
run(["--number=5", "--repeat=0", "--setup=a = 2", "--setup=b = 3", "a * b"], steady(1e-5))
run(["-p", "-n", "2", "pass"], steady(1e-3))
sys.stderr = sys.stdout
run(["-u", "weeks", "pass"], steady(1.0))
run(["-x"], steady(1.0))
run(["--nope"], steady(1.0))
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    run(["-n", "1", "-r", "4", "pass"], uneven)
for w in caught:
    print(w.category.__name__, w.message)
sys.stderr = sys.__stderr__
