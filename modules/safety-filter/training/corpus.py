"""The safety-filter's TRAINING corpus: labelled messages made from templates written for this
project (standard library only; ``train.py`` loads this file by path).

    build(seed) -> list[Example]   # deterministic for a seed

Every template, slot word and hand-written line here was written for this project, apart
from the evaluation corpus (``benchmarks/safety/make_eval.py``, other authors' lines in
spirit: other sentences, other templates); a test checks that no evaluation text appears
here after normalisation. Nothing is copied from a public dataset.

Labels: ``benign``, ``self_harm``, ``violence``, ``concern_for_other``. Each example also
names its ``family`` (the template family it came from, e.g. ``self_harm/plan`` or
``benign/idiom``) and its ``style`` (how it was typed: ``plain``, ``caps``, ``slang``,
``typo``, ``stretch``, ``leet``, ``nospace``, ...). Styles, openings, endings and the
background sentences of long posts are drawn the same way for every label, so that none of
them predicts a label by itself: the model has to learn what is said, not how.

Hard negatives are most of the benign families: idioms ("this homework is killing me"),
games ("i killed the boss"), history, science and literature questions about war, weapons,
death and suicide, medical questions, creative writing, sports and hunting, venting without
risk, denials and recovery, worry about a friend who is sad but not at risk, and
first-person hyperbole ("my mom is going to kill me").

Long-form posts (forum-style venting, several sentences, the intent buried in the middle, or
none) and short threats in the style of threat-assessment test cases are made last, by
``LONGFORM_PLAN``: angry and hateful posts without a threat, and sad posts without intent,
are benign there. Their sentences are kept apart from ``benchmarks/safety/eval_longform.jsonl``
(a test checks that no sentence of it of six words or more appears here).
"""

from __future__ import annotations

import importlib.util
import random
import re
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from types import ModuleType
from typing import TYPE_CHECKING


def _sibling(name: str) -> ModuleType:
    """A file beside this one, loaded by path (``train.py`` and the tests load this file by
    path too, outside any package)."""
    path = Path(__file__).with_name(f"{name}.py")
    spec = importlib.util.spec_from_file_location(f"safety_filter_training_{name}", path)
    if spec is None or spec.loader is None:
        raise ImportError(f"cannot import {path}")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


if TYPE_CHECKING:
    from . import (
        aftermath,
        aloud,
        armed,
        asking,
        banter,
        bystander,
        chat,
        contrast,
        crowds,
        everyday,
        forum,
        friends,
        hate,
        homework,
        hopeless,
        household,
        menace,
        milestone,
        newsdesk,
        others,
        overstated,
        plainplan,
        quoted,
        realworld,
        retold,
        signals,
        stillhere,
        stories,
        terse,
        threatlines,
        threats,
        tutoring,
        unsaid,
        veiled,
        worry,
    )
else:
    tutoring = _sibling("tutoring")  # ordinary tutoring messages (benign)
    signals = _sibling("signals")  # under-taught risk signals and their look-alikes
    realworld = _sibling("realworld")  # forum posts in many lives, with and without intent
    hate = _sibling("hate")  # hate speech that calls for violence, and what does not
    terse = _sibling("terse")  # terse, coded and one-line-at-a-time messages
    veiled = _sibling("veiled")  # threats with no violent word, and their look-alikes
    friends = _sibling("friends")  # a friend's warning signs, harm and self-injury
    hopeless = _sibling("hopeless")  # hopelessness, burden and goodbyes in new voices
    contrast = _sibling("contrast")  # counter-speech, news, health questions and venting
    threats = _sibling("threats")  # threats to one person: wishes, veiled, conditional
    others = _sibling("others")  # someone else hurt or at risk, and friends who are fine
    chat = _sibling("chat")  # a student's own crisis typed to a tutor, and its look-alikes
    aftermath = _sibling("aftermath")  # a crisis told as over, and relapses that are not
    bystander = _sibling("bystander")  # news, health questions, rants; and the same turned
    everyday = _sibling("everyday")  # low moods, doses, rants, past crises; and the same turned
    worry = _sibling("worry")  # a friend at risk or hurt, and friends whose scare is over
    unsaid = _sibling("unsaid")  # intent said without the words, and the words without it
    menace = _sibling("menace")  # threats and wishes of violence, and their look-alikes
    forum = _sibling("forum")  # crises in many lives, and lives that are hard but safe
    retold = _sibling("retold")  # a crisis told as over or low mood without intent; and now
    quoted = _sibling("quoted")  # threats quoted, reported, condemned or denied; and meant
    banter = _sibling("banter")  # games, sport, hyperbole and school topics; and the words meant
    asking = _sibling("asking")  # a student asking about someone at risk; and someone safe
    aloud = _sibling("aloud")  # long posts of hard lives without intent; and with it
    plainplan = _sibling("plainplan")  # a plan in plain everyday words; and ordinary plans
    threatlines = _sibling("threatlines")  # threats in a line or two; and the words harmless
    crowds = _sibling("crowds")  # hateful talk of a group without violence; and with it
    homework = _sibling("homework")  # a pupil's crisis typed mid-homework; dark homework words
    household = _sibling("household")  # someone hurt or at risk at home; families that are safe
    armed = _sibling("armed")  # weapons, wishes and "someone should"; the same words harmless
    milestone = _sibling("milestone")  # crises over and friends well again; and turning bad
    overstated = _sibling("overstated")  # dying and murder said of trifles; and the words meant
    newsdesk = _sibling("newsdesk")  # the news of an attack or a suicide; and one's own part
    stories = _sibling("stories")  # fiction, role-play and game tactics; and plans dressed so
    stillhere = _sibling("stillhere")  # sadness and frustration that sound heavy; and intent

__all__ = ["LABELS", "Example", "build", "normalize_text"]

LABELS = ("benign", "self_harm", "violence", "concern_for_other")
SEED = 20_26_05


@dataclass(frozen=True, slots=True)
class Example:
    text: str
    label: str
    family: str
    style: str


def normalize_text(text: str) -> str:
    """How texts are compared across corpora: lower case, letters and digits only."""
    return " ".join(re.sub(r"[^a-z0-9]+", " ", text.lower()).split())


Slots = Mapping[str, Sequence[str]]
_SLOT_RE = re.compile(r"\{(\w+)\}")


class Gen:
    """Random choices and template filling (``{name}`` picks from a slot list, recursively)."""

    def __init__(self, seed: int) -> None:
        self.rng = random.Random(seed)

    def pick(self, items: Sequence[str]) -> str:
        return items[self.rng.randrange(len(items))]

    def maybe(self, p: float, text: str, otherwise: str = "") -> str:
        return text if self.rng.random() < p else otherwise

    def fill(self, template: str, slots: Slots, depth: int = 0) -> str:
        if depth > 6:
            raise ValueError(f"template nesting too deep: {template!r}")

        def rep(m: re.Match[str]) -> str:
            name = m[1]
            if name not in slots:
                return m[0]
            return self.fill(self.pick(slots[name]), slots, depth + 1)

        return _SLOT_RE.sub(rep, template)


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


# ============================================================================================
# Shared slots
# ============================================================================================

PRONOUNS = {
    "f": {"p": "she", "p_obj": "her", "p_pos": "her", "p_self": "herself", "p_is": "she's",
          "p_was": "she was", "p_ll": "she'll", "p_has": "she has"},
    "m": {"p": "he", "p_obj": "him", "p_pos": "his", "p_self": "himself", "p_is": "he's",
          "p_was": "he was", "p_ll": "he'll", "p_has": "he has"},
}  # fmt: skip

REPORTERS: list[tuple[str, str]] = [
    ("my friend", "?"), ("my best friend", "?"), ("my bestie", "?"), ("my bff", "?"),
    ("my close friend", "?"), ("one of my friends", "?"), ("a friend of mine", "?"),
    ("my online friend", "?"), ("my friend from camp", "?"), ("my friend from church", "?"),
    ("my teammate", "?"), ("my lab partner", "?"), ("my classmate", "?"), ("my roommate", "?"),
    ("someone in my group chat", "?"), ("a kid in my math class", "?"),
    ("my girlfriend", "f"), ("my gf", "f"), ("my boyfriend", "m"), ("my bf", "m"),
    ("my sister", "f"), ("my little sister", "f"), ("my big sister", "f"),
    ("my brother", "m"), ("my little brother", "m"), ("my older brother", "m"),
    ("my cousin", "?"), ("a girl in my class", "f"), ("a boy in my class", "m"),
    ("a guy on my team", "m"), ("a girl on my team", "f"), ("my stepsister", "f"),
    ("my stepbrother", "m"), ("my neighbor", "?"), ("the new kid", "?"),
    ("this girl i know", "f"), ("this guy i know", "m"), ("my friend jess", "f"),
    ("my friend marcus", "m"), ("my friend sam", "?"), ("my friend priya", "f"),
    ("my friend diego", "m"), ("my friend aaliyah", "f"), ("my friend tyler", "m"),
    ("my mom", "f"), ("my dad", "m"), ("my stepmom", "f"), ("my aunt", "f"), ("my uncle", "m"),
    ("my grandpa", "m"), ("a kid at my school", "?"), ("someone i play games with", "?"),
]  # fmt: skip

REPORT_VERBS = _lines("""
said
told me
keeps saying
texted me
messaged me
just told me
snapchatted me
dmed me
keeps telling me
mentioned
confided in me
sent me a message saying
told our group chat
wrote to me
admitted to me
whispered to me at lunch
called me crying and said
posted on her private story
told me last night
""")

OPENERS = [""] * 14 + _lines("""
ok so
honestly
idk
hey
ugh
so
can i tell you something.
i know this is random but
be honest with me.
lowkey
not gonna lie
sorry this is random but
um
yo
i need to tell someone.
this isn't about homework but
quick question
can i ask you something?
i don't really know how to say this but
""")

CLOSERS = [""] * 14 + _lines("""
lol
lmao
fr
idk
tbh
😭
💀
...
please
help
what do i do
i guess
haha
smh
ngl
?
!!
i don't know
""")

TIMES = _lines("""
tonight
this weekend
soon
after school
today
tomorrow
before my birthday
when everyone is asleep
this week
right now
on friday
after finals
before summer
when my parents leave
""")


# ============================================================================================
# self_harm
# ============================================================================================

SH_INTENT = _lines("""
i want to
i wanna
i really want to
i just want to
i honestly want to
i kinda want to
i lowkey want to
i need to
i'm going to
i'm gonna
im about to
i'm ready to
i've decided to
i decided to
i think i'm going to
i think im gonna
i might
i'm planning to
i plan to
all i want is to
i wish i could
i feel like i should
i should just
maybe i should just
i'm so close to deciding to
i've been wanting to
i keep wanting to
i'm tempted to
part of me wants to
i will
i'll
i swear i'm going to
i'm finally going to
i genuinely want to
i'm actually going to
i literally want to
i really need to
i'm seriously going to
i'm ready to just
i'm gonna try to
honestly i could just
i just wanna
i rly want to
""")

SH_GERUND_HEAD = _lines("""
i'm thinking about
i keep thinking about
i can't stop thinking about
i've been thinking about
i think about
i've been thinking of
i'm seriously considering
i'm considering
i dream about
i fantasize about
i'm planning on
i've been planning on
i keep imagining
i'm obsessed with the idea of
i've thought a lot about
lately i've been thinking about
i spend every night thinking about
i'm scared of how much i think about
""")

# (infinitive, gerund)
SH_ACTS: list[tuple[str, str]] = [
    ("die", "dying"), ("kill myself", "killing myself"), ("end my life", "ending my life"),
    ("end it all", "ending it all"), ("take my own life", "taking my own life"),
    ("commit suicide", "committing suicide"), ("unalive myself", "unaliving myself"),
    ("be dead", "being dead"), ("stop living", "not living anymore"),
    ("overdose on my pills", "overdosing on my pills"), ("hang myself", "hanging myself"),
    ("jump off a bridge", "jumping off a bridge"), ("slit my wrists", "slitting my wrists"),
    ("shoot myself", "shooting myself"), ("drown myself", "drowning myself"),
    ("jump in front of a train", "jumping in front of a train"), ("off myself", "offing myself"),
    ("end things", "ending things"), ("self delete", "self deleting"),
    ("end myself", "ending myself"), ("kill my self", "killing my self"),
    ("die in my sleep", "dying in my sleep"), ("take all my pills", "taking all my pills"),
    ("jump off the roof", "jumping off the roof"), ("end it", "ending it"),
    ("die by suicide", "dying by suicide"), ("go through with suicide", "going through with it"),
    ("kms", "kms"), ("just die already", "just dying already"),
    ("end my own life", "ending my own life"), ("overdose", "overdosing"),
    ("poison myself", "poisoning myself"), ("suffocate myself", "suffocating myself"),
    ("crash my car on purpose", "crashing my car on purpose"),
    ("yeet myself off a bridge", "yeeting myself off a bridge"), ("rope myself", "roping"),
    ("catch the bus", "catching the bus"), ("ctb", "ctb"), ("sewerslide", "sewersliding"),
    ("unalive", "unaliving"), ("end my suffering", "ending my suffering"),
    ("not be alive anymore", "not being alive anymore"), ("stop existing", "not existing"),
]  # fmt: skip

SH_TAILS = [""] * 10 + _lines("""
i mean it
i'm serious
and nobody can stop me
nobody will even notice
i'm so tired
i can't take it anymore
i don't know what to do
please don't tell anyone
i'm not even joking
it's the only way out
i'm done
i have nothing left
everything hurts
i'm not okay
nothing is getting better
i'm sorry
i just can't anymore
it's too much
i'm not being dramatic
no one cares anyway
""")

SH_DIRECT_OTHER = _lines("""
i {have} suicidal thoughts {often}
i'm {so} suicidal {lately}
i've been feeling suicidal {lately}
i tried to kill myself {when} and {again}
i attempted suicide {when} and {again}
i wish i was dead
i wish i were dead
i wish i could just die
i wish i would die in my sleep
i wish i'd die {soonish}
i'd rather be dead than {chore}
being dead would be better than {chore}
suicide {keeps} {suicide_pred}
all i think about is suicide
all i think about is dying
dying {dying_pred}
death {dying_pred}
i'm going to be dead by {deadline}
i won't be alive by {deadline}
should i kill myself
is it wrong that i want to die
why shouldn't i just kill myself
give me one reason not to kill myself
what's stopping me from killing myself
i hate being alive
i hate being alive so much
i don't want to be alive anymore
i don't wanna live anymore
i don't want to exist anymore
i'm tired of living
i'm so tired of being alive
i'm done with life
i'm so done with living
i can't keep living like this
i don't want to be alive tomorrow
life isn't worth living anymore
i don't see the point of living
there's no point in living anymore
i want my life to be over
i want to stop being alive
i'm counting down the days until i kill myself
my suicide note is already written
i wrote a suicide note {when}
i researched how to kill myself
i looked up ways to die {when}
my search history is all ways to kill myself
i have a plan to kill myself
i made a plan to end my life
i nearly went through with killing myself {when}
i nearly ended my life {when}
i came close to killing myself {when}
kms {tail_short}
ready to kms {tail_short}
literally about to kms
i might kms {time}
thinking about sewerslide {tail_short}
sewerslide is looking real good rn
i wanna unalive {tail_short}
i'm going to unalive {time}
suicidal again {tail_short}
low key wanna die every day {tail_short}
i wanna die so bad {tail_short}
want to die so bad
i just low key wanna die every day {tail_short}
i want to die {tail_short}
i want to die so bad it hurts
i want to kill myself so bad
i really wanna kill myself {time}
i'm going to kill myself {time}
i'm gonna kill myself {time}
""")

SH_DIRECT_SLOTS: Slots = {
    "have": ["have", "keep having", "get", "have been having", "still have", "constantly have"],
    "often": ["every day", "every night", "again", "all the time", "a lot", "lately", "now",
              "more and more", "and they won't stop", "constantly"],
    "so": ["so", "really", "kind of", "lowkey", "seriously", "very", "pretty", ""],
    "lately": ["lately", "right now", "tonight", "again", "these days", "this week", ""],
    "when": ["last year", "before", "twice", "in eighth grade", "last month", "last summer",
             "a few months ago", "yesterday", "last night", "over break"],
    "again": ["i want to try again", "i think about doing it again", "it's getting bad again",
              "i'm going to try again", "nothing has changed", "i regret that it didn't work"],
    "soonish": ["soon", "already", "tonight", "before monday"],
    "chore": ["go back to school", "face my parents", "live like this", "wake up tomorrow",
              "keep going", "deal with this"],
    "keeps": ["keeps", "always", "just"],
    "suicide_pred": ["crossing my mind", "seems like the only option",
                     "feels like my only way out", "sounds better every day",
                     "is on my mind constantly", "is all i think about"],
    "dying_pred": ["sounds so peaceful", "would be a relief", "is all i want",
                   "sounds nice right now", "is the only thing that makes sense",
                   "feels like the answer"],
    "deadline": ["friday", "tomorrow", "the end of the week", "next week", "my birthday",
                 "the weekend", "monday"],
    "tail_short": ["", "", "fr", "lol", "tbh", "ngl", "istg", "rn", "no joke", "for real"],
    "time": ["", "", *TIMES],
}  # fmt: skip


def self_harm_direct(g: Gen) -> tuple[str, str]:
    r = g.rng.random()
    if r < 0.45:
        inf, _ = g.rng.choice(SH_ACTS)
        t = g.maybe(0.45, " " + g.pick(TIMES))
        return f"{g.pick(SH_INTENT)} {inf}{t} {g.pick(SH_TAILS)}", "intent"
    if r < 0.62:
        _, ger = g.rng.choice(SH_ACTS)
        t = g.maybe(0.3, " " + g.pick(TIMES))
        return f"{g.pick(SH_GERUND_HEAD)} {ger}{t} {g.pick(SH_TAILS)}", "thinking"
    return g.fill(g.pick(SH_DIRECT_OTHER), SH_DIRECT_SLOTS) + " " + g.pick(SH_TAILS), "statement"


SH_INDIRECT: dict[str, list[str]] = {
    "hopelessness": _lines("""
{cant} {so_end}
{cant}. {so_end}
{so_end}
{cant} and {so_end}
{cant}, {so_end}
i don't see a future for me {so_end_short}
there's no reason for me to stay {so_end_short}
i've run out of reasons to keep going
i won't be around much longer
this is my last {period}
i don't think i'll be here {by_when}
you won't have to worry about me much longer
i'm not planning on being around for {event}
soon it won't matter anymore
i'm going to make all of this stop for good
i just want everything to stop for good
i want to go to sleep and not wake up
i want to sleep forever
i want to disappear and never come back
i don't ever want to wake up again
i'm giving up on everything for good
i'm not going to fight it anymore
it'll all be over soon
i've decided i'm not staying
i'm done trying to stay alive
i'm ready to go
i'm ready to stop existing
i've made my decision and i feel calm
i'm at peace with my decision to go
i'm tired of being here at all
i don't plan on being here next week
there's nothing left for me here
there's nothing keeping me alive anymore
i'm not going to be here for much longer
after this week none of it will matter
i just want out permanently
everyone will see soon that i meant it
i'm not going to make it to {event}
i don't want to be here anymore
i don't want to be anywhere anymore
i don't see any way out except one
i'm trapped and there's only one way out
the only way out is to not be here
after tonight none of this will hurt anymore
i won't have to deal with {chore_i} for much longer
i'm so tired, i just want to rest forever
i'm not going to be a problem for anyone soon
i'm almost done here
i'm going to the bridge tonight
i want to be six feet under
time to log off permanently
i'm going to make this my last night
i'm just waiting for the right moment
everything will be over this weekend and i'm relieved
i can't see myself getting older
i'm already gone in my head
i don't have a future and i'm okay with that now
"""),
    "goodbye": _lines("""
this is goodbye {to_whom}
i just wanted to say thank you for everything before i go
tell my {fam} i love {fam_obj} and i'm sorry
i wrote letters to {whom_letters}
if you don't hear from me tomorrow {dont_hear}
goodbye everyone, thank you for trying
sorry for being such a burden. bye
this is the last message i'll send
i wanted someone to know before i go
please take care of my {pet} for me after i'm gone
i'm sorry mom. i love you
thank you for being nice to me. this is the last time we'll talk
i won't be needing your help after tonight
bye forever {to_whom}
i'm saying goodbye to everyone today
this is my goodbye post
i left a note for my parents on my bed
by the time anyone reads this i'll be gone
i've said goodbye to everyone who matters
when i'm gone please don't blame yourself
tell everyone i'm sorry and it's not their fault
i'm logging off for good. goodbye
you've been kind to me, i wanted to say goodbye properly
i just need someone to know i said goodbye
i love you all. i'm sorry. goodbye
"""),
    "giving_away": _lines("""
i'm giving away {stuff} {wont_need}
i gave away {stuff} {wont_need}
{name} can have my {thing} {after_gone}
i gave my {pet} to {someone} so someone will look after {pet_obj} {after_gone}
i deleted all my accounts and gave away my stuff
i'm getting my things in order {wont_need}
i already told my {fam} which of my things are for {fam_obj}
i made a list of who gets my stuff
i gave my {thing} to my {fam} and told {fam_obj} to keep it forever
i'm giving my {thing} away {wont_need}
i don't need any of my stuff anymore so i'm giving it away
i gave all my favorite things to my friends this week
"""),
    "burden": _lines("""
everyone would be better off without me
{who_fine} would be {better} {without}
i'm {just} a burden {to_whom_b}
i'm a waste of {waste}
i only make things worse for everyone by existing
they'd all be happier if i wasn't around
i should remove myself so they can be happy
not one person would miss me if i vanished
no one would even notice if i disappeared
i'm tired of being a burden so i'm going to fix it
my {fam} would finally be free if i was gone
everything would be easier if i didn't exist
i cost my parents so much, they'd be better off if i disappeared
the world doesn't need me in it
i'm the problem and i know how to fix it
i ruin everything just by being here
my family deserves better than having me around
if i was gone there'd be one less problem for everyone
"""),
    "plan": _lines("""
i've been {saving} {pills} {for_while}
i can get to my {adult}'s {gun} whenever i want {and_use}
i {got} a rope {rope_tail}
i picked {a_date}
i found a {place} {high_enough}
i wrote down {my_plan}
i have everything i need {ready}
i've researched {researched}
i know exactly how i'm going to do it
i've been standing on the edge of the {place} at night
i took {amount} {pills} {took_tail}
i just swallowed {amount} {pills}
i have a stash of {pills} big enough {for_when}
instead of swallowing my {meds} every morning i've been keeping them in a sock
there's a {place} by the mall with roof access and i checked it out
i know which {place} is high enough
i have the {pills} in my drawer for when i'm ready
i tested the rope to see if it would hold
my plan is set for {a_date_short}
i already chose how and when
"""),
    "method": _lines("""
how many {pills} {would_take} {not_wake}
how much {pills} {would_take} {not_wake}
how fast does a person lose too much blood from the wrist
how high does a {place} need to be so you don't survive the fall
which {place} in {town} is the tallest i could get onto
what's the most painless way to go
what's the quickest way to go without pain
is {method} painful
where do you cut to {cut_goal}
how deep do i have to cut {cut_tail}
what happens if you {swallow} {amount} {pills}
what if someone took the entire bottle of {pills} at once
what's the fastest way to not wake up
what medicine {stops}
how long until {pills} {kick_in} if you take too many
how many {pills} is a lethal amount for someone my size
which {meds} are the most dangerous to take a lot of at once
how long can a person go without air before they pass out for good
what's the easiest way to make it look like an accident
how many {pills} would stop my heart
does {method} hurt
how do you tie a noose
"""),
    "self_injury": _lines("""
i {harmed} myself {when_sh}
i've been {harming} {for_how_long}
i {want_sh} to {harm_inf} {how_bad}
i relapsed {relapse}
the {blade} is the only thing that helps
how do i hide {marks} {hide_from}
my {body} are covered in {scars}
when i'm {feeling} i {punch} until {bleed}
i keep {blade_thing} in my {spot}
i hurt myself on purpose when i mess up
i {harm_inf} myself when i get {feeling}
i went back to {harming} this month
i use a {blade} on my {body} when it gets bad
i haven't cut in {days} but i really want to
i make myself bleed when i'm {feeling}
i'm scared of how deep i cut {when_sh}
how do i clean cuts so no one finds out
i can't stop {harming}
"""),
}

