# An event bus (observer pattern): subscribers register callbacks (functions, bound methods, lambdas)
# per topic with priorities; events propagate until a handler stops them; one-shot subscriptions.
class Event:
    def __init__(self, topic, **data):
        self.topic = topic
        self.data = data
        self.stopped = False
        self.handled_by = []

    def stop(self):
        self.stopped = True


class Bus:
    def __init__(self):
        self.handlers = {}
        self.order = 0

    def subscribe(self, topic, handler, priority=0, once=False):
        self.order += 1
        self.handlers.setdefault(topic, []).append((-priority, self.order, handler, once))
        self.handlers[topic].sort(key=lambda h: (h[0], h[1]))

    def publish(self, topic, **data):
        event = Event(topic, **data)
        keep = []
        for entry in self.handlers.get(topic, []) + self.handlers.get("*", []):
            _, _, handler, once = entry
            if event.stopped:
                keep.append(entry)
                continue
            handler(event)
            event.handled_by.append(getattr(handler, "__name__", "?"))
            if not once:
                keep.append(entry)
        self.handlers[topic] = [e for e in keep if e in self.handlers.get(topic, [])]
        if "*" in self.handlers:
            self.handlers["*"] = [e for e in keep if e in self.handlers["*"]]
        return event


class AuditLog:
    def __init__(self):
        self.lines = []

    def record(self, event):
        self.lines.append(f"{event.topic}: {sorted(event.data.items())}")


class Inventory:
    def __init__(self):
        self.stock = {"apple": 3, "pear": 0}

    def on_order(self, event):
        item = event.data["item"]
        if self.stock.get(item, 0) == 0:
            print(f"  inventory: {item} unavailable, stopping")
            event.stop()
            return
        self.stock[item] -= 1
        print(f"  inventory: reserved {item}, {self.stock[item]} left")


def notify(event):
    print(f"  notify: order for {event.data['item']} by {event.data['user']}")


def validate(event):
    if event.data.get("user") is None:
        print("  validate: anonymous order rejected")
        event.stop()


bus = Bus()
audit = AuditLog()
inventory = Inventory()
bus.subscribe("order", notify)
bus.subscribe("order", inventory.on_order, priority=5)
bus.subscribe("order", validate, priority=10)
bus.subscribe("*", audit.record)
bus.subscribe("order", lambda e: print("  welcome bonus for first order!"), once=True)
for user, item in [("ann", "apple"), (None, "apple"), ("bob", "pear"), ("cid", "apple")]:
    print(f"order {item} for {user}")
    e = bus.publish("order", user=user, item=item)
    print("  handled by:", e.handled_by, "stopped:", e.stopped)
bus.publish("shutdown", reason="done")
print(len(audit.lines), audit.lines[-1])
print(inventory.stock)
