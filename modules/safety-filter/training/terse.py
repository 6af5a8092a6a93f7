"""Terse, coded and line-by-line messages, with risk and without, for the safety-filter's
training corpus, made from templates written for this project.

    PLAN_ENTRIES -> [(label, family, maker, how many)]   # rows for corpus.PLAN / LATE_PLAN
    maker(g) -> (text, sub)                              # one message and its sub-family

``signals.py`` teaches farewells, plans and "no future" in whole sentences. This file teaches
the same concepts in the surfaces students use when they say little, and teaches the benign
class the very same surfaces:

- ``self_harm``: a plan given as a bare time and place ("sunday. 3am. the overpass."),
  possessions handed over with no reason but "i won't need it", thank-yous and goodbyes
  that read as final, one thought per line (the row maker joins the lines with spaces, so
  they arrive as run-on fragments, which is how many are typed too), coded words used about
  oneself and meant (kms, unalive, sewer slide and its misspellings, ctb / catch the bus,
  rope, toaster bath), the same intent in leetspeak, run together, stretched or misspelt,
  often beside a name, and short questions that only make sense as method questions ("how
  many of these would it take").
- ``concern_for_other``: a friend reported in those same coded and terse forms.
- ``benign`` look-alikes: terse everyday plans ("friday. jake's. 7pm."), things given away
  because of a move, a clear-out or outgrowing them, end-of-year goodbyes, "kms" as an
  obvious joke about a trivial thing, "i'm dead" as laughter, ropes courses, buses and
  toasters, leetspeak and stretched words in play, and dose and height questions asked as
  homework. The REASON (a move, a party, a worksheet) separates them from the risk rows,
  so the risk rows never carry one and the benign rows nearly always do.

Rules of this file (those of ``tutoring.py`` and ``signals.py``):

- Everything here was written for this project. No sentence of the evaluation corpora
  (``benchmarks/safety/eval*.jsonl``) nor a close paraphrase of one: those measure how the
  model generalises (a test checks for overlap after normalisation).
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
    "benign_giving",
    "benign_goodbye",
    "benign_homework",
    "benign_kms_joke",
    "benign_lines",
    "benign_slang",
    "benign_terse_plan",
    "benign_vent_lines",
    "concern_coded",
    "concern_lines",
    "sh_coded",
    "sh_final",
    "sh_giving",
    "sh_lines",
    "sh_obfuscated",
    "sh_question",
    "sh_terse_plan",
    "v_terse_plan",
]


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


# ============================================================================================
# How students type when they type little
# ============================================================================================

_CHAT_SWAPS = (
    (" you ", " u "),
    (" your ", " ur "),
    (" you're ", " ur "),
    (" tomorrow ", " tmrw "),
    (" tonight ", " tn "),
    (" want to ", " wanna "),
    (" right now ", " rn "),
    (" for real ", " fr "),
)


def _chat(g: GenLike, text: str) -> str:
    """Drop apostrophes, swap in chat spellings, capitalise, or leave it as typed."""
    r = g.rng.random()
    if r < 0.25:
        text = text.replace("'", "")
    elif r < 0.45:
        padded = f" {text} "
        for a, b in _CHAT_SWAPS:
            if g.rng.random() < 0.6:
                padded = padded.replace(a, b)
        text = padded.strip()
    elif r < 0.57:
        text = text[:1].upper() + text[1:]
        text = text.replace(" i ", " I ").replace(" i'", " I'")
    elif r < 0.62:
        text = text.upper()
    return text


def _terse(g: GenLike, parts: Sequence[str]) -> str:
    """Short fragments, as a terse message: full stops, line breaks, commas or nothing."""
    parts = [p for p in parts if p]
    style = g.rng.random()
    if style < 0.35:
        return ". ".join(parts) + g.pick([".", "", ".", "..."])
    if style < 0.7:  # one thought per line (arrives joined by spaces in most rows)
        return "\n".join(parts)
    if style < 0.8:
        return ", ".join(parts)
    if style < 0.9:
        return " ".join(parts)
    return " .. ".join(parts)


# ============================================================================================
# Obfuscation: leetspeak, stretched letters, words run together, typos, spaced letters
# ============================================================================================

_LEET_OF: dict[str, Sequence[str]] = {
    "a": ("4", "@"),
    "e": ("3",),
    "i": ("1", "!"),
    "o": ("0",),
    "s": ("5", "$"),
    "t": ("7",),
}


def _leet(g: GenLike, text: str, share: float = 0.7) -> str:
    out = []
    for ch in text:
        subs = _LEET_OF.get(ch)
        if subs and g.rng.random() < share:
            out.append(g.pick(subs))
        else:
            out.append(ch)
    return "".join(out)


def _stretch(g: GenLike, text: str) -> str:
    """Stretch the last letter of one or two words ("dieeee", "myselfff")."""
    words = text.split(" ")
    idx = [i for i, w in enumerate(words) if len(w) > 1 and w[-1].isalpha()]
    if not idx:
        return text
    picked = {g.pick([str(j) for j in idx]) for _ in range(g.rng.randint(1, 2))}
    for i in sorted(picked, key=int):  # (in order: a set's order changes from run to run)
        w = words[int(i)]
        words[int(i)] = w + w[-1] * g.rng.randint(2, 6)
    return " ".join(words)


def _typo(g: GenLike, text: str) -> str:
    """One slip in a word of four letters or more: a letter dropped, doubled or swapped."""
    words = text.split(" ")
    idx = [i for i, w in enumerate(words) if len(w) >= 4 and w.isalpha()]
    if not idx:
        return text
    i = idx[g.rng.randrange(len(idx))]
    w = words[i]
    k = g.rng.randrange(1, len(w) - 1)
    kind = g.rng.random()
    if kind < 0.4:
        w = w[:k] + w[k + 1 :]
    elif kind < 0.7:
        w = w[:k] + w[k] + w[k:]
    else:
        w = w[: k - 1] + w[k] + w[k - 1] + w[k + 1 :]
    words[i] = w
    return " ".join(words)


def _spaced(g: GenLike, word: str) -> str:
    return g.pick([" ", ".", "-", " "]).join(word)


def _obscure(g: GenLike, phrase: str) -> tuple[str, str]:
    """The key phrase of a message typed to get past a filter, and how (the sub)."""
    r = g.rng.random()
    if r < 0.32:
        return _leet(g, phrase, g.rng.uniform(0.45, 0.95)), "leet"
    if r < 0.52:
        return _stretch(g, phrase), "stretched"
    if r < 0.7:
        return phrase.replace(" ", ""), "run_together"
    if r < 0.86:
        return _typo(g, phrase), "misspelt"
    if r < 0.93:
        words = phrase.split(" ")
        i = max(range(len(words)), key=lambda j: len(words[j]))
        words[i] = _spaced(g, words[i])
        return " ".join(words), "spaced"
    return _leet(g, _stretch(g, phrase), 0.6), "leet_stretched"


# ============================================================================================
# Shared vocabulary
# ============================================================================================

NAMES = _lines("""
jake
maya
sam
jess
noah
leah
eli
tori
marcus
priya
dev
abby
kai
nina
theo
zoe
malik
grace
""")

THINGS = _lines("""
guitar
switch
ps5
gray hoodie
hoodie
headphones
airpods
skateboard
sketchbooks
art markers
plushies
vinyls
record player
books
jordans
necklace
bracelet
jean jacket
camera
keyboard
bike
pokemon cards
lego sets
ukulele
telescope
makeup bag
bean bag
speaker
""")

PETS = ["cat", "dog", "hamster", "bunny", "gecko", "fish", "guinea pig", "bird"]

SH_WHEN = _lines("""
saturday
saturday night
tonight
tmrw night
friday after my shift
sunday. early
after everyone's asleep
after everyone goes to bed
once mom leaves for work
when dad's on nights
when the house is empty
the 14th
the 22nd
the night before the test
after the last game
after finals
this weekend
before school starts back
new years eve
my birthday
monday before first period
when they go to grandmas
after the concert
before anyone wakes up
thursday
next friday
""")

SH_TIME = _lines("""
11pm
midnight
1am
2am
3am
2:30
4am
around 3
late
before sunrise
""")

SH_WHERE = _lines("""
the bridge
the bridge on {street}
the overpass by {near}
the garage. top level
the roof
my room. door locked
the bathroom. locked
the tracks behind {near}
the woods behind {near}
the quarry
the pier
the lake. alone
the old water tower
grandpa's barn
the stairwell at {near}
the parking deck on {street}
the cliffs past {near}
the shed out back
""")

SH_WHAT = _lines("""
pills are in my drawer
i've got enough saved up
i counted them twice
the bottle's in my backpack
i know where dad keeps the key
the rope's in my closet
i've been saving my meds for weeks
found where mom hides her sleeping pills
i have the whole pack
got everything in a bag under my bed
the note's on my desk
letters are in my drawer
deleted my accounts already
gave the cat to my aunt already
i have everything
i bought what i needed
i checked. it's high enough
nobody's home till monday
""")

SH_STATUS = _lines("""
it's decided
no going back
i'm done waiting
i'm not scared anymore
then it's quiet
then it's over
finally
last time
nobody's stopping me this time
that's the plan
i made up my mind
not changing my mind
i'm calm about it
it's the only way out now
nothing after that
this time for real
i won't chicken out again
it's set
one more day
counting down
almost over
i'm ready
""")

SH_SECRET = _lines("""
don't tell anyone
don't text back
don't tell my mom
don't come looking
don't try to stop me
delete this
you're the only one who knows
just wanted someone to know
please don't call anyone
""")

SH_SLOTS: Slots = {
    "street": ["main", "5th", "river rd", "elm", "route 9", "the highway", "oak st"],
    "near": ["school", "the mall", "the station", "the old mill", "the church", "walmart"],
}


# ============================================================================================
# self_harm: a plan as a bare time, place and thing
# ============================================================================================

TERSE_PLAN_SHAPES = (
    ("when", "where", "status"),
    ("when", "what", "status"),
    ("where", "when", "secret"),
    ("when", "time", "status"),
    ("what", "when"),
    ("when", "time", "where"),
    ("status", "when", "where"),
    ("when", "status", "secret"),
    ("where", "time", "what"),
    ("what", "where", "when", "status"),
    ("when", "secret"),
    ("when", "where", "what", "secret"),
)

_SH_POOLS = {
    "when": SH_WHEN,
    "time": SH_TIME,
    "where": SH_WHERE,
    "what": SH_WHAT,
    "status": SH_STATUS,
    "secret": SH_SECRET,
}

TERSE_PLAN_LEADS = [""] * 10 + _lines("""
plan's set
ok
it's happening
decided
so
fine
""")


def sh_terse_plan(g: GenLike) -> tuple[str, str]:
    shape = TERSE_PLAN_SHAPES[g.rng.randrange(len(TERSE_PLAN_SHAPES))]
    parts = [g.pick(TERSE_PLAN_LEADS)]
    parts += [g.fill(g.pick(_SH_POOLS[k]), SH_SLOTS) for k in shape]
    if shape == ("when", "time", "status") and g.rng.random() < 0.5:
        parts.insert(1, g.pick(["it's", "it'll be", "going with"]) + " " + parts.pop(1))
    return _chat(g, _terse(g, parts)), "plan"


# ============================================================================================
# benign: the same bare plans, for a party, a study group, a game
# ============================================================================================

OK_WHEN = _lines("""
friday
saturday
sat
tmrw
tonight
sunday afternoon
after school
after practice
monday lunch
this weekend
after the game
the 14th
after finals
before first period
after church
thursday after band
""")

OK_TIME = _lines("""
7pm
7
6:30
noon
3:15
9am
around 8
after dinner
10 sharp
""")

OK_WHERE = _lines("""
jake's house
{name}'s place
{name}'s
my place
my house. parents said yes
the library
the mall. food court
the park by the lake
the bridge on main. photos for art
the rec center
the bowling alley
gym b
room 214
the bus stop on {street}
the trampoline park
the climbing gym
the pier. bring a jacket
the lake. bring towels
the roof deck at {name}'s. her mom said ok
the skate park
the boba place
coach's office
""")

OK_WHAT = _lines("""
bring snacks
bring your charger
bring $10 for pizza
wear black for the concert
bring the poster board
pajamas and movies
i'll bring the speaker
don't forget your cleats
we're finishing the lab writeup
bring your calc notes
costumes optional
my mom's driving
mom's picking us up at 10
bring a swimsuit
it's a surprise for {name} so keep quiet
after everyone's asleep we raid the fridge lol
we need the house empty for the surprise
everything's ready for the bake sale
the cake's hidden in my closet
tickets are in my backpack
i counted the cupcakes twice
the banner's done
""")

OK_STATUS = _lines("""
be there
don't be late
it's decided
no backing out
it's set
finally
can't wait
counting down
rsvp pls
lmk
who's in
confirmed
see you there
don't tell {name}
it's happening
""")

OK_SLOTS: Slots = {
    "name": NAMES,
    "street": ["main", "5th", "river rd", "elm", "oak st"],
}

_OK_POOLS = {
    "when": OK_WHEN,
    "time": OK_TIME,
    "where": OK_WHERE,
    "what": OK_WHAT,
    "status": OK_STATUS,
}

OK_PLAN_SHAPES = (
    ("when", "where", "time"),
    ("when", "time", "where", "what"),
    ("where", "when", "status"),
    ("when", "what", "status"),
    ("what", "when", "time"),
    ("when", "where", "what"),
    ("status", "when", "where", "time"),
    ("when", "time", "status"),
    ("where", "time", "what", "status"),
)

OK_PLAN_LEADS = [""] * 8 + _lines("""
study group
party
movie night
sleepover
{name}'s surprise party
band practice
group project
bday dinner
game night
""")


def benign_terse_plan(g: GenLike) -> tuple[str, str]:
    shape = OK_PLAN_SHAPES[g.rng.randrange(len(OK_PLAN_SHAPES))]
    parts = [g.fill(g.pick(OK_PLAN_LEADS), OK_SLOTS)]
    parts += [g.fill(g.pick(_OK_POOLS[k]), OK_SLOTS) for k in shape]
    return _chat(g, _terse(g, parts)), "plan_ok"


# ============================================================================================
# self_harm: giving things away with no reason but "i won't need it"
# ============================================================================================

SH_GIVE = _lines("""
you can have my {thing}, i won't need it
u can have my {thing}. won't be needing it
keep my {thing}. for good
my {thing} is yours now. don't give it back
want my {thing}? just take it. i won't need it after {when}
i left my {thing} at your door. it's yours. i won't be using it
whoever wants my {thing} can take it. i am done
giving all my stuff away this week. it doesn't matter anymore
i'm giving away everything. my {thing}, my {thing2}, all of it. won't need any of it
take my {thing} and my {thing2}. i won't be around to use them
i wrote down who gets my stuff. you get my {thing}
my {thing} goes to you and my {thing2} goes to my little {sib}. it's written down
just take the {thing}. i don't need it. i don't need anything anymore
here's the login for my {game} account. it's yours, i won't be on again
you can have my {game} account and all the skins. i'm not logging in again
gave my {pet} to the neighbors. they'll do better than me. one less thing
found my {pet} a new home. now nobody has to look after {pet_p} when i'm gone
please keep my {thing} safe. i won't be able to
keep the {thing}. something to remember me by
i want you to have my {thing} when i'm gone
bagged up everything in my room for whoever wants it. i won't need a room
{name} can have my {thing}. tell her it's from me. after
you always liked my {thing}. it's yours. i won't need it where i'm headed
don't ask why. just keep my {thing}
i'm not gonna need my {thing} after {when}. you take it
my {thing} and my {thing2} are in a box for you. don't open it till {when}
i'm handing out my stuff. you get first pick
it's yours. i won't be needing my {thing} anymore
""")

SH_GIVE_SLOTS: Slots = {
    "thing": THINGS,
    "thing2": THINGS,
    "when": ["friday", "this weekend", "tonight", "saturday", "this week", "sunday"],
    "sib": ["sister", "brother", "cousin"],
    "game": ["fortnite", "roblox", "minecraft", "valorant", "steam", "genshin"],
    "pet": PETS,
    "pet_p": ["her", "him", "it"],
    "name": NAMES,
}


def sh_giving(g: GenLike) -> tuple[str, str]:
    text = g.fill(g.pick(SH_GIVE), SH_GIVE_SLOTS)
    if g.rng.random() < 0.3:
        text = _terse(g, text.split(". "))
    return _chat(g, text), "giving_away"


# ============================================================================================
# benign: giving things away because of a move, a clear-out, outgrowing them
# ============================================================================================

OK_GIVE = _lines("""
you can have my {thing}, i won't need it {reason}
u can have my old {thing}. {reason}
anyone want my {thing}? {reason}
giving away my {thing} {reason}
free {thing} to a good home, {reason}
keep my {thing}, {reason}
my {thing}'s yours now, {reason}
i'm giving my {thing} to my little {sib} {reason}
donating a whole bag of stuff to goodwill {reason}
selling my {thing} {reason}, dm me
first person to ask gets my {thing}, {reason}
taking my {thing} to the donation bin {reason}
i gave my {thing} to {name} {reason}
you can have my {thing} and my {thing2}. {reason}
my {thing} goes to {name} and my {thing2} to my cousin. {reason}
i won't need my {thing} {reason}, want it?
i'm not going to need my {thing} anymore {reason}. yours if you want it
cleared out my room. {thing}, {thing2}, all up for grabs {reason}
""")

OK_REASON = _lines("""
at college
since i'm leaving for college
bc we're moving to {city} and it won't fit in the truck
because we're moving next month
since i got a new one for my birthday
bc i outgrew it
since it doesn't fit me anymore
since i switched to {alt}
because the dorm doesn't allow it
bc mom says we have to declutter before the move
since i'm cleaning out my closet
bc i'm doing a big room clean out
since i never use it now that i quit {hobby}
bc i upgraded
because we're downsizing to an apartment
bc i'm decluttering everything lol
since my room is getting painted and everything's going
now that i got the newer model
because it's way too small now
since i'm not into it anymore
bc i leave for basic training in june
since i'm doing a year abroad in {city}
bc my grandma got me the same one for christmas
because i only wore it once and it's not my style
since we're packing for the move and i'm being ruthless
bc i'm going to college in the fall and the dorm is tiny
now that i'm too old for it lol
""")

OK_GIVE_SLOTS: Slots = {
    "thing": THINGS,
    "thing2": THINGS,
    "reason": OK_REASON,
    "city": ["ohio", "seattle", "texas", "spain", "japan", "denver", "another state"],
    "alt": ["bass", "drums", "the piano", "a laptop", "an e-reader", "digital art"],
    "hobby": ["skating", "band", "photography", "gaming", "soccer", "art club"],
    "sib": ["sister", "brother", "cousin"],
    "name": NAMES,
}

OK_GIVE_PET = _lines("""
we gave our {pet} to my aunt because {pet_reason}
my {pet} went to live with my grandma, {pet_reason}
can you take my {pet} while we're on vacation, {back}
we're rehoming our {pet} because {pet_reason}, she's going to a great family
""")

OK_PET_SLOTS: Slots = {
    "pet": PETS,
    "pet_reason": [
        "the new apartment doesn't allow pets",
        "my little brother turned out to be allergic",
        "she needs a bigger yard",
        "we're moving overseas",
        "my mom's new job means nobody's home all day",
    ],
    "back": ["we're back sunday", "i'll pay you in pizza", "just for a week", "til the 20th"],
}


def benign_giving(g: GenLike) -> tuple[str, str]:
    if g.rng.random() < 0.12:
        return _chat(g, g.fill(g.pick(OK_GIVE_PET), OK_PET_SLOTS)), "giving_ok"
    text = g.fill(g.pick(OK_GIVE), OK_GIVE_SLOTS)
    if g.rng.random() < 0.25:
        text = _terse(g, text.replace(", ", ". ").split(". "))
    return _chat(g, text), "giving_ok"


# ============================================================================================
# self_harm: thank-yous and goodbyes that read as final
# ============================================================================================

SH_FINAL = _lines("""
thank you. for everything. i mean it
thanks for being my friend. really. all of it
i just wanted to say thank you while i still can
you were the best part of all of this. don't forget that
thank you for trying with me. it was never your fault
bye. not see you later. just bye
goodnight. for real this time
goodnight {name}. love you. always
i love you. that's all i wanted to say. bye
tell {name} i said bye. and sorry
thank you mom. i'm sorry
sorry i was so much work. thank you anyway
this is the last thing i'll send you
thank you for every night you stayed up with me. you won't have to anymore
you don't have to worry about me after tonight
you don't have to check on me anymore. thank you for always doing it
i'll miss you. i wish it was different
promise me you'll be happy. bye
take care of yourself. i can't take care of me anymore
thank you for the last {years} years. it was enough
i'm at peace with it. thank you for everything
none of this is your fault. thank you
if you see this later, thank you. for real
last message. thank you for being my person
logging off. not coming back. thank you all
don't be sad ok. i'm finally going to be ok
thanks for the memories. this is goodbye
i wanted the last thing i said to you to be thank you
thank you for loving me even when i made it hard. goodbye
i'm sorry for leaving like this. thank you for everything
you made the last year bearable. thank you. bye
i owe you so much. i'm sorry i can't stay to pay it back
hug {name} for me. tell them i'm sorry
just know none of it was you. bye {name}
it's ok now. thank you for putting up with me
""")

SH_FINAL_SLOTS: Slots = {
    "name": [*NAMES, "mom", "my sister", "my brother", "dad"],
    "years": ["two", "three", "five", "few", "16"],
}

SH_FINAL_TAIL = [""] * 8 + ["❤️", "🕊️", "bye", "for real", "forever", "always", "i'm sorry"]
SH_FINAL_OPEN = [""] * 8 + ["hey", "{name}", "mom", "guys", "everyone", "hey you"]


def sh_final(g: GenLike) -> tuple[str, str]:
    parts = [
        g.fill(g.pick(SH_FINAL_OPEN), SH_FINAL_SLOTS),
        g.fill(g.pick(SH_FINAL), SH_FINAL_SLOTS),
        g.pick(SH_FINAL_TAIL),
    ]
    text = _terse(g, parts) if g.rng.random() < 0.4 else " ".join(p for p in parts if p)
    return _chat(g, text), "goodbye"


# ============================================================================================
# benign: end-of-year goodbyes, thank-yous to teachers and teams, goodnights
# ============================================================================================

OK_GOODBYE = _lines("""
bye everyone, have an amazing summer!!
thank you for everything this year {teacher}
last day of {year} year. thank you for everything
gonna miss you all. see you in the fall
thanks for everything coach. best season ever
goodnight. for real this time, i have {early}
bye guys, good luck at college. don't forget me
last class ever with {teacher}. thank you so much for everything
this is goodbye to {school}. thank you for four great years
thank you for being my lab partner all year. you carried me
i love you guys. see you at the reunion
last shift at {job} today. thanks for everything guys
logging off for the summer. see you in august
thanks for the memories, class of {classyear}
i'll miss this place. bye {school}
take care of yourself. text me when you land
don't be sad, i'll visit every summer
last post on this account, follow my new one
thank you for tutoring me all year, i passed!!
bye for now, back from camp in three weeks
goodnight everyone, love you, see you tmrw
thank you {teacher}. you're the reason i like {subject} now
last practice with the seniors. thank you for everything
this is the last thing i'll send before my phone dies, meet you at the gate
we move out saturday. thank you for being the best neighbors
bye {name}!! have fun in {city}, call me every week
promise me you'll visit. have the best time at college
thank you for everything, this team was my favorite part of the year
thank you for everything. see you at graduation
signing off for the summer. bye guys
bye {school}. it's been real
last bus ride home ever. gonna miss you guys
thank you for putting up with me in {subject} all year {teacher}
last day at {job}. i'll miss you guys so much
thank you for the best four years. see you at the reunion
goodbye {year} year, hello summer
bye guys, we leave for {city} tomorrow. i'll text you when we land
thanks for being the best {job} crew. see you next summer
""")

OK_GRIEF = _lines("""
goodbye grandpa. thank you for everything. i'll miss you every day
rest easy {pet_name}. thank you for {n} good years
we said goodbye to {pet_name} at the vet today. best {pet} ever
bye grandma. the funeral was beautiful. thank you for loving me
thank you for everything {pet_name}. the house is so quiet without you
today we buried {pet_name} in the backyard. goodbye buddy
goodbye to my great aunt. she taught me to bake. thank you for everything
""")

OK_GRIEF_SLOTS: Slots = {
    "pet_name": ["biscuit", "max", "luna", "pepper", "oreo", "daisy", "rocky"],
    "pet": ["dog", "cat", "boy", "girl", "friend"],
    "n": ["14", "twelve", "nine", "16"],
}

OK_GOODBYE_OPEN = [""] * 10 + ["ok", "guys", "{name}", "everyone", "omg", "ahh", "well"]
OK_GOODBYE_TAIL = [""] * 10 + [
    "❤️",
    "🎓",
    "☀️",
    "love you all",
    "have a great summer",
    "see you soon",
    "text me",
    "😭",
    "best year ever",
    "keep in touch",
]

OK_GOODBYE_SLOTS: Slots = {
    "teacher": [
        "mrs. patel",
        "mr. o",
        "ms. rivera",
        "mr. chen",
        "coach d",
        "mrs. k",
        "ms. b",
        "mr. harper",
    ],
    "year": ["junior", "senior", "freshman", "8th grade", "sophomore"],
    "early": ["practice at 6", "a test at 8", "a flight at 7", "work at 6", "a swim meet"],
    "school": ["lincoln", "westview", "middle school", "this school", "north"],
    "job": ["the pool", "the cafe", "the library", "the movie theater", "camp"],
    "classyear": ["2025", "2026", "2027", "'26"],
    "subject": ["math", "chem", "history", "english", "spanish"],
    "name": NAMES,
    "city": ["boston", "london", "college", "canada", "oregon"],
}


def benign_goodbye(g: GenLike) -> tuple[str, str]:
    if g.rng.random() < 0.15:
        return _chat(g, g.fill(g.pick(OK_GRIEF), OK_GRIEF_SLOTS)), "grief_goodbye"
    parts = [
        g.fill(g.pick(OK_GOODBYE_OPEN), OK_GOODBYE_SLOTS),
        g.fill(g.pick(OK_GOODBYE), OK_GOODBYE_SLOTS),
        g.pick(OK_GOODBYE_TAIL),
    ]
    if g.rng.random() < 0.3:
        text = _terse(g, [parts[0], *parts[1].split(". "), parts[2]])
    else:
        text = " ".join(p for p in parts if p)
    return _chat(g, text), "goodbye_ok"


# ============================================================================================
# self_harm: one thought per line
# ============================================================================================

SH_FEEL = _lines("""
can't do this anymore
everyone's better off
no one would notice
i'm just a weight on everyone
i'm so tired of waking up
no point in any of it
i give up on all of it
there's no fixing me
they'll be fine without me
""")

SH_DECIDE = _lines("""
decided
it's tonight
i'm ready
not scared
it's easier this way
i know how
i have what i need
i've got it all planned
it'll be quick
i'm not waiting anymore
won't be here tomorrow
this is the last night
i'm going to end it
i won't wake up
i'm going to do it
""")

SH_BYE = _lines("""
love you
sorry
bye
thank you for everything
don't be mad
tell my sister sorry
it's not your fault
goodnight
take care of mom
please don't be sad
i'm sorry mom
remember me ok
""")


def sh_lines(g: GenLike) -> tuple[str, str]:
    parts = [g.pick(SH_FEEL)] if g.rng.random() < 0.4 else []
    parts.append(g.pick(SH_DECIDE))
    if g.rng.random() < 0.4:
        parts.append(g.fill(g.pick(SH_WHEN), SH_SLOTS))
    parts.append(g.pick(SH_BYE))
    if g.rng.random() < 0.25:
        parts.insert(0, g.pick(NAMES))
    sep = g.pick(["\n", "\n", "\n", ". ", "\n\n"])
    return _chat(g, sep.join(parts)), "lines"


# ============================================================================================
# benign: one thought per line (a day, a plan, a move, a finished essay)
# ============================================================================================

OK_LINE_SETS: dict[str, list[list[str]]] = {
    "day": [
        _lines("""
