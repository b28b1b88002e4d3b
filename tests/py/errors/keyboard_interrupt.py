# immortal-test: exit=130
# An uncaught KeyboardInterrupt prints its traceback; the process ends as if killed by SIGINT, which
# a shell reports as exit status 130 (128 + 2).
def long_task():
    for step in range(10):
        print("step", step)
        if step == 2:
            raise KeyboardInterrupt


try:
    long_task()
finally:
    print("cleanup ran")
