"""Someone else hurt or at risk, and friends who are fine, for the safety-filter's training
corpus, made from templates written for this project.

    PLAN_ENTRIES -> [(label, family, maker, how many)]   # rows for corpus.LATE_PLAN
    maker(g) -> (text, sub)                              # one message and its sub-family

``friends.py`` teaches a friend at risk in rambling posts. This file says the same things in
other voices: a 12-year-old's two lines, a 17-year-old's run-on message in lower case, an
ESL writer, a terse chat, ALL CAPS panic, one thought a line, a young adult's long post. What
these families teach (concepts, not sentences):

- ``concern_for_other``: the writer worried about ANOTHER person: someone BEING HURT by a
  parent, a step-parent, a partner or an older person (bruises, a sibling locked out or kept
  hungry, being touched); REPORTED INTENT (a friend, cousin, sibling or teammate said or
  texted they will die, end it, not be around; has pills or a gun; gave things away), often
  quoted in the first person or in slang; the SELF-INJURY of another; WARNING SIGNS (quit
  everything, a goodbye post, someone to look after a pet); QUESTIONS (how to help, whether
  to tell a teacher, is it okay to ask directly) asked about such a friend.
- ``benign`` look-alikes built from the same people, openings, asides, questions and
  sentence shapes: a friend sad but safe and already talking to someone; hurt by accident or
  in sport; a sibling grounded fairly; strict parents without harm; a lesson or the news
  about abuse or suicide; helping a friend through exams; a friend who WAS at risk and is
  safe now with help; everyday questions about a friend. Only the risk decides.

Rules of this file (those of ``friends.py``):

- Everything here was written for this project. No sentence of the evaluation corpora
  (``benchmarks/safety/eval*.jsonl``) nor a close paraphrase of one, and nothing taken from a
  public dataset.
- Nothing is imported from ``corpus.py`` (which loads this file): a maker takes
  ``corpus.Gen`` duck-typed as ``tutoring.GenLike``.
- Deterministic: all randomness comes from ``g.rng``; every pool is a list or a tuple.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # the makers' types are tutoring.py's (nothing of it is needed at run time)
    from .tutoring import GenLike, Maker, Slots

__all__ = [
    "PLAN_ENTRIES",
    "bn_accident",
    "bn_ask",
    "bn_lesson",
    "bn_past",
    "bn_sad",
    "co_ask",
    "co_hurt",
    "co_injury",
    "co_intent",
    "co_signs",
]


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


# ============================================================================================
# People: who the message is about (kind F: a friend of school age, S: a sibling, A: a young
# adult's friend, roommate or coworker), with pronouns; verbs after {p} agree through {s}
# ============================================================================================

PEOPLE: list[tuple[str, str, str]] = [
    ("my friend", "?", "F"), ("my best friend", "?", "F"), ("my cousin", "?", "F"),
    ("my older cousin", "?", "F"), ("my teammate", "?", "F"), ("a girl on my team", "f", "F"),
    ("a guy on my robotics team", "m", "F"), ("my online friend", "?", "F"),
    ("a friend i met on discord", "?", "F"), ("my desk mate", "?", "F"),
    ("my friend nadia", "f", "F"), ("my friend jonah", "m", "F"), ("my friend ines", "f", "F"),
    ("my friend kofi", "m", "F"), ("my friend bea", "f", "F"), ("my friend ravi", "m", "F"),
    ("my friend mila", "f", "F"), ("my friend tomas", "m", "F"), ("my friend zara", "f", "F"),
    ("my friend wen", "?", "F"), ("my friend luca", "m", "F"), ("my friend amara", "f", "F"),
    ("my friend finn", "m", "F"), ("my friend yusuf", "m", "F"), ("my friend noor", "f", "F"),
    ("my friend hana", "f", "F"), ("my friend ezra", "t", "F"), ("my friend rue", "t", "F"),
    ("the boy who sits next to me", "m", "F"), ("a girl in my grade", "f", "F"),
    ("my crush", "?", "F"), ("my closest friend", "?", "F"), ("my friend from dance", "?", "F"),
    ("my friend from the mosque", "?", "F"), ("my neighbor", "?", "F"),
    ("my little sister", "f", "S"), ("my little brother", "m", "S"),
    ("my younger sister", "f", "S"), ("my kid brother", "m", "S"),
    ("my stepbrother", "m", "S"), ("my half sister", "f", "S"), ("my twin brother", "m", "S"),
    ("my roommate", "?", "A"), ("my coworker", "?", "A"), ("my friend from uni", "?", "A"),
    ("my friend from work", "?", "A"), ("a guy in my dorm", "m", "A"),
    ("my friend dalia", "f", "A"), ("my friend marek", "m", "A"),
]  # fmt: skip

PRONOUNS: dict[str, dict[str, str]] = {
    "f": {"p": "she", "p_obj": "her", "p_pos": "her", "p_self": "herself", "p_is": "she's",
          "p_has": "she's", "p_was": "she was", "p_doesnt": "she doesn't", "s": "s",
          "ies": "ies", "is": "is", "has": "has", "was": "was"},
    "m": {"p": "he", "p_obj": "him", "p_pos": "his", "p_self": "himself", "p_is": "he's",
          "p_has": "he's", "p_was": "he was", "p_doesnt": "he doesn't", "s": "s",
          "ies": "ies", "is": "is", "has": "has", "was": "was"},
    "t": {"p": "they", "p_obj": "them", "p_pos": "their", "p_self": "themself",
          "p_is": "they're", "p_has": "they've", "p_was": "they were", "p_doesnt": "they don't",
          "s": "", "ies": "y", "is": "are", "has": "have", "was": "were"},
}  # fmt: skip


def _person(g: GenLike, kinds: str) -> tuple[dict[str, list[str]], str]:
    """Slots for one person of one of ``kinds``: ``r`` (who), ``R`` (capitalised) and the
    pronouns; and the person's kind."""
    pool = [p for p in PEOPLE if p[2] in kinds]
    who, gender, kind = pool[g.rng.randrange(len(pool))]
    if gender == "?":
        gender = g.pick(["f", "m", "f", "m", "t"])
    slots = {k: [v] for k, v in PRONOUNS[gender].items()}
    slots["r"] = [who]
    slots["R"] = [who]
    slots["fam_pos"] = ["our"] if kind == "S" else slots["p_pos"]
    return slots, kind


def _template(g: GenLike, pool: Sequence[str]) -> tuple[str, str]:
    """A template and the kinds of person it suits (``"FS|..."``; all kinds if unmarked)."""
    t = g.pick(pool)
    head, bar, rest = t.partition("|")
    if bar and len(head) <= 3 and head.isupper():
        return rest, head
    return t, "FSA"


ADULTS: list[tuple[str, str]] = [
    ("dad", "he"), ("stepdad", "he"), ("mom", "she"), ("stepmom", "she"),
    ("mom's boyfriend", "he"), ("uncle", "he"), ("aunt", "she"), ("foster dad", "he"),
    ("grandpa", "he"), ("dad's girlfriend", "she"), ("older brother", "he"),
]  # fmt: skip

PETS = ["cat", "dog", "hamster", "bunny", "snake", "bearded dragon", "parakeet", "guinea pig"]

PARTNERS: list[tuple[str, str, str]] = [
    ("boyfriend", "he", "him"), ("girlfriend", "she", "her"), ("bf", "he", "him"),
    ("gf", "she", "her"), ("boyfriend", "he", "him"), ("partner", "they", "them"),
    ("older boyfriend", "he", "him"),
]  # fmt: skip


