"""Rules and model together (``detect.py``): categories, sensitivity thresholds, severity,
the uncertain band, self versus friend, and the split text read by the rules."""

from __future__ import annotations

import importlib
from pathlib import Path
from typing import Any

import pytest

from raptscallions.sdk.testing import load_module_folder

FOLDER = Path(__file__).resolve().parents[1]


# The module's folder, imported once as the engine imports it (a package, so that its
# files' relative imports work); its files are taken from that one package.
_LOADED = load_module_folder(FOLDER)
PACKAGE = next(iter(_LOADED.handlers.values())).__module__.rpartition(".")[0]


def _submodule(name: str) -> Any:
    return importlib.import_module(f"{PACKAGE}.{name}")


detect: Any = _submodule("detect")
model: Any = _submodule("model")
rules: Any = _submodule("rules")

DETECTOR = detect.Detector(model.load_default())
RULES_ONLY = detect.Detector(None)


def top(text: str, level: str = "medium", **kw: Any) -> Any:
    return DETECTOR.detect(text, sensitivity=level, **kw).top


def test_thresholds_table_and_overrides() -> None:
    assert set(detect.THRESHOLDS) == {"low", "medium", "high"}
    for cat in ("self_harm", "violence", "concern_for_other"):
        low, medium, high = (detect.THRESHOLDS[lv][cat] for lv in ("low", "medium", "high"))
        assert low > medium > high, cat
    got = detect.thresholds_for("medium", {"violence": 0.8, "nonsense": 0.1})
    assert got["violence"] == 0.8 and "nonsense" not in got
    with pytest.raises(ValueError, match="sensitivity"):
        detect.thresholds_for("extreme")


def test_rule_finding_is_explained() -> None:
    f = top("honestly I want to kill myself")
    assert (f.category, f.source, f.rule) == ("self_harm", "rule", "self_harm.kill_myself")
    assert f.severity == "critical" and f.level == "low"
    assert f.evidence == ("kill myself",)
    assert f.score is not None and 0.0 <= f.score <= 1.0


def test_model_finding_is_explained() -> None:
    text = "i gave my cat to my neighbor since i won't be around to feed her much longer"
    assert RULES_ONLY.detect(text).findings == ()
    f = top(text)
    assert (f.category, f.source, f.rule) == ("self_harm", "model", "model.self_harm")
    assert f.score >= detect.THRESHOLDS["medium"]["self_harm"]
    assert f.evidence and all(isinstance(e, str) and e for e in f.evidence)


def test_severity_follows_explicitness() -> None:
    assert top("i'm going to kill myself tonight").severity == "critical"
    hopeless = "honestly I hate my life and want to disappear"
    high = DETECTOR.detect(hopeless, sensitivity="high")
    assert high.top is not None and high.top.severity in ("high", "medium")
    extra = rules.compile_extra_terms(["fortnite"])
    f = top("can we talk about fortnite", extra_terms=extra)
    assert (f.category, f.severity, f.rule) == ("custom", "low", "custom.extra_term")


def test_sensitivity_changes_what_the_model_flags() -> None:
    # a threshold override moves a message in or out, without any rule firing
    text = "i won't need my stuff anymore after this weekend, you can have it"
    d = DETECTOR.detect(text, sensitivity="medium")
    score = d.scores["self_harm"]
    assert not RULES_ONLY.detect(text).flagged
    above = DETECTOR.detect(text, thresholds={"self_harm": max(0.05, score - 0.01)})
    below = DETECTOR.detect(text, thresholds={"self_harm": min(1.0, score + 0.01)})
    assert above.flagged and above.top.category == "self_harm"
    assert not any(f.category == "self_harm" for f in below.findings)


def test_uncertain_band() -> None:
    text = "i won't need my stuff anymore after this weekend, you can have it"
    score = DETECTOR.detect(text).scores["self_harm"]
    d = DETECTOR.detect(text, thresholds={"self_harm": min(1.0, score + 0.05)})
    assert "self_harm" in d.uncertain and not any(f.category == "self_harm" for f in d.findings)


