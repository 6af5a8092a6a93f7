"""The writer's own indirect suicidal ideation, in voices the rest of the corpus has not
used, and the sad, tired and self-critical messages that look like it and are not, for the
safety-filter's training corpus, made from templates written for this project.

    PLAN_ENTRIES -> [(label, family, maker, how many)]   # rows for corpus.LATE_PLAN
    maker(g) -> (text, sub)                              # one message and its sub-family

Most of the corpus speaks as a school student. These families speak as adults and students
in every kind of life (a night-shift nurse, a single dad, a grad student, a retired teacher,
someone writing in a second language), in long forum posts with several sentences of life
context (a job lost, a failed course, a family that fights, a breakup, debt, an illness,
loneliness) and one or two sentences that decide, anywhere in the post; and in terse chat
lines, run-on lower case, slang and typos. What these families teach (concepts, not
sentences):

- ``self_harm``: HOPELESSNESS WITH INTENT (no future the writer is in, a day picked, a count
  of days, "the last time i...", wanting to sleep and not wake up and having decided, nothing
  left to try and a decision made, feeling like a ghost and making it final); BURDENSOMENESS
  with intent or a wish to be gone (everyone lighter, freer or richer without me, a drain,
  the problem in every room); GOODBYES and GIVING THINGS AWAY (a last thank-you, a pet to
  look after, letters and passwords left, "none of it was your fault", accounts deleted, a
  console or a guitar given away because it won't be needed); PLAN and METHOD questions that
  never say the word (a stockpile, a height, how long, how many, the most painless way).
- ``benign``: the same lives, openings, asides and sentence shapes without intent: hopeless
  about a job but applying again, tired and booking a day off, "i can't do this anymore"
  about homework, "i want to disappear for a week" meaning a holiday, feeling like a burden
  when asking for rides, ordinary goodbyes (a move, a graduation, a last shift, things given
  away before a move, a console sold, a letter to a future self), venting with nothing asked,
  coping questions, someone in therapy and safe, recovery told in the past, and questions of
  the method shapes about paint, bread, dorm floors, splinters and safe doses.

Every context sentence, opening and tail is drawn from the same pools with the same odds for
both labels, and the benign posts carry at least as many of them, so that a sad life never
predicts the label: only what the writer means to do does.

Rules of this file (those of ``signals.py``):

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
    "bn_burden",
    "bn_goodbye",
    "bn_post",
    "bn_question",
    "bn_recovery",
    "bn_terse",
    "bn_vent",
    "sh_burden",
    "sh_goodbye",
    "sh_method",
    "sh_post",
    "sh_terse",
]


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


# ============================================================================================
# Typing: how a message gets typed (the same odds for every label)
# ============================================================================================

_CHAT = (
    ("i'm", "im"),
    ("i am", "im"),
    ("don't", "dont"),
    ("going to", "gonna"),
    ("want to", "wanna"),
    ("because", "cuz"),
    ("because", "bc"),
    ("you", "u"),
    ("your", "ur"),
    ("with", "w"),
    ("really", "rly"),
    ("though", "tho"),
    ("before", "b4"),
    ("nothing", "nothin"),
    ("something", "sth"),
    ("people", "ppl"),
    ("probably", "prob"),
    ("to be honest", "tbh"),
    ("i don't know", "idk"),
    ("not gonna lie", "ngl"),
    ("thanks", "thx"),
    ("everyone", "every1"),
    ("okay", "ok"),
    ("right now", "rn"),
    ("literally", "lit"),
)


def _slip(g: GenLike, word: str) -> str:
    """One slip of the thumb: two letters swapped, one left out, or one typed twice."""
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
    """Chat spellings, no apostrophes, a capital at the start, or as it is; then maybe typos."""
    r = g.rng.random()
    if r < 0.3:
        padded = f" {text} "
        for a, b in _CHAT:
            if g.rng.random() < 0.5:
                padded = padded.replace(f" {a} ", f" {b} ")
        text = padded.strip()
    elif r < 0.45:
        text = text.replace("'", "")
    elif r < 0.62:
        text = text[:1].upper() + text[1:]
        text = text.replace(" i ", " I ").replace(" i'", " I'").replace(". i ", ". I ")
    if g.rng.random() < 0.28:
        words = text.split(" ")
        for _ in range(g.rng.randint(1, 3)):
            j = g.rng.randrange(len(words))
            words[j] = _slip(g, words[j])
        text = " ".join(words)
    return text


def _join(g: GenLike, parts: Sequence[str]) -> str:
    """The sentences of a post joined as people join them: run on with no full stops, one a
    line, or with stops (some trailing off)."""
    parts = [p.strip() for p in parts if p.strip()]
    if not parts:
        return ""
    style = g.rng.random()
    if style < 0.28:
        out = parts[0]
        for p in parts[1:]:
            out += g.pick([" ", " and ", ", ", " like ", " and like ", " so ", " and then "]) + p
        return out
    if style < 0.42:
        return "\n".join(parts)
    sep = g.pick([". ", ". ", ". ", ". ", "... ", " - ", ". "])
    return sep.join(parts) + g.pick(["", "", ".", ".", "...", " idk", "."])


# ============================================================================================
# Slots shared by the lives, the keys and the questions
# ============================================================================================

SLOTS: Slots = {
    "workplace": ["warehouse", "call center", "hospital", "bakery", "law firm", "grocery store",
                  "hotel front desk", "dental office", "diner", "distribution center", "bank",
                  "daycare", "startup", "plant", "car dealership", "pharmacy", "gym"],
    "when_ago": ["in march", "three weeks ago", "back in the spring", "last month",
                 "right before christmas", "two months ago", "in january", "over the summer",
                 "in october", "six weeks ago", "at the start of the year"],
    "month": ["january", "february", "march", "april", "may", "june", "july", "august",
              "september", "october", "november"],
    "weekday": ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"],
    "n_apps": ["40", "60", "80", "120", "200", "over a hundred", "like 150", "ninety"],
    "small_n": ["two", "three", "four", "five", "six"],
    "years": ["two", "three", "four", "six", "eight", "eleven", "fifteen"],
    "course": ["organic chem", "calc 2", "stats", "anatomy", "contract law", "thermo",
               "accounting", "my nursing boards", "the cpa exam", "linear algebra",
               "physics 2", "my qualifying exam"],
    "gpa": ["1.8", "2.1", "2.3", "1.9", "2.0"],
    "age": ["19", "22", "24", "26", "29", "31", "34", "38", "42", "47", "52", "58", "61"],
    "sex": ["f", "m", "F", "M", "nb", ""],
    "ex": ["my ex", "my wife", "my husband", "my girlfriend", "my boyfriend", "my fiance",
           "my partner"],
    "debt": ["$14k", "$22,000", "$31k", "almost $9,000", "$48k", "six figures", "$12k",
             "about forty grand"],
    "condition": ["lupus", "ms", "crohn's", "fibromyalgia", "a heart condition",
                  "type 1 diabetes", "chronic migraines", "endometriosis", "rheumatoid arthritis",
                  "a bad disc in my spine", "long covid", "epilepsy"],
    "body": ["back", "knees", "hands", "hip", "neck", "migraines"],
    "city": ["denver", "leeds", "phoenix", "toronto", "manchester", "austin", "portland",
             "glasgow", "dallas", "melbourne", "a town where i know nobody", "the city"],
    "clock": ["3am", "4am", "2:40am", "1am", "5am", "half past three"],
    "role": ["nurse", "single dad of two", "mom of three", "grad student", "line cook",
             "truck driver", "retired teacher", "junior in college", "high school senior",
             "bartender", "warehouse picker", "vet tech", "software dev", "stay at home mom",
             "first year apprentice", "night shift security guard", "caregiver"],
    "date": ["the 14th", "the end of the month", "my birthday", "after my sister's wedding",
             "new year's", "the first of the month", "when the semester ends", "payday",
             "the 30th", "after the holidays", "the weekend after next"],
    "holiday": ["christmas", "thanksgiving", "easter", "the summer trip", "her birthday",
                "the reunion", "new year's", "eid", "the wedding"],
    "season": ["winter", "christmas", "summer", "birthday", "semester", "spring"],
    "n_days": ["3", "4", "5", "6", "9", "11", "12", "17", "20", "three", "six", "ten"],
    "tried": ["three different meds", "therapy twice", "moving cities", "quitting drinking",
              "a new job", "the gym thing", "journaling", "two psychiatrists", "church",
              "cutting everyone off", "working more", "every app there is"],
    "tried2": ["a sleep clinic", "talking to my pastor", "group therapy", "a support line",
               "taking a break from everything", "yoga", "going back to school",
               "a different doctor"],
    "renew": ["lease", "gym membership", "phone contract", "passport", "prescription",
              "car insurance", "parking permit"],
    "appt": ["dentist", "follow-up", "haircut", "therapy intake", "eye exam", "physio"],
    "milestone": ["graduation", "my 30th", "the baby being born", "my brother's wedding",
                  "next summer", "the new year", "my niece's first birthday", "spring"],
    "last_act": ["doing the night shift", "paying this phone bill", "filling this prescription",
                 "visiting my parents", "cleaning this apartment", "going to class",
                 "opening the mail"],
    "last_benign": ["lending him money", "pulling an all-nighter", "taking an 8am class",
                    "doing a group project with those guys", "covering her shifts",
                    "driving four hours for a birthday party", "buying the cheap printer"],
    "pet_name": ["biscuit", "miso", "pepper", "luna", "otis", "mochi", "bean", "juniper",
                 "noodle", "pickles"],
    "pet_kind": ["cat", "dog", "rabbit", "bird", "fish", "cats"],
    "console": ["ps5", "switch", "xbox", "gaming pc", "steam deck", "old ds"],
    "item": ["guitar", "bike", "camera", "good headphones", "winter coat", "record player",
             "sewing machine", "telescope", "keyboard", "tent", "drawing tablet", "watch"],
    "item2": ["books", "plants", "vinyl", "board games", "jackets", "tools", "sketchbooks",
              "comics", "shoes"],
    "friend_name": ["dani", "marcus", "priya", "jo", "sam", "ife", "lucas", "mei", "rosa"],
    "place": ["desk drawer", "glovebox", "top shelf of the closet", "shoebox under my bed",
              "kitchen drawer", "nightstand", "blue folder on my desk", "bread bin"],
    "med": ["my sleeping pills", "my antidepressants", "my mom's pain pills", "the tylenol",
            "my blood pressure pills", "my grandpa's heart meds", "the benadryl",
            "my seroquel", "the painkillers from my surgery", "my anxiety meds"],
    "n_pills": ["30", "40", "50", "60", "a hundred", "two bottles", "20", "80"],
    "weeks": ["two", "three", "five", "six", "a few", "eight"],
    "n_floors": ["six", "seven", "eight", "nine", "twelve"],
    "fam": ["mom", "dad", "sister", "brother", "wife", "husband", "grandma", "kids", "parents"],
    "spot": ["bridge on the way to work", "roof of my building", "train crossing by the park",
             "overpass near my house", "cliffs by the beach", "top floor of the car park"],
}  # fmt: skip


def _fam(g: GenLike) -> dict[str, list[str]]:
    """A family member and the pronouns that go with them."""
    fams = (
        ("mom", "her", "she"), ("dad", "him", "he"), ("sister", "her", "she"),
        ("brother", "him", "he"), ("wife", "her", "she"), ("husband", "him", "he"),
        ("grandma", "her", "she"), ("kids", "them", "they"), ("parents", "them", "they"),
        ("girlfriend", "her", "she"), ("boyfriend", "him", "he"), ("son", "him", "he"),
        ("daughter", "her", "she"), ("roommate", "them", "they"),
    )  # fmt: skip
    fam, obj, subj = fams[g.rng.randrange(len(fams))]
    return {"fam": [fam], "fam_obj": [obj], "fam_subj": [subj]}


# Slots that name one thing a post keeps talking about: one value for the whole post.
PINNED = ("ex", "workplace", "city", "course", "condition", "age", "pet_name", "friend_name",
          "spot", "med", "body", "console")  # fmt: skip


def _slots(g: GenLike, extra: Slots | None = None) -> dict[str, Sequence[str]]:
    """The slots of one post: the shared ones, a family member, and the pinned ones fixed."""
    pinned = {k: [g.pick(SLOTS[k])] for k in PINNED}
    return {**SLOTS, **pinned, **_fam(g), **(extra or {})}


# ============================================================================================
# Lives: context sentences, the same for every label
# ============================================================================================

LIVES: tuple[tuple[str, list[str]], ...] = (
    (
        "job",
        _lines("""
