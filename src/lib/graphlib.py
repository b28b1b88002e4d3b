"""Topological sorting of a graph of hashable nodes.

Written for Immortal from the documented interface of CPython 3.12's graphlib.
"""

from types import GenericAlias

__all__ = ["TopologicalSorter", "CycleError"]

# Values of _Node.waiting once a node has left the "waiting for predecessors" state.
_HANDED_OUT = -1
_FINISHED = -2


class _Node:
    __slots__ = ("node", "waiting", "successors")

    def __init__(self, node):
        self.node = node
        # Number of predecessors not yet done, or _HANDED_OUT / _FINISHED.
        self.waiting = 0
        self.successors = []


class CycleError(ValueError):
    """Raised by TopologicalSorter.prepare() when the graph has a cycle.

    args[1] lists the nodes of one cycle, each a predecessor of the next, the first node
    repeated at the end.
    """
    pass


class TopologicalSorter:
    """Sorts a graph topologically, all at once (static_order) or step by step (get_ready/done)."""

    def __init__(self, graph=None):
        self._nodes = {}
        self._ready = None
        self._handed_out = 0
        self._finished = 0
        if graph is not None:
            for node, predecessors in graph.items():
                self.add(node, *predecessors)

    def _info(self, node):
        info = self._nodes.get(node)
        if info is None:
            info = self._nodes[node] = _Node(node)
        return info

    def add(self, node, *predecessors):
        """Add node, and an edge to it from each of predecessors (nodes are created as needed)."""
        if self._ready is not None:
            raise ValueError("Nodes cannot be added after a call to prepare()")
        info = self._info(node)
        info.waiting += len(predecessors)
        for pred in predecessors:
            self._info(pred).successors.append(node)

    def prepare(self):
        """Freeze the graph and check it for cycles (CycleError)."""
        if self._ready is not None:
            raise ValueError("cannot prepare() more than once")
        self._ready = [info.node for info in self._nodes.values() if info.waiting == 0]
        cycle = self._find_cycle()
        if cycle:
            raise CycleError("nodes are in a cycle", cycle)

    def get_ready(self):
        """A tuple of the nodes whose predecessors are all done, each handed out once."""
        if self._ready is None:
            raise ValueError("prepare() must be called first")
        batch = tuple(self._ready)
        for node in batch:
            self._nodes[node].waiting = _HANDED_OUT
        self._ready.clear()
        self._handed_out += len(batch)
        return batch

    def is_active(self):
        """Whether more nodes can be handed out, now or after done() calls."""
        if self._ready is None:
            raise ValueError("prepare() must be called first")
        return self._finished < self._handed_out or bool(self._ready)

    def __bool__(self):
        return self.is_active()

    def done(self, *nodes):
        """Mark nodes (handed out by get_ready()) as processed, releasing their successors."""
        if self._ready is None:
            raise ValueError("prepare() must be called first")
        table = self._nodes
        for node in nodes:
            info = table.get(node)
            if info is None:
                raise ValueError(f"node {node!r} was not added using add()")
            if info.waiting != _HANDED_OUT:
                if info.waiting >= 0:
                    raise ValueError(f"node {node!r} was not passed out (still not ready)")
                raise ValueError(f"node {node!r} was already marked done")
            info.waiting = _FINISHED
            for succ in info.successors:
                succ_info = table[succ]
                succ_info.waiting -= 1
                if succ_info.waiting == 0:
                    self._ready.append(succ)
            self._finished += 1

    def _find_cycle(self):
        # Depth-first walk along successor edges, roots in insertion order; the first edge back
        # to a node on the current path closes the cycle that is reported.
        table = self._nodes
        visited = set()
        for root in table:
            if root in visited:
                continue
            visited.add(root)
            path = [root]
            on_path = {root: 0}
            pending = [iter(table[root].successors)]
            while pending:
                for succ in pending[-1]:
                    if succ in on_path:
                        return path[on_path[succ]:] + [succ]
                    if succ not in visited:
                        visited.add(succ)
                        on_path[succ] = len(path)
                        path.append(succ)
                        pending.append(iter(table[succ].successors))
                        break
                else:
                    pending.pop()
                    del on_path[path.pop()]
        return None

    def static_order(self):
        """Iterate over all the nodes in a topological order (calls prepare())."""
        self.prepare()
        while self.is_active():
            batch = self.get_ready()
            yield from batch
            self.done(*batch)

    __class_getitem__ = classmethod(GenericAlias)
