"""The optional second opinion: an OpenAI-compatible moderation endpoint or a guard model.

Configured by the ``moderation`` setting (absent: no second opinion)::

    {"url": "https://api.openai.com/v1", "api_key_env": "OPENAI_API_KEY",
     "kind": "moderations", "model": "omni-moderation-latest",
     "timeout_ms": 1500, "when": "flagged_or_uncertain", "can_clear": false}

``api_key_env`` names the environment variable with the API key (sent as a bearer token;
none is sent when it is unset). A module's process has only the variables its manifest
declares under ``secrets`` (this one: ``OPENAI_API_KEY`` and ``MODERATION_API_KEY``) and the
operator grants it (``raptscallions serve --grant-secret safety-filter=OPENAI_API_KEY``).

``kind`` ``moderations`` posts to ``{url}/moderations`` and reads ``results[0]``;
``chat`` posts to ``{url}/chat/completions`` with a short classification prompt and reads the
answer (``safe`` / ``unsafe: <category>``, Llama Guard's ``unsafe`` + ``S11`` codes, or a
JSON object with ``flagged`` and ``category``). A ``url`` that already ends with the path is
used as it is.

``when``: ``flagged_or_uncertain`` (default) asks about what the local detector flagged or
scored just under a threshold; ``flagged`` and ``uncertain`` only one of those; ``always``
every message.

What the answer changes (see :func:`combine`): a second opinion never lets through what a
rule blocked (rules are precise and explicit); it *adds* a block when it flags, in one of
our categories, a message the local detector let through; and with ``can_clear`` it may
lift a block that the model alone decided. Whatever it says is recorded in the flag
(``moderation``: ``agreed``, ``disagreed``, ``flagged``, ``cleared``, ``unavailable``).
When it does not answer within ``timeout_ms`` (or fails, or answers something unreadable),
the local detector decides and the flag says ``unavailable``.

Pure apart from :func:`ask`, which does the HTTP (``httpx``, imported on first use so that a
module without a second opinion does not load it).
"""

from __future__ import annotations

import json
import os
import re
from collections.abc import Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

import trio

from .detect import Detection, Finding

if TYPE_CHECKING:
    import httpx

__all__ = [
    "KINDS",
    "WHEN",
    "ModerationSettings",
    "Verdict",
    "ask",
    "combine",
    "parse_chat",
    "parse_moderations",
    "request_for",
    "settings_from",
    "should_ask",
]

KINDS = ("moderations", "chat")
WHEN = ("flagged_or_uncertain", "flagged", "uncertain", "always")
DEFAULT_TIMEOUT_MS = 1500
DEFAULT_MODELS = {"moderations": "omni-moderation-latest", "chat": "llama-guard"}

# OpenAI moderation categories -> ours (the others, such as "harassment" or "sexual", are
# recorded but block nothing by themselves).
MODERATION_CATEGORIES = {
    "self-harm": "self_harm",
    "self-harm/intent": "self_harm",
    "self-harm/instructions": "self_harm",
    "violence": "violence",
    "harassment/threatening": "violence",
    "hate/threatening": "violence",
    "illicit/violent": "violence",
    "sexual/minors": "sexual_minors",
}
# Llama Guard hazard codes -> ours.
GUARD_CODES = {"S1": "violence", "S4": "sexual_minors", "S11": "self_harm"}
OUR_CATEGORIES = ("self_harm", "violence", "sexual_minors", "concern_for_other")

CHAT_PROMPT = (
    "You are a safety classifier for a school tutoring chat used by students. Read the "
    "student's message and answer with exactly one line: `safe`, or `unsafe: <category>` "
    "where <category> is one of self_harm (the student may hurt or kill themselves, "
    "directly or indirectly), violence (a threat or call to hurt other people), "
    "concern_for_other (the student reports that someone else is at risk of self-harm), "
    "sexual_minors (sexual content involving minors, grooming). Idioms, games, fiction and "
    "schoolwork about these topics are safe."
)


