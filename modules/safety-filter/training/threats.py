"""Threats of violence against one person, in shapes the filter had not seen, and the very
same shapes said with no intent to hurt anyone, for the safety-filter's training corpus;
templates written for this project.

    PLAN_ENTRIES -> [(label, family, maker, how many)]   # rows for corpus.LATE_PLAN
    maker(g) -> (text, sub)                              # one message and its sub-family

``veiled.py`` teaches threats with no violent word to classmates, in a teenager's voice.
This file widens the target and the voice: a parent, a step-parent, a sibling, an ex, a
teacher or coach by title and surname, a boss, a shift lead, a landlord, a guild leader;
written by students of 12 to 18, by adults at work, by gamers and by people writing in a
second language; as short chat, lower-case run-ons, all caps, a message in lines, or a
post with an opening and a closing line.

- ``violence``: wishes of death or injury on one person ("praying my landlord goes through
  a windshield"); veiled threats with no violent word (an end date for someone, a warning
  to keep away from a place at a time, a list of names, everyone will be sorry, I know
  which door she leaves by, wait and see); conditional threats ("if he comes to the
  reunion i'm coming with something in my bag"); time, place and weapon in the terse style
  of threat-assessment test cases, also in slang and masked leetspeak; and first-person
  intent to injure.
- ``benign``: the same people, places, days, openings and sentence shapes where nobody is
  to be hurt: everyday wishes ("i wish my stepdad would find a different job"), notices and
  warnings with their reason (floors being refinished, a coworker retiring, a season ended
  by a torn knee), conditionals whose consequence is a block, a complaint or a resignation,
  games, paintball, licensed hunting, rehearsals, history homework and writing prompts,
  idioms and first-person hyperbole, and anger that ends in a complaint, not a threat.

Only the intent decides the label: the grievances that lead a threat lead a vent too, and
the typing (casing, chat spelling, lines, emoji, leetspeak) is drawn the same way for every
label.

Rules of this file (those of ``tutoring.py`` and ``veiled.py``):

- Everything here was written for this project; no text of any public data set or test
  suite, nor a sentence of the evaluation corpora (``benchmarks/safety/eval*.jsonl``) or a
  close paraphrase of one (a test checks for overlap after normalisation).
- Nothing is imported from ``corpus.py`` (which loads this file): a maker takes
  ``corpus.Gen`` duck-typed as ``tutoring.GenLike``.
- Deterministic: all randomness comes from ``g.rng``; only lists and tuples are chosen from.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # the makers' types are tutoring.py's (nothing of it is needed at run time)
    from .tutoring import GenLike, Maker, Slots

__all__ = [
    "PLAN_ENTRIES",
    "b_conditional",
    "b_idiom",
    "b_notice",
    "b_play",
    "b_vent",
    "b_wish",
    "v_conditional",
    "v_intent",
    "v_testcase",
    "v_veiled",
    "v_wish",
]


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


# ============================================================================================
# People, and what they did (the same for every label)
# ============================================================================================

# (how they are first named, gender: "f", "m" or "?" for either, a short name for them, who
# they are to the writer: family, teacher, peer, ex, work, landlord, roommate, neighbor, online)
PEOPLE: list[tuple[str, str, str, str]] = [
    ("my stepdad", "m", "my stepdad", "family"), ("my stepmom", "f", "my stepmom", "family"),
    ("my dad", "m", "my dad", "family"), ("my mom", "f", "my mom", "family"),
    ("my older brother", "m", "my brother", "family"), ("my sister", "f", "my sister", "family"),
    ("my uncle Ray", "m", "Ray", "family"), ("my mom's boyfriend", "m", "that man", "family"),
    ("Mr. Halvorsen", "m", "Halvorsen", "teacher"), ("Ms. Ferreira", "f", "Ferreira", "teacher"),
    ("Mrs. Oyelaran", "f", "Mrs. O", "teacher"), ("Mr. Baptiste", "m", "Baptiste", "teacher"),
    ("Coach Pratt", "m", "Pratt", "teacher"), ("Coach Lindqvist", "f", "Coach L", "teacher"),
    ("my chem teacher", "?", "my chem teacher", "teacher"),
    ("the vice principal", "?", "the VP", "teacher"),
    ("Kaitlyn from chem", "f", "Kaitlyn", "peer"), ("Marcus", "m", "Marcus", "peer"),
    ("Jaden", "m", "Jaden", "peer"), ("Brianna", "f", "Brianna", "peer"),
    ("Tomasz", "m", "Tomasz", "peer"), ("Aaliyah", "f", "Aaliyah", "peer"),
    ("the kid behind me in spanish", "?", "that kid", "peer"),
    ("that girl from my bus", "f", "that girl", "peer"),
    ("my lab partner", "?", "my lab partner", "peer"), ("my ex", "?", "my ex", "ex"),
    ("my ex-boyfriend", "m", "my ex", "ex"), ("my ex-girlfriend", "f", "my ex", "ex"),
    ("my ex-wife", "f", "my ex-wife", "ex"), ("my ex-husband", "m", "my ex-husband", "ex"),
    ("my manager", "?", "my manager", "work"), ("my boss", "?", "my boss", "work"),
    ("Greg from accounting", "m", "Greg", "work"), ("my supervisor", "?", "my supervisor", "work"),
    ("the shift lead", "?", "the shift lead", "work"),
    ("Dana at the front desk", "f", "Dana", "work"),
    ("Mr. Whitcombe", "m", "Whitcombe", "work"), ("Ms. Abernathy", "f", "Abernathy", "work"),
    ("the new regional manager", "m", "the regional guy", "work"),
    ("my coworker Priyanka", "f", "Priyanka", "work"), ("my foreman", "m", "the foreman", "work"),
    ("my landlord", "?", "my landlord", "landlord"),
    ("my neighbor", "?", "my neighbor", "neighbor"),
    ("my roommate", "?", "my roommate", "roommate"),
    ("the guy who keeps throwing our ranked games", "m", "that guy", "online"),
    ("our guild leader", "?", "our guild leader", "online"),
    ("that streamer", "?", "that streamer", "online"),
    ("the mod who banned me", "?", "that mod", "online"),
]  # fmt: skip

DOMAINS = ("family", "teacher", "peer", "ex", "work", "landlord", "roommate", "neighbor", "online")

_FORMS = {
    "f": ("she", "her", "her", "she'll", "she's", "she was", "herself"),
    "m": ("he", "him", "his", "he'll", "he's", "he was", "himself"),
}
_FORM_KEYS = ("p", "p_obj", "p_pos", "p_ll", "p_is", "p_was", "p_self")


def _person(g: GenLike, domains: Sequence[str] = DOMAINS) -> tuple[dict[str, list[str]], str]:
    """One person and who they are to the writer. Slots: ``t`` (named in full), ``ts`` (the
    short name, which takes a possessive), ``tv`` (", Greg" to address them by a name, or
    nothing), the pronouns ``p``, ``p_obj``, ``p_pos``, ``p_ll``, ``p_is``, ``p_was``,
    ``p_self``, and ``t2``, somebody else."""
    people = [row for row in PEOPLE if row[3] in domains]
    who, gender, short, domain = people[g.rng.randrange(len(people))]
    if gender == "?":
        gender = g.pick(["f", "m"])
    slots = {k: [v] for k, v in zip(_FORM_KEYS, _FORMS[gender], strict=True)}
    slots["t"] = [who]
    slots["ts"] = [short]
    slots["tv"] = [f", {short}" if short[:1].isupper() else ""]
    other = PEOPLE[g.rng.randrange(len(PEOPLE))]
    while other[0] == who:
        other = PEOPLE[g.rng.randrange(len(PEOPLE))]
    slots["t2"] = [other[0]]
    return slots, domain


def _again(person: dict[str, list[str]]) -> dict[str, list[str]]:
    """The same person named a second time: by the short name."""
    return {**person, "t": person["ts"]}


def _tagged(block: str) -> list[tuple[str, str]]:
    """Lines ``domains | text`` (``text`` alone is for anyone): what fits whom."""
    out = []
    for line in _lines(block):
        doms, sep, text = line.partition(" | ")
        out.append((doms, text) if sep else ("any", line))
    return out


def _for(items: Sequence[tuple[str, str]], domain: str) -> list[str]:
    """The lines of ``items`` that fit someone of ``domain``."""
    return [text for doms, text in items if doms == "any" or domain in doms.split()]


# Why the writer is angry: the same sentences lead a threat, a wish and a harmless vent.
GRIEVANCE = _tagged("""
family | {t} grounded me for a month over literally nothing
family | {t} read my texts out loud at dinner
family | {t} took my phone and went through everything
family | {t} threw my stuff out on the lawn
family | {t} screamed at my little brother until he cried
family teacher | {t} said i'd never amount to anything
family ex | {t} smashed my phone during an argument
family | {t} said i can't go to prom because of one bad grade
family | {t} told the whole family about my grades at thanksgiving
family | {t} took the money i saved from my job
family | {t} won't let me see my friends all summer
teacher | {t} gave me a 52 on the essay i spent all weekend on
teacher | {t} called me stupid in front of the entire class
teacher | {t} benched me for the whole tournament
teacher | {t} gave my starting spot to {p_pos} favorite
teacher peer work | {t} laughed at my presentation the whole time
teacher | {t} fails me on every test even when i study, is not fair
teacher peer | {t} got me suspended and didn't even feel bad
teacher | {t} gave me detention for something i didn't do
teacher | {t} read my grade out loud to everyone
teacher work | {t} made me cry in front of the team
teacher peer | {t} told my mom i skipped third period
peer ex | {t} posted my old pictures on {p_pos} story
peer ex | {t} told the whole group chat about my parents' divorce
peer work | {t} keeps doing my accent when i talk
peer | {t} keeps calling me names in the locker room
peer | {t} took my spot in the band and acts like i don't exist
peer | {t} tripped me in front of everybody at lunch
peer online | {t} made a fake account just to mess with me
ex | {t} cheated on me and then told everyone it was my fault
ex | {t} keeps messaging me even though i blocked {p_obj} twice
ex | {t} is trying to turn the kids against me
ex | {t} kept the dog and changed the locks
work | {t} wrote me up for clocking in four minutes late
work | {t} took credit for my whole presentation in front of the director
work | {t} chewed me out in front of the whole crew
work | {t} cut my hours again without telling me
work | {t} put me on closing every weekend this month
work | {t} is making me redo the whole report from scratch
work | {t} always give me the worst shift and talk bad about me to everybody
work | {t} say my english is bad in front of all the customers
work | {t} lied to HR about me
work | {t} denied my time off for my sister's wedding
landlord | {t} kept my entire deposit over one scuff on the wall
landlord | {t} raised the rent again and still won't fix the heat
landlord neighbor roommate | {t} called the cops on my party for the third time
roommate | {t} keeps eating my food and lying about it
neighbor roommate | {t} parks in my spot every single night
neighbor | {t} blasts music at 3am and laughed when i knocked
neighbor | {t} reported my car to the HOA and got it towed
roommate | {t} never pays {p_pos} half and brings strangers over every night
landlord | {t} let {p_self} into my apartment without asking
online | {t} mass reported my account and got me banned for a week
online | {t} kicked me from the guild after i carried {p_obj} for months
online | {t} threw our last three games on purpose and laughed about it
online | {t} made fun of me on stream in front of 2k people
online | {t} banned me from the server for literally nothing
online | {t} leaked my real name in the discord
""")


def _grievance(g: GenLike, person: Slots, domain: str) -> str:
    return g.fill(g.pick(_for(GRIEVANCE, domain)), person)


# Days, times, places and events (the same for every label).
WHEN_SLOTS: Slots = {
    "day": [
        "monday",
        "tuesday",
        "wednesday",
        "thursday",
        "friday",
        "tomorrow",
        "next week",
        "this weekend",
        "on the 14th",
        "first thing monday",
        "after spring break",
        "the day after thanksgiving",
        "saturday",
    ],
    "dday": [
        "monday",
        "tuesday",
        "wednesday",
        "thursday",
        "friday",
        "saturday",
        "the 14th",
        "the 3rd",
        "spring break",
        "thanksgiving",
        "the weekend",
    ],
    "clock": [
        "7:45",
        "noon",
        "3:30",
        "second period",
        "lunch",
        "the shift change",
        "dismissal",
        "9 sharp",
        "quarter past four",
        "closing time",
    ],
    "place": [
        "the gym",
        "the cafeteria",
        "the library",
        "the band room",
        "the bus stop",
        "the office",
        "the warehouse",
        "the break room",
        "the parking garage",
        "the front lobby",
        "the job site",
        "the kitchen",
        "the locker room",
        "the quad",
        "the mall",
        "the loading dock",
        "the student center",
        "the east stairwell",
        "the staff lot",
        "the auditorium",
    ],
    "event": [
        "the dance",
        "homecoming",
        "prom",
        "the game on friday",
        "graduation",
        "the company picnic",
        "the holiday party",
        "the family reunion",
        "thanksgiving dinner",
        "the tournament",
        "the pep rally",
        "the recital",
        "the staff retreat",
        "the custody hearing",
        "the parent-teacher conference",
        "the lan party",
        "my cousin's wedding",
        "the awards night",
    ],
    "period": [
        "the weekend",
        "these next few days",
        "the rest of the month",
        "spring break",
        "the long weekend",
        "this last stretch",
        "the holidays",
    ],
    "n": ["two", "three", "four", "five", "six", "nine", "ten", "12"],
    "kin": ["mom", "kids", "wife", "husband", "little brother", "grandma", "dad", "family"],
}


# ============================================================================================
# How people type (the same for every label)
# ============================================================================================

_SWAPS = (
    (" you ", " u "),
    (" your ", " ur "),
    (" are ", " r "),
    (" going to ", " gonna "),
    (" because ", " bc "),
    (" i'm ", " im "),
    (" don't ", " dont "),
    (" really ", " rly "),
    (" tomorrow ", " tmrw "),
    (" right now ", " rn "),
    (" people ", " ppl "),
    (" with ", " w "),
    (" something ", " smth "),
    (" okay ", " ok "),
)

_NEAR = {"a": "s", "e": "w", "i": "u", "o": "p", "n": "b", "t": "y", "s": "d", "r": "t"}

EMOJI = ["😤", "🙃", "😭", "💀", "🙂", "👀", "😒", "🤷", "😑", "😂", "🫠", "😐", "🙏", "😮‍💨"]

POST_OPEN = _lines("""
ok so
not gonna lie
real talk
idk who else to tell this to
posting from my alt for obvious reasons
quick vent
so this happened today
long day
context: i'm 16 and live with my mom and stepdad
context: i've worked at this place for three years
ngl
throwaway account
sorry for the rant
i'm typing this on my break
english is not my first language sorry
day 40 of putting up with this
okay hear me out
i need to say this somewhere
""")

POST_CLOSE = _lines("""
anyway
that's it
idc anymore
whatever
just saying
lol
end of rant
we'll see
rant over
don't judge me
that's all
thanks for reading i guess
ok bye
i'm done talking about it
no i'm not overreacting
don't @ me
""")


def _typo(g: GenLike, text: str) -> str:
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
        w = w[:j] + _NEAR.get(w[j], w[j]) + w[j + 1 :]
    words[i] = w
    return " ".join(words)


_MASKS = (
    ("gun", ("g*n", "gvn", "g_n")),
    ("kill", ("k*ll", "ki11", "k1ll")),
    ("shoot", ("sh**t", "sh00t", "5hoot")),
    ("stab", ("st*b", "5tab", "st@b")),
    ("dead", ("d3ad", "ded", "d*ad")),
    ("die", ("d1e", "d*e")),
    ("knife", ("kn1fe", "kn*fe")),
    ("rifle", ("r1fle", "r*fle")),
    ("destroy", ("d3str0y", "destr0y")),
    ("blood", ("bl00d", "bl*od")),
)
_LEET = {"a": "4", "e": "3", "i": "1", "o": "0", "s": "5", "t": "7"}


def _leet(g: GenLike, text: str) -> str:
    """Masked and number-spelt words, as typed to get past a filter or for the look of it."""
    out = text.lower()
    for word, masks in _MASKS:
        if word in out and g.rng.random() < 0.7:
            out = out.replace(word, g.pick(masks))
    share = (0.0, 0.3, 0.6, 0.9)[g.rng.randrange(4)]
    chars: list[str] = []
    for c in out:
        chars.append(_LEET[c] if c in _LEET and g.rng.random() < share else c)
    return "".join(chars)


def _sentence_case(text: str) -> str:
    out = []
    for part in text.split("\n"):
        out.append(part[:1].upper() + part[1:])
    text = "\n".join(out)
    for a, b in ((" i ", " I "), (" i'", " I'"), ("\ni ", "\nI ")):
        text = text.replace(a, b)
    return text


def _type(g: GenLike, parts: Sequence[str], leet: float = 0.0) -> str:
    """Type a message of one or more parts: how they are joined (a run-on, sentences, lines,
    a post with an opening and a closing line), then the casing and spelling."""
    parts = [p for p in parts if p]
    r = g.rng.random()
    if r < 0.12 and len(" ".join(parts)) < 400:
        # a post: an opening line, the message, a closing line
        parts = [g.pick(POST_OPEN), *parts]
        if g.rng.random() < 0.6:
            parts.append(g.pick(POST_CLOSE))
        text = g.pick([". ", "\n", ". ", "\n\n"]).join(parts)
    elif r < 0.24:
        # lines: each clause on a line of its own
        pieces: list[str] = []
        for p in parts:
            pieces.extend(x.strip() for x in p.replace(". ", "\n").split("\n") if x.strip())
        text = "\n".join(pieces)
    else:
        text = g.pick([". ", ". ", " ", ", ", " .. ", "! ", " - "]).join(parts)
    c = g.rng.random()
    if c < 0.42:
        text = text.lower()
        if g.rng.random() < 0.4:  # a run-on: no punctuation at all
            text = text.replace(". ", " ").replace(", ", " ").replace(".", "")
    elif c < 0.62:
        text = _sentence_case(text)
        if text[-1:] not in ".?!" and g.rng.random() < 0.6:
            text += g.pick([".", ".", "!", "...", "!!"])
    elif c < 0.7:
        text = text.upper()
    if g.rng.random() < 0.3:
        padded = f" {text} "
        for a, b in _SWAPS:
            if g.rng.random() < 0.6:
                padded = padded.replace(a, b)
        text = padded.strip()
    if g.rng.random() < 0.18:
        text = text.replace("'", "")
    if leet and g.rng.random() < leet:
        text = _leet(g, text)
    if g.rng.random() < 0.1:
        text = _typo(g, text)
    if g.rng.random() < 0.14:
        text = f"{text} {g.pick(EMOJI)}"
    return text


# ============================================================================================
# Wishes: of death or injury (violence), and everyday ones (benign)
# ============================================================================================

HOPE_OPEN = [
    "i hope",
    "i really hope",
    "honestly i hope",
    "i just hope",
    "lowkey hoping",
    "praying",
    "i pray",
    "i hope to god",
    "hoping",
    "i so hope",
    "fr i hope",
    "i'm hoping",
    "my one wish is that",
    "every night i pray",
    "all i'm asking the universe is that",
    "my birthday wish this year is that",
]

WISH_OPEN = [
    "i wish",
    "i really wish",
    "honestly i wish",
    "sometimes i wish",
    "god i wish",
    "i just wish",
    "man i wish",
    "all i want is that",
]

V_HOPE = _lines("""
{t} gets flattened by a semi on {p_pos} way to {goes}
{t} goes through the windshield on the highway
{t} gets pinned under {p_pos} own car in the garage
{t} drowns at the lake this summer
{t} bleeds out somewhere nobody finds {p_obj}
{t} gets jumped outside {place} and doesn't make it
{t} gets {p_pos} skull caved in
{t} catches something slow and painful and rots
{t} is dead before {event}
{t} gets wheeled out of {place} on a stretcher {day}
{t} lands in the ER with every bone broken
{t} gets mauled by {p_pos} own dogs
{t} burns up in {p_pos} house while {p_is} asleep
{t} snaps {p_pos} neck on the ice this winter
{t} has a heart attack in the middle of {p_pos} stupid meeting and nobody helps
{t} is six feet under by {dday}
{t} gets stabbed on the train home
{t} gets electrocuted and nobody bothers calling 911
{t} is in a body bag by the weekend
{t} gets shot on {p_pos} way to {goes}
{t} never opens {p_pos} eyes again
{t} never makes it home from {goes}
{t} doesn't live to see another birthday
{t} stops breathing in {p_pos} sleep tonight
{t} gets cancer and it's the slow kind
{t} falls off the bleachers and cracks {p_pos} head open
{t} gets both {p_pos} legs broken
{t} dies alone and in a lot of pain
{t} suffers every single second until {p} dies
{t} gets beaten so bad {p_pos} own {kin} can't recognize {p_obj}
the next car {t} steps in front of doesn't brake
{ts}'s plane goes down. just {p_pos}
{t} gets crushed when that shelf in {place} finally comes down on {p_obj}
{t} chokes to death at {event}
somebody finally puts {t} in the ground
{t} ends up on life support and they pull the plug
""")

V_WOULD = _lines("""
die already
just drop dead at {p_pos} desk
wrap {p_pos} car around a pole
fall down the stairs and break {p_pos} neck
get run over in the pickup line
choke on something and die
get shot
get stabbed in a parking lot
burn to death
drown in {p_pos} pool
get hit by a train
catch a bullet
die in {p_pos} sleep
get eaten alive by {p_pos} own stupid dogs
get {p_pos} head smashed in
bleed out on the floor of {place}
get beat to death
just stop existing, like actually die
""")

V_WANT = _lines("""
i want {t} dead
i want {t} dead and in the ground
i want to see {t} in a casket
nothing would make me happier than {ts}'s funeral
i'd pay real money to watch {t} get {hurt_pp}
the day {t} dies i'm buying a cake
if {t} died tomorrow i would laugh
god if you're listening please let {t} die
{t} deserves to {deserve} and i hope {p} does
i would dance on {ts}'s grave and i hope it's soon
the world gets better the day {t} stops breathing
someday i'm going to read {ts}'s obituary and smile
""")

V_WANT_SLOTS: Slots = {
    "hurt_pp": [
        "hit by a bus",
        "stomped out",
        "run over",
        "beaten half to death",
        "shot",
        "set on fire",
        "thrown down the stairs",
    ],
    "deserve": [
        "die screaming",
        "bleed",
        "get {p_pos} face smashed in",
        "suffer for years and then die",
        "be buried alive",
        "get what happened to my dog",
    ],
    "goes": [
        "work",
        "school",
        "practice",
        "the gym",
        "church",
        "the store",
        "{p_pos} shift",
        "{p_pos} girlfriend's",
    ],
}

V_WISH_ESL = _lines("""
i wish {t} die in accident, {p} is very bad person
i am hope {t} get sick and die, really i hope this
every night i am praying that {t} will die
i want that {t} is dead. {p} make my life like hell
i wish some car hit {t} and {p} never come back
please god let {t} die soon, i cannot take it more
i hope {t} have accident on the road and not survive
i wish {t} fall and break {p_pos} head, {p} deserve
""")

B_HOPE = _tagged("""
family work | {t} gets the promotion so {p} finally relaxes a little
{t} gets home safe from {goes}, the roads are bad
{t} makes it to {event} this year
{t} gets out of the hospital by {dday}
{t} wakes up feeling better tomorrow, {p} had a fever all night
{t} never finds out about the surprise party
family roommate | {t} gets stuck in traffic so i have time to clean up before {p} gets here
{t} likes the card i made
family ex peer work | {t} lands the job in denver
family | {t} gets a new job and stops taking it out on us
family | {t} gets to see a lot more birthdays
family work teacher | {t} finally gets a real vacation
work | {t} gets transferred to another branch, we just don't click
teacher | {t} moves to the other campus next year so i get a new teacher
work | {t} gets a better schedule soon
family peer | {t} passes {p_pos} driving test on {dday}
{t} gets through the surgery okay, it's a big one
{t} recovers fast, the doctors said the knee is bad
teacher | {t} doesn't cancel practice {day}
teacher | {t} forgets about the quiz {day}
family peer | {t} never reads our group chat lol
work family | {t} gets hit with a huge bonus this year, {p} earned it
family roommate peer neighbor | {t} gets a dog so {p} stops bugging me about mine
teacher work | {t} retires soon so we get someone nicer
ex peer | {t} is doing okay honestly, we ended on bad terms
ex | {t} finds someone who actually makes {p_obj} happy
work | {t} gets stuck in meetings all {dday} so we can work in peace
{t} breaks a leg at opening night
work | {t} takes a long lunch {day}
teacher | {t} calls in sick {day} so we get a sub
peer online | {t} gets knocked out of the bracket early so i have a chance
family teacher | {t} is too busy {day} to check my homework lol
work | {t} gets swamped and forgets i was late
teacher work | {t} lets us go early before {event}
{t} gets the help {p} needs, {p_was} really not okay last week
family roommate | {t} doesn't find out i dented the car before i fix it
online | {t} goes live again soon, the streams have been dead
neighbor | {t} gets {p_pos} heat fixed too, the whole building is freezing
""")

# Wishes that fit after a grievance: for something to change, or for a small comeuppance.
B_HOPE_AFTER = _tagged("""
{t} gets caught for once and has to explain {p_self}
{t} gets a taste of {p_pos} own medicine, like a really awkward meeting
karma gets {t} with a parking ticket or something
{t} has to sit through a whole day of people doing that to {p_obj}
{t} finally realizes how that felt
{t} gets called out in front of everyone for once
{t} loses {p_pos} voice for a day lol
family | {t} gets grounded by grandma for once lol
family | {t} gets a new job and stops taking it out on us
teacher work | {t} retires soon so we get someone nicer
teacher | {t} moves to the other campus next year so i get a new teacher
teacher | {t} gets a talking-to from the principal
work | {t} gets transferred to another branch, we just don't click
work | {t} gets written up by {p_pos} own boss
peer | {t} gets detention for once
peer online | {t} gets knocked out of the bracket early
ex | {t} finds someone else to bother
ex | {t} moves to another state and forgets my number
landlord | {t} gets fined by the city
roommate neighbor | {t} moves out by summer
neighbor | {t} gets a noise ticket
online | {t} gets banned for real this time
""")

B_WOULD = _tagged("""
family | find a different job, {p} hates it there
family | move to florida like {p} keeps threatening
family landlord | fix the sink for once
family | let me sleep in on weekends
family teacher | get off my back about my grades
family peer ex | just talk to me like a normal person
family | come to one of my games for once
family | quit smoking
family | put {p_pos} phone down at dinner
family work teacher | take a vacation
family peer ex online | finally apologize
family | get a new car, that one is falling apart
teacher | give us a study guide
teacher | curve the test
teacher work | retire already
teacher | stop assigning homework over break
teacher | let us use notes on the final
teacher work | learn how to use email properly
peer ex online landlord roommate neighbor | stop texting me
peer ex | leave me alone for one day
peer | pick a different lab partner
peer ex | give my hoodie back
peer | sit somewhere else at lunch
peer | stop copying my homework
ex | move on already
ex | return my stuff so i can stop thinking about it
work | stop micromanaging every little thing
work | stop calling me at 11pm about the schedule
work | get transferred somewhere else
work | go back to {p_pos} old job, {p_was} nicer there
work | approve my time off
landlord | give me my deposit back
neighbor roommate | turn the music down after midnight
roommate | clean the kitchen once in {p_pos} life
roommate | move out already
online | unban me already
online | stick to one stream schedule
online | stop taking a video game so seriously
""")

B_WANT = _tagged("""
work peer online | i want {t} off my team so badly
family peer ex | i want to see {t} at {event}, it's been forever
teacher work | nothing would make me happier than {ts}'s retirement party
i'd pay real money to watch {t} try karaoke
teacher work | the day {t} retires i'm buying a cake
work | if {t} quit tomorrow i would laugh and then apply for {p_pos} job
teacher work | god if you're listening please let {t} give us an extension
{t} deserves to {deserve_ok} and i hope {p} gets it
family peer work | i would dance at {ts}'s wedding, no question
work | the office gets better the day {t} moves to the other building
someday i'm going to read {ts}'s name in the paper for something great
roommate neighbor | the day {t} moves out i'm buying a cake
""")

B_WANT_SLOTS: Slots = {
    "deserve_ok": [
        "have a better week",
        "lose for once",
        "take a long vacation",
        "sleep for a whole weekend",
        "get caught for once",
        "get a reality check",
        "take a break honestly",
    ],
}

B_WISH_ESL = _tagged("""
teacher work | i wish {t} give me more time for the project, is too much
i hope {t} get better soon from {p_pos} sickness
work | every night i am praying that {t} will give me day off
work | i want that {t} change my shift, is too late for me
teacher | please god let {t} not give test tomorrow, i am not ready
i hope {t} have good trip to {p_pos} country and come back safe
i wish {t} understand me more, my english is not so good
work teacher | i hope {t} will not be angry when i say i quit
landlord | i wish {t} fix the heater, we are very cold here
""")


def _wish(g: GenLike, violent: bool) -> tuple[str, str]:
    person, domain = _person(g)
    lead = _grievance(g, person, domain) if g.rng.random() < 0.45 else ""
    slots = {**WHEN_SLOTS, **V_WANT_SLOTS, **B_WANT_SLOTS, **(_again(person) if lead else person)}
    if violent:
        hope, would, want, esl = V_HOPE, V_WOULD, V_WANT, V_WISH_ESL
    elif lead:  # after a grievance: for something to change, never for harm
        hope, would = _for(B_HOPE_AFTER, domain), _for(B_WOULD, domain)
        want, esl = [f"i just want {{t}} to {v}" for v in would], _for(B_WISH_ESL, domain)
    else:
        hope, would = _for(B_HOPE, domain), _for(B_WOULD, domain)
        want, esl = _for(B_WANT, domain), _for(B_WISH_ESL, domain)
    r = g.rng.random()
    if r < 0.42:
        core, sub = g.fill(f"{g.pick(HOPE_OPEN)} {g.pick(hope)}", slots), "hope"
    elif r < 0.66:
        core, sub = g.fill(f"{g.pick(WISH_OPEN)} {{t}} would {g.pick(would)}", slots), "would"
    elif r < 0.88:
        core, sub = g.fill(g.pick(want), slots), "want"
    else:
        core, sub = g.fill(g.pick(esl), slots), "esl"
    tail = g.pick(WISH_TAIL) if g.rng.random() < 0.25 else ""
    return _type(g, [lead, core, tail]), sub


WISH_TAIL = _lines("""
i'm not even kidding
i mean that
is that bad
sorry not sorry
i said what i said
that's my honest wish
amen
and i'd be fine with it
for real
no one can tell me otherwise
""")


def v_wish(g: GenLike) -> tuple[str, str]:
    return _wish(g, violent=True)


def b_wish(g: GenLike) -> tuple[str, str]:
    return _wish(g, violent=False)


# ============================================================================================
# Veiled threats (violence) and the same shapes as notices with their reason (benign)
# ============================================================================================
#
# Six shapes, each written twice: an end date for someone, a warning to keep away from a
# place at a time, a list of names, everyone will be sorry, I know where and when, and
# wait and see. The benign twins give the reason (a retirement, floors being refinished, a
# secret santa list, a talent show, a card to hand over, a robotics trophy).

V_VEILED: dict[str, list[str]] = {
    "end_date": _lines("""
{t} has no idea this is {p_pos} last {span}
{ts} better make the most of {period}, after that it's over for {p_obj}
{t} is not going to be here for {event}, i'm making sure of that
counting it down: {n} more days of {t} breathing
{t} gets {n} more days. that's all {p} gets
mark it down, {day} is the last time anybody sees {t}
after {dday} nobody has to put up with {t} ever again, and not because {p} quit
{t} used up {p_pos} last chance and doesn't even know it yet
{t} should say everything {p} needs to say to {p_pos} {kin} tonight
{t} is running out of mornings
last {span} for {t}. after that, lights out
{t} won't be showing up to {place} after {dday}. not ever
{t} thinks {p_is} getting {future}. {p} isn't
you've got until {dday}{tv}. use it well
make the most of {period}{tv}. you're not getting another one
call your {kin} tonight and say whatever you need to say
how does it feel knowing you have {n} days left
{day} is your last {span} and you don't even know it
get your affairs in order before {dday}
"""),
    "stay_away": _lines("""
