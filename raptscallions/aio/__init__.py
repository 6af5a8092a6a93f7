"""The asyncio adapter: an asyncio server (uvicorn with Starlette or FastAPI) runs the engine,
the store and the chat pipelines in a trio guest run on its own loop, through a portal."""

from ._portal import PortalClosed as PortalClosed
from ._portal import TrioPortal as TrioPortal
from ._services import ChatProxy as ChatProxy
from ._services import EngineProxy as EngineProxy
from ._services import EventStream as EventStream
from ._services import ProductProxy as ProductProxy
from ._services import Proxy as Proxy
from ._services import Raptscallions as Raptscallions
from ._services import StoreProxy as StoreProxy
from ._services import open_raptscallions as open_raptscallions

__all__ = [
    "ChatProxy",
    "EngineProxy",
    "EventStream",
    "PortalClosed",
    "ProductProxy",
    "Proxy",
    "Raptscallions",
    "StoreProxy",
    "TrioPortal",
    "open_raptscallions",
]
