"""Detection core of the ``safety-filter`` module: classify a chat message into critical categories.

Pure, standard-library-only and SDK-free. ``classify(text)`` returns a list of :class:`Flag`
(most severe first, empty when the text is safe) for three critical categories:

``self_harm``
    Suicidal ideation, intent, plans, method-seeking questions, self-injury and goodbye notes,
    said by the writer about themselves.
``violence``
    Threats or plans to hurt other people (school shootings, stabbings, weapons brought to
    school, bombs), requests for instructions to hurt people or to build weapons/explosives,
    and harassment that tells someone else to kill themselves ("kys", "go kill yourself").
    Telling *someone else* to die is abuse aimed at another person, not a disclosure of the
    writer's own risk, so it is filed here (rule ``violence.tell_to_kill_self``); the violence
    reply (talk to a trusted adult) fits both the sender and a student who pastes such a
    message they received. Questions such as "how do you kill yourself" are method-seeking and
    are filed under ``self_harm`` instead.
``sexual_minors``
    Any sexual content involving minors: sexual terms near child/minor/age<18 words, grooming
    patterns (secrecy combined with photos or meeting up), requests for nude images, and a
    student reporting that someone asked them for such pictures (flagged so that the reply
    can point them to a trusted adult and the NCMEC CyberTipline).

Why rule-based
--------------
The users are students, often minors, and every block has to be explainable to a teacher or
a parent: each flag names the rule that fired (a stable id such as
``self_harm.intent_to_die``) and the phrase it matched. Rules are deterministic, fast (well
under a millisecond for a chat message), need no model download, and can be reviewed and
unit-tested line by line. The trade-off is recall on novel phrasing; see the known gaps in
the tests and the module docs.

Sensitivity levels
------------------
Every rule belongs to exactly one level. ``classify(sensitivity=...)`` runs that level and
all the levels below it:

``low``
    Explicit, unambiguous critical statements: "I want to kill myself", "I'm going to shoot
    up the school", "child porn", "he asked me to send nudes".
``medium`` (default)
    Adds clear but less explicit ones: "I don't want to be alive anymore", "I want to hurt
    him", "everyone would be better off without me", method-seeking questions ("how many
    pills would it take to die"), grooming patterns.
``high``
    Adds ambiguous risk signals: "I hate my life", "I want to disappear", "nobody would care
    if I was gone", "don't come to school tomorrow".

Low and medium rules have severity ``critical``; high rules (and custom extra terms) have
severity ``elevated``.

How matching works
------------------
1. **Normalise** the text, character by character, keeping for every output character the
   index of the original character it came from: casefold, Unicode compatibility folding
   (full-width letters, ligatures), accents and other combining marks dropped, zero-width
   and other format characters (ZWSP, ZWJ, soft hyphen, BOM) dropped, a few Cyrillic/Greek
   look-alike letters mapped to Latin, curly apostrophes/quotes/dashes mapped to ASCII,
   apostrophes inside words removed (``don't``/``dont`` and ``I'm``/``im`` become one form),
   leetspeak mapped *inside words only* (``k1ll`` -> ``kill``, ``$uicide``, ``k!ll``, but
   ``13yo``, ``3d``, ``c4``, ``ar15`` and plain numbers are left alone), whitespace collapsed,
   and letters spaced out one by one (``k i l l``, ``k.i.l.l``) joined.
2. **Rules** are a data table (``_RULES``: id, category, level, pattern). Patterns are
   written with a tiny template language: ``{name}`` inserts a shared vocabulary fragment
   (first-person subjects, intent words, fuzzy spellings such as ``k+[i*]+l+`` that accept
   ``kiiill`` and ``k*ll``), a space means "one or more separators (spaces, commas, hyphens,
   ...) within the sentence", ``~`` means "optional separator" (``my self``, ``myself``).
   Every pattern is anchored on word boundaries. A few ``sexual_minors`` rules are
   *proximity* rules (``_PROXIMITY_RULES``): two term lists that must occur within a short
   distance in the same sentence.
3. **Guards** (``_GUARDS``) are benign-context patterns: idioms ("kill myself laughing",
   "shoot him a text", "stab him in the back"), technical terms ("kill -9", "child process",
   "minor key", "bath bomb", "TNT in Minecraft", "kms" as kilometres), biology and
   health-class wording ("sex of the kitten", "sex education", "sexual reproduction"), games
   ("kill you at chess"), titles ("How to Get Away with Murder") and explicit denials ("I
   would never kill myself"). A rule match that overlaps a guard span for that rule is
   dropped; other matches of the same rule still count.

Academic and literary discussion is not matched at any level because the self-harm and
violence rules need the writer's own first-person voice or a threat against a concrete
target ("why did Romeo and Juliet commit suicide", "Macbeth's suicide themes", "the
Columbine shooting", "Hamlet kills Polonius" produce no flag).

``Flag.matched`` is an excerpt of the *original* text (the characters that the matched,
normalised span came from), at most ``_MAX_EXCERPT`` characters long.

Every pattern avoids nested unbounded repetition (gaps are bounded word counts), so matching
is linear in the length of the text; the normalisation is a single pass.
"""

from __future__ import annotations

import bisect
import re
import unicodedata
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from functools import lru_cache

__all__ = [
    "CATEGORIES",
    "SENSITIVITIES",
    "SUPPORTIVE_RESPONSES",
    "ExtraTerms",
    "Flag",
    "classify",
    "compile_extra_terms",
]

CATEGORIES = ("self_harm", "violence", "sexual_minors")
SENSITIVITIES = ("low", "medium", "high")
CUSTOM = "custom"

CRITICAL = "critical"
ELEVATED = "elevated"

_MAX_EXCERPT = 120


@dataclass(frozen=True, slots=True)
class Flag:
    """One rule that fired: what kind of content, which rule, how severe, on what phrase."""

    category: str  # one of CATEGORIES, or "custom" for extra terms
    rule: str  # stable id of the rule that matched, e.g. "self_harm.intent_to_die"
    severity: str  # "critical" or "elevated"
    matched: str  # the matched phrase (excerpt of the original text)


SUPPORTIVE_RESPONSES: dict[str, str] = {
    "self_harm": (
        "It sounds like you're going through something really hard right now, and I'm glad "
        "you said something. You are not alone, and you don't have to handle this by "
        "yourself. Please talk to a trusted adult today: a parent, a teacher or your school "
        "counselor. You can also reach the 988 Suicide & Crisis Lifeline any time, day or "
        "night: call or text 988 (in the US). If you're outside the US, or if you're in "
        "danger right now, call your local emergency number. People care about you and want "
        "to help."
    ),
    "violence": (
        "It sounds like something serious is going on, and I can't help with this here. "
        "Please talk to a trusted adult, like a parent, a teacher or your school counselor, "
        "as soon as you can. They can help. If anyone is in immediate danger, call 911 (or "
        "your local emergency number) right away."
    ),
    "sexual_minors": (
        "This isn't something I can help with. If someone is asking you for pictures or "
        "asking you to keep secrets, it is not your fault, and you are not in trouble. "
        "Please tell a trusted adult, like a parent, a teacher or your school counselor. "
        "You can also report it to the NCMEC CyberTipline at report.cybertip.org or "
        "1-800-843-5678."
    ),
    CUSTOM: "I can't help with that topic here. Let's get back to your work.",
}


# --------------------------------------------------------------------------------------------
# Normalisation
# --------------------------------------------------------------------------------------------

_APOSTROPHES = frozenset("'\u2018\u2019\u201b\u02bc\u02b9\u2032\u00b4`\uff07")
_QUOTES = frozenset('"\u201c\u201d\u201e\u201f\u00ab\u00bb\u2033\uff02')
_DASHES = frozenset("\u2010\u2011\u2012\u2013\u2014\u2015\u2212\ufe58\ufe63\uff0d")
# A few look-alike letters that are used to dodge filters ("kіll" with a Cyrillic і).
_CONFUSABLES = {
    "а": "a", "е": "e", "о": "o", "р": "p", "с": "c", "у": "y", "х": "x", "і": "i",
    "ј": "j", "ѕ": "s", "к": "k", "ӏ": "l", "ο": "o", "α": "a", "ε": "e", "ι": "i",
    "κ": "k", "ρ": "p", "ν": "v", "ı": "i",
}  # fmt: skip


@lru_cache(maxsize=8192)
def _fold_char(ch: str) -> str:
    """Map one original character to zero or more normalised characters."""
    if ch in _APOSTROPHES:
        return "'"
    if ch in _QUOTES:
        return '"'
    if ch in _DASHES:
        return "-"
    if ch.isspace():
        return " "
    cat = unicodedata.category(ch)
    if cat in ("Cf", "Cc", "Mn", "Me", "Cs", "Co", "Cn"):
        # format (zero-width, bidi, soft hyphen), control, combining, unassigned: drop
        return ""
    out: list[str] = []
    for c in unicodedata.normalize("NFKD", ch.casefold()):
        if unicodedata.combining(c) or unicodedata.category(c) in ("Mn", "Me", "Cf"):
            continue
        c = c.casefold()
        out.append(_CONFUSABLES.get(c, c))
    return "".join(out)


_LEET = {"0": "o", "1": "i", "3": "e", "4": "a", "5": "s", "7": "t", "@": "a", "$": "s"}
_LEET_INNER = {"!": "i", "|": "l"}
_TOKEN_RE = re.compile(r"[\w@$!|]+")
_HAS_LETTER_RE = re.compile(r"[^\W\d_]")
# Tokens that are numbers with units or short product/weapon codes are not leetspeak.
_NOT_LEET_RE = re.compile(
    r"\d+(?:st|nd|rd|th|d|s|yo|y|yr|yrs|am|pm|k|kg|g|mg|ml|l|m|cm|mm|km|kms|min|mins|h|hr|hrs"
    r"|x|lb|lbs|ft|mph|gb|mb|tb|p|fps|v|w|sec|secs|b|t|c|f|e)|[a-z]{1,2}\d{1,3}"
)
_INNER_APOSTROPHE_RE = re.compile(r"(?<=[^\W\d_])'(?=[^\W\d_])")
_SPACED_LETTERS_RE = re.compile(r"(?<!\w)[^\W\d_](?:[ .\-_*][^\W\d_]){2,}(?!\w)")
_SPACE_RUN_RE = re.compile(r" {2,}")