stay out of {place} {day}. i'm not going to explain
if you're smart you'll skip {place} on {dday} and i'm saying nothing else
tell your {kin} to stay home {day}. trust me on this one
whatever you do, don't be in {place} around {clock} {day}
anyone i actually like, keep away from {place} {day}
i'd call in sick {day} if i were you, especially if you sit near {ts}
steer clear of {place} {day}. i don't want you there when it happens
don't sit anywhere near {t} at {event}. you'll thank me
{day} around {clock}, {place} is not where you want to be
if you care about me at all you'll skip {event}
find somewhere else to eat lunch {day}. not {place}
my real friends already know not to come in {day}
"""),
    "list": _lines("""
i've got a list. {t} is on top and {t2} is right under
wrote down every name. {ts}'s is underlined twice
the list is finished. {n} names. {t} knows what {p} did
i keep a list in my notes app and {t} just moved up to number one
{t}, {t2} and a couple others. they know what they did
everyone on my list is going to find out {day}
crossed {t2} off the list. {t} is still on it for {dday}
{n} names on the paper in my drawer, {ts}'s is the first one
"""),
    "sorry": _lines("""
every one of them is going to be sorry {day}, {t} most of all
they laughed at me. after {dday} nobody's laughing
{t} and all {p_pos} little friends will regret everything on {dday}
after {dday} they'll never forget my name
people are going to be talking about {place} for years after {dday}
{day} it all gets evened out. every last bit of it
{t} will wish {p} had been nicer to me. {day} {p_ll} understand
they're all going to be so sorry and {t} won't even get to be
"""),
    "know_where": _lines("""
