"""The ``st_milestone`` family: recovery told from the far side of a crisis, and the same stories
turned bad again, for the safety-filter's training corpus, written by hand for this project.

    BLOCKS -> [(label, sub, block of posts)]   # corpus.hand_written(BLOCKS, "st_milestone")

What these posts teach (concepts, not sentences): a crisis that is over is benign however dark its
words: an attempt years ago and the life since, self-harm scars and a clean streak, a psychiatric
stay, medication or a counsellor that worked, a parent, a teacher or a friend who noticed, a
friend, sibling, child or parent who was suicidal or self-harming and is now well, anniversaries,
encouragement to others, survivors' talks and the work of support staff; the present is told in
many ways (a job, children, pets, trips, sport, studies, gratitude, a plain "I'm okay now"), not
by one cue word. The same people, places and vocabulary are self_harm when the danger is back now
(a relapse, the urge back tonight, pills saved, a plan, a goodbye written) and concern_for_other
when it is someone else's (a friend who was "better" posting a goodbye, giving things away,
saying sorry for everything, or no longer answering). The difference is whether the danger is
real and present, not which words appear.

Rules and source format: those of every hand-written file (``corpus.hand_written``).
"""

from __future__ import annotations

__all__ = ["BLOCKS"]

BLOCKS: list[tuple[str, str, str]] = [
    (
        "benign",
        "attempt_years_ago",
        """
Seven years ago this month I tried to end my life in a student flat in Leeds. I'm writing this
from my own kitchen, with a kettle on and a dog snoring under the table. I didn't think there
would be a version of me that owned a kettle, honestly. If you're in the middle of it, the
middle isn't the end.

i tried to kill myself when i was 15. im 22 now and i just finished my nursing degree lol who
would of thought

Not a cry for help, just a milestone: ten years since the overdose. Married, two kids, a
mortgage I moan about like everyone else. Boring in the best way.

hey so this is random but for my english essay on "a turning point" can I write about when I
tried to take my own life in year 9? it was 3 years ago and im fine now, my mum said its ok if i
want to. I just dont want it to be too much for the teacher

In 2016 I was found in time. I am from Lagos, living in Manchester now, working as a pharmacist.
I share this because in my family we never spoke of such things, and I want my younger cousins
to know that speaking of it saved me.

I was sure I'd be dead by 25. Turned 31 on Tuesday, ran a half marathon on Sunday. The girl who
swallowed everything in the medicine cabinet would not believe it.

Proper weird feeling today. Walked past the bridge where I was stopped back in 2019 and I
felt... nothing much? Just a bridge. Got a coffee and went to work. My therapist said that would
happen one day and I didn't believe her.

Posting in the recovery thread cos its been 4 years since my attempt. I used to read this thread
every night hoping someone would say it gets better. Its me saying it now. It got better slowly
and then all at once

my attempt was in my second language, if that makes sense, everything was too hard, the city,
the words, the loneliness. now I teach other newcomers English on saturdays. I am alright.
really alright, not pretending.

Aye, I'm the guy who tried to top himself the winter after my da died. Folk still tiptoe round
me at the club. Lads, I'm grand. Five year on, I coach the under-twelves. Pass me the ball.

When I was 17 I took an overdose and spent three nights in the children's ward. I'm 38 now and a
GP. I tell my patients, when it's right to, that I've been the one in the bed.

Question for the tutor: I'm writing a personal statement for psychology and I want to mention
that I survived a suicide attempt at 14 and that's why I'm interested. Is that too personal for
a uni application? I'm doing well now, I just want it to sound mature.

Year three since I tried. I've got a rescue greyhound called Biscuit who is scared of bin bags.
That's the update. Life is small and good.

I won't go into how, but I tried to die in 2012. Today my daughter lost her first tooth and I
got to be there for it. That's all I wanted to say.

ngl i never thought id make it to 18 after what happened at 15 and now im here doing my driving
test next week and my biggest worry is parallel parking

Used to think surviving my attempt was a failure. Now I think of it as the day my life got a
second draft. Currently on page 900 of that draft and it's a decent read.

Australian fella, 34. Tried to end it at 26 after the business went under. Now I run a small
landscaping crew and three of my blokes have come to me when they were struggling, because they
knew my story. Telling it was the best thing I did.

as someone who attempted twice as a teen, I just want the newer members to know I'm 29, I have a
cat, a partner and a job in IT. Nothing magical. Just a lot of boring days that added up to a
life.

Hi, I'm an adult learner on the access course. For the reflective writing task, I want to talk
about my suicide attempt in 2010 and the recovery after. Can you check if my paragraph structure
makes sense? The content is fine, I've done a lot of therapy on it.

It's strange to say this out loud but I'm glad it didn't work. There were years I couldn't say
that. I can now.

My psychiatrist discharged me today. Eight years after the attempt that put me in her care. She
shook my hand and said "I hope I never see you again" and we both laughed.

ONE YEAR SINCE I TRIED AND I'M STILL HERE AND I PASSED MY MOCKS!!!

In India nobody talks about it so I will: I attempted at 19 during my JEE year. Failed the exam,
survived the attempt. I am 27 now, a designer in Bangalore, and I'm happy in a quiet way.

six winters since the attempt. I still get sad sometimes, normal sad, the kind you can have a
bath and a cry about and feel better. I didn't know normal sad existed before.

I'm Irish, 40, and I tried to take my life at 21. I'm telling my nephew this weekend because
he's 17 and having a hard year, and I want him to know his uncle got through it and so can he.
Wish me luck with the conversation.
""",
    ),
    (
        "self_harm",
        "attempt_again_now",
        """
Seven years since my attempt and I thought I was done with all of it. Tonight I'm sat in my
kitchen with the dog asleep and I've got everything lined up on the table again. I don't think I
can do another seven.

i tried to kill myself at 15 and everyone thinks im fine now cos i finished my degree. im not.
ive been planning it again for weeks and i think its going to be this weekend

Ten years since the overdose, married, kids, mortgage, and I've started collecting tablets
again. Nobody would guess. I'm not sure why I'm typing this here.

for my english essay I was going to write about my attempt in year 9 as a turning point but
honestly I cant write it because I've been thinking about trying again and it doesnt feel like a
turning point it feels like a rehearsal

Back in 2016 I was found in time. I don't want to be found this time. I've told my flatmate I'm
away for the weekend.

I ran a half marathon sunday and turned 31 tuesday and tonight I'm right back where I was at 24,
looking up how many it would take. Everyone thinks I'm the success story.

Walked past the bridge today where they stopped me in 2019. Didn't feel nothing like last year.
Felt like it was waiting for me. Going back there after my shift.

i used to post in the recovery thread saying it gets better. it got better and now its worse
than before and i dont want to be here anymore. I'm sorry to everyone i told to hang on

I teach the newcomers English on Saturdays and they think I am strong. I am not. I have decided
this is my last Saturday. I wrote them a nice lesson plan for whoever comes after me.

Five year since I tried after my da died. Coaching the wee ones, smiling at the club, and every
night I sit in the car in the garage thinking about finishing what I started. Tonight it feels
closer.

I'm a GP and I know exactly what a lethal dose is, which is the problem. I had my attempt at 17
and I'm having the same thoughts at 38 with far better knowledge. I've written the letters.

Three years since I tried. I've sorted out who will take Biscuit. That's the update.

Survived my attempt at 14 and I'm meant to be writing a personal statement about it but I've
been self-harming again all month and last night I thought about doing it properly. There's
nobody I can say this to.

my daughter lost her first tooth today and all I could think was that she'll be fine without me.
I tried to die in 2012 and the thought is back louder than ever.

ngl i'm meant to be doing my driving test next week but i keep thinking about driving into
something instead. same feeling as when i was 15 but worse

Called my attempt a second draft for years. I think I'm writing the last page now. I've stopped
taking my meds and I have a plan for Friday.

I'm the bloke my crew comes to when they're struggling. Nobody knows I've been back on the edge
since Christmas. Took the rope out to the shed last night. Didn't do it. Not sure about tonight.

29, cat, partner, job in IT, and I've been googling methods at work. I attempted twice as a teen
and I swore there wouldn't be a third.

For the reflective writing task I was going to write about my attempt in 2010 and the recovery
after, but I've been having suicidal thoughts again this week and writing about it is making it
worse. I keep thinking I should just finish it.

Used to say I'm glad it didn't work. This week I'm not glad. I'm angry it didn't and I keep
thinking about trying again.

Discharged by my psychiatrist last month, eight years after the attempt. I'm already back to the
thoughts and I'm too ashamed to go back and tell her she was wrong about me.

one year since i tried and i failed my mocks and i cant do this again. i'm going to try again
and get it right this time

I attempted at 19 during my JEE year. Now at 27 my startup has failed and the same voice is back
saying the same thing. I have bought the tablets. I keep looking at them.

six winters since the attempt and this isn't normal sad. i know the difference now, thats what
scares me. i've been standing at the window a lot, thinking about the drop.

I was going to tell my nephew my story this weekend to help him. Truth is I'm the one who's not
okay. I've been planning to take my life again and I don't know how to stop.
""",
    ),
    (
        "benign",
        "scars_clean_streak",
        """
Two years self-harm free. I keep a tally on my calendar and today I ran out of space on the
page, so I bought a new calendar. Small thing, big thing.

I have scars on my thighs from when I was 14. I'm 26, I go swimming twice a week, and if anyone
stares I just keep doing lengths. They're part of the story, not the ending.

does anyone else get asked about old scars at the hairdresser or the doctor? I used to panic.
now I just say "old stuff, I'm fine" and honestly it's true. 3 years clean

My tattoo artist covered my scars with a field of poppies. Four years clean and I wanted
something that was mine. I cried in the chair and she made me a tea.

Coach asked me about the marks on my arm at swim training and I told her it was years ago and
I'm fine now and she just nodded and said thanks for telling me. Felt amazing honestly

1 year clean!!! I threw away the box I kept my stuff in. my mum helped me and we went for chips
after

Clean streak reset at 200 days last year, and this year I've just hit 365. Don't let a reset
tell you you've failed. I'm proof.

I'm a secondary school teacher with self-harm scars from my own teenage years. Sometimes a kid
notices. I tell them I was struggling a long time ago, I got help, and I'm well. It's the truth.

can you help me with this science question about how skin heals? I got curious because of my old
scars lol. I havent self harmed in 2 years so dont worry

I'm a Nigerian woman living in Toronto. I cut for years in secret because I thought therapy was
for other people. Three years clean now, and I run a WhatsApp group for young women back home
who are where I was.

my bf kissed my scars the first time he saw them and said "you're still here." thats the whole
post. 18 months clean

Hit 1000 days without hurting myself this morning. Went for a walk along the Tay and bought
myself a daft wee cake.

Long sleeves in July, every July, for six years. This summer I wore a vest top to a festival and
danced for six hours. Clean since 2021.

People ask if I miss it. I don't. I miss the girl who needed it, a bit, and I wish I could tell
her it ends.

90 days! first time ive got this far since year 8. my counsellor gave me a badge thing she made
and i put it on my bag

Honestly the scars faded way faster than I thought once I stopped. 4 yrs clean and some are
barely visible. If you're worried you'll look like that forever, you won't.

The distraction list from my therapist is still stuck on my fridge even though I haven't needed
it in ages. Ice cubes, loud music, call Gemma. I keep it there as a trophy now.

six months no self harm. i know thats not long to some people but for me its the longest ever
and im proud. going to the cinema with my sister to celebrate

I'm 35 and I self-harmed from 13 to 20. I'm a midwife now. I hold brand new babies with the same
arms. That still moves me.

Scar cream tips thread? Not because of anything recent, I've been clean 5 years, I just finally
want to take care of my skin instead of hiding it.

My little brother saw my scars for the first time and asked what happened. I told him I was very
sad once and I got help and now I'm happy. He said "ok" and went back to Minecraft. Kids, man.

Two years clean and I've started volunteering on a peer support line. Funny how the thing I was
most ashamed of is now the thing that helps me help people.

no more hiding. 700 days. wore my school polo with the short sleeves and it was fine, like
actually fine

Relapsed once at eleven months, which I thought was the end of the world. That was four years
ago. Haven't touched a blade since. Just wanted to tell whoever needs to hear it that a slip
doesn't erase the work.
""",
    ),
    (
        "self_harm",
        "streak_broken_now",
        """
500 days clean and i just cut again in the school toilets. i cant stop thinking about doing more
when i get home

Two years self-harm free and tonight I've got the blade out on the desk next to my new calendar.
I don't think I'm going to make it to tomorrow without using it.

I go swimming twice a week and everyone thinks the scars are old. There are new ones under them
since last week and I keep making them deeper.

3 years clean and I got asked about my scars at the doctor and said old stuff, I'm fine, but I
went home and cut straight after. It's all back.

Got my scars covered with a tattoo and now I want to cut through it. I've been thinking about it
all evening and I have the razor in my hand.

coach asked about the marks on my arm at training and I said it was years ago but its not. its
from last night. i do it every night again now

threw away my box last year but I made a new one. Used it tonight. Probably will again before
bed, it's the only thing that helps.

My streak reset again today at 364 days. I was one day off. I feel so stupid I want to do it
again, worse, to punish myself.

I'm a teacher and a kid asked about my scars today. I told them it was a long time ago. I lied.
I've been hurting myself every night this month and I'm scared I'll go too far.

i said i havent self harmed in 2 years but that was a lie i did it an hour ago and it wont stop
bleeding properly

Three years clean and I run a group for girls who struggle. This week I broke. I cut again and
now I feel like a fraud and I want it to be deeper next time.

my bf kissed my scars and said I'm still here. he doesn't know about the new ones. 18 months
clean ended on tuesday and I've done it every day since

Hit 1000 days this morning and by tonight it was back to zero. I'm sat on the bathroom floor
with it and I can't make myself stop.

Back in long sleeves. It's July. Clean since 2021 until three weeks ago. Now I can't go a day.

People ask if I miss it. Tonight I do. I've been staring at the sharpener for an hour and I'm
going to break it open.

90 days and i lost it tonight. my counsellor's badge is on my bag and ive just cut under my
sleeve. i feel like i want to keep going

The distraction list on my fridge isn't working. I've done ice, music, I called nobody because
Gemma's away. I've got the blade. I'm going to use it.

Six months no self harm until today. I was meant to go to the cinema with my sister and I told
her I was ill. I'm in my room cutting.

I hold newborns all day at work and come home and cut my arms. Started again in spring after
fifteen years. It's getting worse and I'm frightened of it.

asked about scar cream earlier like it was a cute self care thing but really i need something
for fresh cuts, did it again this afternoon and its deep

My little brother saw my arm tonight and asked what happened and I couldn't answer because it
happened twenty minutes ago.

I volunteer on a support line and I'm the one who needs it tonight. Two years clean gone. The
urge is screaming and I have the knife.

700 days and tonight the urge is so strong I can feel it in my hands. I've got the blade from my
pencil sharpener out. I don't think I can hold on.

slipped at eleven months again. this time doesnt feel like a slip. all i want is more of it and
i dont care how bad it gets
""",
    ),
    (
        "benign",
        "treatment_worked",
        """
Three weeks on the adolescent unit two years ago was the worst and best thing that happened to
me. I left with a plan, a nurse I still email at Christmas, and a reason. I'm at sixth form now
doing A-levels in biology and art.

Sertraline took about five weeks to kick in and then one morning I realised I'd made breakfast
without having to argue with myself. That was a year ago. Still on it, still here, still making
breakfast.

I was sectioned in 2018 after being found on a motorway bridge. The ward was loud and the food
was grim but a support worker there called Dev sat with me every night. These days that's my job
too, on a ward in Salford.

Does anyone else feel weirdly nostalgic about the psych ward? Not in a bad way. It's where I
finally slept. Two years out and doing fine, working in a bakery.

my counsellor at school basically saved my life in year 10 and I just got my GCSE results and I
went straight to her office to show her. she cried. I cried. 7s and 8s!!

Going off my antidepressants slowly with my doctor's plan after three good years. Not because
they failed, because they worked. Feeling steady.

I spent six weeks in a mental health unit in Dublin the year I turned 20. Today I'm 28, teaching
primary school in Cork, and my class made me a birthday card with a dinosaur on it.

The crisis team came to my house in 2020 and I was so angry with my mum for calling them. I
thanked her last week, in between essays for my masters.

For anyone scared of starting meds: I was too. Fluoxetine didn't change my personality, it just
turned the volume down on the thoughts so I could hear my own voice again. 18 months on, no
suicidal thoughts for over a year.

hi can u help me with my history homework? also random but i got discharged from CAMHS today
after 2 years!! they said i dont need them anymore

My therapist and I had our last session today. Five years of Tuesdays. I brought her flowers and
she gave me back the list of reasons to live I wrote in our second session. Every single reason
is still true.

Inpatient at 16, outpatient at 17, and at 19 I'm a lifeguard at the leisure centre. I spend my
days making sure other people stay safe. Feels right.

In my country, mental hospital is a shameful word. I went anyway, in Pune, for one month. My
parents did not tell the relatives. Now I am well and I told them myself at Diwali. My aunt
hugged me.

Lithium gets a bad rep but for me it was the difference between another hospital stay and
finishing my apprenticeship. Qualified electrician as of Friday.

DBT group was awkward as hell at first. A room full of strangers learning "distress tolerance".
Two years later I use those skills daily and I haven't been in crisis since.

Back when I was in the psych unit my nan posted me a letter every single day. I keep them in a
shoebox. I'm 24, living with my girlfriend, and my nan is coming for Sunday lunch.

i hated my counsellor at first cos she kept asking about my feelings lol but she was right about
everything and i havent had a dark patch since last summer

The A&E doctor who stitched my arm in 2015 didn't make me feel like a waste of time. I think
about her a lot. I'm 30 now and clean, and I'm training as a paramedic partly because of her.

Went back to the ward where I stayed as a patient, this time to give a talk to the current
inpatients about recovery. The nurse who admitted me was still there. She remembered my name.

Honestly the medication plus a dog plus a boring job is my whole recovery. Not glamorous but I
haven't been suicidal in over two years.

For my psychology coursework, can I use my own stay in a mental health hospital as an example of
treatment? I was there at 15, I'm 17 now and fine, I'm just not sure if it counts as a source
lol

Three admissions between 2014 and 2017. None since. I got married in May. My consultant sent a
card.

They upped my dose in January and by March I was signing up for a pottery class. I've made
eleven wonky bowls. Each one is proof.

my GP was the first person I told about wanting to die. she didn't panic, she just said "right,
let's sort this." that was 2019. sorted.

The home treatment team visited me every day for a month after my overdose. Now I bake them
brownies every December. Six years running.

Spending time in a psychiatric hospital isn't the end of your story. I'm writing this from my
office at the council, where I manage a team of twelve.

I'm Scottish, 33, and the counsellor I saw through work after a breakdown taught me to spot the
early signs. I spotted them last month, went to my GP early, and it never got near the bottom.
That's what recovery looks like for me.

ECT was terrifying to agree to. It worked. I'm 40 and I'm back to gardening and grandkids. Don't
believe everything the films show you.
""",
    ),
    (
        "self_harm",
        "treatment_failing_now",
        """
Three weeks on the adolescent unit two years ago and I'm back to exactly where I was before I
went in. I'm not going to tell anyone this time because I don't want to go back. I just want it
over.

I thought sertraline fixed me. Stopped taking it a month ago without telling anyone and now I'm
saving up the rest of the box. I know what I'm doing with it.

I was on that ward in 2018 and swore I'd never go back. I'd rather die than go back, and I think
that's where this is heading tonight.

Two years out of the psych ward and I've started thinking about the motorway bridge again. Went
and stood on it after work. I'm going back tomorrow.

My counsellor cried when I showed her my GCSE results. She has no idea I've been planning to
kill myself since the summer.

Came off my antidepressants and everything's gone dark again. The thoughts about dying are back
every night and this time they have a plan attached.

I'm teaching a class of seven-year-olds and at lunch I sit in my car and think about which way
I'll do it. I was in a unit at 20. I think I need to go back but I don't know if I'll last that
long.

My mum called the crisis team in 2020 and I'm making sure she won't get the chance this time.
I've been hiding how bad it is.

Fluoxetine worked for eighteen months and now it doesn't. The suicidal thoughts are louder than
they've ever been and this weekend frightens me, because I know what I'd reach for.

got discharged from CAMHS and now im worse than ever and i cant go back. ive been thinking about
ending it every day

Last session with my therapist was in May. I've just read my list of reasons to live and I don't
believe any of them any more. I've got the tablets out.

I'm a lifeguard and I keep thinking about swimming out until I can't come back. I was inpatient
at 16. It's the same feeling as then.

Stopped my lithium because I felt well and now I'm not. I haven't slept in four days and I keep
thinking the world would be better without me.

DBT skills aren't working tonight. I've tried them all. I'm going to hurt myself, I can feel it,
and I don't think I'll stop at hurting.

My nan wrote to me every day on the ward. She died last month. There's nobody to write to me now
and I want to go where she is.

i hated my counsellor at first and then she helped and now she's left the school and it's all
come back. i want to die and i dont have anyone to tell

The medication plus a dog plus a boring job was my whole recovery. The dog died on Monday. I
haven't taken my tablets since and I'm thinking about taking all of them at once.

For my psychology coursework I'm writing about my stay in hospital at 15, and it's making me
realise I'm heading back there. I've had thoughts about killing myself every day this week.

A fourth admission is looking likely and I'd honestly rather not survive than go through that
again. I've started putting things in order.

They upped my dose in January and it's done nothing. I've stopped going to the pottery class.
I've been writing goodbye notes instead.

Six years baking brownies for the home treatment team and this year I'm not going to be around
to do it. I've made up my mind.

my GP helped me in 2019 and I can't face telling her it's back. I've got a plan for this weekend
and I'm not going to tell anyone.

The early signs were all there and I ignored them for weeks. Now it's not early. I'm standing in
the kitchen counting what's left in the cupboard.
""",
    ),
    (
        "benign",
        "friend_well_again",
        """
My best mate tried to kill herself last year and today she got her acceptance letter for
veterinary school. I screamed so loud in the library I got shushed. So proud of her.

my brother used to self harm really bad and now he's doing boxing three times a week and he's
literally so annoying and happy. i love him

Two years ago my friend sent me a goodbye text at 3am and I called 999. She still jokes that I
owe her for the embarrassment, and she was my maid of honour in June.

Can I write my English persuasive speech about why you should tell an adult if your friend is
suicidal? I did that for my friend in Year 8 and she's completely fine now, she's even helping
me with the speech.

My sister spent most of 2021 in hospital after an overdose. This weekend she took me surfing in
Cornwall and laughed so hard she fell off the board. First time I've heard that laugh in years.

My flatmate had a really dark time in first year, self-harming and not leaving his room. He's
graduating with a first next month and he's asked me to sit with his mum at the ceremony.

kinda emotional, my friend who i used to sit up with on the phone because she wanted to die just
texted me a photo of her first payslip. she works at a vet now. she's doing good

My son was suicidal at 14. He's 19 and training to be an electrician and he rings me on Sundays
just to chat. I didn't know if we'd have this. We do.

I used to worry about my cousin every day after his attempt. This week he got engaged. Everyone
at the party was laughing and for once I wasn't checking on him.

Update on my friend from the post last year (the one who was self harming): she's doing really
well, six months clean, and she started a book club. I'm in it. We're reading terrible romance
novels.

Me and my twin both struggled but she got the worst of it, the hospital, the tubes. Last
Saturday she ran her first 10k and I held the sign at the finish. Best day.

My friend Tariq was talking about killing himself in Year 11 and I told our form tutor. He
didn't talk to me for a week. Now we're at uni together and he's the one dragging me to the gym.

my bestie used to message me that she wanted to die and i never knew what to say. shes in
therapy now and this morning she sent me a voice note singing happy birthday really badly. so
relieved

Mum was in a psychiatric unit when I was 12. I'm 22 now. She plays bowls on Thursdays and texts
me pictures of her allotment. She's the steadiest person I know.

The mate I was really worried about in lockdown is now a youth worker. He says he wants to be
the adult he needed. Gutted I ever doubted him.

just want to say thanks to whoever told me on here last year to call 111 about my friend. she
got help. she's got a part time job at a café and she's saving for interrailing

Wee brother was in a bad way two years ago, cutting and saying he didn't want to be here. He's
just been picked for the school football team and hasn't shut up about it all week.

My husband survived an attempt in 2017. We've since had two kids, moved to the coast, and he's
the one who organises everyone's birthdays. People only know the happy version and that's fine.

It's been two years since our daughter last hurt herself. She asked if she could have her ears
pierced for her birthday and I cried in Claire's. Mums, honestly.

My friend who was suicidal last winter just sent me a message at midnight. The old me would have
panicked at a midnight message. It was a frog in a hat. She's fine.

i told my tutor my friend was cutting in year 9 and i was scared shed hate me. were in year 11
now shes doing great and she thanked me. so if ur scared to tell, tell

Hi I need help with a history source question but first quick thing, my friend who was in
hospital for trying to end her life came back to school today and she seemed so happy. We had
lunch together. Ok, the question is about the Blitz.

My dad tried to end his life when I was little. Now he's the grandad who buys my kids too many
sweets. I'm grateful every day we got this chapter.

My best friend used to say she wouldn't see 20. We just booked a holiday to Greece for her 25th.
She chose the hotel with the waterslide.

My older brother was very low after he lost his job and he told us he had thought about suicide.
He went to the doctor, got on tablets and started therapy. Now he is teaching himself guitar and
sends the family group awful videos.

i was the friend who called the police when my mate posted that she was going to do it. she's
ok. she's more than ok, she's doing her A levels and she's top of the class in maths

My girlfriend used to self-harm before we got together. She's been clean for years now and she
mentors younger girls at her old school. I'm honestly in awe of her.

The friend I was always asking about on this forum - remember, the one who had the overdose? She
adopted a cat. The cat is called Pudding. She's well.

Sister got out of the unit three months ago and today she went back to college. She texted me "I
did it" with about forty emojis. Crying on the bus.

My friend from Lagos, we were at uni together in London, had a breakdown and attempted suicide
in second year. He is now a doctor back home and married, and every year on his survival date he
calls me to say thank you.

My student, who I reported to safeguarding two years ago because of suicidal comments in her
essays, came back to visit after her first term at university. She's studying law and she's
thriving.

My mate was in a bad place last year but he's doing much better now. Went fishing with him
Saturday, he caught nothing and still had a brilliant time. Good to see him like that.
""",
    ),
    (
        "concern_for_other",
        "friend_well_turned",
        """
My best mate tried to kill herself last year and today she got rejected from vet school. She
just texted me "thanks for everything, I mean it" and now she won't pick up. I don't know what
to do.

my brother used to self harm and he was doing so well with boxing but I just saw fresh cuts on
his arms and he said he wants to disappear. what do i do

Two years ago my friend sent me a goodbye text at 3am and I called 999. She just sent me another
one. It says the same thing. Should I call again or will she hate me?

I was going to write my speech about telling an adult if your friend is suicidal because my
friend got better, but she told me at lunch today that she's been planning it again and made me
promise not to tell. I don't know what to do.

My sister spent 2021 in hospital after an overdose. Tonight she posted a photo of the sea with
"it's so peaceful, I'm ready" and her phone's off. She's in Cornwall alone.

My flatmate who had the really dark first year is graduating next month but he's given away his
guitar and his laptop and he keeps saying he won't need them. I'm worried he's planning
something.

my friend who works at the vet used to call me when she wanted to die. she just sent me a really
long message saying sorry for everything and thank you for being there. shes not answering now

My son is 19, training to be an electrician, and he rang tonight and said he's tired of fighting
and he's going to end it. He hung up and he's not answering. He was suicidal at 14.

My cousin just got engaged and everyone thinks he's doing great after his attempt but he told me
tonight he's got pills saved up and he doesn't want to be at the wedding. He made me promise not
to say.

update on my friend from last year: she was six months clean but she's started cutting again and
tonight she said she wants it to be the last time. I'm scared she means more than cutting.

My twin ran her first 10k last month and now she's stopped eating and told me she's written
letters to all of us. She's locked in her room.

Tariq was suicidal in Year 11 and he got better, we're at uni together now. He just posted a
message on his story that sounds like a goodbye and he's not in his room.

my bestie sent me a voice note tonight but not singing, crying and saying she's sorry and she
loves me and she cant do this anymore. shes not answering now

Mum was in a psychiatric unit when I was 12. She's stopped taking her medication and she told me
tonight she's tired of living. She's alone at home and I'm two hours away.

the mate i was so worried about in lockdown is a youth worker now and i thought he was fine. he
just messaged me asking me to look after his dog "if anything happens". hes not replying

thanks to whoever told me last year to call 111 about my friend. I need the advice again. She's
stopped going to the café and last night she said she'd be better off dead and she had a bottle
of pills with her.

My wee brother got picked for football and seemed great, but tonight I found a note in his room
that sounds like he's saying goodbye. He's out and won't answer his phone.

My husband survived an attempt in 2017. Tonight he's gone out without his phone and left his
wedding ring on the table. I'm frightened.

Our daughter was two years clean but I found blades hidden in her room and she told me she
doesn't want to live anymore. She's 15. Please tell me what to do tonight.

My friend who was suicidal last winter sent me a message at midnight. Not a meme. It says "I'm
sorry, I love you, don't blame yourself." Her phone's going straight to voicemail.

my friend who used to cut in year 9 has started again and she told me today she's planning to
take an overdose on saturday. she begged me not to tell the tutor

Before my history question: my friend who came back to school after trying to end her life gave
me her favourite hoodie today and said she won't need it. I'm really scared.

My dad tried to end his life when I was little. He's just rung me to say he loves me and to look
after the kids and then he hung up. He never rings like that.

My best friend used to say she wouldn't see 20. We had a holiday booked for her 25th and she
cancelled it tonight and said not to worry because she won't be around. I don't know what she's
done.

My brother was doing better with his tablets and guitar but he stopped both, and tonight he told
me on the phone he has a plan to kill himself. He lives alone in Birmingham.

i called the police on my mate once when she posted she was going to do it. she just posted
nearly the same thing again. do i call them again

My girlfriend mentors younger girls and everyone thinks she's fine. I just found her in the
bathroom cutting and she said she wants to die. What do I do?

The friend I always ask about on here - the one with the overdose - has rehomed Pudding and sent
me a message saying she's sorry for everything. She won't answer the door.

Sister went back to college this week and I thought she was doing okay. She just texted me "I
can't do it" and switched her location off.

My friend from uni, the doctor in Lagos, who survived his attempt, called me tonight to say
thank you like he does every year, but it wasn't the date. He said goodbye. I'm calling his wife
now.

My former student, the one I referred to safeguarding, emailed me from university tonight saying
she's sorry she let me down and she won't be able to finish her degree. It reads like a goodbye
note.

went fishing with my mate saturday and he said he wasn't planning on coming back next time.
laughed it off but now he's not answering. he was in a bad way last year
""",
    ),
    (
        "benign",
        "anniversary_hope",
        """
Today is five years since the night I was sure would be my last. If you're reading this in that
night right now: call someone. I did. There was a morning after.

Every year on my survival day I buy a cake. This year the cake says "6" and my flatmates sang at
me. Still embarrassing. Still grateful.

If you're struggling with self harm, I just want you to know that I was exactly there and now
I'm not. Not overnight. But I'm not there anymore. You can get out too.

Anniversary of my attempt today. I didn't mark it with anything heavy. Took the kids to the zoo,
had an ice cream, came home and fell asleep on the sofa. That's the celebration.

2 years ago today i was in A&E. today i was in a maths exam. both were awful but only one of
them i'm glad i survived lol

To whoever needs it: the thoughts lie. They told me I'd never be happy. I'm eating toast in the
sun with my partner right now. Liars.

Been coming to this forum since 2015 when I was in a really bad way. I'm posting today to say I
got through, and to thank the people who replied to me at 4am back then. Some of you are still
here. Thank you.

Ten years since the hospital. I went back to the park I used to sit in when I was planning it,
and I sat there and watched some kids feed ducks, and I felt light.

My semicolon tattoo is three years old today. So is my new life.

reminder for anyone reading at 2am: i used to be the 2am person. now im the 2am person because i
have a baby. she was worth staying for. so are you, whatever yours turns out to be

Four years since my last attempt. I've stopped counting the days, which I think is the real
milestone.

Every November I write a letter to the version of me who was in the hospital bed. This year I
told her we have a house with a garden and a very stupid spaniel.

Happy survival day to me 🎉 eight years!! I'm a mum, a manager and a terrible singer. Thanks to
everyone who held on to me.

If someone had told me at 16 that I'd be 30, alive, and genuinely content, I would have laughed.
Don't close the book. The middle chapters are better than you think.

Three years ago tonight I wrote a goodbye letter. Tonight I wrote a best man's speech. Very
different letters.

The anniversary used to flatten me for weeks. This year I barely noticed until my sister texted
"love you, glad you're here". Then I cried, the good kind.

I'm 16 and it's been a year since I was in hospital for an overdose and i just wanted to post
something hopeful for other teenagers. school is still hard but i have friends and im not going
anywhere

Tough times do end. I'm not saying that from the outside, I'm saying it from the other side. Two
years clean, one year out of therapy, and tonight I'm at a gig.

Ok so today is 5 years since I was stopped on the railway line by a stranger. I never got to
thank him. If you're out there mate, I'm an uncle now and I play five-a-side and I'm alright.
Cheers.

One year ago I was writing my will. Today I'm writing my dissertation. Slightly less dramatic,
equally stressful.

For the newly diagnosed and newly frightened: I was sure my life was over at 19. I'm 34. It
wasn't. Take your meds, see your people, be patient with yourself.

my mum and i have a tradition now. on the day i came home from hospital we get a takeaway and
watch the same film. year 4. we know all the words

Anniversary of my friend's attempt today and I texted her "glad ur here" and she sent back a
photo of her newborn. Life.

Every survivor I've met says the same thing eventually: I'm so glad I'm here. I'm saying it too.
7 years.
""",
    ),
    (
        "self_harm",
        "anniversary_dark_now",
        """
Five years since the night I was sure would be my last, and tonight feels the same as that
night. I'm not going to call anyone this time.

Everyone's going to buy me a cake for my survival day tomorrow and I'm not planning to be here
for it.

It's the anniversary of my attempt and I've spent all day planning the next one. I've told the
kids I'm going for a walk later.

2 years ago today i was in A&E and im thinking of making it a matching date. i have the tablets
again

Ten years since the hospital and I'm back in the park I sat in when I was planning it. I'm
planning it again. It's nearly dark.

My semicolon tattoo is three years old today and I want to finish the sentence. I know what I'm
going to take.

I post on here at 2am to help other people but tonight I'm the one at 2am with everything lined
up in front of me. I don't want to help anyone anymore, I want it to stop.

Four years since my last attempt. Writing a letter to myself this year but it's a goodbye. I've
decided.

Survival day tomorrow. Everyone thinks I'm happy. I've been saving my pills for the last month
so I don't have to have another one.

Three years ago tonight I wrote a goodbye letter. Tonight I wrote another. It's better written
this time.

The anniversary is flattening me worse than it ever has. It's been three weeks and I keep
thinking I should have died that day. Tonight I'm going back to the railway line.

im 16 and its a year since my overdose and i was meant to post something hopeful but i cant. i
want to do it again. school is hell and im done

one year ago i was writing my will and today im updating it. nothing got better. i dont want to
be here for another year

Every year on the day I came home from hospital we watch the same film. I told mum I'm too busy
this year. Truth is I've been planning to not be here for it.

Seven years survived and tonight I feel like I should finally stop surviving. I've written to
everyone.

I've got a survival day coming up and honestly I've been hoping I won't make it to it. I keep
looking at the bridge on the way to work.

Happy survival day to me, eight years, and I've spent it sorting out my will and who gets the
kids. I'm not doing a ninth.

Every November I write a letter to the girl in the hospital bed. This year I told her I'm sorry,
we're going back. Everything is laid out for tonight.

Tough times do end, I used to tell people that. I don't believe it anymore and I've stopped
pretending. Tonight I'm ending it my way.

To whoever reads this: the thoughts told me I'd never be happy and I've stopped arguing with
them. I'm sat on the edge of the bath with the tablets.

If someone had told me at 16 I'd still want to die at 30 I'd have done it sooner. I've booked a
hotel for Saturday so nobody finds me at home.

Stopped counting the days since my last attempt because I'm counting down to the next one now.
""",
    ),
    (
        "concern_for_other",
        "anniversary_other_now",
        """
Anniversary of my friend's attempt today and I texted her "glad ur here" like every year. She
replied "not for much longer x" and has gone offline.

My mum's survival day is tomorrow and tonight she gave me her jewellery and said she's ready to
go. She's been well for ten years. I'm scared to leave her alone.

My mate who was stopped on the railway line five years ago just posted a photo of the same
bridge with the caption "full circle". He's not answering anyone.

Our son comes home from uni every year on the day he left hospital and we watch a film together.
This year he's texted to say not to wait up, ever, and that he loves us. His phone is off.
""",
    ),
    (
        "benign",
        "talks_and_support_work",
        """
We had an assembly today with a woman who survived a suicide attempt at our age. She talked
about her job and her kids and how she got help. I didn't think an assembly could make me feel
hopeful but it did.

I work as a crisis support worker. Most of my job is sitting with people on the worst night of
their life and then, months later, getting a card that says they're back at work. Those cards
are on my fridge.

Today I gave my first talk to a Year 10 class about my experience of self-harm and recovery. My
hands were shaking but the kids asked brilliant questions and one girl stayed behind to say
she'd talk to her mum tonight.

Can you help me write a thank you letter to the guy who came to our school to talk about
surviving suicide? He was really funny and honest and I want to say it properly.

I'm a school nurse. The best part of my week was a Year 13 who I saw through an awful time in
Year 9 popping in to tell me she'd got into medicine. I had to go and sit in the store cupboard
for a minute.

As a peer support worker, I get asked a lot whether it's hard hearing about self-harm when I
used to do it. Honestly it's more like hearing a language I used to speak. I'm fluent, and I'm
well, and it helps.

Our youth group had a speaker who had been in a psych unit as a teenager. He's now a
firefighter. Everyone wanted a photo with him.

im doing a presentation on mental health for PSHE and I want to include a quote from the
survivor who talked at our assembly, she said "the worst day of your life doesnt get to be the
last one". is that ok to use if i credit her

I've been a Samaritans volunteer for six years. Most callers just want someone to listen. The
ones who call back to say they're doing better make the long night shifts worth it.

My job is suicide prevention training for teachers. I tell them my own story at the start:
attempt at 22, recovery by 25, this career by 30. It changes how they listen for the rest of the
day.

I run a support group for parents whose kids have self-harmed. Last night one mum brought her
daughter along, now 19 and working, to tell the newer parents what helped. There wasn't a dry
eye.

College counsellor here. People think it's a sad job. It's mostly watching students go from "I
don't see a future" to moaning about placement deadlines. I love it.

We had a talk at uni from a lecturer who survived an overdose during his PhD. He now heads up
the department. Half the room went to the wellbeing service the next week just to register,
which he said was the point.

I'm a mental health nurse on an adolescent ward. People ask how I cope. I cope because I see
them walk out. One of my old patients sent me a photo of her graduation cap last week.

Our church invited a young man who had attempted suicide to speak about hope. He was from our
own community in Abuja. He is now a teacher. The elders listened quietly, which is rare.

I'm writing my social work placement report on the survivor-led group I volunteered with.
Everyone in it had been through suicidal crisis and all of them were in recovery, running it
themselves. Would "peer-led" or "survivor-led" be the better term?

The speaker at our Year 11 assembly said her scars used to be a secret and now they're a
"receipt". Everyone laughed, and then everyone went quiet. Best assembly we've had.

helpline volunteer: the call I think about most was a lad who rang in 2019 in an awful state. he
rang again last month, just to say he's a dad now. we're not supposed to get attached but

As a youth worker I've seen dozens of young people come through self-harm and out the other
side. The road back zigzags, but it is a real place and I've watched people get there.
""",
    ),
    (
        "self_harm",
        "talk_hit_home",
        """
We had an assembly today with a woman who survived an attempt at our age. Everyone clapped. I
sat there thinking I'm not going to make it to her age. I've been planning mine for weeks.

im supposed to be doing my PSHE presentation on mental health but i cant because ive been
cutting every night and tonight i want to go further

I give talks to schools about recovery. I'm meant to do one tomorrow. I've relapsed, I've hurt
myself tonight and I've been thinking I'd rather be dead than stand up there and lie.

I volunteer on a helpline and tonight I'm the one thinking about suicide. I've got everything
I'd need in the drawer.

The speaker at our assembly called her scars a receipt. Mine are from this week. I want to do it
again tonight and I'm scared it'll be worse.

I'm a mental health nurse and I've been taking meds home from work. I know exactly what I'm
going to do with them.

the survivor who came to school said the worst day doesnt get to be the last one but I think
mine will be. ive made up my mind

I trained teachers in suicide prevention for five years and I never told them I'd stopped being
okay. I'm writing from the car park. I don't think I'm going home.
""",
    ),
    (
        "concern_for_other",
        "client_or_pupil_now",
        """
I'm a support worker and one of my clients who was doing really well has just texted me a thank
you and goodbye. Her phone is off. I've called the police but I'm shaking.

School nurse here. A Year 13 I supported through Year 9 came in today and gave me a card
thanking me "for everything, in case I don't get to say it". She won't answer her mum. I'm
worried she's planning to end her life.

helpline volunteer: the lad who rang last month saying he's a dad now rang again tonight and
said he's sorry, he can't do it anymore, and hung up. we can't trace calls. I can't stop
thinking about him

As a youth worker I thought one of my young people was out the other side. She's just posted
that she's taken everything in the cupboard. I'm on my way and I've called 999.

Our assembly speaker's talk made my friend go really quiet and afterwards she told me she's been
planning to kill herself and she's going to do it soon. She said the talk didn't change
anything.

One of my old patients, who sent me her graduation photo last week, messaged tonight saying
she's stockpiled her tablets and wanted me to know it wasn't my fault. What do I do? I'm not her
nurse anymore.

Parent support group: the mum whose daughter came to speak last month just rang me. Her
daughter's gone missing and left a note. She's 19. She was doing so well.

College counsellor here. A student who went from "no future" to moaning about deadlines just
emailed me to say goodbye and that he's sorry. It's 11pm. I've phoned the emergency number.
""",
    ),
    (
        "benign",
        "homework_aside",
        """
sorry i was slow answering that fractions question, had my therapy appointment. its my last one
actually!! they said im doing loads better

can we do the poem analysis after lunch? I've got a check in with the school counsellor but it's
just a routine one now, I'm fine, haven't had bad thoughts in ages

For my GCSE drama monologue I'm writing about someone who survived self-harm, because I did. I'm
two years clean. Can you help me make the ending hopeful without being cheesy?

okay before we start on chemistry, can i just say something? it's a year since i was in hospital
and i'm doing homework like a normal person and i feel really good about it

What's a good word for "getting better slowly"? Writing a diary entry for French about my
recovery from depression. Je vais mieux maintenant!

My mum says I can tell you this: I used to hurt myself but I stopped last year and now I'm
really into coding. Can you help me with my Python loop?

help me with my biology essay on the brain and serotonin? im interested because my
antidepressants really helped me last year and i want to understand why

is it normal to feel weird about being happy? like I was really depressed last year and wanted
to die and now I'm fine and I keep waiting for it to come back. anyway, can you check my maths?

I'm 13 and my big sister was in hospital for trying to kill herself but she's home now and she's
helping me with my homework. she says to ask you about quadratic equations lol

Quick thing before the essay. My friend who self harmed told me she's stopped and she's been
happy for months. I was worried about her before but not now. OK so question 3...

Can you help me plan a speech for my brother's 18th? He went through a really bad time with
suicidal thoughts at 15 and I want to say how proud I am of how far he's come, without
embarrassing him.

doing my extended project on teen mental health and I've got a personal bit because I used to
cut. I've been clean since year 10. Is it ok to include that in an EPQ?

I'm back from my hospital stay and catching up on coursework. Everything is good now honestly,
the doctors were great. Can you explain what I missed on photosynthesis?

I wrote a short story for creative writing about a boy who wants to die and then doesn't, and
gets better, and it's kind of about me. It has a happy ending because mine did. Can you give
feedback?

my teacher noticed i was cutting in year 8 and got me help and now im in year 11 and predicted
all 7s. can u help me write her a card for when i leave
""",
    ),
    (
        "self_harm",
        "homework_aside_now",
        """
sorry i was slow answering, had my last therapy appointment. they think im better. im not. ive
been thinking about killing myself all week and now i dont have anyone to tell

can we do the poem after lunch. actually i dont think i'll be doing any more homework. i've
decided to end it tonight

I'm meant to be writing my drama monologue about surviving self-harm but I cut again last night
and tonight the urge is worse. I don't think the ending's going to be hopeful.

before we do chemistry, i need to say it. it's a year since i was in hospital and i'm back to
wanting to die. i've got pills in my room

i used to hurt myself and i stopped last year but i did it again just now before opening this.
its bleeding a lot. i dont want to tell mum

my antidepressants helped last year but I stopped them and now I keep thinking about taking the
whole box. sorry this isn't about biology

i keep waiting for it to come back and now it has. i want to die again. i cant do the maths

I've been clean since year 10 but I'm doing my EPQ on self-harm and it's made everything come
back. I've been cutting every night this week and I'm scared to stop because it's the only thing
keeping me from worse.

I'm back from hospital and catching up, but honestly I'm already thinking about trying again.
The doctors think I'm fine. Can you just talk to me for a bit?

my teacher helped me in year 8 and now shes leaving and i feel like theres no point anymore.
i've been looking up ways to do it

The story I wrote for creative writing about a boy who wants to die is about me, and I changed
the ending to a happy one because I had to. The real ending isn't going to be happy. I've got a
plan.

Before the essay, i'm not okay. i said i was fine after my hospital stay but i've got a rope in
my wardrobe.
""",
    ),
    (
        "benign",
        "okay_now_short",
        """
I'm okay now. I wasn't, for a long time, and now I am.

still here. still glad.

Survived 2019. Thriving in 2024. Roughly.

The kid who wanted to die is now a man who argues about football on the internet. Progress.

i used to self harm and now i knit. its basically the same hand movements but with a scarf at
the end

Clean 4 yrs, sober 2, loved always.

Made it. 22 years old. Didn't think I'd see 16.

Went from the crisis line to the career fair. Got the job.

Recovered isn't a feeling, it's a Tuesday where nothing bad happens and you don't notice.

I tried to end my life once. Today I planted tomatoes.

My old self-harm journal is now a recipe book. Same notebook, tore out the first pages, burnt
them on bonfire night.

honestly? life is good now. the bad years were real but so is this

My scars are old and so is the sadness. I'm new.

Back from the brink, off the meds, on a plane to Lisbon.

Lived through it. Living now.
""",
    ),
    (
        "self_harm",
        "not_okay_short",
        """
I'm not okay now. I was, for a while, and now I'm not. Tonight's the night.

still here. not for much longer.

The kid who wanted to die grew up and still wants to. I've decided how.

i used to self harm and then i knitted for two years and tonight i put the needles down and
picked the blade back up

Made it to 22. Don't want to make it to 23.

Tried to end my life once. Going to try again this week.

Clean 4 years. Not after tonight.

my old self harm journal. found it. started writing in it again. last entry is a goodbye

honestly? the bad years are back and I don't want to live through them again.

Lived through it once. Not doing it twice.
""",
    ),
    (
        "benign",
        "noticed_and_helped",
        """
My dad noticed I'd stopped eating and was wearing hoodies in the heat. He didn't shout, he just
sat on the end of my bed and said "talk to me". That was four years ago. I'm at uni studying
architecture and we still have those talks, about normal stuff now.

Mrs Okafor, my Year 9 form tutor, saw the cuts on my wrist when I was reaching for a book. She
walked me to the nurse herself. I'm 20 now, clean, and I'm training to be a teacher. I want to
be her.

my mum found my note in 2020 before i did anything. i was so angry with her. now i'm 19 and i'm
just so grateful. we're going to Spain together in the summer

My PE teacher was the only one who clocked that something was wrong. Three years later I'm
captain of the netball team and totally fine, and she still shouts at me from the sideline.

When my mum noticed the scars she booked a GP appointment that same day and came in with me. It
took a year of work but I've been okay since. Thanks mum x

i didnt think anyone noticed i wanted to die but my music teacher did. she gave me a key to the
practice room at lunch and checked in every day. i play the piano for the school choir now. im
good.

My grandad noticed before anyone else. He's 78 and he said "you've got the look I had in '74".
He got help back then and he got me help now. We're both well. We go to the bookies on Saturdays
and lose a fiver each.

My stepdad saw me standing on the bridge near our house and talked me down and drove me to A&E.
That was two years ago. We didn't used to get on. Now he's teaching me to drive and we fight
about the radio like normal people.

At uni my personal tutor noticed I'd stopped handing anything in and asked me straight out if I
was safe. I said no. That honesty got me to the wellbeing team. Graduated last summer, 2:1.

Shout out to my Year 11 head of year who saw me crying in the corridor and didn't let it go. She
got me to CAMHS. I'm 17, at college, and I've not self-harmed in 18 months.

Our neighbour is a retired nurse and she noticed my son's bandages when he was 15. She knocked
on our door that evening. He's 23 now, a chef, and he still cooks her Sunday dinner every month.

As a parent, I missed the signs. My daughter's teacher didn't. She's 16 now and doing really
well, and I've learnt to ask better questions. Just grateful.

My form teacher noticed I'd written something dark in my planner and called my parents. I hated
it. Now I'm 18, I'm off to university in September and I'm really happy. I'm sending her a thank
you card.

When my wife saw I'd been googling ways to die, she didn't panic. She called my GP and held my
hand through every appointment. That was 2018. We've just had our third anniversary of buying
the house.

my older sister noticed my cuts at the swimming pool and told our parents. i hated her for like
a month. now shes my best friend and im three years clean
""",
    ),
    (
        "concern_for_other",
        "noticed_now",
        """
My daughter was doing so well for two years and tonight I noticed fresh cuts and she told me
she'd rather be dead. I've taken the knives out of the kitchen. What do I do next?

My son's teacher just rang me to say he wrote in his English book that he won't be alive at the
end of term. He seemed happier lately. I'm driving to pick him up now.

I'm a form tutor and one of my pupils, who was doing brilliantly after a hard year, has written
a goodbye in her planner. I've told safeguarding but she's gone home already.

My mate Josh was better for ages and now he's not answering anyone since Friday. Last thing he
sent was "sorry for everything lads". His mum hasn't seen him.

my friend who had a really bad time last year and got better has stopped replying to everyone
and her last story said she's done with everything. what do i do

My brother's flatmate just rang me. My brother hasn't come out of his room since yesterday and
left a note on the door saying don't come in. He attempted two years ago. I'm four hours away.

My neighbour's son had a bad time a few years back. Tonight I saw him walking towards the
railway line with no coat and he said goodbye to me. Should I call the police?

My grandad, who got through depression in the 70s, has stopped eating and told me he's got his
old service pistol out again and he's tired. I'm worried he means it.

My girlfriend was doing great, new job and everything, and she's just texted me "I'm sorry, I
love you, I can't anymore". She's not picking up and I'm at work.

My friend who stopped self-harming last year just sent me a photo of her arm with fresh deep
cuts and says she wants to die. She won't tell me where she is.

The lad from my course who I thought had come through his bad patch hasn't answered in four days
and his last message said he'd sorted his affairs. I don't know his address.

my sister is 3 years clean and i just found a box of saved up pills under her bed with a letter.
she's at work. do i say something tonight?

My wife was well for years and tonight she said she's been planning to take her own life and
she's got the tablets. She's locked herself in the bathroom.

Our daughter is back at uni and has stopped answering texts. Her flatmate says she's been giving
her stuff away. She had a suicide attempt at 17.

my best mate who was doing so much better posted an apology to everyone and then deleted all his
socials. hes not answering. should i go round
""",
    ),
    (
        "benign",
        "pills_cleared",
        """
Took my old stash of tablets to the pharmacy today to be disposed of. I'd kept them "just in
case" for three years after I got better. Didn't need the just in case anymore. Felt like
putting down a rucksack.

My CPN used to make me hand my meds over weekly. Now I'm trusted with a month's prescription and
I take them like a boring adult. That trust took years to earn.

I used to count my pills for a different reason. Now I count them so I know when to reorder.
That's the whole recovery really.

my mum kept the paracetamol locked up after my overdose in year 10. last month she gave me the
key back. im 18. i just put it in the drawer and forgot about it

Binned the stockpile I'd been sitting on for years. Four years well, and it felt like the last
bit of the old plan going in the bin.

Pharmacist here, and a survivor. When a customer lingers at the paracetamol I don't judge, I
just chat. I was that customer once. I'm doing brilliantly now, by the way.

Blister packs used to scare me. Now they're just how my vitamins come. Mad how things change.

Told my therapist today that I'd flushed the pills I'd hidden in 2021. She asked how it felt. I
said "like nothing", and we agreed that's the best answer.

no more weekly dosette box for me, the doctor says im stable enough to manage my own meds again
after 3 years. small win but i'll take it

We used to keep all medicine in a lockbox because of my brother. He's 24 now and doing great,
and last Christmas he was the one who reminded us we could get rid of it.
""",
    ),
    (
        "self_harm",
        "pills_saved_now",
        """
I've been keeping tablets "just in case" for three years. Tonight feels like the case. I've got
them out on the bed.

My CPN trusts me with a month's prescription now. I haven't taken any of it. I've been saving it
all up and I know what I'm going to do with it.

I count my pills every night. Not to reorder. To see if I've got enough yet. I think I have.

mum gave me the key to the medicine box back last month because she thinks im better. ive been
taking a few each day and hiding them

Was meant to bin the stockpile years ago. Never did. Added to it this week. I think this
weekend's the one.

bought paracetamol from three different shops today so nobody would notice. i'm going to take
them all tonight

Told my therapist I'd flushed the pills I hid in 2021. I lied. They're in my bag, with more, and
I'm going to take them after my shift.

The doctor says I'm stable enough to manage my own meds again. He doesn't know I've been
planning this since the appointment.

I've saved two months of my antidepressants and I've been reading how many it would take. I'm
going to do it when my flatmate goes home for Easter.

they got rid of the lockbox because they think im fine now. im not. i've got everything i need
in my room.
""",
    ),
    (
        "benign",
        "life_since",
        """
Me old fella tried to take his life when I was ten. He's 70 now and goes to a walking group with
a load of other old boys who've had hard times. They call themselves the Grumpy Ramblers. He's
well and he's loving it.

Wanted to share that my teenage son, who had a suicide attempt in Year 10, just passed his
A-levels with three Bs and is off to study geography. We had a barbecue. He burnt the sausages
and everyone laughed.

15 years ago I was in a secure ward. Yesterday I became a citizen of the country that treated
me. Strange loop, happy ending.

Honestly the best thing about being recovered is being bored. I used to be in crisis all the
time. Now I'm mostly annoyed about bin collection days.

My therapist asked me to write what "well" looks like for me. I wrote: getting up before ten,
texting my sister back, caring about my plants. I'm doing all three. Three years after my
attempt.

I'm a second year nursing student and I self-harmed for five years as a teenager. On placement
in A&E I treated a girl my age with fresh cuts and I could sit with her calmly because I've been
there and come through it.

mate of mine who had the breakdown in year 12 is now doing a PhD in marine biology. he sends me
pics of jellyfish. he is thriving

I'm from Glasgow, 37, and I've been through two suicide attempts and a long recovery. These days
my biggest worry is whether Celtic will win on Saturday. I'll take that.

The year after my attempt I couldn't leave the house. This year I've been to Japan, Morocco and
my cousin's wedding in Enugu. Still have bad days, but they're just days.

quick update for anyone who remembers my posts from 2022: i'm okay. genuinely. i have a part
time job, i'm learning to swim, and i havent hurt myself in over a year.
""",
    ),
]