def _others(g: GenLike) -> dict[str, list[str]]:
    """The other people of a post: an adult at home and a partner, each with a pronoun."""
    adult, ap = ADULTS[g.rng.randrange(len(ADULTS))]
    partner, pp, pp_obj = PARTNERS[g.rng.randrange(len(PARTNERS))]
    return {
        "pet": [g.pick(PETS)],
        "adult": [adult],
        "adult_p": [ap],
        "partner": [partner],
        "pp": [pp],
        "pp_obj": [pp_obj],
    }


# ============================================================================================
# Shared by every label: openings, asides, questions, and how a voice types them
# ============================================================================================

SAID = _lines("""
said
told me
texted me
sent me
goes
was like
wrote
said on facetime
said in a voice note
typed in our dms
whispered
said after practice
messaged me last night
said at lunch
replied
told me in the car
said on call
""")

OPEN = _lines("""
ok so this is about {r}
i'm {age} and i need advice
not about homework, sorry
quick question, it's about {r}
idk who else to ask
this is kind of a weird one
so something happened at school today
i've been going back and forth on posting this
posting for {r}, not me
ok don't judge me
i'm {age} btw
hi, random question
this has been on my mind since {day_past}
can someone tell me if i'm reading this right
me and {r} are really close
sorry if this is a lot
i'm typing this in the library
""")

ASIDE_YOUNG = _lines("""
we've been close since {since}
{p} sit{s} behind me in {subject}
we play {game} together most nights
{p} live{s} like two streets from me
{p_is} a grade above me
{p_pos} family moved here from {place_from} {moved}
{p} work{s} weekends at {job}
we take the same bus home
{p_is} the funniest one in our group
{p_is} honestly smarter than all of us
{p_pos} parents both work late
we have a group project due {day}
{p_doesnt} really open up to people
we're on the same {team} team
{p_is} kind of my only close friend here
{p} just turned {age2}
we walk to school together
we were partners for the science fair
{p} {is} quiet but really sweet once you know {p_obj}
""")

ASIDE_SIB = _lines("""
we share a room
{p_is} in {grade_sib}
{p} follow{s} me around everywhere
our parents split custody
{p_is} obsessed with {game}
i'm basically the one who looks after {p_obj}
we fight a lot but {p_is} my favorite person
""")

ASIDE_ADULT = _lines("""
we've known each other since {since}
we split rent on a tiny apartment
we work the same shift at {job}
{p} moved here from {place_from} for school
{p_is} usually the one who has it together
{p_doesnt} really open up to people
we met in first year
{p_pos} family is far away
we cook dinner together most nights
{p} {is} doing a nursing degree
""")

ASK = _lines("""
what do i do
what should i say to {p_obj}
how do i help {p_obj}
is it ok to just ask {p_obj} about it
am i overthinking this
how do i bring it up without making it weird
anyone been through this
what would you do
pls help
i need advice
""")

# Asking whether to tell: around the risk messages and the sad, hurt-in-sport and grounded
# friends alike (not around a friend safe now, nor a lesson)
ASK_TELL = _lines("""
should i tell a teacher
should i tell someone
who do i even tell
do i say something or stay out of it
""")

QWORDS = ("what", "how", "should", "is", "who", "do", "am", "anyone", "can", "would", "does")

BASE_SLOTS: Slots = {
    "age": ["11", "12", "13", "14", "15", "16", "17", "18", "19", "20", "22"],
    "age2": ["12", "13", "14", "15", "16", "17", "18"],
    "since": [
        "2nd grade",
        "daycare",
        "7th grade",
        "we were like 9",
        "band camp",
        "year 7",
        "the first week of school",
        "forever",
        "primary school",
    ],
    "subject": [
        "geometry",
        "biology",
        "english",
        "world history",
        "french",
        "chemistry",
        "health",
        "computer science",
        "art",
    ],
    "game": ["minecraft", "valorant", "fortnite", "roblox", "overwatch", "rocket league"],
    "place_from": ["brazil", "ohio", "poland", "manila", "the city", "texas", "nigeria"],
    "moved": ["last summer", "in 6th grade", "two years ago", "over winter break"],
    "job": ["the pizza place", "a grocery store", "the pool", "a cafe", "the cinema"],
    "team": ["soccer", "swim", "debate", "basketball", "cross country", "volleyball"],
    "day": ["friday", "monday", "next week", "thursday"],
    "day_past": ["yesterday", "last night", "monday", "the weekend", "lunch"],
    "grade_sib": ["4th grade", "6th grade", "year 5", "middle school", "2nd grade"],
}

# Voices (the same odds for every label)
ESL_OPEN = _lines("""
hello, sorry for my english
english is not my first language, sorry for mistakes
hi, i am {age} years old and i need advice
please i need help about my friend
i am student from {place_from}, i live here since two years
good evening to everyone
i write from my phone, sorry
""")

ESL_CLOSE = _lines("""
thank you so much for answer
please answer me
thanks and sorry my english
i wait your answer
thank you in advance
""")

ESL_SWAPS: list[tuple[str, str]] = [
    (" i'm ", " i am "), (" don't know ", " not know "), (" doesn't ", " don't "),
    (" said ", " say "), (" told me ", " tell me "), (" has ", " have "),
    (" what do i do", " what i must do"), (" what should i do", " what i should to do"),
    (" anymore", " no more"), (" a lot", " very much"), (" the ", " "), (" is ", " "),
    (" should i tell ", " i should tell "), (" is it ok ", " it is ok "), (" he's ", " he is "),
    (" she's ", " she is "), (" really ", " very "), (" since ", " from "),
    (" texted me ", " write me "), (" every night", " all nights"), (" to go ", " for go "),
    (" people ", " peoples "), (" last night", " yesterday night"),
]  # fmt: skip
ESL_DROPS = [" the ", " is ", " a "]

CHAT_SWAPS: list[tuple[str, str]] = [
    ("you", "u"), ("your", "ur"), ("because", "bc"), ("right now", "rn"), ("i don't know", "idk"),
    ("please", "pls"), ("something", "smth"), ("people", "ppl"), ("what", "wat"),
    ("tomorrow", "tmrw"), ("with", "w"), ("to be honest", "tbh"), ("really", "rly"),
    ("going to", "gonna"), ("about", "abt"), ("okay", "ok"), ("though", "tho"),
]  # fmt: skip

CAPS_OPEN = ["HELP", "OMG", "PLEASE SOMEONE ANSWER", "I'M FREAKING OUT", "URGENT", "OK SO", ""]
TERSE_OPEN = ["yo", "ok so", "uh", "hey", "question", "so", "", "", ""]


def _cap(s: str) -> str:
    s = s.strip()
    s = s[:1].upper() + s[1:]
    padded = f" {s} ".replace(" i ", " I ").replace(" i'", " I'")
    return padded.strip()


def _end(ask: str) -> str:
    return "?" if ask.split(" ", 1)[0] in QWORDS else "."


def _swap(g: GenLike, text: str, swaps: Sequence[tuple[str, str]], p: float) -> str:
    padded = f" {text} "
    for a, b in swaps:
        if g.rng.random() < p:
            padded = padded.replace(f" {a} ", f" {b} ")
    return padded.strip()


def _esl(g: GenLike, text: str) -> str:
    padded = f" {text} "
    for a, b in ESL_SWAPS:
        if g.rng.random() < 0.35:
            padded = padded.replace(a, b)
    for a in ESL_DROPS:
        if g.rng.random() < 0.12:
            padded = padded.replace(a, " ")
    return _cap(padded)


def _insert(g: GenLike, key: Sequence[str], around: Sequence[str]) -> list[str]:
    parts = list(around)
    pos = g.rng.randint(0, len(parts))
    for k in reversed(key):
        parts.insert(pos, k)
    return parts


