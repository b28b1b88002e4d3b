# immortal-test: heap=8M
# Running out of heap is an ordinary exception: catch MemoryError, drop the data, and carry on.
def fill():
    records = []
    try:
        while True:
            records.append({"id": len(records), "tags": ["a", "b"], "name": "record"})
    except MemoryError:
        records.clear()
        return "recovered"


for attempt in range(3):
    print(attempt, fill())
squares = [i * i for i in range(1000)]
print("heap usable again:", sum(squares))