long day
chem test was brutal
practice ran late
so tired
my feet hurt from work
finally home
"""),
        _lines("""
got a b tho
passed somehow
at least it's friday
coach let us go early
ate so much pizza
"""),
        _lines("""
going to bed
night
love you guys
see you tmrw
bye
sleeping now
"""),
    ],
    "done": [
        _lines("""
i'm done
done
finally
it's over
"""),
        _lines("""
essay submitted
the project is turned in
last final ever
no more calc
recital's over
my shift is over
"""),
        _lines("""
never again
time to sleep for 12 hours
pizza time
celebrating tonight
bye school
"""),
    ],
    "move": [
        _lines("""
we're moving
moving day
last week in this house
packed the last box
"""),
        _lines("""
gonna miss everyone
gonna miss this room
weird to see it empty
my room is just boxes now
"""),
        _lines("""
bye {city}
new school monday
visit me ok
love you guys
"""),
    ],
    "plan": [
        _lines("""
friday
saturday
tonight
tmrw
"""),
        _lines("""
{name}'s
my place
the library
the mall
"""),
        _lines("""
7
bring chips
wear something warm
don't be late
i'll drive
"""),
    ],
    "vent": [
        _lines("""
ugh
so tired
can't do this chapter
this homework is endless
"""),
        _lines("""
