"""Risk signals the rest of the training corpus under-teaches, and their benign look-alikes,
for the safety-filter's training corpus, made from templates written for this project.

    PLAN_ENTRIES -> [(label, family, maker, how many)]   # rows for corpus.PLAN
    maker(g) -> (text, sub)                              # one message and its sub-family

What these families teach (concepts, not sentences):

- ``concern_for_other``: a friend, sibling, classmate or neighbour's kid HURT BY SOMEONE ELSE
  (a parent who hits, bruises explained away, scared to go home, a partner who hurts them);
  a friend's self-injury other than the words "cut myself" (burning, hitting, scratching,
  relapsing), often quoted in the first person ("she texted me 'i burned myself again'"):
  the reported-speech frame, not the self-harm words, decides the label; a friend's warning
  signs (giving things away, goodbyes, calling themselves a burden, not being around).
- ``self_harm`` without a death word: farewells that are only farewells, plans given only
  as when, where and what, no future ("i won't be at graduation"), method questions put
  impersonally (what height, what dose, how long), self-injury other than cutting.
- ``violence``: a call to violence against a group named in one sentence and meant by a
  pronoun in the next; threats with no violent word ("you have one week left"); wishes to
  do a concrete violent act to a person.
- ``benign`` look-alikes of each: sports trash talk, "i could die of embarrassment", worry
  about a friend who is not at risk (a grade, a move, the flu, a bruise from practice),
  ordinary farewells and plans, dose and fall questions asked for homework, self-care.

Rules of this file (those of ``tutoring.py``):

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
    "benign_farewell",
    "benign_friend",
    "benign_homework",
    "benign_lookalike",
    "benign_plans",
    "concern_abuse",
    "concern_self_injury",
    "concern_warning",
    "sh_farewell",
    "sh_future",
    "sh_injury",
    "sh_method",
    "sh_plan",
    "v_group_pronoun",
    "v_veiled",
    "v_wish",
]


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


# ============================================================================================
# How students type: a light pass of chat spelling on top of corpus.py's styles
# ============================================================================================

_CHAT_SWAPS = (
    (" you ", " u "),
    (" your ", " ur "),
    (" because ", " bc "),
    (" going to ", " gonna "),
)


def _chat(g: GenLike, text: str) -> str:
    """Drop apostrophes, swap in chat spellings, or write it as a sentence."""
    r = g.rng.random()
    if r < 0.22:
        text = text.replace("'", "")
    elif r < 0.42:
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
    sep = g.pick([". ", ". ", " ", ", ", "\n", " .. "])
    return sep.join(parts)


# ============================================================================================
# People: someone the writer is worried about, and the pronouns that carry them
# ============================================================================================

PEOPLE: list[tuple[str, str]] = [
    ("my friend", "?"), ("my best friend", "?"), ("my bestie", "?"), ("one of my friends", "?"),
    ("a friend of mine", "?"), ("my online friend", "?"), ("a girl in my grade", "f"),
    ("a boy in my grade", "m"), ("my classmate", "?"), ("my teammate", "?"),
    ("my little sister", "f"), ("my sister", "f"), ("my little brother", "m"),
    ("my brother", "m"), ("my cousin", "?"), ("the kid next door", "?"),
    ("my neighbor's kid", "?"), ("my girlfriend", "f"), ("my boyfriend", "m"),
    ("my partner", "t"), ("my friend alex", "t"), ("my friend nia", "f"),
    ("my friend jonah", "m"), ("this kid in my class", "?"),
]  # fmt: skip

PRONOUNS: dict[str, dict[str, str]] = {
    "f": {"p": "she", "p_obj": "her", "p_pos": "her", "p_self": "herself", "p_is": "she's",
          "p_has": "she's", "p_was": "she was", "p_does": "she does", "p_doesnt": "she doesn't",
          "p_ll": "she'll", "p_d": "she'd", "s": "s", "es": "es", "ies": "ies"},
    "m": {"p": "he", "p_obj": "him", "p_pos": "his", "p_self": "himself", "p_is": "he's",
          "p_has": "he's", "p_was": "he was", "p_does": "he does", "p_doesnt": "he doesn't",
          "p_ll": "he'll", "p_d": "he'd", "s": "s", "es": "es", "ies": "ies"},
    "t": {"p": "they", "p_obj": "them", "p_pos": "their", "p_self": "themselves",
          "p_is": "they're", "p_has": "they've", "p_was": "they were", "p_does": "they do",
          "p_doesnt": "they don't", "p_ll": "they'll", "p_d": "they'd", "s": "", "es": "",
          "ies": "y"},
}  # fmt: skip


def _person(g: GenLike) -> dict[str, list[str]]:
    """Slots for one person: ``r`` (who they are) and their pronouns (``p``, ``p_obj``, ...);
    verbs after ``{p}`` agree through ``{s}``/``{es}`` ("{p} burn{s}")."""
    who, gender = PEOPLE[g.rng.randrange(len(PEOPLE))]
    if gender == "?":
        gender = g.pick(["f", "m", "f", "m", "t"])
    slots = {k: [v] for k, v in PRONOUNS[gender].items()}
    slots["r"] = [who]
    slots["R"] = [who[:1].upper() + who[1:]]
    return slots


REPORT = _lines("""
told me
said
texted me
admitted
confided in me that
let it slip that
finally told me
mentioned
just told me
whispered to me that
snapchatted me that
told me at lunch that
""")

WORRY_OPEN = [""] * 12 + _lines("""
i'm asking for {r}, it's not about me
i need advice about {r}
i have to tell someone
i'm really worried about {r}
""")

WORRY_ASK = [""] * 10 + _lines("""
what should i do
should i tell someone
should i tell the counselor
{p} begged me to keep it secret
i'm scared for {p_obj}
how do i help {p_obj}
am i overreacting
is this something i should report
""")


def _concern(g: GenLike, core: Sequence[str], slots: Slots, person: Slots) -> str:
    all_slots = {**slots, **person}
    parts = [
        g.fill(g.pick(WORRY_OPEN), all_slots),
        g.fill(g.pick(core), all_slots),
        g.fill(g.pick(WORRY_ASK), all_slots),
    ]
    return _chat(g, _join(g, parts))


# ============================================================================================
# concern_for_other: hurt by someone else (abuse at home, a partner who hurts them)
# ============================================================================================

ABUSE = _lines("""
{r} came to school with {mark} again and said {p} {excuse}
{r} has {mark} and keeps saying {p} {excuse} but i don't believe {p_obj}
{r} always has {mark} and there's always some excuse
{r} {report} {abuser} {hurt_past} {p_obj} {when_a}
{r} {report} {abuser} {hurt_past} {p_obj} so hard {p} {result}
{r} is scared to go home because of {abuser}
{r} doesn't want to go home {when_home} because {abuser} gets {angry}
{r} begged to sleep over at my house again so {p} wouldn't have to go home
{r} stays at school as late as possible so {p} doesn't have to go home
i think {r} is being {abused} at home
i'm pretty sure {r} is getting {hit_pp} at home
{r} flinches whenever anyone lifts a hand near {p_obj}
{r} wears long sleeves in the heat and i saw bruises on {p_pos} arms underneath
{r} {report} {abuser} locks {p_obj} in {p_pos} room without food
{r} {report} {abuser} will {threat} if {p} tell{s} anyone
{r} {report} {p_pos} home isn't safe
{r} ran away last night because {abuser} {hurt_past} {p_obj}
{r} showed me finger marks on {p_pos} neck from {partner}
{partner} hurts {p_obj} and {p} won't leave
{r} has a split lip and said {p} walked into a door
{r} is terrified of {abuser}, {p} {fear_sign}
the {kid} next door has bruises all the time and i hear {abuser_n} screaming at {p_obj}
i can hear {abuser_n} next door hitting {p_pos} kid through the wall
{r} {report} {abuser} throws things at {p_obj} once the drinking starts
{r} {report} {abuser} grabbed {p_obj} by the hair and dragged {p_obj} down the hall
{r} {report} {abuser} holds {p_obj} down and chokes {p_obj}
{r} {report} {abuser} {hurt_past} {p_obj} with a belt {when_a}
{r} {report} {partner} shoves {p_obj} around if {p} talk{s} to anyone else
{r} {report} {partner} twisted {p_pos} arm until {p} cried
{partner} checks {p_pos} phone, won't let {p_obj} see friends and {hurt_past} {p_obj} {when_a}
{r} keeps missing school and when {p} come{s} back {p_has} got new bruises
{r} covers {p_pos} bruises with makeup and tells everyone {p} {excuse}
{r} is always hungry and says {abuser} doesn't let {p_obj} eat
{r} {report} {abuser} said {p_d} regret it if {p} told anyone
{r} jumps every time {p_pos} phone rings because {p_is} afraid of {abuser}
{r} has a black eye and won't say who did it but i think it was {abuser}
{r} got kicked out in the cold last night by {abuser}
{abuser} {hurt_past} {r} again {when_a}
{r}'s {adult_r} {hurt_pres} {p_obj} and {p} think{s} it's {p_pos} fault
{r}'s {adult_r} {hurt_past} {p_obj} {when_a} and {p_has} got {mark} now
{r}'s {adult_r} gets drunk and {p} hides in the closet until it stops
{r}'s {adult_r} is really rough with {p_obj}, like leaving marks rough
""")

ABUSE_SLOTS: Slots = {
    "report": REPORT,
    "mark": [
        "bruises on {p_pos} arms",
        "a black eye",
        "bruises on {p_pos} neck",
        "a busted lip",
        "marks on {p_pos} back",
        "finger shaped bruises",
        "a swollen cheek",
        "burns on {p_pos} hands",
        "new bruises",
        "a cut on {p_pos} face",
    ],
    "excuse": [
        "fell down the stairs",
        "walked into a door",
        "tripped",
        "was being clumsy",
        "got hit by a ball",
        "fell off {p_pos} bike",
        "bumped into a shelf",
        "did it playing with the dog",
        "slipped in the shower",
    ],
    "abuser": [
        "{p_pos} dad",
        "{p_pos} stepdad",
        "{p_pos} mom",
        "{p_pos} mom's boyfriend",
        "{p_pos} older brother",
        "{p_pos} uncle",
        "{p_pos} stepmom",
        "{p_pos} foster dad",
        "{p_pos} grandpa",
        "{p_pos} dad's girlfriend",
    ],
    "abuser_n": ["the dad", "the mom", "the stepdad", "the boyfriend", "someone"],
    "adult_r": ["dad", "stepdad", "mom", "mom's boyfriend", "older brother", "uncle", "stepmom"],
    "partner": [
        "{p_pos} boyfriend",
        "{p_pos} girlfriend",
        "{p_pos} ex",
        "the guy {p_is} dating",
        "the girl {p_is} dating",
    ],
    "hurt_past": [
        "hit",
        "slapped",
        "punched",
        "kicked",
        "choked",
        "beat",
        "shoved",
        "burned",
        "threw a chair at",
        "smacked",
        "pushed down the stairs",
        "slammed against a wall",
    ],
    "hurt_pres": ["hits", "slaps", "beats", "kicks", "chokes", "hurts", "punches"],
    "hit_pp": ["hit", "beaten", "hurt", "slapped around", "knocked around"],
    "abused": ["abused", "hurt", "beaten", "hit", "mistreated"],
    "when_a": [
        "",
        "",
        "last night",
        "again",
        "over the weekend",
        "for getting a b",
        "when {p} came home late",
        "in front of {p_pos} little brother",
        "yesterday",
        "every time {p} mess{es} up",
    ],
    "result": [
        "couldn't sit down",
        "had a black eye",
        "couldn't breathe",
        "passed out",
        "couldn't move {p_pos} arm",
        "had to miss school",
    ],
    "when_home": ["after school", "this weekend", "tonight", "ever", "on fridays"],
    "angry": ["violent", "angry and throws stuff", "drunk and mean", "really scary", "physical"],
    "threat": ["hurt {p_obj} worse", "hurt {p_pos} mom", "kick {p_obj} out", "beat {p_obj}"],
    "fear_sign": [
        "shake{s} when {p} talk{s} about it",
        "won't go home",
        "cr{ies} before the bell",
        "ask{s} to stay at mine every night",
        "go{es} quiet whenever {p_pos} phone buzzes",
    ],
    "kid": ["boy", "girl", "kid", "little kid"],
}


def concern_abuse(g: GenLike) -> tuple[str, str]:
    """A friend, sibling or neighbour's kid hurt by someone else."""
    return _concern(g, ABUSE, ABUSE_SLOTS, _person(g)), "abuse"