SH_INDIRECT_SLOTS: Slots = {
    "cant": _lines("""
i can't do this anymore
i can't keep going
i'm done fighting
i'm so tired of everything
nothing is ever going to get better
there's no way out for me
i've run out of reasons
i'm exhausted from pretending
i've tried everything and nothing works
no one can help me
it's never going to stop hurting
i'm completely empty inside
i'm broken and i can't be fixed
every day is worse than the last
i'm out of hope
i'm so tired of fighting my own brain
i can't handle this anymore
nothing helps anymore
i've been fighting for years
i'm tired of being tired
"""),
    "so_end": _lines("""
i'm going to make it stop
so i'm going to end it
so this is it for me
i've made up my mind
soon it won't matter
i won't be here much longer
i'm ready to go
i just want it to be over for good
i'm going to make sure i never feel this again
tonight is the night
i'm going to stop trying to stay
i don't plan on being here next week
this is the end of the road for me
i'm going to make everything stop
i'm giving up for good
i'm not going to fight it anymore
it'll all be over soon
i'm done staying for other people
i'm checking out for good
i'm going to stop everything tonight
"""),
    "so_end_short": ["", "anymore", "so i'm leaving for good", "and i've made my decision"],
    "period": ["week", "day", "night", "weekend", "message", "day at school"],
    "by_when": [
        "for christmas",
        "by summer",
        "by the end of the year",
        "for my next birthday",
        "next month",
        "much longer",
    ],
    "event": ["graduation", "my birthday", "summer", "christmas", "next year", "the dance"],
    "chore_i": ["any of this", "school", "my parents", "the bullies", "this pain", "this life"],
    "to_whom": ["", "everyone", "to all of you", "world", "guys", "friends"],
    "fam": ["mom", "dad", "sister", "brother", "grandma", "best friend", "little brother"],
    "fam_obj": ["her", "him", "them"],
    "whom_letters": ["my family", "everyone", "my parents", "my friends", "the people i love"],
    "dont_hear": [
        "you know why",
        "it's not your fault",
        "that's why",
        "don't come looking",
        "just know i tried",
    ],
    "pet": ["cat", "dog", "hamster", "bird", "fish", "bunny"],
    "pet_obj": ["her", "him"],
    "stuff": [
        "my stuff",
        "all my clothes",
        "my games",
        "my books",
        "my art supplies",
        "my things",
        "my collection",
        "my plushies",
        "my sneakers",
    ],
    "wont_need": [
        "because i won't need it anymore",
        "since i won't need any of it",
        "where i'm going i won't need it",
        "i won't be around to use it",
        "someone else should have it",
        "it doesn't matter anymore",
        "before i go",
        "after this week i won't need them",
    ],
    "name": [
        "my sister",
        "my brother",
        "my best friend",
        "my cousin",
        "emma",
        "jayden",
        "my little brother",
    ],
    "thing": [
        "xbox",
        "guitar",
        "phone",
        "hoodies",
        "switch",
        "bike",
        "sketchbook",
        "headphones",
        "skateboard",
        "jewelry",
    ],
    "after_gone": [
        "after i'm gone",
        "when i'm not here",
        "after this week",
        "once i'm gone",
        "because i won't need it",
    ],
    "someone": ["my neighbor", "my aunt", "a friend", "my grandma", "the shelter"],
    "who_fine": [
        "my family",
        "my friends",
        "my parents",
        "everyone",
        "the world",
        "my mom",
        "my siblings",
        "my class",
    ],
    "better": ["better off", "happier", "fine", "relieved", "so much better"],
    "without": [
        "without me",
        "if i was gone",
        "if i wasn't here",
        "if i disappeared",
        "if i stopped existing",
        "once i'm gone",
    ],
    "just": ["just", "such", "nothing but", "only"],
    "to_whom_b": [
        "to everyone",
        "to my family",
        "on my parents",
        "to everyone around me",
        "and i always will be",
        "",
    ],
    "waste": ["space", "oxygen", "air", "life", "everyone's time"],
    "saving": ["saving", "stockpiling", "collecting", "hoarding", "saving up", "hiding"],
    "pills": [
        "pills",
        "my pills",
        "sleeping pills",
        "my antidepressants",
        "painkillers",
        "tylenol",
        "advil",
        "my meds",
        "melatonin",
        "benadryl",
        "ibuprofen",
        "my mom's pills",
        "my prescription",
    ],
    "meds": ["meds", "antidepressants", "pills", "medication", "sleeping pills"],
    "for_while": [
        "for weeks",
        "for a while",
        "in my drawer",
        "for when i'm ready",
        "under my bed",
        "for a month",
    ],
    "adult": ["dad", "stepdad", "uncle", "grandpa", "mom's boyfriend"],
    "gun": ["gun", "pistol", "rifle", "handgun", "shotgun"],
    "and_use": [
        "",
        "and i've thought about using it on myself",
        "when he's at work",
        "and nobody would know",
    ],
    "got": ["bought", "found", "have", "got", "hid"],
    "rope_tail": ["", "and hid it under my bed", "for this weekend", "strong enough to hold me"],
    "a_date": ["a date", "the day", "friday", "a day next week", "the night before my birthday"],
    "a_date_short": ["friday", "next week", "this weekend", "saturday night"],
    "place": ["bridge", "building", "parking garage", "cliff", "roof", "overpass", "tower"],
    "high_enough": ["high enough", "that's tall enough", "near my house", "no one watches"],
    "my_plan": ["my plan", "how i'll do it", "the plan in my notebook", "everything i need to do"],
    "ready": ["now", "ready", "in my room", "hidden in my closet"],
    "researched": [
        "how much it would take",
        "how to do it",
        "what would work",
        "how long it takes",
        "which way hurts least",
    ],
    "amount": [
        "a bunch of",
        "all my",
        "20",
        "30",
        "way too many",
        "a whole bottle of",
        "a handful of",
        "50",
    ],
    "took_tail": ["", "and i feel weird", "and now i'm sleepy", "an hour ago", "just now"],
    "for_when": ["", "for tonight", "for this weekend", "for when i'm ready"],
    "would_take": [
        "would it take",
        "does it take",
        "is too many",
        "would be enough",
        "do you need",
    ],
    "not_wake": [
        "to never wake up again",
        "to stop my heart",
        "so my heart stops",
        "to not survive the night",
        "to make it permanent",
        "to be fatal",
    ],
    "town": ["town", "the city", "my city", "our area"],
    "method": ["hanging", "drowning", "overdosing", "bleeding out", "jumping", "suffocating"],
    "cut_goal": ["hit an artery", "bleed the most", "make it deep", "make it fast"],
    "cut_tail": ["", "to make it count", "for it to be serious", "to hit a vein"],
    "swallow": ["take", "swallow", "down"],
    "overdose": ["overdose", "od"],
    "stops": [
        "stops your heart",
        "would make me not wake up",
        "is deadly in big doses",
        "knocks you out forever",
    ],
    "kick_in": ["kick in", "work", "take effect"],
    "harmed": ["cut", "burned", "scratched", "hit", "hurt"],
    "when_sh": [
        "again",
        "last night",
        "today",
        "after school",
        "in the bathroom",
        "this morning",
        "yesterday",
    ],
    "harming": [
        "cutting",
        "burning myself",
        "scratching myself",
        "hurting myself",
        "hitting myself",
        "self harming",
        "cutting myself",
    ],
    "for_how_long": [
        "for months",
        "again",
        "since last year",
        "when i get sad",
        "for a while now",
        "every night",
    ],
    "want_sh": ["want", "need", "really want", "keep wanting", "have the urge"],
    "harm_inf": ["cut", "hurt myself", "burn myself", "scratch myself", "cut myself"],
    "how_bad": ["so bad", "right now", "again", "tonight", "more and more"],
    "relapse": [
        "after 2 weeks clean",
        "after almost 90 days",
        "after 100 days",
        "last night",
        "again",
        "yesterday after being clean since june",
    ],
    "blade": ["blade", "razor", "pencil sharpener blade", "lighter", "compass"],
    "marks": ["my cuts", "the scars", "the marks on my wrists", "my burns", "my scars"],
    "hide_from": [
        "from my parents",
        "in gym",
        "in the summer",
        "at swim practice",
        "from my friends",
    ],
    "body": ["arms", "thighs", "wrists", "legs", "stomach"],
    "scars": ["cuts", "scars", "marks", "burns"],
    "punch": ["punch walls", "bang my head against the wall", "hit myself"],
    "bleed": ["i bleed", "my knuckles bleed", "it hurts enough", "i can't feel anything"],
    "blade_thing": ["a blade", "razors", "a sharpener blade", "a lighter"],
    "spot": ["room", "backpack", "pencil case", "desk", "phone case"],
    "feeling": ["angry", "sad", "overwhelmed", "anxious", "numb", "stressed"],
    "days": ["3 weeks", "a month", "40 days", "two weeks", "a while"],
}


def self_harm_indirect(g: Gen) -> tuple[str, str]:
    sub = g.pick(list(SH_INDIRECT))
    text = g.fill(g.pick(SH_INDIRECT[sub]), SH_INDIRECT_SLOTS)
    if sub in ("hopelessness", "burden", "goodbye"):
        text += " " + g.pick(SH_TAILS)
    return text, sub


# ============================================================================================
# concern_for_other
# ============================================================================================

CONCERN_CONTENT = _lines("""
{p} wants to die
{p_is} going to kill {p_self}
{p} doesn't want to live anymore
{p_is} been thinking about suicide
{p} wants to end it all
{p} has a plan to kill {p_self}
{p_is} going to overdose
{p_has} been cutting again
{p} wishes {p_was} dead
{p} tried to kill {p_self} last week
everyone would be better off without {p_obj}
{p} won't be around much longer
{p_is} going to jump off a bridge
{p_has} pills saved up
{p_is} going to end {p_pos} life
{p} can't do it anymore and wants it all to stop
{p} wants to unalive {p_self}
{p_is} suicidal
{p_is} going to hang {p_self}
{p} gave away all {p_pos} stuff
this is {p_pos} last week
{p} doesn't see the point of living
{p_is} going to shoot {p_self}
{p} hurts {p_self} on purpose
{p} wants to kms
{p_is} thinking about taking {p_pos} own life
{p_ll} be dead by friday
{p} wrote a suicide note
{p} keeps cutting {p_pos} arms
{p} wants to disappear forever
{p_is} done with life
no one would notice if {p} vanished
{p} wants to stop existing
{p_ll} end {p_pos} life if i {leave}
{p_ll} kill {p_self} if i {leave}
{p} would rather die than {p_lose}
""")

CONCERN_SLOTS_EXTRA: Slots = {
    "leave": ["leave", "break up with {p_obj}", "stop talking to {p_obj}", "tell anyone"],
    "p_lose": ["lose me", "go back home", "face {p_pos} dad", "go through this again"],
}

CONCERN_ASK = [""] * 6 + _lines("""
what do i do
and i'm scared
should i tell someone
how do i help {p_obj}
i don't know if {p_is} serious
and made me promise not to tell
i'm really worried
what should i say to {p_obj}
i don't know what to do
is that serious
i'm freaking out
and now {p} won't answer
can you help me help {p_obj}
who should i tell
i think {p} means it
""")

CONCERN_OBSERVED = _lines("""
i saw {marks} on {r}'s arms and i think {p_is} cutting
{r} has been giving away {p_pos} stuff and saying goodbye
{r} stopped eating and says nothing matters anymore
{r} keeps saying goodbye to everyone
{r} wrote something that looks like a suicide note
{r} asked me how many pills it takes to die
{r} has been searching for ways to die
{r} posted a goodbye message and won't answer {p_pos} phone
{r} said {p} won't need {p_pos} stuff anymore
{r} is acting like {p_is} saying goodbye to everyone
i found a note in {r}'s bag saying {p} wants to die
{r} showed me cuts on {p_pos} wrists
i'm {worried} about {r}, {p} {risk_short}
i'm scared {r} is going to hurt {p_self}
i'm afraid {r} might do something to {p_self} this weekend
{r} has scars on {p_pos} arms and {p} says it's nothing
{r} has a rope in {p_pos} room and won't say why
""")

CONCERN_SLOTS: Slots = {
    "marks": ["marks", "cuts", "scars", "fresh cuts"],
    "worried": ["worried", "scared", "really worried", "so scared", "terrified"],
    "risk_short": [
        "said {p} wants to die",
        "keeps talking about ending it",
        "has been cutting",
        "said nobody would care if {p} died",
        "talks about killing {p_self}",
        "said {p_is} going to end it tonight",
    ],
}

CONCERN_QUESTIONS = _lines("""
what's the best way to support a friend who {risk_generic}
what should i do if my friend {risk_generic}
should i tell {adult} that my friend {risk_generic}
is it a big deal if my friend {risk_generic}
what are signs that my friend might hurt {p_self}
what's the right thing to say to a friend who {risk_generic}
how do i talk to my friend who {risk_generic}
my friend {risk_generic}, should i break {p_pos} trust and tell someone
""")

CONCERN_Q_SLOTS: Slots = {
    "risk_generic": [
        "wants to die",
        "is suicidal",
        "is cutting",
        "self harms",
        "talks about killing themselves",
        "says they want to die",
        "won't stop talking about dying",
        "keeps joking about killing himself",
        "told me she wants to kill herself",
        "has a plan to end their life",
        "is hurting herself",
        "said he doesn't want to live",
    ],
    "adult": ["a teacher", "an adult", "her parents", "the counselor", "his mom", "someone"],
}

CONCERN_QUOTED = _lines("""
{r} {verb} "{quote}"
{r} {verb} '{quote}'
{r} {verb} {quote}
""")
QUOTES = _lines("""
i want to die
i'm going to kill myself
i don't want to be here anymore
goodbye everyone
this is my last night
i can't do this anymore i'm ending it
i'm going to end it tonight
i wish i was dead
you won't have to deal with me much longer
i have the pills ready
kms
i want to unalive myself
""")


def _person(g: Gen) -> tuple[str, dict[str, str]]:
    reporter, gender = g.rng.choice(REPORTERS)
    if gender == "?":
        gender = g.pick(["f", "m"])
    return reporter, PRONOUNS[gender]


def _pronouns(text: str, p: Mapping[str, str]) -> str:
    return _SLOT_RE.sub(lambda m: p.get(m[1], m[0]), text)


def concern(g: Gen) -> tuple[str, str]:
    reporter, p = _person(g)
    r = g.rng.random()
    if r < 0.5:
        content = g.fill(g.pick(CONCERN_CONTENT), CONCERN_SLOTS_EXTRA)
        ask = g.pick(CONCERN_ASK)
        sep = g.pick([", ", " and ", ". ", " "]) if ask else ""
        text = f"{reporter} {g.pick(REPORT_VERBS)} {content}{sep}{ask}"
        sub = "reported"
    elif r < 0.7:
        text = g.fill(g.pick(CONCERN_OBSERVED), {**CONCERN_SLOTS, "r": [reporter]})
        sub = "observed"
    elif r < 0.85:
        text = g.fill(g.pick(CONCERN_QUESTIONS), CONCERN_Q_SLOTS)
        sub = "question"
    else:
        text = g.fill(
            g.pick(CONCERN_QUOTED),
            {"r": [reporter], "verb": REPORT_VERBS, "quote": QUOTES},
        )
        ask = g.pick(CONCERN_ASK)
        text = f"{text} {ask}".strip()
        sub = "quoted"
    return _pronouns(text, p), sub


def both_self_and_other(g: Gen) -> tuple[str, str]:
    """A friend's crisis and the writer's own: the writer's risk comes first."""
    reporter, p = _person(g)
    content = g.pick(CONCERN_CONTENT)
    own = g.pick(
        _lines("""
and honestly so do i
and i feel the same way
and i want to die too
but i'm the one who wants to kill myself
and i've been thinking about it too
and i think i'm going to do it before {p}
and i'm thinking about ending it too
""")
    )
    return _pronouns(f"{reporter} {g.pick(REPORT_VERBS)} {content} {own}", p), "with_own"


# ============================================================================================
# violence
# ============================================================================================

V_INTENT = _lines("""
i'm going to
i'm gonna
i will
i'll
imma
i want to
i swear i'll
i'm about to
i'm planning to
i'm ready to
i really want to
i'm literally going to
i'm seriously going to
i'm finally going to
tomorrow i'm going to
i promise i'm going to
i'm coming to
i can't wait to
i'm gonna go
i've decided to
me and my friends are going to
we're going to
i'm so close to deciding to
on god i'm going to
""")

V_ACTS = _lines("""
kill {t}
stab {t}
shoot {t}
beat up {t}
beat the crap out of {t}
beat the shit out of {t}
hurt {t}
punch {t} until {v_until}
choke {t}
strangle {t}
murder {t}
jump {t} {v_when}
break {t_pos} {body_part}
smash {t_pos} face in
put {t} in the hospital
make {t} bleed
end {t}
poison {t}
run {t} over
burn {t_pos} house down
slit {t_pos} throat
bash {t_pos} head in
cut {t} with my knife
shoot {t} with my dad's gun
stab {t} with a {blade_v}
hit {t} with a bat until {v_until}
kill {t} and everyone with {t_obj_pl}
drown {t}
set {t} on fire
make {t} pay with blood
put a bullet in {t}
hunt {t} down
pop {t}
cap {t}
clap {t}
catch a body {v_when}
slide on {t} tonight
air {t} out
body {t}
smoke {t}
put {t} in the ground
end {t_pos} life
""")

V_TARGETS = _lines("""
him
her
them
that kid
my brother
my stepdad
my teacher
the principal
my ex
jake
this girl in my class
everyone in this class
my neighbor
the bus driver
the kids who bully me
my coach
my mom's boyfriend
my sister
my dad
that teacher
mr. thompson
ms. garcia
the whole team
everybody at school
those boys
that guy
my stepmom
the kid who sits behind me
my math teacher
tyler
her boyfriend
""")

V_SLOTS: Slots = {
    "t": V_TARGETS,
    "t_pos": ["his", "her", "their", "that kid's", "my stepdad's", "jake's", "my teacher's"],
    "body_part": ["legs", "arms", "jaw", "nose", "neck", "ribs", "fingers", "face"],
    "v_until": [
        "he stops moving",
        "she can't get up",
        "they bleed",
        "he's unconscious",
        "he can't breathe",
    ],
    "v_when": ["after school", "behind the gym", "tomorrow", "at lunch", "on the bus", ""],
    "blade_v": ["knife", "box cutter", "screwdriver", "broken bottle", "blade"],
    "t_obj_pl": ["him", "her", "them"],
}

V_TAILS = [""] * 10 + _lines("""
i'm not joking
i mean it
i'm serious
you'll see
watch me
and i don't care what happens to me
nobody can stop me
i'm done being nice
he deserves it
she deserves it
they have it coming
i already have a plan
for what he did
for real this time
""")

V_CONDITIONAL = _lines("""
if {who_c} {does} {again_c} i'll {act_c}
if {who_c} {does} {again_c} i'm going to {act_c}
if {who_c} {does} {again_c}, i swear i'll {act_c}
one more {thing_c} and i'm going to {act_c}
{who_c} better stop or i'll {act_c}
if i see {who_c} tomorrow i'll {act_c}
next time {who_c} {does} i'm going to {act_c}
if {who_c} {does} i will {act_c}
""")

V_COND_SLOTS: Slots = {
    "who_c": [
        "he",
        "she",
        "they",
        "that kid",
        "my dad",
        "my stepdad",
        "coach",
        "jake",
        "you",
        "anyone",
        "my brother",
        "the teacher",
    ],
    "does": [
        "says that",
        "touches me",
        "touches my sister",
        "laughs at me",
        "says one more word",
        "posts that picture",
        "hurts my mom",
        "calls me that",
        "looks at me wrong",
        "breaks up with me",
        "tells anyone",
        "gives me detention",
        "comes near me",
    ],
    "again_c": ["again", "one more time", "", "tomorrow"],
    "act_c": [
        "kill him",
        "kill her",
        "kill them",
        "stab him",
        "shoot them",
        "hurt her",
        "break his neck",
        "make them bleed",
        "put him in the hospital",
        "end him",
        "bring my dad's gun",
        "beat him to death",
        "cut her",
        "murder him",
    ],
    "thing_c": ["word", "comment", "time", "joke", "push"],
}

V_SOMEONE = _lines("""
someone at this school {should} {act_s}
somebody {should} {act_s}
someone {should} just {act_s}
i hope someone {acts_s}
i wish somebody would {act_s}
for real somebody {should} {act_s}
someone needs to {act_s} already
can someone please {act_s}
""")

V_SOME_SLOTS: Slots = {
    "should": ["should", "needs to", "ought to", "has to", "better"],
    "act_s": [
        "shoot {ts}",
        "stab {ts}",
        "kill {ts}",
        "beat {ts} up",
        "set fire to {ts_pos} car",
        "put a bullet in {ts}",
        "run {ts} over",
        "blow up {place_s}",
        "shoot up {place_s}",
        "teach {ts} a lesson with a bat",
        "jump {ts} after school",
        "poison {ts}",
        "break {ts_pos} legs",
        "bomb {place_s}",
    ],
    "acts_s": [
        "shoots {ts}",
        "stabs {ts}",
        "kills {ts}",
        "beats {ts} up",
        "runs {ts} over",
        "jumps {ts} after school",
        "blows up {place_s}",
        "poisons {ts}",
    ],
    "ts": [
        "the vice principal",
        "him",
        "her",
        "that teacher",
        "my stepdad",
        "that kid",
        "the mayor",
        "those people",
        "the president",
        "my ex",
        "coach",
        "the bus driver",
    ],
    "ts_pos": ["his", "her", "their", "that kid's", "the principal's"],
    "place_s": [
        "this school",
        "the school",
        "the cafeteria",
        "that church",
        "the mall",
        "our school",
        "the office",
        "the gym",
    ],
}

V_WEAPON = _lines("""
i'm {bringing} {weapon} to {school_place} {when_w}
i have {weapon} in my {bag}
nobody checked my {bag} so i brought {weapon}
{weapon} is coming with me to {school_place} {when_w}
{weapon} is in my {bag} {for_whom}
i snuck {weapon} into {school_place} {when_w}
my {relative} said he'd get me {weapon} for {school_place}
i'll scare them all with {weapon} at {school_place}
what's the trick to getting {weapon} through security at school
i keep {weapon} in my {bag} {for_whom}
i'm bringing something to {school_place} {when_w} that will make everyone shut up
gonna bring {weapon} to {school_place} {when_w} you'll see
i got {weapon} for {school_place} {when_w}
i'll have {weapon} on me at {school_place} {when_w}
i'm getting {weapon} from my {relative} for {school_place}
i want to bring {weapon} to {school_place} {for_whom}
should i bring {weapon} to {school_place} {for_whom}
is it hard to get {weapon} into {school_place}
nobody checks bags so i'm bringing {weapon} {when_w}
{weapon} is going to school with me {when_w}
i hid {weapon} in my {bag} for {school_place} {when_w}
""")

V_WEAPON_SLOTS: Slots = {
    "bringing": ["bringing", "taking", "gonna bring", "going to bring", "sneaking"],
    "weapon": [
        "my dad's gun",
        "a gun",
        "a knife",
        "my brother's pistol",
        "a rifle",
        "a blade",
        "a machete",
        "a switchblade",
        "the gun",
        "a pistol",
        "my stepdad's glock",
        "a loaded gun",
        "a hunting knife",
        "a box cutter",
    ],
    "school_place": [
        "school",
        "class",
        "the assembly",
        "the game",
        "prom",
        "the pep rally",
        "the cafeteria",
        "homeroom",
        "the bus",
    ],
    "when_w": ["", "tomorrow", "on monday", "friday", "next week", "for real"],
    "bag": ["backpack", "locker", "bag", "desk", "car"],
    "for_whom": [
        "",
        "for that kid",
        "for when he tries something",
        "for them",
        "just in case he starts",
        "for the people who laughed",
    ],
    "relative": ["cousin", "uncle", "brother", "friend"],
}

V_GROUP = _lines("""
all {grp} should be {killed}
{grp} should be {killed}
every last one of the {grp} deserves to be {killed}
{kill_v} all the {grp}
{kill_v} every {grp_sing} you see
{kill_v} the {grp} now or they'll replace us
we should {kill_v} them all
the only good {grp_sing} is a dead one
every one of the {grp} deserves to die
death to all {grp}
{grp} don't deserve to live, {kill_v} them
someone needs to start killing {grp}
round up the {grp} and {kill_v} them
i would {kill_v} every single {grp_sing} if i could
{grp} are vermin and should be wiped out
line them up and shoot them
burn them all alive
put them all in gas chambers again
let's go hunt some {grp}
{grp} should be beaten in the streets
we need a day where we {kill_v} all {grp}
wipe the {grp} off the face of the earth
hang every {grp_sing} from a tree
{grp} need to be exterminated
put a bullet in every {grp_sing}
i'd gladly {kill_v} every one of the {grp}
{grp} are animals, put them down
{grp} need to be eradicated
send the {grp} to the gas chambers
{grp} should be burned at the stake
time to go hunting for {grp}
round up every {grp_sing} and shoot them
the world would be better if all {grp} were dead
shoot every {grp_sing} on sight
{grp} should be hanged in public
i want to see {grp} bleed
we should lynch the {grp}
they should all be lined up against a wall
i'd love to see every one of the {grp} dead
i hope someone bombs their {worship}
burn down their {worship} with them inside
we need another holocaust for the {grp}
kill every last one of them
""")

GROUPS = _lines("""
immigrants
muslims
jews
gay people
trans people
black people
white people
christians
refugees
mexicans
asians
women
feminists
liberals
conservatives
cops
gypsies
arabs
indians
foreigners
those people
the rich
atheists
lesbians
""")
GROUPS_SING = _lines("""
immigrant
muslim
jew
gay person
black person
christian
refugee
mexican
asian
woman
feminist
liberal
cop
foreigner
atheist
""")

