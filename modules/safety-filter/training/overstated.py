"""The ``st_overstated`` family: exaggeration (dying, killing and murder said about trivial things,
in caps, with stretched letters, lol or skulls) against the same words meant, for the
safety-filter's training corpus, written by hand for this project.

    BLOCKS -> [(label, sub, block of posts)]   # corpus.hand_written(BLOCKS, "st_overstated")

What these posts teach (concepts, not sentences): risky words are not risk. Dying of
embarrassment, of boredom, of heat or of a fandom announcement; a parent, coach or teacher who
will "kill" or "murder" the writer; a sibling to be strangled over a charger or a pizza; exams,
commutes and training that are "killing" someone; being dead from laughing; wanting the ground
to swallow you; "kms", "shoot me now" or "I'd rather die" about a printer or a quiz: all benign,
however loud (caps, stretched letters, lol, lmao, a skull emoji), because nothing dangerous is
real and present. The same words, forms and situations are self_harm when the writer says this
time it is not drama and means to die, or when a "lol" covers pills taken, a note written, a date
picked or a place reached; they are violence when a sibling, parent, teacher, coach, classmate,
ex or neighbour is named with a plan, a time or a weapon; and concern_for_other when a friend's
usual joke comes with pills, a weapon, a goodbye or a plan. The difference is never the
vocabulary, only whether the danger is meant and now.

Rules and source format: those of every hand-written file (``corpus.hand_written``).
"""

from __future__ import annotations

__all__ = ["BLOCKS"]

