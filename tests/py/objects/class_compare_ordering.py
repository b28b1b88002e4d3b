# Rich comparisons for sorting: __lt__ alone is enough for sorted(), min() and max().
class Version:
    def __init__(self, text):
        self.parts = tuple(int(p) for p in text.split("."))
        self.text = text

    def __lt__(self, other):
        return self.parts < other.parts

    def __eq__(self, other):
        return self.parts == other.parts

    def __repr__(self):
        return self.text


versions = [Version(v) for v in ["1.10.0", "1.2.3", "1.2.10", "0.9", "1.2", "2.0.0"]]
print(sorted(versions))
print(sorted(versions, reverse=True))
print(min(versions), max(versions))
print(Version("1.0") == Version("1.0"), Version("1.0") != Version("1.1"), Version("2.0") > Version("1.9"))


class Employee:
    def __init__(self, name, dept, salary):
        self.name, self.dept, self.salary = name, dept, salary

    def __repr__(self):
        return self.name


staff = [Employee("ann", "eng", 120), Employee("bob", "ops", 90), Employee("cid", "eng", 95),
         Employee("dee", "ops", 90), Employee("eve", "eng", 120)]
print(sorted(staff, key=lambda e: (e.dept, -e.salary, e.name)))
by_salary = sorted(staff, key=lambda e: e.salary)
print(by_salary, "(stable for ties)")
staff.sort(key=lambda e: e.name, reverse=True)
print(staff)
print(sorted([(2, "b"), (1, "z"), (2, "a"), (1, "a")]))
print(sorted(["banana", "Apple", "cherry", "apple"]), sorted(["banana", "Apple", "cherry"], key=str.lower))
