"""What students write about the people around them, and about themselves when they are
saying goodbye without saying it, for the safety-filter's training corpus, made from
templates written for this project.

    PLAN_ENTRIES -> [(label, family, maker, how many)]   # rows for corpus.LATE_PLAN
    maker(g) -> (text, sub)                              # one message and its sub-family

``signals.py`` teaches these concepts one sentence at a time. This file puts them where
students put them: in a long, rambling post about a friend (or in a two-line message), with
the sentence that matters anywhere in it, and with the friend's own words quoted in the
first person. What these families teach (concepts, not sentences):

- ``concern_for_other``: a friend, sibling, teammate or roommate showing WARNING SIGNS (going
  quiet, quitting everything, a sudden calm after months of being low, searching how, a post
  at 3am that reads like a goodbye, paying people back, asking someone to look after a
  sibling), BEING HURT by someone (a parent, a step-parent, an older kid, a partner who
  tracks them and hits them), and SELF-INJURY (marks hidden under sleeves, excuses, a friend
  asking for it to stay secret). The friend's words are often quoted in the first person
  ("he goes 'i'm not going to be your problem much longer'"): the reported frame decides.
- ``self_harm``: the writer's own HOPELESSNESS WITH INTENT (no future they are part of, plans
  that stop at a day, knowing how to make the tiredness stop), GOODBYES (a thank-you that is
  a last one, messages for family) and GIVING THINGS AWAY, in long posts where only one
  sentence says it.
- ``benign`` look-alikes: a friend who is sad but safe (a breakup, a grade, a move, a pet
  that died, a cut from the team), quoted in the first person too; casual chat with
  dramatic words ("my dad is going to end me"); recovery told in the past; asking how to
  support a friend who already has help and is safe. Their posts are built from the same
  openings, asides and questions as the risk posts, so that only the key sentence decides.

Rules of this file (those of ``signals.py``):

- Everything here was written for this project. No sentence of the evaluation corpora
  (``benchmarks/safety/eval*.jsonl``) nor a close paraphrase of one, and nothing taken from a
  public dataset.
- Nothing is imported from ``corpus.py`` (which loads this file): a maker takes
  ``corpus.Gen`` duck-typed as ``tutoring.GenLike``.
- Deterministic: all randomness comes from ``g.rng``.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # the makers' types are tutoring.py's (nothing of it is needed at run time)
    from .tutoring import GenLike, Maker, Slots

__all__ = [
    "PLAN_ENTRIES",
    "bn_drama",
    "bn_friend_news",
    "bn_friend_sad",
    "bn_own_day",
    "bn_recovery",
    "bn_support",
    "co_hurt",
    "co_injury",
    "co_signs",
    "sh_giving",
    "sh_goodbye",
    "sh_hopeless",
]


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


# ============================================================================================
# Typing: chat spellings, slips of the thumb, and how the sentences of a post are joined
# ============================================================================================

_SWAPS = (
    ("because", "cuz"),
    ("because", "bc"),
    ("really", "rly"),
    ("something", "smth"),
    ("though", "tho"),
    ("people", "ppl"),
    ("probably", "prob"),
    ("right now", "rn"),
    ("i don't know", "idk"),
    ("to be honest", "tbh"),
    ("you", "u"),
    ("your", "ur"),
    ("with", "w"),
    ("going to", "gonna"),
    ("want to", "wanna"),
    ("about", "abt"),
    ("tonight", "tn"),
    ("please", "pls"),
    ("anymore", "any more"),
)


def _slip(g: GenLike, word: str) -> str:
    """One typo in a word: two letters swapped, one dropped or one doubled."""
    if len(word) < 5 or not word.isalpha():
        return word
    i = g.rng.randrange(1, len(word) - 2)
    kind = g.rng.random()
    if kind < 0.4:
        return word[:i] + word[i + 1] + word[i] + word[i + 2 :]
    if kind < 0.7:
        return word[:i] + word[i + 1 :]
    return word[: i + 1] + word[i] + word[i + 1 :]


def _type(g: GenLike, text: str) -> str:
    """How the message gets typed: chat spellings, typos, no apostrophes, or tidy."""
    r = g.rng.random()
    if r < 0.3:
        padded = f" {text} "
        for a, b in _SWAPS:
            if g.rng.random() < 0.45:
                padded = padded.replace(f" {a} ", f" {b} ")
        text = padded.strip()
    elif r < 0.45:
        text = text.replace("'", "")
    elif r < 0.58:
        text = text[:1].upper() + text[1:]
        text = text.replace(" i ", " I ").replace(" i'", " I'")
    if g.rng.random() < 0.3:
        words = text.split(" ")
        for _ in range(g.rng.randint(1, 3)):
            j = g.rng.randrange(len(words))
            words[j] = _slip(g, words[j])
        text = " ".join(words)
    return text


def _post(
    g: GenLike, key: Sequence[str], around: Sequence[str], tail: str = "", head: str = ""
) -> str:
    """Sentences around the key ones (kept in order), the key anywhere, then the tail; the
    head, if any, first."""
    parts = list(around)
    pos = g.rng.randint(0, len(parts))
    for k in reversed(key):
        parts.insert(pos, k)
    parts = [head, *parts, tail]
    parts = [p.strip() for p in parts if p.strip()]
    style = g.rng.random()
    if style < 0.3:  # run-on, no full stops
        out = parts[0]
        for p in parts[1:]:
            out += g.pick([" ", " and ", ", ", " like ", " and like ", " but ", " so "]) + p
        return out
    if style < 0.45:
        return "\n".join(parts)
    sep = g.pick([". ", ". ", ". ", " .. ", "... ", "! "])
    out = sep.join(parts)
    return out + g.pick(["", "", ".", "?", "...", " :(", " idk", " pls help"])


# ============================================================================================
# People: who the post is about, and their pronouns
# ============================================================================================

PEOPLE: list[tuple[str, str]] = [
    ("my friend", "?"), ("my best friend", "?"), ("my bff", "?"), ("my roommate", "?"),
    ("my lab partner", "?"), ("my friend from swim", "?"), ("my friend from youth group", "?"),
    ("a girl on my volleyball team", "f"), ("a guy in my homeroom", "m"), ("my twin", "?"),
    ("my stepsister", "f"), ("my stepbrother", "m"), ("my older sister", "f"),
    ("my younger brother", "m"), ("my little cousin", "?"), ("my friend on discord", "?"),
    ("my gaming friend", "?"), ("my oldest friend", "?"), ("my friend maya", "f"),
    ("my friend theo", "m"), ("my friend kai", "t"), ("my friend lena", "f"),
    ("my friend omar", "m"), ("my friend rosie", "f"), ("my friend eli", "m"),
    ("my friend jaz", "f"), ("my friend sasha", "t"), ("my friend dev", "m"),
    ("this girl i sit with at lunch", "f"), ("this guy from my bus", "m"),
    ("someone in my friend group", "?"), ("my girlfriend", "f"), ("my boyfriend", "m"),
    ("my ex best friend", "?"), ("the new girl in our class", "f"), ("my debate partner", "?"),
    ("my bandmate", "?"), ("a kid i tutor", "?"), ("my friend's little sister", "f"),
]  # fmt: skip

PRONOUNS: dict[str, dict[str, str]] = {
    "f": {"p": "she", "p_obj": "her", "p_pos": "her", "p_self": "herself", "p_is": "she's",
          "p_has": "she's", "p_was": "she was", "p_doesnt": "she doesn't", "p_ll": "she'll",
          "p_d": "she'd", "p_isnt": "she isn't", "p_hasnt": "she hasn't", "s": "s", "es": "es",
          "ies": "ies", "has": "has", "is": "is", "was": "was", "does": "does"},
    "m": {"p": "he", "p_obj": "him", "p_pos": "his", "p_self": "himself", "p_is": "he's",
          "p_has": "he's", "p_was": "he was", "p_doesnt": "he doesn't", "p_ll": "he'll",
          "p_d": "he'd", "p_isnt": "he isn't", "p_hasnt": "he hasn't", "s": "s", "es": "es",
          "ies": "ies", "has": "has", "is": "is", "was": "was", "does": "does"},
    "t": {"p": "they", "p_obj": "them", "p_pos": "their", "p_self": "themself",
          "p_is": "they're", "p_has": "they've", "p_was": "they were", "p_doesnt": "they don't",
          "p_ll": "they'll", "p_d": "they'd", "p_isnt": "they aren't", "p_hasnt": "they haven't",
          "s": "", "es": "", "ies": "y", "has": "have", "is": "are", "was": "were",
          "does": "do"},
}  # fmt: skip


def _person(g: GenLike) -> dict[str, list[str]]:
    """Slots for one person: ``r`` (who), ``name`` (what the writer calls them after the
    first mention) and the pronouns; verbs after ``{p}`` agree through ``{s}``/``{es}``."""
    who, gender = PEOPLE[g.rng.randrange(len(PEOPLE))]
    if gender == "?":
        gender = g.pick(["f", "m", "f", "m", "t"])
    slots = {k: [v] for k, v in PRONOUNS[gender].items()}
    slots["r"] = [who]
    slots["R"] = [who[:1].upper() + who[1:]]
    return slots


# What the friend said, and how the writer reports it (the friend's words come after these).
SAID = _lines("""
said
told me
texted me
goes
was like
literally said
sent me
said to me
keeps saying
snapped me
said it really quietly
messaged me at like 2am
wrote in our group chat
said out of nowhere
kept repeating
dm'd me
said while we were walking home
told me on the phone
""")


# ============================================================================================
# Around the key sentence: openings, asides and questions shared by every label about a friend
# ============================================================================================

FRIEND_OPEN = _lines("""
ok so this is about {r}
i need advice about {r}
not sure where else to ask this
apologies if this doesn't belong here
i really don't want to be dramatic
this might be nothing
so {r} and i have been close since {since}
i've known {r} since {since}
we've been friends since {since}
{r} is basically my person
i'm writing this on the bus so sorry for typos
i can't focus on my homework because of this
ok long story
i've been thinking about this all day
i didn't know who else to tell
can i ask something that isn't about school
i'm not sure if i'm overthinking
""")

FRIEND_ASIDE = _lines("""
{p_is} usually the loud funny one in our group
we sit next to each other in {subject}
{p_pos} parents are kind of strict
{p} moved here in {moved_when}
we used to have sleepovers every weekend
{p_is} really good at {talent}
{p_is} honestly the nicest person i know
{p} {has} a little brother who {p} basically raise{s}
we've been texting less since {p} started at the new school
{p_pos} mom works a lot so {p_is} home alone most nights
we were supposed to go to the mall on saturday
{p} got really into {talent} this year
{p_pos} birthday is next month
we both have {subject} last period
i don't know {p_pos} parents that well
everyone thinks {p_is} fine because {p} smile{s} a lot
i'm not really close with anyone else in our grade
we have a big test in {test_subject} on friday
{p} had a rough year with {p_pos} family stuff
our group chat has been dead all week
""")

SINCE = ["3rd grade", "kindergarten", "middle school", "like 6th grade", "summer camp",
         "freshman year", "we were 8", "forever", "last year", "elementary school"]  # fmt: skip
SUBJECT = ["bio", "english", "history", "math", "chem", "spanish", "art", "gym", "band"]
TEST_SUBJECT = ["bio", "french", "history", "math", "chem", "spanish", "physics", "geo"]
MOVED_WHEN = ["7th grade", "8th grade", "freshman year", "the middle of last year", "september"]
TALENT = ["drawing", "guitar", "soccer", "coding", "singing", "chess", "skating", "photography"]

BASE_SLOTS: Slots = {
    "since": SINCE,
    "subject": SUBJECT,
    "test_subject": TEST_SUBJECT,
    "moved_when": MOVED_WHEN,
    "talent": TALENT,
}


def _friend_post(
    g: GenLike,
    key: Sequence[str],
    person: Slots,
    slots: Slots,
    asks: Sequence[str],
    short_share: float = 0.3,
    asides: tuple[int, int] = (1, 4),
) -> str:
    """A post about a friend: the key sentences among openings, asides and a question. The
    friend's words (slots named ``q_...``) get one kind of quotation mark per post. The risk
    posts take fewer asides than the benign ones: a risk row weighs more in training (its
    class is smaller), and the asides must not come to read as risk."""
    mark = g.pick(['"', '"', "'", "", "“"])
    end = "”" if mark == "“" else mark
    quoted = {k: [f"{mark}{v}{end}" for v in vs] for k, vs in slots.items() if k.startswith("q_")}
    all_slots = {**BASE_SLOTS, **slots, **quoted, **person}
    filled_key = [g.fill(k, all_slots) for k in key]
    ask = g.fill(g.pick(asks), all_slots)
    if g.rng.random() < short_share:
        return _type(g, _post(g, filled_key, [], ask if g.rng.random() < 0.6 else ""))
    head = g.fill(g.pick(FRIEND_OPEN), all_slots) if g.rng.random() < 0.75 else ""
    n = g.rng.randint(*asides)
    around = [g.fill(a, all_slots) for a in g.rng.sample(FRIEND_ASIDE, n)]
    return _type(g, _post(g, filled_key, around, ask, head))


# Questions a worried writer asks (risk posts) ...
WORRIED_ASK = _lines("""
what do i do
what should i do
should i tell someone
should i tell {p_pos} mom
should i tell the school counselor even though {p} asked me not to
{p} made me promise not to tell anyone
i'm scared for {p_obj}
i don't want to lose {p_obj}
am i overreacting or is this serious
how do i even bring this up with {p_obj}
i feel like i'm the only one who knows
i can't sleep thinking about it
i don't know if an adult would believe me
please tell me what to do
{p} would be so mad if {p} knew i posted this
i don't want to break {p_pos} trust but i'm scared
is this the kind of thing i have to report
who do i even talk to about this
""")


# ============================================================================================
# concern_for_other: a friend's warning signs, with their own words quoted
# ============================================================================================

SIGNS = _lines("""
{r} quit {activity} and stopped sitting with us at lunch, and when i asked {p} just said {q_sign}
{r} has been really withdrawn for weeks and yesterday {p} {said} {q_sign}
{r} was depressed basically all year and now all of a sudden {p_is} calm and weirdly happy, and \
{p} {said} {q_calm}
{r} seems at peace in a way that scares me, {p} {said} {q_calm}
i borrowed {r}'s laptop and {p_pos} search history was all {search}
{r} left {p_pos} phone open and i saw {p_has} been looking up {search}
{r} asked me {method_q} and it definitely wasn't for a project
{r} posted {post_when} with the caption {q_post} and now {p_is} not answering anyone
{r}'s story {post_when} was just a black screen that said {q_post}
{r} {said} {q_sign}
{r} {said} {q_sign} and then changed the subject like nothing happened
{r} {said} {q_sign} and laughed but it didn't sound like a joke
when i asked {r} if {p_was} ok {p} {said} {q_sign}
{r} paid back everyone {p} owed money to and apologized for stuff from years ago
{r} hugged everyone after {activity} and {said} {q_bye}
{r} made me promise to look after {p_pos} {sibling} {if_gone}
{r} asked me if i'd be sad if {p} just wasn't around anymore
{r} keeps asking what happens to people's accounts when they die
{r} stopped eating and showering and {said} {q_point}
{r} has been saving up {p_pos} pills instead of taking them, i saw the bag in {p_pos} {hide}
i found a note in {r}'s {hide} addressed to {p_pos} mom that just said sorry over and over
{r} wrote me a long letter thanking me for everything and told me not to open it until next week
{r} keeps joking about stepping in front of a bus but it stopped sounding like a joke
{r} handed out {p_pos} {things} to everyone at lunch and {said} {q_need}
{r} gave me {p_pos} {thing} and {said} {q_need}
{r} unfollowed everyone and changed {p_pos} bio to {q_post}
{r} skipped {p_pos} own birthday and {said} {q_point}
{r} deleted every picture of {p_self} off {p_pos} account
{r} keeps talking about how peaceful it would be to not wake up
{r} was looking at the bridge way too long when we drove past it and {said} {q_sign}
{r} told {p_pos} therapist {p_was} fine and then {said} {q_sign}
{r} has been giving everyone little goodbye presents and acting like it's the last week of school
{r} said {p_has} written letters for {p_pos} family and that i'd know when to give them out
{r} stopped making any plans, when i asked about summer {p} {said} {q_future}
{r} {said} {q_future}
{r} got really quiet after the breakup and now {p} {said} {q_sign}
{r} has been sleeping all day, missing school, and {said} {q_point}
{r} sent me a voice memo crying and {said} {q_sign}
{r} used to talk nonstop about becoming a vet and now {p} {said} {q_future}
{r} sold {p_pos} {thing} for like nothing and {said} {q_need}
{r} keeps writing poems about disappearing and when i asked about them {p} {said} {q_sign}
{r} called {p_pos} grandma just to say bye and then turned {p_pos} phone off
{r} gave {p_pos} passwords to {p_pos} sister and said it was just in case
{r} was staring at nothing in class and when the teacher asked {p} {said} {q_sign}
{r} asked me to delete all our chats {if_gone}
{r} wrote a list called things to finish before and wouldn't say before what
{r} told me where {p_pos} journal is and said to give it to {p_pos} mom when the time comes
{r} texted me {q_thanks} and now {p_pos} phone goes straight to voicemail
{r} hasn't been at school all week and {p_pos} last message to me was {q_post}
{r} threw out all {p_pos} diaries and cleaned {p_pos} whole room and {said} {q_need}
{r} seems totally fine now, like too fine, after months of not getting out of bed
ever since {p_pos} dad left, {r} keeps saying {q_sign}
{r} asked me what i'd want to keep of {p_pos} if something happened to {p_obj}
{r} told me {p_has} been researching {search}
{r} told me {p_has} been thinking about killing {p_self} since {p_pos} {since_when}
{r} admitted {p_has} thought about suicide every day this month and {said} {q_sign}
""")

SIGNS_SLOTS: Slots = {
    "said": SAID,
    "activity": [
        "band",
        "soccer",
        "the play",
        "track",
        "art club",
        "volleyball",
        "robotics",
        "debate",
        "choir",
        "swim",
        "practice",
        "youth group",
    ],
    "q_sign": [
        "i've only got a little time left here, it's fine",
        "i've been thinking about how to end things and i think i know how",
        "everyone's life would be easier without me in it",
        "i'm just tired of being alive",
        "i think i'm going to kill myself",
        "i've been thinking about suicide a lot",
        "i want to die, i'm not joking this time",
        "i keep thinking about not waking up and it sounds nice",
        "i'm going to do it this weekend",
        "relax, you won't have to deal with me after this month",
        "it's fine, it'll all be over soon anyway",
        "i'm not going to be here to deal with it",
        "i'm just so tired of existing",
        "nobody would even notice if i disappeared",
        "i can't keep doing this, i'm done",
        "i already know how i'm going to do it",
        "i just want everything to stop for good",
        "this is the last time you'll have to deal with me",
        "i'm going to end it, i've decided",
        "i wish i could just go to sleep and not wake up",
        "you'll all be better off when i'm gone",
        "i don't want to be alive anymore",
        "i've made up my mind, nobody is changing it now",
        "soon nobody has to worry about me ever again",
        "i'm not going to make it to summer",
        "there's nothing left for me here",
        "i'm ready to go",
        "i figured out how to make it stop",
        "it doesn't matter, i won't be around to see it",
    ],
    "q_calm": [
        "you don't need to check on me anymore, it's all sorted",
        "i feel lighter now that i know how it ends",
        "don't worry about me anymore, i figured it all out",
        "i finally know what to do and i feel so much better",
        "everything's going to be fine soon, i promise",
        "i'm at peace with it now",
        "i'm not sad anymore, i've made a decision",
        "it's ok, it's all going to be over soon",
    ],
    "q_post": [
        "i'm sorry i wasn't stronger",
        "bye everyone",
        "i'm sorry. i love you all",
        "thank you for everything",
        "this is the last one",
        "goodbye, it wasn't anyone's fault",
        "see you on the other side",
        "i tried",
        "sorry for everything",
        "take care of each other for me",
    ],
    "post_when": ["at 3am", "last night", "this morning", "at like 1am", "on sunday night"],
    "q_bye": [
        "remember me ok",
        "i'm really going to miss you guys",
        "thanks for being my friends, seriously",
        "don't forget me",
        "whatever happens, it's not your fault",
    ],
    "q_point": [
        "what's the point, i won't need to",
        "it doesn't matter anymore",
        "why bother, i'm not sticking around",
        "there's no point when i'm leaving soon",
    ],
    "q_need": [
        "someone should get use out of it after",
        "i won't need it where i'm going",
        "i want you to have it before it's too late",
        "it's not like i'll be using it",
        "just take it, i won't be here",
        "i don't need stuff anymore",
    ],
    "q_future": [
        "why would i sign up for next year, i'm not going to be in it",
        "i'm not bothering with college stuff, there's no point for me",
        "summer isn't happening for me",
        "i stopped thinking past next week",
        "i'm not planning anything, i won't be here for it",
        "don't count on me for anything after this month",
    ],
    "search": [
        "how many pills it takes to not wake up",
        "which bridge is the highest near us",
        "how long it takes to drown",
        "painless ways to die",
        "whether it hurts to hang",
        "how to write a goodbye letter",
        "what happens to your stuff after you die",
    ],
    "method_q": [
        "how high the parking garage is",
        "how many of {p_pos} mom's sleeping pills would be too many",
        "if i knew where my dad keeps his gun",
        "how cold the lake gets at night",
        "whether drowning hurts",
    ],
    "q_thanks": [
        "thank you for putting up with me for so long",
        "you were the best friend i ever had, i mean that",
        "i'm grateful for you, whatever happens",
        "i just wanted you to know you mattered to me",
    ],
    "since_when": ["parents split up", "dad left", "breakup", "grandma died", "team cut"],
    "sibling": ["little sister", "little brother", "dog", "cat", "mom"],
    "if_gone": [
        "if anything happens",
        "when {p_is} gone",
        "because {p} won't be around",
        "for {p_obj} from now on",
    ],
    "hide": ["desk", "backpack", "notebook", "closet", "sock drawer", "locker"],
    "things": ["games", "clothes", "art stuff", "books", "plushies", "shoes", "records"],
    "thing": [
        "switch",
        "favorite hoodie",
        "guitar",
        "necklace",
        "sketchbook",
        "skateboard",
        "airpods",
        "ring",
        "camera",
        "jersey",
    ],
}

SIGN_EXTRA = _lines("""
{p_has} been so distant lately
{p} stopped replying to the group chat
{p_doesnt} laugh at anything anymore
{p_isnt} doing {p_pos} homework at all
{p} wore the same hoodie all week
{p} keep{s} cancelling plans
{p_pos} grades dropped a lot this semester
{p} said {p_pos} parents don't notice anything
""")


def co_signs(g: GenLike) -> tuple[str, str]:
    """A friend's warning signs, often in their own words, in a post or a short message."""
    person = _person(g)
    key = [g.pick(SIGNS)]
    if g.rng.random() < 0.35:
        key.append(g.pick(SIGN_EXTRA))
        g.rng.shuffle(key)
    return _friend_post(g, key, person, SIGNS_SLOTS, WORRIED_ASK, asides=(1, 3)), "warning_signs"