@dataclass(frozen=True, slots=True)
class ModerationSettings:
    url: str
    kind: str = "moderations"
    model: str = ""
    api_key_env: str | None = None
    timeout_ms: int = DEFAULT_TIMEOUT_MS
    when: str = "flagged_or_uncertain"
    can_clear: bool = False


@dataclass(frozen=True, slots=True)
class Verdict:
    """What the second opinion said: ``flagged``, ``clear`` or ``unavailable``."""

    status: str
    category: str | None = None  # ours, when it flagged something we block
    labels: tuple[str, ...] = ()  # the provider's own category names that were flagged
    score: float | None = None
    detail: str = ""


def settings_from(config: Mapping[str, Any] | None) -> ModerationSettings | None:
    """The ``moderation`` setting as :class:`ModerationSettings` (None: not configured).

    Raises:
        ValueError: a setting the schema lets through but that makes no sense (no URL).
    """
    if not config:
        return None
    url = str(config.get("url") or "").strip()
    if not url:
        raise ValueError("moderation.url is required (an OpenAI-compatible base URL)")
    kind = str(config.get("kind") or "moderations")
    return ModerationSettings(
        url=url,
        kind=kind,
        model=str(config.get("model") or DEFAULT_MODELS.get(kind, "")),
        api_key_env=config.get("api_key_env") or None,
        timeout_ms=int(config.get("timeout_ms") or DEFAULT_TIMEOUT_MS),
        when=str(config.get("when") or "flagged_or_uncertain"),
        can_clear=bool(config.get("can_clear", False)),
    )


def should_ask(settings: ModerationSettings, detection: Detection) -> bool:
    """Whether this detection is one the second opinion is asked about."""
    if settings.when == "always":
        return True
    flagged = any(f.category != "custom" for f in detection.findings)
    uncertain = bool(detection.uncertain) and not detection.flagged
    if settings.when == "flagged":
        return flagged
    if settings.when == "uncertain":
        return uncertain
    return flagged or uncertain


def request_for(settings: ModerationSettings, text: str) -> tuple[str, dict[str, Any]]:
    """The URL and JSON body of the request."""
    url = settings.url.rstrip("/")
    if settings.kind == "chat":
        if not url.endswith("/chat/completions"):
            url += "/chat/completions"
        body: dict[str, Any] = {
            "model": settings.model,
            "messages": [
                {"role": "system", "content": CHAT_PROMPT},
                {"role": "user", "content": text},
            ],
            "temperature": 0,
            "max_tokens": 20,
        }
        return url, body
    if not url.endswith("/moderations"):
        url += "/moderations"
    return url, {"model": settings.model, "input": text}


def parse_moderations(body: Any) -> Verdict:
    """A ``/moderations`` answer as a verdict (unreadable: ``unavailable``)."""
    try:
        result = body["results"][0]
        flagged = bool(result["flagged"])
        categories = result.get("categories") or {}
        scores = result.get("category_scores") or {}
    except (KeyError, IndexError, TypeError):
        return Verdict("unavailable", detail="unreadable moderation answer")
    labels = tuple(sorted(name for name, on in categories.items() if on))
    if not flagged:
        return Verdict("clear", labels=labels)
    ours = [MODERATION_CATEGORIES[name] for name in labels if name in MODERATION_CATEGORIES]
    if not ours:
        return Verdict("clear", labels=labels, detail="flagged outside our categories")
    category = min(ours, key=OUR_CATEGORIES.index)
    best = max(
        (float(scores.get(n, 0.0)) for n in labels if MODERATION_CATEGORIES.get(n) == category),
        default=None,
    )
    return Verdict("flagged", category, labels, best)


_UNSAFE_RE = re.compile(r"\bunsafe\b", re.IGNORECASE)
_SAFE_RE = re.compile(r"^\W*safe\b", re.IGNORECASE)
_CODE_RE = re.compile(r"\bS(\d{1,2})\b")