i got let go from the {workplace} {when_ago} and nothing has come through since
i've sent out {n_apps} applications and heard back from two
my manager keeps cutting my hours and rent went up again
i work nights at the {workplace} and sleep through most of the daylight
the interview on {weekday} went nowhere, same as the last {small_n}
i've been at the same {workplace} for {years} years and i'm going nowhere
they restructured the team and my name was on the list
my contract runs out at the end of the month and there's nothing lined up
i had to take a job at the {workplace} that pays less than my old one
my boss yelled at me in front of the whole shift on {weekday}
i'm covering for two people since they stopped hiring
"""),
    ),
    (
        "school",
        _lines("""
i failed {course} for the second time and my advisor basically shrugged
i'm so far behind on my thesis my supervisor stopped emailing me
my gpa dropped to {gpa} this term
i've missed {small_n} weeks of lectures and i can't see how to catch up
my parents think uni is going great and i haven't been to class since {month}
i didn't get into any of the programs i applied to
finals start {weekday} and i haven't opened the textbook
i'm the first in my family at college and i'm failing it
my scholarship depends on grades i'm not getting
i switched majors twice and i still hate it
"""),
    ),
    (
        "family",
        _lines("""
my parents fight every night and i hear all of it through the wall
my dad hasn't really spoken to me since i came out
my mom's drinking got worse after the divorce
i moved back in with my parents at {age} and they bring it up daily
my sister is the golden child and i'm the cautionary tale
nobody in my house has had a real conversation in months
i take care of my grandma after work and nobody else in the family helps
my brother and i haven't spoken since the funeral
my {fam} and i had a huge fight on {weekday} and it's still awful
my kids are with their mom most weeks now and the apartment is silent
"""),
    ),
    (
        "breakup",
        _lines("""
{ex} left in {month} after {years} years together
{ex} moved out {when_ago} and took the dog
i found out {ex} had been seeing someone else since the summer
the apartment is way too quiet since {ex} left
the engagement ended {when_ago} and i still have the venue receipts in a drawer
{ex} blocked me everywhere and i still check anyway
we were together since high school and now i don't know who i am without {ex}
i still set two plates out some nights without thinking
"""),
    ),
    (
        "debt",
        _lines("""