three more problems
two hours of reading left
my brain is fried
the wifi keeps dying
"""),
        _lines("""
brb snack
gonna take a nap
calling it a night
send help lol
back in 20
"""),
    ],
    "goodbye": [
        _lines("""
last day
last game
last practice
last class
"""),
        _lines("""
thank you for everything
best year ever
you guys are the best
gonna miss this
"""),
        _lines("""
see you in the fall
bye seniors
don't forget me
love you all
"""),
    ],
}

OK_LINE_SLOTS: Slots = {
    "name": NAMES,
    "city": ["ohio", "portland", "this town", "texas", "everyone"],
}


def benign_lines(g: GenLike) -> tuple[str, str]:
    sub = g.pick(list(OK_LINE_SETS))
    parts = [g.fill(g.pick(pool), OK_LINE_SLOTS) for pool in OK_LINE_SETS[sub]]
    if g.rng.random() < 0.3:
        extra = g.pick(OK_LINE_SETS[g.pick(list(OK_LINE_SETS))][-1])
        if extra not in parts:
            parts.append(g.fill(extra, OK_LINE_SLOTS))
    sep = g.pick(["\n", "\n", "\n", ". ", "\n\n"])
    return _chat(g, sep.join(parts)), f"lines_{sub}"


# ============================================================================================
# benign: low and tired, one thought per line, with no intent and a way through the night
# ============================================================================================

VENT_FEEL = _lines("""
so tired
can't do this
nothing helps
i tried
i really tried
numb
tired of all of it
i'm done
nothing ever changes
nothing's changing
it's too loud in my head
everything's a lot
i feel like crap
it hurts all the time
i can't keep pretending i'm fine
not getting better
i hate this week
i cried in the car again
""")

VENT_CAUSE = _lines("""
this week was a lot
finals
the breakup
my parents fighting again
practice was awful
failed the chem test
work all weekend
my best friend is ignoring me
everything at once
""")

VENT_COPE = _lines("""
gonna talk to my mom tonight
seeing my counselor tomorrow
going for a walk
gonna sleep and try again tomorrow
just needed to say it somewhere
texting my sister
making tea and watching cartoons
i'll be ok
tomorrow's a new day i guess
thanks for listening
calling my grandma
hot shower then bed
my friend is coming over
gonna journal it out
""")


def benign_vent_lines(g: GenLike) -> tuple[str, str]:
    parts = [g.pick(VENT_FEEL)]
    if g.rng.random() < 0.6:
        parts.insert(g.rng.randint(0, 1), g.pick(VENT_CAUSE))
    parts.append(g.pick(VENT_COPE))
    if g.rng.random() < 0.3:
        parts.append(g.pick([c for c in VENT_COPE if c != parts[-1]]))
    sep = g.pick(["\n", "\n", "\n", ". ", "\n\n"])
    return _chat(g, sep.join(parts)), "vent_lines"


# ============================================================================================
# self_harm: coded words used about oneself, and meant
# ============================================================================================

CODED: dict[str, list[str]] = {
    "kms": _lines("""
{kms} {when}. not joking
not kidding this time. {kms}
i'm actually gonna {kms} {when}
{kms}. no lol this time
every day i think about {kms} a little more
i'm so close to {kms} rn and it's not a joke
i want to {kms} for real. i'm serious
gonna {kms} {after}
i'm not being dramatic i really want to {kms}
planning to {kms} {when}
{kms} {when} fr
everyone says kms as a joke but i mean it
i keep saying {kms} and nobody gets that i mean it
i'm gonna {kms} and nobody will even notice
"""),
    "unalive": _lines("""