def _render(
    g: GenLike,
    key: Sequence[str],
    slots: Slots,
    own_ask: Sequence[str],
    kind: str,
    tell: bool = True,
) -> str:
    """The key sentences in one voice, among openings, asides and a question. The person's
    words (slots named ``q_...``) get one kind of quotation mark per message."""
    mark = g.pick(['"', '"', "'", "", "“"])
    end = "”" if mark == "“" else mark
    quoted = {k: [f"{mark}{v}{end}" for v in vs] for k, vs in slots.items() if k.startswith("q_")}
    all_slots: dict[str, Sequence[str]] = {**BASE_SLOTS, **slots, **quoted}
    keys = [g.fill(k, all_slots) for k in key]
    shared = [*ASK, *ASK_TELL] if tell else ASK
    # a message about no one in particular (a lesson, the news) takes no asides about a person
    about = any("{r}" in k or "{R}" in k for k in key)
    if not about:
        shared = list(own_ask)
    ask = g.fill(g.pick(shared if g.rng.random() < 0.55 else own_ask), all_slots)
    asides = {"A": ASIDE_ADULT, "S": ASIDE_SIB}.get(kind, ASIDE_YOUNG) if about else []
    opens = OPEN if about else [o for o in OPEN if "{r}" not in o]

    def around(lo: int, hi: int) -> list[str]:
        n = min(g.rng.randint(lo, hi), len(asides))
        return [g.fill(a, all_slots) for a in g.rng.sample(asides, n)]

    def head(p: float) -> list[str]:
        return [g.fill(g.pick(opens), all_slots)] if g.rng.random() < p else []

    v = g.rng.random()
    if v < 0.12:  # ALL CAPS panic, short
        opener = g.pick(CAPS_OPEN)
        parts = [opener, *keys, ask] if opener else [*keys, ask]
        sep = g.pick([" ", " ", "!! ", ". ", "\n"])
        text = sep.join(p for p in parts if p).upper()
        return text + g.pick(["??", "!!!", "?!", "", "???"])
    if v < 0.27:  # terse chat: one or two lines, chat spellings, no apostrophes
        opener = g.pick(TERSE_OPEN)
        parts = [opener, *keys, ask if g.rng.random() < 0.7 else ""]
        parts = [_swap(g, p, CHAT_SWAPS, 0.5).replace("'", "") for p in parts if p]
        return g.pick(["\n", " ", " ", ", "]).join(parts)
    if v < 0.42:  # an ESL writer
        parts = [g.fill(g.pick(ESL_OPEN), all_slots)] if g.rng.random() < 0.7 else []
        parts += _insert(g, keys, around(0, 1))
        parts.append(ask)
        if g.rng.random() < 0.5:
            parts.append(g.pick(ESL_CLOSE))
        return ". ".join(_esl(g, p) for p in parts if p) + g.pick(["", ".", "?", "!"])
    if v < 0.57:  # one thought a line
        parts = [*head(0.5), *_insert(g, keys, around(1, 3)), ask]
        return "\n".join(p for p in parts if p)
    if v < 0.75:  # run-on, lower case
        parts = [*head(0.5), *_insert(g, keys, around(0, 3))]
        if g.rng.random() < 0.75:
            parts.append(ask)
        parts = [p for p in parts if p]
        out = parts[0]
        for p in parts[1:]:
            out += g.pick([" and ", " and like ", ", ", " so ", " but ", " like ", " "]) + p
        return out.lower() + g.pick(["", "", " idk", " lol", "??", " :("])
    if v < 0.87:  # a long post, tidy
        parts = [*head(0.8), *_insert(g, keys, around(2, 5)), ask]
        return ". ".join(_cap(p) for p in parts if p) + _end(ask)
    # plain and short
    parts = [p for p in ([*keys, ask] if g.rng.random() < 0.8 else keys) if p]
    return ". ".join(_cap(p) for p in parts) + _end(parts[-1])


# ============================================================================================
# Things, places, marks: slot lists used by several families
# ============================================================================================

COMMON: Slots = {
    "said": SAID,
    "mark": [
        "bruises on {p_pos} arms",
        "a black eye",
        "a split lip",
        "finger marks on {p_pos} neck",
        "a swollen cheek",
        "welts on {p_pos} legs",
        "a cut above {p_pos} eye",
        "bruises on {p_pos} back",
        "a purple bruise on {p_pos} shoulder",
    ],
    "body": ["arm", "arms", "legs", "back", "shoulder", "ribs", "side", "knees"],
    "when_hurt": [
        "",
        "again",
        "last night",
        "this weekend",
        "over a bad grade",
        "in front of me",
        "yesterday after school",
    ],
    "hit_past": ["hit", "slapped", "punched", "kicked", "shoved", "beat", "smacked"],
    "hit_pres": ["hits", "slaps", "punches", "kicks", "beats", "smacks"],
    "trigger": [
        "talk{s} back",
        "get{s} a bad grade",
        "forget{s} a chore",
        "come{s} home late",
        "break{s} something",
        "cr{ies}",
    ],
    "thing": [
        "headphones",
        "switch",
        "favorite jacket",
        "bike",
        "sketchbook",
        "guitar",
        "gold chain",
        "camera",
        "ps5",
        "jersey",
    ],
    "things": ["games", "clothes", "books", "sneakers", "plushies", "art supplies", "figures"],
    "activity": ["soccer", "band", "choir", "art club", "the musical", "swim", "debate"],
    "activity2": ["robotics", "youth group", "gaming nights", "dance", "track", "drama"],
    "platform": ["story", "insta", "tiktok", "snap story", "close friends story"],
    "hide": ["desk drawer", "backpack", "closet", "pencil case", "nightstand"],
    "subject": ["geometry", "bio", "english", "history", "chem", "health", "french"],
    "soon_day": [
        "friday",
        "this weekend",
        "sunday",
        "the end of the month",
        "{p_pos} birthday",
        "winter break",
        "the game on saturday",
    ],
    "soon_when": [
        "on friday",
        "this weekend",
        "on sunday",
        "at the end of the month",
        "on {p_pos} birthday",
        "tonight",
        "before winter break",
    ],
}


# ============================================================================================
# concern_for_other: someone hurt by a parent, a step-parent, a partner, an older person
# ============================================================================================

HURT_PARENT = _lines("""
FA|{R}'s {adult} hits {p_obj}
FA|{R}'s {adult} {hit_past} {p_obj} {when_hurt}
FA|{r} came in with {mark} and admitted {p_pos} {adult} did it
FA|{r} covers up {mark} with makeup, {p} finally told me it was {p_pos} {adult}
FA|{r} showed me {mark} and said {p_pos} {adult} did it when {p} tried to leave the room
FA|{R}'s {adult} drinks and then {hit_pres} {p_obj}, and {p} {said} {q_hurt}
FA|{r} is scared to go home, {p_pos} {adult} {hit_pres} {p_obj} whenever {p} {trigger}
FA|{R}'s {adult} shoved {p_obj} down the stairs {when_hurt}
FA|{r} has belt marks on {p_pos} back and says {p_pos} {adult} does it every time {p} {trigger}
FA|{r} hides in {p_pos} closet when {p_pos} {adult} gets home angry
FA|{R}'s {adult} grabbed {p_obj} by the hair and dragged {p_obj} across the kitchen
FA|{r} told me the bruises on {p_pos} {body} come from {p_pos} {adult}, not from {team} like \
{p} told the coach
FA|{r} flinches whenever someone lifts a hand near {p_obj}, and {p} {said} {q_hurt}
FA|{R}'s {adult} had {p_obj} by the throat {when_hurt} and {p} {said} {q_hurt}
FA|{r} sleeps at my place half the week to get away from {p_pos} {adult}
FA|{R}'s {adult} said {adult_p}'d break {p_pos} arm if {p} told anyone, and {p_has} got {mark}
FA|{r} {said} {q_home}
FA|{r} showed up at my door at midnight with {mark} and {said} {q_home}
S|our {adult} {hit_pres} {r} when {p} {trigger}
S|{r} has {mark} and {p} {said} our {adult} did it
S|our {adult} {hit_past} {r} so hard {when_hurt} that {p} couldn't stop shaking
""")