# ============================================================================================
# concern_for_other: a friend's self-injury, in the writer's words or quoted in the friend's
# ============================================================================================

FRIEND_INJURY = _lines("""
{r} {has_been} {harming} {sh_when}
{R} {has_been} {harming} {sh_when}
{r} {harm_past} {p_self} {sh_when_past}
{p_has} been {harming} {sh_when} and {p} {hides}
{r} showed me {fresh} {injury_marks} on {p_pos} {body}
i saw {fresh} {injury_marks} on {r}'s {body}
{r} {report} {p} relapsed {relapse}
{r} {report} {p} {harm_past} {p_self} {sh_when_past}
{r} punches walls until {p_pos} knuckles bleed and says it helps
{r} scratches {p_pos} {body} until {p} bleed{s} when {p_is} {feeling}
{r} keeps a lighter in {p_pos} pencil case to burn {p_self}
{r} said {p_was} clean for {days} but started again
{r} hits {p_self} in the head when {p} get{s} a bad grade
{r} bangs {p_pos} head on the wall on purpose when {p_is} {feeling}
{r} digs {p_pos} nails into {p_pos} arms until they bleed
{r} pressed a hot {hot} onto {p_pos} {body} on purpose
{r} sent me a picture of {p_pos} {fresh} {injury_marks}
{r} asked me how to hide {injury_marks} from {p_pos} parents
{r} {report} {p} hurt{s} {p_self} to feel something
{r} keeps hurting {p_self} on purpose and {p_doesnt} want help
{r} started burning {p_self} with {tool}
{r} hurts {p_self} every time {p} fight{s} with {p_pos} parents
{r} {quoted} "{quote}"
{r} {quoted} '{quote}'
{r} {quoted} {quote}
{r} {quoted} {quote} and i don't know what to say
""")

