"""Forum posts as people write them in public support and teen communities, on both sides of
the line, for the safety-filter's training corpus, made from templates written for this
project.

    PLAN_ENTRIES -> [(label, family, maker, how many)]   # rows for corpus.PLAN / LATE_PLAN
    maker(g) -> (text, sub)                              # one post and its sub-family

What these families teach (concepts, not sentences):

- The rest of the corpus is mostly a school student's voice. Real posts come from adults
  too, in every life situation: a lay-off, debt, a divorce, chronic pain, addiction, an
  abusive past, bullying, a family that rejected someone for being gay or trans, grief,
  loneliness, failing a degree, a veteran's nightmares, an eating disorder, caring for a
  parent, a visa running out, a breakup. Each situation is told the same way whatever the
  label, so that the story never predicts the label: only what the writer means to do does.
- ``self_harm``: intent said outright ("i want to kill myself"), or only as a decision, a
  date, letters, a stockpile, a last post, a place they keep looking at, everyone being
  better off; ambivalence ("part of me still hopes someone talks me out of it"), a plea for
  a reason to stay, the thoughts coming back after a good stretch.
- ``benign``: the same stories and the same sad words without intent (empty, numb, tired of
  everything, nothing matters lately); teen forum chatter full of "i'm dying" hyperbole;
  questions about therapy and medication; recovery told in the past tense, over; talk about
  a stranger's or a celebrity's suicide in the news; supporting a partner who is low but
  safe; essays on suicide statistics and prevention; grief for someone who died of an
  illness.
- ``concern_for_other``: a writer worried that a friend, partner, parent, child, sibling or
  roommate is suicidal or hurting themselves, with the backstory and the sign that worried
  them (a goodbye on a story, a console given away, a note found, pills counted).

Rules of this file (those of ``signals.py``):

- Everything here was written for this project. No sentence of the evaluation corpora nor a
  close paraphrase of one, and nothing taken from a public dataset.
- Nothing is imported from ``corpus.py`` (which loads this file): a maker takes
  ``corpus.Gen`` duck-typed as ``tutoring.GenLike``.
- Deterministic: all randomness comes from ``g.rng``.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # the makers' types are tutoring.py's (nothing of it is needed at run time)
    from .tutoring import GenLike, Maker, Slots

__all__ = [
    "PLAN_ENTRIES",
    "bn_academic",
    "bn_advice",
    "bn_fragment",
    "bn_grief",
    "bn_news",
    "bn_recovery",
    "bn_support",
    "bn_teen",
    "bn_vent",
    "co_post",
    "sh_ambivalent",
    "sh_direct",
    "sh_indirect",
    "sh_relapse",
    "sh_short",
]


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


# ============================================================================================
# Typing: how a forum post looks once written
# ============================================================================================

_SLANG = (
    ("i'm ", "im "),
    ("don't", "dont"),
    ("can't", "cant"),
    (" because ", " cuz "),
    (" really ", " rly "),
    (" you ", " u "),
    (" to be honest", " tbh"),
    (" i don't know", " idk"),
    (" right now", " rn"),
    (" though", " tho"),
    (" something", " smth"),
    (" people ", " ppl "),
    (" probably ", " prob "),
)

_MISSPELL = (
    ("because", "becuase"),
    ("definitely", "definately"),
    ("a lot", "alot"),
    ("really", "realy"),
    ("anymore", "any more"),
    ("tomorrow", "tommorow"),
    ("until", "untill"),
    ("their", "there"),
    ("believe", "beleive"),
    ("weird", "wierd"),
    ("friend", "freind"),
    ("embarrassed", "embarassed"),
    ("separate", "seperate"),
    ("going to", "gonna"),
    ("want to", "wanna"),
)


def _typo(g: GenLike, text: str) -> str:
    """One slip of the thumb in a word of four letters or more (swap, drop or double)."""
    words = text.split(" ")
    long_ = [i for i, w in enumerate(words) if len(w) >= 4 and w.isalpha()]
    if not long_:
        return text
    i = g.rng.choice(long_)
    w = words[i]
    j = g.rng.randrange(1, len(w) - 1)
    kind = g.rng.random()
    if kind < 0.4:
        w = w[:j] + w[j + 1] + w[j] + w[j + 2 :]
    elif kind < 0.7:
        w = w[:j] + w[j + 1 :]
    else:
        w = w[:j] + w[j] + w[j:]
    words[i] = w
    return " ".join(words)


def _cap(s: str) -> str:
    s = s[:1].upper() + s[1:]
    return re.sub(r"\bi\b", "I", s)


def _end(g: GenLike, s: str) -> str:
    if s[-1:] in ".?!":
        return s
    return s + str(g.pick([".", ".", ".", ".", ".", ".", ".", "!", "...", "..."]))


def _type(g: GenLike, sentences: Sequence[str]) -> str:
    """A post as typed: tidy paragraphs, lower case, a run-on, typos or chat spellings."""
    parts = [" ".join(s.split()).strip() for s in sentences if s.strip()]
    parts = [p.rstrip(".") if p[-1:] == "." and not p.endswith("...") else p for p in parts]
    r = g.rng.random()
    if r < 0.25:  # tidy
        text = " ".join(_end(g, _cap(p)) for p in parts)
    elif r < 0.38:  # paragraphs
        out: list[str] = []
        para: list[str] = []
        for p in parts:
            para.append(_end(g, _cap(p)))
            if len(para) >= 2 and g.rng.random() < 0.45:
                out.append(" ".join(para))
                para = []
        if para:
            out.append(" ".join(para))
        text = "\n\n".join(out)
    elif r < 0.62:  # lower case, loose punctuation
        text = parts[0]
        for p in parts[1:]:
            text += g.pick([". ", ". ", ", ", ". ", " ", "... "]) + p
        if g.rng.random() < 0.4:
            text = text.replace("'", "")
    elif r < 0.76:  # run-on
        text = parts[0]
        for p in parts[1:]:
            if p.startswith(("and ", "but ", "so ")):
                text += " " + p
            else:
                text += g.pick([" ", " ", " and ", " but ", " like ", " so ", " and like "]) + p
        text = re.sub(r"[^\w\s']", "", text)
        if g.rng.random() < 0.6:
            text = text.replace("'", "")
    elif r < 0.88:  # misspelt
        text = ". ".join(parts)
        for a, b in _MISSPELL:
            if a in text and g.rng.random() < 0.5:
                text = text.replace(a, b)
        for _ in range(g.rng.randint(1, 3)):
            text = _typo(g, text)
    else:  # chat spellings
        text = " " + ". ".join(parts) + " "
        for a, b in _SLANG:
            if g.rng.random() < 0.7:
                text = text.replace(a, b)
        text = text.strip()
    return text


# ============================================================================================
# Shared slots
# ============================================================================================

SLOTS: Slots = {
    "age": ["19", "22", "24", "26", "28", "31", "34", "37", "41", "45", "52", "58", "63"],
    "teen_age": ["14", "15", "16", "17", "13"],
    "yrs": ["two", "three", "five", "six", "eight", "ten", "twelve", "fifteen", "twenty"],
    "months": ["two", "three", "four", "six", "eight", "nine", "eleven"],
    "month": ["january", "march", "april", "june", "august", "september", "october",
              "november", "the spring", "the summer", "the fall", "the winter"],
    "weekday": ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"],
    "money": ["$14k", "$30,000", "about 40 grand", "$8,000", "nearly 60k", "£12,000",
              "around $22k", "more than i make in a year"],
    "big_n": ["200", "300", "150", "400", "a hundred and twenty", "250"],
    "job": ["warehouse", "call centre", "hospital", "bank", "restaurant", "factory",
            "tech company", "school", "hotel", "trucking company", "law firm", "store"],
    "condition": ["fibromyalgia", "a spinal injury", "crohn's", "chronic migraines",
                  "endometriosis", "nerve damage in my leg", "lupus", "rheumatoid arthritis",
                  "long covid", "ms", "a back injury from work", "trigeminal neuralgia"],
    "illness": ["cancer", "kidney failure", "heart failure", "parkinson's", "copd",
                "a brain tumour", "diabetes complications", "epilepsy"],
    "identity": ["gay", "bi", "trans", "a lesbian", "nonbinary", "queer", "pan"],
    "subject": ["organic chem", "calc 2", "anatomy", "my stats module", "accounting",
                "physics", "the clinical placement", "my dissertation"],
    "place": ["afghanistan", "iraq", "the desert", "two deployments overseas"],
    "ex": ["my ex-wife", "my ex-husband", "my ex", "my wife", "my husband", "my partner",
           "my fiance", "my girlfriend", "my boyfriend"],
    "kin": ["mom", "dad", "sister", "brother", "son", "daughter", "wife", "husband",
            "grandma", "best friend", "parents", "kids"],
    "pet": ["cat", "dog", "cats", "rabbit", "old dog", "parrot"],
    "pills": ["my sleeping pills", "my pain meds", "my antidepressants", "my mom's pills",
              "the oxy from my surgery", "my insulin", "my seroquel", "my gabapentin",
              "my prescriptions", "the pills i've been hoarding"],
    "holiday": ["christmas", "thanksgiving", "new year", "my birthday", "easter", "summer",
                "the end of the month", "my daughter's birthday", "spring"],
    "date": ["the 14th", "this friday", "the 1st", "next sunday", "my birthday",
             "the anniversary of her death", "the last day of the month", "the 23rd"],
    "spot": ["the bridge on the way to work", "the overpass near my apartment",
             "the train tracks behind the school", "the parking garage downtown",
             "the cliffs by the coast", "the river near my house", "the highway bridge",
             "the top floor of my building"],
    "med": ["sertraline", "zoloft", "lexapro", "prozac", "wellbutrin", "effexor",
            "escitalopram", "fluoxetine", "bupropion", "venlafaxine", "mirtazapine",
            "lamotrigine", "abilify"],
    "game": ["valorant", "fortnite", "minecraft", "roblox", "apex", "rocket league",
             "genshin", "overwatch", "cod", "smash"],
    "sib": ["little brother", "little sister", "older sister", "older brother", "twin"],
    "store": ["target", "mcdonald's", "a bakery", "the movie theater", "chick fil a",
              "a pet store", "the grocery store", "starbucks"],
    "color": ["blue", "pink", "green", "purple", "bleach blonde", "red", "black"],
    "class": ["chem", "math", "english", "spanish", "history", "bio", "gym", "physics",
              "health class"],
    "event": ["the concert", "homecoming", "the party", "prom", "the sleepover",
              "the football game", "the mall", "my friend's birthday"],
}  # fmt: skip


def _fill(g: GenLike, template: str, extra: Slots | None = None) -> str:
    text = g.fill(template, {**SLOTS, **extra} if extra else SLOTS)
    return re.sub(r"\s+([,.])", r"\1", " ".join(text.split()))


# ============================================================================================
# Situations: the backstory of a post, told alike whatever the label
# ============================================================================================

SITUATIONS: dict[str, list[str]] = {
    "job_loss": _lines("""