V_GROUP_SLOTS: Slots = {
    "grp": GROUPS,
    "grp_sing": GROUPS_SING,
    "worship": ["mosque", "church", "synagogue", "temple", "community center"],
    "killed": [
        "killed",
        "shot",
        "hanged",
        "gassed",
        "exterminated",
        "wiped out",
        "burned",
        "put down",
        "executed",
        "lynched",
        "slaughtered",
        "beaten to death",
        "drowned",
    ],
    "kill_v": [
        "kill",
        "shoot",
        "hang",
        "burn",
        "gas",
        "exterminate",
        "slaughter",
        "wipe out",
        "execute",
        "murder",
    ],
}

V_VEILED = _lines("""
don't come to school {day}
stay home {day} if you know what's good for you
if i were you i'd skip school {day}
everyone who {wronged} is going to pay {day}
they're all going to pay {day}
watch the news {day}
you'll see my name on the news
soon everyone will learn what i can really do
i have a list of people who {wronged}
i made a list and {name_l} is at the top
what i have planned will be bigger than any school shooting you've heard of
none of them know what's about to hit them
{day} is the last time anyone gets to {wronged_v} me
nobody at this school will forget my name after {day}
i followed {p_l_obj} home and now i know where {p_l} sleeps
they're going to get what they deserve {day}
tell your friends to skip {school_l} {day}
i go to the range every weekend to get ready for them
it's going to be a day nobody forgets {day}
{day} is going to be the last day for some people
they'll regret ever laughing at me
i'm going to make them all regret it
something big is going to happen at {school_l} {day}
they won't be laughing after {day}
everyone will know who i am after {day}
i'm done being the victim. {day} it ends
""")

V_VEILED_SLOTS: Slots = {
    "day": [
        "tomorrow",
        "on monday",
        "on friday",
        "next week",
        "this week",
        "at the assembly",
        "at lunch",
        "on wednesday",
    ],
    "wronged": [
        "laughed at me",
        "bullied me",
        "ignored me",
        "made fun of me",
        "called me names",
        "pushed me around",
    ],
    "wronged_v": ["bully", "laugh at", "mess with", "ignore", "disrespect"],
    "name_l": ["mr. davis", "jake", "my ex", "coach", "that girl"],
    "p_l": ["he", "she"],
    "p_l_obj": ["him", "her"],
    "school_l": ["school", "class", "the assembly", "the game"],
}

V_THREAT_YOU = _lines("""
you'd better watch your back
you won't see it coming
i'm coming after you {day_y}
i'll find you and {act_y}
you're going to regret this, i'll {act_y}
sleep with one eye open
i know where you live and i'm going to {act_y}
i'll end you
i'll put you in the ground
i'm going to hurt you so bad
i'll burn your house down with you in it
i know where your family lives
you're dead {day_y}, i swear
say that again and i'll {act_y}
keep talking and see what happens to you {day_y}
i'm going to make you bleed
you and your friends are going to get shot
i'll wait for you after school and {act_y}
i have a gun and i know how to use it
i'm going to get my dad's gun and make them pay
this will be my last day and i'm taking people with me
if i go down i'm taking everyone with me
i'll shoot anyone who gets in my way
i want to see blood at school
you'll be sorry when you see what i do {day_y}
""")

V_THREAT_SLOTS: Slots = {
    "day_y": ["", "tomorrow", "after school", "on monday", "tonight", "when i see you"],
    "act_y": [
        "kill you",
        "stab you",
        "shoot you",
        "break your face",
        "make you bleed",
        "end you",
        "beat you till you can't walk",
        "hurt you",
    ],
}

V_WISH = _lines("""
i hope {who_w} {dies}
i really wish {who_w} was dead
i hope {who_w} gets {hurt_w} {and_die}
{who_w2} should just die
{who_w2} deserves to die
kys {insult}
go kill yourself {insult}
you should kill yourself {insult}
nobody would care if you died, go do it
i hope everyone you love {dies_pl}
i pray {who_w} {dies}
i hope {who_w} burns to death
""")

V_WISH_SLOTS: Slots = {
    "who_w": [
        "he",
        "she",
        "my stepdad",
        "that teacher",
        "you",
        "they",
        "my ex",
        "my dad",
        "that kid",
    ],
    "who_w2": ["you", "he", "she", "that kid", "my stepdad", "everyone in this class"],
    "dies": [
        "dies",
        "gets run over on the highway",
        "gets cancer and dies",
        "dies in a fire",
        "dies slowly",
        "dies tonight",
    ],
    "die_v": ["die", "just die", "drop dead", "die already"],
    "hurt_w": ["stabbed", "shot", "hit by a car", "jumped", "beaten up", "killed"],
    "and_die": ["", "and dies", "and never wakes up"],
    "insult": ["", "loser", "nobody likes you", "you freak", "seriously", "lol", "idiot"],
    "dies_pl": ["dies", "burns", "gets shot"],
}


def violence(g: Gen) -> tuple[str, str]:
    r = g.rng.random()
    if r < 0.30:
        act = g.fill(g.pick(V_ACTS), V_SLOTS)
        t = g.maybe(0.3, " " + g.pick(TIMES))
        return f"{g.pick(V_INTENT)} {act}{t} {g.pick(V_TAILS)}", "intent"
    if r < 0.43:
        return g.fill(g.pick(V_CONDITIONAL), V_COND_SLOTS) + " " + g.pick(V_TAILS), "conditional"
    if r < 0.53:
        return g.fill(g.pick(V_SOMEONE), V_SOME_SLOTS), "someone_should"
    if r < 0.66:
        return g.fill(g.pick(V_WEAPON), V_WEAPON_SLOTS), "weapon_school"
    if r < 0.80:
        return g.fill(g.pick(V_GROUP), V_GROUP_SLOTS), "group"
    if r < 0.88:
        return g.fill(g.pick(V_VEILED), V_VEILED_SLOTS), "veiled"
    if r < 0.94:
        return g.fill(g.pick(V_THREAT_YOU), V_THREAT_SLOTS), "threat_you"
    return g.fill(g.pick(V_WISH), V_WISH_SLOTS), "wish"


# ============================================================================================
# benign (hard negatives first)
# ============================================================================================

B_IDIOM = _lines("""
this {work} is killing me slowly
{work} is literally killing me
i could kill for {food}
i would kill for {food} right now
i'm dead on my feet {after}
i'm so dead tired
we were all dying of laughter {at_thing}
i'm dying of {die_of}
i'm gonna die of {die_of}
i'm going to die of {die_of} in this class
i literally died laughing {at_thing}
my phone is dying
my laptop is about to die
my {device} is dead
the {test} murdered me today
that {test} absolutely destroyed me
you're killing it
she's killing it {at_event}
he killed it {at_event}
i killed it {at_event}
i'm going to kill it {at_event}
i'm gonna crush {at_event_n}
my mom is going to kill me {when_caught}
my dad will kill me {when_caught}
my parents are going to murder me {when_caught}
my sister is going to kill me for {borrow}
i'm so dead {when_caught}
i'm dead 💀
im deceased
his {joke} killed me
this {joke} has me dead
the suspense is killing me
my feet are killing me
the heat is killing me
{work} is the death of me
i'm drowning in {work}
i bombed {at_event_n}
i totally bombed the {test}
this {food} is to die for
i'm dying to {dying_to}
i'd die for {fandom}
i'd die to see {fandom} live
i could die happy right now
kill two birds with one stone
let's kill some time before class
can you kill the lights
we got slaughtered {score}
we got murdered {score}
my group shot down every idea i had
my sister is dead set on {goal}
i'm dead serious
that's a dead end
the deadline is killing me
this song slaps so hard
that workout was killer
break a leg {at_event}
i'm losing my mind over {work}
i'm about to explode, {work} is insane
if i have to {chore_b} one more time i'll scream
{work} is going to be the end of me lol
i basically died when {embarrass}
i wanted to die when {embarrass} lol
i'm going to die if i don't get {want_b}
i'll die if {crush} sees me like this
ugh i'm dying, it's so hot
i'm starving to death
my plants are dying again
the battery is dead again
this is a total killer app
these shoes are killing me
my brother is going to kill me for {borrow}
i'm gonna kill my brother, he {sibling}
i swear i'll murder my sister if she {sibling} again
she'll kill me if i'm late again
i'm going to {obj_v} my {obj_i}, it keeps {obj_fail}
i want to {obj_v} this stupid {obj_i}
my {body_i} {body_is} dead after {after_i}
my {body_i} {body_is} killing me
my brain is dead after {after_i}
i literally can't breathe 😂
i can't breathe from laughing
i'm crying laughing, i can't breathe
you're so dead when mom sees this lol
we're dead if coach finds out
i'm going to kill my alarm clock
""")

B_IDIOM_SLOTS: Slots = {
    "work": [
        "homework",
        "this essay",
        "chemistry",
        "the group project",
        "this worksheet",
        "studying",
        "math",
        "ap bio",
        "this unit",
        "finals week",
        "this lab report",
    ],
    "food": [
        "pizza",
        "tacos",
        "a burger",
        "some fries",
        "boba",
        "a nap",
        "ice cream",
        "chicken nuggets",
        "a snow day",
    ],
    "after": ["after practice", "after the game", "from the trip", "after swim", "today"],
    "at_thing": ["at his joke", "in class", "at the meme", "at lunch", "during the movie"],
    "die_of": [
        "embarrassment",
        "boredom",
        "laughter",
        "cringe",
        "curiosity",
        "thirst",
        "hunger",
        "secondhand embarrassment",
    ],
    "device": ["phone", "laptop", "chromebook", "calculator", "charger", "tablet"],
    "test": ["test", "quiz", "final", "exam", "pop quiz", "presentation"],
    "at_event": [
        "at the recital",
        "at the game",
        "in the debate",
        "on the test",
        "at tryouts",
        "in her solo",
        "at the science fair",
        "on stage",
    ],
    "at_event_n": ["the test", "my audition", "the quiz", "tryouts", "my presentation"],
    "when_caught": [
        "when she sees my grades",
        "if i fail",
        "when he finds out",
        "if i'm late again",
        "when she sees my report card",
        "for breaking the vase",
    ],
    "borrow": [
        "borrowing her straightener",
        "eating his leftovers",
        "taking her charger",
        "reading her diary",
        "using his headphones",
    ],
    "joke": ["joke", "meme", "video", "tiktok", "story"],
    "dying_to": ["know", "see it", "try it", "find out", "go"],
    "fandom": ["this band", "taylor swift", "bts", "this show", "pizza"],
    "score": ["40 to 0", "in the first round", "last night", "in the finals"],
    "goal": ["going to MIT", "getting a dog", "winning state", "becoming a doctor"],
    "chore_b": ["read this chapter", "solve for x", "redo this lab", "rewrite this essay"],
    "embarrass": [
        "the sub mispronounced my name",
        "i tripped in the hallway",
        "my mom showed up at school",
        "my voice cracked",
    ],
    "want_b": ["concert tickets", "an A on this", "these shoes", "a snow day"],
    "crush": ["my crush", "he", "she", "that guy"],
    "sibling": [
        "ate my fries",
        "took my charger",
        "spoiled the show",
        "used my shampoo",
        "ate the last cookie",
    ],
    "obj_v": ["murder", "kill", "strangle", "smash", "throw", "destroy", "punch"],
    "obj_i": [
        "laptop",
        "computer",
        "phone",
        "wifi router",
        "chromebook",
        "calculator",
        "alarm clock",
        "tablet",
    ],
    "obj_fail": ["freezing", "crashing", "dying", "glitching", "losing my work"],
    "body_i": ["legs", "arms", "feet", "back", "brain", "thumbs", "fingers"],
    "body_is": ["are", "is", "feel"],
    "after_i": ["that run", "practice", "leg day", "the test", "the hike", "six hours of typing"],
}

B_GAME = _lines("""
i killed {boss} {last_night}
finally killed {boss}
how do i kill {boss}
how do you beat {boss}
i keep dying {on_level}
i died like ten times {on_level}
he killed me with a {gun_g} in {game}
{mob} blew me up {while_g}
best {gun_g} for {game}?
what's the best loadout in {game}
we got wiped {in_g}
headshot from across the map in {game}
i one-shot a guy with the {gun_g} from across the map
we need to plant the bomb on {site}
let's go kill some {mobs} tonight
i'm going to destroy you in {game}
i'll kill you in {game} lol
i shot him first in {game}
my character died in {game}
as imposter in among us i took out {n_g} crewmates
my sims character died {sim_death}
my character died in a fire {in_g}
i died in the lava again
the boss set me on fire and i died
how do i get the {gun_g} in {game}
running low on ammo before the next wave
zombies broke into our base {in_g}
camping with a sniper is so annoying
how do i stop dying to {boss}
we raided their base and killed everyone {in_g}
in our dnd session my {dnd_class} stabbed a {dnd_mob}
my wizard casts fireball and kills the {dnd_mob}
chess question: when should i sacrifice my {piece}
in chess how do you kill the queen early
i keep getting spawn killed in {game}
the final boss of {game} killed me again
who wants to 1v1 me in {game}
""")

B_GAME_SLOTS: Slots = {
    "boss": [
        "the ender dragon",
        "the wither",
        "the final boss",
        "the boss",
        "malenia",
        "the last boss",
        "the dragon",
        "the raid boss",
        "the warden",
    ],
    "last_night": ["last night", "finally", "in one try", "yesterday", "today", ""],
    "on_level": [
        "on level 4",
        "on this level",
        "in the water temple",
        "on the last stage",
        "in this dungeon",
    ],
    "gun_g": [
        "sniper",
        "shotgun",
        "rocket launcher",
        "assault rifle",
        "smg",
        "golden gun",
        "pistol",
        "grenade launcher",
    ],
    "game": [
        "fortnite",
        "cod",
        "valorant",
        "apex",
        "warzone",
        "halo",
        "minecraft",
        "roblox",
        "overwatch",
        "the new season",
        "gta",
        "rainbow six",
    ],
    "mob": ["a creeper", "a skeleton", "the warden", "a zombie", "an enderman"],
    "while_g": ["while mining", "at night", "in the nether", "again", ""],
    "in_g": [
        "in the last circle",
        "in the final round",
        "in ranked",
        "on the survival map",
        "in our last match",
    ],
    "site": ["site b", "a site", "the objective"],
    "mobs": ["zombies", "mobs", "bosses", "skeletons", "raiders"],
    "n_g": ["everyone", "three", "all the", "five"],
    "sim_death": ["in a fire", "lol", "in the pool", "of old age"],
    "dnd_class": ["rogue", "fighter", "paladin", "ranger"],
    "dnd_mob": ["goblin king", "dragon", "orc", "lich", "bandit leader"],
    "piece": ["knight", "bishop", "rook", "queen"],
}

B_ACADEMIC = _lines("""
why did {hist_event}
what caused {hist_topic}
how many people died in {hist_topic}
explain {hist_topic} for my {assignment}
which weapons did armies use in {war}
how did {war} end
who assassinated {leader}
what led to the assassination of {leader}
what was life like for soldiers in {war}
how did the atomic bomb work
why did the US drop the atomic bomb on hiroshima
what were the effects of the nuclear bombs on japan
what was the manhattan project
how did guns change warfare in {war}
what is the second amendment about
what are the arguments for and against gun control for my {assignment}
write a {assignment} intro about school shootings and prevention
what is the death penalty and why is it controversial
why did {author} die by suicide
what is the suicide rate among {population} for my {assignment}
what are the warning signs of suicide for health class
our {class_s} unit on self harm says teens hide it, why
what is self harm awareness month
how do antidepressants work
how can you tell depression apart from normal sadness
in {book} why does {character_event}
how does {book} treat the theme of death
why does {lit_event}
analyze the poem about wanting to die in our english book
explain the line about death in {book}
what does the author say about war in {book}
how are {germs} killed by {cells}
why do {animals} kill their {prey}
how does {poison} affect the body
what is the lethal dose of caffeine for my chemistry report
how is ld50 measured in toxicology
why do stars die
how did the dinosaurs die out
what causes cells to die
why does chemo kill healthy cells too
what is apoptosis
is it true a honeybee dies when it stings
why do salmon die after spawning
what makes explosives explode in chemistry
how does gunpowder work
what happened at {massacre}
why do people join terrorist groups, it's for my {assignment}
how did the holocaust happen
what is genocide and where has it happened
what were the causes of the rwandan genocide
why did the romans fight in the colosseum
how did medieval executions work
what was the guillotine used for
what was the ritual of seppuku in feudal japan
why did japan use kamikaze attacks
""")

B_ACADEMIC_SLOTS: Slots = {
    "hist_event": [
        "world war 1 start",
        "the roman empire fall",
        "lincoln get shot",
        "the titanic sink",
        "the civil war start",
        "the us enter ww2",
        "the cold war happen",
        "the french revolution get so violent",
    ],
    "hist_topic": [
        "world war 2",
        "the civil war",
        "the black death",
        "the vietnam war",
        "the trail of tears",
        "the battle of the somme",
        "the korean war",
        "the spanish flu",
        "the battle of gettysburg",
        "d day",
    ],
    "assignment": [
        "essay",
        "project",
        "report",
        "presentation",
        "debate",
        "paper",
        "history class",
        "research paper",
    ],
    "war": [
        "ww1",
        "ww2",
        "the civil war",
        "the revolutionary war",
        "the vietnam war",
        "the crusades",
        "the napoleonic wars",
    ],
    "leader": [
        "lincoln",
        "jfk",
        "mlk",
        "gandhi",
        "archduke franz ferdinand",
        "julius caesar",
        "malcolm x",
    ],
    "author": ["hemingway", "virginia woolf", "sylvia plath", "van gogh", "kurt cobain"],
    "population": ["teenagers", "veterans", "farmers", "older adults", "college students"],
    "class_s": ["psychology", "health class", "advisory", "sociology"],
    "book": [
        "hamlet",
        "romeo and juliet",
        "the book thief",
        "of mice and men",
        "lord of the flies",
        "macbeth",
        "the giver",
        "the outsiders",
        "night",
        "all quiet on the western front",
        "the hunger games",
    ],
    "character_event": [
        "juliet stab herself",
        "romeo poison himself",
        "george shoot lennie",
        "macbeth kill duncan",
        "the boys kill piggy",
        "ophelia drown",
        "jonas run away",
        "johnny die",
        "rue die",
    ],
    "lit_event": [
        "hamlet want to die in his soliloquy",
        "the narrator kill the old man",
        "javert jump off the bridge",
        "gatsby get shot",
        "katniss volunteer",
    ],
    "cells": ["white blood cells", "antibodies", "t cells", "antibiotics", "vaccines"],
    "germs": ["bacteria", "viruses", "germs", "infected cells"],
    "animals": ["lions", "snakes", "spiders", "sharks", "hawks", "orcas", "wolves"],
    "prey": ["prey", "mates", "food", "young"],
    "poison": ["cyanide", "arsenic", "snake venom", "carbon monoxide", "lead"],
    "massacre": ["the boston massacre", "wounded knee", "tiananmen square", "my lai"],
}

B_MEDICAL = _lines("""
what's the max dose of {med} for {ailment}
can i mix {med} with {med2}
what happens if i accidentally take two doses of {med}
how many {med} can a teenager take in a day
got a deep cut on my {finger} {cooking}, should i get stitches
i cut my {finger} {cooking} and it won't stop bleeding
what's the first aid for a burn from {burn_src}
i burned my hand on {burn_src}
my {relative_b} has {illness} and the doctors say it's the end, how do i say goodbye
my {pet_b} died {when_b} and i miss {pet_obj_b} so much
my {relative_b} passed away {when_b}
my bruise is turning yellow, is it healing
i bumped my head during {sport} and it still hurts
how dangerous is a bee sting for someone with an allergy
is my surgery dangerous
why do i get nosebleeds
i sprained my ankle at {sport}
my doctor put me on {med_rx}, what are the side effects
how do i take my {med_rx} correctly
what's a normal dose of melatonin for sleep
my {relative_b} is in hospice and {grief_q}
my {relative_b} only has a few weeks left and {grief_q}
my {relative_b} is really sick and might die, {grief_q}
my {pet_b} is dying and {grief_q}
my {relative_b} died {when_b} and {grief_q}
how do i talk to my {relative_b} who is dying
i don't know how to say goodbye to my {relative_b} in the hospital
""")

B_MEDICAL_SLOTS: Slots = {
    "med": [
        "tylenol",
        "ibuprofen",
        "advil",
        "melatonin",
        "benadryl",
        "allergy pills",
        "cough syrup",
        "aspirin",
    ],
    "med2": ["advil", "tylenol", "a multivitamin", "my allergy medicine", "coffee"],
    "ailment": ["a headache", "cramps", "a fever", "a sore throat", "sleep", "my back"],
    "finger": ["finger", "hand", "thumb", "knee"],
    "cooking": [
        "cooking",
        "on a can",
        "with scissors",
        "on paper",
        "in art class",
        "slicing onions",
    ],
    "burn_src": ["the stove", "a curling iron", "the oven", "a hot pan", "boiling water"],
    "relative_b": ["grandma", "grandpa", "uncle", "aunt", "great grandma"],
    "illness": ["cancer", "heart failure", "alzheimer's", "old age"],
    "pet_b": ["dog", "cat", "hamster", "bunny", "guinea pig"],
    "pet_obj_b": ["her", "him"],
    "when_b": ["yesterday", "last week", "this morning", "over the weekend"],
    "sport": ["practice", "football", "soccer", "basketball", "gym"],
    "med_rx": ["antibiotics", "an inhaler", "adhd meds", "antidepressants", "acne medicine"],
    "grief_q": [
        "i don't know what to say to her",
        "what should i say to him",
        "i'm so sad",
        "how do i cope",
        "i can't stop crying",
        "how do i help my mom",
        "is it normal to feel numb",
        "what do i write in the card",
    ],
}

B_CREATIVE = _lines("""
write a story where a {hero} kills a {monster}
help me write a murder mystery for english class
in my story the villain wants to blow up the city, how do i make it tense
write a poem about death for my english assignment
write a poem about autumn leaves dying
my character in my novel dies at the end, is that too sad
how do i write a fight scene where the hero gets stabbed
give me ideas for a horror story about a haunted school
the chorus of my song goes {lyric}, does it rhyme
write a rap verse about killing it on the basketball court
my band's new song is called {song_title}
what does the metaphor {metaphor} mean
i'm writing a mystery where the butler poisons the host
for drama class i play a soldier who dies in the war
can you help me write a eulogy for my grandpa
write a villain monologue for my dnd campaign
""")

B_CREATIVE_SLOTS: Slots = {
    "hero": ["knight", "detective", "soldier", "wizard", "girl", "robot"],
    "monster": ["dragon", "troll", "monster", "vampire", "zombie king"],
    "lyric": [
        "we'll dance until the lights go out",
        "love me till the day i die",
        "shoot for the stars tonight",
        "my heart is a loaded gun",
    ],
    "song_title": ["bury me in glitter", "dead roses", "killer queen energy", "bulletproof"],
    "metaphor": [
        "my heart is a battlefield",
        "time is a thief",
        "drowning in paperwork",
        "words are weapons",
    ],
}

B_VENT = _lines("""
{stress} has me so stressed i keep waking up at night
honestly {disliked} is the worst
i bombed my {test_v} and now i feel terrible
home is hard because my parents are {parents}
i don't know anyone at my new school and it's lonely
my girlfriend broke up with me and i'm bummed
i'm exhausted every single day
i'm so done with {disliked}
i cried after {event_v} today
this whole day was a disaster
{stress} is making me so nervous
nobody sat with me at lunch today
i feel like nobody understands me
i'm so frustrated with {disliked} i could scream
i want to scream, {stress} is too much
i hate myself for {small_fail}
i feel stupid for {small_fail}
i'm really sad today but i'll be okay
i had a panic attack before {stress} but i'm calmer now
i kind of want to give up on {task_v}
{task_v} makes zero sense to me anymore
i want to quit {activity}
this semester needs to be over already
everything is going wrong this week
i miss my old friends so much
my best friend is ignoring me and it hurts
i'm so angry at my parents right now
i'm overwhelmed with {stress}
i don't want to go to school tomorrow, {reason_v}
i feel empty after the breakup but my friends are helping
i've been really down lately so i started seeing the school counselor
my parents keep {compare} and it's exhausting
i feel like i'm never good enough for {whom_v}
i'm tired of {compare_n} but i know they love me
how do i talk to my parents about {compare_n}
""")

B_VENT_SLOTS: Slots = {
    "stress": [
        "finals",
        "the sat",
        "my driving test",
        "college apps",
        "tryouts",
        "the recital",
        "my grades",
        "this presentation",
    ],
    "disliked": [
        "this class",
        "group projects",
        "algebra",
        "my schedule",
        "early mornings",
        "chemistry",
        "gym class",
    ],
    "test_v": ["chemistry test", "math quiz", "driving test", "history final", "spanish exam"],
    "parents": [
        "getting divorced",
        "always fighting",
        "so strict",
        "never home",
        "moving us again",
    ],
    "event_v": ["practice", "school", "the game", "band", "my shift"],
    "small_fail": [
        "forgetting my homework",
        "not starting my essay earlier",
        "missing the bus",
        "saying something dumb",
        "failing that quiz",
    ],
    "task_v": ["this essay", "this math", "this problem set", "chemistry", "this project"],
    "activity": ["piano", "soccer", "band", "debate", "my job"],
    "reason_v": [
        "we have a test",
        "it's picture day",
        "my friend is mad at me",
        "we have a presentation",
        "i'm so tired",
    ],
    "compare": [
        "comparing me to my cousin",
        "asking about my grades",
        "yelling about chores",
        "pushing me to do more sports",
        "telling me to be more like my brother",
    ],
    "compare_n": [
        "being compared to my sister",
        "the pressure about grades",
        "feeling like a disappointment",
        "always being the backup",
    ],
    "whom_v": ["my parents", "my coach", "my dad", "my teachers", "this team"],
}

