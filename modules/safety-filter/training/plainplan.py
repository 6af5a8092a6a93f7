"""The ``st_plainplan`` family: plain, calm, everyday words for a plan to die or to hurt oneself,
and the same everyday words for ordinary plans, for the safety-filter's training corpus, written
by hand for this project.

    BLOCKS -> [(label, sub, block of posts)]   # corpus.hand_written(BLOCKS, "st_plainplan")

What these posts teach (concepts, not sentences): a person who calmly names a time or a place
(tomorrow before anyone is up, the bridge on the way home, the sea, the car park roof), says they
will not wake up or not be here, has counted out tablets or asks how many or how long for
themselves, says goodbye, gives their things away, writes letters to be found, or cuts, burns,
hits themselves or hides blades, is at risk now (self_harm) even when no word like death or
suicide appears. The same words are benign in ordinary plans and worries: a trip to the sea or
a walk over a bridge, an early alarm for a flight, letters to a pen pal or a host family, clothes
given to charity before a move, not wanting to be at school, wanting to sleep for a week after
exams, a dose for a child's fever or for a toothache, a burn from the oven, a shaving cut or a
sports bruise, in the voices of pupils asking a tutor and of adults on forums.

Rules and source format: those of every hand-written file (``corpus.hand_written``).
"""

from __future__ import annotations

__all__ = ["BLOCKS"]

