"""The pii-filter module through `run_hook`: hooks, config, extractions, a table of student
messages with and without PII, and a fuzz test with the SDK's strategies."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from raptscallions.sdk import ConfigError, Continue, Module, PermissionDenied
from raptscallions.sdk.testing import load_module_folder, mock_context, run_hook
from raptscallions.sdk.testing import strategies as rs

FOLDER = Path(__file__).resolve().parents[1]
HOOK = "chat:before_ai"

WITH_PII: list[tuple[str, list[str], list[str]]] = [
    # (message, kinds, values that must not survive)
    ("my email is maria.gomez@gmail.com can u check my essay", ["email"], ["maria.gomez"]),
    ("email me at Jake_T+school@outlook.com pls", ["email"], ["Jake_T+school"]),
    ("text me 555-867-5309 after class", ["phone"], ["867-5309"]),
    ("my mom's cell is (312) 555-0147", ["phone"], ["555-0147"]),
    ("call +44 20 7946 0958 thats my uncle in london", ["phone"], ["7946 0958"]),
    ("my ssn is 123-45-6789 for the form", ["ssn"], ["123-45-6789"]),
    ("social security number 219 45 6780", ["ssn"], ["219 45 6780"]),
    ("can I pay with 4111 1111 1111 1111?", ["credit_card"], ["4111 1111 1111 1111"]),
    ("amex 3782-822463-10005 exp 05/27", ["credit_card"], ["822463"]),
    (
        "I'm Sam, sam@example.com, 555.123.4567",
        ["email", "phone"],
        ["sam@example.com", "555.123.4567"],
    ),
]

WITHOUT_PII = [
    "What is 3.14159 times 2?",
    "The war ended in 1945 and started in 1939",
    "It costs $1,299.99 at the store",
    "My order number is 123456789012 but it hasn't arrived",
    "Solve 12 x 12 = 144 and 1/3 + 1/6",
    "Page 42, problem 7",
    "The zip code 90210 is famous",
    "Is 192.168.1.1 an IP address?",
    "Can you help with @mentions on twitter?",
    "Hello",
]


@pytest.fixture
def module() -> Module:
    return load_module_folder(FOLDER)


@pytest.mark.parametrize(("text", "kinds", "secrets"), WITH_PII)
async def test_redacts_pii_before_the_ai(
    module: Module, text: str, kinds: list[str], secrets: list[str]
) -> None:
    result, extractions, _ = await run_hook(module, HOOK, mock_context(message=text))
    assert isinstance(result, Continue) and result.message is not None
    for secret in secrets:
        assert secret not in result.message
    assert [e.type for e in extractions] == ["pii_detected"]
    data = extractions[0].data
    assert data == {"location": "user_message", "kinds": sorted(kinds)}
    for secret in secrets:
        assert secret not in str(data), "extractions carry the kinds, never the values"


@pytest.mark.parametrize("text", WITHOUT_PII)
async def test_leaves_ordinary_messages_alone(module: Module, text: str) -> None:
    result, extractions, _ = await run_hook(module, HOOK, mock_context(message=text))
    assert result == Continue()
    assert extractions == []


def test_recall_and_false_positive_rate_on_the_table() -> None:
    import trio

    async def score() -> tuple[float, float]:
        module = load_module_folder(FOLDER)
        caught = 0
        for text, _, _ in WITH_PII:
            result, _, _ = await run_hook(module, HOOK, mock_context(message=text))
            caught += isinstance(result, Continue) and result.message is not None
        false = 0
        for text in WITHOUT_PII:
            result, _, _ = await run_hook(module, HOOK, mock_context(message=text))
            false += isinstance(result, Continue) and result.message is not None
        return caught / len(WITH_PII), false / len(WITHOUT_PII)

    recall, false_positive_rate = trio.run(score)
    assert recall == 1.0
    assert false_positive_rate == 0.0


async def test_redacts_the_ai_response(module: Module) -> None:
    ctx = mock_context(response="Sure, write to help@tutor.example.com or call 555-201-3344.")
    result, extractions, _ = await run_hook(module, "chat:after_ai", ctx)
    assert isinstance(result, Continue)
    assert result.response == "Sure, write to [EMAIL] or call [PHONE]."
    assert extractions[0].data == {"location": "ai_response", "kinds": ["email", "phone"]}
    off, _, _ = await run_hook(module, "chat:after_ai", ctx, config={"redactResponses": False})
    assert off == Continue()


async def test_config_kinds_custom_patterns_and_enabled(module: Module) -> None:
    text = "student id S-12345, email a@b.co"
    only_custom, _, _ = await run_hook(
        module, HOOK, mock_context(message=text),
        config={"kinds": ["ssn"], "customPatterns": [r"S-\d{5}"]},
    )  # fmt: skip
    assert only_custom == Continue(message="student id [REDACTED], email a@b.co")
    with pytest.raises(ConfigError, match="kinds"):  # a filter that protects nothing
        await run_hook(module, HOOK, mock_context(message=text), config={"kinds": []})
    disabled, extractions, _ = await run_hook(
        module, HOOK, mock_context(message=text), config={"enabled": False}
    )
    assert disabled == Continue() and extractions == []
    with pytest.raises(ConfigError, match="customPatterns"):
        await run_hook(module, HOOK, mock_context(message=text), config={"customPatterns": 5})
    with pytest.raises(ConfigError, match="kinds"):
        await run_hook(module, HOOK, mock_context(message=text), config={"kinds": ["dna"]})


async def test_regions_setting(module: Module) -> None:
    uk = "ring my mum on 020 7946 0958 tonight"
    result, extractions, _ = await run_hook(module, HOOK, mock_context(message=uk))
    assert result == Continue(message="ring my mum on [PHONE] tonight")  # GB is a default
    assert extractions[0].data == {"location": "user_message", "kinds": ["phone"]}
    cologne = "Oma: 0221 1234567, und +49 221 1234567"
    result, _, _ = await run_hook(module, HOOK, mock_context(message=cologne))
    assert result == Continue(message="Oma: 0221 1234567, und [PHONE]")  # "+": any country
    result, _, _ = await run_hook(
        module, HOOK, mock_context(message=cologne), config={"regions": ["DE", "US"]}
    )
    assert result == Continue(message="Oma: [PHONE], und [PHONE]")
    with pytest.raises(ConfigError, match="regions"):
        await run_hook(module, HOOK, mock_context(message=uk), config={"regions": "GB"})
    with pytest.raises(ConfigError, match="regions"):
        await run_hook(module, HOOK, mock_context(message=uk), config={"regions": ["GBR"]})
    with pytest.raises(ConfigError, match="regions"):  # no such region
        await run_hook(module, HOOK, mock_context(message=uk), config={"regions": ["XX"]})


def test_region_codes_are_those_phonenumbers_knows() -> None:
    import phonenumbers
    import yaml

    manifest = yaml.safe_load((FOLDER / "module.yaml").read_text())
    regions = manifest["config"]["properties"]["regions"]
    assert set(regions["items"]["enum"]) == phonenumbers.SUPPORTED_REGIONS
    assert set(regions["default"]) <= phonenumbers.SUPPORTED_REGIONS


async def test_permissions_come_from_the_manifest(tmp_path: Path) -> None:
    # Without extractions:write the module cannot emit; the manifest grants it.
    text = (FOLDER / "module.yaml").read_text().replace("  - extractions:write\n", "")
    assert "extractions:write" not in text
    copy = tmp_path / "pii-filter"
    copy.mkdir()
    for path in FOLDER.glob("*.py"):
        (copy / path.name).write_text(path.read_text())
    (copy / "module.yaml").write_text(text.replace("permissions:\n", "permissions: []\n"))
    with pytest.raises(PermissionDenied, match="extractions:write"):
        await run_hook(copy, HOOK, mock_context(message="x@y.com"))


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    before=rs.student_texts(max_words=8),
    after=rs.student_texts(max_words=8),
    secret=st.one_of(rs.emails(), rs.card_numbers(), rs.ssns(), rs.phone_numbers()),
)
def test_never_leaks_generated_pii(before: str, after: str, secret: str) -> None:
    import trio

    text = f"{before} {secret} {after}"
    result, extractions, _ = trio.run(
        run_hook, load_module_folder(FOLDER), HOOK, mock_context(message=text)
    )
    assert isinstance(result, Continue) and result.message is not None
    assert secret not in result.message
    assert extractions and extractions[0].type == "pii_detected"


async def test_product_input_and_output_are_redacted_field_by_field() -> None:
    ctx = mock_context(
        hook="product:before_ai",
        input={
            "essay": "Contact me: maria.gomez@gmail.com",
            "meta": {"notes": ["call 312-555-0147", "page 3"]},
            "pages": 3,
            "title": "The year 1945",
        },
    )
    result, extractions, _ = await run_hook(FOLDER, "product:before_ai", ctx)
    assert isinstance(result, Continue) and result.input is not None
    assert result.input == {
        "essay": "Contact me: [EMAIL]",
        "meta": {"notes": ["call [PHONE]", "page 3"]},
    }
    assert extractions[0].data == {"location": "product_input", "kinds": ["email", "phone"]}

    out = mock_context(hook="product:after_ai", output={"content": "Write to a.b@example.org"})
    result, _, _ = await run_hook(FOLDER, "product:after_ai", out)
    assert isinstance(result, Continue) and result.output == {"content": "Write to [EMAIL]"}

    clean = mock_context(hook="product:before_ai", input={"essay": "No PII in 1945."})
    result, extractions, _ = await run_hook(FOLDER, "product:before_ai", clean)
    assert result is None or (isinstance(result, Continue) and not result.modifies)
    assert extractions == []