i got laid off in {month} after {yrs} years at the same {job}
the {job} closed and they let all of us go the same afternoon
i've sent out {big_n} applications since and heard back from maybe three
my unemployment runs out at the end of the month
i'm {age} and i'm moving back into my old bedroom at my parents' place
i haven't told my wife yet, i drive around all day so she thinks i still have a job
the severance money is almost gone
every rejection email feels like a judgement on me as a person
i used to manage a team and now i can't get an interview stacking shelves
they fired me over a mistake that wasn't even mine
i got walked out of the building by security with my stuff in a box
my whole identity was that job
i had to sell my car to cover the mortgage this month
i keep refreshing the job sites at 2am
"""),
    "debt": _lines("""
i owe {money} on credit cards and the number only goes up
the collection calls start at eight in the morning
i took out a payday loan to cover the last payday loan
we're three months behind on rent and the landlord has started the paperwork
they repossessed my car last week
i'm drowning in student loans for a degree i never finished
the bank sent a final notice about the house
i do the maths every night and it never works out
i've been skipping meals so my kids have enough
my partner doesn't know how bad it really is
i gambled away our savings and i've been hiding it for months
i can't open my mail anymore, it just piles up by the door
i had to ask my parents for money at {age} and it was humiliating
"""),
    "divorce": _lines("""
my wife told me she wants a divorce after {yrs} years
she moved out with the kids and i get them every other weekend
he's been seeing someone from work for a year and i was the last to find out
the house is going on the market and i have no idea where i'll live
the lawyer fees are eating every cent i have
i come home to a silent apartment every night
{ex} is already living with someone else
our friends picked sides and most of them didn't pick me
my kids look at me like a stranger now
i signed the divorce papers on {weekday}
i still wear my ring sometimes when nobody's around
i spent {yrs} years building a life that's gone in three months
"""),
    "pain": _lines("""
i've had {condition} for {yrs} years and the pain never properly stops
the doctors keep hinting that it's all in my head
i had to quit work because i can't sit for more than twenty minutes
i've tried every medication they offered and nothing really touches it
my surgery got pushed back again, that's the fourth time
i'm {age} and i walk with a cane
the pain wakes me up around 3am every night
my insurance denied the one treatment that might actually help
i got diagnosed with {illness} in {month}
i spend more time in waiting rooms than anywhere else
people see me on a good day and assume i'm faking the bad ones
i've cancelled on my friends so often they stopped inviting me
my body feels like it belongs to someone who hates me
"""),
    "addiction": _lines("""
i've been drinking every day since {month}
i was sober for {months} months and then i picked up again
i lost my licence after the dui
i spent the rent money on pills again
my sponsor stopped returning my calls
i've been in and out of rehab three times now
i hide bottles in the garage so my family won't see
the withdrawals are so bad i can't keep a job
i lost custody of my kids because of my using
every morning i promise myself that today is the last day
my family stopped lending me money, and honestly they're right to
i relapsed at my cousin's wedding in front of everyone
"""),
    "abuse": _lines("""
my stepdad abused me from when i was eight until i moved out
i've never told anyone what my uncle did to me
my mom used to lock me out of the house in the middle of winter
i still flinch when anyone raises their voice
my ex controlled everything, my money, my phone, who i could see
i left him two years ago but the nightmares haven't stopped
i was assaulted at a party in my first year of college
nobody in my family believed me when i finally told them
my therapist calls it complex ptsd
the flashbacks have been getting worse since {month}
he's going to be at my grandma's funeral and everyone expects me to act normal
i grew up thinking it was normal to be hit for spilling a drink
"""),
    "bullying": _lines("""
the kids on my bus call me names every single day
someone made a group chat just to make fun of me
they threw my backpack in the dumpster again
i eat lunch in a bathroom stall so nobody sees me alone
my coworkers go quiet and laugh when i walk into the break room
someone edited my face onto a disgusting picture and sent it to half the school
the teachers see it happen and do nothing
i switched schools once already and it started again within a month
they imitate the way i talk every time i answer a question in class
i got tripped in the hallway and everyone filmed it
i'm {teen_age} and i dread every single morning
"""),
    "lgbt": _lines("""
i came out to my parents as {identity} and my dad hasn't spoken to me since
my mom said she'd pray it away and that i'm just confused
they took my phone and said i'm going to a church camp this summer
my parents use my deadname on purpose, even in front of my friends
i got kicked out when i was seventeen and couch surfed for a year
my church told me i'm going to hell
i have to pretend to be straight every time i visit home
my family keeps asking when i'm going to bring a nice girl home
my partner is the only person who knows the real me
my grandparents said i'm not welcome at christmas unless i "dress normal"
i'm {teen_age}, i'm {identity}, and i live in a town where that's dangerous
"""),
    "grief_sudden": _lines("""
