# A vending machine state machine driven by a script of events, using match statements on event
# tuples, with change-making by a greedy algorithm over coin denominations.
COINS = [200, 100, 50, 20, 10, 5]
PRODUCTS = {"A1": ("Water", 90), "A2": ("Cola", 150), "B1": ("Chips", 125), "B2": ("Candy", 65)}


def make_change(amount):
    change = []
    for coin in COINS:
        while amount >= coin:
            change.append(coin)
            amount -= coin
    return change, amount


class Machine:
    def __init__(self, stock):
        self.state = "idle"
        self.credit = 0
        self.stock = dict(stock)
        self.sales = []

    def handle(self, event):
        match (self.state, event):
            case (_, ("coin", value)) if value not in COINS:
                return f"rejected coin {value}"
            case ("idle" | "collecting", ("coin", value)):
                self.credit += value
                self.state = "collecting"
                return f"credit {self.credit}"
            case ("collecting", ("select", code)) if code not in PRODUCTS:
                return f"unknown product {code}"
            case ("collecting", ("select", code)):
                name, price = PRODUCTS[code]
                if self.stock.get(code, 0) == 0:
                    return f"{name} sold out"
                if self.credit < price:
                    return f"{name} costs {price}, insert {price - self.credit} more"
                self.stock[code] -= 1
                change, rest = make_change(self.credit - price)
                self.sales.append((code, price))
                self.credit = 0
                self.state = "idle"
                return f"vend {name}, change {change}" + (f" (owed {rest})" if rest else "")
            case ("collecting", ("cancel",)):
                change, _ = make_change(self.credit)
                self.credit = 0
                self.state = "idle"
                return f"refund {change}"
            case ("idle", ("select", code)):
                return "insert coins first"
            case (state, ("service", "restock", code, qty)):
                self.stock[code] = self.stock.get(code, 0) + qty
                return f"restocked {code} to {self.stock[code]} (state {state})"
            case (_, (kind, *_)):
                return f"ignored {kind} in state {self.state}"


machine = Machine({"A1": 2, "A2": 1, "B1": 0, "B2": 5})
events = [("select", "A1"), ("coin", 100), ("select", "A1"), ("coin", 3), ("coin", 50), ("coin", 50),
          ("select", "A2"), ("coin", 100), ("select", "B1"), ("select", "Z9"), ("cancel",),
          ("coin", 200), ("select", "B2"), ("service", "restock", "B1", 3), ("coin", 20), ("coin", 5),
          ("coin", 100), ("select", "B1"), ("dance",), ("coin", 50), ("coin", 50), ("select", "A2")]
for e in events:
    print(f"{str(e):<36} -> {machine.handle(e)}")
print("stock:", machine.stock)
print("sales:", machine.sales, "revenue:", sum(p for _, p in machine.sales))
