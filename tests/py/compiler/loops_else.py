# for/while with else, break and continue, nested loops.
for n in range(2, 20):
    for d in range(2, n):
        if n % d == 0:
            break
    else:
        print(n, "is prime")
count = 0
while count < 3:
    count += 1
else:
    print("while finished normally at", count)
while True:
    count -= 1
    if count == 1:
        break
else:
    print("never printed")
print("after break, count =", count)
for i in range(10):
    if i % 2:
        continue
    if i > 6:
        break
    print("even", i)
for x in []:
    print("never")
else:
    print("empty loop else")
outer_done = False
for i in range(3):
    for j in range(3):
        if i * j == 2:
            outer_done = True
            break
        print(i, j)
    if outer_done:
        break
total = 0
n = 0
while n < 100:
    n += 1
    if n % 7:
        continue
    total += n
print("sum of multiples of 7 up to 100:", total)


def find(items, target):
    for i, item in enumerate(items):
        if item == target:
            return i
    else:
        return -1


print(find("abcdef", "d"), find("abc", "z"))
