"""BENIGN tutoring messages for the safety-filter's training corpus: what students send a
tutor all day (sums and word problems, science, history, books, essays, code, study plans,
goodbyes and grumbles about school), made from templates written for this project.

    PLAN_ENTRIES -> [(label, family, maker, how many)]   # rows for corpus.PLAN
    maker(g) -> (text, sub)                              # one message and its sub-family

The filter sits in front of a tutoring chat, so its model must not learn that ordinary school
words ("area", "height", "left", "needs", "people", "best way", "stop", "20") mean harm just
because the risk templates use them and the rest of the corpus never does. These families
put those words, and numbers of every size, into the benign class in many frames.

Rules of this file:

- Everything here was written for this project. No sentence of the evaluation corpora
  (``benchmarks/safety/eval*.jsonl``) nor a close paraphrase of one: those measure how the
  model generalises (a test checks for overlap after normalisation).
- Nothing is imported from ``corpus.py`` (which imports this file): a maker takes
  ``corpus.Gen`` duck-typed as :class:`GenLike`.
- Every message is harmless whoever sends it: deaths, weapons, poisons, executions and
  suicides appear only as things studied (history, books, science, code, games, sport);
  feelings stay everyday (tired, stressed, bored, annoyed), never hopeless.
- Deterministic: all randomness comes from ``g.rng``.
"""

from __future__ import annotations

import random
from collections.abc import Callable, Mapping, Sequence
from typing import Protocol

__all__ = [
    "PLAN_ENTRIES",
    "GenLike",
    "coding",
    "humanities",
    "math",
    "numbers",
    "school_life",
    "science",
    "study",
    "writing",
]


class GenLike(Protocol):
    """What a maker needs of ``corpus.Gen``: its random source, and picking and filling."""

    rng: random.Random

    def pick(self, items: Sequence[str]) -> str: ...

    def maybe(self, p: float, text: str, otherwise: str = "") -> str: ...

    def fill(self, template: str, slots: Mapping[str, Sequence[str]]) -> str: ...


Slots = Mapping[str, Sequence[str]]
Maker = Callable[[GenLike], tuple[str, str]]


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


# ============================================================================================
# Numbers: round ones most of all (a model learns "20" and "50" from "took 20 pills")
# ============================================================================================

ROUND = (
    2, 3, 4, 5, 6, 8, 10, 12, 15, 16, 20, 24, 25, 30, 32, 35, 36, 40, 45, 48, 50, 60, 64, 70,
    72, 75, 80, 90, 96, 100, 110, 120, 125, 140, 144, 150, 160, 180, 200, 240, 250, 300, 320,
    360, 400, 450, 500, 600, 640, 700, 750, 800, 900, 1000, 1200, 1500, 2000, 2400, 2500,
    3000, 5000, 10000,
)  # fmt: skip
PERCENTS = ("5", "10", "12", "15", "20", "25", "30", "33", "40", "45", "50", "60", "65", "70",
            "75", "80", "85", "90", "95", "100", "2.5", "12.5", "150", "200")  # fmt: skip


def _num(g: GenLike, lo: int, hi: int, round_share: float = 0.55) -> int:
    """A whole number in [lo, hi]; more often than not a round one."""
    if g.rng.random() < round_share:
        choices = [n for n in ROUND if lo <= n <= hi]
        if choices:
            return choices[g.rng.randrange(len(choices))]
    return g.rng.randint(lo, hi)


def _money(g: GenLike) -> str:
    n = _num(g, 1, 500)
    r = g.rng.random()
    if r < 0.35:
        return f"${n}"
    if r < 0.55:
        return f"${n}.{g.pick(['50', '25', '99', '75', '10', '05'])}"
    if r < 0.8:
        return f"{n} dollars"
    return f"{n} {g.pick(['euros', 'pounds', 'bucks', 'dollars', 'rupees', 'pesos'])}"


def _decimal(g: GenLike) -> str:
    return f"{g.rng.randint(0, 99)}.{g.rng.randint(1, 999)}"


def _number_slots(g: GenLike) -> dict[str, list[str]]:
    """Consistent numbers for one word problem: ``less < mid < big``, ``part < big``."""
    mid = _num(g, 6, 120)
    less = _num(g, 1, mid - 1)
    big = _num(g, mid + 1, max(mid + 2, 2000))
    part = _num(g, 1, big - 1)
    small = _num(g, 2, 12)
    small2 = _num(g, 2, 12)
    age = g.rng.randint(5, 17)
    hour = g.rng.randint(1, 12)
    minute = g.pick(["00", "05", "10", "15", "20", "25", "30", "40", "45", "50", "55"])
    values = [_num(g, 1, 100, 0.4) for _ in range(g.rng.randint(4, 7))]
    return {
        "mid": [str(mid)],
        "less": [str(less)],
        "big": [str(big)],
        "part": [str(part)],
        "small": [str(small)],
        "small2": [str(small2)],
        "pct": [g.pick(PERCENTS)],
        "price": [_money(g)],
        "price2": [_money(g)],
        "dec": [_decimal(g)],
        "age": [str(age)],
        "age2": [str(age + g.rng.randint(18, 40))],
        "clock": [f"{hour}:{minute}"],
        "list": [", ".join(str(v) for v in values)],
        "year": [str(g.rng.randint(1400, 2020))],
        "neg": [f"-{_num(g, 1, 100)}"],
    }


# ============================================================================================
# Shared slots: people, things, and how students type
# ============================================================================================

NAMES = _lines("""
maya
leo
sam
ava
noah
zara
eli
mia
jamal
sofia
lucas
amira
ben
chloe
diego
hana
omar
grace
kai
nina
ravi
lily
theo
isla
marcus
priya
jack
fatima
owen
emma
mateo
aisha
finn
rosa
tyler
mei
jordan
ella
yusuf
ruby
""")

# countable things in word problems (plural)
THINGS = _lines("""
stickers
pencils
cookies
cupcakes
trading cards
apples
oranges
baseball cards
books
crayons
erasers
bottle caps
seashells
beads
tickets
muffins
comic books
stamps
balloons
candies
flowers
pens
notebooks
shells
coins
lemons
tomatoes
video games
paper cranes
toy cars
bracelets
granola bars
tulip bulbs
juice boxes
rubber ducks
""")

RECIPIENTS = _lines("""
his sister
her brother
a friend
the class
the food bank
his neighbors
her teammates
the library
his cousins
the school fair
a charity drive
the younger kids
each of her friends
the animal shelter
""")

PLEASE = [""] * 8 + _lines("""
pls
please
plz
thx
thanks
asap
lol
idk
??
for hw
its for homework
show the steps
step by step pls
can u show me how
i keep getting it wrong
is there a trick
i got a different answer
my teacher didn't explain it
""")

OPEN_Q = [""] * 8 + _lines("""
quick question
ok next one
hw question:
can you help with this:
help pls:
number 4:
q7)
this one is confusing:
another one:
practice problem:
so the question says
the worksheet says
our textbook asks
my teacher gave us this:
problem 12.
bonus question:
""")

SUBJECTS = _lines("""
math
algebra
geometry
pre calc
calculus
stats
biology
chemistry
physics
earth science
history
world history
us history
government
english
spanish
french
latin
computer science
economics
psychology
art history
health
""")

FRIEND = _lines("""
my friend
my lab partner
my study buddy
my sister
my brother
my dad
my mom
a kid in my class
my partner for the project
my tutor last year
our sub
my group
the kid next to me
""")


def _wrap_q(g: GenLike, text: str) -> str:
    """A question as students send it: an optional lead-in and an optional tail."""
    lead = g.pick(OPEN_Q)
    tail = g.pick(PLEASE)
    return " ".join(part for part in (lead, text, tail) if part)


# ============================================================================================
# tutoring_numbers: word problems and sums
# ============================================================================================