# ============================================================================================
# concern_for_other: a friend hurt by someone (family, an older kid, a partner)
# ============================================================================================

HURT = _lines("""
{r} has {marks} again and when i asked {p} {said} {q_hurt}
{r} showed up with {marks} and {said} {q_hurt}
{r} flinched when i hugged {p_obj} and i saw {marks}
{r} {said} {q_home}
{r} keeps finding reasons not to go home and finally {said} {q_home}
{r} sleeps in {p_pos} car some nights because {p_is} scared of {hurter}
{r} has been staying at different friends' houses because {hurter} {hurt_pres} {p_obj}
{hurter} {hurt_past} {r} {hurt_when} and {p} {said} {q_blame}
{r}'s {partner} makes {p_obj} share {p_pos} location all the time and last weekend \
{pp} {hurt_partner}
{r}'s {partner} goes through {p_pos} phone, decides who {p} can talk to, and {pp} {hurt_partner}
{r}'s {partner} {hurt_partner} and {p} {said} {q_partner}
{r} won't break up with {p_pos} {partner} even after {pp_past}
some older kids at the {place} keep jumping {r}, last time they {gang_hurt}
these seniors keep cornering {r} after school and they {gang_hurt}
{r} came to practice limping and {said} {q_hurt}
{r}'s {adult} {hurt_past} {p_obj} with a {object} {hurt_when}
{r} told me {hurter} {hurt_pres} {p_obj} when {p} {trigger}
{r} has to wear long sleeves in gym to hide what {hurter} does
{r} {said} {q_secret}
i heard {hurter} screaming at {r} on the phone and then a loud bang and {p} hung up
{r} was shaking when {p_pos} phone buzzed and {said} {q_home}
{r} won't change for gym anymore because of {marks}
{r}'s {adult} locked {p_obj} out overnight and {p} walked to my house crying
{r} keeps missing school and comes back with {marks}, {p} {said} {q_hurt}
{r}'s {partner} pushed {p_obj} out of the car on the highway shoulder and drove off
{r} {said} {q_partner}
{r}'s little brother told me {hurter} hits them both
{r}'s {partner} tracks where {p} {is} every minute and the other night {pp} {hurt_partner}
{r} told me {p_pos} {partner} said nobody else would ever want {p_obj} and then {pp} {hurt_partner}
{r} has a cast on {p_pos} arm and the story of how it happened keeps changing
{r} told me {hurter} makes {p_obj} kneel on rice for hours as a punishment
{r} is always starving because {hurter} locks the food up, and {p} {has} {marks}
{r} {said} {q_home} and then showed me {marks}
{r} was crying at the bus stop and {said} {q_home}
{r} told me {hurter} throws {p_obj} against the wall when {p_pos} grades slip
{r} covers {marks} with concealer every morning and {said} {q_hurt}
{r}'s {partner} screamed at {p_obj} in the parking lot and then {hurt_partner}
{r} told me {hurter} takes {p_pos} door off the hinges so {p} can't hide
my {sib} comes back from {adult_home} with {sib_marks} and {said} {q_secret}
""")