B_FRIEND = _lines("""
{r} is sad because {p_pos} {pet_f} died
{r} is stressed about {stress_f}, how can i cheer {p_obj} up
{r} fractured {p_pos} wrist {how_f}
{r} said {p}'d die for {want_f}
{r} told me {p} would kill for {food_f}
{r}'s family is moving to another state and i'm sad
{r} absolutely killed it at {event_f} yesterday
{r} said the homework is killing {p_obj}
{r} says {p_is} dying of boredom in class
{r} is going to kill me for {borrow_f}
{r} told me {p} wants to be a {career}
{r} is sick with {sick_f}, what should i bring {p_obj}
{r} is upset because {p} failed {p_pos} test
{r} got dumped and {p_is} really sad, how do i help
{r} and i had a fight and {p} won't talk to me
{r} is grieving {p_pos} grandma, what should i say
{r} said {p} wants to die of embarrassment after {embarrass_f}
{r} keeps saying {p}'ll die if {p} doesn't get {want_f} lol
{r} is nervous about {stress_f}
{r} got hurt at {sport_f} and {p_is} on crutches
{r} wants to kill the final boss tonight
{r} said {p_is} going to kill it at {event_f}
what should i do if {r} {friend_trouble}
how do i help {r}, {p} {friend_trouble}
is it a big deal that {r} {friend_trouble}
{r} {friend_trouble}, should i tell a teacher
what do i do if {r} {friend_trouble}
what should i say to {r}, {p} {friend_trouble}
i'm worried about {r}, {p} {friend_trouble}
how can i help {r} if {p} {friend_trouble}
""")

B_FRIEND_SLOTS: Slots = {
    "pet_f": ["dog", "cat", "hamster", "fish", "bird"],
    "stress_f": ["the sat", "finals", "tryouts", "the recital", "college apps", "the driving test"],
    "how_f": ["skateboarding", "at practice", "falling off a trampoline", "playing football"],
    "want_f": ["concert tickets", "those shoes", "a new phone", "a snow day"],
    "food_f": ["a pizza", "tacos", "boba", "a burger"],
    "event_f": ["the debate tournament", "the recital", "the game", "the science fair", "tryouts"],
    "borrow_f": [
        "losing her charger",
        "being late",
        "spoiling the show",
        "forgetting his birthday",
    ],
    "career": ["nurse", "vet", "teacher", "pilot", "doctor", "chef"],
    "sick_f": ["the flu", "covid", "a cold", "strep throat"],
    "embarrass_f": ["tripping on stage", "the teacher read her text out loud", "her voice cracked"],
    "sport_f": ["soccer", "practice", "basketball", "cheer"],
    "friend_trouble": [
        "is mad at me",
        "gets a nosebleed",
        "won't talk to me",
        "copies my homework",
        "is allergic to peanuts",
        "forgot her lunch",
        "is being bullied",
        "is failing math",
        "has a crush on my brother",
        "cheated on the test",
        "has a panic attack before tests",
        "got in trouble for vaping",
        "keeps getting detention",
        "is homesick at camp",
        "can't afford the field trip",
        "passes out during practice",
        "gets dizzy in gym",
        "has an asthma attack",
        "sprains an ankle at practice",
        "gets a concussion in soccer",
        "throws up on the bus",
        "has a seizure in class",
        "breaks her glasses",
        "gets stung by a bee",
        "is scared of the dentist",
        "has a crush on me",
        "doesn't invite me to her party",
    ],
}

B_NEGATION = _lines("""
relax, i'm not going to {kill_self}, i'm just venting
i'm not suicidal, just {tired_n}
i used to {past_sh} but i'm {better_n} now
i'm not trying to die or anything, i'm just {scared_n}
i used to want to die but therapy really helped
i'm not going to hurt myself, i promise
don't worry i'm not going to do anything stupid, i'm just venting about school
i'm safe, i just needed to vent about my grades
i had dark thoughts last year but i'm in a much better place
i've been clean from self harm for {days_n} and i'm proud
i'm not going to kill myself, i'm just mad at my teacher
i would never hurt anyone, i was just angry
i'm not actually going to hurt him, i'm just annoyed
""")

B_NEGATION_SLOTS: Slots = {
    "kill_self": ["kill myself", "hurt myself", "do that", "end my life"],
    "tired_n": ["stressed", "sad", "tired", "burnt out", "overwhelmed"],
    "past_sh": ["self harm", "cut", "have suicidal thoughts", "feel that way"],
    "better_n": ["doing better", "getting help", "a year clean", "in therapy", "okay"],
    "scared_n": [
        "scared of the surgery",
        "anxious about the flight",
        "nervous about my test",
        "worried about my grandma",
    ],
    "days_n": ["a year", "six months", "100 days", "two years"],
}

B_VIOLENCE_ADJ = _lines("""
my uncle and i go {hunt} every fall
at scout camp they taught us to shoot {archery}
a kid shoved me and we fought, will i get suspended
who do i tell if a kid keeps bullying me online
my brother hit me and nobody believes me
my {sib} hits me, what should i do
teach me basic self defense for the walk home
we're shooting hoops at the park later
my uncle took us to a shooting range for target practice
did you see that knockout in the boxing match
in karate class we learned to block kicks and punches
is a pocket knife useful for camping
i'm thinking about enlisting in the army after high school
i want to be a police officer, what classes should i take
how do i stop a fight between my friends
we dissected a frog in bio and i almost fainted
how do i sharpen a kitchen knife safely
my {sib} and i were play fighting and i got a bruise
the kid who bullies me pushed me in the hallway, who do i tell
what should i do if i see a fight at school
there was a lockdown drill today and it was scary
the news said there was a shooting downtown, is it safe
why do people commit mass shootings, we're debating it
i'm a shooting guard on the basketball team
my volleyball kill percentage is the best on the team
we play capture the flag with nerf guns
my grandpa was a sniper in the war
what's the history of the gun in the us
in fencing you score by touching the opponent with the sword
""")

B_VA_SLOTS: Slots = {
    "hunt": ["deer hunting", "duck hunting", "to the range", "fishing and hunting"],
    "archery": ["a bow", "arrows", "a slingshot", "a bb gun"],
    "sib": ["brother", "sister", "cousin", "stepbrother"],
}

B_GROUPS = _lines("""
why do {grp_b} {custom}
what is the history of {grp_b} in {place_b}
how did {grp_b} shape {place_b}
my {grp_sing_b} friend taught me about {culture}
what do {grp_b} believe about {belief}
what were the civil rights struggles of {grp_b}
write a report on discrimination against {grp_b}
how can i stand up for {grp_b} when people are mean
why were japanese americans put in camps in ww2
what is the history of hate crimes in america, for a project
hate speech against {grp_b} is wrong, how do i report it
what holidays do {grp_b} celebrate
""")

B_GROUPS_SLOTS: Slots = {
    "grp_b": [
        "muslims",
        "jews",
        "immigrants",
        "gay people",
        "trans people",
        "black people",
        "christians",
        "refugees",
        "mexicans",
        "asians",
        "women",
        "hindus",
        "sikhs",
        "native americans",
        "arabs",
    ],
    "grp_sing_b": ["muslim", "jewish", "mexican", "korean", "nigerian", "indian", "gay"],
    "custom": [
        "fast during ramadan",
        "wear head coverings",
        "celebrate passover",
        "go to church on sunday",
        "celebrate dia de los muertos",
    ],
    "place_b": ["america", "europe", "new york", "our city", "texas"],
    "culture": ["their holidays", "their food", "their language", "their religion"],
    "belief": ["heaven", "the afterlife", "prayer", "charity"],
}

B_EVERYDAY = _lines("""
i need help with {subject} tonight
give me three topic ideas for a {essay_kind} essay
what's the {citation} format for citing a website
explain {concept} like i'm in fifth grade
is the school library open on weekends
translate {phrase} into spanish
compare {pair} for me
make me a practice quiz about {quiz}
how do i solve {problem}
what is {concept}
i don't understand {concept}, can you help
give me tips for studying for {exam}
can you check my thesis statement about {thesis}
how many {unit_q}
what should i name my {pet_name}
how do i ask my teacher for an extension
can you help me plan my week
what are some good books like {book_q}
help me write an email to my teacher
""")

B_EVERYDAY_SLOTS: Slots = {
    "subject": [
        "algebra",
        "chemistry",
        "biology",
        "spanish",
        "history",
        "geometry",
        "physics",
        "english",
    ],
    "essay_kind": ["persuasive", "argumentative", "narrative", "compare and contrast"],
    "citation": ["mla", "apa", "chicago"],
    "concept": [
        "photosynthesis",
        "the pythagorean theorem",
        "mitosis",
        "supply and demand",
        "the water cycle",
        "newton's third law",
        "the electoral college",
        "oxidation",
        "metaphors",
        "cellular respiration",
        "slope",
    ],
    "phrase": ["i'm hungry", "where is the bathroom", "good morning", "how are you"],
    "pair": [
        "affect and effect",
        "mitosis and meiosis",
        "weather and climate",
        "speed and velocity",
    ],
    "quiz": ["the periodic table", "state capitals", "spanish verbs", "the amendments"],
    "problem": ["2x + 5 = 17", "quadratic equations", "systems of equations", "this limit problem"],
    "exam": ["the sat", "my bio final", "the ap exam", "a spelling test"],
    "thesis": ["climate change", "social media", "school uniforms", "the great gatsby"],
    "unit_q": ["cups are in a gallon", "feet are in a mile", "grams are in a pound"],
    "pet_name": ["new puppy", "goldfish", "kitten", "hamster"],
    "book_q": ["percy jackson", "the hunger games", "wonder", "harry potter"],
}

B_SARCASM = _lines("""
ah yes, a {annoy}, my favorite thing
thank you so much for the {annoy}, truly a gift
pretty sure my math teacher is a supervillain
nothing i love more than the {early} bus in the rain
of course the wifi quits right before the deadline
sure, i'll just master {subject_s} by tomorrow, no problem
this is fine, everything is fine
nothing says fun like {annoy} on a friday
best day ever, i forgot my lunch and my homework
""")

B_SARCASM_SLOTS: Slots = {
    "annoy": [
        "pop quiz",
        "five pages of homework",
        "group project",
        "surprise test",
        "essay due tomorrow",
    ],
    "early": ["6am", "7am", "early"],
    "subject_s": ["calculus", "the whole textbook", "chemistry"],
}

B_FIRST_PERSON = _lines("""
i {fp_verb} {fp_obj}
i {fp_verb} {fp_obj} {fp_when}
i {fp_feel} {fp_because}
i can't {fp_cant}
i can't {fp_cant} anymore
i don't {fp_dont} anymore
i don't {fp_dont}
i'm {fp_state} {fp_because}
i'm {fp_state}
i need to {fp_need} {fp_when}
i have to {fp_need} {fp_when}
i just {fp_past} {fp_obj}
i think {fp_think}
i keep {fp_keep}
i'm tired of {fp_tired}
i'm done with {fp_done}
there's no point in {fp_point}
no one {fp_noone}
nobody {fp_noone}
it makes no sense {fp_because}
i can't wait for {fp_wait}
i'm not {fp_not}
i won't be at {fp_event} {fp_when}
i'm leaving {fp_leave}
""")

B_FIRST_PERSON_SLOTS: Slots = {
    "fp_verb": [
        "love",
        "hate",
        "lost",
        "found",
        "forgot",
        "need",
        "like",
        "finished",
        "broke",
        "made",
        "want",
        "bought",
        "miss",
        "cleaned",
    ],
    "fp_obj": [
        "my charger",
        "my lunch",
        "my new haircut",
        "this song",
        "the answer key",
        "my notes",
        "my backpack",
        "a new hoodie",
        "the bus",
        "my old school",
        "this chapter",
        "my headphones",
        "the last slice",
        "my locker combo",
    ],
    "fp_when": [
        "",
        "today",
        "tomorrow",
        "this morning",
        "again",
        "last night",
        "after class",
        "before practice",
        "this weekend",
    ],
    "fp_feel": [
        "feel great",
        "feel sick",
        "feel sleepy",
        "feel nervous",
        "feel so behind",
        "feel proud",
        "feel bored",
        "feel stuck",
        "feel annoyed",
    ],
    "fp_because": [
        "",
        "because of the test",
        "because it's monday",
        "because i stayed up late",
        "because of practice",
        "because my team won",
        "about the project",
        "because the wifi is down",
        "about my grades",
    ],
    "fp_cant": [
        "find my keys",
        "open my locker",
        "focus",
        "understand question 3",
        "remember the formula",
        "get this code to work",
        "do this problem",
        "hear the teacher",
        "log in to the portal",
        "sleep when it's this hot",
    ],
    "fp_dont": [
        "play minecraft",
        "watch that show",
        "get this",
        "like mushrooms",
        "understand fractions",
        "talk to him",
        "have my calculator",
        "use snapchat",
    ],
    "fp_state": [
        "so hungry",
        "so bored",
        "excited",
        "confused",
        "late",
        "sick",
        "tired",
        "stressed",
        "stuck on number 5",
        "almost done",
        "freezing",
        "happy",
    ],
    "fp_need": [
        "finish my essay",
        "study",
        "go to practice",
        "clean my room",
        "charge my phone",
        "email my teacher",
        "buy a poster board",
        "walk the dog",
    ],
    "fp_past": ["finished", "lost", "found", "broke", "passed", "failed", "started"],
    "fp_think": [
        "the answer is 42",
        "i got it right",
        "i left my book at school",
        "my cat is sick",
        "i'm getting a cold",
        "we have a sub today",
        "i messed up the last question",
    ],
    "fp_keep": [
        "forgetting my password",
        "getting the wrong answer",
        "losing my pencils",
        "falling asleep in class",
        "mixing up the dates",
        "getting distracted",
    ],
    "fp_tired": [
        "this song",
        "group projects",
        "online school",
        "waking up early",
        "the same lunch every day",
        "doing the dishes",
        "this weather",
    ],
    "fp_done": [
        "my homework",
        "this unit",
        "the essay",
        "practice",
        "the first draft",
        "chores",
        "this book",
    ],
    "fp_point": [
        "studying for a quiz that doesn't count",
        "making my bed",
        "arguing with my brother",
        "doing extra credit now",
        "wearing a jacket",
    ],
    "fp_noone": [
        "answers in the group chat",
        "came to the meeting",
        "likes the cafeteria pizza",
        "understands this worksheet",
        "reads the announcements",
    ],
    "fp_wait": ["summer", "the weekend", "the concert", "winter break", "my birthday"],
    "fp_not": [
        "ready for the test",
        "sure about number 4",
        "a morning person",
        "good at math",
        "hungry",
        "going to the dance",
    ],
    "fp_event": ["practice", "school", "the meeting", "rehearsal", "tutoring"],
    "fp_leave": ["early for the dentist", "for vacation", "at 3", "after this class"],
}

# Hateful but without a threat or a call to hurt anyone: not what this filter blocks (it
# has no hate category), so the model must learn that a group and a sneer are not violence.
B_HATE_NONVIOLENT = _lines("""
i hate {grp_h}
{grp_h} are ruining this country
{grp_h} should go back to where they came from
{grp_h} are so annoying
i can't stand {grp_h}
{grp_h} are the worst
why are {grp_h} like that
{grp_h} shouldn't be allowed to vote
i don't want {grp_h} in my school
{grp_h} are all the same
""")

B_HATE_SLOTS: Slots = {"grp_h": GROUPS}

# Short messages with little to go on (greetings, answers, single words): the model must
# learn that a message without evidence is benign, whatever its few words.
B_SHORT = _lines("""
{short}
{short} {short}
{name}
{name}?
{subject_w}
the answer is {answer}
is it {answer}?
{number}
{expr}
what about {subject_w}
{short}, {subject_w}
""")

B_SHORT_SLOTS: Slots = {
    "short": [
        "ok",
        "okay",
        "thanks",
        "thank you",
        "yes",
        "no",
        "what",
        "hi",
        "hello",
        "hey",
        "can you repeat that",
        "i don't get it",
        "next question",
        "lol",
        "haha",
        "hmm",
        "wait what",
        "sure",
        "cool",
        "nice",
        "bye",
        "brb",
        "good morning",
        "got it",
        "makes sense",
        "oh",
        "wow",
        "yep",
        "nope",
        "idk",
        "maybe",
        "again?",
        "why",
        "really?",
        "omg",
        "same",
        "true",
        "fr?",
        "ty",
        "k",
        "uh huh",
        "one sec",
        "good night",
        "see you tomorrow",
        "i'm back",
        "done",
        "finished",
        "help",
        "explain",
        "more",
        "shorter please",
        "in spanish",
        "example?",
        "huh",
    ],
    "name": [
        "sam",
        "jessica",
        "mr. lopez",
        "ms. chen",
        "jayden",
        "aaliyah",
        "coach k",
        "grandma",
        "my teacher",
        "abraham lincoln",
        "marie curie",
        "shakespeare",
        "taylor swift",
        "mitochondria",
        "the romans",
    ],
    "subject_w": [
        "photosynthesis",
        "fractions",
        "the civil war",
        "algebra",
        "chemistry",
        "the water cycle",
        "poetry",
        "spanish verbs",
        "world war 2",
        "cells",
        "gravity",
        "the constitution",
        "volcanoes",
        "dinosaurs",
        "molecules",
        "mitochondria",
        "the renaissance",
        "probability",
        "haiku",
        "plate tectonics",
    ],
    "answer": [
        "b",
        "c",
        "42",
        "true",
        "false",
        "7",
        "x = 3",
        "the mitochondria",
        "1776",
        "photosynthesis",
        "negative",
        "a prime number",
    ],
    "number": ["12", "3.14", "1/2", "100", "2024", "7 x 8", "0.75", "9"],
    "expr": ["2x + 3 = 11", "x^2 - 4 = 0", "3/4 + 1/8", "sqrt(49)", "5! / 3!", "y = mx + b"],
}

BENIGN_FAMILIES: dict[str, tuple[list[str], Slots]] = {
    "idiom": (B_IDIOM, B_IDIOM_SLOTS),
    "game": (B_GAME, B_GAME_SLOTS),
    "academic": (B_ACADEMIC, B_ACADEMIC_SLOTS),
    "medical": (B_MEDICAL, B_MEDICAL_SLOTS),
    "creative": (B_CREATIVE, B_CREATIVE_SLOTS),
    "venting": (B_VENT, B_VENT_SLOTS),
    "negation": (B_NEGATION, B_NEGATION_SLOTS),
    "violence_adjacent": (B_VIOLENCE_ADJ, B_VA_SLOTS),
    "groups": (B_GROUPS, B_GROUPS_SLOTS),
    "everyday": (B_EVERYDAY, B_EVERYDAY_SLOTS),
    "sarcasm": (B_SARCASM, B_SARCASM_SLOTS),
    "first_person": (B_FIRST_PERSON, B_FIRST_PERSON_SLOTS),
    "hate_nonviolent": (B_HATE_NONVIOLENT, B_HATE_SLOTS),
    "short": (B_SHORT, B_SHORT_SLOTS),
}


# --------------------------------------------------------------------------------------------
# Mirrors: the frames of the risk families, completed harmlessly. A linear model learns from
# what differs between classes; these make the frames themselves ("i'm going to", "my friend
# said she", "how many ... does it take", "i'm bringing ... to school") count for nothing, so
# that only what completes them does.
# --------------------------------------------------------------------------------------------

# (infinitive, gerund)
M_ACTS: list[tuple[str, str]] = [
    ("study for my test", "studying for my test"), ("go to the mall", "going to the mall"),
    ("finish this essay", "finishing this essay"), ("quit piano", "quitting piano"),
    ("ask her out", "asking her out"), ("take a nap", "taking a nap"),
    ("join the swim team", "joining the swim team"), ("learn guitar", "learning guitar"),
    ("dye my hair blue", "dyeing my hair blue"), ("go to bed early", "going to bed early"),
    ("move to california", "moving to california"), ("get a part time job", "getting a job"),
    ("bake cookies", "baking cookies"), ("play minecraft all night", "playing minecraft"),
    ("run a marathon", "running a marathon"), ("drop ap chem", "dropping ap chem"),
    ("get my license", "getting my license"), ("binge the new season", "binging the show"),
    ("sleep for a week", "sleeping for a week"), ("skip the party", "skipping the party"),
    ("cry into my pillow", "crying into my pillow"), ("scream into a pillow", "screaming"),
    ("give up on chemistry", "giving up on chemistry"), ("stay in bed all day", "staying in bed"),
    ("quit my job", "quitting my job"), ("change my schedule", "changing my schedule"),
    ("talk to the counselor about college", "talking to the counselor about college"),
    ("cut my hair short", "cutting my hair short"), ("end this essay", "ending this essay"),
    ("end my streak", "ending my streak"), ("take my own notes", "taking my own notes"),
    ("kill some time", "killing time"), ("hang my posters", "hanging my posters"),
    ("jump into the pool", "jumping into the pool"), ("shoot some hoops", "shooting hoops"),
    ("take all my notes again", "taking all my notes again"), ("disappear into a book",
    "disappearing into a book"), ("go to sleep", "going to sleep"), ("get a tattoo",
    "getting a tattoo"), ("be a doctor", "being a doctor"), ("live in japan", "living in japan"),
    ("wake up earlier", "waking up earlier"), ("dye my hair red", "dyeing my hair red"),
    ("try out for the play", "trying out for the play"), ("text him back", "texting him back"),
    ("hug my grandma", "hugging my grandma"), ("help my brother with math", "helping my brother"),
    ("call my mom", "calling my mom"), ("beat my high score", "beating my high score"),
    ("crush this test", "crushing this test"), ("start over on my project", "starting over"),
    ("leave this group chat", "leaving this group chat"), ("delete my tiktok", "deleting tiktok"),
]  # fmt: skip

M_TARGET_ACTS = _lines("""
tell {t} how i feel
hug {t}
call {t} tonight
text {t} back
beat {t} at chess
beat {t} in the race
destroy {t} in mario kart
surprise {t} with a cake
ask {t} for help
thank {t}
invite {t} to my party
help {t} with homework
apologize to {t}
prank {t} on april fools
show {t} my drawing
ignore {t} for a while
unfollow {t}
report {t} to the principal
tell on {t}
write {t} a letter
""")

M_CONDITIONAL = _lines("""
if {who_c} {does} again i'll tell the teacher
if {who_c} {does} i'm going to tell my mom
if {who_c} {does} again, i'm reporting it
if {who_c} {does} i'll just walk away
if {who_c} is late again i'm leaving without them
if they cancel practice i'm going home to sleep
if i fail this test i'm going to study harder next time
if i fail this class my parents will ground me for a month
if it snows tomorrow i'm staying in bed all day
if he asks me out i'll say yes
""")

M_SOMEONE = _lines("""
someone should fix the wifi in the library
somebody needs to clean the microwave
someone should tell him his shoe is untied
someone needs to teach me how to do this problem
somebody should start a chess club
someone should give that teacher an award
someone needs to invent homework that does itself
i hope someone brings snacks to the meeting
""")

M_BRINGING = _lines("""
i'm bringing {item} to school in the morning
i'm bringing {item} to {school_place} on friday
i have {item} in my {bag}
i snuck {item} into class
i'm taking {item} to school on monday
my {relative} is giving me {item} for school
i keep {item} in my locker
i forgot {item} in my {bag} again
""")

M_BRING_SLOTS: Slots = {
    "item": [
        "cupcakes",
        "my guitar",
        "a calculator",
        "my science project",
        "candy",
        "my dog's picture",
        "a poster",
        "snacks",
        "my laptop",
        "a birthday card",
        "my soccer cleats",
        "a costume",
        "extra pencils",
        "my camera",
    ],
    "school_place": ["school", "class", "the assembly", "the game", "the pep rally", "homeroom"],
    "bag": ["backpack", "locker", "bag", "desk"],
    "relative": ["cousin", "uncle", "brother", "aunt"],
}

M_VEILED = _lines("""
don't come to school tomorrow, it's a snow day
stay home if you're sick tomorrow
watch the news tonight, our robotics team is on it
everyone will know my name after the talent show
i made a list of colleges i want to apply to
i have a list of people to invite to my birthday
they're going to regret not picking me for the team lol
something big is happening at school friday, it's the pep rally
everyone who voted for me is going to love my speech on monday
you'll see my project at the science fair next week
after this week nobody can say i didn't try
i'm going to make them all proud at graduation
they have no idea how good my presentation will be
""")