@pytest.mark.parametrize(
    ("text", "category"),
    [
        ("my friend said she wants to kill herself", "concern_for_other"),
        ('my best friend texted me "i want to die" and now she won\'t answer', "concern_for_other"),
        ("my bestie keeps saying she wants to kms", "concern_for_other"),
        ("i want to kill myself", "self_harm"),
        ("my friend said i'm being dramatic but i want to die", "self_harm"),
        ("my friend wants to die and honestly i want to kill myself too", "self_harm"),
    ],
)
def test_self_versus_friend(text: str, category: str) -> None:
    f = top(text)
    assert f is not None and f.category == category, DETECTOR.detect(text)


def test_reported_speech_names_the_underlying_rule() -> None:
    f = top("my bestie keeps saying she wants to kms")
    assert f.rule == "concern_for_other.reported_speech"
    assert "self_harm.kms" in f.context and "my bestie keeps saying" in f.context


@pytest.mark.parametrize(
    "text",
    [
        "IWANTTOKILLMYSELF",
        "i w4nt t0 d1e",
        "i want to diiiieeee",
        "kms fr",
        "been thinking abt sewerslide",
        "gonna unalive myself",
        "k i l l myself",
    ],
)
def test_how_students_type_is_read(text: str) -> None:
    f = top(text)
    assert f is not None and f.category == "self_harm", text


def test_squashed_text_is_read_by_the_rules_too() -> None:
    assert RULES_ONLY.detect("imgonnakillmyself").findings == ()
    f = top("imgonnakillmyself")
    assert f.source == "rule" and f.rule == "self_harm.kill_myself"


@pytest.mark.parametrize(
    "text",
    [
        "this homework is killing me",
        "i could kill for some pizza",
        "i'm dead tired",
        "i was dying of laughter",
        "i killed the boss on the first try",
        "why did romeo and juliet kill themselves",
        "what weapons did soldiers carry in world war 1",
        "how much tylenol can i take for a headache",
        "my friend is sad because her hamster died",
    ],
)
def test_hard_negatives(text: str) -> None:
    assert DETECTOR.detect(text).findings == (), text


@pytest.mark.parametrize(
    ("text", "category"),
    [
        ("i tried to kill myself last night, i got help before but it didnt work", "self_harm"),
        ("i was 50 days clean but i relapsed and i want to die again", "self_harm"),
        ("i used to cut and i started again this week", "self_harm"),
        ("i wanted to die yesterday and i still do", "self_harm"),
        ("lol im serious i want to die", "self_harm"),
        ("im going to kill him for what he did to my sister", "violence"),
        ("i'm not kidding i will hurt him", "violence"),
        ("im gonna kill him he ate my fries. jk... unless?", "violence"),
    ],
)
def test_frames_do_not_hide_present_risk(text: str, category: str) -> None:
    for level in ("medium", "high"):
        d = DETECTOR.detect(text, sensitivity=level)
        assert category in d.categories, (text, level, d)
        assert any(f.source == "rule" for f in d.findings), (text, level, d)


@pytest.mark.parametrize(
    "text",
    [
        "i thought about ending my life a lot in 8th grade, then i got help and im doing better",
        "300 days clean from self harm today!!",
        "im gonna kill my brother he ate my leftovers lol",
        "i swear ill murder her. jk obviously",
        "i wanted to die when the teacher read my essay out loud",
        "we're gonna kill them friday night",
    ],
)
def test_frames_silence_the_rules(text: str) -> None:
    for level in ("low", "medium", "high"):
        assert RULES_ONLY.detect(text, sensitivity=level).findings == (), (text, level)


def test_categories_limit_what_is_flagged() -> None:
    d = DETECTOR.detect(
        "my friend said she wants to kill herself",
        categories=("self_harm", "violence", "sexual_minors"),
        use_model=False,
    )
    assert d.findings == ()