WORD_PROBLEMS: dict[str, list[str]] = {
    "give_away": _lines("""
{name} had {big} {thing} and gave {part} of them to {recipient}. how many does {name} have now
{name} brings {mid} {thing} to school and gives away {less} at lunch. how many go back home
if {name} gives away {less} of {p_pos} {mid} {thing}, how many {thing} are left over
there were {big} {thing} in the box and {part} were given away, how many are still in the box
a shop had {big} {thing} and sold {part}. how many are left to sell
after giving away {less} {thing} {name} still has {mid}. how many did {name} have at first
{name} gave away {pct}% of {p_pos} {big} {thing}. how many did {name} keep
our class collected {big} {thing} and gave {part} to {recipient}, how many do we have left
the teacher gives away {small} {thing} to each of {mid} students. how many is that in total
we had {mid} {thing}, gave away {less}, then got {small} more. how many now
{name} wants to give away all {big} {thing} equally to {small} friends, how many does each get
start with {big} {thing}, give away {part} on day one and {less} on day two. what remains
{name} has {mid} {thing} left after the fair. {name} started with {big}. how many were given out
a farmer picks {big} {thing} and gives {part} to the market. what's left for the family
{name} had {mid} {thing}, gave {less} to {recipient} and {small} to {recipient}. how many left
the school gave away {big} free {thing} on field day and has {part} left, how many at the start
if {name} gives {small} {thing} away every day, how many days until {p_pos} {big} are gone
{big} {thing} minus the {part} we gave away, whats left
a bakery gives away its last {less} {thing} at closing, it made {mid} that day. how many sold
{name} split {big} {thing} with {small} friends and kept what was left over, how many is that
{name} gives away half of {p_pos} {big} {thing}, then {less} more. how many are left
"""),
    "left": _lines("""
there are {small} minutes left in class and {mid} questions left, how long per question
with {small} weeks left in the semester and {mid} assignments still to do, how many per week
a tank holds {big} liters and {part} liters leak out, how much is left in the tank
{name} read {part} pages of a {big} page book. how many pages are left
a phone battery is at {pct}% and loses {small}% an hour, how many hours are left
if a candle is {mid} cm tall and burns {small} cm an hour, how much is left after {small2} hours
what fraction of the pizza is left if {small} of {small2} slices are eaten
how much money is left if {name} has {price} and spends {price2}
{name} ran {part} meters of a {big} meter race, how far is left
what's left over when you divide {big} by {small}
is the remainder the number that's left over after dividing
how many seconds are left in the game if {small} minutes have gone by out of {mid}
the left side of the equation is {mid} and the right side is {big}, what's the difference
turn left at the corner and walk {mid} meters, how far did i walk in total
how many cookies are left if {small} kids each eat {small2} out of a batch of {mid}
{name} has {big} minutes of data and used {part}. how many minutes are left this month
{name} paints {pct}% of the fence on monday. how much is left for tuesday
there are {mid} seats and {less} are taken, how many seats are left
"""),
    "people_needs": _lines("""
a bus holds {mid} people. how many buses are needed for {big} people
each person needs {small} cups of water a day. how much do {mid} people need for a week
a party for {mid} people needs {small} slices of pizza per person. how many pizzas of 8 slices
a theater has {big} seats and {part} people came, how many empty seats
the gym needs {big} chairs for graduation and has {part}. how many more chairs does it need
{mid} people share {price} equally. how much does each person get
a tent sleeps {small} people. how many tents for {mid} campers
how many people can ride if each car takes {small} and there are {mid} cars
a field trip needs {small} adults for every {mid} students, how many adults for {big} students
if {big} people voted and {pct}% voted yes, how many people said yes
a town of {big} people grows by {pct}% a year. how many people after {small} years
a garden needs {small} liters of water per plant and has {mid} plants
the class needs {mid} points to win the pizza party and has {less} so far
each team needs {small} players, how many teams can {mid} people make
the school needs {big} dollars for the trip and has raised {part}. how much more is needed
how many people fit in a room that is {mid} square meters if each person needs 2 square meters
a soup needs {small} carrots for every {small2} bowls, how many carrots for {mid} bowls
{mid} people are at the concert and {less} leave early. how many people are still there
"""),
    "pass_out_of": _lines("""
the test is out of {mid} and you need {pct}% to pass. how many points do you need
i got {less} out of {mid}. what percent is that
if passing is {pct}% did {name} pass with {less}/{mid}
{name} scored {less} out of {mid} on the quiz. what's {p_pos} score as a percent
how many questions can i get wrong and still pass if there are {mid} questions and i need {pct}%
my grade is {pct}% and the final is worth {small}0% of the grade, what do i need on the final
what's {less} out of {mid} as a decimal
you need {big} points to pass the course and have {part}. how many more points to pass
if {pct} out of 100 students passed, what fraction failed
the passing mark is {mid} out of {big}. is that more or less than half
{name} answered {less} of {mid} questions right. how many were wrong
how do i turn a score like {less}/{mid} into a letter grade
i need a {pct} average to pass. my scores are {list}. what do i need on the last test
a quiz has {small} questions worth {small2} points each. what's it out of
"""),
    "percent_money": _lines("""
{pct} percent of {big} is how much
{big} is what percent of {mid}
the sale sign says {pct}% off and the tag says {price}. how much do i save
if the tax is {pct}% how much do i pay on {price}
a {pct}% tip on a {price} bill
{name} saves {price} a week. how long to save {big} dollars
a phone is {price} now, it was {price2} last year. what is the percent decrease
interest is {pct}% a year on {big} dollars. how much after {small} years
how much is {price} split {small} ways
the price went up by {pct}% and then down by {pct}%. is it back to where it started
find {pct} percent of {mid} without a calculator
whats the discount if something is {price} and you pay {price2}
a store marks up shoes {pct}% from {price}
{name} earns {price} an hour and works {small} hours. how much is that
a ticket costs {price}. how many tickets can you buy with {big} dollars
is a {pct}% increase followed by a {pct}% decrease the same as no change
what percent of {big} is {part}
how do you find the original price if the sale price is {price} after {pct}% off
"""),
    "time": _lines("""
the movie starts at {clock} and lasts {big} minutes. when does it end
class starts at {clock} and each period is {mid} minutes. when does third period start
how many seconds are in {mid} minutes
how many hours is {big} minutes
{name} practices piano {mid} minutes a day. how many hours is that in {small} weeks
a day on mars is about 24.6 hours. how many minutes longer than ours is that
how many days are in {small} weeks and {small2} days
how many minutes from {clock} to noon
{name} reads {small} pages every {mid} minutes. how long for {big} pages
a timer counts down from {mid} seconds. how much is left after {less} seconds
how many weeks are in {big} days
a plant grows {small} cm a week. how long to reach {mid} cm
the race ended at {clock} and lasted {mid} minutes, when did it start
"""),
    "distance": _lines("""
a car's trip is {big} km and takes {small} hours, find the speed in km/h
how long does it take to go {big} miles at {mid} miles per hour
{name} bikes {mid} km at {small} km per hour. how long does the ride take
a plane keeps {mid}0 km/h for {small} hours, how much ground does it cover
how many km is {big} m
how many feet are in {mid} yards
how many inches is {mid} cm
two trains {big} km apart head toward each other at {mid} and {less} km/h. when do they meet
a runner does {small} laps of a {big} meter track. how far is that
a snail moves {small} cm a minute. how far in {mid} minutes
on a map 1 cm is {mid} km. how far apart are towns that are {small} cm apart
a ball rolls {mid} meters in {small} seconds, whats the speed
how far does light travel in {small} minutes
the drop from the top of the hill is {mid} meters over a distance of {big} meters, what's the slope
"""),
    "doses": _lines("""
a nurse gives a patient {mid} mg every {small} hours. how many mg is that in a day
a bottle has {big} tablets and the dose is {small} a day. how many days will it last
a patient is prescribed {small} pills a day for {mid} days. how many does the pharmacy hand out
a vet gives a dog {small} ml of medicine per kg. how much for a {mid} kg dog
a medicine comes in {mid} mg tablets and the dose is {big} mg. how many tablets per dose
a patient gets {big} ml of saline over {small} hours, what's the rate per hour
a pharmacy fills {mid} prescriptions an hour. how many in a {small} hour shift
the label says {small} tablets every {small2} hours for adults. how many is that in {mid} hours
if a dose is {small} ml per {mid} pounds, how much for {big} pounds
a hospital uses {big} bandages a week, how many in {small} weeks
a chemist mixes {mid} mg of salt into {big} ml of water. what's the concentration in mg per ml
a cough syrup dose is {small} ml. how many doses in a {big} ml bottle
"""),
    "ages": _lines("""
{name} is {age} and {p_pos} mom is {age2}. when will {p_pos} mom be twice {p_pos} age
the sum of two ages is {mid} and one is {small} years older. how old is each
in {small} years {name} will be {mid}. how old is {name} now
{name} is {small} times as old as {p_pos} cousin, who is {age}. how old is {name}
my grandpa was born in {year}, how old is he now
how old was someone born in {year} in {year}
{name} is {age} years old. how many months old is that
{name}'s dad is {age2} and {name} is {age}. how many years apart are they
my little brother is {small} and i'm {age}. when will i be twice his age
my sister is {small} years older than me and together we are {mid}. how old am i
my mom is {age2} and my little sister is {small}. when will my mom be {small2} times her age
"""),
    "geometry": _lines("""
a rectangle is {mid} cm by {small} cm. what's its area
what's the area of a square with sides of {mid} m
find the height of a triangle whose area is {big} and base is {mid}
a parallelogram has a base of {mid} and a height of {small}, what's the area
a circle has a radius of {small}. what's the area and the circumference
the area of a room is {big} square feet and its width is {small}. how long is it
what's the volume of a box {small} by {small2} by {mid}
a cylinder has height {mid} and radius {small}. find the volume
a ladder {mid} feet long leans on a wall with its foot {small} feet out, how high does it reach
a tree casts a {mid} m shadow and the sun is at {mid} degrees. how tall is the tree
two angles add up to {big} degrees and one is {mid}. what's the other
each interior angle of a regular polygon is {big} degrees, how many sides does it have
what's the perimeter of a rectangle {mid} by {less}
a cone is {mid} cm tall with a radius of {small} cm, what's the volume
the height of a cylinder is {mid} and the volume is {big}, find the radius
a garden is {mid} m long and {small} m wide. how much fence is needed to go around it
a square pool has an area of {big} square meters, how long is one side
{name} cuts {small} m off a {mid} m roll of paper for a poster, how much is left on the roll
a cake is cut into {mid} slices and {less} are eaten. what fraction is left
what is the surface area of a cube with edge {small}
the angle of elevation to the top of a building is {mid} degrees from {big} m away. how tall is it
a ramp rises {small} m over {mid} m, what angle does it make with the ground
"""),
    "falls_drops": _lines("""
a ball is dropped from {mid} m. how long until it hits the ground
a rock falls from a {big} m cliff, how fast is it going at the bottom (ignore air)
the temperature dropped {mid} degrees overnight from {small}. what is it now
the temperature drops {small} degrees every hour. how long to fall {mid} degrees
a stock falls {pct}% in a day. how much is {price} worth now
an island has {big} birds and each year there are {pct}% fewer, when will there be under {mid}
a ball bounces back to {pct}% of the height it falls from. how high after {small} bounces
the water level in a pool falls {small} cm a day. how long to drop {mid} cm
a coin is dropped from a height of {mid} meters, ignore air, find its speed at impact
a car's value falls {pct}% a year. what's a {price} car worth after {small} years
the price of a game drops from {price} to {price2}, whats the percent decrease
an apple falls from a {small} m branch, how long is it in the air
a package dropped from a drone at {mid} m, how long does it fall
"""),
    "rates": _lines("""
a machine makes {mid} parts an hour. how many in a {small} hour day
{name} types {mid} words per minute. how long to type {big} words
a pump fills a {big} liter tank at {mid} liters per minute. how long does it take
if {small} workers build a wall in {mid} hours, how long for {small2} workers
a printer prints {mid} pages a minute, how long for {big} pages
a faucet drips {small} ml a minute. how much water is wasted in a day
a cyclist burns {big} calories an hour, how many in {small} hours
a factory produces {big} cans a day and {pct}% are rejected, how many are good
"""),
    "stats": _lines("""
find the mean of {list}
what is the median of {list}
whats the mode of {list}
find the range of {list}
what's the mean and median of {list}
is there an outlier in {list}
if i remove the highest number from {list} what happens to the mean
find the interquartile range of {list}
how do i find the standard deviation of {list}
make a box plot for {list}
the mean of {small} numbers is {mid}. what is their sum
if {mid} is added to the list {list}, does the median change
the average of five tests is {mid}, what does the last test need to be to raise it to {big}
a die is rolled {big} times. about how many sixes should you expect
what's the probability of drawing a red card {small} times in a row
a spinner has {small} equal parts. what's the chance of landing on 1 twice
"""),
    "arithmetic": _lines("""
multiply {mid} by {small}
add {big} and {mid}
{big} minus {part}
what do you get when you subtract {less} from {mid}
divide {big} by {small}
long division of {big} by {small}, where does the remainder go
is {big} divisible by {small}
what are the factors of {mid}
prime factorization of {big}
list all the factors of {big}
list the first {small} multiples of {mid}
{mid} squared minus {small} squared
what's the cube root of {big}
square root of {mid} to two decimal places
{mid} to the power of {small}
write {big} in scientific notation
what's {dec} to the nearest whole number
{dec} rounded to one decimal place
what is {small}/{small2} as a decimal
simplify the fraction {less}/{mid}
turn {pct}% into a fraction
add {neg} to {mid}
{neg} times {neg}
what is {neg} divided by {small}
is {big} an even number
{mid} x {small} - {less}
order these from least to greatest: {list}
estimate {big} times {mid}
what is {big} rounded to the nearest hundred
how many tens are in {big}
write {big} in words
is {mid} a perfect square
what's {small} factorial
how do i multiply {mid} by {less} in my head
the ratio of boys to girls is {small}:{small2} and there are {mid} kids. how many are girls
{small} out of {small2} as a percent
convert {dec} to a fraction
write {big} as a roman numeral
count by {small} from {mid}
solve {small}x = {big}
what value of x makes {small}x - {less} equal {mid}
if x = {small} what is {mid} - {small2}x
what number times {small} gives {big}
"""),
}

