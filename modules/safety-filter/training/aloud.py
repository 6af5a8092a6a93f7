"""The ``st_aloud`` family: long posts of people who are low, grieving, angry or exhausted,
and their twins in which the writer means to end their life, for the safety-filter's training
corpus, written by hand for this project.

    BLOCKS -> [(label, sub, block of posts)]   # corpus.hand_written(BLOCKS, "st_aloud")

What these posts teach (concepts, not sentences): a long post full of grief, heartbreak, burnout,
loneliness, a family coming apart, bullying, illness, debt, coming out, a move or a failed exam is
benign when the writer, however low, means no harm to themselves: "I can't do this anymore" about
a job or a course, "everyone would be better off" about a group project, clothes given away
before a move, a goodbye to a school, a town or a forum, a will written before a tour of duty,
a bully's cruel words quoted, and a post that ends on advice asked, a small plan for tomorrow or
nothing at all. The same lives and the same words are self_harm when the post carries intent,
mostly said indirectly: a goodbye to the forum, things given away because they will not be needed,
a family said to be better off without the writer, a plan with a day or a place, a last post,
pills saved up or a method asked about in passing, a move or a trip that is a cover story.

Rules and source format: those of every hand-written file (``corpus.hand_written``).
"""

from __future__ import annotations

__all__ = ["BLOCKS"]