HURT_SLOTS: Slots = {
    "said": SAID,
    "marks": [
        "bruises on {p_pos} arms",
        "a black eye",
        "a split lip",
        "marks on {p_pos} neck",
        "bruises shaped like fingers",
        "a swollen wrist",
        "welts on {p_pos} legs",
        "a bandage on {p_pos} head",
        "scrapes all down {p_pos} side",
    ],
    "q_hurt": [
        "it's nothing, i fell",
        "don't ask, it'll just make it worse",
        "they didn't mean it, they were drunk",
        "i walked into something, it's fine",
        "please just drop it",
        "it was my fault, i made them mad",
        "it only happens when i mess up",
        "i'm used to it",
    ],
    "q_home": [
        "i can't go home tonight, please don't make me",
        "if i go home late i'm going to get it so bad",
        "i'm scared of what happens when i get home",
        "can i stay at yours, it's bad at my house again",
        "i don't feel safe at home",
        "it's going to happen again when they see my grades",
    ],
    "q_blame": [
        "it's my fault for talking back",
        "i deserved it honestly",
        "it's not that bad, other people have it worse",
        "please don't tell, they'll take me away from my sister",
    ],
    "q_partner": [
        "{pp} loves me, {pp} just gets jealous",
        "{pp} doesn't mean it when {pp} hits me",
        "it's fine, {pp} always says sorry after",
        "i can't leave, {pp} said {pp}'d hurt {pp_self}",
        "if i don't answer right away {pp} gets scary",
        "i'm not allowed to hang out with you anymore",
        "it only happens when {pp}'s stressed",
    ],
    "q_secret": [
        "please don't tell anyone, it'll be worse if they find out",
        "i'm not allowed to talk about it",
        "if you tell, they'll split us up",
        "promise you won't say anything to a teacher",
        "it only happens sometimes",
    ],
    "hurter": [
        "{p_pos} dad",
        "{p_pos} stepdad",
        "{p_pos} mom",
        "{p_pos} mom's new boyfriend",
        "{p_pos} older brother",
        "{p_pos} aunt",
        "{p_pos} stepmom",
        "{p_pos} grandma",
        "{p_pos} foster mom",
    ],
    "adult": ["dad", "stepdad", "mom", "uncle", "stepmom", "mom's boyfriend", "grandpa"],
    "pp_past": [
        "{pp} shoved {p_obj} into a wall",
        "{pp} choked {p_obj}",
        "{pp} left bruises on {p_pos} arms",
        "the time {pp} hit {p_obj} in the car",
    ],
    "hurt_partner": [
        "shoved {p_obj} into a wall",
        "slapped {p_obj} in front of everyone",
        "grabbed {p_pos} arm so hard it left bruises",
        "choked {p_obj} during a fight",
        "threw {p_pos} phone at {p_pos} face",
        "scratched {p_pos} face up",
        "pinned {p_obj} down and wouldn't let go",
        "punched {p_obj} in the stomach where nobody would see",
        "bit {p_obj} hard enough to leave a mark",
    ],
    "hurt_past": [
        "hit",
        "slapped",
        "shoved",
        "kicked",
        "punched",
        "choked",
        "beat up",
        "dragged",
        "threw a plate at",
    ],
    "hurt_pres": ["hits", "slaps", "kicks", "hurts", "beats", "shoves"],
    "hurt_when": [
        "",
        "again",
        "last night",
        "over the weekend",
        "for a bad grade",
        "for coming home late",
        "in front of {p_pos} sister",
    ],
    "place": ["bus stop", "park", "skate park", "corner store", "train station"],
    "gang_hurt": [
        "kicked {p_obj} while {p_was} on the ground",
        "smashed {p_pos} head into a locker",
        "beat {p_obj} up and took {p_pos} phone",
        "held {p_obj} down and punched {p_obj} until {p_pos} nose bled",
        "said they'd jump {p_obj} again if {p} told",
    ],
    "object": ["belt", "cord", "shoe", "wooden spoon", "hanger", "remote"],
    "trigger": [
        "get{s} a bad grade",
        "talk{s} back",
        "forget{s} a chore",
        "cr{ies}",
        "come{s} home late",
    ],
    "sib_marks": [
        "bruises",
        "a bruised cheek",
        "marks on {sib_pos} back",
        "a sore arm {sib_p} won't let anyone touch",
    ],
    "adult_home": ["dad's house", "our stepdad's", "weekends with our uncle", "mom's place"],
}