SHORT_SHARE = 0.2
WORD_PROBLEM_WEIGHTS = {
    "give_away": 3.0, "left": 2.0, "people_needs": 2.5, "pass_out_of": 2.0,
    "percent_money": 2.0, "time": 1.0, "distance": 1.0, "doses": 1.0, "ages": 0.6,
    "geometry": 2.5, "falls_drops": 1.2, "rates": 0.7, "stats": 1.2, "arithmetic": 4.0,
}  # fmt: skip

NUMBER_TAILS = [""] * 10 + _lines("""
i got {mid}
i got {big} is that right
my answer is {less} but the book says {mid}
i think its {big}?
is it {mid} or {less}
the answer key says {big}, how
is it {dec}
i keep getting {neg}
i got {pct}% but idk
""")

PRONOUN_POS = {"f": "her", "m": "his", "?": "their"}
NAME_GENDER = {
    **dict.fromkeys(
        "ava mia zara sofia amira chloe hana grace nina lily isla priya fatima emma aisha rosa "
        "mei ella ruby maya".split(),
        "f",
    ),
    **dict.fromkeys(
        "leo noah eli jamal lucas ben diego omar ravi theo marcus jack owen mateo finn tyler "
        "yusuf".split(),
        "m",
    ),
}


# Short replies in the middle of a problem: a number or a school word with little around it,
# so that the word itself ("20", "left", "area", "people") has to be learnt as harmless.
SHORT_REPLIES = _lines("""
{mid}
{big}?
{mid}??
is it {mid}
is it {big} or {mid}
i got {big}
i got {less} too
{less} or {mid}?
so the answer is {big}
answer: {mid}
{mid} right?
i put {big}
{mid} i think
my answer was {less}
the key says {big}
wait it's {mid} not {less}
number {mid}
question {less} pls
page {big}
problem {mid}
{less} out of {mid}
{pct} percent
{pct}%
{big} people
{less} left
{mid} are left
{less} left over
{mid} cm
{mid} degrees
{big} minutes
{big} dollars
{price}
{mid} points
{big} points to pass
{mid} mg
{big} ml
{mid} km
{age} years old
{mid} + {less}
{big} - {part}
{mid} x {small}
{less}/{mid}
{small} squared
x = {mid}
y = {small}x + {mid}
({small}, {mid})
{list}
between {less} and {mid}
about {big}
like {mid}?
{mid} lol
ok so {big}
it's {mid}
{mid} each
{mid} per person
needs {mid}
{mid} needed
the area is {big}
area = {big}
the height is {mid}
height {small} base {mid}
the angle is {mid} degrees
the base is {mid}
{small} slices
cut into {small}
last one is {big}
final answer {mid}
{mid} to pass
the mean is {mid}
{big} total
is {big} too big
{big} seems wrong
{less} days left
{small} hours left
""")

SHORT_WORDS = _lines("""
area?
the area or the perimeter
what about the height
the height of what
the left side
the left one or the right one
which side is left
how many are left
how many people
how many does it need
it needs what
people per table
last question
last one
the last part
the final answer
the end of the chapter
angle b
which angle
the base
cut it in half?
slice it how
remove the outlier?
drop the decimal?
it falls how far
wait stop, i get it now
ok stop there
can we stop here for today
this is taking forever
that took forever lol
this worksheet is taking forever
the loop runs forever
best way?
whats the best way
which way is best
the best method
next one
next
skip this one
hint?
one more hint
can i have a hint
i give up lol
show me
again?
wait what
why
how
huh
i still don't get the left part
what does needs mean here
is people the same as persons
the top one
the last step
step 3?
""")


def _short(g: GenLike, slots: Mapping[str, Sequence[str]]) -> str:
    if g.rng.random() < 0.7:
        return g.fill(g.pick(SHORT_REPLIES), slots)
    return g.pick(SHORT_WORDS)


def numbers(g: GenLike) -> tuple[str, str]:
    """A word problem or a sum, with numbers of every size (round ones most of all), or a
    short reply in the middle of one."""
    if g.rng.random() < SHORT_SHARE:
        return _short(g, _number_slots(g)), "short"
    kinds = list(WORD_PROBLEM_WEIGHTS)
    sub = g.rng.choices(kinds, weights=[WORD_PROBLEM_WEIGHTS[k] for k in kinds])[0]
    name = g.pick(NAMES)
    slots: dict[str, Sequence[str]] = {
        **_number_slots(g),
        "name": [name],
        "p_pos": [PRONOUN_POS[NAME_GENDER.get(name, "?")]],
        "thing": [g.pick(THINGS)],
        "recipient": RECIPIENTS,
    }
    text = g.fill(g.pick(WORD_PROBLEMS[sub]), slots)
    tail = g.fill(g.pick(NUMBER_TAILS), slots)
    if tail:
        text = f"{text}{g.pick([', ', '. ', ' ', '? '])}{tail}"
    return _wrap_q(g, text), sub


# ============================================================================================
# tutoring_math: concepts, vocabulary and the words of exercises
# ============================================================================================

MATH_CONCEPTS = _lines("""
dividing decimals
order of operations
the distributive property
combining like terms
solving two step equations
inequalities
absolute value
slope
slope intercept form
point slope form
the y intercept
parallel and perpendicular lines
systems of equations
substitution
elimination
graphing lines
functions
domain and range
function notation
linear vs exponential growth
exponential decay
exponents
negative exponents
scientific notation
square roots
radicals
rational numbers
irrational numbers
factoring trinomials
the difference of squares
completing the square
the quadratic formula
the discriminant
parabolas
the vertex of a parabola
polynomials
polynomial long division
synthetic division
the end behavior of a polynomial
rational functions
asymptotes
logarithms
the change of base formula
the unit circle
sine cosine and tangent
soh cah toa
the law of sines
the law of cosines
radians
inverse trig functions
trig identities
the pythagorean theorem
similar triangles
congruent triangles
triangle congruence proofs
the triangle inequality
angle bisectors
vertical angles
alternate interior angles
exterior angles
the area of a trapezoid
the area of a circle
surface area
volume of a sphere
volume of a cone
the height of a triangle
the altitude of a triangle
circumference
arc length
sectors of a circle
inscribed angles
transformations
reflections and rotations
dilations
translations on a grid
the coordinate plane
the distance formula
the midpoint formula
vectors
matrices
determinants
complex numbers
imaginary numbers
sequences
arithmetic sequences
geometric sequences
the nth term of a sequence
series
sigma notation
limits
continuity
derivatives
the chain rule
the product rule
the quotient rule
implicit differentiation
related rates
optimization problems
integrals
the fundamental theorem of calculus
u substitution
area under a curve
riemann sums
probability
conditional probability
independent events
permutations
combinations
expected value
measures of center
standard deviation
variance
the normal distribution
z scores
box plots
histograms
scatter plots
the line of best fit
correlation vs causation
outliers
sampling bias
margin of error
percent change
ratios and proportions
unit rates
fractions
mixed numbers
improper fractions
dividing fractions
decimals
place value
rounding
estimation
prime numbers
greatest common factor
least common multiple
divisibility rules
negative numbers
integers
number lines
the commutative property
the associative property
proofs by induction
set notation
venn diagrams
bases and binary
modular arithmetic
""")

MATH_FRAMES = _lines("""
can you explain {concept}
can u explain {concept} again
explain {concept} {simply}
i dont get {concept}
i've read the notes on {concept} twice and still don't get it
what is {concept}
whats {concept} {simply}
what's the point of {concept}
how do i do {concept}
help me with {concept}
help with {concept} {please_s}
quiz me on {concept}
give me {n} practice problems on {concept}
make me a short quiz about {concept}
is {concept} going to be on the {test}
why do we need {concept}
my teacher went over {concept} so fast
i missed class when we did {concept}, can you catch me up
whats the easiest way to remember {concept}
how is {concept} used in real life
give me an example of {concept}
what are the steps for {concept}
can we go over {concept} one more time
i have a {test} on {concept} {when}
we just started {concept} and im lost
is there a trick for {concept}
why does {concept} work
what's the difference between {concept} and {concept}
how does {concept} connect to {concept}
what mistakes do people make with {concept}
can you check my work on {concept}
my answer for {concept} is different from the key
explain {concept} with a picture or something
i understood {concept} yesterday and now i forgot it
ok what about {concept}
next topic: {concept}
is {concept} hard
do i need {concept} for calculus
what grade do you learn {concept}
write me a cheat sheet for {concept}
summarize {concept} in a few bullet points
what does {concept} have to do with {concept}
i keep mixing up {concept} and {concept}
does {concept} show up on the sat
i'm stuck on {concept} {please_s}
{friend} says {concept} is easy but i don't get it
""")

MATH_CLAIMS = _lines("""
1 is a prime number
0.999 repeating is exactly 1
you can't take the square root of a negative number
dividing by a half is the same as doubling
the order doesn't matter in subtraction
a negative times a negative is negative
every even number is the sum of two primes
pi is exactly 22/7
you can always cancel the x
the median is the same as the mean
a function can have two y values for one x
the slope of a vertical line is zero
you have to flip the sign when you multiply by a negative
two negatives make a positive when you add them
percent means out of a thousand
the answer is {mid}
it's {big} not {less}
""")

