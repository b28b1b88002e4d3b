# The global statement: assignment, augmented assignment and deletion of module names from functions.
total = 0
log = []


def add(n):
    global total
    total += n
    log.append(n)


def reset():
    global total, log
    total = 0
    log = []


def create_new_global():
    global created
    created = "made in a function"


def delete_global():
    global created
    del created


def nested_global():
    def inner():
        global total
        total = total * 10
    inner()
    return total


for k in range(1, 5):
    add(k)
print(total, log)
print(nested_global())
reset()
print(total, log)
create_new_global()
print(created)
delete_global()
try:
    created
except NameError as e:
    print(e)


def counter_factory():
    global calls
    calls = 0

    def tick():
        global calls
        calls += 1
        return calls
    return tick


tick = counter_factory()
tick()
tick()
print("calls:", tick(), calls)
for i in range(3):
    global_loop_var = i * i
print(global_loop_var)
