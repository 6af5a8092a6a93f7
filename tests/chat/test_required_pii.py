"""The PII filter is required: no configuration, tool list or engine call lets a student's
email reach the AI (the hole this closes: `set_config("pii-filter", scope, {},
enabled=False)` used to be accepted, and the next message went out unredacted)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from raptscallions.chat import ChatService, EchoModel
from raptscallions.engine import RequiredModuleError, open_engine
from raptscallions.sdk import Class, ConfigError, Group, Tool, ToolDefinition, User
from raptscallions.store import open_store

STUDENT = User(id="stu-1")
TOOL = Tool(id="t-1", definition=ToolDefinition(behavior="tutor", modules=("safety-filter",)))
SCOPES: list[tuple[str, str | None]] = [
    ("global", None),
    ("group", "g-1"),
    ("class", "c-1"),
    ("tool", "t-1"),
]


@pytest.mark.parametrize("store_url", ["sqlite", "postgresql"], indirect=True)
async def test_no_scope_can_switch_the_pii_filter_off(store_url: str, modules_dir: Path) -> None:
    echo = EchoModel()
    async with open_store(store_url) as store, open_engine(modules_dir, store=store) as engine:
        chat = ChatService(engine, store, echo)
        session = await chat.start_session(STUDENT, TOOL, group=Group("g-1"), class_=Class("c-1"))
        refusals: list[tuple[dict[str, Any], bool | None]] = [
            ({}, False),
            ({"enabled": False}, None),
            ({"kinds": ["ssn"]}, None),  # weaker: drops email, phone, card
            ({"redactResponses": False}, None),
        ]
        for scope_type, scope_id in SCOPES:
            for config, enabled in refusals:
                with pytest.raises(RequiredModuleError, match="'pii-filter'"):
                    await engine.set_config(
                        "pii-filter", scope_type, scope_id, config, enabled=enabled
                    )
            with pytest.raises(ConfigError, match=r"\$\.kinds"):
                await engine.set_config("pii-filter", scope_type, scope_id, {"kinds": []})
        with pytest.raises(RequiredModuleError):
            await engine.disable("pii-filter")
        assert await store.list_configs("pii-filter") == []

        # The tool lists only the safety filter; the PII filter runs all the same.
        reply = await chat.send_message(session.id, "reach me at kid@example.com", STUDENT)
        assert "kid@example.com" not in str(echo.requests[-1].messages)
        assert reply.user_message.content == "reach me at [EMAIL]"
        assert ("chat:before_ai", "pii-filter", "continue") in [
            (s.hook, s.module, s.action) for s in reply.trace
        ]

        # Stricter is accepted: a class may add a pattern of its own.
        await engine.set_config("pii-filter", "class", "c-1", {"customPatterns": [r"\bSTU-\d+\b"]})
        reply = await chat.send_message(session.id, "I am STU-12345, kid@example.com", STUDENT)
        assert reply.user_message.content == "I am [REDACTED], [EMAIL]"