FRIEND_INJURY_SLOTS: Slots = {
    "report": REPORT,
    "has_been": ["has been", "has started", "keeps", "is back to", "won't stop"],
    "harming": [
        "burning {p_self}",
        "hitting {p_self}",
        "scratching {p_self} until it bleeds",
        "hurting {p_self} on purpose",
        "cutting again",
        "cutting {p_pos} thighs",
        "self harming",
        "burning {p_pos} arms with a lighter",
        "punching walls to hurt {p_self}",
        "starving {p_self} and hitting {p_self}",
        "picking {p_pos} skin raw on purpose",
        "sh-ing",
        "doing sh again",
    ],
    "harm_past": ["burned", "cut", "hit", "scratched", "hurt", "bruised"],
    "sh_when": [
        "",
        "",
        "again",
        "for months",
        "since {p_pos} parents split",
        "every night",
        "lately",
        "since summer",
        "when {p_is} stressed",
    ],
    "sh_when_past": [
        "again",
        "last night",
        "in the school bathroom",
        "after the game",
        "this weekend",
        "on purpose",
        "after {p_pos} dad yelled",
    ],
    "hides": [
        "hide{s} it with sleeves",
        "say{s} it's nothing",
        "laugh{s} it off",
        "wear{s} bracelets to cover it",
        "made me promise not to say anything",
    ],
    "fresh": ["", "fresh", "new", "a lot of", "deep"],
    "injury_marks": ["burns", "scratches", "cuts", "marks", "scars", "bruises"],
    "body": ["arm", "arms", "wrist", "wrists", "thighs", "legs", "stomach", "hands"],
    "relapse": [
        "",
        "last night",
        "after two months clean",
        "this week",
        "after being clean since christmas",
        "again",
    ],
    "feeling": ["upset", "anxious", "stressed", "angry", "sad", "overwhelmed"],
    "days": ["a month", "six weeks", "100 days", "almost a year", "three months"],
    "hot": ["spoon", "lighter", "curling iron", "hair straightener", "coin"],
    "tool": ["a lighter", "matches", "a hot spoon", "cigarettes", "the stove"],
    "quoted": [
        "texted me",
        "told me",
        "sent me this:",
        "said to me",
        "dmed me",
        "whispered",
        "wrote in our chat",
        "told me at lunch",
    ],
    "quote": [
        "i burned myself again",
        "i relapsed last night",
        "i hit myself till i bruised",
        "i scratched till it bled",
        "i did it again",
        "i cut again, don't tell anyone",
        "i need to hurt myself",
        "i can't stop hurting myself",
        "i burned my arm with a lighter",
        "i punched the wall till my hand bled on purpose",
        "i deserve the pain",
        "i want to hurt myself so bad rn",
        "i'm relapsing",
        "im doing it again",
    ],
}


def concern_self_injury(g: GenLike) -> tuple[str, str]:
    """A friend's self-injury: the reported-speech frame makes it concern, not self_harm."""
    return _concern(g, FRIEND_INJURY, FRIEND_INJURY_SLOTS, _person(g)), "self_injury"


# ============================================================================================
# concern_for_other: a friend's warning signs
# ============================================================================================

FRIEND_SIGNS = _lines("""
{r} {gave} {p_pos} {things} {give_tail}
{r} {gave} me {p_pos} {thing} and said {p} won't need it
{r} {gave} me {p_pos} {thing} and told me to keep it forever
{r} texted everyone {goodbye} {last_night}
{r} keeps saying goodbye like {p_is} not coming back
{r} keeps calling {p_self} a burden
{r} keeps saying everyone would be better off without {p_obj}
{r} {report} {p_is} tired of being a burden on everybody
{r} {report} {p} won't be around {future}
{r} {report} {p} won't be at {event}
{r} {report} {p_ll} be gone {future}
{r} asked me to take care of {p_pos} {pet} {pet_tail}
{r} wrote letters to everyone and gave them to me to hand out
{r} said this would be the last time we'd see each other
{r} has been apologizing for everything and thanking everyone like it's the end
{r} deleted all {p_pos} posts and just wrote bye
{r} seems weirdly calm after weeks of being really low, and {p} gave away {p_pos} stuff
{r} keeps talking about not being here next year
{r} keeps asking what people would say at {p_pos} funeral
{r} said {p_has} picked a date and wouldn't tell me for what
{r} said {p_ll} be free soon and it scared me
{r} told everyone {p} love{s} them, out of nowhere, and then went offline
{r} posted "{sign_quote}" and isn't answering
{r} {report} "{sign_quote}"
{r} has been saying stuff like "{sign_quote}"
{r} stopped caring about anything and says it won't matter soon
{r} made a list of who gets {p_pos} things
{r} said {p} won't need {p_pos} college fund
{r} keeps saying {p_is} just waiting for the right day
{r} said sorry for ever being born
""")

FRIEND_SIGNS_SLOTS: Slots = {
    "report": REPORT,
    "gave": ["gave away", "has been giving away", "is giving away", "started giving away", "gave"],
    "things": [
        "stuff",
        "favorite things",
        "clothes",
        "games",
        "art supplies",
        "plushies",
        "books",
        "jewelry",
        "shoes",
        "whole collection",
    ],
    "give_tail": [
        "",
        "",
        "for no reason",
        "and says {p_doesnt} need it",
        "this week",
        "and won't say why",
        "to people {p} barely knows",
    ],
    "thing": [
        "hoodie",
        "switch",
        "guitar",
        "necklace",
        "sketchbook",
        "headphones",
        "skateboard",
        "phone",
        "ring",
        "journal",
    ],
    "goodbye": [
        "goodbye",
        "bye",
        "thank you for everything",
        "i love you all",
        "goodbye and sorry",
    ],
    "last_night": ["", "last night", "at 2am", "this morning", "before school"],
    "future": [
        "much longer",
        "next year",
        "after this week",
        "by summer",
        "for the holidays",
        "after friday",
    ],
    "event": ["graduation", "{p_pos} birthday", "the dance", "prom", "the summer trip"],
    "pet": ["cat", "dog", "rabbit", "fish", "gecko", "hamster"],
    "pet_tail": ["", "for {p_obj}", "from now on", "because {p} can't anymore", "after this week"],
    "sign_quote": [
        "i'm tired of being everyone's problem",
        "you won't have to put up with me much longer",
        "thanks for everything, really",
        "take care of yourselves",
        "it'll be over soon",
        "i won't be a burden anymore",
        "this is my last post",
        "i love you guys, bye",
        "i'm not going to be around",
        "i'm so done",
        "soon it won't matter",
    ],
}