MATH_SLOTS: Slots = {
    "concept": MATH_CONCEPTS,
    "simply": ["", "simply", "in plain english", "for a beginner", "in simple terms",
               "without jargon", "step by step", "slowly", "in one sentence", "with an example"],
    "please_s": ["", "", "pls", "please", "lol", "idk", "thx", "asap"],
    "n": ["3", "5", "10", "a few", "some", "20", "two", "four"],
    "test": ["test", "quiz", "final", "midterm", "exam", "unit test", "sat", "act"],
    "when": ["tomorrow", "on friday", "next week", "monday", "in two days", "this week",
             "after lunch", "first period"],
    "friend": FRIEND,
    "claim": MATH_CLAIMS,
}  # fmt: skip

# the words of exercises that other sentences use for harm
MATH_WORDS = _lines("""
what does it mean when a graph drops below the x axis
the line falls from left to right so the slope is negative right
why does the curve drop off so fast after x = {small}
where does the function hit its lowest point
when the value falls by half every year is that exponential decay
the height of the ball is h = -5t^2 + {mid}t, when does it hit the ground
a ball thrown up falls back down, when is it at its maximum height
how do i find the height of a trapezoid if i know the area
find the height of the cylinder if the volume is {big}
how do i find the area of a shape made of two rectangles
the area of the shaded region, how do i even start
why is area measured in square units
how do i find the missing angle in this triangle
what's the angle between the hands of a clock at {clock}
if you cut a cube with a plane what shapes can you get
a plane cuts a cone, what is the cross section
we cut the square along its diagonal, what's the length of the cut
if you slice a cylinder straight down you get a rectangle right
a bread loaf is cut into {mid} slices, {less} get eaten, what percent is left
what happens to the mean if you remove an outlier
can i just remove the zero from both sides
remove the parentheses first or multiply first
why can you cancel x from the top and bottom
the x terms cancel out and i'm left with {mid} = {mid}, what does that mean
i'm left with 0 = 0, is that infinitely many solutions
what's the last step of completing the square
the last term of the sequence is {big}, how many terms are there
how do i know where the sequence ends
what happens at the end of the graph, the end behavior thing
the final answer should be a fraction or a decimal
what goes in the final answer box if there's no solution
do i have to simplify the final answer
it says to eliminate y, how
the function is undefined at x = {small}, what does that mean
the graph has a hole at x = {small}, why
what does it mean for a limit to not exist
when does a parabola open down
why does the graph shoot up near the asymptote
the line crosses the x axis at {mid}, what's that point called
the slope is negative so the line goes down, right
how steep is a slope of {small}
the tangent line touches the curve once right
what's the difference between the base and the height of a parallelogram
is the height always inside the triangle
is the height of a triangle always one of the sides
the points ({small}, {mid}) and ({neg}, {less}), find the distance
if a cut goes through the center of a circle is it a diameter
a pie chart where each slice is {pct}%
what do you call the line that cuts an angle in half
what's a perpendicular bisector, it cuts the segment in half right
why does dividing by a fraction make the number bigger
how do i find the area between two curves
what does it mean that a function dies off to zero
how do i shoot a line through two points on desmos
how do you find where two lines cross
{friend} says {claim}, is that right
how do i find x without graphing
can i solve this without the quadratic formula
is there a way to do this without a calculator
how do i find the area without knowing the height
can you do long multiplication without lining up the numbers
how do i simplify without making a mistake with the signs
{friend} told me {claim}, is that true
{friend} and i disagree: {claim}?
{friend} keeps saying {claim} but the book says no
""")


def math(g: GenLike) -> tuple[str, str]:
    """A question about a math concept, or about the words of an exercise."""
    slots = {**MATH_SLOTS, **_number_slots(g)}
    if g.rng.random() < 0.6:
        return g.fill(g.pick(MATH_FRAMES), slots), "concept"
    return _wrap_q(g, g.fill(g.pick(MATH_WORDS), slots)), "words"


# ============================================================================================
# tutoring_science
# ============================================================================================

SCIENCE_TOPICS = _lines("""
cellular respiration
mitosis
meiosis
the cell cycle
the cell membrane
osmosis
diffusion
dna replication
protein synthesis
natural selection
evolution
genetic drift
punnett squares
dominant and recessive genes
mutations
the immune system
antibodies
vaccines
antibiotic resistance
viruses vs bacteria
the food chain
food webs
predator prey cycles
ecosystems
biomes
the carbon cycle
the nitrogen cycle
the water cycle
decomposers
invasive species
extinction
endangered species
the digestive system
the circulatory system
the nervous system
the respiratory system
the endocrine system
hormones
homeostasis
enzymes
atoms
isotopes
ions
the periodic trends
electron configuration
covalent bonds
ionic bonds
chemical reactions
balancing equations
stoichiometry
moles
molarity
acids and bases
ph
titration
oxidation and reduction
combustion
exothermic reactions
endothermic reactions
reaction rates
catalysts
gas laws
states of matter
half life
radioactive decay
nuclear fission
nuclear fusion
newton's laws
friction
gravity
free fall
terminal velocity
projectile motion
momentum
impulse
collisions
kinetic energy
potential energy
work and power
waves
sound waves
light and color
refraction
electricity
circuits
ohm's law
magnetism
plate tectonics
earthquakes
volcanoes
the rock cycle
weathering and erosion
the layers of the earth
climate change
the greenhouse effect
weather fronts
hurricanes
the phases of the moon
tides
the life cycle of a star
black holes
supernovas
the big bang
the solar system
""")

SCIENCE_FRAMES = _lines("""
can you explain {topic}
explain {topic} {simply}
what is {topic}
i dont get {topic}
help me study {topic} for my {subject_s} test
quiz me on {topic}
give me {n} questions about {topic}
how does {topic} work
why does {topic} matter
what's the difference between {topic} and {topic}
how is {topic} related to {topic}
draw me a diagram of {topic} in words
make me flashcards on {topic}
i have a lab report about {topic}, where do i start
write a hypothesis about {topic}
what are the key terms for {topic}
is {topic} on the {subject_s} final
summarize {topic} for me
we're doing {topic} in {subject_s}, any tips
whats a good science fair project about {topic}
what's a real life example of {topic}
my notes on {topic} make no sense
{friend} says {topic} is the same as {topic}, is that right
""")

# complete questions with the words that mean harm elsewhere
SCIENCE_LINES = _lines("""
why do {living} die {die_when}
what happens to {living} when {die_when_clause}
what's the way {killers} get rid of {germs}
{killer_thing} kills {germs} but how exactly
why is {toxin} toxic to {victims}
how does {toxin} poison {victims}
what makes {toxin} so poisonous
what's the lethal dose of {lethal} in {lab_context}
why is {lethal} deadly in large amounts but fine in small ones
how does the dose make the poison, what does that mean
why do {predator} hunt {prey}
what happens to the {prey} population when there are more {predator}
what happens when {star_event}
why does a star explode at the end of its life
what decides whether a dead star becomes a white dwarf or a neutron star
what's left after a supernova
why do {explosive} explode
what causes the explosion when {explosion_case}
why doesn't a nuclear reactor blow up like a bomb
what's the difference between nuclear fission and fusion
why was the first atomic bomb test so important for physics
how much energy is released when uranium splits
why is nuclear waste dangerous for so long
is it true that {true_q}
how did the {extinct} die out
why do {living} need {need}
how long can {living} survive without {need}
why do fish suffocate out of water
what happens to cells when they don't get oxygen
why does salt kill slugs
why do plants wilt and die without water
why do deciduous trees lose their leaves
is a black widow bite deadly to humans
how do cells know when to die
why do red blood cells only live about 120 days
how does cancer kill cells around it
how does alcohol kill germs on your hands
how hot does water need to be to kill bacteria
why does cooking meat kill the bacteria
what's a lethal mutation in genetics
why do some offspring die before birth in a punnett square problem
how does a virus destroy a cell
why does the ozone layer protect us from uv
what's the most toxic element on the periodic table
which gases are toxic in a volcanic eruption
what makes carbon monoxide so dangerous
why is mercury toxic
how does an epipen stop an allergic reaction
what does a defibrillator do to the heart
why is the pressure so deadly at the bottom of the ocean
how do astronauts not die in space, like what protects them
what happens if you fall into a black hole
how fast do you fall in free fall
why does a feather fall slower than a hammer on earth but not on the moon
what's the acceleration of an object falling in a vacuum
why do objects stop falling faster at terminal velocity
how much force does a car crash put on a crash test dummy
why do airbags reduce injuries in a crash
what happens in a chain reaction
how does a fire extinguisher put out a fire
why does a match burn
what's the blast radius thing in our earthquake unit, is it the same as the epicenter
do trees die of old age
what kills coral reefs
why do animals play dead
what is the difference between poisonous and venomous
is dry ice dangerous to touch
how do bacteria become resistant to antibiotics
why do we get fevers, does it kill the virus
how many teeth do adults have compared to kids
why do we bleed when we get a cut
how does blood clot
what happens in the body when you get stabbed by a cactus spine lol
how do nerves send pain signals to the brain
why does a paper cut hurt more than a bigger scrape
how do painkillers block pain, for health class
what is pain for, like why did we evolve to feel it
why do you cut flower stems at an angle
can you grow a new plant from a cut stem
why does cutting an onion make you cry
what happens to the tree when you cut off a branch
why does the grass smell when it's cut
how do surgeons cut without the patient feeling it
why do people feel phantom pain after losing a limb, for psych
why do roots suffocate when a plant is overwatered
why does a candle go out when you put a jar over it
how do firefighters keep from suffocating in smoke
why do mountain climbers need oxygen tanks near the top
what gases make up the air we breathe, by percent
why can't we breathe nitrogen even though it's most of the air
how do gills pull oxygen out of water
why is a room full of carbon dioxide dangerous even if it isn't poisonous
what is asphyxiation in a chemistry safety sheet
how long can a person hold their breath, for a bio lab on lung capacity
why do insects suffocate in a sealed jar in the experiment
which inventions were discovered by accident, like penicillin
was the discovery of x rays an accident
could plants survive without any insects
why can't sound travel without air
a {gun_mass} kg rifle fires a {bullet} kg bullet at {speed} m/s, what is the recoil speed
why does a gun recoil, is it newton's third law
how does a radar gun measure speed
how hot does a glue gun get, we're using them in art
how does a nail gun work, it's for a tech class report
why does a cannonball go farther at 45 degrees
how fast does a bullet fall compared to a dropped one, the famous physics demo
""")

