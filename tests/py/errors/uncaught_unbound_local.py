# immortal-test: exit=1
# UnboundLocalError: a name assigned later in the function is local everywhere in it.
hits = 0


def record():
    hits += 1
    return hits


record()