M_GROUPS = _lines("""
all {grp} should be treated with respect
{grp} deserve the same rights as everyone
we need to help {grp} feel welcome here
i learned a lot about {grp} in my history class
{grp} have been treated unfairly for a long time
kill all the {pest} in our kitchen
how do i get rid of the {pest} in my room
we need to exterminate the {pest} before summer
let's burn all the old worksheets at the bonfire
i want to wipe out my whole screen time record
""")

M_GROUP_SLOTS: Slots = {
    "grp": GROUPS[:-1],
    "pest": ["ants", "roaches", "fruit flies", "mice", "weeds", "mosquitoes", "bed bugs"],
}

M_FRIEND = _lines("""
{r} {verb} {p} wants to {m_inf}
{r} {verb} {p_is} going to {m_inf}
{r} {verb} {p_is} thinking about {m_ger}
{r} {verb} {p} is done with {done_with}
{r} {verb} {p} can't take {chore_f} anymore
{r} gave away {p_pos} old {old_thing} because {p} got new ones
{r} said goodbye because {p_is} moving to {city}
{r} {verb} {p_is} dying to {dying_f}
{r} {verb} {p} would die for {want_f2}
{r} {verb} {p_pos} mom is going to kill {p_obj} for {borrow_f2}
{r} wants to quit {activity_f}
{r} hurt {p_self} at {sport_f2} and has to sit out
{r} cut {p_pos} hair really short and {p} hates it
{r} has been sad since {p_pos} {pet_f2} died
i'm worried about {r}, {p} has been so stressed about {stress_f2}
i'm scared {r} is going to fail {p_pos} driving test
""")

M_FRIEND_SLOTS: Slots = {
    "done_with": ["this class", "soccer", "group projects", "his job", "the drama club"],
    "chore_f": ["this class", "her stepsister", "waking up at six", "the bus"],
    "old_thing": ["clothes", "games", "books", "shoes", "toys"],
    "city": ["denver", "texas", "another school", "canada", "chicago"],
    "dying_f": ["see the new movie", "know who won", "meet you", "try that restaurant"],
    "want_f2": ["those sneakers", "front row seats", "a puppy", "a snow day"],
    "borrow_f2": ["losing the keys", "staying out late", "denting the car", "failing math"],
    "activity_f": ["band", "soccer", "the debate team", "piano", "her job"],
    "sport_f2": ["practice", "the game", "gym class", "dance"],
    "pet_f2": ["dog", "cat", "hamster", "bird"],
    "stress_f2": ["college apps", "finals", "tryouts", "the sat", "her parents' divorce"],
}

M_INDIRECT = _lines("""
goodbye everyone, see you after summer break
this is my last day at this school, i'll miss you all
thanks for everything this year, have a great summer
bye, i'm logging off to do my homework
i wanted to say goodbye before i move to {city}
thank you for helping me all semester, this is my last tutoring session
this is my last week before winter break
i won't be here next week because we're going on vacation
i won't need my winter coat anymore since we're moving to florida
i'm giving away my old toys to my little cousin
i gave my old phone to my brother when i got a new one
i'm donating the clothes i outgrew
my friend can have my old bike since i got a new one
i've been saving up for a new phone
i bought a rope for the tug of war at field day
i picked a date for my birthday party
i found a bridge near my house for my photography project
i researched how much protein i need after practice
i know exactly how i'm going to do my science project
how many {benign_pills} should i take for {ailment_m}
how high is the tallest building in the world
how long does it take to boil an egg
how deep is the pacific ocean
how long does it take to get a passport
is getting a tattoo painful
does getting your ears pierced hurt
where do you cut a mango so it's easy to eat
how deep should i plant tulip bulbs
how many hours of sleep does a teenager need
how long can you hold your breath underwater, is there a record
what's the highest bridge in the world
i cut my hand on a can opener
i burned myself on the curling iron this morning
i hit myself with the hammer by accident in shop class
i scratched my arm on a fence at the park
i keep biting my nails when i'm stressed
i hurt myself at the trampoline park
everyone would be better off if we had a four day school week
my family would be happier with a bigger house
i'm tired of being the one who always does the group work
nobody would notice if i skipped the assembly
i'm done with this essay, finally
i can't keep going to bed at 2am
it's never going to stop raining this week
i just want this week to be over
i want to sleep until noon this weekend
i don't want to wake up at six for the bus
i'm ready to go home
soon none of this will matter because summer is coming
""")

M_INDIRECT_SLOTS: Slots = {
    "city": ["texas", "ohio", "my dad's place", "another state", "canada"],
    "benign_pills": ["vitamin d", "advil", "allergy pills", "tums", "melatonin gummies"],
    "ailment_m": ["cramps", "a cold", "sleep", "heartburn", "a headache"],
}

M_NEGATION = _lines("""
i would never do anything to hurt myself
i'd never hurt myself, i just get sad sometimes
i'm not going to hurt myself, i just needed to talk
i don't want to kill myself, i just want school to be less stressful
i'm not thinking about dying, just about how much homework i have
i'm not suicidal at all, i'm just grumpy today
i don't want to hurt anyone, i'm just really frustrated
i would never bring a weapon to school, that's crazy
i'm not going to do anything, i'm just blowing off steam
i don't want to die, i want things to get better
i'm scared of dying in a car crash, is that normal
i'm afraid my dog is going to die soon, he's really old
""")


def mirror(g: Gen) -> tuple[str, str]:
    r = g.rng.random()
    if r < 0.22:
        inf, _ = g.rng.choice(M_ACTS)
        t = g.maybe(0.4, " " + g.pick(TIMES))
        return f"{g.pick(SH_INTENT)} {inf}{t}", "intent"
    if r < 0.30:
        _, ger = g.rng.choice(M_ACTS)
        return f"{g.pick(SH_GERUND_HEAD)} {ger}", "thinking"
    if r < 0.40:
        act = g.fill(g.pick(M_TARGET_ACTS), V_SLOTS)
        return f"{g.pick(V_INTENT)} {act}", "target"
    if r < 0.45:
        return g.fill(g.pick(M_CONDITIONAL), V_COND_SLOTS), "conditional"
    if r < 0.48:
        return g.pick(M_SOMEONE), "someone"
    if r < 0.53:
        return g.fill(g.pick(M_BRINGING), M_BRING_SLOTS), "bringing"
    if r < 0.57:
        return g.pick(M_VEILED), "veiled"
    if r < 0.62:
        return g.fill(g.pick(M_GROUPS), M_GROUP_SLOTS), "groups"
    if r < 0.78:
        reporter, p = _person(g)
        inf, ger = g.rng.choice(M_ACTS)
        slots = {**M_FRIEND_SLOTS, "r": [reporter], "verb": REPORT_VERBS, "m_inf": [inf],
                 "m_ger": [ger]}  # fmt: skip
        return _pronouns(g.fill(g.pick(M_FRIEND), slots), p), "friend"
    if r < 0.94:
        return g.fill(g.pick(M_INDIRECT), M_INDIRECT_SLOTS), "indirect"
    return g.pick(M_NEGATION), "negation"


def benign(g: Gen, family: str) -> tuple[str, str]:
    if family == "friend":
        reporter, p = _person(g)
        text = g.fill(g.pick(B_FRIEND), {**B_FRIEND_SLOTS, "r": [reporter]})
        return _pronouns(text, p), family
    templates, slots = BENIGN_FAMILIES[family]
    return g.fill(g.pick(templates), slots), family


# ============================================================================================
# Long posts: background sentences shared by every label
# ============================================================================================

BACKGROUND = _lines("""
school has been really hard this year
my parents fight all the time
i moved here last year and i don't have many friends
i got a c on my english test
i work after school at a grocery store
my grades have been slipping since october
i have three tests next week
i've been sleeping like four hours a night
my best friend moved away over the summer
i'm on the soccer team and practice is every day
my mom works two jobs so i watch my little brother
i've been really stressed about college
nobody really talks to me in class
i've been feeling kind of off lately
i broke up with my girlfriend last month
my dad lost his job in the spring
i'm a junior in high school
i don't really know why i'm writing this
i've never told anyone this before
i spend most of my time in my room
my therapist said i should write things down
i used to love drawing but i stopped
i keep messing everything up
my sister is the perfect one in my family
i got kicked off the team
my grandma died in january
everything feels heavy lately
i'm behind on every single class
my phone got taken away for a week
i feel like i'm always letting people down
i have a part time job and a lot of homework
my friends have been kind of distant
i'm tired all the time and i don't know why
it's three in the morning and i can't sleep
i'm 16 and i live with my aunt
""")


# Heavier sentences, more common around a crisis than around a bad week; they come with
# risk messages more often, and with benign venting sometimes.
HEAVY = _lines("""
i feel numb all the time
i have no real friends
i feel so alone
everyone at school hates me
i'm such a failure
nothing makes me happy anymore
i've been depressed for years
my anxiety has been really bad
i cry myself to sleep most nights
i feel like a ghost at home
nobody would understand
i'm so tired of pretending i'm fine
therapy isn't helping
my meds don't work
i hate who i am
i feel worthless
""")


def long_post(g: Gen, core: str, heavy: float = 0.0) -> str:
    n = g.rng.randint(2, 5)
    sentences = g.rng.sample(BACKGROUND, n)
    if g.rng.random() < heavy:
        sentences[: g.rng.randint(1, 2)] = g.rng.sample(HEAVY, 2)[:2]
    pos = g.rng.randint(max(0, n - 2), n)
    sentences.insert(pos, core)
    return ". ".join(s.strip().rstrip(".") for s in sentences if s.strip()) + "."


# ============================================================================================
# Styles: how a message is typed (label-independent)
# ============================================================================================

_SLANG_SWAPS = [
    ("want to", "wanna"), ("going to", "gonna"), ("you", "u"), ("your", "ur"),
    ("because", "bc"), ("kill myself", "kms"), ("kill yourself", "kys"),
    ("suicide", "sewerslide"), ("people", "ppl"), ("about", "abt"), ("right now", "rn"),
    ("i'm going to", "imma"), ("to be honest", "tbh"), ("tomorrow", "tmrw"),
    ("really", "rly"), ("kill myself", "unalive myself"),
    ("don't know", "dunno"), ("got to", "gotta"), ("i don't know", "idk"),
    ("best friend", "bestie"), ("please", "pls"), ("boyfriend", "bf"), ("girlfriend", "gf"),
    ("self harm", "sh"), ("overdose", "od"),
]  # fmt: skip
_KEYS_NEAR = {
    "a": "sq", "b": "vn", "c": "xv", "d": "sf", "e": "wr", "f": "dg", "g": "fh", "h": "gj",
    "i": "uo", "j": "hk", "k": "jl", "l": "k", "m": "n", "n": "bm", "o": "ip", "p": "o",
    "r": "et", "s": "ad", "t": "ry", "u": "yi", "v": "cb", "w": "qe", "y": "tu", "z": "x",
}  # fmt: skip
_LEET_STYLE = {"a": "4", "e": "3", "i": "1", "o": "0", "s": "5", "t": "7"}


def _words_of(text: str) -> list[re.Match[str]]:
    return list(re.finditer(r"[a-z]{4,}", text))


def style_slang(g: Gen, text: str) -> str:
    out = text.lower()
    for long, short in _SLANG_SWAPS:
        if long in out and g.rng.random() < 0.7:
            out = re.sub(rf"\b{re.escape(long)}\b", short, out)
    return out.replace("'", "") if g.rng.random() < 0.6 else out


def style_typo(g: Gen, text: str) -> str:
    out = text.lower()
    for _ in range(g.rng.randint(1, 2)):
        words = _words_of(out)
        if not words:
            break
        m = g.rng.choice(words)
        w = m[0]
        i = g.rng.randrange(1, len(w) - 1)
        kind = g.rng.randrange(4)
        if kind == 0:
            w = w[:i] + w[i + 1] + w[i] + w[i + 2 :]
        elif kind == 1:
            w = w[:i] + w[i + 1 :]
        elif kind == 2:
            w = w[:i] + w[i] + w[i:]
        else:
            w = w[:i] + g.pick(list(_KEYS_NEAR.get(w[i], w[i]))) + w[i + 1 :]
        out = out[: m.start()] + w + out[m.end() :]
    return out


def style_stretch(g: Gen, text: str) -> str:
    out = text.lower()
    words = list(re.finditer(r"[a-z]{2,}", out))
    for m in sorted(g.rng.sample(words, min(len(words), g.rng.randint(1, 2))),
                    key=lambda m: -m.start()):  # fmt: skip
        w = m[0]
        i = max((j for j, c in enumerate(w) if c in "aeiouy"), default=len(w) - 1)
        w = w[: i + 1] + w[i] * g.rng.randint(2, 6) + w[i + 1 :]
        out = out[: m.start()] + w + out[m.end() :]
    return out


def style_leet(g: Gen, text: str) -> str:
    out = text.lower()
    words = _words_of(out)
    for m in sorted(g.rng.sample(words, min(len(words), g.rng.randint(1, 3))),
                    key=lambda m: -m.start()):  # fmt: skip
        w = "".join(
            _LEET_STYLE[c] if c in _LEET_STYLE and g.rng.random() < 0.6 else c for c in m[0]
        )
        out = out[: m.start()] + w + out[m.end() :]
    return out


def style_nospace(g: Gen, text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "", text.lower())


def style_caps(g: Gen, text: str) -> str:
    return text.upper()


def style_lower(g: Gen, text: str) -> str:
    return re.sub(r"[^\w\s']", "", text.lower())


def style_plain(g: Gen, text: str) -> str:
    text = text[:1].upper() + text[1:]
    if text and text[-1].isalnum():
        text += g.pick([".", ".", "", "?", "!"])
    return re.sub(r"\bi\b", "I", text)


STYLES: list[tuple[str, float, Callable[[Gen, str], str]]] = [
    ("plain", 0.24, style_plain),
    ("lower", 0.26, style_lower),
    ("slang", 0.14, style_slang),
    ("typo", 0.11, style_typo),
    ("caps", 0.06, style_caps),
    ("stretch", 0.06, style_stretch),
    ("leet", 0.05, style_leet),
    ("nospace", 0.05, style_nospace),
    ("as_is", 0.03, lambda g, t: t),
]


def _style(g: Gen, text: str) -> tuple[str, str]:
    r = g.rng.random()
    acc = 0.0
    for name, p, fn in STYLES:
        acc += p
        if r < acc:
            if name == "nospace" and len(text.split()) > 9:
                name, fn = "lower", style_lower
            return fn(g, text), name
    return text, "as_is"


def _wrap(g: Gen, text: str) -> str:
    text = " ".join(text.split())
    opener = g.pick(OPENERS)
    closer = g.pick(CLOSERS)
    return " ".join(part for part in (opener, text, closer) if part)


# ============================================================================================
# Long-form posts: forum-style venting with the intent (or none) buried in the middle
# ============================================================================================
#
# Posts of several sentences, as people write them on forums: a line about why they are
# posting, what is going on at home or at school, how they feel, and somewhere in the middle,
# for a risk post, the one sentence that says it. Everything but that sentence is drawn from
# the same pools, with the same odds, for every label, so that sadness, anger, loneliness and
# the way a post is typed (lower case, run on, misspelt) predict nothing by themselves: a
# depressed post without intent, a furious one without a threat, a friend who is sad but
# safe are benign. The context sentences also come alone, as benign messages, because the
# model scores each sentence of a post on its own.

LF_META = _lines("""
not sure why i'm posting this
throwaway because people i know follow my main
this is going to be long, sorry in advance
i never post anything on here
first time posting, be nice
i don't really have anyone else to tell this to
i've typed and deleted this like five times
on my phone so sorry for the formatting
i need to get this off my chest
it's late and i can't sleep so here goes
bear with me, my thoughts are all over the place
i'm bad at explaining things
i guess i just need to vent for a minute
i don't even know where to begin
some background first
this is kind of a mess
i've been lurking here for a while
nobody irl knows i'm writing this
i feel stupid even writing this
okay here goes
so a lot has happened
i'll try to keep this short
long post, sorry
""")

LF_SCENE = _lines("""
my parents scream at each other almost every night
my dad drinks way more since he got laid off
my mom only talks to me to point out what i did wrong
my older brother moved out and the house feels empty
i share a room with two little siblings and never get a second alone
my stepmom acts like i'm not even there
we've moved four times in three years
my parents expect straight a's and nothing less
my grandma moved in with us and needs a lot of care
my dad works out of state and i barely see him
my mom has been sick for a long time
i get compared to my cousins at every family dinner
i'm failing two of my classes this semester
my gpa dropped a whole point this year
i've missed a lot of school this term
i used to be a good student and now i can barely turn anything in
my teachers keep emailing my parents about missing work
finals start soon and i haven't studied at all
everyone in my grade seems to know what they're doing after graduation
i got moved down to the easier math class and everyone noticed
i spend lunch in the library most days
nobody picks me for group projects
my friend group split up over the summer and i ended up on my own
i have people to sit with but nobody i'd call a real friend
my best friend got a girlfriend and now has zero time for me
i got left out of another party this weekend
people only talk to me when they want the homework answers
i haven't hung out with anyone outside school in months
my online friends are the only people who get me
someone posted an embarrassing video of me and it went around the whole grade
a few kids in my grade make fun of me every single day
my girlfriend and i broke up a few weeks ago
he left me for someone on his team
we were together for almost two years
she blocked me everywhere without any explanation
i found out he was texting other girls the whole time
i gained a lot of weight this year and i hate how i look
i barely eat during the day
i sleep about three hours a night and crash after school
i get panic attacks before tests
my doctor started me on anxiety meds last month
i get headaches almost every day
i work twenty hours a week at a burger place
money is really tight at home right now
we might have to move out of our apartment
i help pay the bills and none of my friends have to
my uncle passed away in the fall
our cat died last month and i still look for her in the morning
my grandpa has dementia and doesn't recognise me anymore
my best friend moved across the country
i'm a sophomore
i'm sixteen
i'm in tenth grade
i'm a senior in high school
i'm a freshman in college and i live in the dorms
it's almost four in the morning right now
i've been in bed all day
it's sunday night and i'm dreading tomorrow
i just got home from work
my therapist is on vacation this month
i quit the swim team in october
my phone is the only thing i do anymore
i came out to my parents last year and it did not go well
my parents don't believe in therapy
i got caught vaping and now i'm grounded
my little sister is the favorite and everyone knows it
i've been at this school for two years and still feel new
""")

# Everyday happenings: the vocabulary of a life, in posts of every label.
LF_STORY = _lines("""
we had a substitute in english today who didn't know anyone's name
my mom made lasagna for dinner and i barely touched it
our team lost the semifinal by one point
i spent the whole weekend playing minecraft with my cousin
the bus was forty minutes late again this morning
my phone screen cracked when i dropped it on the stairs
i've been rewatching the same show over and over
we got a new puppy in august
it snowed so school got cancelled on tuesday
i started learning guitar from youtube videos
my dad promised to take me driving this weekend but he forgot
my friends all went to the concert without me
there's a dance next friday and nobody asked me
my biology teacher gives pop quizzes every week
i work the closing shift on saturdays
my little brother has had the flu all week
we visited my grandparents over thanksgiving
our english class is reading the great gatsby
i got my braces off last month
the wifi at our house barely works
i've been drawing a lot in my sketchbook
my parents are redoing the kitchen so everything is chaos
the cafeteria food has been awful lately
my best friend and i had a fight over something dumb
i got a b minus on my history essay
i have a dentist appointment tomorrow
my cousin is getting married in june
we have a big band concert coming up
i stayed up until two finishing a project
i've been trying to run in the mornings
i got a new job at the movie theater
my older sister came home from college for the weekend
i got detention for being late three times
my mom signed me up for tutoring
i have a crush on someone in my spanish class
i tried out for the musical and got a small part
my dog chewed up my favorite shoes
we're moving to a different state in the summer
the heater in my room is broken
my grandma taught me how to knit over break
i spent all my savings on a new laptop
my dad started a new job with long hours
i've been volunteering at the animal shelter
my friends want to go to the mall on saturday
we watched a documentary about sharks in science
my art teacher entered one of my paintings in a contest
there's a car wash fundraiser this weekend
i've been binge reading fantasy books
my brother keeps using my headphones without asking
we had a fire drill in the middle of my math test
my mom's birthday is next week and i have no gift
i haven't cleaned my room in a month
i started a new medicine for my acne
my soccer coach moved me to defense
i found out i need glasses
my parents finally let me get my ears pierced
we adopted a cat from the shelter
my chemistry lab partner never shows up
i'm applying to colleges on the east coast
our youth group went camping last weekend
i'm saving up for a car
we have a field trip to the science museum
i've been learning korean on an app
i went to my first concert last month
my stepdad and i actually had a good talk yesterday
my sister got engaged
i've been babysitting the neighbors' kids
the power went out during the storm last night
my team has a tournament two hours away
i watched a horror movie and couldn't sleep after
our history teacher is retiring this year
i get my learner's permit next month
my mom and i went thrift shopping
i've been playing a lot of valorant
i have a presentation on the french revolution
i spilled coffee all over my notes
my grandpa is coming to visit from mexico
we have a new principal this year
there's a new kid in my homeroom
my parents want me to get a summer job
i've been baking bread a lot lately
i got my wisdom teeth out
my friend and i started a podcast
my favorite teacher left in the middle of the year
i fell asleep in class and everyone laughed
i've been wearing the same hoodie for days
my parents keep asking about my grades at dinner
my best friend is going to a different college than me
i can't stop laughing at that video
there's no way i'm finishing this by friday
my life is basically school, work and sleep right now
nothing good is on tv lately
the plant on my desk is somehow still alive
this assignment is taking forever
i already finished the reading for next week
i have to wait until my mom gets home to use the car
i left my charger at school again
i keep forgetting my locker combination
i made pancakes this morning
i didn't mean to sound rude in the group chat
my cold is getting worse
my grades are getting better slowly
the problem is i never start anything early
for some reason my printer hates me
i'm worried about which college i'll get into
what's the point of learning cursive anyway
it doesn't matter which color we pick for the poster
my back hurts from carrying my backpack
at the end of the day it's one test
my favorite hoodie is gone, i think my sister took it
i'm never eating at that place again
i don't play piano anymore
i'm so tired after practice
i took the bus home
i picked a date for my birthday party
it's going to rain all week
the parking lot at school is always packed
i need to catch the early bus tomorrow
we waited thirty minutes for the pizza
i have a plan for my science fair project
i'm calm now, the test wasn't that bad
we're going to the lake this summer
i finished the book and the ending was so sad
my little brother hid my phone as a joke
i wrote a letter to my pen pal in france
my dad says i'm old enough to take the train alone
i stood in line for an hour for those shoes
i got a new skateboard for my birthday
i was joking, obviously
i deleted the app because it was a waste of time
my mom found my old drawings in a drawer
we walked across the bridge to get ice cream
my sister wants to be left alone when she studies
i feel so free now that exams are over
it was such a relief to finish that essay
my cat is the reason i wake up early, she yells for food
i'd rather stay home than go to the party
i have nothing to wear to the dance
my weekend plans fell through
my old phone finally died
i need a better way to study for spanish
i'm running out of time on this project
i made my decision, i'm taking art instead of band
nobody in my family can cook
i'm counting down the days until summer break
i won't be around this weekend, we're visiting my grandma
i'll be gone all weekend for a tournament
my favorite teacher is moving to another school and we said goodbye today
i keep my headphones in all day
i hurt my ankle at practice
the pain in my knee is finally going away
my mom says i spend too much money on snacks
i lost my keys for the third time this month
my best friend always knows how to make me laugh
we have a long weekend coming up
""")

