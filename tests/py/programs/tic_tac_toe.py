# Tic-tac-toe: full minimax with memoisation over board states proves the game is a draw, then plays
# a game between the perfect player and a scripted opponent, printing the boards.
LINES = [(0, 1, 2), (3, 4, 5), (6, 7, 8), (0, 3, 6), (1, 4, 7), (2, 5, 8), (0, 4, 8), (2, 4, 6)]
memo = {}


def winner(board):
    for a, b, c in LINES:
        if board[a] != "." and board[a] == board[b] == board[c]:
            return board[a]
    return None


def minimax(board, player):
    key = (board, player)
    if key in memo:
        return memo[key]
    w = winner(board)
    if w is not None:
        result = (1 if w == "X" else -1, None)
    elif "." not in board:
        result = (0, None)
    else:
        best = None
        for i in range(9):
            if board[i] == ".":
                child = board[:i] + player + board[i + 1:]
                score, _ = minimax(child, "O" if player == "X" else "X")
                if best is None or (player == "X" and score > best[0]) or (player == "O" and score < best[0]):
                    best = (score, i)
        result = best
    memo[key] = result
    return result


def show(board):
    for r in range(3):
        print(" " + " | ".join(board[3 * r:3 * r + 3]))
    print()


empty = "." * 9
print("value of the empty board:", minimax(empty, "X")[0], "states explored:", len(memo))
board = empty
scripted = [4, 2, 3, 7, 8]
turn = "X"
while winner(board) is None and "." in board:
    if turn == "X":
        _, move = minimax(board, "X")
    else:
        move = next(m for m in scripted if board[m] == ".")
    board = board[:move] + turn + board[move + 1:]
    print(f"{turn} plays {move}")
    show(board)
    turn = "O" if turn == "X" else "X"
print("result:", winner(board) or "draw")
print(minimax("XX.OO....", "X"), minimax("XX.OO....", "O"), minimax("XOXOXO...", "X"))