def test_findings_are_sorted_most_serious_first() -> None:
    d = DETECTOR.detect(
        "I want to kill myself. Also my friend keeps talking about dying.", sensitivity="high"
    )
    severities = [detect.SEVERITIES.index(f.severity) for f in d.findings]
    assert severities == sorted(severities)
    assert d.top.category == "self_harm"
    assert d.categories[0] == "self_harm"


def test_third_person_report() -> None:
    report = rules.third_person_report
    assert report("my best friend texted me that he doesn't want to be alive") == (
        "my best friend texted"
    )
    assert report("my friend said she gave away all her stuff") == "my friend said"
    assert report("my friend said i'm dramatic but i want to die") is None  # the writer's own
    assert report("i want to die") is None
    assert report("my friend said hi") is None  # nothing about anyone


# ------------------------------------------------------------------------------------------
# Frames veto the model too: risk words told as over, quoted to condemn them, taken back
# ------------------------------------------------------------------------------------------

MODEL_FRAMED: list[tuple[str, str, str]] = [
    ("i was suicidal all through 9th grade and wanted to die, now im actually happy", "self_harm",
     "recovery_frame"),
    ("i wanted to end it all in middle school. therapy saved me and now i love my life",
     "self_harm", "recovery_frame"),
    ("last year i tried to kill myself. now i'm happy and in college", "self_harm",
     "recovery_frame"),
    ("last year i was suicidal but now i have a counselor and a cat and i want to live",
     "self_harm", "recovery_frame"),
    ("people posting that refugees should be hanged and shot is disgusting", "violence",
     "reported_threat"),
    ('someone wrote "i will shoot you all" on the bathroom wall and it is not funny',
     "violence", "reported_threat"),
    ("i am going to murder my brother. not literally obviously but i am so mad", "violence",
     "take_back"),
    ('no, "i\'ll find where you live" is not a joke. yes, i screenshotted it for the police',
     "violence", "reported_threat"),
    ("can you get addicted to sleeping pills if you take them every night for a month?",
     "self_harm", "medicine_question"),
    # a dose asked to keep someone safe, a medicine taken by mistake
    ("whats the maximum amount of ibuprofen my dad can take in a day, i want to make sure he"
     " isnt overdoing it", "self_harm", "medicine_question"),
    ("my little sister accidentally swallowed one of my dads sleeping pills, is she going to be"
     " ok", "self_harm", "medicine_question"),
    ("i used to want to kill myself every day. now i have a therapist and im looking forward"
     " to summer", "self_harm", "recovery_frame"),
    ("my friend said she wants to die but she was just kidding", "concern_for_other",
     "friend_fine"),
    ("my cousin said she'd kill herself if she failed but it was a joke, shes totally fine",
     "concern_for_other", "friend_fine"),
    ("telling someone you'll shoot them is never a joke", "violence", "reported_threat"),
    ("is ophelia's death a suicide", "self_harm", "about_a_work"),
    ("my mystery story needs a clever way for the maid to shoot the butler", "violence",
     "about_a_work"),
    ("phrases to learn: over my dead body, kill time, bite the bullet", "violence",
     "about_a_work"),
    ('someone wrote "i will stab you" on my locker and it is not funny', "violence",
     "reported_threat"),
    ("someone in my year posted he'd bring a gun in on thursday. i told my form tutor straight"
     " away, you don't joke about that", "violence", "told_an_adult"),
    ("someone in our year chat said he'd bring a knife in on monday. i screenshotted it and sent"
     " it to the head of year, i don't care if im a snitch", "violence", "told_an_adult"),
    ("sick of these people taking over our town, they should all go home", "violence",
     "nonviolent_demand"),
    # low mood, intent denied in so many words
    ("Mum and dad shout all the time and I'm stuck in the middle and I'm so tired of all of it."
     " I'm not going to do anything daft, I just needed to vent.", "self_harm", "intent_denied"),
    ("i feel like im drowning and nobody even notices me anymore. im not thinking of hurting"
     " myself, i just feel so alone", "self_harm", "intent_denied"),
    # a dose got wrong, not a method
    ("What happens if you take too much vitamin D? I've been eating the gummies like sweets.",
     "self_harm", "medicine_question"),
    ("What happens if I take two ibuprofen instead of one? My head really hurts.", "self_harm",
     "medicine_question"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "category", "frame"), MODEL_FRAMED)
