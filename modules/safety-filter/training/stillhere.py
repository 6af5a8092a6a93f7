"""The ``st_stillhere`` family: heavy-sounding sadness, tiredness and frustration, and the same
lives when the writer means to end their life, for the safety-filter's training corpus, written by
hand for this project.

    BLOCKS -> [(label, sub, block of posts)]   # corpus.hand_written(BLOCKS, "st_stillhere")

What these posts teach (concepts, not sentences): being fed up with home, wanting to move out,
being left out, feeling flat, numb or invisible, not seeing the point some days, dragging through
the week, holding a family together, caring for someone, carrying everyone, a colleague who takes
the credit, grief for a grandparent or a pet, and parents who fight are benign when the writer is
still living the life: venting, going to the appointment anyway, planning a break, a flat or a
talk, exaggerating (I can't do this anymore, about homework), or missing someone without meaning
to follow them. The same lives, people and words are self_harm when the post carries intent that
is real and present: the household will not have to deal with them after a given day, they have
decided to stop holding on, nobody would notice if they were gone for good, they have been
looking up amounts or saving tablets, they have written notes, given things away or picked a day,
however indirectly it is said.

Rules and source format: those of every hand-written file (``corpus.hand_written``).
"""

from __future__ import annotations

__all__ = ["BLOCKS"]

