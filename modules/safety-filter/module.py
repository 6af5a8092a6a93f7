"""safety-filter: block what puts a student or someone else at risk, answer with the right
help, and flag it for a teacher with the reason.

Detection lives in pure files: ``rules.py`` (precise, explainable patterns), ``model.py``
(a linear model that generalises to indirect and oddly typed messages), ``detect.py``
(both together: categories, sensitivity thresholds, severity), ``replies.py`` (what the
student sees) and ``moderation.py`` (the optional second opinion over HTTP). This file maps
them onto hooks: the student's message (``chat:before_ai``, rules and model, and the second
opinion when configured) and the AI's response (``chat:after_ai``, rules only, as before).

Every block records a ``safety_flag``: the category, its severity (critical, high, medium,
low), the rule that fired (a rule id, ``model.<category>`` or ``moderation.<label>``),
where, every category found, and why: ``source``, ``score`` (the model's probability),
``threshold``, ``evidence`` (the matched phrase or the words that weighed most) and, with a
second opinion, what it said.
"""

from __future__ import annotations

import json
from functools import lru_cache
from typing import TYPE_CHECKING, Any

from raptscallions.sdk import Block, HookContext, define_module

from .detect import Detection, Detector, Finding
from .model import load_default
from .moderation import ModerationSettings, Verdict, ask, combine, settings_from, should_ask
from .replies import reply
from .rules import ExtraTerms, compile_extra_terms

if TYPE_CHECKING:
    import httpx

module = define_module()

RESPONSE_CATEGORIES = ("self_harm", "violence", "sexual_minors")


@lru_cache(maxsize=64)
def _extra(terms: tuple[str, ...]) -> ExtraTerms | None:
    return compile_extra_terms(terms) if terms else None


@lru_cache(maxsize=1)
def _detector() -> Detector:
    return Detector(load_default())


@lru_cache(maxsize=64)
def _moderation(key: str) -> ModerationSettings | None:
    return settings_from(json.loads(key))


def _moderation_settings(config: dict[str, Any]) -> ModerationSettings | None:
    raw = config.get("moderation")
    if not raw:
        return None
    return _moderation(json.dumps(raw, sort_keys=True))


@module.on_load
async def setup(config: dict[str, Any]) -> None:
    # Fail the load, naming the problem, rather than the first message: a bad extra term,
    # a missing or broken weights.bin, a moderation setting without a URL.
    _extra(tuple(config.get("extraTerms", ())))
    _detector()
    _moderation_settings(config)


@module.on_unload
async def teardown() -> None:
    client: httpx.AsyncClient | None = module.state.pop("http", None)
    if client is not None:
        await client.aclose()


def _client() -> httpx.AsyncClient:
    client: httpx.AsyncClient | None = module.state.get("http")
    if client is None:
        import httpx

        client = httpx.AsyncClient()
        module.state["http"] = client
    return client


def _flag_data(
    detection: Detection,
    findings: tuple[Finding, ...],
    location: str,
    moderation: str | None,
    verdict: Verdict | None,
) -> dict[str, Any]:
    top = findings[0]
    data: dict[str, Any] = {
        "category": top.category,
        "severity": top.severity,
        "rule": top.rule,
        "location": location,
        "categories": sorted(
            {f.category for f in findings},
            key=("self_harm", "violence", "sexual_minors", "concern_for_other", "custom").index,
        ),
        "source": top.source,
        "score": top.score,
        "threshold": detection.thresholds.get(top.category),
        "evidence": list(top.evidence),
        "sensitivity": detection.sensitivity,
        "fired": [f.rule for f in findings],
    }
    if detection.scores:
        data["scores"] = dict(detection.scores)
    if top.context:
        data["context"] = top.context
    if moderation is not None:
        data["moderation"] = moderation
        if verdict is not None and (verdict.detail or verdict.labels):
            data["moderation_detail"] = verdict.detail or ", ".join(verdict.labels)
    return data


async def _check(ctx: HookContext, text: str, location: str) -> Block | None:
    config = ctx.config
    response = location == "ai_response"
    detection = _detector().detect(
        text,
        sensitivity=config.get("sensitivity", "medium"),
        extra_terms=_extra(tuple(config.get("extraTerms", ()))),
        thresholds=config.get("thresholds"),
        use_model=not response,
        categories=RESPONSE_CATEGORIES if response else None,
    )
    settings = None if response else _moderation_settings(config)
    verdict: Verdict | None = None
    if settings is not None and should_ask(settings, detection):
        verdict = await ask(_client(), settings, text)
        if verdict.status == "unavailable":
            ctx.log.warning(
                "moderation second opinion unavailable; the local detector decides",
                detail=verdict.detail,
            )
    findings, record = combine(detection, verdict, settings)
    if settings is not None and record is None:
        record = "not_asked"
    if not findings:
        return None
    data = _flag_data(detection, findings, location, record, verdict)
    ctx.emit("safety_flag", data)
    ctx.log.warning(
        "blocked critical content",
        category=data["category"],
        severity=data["severity"],
        rule=data["rule"],
        source=data["source"],
    )
    return Block(
        reason=f"safety:{data['category']}",
        direct_response=reply(data["category"], config.get("crisisResources")),
    )


@module.hook("chat:before_ai")
async def check_message(ctx: HookContext) -> Block | None:
    if not ctx.config.get("enabled", True) or ctx.message is None:
        return None
    return await _check(ctx, ctx.message.content, "user_message")


@module.hook("chat:after_ai")
async def check_response(ctx: HookContext) -> Block | None:
    config = ctx.config
    if not config.get("enabled", True) or not config.get("checkResponses", True):
        return None
    if not ctx.response:
        return None
    return await _check(ctx, ctx.response, "ai_response")