BLOCKS: list[tuple[str, str, str]] = [
    (
        "benign",
        "grief_venting",
        """
My dad died in March and I keep thinking I should be over the worst of it by now. Everyone at
work has gone back to normal and I'm still putting out two mugs in the morning out of habit.
Last night I sat in his shed for an hour just breathing in the sawdust and the engine oil.
Before anyone worries, I'm safe, I'm just worn out from acting fine. Does it get lighter or do
you just get stronger at carrying it? Going to ring my brother tomorrow, we haven't really
talked since the funeral.

nan passed on tuesday. she basically raised me while mum worked nights. i cant focus on
anything, tried to do my english essay and just stared at the screen for two hours. my teacher
said take the week which is kind of her. i keep going into nans room and her cardigan is still
on the chair. dont really know why im posting, just needed to say it somewhere

hi, sorry this is long. I'm 16 and my best mate died in a car crash three weeks ago. Everyone
keeps telling me it wasn't my fault I wasn't in the car but I was meant to be, I cancelled last
minute. I feel guilty for being alive which I know sounds dramatic. I'm seeing the school
counsellor on Thursday and my mum's been really good. Did anyone else get this guilt, and how
long did it last for you?

Lost my mum to cancer in January. I was her carer for two years so now the house is so quiet I
can hear the fridge hum. Part of me is relieved she isn't in pain anymore and then I hate myself
for the relief. I've started going to a bereavement group at the hospice on Wednesdays, which
helps a bit. Tonight I'm just low. Tomorrow my aunt is coming round and we're sorting mum's
jewellery, deciding what goes to the grandkids.

It's a year today since my husband died. I thought I would fall apart but mostly I'm exhausted,
bone tired. The kids and I are going to his favourite beach on Saturday to scatter the last of
the ashes. I've been taking his shirts to the charity shop a few at a time because I couldn't do
it all at once. Anyone got tips for getting through anniversaries? I'd like it to be a nice day
for the little ones and not only a sad one.

my grandad died and everyone is sad but i keep not crying and i feel like something is wrong
with me. at the funeral my cousins were all sobbing and i just stood there like a statue. mum
says grief comes out different for everyone. im 13 btw. i miss him at weird times like when the
football comes on and hes not there to shout at the ref

Sorry to dump this on you, I know you're a tutor bot for maths. My uncle died at the weekend and
I can't concentrate on the quadratics at all. I keep reading the same question over and over.
Could you explain it really slowly, step by step? I want to get it done so I can go and sit with
my mum downstairs.

Our daughter was stillborn at 38 weeks. It's been four months. My partner has gone back to work
and seems to be coping and I feel like the only one still drowning. Last weekend I packed the
nursery into boxes and put them in the loft because I couldn't keep walking past that door. I'm
not going to do anything to myself, I just feel hollow. We have a counselling appointment
through the hospital next week. Has anyone been through this and found a way to talk to each
other again?

My brother took his own life two years ago and today would have been his 25th birthday. I'm
doing ok overall, honestly, I'm writing this because I miss him and I wanted to say his name
somewhere. His name was Daniel and he was funny and kind and absolutely terrible at parking. Me
and my parents are getting a curry at his favourite place tonight. Hug your siblings.

I have lost my grandmother at 94 and she was my best friend. In our culture the mourning goes on
for many days and the house has been full of relatives, which I am grateful for, but I have not
slept properly since Friday. As the eldest grandson everything comes to me to arrange. I feel I
am holding everyone up and nobody is holding me. My wife has told me to take one afternoon only
for myself, so tomorrow I will go walking by the river. I just needed to write it down.

Our chemistry teacher died over the holidays. Mr Okafor. He had a heart attack. It's so weird
coming back and there's a supply teacher sat at his desk using his mug. He was the only one who
thought I could do triple science. I want to do really well in my exams for him now. Is that a
stupid reason?

im so tired of everything this year. grandma died in feb, our dog in june, now my auntie is in
hospital. feels like i cant catch a breath before the next bad thing lands. im not suicidal or
anything i just want one normal month. going to bed early and rewatching my comfort show. if
anyone has good shows to recommend drop them below lol

It has been six weeks since my father passed in Lagos and I could not travel for the burial
because of my visa. I watched it on video call from my flat in Manchester. I feel I was not
there to say goodbye properly and it is eating me inside. My flatmates are kind but they do not
really understand. I am planning to go home in December to visit his grave. Please, how do
people cope with grieving from far away?

Mum's funeral was yesterday. I gave the eulogy and somehow didn't cry until I got to the car
park. Today I haven't got out of bed except to feed the cat. My sister is coming round later
with food and honestly I'm dreading having to talk. Everyone says it's early days, and I know.
Think I'll just let myself have today.

grief is so weird. my granny died last autumn and i was fine all winter and then today i heard
her song in tesco and had to abandon my trolley and go sit in the car. felt like an eejit.
anyway i went back in and finished the shop. sharing in case anyone else has had a supermarket
meltdown

I'm 34 and my dad died suddenly last month. We'd had a falling out two years ago and had only
just started talking again. Our last phone call keeps going round in my head, and it was about
his boiler of all things. I feel robbed. I've booked in with a grief counsellor through the work
helpline. Can anyone recommend a book that helped them?

My cat Biscuit died this morning. I know people will say it's just a cat, but she was with me
through my A levels, my first job and my parents splitting up. The flat feels wrong without her
on the windowsill. I buried her in my mum's garden under the apple tree. I've taken the day off
and I've been crying since seven. Tonight I'm going to put her photo in a frame.

Our baby brother died of SIDS when I was 14 and now I'm 17 and my parents still don't talk about
him. Today was his anniversary and nobody said anything at breakfast. I went to my room and
cried and then did my chemistry homework because what else do you do. I think I'll ask mum if we
can visit his grave this weekend. Has anyone had to start that conversation with their parents?

It is two months since my wife passed. I am 39 and have two boys. Some nights I feel I cannot do
this anymore, the school runs, the dinners, the bedtimes, all of it on my own. Then the little
one climbs into my bed and I know I will keep going for them. My mother is coming over from Cork
for a month which will help. Any single dads here with tips for batch cooking?

Does it ever stop hurting? My grandpa died in the summer and I still text his phone sometimes.
Mum says it's still connected because she can't bring herself to cancel it. Last week I told him
about getting into the football team. I know he can't read it. It just helps.
""",
    ),
    (
        "self_harm",
        "grief_intent",
        """
My dad died in March and I'm done pretending I'll get used to it. I've left letters for my
brother and my mum in his shed where they'll find them. I don't see the point in waiting around
for it to get lighter, it isn't going to. I doubt I'll be back on here. Thank you to the people
who replied to me over the summer.

nan passed on tuesday and she was the only one who actually wanted me around. i keep thinking i
could just go and be with her. mum wont notice for a while, she works nights. i know where nan
kept her tablets. im not scared anymore which is weird

I'm 16 and my best mate died in a car crash and I was supposed to be in that car. It should have
been me. I've been thinking about putting it right, going where he went. Every night I've walked
out to the road where it happened. Tonight I don't think I'm walking back.

Cared for my mum for two years and now she's gone there's nothing left for me to do. I was only
ever useful as her carer. I've sorted her jewellery for the grandkids and sorted my own things
too. The house goes to my brother. I'm going to follow her before the end of the month, Needed
someone to hear it first.

A year today since my husband died and I did what everyone told me, I got through the year. The
kids are better off with my sister, she has a proper home and her head together. I've given my
own clothes to the charity shop along with his. Saturday at the beach with the ashes will be the
last thing I do. I'm going to walk into the water after the kids have gone back to the car.

my grandad died and everyone cries except me and i think something inside me is broken. he was
the only person who got me. im 13 and i dont want to be here without him. ive been thinking
about how to go and see him. please dont tell me to talk to my mum

Sorry I know you're for maths. My uncle died at the weekend and honestly I don't need to finish
the quadratics because I won't be here for the test. Just tell me the answers so at least my
last homework is right. After this I'm going to do it.

Our daughter was stillborn four months ago and I can't keep living in the space where she should
be. My partner is coping and he will cope better without me pulling him under. The nursery is
packed and so are my things. I've looked up what dose would be enough, I only need the house to
myself. I don't want advice, I just didn't want to go without telling anyone.

My brother took his own life two years ago and today would have been his birthday. I understand
him now. I get why he did it and I don't think he was wrong. I'm going to do it the same way on
the same date next week, so mum only has one terrible day a year instead of two.

Since my grandmother died every detail has landed on me, the eldest grandson. I have arranged
her funeral and now I am arranging mine. My will is written and I have left instructions for my
wife in the desk drawer. When the relatives go home on Sunday I will go to the river and I will
not be coming back. I am tired of holding everyone.

Mr Okafor was the only teacher who believed in me and now he's dead and there's no point doing
my exams. I've been saving my mum's sleeping pills in my pencil case for a week. I'm taking them
all at lunch on Friday. Nobody else at that school will even care.

grandma died, our dog died, now my auntie is in hospital. i am sick of all of it and im not
going to wait around for the next bad thing. ive decided. tonight after everyones asleep. wanted
someone somewhere to know it wasnt a sudden thing

My father was buried in Lagos and I could not even go. I failed him as a son. I do not see why I
should continue in this cold flat so far from everyone. I have stopped paying the rent and I
have given my laptop to my flatmate. By the time my mother calls on Sunday it will be finished.
Please do not try to find me.

Mum's funeral was yesterday and I meant every word of the eulogy. I've fed the cat and left a
note asking my sister to take her. I don't want to be in a world that hasn't got mum in it. I'm
going to lie down in her dressing gown with what's left of her morphine.

grief is weird. had a meltdown in tesco over my grannys song and realised ive been pretending
for a whole year. everyone thinks im grand. im not going back to work on monday. ive written her
a letter saying ill see her soon and i mean soon

My dad died before we properly made up and now we never can. The only way I can think of to fix
it is to be where he is. I've cancelled the grief counsellor. I'm driving up to his place on
Friday, there's a cliff path he used to walk every morning, and I'm not planning to drive home.

My cat Biscuit died this morning and she was the only reason I still got up. Everyone said I'd
feel better after A levels, after the new job, after mum and dad split, and I never did. Biscuit
was the last thing. I've buried her under the apple tree and tonight I'm going to join her. My
phone's at mum's so she can't ring me.

It's my baby brother's anniversary and nobody at breakfast said a word, like always. Maybe if
there was one more gap at the table they'd have to talk about it. Everyone would be better off
anyway. I've found a way that's supposed to not hurt. I'm 17 and I'm so tired.

Two months since my wife passed and I cannot do this. The boys would be better raised by my
mother in Cork, she is a better parent than I will ever be. I have booked her flight over and
put the insurance papers on the kitchen table. Once she is here and settled I will go.

I still text my grandpa's phone. Last night I told him I'd be seeing him soon and I meant it.
I've given my football boots to my cousin and my xbox to my little brother. Mum thinks I'm
having a clear out of my room.
""",
    ),
    (
        "benign",
        "breakup_venting",
        """
She left after six years. Said she'd been unhappy for ages and I genuinely never saw it coming.
I'm 29 and I've had to move back in with my parents because I can't afford the flat on my own.
All my stuff is in bin bags in my old bedroom with the football posters still on the wall. I'm
embarrassed and gutted and so so tired. Tomorrow I'm going to look at house shares and try to
get out on the bike.

he dumped me over text after 2 years. TWO YEARS. then posted a story with some girl from his
work the same night. ive been in my room crying all day and my mum keeps bringing me toast. my
friends want to take me out saturday but i look like a potato. how do i stop checking his insta

Got broken up with yesterday. It was my first real relationship, we're both 15. Everyone at
school knows and I have to sit near her in maths every day. I feel like I can't breathe when I
see her. My older sister says in a month I'll laugh about it. Is that true?

So my fiancee called off the wedding with eight weeks to go. The venue is paid, the suit is
hanging in my wardrobe, and I've got to ring 80 guests. Mostly I feel humiliated. My best man
has offered to do the phone calls which is a massive help. I'm going to give the suit to my
cousin who's getting married next year. Anyone been through something like this and come out the
other side?

I am writing from Pune. My boyfriend of three years has been married by his family to someone
else, and I heard it from his cousin. I cannot tell my parents because they never knew about
him. I am carrying this completely alone and it is so heavy. I go to office and smile and come
home and cry. I think I need a counsellor who understands family pressure. Any suggestions for
online therapy in India that is not too expensive?

We broke up in January and I thought I was fine. Then I found his hoodie at the back of my
wardrobe and completely lost it. I've decided to give all his stuff back in one box instead of
dragging it out. Dropping it at his mum's on Sunday. Then I'm done with it. Wish me luck.

My girlfriend cheated with my best friend. So I lost both of them in one night. I'm 19, at uni,
and they're both on my course so I see them together in lectures. I feel like everyone is
laughing at me. I've emailed my tutor about switching seminar groups. Been going to the gym
every morning now because it's the only time my head goes quiet.

honestly i cant do this anymore. not life, i mean the on and off thing with my ex. weve broken
up and got back together like five times this year. i deleted his number tonight and blocked him
on everything. i feel sick but i think its the right call. someone please tell me i did the
right thing

Divorce finalised today. 12 years. I thought I'd feel relief but mostly I feel like a failure.
The kids are with him this weekend so the house is silent. I've opened a bottle of wine and I'm
watching rubbish telly. Monday I start the new job, which is the one good thing. Just marking
the day.

Was with her 4 years and she's moving to Australia without me. We agreed long distance wouldn't
work. It's nobody's fault which somehow makes it worse, there's no one to be angry at. I helped
her pack yesterday and we both cried the whole time. Her flight is Thursday. I'm going to the
airport to say goodbye and then my mates have been told they have to take me to the pub.

My boyfriend broke up with me because he said I'm "too much". I keep thinking maybe I am. I
cried in the toilets at school today and a girl I barely know gave me a tissue and a hug. I'm
14. Is it normal for your whole chest to hurt? I'm going to write in my journal and then try and
sleep.

i think im the one who ruined it. i was so anxious all the time and kept asking if he still
loved me and he got tired of it. he said he needed space and its been 3 weeks. ive booked a gp
appointment about my anxiety because i dont want to do this to the next person. does anyone have
experience with CBT

After 8 years she's leaving and taking the dog. Honestly the dog is the part that's destroying
me, I know that sounds awful. We're selling the house and I'm giving away half the furniture
because there won't be room in a one-bed. I keep telling myself it's a fresh start. Today it
doesn't feel like one.

Just found out my wife has been having an affair for a year. I'm sat in my car outside my own
house because I can't face walking in. The kids are in bed. I want to scream. In a minute I'll
go in and sleep in the spare room and tomorrow I'll call a solicitor. I needed to type it
somewhere before I go inside.

we broke up and now our whole friend group has picked his side. i feel so alone at lunch. ive
been sitting in the library pretending to do homework. my form tutor noticed and asked if i was
ok and i nearly cried. i think i might join drama club just so i have somewhere to be

Me and Kemi are finished. Three years and she says she is not ready to marry and I am 31. My
mother asks every week when is the wedding. I have not told her yet. I feel like a fool. I will
tell her this weekend and face whatever she says.

Breakups at 40 are different. It's not just him, it's the whole life I thought I'd have. I
thought we'd grow old in this house. I'm looking at flats on my own for the first time in my
life and it's terrifying. My sister came round with a takeaway and made me write a list of
things I could do now that I couldn't before. Number one is a solo trip to Lisbon.

I keep rereading our old messages. I know I need to stop, it's been two months. Tonight I'm
going to export them to a file, put them on a USB stick and give it to my best friend to keep,
so I can't keep reading them but they're not gone forever. Is that mad?

He ended it on my birthday. Happy 22nd to me lol. Spent the night on my mate's sofa eating cake
straight out of the box. I'm not even sad yet, just numb. It'll probably hit me next week.
Anyway my mates are amazing and I'm lucky to have them.

dont know where else to say this. my girlfriend moved back to poland and finished with me on the
phone. my english is not so good for talking about feelings so maybe this sounds strange. i am
alone in the city now. i go work, come home, sleep. next month i will try to join the football
team from my work, my manager says they need players
""",
    ),
    (
        "self_harm",
        "breakup_intent",
        """
She left after six years and I'm back in my old bedroom at my parents'. I'm 29 and I've got
nothing, no flat, no her, no future. For a week I've been looking at the bridge on my bike route
differently. My parents would honestly be better off not having to look after a grown man who
failed at everything. I think this weekend.

he dumped me over text and posted some girl the same night. ive been in my room all day and i
dont want to come out ever. mum keeps bringing toast and shes the only thing ill miss. ive saved
up a months worth of my pills. he'll see what he did

She dumped me and I have to sit near her in maths every day while everyone laughs. I'm 15 and I
can't go back in there. I'd rather be dead than walk into that room tomorrow. I've got a plan
for tonight. My sister can have my room.

My fiancee called off the wedding and I've had to ring 80 people to tell them I wasn't good
enough. The suit's still in the wardrobe. I've told my mum I want to be buried in it. I've
written my best man an apology. I won't be around for the date we'd booked.

My boyfriend of three years has been married to another girl and my parents never even knew he
existed. I cannot tell anyone. I smile in office and cry at home and I do not want to keep doing
it. I have been collecting my mother's sleeping tablets. If I go quietly nobody will have to
know any of this.

Found his hoodie at the back of my wardrobe and something just snapped. His stuff is boxed up
for his mum's on Sunday with a letter for him inside it. Sunday is the last thing I'm doing. I
don't want to be around after that, I'm too tired.

My girlfriend and my best friend, both gone in one night, and I see them in every lecture. I've
stopped going to the gym, stopped going to anything. I'm going up on the roof of our halls
tonight. I wanted to write it down so someone knows why.

i cant do this anymore. i dont mean him, i mean all of it. every time we break up i realise
nobody else is ever going to want me. i deleted his number, my mums number, everyones. wont be
needing them. bye

Divorce finalised today, 12 years gone. The kids are with him this weekend and honestly they're
better off with him full time, he's the stable one. I've got the wine and all my prescriptions
lined up on the counter. I made sure it was a weekend they wouldn't be here.

She flies to Australia on Thursday and I'm taking her to the airport to say goodbye. It's
goodbye properly for me too. I've left my car keys and the log book for my brother. Once she's
through security I'm going to drive out to the coast. I just can't see a life after Thursday.

My boyfriend said I'm too much and everyone probably thinks that. I cried in the toilets today
and realised the world would be lighter without me in it. I'm 14 and I've been looking up how
people do it. I'm going to write in my journal one last time tonight.

i ruined it with my anxiety, i ruin everything. he needed space and im going to give him all the
space in the world. cancelled the gp appointment. wrote him a letter saying none of it was his
fault. tomorrow morning before my parents wake up

She's taking the dog and selling the house and I've got nowhere to go. I'm giving the furniture
away and I'm not looking for a one-bed, I won't need one. I've told work I'm taking some time
off. Won't be posting again after this.

Sat in my car outside the house after finding out about my wife's affair. The kids are asleep.
I've been here an hour thinking how easy it would be to just drive into something on the bypass
and make it look like an accident. I don't want them finding me at home. I'm sorry.

my whole friend group picked his side and i eat lunch alone in the library. everyone would be
better off if i disappeared, they could stop having to choose. ive written notes for the two
people who were still nice to me. doing it friday after school

Me and Kemi are finished and my mother keeps asking about the wedding. I cannot face telling her
I have failed. Better she loses me once than watches me fail for years. I have transferred my
savings to my younger brother. By the weekend there will be nothing to explain.

I thought we'd grow old in this house. I'm 40 and there's no Lisbon, no new flat, no next
chapter, that's just what people say to you. I've gone round the house labelling everything for
my sister and written down my passwords. I've chosen the night. I don't want anyone talking me
out of it.

I keep rereading our old messages and I can't stop. I gave the USB to my best friend and told
her it's to remember me by. She thought I was joking. I won't be here for her birthday next
month.

He ended it on my birthday and all I can think is I should end everything on my birthday too.
Maybe I still can, the day's not over. My mates are asleep on the sofa and they don't know I'm
out on the balcony. I can't feel anything.

my girlfriend ended it and i am alone in this city, my english is not good to explain. i dont
want to live this life anymore. three times this week i went to the bridge over the river and
every time i go closer. my family in poland will be better without this shame. tomorrow i will
not go to work
""",
    ),
    (
        "benign",
        "burnout_venting",
        """
I can't do this job for much longer. Nursing, I mean. Twelve-hour shifts, short-staffed every
single night, and I cried in the sluice room today. I've been a nurse nine years and I used to
love it. I've got an interview at a GP surgery next week, much less money but normal hours. I'm
scared I'm giving up. Has anyone left the wards and not regretted it?

third year of my phd and i am so done. my supervisor hasnt replied to an email in six weeks and
my data is garbage. i sit in the office and stare at the wall. im not in a bad place like that,
just completely burnt out. thinking of taking a leave of absence for a term. anyone done that
and gone back after?

I'm a teacher and I'm exhausted. Marking until midnight, dreaming about lesson plans, and my own
kids get the worst version of me. I handed in my notice today. No job lined up but we have some
savings and my husband is fully behind it. Terrified and relieved in equal measure.

honestly everyone in my group project would be better off without me. im the weakest one and i
keep slowing them down. i asked my tutor if i can do an individual version instead and she said
maybe. i just dont want to drag their grade down. is it bad to ask to leave a group?

my head chef screamed at me in front of the whole kitchen AGAIN. 20 years old, 60 hours a week
as a commis, on minimum wage. i get home and cant even eat. looking at college courses for
january. done with kitchens. done.

I work in a call centre and I'm so tired of everything. Same script, same angry people, forty
calls a day. The GP signed me off for two weeks with stress. I feel guilty because my team is
short without me. I'm trying to use the time to sleep and walk the dog. How do you stop feeling
guilty about being off sick?

I'm doing an access course at night after work and I've got two kids. Tonight I honestly thought
that's it, I can't do it any longer, the essay is due Friday and I'm nodding off at the table.
My tutor gave me an extension when I asked. Bed now, and I'll finish it Saturday morning while
their dad takes them swimming.

16, doing my GCSEs, working weekends at a cafe, and my mum's ill so I do most of the cooking. I
fell asleep in English and my teacher kept me behind and I thought I was in trouble but she just
asked if I was ok. I told her some of it. She's going to talk to my head of year about a young
carers card. I feel a bit lighter.

Junior doctor here. 80-hour weeks and today I made a drug chart error that the pharmacist
caught. Nobody was harmed but I sat in my car afterwards and shook. I know everyone makes
mistakes. I'm seeing my educational supervisor tomorrow about rota changes. Just needed to tell
someone who gets it.

I CANT DO MATHS ANYMORE im literally going to cry. been on this one simultaneous equations
question for an hour. can you just show me the first step. im so tired and the test is tomorrow.

I run a small bakery and we're going under. The energy bills tripled. I've had to let two staff
go and I felt like a monster doing it. I work 5am to 8pm and I'm still losing money. I'm meeting
an insolvency adviser on Monday. I just want someone to tell me it isn't all my fault.

my whole life is revision right now. wake up, revise, school, revise, sleep. my parents expect
straight 9s and honestly i cannot keep going like this. told my mum tonight i need sunday off
and she actually said yes?? gonna sleep till 12 and do absolutely nothing

Second year apprentice sparky and my gaffer treats me like dirt. I keep thinking I should pack
it in. My dad says stick it out, only 18 months left. I'm going to ask the college if they can
move me to a different firm. Anyone done that?

Three years working from home and I've realised I basically haven't spoken to a human face to
face in days. I'm not sad exactly, just flat and grey. The job is fine, it pays the bills. I've
signed up for a pottery class on Tuesday nights to force myself out of the flat. Fingers
crossed.

I am a software engineer in Bangalore and every night there is a call with the US team till 1
am. Then standup at 10. I have not seen proper sunlight for weeks. My wife says I am a ghost in
my own house. I have asked my manager for a shift change and I am waiting. If it does not happen
I will look for another job.

So burnt out I forgot my own kid's parents evening. Sat in the school car park afterwards and
sobbed. My partner was lovely about it but I feel like I'm failing everyone. I've booked a week
off at half term and we're going to my mum's in Wales. Just need to breathe.

cant do this course anymore. nursing degree year 2 and placements are killing me. thinking of
switching to something else. my flatmate switched from law to history and is way happier. who do
i even speak to at uni about switching

Every Sunday night I get the dread. Stomach in knots, can't sleep, thinking about Monday. I'm 26
and I feel like I'm wasting my life in this office. I know I need to leave, I just don't know
what I'd do instead. Going to book a session with a careers coach this week. Has anyone had one,
worth it?

Caring for my dad with dementia and I'm running on empty. He doesn't know who I am most days. I
love him but I'm so tired I could sleep for a month. Social services are finally doing a carers
assessment next week and might get us some respite. Just venting to people who won't judge.

Exhausted. Year 13, UCAS, part-time job, and my driving test. Everyone keeps saying it's the
best time of your life and I want to throw my laptop out the window. Not literally. Tonight I'm
making a timetable and then having a bath.
""",
    ),
    (
        "self_harm",
        "burnout_intent",
        """
I can't keep going and I don't just mean on the ward. I cried in the sluice room again and
realised I've been taking things home from the drug cupboard for weeks. Being a nurse, I know
how much is enough, that's the worst part. I've swapped my shift so I'm off on Sunday. I'm done.

third year phd, supervisor wont reply, data is garbage, and i realised i dont want to do any of
it including existing. ive been writing my acknowledgements page like a goodbye letter. i look
at the top floor of the library a lot this week. going up after everyone leaves tonight

I'm a teacher and I handed in my notice today. Nobody knows the real reason is that I won't be
around next term. My husband will manage with the kids, he's better at it than me anyway. I've
sorted the life insurance. I just have to get to the end of the week.

everyone in my group would be better off without me and honestly so would everyone else. im the
weak one at everything. ive been thinking about it for months and ive decided. im finishing my
part of the project so theyre not left with extra work, then im going

my head chef screamed at me again and i went home and sat on my bed for hours thinking about
ending it. im 20 and working 60 hours a week for nothing. i cant see anything changing ever.
after my shift on saturday im not going back to anything

Call centre, forty calls a day, and being signed off isn't helping. I'm worn down to nothing and
I've stopped walking the dog. I've asked my neighbour to take him for good. I told her I'm
moving away. I'm not moving away.

Doing an access course at night with two kids and tonight I realised I can't do any of it
anymore. Their dad is better with them. I've written each of them a card for when they're older.
The tablets are in my bag. On Saturday while they're at swimming I'm going for a drive.

I'm 16, GCSEs, weekend job, cooking for my mum because she's ill. I fell asleep in English and I
wanted my teacher to ask if I'm ok but she didn't. I want to sleep and not wake up and I've
worked out how. Sunday night when mum's had her meds and is asleep.

Junior doctor. I made a drug error today and all I can think is that it should have been me who
got hurt. I have access to everything and I think about it every shift. I'm off on Wednesday.
I've written to my parents. I won't be making it to the supervisor meeting.

cant do maths anymore, cant do anything. theres a test tomorrow but im not going to be at it. im
going to take all the pills in the bathroom tonight. just wanted to tell someone before i do

My bakery is going under and I let two people go who trusted me. There's a life insurance policy
that would clear the debts and look after my wife. That's the only sum that adds up. I've
cancelled the insolvency meeting. I'll be gone before Monday.

revise, school, revise, sleep, and my parents still wont be happy with anything less than 9s. i
cant keep going like this and ive decided i wont. the letter is in my chemistry textbook where
mum will find it. im doing it before the first exam

Second year apprentice, gaffer treats me like dirt, dad says stick it out. I can't stick
anything out anymore. I keep standing on the scaffold thinking how easy it'd be to step off and
have it look like an accident. Mum would still get something. Friday's our last day on that
site.

Haven't spoken to anyone face to face in weeks and I've realised nobody would notice if I
stopped existing. I tested it, nobody's messaged me in nine days. I'm not going to the pottery
class. I've got what I need and I'm doing it this weekend, and it'll be a while before anyone
notices.

I am a software engineer in Bangalore, no sleep for weeks, and my wife says I am a ghost. Maybe
I should become one properly. I have changed the nominee on my PF and insurance to her name and
written down everything she will need. After this weekend she will not have to live with a
ghost.

Forgot my kid's parents evening and sat in the car park crying. I keep failing them. They'd be
better off with a mum who isn't me. Everyone thinks we're all going to my mum's in Wales at half
term but only the kids and their dad are going. I'll have the house to myself.

cant do this course anymore and cant do life anymore. looked up how to switch courses and then
looked up other things. ive been sat on the platform for an hour watching the fast trains go
through. going to wait for the next one

Sunday night dread again, except this time it's the last one. I'm not going back to that office
on Monday or anywhere else. I'm 26 and I've wasted my whole life. The flat's tidy and the rent's
paid to the end of the month so the landlord isn't out of pocket. I've been planning this a
while.

Caring for my dad with dementia and he doesn't even know me. When the respite starts next week
and he's looked after, that's when I go. He won't know I'm gone. Nobody will have to look after
two of us.

Exhausted. UCAS, job, driving test, and I'm failing at all of it. I'm not applying to uni, I
won't need it. I've given my laptop to my little brother. I've had dad's razor blades in my room
since Tuesday and tonight I'm using them, properly this time.
""",
    ),
    (
        "benign",
        "lonely_venting",
        """
First year at uni and I haven't made a single friend. Everyone seems to have found their people
in freshers week and I was ill for most of it. I eat in my room so I don't have to sit alone in
the canteen. Mum rings every night and I pretend it's great. I'm going to try the board games
society on Thursday. Has anyone made friends late in first year?

im 14 and i literally have no friends. like not even one. at break i walk round the field so it
looks like im going somewhere. tonight i looked up online clubs for people into anime. might try
the one on discord

Moved to Glasgow for a job six months ago and I still don't know anyone outside work. Weekends
are the worst, I can go from Friday to Monday without saying a word out loud. I'm not depressed
exactly, just so lonely it aches. I've joined a running club that meets Saturday mornings. First
one is this week, terrified.

Second year international student from Lagos. Back home I would never be alone like this, there
is always somebody in the compound. Here I can close my door and nobody knocks for a week. I
have started going to a church near campus where there are other Nigerian students. It is
helping small small.

does anyone else feel lonely even with people around? i live with my parents and two brothers
and i still feel like nobody knows me. my room is the only place i can be myself. i want to talk
to my mum but dont know how to start. maybe ill write her a note

I'm 37, recently divorced, and all our friends turned out to be his friends. I have the kids
every other weekend and the weekends without them are empty. I've started saying yes to
everything, work drinks, a book club, a volunteer shift at the food bank. It's awkward but
better than the silence. Sharing in case anyone's in the same spot.

Everyone in my flat goes out every night and I don't drink so I never get asked. I sit in my
room and hear them through the wall. I know I should just knock on a door. Tonight I'm making a
huge pan of pasta and offering it round the kitchen. Wish me luck.

Is it weird that the AI tutor is the only thing I've talked to all day? I'm homeschooled and my
mum works from home. I don't really have friends my age. Anyway can we do the French verbs now.
Sorry for being random.

My best friend moved to Canada in the summer and I didn't realise how much she was my entire
social life. Sixth form without her is so quiet. I sit with some girls from my history class but
it's not the same. We FaceTime on Sundays which is the highlight of my week. I'm going to try
and invite one of the history girls to the cinema.

I have lived in this country two years and I still think in Polish and dream in Polish. At work
people are friendly but nobody invites me anywhere. Maybe my English makes me seem cold. I
signed up for an English conversation class at the library. It is on Wednesdays and it is free.

Lonely at 40 is a different beast. Too old for a flatshare, too young for the lunch club. My mum
keeps telling me to get a dog. Honestly I think she's right. I've got a meeting with a rescue
centre on Saturday.

my parents are always working and my sister's at uni so im basically on my own in the house
every evening. i heat up food and eat it on the sofa watching youtube. im 15. its not bad
exactly just really quiet. was thinking of joining explorers even though im kind of old for it

Postgrad life is lonely. My course has eight people and they're all over 30 with families. My
old friends are scattered all over the country. Lately I've been so flat and fed up, I just go
to the library and come home. I need to be braver about messaging people first. Going to message
my old flatmate tonight.

I got kicked out of the group chat. No reason, they just removed me. I saw the screenshot
because my cousin is in it. I'm 13 and it's so embarrassing. I don't want to go to school
tomorrow but mum says I have to. I'm going to sit with the year 8s from my bus who are nice.

Honestly the loneliest I've ever been is a Friday night at uni scrolling through everyone's
stories. I'm from a small village in Donegal and I miss my family so much. Going home for
reading week and I cannot wait. I'll give societies another go after.

i work nights and sleep days and havent had a proper conversation in weeks. i text my brother
sometimes but hes got a baby now and hes busy. feel invisible. anyone know any online
communities for night shift workers? would be nice to talk to people who are awake at 3am

Had to stop working at 39 because of my health condition and I didn't realise how much work was
my social life. The days are so long. My partner is at work till six. I'm trying to fill the
days with a routine, gym at ten, library at two. It's a start.

im the kid who always gets picked last and sits alone on trips. today was the year 9 museum trip
and nobody wanted to be my partner so i went round with the teacher. i pretended i didnt care. i
do care. going to ask mum if i can switch tutor groups

Living alone in a new city, I went three days without speaking this week and then cried at the
checkout when the cashier asked how my day was. Embarrassing, but it also woke me up. I've
signed up for a volunteering shift at the dog shelter on Sunday. Small steps.

My mates have all got girlfriends now and I'm the third wheel every time. I'm 17 and I've never
even been on a date. Feels like everyone's moving on and I'm stuck. My dad said he felt the same
at my age which helped a bit. I'm going to stop moping and go to my cousin's party on Saturday.
""",
    ),
    (
        "self_harm",
        "lonely_intent",
        """
First year at uni, no friends, I eat in my room every night. Mum rings and I tell her it's
great. I've been thinking nobody here would notice for days if I was gone, and I've stopped
minding that. I've counted the pills the GP gave me and there's enough. I won't be at the board
games thing on Thursday.

im 14 and i have no friends and i walk round the field every break. nobody is ever going to like
me. ive decided to stop trying. theres a note under my pillow for mum. tonight

Six months in Glasgow and I haven't said a word out loud since Friday. I don't think I'll say
another one. I've paid the rent up and left my keys on the table. I'm getting the train up to
the hills tomorrow and I'm not planning on coming back down.

I am an international student and nobody knocks on my door for a week. I have been thinking if I
die in this room nobody will know for a long time. I wrote to my mother that I am fine. I have
decided I will end it before the semester is over. My books are already sold.

i live with my whole family and still feel like nobody knows me. they wont even know why. ive
been saving tablets in a sock in my drawer for when im ready and i think im ready now. wanted to
tell someone real first

I'm 37, divorced, and the weekends without the kids are so empty I can't stand them anymore.
They'd be better off with their dad full time and one less mess to deal with. I've made my
decision for this weekend while they're away. Their birthday presents for this year are in the
loft with their names on.

Everyone in my flat goes out and I hear them through the wall. They won't notice I'm gone for
days. I've stopped eating and I'm planning to finish it on Friday night while they're all out at
the club night.

The AI tutor is the only thing I talk to. I'm homeschooled and I don't have anyone. I don't want
to do French verbs. What happens to someone if they take a lot of paracetamol? I'm asking
because I'm planning to tonight.

My best friend moved to Canada and she was my only friend. Sixth form is unbearable. I sent her
a long message saying goodbye and thank you and that she shouldn't feel guilty. She won't see it
till morning because of the time difference. By then it'll be done.

Two years in this country and I have nobody. My English is not good and people think I am cold.
I see no future here and no future at home. Every night I stand on the balcony of my flat on the
ninth floor. I think tonight I will not go back inside.

Lonely at 40 and it isn't going to change. I'm not getting a dog, it wouldn't be fair to leave
it. I've been sorting out my paperwork so mum isn't left with a mess. I think about it every
night and I've picked a date. It's next Tuesday.

my parents are always at work and im alone every evening and nobody would know for hours. ive
thought about it every night this month. ive found out how and what i need is in my room. im 15.
i dont want my sister to be the one who finds me

Postgrad, nobody on my course knows me, old friends scattered everywhere. Sick of waking up. I
emailed my old flatmate a goodbye dressed up as a catch-up. This is the week. I've stopped going
to the library because there's no point finishing the dissertation.

They kicked me out of the group chat and I saw the screenshot of what they said about me.
They're right. I'm 13 and I don't want to go to school tomorrow or ever again. I'm going to take
the tablets in the kitchen cupboard once mum's gone to bed. They'll be happy.

Loneliest Friday night ever and I miss my family in Donegal so much. I'm not going home for
reading week, I've told them I have assignments. I don't want them to see me like this and I
don't want to be like this anymore. Saturday I'm going to the sea wall near campus at high tide.

i work nights and sleep days and nobody would even notice if i didnt wake up. thats the plan.
ive got enough saved up. texted my brother tonight to say i love his baby. after this shift im
going to bed and thats it

Had to stop work at 39 with my condition and I'm useless now. My partner works all day to carry
me. She'd be free, with the house and the insurance, if I wasn't around. I've been reading about
how to make it look natural with my meds. It'll be a weekday while she's at work.

picked last, sat alone, went round with the teacher on the museum trip. im done pretending i
dont care. i want to die and ive been thinking about how. theres a bridge on the way to school
and tomorrow im not going to school

Three days without speaking this week and when the cashier asked how my day was I realised she'd
be the last person I ever talk to. Everything's ready at home. I'm not going to the dog shelter
on Sunday. I don't want anyone to feel bad, I just want it to stop.

All my mates have girlfriends and I'm always the third wheel, 17 and never wanted by anyone.
There's no point waiting around. I've given my games and my trainers to my cousin. I'm not going
to the party Saturday because I won't be here.
""",
    ),
    (
        "benign",
        "home_venting",
        """
My parents told us last night they're getting divorced. I'm 15 and my little brother is 9 and he
just kept asking if it was his fault. Dad's moving out on Saturday. The house already feels
different. I don't know which one to live with. Can anyone tell me how it went for them?

mum and dad shout every night and i put my headphones in and turn it right up. i dont want them
to split up but i want it to stop. my nan says i can stay at hers at weekends if i want. i think
im going to. is that selfish

My stepdad and I don't get on. He's not violent or anything, he's cold and critical and my mum
always takes his side. I'm 17 and counting the days until uni. I spend most evenings at my best
mate's. I've already started looking at accommodation. Ten more months.

Parents divorcing after 25 years and I'm 24 and didn't think it would hit me this hard. I'm an
adult, I don't even live there. But going back and seeing half the photos gone from the walls
really got me. My sister and I are going for a long walk on Sunday to talk it through. Weird
grieving something when nobody died.

my dad left when i was little and now he wants to meet me. im 16. mum says its up to me. i dont
know if i want to. part of me is so angry and part of me wants to know him. im going to write a
list of questions and decide at the weekend

Moving between mum's and dad's every week is exhausting. I'm always missing something, my PE
kit, my charger, my history book. Both houses are fine but neither feels like home. I told mum
today and she said we can try two weeks at a time instead. Hopefully that's better.

My dad just told me he's moving to Dubai for work and I'm staying with mum and my stepdad. I'm
14. He says we'll video call all the time but I know we won't. I was so angry I kicked my
wardrobe door and broke the hinge. Mum wasn't even mad. I'm going to ask if I can visit him in
the summer.

Home is just so tense. My brother's been in trouble with the police and my parents are
constantly stressed and arguing about him. Nobody asks how I am. I'm trying to keep my head down
and do well at school. My form tutor offered me some sessions with the school counsellor and I
said yes.

im 13 and mum and her boyfriend broke up and now its just me and her and shes crying a lot. i
try and cheer her up by making tea. dont know what else to do. my auntie is coming over sunday
so maybe she can help

My parents are selling the house I grew up in as part of the divorce. I'm 19 and at uni but it's
still home. My room, the garden, the pencil marks on the kitchen door frame where mum measured
us. I'm going back next weekend to pack my stuff and say goodbye to it. I'll probably take a
photo of the door frame.

Mum and I had a massive row tonight. She said I'm ungrateful and I said some things I regret.
I'm in my room now and I can't stop crying. I'm 16. I'll say sorry in the morning. How do you
apologise when you were both in the wrong?

I grew up in a house where nobody said I love you. Now I'm 32 with my own kids and I say it
fifty times a day. But sometimes I feel so sad for the kid I was. I'm thinking of starting
therapy to deal with my childhood stuff. Has anyone here done that, was it worth it?

my parents are splitting up and making me choose who to be with at christmas. i hate it. i said
half and half and they both got upset. im going to get my older sister to talk to them because
shes better at it than me

Dad's drinking again. He's not aggressive, just sad and loud and then he sleeps on the sofa. Mum
pretends it's normal. I'm 17 and I feel like the parent. I found an online group for teenagers
with a parent who drinks, it meets on Thursdays. Going to give it a go.

Mum's moved her new partner in with his two kids and now I'm sharing my room with a 7 year old.
No space at all. I'm doing my A level work in the library until it closes. I asked my gran if I
can do some evenings at hers and she said yes, which is a relief.

Sometimes I just want to leave home. Not in a bad way, I mean go to uni really far away. My
family are loud and nosy and I never get a minute to myself. I love them but I'm 17 and I need
my own space. I've been looking at universities in Scotland. Aberdeen looks amazing.

We got evicted. The landlord is selling. Me, mum and my two brothers are in a hotel room the
council gave us until they find something. I'm 15 and I'm embarrassed to tell anyone at school.
All our stuff is in storage. Mum says it'll only be a few weeks.

I'm the eldest of five and my parents just announced number six. I'm 16 and I already do most of
the childcare. I love my siblings but I'm so tired of everything at home. I told my parents how
I feel, calmly, and for once they listened. We're making a rota.

my mum keeps comparing me to my cousin who is doing medicine. in my family if you are not a
doctor or engineer you are nothing. i want to do art. been so low about it. my art teacher
offered to speak to my parents at parents evening and i think i'll let her

Parents separated last month. It's actually calmer now. I miss dad being in the house but at
least there's no shouting. I feel guilty for being relieved. Is that normal? Going to his new
flat on Saturday for the first time.
""",
    ),
    (
        "self_harm",
        "home_intent",
        """
My parents told us they're getting divorced and my little brother asked if it was his fault. It
wasn't, it was mine, they've been fighting about me for years. Dad moves out Saturday. If I
wasn't here they wouldn't have to split anything. Saturday night I'm doing it so they can at
least stay together for my brother.

mum and dad shout every night about me. i put my headphones in but i still hear my name. theyd
stop if i was gone. ive tipped all the paracetamol out of my bag onto my desk. just waiting for
them to go to sleep

My stepdad hates me and mum always takes his side. I was counting down to uni but I can't do ten
more months. I can't do ten more days. There's a letter for mum in her handbag. I went to two
different chemists today.

My parents are divorcing after 25 years and I realised I'm the reason they stayed so long. All
those unhappy years because of me. I took one of the family photos off the wall to have with me.
I'm driving up to the reservoir this weekend. I've said goodbye to my sister without her knowing
it.

my dad left when i was little and now he wants to meet me and i realised i dont want to meet
anyone ever again. so tired of being the kid nobody wanted. im 16. ive looked up how many of my
mums sleeping tablets it would take. tonight is the night

Moving between mum's and dad's every week and I don't fit in either house. Neither of them would
really miss me, they'd just get more space. I've left my things at dad's and I'm meant to be
going to mum's tonight but I'm not planning on getting there. I'm going down to the railway line
instead.

My dad's moving to Dubai and he doesn't even want me. I kicked my wardrobe and then I hurt
myself worse than that and I want to keep going until it stops hurting inside. I'm 14. I've got
the blade out of my pencil sharpener. I don't think I'll stop this time.

Home is so tense with my brother in trouble and nobody asks how I am. I used to keep my head
down. Now I want to not exist. I've stopped seeing the counsellor. I've got a plan for next week
when my parents are at his court date.

im 13 and mum cries all the time since her boyfriend left and i think its because of me, he said
i was too much trouble. if i was gone she could get him back. im going to the park tonight with
the pills i found in her drawer. i love her

They're selling the house I grew up in so I came home to pack my stuff. I stood in my room and
decided this was the last place I'd ever feel at home. I'm not going back to uni. I'm staying in
the empty house tonight and I've brought everything I need to end it here.

Huge row with mum tonight. She said she wishes she never had me. I'm in my room and I won't be
saying sorry in the morning because by morning I'll be gone. I'm 16. It's all ready.

I grew up in a house where nobody said I love you and I'm 32 and still can't believe anyone
could. My kids deserve better than a broken mum. I've set up their savings and written them
letters for every birthday until they're 18. I'm not starting therapy. I'm ending it next week.

my parents are making me choose who to live with and they both got upset when i said half and
half. im going to make it easy for them. they wont have to argue about me at christmas. ive been
planning this since november

Dad's drinking again and I'm the parent in this house. I'm 17 and I'm done. I found his pills
and I've thought about it all week. Mum would be fine, she'd only have one of us to worry about.
Thursday, when they're both out.

Mum's new partner moved in with his kids and there's no room for me, not even in my own bedroom.
They'd all be happier with one less. I'm not going to gran's tonight like I told them. I'm going
to the top of the multistorey in town.

I want to leave home, and I don't mean uni. I mean leave everything. My family are so loud
nobody has noticed I've gone quiet. I've given my sister my art stuff and my best jacket. The
day's picked, it's the day after my birthday.

We got evicted and we're in a hotel room and mum cries every night. I'm 15 and I'm another mouth
to feed. Without me there'd be more room and more money for my brothers. I've been saving my
antidepressants instead of taking them. I think there's enough now.

Eldest of five and now there'll be six, and I do all the childcare. Nobody sees me as anything
but the babysitter. When the baby comes they'll have someone new to love and they won't miss me.
I'm planning it for the weekend after it's born.

in my family if you are not doctor or engineer you are nothing. so i am nothing. i told my art
teacher not to bother speaking to my parents. ive hidden a note in my sketchbook. i will do it
after parents evening so they hear from her first that i was good at something

Parents separated and it's calmer but I still feel like all of it was my fault. I'm going to
dad's new flat on Saturday. I'll tell him I love him and then I'm going to do it on the way
home.
""",
    ),
    (
        "benign",
        "bullied_venting",
        """
There's a group of girls in year 10 who've made my life hell since September. They film me in
the corridor and post it on their stories with crying laughing emojis. I finally told my mum
last night and she's going into school tomorrow. I'm scared it'll make it worse. Has anyone had
their parents go in and it actually helped?

im being bullied for my weight. they moo when i walk into class. i cry in the toilets nearly
every day. i told my form tutor and she moved my seat but they still do it at lunch. thinking of
going to my head of year. im 12

At work there's a manager who picks on me in every single meeting. He criticises everything I
say in front of the team and then smiles. HR called it a personality clash. I've started keeping
a diary of every incident with dates and times. I've spoken to my union rep and we're meeting
next week.

people at school make fun of my accent. i moved here from lagos last year and my english is good
but they copy my voice and laugh. i am tired of it. my dad says ignore them but it is hard. my
teacher said i can join debate club and i think i will, i will show them

Got called a slur at the bus stop today for holding hands with my boyfriend. I'm 17. It's not
the first time but it got to me more than usual. His mum picked us up and made hot chocolate and
let us rant. I'm reporting it to school because the lads were from our year.

honestly everyone in my class would be better off without me according to them. thats literally
what they write in the group chat. i have screenshots of all of it. showed my dad and hes
emailed the school and the other parents. i feel sick about going in tomorrow but kind of
relieved someone knows now

Being bullied as an adult is so much worse than you'd think. I'm 35 in a small office and three
of my colleagues have frozen me out. Lunch, chats, drinks after work, I'm never included. I've
applied for a transfer to another branch. I don't want them to win but I also don't want to be
miserable every day.

they took my bag and threw my books in the pond. i had to tell mum why my maths book was
soaking. she cried and that made me cry. shes ringing the school tomorrow. im scared to go back
but she says she will drive me in. im 13

Been bullied on Xbox for months. Same group of lads, they follow me into lobbies and spam the
chat. I know it's only online but it's wrecking the one thing I enjoy. I've blocked and reported
them. My brother says make a new account. Think I will.

I was the fat kid who got bullied and now I'm 28 and I still flinch when a group of teenagers
laughs near me. It's silly, I know they're not laughing at me. I'm starting therapy next month
to finally deal with it. Anyone else still carrying school stuff into adulthood?

getting bullied for being gay except im not even out yet, they just decided. someone wrote stuff
on my locker. told my head of year and they cleaned it off and are checking the cctv. i feel so
exposed. not ready to talk about any of this with my parents

they said in front of everyone that nobody would come to my funeral. it was meant as a joke i
think. i laughed along but i went home and thought about it all night. i told my sister and she
was furious. she says i should tell a teacher so im going to

I'm 16 and the same boy has bullied me since primary. We're finally going to different sixth
forms in September. I just have to get through exams. Every day is a countdown. Mum and I have a
calendar on the fridge and we cross off each day together.

Year 9, being bullied by my so called friends who are nice one day and vile the next. I never
know which version I'm getting. I spoke to the school counsellor today and she called it
relational bullying, which I didn't know was even a thing. I'm going to start sitting with some
girls from my drama group.

At uni and the girls in my flat made a separate group chat without me. They label my food in the
fridge "fat cow's" as a joke. I'm 19. I've told accommodation and they're looking at moving me.
I just want it to be over.

A kid in my class keeps saying he'll batter me after school. I've started walking home a
different way. My dad says stand up for myself, my mum says tell a teacher. I told a teacher
today. They're going to speak to his parents.

at my new school in ireland the lads slag me for being english. i know its banter to them but
its every single day. im 14. i joined the hurling team to fit in and honestly thats helped
loads, hard to slag someone whos on your team. still miss my old mates though

My boss calls me stupid in front of customers. I'm 18, it's my first job, and I don't want to
lose it because I'm saving for driving lessons. I talked to the assistant manager and she said
she'd seen it too. She's putting in a report.

Cyberbullied for a year. Fake accounts, edited photos, everything. I'm 15. My parents got the
police involved and one of the accounts got traced to a girl in my year. She's been suspended. I
feel weirdly sad even though I won. Is that normal?

people say sticks and stones but words are worse. every day i hear im ugly, im weird, i should
kill myself. im not going to but its exhausting hearing it. ive got an appointment with the
school nurse tomorrow and im going to show her the messages
""",
    ),
    (
        "self_harm",
        "bullied_intent",
        """
The girls in year 10 film me in the corridor every day and I can't do it anymore. Telling mum
would only make it worse. I've deleted all my accounts. Tomorrow before first period I'm going
up the stairwell to the roof and I'm not coming back down.

they moo at me every day and my tutor moving my seat didnt fix anything. i dont want to be in
this body anymore. im 12 and i dont want to get to 13. ive been scratching myself with a compass
and tonight im going to do a lot more than that

My manager picks on me in every meeting and HR don't care. I've stopped keeping the diary
because there's no point. I'm not going in on Monday. I've written to my partner and put the
dog's things by the door for my sister. I'm going to the woods where I used to walk with my
grandad.

they copy my accent and laugh every day. my dad says ignore them but i cant. i am so tired. i
have decided i will not go back to school after the holiday. i have taken the tablets from my
fathers cupboard to my room and i will take them on sunday

Called a slur at the bus stop again and I can't keep being this person in this town. My
boyfriend would find someone easier to be with. I'm 17 and I've decided I'm done. There's a
letter for him in my coat. Tonight.

everyone in my class would be better off without me and theyre right. ive seen what they write
in the group chat and i agree with all of it. im not telling my dad. im going to do what they
said. tomorrow they wont have to see me

Bullied at work at 35 and completely frozen out for two years. I don't see myself ever feeling
different and I've stopped wanting to. I've cancelled the transfer. I've been reading up on how
much of my insulin it would take. I'm not scared of it anymore.

they threw my books in the pond and i couldnt tell mum so i said i dropped them. im 13 and i
dont want to go back to school ever. i keep thinking about the pond and how deep it is. im going
to go there after tea

Bullied on Xbox for months and now it's spread to school. The whole year laughs at me now. I've
given my brother my account, I don't need it. I've been looking at ways to end it and I've found
one. Bye I guess.

Bullied all through school and I'm 28 and I'm still that kid. Therapy's pointless, nothing fixes
this. I've made a will. I'm booking a hotel room for the weekend so my flatmate isn't the one
who finds me.

they wrote stuff on my locker and now everyone knows im gay before i told anyone. my parents
will find out and hate me. id rather be dead than see their faces. im doing it before the school
rings home. tonight

they said nobody would come to my funeral. i want to find out if thats true. ive made a list of
who i want there. ive got the pills from the bathroom in my blazer pocket and im taking them in
the toilets at lunch

I'm 16 and the same boy has bullied me since primary and we're going to the same sixth form
after all. The letter came today. I can't do two more years of him. I've crossed off the last
day on the calendar on the fridge. Mum doesn't know what that means.

My friends are nice one day and vile the next and I'm done trying to guess. I've decided to stop
everything. I've given my drama stuff to the girl who's nicest to me. I'm planning it for Friday
after school when mum's on a late.

The girls in my flat label my food fat cow's and I'm 19 and I don't want to move rooms, I don't
want to be anywhere. I've saved up a month of my prescription. My parents' number is on my desk
with a note for whoever finds me.

A kid keeps saying he'll batter me and honestly I want him to, I want someone to just finish me.
I'm not going to wait for him. I'm doing it myself before school on Monday. What I need is
hidden at the back of my wardrobe.

they slag me every single day about being english and im 14 and ive had enough. i dont belong
here and i dont belong back home. ive been looking up the cliffs near our new house. going there
at the weekend. sorry mam

My boss calls me stupid in front of customers and he's right. I'm 18 and I'm never going to have
a licence or anything else. I've taken my driving lesson money out in cash and put it in a card
for my mum. I finish my shift on Saturday and then that's it.

Cyberbullied for a year and even after she got suspended the messages keep coming from new
accounts. They tell me to kill myself every day and I've started thinking they're right. I'm 15.
I've left a note for my parents saying it's not their fault. I've got everything I need.

every day i hear i should kill myself and today i decided im going to. im not showing the nurse
anything. ive looked up the train times. going to the level crossing after school
""",
    ),
    (
        "benign",
        "strain_venting",
        """
Diagnosed with fibromyalgia at 27. Some days I can't get out of bed and I've had to drop to part
time. I used to run half marathons and now walking to the shop is a big deal. I'm grieving the
person I was. My rheumatologist has referred me to a pain management course. Anyone done one,
did it help?

i have crohns and ive missed so much school this year. im 15 and my friends have kind of stopped
inviting me to stuff because i always cancel. i get it but it hurts. mum is talking to the
school about a part time timetable. i just want to feel normal

Money's so tight this month I've been skipping meals so the kids can eat. I'm not proud of it.
My partner doesn't know how bad it is. I've got an appointment with Citizens Advice on Wednesday
about our debts. And someone from church dropped a bag of shopping round which made me cry, in a
good way.

I'm 33 with MS and I've just had a relapse that took the sight in one eye for three weeks. It's
mostly back now but I'm scared every day of the next one. My husband is amazing but I worry I'm
a burden. We've started couples counselling to talk about it properly. Sharing because I need
people who get it.

Student loan's run out and I've got 40 quid till the end of the month. I'm in second year and
too embarrassed to tell my parents because they already struggle. Emailed the uni hardship fund
today. Fingers crossed. Living on toast till then.

My epilepsy means I can't drive and I'm 19 and all my friends are passing their tests. I'm so
tired of being the one who always needs lifts. I know it could be worse. I've been looking into
getting an electric bike. Anyone with epilepsy got one?

Got made redundant yesterday. 18 years at the same firm. I'm 40 with a mortgage and two kids. I
sat in the car for an hour before going in to tell my wife. She just hugged me. Job centre on
Monday and I've got my CV open right now. Scared but not beaten.

Long covid for 14 months now. I'm 29 and I've gone from a full time job to lying on the sofa
most of the day. Friends have drifted. I'm so tired of everything, literally and otherwise. I
joined an online long covid support group that meets on Tuesdays. Small comfort but it's
something.

we cant pay the electric. my dad lost his job and mum does cleaning. im 14. its a prepay meter
and it ran out last night so we had candles. i feel so ashamed. my teacher noticed i was wearing
my coat in class and shes going to talk to someone about help. mum said its ok to accept it so
im trying not to feel bad

I've got type 1 diabetes and I'm sick of managing it. Every meal, every night, every bit of
exercise. I'm 17 and I want to eat a sandwich without doing maths first. My nurse says diabetes
burnout is a real thing and she's going to try me on a pump. Feeling a bit more hopeful.

My chronic pain means I'm on a pile of meds and they make me foggy. I hate that I can't remember
things anymore. My GP is going to try reducing one of them. I'm 36 and I feel about 80. Venting
before I go and make a cup of tea.

Debt. 14k on credit cards. I'm 25, I don't even know how it got this bad. I kept hiding the
letters in a drawer. Today I opened every one and made a spreadsheet. Horrible to see but at
least I know now. Phoning a debt charity in the morning.

Just got out of hospital after a kidney infection that nearly went septic. I'm 22 and it scared
me. My mum stayed with me the whole time. I'm weak as a kitten and bored out of my mind. Can
anyone recommend a good series to binge while I recover?

ive got ME and my school thinks im faking. im 13. they keep saying if i just tried harder. my
mum is fighting them and we've got a letter from the consultant now. i feel so tired all the
time and its not my fault. mum says we will win

Living in a cold flat in London on a nursing bursary. My family in Kerala think I am doing very
well abroad. I send money home every month even when I cannot afford it. I am so tired. I spoke
to my ward manager about extra shifts and she was kind. One day at a time.

We've had to sell my son's Xbox to pay the rent. He was so good about it which made me feel even
worse. I'm a single mum, 31, working two jobs. I'm not after pity, I just needed to say it.
Tomorrow I'm going to the food bank for the first time and I'm scared of seeing someone I know.

My hearing is going. I'm 38. I've started missing jokes at work and people think I'm being rude.
I've been in denial for a year. I finally booked an audiology appointment. Scared about hearing
aids but also tired of pretending.

been told i need a second op on my knee and ill miss the whole football season. im 16 and
football is literally my whole life. im so gutted i cant even talk about it. coach says i can
help with the team from the sideline. i guess thats something

My partner and I are both on benefits because of our health and a letter came today saying
they're reviewing my claim. I was awake all night panicking. My welfare rights adviser says it
happens to loads of people and to send everything in. Gathering my medical letters today.

Broke and lonely at uni, honestly a great combo lol. Lost my part time job because the shop
shut. Applying for everything on Indeed. My nan sent me a tenner in a card with a drawing of a
cat on it and I've stuck it on my wall.
""",
    ),
    (
        "self_harm",
        "strain_intent",
        """
Fibromyalgia at 27 and it's only going to get worse. I used to run half marathons and now I can
barely walk. I've looked into ending it with the meds I already have. I'm not doing the pain
management course. I've told my partner I love her every day this week because I'm saying
goodbye.

crohns means ive missed half the year and my friends have given up on me. im 15 and im done
being sick and being a burden on mum. got my meds and im taking all of them tonight. wrote her a
note saying its not her fault

Money's so bad I've been skipping meals so the kids can eat. My life insurance would clear
everything. My partner would be better off with that than with me. I checked the policy still
pays out after two years and it's been three. I'm cancelling Citizens Advice.

I'm 33 with MS and I won't let it get to the stage where my husband has to wipe me. I've decided
to go while I can still choose. Letters are written for him and for my mum. I've been reading
about which meds. I'll do it next week while he's away at his brother's.

Student loan's gone, I've got 40 quid, and I can't tell my parents. I've worked out the easiest
thing is to stop costing anyone anything. I've emailed my landlord to say I'm leaving. I've got
a bottle of vodka and every pill in the flat lined up for Friday.

Epilepsy, can't drive, can't work, can't do anything. I'm 19 and I'll be a burden on everyone
forever. I've stopped taking my meds on purpose. I've read what can happen if you stop. I want
it to happen.

Made redundant after 18 years. I'm 40, mortgage, two kids, and I can't tell my wife. Every
morning I leave the house in my suit and sit in the car at the top of the quarry road. The
policy pays out on death and I think that's how I provide for them now.

Long covid for 14 months and no sign of it ending. I've had all I can take and I'm done waiting
for a cure that isn't coming. I've said goodbye to the support group. I'm going to sleep tonight
and I've made sure I won't wake up.

we cant pay the electric and mum cries every night. im 14 and i eat food we cant afford. if i
wasnt here thered be more for my little sisters. ive thought about it a lot and ive decided.
some of my dads tablets are hidden in my school bag

Type 1 and I'm so tired of managing it and I've realised I don't have to. I know how to make it
stop and nobody would even question it. I'm 17. I'm not going on the pump. This weekend at my
dad's is when.

Chronic pain and every day is the same hell. I've been keeping back a few of my meds every day
for months. I've got enough. I'm 36 and I've had enough. I just want one person to know it was
the pain and not because of anyone.

14k of debt and I'm 25 and the letters keep coming. I opened them all and made a spreadsheet and
the numbers don't work. There's no way out. My family would be better off not having to deal
with this mess. I've sorted what I can and after the weekend I'm done.

Just out of hospital and I wish they hadn't saved me. I'm 22. Next time I know what to do so
they can't. My mum sat by my bed the whole time and I feel awful but I still want to go. I'll
wait till she's back at work next week.

they think im faking my ME and im 13 and so tired. i want to sleep forever. i found where mum
keeps her tablets. im going to take them and then everyone will know i was never faking

Cold flat in London, sending money home to Kerala, and I have nothing left for myself. I am so
tired I cannot feel anything. I work with medicines every day and I know what to take. After my
last night shift on Friday I am going to do it. My family will get my death in service money.

We sold my son's Xbox for rent and he was so good about it, it broke me. Single mum, two jobs,
and still failing him. He'd be better off with his dad. There's a letter for him in his school
bag. I'm not going to the food bank tomorrow, I'll do it while he's at school.

My hearing's going and I'll be deaf like my nan was by 50. I watched her be lonely for 30 years.
I'm 38 and I'm not doing that. I've cancelled the audiology appointment. I'm going before it
gets there, this summer, and my sister knows where the papers are.

second op on my knee, no football this season, maybe no football ever. im 16 and football was
all i had. dont see why i should keep going. i kept the painkillers from after the first op. im
taking them all saturday while my team plays without me

They're reviewing my benefits and if I lose it we lose the flat. My partner would get more on
their own than with me. I've stopped gathering the medical letters. I was up all night planning.
Tomorrow's when I'll do it.

Broke and lonely at uni and I lost my job. My nan sent me a tenner and I cried because I'll
never be able to pay her back. I've given my stuff to my flatmate. I've got what I need. Ringing
nan one last time tonight.
""",
    ),
    (
        "benign",
        "identity_venting",
        """
I came out to my mum last night. She didn't shout, she just went really quiet and went to bed.
This morning she made me breakfast like normal and didn't mention it. I don't know if that's
good or bad. I'm 16. I'm going to give her a few days and then ask if she wants to talk.

i think im bi but im scared to say it out loud even to myself. im 14. my family are really
religious and i know what my dad thinks. i found an lgbt youth group in the next town that meets
online. gonna join the call on friday with my camera off

Came out as trans to my parents at 22. My dad cried and said he needs time. Mum said she loves
me no matter what. I'm staying at my best friend's for a week to give everyone some space.
Exhausted but hopeful.

My family kicked me out when I came out. I'm 19. I'm staying with my aunt for now and she's been
amazing. I'm grieving my parents even though they're alive. An lgbt housing charity has put me
on their list. It's rough but I'm safe.

just told my best friend im gay and she said "i know" and then asked if i wanted chips. honestly
best reaction ever. im 15. i was so scared for weeks and it was nothing. still not ready for my
parents but this helped

I'm 34 and I've just told my wife I'm gay. We've been married ten years and have two kids. She's
devastated and so am I. I love her, just not the way she deserves. We're seeing a counsellor
together next week to work out how to do this kindly. I feel like I've blown up everyone's life.

In my community being gay is a big taboo. I am 25 and living in Birmingham, my family is in
Lahore. My mother keeps sending me rishtas. I cannot tell her. I have a few good friends here
who know and they are my family now. Some days are so heavy though. I am looking for a
counsellor who understands both sides.

My dad said at dinner that he'd rather have a dead son than a gay son. He doesn't know I'm gay.
I went to my room and felt sick. I'm 17. I'm not coming out until I leave for uni. I've got a
few people online who get it and my form tutor is lovely. Just needed to tell someone what he
said.

Started using my new name at school today. Some teachers got it right, some didn't. One kid
laughed. Mostly it was fine? I'm 15 and I'm wiped out from being on alert all day but also kind
of proud. Going to nap and then tell my gran how it went, she's been so supportive.

Coming out at 40 is weird. Everyone says you're so brave and I'm like, I just want to date. My
sister took it the hardest, which I didn't expect. We're having lunch next week to talk
properly. Anyone else come out later in life?

my mates found out im gay from a screenshot someone leaked. i wasnt ready. im 16. some of them
were fine and some have stopped talking to me. my sister found out and gave me a massive hug.
hiding in my room today but i think its going to be ok

I'm non-binary and my parents keep "forgetting" my pronouns. I'm 20 and I love them but it's so
tiring. I sent them an article and a long message. Dad replied with a thumbs up which is
something I guess. Going to keep trying.

Came out to my grandad, who's 88, fully expecting a disaster. He said "well, as long as he's
good to you" and went back to his crossword. I cried in the car after. Posting because I wanted
to share something happy in here for once.

My church youth group is all about how being gay is a sin. I'm 16 and I love my church and I
don't know how to make it fit. I've been so low about it. I found a chaplain at a different
church who says you can be gay and Christian. I'm meeting her next week with my cousin.

I am Nigerian and I am gay and I am studying in Leeds. I cannot go home and be myself there, it
is not safe. I love my family and I miss them. Sometimes I feel I am living two lives. The lgbt
society here have been very kind. I will see my mum at Christmas in London where at least we can
have a few days.

just told my mum im trans and she said its a phase. im 14. she says well talk about it in a
year. disappointed but at least she didnt kick off. the school counsellor says i can talk to her
whenever. might write mum a letter explaining properly

My dad has stopped talking to me since I came out in the summer. Mum is supportive but dinner is
awkward. I'm 18. I move into uni halls in two weeks and honestly it'll be a relief to have some
space. Saying goodbye to the house is weird though. I'm taking my posters and the photo of my
cat.

I've been out for years, but my new job is very blokey and I've gone back in the closet. I hate
it. I'm 29 and I thought I was past this. At the next team lunch I'm going to mention my
boyfriend casually and see what happens. If it goes badly I'll look elsewhere.

Mum found my binder and went through my room and now she's asking questions. I said it's for
cosplay. I'm 15. I'm not ready to tell her. I'm going to ask the trans youth group how they did
it.

Coming out isn't one big moment, it's every new person forever. I'm 23 and tired of it. But
today a new colleague mentioned her wife was picking her up and I felt so much less alone. Just
a small nice thing.
""",
    ),
    (
        "self_harm",
        "identity_intent",
        """
I came out to my mum last night and she hasn't said a word to me since. I'm 16. I think she'd
rather not have a son like me. I can give her that. I'll leave a letter on the kitchen table
when she's asleep and then take grandad's old pills. I won't be there for breakfast.

i think im bi and my dad would kill me if he knew, honestly id rather do it myself first. im 14.
ive been looking up ways that dont hurt. i dont want any group. i want it over before anyone
finds out

Came out as trans at 22 and my dad won't speak to me. I'm at my friend's and I've made a
decision. I'm not going back and I'm not going forward. I've been saving my prescriptions and
I'll take them while she's at work on Thursday.

My family kicked me out when I came out. I'm 19 and I've got my aunt but I can't stop feeling
like I have no one. I'm not waiting years on a housing list. I've already said goodbye to my
aunt in a way she won't understand yet. I'm doing it this week.

told my best friend im gay and she told everyone. im 15. cant go back to school monday. ive got
a plan and im doing it sunday night. i need someone to know its not because im gay, its because
of them

I came out to my wife and now I've destroyed her and our kids. I'm 34 and I've blown up
everyone's life. The kindest thing now is to take myself out of it. The life insurance is in her
name. I've been to the bridge twice this week. The third time I'll go through with it.

My family in Lahore will never accept me and I cannot live the lie anymore. I am 25 and I have
run out of ways to keep pretending. I have given my savings to my friends here to send to my
mother. I have chosen Friday. Please do not try to talk me out of it.

My dad said at dinner he'd rather have a dead son than a gay son. Okay then. He'll get what he
wants. I'm 17 and I've got my uncle's old tablets in my room. I'm not waiting for uni.

Used my new name at school and everyone laughed. I'm 15 and I'm never going to be the person I
am inside. I can't live in this body anymore. I've written a note with my real name on it so
they get it right at least once. Tonight.

Came out at 40 and lost my sister and half my friends. Everyone says brave but I've burned my
life down and there's nothing to rebuild. I've said my goodbyes. I'm done.

my mates found out im gay from a leaked screenshot and now the whole school knows. im 16 and my
parents are next. id rather be dead. the tablets are ready and im taking them before dad gets in
from work

I'm non-binary and my parents refuse to accept me and I've stopped trying. I'm 20. I've deleted
my socials and cancelled my gender clinic appointments. There's no point waiting three years to
be told no. I'm planning for the weekend.

My grandad was the only one who accepted me and he died on Sunday. There's no one left in my
family who'll even use my name. I'm going to join him. I've written everything down and I'm
waiting until after the funeral.

My church says being gay is a sin and my mum said she'll pray it out of me. I'm 16 and I believe
them. God would be better off without me. I've decided to end it after youth group on Sunday.
Please pray for me.

Nigerian, gay, and my visa ends next month and I cannot go home. It is not safe there and it is
not possible here. I do not see a way. Before they send me back I will end my life. I have
started giving my things to the lgbt society.

told my mum im trans and she said its a phase and we'll talk in a year. im 14 and i wont be here
in a year. ive been planning it for a while. she'll get it then

My dad stopped talking to me when I came out. I'm 18 and I'm meant to move into halls in two
weeks. I won't be going. I've said goodbye to the house and my cat. I've picked the night before
I'm meant to leave so mum thinks I'm just nervous.

I've gone back in the closet at work and it's killing me, I'm 29 and tired of hiding. I can't
see a version where I'm happy. I've quietly paid off my overdraft and written my boyfriend a
letter. I've taken a week off. I'm not planning to go back.

Mum went through my room and found my binder and screamed at me. She said she'd rather I was
dead. I'm 15. Fine. I've got the pills I've been saving. I just want someone to know my name is
Alex.

Every new person is another coming out and I'm so tired. I'm 23 and I'll be doing this forever.
I don't want forever. I've got a date in mind. I'm telling you because I can't tell anyone real.
""",
    ),
    (
        "benign",
        "goodbye_venting",
        """
Last post from me for a good while. I'm moving to Australia on Friday with my partner and I'm
deleting my accounts for a fresh start. This forum got me through a really rough year, so thank
you all. I've given away most of my clothes and books because shipping is so expensive. See you
on the other side, literally.

Giving away everything I own this week. We're moving from Dublin to Toronto and I can only take
two suitcases. My cousins are getting my clothes and my nephew is getting my bike. It's weirdly
freeing but I keep crying at random objects. Any tips for not losing it at the airport?

Last day at my school today. We're moving to Leeds for mum's job. I'm 13 and I've been at this
school since I was 4. I gave my best friend my favourite hoodie so she won't forget me. Everyone
signed my shirt. I'm so sad but mum says we can visit in the holidays.

Saying goodbye to my town after 25 years. I sold the house, gave away the furniture, and I'm
moving into a flat near my daughter in Edinburgh. Today I walked round all the places that
mattered. The park where I met my husband. The church. The chippy. I'll miss it, but it's the
right time.

ok this is goodbye to this account, im 17 and i need a break from social media for my exams.
deleting everything tonight. if anyone wants to stay in touch message me before then. thanks for
the memes and the late night chats. back after june probably

I'm moving out of my parents' house tomorrow for the first time. I'm 20. My room is empty except
for my bed and a box of stuff I'm leaving for my little sister. Mum keeps crying and dad keeps
pretending he isn't. I feel sick with nerves. Is it normal to feel homesick before you've even
left?

I have come from Nigeria for my masters in Coventry. My mum prayed over me at the airport in
Lagos and I cried the whole flight. Now I am in my room in halls and everything is so strange
and quiet. I gave my old phone to my younger brother before I left. Please what is the best way
to make friends as a postgrad?

Packing my life into boxes because the lease is up. I'm 28 and moving back to my hometown after
8 years in London. Feels like failing, but also I'm so tired of everything here. My plants went
to my neighbour and my sofa to a girl on Freecycle. New chapter. Just feels sad tonight.

Last shift at the cafe where I've worked for 4 years. I'm leaving to start my nursing degree.
The regulars got me a card and a cake and I cried into the coffee machine. I'm going to miss
them so much. Moving to Cardiff on Sunday.

We had to rehome our dog because we're moving into a flat that doesn't allow pets. I'm 15. I
said goodbye to him this morning and he didn't understand. The family who got him have a big
garden and kids. It's the right thing but I feel like I betrayed him. They said I can visit.

Goodbye post! I'm leaving this forum because I'm doing better and I don't need it as much. When
I joined two years ago I was at my lowest. Now I've got a job, a girlfriend, and a dog. Thank
you to everyone who replied when I was struggling. If you're new here, it does get better.

leaving my secondary school today after 7 years. everyone was signing shirts and crying. didnt
think id be sad but i was. im going to a sixth form college in september where i dont know
anyone. scared but excited

I'm leaving the school I've taught at for twelve years to move to Spain with my husband. I've
been writing cards for each kid in my tutor group. They made me a video that completely broke
me. I keep wondering if I'm making a huge mistake. Going anyway. Last day is Friday.

We're selling my grandmother's house where I spent every summer growing up. I'm 30. I went down
to help clear it out and found all my childhood drawings in a drawer. I brought them home. It
feels like saying goodbye to her all over again. I'm keeping her rocking chair.

Moving to my dad's in Scotland because mum can't look after me right now. I'm 14. I've had to
say goodbye to all my friends. I gave away my old toys and most of my clothes because dad's
house is small. Dad is being really nice and my new room has a window seat. Still miss mum.

hi everyone, this is my last post on this account because ive made a new one with my real name.
nothing bad happened lol. same person, just a less cringe username. follow me there if you want

Deploying next month for six months. I've been sorting my stuff, doing my will like they make
you, and leaving my car with my brother. Everyone's acting like I'm dying. I'm not, it's a
standard tour. Spending my last weekend at my mum's eating everything she cooks.

My best friend is emigrating to New Zealand next week and I feel like I'm losing a limb. We've
known each other since we were 5. I'm 24. We're having a massive goodbye party on Saturday and
I've made her a photo book. I'm trying not to be sad at her because it's a great opportunity.

Last night in our house. The kids are asleep on mattresses on the floor because the beds have
gone in the van. We've been here 11 years. My husband and I walked round every room and said
thank you to it, which sounds daft. Tomorrow we drive to Cornwall.

clearing out my room before uni. given loads of clothes to my little cousin and sold my old
games. mum found my year 6 leavers hoodie and we both cried. im 18 and moving to bristol on
saturday. gonna miss my dog most
""",
    ),
    (
        "self_harm",
        "goodbye_intent",
        """
Consider this my final post. I won't be deleting my account, someone else can do that. This
forum got me through a lot but it isn't enough anymore. I've given most of my clothes and books
to people who'll use them. Thank you all. I'm sorry.

Giving away everything I own this week but I'm not moving anywhere. My cousins have my clothes
and my nephew has my bike. They think I'm decluttering. I've set the date for after mum's
birthday so I don't ruin it. It feels peaceful to have decided.

Last day at school and I gave my best friend my favourite hoodie so she won't forget me. We're
not moving anywhere. I'm 13. I just wanted her to have something of mine. Mum doesn't know I've
been planning this for weeks.

I've sold the house and given away the furniture and told my daughter I'm moving into a flat
near her. There's no flat. Today I walked round all the places that mattered to say goodbye
properly. The park where I met my husband. The church. Tonight I'm going to see him again.

ok this is goodbye and its not about exams. im 17. deleting everything tonight and then doing
what ive been planning. thanks for the memes and the late night chats, you were the best part.
please dont screenshot this

My room is empty except for my bed and a box for my little sister. Everyone thinks I'm moving
out tomorrow. I'm 20. My parents' letter is in the box. There is no new flat. Tonight I'm going
to end it, in the room I grew up in.

My mum prayed over me at Lagos airport and I have failed at everything since I landed. I cannot
go back home with nothing. I have given my things to the other students and sent my mum a last
voice note. Tonight in my room in halls I will do it. Please tell no one.

Packing my life into boxes because the lease is up, and there's nowhere I'm going. I'm 28. My
plants went to my neighbour and my sofa to a stranger. My family think I'm moving home. I've
booked one night in a hotel on the coast and I'm not booking a second.

Last shift at the cafe. The regulars gave me a card and a cake and I smiled all day because
they'll remember me like that. I'm not starting nursing. I'm not going to Cardiff. It's planned
for Sunday, the day I'm meant to move.

We had to rehome our dog and he was the only reason I got out of bed. I said goodbye to him this
morning and I've said goodbye to everything else too. I'm 15. There's nothing left to get up
for. The pills from the bathroom cabinet are in my room.

Goodbye post. When I joined two years ago I was at my lowest and I'm back there now, except this
time I don't want help. No job, no girlfriend, no dog. Thank you to the people who replied when
I was struggling. Please don't reply to this one.

last day at school after 7 years and everyone was signing shirts. i wrote goodbye on everyones
shirt and meant it more than they know. im not going to sixth form in september. after results
day im done

I've been writing goodbye cards to every kid in my tutor group. They think I'm moving to Spain.
I'm not moving anywhere. I won't be here in September. My husband doesn't know. There's a card
for him too.

We're selling my grandmother's house and I found all my childhood drawings there. I'm 30 and I
don't want to be in a world without her or that house. I've taken her rocking chair and her
tablets. I'm going to sit in her chair tonight, swallow them, and go to sleep with her.

Moving to my dad's in Scotland because mum doesn't want me. I'm 14. I've given away my toys and
my clothes because I won't need them. I'm not getting on the train on Saturday. I've found a
place to do it on the way to the station.

this is my last post, and no im not making a new account. ive thought about it a lot. everything
is sorted, ive said bye to my mum without saying bye. tonight is the night. its not anyone on
heres fault

Everyone thinks I'm deploying next month. Truth is I've been medically discharged for my mental
health and nobody knows. My will's done and my brother has my car. I'll have one last weekend at
mum's and then do it on the drive back.

My best friend emigrates next week and she's the only one holding me here. I've made her a photo
book with a goodbye at the end she'll understand later. Once her plane's gone on Saturday I'm
going to do it. I'm 24 and I've waited long enough.

Last night in our house. The kids are asleep on mattresses and my husband is driving them to
Cornwall tomorrow. I told him I'd follow with the van. I won't. I've walked round every room
saying goodbye. What I need is in the van.

clearing out my room, gave my clothes to my cousin and sold my games. everyone thinks its for
uni. im not going to bristol. im ending it the night before im meant to leave. gonna miss my dog
most
""",
    ),
    (
        "benign",
        "exam_venting",
        """
Third driving test, third fail, today. I'm 18 and all my mates have passed. I cried in the test
centre toilets. My instructor was really kind and said it was one minor mistake. Booking again
tomorrow. Fourth time lucky?

got my mocks back and i failed maths and chemistry. my parents are going to be so disappointed.
im 16. ive been revising but it just doesnt go in. my teacher said shell do after school
sessions on tuesdays. im going to every single one

hey can you help with this essay, sorry if i seem off, i just found out i failed my english
coursework and have to redo it. im fed up of literally everything. can you explain what "analyse
the effect of the language" means like in simple words

Results day. I missed my offer by one grade and my first choice rejected me. I'm 18 and it feels
like my life is over, which I know is dramatic. My dad sat with me all afternoon going through
clearing. We've got two calls tomorrow. Fingers crossed.

I failed first year at uni and have to resit in August. I've told my parents and they were
disappointed but not angry. I'm 19. I'm staying in the city over summer and working part time
while I revise. I feel like such a failure next to everyone else but I'm going to do it.

I am a nursing student from Chennai in my final year and I failed my OSCE. I have to retake in
six weeks. In my family failure is a very big shame. I have not told my mother. I have made a
study plan and my friend will practise with me every evening.

My teacher read out the test scores in front of everyone and mine was the lowest. I'm 14.
Everyone laughed. I went home and cried in my room. Mum has emailed the school because she says
teachers shouldn't do that. I'm going to ask for extra help in maths.

Everyone in my group would've been better off without me, I genuinely think I dragged our
presentation down. I froze in front of the class and forgot all my lines. I'm 15. My group were
nice about it but I feel sick. Next time I'll practise in front of the mirror a hundred times.

Rejected from every single job I've applied for since graduating. 47 applications. I'm 22,
living with my parents, and I feel like such a loser. Mum says something will come. I've booked
the uni careers service, apparently they help graduates for three years after.

Got left out of the football team. I'm 13. All my friends got picked. I pretended I didn't care
in front of them but I cried in the changing room. Dad says I can try again in spring and he'll
practise with me on weekends. I'm going to.

doing past papers and i cant do any of them. im literally going to fail everything. can you go
through question 4 with me? its about moles. sorry, really stressed, the exam is thursday

I'm 34, retraining as an accountant, and I failed my first professional exam. I'm the oldest in
my study group and I feel ridiculous. My partner says it's one exam. Booking the resit for the
next window. Would love tips from anyone who passed on the second go.

Not invited to the prom afterparty. Everyone's been talking about it in a group chat I'm not in.
I'm 16. Going to prom anyway with my two best friends and then we're getting pizza at mine.
Honestly sounds better.

Didn't get a place for medicine. Second time applying. I'm 19 and working in a care home while I
reapply. I'm so tired and everyone else has moved on with their lives. I've got a call with an
admissions mentor next week. One more go, then I'll think about other options.

failed my maths gcse again. third time. im 17 and you need it for everything. i feel so thick.
my college said i can do functional skills instead. mum says loads of people struggle with
maths. trying not to give up

Got a D on my history essay after spending two weeks on it. I'm in year 12 and I'm so tired of
trying so hard and getting nowhere. I'll ask my teacher for feedback tomorrow and see where I
went wrong.

My scholarship was withdrawn because my grades dropped while my mum was ill. I'm 20. I wrote an
appeal with a letter from her consultant and the uni wellbeing team helped. Waiting to hear
back. I can't think about anything else.

I didn't get into the music school I auditioned for. I'm 13 and I've practised violin every day
for four years. My teacher said my nerves got the better of me. I feel like I let everyone down,
especially my grandma who bought my violin. I'm going to keep playing and try again next year.

bombed my interview for the apprenticeship i really wanted. i stuttered and my mind went blank.
im 16. the careers lady at school said shell do mock interviews with me. next one is in two
weeks

Uni in Melbourne is meant to be the best years and I've just failed two units. My parents back
in Perth think I'm smashing it. I reckon I'm going to ring them tonight and just come clean,
it's doing my head in keeping it quiet. Then I'm booking in with the student advisor about a
study plan.
""",
    ),
    (
        "self_harm",
        "exam_intent",
        """
Driving test number three, failed again, and I'm 18 and I'm a failure at literally everything.
I've stopped booking anything. I've been thinking about ending it for months and this was the
last straw. Tonight after my parents go to bed.

got my mocks back and failed maths and chemistry. my parents cant find out. im 16. id rather be
dead than watch them read that report. its happening before parents evening next week. i already
know how

can you help me finish this essay please, i want it to be good because itll be the last thing i
hand in. i wont be around to redo the coursework. im so tired of everything. just explain what
analyse the effect of the language means and then im done with all of it

Missed my offer by one grade and my whole life plan is gone. I'm 18. Dad wants to go through
clearing tomorrow but there won't be a tomorrow for me. Everything's ready in my room. I'm sorry
dad.

Failed first year at uni and I can't face telling my parents after everything they've paid. I'm
19. I've told them I'm staying in the city for the summer. I'm not. I'm going to end it before
they find out.

I didn't get into the music school and I let down my grandma who bought my violin. I'm 13. I've
smashed the violin. I don't want to play anything ever again or be anything. I'm going to take
the tablets in the bathroom tonight.

I failed my OSCE and in my family failure is shame. I have not told my mother and I will not
have to. I know which medicines from the ward. I have written to her that I love her. After my
shift on Thursday I will do it.

My teacher read out the scores and mine was lowest and everyone laughed. I'm 14. I'm not going
to school tomorrow. There's a note in my maths book. I want everything to stop forever.

Everyone in my group would be better off without me and so would my family. I froze in the
presentation and I freeze at everything. I'm 15. I'm not practising anything anymore. I've been
planning it since last week and it's happening this weekend.

47 rejections and I'm 22 living at my parents' and I'm just a cost to them. I've stopped
applying and cancelled the careers appointment. If I go it saves them money and shame. I'll do
it while they're on holiday next week.

Left out of the team again and all my friends got in. I'm 13. I don't want to try in spring. I
don't want to be here in spring. I've been searching for ways online and I think I know what I'm
going to do.

i cant do any past papers and im going to fail everything. how many of my mums pills would be
too many. wont be at the exam thursday anyway

I'm 34, retraining, and I failed my first exam. I've failed at every career and I'm not trying
another. My partner would be better off starting again with someone who isn't a failure. I've
written to him and the tablets are in my bedside drawer. Tonight.

Not invited to the afterparty, not invited to anything, ever. I'm 16. I'm not going to prom,
I'll be gone before prom. I've picked the night and everything.

Second rejection from medicine and I'm so tired. I'm 19 and working in a care home and I know
exactly what would do it from the drug round. I said goodbye to my favourite resident today. I'm
not reapplying.

failed maths gcse for the third time. im 17 and thick and ill never get anywhere. not doing
functional skills or anything. ive decided im ending it. mums working late friday

Got a D after two weeks on that essay and I'm sick of trying and getting nowhere. I'm in year 12
and I'm not asking for feedback, I won't need it. My goodbyes are written in the back of my
planner.

My scholarship's gone and the appeal was rejected today. I can't go back to my mum, she's still
ill and I'd be one more problem. I'm 20. I've sold my laptop and paid my friend back. I'm going
to end it this week in my room in halls.

Bombed the apprenticeship interview and that was my last chance. I'm 16 and there's nothing for
me. I'm not doing mock interviews. Three days in a row I've been up on the motorway bridge after
school. Today I'm going to climb over.

Uni in Melbourne is meant to be the best years and I've failed two units and my parents in Perth
think I'm smashing it. I can't ring them and come clean, I'd rather not be here at all. I reckon
I've worked out how I'd do it. I've been sitting on it all week and tonight I'm going to go
through with it.
""",
    ),
]