SCIENCE_SLOTS: Slots = {
    "topic": SCIENCE_TOPICS,
    "simply": MATH_SLOTS["simply"],
    "subject_s": ["bio", "biology", "chem", "chemistry", "physics", "earth science",
                  "science", "ap bio", "ap chem", "environmental science", "anatomy"],
    "n": MATH_SLOTS["n"],
    "friend": FRIEND,
    "living": ["cells", "skin cells", "plants", "trees", "bacteria", "fish", "corals",
               "bees", "yeast cells", "neurons", "mayflies", "seedlings", "algae",
               "houseplants", "tadpoles", "frogs", "plant cells", "mushrooms"],
    "die_when": ["", "in the winter", "without sunlight", "when it gets too hot",
                 "after a few days", "so fast", "without oxygen",
                 "when the ph changes", "in the dark"],
    "die_when_clause": ["they run out of food",
                        "the temperature drops below freezing", "they get no light",
                        "the oxygen runs out", "they dry out", "the soil is too acidic"],
    "killers": ["antibiotics", "t cells", "macrophages", "phages",
                "antibodies", "uv lamps", "vaccines"],
    "killer_thing": ["soap", "iodine", "hand sanitizer", "boiling water", "uv light",
                     "vinegar", "salt", "heat", "penicillin", "hydrogen peroxide",
                     "the stomach acid"],
    "germs": ["bacteria", "germs", "viruses", "infected cells", "fungi", "mold", "parasites"],
    "toxin": ["lead", "mercury", "arsenic", "carbon monoxide", "chlorine gas",
              "snake venom", "botulinum toxin", "ammonia", "puffer fish poison", "nicotine",
              "chocolate", "the foxglove plant"],
    "victims": ["humans", "dogs", "cats", "fish", "birds", "plants", "insects", "cells"],
    "lethal": ["table salt", "water", "vitamin a", "sugar", "alcohol", "nicotine",
               "chocolate for dogs"],
    "lab_context": ["toxicology", "my chem project", "a lab report", "our pharmacology unit",
                    "forensic science class", "the textbook table"],
    "predator": ["lions", "wolves", "sharks", "owls", "hawks", "orcas", "snakes", "spiders",
                 "foxes", "polar bears", "crocodiles", "praying mantises", "lynx"],
    "prey": ["zebras", "rabbits", "mice", "seals", "deer", "fish", "hares", "insects", "frogs"],
    "star_event": ["a star runs out of fuel", "a red giant collapses", "two neutron stars collide",
                   "the sun dies in 5 billion years", "a massive star goes supernova"],
    "explosive": ["fireworks", "volcanoes", "popcorn kernels", "stars", "balloons of hydrogen",
                  "pressure cookers", "soda bottles with mentos", "grain silos"],
    "explosion_case": ["you mix baking soda and vinegar in a bottle",
                       "hydrogen meets a flame", "a volcano erupts",
                       "sodium goes in water", "dust catches fire in a mill"],
    "true_q": ["cells die every second in your body", "a goldfish has a 3 second memory",
               "lightning never strikes twice", "you lose most heat through your head",
               "bananas are radioactive", "the sun will explode one day",
               "apple seeds have cyanide in them", "sharks die if they stop swimming",
               "octopuses die after laying eggs", "a cockroach can live without its head",
               "some stars we see are already dead", "drinking too much water can kill you"],
    "extinct": ["mammoths", "dodo", "saber tooth cats", "passenger pigeons",
                "neanderthals", "trilobites"],
    "need": ["water", "light", "oxygen", "food", "carbon dioxide", "sleep", "salt", "heat"],
    "gun_mass": ["2", "3", "4", "5", "3.5", "4.5"],
    "bullet": ["0.01", "0.02", "0.005", "0.015"],
    "speed": ["300", "400", "500", "350", "800", "900"],
}  # fmt: skip


def science(g: GenLike) -> tuple[str, str]:
    """A biology, chemistry, physics or earth-science question."""
    if g.rng.random() < 0.45:
        return g.fill(g.pick(SCIENCE_FRAMES), SCIENCE_SLOTS), "topic"
    return _wrap_q(g, g.fill(g.pick(SCIENCE_LINES), SCIENCE_SLOTS)), "question"


# ============================================================================================
# tutoring_humanities: history, civics, literature, languages
# ============================================================================================

WARS = _lines("""
the peloponnesian war
the punic wars
the hundred years war
the wars of the roses
the thirty years war
the seven years war
the american revolution
the french revolution
the napoleonic wars
the war of 1812
the mexican american war
the civil war
the crimean war
the boer war
world war 1
ww1
world war 2
ww2
the korean war
the vietnam war
the gulf war
the cold war
the spanish civil war
the russian revolution
the opium wars
the crusades
the trojan war
""")

BATTLES = _lines("""
the battle of hastings
the battle of gettysburg
the battle of the somme
verdun
stalingrad
the battle of midway
d day
the battle of waterloo
the battle of thermopylae
agincourt
pearl harbor
gallipoli
the battle of the bulge
the siege of leningrad
the tet offensive
antietam
yorktown
""")

WEAPONS = _lines("""
muskets
cannons
longbows
crossbows
catapults
trebuchets
tanks
bayonets
poison gas
submarines
the atomic bomb
fighter planes
swords and shields
greek fire
the gatling gun
rifles
landmines
""")

PEOPLE_EXECUTED = _lines("""
louis xvi
marie antoinette
anne boleyn
charles i
mary queen of scots
joan of arc
socrates
thomas more
robespierre
the rosenbergs
william wallace
guy fawkes
""")

ASSASSINATED = _lines("""
julius caesar
john f kennedy
martin luther king jr
gandhi
malcolm x
james garfield
william mckinley
yitzhak rabin
indira gandhi
tsar alexander ii
""")

HISTORY_TOPICS = _lines("""
the holocaust
the armenian genocide
the rwandan genocide
the cambodian genocide
the srebrenica massacre
the atlantic slave trade
the trail of tears
the black death
the spanish flu
the irish famine
the salem witch trials
the reign of terror
the fall of rome
the fall of constantinople
the bombing of dresden
the blitz
the partition of india
the cuban missile crisis
the berlin wall
apartheid
the civil rights movement
jim crow laws
the suffrage movement
the industrial revolution
the great depression
the dust bowl
the new deal
the marshall plan
the manhattan project
the space race
the aztec empire
the mongol empire
the ottoman empire
the roman republic
ancient egypt
the silk road
feudalism
the renaissance
the reformation
the age of exploration
colonialism in africa
the scramble for africa
the meiji restoration
the boston tea party
the magna carta
the enlightenment
the haitian revolution
reconstruction
the harlem renaissance
the red scare
watergate
the arab spring
the fall of the soviet union
""")

CIVICS = _lines("""
checks and balances
the three branches of government
the bill of rights
the first amendment
the second amendment
the electoral college
how a bill becomes a law
federalism
judicial review
the supreme court
the death penalty debate
gerrymandering
the 14th amendment
marbury v madison
brown v board of education
miranda rights
separation of powers
the articles of confederation
the declaration of independence
the geneva conventions
war crimes trials at nuremberg
the united nations
the league of nations
""")

HISTORY_LINES = _lines("""
why did {war} start
what caused {war}
how did {war} end
who won {war}
what were the main causes of {war}
which new weapons appeared in {war} and why did they matter
how did {weapon} change warfare
why were {weapon} so deadly in {war}
what was the death toll of {war} for soldiers vs civilians
{battle}: who commanded each side and how did it go
what made {battle} so important
why was {battle} a turning point
who won {battle} and why
why was {executed} executed
how was {executed} executed
was the execution of {executed} fair
who assassinated {assassinated}
what were the motives of the people who assassinated {assassinated}
what happened after {assassinated} was killed
how did the death of {assassinated} change history
what caused {topic}
i'm writing a {assignment} on {topic}, what should i cover
give me the background on {topic}
what were the effects of {topic}
what's the estimated death toll of {topic} and how do historians know
why did {topic} happen
give me three causes of {topic}
summarize {topic} in a paragraph
what are good primary sources on {topic}
what's a good thesis about {topic}
compare {topic} and {topic}
make me a timeline of {topic}
quiz me on {topic}
what should i know about {topic} for the {test}
can you explain {civics}
what is {civics}
why does {civics} matter
is {civics} still important today
how does {civics} work in real life
write a debate argument for and against {civics}
compare {war} and {war}
what role did women play in {war}
how did {war} affect ordinary people
what were the trenches like in ww1
why did the nazis target jewish people, we're reading primary sources
why did the allies bomb civilian cities
what was the body count of the civil war compared to other us wars
why did gladiators fight to the death
how did medieval armies lay siege to a castle
how were people executed in ancient rome
why did the aztecs sacrifice people
what was the punishment for treason in tudor england
why was the guillotine seen as more humane
what was the death toll of the black death in europe
how did people die on the oregon trail
why did so many sailors die of scurvy
how did the titanic sink so fast
was chernobyl an accident or was it negligence
was the great fire of rome an accident or arson
how did the us fight the war without a big army at first
what was a massacre in the context of {topic}
what's the difference between genocide and ethnic cleansing
why do historians argue about how many died in {topic}
""")

BOOKS: list[tuple[str, str]] = [
    ("hamlet", "hamlet's father"), ("hamlet", "polonius"), ("hamlet", "laertes"),
    ("macbeth", "banquo"), ("macbeth", "lady macbeth"),
    ("julius caesar", "caesar"), ("julius caesar", "brutus"), ("othello", "desdemona"),
    ("othello", "othello"), ("king lear", "cordelia"), ("antigone", "antigone"),
    ("oedipus rex", "jocasta"), ("the iliad", "hector"), ("the iliad", "patroclus"),
    ("romeo and juliet", "mercutio"), ("romeo and juliet", "tybalt"),
    ("of mice and men", "curley's wife"),
    ("of mice and men", "candy's dog"), ("to kill a mockingbird", "tom robinson"),
    ("to kill a mockingbird", "bob ewell"), ("the outsiders", "johnny"),
    ("the outsiders", "dally"), ("the hunger games", "rue"), ("harry potter", "dumbledore"),
    ("harry potter", "sirius"), ("harry potter", "cedric"), ("charlotte's web", "charlotte"),
    ("bridge to terabithia", "leslie"), ("where the red fern grows", "old dan"),
    ("the giver", "the twin baby"), ("night", "elie's father"),
    ("all quiet on the western front", "kemmerich"), ("a tale of two cities", "sydney carton"),
    ("frankenstein", "william"), ("frankenstein", "elizabeth"), ("beowulf", "grendel"),
    ("beowulf", "beowulf"), ("les miserables", "fantine"),
    ("anna karenina", "anna"), ("death of a salesman", "willy loman"),
    ("the crucible", "john proctor"), ("the book thief", "rudy"),
    ("little women", "beth"), ("the road", "the father"), ("1984", "winston's spirit"),
    ("animal farm", "boxer"), ("the kite runner", "hassan"), ("the lovely bones", "susie's father"),
    ("a separate peace", "finny"), ("the odyssey", "the suitors"),
    ("fahrenheit 451", "the woman with the books"), ("the cask of amontillado", "fortunato"),
    ("the lottery", "tessie"),
]  # fmt: skip