HURT_HOME = _lines("""
S|our {adult} locks {r} out of the house all night when {p} {trigger}
S|{r} gets locked in {p_pos} room with no food as a punishment, sometimes the whole weekend
S|our {adult} won't let {r} eat dinner and {p_is} getting scary thin
S|our {adult} left {r} outside in the cold last night in just a t-shirt
S|our {adult} makes {r} sleep in the garage when {p} {trigger}
S|{r} came back from a weekend at our {adult}'s place with {mark} and {said} {q_secret}
FA|{R}'s parents lock {p_obj} in {p_pos} room without food for whole days
FA|{R}'s {adult} doesn't let {p_obj} eat as a punishment, {p_has} lost so much weight
F|{r} gets left alone for days with {p_pos} baby brother and no food in the house
FA|{R}'s {adult} makes {p_obj} sleep in the garage
FA|{r} is always hungry, {p_pos} {adult} padlocks the fridge and {p} {said} {q_home}
FA|{R}'s {adult} locked {p_obj} out in the rain {when_hurt} and {p} {said} {q_secret}
""")

HURT_PARTNER = _lines("""
{R}'s {partner} {partner_hurt}
{R}'s {partner} checks {p_pos} phone every night and {partner_hurt} last week
{R}'s {partner} won't let {p_obj} hang out with us anymore, and {pp} {partner_hurt}
{r} has {mark} from {p_pos} {partner} and {said} {q_partner}
{R}'s {partner} decides what {p} wear{s} and who {p} text{s}, and {pp} {partner_hurt}
{r} has {mark} and it was {p_pos} {partner} who did it
{r} is scared to break up with {p_pos} {partner} because {pp} said {pp}'d hurt {p_obj}
{R}'s {partner} makes {p_obj} share {p_pos} location every hour and {partner_hurt} when {p} \
didn't
{R}'s {partner} took {p_pos} phone and keys and {partner_hurt}
""")

HURT_TOUCH = _lines("""
F|an older guy at the {place} keeps touching {r} and says it's their secret
F|{R}'s {toucher} touches {p_obj} in ways {p} hate{s} and told {p_obj} not to tell
F|a senior keeps cornering {r} by the lockers and grabbing {p_obj}
F|{R}'s coach keeps {p_obj} after practice alone and touches {p_obj}, {p} {said} {q_touch}
F|{r} {said} {q_touch}
F|a grown man {r} met online keeps asking {p_obj} for pics and wants to meet up alone
F|{R}'s {toucher} comes into {p_pos} room at night and {p} {said} {q_touch}
F|{R}'s {toucher} makes {p_obj} sit on his lap and won't stop when {p} pull{s} away
S|our {toucher} keeps going into {r}'s room when nobody's home and {p} {said} {q_touch}
""")

HURT_SLOTS: Slots = {
    **COMMON,
    "q_hurt": [
        "it's not a big deal, it only happens when i mess up",
        "i slipped in the shower, drop it",
        "you can't say anything, it'll get worse",
        "i'm used to it by now",
        "{adult_p} didn't mean it, {adult_p} was just really angry",
        "it was my fault, i shouldn't have said anything back",
        "if anyone asks, i fell off my bike",
    ],
    "q_home": [
        "please let me stay at yours tonight, i can't go back there",
        "if i get home late again {adult_p}'ll hurt me, like actually",
        "i'm scared to go home, {adult_p}'s been drinking since noon",
        "it's bad at home again, can i sleep over",
        "i don't feel safe in my own house",
    ],
    "q_secret": [
        "don't tell anyone or they'll send me away",
        "it's family stuff, you can't say anything",
        "promise you won't say anything",
        "i'll get it worse if someone finds out",
    ],
    "q_partner": [
        "{pp} only gets like that because {pp} cares so much",
        "it's my fault, i shouldn't have talked to other people",
        "{pp} said if i leave {pp}'ll make me regret it",
        "{pp} said sorry, {pp} won't do it again",
        "i'm not allowed to go out without {pp_obj} knowing",
        "{pp} only hits me when i make {pp_obj} mad",
    ],
    "q_touch": [
        "i didn't want it but i froze",
        "he said nobody would believe me",
        "please don't tell, i'll get in trouble",
        "it keeps happening and i can't make it stop",
        "i feel gross all the time now",
    ],
    "partner_hurt": [
        "shoved {p_obj} into a locker",
        "slapped {p_obj} at a party",
        "grabbed {p_pos} wrist so hard it bruised",
        "choked {p_obj} when they were arguing",
        "threw a drink at {p_obj} and then hit {p_obj}",
        "dragged {p_obj} out of the car by {p_pos} arm",
        "punched {p_obj} in the ribs",
        "pushed {p_obj} down and kicked {p_obj}",
    ],
    "toucher": ["uncle", "stepdad", "mom's boyfriend", "older cousin", "tutor", "neighbor"],
    "place": ["park", "skate park", "gym", "mall", "bus stop", "pool"],
    "team": ["soccer", "basketball", "hockey", "rugby", "wrestling"],
}

HURT_EXTRA = _lines("""
{p} jump{s} at every loud noise
{p_has} always got a story ready
{p} never lets anyone come over to {p_pos} place
{p_has} been wearing a hoodie in this heat
{p} asked to keep spare clothes at my house
""")

HURT_ASK = _lines("""
i'm scared for {p_obj}
{p} made me promise not to tell
can i tell someone without {p_obj} knowing it was me
is this serious enough to report
i can't stop thinking about it
i don't want {p_obj} to get it worse at home
who do i call about this
""")


def co_hurt(g: GenLike) -> tuple[str, str]:
    """Someone hurt by a parent or step-parent, kept hungry or locked out, hurt by a
    partner, or touched by an older person."""
    r = g.rng.random()
    if r < 0.4:
        pool, sub = HURT_PARENT, "parent_hits"
    elif r < 0.6:
        pool, sub = HURT_HOME, "home_neglect"
    elif r < 0.82:
        pool, sub = HURT_PARTNER, "partner_hurts"
    else:
        pool, sub = HURT_TOUCH, "touched"
    template, kinds = _template(g, pool)
    person, kind = _person(g, kinds)
    key = [template]
    if g.rng.random() < 0.3:
        key.append(g.pick(HURT_EXTRA))
    slots = {**HURT_SLOTS, **_others(g), **person}
    return _render(g, key, slots, HURT_ASK, kind), sub


# ============================================================================================
# concern_for_other: a friend, sibling or teammate said they will die, end it, not be around
# ============================================================================================

INTENT = _lines("""
{r} {said} {q_intent}
{r} {said} {q_intent}, then went offline
{r} {said} {q_intent} and laughed, but it didn't sound like a joke
{r} {said} {q_intent} and i haven't heard from {p_obj} since
{r} said {p} want{s} to die
{r} said {p} won't be around after {soon_day}
{r} told me {p_is} going to end it {soon_when}
{r} keeps saying {p} want{s} to kill {p_self}
{r} said {p} know{s} where {fam_pos} dad keeps the gun and {p_has} thought of using it
{r} has been saving pills and said {p} {is} going to take them all {soon_when}
{r} texted me a goodbye and then turned off {p_pos} location
{r} told our group chat {p} won't be at school after {soon_day}, or ever again
{r} gave me {p_pos} {thing} and {said} {q_give}
{r} has {means} and {said} {q_intent}
{r} showed me {means} in {p_pos} {hide} and {said} {q_intent}
{r} sent me a screenshot of {means} with the words {q_intent}
{r} told me {p} wrote a note and picked a day
""")

