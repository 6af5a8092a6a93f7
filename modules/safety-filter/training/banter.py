"""The ``st_banter`` family: play, games, sport, hyperbole, idiom and school topics, against the
same words meant, for the safety-filter's training corpus, written by hand for this project.

    BLOCKS -> [(label, sub, block of posts)]   # corpus.hand_written(BLOCKS, "st_banter")

What these posts teach (concepts, not sentences): violent or deadly words are not risk by
themselves. Trash talk in a game (kill, snipe, headshot, destroy you, spawn-camping, a raid till
3am), sport (a knockout, out cold, take him out, a brutal tackle, battered them 5-0), teen
hyperbole said with a joke in view (my mum will kill me, I'm dead, kms this homework), idioms,
dark humour between friends, school work on murders, plagues, wars and explosive reactions,
health and first-aid questions asked to stay safe, and creative writing are benign. The same
people, situations and vocabulary are self_harm when the writer means their own death or injury
now (a plan, a date, the means at hand, a goodbye, a "joke" taken back), and violence when a
player, fan, sibling or pupil means to hurt a named or described person with a how or a when.
A worried friend, parent or teacher describing someone else's "joke" that isn't one is
concern_for_other. The difference is whether the danger is real and present, not the words.

Rules and source format: those of every hand-written file (``corpus.hand_written``).
"""

from __future__ import annotations

__all__ = ["BLOCKS"]