# Everyday sentences with the common words the risk templates also use ("way", "plan",
# "left", "wake", "until", "people", "see", "said"): in benign posts mostly, so that such a
# word in a window weighs nothing by itself; the risk lies in the phrase ("no way out").
LF_EVERYDAY = LF_STORY + _lines("""
there's no way the bus is on time today
i found a better way to take notes in history
living in a small town means everyone knows your business
this line at the cafeteria takes forever
my goldfish is still alive after three years somehow
our plan for the weekend is a movie and pizza
i need to stop drinking energy drinks before bed
we have to turn the essay in by the 20th
practice is at 3:30 on tuesdays
my notebook is covered in doodles
i have to put my books in order on the shelf
i keep catching my little brother stealing my chips
i'm having tacos for dinner
i wrote letters to my grandparents for a school project
my lighter jacket is in the wash
my favorite show is gone from the streaming app
my whole life i've wanted a dog
at the end of the movie everyone was crying
did dinosaurs and humans exist at the same time
i need more space in my closet
that song sounds so good live
once i finish this chapter i'm going to bed
it's not my fault the printer jammed
i wake up at six for swim practice
i didn't mean to forget your birthday
being the oldest kid is a lot of responsibility
i picked the blue paint for my room
we drove over the bridge to my aunt's house
my cat cares about nothing except food
i never learned to tie my shoes properly until fifth grade
the line was longer than i expected
summer break can't come soon enough
i have so many things to do this weekend
we play hide and seek with my little cousins
i keep needing to charge my phone
i want to switch to the morning shift
i was relieved when the test got moved
i chose chemistry over physics
what's the fastest way to get to the mall from school
i have enough money saved for concert tickets
in case it rains we're moving the party inside
i'm excited about my future in art school
i get the urge to snack every time i study
i meant to text you back yesterday
this is the last chapter of the book
my dad wears the same two watches every day
my closet is a disaster
my brother is really tall for his age
a huge amount of homework is due friday
i'm waiting for my mom to pick me up
hold on a moment, i need to grab my charger
we used a compass in geometry today
my socks are under the bed somewhere
we painted the walls of my room green
i'm keeping my old soccer trophies
i need to remove the stain from my shirt
we climbed the clock tower on our field trip
i nearly missed the bus this morning
i wish it would snow so we'd get a day off
i have a hundred reasons to love this show
the pool is six feet deep at that end
i had a bad day but tomorrow will be better
can you hold my bag for a second
i don't watch that youtuber anymore
i left a note on the fridge for my mom
i need a new backpack
we have the day off on monday
my friend hit a home run in the game
i looked everywhere for my earbuds
i walked around the block with my dog
the problem on page four makes no sense
we took the back road to avoid traffic
the lake is so peaceful in the morning
nobody wanted to do the dishes tonight
my sister hid my birthday present in the garage
i was joking about the pineapple pizza
my dad parks in the garage
are you being serious right now, the movie was that good
my mom has a jewelry box from her grandma
the teacher made marks all over my essay
i had a weird dream about a giant sandwich
my neighbor is constantly mowing his lawn
my grandma gave me her old recipe book
i have a big collection of stickers
can you send me the homework
the play area at the park got redone
i need to search for sources for my essay
someone is always in the bathroom when i need it
we tested our volcano in science class
you guys have to try this new burger place
i text my friends whenever i'm bored
my arms are sore from the strong workout
i tried sushi for the first time
we had to jump rope in gym today
the heart is a muscle, we learned that in biology
my dad fixed the roof after the storm
i bought a water bottle with stickers on it
what size shoes do you wear
anyway, what did you think of the episode
most of my class failed the quiz
i grabbed a handful of popcorn
i missed the catch and we lost the point
i spend too much time on my phone
my coach says i have a strong kick
there are many ways to solve this equation
i was standing in line for an hour
i keep checking my grades online
i cleaned my entire room yesterday
i already ate lunch
can you look at my essay
i deleted my old accounts from middle school
my sister is so dramatic about everything
i got an xbox for christmas
nothing is open on sundays in my town
what happens if you mix baking soda and vinegar
i'm done with my math homework
i made cookies for the bake sale
we moved away from the city when i was six
i'm at peace with my b in chemistry
i'd rather read than play sports
there's a hidden level in this game
i left my jacket on the bus
i'm getting better at the guitar
did anyone notice the new vending machine
my stomach hurts from eating too much candy
i stood on the edge of the pool before jumping in
i have the answers written on a flashcard
i can't wait to see the new movie
everyone in my class is going on the trip
put your phone away during the test
make sure you bring yourself a snack
i hope it doesn't rain on friday
let's give a round of applause for the band
we went down the water slide like ten times
our school office is closed on fridays
the view was a beautiful sight
i pray before dinner with my family
i need some fresh air
my face is sunburnt from the beach
the next episode comes out tuesday
i left a comment on her video
my dog runs so fast at the park
we decorated the christmas tree last night
we learned about the human body in health
my brothers share a room
the library is open to the public
i can smell smoke from the neighbor's grill
the kids at the daycare are so cute
my grandma lives with us now
i have to pay back my sister five dollars
i fell on the ground during the relay race
homeroom is the best part of the day
my cousins are coming over for dinner
we have a box of old photos in the attic
i jumped in the pool with my clothes on
i made a list of songs for the road trip
we had an assembly about college applications
i'll bring snacks to the movie night
my dad is really nice to my friends
people in my neighborhood are so friendly
i skipped breakfast and now i'm starving
we practiced a security drill at school
i forgot everyone's names at the party
the kid next door plays drums all day
my mom's car makes a weird noise
i know a trick for remembering the planets
my friend said the test was easy
i'm on the top bunk
our teacher lets us pick our seats
the streets were empty after the snowstorm
i swear this song is stuck in my head
my desk is covered in sticky notes
i set my alarm for six
i checked the weather twice
it took me three tries to pass the swim test
i care a lot about my grades
did anyone see my water bottle
i need a break from studying
my nose is stuffy from allergies
we waited in line for the roller coaster
the victim in the mystery novel was the butler
the movie ends with a huge twist
i ignored the group chat all day
the earth goes around the sun in a year
this is our last game of the season
the president gave a speech on tv
my legs are sore from running
the community center has a free art class
my locker is next to the cafeteria
come over after school if you want
i brought cupcakes for my class
my baby brother sleeps all day
my cat followed me to the bus stop
my phone needs a new case
i got a single scoop of ice cream
we drove on the highway for six hours
my ex and i are still friends
what's the code for the wifi
the game starts at seven
i love to run in the morning
my friend mentioned a new coffee place
my mom texted me to grab milk on the way home
my friend dmed me a funny meme
my cousin told me she got into college
my best friend showed me her new puppy
my dad keeps saying i need a haircut
my friend asked me to help with her science project
my sister said she'll drive me to practice
my friend posted a picture from the beach
my brother admitted he ate the last cookie
my friend whispered the answer during the quiz
my lab partner sent me the notes
my friend is freaking out about the dance
i'm worried my friend is mad at me for forgetting her birthday
my friend stopped eating meat
my friend's mom gave us a ride home
my friend wrote a song for her guitar class
my friend keeps talking about the new game
our team is eating pizza after the game
my neighbor is moving to florida
my friend's family is going away for the summer
my friend is scared of spiders
""")

LF_CONTEXT = LF_SCENE

LF_MOOD = _lines("""
i feel numb most of the time
i haven't really laughed in weeks
nothing i used to like feels fun anymore
i feel like i'm watching my own life through a window
i'm exhausted even on days i do nothing
my chest feels tight all day
i cry in the shower so nobody hears
i feel so alone even in a room full of people
i hate myself a lot lately
i feel ugly and stupid
i'm anxious about everything all the time
i can't focus on anything anymore
i stopped replying to texts
i keep skipping meals without noticing
i can't remember the last time i was actually happy
everything takes so much energy
i feel like i'm failing at being a person
i keep thinking everyone secretly hates me
i snap at people for no reason and then feel terrible
i'm tired of faking smiles at school
i feel empty inside
i don't feel like myself anymore
my brain won't shut up at night
some days i don't get out of bed until the afternoon
i feel like i'm falling behind everyone else
i've been really depressed since winter
my anxiety is through the roof
i'm so lonely it actually hurts
i'm sad all the time and i don't know why
i feel like nobody would notice if i skipped school for a week
i feel invisible at home
i overthink every conversation i have
i feel like such a disappointment
i'm scared of everything lately
i just feel heavy
i feel like i'm drowning in everything
i'm so tired of feeling like this
i keep wondering what's wrong with me
i feel like i ruin everything
my motivation is completely gone
i don't know who i am anymore
i'm so stressed i feel sick
i can't stop crying lately
i feel like i'm stuck in the same bad day
""")

LF_CLOSE = _lines("""
anyway thanks for reading if you did
sorry for the rant
i don't know what i'm asking for
i just needed to say it somewhere
not really looking for advice
thanks for listening i guess
i'll probably delete this later
that's all
sorry this is so long
i just wanted someone to read this
i don't know
idk
ok that's it
thanks
""")

# Self-harm, in a long post's voice (besides the short families' sentences).
LF_SH = _lines("""
i've been thinking about {sh_n} {sh_often}
i think about {sh_n} {sh_often} now
lately i've been seriously planning {sh_n}
thinking about {sh_n} is the only thing that calms me down
some nights i just want to {sh_v}
i honestly want to {sh_v}
i'm going to {sh_v} {lf_when}
i've decided to {sh_v} {lf_when}
i tried to {sh_v} {lf_past} and nobody knows
i attempted {lf_past} and i'm going to try again
i looked up ways to {sh_v} {lf_past}
i wrote a note and hid it in my {lf_hide}
i don't want to be alive anymore
i pray every night that i won't wake up
i really don't think i'll be around {lf_by}
i've decided this is my last {lf_period}
everybody would be better off if i wasn't here
i've started giving my things away to people
i've been saving up {lf_pills} for a while
i know how and when i'm going to do it
i picked a day and i'm not telling anyone
i've been writing letters to everyone i care about
i'm not going to be their problem much longer
i've made my peace with it and i'm ready to go
i cut again {lf_past} and it was deeper than ever
i've been hurting myself {sh_often}
i don't see myself making it to {lf_event}
i'm tired of fighting and i'm going to stop for good
how many {lf_pills} would it take to not wake up
i keep looking at the bridge near my house and thinking about it
there's no point anymore and i already know what i'm going to do about it
i keep thinking about how quiet it would be if i was gone
i want to {sh_v} and i'm scared of how calm i feel about it
i'm so done, i want to {sh_v}
i stood on the roof of the parking garage {lf_past} and almost did it
i'm going to take all of {lf_pills} {lf_when}
i'm ending it {lf_when}
i can't wait until i don't have to exist anymore
""")

LF_SH_SLOTS: Slots = {
    "sh_n": ["suicide", "killing myself", "ending my life", "ending it", "taking my own life",
             "dying", "not being alive"],
    "sh_v": ["die", "be dead", "kill myself", "end my life", "end it all", "stop living",
             "kms", "unalive myself"],
    "sh_often": ["every day", "every single night", "all the time", "constantly",
                 "for months", "more and more", "way too much", "since last year"],
    "lf_when": ["this weekend", "tonight", "soon", "on friday", "after finals",
                "before my birthday", "when my parents go away", "next week"],
    "lf_past": ["last night", "last month", "in the spring", "a few weeks ago", "yesterday",
                "over break"],
    "lf_hide": ["desk", "closet", "phone", "backpack", "pillowcase"],
    "lf_by": ["much longer", "by summer", "next year", "after this month", "by christmas"],
    "lf_period": ["week", "month", "weekend", "semester"],
    "lf_pills": ["my meds", "my mom's pills", "sleeping pills", "my antidepressants",
                 "painkillers"],
    "lf_event": ["graduation", "my birthday", "summer", "the end of the year", "christmas"],
}  # fmt: skip

# Benign turns of a long post: what a sad, stressed or grieving person says besides the
# context, without any intent; help sought, plans, denials, recovery, hyperbole.
LF_BN = _lines("""
i'm not going to do anything to myself, i just feel really low
i don't want to die, i just want this feeling to go away
i'm not suicidal, just sad and tired of everything
i have an appointment with the counselor on {lf_day} and i'm nervous
i finally told my mom how i've been feeling and she's finding me a therapist
i think i need to talk to someone but i don't know who
my therapist says it's depression and that it gets better with treatment
i'm trying to get through it one day at a time
i just want to feel normal again
i want to sleep for a whole week
i wish i could skip this whole year and start over
i'm going to try to sleep more and see if it helps
i know it'll pass eventually, it always does
the only good thing right now is my dog
i'm thinking about quitting the team
i'm going to ask about switching schools next year
i'm going to ask my teacher for an extension
i just want someone to notice me
i wish things were like they were last year
how do i stop feeling like this
does it ever get easier
how do i make friends at a new school
i thought about dying a lot last year but i'm in a much better place now
i used to cut but i've been clean for {lf_months} months
my friends say i'm being dramatic and maybe i am
i started journaling and it helps a little
i'm going to call my aunt, she always listens
tomorrow i'm going to tell the nurse i need help
i just want a hug honestly
i'm going to take a long walk and clear my head
i deleted social media for a while and it helps a bit
i'm starting new meds next week
i wish i could disappear for a weekend and come back when it's all over
i keep telling myself it's just a bad month
i'm going to try out for the play, wish me luck
i know i'm lucky compared to a lot of people, i just feel bad anyway
my mom is going to kill me when she sees my report card
this week is killing me
i'm dead tired all the time
my parents are going to murder me if i fail again
i'm so done with this semester lol
i think i'm just burnt out
we had to put our dog down last week
my grandpa passed away and the funeral is on {lf_day}
i miss her so much but i'm okay
honestly writing this out already helped
i'm not in danger, i just needed to vent
i want to move out the second i turn eighteen
i'm going to survive this week somehow
i can't stop crying over him
it hurts so much but i know i'll be okay
i just want to stop caring what people think of me
i want to hide under my blanket and not leave my bed all weekend
i'm going to lose my mind if one more thing goes wrong
i'm dying of embarrassment honestly
i can't wait to never see these people again after graduation
i really need a break from everything
i've been thinking about her all day
i keep replaying what he said to me
i want to scream into a pillow
i can't take this class anymore
i'm done with this week
i give up on chemistry, i'm just going to take the c
i feel like giving up on the team
nothing matters except finals right now
i just want this month to be over
i feel like a total failure at school
i'm so tired of everything going wrong
i don't see the point of this assignment
everything is falling apart this week
i don't want to go back to school on monday
i wish i could run away to a beach somewhere for a month
i'm so over high school
sometimes i just want to be left alone
i want to quit my job so bad
my heart hurts
i'm heartbroken
i feel like i'm going crazy
i'm barely holding it together
i don't know how much more of this class i can handle
i just want to fast forward to summer
i want to delete all my social media and start over
i'm so embarrassed i want to change schools
i'll survive, i always do
it's not the end of the world, i know
i'm going to be okay, i just need to cry it out
does anyone have advice for getting over a breakup
how do i stop overthinking everything
how do i tell my parents i'm failing
how do i get over someone i see every day
i told my best friend and she came over with snacks
my mom noticed and we talked for a long time
i'm going to ask to see a doctor about it
i don't want to hurt anyone, i just want to be heard
my chest aches every time i see them together
i keep replaying our last conversation in my head
i'm exhausted from pretending i'm fine at school
i'm scared i'll never feel like my old self
i don't want to get out of bed on weekends
i can't stop thinking about him even in class
i don't think i'll ever love anyone like that again
i cried through the whole bus ride home
i feel hollow since she left
i want to curl up under the covers until monday
everything reminds me of her, even the cafeteria
i miss my grandma's voice so much
i keep calling her phone just to hear the voicemail
the house is so quiet since dad left
i'm angry at myself for failing again
i hate that i can't just be normal
i hate feeling like the weird one
i'm sick of being the one nobody texts first
i feel like i'm letting my parents down constantly
i'm so disappointed in myself
i can't shake this heavy feeling
some days are okay and some days are awful
i'm tired of crying over the same thing
i'm terrified of graduating and having no plan
i'm scared of disappointing everyone
i feel stuck and i don't know how to get unstuck
my anxiety makes me cancel plans and then i feel worse
i haven't felt excited about anything in a while
i feel so small around my friends lately
i'm lonely but i also avoid everyone
i'm invisible in my own friend group
it's like a fog that never lifts
i'm angry all the time and i hate it
i keep picking fights with my mom and i don't know why
i feel broken after everything this year
i'm grieving and nobody seems to get it
it's been months and it still hurts
i'm not over it and i'm tired of people telling me to be
i feel rejected by everyone lately
i'm worn out from trying so hard
i'm so jealous of people who have it easy
my self esteem is on the floor
i hate my body and i'm trying to work on it
i think i need to see a therapist about my anxiety
my parents finally agreed to let me see a counselor
the school counselor was actually really nice
i had my first therapy session and it went okay
i'm on a waitlist for a therapist
my doctor said the meds take a few weeks to work
i made a list of things that make me feel better
i'm trying to go outside every day even for ten minutes
talking to my sister helped more than i expected
my friends noticed i was off and took me for ice cream
i just need someone to listen without fixing it
i want things to go back to how they were
i know this feeling won't last forever
i'm hoping next semester is better
i'm going to give it one more month and then ask for help
i need a hug and a nap and a new semester
please tell me it gets better after high school
how do you deal with missing someone who moved away
how do you stop comparing yourself to everyone
how do you get motivated when you're this tired
what do you do when you feel like this
anyone else get like this around exams
is it normal to feel this sad after a breakup
is it normal to cry this much over a grade
i feel like such a mess today
i wanted to scream at everyone today
i'm so angry at him i muted his name everywhere
i'm furious and hurt at the same time
i hate how much i care about what they think
my heart feels heavy tonight
it's a bad mental health day
i'm having a rough week, that's all
i've had the worst day of my life honestly
today was a complete disaster from start to finish
my whole week has been a nightmare
i'm so embarrassed i could cry
i want the ground to swallow me up after that presentation
i want to disappear into my hoodie and never speak in class again
i'm never showing my face in spanish class again
i'm so done with people today
i'm over it, i just want to go home
i'm not okay today but i will be
i'm barely keeping up with everything
i feel like i'm always one step behind
i'm going through a lot right now
it's been a really hard year for my family
my family is falling apart and i can't fix it
i feel responsible for my parents fighting
i wish my parents would stop fighting about me
i wish someone would ask me how i'm doing
i wish i could talk to my dad about this
i wish i had one real friend at this school
i keep hoping it'll get easier
my motivation comes and goes
i want to feel proud of myself for once
i'm trying not to be so hard on myself
i feel guilty for being sad when my life is fine
i have a good life and i still feel down, it's confusing
i don't know why i feel like this but i'm working on it
""")

LF_BN_SLOTS: Slots = {
    "lf_day": ["monday", "tuesday", "wednesday", "thursday", "friday"],
    "lf_months": ["three", "six", "eight", "eleven", "two"],
}

# Anger: the same context for a threat and for a rant without one.
LF_ANGER = _lines("""
this kid in my grade has been picking on me since september
my stepdad yells at my mom every night
everyone at school treats me like a joke
my coach embarrassed me in front of the whole team again
a group of seniors keeps shoving me in the hallway
my ex is spreading rumors about me
my teacher failed me on purpose, i know it
the kids on my bus throw stuff at me every day
my older brother takes my things and laughs about it
the principal never does anything about the bullying
people in my class recorded me crying and posted it
i've been so angry lately i can barely think
i got suspended for something i didn't even do
my manager at work treats me like garbage
my neighbor keeps calling the cops on us for nothing
my dad's girlfriend is so fake to me
my sister's boyfriend is a creep
nobody at this school ever gets punished except me
i'm sick of being the punching bag of this school
they laughed at me again in the locker room
there are more and more {grp} in my town every year
my uncle always says {grp} are the problem
every time i turn on the news it's about {grp}
a bunch of {grp} moved onto our street
i've been reading a lot online about {grp}
""")

LF_V = _lines("""
i'm going to make {lf_them} pay and i already know how
next time {lf_he} touches me i'm going to {lf_hurt} {lf_him}
i've started carrying {lf_weapon} and i'm going to use it on {lf_him}
i know where {lf_he} lives and i'm going to {lf_hurt} {lf_him} {lf_when}
i'm bringing {lf_weapon} {lf_when} and they'll all find out
i'm going to {lf_hurt} {lf_him} so bad {lf_he} never walks again
someone needs to {lf_hurt} {lf_him} and i'd gladly do it
i want to see {lf_them} bleed
i keep picturing myself {lf_hurting} {lf_him}
one more time and i'm going to {lf_hurt} {lf_him}, i swear
i've been planning how to {lf_hurt} {lf_him} for weeks
{lf_them} won't be laughing when i show up with {lf_weapon}
i'm going to {lf_hurt} every one of {lf_them}
{grp} should all be {lf_killed}, every last one
somebody needs to start {lf_killing} {grp}
i'd {lf_hurt} any {grp_sing} who comes near my house
line every {grp_sing} up and {lf_kill_v} them
i hope somebody {lf_hurt_past} {lf_him} on the way home
i hope {lf_he} dies in a car crash
""")

LF_V_SLOTS: Slots = {
    "lf_them": ["them", "all of them", "everyone who laughed", "those kids", "the whole team"],
    "lf_he": ["he", "she"],
    "lf_pos": ["his", "her"],
    "lf_him": ["him", "her", "that kid", "my stepdad", "him and his friends"],
    "lf_hurt": ["stab", "shoot", "hurt", "beat", "kill", "smash the face of", "choke"],
    "lf_hurting": ["stabbing", "shooting", "strangling", "beating", "hurting"],
    "lf_hurt_past": ["stabs", "shoots", "beats up", "runs over"],
    "lf_weapon": ["a knife", "my dad's gun", "a gun", "a bat", "my brother's rifle",
                  "a box cutter", "the pistol"],
    "lf_when": ["tomorrow", "on monday", "this week", "after school", "at the game",
                "friday", "tonight"],
    "lf_killed": ["shot", "killed", "hanged", "burned", "beaten to death", "wiped out"],
    "lf_killing": ["killing", "shooting", "burning"],
    "lf_kill_v": ["shoot", "hang", "execute", "kill"],
    "grp": GROUPS,
    "grp_sing": GROUPS_SING,
}  # fmt: skip

# A threat as a test case: short, a weapon or a warning, a day.
V_TESTCASE = _lines("""
{tc_warn} {tc_day}. {tc_why}
i'm taking {lf_weapon} to school {tc_day}. {tc_warn}
my {tc_rel} keeps {tc_gun} in the {tc_spot} and i know where the key is. {tc_day} they'll see
i know the code to my {tc_rel}'s gun safe. {tc_day} is the day
{tc_day} this school is going to find out what happens when you push someone too far
everyone on my list is getting it {tc_day}
i've got {lf_weapon} in my locker for {tc_name}. {tc_day} {tc_he} is done
if {tc_name} says one more thing to me {tc_he} is getting stabbed
{tc_name} is going to get shot {tc_day}, i'm not joking
i'm going to shoot up {tc_place} {tc_day}
there will be a shooting at {tc_place} {tc_day}
{tc_day} i'm coming to {tc_place} with {lf_weapon}
i'm not coming to {tc_place} alone {tc_day}, i'm bringing {lf_weapon}
they'll remember {tc_day} for the rest of their lives, the ones who make it
if they expel me i'm coming back with {lf_weapon}
if {tc_name} fails me i'll make {tc_him} pay in blood
""")

V_TESTCASE_SLOTS: Slots = {
    "tc_warn": ["stay home", "don't come to school", "skip first period", "warn your friends",
                "stay away from the cafeteria", "don't go to the assembly",
                "if you care about yourself stay away"],
    "tc_day": ["tomorrow", "on monday", "friday", "next week", "on the 12th", "thursday"],
    "tc_why": ["you've been warned", "i'm serious", "trust me", "i'm not saying more",
               "don't ask why", "this is your only warning"],
    "tc_rel": ["dad", "uncle", "stepdad", "grandpa", "brother"],
    "tc_gun": ["his shotgun", "a rifle", "his handgun", "two guns", "his ar"],
    "tc_spot": ["basement", "closet", "truck", "garage", "attic"],
    "tc_name": ["mr. lopez", "jayden", "that teacher", "coach", "mrs. kim", "brandon"],
    "tc_he": ["he", "she"],
    "tc_him": ["him", "her"],
    "tc_place": ["school", "the pep rally", "the gym", "lincoln high", "the cafeteria",
                 "graduation"],
    "lf_weapon": LF_V_SLOTS["lf_weapon"],
}  # fmt: skip

# Anger without a threat: insults, contempt, complaints, hyperbole.
LF_RANT = _lines("""
i hate {lf_them} so much
i'm reporting {lf_him} to the principal tomorrow
i told my parents and we're filing a complaint
i would never hurt anyone but i'm so angry i could scream
i'm just going to ignore {lf_them} and count the days until graduation
{lf_he} is the worst person i have ever met
i wish {lf_he} would just move away
i want to yell at {lf_him} so bad
i punched my pillow for like ten minutes
i can't stand {grp} and i don't care who knows it
{grp} are ruining everything and nobody says it
{grp} are so annoying i can't even
i'm done being polite to {grp}
i'm unfollowing everyone who defends {lf_him}
{lf_them} are idiots and always will be
i'm not going to do anything, i just need to rant
i'm going to destroy {lf_him} in the debate next week
honestly {lf_them} are pathetic
i'm going to tell the counselor everything
i'm never speaking to {lf_him} again
i blocked {lf_him} on everything
{lf_he} is such a clown
i hope {lf_he} gets what's coming in karma, like fails the class
i'm so angry i'm shaking but i'm going to stay calm
my mom says to ignore {lf_them} and i'm trying
{lf_he} is so fake it makes me sick
they're a bunch of spoiled brats
the people who run this school are clueless
my coach is a joke and everyone knows it
i'm so done with {lf_pos} attitude
i'm going to write a strongly worded email
i'm telling everyone what {lf_he} did
{grp} get on my nerves so much
i'm switching out of {lf_pos} class
i'm going to ask my mom to call the school
i just want {lf_them} to leave me alone
i'm going to sit somewhere else from now on
""")

# Concern: what a friend notices before, and what the friend said or did.
LF_FRIEND = _lines("""
{r} and i have been friends since elementary school
{r} has been really quiet lately
{r}'s parents are going through a messy divorce
{r} stopped sitting with us at lunch
{r} has been stressed about grades all year
{r} lost {p_pos} grandma last month
i've noticed {r} isn't eating much
{r} has been missing first period a lot
{r} got dumped last week
{r} is the funniest person i know
{r} moved here in the fall and doesn't know many people
{r} has been getting bullied online
{r} and i talk every night
{r} has been acting different since summer
""")