@dataclass(frozen=True, slots=True)
class _Normalized:
    text: str
    index: tuple[int, ...]  # index[i] = position in the original of normalised char i
    original: str

    def excerpt(self, start: int, end: int) -> str:
        if start >= end or not self.index:
            return ""
        a = self.index[start]
        b = self.index[end - 1] + 1
        out = self.original[a:b].strip()
        if len(out) > _MAX_EXCERPT:
            out = out[: _MAX_EXCERPT - 1] + "…"
        return out


def _drop(chars: list[str], idx: list[int], drop: set[int]) -> tuple[list[str], list[int]]:
    return (
        [c for i, c in enumerate(chars) if i not in drop],
        [x for i, x in enumerate(idx) if i not in drop],
    )


def _normalize(text: str) -> _Normalized:
    chars: list[str] = []
    idx: list[int] = []
    for i, ch in enumerate(text):
        if ch.isascii():
            folded = ch.lower() if ch.isalnum() else _fold_char(ch)
        else:
            folded = _fold_char(ch)
        for c in folded:
            chars.append(c)
            idx.append(i)

    # apostrophes inside words: don't -> dont, I'm -> im
    s = "".join(chars)
    drop = {m.start() for m in _INNER_APOSTROPHE_RE.finditer(s)}
    if drop:
        chars, idx = _drop(chars, idx, drop)
        s = "".join(chars)

    # leetspeak inside words (1:1 substitution, indices unchanged)
    for m in _TOKEN_RE.finditer(s):
        tok = m.group()
        if tok.isalpha() or not _HAS_LETTER_RE.search(tok) or _NOT_LEET_RE.fullmatch(tok):
            continue
        base = m.start()
        n = len(tok)
        for j, c in enumerate(tok):
            if c in _LEET:
                chars[base + j] = _LEET[c]
            elif c in _LEET_INNER and 0 < j < n - 1 and tok[j - 1].isalnum() and tok[
                j + 1
            ].isalnum():
                chars[base + j] = _LEET_INNER[c]
    s = "".join(chars)

    # collapse whitespace, trim
    drop = {m.start() + k for m in _SPACE_RUN_RE.finditer(s) for k in range(1, len(m.group()))}
    if drop:
        chars, idx = _drop(chars, idx, drop)
        s = "".join(chars)

    # spaced-out letters: "k i l l" / "k.i.l.l" -> "kill"
    drop = set()
    for m in _SPACED_LETTERS_RE.finditer(s):
        drop.update(range(m.start() + 1, m.end(), 2))
    if drop:
        chars, idx = _drop(chars, idx, drop)
        s = "".join(chars)

    return _Normalized(s, tuple(idx), text)


# --------------------------------------------------------------------------------------------
# Pattern templates
# --------------------------------------------------------------------------------------------

# A space in a template: one or more separators inside a sentence (not . ! ? which end one).
_SEP = r"(?:[^\w.!?]|_)+"
# "~" in a template: an optional separator ("myself", "my self", "my-self").
_OPT_SEP = r"(?:[^\w.!?]|_)*"


def _fz(word: str) -> str:
    """Fuzzy spelling of a key word: repeated letters allowed, vowels may be censored by *."""
    out: list[str] = []
    prev = ""
    for c in word:
        if c == prev:
            continue
        prev = c
        out.append(f"[{c}*]+" if c in "aeiou" else f"{c}+")
    return "".join(out)


def _trie(words: str) -> str:
    """A plain word list ("a|an|and") as one trie-shaped regex ("an?(?:d)?" in spirit).

    Python's ``re`` tries the branches of an alternation one by one; a trie makes the long
    word lists (filler words, targets, games) cost a few character tests per position.
    Words may contain letters, digits, spaces (separators) and ``&``.
    """
    root: dict[str, dict] = {}  # type: ignore[type-arg]
    for word in {w for w in words.split("|") if w}:
        node = root
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = {}

    def emit(node: dict[str, dict]) -> str:  # type: ignore[type-arg]
        branches = []
        optional = "" in node
        for ch in sorted(k for k in node if k):
            lit = ch if ch.isalnum() or ch == " " else re.escape(ch)
            branches.append(lit + emit(node[ch]))
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        if optional:
            return body + "?" if len(branches) == 1 and len(body) == 1 else f"(?:{body})?"
        return body

    return emit(root)


