"""The module SDK: everything a module author imports.

This package must not import `raptscallions.engine`, `raptscallions.store` or
`raptscallions.web`: a module's process loads the SDK and its own code, nothing else.
"""

from ._context import Assignment as Assignment
from ._context import Class as Class
from ._context import Group as Group
from ._context import HookContext as HookContext
from ._context import Logger as Logger
from ._context import Message as Message
from ._context import Messages as Messages
from ._context import Run as Run
from ._context import Session as Session
from ._context import Tool as Tool
from ._context import ToolDefinition as ToolDefinition
from ._context import User as User
from ._db import ModuleDatabase as ModuleDatabase
from ._db import StoredExtraction as StoredExtraction
from ._errors import ConfigError as ConfigError
from ._errors import HookError as HookError
from ._errors import HookTimeout as HookTimeout
from ._errors import ManifestError as ManifestError
from ._errors import ModuleLoadError as ModuleLoadError
from ._errors import PermissionDenied as PermissionDenied
from ._errors import ProtocolError as ProtocolError
from ._errors import RaptscallionsError as RaptscallionsError
from ._helpers import contains_pattern as contains_pattern
from ._helpers import get_recent_messages as get_recent_messages
from ._helpers import get_session_duration as get_session_duration
from ._helpers import get_user_message_count as get_user_message_count
from ._helpers import is_first_message as is_first_message
from ._helpers import is_student as is_student
from ._helpers import is_teacher as is_teacher
from ._helpers import redact_patterns as redact_patterns
from ._hooks import BUILTIN_HOOKS as BUILTIN_HOOKS
from ._hooks import CHAT_AFTER_AI as CHAT_AFTER_AI
from ._hooks import CHAT_BEFORE_AI as CHAT_BEFORE_AI
from ._hooks import CHAT_ON_MESSAGE as CHAT_ON_MESSAGE
from ._hooks import PRODUCT_AFTER_AI as PRODUCT_AFTER_AI
from ._hooks import PRODUCT_BEFORE_AI as PRODUCT_BEFORE_AI
from ._hooks import RUN_COMPLETE as RUN_COMPLETE
from ._hooks import SESSION_END as SESSION_END
from ._hooks import SESSION_START as SESSION_START
from ._hooks import default_blocking as default_blocking
from ._hooks import known_hooks as known_hooks
from ._hooks import register_hook as register_hook
from ._hooks import unregister_hook as unregister_hook
from ._manifest import Limits as Limits
from ._manifest import Manifest as Manifest
from ._manifest import Scope as Scope
from ._manifest import load_manifest as load_manifest
from ._manifest import manifest_schema as manifest_schema
from ._module import Module as Module
from ._module import define_module as define_module
from ._results import Block as Block
from ._results import Continue as Continue
from ._results import Extraction as Extraction
from ._results import HookResult as HookResult
from ._results import Skip as Skip

__all__ = [
    "BUILTIN_HOOKS",
    "CHAT_AFTER_AI",
    "CHAT_BEFORE_AI",
    "CHAT_ON_MESSAGE",
    "PRODUCT_AFTER_AI",
    "PRODUCT_BEFORE_AI",
    "RUN_COMPLETE",
    "SESSION_END",
    "SESSION_START",
    "Assignment",
    "Block",
    "Class",
    "ConfigError",
    "Continue",
    "Extraction",
    "Group",
    "HookContext",
    "HookError",
    "HookResult",
    "HookTimeout",
    "Limits",
    "Logger",
    "Manifest",
    "ManifestError",
    "Message",
    "Messages",
    "Module",
    "ModuleDatabase",
    "ModuleLoadError",
    "PermissionDenied",
    "ProtocolError",
    "RaptscallionsError",
    "Run",
    "Scope",
    "Session",
    "Skip",
    "StoredExtraction",
    "Tool",
    "ToolDefinition",
    "User",
    "contains_pattern",
    "default_blocking",
    "define_module",
    "get_recent_messages",
    "get_session_duration",
    "get_user_message_count",
    "is_first_message",
    "is_student",
    "is_teacher",
    "known_hooks",
    "load_manifest",
    "manifest_schema",
    "redact_patterns",
    "register_hook",
    "unregister_hook",
]
