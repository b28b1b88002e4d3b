# An inventory and order system: products, stock movements, orders with discounts and tax, a report
# table with aligned columns, and validation errors.
class OutOfStock(Exception):
    pass


class Product:
    def __init__(self, sku, name, price, stock=0):
        self.sku, self.name, self.price, self.stock = sku, name, price, stock

    def __repr__(self):
        return f"Product({self.sku!r}, {self.name!r})"


class Inventory:
    def __init__(self):
        self.products = {}
        self.movements = []

    def add(self, product):
        if product.sku in self.products:
            raise ValueError(f"duplicate sku {product.sku}")
        self.products[product.sku] = product

    def restock(self, sku, qty):
        self.products[sku].stock += qty
        self.movements.append((sku, +qty))

    def take(self, sku, qty):
        p = self.products[sku]
        if p.stock < qty:
            raise OutOfStock(f"{p.name}: wanted {qty}, have {p.stock}")
        p.stock -= qty
        self.movements.append((sku, -qty))


class Order:
    TAX = 0.2

    def __init__(self, number, customer):
        self.number, self.customer = number, customer
        self.lines = []

    def add_line(self, product, qty, discount=0.0):
        self.lines.append((product, qty, discount))

    def subtotal(self):
        return sum(p.price * q * (1 - d) for p, q, d in self.lines)

    def total(self):
        return round(self.subtotal() * (1 + self.TAX), 2)


inv = Inventory()
for sku, name, price, stock in [("A100", "Widget", 2.50, 100), ("B200", "Gadget", 12.99, 5),
                                ("C300", "Gizmo deluxe", 149.0, 1), ("D400", "Doohickey", 0.35, 1000)]:
    inv.add(Product(sku, name, price, stock))
try:
    inv.add(Product("A100", "Copy", 1))
except ValueError as e:
    print("ValueError:", e)
orders = []
specs = [("ann", [("A100", 10, 0.0), ("D400", 200, 0.1)]),
         ("bob", [("B200", 3, 0.0), ("C300", 1, 0.05)]),
         ("cid", [("B200", 3, 0.0)]),
         ("dee", [("C300", 1, 0.0), ("A100", 1, 0.0)])]
for number, (customer, lines) in enumerate(specs, 1):
    order = Order(number, customer)
    taken = []
    try:
        for sku, qty, disc in lines:
            inv.take(sku, qty)
            taken.append((sku, qty))
            order.add_line(inv.products[sku], qty, disc)
    except OutOfStock as e:
        for sku, qty in taken:
            inv.restock(sku, qty)
        print(f"order {number} for {customer} rejected: {e}")
        continue
    orders.append(order)
    print(f"order {number} for {customer}: {len(order.lines)} lines, total {order.total():,.2f}")
inv.restock("B200", 10)
print()
print(f"{'SKU':<6}{'Name':<14}{'Price':>9}{'Stock':>7}{'Value':>11}")
print("-" * 47)
value_total = 0
for p in sorted(inv.products.values(), key=lambda p: p.sku):
    value = p.price * p.stock
    value_total += value
    print(f"{p.sku:<6}{p.name:<14}{p.price:>9.2f}{p.stock:>7}{value:>11,.2f}")
print("-" * 47)
print(f"{'total':<36}{value_total:>11,.2f}")
print("revenue:", f"{sum(o.total() for o in orders):,.2f}", "movements:", len(inv.movements))
net = {}
for sku, qty in inv.movements:
    net[sku] = net.get(sku, 0) + qty
print(net)