_VOCAB: dict[str, str] = {
    # --- key words, fuzzy ---
    "kill": _fz("kill"),
    "killing": _fz("kill") + r"(?:[i*]+n+g*|e+d)",
    "die": _fz("die"),
    "dead": _fz("dead"),
    "myself": r"(?:m+y+|me|mi|ma)~s+[e*]+l+f+|myslef|meself|myseld",
    "yourself": r"(?:y+o+u+r+|y+o+|y+u+r+|u+r+|ya|yo+r)~s+[e*]+l+(?:f+|v+e*s+)",
    "suicide": (
        r"s+[u*]+[i*]*c+[i*]*d+[e*]*|s+[u*]+[i*]+s+[i*]+d+[e*]+|sewer~slide|suey~cide"
    ),
    "suicidal": r"s+[u*]+[i*]*c+[i*]*d+[a*]+l+",
    # --- first person ---
    "subj": _trie("i|im|ive|ill|id|imma|ima|iam"),
    "subj_we": _trie("i|im|ive|ill|id|imma|ima|iam|we|were|weve"),
    "fill": _trie(
        r"am|m|are|re|r|will|would|just|really|rlly|rly|realy|honestly|literally|lowkey|low key"
        r"|highkey|seriously|actually|kinda|kind of|sort of|sometimes|often|always|still"
        r"|genuinely|truly|fr|legit|totally|even|also|probably|prob|def|definitely|so|been"
        r"|finally|now|gonna|gunna|going|goin|gon|to|want|wanna|wana|wanted|need|needed|plan"
        r"|planned|planning|planing|about|abt|bout|ready|decided|think|thinking|thought|feel"
        r"|felt|like|might|may|should|shall|must|gotta|got|have|had|keep|kept|start|started"
        r"|starting|considering|consider|considered|cant stop|could|do|did|almost|tried|try"
        r"|trying|tryna|attempt|attempted|attempting|wish|wished|hope|hoping|finna|tonight"
        r"|today|tomorrow|soon|of|on|very|dream|dreaming|fantasize|fantasizing|usually"
        r"|constantly|occasionally|wil|wud|cud|shud|go|i|im|ill|id|ive|imma|ima|a lot|alot"
        r"|every day|everyday|at night|secretly"
    ),
    "intent": _trie(
        r"want|wanna|wana|wanted|going|goin|gonna|gunna|gon|finna|will|wil|about|abt|bout"
        r"|plan|planning|planned|ready|decided|decide|trying|tryna|try|need|gotta|must|should"
        r"|thinking|thought|considering|fantasize|fantasizing|fantasizing about|dream|dreaming"
        r"|hope|hoping|wish"
    ),
    # "I'm going to", "I really want to", "I'll", "we're gonna" ... right before a verb
    "intent_head": (
        r"(?:{subj_we})(?: (?:{fill})){0,5} (?:{intent})(?: to| on| of| about)?"
        r"(?: i (?:could|would|can|will|might))?"
        r"|ill|imma|ima|im a|ima go|imma go"
    ),
    "denial": (
        r"(?:{subj})(?: (?:am|m|would|will|do|did|really|honestly|definitely|def|seriously"
        r"|promise|swear|absolutely|promise i|swear i)){0,4} (?:never|not|wont|wouldnt|will not"
        r"|would not|aint)(?: ever)?(?: (?:going to|gonna|goin to|try to|trying to|want to"
        r"|wanna|actually|really|ever)){0,3}"
    ),
    # --- violence targets ---
    "person": _trie(
        r"mom|mother|mum|dad|father|stepdad|stepmom|step dad|step mom|stepfather|stepmother"
        r"|brother|bro|sister|sis|twin|cousin|uncle|aunt|grandma|grandpa|grandmother"
        r"|grandfather|parents|family|teacher|teachers|coach|principal|counselor|classmate"
        r"|classmates|friend|friends|bestie|bf|gf|boyfriend|girlfriend|ex|neighbor|neighbour"
        r"|neighbors|bully|bullies|boss|sub|substitute|kid|kids|student|students|class"
        r"|whole class|whole school|guy|girl|boy|dude|bitch|haters|enemies|enemy|roommate"
    ),
    "people_pl": _trie("kids|students|teachers|people|bullies|classmates|boys|girls|guys|haters"),
    "her_obj": (
        r"her(?! (?:feelings?|chances?|grades?|scores?|records?|vibes?|mood|ego|pride|ears?"
        r"|eyes?|reputation|time|game|career|plants?|cat|dog|pet|fish|hamster|phone|computer"
        r"|laptop|account|character|team|streak|buzz|joy|dreams?|confidence|self ?esteem|hair"
        r"|ankle|knee|back|arm|leg|wrist|neck|shoulder|head|hand|foot|feet|toe|finger|voice"
        r"|wallet|battery|plans?|ideas?|argument|theory|essay|paper|project|hopes?|heart"
        r"|campaign|chess|case|story|song|music|art|work))"
    ),
    "target": (
        r"him|{her_obj}|them|you|u|ya|yall|you all|you guys|u guys|everyone|everybody|every one"
        r"|people|ppl|someone|somebody|some1|them all|all of (?:you|u|yall|them)"
        r"|(?:this|that) (?:kid|guy|girl|boy|dude|teacher|person|bitch|btch|idiot|loser)"
        r"|(?:my|our|the|his|that|this|your) (?:{person})"
        r"|(?:a|some|any) (?:kid|kids|student|students|teacher|classmate|person|people)"
        r"|all (?:of )?(?:the|my|those|these|our) (?:{people_pl})"
    ),
    "firearm": (
        r"guns?|pistols?|handguns?|rifles?|shotguns?|glock|ar~15|ak~47|firearms?|revolver"
        r"|uzi|assault rifle|semi auto|semi automatic"
    ),
    "explosive": (
        r"pipe bombs?|bombs?|ieds?|explosives?|explosive device|grenades?|molotov(?: cocktails?)?"
        r"|napalm|dirty bomb|car bomb|nail bomb|pressure cooker bomb|detonator|c4|tnt|semtex"
        r"|dynamite"
    ),
    "how_to": (
        r"how (?:do (?:i|you|u|we|people|one)|to|can (?:i|you|u|we|someone|somebody|one)"
        r"|could (?:i|you|u|we|someone)|would (?:i|you|u|someone|one)|does (?:one|someone"
        r"|somebody)|should (?:i|we)|is it possible to|hard is it to|easy is it to|do i go about"
        r"|would i go about)"
        r"|instructions (?:for|to|on)|steps to|guide (?:to|for|on)|tutorial (?:for|on)"
        r"|recipe for|(?:teach|show|tell) me how to|(?:what is|whats) the best way to"
    ),
    "school": (
        r"school|my school|the school|our school|this school|class|classroom|cafeteria"
        r"|lunchroom|campus|hallway|gym|library"
    ),
    "games": _trie(
        r"game|games|chess|checkers|fortnite|minecraft|roblox|valorant|overwatch|cod"
        r"|call of duty|smash|mario kart|mariokart|among us|league|apex|halo|pubg|gta|cards|uno"
        r"|monopoly|scrabble|trivia|debate|spelling bee|match|round|race|tournament|court"
        r"|field|ping pong|pingpong|tennis|basketball|soccer|football|volleyball|dodgeball|arena"
        r"|server|lobby|math|quiz|test|exam|pvp|1v1|paintball|laser tag|airsoft|zelda|pokemon"
        r"|terraria|sims|rocket league|brawl stars|clash royale|the sims|video game|video games"
        r"|this level|the boss fight|the finals|practice|gym class|pe|tag|a story|my story"
        r"|the story|my book|the play|a play|drama class|the movie|dnd|d&d|episode|season"
        r"|show|series|finale|sequel|chapter|book|novel|film|anime|manga|next episode"
        r"|next season|next chapter|next book|the show|the series|the book|the novel|the film"
    ),
    # --- sexual_minors vocabulary ---
    "age_num": (
        r"[1-9]|1[0-7]|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve"
        r"|thirteen|fourteen|fifteen|sixteen|seventeen"
    ),
    "minor": (
        r"child|children|childs|kid|kids|kiddo|kiddos|kiddie|kiddies|minor|minors|underage"
        r"|under age|under~18|under eighteen|under the age of (?:18|eighteen|consent)"
        r"|below the age of consent|pre~teens?|tweens?|toddlers?|infants?"
        r"|little (?:girls?|boys?|ones|kids?)|young (?:girls?|boys?|child|children|kids?)"
        r"|school~girls?|school~boys?|(?:elementary|middle|primary|grade|junior high) school"
        r"(?:ers?| students?| kids?| girls?| boys?)"
        r"|(?:[1-8](?:st|nd|rd|th)?|first|second|third|fourth|fifth|sixth|seventh|eighth)"
        r" grad(?:e|er|ers)"
        r"|(?:{age_num})(?: |-)?(?:yo|y\.?o\.?|yrs? old|years? old|years? olds|yr olds?"
        r"|year~olds?|yr~olds?)"
        r"|(?:im|i am|shes|hes|she is|he is|theyre|they are|who is|whos|aged|age)"
        r" (?:only |just |barely )?(?:{age_num})"
        r"(?! (?:feet|ft|foot|inches|in|percent|dollars|bucks|minutes|mins|hours|hrs|times"
        r"|pounds|lbs|kg|cm|m|mph|km|miles|points|pts|days|weeks|months|am|pm|oclock))"
        r"|students|my student|a student|the student|girl scouts?|boy scouts?"
        r"|(?:a|my|little|young) (?:daughter|son|niece|nephew|stepdaughter|stepson)"
    ),
    "teen": (
        r"teens?|teenagers?|teenage|teenaged|high~schoolers?|high school (?:girls?|boys?"
        r"|students?|kids?)|freshm[ae]n|sophomores?"
    ),
    # clearly sexual words (low level when next to a minor term)
    "sex_strong": (
        r"porn|porno|pornography|pornographic|nudes|nude (?:pics?|photos?|pictures?|images?"
        r"|videos?|selfies?)|naked (?:pics?|photos?|pictures?|images?|videos?|selfies?|body"
        r"|bodies)|sexy|sexting|sext|sexts|erotic|erotica|lewd|lewds|horny|blow~?jobs?"
        r"|hand~?jobs?|masturbat\w*|jerk(?:ing)? off|molest\w*|rape|raping|raped|rapist"
        r"|(?:have|having|had|has) sex|sex with|sexual(?:ly)? (?:abuse\w*|assault\w*"
        r"|touch\w*|explicit|content|images?|pictures?|photos?|videos?|acts?|favou?rs?"
        r"|role~?play|stories|story|fantas\w*|exploit\w*)|onlyfans|hentai|lolicon|shotacon"
        r"|sex (?:tape|video|pics?|scenes?|slave|doll|toy|toys)"
    ),
    # broader sexual words (medium level when next to a minor or teen term)
    "sex_broad": (
        r"sex|sexual|sexually|naked|nude|nudity|undress\w*|strip (?:for|naked|down)"
        r"|stripping|stripper|strip~tease|intimate (?:photos?|pictures?|pics?|videos?)"
        r"|private parts|privates|kinky|kinks?|fetish\w*|seduc\w*|arous\w*|turned on"
        r"|turn (?:me|you|him|her) on|foreplay|orgasm\w*|intercourse|sexualiz\w*|sexualis\w*"
        r"|explicit (?:photos?|pics?|pictures?|images?|content)|xxx|nsfw|r34|rule~34"
        r"|hook~?ups?|hooking up"
    ),
    "nude_pics": (
        r"nudes|nude|naked|nude pics?|naked pics?|nude (?:photos?|pictures?|selfies?|videos?)"
        r"|naked (?:photos?|pictures?|selfies?|videos?)"
        r"|(?:pics?|pictures?|photos?|videos?|selfies?) (?:of|showing) my (?:body|private"
        r"|privates|private parts|boobs|chest|butt|breasts|genitals)"
        r"|(?:pics?|pictures?|photos?|videos?|selfies?) (?:without|with no) (?:my )?(?:clothes"
        r"|shirt|top|bra|pants)"
        r"|(?:pics?|pictures?|photos?|videos?|selfies?) (?:in|of me in) my (?:underwear|bra"
        r"|bikini|panties|boxers)"
        r"|sexy (?:pics?|pictures?|photos?|selfies?|videos?)"
        r"|private (?:pics?|pictures?|photos?|videos?|parts)|spicy (?:pics?|photos?)"
    ),
    "secret": (
        r"(?:dont|do not|never|dont you|do not you|you cant|you can not|you cannot|no need to)"
        r" (?:ever )?(?:tell|show|let) (?:your|ur|ya|yr) (?:mom|mum|mother|dad|father|parents?"
        r"|family|teachers?|friends|sister|brother|guardian|counselor|folks)"
        r"|(?:dont|do not|never) tell (?:anyone|anybody|nobody|no one|a soul)"
        r"|(?:our|a|my) (?:little )?secret|(?:keep|keeping) (?:it|this|us|what we do|our chats?"
        r"|our talks?) (?:a )?(?:secret|between us|between (?:you and me|me and you)"
        r"|private|on the (?:down low|dl))"
        r"|just between (?:us|you and me|me and you|the two of us)"
        r"|delete (?:this|these|our|the|all|all our|all the) (?:chats?|messages|msgs|texts"
        r"|pics|photos|conversations?|convos?|dms)"
    ),
    "photo_meet": (
        r"send (?:me )?(?:a |an |some |more |your |ur |me a |me your |me some )?"
        r"(?:pic|pics|picture|pictures|photo|photos|selfie|selfies|video|videos|snaps?)"
        r"|(?:take|taking) (?:a )?(?:pic|picture|photo|video) (?:of|for) (?:yourself|you|me)"
        r"|(?:meet|meet up|hang out|come over|come to my (?:house|place|car|apartment|room)"
        r"|sleep over|pick you up) (?:alone|in person|irl|tonight|at my|this weekend|without"
        r"|secretly|somewhere|after school)|meet me"
        r"|(?:are|r) (?:you|u) (?:home )?alone"
        r"|(?:video call|video chat|facetime|cam) (?:me|with me|alone|tonight)"
        r"|(?:turn|switch) on (?:your|ur) (?:camera|cam|webcam)"
    ),
}


_PLACEHOLDER_RE = re.compile(r"\{([a-z_]+)\}")


def _expand(template: str, depth: int = 0) -> str:
    if depth > 8:
        raise ValueError("vocabulary nesting too deep")
    return _PLACEHOLDER_RE.sub(lambda m: "(?:" + _expand(_VOCAB[m[1]], depth + 1) + ")", template)


def _compile(template: str) -> re.Pattern[str]:
    body = _expand(template).replace(" ", _SEP).replace("~", _OPT_SEP)
    return re.compile(r"(?<!\w)(?:" + body + r")(?!\w)")


# --------------------------------------------------------------------------------------------
# The rule table
# --------------------------------------------------------------------------------------------
# (rule id, category, level, pattern template). The id is stable: it is logged with every
# flag, so rename only with a migration note. Each rule belongs to exactly one level.

