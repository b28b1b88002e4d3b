# Method loads that compiled code caches, on instances with many attributes (the type's filter of
# instance-dict keys sees many names), then shadowed by an instance attribute of the method's name:
# the instance value must win from then on, in every position of the loop.
class Task:
    def __init__(self, i):
        for k in range(40):
            setattr(self, f"a{k}", k * i)
        self.i = i

    def run(self):
        return self.i

    def step(self):
        return -self.i


def total(tasks):
    s = 0
    for t in tasks:
        s += t.run() + t.step()
    return s


tasks = [Task(i) for i in range(50)]
for _ in range(30):
    total(tasks)
print(total(tasks))
tasks[17].run = lambda: 1000
print(total(tasks))
tasks[3].__dict__['step'] = lambda: 5000
print(total(tasks))
del tasks[17].run
print(total(tasks))
for t in tasks:
    t.run = t.step
print(total(tasks))
