"""asyncio for Immortal: the event loop with timers, coroutines, tasks and their tools.

Immortal has one thread per interpreter and no sockets: networking, streams, subprocesses,
executors and thread hand-offs raise NotImplementedError.
"""

import sys

from .base_events import *
from .unix_events import *
from .events import *
from .coroutines import *
from .futures import *
from .exceptions import *
from .tasks import *
from .locks import *
from .protocols import *
from .queues import *
from .taskgroups import *
from .timeouts import *
from .runners import *
from .streams import *
from .subprocess import *
from .threads import *
from .transports import *

__all__ = (base_events.__all__ + coroutines.__all__ + events.__all__ + exceptions.__all__
           + futures.__all__ + locks.__all__ + protocols.__all__ + queues.__all__
           + runners.__all__ + streams.__all__ + subprocess.__all__ + taskgroups.__all__
           + tasks.__all__ + threads.__all__ + timeouts.__all__ + transports.__all__
           + unix_events.__all__)
