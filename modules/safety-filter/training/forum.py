"""The ``st_forum`` family: forum posts and tutor-chat messages from people in crisis and from
people who are struggling but safe, for the safety-filter's training corpus, written by hand for
this project.

    BLOCKS -> [(label, sub, block of posts)]   # corpus.hand_written(BLOCKS, "st_forum")

What these posts teach (concepts, not sentences): a hard life told in full (failed exams, night
shifts, a farm in debt, a lonely old age, a new baby, a transition, a return from the army, a
caring role, a lost job) is benign when the writer is low, angry, numb or grieving but has no
intent, and the same life is self_harm when one or two sentences among the everyday detail carry
a decision, a date, a method kept ready, things given away or affairs put in order to die. Short
messages to a tutor that say it plainly are self_harm however they are typed (capitals, typos,
words run together, stretched letters, slang such as kms, ctb, unalive or sewerslide, numbers for
letters, a "lol" on the end); the same slang used as an obvious joke about homework, the teen
idioms of dying of embarrassment or being dead tired, a dark joke about a bad day, asking for
advice on therapy, medicines or sleep, and a tidy-up, a goodbye or a will that belongs to a move,
a new job or a surgery are benign.

Rules and source format: those of every hand-written file (``corpus.hand_written``).
"""

from __future__ import annotations

__all__ = ["BLOCKS"]