_RULE_TABLE: tuple[tuple[str, str, str, str], ...] = (
    # ---------------------------------------------------------------- self_harm / low
    (
        "self_harm.kill_myself",
        "self_harm", "low",
        r"(?:{kill}|{killing}|unalive|unaliving|murder|end|ending)~(?:{myself})"
        r"|(?:to|gonna|wanna|ill|should|might|just|finally|go) off (?:{myself})",
    ),
    ("self_harm.kms", "self_harm", "low", r"kms|kmsl|kmslf"),
    (
        "self_harm.end_my_life",
        "self_harm", "low",
        r"(?:end|ending|ended|take|taking|took) my (?:own )?(?:life|lyfe)"
        r"|(?:{subj})(?: (?:{fill})){0,6} (?:commit|committing|do|doing) (?:{suicide})",
    ),
    (
        "self_harm.intent_to_die",
        "self_harm", "low",
        r"(?:{subj})(?: (?:{fill})){0,6} (?:want|wanna|wana|wanted|wish|wished|need|needed"
        r"|ready|deserve|deserved|plan|planning|decided|choose|chose|trying|tryna|try)"
        r"(?: to)?(?: just)? (?:{die})"
        r"|(?:{subj})(?: (?:{fill})){0,6} (?:want|wanna|wana|wish|wished|need) (?:to )?be"
        r" (?:{dead})"
        r"|wish (?:i|id) (?:was|were|could be|would be|had) (?:just )?(?:{dead}|died)"
        r"|wish (?:i|id) (?:could|would|will) (?:just )?(?:{die})",
    ),
    (
        "self_harm.suicidal_statement",
        "self_harm", "low",
        r"(?:{subj})(?: (?:{fill})){0,4} (?:am|m|feel|feeling|felt|been|get|getting)"
        r"(?: (?:so|really|very|super|kinda|kind of|pretty|extremely|a bit|a little))?"
        r" (?:{suicidal})"
        r"|(?:my|writing|write|wrote|written|finished|leaving|leave) (?:a |my )?(?:{suicide})"
        r" (?:note|letter)",
    ),
    (
        "self_harm.method_on_self",
        "self_harm", "low",
        r"(?:hang|hanging|shoot|shooting|stab|stabbing|drown|drowning|poison|poisoning|overdose"
        r"|overdosing|suffocate|suffocating|strangle|strangling|electrocute|electrocuting"
        r"|gas|gassing|hung)~(?:{myself})"
        r"|(?:slit|slice|slash|slitting|slicing|slashing|cut|cutting) (?:my|both|both of my)"
        r" (?:wrists?|throat|veins?)",
    ),
    (
        "self_harm.goodbye_note",
        "self_harm", "low",
        r"by the time (?:you|u|anyone|someone|somebody|they|my \w+) (?:read|reads|see|sees"
        r"|find|finds|get|gets) (?:this|these|my (?:message|note|letter))(?: (?:message|note"
        r"|letter))? (?:i|ill|im|i will) (?:will )?(?:be )?(?:gone|dead|not here|not alive"
        r"|no longer here|no longer alive)",
    ),
    # ---------------------------------------------------------------- self_harm / medium
    (
        "self_harm.not_want_to_live",
        "self_harm", "medium",
        r"(?:dont|do not|no longer|dont even|do not even|dont really|never|didnt|did not)"
        r" (?:want|wanna|wana|wish|feel like|care) (?:to )?(?:be alive|exist|stay alive"
        r"|keep living|continue living|go on living|be on this earth|be in this world|be living"
        r"|live(?! (?:in|with|near|at|there|here|on|by|next|close|far|so|like|without|alone"
        r"|together|forever|with|through|under|as|for|in|somewhere|anywhere|abroad"
        r"|downtown|off)(?!\w)))"
        r"|(?:dont|do not|no longer) (?:want|wanna|wana) (?:to )?wake up"
        r" (?:anymore|any more|ever again|again)"
        r"|(?:no|zero) (?:reason|reasons|point) (?:to|in|for) (?:live|living|go on|going on"
        r"|be alive|being alive|stay alive|staying alive|keep living|exist|existing)"
        r"|nothing (?:left )?to live for"
        r"|(?:life|living|my life) (?:isnt|is not|aint|s not|is no longer|isnt even) worth"
        r"(?: (?:it|living))?|(?:not|no longer) worth living"
        r"|(?:sick|tired) of (?:living|being alive|life|existing)"
        r"|done with (?:life|living|being alive)"
        r"|(?:want|wanna|wana|wish i could) (?:to )?(?:stop existing|not exist|cease to exist"
        r"|sleep forever|go to sleep (?:and|n) never wake up|never wake up|not wake up)",
    ),
    (
        "self_harm.better_off_without_me",
        "self_harm", "medium",
        r"better off without me|better off if i (?:was|were|wasnt|werent|was not|were not"
        r"|died|left forever|was gone|were gone|was dead|were dead|disappeared|didnt exist"
        r"|never existed|wasnt here|wasnt around|wasnt alive)"
        r"|(?:i|im|id|i am|i would|i will|ill) (?:be )?better off (?:{dead})"
        r"|(?:world|everyone|everybody|everything) (?:would be|will be|is|be) better"
        r" without me",
    ),
    (
        "self_harm.end_it_all",
        "self_harm", "medium",
        r"end (?:it|this|everything) (?:all|once and for all|for good|forever)"
        r"|ending (?:it|this|everything) (?:all|once and for all|for good)"
        r"|(?:{subj})(?: (?:{fill})){0,5} (?:{intent})(?: to)? (?:end|ending) (?:it|things"
        r"|everything)(?: (?:tonight|today|soon|now|this weekend|tomorrow))?"
        r"|(?:{intent_head}) (?:unalive|self delete|self-delete)"
        r"|(?:commit|committing|commited|committed) (?:{suicide})(?= (?:tonight|today"
        r"|tomorrow|soon|this weekend))",
    ),
    (
        "self_harm.method_seeking",
        "self_harm", "medium",
        r"how (?:many|much)(?: \w+){0,5} (?:to|would|will|does|do|should|can|could|is|are"
        r"|needed|it takes)(?: \w+){0,4} (?:{die}|dying|overdose|od|kill (?:me|{myself}"
        r"|you|{yourself}|oneself)|end (?:my|your|a|ones) life|never wake up|not wake up"
        r"|stop (?:my|your) heart)"
        r"|(?:painless|painlessly|easiest|easy|quickest|quick|fastest|fast|best|quietest|quiet"
        r"|surest|sure|most effective|least painful|simplest|peaceful|peacefully|good|cleanest"
        r"|effective) (?:way|ways|method|methods|means) (?:to|of|for) (?:{die}|dying"
        r"|(?:{kill}|{killing}) (?:{myself}|{yourself}|oneself)"
        r"|(?:commit|committing)? ?(?:{suicide})|end (?:my|your|ones|a) life"
        r"|ending (?:my|your|ones|a) life|od|overdose|overdosing)"
        r"|(?:{how_to}) (?:just )?(?:commit (?:{suicide})|(?:{kill}) (?:{yourself}|oneself)"
        r"|overdose|od|hang (?:{myself}|{yourself}|oneself)|end (?:my|your|ones) life"
        r"|slit (?:my|your|ones) wrists?)"
        r"|how (?:can|do|could|should|would) i (?:just )?(?:{die})"
        r"|how to (?:{die}) (?:painlessly|quickly|fast|peacefully|in my sleep|without pain"
        r"|without it hurting|without feeling)"
        r"|how (?:deep|hard|long) (?:do i|should i|to|do you|would i|can i) (?:need to |have to )?"
        r"cut (?:my |your )?(?:wrists?|arms?|veins?|skin|thighs?|{myself}|{yourself})"
        r"|how (?:deep|hard) (?:do i|should i|to|do you|would i|can i) (?:need to |have to )?"
        r"cut to (?:{die}|bleed out)"
        r"|where (?:to|do i|should i|can i) cut (?:my )?(?:wrists?|veins?|arms? to)"
        r"|(?:what|which) (?:pills|medicine|meds|drugs|medication) (?:will|would|can|could)"
        r" (?:kill me|make me (?:{die}|never wake up)|end my life)",
    ),
    (
        "self_harm.self_injury",
        "self_harm", "medium",
        r"(?:want|wanna|wana|need|urge|urges|tempted|feel like|going|gonna|about|keep|started"
        r"|start|been|cant stop|can not stop|trying not) (?:to )?(?:cut|cutting|burn|burning"
        r"|hurt|hurting|harm|harming|scratch|scratching|hit|hitting|punish|punishing|starve"
        r"|starving|carve|carving) (?:{myself}|my (?:arms?|wrists?|thighs?|legs?|skin|stomach))"
        r"|(?:cut|burned|burnt|hurt|carved) (?:{myself}|my (?:arms?|wrists?|thighs?|legs?|skin))"
        r" (?:again|on purpose|deeper|deep|to feel|so it hurts|every day|every night"
        r"|when im sad|because)"
        r"|(?:{subj})(?: (?:{fill})){0,5} (?:self~harm|self~harming|self~injure|self~injuring"
        r"|self~mutilate|self~mutilating)"
        r"|(?:relapsed|relapse|clean from|clean of|urges? to|stopped) (?:on |with )?"
        r"(?:self~harm|self~harming|sh|cutting)"
        r"|(?:scars|cuts|wounds) (?:from|of) (?:self~harm|cutting myself|sh)",
    ),
    (
        "self_harm.plan",
        "self_harm", "medium",
        r"(?:saving|stockpiling|hoarding|collecting|saved|stockpiled|hoarded|collected)(?: up)?"
        r" (?:my |some |the |all my |all the |enough )?(?:pills|meds|medication|medicine"
        r"|sleeping pills|painkillers|tylenol)"
        r"|(?:tie|tied|tying|made|make|making|bought|buy|have) (?:a |the )?noose"
        r"|(?:i|ive|i have|i already|i just) (?:wrote|written|writing|finished) (?:my|a)"
        r" (?:goodbye|farewell|last) (?:note|letter|message)s?"
        r"|(?:i|ill|i will) (?:wont|will not|not) be (?:alive|breathing) (?:tomorrow|much longer"
        r"|for long|anymore|by)"
        r"|(?:{intent_head}) (?:jump|jumping) (?:off|from) (?:a|the|this|that|my) (?:bridge"
        r"|building|roof|cliff|overpass|balcony|tower|parking garage)"
        r"|(?:{intent_head}) (?:jump|jumping|step|walk|walking|stepping) in front of (?:a|the)"
        r" (?:train|car|bus|truck|subway)",
    ),
    # ---------------------------------------------------------------- self_harm / high
    (
        "self_harm.hate_my_life",
        "self_harm", "high",
        r"(?:i|i really|i honestly|i just|i literally|i seriously|i fucking|i freaking)"
        r" (?:hate|h8|despise|loathe) (?:my life|my own life|{myself}|being alive|living"
        r"|my existence|existing)",
    ),
    (
        "self_harm.disappear",
        "self_harm", "high",
        r"(?:want|wanna|wana|wish i could|wish i can|just want) (?:to )?(?:disappear|vanish"
        r"|not be here|fade away|go away forever|be gone)"
        r"|(?:dont|do not) (?:want|wanna|wana) (?:to )?(?:be here|live like this|wake up"
        r" tomorrow)(?: anymore| any more)?"
        r"|wish i (?:was|were|had been|had) (?:never born|not born|never been born)"
        r"|wish i (?:wasnt|werent|hadnt been) (?:born|alive|here)"
        r"|wish i (?:never existed|didnt exist)",
    ),
    (
        "self_harm.nobody_would_care",
        "self_harm", "high",
        r"(?:nobody|no one|noone|no1|nobody else|not a single person) (?:would|will|wud|even"
        r"|ever|really|actually)?(?: ?(?:even|ever|really))? (?:care|cares|notice|notices"
        r"|miss me|misses me|remember me|cry)(?: if i (?:was|were|died|left|disappeared|was gone"
        r"|were gone|wasnt here|werent here|killed myself|was dead|were dead)| when im gone"
        r"| if i (?:{die}))"
        r"|(?:nobody|no one|noone) (?:cares|would care|will care|even cares) (?:about me|if i"
        r" live|whether i live)",
    ),
    (
        "self_harm.hopelessness",
        "self_harm", "high",
        r"(?:whats|what is|what s) the point (?:of|in) (?:living|life|being alive|existing"
        r"|anything|it all|even trying|going on|me)"
        r"|(?:whats|what is|what s) the point anymore"
        r"|(?:i|i just|i really) (?:cant|can not|cannot) (?:take|do|handle|go on with) (?:it|this"
        r"|life|any of this|everything) (?:anymore|any more|any longer)"
        r"|(?:i|i just|i really) (?:cant|can not|cannot) go on(?: (?:anymore|like this))?"
        r"|(?:i|im|i am|i feel|i feel so|im so|i am so|i always feel) (?:so |completely |totally"
        r" )?(?:worthless|hopeless|like a burden|a burden to (?:everyone|everybody|my family"
        r"|my parents)|empty inside|dead inside)"
        r"|give up on (?:life|living|everything|myself)"
        r"|(?:id|i would|i d) rather (?:{die}|be dead)"
        r"|(?:i|i keep|i always|i constantly) (?:think|thinking|thought) (?:about|of) (?:death"
        r"|dying|being dead|not being here|not existing|killing myself|suicide|ending it)",
    ),
    (
        "self_harm.kill_me",
        "self_harm", "high",
        r"(?:please|pls|plz|someone|somebody|just|can someone|can somebody) (?:{kill}) me"
        r"|(?:{kill}) me now"
        r"|(?:lethal|fatal|deadly) (?:dose|amount|dosage)|ld50"
        r"|how (?:much|many)(?: \w+){0,5} (?:would|will|does|to|can|could|it takes)(?: \w+){0,3}"
        r" (?:{kill}) (?:a person|someone|somebody|a human|a teenager|a teen|a kid|people)",
    ),
    # ---------------------------------------------------------------- violence / low
    (
        "violence.school_attack",
        "violence", "low",
        r"(?:shoot|shooting|shot|shoots|shoot em|blow|blowing|blew|bomb|bombing) up (?:the|my"
        r"|our|this|that|a|your|his|her|their) (?:school|class|classroom|cafeteria"
        r"|lunchroom|gym|library|church|mosque|synagogue|temple|mall|hallway|campus|building"
        r"|party|assembly|bus|concert|game)"
        r"|(?:bomb|bombing) (?:the|my|our|this) (?:school|class|classroom|cafeteria|campus)"
        r"|(?:{intent_head}) (?:be|become) (?:a|the next) (?:school )?shooter"
        r"|(?:{intent_head}) (?:do|commit|carry out|pull off|plan) (?:a|another|the next)"
        r" (?:school )?(?:shooting|massacre|bombing|stabbing|attack|mass shooting)"
        r"|(?:planning|planned|plan) (?:a|an|the|my) (?:school )?(?:shooting|massacre|bombing"
        r"|mass shooting)(?! (?:scene|simulation|drill|drills|in (?:a|my|the) (?:story|game"
        r"|book|novel|movie)))"
        r"|(?:kill|shoot|stab|murder) (?:everyone|everybody|all the (?:kids|students|teachers"
        r"|people)|as many (?:people|kids|students) as (?:i can|possible)) (?:at|in) (?:{school})",
    ),
    (
        "violence.gun_to_school",
        "violence", "low",
        r"(?:bring|bringing|brought|take|taking|took|carry|carrying|sneak|sneaking|snuck"
        r"|smuggle|smuggling) (?:a |an |my |his |her |the |some |my dads |my moms |my dad s"
        r"|dads |moms |a loaded |my brothers |a real )?(?:loaded )?(?:{firearm}|{explosive})"
        r" (?:to|into|in|at) (?:{school})",
    ),
    (
        "violence.shoot_or_stab_person",
        "violence", "low",
        r"(?:{intent_head}) (?:shoot|shooting|stab|stabbing|gun down|gunning down|shoot down)"
        r" (?:{target})"
        r"|(?:{kill}|{killing}|hurt|shoot|stab) (?:{target}) with (?:a|my|his|the|dads|my dads"
        r"|my moms|this|that) (?:gun|knife|pistol|rifle|shotgun|blade|machete|axe|hammer|bat"
        r"|glock|bomb|weapon)",
    ),
    (
        "violence.explosive_instructions",
        "violence", "low",
        r"(?:{how_to}) (?:make|build|create|assemble|construct|cook|mix|put together|rig"
        r"|detonate|set off|3d print|print|making|building) (?:a |an |some |my own |your own"
        r" |homemade |a homemade |a real |a working |a small )?(?:{explosive})"
        r"|(?:{how_to}) (?:make|build|create|cook|produce|synthesize|weaponize) (?:ricin|sarin"
        r"|nerve (?:gas|agent)|anthrax|vx|mustard gas|chlorine gas|bioweapons?|chemical weapons?)"
        r"|(?:instructions|blueprints?|schematics?|recipe) (?:for|to make|to build) (?:a |an )?"
        r"(?:{explosive})",
    ),
    (
        "violence.tell_to_kill_self",
        "violence", "low",
        r"kys|kill (?:{yourself})|killyourself|unalive (?:{yourself})|(?:go|just) (?:die"
        r"|hang (?:{yourself})|drown (?:{yourself})|jump off a (?:bridge|cliff|building))"
        r"|(?:you|u|ya|yall) (?:should|need to|ought to|deserve to|better) (?:{kill}"
        r"|hang|unalive) (?:{yourself})",
    ),
    # ---------------------------------------------------------------- violence / medium
    (
        "violence.harm_person",
        "violence", "medium",
        r"(?:{intent_head}) (?:{kill}|{killing}|murder|murdering|hurt|hurting|attack|attacking"
        r"|strangle|strangling|choke|choking|poison|poisoning|punch|punching|torture"
        r"|torturing|beat up|beating up|bash|bashing|run over|strangle|drown|drowning"
        r"|suffocate|slit) (?:{target})"
        r"|(?:{intent_head}) (?:beat|beating|jump) (?:{target}) up"
        r"|(?:{intent_head}) (?:beat|beating) the (?:crap|shit|hell|living daylights|life|snot"
        r"|heck) out of (?:{target})"
        r"|(?:{intent_head}) (?:slit|cut) (?:his|her|their|your|ur) (?:throat|throats)"
        r"|(?:{intent_head}) (?:make|making) (?:{target}) (?:bleed|suffer)"
        r"|(?:{subj})(?: (?:{fill})){0,4} (?:want|wanna|wish|hope)(?: to see)? (?:{target})"
        r" (?:dead|to die|killed|shot|stabbed)",
    ),
    (
        "violence.weapon_to_school",
        "violence", "medium",
        r"(?:bring|bringing|brought|take|taking|took|carry|carrying|sneak|sneaking|snuck"
        r"|smuggle|smuggling) (?:a |an |my |his |her |the |some |my dads |dads )?(?:knife"
        r"|knives|blade|machete|switchblade|pocket knife|box cutter|weapon|weapons|brass"
        r" knuckles|taser|bat) (?:to|into|in|at) (?:{school})"
        r"|(?:{firearm}) (?:is )?in my (?:backpack|bag|locker|desk)",
    ),
    (
        "violence.weapon_instructions",
        "violence", "medium",
        r"(?:{how_to}) (?:make|build|create|assemble|3d print|print|craft|get|buy|obtain|steal"
        r"|purchase|order|find) (?:a |an |some |my own |a homemade |homemade |a real |a loaded"
        r" |an untraceable |untraceable )?(?:{firearm}|ghost guns?|zip guns?|silencers?"
        r"|suppressors?|flamethrowers?|ammo|ammunition|bullets)"
        r"|(?:where|how) (?:can|do|could|would|should) (?:i|a minor|a kid|a teen|someone my age)"
        r" (?:get|buy|obtain|find|steal|purchase) (?:a |an |some )?(?:{firearm}|ammo"
        r"|ammunition|explosives)",
    ),
    (
        "violence.harm_instructions",
        "violence", "medium",
        r"(?:{how_to})(?: (?:secretly|quietly|easily|actually))? (?:kill|murder|poison"
        r"|strangle|choke|stab|shoot|hurt|torture|drown|suffocate|kidnap|drug|assassinate"
        r"|attack|beat up) (?:a person|a human|someone|somebody|people|a teacher|my teacher|a kid"
        r"|a child|my (?:{person})|him|{her_obj}|them|a classmate|the teacher|the principal"
        r"|a student|a man|a woman|a guy|a girl|my enemy|an enemy|a cop|a police officer"
        r"|a bully|someone i hate)"
        r"|(?:{how_to}) get away with (?:killing|murdering|hurting|poisoning|stabbing|shooting"
        r"|murder|assault)(?! on)"
        r"|(?:{kill}|{killing}|murder|poison|hurt) (?:someone|somebody|a person|him|her|them)"
        r" (?:without (?:getting caught|leaving (?:a trace|evidence|fingerprints|any evidence)"
        r"|anyone (?:knowing|noticing|finding out))|and get away with it)",
    ),
    (
        "violence.wish_death_on_others",
        "violence", "medium",
        r"(?:i|i really|i just|i honestly) hope (?:you|u|he|she|they|yall|your (?:mom|family"
        r"|dad|whole family)) (?:{die}|dies|get shot|gets shot|get killed|gets killed|get hit by"
        r" a (?:car|bus|truck|train)|burn|rot)(?! (?:of|from) (?:laughter|laughing|embarrassment"
        r"|cringe))"
        r"|(?:you|u|ya) (?:should|deserve to|need to|ought to) (?:{die}|be (?:{dead})|get shot"
        r"|get killed)"
        r"|(?:i|i really|i just|i honestly) (?:hope|wish) (?:you|u|he|she|they|yall) (?:would"
        r"|will|could|just) (?:{die}|get shot|get killed|drop dead)"
        r"|(?:go )?(?:{die}) in a (?:hole|fire|ditch)|(?:go )?drop dead",
    ),
    (
        "violence.threat_report",
        "violence", "medium",
        r"(?:there|theres|there s) (?:is |s )?(?:going to|gonna|will) be (?:a|another) (?:school )?"
        r"(?:shooting|bombing|stabbing|attack|massacre) (?:at|in) (?:{school})"
        r"|(?:someone|somebody|he|she|they|a kid|this kid|a boy|a girl|a student|my friend"
        r"|my classmate) (?:is |s )?(?:going to|gonna|planning to|plans to|wants to|threatened"
        r" to|said (?:he|she|they) (?:would|will|was going to|is going to|wants to)) (?:shoot"
        r"|bomb|stab|attack|kill (?:everyone|people|students|kids) at) (?:up )?(?:{school})",
    ),
    (
        "violence.hit_list",
        "violence", "medium",
        r"(?:my|a|i made a|i have a|im making a|im writing a) (?:kill|death|hit) list",
    ),
    # ---------------------------------------------------------------- violence / high
    (
        "violence.veiled_threat",
        "violence", "high",
        r"(?:dont|do not|better not|shouldnt|should not|stay home|stay away from|nobody should"
        r"|no one should) (?:come|go|be)(?: to| at)? (?:school|class|campus)"
        r" (?:tomorrow|on monday|on tuesday|on wednesday|on thursday|on friday|monday|tuesday"
        r"|wednesday|thursday|friday|this week|next week)(?! (?:if|because|cause|since|when|its"
        r"|it is|the|there|school is))"
        r"|(?:something|somethin) (?:bad|big|crazy|terrible) (?:is|s)? ?(?:going to|gonna|will)"
        r" happen (?:at|to) (?:school|the school|everyone|our school|this school)"
        r"|(?:theyll|youll) (?:all )?(?:pay|regret it|regret this|be sorry)(?=\s*(?:$|[.!?]))"
        r"|(?:they|you|yall|everyone|everybody|all of you|he|she) (?:will|ll|are all going to"
        r"|re all gonna|are gonna|re gonna|gonna|are going to|re going to|is going to) (?:all )?"
        r"(?:pay|regret it|regret this|be sorry|get what (?:they|you|he|she) deserve)"
        r"(?=\s*(?:$|[.!?]| for (?:this|what)))"
        r"|(?:{intent_head}) (?:make|making) (?:{target}) pay(?=\s*(?:$|[.!?]| for (?:this|what)))"
        r"|(?:you|u|ur|youre|your) (?:are |r |re )?(?:going to|gonna|gon) (?:{die})"
        r"(?: (?:tomorrow|tonight|soon|at school|when))"
        r"|(?:{intent_head}) (?:hurt|kill) (?:someone|somebody|people)"
        r"(?=\s*(?:$|[.!?]))",
    ),
    # ---------------------------------------------------------------- sexual_minors / low
    (
        "sexual_minors.csam_terms",
        "sexual_minors", "low",
        r"child (?:porn\w*|sex abuse material|sexual abuse material|sexual abuse images|nudes"
        r"|erotica)|kiddie porn|kiddy porn|csam|cp (?:links|videos|pics|folder|trading)"
        r"|pedo (?:pics|videos|content|porn)|jailbait|lolicon|shotacon|loli (?:hentai|porn"
        r"|nudes)|(?:pre~teen|underage|under~age|minor) (?:nudes|porn\w*|pics|sex|sexting"
        r"|girls? nudes|boys? nudes|naked)",
    ),
    (
        "sexual_minors.reported_solicitation",
        "sexual_minors", "low",
        r"(?:asked|asks|asking|keeps asking|kept asking|wants|wanted|told|tells|begging|begged"
        r"|pressuring|pressured|forcing|forced|made|tried to get|trying to get|trying to make"
        r"|tried to make|keeps telling|kept telling|convinced|convince|threatened|threatening)"
        r" (?:me|us|my (?:friend|sister|brother|cousin|bestie|classmate))"
        r"(?: (?:to|for|if i (?:could|would|can|will)))?(?: (?:send|sending|take|taking|share"
        r"|sharing|show|showing|post|make))?(?: (?:him|her|them|him some|her some|some|a|my"
        r"|more|me|them some|a few))? (?:{nude_pics})"
        r"|(?:(?:a|an|some|this|my|our|the) )?(?:adult|man|guy|older guy|old guy|stranger"
        r"|grown man|grown up|coach|teacher|tutor|neighbor|old man|dude|person|creep)"
        r" (?:online )?(?:sent|showed|keeps sending|kept sending|is sending) (?:me|us)"
        r" (?:nudes|naked pics|porn|pics of his (?:private|privates|dick|penis|body)"
        r"|a pic of his (?:private|privates|dick|penis)|sexual (?:pics|messages|videos|stuff))",
    ),
    (
        "sexual_minors.sexual_act_with_minor",
        "sexual_minors", "low",
        r"(?:want to|wanna|would|gonna|going to|like to|love to|how to|how do i|how can i|can i"
        r"|could i|should i|let me|i|im|id|ill) (?:fuck|rape|molest|have sex with|seduce|groom"
        r"|sexually (?:abuse|assault|touch)|touch the private parts of|hook up with)"
        r" (?:a |an |this |that |some |little |young |my |the ){0,3}(?:{minor})",
    ),
    # ---------------------------------------------------------------- sexual_minors / medium
    (
        "sexual_minors.nude_request",
        "sexual_minors", "medium",
        r"send (?:me )?(?:your |ur |some |a |me a |me your |me some |more |her |his )?"
        r"(?:nudes|nude (?:pics?|photos?|pictures?|selfies?)|naked (?:pics?|photos?|pictures?"
        r"|selfies?|videos?)|sexy (?:pics?|photos?|pictures?|selfies?|videos?)|pics of your body"
        r"|pics without (?:your )?(?:clothes|shirt)|pics? of your (?:private|privates|boobs"
        r"|chest|butt))"
        r"|(?:show|flash) me (?:your|ur) (?:private|privates|private parts|boobs|chest|body"
        r"|butt|genitals)"
        r"|(?:take|taking) (?:off|of) (?:your|ur) (?:clothes|shirt|top|pants|bra) (?:on|for|in"
        r" front of) (?:camera|cam|video|me|facetime)",
    ),
    # ---------------------------------------------------------------- sexual_minors / high
    (
        "sexual_minors.grooming_signals",
        "sexual_minors", "high",
        r"(?:you|u|ur|youre|your) (?:are |r |re )?(?:so |really |very )?mature for (?:your|ur)"
        r" age"
        r"|(?:what|wat|wut) (?:are|r) (?:you|u) wearing(?: (?:right now|rn|now|tonight))"
        r"|(?:are|r) (?:you|u) (?:still )?(?:a )?virgin"
        r"|(?:send|show) me (?:your|ur) (?:feet|legs|body|butt)"
        r"|(?:are|r) (?:you|u) (?:home )?alone (?:right now|rn|now|tonight)",
    ),
)