i found out where {t} lives now. {p} thinks moving fixed it
i know which door {t} leaves through after {p_pos} shift
i know what time {t} takes {p_pos} dog out, same time every night
been watching {ts}'s house. {p} leaves at 7:10 every morning, alone
i know the exact spot {t} leaves {p_pos} car at work. nobody's around there after dark
{t} doesn't know i have {p_pos} new address
i know {ts}'s route home and where the streetlights are out
i know which window is {ts}'s kid's room
"""),
    "wait": _lines("""
just wait for {dday}. everyone's going to see
keep your eyes on {place} {day}
{day} is going to be on the news. remember i told you first
wait and see what happens to {t} {day}
{t} has no clue what's coming {day}. nobody does
you'll all understand on {dday}
"""),
}

V_VEILED_SLOTS: Slots = {
    "span": ["week", "shift", "payday", "day at this school", "weekend", "practice", "semester"],
    "future": [
        "a retirement party",
        "to see christmas",
        "to finish the season",
        "a summer break",
        "to walk out of here in june",
        "old",
    ],
}

B_NOTICE: dict[str, list[str]] = {
    "end_date": _lines("""
this is {ts}'s last {span} with us, {p_is} {leaving}
{t} won't be here past {dday}, {p_is} {leaving}
{t} gets {n} more days with us and then {p_is} {leaving}, i'm gonna cry
counting it down: {n} more days of {ts}'s class and then it's summer
mark it down, {day} is {ts}'s farewell lunch, bring a card
{t} is out for the season, {injury}
{t} used up {p_pos} last sick day and it's only march
{t} should call {p_pos} {kin} tonight, it's their anniversary
make the most of {period}, {restart}
last {span} before {restart2}
{t} won't be showing up to {place} after {dday}, {p} switched {switch}
you've got until {dday} to turn it in{tv}. use it well
{day} is your last {span} before vacation right
get your stuff in order before {dday}, the movers come at 8
how does it feel knowing you have {n} days left before you graduate
{t} thinks {p_is} getting a retirement party. {p_is} getting a surprise trip too
"""),
    "stay_away": _lines("""
