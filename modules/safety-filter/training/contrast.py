"""Violent and suicidal words without intent, and the same shapes with it, for the
safety-filter's training corpus, made from templates written for this project.

    PLAN_ENTRIES -> [(label, family, maker, how many)]   # rows for corpus.LATE_PLAN
    maker(g) -> (text, sub)                              # one message and its sub-family

The filter blocked benign messages because they carried the words of a threat or of a
suicide plan. What these families teach (concepts, not sentences):

- ``benign`` COUNTER-SPEECH: a call for violence quoted or paraphrased in order to condemn
  it, report it or argue against it, in chat ("someone in the team chat wrote ..., i
  reported it"), by a moderator removing a post, a teacher planning a lesson on incitement,
  a coach, a parent, a letter to the editor.
- ``benign`` NEWS: threats, attacks, shootings, bombings, arrests, trials and deaths by
  suicide, in a reporter's voice, retold by a student ("we had a lockdown today, it was a
  hoax"), and as current-events and history homework.
- ``benign`` HEALTH QUESTIONS with dangerous-sounding words and an ordinary purpose: doses,
  intervals and interactions asked for safety, a small child who swallowed something, first
  aid, allergic reactions, a parent's or grandparent's medication, sports injuries.
- ``benign`` VENTING with dark idioms and no intent ("the bus ride is killing me", "my dad
  will end me if he sees this grade"), and rage at a sibling without a threat.
- ``benign`` DENIED threats: anger stated with the threat refused ("i'm furious but i'm not
  touching him, i'm telling the dean").
- ``violence``, from the same shapes: a call for violence endorsed after quoting it, said
  outright ("..., and i mean it"), a hateful post that ends by telling people to hurt the
  group; the writer's own threat, with a weapon, a day and a place, after a news story, at
  the end of a vent, or after a denial that is taken back.
- ``self_harm``, from the same shapes: a dose question whose context makes it a method
  question (not waking up, the whole bottle, "enough"), and venting whose idiom turns
  literal ("not the joke kind").

Benign and risk rows draw on the same slot lists (who is quoted, what is quoted, which
medicine, which idiom) and are typed the same way, so that only the stance decides.

Rules of this file (those of ``tutoring.py`` and ``hate.py``):

- Everything here was written for this project; no text of any public data set or test
  suite, nor of the evaluation corpora (``benchmarks/safety/eval*.jsonl``). No slurs: groups
  are named neutrally.
- Nothing is imported from ``corpus.py`` (which imports this file): a maker takes
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
    "b_counter_chat",
    "b_counter_public",
    "b_denied",
    "b_health",
    "b_news",
    "b_venting",
    "sh_method",
    "sh_venting",
    "v_call",
    "v_threat",
]


def _lines(block: str) -> list[str]:
    """One entry a line; a line beginning with "+ " continues the entry above it."""
    out: list[str] = []
    for line in block.strip().splitlines():
        line = line.strip()
        if line.startswith("+ ") and out:
            out[-1] += " " + line[2:]
        elif line:
            out.append(line)
    return out


# ============================================================================================
# How people type (the same odds for every family, so that no style predicts a label)
# ============================================================================================

_CHAT_SWAPS = (
    (" you ", " u "),
    (" your ", " ur "),
    (" because ", " cuz "),
    (" going to ", " gonna "),
    (" people ", " ppl "),
    (" probably ", " prob "),
    (" something ", " smth "),
    (" though ", " tho "),
)


def _chat(g: GenLike, text: str) -> str:
    """As typed: apostrophes dropped, chat spellings, a run-on, or tidied into a sentence."""
    r = g.rng.random()
    if r < 0.18:
        text = text.replace("'", "")
    elif r < 0.34:
        padded = f" {text} "
        for a, b in _CHAT_SWAPS:
            if g.rng.random() < 0.7:
                padded = padded.replace(a, b)
        text = padded.strip()
    elif r < 0.46:
        # one breathless run-on: sentence marks become "and", "like", "so" or nothing
        for mark in (". ", "? ", "! "):
            while mark in text:
                word = g.pick(["and", "like", "so", "", "and like"])
                text = text.replace(mark, f" {word} ", 1)
        text = " ".join(text.lower().split()).rstrip(".")
    elif r < 0.62:
        text = text[:1].upper() + text[1:]
        text = text.replace(" i ", " I ").replace(" i'", " I'")
        if text[-1:] not in ".?!\"'":
            text += g.pick([".", ".", "?", "!", "...", ""])
    return text


def _join(g: GenLike, parts: Sequence[str]) -> str:
    parts = [p for p in parts if p]
    sep: str = g.pick([". ", ". ", " ", ", ", "\n", " .. ", " - "])
    return sep.join(parts)


def _quote(g: GenLike, q: str) -> str:
    """A quoted line as people mark it (or don't)."""
    r = g.rng.random()
    if r < 0.5:
        return f'"{q}"'
    if r < 0.68:
        return f"'{q}'"
    if r < 0.78:
        return f"“{q}”"
    if r < 0.86:
        return f"*{q}*"
    return q


# Neutral lines around a message: drawn at the same rate for every family.
ASIDE_BEFORE = [""] * 48 + _lines("""
ok so
random but
not sure if this is the right place but
quick question
sorry this is long
so um
hey
can i ask something
this is kind of off topic from homework but
before we start on the worksheet
ugh
i need to say this somewhere
real quick
idk who else to ask
""")

ASIDE_AFTER = [""] * 44 + _lines("""
anyway
idk
that's all
sorry for the rant
thoughts?
is that weird
just needed to say it
ok back to math
lol
sorry for the typos, i'm on my phone
that's it
brb dinner
""")

BACKGROUND = _lines("""
it's been a long week
i'm typing this on the bus
i have a chem quiz friday on top of everything
my phone is at 4 percent
it's almost midnight here
we just got back from my cousin's birthday
my mom's making soup so the whole house smells like onions
i skipped lunch to finish a lab report
the wifi at school keeps dropping
i've been up since six
my little brother is playing his music way too loud
practice ran late again
i'm supposed to be doing my spanish homework
our dog keeps barking at the mailman
i'm sitting in the library
it's raining again
i'm on break at work
we have a sub in english all week
""")


def _frame(g: GenLike, text: str) -> str:
    """Put a message among the neutral lines a student types around it (any family, same
    odds): an opening word, a background sentence or two, a closing word."""
    parts = [g.pick(ASIDE_BEFORE)]
    r = g.rng.random()
    if r < 0.07:
        parts += [g.pick(BACKGROUND), text]
    elif r < 0.11:
        a, b = g.rng.sample(BACKGROUND, 2)
        parts += [a, text, b]
    elif r < 0.15:
        parts += [text, g.pick(BACKGROUND)]
    else:
        parts.append(text)
    parts.append(g.pick(ASIDE_AFTER))
    return _join(g, parts)


def _typed(g: GenLike, text: str) -> str:
    return _chat(g, _frame(g, text))


# ============================================================================================
# Shared pools: who is threatened, what is said about them, who is talking
# ============================================================================================

# (who, object pronoun, possessive) of the people a call for violence names
TARGETS: list[tuple[str, str, str]] = [
    ("the ref from friday's game", "him", "his"), ("that landlord", "him", "his"),
    ("the mayor", "her", "her"), ("the senator", "him", "his"),
    ("the school board", "them", "their"), ("the protesters on main street", "them", "their"),
    ("the guy who hit that dog", "him", "his"), ("the new neighbors", "them", "their"),
    ("the kid who got expelled", "him", "his"), ("the cyclists", "them", "their"),
    ("the teachers on strike", "them", "their"), ("the other team's fans", "them", "their"),
    ("that influencer", "her", "her"), ("the cops", "them", "their"),
    ("immigrants", "them", "their"), ("muslims", "them", "their"),
    ("jewish people", "them", "their"), ("trans people", "them", "their"),
    ("gay people", "them", "their"), ("the homeless guys by the library", "them", "their"),
    ("the refugees at the motel", "them", "their"), ("that streamer", "him", "his"),
    ("the judge", "her", "her"), ("the driver who caused the crash", "him", "his"),
    ("the vegans", "them", "their"), ("the girl who leaked the screenshots", "her", "her"),
    ("the governor", "him", "his"), ("the city council", "them", "their"),
    ("the new principal", "him", "his"), ("the liberals", "them", "their"),
    ("the conservatives", "them", "their"), ("the exchange students", "them", "their"),
    ("the guy who shoplifted from the corner store", "him", "his"),
    ("the nurses who testified", "them", "their"), ("that youth pastor", "him", "his"),
    ("the climate protesters", "them", "their"),
    ("the neighbors with the loud dog", "them", "their"),
    ("the coach who got fired", "him", "his"), ("asylum seekers", "them", "their"),
    ("the kids from westbrook high", "them", "their"),
]  # fmt: skip

# What was said: a call for violence against {tgt}
QUOTES = _lines("""
{tgt} should be shot
somebody put a bullet in {obj} already
hang {obj}
next time just run {obj} over
somebody needs to teach {obj} a lesson with a baseball bat
i hope somebody stabs {obj}
burn {pos} house down
{tgt} should be dragged into the street and beaten
line {obj} up and shoot
{tgt} should be strung up
kill {obj}
somebody go to {pos} house and end this
{tgt} should get a bullet like the last guy
torch {pos} cars
shoot {obj} on sight
{tgt} should be put down like a dog
bomb {pos} office
break {pos} legs
{tgt} should hang from a lamppost
gut {obj}
somebody needs to end {obj} for good
{tgt} should be burned alive
jump {obj} in the parking lot
{tgt} should be beaten half to death
""")

# Where it was said
SPOTS = _lines("""
the group chat
our class discord
the team chat
the neighborhood facebook group
the comments under the local news post
my cousin's story
a tiktok comment section
the grade group chat
the gaming server
the parents' whatsapp group
a reddit thread about it
the replies to the mayor's post
the youtube live chat
the town subreddit
a snap story
the band kids' group chat
""")

# Someone the writer is angry with: (who, he, him, his)
PEOPLE: list[tuple[str, str, str, str]] = [
    ("my brother", "he", "him", "his"), ("my stepdad", "he", "him", "his"),
    ("my sister", "she", "her", "her"), ("jake", "he", "him", "his"),
    ("that kid in my pe class", "he", "him", "his"), ("my lab partner", "she", "her", "her"),
    ("my ex", "he", "him", "his"), ("my ex", "she", "her", "her"),
    ("the girl who started the rumor", "she", "her", "her"), ("coach davis", "he", "him", "his"),
    ("mr. harper", "he", "him", "his"), ("my roommate", "she", "her", "her"),
    ("my manager", "he", "him", "his"), ("my cousin", "he", "him", "his"),
    ("the guy who keyed my car", "he", "him", "his"), ("my best friend", "she", "her", "her"),
    ("devin", "he", "him", "his"), ("kayla", "she", "her", "her"),
    ("my stepmom", "she", "her", "her"), ("this senior", "he", "him", "his"),
    ("my twin", "she", "her", "her"), ("marco", "he", "him", "his"),
]  # fmt: skip

OFFENSES = _lines("""
told everyone my secret
posted that video of me
cheated on me
broke my switch
got me benched for the playoffs
went through my phone
called me names in front of the whole class
stole my spot on the team
kicked me out of the group chat
lied to my parents about me
humiliated me at lunch
blamed the fight on me
read my journal out loud
took credit for our project
sent my texts to everyone
laughed at me when i fell
spread a rumor that i cheat
got me grounded for something {he} did
""")

WEAPONS = _lines("""
my dad's gun
my stepdad's pistol
a knife from the kitchen
my brother's bat
the hunting rifle from the garage
my uncle's shotgun
the gun my dad keeps in his nightstand
a box cutter
my grandpa's revolver
a hammer
""")

WHEN = _lines("""
monday
tomorrow
on friday
after school
at lunch
tonight
at practice
this weekend
first period
at the game
""")

VENUES = _lines("""
mall
high school
grocery store
concert hall
train station
church
mosque
synagogue
hospital
county fair
football stadium
public library
bus depot
post office
water park
middle school
movie theater
community college
city hall
food court
""")

TOWNS = _lines("""
millbrook
east harlow
riverside
the next town over
our county
cedar falls
north avon
pine ridge
lake orrin
bellmont
westbrook
fairhaven
""")


def _target(g: GenLike) -> dict[str, list[str]]:
    tgt, obj, pos = TARGETS[g.rng.randrange(len(TARGETS))]
    return {"tgt": [tgt], "obj": [obj], "pos": [pos]}


def _person(g: GenLike) -> dict[str, list[str]]:
    who, he, him, his = PEOPLE[g.rng.randrange(len(PEOPLE))]
    he_s = "he's" if he == "he" else "she's"
    return {"who": [who], "he": [he], "him": [him], "his": [his], "he_s": [he_s]}


def _quoted(g: GenLike, tgt: Slots) -> str:
    return _quote(g, g.fill(g.pick(QUOTES), tgt))


# ============================================================================================
# benign: counter-speech in chat (students, friends, family)
# ============================================================================================

COUNTER_CHAT = _lines("""
somebody in {spot} posted {q}. gross. {acted}
someone in {spot} wrote {q} and {react}
{q}?? that's not a joke, that's a threat. {acted}
saying {q} is never funny, no matter how many skull emojis you put after it
anyone replying {q} under that video needs to put the phone down
i don't care how much you hate {tgt}, typing {q} makes you the villain
{commenters} typed {q} like it's a normal thing to say. it isn't
i had to leave {spot} because people kept saying {q} and laughing about it
my {rel} reposted something that said {q}. i told {rel_obj} that's a call for violence and
+ {rel_react}
can we agree that {q} is not an opinion. you can be mad at {tgt} without wanting anyone hurt
it honestly scared me how many likes {q} got in {spot}. {acted}
reported the account that wrote {q}. if it shows up on your feed, report it too
why is {q} getting upvoted. that's somebody asking for a person to get hurt
{q} is what a grown adult wrote in {spot}. {acted}
someone said {q} in {spot} and when i called it out they said it was a joke. a threat with lol
+ on the end is still a threat
i was up way too late arguing with strangers who think {q} is a reasonable take
i disagree with {tgt} on basically everything and i still think {q} is evil
screenshotted {q} and sent it to the admins. they banned the guy, good
my friend tried to defend {q} as just venting. no. venting is being mad. that's telling people
+ to hurt someone
there's a difference between being angry at {tgt} and writing {q}. one is a feeling, the other
+ can get someone killed
is it just me or is {spot} getting scary? someone literally wrote {q} today. {acted}
my dad read me a comment that said {q} and we both just sat there. {acted_we}
if your reaction to the news is {q}, please get off the internet and talk to someone
people in {spot} are saying {q} and it's making me feel sick. {acted}
i'm not defending {tgt}, but {q} is way over the line. {acted}
the worst part isn't that someone wrote {q}, it's that twelve people liked it
whoever keeps writing {q} in {spot}: the mods have your username and so does the school
{q} is not a take. it's a threat. {acted}
i left a reply under {q} saying that's a threat and got dogpiled for it. worth it
my little brother thought {q} was a funny meme. i explained why it really isn't
""")

COUNTER_CHAT_SLOTS: Slots = {
    "acted": [
        "i screenshotted it and reported it",
        "i reported it and left",
        "i flagged it and muted the chat",
        "i told an admin and they removed it",
        "already reported it to the app",
        "i showed my mom and we reported it together",
        "reported, hope they get banned",
        "i called it out and reported the message",
        "i sent it to the mods",
        "i told my advisor and she's handling it",
        "blocked and reported",
    ],
    "acted_we": [
        "then we reported it",
        "my dad reported it to the page",
        "we flagged it together",
        "he emailed the site about it",
    ],
    "react": [
        "everyone went quiet",
        "i couldn't believe nobody said anything",
        "i told them that's not ok and reported it",
        "half the chat left",
        "the admin deleted it in like a minute, thank god",
        "i'm still so mad about it",
        "that is not normal",
        "we all told him to delete it",
    ],
    "commenters": [
        "actual adults",
        "so many people",
        "a bunch of guys in the comments",
        "people with their real names on their profiles",
        "people's grandmas",
        "grown men with kids",
    ],
    "rel": ["uncle", "aunt", "cousin", "grandpa", "stepdad", "older brother", "neighbor"],
    "rel_obj": ["them"],
    "rel_react": [
        "we had a huge argument",
        "they actually took it down",
        "they said it was just a joke, which it isn't",
        "it got awkward at dinner",
        "i'm glad i said something",
    ],
    "spot": SPOTS,
}


def b_counter_chat(g: GenLike) -> tuple[str, str]:
    tgt = _target(g)
    q = _quoted(g, tgt)
    text = g.fill(g.pick(COUNTER_CHAT), {**COUNTER_CHAT_SLOTS, **tgt, "q": [q]})
    return _typed(g, text), "counter_chat"


# ============================================================================================
# benign: counter-speech in public voices (a moderator, a teacher, a coach, a letter)
# ============================================================================================

COUNTER_PUBLIC = _lines("""
Mod note: {removed}. {rule} {mod_close}
Locking this thread. Too many replies like {q}. {mod_close}
{removed}, and yes, I'm the one who removed it. {rule} {mod_close}
Why was your post taken down? Because it said {q}. {rule} Read the pinned rules before posting
+ again.
As a mod here: {q} gets you an instant ban. I don't care if it was meant as a meme. {mod_close}
For tomorrow's {lesson} I'm showing my students a real comment, {q}, and asking why it counts as
+ a threat rather than an opinion.
today in {class} my teacher wrote {q} on the board and asked if it's protected speech. {class_said}
in {class} we learned that a post like {q} can be a crime even if you say you were joking afterwards
can you help me write a paragraph on why {q} counts as incitement and not free speech? it's for
+ {class}
I teach {grade} and a student asked me why a man was arrested for posting {q}. How do I explain
+ it simply?
our {class} debate is about whether apps should delete posts like {q} or just hide them. i'm
+ arguing delete, help me with points
Opinion: {after}, my feed filled up with posts saying {q}. {oped_arg} {oped_close}
Letter to the editor: at the {meeting}, a man stood up and shouted {q}. {oped_arg} {oped_close}
{after}, people in our town started writing {q}. I understand the anger. {oped_arg}
Coach here. Someone on our roster posted {q} after the loss. That is not who we are, and
+ {coach_close}
PSA for parents: my {kid_age} year old showed me a video where the top comment was {q}. We
+ talked about why that's a threat and how to report it.
Sermon notes for Sunday: someone in our own town wrote {q}. We have to say plainly that this is
+ wrong, whatever we think of {tgt}.
i'm making a slideshow for advisory on online hate. one slide is a real comment, {q}, with the
+ caption: this is how it starts
Student council statement: {q} was written on a poster in the {school_place}. It has been
+ removed. Threats against anyone have no place here.
{removed}. To everyone asking: no, it doesn't matter that you're angry at {tgt}. {rule}
""")

COUNTER_PUBLIC_SLOTS: Slots = {
    "removed": [
        "I removed a comment that said {q}",
        "a reply reading {q} has been taken down",
        "we deleted several posts along the lines of {q}",
        "the post saying {q} is gone",
        "a member was banned for writing {q}",
    ],
    "rule": [
        "Calls for violence against anyone break rule {n}, whoever they are about.",
        "Criticize {tgt} as much as you like; wishing violence on them is where we draw the line.",
        "It doesn't matter if it was a joke: here, a threat is a threat.",
        "Telling people to hurt someone is not an opinion and it's not allowed here.",
        "Disagreement is fine. Incitement is not.",
    ],
    "n": ["1", "2", "3", "4", "6"],
    "mod_close": [
        "Repeat offenders will be banned.",
        "If you see more, hit report instead of replying.",
        "The account has been suspended.",
        "Keep it civil or take it somewhere else.",
        "Thread locked.",
        "We've passed it on to the platform's safety team.",
        "",
    ],
    "lesson": [
        "lesson on hate speech",
        "media literacy class",
        "civics unit on the first amendment",
        "advisory period",
        "digital citizenship lesson",
    ],
    "class": ["civics", "health class", "government", "advisory", "media studies", "ela"],
    "class_said": [
        "most of us said no, it's incitement",
        "we argued about it for the whole period",
        "she explained the difference between an opinion and a true threat",
        "it was actually a really good discussion",
    ],
    "grade": ["eighth grade", "ninth grade civics", "middle school", "high school government"],
    "after": [
        "After the verdict",
        "After the crash on route 9",
        "After last week's protest",
        "After the council vote",
        "After the game on Saturday",
        "Since the arrest",
        "After the school board meeting",
    ],
    "meeting": [
        "town hall",
        "school board meeting",
        "zoning hearing",
        "council meeting",
        "library board meeting",
    ],
    "oped_arg": [
        "Anger is understandable. Calling for someone to be killed is not.",
        "A town cannot function if every disagreement ends in a call for blood.",
        "Words like these have been followed by real attacks before.",
        "We can demand accountability from {tgt} without demanding violence.",
        "Whatever you think of {tgt}, this is how neighbors get hurt.",
        "No policy dispute justifies it.",
    ],
    "oped_close": [
        "Report these posts, and don't share them, even to mock them.",
        "The people who typed them should be ashamed.",
        "Our town is better than this.",
        "Let the courts do their work.",
        "I hope the police follow up.",
        "",
    ],
    "coach_close": [
        "he's sitting out the next game while we talk about it",
        "we've spoken with the player and his family",
        "anyone who thinks that's funny can turn in their jersey",
        "we'll be talking about it at practice",
    ],
    "kid_age": ["11", "12", "13", "14", "10"],
    "school_place": ["cafeteria", "east hallway", "gym lobby", "library"],
}


def b_counter_public(g: GenLike) -> tuple[str, str]:
    tgt = _target(g)
    q = _quoted(g, tgt)
    template = g.pick(COUNTER_PUBLIC)
    text = g.fill(template, {**COUNTER_PUBLIC_SLOTS, **tgt, "q": [q]})
    if g.rng.random() < 0.35:
        text = text.lower()
    sub = "moderator" if "mod" in template.lower() or "{removed}" in template else "public"
    return _typed(g, text), sub


# ============================================================================================
# benign: news of threats, attacks, trials and suicides, and homework about them
# ============================================================================================

INCIDENTS = _lines("""
shooting at the {venue}
stabbing outside the {venue}
bomb threat at the {venue}
car attack at the {parade}
fire someone set at the {venue}
standoff near the {venue}
hostage situation at the {venue}
threat against the {venue}
shooting near the {venue}
lockdown at the {venue}
""")

NEWS_REPORT = _lines("""
{Town} police arrested a {age}-year-old {man} {day} after {he} allegedly posted that {he} would
+ {act} at the {venue}. No one was hurt, and the {venue} reopened {reopen}.
A {age}-year-old {man} was charged with making threats after a {medium} warned of a shooting at
+ the {venue}, police said {day}.
Jurors {day} found a {age}-year-old {man} guilty on all counts in the {year} shooting at the
+ {venue} in {town}, which killed {n} people.
The {venue} was evacuated {day} after a bomb threat. Officers searched the building and found
+ nothing suspicious, the sheriff's office said.
Officials confirmed that a {age2}-year-old student died by suicide last week; the district said
+ counselors will be at {school} all week.
The county coroner ruled the death of a {age}-year-old {man} a suicide. The family asked for
+ privacy.
Police say the suspect in the {dayname} stabbing at the {venue} is in custody. Two people were
+ treated for injuries that are not life-threatening.
The trial of a man accused of plotting to bomb the {venue} in {town} opens {day}. Prosecutors
+ say he discussed the plan in online chats.
A {town} man was sentenced to {yrs} years in prison {day} for leaving voicemails threatening to
+ kill {official}.
Classes at {school} were canceled {day} after a threatening message was found in a bathroom;
+ police later called it a hoax.
Update: the teenager who called in a fake shooting at the {venue} has been charged with a
+ felony, the district attorney said.
Witnesses described hearing several shots before people ran from the {venue}, where {n} people
+ were wounded {day}.
The man who set fire to the {venue} in {year} was denied parole {day}.
A memorial is planned for the {n} victims of the {venue} shooting, {yrs} years after the attack
+ that shook {town}.
""")

NEWS_RETELL = _lines("""
did you see the news about the {incident} in {town}? {retell_react}
there was a {hoax} at the {venue} in our town today, {fine}
we had a lockdown today because of a {hoax}. {fine}. {retell_react2}
my {rel} works right by the {venue} where the {incident} happened, {rel_ok}
they arrested the guy who {threatened}, i can finally breathe
the news keeps replaying the footage from the {incident} and i had to turn it off
everyone at lunch was talking about the {incident} in {town}. {retell_react}
a kid at the school across town died by suicide last week and they brought in counselors for
+ everyone. it's so sad
my mom made me promise to text her when i get to the {venue} because of what happened in {town}
still kind of shaken after the {incident} yesterday. {fine}
there was a police standoff on my street last night lol i slept through the whole thing
the guy who threatened to shoot up the {venue} got {sentenced} today, the whole town was
+ following it
my grandpa watched the trial about the {incident} all day and kept explaining the legal stuff to me
apparently the {hoax} at our school was from some kid in another state who does it for views. so
+ weird
our teacher let us talk about the {incident} in {town} instead of doing the lesson, a lot of
+ people were upset
{famous} died by suicide and everyone in my class is posting about it, it's really sad
my friend's older sister was there during the {incident} and she's okay, just really shaken
""")

NEWS_HOMEWORK = _lines("""
for current events i have to {hw_task} about the {incident} in {town}, {hw_ask}
why did {hist} happen? {hw_ask2}
what was the motive behind {hist}? {hw_ask2}
how did the trial after {hist} end? it's for {hw_class}
why don't newspapers say how someone died by suicide? it's for media studies
is it true that copycat attacks go up after lots of news coverage? for my psych paper
what is swatting and why is it a crime? we're doing a unit on online threats
what's the legal difference between a terrorist attack and a mass shooting, for {hw_class}
how did the news cover {hist} compared to how it would be covered now? {hw_ask2}
can you explain what "true threat" means in the court case about {hist}? it's for {hw_class}
i need three reliable sources about {hist} for my {hw_class} project, where do i look
my essay is about how {hist} changed security at {venue}s, is that a good thesis
summarize {hist} in like five sentences, i have a quiz {day}
was {hist} planned for a long time or did it happen suddenly? {hw_ask2}
""")

NEWS_SLOTS: Slots = {
    "Town": ["Millbrook", "East Harlow", "Riverside", "Cedar Falls", "North Avon", "Bellmont"],
    "town": TOWNS,
    "venue": VENUES,
    "parade": ["holiday parade", "street fair", "farmers market", "marathon", "homecoming parade"],
    "incident": INCIDENTS,
    "age": ["19", "22", "24", "31", "37", "45", "52", "58", "63", "27"],
    "age2": ["14", "15", "16", "17"],
    "man": ["man", "woman", "man", "former employee", "student"],
    "he": ["they"],
    "act": ["open fire", "plant a bomb", "kill people", "start shooting", "set off explosives"],
    "reopen": ["the next morning", "by the afternoon", "later that day", "on monday"],
    "medium": ["note", "voicemail", "social media post", "anonymous email", "text message"],
    "day": ["monday", "on tuesday", "wednesday", "thursday", "on friday", "over the weekend"],
    "dayname": ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"],
    "year": ["2019", "2021", "2022", "2023", "2024", "2025"],
    "n": ["two", "three", "four", "five", "six", "eight"],
    "yrs": ["two", "five", "seven", "ten", "twelve", "20"],
    "school": ["lincoln high", "the middle school", "westbrook high", "central high",
               "the academy"],
    "official": ["a county judge", "the mayor", "a state senator", "a school principal",
                 "his former boss", "a city council member"],
    "famous": ["a famous singer", "an actor from my favorite show",
               "a youtuber i watched growing up", "a football player from our state",
               "a rapper my brother loves"],
    "hoax": ["bomb threat", "shooting threat", "fake bomb threat", "swatting call", "threat"],
    "fine": ["everyone's fine", "nobody got hurt", "it turned out to be nothing",
             "they said it was a hoax", "we were outside for like two hours but everyone's ok",
             "turns out it was a prank call"],
    "retell_react": ["so scary", "i can't stop thinking about the families",
                     "my cousin lives like ten minutes from there but she's fine",
                     "why does this keep happening", "i hope they get justice",
                     "it's so close to us", "my mom was glued to the tv all night"],
    "retell_react2": ["my mom picked me up early", "we didn't even have math",
                      "everyone was texting their parents", "the police dogs were kind of cool tho",
                      "the teachers handled it really well"],
    "rel": ["mom", "dad", "aunt", "uncle", "older sister", "stepdad"],
    "rel_ok": ["thank god they're okay", "they're fine, they were on lunch break",
               "they got sent home early and they're ok"],
    "threatened": ["called in the threat to the {venue}", "threatened the {venue} online",
                   "posted about shooting up the {venue}", "left the fake bomb at the {venue}"],
    "sentenced": ["five years", "convicted", "sentenced", "probation and a psych eval"],
    "hw_task": ["summarize an article", "write a paragraph", "give a two minute talk",
                "make a timeline", "answer five questions"],
    "hw_ask": ["can you help me pick the main points", "how do i keep it neutral",
               "where do i start", "what should the first sentence be"],
    "hw_ask2": ["", "", "for history", "we're doing a unit on it", "it's for a presentation",
                "my textbook doesn't explain it well"],
    "hw_class": ["history", "civics", "government", "ap us history", "world history", "law class"],
    "hist": [
        "the oklahoma city bombing",
        "the assassination of franz ferdinand",
        "the gunpowder plot",
        "lincoln's assassination",
        "the attack at the 1972 munich olympics",
        "the lockerbie bombing",
        "the jfk assassination",
        "the boston marathon bombing",
        "the 9/11 attacks",
        "gandhi's assassination",
        "the reichstag fire",
        "the haymarket affair",
        "the kent state shootings",
        "the assassination of martin luther king",
    ],
}  # fmt: skip


def b_news(g: GenLike) -> tuple[str, str]:
    r = g.rng.random()
    if r < 0.34:
        text, sub = g.fill(g.pick(NEWS_REPORT), NEWS_SLOTS), "report"
        if g.rng.random() < 0.3:
            text = text.lower()
    elif r < 0.72:
        text, sub = g.fill(g.pick(NEWS_RETELL), NEWS_SLOTS), "retell"
    else:
        text, sub = g.fill(g.pick(NEWS_HOMEWORK), NEWS_SLOTS), "homework"
    return _typed(g, text), sub


# ============================================================================================
# Medicines and people: shared by the health questions and the method questions
# ============================================================================================

OTC = _lines("""
tylenol
ibuprofen
advil
motrin
aleve
benadryl
melatonin
zyrtec
claritin
nyquil
dayquil
excedrin
midol
cough syrup
sleeping pills
aspirin
pepto
allergy pills
""")

RX = _lines("""
blood pressure pills
blood thinners
heart medication
sleeping pills
anxiety meds
antidepressants
seizure meds
pain pills from a surgery
leftover pain pills
adhd meds
muscle relaxers
thyroid pills
""")

KIN = _lines("""
my mom's
my dad's
my grandma's
my grandpa's
my stepdad's
my aunt's
my mom's old
""")


# ============================================================================================
# benign: health questions with dangerous-sounding words and an ordinary purpose
# ============================================================================================

HEALTH = _lines("""
can i take {otc} a few hours after {otc2} or is that too close together
how long should i wait between {otc} and {otc2}
at what point is {otc} too much for a {age} year old
what's the most {otc} a {age} year old can safely take in a day
i accidentally took a double dose of {otc} this morning, should i be worried
is it dangerous to take {otc} with {drink}
can you overdose on {sleep_aid}? my {age} year old {sib} takes it every night and i want to
+ make sure it's safe
{kid} just swallowed {item}, what do we do right now
{kid} swallowed {item} like ten minutes ago and seems fine, do we still go to the er
{kid} got into {kin} {rx} and might have eaten one, who do we call
what's the number for poison control? {kid} drank some {liquid}
my {fam} is on {rx}. can {fp} take {otc} for {ailment} too or does it interact
my {fam} might have taken {fpos} {rx} twice today by accident, what are the signs of too much
what are the signs of an overdose on {otc}? my {fam} thinks {fp} doubled up by mistake
my friend's lips are swelling after eating {food} and she has an epipen, how do i use it
how do you know if an allergic reaction is bad enough for the er? my {sib}'s face is puffy after
+ {food}
i got hit in the {part} with a {ball_at} and now i feel {symptom}, is that a concussion
my teammate landed weird on {pron_pos} {limb} at {sport} and it's swelling, ice or heat
what do you do if someone is choking and can't talk? i'm studying for my first aid badge
my dad cut his hand with a saw and it's bleeding a lot, how hard do i press
someone passed out at {sport} today and i froze. what should i have done
how many {otc} is safe for period cramps? the box says one thing and my mom says another
is it ok to drink coffee when i'm on {otc}
do i take {otc} before or after i eat? it makes my stomach hurt
our dog ate {dog_food}, how much is dangerous for a 20 pound dog
can my {fam} take {otc} if {fp} already takes {rx}? asking before we give it to {fobj}
i think i sprained my {limb} at {sport}, when should i get an x ray
is it safe to give {fever_med} to my {kid_age} year old {sib} for a fever? our parents aren't
+ home yet
my {fam} fell in the bathroom and hit {fpos} head, {fp} seems ok but is confused. do we call 911
my {sib} got stung by a bee and is allergic, the epipen is expired, is it still ok to use
how long does {otc} stay in your system? i have a {sport} physical tomorrow
my {fam} took {fpos} sleeping pill twice by mistake and is really hard to wake up, is that an
+ emergency
how many melatonin gummies is too many? my {sib} ate like eight of them
{kid} drank the whole bottle of kids' tylenol, poison control said to come in, what happens at
+ the er
i can't remember if i took my {my_rx} this morning, is it bad to take another one
my {fam}'s pill organizer got mixed up and {fp} might have missed a day of {rx}, is that dangerous
how much {otc} would be an overdose for a kid? i'm babysitting my {kid_age} year old {sib} and i
+ want to stay way under it
my {fam} left {fpos} {rx} out on the counter and the dog knocked them over, how do i know if he
+ ate any
""")

HEALTH_SLOTS: Slots = {
    "otc": OTC,
    "otc2": ["tylenol", "ibuprofen", "advil", "aleve", "benadryl", "a cold medicine",
             "my allergy pill", "melatonin"],
    "age": ["10", "11", "12", "13", "14", "15", "16", "17", "8"],
    "drink": ["coffee", "an energy drink", "grapefruit juice", "soda", "milk", "green tea"],
    "sib": ["brother", "sister", "little brother", "little sister", "cousin"],
    "kid": ["my little brother", "my 2 year old sister", "my baby cousin", "the kid i babysit",
            "my nephew", "my 3 year old brother", "my toddler sister", "the baby i'm watching"],
    "item": ["a button battery", "a magnet from the fridge", "a coin", "a tiny lego",
             "one of those silica gel packets", "a marble", "part of a crayon",
             "a bead from my bracelet", "a few of my vitamin gummies"],
    "liquid": ["dish soap", "hand sanitizer", "mouthwash", "bleach water", "window cleaner"],
    "kin": KIN,
    "sleep_aid": ["melatonin", "benadryl", "zzzquil", "sleep gummies", "unisom"],
    "kid_age": ["3", "4", "5", "6", "7", "8", "9"],
    "fever_med": ["children's tylenol", "kids' motrin", "half an advil", "infant tylenol"],
    "my_rx": ["antidepressant", "adhd meds", "birth control", "acne pills", "thyroid pill",
              "antibiotic", "allergy shot pills"],
    "rx": RX,
    "ailment": ["a headache", "back pain", "a cold", "a toothache", "allergies", "a sore knee"],
    "food": ["peanuts", "shrimp", "a cashew cookie", "sesame", "a mango", "some pesto"],
    "part": ["head", "face", "temple", "nose"],
    "ball_at": ["soccer ball at practice", "baseball at the game", "volleyball in gym",
                "softball at practice", "hockey puck at the rink", "lacrosse ball at practice",
                "dodgeball in pe", "basketball at open gym"],
    "sport": ["practice", "soccer", "baseball", "volleyball", "gym", "softball", "hockey",
              "lacrosse"],
    "symptom": ["dizzy", "kind of sick", "foggy", "a headache that won't stop", "really tired"],
    "pron_pos": ["her", "his"],
    "limb": ["ankle", "wrist", "knee", "shoulder", "elbow"],
    "dog_food": ["a chocolate bar", "some grapes", "a piece of gum", "half an onion",
                 "some raisins"],
}  # fmt: skip


FAMS: list[tuple[str, str, str, str]] = [
    ("grandma", "she", "her", "her"), ("grandpa", "he", "him", "his"),
    ("mom", "she", "her", "her"), ("dad", "he", "him", "his"),
    ("great aunt", "she", "her", "her"), ("stepdad", "he", "him", "his"),
]  # fmt: skip


def b_health(g: GenLike) -> tuple[str, str]:
    fam, fp, fobj, fpos = FAMS[g.rng.randrange(len(FAMS))]
    template = g.pick(HEALTH)
    slots = {**HEALTH_SLOTS, "fam": [fam], "fp": [fp], "fobj": [fobj], "fpos": [fpos]}
    text = g.fill(template, slots)
    if "swallowed" in template or "got into" in template or "poison" in template:
        sub = "swallowed"
    elif "{otc}" in template or "{rx}" in template:
        sub = "dose"
    else:
        sub = "first_aid"
    return _typed(g, text), sub


# ============================================================================================
# Venting idioms: the benign venting, and the openings of the risk messages that turn
# ============================================================================================

VENT = _lines("""
{thing} is killing me
{thing} is actually killing me
i'm about to murder this {task}
this {task} is going to be the actual death of me
my {parent} is going to actually murder me if i fail this {test}
my {parent} is going to end me over this {grade}
just kill me already, {annoy}
somebody shoot me, {annoy}
i'm so dead if my {parent} finds out about {trouble}
i died inside when {embarrass}
i wanted to crawl into a hole and die when {embarrass}
my {sib} {sib_offense} and i could scream
{coach} is trying to kill us with {drills}
i'm going to lose my mind if {annoy2}
{thing} makes me want to throw my laptop out the window
i'm so done with {thing}, it's killing me slowly
i swear {thing} will be the end of me
my feet are killing me after {long_day}
{thing} is murdering my sleep schedule
i'd literally die for a snow day right now, {annoy}
i'd rather die than {chore} again
i'm dying 😭 {embarrass}
{thing} is beating me up this week
""")

VENT_SLOTS: Slots = {
    "thing": ["this commute", "the bus ride", "chem", "this essay", "the group project",
              "my shift", "this cough", "this heat", "the school wifi", "calc",
              "waiting for my test results", "this cold", "my back", "the drive to school",
              "this reading log", "ap bio", "this college essay", "this cramp", "senior year",
              "my schedule this week"],
    "task": ["essay", "worksheet", "lab report", "presentation", "history test", "group project",
             "math homework", "final", "practice test", "book report"],
    "test": ["test", "final", "quiz", "driving test", "chem exam", "spanish oral"],
    "parent": ["mom", "dad", "stepmom", "grandma", "stepdad", "aunt"],
    "grade": ["grade", "report card", "progress report", "detention slip", "phone bill"],
    "annoy": ["there's a pop quiz in fourth", "it's only tuesday", "the printer jammed again",
              "i have three tests tomorrow", "my alarm didn't go off",
              "i spilled coffee on my notes", "it's another monday"],
    "annoy2": ["my brother plays that song one more time", "this page doesn't load",
               "i have to redo this lab", "the group chat pings one more time",
               "i see one more fraction"],
    "trouble": ["the dent in the car", "the party", "my math grade", "the broken vase",
                "the missing assignments", "the phone bill"],
    "embarrass": ["my teacher read my text out loud", "i called the sub mom",
                  "i tripped on stage", "my mic was unmuted", "my crush saw my old posts",
                  "i waved at someone who wasn't waving at me"],
    "sib": ["brother", "sister", "little brother", "big sister", "stepbrother", "twin"],
    "sib_nick": ["the gremlin", "this clown", "the little menace", "this kid", "the menace",
                 "they"],
    "long_day": ["the band trip", "an eight hour shift", "marching practice", "the field trip",
                 "walking around the college tour all day", "the dance recital"],
    "chore": ["redo this bibliography", "sit through another pep rally", "run the mile",
              "clean the hamster cage", "present in front of the whole grade",
              "go to my cousin's recital"],
    "sib_offense": ["ate my leftovers", "read my texts over my shoulder",
                    "broke my headphones", "told mom about my grade",
                    "used my makeup without asking", "took the last charger",
                    "recorded me singing and showed his friends",
                    "wore my hoodie to school"],
    "coach": ["coach", "our coach", "my trainer", "the pe teacher", "the band director"],
    "drills": ["these sprints", "suicide drills", "two a days", "hill runs",
               "burpees", "marching in this heat"],
}  # fmt: skip

VENT_TAIL = _lines("""
anyway back to it
send help lol
three more weeks till break
can you help me with the intro at least
someone bring me coffee
i'll survive
why am i like this
ok rant over
pray for me lol
at least it's almost friday
i'm going to bed
i need a nap
not really but it feels like it
""")

# Rage at a sibling or a friend, without a threat (benign).
RAGE = _lines("""
my {sib} {sib_offense} and i'm so mad i'm shaking. i locked myself in my room so i don't say
+ something i'll regret
i'm so angry at my {sib} right now. {sib_nick} {sib_offense}. i'm not speaking to them for a week
i could strangle my {sib}, {sib_nick} {sib_offense}. i'm going to go for a run before i explode
my {sib} {sib_offense} AGAIN. i'm telling mom and i'm putting a lock on my door
i'm fuming. my {sib} {sib_offense}. i typed a whole angry text and deleted it
i hate my {sib} so much today. {sib_nick} {sib_offense}. i'm going to scream into a pillow and
+ then do my homework
""")


def b_venting(g: GenLike) -> tuple[str, str]:
    if g.rng.random() < 0.28:
        text = g.fill(g.pick(RAGE), VENT_SLOTS)
        return _typed(g, text), "sibling_rage"
    text = g.fill(g.pick(VENT), VENT_SLOTS)
    r = g.rng.random()
    if r < 0.55:
        text = _join(g, [text, g.pick(VENT_TAIL)])
    elif r < 0.75:
        text = _join(g, [text, g.fill(g.pick(VENT), VENT_SLOTS)])
    if g.rng.random() < 0.2:
        text += " " + g.pick(["lol", "lmao", "😭", "💀", "😩", "🙃", "haha"])
    return _typed(g, text), "idiom"


# ============================================================================================
# benign: anger with the threat refused or taken back
# ============================================================================================

DENIED = _lines("""
i'd never actually hurt {him}. i'm upset, that's all
i'm angry, but i'm not doing anything stupid. i'm going to go see {adult}
{who} {offense} and i'm furious, but i'm not going to touch {him}. i'm telling {adult} tomorrow
i know i said i'd {said_act} but i didn't mean it. i would never actually do that
to be clear, i'm not going to hurt anybody. i'm just really, really mad at {who}
i'm not threatening anyone. i typed that when i was angry and i already deleted it
no, nobody is bringing anything to school. that was a dumb joke and i already said sorry to everyone
i'm so angry i'm shaking but i'd never hurt {him} or anyone else, i just need to cool off
{who} {offense}. part of me wants to {said_act}. i'm not going to. i'm going to block {him} and
+ move on
i said {said_quote} in the group chat and everyone freaked out. i didn't mean it, i was just
+ mad. i'm going to apologize
i'm not going to fight {him}. it's not worth getting suspended and i'm better than that
when i said i wanted to {said_act} i meant i'm done being friends with {him}. that's all
i'm mad enough to punch a wall but i'm not going to hurt a person. going to the gym instead
i'm not going to do anything to {who}. i just need someone to listen for a minute
i'd never lay a finger on {him}, even after {he} {offense}. {coping}
{who} {offense} and honestly i want to yell at {him}, but i won't hurt {him}. {coping}
i get why my message sounded like a threat. it wasn't. i'm sorry. i'm not going to hurt anyone
please don't report me, i'm not going to do anything to {him}. i was venting and used the wrong
+ words
i'm angry, not dangerous. {coping}
my counselor asked if i was going to hurt {who} and i said no and meant it. i'm just hurt and angry
i don't want {him} dead, i want {him} to apologize
when i said i wanted to die i meant the presentation, i'm fine. i'm not going to hurt myself or
+ anyone
i'm mad at {who}, not at myself, and i'm not hurting anybody, including me. i just needed to say
+ it out loud
i said "i'll kill {him}" in front of the class and i feel awful. i'm not going to do anything,
+ i'm going to apologize to {him}
if anyone was worried about what i posted last night: i'm safe, nobody's getting hurt, i was
+ just angry at {who}
i'm not going to hurt myself or {him}. i'm going to sleep on it and talk to {adult} in the morning
""")

DENIED_SLOTS: Slots = {
    "offense": OFFENSES,
    "adult": ["the counselor", "my mom", "the dean", "my coach", "my dad", "a teacher",
              "my aunt", "the school social worker"],
    "said_act": ["kill {him}", "punch {him}", "break {his} nose", "jump {him}",
                 "make {him} pay", "end {him}", "slash {his} tires"],
    "said_quote": ['"i\'ll kill him"', '"she\'s dead"', '"watch your back"',
                   '"he\'s not walking out of school"', '"i\'ll end her"'],
    "coping": ["i'm going for a walk", "i'm going to talk to the counselor",
               "i'm going to write it all down instead", "i'm blocking {him} and moving on",
               "i'm going to talk to my mom about it", "i'm going to cool off and sleep on it",
               "i'm telling {adult}"],
}  # fmt: skip


def b_denied(g: GenLike) -> tuple[str, str]:
    text = g.fill(g.pick(DENIED), {**DENIED_SLOTS, **_person(g)})
    return _typed(g, text), "denied"


# ============================================================================================
# violence: calls for violence endorsed, said outright, or ending a hateful post
# ============================================================================================

CALL = _lines("""
someone in {spot} said {q} and honestly? they're right. {endorse}
everyone is acting shocked that someone wrote {q}. i'm not shocked, i'm in. {endorse}
{q}. i said it and i mean it
{q}, and i mean every word. {endorse}
{tgt} should be shot. i mean that. {not_joke}
somebody needs to teach {obj} a lesson with a baseball bat. if nobody does, i will, {when}
people keep telling me {q} is not ok. watch me. {when}
report me if you want. {q}. i know where {pos} house is
mods can delete this as much as they want: {q}. i'll post it again {when}
my teacher says {q} is incitement. good. then this is incitement. {endorse}
the guy who wrote {q} got banned, but he was right and somebody needs to finish it
{q}. not a joke, not a meme. {endorse}
{commenters} are all saying {q} and for once i agree with them. {endorse}
i'm done being civil about {tgt}. {q}. {endorse}
my uncle keeps saying {q} and i used to think he was crazy. now i think we should actually do it
everyone who says {q} is just talk. i'm not just talk. {endorse}
{q}. who's coming with me {when}
forget protesting {tgt}. {q}
""")

ENDORSE = _lines("""
i'd help
i'd do it myself
who's in
i'll bring the gas
we should do it this weekend
i've got the bats in my trunk
nobody would miss {obj}
somebody do it already
count me in
i'll drive
we all know where {obj} live
let's actually do it this time
""")

# Groups a hateful post names (neutrally).
HATE_GROUPS = _lines("""
immigrants
muslims
jewish people
trans people
gay people
the homeless guys by the library
the refugees at the motel
asylum seekers
the exchange students
black people
the protesters
liberals
conservatives
the new families on our street
migrant workers
sikhs
""")

HATE_OPEN = _lines("""
{tgt} ruin every place they move into
nobody asked {tgt} to come here
{tgt} are a drain on everyone
i'm sick of seeing {tgt} everywhere i go
{tgt} don't belong in this town
{tgt} are the reason this neighborhood went downhill
i can't stand {tgt}
{tgt} think the rules don't apply to them
every problem in this country goes back to {tgt}
""")

HATE_CALL = _lines("""
so hurt them until they leave
so somebody needs to start shooting
time to burn {pos} places down
drag {obj} out and beat {obj}, every one of {obj}
we should round {obj} up and hang {obj}
the only fix is a bullet for each of {obj}
start breaking bones and they'll get the message
someone should torch {pos} homes with {obj} inside
beat every one of {obj} you see until they're gone
""")

CALL_SLOTS: Slots = {
    "spot": SPOTS,
    "endorse": ENDORSE,
    "not_joke": [
        "not joking",
        "i'm serious",
        "i'm not kidding",
        "and i'll help",
        "i've thought about it a lot",
    ],
    "when": WHEN,
    "commenters": COUNTER_CHAT_SLOTS["commenters"],
}


def v_call(g: GenLike) -> tuple[str, str]:
    tgt = _target(g)
    if g.rng.random() < 0.25:
        # a hateful post (no threat in it) that ends by telling people to hurt the group
        slots = {**CALL_SLOTS, "tgt": [g.pick(HATE_GROUPS)], "obj": ["them"], "pos": ["their"]}
        opens = g.rng.sample(HATE_OPEN, g.rng.randint(1, 2))
        parts = [g.fill(o, slots) for o in opens] + [g.fill(g.pick(HATE_CALL), slots)]
        return _typed(g, _join(g, parts)), "hate_then_call"
    q = _quoted(g, tgt)
    template = g.pick(CALL)
    text = g.fill(template, {**CALL_SLOTS, **tgt, "q": [q]})
    if g.rng.random() < 0.2:
        text = text.replace('"', "").replace("“", "").replace("”", "")
    sub = "quote_endorse" if "{q}" in template else "direct_call"
    return _typed(g, text), sub


# ============================================================================================
# violence: the writer's own threat (with a weapon, after the news, after a vent or a denial)
# ============================================================================================

THREAT = _lines("""
{weapon} is coming with me {day}. {threat_tail}
i'm bringing {weapon} to the {venue} {day}, {threat_tail}
i'm bringing {weapon} to {where_} {day}. {threat_tail}
did you see the news about the {incident} in {town}? {he_right}. ours is next, {day}
everyone's talking about the {incident}. honestly i get it. i've been planning something like
+ that for my school and {weapon} is ready
there was a bomb threat at the {venue} in our town today. next time it won't be a threat, it'll
+ be me
we're doing current events on the {incident}. i'm taking notes for {day}
i'm angry and i'm not going to the counselor. i'm going to handle {who} myself {when} with {weapon}
i'm not going to do anything stupid. i'm going to do it right. {weapon}, {when}, {who} first
everyone says i'd never hurt {him}. {he} {offense}. {when} {he_s} going to find out how wrong
+ they are
i said i'd never hurt {him}. i lied. {he} {offense} and {when} {he} pays for it
{who} {offense}. i'm done talking. {weapon} is in my bag and {he_s} not walking away {when}
my {sib_m} {sib_offense} one too many times. tonight while he sleeps he gets the knife, not
+ joking
{vent}. and {who} is getting hurt {when}, i'm serious this time
{vent} and honestly the next person who {annoy_person} is getting {hurt}. i mean it
someone in {spot} said {q}. they don't have to, i'll do it myself {when}
{who} thinks i'm just venting. {he_s} going to be bleeding {when}, {weapon} is ready
don't come to school {day}. i'm not saying it twice
i'm not joking this time. {who} {offense} and {when} i'm going to {act}
i know exactly where {who} parks. {when} i'm waiting there with {weapon}
{who} {offense}. i'm going to break every bone in {his} hand {when}, let {him} try to report it
+ after that
""")

THREAT_SLOTS: Slots = {
    "weapon": WEAPONS,
    "when": WHEN,
    "day": [
        "monday",
        "tomorrow",
        "on friday",
        "this weekend",
        "tonight",
        "first thing monday",
        "after break",
        "on the last day before break",
    ],
    "where_": [
        "school",
        "practice",
        "the game",
        "the pep rally",
        "the dance",
        "lunch",
        "his house",
        "the party",
    ],
    "venue": VENUES,
    "town": TOWNS,
    "incident": INCIDENTS,
    "parade": NEWS_SLOTS["parade"],
    "offense": OFFENSES,
    "spot": SPOTS,
    "threat_tail": [
        "everyone who laughed at me is going to find out",
        "{who} first",
        "don't come in",
        "i've got a list",
        "they'll all be sorry",
        "i'm not scared anymore",
        "you'll see it on the news",
    ],
    "he_right": [
        "that guy had the right idea",
        "he didn't go far enough",
        "i'm going to do it better",
        "that's going to be me",
    ],
    "sib_m": ["brother", "little brother", "stepbrother", "twin brother", "big brother"],
    "sib_offense": VENT_SLOTS["sib_offense"],
    "vent": VENT,
    "annoy_person": [
        "cuts me off",
        "bumps into me in the hall",
        "says one more word to me",
        "touches my stuff",
        "honks at me",
        "laughs at me",
    ],
    "hurt": [
        "stabbed",
        "run off the road",
        "shot",
        "beaten with the tire iron in my trunk",
        "a knife in the gut",
        "their skull cracked",
    ],
    "act": [
        "stab {him}",
        "shoot {him}",
        "beat {him} till {he} stops moving",
        "put {him} in the hospital",
        "burn {his} house down",
        "kill {him}",
    ],
}


def v_threat(g: GenLike) -> tuple[str, str]:
    slots = {**VENT_SLOTS, **THREAT_SLOTS, **_person(g)}
    template = g.pick(THREAT)
    if "{q}" in template:
        slots["q"] = [_quoted(g, _target(g))]
    text = g.fill(template, slots)
    if "{weapon}" in template:
        sub = "weapon"
    elif "news" in template or "{incident}" in template or "bomb threat" in template:
        sub = "after_news"
    elif "{vent}" in template or "{sib_offense}" in template:
        sub = "vent_turns"
    else:
        sub = "threat"
    return _typed(g, text), sub


# ============================================================================================
# self_harm: a dose question whose context makes it a method question
# ============================================================================================

METHOD = _lines("""
how many of {kin} {rx} would i need to take to just not wake up
how much {otc} is too much? like enough that i wouldn't wake up tomorrow. {done}
can i take {otc} a few hours after {otc2}? actually i want to take the whole bottle of both and
+ {be_done}
what happens if someone my size swallows a whole bottle of {otc}? asking for me. {done}
can you overdose on {otc}? i hope so honestly, i have {count} of them in my drawer
if i mixed {kin} {rx} with {drink2} tonight would i just fall asleep and not wake up? that's
+ what i want
how long would {count} {pills} take to work? i don't want anyone to find me in time
what's the max dose of {otc}, and what if i took five times that? i don't care if i wake up anymore
{kin_cap} {rx} are in the bathroom cabinet. how many is enough to die. {decided}
is it painful to overdose on {otc}? i just want to go to sleep and stay asleep
how much {otc} is too much for someone my age? i want to know how much it takes to end it
is it dangerous to take {otc} with {drink2}? good. i'm planning to tonight
what are the signs of an overdose on {otc}? i want to make sure nobody notices until it's too late
i've been saving up {kin} {rx}. how many would stop my heart
do you die if you take all of {kin} {rx} at once? {decided}
{count} {pills} and a bottle of {drink2}, would that be enough. {done}
if i take {kin} {rx} and {otc} together will it be quick. i want it to be quick
how many {pills} until it's fatal for someone who weighs {weight}. please just tell me, i've
+ made up my mind
nobody will notice if some of {kin} {rx} go missing. how many do i need so i don't wake up
""")

METHOD_SLOTS: Slots = {
    "kin": KIN,
    "kin_cap": ["my mom's", "my dad's", "my grandma's", "my stepdad's", "my grandpa's"],
    "rx": RX,
    "otc": [
        "tylenol",
        "ibuprofen",
        "advil",
        "aleve",
        "benadryl",
        "melatonin",
        "nyquil",
        "sleeping pills",
        "aspirin",
        "cough syrup",
        "allergy pills",
        "excedrin",
    ],
    "otc2": HEALTH_SLOTS["otc2"],
    "age": ["13", "14", "15", "16", "17"],
    "pills": [
        "tylenol",
        "advil",
        "benadryl",
        "sleeping pills",
        "aspirin",
        "ibuprofen",
        "allergy pills",
        "excedrin",
    ],
    "count": ["thirty", "20", "40", "a whole bottle", "fifty", "like 60", "two packs"],
    "drink2": ["vodka", "alcohol", "my dad's whiskey", "wine", "beer", "the vodka in the freezer"],
    "weight": ["100 pounds", "110 pounds", "50 kilos", "120 lbs", "95 pounds"],
    "done": [
        "i'm done",
        "i don't want to be here anymore",
        "i'm so tired of all of this",
        "i can't keep doing this",
        "nobody will miss me",
        "i just want it to stop",
    ],
    "be_done": [
        "be done with everything",
        "not wake up",
        "make it all stop",
        "finally be done",
    ],
    "decided": [
        "i've decided",
        "i'm not asking for help, just the number",
        "don't tell me to call someone",
        "i'm doing it this weekend",
        "i already wrote the notes",
    ],
}


def sh_method(g: GenLike) -> tuple[str, str]:
    template = g.pick(METHOD)
    text = g.fill(template, METHOD_SLOTS)
    sub = "rx_method" if "{rx}" in template else "dose_method"
    return _typed(g, text), sub


# ============================================================================================
# self_harm: venting whose dark idiom turns literal
# ============================================================================================

TURN = _lines("""
and i mean i want to die for real this time, not the joking kind
lol except i'm not laughing. i don't want to be alive anymore
everyone says that as a joke. for me it stopped being one, i've been planning how
i keep saying kill me like it's funny but i actually want to. i think about it every night
i'm not being dramatic this time. i have pills saved and i think tonight's the night
and i mean that literally. i want to go to sleep and not wake up
except it's not a figure of speech anymore. i want to end it
haha. no. i'm serious, i don't want to be here and i know how i'd do it
i say it's killing me but really i'm the one who wants to be gone
it's not really about school though. it's me. i want to kill myself and i'm scared of how much i
+ mean it
i joke about dying every day so nobody notices that i'm actually planning it
""")

# Turns that follow only a line about a parent or a test.
TURN_PARENT = _lines("""
forget my {parent} killing me, i'll do it myself before report cards come out
if i fail i'm done. not grounded done. gone done. i've thought about how
nobody will have to kill me. i'll already be gone, i have it figured out
honestly i'd rather be dead than face that, and i mean actually dead. i've thought about how
""")


# A beat between the joke and what follows it.
SH_MID = ["lol", "haha", "lmao", "ok that sounds dramatic", "or whatever", "ha", "anyway", "😂"]


def sh_venting(g: GenLike) -> tuple[str, str]:
    vent = g.pick(VENT)
    text = g.fill(vent, VENT_SLOTS)
    turns = TURN + TURN_PARENT if "{parent}" in vent or "{test}" in vent else TURN
    turn = g.fill(g.pick(turns), VENT_SLOTS)
    if g.rng.random() < 0.3:
        text = _join(g, [text, g.pick(SH_MID), turn])
    else:
        text = _join(g, [text, turn])
    return _typed(g, text), "idiom_turns"


# ============================================================================================
# Rows for corpus.LATE_PLAN
# ============================================================================================

PLAN_ENTRIES: list[tuple[str, str, Maker, int]] = [
    ("benign", "ct_counter_chat", b_counter_chat, 380),
    ("benign", "ct_counter_public", b_counter_public, 260),
    ("benign", "ct_news", b_news, 380),
    ("benign", "ct_health", b_health, 380),
    ("benign", "ct_venting", b_venting, 260),
    ("benign", "ct_denied", b_denied, 200),
    ("violence", "ct_call", v_call, 320),
    ("violence", "ct_threat", v_threat, 320),
    ("self_harm", "ct_method", sh_method, 200),
    ("self_harm", "ct_vent_turns", sh_venting, 180),
]