i'm going to {unalive} {when}
i want to {unalive}
thinking about {unalive} again
planning to {unalive} {when}
i tried to {unalive} last year and i'm trying again
i've decided to {unalive}
i keep thinking about how i'd {unalive}
i'm ready to {unalive}
should i just {unalive} {when}
"""),
    "sewer_slide": _lines("""
thinking about {sewer} {when}
{sewer} is the only option left
i'm planning {sewer} for {when}
i've been looking up {sewer} stuff all night
my {sewer} note is written
i think about {sewer} every day now
{sewer} {when}. i'm tired
i'm gonna commit {sewer}
{sewer} is looking better every day
i almost did {sewer} last night
"""),
    "ctb": _lines("""
gonna {ctb} {when}
i think i'm finally ready to {ctb}
{ctb} {when}. don't try to stop me
i'm catching the bus {when} and not the one to school
been thinking about {ctb} every night
if i {ctb} tonight would anyone care
the bus comes {when} for me
time to {ctb} fr
i'm gonna {ctb} after {after_bare}
"""),
    "rope": _lines("""
bought rope today. you know what for
the rope is ready
found a beam strong enough
the rope's tied. just waiting for {when}
i keep looking at the rope in the garage
rope is the plan. {when}
🪢 {when}
i practiced the knot. it holds
rope time {when}
got the rope from the shed. it's in my room now
"""),
    "toaster_bath": _lines("""
