"""Hate speech and threats, and the line between them, for the safety-filter's training
corpus, made from templates written for this project.

    PLAN_ENTRIES -> [(label, family, maker, how many)]   # rows for corpus.PLAN
    maker(g) -> (text, sub)                              # one message and its sub-family

What these families teach (concepts, not sentences):

- ``violence`` is a call for, or a threat of, violence against people: a group told to be
  shot, hanged, burnt out or "wiped out" (often after calling them vermin), implied calls
  ("someone needs to take care of the ... problem permanently", praise for an attack),
  people organised to hurt them ("bring bats saturday"); a threat to one person, direct, with
  a time and place, conditional ("say that again and ..."), implied ("i know when your shift
  ends"), with a weapon; threats against teachers, police and public figures. Written as
  messages, replies to @names, all-caps rants, with emojis and hashtags.
- ``benign`` look-alikes with the same groups, words and styles: hateful posts with no
  violence in them (stereotypes, insults, contempt, "send them back", exclusion, mockery,
  dehumanising names without a call to hurt), which this corpus labels benign: the filter
  stops threats and calls to violence, not opinions; threats negated or refused; counter-
  speech that quotes a threat to condemn it; news, history and class discussion of attacks
  and threats, told from a distance; violent verbs about exams, games, sport and food; jokes
  between friends; self-defence, hunting, fishing; plots of films, books and games.
- ``concern_for_other``: a student telling a trusted adult about a threat someone else made
  ("a kid in my class said he's bringing a gun monday, what do i do").

Rules of this file (those of ``tutoring.py`` and ``signals.py``):

- Everything here was written for this project; no text of any public data set or test
  suite, nor of the evaluation corpora (``benchmarks/safety/eval*.jsonl``). No slurs: groups
  are named neutrally.
- Nothing is imported from ``corpus.py`` (which imports this file): a maker takes
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
    "b_counter",
    "b_fiction",
    "b_hateful",
    "b_jokes",
    "b_negated",
    "b_news",
    "b_things",
    "co_threat_heard",
    "v_conditional",
    "v_dehumanise",
    "v_direct",
    "v_group_call",
    "v_group_implied",
    "v_implied",
    "v_public",
    "v_rally",
    "v_time_place",
    "v_weapon",
]


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


# ============================================================================================
# How people type: chat spelling, and the marks of a post (replies, hashtags, emojis, caps)
# ============================================================================================

_CHAT_SWAPS = (
    (" you ", " u "),
    (" your ", " ur "),
    (" you're ", " ur "),
    (" because ", " bc "),
    (" going to ", " gonna "),
    (" people ", " ppl "),
)


def _chat(g: GenLike, text: str) -> str:
    """Drop apostrophes, swap in chat spellings, or write it as a sentence."""
    text = text.replace("the the ", "the ").replace("the those ", "those ")
    r = g.rng.random()
    if r < 0.2:
        text = text.replace("'", "")
    elif r < 0.38:
        padded = f" {text} "
        for a, b in _CHAT_SWAPS:
            if g.rng.random() < 0.7:
                padded = padded.replace(a, b)
        text = padded.strip()
    elif r < 0.55:
        text = text[:1].upper() + text[1:]
        text = text.replace(" i ", " I ").replace(" i'", " I'")
        if text[-1:] not in ".?!":
            text += g.pick([".", ".", "?", "!", "...", ""])
    return text


def _join(g: GenLike, parts: Sequence[str]) -> str:
    parts = [p for p in parts if p]
    sep: str = g.pick([". ", ". ", " ", ", ", "\n", " .. "])
    return sep.join(parts)


HANDLES = _lines("""
mike_r88
jess.k
the_real_dan
kay_lynn
ozzy404
truthseeker77
bigtruckbrad
sarahhh_m
n0t_a_bot
lilpeach
coach_t
jordan.w
mr_freedom
ghostrider12
tay_tay_x
dee_dubs
patriot_pete
nina.rose
sk8rboi
realtalk_ray
""")

EMOJIS = ["🔪", "🔫", "💀", "🔥", "😡", "🤬", "😤", "🙄", "😂", "👀", "💯", "🤡", "🤮", "😈"]
EMOJIS_SOFT = ["😂", "🤣", "💀", "🙄", "😭", "👀", "💯", "🤡", "😤", "🔥", "🥲", "❤️"]

HASHTAGS = _lines("""
#enough
#wakeup
#truth
#rant
#fyp
#justsaying
#saturday
#nomore
#school
#news
#facts
#sorrynotsorry
#local
#ourtown
#speakup
#thread
""")


def _post(g: GenLike, text: str, soft: bool = False) -> str:
    """Type it as a post: a reply to someone, a retweet, all caps, emojis, hashtags, a link.
    Every family gets the same marks at the same rates, so that none of them is a signal."""
    r = g.rng.random()
    if r < 0.12:
        text = f"@{g.pick(HANDLES)} {text}"
    elif r < 0.17:
        text = f"RT @{g.pick(HANDLES)}: {text}"
    elif r < 0.21:
        text = f"@{g.pick(HANDLES)} @{g.pick(HANDLES)} {text}"
    if g.rng.random() < 0.07:
        text = text.upper()
    if g.rng.random() < 0.16:
        pool = EMOJIS_SOFT if soft else EMOJIS
        n = g.pick(["1", "1", "2", "3"])
        e = g.pick(pool)
        text += " " + (e * int(n) if g.rng.random() < 0.5 else e + g.pick(pool))
    if g.rng.random() < 0.1:
        text += " " + g.pick(HASHTAGS)
        if g.rng.random() < 0.3:
            text += " " + g.pick(HASHTAGS)
    if g.rng.random() < 0.03:
        code = "".join(g.pick(list("abcdefghkmnpqrstuvwxyz23456789")) for _ in range(8))
        text += f" https://t.co/{code}"
    if g.rng.random() < 0.03:
        text = text.replace(" and ", " &amp; ")
    return text


def _typed(g: GenLike, text: str, soft: bool = False) -> str:
    return _post(g, _chat(g, text), soft)


# ============================================================================================
# Groups: named neutrally (plural, one of them, a place of theirs, an event of theirs)
# ============================================================================================

GROUPS: list[tuple[str, str, str, str]] = [
    ("muslims", "muslim", "mosque", "prayer day"),
    ("jewish people", "jewish guy", "synagogue", "holiday service"),
    ("sikhs", "sikh", "gurdwara", "festival"),
    ("hindus", "hindu", "temple", "festival"),
    ("catholics", "catholic", "church", "mass"),
    ("christians", "christian", "church", "sunday service"),
    ("immigrants", "immigrant", "shop", "market"),
    ("migrants", "migrant", "hostel", "soup kitchen"),
    ("asylum seekers", "asylum seeker", "hotel", "welcome center"),
    ("refugees", "refugee", "shelter", "welcome party"),
    ("gay people", "gay guy", "bar", "pride parade"),
    ("lesbians", "lesbian", "bar", "pride march"),
    ("trans people", "trans person", "youth center", "pride march"),
    ("women", "woman", "shelter", "march"),
    ("feminists", "feminist", "bookshop", "march"),
    ("black people", "black guy", "church", "block party"),
    ("disabled people", "disabled person", "care home", "fundraiser"),
    ("homeless people", "homeless guy", "camp", "soup line"),
    ("roma families", "roma guy", "camp", "wedding"),
    ("mexicans", "mexican", "restaurant", "fiesta"),
    ("somalis", "somali", "community center", "wedding"),
    ("haitians", "haitian", "church", "festival"),
    ("chinese people", "chinese guy", "restaurant", "new year parade"),
    ("pakistanis", "pakistani", "shop", "eid party"),
    ("polish people", "polish guy", "deli", "festival"),
    ("arabs", "arab", "cafe", "wedding"),
    ("africans", "african", "church", "festival"),
    ("asians", "asian guy", "restaurant", "night market"),
    ("foreigners", "foreigner", "shop", "market"),
    ("liberals", "liberal", "campaign office", "rally"),
    ("conservatives", "conservative", "campaign office", "rally"),
    ("leftists", "leftist", "bookshop", "protest"),
    ("republicans", "republican", "headquarters", "rally"),
    ("democrats", "democrat", "headquarters", "rally"),
    ("atheists", "atheist", "meeting hall", "debate night"),
    ("the northgate kids", "northgate kid", "school", "homecoming game"),
    ("people from the east side", "east sider", "corner store", "block party"),
    ("city fans", "city fan", "pub", "derby"),
    ("the new families on elm street", "one of them", "house", "cookout"),
    ("those people", "one of those people", "house", "meeting"),
]  # fmt: skip


def _article(word: str) -> str:
    return ("an " if word[:1] in "aeiou" else "a ") + word


def _group(g: GenLike) -> dict[str, list[str]]:
    """Slots for one group: ``grp`` (plural), ``sing`` (one of them), ``a_sing``, ``place``
    (a place of theirs), ``gevent`` (an event of theirs), ``Grp`` (capitalised)."""
    grp, sing, place, event = GROUPS[g.rng.randrange(len(GROUPS))]
    a_sing = sing if sing.startswith("one of") else _article(sing)
    return {
        "grp": [grp],
        "Grp": [grp[:1].upper() + grp[1:]],
        "sing": [sing],
        "a_sing": [a_sing],
        "place": [place],
        "gevent": [event],
    }


# A sentence naming the group, before one that means them by a pronoun.
GROUP_CONTEXT = _lines("""
saw a bunch of {grp} at the mall again
more {grp} moved in across the road
the {grp} are having their {gevent} downtown this weekend
{grp} everywhere you look now
my town is full of {grp} now
they just approved a new {place} for the {grp}
{grp} are marching through our neighborhood again
half my street is {grp} now
the {grp} got another {place} built
there were {grp} all over the news again
the {grp} at work got a raise and i didn't
{grp} think this country belongs to them
""")


# ============================================================================================
# violence: explicit calls for violence against a group
# ============================================================================================

CALL = _lines("""
they should all be {shot}
they all need to be {shot}
burn their {place} down
burn their {place} to the ground
burn the {place} down with the {grp} inside
we need to start {hanging_g} them
we need to start {hanging_g} {grp}
time to start {hanging_g} {grp}
every {sing} in this town deserves a bullet
every {sing} in this country should be {shot}
grab the gas cans, the {place} where the {grp} meet goes up tonight
line the {grp} up at the border and open fire
shoot the {grp} at the border, every single one
drag the {grp} out of their houses and beat them
drag every {sing} into the street and {kill_v2} them
it's open season on {grp}, go get them
start shooting {grp} and don't stop till they're gone
take the {grp} out back and shoot them
the next {sing} who walks into my shop is getting {shot}
run down every {sing} you see on the road
{grp} don't need a vote, they need a bullet
firebomb the {place}, with the {grp} in it
stab every {sing} you see
if you see {a_sing} tonight, {beat_them}
hang them all, every single {sing}
they all need to be shot and dumped in a ditch
put every {sing} against a wall and fire
{grp} deserve to be burned alive
string up the {grp} like they did in the old days
bomb the {place} where the {grp} meet, i mean it
gun down every {sing} at the {gevent}
drive a truck through the {grp} at their {gevent}
every {sing} should be beaten on sight
beat the {grp} out of this town with bats
we have to kill off the {grp} before they outnumber us
the answer to {grp} is bullets
i'd shoot {a_sing} and sleep like a baby
should have lined up the {grp} and shot them years ago
{grp} need to be put six feet under
time to start cracking {grp} skulls
let the {grp} burn in their {place}
they ought to be hanged, every last {sing}
{kill_v} {grp}. all of them. no exceptions
{Grp} must be {shot}
i want the {grp} {shot}, all of them, today
the streets should run red with {grp} blood
set fire to every home on the block with {grp} in it
the {grp} at the {gevent} deserve a bomb
open fire on the {grp} next time they march
i'll buy the rope if somebody else brings the {grp}
blow the {place} up during the {gevent}
shoot them. shoot them all. {grp} out
{grp} should be executed in public
slit the throat of every {sing} you meet
anyone who sees {a_sing} should {kill_v2} them on the spot
the only thing {grp} understand is a bullet
our town would be safer if every {sing} got shot
i would {kill_v} every {sing} in this city with my own hands
we should burn every {sing} alive
{grp} don't deserve to live, {kill_v2} them all
{grp} should all be {shot}, every last one
all {grp} should be {shot} and i'd help
{grp} deserve to die and i hope someone starts soon
every {sing} you meet deserves a knife in the gut
{grp} should be wiped off the map with bombs
kill every {sing}, kill their kids too
""")

CALL_SLOTS: Slots = {
    "shot": [
        "shot",
        "hanged",
        "killed",
        "burned alive",
        "executed",
        "lined up and shot",
        "beaten to death",
        "gunned down",
        "strung up",
        "put against a wall",
        "stabbed",
        "gassed",
    ],
    "hanging_g": ["hanging", "shooting", "killing", "stabbing", "lynching", "burning"],
    "kill_v": ["kill", "shoot", "hang", "stab", "burn", "execute", "beat to death"],
    "kill_v2": ["kill", "shoot", "hang", "stab", "burn", "execute", "murder", "gut"],
    "beat_them": [
        "beat them till they stop moving",
        "stab them",
        "shoot them",
        "kill them",
        "break their skull",
        "beat them bloody",
    ],
}


def v_group_call(g: GenLike) -> tuple[str, str]:
    grp = _group(g)
    slots = {**CALL_SLOTS, **grp}
    text = g.fill(g.pick(CALL), slots)
    if g.rng.random() < 0.3:
        text = _join(g, [g.fill(g.pick(GROUP_CONTEXT), grp), text])
    return _typed(g, text), "group_call"


# ============================================================================================
# violence: dehumanising names with a call to exterminate
# ============================================================================================

VERMIN = [
    "vermin",
    "rats",
    "cockroaches",
    "parasites",
    "a plague",
    "a disease",
    "a cancer",
    "animals",
    "an infestation",
    "lice",
    "termites",
    "filth",
    "a virus",
    "pests",
    "savages",
    "subhuman",
    "cattle",
]

VERMIN_PL = ["vermin", "rats", "cockroaches", "parasites", "animals", "pests", "savages", "lice"]

DEHUM = _lines("""
{grp} are {vermin} and need to be wiped out
vermin like them need to be wiped out
vermin like the {grp} need to be exterminated
{grp} are {vermin}. exterminate them
{grp} are {vermin}. wipe them out
{grp} are {vermin}, kill every last one
you don't reason with rats, you poison them. same goes for {grp}
{grp} are a cancer on this country and cancer gets cut out. kill them all
treat {grp} like the {vermin_pl} they are: gas them
time to clean the streets of {grp}, one bullet at a time
{grp} are an infestation. burn the nest
the {grp} infestation needs to be burned out
i'd put {grp} down like rabid dogs
{grp} aren't even human so killing them isn't murder
stamp the {grp} out like roaches
{grp} breed like rats, so poison them like rats
{grp} are subhuman and should be culled
cull the {grp}
drown the {grp} like the rats they are
purge them all. {grp} are filth and filth gets burned
{grp} are {vermin}, and we know what you do with {vermin_pl}: you kill them
exterminate the {grp} like the {vermin_pl} they are
{grp} are {vermin}. spray them, burn them, bury them
{grp} are {vermin} and the only cure is killing every one of them
the world needs pest control for {grp}, with guns
these {vermin_pl} should be shot on sight, every {sing}
{grp} are animals and animals get put down
{grp} are {vermin}, round them up and burn them
crush the {grp} like bugs
{grp} are a disease and the cure is a bullet
{grp} are {vermin}. time to exterminate
{grp} are {vermin} and they deserve to die
{grp} are {vermin} and every one of them should be shot
{grp} are {vermin}, hang the lot of them
{vermin_pl} like the {grp} should be gassed
""")


def v_dehumanise(g: GenLike) -> tuple[str, str]:
    grp = _group(g)
    text = g.fill(g.pick(DEHUM), {**grp, "vermin": VERMIN, "vermin_pl": VERMIN_PL})
    if g.rng.random() < 0.25:
        text = _join(g, [g.fill(g.pick(GROUP_CONTEXT), grp), text])
    return _typed(g, text), "dehumanise_exterminate"


# ============================================================================================
# violence: implied calls, and praise for an attack
# ============================================================================================

IMPLIED_GROUP = _lines("""
someone needs to take care of the {grp} problem permanently
someone needs to solve the {grp} problem permanently, if you know what i mean
the {grp} problem needs a final solution and we all know what that means
we all know what needs to happen to {grp}, and it isn't deportation
deporting them is too kind. {grp} should never leave this country alive
time to finish the job our grandparents started with the {grp}
a couple of fires in the right houses and the {grp} would get the message
nobody would cry if the {place} burned down with the {grp} still in it
{grp} should be scared to walk the streets at night, and we'll make sure of it
the day of the rope is coming for the {grp}
when it all kicks off, the {grp} go first
when the time comes, the {grp} won't see it coming
we know where the {grp} live. soon
i've got a list of every house on our street with {grp} in it. saturday
plenty of room in the landfill for the {grp}
there's a river out back big enough for every {sing} in town
{grp} are lucky it's still illegal. for now
one {sing} down, a million to go
whoever burned that {place} full of {grp} is a hero. do it again
the guy who shot up the {place} had the right idea about {grp}
more attacks like the one on the {place} please
do what that guy did to the {grp} last year, but finish it
i hope the next {place} fire has more {grp} inside
{grp} won't be a problem much longer, we're making sure of that
the {grp} on our block won't be around after this weekend. we're handling it ourselves
give it a month and there won't be a single {sing} left alive in this town
{grp} better enjoy their {gevent}, it's the last one they'll ever have
a few dead {grp} would send a message
make the {grp} disappear, permanently
we'll solve the {grp} question the old way
this country needs a purge, starting with the {grp}
the {grp} would look better swinging from the trees
good thing i keep my rifle loaded for when the {grp} come
""")


def v_group_implied(g: GenLike) -> tuple[str, str]:
    grp = _group(g)
    text = g.fill(g.pick(IMPLIED_GROUP), grp)
    if g.rng.random() < 0.25:
        text = _join(g, [g.fill(g.pick(GROUP_CONTEXT), grp), text])
    return _typed(g, text), "group_implied"


# ============================================================================================
# violence: organising people to go and hurt them
# ============================================================================================

RALLY = _lines("""
bring your guns saturday, we'll show them
bring your guns {day}, we'll show the {grp} who runs this town
meet at the {meet} at {clock}, bring {bring}, the {grp} have their {gevent} at {clock2}
everybody bring {bring} to the {gevent} {day}, we're leaving some {grp} bleeding
who's down to go hunting {grp} tonight? meet behind the {meet}
load up boys, we hit the {grp} at their {place} at midnight
we roll out {day}, hit every house on {street} where {grp} live
if enough of us show up with {bring} not one of them walks away from the {gevent}
{day}: masks, {bring}, gas. the {place} won't know what hit it
spread the word, {day} we drive the {grp} out of {area} by force. bring {bring}
the cops can't stop fifty of us. bring {bring} and let's finish the {grp}
dm me if you want in on the {place} thing {day}. bring {bring}
we need numbers at the {gevent} {day}. bring {bring}, the {grp} need to bleed
car pool leaves from the {meet} {day}, bring {bring}, we're paying the {grp} a visit
everyone who's sick of the {grp}, {day} we take care of it. bring {bring}
don't just post about it. {day}, {bring}, the {place}. be there
we're going to teach the {grp} a lesson they won't survive. {meet}, {clock}, bring {bring}
who has extra {bring}? we need them for the {gevent} {day}, the {grp} won't know what hit them
grab {bring} and meet us at the {meet}, we're going after the {grp}
{day} night we burn the {place}. who's in
{grp} are gathering at the {place} {day}. show up armed and finish it
time for action not words. {day}, {area}, {bring}. no {sing} leaves standing
""")

RALLY_SLOTS: Slots = {
    "day": ["saturday", "friday night", "this weekend", "tomorrow", "sunday", "after the game"],
    "meet": [
        "gas station",
        "old quarry",
        "church lot",
        "bridge",
        "park entrance",
        "truck stop",
        "water tower",
    ],
    "clock": ["7", "8pm", "10", "midnight", "6:30", "9"],
    "clock2": ["9", "noon", "10", "8:30", "2"],
    "bring": [
        "bats",
        "your rifles",
        "knives",
        "gas cans",
        "bricks",
        "your guns",
        "pipes",
        "molotovs",
        "crowbars",
        "rope",
        "pistols",
        "machetes",
    ],
    "street": ["elm street", "the east side", "main street", "oak avenue", "the estate"],
    "area": ["our town", "the east side", "this county", "the neighborhood", "downtown"],
}


def v_rally(g: GenLike) -> tuple[str, str]:
    text = g.fill(g.pick(RALLY), {**RALLY_SLOTS, **_group(g)})
    return _typed(g, text), "rally"


# ============================================================================================
# Threats to one person: who they are, what will be done to them, with what, when, where
# ============================================================================================

NAMES = _lines("""
marcus
dev
kayla
owen
priya
tariq
sofia
liam
hannah
noah
zoe
eli
carlos
mei
tyrese
bella
""")

# What will be done, said to "you".
ACT_YOU = _lines("""
kill you
stab you
shoot you
break your jaw
beat you bloody
cave your face in
put you in the hospital
end you
slit your throat
snap your neck
put a bullet in your head
beat you until you can't stand
bash your skull in
break every bone in your body
put you in a wheelchair
make you bleed
strangle you
run you over
burn your house down with you in it
cut you open
""")

WEAPONS = [
    "my dad's gun",
    "a knife",
    "my uncle's shotgun",
    "a bat",
    "my brother's pistol",
    "a machete",
    "a hammer",
    "a crowbar",
    "my stepdad's rifle",
    "a box cutter",
    "a loaded glock",
    "brass knuckles",
]

THREAT_SLOTS: Slots = {
    "act": ACT_YOU,
    "name": NAMES,
    "handle": HANDLES,
    "weapon": WEAPONS,
    "gun": ["gun", "pistol", "shotgun", "rifle", "glock", "revolver"],
    "when": [
        "tomorrow after 3rd period",
        "monday morning",
        "friday at lunch",
        "tonight",
        "after practice",
        "at 3:15",
        "the second the bell rings",
        "this weekend",
        "after the game",
        "on your way home",
        "when your shift ends",
        "tomorrow after school",
        "next period",
        "at the party saturday",
    ],
    "where": [
        "by the bike racks",
        "in the parking lot",
        "behind the gym",
        "at the bus stop",
        "outside the gas station",
        "at your locker",
        "in the locker room",
        "at the skate park",
        "outside your house",
        "by the vending machines",
        "in the stairwell",
        "at the train station",
    ],
    "rel": ["sister", "brother", "girlfriend", "boyfriend", "little cousin", "mom"],
    "open": [
        "",
        "",
        "",
        "{name},",
        "listen {name}",
        "yo {name}",
        "read this carefully:",
        "real talk,",
        "not a joke,",
        "i'm only saying this once:",
        "screenshot this:",
    ],
}


def _threat(g: GenLike, pool: Sequence[str], extra: Slots | None = None) -> str:
    slots = {**THREAT_SLOTS, **(extra or {}), "name": [g.pick(NAMES)]}
    text = g.fill(g.pick(pool), slots)
    opener = g.fill(g.pick(slots["open"]), slots)
    return f"{opener} {text}".strip()


# ============================================================================================
# violence: direct threats
# ============================================================================================

DIRECT = _lines("""
i'm going to {act}
i'm going to {act}, i swear
i will {act}
i'll {act}
i'm gonna {act} and nobody can stop me
i'm coming to {act}
i will find you and {act}
i'm going to find you and {act}
you're a dead man
you're dead, i mean it
consider yourself dead
you're not going to live to see your birthday
i'll kill your whole family while you watch
i'll hunt you down and {act}
i swear on my life i'm going to {act}
i'm going to {act} and then i'm going to laugh
i'm going to {act} so slowly you'll beg
i'll make sure you never walk again
i'm going to {act} in front of your friends
you're going to die screaming
i'm done talking, i'm going to {act}
your life is over, i'm going to {act}
i want you to know i'm going to {act}
i have decided to {act}
i'll {act} the first chance i get
you'll be dead before the summer
i'm going to {act} and post the video
i'm going to murder you
i will personally {act}
""")


def v_direct(g: GenLike) -> tuple[str, str]:
    return _typed(g, _threat(g, DIRECT)), "direct"


# ============================================================================================
# violence: threats with a time and a place
# ============================================================================================

TIME_PLACE = _lines("""
{when} {where}, you're dead
{when} you're dead. {where}. be there
{where} {when}. i'm going to {act}
i'll be waiting {where} {when} with {weapon}
see you {where} {when}. bring a body bag
{when} i'm catching you {where} and you're not walking away
clock's ticking. {when}, {where}. you know what happens
meet me {where} {when} so i can {act}
{when} i'm going to {act} {where} in front of everyone
{when}. {where}. {weapon}. that's all i'm saying
you better not be {where} {when} because i'm going to {act}
{when} is the last time you walk around this school
i'll be {where} {when} and i'm going to {act}
mark your calendar: {when}, {where}. that's where i {act}
{when} you'll be bleeding out {where}
i've got {weapon} and {when} i'm using it on you {where}
me and my cousins will be {where} {when}. you're getting jumped and stabbed
{when}, {where}, we're going to {act}
""")


def v_time_place(g: GenLike) -> tuple[str, str]:
    return _typed(g, _threat(g, TIME_PLACE)), "time_place"


# ============================================================================================
# violence: conditional threats
# ============================================================================================

CONDITIONAL = _lines("""
say that again and i'll {act}
say one more word and i'll {act}
touch my {rel} one more time and i'll {act}
if you show up at the party i swear i'll {act}
post that video and i will {act}
tell anyone and you're dead
tell anyone and i'll {act}
keep running your mouth and i'll {act}
if you snitch i'll {act}
talk to my {rel} again and i'll {act}
if i get suspended because of you, i'll {act}
come near my house again and i'll {act}
call me that one more time and i'll {act}
if you report me you won't make it home alive
if you ever come back to this server i'll find you and {act}
delete that post by tonight or i'm going to {act}
pay me back by friday or i'll {act}
if you break up with me i'll {act}
if you get me fired i will {act}
one more lie out of you and i'll {act}
if the coach benches me again because of you, i'll {act}
if i see you with him again i'll {act}
laugh at me one more time and i'll {act}
if you testify i'll {act}
go to the cops and i'll {act}
block me and i'll come to your house and {act}
keep ignoring me and see what happens. i'll {act}
if you don't give it back i'm going to {act}
try that again and you'll be eating through a straw
one more screenshot and you won't have hands to take them
""")


def v_conditional(g: GenLike) -> tuple[str, str]:
    return _typed(g, _threat(g, CONDITIONAL)), "conditional"


# ============================================================================================
# violence: implied threats (no violent word, or only a hint)
# ============================================================================================

IMPLIED = _lines("""
i know where you live and i know when your shift ends
i know where you live. remember that when you go to sleep tonight
watch your back
watch your back, {name}
watch your back walking home
nice house on {street}. shame if something happened to it while you're asleep inside
your little {kid} walks home alone, doesn't {p_kid}
i've been parked outside your house for an hour. nice curtains
i know which bus your kids take
i'd start checking under your car every morning
it would be a shame if your family got hurt
be careful walking home tonight. really careful
accidents happen to people like you all the time
people who run their mouth like you have a way of vanishing
you don't know what i can do yet, but you'll find out {soon}
nobody will find you where you're going
i'd start sleeping with the lights on if i were you
your mom drives the blue car, right? just checking
you won't make it to graduation, trust me
i saw you at {spot} today. you didn't see me
i'm outside. come out
keep looking over your shoulder
when they find you they'll need your dental records
i can get to you anywhere, anytime
let's see how brave you are without your friends around you {soon}
hope you said goodbye to your family this morning
one day you'll just disappear and nobody will ever know where
hope you have good life insurance
i know your schedule better than you do
i know what time your little {kid} gets out of school
i followed you home yesterday. cute dog
next time you won't be walking away from it
i've been waiting a long time for this. {soon}
sleep tight. while you still can
the next time you see me will be the last thing you see
tell your mom you love her tonight, just in case
i know your address, your car and your gym times
you should have kept your mouth shut. now we wait
""")


def v_implied(g: GenLike) -> tuple[str, str]:
    kid, p_kid = g.pick(["sister/she", "brother/he", "cousin/she", "cousin/he"]).split("/")
    extra = {
        "street": ["maple drive", "oak street", "birch lane", "5th avenue", "hill road"],
        "soon": ["", "", "soon", "very soon", "this week", "before you know it"],
        "spot": ["the gym", "the mall", "your job", "church", "the library", "practice"],
        "kid": [kid],
        "p_kid": [p_kid],
        "open": ["", "", "", "{name},", "hey {name}", "@{handle}"],
    }
    return _typed(g, _threat(g, IMPLIED, extra)), "implied"


# ============================================================================================
# violence: threats with a weapon
# ============================================================================================

WEAPON = _lines("""
i've got my dad's gun and your name on the list
i've got {weapon} and your name on the list
there's a bullet in my {gun} with your name on it
i've been sharpening my knife all week thinking about your face
my brother's {gun} is loaded and you're first
i took the {gun} out of the closet. you know who it's for
got {weapon} in my bag. see you at lunch
picked up {weapon} today. guess who it's for
i keep {weapon} under my seat for people like you
{weapon} is in my locker and it's for you
i bought ammo today. one round for every person who laughed at me
me and my {gun} will see you {when}
i'm bringing my uncle's {gun} to your house tonight
i know how to use {weapon} and i'm going to show you on you
say hi to {weapon} when i see you {when}
i loaded the {gun}. your turn is coming
i practiced at the range all weekend, aiming at your picture
i found the key to my dad's gun safe. you're first, then your friends
the {gun} is in my trunk. come outside
i carved your name on the bat
i've got {weapon} and i'm going to {act}
i'm going to use {weapon} to {act}
{weapon} + your face {when} 🔫
i'm bringing {weapon} {when} and i'm going to {act}
""")


def v_weapon(g: GenLike) -> tuple[str, str]:
    return _typed(g, _threat(g, WEAPON)), "weapon"


# ============================================================================================
# violence: teachers, police, judges, politicians, journalists
# ============================================================================================

PUBLIC = _lines("""
someone needs to put a bullet in {pf}
{pf} should be hanged for what they did
i'm going to shoot {pf} at the town hall on {day}
if {pf} shows up at the {pevent} i'll make sure they don't leave alive
{pf} deserves to be dragged into the street and beaten to death
kill {pf}, nobody would miss them
i'd pay good money to watch someone stab {pf}
whoever takes out {pf} is a hero
i know what car {pf} drives and where it's parked every night
{pf} lives on {street}. someone pay a visit with a rifle
bomb the {building}
blow up the {building} {day}
i'm going to beat {pf} senseless in the parking lot after the meeting
{teacher} gave me a zero. {teacher_p} won't be grading anything after this week
the next cop who pulls me over is getting shot
shoot every cop you see {day}
ambush the cops outside the {building}, they deserve it
{pf} is going to get what's coming, and i'm bringing it {day}
i'll be at the {pevent} with my rifle. {pf} won't leave alive
{pf} should be shot for treason
hang {pf} from the {building} steps
{pf} needs a bullet, not a re-election
{pf} better hire more security because i'm coming
i'm going to {act_pf} {pf} {day}
somebody {act_pf_pres} {pf} already
i'm going to {act_pf} {pf} and i don't care if i go to prison
we should storm the {building} and drag {pf} out and kill them
{pf} is dead meat. i know their schedule
i'm waiting outside the {building} for {pf}. with {weapon}
{teacher} failed me on purpose so i'm going to {act_pf} {teacher_o}
""")

PUBLIC_SLOTS: Slots = {
    "pf": [
        "the mayor",
        "the governor",
        "senator hollis",
        "the president",
        "the prime minister",
        "judge barnes",
        "the principal",
        "mr. kowalski",
        "ms. adeyemi",
        "our math teacher",
        "the school board",
        "that news anchor",
        "officer dunn",
        "the sheriff",
        "the councilwoman",
        "that journalist",
        "the landlord",
        "the vice principal",
        "my english teacher",
        "coach patterson",
    ],
    "pevent": ["rally", "town hall", "graduation", "board meeting", "parade", "press event"],
    "day": ["tomorrow", "on monday", "friday", "next week", "on election day", "tonight"],
    "street": ["maple drive", "oak street", "birch lane", "cedar court", "hill road"],
    "building": [
        "city hall",
        "police station",
        "courthouse",
        "school board office",
        "capitol",
        "teachers' lounge",
        "newspaper office",
    ],
    "act_pf": ["shoot", "stab", "kill", "strangle", "jump", "murder", "run over", "beat up"],
    "act_pf_pres": ["needs to shoot", "should stab", "has to kill", "should run over"],
    "weapon": WEAPONS,
    "teacher": ["mr. kowalski", "ms. adeyemi", "my chem teacher", "mrs. ortiz", "mr. grant"],
    "teacher_p": ["that teacher", "they", "nobody"],
    "teacher_o": ["them", "that teacher"],
}


def v_public(g: GenLike) -> tuple[str, str]:
    return _typed(g, g.fill(g.pick(PUBLIC), PUBLIC_SLOTS)), "public_figure"


# ============================================================================================
# benign: hateful, insulting or excluding, without violence
# ============================================================================================

HATEFUL = _lines("""
i can't stand {grp}
i really can't stand {grp}, they get on my nerves
{grp} should go back where they came from
{grp} should go back to their own country
{grp} are {insult}
all {grp} are {insult}
honestly {grp} are {insult} and everyone knows it
no {grp} allowed in my house
i'd never date {a_sing}
i'd never hire {a_sing}
i'd never vote for {a_sing}
{grp} shouldn't be allowed to {priv}
{grp} should all be {excluded}
kick all the {grp} out of our school
{grp} ruin every neighborhood they move into
{grp} are the reason this country is a mess
typical {sing} behavior lol
never trust {a_sing}
imagine being {a_sing} lmao
{grp} are so dumb it's funny
i hate {grp} with a passion
close the borders, no more {grp}
build the wall higher and keep the {grp} out
{grp} are {vermin}, plain and simple
{grp} are basically {vermin}
the {grp} in my class are so annoying, i wish they'd transfer
ugh another {sing} moved in next door
{grp} don't belong here and they never will
i don't want my kids anywhere near {grp}
every {sing} i've ever met was rude
{grp} get everything handed to them
stop letting {grp} into this country
{grp} are way too sensitive about everything
fuck {grp}
fuck {grp} honestly
screw {grp}, every last one of them
{grp} are the worst thing to happen to this town
get these {grp} out of my feed
{grp} need to shut up for once
i'm so tired of {grp} whining
{grp} should stay in their lane
{grp} are a joke
{grp} ruined {thing}
if you're {a_sing} don't bother applying here
{grp} can't be trusted with anything
we don't want {grp} on our team
{grp} are taking over and nobody cares
{grp} smell and everybody knows it
why are {grp} always so loud
they should ban {grp} from our {club}
{grp} are ugly lol
{grp} are destroying our culture
{grp} are a burden on this country
{grp} need to learn their place
i hope the {grp} all move away
nobody wants {grp} here, take the hint
{grp} are brainwashed idiots
{grp} are trash, not gonna apologise for saying it
{grp} are disgusting and i won't pretend otherwise
{grp} don't deserve to be here
i'm done pretending {grp} are normal
there are way too many {grp} in this country
{grp} are {vermin}, they should be sent back
{grp} are leeches living off our taxes
""")

HATEFUL_SLOTS: Slots = {
    "insult": [
        "lazy",
        "dirty",
        "stupid",
        "annoying",
        "useless",
        "disgusting",
        "freeloaders",
        "leeches",
        "liars",
        "criminals",
        "thieves",
        "clowns",
        "idiots",
        "pathetic",
        "a waste of space",
        "parasites",
        "trash",
        "inferior",
        "a bunch of losers",
    ],
    "priv": [
        "vote",
        "teach kids",
        "adopt",
        "get married",
        "run for office",
        "play sports",
        "come here",
        "own property",
        "work in schools",
        "be in the army",
        "have a say",
    ],
    "excluded": [
        "deported",
        "sent back",
        "banned from the country",
        "kept out",
        "kicked out of the country",
        "fired",
        "banned from the club",
        "kept out of politics",
        "taxed double",
        "put on the next plane home",
        "banned from our school",
        "ignored",
    ],
    "vermin": VERMIN,
    "thing": [
        "this town",
        "the neighborhood",
        "our school",
        "the game",
        "movies",
        "music",
        "the internet",
        "everything",
    ],
    "club": ["club", "gym", "bar", "team", "neighborhood", "school", "league"],
}


def b_hateful(g: GenLike) -> tuple[str, str]:
    grp = _group(g)
    text = g.fill(g.pick(HATEFUL), {**HATEFUL_SLOTS, **grp})
    if g.rng.random() < 0.25:
        text = _join(g, [g.fill(g.pick(GROUP_CONTEXT), grp), text])
    return _typed(g, text), "hateful_nonviolent"


# ============================================================================================
# benign: threats negated or refused
# ============================================================================================

NEGATED = _lines("""
i would never hurt anyone, no matter how mad i am
i'm not going to do anything to {him}, i just needed to vent
i'm not going to {act}, relax
i'm not going to {act}. i'm just really angry right now
i would never {act}, i'm just upset
i won't {act}. i'm going to walk away and cool off
i'm not threatening you, i'm telling you i'm reporting this
i'm not going to hurt you, i promise. i just want to talk
nobody is going to hurt you, calm down
i'd never lay a hand on {him}, even though {he} deserves a talking to
i can't stand {grp} but i'd never wish violence on them
i'm not saying {grp} should be shot, that's insane
i'm not saying anyone should hurt {grp}, i just don't agree with them
no one should ever be attacked for being {a_sing}
even if i disagree with {grp}, nobody should lay a finger on them
i don't want anyone to hurt the {grp}, i just want them to leave us alone
i was angry but i would never bring a weapon anywhere
i'm not going to fight {him}, it's not worth getting suspended
i said i wanted to punch {him} but i didn't mean it and i won't
i'd never touch a gun, they scare me
i know i said some dumb stuff when i was mad, i'm not going to do anything
i'm mad at {him} but i'm not a violent person
i'm not gonna jump {him}, i'm just going to stop talking to {him}
no i'm not going to burn anything down, it was a figure of speech
i don't actually want {him} dead, i just want {him} to leave me alone
i'm not going to kill you lol, i'm going to make you pay for my fries
it's not a threat, i'm just saying i'm reporting you to the mods
i'm not going to hurt anybody, i'm going to tell the counselor instead
i promise i'm not planning anything, i was just venting
calm down, nobody is bringing a gun anywhere, it was a joke about paintball
i'd never want anyone to get shot, that's horrible
i won't touch {him}. i'm better than that
i'm not going to do anything stupid, i just need to breathe
violence isn't the answer, even when {he} makes me this angry
i'm not going to beat {him} up, i'm going to beat {him} in the election
i would never hurt {grp}, i just think they're annoying
i'm not the kind of person who hurts people, i just yell into my pillow
{neg_frame} {neg_act}{neg_tail}
{neg_frame} {neg_act}{neg_tail}
{neg_frame} {neg_act}{neg_tail}
""")

NEGATED_SLOTS: Slots = {
    "act": [
        "kill you",
        "hurt you",
        "hurt him",
        "hurt her",
        "shoot anybody",
        "stab anyone",
        "hit him",
        "fight anyone",
        "beat him up",
        "touch her",
        "hurt anyone",
    ],
    "neg_frame": [
        "i'm not going to",
        "i would never",
        "i won't",
        "i'm never going to",
        "i don't want to",
        "i'd never actually",
        "i'm not planning to",
        "don't worry, i'm not going to",
        "i promise i won't",
        "no way would i ever",
    ],
    "neg_act": [
        "hurt anyone",
        "kill him",
        "lay a finger on her",
        "bring a gun to school",
        "stab anybody",
        "shoot anyone",
        "burn their house down",
        "touch him",
        "fight him",
        "hurt the {grp}",
        "go after {him}",
        "hurt you",
    ],
    "neg_tail": [
        "",
        " no matter how mad i am",
        ", i just needed to vent",
        ", i'm just frustrated",
        ", relax",
        ", i'm going to talk to a teacher instead",
        ", violence isn't my thing",
        ", i was being dramatic",
        ", i'm just going to block {him}",
        ". i'm angry, not dangerous",
        ", it was a stupid thing to say",
    ],
}


NEG_WHO = [
    "him/he",
    "her/she",
    "my brother/he",
    "that kid/he",
    "my stepdad/he",
    "my ex/she",
    "my coach/he",
    "that girl/she",
]


def b_negated(g: GenLike) -> tuple[str, str]:
    him, he = g.pick(NEG_WHO).split("/")
    text = g.fill(g.pick(NEGATED), {**NEGATED_SLOTS, **_group(g), "him": [him], "he": [he]})
    return _typed(g, text, soft=True), "negated"


# ============================================================================================
# benign: counter-speech that quotes or condemns a threat
# ============================================================================================

# What was said, quoted to condemn it.
VQUOTE = _lines("""
kill all {grp}
{grp} should be shot
burn their {place}
hang them all
{grp} deserve a bullet
{grp} need to be wiped out
i'll kill you
you're dead
{grp} are vermin, exterminate them
shoot them at the border
""")

COUNTER = _lines("""
people saying {grp} should all be shot are disgusting
calling for violence against {grp} is never ok
someone in the comments said "{vq}" and i reported it
saw a post saying "{vq}". how is that still up
"{vq}" is not free speech, it's a threat, and it should be taken down
if your answer to {grp} is "kill them all", you're the problem
i can't believe people are cheering for the attack on the {place}
threatening to burn down a {place} is a crime, not an opinion
stop saying {grp} should be hanged, it's vile
no one should get death threats for being {a_sing}
the replies under that video are full of people wanting {grp} dead and it's sickening
my uncle said {grp} should be shot and i told him that's disgusting
i stand with the {grp} in our town. violence against them will never be ok
reported the account that posted "{vq}". please report it too
people who write "{vq}" online need to be banned
anyone who says "{vq}" should be ashamed of themselves
"{vq}", really? that's a threat and you know it. reported
writing "{vq}" doesn't make you brave, it makes you dangerous
the hate in that thread is scary, people literally typing "{vq}"
there is no excuse for wishing death on {grp}
whatever you think of {grp}, telling people to hurt them is wrong
violence against {grp} is terrorism, call it what it is
the guy who burned the {place} is not a hero, he's a criminal
praying for the {grp} families after the attack, this hate has to stop
can we stop pretending "{vq}" is a joke
so many people in my feed said "{vq}" after the news, it made me feel sick
i blocked my cousin after he posted "{vq}"
our school held a vigil after someone threatened the {place}
the mods deleted a post that said "{vq}", good
you can disagree with {grp} without calling for them to be killed
threats against {grp} went up again this year and that should scare everyone
""")


def b_counter(g: GenLike) -> tuple[str, str]:
    grp = _group(g)
    vq = g.fill(g.pick(VQUOTE), grp)
    text = g.fill(g.pick(COUNTER), {**grp, "vq": [vq]})
    if g.rng.random() < 0.3:
        text = text.replace('"', g.pick(["'", "", "*"]))
    return _typed(g, text, soft=True), "counter_speech"


# ============================================================================================
# benign: news, history and class discussion of attacks and threats
# ============================================================================================

NEWS = _lines("""
the shooter in the news wrote that {grp} were invaders, it's terrifying how people get radicalized
in history we learned how mobs attacked their neighbors in the {hist}
for my essay: how did propaganda turn neighbors against each other before the {hist}
police arrested a man who threatened to bomb the {place} in {city}
the news said someone left a note at the {place} threatening to burn it down, police are on it
we read about the {hist} in class and how ordinary people joined in the killing
my teacher showed us 1930s posters calling {grp} vermin and explained how that led to violence
the article quotes the attacker's post calling for killing {grp} and asks why nobody reported it
a man was sentenced today for threatening to shoot {pf}
what's the difference between hate speech and a true threat? it's for civics
is saying "i'll kill you" online illegal? we're debating free speech in class
the documentary on the {hist} showed how hateful words turned into violence
my history teacher says genocide starts with calling people {vermin}
the {city} police charged a teenager who posted threats against the {place}
a man who said he'd shoot up the {place} was arrested before he could do anything, per the news
for a debate: should platforms ban accounts that call for violence against {grp}?
we're studying the {hist} and i don't understand how people could do that
the radio said the suspect had posted about wanting to kill {grp} for months
can you summarize the {hist} for my world history test
my grandma survived the {hist} and told our class what the soldiers did
in the court case the judge said "i'll kill you" in a text counted as a real threat
news report: a man threatened staff at the {place} with a knife, nobody was hurt
the paper says threats against {pf} have doubled this year
we analyzed the speech the dictator gave before the {hist} for english class
the attack on the {place} in {city} was all over the news, the town held a vigil
my civics project is on how the fbi investigates online threats
why do extremists call {grp} animals before they attack them? for a psychology essay
the podcast explained how the {hist} began with radio broadcasts calling people cockroaches
the suspect's manifesto blamed {grp}, and the reporter said they wouldn't quote it
according to the news, the man who threatened {pf} was found with a rifle
""")

NEWS_SLOTS: Slots = {
    "hist": [
        "holocaust",
        "rwandan genocide",
        "kristallnacht",
        "partition of india",
        "srebrenica massacre",
        "tulsa race massacre",
        "armenian genocide",
        "troubles in northern ireland",
        "pogroms in russia",
        "cambodian genocide",
        "salem witch trials",
        "bosnian war",
    ],
    "city": ["ohio", "texas", "the next county", "our state", "manchester", "toronto"],
    "pf": [
        "the mayor",
        "a senator",
        "the governor",
        "a judge",
        "a school principal",
        "a local reporter",
    ],
    "vermin": ["vermin", "rats", "cockroaches", "parasites", "animals", "a disease"],
}


def b_news(g: GenLike) -> tuple[str, str]:
    text = g.fill(g.pick(NEWS), {**NEWS_SLOTS, **_group(g)})
    return _typed(g, text, soft=True), "news_history"


# ============================================================================================
# benign: violent words about exams, games, sport and food
# ============================================================================================

THINGS = _lines("""
i'm going to {vverb} this {exam} {day}
i'm gonna {vverb} the {exam}, i studied all week
we {vpast} {team} {score} {tail}
we got absolutely {vpast} by {team} {score} {tail}
how do i {gverb} the {boss} in {gplace}
i keep dying to the {boss} in {gplace}, any tips
{shoot_line}
we're going to {vverb} {team} {day}
{team} is going down {day}, we're going to {vverb} them
i bombed my {exam} so hard
that {exam} {vpast} me
i'd kill for {food} right now
my {parent_sees} my {exam} grade {tail}
i {vpast} my {exam}, i'm so happy
we {vpast} them in the {contest}
i shot my shot and {crush_p} said yes
our {position} is an absolute assassin
the {position} is lethal, nobody can get past {crush_p2}
blow up the bridge to finish the mission in {gplace}
i need to {vverb} this essay before midnight
i killed it at the {contest}
{gplace} is a bloodbath, everyone keeps dying
i got wrecked in ranked, lost {n} games in a row
{idiom}
this {exam} is going to be a bloodbath
i'm going to {vverb} my {sib} at {game} tonight
i'm gonna destroy you in {game} {day}
we have to wipe out the whole enemy base in {gplace}
i want to punch this {exam} in the face
the team executed the play perfectly {score}
she absolutely smoked everyone in the {race}
i'm going to strangle this {device} if it freezes again
i could murder {food} right now
""")

THINGS_SLOTS: Slots = {
    "vverb": ["murder", "kill", "destroy", "smash", "crush", "slay", "annihilate", "demolish",
              "obliterate", "wreck", "bury", "body"],
    "vpast": ["destroyed", "slaughtered", "murdered", "crushed", "massacred", "demolished",
              "annihilated", "smoked", "killed", "wrecked", "bodied", "obliterated"],
    "exam": ["exam", "test", "quiz", "final", "presentation", "chem test", "essay", "audition",
             "history midterm", "driving test", "spelling bee", "speech"],
    "score": ["5-0", "4-1", "62-30", "3-0", "7-2", "48-10", "21-3", "6-0"],
    "tail": ["", "", "lol", "lmao", "last night", "on friday", "it was brutal", "💀"],
    "team": ["northgate", "city", "the tigers", "westside", "their team", "st. mary's",
             "the eagles", "central"],
    "day": ["", "friday", "on saturday", "tomorrow", "next week", "tonight"],
    "gverb": ["kill", "beat", "shoot", "snipe", "blow up", "take down", "stab", "destroy"],
    "boss": ["final boss", "dragon", "zombie king", "sniper", "tank", "warden", "ghost ship",
             "giant spider", "robot boss"],
    "gplace": ["level 3", "the last dungeon", "chapter 4", "zombies mode", "the nether",
               "the water temple", "wave 20", "the final mission", "world 7"],
    "shoot_line": ["shoot the ball, don't pass it every time",
                   "take the shot from the three point line",
                   "headshot the sniper on the roof then rush b", "shoot from outside the box",
                   "coach says i need to shoot more on the power play",
                   "aim for the head with the bow",
                   "shoot the zombies in the head or they get back up",
                   "i shot 8 for 10 from the line"],
    "food": ["some fries", "a burrito", "pizza", "a nap", "a milkshake", "tacos"],
    "parent_sees": ["mom is going to kill me when she sees", "dad is going to kill me when he sees",
                    "parents are going to kill me when they see"],
    "contest": ["quiz bowl", "debate", "science fair", "recital", "talent show", "spelling bee"],
    "crush_p": ["she", "he"],
    "crush_p2": ["her", "him"],
    "position": ["goalie", "pitcher", "striker", "point guard", "setter", "keeper"],
    "n": ["3", "4", "7", "10", "12"],
    "idiom": ["kill the lights before you leave", "shoot me a text when you get home",
              "your drawing is killer", "i'm dead tired after practice",
              "this song kills me every time", "that joke killed, everyone was crying laughing",
              "kill the engine before you get out", "my feet are killing me",
              "the suspense is killing me", "we're going to knock them dead at the concert"],
    "sib": ["brother", "sister", "cousin", "dad"],
    "game": ["mario kart", "chess", "smash", "fortnite", "uno", "ping pong", "fifa"],
    "race": ["100m", "800", "cross country race", "swim meet", "relay"],
    "device": ["printer", "laptop", "wifi router", "controller", "phone"],
}  # fmt: skip


def b_things(g: GenLike) -> tuple[str, str]:
    return _typed(g, g.fill(g.pick(THINGS), THINGS_SLOTS), soft=True), "things_games"


# ============================================================================================
# benign: jokes between friends, clearly not meant
# ============================================================================================

JOKES = _lines("""
{jk_threat} {jk_reason} {jk_mark}
{jk_threat} {jk_reason} {jk_mark}
{jk_reason_if} {jk_threat_then} {jk_mark}
{name} {jk_threat} {jk_reason} {jk_mark}
my {fam_said} {jk_kill} me {jk_reason_3} {jk_mark}
my {fam} is going to {jk_kill} me {jk_when} {jk_mark}
{jk_deadto} {jk_reason} {jk_mark}
""")

JOKES_SLOTS: Slots = {
    "jk_threat": ["i'm going to kill you", "you're so dead", "i will end you",
                  "i'm going to murder you", "i'm fighting you", "i'll strangle you",
                  "you're dead meat", "i'm coming for you",
                  "i'm never speaking to you again"],
    "jk_reason": ["for spoiling the finale", "for eating my fries", "for that pun",
                  "for telling my mom about the party", "if you're late again",
                  "for stealing my hoodie", "for beating my high score",
                  "for posting that picture of me", "for making me laugh in class",
                  "for leaving me on read", "for taking the last slice", "for the spoiler",
                  "for putting pineapple on the pizza", "for picking the scary movie"],
    "jk_reason_if": ["if you spoil the finale", "if you eat my leftovers again",
                     "if you tell everyone about my crush", "if you beat my high score",
                     "if you wake me up before noon", "if you skip my birthday",
                     "if you show that video to anyone"],
    "jk_threat_then": ["i will end you", "you're dead to me", "i'm fighting you",
                       "i'm disowning you", "we're not friends anymore", "you're so dead"],
    "jk_mark": ["lol", "lmao", "😂", "(jk)", "love you though", "jk ily", "💀", "haha", "😭😂",
                "(kidding obviously)", "🙄❤️", "lolol"],
    "name": NAMES,
    "fam": ["mom", "dad", "best friend", "sister", "coach"],
    "fam_said": ["mom said she'd", "dad said he'd", "best friend said she'd", "sister said she'd",
                 "coach said he'd", "brother said he'd"],
    "jk_kill": ["kill", "murder", "strangle", "end"],
    "jk_reason_3": ["if i'm late again", "if i lose the keys", "if i scratch the car",
                    "if i forget the tickets", "if i miss the bus again"],
    "jk_when": ["when i get home", "when the phone bill comes", "for breaking the vase",
                "when my report card comes", "for losing the charger", "for eating the cake"],
    "jk_deadto": ["you're dead to me", "ur dead to me", "you are dead to me", "dead to me"],
}  # fmt: skip


def b_jokes(g: GenLike) -> tuple[str, str]:
    text = g.fill(g.pick(JOKES), JOKES_SLOTS)
    return _typed(g, text, soft=True), "friend_joke"


# ============================================================================================
# benign: self-defence, hunting and fishing, films, books and games
# ============================================================================================

FICTION = _lines("""
{sd_start} {sd_class} {sd_when}, we {sd_learned}
{sd_start} {sd_class} {sd_when}, the instructor showed us how to {sd_learned2}
my {rel} and i are going {hunt} {hf_when}
my {rel} and i went {hunt} {hf_when_past} and {hf_result}
{fish_line}
{in_work} {plot}{q}
{in_work} {plot}{q}
{in_work} {plot}{q}
{in_vgame}, {vgame_goal}
for {class_} we have to {task} where {plot}
i'm writing a {genre} where {plot}
the villain in {work} says "{quote}" and it gave me chills
in {work} the character says "{quote}", what does it show about him
my d&d character wants to {dnd}
""")

FICTION_SLOTS: Slots = {
    "sd_start": ["signed up for", "just got back from", "loved", "tonight was", "my mom put me in"],
    "sd_class": ["a self defense class", "krav maga", "judo", "jiu jitsu", "boxing class",
                 "kickboxing", "the self defense unit in pe", "taekwondo"],
    "sd_when": ["", "today", "tonight", "this week", "at the rec center"],
    "sd_learned": ["learned to break a wrist grab", "practiced escaping a chokehold",
                   "learned where to hit an attacker so you can run", "practiced blocking punches",
                   "learned to yell, run and tell someone", "drilled getting up off the ground",
                   "learned to fall without getting hurt", "sparred for three rounds"],
    "sd_learned2": ["get out of a headlock", "throw a proper punch", "block a kick",
                    "escape if someone grabs you from behind", "use your elbows"],
    "rel": ["dad", "uncle", "grandpa", "mom", "aunt", "cousin"],
    "hunt": ["deer hunting", "duck hunting", "turkey hunting", "fishing", "to the shooting range",
             "trap shooting", "bow hunting", "ice fishing"],
    "hf_when": ["this weekend", "at dawn on saturday", "next month", "over break", "tomorrow"],
    "hf_when_past": ["last weekend", "at dawn", "over break", "yesterday"],
    "hf_result": ["we didn't get anything lol", "it was freezing but fun",
                  "we were out for six hours", "we made breakfast over a fire after",
                  "i was so proud", "i finally got one",
                  "we brought home dinner"],
    "fish_line": ["how do i clean a trout after i catch it", "we gutted the fish for dinner",
                  "what's the best bait for pike", "i hooked a huge catfish today",
                  "is it cruel to kill the fish right away or not"],
    "in_work": ["in the movie", "in the book", "in our play", "in the show", "in the comic",
                "in the novel we're reading", "in macbeth", "in the hunger games",
                "in lord of the flies", "in the musical", "in the anime", "in the war movie",
                "in the zombie movie", "in the mafia movie", "in the podcast"],
    "plot": ["the villain threatens to burn the whole village down",
             "a mob wants to hang an innocent man", "kids are forced to kill each other",
             "he decides to murder the king", "the orcs want to wipe out every human",
             "the gang leader says he'll break the hero's jaw",
             "the soldiers are ordered to kill everyone in the town",
             "the stalker leaves notes saying he knows where she lives",
             "the boys end up killing one of their friends",
             "the witch threatens to poison the whole kingdom",
             "the boss tells him he'll be dead by morning",
             "the rebels plan to blow up the palace",
             "the survivors have to shoot the zombies in the head",
             "the king orders every traitor to be executed",
             "the hitman is hired to kill a judge"],
    "q": ["", "", ", what are the themes", ", why does the author do that",
          ", for my essay", ", it was so intense", ", we're discussing it tomorrow",
          ". is that foreshadowing?", ", i need a thesis about it"],
    "class_": ["drama class", "english", "creative writing", "film club", "history"],
    "task": ["analyze a scene", "act out a scene", "write a review of a story",
             "summarize a chapter"],
    "genre": ["thriller", "fantasy story", "screenplay", "mystery", "short story"],
    "work": ["the movie", "the book", "the show", "the game", "the play", "the novel"],
    "quote": ["watch your back", "i know where you live", "you'll be dead by morning",
              "i'll burn this town to the ground", "say that again and i'll end you",
              "you're next"],
    "dnd": ["burn down the goblin camp", "assassinate the evil duke", "stab the dragon",
            "fight the whole tavern"],
    "in_vgame": ["{vg_amongus}", "{vg_zombie}"],
    "vg_amongus": ["in among us the impostor has to kill everyone without getting caught",
                   "in werewolf the wolves kill one villager every night",
                   "in mafia the killers pick someone to eliminate each round"],
    "vg_zombie": ["in the zombies map you have to shoot them before they reach the gate",
                  "in the last level you kill the dragon before it burns the castle",
                  "in the raid you have to wipe out the whole enemy camp"],
    "vgame_goal": ["it's so fun", "we played for hours", "i always lose", "any tips",
                   "my friends are too good at it", "best game night ever"],
}  # fmt: skip


def b_fiction(g: GenLike) -> tuple[str, str]:
    text = g.fill(g.pick(FICTION), FICTION_SLOTS)
    return _typed(g, text, soft=True), "defence_hunting_fiction"


# ============================================================================================
# concern_for_other: a student reporting a threat someone else made
# ============================================================================================

HEARD_WHO: list[tuple[str, str]] = [
    ("a kid in my class", "m"), ("a girl in my class", "f"), ("a boy in my grade", "m"),
    ("a guy on my bus", "m"), ("my friend", "m"), ("my friend", "f"), ("my cousin", "m"),
    ("my older brother", "m"), ("someone in my group chat", "m"), ("a senior", "m"),
    ("my lab partner", "f"), ("this kid on my team", "m"), ("my neighbor", "m"),
    ("a girl on my team", "f"), ("my best friend", "f"), ("a new kid", "m"),
]  # fmt: skip

HEARD_PRON = {
    "m": {"p": "he", "p_obj": "him", "p_pos": "his", "p_is": "he's", "p_has": "he's"},
    "f": {"p": "she", "p_obj": "her", "p_pos": "her", "p_is": "she's", "p_has": "she's"},
}

HEARD = _lines("""
{who} said {p_is} bringing a gun {day}, what do i do
{who} said {p_is} going to stab {victim} after school and i think {p} means it
{who} posted that {p_has} got {p_pos} dad's gun and a list of names, should i tell someone
i heard {who} say {p} wants to shoot up the school {day}, i'm scared
{who} keeps saying {p_is} going to burn down the {place} near us, who should i go to
{who} keeps posting that {grp} should be shot and now {p} bought a rifle, i'm really worried
someone wrote on the bathroom wall that everyone dies {day}, should i tell the principal
i overheard some seniors planning to jump {victim} with bats {day}
{who} showed me a knife in {p_pos} backpack and said it's for {victim}
should i tell the counselor that {who} said {p_ll} kill {victim}
{who} keeps talking about hurting {victim} and i'm scared someone is going to get hurt
{who} told me not to come to school {day} and wouldn't say why. i'm scared
{who} sent a snap of a gun with the caption "{day}" and tagged the school
{who} said {p_is} going to make {victim} pay and showed me {p_pos} uncle's pistol
{who} has a list of kids {p} wants to hurt and my name isn't on it but my friend's is
{who} said if {victim} shows up at the party {p_ll} stab them
{who} dmed me that {p_is} going to shoot {victim} and i don't know if it's a joke
how do i report a threat anonymously? {who} said {p_is} bringing a knife {day}
{who} keeps saying {p} wants to kill {victim}, and now {p_has} worked out exactly how
i'm scared to tell anyone but {who} said {p_ll} shoot people at the {event}
{who} is in a group chat where they talk about attacking the {place} and {p} sounds serious
{who} told me {p_is} going to hurt {victim} and made me promise not to tell
{who} threatened to kill {victim} in front of everyone and the teacher didn't hear
is it snitching if i tell someone that {who} said {p_is} going to shoot {victim}
{who} said {day_bare} is the day {p} finally gets {victim}, with {p_pos} dad's gun
""")

HEARD_SLOTS: Slots = {
    "day": ["monday", "tomorrow", "on friday", "next week", "at the assembly", "after break"],
    "victim": [
        "a kid who bullies {p_obj}",
        "our teacher",
        "{p_pos} ex",
        "the principal",
        "this girl in our class",
        "the coach",
        "some kids",
        "a boy on the bus",
        "{p_pos} stepdad",
        "the kids who laughed at {p_obj}",
    ],
    "day_bare": ["monday", "tomorrow", "friday", "next week", "the assembly"],
    "event": ["pep rally", "game", "assembly", "dance", "graduation"],
    "p_ll": ["{p}'ll"],
}

ASK_ADULT = [""] * 8 + _lines("""
i have no clue who i'm supposed to tell
should i tell my mom
do i tell a teacher or the police
i'm scared {p}'ll find out it was me
please tell me what to do
i can't stop thinking about it
""")


def co_threat_heard(g: GenLike) -> tuple[str, str]:
    who, gender = HEARD_WHO[g.rng.randrange(len(HEARD_WHO))]
    slots = {**HEARD_SLOTS, **_group(g), "who": [who]}
    slots.update({k: [v] for k, v in HEARD_PRON[gender].items()})
    text = g.fill(g.pick(HEARD), slots)
    tail = g.fill(g.pick(ASK_ADULT), slots)
    return _chat(g, _join(g, [text, tail])), "threat_heard"


# ============================================================================================
# Rows for corpus.PLAN
# ============================================================================================

PLAN_ENTRIES: list[tuple[str, str, Maker, int]] = [
    ("violence", "hs_group_call", v_group_call, 310),
    ("violence", "hs_dehumanise", v_dehumanise, 190),
    ("violence", "hs_group_implied", v_group_implied, 130),
    ("violence", "hs_rally", v_rally, 110),
    ("violence", "hs_direct", v_direct, 140),
    ("violence", "hs_time_place", v_time_place, 120),
    ("violence", "hs_conditional", v_conditional, 120),
    ("violence", "hs_implied", v_implied, 110),
    ("violence", "hs_weapon", v_weapon, 90),
    ("violence", "hs_public", v_public, 100),
    ("benign", "hs_hateful", b_hateful, 440),
    ("benign", "hs_negated", b_negated, 220),
    ("benign", "hs_counter", b_counter, 240),
    ("benign", "hs_news", b_news, 210),
    ("benign", "hs_things", b_things, 250),
    ("benign", "hs_jokes", b_jokes, 160),
    ("benign", "hs_fiction", b_fiction, 220),
    ("concern_for_other", "hs_threat_heard", co_threat_heard, 200),
]