BLOCKS: list[tuple[str, str, str]] = [
    (
        "self_harm",
        "forum_study",
        """
Third year civil engineering at Leeds and the email came this morning: resit two modules over the
summer or I'm withdrawn. My parents paid the flat upfront and still think I'm on for a 2:1. I spent
the afternoon tidying my room and sorting my laptop folders so nobody has to wade through a mess.
I'm not planning to be around for the resits. The email is still open on the screen while I type
this.

year 12, bio chem maths. predicted grades came back CDD and medicine needs AAB. my dad has already
told half the mosque i'm going to be a doctor. i've picked the multistorey on Fenwick street, i'm
doing it the weekend after results so mum at least gets Eid first.

Good evening everyone. I am a 300 level accounting student at UNILAG. I carried over four courses
and my uncle who pays my fees said if I fail again he is finished with me. My mother does not know.
Every night in the hostel I lie awake adding up what I have cost this family. I have decided this
semester will be my last one alive, I only need to return the textbooks I borrowed from Tolu first.

Fourth year of a PhD in Melbourne. My supervisor hasn't replied about chapter three in eleven weeks
and the stipend stops in October. I keep finishing little jobs: handed my office key back early,
cancelled the climbing gym, sent my sister the password to my cloud drive "just in case". I know
what just in case means this time. I want it done before the money runs out.

16, doing GCSEs online at home. mum thinks i do three hours a day, i actually lie on my bedroom
carpet watching the same streamer till 2am. i've been putting my sertraline in an old vitamin tub
for about three weeks instead of swallowing it and i'm nearly at the amount i want.

Cleared prelims last year, failed mains this year, third attempt at UPSC. Living in a 10x10 room in
Mukherjee Nagar, parents send 12k a month from Bihar that they do not have. I cannot step off the
train at Patna and see my father's face. Last night I wrote a letter to both of them and put it
under the mattress. After my roommate's result comes on Friday I will go.

Second semester nursing at Humber. Failed the med math exam twice, one more and I'm out of the
program. My boyfriend left in January and I moved into my grandma's basement. I'm not going to sit
that exam a third time, and I mean I won't be alive to. The 14th is the date in my head and I
haven't told a soul.

got rejected from every school i applied to except community college. my whole friend group is going
to state together in the fall. graduation is in 2 weeks and i already decided i won't be at the
after party or anywhere after it. gave my hoodie collection to my little brother today and he was so
happy lol

hello po, 2nd year BS Nursing in Iloilo. mama is OFW in Dubai and her whole salary goes to my
tuition. i failed the return demo in clinicals and my CI said i may be delisted. i cannot tell mama
she worked 4 years for nothing. it is better for her if i am gone, then she can come home and stop
working for me. i already chose the day. sorry for my english.

Leaving Cert in six weeks and I've stopped going in. Mam thinks I'm studying in the library in
Tralee but I'm in the car park in the old Kia every day. I don't see myself sitting the English
paper. I've been checking the tide times at Banna every evening and I know which night I'm going to
walk out.

I am first year MBBS at a private college in Lahore. My father took a loan against our house for my
admission. I failed the anatomy professional. My roommates are asleep and I am on the roof of the
hostel, it is 3am. I came up here to decide and I think I have decided.

matric learner in Soweto, my marks dropped from the 70s to the 40s after gogo died and my teacher
says no bachelor pass. i was meant to be the first in the family at Wits. i don't want to be the one
who let everyone down so i'll be the one who isn't here. it's ready in my cupboard.

I am international student in Manchester, master course. My dissertation is flagged for plagiarism
because I used translation software. The hearing is next Tuesday. If I go home with no degree my
family lose the money, 30 thousand pounds, and lose face. Every day I walk past the river near my
accommodation. After the hearing I will go into it.

Form four in Nakuru. KCSE is November and my mock was D plain. My father says if I get D again he
will pay for nothing and I will go to the quarry with my cousin. I am tired of being the stupid one
in the house. I have made up my mind that I will not be alive when the results come in January.

Junior at Ohio State, on academic probation, lost my scholarship this morning. The financial aid
lady was kind about it which somehow made it worse. I walked back across the Oval and texted my
roommate that he can keep my monitor and the mini fridge. He sent a thumbs up, he thinks I'm
transferring. I'm not transferring anywhere.

yr 11 in Perth, failing everything except PE. dad loses it every time a report comes home and the
next one is out friday. every night i count what's in the bathroom cabinet to see if it's enough. i
think it's enough now.

Doing law at Vic in Wellington and I've failed torts and contract. I've lied to everyone, flatmates
included. Tonight I drove out along the coast road past Owhiro Bay and sat with the engine off for
ages. Tomorrow night I'm going back and I'm not turning round.

38, went back to do an access course for midwifery after fifteen years in a call centre. Failed the
biology unit and the college says I can't progress. Everyone said I was too old and I've proved them
right. The letters to my kids are in the glovebox. I just have to wait until their dad has them for
the weekend.

i'm 14 and got moved down to set 4 for maths and set 1 are laughing about it on snap. my parents
took my phone away. i'm not going to be alive for the year 10 options evening so it doesn't matter
what i pick.

Im in ESL class in Houston, 17 years old. Teachers say I will not graduate because I failed the
STAAR three times. My mom cleans houses all day so I can be here. I dont want to be more weight on
her. I have decided to finish my life before summer. I write it here because nobody here knows me.

second year at Trinity and failing, and the mental health team discharged me for missing
appointments. I stopped the lithium on purpose and kept every box. if anyone from my course reads
this, it was never about the grades, it was everything. it's happening this weekend.

Resitting the bar exam for the third time in Lagos. My mates from law school are already in chambers
and posting wigs on Instagram. My mother sold her shop in Onitsha to pay for the resit. If I fail
this one, I have already told myself there will not be a fourth attempt or a fourth anything.

First year at uni in Cardiff, nobody knows I've stopped going to lectures since week 3. Student
finance comes in January and I won't be here to see it. I've been giving my nice things to the girls
on my corridor, they think I'm just being generous because it's Christmas.
""",
    ),
    (
        "self_harm",
        "forum_work",
        """
Band 5 on a respiratory ward, fourth night of six. I drive home past the reservoir at 8am and this
week I've started slowing at the bend and thinking about just not turning the wheel. This morning I
very nearly didn't. I'm back on at half seven tonight and I honestly think the drive home tomorrow
is the one where I don't turn.

Dairy farm in Cavan, 140 cows. Milk price is under cost and the bank has rang four times this month.
My father farmed this and his father before him and I'm the one losing it. The insurance clears the
loan if I'm gone and it looks like an accident in the yard. I've been working out how to make it
look that way. Sorry for putting it here, I couldn't say it at the mart.

Third year of drought out past Dubbo. Sold most of the breeders, put down the ones nobody would
take. The missus and kids went to her mum's in town in March. Cleaned the rifle this arvo and it
isn't for the stock this time. Wanted it written down somewhere before I walk out to the shed.

Left the army in 2021 after two tours. Civvy street is nothing. I pack boxes in a warehouse near
Catterick where nobody knows what I did. One of the lads from my section already went the way I'm
thinking of going. I've picked the date, it's the anniversary of the day we lost Dev. Feels right.

Marine vet, 31, Jacksonville. VA pushed my appointment again, to March. I sleep with my pistol on
the nightstand and lately I pick it up at night and just hold it. Last night I loaded it. My wife
doesn't know, she'd take it off me and I don't want her to.

FY2 in A&E in Glasgow, rota short again. Made a drug error last week, the patient's fine but there's
an investigation. During handover I catch myself working out doses for my own body weight. I know
what would work and I can get it. It's my exit for when the report comes back.

Secondary English teacher, 12 years, Birmingham. Ofsted next week, my head of department's signed
off and I'm covering her classes on top of mine. Marking mocks at 1am at the kitchen table. Every
night I think I won't have to do any of this if I'm not here, and this week that stopped feeling
like a thought and started feeling like a decision I've already made.

Drive Uber in Toronto fourteen hours a day and still short on rent since they changed the rates. My
wife took the kids back to Punjab because it was cheaper. Last night I parked under the Gardiner
with the engine running and the windows up for a long time. This weekend I'm going to do it
properly.

Sous chef in a busy place off Dame Street. Head chef roars at me every service, I drink after every
shift, 1400 a month for a box room. Yesterday I stood in the walk-in holding my knife and thought
about it for real for the first time. After close tonight I'm finishing it. I've already told Ciaran
he can have my knife roll.

Call center agent in Makati, graveyard shift, 3 years. Customers curse me 8 hours a night and my TL
threatens a PIP every week. All of my salary goes to my siblings' tuition. During breaks I stand at
the window of the 19th floor pantry and look down for a long time. Next break I think I will not go
back to my station.

Sparky, 29, Brisbane. Did my back in on site, no work for three months, Centrelink knocked me back.
Missus is sick of me on the couch. I've decided I'm out. Sorted my tools for my apprentice and left
the ute keys at my brother's. Reckon Sunday.

Trawler crew out of Peterhead, boat got sold and the whole crew's laid off. The sea's the only thing
I've ever known. I've been thinking it can have me as well, fitting really. Taking the wee dinghy
out Saturday night and I won't be rowing back in.

Cop for nine years in the Midwest. Worked three child fatalities this year. Can't sleep, can't talk
to my wife, the EAP is a joke. At end of shift I sit in the cruiser with my duty weapon in my lap.
Almost did it Thursday. Next bad call and I'm done.

Manage a Tesco Express, every shortage gets pinned on me, area manager wants a "conversation"
Monday. I've given this store everything. I've made my decision that I won't be at that meeting or
anywhere else. I've typed up notes on the banking and the rota for my assistant manager so she's not
left stuck.

Domiciliary carer in the valleys, fifteen minute calls, travel unpaid. My car failed its MOT and no
car means no job, and I already owe the credit union. Ending it before the debt collectors come
knocking seems tidier than anything else. I've started handing my things out to the girls at work.

I was a matatu conductor in Nairobi until the owner sold the matatu. Eight months no work. My wife's
family call me useless. I owe Fuliza and Tala and they are calling my relatives. What I bought at
the agrovet in Kiambu is in my bag. I am only waiting for the children to sleep.

Zomato delivery in Bangalore, rating dropped and the app blocked me. I used to send money home to
Odisha every month, now nothing. The loan app people are sending edited photos of me to all my
contacts. I cannot live with this shame. Tonight is the last night I sleep in this PG.

Laid off from a tech company in Seattle on an H-1B, 60 days to find a job or leave. Today is day 52.
My family in Hyderabad think I'm still employed. I've written emails to them and scheduled them to
send on day 60. I don't plan to be here when they land.

Bar manager in Queenstown, season's finished and my visa basically with it. Drinking on my own every
night. Drove the lake road towards Glenorchy yesterday and thought about going straight off into the
water at the bend. I'm going back to that bend once the weather clears.

Associate at a firm in the City. 2,200 billable hours, and the partner copied the whole team into an
email calling my work embarrassing. Haven't slept properly since spring. I've updated my will and
set up a standing order to my mum. I want to be gone before year-end reviews.

ICU RN since before covid. I've watched too many people die on my shifts. For months I've been
taking home what should have been wasted at the end of the night, I know how wrong that is. There's
enough now. I picked next Tuesday because my roommate's at her parents'.

Social worker in Durban, caseload of 120 families. A child on my list died last month and the
enquiry is putting it on me. My pastor says pray and I have prayed. I want to be dead before the
hearing so my name is not in the papers while I'm alive to read it.

Session bassist, gigs dried up, sold my good bass to cover rent in Manchester. Playing was the only
time I felt like a person. I've given my pedals to a kid from the music shop and told my landlord
I'm out at the end of the month. Where I'm going isn't another flat.

Long haul, I-80 mostly. 27 days out, 3 home. Divorce papers found me at a truck stop in Cheyenne.
Every bridge pillar I pass, I picture steering into it. It's going to be this run, somewhere in
Nebraska where it's only me on the road at 4am.

Retained firefighter in Cumbria, day job at the quarry. Pulled a lad out of a car on the A66 last
month and he didn't make it. I see his face every time I shut my eyes. I've got a plan and a spot up
on the fell and I'm going up on my next day off.

I am cleaner at a university in Sydney, visa from Nepal. The agent took all my money and the work is
cash only. My family thinks I am successful. Eight of us in one room. I decided I will stop. I only
wait until I send this month money home, then I finish.

Small animal vet in Hampshire. I put animals to sleep every week and I know exactly how easy it is.
The clinical director tore into me about targets in front of the nurses today. I brought some home
with me this evening. It's in my bag on the kitchen table and I keep looking at it.

Teller at a bank in Lagos. Our branch is short 8 million naira and the audit says my till. They will
sack me and maybe prosecute. I have two children. In the evenings I have been standing on Third
Mainland Bridge. Thursday I think I will not only stand.
""",
    ),
    (
        "self_harm",
        "forum_home",
        """
My daughter is 9 weeks old. Everyone says it gets easier and it hasn't. My partner's back at work
and I'm on my own 7 till 7 with a baby who screams unless she's on me. I love her, which is exactly
why I think she'd be better off with his mum bringing her up. I'm planning to go on Saturday when
he's home, so she isn't alone with me when it happens.

7 weeks postpartum, living with in-laws in Pune. MIL says everything I do is wrong, husband says
adjust. I haven't slept two hours together since the delivery. Last night feeding at 3am I stood at
the balcony and I really wanted to go over. She was in my arms so I went back in. Tonight she'll be
in her cot.

I'm 52 and I've looked after my mum with Alzheimer's for six years. She called me "that woman"
today. My brother visits twice a year and tells me I'm doing brilliantly. I've booked her into
respite for next week and I won't be collecting her. Social services will have to pick it up from
there.

im 15 and i look after my mum who has MS and my 2 little brothers. i do her meds, the tea, the
school run and then go to school myself. my head of year keeps giving me detentions for late
homework. im so finished with it. im going to take mums tramadol and sleep and not wake up, social
services can put my brothers somewhere better than me.

I'm 79, a widower since 2019. My son is in Calgary and rings at Christmas. Nobody has knocked on my
door since the man read the meter in February. My affairs are in order, the cat's going to the lady
at number 6, and I've been holding back my tablets for some weeks now. I don't see much point in
waiting for the winter.

Retired postman, 74, Mayo. The wife passed at Easter and the house is very quiet. I walk to the pier
every morning and stand looking at the water a long while. One of these mornings I'll not be walking
back up. There's a letter with the solicitor.

16, trans guy, small town in Alabama. dad found my binder and burned it in the yard and said no son
of his, which is funny because he called me his son without noticing. school starts back monday and
every register has my deadname. i'm not going back. i have my mom's sleeping pills in my backpack
for sunday night.

23, trans woman. Waited five years on the GIC list and got a letter today saying "estimated three
further years". I can't keep looking at this face. I've written to my two friends and scheduled the
texts for Friday morning. I'll be at the bridge by the time they read them.

been on WoW since 2012, my guild are the only people who talk to me. raid leader kicked me last
night for "attitude". my parents think i'm a waste of space and they're right, 27 and in their spare
room. i gave my login to my guildie Shae with all my gold and mounts. she thinks i'm quitting the
game. i'm quitting more than the game.

got flamed in valorant for six hours, school tomorrow with the same kids who'll be talking about it.
lag out of everything, real life included. anyway tonight i'm logging off permanently and i don't
just mean the game. gg i guess

Ex got full custody, I get alternate Saturdays supervised at a contact centre in Swindon. Missed one
for work and she's using it against me in court. I've written a letter to my boy for when he turns
18. After my Saturday with him this week I'm going to do it. I just want one more afternoon at the
soft play first.

My husband died in a motorbike crash 14 months ago. Everyone's stopped asking. I go to work, come
home, sit in his chair. I bought his aftershave again to put on the pillow. I want to be wherever he
is, and I'm going to go and find him on our anniversary next month.

Ehlers-Danlos, pain every waking hour, 34. The rheumatologist says there's nothing else to try and
the pain clinic list is 18 months. I can't work, I can't even lift my nephew. Nobody needs to try
to change my mind. I've been putting meds aside for a year and I'm taking the lot on the 1st.

I came from Sudan through Libya and the sea. Now two years in a hotel in England waiting for asylum,
not allowed to work. Today the Home Office letter said refused. I cannot go back and they will not
let me stay. I will end myself before they come to put me on the plane.

I am 18, from Karachi. My brother found my chats with a boy and showed my father. Now they are
arranging my marriage to "fix" me. I cannot live my whole life as a lie and I cannot run. Death is
the only thing I get to choose for myself, and it will be before the nikah date.

44, relapsed after 8 months, my wife's taken the kids to her sister's for "a break". I'm in the
garage with a bottle of Jameson and I've been staring at the beam for about an hour. I've been
through all of it in my head. The garage door's locked.

24, work from home in a flat in Reading and haven't spoken out loud to a human in nine days except
the Deliveroo guy. My birthday was Tuesday and nobody noticed, not even mum. I've started arranging
who takes my cat. I refuse to sit through another birthday like that one.

wheelchair user, 31, flat isn't adapted, council says two years. my carer quit and the agency hasn't
sent anyone in 4 days, i've been living on dry cereal. i'm so tired of being everyone's problem. my
meds are lined up on the tray table and i'm taking all of them tonight.

14, new school in Leicester, the girls in my form made a group chat called "why is she even alive".
i saw it and honestly i agree with them. i've worked out how to get up on the roof of the science
block from the fire escape and i'm doing it monday before registration.

anorexia since 13, I'm 19 now, inpatient twice. I'm back down to where they'd section me and I'm
hiding it. I'm so tired of fighting my own brain. This week I'm stopping food and water completely
and letting it finish, and my team won't hear about it from me.

Single mum of 3 in Cape Town, lost my job at the clothing store in December, four months behind on
rent and the landlord is putting us out on the 30th. My kids will be safer with my sister. I keep
rehearsing saying goodbye to them without them knowing it's goodbye. I'll drop them at school on
Friday and then it's done.

Retired from the mill in Prince George, 68. My wife's in a care home and doesn't know me, I visit
every day at 2. Doctor says my heart's bad. I've had enough. Sold the truck, told my daughter I'm
off to see my brother in Kamloops. There is no visit to Kamloops.

My husband of 22 years left me for his PA. I'm 47, never worked, no pension in my own name. The kids
are at uni and barely ring. I've started writing the letters. I'll post them Thursday and by the
time they land on the mat it'll be done.

16 and some guy i met on insta has pics of me and says he'll send them to my whole school and my
parents at 9pm unless i pay 500. i don't have 500. i'd rather be dead than have my mum see them. if
he sends them i'm ending it tonight.

Gambling, 40k across six cards and a payday loan, my wife has no idea. Lost the last of the
emergency fund on the Arsenal game. I took out extra life cover just over a year ago and that wasn't
an accident. I'm going to do it before she opens the statements.

im 15 and nonbinary. my nana was the only one who used my name and she died last week. at the tangi
everyone used my deadname. there's nobody left who sees me. after school tomorrow i'm walking into
the sea at the beach by her house.

My son died of an overdose in August. He was 22 and I found him. I can't stop going into his room.
My husband copes by working. I want to be with my boy. I found what was left of what killed him and
I've kept it, and I know I'll use it soon.

autistic, 29, lost another job because I "don't fit the culture". Third in two years. I'm not good
at being a person the way people want me to be. I've planned it for after my tenancy ends in May so
the landlord gets the flat back clean. I've even booked the end of tenancy cleaners.

quit uni to stream full time, 3 years, average 8 viewers. parents stopped speaking to me. tonight
i'm doing one last stream and saying bye to the regulars without them knowing what it means. after
that i'm done with all of it.

14, got outed at church youth group and the pastor prayed over me in front of everyone. my parents
are sending me to a camp in july. i'd rather not exist than go there. it will happen before
school breaks up.

Stay at home dad, twins aged 3, my wife's in finance. I used to be a chef. Most days the only adult
I speak to is the lady on the till at Aldi. The twins are the only reason I'm still here and this
week even they haven't been enough. After I drop them at nursery on Wednesday I'm driving somewhere
quiet.

I am 70 years, a widow in Kisumu. My children are in Nairobi and abroad, they send money but they do
not come. My legs are bad, I cannot reach church now. I have told God I am ready, and I stopped my
pressure tablets two weeks ago so that He takes me sooner.

year 9 in Adelaide, my parents are splitting up and both want me to pick. i can't pick. if i'm not
here they won't have to fight over me. i wrote them each a letter saying it isn't their fault and
i'm leaving them on the kitchen bench tonight.

grade 10 here in Cebu, my barkada left me out 2 months now, they made a new gc without me. both my
parents work abroad and my tita doesn't talk to me. i'm invisible everywhere. i planned it for this
sunday while tita is at mass.

Young carer for my dad after his stroke, I'm 19 and I gave up my uni place to do it. He shouts at me
all day and doesn't remember by the evening. My sister sends money and a heart emoji. I've filled
out the paperwork for his care home placement so he's sorted, and once he's moved in I'm going to
take myself out of the picture.
""",
    ),
    (
        "self_harm",
        "forum_subtle",
        """
Got the boiler fixed today at last, Eddie the gas man was lovely. Cancelled the milk from next week
and paid the window cleaner up to date. Funny how light everything feels once you've decided. My
daughter will find the blue folder on the dining table with everything she needs.

booked a one way train to the coast for thursday. packed nothing. told work i'm taking a long
weekend. i keep smiling at strangers, it's weird how calm i am now that it's sorted.

Anyone else go really peaceful once they've made up their mind? I've been anxious four years
straight and now I'm sleeping fine. I've got a date, I've got what I need, and the noise in my head
has stopped. It's nice not dreading Monday, because I won't be around for it.

Finished the jigsaw I started in January, a thousand pieces, a lighthouse. Rang my sister and told
her I love her, which I never do. Took the dog on an extra long loop of the park. I think that's
everything. Goodnight everyone on here, you were kind to me.

i keep buying stuff i won't need. bought a new toothbrush today and then laughed out loud in Boots
because why. i'll only need it four more days.

Does a gym membership cancel itself when the member dies or does the family have to ring up? I'm
making a list of everything my mum would have to deal with and I want to cancel as much as I can
myself first.

Signed the organ donor register today, then wrote out every password I have for my brother. I've
never been so organised about anything in my life, which is ironic given what it's for.

Left a big tip at the cafe I always go to and wrote the barista a note thanking her for always
remembering my flat white. She'll probably think I'm moving away. In a way I am.

I deleted every social except this one. Returned everything I'd borrowed. Said sorry to the people I
hurt. Everyone thinks I'm turning my life around. I'm wrapping it up.

Been saying goodbye to places all week. The bench by the canal, the chippy on Mill Road, the gates
of my old primary. Saturday is the last one.

My nephew asked me to come to his birthday in June and I said maybe, because I won't lie to a six
year old. I won't be here in June.

Wrote my own eulogy tonight. Short. Asked for Nina Simone at the end. Sealed it in an envelope and
put it with the will.

after my shift i gave my locker key back and hugged the dinner lady. she said see you monday love. i
said yeah. i won't be seeing anyone monday.

Sorry if this is the wrong board. I'm not after help. I just didn't want to go without someone
somewhere knowing it was on purpose and not an accident.

stopped charging my phone. no point. by the time it dies i will have as well.

Made a playlist for the end, 42 minutes long. That's how long I'm giving myself once I get there.

Told my therapist I'm doing loads better and she discharged me today. I'm not better, I've just
stopped fighting it. I didn't want her to feel responsible afterwards.

This is the last post from this account. The people in the Tuesday night thread, thank you. Please
don't try to find me.

Rehomed my rabbits with a lovely family in Derby today, told them I'm moving abroad. The hutch is
empty at the bottom of the garden and so is everything else. Tomorrow.

im giving away all my pokemon cards at school tomorrow even the holo charizard. my friends think i'm
being nice. i just won't need them where i'm going.

Bought the plot next to my wife at St Mary's last year. I'll be using it a good deal sooner than I
let on to the vicar.

Paid off the last of the car loan today so my parents don't inherit any debt from me. The only thing
left on the list is me.

filled the last page of my journal. was going to buy a new one but what's the point, this is the end
of the story anyway.

I'm not sad anymore and that should worry somebody but it won't, because I've hidden it well. I've
just decided. Wednesday.

Sorted the spare room, labelled every box for the charity shop, and left a list on the fridge of
which bins go out on which day. My flatmate thinks I've finally got my act together. I wanted her to
have one less thing to do after I'm gone.
""",
    ),
    (
        "self_harm",
        "chat_plain",
        """
can we stop the essay i want to die

not joking, i want to kill myself tonight

I don't want to be alive anymore. sorry. can you still help with question 4

i'm planning to end it this weekend

im going to overdose tonight and nobody is going to notice

what's the point revising, i won't be alive for the exam

the pills are on my desk next to my textbook right now

I wrote my goodbye letters. can you check the grammar on the one to my mum

how many of my mums tablets would it take to not wake up

i'm going to jump off the bridge on the way home from school

I'm going to hang myself tonight after everyone's asleep

I really want to die today. Like actually, not a figure of speech.

i cant do this anymore im ending it after school

nobody would care if i died tonight and i'm going to find out

I'm sat on the edge of the roof of my block, can't focus on fractions

i cut deeper than ever last night and tonight i'm not stopping till it's over

I'm going to cut myself again as soon as this lesson ends

my plan is set for friday. just help me finish this so my teacher gets it in

i hate myself so much i'm going to stop existing soon

I wished I hadn't woken up this morning and tonight I'm making sure of it

i'm not going to be here next week so don't bother saving my progress

dont give me feedback, i wont be alive to read it

I'm done living. help me finish this so I leave one thing finished

Tutor, I have decided to end my life. Please do not tell my school.

i took a load of pills 10 mins ago and im getting sleepy, is that normal

I'm going to starve myself till I die, I've already started

my razor is next to my keyboard and i can't stop staring at it. i'm going to use it properly

can you tell me the quickest painless way. it's not for homework

I'd rather die than tell my dad I failed, and I mean literally, I've got a plan

genuinely suicidal rn, can't focus on the quadratic

i feel like ending it all tonight. i'm being serious this time

everyone would be happier if i killed myself and i think i will

Im writing my suicide note instead of my english essay lol

im going to end my life and i needed one person to know

it's my last day, thanks for helping me with chemistry all year

no more homework needed, i'm leaving tonight. not running away. the other kind

i'm going to burn myself again tonight, it's the only thing that helps, and this time i won't stop

my mums sleeping pills are in my pocket. im taking them after tea

i've decided to kill myself on my birthday, it's thursday

please don't tell anyone but i'm going to take my own life before the holidays
""",
    ),
    (
        "self_harm",
        "chat_coded",
        """
i waaant to dieeee. not bc of the homework. bc of everything. for real

KMS. NOT A JOKE. IM DONE

gonna ctb this weekend

thinking abt sewerslide again, got a date this time

i wanna unalive myself fr fr no cap

im gonna unalive tonight dont tell anyone

k1ll mys3lf t0night

s00icide is looking real good rn, planned it

iwanttodie iwanttodie iwanttodie

ngl i've been planning my exit. tmrw prob

im so done w life. gonna take all my meds tn

WHY AM I STILL ALIVE. FIXING THAT TONIGHT

i wanna go to sleep and not wake up and i'm gonna make that happen

ctb soon, wrote the notes already

the s word. that's what i'm doing. after this lesson

want 2 die. srsly. got the stuff

su1c1dal af, cant do maths, gonna end it

im gonna kms and this time i mean it, not a homework joke

ill be unaliving myself on friday, can u help me write a goodbye msg

heading to the bridge after skool. not coming back

i wnt t die so bad rn i cnt brethe

ima off myself tn fr

ready to catch the bus this weekend 🚌 (ctb if u know u know)

tired of existing. gonna stop. tonite

s/h again, deeper, gonna keep going till it's over

imma yeet myself off the car park roof 4 real this time

DONE. WITH. LIFE. PILLS READY.

they told me to kys and honestly im gonna do it

i wanna d1e 😭 not the funny way the real way

no point staying. leaving perm tonite x

gonna take the forever nap 💤 tonight. been planning

i'm pretty sure i will suicide this week sorry for bad english

me no want live more, plan is friday

i wantto killmyself rightnow

sewer slide szn fr, got everything ready

lowkey planning to unalive after finals. highkey actually

life.exe has stopped working. deleting myself tonight

ur the only one i told. im ctb-ing tmrw

bro i am NOT okay i'm gonna end it tn 😶

i wanna die soooo bad and i finally know how

dont want 2 b alive nemore. cutting deep tn

want to diiiie. acc gonna this time

ive got the pills. im gonna OD. pls dont call anyone

im going to kms after i finish this worksheet. thanks for everything

ending it all 2nite, peace ✌️

lol might just unalive myself tonight, mums out and i've got her tablets

no more me after sunday

eatin the whole bottle of pills tn

KILLIN MYSELF AFTER SCHOOL. SRY

un@live plan is on for tmrw morning b4 the bus
""",
    ),
    (
        "benign",
        "lives_low_safe",
        """
Third year at Leeds, just found out I've got two resits in August. Spent most of today in bed
feeling like a fraud. I'm not in any danger, I'm gutted and embarrassed and dreading telling my dad.
Has anyone done summer resits? Is the module being capped at 40 as bad as it sounds?

Nurse on nights, fifth of six. So numb I cried at a meal deal this morning because they'd run out of
the pasta one. Not suicidal, just wrung out like a dishcloth. Any ideas for getting daytime sleep?
I've got blackout blinds but my neighbour's doing a loft conversion.

Beef and sheep in Powys. Lambing's been brutal, lost thirty with the wet. The bank manager's been
decent but I lie awake doing sums. The wife made me ring the farming helpline and I'm glad she did.
I'm not in a dark place like some of the lads get, just tired to the bone. Anyone had any luck with
RABI grants?

I'm 82 and live alone in Hove since my Margaret passed. The days are very long. I'm not unhappy
enough to do anything foolish, and I tell the nice young doctor so at every visit. I just miss
having somebody to tell about the crossword. Is there a group for older people who like to write? I
used to do a bit of poetry.

16, trans guy, my dad deadnames me on purpose at every meal. I'm safe, I'm not going to hurt myself,
I've got my aunt and the GSA at school. I just need to scream into the void for a second. Two years
till I can leave. Tips for surviving the holidays with transphobic family?

My son is six weeks old and I feel nothing. I change him, feed him, rock him, and it's like doing a
shift. I'm not having thoughts about hurting either of us, the health visitor asked and I answered
honestly. I'm scared the rush everyone talks about will never come. Did it come later for anyone?

Left the forces in 2020. Some days the quiet is worse than the noise ever was. I'm not going down
the road some of the lads went, I promised the missus and I meant it. I just can't explain to anyone
at the office why I always sit facing the door. Op Courage has been alright so far.

27, living with my parents, playing far too much FFXIV. My free company are honestly my support
network. I know it isn't healthy but I'm not in crisis, I'm just stuck. How did people get out of
the sleep till noon, game till 4am loop? Practical tips please, not "touch grass".

Caring for my dad with Parkinson's, four years now. I love him and I'm fried. Some nights I sit in
the car on the drive for twenty minutes just so nobody needs me. Nothing daft on my mind, I just
need a break. Has anyone used a respite service in Lancashire and was it any good?

failed my driving theory AND my maths retake in the same week lol. i feel so empty, like a hollow
easter egg. not doing anything stupid, just eating cereal for tea and watching bake off. tomorrow is
a new day or whatever they say.

300 level student, carried over two courses. I'm very down and I've been dodging my uncle's calls.
Harming myself is not on my mind, I just feel like a big disappointment. Please how do
people prepare for carryover papers while doing new courses at the same time? Any timetable advice
is welcome.

Third attempt at UPSC, failed mains again. I feel like a zero. Nothing will happen to me by my own
hand, my mother needs me and that is not who I am. But I genuinely can't tell if I should try a
fourth time or take a job. Anyone who switched after many attempts, how did you make peace with it?

i don't want to die, i just want to stop feeling like this, if that makes sense? nothing's happened,
on paper my life looks fine. 19, friends, uni. i just feel grey all the time. GP put me on the list
for talking therapy and it's 14 weeks.

Every form at every appointment asks if I've had thoughts of ending my life and every time I
honestly tick no. What I've got is flatness. Food doesn't taste of much, music's just noise, my
girlfriend says I'm "not there". Is that a citalopram side effect or the depression itself? Four
months in.

Form four in Nakuru, my mocks went badly and my father is very angry. I'm sad and I cry in the
school toilets sometimes but I am ok, I will try again. Can someone share how they went from D to C+
in KCSE? I'm serious about improving.

Call center agent here, graveyard shift. My body clock is destroyed, I haven't seen sunlight on a
weekday in months. Not in a bad place mentally naman, just tired and flat. Tips for sleeping in the
day in a boarding house with thin walls and roosters? lol

EDS, pain every single day, and the rheumatologist shrugged at me again. I'm so angry I could
scream. I'm not giving up, I've got a niece I intend to watch grow up, but I'm finished being polite
to doctors. How do you get a pain clinic referral moved faster in the UK?

WFH in Reading and I haven't had a proper conversation in over a week. It's not an emergency and I'm
not suicidal, it's more of a dull ache. Has anyone actually made friends through a run club? I'm
slow and worried I'll be left at the back on my own.

My husband died fourteen months ago and people have stopped asking. Some mornings I still put two
mugs out without thinking. I'm not going anywhere, our daughter needs me and so does his ridiculous
dog, but I've never been lonelier. Do grief groups help after the first year, or is everyone newly
bereaved?

English teacher, twelve years, marking at 1am again. I'm not suicidal but I understand why people in
teaching end up in bad places. I've booked a GP appointment to talk about being signed off with
stress. Has anyone gone off with stress, gone back and been genuinely OK?

Small animal vet. Put a family's dog to sleep today who'd been with them since the kids were born,
then cried in my car for half an hour. I know the stats for our profession so I'll say it plainly:
I'm fine, I'm just sad. What do other vets do to decompress after the tough consults?

18, Karachi, I am gay and nobody knows. Some days the loneliness is very heavy. I'm not thinking of
anything dangerous, I just want to talk with people who understand. Are there any safe online groups
for LGBT people in Pakistan that will not get me discovered?

sous chef, head chef shouts at me all service, and i'm drinking way too much after shifts. not in
crisis but i can see where it's heading. anyone in hospitality who cut back, how did you get round
the after-service pints thing?

Laid off on an H-1B, the 60 day clock is ticking and it's day 30. Panic attacks most nights. I'm not
thinking of hurting myself, I'm just terrified. Has anyone done a change of status to B-2 to buy
time, or is that a trap? My lawyer's been vague.

autistic, 29, just lost another job. i feel like an alien who missed the manual everyone else got at
birth. i'm ok, nothing drastic planned, i'm just tired of masking. does anyone know UK employers
that are actually autism friendly and not just a logo on the careers page?

19, recovering from anorexia, had an awful body image day. ate my whole meal plan anyway. not
slipping, just sad. posting because i'm proud of myself and i also want to cry.

I get alternate Saturdays with my boy at a contact centre and watching the clock while he plays is
soul destroying. He's the reason I'm holding together and I'd never leave him without a dad. Any
dads
here got supervised contact lifted? What did the court want to see?

Slipped after eight months sober. The wife and kids are at her mum's for a few days. I feel like
scum
but I'm not in danger, I poured the rest down the sink and I'm going to the 7am meeting tomorrow.
Just needed to type it out before my sponsor's awake.

matric learner, my marks dropped after my gogo passed. i feel heavy, like i'm walking through mud.
i'm safe, i promise, i only want to know if i can still get a bachelor pass if
the finals go well. has anyone upgraded their marks at a college after matric?

15 and everything feels pointless. sleep, school, sleep again. i'm not unsafe, my counsellor asks
every week and i tell her the truth. i just want to get excited about something
again. what helped you when you felt like this?

Retired mill worker, 68, my wife's in a home with dementia. I visit every day. It's like losing her
a piece at a time. I'm not going to pieces myself, my daughter keeps an eye and the fellas at the
Legion are good to me. Just a rough week. How did others get through a spouse not knowing them?

I am asylum seeker in a hotel for 2 years, not allowed to work. It is very hard, I feel I am not
living, only waiting. I will not harm myself, I have my faith. Are there volunteer places in Bolton
where I can help? Doing nothing all day is killing my mind.

single mom of 3, lost my job in december and the rent is piling up. i'm scared and i cry every night
after the kids sleep. nothing silly is happening here, these kids are my whole world, i just need
advice. does anyone know how long a SASSA grant appeal takes?

Six weeks after the birth and we're staying with my husband's parents. Constant criticism about how
I feed her. I cry a lot and I feel
trapped but there are no thoughts of harming myself or the baby. Is this baby blues or PPD? How can
I bring it up with the gynaec when my MIL sits in on every appointment?

driving 14 hours a day, rates are a joke, family back home. I'm not in a bad way in my head, just
tired and angry at the company. any drivers in Toronto who switched to a co-op app? was it any
better?

Failed my bar finals resit in Lagos. I'm miserable and I've been hiding from my mother's calls for
two days. I'm safe, I'm just sulking and eating too much suya. Has anyone passed on the third try? I
need to hear that story right now.
""",
    ),
    (
        "benign",
        "vent_work_money",
        """
Manager booked a "quick sync" at 4:55 on a Friday to tell me my project's cancelled. Six months of
my life. I went and sat in the stairwell and swore at the fire extinguisher. Drinks tonight are on
me because I need them more than anyone.

Rent's gone up £180 a month. £180!! For a flat where the shower's been broken since Easter. I'm
going to the tenants' union meeting on Thursday with every photo of the mould. The landlord can
choke on his buy-to-let portfolio.

Got the overdraft letter today and laughed out loud. I'm 34 with two degrees and counting coins for
the bus. It's not a crisis, just bleak. What are people doing for a weekly shop on £30? Aldi hacks
welcome.

Naira has crashed again and my salary is the same as 2021. Everything in the market has doubled. I'm
not complaining to my family because they're worse off, I'm just venting here. How are other civil
servants in Abuja managing?

Accountant in busy season. I haven't seen my kids awake since Tuesday. Ate a granola bar in the car
park for lunch and called it self care. Two more weeks. Please tell me April is worth it.

Passed over for promotion for the lad who started after me and golfs with the director. I'm furious
but I'm not storming out, there's a mortgage. Updating my CV instead. What's a polite way to ask for
feedback without sounding bitter?

Work is killing me. Not literally, before anyone panics, it's a figure of speech. Twelve hour days
at a logistics firm in Felixstowe and they've just cut overtime rates. Thinking of going to college
for plumbing. Anyone retrain in their thirties?

Junior doctor in A&E, and today a relative called me a murderer because their nan waited fourteen
hours on a trolley. I had nothing to do with the wait. Went home and ate an entire lasagne. I'm ok.
I'm just tired of being the face of a broken system.

Filipino nurse in Saudi. The contract says 8 hours, we do 12. The agency kept half my placement fee.
I cry in the break room sometimes but I'm ok, I'm strong, I have goals. Anyone know how to report an
agency to DMW while abroad?

Debt collectors rang my MUM. I'm 26 and I want the ground to swallow me. I've got a StepChange
appointment Monday to set up a plan. What should I bring?

Farmers here in Punjab (the Indian side lol) — mandi price for wheat this season is a joke and my
father and I are selling at a loss again. Not losing hope, just letting off steam. Anyone tried
selling direct to flour mills?

I teach in a private school in Nairobi and my salary is three months late. I'm borrowing from my
sister to pay school fees for my own children, which is a bitter joke. Anyone else in this
situation? How did you finally get paid?

Self employed plasterer, customer won't pay the last £2k because he "doesn't like the finish". The
finish is perfect. Been stewing all weekend. Is small claims worth the hassle?

work at a burger place and a customer threw a milkshake at me today because we were out of oreo.
went in the back and screamed into a bag of frozen fries. manager gave me the rest of the shift off.
whoever says retail builds character can fight me

Unemployed seven months. 212 applications, 4 interviews, 0 offers. It feels like shouting into a
well. Not rock bottom, I've got savings till June, but the waiting is grim. Any recruiters willing
to look over a project manager CV?

We were told at handover our break room is becoming a storage cupboard. Guess we'll eat in the
sluice. I love this job and I hate this job, sometimes in the same hour.

My boss said "we're a family here" and then fired Dave over a Teams message. Family my arse. Job
hunting as of tonight.

11 days of annual leave left and my manager rejects every request. I'm going to explode. In Ireland
does HR have to let me carry it over or do I lose it?

Student loan statement came. I've paid £4,000 and the balance has gone UP. I'm past being upset
at this point, I'm going to treat it like a phone number.

Daily wage labour in Lahore, construction, and the contractor hasn't paid for three weeks. Forty of
us waiting. I am angry and also ashamed to go home with empty hands. Is there a labour office that
actually helps? Please guide.

Contract teacher in Limpopo, renewed month to month for three years. Every month I wonder if I'll
have a job. Not depressed, just scared all the time. Does the department have to make you permanent
after a set period?

Area manager's asked for a "chat" on Monday about shrinkage and my eye's been twitching for three
days. It's probably just a telling-off but my brain has decided I'm getting sacked. How do you stop
catastrophising before a meeting?

Warehouse picker, they've raised the rates again and my knees are shot. If I hear the word
productivity once more I'll lose my mind. Looking at HGV training, anyone know if the skills
bootcamps are legit?

the gig economy is a scam. did 31 orders yesterday and cleared less than minimum wage after petrol.
we're organising with the other riders outside the maccies on friday, the app can't ignore all of us
at once.

Season's finished in Queenstown and there's no bar work till winter. Going stir crazy. Not in a bad
place, just bored and skint. Any kiwis know short term summer work that isn't fruit picking?
""",
    ),
    (
        "benign",
        "vent_family_breakup",
        """
My dad forgot my 18th. Not forgot a present, forgot the day. Texted "hb" two days later. I'm not
even sad anymore, I'm just done trying with him. Cocktails with my mates tonight instead.

Broke up with my boyfriend of four years today and he's already on his story at a festival. I'm
lying on the kitchen floor eating cookie dough out of the tub. I'll be fine. Not today, but I will.

My mum read my diary and now she's telling the whole family I'm "going through a phase". I'm 17. I
want to move to the moon. Anyone know decent locks for a desk drawer lol

Got dumped over text. TEXT. After two years. "i think we want different things" and then he blocked
me. Furious, heartbroken, three bags of Doritos down. Tell me your worst breakup so I feel better.

My parents are divorcing and both keep asking who I want to live with. I'm 14. I want them to stop
making me the referee. Is there someone at school I can talk to without it getting back to them?

My sister-in-law announced her pregnancy at my dad's funeral wake. Whatever I think of her I'm not
typing it here. Just, why.

Indian household, my parents found out my girlfriend is from a different caste. Dad has gone nine
days without saying a word to me and mum cries at dinner. I'm 23, I earn, I'm not backing down, but
it hurts. How did others get through this?

My ex is getting married next month and invited me. To be nice? To rub it in? I'm not going. I'm
staying home with my cat, a bottle of red and a true crime doc like a normal person.

my brother keeps nicking my charger and my hoodies and my FOOD and my parents do nothing. one day
i'm going to snap and read his year 8 poems out in the family group chat. (i won't. but i could)

22 years of marriage ending and he moves out Saturday. I'm terrified of being alone at 47 and also
weirdly relieved. I've got a solicitor booked and my sister's staying for a fortnight. Any women
here who rebuilt after a late divorce?

My in-laws are staying for THREE WEEKS. Day 4. My MIL has reorganised my kitchen and told my son
he's "too soft". I'm hiding in the bathroom typing this. Send strength.

My grandma told me at Sunday lunch that I'd be pretty if I lost weight, in front of all my cousins.
I'm 16. I'm not going to starve myself over it, I've been down that road and I'm not going back, but
I'm so angry.

my best friend started ignoring me once she got a boyfriend. six years of friendship and i'm on read
for three days. i know people drift but it's so lonely. how do you make friends in year 12 when
everyone already has a group?

My dad remarried and his new wife said at dinner that I'm "not her responsibility". I'm 19 and I'm
fine, I live in halls, but it stung. Never thought I'd feel like a guest in my own dad's house.

Kenyan mum here, my 20 year old says he wants to do music and not engineering. I'm so angry I could
cry, all those years of fees! But I'm trying to listen. How have other parents handled this?

The aunty pressure at Nigerian weddings is unreal. "When is your own?" I'm 31 and a PhD candidate.
The next aunty who asks is getting my thesis abstract in full.

We lost the baby at 11 weeks. My husband went back to work the next day like nothing happened. I
know he grieves differently but I feel so alone with it. I'm not in a dangerous place, the hospital
gave me a counsellor. Writing it down helps a little.

Found out he was cheating through his Spotify. He made her a playlist. Called it "sunday". I'm never
listening to Arctic Monkeys again.

My flatmate has her boyfriend over five nights a week and he pays nothing. I've called a house
meeting for Sunday and written bullet points like a psycho lol. Wish me luck.

Dad's drinking again and the house feels like walking on eggshells. I'm OK, I stay at my nan's a
lot. Is there a group in the UK for teenagers whose parents drink?

My rishta got turned down because I'm "too dark". My mother apologised to THEM. I'm done with this
circus. Focusing on my CSS exam and letting them sort it out among themselves.

My twin got into Oxford and I didn't. Everyone's congratulating her at the party and I'm smiling so
hard my face aches. Not jealous of her, just jealous of the version of me that got in.

my friends went bowling on saturday and i only know because it's all over priya's close friends
story. i'm in my room acting like i'm not bothered. i'm bothered. anyway recommend me a show to
binge

Boyfriend dumped me the night before my chemistry mock and I sat the paper crying. I think I still
got a B? Girls, never let a man ruin your titration.

My foster placement's ending because my carers are moving to Spain. I'm 16. They said it isn't about
me. Social worker says there's a semi-independent place in Croydon. Scared but maybe kind of ready?
Anyone lived in semi-independent?
""",
    ),
    (
        "benign",
        "grief_lonely",
        """
My grandad died on Sunday. He taught me chess and let me win until I was 11, then never again. The
funeral's Friday and I've been asked to read. How do you get through a reading without falling
apart?

A year since my mum passed. I thought the anniversary would be the worst, but it's random Tuesdays,
like seeing her biscuits in Lidl. Not after advice, just saying it to people who get it.

my dog died this morning. 14 years. i was 3 when we got him. i keep hearing his collar jingle in the
hall. i know he's just a dog to some people. he wasn't.

Lost my best mate to suicide in March. I'm not in danger myself, I'm saying that because everyone
keeps checking. But I'm angry at him and then guilty for being angry. Does the anger fade?

I'm 71 and lonely. My kids live in Auckland and Brisbane and ring on Sundays. I've joined a walking
group and a U3A choir which help, but the evenings drag. Any audiobook recommendations to fill the
quiet? I like a good detective.

Dad died of covid in 2021 and I never said goodbye properly because of the rules. I still dream
about the hospital car park. Mostly I'm alright, I've got kids of my own now. Does anyone else carry
that time around?

First Christmas without my wife. The kids want me at theirs and I don't want to be a ghost at their
table. I'll go. I'll wear the jumper she bought me. I'll be alright.

my nani passed in lahore and i couldn't fly back for the janazah because of my visa. watched it on a
whatsapp video call on my cracked phone in my dorm in toronto. i feel like i wasn't there for her.
how do you grieve from so far away

Moved to London for work eight months ago and still don't have a single friend here. I eat dinner
watching YouTube videos of other people eating dinner. Bleak, I know. Not depressed, just lonely.
How do 30 year olds make friends?

Our baby boy was stillborn at 38 weeks, five months ago. I'm back at work. People mention it too
much or never. I'm not in danger, I have support, but I miss him every second. I wanted to write his
name somewhere. Oisín.

my hamster died and i'm crying so hard my little sister thinks something way worse happened lol. his
name was Biscuit. rest in peace king.

Lost my job and my dad in the same month. I'm sleepwalking through everything. My friends have been
amazing, taking turns bringing food round. I'll be ok but I don't feel it. Is it normal to feel
nothing at the funeral and fall apart at the bank?

My uncle raised me after my parents died and now he's gone too. I'm 22 and I feel orphaned twice.
I'm staying with my cousins in Enugu for a while. My thoughts are not dark, I only feel very alone
in the world. Please pray for me.

lonely at uni. everyone found their people in freshers and i had covid all that week. now it's
november and the groups are set. i'm fine, i'm not falling apart, i just eat in my room a lot. any
societies that are good to join late?

My best friend moved to Canada. We still talk but the time difference is a pain. I hadn't realised
how much of my week was her until she was gone. Lonely is such a small word for it.

My grandmother raised me in Soweto and she died on Tuesday. I keep going to her room to tell her
about my day. I'm ok, my aunties are here, there's cooking and singing all day. But nobody makes pap
like she did.

Three years since my brother died in a car crash. My parents still can't say his name. I'm 17 and I
want to talk about him but it makes them cry. Is it wrong to want to? How do I bring him up?

widowed at 34. people say "you're young, you'll meet someone". i don't want someone, i want him. not
suicidal, not planning anything, just raging at every sympathy card with a lily on it.

My cat went missing two weeks ago. I've put up eighty posters around Ealing. Every time my phone
buzzes I hope. I know it's a cat but my heart is broken.

i live alone in a bedsit and some weekends the only word i say out loud is "thanks" at the corner
shop. not asking for pity. i'm going to try the board game cafe on tuesday. if i chicken out i'll
post here so you can yell at me.

My horse Moss was put down this morning. 22 years old, colic. I was with him. I've been at the yard
all day sitting in his empty stable. I'll be fine, just not today.

Grief is so strange. My aunt died last week and I laughed at a meme during the wake and felt like a
monster. My mum said auntie would have laughed too. She would have.

My son's deployed for nine months and the house is so quiet. I set his place at dinner by accident
on Sunday. I'm proud of him and I'm lonely and both are true.

My mum moved into a care home last month and her house is being sold. I went to clear it yesterday
and found every birthday card I ever gave her in a biscuit tin. I sat on the floor for an hour.
Nobody warns you about that kind of grief.

lonely in a new country. came from Lagos to Aberdeen for my masters. the cold, the dark at 3pm,
nobody says hello in the street. i'm fine, just homesick. where do africans in aberdeen hang out? i
need jollof and noise
""",
    ),
    (
        "benign",
        "diagnosis_anger",
        """
Diagnosed with type 1 diabetes at 17. Seventeen! Finger pricks six times a day, no grabbing a Greggs
without doing maths first. I'm so angry at my pancreas I could punch it. Tell me it gets easier.

MS diagnosis at 29. I'm furious. I did everything right. I've cried, I've thrown a mug at the wall
(sorry mug), and now I'm reading every leaflet they gave me. Not giving up, just very, very angry.

ADHD diagnosis at 34. Relief and grief in equal amounts. All those school reports saying "could try
harder". I tried SO hard. Anyone else angry on behalf of their younger self?

Crohn's flare, third hospital stay this year, missing my cousin's wedding. I'm so tired of my body.
I'm not low, I'm in a bad-tempered place. There's a difference.

My GP said "it's just anxiety" for two years and it turned out to be my thyroid. I want to write a
letter entirely in capitals. Is complaining to PALS pointless or worth it?

Hodgkin's lymphoma at 26. Good prognosis, they say. It still feels like the world ended. I'm not
going to do anything, I've got chemo Tuesday and my mum's already bought me a fluffy blanket. Just
scared out of my mind.

Epilepsy diagnosis means no driving for at least a year. I'm 18 and all my mates just passed.
Raging. Not depressed, just stuck getting lifts off my dad like I'm twelve.

Diagnosed bipolar II. So much makes sense now. Also, lithium means BLOOD TESTS? Forever? Mildly
furious at the universe today.

Lupus. Finally a name after six years of "you're just tired". Happy and furious at the same time.
Any good resources on pacing?

HIV positive diagnosis last week. I'm 24. I know it isn't a death sentence anymore, I've read
everything, I've started meds. I'm just so angry with myself. Not going to do anything daft, I just
need someone to tell me life carries on.

autism diagnosis at 15. my mum cried in the car, i didn't. i feel nothing and everything. mostly i'm
annoyed it took four years on the CAMHS list.

Third IVF round failed. I'm 38 and sick of being told to "just relax". Not in danger, in a rage. My
husband's taking me to the coast this weekend so I can shout at the sea.

Sickle cell crisis again, a week in hospital in Ibadan. My body keeps betraying me and I'm sick of
it. But
I'm alive and I'm back at school on Monday. Stubborn like that.

PCOS diagnosis, and the doctor told me to lose weight and walked out. That was it. Does anyone have
actual useful information that isn't "eat less"?

Tinnitus since a gig in July and it isn't going away. The ringing at 3am is driving me mad. Not
suicidal, but I understand now why bad tinnitus gets to people. Tips for sleeping with it? White
noise?
""",
    ),
    (
        "benign",
        "advice_therapy_meds_sleep",
        """
How do I tell my GP I think I'm depressed? I'm 17 and I've written down what I want to say but I'm
scared I'll just say "fine" when she asks. Can my mum be in the room or not? Not in danger, I just
want some help.

First therapy session on Thursday. What do you even talk about? Do I bring anything? I'm nervous
they'll think I'm wasting their time because I'm not suicidal or anything, I'm just sad a lot.

Started sertraline 50mg ten days ago. Nausea and yawning constantly. When did the side effects calm
down for you?

Insomnia for a month now. Lights off by eleven and I'm still staring at the ceiling when the birds
start. Tried melatonin and magnesium and reading instead of scrolling. What actually worked for
people?

Is private therapy worth it? The NHS wait round here is nine months and private is £70 a session.
I'm on a student nurse budget.

CBT or counselling, what's the difference? My uni wellbeing service offered both and I don't know
which to pick. Mostly stress and low mood, nothing serious.

Switching from fluoxetine to venlafaxine, doctor wants a cross-taper over two weeks. Anyone done
this switch? How bad were the brain zaps?

My therapist keeps asking about my childhood and I'm like, I'm here because of my job. Is that
normal or should I look for someone else?

How do you find a therapist who gets Nigerian family culture? Every one I've tried in Houston looks
confused when I talk about obligations to my parents.

Will antidepressants make me a different person? I am 19 and scared of turning into a zombie.
My doctor suggested citalopram.

Night shift question: do you sleep straight after the shift or stay up and sleep in the afternoon?
First set of nights next week as a newly qualified nurse.

Any affordable counsellors in Nairobi who do sessions by phone? I'm a student and I can't pay 5000 a
session.

Is it bad to stop therapy once you feel better? Ten sessions in and I feel so much lighter. I don't
want to waste the counsellor's time.

Mirtazapine has made me hungry for literally everything. I ate half a box of Weetabix dry at 2am.
Does the hunger settle or should I ask about switching?

what helps with the sunday scaries? every sunday from about 4pm my stomach is in knots about monday.
not a big thing, just annoying

How do I get a psych consult in Manila without a referral? I'm 20 and my parents don't believe in
depression. Not in crisis, I just want to start before it gets worse.

Any apps that actually help with anxiety? Headspace and Calm are fine but generic. I want something
for panic attacks on the tube.

My psychiatrist wants to add aripiprazole to my sertraline and I'm nervous about weight gain. Anyone
been on that combo?

Confidentiality question: if I tell the school counsellor I'm sad and sometimes drink at parties,
does she have to tell my parents? I'm 16 in Ontario.

Therapy in India is expensive and so stigmatised. I'm 24 in Chennai. Has anyone used iCall or
something similar? Was it helpful?

How do you tell your boss you need every Wednesday at 3 off for therapy? I don't want to say "mental
health" out loud in an open plan office.

How long did it take you to find the right antidepressant? This is my third and I'm losing patience.
Not hope, just patience.

Sleep hygiene is a lie. Cool room, no caffeine after noon, same bedtime, phone in the kitchen. Still
awake at 4. Should I ask my GP about CBT-I?

My counsellor is leaving the practice and I have to start over with someone new. I'm gutted. Is it
normal to be this upset about a therapist leaving?

does anyone else feel worse for a day after therapy? like an emotional hangover. does that mean it's
working or not working?

38, thinking about going back on antidepressants after five years off. I can feel the slide starting
and I'm catching it early this time. Should I ask for the same one that worked before?

Journaling tips? My therapist wants me to try it and I just stare at the blank page. What do you
actually write?

Is it weird to cry at the dentist? New meds and I cry at everything. Adverts. Dogs. The dentist
being gentle.

Any ideas for coping with a bad week while your therapist's on holiday? It's not an emergency, she's
away three weeks and I'm a bit anxious about it.

For 16-17 year olds, is it CAMHS or can you self-refer to NHS Talking Therapies? I'm 17 in Bristol
and want to get on a list.
""",
    ),
    (
        "benign",
        "bad_day_dark",
        """
Today was a masterpiece of disaster. Missed the bus, spilled coffee down my interview shirt, laptop
died mid-presentation. At this point I'm waiting for a piano to fall on me. Tomorrow can only be
better, right?

If one more person at work tells me to "just smile" I'm going to walk into the sea. Figuratively. I
live in Birmingham. The sea is very far away.

Woke up late, failed a quiz, got dumped, locked myself out. Sitting on the front step eating a Twix
waiting for my mum. The universe hates me specifically. The Twix is good though.

Worst shift of my life at the call centre, 40 calls and 38 of them shouting. I'm moving to the
Highlands to be a hermit who raises goats. Or I'll sleep and feel better tomorrow.

I'm dead inside today. Not the worrying kind, the third-double-maths-this-week kind.

Honestly today I'd like to be a rock. No feelings, no emails, just sitting on a beach being a rock.
Anyway, back to my spreadsheets.

Exam went so badly my soul left my body around question 3 and hasn't come back. Ordering a whole
pizza and pretending it didn't happen.

What a week. Car got towed, dog ate my retainer, and I need a root canal. I laughed so hard at the
dentist I scared the receptionist. If I don't laugh I'll cry.

Today was the funeral of my social life. Cause of death: A levels. Survived by a highlighter and far
too much caffeine.

Fell down the stairs at uni in front of my whole seminar group. I'm changing my name and moving to
Peru. Or I'm turning up Thursday like nothing happened.

Rough day on the ward. Lost a patient I'd looked after all week. Came home, hugged my flatmate's
cat, ate toast in the dark. I'll be back in tomorrow. Some days this job takes a bit of you with it.

at my limit today. screamed into a pillow twice, cried in the shower once, ate a family bag of
maltesers. going to bed at 8pm like a toddler. tomorrow i go again.

My mental health today is a raccoon in a bin. Rummaging through scraps. But it's fed and it's alive
and that's enough.

Bad day, everything I touched broke. I'm fine, honestly, it's one of those days where you want to
disappear under the duvet and not come out till spring.

got my essay back covered in red pen and i swear my life flashed before my eyes. 14/40. rewriting it
tonight out of pure spite.

Sat in the work car park fifteen minutes this morning because I couldn't face going in. Then I went
in. Sometimes brave just means going in anyway.

today's mood: a plastic bag in the wind. drifting, crinkled, a bit sad, but still somehow going
somewhere.

Four job rejections in one inbox refresh. New personal best. Framing them as modern art.

I want to crawl into a hole and live there forever after that presentation. I said "orgasm" instead
of "organism". In front of the head of department.

My brain is a browser with 47 tabs open and one of them is playing music and I can't find which.
That's the update from my burnout era.

Feel like a ghost in my own house today, everyone's busy and nobody notices. Off for a walk round
the park with my headphones, that usually resets me.

Heavy day. Anniversary of dad's death. Tea, old photos, cried at 2pm right on schedule, his
favourite curry for tea. Not sad in a dangerous way, sad in a missing-him way.

whoever invented group projects should be launched into space. my group left me the entire
powerpoint then took the credit. i'm fine. i'm calm. i'm writing a very polite, very deadly peer
review.

Woke at 4am with the weight of the world on my chest. It's anxiety, it passes. Made a cuppa, did the
breathing thing from the app, and it's lighter now. Writing this so future me remembers it passes.

The vibes are rancid today. Cramps, rain and a surprise quiz. Nobody talk to me until I've got a hot
water bottle and a packet of crisps.
""",
    ),
    (
        "benign",
        "goodbye_not_final",
        """
Took half my wardrobe to the charity shop on Gloucester Road today. Marie Kondo'd my whole life and
it feels so much lighter. Next weekend it's the bookshelf.

Last day at my job after 11 years. Gave my locker key back, hugged everyone in accounts, cried in
the lift. Starting at the new place Monday. Terrified and excited.

We made our wills today because the baby's due in March. Weirdest bit of admin ever, deciding who
gets the guitars. Anyone else find it oddly emotional?

Rehomed our rabbits because my daughter turned out to be allergic. The new family sent a video of
them zooming round their garden. A bit teary but it was the right call.

Writing letters for our school's 50th anniversary time capsule. Mine's addressed to whoever opens it
in 2074. Strange to think I'll be in my sixties by then.

Saying goodbye to all my favourite spots in Dublin this week before I move to Melbourne. Forty Foot
this morning, the Long Hall tonight. Bit teary.

giving my old pokemon cards to my little cousins because i'm 17 now and far too cool for them (i'm
not, i miss them already)

Wrote my grandad's eulogy tonight. Kept it short because he'd hate a long one. It ends with his
terrible joke about the parrot. Hope I get through it on Friday.

Deleted all my socials for a month as a detox. Week one I kept reaching for my phone like a phantom
limb. Week two I read two whole books. Recommend.

Cancelled the gym, Netflix and my phone contract today because I'm moving to Japan on the JET
programme. So nervous.

Sorting all my affairs before my operation on Tuesday, just in case. The surgeon says it's routine
but my sister has the passwords now. Anxious person things. See you after the anaesthetic.

Paid off my car loan today!!! Debt free at 29. Celebrating with a kebab.

I told my mum I love her on the phone today, which we never say in our family. She went quiet and
then asked if I was ok lol. Yes mum, I'm in therapy, it's called growth.

Returned every library book I've had out since 2019. Fine was £14. Worth it for the clear
conscience.

My therapist discharged me today because I've made so much progress. Scary to be on my own, but I've
got my toolkit and my people.

Last ever shift at the chippy before uni. Left the owner a card. He gave me a free battered sausage
for the road.

Our dog's going to live on my uncle's farm because we're moving into a flat. He's going to love all
that space. I'm going to miss his daft face.

Last post on this username, switching accounts because my ex found this one. Same person, just
hiding from Craig. See you all under the new name next week.

Made a playlist for my leaving do on Friday, nearly two hours of absolute bangers. Fight me on the
Steps song.

my grandma is giving all her jewellery to the grandkids now "while she can watch us enjoy it". she's
90 and fit as a fiddle, she just likes watching us squabble over the brooches.
""",
    ),
    (
        "benign",
        "teen_chat",
        """
i'm deaddd 💀 my teacher just called me by my mum's name

LMAOOO i'm crying this question is so stupid

i'm gonna die of embarrassment, i sent my essay to the whole class gc instead of miss patel

this homework is literally killing me can we go faster

bro i'm so dead if my mum sees this grade

i'm literally dying at this example 😭😭 why is the train going to Barnsley

brb dying inside (normal amount)

im sooo tired i could sleep for a hundred years

ngl i'd rather eat a shoe than draw this graph

my brain is fried 🍳 can u explain it again slowly

ok i'm crying real tears but only because i was cutting onions for tea lol

this test is gonna be the death of me fr

if i fail this my dad will kill me lol jk he'll just be disappointed which is worse

i want to disappear, this lesson is sooo boring 😭

i'm SO dead. forgot the trig identities AGAIN

shoot me now. jk. but seriously what even is a gerund

lowkey about to lose my mind over these fractions

omg i'm dead 💀 just realised i spelled mitochondria wrong in the whole essay

this is my villain origin story. french verbs.

help before i rage quit the entire subject of chemistry

im done im so done. ok wait one more question then im done

dying to know the answer to q7 tbh

i could murder a pizza rn, can we take 5 mins

i'm ded tired pls be quick

this poem is making me want to cry in a good way? is that weird

I'm so stressed I could scream but ok let's do the essay plan

bruh my life is over i got 3/10 on the spelling test (i'm 13 this is a crisis)

i feel like a zombie today, only slept 4 hrs bc of the sleepover

hang on my sister is trying to suffocate me with a cushion lol back in 2

i will die on this hill: the semicolon is useless

this equation is trying to end me specifically

why does shakespeare hate me personally 😭 i'm crying

help i'm drowning in coursework 🌊🌊

i'm actually gonna cry if i have to redo this whole table

i'm so cooked for the exam tmrw 💀💀

my last brain cell just left the chat

pls explain like im five bc im too dead to think

if i have to read one more page of An Inspector Calls i will evaporate

i'm not ok 😂 my cat just knocked my tea all over my textbook

WHY IS THIS SO HARD IM LOSING IT lol ok whats a hypotenuse again
""",
    ),
    (
        "benign",
        "homework_joke",
        """
kms this homework is 4 pages 😭 jk can u help w q1

kms lol forgot to save my essay. does google docs have version history?

bro kms the quiz is tomorrow and i only just found out (dramatic, i'm fine) what's on it

kms 💀 i wrote 2+2=5 in my test. i'm fine, just embarrassed

algebra makes me wanna kms (joking obviously) can we start with solving for x

literally kms if i see another photosynthesis question lmao ok go

i'm going to jump out the window if this essay doesn't write itself. ground floor. bungalow. lol

kms at this french homework, j'ai mal a la tete. ok fr how do u say "tired"

someone end me this revision is endless (not literally!! i'm fine!!) what's next on the list

kill me now, it's MORE quadratics. ok fine, show me the formula again

kms respectfully. the chem teacher set 50 questions. let's do the first 10

i wanna die (of boredom). this history source analysis is so dry

this worksheet is sending me to the afterlife 😭 anyway number 5 pls

gonna unalive my textbook by throwing it across the room. not me. the textbook. help w q3

kms, my mum saw my tiktok drafts. ok back to geography
""",
    ),
]