# (rule id, category, level, template A, template B, max gap in characters, same sentence).
# Fires when a match of A and a match of B (either order) are at most that many characters
# apart, and, when the last field is True, not separated by . ! or ?.
_PROXIMITY_TABLE: tuple[tuple[str, str, str, str, str, int, bool], ...] = (
    (
        "sexual_minors.sexual_content_with_minor",
        "sexual_minors", "low",
        r"{sex_strong}", r"{minor}", 40, True,
    ),
    (
        "sexual_minors.secrecy_and_nudes",
        "sexual_minors", "low",
        r"{secret}", r"{nude_pics}|{sex_strong}", 100, False,
    ),
    (
        "sexual_minors.sexual_term_near_minor",
        "sexual_minors", "medium",
        r"{sex_broad}", r"{minor}", 40, True,
    ),
    (
        "sexual_minors.sexual_term_near_teen",
        "sexual_minors", "medium",
        r"{sex_strong}|{sex_broad}", r"{teen}", 30, True,
    ),
    (
        "sexual_minors.grooming_secrecy",
        "sexual_minors", "medium",
        r"{secret}", r"{photo_meet}", 100, False,
    ),
    (
        "sexual_minors.age_probe",
        "sexual_minors", "high",
        r"how old (?:are|r) (?:you|u)|(?:whats|what is) your age|(?:are|r) (?:you|u) (?:over|under)"
        r" (?:18|eighteen)",
        r"send|pics?|pictures?|photos?|selfies?|cute|sexy|hot|pretty|alone|secret|boyfriend"
        r"|girlfriend|mature|meet|single|body",
        80, False,
    ),
)