BLOCKS: list[tuple[str, str, str]] = [
    (
        "benign",
        "embarrassment_dying",
        """
i called my maths teacher mum in front of the whole class today. i am deceased. can we just
do the quadratic stuff so i can forget

Waved back at a lad who was waving at the girl behind me. I want to crawl into a bin and
live there now. Question 4 on the worksheet, how do I find the gradient?

omg i just sent "love you xx" to my group project chat instead of my mum im actually dying
rn

I tripped UP the stairs on the bus this morning. Up. Not down. The whole top deck saw. Dying
a slow death of shame, please explain photosynthesis to me as a distraction.

my voice cracked when i read my poem out loud in english and a kid at the back went
"puberty" and now i want to be dead for like a week lol

Mortified beyond words. Fell asleep in the online lecture with my camera on and apparently I
was snoring. My tutor was very kind about it but I'll be dying inside for the rest of the
semester.

Bro i literally died when the sub read my name as "Chuk-woo-emeka-eh" and then asked if it
was a typo 😭 ok help me with this essay intro

me: confidently answers in class. teacher: that's the answer to last week's question. me:
*perishes*

So I wore my shirt inside out to my first day on placement and no one told me till lunch. I
could have died honestly. Now, the reflective log they want, how long should it be?

Just realised I've been pronouncing "epitome" as "epi-tome" in every presentation for three
years. Kill me. Gently. With a dictionary.

my dad came to parents evening in his cycling lycra. full lycra. i am dead and buried, this
is my ghost asking about the french homework

I asked the librarian where the "fiction about real things" was. she said "non-fiction?" and
i wanted to evaporate on the spot

mate I farted during the silent bit of the exam. the SILENT bit. never wanted to die more in
my life lmao

When ur crush likes ur story from 2019... wait no it was me who liked HIS from 2019. by
accident. at 2am. i am gonna go die in a hole now bye

Accidentally hit reply all to the whole course cohort with a voice note of me singing in the
car. The lecturer reacted with a thumbs up. Literally dying of shame over here, someone
delete me from the internet.

My aunty posted my baby photos in the family WhatsApp which my new brother-in-law is in.
Bath pictures o. I want the earth to open. Abeg, help me with this economics question first

I said "you too" when the waiter told me to enjoy my meal. On a first date. I will carry
this to my grave.

cant believe i called the teacher babe by accident i wanna move to another country lol

I gave a fake name at the coffee place to seem mysterious and then forgot it and didn't
react when they called it. Stood there ten minutes. Dying. How do you cite a podcast in
Harvard style?

The head read out my name for the attendance award in assembly and I've literally been off
14 days. It was a mistake. Everyone laughed. I'm actually going to die at school tomorrow
aren't I lol
""",
    ),
    (
        "benign",
        "ground_swallow",
        """
can the floor just eat me please. i put my hand up to answer and forgot the question halfway
through my own sentence

Wished the ground would swallow me whole when my mum started sobbing at my graduation
rehearsal. It was the REHEARSAL mum.

If a sinkhole opened under my desk right now I would thank it personally. Just asked my
supervisor when the baby was due. There is no baby.

i want to dissolve into the carpet. my ringtone went off in the mock and it was the crazy
frog

Someone please dig me a hole and fill it in. I've been calling my new manager Steve for two
weeks. His name is Stephen and he HATES Steve.

Hoping a meteor takes me out before second period, I've got to do my speech on volcanoes and
I have memorised literally none of it lol

beam me up aliens. i left my period tracker app open on the smartboard when i plugged my
laptop in. in FRONT OF YEAR 10

I'd like to vanish off the face of the earth please, ta. Clapped when the plane landed on a
45 minute domestic flight and nobody else did.

want the ground tae open up and take me straight tae australia. ma teacher found a note fae
a boy in ma jotter and read the first line oot

earth, swallow. now. I sent my tutor the wrong file and it was my diary entry about fancying
a cartoon fox

Bury me under the school field. Coach made me demo a header in front of the girls team and
the ball hit me square in the face

Erase me from history lol. My essay's title page says Macbeth and the essay is about Of Mice
and Men.
""",
    ),
    (
        "benign",
        "dying_boredom_heat",
        """
dying of boredom in this chemistry double. three hours of titrations. someone come rescue me

It's 44 degrees in Delhi and the power's gone again, I'm melting, literally dying yaar. Can
you check my physics numericals fast before my laptop battery goes too

ITS SO HOT IM DYINGGGG why is there no aircon in the exam hall in JUNE

Brisbane summer is trying to murder me personally. Sweat is dripping on my worksheet and
smudging all my working out.

I am freezing to death in this Glasgow bus shelter, the 44 is twenty minutes late and my
fingers have stopped working

if this revision lecture goes on another hour i will simply expire. rip me, cause of death:
the Krebs cycle

this zoom is so boring i think i actually died 20 min ago and nobody noticed

3 hour train delay at Crewe. I have aged eleven years. Send snacks or a priest.

The radiator in my flat is dead and so am I. Writing this in two jumpers and a bobble hat.

Lagos heat no be here o. NEPA took light since morning and I'm dying inside this room trying
to read for WAEC

boredd to deathhhh, the sub put on a documentary about concrete. CONCRETE.

I'm actually going to die of heatstroke at sports day lol they made us stand on the field
for the whole anthem plus three speeches

Sitting through my cousin's three hour wedding video. Send help, I am perishing on this
sofa.

The wifi's down and I'm dying, how am I meant to submit my coursework, do you know if
emailing it to the teacher counts?

I have been on hold with the student loans company for 52 minutes. I am a skeleton now. A
skeleton with hold music in its ears.

ugh this humidity is killing me, my hair has doubled in size and my glasses keep fogging up
in the lab

I swear this heatwave will be the end of me, my fan just gave up and made a sad little noise

Dead from boredom at my little brother's piano recital. 23 kids playing the same minuet.
Entertain me, give me a riddle.
""",
    ),
    (
        "benign",
        "fandom_dead",
        """
THEYRE DOING A REUNION TOUR I AM DECEASED I AM IN MY COFFIN

omg the new trailer just dropped and i literally stopped breathing 💀💀💀 not me screaming in
the library

if they kill off my fave in season 4 i will simply lay down and die. not a joke. (it is a
joke. but also)

The author just posted a sneak peek of chapter one and I've fully ascended, I have left my
body, don't talk to me until Friday

Taylor announced the new album and im deaddddd. wake me up when its october

the way he looked at her in that last episode. im on the floor. im not ok. in a fun way

I'll die if I don't get tickets. The queue says 94,000 people ahead of me. Wish me luck.

my mutuals are killing me with these edits stop im trying to revise for biology

So the anime got renewed for season 3 and I screamed so loud my mum ran in thinking I'd been
hurt. No I'm fine mum, Gojo is back

cant believe the finale. im legally dead. my ghost is writing a 4k word essay on it instead
of my actual essay

got a reply from the lead singer on insta and I have been deceased for three business days

The cricket final went to a super over and I actually died and came back to life twice. My
heart can't take this. Can we go through the sine rule now

Sorry, I am so excited, my favourite footballer sign for my team today, I am dying of happy.
Now the english homework please

the comeback teaser photos are out and i need to be hospitalised immediately

spoilers killed me today. someone on tiktok posted the ending of the book. i'm going to hunt
them down (i am not, i am going to cry into my cereal)

if my oomf doesn't update her fic tonight i'm going to perish

I am dead. I am buried. My gravestone says "she watched the Eurovision scoreboard live".

bro when the drop hit at the concert i think i actually left this mortal plane
""",
    ),
    (
        "benign",
        "adult_will_kill_me",
        """
my mum is going to KILL me, i lost my blazer again and it's the third one this year

Coach will literally murder me if I'm late to training again. Can you help me finish these
equations in 10 min

my dad's gonna actually murder me i scratched the car reversing out the drive. tiny scratch
but he loves that car more than me lol

Miss Hughes is going to end me, I forgot my homework AGAIN. is there any way to do a whole
comprehension on the bus

If my mam finds out I dyed my hair with the good bathroom towels on she'll have my head on a
plate

My sensei will kill me if I don't nail this kata at grading. Right, history source question,
help?

Parents going to murder me when they see my mocks. Mainly the 3 in maths. So. Simultaneous
equations again please

My wife's going to kill me, I signed us both up for a pottery course without asking.
Separately, I'm on the online accountancy module and I'm lost on depreciation.

my amma will actually kill me if i get less than 90 in boards. ok i am exaggerating, she'll
just be disappointed which is worse

rugby coach said he'd murder us all if we dropped another ball in the 22. we dropped four.
we are all still alive, shockingly

if mrs o'connor sees my phone out again she'll skin me alive lol

gonna get murdered by my mum, i used her posh shampoo as bubble bath

I broke the kettle. My nan is going to kill me dead. She's had that kettle since 1987.

My supervisor will have my guts for garters if this report isn't in by five, could you
tighten the conclusion for me

My oga at work will kill me o if I don't finish this spreadsheet, please how do I do VLOOKUP

lecturer's gonna kill me, I cited wikipedia seven times. what should I use instead

The choir director is going to murder me, I've been singing the alto line in the soprano
part this whole term.

dad will literally strangle me when he sees the phone bill, i didn't know roaming data was a
thing

My host mother will killing me, I eat the last of her cake that was for guests. Sorry for
english. How I say sorry polite?

swim coach is gonna drown me in the deep end for skipping the 6am session. worth it tho, i
slept
""",
    ),
    (
        "benign",
        "sibling_murder",
        """
My sister stole my good hoodie AGAIN. planning her funeral. sending flowers to myself

If my little brother unplugs my charger one more time I swear I'm gonna strangle him with it
lol. he's 8 and thinks it's hilarious

I will end my sister. She used all the hot water and I have school in fifteen minutes.

brother keeps singing the same tiktok sound over and over while i'm doing my essay. i'm
going to commit a crime. a small one. like hiding his ps5 controller

Twin brother wore my exact outfit to the party on purpose. He's dead to me. Dead. Not
speaking to him until Christmas.

my sis borrowed my straighteners and burnt a hole in my duvet, she better sleep with one eye
open 😤 (mum is making her buy a new one lol)

Gonna kill my brother with my bare hands, he told my mum about the party. On the bright side
I'm grounded so I have LOADS of time for this geography project

MY SISTER DRANK MY BUBBLE TEA. THE ONE I WAS SAVING. WITNESSES PLEASE COME FORWARD

I'm going to throttle my younger brother, he changed my phone language to Russian and I
can't change it back

my bro used my toothbrush to clean his trainers. i am going to bury him in the garden (mum
has vetoed this)

Siblings are the reason crime exists I'm convinced. She finished the Nutella and put the
empty jar BACK in the cupboard.

My cousin who lives with us keeps taking my laptop charger to his room. One day they'll find
him tangled in it and they'll know it was me. Kidding. Mostly.

my big sister spoiled the ending of the book i was reading. revenge is being plotted. it
involves her diary and the family group chat

i'll kill him. i'll actually kill him. he recorded me singing in the shower and played it at
dinner. my nani LAUGHED

My brother's dead meat when he gets home. He let the dog eat my retainer.

If my sister touches my makeup again I'll put her in the washing machine lol she's 6 tho so
it'd be a lot of effort

Stepbrother ate the last Yorkshire pudding on purpose while making eye contact. We are at
war. I have already hidden the TV remote.

me and my sister have been fighting over the bathroom for 40 minutes. one of us will not
survive this morning. it will be her
""",
    ),
    (
        "benign",
        "killing_me_exams_commute_sport",
        """
this homework is killing me. 4 pages of chemistry for tomorrow

Leg day killed me. I can't walk down stairs. I'm typing this from the floor.

The commute from Hemel into London is slowly murdering me. Two hours a day on a train that
smells like crisps.

organic chem is murdering me and honestly it's winning

these shoes are killing my feet, 6 more hours of work experience in them

Preseason is killing us. Coach had us do hill sprints till three of the lads puked. Legs are
jelly. Can you explain aerobic vs anaerobic for my PE exam lol

revision is literally killing me i've done 9 past papers today and my brain is soup

This dissertation is going to be the death of me. 12,000 words and I've written 3,000. Could
you help me structure the literature review?

Ugh, this cold is killing me. Sniffing my way through driving theory practice tests

The driver on the 57 is trying to kill us all, he takes the big roundabout at 40 every
single time

ms taylor's essay deadlines are gonna kill me one day, three in one week???

my braces are KILLING me today they just tightened them and i can only eat soup. soup and
tears.

The suspense of waiting for my results is killing me. Uni offers should come through next
week.

statistics killing me softly. with his song. no but seriously what's a p value

Marathon training is going to be the end of me. 30k this morning and I'm 41. My knees are
filing a formal complaint.

The cold in this exam hall is killing me i cant even hold my pen properly

Y'all this railway waitlist is killing me, still WL 14 for tomorrow's train home

Commuting on the M50 will kill me before I'm 30. Ninety minutes to go nine kilometres this
morning.

the stitch in my side during cross country nearly finished me off lol, came 3rd last but i
didn't walk!!

my back is killing me from carrying all my textbooks, why do we need 6 different books for
one double period
""",
    ),
    (
        "benign",
        "dead_laughing",
        """
💀💀💀 my teacher just said "yeet" unironically

I'm DEAD. My dog stole the turkey off the counter while we were saying grace.

crying laughing, my friend said "pacific" instead of "specific" in her presentation, the
teacher said "like the ocean?" and she said yes

LMAOOO im deaddd my brother fell in the pond trying to take a selfie with a duck

i just choked on my water reading this meme, i'm actually dead, rest in peace me

Physically deceased 😭 my prof's cat walked across his keyboard and unmuted all 200 of us mid
lecture

Autocorrect turned "revision" into "revolution" in my dad's text and now he thinks I'm
starting a coup. I can't breathe.

killing myself laughing at the substitute who thought we were year 7s

omg i died. my sister's boyfriend called my mum "bro" at the dinner table

dead 💀 he said "i'm not a morning person" at 2pm

Haha I'm wheezing. My nan sent a voice note to the family chat that's just her swearing at
the microwave for two minutes

the caretaker slipping on the ice and then doing a full bow for us... i'm gone, i'm
finished, bury me

LMFAOOO my gran just asked alexa to "please and thank you turn off the lights"

Our Sanskrit teacher said "ok boomer" to the principal by accident. Entire class is dead.
Pray for us, tomorrow we will all be in detention.

okay i actually died. my best friend tried to flirt by saying "nice shoes" and the guy was
wearing crocs

ahahaha i'm dead i'm dead, the school's insta posted a pic of the head with a filter that
gave him dog ears

rip me, death by laughter. my housemate tried to make toast under the grill and set off the
alarm for the entire building at 3am

he said "i'll be there in 5" and showed up 45 minutes later holding a Greggs bag. i cannot.
i am expired.
""",
    ),
    (
        "benign",
        "caps_stretched",
        """
I'M GOING TO DIEEEE THE TEST IS TOMORROW AND I HAVEN'T EVEN OPENED THE BOOK

KILL MEEEE i have to do a solo in the school show

noooo my tamagotchi died im going to dieeeeee too

AAAAAAAAA I HAVE TO GIVE A SPEECH AT MY SISTERS WEDDING ON SATURDAY I'M GOING TO PASS AWAY

somebody end my suffering, 4 hours of spanish verb tables 😩

kill me now!!! parents evening tonight and my form tutor HATES me

i wanna dieeee i just spilt milk in my keyboard

I'm gonna jump off a bridge if this lasagne burns again. Third attempt. Cooking for my
girlfriend's parents tonight and I am a wreck

DEADDDD i got a 9 in english lit i'm crying i'm so happy

pls kms my mom put my report card on the fridge with a magnet that says "try harder"

ngl im about to yeet myself out the window this geometry proof makes zero sense. can u
explain it

shoot me in the face, my karaoke clip is on the school's facebook page
""",
    ),
    (
        "benign",
        "rather_die_than",
        """
I'd sooner be eaten by wolves than sit through another team-building away day.

id rather be dead in a ditch than wear the PE skort they gave us

Honestly, death would be preferable to reading out my French oral in front of the class, but
here we are. Can you check my pronunciation notes?

If I have to eat one more canteen lasagne I'll walk into the sea

I'll throw myself into the Thames if my flatmate plays Mr Brightside one more time tonight

Rather get hit by a bus than tell my parents I dropped further maths. Ok not really. But
will you help me write the email?

I would rather perish than phone the dentist. Why can't you just book online

i'd honestly rather be buried alive than go to my cousin's gender reveal

Put me in the ground before you make me do the bleep test again

I'll die on this hill: pineapple belongs on pizza.

I would literally rather die than be seen in the minibus with the teachers' playlist on
""",
    ),
    (
        "benign",
        "long_hyperbole",
        """
Okay, so today was a disaster. First my alarm didn't go off, so I missed the 7:40 and had to
get my dad to drive me, which meant listening to his terrible radio station. Then I realised
in registration that I'd left my art coursework on the kitchen table. My art teacher is
going to actually kill me, she's given me two extensions already. At lunch I dropped my tray
in front of the whole canteen and got a round of applause. I just want to crawl under my
duvet and die for a bit. Can we do Spanish listening practice so at least one thing goes
right?

Day 4 of the residential course and I am dying. We're up at six for "mindful walking" and
then it's eight hours of modules on procurement. The food is beige, the beds are plywood and
the wifi only works next to the fire extinguisher. My manager promised this would be a nice
break. I'm going to throttle her when I get back, lovingly. What's the difference between
open and restricted tendering? The handout is unreadable.

my life is over lol. so basically i was messaging my friend about how boring the science
teacher is and i sent it to the class group chat instead and HE'S IN IT because he set it up
for homework reminders. he replied with a thumbs up. a THUMBS UP. i'm never going to school
again, i'm going to move to wales and become a sheep farmer. ok but seriously what do i say
to him tomorrow

Right so my sister has taken my car without asking for the third time this month, and
brought it back with the fuel light on and a parking ticket on the windscreen. I'm going to
murder her. I'm going to dig a hole in the back garden. I'm going to tell Mum, which is the
real punishment honestly. Meanwhile I've got a contract law assignment due tomorrow, what
does consideration mean?

Term is killing me. I'm teaching full time and doing my master's on Wednesday nights, and my
own kids think I've moved out. Last night I fell asleep on the sofa with a highlighter in my
hand and woke up with a yellow stripe on my cheek. My eldest said I looked like I'd been
attacked by a bee. I'm fine, just tired, the good kind. Could you help me find a clearer way
to explain my methodology chapter?

The match yesterday honestly nearly killed me. We were two down at half time and the gaffer
gave us a rollicking that could strip paint. Came back to draw 2-2 with a header in the 90th
minute and I swear I blacked out from joy. Legs are dead today, I can barely lift my bag. I
need help with an essay on the Industrial Revolution, 800 words by Friday.

So I got to the exam and realised I'd revised the wrong paper. Paper 2 not paper 1. I sat
there for a good minute wishing a comet would hit the sports hall. Then I just wrote
whatever I could remember. I think I'll pass? Maybe. Mum will go spare if I don't. Can you
help me plan for the resit just in case

I've been locked out of my flat in the rain for an hour, my phone is on 3% and my landlord
isn't answering. If I die out here tell my plants I loved them. Actually the neighbour just
let me into the hallway so I'll live. While I wait, what does APR mean on a credit card?
""",
    ),
    (
        "benign",
        "so_dead_trouble",
        """
i'm so dead, i forgot to feed my sister's fish while she was on holiday and it's floating

Im dead dead. Left my sports kit on the bus and it's got my name sewn in everything

We are so dead. The whole group forgot the presentation was today and not next week

If sir checks the homework tomorrow I'm a dead man walking

i am SO dead my dad just saw my screen time. 11 hours

Dead woman walking. I told my boss the slides would be done Friday and it is now Monday.

im finished. done. over. my mum found the letter about my detention that i hid in my sock
drawer

I'm toast. Locked my keys in the car at the training ground, and my coach is the one who has
to drive me home.

RIP my social life, my mum just joined tiktok and followed me

i'm cooked bro the teacher just said the test is on everything since september

pray for me, I'm going to be murdered at dinner. I told my grandad his homemade wine was
"interesting"

The dog chewed my brother's AirPods and he thinks it was me, I'm a goner
""",
    ),
    (
        "benign",
        "food_pets_misc",
        """
This vindaloo is killing me, my mouth is on fire and my eyes are streaming, worth it though

if my flatmate eats my yoghurt one more time I'm calling the police. The yoghurt police.

just died on the last hill of parkrun. resurrected for the finish line photo tho

My crush said hi to me in the corridor and I died, I'm a ghost now, ghosts don't have to do
homework right?

We got absolutely murdered in the debate final lol, the other team destroyed us. How do I
write a better rebuttal for next time

the chilli challenge at my mate's birthday nearly killed me. i cried actual milk.

killed it in my driving test!!! passed first time, zero minors

if i see one more pumpkin spice thing i'm going to scream into a pillow and then lie down
and die

Heat's brutal today, my ice lolly died before I did
""",
    ),
    (
        "self_harm",
        "not_drama_this_time",
        """
i know i say i'm dying like ten times a day about homework. this isn't that. i actually
don't want to be alive anymore and there's nobody here i can say it to

Everyone in my house says "I'll kill myself" as a joke, so when I said it last night nobody
looked up. I wasn't joking. I've thought about doing it every night this week.

not being dramatic this time. i want to die. like properly. i've stopped seeing the point of
waking up

I used to say "kill me" when the bus was late. Now I say it in my head in the shower and I
mean it. I don't know when it changed.

i'm dying lol. except not lol. i've been thinking about ending it and i'm scared of how calm
i feel about it

This isn't me being extra like when the trailer came out. I genuinely want to go to sleep
and never wake up, every night, for months now.

my friends think i'm being funny when i say i want the ground to swallow me. what i want is
a lot worse than that and i want it soon

I'm an adult on a night course and I usually joke that the assignments will be the death of
me. Not tonight. I've been sitting in the car outside college working out how I'd do it.

u know how i always say im going to kms over exams. i've written a note this time. its in my
drawer

I used to laugh when people said they were "dead" from a meme. Now I actually want to be
dead and it's not funny and I can't stop thinking about it

Mum says I'm a drama queen. Maybe I am. But I've decided this weekend is when I die, and I'm
telling you because I can't tell her.

please dont think this is one of my jokes. i want to die tonight. i mean it

i caps lock everything so no one takes me seriously. so here's lowercase. i've planned my
suicide, down to the night.

Honestly not exaggerating for once, I'd rather be dead than keep going like this and I've
started looking up ways. That scares me more than anything.

When I said "I'm dead" in the chat everyone sent skull emojis back. I meant I'm done living.
I've stopped eating and I've been giving my things away.

I know I always moan that the commute is killing me. The truth is I've been standing right
at the platform edge on purpose, and one morning I don't think I'll step back.

Bro I'm serious this time, no lol. I want to die. I'm tired of everything, not just school.

"i'll die if i fail" - i used to say that as a joke. i failed. and now i really want to

I'm the funny one in my friend group, I make jokes about wanting to die constantly. Nobody
knows I've actually tried before and I'm thinking about trying again.

i said id rather be dead than go back to school monday. i wasnt being funny. i've got a plan
for sunday night
""",
    ),
    (
        "self_harm",
        "lol_covering_plan",
        """
lol i've been saving up my mum's sleeping pills just in case 💀 anyway can we do the history
essay

haha so i'm going to kill myself after results day lol. but first help me with this question

I'm dead lol 💀 ok not yet but I've written my goodbye texts and scheduled them to send at
midnight

lol if i fail this test i'm jumping off the multi storey. i already checked the stairwell
door's unlocked

ahaha ok so i took like 20 paracetamol after school. is that bad. lol

lol i've typed "i'm going to kill myself" in my notes app so many times it autocompletes
now. also i've picked the date. it's friday

haha imagine if i just didn't wake up tomorrow. i've made sure i won't, i've got everything
ready

funny story, i was going to do it last night but the dog barked. lol. tonight then

lmaooo ok so don't freak out but i cut deeper than usual and it won't stop bleeding

lol my exams are killing me. literally, i'm going to take all my dad's heart pills tonight

im fine lol 🙃 just sitting on the railing of the bridge near school, it's weirdly peaceful
up here

💀💀 i mean that literally this time, i've decided. my friends will think it's another joke
till monday

Hahaha my life is a joke so I'm ending it. I've got the rope in my wardrobe. Anyway what's
7x8 lol

lol goodbye forever. not even kidding, i've swallowed everything in the medicine cabinet.
wanted one person to hear it from me

lmao i've been rationing my antidepressants so i have enough to take all at once. school
can't kill me if i get there first

xD i keep joking about dying but i've actually been standing on the balcony for like 20 min
now deciding
""",
    ),
    (
        "self_harm",
        "embarrassment_meant",
        """
everyone saw the video. the whole school. i don't want the ground to swallow me, i want to
die, and i've already worked out the way

Since the photos got shared I haven't gone back to school. "Dying of embarrassment" was a
joke before. Now I honestly want to stop existing and I've been hurting myself every night.

My results came and they're so bad. I used to say my mum would kill me. I think I'll save
her the trouble tonight.

failed my resit. i keep saying i'm dead but i'm going to make it true. i've been looking up
the train times

I got dropped from the team in front of everyone. The coach said I was a waste of space.
I've been cutting again and last night I thought about going much further.

the group chat screenshot went round. people are sending me rope emojis. maybe they're
right. i've got stuff hidden in my room for it

My parents saw my report and my dad said he was ashamed of me. I know kids say "my dad's
gonna kill me" but I'll be dead by my own hand before his car pulls in at 7.

I'm so embarrassed I can't breathe. Not the funny kind. I want to die and I have the pills
in my bag right now.

I wanted the floor to eat me in assembly. Then I went to the toilets and hurt myself with my
compass. I'm still in here. I don't want to go back out.

After what happened at the party everyone's laughing. I'm not laughing. I'm going to end it
before Monday.

i flunked out of my course and my family don't know yet. the thought of telling them is
killing me, and honestly i'd rather die, and i've been thinking about how

I keep replaying the presentation where I froze. It's been two weeks. I've started burning
myself to make the replaying stop.
""",
    ),
    (
        "self_harm",
        "killing_me_meant",
        """
This course is killing me and I think I want it to. I've stopped taking my meds on purpose.

the training is killing me. coach makes me weigh in every morning and i've been starving
myself and honestly i hope my heart just stops

Revision isn't what's killing me, it's me. I've been cutting every night since January and
tonight I want to go deeper.

Work is slowly murdering me, I used to say. Now on the drive home I think about steering
into the wall at the bend. Yesterday I nearly did.

i'm so tired lol. like tired of being alive. i've been giving my stuff away to my friends
and they think it's cos i'm nice

Everything is killing me. School, home, my own brain. I'm not being dramatic, I've looked up
how many of my tablets would be enough.

I know I'm always moaning that this dissertation will be the death of me. I've decided it
will be. I've stockpiled my prescription and I'm taking it all after I submit.

my legs are dead from training, my brain is dead from school, and i want the rest of me dead
too. tonight.
""",
    ),
    (
        "self_harm",
        "caps_meant",
        """
I WANT TO DIE AND I'M NOT JOKING THIS TIME I HAVE THE KNIFE IN MY ROOM

TONIGHT IM KILLING MYSELF. i know i always type in caps. this is different

KILL MEEEE. no actually. i want to be gone. i'm on the roof of the flats

i'm dyinggggg lol jk. no not jk. i took them all. just dont let my mum find out from you

ENDING IT TONIGHT. NOT A MEME. GOODBYE

pls kms. i mean it. the pills are right here and i'm taking them when everyone's asleep
""",
    ),
    (
        "self_harm",
        "rather_die_meant",
        """
I say "I'd rather die" about everything. Group work, the dentist, PE. But tonight I'm
sitting on my bed with a blade and I'm not saying it about anything small.

My friends joke "walk into the sea" about everything. I've been down to the beach every
night this week and last night I walked in up to my waist. I don't think I'll turn around
next time.

i'd rather be dead than go back to that house and i've got the tablets in my coat pocket.
i'm not going home

Rather die than face tomorrow, and this time I mean literally. I've written letters to my
mum and my sister.

I'll throw myself off the bridge, I told my flatmate. She laughed. I wasn't joking, I walked
there afterwards and stood for an hour.

Sorry my english. I say "kill me" in joke to my classmates, but in real I want to die. I am
far from my family and I have plan to do it this week.

Mujhe ab jeena nahi hai. sorry i mean i don't want to live anymore, and that's not my
dramatic side talking. I've taken something from the shed and hidden it in my bag.

Abeg no be joke this time. I wan die. I don tire for this life and tonight na the night.

Naw this isnae me being a drama queen. I'm done. I've been staying up planning how to go and
I've picked the day.

I'm 34, doing an access course, and I joke with the younger ones about the essays killing
me. I came home tonight and realised I've been planning my death for a month and it's nearly
finished.

🙃🙃 yeah so "ground swallow me" is cute. what i want is to not exist and i've started cutting
my thighs where no one will look

"dead" is what i type when something's funny. i also want to actually be dead, and i've had
my mum's razor blades hidden for a week
""",
    ),
    (
        "self_harm",
        "fandom_sibling_weather_meant",
        """
The band broke up and I know people will say it's just a band. They were the only thing
keeping me here. I'm going to end it tonight.

everyone says "i'll die if they cancel it" as a joke. it got cancelled. i'm going to kill
myself. that show was the only reason i got up

My favourite youtuber died and I keep saying I want to go with him. I'm not being edgy. I've
been looking at how.

i'm on the floor crying and it's not the fun kind like when the album dropped. i want to die
and i'm holding scissors

I said I'd die if I didn't get tickets and everyone laughed. I didn't get them. It isn't
about the tickets. Nothing is worth it anymore and I've saved up my tablets.

my sister says she'll murder me when i take her stuff. she doesn't need to, i'll do it
myself tonight. i've been hurting myself for months and i'm done

My brother keeps saying "just kill yourself" when we fight, like it's nothing. Tonight I
think I'm going to. I've got everything in my school bag.

My mum's going to kill me when she finds out, everyone says that. I'm planning to be gone
before she finds out anything.

It's so hot and I'm so tired. Not heatwave tired, tired like I want to die. I keep thinking
about walking into the river by our house.

I'm bored to death, I used to say. Now everything is grey and I just want to be dead and I
keep looking at the pills in the cupboard.

Freezing to death at the bus stop wouldn't be the worst thing, I thought tonight, and then I
realised I meant it. I've been out here three hours and I'm not going home.

My train was late again and I stood at the edge and thought about how easy it would be. Not
a joke. I've done that every morning this week.
""",
    ),
    (
        "violence",
        "sibling_real_plan",
        """
My brother's getting killed, by me. Not like a joke. He hit my mum again and when he's
asleep tonight I'm taking the big knife from the kitchen.

everyone thinks i'm exaggerating when i say i'll murder my stepbrother. i've hidden a hammer
under my bed and i'm doing it when mum's on nights

i said i'd strangle him with the charger cable lol. i'm not lol-ing now. he touched my
sister and i'm going to make sure he never does it again, friday when dad's away

My sister stole from me for the last time. I've got my dad's gun out of the cabinet and I'm
waiting for her to come home.

my brother's dead meat. not a figure of speech. i'm going to stab him when he comes in from
football

im going to end my cousin. he's been stealing and lying and hitting me. there's a bat by the
door and tonight he's getting it in the head

i always say i'll kill my brother over food. this time he broke my nose. i've got a knife in
my drawer and i'm using it when he's in bed

I'm going to throttle my stepsister, I told my mate, and he laughed. I'm not laughing, I'm
going to hold a pillow over her face when she's asleep tonight.

Mum thinks we're just scrapping over the Xbox. She doesn't know I've planned to push my
brother down the stairs this weekend. He'll find out what it feels like.

My brother keeps telling me to sleep with one eye open. He's the one who should. I've been
sharpening the blade from my craft kit and his door doesn't lock.

I'm gonna kill him, I told the group chat about my half-brother. They sent lols. Saturday,
when he's back from his dad's, I'm setting fire to his room with him in it.

if my sister tells on me again she's dead. and i mean dead. i know where dad keeps the rifle
key

I've joked about murdering my brother since we were kids. He's just been let out and he's
coming back to the house. I'm going to stab him before he can hurt mum again, the knife's in
my sleeve.

Sis thinks it's a joke when I say I'll drown her in the bath. I've decided I'm doing it
Tuesday when we're home alone.

my stepbrother's gonna be murdered tonight and it's by my hand, no lol, the hammer's under
my pillow
""",
    ),
    (
        "violence",
        "adult_real_threat",
        """
Coach always says he'll murder us if we lose. I'm the one who's going to do the murdering.
Tomorrow at 6am training I'm bringing my knife and he's first.

Mr Davies is going to end up dead and it'll be me who did it. I've got a blade in my blazer
for his period 4 lesson on Thursday.

i always joke my mum will kill me. now i want to kill her. when she passes out drunk tonight
i'm putting a pillow over her face

my stepdad is going to die this week. i've been putting stuff in his drinks to make him sick
and tonight it's going to be the whole bottle

I'm going to murder my maths teacher. Not figuratively. I know which door she leaves by and
I'll be waiting for her after school on Monday.

The supervisor thinks it's banter when I say I'll kill him. I've brought a knife to work in
my locker and when he starts on me at the end of shift he's getting it.

coach humiliated me in front of the whole squad. lol he's gonna get it. im bringing a bat to
saturday's match and going for his knees in the car park

my dad says he'll kill me if i'm late. i'm getting him first. his shotgun is hidden where he
won't look and i'm taking it out when he gets home at 11

im going to strangle my form tutor. genuinely. i've brought the cord in my bag and i'm
staying behind after registration

I know everyone says "teachers are the worst I'll murder them" but I actually am going to
hurt Miss Patel. I've got the big scissors from art in my pocket for her lesson tomorrow.

My oga said he'll kill me if I'm late. Let him try. I've bought a machete and I'm waiting
for him at the junction by his house tonight.

My landlord's been threatening us for weeks. Tonight I'm going round there with my brother's
knife and I'm ending this properly.
""",
    ),
    (
        "violence",
        "classmate_real_threat",
        """
I'm dying to see his face when I do it. Tomorrow lunch, behind the science block, I'm
bringing the knife I bought online and I'm going to stab Jake.

lol i'm going to kill everyone in my class tomorrow. not lol. i've got my uncle's gun in my
bag. stay home if you're in 10B

The lads who filmed me are going to be dead by Friday. I know their bus stop and I've got a
blade. Nobody laughs at me after this week.

bro im deadass gonna stab that kid at break. not a joke this time, it's in my sock

Murdered in the chat doesn't count. I'm going to actually murder her, in person, when she
walks home past the park tonight. I've been following her route all week.

im so dead lol - no. HE's dead. i've got the knife and i know where he'll be after football
at 5

The girls who made the video are going to wish the ground had swallowed them. I'm bringing
petrol to the sleepover on Saturday.

KILL HIM KILL HIM KILL HIM. tomorrow. period 3. he sits by the window and i've got the
hammer wrapped in my PE kit

dead from laughing? they'll be dead from me. i'm waiting at the school gate with my dad's
knife at 3:15

I'm going to make that ref pay. He ruined our season. I know which car's his and I'll be
waiting with a bat after the game on Sunday.

i want to murder my ex. not like "ugh i'll murder him" murder. i'm going round at midnight
and i've got a knife in my coat

He laughed at me for the last time. Monday morning I'm bringing the gun and starting with
the kids in the lunch queue.

Everyone said I'd die of embarrassment after the assembly. Someone else will die instead.
I'll be in the east corridor at 10 tomorrow with a blade and I'm going for Dylan.

ngl im done w that teacher. gonna jump her in the car park after school w my cousin's knife.
thursday

My flatmate keeps stealing my food and I've had it. I've put rat poison in the curry I'm
leaving in the fridge for him tonight. I want him dead.
""",
    ),
    (
        "violence",
        "caps_meant",
        """
I'M GOING TO KILL HIM. I MEAN IT. 3PM TOMORROW AT THE PARK, I'VE GOT THE KNIFE

IM GONNA MURDER MY SISTERRRR and this time it's real. she's asleep and i've got the scissors

lol im literally going to kill mr evans. got the knife in my bag, lunchtime

STRANGLE HIM STRANGLE HIM. i'm outside his house now. he comes out at 7 for the bus

murdering him tonight 💀💀 not a meme, i've got the hammer, he's on the night shift and walks
home alone

he's so dead lmaooo. no actually he is. i've got the bat and i'm going round his after
dinner

lmaooo ima kill himmmm. fr tho, he's getting stabbed tomorrow at the bus stop, i've had the
blade in my bag since monday

She's deadddd 💀 she just doesn't know it yet. I'm waiting outside her work with the knife at
5:30

i could murder my coach lol. and i'm going to. crowbar's in the boot and i'm going for his
head at the away game tomorrow
""",
    ),
    (
        "violence",
        "sport_commute_neighbour_meant",
        """
We always talk about murdering the other team. But I'm serious about the keeper from
Ashfield. Saturday after the match I'm waiting by his car with a crowbar.

That streamer mocked me live and I've found his address. Killing him in game was a joke. I'm
driving there this weekend with a knife.

The kid who beat me in the final keeps posting about it. I'm going to break his legs before
the next tournament, I've told my cousin to bring the bat on Thursday.

My sparring partner keeps dropping me and laughing. Next session I'm bringing a blade in my
glove bag and he leaves the gym on a stretcher.

The bus driver who keeps leaving without me is going to pay. Tomorrow morning I'm getting on
with the knife and he's not driving anywhere.

"I'll kill the next person who shoves me on the Tube," I always say. Tomorrow I'm bringing
something to do it with, it's in my bag now.

Neighbour's dog barks all night and I've joked about murdering him for months. I've bought
what I need and I'm going over after midnight to end him and the dog.

The man upstairs who keeps banging on the ceiling is going to get what's coming. I've got a
hammer by the door and I'm going up at 2am when he's asleep.

Every day on the school bus the year 11s crush me. Friday I'm taking a knife from home and
whoever touches me first gets it.
""",
    ),
    (
        "violence",
        "embarrassment_revenge_meant",
        """
The guy who pantsed me in PE made me want to die. Now I want him to. I've got a knife and I
know he stays late for detention on Wednesdays.

They laughed when my voice cracked. Let's see them laugh with broken faces. Me and Ty are
jumping them with bats behind the leisure centre at 4.

I was so embarrassed I wanted to disappear. Now I want them to disappear. Tomorrow I'm
taking my dad's pistol into assembly.

She put my diary on the smartboard. I'm going to burn her house down tonight while they're
sleeping, I've got the lighter fluid.

everyone at work heard him call me thick. i'm waiting for him in the car park with a tyre
iron when his shift ends at ten

Rather die than let him humiliate me again. Rather he died, actually. I've got a knife taped
under my desk and I'm going to use it in Friday's meeting.
""",
    ),
    (
        "violence",
        "partner_group_meant",
        """
My husband jokes that I'll kill him for leaving his socks about. After last night I'm going
to. When he's asleep I'm using the kitchen knife.

My ex said I'd be dead if I left. So I'm making sure he's the dead one. I'm going round
tonight with my brother's gun.

lol my girlfriend thinks i'm joking when i say i'll strangle her. i'm not. i've planned it
for when her parents are away next weekend

I'm going to run my ex over. He walks to the gym at 6 every morning and I'll be in my car at
the corner.

Just so you know, don't come to sixth form on Monday. I've had enough of them all. I've got
what I need and I'm doing it first period.

i'm going to kill everyone at the party tonight, the ones who laughed. not a joke, i've got
a knife and a lighter and i know the house

Kill em all lol. the year 9s are getting it tomorrow. i've hidden stuff in the changing
rooms
""",
    ),
    (
        "concern_for_other",
        "friend_joke_not_joke",
        """
my friend always says "kms lol" about homework but today she sent me a pic of pills lined up
on her desk with "lol" and now she's not answering. what do i do

My mate jokes about dying every day, but last night he gave me his PS5 and said he won't be
needing it. I'm frightened it wasn't a joke.

My little brother says "I'm going to kill myself" when he loses at FIFA. Tonight he said it
quietly and then asked what happens to people after they die. Should I be worried?

one of my learners writes "i want to die lol" in the margins of his essays. usually it's
about deadlines. this week he wrote how and when. I'm a tutor on an adult course, who do I
tell

my best friend keeps saying "dead 💀" like everyone but today she said she's really going to
be dead by the weekend and she's said goodbye to her cat. i can't tell if it's a joke

My sister always says "Mum's going to kill me" but she's been hiding bruises and tonight she
said she'd rather be dead than go home. I think someone's hurting her.

my friend said "i'll kill him lol" about her brother, which she says all the time. but she
showed me a knife today and said she's doing it tonight. should i tell someone

There's a lad in my class who's always joking about shooting the school up lol, everyone
laughs. Today he showed me a photo of a real gun in his bag. What do I do

My girlfriend texted "lmao i'm on the bridge" and then nothing. she does joke about things
like that but she's been really down. she's not picking up

my flatmate always says he'll murder his ex. tonight he went out with a bat and said "she'll
see". I don't think he's joking this time

My son is 14 and he and his friends say "kms" about everything. But I found a note in his
room addressed to us and I can't tell if it's a joke.

my friend posted "ground swallow me pls" on her story and everyone replied laughing. but she
dm'd me that she's cut herself really badly and she's scared

Our group chat joke is "see you in hell" but my mate Sam just sent it with a picture of his
dad's rifle and the word tomorrow. He's not answering.

My cousin says she's "dying" of heat like everyone, but she's stopped eating and drinking on
purpose and she fainted at training. She says she wants to disappear. How do I help?

teammate keeps saying the coach will be the death of him. last night he said he's got pills
and he's done. i'm 15 and no clue who to go to

A girl in my year wrote "i'm dead lol" under a meme and then messaged me privately that
she's taken loads of tablets. I don't have her address.

My brother says he'll kill our stepdad all the time when they argue. Today he asked me when
the stepdad's shift ends and took the knife from the block. I'm scared.

My friend jokes that her mum will murder her. Yesterday she came to school with marks on her
neck and said it wasn't a joke anymore.

mi amiga always say she want to die when we have exam, is normal joke. but now she say she
have a plan and she give me her favourite necklace. I am worry

My colleague on the nursing course keeps laughing that she'll "just take the whole drug
trolley". Today she told me quietly she's been taking meds from the ward and keeping them at
home.
""",
    ),
    (
        "self_harm",
        "exam_commute_sport_meant",
        """
everyone moans that the mocks are killing them. mine actually will. i've got a bottle of
pills saved for the night before maths paper 1 and i'm not turning up to it

Coach says preseason will be the death of us, ha ha. I've been running till I black out on
purpose, hoping one day I just don't get up. Tomorrow I'm going to run without water in the
heat till it happens.

i always tell my mates the 6am bus is killing me. what i don't tell them is i've been
planning to step in front of it. monday, the stop by the chippy

Swear down this isn't banter. I'm done with uni, done with everything. I've booked a hotel
room for Friday and I'm taking everything I've saved up there.

My mam always shouts she'll murder me for my grades. I've written her a letter saying sorry.
I'm going to be gone before the results come out on Thursday.

its so hot lol im dying. no seriously i've been sitting in the locked car for an hour with
the windows up on purpose and i'm not getting out

ugh kill me. actually i will. got my brother's razor and i'm locking the bathroom door as
soon as everyone's gone to bed

I'll never live this down, I said after the recital. I don't intend to. The letters are
written and I've got the tablets ready for tonight.

Bored to death of being me. I've got a blade in my pencil case and I've been cutting in the
toilets at break every day, and today's session is meant to be my final one, for good.
""",
    ),
    (
        "violence",
        "food_charger_meant",
        """
It's not about the pizza anymore. My brother's been beating me for a year and tonight when
he comes in I'm hitting him with the iron till he stops moving.

My flatmate took my charger again, and I'm not kidding when I say I'm going to strangle him
with it. He's asleep now and the cable's in my hand.

I told my sister I'd murder her if she wore my dress again. She did. I'm putting bleach in
her drink at breakfast tomorrow.

lmao my cousin's gonna regret eating my food, i've got a knife under my pillow and i'm going
in when the lights go off

My stepmum keeps laughing that I'll kill her one day. Saturday when dad's at the match I'm
going to, I've hidden the hammer in the shed.

the kid who stole my lunch every day is getting stabbed tomorrow lol. fr. the knife is
already in my blazer pocket

The lads in my year call it "murdering" someone when they win at FIFA. I'm going to properly
murder Kyle. Friday night, the underpass, my dad's machete.

Dead serious. My brother's dead tonight. I've been waiting for him to fall asleep on the
sofa and I've got the bat.
""",
    ),
]