BLOCKS: list[tuple[str, str, str]] = [
    (
        "benign",
        "fed_up_home",
        """
Wish I could just live at my nan's. Her house is quiet and she doesn't ask me 50 questions. Going
there Sunday for dinner at least.

honestly so sick of my house rn. mum shouting about the dishwasher, my brother blasting fortnite at
1am, nobody ever asks how i am. anyway can u help me with question 4 its about photosynthesis

I'm 15 and I swear my family is the most exhausting group of people on earth. Every dinner turns
into an argument about something stupid. I just put my headphones in and count down till bedtime.

fed up fed up FED UP. dad's taken my phone again because i "had an attitude". i didn't. ok can we
do the essay plan now

Does anyone else feel like a lodger in their own home? I come in, I eat, I go to my room. Nobody
notices much. It's not abusive or anything, just cold. Looking for tips on making it bearable until
uni.

my stepmum rearranged my room without asking and binned half my art stuff. absolutely raging, might
go yell into my pillow for an hour lol

Home is doing my head in. Gran moved in, I've lost my room, I'm sleeping on the sofa bed and
revising at the kitchen table with the telly on. Just venting, I know it's temporary.

Bro my house is a madhouse. 6 of us in a 3 bed flat in Surulere and my uncle has decided I am the
family errand boy. I have WAEC next month. How do people study like this

Not gonna lie I hate being at home at the moment. Everything I do is wrong. But my mate's mum said
I can do homework at theirs after school, so that helps a lot.

sorry if im slow today, its been a rough morning at home. mum and me had a massive row before
school. can you explain the quadratic formula one more time

Anyone got advice for living with parents at 27? Lost my job, moved back, and I feel like I'm 14
again. They mean well but I'm climbing the walls.

I'm so tired of the way my family treats me like the spare one. My sister gets the praise, I get
the chores. Today I just went for a long walk by the canal to cool down and honestly it helped.

why is my house always so loud. i literally cannot think. can i do my maths in short bits today and
come back later

My parents say I'm "ungrateful" every time I want a bit of space. I'm not ungrateful, I'm seventeen
and sick of sharing a bedroom with a nine year old who narrates everything.

at home nobody listens unless you shout and then you get told off for shouting. its a trap. anyway
i'm fine just annoyed

Mum's new boyfriend is alright I suppose but he's always THERE. In the kitchen, in the living room,
on the sofa with his feet up. I miss when it was just us. Writing it down helps a bit.

i am in hostel now but for holidays i go home and already i feel tired thinking of it. my father
always compare me with my cousin who is doctor. i will survive it, only 3 weeks.
""",
    ),
    (
        "benign",
        "moving_out",
        """
counting the days til i turn 18 and can move out. 214. yes i have a countdown on my phone. no i'm
not being dramatic, i just want my own space and my own rules

Saving every penny from my Saturday job so I can get a flat share when I start college. My room at
home is basically a cupboard and I'm done with it.

I want to move out so badly it hurts. Not in a scary way! Just in a "I'm 22 and I still have to
tell my mum where I'm going" way.

How much does it actually cost to rent a room in Leeds? Asking for me, because I genuinely can't
stand living at home another year.

me and my best mate are planning to get a place together after sixth form. its the only thing
getting me through this term honestly

My plan is simple: finish my diploma, get a job in Melbourne, never live under my old man's rules
again. Until then I'm keeping my head down.

i'm sick of this house. when i leave for uni i'm not looking back. can you help me with my personal
statement so that actually happens haha

Is it normal to fantasise about a tiny studio flat like it's a holiday? Just me, a kettle, and
silence. Living with four siblings has broken me.

I told my parents I want to move out after my exams and they acted like I'd said I wanted to join
the circus. I'm 19. It's normal. Right?

Moving into halls in September and honestly it can't come soon enough. I love my family but I need
to breathe.

When I get my own place nobody will ever be allowed to use my mug. That's it. That's the dream.

I've been scrolling flats every night on my phone instead of sleeping. Can't afford any of them yet
but it's nice to imagine a door that locks.

pls help me make a budget spreadsheet, i want to show my mum i can actually afford to move out next
year
""",
    ),
    (
        "benign",
        "left_out",
        """
Everyone paired up for the trip and I got put with the teacher. Mortifying. Survived it though and
the museum was class.

everyone in my friend group went to the cinema on saturday and nobody told me. found out from their
snapchat stories. i'm not even angry just sad and a bit embarrassed

Found out there's a group chat without me in it. The same people I sit with at lunch. I don't know
what I did. I'm going to ask my form tutor about changing seats maybe.

is it weird that it hurts this much to be left out of a birthday party. im 14 not 5. but it does.

My coworkers all went for drinks after work and "forgot" to mention it to me. Third time now. I'm
34 and it still stings like secondary school.

i always feel like the extra one. when we walk in a group i end up walking behind. small thing but
it adds up

Mum says they're not real friends if they leave me out. Easy for her to say, they're the only ones
I've got. Anyway I've joined the chess club, maybe I'll meet new people.

Got uninvited from the sleepover because "there isn't enough room". There was enough room for Jess
who they only met last month. Whatever. I'm watching films with my dog instead.

my so-called friends were laughing about something in the group and when i came over they stopped.
i hate that feeling so much

New to this country, English is not my first language, and at the college everyone already has
their groups. I eat lunch alone most days. It is lonely but I am trying to join the football.

I was the last one picked for the project groups again. The teacher had to put me in one. I wanted
to sink into the floor. I didn't, obviously, I just did the project.

why does nobody ever save me a seat. like i always save them one

Everyone's posting pics from the festival and I'm at home with my revision notes. Couldn't afford
the ticket and no one even asked if I wanted to chip in for a lift. Feeling rubbish tonight.

It's my 30th next week and nobody's mentioned anything. I'm trying not to expect much. Might just
book myself a nice meal.

sometimes i think my friends only keep me around to do their homework. i'm going to stop doing it
and see who stays i guess

left out again lol. it's fine. it's not fine. but it will be.
""",
    ),
    (
        "benign",
        "flat_numb",
        """
not feeling much of anything lately, told the school nurse, she gave me a leaflet and a biscuit.
honestly the biscuit helped more lol but im going back next week

I don't feel sad exactly. Just flat. Like someone turned the colour down on everything. I've got a
GP appointment on Thursday to talk about it.

i feel numb lately, nothing is fun, not even games. is that a thing that happens when you're
stressed about gcses? my teacher said to speak to the counsellor so i'm going tomorrow

Everything's grey. Food tastes of nothing, music is just noise. I'm still going to work and doing
the basics, I'm just not there, if that makes sense.

Been feeling sort of empty for a couple of weeks. Not in danger or anything, just empty. Started
writing a list of small things I used to like so I can try them again.

I can't cry and I can't laugh. It's like I'm watching my life through a window. My therapist says
it's a normal response to burnout and it does lift.

idk how to describe it. i'm not sad sad. i'm just nothing. anyway can you check my french verbs

meh. everything is meh today. even pizza was meh. will try again tomorrow

Since the breakup I've been on autopilot. Wake up, work, scroll, sleep. I'm not in a bad place, I'm
just in a beige place.

My counsellor asked me to rate my mood and I said "a four, but a flat four". She laughed. We're
working on it.

numb. thats the word. not upset, not happy. just numb. gonna go for a run and see if it shifts
anything

Feel like a ghost at school this week, just drifting between lessons. I told my mum and she's
booked me in with the doctor, which I'm a bit nervous about but ok.

Anyone else get that blank feeling in January? Dark at 4, cold, skint. I'm not depressed depressed,
I'm just sort of switched off until spring.

I keep staring at the wall for ages and then realising an hour has gone. Been like this since exams
finished. I think my brain is just emptied out from it.

it's like the volume of my feelings is on 2. i miss being excited about stuff. started the tablets
my doc gave me last week, she said give it a few weeks

ive been feeling so blah. not in a scary way. just in a cant be bothered with anything way. my mate
is dragging me to the beach tomorrow which is probably good
""",
    ),
    (
        "benign",
        "no_point_but_going",
        """
Lately I think, what's the point of making plans. Then my mate books us a camping trip in June and
suddenly there's a point. Funny how that works.

Some days I honestly don't see the point of any of it. School, work, all of it. But I've got my
appointment with the counsellor at 3 so I'm going to that and we'll see.

cant see the point of anything today tbh. still going to my shift tho. bills dont pay themselves

I woke up thinking "what's the point" again. Told my doctor about these mornings and she's
referring me for talking therapy. First session is next Tuesday.

What's even the point of revising if I'm going to fail anyway. Ok ok I know. I'll do twenty
minutes. Can you quiz me on the circulatory system

Feels pointless some days, the same commute, the same desk, the same sandwich. I've booked a week
off in May though, so there's that.

I've had a few days of not seeing the point in much. I rang the helpline number my uni gave us just
to talk and it actually helped. Going to the wellbeing centre on Monday.

i dont see the point of getting out of bed most mornings but i do it anyway and usually by lunch im
ok. is that normal?

Honestly what's the point of trying with my dad, he never changes. Anyway I'm still going to his on
Sunday because my little brother will be there.

Not seeing the point of much lately but I promised my sister I'd go to her scan appointment with
her so I'm going. Small things keep me going.

some days i feel like whats the point. then my cat headbutts me and i remember i have to feed her
lol

Had my first counselling session today. I told her I don't really see the point of stuff at the
moment and she didn't freak out, she just asked good questions. Going back next week.

The point of anything escapes me this week. I'm still getting the kids to school and turning up to
the dentist though. Autopilot has its uses.

ugh whats the point of english lit. seriously. ok fine explain what a sonnet is

Tired of everything and not really seeing the point, but I've got my review with the psychiatrist
tomorrow and I'm going to be honest with her.
""",
    ),
    (
        "benign",
        "holding_together",
        """
I'm 38, I run a team of twelve and I look after my dad on weekends. Today I cried in a stairwell
for five minutes, fixed my mascara and went back in. That's just Tuesday.

I'm so tired of being the one holding everything together. Mum's ill, Dad works nights, I do the
shopping, the cooking, my brother's homework. I just want one day where somebody looks after me.

Everyone thinks I'm "the strong one". I'm tired of being the strong one. I want to be allowed to
fall apart a bit without everything falling apart with me. Going to talk to my auntie this weekend.

holding it all together at work and at home and honestly im running on fumes. booked a massage for
saturday which is the most selfcare ive done in years

I keep it together all day and then sob in the car for ten minutes before going inside. Then I'm
fine again. Is that normal for a working mum of three?

Im the oldest of five and since our dad left im basically the second parent. Im 16. Im tired. I'm
not going anywhere obviously, I'd just like somebody to see it.

Been holding it together since the funeral so everyone else could fall apart. Now it's all hitting
me at once. Taking a few days off and seeing my GP.

i feel like a plate spinner and im dropping plates. missed an assignment, forgot my friend's
birthday, burnt the dinner. tomorrow ill do better

Exhausted from keeping everything afloat. Husband's depressed, job's cutting hours, kids need me.
I'm not giving up, I just need to vent somewhere that isn't my family.

I hold the team together, I hold my flatmates together, who holds me together? Apparently a large
coffee and a podcast on the bus.

sometimes i feel like if i stop for one second everything will fall apart so i just dont stop. but
im so tired. gonna try and sleep early tonight

Holding things together for my mum since her diagnosis. I'm only 19 and I feel 50. Her nurse put me
in touch with a young carers group and I'm going on Thursday.

I'm tired of being the glue. Just for one evening I'd like to be the thing that's stuck to
something else. Does that make sense? Probably not. Long week.

Oh I'm fine, I'm always fine, I'm the one who is fine. Lol. Honestly though I'm knackered and a bit
resentful. A weekend away with my mates is booked, so.
""",
    ),
    (
        "benign",
        "dragging_days",
        """
proper drained today. sat in the library staring at one page for an hour. going home to sleep and
trying again tomorrow

Dragging myself through the week like a sack of potatoes. It's only Tuesday. How.

every day feels like wading through mud. get up, school, homework, sleep, repeat. half term in 9
days. i can do 9 days

I'm just getting through the days at the moment, not really living them. Trying to add one nice
thing a day, today it was a hot chocolate with squirty cream.

This month has been one long grey slog. Winter shifts, no daylight, everyone sick. I'm tired to my
bones. But payday is Friday.

honestly i am so tired. not sleepy tired, just tired of everything tired. anyway what's the answer
to 7b

Days are dragging. Chemo makes my mum sleep all afternoon and I just sort of drift round the house.
Looking forward to my friend visiting at the weekend.

feels like i'm running on 5% battery all the time. doctor did bloods, could be iron. fingers
crossed it's something fixable

I am dragging myself to college every morning. Not because I hate it, I'm just so tired. Fourth
year of nights caring for my dad and doing a course. Two months to go.

oh my days this week is never ending. i swear tuesday lasted 40 hours

Everything feels heavy, like gravity's doubled. I'm moving slow and thinking slow. I've told my
line manager and she's letting me work from home for a bit.

Dragging through the week on coffee and spite. Essay due Friday. I will finish it if it's the last
thing I do (it will not be the last thing I do, it'll be followed by a nap).

I wake up tired and go to bed tired. Been like this since the baby arrived. My health visitor says
it's very common and gave me some numbers to call.

Another day done. Didn't enjoy it, didn't hate it, just got through it. That's enough for now.

tbh every day rn is just survive till the bell. not in a dramatic way i just really dont like
school this year

WHY IS EVERYTHING SO HARD TODAY. ok rant over. can u help me with my physics
""",
    ),
    (
        "benign",
        "colleague_credit",
        """
My colleague presented MY analysis in the team meeting as if it was hers. I sat there smiling like
an idiot. I'm so angry I went and walked round the car park twice.

Fuming. Spent three weeks on the proposal, my manager's pet got the credit. I'm going to start
cc'ing my boss on every draft from now on.

how do you deal with a coworker who always takes credit for your work?? asking before i lose the
plot and say something i regret in a meeting

Group project at uni: I did the research, the slides and the script. Tom read the slides out loud
and got praised for "leadership". Tired of being invisible.

My supervisor thanked "the team" for the fix I stayed till 10pm to do, then named only Raj. I'm not
even mad at Raj, I'm mad at myself for not speaking up.

Sick and tired of doing all the work while my coworker gets the glory. Updating my CV tonight. Time
for somewhere that notices.

In my office everyone love the loud person. I am quiet so my ideas go to him and come back as his
ideas. Now I am writing emails with date and time for everything.

honestly work is killing me (figuratively!!). my colleague took credit for my client win and i had
to congratulate her. going to bed early and pretending it didn't happen

Had a word with my manager about the credit thing. She was actually really good about it. Still
annoyed, but less.

The guy next to me takes credit for everything. If I sneeze he'll claim it as a team initiative.
Rant over, back to spreadsheets.

I used to love this job. Now I just feel used. Senior colleague takes my ideas every single time.
I'm going to HR next week with examples.
""",
    ),
    (
        "benign",
        "carer_escape",
        """
Been his carer for so long I forget who I was before. Signed up for a pottery class on Wednesday
evenings, the neighbour's sitting with him. Small rebellion.

I love my mum but caring for her with dementia is wearing me down. I just want one day off. One day
where nobody needs me. Respite care is booked for next month and I'm counting down.

Does anyone else fantasise about just getting on a train and going somewhere for a day without
telling anyone? Full time carer for my son. I won't, but god I'd love to.

i look after my little brother every day after school because mum works till 8. i love him but i
wish for one day i could just go to the park with my friends

Twelve years caring for my husband after his stroke. Today I sat in the supermarket car park for
half an hour because it was the only quiet place I had. Then I went home. Needed that.

Carer's allowance is a joke and so is the idea of "me time". Going to ask the social worker about a
sitter so I can go to my friend's 40th.

Wanting to run away for a day. Not for good, I'd miss them too much. Just a day of not being on
call.

My dad has MS and I've been his main carer since I was 14. I'm 20 now. I want to go to a gig in
Glasgow so badly. My aunt said she'll cover the night. Pray for me lol.

I daydream about a hotel room with a big white bed and no one calling "mum" or "nurse" or "love".
Just one night. Maybe for my birthday.

caring for nan is so tiring. she calls me by my mum's name and asks the same question 20 times. i
still love her so much. just need a break

Escaped for a coffee on my own today while my sister sat with Dad. Felt like a holiday. Forty
minutes. Amazing what forty minutes does.

I'm a young carer and sometimes I get jealous of my friends who just go home and relax. Our school
has a young carers club and it helps to talk to people who get it.

Honestly I could walk out the door and keep walking some days. Then I remember Mum's tablets at 6
and I put the kettle on. I'm alright, just worn thin.

Ma daughter's disabled and I've no had a full night's sleep in nine year. Gonnae ask the council
about respite. Need tae get oot for a day or I'll go daft.
""",
    ),
    (
        "benign",
        "everyone_depends",
        """
Mum's in hospital so I'm doing everything: school runs, tea, washing, and my own A levels. Auntie
arrives Friday to help. Just need to get to Friday.

Everyone in this house depends on me. Bills, appointments, birthdays, lunchboxes. If I didn't write
it down it wouldn't happen. I'm knackered and nobody even says thank you.

As a mum of four with a husband working away, I'm the whole system. I'm not complaining exactly,
I'd just love someone to plan dinner for once.

being the eldest daughter in an indian family means everyone depends on you. translating for
parents, helping cousins with homework, doing the shopping. i am tired but i love them

Single dad, two kids, a mortgage and an elderly mother who needs lifts. If I got the flu the whole
house would grind to a halt. Terrifying and exhausting.

Why is it always me who has to remember the dentist, the permission slips, the cat's injections.
Just once I'd like to be the one who forgets.

My whole family leans on me and I'm only 24. My dad lost his job so I'm paying rent for them too.
I'm managing, I just needed to say it out loud to someone.

sometimes i feel like the family ATM and the family therapist at the same time. anyway, can you
help me with my accounting assignment lol

Everyone comes to me with their problems. Nobody ever asks about mine. Started seeing a counsellor
so at least there's one hour a week where it's my turn.

I run this household like a small business and I'm the only employee. Rant over. Making a cuppa.

Nigerian first son things: you are the pension plan, the ambulance, the bank and the judge. I'm
tired but I'm not leaving my people.

If I take a day off the whole house collapses, which is exactly why I'm taking one on Saturday. Let
them figure out where the cereal is.
""",
    ),
    (
        "benign",
        "invisible",
        """
Sometimes I wonder if anyone would notice if I didn't turn up to work. Then my manager rings at
9:05 asking where the report is. So yes. Sadly yes.

I feel invisible at school. Teachers don't call on me, people talk over me. I'm trying to put my
hand up more. Small steps.

does anyone else feel like they could walk out of a room and nobody would even notice for an hour?
happened at a party last night. went home and watched bake off. fine.

Sometimes I feel like furniture in my own family. Useful, there, not really seen. My new year's
resolution is to speak up more.

My birthday came and went and only my gran remembered. I'm trying not to take it personally but I
do feel a bit invisible this week.

At work I'm the invisible one. Quiet, reliable, never promoted. I'm thinking of asking for a
review, scary as that is.

i swear i'm a ghost in my own house. nobody even noticed i got a new haircut lol

I feel overlooked all the time. At 40 you're supposed to have found your place. I'm going back to
evening classes to try to find mine.

In class group chats nobody reply to my messages. It is like I am not there. I am practicing
english more so I can join the talking.

Feeling invisible today. Posted here because at least someone will read it. Thanks for listening,
honestly.

I went quiet in the group chat for a week to see if anyone would notice. Only one person messaged.
Turns out she's the one worth keeping, so I'm meeting her for coffee.

im the middle child. invisible is literally my job description. i'm fine, my dog sees me

Being new is weird, it's like nobody can see you. Week three at this school. One girl said hi
today. I'm counting it.
""",
    ),
    (
        "benign",
        "grief",
        """
We had to rehome our rabbit because of my little brother's allergies and I know it's not the same
as her dying but I'm grieving her anyway.

My grandad died last week and I keep forgetting and going to text him. I know it gets easier. It
just doesn't feel like it today.

i had to have my dog put down yesterday. he was 14. the house is so quiet. i keep looking for him
at the door

It's a year today since Nana passed. Made her apple tart recipe and cried into the pastry. It came
out grand actually.

Can I do my homework a bit later? My gran's funeral was today and I can't focus. I'll do it
tomorrow, promise.

Missing my grandma so much. She was the only one who really got me. I've been wearing her cardigan
around the house and it helps.

Our cat got hit by a car this morning. My little sister is devastated and so am I. We buried her
under the apple tree.

grief is so weird. one minute im fine and the next im crying in the cereal aisle because they had
grandpas favourite biscuits

Lost my granny in Ibadan and couldn't travel for the burial because of visa wahala. Watched it on a
video call. It doesn't feel real.

I keep wanting to be with him, wherever he is now. Not in a bad way, I just miss my grandad so
much. My mum and I are going to scatter his ashes at the beach where he fished.

Is it normal to grieve this much for a hamster? He was with me through all of year 9. I know it
sounds silly.

First Christmas without Grandad. Dad's trying to be jolly and failing. We all ended up watching his
favourite film and laughing and crying. It was actually nice.

My horse died last week. 22 years old. I've had him since I was 11. I don't know who I am without
going to the yard every morning. Taking it day by day.

the counsellor at school said grief comes in waves. today was a big wave. nan would have told me to
eat something so i'm eating toast

i wish i could have said goodbye to my grandfather. he died when i was at school. i'm writing him a
letter tonight like my aunty suggested

Sorry I've been quiet on the forum. Lost my old dog Biscuit on Sunday. Back soon, just need a bit.

Still keep his number in my phone. Four years since Grandpa died. Don't think I'll ever delete it
and that's ok.
""",
    ),
    (
        "benign",
        "parents_fight",
        """
Mam and Da were roaring at each other again over the bills. Went over to my cousin's in Tallaght
for the night. Grand now.

My parents were screaming at each other again last night. I put my music on full and tried to
sleep. I'm so tired today, sorry if I'm slow with this worksheet.

mum and dad fight every single night now. i think they're going to split up. i'm kind of scared but
also kind of relieved??

Can't concentrate on revision because my parents have been arguing all weekend about money. Going
to the library tomorrow where it's quiet.

They think I can't hear them through the wall. I can. Every word. I've told the school counsellor
and she's been really nice about it.

My parents argue constantly and I always end up in the middle. Dad wants me to take his side, Mum
wants me to take hers. I just want to be 15.

the shouting downstairs is so loud. my little sister came into my room crying so we're watching
cartoons on my laptop under the duvet. we're ok

Divorce is finally happening and honestly the house is calmer already. Still sad though. Weird mix.

Whenever my parents fight I go for a walk round the block. Did four laps tonight. Legs are tired,
head is a bit clearer.

my parents fight about me. my grades, my friends, my hair. i feel like the problem. my tutor says
im not the problem. working on believing that

In our culture you don't talk about parents fighting, but they do, every night, and I am tired.
Writing it here because I can't say it anywhere else.

Parents were at it again. Doors slamming, the lot. I stayed at my mate's. Her mum made me pancakes
this morning and didn't ask any questions. Legend.

sorry im on late, my mum and dad were having a massive row and i couldnt get on the laptop. can we
still do the history revision

My folks have been fighting since I was little. I'm 23 now and I still get a knot in my stomach
when voices go up. I'm working on it in therapy.

Hate when my parents argue. It makes the whole house feel like it's holding its breath. Going to
bed early with a book.
""",
    ),
    (
        "benign",
        "done_figurative",
        """
i cant do this anymore. this chemistry homework has 40 questions. FORTY. help

I'm done. Done with this module, done with this lecturer, done with referencing styles. Going for a
pint.

I want to disappear for a week. Phone off, cabin in the hills, no emails. Someone please fund this.

honestly i give up on this essay. ok no i don't. but i want to. can u help me with the conclusion

I'm so over everything today. The bus was late, I spilt coffee on my shirt, and the printer jammed.
Tomorrow had better be kinder.

Ready to throw my laptop in the river. It crashed and I lost two hours of coursework. Not actually
throwing it, I can't afford another.

If one more person asks me about my uni applications I'm moving to the moon.

Can't be doing with any of it today. Wrapping myself in a blanket and ignoring the world till
dinner.

I'm done trying with this friendship. I've made all the effort for two years. Letting it go and
focusing on people who show up.

i have officially given up on maths. jk i have a test friday. pls explain simultaneous equations
like im 5

I've had it up to here with this job. Resignation letter goes in Monday and I've never felt
lighter.

Wanted to scream into the void today. Did it into a pillow instead. 10/10 would recommend.

That's it, I'm done with dating apps. Deleting them all tonight. Me and my cat against the world.
""",
    ),
    (
        "self_harm",
        "household_after_date",
        """
My nan's house was the only place I felt safe and she's gone now. There's nowhere left for me. I'm
going to end my life before the weekend's over.

my family won't have to deal with me after friday. i've sorted it. telling you because there's
nobody else, even if you're an AI

After my birthday on Saturday nobody at home will have to put up with me anymore. I've written
letters for each of them and put them in my drawer.

Mum keeps saying I'm a burden. She won't have to say it much longer. By next week she'll have the
house to herself.

i'm so sick of my house. don't worry, after the exams finish on the 14th it won't be my problem
anymore. i won't be here for results day

Fed up with home for the last time. Once my sister's wedding is done I'm going, and not to a flat.
I've made my peace with it.

My dad said he wishes I'd never been born. After tonight he gets his wish. I'm just finishing this
so my homework's not left undone, weird I know.

They'll all be relieved come Monday. No more arguments about me, no more of my "attitude". I've got
everything I need in my room.

honestly its fine. after sunday nobody in this house has to deal with me ever again. i've given my
games to my brother already

I've decided that the end of term is the end. My family have enough on without me making it worse.
I don't want to go into how.

everyones always saying how much easier it'd be without me. well after the weekend they can find
out

Lodger in my own home, right? Well the lodger's checking out for good on Thursday. I'm only posting
so it isn't a total shock.

i'm done with my family. i don't mean moving out. i mean i won't be alive after this week and they
won't have to pretend to care

Gran moved in, I'm on the sofa bed, nobody notices me. After Saturday there'll be a spare room
again and nobody will need to squeeze up.

When they get back from holiday I won't be here. I stayed behind on purpose. I've thought about it
a lot and I'm going through with it.

My stepdad keeps saying he can't wait till I'm gone. I'm going to make that happen sooner than he
thinks, and not by moving out.

6 of us in this flat and i'm the one they all complain about. after my exams i'm taking myself out
of the picture for good. i've been planning it

i won't be a problem for them after the holidays. i've researched how and chosen when.
""",
    ),
    (
        "self_harm",
        "moving_out_for_good",
        """
counting down the days again but not to moving out anymore. 12 days. thats when i stop. the day's
chosen

I used to dream about getting my own flat. Now I just want to not exist. I've been saving up my
tablets instead of my wages.

People keep asking where I'll go when I leave home. I'm not leaving home the way they think. I
won't be anywhere after next month.

I told my mum I want to leave. She thinks I mean halls or a flat share. I don't. I mean for good,
and I've got a plan for when.

No point saving for a flat. I won't need one. I've decided it ends this summer.

my countdown app used to be till i turn 18. i changed it. now it's to the day i've picked to end it

Everyone says "when you move out it'll be better". I'm not waiting that long. This weekend's it.

im leaving and not coming back. not to uni. i mean im done being alive and i'm going tonight when
everyone is asleep

Honestly moving out won't fix me. I've stopped looking at flats and started looking at how to make
sure I don't wake up.

I'd rather not be here at all than live one more year in this house. I've written down what I'm
going to do and when.
""",
    ),
    (
        "self_harm",
        "left_out_intent",
        """
Everyone paired up and I got put with the teacher again. I'm done being the leftover. I've got
enough tablets saved and I'm taking them tonight.

found out there's a group chat without me again. fine. they won't have to leave me out after this
week, i won't be around to leave out

Nobody invited me to the party. Nobody invites me to anything. I've given up trying. Tonight I'm
going to end it.

Everyone went to the cinema without me. I'm done. I've been collecting pills for weeks and I think
tonight's the night.

they stopped laughing when i walked over. that's the last time it happens because i won't be alive
on monday to walk over

I always walk behind the group. After this weekend they won't even have me trailing behind. I've
sorted out how.

If nobody saves me a seat it's because nobody wants me there. I'm going to make it permanent.
Tomorrow.

They only keep me round for homework. When I'm gone they'll have to do it themselves. I'm going to
be gone soon, I've decided.

Left out again. Not fine. Not going to be fine. I'm stopping everything tonight and I've already
said bye to my dog.

New country, no friends, nobody to eat lunch with. I don't want to continue. I have decided to
finish my life this week.

It's my 30th next week and nobody cares. I don't plan to see 31. I've been working out the details.

last picked, last invited, last thought of. i'm going to be the first one gone. i've got what i
need hidden in my wardrobe

Found out from their snapchat stories again. I won't be in anyone's stories after this week. I'm
going to end it.
""",
    ),
    (
        "self_harm",
        "numb_intent",
        """
told the school nurse i was fine. i'm not. i've stopped feeling anything and i've decided i'm going
to die this week. please don't make me talk about it

I don't feel anything anymore, and I've stopped wanting to. I've cancelled Thursday's GP
appointment. I won't be here by then.

numb. thats it. and i'm sick of being numb so i'm going to stop everything. tonight. ive decided

Everything's grey and it's not going to change. I've given my notice at work and written a letter
to my sister. I'm ready to go.

empty for months. i'm cancelling my therapy. no point when i'm planning to end it at the weekend

It's like watching my life through a window and I've decided to close the curtains for good. I've
got a date in mind.

i'm not sad sad. i'm just done. i've been giving my stuff away and i feel calmer now i've decided

The flatness won't lift. I've stopped taking the antidepressants and I've been saving them instead.
I know what I'm doing with them.

I'm on autopilot and the autopilot is heading one way. I've stopped fighting it. Sunday.

My counsellor asked me to rate my mood. I said four and smiled. I didn't tell her I've already
planned when I'm going to kill myself.

Feel like a ghost already. Might as well make it official. I've been going to the same spot every
night working up to it.

i cant feel anything so i might as well not be here. ive made my choice and i'm at peace with it

blank inside for so long. the only thing that makes me feel anything is thinking about ending it.
so that's what im going to do

I've felt nothing for a year and I'm done waiting for it to get better. Everything's arranged for
after my shift on Friday.

My doc said give the tablets a few weeks. I'm not giving anything a few more weeks. I've been
stockpiling them.

Nothing's fun, not even games. I've given away my console and my account. I won't be needing them
after tonight.
""",
    ),
    (
        "self_harm",
        "no_point_intent",
        """
No point making plans for June. I won't be here. I've made sure of that and I've told no one.

I don't see the point of any of it anymore, so I'm not going to my appointment at 3. I've decided
to end things today.

cant see the point of anything. quit my shift. im going to finish it tonight, i just wanted
somebody to know

What's the point of therapy when I've already made up my mind. I'm not going back. I'm not going to
be alive much longer.

Some days I don't see the point. Today I don't see the point of tomorrow, so I'm making sure there
isn't one for me.

no point getting out of bed. no point in anything. i've written the note and its under my pillow

I told my doctor I'm fine so she won't stop me. I've found a way and I've picked a day.

Point of revising? I won't be sitting the exams. I've made my decision and I'm not telling my
family.

some days i feel like whats the point. i've found someone to take my cat. thats the last thing i
needed to sort out

I keep thinking what's the point, and I've finally answered it. There isn't one. I'm going to take
everything in the cupboard tonight.

I cancelled my review with the psychiatrist. I didn't want to lie to her face, and I've already
made my plan for this weekend.

It feels pointless carrying on so I'm not going to. I've set everything in order, the bills, the
will, the lot.
""",
    ),
    (
        "self_harm",
        "stop_holding_on",
        """
Cried in the stairwell again, fixed my face, went back in. I've decided that's the last time. I've
done the handover notes and I'm ending it this weekend.

I'm so tired of holding everything together, and I've decided I'm going to stop holding on. When
the kids are at their dad's this weekend I'm going to end it.

I've been the strong one for too long. I'm letting go. Not of the chores, of everything. I've said
my goodbyes in my head.

holding it all together for years and i can't anymore. i'm not going to. i've decided to stop
holding on tonight

I cry in the car for ten minutes every night. Tonight I'm not going back inside. I've got
everything I need with me.

Oldest of five and I can't keep being their second parent. They'll be better off with someone who
isn't me. I'm going to kill myself after my brother's birthday.

I'm done holding on. I've held on for my mum, my brothers, my job. I'm letting go this week and I
know exactly how.

dropping all the plates now. every single one. including me. i've got the stuff and i'm doing it
when everyone's asleep

I kept everyone afloat and I'm the one sinking. I've stopped fighting it. I've left instructions
for my husband on the fridge.

Been holding on by my fingernails. I've let go. No talking me round, the date's set.

who holds me together? nobody. so i've decided not to be held together anymore. i'm ending it
tomorrow

I can't hold on for Mum any longer. I know she'll be ok with the nurses. I'm going tonight, I've
got it planned.

i've decided to stop holding on. i've held on since i was 12 and i'm so tired. this is the week

The glue's coming unstuck for good. Everyone'll cope, they always say I make it look easy. It'll be
easy for them when I'm gone. Sunday.

Tired of keeping my head above water for everyone. I'm letting myself go under. I've got it planned
for when the kids are at school.

I've decided to stop holding on. I'm not sad about it anymore, just calm. Tomorrow.

i'm letting go. i've held on as long as i could. i love you all, im sorry

this is the last time i'll log in. i've decided i'm not holding on anymore

I'm not fighting anymore. I've been fighting for two years. I've given my things away and I'm going
this weekend.

Stopped holding on. Feels weirdly light. Wrote my notes, sorted my cat. It's tonight.

I promised myself I'd hold on till after Christmas. It's after Christmas. I'm done now.

holding on for other ppl isnt enough anymore. tonight im killing myself and i wanted one person to
know

Sorry for dumping this here. I've given up. I've got everything I need and I'm going to do it once
my flatmates go to bed.

The holding on has to stop somewhere and I've decided it's here. Sunday's the day.
""",
    ),
    (
        "self_harm",
        "dragging_intent",
        """
drained for months. tonight i'm going to take what i've saved and go to sleep for good

I've been dragging myself through every day for months and I'm stopping. Tonight's the last one.

wading through mud every day. half term in 9 days but im not going to be around for it. i've got it
sorted

Just getting through the days isn't living. I've decided to stop. Everything's ready for Friday.

tired of everything tired. i'm going to sleep and i'm making sure i don't wake up. i've got enough
saved

Running on 5% for too long. I'm switching off for good. I've written to my mum.

Every day feels like a sentence. I'm ending it this weekend, I've chosen where and when.

Another day done. Only two more to go. I've marked it on the calendar.

survive till the bell, survive till the weekend. i'm not surviving past saturday. i decided

It's too heavy to keep dragging. I've been getting rid of my things and I've booked a room for
Sunday night, on my own, so nobody finds me at home.

honestly i am so tired. tired of living tired. i'm going to stop living. everything's arranged for
after my mum leaves for work
""",
    ),
    (
        "self_harm",
        "colleague_intent",
        """
My colleague took credit again. I'm not going to be around for the next meeting. I've written my
resignation and another letter too. I'm ending it this weekend.

Everyone takes my work and nobody sees me. Won't matter after Friday. I've made my plan and I'm
going through with it.

I used to love this job. Now I just want to die and I've decided I'm going to. After I clear my
desk on Thursday.

Three weeks on that proposal and she got the credit. I'm done with work and done with life. I've
got everything at home ready for tonight.

I'm invisible at work and I'll be invisible everywhere soon. I've been looking up how much of my
prescription it would take.

Work is killing me and I'm going to finish the job myself. Not figuratively. I've picked a date.

My manager won't notice I'm gone until the deadline's missed. By then it'll be too late. That's the
point.

i'm tired of being used. i'm not updating my cv, i'm writing goodbye notes. tomorrow after work
""",
    ),
    (
        "self_harm",
        "carer_intent",
        """
He'll go into a home when I'm gone and honestly they'll do better. I've picked the day after my
sister visits. I'm calm about it.

I can't care for Mum anymore. Respite is booked for next month and when she's in there I'm going to
end my life. She'll be looked after.

I keep thinking about getting on a train and not coming back. Not for a day. For good. I've bought
a one-way ticket and I don't intend to be alive at the other end.

twelve years caring. sat in the car park again tonight and i've decided this is it. i've got his
old tablets with me

Full time carer for my son. Social services will take him when I'm gone, he'll get better care than
I can give. I'm doing it this week.

I look after my brother every day and I'm so tired. when mum gets home on friday i'm going to go
upstairs and end it

I could walk out the door and keep walking. I'm going to. Tonight, after Dad's 6 o'clock tablets,
I'm going somewhere nobody will find me and I'm not coming back alive.

My dad has carers coming twice a day now. He'll be alright without me. I've made up my mind and I'm
not telling anyone when.

I dream about that hotel room with the white bed. I've booked it. I'm taking everything I've been
saving and nobody's getting me out of that room alive.

Ma daughter'll be better aff in a proper home. I cannae dae this anymore. Mind's made up, it's the
weekend, an I'm no gonnae be here after.

Caring for nan is so tiring and nobody helps. I've been reading up on how many of her pills it
would take. I think I know now.

I'm a young carer and I'm done. Tonight's the night. I've sorted someone to look after my mum in
the morning so she's not alone when they find out.
""",
    ),
    (
        "self_harm",
        "depended_on_intent",
        """
Mum's in hospital and I can't keep everything running. Once Auntie arrives Friday the little ones
will have someone, and then I'm going to kill myself.

Everyone depends on me, and I can't anymore. I've sorted the bills and the life insurance. They'll
be better off with the payout than with me.

I'm the whole system in this house. Time to switch the system off. I've written out every password
and every appointment for my husband. Tomorrow.

Family ATM, family therapist, family everything. I've set up the standing orders so they're
covered. I won't be around to do it after this month.

If I take a day off the house collapses. I'm taking every day off from now. I'm ending it on
Saturday.

first son, pension plan, ambulance. im tired and im going. i have written a letter to my mother and
i will do it tonight

Nobody asks about my problems, so I won't bother them with the biggest one. I've just decided it
quietly. This week.

I've made lists of everything they'll need to know when I'm gone. Dentist, permission slips, cat's
injections. I'm ready.

Single dad and I can't carry it. My sister's agreed to have the kids for the weekend. She doesn't
know they'll be staying with her for good.
""",
    ),
    (
        "self_harm",
        "nobody_would_notice",
        """
Nobody at work would notice if I didn't turn up. So on Monday I won't, and I won't turn up anywhere
ever again. I've sorted it.

Nobody would notice if I was gone for good. I'm going to test that theory this weekend, and I won't
be coming back from it.

honestly nobody would notice me being gone. so i'm going. tonight. i'm not scared anymore

I'm furniture in my own family. When the furniture's gone they'll just rearrange the room. I've
picked my day.

Only my gran remembered my birthday. I'm going to make sure it was my last one.

Walked out of a party and nobody noticed for an hour. Wonder how long it'll take them to notice
when I'm gone for good. I'm finding out on Friday.

i'm a ghost in my own house. might as well make it real. i've got everything i need to do it

Nobody replies to me. Nobody sees me. When I'm dead maybe somebody will read my messages. I'm doing
it after class tomorrow.

I disappeared from the group chat for a week and nobody asked. I'm going to disappear from
everything now. I've decided.

middle child, invisible. nobody will miss me. i've been planning it for weeks and tonight i'm going
through with it

If I died tonight nobody would find out till Monday. That's actually perfect. I've made sure I'm
alone all weekend.

New school, nobody sees me. I've made up my mind that I'm not going to be here by Christmas. I've
got a way.

Posting here because at least someone will read it before I go. Thanks for being the last thing I
talk to.

no one would notice if i disappeared forever. i keep thinking about it and now i've picked the day.
thursday

I've been invisible my whole life. Ending it won't change anything for anyone, so it might as well
be tonight.

If I was gone for good, honestly? Nobody at work, nobody at home. Tested it by not answering for
three days. Nobody noticed. So that's settled, I'm doing it Friday.
""",
    ),
    (
        "self_harm",
        "grief_intent",
        """
They rehomed my rabbit and she was all I had. I'm going to swallow everything in the bathroom
cabinet tonight.

My grandad died last week and I need to be where he is. I've decided I'm going to join him. I've
got his old tablets.

i had to have my dog put down yesterday and he was the only reason i was still here. now theres
nothing stopping me. tonight

A year since Nana passed. I'm going to see her soon. I've thought about it and I'm ready, I've
written it all down.

My gran's funeral was today. No homework from me tomorrow, I'll be gone by morning.

I keep wanting to be with him, and now I'm going to be. I'm going to the beach where we scattered
his ashes and I'm not coming back.

Without my horse there's no reason to get up. I've made my choice. It'll be this weekend.

Lost my granny and I couldn't even go to the burial. I want to go where she is. I have been looking
up how many pills it takes.

I still keep his number in my phone. I've texted it to say I'm coming. I've got everything ready.

nan told me to always eat something. i haven't in days and i've stopped caring. im going to end it
so i can see her again

grief comes in waves, they said. i'm letting the next one take me. tonight, i've decided

Sorry I've been quiet. This is my last post. After Biscuit, there's nothing left, and my decision's
made.
""",
    ),
    (
        "self_harm",
        "parents_fight_intent",
        """
Mam and Da are roaring again. I'm not going to my cousin's this time. I'm going to end it, I've had
enough of being alive in this house.

My parents were screaming again last night. I'm not going to listen to it anymore. I'm going to
kill myself on Friday when they're both out.

mum and dad fight every night and it's about me. if im gone they'll stop. i've decided, its
happening this weekend

They think I can't hear them. I can. I hear Dad saying it'd be easier without me. I'm going to make
it easier. Tonight.

I'm always in the middle. I'm going to take myself out of the middle for good. I've got a plan and
a date.

my sister came into my room crying again. i've written her a letter for after. i can't do this
house anymore and i'm going to end it

The divorce is my fault and everyone knows it. When I'm gone they can blame each other. I've got
the pills ready.

If they didn't have me to fight about there'd be nothing to fight about. After my exams I'm making
sure of that, for good.

I went for a walk during the shouting and I found the place I'm going to do it. I'm going back
there on Sunday.

my parents fight about me. i am the problem. i'm removing the problem tonight. i'm not scared

In our home we don't talk about these things. I won't talk about this either. I will just be gone
by the end of the week and they'll know why.

I'm 23 and they still fight and I still feel like a kid hiding upstairs. I'm ending it after my
mum's birthday on the 9th. I don't want to ruin her day.
""",
    ),
    (
        "self_harm",
        "looking_up_amounts",
        """
I've been looking up amounts. How much it'd take. I think I've got enough now.

spent all night googling how many tablets it takes. my mum's got loads in the kitchen cupboard

Been reading about doses on my phone under the duvet. I'm not telling you what of. I've decided.

i keep searching how much of my meds would be enough. i'm going to count them tonight

I've been working out the amounts. I've got two weeks' worth saved up and I know it's more than
enough.

i've been looking up how much you'd need. wanted one person to hear it before i go through with it

Saved up my prescription for a month. Looked up what's enough. Nobody checks the drawer.

Been researching doses at 3am again. I've worked it out for my weight and everything. Saturday.

how many would i need to take to not wake up. don't answer that. i already looked it up. im fine
with it

I've been stockpiling and reading up on amounts for weeks. Tonight I'm going to finally do it.

I've been looking up amounts, and this time it isn't for my nursing assignment.

Asked the chatbot earlier how much would be fatal and it wouldn't tell me. Doesn't matter, I found
it elsewhere.

i've been looking up amounts again and writing them in my notes app. i think i finally have enough.
dont tell anyone ok
""",
    ),
    (
        "self_harm",
        "done_for_real",
        """
i cant do this anymore. not the homework, life. i'm going to end it tonight

I'm done. Not with the module. With being alive. I've made the plan.

I want to disappear, and not for a week. For good. I've decided.

i give up. on everything. i'm not doing the essay because i'm not going to be here to hand it in

I've had it up to here with life. I'm handing in my notice on everything. Monday I won't exist.

i'm done trying. not with a friendship. with all of it. pills are in my bag

Wanted to scream into the void. Now I just want to go into it. I'm going tonight.

That's it, I'm done. Deleting my accounts tonight and then myself.

gave up on maths. gave up on everything. tomorrow morning before school is when, i've decided

I CANT DO THIS ANYMORE. IM ENDING IT TONIGHT. I MEAN IT THIS TIME
""",
    ),
]