SLANG_WHO: list[tuple[str, str]] = [
    ("my homie", "m"), ("my boy", "m"), ("my girl", "f"), ("my bro", "m"), ("my dawg", "m"),
    ("my guy", "m"), ("my cuzzo", "?"), ("my bestie", "?"), ("my twin", "?"), ("my sis", "f"),
]  # fmt: skip

SLANG = _lines("""
{r} {slang_said} {q_slang}
{r} {slang_said} {q_slang} and now {p} {is} on read
{r} {slang_said} {q_slang}, idk if {p_is} playing
{r} {slang_said} {q_slang} and {p} never talk{s} like that
""")

INTENT_SLOTS: Slots = {
    **COMMON,
    "q_intent": [
        "i'm done, i'm not doing another week of this",
        "this weekend is my last one, i just wanted you to know",
        "i'm not waking up tomorrow if i can help it",
        "i'm taking all of them tonight",
        "i have a date picked out and everything",
        "i won't be around after {soon_day}",
        "don't bother texting me after {soon_day}",
        "i want to die and i'm not being dramatic",
        "i'm ending it, sorry for everything",
        "i've been saving up pills, it's happening soon",
        "tell my mom i'm sorry, ok",
        "once everyone's asleep i'm going to kill myself",
        "you won't have to put up with me much longer",
        "i'm so tired, i'm ending it this time for real",
        "i just want to die, i have it all planned",
        "i'm not going to be here for my birthday",
        "after tonight you won't hear from me, sorry",
        "i'm going to jump off the {high_place}",
        "i know exactly how i'm going to do it",
    ],
    "q_give": [
        "keep it, i won't need it after this week",
        "you should have it, i'm not going to be around",
        "look after it for me when i'm gone",
        "better you than nobody, after",
    ],
    "q_slang": [
        "ima just end it fr",
        "i'm finna be gone for good, no cap",
        "bro i won't be here next week deadass",
        "lowkey done w life, ending it this weekend",
        "ngl i'm finna kms tonight",
        "i got the pills already, it's whatever",
        "fr i'm checking out for good after this",
        "on god i'm not making it to friday",
        "idc anymore bro i'm tryna die",
        "i'm out, like out out, don't look for me",
    ],
    "slang_said": [
        "said",
        "told me",
        "texted",
        "was like",
        "snapped me",
        "lowkey said",
        "said on the gc",
        "dmed me",
    ],
    "means": [
        "a bottle of pills",
        "{fam_pos} dad's gun",
        "a rope",
        "a pile of {fam_pos} mom's sleeping pills",
        "a handgun",
        "a bag of pills",
    ],
    "high_place": ["parking garage", "bridge by the river", "roof of our school", "overpass"],
}

INTENT_ASK = _lines("""
i'm scared {p} will actually do it
{p} made me promise not to tell
do i call {fam_pos} mom right now
{p} won't answer my calls
is it serious or {is} {p} just venting
should i call someone tonight
""")


def co_intent(g: GenLike) -> tuple[str, str]:
    """A friend's words of intent, reported, quoted in the first person, or in slang; having
    the means; giving things away."""
    if g.rng.random() < 0.22:
        who, gender = SLANG_WHO[g.rng.randrange(len(SLANG_WHO))]
        if gender == "?":
            gender = g.pick(["f", "m"])
        person = {k: [v] for k, v in PRONOUNS[gender].items()}
        person["r"] = [who]
        person["R"] = [who]
        person["fam_pos"] = person["p_pos"]
        slots = {**INTENT_SLOTS, **_others(g), **person}
        return _render(g, [g.pick(SLANG)], slots, INTENT_ASK, "F"), "slang_intent"
    template = g.pick(INTENT)
    person, kind = _person(g, "FSA")
    sub = "has_means" if "{means}" in template or "gun" in template else "said_intent"
    if "{q_give}" in template:
        sub = "gave_away"
    slots = {**INTENT_SLOTS, **_others(g), **person}
    return _render(g, [template], slots, INTENT_ASK, kind), sub


# ============================================================================================
# concern_for_other: a friend's self-injury
# ============================================================================================

INJURY = _lines("""
{r} has {inj} on {p_pos} {body} and always wears {cover} to hide them
{r} cuts {p_self}, {p} showed me last night
{r} burns {p_self} with {tool} when {p} {inj_trigger}
{r} {said} {q_inj}
{r} asked me to keep {p_pos} cuts a secret
i saw fresh cuts under {r}'s {cover} in {subject}
{r} always has an excuse for the marks but there are new ones every week
{r} started cutting again and made me swear not to say anything
{r} keeps a blade in {p_pos} {hide}
{r} scratches {p_pos} arms until they bleed when {p_is} upset
{r} punches walls and bites {p_pos} own arm when {p} {inj_trigger}
{r} showed me {p_pos} {body} and there were {inj}, {p} {said} {q_inj}
{r} won't wear short sleeves anymore, i saw {inj} when {p} reached for {p_pos} bag
{r} says the marks are from {excuse} but they're all in neat rows
{r} asked me how to hide cuts from {fam_pos} parents
{r} sends me pictures of {p_pos} cuts late at night
{r} {said} {q_inj} and then pulled {p_pos} sleeve back down
""")

INJURY_SLOTS: Slots = {
    **COMMON,
    "inj": [
        "fresh cuts",
        "scars",
        "little burns",
        "deep scratches",
        "rows of cuts",
        "cigarette burns",
        "scabbed cuts",
    ],
    "body": ["arm", "arms", "wrists", "thighs", "stomach", "upper arm", "ankles"],
    "cover": ["hoodies", "long sleeves", "a jacket", "wristbands", "a stack of bracelets"],
    "tool": ["a lighter", "a hot spoon", "a curling iron", "matches"],
    "inj_trigger": [
        "get{s} stressed",
        "fight{s} with {fam_pos} mom",
        "can't sleep",
        "get{s} a bad grade",
        "feel{s} overwhelmed",
    ],
    "excuse": ["{p_pos} cat", "a fence", "gym", "rose bushes", "a rash"],
    "q_inj": [
        "it's the only thing that calms me down, don't freak out",
        "i cut again last night, please don't tell",
        "i need it so i can feel something",
        "it's under control, i only do it sometimes",
        "promise you won't tell anyone about my arms",
        "i did it again, i'm sorry, i couldn't stop",
        "nobody can know about this, especially my mom",
        "if i don't do it i can't sleep",
    ],
}

INJURY_EXTRA = _lines("""
{p} change{s} for gym in a stall now
{p} got super defensive when i asked
{p} keep{s} tugging {p_pos} sleeves down
{p_has} been wearing a hoodie in this heat
""")

INJURY_ASK = _lines("""
{p} made me promise not to tell
i'm scared it's getting worse
should i tell the nurse
{p} begged me not to tell {fam_pos} parents
i don't want {p_obj} to hate me
""")


def co_injury(g: GenLike) -> tuple[str, str]:
    """A friend's self-injury: seen, excused, kept secret, or told in their own words."""
    person, kind = _person(g, "FSA")
    key = [g.pick(INJURY)]
    if g.rng.random() < 0.3:
        key.append(g.pick(INJURY_EXTRA))
    slots = {**INJURY_SLOTS, **_others(g), **person}
    return _render(g, key, slots, INJURY_ASK, kind), "self_injury"


# ============================================================================================
# concern_for_other: warning signs (changed, quit everything, a goodbye post, a pet)
# ============================================================================================