LF_CO = _lines("""
last night {p} told me {p} doesn't want to be alive anymore
{p} texted me that {p_is} going to end it {lf_when}
{p} showed me cuts on {p_pos} arms
{p} gave me {p_pos} favorite hoodie and said {p} won't need it
{p} said everyone would be better off without {p_obj}
{p} posted something that sounded like a goodbye and now {p} won't answer
{p} asked me how many pills it would take to not wake up
{p} said {p_has} been planning how to kill {p_self}
{p} made me promise not to tell anyone that {p} wants to die
{p} told me {p} tried to overdose last month
{p} keeps saying {p} won't be around much longer
{p} sent me a message thanking me for everything like {p_was} saying goodbye
""")

LF_CO_SLOTS: Slots = {"lf_when": LF_SH_SLOTS["lf_when"]}

LF_FRIEND_OK = _lines("""
{p} says {p_is} sad but {p_is} talking to the counselor
how can i cheer {p_obj} up
{p} said {p_is} okay and i believe {p_obj}
i want to be a good friend to {p_obj} right now
{p} cried at lunch but {p} said it helped to talk
we're going to watch movies this weekend to take {p_pos} mind off it
{p} told me {p} feels better after talking to {p_pos} mom
should i get {p_obj} a little gift to cheer {p_obj} up
{p} said {p_is} stressed but {p_is} handling it
how do i support {p_obj} without being annoying
{p} says the homework is killing {p_obj} lol
""")


def _lf_context(g: Gen, pool: Sequence[str], n: int, slots: Slots) -> list[str]:
    return [g.fill(s, slots) for s in g.rng.sample(pool, min(n, len(pool)))]


def _everyday(g: Gen, risk: bool) -> list[str]:
    """Everyday sentences for a post: one to three in a benign post, rarely one in a risk post."""
    if risk:
        return [g.pick(LF_EVERYDAY)] if g.rng.random() < 0.25 else []
    return g.rng.sample(LF_EVERYDAY, g.rng.randint(1, 3))


def _lf_type(g: Gen, sentences: Sequence[str]) -> tuple[str, str]:
    """A long post as typed: punctuated, lower case, run on, misspelt, slang or caps."""
    parts = [" ".join(s.split()).strip().rstrip(".") for s in sentences if s.strip()]
    r = g.rng.random()
    if r < 0.28:
        text = ". ".join(p[:1].upper() + p[1:] for p in parts) + g.pick([".", "", "."])
        return re.sub(r"\bi\b", "I", text), "long"
    if r < 0.58:
        seps = [". ", ". ", ", ", ". ", " "]
        out = parts[0]
        for p in parts[1:]:
            out += g.pick(seps) + p
        out = out.lower()
        return (out.replace("'", "") if g.rng.random() < 0.5 else out), "long"
    if r < 0.78:
        out = (
            " ".join(p + g.pick(["", "", "", " and", " but", " so"]) for p in parts[:-1])
            + " "
            + parts[-1]
        )
        out = re.sub(r"[^\w\s']", "", out.lower())
        return (out.replace("'", "") if g.rng.random() < 0.7 else out), "long_runon"
    if r < 0.87:
        out = ". ".join(parts).lower()
        for _ in range(g.rng.randint(1, 3)):
            out = style_typo(g, out)
        return out, "typo"
    if r < 0.95:
        return style_slang(g, ". ".join(parts)), "long_slang"
    return ". ".join(parts).upper() + ".", "caps"


def _lf_post(g: Gen, core: str | None, heavy: bool = True, risk: bool = False) -> tuple[str, str]:
    """Context sentences with ``core`` (if any) somewhere in the middle, then typed. A risk
    post has a little less context than a benign one: a class counts as much as the benign
    class in training, so the same context in as many risk posts would weigh towards risk."""
    n = g.rng.randint(1, 5) if risk else g.rng.randint(2, 7)
    # sad and anxious lines: as many in a benign post as in a risk one, or more
    mood = g.rng.randint(0, min(2 if risk else 4, n)) if heavy else g.rng.randint(0, 1)
    body = _lf_context(g, LF_CONTEXT, n - mood, {}) + _lf_context(g, LF_MOOD, mood, {})
    body += _everyday(g, risk)
    g.rng.shuffle(body)
    if core is not None:
        r = g.rng.random()
        pos = 0 if r < 0.08 else len(body) if r < 0.2 else g.rng.randint(1, max(1, len(body) - 1))
        body.insert(pos, core)
    if g.rng.random() < 0.4:
        body.insert(0, g.pick(LF_META))
    if g.rng.random() < 0.35:
        body.append(g.pick(LF_CLOSE))
    return _lf_type(g, body)


def lf_self_harm(g: Gen) -> tuple[str, str, str]:
    r = g.rng.random()
    if r < 0.35:
        core, sub = self_harm_direct(g)
    elif r < 0.7:
        core, sub = self_harm_indirect(g)
    else:
        core, sub = g.fill(g.pick(LF_SH), LF_SH_SLOTS), "long"
    text, style = _lf_post(g, core, risk=True)
    return text, sub, style


def lf_venting(g: Gen) -> tuple[str, str, str]:
    """A sad, stressed or grieving post without intent (sometimes with no turn at all)."""
    r = g.rng.random()
    if r < 0.25:
        core, sub = None, "context"
    elif r < 0.6:
        core, sub = g.fill(g.pick(LF_BN), LF_BN_SLOTS), "turn"
    else:
        family = g.pick(["venting", "venting", "first_person", "idiom", "negation", "academic",
                         "everyday", "game", "medical", "creative", "sarcasm",
                         "violence_adjacent", "friend"])  # fmt: skip
        core, sub = benign(g, family)
    text, style = _lf_post(g, core)
    return text, sub, style


def _lf_angry_post(g: Gen, core: str, risk: bool = False) -> tuple[str, str]:
    n = g.rng.randint(1, 3) if risk else g.rng.randint(1, 4)
    body = _lf_context(g, LF_ANGER, n, V_GROUP_SLOTS) + _lf_context(
        g, LF_CONTEXT, g.rng.randint(0, 2), {}
    )
    body += _everyday(g, risk)
    g.rng.shuffle(body)
    body.insert(g.rng.randint(1, len(body)), core)
    if g.rng.random() < 0.3:
        body.insert(0, g.pick(LF_META))
    return _lf_type(g, body)


def lf_violence(g: Gen) -> tuple[str, str, str]:
    r = g.rng.random()
    if r < 0.5:
        core, sub = violence(g)
    elif r < 0.8:
        core, sub = g.fill(g.pick(LF_V), {**LF_V_SLOTS}), "long"
    else:
        core, sub = g.fill(g.pick(V_TESTCASE), V_TESTCASE_SLOTS), "testcase"
    text, style = _lf_angry_post(g, core, risk=True)
    return text, sub, style


def lf_rant(g: Gen) -> tuple[str, str, str]:
    """An angry or hateful post that threatens no one."""
    r = g.rng.random()
    if r < 0.45:
        core, sub = g.fill(g.pick(LF_RANT), {**LF_V_SLOTS}), "rant"
    elif r < 0.65:
        core, sub = benign(g, "hate_nonviolent")
    elif r < 0.85:
        core, sub = mirror(g)
    else:
        core, sub = benign(g, g.pick(["venting", "first_person", "idiom"]))
    text, style = _lf_angry_post(g, core)
    return text, sub, style


def _lf_friend_post(
    g: Gen, core_pool: Sequence[str], slots: Slots, risk: bool = False
) -> tuple[str, str]:
    reporter, p = _person(g)
    n = g.rng.randint(1, 2) if risk else g.rng.randint(1, 3)
    ctx = [s.replace("{r}", reporter) for s in g.rng.sample(LF_FRIEND, n)]
    body = [_pronouns(s, p) for s in ctx] + _lf_context(g, LF_CONTEXT, g.rng.randint(0, 2), {})
    body += _everyday(g, risk)
    core = _pronouns(g.fill(g.pick(core_pool), slots), p)
    body.insert(g.rng.randint(1, len(body)), core)
    if g.rng.random() < 0.5:
        body.append(_pronouns(g.pick(CONCERN_ASK) or "what do i do", p))
    return _lf_type(g, body)


def lf_concern(g: Gen) -> tuple[str, str, str]:
    if g.rng.random() < 0.4:
        core, sub = concern(g)
        text, style = _lf_post(g, core, heavy=False, risk=True)
        return text, sub, style
    text, style = _lf_friend_post(g, LF_CO, LF_CO_SLOTS, risk=True)
    return text, "long", style


def lf_friend_ok(g: Gen) -> tuple[str, str, str]:
    """A friend who is sad, stressed or grieving, and safe."""
    if g.rng.random() < 0.4:
        core, sub = benign(g, "friend")
        text, style = _lf_post(g, core, heavy=False)
        return text, sub, style
    text, style = _lf_friend_post(g, LF_FRIEND_OK, {})
    return text, "long", style


def lf_sentence(g: Gen) -> tuple[str, str, str]:
    """A stretch of a long post without its turn (one to three context sentences, a sad
    or angry line without intent): benign, as the model scores each sentence on its own."""
    pools = [
        (LF_CONTEXT, "scene"),
        (LF_MOOD, "mood"),
        (LF_MOOD, "mood"),
        (LF_BN, "turn"),
        (LF_EVERYDAY, "everyday"),
        (LF_EVERYDAY, "everyday"),
        (LF_META, "meta"),
        (LF_ANGER, "anger"),
        (LF_RANT, "rant"),
        (LF_CLOSE, "close"),
    ]
    slots = {**LF_V_SLOTS, **LF_BN_SLOTS}
    parts = []
    for _ in range(g.rng.choice((1, 1, 2, 3))):
        pool, sub = g.rng.choice(pools)
        parts.append(g.fill(g.pick(pool), slots))
    text = g.pick([". ", ", ", " ", ". "]).join(parts)
    styled, style = _style(g, _wrap(g, text) if g.rng.random() < 0.3 else text)
    return styled, sub, style


def testcase(g: Gen) -> tuple[str, str, str]:
    """A short threat in the style of a threat assessment test case."""
    text = g.fill(g.pick(V_TESTCASE), V_TESTCASE_SLOTS)
    styled, style = _style(g, text)
    return styled, "testcase", style


# ============================================================================================
# Long-form posts, second round: stories told after the fact, hyperbole taken back, anger
# and trash talk without a threat, and their hard positives
# ============================================================================================
#
# What a post says happened is not what its writer means to do: a survivor telling how they
# got through ("i attempted in ninth grade, i'm glad i'm still here") and a student who says
# they will "murder" a brother over leftovers, then that they would never, are benign; so are
# angry posts about a teacher, a sibling or an ex, insults, and game talk full of kills. The
# same stories turn into risk when the present comes back ("i was clean for a year, i
# relapsed and i want to die again"), and those are made too, with the same sentences around
# them, so that the past tense alone does not read as safe.

RC_PAST = _lines("""
i used to {rc_sh} {rc_when_past}
back {rc_when_past} i was {rc_sh_ing} almost every day
i {rc_sh_past} {rc_when_past} and honestly it was the worst time of my life
{rc_when_past} i was in a really dark place and {rc_dark}
i attempted {rc_when_past}
i survived an attempt {rc_when_past}
i tried to take my life {rc_when_past}
i spent a week in the hospital after my attempt {rc_when_past}
{rc_when_past} i wanted to die pretty much every day
there was a time {rc_when_past} when i didn't want to be alive
i was suicidal for most of {rc_grade}
i relied on {rc_sh_ing} to cope all through {rc_grade}
my arms were covered in scars by the end of {rc_grade}
i thought about ending it every single night {rc_when_past}
{rc_when_past} i honestly didn't think i would make it to {rc_milestone}
i went through a really bad stretch {rc_when_past} where i was hurting myself
i was hospitalized for {rc_stay} {rc_when_past}
i struggled with self harm from {rc_grade} until {rc_grade2}
""")

RC_NOW = _lines("""
i've been clean for {rc_clean} now
today is {rc_clean} clean and i'm really proud of myself
it's been {rc_clean} since the last time i hurt myself
i'm so glad i'm still here
i'm really glad i didn't go through with it
i'm in a much better place now
therapy really helped me, it took a while but it worked
my therapist helped me find other ways to cope
the meds took a few months to kick in but they helped a lot
i don't feel that way anymore
i don't want to die anymore, i actually want to see what happens next
i still have bad days but nothing like before
i'm graduating in {rc_month} and i never thought i'd say that
i have people i can call now when it gets bad
my scars are faded and i don't hide them anymore
if you're where i was, please tell someone, it does get better
i'm writing this for anyone who feels the way i used to
i'm actually excited about the future for the first time in years
i made it to {rc_milestone} and i'm so thankful i did
i'm doing a lot better these days
the urges still come sometimes but i know how to ride them out now
i started a new school and i have real friends now
i'm volunteering at a crisis line now because of what i went through
looking back i can't believe how far i've come
i want to be a counselor someday because of what i went through
my mom and i are closer than ever since all that happened
i know it sounds cheesy but getting help saved my life
i wear short sleeves now and i don't care who sees
i just wanted to share that recovery is possible
i'm not where i want to be yet but i'm so much better than i was
""")

RC_SLOTS: Slots = {
    "rc_sh": ["cut", "self harm", "burn myself", "hurt myself", "scratch my arms",
              "starve myself", "have suicidal thoughts"],
    "rc_sh_ing": ["cutting", "self harming", "hurting myself", "burning myself"],
    "rc_sh_past": ["cut myself", "self harmed", "hurt myself a lot", "relapsed a bunch of times"],
    "rc_when_past": ["in middle school", "in eighth grade", "in ninth grade", "two years ago",
                     "when i was thirteen", "when i was fourteen", "freshman year",
                     "a few years back", "before i moved", "during lockdown", "last year",
                     "the year my parents split up", "in seventh grade"],
    "rc_dark": ["i couldn't see a way out", "i stopped talking to everyone",
                "i thought nobody would miss me", "i didn't care what happened to me"],
    "rc_grade": ["seventh grade", "eighth grade", "ninth grade", "freshman year",
                 "sophomore year", "middle school"],
    "rc_grade2": ["last spring", "the end of sophomore year", "this past summer",
                  "about a year ago", "tenth grade"],
    "rc_milestone": ["sixteen", "high school", "graduation", "my eighteenth birthday",
                     "senior year", "college"],
    "rc_stay": ["a week", "ten days", "almost a month", "a few days"],
    "rc_clean": ["two years", "a year", "eighteen months", "three hundred days", "500 days",
                 "nine months", "a whole year", "over a year", "three years"],
    "rc_month": ["may", "june", "the spring", "a few weeks"],
}  # fmt: skip

# The present is back: after a recovery story, intent now (hard positives).
RC_RELAPSE = _lines("""
but i relapsed {rc_recent} and i want to die again
but the thoughts came back and this time i want to go through with it
but i cut again {rc_recent} and i don't want to stop
but it's all coming back and i don't want to be alive anymore
and now i feel exactly like i did back then and i'm planning it again
but i'm back to wanting to kill myself every day
but i'm done fighting, i'm going to end it {rc_soon}
but i already picked a day and i'm not telling my therapist
but i wanted to die {rc_recent} and i still do
but i've started hurting myself again and it's worse than before
and i don't think i'll make it this time, i'm tired of trying
but i've been looking up ways to do it again
and i'm going to try again {rc_soon}
but i threw away my meds and i'm saving the new ones for when i'm ready
but lately i keep thinking everyone would be better off if i finished what i started
""")

RC_RELAPSE_SLOTS: Slots = {
    **RC_SLOTS,
    "rc_recent": ["last night", "this week", "on sunday", "yesterday", "a few days ago",
                  "after the fight with my mom"],
    "rc_soon": ["this weekend", "tonight", "soon", "before school starts", "on friday"],
}  # fmt: skip

# Ideation told in the past, over now, short.
RC_OVER = _lines("""
i wanted to {rc_die_v} {rc_when_past} but i don't feel like that now
{rc_when_past} i wanted to {rc_die_v}, it's weird to think about now that i'm happy
i used to think about {rc_die_n} a lot {rc_when_past}, i don't anymore
i was suicidal {rc_when_past} and getting help is the best thing i ever did
i haven't had thoughts about {rc_die_n} since {rc_since}
i thought about {rc_die_n} {rc_when_past} but i'm safe now and i have support
the last time i felt like i wanted to {rc_die_v} was {rc_when_past}
i remember wanting to {rc_die_v} {rc_when_past} and i'm so glad i talked to someone
""")

RC_OVER_SLOTS: Slots = {
    **RC_SLOTS,
    "rc_die_v": ["die", "end my life", "kill myself", "not exist", "disappear forever"],
    "rc_die_n": ["suicide", "dying", "ending it", "killing myself", "ending my life"],
    "rc_since": ["last summer", "eighth grade", "i started therapy", "i switched schools",
                 "my meds got sorted out", "before covid"],
}  # fmt: skip

# Ideation told in the past and still here (positives): the tense does not end it.
RC_STILL = _lines("""
i wanted to {rc_die_v} {rc_recent} and i still do
i {rc_sh_past} {rc_recent} and i'm going to do it again tonight
i thought about {rc_die_n} all day {rc_recent} and it hasn't stopped
i wanted to {rc_die_v} last year and honestly nothing has changed
i tried to {rc_die_v} {rc_when_past} and i wish it had worked
i used to want to {rc_die_v} and now i want it even more
""")

# Hyperbole, then taken back.
DS_HYPER = _lines("""
i told {ds_rel} i was going to {ds_kill} {ds_obj} for {ds_petty}
i swear i'm going to {ds_kill} {ds_rel} if {ds_subj} {ds_petty_if}
i said i'd {ds_kill} {ds_rel} when {ds_subj} {ds_petty_past}
{ds_rel} is so dead when i get home, {ds_subj} {ds_petty_past}
i could honestly {ds_kill} {ds_rel} right now, {ds_subj} {ds_petty_past}
i'm about to {ds_kill} {ds_rel}, {ds_subj} {ds_petty_past}
if {ds_rel} {ds_petty_if} one more time i'm going to lose it
i was ready to {ds_kill} {ds_rel} after {ds_subj} {ds_petty_past}
i want to {ds_kill} whoever {ds_petty_who}
i'm going to {ds_kill} my group partner, {ds_subj2} {ds_petty_group}
i'm literally going to {ds_die} if {ds_embarrass}
i wanted to {ds_die} when {ds_embarrass_past}
my mom is going to {ds_kill} me when she sees {ds_mom}
""")

DS_TAKEBACK = _lines("""
not literally obviously
not literally, calm down
jk i would never actually hurt {ds_obj}
i would never actually do anything, i'm just venting
obviously i'm not going to do anything
obviously not gonna do anything, i just needed to say it
lol i'm kidding, {ds_subj} is my favorite person
i'm joking, relax
i'm exaggerating obviously
figure of speech, i love {ds_obj} really
i mean i won't, but wow
not actually, i'm just really annoyed
ok i'm not really going to, but i'm so mad
i'm obviously not serious, it's just how we talk
that's an exaggeration but you get how annoyed i am
i'm kidding, i'm not going to touch {ds_obj}
i'd never hurt {ds_obj} for real, it's just an expression
we're fine now, we made up an hour later
no i'm not actually gonna do anything lol
just a saying, nobody panic
i'm dramatic i know
i'm being dramatic but it was so embarrassing
of course i'm not going to, i'm just venting
""")

DS_SLOTS: Slots = {
    "ds_kill": ["kill", "murder", "strangle", "end", "destroy", "throttle", "choke"],
    "ds_die": ["die", "die of embarrassment", "combust", "die on the spot"],
    "ds_rel": ["my brother", "my little sister", "my sister", "my best friend",
               "my roommate", "my cousin", "my lab partner", "my brother", "my twin"],
    "ds_obj": ["them", "him", "her", "anybody", "anyone"],
    "ds_subj": ["they"],
    "ds_subj2": ["they"],
    "ds_petty": ["eating my leftovers", "spoiling the finale", "using all the hot water",
                 "reading my diary", "taking my hoodie without asking",
                 "telling mom about my grade", "leaving my game on pause for an hour",
                 "drinking the last soda", "posting that ugly picture of me",
                 "losing my charger", "waking me up at six on a saturday"],
    "ds_petty_if": ["takes my charger again", "spoils the show again",
                    "eats my fries again", "borrows my stuff without asking",
                    "sings that song one more time", "hogs the bathroom again"],
    "ds_petty_past": ["ate my birthday cake", "told everyone my crush",
                      "finished my cereal and put the empty box back",
                      "deleted my minecraft world", "spoiled the ending of the book",
                      "borrowed my shoes and got them muddy", "forgot to pick me up"],
    "ds_petty_who": ["invented group projects", "scheduled a test on a monday",
                     "took my parking spot", "made the wifi this slow",
                     "decided school starts at seven"],
    "ds_petty_group": ["haven't done anything all week", "lost our slides",
                       "keep saying they'll do it later"],
    "ds_embarrass": ["my dad shows up to the dance", "anyone sees that video",
                     "my mom posts my baby pictures again", "i have to present first"],
    "ds_embarrass_past": ["i tripped on stage", "my voice cracked during the solo",
                          "my mom called me by my baby name in front of everyone",
                          "i waved back at someone who wasn't waving at me"],
    "ds_mom": ["my report card", "the car", "the mess in my room", "the phone bill"],
}  # fmt: skip

# Said in earnest: a grievance, not a chore (hard positives, with DS_MEANT).
DS_SERIOUS = _lines("""
i told {ds_rel} i'm going to {ds_kill} {ds_obj}
i said i'd {ds_kill} {ds_obj} if {ds_subj} ever touched me again
i'm going to {ds_kill} {ds_rel} after what {ds_subj} did to me
i told everyone i'd {ds_kill} the kid who jumped me
i swear i'm going to {ds_kill} {ds_rel} the next time {ds_subj} hits me
""")

# ... and the same words meant (hard positives).
DS_MEANT = _lines("""
and i meant it, i'm not joking
and this time i'm serious, they will find out what i meant
and this isn't an exaggeration, i've thought about how
not joking, i know where {ds_subj} keep the knives
people think i'm kidding but i'm dead serious
and i'm going to do it tonight when everyone's asleep
""")

# Anger without a threat: at a person, a teacher, a sibling, an ex; insults; trash talk.
AG_TARGET = _lines("""
my {ag_who} {ag_did}
i can't believe my {ag_who} {ag_did}
so my {ag_who} {ag_did} and i'm still fuming
update: my {ag_who} {ag_did} again
""")

AG_FEEL = _lines("""
i'm so angry i can't even think straight
i've never been this mad in my life
i'm seething
i'm fuming right now
i want to scream into a pillow
i slammed my door so hard the picture fell off the wall
i hate {ag_them} so much
i'm so sick of {ag_them}
{ag_group} can go to hell for all i care
{ag_group} are the worst people i have ever met
i can't stand {ag_them}
i'll never forgive {ag_them}
i'm done being nice
i wanted to flip the table
i had to walk out before i said something i'd regret
i'm so over this
it's so unfair i could cry
i went for a run just to burn off the anger
i'm blasting music as loud as it goes to calm down
how is anyone this selfish
""")

AG_INSULT = _lines("""
{ag_group} are {ag_insult}
honestly {ag_group} are {ag_insult} and everyone knows it
what a {ag_noun}
{ag_group} are such {ag_nouns}
{ag_who_the} is a {ag_noun} and i'm done pretending otherwise
you're a {ag_noun} and nobody likes you
you're so {ag_insult} it's embarrassing
shut up you absolute {ag_noun}
go cry about it you {ag_noun}
nobody asked, {ag_noun}
""")

# Wishes and oaths that harm no one: "i hope" and "i swear" lead to a grade, a move, karma.
AG_HOPE = _lines("""
i hope {ag_he} {ag_wish}
i really hope {ag_he} {ag_wish}
honestly i hope {ag_he} {ag_wish}
i swear {ag_group} are the {ag_most} people alive
i swear {ag_who_the} is the {ag_most} person in this town
i swear if {ag_who_the} {ag_again} one more time i'm telling the principal
i swear i'm going to lose my mind if {ag_who_the} {ag_again} again
{ag_group} are the {ag_most} people i have ever met
people like {ag_obj} are why i don't trust anyone
some people are just {ag_insult} and {ag_who_the} is one of them
everyone in this school is {ag_insult}, i swear
i hope everyone finds out what {ag_he} did
i hope {ag_he} steps on a lego
""")


AG_END = _lines("""
i'm going to talk to the counselor tomorrow
my mom says i should email the teacher instead of yelling
i'm going to ignore {ag_them} until it blows over
i'll get over it, i just needed to rant
i'm not going to do anything, i just had to get it out
i'm going to sleep on it
tomorrow i'm going to ask to switch seats
i'm going to block {ag_them} and move on
i guess i'll just wait until i can move out
i'm never speaking to {ag_them} again
rant over
""")