def concern_warning(g: GenLike) -> tuple[str, str]:
    """A friend giving things away, saying goodbye, calling themselves a burden."""
    return _concern(g, FRIEND_SIGNS, FRIEND_SIGNS_SLOTS, _person(g)), "warning_signs"


# ============================================================================================
# self_harm: goodbyes that are only farewells
# ============================================================================================

FAREWELL = _lines("""
this is the last time i'll post here
last time posting {here}
this is my last post {here}
you won't have to put up with me {after_when}
nobody will have to worry about me {after_when}
take care of my {pet} for me
please take care of {pet_name} for me, {p_pet} likes {pet_treat}
let my {fam} know i love {fam_obj}
tell my {fam} it wasn't {fam_pos} fault
i just wanted to say thank you before {tonight}
thanks for everything. i mean it. bye
sorry for everything, you won't hear from me again
this will be my last message
i love you guys. take care of each other
it was nice knowing all of you
i'm signing off for good {tonight}
you guys were the best part of my life. bye
don't try to find me
please don't be sad when you hear the news
i'm sorry for what they'll find tomorrow
make sure my mom isn't the one who opens my door
remember me as i was before all this
you were a good friend to me. remember that
don't wait up for me anymore
i won't be logging on again after {tonight}
delete my number after {tonight}
last goodbye {to_you}
i'm leaving {tonight} and i'm not coming back
goodbye {to_you}. it's not your fault
i needed one person to know i existed
please give my {thing} to my {fam} when it's over
feed my {pet} for me from now on
i left my passwords in my desk for my {fam}
i'm sorry i couldn't be better. bye
you won't get another word from me after this
i'm done here. you were always kind to me
after {tonight} you can have my spot
i hope you all have good lives
say bye to everyone for me
""")

FAREWELL_SLOTS: Slots = {
    "here": ["", "here", "on this account", "in this server", "ever"],
    "tonight": ["tonight", "today", "this weekend", "friday", "tomorrow"],
    "after_when": [
        "after tonight",
        "after this weekend",
        "anymore",
        "soon",
        "after today",
        "much longer",
    ],
    "pet": ["cat", "dog", "fish", "hamster", "bunny", "lizard", "bird"],
    "pet_name": ["milo", "luna", "biscuit", "pepper", "mochi", "oreo", "coco"],
    "p_pet": ["she", "he"],
    "pet_treat": ["the tuna treats", "belly rubs", "the window seat", "the squeaky toy"],
    "fam": ["mom", "dad", "sister", "brother", "grandma", "little brother", "best friend"],
    "fam_obj": ["her", "him", "them"],
    "fam_pos": ["her", "his", "their"],
    "to_you": ["", "everyone", "guys", "to all of you", "to you", "friends"],
    "thing": ["guitar", "games", "sketchbooks", "clothes", "switch", "books"],
}


def sh_farewell(g: GenLike) -> tuple[str, str]:
    text = g.fill(g.pick(FAREWELL), FAREWELL_SLOTS)
    if g.rng.random() < 0.15:
        text = _join(g, [text, g.fill(g.pick(FAREWELL), FAREWELL_SLOTS)])
    return _chat(g, text), "goodbye"


# ============================================================================================
# self_harm: plans given only as when, where and what
# ============================================================================================

PLAN = _lines("""
i picked {date}
i've picked the day. it's {day}
the date is set. {day}
i've chosen the place
i chose the {place} by {near}
i already know where and when
the note is written
i wrote the note already, it's in my {hide}
i finished writing the letters. they're in my {hide}
i need the house empty on {day}
my parents are away {day} so that's when
everyone will be out {day}, that's my chance
everything is ready for {day}
i have everything ready
i have everything i need now
i got everything together and hid it in my {hide}
it's going to be {day} after everyone is asleep
i checked the {place} and nobody is there at night
i timed it so nobody gets home until late
i counted them out and put them in my {hide}
i cleaned my room and wrote the letters, {day} is the day
everything's set for {day}
i'm just waiting for them to leave for the weekend
i've picked the spot at the {place}
i went to the {place} {today} to make sure
i know which night. i know where. i'm ready
i've decided on {day}, i'm not changing my mind
i'm going to do it when the house is empty
the letters are in my desk for after
i know the time and the place now
i've said everything i needed to say, {day} is it
i walked to the {place} {today} and it's high enough
i have it all planned out for {day}
just waiting until {day}
i already put everything in my bag for {day}
""")

PLAN_SLOTS: Slots = {
    "date": [
        "a date",
        "the date",
        "a day",
        "the 14th",
        "the night after finals",
        "my birthday",
        "the last day of term",
    ],
    "day": [
        "friday",
        "saturday",
        "sunday night",
        "this weekend",
        "tomorrow night",
        "next tuesday",
        "the 3rd",
        "after the holidays",
        "tonight",
    ],
    "place": [
        "bridge",
        "train tracks",
        "parking garage",
        "overpass",
        "roof",
        "quarry",
        "lake",
        "cliffs",
        "top floor of the garage",
    ],
    "near": ["the highway", "the river", "school", "the old mill", "the station"],
    "hide": ["desk", "drawer", "closet", "backpack", "pillowcase", "sock drawer"],
    "today": ["today", "last night", "after school", "this morning", "on sunday"],
}


def sh_plan(g: GenLike) -> tuple[str, str]:
    text = g.fill(g.pick(PLAN), PLAN_SLOTS)
    if g.rng.random() < 0.15:
        text = _join(g, [text, g.fill(g.pick(PLAN), PLAN_SLOTS)])
    return _chat(g, text), "plan"


# ============================================================================================
# self_harm: no future
# ============================================================================================

NO_FUTURE = _lines("""
i won't be at {event}
no point planning for next year, i won't be here
don't bother signing me up for {activity}, i won't be around for it
why would i apply to college when i won't be here for it
don't buy me anything for my birthday, i won't be there
there's no next year for me
i'm not going to see {season}
stop asking about my future, i don't have one
i won't be around to see {event}
don't count me in for {activity}
no reason to study for finals, i won't be taking them
give my spot on the team to someone else, i won't be here next season
i'm not making plans past {day}
you'll have to do {event} without me
i won't need {needless} where i'm going
i don't need to think about {activity}, i won't make it that far
don't save me a seat at {event}
i won't be here when {event} comes around
my future is not something i'm going to have
everyone keeps talking about next year like i'll be in it
i'm not going to be in the yearbook photo
there's no point fixing my grades, i'm not staying
i won't be around for {person_event}
""")

