# graphlib: TopologicalSorter.static_order on build-dependency graphs, the incremental
# prepare/get_ready/done/is_active protocol (a simulated parallel build), add() after
# construction, CycleError with the reported cycle, and every ValueError message.
from graphlib import TopologicalSorter, CycleError

deps = {
    "app": ["lib", "config"],
    "lib": ["core", "utils"],
    "utils": ["core"],
    "tests": ["app", "fixtures"],
    "docs": [],
}
print(list(TopologicalSorter(deps).static_order()))

ts = TopologicalSorter()
ts.add("link", "compile_a", "compile_b")
ts.add("compile_a", "generate")
ts.add("compile_b", "generate")
ts.add("package", "link", "docs")
ts.prepare()
step = 0
while ts.is_active():
    ready = ts.get_ready()
    step += 1
    print("step", step, "ready", ready, bool(ts))
    for node in sorted(ready, reverse=True):
        ts.done(node)
print("finished", bool(ts), ts.get_ready())

print(list(TopologicalSorter({1: [2, 3], 2: [3], 3: [], 4: [1, 1]}).static_order()))
print(list(TopologicalSorter({}).static_order()))
print(list(TopologicalSorter({"a": "bc", "b": "c"}).static_order()))

for graph in ({"a": ["b"], "b": ["c"], "c": ["a"]}, {1: [1]},
              {"x": ["y"], "y": ["z"], "z": ["w", "y"]}, {"p": ["q", "r"], "r": ["p"]}):
    try:
        list(TopologicalSorter(graph).static_order())
    except CycleError as exc:
        print("CycleError", exc.args, isinstance(exc, ValueError))


def expect(label, fn):
    try:
        fn()
    except ValueError as exc:
        print(label, "ValueError:", exc)


fresh = TopologicalSorter({"b": ["a"]})
expect("get_ready", fresh.get_ready)
expect("is_active", fresh.is_active)
expect("done", lambda: fresh.done("a"))
fresh.prepare()
expect("prepare twice", fresh.prepare)
expect("add", lambda: fresh.add("c"))
expect("unknown", lambda: fresh.done("zzz"))
expect("not ready", lambda: fresh.done("b"))
print(fresh.get_ready())
fresh.done("a")
expect("twice", lambda: fresh.done("a"))
print(fresh.get_ready(), fresh.is_active())
try:
    TopologicalSorter().add([1], 2)
except TypeError as exc:
    print("TypeError:", exc)
print(TopologicalSorter[str])