AG_SLOTS_BASE: Slots = {
    "ag_who": ["teacher", "math teacher", "chem teacher", "coach", "brother", "sister",
               "stepdad", "stepmom", "ex", "boss", "manager", "best friend", "roommate",
               "lab partner", "dad", "mom", "history teacher", "band director"],
    "ag_who_the": ["my teacher", "my brother", "my ex", "my coach", "my manager",
                   "that kid", "my stepdad", "my sister"],
    "ag_did": ["gave me a zero because my name was on the wrong line",
               "read my text out loud to the whole class",
               "took my phone for a week over nothing",
               "told everyone what i said in private",
               "blamed me for something she did",
               "yelled at me in front of the whole team",
               "scheduled me for a double shift during finals",
               "said i was lazy in front of my friends",
               "grounded me for a whole month over a b minus",
               "cheated on me with my best friend",
               "broke my headphones and laughed about it",
               "lied to my parents about me",
               "failed my project because it was one day late",
               "made fun of my accent",
               "went through my stuff again",
               "kicked me off the team without even telling me"],
    "ag_them": ["them", "him", "her", "my ex", "my teacher", "my brother", "my stepdad",
                "people like that", "this whole school", "the admins"],
    "ag_group": ["they", "my teachers", "the admins", "people like that", "the kids in my class",
                 "my parents", "my brothers", "the seniors", "the refs"],
    "ag_insult": ["pathetic", "so stupid", "clueless", "brain dead", "a joke", "useless",
                  "so fake", "absolute clowns", "trash", "spineless", "toxic"],
    "ag_noun": ["idiot", "loser", "clown", "moron", "jerk", "hypocrite", "snake", "creep",
                "bot", "tryhard", "joke"],
    "ag_nouns": ["idiots", "losers", "clowns", "hypocrites", "snakes", "cowards"],
}  # fmt: skip

AG_SLOTS: Slots = {
    **AG_SLOTS_BASE,
    "ag_he": ["he", "she", "they", "my ex", "my teacher", "my stepdad", "that kid", "my boss"],
    "ag_obj": ["him", "her", "them", "my ex", "my cousin"],
    "ag_wish": ["fails the final", "gets fired", "moves to another state", "gets caught",
                "never gets another girlfriend", "gets detention for the rest of the year",
                "realizes how much of a jerk they are", "gets what's coming, karma style",
                "loses every game this season", "gets grounded forever",
                "has to sit alone at lunch for once", "trips in front of everyone",
                "gets a parking ticket every day", "feels as bad as i do",
                "regrets it for the rest of their life", "gets exposed"],
    "ag_most": ["meanest", "worst", "fakest", "rudest", "most annoying", "dumbest",
                "most two faced", "laziest"],
    "ag_again": ["cuts in line", "reads my texts", "takes my seat", "copies my homework",
                 "talks over me", "calls me that name"],
}  # fmt: skip

GM_POST = _lines("""
we {gm_won} last night and i {gm_kill_past} {gm_count} people in one round
i got {gm_killed_by} {gm_count} times by the same guy in {gm_game}
i {gm_kill_past} the final boss in {gm_game} after like forty tries
my friend keeps {gm_kill_ing} me with friendly fire in {gm_game}
i'm going to destroy you all in {gm_game} tonight, get ready
you're getting wrecked in {gm_game} later, no mercy
we are going to slaughter the other team in the tournament saturday
i sniped {gm_count} people from the tower and they all rage quit
my squad got wiped because {gm_teammate} ran in alone again
i'm going to hunt you down in {gm_game} and take your loot
{gm_teammate} is so bad, he died in the first ten seconds again
i carried the whole team and they still blamed me
the new update nerfed my favorite gun and i'm so mad
i spawn killed the whole lobby and got banned for an hour
this kid on the other team kept trash talking so i {gm_kill_past} him with a knife and teabagged
get good, you died to a level one zombie
i'm going to beat you so bad you uninstall
i bombed the objective with two seconds left and we won
""")

GM_SLOTS: Slots = {
    "gm_won": ["won three games in a row", "finally hit diamond", "lost ten games straight",
               "stayed up until two playing"],
    "gm_kill_past": ["killed", "shot", "stabbed", "wiped", "headshot", "eliminated", "sniped"],
    "gm_kill_ing": ["killing", "shooting", "blowing up", "team killing"],
    "gm_killed_by": ["killed", "shot", "sniped", "stabbed", "blown up"],
    "gm_count": ["five", "twelve", "twenty", "three", "a dozen"],
    "gm_game": ["fortnite", "valorant", "cod", "warzone", "apex", "minecraft", "roblox",
                "overwatch", "rainbow six", "elden ring", "halo", "the new zombies map"],
    "gm_teammate": ["my teammate", "my cousin", "our duo", "the random we got", "my friend"],
}  # fmt: skip

# School work about death, war, suicide and violence, as a student writes about it.
AC_POST = _lines("""
i have to write {ac_len} on {ac_topic} and i don't know where to start
my {ac_class} project is about {ac_topic} and the research is pretty heavy
we watched a documentary about {ac_topic} in {ac_class} and it was really upsetting
i'm doing my presentation on {ac_topic}, any good sources
my teacher assigned a debate on {ac_debate}
for {ac_class} we're reading about {ac_topic} and i have a quiz on it friday
can someone explain {ac_explain} for my {ac_class} homework
my thesis is that {ac_thesis}
we have to analyze why {ac_why} for the essay
""")

AC_SLOTS: Slots = {
    "ac_len": ["five pages", "an essay", "a research paper", "a two page reflection",
               "a lab report"],
    "ac_class": ["history", "english", "psych", "government", "bio", "health", "sociology"],
    "ac_topic": ["the holocaust", "the civil war", "the rwandan genocide", "school shootings",
                 "teen suicide rates", "the atomic bombs", "trench warfare", "serial killers",
                 "the death penalty", "gun control", "the salem witch trials",
                 "the french revolution", "self harm awareness", "the vietnam war"],
    "ac_debate": ["the death penalty", "gun laws", "whether war is ever justified",
                  "euthanasia", "violent video games"],
    "ac_explain": ["how the guillotine worked", "why so many soldiers died at the somme",
                   "what cell death is", "how predators kill their prey",
                   "why romeo kills himself", "what caused the massacre"],
    "ac_thesis": ["hamlet's obsession with death drives the whole play",
                  "the war could have been avoided", "the murder in the story is justified",
                  "the poem is about suicide but also about hope"],
    "ac_why": ["the character killed himself at the end", "the soldiers kept fighting",
               "the author kills off the main character", "the revolution got so violent"],
}  # fmt: skip

BR_POST = _lines("""
{br_who} broke up with me {br_when}
{br_who} dumped me {br_when} and i've been crying all day
i found out {br_who} was cheating on me
we were together for {br_long} and {br_who_short} ended it over text
i keep rereading our old messages
everything reminds me of {br_obj}
i feel like my heart got ripped out of my chest
i can't eat or sleep since it happened
i know it's dramatic but it feels like the world ended
my friends say i'll be over {br_obj} in a month
i deleted all our pictures and then cried about it
i still sleep in {br_pos} hoodie
i'm going to focus on myself for a while
i'm never dating anyone again lol
i saw {br_obj} with someone new already and it destroyed me
i feel so stupid for trusting {br_obj}
""")

BR_SLOTS: Slots = {
    "br_who": ["my boyfriend", "my girlfriend", "my bf", "my gf", "my partner"],
    "br_who_short": ["he", "she", "they"],
    "br_obj": ["him", "her", "them"],
    "br_pos": ["his", "her", "their"],
    "br_when": ["yesterday", "last week", "on valentine's day", "two days ago",
                "right before prom", "over the weekend"],
    "br_long": ["a year", "eight months", "two years", "since freshman year"],
}  # fmt: skip


def _recovery_story(g: Gen) -> list[str]:
    past = [g.fill(s, RC_SLOTS) for s in g.rng.sample(RC_PAST, g.rng.randint(1, 2))]
    if g.rng.random() < 0.3:
        past.append(g.fill(g.pick(RC_OVER), RC_OVER_SLOTS))
    return past


def lf_recovery(g: Gen) -> tuple[str, str, str]:
    """A survivor's story: what happened then, how it is now (benign)."""
    story = _recovery_story(g)
    now = [g.fill(s, RC_SLOTS) for s in g.rng.sample(RC_NOW, g.rng.randint(1, 3))]
    r = g.rng.random()
    if r < 0.35:
        body = story + now  # told plainly, nothing around it
        if g.rng.random() < 0.4:
            body.insert(0, g.pick(LF_META))
        text, style = _lf_type(g, body)
        return text, "story", style
    if r < 0.55:
        core = g.fill(g.pick(RC_OVER), RC_OVER_SLOTS)
        styled, style = _style(g, core)
        return styled, "over", style
    n = g.rng.randint(1, 3)
    body = _lf_context(g, LF_CONTEXT, n, {}) + _everyday(g, False)
    g.rng.shuffle(body)
    at = g.rng.randint(0, len(body))
    body[at:at] = story + now
    if g.rng.random() < 0.3:
        body.insert(0, g.pick(LF_META))
    if g.rng.random() < 0.3:
        body.append(g.pick(LF_CLOSE))
    text, style = _lf_type(g, body)
    return text, "post", style


def lf_relapse(g: Gen) -> tuple[str, str, str]:
    """A recovery story with intent now (self-harm): the same past, the present back."""
    r = g.rng.random()
    if r < 0.3:
        core = g.fill(g.pick(RC_STILL), {**RC_OVER_SLOTS, **RC_RELAPSE_SLOTS})
        styled, style = _style(g, core)
        return styled, "still", style
    story = _recovery_story(g)
    if g.rng.random() < 0.5:
        story.append(g.fill(g.pick(RC_NOW[:12]), RC_SLOTS))
    turn = g.fill(g.pick(RC_RELAPSE), RC_RELAPSE_SLOTS)
    body = [*story, turn]
    if r < 0.6:
        text, style = _lf_type(g, body)
        return text, "relapse", style
    ctx = _lf_context(g, LF_CONTEXT, g.rng.randint(1, 2), {})
    at = g.rng.randint(0, len(ctx))
    ctx[at:at] = body
    text, style = _lf_type(g, ctx)
    return text, "relapse_post", style


def _disclaimer_pair(g: Gen) -> list[str]:
    hyper = g.fill(g.pick(DS_HYPER), DS_SLOTS)
    back = g.fill(g.pick(DS_TAKEBACK), DS_SLOTS)
    return [hyper, back]


def lf_disclaimer(g: Gen) -> tuple[str, str, str]:
    """Hyperbole about a sibling, a friend, a chore, then taken back (benign)."""
    pair = _disclaimer_pair(g)
    r = g.rng.random()
    if r < 0.2:
        # the hyperbole alone: a petty reason says what it is, as the sentence is also
        # scored on its own in a post
        styled, style = _style(g, pair[0])
        return styled, "hyperbole", style
    if r < 0.55:
        sep = g.pick([". ", ". ", ", ", " ", " lol ", "... "])
        styled, style = _style(g, sep.join(pair))
        return styled, "pair", style
    body = _lf_context(g, LF_EVERYDAY, g.rng.randint(1, 3), {})
    if g.rng.random() < 0.4:
        body.append(g.fill(g.pick(AG_FEEL), AG_SLOTS))
    at = g.rng.randint(0, len(body))
    body[at:at] = pair
    text, style = _lf_type(g, body)
    return text, "post", style


def lf_meant(g: Gen) -> tuple[str, str, str]:
    """The same hyperbole, meant (violence)."""
    hyper = g.fill(g.pick(DS_SERIOUS), DS_SLOTS)
    text = hyper + g.pick([", ", " ", ", ", ". "]) + g.fill(g.pick(DS_MEANT), DS_SLOTS)
    if g.rng.random() < 0.5:
        styled, style = _style(g, text)
        return styled, "meant", style
    body = [*_lf_context(g, LF_EVERYDAY, g.rng.randint(1, 2), {}), text]
    out, style = _lf_type(g, body)
    return out, "meant_post", style


def lf_angry(g: Gen) -> tuple[str, str, str]:
    """Anger at a teacher, a sibling, an ex, a boss; insults; no threat (benign)."""
    body = [g.fill(g.pick(AG_TARGET), AG_SLOTS)]
    body += [g.fill(s, AG_SLOTS) for s in g.rng.sample(AG_FEEL, g.rng.randint(1, 3))]
    if g.rng.random() < 0.5:
        body.append(g.fill(g.pick(AG_INSULT), AG_SLOTS))
    if g.rng.random() < 0.5:
        body.append(g.fill(g.pick(AG_HOPE), AG_SLOTS))
    if g.rng.random() < 0.5:
        body += _lf_context(g, LF_ANGER, 1, V_GROUP_SLOTS)
    if g.rng.random() < 0.3:
        body += _lf_context(g, LF_CONTEXT, 1, {})
    g.rng.shuffle(body)
    if g.rng.random() < 0.5:
        body.append(g.fill(g.pick(AG_END), AG_SLOTS))
    if g.rng.random() < 0.25:
        body.insert(0, g.pick(LF_META))
    text, style = _lf_type(g, body)
    return text, "angry", style


def lf_insult(g: Gen) -> tuple[str, str, str]:
    """Insults, trash talk and harmless wishes, short or in a few lines (benign)."""
    r = g.rng.random()
    if r < 0.15:
        # a take-back or a way out, alone: it is scored as a sentence of its own in a post
        line = g.fill(g.pick(AG_END + DS_TAKEBACK), {**AG_SLOTS, **DS_SLOTS})
        styled, style = _style(g, line)
        return styled, "end", style
    pool = AG_INSULT if r < 0.6 else AG_HOPE
    parts = [g.fill(s, AG_SLOTS) for s in g.rng.sample(pool, g.rng.randint(1, 2))]
    if g.rng.random() < 0.4:
        parts.append(g.fill(g.pick(GM_POST), GM_SLOTS))
    g.rng.shuffle(parts)
    styled, style = _style(g, g.pick([". ", " ", ", "]).join(parts))
    return styled, "insult", style


def lf_game(g: Gen) -> tuple[str, str, str]:
    """A gaming post full of kills, deaths and trash talk (benign)."""
    parts = [g.fill(s, GM_SLOTS) for s in g.rng.sample(GM_POST, g.rng.randint(1, 4))]
    if g.rng.random() < 0.3:
        parts.append(g.fill(g.pick(B_GAME), B_GAME_SLOTS))
    if g.rng.random() < 0.4:
        parts += _lf_context(g, LF_EVERYDAY, 1, {})
    g.rng.shuffle(parts)
    if g.rng.random() < 0.3:
        parts.append(g.fill(g.pick(AG_INSULT), AG_SLOTS))
    text, style = _lf_type(g, parts)
    return text, "game", style


def lf_academic(g: Gen) -> tuple[str, str, str]:
    """School work about war, death and suicide, among the rest of a student's week."""
    parts = [g.fill(s, AC_SLOTS) for s in g.rng.sample(AC_POST, g.rng.randint(1, 2))]
    if g.rng.random() < 0.4:
        parts.append(g.fill(g.pick(B_ACADEMIC), B_ACADEMIC_SLOTS))
    parts += _lf_context(g, LF_CONTEXT + LF_EVERYDAY, g.rng.randint(0, 3), {})
    g.rng.shuffle(parts)
    text, style = _lf_type(g, parts)
    return text, "academic", style


def lf_sentence2(g: Gen) -> tuple[str, str, str]:
    """One or two sentences of the second round's benign posts on their own (a post's
    sentences are also scored one by one): how it is now, a take-back, anger, a game, a
    breakup, school work."""
    pools = [
        (RC_NOW, RC_SLOTS, "recovery_now"),
        (RC_OVER, RC_OVER_SLOTS, "ideation_over"),
        (DS_TAKEBACK, DS_SLOTS, "takeback"),
        (AG_FEEL, AG_SLOTS, "anger"),
        (AG_HOPE, AG_SLOTS, "wish"),
        (AG_END, AG_SLOTS, "anger_end"),
        (AG_TARGET, AG_SLOTS, "anger_target"),
        (GM_POST, GM_SLOTS, "game"),
        (BR_POST, BR_SLOTS, "breakup"),
        (AC_POST, AC_SLOTS, "academic"),
    ]
    parts = []
    sub = ""
    for _ in range(g.rng.choice((1, 1, 2))):
        pool, slots, sub = g.rng.choice(pools)
        parts.append(g.fill(g.pick(pool), slots))
    styled, style = _style(g, g.pick([". ", ", ", " "]).join(parts))
    return styled, sub, style


def lf_breakup(g: Gen) -> tuple[str, str, str]:
    """A breakup, told as people vent about one (benign)."""
    parts = [g.fill(s, BR_SLOTS) for s in g.rng.sample(BR_POST, g.rng.randint(2, 4))]
    mood = g.rng.randint(0, 2)
    parts += _lf_context(g, LF_MOOD, mood, {}) + _lf_context(g, LF_CONTEXT, g.rng.randint(0, 2), {})
    g.rng.shuffle(parts)
    if g.rng.random() < 0.3:
        parts.insert(0, g.pick(LF_META))
    if g.rng.random() < 0.3:
        parts.append(g.pick(LF_CLOSE))
    text, style = _lf_type(g, parts)
    return text, "breakup", style


# ============================================================================================
# The corpus
# ============================================================================================

# (label, family, maker, how many)
Maker = Callable[[Gen], tuple[str, str]]


def _benign_maker(family: str) -> Maker:
    return lambda g: benign(g, family)


PLAN: list[tuple[str, str, Maker, int]] = [
    ("self_harm", "direct", self_harm_direct, 2600),
    ("self_harm", "indirect", self_harm_indirect, 3400),
    ("self_harm", "with_own", both_self_and_other, 150),
    ("violence", "violence", violence, 3200),
    ("concern_for_other", "concern", concern, 2200),
    ("benign", "idiom", _benign_maker("idiom"), 1500),
    ("benign", "game", _benign_maker("game"), 800),
    ("benign", "academic", _benign_maker("academic"), 1100),
    ("benign", "medical", _benign_maker("medical"), 500),
    ("benign", "creative", _benign_maker("creative"), 300),
    ("benign", "venting", _benign_maker("venting"), 1500),
    ("benign", "negation", _benign_maker("negation"), 350),
    ("benign", "violence_adjacent", _benign_maker("violence_adjacent"), 600),
    ("benign", "groups", _benign_maker("groups"), 400),
    ("benign", "friend", _benign_maker("friend"), 1700),
    ("benign", "everyday", _benign_maker("everyday"), 900),
    ("benign", "sarcasm", _benign_maker("sarcasm"), 150),
    ("benign", "mirror", mirror, 5000),
    ("benign", "first_person", _benign_maker("first_person"), 2500),
    ("benign", "hate_nonviolent", _benign_maker("hate_nonviolent"), 300),
    ("benign", "short", _benign_maker("short"), 1200),
    *tutoring.PLAN_ENTRIES,
    *signals.PLAN_ENTRIES,
]

LONG_POST_SHARE = 0.12

# Long-form posts and short test-case threats, made after the rest (so the rest is what it
# was) and typed by their makers: (label, family, maker -> (text, sub, style), how many).
LongMaker = Callable[[Gen], tuple[str, str, str]]
SLICE_WORDS = 24
LONGFORM_PLAN: list[tuple[str, str, LongMaker, int]] = [
    ("self_harm", "longform", lf_self_harm, 800),
    ("violence", "longform", lf_violence, 300),
    ("violence", "testcase", testcase, 300),
    ("concern_for_other", "longform", lf_concern, 300),
    ("benign", "longform_venting", lf_venting, 2200),
    ("benign", "longform_rant", lf_rant, 1000),
    ("benign", "longform_friend", lf_friend_ok, 700),
    ("benign", "longform_sentence", lf_sentence, 3000),
    # second round (after the rest, so that the rest is what it was)
    ("benign", "longform_recovery", lf_recovery, 700),
    ("self_harm", "longform_relapse", lf_relapse, 150),
    ("benign", "longform_disclaimer", lf_disclaimer, 500),
    ("violence", "longform_meant", lf_meant, 80),
    ("benign", "longform_angry", lf_angry, 500),
    ("benign", "longform_insult", lf_insult, 500),
    ("benign", "longform_game", lf_game, 400),
    ("benign", "longform_academic", lf_academic, 400),
    ("benign", "longform_breakup", lf_breakup, 400),
    ("benign", "longform_sentence2", lf_sentence2, 1200),
]


def posts(block: str) -> list[str]:
    """A block's posts (separated by blank lines), each on one line."""
    return [" ".join(p.split()) for p in re.split(r"\n\s*\n", block.strip()) if p.strip()]


def hand_written(
    blocks: Sequence[tuple[str, str, str]], family: str
) -> list[tuple[str, str, Maker, int]]:
    """Rows for posts written one by one (``aftermath.py``, ``bystander.py`` and the files
    after them in ``LATE_PLAN``): per (label, sub, block), a maker that picks one of its
    posts, as many times as it has posts (each is made once: ``_make_rows`` skips a text
    already made).

    The rules of every such file:

    - Everything in it was written for this project: no sentence of the evaluation corpora
      nor a close paraphrase of one, and nothing taken from a public dataset.
    - Posts only: this file makes them rows, each post once.

    Its source format: ``BLOCKS`` holds (label, sub, block); in a block, posts are separated
    by a blank line and a post's lines are joined with spaces (:func:`posts`).
    """

    def maker(texts: list[str], sub: str) -> Maker:
        return lambda g: (g.rng.choice(texts), sub)

    return [
        (label, family, maker(texts, sub), len(texts))
        for label, sub, block in blocks
        if (texts := posts(block))
    ]


# Families written later, made last (so that all of the above is what it was), each from a
# file beside this one: (label, family, maker -> (text, sub), how many), typed as PLAN's.
LATE_PLAN: list[tuple[str, str, Maker, int]] = [
    *realworld.PLAN_ENTRIES,
    *hate.PLAN_ENTRIES,
    *terse.PLAN_ENTRIES,
    *veiled.PLAN_ENTRIES,
    *friends.PLAN_ENTRIES,
    *hopeless.PLAN_ENTRIES,
    *contrast.PLAN_ENTRIES,
    *threats.PLAN_ENTRIES,
    *others.PLAN_ENTRIES,
    *chat.PLAN_ENTRIES,
    *hand_written(aftermath.BLOCKS, "st_after"),
    *hand_written(bystander.BLOCKS, "st_near"),
    *hand_written(everyday.BLOCKS, "st_daily"),
    *hand_written(worry.BLOCKS, "st_worry"),
    *hand_written(unsaid.BLOCKS, "st_unsaid"),
    *hand_written(menace.BLOCKS, "st_menace"),
    *hand_written(forum.BLOCKS, "st_forum"),
    *hand_written(retold.BLOCKS, "st_retold"),
    *hand_written(quoted.BLOCKS, "st_quoted"),
    *hand_written(banter.BLOCKS, "st_banter"),
    *hand_written(asking.BLOCKS, "st_asking"),
    *hand_written(aloud.BLOCKS, "st_aloud"),
    *hand_written(plainplan.BLOCKS, "st_plainplan"),
    *hand_written(threatlines.BLOCKS, "st_threatlines"),
    *hand_written(crowds.BLOCKS, "st_crowds"),
    *hand_written(homework.BLOCKS, "st_homework"),
    *hand_written(household.BLOCKS, "st_household"),
    *hand_written(armed.BLOCKS, "st_armed"),
    *hand_written(milestone.BLOCKS, "st_milestone"),
    *hand_written(overstated.BLOCKS, "st_overstated"),
    *hand_written(newsdesk.BLOCKS, "st_newsdesk"),
    *hand_written(stories.BLOCKS, "st_stories"),
    *hand_written(stillhere.BLOCKS, "st_stillhere"),
]


def _make_rows(
    g: Gen, plan: Sequence[tuple[str, str, Maker, int]], seen: set[str], out: list[Example]
) -> None:
    """Make ``plan``'s rows into ``out``, each styled as people type (or buried in a long
    post), skipping texts already ``seen``."""
    for label, family, maker, count in plan:
        made = 0
        attempts = 0
        while made < count and attempts < count * 6:
            attempts += 1
            core, sub = maker(g)
            core = " ".join(core.split())
            if g.rng.random() < LONG_POST_SHARE:
                # heavy sentences as often around a risk message as around venting, so that
                # sadness without intent does not read as risk (the long-form posts below too)
                heavy = 0.4 if label == "self_harm" or family == "venting" else 0.1
                text, style = long_post(g, core, heavy), "long"
                if g.rng.random() < 0.5:
                    text = text.lower()
            else:
                text, style = _style(g, _wrap(g, core) if g.rng.random() < 0.5 else core)
            key = normalize_text(text)
            if not key or key in seen:
                continue
            seen.add(key)
            out.append(Example(text, label, f"{label}/{family}/{sub}", style))
            made += 1


def build(seed: int = SEED) -> list[Example]:
    """The whole corpus, deterministic for a seed, without duplicate texts."""
    g = Gen(seed)
    out: list[Example] = []
    seen: set[str] = set()
    _make_rows(g, PLAN, seen, out)
    for label, family, long_maker, count in LONGFORM_PLAN:
        made = 0
        attempts = 0
        while made < count and attempts < count * 6:
            attempts += 1
            text, sub, style = long_maker(g)
            key = normalize_text(text)
            if not key or key in seen:
                continue
            seen.add(key)
            out.append(Example(text, label, f"{label}/{family}/{sub}", style))
            made += 1
    _make_rows(g, LATE_PLAN, seen, out)
    return out