# Benign contexts. (guard id, rule ids or categories it applies to, "*" for all, template).
# A match of a rule is dropped when it overlaps a match of a guard that applies to the rule.
_GUARD_TABLE: tuple[tuple[str, tuple[str, ...], str], ...] = (
    (
        "denial",
        ("self_harm.kill_myself", "self_harm.method_on_self", "self_harm.self_injury",
         "self_harm.end_my_life"),
        r"(?:{denial}) (?:{kill}|unalive|hurt|harm|cut|end|hang|shoot|stab|overdose)"
        r"~(?:{myself})|(?:{denial}) (?:end|take) my (?:own )?life"
        r"|(?:{denial}) (?:commit|do) (?:{suicide})",
    ),
    (
        "kill_self_idiom",
        ("self_harm.kill_myself", "violence.tell_to_kill_self"),
        r"(?:{kill}|{killing})~(?:{myself}|{yourself}) (?:laughing|with laughter|of laughter"
        r"|from laughing|over (?:it|this|that|homework|a test|a grade|grades|nothing))"
        r"|(?:dont|do not|no need to|never|shouldnt|wont) (?:go |try to |want to )?(?:{kill})"
        r"~(?:{yourself}) (?:over|for|studying|working|trying|with|about)",
    ),
    (
        "method_on_self_idiom",
        ("self_harm.method_on_self",),
        r"shoot~(?:{myself}) in the foot|drown(?:ing)?~(?:{myself}) in"
        r"|(?:poison|poisoning|gas|gassing)~(?:{myself}) (?:with|by|accidentally|on)",
    ),
    (
        "die_idioms",
        ("self_harm.intent_to_die", "violence.wish_death_on_others", "violence.tell_to_kill_self"),
        r"(?:{die}|dies|died|dying) (?:of|from|laughing|with laughter) (?:laughter|laughing"
        r"|embarrassment|cringe|boredom|shame|happiness|joy|cuteness|jealousy|envy|curiosity"
        r"|excitement|hunger|thirst)",
    ),
    (
        "kms_units",
        ("self_harm.kms",),
        r"(?:\d[\d,.]*|one|two|three|four|five|six|seven|eight|nine|ten|few|many|some|hundred"
        r"|hundreds|thousand|thousands|of|in|per|how many|x) ?kms"
        r"|kms (?:per|an hour|a day|away|long|from|to|north|south|east|west|of|in|wide|high"
        r"|deep|an)",
    ),
    (
        "address_you_caringly",
        ("violence.tell_to_kill_self",),
        r"(?:{how_to}|how (?:do|would|does|could|can) (?:you|u|one|someone|people)(?: \w+)?)"
        r" (?:{kill}) (?:{yourself})"
        r"|(?:thinking|thoughts?|thought|think) (?:about|of) (?:{killing}|killing|kill)"
        r" (?:{yourself})"
        r"|(?:are|r) (?:you|u) (?:thinking|planning|going|gonna|trying) (?:about |on |to )?"
        r"(?:{kill}|{killing}|killing) (?:{yourself})"
        r"|(?:want|wanting|urge|urges) to (?:{kill}) (?:{yourself})"
        r"|(?:if|when) (?:you|u)(?: re| are|re)? (?:ever )?(?:feel|feeling|thinking|having"
        r" thoughts|think)(?: \w+){0,4} (?:{kill}) (?:{yourself})"
        r"|(?:please|pls|plz) (?:dont|do not) (?:{kill}) (?:{yourself})",
    ),
    (
        "games_and_play",
        ("violence",),
        r"(?:{kill}|{killing}|murder|murdering|shoot|shooting|stab|stabbing|attack|attacking"
        r"|destroy|beat|punch|hurt|choke|choking|bomb|bombing|blow|blowing|{die}|dies|died"
        r"|dead|get killed|gets killed|get shot|gets shot)(?: \w+){0,4}"
        r" (?:at|in|on|during|for) (?:a |the |this |that |our |my |your |his |her |tonight s"
        r" |todays )?(?:{games})"
        r"|(?:{kill}|{killing}) (?:\w+ )?with kindness",
    ),
    (
        "shoot_idioms",
        ("violence",),
        r"shoot\w*(?: (?:{target})) (?:a |an )?(?:text|message|msg|email|e~mail|dm|note|line"
        r"|look|glance|smile|question|call|quick|invite|pic|photo|reply|wave|shot)"
        r"|shoot\w*(?: (?:{target}))(?: \w+){0,4}? (?:for (?:a |the |my |your |our )?(?:photos?"
        r"|portraits?|portfolio|headshots?|yearbook|magazine|videos?|film|project|photo shoot"
        r"|shoot|class|assignment)|with (?:a |my |the |his |her |our )?(?:camera|phone|nerf"
        r"|water gun|squirt gun|paintball|airsoft|lens|drone|dslr|snowball|rubber band|marshmallow"
        r"|foam))"
        r"|stab\w* (?:{target}) in the back|shoot (?:my|your|his|her|our) shot|photo~shoot"
        r"|shoot (?:hoops|baskets|free throws|a video|a film|a movie|a scene)",
    ),
    (
        "harmless_bombs",
        ("violence",),
        r"(?:bath|seed|glitter|stink|water|smoke|yarn|cherry|calorie|flavor|flavour|paint"
        r"|photo|f|truth|love|chocolate|cake|snow|dm|text|emoji|nerf|confetti|sugar|salt|fizz"
        r"|fizzy)~bombs?|bomb calorimeter\w*|bomb (?:calorimetry|pop|pops|dot com)"
        r"|(?:tnt|c4|bombs?|explosives?|dynamite|grenades?|guns?|rifles?|pistols?|weapons?"
        r"|swords?|bows?)(?: \w+){0,3} (?:in|on|for) (?:minecraft|roblox|fortnite|terraria|sims"
        r"|gta|the game|a game|my game|this game|unity|blender|unreal|scratch|a story|my story"
        r"|a drawing|a movie|a play|drama class|theater|theatre|a video game|halo|cod|call of duty"
        r"|zelda|skyrim|rust|ark|dnd|d&d|a costume|cosplay|halloween|the school play|stage|a skit"
        r"|props?|a prop)"
        r"|(?:toy|nerf|water|squirt|paintball|airsoft|bb|pellet|glue|hot glue|potato|spud"
        r"|rubber band|paper|lego|cardboard|popsicle stick|foam|bubble|cap|laser|staple|nail"
        r"|heat|spray|massage|tattoo|grease|caulk|radar|light|ray)~guns?"
        r"|(?:paper|lego|cardboard|toy|fake|prop|wooden|foam|popsicle stick)"
        r" (?:gun|guns|rifle|pistol|sword|knife|bomb)",
    ),
    (
        "recreational_jumps",
        ("self_harm.plan",),
        r"jump\w* (?:off|from) (?:a|the|this|that|my) (?:\w+ )?(?:cliff|bridge|roof|balcony"
        r"|building|tower)(?: \w+){0,3} (?:into|in) (?:the|a) (?:water|lake|ocean|river|pool"
        r"|sea|quarry|foam pit|snow|trampoline)",
    ),
    (
        "harmless_blades",
        ("violence.weapon_to_school",),
        r"(?:butter|plastic|table|dinner|bread|cake|cheese|steak|palette|putty|x~acto|craft)"
        r"~knife|knife (?:and|&|n) fork|(?:baseball|softball|cricket) bat",
    ),
    (
        "titles_and_media",
        ("*",),
        r"how to get away with murder|to kill a mockingbird|kill bill|killing eve"
        r"|the killing joke|suicide squad|(?:{kill}) (?:the|this|that|a|my|your) (?:process|task"
        r"|job|app|program|server|tab|thread|pid|switch|light|lights|engine|music|mood|vibe"
        r"|noise|power|signal|bug|spider|fly|mosquito|weeds?|germs?|bacteria|zombie|zombies"
        r"|boss|creeper|dragon|monster|enemy|character|battery|time)"
        r"|(?:{kill})~-~\d+|(?:{kill}) (?:all|a|the) process\w*|pkill|killall",
    ),
    (
        "sex_benign",
        ("sexual_minors",),
        r"sex (?:of|determination|chromosomes?|cells?|linked|linkage|organs?|education|ed"
        r"|hormones?|ratio|ratios|differences?|characteristics?|assigned|assignment|roles?"
        r"|selection|and gender|or gender|/gender|reassignment|segregat\w*|discrimination"
        r"|based|specific)"
        r"|(?:opposite|same|either|both|each|one|other|biological|assigned|the|its|their"
        r"|his|her|kittens?|puppys?|puppies|childs|babys|baby s|determine|determining"
        r"|identify|identifying|the same|different|male|female) sex(?:es)?"
        r"|sexual (?:reproduction|selection|dimorphism|orientation|identity|health|education"
        r"|development|maturity|maturation|characteristics|organs?|harassment policy)"
        r"|sexually (?:transmitted|reproduc\w*|mature|dimorphic|active)"
        r"|(?:social|sexual) intercourse(?= (?:between|among) (?:nations|cultures|people))"
        r"|(?:rape|molestation|abuse) (?:trial|case|charges?|allegations?|accusations?)"
        r"|(?:accused|accusing|accusation|convicted|charged) (?:\w+ ){0,2}(?:of|with) (?:rape|raping)"
        r"|naked (?:eye|mole|mole~rats?|singularity|truth|flame|lightbulb|gun|ape)"
        r"|nude (?:colou?r|colored|shade|lipstick|heels|shoes|tone|beige|makeup|nail\w*|palette"
        r"|tights|pantyhose|bra)|(?:{kill}) (?:all|the) child\w*|strip (?:for|down) (?:parts"
        r"|scrap|paint)|the nude in art|nude (?:model|figure|study|sculpture|statue|painting)s?"
        r"|(?:statue|sculpture|painting|renaissance|classical|greek|roman)(?: \w+){0,3}"
        r" nude|sex (?:ed|education) (?:class|unit|teacher|chapter|lesson|curriculum)",
    ),
    (
        "sex_education",
        ("sexual_minors.sexual_term_near_minor", "sexual_minors.sexual_term_near_teen"),
        r"(?:explain|explaining|explained|talk|talking|teach|teaching|learn|learning|lesson"
        r"|lessons|curriculum|class|unit|chapter|questions?|health)(?: \w+){0,2}"
        r" (?:about |on |of )?(?:sex|puberty|sexual health|consent)"
        r"|(?:kid|child|family|age)~(?:friendly|appropriate) (?:\w+ ){0,3}(?:sex|puberty)",
    ),
    (
        "porn_safety",
        ("sexual_minors",),
        r"(?:shouldnt|should not|dont|do not|cant|cannot|can not|never|not allowed to|protect"
        r" \w+ from|keep \w+ (?:away )?from|block|blocking|filter|filtering) (?:watch |see"
        r" |look at |view |watching |seeing |viewing )?porn",
    ),
    (
        "minor_benign",
        ("sexual_minors",),
        r"minor (?:key|keys|chord|chords|scale|scales|third|sixth|seventh|league|leagues"
        r"|detail|details|issue|issues|change|changes|injury|injuries|character|characters"
        r"|role|roles|planet|planets|axis|arc|premise|error|errors|mistake|mistakes|problem"
        r"|problems|point|points|edit|edits|update|updates|in|offense|offence|offenses|party"
        r"|parties|adjustment|adjustments|surgery|leaguer|tweaks?|bugs?|version|release"
        r"|damage|burns?|cuts?|differences?|variations?|flaw|flaws|scratch|note|notes|mode"
        r"|modes|arcana|prophets?|league)"
        r"|(?:a|my|the|in|with|her|his) minor (?:in|of)"
        r"|child (?:process|processes|node|nodes|element|elements|class|classes|component"
        r"|components|theme|window|table|row|rows|thread|threads|widget|item|items|object"
        r"|objects|entity|record|records|directory|directories|pid|task|tasks|span|spans)"
        r"|(?:parent|parents) and child|kid gloves|karate kid"
        r"|(?:{age_num}) years? old (?:car|house|laptop|phone|computer|dog|cat|tree|building)",
    ),
    (
        "grooming_benign",
        ("sexual_minors.grooming_secrecy",),
        r"surprise|birthday|party|gift|present|presents|christmas|anniversary|proposal",
    ),
)


