# A lending library: an item hierarchy with overridden loan rules, members with limits, checkouts
# through a context manager that rolls back on error, fines computed on a simulated calendar.
class LibraryError(Exception):
    pass


class Item:
    loan_days = 21
    daily_fine = 0.25

    def __init__(self, code, title):
        self.code, self.title = code, title
        self.borrower = None
        self.due = None

    def kind(self):
        return type(self).__name__.lower()

    def __repr__(self):
        return f"{self.kind()} {self.code} '{self.title}'"


class Book(Item):
    pass


class DVD(Item):
    loan_days = 7
    daily_fine = 1.0


class ReferenceBook(Book):
    loan_days = 0

    def kind(self):
        return "reference"


class Member:
    def __init__(self, name, limit=3):
        self.name, self.limit = name, limit
        self.items = []
        self.fines = 0.0


class Checkout:
    def __init__(self, library, member):
        self.library, self.member = library, member
        self.taken = []

    def __enter__(self):
        return self

    def borrow(self, code):
        item = self.library.items[code]
        if item.loan_days == 0:
            raise LibraryError(f"{item} cannot be borrowed")
        if item.borrower is not None:
            raise LibraryError(f"{item} is already out")
        if len(self.member.items) >= self.member.limit:
            raise LibraryError(f"{self.member.name} reached the limit of {self.member.limit}")
        item.borrower, item.due = self.member, self.library.today + item.loan_days
        self.member.items.append(item)
        self.taken.append(item)

    def __exit__(self, exc_type, exc, tb):
        if exc_type is LibraryError:
            for item in self.taken:
                item.borrower = item.due = None
                self.member.items.remove(item)
            print(f"  rolled back {len(self.taken)} item(s): {exc}")
            return True
        print(f"  {self.member.name} borrowed {[i.code for i in self.taken]}")


class Library:
    def __init__(self):
        self.items = {}
        self.today = 0

    def add(self, item):
        self.items[item.code] = item

    def give_back(self, member, code):
        item = self.items[code]
        late = max(0, self.today - item.due)
        fine = late * item.daily_fine
        member.fines += fine
        member.items.remove(item)
        item.borrower = item.due = None
        print(f"  day {self.today}: {member.name} returned {item} {late} day(s) late, fine {fine:.2f}")


lib = Library()
for item in [Book("B1", "Dune"), Book("B2", "Emma"), DVD("D1", "Alien"), DVD("D2", "Heat"),
             ReferenceBook("R1", "Atlas")]:
    lib.add(item)
ann, bob = Member("ann"), Member("bob", limit=2)
print("day 0")
with Checkout(lib, ann) as c:
    c.borrow("B1")
    c.borrow("D1")
with Checkout(lib, bob) as c:
    c.borrow("B2")
    c.borrow("D1")
with Checkout(lib, bob) as c:
    c.borrow("B2")
    c.borrow("D2")
    c.borrow("R1")
with Checkout(lib, bob) as c:
    c.borrow("B2")
    c.borrow("D2")
lib.today = 10
lib.give_back(ann, "D1")
lib.today = 30
lib.give_back(ann, "B1")
lib.give_back(bob, "D2")
lib.give_back(bob, "B2")
for m in (ann, bob):
    print(f"{m.name}: fines {m.fines:.2f}, holding {m.items}")
print(sorted((i.kind(), i.loan_days, i.daily_fine) for i in lib.items.values()))
print([c.__name__ for c in ReferenceBook.__mro__])