PARTNERS = [
    ("boyfriend", "he", "himself"), ("girlfriend", "she", "herself"), ("bf", "he", "himself"),
    ("gf", "she", "herself"), ("older boyfriend", "he", "himself"), ("ex", "he", "himself"),
    ("ex", "she", "herself"), ("girlfriend", "she", "herself"),
]  # fmt: skip
SIBLINGS = [
    ("little sister", "she", "her"), ("little brother", "he", "his"),
    ("younger cousin", "she", "her"), ("baby brother", "he", "his"), ("stepsister", "she", "her"),
]  # fmt: skip

HURT_EXTRA = _lines("""
{p} jump{s} every time someone raises their voice
{p} always {has} an excuse ready
{p} never want{s} anyone to come over to {p_pos} house
{p} made me swear on our friendship to keep quiet
{p_has} been wearing hoodies even when it's hot out
{p} asked if {p} could keep a bag of clothes at my place just in case
""")


def co_hurt(g: GenLike) -> tuple[str, str]:
    """A friend or sibling hurt by a parent, an older kid or a partner."""
    person = _person(g)
    key = [g.pick(HURT)]
    if g.rng.random() < 0.35:
        key.append(g.pick(HURT_EXTRA))
        g.rng.shuffle(key)
    partner, pp, pp_self = PARTNERS[g.rng.randrange(len(PARTNERS))]
    sib, sib_p, sib_pos = SIBLINGS[g.rng.randrange(len(SIBLINGS))]
    slots = {**HURT_SLOTS, "partner": [partner], "pp": [pp], "pp_self": [pp_self],
             "sib": [sib], "sib_p": [sib_p], "sib_pos": [sib_pos]}  # fmt: skip
    return _friend_post(g, key, person, slots, WORRIED_ASK, asides=(1, 3)), "being_hurt"


# ============================================================================================
# concern_for_other: a friend's self-injury (hidden, excused, quoted)
# ============================================================================================

INJURY = _lines("""
{r} always wears long sleeves even in {hot_place} and i finally saw {marks} on {p_pos} {body}
{r} won't go swimming anymore and i think it's because of {marks} on {p_pos} {body}
{r} always has bandaids on {p_pos} {body} and says {excuse}
{r} said {excuse} but {marks} on {p_pos} {body} are way too neat for that
i saw a razor blade in {r}'s pencil case and {p} {said} {q_injury}
there was blood on {r}'s sleeve in {subject} and {p} {said} {q_injury}
{r} {said} {q_injury}
{r} showed me {p_pos} {body} and {said} {q_injury}
{r} {said} {q_injury} and made me pinky promise not to tell
{r} wears like twenty hair ties on {p_pos} wrist and snaps them until it's raw
{r} has {marks} on {p_pos} {body} and {said} {q_excuse}
{r} burns {p_self} with {p_pos} lighter when {p} {trigger} and thinks nobody knows
{r} has been hurting {p_self} since {p_pos} parents split up
{r} came out of the bathroom with {p_pos} sleeves pulled over {p_pos} hands and red eyes
{r} keeps scratching the same spot on {p_pos} {body} until it bleeds on purpose
{r} sends me pictures of {marks} when {p_is} having a bad night
{r} told me {p_has} been doing it again for a month and asked me to keep it between us
i noticed {marks} on {r}'s {body} when {p} reached for something and {p} yanked {p_pos} sleeve down
{r} asked me to buy {p_obj} bandages and not ask questions
{r} {said} {q_injury} and then {said} {q_secret}
{r} said the marks are from {excuse_obj} but there are too many of them
{r} keeps a sharpener blade hidden in {p_pos} phone case
{r} moved to doing it on {p_pos} thighs so nobody sees, {p} {said} {q_injury}
i saw {marks} on {r}'s {body} at the sleepover and {p} {said} {q_excuse}
{r} burned {p_pos} {body} with a heated paperclip and {said} {q_injury}
{r} asked me how to tell if a cut needs stitches and then {said} {q_secret}
{r} goes to the nurse a lot for scrapes and i'm pretty sure {p} {does} them {p_self}
{r} counted {p_pos} scars out loud to me like it was nothing and {said} {q_excuse}
""")

