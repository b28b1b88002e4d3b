# A coroutine never awaited that lives until the end of finalization (kept in sys) dies after the
# warnings module is gone and sys.stderr is None: its warning has nowhere to go, and nothing else (no
# "Exception ignored" report of the failed import) is printed.
import sys


async def job():
    pass


print('start')
sys.pending_job = job()
print('end')