stay out of {place} {day}, {reason}
skip {place} on {dday} if you can, {reason}
tell your {kin} to stay home {day}, the roads are going to be solid ice
whatever you do, don't be in {place} around {clock} {day}, {reason}
steer clear of {place} {day}, i mean it, {reason}
don't sit anywhere near {t} at {event}, {p} {sits}
{day} around {clock}, {place} is not where you want to be, {reason}
find somewhere else to eat lunch {day}, {reason}
i'd call in sick {day} if i were you, {ts} is doing surprise inventory
my real friends already know not to come in {day}, {reason}
"""),
    "list": _lines("""
i've got a list for {event}. {t} is on top and {t2} is right under
wrote down every name for secret santa, {ts}'s is underlined twice because {p} always forgets
the list is finished. {n} names. {t} already said {p_ll} bring chips
i keep a list of who owes me money and {t} just moved up to number one lol
{t}, {t2} and a couple others are presenting {day}
everyone on the list gets their results {day}
the carpool list for {event} is done, {t} drives first
{n} names on the signup sheet for {event}, {ts}'s is the first one
"""),
    "sorry": _lines("""
every one of them is going to be sorry they missed {event}
they laughed at my dance. {day} i'm doing it at the talent show
after the recital {day} they'll never forget my name lol
{t} and {p_pos} friends will regret skipping the review session
{day} the whole grade finds out i got into {college}
{t} will wish {p} had tried the cake. {day} {p_ll} understand
they're all going to be so sorry they doubted my fantasy picks
people are going to be talking about {place} for years after the senior prank {day}
"""),
    "know_where": _lines("""