i owe {debt} on credit cards and the minimums eat my whole check
collections started calling me at work
my car got repossessed {when_ago}
i borrowed money from my brother and i can't pay it back
i've been skipping meals to make rent
my student loans came out of forbearance and the number is {debt}
i overdrafted again buying groceries
the landlord put a notice on the door on {weekday}
"""),
    ),
    (
        "illness",
        _lines("""
i was diagnosed with {condition} {when_ago}
the pain has been constant for {years} years and the new meds do nothing
i've been in and out of the hospital since {month}
my doctor says there's nothing new to try, just manage it
i can't work a full day anymore because of my {body}
since the diagnosis i'm tired in a way that sleep doesn't touch
the waitlist for the specialist is nine months
i had to give up {course} because of flare ups
"""),
    ),
    (
        "lonely",
        _lines("""
i moved to {city} for work and i don't know a single person here
nobody has texted me first in weeks
i eat lunch in my car so i don't have to sit alone in the break room
my friends all drifted off after graduation
i spent my birthday alone and nobody noticed
the only people i talk to are cashiers
everyone in my group chat has partners and kids now and i'm just there
i haven't hugged anyone since {month}
"""),
    ),
)

FEELINGS = _lines("""
i feel empty most days
everything takes so much effort
i'm exhausted all the time, even after twelve hours of sleep
i cry in the shower so nobody hears
nothing i used to like does anything for me now
it's like watching my life through glass
i've stopped answering my phone
i feel like i'm failing at being a person
some days i don't get out of bed until three
i've been numb for weeks
i smile at work and fall apart in the car
the days all blur together
i honestly forget what laughing properly feels like
i feel so far behind everyone my age
i'm running on nothing
my chest feels heavy from the minute i wake up
i keep apologizing for existing, basically
i haven't cooked a real meal in a month
""")

OPENERS = _lines("""
throwaway because my family knows my main
i've never posted here before
long post, sorry
on mobile so sorry about formatting
i'm {age}{sex} if that matters
{age}{sex} here
i don't really know why i'm writing this
it's {clock} and i can't sleep
i've been lurking here a while
not sure this is the right place
i just need to get this out
sorry for my english, it's not my first language
i'm a {role}, for context
some context first
ok here goes
this is going to ramble
i'm a {age} year old {role}
first time posting
""")

TAILS = _lines("""
anyway
that's it i guess
thanks for reading if you got this far
not sure what i'm even asking for here
i just needed to say it somewhere
sorry, this is all over the place
not really looking for advice
idk why i'm posting this
thanks for listening
ok. that's all
sorry for the wall of text
i needed someone to know
""")


def _context(g: GenLike, n: int) -> list[str]:
    """``n`` context sentences from one or two lives."""
    first = LIVES[g.rng.randrange(len(LIVES))][1]
    pool = list(first)
    if g.rng.random() < 0.45:
        second = LIVES[g.rng.randrange(len(LIVES))][1]
        if second is not first:
            pool += second
    return g.rng.sample(pool, min(n, len(pool)))


def _compose(
    g: GenLike,
    key: Sequence[str],
    slots: Slots,
    ctx: tuple[int, int] = (1, 4),
    short_share: float = 0.25,
    tails: Sequence[str] = TAILS,
) -> str:
    """A post: an opening, context from one or two lives, maybe a feeling, the key sentences
    (in order, anywhere), a tail; or, short, the key with at most one context sentence."""
    filled = [g.fill(k, slots) for k in key]
    if g.rng.random() < short_share:
        around = [g.fill(s, slots) for s in _context(g, g.rng.randint(0, 1))]
        parts = [*around, *filled] if g.rng.random() < 0.5 else [*filled, *around]
        if g.rng.random() < 0.3:
            parts.append(g.fill(g.pick(tails), slots))
        return _type(g, _join(g, parts))
    around = [g.fill(s, slots) for s in _context(g, g.rng.randint(*ctx))]
    if g.rng.random() < 0.55:
        around.insert(g.rng.randint(0, len(around)), g.fill(g.pick(FEELINGS), slots))
    pos = g.rng.randint(0, len(around))
    parts = [*around[:pos], *filled, *around[pos:]]
    if g.rng.random() < 0.6:
        parts.insert(0, g.fill(g.pick(OPENERS), slots))
    if g.rng.random() < 0.55:
        parts.append(g.fill(g.pick(tails), slots))
    return _type(g, _join(g, parts))


# ============================================================================================
# self_harm: hopelessness with intent, in posts
# ============================================================================================

HOPELESS_INTENT = _lines("""
i stopped picturing a future a while ago, and now i've picked the day it ends
i'm not planning to be here when the {renew} is up, so i didn't bother looking at options
i'm tired in a way i want to end for good, and i know how i'm going to do it
i've decided. i'm not telling anyone when, but it's decided
{date} is the day. i picked it weeks ago and i haven't wavered once
this is the last time i'm {last_act}, after that i'm done with everything
every night i wish i'd fall asleep and not wake up, and i've stopped just wishing
i've tried {tried} and {tried2}. there's nothing left to try, so i made a decision
i already walk around like a ghost, i'm just going to make it official soon
i've made my peace with it. all that's left is picking a quiet night
{n_days} more days. i've been counting them down on my phone
i didn't renew my {renew} because i won't be around to need it
when my {fam} talks about {holiday} i just nod, because i won't be at the table this year
there's no version of next {season} that has me in it, and i'm making sure of that
the rent is paid through the end of the month and that's as far as i'm going
i took next week off work, not for a vacation, to finish things before i go
every time someone at the {workplace} says see you {weekday} i know they won't be seeing me
i'm done waiting for it to get better. i'm going to make it stop myself
i've got a date circled and it's the only thing i'm looking forward to
i'm not scared of not waking up anymore, i'm planning on it
i don't want a future and i've set things up so i won't have one
after {date} nobody has to worry about me again, i've made sure of it
i've already decided this is my last {season}, and honestly it's a relief
i keep quietly saying goodbye to places, the bus stop, the bakery, because i won't see them again
i stopped taking my meds and kept them instead, for when i'm ready
i'm just waiting for the house to be empty on {weekday}, then it's done
my plan is made and i feel weirdly calm, like the hard part is over
i won't be here for {milestone} and i've quit pretending i will
i wrote the note last night, i just have to choose the day
one more year like this is more than i'll do, and i've worked out how to stop
nothing left to try. my mind is made up and i'm going through with it
not existing used to scare me. now there's a plan and it just feels like rest
i keep telling myself one more week, but this really is the last one
i've been closing everything down, bank, email, subscriptions, so it's tidy when i'm gone
i want to go to sleep and never wake up again, and this weekend i'm making that happen
i'm finished. not with the job, with all of it. i've decided how
i cancelled my {appt} next month because there's no next month for me
this is the last paycheck i'm ever going to cash, i've planned it that way
it's all planned for after the kids are asleep on {weekday}
i've been a ghost in my own house for months, i'm going to make it permanent
i gave it until {date} to get better. it didn't, so that's the day
i don't see myself in next year, because i've decided not to be in it
i've been counting days on the calendar. {n_days} left and then i stop for good
i looked at the {spot} for a long time yesterday and i've decided that's where
i'm not buying anything past this month, i won't be around to use it
i already know which night. i'm just getting my affairs in order until then
i'm ready to stop. not pause, stop. i have what i need
""")

HOPELESS_INTENT_L2 = _lines("""
my family think i am ok but i made my decision, this is my last month here
i am very tired of living like this, i choose the day already
after {date} i will not be here anymore, i am decided
i have no future in this country and no future anywhere, so i finish it soon
i don't want to wake up more, and i know how i make this happen
everyone say it get better but i tried everything, now i decide to go
""")


def sh_post(g: GenLike) -> tuple[str, str]:
    """Hopelessness with intent: one key sentence (sometimes two) in a life's context."""
    pool = HOPELESS_INTENT_L2 if g.rng.random() < 0.1 else HOPELESS_INTENT
    key = [g.pick(pool)]
    if g.rng.random() < 0.2:
        second = g.pick(HOPELESS_INTENT)
        if second != key[0]:
            key.append(second)
    return _compose(g, key, _slots(g), ctx=(1, 4), short_share=0.2), "hopelessness"