toaster bath {when}
thinking about a toaster bath and i mean it
running the bath. the toaster's right here
toaster bath sounds better than another day of this
toaster bath szn {when}
i'm gonna take a toaster bath {when}
the toaster's plugged in by the tub
"""),
    "emoji": _lines("""
🪦 {when_e}
💊💊💊 saved up. {when_e}
me and the 💊 {when_e}. bye 🪦
🔪 {when_e}. not for cooking
taking the 💊 from mom's cabinet {when}
last post 🪦
see u never 🪦
saved up the whole bottle 💊 {when} i won't wake up
i'm 🪦 after {after_bare}
{when_e} 🌉 🪦
"""),
}

KMS_FORMS = ["kms", "kms", "kmsss", "k m s", "kms fr", "kill myself"]
UNALIVE_FORMS = ["unalive myself", "unalive myself", "un alive myself", "unalive myself fr"]
SEWER_FORMS = _lines("""
sewer slide
sewerslide
sewer-slide
sewer slid
sewerslyde
sooicide
sewer side
suwer slide
s3wer sl1de
soo side
suey side
sewer sliding
sewer slyde
sewar slide
su1c1de
sewerslidee
""")
CTB_FORMS = ["ctb", "ctb", "catch the bus", "c t b", "catch the bus"]

CODED_SLOTS: Slots = {
    "kms": KMS_FORMS,
    "unalive": UNALIVE_FORMS,
    "sewer": SEWER_FORMS,
    "ctb": CTB_FORMS,
    "when": [
        "tonight",
        "tn",
        "tomorrow",
        "this weekend",
        "saturday",
        "after school",
        "soon",
        "at 3am",
        "after finals",
        "",
    ],
    "when_e": ["tonight", "tomorrow night", "saturday", "this weekend", "at 3am", "soon"],
    "after": ["after my parents go to bed", "after school", "after this test", "tonight"],
    "after_bare": ["friday", "the game", "everyone's asleep", "finals", "midnight"],
}


def sh_coded(g: GenLike) -> tuple[str, str]:
    sub = g.pick(list(CODED))
    text = g.fill(g.pick(CODED[sub]), CODED_SLOTS).strip()
    return _chat(g, text.replace("  ", " ")), sub


# ============================================================================================
# self_harm: plain intent typed in leetspeak, run together, stretched, misspelt, spaced
# ============================================================================================

OBF_INTENT = _lines("""
kill myself
die
end it
end my life
not wake up
be dead
hang myself
take all my pills
jump off the bridge
overdose
stop existing
disappear forever
""")

OBF_FRAMES = _lines("""
i want to {x}
i'm going to {x} {when}
gonna {x} {when}
i'm about to {x}
i just want to {x}
ready to {x}
i'm gonna {x} fr
{name} i'm sorry. i'm going to {x} {when}
tell {name} i'm sorry. i'm going to {x}
i really want to {x} and i'm not joking
i've decided to {x} {when}
i keep wanting to {x}
""")

OBF_SLOTS: Slots = {
    "when": ["tonight", "tomorrow", "soon", "this weekend", "saturday", "after school", ""],
    "name": NAMES,
}


def sh_obfuscated(g: GenLike) -> tuple[str, str]:
    phrase = g.pick(OBF_INTENT)
    frame = g.pick(OBF_FRAMES)
    whole = g.rng.random() < 0.3
    if whole:
        plain = g.fill(frame, {**OBF_SLOTS, "x": [phrase]}).strip()
        text, sub = _obscure(g, plain)
    else:
        x, sub = _obscure(g, phrase)
        text = g.fill(frame, {**OBF_SLOTS, "x": [x]}).strip()
        if g.rng.random() < 0.25:  # a leet name or word beside it
            text = _leet(g, text, 0.35)
    return " ".join(text.split()) if sub != "run_together" else text, sub


# ============================================================================================
# self_harm: short questions that only make sense as method questions
# ============================================================================================

SH_QUESTION = _lines("""
how many of these would it take
how many of these would it take to not wake up
is the {floor} floor high enough
is {n} floors high enough
would {num} of them be enough
would the whole bottle do it
if i take all of them how long does it take
how many {pill} until you don't wake up
is the water cold enough this time of year
how long before someone would find me
would it hurt from the {floor} floor
how high is the bridge on {street}. asking for me
is {num} enough or should i get more
how many do i need so it actually works this time
will it work if i mix them with {drink}
do i need the whole pack or is half enough
which floor of the garage is the highest
how long does it take to not wake up
if i take these all at once will i just fall asleep
how many 💊 would it take
is {n} stories enough to be sure
how long would it take if nobody found me
how many more do i need
is it enough if i take all of {whose}
do you think {num} would do it
would anyone hear it from the {floor} floor
how long does it take once you swallow them
how many of the white ones would it take
how many would it take for someone my size
is the top of the parking garage high enough
would {num} of mom's pills be enough
how long till it works if you take the whole bottle
if i take all of {whose} will i just not wake up
is the bridge on {street} high enough
which is quicker, pills or the bridge
do people survive the {floor} floor
how many would it take to stop my heart
what if i took all of them at once
what happens if i take {num} of these
""")

SH_Q_LEAD = [""] * 10 + _lines("""
random question
serious question
quick question
don't ask why
asking for me
honest answer pls
no judging
""")

SH_Q_SLOTS: Slots = {
    "floor": ["4th", "5th", "6th", "8th", "10th", "top"],
    "n": ["4", "5", "six", "8", "10", "3"],
    "num": ["20", "30", "40", "50", "15", "a hundred", "the whole bottle"],
    "pill": ["pills", "tylenol", "of mom's pills", "sleeping pills", "advil", "benadryl"],
    "street": ["main", "route 9", "the river", "5th", "the highway"],
    "drink": ["vodka", "alcohol", "dad's whiskey", "the wine", "beer"],
    "whose": ["mom's pills", "my meds", "grandma's prescription", "the sleeping pills"],
}


def sh_question(g: GenLike) -> tuple[str, str]:
    text = g.fill(g.pick(SH_QUESTION), SH_Q_SLOTS)
    text += g.pick(["?", "?", "", "??", " ?"])
    lead = g.pick(SH_Q_LEAD)
    if lead:
        text = f"{lead}{g.pick([', ', '. ', ' '])}{text}"
    return _chat(g, text), "method_question"


# ============================================================================================
# benign: "kms" as an obvious joke about a trivial thing
# ============================================================================================

KMS_CAUSE = _lines("""
i have {n} tests tomorrow
forgot my {item} at home again
the wifi died in the middle of my {game} match
my mom posted my baby pics
i just called my teacher mom
{n} chapters to read by tomorrow
this group project, nobody did anything
spilled coffee on my white shoes
i said "you too" when the waiter said enjoy your meal
just realized the essay was due yesterday
i waved back at someone who was waving at the person behind me
my little brother beat me at {game} again
the cafeteria ran out of pizza
i sent the meme to the wrong group chat
i tripped up the stairs in front of my crush
my alarm didn't go off and i missed the bus
the printer ate my homework
i got a 69 on the quiz, so close
my dad joined the group chat
autocorrect changed my text to my teacher
""")

KMS_LAUGH = _lines("""
lol
lmao
lmaooo
haha
😭😂 lol
💀💀 lmao
jk obviously
lol not really
""")

KMS_SLOTS: Slots = {
    "n": ["2", "3", "4", "three", "two"],
    "item": ["lunch", "calculator", "airpods", "gym clothes", "charger", "id"],
    "game": ["fortnite", "mario kart", "2k", "smash", "valorant", "chess"],
}


def benign_kms_joke(g: GenLike) -> tuple[str, str]:
    cause = g.fill(g.pick(KMS_CAUSE), KMS_SLOTS)
    laugh = g.pick(KMS_LAUGH)
    kms = g.pick(["kms", "kms", "kmsss", "i'm gonna kms", "literally kms"])
    shape = g.rng.random()
    if shape < 0.5:
        text = f"{cause} {kms} {laugh}"
    elif shape < 0.8:
        text = f"{kms} {laugh} {cause}"
    else:
        text = f"{cause} {laugh} {kms}"
    return _chat(g, text), "kms_joke"


# ============================================================================================
# benign: the same slang and surfaces in play
# ============================================================================================

OK_SLANG: dict[str, list[str]] = {
    "dead_laughing": _lines("""