SIGNS = _lines("""
{r} changed so much this year, {p} quit {activity} and barely eat{s}
{r} quit everything this month, {activity}, {activity2}, even texting back
{r} posted a goodbye on {p_pos} {platform} last night, it said {q_post}
{r} asked me to look after {p_pos} {pet} {if_gone}
{r} asked me to take {p_pos} {pet} because {p} won't be able to anymore
{r} keeps apologizing for random stuff and thanking everyone like it's the end
{r} changed {p_pos} bio to {q_post} and isn't answering anyone
{r} gave away {p_pos} {things}, said {p} won't need them
{r} made a list in {p_pos} notes app of who gets {p_pos} stuff
{r} stopped coming to {activity}, told coach {p_is} done for good, then asked me to feed \
{p_pos} {pet}
{r} was really down for months and now {p} {is} weirdly calm and giving stuff away
{r} went around at lunch saying {q_bye}
{r} deleted all {p_pos} posts except one that says {q_post}
{r} stopped doing homework and said {p} won't need grades where {p_is} going
{r} wrote letters to everyone in our friend group and said not to read them until {soon_day}
{r} asked me to take care of {p_pos} little sister {if_gone}
{r} returned everything {p} ever borrowed from me and said {p} wanted it all sorted before \
{soon_day}
""")

SIGNS_SLOTS: Slots = {
    **COMMON,
    "if_gone": [
        "if anything happens to {p_obj}",
        "after {p_is} gone",
        "since {p} won't be around",
        "for good",
    ],
    "q_post": [
        "sorry for everything, goodbye",
        "thank you all, this is it",
        "i love you guys, don't be sad",
        "i tried my best",
        "goodnight forever",
        "it's not your fault, bye",
    ],
    "q_bye": [
        "i'm going to miss you all so much",
        "don't forget about me, ok?",
        "thanks for everything, seriously, all of it",
    ],
}

# How a friend seems lately: the same lines around a warning sign and around a sad friend
MOOD = _lines("""
{p_has} been really quiet lately
{p} stopped replying in the group chat
{p_pos} grades dropped this term
{p_has} been sleeping through first period
{p_doesnt} laugh as much as {p} used to
""")

SIGNS_ASK = _lines("""
i'm scared for {p_obj}
is this a warning sign or am i paranoid
{p} won't answer my calls
does this mean what i think it means
should i call {fam_pos} parents tonight
""")


def co_signs(g: GenLike) -> tuple[str, str]:
    """A friend's warning signs: changed, quit everything, a goodbye post, a pet to mind."""
    person, kind = _person(g, "FSA")
    template = g.pick(SIGNS)
    key = [template]
    if g.rng.random() < 0.3:
        key.insert(0, g.pick(MOOD))
    sub = "goodbye_post" if "{q_post}" in template else "warning_signs"
    if "{pet}" in template:
        sub = "pet_care"
    slots = {**SIGNS_SLOTS, **_others(g), **person}
    return _render(g, key, slots, SIGNS_ASK, kind), sub


# ============================================================================================
# concern_for_other: questions (how to help, tell a teacher, ask directly) about a friend at
# risk
# ============================================================================================

CO_QUESTIONS = _lines("""
{r} keeps saying {p} want{s} to die, is it ok to ask {p_obj} directly or will it make it worse
is it ok to ask {r} straight out if {p_is} thinking about killing {p_self}, {p} {said} {q_intent}
should i tell a teacher that {r} said {p} want{s} to die even though {p} told me not to
how do i help {r}, {p} cut{s} and {fam_pos} parents have no idea
FA|who do i tell if {r}'s {adult} is hitting {p_obj}
FA|can i report {r}'s {adult} hurting {p_obj} without giving my name
do i tell the counselor that {r} has {means} in {p_pos} room
how do i get {r} to tell an adult about {p_pos} {partner} hurting {p_obj}
what do i say if {r} tells me {p} want{s} to end it again
{r} stopped answering after saying {p} {is} going to end it tonight, do i call 911
is it snitching to tell {fam_pos} mom that {r} is cutting
{r} showed me {p_pos} cuts, do i tell the nurse or talk to {p_obj} first
if i ask {r} whether {p_is} suicidal, could that push {p_obj} to do it
{r} gave away {p_pos} {thing} and {said} {q_give}, how do i ask {p_obj} what's going on
FA|how do i tell a teacher that {r}'s {adult} {hit_pres} {p_obj} without {p_obj} hating me
should i tell the coach that {r} said {p} won't be around after {soon_day}
{r} asked me to look after {p_pos} {pet} {if_gone}, do i ask {p_obj} if {p_is} safe
""")

CO_ASK_SLOTS: Slots = {**INTENT_SLOTS, **SIGNS_SLOTS, **HURT_SLOTS}


def co_ask(g: GenLike) -> tuple[str, str]:
    """Questions about a friend at risk: how to help, whether to tell, asking directly."""
    template, kinds = _template(g, CO_QUESTIONS)
    person, kind = _person(g, kinds)
    slots = {**CO_ASK_SLOTS, **_others(g), **person}
    sub = "tell_adult" if " tell " in template or "report" in template else "how_to_help"
    if "directly" in template or "straight out" in template or "if i ask" in template:
        sub = "ask_directly"
    # the question is the key: the ask that follows is a short one, or none
    return _render(g, [template], slots, ["", "", "pls", "help", "idk"], kind), sub


# ============================================================================================
# benign: a friend who is sad but safe, already talking to someone
# ============================================================================================

SAD = _lines("""
{r} got dumped {dumped_when} and {said} {q_breakup}
{r} failed {p_pos} {test} and {said} {q_grade}
{r} got cut from the {team} team and {said} {q_cut}
{r}'s {pet} died {recent} and {p_has} been crying on and off
{r} is moving to {city} in {month} and {said} {q_move}
{r} gave me {p_pos} {thing} because {p_is} moving and can't pack everything
{r} asked me to look after {p_pos} {pet} while {p_pos} family is away for {trip}
{r} quit {activity} because {p} want{s} more time for {activity2}
{r} posted a goodbye to {p_pos} old school on {p_pos} {platform} because {p_is} moving
{r} {said} {q_dramatic}
{r} has been really down since {sad_thing}
{r} cried the whole bus ride after {sad_thing}
{r} didn't get the part in the {show} and {said} {q_cut}
{r} and {p_pos} {partner} split up and {p} {said} {q_breakup}
{r} is sad about {p_pos} grandma being in the hospital
{r} went quiet after {fam_pos} parents told {p_obj} about the divorce
{r} changed {p_pos} bio to {q_sadbio} after the breakup lol
{r} went around at lunch saying bye because it's {p_pos} last day before {p} move{s}
{r} gave away {p_pos} old {things} because {p_pos} room is getting redone
""")

SAFE = _lines("""
{p_has} been talking to {helper} about it
{fam_pos} mom knows and {p} see{s} the counselor {next_time}
{p} said {p} just need{s} a few days
{p_pos} {kin} is taking {p_obj} out for {treat} this weekend
{p} already seem{s} a bit better than yesterday
{p_is} still coming to my birthday on {day}
we're watching movies at my place {day} to cheer {p_obj} up
{p} sent me a meme this morning so {p_is} not totally down
{p_has} got {fam_pos} parents and {p_pos} friends helping
{p} talked to the school counselor and said it helped
""")