# ============================================================================================
# self_harm: terse lines, slang, run-on lower case
# ============================================================================================

TERSE_INTENT = _lines("""
not gonna be around after {weekday} fr
lowkey already picked a date
so tired i just wanna sleep and not wake up. like actually, picked the night
counting down. {n_days} days left
ngl i've made my peace w it, it's happening soon
already a ghost tbh, just gotta finish it
done done. like permanently done. decided last night
nothing left to try so that's that. got the night picked
dont bother making plans w me for next month lol i wont be here
this is the last time im logging in, i've decided
im good actually. i finally decided. {date} and then no more of anything
idc anymore, got it planned for when my roommate's away
i'll be gone before {holiday}, already sorted it
just want the tired to stop forever and i figured out how
no future for me and im fine w that, got a plan
gonna go to sleep for good soon, just waiting on the right night
been counting days. {n_days} left
stopped buying groceries past this week. no point where im headed
last week of me fr. made my peace
tonight's the night i stop trying for good
i'm done after {weekday}. not like quitting a job done. done done
it's decided. {date}. don't ask
the {spot} tonight. i'm done
honestly relieved now that i picked a day
not planning on seeing {month}
""")

TERSE_OPEN = ["", "", "", "ok so ", "honestly ", "update: ", "not gonna lie ", "yeah ",
              "just saying ", "anyway ", "real talk ", "lol ", "idk "]  # fmt: skip
TERSE_END = ["", "", "", " fr", " tbh", " ngl", " lol", " ok", " whatever", " .", " bye",
             " it is what it is", " so yeah"]  # fmt: skip
TERSE_AROUND = _lines("""
work was hell again
she still hasn't texted back
rent's due
failed another quiz
my mom yelled again
cant sleep
got rejected again
my back is killing me
skipped class again
spent the whole day in bed
""")


