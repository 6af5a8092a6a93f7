"""Persistence: the Store protocol and its SQLite and PostgreSQL backends."""

from ._base import SCOPE_TYPES as SCOPE_TYPES
from ._base import ApiKeyRow as ApiKeyRow
from ._base import ConfigRow as ConfigRow
from ._base import LogRow as LogRow
from ._base import MessageRow as MessageRow
from ._base import MessageStatus as MessageStatus
from ._base import ModuleState as ModuleState
from ._base import NewMessage as NewMessage
from ._base import RunRow as RunRow
from ._base import RunState as RunState
from ._base import ScopeType as ScopeType
from ._base import SessionRow as SessionRow
from ._base import Store as Store
from ._base import StoreError as StoreError
from ._open import open_store as open_store

__all__ = [
    "SCOPE_TYPES",
    "ApiKeyRow",
    "ConfigRow",
    "LogRow",
    "MessageRow",
    "MessageStatus",
    "ModuleState",
    "NewMessage",
    "RunRow",
    "RunState",
    "ScopeType",
    "SessionRow",
    "Store",
    "StoreError",
    "open_store",
]