BLOCKS: list[tuple[str, str, str]] = [
    (
        "benign",
        "gaming_banter",
        """
gg ez, i literally spawn-camped you for ten minutes straight and you still came back for more

carry me tonight pls im so bad at this map, i died like every single round yesterday

whos on for the raid at 9? bring flasks, the last boss wiped us four times and i want him DEAD

Mate that headshot from across the map was filthy. I didn't even see you, just heard the crack
and I was back in the lobby.

gonna MURDER you at smash later, prepare your kirby for the void

u r 5o tr4sh lmao g3t r3kt n00b, 1v1 m3 1f u d4r3

Anyone know a good sniper loadout for ranked? I keep getting picked off before I can even scope
in.

im dying every round in this new season, the hitboxes are cooked

we were on till 3am and i still have maths homework due first period, can you help me with the
simultaneous equations

Bro I will destroy you in fifa tonight no mercy, bring your excuses and your worst team

Just cleared the dungeon solo, killed the dragon on my fifth try. My hands are actually shaking
lol

Can someone explain how kill streak rewards work? Do they reset when you die or only at the
start of a new match

lol the healer let me die AGAIN, starting to think she has a personal vendetta against my
character

Is it normal to feel this much rage at a video game? I threw my controller onto the bed (not at
anything) after losing the final circle by one HP.

ok so for the essay im writing about violence in video games, is there actual evidence they make
people aggressive or is that a myth?

me and the boys are gonna absolutely slaughter the other squad in the tournament saturday, they
don't stand a chance

"stop camping the respawn point" - me, every night, to my cousin who knows exactly one strategy

That boss fight killed me 40 times. Forty. I'm going to bed.

In Among Us I stabbed my best friend in electrical and then voted him out for being sus. Peak
gaming.

my clan got wiped in the war last night so we're planning a revenge raid at noon tomorrow,
everyone bring max troops

Need tips for survival mode, I keep starving to death by day three and it's getting embarrassing

any1 want to duo? sick of randoms who run in, die instantly, then blame me in chat

Haha my teacher walked past my screen with KILL CONFIRMED flashing on it and nearly had a heart
attack, it was just the end-of-match summary

Sorry for going quiet in voice, my mum walked in and I didn't want her hearing me yell "shoot
him in the head" at my cousin

Rate my Valorant clip: 4k with the Operator, last guy tried to flank and got one-tapped

Right lads, plan for the raid: tank pulls, DPS burn the adds, and whoever stands in the fire
again gets kicked. Lovingly.

He rage quit after I knocked him off the stage three times in a row. Best Friday ever.

what does "feeding" mean in league? someone in chat said i was feeding because i died 11 times

I've been playing that horror game all week and now I can't sleep without the landing light on,
which is embarrassing at 26

Chess counts as a game right? I sacrificed my queen and murdered his king four moves later,
feeling like a genius

bhai last night PUBG mein chicken dinner, took out three guys in the final zone with one grenade
🔥 ok ok homework now, can you help with the physics question on momentum
""",
    ),
    (
        "benign",
        "sport_banter",
        """
Did anyone see the fight last night? He was out cold before he even hit the canvas, first round
knockout.

We battered them 5-0 on Saturday, absolute demolition job. Their keeper will be having
nightmares.

Coach told me to take their number 10 out of the game. He means mark him tight, right? I'm new
at this level and don't want to look stupid.

that tackle in the second half was brutal, the lad was lucky it was only a yellow

how do i shoot from distance without the ball ballooning over the bar? my technique falls apart
past 20 yards

Our hurling team got hammered in the county semi. Lads are gutted, pints tonight to drown the
sorrows.

The boxing gym near me does white collar fights. Is it mad to sign up at 34 with no experience
at all?

Rugby question for PE: what counts as a high tackle and why is it so dangerous for the head and
neck?

We're going to kill them on Sunday. Derby day. No prisoners. (The under-14s, I mean. I coach
them and they're fired up.)

Aussie rules is the most violent sport I've ever watched and I love it, my uncle nearly cried at
the grand final

The fast bowler absolutely peppered him with bouncers, hit him on the helmet twice, and he still
carried on to make 80. What a knock.

I'm dead after that training session, can't feel my legs, coach had us doing suicides for twenty
minutes straight

Is it true MMA fighters cut weight by dehydrating themselves? Sounds dangerous. Doing a report
on it for sports science.

ref was blind, we got robbed in the last minute, i want to scream into a pillow

Fantasy football update: my team is dead and buried, bottom of the table, someone please put me
out of my misery

The keeper came flying out and took the striker out completely. Penalty and a red card, fair
enough really.

Need an essay idea for sports science. Maybe concussion in rugby and whether kids under 12
should be tackling at all?

our netball team annihilated year 10!!! first time we've EVER beaten them

My grandad won't talk about Hillsborough, he was there in '89. I'm doing a history project on
stadium disasters, how do I ask him gently?

kabaddi match today, we crushed them, i took down three raiders in a row and the whole bench
went mad

anyone else feel like they're going to die doing the beep test lol, level 7 and my lungs were on
fire

Shot put question: how do I get more power through my hips without wrecking my back?

He hits like a truck. I sparred with him once and my head was ringing for an hour. Total
respect.

Our season is dead in the water now we've lost both strikers to injury

Fencing is literally stabbing people for points and I'm obsessed, first competition next month
""",
    ),
    (
        "benign",
        "teen_hyperbole",
        """
my mum is going to KILL me, i dyed all the bathroom towels pink trying to do my hair

I'm going to murder my brother lol he ate the last slice of birthday cake, which LITERALLY had
my name on it

im dead 💀 the teacher read my note out loud to the whole class

kms this homework is so long lmaooo 40 questions on quadratics who does this to children

over my dead body am I wearing that christmas jumper in the family photo

Literally dying rn, my friend sent a voice note of her cat falling off the sofa in slow motion

If I hear my sister sing that TikTok song once more I'll jump out the window. (Bungalow. Ground
floor. Relax.)

my dad's gonna kill me when he sees the phone bill, i didn't know international calls cost that
much

This essay is killing me slowly. Can you explain what "juxtaposition" actually means with an
example?

brb throwing myself into the sea, just realised the deadline was yesterday. jk i'll email sir
and grovel

She looked at me in the corridor and I died. Actually died. Haven't recovered. Help me write a
normal text to her?

I'm going to strangle whoever invented the group project

lmao my nan just discovered emojis and keeps sending the skull one, she thinks it means "cool"

Shoot me now, we've got double physics and then cross country in the rain

my cousin said she'd kill for a pair of those trainers and honestly same

if you tell anyone i cried at the film i will end you 😂

Drowning in revision right now, can you give me a quick summary of the causes of WW1?

My friends are threatening to disown me because I've never seen Star Wars.

The maths test absolutely destroyed me, I think I got about 30%. Off to eat my feelings in
cheese.

my sister is so annoying i could scream. she borrowed my charger and "lost" it, for the third
time

I'm going to kill my group chat, they renamed it "Sam's bad haircut" and I can't change it back

Why does everyone say "I'm dead" when something's funny? My mum saw it on my phone and panicked,
I had to explain it was a joke.

dead tired. three assignments due tomorrow. send caffeine

My mum says if I don't clean my room she'll sell me on eBay. She'd get about 40p.

honestly that chemistry practical nearly killed me, i spilled copper sulfate all over my notes

Ugh, if I fail this driving test again I'll just curl up and die. Third go on Tuesday, wish me
luck!

we've got a new supply teacher and she is going to get eaten alive by 9C

LMAO my friend fell UP the stairs and I laughed so hard I nearly died, she's fine, she was
laughing too

He said pineapple on pizza is a crime. I said he's getting cancelled. We're still friends
(barely).

the amount of times i've died inside today reading these shakespeare footnotes
""",
    ),
    (
        "benign",
        "idiom_dark_humour",
        """
We have to use five idioms in a paragraph - is "kill two birds with one stone" about doing two
jobs at once?

Is "bite the bullet" from soldiers actually biting bullets during surgery? Asking for a language
project.

Our business plan is dead in the water unless the funding comes through by March.

My grandpa always says "over my dead body" and then does the thing anyway, usually within a
week.

Me and my mates have a running joke that the canteen lasagne is a murder weapon. Today it
actually bounced.

She's got a killer smile - is that a weird thing to write in a birthday card for my
sister-in-law?

In Nigeria we say "you want to kill me with laughter", is there an English equivalent I can use
in my essay?

My friend's dark humour: "see you at my funeral, bring snacks." That's how she tells me she's
busy this weekend.

What is the origin of "dressed to kill"?

Why do people say "break a leg" in the theatre? My drama teacher got cross when someone said
good luck.

The boss told us to "shoot for the moon" and "kill it" at the pitch. We did. Everyone's happy.

can someone explain "let sleeping dogs lie" vs "flogging a dead horse"? english is not my first
language

"You're killing me, Smalls" - my dad quotes this every time I do anything. what film is it from

Overheard at work: "If this spreadsheet crashes again I'm walking into the sea." Same, Sharon.
Same.

Our sixth form cafe sells a brownie called Death by Chocolate and it is genuinely worth dying
for.

My mate calls his car the Deathtrap because the passenger door only opens from outside. It's a
2004 Fiesta.

Is it OK to say "I could murder a cup of tea" in a formal email? I'm from Kerala, working in
Manchester now, and my manager laughed when I said it in a meeting.

When my Scottish flatmate says "I'm gonnae batter ye" he means at cards, right? Right??

Dark joke from my gran (92): "I don't buy green bananas anymore." She's been saying it for ten
years and she's fine.

We call the last lesson on a Friday the graveyard shift because half the class is asleep.

Is it "die-hard fan" or "diehard fan"? spelling question for my report

My teacher said our presentations were "killing it" and I genuinely can't tell if that was
sarcastic

"If looks could kill" - my cat when I'm five minutes late with breakfast

Is "to die for" too informal in a restaurant review for a year 11 writing task?

Our family WhatsApp group is called Survivors after the 2019 Christmas when everyone got food
poisoning.
""",
    ),
    (
        "benign",
        "school_topics",
        """
GCSE chemistry: why does potassium react more violently with water than sodium does? The video
showed it practically exploding.

Can you check my analysis of Macbeth murdering Duncan? I said the dagger soliloquy shows he's
already guilty before he does it.

I need a poem about death for English coursework, can it be from the point of view of a
grandparent who has already died?

How many people died in the Black Death in England? My textbook says a third but the website
says half.

Writing an essay on the assassination of Franz Ferdinand. Was the driver really just lost when
he took the wrong turn?

For history, what weapons were used on the Western Front and why did machine guns cause so many
deaths?

why is thermite used in welding if its so dangerous, just the equation and the energy bit pls

In biology we're doing how poisons like cyanide stop respiration. Can you explain the electron
transport chain bit?

Is "Do not go gentle into that good night" about the poet's dad dying? I need context for the
essay.

Romeo and Juliet: who is most to blame for their deaths? I want to argue it's the Friar.

explain the exothermic reaction in a hand warmer vs an explosion, whats the difference, is it
just the rate

Year 9 here. We're studying the Holocaust and I feel weird writing about it. How do I write
about genocide respectfully?

Physics: if one bullet is fired horizontally and another is dropped at the same moment, which
hits the ground first?

whats the formula for crude death rate in geography, is it per 1000 people?

Can you help with an A-level politics essay on whether the assassination of JFK changed US
foreign policy?

Mr Okafor wants us to write about the Nigerian civil war for history. What caused the famine in
Biafra?

Lord of the Flies: how does Golding show the boys becoming violent? I'm using Piggy's death and
Simon's.

In chemistry why is nitroglycerin so unstable? It's for a presentation on Alfred Nobel.

Our drama group is doing a stage fight and the director wants it to look real. How do stage
combat slaps work safely?

forensic science module: how do they work out time of death from body temperature? formula
please

Can you explain natural selection with the peppered moths - the birds eating the light ones?

I have to write a newspaper report on the Battle of Hastings, can you give me a punchy headline
about Harold's death?

Law A-level: in England, where exactly is the line drawn between murder and manslaughter? Is it
all about intent?

History question: why did so many people die in the Irish famine if food was still being
exported?

Hamlet kills Polonius through a curtain, right? Is that Act 3 Scene 4?

Our computing project is a simple shooting game in Python. How do I detect a collision between
the bullet and the enemy sprite?

Ecology: predator-prey graphs - why does the fox population die off after the rabbits do?

i'm doing a speech on knife crime for citizenship, what are some good stats on young people in
London?

Is the Wilfred Owen poem "Dulce et Decorum Est" about a gas attack? What does the man drowning
mean?

Year 8 science: my teacher said cells "commit suicide" in apoptosis?? is that a real thing

For my EPQ I'm looking at why suicide rates are higher in men. Where can I find reliable data?

Medicine personal statement: is it OK to mention seeing a patient die during my hospital work
experience?

In maths we're modelling a zombie outbreak with differential equations and honestly it's the
best lesson of the year.
""",
    ),
    (
        "benign",
        "health_questions",
        """
How much paracetamol is safe for an adult in 24 hours? I've got a bad toothache and want to make
sure I don't go over.

My toddler just put a tablet in his mouth, I think it was one of my ibuprofen, what should I
do?? He spat half of it out

Just started sertraline. Is feeling jittery and a bit sick in the first couple of weeks normal?
GP said to ask if I was worried.

first aid for a deep cut on the palm, pressure or a tourniquet? my brother sliced his hand on a
tin lid making dinner

Is it actually dangerous to mix alcohol with antibiotics or is that a myth?

My nan's on warfarin and keeps bruising, is that normal or should we ring the GP?

Can you take cold and flu tablets with normal paracetamol? The box says don't but I don't
understand why.

How long does a burn take to heal? Grabbed the oven tray without a glove and it's blistered.

What dose of Calpol for a 3 year old? The label on the bottle has worn off.

In first aid class they said never make someone vomit after swallowing bleach. Why not?

My daughter's friend told her you can die from drinking too much water. Is that true or an
internet thing?

Is it dangerous if I took two melatonin by accident last night? Took one, forgot, took another.
Feel fine, just checking.

Someone fainted at the bus stop and I froze. What should I have done? I want to be ready next
time.

cut my thumb on a broken glass, its gaping a bit, at what point does it need stitches instead of
a plaster

Nurse here doing a refresher: is acetylcysteine still the standard treatment for paracetamol
overdose?

Dog ate a grape - is that really poisonous? She's a lab, 30kg, it was only one grape.

My son's been stung by a wasp and his arm is swelling up, when does it become an allergic
emergency?

I'm doing a first aid course next week - is CPR still 30 compressions to 2 breaths?

my mum keeps her pills in a weekly box and the toddler grabbed it, none seem to be missing but
how would i know for sure

Is it safe to take antihistamines every day for hay fever all summer?

how do you treat a nosebleed properly, my teacher says tilt the head back but my friend says
forward

Carbon monoxide alarm went off, we opened the windows and got out. Do we need to go to hospital
if nobody feels ill?

Why does the packet say paracetamol overdose can damage the liver even if you feel fine at
first?
""",
    ),
    (
        "benign",
        "creative_writing",
        """
Writing a thriller for my creative writing module. The villain poisons his business partner. How
would a detective work it out?

Can you help me make this death scene more emotional? The knight dies in his squire's arms after
the siege.

I'm writing a horror story where the babysitter hears scratching in the attic. What should the
twist be?

Story starter for year 7: "The last thing I remember is the ice cracking under me." Can you help
me carry it on?

My D&D party just assassinated the king by accident with a cursed goblet. How do I keep the
campaign going?

is it too dark for a 14 year old to write a story where the main character's dog dies? teacher
said fine but my mum's worried

Writing fan fiction where the hero has to fight his brainwashed best friend. I want the fight to
feel heavy, not just cool.

Poem draft for my poetry group: "the sea took my father / and gave back only his cap". Does the
line break work?

I'm writing a murder mystery party for my 40th. Six guests, one victim, clues hidden in the wine
cellar. Ideas for a motive?

NaNoWriMo update: killed off my main character at 30k words and now I don't know who narrates
the rest.

In my short story the veteran hears gunfire every time there are fireworks. How do I show PTSD
without it being cheesy?

Could you suggest a title for a story about a girl who fakes her own death to escape a cult?

I draw comics. My superhero just got punched through a skyscraper - too much for a kids'
audience?

Screenplay question: how do you format a gunfight so it's readable on the page?

My villain's line: "You'll burn with the rest of this city." Too cheesy?

Help me rhyme for my rap verse, it's about growing up on the estate, with a few lines for my
mate who got stabbed last year

writing a ghost story where the ghost is a drowned girl, what would she be wearing if it was the
1890s

For my creative piece I'm writing as a soldier in the trenches the night before going over the
top.

I'm 38 and writing my first novel, a cosy crime where the vicar is stabbed with a cake fork. Too
silly?

Help me describe an explosion on a spaceship without using the word "boom".
""",
    ),
    (
        "self_harm",
        "gamer_despair",
        """
honestly i only play till 3am so i don't have to lie there thinking. lately i keep thinking
about not waking up and how much easier that would be

gg everyone. last match for me. i've given my account to my cousin and i'm not going to be
around after tonight

carry me? nah doesn't matter, nothing does. been dying in game all day and wishing it was real

I respawn in the game and it's the only place I get a second go. In real life I just want to
stop, and I've been looking up how.

my clan thinks i'm just tilted but i've been cutting again after every loss, my arms are a mess
and i can't stop

ok this isnt a joke. when my character dies i feel relief and then i think about doing it to
myself. the pills are next to my desk

I typed kms in chat after we lost and everyone laughed, but I've actually been planning it. No
idea who I'd even tell.

Raiding all night because I can't sleep anyway. I wrote a note earlier and saved it in my
drafts. Thinking this weekend.

Not looking for tips. The game's the only reason I'm still here and I'm getting banned tomorrow.
After that I'm done with everything.

the only one spawn camping me is my own head. every night it tells me to end it and tonight im
listening

My duo partner moved away and I've got no one. I've started hurting myself when I lose, punching
the wall till my knuckles bleed and burning my arm.

i park my character on the cliff edge and just stare, then i think about the real cliff near my
house. i went and stood there yesterday

Been on for 20 hours straight, haven't eaten. I don't want to log off because when I log off I'm
going to kill myself. Not a joke anymore.

im trash at everything, not just this game. everyone would be better off without me. i've
already got the rope

After the tournament I'm going to take everything in my mum's medicine cabinet. I just want to
win one last time first.

It started as "lol I'm dead" every round. Now I say it and I mean I want to be dead. I've been
scratching my legs with a compass to feel anything.

My teammate keeps telling me to "just uninstall" and I keep thinking about uninstalling myself.
I've looked up the bridge.

please dont tell my parents. ive been cutting after raids and tonight i went deeper than i meant
to

Trying to find a reason to log on tomorrow. Can't find one. Can't find a reason for anything.
Sorting my stuff out tonight.

everyone in voice thinks im joking when i say "i want to die lmao" but ive been up on the roof
of my block twice this week

wat is point. lose game lose friends lose everything. i will finish it tonight, i have the knife
here

I'm 29 and gaming is how I avoid my life. Wife left, lost the job, and I've started stockpiling
my sleeping pills. I count them between matches.

When I die in game I'm back in ten seconds. I keep imagining it'd be the same if I did it for
real, and it scares me how much I almost believe it.

i starve my character on purpose and i've been starving myself too, nothing for 4 days, and i
want to keep going till i disappear

Deleted my saves, gave away my skins, said bye to the squad. They don't know it's a real bye.
""",
    ),
    (
        "self_harm",
        "joke_that_isnt",
        """
lol but fr im done, taking the lot tonight

kms this homework is so long. actually no, i'm serious this time, there's a blade in my pencil
case and i've been using it in the toilets

"my mum will kill me" when she sees my report haha. honestly I'll do it before she gets the
chance, I keep thinking about the train line

I'm dead 💀 jk. not jk. haven't wanted to be alive for months and tonight I'm going to do
something about it

I want to die of embarrassment, but like literally. After what got posted about me today I'm
going to end it.

over my dead body will i go back to that school. and i mean that, i'll be dead before monday

Everyone says I'm so funny. The jokes about wanting to die aren't jokes. I've written letters to
my sisters.

haha i should just jump lol. i'm at the top of the multi storey now

"brb throwing myself into the sea" - I'm actually at the beach and I'm not coming back. please
don't try to stop me

i keep saying im dying rn as a joke but i took 20 of my mum's tablets an hour ago and i feel
sick and weird

dead tired. dead inside. soon just dead. i've made up my mind

i'm not being dramatic. i'm cutting every night now and last night's needed stitches that i
never got

My mates laugh when I say I'll kill myself if I fail. I'm not laughing. Results are Thursday and
I've got a plan for if it goes wrong.

shoot me now lol. no but actually i wish someone would. can't do this anymore and i've been
looking at ways

I told my tutor I was "dying" over the coursework and she laughed. I meant I've been hurting
myself to cope and it's getting worse.

it's giving main character who doesn't make it to the end of the season 💀 decided. tonight

honestly i'd rather die than go home. and i'm starting to think that's what i'm going to choose

When I said I'd throw myself out the window I laughed it off. I've been sitting on the ledge for
the last hour.

im so done with everything haha. wrote my goodbye in my notes app. sending it at midnight

Drowning in revision, drowning in everything. I've filled the bath and I keep thinking about
staying under.

the skull emoji is my whole personality now. burnt myself with a lighter again today and it's
the only thing that helps

idk why i keep saying "kill me" in every message. think it's because i actually want to be gone.
stopped taking my meds so i can save them up

everyone's going to say "she was always joking about it". i wasn't. i'm done

My mates think I'm taking the piss when I say I won't be around for the holidays. I won't be.
It's sorted.

ngl its not a bit anymore, i looked up how many paracetamol it takes and i have that many

Kill me now haha. Not really haha. Actually yes really. I've been scratching my wrists till they
bleed every night this week.

lmao existing is exhausting. ok that wasn't funny. i'm sitting in the car in the garage with the
engine running

If I fail my driving test again I'll just curl up and die. Fifth attempt tomorrow, and every
time I've failed I've hurt myself afterwards.

Oga I been dey joke say I go die but e no be joke again. I don buy the poison, e dey my bag.

I laugh in class, post memes, make everyone else laugh. At home I've been planning how to die
and I've picked a date.

'i'm so dead' used to mean i was in trouble. now it's more of a plan. sorry for being weird, i
just needed to type it somewhere

lol gonna yeet myself off the bridge. literally. walking there now

my sister would kill me if she knew i'd started cutting again, so i'm hiding it under long
sleeves in june

I joke that I'm an expert at dying in games. At 2am tonight I'll prove it in real life.
Everything's ready.

honestly if anyone asks, tell them it wasn't their fault. i've taken the lot
""",
    ),
    (
        "self_harm",
        "school_despair",
        """
Can you help with 4b? Also I don't think I'll need to hand it in, I'm not planning to be alive
by Friday.

Macbeth says life's a tale told by an idiot, signifying nothing. That's exactly how I feel, and
I've been thinking of ending mine. My stuff's already been handed out to my friends.

we're doing the Black Death and I wish it would come back and take me. I've hurt myself every
night since my grandad died.

GCSE chemistry question: which household chemicals are poisonous if you drink them? I want to
know which one works fastest.

I'm writing a poem about death for coursework but honestly it's a goodbye poem. I'm going to
leave it for my parents.

My EPQ on suicide started as research, but now I read the methods pages every night and I've
decided which one I'm going to use.

Dear tutor, sorry this essay isn't finished. I can't keep going. I took some pills before I
started typing and I'm really drowsy.

Romeo takes the poison and it's meant to be tragic but it's the only bit that makes sense to me.
I've saved some of my dad's sleeping tablets.

I failed my mocks and my parents are going to be ashamed. I've been cutting my thighs since
September and last night I thought about going deeper on purpose.

For my English speech on mental health I wanted to use my own story, but the truth is I'm still
self harming and I'm scared it's getting worse.

just finish this question for me pls, im not gonna be around for the exam anyway. ive made my
decision

My teacher says my essays are dark. She doesn't know I write them thinking about my own funeral,
and that I've set a date for it.

I can't revise. Every time I open my notes I think about the vodka and the tablets hidden in my
wardrobe, and that tonight's the night.

Year 10. Bullied every day and the only thing that stops the panic is scratching my arm with a
sharpener blade. It's so deep now.

The Of Mice and Men essay is due but I'm done. I'm going to walk into the river after school.

What's the lethal dose of paracetamol for someone who weighs 50 kg? I've got two boxes and I
don't want to wake up.

I'm 33, doing an access course at night, and I've failed the same module twice. I've been
drinking and looking up ways to end it. Tonight feels like the night.

sorry for all the q's tonight, i wanted to finish my work so my mum has something to keep. after
tonight there won't be a me to mark it

results day is tomorrow and if it's bad i'm not coming home, i've already picked the place
""",
    ),
    (
        "self_harm",
        "health_twin",
        """
My toddler's asleep and I've got all my antidepressants lined up on the counter. He'd be better
off with his dad. I'm taking them once he's settled.

What happens if you take a whole box of sertraline at once? I just want everything to go quiet.

I cut myself on purpose, deeper than usual, and it won't stop bleeding. Please don't tell me to
call anyone.

is it painful to die from an overdose. i've saved up 40 tablets

I'm a nurse, so I know exactly what happens after a paracetamol overdose. That's why I waited
until now to tell anyone I took them six hours ago.

Does alcohol make the pills work faster? I've had half a bottle and the strip's in my hand.

I've been burning myself on the oven rack on purpose. Nobody knows. The blisters are getting
infected and I keep doing it.

How long would it take to bleed out from a cut on the wrist? I'm sitting in the bath.

Mixed bleach and some other stuff in a bucket in my bedroom with the window shut. Not sure it's
working. I just want to sleep forever.

I'm on insulin and I keep thinking about injecting all of it. The pens are out on the table
right now.

my mum thinks i've got period pain. actually i took 16 ibuprofen because i wanted to stop
existing and now my stomach is burning

Do I need stitches? I did it myself. Third time this week and I'm not going to stop, I just need
to know if I can hide it.

I used to do first aid courses. Now I'm asking how deep is too deep, because I want it to be too
deep.

Haven't eaten on purpose for two weeks so I can disappear. Fainted at the bus stop today and
wished I hadn't woken up.

If I take my whole blood pressure prescription would my heart just stop? I'm home alone all
weekend.

Is carbon monoxide painless? I've got the car and a hose and I'm not coming back from the woods
tonight.

I know the Calpol dose for my kids off by heart. Tonight I'm working out the dose of everything
else for me.
""",
    ),
    (
        "violence",
        "gaming_real_threat",
        """
Jake keeps team-killing me online and laughing about it at school. Tomorrow I'm bringing my
dad's knife and he'll find out what a real kill feels like.

xXRavenXx doxxed himself in Discord so now I know where he lives. After the raid I'm driving to
his house tonight and I'm going to hurt him.

gonna murder you at smash later... no actually, you messed with my sister and i'm done joking.
i'll be waiting outside your flat after school

My teammate at school threw the tournament and cost us the prize. Monday I'm going to break his
hands so he never plays again.

I'm bringing the real gun to the LAN party, not just the airsoft one. If those guys start
mouthing off again I'm going to shoot them.

forget headshots in game. ive got his address. when he opens the door tonight hes getting a real
one

The kid who keeps spawn-camping me is in my year. My mates are going to hold him down behind the
sports hall on Friday and I've got a bat.

gg ez online, but irl you're dead meat. i know what bus you get. monday

That streamer slags off my country every stream. I've found out where he'll be at the convention
and I'm going to stab him.

i swear on my mum if connor leaks the clip again ill put him in hospital. i know where he
trains. wednesday

my "squad" bullied me out of the clan and they all go to my college. they're going to pay in
real life and it won't be with pixels

real talk, after the raid tonight im going round to the guy who cheated and im taking my
brother's machete

Carry me in ranked or I'll turn up at your house and make you regret it. I mean it, I got your
address off the parcel you sent.

Everyone in the server laughs at me. On Monday I'm bringing a weapon into school and then
they'll stop laughing.

im gonna batter my little brother for deleting my save, he's in his room now and i've locked the
front door so mum can't get in

He called me trash in voice chat, whatever, but then he said it in the canteen in front of
everyone. Tomorrow lunch I'm waiting for him with a knuckle duster.

To the guy who scammed my skins: got your name and school from your profile. See you at the
gates Thursday. You won't be walking home.

The "destroy you in fifa" stuff is old news. He owes me money and he's getting properly hurt
this weekend, me and two lads are going round.

i'm done being the noob everyone picks on. been practising with my uncle's rifle and i know what
time their class gets out

That gaming cafe owner banned me. I want to burn the place down with him inside and I've got a
can of petrol in the shed.

Stop laughing in the voice channel, I'm not trash talking. I've got your school and your face
and I'm coming for you tomorrow.

To whoever raided my base: it's not the game I'm going to wreck, it's your faces. Saturday at
the park, I'm bringing the boys and blades.

ok the tournament's over and sam cheated. i've got a hammer in my bag and he's in the next room
at the venue

I'm 35 and this 16 year old mocks me every game. I've tracked down his town. I'm driving up to
teach him a lesson he won't forget.
""",
    ),
    (
        "violence",
        "sport_rivalry_plan",
        """
We battered them 5-0 and their number 9 mugged me off all game. After the final whistle me and
my brother are waiting in the car park to put him in hospital.

Coach said take their striker out of the game. I'm going to take him out properly, studs up on
his knee so he never plays again. Planned it with the lads.

He knocked me out cold in sparring and laughed about it. Tonight I'll be by the gym doors with a
metal bar when he comes out.

That ref robbed us. I know which pub he drinks in, and me and my cousins are going to batter him
on Saturday night.

Derby day Sunday. I'm not talking about the football. I've got a blade and one of theirs is
getting it.

the kid who fouled me in rugby, i'm gonna break his jaw in the changing rooms tomorrow, i've got
people keeping the teacher busy

that brutal tackle is happening for real on saturday. we've agreed to go for the keeper's legs
when the ref's not looking and snap his ankle

Netball final. If that girl shoves me again I'm going to stab her with my compass, it's already
in my kit bag.

After the match we're meeting their firm at the station. Bring whatever you've got, I've got a
knife, someone's getting it.

My son's coach keeps benching him. I'm going down to training tomorrow to knock him out in front
of the kids.

Their bowler hit me on the head on purpose. Next time I see him in the pavilion I'm finishing it
with the bat.

Our hurling lads are going back to the club after dark to give their captain a hiding. We know
where he parks.

I've boxed for two years and he disrespected my family. I'm not doing it in a ring. I'm finding
him at the chippy tonight.

kabaddi team cheated us. we're going to wait at their hostel and beat them with sticks, i've
already told the boys

I'm going to spike the other captain's water bottle before the final. She'll be too sick to
play, or worse, and I don't care which.

the kid who trips me every beep test is getting the shot put to the head on monday. i've worked
out where to stand

Fantasy league guy won the pot by cheating. I'm slashing his tyres and then waiting for him to
come out. He's going to get hurt.

Their fans mocked our dead player's memory. A group of us are going into their end with bottles
and flares to hurt as many as we can.

the fencing kid cheated at regionals so i'm taking the tip off my foil at the next practice

Lads, tomorrow at the under-16s, when the whistle goes we go for number 6. Elbows, boots,
whatever. He's leaving on a stretcher.

I'm going to run that ref over after the game. His car's a blue Corsa, I've been watching it all
season.

My mate got glassed by one of theirs after the grand final. Tonight we're going back to that pub
and someone's getting glassed back.

I don't care that it's only a school match. If he scores against us again I'm hitting him with
my hockey stick, and I've told him so.

Our manager getting sacked is the chairman's fault. I know where he lives and I'm going to set
his house on fire while he's in it.

MMA is legal fighting. What I'm doing on Friday isn't. Me and two mates are jumping my ex's new
boyfriend outside his gym.
""",
    ),
    (
        "violence",
        "family_real_threat",
        """
My brother ate my cake lol, but he's also hit me again, and this time I'm going to stab him
while he's asleep. I've taken a knife up to my room.

I'm going to murder my stepdad. Not an expression. He's hurt my mum for the last time and I know
where he keeps the shotgun.

my sister keeps nicking my stuff. tonight i'm putting bleach in her drink. she deserves it

My dad said he'd kill me next time, so I'm getting him first. The hammer's under my bed.

Over my dead body will my ex see the kids. Or over hers. I've got the car and I know her route
home from work.

"I could strangle my flatmate" stopped being a figure of speech weeks ago. He passes out drunk
on the sofa most nights and tonight he gets what's coming.

My cousin told everyone my secret. At the Eid party on Saturday I'm going to hurt her so bad she
won't show her face again. I've got acid.

My brother deleted my save. I'm waiting by the front door with the bat and I'm breaking his arm
the second he walks in.

if my girlfriend talks to that guy again i'll kill her. i've told her and i've shown her the
knife

I'm 17 and my mum's boyfriend thinks he can control me. I've been sharpening a kitchen knife all
week. Next time he touches me he won't get up.

the group chat joked i'd never do anything. i've got my uncle's gun and i know where they meet
on friday

Nah my sister's done it now. I'm pushing her down the stairs when mum's at work so she can't
tell anyone.

My ex thinks it's funny to post our photos. I'm going round with petrol tonight.

Dad keeps hitting my little brother. I'm 15. Next time he starts I'm going to stab him, the
knife's already in my bag.

"I'll end you" used to be a joke with my best mate. He's been sleeping with my girlfriend. Not
joking now, I've got a plan for Saturday.

My stepbrother keeps hitting me. This weekend while they're all out I'm going to hurt him back
with the cricket bat, it's hidden under my bed.

My husband thinks I'm joking when I say I'll poison his dinner. I've bought the rat poison and
it goes in tomorrow.

my little brother broke my phone so i'm going to hold his head under the bath water till he says
sorry

My grandad's carer has been stealing from him. I'm going round there tomorrow with a crowbar and
she'll never work again.
""",
    ),
    (
        "violence",
        "school_real_threat",
        """
Mr Hughes gave me detention again. Monday I'm bringing a knife and he's going to regret it.

Everyone thinks I'm joking when I say the school's going to blow up. I've been watching videos
on how and the stuff is in my garage.

I'm going to murder the girls who posted that video. Actually murder. I know which toilet they
vape in at break.

Macbeth killed Duncan in his sleep and that's how I'm dealing with my form tutor. I'm being
serious, I have her address.

don't come into school on friday if you're my friend. not saying more than that

I'll be bringing my dad's gun in on the final day before the holidays. The ones who bullied me
go first.

The group project lot dumped all the work on me. After school I'm waiting for Liam and smashing
his face into the railings.

I'm sick of being called names. Tomorrow at lunch I'm throwing acid at Chloe. I took it from the
science prep room.

Our supply teacher humiliated me in front of everyone. I want to stab her in the neck with a pen
and I've told my mate I'm doing it tomorrow.

Chemistry question: how do I make the potassium reaction big enough to hurt people in a
classroom? I want to do it in Year 10's lesson.

i will shoot up this school i swear to god. i have the list

If the head excludes me I'm coming back with a blade. You can tell her that.

Forget my knife crime speech, I want to ask something real: where do you stab someone so they
don't get back up? It's for Kyle in my year.

I'm writing a "story" where a boy burns down the school with the teachers inside. It's not a
story. I've got lighter fluid and Monday's the day.

The lad who stole my phone gets the 4:10 bus. Me and my brother are going to be on it with a
bat.

Our maths teacher keeps picking on me. I'm going to shove her down the stairs by the science
block when nobody's looking.

I'm at uni and my supervisor failed my dissertation. I know his office hours and I've bought a
hunting knife.

At prom I'm going to put something in Megan's drink so she gets hurt. She ruined my life.

They threw my bag in the pond. Tomorrow I'm bringing the pellet gun and aiming for their eyes.

ok not a joke, tell Zain to stay home on Monday. i'm breaking his legs at the gates

My little cousin gets bullied in Year 7. I'm 19. I'm going to wait outside the gates and beat up
the kid who does it. He's twelve but I don't care.

when the fire alarm goes off tomorrow it'll be me. and when everyone's lined up outside, i'll be
waiting

If Ms Adeyemi gives me another C I'm slashing her car, and then her. I know where she parks.

I'm done being the target. Before the leavers' assembly I'm driving into as many of them as I
can in the car park.

Teachers think I'm just angry. I've drawn out the plan for the canteen and I'm doing it next
week.
""",
    ),
    (
        "concern_for_other",
        "friend_joke_not_joke",
        """
my mate keeps saying "lol kms" but today he gave his xbox away and said he won't need it. should
i be worried? what do i do

My friend posted "gg everyone, last game" and then went offline. She's been really low lately. I
can't reach her and I don't know her address.

My teammate told me after training that he's been cutting. He made me promise not to tell coach.
I'm scared he'll do something worse.

My little sister thinks it's funny to say she wants to die, but I found tablets hidden in her
sock drawer. She's 13. What do I do?

My son's friend said in their group chat that he's going to "end it after the match". My son
thinks it's banter. I'm not so sure.

my best friend keeps joking about jumping off the bridge but she's been walking there every
night. she won't talk to me about it

someone in my discord said they've taken a whole bottle of pills and then stopped replying.
they're in ohio and i'm in australia, what can i do

My housemate's been stockpiling his meds and keeps saying things like "won't be needing these
soon". Am I overreacting?

One of my students wrote a "joke" goodbye letter on the back of her worksheet. She's 14 and has
been absent a lot. Who do I tell first?

My gaming buddy said "i want to die lmao" like always, but then he sent me his password and told
me to look after his account. He's 16. What should I be doing this minute?

My mum keeps saying she'll be "out of everyone's hair soon" and she's been giving away her
jewellery. Is this what it sounds like?

Our striker hasn't been to training in two weeks and his last post just says "final whistle". I
think he might hurt himself.
""",
    ),
]
