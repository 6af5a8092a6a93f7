"""Pins the public namespaces: a name added or removed here is an API change, made on purpose.

Also pins the SDK's isolation: a module's process imports the SDK and nothing of the engine,
the store, the chat or web servers, or the testing package above them (`run_module`, served
by `raptscallions.sdk.testing`, loads the engine only when it is first used).
"""

from __future__ import annotations

import importlib
import json
import subprocess
import sys
from types import ModuleType

import pytest

SDK = {
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
}

SDK_TESTING = {
    "FakeDatabase",
    "HookRun",
    "LogRecord",
    "RecordingRuntime",
    "StoredExtraction",
    "load_module_folder",
    "mock_context",
    "run_hook",
    "run_module",
    "validate_config",
}

TESTING = {"run_module"}

CHAT = {
    "AIError",
    "AIMessage",
    "AIModel",
    "AIRequest",
    "AIResponse",
    "AIUsage",
    "ChatError",
    "ChatReply",
    "ChatService",
    "ChatGateway",
    "ChatSession",
    "EchoModel",
    "GatewayError",
    "GatewayReply",
    "GatewayRequest",
    "HookStep",
    "NotSessionOwner",
    "OpenAICompatible",
    "ProductRun",
    "ProductService",
    "SessionBusy",
    "SessionEnded",
    "SessionNotFound",
}

STORE = {
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
}

AIO = {
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
}

SDK_NAMESPACES = {"raptscallions.sdk": SDK, "raptscallions.sdk.testing": SDK_TESTING}
NAMESPACES = {
    **SDK_NAMESPACES,
    "raptscallions.testing": TESTING,
    "raptscallions.chat": CHAT,
    "raptscallions.store": STORE,
    "raptscallions.aio": AIO,
    "raptscallions.web": {"create_app", "serve_main"},
}


def namespace(name: str) -> ModuleType:
    return importlib.import_module(name)


@pytest.mark.parametrize("name", sorted(NAMESPACES))
def test_all_is_exactly_the_public_names(name: str) -> None:
    exported = namespace(name).__all__
    assert len(exported) == len(set(exported)), "no name is listed twice"
    assert set(exported) == NAMESPACES[name]


@pytest.mark.parametrize(
    ("name", "attribute"),
    sorted((name, attribute) for name, names in NAMESPACES.items() for attribute in names),
)
def test_each_public_name_is_importable(name: str, attribute: str) -> None:
    assert getattr(namespace(name), attribute) is not None


@pytest.mark.parametrize("name", sorted(NAMESPACES))
def test_star_import_gives_exactly_the_public_names(name: str) -> None:
    scope: dict[str, object] = {}
    exec(f"from {name} import *", scope)
    assert set(scope) - {"__builtins__"} == NAMESPACES[name]


def test_the_public_names_are_the_implementations() -> None:
    from raptscallions import RaptscallionsError
    from raptscallions.sdk import StoredExtraction, _db, _errors
    from raptscallions.sdk import testing as sdk_testing

    assert RaptscallionsError is _errors.RaptscallionsError
    assert sdk_testing.StoredExtraction is StoredExtraction is _db.StoredExtraction


def test_run_module_is_served_by_the_sdk_testing_kit() -> None:
    from raptscallions import testing
    from raptscallions.sdk import _config_schema
    from raptscallions.sdk.testing import run_module, validate_config
    from raptscallions.testing import _run_module

    assert run_module is testing.run_module is _run_module.run_module
    assert validate_config is _config_schema.validate_config
    with pytest.raises(AttributeError, match="no attribute 'no_such_name'"):
        _ = namespace("raptscallions.sdk.testing").no_such_name


FORBIDDEN = (
    "raptscallions.engine",
    "raptscallions.store",
    "raptscallions.chat",
    "raptscallions.web",
    "raptscallions.testing",
)


@pytest.mark.parametrize("name", sorted(SDK_NAMESPACES))
def test_the_sdk_imports_no_engine_store_or_web(name: str) -> None:
    code = f"import json, sys\nimport {name}\nprint(json.dumps(sorted(sys.modules)))\n"
    proc = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=False, timeout=60
    )
    assert proc.returncode == 0, proc.stderr
    loaded = json.loads(proc.stdout)
    assert name in loaded
    offending = [m for m in loaded if m.startswith(FORBIDDEN)]
    assert offending == []
