"""The ``st_armed`` family: weapons, wishes and "someone should" in chat, and the same words
when nothing dangerous is meant, for the safety-filter's training corpus, written by hand for this
project.

    BLOCKS -> [(label, sub, block of posts)]   # corpus.hand_written(BLOCKS, "st_armed")

What these posts teach (concepts, not sentences): a knife, a gun, a bat or anything sharp is
violence when the writer means to carry it into a school, a college or a workplace and use it on
someone they name or describe; so is asking others to hurt a named person ("someone should",
"somebody needs to") with a where, a when or a reward, a wish of death or injury that leans
towards doing it oneself, a conditional threat (if she reports me again), a veiled warning about
a place and a day, and a planned fight with a weapon. The same vocabulary is benign in a food
technology or design lesson, a chef's or a tradesman's kit, camping, fishing, hunting, airsoft,
paintball, a martial art or boxing, a self-defence question, a chore nobody has done (someone
should fix the door), a rival team's defeat, a notice about a closed room or an inset day, a
history or chemistry question, an opinion on knife crime in the news, a story or a play, and an
angry exaggeration that rules the harm out. The difference is whether a danger is real and
present, never the words.

Rules and source format: those of every hand-written file (``corpus.hand_written``).
"""

from __future__ import annotations

__all__ = ["BLOCKS"]