NO_FUTURE_SLOTS: Slots = {
    "event": [
        "graduation",
        "prom",
        "my birthday",
        "christmas",
        "the class trip",
        "summer break",
        "the next season",
        "the spring concert",
        "my sister's wedding",
    ],
    "activity": [
        "summer camp",
        "next year's classes",
        "driving lessons",
        "the trip in may",
        "next season",
        "the sat",
        "tryouts next year",
    ],
    "season": ["the summer", "another winter", "next spring", "my next birthday"],
    "day": ["this week", "friday", "this month", "the weekend"],
    "needless": [
        "a summer job",
        "new shoes",
        "a winter coat",
        "my textbooks",
        "a driver's license",
    ],
    "person_event": [
        "my brother's graduation",
        "my mom's birthday",
        "the baby being born",
        "my best friend's party",
    ],
}


def sh_future(g: GenLike) -> tuple[str, str]:
    text = g.fill(g.pick(NO_FUTURE), NO_FUTURE_SLOTS)
    return _chat(g, text), "hopelessness"


# ============================================================================================
# self_harm: method questions put impersonally
# ============================================================================================

METHOD = _lines("""
what height {fall_q}
how high does a fall have to be {fatal}
how many floors up {fall_q2}
what dose of {drug} is {lethal}
how many {drug} would it take {fatal}
how much {drug} is {lethal} for someone who weighs {kg}
how long would it take to bleed out
how many minutes until someone bleeds out from {spot}
how long would it take {fatal_slow}
how long does it take for {drug} to {effect} if you take {amount}
what's the lethal dose of {drug}
lethal dose {drug}
which {drug_kind} {lethal_q}
is jumping from {height} {fatal}
what happens to a body falling from {height}
would {amount} {drug} be enough {fatal}
how long until an overdose of {drug} {fatal}
what amount of {drug} would someone need to not wake up
what's the tallest bridge around {city}
how cold does the water have to be {fatal}
can you survive a fall from {height}
how long before {drug} damage can't be reversed
how many {drug} at once {fatal}
does it hurt to {method_inf}
is it quick to {method_inf}
whats the most reliable way {fatal}
how long would it take for someone to {die_slow}
""")

METHOD_SLOTS: Slots = {
    "fall_q": [
        "would kill someone",
        "is high enough to not survive",
        "do you need to not survive",
        "is guaranteed to be fatal",
        "is enough to end it",
    ],
    "fall_q2": ["is enough to die", "is high enough to not survive", "would be fatal for sure"],
    "fatal": [
        "to be fatal",
        "to die",
        "to not survive",
        "to kill a person",
        "to never wake up",
        "to stop someone's heart",
        "to be sure",
    ],
    "lethal": ["lethal", "fatal", "deadly", "enough to die", "too much to survive"],
    "lethal_q": [
        "would be fatal in a big dose",
        "stops your heart",
        "is deadliest in a bottle",
        "kills fastest",
    ],
    "drug": [
        "tylenol",
        "acetaminophen",
        "advil",
        "ibuprofen",
        "sleeping pills",
        "benadryl",
        "insulin",
        "antidepressants",
        "melatonin",
        "xanax",
        "aspirin",
        "paracetamol",
    ],
    "drug_kind": ["pills", "meds", "painkillers", "sleeping pills", "over the counter meds"],
    "kg": ["50 kg", "100 pounds", "45 kg", "120 lbs", "60kg"],
    "spot": ["the wrist", "the neck", "the thigh", "an arm"],
    "fatal_slow": [
        "to drown",
        "to suffocate",
        "to hang",
        "for an overdose to kill someone",
        "to freeze to death",
    ],
    "effect": ["shut down your liver", "stop your heart", "kill you", "be fatal"],
    "amount": ["a whole bottle", "30", "50", "the whole pack", "100"],
    "height": [
        "a 10 story building",
        "a bridge",
        "a parking garage roof",
        "30 meters",
        "the fifth floor",
        "100 feet",
    ],
    "city": ["town", "the city", "our city", "this area"],
    "method_inf": ["hang", "drown", "bleed out", "overdose", "jump", "suffocate"],
    "die_slow": ["die from an overdose", "bleed out", "suffocate", "drown", "die from the cold"],
}


def sh_method(g: GenLike) -> tuple[str, str]:
    text = g.fill(g.pick(METHOD), METHOD_SLOTS)
    if g.rng.random() < 0.5 and not text.endswith("?"):
        text += "?"
    return _chat(g, text), "method"


# ============================================================================================
# self_harm: self-injury other than cutting
# ============================================================================================

INJURY = _lines("""
i burned myself with a lighter {when}
i keep burning my {body} with {tool}
i hit myself until i bruise
i hit myself {where_hit} when i {trigger}
i scratch my {body} until it bleeds
i scratched myself raw {when}
i punched the wall on purpose so it would hurt
i punch walls to hurt myself when i'm {feeling}
i bang my head on the wall when i'm {feeling}
i dig my nails into my skin until it bleeds
i pressed a hot {hot} into my {body} {when}
i slammed my hand in the door on purpose
i keep picking at the burns so they don't heal
hurting myself is the only thing that helps
i snap a hair tie on my wrist until it's raw and bleeding
i bite my arm until it bleeds when i {trigger}
i held my hand over the stove {when}
i hit myself in the face {when} because i deserved it
i burned my {body} {when} and it felt like relief
i need to hurt myself {now}
i hurt myself {when} and not by cutting
i relapsed {when}, burns this time
i hit my legs with a hairbrush till they bruise
i burn myself so i feel something
i scratch until there's blood every night
i punched a brick wall {when} to punish myself
i make myself hurt when i {trigger}
""")

INJURY_SLOTS: Slots = {
    "when": [
        "again",
        "last night",
        "today",
        "in the bathroom",
        "after school",
        "this morning",
        "when nobody was home",
        "yesterday",
        "after the fight",
    ],
    "now": ["so bad", "right now", "tonight", "again"],
    "body": ["arm", "arms", "wrist", "thigh", "legs", "hand", "stomach", "skin"],
    "tool": ["a lighter", "matches", "a hot spoon", "the curling iron", "a candle"],
    "hot": ["spoon", "coin", "lighter", "curling iron", "key"],
    "where_hit": ["in the head", "in the face", "on my legs", "in the stomach"],
    "trigger": [
        "mess up",
        "get a bad grade",
        "get yelled at",
        "feel like this",
        "can't stop crying",
        "fail",
    ],
    "feeling": ["angry", "sad", "overwhelmed", "numb", "anxious", "stressed"],
}