# --------------------------------------------------------------------------------------------
# Compiled tables
# --------------------------------------------------------------------------------------------

_LEVEL_RANK = {"low": 0, "medium": 1, "high": 2}
_SEVERITY_RANK = {CRITICAL: 0, ELEVATED: 1}
_CATEGORY_RANK = {c: i for i, c in enumerate((*CATEGORIES, CUSTOM))}
_SENTENCE_END_RE = re.compile(r"[.!?]")


@dataclass(frozen=True, slots=True)
class _Guard:
    id: str
    applies_to: frozenset[str]
    pattern: re.Pattern[str]

    def applies(self, rule_id: str, category: str) -> bool:
        return "*" in self.applies_to or rule_id in self.applies_to or category in self.applies_to


@dataclass(frozen=True, slots=True)
class _Rule:
    id: str
    category: str
    level: str
    severity: str
    pattern: re.Pattern[str]
    partner: re.Pattern[str] | None  # proximity rules only
    gap: int
    same_sentence: bool
    guards: tuple[int, ...]  # indexes into _GUARDS


def _severity(level: str) -> str:
    return ELEVATED if level == "high" else CRITICAL


_GUARDS: tuple[_Guard, ...] = tuple(
    _Guard(gid, frozenset(applies), _compile(tmpl)) for gid, applies, tmpl in _GUARD_TABLE
)
# The "grooming_benign" guard vetoes a whole proximity match that mentions a surprise; it is
# searched inside the matched window rather than overlapped, see _first_proximity_match.
_WINDOW_VETO = {
    "sexual_minors.grooming_secrecy": next(g.pattern for g in _GUARDS if g.id == "grooming_benign")
}


