"""What the student sees when the safety-filter blocks a message: one reply per category.

Pure and standard-library-only. The crisis resources are settings
(``crisisResources`` in module.yaml: ``line``, ``emergency``, ``schoolContact``), so a
school can name its own counsellor and, outside the US, its own lines; by default the 988
Suicide & Crisis Lifeline and 911.

The replies are written to be safe to show anyone who reaches them: warm, short, without
judgement, pointing to a person (a trusted adult) and to help that is available right now,
and never repeating what the student wrote.
"""

from __future__ import annotations

from collections.abc import Mapping

__all__ = ["CATEGORIES", "DEFAULT_RESOURCES", "reply"]

CATEGORIES = ("self_harm", "violence", "sexual_minors", "concern_for_other", "custom")

DEFAULT_RESOURCES: Mapping[str, str] = {
    "line": (
        "the 988 Suicide & Crisis Lifeline: call or text 988, any time, day or night (in the US)"
    ),
    "emergency": "911",
    "schoolContact": "your school counselor",
}

_TEMPLATES: Mapping[str, str] = {
    "self_harm": (
        "It sounds like you're going through something really painful right now, and I'm "
        "glad you said something. You are not alone, and you don't have to handle this by "
        "yourself. Please reach out to someone today: a parent, a teacher or {schoolContact}. "
        "You can also talk to someone right now through {line}. If you're in danger or "
        "might act on these thoughts, call {emergency} or your local emergency number now. "
        "People care about you and want to help."
    ),
    "concern_for_other": (
        "Thank you for looking out for your friend; that matters a lot. What you're "
        "describing sounds serious, and it's too big to carry on your own. Please tell a "
        "trusted adult today, like a parent, a teacher or {schoolContact}, even if your "
        "friend asked you to keep it a secret: their safety comes first, and you are not "
        "betraying them. If your friend might be in danger right now, call {emergency}. "
        "Your friend (or you, for advice on how to help) can also reach {line}. Until then, "
        "stay in touch with them, listen without judging, and let them know they're not "
        "alone."
    ),
    "violence": (
        "It sounds like something serious is going on, and I hear that you're upset. I "
        "can't help with hurting anyone, but there are people who can help with what's "
        "behind this. Please take a moment, step away if you can, and talk to a trusted "
        "adult, like a parent, a teacher or {schoolContact}, as soon as you can. If you or "
        "anyone else is in danger right now, call {emergency} or your local emergency "
        "number."
    ),
    "sexual_minors": (
        "This isn't something I can help with. If someone is asking you for pictures or "
        "asking you to keep secrets, it is not your fault, and you are not in trouble. "
        "Please tell a trusted adult, like a parent, a teacher or {schoolContact}. You can "
        "also report it to the NCMEC CyberTipline at report.cybertip.org or 1-800-843-5678. "
        "If you are in danger right now, call {emergency}."
    ),
    "custom": "I can't help with that topic here. Let's get back to your work.",
}


def reply(category: str, resources: Mapping[str, str] | None = None) -> str:
    """The reply for a category, with the school's resources (missing ones: the defaults).

    Raises:
        KeyError: the category is not one of :data:`CATEGORIES`.
    """
    template = _TEMPLATES[category]
    values = dict(DEFAULT_RESOURCES)
    for key, value in (resources or {}).items():
        if key in values and isinstance(value, str) and value.strip():
            values[key] = value.strip()
    return template.format_map(values)