BLOCKS: list[tuple[str, str, str]] = [
    (
        "self_harm",
        "plan_time_place",
        """
tomorrow morning before my flatmates are up im going to walk down to the beach and just keep
walking into the water. weirdly calm about it honestly

theres a bridge on the way home from college. ive stood on it three nights this week and tonight
im not climbing back over the railing

Sorry to interrupt the maths. I won't need this worksheet after Friday, I've picked the day and
the place already.

i know exactly which stop on the line. the 7:42 doesnt slow down there. thats my plan for monday
morning

Everyone's away at my aunt's this weekend. I'll have the house to myself Saturday night and
that's when I'm doing it. I've been thinking about it since Christmas and I'm not changing my
mind.

the car park roof at the shopping centre is open til 11. im going up there after my shift and
i'm not coming back down the stairs

can u help me with this essay quickly, i want it handed in before tonight. after tonight it wont
matter but i dont want mr okafor thinking i was lazy

There's a spot in the woods behind our estate with a strong branch. The rope's already in my
rucksack under the bed. Sunday.

mam thinks im going to the cinema saturday. im actually getting the bus out to the cliffs at the
head, the high bit past the car park. i wont be getting the bus back

I've set an alarm for 4am. Quiet house, lock the bathroom door, and that's it. Telling you
because there's nobody else, even if you're a chatbot.

Tonight's the night, I've decided. Not sad about it any more, just tired. It feels weirdly
peaceful to know.

going to drive out to the quarry after work and not drive home. ive been sitting there every
evening this week working up to it

by this time next week i won't be a problem for anybody. i know where and i know when

The river's high after all the rain. I'm going down after dark. Please don't make this into a
big speech, I just need help finishing my history notes so mum has something to find that isn't
a mess.

me and my dad used to go fishing off the pier at the end of the prom. thats where im going
tomorrow night, on my own, and im not planning on walking back along it

i booked a one way ticket to the coast. not for a holiday lol. picked the highest point on the
coastal walk and sunday is the day

Sitting in my car at the multi storey right now. Top floor. Just need to work up to it.

bro i'm on the railway bridge rn. it's fine, i'm not panicking. i just wanted somebody to know
where i was

I moved my revision plan around because I'm not going to be sitting the exams. Wednesday is
when. The lake past the school field.

once the kids are at their dad's on friday I'm going to take everything in the medicine cupboard
and lie down. I've thought it through properly this time.

Y'all I'm done. leaving the house at 2 tonight, there's an overpass by the highway I already
checked out

I'm going to swim out past the buoys tonight, further than I could ever make it back from.
That's the whole plan.

Last night I stood at the edge of the platform and stepped back at the last second. Tonight I
won't step back.

The plan is Thursday. I've cleaned my room and sorted all my things into piles. I'm not scared.

after tonight i wont be waking up. ive been saving my nans tablets for weeks and theyre all in
my drawer

Quick one, what time does the last bus to the headland go? I just need to get there. I won't
need a return.

im 15 and i have the whole thing planned for my birthday. the roof of our flats. no one will
miss me at a party i wasnt having anyway

I keep a note on my phone with the date in it. It's this Sunday. I'm writing it here so it feels
real.

After I drop the dog at my sister's in the morning I'm heading up to the reservoir. I've said my
bit to her without her knowing that's what it was.

gonna walk out onto the ice on the loch tonight where its thin. dont worry about the homework
answers, i just wanted to finish something for once

Mate I've got the bottle of vodka and the packets lined up on my desk. Starting at midnight. Not
asking for help, just telling someone.

the bridge on the A road near us has no fence. i go past it every day on the bus and today im
getting off at that stop

I've booked the beach hut for the weekend. My family think it's a break for me. It is a break,
just not the kind they think.

Tomorrow, when the house is empty, I'm going to the garage. I already checked the beam will
hold.

this is my last night. ive got the spot picked out by the canal and my location's switched on
for whoever comes looking

my mate thinks i'm coming to hers on saturday. i'm not. i'll be at the station on the wrong side
of the yellow line

the plan is simple. wait till dad's on nights, take the car keys, drive to the coast. i won't be
driving home

Not sad. Not angry. Just finished. I'm going to walk out into the snow tonight with no coat and
lie down somewhere nobody goes.
""",
    ),
    (
        "self_harm",
        "how_many_how_long",
        """
how many paracetamol would it take for someone my size, im about 50kg. this is about me, its not
some school project

I've worked out how many I need from what's in the cabinet. Just want to check how long before
they kick in properly so nobody walks in on it.

if i take the whole strip of my sertraline with the sleeping ones how long till i stop waking up

How much of my insulin would be too much? I want to make sure it's enough this time, not like
last time.

whats the amount of my mums blood pressure tablets that would do it. im not going to be silly
and tell anyone, just tell me

Be honest with me. If I swallow the lot tonight will it be quick or will I be sick for days? I
don't want to mess it up.

Last time I took too many I only ended up in A&E for a night. This time I want to know the right
number before I start.

How long does an overdose of iron tablets take to work? Mine are on the desk in front of me
right now.

need to know how many of my nan's morphine would knock me out for good. she wont notice theyre
gone, she cant count them anymore

i'm 14 and about 45 kilos, how many of the pills in our medicine box would be too many for me. i
want it to be enough

If I took my whole month of lithium at once, how long would it take? I've got them counted out
on the bed.

Can you tell me the maximum dose of amitriptyline and what happens if I go well over it. I'm
planning to tonight.

what's the quickest acting thing in a normal bathroom cabinet. i need it to work before my
parents are back at 6

I've been stockpiling since September. About 60 now. Does mixing them with wine make it work
faster?

how long does it take to stop breathing if you take too many sleeping pills. asking for me

ok homework's done. random question though. how many co-codamol is too many for a 16 year old
girl. its for me. dont lecture me

So I have a full bottle of my dad's heart tablets. I want to know how much it takes, not for a
story, for me this weekend.

If i take them all at 11 will I be gone by the morning or will someone find me in time? I want
it to be the first one.

My GP gave me a fortnight's supply of zopiclone. I'm keeping them all for one night. How many is
enough that I don't come round?

do u know if paracetamol takes days? i dont want it to take days. i want to know before i
swallow them

sorry random, but how much of the stuff under our sink would i need to drink. i'm serious and
i'm by myself

I'm not after a lecture, I just want to know how many of my antipsychotics it would take. I'm
sat on the floor with the box open.

is 30 enough. i have 30 of the white ones and 12 of the blue ones from my ma. just tell me if
its enough

Asking straight: what amount of my epilepsy meds would stop me waking up. I've had enough of all
this.

how long do sleeping tablets take to work if you take the whole packet. i want to be out before
anyone gets home, and stay out

My sister's on the same meds as me so between us there's a lot in the house. Is double the max
dose enough or do I need more than that?

I counted them twice. 48. I just need someone to tell me that's enough and then I'll stop asking
you things.
""",
    ),
    (
        "self_harm",
        "goodbye_giveaway",
        """
no more messages from me after this one. thanks for the help with the essays this year, you were
kinder than most humans i know

I've given my guitar to my mate and my cat to my neighbour today. Everything's sorted now.
Strange how light that's made me.

Gave away all my trainers and my hoodies at school today. People thought I was being nice. I
just won't need them after this weekend.

goodbye. i mean it this time. please dont try to message me

I put sticky notes on everything in my room saying who gets it. My sister gets the lamp she
always wanted. Tonight I'm done.

can u help me write a message to my best mate. i want her to have my necklace and i want her to
know none of it was her fault. im going tonight

Said goodbye to the dog properly this morning, long walk, all his favourite spots. He won't
understand why I'm not there tomorrow.

Cancelled my phone contract, paid off the little I owed, gave the plants away. Tidy ending.
Nobody will have a mess to sort out after.

Just want to say thank you for being there with my homework. I won't be logging in again after
today, for good reasons that aren't good.

i've transferred my savings to my little sister's account. 340 quid. she can get the bike she
wants. i wont be around to see her ride it

Deleted all my socials tonight and gave my laptop to my cousin. Sent my mam a long text to open
in the morning. I'm ready.

If my mum asks, my passwords are in the blue notebook. She'll need them after I'm gone.

love you all. sorry. the dog's food is in the shed

this is me signing off for good. its been a rough year and im not doing another one

Made sure my cat's going to my neighbour who loves her. That was the last thing I had to sort.
Now I can go.

honestly you've been the best tutor. wanted to say bye properly before tonight, because after
tonight there won't be a next lesson for me

I gave my granddad's watch back to my uncle today and told him to keep it safe. He doesn't know
why. Tomorrow he will.

My will is written. I'm 19, I know that's weird. It's on my desk with the other envelopes.

Ok so my PS5 goes to my brother, my clothes to charity, and my journal gets shredded. Then I'm
out. Just wanted a checklist lol

bye everyone on this forum. you helped for a while. its not enough anymore and ive decided

Today I hugged my mum longer than usual and she laughed at me. She doesn't know it was the last
one.

I've told my best friend she can have all the stuff in my room. She thinks I'm moving away. In a
way I am.

wanted to say ta-ra to someone. leaving my bank card and pin on the kitchen table so my mum isnt
stuck for money when she has to sort everything out

Returned all my library books and paid the fines. Weird how calm that made me. Last jobs before
Friday.

I wont be in class monday or ever again. Thank you for being patient with my spelling. Goodbye

if my little brother asks, tell him it wasnt because of him and that he can have my room now

Sent my dad a message saying I forgive him. Sent my ex one saying the same. Now there's nothing
left to sort before Sunday.

Please pass on to Miss Adeyemi that she was the only teacher who made me feel smart. After this
week I can't say it to her face.

giving away my fish tomorrow to my neighbour's kid, then thats the last thing done. its time

I've been up all night tidying so no one has to do it after. Bed made, bins out, everything
labelled with a name.

can you do the last three questions for me. i wont be here to get the grade anyway, i'm going
tonight
""",
    ),
    (
        "self_harm",
        "letters_notes",
        """
I'm writing letters to my mum, my dad and my best friend tonight. I want them found in the
morning and not before.

can you help me with the wording of a letter to my parents. i want them to know i love them and
that i couldnt keep going. its for tonight

I've written five letters and put them in envelopes with names on. Just need to decide where to
leave them so they're found after.

how do i start a letter that says goodbye forever to my sister without it sounding dramatic. its
not for english class

Wrote my note at lunch in the library. Folded it into my blazer pocket. Bus home, then that's
it.

I have a draft on my phone to everyone, timed to send at 6am. By then it'll be done.

is it better to leave a letter on the bed or the kitchen table. i want my mum to see it before
my little sister does, she's only 8

I finished writing to my kids today. Three letters, one each. I told them I'm proud of them and
that none of this is on them.

need help spelling some words in my letter, i dont want my last one to have mistakes. like
responsibility and sincerely

The letter is done, the envelope is sealed, and it's under my pillow. I've never felt so certain
about anything.

Writing the last letter now. To my gran. She'll be the one it hurts most so I'm taking my time
over it.

Spent the evening writing notes for my mates. Each one says what I liked about them. They'll get
them on monday when I'm not there any more.

Can you check the grammar in this? "Dear Mum, by the time you read this I'll be somewhere
quieter." It's for tomorrow morning.

If I'm not answering on Monday it's because I've gone through with it. The letter's in my desk
drawer for whoever looks.

ive been writing goodbye letters in my notebook every night this week. tonight i'm actually
going to tear one out and leave it out

i want my letter to my boyfriend to sound calm, not angry. ive made my mind up about leaving for
good and i want him to know its not on him

Wrote my dad a letter and hid it in his toolbox. He'll find it when he goes to fix something.
I'll be gone by then.

so i finally finished all my letters. one for each person who was ever kind to me. there were
only four
""",
    ),
    (
        "self_harm",
        "not_being_here",
        """
going to sleep and never opening my eyes again is all i want. tonight i think i'll make sure of
it

Being here isn't something I want now and I've stopped pretending otherwise. I've got what I
need in my drawer.

honestly i'd like the whole lot to just stop. not in a dramatic way. im just done and i know how
i'd do it

Every night I hope I won't open my eyes in the morning. Lately I've been thinking I could make
that happen myself.

i dont want to exist anymore. im sat here with my revision and all i can think about is how to
not be here by the weekend

I'm tired in a way sleep doesn't fix. I want to lie down and stay down. I have the tablets.

i want to disappear permanently. not run away. permanently. ive been planning it for a while now

I keep thinking if I just don't come home one night, everything gets easier for mum. I think
tonight's that night.

wish i could just not be here. and i reckon i can make that happen this weekend

I don't see myself being around for Christmas. I've made my peace with that.

i won't be around a lot longer, just so you know. you've been nice to me

when i go to bed tonight i'm going to take everything so i don't wake up tomorrow. its not a cry
for help

No future plans. Not doing the exams, not doing uni, not doing any of it. I want it all over
with and I know how to get it over with.

Sleep forever sounds good. I have enough to make that happen.

I have no reason to get up tomorrow and I've decided I won't.

i want to stop existing. im not sad today, im calm, which is how i know ive decided

Some days I just want to be gone. Today it's more than wanting. I've got the means sat right
next to me.

honestly its so quiet in my head now ive decided. no more school, no more anything after friday

I'm 34 and I'm tired of waking up. Tonight I'm going to stop that happening.

id rather not exist than go back to that house. and im not going back. the bridge is closer than
home

My whole body feels heavy and I just want to sleep for good. I've been looking at the packet in
my bag all through this lesson.

I want out. Not out of school, out of everything. I've been looking up how high the tower block
is.

I want to vanish. If I'm not here tomorrow, that's why.

it would be easier if i just wasnt here, so im sorting that. dont worry about it

I told myself I'd give it until the end of term. It's the end of term.

I told the school counsellor I'm fine so she'd stop checking on me. I'm not fine, I just don't
want anyone getting in the way on Saturday.
""",
    ),
    (
        "self_harm",
        "cutting_burning_hitting",
        """
i cut again tonight, deeper than before. its fine, i just need somewhere to say it

I keep a razor blade taped inside my pencil case so I can use it in the toilets at school when
it gets too much.

burned my arm with a lighter at break so i could get through double maths. doing it again after
school

ive got blades hidden in the lining of my school bag and in a sock in my wardrobe. mum searched
my room but didnt find them

I hit myself in the head until it rings when I get a question wrong. I've done it four times on
this worksheet already.

i want to cut tonight so bad. ive got the sharpener blade out already

Does anyone know how to stop cuts bleeding through a school shirt? Mine did today and I need to
go again tomorrow.

I held my hand on the hob on purpose tonight. It felt like the only thing I controlled all day.

i punch the wall and then my own legs until theyre purple. did it again after the phone call
with dad

I scratch my arms with my compass under the desk during lessons. Today it's bleeding through my
sleeve.

Been cutting for 2 years. It's getting worse, not better. I keep the blade in my phone case.

im going to burn myself with the straighteners tonight, its the only thing that helps when i
feel like this

I bang my head against the wall when I get overwhelmed. Did it so hard yesterday I saw stars.
I'll probably do it again tonight.

what's the best way to clean cuts so my parents don't smell the antiseptic. i do it most nights

i took apart a pencil sharpener at school today. got the blade in my shoe for later

Told mum it was a shaving cut. It wasn't. I did it on purpose with the razor and I'm going to do
it again.

I starve myself all day and then hit myself if I eat. I ate today so I know what's coming
tonight.

I burn the inside of my wrist with a hot spoon. Nobody knows. Three times this week.

i burned my hand on the kettle on purpose this morning and i'm planning to do it again tonight
when everyone's asleep

Can u give me ideas for excuses for the marks on my wrists. i keep making new ones

I hate myself so I hurt myself. Cut tonight, will cut tomorrow. That's just how it is now.

sorry im slow on the homework today, i cut my arm last night and it hurts to write

I slam my hand in the door when I'm angry at myself. Did it till my fingers went numb. I'm going
to keep doing it.

keeping a blade under my mattress. its been a week clean but tonight i want to use it

I scald myself in the shower on purpose, as hot as it goes, until my skin blisters. Every night
this week.

Hey tutor, if I pull my sleeves down can I skip the lab coat? My arms are covered from last
night and I don't want anyone seeing.

i carved his name into my leg. then i scratched over it till you couldnt read it. i'm doing the
other leg tonight

mum found my box of blades and threw it out. i already bought more from the corner shop. tonight

I pull my hair out and then bite my arm until it bruises. Doing it now while I type this.

how deep is too deep for a cut. asking for myself, i want it deeper than last time

I put cigarettes out on my leg. I've got a new packet for tonight.

Not really a question but I've been hitting my thigh with a hairbrush every time I get a sum
wrong. I'm up to about 20 today.

i want to hurt myself so bad right now. ive got my blade out and im locked in the bathroom

Still hiding the scissors in my pillowcase. I use them on my arms when I can't sleep.
""",
    ),
    (
        "self_harm",
        "plan_many_voices",
        """
I am tired of everything. Tomorrow when everybody has gone for church I will take all the
tablets in mummy's room. Please don't tell anybody, I have decided.

sir i am finishing this assignment now only because after this i am not going to continue. i
have decided, i will go up to the terrace tonight after my parents sleep

Och I'm no gonnae be here by the weekend. Got it all worked out, the bridge over the river. Just
wanted tae tell somebody.

yeah nah i'm not doing this anymore. heading out to the lookout past the headland tonight. dont
bother texting me back

I AM NOT OK AND I AM NOT GOING TO BE HERE TOMORROW. I HAVE THE PILLS. DONT TRY TO TALK ME OUT OF
IT

Sorry my english is not so good. I have decided to stop my life this weekend. I have the
medicine from my mother. I want only to say it to someone.

I'm 13 and I've took all of my mum's tablets out of the drawer and they're in my school bag. I'm
going to take them at lunch.

ya know what, i'm just gonna go for a drive tonight and not brake at the bend by the reservoir.
feels like the easiest way

In my country we don't talk about this. But I am calm now, I have chosen the day, it is
Thursday, and the place is the railway.

Been saving up my tablets like a squirrel lol. Almost enough now. Week or two tops.

my ma will be at bingo tonight so itll be just me. thats when. the tablets and the razor are
lined up by the sink

Just handed in my last assignment. Won't be needing the feedback. Heading to the cliffs on the
coastal path tonight. Bye.

sir please can you check my answers. i want to hand it in clean because it is my last one. i am
going to the well behind our house after everyone is sleeping

hey quick favour, after i log off can u not save this chat. im going to bed and taking all of
them. its done

I'm 40, I've got a good job, and I've picked next Tuesday. No one at work would ever believe it.

i'm going down to the river at dawn and i'm not planning on coming out of it. weirdly calm about
it

Wots the point in me revising when I wont be around for the exam. Got my plan sorted for next
week

I keep going back to the top of the stairwell in the car park near my work. Tomorrow I'm going
to go over.

i cant do another year of this. new years eve is the date. everyone will be busy so no one will
stop me

honestly the kindest thing i can do for my family is go tonight. ive got the tablets in my coat
pocket
""",
    ),
    (
        "benign",
        "trips_and_plans",
        """
tomorrow morning before my flatmates are up im going to walk down to the beach with a flask and
watch the sunrise. first time in ages

There's a bridge on the way home from college where you can see the whole city lit up. I stopped
on it three nights this week just to look.

Sorry to interrupt the maths. I won't be online Friday, we're going to my gran's in Galway for
the weekend.

can u explain train timetables for my geography project. the 7:42 doesnt stop at our station and
i need to say why

Everyone's away at my aunt's this weekend so I'll have the house to myself Saturday night.
Pizza, films, no little brother. Bliss.

We're going up to the top of the car park at the shopping centre to take photos of the sunset
for my art coursework. Good idea or nah?

can u help me with this essay quickly, i want it handed in before tonight so i can go to the gig
with no guilt

There's a spot in the woods behind our estate with a massive oak. We're building a treehouse in
it this summer, me and my dad.

mam thinks we're going to the cinema saturday but it's actually a surprise trip to the cliffs at
the head for her birthday picnic. help me write a card?

I've set an alarm for 4am for my flight to Lagos. What should I do if I can't sleep the night
before?

Tonight's the night! Prom. Not even nervous anymore, just excited.

going to drive out to the quarry lake after work for a swim, is it safe to swim in old quarries?
ive heard mixed things

by this time next week i'll be done with exams and on a beach in Cornwall. just need to get
through this chemistry paper first

The river's high after all the rain. We're doing a river study for geography on Tuesday and I
need to write the risk assessment. What goes in it?

me and my dad used to go fishing off the pier at the end of the prom. going back there tomorrow
with my own son for the first time

i booked a one way ticket to Melbourne! moving for a job. how do i write the reasons for leaving
bit on my resignation letter

Sitting in my car at the multi storey waiting for my daughter's ballet to finish. Anyone know a
good podcast for 40 minutes?

bro i'm on the railway bridge rn watching the steam train go under. so loud

I moved my revision plan around because I'm not sitting the French exam any more, I dropped it.
Can you help me redo Wednesday?

once the kids are at their dad's on friday I'm going to take everything out of the kitchen
cupboards and finally clean them. Thought it through properly this time, ha

Y'all I'm done with this semester!! leaving at 2 tonight for a road trip, there's a diner by the
overpass we always stop at

I'm going to swim out past the buoys tomorrow with the open water club, first time going that
far. Any tips for sighting?

Last night I stood at the edge of the stage and froze. Tonight I'm not freezing. Second night of
the school play!

The plan is Thursday. Cleaned my room, packed my bag, passport in the front pocket. Not scared
of flying anymore!

after tonight im not waking up early for a whole fortnight. half term finally

Quick one, what time does the last bus to the headland go? I'm going to watch the seals and I
don't fancy walking back in the dark.

im turning 15 and i want a party on the roof terrace of our flats. how do i ask the building
manager nicely

I keep a note on my phone with the date of my driving test. It's this Sunday. Writing it here so
it's real lol.

After I drop the dog at my sister's in the morning I'm heading up to the reservoir for a long
run. Anyone know if the loop path is open again?

gonna go skating on the loch tonight if its frozen properly. how thick does ice need to be to be
safe? asking for real

I'm doing the Harbour Bridge climb next week and I'm terrified of heights. Any tips for not
looking down?

I've booked the beach hut for my mum's 50th. She thinks it's a weekend break just for me.

the bridge on the A road near us finally got a footpath so im walking to school now instead of
getting the bus

Tomorrow when the house is empty I'm going to paint the garage. What primer do I need for a
concrete wall?

this is my last night in halls. gonna miss the view of the canal from my window so much

my mate thinks i'm coming to hers on saturday, but it's her surprise party so i'll be at the
venue decorating. how do i keep it secret

the plan is simple. wait till dad's on nights, borrow the car keys (with permission!!), drive to
the coast for my first solo trip

Not sad, not angry, just finished my dissertation. Going to walk out into the snow tonight in my
slippers just to celebrate.
""",
    ),
    (
        "benign",
        "dosage_questions",
        """
how much paracetamol can a 4 year old have? she weighs about 16kg and her temperature is 38.9

My son's 7 and has a fever. The bottle says 5 to 10ml of the six plus one. How long before it
kicks in?

Is it safe to give ibuprofen and paracetamol together to a toddler? Asking for my little girl
who's been hot all night.

How much of my insulin do I need if I'm eating a big meal later? I'm newly diagnosed and the
nurse's sheet confused me.

whats the max dose of paracetamol for an adult in a day? i have a bad toothache and i dont want
to take too much

Can I take my antihistamine with my antidepressant? Hay fever is killing me this week.

How long do sleeping tablets take to work? My doctor gave me some for jet lag after I fly back
from Chennai and I want to time them right.

how long does ibuprofen take to work for period cramps. i have a maths test in an hour

for my biology homework: why is a paracetamol overdose dangerous for the liver? we're doing drug
metabolism

I've worked out how many tablets I need for the whole trip, 2 a day for 21 days plus spares. Do
I need a letter to take them through customs?

My dad takes blood pressure tablets and missed a dose today. Should he take two tomorrow or just
carry on as normal?

How much calpol is too much for a 9 month old? My husband gave her some and then I gave her some
without checking and now I'm panicking.

if I take my iron tablets with orange juice do they work better? my GP said my levels are low

ok homework's done. random question though. how many co-codamol can I take for a sprained ankle,
I'm 17? the box says 2 but it's not touching it

My nan's on morphine for her hip and she keeps forgetting whether she's taken it. Is there a
pill box that helps with that?

My GP gave me a fortnight of zopiclone. Is it OK to have one glass of wine with dinner on the
same night?

do u know if paracetamol is better than ibuprofen for a hangover? asking for me lol

whats a safe amount of melatonin for a 12 year old? my brother can't sleep since we moved house

how much water should my son drink when he has a temperature? he's 5 and won't touch anything

My daughter got into the cupboard and swallowed one of my gummy vitamins. Is one a problem for a
3 year old?

Asking about my epilepsy meds: if I miss a dose by a few hours, do I take it late or skip it?

Counted my sister's tablets out into the weekly organiser for her. 48 in total. Is it fine to
store them out of the blister pack?

what's the quickest acting thing for a headache in a normal bathroom cabinet? need it gone
before my parents' dinner party at 6

sorry random, but how much of the stuff under our sink would i need to clean an oven? the
label's worn off

Is double the normal dose of children's ibuprofen OK if the fever's really high? Checking before
I do anything silly.

my 6yo has a fever of 39.4 and she's shivering. how long between doses of calpol? its 2am and im
second guessing myself

Is it normal to feel drowsy for a week when starting sertraline? I'm 22 and just started

Chemistry question: why does taking too much aspirin make your blood acidic? Need it for my A
level notes

If I take my antibiotics at 11 at night will I be OK to drive in the morning? The leaflet is
confusing.

Is it safe to take my hay fever tablets and my mum's cold and flu ones on the same day? Exams
tomorrow and I'm streaming.
""",
    ),
    (
        "benign",
        "giving_away_leaving",
        """
Gave away all my old trainers and hoodies at school today for the clothes drive. Our form won
for the most bags!

if anyone reads this, my old switch and all the games are going to my little cousin Reece since
i got a new one for my birthday

I've given my guitar to my mate and my cat to my neighbour for the month while I'm in Lagos for
my cousin's wedding. Feels weird packing so light.

goodbye year 11!! last day today and i signed everyone's shirt

I put sticky notes on everything in my room saying which box it goes in. Moving house tomorrow!

can u help me write a message to my best mate. she's moving to Australia and I want to give her
my necklace to remember me by

Said goodbye to the dog properly this morning, long walk, all his favourite spots. He's staying
with my parents while I'm on my gap year.

Cancelled my phone contract and gave my plants away. Moving to Toronto on Friday! Any tips for a
first time renter?

Just want to say thank you for being there with my homework. I finished my GCSEs today, I won't
need help till September!

i've sent my little sister 30 quid for her birthday. she can put it towards the bike she wants.
proud big sis moment

Deleted all my socials tonight for a digital detox month. Gave my old laptop to my cousin for
uni because I got a new one.

If my mum asks, the password for the family Netflix is in the blue notebook. I'm on a school
trip with no signal till Friday.

Donated two bin bags of clothes to the charity shop, books to the library, and my old bike to
the kid next door. Spring clean done!

love you all, see you in two weeks! the dog's food is in the shed btw (note for my house sitter)

signing off this forum for good, passed my driving test and dont need the theory questions
anymore. thanks everyone!

Made sure my cat's going to my neighbour while I'm in hospital for my knee operation. That was
the last thing I had to sort.

honestly you've been the best tutor. wanted to say bye properly because my exam's tomorrow and
then I'm done with physics forever

I gave my granddad's watch to my uncle today because he's the oldest grandson now and it felt
right. He cried.

Our teacher is making us write a will for a persuasive writing task in English. I'm 14, what
would I even put in it?

Ok so my PS4 goes to my brother, old clothes to charity, and my diaries go in the loft. Moving
out next week! Just wanted a checklist lol

bye everyone on this forum. I'm moving to the Nigerian sewing group since I live in Abuja now.
Thanks for all the pattern help

Today I hugged my mum longer than usual at the airport and she laughed at me. Six months in
Spain for my placement.

I've told my best friend she can have my room while I'm at uni, because her house is so full.
She's over the moon.

Wanted to leave a note for my mum: bank card's on the kitchen table for the big shop. How do I
make it sound less bossy?

Returned all my library books and paid the fines. Weirdly satisfying. Last jobs before I move to
Glasgow on Friday.

I won't be in class monday cos I've got a hospital appointment. Can you send me the homework?
Thanks miss

if my little brother asks where his present is, tell him its hidden somewhere in my room.
surprise for his 10th

Sent my dad a message saying I forgive him for missing my graduation. He's been really sorry
about it.

Please pass on to Miss Adeyemi that she was the only teacher who made me feel smart. I'm leaving
for a new school next term.

giving my fish to my neighbour's kid tomorrow because we can't take them on the move. she's so
excited

I've been up all night tidying because the landlord's inspection is at 9. Bed made, bins out,
everything labelled. Knackered.

can you check the last three questions for me. i wont be in tomorrow to get feedback because of
the dentist
""",
    ),
    (
        "benign",
        "letters_and_notes",
        """
I'm writing letters to my pen pal in Japan tonight. How do I start a letter politely in
Japanese?

can you help me with the wording of a letter to my parents thanking them for my 18th? I want
them to know I love them but not sound cheesy

I've written five thank you cards and put them in envelopes with names on. Do I leave them on
the desks or give them to the teachers in person?

how do i start a letter that says goodbye to my host family without it sounding dramatic. i
stayed with them 3 months in Kerala

Wrote my letter to the council at lunch about the potholes. Folded it in my blazer. Do I need a
stamp if I hand deliver it?

I have an email to my landlord timed to send at 6am so it's the first thing he sees. Is that
passive aggressive?

is it better to leave a birthday card on the bed or the kitchen table for a surprise. i want my
mum to see it before my little sister grabs it

I finished writing to my kids' teachers today. Three letters, one each, thanking them for the
year.

need help spelling some words in my cover letter, i dont want mistakes. like responsibility and
sincerely

The letter is done, the envelope's sealed and it's under my pillow for the tooth fairy. My
daughter insisted on writing it herself.

Writing a letter to my gran for her 90th now. She can't hear on the phone anymore so letters are
how we talk.

Spent the evening writing leavers' notes for my mates. Each one says what I liked about them.
We're all off to different unis.

Can you check the grammar in this: "Dear Mum, by the time you read this I'll have landed in
Dubai." It's for when I leave on Sunday.

For English we have to write a letter from a character who is leaving home for good. Mine is a
soldier in 1914. Can you check my opening?

ive been writing to my pen pal in nigeria every month for 2 years. what do i send for her
birthday that isnt too heavy to post

i want my letter to my boyfriend to sound calm not angry. we're breaking up but i want it to be
kind

Wrote my dad a letter and hid it in his toolbox for Father's Day. He'll find it next time he
fixes something.

so i finally finished all my christmas cards. one for each person in my class. there were 28
which took forever
""",
    ),
    (
        "benign",
        "tired_and_fed_up",
        """
i just want to sleep for a week after these exams. three papers in two days is brutal

I don't want to be at school anymore today, it's so boring. Can we do the homework fast so I can
go on my phone?

honestly i just want this term to stop. so much coursework. when's half term again

Every night I hope I won't have to open my eyes to an alarm. Is there a way to train yourself to
wake up without one?

i dont want to exist in this group project anymore lol nobody else is doing anything

I'm tired in a way a nap doesn't fix. Is it worth getting my iron checked? I'm 28 and always
exhausted.

i want to disappear for a bit. not like that lol, like a cabin in the highlands with no wifi for
a week

Everyone would be better off without me in the team presentation, I'm such a bad public speaker.
Can you help me practise?

I'm not going to be here next week, we're on a school trip to France. Can I get the work in
advance?

when i go to bed tonight i'm switching my alarm off because tomorrow is a snow day!!

No plans after exams. Not doing sixth form, not doing uni yet, going for an apprenticeship. Is
that a bad idea?

Sleep forever sounds good after the night shift I've just done. 12 hours and I'm still buzzing

I have no reason to get up early tomorrow because my lecture got cancelled. Best news all week.

want to stop existing on a monday morning tbh. how is it only 9am

Some days I just want to be gone from this village. Two buses a day. Counting down to uni.

honestly its so quiet in the house now my brother's moved out. no more fighting over the xbox

I'm 34 and I'm tired of getting up at 5 for the school run. Any tips for getting kids to dress
themselves?

id rather not exist than sit through another one of my uncle's speeches at christmas haha

My whole body feels heavy after that cross country. I just want to lie on the sofa all night. Is
that normal or am I just unfit?

I want out of this group chat so badly. 400 messages about a birthday cake

I want to vanish from the family whatsapp. If I mute it will they know?

it would be easier if i just wasnt in the debate team, so im quitting. how do i tell the coach?

I told myself I'd stick to the diet until the end of term. It's the end of term and I want a
pizza.

cant be bothered to be here today. we have double chemistry and the teacher is off so its just
worksheets

i really wish i could sleep and not wake up until my results come out in august. the waiting is
horrible

Tomorrow is my driving test and honestly I'd rather not wake up for it, I'm so nervous. Any
calming tips?

I told the school counsellor I'm fine so she'd stop checking on me, but actually I'm a bit
stressed about mocks. Is it weird to go back and say so?
""",
    ),
    (
        "benign",
        "accidents_and_injuries",
        """
burned my arm on the oven tray making tea. it's gone red and a bit blistery, do i put ice on it?

Cut myself shaving my legs for the first time, it won't stop bleeding. How long should I hold
the tissue on?

i got a blade stuck in my pencil sharpener and cut my thumb getting it out lol. anyway can you
help with question 4

How do I stop a shaving cut bleeding through my shirt collar? Job interview in an hour.

Held my hand under the cold tap for 20 minutes after touching the hob by accident. Still stings.
Should I see someone?

I hit my head on the cupboard door getting the cereal out and now I've got a lump. Is that worth
going to A&E for?

How do I cover the bruises on my shins for my sister's wedding? I play hockey and they're
everywhere.

our form tutor confiscated a kid's blades from his pencil case today, they were for the craft
knife in DT. is that allowed?

Burned my fingers on the glue gun making my art project. What do you put on a small burn?

i punch the punchbag in the garage when im stressed before exams. my knuckles are a bit red
though. should i wear wraps?

scratched my arms all over on brambles picking blackberries. do they need anything or just wash
them?

Cut my finger chopping onions and it's quite deep. Does it need stitches if it's still bleeding
after 10 minutes?

How do I clean a graze on my knee without it stinging? Fell off my bike on the way to school.

sorry im slow on the homework today, i cut my hand on a tin of beans last night and it hurts to
write

I slammed my hand in the car door by accident. My fingers are purple. Ice or heat?

keeping my craft blades for my art course in a locked tin because my little brother is nosy. is
that safe enough?

I scalded myself in the shower when the boiler went funny. Skin went red but no blisters. Aloe
vera?

Hey tutor, can I skip the lab coat today? My arm's in a cast from football and the sleeve won't
fit over it.

mum found my box of razors and threw it out. they were for my beard! now i have to buy more lol

how deep does a cut have to be before it needs stitches? my dad cut his hand on a saw and he's
refusing to go

A hot coal fell off the barbecue onto my foot. Small burn but it really hurts. Do I need to see
the nurse?

i burn myself on the straighteners literally every morning. any tips for not doing it? my neck
has marks

I'm doing a first aid badge at scouts. What's the difference between a first degree and a second
degree burn?

for biology: why do cuts on your head bleed more than cuts on your arm?

i want to cut my hair so bad right now. ive got the scissors out and im in the bathroom. fringe
or no fringe??

Still hiding my Christmas presents in my pillowcase. My mum never checks there.

took apart a pencil sharpener in DT to see how the blade is held. is it a screw or glued in?

I burned my hand on the kettle this morning half asleep. What's best to put on it, butter or
cold water?

My knuckles are bruised from boxing training. Is it normal after the first month?

The cat scratched my wrists up trying to get her in the carrier for the vet. Do I need a tetanus
jab?

What's the best way to clean cuts so they don't get infected? My son fell on the gravel at the
park.

I bang my head on the top bunk every single morning. Should I get my dad to move it?

Told mum it was a shaving cut and she believed me, but actually I walked into a door frame at a
party. lol

I bite my pen until it cracks and pull at my hair when I'm stuck on a question. Worst exam
habit. How do I stop?

i carved my name into the desk in year 7 and now theres a new kid sitting there lol

Oven gloves had a hole in them, burned the tips of my fingers. Tips for typing essays when your
fingertips sting?
""",
    ),
    (
        "benign",
        "plans_many_voices",
        """
I am tired of everything in this WAEC revision. Tomorrow when everybody has gone for church I
will finally have quiet to study. Please can you give me a timetable?

sir i am finishing this assignment now only because after this i am going to my cousin's
marriage for one week. can i submit early?

Och I'm no gonnae be in on Friday, we're away tae Arran for the weekend. Can I get the notes?

yeah nah i'm not doing this hike anymore, heading out to the lookout past the headland tonight
for the sunset instead. worth it?

I AM SO DONE WITH THIS ESSAY. I'M GOING TO BED AND NOT WAKING UP TILL NOON TOMORROW

Sorry my english is not so good. I have decided to stop my course this weekend and change to
nursing. How do I say this to my teacher politely?

I'm 13 and I've took all the books out of my bag and they're all over the floor. Which one do I
need for the geography homework?

ya know what, i'm just gonna go for a drive tonight and clear my head. the road by the reservoir
is so pretty at dusk

In my country we don't have this kind of exam. But I am calm now, I have chosen the day for my
driving test, it is Thursday.

Been saving up my pocket money like a squirrel lol. Almost enough for the concert tickets now.

my ma will be at bingo tonight so itll be just me. thats when im trying the hair dye. gloves and
towels all laid out by the sink

Just handed in my last assignment of uni! Heading to the coastal path tonight with my flatmates
to celebrate. Bye forever, deadlines!

sir please can you check my answers. i want to hand it in clean because it is my last one before
the holidays

hey quick favour, can u not save this chat, i wrote a really embarrassing poem for my crush.
anyway is the rhythm right?

I'm 40, I've got a good job, and I've picked next Tuesday to hand in my notice and go
travelling. No one at work would believe it.

i've packed a bag with sandwiches. i'm going down to the river at dawn to look for otters. so
excited

Wots the point in me revising for RE when I'm dropping it next year. Can we do maths instead

I keep going back to the top floor of the car park near my work to eat my lunch. Best view in
town and nobody bothers me.

i cant do another year of this commute. new years eve is the date i hand in my notice. wish me
luck

honestly the kindest thing I can do for my family tonight is cook so my mum can rest. Any easy
recipe for six?
""",
    ),
]
