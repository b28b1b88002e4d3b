# immortal-test: exit=1
# Tracebacks for an error inside a call spread over several lines, and for a binary operation on
# a subscript result (caret markers under the failing sub-expression).
def total_price(items):
    return sum(
        item["price"] * item["qty"]
        for item in items
    )


catalog = [{"price": 2.5, "qty": 4}, {"price": "3", "qty": 2}]
print(total_price(catalog[:1]))
print(total_price(catalog))