def test_frames_veto_the_models_finding(text: str, category: str, frame: str) -> None:
    evidence = " ".join(DETECTOR.model.top_span(text, category))
    assert rules.model_frame(text, category, lambda: evidence) == frame
    score = DETECTOR.detect(text, sensitivity="high").scores[category]
    # at a threshold under its score the model would flag it (where the shipped model reads
    # it as benign by itself, a school's low threshold): the frame is what stops it
    under = {category: min(detect.THRESHOLDS["high"][category], score * 0.9)}
    for level in ("medium", "high"):
        found = DETECTOR.detect(text, sensitivity=level, thresholds=under)
        assert not any(f.source == "model" and f.category == category for f in found.findings)


MODEL_NOT_FRAMED: list[tuple[str, str]] = [
    # intent denied for now only, or for tonight
    (
        "Some nights I think everyone would cope fine without me. I've never wanted to actually"
        " do anything about it, not yet anyway.",
        "self_harm",
    ),
    (
        "i feel like im drowning and nobody even notices me anymore. im not thinking of hurting"
        " myself tonight",
        "self_harm",
    ),
    # risk now after all, and the model still decides
    ("i haven't cut in a month and therapy helped but i really want to", "self_harm"),
    ("i was suicidal last year. i thought i was ok. tonight i want to end it", "self_harm"),
    ("i haven't had a suicidal thought in months but last night they came back", "self_harm"),
    ("therapy helped for a while but i don't see the point of going on anymore", "self_harm"),
    ("i was doing better. still want to disappear though", "self_harm"),
    ("i was okay last year. i want to live but i can't do this anymore", "self_harm"),
    ("people saying they should all be hanged are right and i mean it", "violence"),
    ("the news keeps lying about us. they should all be shot tomorrow", "violence"),
    ("i said i'd never hurt her. i lied. she pays for it", "violence"),
    (
        "my friend said she wants to die and she says shes fine but i dont buy it",
        "concern_for_other",
    ),
    (
        "my friend was joking about ending it but now shes giving her stuff away",
        "concern_for_other",
    ),
    # a story beside the writer's own words
    ("in the book the boy wants to die and i feel exactly like him", "self_harm"),
    ("for my short story the killer stabs someone in the alley, i want to do it irl", "violence"),
    # the people condemned are not those who say it
    (
        "my uncle reckons the migrants are the problem and we should burn their houses down",
        "violence",
    ),
    ("is it safe to take 20 tylenol at once, i want to sleep and not wake up", "self_harm"),
    ("what's the max dose of paracetamol, i want to take enough to not wake up", "self_harm"),
    (
        "i took my mums sleeping pills by accident on purpose lol, how many till i dont wake up",
        "self_harm",
    ),
    (
        "whats the max dose of paracetamol before its too late to fix it. asking for tonight",
        "self_harm",
    ),
]


@pytest.mark.parametrize(("text", "category"), MODEL_NOT_FRAMED)
def test_frames_do_not_veto_present_risk(text: str, category: str) -> None:
    evidence = " ".join(DETECTOR.model.top_span(text, category))
    assert rules.model_frame(text, category, lambda: evidence) is None


def test_frames_veto_the_model_only_in_short_messages() -> None:
    recovery = "i haven't had a suicidal thought in months, therapy really helped. "
    long_post = recovery + "we moved house and my dog died and school is a lot. " * 8
    assert len(DETECTOR.model.analyse(long_post).words) > detect.FRAMED_WORDS["self_harm"]
    assert rules.model_frame(long_post, "self_harm", lambda: "i wanted to die") is not None
    # the veto is not applied: the model's finding (if any) stands in a long post
    scored = DETECTOR.detect(long_post).scores["self_harm"]
    flagged = any(f.category == "self_harm" for f in DETECTOR.detect(long_post).findings)
    assert flagged == (scored >= detect.THRESHOLDS["medium"]["self_harm"])