def _terse(g: GenLike, pool: Sequence[str], slots: Slots) -> str:
    """A chat line: the key, with a scrap of context before or after, run together or not."""
    key = g.pick(TERSE_OPEN) + g.fill(g.pick(pool), slots) + g.pick(TERSE_END)
    if g.rng.random() < 0.45:
        scrap = g.pick(TERSE_AROUND)
        sep = g.pick([" ", ". ", ", ", " and ", "\n", " and like "])
        key = scrap + sep + key if g.rng.random() < 0.6 else key + sep + scrap
    return _type(g, key.lower() if g.rng.random() < 0.7 else key)


def sh_terse(g: GenLike) -> tuple[str, str]:
    return _terse(g, TERSE_INTENT, _slots(g)), "hopelessness_terse"


# ============================================================================================
# self_harm: burdensomeness with intent or a wish to be gone
# ============================================================================================

BURDEN_INTENT = _lines("""
everyone would be better off without me, and soon they will be
my family would save so much money without me around, and i've decided to give them that
they'd finally get to live their lives if i was gone, and i'm going to let them
i'm the problem in every room i walk into, so i'm taking myself out of all of them for good
i'm a drain on everyone who loves me and i'm done being one, i'm ending it
i keep ruining things for people, so i should remove myself, and i'm going to
my {fam} would have a lighter life without me and i want to give {fam_obj} that, permanently
my {fam} would be free to start over if i wasn't here, and i'm going to make that happen
the life insurance covers what i owe and more. they'd be richer with me gone and my mind is made up
i cost my parents their savings and their sleep, the least i can do is disappear for good
nobody would have to drive me to appointments or pay for my meds, i'm taking that weight off them
my kids deserve better than this version of me, they'd be fine without me and i've decided
i'm just one more bill in this house and i'm going to stop being one
every room gets lighter when i leave it, soon i'll leave for good
i'd be doing everyone a favor by not being here anymore, and i'm going to do them that favor
they'd all breathe easier without me and i wish i could just be gone tonight
i wish i could stop existing so they'd stop having to carry me
i'm going to take myself out of the picture so my {fam} can finally have a normal life
the expensive part of this family is me being alive, and i'm going to fix that
all i do is cost people money and patience, and i want to be gone for good so they can rest
i've done the math on what i cost everyone, and they're better off with me gone for good
my {fam} would be freer without me. i've stopped fighting that, i'm ready to go
i'm the reason everyone in this house is miserable and i'm going to remove the reason
no one would have to worry about me ever again if i just went, so i'm going
""")

BURDEN_TERSE_INTENT = _lines("""
every1 would be better off w/o me and i'm gonna fix that
they'd be lighter without me. soon
im a drain. not for much longer tho
my fam would save so much money if i was gone. decided
i ruin everything so im removing myself for good
they'd finally get to live. i'll be gone by {weekday}
""")


def sh_burden(g: GenLike) -> tuple[str, str]:
    slots = _slots(g)
    if g.rng.random() < 0.2:
        return _terse(g, BURDEN_TERSE_INTENT, slots), "burden"
    key = [g.pick(BURDEN_INTENT)]
    return _compose(g, key, slots, ctx=(1, 4), short_share=0.25), "burden"


# ============================================================================================
# self_harm: goodbyes, and things given away because they won't be needed
# ============================================================================================

GOODBYE_INTENT = _lines("""
thank you for being kind to me when it counted. i wanted to say it while i still can
please take care of {pet_name} for me, there'll be nobody else to after this week
the letters are in the {place}, one for each of you, please read them after
all my passwords are in a note on my laptop so nobody's locked out once i'm gone
i just wanted you to know none of it was your fault. none of what happens next
i'm deleting all my accounts tonight and i won't be making new ones. this is goodbye
you were the best part of the last {years} years. i needed you to hear that before the end
i recorded a message for my {fam} to hear after i'm gone, it's on my phone
i paid back everyone i owe so nobody's stuck with my debts when i'm not here
i've said goodbye to everyone in my own way, they just don't know it yet
thanks for putting up with me all this time, you won't have to for much longer
i left instructions for the {pet_kind} and the plants and a letter on the table for after
if you don't hear from me after {weekday}, please know it isn't because of anything you did
i wanted my last message to anyone to be to you
tell my {fam} i'm sorry, and that i loved {fam_obj} even when it didn't look like it
i called my grandma today just to hear her voice one last time
this is my last post here, thank you all for the years
i'm logging off for good after this, i wanted to thank you first
""")

GIVING_INTENT = _lines("""
i gave my {console} to my little brother since i won't need it anymore
i bagged up my clothes for the thrift store, i won't be needing them
you can have my {item}. i won't be using it again, better it goes to someone who will
i've been giving my things away one by one, the {item}, the {item2}, so there's less to sort after
i gave {friend_name} my {item} and said keep it forever. they didn't get why
i signed my car over to my sister. no point in it sitting in the lot after
i moved my savings into my niece's account, i won't be needing it
my plants go to the neighbor and my {item2} to the library, easier to sort it myself than leave it
i'm giving away my {item2} since i won't be around to enjoy them
i sold my {console} and gave the money to my {fam}, i won't be playing anything where i'm going
i told {friend_name} to take whatever they want from my room, soon it won't matter to me
i found homes for all my {item2} this week. the last thing is {pet_name}
""")


def sh_goodbye(g: GenLike) -> tuple[str, str]:
    slots = _slots(g)
    if g.rng.random() < 0.4:
        key = [g.pick(GIVING_INTENT)]
        if g.rng.random() < 0.2:
            key.append(g.pick(GOODBYE_INTENT))
        sub = "giving_away"
    else:
        key = [g.pick(GOODBYE_INTENT)]
        sub = "goodbye"
    if g.rng.random() < 0.25:
        return _terse(g, key, slots), sub
    return _compose(g, key, slots, ctx=(0, 3), short_share=0.35), sub


# ============================================================================================
# self_harm: plans and method questions that never say the word
# ============================================================================================