i'm dead 💀 {funny}
im deaddd 💀💀 {funny}
dead 💀 {name} fell off his chair
i'm deceased lmao {funny}
bro i'm crying i'm dead {funny}
{funny} i'm dead lmaooo
i'm actually dead {funny} 😭
💀💀💀 i can't breathe {funny}
{name} i'm dead you did not just say that
not {name} tripping on the stage 💀 i'm dead
i'm dead serious, the quiz is tomorrow
dead 💀 the sub tried to do a tiktok dance
"""),
    "rope": _lines("""
this rope course was insane
did the ropes course at camp, {n} feet up, so fun
rope climb in gym today and i made it to the top
jump rope contest at recess, i got to {n2}
the rope swing at the lake snapped lol we fell in the mud
tug of war rope burned my hands but we won
learning to tie climbing knots for the bouldering trip
mr {teacher} says i'm finally learning the ropes in robotics
the rope bridge at the zoo was so wobbly
zip line and rope course saturday, who's in
the climbing rope in gym is impossible
we're making rope bracelets at camp
my dog chewed through his rope toy again
"""),
    "bus": _lines("""
catching the bus at {time}, save me a seat
missed the bus again
i'll catch the bus after practice
the bus was so late i almost missed first period
catch the bus to the mall with us saturday?
which bus do i catch to get to the library
the bus driver waited for me today, legend
ran to catch the bus in the rain, soaked
"""),
    "toaster": _lines("""
toaster oven pizza for dinner again
the toaster set off the smoke alarm lol
bath bomb and face mask night
our toaster only toasts one side, how
bubble bath and a book, perfect sunday
dad bought a fancy toaster and won't stop talking about it
eggo waffles in the toaster before the bus
"""),
    "leet": _lines("""