def _guards_for(rule_id: str, category: str) -> tuple[int, ...]:
    return tuple(
        i
        for i, g in enumerate(_GUARDS)
        if g.applies(rule_id, category) and g.id != "grooming_benign"
    )


def _build_rules() -> tuple[_Rule, ...]:
    rules: list[_Rule] = []
    seen: set[str] = set()
    for rid, cat, level, tmpl in _RULE_TABLE:
        rules.append(
            _Rule(rid, cat, level, _severity(level), _compile(tmpl), None, 0, False,
                  _guards_for(rid, cat))
        )
    for rid, cat, level, a, b, gap, same_sentence in _PROXIMITY_TABLE:
        rules.append(
            _Rule(rid, cat, level, _severity(level), _compile(a), _compile(b), gap,
                  same_sentence, _guards_for(rid, cat))
        )
    for r in rules:
        if r.id in seen:
            raise ValueError(f"duplicate rule id {r.id}")
        if r.category not in CATEGORIES or r.level not in SENSITIVITIES:
            raise ValueError(f"bad rule {r.id}")
        if not r.id.startswith(r.category + "."):
            raise ValueError(f"rule id {r.id} must start with its category")
        seen.add(r.id)
    return tuple(rules)


_RULES: tuple[_Rule, ...] = _build_rules()


# --------------------------------------------------------------------------------------------
# Extra terms
# --------------------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class ExtraTerms:
    """Compiled extra terms (opaque): build with :func:`compile_extra_terms`."""

    terms: tuple[str, ...]
    pattern: re.Pattern[str]


def compile_extra_terms(terms: Sequence[str]) -> ExtraTerms:
    """Compile teacher/admin-configured words or phrases into a matcher.

    Matching is case-insensitive and on whole words/phrases, after the same normalisation as
    the rules (so "Fortnite", "FORTNITE" and "f0rtnite" all match the term "fortnite", but
    "fortnites" does not). Spaces inside a phrase match any run of separators. Raises
    ``ValueError`` naming the term when a term is empty or blank, ``TypeError`` when a term
    is not a string (or ``terms`` is a bare string).
    """
    if isinstance(terms, str):
        raise TypeError("extra terms must be a sequence of strings, not a single string")
    kept: list[str] = []
    alternatives: list[str] = []
    for term in terms:
        if not isinstance(term, str):
            raise TypeError(f"extra term {term!r} is not a string")
        norm = _normalize(term).text.strip()
        words = [w for w in re.split(r"[^\w]+", norm) if w]
        if not words:
            raise ValueError(f"extra term {term!r} is empty or blank")
        kept.append(term)
        alternatives.append(_SEP.join(re.escape(w) for w in words))
    alternatives.sort(key=len, reverse=True)
    body = "|".join(alternatives) if alternatives else r"(?!x)x"
    return ExtraTerms(tuple(kept), re.compile(r"(?<!\w)(?:" + body + r")(?!\w)"))


# --------------------------------------------------------------------------------------------
# Classification
# --------------------------------------------------------------------------------------------


class _GuardSpans:
    """Guard matches over one normalised text, computed lazily per guard."""

    __slots__ = ("_cache", "_text")

    def __init__(self, text: str) -> None:
        self._text = text
        self._cache: dict[int, tuple[list[int], list[int]]] = {}

    def _spans(self, gi: int) -> tuple[list[int], list[int]]:
        got = self._cache.get(gi)
        if got is None:
            starts: list[int] = []
            ends: list[int] = []
            for m in _GUARDS[gi].pattern.finditer(self._text):
                starts.append(m.start())
                ends.append(m.end())
            got = (starts, ends)
            self._cache[gi] = got
        return got

    def covers(self, guards: tuple[int, ...], start: int, end: int) -> bool:
        for gi in guards:
            starts, ends = self._spans(gi)
            if not starts:
                continue
            # guard matches are non-overlapping and sorted, so ends are sorted too
            k = bisect.bisect_right(ends, start)
            if k < len(starts) and starts[k] < end:
                return True
        return False


def _unguarded(
    pattern: re.Pattern[str], text: str, rule: _Rule, spans: _GuardSpans
) -> Iterator[re.Match[str]]:
    for m in pattern.finditer(text):
        if m.start() == m.end():
            continue
        if rule.guards and spans.covers(rule.guards, m.start(), m.end()):
            continue
        yield m


def _first_match(rule: _Rule, text: str, spans: _GuardSpans) -> tuple[int, int] | None:
    for m in _unguarded(rule.pattern, text, rule, spans):
        return m.start(), m.end()
    return None


def _first_proximity_match(rule: _Rule, text: str, spans: _GuardSpans) -> tuple[int, int] | None:
    assert rule.partner is not None
    a_spans = [(m.start(), m.end()) for m in _unguarded(rule.pattern, text, rule, spans)]
    if not a_spans:
        return None
    b_spans = [(m.start(), m.end()) for m in _unguarded(rule.partner, text, rule, spans)]
    if not b_spans:
        return None
    veto = _WINDOW_VETO.get(rule.id)
    b_starts = [s for s, _ in b_spans]
    best: tuple[int, int] | None = None
    for a_start, a_end in a_spans:
        # candidates: the B spans just before and just after this A span (nearest ones)
        k = bisect.bisect_left(b_starts, a_start)
        for j in (k - 1, k, k + 1):
            if not 0 <= j < len(b_spans):
                continue
            b_start, b_end = b_spans[j]
            lo, hi = min(a_start, b_start), max(a_end, b_end)
            gap_lo, gap_hi = min(a_end, b_end), max(a_start, b_start)
            if gap_hi - gap_lo > rule.gap:
                continue
            if (
                rule.same_sentence
                and gap_hi > gap_lo
                and _SENTENCE_END_RE.search(text, gap_lo, gap_hi)
            ):
                continue
            if veto is not None and veto.search(text, max(0, lo - 60), hi + 60):
                continue
            if best is None or lo < best[0]:
                best = (lo, hi)
        if best is not None:
            return best
    return best


def _sort_key(flag_pos: tuple[Flag, str, int]) -> tuple[int, int, int, int]:
    flag, level, pos = flag_pos
    return (
        _SEVERITY_RANK[flag.severity],
        _LEVEL_RANK.get(level, 3),
        _CATEGORY_RANK[flag.category],
        pos,
    )


def classify(
    text: str,
    *,
    sensitivity: str = "medium",
    extra_terms: ExtraTerms | None = None,
) -> list[Flag]:
    """All flags, most severe first. Empty when the text is safe.

    ``sensitivity`` is one of :data:`SENSITIVITIES`: the rules of that level and of the
    levels below it run. ``extra_terms`` (from :func:`compile_extra_terms`) add flags of
    category ``"custom"`` (rule ``custom.extra_term``, severity ``elevated``) at every
    sensitivity. Order: critical before elevated, then explicit (low-level) rules before
    less explicit ones, then category order of :data:`CATEGORIES`, then position in the text.
    One flag per rule (its first match).
    """
    if sensitivity not in _LEVEL_RANK:
        raise ValueError(f"sensitivity must be one of {SENSITIVITIES}, not {sensitivity!r}")
    if extra_terms is not None and not isinstance(extra_terms, ExtraTerms):
        raise TypeError("extra_terms must come from compile_extra_terms()")
    if not isinstance(text, str):
        raise TypeError("text must be a string")
    if not text or text.isspace():
        return []

    norm = _normalize(text)
    s = norm.text
    max_rank = _LEVEL_RANK[sensitivity]
    spans = _GuardSpans(s)
    found: list[tuple[Flag, str, int]] = []

    for rule in _RULES:
        if _LEVEL_RANK[rule.level] > max_rank:
            continue
        finder: Callable[[_Rule, str, _GuardSpans], tuple[int, int] | None] = (
            _first_match if rule.partner is None else _first_proximity_match
        )
        hit = finder(rule, s, spans)
        if hit is None:
            continue
        start, end = hit
        flag = Flag(rule.category, rule.id, rule.severity, norm.excerpt(start, end))
        found.append((flag, rule.level, start))

    if extra_terms is not None:
        m = extra_terms.pattern.search(s)
        if m is not None:
            flag = Flag(CUSTOM, "custom.extra_term", ELEVATED, norm.excerpt(m.start(), m.end()))
            found.append((flag, "custom", m.start()))

    found.sort(key=_sort_key)
    return [f for f, _, _ in found]