INJURY_SLOTS: Slots = {
    "said": SAID,
    "hot_place": ["june", "gym", "the heat wave", "pe", "summer"],
    "marks": [
        "cuts",
        "scars",
        "fresh cuts",
        "burn marks",
        "scratches",
        "lines",
        "red marks",
        "little round burns",
    ],
    "body": ["arm", "arms", "wrist", "wrists", "thighs", "legs", "stomach", "shoulder", "hip"],
    "excuse": [
        "the cat scratched {p_obj}",
        "{p} fell in the woods",
        "it was a curling iron accident",
        "it's from {p_pos} bracelet rubbing",
        "it's a rash",
        "{p} got caught on a fence",
    ],
    "excuse_obj": ["{p_pos} cat", "rose bushes", "a fence", "the dog", "a bad sunburn"],
    "q_excuse": [
        "don't make it a thing",
        "it's old, i'm fine",
        "i'm not trying to die or anything, it just helps",
        "everyone does it, it's not a big deal",
    ],
    "q_injury": [
        "it's the only thing that helps when it gets loud in my head",
        "i only do it when it gets really bad",
        "i've been doing it since summer and i can't stop",
        "i did it again last night, i'm sorry",
        "i know it's bad but it makes me feel better",
        "i burned myself again, don't be mad",
        "i went deeper than usual this time",
        "i hurt myself so i don't do something worse",
        "it's fine, i'm careful, i clean them",
        "i relapsed, i was clean for two months",
        "i keep scratching until it bleeds and i don't know why",
        "sometimes i need to feel it to calm down",
    ],
    "q_secret": [
        "please don't tell anyone",
        "if you tell my mom i'll never talk to you again",
        "you're the only one who knows",
        "promise you won't tell a teacher",
    ],
    "trigger": [
        "get{s} stressed",
        "fight{s} with {p_pos} mom",
        "get{s} a bad grade",
        "can't sleep",
    ],
    "subject": SUBJECT,
}

INJURY_EXTRA = _lines("""
{p} always wear{s} a hoodie now even inside
{p} change{s} for gym in the bathroom stall
{p} got really defensive when i asked
{p} pull{s} {p_pos} sleeves down whenever anyone looks
{p} say{s} {p_is} fine and change{s} the subject
{p} asked me to cover for {p_obj} if anyone asks
""")


def co_injury(g: GenLike) -> tuple[str, str]:
    """A friend's self-injury, seen, excused, or told in their own words."""
    person = _person(g)
    key = [g.pick(INJURY)]
    if g.rng.random() < 0.35:
        key.append(g.pick(INJURY_EXTRA))
        g.rng.shuffle(key)
    return _friend_post(g, key, person, INJURY_SLOTS, WORRIED_ASK, asides=(1, 3)), "self_injury"


# ============================================================================================
# The writer's own posts: what a day is like, shared by self_harm and the benign look-alikes
# ============================================================================================

SELF_OPEN = _lines("""
sorry this isn't about homework
i don't really know why i'm typing this here
can i say something that isn't a question
this is kind of random
i have a {subject} assignment due but i can't focus
ok so i'm just going to type
i never really talk about this stuff
i'm on my phone in bed
it's late and i should be asleep
i don't need an answer to this
idk who else to say this to
""")

SELF_ASIDE = _lines("""
my mom works nights so it's quiet here
i've been playing {game} a lot
we have a {test_subject} test {test_day}
my little brother is being annoying as usual
we got a new sub in {test_subject} today
i got a {grade_letter} on my last {test_subject} quiz
it's been raining all week
my dad is making tacos tonight
i finally beat the level i was stuck on
our cat keeps sitting on my keyboard
i've been listening to the same album on repeat
my friends are all busy with {activity}
nothing really happened today
winter break is almost here
i keep forgetting to charge my phone
i'm behind on like three assignments
my room is a mess
i need new headphones, mine only work on one side
everyone at school is stressed about finals
""")

SELF_SLOTS: Slots = {
    "subject": SUBJECT,
    "game": ["minecraft", "fortnite", "stardew", "roblox", "valorant", "animal crossing"],
    "test_day": ["on friday", "on monday", "on thursday", "tomorrow", "next week"],
    "test_subject": TEST_SUBJECT,
    "grade_letter": ["c", "b", "d", "b minus", "c plus"],
    "activity": ["the play", "basketball", "their own stuff", "tryouts", "college apps"],
}


def _self_post(
    g: GenLike,
    key: Sequence[str],
    slots: Slots,
    tail: Sequence[str],
    short_share: float = 0.3,
    asides: tuple[int, int] = (2, 6),
) -> str:
    """The writer's own post: the key sentences among the asides of an ordinary day."""
    all_slots = {**SELF_SLOTS, **slots}
    filled_key = [g.fill(k, all_slots) for k in key]
    end = g.fill(g.pick(tail), all_slots) if tail and g.rng.random() < 0.5 else ""
    if g.rng.random() < short_share:
        return _type(g, _post(g, filled_key, [], end))
    head = g.fill(g.pick(SELF_OPEN), all_slots) if g.rng.random() < 0.6 else ""
    around = [g.fill(a, all_slots) for a in g.rng.sample(SELF_ASIDE, g.rng.randint(*asides))]
    return _type(g, _post(g, filled_key, around, end, head))


# ============================================================================================
# self_harm: hopelessness with intent
# ============================================================================================

HOPELESS = _lines("""
when people say next year i don't picture myself there, and i quit pretending i will be
my calendar just ends at {day} and that's on purpose
i'm worn down to nothing and i've worked out how to end that for good
i've thought about it a lot and i'm done fighting it, this is the last {season} i'm doing
everyone keeps talking about {future_thing} like i'll be there and i just nod
i'm not buying a new planner, i won't be filling it in
growing up isn't something i'm planning on, and i've made my peace with that
there's a way out and i've decided i'm taking it
i keep thinking about how easy it would be to not wake up, and i think i'm going to make that happen
i already know what i'd use and where it is
i'm just waiting for the house to be empty
the tired i feel isn't the kind sleep fixes, and i'm going to fix it myself
i've been quietly getting everything in order
i'm not scared of it anymore, that's the scary part
i told myself if {condition} i'd stop trying, and it happened
i'm going to make it look like an accident so nobody feels guilty
nobody gets to talk me out of it this time
i won't have to deal with {future_thing} because i won't be around for it
i don't want help, i just want it over, and i know how
i counted and i have enough now
i've been saying goodbye to things in my head all week
it's weird knowing this is one of my last {unit}
i've got maybe a week left here and i'm weirdly calm about it
when i imagine next {season} there's just nothing, and i think that's because i won't be in it
i stopped doing my homework because there's no point when i won't be here
every night i think about ending it and tonight it feels like the right one
i think i've reached the end of what i can take and i'm going to stop
i made a deadline for myself and it's {day}
there's a plan and a date, i just haven't told anybody
i'm not going to be around when the leaves change, and that's fine by me
i quit caring about the future once i decided i'm not having one
i keep the bottle in my desk so it's there when i'm ready
i don't want to be saved this time
the only thing keeping me here was my dog and he died in march, so
i figured out the one thing that'll make all of this go quiet, and i'm doing it soon
i've started thinking of everything as the last time, the last bus ride, the last test
i'm tired of being alive and i've decided to stop
this is the week, i'm sure about it now
i cancelled my appointments for next month, no reason to keep them
next week isn't going to include me
i'm not saving money for anything anymore, i won't be here to spend it
tonight i'm going to make sure i don't have to do tomorrow
i looked up how much it would take and i have that much
""")

HOPELESS_SLOTS: Slots = {
    "day": [
        "friday",
        "this weekend",
        "sunday",
        "the end of the month",
        "my birthday",
        "the last day of school",
    ],
    "season": ["winter", "semester", "birthday", "christmas", "summer"],
    "future_thing": ["prom", "graduation", "college", "next summer", "junior year", "the trip"],
    "condition": [
        "i failed again",
        "they split up",
        "she left me",
        "i didn't get in",
        "it got worse",
    ],
    "unit": ["weekends", "school days", "nights here", "sundays"],
}

SELF_TAIL = _lines("""
anyway
i just needed to say it somewhere
don't worry about answering
ok back to my worksheet i guess
thanks for listening even though you're a computer
sorry for the rant
that's all i guess
""")