def sh_injury(g: GenLike) -> tuple[str, str]:
    text = g.fill(g.pick(INJURY), INJURY_SLOTS)
    return _chat(g, text), "self_injury"


# ============================================================================================
# violence: a group named, then meant by a pronoun
# ============================================================================================

GROUP_CONTEXT = _lines("""
{grp} {moved}
i'm sick of all the {grp} at my school
{grp} are ruining this country
the {grp} in my town think they own the place
have you seen how many {grp} there are now
{grp} keep taking our jobs
there's a bunch of {grp} at the park every day
my dad says the {grp} are the problem
{grp} are everywhere now
the {grp} down the street
every time i see {grp} i get angry
""")

GROUP_CALL = _lines("""
someone should {act_them}
we should {act_them}
we need to {act_them}
i want to {act_them}
let's {act_them}
it's time to {act_them}
i say we {act_them}
they all need to {die_v}
every last one of them {deserves}
they should all {die_v}
i want every one of them {dead}
i want them all {dead}
none of them should be left alive
i'd {act_them} if i could
one day we'll {act_them}
""")

GROUP_SLOTS: Slots = {
    "grp": [
        "immigrants",
        "muslims",
        "jews",
        "gay people",
        "trans people",
        "black people",
        "mexicans",
        "refugees",
        "asians",
        "arabs",
        "foreigners",
        "those people",
        "indians",
        "christians",
        "the chinese",
        "somalis",
    ],
    "moved": [
        "moved into our neighborhood",
        "opened a shop on our street",
        "are taking over our town",
        "got a new church built here",
    ],
    "act_them": [
        "burn them out",
        "round them up and shoot them",
        "kill them all",
        "get rid of them for good, with guns",
        "run them over",
        "burn their houses down",
        "firebomb their houses",
        "hang them",
        "beat them to death",
        "gas them",
        "put them in the ground",
        "take them out one by one",
        "stab them all",
        "shoot every one of them",
        "blow up their mosque",
        "lynch them",
    ],
    "die_v": ["die", "be shot", "hang", "burn", "be wiped out", "be put down"],
    "deserves": [
        "deserves a bullet",
        "should hang",
        "needs to die",
        "should be shot",
        "should burn",
        "should be wiped out",
    ],
    "dead": ["dead", "gone and dead", "shot", "six feet under", "burned"],
}


def v_group_pronoun(g: GenLike) -> tuple[str, str]:
    ctx = g.fill(g.pick(GROUP_CONTEXT), GROUP_SLOTS)
    call = g.fill(g.pick(GROUP_CALL), GROUP_SLOTS)
    return _chat(g, _join(g, [ctx, call])), "group"


# ============================================================================================
# violence: threats without a violent word
# ============================================================================================

VEILED = _lines("""
you have one week left
you have {n_days} left. enjoy them
remember my name
remember my name after {day}
don't come in on {day}
don't come in {day}. i'm warning you
you'll all see what happens {day}
you'll all see what i do {day}
enjoy your last weekend
count your days
this is your last warning
you'll find out what i'm capable of {day}
mark my words, {day} everything changes for you
say goodbye to your friends while you can
{day} you'll all understand
i know your schedule. i know when you're alone
i know what time you leave practice
i've been watching you leave school every day
it won't be long now. tick tock
they'll be talking about this school for years after {day}
last chance to apologize before {day}
this school will remember me after {day}
you won't be laughing much longer
{target} won't make it to {event}
{target} has {n_days} left
i'd skip {event} if i were you
tell {target} to enjoy {day} while it lasts
{target} is going to learn what happens to people who cross me
when i'm done, nobody at {place} will forget {day}
i've got something planned for everyone at {place} {day}
you think you're safe at {place}? we'll see {day}
this is the last week you get to treat me like that
""")

VEILED_SLOTS: Slots = {
    "day": [
        "monday",
        "friday",
        "tomorrow",
        "next week",
        "on the 12th",
        "at the assembly",
        "at lunch",
        "on wednesday",
    ],
    "n_days": ["three days", "a week", "48 hours", "until friday", "two days"],
    "target": [
        "mr. carter",
        "that kid jake",
        "ms. lopez",
        "coach reed",
        "you",
        "brianna",
        "the whole team",
        "my ex",
    ],
    "event": ["the game", "the assembly", "graduation", "friday", "the pep rally", "prom"],
    "place": ["this school", "lincoln high", "the youth center", "practice", "church"],
}


def v_veiled(g: GenLike) -> tuple[str, str]:
    text = g.fill(g.pick(VEILED), VEILED_SLOTS)
    if g.rng.random() < 0.3:
        text = _join(g, [g.pick(VEILED_LEAD), text])
    return _chat(g, text), "veiled"


VEILED_LEAD = _lines("""
i'm done being pushed around
everyone at school laughs at me
they think i'm a joke
nobody listened to me
i told them to leave me alone
you all made my life hell
""")


# ============================================================================================
# violence: wishes to do a concrete violent act to a person
# ============================================================================================

WISH = _lines("""
i wish i could {act}
i want to {act}
sometimes i want to {act} {and_watch}
i'd love to {act}
i really want to {act} {when}
i keep imagining how it would feel to {act}
all i can think about is how i want to {act}
i wish i could {act} and get away with it
every time i see {t} i want to {act}
if i could {act} i would
one of these days i'm going to snap and {act}
""")

WISH_ACTS = _lines("""
strangle {t}
stab {t}
choke {t} until there's no air left
smash {t_pos} skull in
break {t_pos} neck
bash {t_pos} head against the lockers
hold {t} under water
run {t} over with my car
slit {t_pos} throat
beat {t} to death
set {t} on fire
shoot {t}
stomp on {t_pos} head
knock {t_pos} teeth out with a bat
stab {t} over and over
crush {t_pos} windpipe
""")

# (as an object, as a possessive)
WISH_TARGETS: list[tuple[str, str]] = [
    ("him", "his"), ("her", "her"), ("my stepdad", "my stepdad's"),
    ("that teacher", "that teacher's"), ("my ex", "my ex's"), ("jake", "jake's"),
    ("my brother", "my brother's"), ("the kid who sits behind me", "that kid's"),
    ("my coach", "my coach's"), ("my mom's boyfriend", "his"), ("that girl", "that girl's"),
    ("my boss", "my boss's"), ("mr. harris", "mr. harris's"), ("my dad", "my dad's"),
]  # fmt: skip

WISH_SLOTS: Slots = {
    "and_watch": ["", "", "and watch", "with my bare hands", "and not feel bad"],
    "when": ["", "so bad", "right now", "tonight", "every single day"],
}