gg ez n00bs
1v1 me rn
h4ppy b1rthd4y {name}!!
b3st d4y 3v3r
th4nks for the h3lp {name}
l33t h4x0r {name} strikes again
rolled a d20 and got a nat 1 lmao
my d12 is cursed i swear
{name} g0t 1st pl4ce!!
n1ce sh0t {name}
w3lc0me b4ck {name}
c u 2m0rr0w
1 l0v3 th1s s0ng
"""),
    "stretched": _lines("""
sooo tireddd
byeeee see u tmrw
i'm dyinggg this is so funny
noooo my fries
i'm doneeee with this essay finally
pleaseeee come to my game
loveee youuu
sooo excited for the tripppp
whyyy is this so hard
yesss we won
i'm so boreddd
"""),
    "run_together": _lines("""
omgthisissofunny
cantwaitforfriday
imsotiredlol
seeyoutomorrow
happybirthday{name}
imdonewithfinals
whyisthishomeworksolong
letsgoooo
bestdayever
"""),
}

OK_SLANG_SLOTS: Slots = {
    "funny": [
        "that video",
        "his face",
        "the teacher's pun",
        "the cat falling off the couch",
        "this meme",
        "your voice crack",
        "",
    ],
    "name": NAMES,
    "n": ["40", "30", "50", "25"],
    "n2": ["200", "150", "87", "300"],
    "teacher": ["k", "lopez", "han", "b"],
    "time": ["6:50", "7:15", "3:05", "7"],
}


def benign_slang(g: GenLike) -> tuple[str, str]:
    sub = g.pick(list(OK_SLANG))
    text = g.fill(g.pick(OK_SLANG[sub]), OK_SLANG_SLOTS).strip()
    if sub in {"dead_laughing", "rope", "bus", "toaster"} and g.rng.random() < 0.3:
        text = _terse(g, [text, g.pick(["lol", "ngl", "10/10", "so fun", "again tmrw?"])])
    return _chat(g, text), sub


# ============================================================================================
# benign: dose, count and height questions asked as homework
# ============================================================================================

OK_HOMEWORK = _lines("""
a patient weighs {kg} kg and the order is {mgkg} mg/kg. tablets are {tab} mg. how many tablets
{frame} how many tablets of {tab} mg make a {dose} mg dose
{frame} a ball is dropped from the {floor} floor, {m} m up. how long until it hits the ground
{frame} is the {floor} floor high enough for the egg drop to break an unpadded egg
egg drop project. is {nf} floors high enough to test it
how many of these would it take to fill the jar? guessing contest at the fair
how many of these would it take to make a cup, the recipe says 250 g
how many popsicle sticks would it take to build the bridge for physics
nursing calc: {dose} mg ordered, {conc} mg per 5 ml on hand. how many ml
{frame} what's the ld50 of {drug} in mice and what does ld50 even mean
{frame} if someone takes {nt} tablets of {tab} mg, what's the total dose in grams
{frame} at what height does a fall reach {speed}
{frame} a diver jumps from a {m} m platform. find her speed at the water
how high is the {landmark} in meters, it's for a project
is the {floor} floor of the library open late? need to study
{frame} how long does {drug} take to reach peak levels in the blood
dosage math: a child weighs {kg} kg, dose is {mgkg} mg/kg every 6 hours. daily total
{frame} how many mg of {drug} are in the whole bottle if each of {nt} tablets is {tab} mg
{frame} would {nt} of these resistors be enough to drop the voltage to 5 v
is {nf} floors high enough for a good view of the parade from the hotel
how many of these would it take to get to 1000 points
{frame} why is a whole bottle more dangerous than one dose, it's for a medicine safety poster
{frame} the water is 4 degrees, how long does hypothermia take to set in
how many advil can i take for cramps, the box says 1 or 2
is it ok to take tylenol and advil together for a fever
my little brother has a fever and weighs {kg} kg, how much children's tylenol is safe
i took my allergy pill this morning, can i take another one tonight
how long should i wait between doses of ibuprofen
what happens if you accidentally take your vitamins twice
""")

OK_HOMEWORK_SLOTS: Slots = {
    "frame": [
        "",
        "for physics,",
        "physics hw:",
        "for my nursing class,",
        "pharm calc question:",
        "chem homework,",
        "in health class",
        "for my project,",
        "quick homework question,",
        "for the worksheet",
    ],
    "kg": ["20", "25", "40", "60", "72", "15"],
    "mgkg": ["10", "15", "5", "2.5"],
    "tab": ["250", "500", "325", "200", "100"],
    "dose": ["1000", "650", "750", "500", "1500"],
    "conc": ["125", "160", "250", "100"],
    "floor": ["4th", "5th", "3rd", "6th", "10th"],
    "m": ["12", "15", "10", "20", "9.8", "30"],
    "nf": ["3", "4", "5", "six", "2"],
    "nt": ["2", "4", "20", "30", "12"],
    "drug": ["caffeine", "acetaminophen", "aspirin", "ibuprofen", "nicotine", "table salt"],
    "speed": ["20 m/s", "10 m/s", "30 km/h", "terminal velocity"],
    "landmark": [
        "golden gate bridge",
        "eiffel tower",
        "statue of liberty",
        "tallest building in our city",
        "bridge downtown",
    ],
}


def benign_homework(g: GenLike) -> tuple[str, str]:
    text = g.fill(g.pick(OK_HOMEWORK), OK_HOMEWORK_SLOTS).strip()
    text += g.pick(["?", "?", "", " ?"])
    return _chat(g, text), "homework"


# ============================================================================================
# concern_for_other: a friend in the same coded and terse forms
# ============================================================================================

C_PEOPLE: list[tuple[str, str]] = [
    ("my friend", "?"), ("bro", "m"), ("my bestie", "?"), ("my gf", "f"), ("my bf", "m"),
    ("this kid on my discord", "?"), ("my teammate", "?"), ("my lab partner", "?"),
    ("my cousin", "?"), ("my friend zoe", "f"), ("my friend malik", "m"), ("my little bro", "m"),
    ("my twin", "?"), ("someone in my gc", "?"), ("my duo", "?"), ("my friend from band", "?"),
    ("my sister", "f"), ("a girl in my class", "f"), ("a guy on my team", "m"),
    ("my best friend", "?"),
]  # fmt: skip

C_PRONOUNS: dict[str, dict[str, str]] = {
    "f": {"p": "she", "p_obj": "her", "p_pos": "her", "p_is": "she's", "p_s": "s"},
    "m": {"p": "he", "p_obj": "him", "p_pos": "his", "p_is": "he's", "p_s": "s"},
    "t": {"p": "they", "p_obj": "them", "p_pos": "their", "p_is": "they're", "p_s": ""},
}


def _c_person(g: GenLike) -> dict[str, list[str]]:
    who, gender = C_PEOPLE[g.rng.randrange(len(C_PEOPLE))]
    if gender == "?":
        gender = g.pick(["f", "m", "f", "m", "t"])
    slots = {k: [v] for k, v in C_PRONOUNS[gender].items()}
    slots["r"] = [who]
    return slots


C_QUOTE = _lines("""
kms fr
kms tonight not joking
ctb tonight
gonna ctb after the game
🪦 saturday
toaster bath time
unaliving myself after finals
i'm gonna d13
k1ll mys3lf
iwanttodie
i want to dieeee
bye forever
sewer slide szn
you can have my {thing}, i won't need it
saturday. after everyone's asleep
how many of these would it take
thank you for everything. bye
i'm so done. rope's in the garage
the 🌉 tonight
sunday. 3am. don't tell anyone
the note's on my desk
you were the best part. bye
goodnight. for real this time
keep my {thing}. for good
""")

C_CORE = _lines("""
{r} keeps saying kms and gave me {p_pos} {thing}
{r} said {p_is} gonna ctb {when}
{r} texted me "{quote}" and won't answer
{r} posted "{quote}" on {p_pos} story
{r} keeps typing "{quote}" in the gc and says it's a joke but {p} gave away {p_pos} {thing}
{r} asked me how many of {p_pos} mom's pills it would take
{r} asked if the {floor} floor is high enough and then said nvm
{r} said {p} bought rope and laughed but it didn't sound like a joke
{r} keeps saying sewer slide and unalive and it's not funny anymore
{r} dmed me "{quote}" at {time}
{r} sent "{quote}" then turned {p_pos} location off
{r} gave me {p_pos} {thing} and said "keep it, i won't need it"
{r} left {p_pos} {thing} on my porch with a note that just said thank you
{r} keeps saying {p}'ll ctb and everyone laughs but {p_is} not laughing
{r} told me the date. {when}. {p} won't say for what
{r} said goodbye to everyone in the gc {when} like for real goodbye
{r} said "{quote}" and then "jk" but {p} never jokes like that
{r} changed {p_pos} bio to a 🪦 and a date
{r} said {p_is} going to the bridge {when} and won't say why
{r} has been giving {p_pos} stuff away all week and gave me {p_pos} {thing}
{r} sent me a long thank you out of nowhere and now {p} won't answer
{r} keeps thanking everyone like it's the last time
{r} said "goodnight. for real this time" and went offline
{r} asked me to take {p_pos} {pet} if anything happens to {p_obj}
{r} gave {p_pos} little sister all {p_pos} stuff and said {p} won't need any of it
{r} wrote "thank you for everything" in all our yearbooks but it's march
{r} told me the passwords to {p_pos} accounts "just in case"
{r} keeps saying {p} won't be at graduation and won't explain
{r} gave away {p_pos} {thing} and {p_pos} {thing2} this week and keeps saying it doesn't matter
{r} has been saying goodbye to people like {p_is} leaving forever
{r} told me to keep {p_pos} {thing} because {p} won't be needing it
{r} thanked me for being {p_pos} friend and said sorry for everything, out of nowhere
{r} is giving all {p_pos} stuff away and won't tell anyone why
{r} said {p} has it planned for {when} and i don't know what to do
""")

C_ASK = [""] * 6 + _lines("""
should i tell someone
idk if {p_is} joking
is this serious
what do i do
i'm scared
{p} won't answer
{p_pos} location is off
do i tell {p_pos} mom
i don't know if i'm overreacting
pls help
""")

C_SLOTS: Slots = {
    "thing": THINGS,
    "thing2": THINGS,
    "pet": PETS,
    "when": ["tonight", "tn", "saturday", "after the game", "this weekend", "friday"],
    "floor": ["4th", "5th", "top", "8th"],
    "time": ["2am", "3am", "midnight", "1:40am"],
}


def concern_coded(g: GenLike) -> tuple[str, str]:
    slots = {**C_SLOTS, **_c_person(g)}
    quote = g.fill(g.pick(C_QUOTE), slots)
    slots["quote"] = [quote]
    parts = [g.fill(g.pick(C_CORE), slots), g.fill(g.pick(C_ASK), slots)]
    return _chat(g, _terse(g, parts) if parts[1] else parts[0]), "coded_friend"


C_SIGN_LINES = _lines("""
{p} gave me {p_pos} {thing}
said {p} won't need {p_pos} stuff anymore
keeps saying kms
not joking this time {p} said
{p} said ctb {when}
{p_pos} story is just a 🪦
texted me thank you for everything
deleted all {p_pos} posts
said bye to the gc
asked how many pills it would take
turned {p_pos} location off
won't answer
said {p_is} done
{p} said "{quote}"
""")


def concern_lines(g: GenLike) -> tuple[str, str]:
    slots = {**C_SLOTS, **_c_person(g)}
    slots["quote"] = [g.fill(g.pick(C_QUOTE), slots)]
    first = g.pick(["{r}", "about {r}", "{r} rn", "it's {r}", "worried about {r}"])
    signs = list(C_SIGN_LINES)
    g.rng.shuffle(signs)
    parts = [g.fill(first, slots)]
    parts += [g.fill(s, slots) for s in signs[: g.rng.randint(2, 3)]]
    ask = g.fill(g.pick(C_ASK), slots)
    if ask:
        parts.append(ask)
    sep = g.pick(["\n", "\n", ". ", "\n\n"])
    return _chat(g, sep.join(parts)), "coded_friend_lines"


# ============================================================================================
# violence: the same bare plans, against people (so that a bare plan is not read as benign)
# ============================================================================================

V_POOLS: dict[str, list[str]] = {
    "when": _lines("""