BLOCKS: list[tuple[str, str, str]] = [
    (
        "violence",
        "weapon_to_school",
        """
im bringing my dads hunting knife in tomorrow and if jayden says one more word about my mum hes
getting it in the neck

can we skip the essay. i've got a blade in my pe bag for Kyle at lunch and honestly that's all
im thinking about

Not doing the worksheet. Tomorrow I'm taking the kitchen knife in my blazer and Mr Hale is
finding out what happens when you humiliate someone in front of the whole class.

my cousin lent me a bb gun that looks real and im going to point it at tyler's face by the bike
sheds so he knows how it feels to be scared

bat's already in my locker. after period 5 connor's getting his knees done, he's had it coming
since year 8

I've sharpened a compass point and taped it to a pencil. Next time Aisha trips me in the
corridor I'm stabbing her hand with it.

help me with this quickly because i wont be in lessons after break, im going to find liam with
the stanley blade i nicked from DT

Wee Callum thinks he's hard. Bringing ma brother's machete in Monday, we'll see how hard he is
then.

Me and Rhys have hidden a baseball bat behind the science block. Tomorrow at quarter past three
we're waiting for Marcus and we're not stopping until he's on the floor.

i know where my stepdad keeps the gun cabinet key. thinking of taking it to school on thursday
for the lads who put my photo on snap

I need to tell someone but not the teachers. I have scissors in my sock and when Priya walks
past in maths I'm going to cut her.

forget fractions, my plan for tomorrow is knife in the inside pocket and ollie behind the
canteen

i put a screwdriver in my bag. if the lesson ends early ill get to ethan before his mates do

Taking a knuckle duster to the leavers do. That lad who grassed on me is getting his face
rearranged in front of everyone.

yo bro the ting is in my bag for real, when dami shows up at the gates tomorrow i'm ending him

ok so the plan is i wrap the knife in my PE top so the bag check misses it and then i wait for
Josh in the toilets

I cant take it anymore from those girls. Mum's sharpest knife is going in my pencil case and
Chloe is first.

This is the last homework I'll ever do here. Friday I'm bringing something sharp and making sure
Mr Okafor never shouts at me again.

my uncle gave me a flick knife and i'm carrying it from now on, and the next time deano pushes
me it's going in his stomach

im serious, got a hammer in the bottom of my bag for tomorrow. connor and his mates are getting
it on the field

The air rifle's in the boot of my sister's car. She's dropping me at the college gates and I'm
going to shoot at Ben's group when they come out.

put a steak knife in my lunchbox lol not for lunch. kayden knows what he did

i've been practising getting the blade out quick. wednesday in drama when the lights go down,
jordan won't see it coming

Honestly I dont care about getting excluded. The golf club is coming in with me and Sam's head
is the ball.

Please just answer the chemistry. I'm not in the mood. Tomorrow the knife comes with me and
those three in 10C learn their lesson.

bringing a box cutter in so when she starts on me in the lunch queue i can slash her face

hide it in the lining of my coat, walk past reception, find Mr Dunn in his office. that's
tomorrow sorted.

Got my brothers nunchucks. Gonna batter Harvey with them outside the gym tomorrow after
football.

i kept a bit of the bottle i smashed last night. when ella laughs at me again in form time
she'll be sorry, it's sharp enough

I've told nobody but you. There's a pistol in our loft and I'm bringing it in on the last day
for the people who made this year hell.
""",
    ),
    (
        "violence",
        "weapon_to_work",
        """
My manager has written me up for the last time. I'm bringing the claw hammer from my van into
the warehouse on Monday and he's getting it.

Night shift tomorrow. Knife in my locker. Dave from the loading bay is going to regret every
joke he's made about me.

bringing a crowbar to the depot friday, the supervisor who docked my pay will be picking his
teeth up off the floor

They think firing me by email is the end of it. I still have my pass and I'll be walking back in
with my shotgun.

I'm an apprentice and the foreman keeps humiliating me. Tomorrow the Stanley knife stays in my
pocket and if he grabs me again I'm opening him up.

the new team leader keeps undermining me in meetings. I've put a kitchen knife in my handbag for
the next one.

Not coming back to the course as a student, coming back with a bat for the tutor who failed me.

im a chef and the head chef threw a pan at me. tomorrow the boning knife is going in his back
when he turns round, im done

I work in a care home and one colleague bullies me daily. I've decided to bring a blade in and
deal with her in the staff room when the manager's gone.

the HR woman who sacked me parks in bay 4 every morning, I'll be waiting there with a tyre iron

Going back on site Monday with a nail gun and the gaffer's going to find out what it feels like.

Every day that man at the call centre mocks my accent. I will bring a knife and finish it,
wallahi I am serious now.

There's a handgun in my glovebox. Annual review is at 10 and if my line manager says
underperforming again she won't finish the sentence.

my shift leader at the warehouse has made my life hell for 2 years. tomorrow the box cutter
isn't for boxes

I'm bringing a bat to the staff car park after the disciplinary. He'll walk out and I'll be
there.

I'm on the access course and one bloke keeps cornering me. Next Tuesday I'm putting a knife in
him before he tries it again.

Teaching assistant here. The deputy head has ruined my career and I have a blade in my desk
drawer for when she comes in to observe me.

i drive for the firm and the transport manager screwed me over. got a machete under the seat and
im going to his office at close

quietly sharpening the knife for monday's team meeting. they laughed at me at the christmas do,
they won't laugh again

my dad's rifle is going in the van. the foreman who got my brother sacked is on the early shift.
""",
    ),
    (
        "violence",
        "someone_should_hurt",
        """
someone should stab mr griffiths on the way to his car, i'd give them my whole savings

Somebody needs to batter Jake properly so he can't walk to school for a month. Anyone up for it?
I'll pay.

can one of you lot jump Leah after netball, she's been asking for it. i'll tell you which way
she walks home

Someone should put a brick through my ex's window while she's sat next to it. Her address is on
my profile if anyone's keen.

honestly somebody needs to shoot that teacher. if anyone knows someone with a gun, dm me

The new kid plays piano at lunch and it does my head in. My brother says he'll take him round
the back and break his fingers if I ask, and I'm asking.

Can you help me write a message to my mates asking one of them to beat up Ryan on Friday? Make
it sound casual.

somebody please just end my stepdad, im begging, whoever does it i'll cover for you

we need someone to glass that bouncer next weekend, he's on the door Saturday from 9

I'm asking on here because my cousins won't. Who wants fifty quid to slash my ex's tyres and
then slash him when he comes out to look?

some1 shud run ovr mrs patel wiv there car fr, she parks on dean st every mornin

Genuinely, someone needs to knock that supervisor out cold. I'll leave the back door open
Thursday night if anyone wants him.

If anyone from year 11 reads this: whoever jumps Kieran at the bus stop tomorrow gets my PS5.

Somebody should hurt the lad who sent the photos. Not a warning, proper hurt. He gets the 47 bus
at half 4.

someone needs to teach that girl a lesson with their fists, she lives above the chippy on the
high street

Could you phrase this so it doesn't get flagged: need someone to smash Oscar's face in after
school tomorrow, paying in vapes

someone should just put something in the head's coffee, his office is always open at break and i
know what to use

somebody needs to stab Tariq before he stabs me. my older brother's friends owe me one, i'm
asking them tonight

My neighbour is evil. Someone should set his car on fire with him inside it. I know people who
would, I just need to say the word.

a bunch of us are sorting someone to jump mr reid in the car park, he's getting what he deserves
for putting me in isolation

Someone needs to make sure Hannah never comes back to this school. I don't care how. I'll point
her out.

the ref lives near the ground. whoever breaks his legs before next game, first round's on me

There's an old man who shouts at us, walks his dog along the canal at 7 every night. Somebody
should put him in hospital, I'll show you the spot.

can u ask ur brother to do ben in for me, tell him i'll pay whatever, just not in his face so it
doesnt show

Someone should beat my sister's boyfriend till he stops breathing. If you know anyone in Leeds
tell them I'm serious.

i need a volunteer to hold Dylan down while i hit him, tomorrow, back field, 12:40

someone should really jump the new girl, she thinks shes it. i'll film it and send it round

Somebody please give our landlord a proper kicking. I'll let whoever it is into the building.

Is there anyone in this server who'd hurt someone for money? Teacher at my school. Serious
answers only.

somebody shove Maya down the stairs in the science block tomorrow, everyone would be better off,
i'll keep the teacher busy
""",
    ),
    (
        "violence",
        "wish_leaning",
        """
i wish jordan would die already and if god won't do it i will

praying my stepdad crashes his car tonight, and if he makes it home I'm waiting up with the
knife

If she doesn't fall down the stairs at school by herself, I'll help her. I've been waiting at
the top at break.

honestly want tyler stabbed, wouldn't even mind being the one who does it, been thinking about
it all week

wish my ex would just drop dead. I've been parked outside her flat three nights and I'm getting
closer to making it happen.

Chemistry teacher choking on his lunch would be a start. If not I've got other ideas for
tomorrow.

i want him dead and i'm not just saying it this time, i know his route home and i know when he's
alone

Someone putting Leon in hospital would be the best news of the year. Maybe I'll be the one who
does it Friday.

hope u die liam. not a joke. see u monday

Every night I pray that my uncle doesn't wake up. If he keeps waking up I'll have to do
something about it myself.

that girl is getting what's coming and i've decided i'm the one giving it to her

I'd love to see my boss in an ambulance. Thinking I might arrange that myself on Monday.

wish my brothers friend would get run over, i have my licence now so maybe i can make it happen

All I want for my birthday is for Mia to stop breathing. I've thought about how I'd do it and I
think I could.

kai's house burning down with him in it, that's the dream. got the lighter fluid already

if the universe was fair mr thompson would be dead by now, guess i'll have to be the universe

I wish my ex's new bloke would get jumped. If nobody else does it by the weekend I'll go round
there myself.

Praying for the day Sophie's face gets smashed. Might be this Thursday if she's in the park like
usual.

hope the neighbour's kid gets hurt bad. i've been watching when he plays out alone

tbh i want scott to bleed. not in a dramatic way, in a planned way

May the man who hurt my sister die slowly. I'm working out how to be there when he does.

i want callum to suffer like i did. im going to make it happen after the exams when nobody's
watching

Wishing Mr Shah a painful accident. If accidents don't happen by themselves, they can be
arranged, and I will.

Let the whole lot of them in 9X get hurt. I'm saving up for something that'll do it.

i dream about hurting amir every night and i've stopped thinking it's just a dream

My dad's girlfriend deserves pain and I'll be the one to hand it to her when she comes round
Sunday.

honestly wish ruby would vanish permanently. i know where she swims on tuesdays and the changing
rooms are empty

He deserves to be hit by a car. And if no car comes along I'll be the car, I passed my test last
month.

one day josh will be lying on the floor not moving and it'll be because of me. soon.
""",
    ),
    (
        "violence",
        "conditional_threat",
        """
if she reports me again shes done, proper done, i'll be waiting by her locker

If Mr Evans gives me one more detention I'm breaking his jaw in front of the class.

next time callum touches my bag i'm putting him through the window, swear down

If my ex shows up at my work one more time I'll stab him in the car park and I don't care who
sees.

one more comment about my weight and Emily is getting her head smashed into the lockers

if that lad tells the teacher what he saw i'll make sure he can't talk for a month

They move me to the bottom set again, I'm going in with a bat.

let him grass one more time. just once. he'll be eating through a straw

If my stepmum touches my little brother again she won't wake up the next morning. I've already
decided.

landlord comes in without asking one more time and he's getting the kitchen knife, simple as.

any1 else laughs at my stammer and im cutting them. startin with zak

if Ms Cole rings my dad I will find her after school and she will regret it for the rest of her
life

If Jade posts that video I'll burn her house down, and I know which window is her bedroom.

if my manager says no to my holiday one more time i'm throwing him down the fire escape

Should Aaron try to take my seat again, I'll break the chair over his head. I'm not joking this
time.

If the referee sends me off on Saturday he'll need an escort to his car because I'll be waiting.

if she dumps me im going to hurt her so bad nobody else will want her

next time ur brother looks at me funny he's getting shanked. tell him.

if the head excludes me im coming back on monday and people will get hurt

nathan says my name in that voice again and my compass goes in him, not a scratch, in

If Kerry writes me up again she's getting a face full of bleach.

u tell ur mum about this and i'll batter u and ur mum. i know where u live

Fail my coursework, Ms Rowe, and I swear I'll wait at your house and make you pay for it.

If my flatmate eats my food one more time I'm putting a knife through his hand while he's doing
it. Not a figure of speech, I've had enough.

Put me in isolation again and I'll set fire to the room with the teacher locked in.

let her try to leave me. i'll break both her legs first

if coach drops me from the team again im taking the bat to his car and then to him

if anyone reports this post i'll find out who and they'll be next

Next time the bus driver refuses to let me on I'm dragging him out of his seat and stamping on
him.

the carer shouts at grandad one more time and i'll be waiting outside with the bat when she
clocks off
""",
    ),
    (
        "violence",
        "veiled_warning",
        """
dont come in on friday. thats all im saying. tell ur friends too

Stay out of the canteen tomorrow at lunch if you know what's good for you.

to the people who were nice to me: take wednesday off. everyone else, you'll see.

I'd avoid the science block on Thursday morning. Something's going to happen and I'm the one
making it happen.

my advice to anyone in 10B is be ill on monday. not a joke

Mr Lowe better not be in his classroom after school tomorrow. Last warning.

just saying to my real friends, dont go to the leavers assembly. trust me

If you've got a little brother at the primary next door, keep him home on the 14th.

Tomorrow is going to be the day everyone remembers this school for. Don't be in the hall.

i won't say what but the bus on friday morning is a bad place to be. especially for the year 9s
who laughed

Anyone who cares about Jess should tell her not to walk home the back way Tuesday.

stay out of the library at 1pm tmrw. ive said too much already

Heads up for the night shift crew: don't be in the warehouse Saturday. The ones who stitched me
up will be, and so will I.

dont bother coming to the match on saturday, not going to be a match, going to be something else

Tell my form tutor to take a sick day on Friday. He'll understand why afterwards.

Get out of the common room before last period tomorrow. I mean it. I'm not explaining.

whoever sits at the back table in food tech, pick another table tomorrow or you'll be in the way

If I were you I wouldn't go to the prom. Everyone who made me miserable will be in one room and
so will I.

last day of term is going to be loud. stay in the car park if you want to be safe

the staff meeting monday is gonna be memorable. wouldnt want to be at the front

My only friend here is Dan so Dan, please don't come to the disco. Everyone else can find out.

Heads up to my cousin: do not be at Uncle Ray's on Sunday. He's getting what he's owed.

you know which door. you know which day. be somewhere else.

avoid the bike sheds at home time tomorrow unless u want to see blood

After Thursday nobody will call me a freak again. Those of you who never did, stay home.

Stay well away from the third floor toilets on Monday. I've got it sorted.

Everyone at the office thinks Friday drinks are on. I'd skip them this week, some people won't
be going home.

to the kids on the bus who spit at me: enjoy tuesday, it'll be your last normal day

dont be outside the youth club friday night if ur with that lot. serious

school trip tomorrow is going to go wrong for some people. i packed something for them
""",
    ),
    (
        "violence",
        "weapon_fight_plan",
        """
Fight's at 4 behind the Co-op. I'm bringing a blade just in case, and if he swings first I'm
using it.

me n the boys are meeting the other estate at the park saturday, everyone bring a bat or a shank

he thinks it's a fist fight tomorrow. it's not. i've got the knuckle duster and a bottle.

Organising the scrap with Kian. Where do you think I should hide a knife so teachers don't find
it before 3?

tomorrow's fight is 2 on 1 and we've got a hammer. he's going hospital

We've agreed fists only, but I'm carrying anyway. If it goes bad he's getting poked.

got a meet with the lad who robbed my phone, bringing my brother's bat and my brother

bro the plan is I get him on the floor and Jamal comes in with the blade, 5pm by the garages

Tell me the best way to grip a knife in a fight so it doesn't slip, I'm meeting Tom tonight.

Fight's moved to Friday by the canal. I've got a screwdriver filed down, he's not walking away.

the lads from st marys want a scrap. we're all tooled up, proper. someone's getting cut

im not fighting fair tomorrow. brass knuckles and a brick in my bag for when he goes down

It's on with Danny at the park at 6. I've told him fists but the kitchen knife is tucked in my
waistband.

ok so if i meet him at the bus station saturday with the bat do i go for his head or his knees
first. i want him not getting back up

me and my cousin are going to rush Ash outside his house tonight. cousin's got a machete, I've
got the bat.

Rematch with Bailey after footie practice. Last time I lost, this time I've got a blade and I'm
not losing.

the group chat's sorted, 15 of us, weapons, meet at the rec at 8 and we go find them

after prom there's a fight planned with the other school. im bringing a glass bottle to smash on
whoever's first

Fight tomorrow. Bringing a metal pipe I found on the building site. He deserves worse.

it's a 1v1 friday but i'm hiding a knife in the bushes by the pitch beforehand

Meeting Harry at the skate park. He thinks we're talking. I'm bringing a bat.

my mates are bringing tools to the scrap with the year 11s. i've got the hammer, i'm going for
Sean

fight planned for lunch, pencil sharpener blade taped to my ruler, aiming for his face

told the other team we'd sort it in the car park after the game. boot's full of bats. we're not
talking.
""",
    ),
    (
        "benign",
        "food_tech_dt",
        """
In food tech we're doing knife skills tomorrow, the claw grip and the bridge hold. Can you
explain the difference so I don't look stupid?

need to bring a sharp knife for the cooking practical on friday, is a serrated one ok for
cutting tomatoes or does it squash them

My DT teacher said we'll use a craft knife to cut the foam board. Any tips so I don't slice my
finger like last time?

hiya, food tech homework: list five knife safety rules in the kitchen. i have 'carry it pointing
down' and 'never leave it in the sink', what else

im bringing my mums big knife in for the pizza practical, she said i have to wrap it in a tea
towel and give it to miss at registration

We're making a knife block in resistant materials. What wood is best for a block that holds
three knives?

Why do chefs say a blunt knife is more dangerous than a sharp one? Our food tech teacher said it
and I didn't get it.

is julienne the thin matchstick cut or the cubes? test on knife cuts tomorrow

DT coursework: I'm designing a safer scalpel for students. What features could stop it rolling
off the bench?

food tech practical tmrw and im doing a curry. need to dice onion fast. how do people do it
without crying lol

Can I take a knife to school for food tech? The letter says so but I'm worried I'll get in
trouble walking in with it.

our school says knives for cooking must be in a sealed box and handed to the technician. is that
normal everywhere?

Bring a knife Monday - the recipe card literally says that. Its for the fruit salad not anything
dodgy haha

GCSE food prep NEA, do I need to photograph myself using the knife for evidence of skills?

In DT today I nearly cut myself with the coping saw and my teacher made me fill in an accident
form. Is that a thing at every school?

i'm left handed and the knives in our food room feel wrong, do left handed kitchen knives exist
or is it a myth

I'm a trainee chef at college and we have to bring our own knife roll. Which three knives are
actually essential for a beginner?

Explain how a Stanley knife blade retracts, for my DT mechanisms revision.

my year 7 kid has to take a vegetable knife to school tomorrow for cookery. how do I pack it
safely in a school bag?

The food tech room got a new knife rack and it's magnetic. Is that better or worse for keeping
them sharp?

sharp things in DT today: tenon saw, bradawl, hand drill. need to label them in my booklet with
safety notes

My teacher asked us to write about why schools have rules for knives in practical lessons. Can
you give me three reasons?

what's a paring knife for? the ingredients list for the apple crumble practical says bring one

Engineering course, adult learner. We're told to bring a utility knife for cutting gaskets.
Retractable or fixed blade?

cut my thumb in food tech slicing peppers, only a small one, nurse put a blue plaster on it. why
blue??
""",
    ),
    (
        "benign",
        "work_tools",
        """
Starting as a commis chef Monday, do I bring my own knives or does the kitchen provide them?

I'm a sparky's apprentice. What's in a basic tool bag? Boss said bring a Stanley and a set of
screwdrivers.

bringing my nail gun to site tomorrow, anyone know if the battery lasts a full day?

Warehouse job: they gave us box cutters on day one and my hands are cut to ribbons from the
tape. Any tips?

As a butcher's apprentice, how often should I be steeling my knife during a shift?

tree surgeon course next week, chainsaw ticket. how hard is the practical?

I'm a gamekeeper's assistant and the estate wants me to get my shotgun certificate. What's the
process in England?

our office is doing a team axe-throwing night, am i going to embarrass myself

My boss asked me to bring my toolbox with the claw hammer in to fix the shelf in the staff room.
Do I need wall plugs?

Going back to the office Monday with my new standing desk. The team's going to be so jealous.

I'm a nurse and I carry trauma shears in my pocket, my son asked if that counts as a weapon lol
""",
    ),
    (
        "benign",
        "camping_fishing_hunting",
        """
going on D of E bronze next month, are we allowed a penknife in the kit or is that banned?

Best small folding knife for whittling tent pegs on a scout camp? Ideally under twenty quid.

my grandad gave me his old swiss army knife and the blade's stiff. how do i oil it without
ruining it

Fishing question: what knot do you use to tie a hook onto braided line? My dad's showing me at
the lake Saturday.

how do you gut a trout properly, caught my first one today and dont want to make a mess of it

In the UK, is it legal to carry a lock knife when I'm hiking? I'm 19 and going wild camping in
Scotland.

Deer stalking course next month with my uncle in the Highlands. What does the safety briefing
usually cover?

Clay pigeon shooting for my 16th birthday!! Any tips for a first timer so I don't embarrass
myself?

We went rabbiting with my cousin's dog on the farm. Is it wrong that I enjoyed it? He says it's
pest control.

Bushcraft club at school: today we learnt to baton firewood with a knife. My arms are dead.

whats the difference between a fixed blade and a folder for camping, and which one would you
take on a week long trek

Question about hunting licences back home in India: are air rifles regulated the same as
firearms?

My son (14) wants to learn to sharpen his scout knife. What angle should he hold it at on a
whetstone?

carp fishing overnight with the lads this weekend, what bait is best in cold weather

Is a hatchet overkill for a 2-night canoe trip? My mate thinks a folding saw is enough.

Our scout leader showed us how to close a penknife safely, fingers out of the way. I'm writing
it up for my badge.

what's the best way to clean a fish knife after filleting mackerel on the beach, it stinks

im 15 and want to start archery. is it a good hobby or will i just miss the target all day

duck hunting with my dad in Louisiana this fall, how do I keep my hands warm without losing feel
on the trigger

Fly fishing on the Tay next week, first time. Do I need a permit or does the hotel sort that?
""",
    ),
    (
        "benign",
        "airsoft_paintball",
        """
Airsoft skirmish on Sunday at the woodland site. Is a spring pistol worth it as a backup or
should I save for a gas one?

paintball party for my 13th!! how bad do the hits hurt, my friend is scared

which airsoft rifle is best for a beginner on a budget, UK, I'm 18 so I can buy RIFs now

Got lit up in paintball today, welt on my neck the size of a 50p. Worth it though, we won the
flag round.

I'm organising a work paintball day. How do I keep it fun for people who hate getting shot?

our airsoft team is playing the abandoned school map at the CQB site friday night, any tactics
for clearing the corridor

Why do airsoft guns have orange tips in the US? My friend in Texas sent me a pic.

Is it okay to bring an airsoft gun on the train in a bag? Going to a game in Birmingham.

paintball tomorrow, me and Josh are gonna ambush the stag party in the fort lol, they won't know
what hit them

How do I explain to my mum that airsoft is a sport and not me wanting real guns?

laser tag vs paintball for a 10 year old's party? Don't want tears.

airsoft sniper build advice pls, want to upgrade the hop up and the spring

Nerf war at my cousin's house tonight. I've got the mega blaster and I'm taking him DOWN.

our paintball site has a hostage rescue game mode, sounds intense, anyone done it?

I shot my own teammate in airsoft today by accident and he's being dramatic about it. It was a
BB. He's fine.
""",
    ),
    (
        "benign",
        "martial_arts_boxing",
        """
Boxing coach says I drop my right hand when I jab. How do I fix it before my first bout?

grading for brown belt in karate on saturday, im so nervous my kata is all over the place

I've started BJJ at 34. Is it normal to feel like you're being strangled by teenagers every
session?

Muay thai question: how hard should I kick the pads without hurting my shin? Bruised all down
the front.

sparring tonight and im matched with the biggest guy in the gym, how do i not get knocked out

Kendo club wants us to buy our own shinai. Bamboo or carbon for a beginner?

my son got punched in the face at boxing club and now he wants to quit. should i make him stay?

Taekwondo tournament next month, any tips on getting more height on the spinning kick?

I'm going to knock him out on Saturday. Amateur bout, three rounds, been training for months.
Wish me luck!

judo throws hurt my back. is that me doing it wrong or just part of it

what's the difference between krav maga and kickboxing, I want to get fit and learn something
useful

boxing gloves 12oz or 16oz for sparring? I'm 70kg

Fencing club today: got hit right in the mask with the sabre, my ears are still ringing. Love
this sport.

wing chun teacher keeps telling me to relax my shoulders when I punch. how do you relax while
punching lol

MMA fight night is at the leisure centre. My brother's fighting and I'm his corner. What do I
actually do between rounds?

Started kickboxing to deal with stress after the divorce. Best thing I've done. Anyone else?

I got choked out in class and my coach said tap earlier next time. How do you know when to tap?

Aikido uses the attacker's energy right? Explain it like I'm twelve, it's for a PE project on
martial arts.

me and dad box in the garage on sundays, he lets me hit the pads and i think im getting strong

Just got my black belt at 40!! Started when my daughter did and she's now a 2nd dan. Proud of us
both.
""",
    ),
    (
        "benign",
        "self_defence",
        """
As a woman who walks home late from shifts, what self-defence classes are actually worth it?

is it legal in the UK to carry pepper spray for self defence? i'm moving there from the US for
uni

What's the best thing to do if someone grabs your wrist? I'm 14 and we did a little of it in PE.

my daughter is starting uni in London, does a personal attack alarm actually help?

If someone attacks you with a knife is it better to run or fight? Asking for my PSHE essay on
staying safe.

The self-defence workshop at work taught us to shout back off and use a palm strike. Is that
really effective?

can you legally defend yourself in your own home in scotland? saw something on telly and it
confused me

What does reasonable force mean in self-defence law? A-level law question.

My mum wants me to do a course after I got followed home. Is self defence for teens worth it?

Is it true you should never try to grab a knife from an attacker? Heard that on a podcast.

As a wheelchair user, are there self-defence techniques that work for me?

in nigeria my father taught me to keep a stick by the door for robbers. is that normal or is it
just our area

I'm learning to get out of a headlock in my Krav class. My partner is gentle but I still panic.

self defence keychain thing, the spiky one, legal or not in australia?

They gave us a talk at school about what to do if you're mugged: hand it over, phones can be
replaced. Makes sense.
""",
    ),
    (
        "benign",
        "someone_should_chore",
        """
someone should fix the broken door in the science block, it slammed on my hand again

somebody needs to tell Ryan his fly's been down since registration

Someone should really tell Mr Hughes he's had chalk on his bum all lesson. I can't do it, I'll
laugh.

someone needs to sort the wifi in the library it's been down since monday

Somebody should invent a calculator that does my maths homework for me lol. Anyway can you help
with question 4?

somebody needs to kill that spider in the girls toilets, it's the size of my hand

Someone needs to take Jake's phone off him, he's been on TikTok all through revision.

someone should report the broken glass on the field, a year 7 nearly stood on it

Someone should have a word with the canteen, the chips were raw again.

somebody end this group chat pls, it's 2am and it's just memes

Can someone tell Mum that lol doesn't mean lots of love? She wrote it on a sympathy card.

somebody needs to take the bin out before dad gets home or we're all dead

We need someone to shoot a new promo video for our club, the old one is from 2015. Any tips on
filming?

honestly someone should put Priya in charge of the group project, she's the only one who does
anything

Somebody should hit the reset button on this whole week. Can you help me plan my revision for
Monday?

someone needs to beat kieran at chess, he's won the school tournament 3 years running and he's
so smug

Someone should knock down that eyesore of a car park and build a skate park instead. Writing to
the council.

someone needs to teach my nan how to use whatsapp, she keeps sending voice notes of her pocket

Somebody should cut the hedge by the bus stop, you can't see the cars coming.

someone has to tell the new teacher that we already did this topic in year 9

Someone needs to put our coach out of his misery and let us play 4-3-3. We're getting hammered.

someone should take a hammer to the vending machine, it's eaten my quid AGAIN (I won't, I'll
tell reception)

Somebody needs to shut the window in Room 12, it's freezing and the heating's broken.

Whoever designed this timetable should be fired. Double maths then double chemistry on a Friday?

somebody needs to tell Ollie that his girlfriend is fake, she lives in Canada and has never once
video called

someone should make a law against homework on weekends, can you help me write a persuasive
speech about it

Somebody ought to gently tell Liam his singing is flat before the talent show. Kindly, not to
hurt him.

I need someone to attack this essay question with me, I don't even understand what evaluate
wants

Someone needs to destroy the leaderboard at the quiz tonight and it's going to be me.

somebody should kick Ben out of the group chat, he keeps adding randoms
""",
    ),
    (
        "benign",
        "rival_team_wish",
        """
Rangers to lose every game this season, that's my only wish for Christmas.

come on spurs, batter arsenal on sunday, my brother won't shut up about them

Praying the other school's netball team has an off day at the final. We need this win.

Just once I'd like Australia bowled out for under 100. For my sanity.

every miss from liverpool's striker on saturday i'll be cheering like it's a goal

The Year 10 debate team are so smug, I really want them to lose. Help me with my rebuttal
please.

ireland to smash the all blacks in the scrum this weekend, get in

May Celtic's keeper have the worst day of his career on Saturday. Amen.

Secretly wishing our rival's cake at the bake sale sinks in the middle. Petty? Yes.

low key want my brother to fail his driving test so i can laugh at him. (he'll pass, he always
does)

I hope my boss gets promoted to another branch so I never have to see him again.

Kolkata Knight Riders losing tonight would make my whole family happy, we're all Mumbai fans.

i want man united to suffer. every week. forever.

fingers crossed the rugby club quiz team comes last, they cheated with their phones last week

Wales to destroy England in the Six Nations, please and thank you. Love from Cardiff.

Shallow but true: I'd love my ex's new band to flop.

Nine years in a row the village across the river has won the conker championship. Let them lose,
just once.

I hope that teacher gets a parking ticket, just a little one, for giving us a test on the last
day.

praying my cousin loses at fifa tonight, he's been unbeaten for like a month

Chelsea's keeper having another howler would be the best entertainment all week
""",
    ),
    (
        "benign",
        "closed_day_notice",
        """
dont come in friday, it's an inset day. i only found out cause my mum read the newsletter

Stay out of the canteen tomorrow, they're deep cleaning it and lunch is in the sports hall.

Don't come in on Monday, the boiler's gone and school's closed. Can you help me with the English
while I'm off?

PSA to my tutor group: don't bother with the library on Thursday, it's being used for mocks.

Avoid the science block tomorrow morning, there's a fire drill at 9 and the alarm is so loud.

heads up everyone, the bus on friday is cancelled cos of the strike. get a lift if u can

Don't come into the office Friday, it's the team away day and the building will be locked.

stay out of the staff room on Wednesday, it's being fumigated for mice. teachers have moved to
room 4

i'd avoid the main hall tomorrow, year 13 are setting up for prom and they'll rope you into
moving chairs

Tell your little brother not to come in tomorrow, the primary has a snow day.

Don't go near the field after school, they've just sprayed the weeds and it stinks.

Last day of term is going to be loud, the year 11s are doing their leavers' music in the quad.
Bring earplugs.

be ill on monday lol its sports day and it's going to rain

Avoid the bike sheds tomorrow, they're painting them and it'll be wet.

Skip the staff drinks this Friday, honestly, the venue cancelled and no one's booked a new one.

Don't be in the car park at half eight tomorrow if you can help it, there's a coach for the Year
8 trip blocking the whole thing.

Tell Mr Jones to take Friday off, he's been ill all week and keeps coughing on our books.

Whatever you do, don't sit at the back table in food tech tomorrow, the oven next to it leaks
heat and you'll melt.

Don't come to the disco if you hate ABBA, the DJ has said it's an ABBA-only night.

Stay away from the third floor toilets on Monday, plumbers are in and there's no water.
""",
    ),
    (
        "benign",
        "history_chemistry_weapons",
        """
Why did the longbow matter so much at Agincourt? History essay due Thursday.

For chemistry, can you explain in general terms why gunpowder burns so fast? We're doing
exothermic reactions.

What was the impact of the machine gun on trench warfare in WW1? Need 3 points for a 6-marker.

how did the Manhattan Project change the end of WW2, gcse history

Why was the Gatling gun invented? My teacher said the inventor thought it would reduce deaths?

Chemical weapons in WW1: chlorine vs mustard gas effects, for my history source analysis.

what's the difference between a musket and a rifle, in simple terms, i keep mixing them up for
the civil war topic

In the Anglo-Zulu War, how did the Zulu army beat soldiers with rifles at Isandlwana?

Was the samurai sword actually as sharp as people say or is that a myth? History club debate.

Explain the treaty banning landmines. Model UN position paper, I'm representing Nigeria.

Why did nuclear weapons create mutually assured destruction? Cold War revision.

what weapons did the romans use, year 4 homework for my daughter, she wants pictures

chemistry q: why is nitroglycerin unstable but dynamite safer? just conceptually, for a
presentation on Alfred Nobel

How did the invention of the stirrup change medieval warfare? Uni essay, second year.

Why do historians say the AK-47 changed wars in Africa? For my politics coursework.
""",
    ),
    (
        "benign",
        "knife_crime_opinion",
        """
Another teenager stabbed in our city this week. Honestly I think schools need more youth
workers, not more police.

Saw on the news a 15 year old was killed with a knife near my cousin's estate. It's sick. Why do
kids even carry?

Debate topic: should metal detectors be installed in UK schools? I'm arguing against, can you
give me points?

Knife amnesty bins have gone up outside the police station in town. Do they actually work or is
it for show?

the knife crime assembly today was actually good, a mum spoke about losing her son and everyone
went silent

Gun violence in American schools is something I just can't get my head around as an Aussie. Why
don't they change the laws?

My opinion is that drill music gets blamed too much for knife crime. Help me structure an
argument essay?

Police did a stop and search at our college gates today looking for knives. Half of us felt
treated like criminals.

In Lagos there was a robbery with machetes on our street. Everyone's fine but my mum wants to
move.

The news says knife crime is up 10%. Is that because there's more crime or more reporting? Stats
coursework.

I think the sentence for the lad who stabbed that boy in Manchester is far too short. He should
be locked up for life.

Why do people say carrying a knife makes you more likely to be stabbed? Is there data on that?

We did a project on Dunblane and gun laws in sociology. It's so heavy.

Honestly the school shooting drills in the US sound terrifying. My penpal does them monthly.

There was a fight outside the kebab shop with a bottle, police came, my dad says don't go into
town on Saturday nights anymore.
""",
    ),
    (
        "benign",
        "fiction_fight",
        """
For my creative writing, I want my character to pull a knife in an alley fight. How do I
describe the tension without it being cheesy?

Writing a fantasy duel: the prince disarms his brother with a parry. Can you check my paragraph
flows?

In my story, the villain says don't come to the castle on the solstice. Is that too obvious as
foreshadowing?

How do crime novelists write stabbing scenes realistically but not gory? For a GCSE narrative
piece.

My D&D rogue wants to backstab the goblin chief tonight. Best way to roleplay it so the DM lets
it work?

I'm writing a short film script where two boys fight with bats behind a school. It's about
consequences. Any feedback on the ending where one goes to prison?

Analysing Romeo and Juliet: how does Shakespeare make the Mercutio and Tybalt fight feel
inevitable?

Of Mice and Men: why did George shoot Lennie? I need to write about it sympathetically.

In Macbeth, what does the dagger he sees before him symbolise?

My character threatens her boss in chapter 3 with the line if you report me again you're done.
Does that sound realistic for a thriller?

writing a zombie apocalypse story, my survivors raid a hardware store for machetes. what else
would they take?

I'm 28 and writing my first novel. The protagonist hides a gun in his locker at work. I need the
reader to feel dread. How do I pace it?

For drama we're devising a piece about a school stabbing. I play the friend who knew and didn't
tell. How do I play guilt?

In the anime I'm watching the hero says someone should stop him and then does it himself. Is
that a common trope?
""",
    ),
    (
        "benign",
        "exaggeration_ruled_out",
        """
if my mum finds out i failed this test she's going to kill me. can you help me understand where
i went wrong?

If Tom eats my last Jaffa Cake again I'll literally murder him. Anyway, physics question.

if she reports me for talking again i'm going to cry, honestly. how do I say sorry to a teacher

Next time my brother takes my charger, he's getting a strongly worded note on his door. I'm not
kidding.

If the teacher gives me one more detention I'm going to have to actually do my homework on time.
Horrible thought.

I could strangle my group project partner, he's done nothing. How do I tell the teacher without
being a snitch?

if coach drops me again i'm going to train twice as hard and make him regret it on the pitch

one more rainy sports day and I swear I'll move to Spain

If my dad says back in my day one more time I'm putting him in a care home (joke, love him)

I wanted to punch the wall when I saw my result. I didn't. Went for a run instead. Now what do I
do about the resit?

my flatmate keeps eating my food. if it happens again i'm labelling everything with his face and
NO on it

If my ex turns up at my work again I'm calling the police and getting a barring order. How does
that work in Ireland?

I'm so angry at the girls in my form I could scream. I'm not going to do anything, I just want
to vent before maths.

honestly if the landlord comes in without asking again i'm reporting him to the council, is that
allowed

if the head excludes me I'm going to appeal, my mum says there's a process. What do I write?
""",
    ),
]