my mom died in {month} and i still reach for my phone to call her
my dad had a heart attack last year and never woke up
we lost our baby at twenty weeks
my brother died in a car crash on his way home from work
my best friend overdosed in {month}
my grandma basically raised me and she's gone now
my dog of fourteen years died in my arms
it's been a year and everyone acts like i should be over it
i couldn't even afford a proper funeral
i never got to say goodbye
"""),
    "lonely": _lines("""
i'm {age} and i've never been in a real relationship
i moved to a new city for work and i don't know a single person here
i haven't had a real conversation with anyone but cashiers in weeks
my phone only lights up for spam calls
i spent my birthday alone with a takeaway
all my friends got married and slowly drifted off
i work from home and some days i don't say a single word out loud
nobody texted me on christmas, not even my family
i tried a couple of meetup groups but i just stood by the snacks
i watch other people's lives through a screen and mine is just empty rooms
"""),
    "school": _lines("""
i failed {subject} for the second time and lost my scholarship
i'm on academic probation
i've been lying to my parents about my grades for a year
i dropped out of uni in {month} and haven't told anyone
my thesis advisor said my work isn't good enough to continue
i failed my nursing boards for the second time
everyone in my program seems smarter than me
i'm about to get kicked out of my phd program
i got rejected from every college i applied to
my parents spent their savings on my tuition and i'm wasting it
i haven't gone to a lecture since week three
"""),
    "veteran": _lines("""
i did {place} and came back a different person
i can't sleep without the tv on
fireworks send me straight back there
the va keeps losing my paperwork
i lost three guys from my unit
my wife says i'm not the man she married
i haven't held a job for more than a few months since i got out
i sit with my back to the wall in every restaurant
civilian life makes no sense to me
i keep going over that day and what i could have done differently
"""),
    "ed": _lines("""
i've been restricting since i was fourteen
i'm down to one small meal every other day
i throw up after almost everything i eat
my parents are talking about sending me to inpatient
i weigh myself six or seven times a day
my doctor said my heart rate is way too low
i binged again last night and spent the whole night hating myself
i can't look in mirrors anymore
recovery feels like giving up and getting fat and i can't face it
my hair is falling out and i'm cold all the time
"""),
    "carer": _lines("""
i've been looking after my mom since her stroke
i quit my job to take care of my husband, he has early onset dementia
my son is severely autistic and needs someone with him every hour
i haven't slept a full night in three years
my siblings live nearby and don't help at all
i haven't had a single day off since {month} two years ago
dad doesn't recognise me most days now
respite care costs more than we have
i love her, but i'm running on absolutely nothing
i'm {age} and my whole life is appointments and pill organisers
"""),
    "immigration": _lines("""
my visa runs out in {months} months and my employer won't sponsor me
i left my whole family behind to come here
my asylum hearing got postponed again
i can't work legally so i clean houses for cash
i send almost everything i earn back home
people talk to me like i'm stupid because of my accent
i haven't seen my mother in six years
i'm scared every time someone knocks on the door
my engineering degree doesn't count here so i stack shelves at night
english isn't my first language so sorry for mistakes
"""),
    "breakup": _lines("""
{ex} of {yrs} years left me for a coworker
he ended it the week before our wedding
i found out she'd been cheating the whole time
we had a whole future planned, we even picked names for kids
i still have a box of their stuff sitting by my door
they moved on in about two weeks
i moved across the country for this relationship and now i'm alone here
i keep checking her instagram even though it wrecks me every time
we were together since we were sixteen
i don't know who i am without them
"""),
    "housing": _lines("""
i've been sleeping in my car for three weeks
the shelter was full again last night
i got evicted in {month} and i've been couch surfing since
i shower at the gym so i can still go to work
everything i own fits in two bin bags
i'm on a waiting list for housing that's years long
"""),
    "newparent": _lines("""
