"""The engine: supervised module workers, the hook executor, hot reload."""

from ._backoff import RestartPolicy as RestartPolicy
from ._config import RequiredModuleError as RequiredModuleError
from ._engine import Engine as Engine
from ._engine import UnknownModule as UnknownModule
from ._engine import open_engine as open_engine
from ._events import EngineEvent as EngineEvent
from ._events import Subscription as Subscription
from ._executor import HookOutcome as HookOutcome
from ._executor import Modifications as Modifications
from ._executor import OutcomeExtraction as OutcomeExtraction
from ._executor import TraceEntry as TraceEntry
from ._records import LogEntry as LogEntry
from ._records import MemorySink as MemorySink
from ._secrets import SecretGrantError as SecretGrantError
from ._secrets import SecretsStatus as SecretsStatus
from ._supervisor import HookCounters as HookCounters
from ._supervisor import ModuleStatus as ModuleStatus
from ._supervisor import Status as Status

__all__ = [
    "Engine",
    "EngineEvent",
    "HookCounters",
    "HookOutcome",
    "LogEntry",
    "MemorySink",
    "Modifications",
    "ModuleStatus",
    "OutcomeExtraction",
    "RequiredModuleError",
    "RestartPolicy",
    "SecretGrantError",
    "SecretsStatus",
    "Status",
    "Subscription",
    "TraceEntry",
    "UnknownModule",
    "open_engine",
]
