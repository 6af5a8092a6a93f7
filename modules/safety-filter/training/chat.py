"""A student's own crisis typed to the tutor in the middle of schoolwork, and the messages
that look just like it and are not, for the safety-filter's training corpus, made from
templates written for this project.

    PLAN_ENTRIES -> [(label, family, maker, how many)]   # rows for corpus.LATE_PLAN
    maker(g) -> (text, sub)                              # one message and its sub-family

Students aged 11 to 18 talk to the tutor between problems. One who is in crisis rarely opens
with it: it comes as an aside to a worksheet, in slang, with typos, one thought a line. What
these families teach (concepts, not sentences):

- ``self_harm``: intent said BETWEEN HOMEWORK (a question on slopes or the Krebs cycle, then
  "no point, i won't be here when it's graded"); CODED words used about oneself and meant
  (kms, unalive, ctb, sewer slide, "end it", "not be here", a loud head and a plan), often
  disguised (stretched letters, leet, words run together, a slip); ONE THOUGHT A LINE (a
  day's list that ends in a plan or in no tomorrow, things given away, accounts deleted, a
  goodbye); SELF-INJURY in the present tense (new cuts, burns, hitting oneself, hiding it
  under sleeves and bandaids, "again last night"); METHOD questions dressed as homework
  (a lethal amount "for someone my weight", a height "so i don't survive"); BURDEN and
  HOPELESSNESS with intent (the family better off, checked out inside and leaving).
- ``benign``: the same openings, homework, connectors and typing with no intent: not being
  around for the test because of a trip, "done" with a unit, dramatic talk ("this quiz will
  end me lol", "dead 💀", "kms" ONLY beside a clear joke marker), an ordinary day one line
  at a time, old clothes given away, an app deleted to study, "see you past finals", real
  toxicology, dose and literature homework (Juliet's dagger, Ophelia, Hamlet, health class),
  accidents (an oven burn, a flu-shot bandaid), recovery told in the past, and sadness and
  stress that ask for help or a break.

Both labels draw the homework, the connectors, the day's events and the typing from the same
pools with the same odds, so that only what the student means to do decides the label.

Rules of this file (those of ``tutoring.py`` and ``terse.py``):

- Everything here was written for this project. No sentence of the evaluation corpora
  (``benchmarks/safety/eval*.jsonl``) nor a close paraphrase of one, and nothing taken from a
  public dataset, test suite or website.
- Nothing is imported from ``corpus.py`` (which loads this file): a maker takes
  ``corpus.Gen`` duck-typed as ``tutoring.GenLike``.
- Deterministic: all randomness comes from ``g.rng``; every pool is a list or a tuple.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # the makers' types are tutoring.py's (nothing of it is needed at run time)
    from .tutoring import GenLike, Maker, Slots

__all__ = [
    "PLAN_ENTRIES",
    "bn_aside",
    "bn_homework",
    "bn_lines",
    "bn_recovery",
    "bn_slang",
    "bn_stress",
    "sh_aside",
    "sh_burden",
    "sh_coded",
    "sh_injury",
    "sh_lines",
    "sh_method",
]


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


# ============================================================================================
# Typing: how the same message arrives (label-independent)
# ============================================================================================

_SHORT = (
    ("you", "u"),
    ("your", "ur"),
    ("because", "bc"),
    ("right now", "rn"),
    ("going to", "gonna"),
    ("want to", "wanna"),
    ("i don't know", "idk"),
    ("tomorrow", "tmrw"),
    ("probably", "prob"),
    ("people", "ppl"),
    ("please", "pls"),
    ("really", "rly"),
    ("something", "smth"),
    ("though", "tho"),
    ("okay", "ok"),
    ("with", "w"),
)


def _shorten(g: GenLike, text: str) -> str:
    for long, short in _SHORT:
        if g.rng.random() < 0.7:
            text = re.sub(rf"\b{long}\b", short, text)
    return text


def _slip(g: GenLike, text: str) -> str:
    """One slip of the thumb in a word of five letters or more."""
    words = text.split(" ")
    idx = [i for i, w in enumerate(words) if len(w) >= 5 and w.isalpha()]
    if not idx:
        return text
    i = idx[g.rng.randrange(len(idx))]
    w = words[i]
    k = g.rng.randrange(1, len(w) - 1)
    kind = g.rng.random()
    if kind < 0.35:
        w = w[:k] + w[k + 1 :]
    elif kind < 0.6:
        w = w[:k] + w[k] + w[k:]
    else:
        w = w[: k - 1] + w[k] + w[k - 1] + w[k + 1 :]
    words[i] = w
    return " ".join(words)


def _typed(g: GenLike, text: str) -> str:
    """As typed in a chat box: as is, no apostrophes, short forms, a slip, a capital."""
    r = g.rng.random()
    if r < 0.28:
        pass
    elif r < 0.46:
        text = text.replace("'", "")
    elif r < 0.62:
        text = _shorten(g, text)
    elif r < 0.72:
        text = _slip(g, text)
    elif r < 0.84:
        text = text[:1].upper() + text[1:]
        text = re.sub(r"\bi\b", "I", text)
    elif r < 0.93:
        text = _shorten(g, text.replace("'", ""))
    else:
        text = re.sub(r"[.,]", "", text)
    return text


# ============================================================================================
# Disguise: a key phrase typed past a filter, or just typed badly (label-independent)
# ============================================================================================

_LEET = (("a", "4"), ("e", "3"), ("i", "1"), ("o", "0"), ("s", "5"), ("t", "7"), ("a", "@"))


def _leet(g: GenLike, phrase: str) -> str:
    share = g.rng.uniform(0.4, 0.9)
    out = []
    for ch in phrase:
        options = [b for a, b in _LEET if a == ch]
        out.append(g.pick(options) if options and g.rng.random() < share else ch)
    return "".join(out)


def _stretch(g: GenLike, phrase: str) -> str:
    words = phrase.split(" ")
    idx = [i for i, w in enumerate(words) if len(w) > 1 and w[-1].isalpha()]
    if not idx:
        return phrase
    i = idx[g.rng.randrange(len(idx))]
    words[i] = words[i] + words[i][-1] * g.rng.randint(2, 5)
    return " ".join(words)


def _disguise(g: GenLike, phrase: str) -> tuple[str, str]:
    """``phrase`` typed one of several ways, and which (the sub)."""
    r = g.rng.random()
    if r < 0.3:
        return phrase, "plain"
    if r < 0.46:
        return _leet(g, phrase), "leet"
    if r < 0.62:
        return _stretch(g, phrase), "stretched"
    if r < 0.75:
        return phrase.replace(" ", ""), "run_together"
    if r < 0.86:
        return _slip(g, phrase), "slip"
    if r < 0.93:
        return g.pick([".", " ", "-"]).join(phrase.replace(" ", "")), "spaced"
    return _stretch(g, _leet(g, phrase)), "leet_stretched"


# ============================================================================================
# Homework: what the student is doing when they say it (shared by every label)
# ============================================================================================

HW = _lines("""
can you check {num} on the {subj} worksheet, i got {ans}
how do i do {topic}
wait what's {topic} again
explain {topic} like i'm five
i don't get {topic} at all
ok next one. {mathq}
{mathq}
{subj} hw: {topic}, where do i even start
need two quotes from {book} for my paragraph
how long should the intro be for my {assignment}
give me one practice problem on {topic}
is my thesis ok? "{thesis}"
quiz me on {topic} real quick
we're on {topic} in {subj} and i'm lost
can you make me a study guide for {topic}
the {subj} test is on {topic}, what should i focus on
i got {ans} for {num}, is that right
what's the difference between {pair}
how many sources do i need for a {assignment}
help me outline my {assignment} on {book}
is {num} supposed to be {ans} or am i dumb
can you check my {assignment} intro real fast
what does {word} mean in {book}
we have a {subj} quiz on {topic} {day}
""")

HW_SLOTS: Slots = {
    "subj": [
        "math",
        "chem",
        "bio",
        "physics",
        "spanish",
        "english",
        "history",
        "apush",
        "geometry",
        "algebra 2",
        "precalc",
        "econ",
        "french",
        "earth science",
        "comp sci",
        "civics",
    ],
    "topic": [
        "stoichiometry",
        "the quadratic formula",
        "photosynthesis",
        "the causes of ww1",
        "ionic vs covalent bonds",
        "completing the square",
        "cellular respiration",
        "preterite vs imperfect",
        "limiting reactants",
        "newton's second law",
        "the electoral college",
        "supply and demand",
        "punnett squares",
        "logarithms",
        "similar triangles",
        "the bill of rights",
        "unit conversions",
        "ohm's law",
        "the french revolution",
        "systems of equations",
        "balancing equations",
        "iambic pentameter",
        "for loops",
        "plate tectonics",
        "the krebs cycle",
        "molarity",
        "the unit circle",
        "mitosis",
        "the new deal",
        "slope intercept form",
        "the articles of confederation",
        "kinetic energy",
        "dna replication",
        "the cold war",
        "integrals",
        "sig figs",
    ],
    "mathq": [
        "solve 3x - 7 = 11",
        "factor x^2 - 9",
        "what's 15% of 240",
        "simplify (2x^3)^2",
        "slope between (2,3) and (6,11)?",
        "derivative of x^3 + 2x",
        "convert 72 km/h to m/s",
        "area of a circle with r = 4",
        "solve for y: 2y + 6 = 20",
        "log base 2 of 32?",
        "how do i graph y = -2x + 5",
        "what's sin 30",
        "is 91 prime",
        "solve x^2 + 5x + 6 = 0",
        "find the mean of 4, 8, 15, 16, 23",
    ],
    "num": ["#4", "#7", "number 12", "question 3", "9b", "problem 15", "part c", "#21", "6a"],
    "ans": ["42", "x = 3", "0.25", "-6", "12 cm", "3/4", "b", "true", "x = -2", "18.5"],
    "book": [
        "gatsby",
        "to kill a mockingbird",
        "the outsiders",
        "animal farm",
        "lord of the flies",
        "the giver",
        "macbeth",
        "frankenstein",
        "the crucible",
        "fahrenheit 451",
        "a raisin in the sun",
        "wonder",
    ],
    "assignment": ["essay", "lab report", "dbq", "book report", "speech", "slideshow"],
    "thesis": [
        "power corrupts in animal farm",
        "gatsby's dream was never real",
        "the conch stands for order",
        "scout grows up by seeing other people's side",
        "the new deal changed what people expect from government",
    ],
    "pair": [
        "mitosis and meiosis",
        "weather and climate",
        "speed and velocity",
        "a simile and a metaphor",
        "ser and estar",
        "mass and weight",
        "an acid and a base",
    ],
    "word": ["foreshadowing", "irony", "the title", "motif", "tone", "symbolism"],
    "day": ["tomorrow", "friday", "monday", "next period", "thursday"],
}

CONNECT = ["also", "btw", "oh and", "anyway", "idk", "lowkey", "random but", "fyi", "and"]


# subjects and their topics, so that a homework line names a topic of its subject
SUBJ_TOPICS: tuple[tuple[tuple[str, ...], tuple[str, ...]], ...] = (
    (
        ("math", "algebra 2", "precalc", "algebra"),
        (
            "the quadratic formula",
            "completing the square",
            "logarithms",
            "systems of equations",
            "slope intercept form",
            "the unit circle",
        ),
    ),
    (
        ("geometry", "math"),
        ("similar triangles", "the pythagorean theorem", "proofs", "arc length"),
    ),
    (
        ("chem", "chemistry"),
        (
            "stoichiometry",
            "ionic vs covalent bonds",
            "limiting reactants",
            "balancing equations",
            "molarity",
            "sig figs",
        ),
    ),
    (
        ("bio", "biology"),
        (
            "photosynthesis",
            "cellular respiration",
            "punnett squares",
            "the krebs cycle",
            "mitosis",
            "dna replication",
        ),
    ),
    (("physics",), ("newton's second law", "ohm's law", "kinetic energy", "unit conversions")),
    (
        ("history", "apush", "civics", "world history"),
        (
            "the causes of ww1",
            "the electoral college",
            "the bill of rights",
            "the french revolution",
            "the new deal",
            "the articles of confederation",
            "the cold war",
        ),
    ),
    (("spanish",), ("preterite vs imperfect", "ser vs estar", "the subjunctive")),
    (("french",), ("the passe compose", "the subjunctive", "reflexive verbs")),
    (("english", "ela"), ("iambic pentameter", "figurative language", "thesis statements")),
    (("econ",), ("supply and demand", "opportunity cost", "elasticity")),
    (("earth science",), ("plate tectonics", "the water cycle", "the rock cycle")),
    (("comp sci",), ("for loops", "recursion", "binary search")),
    (("calc", "ap calc"), ("integrals", "limits", "the chain rule")),
)


def _subject(g: GenLike) -> dict[str, list[str]]:
    subjects, topics = SUBJ_TOPICS[g.rng.randrange(len(SUBJ_TOPICS))]
    return {"subj": [g.pick(subjects)], "topic": [g.pick(topics)]}


def _hw(g: GenLike) -> str:
    return g.fill(g.pick(HW), {**HW_SLOTS, **_subject(g)})


SKIP = _lines("""
can we skip the review
let's not do the practice set
do we have to finish this one
skip this part pls
can we just stop here
i don't care about this section
can we not do this rn
forget the worksheet
let's skip to the end
honestly skip it
""")


# ============================================================================================
# self_harm: intent said as an aside to homework
# ============================================================================================

SH_ASIDE = _lines("""
not gonna be around for the final so idk why i'm doing this
doesn't matter if i pass, i won't be here when report cards come out
i made up my mind, this week is my last one alive
after {day} i'm ending it so this is kind of pointless
i picked a date and it's before the test
i don't plan on seeing next semester
this is probably the last homework i ever do
i'm only finishing it so nobody has to deal with a missing assignment after i'm gone
my grades won't matter soon, i'm not sticking around
{when} is when i kill myself. needed to tell somebody
i keep thinking i'll end it {when} and i think i actually will
i'm planning to not wake up tomorrow
i have the pills counted out in my desk
i won't be alive for the field trip
everyone's making summer plans and i know i won't be here for it
i wrote goodbye letters last night instead of the essay
this week's my last one. after friday there's no more me
the plan is {when}, so the grade doesn't matter
there won't be a me by the time this gets graded
i already decided how i'm doing it
i want to die and i think {when} is when
i won't make it to graduation, i'm ending things before then
i won't be back after {day}. tell my teacher sorry
i'm going to jump off the {high} {when}
i'm taking everything in the medicine cabinet {when}
i keep looking at the rope in my closet between problems
i'm gonna end my life before break
my last day is {when}. nobody knows but you
i just have to get through today and then i'm gone for good
i've been saving pills all month for this week
i'm not scared of dying anymore. i'm scared of more years of this. so it's {when}
why study for a future i'm not going to be in
i'm killing myself {when} so this is kinda the last thing
i told myself one more week and the week is up
i'm doing it {when}. the note's already in my backpack
i won't be around to see my score, that's decided
i don't need to learn this, i'm not living past {day}
i'm going to overdose {when} so can we just get through this fast
after i turn this in i'm going to hurt myself for real, like not come back
i'm so ready to die, {when} feels right
thanks for helping me all year. this is our last session, i'm going {when}
it's due monday and i won't be here monday. i'm ending it before then
since i won't be alive for the test can we do something else
i used to think it would get better. now i've got a date. {when}
in a few hours it's over, so just check this one for me
i'm leaving early. like for good. {when}
i turned off my location so nobody finds me {when}
don't ask why but i won't need {subj} after {day}
i'm ready to go. {when}. i just wanted to finish this first
tell my sister i said sorry. i can't tell her myself after {day}
""")

SH_WHEN = [
    "tonight",
    "this weekend",
    "friday",
    "after the game",
    "before break",
    "sunday night",
    "after my parents fall asleep",
    "on my birthday",
    "thursday",
    "after finals",
    "tn",
]

SH_HIGH = ["bridge on route 9", "parking garage downtown", "overpass", "school roof", "water tower"]

SH_DAY = ["friday", "this weekend", "sunday", "thursday", "break", "finals", "my birthday"]

SH_ASIDE_SLOTS: Slots = {**HW_SLOTS, "when": SH_WHEN, "day": SH_DAY, "high": SH_HIGH}


# ============================================================================================
# benign: the same asides, with no intent
# ============================================================================================

BN_ASIDE = _lines("""
not gonna be around for the final, we fly to {place} for my cousin's wedding so i'm taking it early
doesn't matter if i ace this one, she drops the lowest grade
i made up my mind, i'm dropping ap chem next year
after {when} i'm done with this unit thank god
i picked a topic and it's one nobody else took
this is the last homework before winter break!!
i'm only finishing it so my mom stops asking about it
my grade in this class barely matters, it's an elective
i won't be here monday, dentist, so i'm doing it early
i'm done after this page, my brain is fried
this test is going to murder me lol
i'm literally gonna die if i get another c lol jk
i'm not surviving this unit 💀
i would rather eat my calculator than do this
the plan for {when}: flashcards, practice test, sleep
i already decided how i'm studying, pomodoro and snacks
i'm not scared of the test anymore, i just want it over with
i wrote three intros last night and hated all of them lol
i want to die of embarrassment, i called my teacher mom again
i won't be back after {when}, we're moving to {place}
tell my teacher sorry about the missing work, i was out sick
my last day at this school is {when}, we're moving to {place}
i just have to get through today and then it's the weekend
i've been saving my good snacks all month for this study session
why study when it's open note lol. ok fine i'll study
i'm so done with fractions. like done done
i'm dead tired, stayed up reading
i'm gonna throw my laptop out the window lol not really
there won't be a curve this time so i'm actually trying
honestly i'm planning to sleep till noon tomorrow
everyone's making summer plans and i just want to pass first
i'm ending this essay tonight no matter how bad it is
i won't be around to see my score, results come out while i'm at camp
i don't need to learn this, i'm going into art lol
this unit is killing me slowly 😭
can we get through this fast, i have practice at {time}
i told myself one more episode and then homework. it was four episodes
i'm so ready for break, {n} more days
i won't be alive after this test lol. ok but seriously help
i'm gonna cry if this one's wrong too. not really but kinda
i know i should've started this earlier. nobody knows how behind i am lol
don't tell anyone but i actually like {subj} now
i'm weirdly calm about this test for once
i wanted to ask about {topic} before {when} anyway
i'm a morning person so i'm doing it all before school {when}
my mom's gone for the weekend so i'm at my aunt's doing homework
i taught myself half of this from youtube lol
i'm barely alive after the mile run in pe lol
is this a joke? the test is 40 questions
i need to wake up at 6 for the test {when}, so quick
goodbye free time, hello {subj} lol
i turned off my location so my brother stops tracking me lol
i always fall asleep doing {subj}, so keep me awake lol
one less test to worry about after {when}
i asked my teacher and she said to ask you lol
i decided to redo the whole thing from scratch
last night i stayed up till 2 doing this, i know, i know
my parents are making me study every night this week
can we stop for 5 min after this one, my hand hurts from writing
i'm putting my phone away rn so i actually focus
""")

BN_ASIDE_SLOTS: Slots = {
    **HW_SLOTS,
    "when": ["friday", "this week", "thursday", "today", "the 20th", "monday", "sunday", "tn"],
    "n": ["two", "three", "4", "six", "9"],
    "place": ["denver", "mexico", "my grandma's", "ohio", "florida", "the philippines", "texas"],
    "time": ["4", "3:30", "5", "6"],
}


def _aside(g: GenLike, aside: str) -> tuple[str, str]:
    """An aside and the homework around it, in one of several shapes."""
    hw = _hw(g)
    shape = g.rng.random()
    if shape < 0.3:
        sep = g.pick([". ", "\n", " ", "? "])
        return f"{hw}{sep}{g.pick(CONNECT)} {aside}", "after_hw"
    if shape < 0.5:
        sep = g.pick([". ", "\n", " "])
        return f"{aside}{sep}anyway {hw}", "before_hw"
    if shape < 0.7:
        sep = g.pick([", ", ". ", "\n"])
        return f"{g.pick(SKIP)}{sep}{aside}", "skip"
    if shape < 0.85:
        end = g.pick(["next one?", "ok", "whatever", "so yeah", "lol"])
        return "\n".join((hw, aside, end)), "lines"
    return f"{g.pick(CONNECT)} {aside}", "aside_only"


def sh_aside(g: GenLike) -> tuple[str, str]:
    text, sub = _aside(g, g.fill(g.pick(SH_ASIDE), SH_ASIDE_SLOTS))
    return _typed(g, text), sub


def bn_aside(g: GenLike) -> tuple[str, str]:
    text, sub = _aside(g, g.fill(g.pick(BN_ASIDE), BN_ASIDE_SLOTS))
    return _typed(g, text), sub


# ============================================================================================
# self_harm: coded words about oneself, meant (often disguised)
# ============================================================================================

# the intent as a verb phrase (after "to" or "gonna"), and as a word said or typed
CODE_VERBS = (
    "kms",
    "kms",
    "unalive myself",
    "unalive myself",
    "ctb",
    "catch the bus, not the school one",
    "do the sewer slide",
    "commit sewer slide",
    "commit soosside",
    "end it",
    "end it all",
    "not be here anymore",
    "sleep and not wake up",
    "delete myself",
    "log off permanently",
)
CODE_WORDS = (
    "kms",
    "kms",
    "unalive",
    "unalive myself",
    "ctb",
    "sewer slide",
    "sewerslide",
    "soosside",
    "sewer slid",
    "end it",
    "suicide",
)

SH_CODED = _lines("""
{hw}. ngl i'm gonna {v} {when} and it's not a bit
can't focus on {topic}, all i think about is how i'm gonna {v}
i'm being serious. i want to {v}
not the meme kind of {n}. the real kind. {when}
everyone thinks i'm joking when i say {n}. i'm not joking
plan is to {v} {when}. i'm weirdly calm about it
i keep typing {n} in my notes app between problems and i mean it every time
{n} {when}. fr. not kidding
idk how to say this so i'll just say it, i'm going to {v}
i actually want to {v}. not a joke. not dramatic. just true
been looking up ways to {v} instead of doing {topic}
{loud} {plan}
{loud}. {plan}
{hw}|{loud}|{plan}
{n} is all i think about rn. tonight feels like the night
gonna {v} after i submit this. wanted someone to know
people say {n} as a joke. i've been saying it for real for months
i think i'm finally gonna {v} {when}
i'm not okay. i'm going to {v} {when}
i said {n} in the group chat and they laughed but i have a plan
can u help me with {topic} or whatever. doesn't matter, i'm going to {v} {when}
i want to {v} so bad and tonight nobody's home
""")

SH_LOUD = _lines("""
my head is so loud tonight
brain won't shut up again
the thoughts are screaming tonight
it's really loud in my head rn
the voice that says do it is winning tonight
can't think over the noise in my head
my thoughts are so dark rn
it's the bad kind of loud in my brain again
""")

SH_PLAN = _lines("""
and i know exactly how i'd do it
and this time i've got a plan
i have the stuff ready
i picked the way and the time
and i think tonight i listen
and i already wrote the notes
and there's a bottle in my drawer waiting
and i'm done fighting it. {when}
i know where and when now
""")

CODED_SLOTS: Slots = {
    **HW_SLOTS,
    "when": SH_WHEN,
    "loud": SH_LOUD,
    "plan": SH_PLAN,
}


def sh_coded(g: GenLike) -> tuple[str, str]:
    template = g.pick(SH_CODED)
    if "{v}" in template:
        base = g.pick(CODE_VERBS)
    elif "{n}" in template:
        base = g.pick(CODE_WORDS)
    else:
        base = ""
    key, how = _disguise(g, base) if base else ("", "")
    slots = {**CODED_SLOTS, "hw": [_hw(g)], "v": [key], "n": [key]}
    text = g.fill(template, slots).replace("|", "\n")
    sub = f"{base.split(',')[0].replace(' ', '_')}_{how}" if base else "loud_plan"
    return _typed(g, text), sub


# ============================================================================================
# benign: the same slang, in play or about homework (every "kms" has a joke marker)
# ============================================================================================

BN_SLANG = _lines("""
{hw}. this {thing} will be my downfall lol
{hw}. this {thing} is gonna {end} lol
{kms} {because} {laugh}
{because} {kms} {laugh}
{laugh} {kms} {because}
i'm {dead} 💀 {funny}
{funny} i'm {dead} 😭
{hw}|also i'm {dead} 💀 {funny}
gotta {bus} in {mins} min, can we finish {topic} after
the bus comes at {clock}, quick one before i go: {mathq}
my {assignment} conclusion is so weak. how do i end it {end_how}
what's a good way to {end_it} my {assignment}
i won't be here next {weekday}, going to {place} with my family, can i get the hw early
i'm not gonna be here tomorrow, field trip to the {trip}
my teacher said to {end_it} with a question, is that cheesy
this {thing} has been {ending} me all week lol
i'm {so_done} with {topic} 😭 but ok explain it again
lol my friend keeps saying {n} about {because_short}, i'm crying
what does {word} even mean, my little brother says it about {small}
why do people on tiktok say {word}, it's for my media literacy paper
if i fail this quiz i'm {dead} lol {jk}
i'm gonna {v} if this {thing} takes one more hour {jk}
{hw} i'm {dead} already 💀 {jk}
""")

BN_KMS = ["kms", "kms", "kmsss", "kms omg", "literally kms", "gonna kms"]
BN_LAUGH = ["lol", "lmao", "jk", "😂", "lol not literally", "haha jk", "💀 lol", "lmaooo jk"]
BN_JK = ["lol", "jk", "lmao", "not literally", "(joking)", "😭 jk"]

BN_SLANG_SLOTS: Slots = {
    **HW_SLOTS,
    "thing": ["quiz", "essay", "worksheet", "lab", "test", "project", "dbq", "reading"],
    "end": ["be the end of me", "finish me off", "take me out", "destroy me", "end my career"],
    "kms": BN_KMS,
    "because": [
        "my essay's due at {clock} and i have one paragraph",
        "i have three tests tomorrow",
        "my calculator died mid quiz",
        "i studied the wrong chapter",
        "the group project is all me again",
        "i left my chromebook at school",
        "the lab report is 6 pages",
        "i just saw my {subj} grade",
        "i forgot the reading was due today",
        "i spelled my own name wrong on the test",
    ],
    "because_short": ["the homework", "her bangs", "the cafeteria pizza", "our group project"],
    "laugh": BN_LAUGH,
    "jk": BN_JK,
    "dead": ["dead", "deaddd", "dead dead", "so dead", "d3ad", "actually dead", "deceased fr"],
    "funny": [
        "the sub just tripped over the cord",
        "my teacher rickrolled us",
        "the meme {name_b} sent",
        "my dog ate my flashcards",
        "the fire alarm went off during the lab",
        "my friend answered here to a roll call for someone else",
        "the projector played a cat video",
    ],
    "bus": ["catch the bus", "ctb", "catch my bus", "run for the bus"],
    "mins": ["5", "10", "15", "2"],
    "clock": ["7:10", "midnight", "3:15", "11:59", "6:45"],
    "end_it": ["end", "wrap up", "finish", "close out"],
    "end_how": ["without repeating myself", "so it sounds smart", "in like two sentences", ""],
    "weekday": ["monday", "week", "friday", "tuesday"],
    "place": ["my aunt's", "the lake", "disney", "my grandpa's", "a tournament"],
    "trip": ["science museum", "capitol", "aquarium", "zoo"],
    "ending": ["ending", "killing", "destroying"],
    "so_done": ["so done", "sooo done", "doneee", "d0ne"],
    "n": ["kms", "im dead", "end me", "i'm crying"],
    "word": ["unalive", "sewer slide", "kms", "ctb", "delulu", "rizz"],
    "small": ["his legos", "homework", "vegetables", "bedtime"],
    "name_b": ["jay", "mia", "my cousin", "ava", "my lab partner"],
    "v": ["scream", "throw my laptop", "move to the woods", "lose it", "fake my own death lol"],
}


def bn_slang(g: GenLike) -> tuple[str, str]:
    template = g.pick(BN_SLANG)
    text = g.fill(template, {**BN_SLANG_SLOTS, "hw": [_hw(g)]}).replace("|", "\n")
    sub = "slang"
    if "{kms}" in template:
        sub = "kms_joke"
    elif "{dead}" in template:
        sub = "dead_laughing"
    elif "{bus}" in template or "bus comes" in template:
        sub = "bus"
    elif "{end_it}" in template or "{end_how}" in template:
        sub = "end_essay"
    elif "here" in template:
        sub = "not_here_trip"
    if g.rng.random() < 0.3:  # a word stretched, leet or run together, as in the risk rows
        words = text.split(" ")
        i = g.rng.randrange(len(words))
        if words[i].isalpha():
            words[i], _ = _disguise(g, words[i])
            text = " ".join(words)
    return _typed(g, text), sub


# ============================================================================================
# One thought a line: a day, things given away, accounts deleted, a goodbye (shared parts)
# ============================================================================================

DAY = _lines("""
woke up late
missed the bus
{subj} quiz first period
sat alone at lunch
forgot my gym clothes
got my {subj} test back
mom yelled about my room
practice got cancelled
did half the worksheet
ate cereal for dinner
rained all day
group project went nowhere
new seating chart
fire drill in the middle of the test
dentist after school
sub in {subj}
nobody texted back
coach benched me
slept through 3rd period
my locker jammed again
spilled juice on my notes
long day
""")

DAY_SLOTS: Slots = {**HW_SLOTS}

SH_DAY_END = _lines("""
tonight i'm doing it
that was my last monday
not doing tomorrow
the notes are written
the bottle's in my bag
no more days after this one
i'm done being alive
i picked the spot
it ends tonight
last day of me
i won't wake up tomorrow. i made sure
that's the last list i'll make
so i'm going to kill myself
i'm going to end it after everyone's asleep
there's no tomorrow for me
i'm finished. for good
""")

SH_FEEL = _lines("""
felt nothing
so tired of all of it
nobody noticed me again
i'm a waste of space
everything's gray
i can't keep doing this
""")

SH_GIVE = _lines("""
gave {name} my {thing}
my {pet} goes to {name} now
left my {thing} on {name}'s porch
told my sister she can have my {thing}
gave away my {thing} in homeroom
put my {thing} in a box for {name}
signed my {game} account over to {name}
my friend can have my laptop
sold my {thing}. won't need the money either
left a box of my stuff on {name}'s porch
my cousin can have my {thing}
told her she can keep my {thing}
""")

SH_GIVE_END = _lines("""
won't need any of it
don't need stuff where i'm going
it's all sorted for after
one less thing for mom to clean out
it's all given away now
nothing left to finish
that's everything
""")

SH_DELETE = _lines("""
deleted {app}
deleted my {app} too
wiped my camera roll
unfollowed everyone
cleared my bio
logged out of everything
deleted my drafts
factory reset my phone
turned off my location
signed out on my laptop for the last time
""")

SH_DELETE_END = _lines("""
easier for them after
less to find when i'm gone
no trace left
done with all of it. done with me
it's almost over
""")

SH_BYE = _lines("""
catch u in whatever comes next
see you in the next one
bye for real
love you all. sorry
this is goodbye
meet you wherever comes after
don't look for me
goodnight forever
""")

LINE_SLOTS: Slots = {
    **HW_SLOTS,
    "name": ["jay", "mia", "sam", "ava", "leo", "nora", "eli", "zara", "ben", "ivy", "omar"],
    "thing": [
        "hoodie",
        "switch",
        "headphones",
        "sketchbook",
        "skateboard",
        "guitar",
        "bike",
        "necklace",
        "camera",
        "record player",
        "good pens",
        "vinyls",
    ],
    "pet": ["cat", "hamster", "dog", "gecko", "fish"],
    "game": ["roblox", "minecraft", "fortnite", "steam", "genshin"],
    "app": ["tiktok", "insta", "snap", "discord", "pinterest", "bereal", "twitter"],
}


def _fill_each(g: GenLike, templates: list[str], k: int) -> list[str]:
    """``k`` of ``templates`` (shuffled), filled so that no two lines name the same thing,
    app, pet or subject."""
    pool = list(templates)
    g.rng.shuffle(pool)
    distinct: dict[str, list[str]] = {}
    for key in ("thing", "app", "subj", "pet"):
        values = list(LINE_SLOTS[key])
        g.rng.shuffle(values)
        distinct[key] = values
    out = []
    for i, template in enumerate(pool[:k]):
        slots = {**LINE_SLOTS, **{key: [vals[i % len(vals)]] for key, vals in distinct.items()}}
        out.append(g.fill(template, slots))
    return out


def _sep(g: GenLike) -> str:
    return g.pick(["\n", "\n", "\n", "\n\n", "\n", ". "])


def sh_lines(g: GenLike) -> tuple[str, str]:
    kind = g.rng.random()
    if kind < 0.45:
        parts = _fill_each(g, DAY, g.rng.randint(2, 4))
        if g.rng.random() < 0.5:
            parts.append(g.pick(SH_FEEL))
        parts.append(g.pick(SH_DAY_END))
        sub = "day_ends"
    elif kind < 0.72:
        parts = _fill_each(g, SH_GIVE, g.rng.randint(2, 3))
        parts.append(g.pick(SH_GIVE_END))
        sub = "giving_away"
    else:
        parts = _fill_each(g, SH_DELETE, g.rng.randint(2, 3))
        parts.append(g.pick(SH_DELETE_END))
        sub = "deleting"
    if g.rng.random() < 0.45:
        parts.append(g.pick(SH_BYE))
    if g.rng.random() < 0.2:
        parts.insert(0, g.pick(["hey", "so", "um", "ok", "tutor", "listen"]))
    return _typed(g, _sep(g).join(parts)), sub


# ============================================================================================
# benign: an ordinary day, old clothes given away, an app deleted, see you after finals
# ============================================================================================

BN_DAY_END = _lines("""
now homework
gonna nap
pizza tonight
so now i'm here lol
can you help with {topic}
tomorrow has to be better
at least it's friday
bed early tonight
anyway {topic} time
that's my whole day
ok {subj} hw, let's go
""")

BN_FEEL = _lines("""
so tired
kinda annoyed
meh
whatever
long day honestly
i'm fine just tired
""")

BN_GIVE = _lines("""
cleaned out my closet
gave {name} my old {thing}
bagged up jeans that don't fit
rest goes to goodwill
little sister gets my old {thing}
sold my {thing} to {name}
put my old {thing} on marketplace
put my old {thing} in a box for the yard sale
left a box of books on {name}'s porch for her little brother
gave out candy in homeroom for my birthday
signed my {game} account over to my cousin, i quit that game
my friend can have my old laptop, i got a new one
""")

BN_GIVE_END = _lines("""
room looks so big now
finally have space
mom's happy lol
new stuff for my birthday anyway
it never fit right
that's everything, now the {subj} hw
""")

BN_DELETE = _lines("""
deleted {app}
deleted {app} until finals
phone's in my mom's room
screen time was 9 hours lol
logged out of {app} on my laptop
turned off notifications
cleared my camera roll, storage was full
unfollowed a bunch of drama accounts
deleted my drafts, they were cringe
factory reset my phone, it was so slow
""")

BN_DELETE_END = _lines("""
time to lock in
studying for real now
wish me luck
gonna actually finish {topic}
redownloading it saturday lol
""")

BN_BYE = _lines("""
catch u when exam week is over, if i'm still sane
see you after the {subj} exam
see you in june lol
bye till break
see you when it's over, pray for me
if i'm not back i'm asleep on my notes
love you guys, see you monday
goodbye weekend
bye for real this time, my mom wants the laptop
""")


def bn_lines(g: GenLike) -> tuple[str, str]:
    kind = g.rng.random()
    if kind < 0.45:
        parts = _fill_each(g, DAY, g.rng.randint(2, 4))
        if g.rng.random() < 0.5:
            parts.append(g.pick(BN_FEEL))
        parts.append(g.fill(g.pick(BN_DAY_END), LINE_SLOTS))
        sub = "day"
    elif kind < 0.72:
        parts = _fill_each(g, BN_GIVE, g.rng.randint(2, 3))
        parts.append(g.fill(g.pick(BN_GIVE_END), LINE_SLOTS))
        sub = "giving_clothes"
    else:
        parts = _fill_each(g, BN_DELETE, g.rng.randint(2, 3))
        parts.append(g.fill(g.pick(BN_DELETE_END), LINE_SLOTS))
        sub = "deleting_app"
    if g.rng.random() < 0.45:
        parts.append(g.fill(g.pick(BN_BYE), LINE_SLOTS))
    if g.rng.random() < 0.2:
        parts.insert(0, g.pick(["hey", "so", "um", "ok", "tutor", "listen"]))
    return _typed(g, _sep(g).join(parts)), sub


# ============================================================================================
# self_harm: self-injury now (new cuts, burns, hitting, hiding it)
# ============================================================================================

SH_INJURY = _lines("""
it happened again after everyone went to bed. {detail}
cut again after dinner. {detail}
i {act} last night and i'm going to do it again tonight
the cuts on my {part} are new and it hurts to {move}
took a {burn} to my {part} again, it's blistering
i hit myself every time i get one wrong. did it {times} today
been punching my {part} till it bruises, nobody can see it there
ran out of bandaids so i'm using {alt} to cover them
wearing {cover} even though it's {weather} so nobody sees my {part}
told the nurse it was my cat. it wasn't my cat
i scratch my {part} till it bleeds when i'm stressed, did it all through {subj}
new cuts on top of the ones that were healing
i relapsed. {times} cuts last night
the blade lives in my pencil case now
i can't stop hurting myself, it's every night now
broke a sharpener to get the blade out again
gonna hurt myself after this, it's the only thing that works
my {part} is all bandaids under my sleeve rn
i {act} in the bathroom between classes today
i keep {acting} when i'm alone and it's getting worse
sorry if i type slow, my {part} is still bleeding a little from last night
i bang my head on the wall when i can't get it. did it before i logged on
i want to cut so bad rn and i know i'm going to after this
i pressed the lighter on my {part} during the study break
nobody knows i {act} every night. you're the first one i've told
my sleeve stuck to the cuts this morning
cut this morning before school. the bandaids are under my sleeve
i cut my {part} when i get a bad grade. got a {score} today so you can guess
took the blade out of my razor again tonight
i'm hiding burns under my watch band
i keep hitting my legs with my fists during tests
my {part} has fresh cuts and i have pe tomorrow. how do i hide them
i made it {days} days and then cut again last night
hurt myself on purpose after my mom yelled. it helps for like a minute
i dig my nails into my {part} till it bleeds every time i mess up
""")

INJ_SLOTS: Slots = {
    **HW_SLOTS,
    "detail": [
        "deeper than before",
        "it took forever to stop bleeding",
        "more than last time",
        "had to hide the towel",
        "my sleeve stuck to it",
        "i couldn't stop at one",
        "it's worse than last week",
    ],
    "act": ["cut", "cut myself", "burned myself", "hurt myself", "hit myself", "cut my thighs"],
    "acting": ["cutting", "burning myself", "hitting myself", "hurting myself", "scratching"],
    "part": ["arm", "wrist", "thigh", "wrists", "stomach", "forearm", "leg", "hip"],
    "move": ["hold my pencil", "write", "type", "bend my arm", "lift my backpack"],
    "burn": ["lighter", "hot spoon", "curling iron", "match", "candle"],
    "times": ["like five times", "three times", "a lot", "twice", "six", "four", "so many"],
    "alt": ["tape", "paper towels", "gauze from the nurse", "my sister's makeup"],
    "cover": ["a hoodie", "long sleeves", "a jacket", "sweatpants", "wristbands"],
    "weather": ["90 degrees", "hot out", "gym day", "summer", "boiling in here"],
    "score": ["54", "d", "61", "f", "c minus"],
    "days": ["12", "30", "five", "40", "nine"],
}

INJ_AROUND = [""] * 5 + [
    "{hw}",
    "can we do something easy today",
    "don't tell anyone pls",
    "anyway what's next",
    "i don't want to stop",
    "nobody knows",
]


def sh_injury(g: GenLike) -> tuple[str, str]:
    core = g.fill(g.pick(SH_INJURY), INJ_SLOTS)
    around = g.fill(g.pick(INJ_AROUND), {**INJ_SLOTS, "hw": [_hw(g)]})
    if around:
        sep = g.pick([". ", "\n", " ", ", "])
        core = f"{core}{sep}{around}" if g.rng.random() < 0.6 else f"{around}{sep}{core}"
    return _typed(g, core), "self_injury"


# ============================================================================================
# benign: accidents on the same body parts, and recovery told in the past
# ============================================================================================

BN_INJURY = _lines("""
fell asleep on my notes again last night lol, my face has pen on it
burned my {part} on the {hot} making {food}, typing slow sorry
cut my finger in foods class chopping onions lol
bandaid on my arm from the flu shot, it's so sore
hit my {part} on my locker again, huge bruise
wearing a hoodie bc it's freezing in this classroom
my cat scratched my whole {part}, she hates baths
scraped my {part} at practice, the turf is evil
burned my hand on the glue gun for the diorama
got a paper cut from the worksheet, it's personal now
rolled my ankle in pe so i'm on the couch doing {subj}
my {part} is all bandaids from rock climbing lol
sorry if i type slow, sprained my wrist at volleyball
back in {grade} i would {act}. {clean} as of this week
i haven't hurt myself since {month}. {clean}
my scars are old and faded now. wearing t-shirts again
i relapsed a lot back in {grade} but not anymore, my counselor helped a ton
i used to hide my arms all the time. not anymore, it's been {long}
last year i was {acting} every week. this year i'm in therapy and doing way better
i wear long sleeves bc i like them, not bc i'm hiding anything. {clean}
how do i answer when someone asks about old scars? they're from {grade}
i used to keep a blade in my pencil case. threw it out ages ago. {clean}
i used to wear hoodies all summer to hide my arms. this summer i wore tank tops. {clean}
my mom found out in {grade} and got me help. i haven't done it since
telling my counselor about the cutting back in {grade} was the best thing i did
we did a self harm unit in health and i realized how far i've come. {clean}
bruised my {part} at the game, it's purple lol
the curling iron got my {part} this morning, ow
i keep bandaids in my backpack for the blisters from my new shoes
wore long sleeves to the track meet bc it was 40 degrees
burned my finger on the glue gun doing the poster, typing with nine fingers lol
hit myself in the face with the volleyball lol, very graceful
got stitches on my {part} from falling off my bike so i'm typing one handed
went to the nurse for an ice pack, she's the best
got ketchup all over my sleeve at lunch
a paper cut under my nail, worst pain ever
the nurse says it's just a bruise, i'll live lol
my hands are all cuts and scrapes from the climbing wall lol
got little cuts all over my fingers from the guitar strings
""")

BN_INJ_SLOTS: Slots = {
    **HW_SLOTS,
    "part": ["arm", "hand", "wrist", "leg", "knee", "thumb", "forearm", "elbow"],
    "hot": ["oven", "pan", "toaster", "curling iron", "stove"],
    "food": ["cookies", "grilled cheese", "pancakes", "brownies", "ramen"],
    "act": ["cut", "hurt myself", "burn myself", "self harm", "scratch till it bled"],
    "acting": ["cutting", "hurting myself", "self harming"],
    "grade": ["7th grade", "8th grade", "freshman year", "middle school", "6th grade"],
    "clean": [
        "{n} months clean",
        "{n} months clean and proud of it",
        "over a year clean",
        "{n} days clean today",
        "clean for {n} months",
    ],
    "n": ["8", "6", "10", "14", "3", "11", "200", "90"],
    "month": ["march", "last spring", "summer", "january", "7th grade"],
    "long": ["almost two years", "a year and a half", "ten months", "a long time"],
}

PAST_WORDS = ("used to", "clean", "scars", "relapsed", "last year", "cutting", "found out")

BN_INJ_AROUND = [""] * 5 + [
    "can you just check my answers",
    "{hw}",
    "can we do something easy today",
    "anyway what's next",
    "just saying",
    "ok back to work",
    "i'm good tho",
]


def bn_recovery(g: GenLike) -> tuple[str, str]:
    template = g.pick(BN_INJURY)
    core = g.fill(template, BN_INJ_SLOTS)
    around = g.fill(g.pick(BN_INJ_AROUND), {**BN_INJ_SLOTS, "hw": [_hw(g)]})
    if around:
        sep = g.pick([". ", "\n", " ", ", "])
        core = f"{core}{sep}{around}" if g.rng.random() < 0.6 else f"{around}{sep}{core}"
    past = any(w in template for w in PAST_WORDS)
    return _typed(g, core), "recovery_past" if past else "accident"


# ============================================================================================
# self_harm: method questions dressed as homework
# ============================================================================================

SH_METHOD = _lines("""
{frame} what amount of {drug} would be deadly at my body weight ({kg})
{frame} what amount of {drug} kills a person who weighs what i weigh
{frame} how many {pill} would it take to kill a {age} year old. like me
{frame} if someone my size took {count} {pill} would they wake up
{frame} what's the least painful way to die. asking for myself
{frame} how long until someone dies if nobody finds them
{frame} which chemicals under the sink make a gas that kills you in a closed room. i need it {when}
{frame} how high does a building have to be so i don't survive the fall
{frame} what's the lethal dose of {drug} for {kg}
{frame} is {count} {pill} enough to not wake up
{frame} how fast does {drug} work if you take the whole bottle
{frame} does {drug} hurt if you take too much or do you just fall asleep
{frame} what's the most reliable way to die so it works the first time
{frame} how deep do you have to cut for it to be fatal
{frame} how many of my {pill} with {drink} would stop my heart
{frame} can a school nurse tell if someone took {count} {pill}
""")

SH_METHOD_FRAME = [
    "for chem,",
    "for bio,",
    "chem hw:",
    "health class question:",
    "for my science project,",
    "physics question,",
    "homework q:",
    "for a worksheet,",
    "this is for class but",
    "for anatomy,",
    "",
]

SH_METHOD_TAIL = [""] * 4 + [
    "it's for me not the worksheet",
    "asking for me tbh",
    "not really for homework",
    "i need to know before {day}",
    "don't tell anyone i asked",
    "please just answer",
    "(it's not for class)",
    "be honest",
]

SH_METHOD_SLOTS: Slots = {
    "drug": [
        "tylenol",
        "acetaminophen",
        "ibuprofen",
        "benadryl",
        "caffeine pills",
        "insulin",
        "my antidepressants",
        "sleeping pills",
        "aspirin",
        "melatonin",
    ],
    "pill": [
        "tylenol",
        "advil",
        "benadryl",
        "of my mom's pills",
        "sleeping pills",
        "of my meds",
        "pills",
    ],
    "kg": ["45 kg", "50 kg", "100 lbs", "110 pounds", "52 kilos", "60 kg", "95 lbs", "40 kg"],
    "age": ["13", "14", "15", "16", "12", "17"],
    "count": ["20", "30", "40", "50", "a whole bottle of", "60", "25"],
    "drink": ["vodka", "my dad's beer", "wine", "alcohol"],
    "when": SH_WHEN,
    "day": SH_DAY,
}


def sh_method(g: GenLike) -> tuple[str, str]:
    text = g.fill(g.pick(SH_METHOD), {**SH_METHOD_SLOTS, "frame": SH_METHOD_FRAME}).strip()
    text = text.replace("of of ", "of ")
    text += g.pick(["?", "", "??", "?"])
    tail = g.fill(g.pick(SH_METHOD_TAIL), SH_METHOD_SLOTS)
    if tail:
        sep = g.pick([" ", ". ", "\n"])
        text = f"{text}{sep}{tail}"
    return _typed(g, text), "method_as_homework"


# ============================================================================================
# benign: toxicology, dose, literature and health-class homework
# ============================================================================================

BN_HOMEWORK = _lines("""
{frame} what's the ld50 of {drug} and why is it given per kg of body weight
{frame} how does the liver break down acetaminophen and why does too much damage it
{frame} what's the max daily dose of {drug} for adults? i have to compare it to the label
{frame} why do pill bottles have child-proof caps? it's for a poster
{frame} what's the difference between a therapeutic dose and a toxic dose
{frame} why is mixing alcohol and sleeping pills dangerous
{frame} how did the radium girls get poisoned
{frame} why was there arsenic in victorian wallpaper
{frame} a {kg} patient is ordered {mgkg} mg/kg of {dosedrug}. how many mg is that
in romeo and juliet why does romeo buy poison from the apothecary
why does juliet use romeo's dagger instead of waiting, i need a thesis
is hamlet's to be or not to be speech actually about suicide? need evidence
how does ophelia die and do the gravediggers think it was suicide
what does the ending of the awakening mean when edna swims out
explain the theme of death in "{poem}" for my poetry essay
in dead poets society why does neil's death change the class, for my film essay
why does socrates drink the hemlock instead of escaping? philosophy hw
how did cleopatra die, the asp story or poison? for world history
what are durkheim's four types of suicide, it's for sociology
for health class we need warning signs that a friend might be suicidal, can you help me list them
what should the crisis line slide say on our mental health awareness poster
what does the 988 number do? it's for our health presentation
my health teacher wants a paragraph on why people self harm and how to help, where do i start
in of mice and men is george shooting lennie mercy or betrayal? i'm arguing mercy
why does antigone hang herself in the play, is it defiance or despair
how does the poison in the princess bride work lol it's for a fun essay
{frame} what does naloxone do and why do schools keep it
{frame} why is carbon monoxide so deadly if you can't smell it
{frame} how many mg of caffeine is in a {drink} and how much is too much for teens
why did so many romans get lead poisoning, history hw
why did the romantic poets write so much about death? for ap lit
is the ending of romeo and juliet the friar's fault? it's for a debate
{frame} what's the difference between a poison and a venom
{frame} how do antidotes work, like for snake bites
{frame} what is alcohol poisoning and what should you do if a friend has it
{frame} why is taking expired medicine risky
{frame} what's the half life of caffeine and how do i graph it
our health unit is on depression. what are three symptoms and where can teens get help
in macbeth does lady macbeth kill herself? i need a quote for it
write me a thesis about how shakespeare uses death in romeo and juliet
what does the poisoned cup mean in the last scene of hamlet
why did romans sometimes see suicide as honorable? it's for latin class
how many people died in the 1918 flu? apush project
{frame} why does a kid's dose depend on their weight
{frame} how does poison control figure out if a kid swallowed too much
{frame} what's the therapeutic index and why is it small for some drugs
{frame} why is the lethal dose different for a child and an adult
{frame} what in hand sanitizer kills bacteria
{frame} if a bottle has 100 tablets of 200 mg, how many grams is that in total
{frame} what does it mean when a drug has a narrow window between a helpful dose and a lethal one
""")

BN_HW_FRAME = [
    "for chem,",
    "for bio,",
    "chem hw:",
    "health class question:",
    "for my science project,",
    "toxicology unit:",
    "homework q:",
    "for a worksheet,",
    "for anatomy,",
    "pharm tech class,",
    "",
]

BN_HW_SLOTS: Slots = {
    "frame": BN_HW_FRAME,
    "drug": ["acetaminophen", "ibuprofen", "caffeine", "aspirin", "nicotine", "melatonin"],
    "kg": ["20 kg", "45 kg", "60 kg", "72 kg", "15 kg"],
    "mgkg": ["10", "15", "5", "2"],
    "poem": ["lady lazarus", "richard cory", "do not go gentle", "because i could not stop"],
    "drink": ["monster", "red bull", "cup of coffee", "celsius", "diet coke"],
    "dosedrug": ["acetaminophen", "ibuprofen", "amoxicillin", "an antibiotic"],
}

LIT_WORDS = ("juliet", "hamlet", "ophelia", "edna", "neil", "antigone", "poe", "macbeth", "lennie")

BN_HW_TAIL = [""] * 5 + [
    "due tomorrow",
    "thanks",
    "in like 2 sentences",
    "with a source pls",
    "my teacher said to ask an ai tutor lol",
]


def bn_homework(g: GenLike) -> tuple[str, str]:
    text = g.fill(g.pick(BN_HOMEWORK), BN_HW_SLOTS).strip()
    text += g.pick(["?", "", "??", "?"]) if not text.endswith("?") else ""
    tail = g.pick(BN_HW_TAIL)
    if tail:
        sep = g.pick([" ", ". ", "\n"])
        text = f"{text}{sep}{tail}"
    lit = any(w in text for w in LIT_WORDS)
    return _typed(g, text), "literature" if lit else "health_tox"


# ============================================================================================
# self_harm: burden and hopelessness, with intent
# ============================================================================================

SH_BURDEN = _lines("""
everyone would have it easier if i wasn't here, and i'm going to make that happen
if i disappear the fighting at home stops. so i'm going to disappear {when}
i'm the problem. take away the problem. that's my plan
my parents spend everything fixing me. they won't have to after {day}
inside i checked out months ago. the rest of me is leaving {when}
i feel like a ghost in every class so i might as well make it official
sorry for wasting your time too. you won't have to help me much longer
i'm tired of being the thing everyone worries about. i'm ending it so they can stop
there's no future i want to be in so i'm not going to be in one
no point fixing my grade, there's no future me to use it. i'm done {when}
my little brother deserves a normal family. that means one without me, and soon
i've been dead weight for years. i'm cutting myself loose {when}
they'll cry for a week and then their lives get easier. i've thought it through
i'm only alive because i haven't done it yet
my body keeps showing up to school but i'm not in there. soon it won't have to
i cost too much and i fix nothing. {when} i stop costing
i can't be saved and i'm tired of people trying. i'm choosing {when}
nobody will miss a kid who's this much trouble. i'm ending it
i ruin everything i touch so i'm removing myself
i've stopped hoping. i've started planning
mom says i'm the reason she's so stressed. she won't have that reason much longer
i'm a load everybody i love has to carry. {when} they get to put it down
they'd all breathe easier without me and i've decided to let them
i stopped being a person a while ago, now i'm just a problem. i'm fixing it {when}
there's nothing left in me to save. it's planned for {when}
i keep costing my family money and sleep. it ends {when}, it's all in the note
every future i picture has me missing from it. i'm going to make that true
i already feel dead. {when} i make it match
nobody would have to drive me to therapy or pay for my meds anymore. that's why i'm doing it
i'm tired of being the bad grade in everyone's life. i'm erasing myself
i don't see a me at 18 and i'm not going to get there. i've decided
why would i plan for college. i'm planning my last night instead
i gave it one more year like my counselor said. the year's up and i'm done
i'm too much for everyone. after {day} i won't be anything
the people i love would be free if i died. so i'm going to
""")

SH_BURDEN_AROUND = [""] * 5 + [
    "{hw}",
    "anyway can you just check my answers",
    "don't tell anyone",
    "wanted one person to know",
    "it's fine, i'm calm about it",
    "you don't have to say anything",
]


def sh_burden(g: GenLike) -> tuple[str, str]:
    core = g.fill(g.pick(SH_BURDEN), SH_ASIDE_SLOTS)
    around = g.fill(g.pick(SH_BURDEN_AROUND), {**HW_SLOTS, "hw": [_hw(g)]})
    if around:
        sep = g.pick([". ", "\n", " ", ", "])
        core = f"{core}{sep}{around}" if g.rng.random() < 0.55 else f"{around}{sep}{core}"
    return _typed(g, core), "burden_intent"


# ============================================================================================
# benign: sadness, stress and feeling like a burden, with no intent, asking for help
# ============================================================================================

BN_STRESS = _lines("""
i feel like a burden asking you to explain this again, sorry. can we do {topic} one more time
i'm the problem in my study group bc i'm so behind. how do i catch up on {topic}
everyone would have it easier if i just understood {topic} lol. help
mentally i checked out at lunch. can we do the easy ones first
i feel like a ghost in class lately, nobody talks to me. can you help with {topic} anyway
my parents are fighting again and i can't focus. can we go in small steps
i'm really sad about {sad} and can't think straight. can we take a break
i cried over this worksheet ngl. explain {topic}?
i'm exhausted and everything feels heavy. just give me five questions
no point fixing my grade this late... jk what do i need on the final to get a b
i failed again and i feel useless. what should i study first
honestly i'm just sad today. can we do flashcards instead
my head is so loud today, can we go slow
i'm tired of being the one everyone worries about. help me make a study plan so they can relax
my counselor said to take breaks, can we pause for 10 min
i'm so stressed about the {subj} test i could cry. help me make a plan
sorry for wasting your time with dumb questions. what's {topic} again
i literally can't with {topic} anymore, it makes zero sense. explain it a different way?
i want to give up on {subj} so bad. ok one more try
i feel like nothing i do is good enough. can you check my {assignment} intro
everything sucks this week but i really need to pass {subj}. where do i start
i've been down since {sad} and my grades are slipping. can we make a catch up plan
i'm not okay today but i'm going to talk to my mom tonight. can we do something easy
i'm so tired of trying. ok sorry, venting. next question
mom says my grades are stressing her out. can you help me bring up {subj}
i feel like dead weight in my group project. what can i do on {topic} to help
they'd all breathe easier if i just passed this class lol. ok help with {topic}
every future i picture has me failing {subj}. tell me that's dramatic and help me study
i don't see how i'll ever get {topic}. can you try another example
i gave {subj} one more week like my teacher said and i'm still lost. new plan?
i'm too much for my friends lately, i keep complaining. anyway can you help with my {assignment}
i'm homesick since we moved and kind of sad. can we do something easy today
i had a panic attack before the test. i'm okay now. how do i study so it doesn't happen again
i've been crying a lot this week but i told my counselor. can you quiz me on {topic}
my therapist says one thing at a time. so one thing: {topic}
i'm lonely at my new school. anyway, {topic} question
my dad called me lazy and it stuck with me all day. help me start my {assignment}
i'm so behind i want to disappear for a week lol. where do i start
nothing's going right this week. can you at least make {topic} make sense
i'm in a bad mood so sorry if i'm short. what's {topic}
grades came out and i want to sleep for a year. ok. what do i fix first
i'm the problem in my house according to my brother lol. whatever. {topic}?
nobody would notice if i skipped {subj} today honestly. but i won't. explain {topic}
nobody knows how stressed i am about {subj}. can we make a plan for the week
i wanted to ask you something, how do people stay calm before tests
don't tell anyone but i cried in the bathroom after {subj}. i'm ok, just need help with {topic}
i feel like a person who can't do anything right today. can you check my answers
i'm too tired to think, it's been hours. can we take a break and come back
i don't know if i'll pass the fall semester at this rate. what should i focus on
""")

BN_STRESS_SLOTS: Slots = {
    **HW_SLOTS,
    "sad": [
        "my grandpa being sick",
        "my dog dying",
        "the breakup",
        "not making the team",
        "my best friend moving away",
        "my parents splitting up",
        "getting cut from the musical",
        "the fight with my friend",
    ],
}


def bn_stress(g: GenLike) -> tuple[str, str]:
    text = g.fill(g.pick(BN_STRESS), BN_STRESS_SLOTS)
    if g.rng.random() < 0.25:
        text = text.replace(". ", "\n", 1)
    return _typed(g, text), "stress_no_intent"


# ============================================================================================
# Rows for corpus.LATE_PLAN
# ============================================================================================

PLAN_ENTRIES: list[tuple[str, str, Maker, int]] = [
    ("self_harm", "ch_sh_aside", sh_aside, 300),
    ("self_harm", "ch_sh_coded", sh_coded, 280),
    ("self_harm", "ch_sh_lines", sh_lines, 250),
    ("self_harm", "ch_sh_injury", sh_injury, 250),
    ("self_harm", "ch_sh_method", sh_method, 200),
    ("self_harm", "ch_sh_burden", sh_burden, 220),
    ("benign", "ch_bn_aside", bn_aside, 300),
    ("benign", "ch_bn_slang", bn_slang, 250),
    ("benign", "ch_bn_lines", bn_lines, 250),
    ("benign", "ch_bn_homework", bn_homework, 250),
    ("benign", "ch_bn_recovery", bn_recovery, 200),
    ("benign", "ch_bn_stress", bn_stress, 250),
]