METHOD_INTENT = _lines("""
what's the most painless way to just not wake up
how many of {med} would it take to not wake up
i've been saving {med} for {weeks} weeks, is {n_pills} enough or do i need more
how long does it take if you swallow the whole bottle of {med} and nobody checks till morning
which floor is high enough that it's over right away
how high does a bridge have to be for there to be no coming back from it
what's the quickest way to make everything stop tonight, and i mean for good, not sleep
is {n_pills} of {med} enough to make sure i don't wake up
if someone mixed {med} with a bottle of vodka would they wake up
what's the least painful way out. asking for me
the parking garage by my work has {n_floors} floors, is that enough
how long does it take in a closed garage with the car running
i have a stash of {med} in my {place}, how many would it take
do you feel anything if you take enough of {med} all at once
what's the tallest place in {city} you can get onto alone, and it's not for the view
how many of {med} for someone my size, about 60 kilos, so it actually works
i've got {n_pills} of {med} counted out, how long before it's over
is the {spot} high enough or should i find somewhere higher
how long until you stop feeling anything in cold water, asking for tonight
what's the surest way that doesn't hurt, i'm done trying to stay
""")

METHOD_OPEN = ["", "", "", "serious question. ", "don't lecture me. ", "quick question ",
               "no judgement pls ", "just answer this ", "please just tell me ",
               "not for a project. "]  # fmt: skip


def sh_method(g: GenLike) -> tuple[str, str]:
    slots = _slots(g)
    q = g.pick(METHOD_OPEN) + g.fill(g.pick(METHOD_INTENT), slots)
    if g.rng.random() < 0.35:
        return _compose(g, [q], slots, ctx=(1, 3), short_share=0.4), "method"
    return _type(g, q + g.pick(["", "", "?", "??", " pls", " thx"])), "method"


# ============================================================================================
# benign: the same lives without intent
# ============================================================================================

HOPELESS_BENIGN = _lines("""
i feel hopeless about ever finding a job, but i've got {small_n} applications going out {weekday}
i stopped picturing a future for a while, but lately i've started making small plans again
i'm not planning to be here when the lease is up, i'm moving back home to save money
i'm so tired i want to sleep for a week, so i booked {weekday} off to actually rest
i've decided to drop to part time and take things slower for a while
{date} is the day i finally tell my boss i'm quitting
this is the last time i'm {last_benign}, lesson learned
i've tried {tried} and {tried2}, nothing clicked yet, so i'm asking my doctor what's next
i feel like a ghost at the {workplace}, nobody notices when i'm out, so i joined the lunch group
i've made my peace with not getting the promotion, there'll be other chances
{n_days} more days until i move out. i've been counting them down on my phone
i didn't renew my gym membership because i'm going to run outside instead
when my {fam} talks about {holiday} i just nod, because i have no idea how i'll afford gifts
i'm done waiting for it to get better on its own, i booked a therapist for {weekday}
i've got a date circled, it's my first day at the new place and i'm so nervous
i keep telling myself one more week and then i'll ask for help, so i'm asking now
i don't want to die, i just want some part of this to change
i'm in therapy and i'm safe, i just needed to get this out
i'm not giving up, i just don't know what the next step is
i can't do another year at the {workplace}, so i'm retraining as an electrician
i've been cleaning up my finances, closing old cards and cancelling subscriptions to get out of debt
i know this feeling passes, it did last winter, i'm just in the middle of it right now
i'm calling the number my doctor gave me tomorrow morning
i'm so done with this semester, but it's {small_n} more weeks and i'll get through it
i want to disappear for a week somewhere with no signal, so i booked a cabin
i took next week off work to rest and see my sister
every time someone says see you {weekday} i groan, but i'm fine, just burnt out
the rent is paid through the end of the month and after that i'm moving in with a friend
nothing left to try with this landlord, so i'm going to small claims
i feel like i have no future in this field, so i'm looking at going back to school
i'm tired of everything lately, but my sister's visiting {weekday} and that helps
some nights i wish i could fast forward to summer, but i'm hanging on
i keep thinking this is my last chance at {course}, so i hired a tutor
i don't see where my life is going, but i'm taking it one week at a time
i'm not doing great, but i'm not in danger, i just feel stuck
i've decided to tell my {fam} how bad it's been, i think {fam_subj} will help
i want this year to be over already, {milestone} can't come soon enough
i'm counting the days till payday like it's christmas
i told my doctor everything on {weekday} and we're trying a different med
i've been a ghost in my own house lately, so my {fam} and i are doing dinners together again
""")

HOPELESS_BENIGN_L2 = _lines("""
my family think i am ok but i am sad, i want to find someone to talk, maybe a counsellor
i am very tired from the work, but next month i have holiday with my family
everyone say it get better, i try to believe, i start a new course in {month}
i have no friends in this country yet, i join a football group on {weekday} to meet people
""")


def bn_post(g: GenLike) -> tuple[str, str]:
    """A sad, tired or stuck post whose key sentence has no intent (or says there is none)."""
    pool = HOPELESS_BENIGN_L2 if g.rng.random() < 0.1 else HOPELESS_BENIGN
    key = [g.pick(pool)]
    if g.rng.random() < 0.2:
        second = g.pick(HOPELESS_BENIGN)
        if second != key[0]:
            key.append(second)
    return _compose(g, key, _slots(g), ctx=(1, 5), short_share=0.2), "hopeless_no_intent"


VENT_ASK = _lines("""
how do you deal with feeling useless between jobs
any tips for the sunday night dread
what helps you when the loneliness hits at night
how do i bring up feeling this low with my doctor
is it normal to feel this flat after a breakup
how do you keep going with chronic pain on the bad days
how do people make friends as an adult in a new city
how do i stop comparing myself to everyone my age
what do you do on nights when everything feels pointless, i'm safe, just want ideas
how do i tell my parents i'm failing without it becoming a huge fight
does it get easier to be in the apartment alone
what actually helped you climb out of debt
""")

VENT_TAIL = _lines("""
just needed to get it off my chest
not in danger or anything, just venting
i'm okay, it's just a lot right now
no advice needed, just wanted to say it out loud
i'll be fine, i always am
thanks for letting me vent
""")


def bn_vent(g: GenLike) -> tuple[str, str]:
    """Off-my-chest posts (only the life and the feelings), and coping questions."""
    slots = _slots(g)
    if g.rng.random() < 0.45:
        key = [g.pick(VENT_ASK)]
        return _compose(g, key, slots, ctx=(1, 4), short_share=0.15), "coping"
    n = g.rng.randint(2, 5)
    parts = [g.fill(s, slots) for s in _context(g, n)]
    for _ in range(g.rng.randint(1, 2)):
        parts.insert(g.rng.randint(0, len(parts)), g.fill(g.pick(FEELINGS), slots))
    if g.rng.random() < 0.6:
        parts.insert(0, g.fill(g.pick(OPENERS), slots))
    parts.append(g.fill(g.pick([*TAILS, *VENT_TAIL, *VENT_TAIL]), slots))
    return _type(g, _join(g, parts)), "venting"


