# immortal-test: exit=1
# KeyError shows the repr of its key; a traceback from module level only.
inventory = {"apples": 3, "pears": 0}
for fruit in ["apples", "pears", "plums"]:
    print(fruit, inventory[fruit])