i found out where {t} lives now, sending {p_obj} a housewarming plant
i know which door {t} uses after {p_pos} shift, i'll catch {p_obj} there with the card
i know what time {t} takes {p_pos} dog out, i'll ask about the puppy then
i know the exact spot {t} parks at work, i'll leave {p_pos} keys on the windshield
{t} doesn't know i have {p_pos} new address. the care package is in the mail
i know {ts}'s route home, i'll drop the charger off on my way
"""),
    "wait": _lines("""
just wait for {dday}. everyone's going to see my science fair project
keep your eyes on {place} {day}, the seniors are doing a flash mob
{day} is going to be on the news, our robotics team made state
wait and see what happens {day} when they announce prom court
{t} has no clue what's coming {day}, the whole team chipped in for {p_pos} gift
you'll all understand on {dday} when the trailer drops
"""),
}

B_NOTICE_SLOTS: Slots = {
    "injury": [
        "tore {p_pos} acl",
        "broke {p_pos} wrist in the scrimmage",
        "bad concussion",
        "surgery on {p_pos} shoulder",
        "stress fracture in {p_pos} foot",
    ],
    "restart": [
        "finals start monday",
        "the pool closes after labor day",
        "school starts on the 27th",
        "the new manager starts in two weeks",
        "the audit starts right after",
        "tryouts are after that",
    ],
    "restart2": ["midterms", "the busy season", "the new semester", "tax season", "the audit"],
    "switch": ["schools", "jobs", "sections", "shifts", "gyms"],
    "reason": [
        "they're refinishing the floors",
        "they're spraying for roaches",
        "it's picture day chaos",
        "the ac is dead and it's like 95 in there",
        "there's a fire drill at {clock}",
        "half the people there have the flu",
        "the inspectors are there all day",
        "it flooded in the storm",
        "the power's off for repairs",
        "there's a field trip coming through",
        "they're filming some commercial in there lol",
        "they're testing the alarms all morning",
        "the seniors are doing their prank",
        "they're re-tiling the whole thing",
    ],
    "sits": ["has the flu", "talks through the whole thing", "brings tuna every time", "kicks"],
    "college": ["state", "the nursing program", "my first choice", "the art school"],
}

LEAVING = _tagged("""
moving to Tucson
moving back to Manila
teacher work | retiring
teacher work | going on maternity leave
teacher work | taking a job in Seattle
work | transferring to the Dayton branch
work roommate | switching to nights
peer family | starting college
peer | graduating early
peer | transferring to the magnet school
roommate neighbor landlord | selling the place
""")

VEILED_TAIL = _lines("""
that's all
consider yourself told
i'm not saying it twice
remember i said this
not joking
you heard it here first
believe me
""")


def _notice(g: GenLike, pools: dict[str, list[str]], slots: Slots,
            domains: Sequence[str] = DOMAINS) -> tuple[str, str]:  # fmt: skip
    person, domain = _person(g, domains)
    kind = g.pick(["end_date", "end_date", "stay_away", "stay_away", "list", "sorry",
                   "know_where", "wait"])  # fmt: skip
    lead = _grievance(g, person, domain) if g.rng.random() < 0.35 else ""
    tail = g.pick(VEILED_TAIL) if g.rng.random() < 0.2 else ""
    all_slots = {
        **WHEN_SLOTS,
        **V_VEILED_SLOTS,
        **slots,
        "leaving": _for(LEAVING, domain),
        **(_again(person) if lead else person),
    }
    core = g.fill(g.pick(pools[kind]), all_slots)
    return _type(g, [lead, core, tail]), kind


def v_veiled(g: GenLike) -> tuple[str, str]:
    return _notice(g, V_VEILED, {})


def b_notice(g: GenLike) -> tuple[str, str]:
    domains = ("family", "teacher", "peer", "work", "landlord", "roommate", "neighbor")
    return _notice(g, B_NOTICE, B_NOTICE_SLOTS, domains)


# ============================================================================================
# Conditionals: a violent consequence (violence), a block, a complaint, a move (benign)
# ============================================================================================

COND_FRAME = _lines("""
if {t} {prov} {cons}
the next time {t} {prov} {cons}
{t} {prov} again and {cons}
i swear to god if {t} {prov} {cons}
i swear if {t} {prov} again {cons}
let {t} try it one more time. {cons}
one more {slip} from {t} and {cons}
if {t} really {prov} {cons}
if {t} {prov} i promise {cons}
if {t} {prov} one more time {cons}
""")

COND_EVENT = _lines("""
if {t} shows up at {event} {econs}
if {t} comes to {event} {econs}
if {t} so much as walks into {event} {econs}
{t} better not come to {event}. if {p} does, {econs}
""")

COND_YOU = _lines("""
if you {prov2} again {cons2}
you {prov2} one more time and {cons2}
one more {slip} out of you and {cons2}
try it again{tv}. {cons2}
go ahead and {prov2}{tv}. {cons2}
""")

PROV = _tagged("""
posts that picture
touches my stuff
tells anyone what happened
laughs at me in front of everyone
teacher peer ex work landlord roommate neighbor online | talks about my mom
teacher | gives me detention
teacher | fails me on another test
teacher | calls my parents
teacher family | takes my phone
family | kicks me out
family | reads my diary
family | grounds me
family | yells at my little brother
family | brings up my grades at dinner
peer | texts my girlfriend
peer ex | comes near my house
peer | reports me
peer | brings up my dad
peer family | lays a hand on my little brother
ex | tries to take the kids from me
ex | texts my new girlfriend
ex landlord neighbor roommate | calls the cops on me
work | writes me up
work | puts me on closing
work | cuts my hours
work peer online | reports me
work | talks down to me in the meeting
landlord | keeps my deposit
roommate landlord | comes into my room
landlord | raises the rent
neighbor roommate | parks in my spot
roommate | eats my food
neighbor | calls the HOA on me
online | bans me
online | throws the game
""")

PROV2 = _tagged("""
post that picture
touch my stuff
tell anyone what happened
laugh at me like that
say one more thing about me
teacher | give me detention
teacher family | call my parents
family teacher | take my phone
family | read my diary
peer | text my girlfriend
peer ex | come near my house
peer family | go near my little brother
ex | try to take the kids
work | write me up
work | cut my hours
roommate landlord | come into my room
landlord | keep my deposit
online | ban me
online peer work | report me
""")

SLIP = ["word", "dirty look", "comment", "text", "snide remark", "comment about my mom"]

V_CONS = [
    "i'm coming for {p_obj} with something in my bag, and it isn't a present",
    "{p_is} finished. for good",
    "{p_ll} be leaving in a body bag",
    "{p_ll} be picking {p_pos} teeth up off the floor",
    "{p_ll} be eating through a straw for a month",
    "i'm putting {p_obj} through the drywall",
    "{p_ll} need paramedics",
    "that's the last thing {p_ll} ever do",
    "{p} won't make it back to {p_pos} car",
    "{p_ll} be the one in the hospital, not me",
    "i'm ending {p_obj}",
    "i'm getting the bat out of my trunk",
    "i'm going to cut {p_obj}",
    "i bring the gun. simple as that",
    "{p_pos} {kin} will be picking out a coffin",
    "i'll break every finger on {p_pos} hands",
    "{p_is} done, and i mean done breathing",
    "i'll put {p_obj} in the ground",
    "i'm going to make {p_obj} bleed",
    "i'm showing up at {p_pos} house at night and {p_ll} see",
    "{p} leaves {place} on a stretcher",
    "i swear {p} won't walk again",
    "that's it for {p_obj}, no ambulance gets there fast enough",
]

V_ECONS = [
    "i'm coming with something in my bag, and it isn't a present",
    "{p} goes home in an ambulance",
    "{p_ll} never leave the parking lot",
    "i'm bringing my dad's gun and that's the end of it",
    "that's where it ends for {p_obj}",
    "they'll be cleaning {p_obj} off the floor",
    "i'm waiting outside with the bat",
]

V_CONS2 = [
    "you're leaving in a body bag",
    "you'll be picking your teeth up off the floor",
    "i'm coming with something in my bag and it isn't a present",
    "you won't make it back to your car",
    "you need to start picking out a coffin",
    "i'll put you in the ground",
    "i'm going to make you bleed",
    "i'm showing up at your house at night",
    "you leave on a stretcher",
    "i'll break every bone in your face",
    "that's the last thing you ever do",
    "i bring the gun",
]

B_CONS = _tagged("""
{p_is} done, blocked on everything
i'm muting {p_obj} for good
i'm unfollowing {p_obj}
that's the last favor i ever do for {p_obj}
i'm changing my number
i'm writing it all down and reporting it
i'm leaving, i don't need this
peer ex | {p_is} finished as my friend
peer ex online | {p_is} done. blocked, deleted, gone
ex | we're over for real this time
ex landlord work | i'm calling a lawyer
work | i'm going straight to HR
work | i'm putting in my two weeks
work | i'm starting to look for another job
work | i'm bringing my union rep to the next meeting
family roommate landlord | i'm moving out, i swear
family | i'm moving out the day i turn 18
family | i'm going to grandma's for the weekend
family | i'm buying a cheap burner phone lol
family | i'm shaving my head just to spite {p_obj}
landlord | i'm taking it to the tenant board
neighbor | i'm complaining to the HOA
neighbor roommate | i'm calling the non-emergency line
teacher | i'm filing a complaint with the district
teacher | i'm switching to the other section
teacher peer | i'm telling the counselor
teacher | i'm quitting the team
teacher peer family | i'm telling mom
online | i'm reporting it to the mods
online | i'm leaving the server
""")

B_ECONS = [
    "i'm leaving early",
    "i'm bringing my camera, {p} never comes to anything",
    "i'm coming with a card and a cake, it's {p_pos} birthday",
    "i'm sitting at the other end of the room",
    "i'm going to say hi, it's been years",
    "i'm not going",
    "i'm bringing my mom as backup lol",
]

B_CONS2 = _tagged("""
you're blocked on everything
i'm muting you for good
that's the last favor i ever do for you
i'm changing my number
i'm reporting it
i'm leaving the group chat
peer ex | we're done being friends
work | i'm going straight to HR
work | i'm putting in my two weeks
family | i'm moving out the day i turn 18
family teacher | i'm telling the counselor
ex landlord | i'm calling a lawyer
online | i'm leaving the server
""")


def _conditional(g: GenLike, violent: bool) -> tuple[str, str]:
    person, domain = _person(g)
    lead = _grievance(g, person, domain) if g.rng.random() < 0.35 else ""
    slots = {
        **WHEN_SLOTS,
        **(_again(person) if lead else person),
        "prov": _for(PROV, domain),
        "prov2": _for(PROV2, domain),
        "slip": SLIP,
        "cons": V_CONS if violent else _for(B_CONS, domain),
        "econs": V_ECONS if violent else B_ECONS,
        "cons2": V_CONS2 if violent else _for(B_CONS2, domain),
    }
    r = g.rng.random()
    frames, sub = (
        (COND_YOU, "you") if r < 0.3 else (COND_EVENT, "event") if r < 0.5 else (COND_FRAME, "they")
    )
    core = g.fill(g.pick(frames), slots)
    tail = g.pick(VEILED_TAIL) if g.rng.random() < 0.15 else ""
    return _type(g, [lead, core, tail]), sub


def v_conditional(g: GenLike) -> tuple[str, str]:
    return _conditional(g, violent=True)


def b_conditional(g: GenLike) -> tuple[str, str]:
    return _conditional(g, violent=False)


# ============================================================================================
# Time, place, weapon: short test-case threats (violence) and games, ranges, stages (benign)
# ============================================================================================

T_SLOTS: Slots = {
    "time": [
        "tomorrow at 8",
        "friday at noon",
        "monday morning",
        "tonight at 11",
        "right after the staff meeting",
        "at 7:45 sharp",
        "during lunch",
        "before first bell",
        "right after dismissal",
        "at shift change",
        "sunday after church",
        "on the 14th",
        "thursday at 3:30",
        "when you get off work",
        "saturday morning",
        "at the end of the game",
    ],
    "yplace": [
        "your office",
        "your house",
        "your apartment",
        "your classroom",
        "your desk",
        "your front door",
        "your kid's school",
        "your job",
        "your mom's place",
    ],
    "place": [
        "the front office",
        "the assembly",
        "the staff meeting",
        "the loading dock",
        "the cafeteria",
        "the parking garage",
        "the pep rally",
        "the warehouse",
        "the break room",
        "the PTA meeting",
        "graduation practice",
        "the church lot",
        "the bus loop",
        "the courthouse",
    ],
    "weapon": [
        "my dad's 12 gauge",
        "a loaded glock",
        "grandpa's rifle",
        "a machete",
        "an aluminum bat",
        "my knife",
        "a can of gas",
        "a box cutter",
        "brass knuckles",
        "the AR from the safe",
        "a hammer",
        "my brother's pistol",
        "a tire iron",
        "the sawed-off",
        "a 9mm",
    ],
    "slang_w": ["the strap", "the blick", "the pole", "my switch", "the stick", "the chop"],
}

V_TESTCASE = _lines("""
{time} i'll be at {yplace} with {weapon}
{time} i'm walking into {place} with {weapon}
i'll be parked right next to your car {time}. {weapon} on the passenger seat
{weapon} is loaded and in my trunk. {time}. {place}
see you at {yplace} {time}. i'll have {weapon}
bringing {weapon} to {place} {time}. {t} is first
{time}, {place}, {weapon}. you were warned
{t} gets it {time} at {place}. {weapon} is ready
i have {weapon} and {ts}'s schedule. {time}
when {t} walks into {place} {time} i'll be there with {weapon}
i'm going to shoot {t} {time} at {place}
{time} i'm stabbing {t} at {place}
i'll be at {yplace} {time} and i'm not coming to talk
{weapon} goes in my backpack {time}. {place} is going to find out
gonna pull up on {ts} at {place} {time}, {slang_w} on me
we sliding on {ts} {time}, no cap
catch {ts} lacking at {place} and it's over
{ts} finna be on a shirt by {time}
ima air out {ts}'s car {time}
run up on {ts} at {place} {time} with {slang_w}
got {slang_w} tucked, {ts} gonna learn {time}
{time} i smoke {ts}. {place}. bet
{t} is going to catch these hands and a bullet {time}
we pulling up to {ts}'s crib {time} with {slang_w}
""")


def v_testcase(g: GenLike) -> tuple[str, str]:
    person, domain = _person(g)
    lead = _grievance(g, person, domain) if g.rng.random() < 0.2 else ""
    core = g.fill(g.pick(V_TESTCASE), {**T_SLOTS, **(_again(person) if lead else person)})
    return _type(g, [lead, core], leet=0.28), "testcase"


PLAY = _lines("""
{time} i'll be at {range} with {hweapon}, finally got my hunting license
deer season opens {day}, me and my {rel} are taking his rifle up to the stand at 5am
bringing my paintball marker to {pb} {time}, who's on my team
{time}, {pb}, {pb_gear}. losers buy wings
gonna pull up on {ts} in {game} {time}, {p_is} getting wrecked
we pulling up to {pb} {time}, bring your own mask
i'll be camping the {map_spot} with the sniper {time}, {ts} won't know what hit {p_obj}
at rehearsal {time} i have to point the prop pistol at {t} in act two, any tips
for the play i'm the butler who carries the fake knife into the ballroom scene
history homework: {hist}
writing prompt for english: {prompt}
in {game} i bring the shotgun to every fight lol
got my hunter safety card today, my {rel} is taking me to {range} {time} with his .22
skeet shooting with {ts} {time}, {p_pos} shotgun kicks so hard
me vs {t} in {game} {time}. i'm going to destroy {p_obj}
airsoft {time} at {pb}, bringing my m4 replica and like 3000 bbs
dnd {time}, my rogue is bringing two daggers and a grudge against the innkeeper
laser tag at the mall {time}, {ts} is going down
sparring with {ts} {time}, going to try to land that left hook finally
fencing tournament {time}, i'm bringing the new foil
the kitchen knife scene for our film is {time}, somebody bring the fake blood
nerf war at {ts}'s house {time}. i'm bringing the big blaster
{ts} and i are going to {range} {time}, {p} has {p_pos} permit and the range officer knows us
bringing {hweapon} to the hunter ed class {time}, unloaded and cased like they said
{time} at {range}, {sg}, two boxes of clay pigeons. can't wait
pull up on {ts} {time} in {game}, {p} owes me a 1v1
we sliding into {game} {time}, {ts} gonna get clapped lol
catch {ts} lacking in the {map_spot} and it's over, the new map is so good
we're going to bury {school} {day}, the whole team is locked in
{ts} is getting eliminated in the first round of {game} {time}, calling it now
""")

PLAY_SLOTS: Slots = {
    "time": [t for t in T_SLOTS["time"] if "you" not in t] + ["after school", "this weekend"],
    "range": ["the range", "the gun club", "the county range", "the trap field", "the lease"],
    "hweapon": [
        "my dad's 12 gauge",
        "grandpa's rifle",
        "my new bow",
        "the .243",
        "my crossbow",
        "the 20 gauge",
    ],
    "rel": ["uncle", "dad", "grandpa", "stepdad", "older cousin"],
    "sg": ["my dad's 12 gauge", "the 20 gauge", "grandpa's over-under", "my new shotgun"],
    "pb": ["the paintball field", "splat park", "the airsoft arena", "the woods behind the rec"],
    "pb_gear": ["paintball guns", "markers and masks", "airsoft rifles", "nerf blasters"],
    "game": ["ranked", "smash", "fortnite", "valorant", "warzone", "rocket league", "halo"],
    "map_spot": ["tower", "bridge", "warehouse", "sniper ledge", "spawn", "mid"],
    "hist": [
        "why did the assassin pick the theater, and when did he get there",
        "what time did the archduke's car take the wrong turn in sarajevo",
        "why the gunpowder plot aimed at the opening of parliament",
        "what weapons were carried at lexington and concord",
        "how did caesar's killers plan the ides of march",
        "describe the route of the motorcade in dallas",
    ],
    "prompt": [
        "a letter arrives that says meet me at the old mill at midnight, come alone",
        "write the scene where the detective finds a gun in the piano",
        "your character wakes up with a sword and no memory",
        "a villain leaves a single black feather on the mayor's desk",
        "the heist crew meets at the docks at 4am, write what goes wrong",
    ],
    "school": ["central", "westfield", "the eagles", "st. mary's", "north"],
}


def b_play(g: GenLike) -> tuple[str, str]:
    person, _ = _person(g, ("family", "peer", "work", "online"))
    slots = {**WHEN_SLOTS, **T_SLOTS, **PLAY_SLOTS, **person}
    core = g.fill(g.pick(PLAY), slots)
    tail = g.pick(PLAY_TAIL) if g.rng.random() < 0.3 else ""
    return _type(g, [core, tail], leet=0.2), "play"


PLAY_TAIL = _lines("""
so hyped
who's in
wish me luck
gg in advance
can't wait
bring snacks
first time doing this
any advice
""")


# ============================================================================================
# First-person intent to injure (violence); idioms and harmless "i'm going to" (benign)
# ============================================================================================

MODAL = [
    "i'm going to",
    "im gonna",
    "i will",
    "i swear to god i'll",
    "i've decided. i'm going to",
    "i'm really going to",
    "no joke i'm gonna",
    "i'm gonna go over there and",
    "i am going to",
    "watch me",
    "i promise you i will",
    "i'm about to",
    "i'm finally going to",
]

WHEN_ACT = [
    "",
    "",
    "",
    "tomorrow",
    "at practice",
    "after the meeting",
    "when {p} gets home",
    "on monday",
    "the second {p} walks in",
    "after school",
    "at the game",
    "tonight",
    "before {p_pos} shift ends",
]

WHEN_PLAIN = ["", "", "tomorrow", "tonight", "on monday", "this weekend", "after school", "friday"]

V_ACT = _lines("""
break {ts}'s jaw
hurt {t} so bad {p} needs crutches for the rest of the year
leave {t} lying in a puddle of {p_pos} own blood
beat {t} until {p} stops moving
stab {t}
put {t} in a wheelchair
cave {ts}'s face in
choke {t} till {p} goes limp
smash {ts}'s head into the lockers
run {t} over in the parking lot
end {t}
make {t} bleed
break every bone in {ts}'s hands
knock {ts}'s teeth out
split {ts}'s head open
shoot {t}
hurt {t} way worse than {p} ever hurt me
make sure {t} never walks right again
burn {ts}'s house down with {p_obj} inside
drag {t} out of {p_pos} car and stomp {p_obj}
hit {t} with my car
put {t} in the hospital
""")

V_INTENT_TAIL = _lines("""
i'm dead serious
i already know how
i've got it all planned out
nobody's stopping me
i'm not even angry anymore, i just decided
and i won't feel bad about it
i've been thinking about it for weeks
this isn't a vent
i mean it this time
and i don't care what happens to me after
""")

V_INTENT_ESL = _lines("""
i will go to {ts}'s house and hit {p_obj} until {p} cannot stand up
tomorrow i am going to hurt {t} very bad, i am serious
i will kill {t}, i am not joking about this
i am going to wait {t} after work and beat {p_obj}
next time {p} say this to me i will stab {p_obj}
""")

B_ACT = _lines("""
hurt {ts}'s feelings if i tell {p_obj} the truth about {p_pos} haircut
break {ts}'s record in the 400
end {ts}'s winning streak in chess club
make {t} cry at my speech, it's so sweet
knock {t} out of the bracket
beat {t} at mario kart for once
destroy {t} in the debate
kill it at the {perform}
crush this {task}
murder this {task}
smash my personal best at the meet
bury myself in flashcards
go ham on this take home exam
blow {t} away with the {perform}
steal {ts}'s spot as first chair
surprise {t} at the airport
make {t} pay me back the twenty bucks
knock out this whole essay
""")

B_IDIOM = _lines("""
{t} is going to kill me when {p} sees my grade
the {task} wrecked me, i'm dead
my feet are killing me after that double shift
this spreadsheet is going to be the death of me
we slayed the {task}
i'd kill for a nap right now
{ts}'s pop quiz murdered the whole class
i literally died when {t} tripped over the mic cord
that workout destroyed me, can't feel my legs
break a leg at the audition {day}
{t} is going to murder me, i forgot the slides
i'm dying to know what {t} said about me
we're going to knock 'em dead at regionals
i could strangle this printer honestly
this traffic is killing me, i'm going to be late to {place}
{t} roasted me so bad in the group chat i'm deceased
{t} absolutely destroyed me in the {task} lol
if i fail this {task} my mom will bury me alive
that {task} was a massacre, half the class got a D
""")

B_IDIOM_SLOTS: Slots = {
    "perform": ["showcase", "spring concert", "talent show", "audition", "open mic", "pitch"],
    "task": [
        "interview",
        "presentation",
        "chem final",
        "calc test",
        "group project",
        "performance review",
        "driving test",
        "history quiz",
    ],
}

B_IDIOM_TAIL = _lines("""
wish me luck
lol
pray for me
i'm so ready
no sleep tonight
let's go
haha
""")


def _act(g: GenLike, acts: Sequence[str]) -> str:
    """``i'm going to`` and an act, with a when if the act is short and has no person in it
    or only one."""
    act = g.pick(acts)
    if "," not in act and len(act.split()) <= 5:
        act = f"{act} {g.pick(WHEN_ACT if '{t' in act else WHEN_PLAIN)}"
    return f"{g.pick(MODAL)} {act}"


def v_intent(g: GenLike) -> tuple[str, str]:
    person, domain = _person(g)
    lead = _grievance(g, person, domain) if g.rng.random() < 0.45 else ""
    slots = {**WHEN_SLOTS, **(_again(person) if lead else person)}
    if g.rng.random() < 0.12:
        core, sub = g.fill(g.pick(V_INTENT_ESL), slots), "esl"
    else:
        core, sub = g.fill(_act(g, V_ACT), slots), "intent"
    tail = g.pick(V_INTENT_TAIL) if g.rng.random() < 0.4 else ""
    return _type(g, [lead, core.strip(), tail]), sub


def b_idiom(g: GenLike) -> tuple[str, str]:
    person, _ = _person(g, ("family", "teacher", "peer", "ex", "work"))
    slots = {**WHEN_SLOTS, **B_IDIOM_SLOTS, **person}
    if g.rng.random() < 0.5:
        core, sub = g.fill(_act(g, B_ACT), slots), "going_to"
    else:
        core, sub = g.fill(g.pick(B_IDIOM), slots), "idiom"
    tail = g.pick(B_IDIOM_TAIL) if g.rng.random() < 0.35 else ""
    return _type(g, [core.strip(), tail], leet=0.06), sub


# ============================================================================================
# benign: anger with no threat, ending in something harmless
# ============================================================================================

ANGER = _lines("""
i'm so mad at {ts} i'm literally shaking
i'm beyond furious
i want to throw my phone across the room
i'm seeing red right now
i hate {p_obj} so much right now
i've never been this angry at anyone in my life
i'm fuming
i punched my pillow like ten times
i'm so done with {p_obj}
{p_is} the worst person i know
i cried in the car from how angry i was
I HATE {p_obj}
i had to walk out of the room before i said something i'd regret
my hands are still shaking
i can't even look at {p_obj}
i am very angry with {p_obj}, really very angry
""")

INSTEAD = _tagged("""
not doing anything dumb, just needed to vent
hitting the gym to blow off steam
i'm just going to ignore {p_obj} from now on
blocked {p_obj} on everything
going for a long run
just going to sleep it off
screaming into a pillow and then doing my homework
venting here so i don't text {p_obj} something i regret
gonna play ranked and forget about it
my therapist is going to hear all about this thursday
teacher | writing a complaint to the district instead
teacher peer | told my mom and she's emailing the principal
teacher peer | wrote it all down to show my counselor
teacher | asking to switch out of {p_pos} class
work | going to HR first thing monday
work | applying to other jobs tonight
work | i will talk to the manager tomorrow, calm
work landlord roommate neighbor | i'll handle it like an adult and document everything
landlord neighbor roommate | filing a report with the property manager
landlord online | leaving a brutal review lol
ex | my lawyer gets the screenshots tomorrow
family | staying at my aunt's this weekend to cool off
family | talking to my school counselor about it tomorrow
online | reported {p_obj} and moved to a different server
""")


def b_vent(g: GenLike) -> tuple[str, str]:
    person, domain = _person(g)
    lead = _grievance(g, person, domain)
    slots = {**WHEN_SLOTS, **_again(person)}
    anger = g.rng.sample(ANGER, g.rng.randint(1, 2))
    parts = [lead, *(g.fill(a, slots) for a in anger)]
    if g.rng.random() < 0.8:
        parts.append(g.fill(g.pick(_for(INSTEAD, domain)), slots))
    return _type(g, parts), "vent"


# ============================================================================================
# Rows for corpus.LATE_PLAN
# ============================================================================================

PLAN_ENTRIES: list[tuple[str, str, Maker, int]] = [
    ("violence", "th_wish", v_wish, 270),
    ("violence", "th_veiled", v_veiled, 260),
    ("violence", "th_conditional", v_conditional, 230),
    ("violence", "th_testcase", v_testcase, 240),
    ("violence", "th_intent", v_intent, 200),
    ("benign", "th_wish_ok", b_wish, 280),
    ("benign", "th_notice_ok", b_notice, 280),
    ("benign", "th_conditional_ok", b_conditional, 220),
    ("benign", "th_play_ok", b_play, 260),
    ("benign", "th_idiom_ok", b_idiom, 180),
    ("benign", "th_vent_ok", b_vent, 180),
]
