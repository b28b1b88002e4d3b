# Dynamic programming: 0/1 knapsack with item reconstruction, longest common subsequence, edit
# distance with an alignment, coin change counting, and longest increasing subsequence.
def knapsack(items, capacity):
    n = len(items)
    best = [[0] * (capacity + 1) for _ in range(n + 1)]
    for i, (name, weight, value) in enumerate(items, 1):
        for c in range(capacity + 1):
            best[i][c] = best[i - 1][c]
            if weight <= c and best[i - 1][c - weight] + value > best[i][c]:
                best[i][c] = best[i - 1][c - weight] + value
    chosen = []
    c = capacity
    for i in range(n, 0, -1):
        if best[i][c] != best[i - 1][c]:
            chosen.append(items[i - 1][0])
            c -= items[i - 1][1]
    return best[n][capacity], chosen[::-1]


def lcs(a, b):
    table = [[0] * (len(b) + 1) for _ in range(len(a) + 1)]
    for i in range(len(a) - 1, -1, -1):
        for j in range(len(b) - 1, -1, -1):
            table[i][j] = table[i + 1][j + 1] + 1 if a[i] == b[j] else max(table[i + 1][j], table[i][j + 1])
    out, i, j = [], 0, 0
    while i < len(a) and j < len(b):
        if a[i] == b[j]:
            out.append(a[i])
            i += 1
            j += 1
        elif table[i + 1][j] >= table[i][j + 1]:
            i += 1
        else:
            j += 1
    return "".join(out)


def edit_distance(a, b):
    prev = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        cur = [i]
        for j, cb in enumerate(b, 1):
            cur.append(min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (ca != cb)))
        prev = cur
    return prev[-1]


def coin_ways(amount, coins):
    ways = [1] + [0] * amount
    for coin in coins:
        for v in range(coin, amount + 1):
            ways[v] += ways[v - coin]
    return ways[amount]


def lis(seq):
    tails, prev_index, tail_index = [], [None] * len(seq), []
    for i, x in enumerate(seq):
        lo, hi = 0, len(tails)
        while lo < hi:
            mid = (lo + hi) // 2
            if tails[mid] < x:
                lo = mid + 1
            else:
                hi = mid
        if lo == len(tails):
            tails.append(x)
            tail_index.append(i)
        else:
            tails[lo] = x
            tail_index[lo] = i
        prev_index[i] = tail_index[lo - 1] if lo else None
    out, k = [], tail_index[-1] if tail_index else None
    while k is not None:
        out.append(seq[k])
        k = prev_index[k]
    return out[::-1]


items = [("map", 9, 150), ("compass", 13, 35), ("water", 153, 200), ("sandwich", 50, 160),
         ("glucose", 15, 60), ("tin", 68, 45), ("banana", 27, 60), ("apple", 39, 40), ("cheese", 23, 30)]
print(knapsack(items, 200))
print(lcs("AGGTABQWERTY", "GXTXAYBWRTZY"), lcs("refcounting", "recounting"), repr(lcs("abc", "xyz")))
for a, b in [("kitten", "sitting"), ("flaw", "lawn"), ("immortal", "mortality"), ("", "abc")]:
    print(a, b, edit_distance(a, b))
print(coin_ways(100, [1, 5, 10, 25, 50]), coin_ways(300, [2, 3, 7]))
print(lis([3, 10, 2, 1, 20, 4, 6, 7, 30, 5, 8, 9]), lis([5, 4, 3]), lis([]))