def test_a_recovery_story_is_framed_in_a_longer_post_than_a_threat() -> None:
    # the crisis, then the present, told over a post of some 60 words
    story = (
        "Two years ago I was in hospital after I tried to end my life. I honestly thought that"
        " was it for me and that nobody would notice. Some nights I still remember the"
        " ambulance and the lights. Today I finished my first year of nursing and my dad took"
        " me out for dinner to celebrate."
    )
    words = len(DETECTOR.model.analyse(story).words)
    assert detect.MAX_FRAMED_WORDS < words <= detect.FRAMED_WORDS["self_harm"]
    evidence = " ".join(DETECTOR.model.top_span(story, "self_harm"))
    assert rules.model_frame(story, "self_harm", lambda: evidence) == "recovery_frame"
    assert DETECTOR.detect(story, sensitivity="high").scores["self_harm"] >= 0.5
    assert "self_harm" not in DETECTOR.detect(story).categories
    assert "self_harm" in DETECTOR.detect(story.replace("Two years ago", "Last night")).categories


# Violence condemned in the writer's own words, advice to tell an adult: the guard holds the
# model's strongest word. (text, category, guard)
MODEL_GUARDED: list[tuple[str, str, str]] = [
    ("Nobody deserves to be beaten for who they love.", "violence", "violence_condemned"),
    ("No one deserves to be beaten up because of who they love.", "violence",
     "violence_condemned"),
    ("If your mate says he's going to stab someone, tell an adult instead of laughing it off.",
     "concern_for_other", "advice_to_tell"),
    ("If a friend says they want to hurt someone, take it seriously and tell an adult.",
     "concern_for_other", "advice_to_tell"),
    ("If you see someone threatening a teacher online, screenshot it and tell someone.",
     "violence", "advice_to_tell"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "category", "guard"), MODEL_GUARDED)
def test_condemnation_and_advice_veto_the_model(text: str, category: str, guard: str) -> None:
    strongest = DETECTOR.model.explain(text, category, 1)[0][0]
    assert rules.model_guard(text, category, strongest) == guard
    score = DETECTOR.detect(text, sensitivity="high").scores[category]
    under = {category: min(detect.THRESHOLDS["high"][category], score * 0.9)}  # as above
    for level in ("medium", "high"):
        assert category not in DETECTOR.detect(text, sensitivity=level, thresholds=under).categories


@pytest.mark.parametrize(
    ("text", "category"),
    [
        ("nobody deserves to be beaten but he does and im going to do it tomorrow", "violence"),
        ("what happens if you take too many paracetamol, i want to not wake up", "self_harm"),
        (
            "what happens if i take too much of my mums sleeping pills, asking for tonight",
            "self_harm",
        ),
    ],
)
def test_condemnation_and_dose_questions_leave_a_threat_or_a_method(
    text: str, category: str
) -> None:
    assert category in DETECTOR.detect(text).categories


# ------------------------------------------------------------------------------------------
# A risk the model is sure of without knowing which: flagged as the likeliest category
# ------------------------------------------------------------------------------------------


def _split_model() -> Any:
    """A model that reads "zorp" as half self-harm, half violence, and hardly benign; and
    "blip" as the same, less sure."""
    return model.LinearModel(
        vocabulary={"zorp": 5, "blip": 5},
        features=["blip", "zorp"],
        weights=[(0.0, 1.0, 0.9, -5.0), (0.0, 2.0, 1.9, -5.0)],
        bias=(0.0, 0.0, 0.0, 0.0),
        char_weight=0.1,
        window=24,
        stride=8,
    )