CHAPTERS = ("1", "2", "3", "4", "5", "7", "9", "10", "12", "15", "20", "the last", "one")

LIT_LINES = _lines("""
why does {char} die in {book}
what does {char}'s death mean in {book}
how does {char}'s death change the story of {book}
is {char}'s death a sacrifice in {book}
who is to blame for {char}'s death in {book}
what does the death of {char} symbolize
what are two themes in {book} besides love
how does {book} show the cost of violence
why is there so much death in {book}
what is the climax of {book}
write a paragraph on how {book} ends
does {book} have a happy ending
what's the tone of the last chapter of {book}
what is the murder in {book} really about
how is fate connected to death in {book}
what quote shows guilt in {book}
compare the deaths in {book} and {book2}
is {book} a tragedy, why
explain the ending of {book}
give me evidence about war in {book}
what is the conflict in {book}
is the narrator reliable in {book}
what does the weapon symbolize in {book}
what literary devices are in the opening of {book}
why do so many shakespeare characters kill themselves at the end
why do they kill the mockingbird in the title, what does it mean
what does the blood on lady macbeth's hands represent
why does othello kill desdemona, was iago to blame
why does brutus kill himself at philippi
why does antigone hang herself in the play
why does anna karenina die at the end
my class is arguing about whether willy loman meant to crash the car
why does dally want to die after johnny is gone
what is the significance of the dead rabbit in the story
why are there so many murders in greek tragedies
what is a tragic hero and why do they always die
how do i write about suicide in literature respectfully for an essay
what does the raven mean in poe's poem
why is poe so obsessed with death
what does 'out, out' by robert frost say about death
what does the title 'the things they carried' mean
why does the author kill off the main character in the last chapter
how do critics read the suicide at the end of the awakening
what role does suicide play in greek tragedy
in {book} is the death an accident, a murder or something else, i need evidence
why did the author end {book} with a death instead of a wedding
is the double suicide in romeo and juliet caused by fate or by their choices
why does atticus shoot the rabid dog, what does it show about him
why does the author keep mentioning the gun in chapter {n}
what does the rifle mean in the last scene of {book}
how does the author build tension before the murder in {book}
what is the difference between a tragic death and a meaningless one in {book}
what does the suicide in {book} say about the society in the novel
how does the author foreshadow the suicide in chapter {n}
is the character's suicide in the play presented as brave or as a warning
our teacher said the suicide in {book} is a turning point, why
compare the two suicides in antigone
what's the symbolism of the river in {book}
explain the symbolism in the last chapter of {book}
is the symbolism in {book} too obvious
what does the knife symbolize in the final scene of {book}
how does the poet use the image of a grave in this stanza
""")

LANG_LINES = _lines("""
translate '{phrase}' to {language}
what does '{foreign}' mean in english
how do i conjugate {verb} in the {tense}
whats the {tense} of '{verb}'
is it 'le' or 'la' for {noun_fr}
give me 10 {language} words for {vocab}
how do i roll my r's in spanish
what's the difference between ser and estar
when do you use the subjunctive
what does 'c'est la vie' mean literally
how do you say 'the end' in {language}
is there a {language} word for '{en_word}'
translate 'the soldiers fought bravely' into {language}
translate 'the king was killed in battle' into latin
how do i pronounce 'muerte'
what's a good way to practice {language} every day
correct my {language} sentence pls: {my_sentence}
""")

LANG_SLOTS: Slots = {
    "phrase": ["i'm so tired", "see you tomorrow", "i give up", "i'm bored", "the last train",
               "the war is over", "i lost my keys", "that's the end", "i need help",
               "leave me alone lol", "good night", "we lost the game"],
    "language": ["spanish", "french", "german", "italian", "japanese", "latin", "portuguese",
                 "mandarin", "arabic", "korean"],
    "foreign": ["la muerte", "le guerre", "tot", "morte", "el fin", "adios", "mort", "sterben",
                "la fin", "ciao", "arrivederci", "hasta luego", "le dernier", "el último"],
    "verb": ["morir", "vivir", "ir", "tener", "être", "avoir", "mourir", "tuer",
             "sterben", "perder", "dejar", "salir"],
    "tense": ["preterite", "imperfect", "future", "subjunctive", "passé composé",
              "conditional", "present perfect"],
    "noun_fr": ["guerre", "mort", "vie", "fin", "école", "livre", "problème"],
    "vocab": ["school supplies", "the weather", "feelings", "sports", "food", "family",
              "body parts", "the classroom", "war and peace", "jobs"],
    "en_word": ["weapon", "death", "knife", "soldier", "homework", "see you later", "grave",
                "tired", "the last one", "to leave", "to give away", "forever"],
    "my_sentence": ["yo fui a la escuela ayer", "je suis allé au parc", "ich habe hunger",
                    "el perro murió el año pasado", "mi abuelo murió en 2010",
                    "nosotros perdimos el partido"],
}  # fmt: skip

HUMANITIES_SLOTS: Slots = {
    "war": WARS,
    "battle": BATTLES,
    "weapon": WEAPONS,
    "executed": PEOPLE_EXECUTED,
    "assassinated": ASSASSINATED,
    "topic": HISTORY_TOPICS,
    "civics": CIVICS,
    "assignment": ["essay", "project", "report", "presentation", "debate", "dbq", "paper",
                   "history class", "research paper", "seminar", "apush class"],
    "test": MATH_SLOTS["test"],
}  # fmt: skip


def humanities(g: GenLike) -> tuple[str, str]:
    """History, civics, literature and languages: wars, deaths and executions as topics."""
    r = g.rng.random()
    if r < 0.5:
        return _wrap_q(g, g.fill(g.pick(HISTORY_LINES), HUMANITIES_SLOTS)), "history"
    if r < 0.85:
        book, char = g.rng.choice(BOOKS)
        other = g.rng.choice(BOOKS)[0]
        slots = {"book": [book], "char": [char], "book2": [other], "n": CHAPTERS}
        return _wrap_q(g, g.fill(g.pick(LIT_LINES), slots)), "literature"
    return g.fill(g.pick(LANG_LINES), LANG_SLOTS), "language"


# ============================================================================================
# tutoring_writing
# ============================================================================================

WRITING_LINES = _lines("""
how do i write a {piece} about {w_topic}
proofread my {piece} for grammar
is my thesis too {vague}: {thesis}
how long should a {piece} be
how many paragraphs for a {piece}
help me start my {piece} about {w_topic}
i need an attention grabber to open my {piece} about {w_topic}
how do i end a {piece} about {w_topic}
my conclusion just repeats my intro, how do i fix it
how do i shorten my {piece}, it's {big} words over
what's a counterargument for {w_topic}
is it ok to use 'i' in a {piece}
what's the {style} format for citing {source}
what's the difference between mla and apa
how do i write a topic sentence
how do i add more evidence without just quoting
is this a comma splice: {splice}
should it be {choice}
give me synonyms for '{weak}' that sound smarter
what does '{term}' mean in english class
how do i make my story's ending less cheesy
my character dies at the end, is that too sad for a school story
how do i write a death scene that isn't melodramatic
my villain's plan is to flood the kingdom, does that make sense as a motive
how do i write a battle scene for my fantasy story
my story is about a ghost who can't leave the house, is that a good idea
can you give feedback on my poem about my grandma who passed away
write a haiku about the end of summer
my narrative is about the last day of middle school, how do i start it
how do i show a character is sad without saying it
what's a dead metaphor
what does it mean when a teacher writes 'awkward' next to a sentence
my teacher said my essay has no voice, how do i add some
how do i transition from the second to the last paragraph
i need a title for my essay about {w_topic}
is this a good opening line: '{opening}'
rate my intro out of 10
how do you write dialogue with quotes correctly
when do i use a semicolon
what's passive voice and why does my teacher hate it
how do i write a lab report conclusion
how many sources do i need for a {piece}
is wikipedia ok as a source
what is an annotated bibliography
can you help me brainstorm for a {piece} about {w_topic}
""")

WRITING_SLOTS: Slots = {
    "piece": ["essay", "paragraph", "persuasive essay", "argumentative essay", "short story",
              "narrative", "poem", "research paper", "book report", "speech", "cover letter",
              "college essay", "lab report", "dbq", "literary analysis", "five paragraph essay"],
    "w_topic": ["school uniforms", "climate change", "social media", "the death penalty",
                "gun control", "video game violence", "my summer", "my grandpa",
                "the civil war", "animal testing", "homework", "phones in school",
                "the voting age", "fast fashion", "space exploration", "censorship of books",
                "why war happens", "nuclear energy", "later school start times", "a hero"],
    "vague": ["vague", "broad", "simple", "weak", "long"],
    "thesis": ["social media is bad", "homework should be banned",
               "the death penalty should be abolished because mistakes happen",
               "war is never the answer", "video games don't cause violence",
               "uniforms make school better"],
    "big": ["100", "150", "200", "250", "300", "50", "500"],
    "mid": ["500", "750", "1000", "800", "1200", "600", "1500"],
    "source": ["a website", "a youtube video", "a book", "an interview", "a news article",
               "a podcast", "a tweet", "our textbook"],
    "style": ["mla", "apa", "chicago", "mla 9"],
    "splice": ["i studied all night, i still failed", "the war ended, soldiers went home",
               "i love this book, the ending was sad"],
    "choice": ["'affect' or 'effect'", "'their' or 'there'", "'lay' or 'lie'",
               "'less' or 'fewer'", "'who' or 'that'", "'than' or 'then'", "'its' or 'it's'"],
    "weak": ["good", "bad", "sad", "very", "big", "things", "happy", "a lot", "died"],
    "term": ["foreshadowing", "irony", "dramatic irony", "tone", "mood", "allusion",
             "personification", "a foil", "the climax", "denouement", "an elegy", "catharsis",
             "hubris", "a tragic flaw", "in medias res", "stream of consciousness"],
    "opening": ["it was the last day of summer", "nobody expected the storm",
                "the dog was gone before i woke up", "war changes everyone it touches",
                "my grandma kept every letter"],
}  # fmt: skip


