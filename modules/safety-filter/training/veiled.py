"""Threats and calls for violence that name no violent act, and the same surfaces used
harmlessly, for the safety-filter's training corpus, made from templates written for this
project.

    PLAN_ENTRIES -> [(label, family, maker, how many)]   # rows for corpus.PLAN / LATE_PLAN
    maker(g) -> (text, sub)                              # one message and its sub-family

``signals.py`` teaches a first set of threats with no violent word ("you have one week
left") and ``hate.py`` the threats and calls that do name the act. This file teaches the
rest of the side with no violent word, in new structures and new euphemisms:

- ``violence``: veiled threats to one person (a milestone they will not reach, a last
  season or weekend to enjoy, a precaution they had better take, a family that will get
  company, a place where it will be a bad day to be, what became of the last one who told);
  implied threats that give only a time, a place or a weapon ("the thing from my uncle's
  closet"); "someone should / somebody needs to" with a consequence one does not walk away
  from; wishes of harm in euphemism (an accident, a fall, a hospital bed, not waking up);
  conditional threats whose consequence is euphemistic ("she'll wish she'd never been
  born"); calls to act against a group in forum and comment style with the euphemisms of
  cleaning, visiting, dealing with and sending a message. Often with the grievance that
  makes them meant: who the target is and what they did.
- ``benign``: the very same surfaces where nobody is to be hurt: trash talk between friends
  about games, sport ("we'll bury them friday"), warnings about exams and chores, parents'
  and teachers' "you're in big trouble", karma that is a parking ticket, lines from plays,
  stories and game quests, "someone should fix the printer", litter pick-ups that "clean
  out the neighbourhood", visits to grandma. The grievance sentences come here too (a vent
  with no threat), so that anger alone predicts nothing.
- ``concern_for_other``: a student telling an adult that someone made a veiled threat and
  that they are scared for the person it was aimed at.

Rules of this file (those of ``tutoring.py`` and ``signals.py``):

- Everything here was written for this project; no text of any public data set or test
  suite, nor a sentence of the evaluation corpora (``benchmarks/safety/eval*.jsonl``) or a
  close paraphrase of one (a test checks for overlap after normalisation).
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
    "b_banter",
    "b_community",
    "b_fiction",
    "b_karma",
    "b_parent",
    "b_someone",
    "b_sports",
    "b_vent",
    "b_warning",
    "co_veiled",
    "v_conditional",
    "v_group",
    "v_implied",
    "v_someone",
    "v_veiled",
    "v_wish",
]


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


# ============================================================================================
# How people type: chat spelling, caps, emojis, a slip of the keys
# ============================================================================================

_CHAT_SWAPS = (
    (" you ", " u "),
    (" your ", " ur "),
    (" you're ", " ur "),
    (" because ", " cuz "),
    (" going to ", " gonna "),
    (" want to ", " wanna "),
    (" though ", " tho "),
    (" for real ", " fr "),
    (" people ", " ppl "),
    (" tonight ", " 2nite "),
)

_TYPO_NEAR = {"a": "s", "e": "r", "i": "o", "o": "i", "n": "m", "t": "r", "s": "a", "u": "y"}


def _typo(g: GenLike, text: str) -> str:
    """One slip: a doubled, dropped or neighbouring letter in a longer word."""
    words = text.split(" ")
    long_ones = [i for i, w in enumerate(words) if len(w) > 4 and w.isalpha()]
    if not long_ones:
        return text
    i = long_ones[g.rng.randrange(len(long_ones))]
    w = words[i]
    j = g.rng.randrange(1, len(w) - 1)
    kind = g.rng.random()
    if kind < 0.35:
        w = w[:j] + w[j + 1 :]
    elif kind < 0.65:
        w = w[:j] + w[j] + w[j:]
    else:
        w = w[:j] + _TYPO_NEAR.get(w[j], w[j]) + w[j + 1 :]
    words[i] = w
    return " ".join(words)


def _chat(g: GenLike, text: str, emojis: Sequence[str] = ()) -> str:
    """Type a message: apostrophes dropped, chat spellings, a sentence's capitals, all
    caps, a typo, an emoji at the end."""
    r = g.rng.random()
    if r < 0.2:
        text = text.replace("'", "")
    elif r < 0.42:
        padded = f" {text} "
        for a, b in _CHAT_SWAPS:
            if g.rng.random() < 0.7:
                padded = padded.replace(a, b)
        text = padded.strip()
    elif r < 0.56:
        text = text[:1].upper() + text[1:]
        text = text.replace(" i ", " I ").replace(" i'", " I'")
        if text[-1:] not in ".?!":
            text += g.pick([".", ".", "?", "!", "...", ""])
    elif r < 0.63:
        text = text.upper()
    if g.rng.random() < 0.12:
        text = _typo(g, text)
    if emojis and g.rng.random() < 0.22:
        text = f"{text} {g.pick(emojis)}"
    return text


def _join(g: GenLike, parts: Sequence[str]) -> str:
    parts = [p for p in parts if p]
    sep = g.pick([". ", ". ", ". ", " ", ", ", "\n", " .. ", "! "])
    return sep.join(parts)


def _person(g: GenLike, people: Sequence[tuple[str, str, str]]) -> dict[str, list[str]]:
    """Slots for one named person: ``t`` (who they are), ``ts`` (a short name for them, which
    takes a possessive) and the pronouns ``p``, ``p_obj``, ``p_pos``, ``p_ll``, ``p_is``
    (``s`` for a verb after ``{p}``)."""
    who, gender, short = people[g.rng.randrange(len(people))]
    if gender == "?":
        gender = g.pick(["f", "m"])
    forms = {
        "f": ("she", "her", "her", "she'll", "she's", "s", "es"),
        "m": ("he", "him", "his", "he'll", "he's", "s", "es"),
        "t": ("they", "them", "their", "they'll", "they're", "", ""),
    }[gender]
    keys = ("p", "p_obj", "p_pos", "p_ll", "p_is", "s", "es")
    slots = {k: [v] for k, v in zip(keys, forms, strict=True)}
    slots["t"] = [who]
    slots["ts"] = [short]
    return slots


def _again(person: dict[str, list[str]]) -> dict[str, list[str]]:
    """The same person named a second time: by the short name."""
    return {**person, "t": person["ts"]}


# People a threat is aimed at (named in the third person), and who made it.
TARGETS: list[tuple[str, str, str]] = [
    ("devon", "m", "devon"), ("kayla", "f", "kayla"), ("ethan", "m", "ethan"),
    ("jasmine", "f", "jasmine"), ("my ex", "?", "my ex"), ("mr. kowalski", "m", "kowalski"),
    ("ms. pruitt", "f", "pruitt"), ("coach dunn", "m", "dunn"),
    ("that new kid", "?", "that kid"), ("her boyfriend", "m", "her boyfriend"),
    ("his girlfriend", "f", "his girlfriend"), ("the kid who snitched on me", "?", "that snitch"),
    ("my stepdad", "m", "my stepdad"), ("that girl in my bio class", "f", "that girl"),
    ("the guy from the bus", "m", "that guy"), ("my old best friend", "?", "my old bff"),
    ("riley", "?", "riley"), ("owen", "m", "owen"), ("marisol", "f", "marisol"),
    ("the kid who sits next to me in homeroom", "?", "that kid"),
    ("my lab partner", "?", "my lab partner"), ("mrs. delgado", "f", "delgado"),
    ("the girl who started the rumor", "f", "that girl"), ("my sister's ex", "m", "that loser"),
    ("leo", "m", "leo"), ("destiny", "f", "destiny"), ("the vice principal", "?", "the vp"),
    ("trevor", "m", "trevor"), ("the senior who runs that account", "?", "that senior"),
]  # fmt: skip

# Why the writer is angry: the same sentences lead a threat and a harmless vent.
GRIEVANCE = _lines("""
{t} told the whole grade about {secret}
{t} got me suspended for something i didn't even do
{t} posted that video of me and it has like 2k views now
{t} has been talking trash about me on every group chat
{t} went to the principal about me
{t} screenshotted my messages and sent them to everyone
{t} cheated on me with my best friend
{t} humiliated me in front of the whole class today
{t} keeps making fun of my {trait}
{t} got me kicked off the team
{t} called my mom a liar to her face
{t} stole my {item} and everyone knows it
{t} told my parents i was at the party
{t} tripped me in the hallway and everybody laughed
{t} failed me on purpose, i know it
{t} made a fake account to mess with me
{t} spread a rumor that i {rumor}
{t} has been picking on my little brother for weeks
{t} keeps shoving my little sister around on the bus
{t} reported me for fighting when i didn't even start it
i'm so done with {t}
everyone thinks {t} is so nice but {p_is} a snake
{t} laughed when i tripped on stage
{t} won't stop sliding into my girlfriend's dms
{t} ruined my whole year honestly
{t} gave me detention in front of everybody
{t} keeps acting like {p} own{s} the school
""")

GRIEVANCE_SLOTS: Slots = {
    "secret": [
        "my crush",
        "my parents' divorce",
        "my grades",
        "what happened at the sleepover",
        "my therapist",
        "my dad losing his job",
    ],
    "trait": ["stutter", "weight", "clothes", "acne", "accent", "shoes", "hair"],
    "item": ["airpods", "hoodie", "vape", "phone charger", "bike", "headphones", "notes"],
    "rumor": [
        "cheated on the final",
        "got caught stealing",
        "hooked up with someone's boyfriend",
        "was on drugs",
    ],
}


GRIEVANCE_YOU = _lines("""
you told the whole grade about {secret}
you got me suspended for something i didn't even do
you posted that video of me and now everyone's seen it
you've been talking trash about me in every group chat
you went to the principal about me. you really did that
you sent my messages to everyone
you cheated on me with my best friend
you humiliated me in front of everybody today
you think making fun of my {trait} is funny
you got me kicked off the team
you stole my {item} and everybody knows it
you told my parents i was at the party
you made a fake account to mess with me
you spread a rumor that i {rumor}
you've been picking on my little brother for weeks
you laughed at me in front of everyone
you won't stop sliding into my girlfriend's dms
you ruined my whole year
you think you're untouchable
i asked you nicely to stop. twice
""")


def _grievance(g: GenLike, person: Slots, you: bool = False) -> str:
    if you:
        return g.fill(g.pick(GRIEVANCE_YOU), GRIEVANCE_SLOTS)
    return g.fill(g.pick(GRIEVANCE), {**GRIEVANCE_SLOTS, **person})


# Words of time and place that threats and plans alike lean on.
TIME_SLOTS: Slots = {
    "day": [
        "monday",
        "friday",
        "tomorrow",
        "thursday",
        "after spring break",
        "next week",
        "this weekend",
        "wednesday",
    ],
    "clock": ["3:15", "after 6th period", "at dismissal", "first period", "at 2:40", "at noon"],
    "milestone": [
        "graduation",
        "prom",
        "your birthday",
        "senior year",
        "summer",
        "christmas",
        "the end of the semester",
        "your sweet sixteen",
        "homecoming",
        "the last day of school",
    ],
    "period": [
        "this weekend",
        "spring break",
        "your friday night",
        "your last few days",
        "the rest of the week",
        "thanksgiving with your family",
        "your summer",
    ],
    "spot": [
        "the cafeteria",
        "the east stairwell",
        "the bus loop",
        "the senior lot",
        "the library",
        "the gym",
        "homeroom",
        "the quad",
        "the bleachers",
        "the mall",
        "the skatepark",
    ],
}

THREAT_EMOJI = ["🙂", "😈", "👀", "⏳", "🤫", "😊", "🔪", "💀", "⚰️", "🪦", "😉", "🫡", "😶"]
FUN_EMOJI = ["😂", "🤣", "😭", "💀", "🔥", "🏆", "😤", "🎮", "😅", "🙃", "🏀", "⚽", "👀", "😎"]


# ============================================================================================
# violence: veiled threats to one person
# ============================================================================================

VEILED_YOU = _lines("""
you won't be walking across that stage in june
you're not going to be around for {milestone}
i wouldn't bother buying a {ticket} if i were you
don't bother ordering a cap and gown
enjoy {period}, it's the last one you get
make the most of {period}. trust me
i'd {precaution} if i were you
if i were you i'd {precaution}
your {family} is going to get some company {day}
your {family} might want to keep the doors locked {day}
i wouldn't want to be anywhere near {spot} {day} if i were you
if i were you i'd stay far away from {spot} {day}
ask around about the last {kid} who {crossed}. keep it up
you heard what happened to the last {kid} who {crossed}, right
people who {cross} around here don't stick around long
hope you told your {fam1} you love them this morning
you're living on borrowed time
your days at this school are numbered and not because you're graduating
you better hope the bus is on time {day}
it's a long walk home from {spot}. especially {day}
nobody's going to know where you went after {day}
you're going to be the story they tell the freshmen next year
they'll be putting your picture up in the front hall with flowers under it
better get your goodbyes in before {day}
this is the last {season} you get, so enjoy it
i know which window is yours
found out where you park. cute {car}
i know what time your little sister gets out of {activity}
something could happen to you at {spot} and nobody would see a thing
you won't be so brave when it's just us two at {spot}
don't get too comfortable
i'm being patient with you. you won't like it when i stop
you have no clue what's waiting for you {day}
you better pray {day} goes well for you
nobody's going to hear from you after {day}
let's see how tough you are when your friends aren't around {day}
if i were you i'd tell my mom i love her tonight
you can run your mouth now. {day} you won't be able to
see you at {spot} {day}. that's a promise
i've been very calm about this. {day} i stop being calm
you and me have an appointment {day}. you just don't know it yet
everyone's going to be wearing black for you soon
they'll be calling your name at the assembly and you won't answer
i'd say goodbye to {spot} if i were you, you won't be back
i hope you like flowers, your mom's going to be getting a lot of them
keep your {family} close {day}
enjoy being popular while you still can
you think this is a joke. ask me again after {day}
say hi to your {fam1} for me. while you still can
""")

VEILED_THEY = _lines("""
{t} isn't going to be around for {milestone}, i'll make sure of it
{t} better enjoy {period3}, it's {p_pos} last
{ts}'s {family} is getting some company {day}
it's going to be a very bad day for {t} {day}
{t} will find out what happens to people who {cross}
nobody's going to be seeing much of {t} after {day}
{t} is going to be a memory by {milestone}
{t} has no idea what's coming {day}
tell {t} to keep looking over {p_pos} shoulder
{t} won't be at {spot} much longer. not after {day}
{t} better not get too comfortable, {p_pos} time's almost up
i'm done waiting around for {t} to stop. {day} i make {p_obj} stop
{t} is going to be the reason they cancel school {day}
i know where {t} parks and what time {p} leave{s}. that's all i'm going to say
{t} is going to wish {p} had just left me alone
""")

VEILED_SLOTS: Slots = {
    **TIME_SLOTS,
    "ticket": ["prom ticket", "yearbook", "class ring", "senior hoodie", "summer camp spot"],
    "precaution": [
        "start checking the back seat before i drive",
        "stop walking home by myself",
        "sleep with the light on for a while",
        "get a different route home",
        "keep my blinds shut from now on",
        "stop going to {spot} alone",
        "say sorry before monday, not after",
        "transfer schools while i still could",
        "look both ways real careful for the next couple weeks",
        "not go anywhere alone for a while",
    ],
    "family": ["family", "mom", "little brother", "whole house", "dad", "grandma", "sister"],
    "fam1": ["mom", "dad", "grandma", "little sister", "family"],
    "kid": ["kid", "guy", "girl", "person", "freshman", "snitch"],
    "crossed": [
        "snitched",
        "ran their mouth",
        "went to the office",
        "crossed me",
        "messed with my sister",
        "talked to the cops",
        "tried me",
        "posted about me",
    ],
    "cross": [
        "snitch",
        "run their mouth",
        "cross me",
        "talk to the cops",
        "mess with my family",
        "go to the office",
        "try me",
    ],
    "period3": [
        "this weekend",
        "spring break",
        "{p_pos} friday night",
        "the rest of the week",
        "thanksgiving",
        "{p_pos} summer",
    ],
    "season": ["summer", "christmas", "birthday", "football season", "halloween", "spring"],
    "car": ["civic", "jeep", "little red car", "truck", "bike"],
    "activity": ["dance", "practice", "piano", "daycare", "swim lessons", "school"],
}


def v_veiled(g: GenLike) -> tuple[str, str]:
    person = _person(g, TARGETS)
    you = g.rng.random() < 0.6
    sub = "veiled_you" if you else "veiled_they"
    lead = _grievance(g, person, you) if g.rng.random() < 0.55 else ""
    tail = g.pick(VEILED_TAIL) if g.rng.random() < 0.25 else ""
    slots = {**VEILED_SLOTS, **(_again(person) if lead else person)}
    core = g.fill(g.pick(VEILED_YOU if you else VEILED_THEY), slots)
    return _chat(g, _join(g, [lead, core, tail]), THREAT_EMOJI), sub


VEILED_TAIL = _lines("""
just saying
don't say nobody warned you
consider this your only warning
you've been told
not a joke btw
screenshot this if you want, i don't care
i'm dead serious
we'll see who's laughing
i mean every word
take it however you want
""")


# ============================================================================================
# violence: implied threats given only as a time, a place or a weapon
# ============================================================================================

IMPLIED = _lines("""
{spot2}, {clock}. come alone
{spot2} {clock} {day}. you know why
i'll be {spot2} {clock}. you know what i'll have with me
i'll be waiting {spot2} {clock}. bring whoever you want, won't change anything
my {rel} lent me {weapon_lent}. {day}, {spot2}
i've got {weapon} in my {bag} with your name on it
{weapon} is coming to school with me {day}. don't say i didn't warn you
found the key to my {rel}'s {safe}. {day} is the day
everything's ready for {day}. {spot} won't know what hit it
i've been going to the range with my {rel} every weekend. {day} you'll all see why
me and my cousins will be outside {spot} {clock}. make sure {t} shows up
tell {t} to find another way home {day}
{weapon} is cleaned and loaded. {day}. {spot}
picked up {ammo} today. {day} at {spot}
{weapon} is in my trunk. parking lot after the game
my {bag}'s real heavy today 🙂 see you in {spot}
bringing {weapon} to {spot} {day}, just in case {t} says something
i know {ts}'s schedule and where {p} go{es} {clock}. that's all i need
{clock} {day}. {spot2}. {weapon}. you do the math
i've got a little surprise in my {bag} for {t}. {day}
my {rel} keeps {weapon_kept} in the {safe} and i know the code now
wear something comfortable {day}, you're going to be on the floor of {spot} a while
i counted how many exits {spot} has. {day} it's going to matter
{day} i'm sitting by the doors in {spot} with my {bag2}. don't sit near me
""")

IMPLIED_SLOTS: Slots = {
    **TIME_SLOTS,
    "spot2": [
        "by the bike racks",
        "behind the gym",
        "in the senior lot",
        "at the bus loop",
        "outside the cafeteria",
        "under the bleachers",
        "by the dumpsters",
        "at the corner of your street",
        "in the park",
        "by the portables",
    ],
    "rel": ["uncle", "dad", "brother", "cousin", "grandpa", "stepdad"],
    "weapon": [
        "my uncle's piece",
        "the thing from my dad's closet",
        "the hunting rifle from the garage",
        "a little something",
        "my brother's strap",
        "the box from under my dad's bed",
        "the heat",
        "grandpa's old revolver",
        "the 9",
        "my cousin's toy, and it's not a toy",
    ],
    "bag": ["backpack", "bag", "gym bag", "locker", "hoodie pocket", "guitar case"],
    "bag2": ["backpack", "gym bag", "duffel", "guitar case", "big hoodie on"],
    "weapon_lent": ["his piece", "his strap", "the 9", "his old revolver", "the shotgun"],
    "weapon_kept": ["his pistol", "a rifle", "grandpa's revolver", "the shotgun", "the 9"],
    "safe": ["gun safe", "closet", "cabinet", "lockbox", "nightstand"],
    "ammo": ["a couple boxes of rounds", "extra mags", "ammo at walmart", "shells"],
}


def v_implied(g: GenLike) -> tuple[str, str]:
    person = _person(g, TARGETS)
    lead = _grievance(g, person, g.rng.random() < 0.5) if g.rng.random() < 0.35 else ""
    tail = g.pick(VEILED_TAIL) if g.rng.random() < 0.12 else ""
    core = g.fill(g.pick(IMPLIED), {**IMPLIED_SLOTS, **(_again(person) if lead else person)})
    return _chat(g, _join(g, [lead, core, tail]), THREAT_EMOJI), "implied"


# ============================================================================================
# violence: "someone should ..." with a consequence one does not walk away from
# ============================================================================================

SOMEONE = _lines("""
{someone} make sure {t} doesn't make it to {milestone}
{someone} teach {t} a lesson {p} {lesson}
{someone} shut {t} up for good
{someone} make {t} disappear, like actually disappear
{someone} pay {t} a visit {day} and make sure {p} gets the message
{someone} put {t} in the hospital, idk why nobody has yet
if {anyone} made {t} go away for good i'd buy them lunch for a year
{someone} mess with {ts}'s brakes, if you know what i mean
{someone} take care of {t}. permanently
{someone} make {t} pay in a way {p} never forgets, and i don't mean money
{someone} make sure {t} can't {action} ever again
{someone} handle {t} before i do it myself
{someone} give {t} what {p} deserves, and i don't mean detention
{someone} catch {t} alone at {spot} and finish what {p} started
{someone} make {t} regret being born
{someone} end {ts}'s whole career, and not with a bad review
{someone} make sure {t} never walks out of {spot} again
{someone} wait for {t} in the parking lot one night
{someone} do the world a favor and get rid of {t}, for good
{someone} remind {t} what happens to people like {p_obj}, the hard way
{someone} make {t} stop breathing so loud. like forever
i won't say who but {someone2} make sure {t} learns {p_pos} lesson {day}
""")

SOMEONE_SLOTS: Slots = {
    **TIME_SLOTS,
    "someone": [
        "someone should",
        "somebody needs to",
        "someone needs to",
        "somebody should",
        "someone oughta",
        "somebody's gotta",
        "honestly someone should",
        "SOMEONE NEEDS TO",
        "why hasn't anyone tried to",
    ],
    "someone2": ["somebody should", "someone needs to", "someone's going to"],
    "anyone": ["someone", "somebody", "anyone"],
    "lesson": [
        "needs a cast for",
        "won't get up from",
        "won't wake up from",
        "feels for the rest of {p_pos} life",
        "learns in the back of an ambulance",
        "doesn't live to repeat",
        "won't be able to walk off",
    ],
    "action": ["talk", "walk", "post again", "hurt anyone", "show {p_pos} face", "snitch"],
}


def v_someone(g: GenLike) -> tuple[str, str]:
    person = _person(g, TARGETS)
    lead = _grievance(g, person) if g.rng.random() < 0.45 else ""
    core = g.fill(g.pick(SOMEONE), {**SOMEONE_SLOTS, **(_again(person) if lead else person)})
    return _chat(g, _join(g, [lead, core]), THREAT_EMOJI), "someone_should"


# ============================================================================================
# violence: wishes of harm in euphemism
# ============================================================================================

WISH = _lines("""
hoping {t} has some kind of accident driving {where}. a painful one
i hope {ts}'s {vehicle} {fails} on the highway
i hope {t} {falls} and doesn't get back up
i hope {t} ends up in {hospital} {day} and stays there
i hope {t} goes to sleep tonight and doesn't wake up
i hope something bad happens to {t}, the kind you don't recover from
i hope {t} gets what's coming and i hope it's slow
praying {t} ends up in a box soon
i want {t} gone. not moved away gone. gone gone
i hope the next time {t} crosses the street the driver doesn't stop
would be a real shame if {t} fell down the stairs at {spot}. a real shame
honestly i wish {t} would just stop breathing
i'd throw a party if {t} ended up in {hospital}
i hope {t} suffers. like actually physically suffers
i hope whatever happens to {t} takes a long time
i hope {t} trips in front of a bus
i hope {t} never walks right again after what's coming
i want {t} to feel what it's like to not be able to breathe
can't wait to see {t} in a neck brace. soon hopefully
i hope {ts}'s house catches fire with {p_obj} asleep inside
i pray every night that {t} doesn't make it home
i hope {t} ends up on the news and not for anything good
the world would be better if {t} just wasn't in it anymore, and i'd be happy to help
i hope {t} chokes on {p_pos} lunch and no one helps
""")

WISH_SLOTS: Slots = {
    **TIME_SLOTS,
    "where": ["home", "to school", "to practice", "to work", "back from the game"],
    "vehicle": ["brakes", "car", "tires", "steering"],
    "fails": [
        "give out",
        "goes off the road",
        "blow out going 80",
        "lock up",
        "just stop working",
    ],
    "falls": [
        "falls down the stairs",
        "slips off the bleachers",
        "goes headfirst into the pool with no water in it",
        "falls off {p_pos} balcony",
        "trips on the subway platform",
    ],
    "hospital": ["the icu", "a hospital bed", "a coma", "traction", "a wheelchair"],
}


def v_wish(g: GenLike) -> tuple[str, str]:
    person = _person(g, TARGETS)
    lead = _grievance(g, person) if g.rng.random() < 0.5 else ""
    core = g.fill(g.pick(WISH), {**WISH_SLOTS, **(_again(person) if lead else person)})
    return _chat(g, _join(g, [lead, core]), THREAT_EMOJI), "wish"


# ============================================================================================
# violence: conditional threats with a euphemistic consequence
# ============================================================================================

CONDITIONAL_YOU = _lines("""
if you {provoke} again you'll wish your mom never had you
{provoke} one more time and you won't be {doing} ever again
{provoke} again and see what happens. i'm not playing
if you tell {authority}, don't bother coming back {day}
if you show up at {event} it'll be the last place you ever show up
if you {provoke} your {family} is going to be the one paying for it
keep it up and they'll be reading your name out at the assembly
if i get expelled over this you're coming with me, and not to another school
one more post about me and you're done. like done done
{provoke} again and nobody's going to recognize you after
if you {provoke} you better not come home by yourself
try {provoke2} one more time, i dare you. you won't get a third
if you {provoke} i promise you'll regret the day you met me
you {provoke} again and i'll make sure it's the last thing you do
tell {authority} and i'll know. and then you'll know
if you go to {authority} {day} won't end well for you. at all
do that again and your mom's going to need a new kid
if you {provoke} you won't need to worry about {milestone}
""")

CONDITIONAL_THEY = _lines("""
if {t} {provoke3} again {p_ll} be sorry {p} ever existed
if {t} {provoke3} one more time {p} won't be {doing} ever again
if {t} shows up at {event} {p_ll} be leaving in an ambulance
if {t} tells {authority} {p_ll} find out what happens to snitches around here
if {t} {provoke3} again, that's it for {p_obj}. no more chances. no more anything
{t} {provoke3} one more time and {p_pos} family will be planning something
if i see {t} {seen} again it's over for {p_obj}, and i mean over over
if {t} {provoke3} again {p_ll} wish {p} had moved away
""")

CONDITIONAL_SLOTS: Slots = {
    **TIME_SLOTS,
    "provoke": [
        "post that",
        "talk to my girl",
        "screenshot my messages",
        "report me",
        "spread that rumor",
        "tag me in that video",
        "say my name",
        "go near my little brother",
        "show anyone those pics",
        "text him",
        "lie about me",
    ],
    "provoke2": ["that", "snitching", "disrespecting me", "touching my stuff"],
    "provoke3": [
        "posts that",
        "talks to my girl",
        "screenshots my stuff",
        "reports me",
        "spreads that rumor",
        "tags me in that video",
        "goes near my little brother",
        "shows anyone those pics",
        "lies about me",
        "starts with me",
    ],
    "doing": [
        "posting anything",
        "talking",
        "walking",
        "texting anyone",
        "smiling",
        "showing your face around here",
        "laughing",
    ],
    "authority": [
        "ms. okafor",
        "the principal",
        "the counselor",
        "your parents",
        "the cops",
        "coach",
        "anybody",
    ],
    "event": ["the party", "the game", "prom", "the bonfire", "practice", "the dance"],
    "family": ["family", "little sister", "mom", "brother", "grandma"],
    "seen": ["with my boyfriend", "near my house", "at my locker", "in my dms"],
}


def v_conditional(g: GenLike) -> tuple[str, str]:
    person = _person(g, TARGETS)
    you = g.rng.random() < 0.6
    sub = "conditional_you" if you else "conditional_they"
    lead = _grievance(g, person, you) if g.rng.random() < 0.4 else ""
    tail = g.pick(VEILED_TAIL) if not lead and g.rng.random() < 0.15 else ""
    slots = {**CONDITIONAL_SLOTS, **(_again(person) if lead else person)}
    core = g.fill(g.pick(CONDITIONAL_YOU if you else CONDITIONAL_THEY), slots)
    return _chat(g, _join(g, [lead, core, tail]), THREAT_EMOJI), sub


# ============================================================================================
# violence: calls to act against a group, forum and comment style, in euphemism
# ============================================================================================

GROUP_GRIPE = _lines("""
{grp} have been {gripe} for months and the cops do nothing
nobody in charge cares about {grp} {gripe}
every week it's {grp} {gripe} again
i'm so sick of {grp} {gripe}
my little cousin got jumped last week and everyone knows it was {grp}
the city keeps letting {grp} move in
the council had another meeting about {grp} and did nothing as usual
{grp} think they run {area} now
""")

GROUP_CALL = _lines("""
{area} needs a proper clean out and we're the ones doing it
time we cleaned up {area} ourselves, properly this time
{grp} need handling. the permanent kind
pack up {day2}, we're all dropping in on {grp}
{grp} are getting a house call from all of us {day2}
we take out the trash {day2}. and you all know which trash i mean
{grp} have had enough warnings. {day2} we stop warning
somebody's got to clean house around here and it's going to be us
pest control {day2}. {grp} at {place}. bring the boys
we're making sure {grp} don't come back to {area}, one way or another
{grp} are about to learn why nobody crosses {crew}
meet up {day2} at {meet}, we're sending {grp} a message they won't forget
enough talk. {day2} we solve the {grp} problem ourselves
{grp} won't be a problem after {day2}
who's in for {day2}? {grp} at {place}. you know what to bring
{grp} had their chance. {day2} they get handled
lights out for {grp} {day2}. spread the word
let's make an example out of {grp} so the rest get the idea
not one of {grp} left in {area} by sunday. however it has to happen
the cops won't do it so we will. {grp}, {day2}, {place}
{day2} we remind {grp} whose neighborhood this is. the old fashioned way
we'll visit {grp} one house at a time until there's none left
{grp} need a visit from all of us at once. {day2}. dm me
if we all show up at {place} {day2}, {grp} won't ever come back
""")

GROUP_SLOTS: Slots = {
    "grp": [
        "the east side crew",
        "those squatters",
        "the people in the new apartments",
        "the guys from northgate",
        "the family that moved in on {street}",
        "the protesters",
        "the outsiders",
        "the immigrants on our block",
        "the junkies at the park",
        "the kids from the group home",
        "those people",
        "the ones behind the laundromat",
        "the lot of them on {street}",
    ],
    "gripe": [
        "dealing on the corner",
        "tagging our walls",
        "hanging around the school",
        "blasting music at 2am",
        "breaking into cars",
        "taking over the park",
    ],
    "area": [
        "the neighborhood",
        "the neighbourhood",
        "our block",
        "this town",
        "the east end",
        "our streets",
        "{street}",
    ],
    "street": ["maple ave", "5th street", "cedar row", "the old mill road", "hollis street"],
    "day2": ["saturday", "friday night", "this weekend", "tonight", "sunday morning", "tmrw"],
    "place": ["the park", "their building", "the laundromat", "the trailer lot", "their corner"],
    "crew": ["this block", "us", "our side of town", "the boys", "this neighborhood"],
    "meet": ["the gas station", "the water tower", "jimmy's garage", "the church lot"],
}

GROUP_FRAME = [
    "{x}",
    "{x}",
    "{x}",
    "^ this. {x}",
    "reply to @{handle}: {x}",
    "{x}. who's in",
    "{x} #takebackourstreets",
    "{x} #cleanup",
    "{x}. upvote if you're coming",
    "{x}. no more talk",
    "> {x}",
    "finally someone said it. {x}",
    "{x}. don't post about it, just show up",
]


def v_group(g: GenLike) -> tuple[str, str]:
    slots = {**GROUP_SLOTS, "grp": [g.fill(g.pick(GROUP_SLOTS["grp"]), GROUP_SLOTS)]}
    call = g.fill(g.pick(GROUP_CALL), slots)
    if g.rng.random() < 0.45:
        call = _join(g, [g.fill(g.pick(GROUP_GRIPE), slots), call])
    frame = g.pick(GROUP_FRAME)
    handle = g.pick(["mike_r", "localnews4", "concernedmom22", "westsidetruth", "dave_k"])
    text = g.fill(frame, {"x": [call], "handle": [handle]})
    return _chat(g, text, THREAT_EMOJI), "group"


# ============================================================================================
# concern_for_other: a student tells an adult about a veiled threat
# ============================================================================================

CO_OPEN = [""] * 6 + _lines("""
ms. {adult}, can i tell you something
mr. {adult} i need to tell you something
i don't know who else to tell
i'm not trying to get anyone in trouble but
can i talk to you about something that happened
please don't tell anyone it was me but
i wasn't sure if i should say anything
""")

CO_REPORT = _lines("""
{who} told {victim} "{quote}"
{who} keeps telling {victim} {quote}
{who} sent {victim} a message that said {quote}
{who} wrote "{quote}" on {victim}'s locker
{who} said {quote} to {victim} in the hallway and walked off
{who} posted "{quote}" under {victim}'s picture
i heard {who} say {victim} {quote3}
{who} told a bunch of us that {victim} {quote3}
{who} has been saying {victim} {quote3}
""")

CO_QUOTE = _lines("""
enjoy your last week
you won't be in the graduation photos
you should start watching your back on the way home
your family's getting company soon
ask around what happened to the last person who told
stay out of the gym friday if you're smart
you're not going to make it to summer
tell your mom you love her tonight
you're on borrowed time
""")

CO_QUOTE3 = _lines("""
isn't going to be around much longer
won't make it to prom
is going to get what's coming on friday
better enjoy the weekend because it's the last one
is going to get a visit at home
should stay out of the parking lot after the game
""")

CO_WHY = [""] * 3 + _lines("""
and {who_p} didn't laugh or anything, {who_p} looked serious
and {who_p} has been following {v_obj} after school
and {who_p} showed some of us a picture of a gun last month
and {who_p_pos} dad has guns in the house
and {who_p} knows where {v_p} lives
and {who_p} got suspended for fighting last year
and {who_p} said it really quietly, like {who_p} meant it
and now {v_p} won't take the bus
and it's the third time this week
and {who_p} was asking people what time {v_p} leaves practice
and {who_p} was sitting outside {v_pos} house in a car last night
""")

CO_ASK = _lines("""
i'm scared something is going to happen to {v_obj}
i'm honestly worried sick about {v_short}
i don't think {v_p} is safe
{v_p} is scared to come to school and honestly so am i
what should i do
is this something you can do something about
i didn't know if it was serious but it felt serious
i keep thinking about it and i can't sleep
can you make sure {v_p}'s ok
i'm scared for {v_obj}
{v_p} keeps saying it's nothing but {v_p} looks terrified
please don't let anything happen to {v_obj}
""")

CO_SLOTS: Slots = {
    "adult": ["rivera", "chen", "harper", "okafor", "bell", "nguyen"],
}

CO_VICTIMS: list[tuple[str, str, str]] = [
    ("my friend maya", "f", "maya"), ("my little brother", "m", "my brother"),
    ("jordan", "m", "jordan"), ("my best friend", "f", "her"), ("a girl in my class", "f", "her"),
    ("my cousin", "m", "my cousin"), ("the new kid", "m", "him"), ("my lab partner", "f", "her"),
    ("my friend andre", "m", "andre"), ("my sister", "f", "my sister"),
]  # fmt: skip

CO_WHO: list[tuple[str, str]] = [
    ("a boy in my grade", "m"), ("this kid on the bus", "?"), ("a senior", "?"),
    ("her ex", "m"), ("his ex girlfriend", "f"), ("a girl on the team", "f"),
    ("this guy from another school", "m"), ("someone in our group chat", "?"),
    ("a kid in my math class", "?"), ("an older guy from the neighborhood", "m"),
]  # fmt: skip


def co_veiled(g: GenLike) -> tuple[str, str]:
    who, gender = CO_WHO[g.rng.randrange(len(CO_WHO))]
    if gender == "?":
        gender = g.pick(["m", "f"])
    p, p_pos = ("he", "his") if gender == "m" else ("she", "her")
    slots = {
        **CO_SLOTS,
        "who": [who],
        "who_p": [p],
        "who_p_pos": [p_pos],
        "quote": CO_QUOTE,
        "quote3": CO_QUOTE3,
    }
    victim, v_gender, v_short = CO_VICTIMS[g.rng.randrange(len(CO_VICTIMS))]
    v_p, v_obj, v_pos = ("he", "him", "his") if v_gender == "m" else ("she", "her", "her")
    slots["victim"] = [victim]
    slots["v_short"] = [v_short]
    slots["v_p"] = [v_p]
    slots["v_obj"] = [v_obj]
    slots["v_pos"] = [v_pos]
    asks = g.rng.sample(CO_ASK, 2)
    parts = [
        g.fill(g.pick(CO_OPEN), slots),
        g.fill(f"{g.pick(CO_REPORT)} {g.pick(CO_WHY)}".strip(), slots),
        g.fill(asks[0], slots),
    ]
    if g.rng.random() < 0.4:
        parts.append(g.fill(asks[1], slots))
    return _chat(g, _join(g, parts)), "veiled_reported"


# ============================================================================================
# benign: trash talk between friends (games, cards, pranks)
# ============================================================================================

BANTER = _lines("""
{game} {when}, you're dead meat
enjoy your win streak while it lasts, {when} it's over
i'd {precaution_g} if i were you, i've been practicing {game}
you won't see the finish line in {game} {when} lol
say goodbye to your {rank} rank, i'm coming for it
you won't know what hit you in {game} {when}
remember what happened last time you challenged me at {game}
your base is getting a visit {when} 😈 hope you built walls
the prank war is back on, check your locker every morning lol
enjoy your last night as {game} champ
you're living on borrowed time in that tournament bracket
whoever's on the other team in {game} {when} is in for a rough one
if you pick that character again you'll regret it, i know all the counters
your days as the {game} king are numbered
your {game} reputation is over {when}, enjoy it while it lasts
you're going down in {game}, bring tissues
don't bother showing up to {game} night, you already lost
you have no idea what's waiting for you in round 3 lol
nobody's going to remember your name after i beat you at {game}
tell your mom i said sorry in advance for {game} {when}
i know which character you always pick. {when} i'm ready
keep talking, we'll see who's crying after {game}
your little sister already beat you at {game}, {when} it's my turn
that's it, you're getting benched from {game} night for trash talk
""")

BANTER_SLOTS: Slots = {
    "game": [
        "mario kart",
        "smash",
        "uno",
        "chess club",
        "fortnite",
        "monopoly",
        "rocket league",
        "ping pong",
        "minecraft",
        "fifa",
        "mario party",
        "spikeball",
        "trivia",
        "scrabble",
    ],
    "when": ["tonight", "on friday", "after school", "this weekend", "tmrw", "at lunch"],
    "precaution_g": [
        "start practicing now",
        "pick a different character",
        "stay off the leaderboard",
        "warm up your thumbs",
        "hide your good cards",
    ],
    "rank": ["gold", "diamond", "champion", "top 10", "number one"],
}

BANTER_OPEN = [""] * 8 + _lines("""
lmaooo
bro
ok {name}
ayo
bet.
real talk
""")


def b_banter(g: GenLike) -> tuple[str, str]:
    core = g.fill(g.pick(BANTER), BANTER_SLOTS)
    lead = g.fill(g.pick(BANTER_OPEN), {"name": ["sam", "jay", "nico", "bri", "kev"]})
    text = f"{lead} {core}".strip()
    if g.rng.random() < 0.25:
        text = _join(g, [text, g.pick(BANTER_TAIL)])
    return _chat(g, text, FUN_EMOJI), "banter"


BANTER_TAIL = _lines("""
jk love u
loser buys pizza
rematch whenever
gg in advance
it's on
no hard feelings when i win
winner gets the last slice
""")


# ============================================================================================
# benign: sport
# ============================================================================================

SPORTS = _lines("""
{team} is getting buried {day}
the season ends for {team} {day}, we're making sure of it
they won't walk off that {field} with their heads up after {day}
time to clean house, we're sweeping the series
we're paying {team} a visit in the {round} {day}
{team2} fans are not going to have a fun time {day}
{team}? done. finished. packing their bags after {day}
coach says nobody from {team} is getting past our defense {day}
{team} won't know what hit them, we've got a new play
if their goalie lets that in again he'll regret ever putting on the gloves lol
{team} is going to wish they never scheduled us
enjoy the trophy while you can {team}, it's coming home with us {day}
we're sending {team} home early this year
somebody needs to teach {team} how to play defense lol
{team} better say goodbye to their undefeated record
they'll be crying on the bus ride home after {day}
we're going to make {team} pay for last year's final
our {sport} team is about to end {team}'s playoff hopes
that ref is going to get what's coming when the league reviews the tape
{team} should start sleeping with one eye on the scoreboard
""")

SPORTS_SLOTS: Slots = {
    "team": [
        "westfield",
        "the hornets",
        "central",
        "st. mary's",
        "the wildcats",
        "east valley",
        "the rams",
        "riverside",
        "the other team",
    ],
    "team2": ["westfield", "hornets", "central", "wildcats", "east valley", "rams", "riverside"],
    "day": ["friday", "saturday", "thursday night", "tomorrow", "next weekend", "at regionals"],
    "field": ["field", "court", "ice", "pitch", "mat"],
    "round": ["semis", "playoffs", "first round", "quarterfinal", "championship"],
    "sport": ["soccer", "volleyball", "basketball", "hockey", "debate", "baseball"],
}

SPORTS_LEAD = [""] * 5 + _lines("""
pep rally energy 🔥
practice was insane today
lets gooo
captain's message to the team
{team} beat us last year and everyone still talks about it
coach had us running drills for two hours
""")


def b_sports(g: GenLike) -> tuple[str, str]:
    core = g.fill(g.pick(SPORTS), SPORTS_SLOTS)
    lead = g.fill(g.pick(SPORTS_LEAD), SPORTS_SLOTS)
    return _chat(g, _join(g, [lead, core]), FUN_EMOJI), "sports"


# ============================================================================================
# benign: warnings with no harm in them (exams, chores, deadlines, plans)
# ============================================================================================

WARNING = _lines("""
skip the review and you'll be sorry on {exam} day
you're going to regret not {study} before {exam}, trust me
last free weekend before {exam}, enjoy it
enjoy {period_ok} while it lasts, {exam} is coming
make the most of {period_ok}, after that it's {exam} prep every night
this is your last {period_ok} before {exam}, don't waste it
{exam} is {day} and you haven't opened the book. you're so done
you won't survive {exam} without {study}, just saying
i'd {precaution_ok} if i were you, {exam} is {day}
if i were you i'd {precaution_ok}
say goodbye to your social life, {exam} is {day}
your weekend is officially cancelled, {exam} got moved to {day}
it's going to be a rough day to be a junior {day}, {exam} is first period
remember what happened last year when nobody did the reading? pop quiz. do the reading
you have no idea what's coming in {exam}. like three essays
don't get too comfortable, {exam} grades come out {day}
the last kid who forgot the {thing} had to share with the teacher lol
you better hope your calculator still works, {exam} is {day}
if you don't give back my {thing} you'll regret it lol
you're living on borrowed time with that library book
i'd start {study} now if i were you, {exam} is brutal
heads up, your family is getting company from grandma {day}, clean your room
the cafeteria is not where you want to be {day}, it's fish stick day
ask around about the last kid who forgot their permission slip. no field trip
don't bother buying a prom ticket yet, they're cheaper next week
say goodbye to your free periods, schedules changed
your days of sleeping in are numbered, school starts {day}
you won't see the sun this weekend, {exam} studying all day
i wouldn't go near the science wing {day}, they're painting and it reeks
if i were you i'd stay away from the gym {day}, the floor is being waxed
you won't be able to show your face after that karaoke lol
keep your doors locked {day}, the neighbor's dog keeps getting out
this is the last summer you get before college, enjoy it
enjoy being a freshman while you can, junior year hits different
better get your goodbyes in before the seniors leave {day}
you have no idea what's waiting for you in {exam}, it's so long
if you skip the review session you'll wish you'd never been born lol
something's going to happen at the assembly {day}, it's a surprise for ms. hill's retirement
you'll find out what i'm capable of at the talent show {day}
i know where you'll be at 3, wanna carpool to practice
don't get too comfortable, the teacher is moving seats {day}
your phone is going to get taken if you keep using it in class
you better pray the bus is on time, i'm not waiting for you again
""")

WARNING_SLOTS: Slots = {
    "exam": [
        "finals",
        "the sat",
        "midterms",
        "the chem test",
        "the ap bio exam",
        "exams",
        "the history final",
        "the driving test",
        "the spanish oral",
        "the calc quiz",
    ],
    "thing": ["hoodie", "charger", "calculator", "switch", "notes", "sweater", "lab goggles"],
    "study": [
        "studying",
        "doing the essay",
        "doing the reading",
        "making flashcards",
        "starting the project",
        "doing the practice test",
    ],
    "period_ok": [
        "this weekend",
        "summer",
        "spring break",
        "winter break",
        "the long weekend",
        "senior year",
        "your free period",
    ],
    "precaution_ok": [
        "start studying tonight",
        "charge my calculator",
        "bring two pencils",
        "set three alarms",
        "print the study guide now",
        "sit in the front row {day}",
        "email the teacher before {day}",
        "get to the bus early {day}",
    ],
    "day": ["monday", "friday", "tomorrow", "next week", "this weekend", "thursday"],
}


def b_warning(g: GenLike) -> tuple[str, str]:
    core = g.fill(g.pick(WARNING), WARNING_SLOTS)
    return _chat(g, core, FUN_EMOJI), "warning"


# ============================================================================================
# benign: parents, teachers and coaches ("you're in big trouble")
# ============================================================================================

PARENT = _lines("""
you're in big trouble {kid}, come downstairs
{parent} just found out about {mess}. you're in big trouble {kid}
{parent} saw {mess} and now i'm in big trouble
{parent} said if i {oops} again i'm losing my {privilege} for a month
{parent} is going to have a word with you about {mess}, {kid}
i'm so dead, {parent} found {mess}
{parent} said i'm not leaving the house {day} until my room is clean
when {parent} gets home you're going to wish you'd done the dishes
{parent} gave me the look. you know the look. i'm done for
{parent} said this is my last warning about {mess}
you're going to get it when {parent} sees {mess}
wait till your father gets home and sees {mess}
you're so dead when mom sees {mess}
consider yourself warned: no phones at the dinner table
if you track mud in one more time you'll regret it, mister
my mom said if i {oops} again i'm done for. grounded till i'm 30
my dad said i won't see {fun} if my grades don't go up
my mom just texted "we'll talk when you get home." i'm so dead
coach said anyone late to practice {day} will regret it, 20 laps
ms. {teacher} said whoever wrote on the desk is going to regret it
my teacher said we won't survive the test if we don't read chapter 5
my sister said i'll regret it if i wear her jacket again lol
mom said if the dishes aren't done by 8 there will be consequences
my dad found out about {mess}. pray for me
grandma said we're paying my uncle a visit {day}, pack a bag
the principal said anyone caught vaping is in serious trouble
i'm grounded, this is my last weekend with a phone for a while
you're on thin ice, young lady, one more late night and the car keys are mine
if i find out who ate my leftovers you're all dead to me
i'm telling mom and then you're really in for it
""")

PARENT_SLOTS: Slots = {
    "kid": ["young man", "mister", "missy", "buddy", "kiddo"],
    "mess": [
        "the car",
        "the dent in the garage door",
        "your report card",
        "what you did to the couch",
        "the phone bill",
        "the wall you drew on",
        "the broken lamp",
        "my detention slip",
        "the scratch on the car",
        "the missing cookies",
        "the mess in the kitchen",
    ],
    "oops": [
        "miss curfew",
        "forget the trash",
        "skip class",
        "fail another quiz",
        "leave the milk out",
        "fight with my sister",
    ],
    "parent": ["mom", "dad", "my mom", "my dad", "grandma", "my stepmom", "coach", "my aunt"],
    "privilege": ["phone", "xbox", "car keys", "allowance", "laptop", "switch"],
    "fun": ["the concert", "my friends this summer", "the beach trip", "my phone till june"],
    "day": ["tomorrow", "on friday", "this weekend", "on sunday", "next week"],
    "teacher": ["hill", "patel", "morrison", "cruz", "adams"],
}


def b_parent(g: GenLike) -> tuple[str, str]:
    core = g.fill(g.pick(PARENT), PARENT_SLOTS)
    return _chat(g, core, FUN_EMOJI), "parent"


# ============================================================================================
# benign: "someone should ..." about things, and lessons that are only lessons
# ============================================================================================

SOMEONE_OK = _lines("""
{someone} fix the wifi on the second floor
{someone} tell the cafeteria the pizza is still frozen in the middle
{someone} take the printer out back and put it out of its misery
{someone} deal with the ants in the kitchen before my mom sees
{someone} clean out the fridge in the teachers' lounge
{someone} teach {t} how to parallel park, it took {p_obj} six tries
{someone} teach {t} a lesson about replying to texts lol
{someone} make sure {t} doesn't make it to the final round of spelling bee, {p_is} too good
{someone} put {t} in charge of snacks, {p} never forget{s}
{someone} give {t} an award for that presentation
{someone} shut the window in room 12, it's freezing
{someone} make the group chat disappear, it's 300 messages of memes
{someone} handle the playlist for the party, mine is terrible
{someone} take care of the class hamster over break
{someone} tell {t} {p_pos} backpack is open
{someone} get rid of that smell in the locker room for good
{someone} end the debate club argument about pineapple pizza once and for all
{someone} finish off the leftover cake, i can't look at it anymore
{someone} get the lights, the movie is starting
{someone} take out the trash, it's been three days
""")

SOMEONE_OK_SLOTS: Slots = {
    "someone": [
        "someone should",
        "somebody needs to",
        "someone needs to",
        "somebody should",
        "someone oughta",
        "can someone please",
        "SOMEBODY PLEASE",
    ],
}

SOMEONE_OK_PEOPLE: list[tuple[str, str, str]] = [
    ("my brother", "m", "my brother"), ("my dad", "m", "my dad"), ("kayla", "f", "kayla"),
    ("devon", "m", "devon"), ("mr. kowalski", "m", "kowalski"), ("riley", "?", "riley"),
    ("my lab partner", "?", "my lab partner"), ("my sister", "f", "my sister"),
    ("leo", "m", "leo"), ("grandpa", "m", "grandpa"), ("the new kid", "?", "the new kid"),
]  # fmt: skip


def b_someone(g: GenLike) -> tuple[str, str]:
    person = _person(g, SOMEONE_OK_PEOPLE)
    core = g.fill(g.pick(SOMEONE_OK), {**SOMEONE_OK_SLOTS, **person})
    return _chat(g, core, FUN_EMOJI), "someone_ok"


# ============================================================================================
# benign: karma that is only karma (a vent that ends without harm)
# ============================================================================================

KARMA = _lines("""
i hope {t} gets what's coming, like {karma}
karma's going to catch up with {t}. i hope {karma}
i hope {t} gets what {p} deserves, like {karma}
honestly i just hope {karma2} and everyone finally sees who {p} really is
i'm not going to do anything, i'll just let karma handle {t}
i hope {t} regrets it one day, like when {p} realize{s} nobody likes {p_obj}
i hope {t} has an awful day, like {karma}
{t} will get {p_pos} karma eventually, it always shows up
i'm done with {t}. i hope {p_pos} {karma_thing}
i wish {t} would just leave me alone and move on with {p_pos} life
i hope {t} steps on a lego barefoot
i hope {t}'s phone dies in the middle of {p_pos} big game
i'm just going to block {t} and move on, {p} isn't worth it
i hope {t} gets caught and has to explain it to the principal
""")

KARMA_SLOTS: Slots = {
    "karma": [
        "{p_pos} car gets towed",
        "{p} fail{s} the final",
        "{p} get{s} a parking ticket every day for a month",
        "{p} get{s} benched",
        "{p} lose{s} {p_pos} phone",
        "{p} get{s} caught cheating",
        "{p} get{s} dumped on {p_pos} birthday",
        "{p_pos} group project gets a d",
        "{p} get{s} detention for the rest of the year",
    ],
    "karma2": [
        "{t} gets caught",
        "{t} gets exposed",
        "{t} loses the election",
        "{t} gets kicked out of the group chat",
    ],
    "karma_thing": [
        "wifi goes out during finals",
        "socks are always wet",
        "playlist gets deleted",
        "pizza always shows up cold",
        "ice cream always falls off the cone",
    ],
}


def b_karma(g: GenLike) -> tuple[str, str]:
    person = _person(g, TARGETS)
    core = g.fill(g.pick(KARMA), {**KARMA_SLOTS, **person})
    r = g.rng.random()
    if r < 0.45:
        again = g.fill(g.pick(KARMA), {**KARMA_SLOTS, **_again(person)})
        core = _join(g, [_grievance(g, person), again])
    elif r < 0.6:
        core = _grievance(g, person)  # a vent, no threat
    elif r < 0.75:  # said to their face, and no threat either
        core = _join(g, [_grievance(g, person, True), g.pick(KARMA_YOU)])
    return _chat(g, core, FUN_EMOJI), "karma"


KARMA_YOU = _lines("""
i'm blocking you
we're done, don't text me again
i hope it was worth it
karma's going to find you, not me
enjoy your new friends i guess
i'm telling the counselor everything
you're going to regret this when you grow up, trust me
don't ever talk to me again
i'm done wasting energy on you
you'll get what's coming, the universe keeps score
i hope you fail that class lol
have fun explaining it to your mom
""")


# ============================================================================================
# benign: the same grievances, vented, with no threat (the reaction is a feeling, a plan to
# tell someone, to ignore them, to move on)
# ============================================================================================

VENT = _lines("""
i'm so mad i could scream
i cried in the bathroom for like twenty minutes
i told my mom and she's calling the school {day}
i'm just going to ignore {p_obj} from now on
i blocked {p_obj} on everything
i'm going to talk to the counselor about it {day}
honestly i just want to switch classes
i don't even want to go back {day}
i wrote a whole rant in my notes app and deleted it
i'm not going to let {p_obj} ruin my year
i went for a run to calm down
my friends said to just let it go but it's hard
i'm telling a teacher, i'm done keeping quiet about it
i have to see {p_obj} every day and it sucks
all i want is for {p_obj} to say sorry
why do people act like that
i'm so tired of this, i just want to graduate and leave
i screamed into my pillow
i spent all night playing games to forget about it
the worst part is everyone believes {p_obj}
i'm keeping screenshots in case i need them for the principal
i'm not even mad anymore, just disappointed
does anyone else have someone like this at school
i'm going to ask my parents if i can change schools
it's fine, in two years i'll never see {p_obj} again
""")


def b_vent(g: GenLike) -> tuple[str, str]:
    person = _person(g, TARGETS)
    you = g.rng.random() < 0.3
    lead = _grievance(g, person, you)
    slots = {**TIME_SLOTS, **person}
    if you:
        slots = {**slots, "p_obj": ["you"]}
    reactions = g.rng.sample(VENT, g.rng.randint(1, 2))
    parts = [lead, *(g.fill(r, slots) for r in reactions)]
    if g.rng.random() < 0.25:
        first = _grievance(g, person, you)
        if first != lead:
            parts.insert(0, first)
    return _chat(g, _join(g, parts), FUN_EMOJI if g.rng.random() < 0.3 else ()), "vent"


# ============================================================================================
# benign: plays, stories and game quests
# ============================================================================================

FICTION = _lines("""
for drama class i have to deliver the line "{line}" and make it sound scary, any tips
in our school play the villain says "{line}", how do i not laugh while saying it
i'm writing a short story where the mob boss tells the shopkeeper "{line}". too cliche?
in the book we're reading, the gang leader says "{line}". what does it foreshadow
my d&d villain just told our party "{line}" and we're all terrified lol
the quest giver wants us to deal with the bandit camp permanently, is that the north map
the quest says clean out the goblin den by nightfall, where is it
the side quest is called "a visit to the smugglers", what reward does it give
in the movie last night the villain said "{line}" and the whole theater went quiet
for english, analyze the threat in the line "{line}" from act 2
my character in the play has to say "{line}" to the king, should i whisper it
our film project has a scene where a guy says "{line}" and then cuts to black
the npc in the tavern said {line2} and then gave me the quest
in the musical the witch sings about how the prince won't see his wedding day
writing prompt: a villain leaves a note that says "{line}". write what happens next
in {show}, the bad guy says "{line}" right before the credits, i screamed
how do i make "{line}" sound menacing in my {form}, the villain is too nice right now
our teacher said the line "{line}" in {book} is an example of dramatic irony, why
is "{line}" too much for a villain in a kids' {form}
in my fanfic the rival says "{line}", is that in character
rehearsal tip needed: i'm the henchman and my only line is "{line}"
for my {form} i want the threat to be veiled, like "{line}". does that work
the boss in the game says "{line}" before phase two, so creepy
in {book} chapter 12 the letter says "{line}", who sent it
in the podcast the detective finds a note that says "{line}"
""")

FICTION_LINES = _lines("""
you won't live to see the harvest
your family will be getting visitors tonight
enjoy the sunrise, it's your last
it would be a terrible day to be in the market tomorrow
remember what happened to the last man who crossed the syndicate
someone should teach the duke a lesson he won't forget
if the queen speaks again she'll regret the day she was crowned
this town needs to be cleaned out, street by street
you'd better start checking your carriage wheels, my lord
your crew won't see the end of the voyage
the baron's men will be paying your farm a visit
say goodbye to the docks while you can
the last spy who talked ended up in the harbor
you're living on borrowed time, detective
the village won't be a problem after tonight
""")

FICTION_SLOTS: Slots = {
    "line": FICTION_LINES,
    "show": ["the new season", "that crime show", "the anime", "the netflix series", "the movie"],
    "form": ["screenplay", "short story", "comic", "play", "podcast script", "novel"],
    "book": ["the novel", "our book", "the mystery we're reading", "the graphic novel"],
    "line2": [
        "the wolves need to be dealt with",
        "the rats in the cellar need handling",
        "someone should clear the mine",
        "the raiders will be paying us a visit",
    ],
}


def b_fiction(g: GenLike) -> tuple[str, str]:
    core = g.fill(g.pick(FICTION), FICTION_SLOTS)
    return _chat(g, core), "fiction"


# ============================================================================================
# benign: the neighbourhood and its chores (the same euphemisms about things and visits)
# ============================================================================================

COMMUNITY = _lines("""
clean-out day for {area}! litter pickup {day_c} at {clock}, bring gloves and bags
pack a bag {day_c}, we're dropping in on {relative} at the lake
the geese at {place2} need to be dealt with, they keep chasing little kids
the raccoons in our bins need handling, the permanent kind, what lid actually works
neighborhood watch meeting {day_c}: the speeding cars on {street} need to be dealt with
we take out the trash {day_c} now, the schedule changed
pest control is coming {day_c} for the wasps, keep the pets inside
{area} cleanup crew is back {day_c}! who's in
we're paying the new neighbors a visit {day_c} with cookies
let's clean house {day_c}, garage sale on {street} at {clock}
no more potholes on {street} by sunday, the city finally promised
meet up {day_c} at {meet}, we're painting over the graffiti
the weeds in the community garden need to be handled once and for all
who's in for {day_c}? food drive at {place2}, bring cans
the council better deal with the noise from the bar on {street} or we'll all show up at the meeting
lights out for the block party at 11, the neighbors asked
let's make an example of our street for the best decorated contest
the mice in the school kitchen need to go, permanently
""")

COMMUNITY_SLOTS: Slots = {
    **GROUP_SLOTS,
    "clock": ["9am", "10", "8:30", "noon", "2pm"],
    "relative": ["grandma", "my aunt", "the cousins", "uncle ray", "nana"],
    "day_c": ["saturday", "sunday morning", "this weekend", "tmrw", "saturday morning", "sunday"],
    "place2": ["the park", "the pond", "the library", "the rec center", "the school field"],
}


def b_community(g: GenLike) -> tuple[str, str]:
    core = g.fill(g.pick(COMMUNITY), COMMUNITY_SLOTS)
    frame = g.pick(["{x}", "{x}", "{x}", "reply to @{handle}: {x}", "{x} #community", "> {x}"])
    handle = g.pick(["mike_r", "concernedmom22", "westsidetruth", "dave_k", "hoa_board"])
    text = g.fill(frame, {"x": [core], "handle": [handle]})
    return _chat(g, text, FUN_EMOJI), "community"


# ============================================================================================
# Rows for corpus.PLAN
# ============================================================================================

PLAN_ENTRIES: list[tuple[str, str, Maker, int]] = [
    ("violence", "vl_veiled", v_veiled, 260),
    ("violence", "vl_implied", v_implied, 170),
    ("violence", "vl_someone", v_someone, 160),
    ("violence", "vl_wish", v_wish, 170),
    ("violence", "vl_conditional", v_conditional, 170),
    ("violence", "vl_group", v_group, 170),
    ("concern_for_other", "vl_reported", co_veiled, 150),
    ("benign", "vl_banter", b_banter, 210),
    ("benign", "vl_sports", b_sports, 170),
    ("benign", "vl_warning", b_warning, 180),
    ("benign", "vl_parent", b_parent, 150),
    ("benign", "vl_someone_ok", b_someone, 150),
    ("benign", "vl_karma", b_karma, 150),
    ("benign", "vl_vent", b_vent, 240),
    ("benign", "vl_fiction", b_fiction, 150),
    ("benign", "vl_community", b_community, 130),
]