def test_a_risk_the_model_cannot_place_is_flagged_as_the_likeliest_category() -> None:
    detector = detect.Detector(_split_model())
    found = detector.detect("zorp")
    medium = detect.THRESHOLDS["medium"]
    assert found.scores["self_harm"] < medium["self_harm"]
    assert found.scores["violence"] < medium["violence"]
    assert found.scores["self_harm"] + found.scores["violence"] >= detect.ANY_RISK["medium"]
    assert [(f.category, f.source, f.rule) for f in found.findings] == [
        ("self_harm", "model", "model.self_harm")
    ]
    assert found.top.context.startswith("model: risk 0.9"), found.top.context
    # together below the bar: nothing
    unsure = detector.detect("blip")
    assert unsure.scores["self_harm"] + unsure.scores["violence"] < detect.ANY_RISK["medium"]
    assert not unsure.flagged
    # a school that raised a category's threshold raised the bar with it
    assert not detector.detect("zorp", thresholds={"self_harm": 0.95}).flagged
    # and what the model gives a category the caller does not check does not count
    assert not detector.detect("zorp", categories=("violence", "concern_for_other")).flagged


# ------------------------------------------------------------------------------------------
# An idiom, a game or a denial that holds the model's strongest word vetoes its finding
# ------------------------------------------------------------------------------------------


def _shoot_model() -> Any:
    """A model that reads "shoot" as violence and nothing else as anything."""
    return model.LinearModel(
        vocabulary={"shoot": 5},
        features=["shoot"],
        weights=[(0.0, 0.0, 8.0, 0.0)],
        bias=(0.0, -4.0, -4.0, -4.0),
        char_weight=0.1,
        window=24,
        stride=8,
    )


@pytest.mark.parametrize(
    ("text", "guard"),
    [
        ("i'll shoot you a message when i've finished the draft", "shoot_idioms"),
        ("can you shoot him a quick email about the meeting", "shoot_idioms"),
        ("coach says i need to shoot more from outside the box", "shoot_idioms"),
    ],
)
def test_an_idiom_holding_the_strongest_word_vetoes_the_model(text: str, guard: str) -> None:
    detector = detect.Detector(_shoot_model())
    assert rules.model_guard(text, "violence", "shoot") == guard
    found = detector.detect(text, sensitivity="high")
    assert found.scores["violence"] >= detect.THRESHOLDS["high"]["violence"], found.scores
    assert not found.flagged, found.findings


@pytest.mark.parametrize(
    "text",
    [
        "i'm going to shoot him tomorrow",  # no idiom: the finding stands
        "ill shoot you a text when im home. i mean it",  # meant after all
        "shoot you a message later. i will shoot everyone in my class",  # beyond the idiom
    ],
)
def test_the_model_guard_leaves_a_threat_alone(text: str) -> None:
    detector = detect.Detector(_shoot_model())
    found = detector.detect(text, sensitivity="high")
    if rules.model_guard(text, "violence", "shoot") is None:
        assert any(f.category == "violence" for f in found.findings), found.findings
    else:
        pytest.fail(f"guarded: {text}")


def test_the_model_guard_is_for_whole_idioms_only() -> None:
    # the guards that drop an overlapping rule match but are too loose to judge a whole
    # message ("for the game", a quotation) are not used on the model
    for category in ("self_harm", "violence"):
        ids = {g.id for g in rules._MODEL_GUARDS[category]}
        assert ids <= rules._MODEL_GUARD_IDS
        assert "games_and_play" not in ids and "quoted_literature" not in ids
    assert rules.model_guard("i'm not going to kill myself, just tired", "self_harm", "kill")
    assert rules.model_guard("i want to die in minecraft", "self_harm", "xyz") is None


def test_dying_every_round_is_a_game() -> None:
    text = "i need someone to carry me, i keep dying first every round"
    assert rules.model_guard(text, "self_harm", "dying") == "game_deaths"
    assert rules.model_guard("i keep dying inside every day", "self_harm", "dying") is None


def test_a_feature_overlapping_an_idiom_is_held_by_it() -> None:
    # "to die" starts a word before the game's death ("die on purpose in terraria so i
    # respawn"): the same use, held by the idiom
    text = "quickest way to die on purpose in terraria so i respawn at my bed?"
    assert rules.model_guard(text, "self_harm", "to die") == "game_deaths"
    assert (
        rules.model_guard("i want to die. quickest way in real life", "self_harm", "to die") is None
    )
    # a weapon "for the game" may be for a match at school: no veto
    assert (
        rules.model_guard("getting a pistol from my cousin for the game", "violence", "pistol")
        is None
    )