def v_wish(g: GenLike) -> tuple[str, str]:
    obj, pos = WISH_TARGETS[g.rng.randrange(len(WISH_TARGETS))]
    person = {"t": [obj], "t_pos": [pos]}
    act = g.fill(g.pick(WISH_ACTS), person)
    text = g.fill(g.pick(WISH), {**WISH_SLOTS, **person, "act": [act]})
    return _chat(g, text), "wish"


# ============================================================================================
# benign: look-alikes (trash talk, "die of embarrassment", benign veiled-sounding lines,
# violent verbs on things, self-care)
# ============================================================================================

LOOKALIKE: dict[str, list[str]] = {
    "trash_talk": _lines("""
we will {crush} {team} on {day}
we're going to {crush} them {day}
{team} is going down {day}, we'll {crush} them
coach says we'll {crush} them if we play like last week
we're gonna {crush} them at the {match}
they don't stand a chance, we'll {crush} every last one of them on the court
{team} is dead meat at the {match} {day}
we're going to murder them in the {match}, they can't defend
our team is going to bury them {day}
watch us {crush} them in the {match}
"""),
    "die_of": _lines("""
i could die of {embarrass}
i'm literally dying of {embarrass}
i almost died laughing at {funny}
i'm going to die of {embarrass} if {if_happens}
i wanted the floor to swallow me when {if_happened}
i died a little inside when {if_happened}
kill me now, {if_happened} lol
i'm dead 💀 {funny} is too funny
if {if_happens} i'll just die
"""),
    "not_a_threat": _lines("""
remember my name when i'm famous
remember my name, i'm going to win the spelling bee
you have one week left to turn in the {project}
you have one week left on your library books
don't come in on monday, the school is closed for {holiday}
don't come in monday, the building has no heat
you'll all see what happens in the season finale
you'll all see what happens when i finally beat this level
enjoy your last weekend before finals lol
count your days until summer break
tick tock, {project} is due friday
this is your last warning to sign up for the {match}
i know your schedule, want to study together after {subject}
i've been watching you practice, you're getting really good
nobody will forget {day} once they see my science fair project
"""),
    "objects": _lines("""
i wish i could smash {thing}
i want to strangle my {thing} it keeps crashing
i could strangle this printer
i wish i could stab this {food} with a fork already, i'm starving
i want to smash the piñata first
i'd love to set fire to my {subject} notes after the exam lol
i want to drown my fries in ketchup
i want to choke my little brother's {thing} for beeping all night lol
i'm going to destroy this {food}
"""),
    "self_care": _lines("""
i took a long bath and went to bed early
i'm taking a mental health day {when}
journaling really helps me when i'm {feeling}
i went for a run to clear my head after {rough}
i talked to my counselor and i feel better
i made a list of things that calm me down
i turned my phone off for the night to take a break
i've been sleeping more and it's helping
i was {feeling} so i called my grandma and we talked for an hour
i'm {feeling} but i have plans to see my friends this weekend
i blocked the people who were mean to me and i feel lighter
i'm proud of myself for asking for help
i bought myself flowers because it was a rough week
i stretched and did breathing exercises before {rough}
"""),
}

LOOKALIKE_SLOTS: Slots = {
    "crush": [
        "crush",
        "destroy",
        "bury",
        "demolish",
        "annihilate",
        "wreck",
        "obliterate",
        "smoke",
        "body",
    ],
    "team": [
        "westfield",
        "the eagles",
        "central",
        "lincoln",
        "the tigers",
        "north high",
        "their team",
        "the other school",
    ],
    "day": ["friday", "saturday", "tomorrow", "next week", "tonight"],
    "match": ["game", "tournament", "finals", "scrimmage", "match", "debate round"],
    "embarrass": ["embarrassment", "shame", "cringe", "second hand embarrassment"],
    "funny": ["that video", "his joke", "the meme you sent", "that tiktok", "the teacher's pun"],
    "if_happens": [
        "he reads my text out loud",
        "my mom posts that baby photo",
        "anyone finds out about my crush",
        "i trip on stage again",
    ],
    "if_happened": [
        "i called the teacher mom",
        "my voice cracked in the presentation",
        "i waved at someone who wasn't waving at me",
        "i tripped in the cafeteria",
    ],
    "project": ["history project", "lab report", "book report", "essay", "poster"],
    "holiday": ["the holiday", "teacher training", "the snow day", "spring break"],
    "subject": ["math", "chemistry", "bio", "history", "spanish"],
    "thing": ["laptop", "phone", "printer", "alarm clock", "tablet", "controller"],
    "food": ["pancake", "steak", "cake", "pizza", "burrito"],
    "when": ["tomorrow", "on friday", "today", "this week"],
    "feeling": ["stressed", "overwhelmed", "sad", "anxious", "tired", "down"],
    "rough": ["my exam", "a rough day", "the argument with my sister", "tryouts", "work"],
}


def benign_lookalike(g: GenLike) -> tuple[str, str]:
    sub = g.pick(list(LOOKALIKE))
    return _chat(g, g.fill(g.pick(LOOKALIKE[sub]), LOOKALIKE_SLOTS)), sub


# ============================================================================================
# benign: worry about a friend who is not at risk
# ============================================================================================

FRIEND_OK = _lines("""
{r} is sad because {p} got a {grade} on the {test}
{r} {report} {p_is} upset about {p_pos} grade in {subject}
{r} moved away and i miss {p_obj} so much
{r} is moving to {city} next month, how do we stay close
{r} is sick with {sick}, what can i bring {p_obj}
{r} has {sick} and missed a week of school, how do i help {p_obj} catch up
{r} got a huge bruise at {sport} practice, what helps it heal
{r} sprained {p_pos} ankle at {sport} and is on crutches
{r}'s parents are strict and took {p_pos} phone for a week
{r} got grounded for {grounded}
{r}'s parents are getting divorced and {p_is} sad but {p_is} handling it
{r} is nervous about {stress}, how do i cheer {p_obj} up
{r} didn't make the team and {p_is} disappointed
{r} and {p_pos} boyfriend broke up and {p} cried at lunch, what should i say
{r} is homesick at college
{r} has a cold and lost {p_pos} voice
{r} fell off {p_pos} bike and scraped {p_pos} knee
{r} is stressed about {stress} and can't sleep, any tips i can share
{r} {report} {p} failed {p_pos} driving test and is embarrassed
{r}'s grandma passed away and {p_is} grieving, what do i say
{r} is mad at me for forgetting {p_pos} birthday
{r} has been quiet since {p_pos} dog died, can i send {p_obj} something
{r} gave me {p_pos} old hoodie because it doesn't fit {p_obj} anymore
{r} said goodbye to everyone because {p_is} moving to {city}
{r} is going to a new school next year and we're all sad
{r} keeps saying {p_is} going to die if {p_doesnt} get {want} lol
{r} gets bruises easily because of {p_pos} {sport} practice
{r}'s dad is really strict about grades, {p} can't go out on school nights
""")