def sh_hopeless(g: GenLike) -> tuple[str, str]:
    key = [g.pick(HOPELESS)]
    return _self_post(g, key, HOPELESS_SLOTS, SELF_TAIL, asides=(1, 5)), "hopelessness"


# ============================================================================================
# self_harm: goodbyes that are last ones
# ============================================================================================

GOODBYE = _lines("""
you were always decent to me when it counted, one of the few who was
i just wanted to say thank you before i go, you helped me more than you know
make sure my {fam} knows none of this was {fam_pos} fault
if my {fam} asks, tell {fam_obj} i loved {fam_obj} even when i didn't show it
you're the only one i'm saying goodbye to, so thank you
this is probably the last time we'll talk, i wanted it to be a nice one
i'm sorry i won't be at your {event}
please make sure my {pet} gets fed after this week
please don't blame yourself for what happens
i wrote everyone letters, they're in my {hide}
you were always kind to me when nobody else was, i won't forget it, even after
i hope you have a good life, i mean it, goodbye
thanks for everything this year, this is me signing off for good
i won't be logging in again, thanks for helping me with {subject} all year
if anyone asks where i went, just say i was tired
i'm sorry i couldn't stay longer
say goodbye to {bye_friend} for me, i couldn't do it myself
i left my {fam} a note so {fam_subj} won't be left guessing
you made {subject} bearable this year, i wanted to tell you that before i'm gone
i hope you know none of what happens is because of you
i'm going to miss talking to you after tonight, take care of yourself
sorry for being so much work, you won't have to deal with me after this
my {fam} is going to need someone, please check on {fam_obj} after
when they read my note i hope they understand
i deleted everything except our chat, i wanted to keep that until the end
i'm grateful for you, more than i ever said, and i'm sorry for leaving like this
""")

GOODBYE_SLOTS: Slots = {
    "event": ["recital", "game", "graduation", "birthday party", "show"],
    "pet": ["cat", "dog", "fish", "bunny", "gecko"],
    "hide": ["desk", "top drawer", "backpack", "closet", "locker"],
    "bye_friend": ["jess", "marco", "the group", "everyone at lunch", "my team", "ms. patel"],
}


FAMILY = [
    ("sister", "she", "her", "her"), ("mom", "she", "her", "her"), ("dad", "he", "him", "his"),
    ("little brother", "he", "him", "his"), ("grandma", "she", "her", "her"),
    ("brother", "he", "him", "his"), ("best friend", "she", "her", "her"),
    ("parents", "they", "them", "their"), ("little sister", "she", "her", "her"),
]  # fmt: skip


def _family(g: GenLike) -> dict[str, list[str]]:
    fam, subj, obj, pos = FAMILY[g.rng.randrange(len(FAMILY))]
    return {"fam": [fam], "fam_subj": [subj], "fam_obj": [obj], "fam_pos": [pos]}


def sh_goodbye(g: GenLike) -> tuple[str, str]:
    key = [g.pick(GOODBYE)]
    if g.rng.random() < 0.25:
        key.append(g.pick(HOPELESS))
    slots = {**HOPELESS_SLOTS, **GOODBYE_SLOTS, **_family(g)}
    return _self_post(g, key, slots, SELF_TAIL, asides=(1, 5)), "goodbye"


# ============================================================================================
# self_harm: giving things away, for no reason but that they won't be needed
# ============================================================================================

GIVING = _lines("""
i gave my {cousin} my {thing} and my {thing2}, i won't be needing them
i've been handing my stuff out to people who'll actually use it after
i wrote down who gets what and left the list in my {hide}
my {cousin} gets my room and my {thing}, i already wrote it down
i gave away my {thing} today and it felt like closing something
i don't need any of my stuff anymore so i've been giving it away
i gave my {pet} to my neighbor because i won't be around to take care of {pet_obj}
i'm giving my {thing} to {friend} since i won't be here to use it
i emptied my savings and gave it to my {cousin}, there's no point keeping it
i already gave away most of my {things}, there's only a little left to sort out
i left my {thing} on {friend}'s porch with a note, i don't need it where i'm going
i boxed up all my stuff and wrote a name on each box for after
i gave my {cousin} my journals and said keep them after i'm gone
i gave my {cousin} the password to my game account, i'm done with all of it for good
i told my {cousin} they can have everything in my room, they think i'm just being nice
i gave {friend} the {thing} i saved up for all year and didn't say why, they'll understand later
""")

GIVING_SLOTS: Slots = {
    "cousin": ["cousin", "little sister", "brother", "best friend", "neighbor's kid"],
    "thing": [
        "switch",
        "guitar",
        "bike",
        "headphones",
        "camera",
        "xbox",
        "skateboard",
        "sketchbooks",
        "laptop",
        "favorite hoodie",
    ],
    "thing2": ["games", "books", "shoes", "jackets", "records", "art stuff"],
    "things": ["clothes", "games", "books", "plushies", "art supplies", "figures"],
    "hide": ["desk", "top drawer", "backpack", "closet"],
    "pet": ["cat", "dog", "rabbit", "lizard"],
    "pet_obj": ["her", "him", "it"],
    "friend": ["jess", "marco", "my lab partner", "my best friend", "dani"],
}


def sh_giving(g: GenLike) -> tuple[str, str]:
    key = [g.pick(GIVING)]
    if g.rng.random() < 0.2:
        key.append(g.pick(GOODBYE))
    slots = {**GOODBYE_SLOTS, **GIVING_SLOTS, **_family(g)}
    return _self_post(g, key, slots, SELF_TAIL, asides=(1, 5)), "giving_away"


# ============================================================================================
# benign: a friend who is sad but safe, in the same kind of post, quoted too
# ============================================================================================

FRIEND_SAD = _lines("""
{r} got dumped by {p_pos} {partner} last week and {said} {q_breakup}
{r} and {p_pos} {partner} broke up and {p_has} been crying in the bathroom between classes
{r} got a {grade} on the {test} and {said} {q_grade}
{r} is really upset about {p_pos} {test} grade, {p} {said} {q_grade}
{r} is moving to {city} in {month} and {said} {q_move}
{r}'s {pet} died {when} and {p_has} been really quiet since
{r}'s {pet} had to be put down and {p} {said} {q_pet}
{r} didn't make {team} and {said} {q_cut}
{r} got cut from {team} and hasn't really wanted to hang out
{r}'s parents are splitting up and {p} {said} {q_divorce}
{r} lost {p_pos} grandpa last month and still cries sometimes at lunch
{r} is sad because {p_pos} best friend from camp stopped texting {p_obj}
{r} didn't get into the summer program {p} wanted and {said} {q_grade}
{r} has been kind of down since {p_pos} older sister left for college
{r} got left out of a party and {said} {q_left}
{r} is heartbroken over a {celeb} breakup lol, {p} {said} {q_dramatic}
{r}'s {pet} ran away and {p} {said} {q_pet}
{r} gave me {p_pos} old {thing} because {p_is} moving and can't take everything
{r} said goodbye to everyone at lunch because today was {p_pos} last day before the move
{r} gave away a bunch of {p_pos} clothes because {p} cleaned out {p_pos} closet
{r} bombed {p_pos} audition and {said} {q_grade}
{r}'s best friend is moving away and {p_has} been moping around all week
{r} lost {p_pos} phone with all {p_pos} pictures on it and {said} {q_dramatic}
{r} is sad {p_pos} fish died, {p} had it since 2nd grade
{r} got rejected by {p_pos} crush and {said} {q_breakup}
{r} is homesick at camp and {said} {q_homesick}
{r} is stressed about college apps and {said} {q_grade}
{r} has been crying about {p_pos} grandma being sick but {p_is} seeing the school counselor about it
""")

