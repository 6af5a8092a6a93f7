"""Lives after a crisis: recovery told in the past tense, and the relapses that are not over,
for the safety-filter's training corpus, written by hand for this project.

    BLOCKS -> [(label, sub, block of posts)]   # corpus.hand_written(BLOCKS, "st_after")

What these posts teach (concepts, not sentences): a crisis told as over (a suicide attempt,
self-harm, a ward, a note written years ago) by someone who is safe now is benign, however
vivid the past; the same story with the crisis back now (tonight, again, a plan) is
self_harm; a friend who was at risk and is fine now is benign, and one whose signs have come
back is concern_for_other.

Rules and source format: those of every hand-written file (``corpus.hand_written``).
"""

from __future__ import annotations

__all__ = ["BLOCKS"]

BLOCKS: list[tuple[str, str, str]] = [
    (
        "benign",
        "recovery",
        """
three years ago tonight i was in the back of an ambulance with my mum holding my hand and a
paramedic asking me how many tablets i'd taken. i couldn't answer. tonight i'm making lasagne for
my flatmates and my biggest worry is whether the cheese will burn. if you are in that place now,
hold on a bit longer. the version of you three years from now might be grating cheese too.

At 15 I cut almost every night. My arms still have the marks, faded white lines now. I'm 24, I
teach primary school, and last week a kid asked what happened. I told her I got hurt a long time
ago and I'm better. Both are true.

i used to write goodbye letters in the back of my maths exercise book lol, like one a week in year
10. found one when clearing out my old room at my dads. read it sitting on the floor and cried but
not sad crying, more like i wanted to hug that girl. i'm 19 now and doing nursing at uni. she made
it.

Relapsed in March after 14 months. One night, one burn, and I told my therapist the next morning
instead of hiding it like the old me would have. We looked at what set it off (the breakup,
obviously) and made a new plan. It's now June and I'm back to counting clean days. 82 so far. Slips
aren't the end of the story.

My counsellor discharged me today. Two years ago I couldn't walk into her office without shaking,
and I spent most of the first session staring at the carpet because I'd tried to end my life the
week before. Today she said "you don't need me anymore" and I laughed and cried at the same time.
Thank you, Moira, if you ever read forums.

Wanted to die every single day in 2019. Not dramatic, just a background hum, like a fridge.
Medication plus a very patient GP plus getting out of that job and the hum went quiet. Some days I
still hear it faintly but it's just noise now, it doesn't tell me what to do.

honestly the psych ward wasn't like the films. it was boring, the toast was cold and there was a
guy who played the same Oasis song on guitar all day. but i was safe there for the first time in
months. that was four years ago. now i'm the one who tells my younger cousin it's ok to ask for
help.

Greetings everyone. I am from Lagos, 28 years. In my final year at university I took an overdose of
my mother's pills because of pressure of exams and family. My roommate found me and they rushed me
to the teaching hospital. I did not tell anybody for long time because of shame. Today I am a
pharmacist, which is funny somehow. I want to say to young ones: it gets better, truly.

Scars on my thighs from 2016-2018. I wear shorts now. That's it, that's the post. Took me a long
time to be able to write that sentence.

Yaar, back in 11th standard I was in a very bad place. JEE coaching, 14 hours a day, and I
genuinely thought dying was the only way out of disappointing my parents. I even stood on our
building terrace one night. My younger brother came up looking for me and I went back down. I never
told him why I was there. Now I'm doing my BSc in physics, not engineering, and my parents are
actually fine with it. If you're in Kota or anywhere like that, talk to someone.

Last winter I had a plan and a date. I'm writing this in spring, sitting in the garden with my dog
Biscuit, because on the date I phoned the crisis line instead. The woman I spoke to stayed on for
an hour and a half. I don't know her name. I think about her a lot.

The urges still come sometimes, mostly when I'm tired or someone shouts. The difference now is I
know what they are. I hold ice, I text my sister a random emoji (that's our code), I go for a walk
round the block. They pass in about twenty minutes. Been 2 years 4 months since I last acted on
one.

Ten years. Ten years since the night I swallowed everything in the bathroom cabinet. I didn't think
I'd see 20. I'm 30 today and my partner has made a cake shaped like a hedgehog for reasons I don't
understand. I'm still here. I'm really, really glad I'm still here.

mate i dunno who needs this but i was in the exact hole you're in. hated myself, cut my arms up,
thought everyone'd be better off. 17 then, 23 now. got a trade, got a missus, got a staffy called
Tank. doesn't all fix itself but it does get lighter. talk to your gp, they're not all useless.

I want to thank the A&E nurse at St James's in Dublin who sat with me in November 2017 after I'd
taken the tablets. She didn't lecture me. She just asked if I wanted tea and told me about her cat.
I've been well for a long time now and I volunteer with a listening service. I'm trying to be her
for someone.

Update for anyone who remembers my posts from two years ago: I'm okay. Actually okay. Back then I
was posting here at 3am every night saying I couldn't do it anymore. I did the DBT group, changed
meds twice, moved back to my aunt's, and slowly it turned. Thank you to everyone who replied to me
then, you kept me going.

It's strange to read my old diary. "I won't be here by Christmas," written in purple gel pen in
2014. I was wrong, thankfully. I've had nine Christmases since. Some were rubbish, most were fine,
one was brilliant.

Does anyone else feel weird on their attempt anniversary? It was five years ago this Thursday. I'm
fine, I'm not in danger, I just get quiet and a bit sad around this date. This year I've booked a
day off and I'm going to the coast with a friend who knows.

When I was 14 I burned myself with a lighter because it was the only thing that made the noise in
my head stop. I'm 21 now. I stopped at 17 with a lot of help from CAMHS and my art teacher, who
noticed and didn't freak out. I'm studying illustration now. My final project is about the years I
lost and the ones I got back.

Short one: overdosed at 19, woke up in ICU, hated everyone for saving me. At 26 I'm grateful every
single day that they did. Hold on long enough to change your mind.

It's been 1,000 days since I last self-harmed. My therapist made me a little certificate on her
printer as a joke and I've stuck it on the fridge next to the takeaway menus. At the start I
couldn't manage a day.

i was sectioned at 22. spent six weeks on an acute ward after police found me on a bridge. i used
to think of that as the worst thing that ever happened to me, now i think of it as the thing that
stopped the worst thing happening. 29 now, a dad, still on sertraline, doing alright.

Back in high school I had a whole drawer of stuff I used to hurt myself. My mom found it when I was
16 and instead of screaming she sat on my bed and cried and then drove me to a therapist the next
day. I'm in college now, studying social work. We talk about that day sometimes. She calls it the
drawer day.

Hi, my English is not so good, I am from Brazil but living in Portugal. Four years ago I tried to
kill myself after I lost my job and my marriage ended same month. I was in hospital 10 days. Now I
have new work in a bakery, I wake at 4am and I like it, smell of bread is good medicine. I have a
small daughter who visits every weekend. I am happy I am alive.

my scars itch when it's cold which is annoying but also kind of a reminder. last cut was the summer
before sixth form. i'm in my second year at uni now. didn't think i'd make it to 18 let alone 20.

For a few years in my thirties I wanted to die most mornings. I'd lie in bed calculating whether my
life insurance covered it. I'm 44 now. I got sober, I got therapy, I got a divorce, in that order.
Mornings are for coffee and the crossword these days.

Anyone else find it hard to explain a CV gap? I was in hospital and then recovering for most of
2021 after a suicide attempt. I'm well now, have been for ages, but I never know what to say about
the gap in interviews. Currently I just say "health reasons" and move on. Does that work for
others?

Strange milestone today: I threw out the note. I'd kept it in a shoebox for six years, the letter I
wrote to my family the night I tried. I read it once more, thought "you poor thing", and put it in
the recycling. Felt lighter walking back from the bins.

I'm a firefighter and eight years ago I was the one who needed rescuing. Took a bottle of pills in
my car in a layby. A dog walker called 999. I don't hide it at work anymore, and twice now a
younger lad has come to me quietly because he heard I'd been there. That's the best thing to come
out of it.

Relapse story, but it has a decent ending. Clean from cutting for 3 years, then my nan died last
autumn and I did it twice in one week. Told my GP, got back on the waiting list, started seeing
someone in January. Haven't done it since October. I'm not going to pretend it didn't happen but
I'm not going to let it define the three years either.

when i was 13 i used to bang my head against the wall until i saw stars. no one knew what it was,
they thought i was just angry. im 18 now and i've got a diagnosis (autism + depression) and actual
ways to cope. noise cancelling headphones basically saved my life lol. not entirely joking

Today marks two years since I walked out of the adolescent unit. I was there for eleven weeks after
my second attempt. I remember the nurse who played Uno with me every night at 8, even when I
wouldn't speak. I passed my driving test last week. First place I drove to on my own was the beach.

I used to think the wanting-to-die feeling was just who I was. Like a personality trait. Turns out
it was untreated bipolar. Lithium is not fun but being alive is, mostly. That was 2015, it's been
stable for a long time.

In year 9 I scratched my arms with a compass from my pencil case in the toilets at lunch. Did it
for about a year. A dinner lady noticed blood on my sleeve and took me to the head of year. I hated
her then. I'm 25 now and I went back to the school last month to give a talk on mental health. She
was still there. I gave her a hug.

Sis said I should write this down somewhere so here: 2 years ago I stood at the edge of the
platform waiting for the express train. A stranger asked me if I knew what time the next one to
Brighton was. I started crying and she didn't leave till my brother came. I'm in therapy, on meds,
and I have a job I actually like. Don't know her name. Thank you, Brighton lady.

I burned my wrists with hot spoons for most of my second year of uni. Stopped in the summer after a
friend saw and dragged me to student services. The scars are shiny and pale now. Someone at the gym
asked last week and I said "old injury". Which is exactly what it is.

No longer suicidal. Typing that feels unreal. From 2017 to 2020 I was in and out of crisis teams,
had two attempts, lost count of the nights I planned it. Something shifted with the right therapist
and a lot of boring routine. I still have bad days, everyone does, but I haven't wanted to die in
over two years.

lowkey proud of myself today. its been a year since i relapsed and i didnt relapse again. when it
happened last year i thought i'd ruined everything but my counsellor said recovery isnt a straight
line and she was right. 365 days. going to get bubble tea to celebrate

I'm a GP now. Seventeen years ago I was a medical student who took an overdose the night before
finals. I resat the year. I tell this to almost nobody, but I think about it every time a young
patient sits in front of me and can't look up.

The thing that helped me most after my attempt, weirdly, was my allotment. Digging, waiting,
watching things grow slowly. It taught me patience with myself. Five years on and I've got the best
rhubarb on the site.

i still get the thoughts sometimes, like a pop-up ad. "you could just not be here". i've learned to
close the tab. name it, breathe, text someone, do something with my hands. last time i actually
acted on it was 2019. the pop-ups are rarer every year.

My old psychiatrist retired this week and I sent her a card. In 2012 she was the one who admitted
me after I'd been pulled out of the river. I wrote that I'm married now and that we've got twins.
She wrote back "this is why I did the job". I may have cried in the Tesco car park.
""",
    ),
    (
        "benign",
        "recovery",
        """
G'day. Long story short: grew up in a small town in WA, got bullied for being gay, cut myself
through most of high school and had an attempt at 17. Moved to Melbourne at 19, found my people.
Now 31, work in radio, happily married to a bloke called Sam. If you're a queer kid in a country
town reading this, there's a big world out there and it wants you in it.

The ambulance ride is the part I remember clearest. The blue lights reflecting off the ceiling and
the paramedic's watch ticking. I was 20. I'm 27 now and I still get a little jolt when I hear a
siren, but then I remember I'm on my sofa with my cat and it's not for me.

Just had my final review with the community mental health team. Discharged! Eighteen months ago I
was on their daily visits after my attempt. Today I shook the nurse's hand and she said "don't come
back unless it's to say hi". Going to buy myself a nice notebook.

there were years where every birthday i thought "this'll be the last one". i'm 35 today. the last
one turned out to be a lie my illness told me. bring on 36.

Anyone else keep a "reasons" list? I wrote mine in 2018 when I was at my lowest and trying not to
act on the urge to die. It started with three things: my brother, my dog, and finding out how Game
of Thrones ended (disappointing, but still). I found it today. I'm fine now and the list has about
80 things on it.

During lockdown I self-harmed again after seven years. I was alone in a tiny flat, furloughed, and
everything came back. I reached out to a helpline, then my GP, and it stopped after about a month.
That was 2020. I'm in a much better place, I've moved in with friends, and I check in with myself
honestly now.

Not sure where to post this but: I used to cut. A lot. From age 12 to 19. Now I'm 30 and I work as
a tattoo artist, and about once a month someone comes in wanting to cover their scars. I always
tell them about mine first. It changes the whole appointment.

I wrote this poem at 16, the night before I tried to end it. I'm 24 now and doing an MA in creative
writing. My tutor asked us to bring in something we'd written a long time ago. I brought it.
Reading it out loud in a room of people, alive, felt like winning something.

Three psych admissions between 2014 and 2016. Three. I used to think I'd be a "revolving door"
patient forever. I haven't been in since. Seven years. I manage a small team at a housing
association now and no one there knows, and honestly that's fine, it's just history.

hey, 16 here. last year i was literally planning how to die. i had the date and everything and then
my form tutor kept me behind after registration cos she noticed i'd given my mate my headphones and
been acting weird. she phoned my mum. i hated it at the time. i'm doing my gcses now and i'm ok.
therapy every two weeks. thank u miss k

My recovery wasn't a big moment, it was thousands of small ones. Getting up to walk the dog. Eating
breakfast. Answering a text. Two years ago I couldn't do any of those and I was sure I'd be dead by
summer. Now I'm doing all of them and sometimes even the washing up.

I've never told anyone online this: I tried to hang myself when I was 23. My flatmate came home
early because his football match got cancelled for rain. I'm 38. Every time it rains on a Saturday
I think of him, and of the rain. We're still friends. He's godfather to my son.

When people ask about the scar on my neck I tell them it was an accident. It wasn't, but it was a
long time ago and I'm a different person now. Maybe one day I'll feel able to tell the real story
to more people. For now, telling it here is a start.

Final year of my PhD I wanted to be dead more than I wanted to finish the thesis. I stopped eating,
stopped sleeping, and one night I took all my sleeping tablets. The porter found me. I took a year
out, came back, and submitted last month. My acknowledgements thank "the night porter at Halls, who
knows why".

It is now 5 years since I stopped self harming. For people who are struggling with it: I did not
stop by willpower. I stopped because I had someone to call, because I changed what was around me,
because I learned I was allowed to be upset. I still have the urge sometimes, maybe a few times a
year. I sit with it and it goes.

My dad found me after my attempt. I was 17. He never spoke about it for years. Last Christmas, I'm
26 now, he got a bit drunk and told me he checks on me every night in his head before sleeping. I
told him he can stop now, I'm alright. He said he'll never stop. Fair enough.

Bhai, posting for the first time. In 2018 I failed my NEET twice and took poison. Spent 9 days in
the government hospital. My amma didn't leave my side. Today I am running my own mobile repair shop
in Coimbatore, earning good, and I paid for my sister's college. Failing an exam is not failing
life. Please believe me.

I still have the hospital bracelet from my overdose in 2016. Don't know why I kept it. Maybe as
proof. It's in a drawer with my graduation ticket and the first card my girlfriend sent me. The
three things go together somehow.

Used to burn myself. Stopped. Still here. Working at a vets now, which I love. Just felt like
writing it.

I'm 52. I'm writing because people think this only happens to teenagers. At 47, after my business
failed and my wife left, I drove to a cliff car park at night with a plan. I sat there three hours
and then drove to my brother's house instead. He put the kettle on. That was the start of the long
way back. Men my age: talk. It won't kill you, and not talking might. I learned to say "I'm not
alright" out loud, first to my brother, then my GP, then a men's group at the rugby club. Five
years on I'm remarried, I've a small joinery business again, and the only cliff I go near is on the
coastal path with my granddaughter, looking for seals.

ok so my therapist said to write down how far i've come. 2022 me: self harming daily, skipping
school, screaming at my mum, writing goodbye notes in my phone. 2024 me: six months no SH, passed
my mocks, learning to bake, mum and me watch bake off on sundays. not perfect. way better.

It's my second "alive day" today. Two years ago I was in ICU after my attempt. My best friend
brought me a balloon that says "Happy Birthday" because the shop didn't have any that said "glad
you didn't die". We've made it a tradition.

I was 15 when I was admitted to the unit for eating disorders and self harm. I thought I'd be there
forever. I was there for four months. I'm 23 now and a student mental health nurse, on placement on
a ward that looks almost the same. Sometimes I catch a girl looking at the floor the way I did, and
I sit nearby and say nothing until she's ready.

Honestly the hardest part of recovery wasn't stopping the cutting, it was dealing with feelings
without it. For about a year after I stopped I felt everything raw. That was 2019 to 2020. Now I
can be sad or angry and it just... passes, like weather. Didn't know that was possible.

Found an old voice note on my phone from the night before my attempt in 2020. I was saying goodbye
to my sister. I never sent it. I listened today, shaking, and then I called her and just talked
about her new puppy for forty minutes. Deleted the note afterwards.

To whoever called the police on me on Westminster Bridge in 2015: I was angry at you for a long
time. I'm not now. I've got a degree, a flat with a leaky tap, a boyfriend who snores, and a life I
actually want. Thank you for being nosy.

Back then I didn't think I had a future so I didn't bother with a pension, or friends, or teeth
(three fillings later...). These days I'm planning a holiday for next spring, which sounds small
but to me is huge. Planning ahead means I believe I'll be here.

i'm writing this from the same hospital where i was admitted after my overdose 4 years ago. except
this time i'm visiting my new nephew on the maternity ward. life is strange. glad i'm around to see
him.

My story: anorexia and self harm from 13 to 18, two suicide attempts, a year in an inpatient unit.
I'm 27 now. I eat three meals a day, I go rock climbing on Thursdays and I'm a teaching assistant
in a primary school. It took a long time and it wasn't a straight line, but this is what the other
side looks like.

For anyone who thinks a relapse wipes out your progress: last month I cut for the first time in
almost two years. I was devastated. But I told my partner that same night, saw my therapist that
week, and worked out it was the stress of moving house. It's been four weeks since and I'm steady
again. The two years still count.

Hi everyone, Kenyan guy here, 34. In 2013 I drank poison after I was chased from home. A neighbour
took me to Kenyatta hospital. Doctors there saved me and a social worker connected me to a church
counsellor. Today I am a matatu owner with two vehicles. I still visit the counsellor each Easter
to greet him.

As a teen I used to punch walls and scratch my face until it bled when I felt overwhelmed. My
parents thought I was "just having tantrums". I'm 22 now, diagnosed with BPD at 19, did a year of
DBT and I haven't hurt myself in three years. My face is clear. My head mostly is too.

Sorry for the long post. I've been lurking here for years and I want to give something back. In
2016 I was a regular here, posting every night that I wanted to die. I was a carer for my mum,
alone, exhausted, hurting myself to cope. Eventually someone here told me to call my GP and I did.
It took another year to get properly well. Mum passed in 2019 and I grieved without wanting to
follow her. I'm in a good place now. Thank you, truly.

It's wild to me that I'm 30. At 18 I had the certainty of a kid that I wouldn't reach 20, and I
nearly made that true. Now I've got a mortgage, a slightly bald patch and a rescue greyhound named
Pudding. I'll take it.

Hey, i use to cut when i was in secondary school back in Ghana, i never told my family because they
would say it's spiritual. When I came to UK for uni I finally saw a counsellor. That was 5 years
ago. I have stopped since then, I am now working as a data analyst. Mental health is health.

i went to a&e at 3am in 2021 and said "i think i'm going to kill myself". hardest sentence i've
ever said. the doctor was kind and i got referred to the crisis team. it's now 2024 and i'm sat in
a library studying for my accounting exams. that sentence saved me.

The scar on my left forearm is from the worst night of my life, at 19. My daughter is 4 now and she
traced it with her finger yesterday and asked if it hurt. I said "it did, a long time ago, and then
it got better". She said "like my knee". Exactly like your knee, sweetheart.

I relapsed on new year's eve. Drank too much, cut after years clean. Woke up ashamed, rang my
sponsor and my therapist. We've talked it through. That was in January, it's now April, and I
haven't done it again. I'm writing this so people know one slip doesn't have to become a slide.

Eleven years ago I was lying on the floor of my student room having swallowed a whole pack of
paracetamol, thinking it was over. It wasn't. I spent a week on the liver ward and the rest of that
year in a fog. Now I run a small café in Leeds and I know every regular's order. Being needed for
silly things like oat milk has been weirdly healing.

My first therapist asked what I wanted my life to look like in five years and I said "I won't be
here". That was five years ago. I'm here. I sent her an email today, she's retired, but she replied
with "told you so" and a smiley face.
""",
    ),
    (
        "benign",
        "recovery",
        """
it's been 4 years since i last hurt myself. i'm not "cured", i still think about it when things go
badly, but i haven't acted on it and i dont think i will. i've got too much going on, i'm captain
of the netball team now and we're in the regional finals lol

From a Scottish lass: I was 16 and on the young people's unit for three months after an overdose.
Cold, grey, strict. But they had a piano and a nurse who taught me to play Clair de Lune. I'm 29
and I play it every year on the day I was discharged.

The "goodbye" playlist I made in 2017 is still on my Spotify. I kept it as a reminder. Today I
added a new song to it, something ridiculous and happy, and renamed it "hello". That's the update.

My attempt was in 2010, I was 31. People don't talk about adults in their thirties doing this. I'd
been hiding depression for years behind a good job. Afterwards I took three months off, started
therapy and changed careers. Now I'm 45, a secondary school counsellor, and I hope my students
never need to learn what I learned the hard way.

ngl i used to think recovery meant never having the thought again. it doesn't. i still get the
thought maybe once a month. but back in year 11 it was every hour and it came with a plan. now it's
just a thought, like "i could quit my job and move to iceland". i'm not going to do either.

Today I gave blood for the first time. Why is that a big deal? Because for three years I couldn't
look at my arms without feeling sick. The nurse didn't even blink at the old scars. Twenty minutes
later I had a biscuit and a sticker. Felt like a small ceremony.

Relapse isn't a word I used to be able to say without spiralling. I had one, in September: two
nights of self harm after my exam results came out. By October I was back in therapy and I've been
clean since. It's now February. I'm writing it because I said I'd be honest on here.

I was the kid who wrote "I want to die" on the inside of my school planner in tiny letters so no
one would see. Year 8, year 9, year 10. In year 11 my best friend saw it and told the school nurse.
I'm 20 now, doing an apprenticeship in electrical engineering. I still have the planner. The tiny
letters look so small now.

Grateful post. In 2019 I attempted, and woke up to my girlfriend (now wife) sleeping in a plastic
hospital chair. She stayed through all of it: the ward, the meds that didn't work, the ones that
did. We got married last summer. In my vows I said "you held on when I couldn't". Nobody else knew
exactly what that meant.

A little hope for the night owls: I used to be awake at 3am every night searching for ways to die.
I'm not anymore. It's been about 18 months. These days at 3am I'm either asleep or feeding my baby,
and honestly both are better.

i'm 14 and last year i was in hospital for taking too many pills. i was so scared to go back to
school after but my friends were nice and didn't ask loads of questions. i see a lady at camhs
every week and i've been doing better. i just wanted to say it got better quicker than i thought.

When I left the psychiatric hospital in 2018 I was given a paper bag with my belongings: a phone
charger, a hoodie, and my shoelaces, which they'd taken off me when I came in. I remember threading
them back through my trainers in the car park and feeling like a person again. Six years on, those
trainers are long gone but I think of that moment whenever I tie my laces.

My self harm started at 11 and ended at 15. I'm 37. I'm telling you my age because I want you to
know that there's a long, long life after it. I've been to Japan, I've had a career, I've lost
people and got through grief without going back to it. It's possible.

Today my son asked why I go to the doctor every month. I told him, simply, that a long time ago I
was very poorly in my head and the doctor helps me stay well. He's 7. He said "ok" and asked for a
biscuit. I've come such a long way from the woman who nearly left him for good when he was a baby.

I used to hate the word "survivor". Now, eight years after my attempt, I kind of like it. I
survived. Not heroically, just stubbornly, one boring day after another. That's most of what
survival is.

Recovered from self harm 6 years ago. Still get a little flutter of panic in summer when it's time
for short sleeves. It passes quicker every year. This year I bought a sleeveless dress. Baby steps.

I nearly didn't make it to 21. I'm 21 today. My friends threw me a party and at one point I went
into the bathroom just to breathe and look at my face in the mirror. A year ago I'd been in that
same flat planning to die. Today there were balloons on the ceiling. Glad beyond words that I'm
still around.

Dear 2016 me, who sat in the car outside the hospital after the overdose and wouldn't go in until
the nurse came out: you're going to be alright. Not straight away. But you'll get a degree, a bike,
friends who know, and one day you'll write this letter from a sunny balcony in Lisbon. Love, 2024
you.

Dunno if this belongs here but I wanted to share. I'm a fella from Cork, 40. Spent my twenties
drinking and wanting to die and a few times I came close. My turning point was a suicide awareness
course my employer made me do, of all things, where I realised they were describing me. Got help
that week. That was 2012 and I've been grand ever since, mostly.

At uni I self harmed with whatever was nearby, and I used to go to lectures in long sleeves even in
June. That was ten years ago. I'm now a lecturer myself. Last term a student came to my office
hours crying and I recognised the sleeves. I walked her to wellbeing services myself.

Anniversary post. Four years since my attempt. I marked it by writing a thank-you letter to the
paramedics who came, via the ambulance trust. Got a reply this week: one of them still remembered
me. She said "it's not often we hear how it turns out". It turned out well.

back in 2020 i couldn't see the point of anything. i'd spend all day in bed and at night i'd cut.
my flatmate eventually kicked the door in (literally, we lost our deposit). now we laugh about the
deposit. i've been clean 3 years and i'm training to be a paramedic.

I just hit 500 days free from self harm. There were times when I couldn't go 5 hours. To anyone
counting single days right now, every one of them matters. Mine did.

The first thing I did after I came home from the ward, in 2019, was sleep for 14 hours in my own
bed. The second was eat my mum's jollof. The third, much later, was start to believe I deserved
both. I'm doing okay now, working in a bank in Abuja, and I go for therapy online once a month.

Weird thing I've noticed in recovery: sometimes I remember the worst time, when I'd decided to die,
as strangely simple. Then I remember it wasn't simple, it was illness shrinking my world. That was
2014. Now life is complicated and messy and full and I love it. I'm not in any danger, it's just
one of those odd things you notice looking back.

my arms used to be covered, now they're just lines. my head used to be covered too, now it's mostly
clear. 5 years clean on sunday and my girlfriend's taking me to nandos. peri peri recovery

I'm in my 60s. When I was 19, in 1981, I took an overdose in the nurses' home where I was training.
There was no talking about it then. I was just sent home for "a rest". I went back, qualified, and
nursed for forty years. I'm retired now and volunteer for a helpline because I remember how alone I
was.

Got my first tattoo over the scar on my wrist. A small semicolon with a bee next to it because my
nan used to call me "busy bee". The scar's from 2018, the tattoo's from yesterday. The scar was
meant to be a full stop. The tattoo says the sentence kept going.

honestly i thought i'd never be able to say this. i used to want to die. i dont anymore. that's it.
19 years old, on the other side of it.

Talking to a new friend last night, I told her that I'd tried to end my life when I was 20. It's
the first time I've said it casually, over chips, like a piece of history. Which it is now. She
said "I'm really glad you didn't manage it" and passed me the vinegar.

Spent most of 2021 wanting to die. Not doing anything about it, just wanting it, all the time.
Started on fluoxetine in November, found a counsellor through work in December. By the spring the
wanting had faded. I'm not naive, I know it can come back, but I have a plan for if it does, and
for now it's just gone.

I had a bad relapse last autumn: the suicidal thoughts came back, I was under the crisis team for
three weeks and they adjusted my meds. I was scared it meant I'd never be well. It's now summer and
I'm back to my usual self, gardening and arguing with my brother about football. Relapses happen.
They also end.

I self-harmed from 14 to 16 and I'm now 17 and I've been clean for a year. My mum keeps asking if
I'm ok and I know it's because she's scared, but I genuinely am. I've got my college place, I've
got my job at the chippy and I'm finally sleeping. How do I get her to believe me?

It's the tenth anniversary of my suicide attempt and I'm spending it at a wedding. My best
friend's. I'm giving a reading. Ten years ago she sat with me in A&E and promised she'd make me do
something embarrassing at her wedding if I stuck around. Deal honoured.

Back in 2012 I was admitted to a psychiatric unit in Mumbai after cutting my wrists. My family told
relatives I had typhoid. For years I was ashamed. Now I'm a psychologist in Pune and I tell my
clients, when it helps, that I was once where they are. Nobody in my family says typhoid anymore.

hi. 15. used to cut, stopped 8 months ago. got a guinea pig called Pancake as a reward from my
parents for 6 months clean (was their idea not mine lol). when i get the urge now i hold him. hard
to feel bad holding a guinea pig.

People asked if I'd ever go back to the bridge. I did, last month, seven years after the night I
was talked down from it. I walked across it in daylight with my partner and our dog and it was just
a bridge. Traffic, wind, a pigeon. I didn't expect to feel so calm.

I used to write "sorry" on my arm in pen every morning before school, and then cut over it at
night. I was 13. I'm 26 now and I run workshops for teachers on spotting self harm. I don't tell
them that detail, but it's why I notice pen marks on kids' arms.

6 years since my overdose, 4 years since I stopped self harming, 2 years since I stopped needing
meds. Numbers aren't everything but they tell a story. This morning I got my driving licence at
the third attempt and I'm gonna count that too.

I have a "crisis box" that my therapist helped me make in 2019, when things were really bad. Bubble
wrap, a photo of my grandmother, peppermints, a letter from my past self. I haven't needed it in
over a year. I opened it today just to look, not because I'm in trouble. The peppermints were
stale. Good sign.

Honestly I used to roll my eyes at people who said "it gets better". I was 17 and had just come
home after my second attempt. I'm 24 now. It got better. Not in a fairytale way, in a "my life is
ordinary and I like it" way.
""",
    ),
    (
        "benign",
        "recovery",
        """
I told my story at church last Sunday. How in 2015 I drove out to the woods with a note in my
pocket, and how a phone call from my pastor, who didn't even know, made me turn the car round. The
congregation was silent. Afterwards three people came up to me quietly. I'm so glad I'm still here
to tell it.

Got my 2 year coin from my recovery group last night, which is mostly about the drinking but also,
for me, about the self harm that came with it. In 2022 I was cutting most nights when drunk.
Tonight I'm sober, uncut, and eating a very large pizza.

does anyone else get flashbacks to the ward? i was in an adolescent unit 3 years ago after trying
to kill myself. i'm well now, doing a levels, but sometimes the smell of hand gel takes me straight
back. it doesn't make me want to hurt myself, it just makes me jump. does it fade?

What helped me when I was suicidal at 16, looking back now at 30: one teacher who kept asking, my
nan's kitchen, a rubbish punk band I was obsessed with, and eventually a psychiatrist who got my
meds right. None of it was magic. All of it mattered.

I had a lot of hate for my body after the self harm stopped, because of the scars. That was 2017.
I've done a lot of work since and I swam in the sea in a swimsuit this summer without thinking
about it until I was already in the water. Tiny thing, massive thing.

I used to think about dying every time I crossed a road. Honestly, for years. It was exhausting.
I'm 33 now and realised yesterday I crossed about ten roads in town and didn't think about it once.
The thoughts left so quietly I didn't notice them go.

My mum keeps a box of my old things in her loft and my note from 2009 is in there somewhere,
between school reports and a broken Tamagotchi. It feels like an exhibit from a different era now.
I'm 35, I have two kids, and I barely recognise the handwriting.

wanted to say thank you to the 14 year old who messaged me on here in 2020 when i posted that i
wanted to die. you were a kid and you talked me through the night. i'm 22 now and i'm fine. i hope
you're ok too wherever you are.

The first time I cried in front of my therapist, in 2018, I was 19 and I'd spent the weekend in A&E
after taking an overdose. She didn't say anything, just pushed the tissue box across. Six years, a
diagnosis of PTSD and a lot of EMDR later, I'm doing my Master's. I still think of that tissue box.

my gran said to me once "the dark doesn't last if you keep walking". i was 15 and had just tried to
kill myself and i thought that was rubbish. she died last year. i'm 25. i said it at her funeral.
she was right.

I've been self harm free since 2016 and last month I got a job as a support worker in a crisis
house for young people. On my first day a girl showed me her arm and said "you wouldn't
understand". I showed her mine. We talked for an hour.

Quick story for anyone who needs it. 2 years ago I was found unconscious in a hotel room after I'd
taken an overdose. I was 34, a teacher, and nobody around me had a clue. I spent 3 months off work,
then a phased return. I'm fully back now, my headteacher knows, and I teach PSHE with a whole new
perspective.

After my attempt at 18 I swore I'd never tell anyone. Now at 27 I've told: my partner, my best
mate, my GP, my manager, and, today, all of you. Each time it gets a bit less heavy.

There's a weird grief after recovering from self harm: losing the thing that "worked". For about a
year after I stopped (2019) I missed it like an ex. These days I barely think about it. If you're
in that stage, it fades.

I'm Jamaican, living in Birmingham. Growing up nobody talked about depression, you just "pray it
away". At 22 I tried to end my life. At 23 I finally went to a doctor. At 30 I started a podcast
about mental health for Black men. We just hit our 100th episode. I'm still here, and I'm loud
about it.

I've got a small dent in my forehead from the night I crashed my car on purpose in 2016. The police
and the hospital thought it was an accident at first. I told the truth eventually. The road back
was slow but I'm in a good place and I've been well for years. I still drive. Carefully.

Hey y'all, I'm from Texas, 29. At 19 I was on a psych hold for 72 hours after my roommate found my
note. I hated it. Thought my life was over. Now I'm married, I coach little league, and I look back
on those 72 hours as the time somebody finally took me seriously.

I wanted to die for most of my teens and early twenties. I got better so slowly I can't tell you a
date. Somewhere around 26 I realised I was making plans for the future, real ones, and I wasn't
just humouring people. I'm 31 now and I've stopped waiting for it to come back. If it does, I know
what to do.

this time last year i was in a&e getting stitches in my arm. this year i'm in a lecture theatre
learning about organic chemistry. both feel like a lot. only one of them makes me want to cry happy
tears

My mum and I went for a walk today on the anniversary of the day she found me after my overdose, 5
years ago. We don't make a big thing of it. We walk the same route by the canal, get an ice cream,
and she squeezes my hand once at the lock gates. That's our tradition now.

Honestly the turning point for me was being allowed to say it out loud without anyone panicking. "I
want to die." My therapist just nodded and said "tell me about it". That was in 2017. I don't feel
that way anymore, haven't for a long time, but I'll never forget what it was like to be heard.

I'm 19 and I've been in recovery from self harm for 18 months. I had a slip at Christmas (family
stuff) but I told my support worker and we dealt with it. Since then nothing. Honestly I'm proud
that I didn't hide it this time. Old me would have.

In 2013 I made an attempt on my life and was in a coma for two days. The doctors told my parents to
prepare for the worst. I woke up. I had to relearn how to write. Now I'm a signwriter,
hand-painting shopfronts. My handwriting is the best it's ever been, which I find funny.

Thinking about a girl from my class who once asked why I always wore a jumper in PE. I lied. I was
cutting, age 14. I'm 28 now, and I found her on Facebook last week and told her the truth. She said
she'd wondered. We're going for coffee. Healing comes from odd places. It's been fourteen years
since I last hurt myself. I'm a sports physio now, and for years I was terrified a client would
spot my scars. One did, last spring. I just said "I had a hard time as a teenager, I'm fine now",
and she nodded and went back to complaining about her hamstring. That was it. All that fear for one
ordinary sentence.

i still get intrusive thoughts about dying sometimes, but my psychiatrist calls them "brain spam"
and that made me laugh and now they dont scare me. they're just spam. they come, i dont click, they
go. last actual crisis was 2021. i'm ok.

We did a "letters to our younger selves" exercise in group therapy. I wrote to 15 year old me, who
had just been discharged from hospital after an overdose. I told her that at 22 she'd be living by
the sea and have a best friend called Amira who makes terrible puns. Both true. It's been seven
years.

My husband asked me last night if I ever think about the time I tried to kill myself. I said "less
and less". It was 2011, before I met him. He said he's glad he gets to know this version of me. So
am I.

The burn scars on my arms used to be bright red and now they're silvery. My little cousin (6)
thinks they're "fairy marks". I let her think that for now. When she's older I'll tell her the
truth and that I'm ok.

Ayo, 17, from Ibadan. Last year in SS3 I wanted to die because of WAEC and fighting at home. I cut
myself many times. My aunty saw it and carried me to a counsellor in the city. I am now doing JUPEB
and I am ok. Talking helped me. Don't keep it inside.

Today at work someone made a joke about "wanting to kill myself" over a spreadsheet. Two years ago
that would have wrecked me for the day because I'd actually tried. Today I just felt a small twinge
and carried on. My therapist will be pleased.

Story for my 5 year "well-versary": in 2019 I was on a psychiatric ward for 8 weeks after an
attempt. I couldn't imagine doing anything ordinary again. This week I went to a pub quiz, came
second, argued about the capital of Australia, and walked home singing. Ordinary is magic.

My counsellor at uni signed me off today after two years of weekly sessions. When I first went in
I'd just come out of hospital after trying to end it. Today she gave me a hug (asked first) and
said I'd done the work. I'm graduating in July. I can't stop smiling.

i relapsed in may after 2 years and i honestly thought i'd failed everyone. i hadn't. told my mum,
saw my gp, went back to the group. it's october now and i've not done it since. wearing my school
jumper with the sleeves rolled up today cos it's warm. small win.

When I was 22 I used to wake up angry that I'd woken up. Every single day for months. I'm 29 and I
woke up today annoyed because the neighbour's dog was barking, which is a completely normal thing
to be annoyed by. Progress looks weird sometimes.

Teaching my son to ride a bike today and I thought about how 6 years ago, before he was born, I'd
written letters to my family and was ready to go. My partner found them. I got help. And today I
ran behind a wobbling bike shouting "pedal, pedal!" I'm glad I was around for this.

Honestly, I'm posting because the new people here seem scared and I was too. I had three years of
self harm and one suicide attempt, age 15 to 18. I'm 24 and it's been six years. You're allowed to
get better even if you don't believe it yet.

I was admitted under section in 2019 and I was furious. I was sure they'd taken my freedom. Now I
see they took my choices away for six weeks so I'd have my whole life to make choices in. I've just
come back from a solo trip to Vietnam.

For years after my attempt I couldn't hear the song that was playing that night without panicking.
Last week it came on in a shop and I just... kept choosing cereal. Recovery is sometimes very
unglamorous.

Cut myself from age 12. Stopped at 20. I'm 23. My mum and I are finally able to talk about it, and
she told me she'd known for ages and didn't know what to do. We're closer now than we've ever been.
I'm safe and I haven't hurt myself in three years.

Eight years ago I had a crisis so bad I was put in a secure unit. I won't go into details. What I
will say is that today I'm a peer support worker, I get paid to sit with people in their worst
moments, and I get to say "I've been there and I'm ok" and actually mean it.

I overdosed at 15 and I'm 16 now. I know it's only been a year but I feel so different. I've got a
therapist I like, I'm back at school full time, and I've started boxing which sounds weird but
really helps. I don't want to die anymore. I didn't think I'd be able to say that.

In my early 20s in Sydney I was a mess, drinking and cutting and twice I ended up in emergency
after overdosing. My turning point was my little sister's 10th birthday. She made me promise to be
at her 18th. I'm 34 now and I was at her 18th, her 21st and last month at her graduation. Promise
kept.

Suicidal ideation was a big part of my life from 13 to 25. Now at 40, it's been 15 years since I
last seriously considered it. I wanted to post because sometimes people think it's a life sentence.
For me it wasn't. It was a long chapter, but a chapter.

I'm a nurse on a general ward and today I looked after a young woman who'd taken an overdose. I
didn't tell her I'd done the same 12 years ago. I just made sure she had a warm blanket, a proper
cup of tea, and a chance to talk if she wanted. I hope someday she looks back like I do.

I was that kid who was always at the school nurse with "accidents". Burns, scratches. Year 7 to
year 10. A new head of year finally asked the right question. I'm 22 now, and I went back to thank
him last month. He'd retired but the school passed on my letter. He wrote back with a photo of his
garden.

Bit of a rough week but I wanted to remember how far I've come. In 2020 I was in hospital after an
attempt. This week is rough because of exams and a breakup, but I'm not suicidal, not even close.
I've talked to my mum, I've had a cry, I'm eating ice cream. Rough week, not a crisis. I can tell
the difference now.

to the people who kept texting me in 2018 even when i didn't answer: i was hiding in my room
planning to die. your "hope ur ok x" texts were annoying then and they're why i'm here now. i'm
doing good. new job at a garden centre. come visit.
""",
    ),
    (
        "benign",
        "friend_recovered",
        """
My best friend tried to take her own life two years ago when we were in year 10. She's doing
amazing now, she's head girl and she's applying to study medicine. I'm writing a speech for our
leavers' assembly and I want to say how proud I am of her without outing her. How do I do that?

My little brother self harmed for about a year when he was 13. He's 16 now and he hasn't done it in
over two years. He plays drums in a band and he's really happy. Sometimes I still worry for no
reason, like if he's quiet at dinner. How do I stop checking on him so much? He's fine and I don't
want to annoy him.

Proud sister moment: my sister was in a psychiatric unit at 17 after an attempt. Yesterday she
turned 21 and we all went bowling. She beat everyone. She gave a little toast and said "thanks for
not giving up on me". Everyone cried into their chips.

My dad attempted suicide when I was 12. I'm 19 now. He's been well for years, he runs marathons and
he's retrained as a counsellor. I'm doing a presentation in my psychology class about suicide
prevention and he's said I can use his story. Any tips for telling it respectfully?

My girlfriend used to self harm before we met. She's been clean for four years and she's open about
it. I'm not worried about her, she's doing great, but I want to make sure I'm supportive if she
ever wants to talk about it. What's helpful and what isn't?

Last year my best mate Jake was really bad, he told me he wanted to die and I had to tell his
parents. He was so angry at me. He's heaps better now, back at footy and seeing a psych. Last week
he thanked me. Didn't know what to say. Should I bring it up again or just let it be?

i want to write a card for my friend's one year clean from self harm. she told me the date is next
week and she's really proud of herself and so am i. what do you write in a card like that??
"congrats" feels weird

my mum tried to kill herself when i was in primary school. she's been completely well for years now
and we're really close. she's asked me to come with her on a charity walk for suicide prevention. i
said yes. i wanted to say out loud that i'm proud of her.

My cousin was in hospital last year after an overdose. She's much better now, working, laughing,
she's even planning a trip to Ghana with her mum. The family never talks about it. I'd like to tell
her I'm glad she's here but I don't want to bring back bad memories. Is it okay to say something?

For my English speaking assessment I want to talk about someone who inspires me, and it's my older
brother. Three years ago he was in a really dark place and tried to end his life. Now he's a youth
worker. He's said yes to me talking about it. Is that appropriate for school, and how much detail
should I give?

My husband went through a suicidal crisis in 2020. He's been well for a long time now, he's back at
work, we're planning a baby. I'm posting because I realise I never dealt with my own fear from that
time. He's fine, but I think I need to talk to someone for me. Is that normal?

Hi, my best friend Priya used to cut and once she told me she wanted to die. That was in year 9.
We're in year 12 now and she's doing really well, she stopped ages ago and she's so much happier.
She asked me to be in a video she's making for a mental health charity. What should I say?

Our daughter spent four months in an adolescent unit when she was 15 after trying to take her life.
She's 18 now, just got her A level results and she's off to Edinburgh to study geology. My wife and
I are overjoyed and terrified in equal measure. She's well, and she's set up support with the uni
wellbeing team. How do other parents handle letting go?

My friend Tom self harmed for years at school. He stopped two years ago and he's doing brilliantly.
For his birthday I want to get him something meaningful. He loves climbing. I was thinking a chalk
bag with a little semicolon stitched on. Too much?

my older sister used to want to die all the time when she was my age. i remember her crying in the
bathroom. she's 24 now and a teacher and she's the happiest person i know. sometimes i ask her how
she got better and she says "slowly". she's my hero

I'm best man at my mate's wedding next month. Five years ago he tried to kill himself and I was the
one who found him. He's completely turned it around, and he's marrying the nurse who looked after
him (yes really). I want to mention how far he's come but not make it heavy. Any ideas for a line?

When my twin brother tried to end his life at 20, I thought I'd lost half of myself. He's 25 now
and he's doing better than ever, he's a chef at a restaurant in Manchester. We went out for dinner
last night, his treat. I just keep thinking how close I came to not having nights like that.

My friend used to show me her cuts at school and I never knew what to do. She's fine now, it's been
two years since she stopped and she's really happy with her new girlfriend. But I keep feeling
guilty that I didn't tell anyone back then. Is that normal? She says she doesn't blame me.

My mum was in a psychiatric hospital for a few months when I was 10 after she tried to kill
herself. I'm 17 now. She's been well ever since and we do everything together. I'm writing my UCAS
personal statement and I want to say this experience is why I want to study mental health nursing.
Is that OK to include?

Proud of my son today. Two years ago he was self harming and I found out when I saw blood on his
school shirt. Today he spoke at his school's wellbeing assembly about asking for help. He's 15.
He's been clean 18 months. I'm crying in the car park writing this.

My flatmate had a really bad time last year, she attempted and was in hospital for a week. Since
then she's been doing really well, going to therapy, eating properly, laughing again. I still catch
myself listening outside her door sometimes. She's fine, I know she's fine. How do I get back to
normal myself?

my boyfriend told me he tried to kill himself when he was 16. he's 23 now and he's fine, it's
completely in the past, he's a happy person. i just don't know how to feel about it. i love him and
i'm glad he told me. how do i make sure he knows i don't see him differently?

My best friend Aisha overdosed in our first year of uni. Now we're in third year and she's
flourishing, top of her class, captain of the netball team. She wants to do a charity run for the
mental health service that helped her and I've signed up too. We're doing 10k in October!

Grandad told me last week that in the 70s he'd tried to end his life after losing his farm. I had
no idea. He's 82 now and the most cheerful man I know. He said he told me because I'd been stressed
about exams and he wanted me to know hard times pass. I'm fine but it made me love him even more.

My sister used to burn herself. It's been five years since she stopped. She's getting married and
she's chosen a short-sleeved dress, and she told me it's the first time she's felt ok about her
arms being seen at a big event. I'm her maid of honour and I want to say something about how brave
she is in my speech, but subtly. Help?

The summer before last my friend Kofi went missing for a night and it turned out he'd gone to the
cliffs planning to jump. The coastguard found him. He's been getting help since and he's doing
well, back at college and doing his music. We're playing a gig together next week. Just wanted to
say I'm grateful he's here.

My partner had a suicide attempt long before we met, about eight years ago. He's well, he has been
for years. We're thinking about having kids and he's worried about passing depression on. I'm not
worried about him now at all. How do couples talk about that?

One of my tutees told me last year she'd been self harming and I helped her get to the school
counsellor. She's stopped now, and today she came to tell me she'd got an A in her mock and that
she's doing "properly ok". I went back to my office and had a little cry. Teachers, this is why.

my best friend had a really dark time in year 8 and she told me she'd tried to kill herself. now
we're in year 11 and she's fine, like actually fine, she's got a boyfriend and she's doing drama.
we were talking about it last night and she laughed and said "can't believe i'm still here lol". in
a good way. i love her so much

My mother-in-law tried to take her life before my wife was born. She's now 70, healthy and well and
busy with her garden club. At a family meal she talked about it openly for the first time. My wife
wants to help her write her story down for the grandchildren. Is there a good way to approach that?

Need advice for a school speech. My best mate was bullied so badly in year 9 that he self harmed
and nearly tried to kill himself. He's so much better now and he wants me to tell the story in our
anti-bullying assembly so other kids know it can get better. How do I make it powerful without
being too graphic?

My aunt spent time in a psychiatric ward when I was a child after a suicide attempt. She's been
well for twenty years and she's the one I go to when I'm stressed. Is it weird to ask her about it?
I'm not worried, I'm just curious how she got through.

I'm so proud of my little sis. She self harmed from 12 to 14, and now at 17 she's just passed her
driving test and she's been clean for three years. She drove me to the shops yesterday with the
windows down, singing at the top of her lungs. I had to look out the window so she didn't see me
getting emotional.

My friend from church took an overdose two years ago. He's totally different now, so much lighter,
he leads the youth group and he's open about his story. He asked me to help him plan a talk for the
teens. We want it to be honest but hopeful. Any suggestions on structure?

My wife was suicidal during her postnatal depression after our first baby. That was three years
ago. She got excellent help and she's been well since. Now she's pregnant again and she's calm and
happy and she's made a plan with her midwife. I'm not scared, I'm mostly just in awe of her.

Is it ok to celebrate a friend's "alive day"? My friend Sophie attempted three years ago and she's
doing great, and she mentioned she marks the day quietly. I'd like to do something small with her,
like a picnic. She's definitely well, I just don't want to be insensitive.

My brother was sectioned when he was 19 after trying to kill himself. Now he's 26, married, has a
dog, and is honestly the calmest person in the family. He came round for Sunday dinner and we ended
up laughing at his stories about the awful hospital food. I'm glad we can laugh about it now.

My best friend and I both self harmed in year 9, we kind of did it together. I stopped first, she
stopped a year later. We're both 19 now and both fine. We have matching tattoos of a little sun.
Sometimes I feel guilty I didn't help her stop sooner but she says we got each other through it.

I run a youth football team and one of my lads, Marcus, came back this season after a year out.
Last year he'd been in hospital after a suicide attempt. He's been brilliant, scoring, smiling,
winding up the others. His mum told me he's doing well in therapy. I just want to keep things
normal for him. Is there anything I should or shouldn't do as a coach?

my mum used to self harm when she was young, she told me when i was 14 and i saw her scars. she's
fine now, she's been fine forever, she's a nurse. she told me because she wanted me to know i could
always talk to her. i thought that was really brave.

Thank you to this forum. A year ago I posted here in a panic because my daughter had told me she
wanted to die. I followed your advice, got her to the GP, got her on the CAMHS list. She's been
much better for months now, she's laughing again, she's doing her Duke of Edinburgh. I just wanted
to close the loop.

My friend Ravi tried to end his life in first year after failing his exams. I visited him in
hospital every day. He's in final year now and just got a job offer in Bangalore. He's really
happy. We went out to celebrate and he said I was part of the reason he's still here. I don't know
what to say to that.

My boyfriend's ex told me he used to cut when he was at school. I asked him about it gently, and he
said yes, years ago, and he's completely fine now and has been for ages. He wasn't upset, he just
told me about it. I'm not worried at all, I just wanted to check it's ok that I don't make a big
deal of it?

Little brother (22) was really unwell two years ago, suicidal, we had to call an ambulance once.
He's been doing so much better: new job at the council, going to the gym, seeing his counsellor
less often. This Christmas he was the one organising the family games. I'd almost forgotten what
his laugh sounded like.

I'm doing a project at school on mental health and I want to interview my uncle. He's told us
before that when he was in the army he tried to take his own life, and that he's been well for a
long time now. He's happy to talk. What questions would be good to ask without being insensitive?

My best friend used to self harm and now she's four years clean. She's getting a tattoo to cover
the scars next month and she's asked me to come and hold her hand. I'm so excited for her. Anyone
know if there's anything I should bring? Snacks? Music?

My mate used to talk about ending it all the time in year 11. Now we're at college and he's changed
so much. He's got a girlfriend, he's doing well in his BTEC, and he's been seeing a counsellor. I
just wanted to say that if your friend is struggling, sticking by them can really matter. Mine's
doing great.

My grandmother had a breakdown and tried to take her life in the 1980s. My mum told me recently.
Grandma is 78 now and she's sharp and funny and she volunteers at the library. I want to write
about her resilience for my history project on women in our family. Should I ask her permission
first?

My sister's partner had a suicide attempt about six years ago. He's incredibly well now and he
talks about it openly to raise awareness. He's giving a talk at my school next month and I'm
introducing him. What's a respectful way to introduce someone with that story?

Just wanted to share: my best friend was in a really bad place when we were 15, self harming and
talking about dying. It's been 3 years. She's in sixth form now, she volunteers at a youth
club and she's honestly thriving. I'm so proud of her and so glad we stayed friends through it.
""",
    ),
    (
        "benign",
        "low_but_safe",
        """
Not sure why I'm writing this here. Since my mum died in February everything feels grey. I go to
work, I come home, I sit on the sofa and I can't even be bothered to turn the TV on. Food tastes
like cardboard. I'm not going to do anything stupid, I want to be clear about that, I've got my
kids and I'd never leave them. I've booked a GP appointment for Thursday. I just needed to say it
somewhere.

It's been a long term. Year 11 exams, my parents arguing, my best friend moving to Scotland. I cry
most nights and I feel like I'm just running on empty. I'm not suicidal and I'm not hurting myself,
I'm just weighed down, every hour of the day. I told my head of year today and she's referring me
to the school
counsellor. Is it normal to feel this tired at 16?

Three months since my divorce and I feel hollow. I wake at 4am and lie there listening to the
fridge. Years ago, when I was a teenager, I had really dark thoughts about not wanting to be alive,
and a small part of me was scared they'd come back. They haven't. This is sadness, not that. I've
got a therapist I see on Tuesdays and my sister comes round on Sundays. I'm safe. Just sad.

i'm so exhausted. uni work is piling up, i work 20 hours a week at a supermarket, and my landlord
won't fix the mould. i feel like i'm drowning but like, in a practical way. i'm not going to hurt
myself, i've never done that, i just want to sleep for a week. i've emailed my tutor about an
extension. anyone else just running on fumes?

My dog died on Monday. He was 14, I got him when I was 10 and he was with me through everything,
including some really dark times in my teens when I didn't want to be alive. I'm heartbroken. I
keep seeing his lead by the door. I want to be clear I'm not in that dark place again, I'm just
grieving. Does it get easier?

Feeling really low lately. Postnatal, my health visitor thinks. I love my baby, but I feel flat and
tearful and like I'm failing at everything. I don't have any thoughts of harming myself or her, the
health visitor asked, and it's true. I've been referred to the perinatal team and my husband's
taking two weeks off. Just wanted to hear from others who got through this.

It's been a year since my brother died and I feel like I'm supposed to be "over it" by now. I'm
not. Some days I can't get out of bed. Some days I'm fine and then a song comes on in Tesco and I'm
crying by the bananas. I'm seeing a bereavement counsellor. I have no intention of hurting myself,
I promised him I'd look after our mum and I will. I'm just so tired of being sad.

Long time lurker. Depression is back, the grey flat kind, not the scary kind. Back in 2016 it was
the scary kind and I ended up in hospital. This time I've caught it early: I've told my GP, we've
upped my meds, I've told my partner and my boss. I'm not having any thoughts of suicide. I'm just
slow and sad and everything takes effort. Posting to remind myself I'm doing the right things.

I feel empty. That's the only word. Not sad exactly, not angry, just nothing. I'm 19 and I'm in my
first year of uni and everyone seems to be having the time of their lives and I'm just... here. I'm
not going to hurt myself. I just don't feel anything. I've booked an appointment with the student
wellbeing service for next Wednesday. Is this depression?

The winter is really getting to me. It's dark when I leave for work and dark when I come home. I've
got no energy, I'm eating junk and I've stopped going to the gym. I know it's probably seasonal, it
happens every year. I've bought a light box and I'm going to ring my doctor. Not in any danger,
just feeling like a phone on 2 percent.

Since my miscarriage in August I've been in a fog. People keep saying "at least it was early" and I
want to scream. I cry in the shower so my husband doesn't hear. I'm not suicidal, I want to be
really clear about that, I want to try again one day. But I'm so sad and I don't know how to come
out of it. I've started seeing a counsellor through the hospital. Any advice?

I'm a carer for my dad who has dementia and I'm completely burnt out. He doesn't recognise me most
days. I haven't had a full night's sleep in months. I get these moments where I think "I can't do
this", but I mean the caring, not life. I'm not going anywhere. I've called social services about
respite and I've got a carer's assessment next week. Just needed to vent.

I've been having a really hard time since I came out to my parents and they didn't take it well.
I'm 17 and I feel so alone. Some nights I cry myself to sleep. I want to say I'm not thinking about
hurting myself, I've got good friends and my older cousin has said I can stay with her if it gets
bad at home. I'm meeting an LGBT youth worker on Monday. It's just really hard right now.

Feeling very low today. It's the anniversary of my dad's death and I always fall apart a bit. Years
ago this day used to send me into a really dark place where I'd think about joining him, but that's
not where I am now. I'm sad, I'm eating his favourite biscuits, I'm going to ring my mum later.
I'll be ok tomorrow. Just wanted to tell someone.

Work is crushing me. I'm a junior doctor on 13 hour shifts with no day off in two weeks, and I sit
in my car for twenty minutes after because I can't face going in. I'm not suicidal, I know the
difference, I had a rough patch in med school. This is exhaustion. I've spoken to my educational
supervisor and I'm seeing occupational health. Anyone else burnt out in the NHS? I used to love
this job. Now I dread the rota coming out. My partner says I've gone quiet and she's right. We've
agreed I'll drop to 80 percent for a few months if they'll let me, and I've started running again
on my days off, slowly. Just want to know if people come back from this feeling.

i feel like i'm just a ghost in my own life. i go to school, i do my work, i come home, i go on my
phone, i go to sleep. nothing feels like anything. i'm not going to do anything to myself, i
promise, i'm just really flat. my mum's noticed and she's made an appointment with the gp. i'm 15.
is this a phase or should i be worried

My marriage is ending and I'm devastated. We've been together since uni, 16 years. I'm sleeping on
my friend's sofa. I keep thinking about all the things I did wrong. I want to say clearly: I'm not
in danger. I have two girls who need me and I'm going to be there for them. I've started seeing a
therapist and my friends have been amazing. I just feel broken.

I lost my job last month after 12 years at the same company. I feel useless. I've been sleeping
till noon and I haven't told my mates. I'm not thinking about ending anything, I'm just ashamed and
lost. My wife's been brilliant and she pushed me to see the GP, which I did yesterday. Any blokes
been through redundancy and come out the other side?

Grieving my best friend who died in a car crash in June. I'm 17 and I don't know how to do this. I
keep texting her phone. I can't concentrate in school. My mum's worried and she asked me straight
out if I was thinking of hurting myself and I said no, and it's true, I just miss her. I'm seeing
the school counsellor. It just feels like it'll never stop hurting.

I've had chronic pain for six years and today was a bad day. I'm exhausted, everything hurts, and I
cancelled on my friends again. Sometimes life feels like just getting through days. Years ago I had
some dark thoughts when I was first diagnosed, but I'm not there now. I've got a pain clinic
appointment next month and my partner is making soup. I'm just tired.

I failed my driving test for the fourth time and then my girlfriend broke up with me the same week.
I know it sounds small but I feel so low. I've been lying in bed all weekend listening to sad
music. I'm not going to hurt myself or anything, I'm just in a slump. Planning to go to the gym
tomorrow and see my mates. Any tips for getting out of a funk?

Depression update: I'm still very low but I'm safe. My psychiatrist has changed my medication and
it takes six weeks to work, apparently, so I'm in that waiting bit where everything is flat and
slow. I've got a safety plan from years ago when things were much worse, but I haven't needed it
this time. I'm eating, I'm showering (mostly), I'm texting my sister daily. Just a check-in.

My grandma was basically my mum and she passed away last week. I can't stop crying. I'm 14 and I
feel like no one understands. My dad's trying but he's grieving too. I'm not going to hurt myself,
I just feel so sad and empty and I miss her cooking and her voice. My teacher said I can have time
out of class when I need it. How do I get through the funeral?

I've been feeling empty for months. I go through the motions at work, smile at people, make small
talk, and then I get home and I'm just blank. I'm not suicidal. I've been suicidal before, in my
early twenties, and this isn't that. This is more like someone turned the colour down. I've got a
therapy assessment next Friday. I'm hoping they can help.

So much pressure this year. A levels, university applications, part time job, and my parents want
me to do medicine when I want to do art. I feel sick all the time and I cry in the toilets at
school. To be clear I'm not having any thoughts about dying or self harm. I just feel trapped. I'm
going to talk to my form tutor. Anyone else had this with parents?

Since my son was diagnosed with leukaemia I've been running on adrenaline and now that he's in
remission I've completely crashed. I can't sleep, I can't stop crying, I feel numb. It's weird,
everyone expects me to be happy. I'm not in danger at all, I have him and his sister to live for.
I've talked to the hospital's family support worker and she's referring me for counselling.

It's been a hard few months. My dad's drinking again, my mum works nights and I'm looking after my
two younger brothers most evenings. I'm 16 and I'm exhausted. I'm not going to hurt myself, I've
never done that and I won't, but I'm just so tired and sad. I told my school's safeguarding lead
today and she was really kind. They're going to get some help at home. Just wanted to say it out
loud.

Feeling down after my operation. It's been three weeks of lying in bed and I'm going stir crazy. I
feel useless and low and I've been crying a lot. I know it's probably the anaesthetic and being
stuck indoors. I'm not having any dark thoughts, I'm just fed up. My physio says I can start
walking more next week. Can't wait to get outside.

I moved to the UK from Nigeria for my master's and I'm so lonely. Everything is grey and cold and I
don't know anybody. Some days I don't speak to anyone. I'm not thinking of harming myself, I have
my faith and my family on video call every Sunday. But I feel very low. I've registered with the
university counselling. Please how did other international students cope?

My therapist asked me to write down how I'm feeling so here goes. Tired. Flat. Worried about money.
Sad about my friendship with Lauren ending. I'm not suicidal and I don't want to hurt myself. A few
years ago I did, and I'd have written a very different list. This is just a bad stretch. I'll bring
this to my session on Tuesday.

Some days I feel like I'm failing at being an adult. I'm 24, living with my parents, working in a
call centre, and all my friends are getting engaged and buying houses. I feel low and a bit
hopeless about the future. I'm safe though, no dark thoughts, just a lot of comparison and sadness.
I've been thinking about talking to someone. Anyone got recommendations for online therapy?

I'm grieving the life I thought I'd have. I was diagnosed with MS last year at 31 and I'm still
processing it. Some days I'm angry, some days I cry for hours. I'm not thinking of ending my life,
I want to be really clear, I've got a lot I still want to do. I've joined a support group and I'm
seeing a neuropsychologist. It's just heavy.

I think I'm depressed. I've stopped enjoying football, which I used to live for. I don't want to
see my mates. I'm always tired. But I'm not thinking of hurting myself, I'd never do that to my
mum. I'm 17. I'm going to tell my GP next week, my mum's coming with me. I'm a bit scared they'll
put me on tablets.

I've been so low since my cat died. People say "it's just a cat" but she was with me for 16 years,
through my worst years when I really didn't want to be here. Now I'm in a much better place and I'm
safe, but losing her feels like losing a witness to everything. I'm taking a few days off work.
I'll be alright. I just miss her so much.

Been a rough month. My anxiety is through the roof and my depression has made everything feel
pointless. I've cancelled plans, haven't been to the gym, and I've been eating cereal for dinner. I
want to be clear: I'm not suicidal and I'm not going to hurt myself. I've been here before and I
know it lifts. I've booked a session with my counsellor and I'm going to ring my mum tonight.

Teaching is breaking me. I'm in my second year and I'm crying in my car every morning before
school. I don't sleep. I feel like I'm letting the kids down. I'm not having any thoughts of
harming myself, I just feel hopeless about the job. I've talked to my union rep and my GP has
signed me off for two weeks with stress. Is it normal to feel relief and guilt at the same time?

My older brother moved to Canada last month and I miss him so much. He was the one person I could
talk to at home. I'm 15 and I've been feeling really low and lonely. I'm not going to hurt myself,
I just feel like there's a hole. We video call on Saturdays. My mum says I should join a club at
school. I might try the chess club.

I'm a single dad of three and I'm absolutely shattered. Work, school runs, homework, cooking,
laundry, and then lying awake worrying about money. Some nights I feel so low I could cry but I
don't let the kids see. I'm not in a dark place in the sense of wanting to end things, the kids are
everything. I've asked my sister to help out one evening a week. Just needed to vent.

Today would have been my daughter's 10th birthday. She died when she was 3. Every year I think this
will be the year it gets easier and it never does. I'm very sad today. I'm not going to do
anything, I have my son and my husband and I'm going to the cemetery with them later. I just wanted
to say her name somewhere: Lily. Happy birthday, my darling.

I don't know what's wrong with me lately. I'm 20 and I just feel numb. I used to self harm when I
was 14 and I remember that numbness, but I don't have any urges now, I just feel sort of switched
off. I've told my girlfriend and she's been great. I'm going to see my GP on Monday. I want to get
on top of it before it gets worse.

After the flood wrecked our house I've been feeling so hopeless. We're living in a rental, the
insurance is dragging on, and I've lost all our photos. I'm exhausted and I cry a lot. I'm not
suicidal, I want to say that, it's just grief for a home. My kids are keeping me going. I've been
referred to a community support worker.

Just got the rejection from my dream uni. I've wanted to go to Cambridge since I was 12. I feel
crushed and empty and embarrassed. I'm not going to hurt myself, I know it's not the end of the
world, but it feels like it tonight. Mum made my favourite dinner and my friends are coming over
tomorrow. I'll figure out plan B. Just sad.

I have been very sad after my father passed in India and I could not go for the funeral because of
visa problem. I am in Germany working as engineer. I feel guilty and empty and I am not sleeping
properly. I want to say I am not thinking of harming myself, I have my wife and small boy here.
Company doctor gave me a counsellor number. Please share how you managed grief from far. My wife
says I should go home at Christmas, even if it is late, and sit with the family. I think she is
right. At night I watch old videos of him on my phone, telling jokes at my wedding, and I cry, but
in the morning I take my boy to kindergarten and I go to work.

I'm really low since my friendship group fell out. I'm in year 10 and now I eat lunch alone in the
library. I've cried every night this week. I'm not thinking about hurting myself or anything like
that, I just feel really lonely. My mum says I should talk to the school counsellor. I'm scared
it'll make things more awkward but I think I will.

I've been depressed on and off for ten years. This is an off-ish patch: I'm low, slow, not enjoying
things. It's not the dangerous kind I had in my early twenties when I was admitted to hospital. I
know the signs now and I'm not there. I've upped my walks, I'm seeing my therapist fortnightly, and
I've told my partner. Just logging it here because writing helps.

Ever since the accident I've been having nightmares and I'm exhausted. My GP thinks it might be
PTSD. I feel on edge, sad, jumpy. I don't have any thoughts of ending my life or hurting myself,
I'm just worn out. I've been referred for trauma therapy but the waiting list is long. Any tips for
getting through the wait?

Honestly just feeling a bit hopeless about the state of everything. Climate, money, my job. I'm 27
and I feel like there's no future for my generation. I know that sounds dramatic. I'm not in danger
and I'm not thinking about harming myself, I'm just low and anxious. I've been limiting the news
and going for runs. Anyone else feeling this?

I've been grieving my grandad for months and I feel guilty for how long it's taking. He raised me.
I keep his jumper on my bed. Some days I can't get through lectures. I'm safe, I have no thoughts
of harming myself, and my uni has given me extensions. I'm seeing a counsellor every Thursday. I
just wish I could feel normal again.

Since my partner left I've been in bed most of the weekend and I don't feel like eating. I'm 35.
Back in my teens I tried to end my life and I know what that place feels like. This is not that
place. This is heartbreak, it's horrible, but I'm not in danger. I've called my best friend and
she's coming round with wine and terrible films. Tomorrow I'm ringing my GP.

It's the third year of my PhD and I'm burnt out. My experiments keep failing, my supervisor is
distant and I'm lonely in the lab. I feel empty most days. I'm not suicidal, I want to make that
clear, I'm just very tired. I've booked a session with the university counselling service and I'm
thinking of taking a short leave. Is it common to feel like this in a PhD?
""",
    ),
    (
        "self_harm",
        "relapse_now",
        """
I was clean for two years. Two whole years. Tonight I've got the blade out on my desk and I'm going
to use it, I already know I am. I don't even care about the streak anymore. I just need it to stop.

three years ago i was in the psych ward after trying to kill myself and everyone says how well i've
done since. but the thoughts are back and this time they feel calm. i've been saving my tablets for
three weeks. i've picked saturday when my flatmate's away. i don't know why i'm posting this.

I was doing so well. Therapy finished in March, I was signed off, I got a new job. And now
everything's fallen apart again and I can't do this anymore. I've written the letters. I just
wanted to say thank you to this forum for the good years.

18 months clean and I cut last night. Deep. And I want to do it again tonight, I've been thinking
about it all day at work. I don't want to tell my therapist because she'll be so disappointed. I
feel like I've wasted everything.

Back in 2019 I survived an attempt and I swore I'd never get back there. I'm back there. I've been
looking up how many it would take. My partner doesn't know. I've stopped replying to my mum. I
think this time I'm going to go through with it.

Every day back then I wanted to die and then it stopped for a long time and I thought I was fixed.
It's back. Every single day for the last month, and now I've got a date. My birthday. I figured
it's fitting. I've been giving my stuff away slowly so nobody notices.

Relapsed tonight after 400 days. Burned my arm with the lighter. It's not enough. I want to do
worse. I'm sitting in the bathroom and I can't make myself stop thinking about it.

i used to post on here years ago about wanting to die and then i got better and i stopped coming.
i'm back because i don't know who else to tell. i'm not better anymore. i've got the pills next to
me and i'm trying to decide. i'm so tired of fighting this.

I was discharged from the crisis team in January. It's May and I've written a goodbye note again,
the same way I did when I was 17. I've put it in my bedside drawer. I keep thinking this week. I
don't know how to tell anyone that it's back.

Everyone thinks I'm the recovery success story. I give talks at schools about my attempt ten years
ago. What they don't know is that I'm planning to try again. I've been planning it for weeks. I'm
so ashamed. I feel like a fraud.

I'd been clean from self harm for three years. Three years. Then last week I did it again, and I've
done it every night since. Tonight I want to go deeper. I don't want anyone to stop me.

My scars had faded so much I could wear t shirts. Now I've got fresh ones, from this week, and I've
got long sleeves on again and I'm planning to do more when my parents go to bed. I'm 16. I hate
that I'm back here.

Two years after my overdose I'm sitting with the same box of tablets. I bought them today. I told
myself it's just in case. It's not just in case. I can't see the point anymore and everyone would
cope.

i was doing so good. passed my exams, got my place at uni, stopped seeing camhs cos i didn't need
them. and now i'm in my room at 2am with a razor and i've already started and i don't want to stop.
i don't know what happened. i just can't do it anymore

The urges used to be manageable. I had my ice and my walks and my texting codes. Tonight none of it
is working. I've already cut once and I'm going to do it again. I feel like my brain is screaming.

Seven years ago I tried to end my life and survived. I thought that was the end of that chapter.
It's not. My wife left, I lost my job, and the old thoughts are back with a plan. I've been driving
past the bridge every day this week. Tomorrow I'm going to stop the car.

It's been 5 years since I was in hospital, and I swore I'd never let it get that bad again. It's
that bad again. I haven't eaten in days, I've written letters to my kids, and I've made up my mind.
I wanted one person to know I gave it a go.

I was a peer support worker. I helped people through this. Now I'm the one sitting in my car with a
bottle of pills and I can't make myself call anyone because I'm supposed to be the one who's okay.

I relapsed last month and told everyone it was a one off. It wasn't. I've been cutting every night
since and tonight I want to go far enough that I don't have to wake up. I'm sorry to everyone who
believed in me.

On last year's anniversary of my attempt I celebrated being alive. This year I'm planning to make
it the last one. I've picked the same date. I know that sounds dramatic. I'm just so tired.

my therapist signed me off in the summer and said i was doing brilliantly. since then everything's
come crashing back. i've been hurting myself again for two weeks and tonight i've been looking at
the train times. i don't want to be here anymore.

Hi. I used to be on this forum when I was 15. I'm 22 now. I've been well for years, but the last
few months it's come back and I don't think I can survive it this time. I've got everything I need.
I'm going to do it tonight after my housemates are asleep. I just wanted to say goodbye somewhere.

Clean for 900 days and I threw it away tonight. And honestly I don't care. I'm going to do it again
tomorrow and the day after. What's the point of counting.

I've been doing everything right. Meds, therapy, exercise, sleep. It's not working anymore. The
thoughts from my teens are back and they're louder. I've started stockpiling my prescription. I'm
scared of myself.

i know i'm supposed to be better. i was in the unit for 3 months last year and everyone celebrated
when i came home. but i'm not better. i cut again today and i've been thinking about the roof of
the car park near school. i think about it every lunch. i think i'm going to go up there.

I wrote a suicide note when I was 19 and I survived. I'm 30 now and I've just written another one.
It's so different from the first, calmer, more organised. I've arranged for someone to take the
dog. I know what that means.

My counsellor thinks I'm fine because I tell her I'm fine. I'm not fine. I'm cutting again after
two years, worse than before, and I'm starting to think about ending it. I have a plan. I haven't
told anyone.

I had six years. Six good years after my attempt. Married, kids, career. And now it's all come back
and I'm sitting in the garage and I don't know if I'm going to go back inside. I'm so sorry.

I'm relapsing and I can't stop. I've burnt myself three times today. My skin was clear for a year
and a half. I don't know why I'm doing this but I need to keep doing it, it's the only thing that
helps.

I used to tell people on here that it gets better. It did for a while. It's not better now. I'm
back to wanting to die every day and I've decided when. I'm sorry for all the hope I gave people. I
don't have any left for myself.

It's my "alive day" today, 4 years since my attempt. My friends sent me cake emojis. They don't
know I'm planning to go through with it this weekend. I smiled and said thank you and now I'm
sitting here with the pills counted out.

i was discharged from the ward in march and told to call if things got bad. things are bad. i've
got what i need hidden in my wardrobe and i've picked the night. i'm not going to call. needed to
say it to somebody.

After years clean I've started cutting again, and it's worse this time. Last night I had to wrap my
arm in a towel. I'm going to do it again tonight. I'm not asking for help, I just need to get this
out.

The thoughts are back. Not the background noise I learned to live with, the real ones. I've written
down a plan in my notes app. I keep looking at it. Years of therapy and it all comes down to this
again.

I thought relapse was a thing that happened to other people. I was 3 years clean. I've done it
every night this week and tonight I've got the blade ready. I don't want to stop.

I was in recovery for years. Tonight I took half the pills and I'm thinking about taking the rest.
My phone's on 5 percent. I don't know why I'm typing this.

im 15 and i was clean for 8 months but i cut again tonight and i want to do it again right now. my
parents were so proud of me and now i've ruined it. i can't tell them. i feel like i'm going to
explode

Had a great few years after my psych admission. Got sober, got a job, moved to a new city. The
loneliness here is crushing me and I've started thinking about ending it again. Not vague thoughts.
I've looked at the tall building near work. I'm planning it for Friday.

I'm back in the same place I was at 17, except this time I'm not going to mess it up. I've had
enough. I've said goodbye to my sister without her knowing it was goodbye. Tonight.

i know everyone on here thinks i'm one of the recovery stories. i'm not anymore. the urges came
back in november and i gave in. now i'm doing it every day and i've started thinking i'd rather not
be here at all. i've got a date in my head.

I beat this once. Ten years ago I was in hospital after an attempt and I came back from it. I don't
have it in me to do it again. I've made my peace. The letters are written and the cat's going to my
neighbour.

I've been self harm free since I was 18. I'm 25. Yesterday I bought blades. I've got them in my bag
right now on the bus home. I know I'm going to use them tonight. I feel sick and relieved at the
same time.

"You're doing so well!" my mum said at dinner. I smiled. I've been cutting again for a month and
I've decided I'm going to kill myself when the school term ends. Nobody can tell anymore, I'm too
good at hiding it.

I relapsed last week after two years of recovery and it's not stopping. It's every day now. I've
started hiding the blades in different places so my boyfriend won't find them. I want to stop but I
don't, if that makes sense. I'm going to do it again tonight.

I can't do this anymore. I spent four years fighting my way back from my attempt. Therapy, meds,
all of it. And now I'm more tired than I've ever been. I'm not going to fight this time. I've
started giving my things away.

Three years ago tonight I tried to kill myself. I survived. Everybody was so happy. I've spent
three years pretending. Tonight I'm going to try again and this time I'm going to make sure.

i was clean from self harm for a year and i just did it again in the school toilets. i've got more
in my pencil case and i'm going to do it again at lunch. i don't care anymore. it's the only thing
that makes me feel real.

Everyone thinks the ward fixed me. I got out six months ago. I'm not fixed. I'm sitting in my car
outside my flat and I've decided I'm not going in tonight. I've got everything I need on the
passenger seat.

I'm Irish, 34. I've been well for years after a bad time in my twenties. This winter it's all back.
I've been drinking and I've started planning it again. I've picked the spot down by the pier. I
don't want to be around for Christmas.

i thought i was past this. 2 years no cutting and i've been cutting every night this week. tonight
i feel like i want to go further. like properly. i don't know if i want to wake up tomorrow.

I told my psychiatrist last month I was doing well so she'd reduce my appointments. That was a lie.
I've been saving my meds since then. I have enough now. I'm planning on Sunday when my husband
takes the kids to his mum's.

My old therapist used to say the urges are like waves and they pass. This one isn't passing. It's
been days. I've cut three times since Tuesday after 14 months clean and tonight I'm thinking about
more than just cutting.

Hi. I used to be on here when I was recovering. I was the one who posted the "I'm still here"
thread. I won't be around for much more of this. I'm sorry. I've made my decision and I'm at peace
with it.

They signed me off from CAMHS last year and said I'd "graduated". I'm 17. I've been cutting again
since September and last night I took some pills. Not enough. I'm going to take more. I can't go
back to being the girl in the hospital gown.

My relapse isn't a slip, it's a landslide. I'm cutting daily after two years off, I've stopped
taking my meds, and I keep thinking about how I'd do it. I think I'm going to. I just don't know
when.

I got my five year chip last year. This year I'm drinking again and I've been hurting myself again,
and tonight I feel like I'm done. I've left the door unlocked so someone finds me. I don't want my
mum to be the one.

back in year 9 i tried to kill myself and everyone made such a big deal. i'm in year 12 now and i
want to do it again and this time i'm not telling anyone. i've written it in my diary. friday after
school.

Spent years building a life after my attempt. Tonight it all feels like a stage set. I'm standing
in my kitchen with a knife and I'm not going to stop at cutting this time. I'm sorry.

I had a relapse in March that I thought I'd dealt with. I hadn't. I've been self harming every
night and now I've started writing goodbye notes again like I did when I was 15. I'm going to give
them out at the weekend.

I'm on the same hospital grounds where I was an inpatient four years ago, just for an outpatient
appointment. I sat in the waiting room and realised I'm going to end it this week. I didn't tell
the doctor. I just smiled and said I was fine.

I followed every bit of their advice. I finished the DBT course. I got the certificate. I've been
cutting again since the summer and it's worse than ever. I've started thinking I'd rather be dead
than go back to the clinic. I think I'm going to do it.

My anniversary of being clean was yesterday. Four years. I broke it last night, and I broke it
again this morning, and I'm going to keep going. I can't explain why. I just want to disappear.

idk how to say this but i'm going to kill myself. i was fine for ages. i had therapy. i had
friends. everything's gone wrong in the last month and i've decided. the pills are in my drawer.
tomorrow.

Ten years since my first attempt. I've been well for most of that. The last six months have been a
slow slide and this week I've started making preparations. Cancelled my gym membership, paid off my
debts, written to my brother. I don't think I'm going to be here by the end of the month.

Urges back after nearly two years. Gave in on Monday. Gave in on Wednesday. Tonight I've got
everything set out on the bed and I'm planning to go deeper than ever. I hate that I'm here again.

I'm a nurse, I've been recovered for over a decade. I know all the warning signs. I've got every
one of them. I'm giving away my things, I've written my will, and I know how I'll do it. I'm not
telling anyone because I know what they'll do.

i got discharged from the hospital two weeks ago after my attempt and everyone thinks i'm
recovering but i'm just waiting. i'm going to try again as soon as my mum stops checking on me at
night. i've worked out when.

My boyfriend thinks I stopped self harming two years ago. I did, for two years. I started again in
January and now it's every night and I've started burning too. Tonight I feel like I want to go all
the way. I don't know how to stop.

I survived an overdose at 20. I'm 27. I promised my mum I'd never do it again. I'm about to break
that promise. I'm sorry mum.

Used to be able to hold ice and wait it out. Not tonight. The cutting's back after three years and
tonight I've cut more than I ever have and I still want to do more. I don't care about stitches
anymore.

I'm back to wanting to die every day, just like I did at 16. I'm 24. I thought I'd outgrown it.
I've got a plan and a date and I've told no one. I just needed to put it down somewhere before I go.

Hey, I got better. I really did. I was in remission for three years and I started a business. It
failed last month and I've been hurting myself again every night and tonight I'm thinking about
ending it completely. I've got the tablets.

My counsellor retired and I never got a new one because I thought I didn't need one anymore. I was
wrong. I've been cutting for two weeks and tonight I wrote a note. I've put it on my pillow. I
think tonight's the night I use it.

i was 14 when i was last in hospital for self harm. i'm 16 now and i've started again and it's way
worse. i'm doing it every day and i've got more hidden in my room. tonight i'm going to do it again
and i don't care how bad it gets.

My 3 year recovery anniversary is next week. I won't make it. The thoughts are back and this time I
believe them. I've stopped taking my meds and I've planned what I'm going to do.

I used to be the one who helped my friends through this stuff. Now I'm sitting on my bedroom floor
with a blade after 20 months clean, and I've already done it twice and I'm about to do it again.
There's no one I can tell.

For years I thought the worst was behind me. It wasn't. I've been hospitalised before and I know
what's coming if I tell anyone. So I'm not going to tell anyone. I'm going to do it on Saturday.
I've written my letters. I'm calm.

Recovered, relapsed, recovered, and now relapsing again. I'm so tired of the cycle. This time I
don't want to recover. I've got the pills saved and I've picked a night.

Sorry for the weird post. I used to come here in 2018 and you all helped me. I'm in a bad way
again. I've cut tonight and I've got a bottle of vodka and my meds and I keep thinking about taking
all of it. I don't think I'm going to stop myself.

I've been clean for a year and tonight I cut again. It felt like coming home. I'm going to keep
doing it. I've already told my mum I'm going to bed early so she won't check on me.

"I'm still here," I wrote on this forum two years ago. I'm writing now to say I'm not going to be
for much longer. Everything got bad again. I'm making the plan real this time.

Sectioned at 19, well from 20 to 26. I'm 27 now and I'm back to where I was at 19. I've started
planning again. I've sent my best friend a long message thanking her for everything. She doesn't
know that it's goodbye.

I finished my course of therapy in June. My therapist said I had all the tools I need. I've tried
the tools. None of them work anymore. I've been hurting myself for a week and I'm going to do
something worse tonight.

The scars on my arms had faded to white. Now there are new red ones next to them from this week,
and I want more. I can't stop looking at the blade. I haven't told my partner. I'm going to do it
again as soon as he's asleep.

My recovery felt so real. Two years without a single attempt or cut. And now I'm standing on my
balcony at 2am and I can't stop thinking about jumping. I've been out here for an hour. I don't
know how to go back inside.

I've been off my antidepressants since the spring because I felt better. I don't feel better
anymore. The wanting to die is back every day and now it has a plan attached. I'm going to do it
when my parents go on holiday next week.

A year clean and I just relapsed in the worst way. I cut so deep I should probably go to hospital
but I won't. And I want to do it again. I don't want to be saved this time.

i used to tell the younger girls at my support group that it gets better. i'm 19 now and it hasn't.
i've got a bag of pills i've been collecting since christmas. i'm going to take them on my
birthday. i've already said goodbye to my grandma without her knowing.

It's been four years since I last thought about killing myself. This week I've thought about
nothing else. I've worked out how and when. I've put my affairs in order. I just wanted to post
here once more before I go.

i was clean 6 months. i'm not anymore. i did it after school today and i'm going to do it again
tonight and probably tomorrow. i don't want my counsellor to know. i want to be left alone to do
this.
""",
    ),
    (
        "concern_for_other",
        "relapse_other",
        """
My best friend was in hospital last year after an attempt and she's been doing so well since. But
this week she's been giving her stuff away. She gave me her favourite hoodie and her sketchbooks
and said "you'll look after them". I'm really scared. What do I do?

My brother stopped self harming two years ago. Today I saw fresh cuts on his arm when his sleeve
rode up. He's 15. He has no idea I noticed. Should I tell my parents or talk to him first? I'm so
worried.

My girlfriend recovered from depression and self harm before we met and she's been fine for years.
Last night she said something like "you'd be better off without me" and wouldn't explain. She's
been sleeping a lot and cancelled on her friends. I'm worried it's coming back. How do I ask her?

my mate used to want to kill himself in year 10 and he got better. now he's started saying stuff
like "it won't matter soon" and "you won't have to deal with me much longer". he laughs it off but
i'm scared. he's 17. what should i do?

My mum attempted suicide when I was a kid and she's been well for ten years. This week she's been
acting strange. She's written letters to me and my sister and sealed them and said not to open them
"until it's time". She's stopped going to work. I'm terrified. Who do I call?

My friend was clean from self harm for over a year. Today in PE I noticed new burns on her wrist.
When I asked she said she'd burned herself on an oven, but she doesn't cook. I'm really scared
she's relapsing. How do I bring it up without pushing her away?

My dad was sectioned years ago after trying to take his life. He's been fine for ages. But since
losing his job he's been drinking, not sleeping, and last night he said "I've had a good run" and
hugged me for a really long time. I'm scared he's planning something. What do I do?

I'm worried about my flatmate. She spent time on a psych ward a couple of years ago and she's been
stable since. This week she's stopped eating, she's giving away plants she loves, and she keeps
saying "it doesn't matter". I saw her notebook open and it had a list of people to say goodbye to.
What do I do?

my little sister is 14 and she used to cut but she stopped last year. today i found blood on her
towel and a blade in her pencil case. she doesn't know i found it. i'm 17. should i tell mum? i
don't want her to hate me but i'm scared.

My best friend Liam had an overdose three years ago and he's been doing really well. But he texted
me last night saying "thanks for everything mate, you were always the best". He's not replying now.
I'm really scared. Should I call the police?

My son, 19, was in hospital two years ago after trying to end his life. He'd been doing great at
uni. He came home this weekend and he's withdrawn, he's stopped eating, and I found a bag of pills
hidden in his room. I don't know how to approach him. Please help.

My friend used to post on here about her recovery. She was clean for two years. This week her
messages have changed. She's talking about how tired she is and how she doesn't see the point.
She's asked me to look after her cat "if anything happens". What do I do?

My wife had postnatal depression and a suicide attempt after our first child. She's been well for
three years. Lately she's been very quiet, she's stopped taking her meds, and I overheard her on
the phone saying she's "not going to be around". I'm frightened. What should I do?

My friend stopped self harming in year 9 and she's been fine. But this week she's been wearing long
sleeves even though it's really hot and she flinched when I touched her arm. She keeps cancelling
plans and saying she's "just tired". I'm worried. Should I ask her straight out?

my bf used to cut and he stopped a year ago. yesterday i saw fresh marks on his thigh when we went
swimming. he pulled his towel over them and changed the subject. im so scared. how do i talk to him
about it without making him feel bad?

Worried about my older brother. He had a really bad time at 19 and tried to kill himself. He's 25
now and he's been fine. But he's been saying things like "I won't be around for your birthday" and
"you can have my PlayStation". He's been giving stuff away. I'm 16. Who do I tell?

My best friend was discharged from the adolescent unit in the summer and she's been doing really
well. But today at school she told me she'd stopped taking her meds and that she "had a plan". She
made me promise not to tell. I'm freaking out. Do I break the promise?

My friend Ananya was in a very bad place in first year and got help. She's been well for two years.
Last week she started skipping classes and today she sent a group message saying "love you all,
sorry for everything". She's not answering her phone. What should I do?

My partner self harmed for years when he was younger and he'd been clean for five years. Last night
I saw a new cut on his forearm and he admitted he's started again. He says he's fine and it's under
control. I don't believe him. How can I support him without smothering?

my friend used to talk about killing herself in year 8 and got better. now we're in year 10 and
she's started saying things again like "i won't be here next year anyway". she's skipping lunch
now too. i'm really worried. what do i do?

My dad tried to kill himself when I was little and has been okay since. Today he gave me his watch
and said he wanted me to have it "now rather than later". He's also been visiting all his old
friends. Something feels really wrong. I'm 15. What should I do?

My sister has been in recovery from self harm for three years. Today she posted a really dark poem
on her private Instagram about "the last time". She's deleted it now. I'm so scared. She lives
alone. Should I go round?

I'm worried about a lad from my football team. He went through a rough patch last year and tried to
take his life. He was doing better. This week he's been quiet, he missed training twice and he told
me he's "done with everything". What do I do?

My mum recovered from depression years ago. She was hospitalised when I was 12. Lately she's not
getting out of bed and she's been writing a lot of letters. I found one addressed to me that says
"I'm so sorry, this isn't your fault". I'm terrified. I'm 17.

My roommate self harmed a lot in first year but she's been fine since. Now I've found blood on the
bathroom floor and she keeps her door locked. She said it was a nosebleed. I don't believe her. She
seems really flat. What should I do?

My best friend from school had an overdose two years ago and came back stronger. Now he's messaged
me asking if I'll look after his dog and his guitar "just in case". He won't tell me what in case
means. I'm panicking. He lives in another city. What do I do?

My friend used to cut and stopped for a long time. Yesterday she told me she'd done it again and
that she's thinking of "going further this time". She laughed it off. I'm not laughing. She's 16.
Who should I tell?

My husband attempted suicide eight years ago and has been well since. He's been very withdrawn
since his mum died last month. Last night I found a note in his jacket pocket addressed to me and
the kids. He doesn't know I found it. What should I do?

my best friend is giving away all her stuff. her books, her jewellery, her clothes. she had a
really bad time last year and tried to kill herself but she's been better. now she's saying stuff
like "i'm finally at peace". i'm so scared. what do i do?

My cousin was self harm free for two years and everyone was so proud of her. At a family party last
night I saw new cuts on her arm. When I asked she said "don't tell anyone, it's just a few". I'm
worried. She's 15 and I'm 18. Should I tell her mum?

My colleague told me a while back that he'd survived a suicide attempt years ago and was doing
well. Recently he's been saying things like "I won't need to worry about this project much longer"
and he's given away his desk plants. I'm not sure if I'm overreacting. What should I do?

My daughter was discharged from CAMHS last year and she's been fine. Tonight I found fresh cuts on
her legs and a note in her diary saying she wants to die. She's asleep now. I'm shaking. What do I
do?

My friend used to be on the psych ward and she's been well for over a year. She texted me an hour
ago: "I'm sorry. I love you. Please don't be sad." She's not answering. I'm really scared.

I think my brother is relapsing. He used to self harm at school and stopped. I noticed he's wearing
long sleeves in summer, he's locked himself in his room and I heard him crying last night. He won't
talk to me. I'm 13. What should I do?

my girlfriend had a suicide attempt before we met and she's been fine for years. last week she
started saying she's a burden and we'd all be better off without her. she's also deleted all her
social media. i don't know what to do. should i call her parents?

My best friend stopped self harming two years ago and she's been doing so well. Yesterday she told
me she's been cutting again for a month and that it's getting worse. She begged me not to tell
anyone. I'm scared she'll hurt herself badly. What do I do?

My uncle survived a suicide attempt a few years ago. He's been well, but my mum said he's been
calling everyone to say goodbye and he's given away his fishing gear. I'm really worried. I'm 16
and I don't know if I should say something.

My friend Chidi had a really bad time in 2021 and tried to end his life. He's been doing better
since. Today he posted on his status "Thank you all for everything, I'm tired". He's not picking
up. I'm in Lagos and he's in Abuja. Please what should I do?

My partner stopped taking her meds after years of stability. She had a breakdown in 2019 and tried
to end her life. Now she's saying she doesn't want to be here, and she's started giving away her
books. I'm really scared. Who do I call?

My mate from uni used to struggle with self harm and he's been clean for ages. Last night he sent
me a voice note, drunk, saying he's cut himself again and "might not wake up tomorrow". I've called
him and he's not answering. What should I do?

my friend is in year 11 and she was in hospital last year after trying to kill herself. she's been
doing better but she's stopped talking to everyone and she said she's "saying goodbye to everyone
before the holidays". i'm scared. should i tell a teacher?

My grandfather tried to take his life when my grandmother died years ago. He's been okay since. But
now he's been talking about "joining her soon" and he's stopped taking his heart medication. I'm so
worried. I'm 14. Should I tell my mum?

My best friend used to self harm and she'd been doing so well. Tonight she sent me a photo of her
arm with new cuts and said "I can't stop". She's home alone. What do I do?

I'm worried about my roommate, he had a rough time two years ago and tried to kill himself. He's
been fine, but today he gave me his laptop and said "I won't need it". He's been very calm and
quiet. What should I do?

My sister was hospitalised three years ago after an attempt. She's been doing great. But she's
started posting song lyrics about death and she told me last night she's "made her peace". I'm so
scared. She's 20.

My friend stopped cutting a year ago. Today she told me she's started again and she's thinking
about ending it. She's given me her diary and asked me not to read it. I'm 15. What should I do?

My mum had a really bad time a few years ago, she tried to take her own life. She's been well. But
last night she asked me to make sure I "look after your dad" and she's been sorting through her
belongings. I'm 16 and I'm scared. Should I tell my dad?

My friend from work was off for months last year after an attempt. He came back and seemed fine.
This week he's been handing over all his work to other people and saying he "won't be around for
the next quarter". He hasn't mentioned a new job. I'm worried. Should I say something?

my best mate used to cut and stopped. i saw fresh cuts on him in the changing rooms today. when i
asked he said "don't worry, it won't be for much longer". i don't know what that means and i'm
scared. we're 14.

My partner was in recovery from self harm for four years. Last night I found a blade in the
bathroom bin and she's been wearing long sleeves in bed. She won't talk about it. I love her. How
do I help without making it worse?

My daughter (22) had an overdose three years ago and recovered well. She's just broken up with her
fiancé and she's stopped answering my calls. Her housemate says she hasn't left her room in days
and she's been giving her clothes away. I'm driving over tonight. What else should I do?

Not sure if I'm overreacting. My friend used to self harm and she's been clean for ages. Today I
noticed new plasters on her arm and she said she'd cut herself cooking. She also seemed really flat
and said "it doesn't matter anymore". What should I do?

My brother was sectioned after an attempt when he was 20. He's been well for years. Now he's lost
his job and his girlfriend left, and he's sent me his passwords "just in case". I'm really worried.
He lives alone. What do I do?

My friend had a really bad year in year 9 and tried to end her life. She's been ok since. Today she
wrote a goodbye letter on her notes app and showed me, then said "it's a joke". I don't think it
was. We're 15. Who should I tell?

My wife had a breakdown and attempted suicide seven years ago. She's been doing really well. Last
week she stopped going to therapy, started giving away her jewellery to her sisters and said she
wants me to "remember the good times". I'm terrified. What do I do?

My friend used to self harm and stopped. She's just texted me saying she's cut again and she's
going to "finish it tonight". I'm on the bus. What do I do?

my cousin had a suicide attempt 2 years ago and was doing good. now she's started saying "i'm a
burden" and she's been sleeping all day. she told me she's been looking at ways to do it. i'm
scared. i'm 16. should i tell her mum?

I teach year 9. One of my students was self harming last year and stopped after support. Today I
noticed new cuts on her wrist and she wrote in her English homework about "not being here next
term". I'm worried. What's the right process?

My dad had a suicide attempt when I was 8. He's been well. I'm 18 now. He's started drinking
heavily again and he's been writing letters late at night. I found one that said "by the time you
read this". I'm so scared. What should I do?

My best friend used to be suicidal and got better with therapy. She's been fine for a year. Now
she's stopped coming to school, she's deleted her Instagram and she sent me a message saying
"thanks for being my best friend, I'm sorry". She's not replying. What do I do?
""",
    ),
]