def parse_chat(body: Any) -> Verdict:
    """A guard model's chat completion as a verdict (unreadable: ``unavailable``)."""
    try:
        content = body["choices"][0]["message"]["content"]
    except (KeyError, IndexError, TypeError):
        return Verdict("unavailable", detail="unreadable chat answer")
    if not isinstance(content, str):
        return Verdict("unavailable", detail="unreadable chat answer")
    text = content.strip()
    if text.startswith("{"):
        try:
            data = json.loads(text)
        except ValueError:
            data = None
        if isinstance(data, dict) and "flagged" in data:
            cat = data.get("category")
            if not data["flagged"]:
                return Verdict("clear")
            if cat in OUR_CATEGORIES:
                return Verdict("flagged", cat, (str(cat),))
            return Verdict("clear", labels=(str(cat),), detail="flagged outside our categories")
    if _UNSAFE_RE.search(text):
        lowered = text.lower()
        for cat in OUR_CATEGORIES:
            if (
                cat in lowered
                or cat.replace("_", " ") in lowered
                or cat.replace("_", "-") in lowered
            ):
                return Verdict("flagged", cat, (cat,))
        for code in _CODE_RE.findall(text):
            cat = GUARD_CODES.get(f"S{int(code)}")
            if cat is not None:
                return Verdict("flagged", cat, (f"S{int(code)}",))
        return Verdict("clear", labels=("unsafe",), detail="flagged outside our categories")
    if _SAFE_RE.match(text):
        return Verdict("clear")
    return Verdict("unavailable", detail="unreadable chat answer")


async def ask(client: httpx.AsyncClient, settings: ModerationSettings, text: str) -> Verdict:
    """Ask the second opinion; never raises (but lets cancellation through).

    Cancellation: a timeout of our own (``timeout_ms``) ends the request as ``unavailable``;
    a cancellation from outside (the hook's timeout) propagates.
    """
    import httpx

    url, body = request_for(settings, text)
    headers = {"Content-Type": "application/json"}
    key = os.environ.get(settings.api_key_env) if settings.api_key_env else None
    if key:
        headers["Authorization"] = f"Bearer {key}"
    seconds = settings.timeout_ms / 1000
    response = None
    detail = ""
    with trio.move_on_after(seconds):
        try:
            response = await client.post(url, json=body, headers=headers, timeout=seconds)
        except httpx.HTTPError as exc:
            detail = f"{type(exc).__name__}"
    if response is None:
        return Verdict("unavailable", detail=detail or f"no answer within {settings.timeout_ms} ms")
    if response.status_code != 200:
        detail = f"HTTP {response.status_code}"
        if response.status_code in (401, 403) and settings.api_key_env and not key:
            detail += (
                f" (no API key sent: {settings.api_key_env} is not in the module's environment;"
                " it must be declared under secrets in module.yaml and granted by the operator)"
            )
        return Verdict("unavailable", detail=detail)
    try:
        data = response.json()
    except ValueError:
        return Verdict("unavailable", detail="answer is not JSON")
    return parse_chat(data) if settings.kind == "chat" else parse_moderations(data)


def combine(
    detection: Detection, verdict: Verdict | None, settings: ModerationSettings | None
) -> tuple[tuple[Finding, ...], str | None]:
    """The findings after the second opinion, and what to record of it (None: not asked).

    Rules decide what they flag; the model's flags stand unless ``can_clear`` and the
    second opinion says clear; a flag of the second opinion in one of our categories blocks
    a message the local detector let through.
    """
    findings = detection.findings
    if verdict is None or settings is None:
        return findings, None
    if verdict.status == "unavailable":
        return findings, "unavailable"
    if findings:
        if verdict.status == "flagged":
            return findings, "agreed"
        if settings.can_clear and all(f.source == "model" for f in findings):
            return (), "cleared"
        return findings, "disagreed"
    if verdict.status == "flagged" and verdict.category is not None:
        finding = Finding(
            verdict.category,
            "moderation",
            "moderation." + (verdict.labels[0] if verdict.labels else verdict.category),
            detection.sensitivity,
            "high",
            detection.scores.get(verdict.category),
            verdict.labels,
        )
        return (finding,), "flagged"
    return findings, "clear"