FRIEND_SAD_SLOTS: Slots = {
    "said": SAID,
    "partner": ["boyfriend", "girlfriend", "bf", "gf", "situationship"],
    "q_breakup": [
        "i'm never going to love anyone like that again",
        "i feel so stupid for crying over him",
        "i just want to eat ice cream and watch bad movies",
        "i'll be ok, it just hurts right now",
        "i can't believe she did that to me",
        "i miss him so much it's dumb",
    ],
    "grade": ["c", "d", "58", "f", "b minus"],
    "test": ["chem test", "math final", "history essay", "bio quiz", "sat practice"],
    "q_grade": [
        "my parents are going to be so disappointed",
        "i studied so hard, this isn't fair",
        "i'm never going to get into a good college now",
        "i'm so done with this class",
        "i feel like such an idiot",
    ],
    "city": ["arizona", "another state", "germany", "the other side of town", "florida"],
    "month": ["june", "two weeks", "the summer", "december"],
    "q_move": [
        "i'm going to miss you so much",
        "i don't want to start over somewhere new",
        "promise we'll facetime every day",
        "it's not fair, i finally had friends here",
    ],
    "pet": ["dog", "cat", "hamster", "bunny", "old dog", "guinea pig"],
    "when": ["last week", "over the weekend", "yesterday", "a few days ago"],
    "q_pet": [
        "i keep expecting him to be at the door",
        "the house is so quiet without her",
        "i miss her so much",
        "i didn't even get to say bye",
    ],
    "team": ["varsity", "the team", "the soccer team", "the musical", "jazz band"],
    "q_cut": [
        "i'm never trying out for anything again",
        "i'm fine, i just need a day",
        "i worked so hard for nothing",
    ],
    "q_divorce": [
        "i don't want to pick between them",
        "at least they'll stop yelling now",
        "i'm sad but i get it",
    ],
    "q_left": [
        "nobody invited me and it sucks",
        "i guess i'm just not part of the group anymore",
        "whatever, i didn't want to go",
    ],
    "q_homesick": ["i just want to come home", "i miss my own bed so much", "i hate it here lol"],
    "celeb": ["celebrity", "k-pop", "reality show", "youtuber"],
    "q_dramatic": ["i'm literally never recovering from this", "my life is over lol"],
    "thing": ["bike", "bookshelf", "desk lamp", "posters", "bean bag"],
}

FRIEND_OK_SIGN = _lines("""
{p} still came to practice though
{p_is} talking to {p_pos} mom about it
{p} still laugh{s} at our dumb jokes
we're getting boba after school to cheer {p_obj} up
{p_is} sad but {p_is} ok, just needs time
{p} already {has} plans with us this weekend
{p_pos} sister has been really good with {p_obj}
{p} said talking about it helped
""")

FRIENDLY_ASK = _lines("""
how do i cheer {p_obj} up
what should i say to {p_obj}
what's a nice thing i can do for {p_obj}
should i give {p_obj} space or check in
any ideas for a care package
how do i be a good friend right now
i feel bad that i don't know what to say
is it ok to just distract {p_obj} with fun stuff
should i bring it up or wait for {p_obj} to talk
""")


def bn_friend_sad(g: GenLike) -> tuple[str, str]:
    """A friend who is sad (a breakup, a grade, a move, a pet), told the way a worry is."""
    person = _person(g)
    key = [g.pick(FRIEND_SAD)]
    if g.rng.random() < 0.45:
        key.append(g.pick(FRIEND_OK_SIGN))
    asks = FRIENDLY_ASK if g.rng.random() < 0.7 else WORRIED_ASK[:3] + FRIENDLY_ASK
    return _friend_post(g, key, person, FRIEND_SAD_SLOTS, asks, asides=(1, 5)), "friend_sad"


# ============================================================================================
# benign: a friend's ordinary news, in the same kind of post (the openings, asides and
# questions of the risk posts, with nothing wrong)
# ============================================================================================

FRIEND_NEWS = _lines("""
{r} got a puppy and won't stop sending me pictures of it
{r} turns 16 next week and i want to get {p_obj} something good
{r} has a crush on someone in our {subject} class and keeps asking me for advice
{r} and i are doing a group project and {p_is} doing all the slides
{r} got the lead in the school play and {said} {q_news}
{r} wants to start a band and asked me to play drums
{r} is learning to drive and almost hit our mailbox lol
{r} got into the summer program {p} applied to and {said} {q_news}
{r} dyed {p_pos} hair blue and {p_pos} mom freaked out
{r} is always late to everything and it's starting to bug me
{r} and i had a small fight about who forgot the tickets
{r} keeps borrowing my chargers and never gives them back
{r} is obsessed with a new show and {said} {q_news}
{r} got a job at the pizza place and gives us free garlic knots
{r} is nervous about {p_pos} recital and {said} {q_news}
{r} is switching to the other lunch period and i'll barely see {p_obj}
{r} {said} {q_news}
{r} wants to go to the same college as me and keeps sending me brochures
{r} broke {p_pos} phone screen again and {p_pos} dad is making {p_obj} pay for it
{r} won't stop talking about the trip to the coast this summer
""")

FRIEND_NEWS_SLOTS: Slots = {
    "said": SAID,
    "q_news": [
        "i'm so nervous i think i'm going to throw up",
        "i can't believe we actually won",
        "you have to come to my game on saturday",
        "i'm never eating the cafeteria pizza again",
        "you're going to love this episode, trust me",
        "i literally screamed when i found out",
        "help me pick an outfit for friday",
    ],
}

NEWS_ASK = _lines("""
what should i get {p_obj}
any gift ideas
is it weird if i say something
how do i tell {p_obj} it bugs me without being mean
what would you do
should i say something or let it go
lol what do i even say to that
""")


def bn_friend_news(g: GenLike) -> tuple[str, str]:
    """A friend's ordinary news, told in the scaffolding of the worried posts."""
    person = _person(g)
    key = [g.pick(FRIEND_NEWS)]
    asks = NEWS_ASK + FRIENDLY_ASK[:3] + WORRIED_ASK[:2]
    return _friend_post(g, key, person, FRIEND_NEWS_SLOTS, asks, asides=(1, 5)), "friend_news"


# ============================================================================================
# benign: chat with dramatic words
# ============================================================================================

DRAMA = _lines("""
if {crush} actually replies i will literally drop dead
{crush} left me on read, i'm officially deceased
my {parent}'s gonna kill me once {p_parent} sees my {report}
i'm so dead, i {oops}
kill me now, i have a {subject} presentation first period
this {subject} worksheet is slowly destroying me
i'd rather die than go first in {subject} tomorrow
if {crush} sees that picture i'm moving to antarctica and changing my name
i'm going to throw my phone into the ocean if the group chat doesn't stop
bury me, {crush} saw me trip on the stairs
rip me, i forgot the {subject} project was due today
my {parent} is going to end me, i {oops}
i'm so done with {subject} i want to disappear for a week
i could literally die, {crush} said hi to me in the hallway
if i fail this {subject} test my {parent} will actually bury me in the backyard lol
goodbye forever, i'm never leaving my room after that presentation
i'm dying, {friend} just sent the funniest video
the {team} lost again, i'm not going to survive this season
don't talk to me, i'm mourning my {thing} that fell in the toilet
{friend} is going to be so mad, i spilled boba on {friend_pos} notes
i want to crawl into a hole and live there forever, i called my teacher mom
i'm giving away all my old {clothes}, anyone want them before i drop them at goodwill
if {crush} likes my story i will pass away on the spot
if the teacher calls on me again i'm literally going to perish
my coach is gonna make us run till we die if we lose {day}
i'm deceased, {friend} fell off the bench in the middle of assembly
this heat is actually killing me
i'm never showing my face at school again, goodbye world lol
bye i'm moving to the woods, my {parent} read my texts
i'm going to cry and then die, the concert sold out in two minutes
i'm giving away my whole sticker collection, i'm too old for it now, anyone want some
""")

DRAMA_SLOTS: Slots = {
    "crush": ["he", "she", "my crush", "jayden", "the guy from chem", "that girl from art"],
    "report": ["report card", "phone bill", "math grade", "screen time", "chem test"],
    "oops": [
        "broke the tv remote",
        "forgot to feed the dog",
        "dented the car",
        "lost my retainer again",
        "left the back door open all night",
        "used all the hot water",
        "missed the bus again",
    ],
    "thing": ["game", "laptop", "wifi", "video", "app", "phone"],
    "subject": SUBJECT,
    "team": ["jets", "lakers", "our team", "cowboys", "warriors"],
    "day": ["saturday", "on friday", "tomorrow", "this weekend"],
    "clothes": ["hoodies", "jeans", "sweaters", "shoes", "jerseys"],
}


DRAMA_PEOPLE = [
    ("mom", "she", "jess", "her"), ("dad", "he", "marco", "his"), ("mum", "she", "kayla", "her"),
    ("stepdad", "he", "my bff", "her"), ("grandma", "she", "my best friend", "his"),
    ("mom", "she", "devon", "his"), ("dad", "he", "priya", "her"),
]  # fmt: skip


def bn_drama(g: GenLike) -> tuple[str, str]:
    """Dramatic words in everyday chat: dying over a text, a parent who will "kill" them."""
    parent, p_parent, friend, friend_pos = DRAMA_PEOPLE[g.rng.randrange(len(DRAMA_PEOPLE))]
    slots = {**DRAMA_SLOTS, "parent": [parent], "p_parent": [p_parent], "friend": [friend],
             "friend_pos": [friend_pos]}  # fmt: skip
    text = g.fill(g.pick(DRAMA), slots)
    if g.rng.random() < 0.35:
        text = _post(
            g,
            [text],
            [g.fill(a, SELF_SLOTS) for a in g.rng.sample(SELF_ASIDE, 2)],
            g.pick(["lol", "lmao", "help", "😭", "ugh", ""]),
        )
    elif g.rng.random() < 0.4:
        text += " " + g.pick(["lol", "lmao", "😭", "💀", "help", "istg", "fr", "ugh"])
    return _type(g, text), "drama"