SAD_SLOTS: Slots = {
    **COMMON,
    "recent": ["last week", "on sunday", "right before prom", "yesterday", "over the weekend"],
    "dumped_when": ["over text", "last week", "on {p_pos} birthday", "right before prom"],
    "test": ["chem test", "driving test", "math final", "spanish oral", "history essay"],
    "city": ["denver", "another state", "the other side of town", "germany", "{p_pos} dad's city"],
    "month": ["june", "august", "the spring", "two weeks", "january"],
    "trip": ["thanksgiving", "a wedding", "spring break", "a week"],
    "sad_thing": [
        "the breakup",
        "losing {p_pos} dog",
        "tryouts",
        "{p_pos} best friend's move",
        "the test results",
        "{fam_pos} parents' divorce",
        "not making the team",
    ],
    "show": ["spring musical", "school play", "talent show"],
    "helper": [
        "the school counselor",
        "{fam_pos} mom",
        "{fam_pos} older sister",
        "a therapist",
        "our coach",
        "{fam_pos} aunt",
    ],
    "kin": ["dad", "mom", "aunt", "big sister", "grandpa"],
    "next_time": ["on friday", "next week", "every tuesday", "tomorrow"],
    "treat": ["boba", "pancakes", "ice cream", "a movie", "bowling"],
    "q_breakup": [
        "i'm never dating again, i swear",
        "i'm done with dating for this year",
        "i'll be fine, i just need to cry for a bit",
        "i can't believe i wasted a year on that",
        "ice cream and sad songs all weekend",
    ],
    "q_grade": [
        "i'm so done with this class",
        "my parents are going to be so disappointed",
        "i'll just retake it, whatever",
        "i studied so hard and it didn't matter",
        "i'm never going to get this stuff",
    ],
    "q_cut": [
        "i'll try again next year, i guess",
        "i'm so embarrassed, everyone saw the list",
        "i can't talk about it yet",
    ],
    "q_move": [
        "i'm going to miss everyone so much",
        "starting over at a new school sounds awful",
        "promise we'll still facetime every week",
    ],
    "q_dramatic": [
        "if i fail this test i'm literally going to die",
        "this week is killing me",
        "my mom is going to ground me forever when she sees my report card",
        "i want to hide in my bed until summer",
    ],
    "q_sadbio": ["single and sad", "heartbroken era", "never again", "just vibing alone"],
}

SAD_ASK = _lines("""
how do i cheer {p_obj} up
what's something nice i can do for {p_obj}
should i get {p_obj} a little gift or is that weird
i just want {p_obj} to feel better
how do i be a good friend rn
i feel bad for {p_obj}
""")


def bn_sad(g: GenLike) -> tuple[str, str]:
    """A friend sad but safe (a breakup, a grade, a cut, a pet, a move), with help."""
    person, kind = _person(g, "FSA")
    key = [g.pick(SAD)]
    if g.rng.random() < 0.3:
        key.insert(0, g.pick(MOOD))
    if g.rng.random() < 0.7:
        key.append(g.pick(SAFE))
    slots = {**SAD_SLOTS, **_others(g), **person}
    return _render(g, key, slots, SAD_ASK, kind), "sad_safe"


# ============================================================================================
# benign: hurt by accident or in sport; grounded fairly; strict parents without harm
# ============================================================================================

ACCIDENT = _lines("""
{r} broke {p_pos} {bone} at {sport} practice
{r} has bruises all over {p_pos} legs from {sport}
{r} fell off {p_pos} {ride} and has a cast now
{r} showed me {mark_b} on {p_pos} {body} from {sport}
{r} got a black eye from a {ball} to the face in gym
{r} has burn marks on {p_pos} arm from the fryer at {p_pos} job
{r}'s arms are all scratched up from {p_pos} new kitten
{r} wears long sleeves all the time because {sleeves}
{r} came to school limping because {p} rolled {p_pos} ankle at {sport}
{r} needed stitches after {p} cut {p_pos} hand on a {sharp}
{r} split {p_pos} lip at {sport} and {said} {q_sport}
{r} has a bruise the size of a fist on {p_pos} {body} from {sport} and {said} {q_sport}
{r} got a concussion in the {sport} game {recent}
""")

DISCIPLINE = _lines("""
{r} got grounded for {reason} and {said} {q_grounded}
S|our {adult} yelled at {r} for {reason}, which honestly was fair
FA|{R}'s {adult} took {p_pos} phone for a week because of {reason}
FA|{r} can't come to the party because {p_pos} {adult} said no, {p_is} so annoyed
F|{r} got locked out because {p} forgot {p_pos} keys, so {p} waited at mine until {p_pos} mom \
got home
F|{r} has to be home by nine because {p_pos} {adult} is strict about school nights
FA|{R}'s parents are really strict, {p} can't {strict_thing}, but they're nice to {p_obj}
S|{r} got sent to {p_pos} room with no dessert for {reason} lol
FA|{R}'s {partner} got mad at {p_obj} for forgetting their anniversary, they made up the next \
day
FA|{R}'s {adult} made {p_obj} pay for the window {p} broke
S|our {adult} took away {r}'s switch for {reason} and {p} {said} {q_grounded}
F|{R}'s {adult} won't let {p_obj} go to the sleepover and {p} {said} {q_grounded}
""")

ACCIDENT_SLOTS: Slots = {
    **COMMON,
    "bone": ["wrist", "collarbone", "ankle", "finger", "arm", "nose", "toe"],
    "sport": ["soccer", "rugby", "hockey", "roller derby", "lacrosse", "judo", "football"],
    "ride": ["skateboard", "bike", "scooter", "horse", "longboard"],
    "mark_b": ["a huge bruise", "scrapes", "a bruise", "turf burn", "a giant welt"],
    "ball": ["volleyball", "dodgeball", "basketball", "softball"],
    "sleeves": [
        "{p_is} always cold",
        "{p} {has} eczema",
        "{p_pos} arms got sunburnt",
        "it's {p_pos} style",
    ],
    "sharp": ["broken glass", "a can lid", "a box cutter in art", "a kitchen knife"],
    "recent": ["last week", "on saturday", "yesterday", "this weekend"],
    "reason": [
        "sneaking out",
        "lying about where {p} went",
        "failing a quiz {p} didn't study for",
        "skipping class",
        "breaking curfew",
        "talking back at dinner",
        "a week of not doing chores",
    ],
    "strict_thing": [
        "have social media",
        "go to parties",
        "date until {p_is} sixteen",
        "stay out past eight",
        "have a phone in {p_pos} room at night",
    ],
    "q_sport": [
        "it's fine, coach said it looks worse than it is",
        "worth it, we won",
        "you should see the other team lol",
    ],
    "q_grounded": [
        "this is so unfair, it was one time",
        "two whole weeks without my switch, i'm going to lose it",
        "ok fine i kind of deserved it",
        "my life is literally over lol",
    ],
}

ACCIDENT_ASK = _lines("""
should i bring {p_obj} snacks or something
what can i bring {p_obj} while {p} recover{s}
how do i help {p_obj} catch up on notes
i feel bad for {p_obj}
""")


DISCIPLINE_ASK = _lines("""
is that normal or are {fam_pos} parents extra
should i stay out of it
was that fair or not
how do i cheer {p_obj} up
""")


def bn_accident(g: GenLike) -> tuple[str, str]:
    """A friend hurt by accident or in sport; a sibling grounded fairly; strict parents."""
    if g.rng.random() < 0.55:
        template, kinds, sub, asks = g.pick(ACCIDENT), "FSA", "accident_sport", ACCIDENT_ASK
    else:
        template, kinds = _template(g, DISCIPLINE)
        sub = "strict_parents" if "strict" in template or "won't let" in template else "fair"
        asks = DISCIPLINE_ASK
    person, kind = _person(g, kinds)
    slots = {**ACCIDENT_SLOTS, **_others(g), **person}
    return _render(g, [template], slots, asks, kind), sub


# ============================================================================================
# benign: a lesson or the news about abuse or suicide; a friend through exams
# ============================================================================================

LESSON = _lines("""
we watched a video in health about signs of abuse, {lesson_q}
our teacher talked about suicide prevention today, {lesson_q}
i read a news story about {news} and it made me think, {lesson_q}
for my {proj_subject} project i'm writing about {topic}, {research_q}
our school had an assembly about {topic} and {r} and i were talking about it after
in health our teacher said it's ok to ask someone directly about suicide, is that actually true
we had a lesson on healthy relationships and learned about controlling partners, {lesson_q}
my english teacher assigned a book where a character self-harms, now i'm wondering {lesson_q}
there was a story on the news about {news}, {lesson_q}
our counselor came to homeroom to talk about {topic}, {lesson_q}
""")