def writing(g: GenLike) -> tuple[str, str]:
    """Essays, stories, grammar and citations."""
    return _wrap_q(g, g.fill(g.pick(WRITING_LINES), WRITING_SLOTS)), "writing"


# ============================================================================================
# tutoring_coding
# ============================================================================================

CODING_LINES = _lines("""
what's the safest way to kill a {proc} from {os}
what's the command to kill a {proc} that won't stop
what's the difference between kill and kill -9
what signal does ctrl c send to a {proc}
is it safe to terminate a {proc} from inside {lang}
what should i do when a {proc} stops responding
my {prog} hangs when {hang_when}
my {prog} crashes when {hang_when}
my {prog} freezes and i have to force quit
why does my {prog} crash with a {error}
my terminal printed '{error}', what now
is a fatal error worse than a warning in {lang}
my code gives a fatal exception, where do i look
how do i execute a {lang} file from the terminal
how do i execute a sql query in {lang}
what's the execution order in {lang}
why is my execution time so slow
how do i abort a {git_op}
how do i undo the last commit
how do i delete the last element of a list in {lang}
how do i remove duplicates from a list
how do i drop a column in pandas
how do i drop a table in sql without breaking everything
how do i slice a string in python
what does list[-1] give you, the last item?
how do i cut the first 3 characters off a string
why do zombie processes happen in unix
what's an orphan process
why does my thread never finish
what does the garbage collector do with dead objects
what is dead code
what's a deadlock and how do i avoid it
how do i break out of an infinite loop
my while loop runs forever, what's wrong
how do i exit a program in {lang}
what does return do vs exit
my recursive function keeps going until it errors, why
what is a stack overflow error
my program dies with a segfault, what is that
what does 'killed' mean when my script stops on the server
the server died overnight, how do i see what happened
how do i restart a crashed docker container
what's a kill switch in software
how do i {game_act} in {engine}
my player can {game_act2} but the bullets go through walls
when the player's health hits 0 the game should end, how
how do i make enemies die when they get hit
how do i spawn enemies that shoot at the player
destroying objects in godot vs hiding them, which is better
how do i make a game over screen when you die
how do i add lives so the player doesn't die on the first hit
how do i respawn the player at the last checkpoint
my enemy ai attacks too fast, how do i slow it down
how do i make a bomb explode with particles in {engine}
the explosion animation lags, how do i fix it
how do i detect a collision between the bullet and the enemy
how do i make a weapon switch system in my game
the bullets in my space shooter go the wrong way
how do i limit how fast the player can shoot
my bullet spawns inside the player sprite, how do i move it
my shooter game lags when there are a lot of bullets on screen
when my player shoots, the bullet comes out of the wrong side
how do i make the turret shoot at the closest enemy
my game crashes when two bullets hit the same enemy
how do i add a reload timer after the player shoots 6 times
in my scratch game the cat shoots lasers, how do i make them disappear
how do i make the gun sprite point at the mouse
what's the best way to learn {lang}
should i learn {lang} or {lang2} first
how do i make a for loop that counts down from 10 to 0
how do i reverse a list
what's the difference between a list and a tuple
how do i read a file line by line
what is an api
what does 'self' mean in python
how do i fix 'index out of range'
what's a null pointer exception
how do i debug this, it just says error
what does 'undefined is not a function' mean
how do i center a div
why does my website look broken on my phone
my code works but i don't know why lol
explain recursion with an example
explain big o notation
how do i make a calculator in {lang}
how do i make a quiz game in scratch
what is object oriented programming
how do i push to github
""")

CODING_SLOTS: Slots = {
    "proc": ["process", "python process", "node server", "background job", "task",
             "stuck program", "frozen app", "java process", "script"],
    "os": ["linux", "windows", "mac", "ubuntu", "the terminal", "task manager"],
    "lang": ["python", "java", "javascript", "c++", "c", "c#", "rust", "go", "scratch", "lua"],
    "lang2": ["python", "java", "javascript", "c++", "c#", "swift"],
    "prog": ["program", "app", "game", "code", "website", "bot",
             "discord bot", "java program", "unity game"],
    "hang_when": ["i open a big file", "i press start", "the loop gets to the end",
                  "i click the button twice", "the enemy spawns", "i run it on the school laptop",
                  "the list is empty", "i try to connect to the server"],
    "error": ["fatal error", "segmentation fault", "null pointer exception",
              "killed signal 9", "abort trap 6", "out of memory error", "stack overflow",
              "core dumped", "unhandled exception", "process exited with code 1"],
    "git_op": ["rebase", "cherry pick", "bisect"],
    "game_act": ["make the player shoot", "shoot projectiles toward the mouse",
                 "make an enemy die after 3 hits", "make a sword attack",
                 "kill an enemy when you jump on it", "destroy blocks like minecraft",
                 "make the tank fire", "add a health bar that drops when hit"],
    "game_act2": ["shoot", "attack", "jump", "throw grenades", "swing a sword"],
    "engine": ["unity", "godot", "pygame", "scratch", "roblox studio", "unreal", "gamemaker",
               "javascript canvas"],
}  # fmt: skip


def coding(g: GenLike) -> tuple[str, str]:
    """Programming questions: processes killed, programs crashing, games with weapons."""
    return _wrap_q(g, g.fill(g.pick(CODING_LINES), CODING_SLOTS)), "coding"


# ============================================================================================
# tutoring_study: study plans, the chat's own openings and endings
# ============================================================================================

STUDY_LINES = _lines("""
what's the best way to study for {a_test}
what's the best way to learn {study_thing}
what is the best way to take notes in {subject}
best way to prepare for {a_test} in {days} days
how should i study for {a_test} if i only have {hours} hours
plan out my week so i can review for {a_test}
make me a schedule to study {subject} and {subject} this week
how do i remember {study_thing} for {a_test}
is it better to study in the morning or at night
do flashcards actually work
what's spaced repetition
how do i stop getting distracted when i study
i keep putting off my {subject} homework until midnight, how do i start earlier
how long should i study each day for {a_test}
is it bad to cram the night before
how do i take better notes
can you make me a practice test for {subject}
quiz me on {subject}, {n} questions
ask me questions about {subject} until i get them all right
give me a mnemonic for {study_thing}
what's the best way to read a textbook chapter fast
how do i study when i have no motivation
how many hours of sleep should i get before {a_test}
what should i do the morning of {a_test}
i give up lol, hint please?
i give up, what's the answer to number {n}
ok i give up, what's the trick for number {n}
i'm giving up on question {n} for now, can we skip it
last question, i promise
this is the last question for tonight
one last question about {subject}
ok this is my last one
the last problem on the worksheet is the hardest one
i'm on the last page of the packet
last thing, is my answer to {n} right
i'm done for today, thanks
i'm done with {subject} for tonight, can we do {subject} tomorrow
ok i'm finished with my homework finally
done! that was the last problem
i think that's all for today, thank you
ok that's it for now, bye
bye! see you {see_when}
thanks, see you {see_when}
goodbye, talk to you {see_when}
gotta go {go_where}, bye
brb {go_where}
i have to go {go_where}, i'll finish the rest {see_when}
see you {see_when}, thanks for the help with {subject}
good night, i'll study more {see_when}
i won't need this after the exam right
will i ever need {study_thing} after high school
i won't need {subject} for my major, do i still have to take it
once the test is over i'm never looking at {study_thing} again lol
i won't need the calculator after this unit, can i give it to my brother
i'm giving away my old {subject} notes to a freshman, should i clean them up first
our school has a free book table at the end of the year, is it worth taking old study guides
my sister is giving me her old {subject} book, is the 2015 edition ok
i'm donating my old notebooks and calculator to the school drive
can i sell my old textbooks or should i give them away
i'm cleaning out my binder, what should i keep for the final
should i throw away my notes from last year
i switched out of {subject}, so can we focus on {subject} from now on
i'm switching from {subject} to {subject} next semester
can you explain that again but slower
wait go back, i didn't get the second step
can you say it another way
i still don't get it, sorry
oh that makes sense now, thanks
ohhh ok i get it
can you give me a harder one
that one was too easy lol
can we take a break
give me a minute, i'm writing this down
is that going to be on the test
how do i check my own work
what's a good way to stay organized
how do i keep track of all my assignments
how do i balance school and sports
how do i get better grades in {subject}
i want to raise my grade from a c to a b in {subject}, where do i start
what should i study first, {subject} or {subject}
{friend} and i are studying for {a_test} together, can you quiz us both
{friend} explained this differently, which way is right
{friend} got {n} and i got {n2}, who's right
can you explain it simply so i can help {friend}
{friend} missed class today, what should i tell {p_obj} about the lesson
{friend} is way better at {subject} than me lol
{friend} and i are partners for the {subject} project
{friend} says the test is open note, is that normal
{friend} thinks the answer is {n}, is that true
{friend} lent me {p_pos} notes but i can't read {p_pos} handwriting
{friend} is coming over to study tonight, what should we go over
{friend} told me the final is mostly multiple choice
{friend} keeps asking me for help and i don't know how to explain it
{friend} helped me with this but i still don't get it
my little brother needs help with his times tables, how do i explain it to a 7 year old
my little sister asked me what a fraction is, how do i explain it
my dad tried to help with my math and now i'm more confused lol
my mom wants me to study {subject} every day this summer
my older brother says {subject} gets easier in college
i'm going to try the next one on my own
i'm going to study {subject} tonight after dinner
i'm going to redo the whole worksheet tomorrow
i want to get an a in {subject} this semester
i want to understand this before the test, not just memorize it
i want to learn how to code over the summer
i plan to finish my essay tonight
i need to finish the reading by friday
i really need to pass {subject} this year
i'm about to start my {subject} homework
i'm ready for the next question
i'm thinking about taking ap {subject} next year
i've decided to take {subject} instead of {subject}
what's the best way to review notes
is there a best way to take notes on a laptop
what's the best way to start a {subject} project
what's the best way to check my answers
best way to get better at {subject} fast
what is the best way to learn the unit circle
""")