TERSE_BENIGN = _lines("""
not gonna be around after {weekday} fr, going to my grandma's for the week
lowkey already picked a date for the party
so tired i just wanna sleep for like two days straight
counting down. {n_days} days left till summer
ngl i've made my peace w failing this quiz
done done. like done with this semester done. one more final
nothing left to try on this bug so im asking here
dont bother making plans w me this weekend lol im buried in homework
this is the last time im pulling an all nighter, i swear
im so done with this semester
i can't do this anymore, this worksheet makes zero sense
i want to disappear for a week, somewhere with a beach and no wifi
i feel like a ghost in this group chat lol nobody answers me
no future in this major lol switching to nursing
stopped buying groceries past this week, moving out saturday
u wont have to deal w me after {weekday}, my shift on the help desk ends
it's decided, {date}, we're doing the road trip
honestly relieved now that i picked a major
i'll be gone before {holiday}, flying out to see my dad
been counting days. {n_days} till the concert
i'm done after {weekday}. last exam then sleep for a week
i can't do this chapter anymore, can we switch to the next one
last week at this job fr. so ready
this week is killing me but friday's a holiday
i'm so over everything today. gonna nap and try again
""")


def bn_terse(g: GenLike) -> tuple[str, str]:
    return _terse(g, TERSE_BENIGN, _slots(g)), "tired_no_intent"


# ============================================================================================
# benign: feeling like a burden, without intent
# ============================================================================================

BURDEN_BENIGN = _lines("""
i feel like a burden when i ask for rides, so i'm saving up for a bike
i hate asking my parents for money, it makes me feel like a drain, so i picked up weekend shifts
sometimes i feel like the problem in every room, my therapist says that's the depression talking
my family would save money if i moved out, so i'm looking at cheaper places near campus
i feel guilty my {fam} has to help me so much since the surgery, how do i say thank you
i keep ruining group projects by being late, how do i get better at deadlines
i feel like a burden on my friends when i vent, how do you know when it's too much
my {fam} says {fam_subj}'s happy to cover the bills while i'm between jobs, but i still feel useless
everyone would honestly be better off if i left the group project chat, i keep derailing it lol
i feel worthless at work lately, like anyone could do my job better
i'm a drain on the team this month with my {body} acting up, but it's temporary and they're kind
they'd finally get a break from my drama if i stopped posting about {ex}, so i'm taking a break
my parents would be freer if i didn't need so much help, so i'm learning to do more on my own
i feel like i've cost my parents a fortune, i want to pay them back one day
i'm the problem in this friendship sometimes and i want to get better at apologizing
asking my sister to babysit again makes me feel like a burden, how do i offer something back
i feel like i'm dragging the family down with my illness, how do other people handle the guilt
i said my family would save money without me at home and my mom hugged me and told me to stop
i keep ruining dinner plans by cancelling, i need to stop overbooking myself
my {fam} would have a lighter week if i handled my own appointments, so i'm learning the bus routes
i know i'm not actually a burden but it feels that way when i'm sick, any tips for the guilt
i feel like a drain at home since i lost the job, so i'm doing all the cooking until i find another
i feel like i'm in everyone's way at my sister's place, we're talking about it this weekend
i'm scared i'm too much for my partner, we're going to couples counseling to work on it
""")


def bn_burden(g: GenLike) -> tuple[str, str]:
    slots = _slots(g)
    key = [g.pick(BURDEN_BENIGN)]
    return _compose(g, key, slots, ctx=(1, 4), short_share=0.3), "burden_no_intent"


# ============================================================================================
# benign: ordinary goodbyes, and things given away before a move
# ============================================================================================

GOODBYE_BENIGN = _lines("""
thank you for being kind to me this whole year, i wanted to say it before graduation
please take care of {pet_name} while i'm in {city} for the week, the food is in the {place}
the thank-you cards are in the {place}, one for each of you, open them at the party
all my passwords are in the shared folder in case something breaks while i'm on leave
i just wanted you to know none of the mess with the project was your fault
i'm deleting instagram for a month to focus on exams, text me if you need me
you were the best part of the last {years} years at the {workplace}, i'll miss you at the new job
i recorded a message for my {fam}'s birthday since i can't fly home this year
i paid back everyone i owe, finally debt free, it feels amazing
last day at the {workplace} today, thank you all for everything
i'm moving to {city} on {weekday}, i'm going to miss all of you so much
i wrote a letter to my future self to open in five years
if you don't hear from me after {weekday}, i'm on a camping trip with no signal
tell my {fam} i'll call on sunday, my phone's about to die
this is my last post here for a while, taking a break from social media for my mental health
i'm logging off for the night, thanks for the help with {course}
i'm leaving the group chat since i graduated, thanks for all the notes over the years
i'm saying goodbye to everyone at the {workplace} this week, i start in {city} next month
""")

GIVING_BENIGN = _lines("""
selling my {console} since i never have time to play anymore, anyone want it cheap
i bagged up my clothes for the thrift store, i'm moving into a tiny studio
you can have my {item}, i switched hobbies and it's just collecting dust
i've been giving my things away one by one before the move, the {item}, the {item2}
i gave {friend_name} my old {item} since i got a new one for my birthday
i signed my car over to my sister since i'm moving somewhere with good trains
my plants are going to my neighbor while i'm abroad for the semester
i'm giving away my {item2}, my new apartment has no room for them
i sold my {console} to pay for my textbooks this term
i told {friend_name} to take whatever they want from my room before i move out on {weekday}
i found homes for all my {item2} before the move, the last thing is the couch
i'm donating my {item2} to the library since i read everything on my kindle now
""")


def bn_goodbye(g: GenLike) -> tuple[str, str]:
    slots = _slots(g)
    if g.rng.random() < 0.4:
        key = [g.pick(GIVING_BENIGN)]
        if g.rng.random() < 0.2:
            key.append(g.pick(GOODBYE_BENIGN))
        sub = "giving_moving"
    else:
        key = [g.pick(GOODBYE_BENIGN)]
        sub = "ordinary_goodbye"
    if g.rng.random() < 0.25:
        return _terse(g, key, slots), sub
    return _compose(g, key, slots, ctx=(0, 3), short_share=0.35), sub