i had my baby {months} months ago and i don't feel anything for her
i'm so sleep deprived i can barely string a sentence together
everyone keeps telling me this is the happiest time of my life
my partner went back to work after a week and i'm alone with the baby all day
i cry every time the baby cries
i was diagnosed with postpartum depression last month
"""),
}

# Sad and tired sentences, as many in benign posts as in risky ones (or more).
FEEL = _lines("""
i feel like a ghost in my own house
every day is the same grey nothing
i'm tired in a way that sleep doesn't fix
i've stopped answering my phone
i can't remember the last time i looked forward to something
i'm just going through the motions
nothing brings me any joy anymore
i cry in the car before i go inside
honestly i just feel numb
i hate the person i've turned into
i'm so tired of pretending to be fine
it's like screaming underwater and nobody hears it
my whole body feels heavy all the time
i don't recognise the person in the mirror
i keep letting everyone down
i'm running on fumes
i feel completely hopeless
nothing gets better no matter what i try
i feel empty, like someone scooped everything out
nothing matters lately
i'm so tired of everything
i can't get out of bed before noon most days
i haven't had a shower since sunday
i feel like i'm failing at being an adult
i've put on a brave face for so long it hurts
my brain is just static
i'm angry at everyone and i don't know why
i feel so alone
i can't focus long enough to read a page
everyone else seems to know how to live and i never got the manual
i'm exhausted by the smallest things
my apartment is a mess and i can't make myself care
the weekends are the worst because there's nothing to distract me
i feel like everyone is moving forward and i'm stuck
i'm so sick of feeling like this
i don't enjoy my hobbies anymore
i just sit in the dark scrolling for hours
i feel guilty all the time
i'm so lonely it's embarrassing
i keep thinking i'm useless at everything
i'm worn out
i feel like i'm drowning and everyone is watching from the shore
food doesn't taste like anything
i sleep fourteen hours and wake up tired
i feel like i'm always in the way
i can't stop crying at random times
i'm not living, i'm just existing
it feels like the world is going on without me
i'm so tired of being tired
""")

# Ordinary days, in posts of every label.
DAILY = _lines("""
i made pasta for dinner and ate maybe half of it
my coworker spent the whole morning talking about her holiday in greece
the washing machine broke again this week
i watched the same sitcom episodes i've seen a hundred times
my landlord finally fixed the heating after three weeks
i went to the shops and forgot half of what i went for
my sister sent a photo of her new baby in the family chat
the bus was packed so i walked the last two miles home
i have a dentist appointment on {weekday} that i keep meaning to cancel
i stayed up until 3am watching videos about deep sea fish
the neighbour's dog barks every time i open the door
my mom called to ask about the weather, as usual
i cleaned the kitchen for the first time in a week
we had a team meeting that could have been an email
i bought new plants and i've already forgotten to water them
it's been raining for five days straight here
i got a parking ticket outside the pharmacy
my best friend is getting married in {month} and i'm in the wedding party
i finished a whole puzzle by myself on sunday
my car made a weird noise on the way home from work
i started a new book but i've read the same page five times
my nephew drew me a picture of a dinosaur
i made it to the gym twice this week, which is a record
""")

OPENERS = _lines("""
throwaway account for obvious reasons
i don't usually post but i need to say this somewhere
i've been lurking here for a long time
first post here, sorry if i'm doing this wrong
i don't know where else to put this
mobile, sorry about formatting
not sure this is the right sub
i need to get this out of my head
i've written this post four times and deleted it
it's 4am and i can't sleep
long post ahead
i can't talk to anyone i know about this
using a new account because my family follows my main
where do i even start
""")

ASIDES = _lines("""
my cat is sitting on my keyboard while i type this
sorry, my english isn't great
i'm typing this in the bathroom at work
the neighbours are having a party and i can hear it through the wall
i've had three coffees and no food today
i'm in my car in a parking lot right now
it's raining and the power keeps flickering
i'm writing this on my lunch break
my phone is on five percent
i've had the same song on repeat for an hour
the dog keeps looking at me like he knows
""")

CLOSERS = _lines("""
idk why i'm posting this
thanks for reading
sorry for the wall of text
thanks if you read all that
i don't even know what i want from this post
i just needed someone to hear it
sorry this is all over the place
i'll probably delete this in the morning
sorry for rambling
that's it i guess
i don't expect anyone to reply
if you read this far, thank you
anyway
""")

TITLES_ANY = _lines("""
i can't keep doing this
so tired
vent
i don't know what to do anymore
long post
it keeps getting worse
everything is falling apart
just need to say it
what's wrong with me
one year later
""")


def _situation(g: GenLike, key: str | None = None) -> tuple[str, list[str]]:
    key = key or g.pick(list(SITUATIONS))
    return key, SITUATIONS[key]


def _sample(g: GenLike, pool: Sequence[str], n: int, extra: Slots | None = None) -> list[str]:
    return [_fill(g, s, extra) for s in g.rng.sample(list(pool), min(n, len(pool)))]


def _compose(
    g: GenLike,
    core: Sequence[str],
    ctx: Sequence[str],
    feel: Sequence[str],
    *,
    title: Sequence[str] = (),
    extra: Slots | None = None,
) -> str:
    """Backstory first (mostly in its order), feelings mixed in, the core lines in the second
    half or at the very start or end, then an opener, an aside and a closer now and then."""
    body = list(ctx)
    for f in feel:
        body.insert(g.rng.randint(min(1, len(body)), len(body)), f)
    if core:
        r = g.rng.random()
        if r < 0.15 or not body:
            pos = 0
        elif r < 0.35:
            pos = len(body)
        else:
            pos = g.rng.randint(len(body) // 2, len(body))
        for i, c in enumerate(core):
            body.insert(pos + i, c)
    if g.rng.random() < 0.15:
        body.insert(g.rng.randint(0, len(body)), g.pick(ASIDES))
    if g.rng.random() < 0.3:
        body.insert(0, g.pick(OPENERS))
    if g.rng.random() < 0.35:
        body.append(g.pick(CLOSERS))
    if title and g.rng.random() < 0.2:
        body.insert(0, g.pick(title))
    return _type(g, [_fill(g, s, extra) for s in body])


# ============================================================================================
# self_harm: intent said outright
# ============================================================================================

SH_DIRECT = _lines("""
i want to kill myself
i want to kill myself and i'm not saying that for attention
i'm going to kill myself {soon_k}
i'm going to end my life {soon}
i've decided to end my life {soon}
i don't want to be alive anymore, i want it over
i want to die, i mean it
i want to be dead
honestly suicide feels like the only door left
i'm planning to take my own life {soon}
i've been looking up the most painless way to kill myself
i'm ready to die
i'm going to end it {soon}
i'm going to overdose on {pills} {soon}
i keep thinking about driving my car into a tree on the way home and i want to
i want to jump from {spot}
i'm going to hang myself {soon}
i want my life to be over
i'm going to do it {soon}, i'm going to kill myself
i want to die more than i've ever wanted anything
i've been suicidal for {yrs} years and i'm done fighting it, i'm going to kill myself
i can't do this anymore, i want to die
i'm so close to killing myself
suicide is all i think about now and i'm going to go through with it
i want to stop existing, i want to die
i just want to die so the pain stops
i'm done, i'm going to end my life
i'm going to take every pill in the house {soon}
killing myself is the only plan i have left
i tried to kill myself in {month} and i'm going to try again
""")

SH_SOON = {
    "soon": ["tonight", "this weekend", "soon", "on {weekday}", "before {holiday}",
             "after the kids go to bed", "when my shift ends", "after payday", "this week",
             "once the house is empty", "", "", ""],
    "soon_k": ["before {holiday}", "after the kids go to bed", "when my shift ends",
               "after payday", "once the house is empty", "the minute everyone's asleep",
               "before the month is out", "", ""],
}  # fmt: skip

SH_TITLES = _lines("""
goodbye
i'm done
last post
can't anymore
this is it
tonight
i'm sorry
""")


def _ctx(g: GenLike, sizes: Sequence[int], second: float = 0.25) -> tuple[str, list[str]]:
    """Backstory sentences of one situation, and now and then of a second one too (a lay-off
    and a divorce, grief and drinking)."""
    key, pool = _situation(g)
    ctx = _sample(g, pool, g.rng.choice(sizes))
    if ctx and g.rng.random() < second:
        _, pool2 = _situation(g)
        ctx += _sample(g, pool2, g.rng.choice((1, 2, 3)))
    return key, ctx


def _sh_ctx(g: GenLike) -> tuple[str, list[str], list[str]]:
    """Less backstory than a benign post: a risk class weighs as much as the benign class
    in training (several times its rows' weight), so the same story told as often in risk
    posts would make the story itself read as risk."""
    key, ctx = _ctx(g, (0, 0, 1, 1, 1, 2, 2, 3, 4), second=0.12)
    feel = _sample(g, FEEL, g.rng.choice((0, 0, 0, 1, 1, 2)))
    if ctx and g.rng.random() < 0.15:
        ctx.insert(g.rng.randint(1, len(ctx)), _fill(g, g.pick(DAILY)))
    return key, ctx, feel


def sh_direct(g: GenLike) -> tuple[str, str]:
    """A situation and the words "kill myself", "end my life", "want to die"."""
    key, ctx, feel = _sh_ctx(g)
    core = [_fill(g, g.pick(SH_DIRECT), SH_SOON)]
    return _compose(g, core, ctx, feel, title=SH_TITLES + TITLES_ANY), f"{key}_direct"


# ============================================================================================
# self_harm: intent without a death word
# ============================================================================================

SH_INDIRECT = _lines("""
i've made up my mind
i've made up my mind and honestly it's the calmest i've felt all year
{date} is the day
i've set a date
this is my last post
this will be the last thing i write here
i've written letters to my {kin} and put them in my desk drawer
i've been stockpiling {pills} for {months} weeks
i have enough of {pills} saved up now
everyone will be better off once i'm gone
my {kin} will be better off without me dragging them down, and soon they will be
i don't plan on being here by {holiday}
i don't plan on seeing {holiday}
i keep looking at {spot} and thinking how easy it would be
i drove to {spot} last night and sat there for an hour, next time i'm not driving home
tonight's the night
i gave my {pet} to my sister and told her it was only for a while
i wrote down all my passwords and left them for my {kin}
i've said my goodbyes and nobody even noticed
i cancelled all my appointments for next month, i won't need them
i won't be around to see {holiday}
i picked out the spot and i've checked it twice
this time i'm not going to fail
i made sure the life insurance pays out and updated the beneficiary
i'm tired of fighting so i'm checking out
i don't see myself making it to {age}
i've been giving my things away and telling people it's decluttering
i just want to not exist anymore
i want everything to stop, permanently
i'm going to {spot} after work and i'm not coming back
my {kin} will find the letters on {weekday}
i bought the rope today
i already know how i'm going to do it
i've been practising tying the knot
once my {pet} is gone there's nothing keeping me here
i've left instructions for who gets my {pet}
i deleted everything and sent one last message to my {kin}
i've stopped taking my meds so i can save them up
the note is written and folded in my wallet
i won't need to worry about the rent next month
nobody will have to deal with me after {weekday}
i've been saying goodbye to places without anyone knowing
i counted out the tablets and lined them up on the counter
i'm just waiting until everyone leaves for the weekend
i keep measuring the drop from my balcony
""")


def sh_indirect(g: GenLike) -> tuple[str, str]:
    """A decision, a date, letters, a stockpile, a place, a last post: no death word."""
    key, ctx, feel = _sh_ctx(g)
    core = [_fill(g, g.pick(SH_INDIRECT))]
    if g.rng.random() < 0.3:
        core.append(_fill(g, g.pick(SH_INDIRECT)))
    return _compose(g, core, ctx, feel, title=SH_TITLES + TITLES_ANY), f"{key}_indirect"


# ============================================================================================
# self_harm: ambivalence, a plea for reasons, the thoughts back after a good stretch
# ============================================================================================

SH_AMBI = _lines("""
part of me wants to live but the bigger part has already decided
part of me hopes someone talks me out of it before {soon_bare}
please give me one reason not to do it tonight
i'm scared because i'm not scared of dying anymore
i'm sitting here with {pills} next to me and part of me hopes someone answers
i keep going back and forth, and tonight i'm leaning towards doing it
i promised my {kin} i wouldn't, but i don't think i can keep that promise
why should i stay, honestly, tell me
the only thing keeping me alive is my {pet} and i'm not sure that's enough anymore
i've been suicidal for years and this is the closest i've ever come
i don't know if i want to die or just want everything to stop, but i'm going to find out
can someone give me a reason to stay alive because i can't find one
i called the hotline and hung up, i don't want to be talked down this time
i'm holding on by a thread and the thread is fraying
i'm only still here because i don't want my {kin} to be the one who finds me
i want to die but i'm scared it'll hurt
tell me why i shouldn't end it, i'm serious
every night i tell myself one more day, and i'm running out of reasons
i have the plan, i just need to stop being a coward about it
i'm posting this because i'm about to kill myself and i want one person to know
""")

SH_AMBI_SLOTS: Slots = {"soon_bare": ["the weekend", "friday", "tonight", "payday", "monday"]}


def sh_ambivalent(g: GenLike) -> tuple[str, str]:
    key, ctx, feel = _sh_ctx(g)
    core = [_fill(g, g.pick(SH_AMBI), SH_AMBI_SLOTS)]
    if g.rng.random() < 0.25:
        core.insert(0, _fill(g, g.pick(SH_DIRECT + SH_INDIRECT), SH_SOON))
    return _compose(g, core, ctx, feel, title=TITLES_ANY), f"{key}_ambivalent"


SH_RELAPSE_PAST = _lines("""
i was doing so well, {months} months without a single suicidal thought
last year i got help and things were actually okay for a while
i finished therapy in {month} and my therapist said i was ready
i thought i was finally past all this
i got a new job, a new apartment, i was actually happy for a bit
i hadn't thought about dying since my last hospital stay
""")

SH_RELAPSE_NOW = _lines("""
and now the thoughts are back and louder than ever, i want to die
but here i am again, making a plan
but i stopped my meds and now i want to end it again
but it all fell apart and i want to kill myself again
but the urge to end it came back this week and i'm not fighting it this time
but i've started stockpiling {pills} again
and now i'm back at {spot} every night thinking about it
but i want to die again and i'm so ashamed i can't tell anyone
but this time i don't think i'm going to survive it, and i don't want to
but i've written the letters again and this time i'll use them
""")


def sh_relapse(g: GenLike) -> tuple[str, str]:
    """Ideation back after a good stretch: the past tense does not make it safe."""
    key, ctx, feel = _sh_ctx(g)
    core = [_fill(g, g.pick(SH_RELAPSE_PAST)), _fill(g, g.pick(SH_RELAPSE_NOW))]
    return _compose(g, core, ctx[:2], feel), f"{key}_relapse"


def sh_short(g: GenLike) -> tuple[str, str]:
    """Two or three sentences: a line of context or feeling, and the intent."""
    key, pool = _situation(g)
    lead = _fill(g, g.pick(pool if g.rng.random() < 0.6 else FEEL))
    r = g.rng.random()
    if r < 0.4:
        core = _fill(g, g.pick(SH_DIRECT), SH_SOON)
    elif r < 0.8:
        core = _fill(g, g.pick(SH_INDIRECT))
    else:
        core = _fill(g, g.pick(SH_AMBI), SH_AMBI_SLOTS)
    parts = [lead, core] if g.rng.random() < 0.7 else [core, lead]
    if g.rng.random() < 0.3:
        parts.append(g.pick(CLOSERS + FEEL))
    return _type(g, parts), f"{key}_short"


# ============================================================================================
# benign: the same stories and feelings, no intent
# ============================================================================================

BN_TURN = _lines("""
i'm not suicidal or anything, i just feel like i'm wasting my life
i don't want to die, i want to want things again
i have an appointment with my gp on {weekday} to talk about meds
i started seeing a therapist and it's slow but it's helping a bit
my {pet} is the reason i get up in the morning and honestly that's enough for now
does anyone else feel like this
how do you get motivated when everything feels pointless
is it normal to feel this flat on {med}
i'm safe, i just need to vent
tomorrow i'm calling the employee assistance line
i applied to three jobs today, small wins i guess
i'm trying to be patient with myself
i know this is temporary, it just doesn't feel like it
i went for a walk today for the first time in a week
my sister is coming to stay for a few days and that helps
i'm going to a support group on {weekday}, first time
how do people keep going when everything goes wrong at once
any advice for getting through the bad weeks
i just want to feel like myself again
i'm not giving up, i'm just really tired
i booked a doctor's appointment, so that's something
i know i need help, i just don't know where to start
my counsellor says this is grief and it comes in waves
i made a list of small things to do each day and crossed off two
i'm going to keep going, i just needed to say how hard it is
i called my brother last night and it helped more than i expected
i'm going to sleep and try again tomorrow
i want to move somewhere new and start fresh
i'm looking into a debt charity that helps with payment plans
i'm meeting a career advisor next week
i joined a gym just to have somewhere to go
i'm thinking about going back to meetings
i'm on day {months} sober again and i'm holding on to that
i'm looking for a trauma therapist who does emdr
my doctor upped my dose and i'm waiting to see
i'm so fed up with everything but i'm still here and still trying
i'm not going to kill myself, i just wish my life looked different
i'd never actually end my life, my kids need me, i'm just so worn down
i don't want to die, i want a break from my own head
i'm not going to hurt myself, i promised myself that years ago and i keep it
to be clear i'm not suicidal, i'm just sad and angry
i'm not planning anything, i just needed to put this somewhere
i won't do anything stupid, i just feel like everything is slipping
suicide isn't on the table for me, i just don't know how to fix this
honestly i'd love to disappear to a cabin in the woods for a month
""")


def bn_vent(g: GenLike) -> tuple[str, str]:
    """A hard situation and sad words, without intent (a turn to coping, a question, or
    nothing at all)."""
    key, ctx = _ctx(g, (1, 2, 2, 3, 3, 4, 5, 6))
    feel = _sample(g, FEEL, g.rng.choice((0, 1, 1, 2, 2, 3, 4, 5)))
    for _ in range(g.rng.choice((0, 0, 1, 1, 2, 3))):
        ctx.insert(g.rng.randint(1, len(ctx)), _fill(g, g.pick(DAILY)))
    core: list[str] = []
    if g.rng.random() < 0.65:
        core = [_fill(g, g.pick(BN_TURN))]
    return _compose(g, core, ctx, feel, title=TITLES_ANY), f"{key}_vent"


FRAGMENT_POOLS: list[tuple[str, int]] = [("situation", 5), ("feel", 3), ("daily", 1),
                                          ("meta", 1), ("turn", 1)]  # fmt: skip


def bn_fragment(g: GenLike) -> tuple[str, str]:
    """A stretch of a post without a turn (a line or three of backstory, feeling or an
    ordinary day): each sentence of a long post is scored on its own, and these are safe."""
    parts: list[str] = []
    sub = "situation"
    for _ in range(g.rng.choice((1, 1, 2, 2, 3))):
        sub = g.rng.choices([n for n, _ in FRAGMENT_POOLS], [w for _, w in FRAGMENT_POOLS])[0]
        if sub == "situation":
            pool = _situation(g)[1]
        elif sub == "feel":
            pool = FEEL
        elif sub == "daily":
            pool = DAILY
        elif sub == "meta":
            pool = OPENERS + CLOSERS + ASIDES
        else:
            pool = BN_TURN
        parts.append(_fill(g, g.pick(pool)))
    return _type(g, parts), f"fragment_{sub}"


# ============================================================================================
# benign: teen forum chatter, hyperbole and small dramas
# ============================================================================================

TEEN = _lines("""
my crush liked my story from three days ago, what does that mean
who else is awake at 3am for no reason
my mom said i can't go to {event} because i "have an attitude"
i'm literally dying of boredom in {class} rn
rate my desk setup, i finally got the led strips
bro the {class} test killed me, i'm so cooked
anyone wanna play {game} later, i need a duo
i just found out my {sib} read my diary and told everyone at dinner
got my first job at {store}!! first paycheck next week
my group project partners have done nothing and it's due tomorrow, i'm going to lose it
my dad tried to say "rizz" at dinner and i wanted to evaporate
does anyone else's school ban phones now, it's actually insane
i dyed my hair {color} and my parents are acting like i got a face tattoo
prom is in three weeks and i still don't have a date, kill me lol
this is your sign to drink water and go to sleep
upvote if you're procrastinating right now
i'm {teen_age} and i just beat my dad at arm wrestling, he's devastated
my teacher called me by my sister's name in front of everyone, i'm dead
what's the most embarrassing thing you've done in front of your crush
i have a test tomorrow and i'm watching cat videos instead, send help
my {sib} keeps stealing my hoodies and denies it
i got a 98 on my {class} final and nobody at home even cared lol
my friend group made a new group chat without me and i found out by accident
i'm so tired of school, wake me up when it's summer
should i text him first or is that desperate
i accidentally called my teacher "bro" and she just stared at me
my mom took my phone for a week because i got a c in {class}
who else's parents make them go to family dinners they hate
i ate a whole pizza by myself and i have zero regrets
i have no idea what i want to do after high school and everyone keeps asking
my {sib} is so annoying, she sings the same song all day
i finally hit diamond in {game} after months, let's go
why do teachers give homework over break, it's illegal
i laughed so hard at lunch milk came out of my nose, i want to die of embarrassment
i'm literally going to die if i have to sit through another assembly
my parents grounded me for sneaking out to {event} and honestly worth it
i got asked to homecoming with a poster and i'm screaming
does anyone know how to get over a crush on your best friend
my dog ate my airpod, i'm not even joking
anyone else feel like they peaked in fifth grade lol
sorry for posting again but i'm so bored
my friends forgot my birthday and i'm kind of sad tbh
i'm failing {class} and my parents are going to kill me when they see my report card
i just want to sleep for a week after exams
my {sib} got a car for their birthday and i got socks, how is that fair
i'm so awkward, i said "you too" when the waiter said enjoy your meal
my art teacher said my painting was "interesting" and i can't stop thinking about it
the cafeteria pizza today was a crime against humanity
honestly high school is mid
my best friend is moving away this summer and i'm going to miss her so much
does anyone else get anxious before presentations, how do you deal
i got my learner's permit today and i almost hit a mailbox
rating everyone's lunch in my head because i'm bored
i need a new show to watch, i finished everything
i failed my driving test and i want to crawl under a rock forever
""")

TEEN_TAIL = [""] * 6 + _lines("""
lol
ngl
help
💀
anyway
someone reply i'm bored
this sub is the only place i can say this
thoughts?
pls
""")


def bn_teen(g: GenLike) -> tuple[str, str]:
    lines = g.rng.sample(TEEN, g.rng.choice((1, 1, 1, 2, 2, 3)))
    parts = [_fill(g, s) for s in lines]
    tail = g.pick(TEEN_TAIL)
    if tail:
        parts.append(tail)
    if g.rng.random() < 0.15:
        parts.insert(0, _fill(g, "i'm {teen_age}"))
    return _type(g, parts), "teen_chatter"


# ============================================================================================
# benign: questions about depression, therapy and medication
# ============================================================================================

ADVICE_Q = _lines("""
how do i tell my parents i want to see a therapist
my doctor started me on {med}, how long until it actually starts working
has anyone tried {med}, what were the side effects like
how do i find a therapist who takes my insurance
is it worth trying meds again after the first ones didn't work
my therapist wants me to try cbt, has anyone done it, did it help
how do you manage depression when you have to work full time
i think i might have depression, how do i get diagnosed
coming off {med} and the brain zaps are awful, does anyone have tips
how do you explain depression to a partner who's never had it
is it normal to feel worse the first two weeks on {med}
what do you actually say at your first therapy appointment
how did you know when it was time to switch therapists
how do i ask my boss for time off for mental health without oversharing
does exercise actually help or is that just something people say
what are some cheap ways to get therapy if you're a student
my gp wants to double my dose of {med}, anyone been on the higher dose
is it okay to cry the whole time in therapy
how long did it take you to feel normal after starting {med}
does anyone have a morning routine that helps with depression
what's the difference between a psychologist and a psychiatrist
can you go to therapy without your parents knowing if you're {teen_age}
i keep cancelling on my therapist, how do i stop doing that
do light therapy lamps actually do anything
how do i get back into a routine after months of depression
""")

ADVICE_CTX = _lines("""
i've been feeling low for most of this year
i finally admitted to myself that something's wrong
my friends have noticed i've been off lately
it started after {ex} and i split up
i've never done therapy before
i tried {med} two years ago and stopped after a month
work has been brutal and it's getting to me
my sleep has been a mess since {month}
i'm not in any danger, i just want to feel better
my mom has depression too so i think it runs in the family
i'm a bit embarrassed to ask this
i'm {age} and this is the first time i've asked for help
""")


def bn_advice(g: GenLike) -> tuple[str, str]:
    ctx = _sample(g, ADVICE_CTX, g.rng.choice((0, 1, 1, 2, 3)))
    if g.rng.random() < 0.3:
        ctx += _sample(g, FEEL, 1)
    q = [_fill(g, g.pick(ADVICE_Q))]
    if g.rng.random() < 0.2:
        q.append(_fill(g, g.pick(ADVICE_Q)))
    parts = ctx + q if g.rng.random() < 0.75 else q + ctx
    if g.rng.random() < 0.3:
        parts.append(g.pick(["thanks in advance", "any advice helps", "thank you", "tia"]))
    return _type(g, parts), "therapy_advice"


# ============================================================================================
# benign: recovery told in the past tense, over
# ============================================================================================

RECOV_THEN = _lines("""
a year ago i wanted to die
{yrs} years ago tonight i was in the er after an attempt
two winters ago i had a plan and a date
back when i lost my job i genuinely thought my family would be better off without me
when my divorce went through i spent months wanting to disappear for good
after the deployment i thought about ending it almost every day
at my lowest i weighed nothing and wanted even less to be alive
i used to post here every night when i was at my worst
during my first year sober i didn't think i'd make it
i spent most of {month} last year on a psych ward
""")

RECOV_NOW = _lines("""
today i {win}
this morning i {win}
last week i {win}
i'm still here, and last month i {win}
a few days ago i {win}
this year i {win}
""")

RECOV_WIN = {
    "win": ["held my niece for the first time", "started a new job that i actually like",
            "ran my first 5k", "signed the lease on my own place",
            "celebrated {months} months sober", "graduated", "got engaged",
            "laughed so hard i cried at a dumb movie", "adopted a second {pet}",
            "paid off the last of the debt", "finished my last therapy session",
            "went back to school", "had dinner with my dad and we actually talked",
            "planted a vegetable garden", "went a whole month without a bad day"],
}  # fmt: skip

RECOV_TAIL = _lines("""
it wasn't easy, but it did change
if you're where i was, please hold on and talk to someone
i didn't believe people when they said it gets better, so i get it if you don't either
therapy and the right meds did a lot of the work
i still have hard days, but they pass now
i just wanted to share a good thing for once
i'm so glad that version of me didn't win
the thoughts don't come around anymore
i wrote this for the person i was back then
thank you to whoever replied to me back then, you helped more than you know
""")


def bn_recovery(g: GenLike) -> tuple[str, str]:
    then = _fill(g, g.pick(RECOV_THEN))
    now = _fill(g, g.pick(RECOV_NOW), RECOV_WIN)
    parts = [then, now]
    _key, pool = _situation(g)
    if g.rng.random() < 0.5:
        parts.insert(1, _fill(g, g.pick(pool)))
    parts += _sample(g, RECOV_TAIL, g.rng.choice((0, 1, 1, 2)))
    return _type(g, parts), "recovery_past"


# ============================================================================================
# benign: a stranger's or a celebrity's suicide in the news; awareness
# ============================================================================================

NEWS = _lines("""
i just read that {celeb} died by suicide and i can't stop thinking about it
the news about {celeb} hit me harder than i expected
it's so strange to grieve someone you never met, but {celeb} got me through high school
why do news sites still print the details of how someone died, there are guidelines against that
a student at our local high school died by suicide last month and the school is holding an assembly
a guy from the other shift took his own life last weekend, we weren't close but all of us are shaken
this is your reminder that {pmonth} is suicide prevention month, check on your people
i watched a documentary about suicide in the farming community and it was eye opening
{celeb}'s family released a statement asking people to talk about mental health
it's been ten years since {celeb} died and i still listen to the last album
the comments on that news story about the suicide were disgusting, people have no empathy
our company is doing mental health first aid training after what happened to a colleague
the vigil for the kid from our town was packed, i didn't know him but i went
i keep seeing people say {celeb} was selfish and it makes me so angry
{celeb} talked so openly about depression, that's what makes it hurt
i think the way the show handled the suicide storyline was irresponsible
i lit a candle tonight for my cousin, it's six years since he took his life
my uncle died by suicide when i was little and we never talk about it as a family
""")

NEWS_SLOTS: Slots = {
    "celeb": ["the lead singer of a band i grew up with", "an actor from my childhood sitcom",
              "a youtuber i watched for years", "that famous chef from the travel show",
              "the comedian from the podcast", "a streamer i used to watch every night",
              "a football player from my home team", "the dj whose music i love",
              "that author who wrote my favourite series"],
    "pmonth": ["september", "this month"],
}  # fmt: skip

NEWS_TAIL = _lines("""
i just needed somewhere to talk about it
rest in peace
how do you process something like this
i hope their family is okay
it's a reminder that you never know what someone's going through
i'm okay, it's just heavy
the helpline numbers were in the article, which is good at least
""")


def bn_news(g: GenLike) -> tuple[str, str]:
    parts = [_fill(g, s, NEWS_SLOTS) for s in g.rng.sample(NEWS, g.rng.choice((1, 1, 2)))]
    parts += _sample(g, NEWS_TAIL, g.rng.choice((0, 1, 1, 2)))
    return _type(g, parts), "news_suicide"


# ============================================================================================
# benign: supporting someone who is low but safe
# ============================================================================================

SUPPORT_WHO = _lines("""
my girlfriend
my boyfriend
my husband
my wife
my partner
my best friend
my mom
my dad
my roommate
my sister
my brother
""")

SUPPORT = _lines("""
how do i support {who} who has depression
{who} was diagnosed with depression last month and i want to do this right
{who} has been really down since losing the job, what can i do to help
{who} is in therapy and on meds, but still low most days, any tips for me as the partner
{who} cries a lot lately because of the stress at work, how do i comfort them without fixing
{who} has seasonal depression every winter, what has helped your people
{who} doesn't want to leave the house on weekends anymore, should i push or let it be
{who} is grieving a parent and i never know what to say
how do i look after myself while supporting {who} through a depressive episode
{who} says they're not in danger, they just feel flat, how can i make things a bit lighter
{who} is starting therapy next week and is nervous, how do i encourage them
{who} got dumped and has been sad for two weeks, is that normal or should i worry
how do i get {who} to go to the doctor about their depression
""")

SUPPORT_SAFE = _lines("""
to be clear they're not suicidal, their therapist checked and they said so too
they're safe, it's more that they have no energy for anything
they have a good psychiatrist and a plan, i just want to be a good partner
they told me straight that they're not thinking of hurting themselves
we've talked about it openly and they're not at risk
they still go to work and see friends, they're just sad a lot
""")


def bn_support(g: GenLike) -> tuple[str, str]:
    slots = {"who": SUPPORT_WHO}
    parts = [_fill(g, g.pick(SUPPORT), slots)]
    if g.rng.random() < 0.75:
        parts.append(g.pick(SUPPORT_SAFE))
    if g.rng.random() < 0.4:
        parts.insert(
            0,
            _fill(
                g,
                g.pick(
                    [
                        "we've been together {yrs} years",
                        "we've lived together since {month}",
                        "we've been friends since school",
                        "i'm {age} and they're {age}",
                    ]
                ),
            ),
        )
    if g.rng.random() < 0.3:
        parts.append(g.pick(["any advice is welcome", "thank you", "what worked for you?"]))
    return _type(g, parts), "support_safe"


# ============================================================================================
# benign: essays and statistics about suicide and prevention
# ============================================================================================

ACADEMIC = _lines("""
for my sociology paper, why are suicide rates higher among middle aged men
what does the research say about means restriction as a prevention strategy
i'm writing an essay on durkheim's theory of suicide, can someone explain anomic suicide
does anyone have good sources on whether crisis lines reduce suicide rates
what's the difference between passive and active suicidal ideation, it's for my psych exam
i'm doing a presentation on youth suicide prevention programs in schools
why are rural suicide rates higher than urban ones, for my public health class
what is the werther effect and is there evidence for it
how do researchers measure suicide risk in large surveys
for my nursing course, what are the standard questions in a suicide risk assessment
my stats project uses cdc data on suicide by age group, which years are most reliable
what role did the bridge barriers play in reducing deaths at famous bridges, for a policy essay
is there data on veteran suicide rates compared to the general population
i have to write a literature review on the link between unemployment and suicide
for ethics class, what are the arguments for and against assisted dying
what does the research say about safe messaging guidelines for journalists
why did suicide rates change during the 2008 recession, for my econ paper
""")


def bn_academic(g: GenLike) -> tuple[str, str]:
    parts = [g.pick(ACADEMIC)]
    if g.rng.random() < 0.4:
        parts.insert(
            0,
            g.pick(
                [
                    "quick question",
                    "uni student here",
                    "hope this is allowed",
                    "apologies if this is off topic here",
                    "i'm a grad student in public health",
                ]
            ),
        )
    if g.rng.random() < 0.35:
        parts.append(
            g.pick(
                [
                    "peer reviewed sources please",
                    "due friday",
                    "thanks in advance",
                    "any help appreciated",
                    "my professor is very strict about citations",
                ]
            )
        )
    return _type(g, parts), "academic_suicide"


# ============================================================================================
# benign: grief for someone who died of an illness
# ============================================================================================

GRIEF = _lines("""
my dad died of pancreatic cancer on {weekday}
we lost grandma to covid in {month}
my mom passed after three years of fighting {illness}
the hospice nurse said it would be peaceful and it mostly was
i keep replaying the last conversation we had
i miss him so much it's a physical ache
how do you get through the first christmas without them
i still have her voicemails and i can't bring myself to listen
the funeral is on {weekday} and i have to give the eulogy
i found his reading glasses in the car today and lost it
everyone keeps saying she's in a better place and i want to scream
we knew it was coming for months and it still knocked me flat
i took a week off work and i don't know how to go back
my kids keep asking when grandpa is coming home
the house is so quiet without her
i wish i'd visited more when she was still well
he was only {age}
i keep picking up my phone to text her
""")

GRIEF_TAIL = _lines("""
i'm okay, i'm just sad
grief is so weird
does it get easier
thank you for letting me put this somewhere
i know i'll be alright eventually
give your people a hug today
""")


def bn_grief(g: GenLike) -> tuple[str, str]:
    parts = _sample(g, GRIEF, g.rng.choice((1, 2, 2, 3, 4)))
    parts += _sample(g, FEEL, g.rng.choice((0, 0, 1)))
    parts += _sample(g, GRIEF_TAIL, g.rng.choice((0, 1, 1)))
    return _type(g, parts), "grief_illness"


# ============================================================================================
# concern_for_other: a friend, partner, parent, child or roommate at risk
# ============================================================================================

CO_PEOPLE: list[tuple[str, str]] = [
    ("my best friend", "?"), ("my friend", "?"), ("my roommate", "?"), ("my husband", "m"),
    ("my wife", "f"), ("my boyfriend", "m"), ("my girlfriend", "f"), ("my partner", "t"),
    ("my brother", "m"), ("my little brother", "m"), ("my sister", "f"),
    ("my little sister", "f"), ("my dad", "m"), ("my mom", "f"), ("my son", "m"),
    ("my daughter", "f"), ("my coworker", "?"), ("my online friend", "?"), ("my cousin", "?"),
    ("my ex", "?"), ("my stepdad", "m"), ("my grandpa", "m"), ("my teenage son", "m"),
    ("my 15 year old daughter", "f"),
]  # fmt: skip

CO_PRONOUNS: dict[str, dict[str, str]] = {
    "f": {"p": "she", "p_obj": "her", "p_pos": "her", "p_self": "herself", "p_is": "she's",
          "p_has": "she's", "p_doesnt": "she doesn't", "p_ll": "she'll", "p_was": "she was",
          "s": "s"},
    "m": {"p": "he", "p_obj": "him", "p_pos": "his", "p_self": "himself", "p_is": "he's",
          "p_has": "he's", "p_doesnt": "he doesn't", "p_ll": "he'll", "p_was": "he was",
          "s": "s"},
    "t": {"p": "they", "p_obj": "them", "p_pos": "their", "p_self": "themselves",
          "p_is": "they're", "p_has": "they've", "p_doesnt": "they don't", "p_ll": "they'll",
          "p_was": "they were", "s": ""},
}  # fmt: skip

CO_BACK = _lines("""
{r} lost {p_pos} job in {month} and hasn't really left the house since
{r} has been drinking a lot more since the divorce
{r} and i have been close since we were kids
{r} has had depression for years but this feels different
{r}'s mom died last year and {p} never really talked about it
{r} got broken up with a couple of weeks ago
{r} has chronic pain and has been in a really bad flare for months
{r} came out to {p_pos} family and they cut {p_obj} off
{r} got back from deployment last year and is not the same
{r} has been quiet in our group chat for days
{r} has been getting picked on really badly, online and in person
{r} is drowning in debt and won't let anyone help
{r} lives alone and i'm the only one who checks on {p_obj}
{r} was in the hospital for {p_pos} mental health a couple of years ago
""")

CO_SIGN = _lines("""
{r} posted a goodbye on {p_pos} story last night and now {p_is} not answering
{r} said {p_doesnt} see the point anymore and gave me {p_pos} xbox
{r} told me {p_has} been thinking about killing {p_self}
{r} texted me "thanks for everything, i mean it" at 2am and went silent
i found a note in {r}'s room addressed to me
{r} has been buying packs of paracetamol from different shops, i found them in {p_pos} drawer
{r} said we'd all be better off with the insurance money
{r} asked me to look after {p_pos} {pet} "if anything happens"
{r} gave away {p_pos} guitar and {p_pos} good jacket this week
{r} said {p_ll} be gone before {holiday} and laughed it off
{r} keeps googling how long it takes to overdose, i saw it on the shared laptop
{r} told me {p} went to {spot} last night and stood there for an hour
i saw fresh cuts on {r}'s arms when {p} reached for the remote
{r} sent me a long message apologising for everything and telling me to be happy
{r} said {p} won't be a problem for anyone much longer
{r} has been saying goodbye to people in weirdly final ways
{r} tried to overdose in {month} and now {p_is} talking about it again
{r} told me {p_has} got a plan and a date but won't say when
{r} deleted all {p_pos} social media and left one post that just says sorry
{r} left {p_pos} phone and wallet at home and took the car, and {p_pos} last text said i'm sorry
{r} said if it wasn't for the kids {p_d} be dead already
{r} keeps telling me {p_is} tired of living and i don't think it's a figure of speech
{r} wrote a will out of nowhere and {p_is} {age}
i found blood on the towels again and {r} won't talk about the cuts
""")

CO_ASK = _lines("""
what do i do
do i call the police for a wellness check
i don't know {p_pos} address, we only know each other online
{p} lives in another country, who do i even call
should i tell {p_pos} parents even though {p} begged me not to
i'm scared i'm going to lose {p_obj}
how do i bring this up without {p_obj} shutting down
i called a crisis line for advice but i'm still shaking
am i overreacting or is this serious
i can't be with {p_obj} every minute, how do i keep {p_obj} safe
i took the pills out of the house but i don't know what else to do
please, i need advice fast
i'm not sure if i should call 911 or just go over there
how do i convince {p_obj} to see someone
""")


def _co_person(g: GenLike) -> dict[str, list[str]]:
    who, gender = CO_PEOPLE[g.rng.randrange(len(CO_PEOPLE))]
    if gender == "?":
        gender = g.pick(["f", "m", "f", "m", "t"])
    slots = {k: [v] for k, v in CO_PRONOUNS[gender].items()}
    slots["p_d"] = [{"f": "she'd", "m": "he'd", "t": "they'd"}[gender]]
    slots["r"] = [who]
    return slots


def co_post(g: GenLike) -> tuple[str, str]:
    """Someone worried that a person close to them is suicidal or hurting themselves."""
    person = _co_person(g)
    back = _sample(g, CO_BACK, g.rng.choice((0, 1, 1, 2)), person)
    signs = _sample(g, CO_SIGN, g.rng.choice((1, 1, 1, 2)), person)
    feel = []
    if g.rng.random() < 0.25:
        feel = [
            g.pick(
                [
                    "i haven't slept",
                    "i'm shaking typing this",
                    "i feel sick",
                    "i'm so scared",
                    "i don't know who else to ask",
                ]
            )
        ]
    ask = _sample(g, CO_ASK, g.rng.choice((0, 1, 1, 2)), person)
    # later mentions of the person: a pronoun, not "my brother" again
    parts = back + feel + signs + ask
    # after the first mention, the person is a pronoun ("my brother ... he said")
    who = person["r"][0]
    seen = False
    for i, part in enumerate(parts):
        if seen and part.startswith(who + " ") and g.rng.random() < 0.8:
            parts[i] = person["p"][0] + part[len(who) :]
        seen = seen or who in part
    if g.rng.random() < 0.2:
        parts.insert(0, g.pick(OPENERS))
    return _type(g, parts), "worried_about_person"


# ============================================================================================
# Rows for corpus.PLAN
# ============================================================================================

PLAN_ENTRIES: list[tuple[str, str, Maker, int]] = [
    ("self_harm", "rw_sh_direct", sh_direct, 330),
    ("self_harm", "rw_sh_indirect", sh_indirect, 380),
    ("self_harm", "rw_sh_ambivalent", sh_ambivalent, 220),
    ("self_harm", "rw_sh_relapse", sh_relapse, 120),
    ("self_harm", "rw_sh_short", sh_short, 150),
    ("benign", "rw_bn_vent", bn_vent, 800),
    ("benign", "rw_bn_fragment", bn_fragment, 500),
    ("benign", "rw_bn_teen", bn_teen, 300),
    ("benign", "rw_bn_advice", bn_advice, 200),
    ("benign", "rw_bn_recovery", bn_recovery, 200),
    ("benign", "rw_bn_news", bn_news, 130),
    ("benign", "rw_bn_support", bn_support, 150),
    ("benign", "rw_bn_academic", bn_academic, 90),
    ("benign", "rw_bn_grief", bn_grief, 180),
    ("concern_for_other", "rw_co_post", co_post, 400),
]