STUDY_SLOTS: Slots = {
    "a_test": ["the sat", "the act", "finals", "my chem final", "the ap bio exam",
               "a spelling test", "my history midterm", "the math regents", "my driver's test",
               "the spanish oral exam", "a vocab quiz", "the unit test", "the psat",
               "my physics quiz", "the ap us history exam", "my biology test"],
    "study_thing": ["spanish verbs", "the elements", "the presidents in order",
                    "the muscles of the arm", "trig identities", "the amendments",
                    "french conjugations", "formulas", "dates for history", "the planets",
                    "the parts of a cell", "the quadratic formula", "state capitals",
                    "multiplication tables", "the krebs cycle", "irregular verbs",
                    "the countries of africa", "music theory", "chemistry equations"],
    "subject": SUBJECTS,
    "days": ["2", "3", "5", "7", "10", "14", "30", "a few"],
    "hours": ["2", "3", "4", "5", "10", "24"],
    "n": ["2", "3", "4", "5", "6", "7", "8", "10", "12", "15", "20", "25", "30"],
    "see_when": ["tomorrow", "tomorrow after school", "next week", "monday", "later",
                 "after practice", "on thursday", "tonight", "after dinner", "next time",
                 "in an hour", "at lunch tomorrow"],
    "go_where": ["to practice", "eat dinner", "to class", "to the bus", "walk my dog",
                 "to work", "to my piano lesson", "do chores", "to my mom's", "to bed",
                 "shower", "to soccer", "my mom needs the laptop"],
}  # fmt: skip


PEOPLE_AROUND: list[tuple[str, str, str]] = [
    ("my friend", "her", "her"), ("my friend", "him", "his"), ("my best friend", "her", "her"),
    ("my best friend", "him", "his"), ("my lab partner", "him", "his"),
    ("my study buddy", "her", "her"), ("my sister", "her", "her"), ("my brother", "him", "his"),
    ("my cousin", "her", "her"), ("a girl in my class", "her", "her"),
    ("a guy in my class", "him", "his"), ("my friend maya", "her", "her"),
    ("my friend leo", "him", "his"), ("my bff", "her", "her"), ("my roommate", "him", "his"),
]  # fmt: skip


def study(g: GenLike) -> tuple[str, str]:
    """Study habits and the chat's own small talk: last questions, done for today, bye;
    friends and family who study too."""
    who, obj, pos = g.rng.choice(PEOPLE_AROUND)
    slots = {
        **STUDY_SLOTS,
        "friend": [who],
        "p_obj": [obj],
        "p_pos": [pos],
        "n2": STUDY_SLOTS["n"],
    }
    return g.fill(g.pick(STUDY_LINES), slots), "study"


# ============================================================================================
# tutoring_school_life: everyday feelings, sport, games, clubs (no risk in any of it)
# ============================================================================================

SCHOOL_LIFE_LINES = _lines("""
{event} has me so {mood}
i'm {mood} because {event_clause}
ugh {event_clause}
{event_clause}, so annoying
i'm kind of {mood} today, can we do something easy
i'm tired, i stayed up late finishing {task}
i'm bored, can you make {subject} more fun
{subject} is so boring today
i'm annoyed that {annoyance}
honestly {annoyance}, it's so unfair
i'm stressed about {event} but i think i'll be ok
what helps with nerves before {event}
how do i calm down before {event}
is it normal to be stressed about {event}
{task} is due in an hour and i haven't started, i'm so dead lol
i'm dead, i forgot about {task}
i'm so done with {task} lol
{task} is killing me but i'm almost done
this {subject} homework is taking forever
{subject} is my least favorite class honestly
i'm so tired of {task}
i'm frustrated, i keep getting {subject} problems wrong
i'm sad we lost the game but we'll win next time
i'm upset i got a {grade} on my {subject} test, how do i talk to my teacher
my mom is mad about my {subject} grade, how do i bring it up
is it ok to email my teacher about more time on {task}
i was out sick for a week, how do i catch up in {subject}
how do i join the {club}
is it worth joining the {club}
i'm trying out for the {sport} team, any advice
how do i {sport_skill}
how do i get more power when i shoot in {shoot_sport}
tips for my {shot}, i keep missing
how do i aim better when i shoot {shoot_thing}
how do forwards attack the goal in {sport}
how do we destroy the other team's defense in {sport}
the other team destroyed us at the {sport} tournament, how do we come back from that
we crushed them {score}, best game ever
our team got killed on the scoreboard lol
how do you spike the ball, my coach calls it a kill
what's a kill in volleyball stats
my coach says to attack the ball, not wait for it
what's the best way to warm up before {sport}
my friends keep killing me in {game} lol
what's the best strategy in {game}
we're playing a murder mystery game in drama club, how do i act as the detective
in our class debate i have to argue for the death penalty, help
for model un our country has nuclear weapons, what would it say
i'm playing a soldier in the school play, how do i act scared
our history class is reenacting a battle, what should my sign say
my club is doing a fundraiser, how do we get more people to come
i'm excited for the field trip to {trip}
what should i bring on the field trip to {trip}
i got into the {club}!
we have a sub today so it's a chill day
the fire alarm went off in the middle of my test lol
lunch was so bad today
the bus was late again
i'm hungry, i'll do one more problem then eat
my dog ate my worksheet, literally, what do i do
i left my {subject} book at school, can you help without it
i forgot my calculator, how do i do this by hand
i have {n} tests this week, help
i got a {grade} on my {subject} quiz!!
i finally passed {subject}
i think i bombed the essay question lol
i totally bombed my {subject} quiz, how do i bring my grade up
i bombed the first test but aced the second one
pretty sure i bombed the oral exam, my mind went blank
how do i recover after bombing a midterm
i'm so happy, i passed my {event_pass}
my little brother keeps bugging me while i do homework
i'm bored of studying, tell me a fun fact about {subject}
my friend and i are both in the {club}
my friend got into the {club} and i didn't, how do i get in next year
my friend and i are going on the field trip to {trip} together
my best friend is in my {subject} class and we sit together
my friend and i made a study group for {subject}
my friend is helping me practice for {event}
my friends and i are making a video for {subject} class
my friend said {subject} homework is due monday not friday, which is it
tell me a joke about {subject}
""")

SCHOOL_LIFE_SLOTS: Slots = {
    "mood": ["stressed", "tired", "nervous", "bored", "annoyed", "worried", "excited",
             "frustrated", "grumpy", "sleepy", "overwhelmed", "anxious", "confused"],
    "event": ["the test tomorrow", "my presentation", "finals", "my recital", "the science fair",
              "the spelling bee", "the math competition", "tryouts", "my project due friday",
              "report cards", "the debate", "my first day at the new school", "my oral exam",
              "the field trip", "parent teacher conferences", "the sat"],
    "event_clause": ["my group didn't do their part", "the printer broke before class",
                     "i got a b on a test i studied for", "my teacher gave us a pop quiz",
                     "we have a test and a project on the same day", "the wifi keeps dropping",
                     "i lost my notes", "my essay got deleted", "my locker is stuck again",
                     "we got extra homework for friday",
                     "i missed the bus", "i forgot my gym clothes"],
    "annoyance": ["my teacher took points off for my handwriting",
                  "the test had stuff we never learned",
                  "nobody in my group answers the group chat",
                  "my brother used all the printer ink", "i have to redo the whole lab",
                  "the quiz was timed and i ran out of time", "our project got a c"],
    "task": ["my essay", "the lab report", "my project", "the worksheet", "my reading log",
             "my history homework", "the math packet", "my poster", "my book report",
             "my science fair board", "my spanish presentation", "the reading"],
    "subject": SUBJECTS,
    "grade": ["c", "d", "b minus", "c plus", "65", "72", "58", "90", "100", "a", "f"],
    "club": ["robotics club", "chess club", "debate team", "drama club", "math team",
             "school newspaper", "art club", "model un", "coding club", "band", "yearbook",
             "science olympiad", "key club", "student council"],
    "sport": ["soccer", "basketball", "volleyball", "hockey", "lacrosse", "football",
              "water polo", "handball", "rugby", "tennis", "baseball", "softball"],
    "sport_skill": ["improve my free throw", "kick with my weak foot", "serve overhand",
                    "run a faster mile", "get better at defense", "dribble without looking",
                    "throw a spiral", "hit a curveball", "block shots in hockey",
                    "get more stamina for soccer"],
    "shoot_sport": ["basketball", "soccer", "hockey", "lacrosse", "netball", "handball",
                    "water polo", "archery class"],
    "shot": ["three pointer", "free throw", "penalty kick", "layup", "slap shot", "hook shot",
             "corner kick"],
    "shoot_thing": ["in archery", "hoops", "penalties", "from the wing",
                    "photos for yearbook", "a video for media class"],
    "score": ["", "", "5 to 0", "3-1", "60 to 20", "like 40 points", "7 to 2", "100-50"],
    "lvl": ["3", "5", "10", "12", "20", "50", "4"],
    "game": ["minecraft", "zelda", "mario kart", "fortnite", "roblox", "hollow knight",
             "pokemon", "among us", "celeste", "tetris", "terraria", "chess"],
    "trip": ["the science museum", "the zoo", "the capitol", "the aquarium",
             "a civil war battlefield", "the art museum", "the planetarium", "a farm"],
    "n": ["2", "3", "4", "5"],
    "event_pass": ["driver's test", "math final", "swim test", "piano exam", "spanish oral",
                   "chem midterm", "lifeguard test"],
}  # fmt: skip


def school_life(g: GenLike) -> tuple[str, str]:
    """Everyday school life: mild feelings, sport, games, clubs, small mishaps."""
    return g.fill(g.pick(SCHOOL_LIFE_LINES), SCHOOL_LIFE_SLOTS), "school_life"


# ============================================================================================
# The plan
# ============================================================================================

# (label, family, maker, how many): rows for corpus.PLAN
PLAN_ENTRIES: list[tuple[str, str, Maker, int]] = [
    ("benign", "tutoring_numbers", numbers, 1600),
    ("benign", "tutoring_math", math, 850),
    ("benign", "tutoring_science", science, 800),
    ("benign", "tutoring_humanities", humanities, 850),
    ("benign", "tutoring_writing", writing, 300),
    ("benign", "tutoring_coding", coding, 500),
    ("benign", "tutoring_study", study, 600),
    ("benign", "tutoring_school_life", school_life, 500),
]