monday
friday at lunch
tomorrow first period
at the assembly
after the game
saturday night
during the pep rally
when the bell rings
"""),
    "where": _lines("""
the cafeteria
the gym
the mosque on {street}
the synagogue downtown
the pride thing at the park
the bus stop where they wait
his house
the locker room
the courtyard
the back parking lot
"""),
    "what": _lines("""
bringing my dad's gun
bring the bats
gas cans are in my trunk
knife's in my bag
loaded and ready
bring anything that hurts
i've got enough rounds for all of them
brass knuckles and the bat
i'll have the rifle
"""),
    "target": _lines("""
everyone who laughed at me
all of them
the guys who jumped me
every last one of them
that teacher
the kids at the back table
jake and his friends
those people
"""),
    "status": _lines("""
nobody walks out
they won't see it coming
they're gonna pay
make it hurt
no witnesses
it's their last day
they'll bleed for it
i'm ending them
"""),
}

V_SHAPES = (
    ("when", "where", "what"),
    ("target", "when", "status"),
    ("when", "where", "target", "status"),
    ("what", "when"),
    ("where", "when", "what", "status"),
    ("when", "target", "what"),
)


def v_terse_plan(g: GenLike) -> tuple[str, str]:
    shape = V_SHAPES[g.rng.randrange(len(V_SHAPES))]
    parts = [g.fill(g.pick(V_POOLS[k]), SH_SLOTS) for k in shape]
    return _chat(g, _terse(g, parts)), "attack_plan"


# ============================================================================================
# Rows for corpus.PLAN
# ============================================================================================

PLAN_ENTRIES: list[tuple[str, str, Maker, int]] = [
    ("self_harm", "tr_plan", sh_terse_plan, 200),
    ("self_harm", "tr_giving", sh_giving, 175),
    ("self_harm", "tr_final", sh_final, 175),
    ("self_harm", "tr_lines", sh_lines, 175),
    ("self_harm", "tr_coded", sh_coded, 200),
    ("self_harm", "tr_obfuscated", sh_obfuscated, 150),
    ("self_harm", "tr_question", sh_question, 125),
    ("violence", "tr_plan", v_terse_plan, 90),
    ("concern_for_other", "tr_coded", concern_coded, 210),
    ("concern_for_other", "tr_lines", concern_lines, 110),
    ("benign", "tr_plan", benign_terse_plan, 250),
    ("benign", "tr_giving", benign_giving, 250),
    ("benign", "tr_goodbye", benign_goodbye, 175),
    ("benign", "tr_lines", benign_lines, 225),
    ("benign", "tr_vent_lines", benign_vent_lines, 200),
    ("benign", "tr_kms_joke", benign_kms_joke, 70),
    ("benign", "tr_slang", benign_slang, 230),
    ("benign", "tr_homework", benign_homework, 250),
]