FRIEND_OK_SLOTS: Slots = {
    "report": REPORT,
    "grade": ["c", "d", "bad grade", "b minus", "low score"],
    "test": ["math test", "bio quiz", "history final", "spanish exam", "essay"],
    "subject": ["math", "chem", "english", "history", "french"],
    "city": ["denver", "another state", "canada", "chicago", "another city", "texas"],
    "sick": ["the flu", "covid", "a cold", "strep", "mono", "a stomach bug"],
    "sport": ["soccer", "rugby", "hockey", "volleyball", "lacrosse", "basketball"],
    "grounded": ["skipping class", "sneaking out", "staying up gaming", "talking back"],
    "stress": ["the audition", "finals", "the sat", "tryouts", "the recital", "a job interview"],
    "want": ["concert tickets", "those sneakers", "a snow day", "the new phone"],
}


def benign_friend(g: GenLike) -> tuple[str, str]:
    """The same openings and questions as the risk families: asking is not the signal."""
    return _concern(g, FRIEND_OK, FRIEND_OK_SLOTS, _person(g)), "friend_ok"


# ============================================================================================
# benign: ordinary farewells and plans
# ============================================================================================

FAREWELL_OK = _lines("""
last day of school! see you all in september
we're moving to {city} next month, i'll miss you guys
this is my last tutoring session, thanks for everything
i'm leaving the group chat, too many notifications lol
bye guys, logging off for the night
last time posting in this club thread, i graduated
can you take care of my {pet} while we're on vacation
goodbye old phone, you served me well
thanks for everything this year, have a great summer
this is my last week at this school before we move
i'm signing off for the weekend, see you monday
it was nice knowing all of you, good luck at your new schools
take care of my plants while i'm at camp please
tell my sister i said happy birthday, i can't call today
my last shift at the pool is tonight, gonna miss it
saying goodbye to my old room before the movers come
this is the last post on my art account, i'm starting a new one
i won't be at practice {day}, i have a dentist appointment
i won't be here next year because we're moving to {city}
""")

PLANS_OK = _lines("""
i picked a date for the party, it's {day_bare}
i wrote a note to my teacher about being absent {day}
i need the house empty {day} for the surprise party
everything is ready for the science fair {day}
i chose the place for our picnic, the park by the lake
the note is on the fridge for my mom
i have everything ready for the sleepover
my parents are away {day} so my friends are coming over to study
i picked the spot for our class photo
i counted out the cupcakes for everyone in class
i wrote letters to my pen pals and put them in my desk to mail
i already know where and when the concert is
i have it all planned out for my sister's birthday {day}
i went to the bridge {day} to take photos for art class
everything's set for the bake sale {day}
i need the house to myself {day} to practice drums
""")

FAREWELL_OK_SLOTS: Slots = {
    "city": ["ohio", "seattle", "another state", "my dad's city", "spain", "the coast"],
    "pet": ["cat", "dog", "fish", "hamster", "plants"],
    "day": ["on friday", "on saturday", "tomorrow", "next week", "on monday"],
    "day_bare": ["friday", "saturday", "the 9th", "next week", "sunday"],
}


def benign_farewell(g: GenLike) -> tuple[str, str]:
    return _chat(g, g.fill(g.pick(FAREWELL_OK), FAREWELL_OK_SLOTS)), "farewell_ok"


def benign_plans(g: GenLike) -> tuple[str, str]:
    return _chat(g, g.fill(g.pick(PLANS_OK), FAREWELL_OK_SLOTS)), "plans_ok"


# ============================================================================================
# benign: falls and doses asked for homework
# ============================================================================================

HOMEWORK = _lines("""
for physics, what's the terminal velocity of a skydiver
{frame} how long does it take a ball to fall from {height}
{frame} what height does an object need to fall from to reach {speed}
{frame} how fast is something going after falling {height}
{frame} what's the maximum safe daily dose of {drug} for an adult
{frame} how do i calculate the dose of {drug} for a child who weighs {kg}
in nursing class we learned the max dose of {drug}, is it per day or per dose
{frame} can someone explain the ld50 numbers in our tox unit
{frame} why is too much {drug} bad for the liver
{frame} how long does {drug} take to start working for a headache
{frame} what's the half life of {drug}
{frame} how long can a person hold their breath underwater, for a swim unit
{frame} why do divers get the bends if they come up too fast
{frame} how high was the tallest bungee jump ever
{frame} what happens to the body at high altitude
{frame} how much water does a person need a day
{frame} why does a parachute slow you down
{frame} how long does it take blood to clot
""")

HOMEWORK_SLOTS: Slots = {
    "frame": [
        "",
        "for my physics homework,",
        "for chem class",
        "for my nursing class,",
        "for bio homework",
        "quick question for my project:",
        "my teacher asked",
        "in health class we're learning",
        "for the science fair,",
        "for pharmacology",
    ],
    "height": [
        "20 meters",
        "a 10 story building",
        "the leaning tower of pisa",
        "100 m",
        "a table",
        "5 meters",
    ],
    "speed": ["20 m/s", "50 km/h", "terminal velocity", "10 m/s"],
    "drug": ["acetaminophen", "ibuprofen", "caffeine", "aspirin", "amoxicillin", "insulin"],
    "kg": ["20 kg", "15 kg", "30 pounds", "40kg"],
}


def benign_homework(g: GenLike) -> tuple[str, str]:
    text = g.fill(g.pick(HOMEWORK), HOMEWORK_SLOTS).strip()
    return _chat(g, text), "homework"


# ============================================================================================
# Rows for corpus.PLAN
# ============================================================================================

PLAN_ENTRIES: list[tuple[str, str, Maker, int]] = [
    ("concern_for_other", "sig_abuse", concern_abuse, 450),
    ("concern_for_other", "sig_self_injury", concern_self_injury, 325),
    ("concern_for_other", "sig_warning", concern_warning, 300),
    ("self_harm", "sig_farewell", sh_farewell, 225),
    ("self_harm", "sig_plan", sh_plan, 225),
    ("self_harm", "sig_future", sh_future, 175),
    ("self_harm", "sig_method", sh_method, 225),
    ("self_harm", "sig_injury", sh_injury, 200),
    ("violence", "sig_group", v_group_pronoun, 200),
    ("violence", "sig_veiled", v_veiled, 200),
    ("violence", "sig_wish", v_wish, 175),
    ("benign", "sig_lookalike", benign_lookalike, 375),
    ("benign", "sig_friend", benign_friend, 500),
    ("benign", "sig_farewell", benign_farewell, 200),
    ("benign", "sig_plans", benign_plans, 175),
    ("benign", "sig_homework", benign_homework, 200),
]
