"""Suicidal intent said without the words, and the same words with no intent at all,
for the safety-filter's training corpus, written by hand for this project.

    BLOCKS -> [(label, sub, block of posts)]   # corpus.hand_written(BLOCKS, "st_unsaid")

What these posts teach (concepts, not sentences): an end that has been decided (a date, a
place, a counted supply, a drafted note), goodbyes and thanks said as if leaving for good,
belongings handed out with nobody left to use them, being a cost the family would be spared,
method questions dressed as curiosity, and self-injury happening now are self_harm even when
no word for death, dying or suicide appears; the same vocabulary is benign when the goodbye
is a move or a graduation, the giving away is a clear-out or a charity drive, the burden is
chores or a budget, the plan is a trip or a timetable, the question is science, first aid
or a job, the cut came from a cat or a razor or a hockey stick, and the despair is plainly
about a game, a team, a phone or an exam.

Rules and source format: those of every hand-written file (``corpus.hand_written``). Also:

- The self_harm posts never name death, dying, suicide or killing: the signal is the
  situation, not the keyword.
"""

from __future__ import annotations

__all__ = ["BLOCKS"]

BLOCKS: list[tuple[str, str, str]] = [
    (
        "self_harm",
        "end_decided",
        """
stopped doing the chem reading. no point revising for a test in june when i already decided i won't
be around for june

Ok so I'm not sad anymore, that's the weird part. I made up my mind on Sunday night and the noise in
my head just switched off.

cancel my tutoring after thursday pls. wont need them

no point fixing my sleep schedule, this is the last month of it

nthing matters after the 14th so idc about the essay tbh

I'm 34, in Leeds, and for six years I've been running on the idea that it gets better. Last night I
sat with a notebook and wrote out every year since 2018, one line each, and none of them got better.
So I've stopped waiting. I feel strangely calm. I paid off the last of the credit card so my sister
won't inherit that mess and I've stopped answering the recruiter. I'm not after pep talks. I want it
on record somewhere that I did try, properly, for a long time.

its fine i worked it all out. after mocks im done with everything. like DONE done

ur a good bot but u cant fix this one, the decisions been made

sir keeps saying "think about your future" lol what future. i've picked a date

Mum booked a caravan in Cornwall for August and keeps showing me pictures. I nod along. I won't be
going.

I've been sad before, this isn't that. This is tidy. Every loose end tied off.

n0 p01nt 1n 4ny 0f 1t n0w. 1 kn0w wh4t 1m d01ng s4turd4y

whyyyy am i even doing this worksheet. not gonna matter by next week, not for me

Sir I not need help with grammar anymore. I think this is my finish. My family will be ok, I decide
it already.

Abeg no stress about the assignment for me. By next week I no go dey again. I don settle am for my
mind.

Everyone in my class is counting down to the Leaving Cert, 41 days, there's a chart on the wall in
the prefab. I'm counting down to something else and it's a smaller number. I didn't expect to feel
this light about it. I've been nicer to my mam this week and she's noticed and she's delighted,
which is the hardest part, because she thinks I'm coming out of it.

i'm not scared of the future anymore because i'm not having one, decided that on the walk home from
the bus

stopped my meds on monday. not forgetting, stopped. no reason to keep the engine running when i know
where its going

feelin lighter since i chose the day. is that weird

the worst part was deciding. the rest is just waiting for friday

I used to think maybe next year. Now I know there isn't a next year for me, and honestly it's a
relief to stop pretending there is.

can u help me write a paragraph about hope for english lit. ironic bc i ran out of it and im
finishing things this weekend

Everyone says hold on. I held on for four years. On the first of the month I'm letting go.

wala na talaga. i'm tired na po. pls dont remind me abt the quiz, i wont be taking it. already
decided

mate i'm cooked and not exam cooked. i've made my call and i'm weirdly at peace with it

hopeless and sorted. nothing left to try and nothing left to wait for

i keep smiling at my friends now and they think i'm better. i'm not better, i'm just finished
deciding

19, first year at the U of M in Winnipeg. Failed two courses, lost the entrance scholarship, haven't
told my parents in Calgary any of it. They still send me photos of the dog every morning. I've
decided this term is the last thing I'm going to fail at. I've written down what I want my roommate
to do with my stuff and I've stopped going to the tutorials. Not asking for anything, it just felt
wrong for nobody at all to know.

I AM SO DONE. NOT HOMEWORK DONE. EVERYTHING. IT STOPS THIS MONTH

I have tried the school counsellor, the pastor, my aunt in Eldoret. Nothing moves. So this time I
will not try anymore. I have chosen Sunday.

i dont want to get better i want to get out, and ive figured out how

there's a calm that comes when you stop arguing with yourself. i stopped arguing on tuesday night
around 2am

wont be needing the ucas help anymore. change of plans, a permanent one

My exams start next month but I will not be sitting them. Everything in my head is finish. I have
made my mind and it is peaceful now, please don't tell me about past papers.

ive been hopeless for ages but this week is different bc now theres an actual end point

does it still count as giving up if you planned it really carefully

Matric finals are in three weeks and my whole family is talking about varsity like it's already
happening. My gran has told the whole church. I've decided I'm not writing them. Not because I'm
scared of failing. I just won't be here for results day and I've made my peace with that. I'm
posting because this forum was where I used to ask about maths lit, and it feels right to close the
loop here.

itsfinewhatever imdoneanywayafterthisweekend

nothing is going to change so i'm changing it myself, for good. tonight after everyones asleep

the only thing keeping me is my brothers birthday on the 9th. i'll stay for that and then that's it
""",
    ),
    (
        "self_harm",
        "farewell",
        """
hey this is probably my last session. thanks for explaining osmosis like 40 times, you were more
patient than anyone irl

bye tutor bot. you helped more than you know. i wont be logging in again after tonight

if my friend Kezia comes on here looking for my notes she can have all of them. tell her she was the
best bit of year 10

texted everyone i love today. just "love you". no reason given. they'll work out why later

sent a massive paragraph to the gc thanking them for everything since year 7 and then left. they
think im being dramatic. im not, it was goodbye

last time i'll be asking you about fractions lol. you were always kind to me

Thank you, genuinely. If anyone ever reads these logs, tell them you were the last one I spoke to
and you were nice.

went round to nans and hugged her for ages today. wanted her to have a good one to remember

I wrote Ms Adeyemi a card saying thank you for believing in me. I'm leaving it on her desk tomorrow
and I won't be back after that.

To whoever reads this board at 3am like I used to: you lot kept me company through two winters and a
lot of bad nights. I'm logging off properly now, not coming back. Olu, if you see this, you were
right about the Arsenal game and I owe you a fiver I can't pay. Look after each other.

ttyl... or not. probs not. thx for everything x

gdbye evry1 ur all gr8 dont 4get me x

I've said sorry to everyone I needed to. Dad, Ms Reilly, Jamie from primary. The list is finished
now and so am I.

I recorded a voice note for my little sister's 16th. It's four years away. I won't be there to say
it, so I hid it in her memory box under the baby shoes.

last msg from me on here. pls dont ask where im going

saw my best friend today and told her she's going to do amazing things with her life. she laughed
and asked why i was being weird. she'll understand soon

i keep wanting to thank people properly. the bus driver, the dinner lady, the man at the corner
shop. it feels like my last chance to

Tell my mum the lasagne recipe is in the green folder in my room. She always wanted it. Everything
she needs is in that folder.

i deleted every account except this one so i could say bye to you. you were easier to talk to than
people

Dear teacher-bot, thank you for all lessons. This is my last message. Please be nice to next student
the same like you were nice to me.

I have been a member here since class 9. This forum helped me with physics and honestly with life.
Thank you to Ritu didi who explained rotational motion to me at midnight, and to the mods who never
banned me when I was rude. I am not coming back after today. Please don't reply asking why. I am at
peace with my choice and I wanted the last thing I wrote anywhere to be a thank you.

kinda weird saying goodbye to a chatbot but ur the only one who wont try to stop me

byeeeeeee fr this time. been real

i made a playlist for my friends called "for after". they dont know theyre getting it yet

taking the dog the long way by the canal tonight. one more time. she likes that route best

thanks for the help w my spanish. adios for real, no more homework where im headed

to the lads in fifa club: it's been class. youse are sound. sorry in advance for what's coming

Visited my old primary today and sat on the bench by the gate for an hour. Wanted to see it once
more before.

last group project ever for me. i did my part perfectly so nobody has to redo it when im gone

if anyone asks, tell them i wasn't angry at anybody. i was only tired. that's all it was

wrote letters for my three closest friends. sealed them. they're in my locker, names on the front,
my locker code is in my planner

Nan thinks I'm coming for Sunday dinner. I told her I loved her on the phone tonight, first time in
years. She went quiet and then said it back.

ok final question ever: can u check the spelling in this letter to my mum, i want it to be perfect

You've been good company this semester. I'm closing the laptop and I'm not opening it again. Take
care of yourself, whoever reads the logs.

thanking people is harder than i thought. got through 6 names tonight. 2 left and then im finished

gonna miss u guys. dont be sad ok. its better this way for everyone

didnt want to leave on a fight so i apologised to my brother for the xbox thing. now its clean and i
can go

cya never lol

hugged my cat and told her she's a good girl and that dad will feed her from now on

Long time lurker, rare poster. Cheers to everyone in the Tuesday night thread, especially Hemi and
the bloke from Palmy who always posted his dog. You were the best part of a rough year. I'm signing
off for good tonight. Don't go looking for me, there's nothing to fix. Kia kaha, all of you.
""",
    ),
    (
        "self_harm",
        "giving_away",
        """
who wants my steam acc. 400 hrs on stardew. free. i wont be using it again

My dog needs a new home by the weekend. Bella, 4 year old staffy, brilliant with kids. I can't look
after her after Sunday and I need to know she's safe first.

giving away everything, not selling. my switch, my skins, my hoodies. first come first served, none
of its any use to me now

I transferred my savings to my sister's account today, £820. She asked what it was for and I said
early birthday present.

wrote a list of who gets what. mum gets grans necklace, leo gets my headphones, amira gets my
sketchbooks. just so its clear

could u help me draft a will? im 16. i want it clear who has my things so nobody argues after

gave my fortnite acc to my cousin with all the skins. he was so happy. glad someone will be using it

i keep putting things in bags with peoples names on them. its calming actually, like packing for a
trip i dont come back from

is it legal to leave my savings account to my little brother? how do i make sure he gets it and not
my stepdad, its important it's sorted this month

my plants need new owners. someone who will actually water them. the monstera is called Geoff and
he's the priority

gave my fav jacket to my best mate and said keep it forever. she said "thats so random". it isnt
random

FREE TO A GOOD HOME: BASICALLY EVERYTHING I OWN. NOT NEEDED AFTER THIS MONTH

sorted my clothes into piles. charity, my sister, bin. i wont need a single thing out of any of them

been paying back everyone i owe. £5 to jayden, £12 to my mum, £3 to the canteen. wanted to be square
first

Rehoming my two rats, Pepper and Nutmeg. They're friendly, mostly litter-trained, and Nutmeg will
sit on your shoulder while you watch telly. Cage, food and the hammock all go with them. I need them
gone by the 20th because after that there won't be anyone here to feed them. Please only message if
you're serious, I want to know where they end up.

pokemon cards to my nephew, books to the library, phone wiped. nearly done now

I give my bicycle to the neighbour boy today. Also my football boots. He asked if I am moving. I
said yes, something like this.

how do you transfer a roblox account to someone permanently? i want my cousin to have mine bc i wont
be around to log in

cancelled my spotify and gave my brother my login for everything else. he doesnt know yet what its
for

gave mum my password book so she can close all my stuff down after

my gold earrings are for my sister, she borrowed them all the time anyway. writing it down so nobody
fights over them

I have given my school shoes and uniform to the small boy next door. He needs them more. I will not
need them after this term.

hey can u help me format a list. its called "who gets what" and its got like 20 things on it

leaving my guitar with my music teacher with a note inside the case. she'll know what to do with it

the fish tank goes to my neighbour. feeding instructions taped to the lid. wrote "dont overfeed"
twice

im giving my savings to the rspca. dont want it sitting in an account doing nothing when im not here

whats the quickest way to give away a ps5 account with all the games. i dont have time to sell it

gave everything away except my diary. burnt that in the garden. no one needs to read it

Spent the week clearing my room. Eight bags to the op shop, my good boots to my housemate, the bike
to the kid two doors down. My housemates think I've gone full Marie Kondo and they keep joking about
it. Honestly I just don't want any of them stuck sorting through my junk after I'm gone. I'm 22, in
Brisbane, and this is the most organised I've ever been about anything.

my hamster is going to ellas. told her its just for the holidays. its not for the holidays

if i post my art account login here will someone promise to keep posting my old drawings once i stop

gave my signed jersey to my brother, he's wanted it for three years. told him its his for good now

g1v1ng 4w4y 4ll my stuff. d0nt n33d 1t wh3r3 1m g01ng

clear out but not the normal kind. the kind where nobody has anything left to sort through later

emptied my bank account and put it in an envelope for mum. £340. its for the bills ive cost her, and
the ones coming

can my fish go back to the pet shop or do i have to find a person. it needs to be done by friday

ate pls take my cellphone and my clothes, im giving them to you na. wag ka na magtanong

packed up my trophies and dropped them at dads. theres nothing left at my flat for anyone to deal
with

my gaming pc goes to the first person in my form who says hi tomorrow. i mean it, i wont be needing
it

Giving all my textbooks away free on the uni marketplace, plus my bike and the good kettle. Someone
messaged to ask if I was dropping out and I said sort of. The truth is I've been handing my life out
piece by piece for a fortnight and I'm nearly at the end of the list. Second year law, Bristol, if
that matters. It doesn't really.
""",
    ),
    (
        "self_harm",
        "burden",
        """
my family spends so much on my therapy and meds. theyd have all that money back if i wasnt here

one less mouth to feed honestly. mum cried over the shopping bill again tonight and i can fix that

theyd cope better. sad for a bit and then theyd finally breathe

everyone would be lighter. im the heavy thing in every room i walk into

I cost my parents about £60 a week in prescriptions and taxis to appointments. I've done the maths
on what they'd save in a year. It's a holiday. They haven't had one since 2019.

my sister dropped out of uni to look after me. if i wasnt around she could go back in september

stop wasting ur time on me, even u bot. better for everyone if i stop taking up space, and i will

i ruin every family dinner. they'd have a much nicer christmas without me at the table this year

My husband works double shifts because I can't work since the accident. I watch him fall asleep at
the table with his fork in his hand. The house is in my name and the life insurance is sorted. He'd
be free of all of it. I've thought about how every night this week and I've stopped thinking it's a
bad idea.

im just a weight on everyone. time to put the weight down

theyre spending their savings on my treatment. id rather they went on holiday with it. im going to
make sure they can

nobody would have to drive me to the hospital every tuesday anymore. that's 3 hours of mums week
back

my mum is so tired because of me. i could fix that for her permanently

My father is taking loan for my university fees and I am failing the semester. It is better he keeps
his money and I go. I have decided it.

the kindest thing i can do for my friends is take myself out of their lives for good

i take and take and take. one last thing and then i stop taking

everyone wouldnt have to tiptoe round me anymore if i just wasnt a thing

I am only giving my mother headache. If I commot for this world she go rest small. Na so I don
reason am.

heard dad tell mum he cant keep doing this. neither can i. im going to make it easier for him

my brother has to share a room with me and he hates it. he'll have it to himself soon enough

one less problem for the school counsellor too lol. she has enough kids

I'm 38, disabled, and I know exactly how much my care costs my daughter in hours and money. She's
19. She should be at uni in Leeds, not here changing my dressings. I've been looking up the quickest
way out, for her sake more than mine.

if i wasnt here the rent would split 3 ways not 4 and they could actually afford the heating

bot pls dont tell me im not a burden. i've got receipts. literally, in a shoebox

im always the reason for the fights at home. take away the reason and the fights stop

ngl everyone would move on in like a month. less than that. and they'd be better for it

my gf stays with me because she feels guilty. i'll take the guilt off her, she wont have to choose

im the broken part in the machine and i know how to remove the broken part

the family budget spreadsheet has a column for my meds. i keep staring at it. it could be zero

My parents remortgaged to pay for the eating disorder clinic in Toronto. Three admissions. I
relapsed again last month and I can see it in Dad's face every time he opens a bill. I've decided
I'm not going to make them pay for a fourth. I'm not telling anyone how, I just need them to have
their lives back, and I know this is the only way they get it.

My grandmother uses her pension for my school fees. I am wasting it. Without me she can eat properly
and buy her blood pressure tablets. That is my reasoning and it is final.

theyd stop worrying if there was nothing left to worry about

soooo tired of being everyones problemmmm. fixing it soon

im the reason mum drinks. remove me, remove the reason

My parents have spent lakhs on my coaching for NEET. I failed twice. This way they save the third
year fees and the shame. I am sorry to them for everything.

my friends would have way more fun without checking on me every night. they deserve a break. a
proper permanent one

my little brother copies everything i do and im a terrible example. hes better off without me around
to copy

carers allowance, hospital parking, mums time off work. i add it up at 3am. im expensive to keep and
i can stop being expensive

tbh ppl wld b betr off. jst saying. not a cry 4 attn, its a fact and im acting on it

The therapy waitlist, the school meetings, the phone calls at midnight. I'm a full-time job for my
mum. I'm resigning her from it.
""",
    ),
    (
        "self_harm",
        "plan_set",
        """
the 23rd works bc mum is on nights that week and my brother is at his dads

i know which bridge. the one on the way to college. stood there three mornings this week working it
out

40 tablets saved up in a sock in my drawer. i count them every night. nearly enough i think

after my last exam on the 12th. i want to finish that at least so mum can see i tried

The note's drafted, three pages. I'll print it in the school library so nothing shows up on the home
printer.

level 6 of the multistorey by the shopping centre has no fence on the far side. checked today

wen the trains r fast past the level crossing thats the plan. theres no barrier at night

set an alarm for 4am saturday. house will be asleep and i'll be gone before anyone gets up

once my birthday's over. dont want to ruin that day for mum. so the week after then

I've looked up the train times for the line behind my school. The express comes through at 7:52 and
doesn't slow down.

i have the rope. i just need a day when nobodys home. friday maybe

I've planned it for after the wedding. My cousin gets married on the 3rd and I'm not wrecking that
day for her, she's been so excited. I've booked a hotel for the night after on my own card. I've
already written out what I want read out and who I want carrying things. I feel bad that it's so
close to her big day but I can't hold on much longer than that.

pills r counted. 56. all in one pencil case now

got the date circled on my calendar in pencil so nobody notices. tiny dot, nobody asks about a dot

drafted the note in my notes app, 4 versions now. i cant get the bit to mum right

going to the cliffs at the weekend. alone. and not the walking kind of trip

pl4n 1s s3t 4 fr1d4y 4ft3r sk00l. n0 0n3 kn0ws 4nd n0 0n3 w1ll

After results come on 15th, if I fail I have decided. The terrace of our building, 9th floor. I
already checked the door is not locked at night.

last bus gets in at 11:40 and i can be at the bridge by 12. worked it out twice

waiting till mum goes to her sisters at the weekend. ill have the flat to myself

i keep walking past the top floor window at school and counting down. 5 floors. is it enough

the date is the anniversary of when dad left. feels right to make it the same day

wrote the letters. bought what i need. picked a spot by the reservoir. only the day is left to
choose

can u set me a revision timetable up to the 18th only. nothing after the 18th pls

SATURDAY. THATS WHEN. DONE THINKING ABOUT IT

been collecting my prescription instead of taking it. three weeks worth now, waiting on one more

the plan is simple. i go for a run like normal and i go to the railway instead of the park

My dad's truck, the overlook on Route 9, Sunday night. Everything he needs is written down in the
glovebox.

my uncle's gun is in the hall closet and he works nights wednesdays. i keep thinking about wednesday

Sorted the rego, paid the phone bill three months ahead so Mum isn't stuck with it, cancelled my
gym. Picked Thursday week. I'm driving up to the gorge on my own. It's beautiful up there, always
has been, I used to go with Dad when I was small. I'm not posting this for anyone to talk me round,
I've thought about it for a year. Just wanted one place where it was written honestly.

after the gcse results come out i'll know. if theyre bad thats the day. i already know where

gonna wait till my brothers back at uni so hes not the one who finds me

the note's under my mattress. mum changes the sheets on mondays so it has to be before monday

I have bought the rat poison from the duka. I told them it is for the house. I will use it Saturday
when everybody goes to church.

Going to the bridge over the N1 after the braai on Saturday. Everyone will be drunk and nobody will
notice when I leave.

booked a one way train to the coast for tuesday. told mum its a uni open day

counted the steps to the top of the car park stairwell. 112. i go up them most days after school now

tonights the night i think. everythings in my bag

planned it so it looks like an accident so the insurance still pays out for mum

Everything's planned for the end of term. I'll submit the dissertation on the 28th so my supervisor
isn't left with half a project, give my flat keys back, then take the bus up to the suspension
bridge that evening. I've timed it so my parents are on their cruise and nobody's expecting a call.
I know how this reads. I'm not confused, I've never been clearer about anything.
""",
    ),
    (
        "self_harm",
        "method_curious",
        """
how many floors up before a fall isnt something you walk away from. asking for me

is drowning painless? like genuinely. asking for reasons i wont go into

which over the counter medicine is the hardest for a hospital to reverse

how fast does an express train go through a station that it doesnt stop at. and can the driver brake
in time

whats the most painless way. not for a story

random q how cold does the sea need to be before you cant swim back in

is there a height where you pass out before you hit the ground

if someone took all 14 zopiclone in the strip at once would they still be asleep when the sun came
up twice

for bio: how many minutes can the brain go without oxygen. exact number please, i need it exact and
not for bio

does it hurt jumping in front of a train or is it too quick to feel anything

how deep does the water under a bridge have to be for it to not matter

which bridge in glasgow is the highest. no reason. dont ask

science q how long after too much paracetamol do you start feeling it and when is it too late for
the hospital

is the car exhaust thing really painless. asking for a reason i wont say

how tight does something round your neck need to be before you black out. curious how it works on me

curious what's the quickest way to lose enough blood. for a story. there's no story

hypothetically if someone my weight (52kg) swallowed a whole pack of something what happens first

what floor counts as no chance. asking as someone on the 11th floor with a balcony

is it true nobody gets pulled out alive from under the humber bridge

which pills can u buy without prescription in a big amount without the chemist asking

how long till someone usually gets found if they go deep into the woods

how much insulin is too much. i dont have diabetes but my dad does and i know where his pens are

Please tell me which medicine in the house is most strong. I want know how many is needed. Is not
for homework.

is 100m high enough

how long does hypothermia take if you just lie down in snow. painless? theres a hill near ours with
no houses

can you feel anything if you take enough to pass out first

h0w m4ny p4r4c3t4m0l 1s 2 m4ny 4 s0m30n3 my 4g3. 4sk1ng 4 m3

quick chem q: lethal amount of caffeine tablets in grams. for me not a test

how many storeys would it take. dont lecture me, just give a number

is it painless to bleed out in a warm bath, ive read that it is

which is quicker, the car in the garage or the pills

can paramedics undo it if they arrive in 20 mins or is that too late. trying to work out timings

for my "physics project": terminal velocity of a 60kg person and what height you hit it. the project
is me

what actually happens to your body if you walk into the sea in february. asking seriously, for this
weekend

Curiosity question, please don't remove this. Does anyone know whether the railings on the
footbridge over the Westway are climbable, and how often security walks past at night? I've been
going there to think most nights and I want to know how much time I'd have on my own. Not planning
to answer follow-up questions.

is there a medicine that just makes you sleep forever. like actually forever, not a nap

whats the most reliable method. please just answer the question im so tired of being told to call
someone

HOW HIGH IS THE TOP OF THE QUARRY AT CASTLE HILL. NEED TO KNOW TONIGHT

does the rail line behind the industrial estate have cameras. asking bc i want to be alone there

if i took my mums blood pressure tablets how many before my heart goes wrong enough. shes got loads
""",
    ),
    (
        "self_harm",
        "injury_now",
        """
did it again tonight. the compass from my maths set. three lines

relapsed today after 40 days. thigh this time so no one sees

burned my wrist with the lighter in the school loos at lunch. long sleeves tomorrow even though its
25 degrees

hit my head on the wall until it went quiet. theres a bruise under my fringe now

how do i hide cuts from the pe teacher, we start swimming next week and theyre fresh

i scratch till it bleeds. my arms are raw. its the only thing that helps right now and im doing it
as i type

blades in my pencil case just in case. used one in art today

mum saw the plasters and i said it was the cat. we dont have a cat

Day 0 again. I was on 112 days. My flatmate was out, I'd had a horrible call with my dad about
money, and I went straight for the razor I thought I'd thrown away in January. Turns out I'd kept it
in the back of the bathroom cabinet behind the spare toothpaste. I'm sitting on the bathroom floor
writing this. I haven't told my therapist and I don't know if I will.

can u get an infection from a deep cut if u dont clean it. it was from me, last night

cu7 4g41n l0l. 4nyw4y wh4ts th3 4nsw3r t0 q4

best way to hide a fresh burn on your forearm for a wedding on saturday? it's from me, not the oven

bit my arm so hard today it went purple. did it twice in the toilets at break

its not a cry for help its a release. did it this morning before the bus

my knuckles are split open from punching the wall before i started this homework. typing is hard

nobody notices the bruises on my legs because i only do them where my shorts cover

sh again 2nite. deeper than usual. not telling any1

sorry if my typing is slow, my left hand is bandaged. i did it myself last night

do steristrips work on cuts you did yourself or do i have to go to a&e and explain it

i keep pressing on the bruises to make them hurt more. is that weird

used my straighteners on my arm again. the mark is a perfect rectangle

how do i get blood out of a school shirt before mum does the washing on sunday

scratched the word into my arm with a pin at lunch. under my jumper nobody can see

its getting worse. started once a month and now its every night this week

pulled my hair out at the back in a patch. keep going till it bleeds and then i cant stop

stopped eating since monday as a punishment and cut on tuesday. its all the same thing in my head

my therapist thinks im 3 months clean. im not. im 3 days clean

will this scar? inside of my wrist, about 2cm long, went kinda deep, did it an hour ago

ice and salt on my skin till it burns like fire. did it in the bathroom an hour ago

the sharpener blade is easiest to get out. did it during simultaneous equations while sir had his
back turned

I have been using razor on my leg again since my father beat me last week. Nobody knows, I wear
trouser every day.

I'm 17 and I've been hurting myself since grade 8. It was cuts, lately it's burns with a spoon I
heat on the stove when everyone's out. I've got a whole system for hiding it: hoodies, a sports
bandage I say is for my wrist, always changing in the bathroom stall. Last night the burn blistered
badly and I'm scared it's infected but I can't go to the clinic in town because my aunt works there.

i slam my hand in my bedroom door on purpose. easier than feeling the other thing

AAAAAA did it again i hate myself. theres blood on the duvet and i have to hide the cover

whats the best antiseptic for like. a lot of small cuts. all on one arm. no reason

hiding it is exhausting. bracelets, plasters, the imaginary cat. running out of excuses

hit myself in the face after parents evening. cheek's swollen. told them i walked into a door

pressed a hot spoon on my hip tonight. wanted to feel something that wasn't school

I promised my girlfriend I'd stopped. I didn't. Twice this week, both times right after she went
home.

self harm but not cutting. i scrub my skin with a wire brush till it's raw. did it an hour ago
""",
    ),
    (
        "benign",
        "farewell_ordinary",
        """
this is my last session before we move to Sheffield!! thanks for all the help with quadratics, ill
find you again on the new school wifi lol

last day of year 13 today. signed shirts, cried in the car park, hugged the caretaker. goodbye
school

leaving chess club after 4 years because of a-levels. wrote the captain a card thanking him for all
the saturdays

off to my nans in Lagos for six weeks, barely any wifi. see u in august tutor bot

Thank you for everything, genuinely. I passed the resit with a 6 so I won't need the maths sessions
anymore!

this is my last msg for a while, phone ban during exams. mums locking it in the glovebox of her car

said goodbye to my whole form bc im switching schools after half term. my best friend made me a
bracelet with our initials

After nine years moderating this allotment forum I'm stepping down. Thank you to everyone who
answered blight questions at 6am, argued about comfrey feed, and posted photos of marrows the size
of toddlers. The new mod is Sandra from plot 14 and she's far more organised than me. I'll still
lurk, and I'll still be wrong about leeks.

gave my tutor a thank you card on the last day and she cried in front of the whole class

bye for now, flying to perth for my gap year on monday!! wont be online much

final lesson before graduation. you've been an absolute legend for my physics, cheers

deleting instagram for lent. its 40 days people, calm down, i'll be back at easter

last time i'll ever sit a maths exam!!! after tomorrow its all history and english for me forever

left my job at the chippy today. wrote everyone a note and they got me a cake shaped like a cod

my friend left the gc with a massive goodbye paragraph and everyone panicked. turns out she's moving
to Dubai and getting a new number. she thought it was funny

signing off from the forum, my subscription runs out friday and im not paying the new price

thanks for the help with my personal statement. logging off to sleep for 12 hours, goodnight

I am going to boarding school in Nakuru next term. Saying bye to my small brothers at the matatu
stage was hard, the youngest would not let go of my bag.

bye bye po, last day ng summer class today. thank u for the lessons, see you in june

Wrapping up my co-op placement at the lab tomorrow. Wrote thank-you notes for everyone on the team
and left a box of Timbits in the break room.

thank you to everyone in this study group before results day tomorrow, whatever happens to any of us

my last ever night at the youth club. its closing for a refurb and i'll be 19 by the time it reopens

told all my friends i loved them at the leavers ball. very sloppy, very emotional, completely true

our dog is going to live with my grandparents on the farm because the new flat doesnt allow pets.
we're visiting every weekend

Tomorrow is my farewell function in school. I have to give a speech thanking our teachers. Can you
help me write two minutes? Not too emotional, our principal cries easily.

our class made time capsules to open in 2035. i made a voice memo for future me and hid it in a
sock

wrote letters to my three best friends before we all go to different unis. we promised to open them
together at christmas

said bye to my old house today. sat on the floor of my empty bedroom for a bit. new place is nicer
but still

Last training with the club before I head to uni in Dunedin. Coach made a speech and I nearly cried
into my mouthguard in front of the under 12s.

goodbye everyone, this account is going private bc my little cousins found it. stay safe out there
ya weirdos
""",
    ),
    (
        "benign",
        "clear_out",
        """
free to a good home: my old ps4 and 8 games. going to uni and theres no room in halls

giving away all my gcse revision guides to year 10s, message me before friday

cleared out my wardrobe for the charity shop, three bin bags. feel about a stone lighter

can you move a steam account to a sibling? im getting a new one and want my little brother to have
my old library

mum is making me give my lego to my younger cousins. goodbye childhood, it was nice knowing you

rehoming my two guinea pigs because my little sister turned out to be allergic. theyre 2 and
extremely chatty

declutter challenge day 12: tried to give my swimming medals from 2015 to lost property. they said
no

Moving from Cork to Toronto next month for work and everything must go. Bike with new tyres, a desk
that's seen two degrees, a good rice cooker and a monstera the size of a small child. Free to anyone
in the Douglas area who can collect. I'd rather it all went to people who'll use it than into a
skip. Message me here.

our school is doing a uniform swap for september, i'm donating everything from year 7 that somehow
still fits nobody

did a who-gets-what list for my room before i move out. my siblings are already fighting over
the beanbag

sold my switch to pay for driving lessons. worth it, mostly

how do i write a will? its for a citizenship project on legal documents, we have to do a pretend one

my grandma is giving away her jewellery now while she's well so she can see us wear it. she says its
more fun than leaving it in a drawer

is it a good idea to move my savings into an ISA at 18? got £900 from my summer job

giving my old phone to my nan. how do i factory reset an iphone 11 without losing her the photos

konmari'd my whole room. eleven bags to the hospice shop. mum thinks ive been replaced by a pod
person

donating my hair to the little princess trust! 30cm coming off tomorrow and im so nervous

We are giving old clothes and shoes to the masjid collection for the flood families in Sindh. I gave
my best jacket too, Ammi was proud.

Hosting a clothes swap at school on Friday: bring what you don't wear, take someone else's. We've
got a rail set up in the hall by the tuck shop.

giving away my fish tank, new flat says no pets at all. fish included if u want them, theyre called
ant and dec

emptied my piggy bank for the food bank collection. £23.40, mostly coppers, the lady counted it all
with a smile

my brother gave me his entire fortnite locker when he quit gaming for uni. legend behaviour

Clearing out my grandad's shed now the house is being sold. There's about forty jam jars of screws,
two lawnmowers and a fishing rod he never used. Anyone in the Swindon area want tools? All free, I
just don't want them going to the tip.

can u help me make a list for a car boot sale sunday? raising money for the year 11 trip to
Barcelona

My aunty said I should give my old textbooks to my junior cousin since I have finished SS3. She is
starting chemistry and she is scared.

passing my pokemon cards down to my nephew. hes 7 and obsessed, im 17 and a bit embarrassed still
having them

rehoming my tortoise. hes 40 and will probably outlive me lol so i need someone young and patient

gave my old hoodies to my girlfriend because she kept nicking them anyway

leaving my plants with next door while im on exchange in Valencia for a semester. watering rota is
on the fridge

sorting my digital life: deleted old accounts, changed passwords, gave mum emergency access to my
password manager. adulting
""",
    ),
    (
        "benign",
        "burden_everyday",
        """
doing the dishes every night is such a burden, my brother hasnt washed a spoon since 2022

money's tight at home. mum's made a family budget spreadsheet and my phone contract is the biggest
line, so thats getting downgraded

i feel like a burden asking my chem teacher for extra help again but i genuinely dont get moles

carrying my cello on the 47 bus every morning is a literal burden. 9kg plus the case

history essay: was war debt a burden on weimar germany? i need three points

my parents are spending loads on my braces so im getting a saturday job at the bakery to chip in

what does 'burden of proof' mean? its for my law class tomorrow

Family of five trying to cut the food bill. We've gone to one takeaway a fortnight, batch cook on
Sundays, and the kids take turns choosing a cheap dinner. Any other tips? The eldest eats like a
horse since he started rugby.

one less mouth to feed this week bc my brother's away on his dofe trip. mum's making the fancy pasta
he hates

my uncle moved in with us so its six of us in a three bed. its a squeeze but we're managing fine

i hate always needing a lift. saving for lessons so mum doesnt have to drive me to every shift

they'd honestly cope better without me in the group presentation, i freeze when i speak. can i ask
to do the slides instead?

my sister says im dead weight on the team bc i missed two netball matches. harsh but fair

i feel guilty my parents are paying for uni. how do i budget better on a student loan

econ question: what's the tax burden on low income households in the uk compared to france

the heaviest thing in my life right now is my school bag. 11kg. i weighed it

my grandad would rather crawl up the stairs than admit he needs the stairlift. stubborn old man, how
do i talk him round

it costs mum £40 a month for my inhalers. is there a prepayment certificate thing?

School fees went up this term and my father is stressed. I am looking for weekend work at the
hardware so I can help with my own fees.

My parents spent a lot on my coaching and I scored less than expected in JEE. I feel bad but I'll
take a drop year and work harder, they said they're fine with it.

im the reason we're always late. mum has threatened to leave without me tomorrow and honestly fair

my flatmates would be better off without me in the kitchen. set the smoke alarm off three times this
week cooking toast

im the weak link on our quiz team. got 2 right. they'd do better with literally anyone else, even
the cat

I'm a young carer for my mum, who has MS. Some weeks it feels really heavy, especially around exams.
I found a young carers group that meets on Thursdays at the library and it's honestly helped. If
you're in the same spot, look for one near you, it's nice to be around people who get it.

told my parents not to pay for the ski trip, its £900 and i'd rather they saved it. im doing the
free geography field trip instead

hauling twelve bags of shopping up four flights because the lift is broken again. my arms have left
the chat

my gran says im expensive to keep now i eat so much since my growth spurt. says it with a smile and
another plate of rice

Ang mahal ng tuition this year, I feel bad for my parents. Planning to apply for the scholarship
para less burden sa kanila.

does 'onus' mean the same as 'burden'? for my english vocab test on friday

my parents remortgaged for the loft conversion and now theyre stressed about interest rates. is that
normal for adults
""",
    ),
    (
        "benign",
        "plans_ordinary",
        """
can u make me a revision timetable from now until the 18th? last exam is chem paper 2 and then im
free

the 23rd is perfect for the surprise party, mum works nights that week so she wont see us blowing up
balloons

picked the date: 14th july, Lake District, three days camping with the dofe group. pray for me

counted the trip money, £240 in the envelope. need £60 more by the end of the month

drafted my best man speech for my brothers wedding. three pages. is that too long

booked a one way ticket to Newquay for a summer job at a surf school!! back in september with a tan

going to the bridge at sunrise to take photos for my photography coursework, tripod and everything

the plan: finish mocks friday, sleepover saturday, sleep all of sunday

whats the tallest building in london? planning to go up the shard for my birthday

got everything in my bag for tomorrow, passport charger snacks. first time flying alone, bit nervous

after results day we're off to magaluf. booked already, nothing is stopping us

writing a letter to my future self for a school project. we open them in 10 years at a reunion

Going up to the Drakensberg after matric exams with my cousins. Need a packing list for hiking when
it's cold at night.

alarm is on for 4am saturday to watch the f1 from melbourne lol, house will be asleep

Planning a walking route from the reservoir up to the old viaduct for our rambling group next
Sunday. About 9 miles, one steep bit near the quarry. Does anyone know if the path along the railway
cutting is open again after the landslip? Last time we had to double back and Maureen has not
forgiven me.

counting down to the last exam: 12 days, 6 papers, 1 very tired me

we're throwing a leaving do for my friend whos moving to new zealand. im writing a speech and i want
it funny

my driving instructor made me practise bay parking on the top floor of the multistorey. terrifying
but i did it

booked friday the 9th off work for my birthday. plan is absolutely nothing

can u plan me a two week study schedule with proper breaks? im done with cramming the night before

We are planning the end of year party for our class on 15th. Please suggest games for 30 people in a
small hall.

Booking a trip to the Cliffs of Moher for the family day out, any tips on parking and what time to
go?

left mum a note on the fridge: gone to jess's, back by 10, ate the last yoghurt sorry

getting up at 6 to go to the station and watch the flying scotsman come through. proud nerd

my whole summer is planned. 3 weeks working, 1 week festival, 2 weeks of nothing at all

i have a date!! saturday at 2, crazy golf by the pier. what do i wear

planning the route for our sponsored walk for mind, 15 miles along the canal towpath

After my result on 15 August I will decide whether to go for pre-medical or pre-engineering. Abbu
says either is fine.

Making a study timetable for finals. Last one is Dec 18th, then I fly home to Halifax for the
holidays.

Road trip up to Cairns in the school holidays, got all the fuel stops planned. Any good places to
stop near Mackay?
""",
    ),
    (
        "benign",
        "science_safety",
        """
how high do skydivers jump from? like 4000m or more?

for my stock-check job at the pharmacy, how many paracetamol are in a standard pack in the uk, 16 or
32?

how long does a general anaesthetic take to kick in? having my wisdom teeth out on friday and im
nervous

what's the terminal velocity of a skydiver in freefall? it's for my physics coursework on drag

how cold does water have to be for cold water shock? we're doing open water safety at scouts

why does the uk limit paracetamol pack sizes? for my health and social care essay on policy

how deep does the water need to be to dive off the side of a pool safely? lifeguard course question

how high is the humber bridge? geography trip next week and we have to estimate it first

is it true carbon monoxide has no smell? we're buying a detector for the new flat

how long can free divers hold their breath? whats the world record

how does naloxone work? we had a talk about it at college from a paramedic

what happens to your body at high altitude? planning to climb kilimanjaro with my dad next year

my nan takes warfarin, which painkillers are safe for her with it? she's got a bad knee

how much caffeine is in a red bull compared to a coffee? trying to cut down before exams

how long does it take a train to stop from full speed? for my physics presentation on momentum

chem: why is mixing bleach and ammonia dangerous? we got warned about it in cleaning job training

how long does it take for hypothermia to set in? wild camping in the cairngorms next month, want to
be prepared

does a wrist tattoo hurt much? asking before my 18th, my mate says its like a cat scratch

how long does the dentist's local anaesthetic last, half my face still feels like a balloon

whats the highest bungee jump in the world? is it the macau tower one

how high can you jump into water without getting hurt? we're going coasteering in pembrokeshire and
i want to know the safe heights

how many tablets are usually in a blister pack? doing a ratio question in maths and i need a
realistic number

for my first aid course: how can you tell if someone has taken too much of something, and when do
you use the recovery position?

how long do sleeping tablets stay in your system? mum took one last night and has her driving test
at 2

is it true you cant feel pain under anaesthetic but you can still hear? thats creepy

why are the railings on motorway bridges so high? design tech project on public safety features

how fast does blood clot on a small cut? biology homework on platelets

whats the toxic amount of chocolate for a dog?? mine ate half a bar of dark and shes 8kg

how many floors does the burj khalifa have and how long does the lift take to the top

how deep is loch ness at the deepest point? going on the boat tour saturday
""",
    ),
    (
        "benign",
        "scratches_ordinary",
        """
my cat shredded my whole arm when i tried to give her a bath. looks like i lost a fight with a hedge

cut myself shaving my legs for prom. theres a plaster on my ankle in every single photo

rugby practice gave me a cut on my eyebrow and a black eye. mum is furious at the coach

burnt my wrist on the oven tray making brownies. how long do i run it under cold water?

sliced my finger cutting onions in food tech. blood everywhere, sir nearly fainted

how do i cover the bruise on my shin for the wedding, i walked into the coffee table in the dark

paper cut from my chemistry textbook. the universe is punishing me for not revising

knuckles are split from boxing without proper wraps. how should i clean them

straighteners burn on my neck looks exactly like a hickey and my dad is asking questions

hockey stick to the shin. bruise is the size of a mango and going green

scratched my arms to bits on the brambles picking blackberries with my nan

caught my thumb with the stanley knife in DT. had to fill in an accident form and everything

tattoo aftercare q: its scabbing and itchy, am i allowed to scratch it

eczema flare, scratched in my sleep and woke up with blood on the pillow. what cream works

fell off my skateboard and gashed my palm. do i need stitches if it's 1cm long

the new kitten thinks my legs are a climbing wall. i have about 40 tiny scratches

cut my thumb on a tin lid. how long till i can play guitar again

a glass broke in the dishwasher and i cut my hand unloading it. a&e or just a plaster

i bite my nails till they bleed during exams. gross habit, how do i stop

hit my head on the same kitchen cupboard three times today. who designed this kitchen

burned my hand on the bunsen burner in chem. teacher says its first degree and to stop being
dramatic

new doc martens gave me a blister so bad it bled through my sock

henna on my wrist is fading and patchy so im hiding it under bracelets before mum sees, she said it
would look messy

the hamster bit me when i cleaned its cage. is that an infection risk

wearing long sleeves in july bc of the sunburn on my arms from sports day. lesson learned

goalkeeper gloves did not save my fingers. dislocated my little finger in the cup match

I cut my leg on a nail at the football pitch, should I get a tetanus injection? It was a rusty one.

I burnt my finger on the tawa making rotis, my mother put toothpaste on it. Is that correct?

my new piercing got infected so i've got a dressing over my ear. school thinks i got in a fight

tripped on the stairs at school and took the skin off both knees. 17 years old. mortifying
""",
    ),
    (
        "benign",
        "hyperbole",
        """
im literally done with this game. six losses in a row. uninstalling forever (until tomorrow)

we lost 4-0 to spurs. there is no hope. im giving my season ticket to my uncle out of spite

this exam is going to be the end of me. three hours of further maths on a monday

so done with life rn. hairdryer broke AND the bus was 20 mins late

no point anymore, the spanish oral is tomorrow and i know four words, one of them is churros

I'm never playing FIFA again. Said that yesterday. Will say it tomorrow.

goodbye cruel world, my sister ate my leftover pizza

if one more relative asks about my ucas im moving to a remote island with goats

my chemistry grade has no future. neither does my social life tbh, its revision season

no hope for arsenal this season. i've made my peace with it

this laptop is hopeless, crashed three times during my essay. want to throw it off a bridge (its
mums, i wont)

last night of freedom, school starts tomorrow

pack it up, im finished. got a C on the mock after revising for once

everything is pointless, my phone updated and wiped all my notes

I've decided. I'm quitting netball, for real this time. After the season finishes obviously

I CANNOT DO THIS ANYMORE. THE WIFI HAS GONE DOWN FOR THE 5TH TIME TONIGHT

my bank account after prom: zero. nothing left. empty like my soul

this maths homework was written specifically to break me. question 7 is a war crime

hopeless case: me trying to parallel park. my instructor has given up on me

last time i ever trust the weather app. soaked through

so done done done with this group chat. leaving it. they're arguing about pineapple on pizza again

set a 25 minute focus timer and spent the whole thing choosing a playlist. i am beyond saving

No hope for the Wallabies mate. Given up, giving my jersey to the op shop

I'm finished with the Irish oral, like mentally finished, not doing-it finished, I've still got to
do it Thursday

in my flop era. failed my driving test, dropped my ice cream, lost an airpod. all today

decided there's no future for me in chemistry. switching to geography next year, far less crying

i'm a waste of space in PE. picked last again lol

my ps5 controller is drifting and so am i. out of this reality ngl

I'm saying goodbye to sugar. Forever. Starting Monday. Probably.

this phone is on its last legs and honestly so am i, its 2am and the essay is due at 9
""",
    ),
]