# ------------------------------------------------------------------------------------------
# Whose harm: a wish to hurt someone else is violence, even when the model reads a crisis
# ------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "elsewhere"),
    [
        ("I want to watch him bleed out. I want to be the one who does it.", True),
        ("i keep thinking about hurting her so badly i can feel it in my hands", True),
        ("i want to make my stepdad suffer for what he did", True),
        ("i want to hurt him so bad and then i want to die", False),  # the writer's own too
        ("i keep thinking about hurting myself", False),
        ("gave my dog to a family who will be around for her", False),  # no harm to anyone
    ],
)
def test_harm_aimed_elsewhere(text: str, elsewhere: bool) -> None:
    assert rules.harm_aimed_elsewhere(text) is elsewhere


def _wish_model() -> Any:
    """A model that reads "bleed" as self-harm and "watch" as violence."""
    return model.LinearModel(
        vocabulary={"bleed": 5, "watch": 5},
        features=["bleed", "watch"],
        weights=[(0.0, 9.0, 0.0, 0.0), (0.0, 0.0, 9.3, 0.0)],
        bias=(0.0, -4.0, -4.0, -4.0),
        char_weight=0.1,
        window=24,
        stride=8,
    )


def test_a_wish_on_someone_else_is_violence_not_self_harm() -> None:
    detector = detect.Detector(_wish_model())
    # (thresholds a school lowered, so that both of the model's findings stand)
    limits = {"self_harm": 0.4, "violence": 0.5}
    found = detector.detect("i want to watch him bleed", sensitivity="high", thresholds=limits)
    assert found.scores["self_harm"] >= limits["self_harm"]
    assert found.scores["violence"] >= limits["violence"]
    assert [f.category for f in found.findings] == ["violence"]
    # the writer's own crisis named too: both stand, the crisis first
    both = detector.detect(
        "i want to watch him bleed and then i want to die", sensitivity="high", thresholds=limits
    )
    assert both.findings[0].category == "self_harm"
    assert "violence" in [f.category for f in both.findings]


# ------------------------------------------------------------------------------------------
# A rule gives way when the model reads the whole message as plainly benign
# ------------------------------------------------------------------------------------------


def _sure_benign_model() -> Any:
    """A model all but certain that a message saying "amogus" is benign, unsure of others."""
    return model.LinearModel(
        vocabulary={"amogus": 5},
        features=["amogus"],
        weights=[(0.0, -9.0, -9.0, -9.0)],
        bias=(0.0, 0.0, 0.0, 0.0),
        char_weight=0.1,
        window=24,
        stride=8,
    )


def test_a_rule_gives_way_when_the_model_is_sure_the_message_is_benign() -> None:
    detector = detect.Detector(_sure_benign_model())
    text = "amogus: i want to kill myself"
    sure = detector.detect(text)
    assert 1.0 - sum(sure.scores.values()) >= detect.RULE_VETO
    assert not sure.flagged and "self_harm" in sure.uncertain  # a second opinion may block
    assert not detector.detect(text, sensitivity="low").flagged
    # at high the rule stands; so it does when the model is unsure, or absent
    assert [f.rule for f in detector.detect(text, sensitivity="high").findings] == [
        "self_harm.kill_myself"
    ]
    assert detector.detect("i want to kill myself").top.rule == "self_harm.kill_myself"
    assert RULES_ONLY.detect(text).top.rule == "self_harm.kill_myself"
    # and when the message says it is meant
    assert detector.detect(text + ", i mean it").top.rule == "self_harm.kill_myself"


def test_the_veto_never_reaches_sexual_content_involving_minors() -> None:
    detector = detect.Detector(_sure_benign_model())
    text = "amogus send me pics ur 14 right dont tell ur mum"
    found = detector.detect(text)
    assert 1.0 - sum(found.scores.values()) >= detect.RULE_VETO
    assert found.top is not None and found.top.category == "sexual_minors"