# ============================================================================================
# benign: recovery, told in the past
# ============================================================================================

RECOVERY = _lines("""
a year ago i'd stopped making plans because i didn't think i'd be around, and i'm so glad i was \
wrong
last winter i was in a really dark place, but i told my mom and started therapy and it got better
i used to think everyone would be better off without me, now i know that was the depression talking
there was a time i gave away some of my stuff because i didn't see a future, i got help and i'm \
still here
two years ago i wrote a goodbye note and my sister found it, we got through it together and i'm \
doing ok
i used to hurt myself when things got bad, i've been clean for {clean} and i'm proud of that
back in {grade} i couldn't picture being alive at 16, and i just turned 17
i was hospitalized {ago} and honestly it saved my life, i'm in a much better place now
i used to plan my whole week around not being here, now i plan it around soccer and my friends
i don't feel that way anymore, but i remember what it was like, so i'm always here if anyone \
needs to talk
{r} went through a really bad time {ago}, {p} got help and now {p_is} doing so much better
{r} was in the hospital {ago} for {p_pos} depression, now {p_is} back at school and laughing again
i was the friend everyone worried about in 8th grade, i'm doing so much better and i want to \
pay it forward
last year my best friend noticed i was giving my stuff away and told the counselor, i was mad \
then and i'm thankful now
it's been a year since my hospital stay and i'm planning my 16th birthday party, which i never \
thought would happen
i used to keep a note in my phone just in case, i deleted it last month because i don't need it \
anymore
""")

RECOVERY_SLOTS: Slots = {
    "clean": ["a year", "eight months", "200 days", "almost two years", "since march"],
    "grade": ["8th grade", "freshman year", "middle school", "7th grade"],
    "ago": ["last year", "two years ago", "last spring", "in 9th grade", "a while ago"],
}

RECOVERY_NOW = _lines("""
therapy was weird at first but it helped
my counselor at school helped me so much
i have a safety plan and people i can call
i'm applying to colleges now, which past me wouldn't believe
i still have bad days but they pass
i just wanted to say it gets better, it really does
my meds took a while to work but they did
i'm writing this in case someone needs to hear it
""")


def bn_recovery(g: GenLike) -> tuple[str, str]:
    person = _person(g)
    slots = {**SELF_SLOTS, **RECOVERY_SLOTS, **person}
    key = [g.fill(g.pick(RECOVERY), slots)]
    extra = [g.fill(x, slots) for x in g.rng.sample(RECOVERY_NOW, g.rng.randint(0, 3))]
    if g.rng.random() < 0.5:
        extra += [g.fill(x, slots) for x in g.rng.sample(SELF_ASIDE, g.rng.randint(1, 2))]
    head = g.fill(g.pick(SELF_OPEN), slots) if g.rng.random() < 0.3 else ""
    tail = g.fill(g.pick(SELF_TAIL), slots) if g.rng.random() < 0.3 else ""
    return _type(g, _post(g, key, extra, tail, head)), "recovery"


# ============================================================================================
# benign: the writer's own ordinary day, tired, fed up or looking forward (the asides of the
# self_harm posts, with a key sentence that has a future in it)
# ============================================================================================

OWN_DAY = _lines("""
i haven't planned anything past {day} because finals are eating my whole life
i'm so tired, i'm going to bed at 8 and sleeping through the whole weekend
i don't know what i want to do after high school and it stresses me out
i'm so done with this week, i just want it over so i can sleep
i'm excited for {future_thing}, i already picked out what i'm wearing
my mom signed me up for summer camp and i'm kind of looking forward to it
i feel kind of blah lately but i have a counseling appointment on thursday
i'm tired of everyone asking about college, i'll figure it out eventually
i gave my old {thing} to my cousin because i got a new one for my birthday
i said bye to my favorite teacher today because she's retiring, i'm going to miss her
i'm counting down the days until {future_thing}
i wrote letters to my friends for the end of the year, i'm sneaking them into their lockers
i told my sister sorry for eating her leftovers, she's still mad lol
i'm thinking about quitting band so i have more time for soccer
nothing feels exciting lately but i'm going to try art club next week
sometimes i wish i could skip straight to summer
i can't wait to be done with this year
i don't see the point of algebra honestly
i'm exhausted but the weekend is almost here
i'm tired of being the one who always plans things, someone else can do it this time
i stopped doing extra credit because i already have an a, work smarter not harder
my plan is to sleep until noon on {day} and nobody can stop me
i'm giving my old clothes to my little cousin since they don't fit me anymore
i'm not going to the party on {day}, i just want a quiet night in
""")

OWN_DAY_SLOTS: Slots = {
    "day": ["friday", "saturday", "the weekend", "sunday", "spring break"],
    "future_thing": ["prom", "summer", "the concert", "my birthday", "the trip", "graduation"],
    "thing": ["phone", "bike", "headphones", "tablet", "hoodie"],
}


def bn_own_day(g: GenLike) -> tuple[str, str]:
    """The writer's own tired, fed-up or hopeful day, among the asides of the risk posts."""
    key = [g.pick(OWN_DAY)]
    return _self_post(g, key, OWN_DAY_SLOTS, SELF_TAIL), "own_day"


# ============================================================================================
# benign: supporting a friend who already has help and is safe
# ============================================================================================

SUPPORT = _lines("""
{r} started therapy for {p_pos} depression and {p_pos} parents know, how can i be a good friend \
without making it weird
{r} just got out of the hospital after a really hard month and {p_is} doing better, what should \
i say on {p_pos} first day back
{r} has a therapist and a safety plan now, i just want to know how to be there for {p_obj}
{r} told me {p_is} on meds for anxiety now and it's helping, how do i support {p_obj}
{r} is in an outpatient program after school and {p_pos} mom drives {p_obj} every day, can i do \
anything to help
{r} went through a dark time last year but {p_is} in counseling and seems way better, should i \
ever bring it up
{r} talks to the school counselor every week now, how do i check in without being annoying
{r}'s doctor changed {p_pos} meds and {p_is} tired a lot, what are nice low key things we can \
do together
{r} is getting help and {p_pos} family is on it, but i still worry, how do i not be overbearing
{r} is doing better since {p} started seeing someone, i want to plan something fun for {p_obj}
{r} said therapy is helping and {p} want{s} things to feel normal, so do i just treat {p_obj} \
the same
{r} came back from a mental health leave and {p_is} really nervous about people asking where \
{p} went
{r} sees a psychiatrist every two weeks and {p_pos} parents are on top of it, is it weird if i \
ask how it went
{r} had a rough patch last year and we got {p_obj} help together, {p_is} \
stable now and i just want to keep being a good friend
{r} is in a support group now and says it helps, can i go with {p_obj} sometime
""")

SUPPORT_EXTRA = _lines("""
{p} seem{s} happier lately
{p} said {p} feel{s} a lot safer now
{p} texted me a funny meme today so that's good
{p_pos} parents are really involved
we're going to a movie on saturday
the counselor already knows everything
""")


def bn_support(g: GenLike) -> tuple[str, str]:
    person = _person(g)
    key = [g.pick(SUPPORT)]
    if g.rng.random() < 0.5:
        key.append(g.pick(SUPPORT_EXTRA))
    asks = FRIENDLY_ASK + [""] * 6
    return _friend_post(g, key, person, {}, asks, asides=(1, 5)), "support_helped"


# ============================================================================================
# Rows for corpus.LATE_PLAN
# ============================================================================================

PLAN_ENTRIES: list[tuple[str, str, Maker, int]] = [
    ("concern_for_other", "fr_co_signs", co_signs, 420),
    ("concern_for_other", "fr_co_hurt", co_hurt, 300),
    ("concern_for_other", "fr_co_injury", co_injury, 300),
    ("self_harm", "fr_sh_hopeless", sh_hopeless, 280),
    ("self_harm", "fr_sh_goodbye", sh_goodbye, 230),
    ("self_harm", "fr_sh_giving", sh_giving, 140),
    ("benign", "fr_bn_friend_sad", bn_friend_sad, 360),
    ("benign", "fr_bn_friend_news", bn_friend_news, 220),
    ("benign", "fr_bn_drama", bn_drama, 240),
    ("benign", "fr_bn_recovery", bn_recovery, 220),
    ("benign", "fr_bn_support", bn_support, 220),
    ("benign", "fr_bn_own_day", bn_own_day, 200),
]