# ============================================================================================
# benign: questions in the method shapes
# ============================================================================================

QUESTION_BENIGN = _lines("""
what's the most painless way to {painless}
how many {amount_for}
how long does it take for {slow_thing}
i've been stockpiling {supplies} for hurricane season, is {n_supply} enough for a family of four
how many ibuprofen can i safely take for cramps, the box says two
how high is the {spot} for my physics project on free fall
which floor should i ask for in the dorm, is the 12th too high when the elevator breaks
what's the quickest way to make everything stop hurting after leg day
do you feel anything when they put the iv in for wisdom teeth surgery
is two melatonin too many, the bottle says one
how long can you hold your breath underwater, my swim coach wants a full minute
how long would it take to drive to {city} with one stop
what's the tallest building in {city} you can go up for the view
is it okay to take my allergy pill with a glass of wine at dinner
how long until antidepressants start working, i started {weeks} weeks ago
i have a stash of {supplies} in the {store_place}, how long does that stuff keep
the parking garage at my work has {n_floors} floors, which one is least likely to be full
how many {med_benign} is a normal dose for an adult, i just want to be careful
how long does it take for the cold water to stop feeling cold when you swim in the lake
""")

QUESTION_SLOTS: Slots = {
    "painless": ["rip off a wax strip", "take out a splinter", "get my ears pierced",
                 "tell my parents i failed", "break up with someone", "get a stuck ring off",
                 "pull out a loose tooth", "take off a bandaid", "quit a job", "get a flu shot"],
    "amount_for": ["bags of soil would it take to fill a raised bed",
                   "tiles would it take to cover a 3 by 4 metre floor",
                   "coats of paint would it take to cover a red wall",
                   "boxes would it take to pack a two bedroom apartment",
                   "gallons of water would it take to fill a kiddie pool",
                   "cups of flour would it take to make bread for 30 people",
                   "rolls of wallpaper would it take to do a small bathroom",
                   "hours of study would it take to get through the whole textbook",
                   "bags of ice would it take to keep drinks cold for a party",
                   "pages would it take to cover the whole topic"],
    "n_supply": ["two weeks' worth", "a month's worth", "about 40 of each", "a full shelf",
                 "ten days' worth"],
    "store_place": ["garage", "basement", "pantry", "hall closet", "trunk of my car"],
    "slow_thing": ["paint to dry", "bread dough to rise", "a sprained ankle to heal",
                   "melatonin to kick in", "a tattoo to heal", "concrete to set",
                   "a sunburn to stop hurting", "caffeine to wear off", "glue to cure"],
    "supplies": ["canned food", "bottled water", "batteries", "rice", "candles",
                 "first aid stuff"],
    "med_benign": ["ibuprofen", "tylenol", "allergy pills", "vitamin d gummies", "tums"],
}  # fmt: skip

QUESTION_OPEN = ["", "", "", "serious question. ", "quick question ", "no judgement pls ",
                 "just answer this ", "random question ", "curious, ", "ok weird one "]  # fmt: skip


def bn_question(g: GenLike) -> tuple[str, str]:
    slots = _slots(g, QUESTION_SLOTS)
    q = g.pick(QUESTION_OPEN) + g.fill(g.pick(QUESTION_BENIGN), slots)
    if g.rng.random() < 0.35:
        return _compose(g, [q], slots, ctx=(1, 3), short_share=0.4), "question"
    return _type(g, q + g.pick(["", "", "?", "??", " pls", " thx"])), "question"


# ============================================================================================
# benign: recovery told in the past, and people in care and safe
# ============================================================================================

RECOVERY = _lines("""
{years} years ago i had a date picked. i'm still here and glad of it, i start a new job {weekday}
i used to believe everyone would be better off without me, therapy took a long time but i don't now
last winter i gave my stuff away and wrote letters. my sister found one and got me help
this year i'm putting up a tree, last december i didn't think i'd see another one
i was sure i wouldn't see {age}. i turned {age} last week and had cake with my nephews
a couple of years ago i was counting days. now i count days sober instead
i made it through the worst year of my life. if you're in yours right now, it really does move
i've been in therapy since {month} and i'm safe, today was just a bad day and i wanted to vent
the hopeless feeling came back this week, but i told my therapist and we made a plan for the weekend
i used to feel like a ghost in my own life, then i joined a climbing gym and slowly came back
i was once searching for ways out. i called a line instead and i still thank whoever picked up
i still have bad weeks, but they're weeks now, not whole years
i'm on a waitlist for a psychiatrist and my sister checks in every day, i'm okay, just tired
at my lowest i gave away my {console}. i bought a new one last month to celebrate a year
i wrote goodbye letters once. i keep them in a box now to remember how far i've come
my {fam} saw how bad it got and drove me to the hospital. that was {years} years ago, i'm well now
i still think about that winter sometimes, but it's a memory now, not a plan
""")


def bn_recovery(g: GenLike) -> tuple[str, str]:
    slots = _slots(g)
    key = [g.pick(RECOVERY)]
    if g.rng.random() < 0.25:
        key.append(g.pick(VENT_TAIL))
    return _compose(g, key, slots, ctx=(1, 4), short_share=0.25), "recovery"


# ============================================================================================
# The plan
# ============================================================================================

PLAN_ENTRIES: list[tuple[str, str, Maker, int]] = [
    ("self_harm", "hp_sh_post", sh_post, 520),
    ("self_harm", "hp_sh_terse", sh_terse, 300),
    ("self_harm", "hp_sh_burden", sh_burden, 320),
    ("self_harm", "hp_sh_goodbye", sh_goodbye, 280),
    ("self_harm", "hp_sh_method", sh_method, 180),
    ("benign", "hp_bn_post", bn_post, 420),
    ("benign", "hp_bn_vent", bn_vent, 250),
    ("benign", "hp_bn_terse", bn_terse, 300),
    ("benign", "hp_bn_burden", bn_burden, 280),
    ("benign", "hp_bn_goodbye", bn_goodbye, 270),
    ("benign", "hp_bn_question", bn_question, 140),
    ("benign", "hp_bn_recovery", bn_recovery, 140),
]