EXAMS = _lines("""
FA|{r} has {exams} next week and barely sleeps, how do i help {p_obj} relax
FA|how do i support {r} through {exams}, {p_is} so stressed
FA|{r} {said} {q_exam}
FA|{r} is panicking about {exams} and {said} {q_exam}
FA|{r} cried after the practice test for {exams} but {p_pos} tutor says {p_is} on track
""")

LESSON_SLOTS: Slots = {
    **COMMON,
    "proj_subject": ["health", "english", "sociology", "psych", "civics", "media studies"],
    "lesson_q": [
        "what are the warning signs we should actually look for",
        "how would someone even know if a friend needed help",
        "what's the number people can call",
        "is it true most people show signs first",
        "can you explain it better than the slides did",
        "i have to write a reflection on it",
        "what counts as abuse and what's just strict parenting",
    ],
    "topic": [
        "child abuse",
        "teen suicide",
        "dating violence",
        "self-harm",
        "mental health stigma",
        "domestic violence",
        "online grooming",
    ],
    "research_q": [
        "can you help me find good sources",
        "how do i write about it respectfully",
        "what statistics should i look for",
        "how do i start my intro",
    ],
    "news": [
        "parents who were charged with neglect",
        "a coach arrested for abusing players",
        "a singer who talked about her depression",
        "a school that started a peer support program",
        "a town that put up signs on a bridge with a helpline",
    ],
    "exams": ["finals", "the sat", "midterms", "a-levels", "mocks", "the bar exam", "the act"],
    "q_exam": [
        "if i don't get a 1400 my life is over",
        "i'm going to fail everything and end up living in your basement",
        "i haven't slept properly in a week",
        "my brain is full, nothing else fits",
    ],
}

LESSON_ASK = _lines("""
thanks
just curious
any tips
it's for class
""")


def bn_lesson(g: GenLike) -> tuple[str, str]:
    """A lesson or the news about abuse or suicide, a project about it, or helping a friend
    through exams."""
    if g.rng.random() < 0.6:
        (template, kinds), sub = _template(g, LESSON), "lesson_news"
    else:
        (template, kinds), sub = _template(g, EXAMS), "exam_support"
    person, kind = _person(g, kinds)
    key = [template]
    slots = {**LESSON_SLOTS, **_others(g), **person}
    return _render(g, key, slots, [*LESSON_ASK, "", "", ""], kind, tell=False), sub


# ============================================================================================
# benign: a friend who WAS at risk and is safe now with help (told in the past)
# ============================================================================================

PAST = _lines("""
last year {r} told me {p} wanted to die, i told our counselor and now {p_is} doing so much \
better
{r} used to cut but {p_has} been clean for {duration} and {said} {q_proud}
FA|{R}'s {adult} used to hit {p_obj}, but {p} live{s} with {p_pos} grandma now and {p_is} safe
{r} was in the hospital {ago} after {p} tried to hurt {p_self}, now {p_is} back on the {team} \
team
{r} got out of a bad relationship {ago}, {p_pos} ex has a restraining order now
{r} used to give {p_pos} stuff away and talk about not being here, {p} got help and now {p_is} \
planning {future}
i reported what was happening to {r} {ago}, social services got involved and {p} {is} in a safe \
home now
{r} told me back in {grade} that {p} had a plan, we got {p_obj} help and {p_is} graduating \
this year
{r} had a really dark {season} {ago}, but {p} see{s} a therapist every week now and {p_is} \
doing great
{r} {said} {q_proud}
a year ago i was scared {r} wouldn't make it, now {p_is} the one checking on everyone else
{r} used to post sad goodbye stuff, {fam_pos} parents got {p_obj} into therapy and {p} {said} \
{q_proud}
""")

PAST_SLOTS: Slots = {
    **COMMON,
    "duration": ["six months", "a year", "100 days", "since last summer", "almost two years"],
    "ago": ["last year", "two years ago", "in 8th grade", "last spring", "a while back"],
    "future": ["a trip with us", "prom", "college visits", "{p_pos} sweet sixteen", "summer"],
    "grade": ["7th grade", "8th grade", "freshman year", "year 9"],
    "season": ["winter", "spring", "semester", "year"],
    "team": ["soccer", "swim", "track", "debate", "volleyball"],
    "q_proud": [
        "i'm really glad i'm still here",
        "therapy actually worked, who knew",
        "thank you for telling someone back then, i mean it",
        "i don't feel like that anymore",
        "i'm honestly proud of myself",
    ],
}

PAST_ASK = _lines("""
how do i keep being a good friend
is it weird to bring it up now
i'm so proud of {p_obj}
should i say something about how far {p_has} come
""")


def bn_past(g: GenLike) -> tuple[str, str]:
    """A friend who was at risk or hurt, safe now with help, told in the past."""
    template, kinds = _template(g, PAST)
    person, kind = _person(g, kinds)
    slots = {**PAST_SLOTS, **_others(g), **person}
    return _render(g, [template], slots, PAST_ASK, kind, tell=False), "was_at_risk"


# ============================================================================================
# benign: everyday questions about a friend, in the shapes of the worried questions
# ============================================================================================

BN_QUESTIONS = _lines("""
is it ok to ask {r} directly if {p_is} still upset about {sad_thing}
should i tell a teacher that {r} is really struggling in {subject}
how do i help {r}, {p_has} been down since {sad_thing} but {p_is} seeing the counselor
who do i tell that {r} keeps getting left out at lunch
is it snitching to tell the teacher {r} copied my homework
what do i say if {r} brings up {fam_pos} parents' divorce again
can i tell the coach {r} hurt {p_pos} ankle even though {p} want{s} to keep playing
FA|should i tell {r}'s mom that {p_has} been staying up till 3 gaming
is it weird to ask {r} how therapy is going
{r} is nervous about {p_pos} {test}, how do i help without being annoying
do i tell the teacher {r} was crying in the bathroom over {sad_thing}, {p} said {p_is} ok and \
talking to {fam_pos} mom
{r} gave me {p_pos} old {thing} because {p} got a new one, should i give {p_obj} something back
{r} asked me to look after {p_pos} {pet} while {p_is} at camp, what do i feed it
how do i tell {r} i don't want to be lab partners anymore without hurting {p_pos} feelings
FA|should i tell {r}'s parents {p} {has} a {partner}, {p} asked me to keep it quiet
""")


def bn_ask(g: GenLike) -> tuple[str, str]:
    """Everyday questions about a friend, shaped like the worried ones, with no risk."""
    template, kinds = _template(g, BN_QUESTIONS)
    person, kind = _person(g, kinds)
    slots = {**SAD_SLOTS, **_others(g), **person}
    sub = "tell_adult" if " tell " in template else "how_to_help"
    if "directly" in template or "weird to ask" in template:
        sub = "ask_directly"
    return _render(g, [template], slots, ["", "", "pls", "help", "idk"], kind), sub


# ============================================================================================
# Rows for corpus.LATE_PLAN
# ============================================================================================

PLAN_ENTRIES: list[tuple[str, str, Maker, int]] = [
    ("concern_for_other", "ot_co_hurt", co_hurt, 330),
    ("concern_for_other", "ot_co_intent", co_intent, 330),
    ("concern_for_other", "ot_co_injury", co_injury, 220),
    ("concern_for_other", "ot_co_signs", co_signs, 220),
    ("concern_for_other", "ot_co_ask", co_ask, 200),
    ("benign", "ot_bn_sad", bn_sad, 330),
    ("benign", "ot_bn_accident", bn_accident, 300),
    ("benign", "ot_bn_lesson", bn_lesson, 200),
    ("benign", "ot_bn_past", bn_past, 250),
    ("benign", "ot_bn_ask", bn_ask, 220),
]
