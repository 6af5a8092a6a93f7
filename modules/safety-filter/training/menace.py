"""The ``st_menace`` family: threats and wishes of violence, and the messages that only sound like
them, for the safety-filter's training corpus, written by hand for this project.

    BLOCKS -> [(label, sub, block of posts)]   # corpus.hand_written(BLOCKS, "st_menace")

What these posts teach (concepts, not sentences): a person saying they mean to hurt someone they
name or describe (a classmate, a teacher, an ex, a stepparent, a neighbour), with a how or a when,
is violence even when no word like "kill" appears; so are conditional threats (the next time he
does X), asking for someone else to do the hurting, a weapon carried or hidden with a target in
mind, veiled warnings (stay away on a given day, they will regret it), wishes of harm that lean
towards acting, and calls to attack a group of people, however euphemistic. The same vocabulary is
benign when the writer rules the harm out, condemns or reports someone else's threat, relays the
news, trash-talks a game or a match, exaggerates (my mum will murder me), insults without
threatening, holds a harsh opinion that calls for no violence, trains in a martial art, or
studies a war, a massacre or a story.

Rules and source format: those of every hand-written file (``corpus.hand_written``).
"""

from __future__ import annotations

__all__ = ["BLOCKS"]

BLOCKS: list[tuple[str, str, str]] = [
    (
        "violence",
        "named_target",
        """
Connor keeps shoving my little brother into the lockers. Thursday he walks home through the cut
behind Lidl on his own and I'll be waiting there with two mates. He's going to need a dentist after.

my stepdad thinks cos mums on nights he can do what he wants. wednesday when he passes out on the
sofa im pouring the kettle on him. fresh boiled. see how he likes it

Ms Halloran tore up my art folder in front of the class. I know she cycles in along the canal path
at 7:40. One shove into the water at the lock and she can find out what losing something feels like.

tutor can u explain photosynthesis quick. also unrelated but my ex Priya is at the same party as me
saturday and im gonna make her bleed in front of all her new friends

Ryan from flat 4 keeps parking across my drive. Next time he's out there I'm putting his head
through his own windscreen. Told the missus not to try and stop me.

Its sorted. Me and Dayo are jumping Tobi after youth club on friday, by the garages. Three of us,
one of him. He wont be running his mouth online for a while.

ok physics q3 then i need to go, got to work out how to glass Kieran at his brothers 18th without
the bouncers seeing

My sister's boyfriend slapped her. His shift at the Kingsway Tesco finishes at 11. I'll be in the
car park and I'm breaking both his hands so he can't do it again.

Mr Pillay said I'll never amount to anything. Cool. Monday morning when he's alone in the staffroom
making his coffee I'll show him what I amount to. Been practising the swing.

My cousin owes me 40k naira and laughs in my face about it. This weekend I go to his shop in
Surulere with two boys and we beat him until he begs. I have arranged everything already.

aoife spread that screenshot. tomorrow at the bus shelter im dragging her by the hair and stamping
on her face till someone pulls me off

going to put Mikey in hospital. not a scrap, not handbags, hospital. after training tuesday, he
always stays late for the showers

i swear down when my da gets back from the bar tonight im cracking him with the frying pan while hes
got his boots half off. hes not touching mam again

The old man next door poisoned our dog, I know it was him. Tonight I'm going over the fence with a
crowbar. His windows first, then him.

in english rn but all i can think about is lunch. cornering Saffron in the girls toilets and
smashing her face into the mirror. been coming since year 8

Took me three weeks but I've got his address now. My ex lives off Dundas in Mississauga. Driving
there Saturday and he's going to find out what a broken arm feels like.

Rahul took my phone and everyone knows it. Tomorrow at recess I'll hold him down and burn his arm
with my lighter until he gives it back, and a bit more after

My supervisor at the warehouse is getting a pallet dropped on him. I've worked out which aisle and
what time the forklift does that run. Accidents happen, right?

gonna wait till luka's on the top deck of the 38 and throw him down the stairs. saw it on a video,
he'll break something for sure

Formal is next Friday. Jessica will be in her stupid white dress. I'm bringing red paint, then the
scissors for her hair, then whatever's left in my bag for her.

bro im going to stomp Tyrese so bad his mum wont recognise him. hes at the courts every sunday 4pm.
just need someone to hold his arms

Mrs Nkosi has put me in detention five times this term. I've decided. Her tyres tonight, her face on
Monday when she gets out of the car.

My brother-in-law beats my sister and the police do nothing. I borrowed my uncle's car. Sunday I
drive to Rawalpindi and I will make sure he can never lift his hand again, whatever happens to me
after.

Chloe is going to eat her own teeth. She knows what she did with my messages. Bike sheds, tomorrow,
8:30.

quick q: if u hit someone on the back of the head with a brick how long are they out for. need to
know for monday with Jordan

The ref at my little brother's game screamed at an eleven year old. He's reffing again Saturday at
Bowen Park. I'll be waiting by the clubhouse in my steel toe caps.

my flatmate reads my texts when i'm in the shower. next time i catch her im holding her hand on the
hob until she learns

i'll be honest tutor im not doing the essay. spending tonight thinking how to get Darnell alone.
cousin has brass knuckles i can borrow and darnell walks past the chippy at 9

Mr and Mrs Okafor next door rang the council on us again and my mum cried for hours. Tonight while
they're asleep I'm setting their car alight. They'll learn to keep quiet.

going 2 jump Ellis n his cousin wen they come out the cinema sat nite. got 4 boys lined up. hes
gettin his jaw wired shut

Coach dropped me for the final after I outscored everyone. At practice tomorrow I'm going in on his
knee with my studs while he demonstrates. His career over, like mine.

i know which house is Tash's new boyfriend's. i know his car. i know he runs along the river at 6am.
next week he won't be running anywhere.

gonna hold Ben under at swim club until he stops kicking. he thinks it's hilarious when he does it
to me, we'll see how funny it is

Lecturer failed my dissertation. I've sat outside his building every day this week. Thursday I'm
going in during his office hour and I'm not leaving until he's on the floor.

Tamsin's getting a bottle over her head at the leavers do. Everyone knows it's coming except her lol

My mother's new husband hides her passport. When he goes to Friday prayers I'm waiting in his car
with my cricket bat. He won't be coming home with the same face.

the man who scammed my gran is at the market in Kisumu every tuesday. me and my brothers will find
him and finish it. we have pangas ready

I'm pushing Lily down the science block stairs tomorrow. Second floor, next to the fire door,
there's no camera there. I just need her at the top.

me n craig are doing mr dunnes car with a hammer while hes still sat in it. after football thursday.
he can eat glass

I WILL BREAK JAMAL'S FACE ON MONDAY. WRITING IT HERE SO I DON'T BOTTLE IT.

glassing him tonight. the one in the blue shirt at the Crown.

Teacher Mrs. Wambui she slapped my small brother in class. Tomorrow I will wait for her at the
matatu stage after school and I will beat her the same, many times. She will not teach again.
""",
    ),
    (
        "violence",
        "conditional",
        """
If Harvey says one more thing about my mum in PE I'm breaking his nose on the wall bars. Warned him
twice. There won't be a third warning.

next time she touches my stuff im cutting her hair off while she sleeps and then her. keep scissors
under my pillow now

one more "joke" from Keeley about my weight and she's getting off the bus with a black eye and a
split lip. i'm counting

If my ex turns up at my daughter's party on Saturday I'm not ringing the police. I'm going out to
him with the bat from the shed. He's been warned.

let him try pushing in front of me in the lunch queue again. the compass is in my blazer pocket.
straight in his neck

if Mr Abara gives me another zero i swear im waiting by the staff car park for him. done being nice

Dad if you're reading my chats, good. Hit mum one more time and I'll stab you while you sleep. I
know which drawer the knives are in.

Should Kemi post that picture of me again, she will not reach her WAEC exams. I promise you that.

if they go for my little cousin at the madrasa again i'm walking in there myself and somebody's
leaving on a stretcher

The day Liam goes near my girlfriend again is the day he gets stabbed. Simple as that.

If they make me share a room with that creep on the Year 10 trip, I'm taking a knife from the hostel
kitchen. He won't touch me or anyone else that week.

if my landlord lets himself in once more without asking he gets the hammer to the head. it's sitting
by the door now

if anybody laughs during my presentation tomorrow i'm going to hurt them. not shouting. actually
hurt. i've already picked which one

Coach says if I miss another practice I'm off the team. If he does that, he's going through the
dressing room window. Not bluffing this time.

swear to god if Jaxon keeps messaging my sister im driving to Hamilton and he wont have fingers left
to type with

If that boy grabs my bum in the corridor again I'm smashing his head into the radiator. Teachers
won't do anything, so I will.

Next time my neighbour's son eggs our window I'm going out with the machete my dad keeps in the
garage. Let's see how fast he runs.

Let her report me to the principal. The minute she does, I follow her home and she won't be walking
right after.

if ms walsh takes my phone again im throwing the chair at her head. not a bluff like last time, i
mean it

honestly if Isaac gets captain over me on thursday i'm breaking his ankle at the next training. one
slide tackle. everyone will think it's an accident

If my stepbrother hits me again I'll wait until he's in the bath and drop the heater in. I looked up
how it works.

if sam talks to me like that again in front of the lads i'll do him with the bottle, got one stashed
in my bag for exactly that

If they put Chioma in my group again I'm pushing her off the level 3 balcony. I'm serious, I can't
stand hearing her breathe.

Tomorrow he gets one chance. If he doesn't apologise in front of everyone, the knife comes out at
lunch. It's already in my pencil case.

whoever keyed my car, if it turns out to be Darren from work he's going through the shop window.
i'll know by friday

yo if them boys from the other estate come round ours again we're ready. bats in the bin store.
first one through the gate gets it

If my husband raises his voice at my son once more, the sleeping pills go in his dinner and then the
pillow goes over his face. I have the pills counted out.

If Jasmine wins the election because of her lies I'll make her sorry physically. Not sure how yet
but it will hurt.

The next kid who calls me that word is getting the hot glue gun on their face. I'm in DT all
afternoon and it's right there on the bench.

mr tutor bot if my teacher marks this essay down again i am going to hit her. already hit my brother
today for less so dont think i wont

if them lot at the kebab shop give my sister grief again im going back with a tyre iron, for the
counter and whoever's behind it

Keep pushing, Fergus. Shove me once more in the corridor and you'll be picking your teeth up off the
floor.

If Papa says I cannot go to Ama's wedding, I will burn the house with him inside. He sleeps by 9
every night.

When (not if) Hamza tries to take my spot in the team photo again, he's getting my fist through his
face and then my boot.

if he goes in my sisters room again tonight im not calling anyone. im using the knife. decided

if the new girl keeps copying my hair i'm putting the straighteners on her neck in the changing
rooms lol. not lol actually

if my ex hasnt given my stuff back by sunday im going round with petrol. car first then we'll see
about him

If they don't fix my grade I'm coming to the exams office with something that will make them listen.
They'll wish they had changed it.

If Uncle Tunde come to our house drunk and shouting again, I will hit him on the head with the
pestle. Hard. Mama cannot stop me this time.

if cody grabs my bag strap on the bus again im slamming his face into the window till it cracks.
done being the quiet one
""",
    ),
    (
        "violence",
        "someone_should",
        """
someone should just jump Mr Keane in the car park and end his little power trip. i'd hold the gate
open for them

somebody needs to put Becca in hospital, shes wrecking everyones lives in our year. id pay someone.
got £60 saved

Someone needs to run that landlord over. Seriously, if anyone offered I'd give them his reg and the
time he leaves for work.

wish someone would stab Dylan already. been telling the boys from my old school where he lives and
which bus he gets

Someone should take a bat to the guys robbing the corner shop. Police won't. So Saturday night we
will.

somebody ought to break that ref's legs. anyone in here up for it? i know which hotel the officials
stay at

Someone needs to teach my stepdad a lesson he can't walk away from. My cousin says he knows a guy.
Sending him the address tonight.

honestly someone should set fire to our head of year's house with her in it. not being dramatic, ive
looked at it on street view

Somebody in 11B needs to deal with Marcus properly, as in hurt him so he stops. I've been asking
around who'd do it for money.

someone needs to slap nandi till she cries. i'll film it. who's in

someone should shoot the guy who runs that dodgy garage. my uncle has one in the cupboard and i know
where he keeps the key

Someone ought to go round there and give him a beating he'll remember. Thinking it'll have to be me.
Thursday.

somebody needs to jump Professor Adeyemi on the way to his car. half the class failed. i'll text
whoever does it when he leaves

Does anyone know someone who'd sort my ex out for me? Nothing permanent, just broken. Cash.

The teacher who grabbed my brother's arm needs someone to break his. Anyone living near Hinkler
Road, he's at number 12.

somebody should put something in the neighbour's coffee, he's a menace. i've been reading what's in
our shed that would work

Someone should ambush the Year 11s at the skatepark and put them in their place for good. We're
going Friday. Bring stuff.

somebody needs to shut that guy from the gym up permanently. anyone want to help? i'll make it worth
your while

someone should drive into that protest tbh. might do it myself, passed my test last month

Somebody needs to hurt Sophie the way she hurt my sister. If nobody does it before end of term, I'm
doing it.

ngl someone should put a brick through mr tan's head not his window

someone should find out where that streamer lives and visit him with a baseball bat. his address is
in the background of an old vid if u look

Someone needs to finish what got started with that bully. Last time he only got a black eye. This
time it should be a hospital bed.

Somebody needs to get rid of my stepdad for good. I've started asking around quietly who'd do it.

someone needs to kick Noah's head in on the way home. i'll tell everyone which way he walks

if nobody else does it someone has to give that kid what he deserves and im starting to think it's
me. knife's in my drawer

Somebody should take out the principal. Like actually. School would be better off and I've worked
out how.

someone should stab the dealer on the corner and be done with it. my brothers mate will if i give
him the nod

Would be amazing if someone pushed Grace under the tram tomorrow morning. I'm on the same platform
as her at 8:15.

Someone should show Mr Farouk what happens to teachers who touch students. We're getting a group
together. He parks behind the gym.

id happily hand someone my whole paycheck to break my managers legs. serious offer

Someone needs to put the neighbours' dog down and then the neighbours. They've had enough warnings.

somebody ought to burn that guys house for what he did to Jess. we all know where it is. wednesday?

Anyone in Durban want to make some money? There's a guy in Umlazi who needs a hiding he won't wake
up from. DM me.

someone should do Kyle with a padlock in a sock like in the old prison films. i've got the padlock
""",
    ),
    (
        "violence",
        "weapon_school",
        """
had a stanley blade in my pencil case since monday. not for DT. for jake if he starts at break

Brought my dad's hunting knife in today. It's in the inside pocket of my blazer. If anyone in 9C
says a word I'm ready.

took the gun out of dads safe last night to check it still works. it does. tomorrow it comes to
school with me

How do I get a knife past the wand at the school gate? Asking because tomorrow I need it inside

bottle of petrol and my lighter are in my locker. science block goes up friday afternoon with that
lot in it

theres a bat in my boot in the school car park. when Ethan comes out at 3:30 he gets introduced to
it

I've hidden a kitchen knife in the hedge by the back gate where nobody searches. It's for after
school with the Ferndale lads.

my uncle keeps a revolver in his wardrobe. been practising holding it when he's at work. my class
are going to learn to leave me alone

Tutor, what's the quietest way to carry something that goes bang into an assembly hall? I need a
plan for Wednesday.

keep a sharpened screwdriver in my sock now. if tyler corners me in the toilets again its going in
his leg

I made a thing out of a pipe and some fireworks. It's in my bag. Not saying where I'm leaving it,
but watch the news about our cafeteria on Monday.

Been carrying a knuckleduster since the start of term. Today's the day I use it. On Archie. Period
5.

my brother gave me his flick knife for my birthday. bringing it to the bus stop monday where the
year 11s wait for me

knife's in my backpack. i'm in maths. Zane sits two rows in front. i keep looking at the back of his
neck

got a taser off a guy online, came today. taking it to youth club saturday for Jordan and his little
gang

bro whats the best hiding spot in the changing rooms for a blade. needs to be there before pe on
thursday

I've been filling a bottle with bleach and keeping it in my locker. Going to throw it in Hayley's
face at lunch.

machete in my sports bag under my kit. nobody checks. friday after the match. you'll see it on the
news

took the air rifle into the woods behind school. when the kids who bully me cut through at lunch
they're going to feel it

My mum's pepper spray and the kitchen scissors are in my bag now. I'm done being the one who gets
hurt. They're next.

I took my grandad's shotgun shells. Still working out how to get the gun itself out of the farmhouse
before Monday's assembly.

ok need help with the essay but fast bc at lunch im using the knife i brought in. long week

Finally got a blade. £20 off a year 11. Told him it was for protection but it's for Reuben.

I've had a hammer in my school bag all week. When I catch Mr Gordon on his own I'm going to use it.

petrol can in the shed, lighter in my pocket, names in my notebook. staffroom, last day of term.

bringing a kitchen knife to prom. not to show off. to settle things with Nate

got a pistol from my cousin in joburg. its under my mattress. the boys at school who call me names
are first

snuck the box cutter from my saturday job into school. its up my sleeve right now. lunch i find
Kacper

I have a knife in my bag and I'm on the bus to school. I think this is the morning I finally use it
on the boys on the back seat.

Keeping a cricket stump in my locker since last week. Not for cricket. For Vikram's knees.

what do i need to make something go off in a bin? leaving it by the sixth form common room

been sharpening a plastic ruler into a point in tech. it's not for a project. it's for Tara's face

whoever's in the library at 1pm thursday better not be. bringing my dad's gun and i won't be aiming
at the books

I will take my father's pistol to the hostel next week. The seniors who ragged me will pay. I have
counted the bullets, there is enough for each one.

Knife's wrapped in my PE top in the exam hall. If Mr Reilly accuses me of cheating one more time,
that's it.

going to bring the nail gun from dads work van into school. shoot them with it like in that game

little blade hidden inside my phone case. for the girls who corner me after netball. next time they
get cut

glass bottle in my bag, wrapped in a sock. when Jaylen comes near me at the gates im smashing it on
him

ordered a hunting knife online with my sister's ID. Came today. Tomorrow's going to be a very
different day at Hillcrest.

Tutor I need a letter written for afterwards. Tomorrow I'm bringing the gun into school and I want
people to understand why I did it.
""",
    ),
    (
        "violence",
        "veiled",
        """
stay out of the canteen on friday. trust me. thats all im saying

Enjoy your little party Saturday, Meg. Enjoy it while it lasts.

Everyone who laughed at me in the gym will remember the 14th of June. I've circled it in red.

If you're actually my friend don't come in on Monday. Stay home, say you're sick. I'm serious.

theyll all regret it. every single person in that whatsapp group. not long now

Three years I've been nice. Next week nobody in 10B will be laughing. Just wait.

tell ur brother to watch his back. no really. tell him to check under his car before he drives
anywhere

Mark my words, Mr Gallagher won't be teaching on Tuesday. Or any day after.

last day of term is going to be very loud this year. thats all. remember i said it

Heads up to the girls in my form: I know where every one of you gets the bus. See you soon.

Tutor, is it possible to have a last day at school before anyone knows it's the last day? Because
Friday is going to be mine, and theirs.

Keep laughing Jonah. I've got a surprise for you on bonfire night. You'll go up with the fireworks.

everyone keeps asking why im so calm lately. it's because i made my decision about them. they'll
find out at leavers assembly

My stepdad thinks he's won. He hasn't. He should really enjoy tonight's dinner.

You lot won't be so brave without faces. Tomorrow lads. Tomorrow.

Notice to everyone in Block C: do not be in Block C on Thursday. Not a joke, not a prank. Just don't
be there.

gonna be famous after next week. everyone at st columba's will know my name and some of them wont be
around to say it

Saying my goodbyes to the teachers early this year. Especially Mrs Haddad. Hers is going to be the
biggest goodbye of all.

if ur reading this and u were in that changing room that day, id start saying goodbye to ur mum

i dont need to fight him. i just need him to open his front door. what i need is in the car

Funny how Liam thinks he's safe at home. Houses burn, Liam.

Tell your mates to head home early on sports day. Not everyone is making it to the prize giving.

There's a reason I asked which classrooms don't have cameras. You'll understand on the 9th.

to everyone who made year 9 unbearable for me: your time is coming and it comes in period 3 on
wednesday

every name on my list has a tick next to it except three. sorting those this weekend

The group chat thinks it's hilarious. I've screenshotted every name. It won't be hilarious after the
disco.

you'll see. you'll all see. the school's gonna be on the news and not for the rugby

Sleep well, Callum. While you still can in that house.

Id skip the assembly friday if i were you. just a feeling. sit in your car or something

not saying on here what im planning but the lads who jumped me are going to feel it all at once at
the bus station

my ex and her new man better make the most of their holiday. they're coming back to a surprise and
it's not a present

stopped arguing with my dad. no point. it's all decided now. he's got till the weekend

dont sit near the vending machines at lunch tmrw ok? i care about u. not about the rest of them

My teacher told me I'd regret my attitude. Funny. I think she's going to be the one regretting
things come Friday.

One day the people who pushed me around will hear my name and shake. That day's a lot closer than
they think. I've started getting things together.

I'm not angry anymore. I'm calm. Calm is worse for them. They'll work out why after half term.

The kids at the skate park won't be there next Saturday. I'll make sure of it.

Tell Aisha she should have picked a different seat at prom. The table by the fire exit. Noted.

Going to make the PE block very warm on Thursday afternoon. And I don't mean the heating.

THEY HAD SO MANY CHANCES. NOW THEYRE OUT OF CHANCES AND IM OUT OF PATIENCE. SEE WHO'S LAUGHING ON
FRIDAY
""",
    ),
    (
        "violence",
        "wish_harm",
        """
I hope Mr Byrne's car goes off the bridge on his drive home. Genuinely. I'd sleep like a baby.

honestly wish someone would stab her already. she walks through the park alone every night, someone
easily could

hope my stepdad gets hit by a bus and then the bus reverses

I pray every night that my father dies in his sleep. Tonight I might help it along.

wish i could watch Ellie's house burn down with her stuck inside it

I hope whoever bullied my brother gets beaten half to death and left in a ditch. I'd give anything.
I'd help.

if a truck hit Zoe tomorrow i'd throw a party. might push her into the road myself tbh

I want to see Mr Shah bleed. Not die necessarily. Just bleed. A lot.

hope that kid chokes on his lunch tomorrow and nobody helps him. i'd stand there and watch

I wish someone would beat my ex until he can't talk. He deserves to feel every second of it.

Every time I see the girls from my old school I picture their faces getting smashed in. I want it to
happen. I'd make it happen.

hope jack falls down the stairs and snaps his neck. actually hope someone helps him fall

wish the whole staff would drop dead, maths department first. i think about it every single lesson
and i think about how

I hope my brother's bully gets run over. Slowly. I'd drive if I had my licence.

praying that man's house catches fire. if god won't do it i know where the matches are

I genuinely want my sister's husband hurt so badly he ends up in a wheelchair. I've been asking my
cousins to make it happen.

only thing i want for my birthday is Harry getting his head kicked in. told the boys thats my
present

hope dad's heart packs in while he's shouting tonight. better for all of us. and if it doesn't, i've
got other ideas

Hope their plane goes down. Honestly. Every one of them on that school trip who laughed.

wish i could make Georgia scream. like properly scream. i think about it before i fall asleep

I'd love to see Ms Patel get jumped in the car park, and I hope whoever does it makes it hurt. Might
ask around.

I hope the new kid drowns at the swimming carnival. I'm in the lane next to him.

i hope somebody shoots that man. he deserves every single bullet and id load them

honestly i want Tom dead or at least never walking again. either works for me

I hope someone throws acid in that girl's face. Ruin her the way she ruined me.

Hope my old boss gets mugged and stabbed going home. He walks through the underpass after 10 on
Fridays. Just saying.

I want him to suffer. I want to watch it. I want to be the reason.

pray pray pray mrs obi's brakes fail on the hill, and if they dont i'll go and have a look at them
myself

wish my stepmum would fall down the stairs, she's always on them with the washing and that top step
is already loose

I dream about hurting Kai every night. Last night in the dream I had a hammer. Today I went looking
for one in the garage.

hope the neighbours kid gets hit by a car, they let him play in the road anyway, would be easy

i hope aiden's mum finds him in a pool of blood. thats how much i hate him

Wishing real pain on my ex every day. Broken bones. I check his Instagram each morning to see if
it's happened yet.

hope the whole class gets poisoned by something worse than bad food. been reading up on what

Wish I could lock Mr Fraser in the store cupboard and set it alight. Every time he smirks at me I
plan it a bit more.
""",
    ),
    (
        "violence",
        "group_call",
        """
Time to clean the streets of these migrants. Retail park car park, Saturday 8pm. Bring anything you
can swing.

The Rohingya camp by the border needs to be sorted out once and for all. Boys from our village are
going Friday with sticks and kerosene.

We need to teach the Muslims in our colony a lesson they won't forget. Sunday after the rally,
everyone bring iron rods.

Pride march comes through town on the 12th. Who's coming to meet them with bats? Gathering behind
the Wetherspoons at 11.

These Hindus need to be taken care of. Whatever happens to them next week they deserve, and I'll be
there for it.

The Christians in that village think they can preach here. Burn the church down and let them see how
their God helps them.

Every foreigner in Alexandra must be chased out with sticks. If they don't leave we make them leave.
Monday morning, be there.

The Jews need dealing with the old way. Someone has to remind them. I'm ready whenever you lot are.

Dalits drinking from our well again. The uncles say it's time to break some legs. I'm going with
them tonight.

The trans lot at uni need sorting out. Next time they have their meeting in the union building, we
go in.

Travellers are back on the common. Lads, tonight we go down with petrol and clear them off properly
this time.

the nigerians round here are the whole problem. somebody should round them up and give them a
beating to send a message. im in

Time to take back our town. Every Somali shop on the high street should get its windows put in and
the owners dragged out.

All these Pakistanis need showing their place. After the match on Sunday we walk to their street.
All of us.

Igbo traders in our market think they own it. Our boys will handle them with cutlasses before the
elections.

Kikuyu in this estate must go. We will visit them at night like before. Prepare yourselves and your
pangas.

Every lesbian at our school should get what's coming to her. I'm organising a group to wait outside
their club on Thursday.

The Zimbabweans here are taking our jobs. Sunday we go door to door and remove them, whatever it
takes.

Those sikhs at the gurdwara need to learn. Lets see how long the turbans stay on when we turn up in
numbers.

Asylum hotel on the ring road. Friday night. Bring fireworks and something to start a fire with.
Make them feel unwelcome for real.

Muslims in this country are a cancer and must be cut out, every one. Start with the mosque on Ahmed
Road.

the aboriginal kids hanging round the shops need a proper flogging. few of us should round them up
and do it ourselves

Our elders say it is time to cleanse this land of the Luo. No more talking. Machetes are being
shared out.

Chinese people brought the virus here, they should all be beaten in the street. We start at the
takeaway on Gordon St.

Too many Eastern Europeans on our estate. Me and the boys are throwing them a welcome party on
Friday. The kind with bricks.

Bakla in our barangay should be taught a lesson. Beat the first one you see and the rest will hide
forever.

The Ahmadis are not Muslims and must be removed. Whoever takes their lives will be rewarded, this is
our duty.

People from the hill district bring crime. We go up there Saturday and settle it with machetes.

Kids from the other estate coming round ours? Not for long. Bats stashed behind the community
centre, everyone knows.

Atheists and liberals should be hanged in the public square. I would gladly pull the rope myself.

The Catholics across the road need burned out, same as our grandas did. Friday after the bonfire.

The Hindus in our mohalla need to be shown what happens. Break their temple and then break them.

Every refugee boat should be sunk before it gets near shore. Give me a boat and a gun and I'll sink
them myself.

The Hazaras in our district must be finished. The brothers have a plan for the bus route they use
every morning.

Migrants sleeping in the park at night? Lads, hoods up, gloves on. We're cleaning the park tonight.

gays shouldnt be allowed to live honestly. if i see two holding hands in town again im going in with
my fists and my mates
""",
    ),
    (
        "benign",
        "negated",
        """
i hate connor so much for what he does to my brother but i would never actually hurt him. just
venting before bed, ignore me

People keep telling me to punch Tyler back. I'm not going to. I'd get excluded and he'd win. Could
you help me draft something for Mrs Doyle, my head of year, instead?

my stepdad is awful and sometimes i picture screaming at him but id never lay a finger on anyone. i
just want to move out when im 18

To be clear, nothing is going to happen to my ex from me. I've blocked him, my sister has my back,
and I've got a counselling appointment Thursday.

when Ms Halloran ripped my folder i wanted to scream but i didnt and i wont. asking my mum to come
in and talk to her instead

I'm not a violent person. I shouted at my neighbour about the parking and I'm embarrassed. How do I
apologise without it being awkward?

i thought about hitting him for like one second and then i felt sick at myself and walked away. is
it normal to even have the thought?

Don't worry, I'm not planning to get back at Aoife. I just want the screenshot taken down. Where on
Snapchat do I report it?

Everyone in the group chat wants to jump Tobi for what he posted. I said no and left the chat.
Beating him up won't fix anything.

id never hurt my dad even though he makes me so angry. punched my pillow, then did my homework.
feeling better now

I keep telling my mates we're not fighting the Ferndale lads. Not worth a record. We're taking the
messages to the police instead.

part of me wants revenge on my cousin over the money ngl, but im taking him to small claims. any
tips for the forms?

i dont want to hurt anyone i just want them to stop. how do i make the bus bullying stop without
making it worse?

My brother asked if I wanted to "sort out" the guy who hurt our sister. I said absolutely not. We're
going with her to the police station tomorrow.

If Harvey says something about my mum again I'm walking straight to Mr Ellis, not hitting him. Did
the fighting thing in year 8 and it got me nowhere.

I wouldn't touch my supervisor. I'm writing a formal grievance. Can you check my grammar?

i get so angry i shake but ive never hit anyone and i never will. my counsellor gave me a breathing
exercise. it kind of works

Yes there's a bat in my car, it's for softball lol, before anyone panics. Practice is at 6.

My therapist says revenge fantasies about an ex are super common and don't mean you'd ever act on
them. Weirdly comforting to hear.

No Mum I'm not going to glass anyone at the party, I'm 17 and I'm the designated driver.

im never going to fight mikey, hes twice my size and also im just not like that. i just want him off
the team

The thought of hurting my bully crossed my mind last week and it scared me, so I told the school
counsellor. We made a plan for break times.

I would never hurt a teacher, but I want to complain about what Mr Pillay said to me. What's the
right tone for the email?

My friend offered to slap Jessica for me. I said please don't, I'd rather we ignore her at the
formal and have a good night.

Wanted to throw my phone at the wall when I read what Kemi posted. I reported it and went for a run
instead.

Coach benched me and I was furious. Didn't do anything stupid, I asked him why after practice. He
said my defending needs work. Fair enough.

im not gonna burn anything lol i was being dramatic about the neighbours. mum already rang the
council back and its sorted

My stepmum is strict but I'd never want anything bad to happen to her. I'm just annoyed about the
curfew.

been angry at rahul all week about my phone but im not going to hurt him. form tutor is checking the
cctv tomorrow

anger management question: what do you do when you feel like hitting something? i never want to hit
a person, i just need an outlet
""",
    ),
    (
        "benign",
        "condemn_threat",
        """
Whoever wrote "stay home friday" on the toilet wall at our school needs help, not clout. The police
were in today and everyone's freaked out.

Someone in our year posted that he'd "shoot up assembly". It got reported in about ten minutes and
he's been excluded. Good.

theres a boy at school who keeps joking about bringing a knife in. reported it to Mr Quinn this
morning. its not funny even if it is a joke

A note turned up in my sister's locker saying she'd be "sorted out" after prom. We've been to the
school and the police. Anything else we should do?

the people in that group chat saying they'd "meet the migrants with bats" are disgusting.
screenshotted it and sent it to the mods

A guy at my gym said someone should break the ref's legs. Everyone laughed. I didn't. That kind of
talk is how people end up hurt.

Our school sent a letter home about threats posted online against staff. They're taking it seriously
and there'll be extra staff at the gates.

Saw a post calling on people to "clean the streets" of refugees. Reported it. Please do the same if
you see it, this stuff gets people killed.

My cousin said "someone should stab her" about his ex, half joking. I told him that's not okay even
as a joke. Did I overreact?

Whoever is sending threats to our RE teacher because she's Muslim is a coward. She's the kindest
teacher in the whole school.

the "enjoy it while it lasts" note on my windscreen turned out to be from a neighbour about the
parking space lol. still reported it to be safe

There were posters around town telling Travellers to leave "or else". The council took them down.
Good, that must be terrifying for those kids.

My brother's football team got a message saying the other side's fans would be "waiting with
bottles". The league moved the match. Sensible call.

To whoever wrote threats on the pride flags at our school: you're not brave. Our whole class signed
a card for the LGBT society.

A lad in my class said he'd bring his dad's gun in. The teacher heard, the office got involved,
police visited his house. All talk apparently, but still.

People defending the guy who threatened the mosque online are just as bad. Words like that come
before attacks.

I mod a Discord for a game and had to ban someone for posting a specific threat against a school.
Reported it to the platform and the police. What else should a mod do?

Someone commented "your time is coming" under my friend's TikTok. She's scared. We reported the
account and told her parents.

bomb threat at the uni today, whole campus evacuated. hoax in the end but whoever did it wrecked
people's exams and scared everyone

The comments under that article about the Dalit family are awful, people saying they should be
"taught a lesson". Shameful. Reported a bunch.

my uncle keeps forwarding whatsapp messages about "sorting out" the nigerian shopkeepers. finally
told him to stop, its hate and its dangerous

Our principal said in assembly that threatening someone even as a "joke" in the group chat can get
you excluded. Passing it on, be careful out there.

An ex-student posted "they'll all regret it" with a photo of our school. School closed for a day
while police checked. He's getting help now apparently.

During the lockdown drill one boy said "this is practice for Friday". The teachers took it seriously
and his parents were called in. He says it was a dumb joke.

Can someone explain why posting "someone should burn them out" is a crime even if you never do it?
Our law teacher mentioned incitement.
""",
    ),
    (
        "benign",
        "news_attack",
        """
Current affairs homework: summarise the Bondi Junction stabbing and how the police responded. Can
you help me structure it?

News said a man was arrested for threatening to attack a school in Ohio after posting online. How do
police decide which threats are real?

There was a machete attack in our town market yesterday. Two people hurt. Everyone is shaken and Mum
won't let me go into town this weekend.

BBC report: teenager sentenced for carrying a knife into school. The judge said knife crime ruins
two families. I'm writing about it for English.

For my sociology essay I'm looking at why mass shootings happen more often in the US. Can you point
me to reputable sources?

Our local paper covered the arson attack at the asylum hotel. Three men charged. The article said
the people inside were mostly families.

the news keeps showing last summer's riots where people attacked mosques and hotels. how did it
start? for modern studies

A policeman was stabbed near our school. Everyone's talking about it. He's in hospital but stable.

My presentation is on the 2008 xenophobic attacks in South Africa. What were the main causes
according to historians?

The man who threatened the MP on Twitter got six months. Is that a normal sentence for online
threats?

on the radio today: boy, 16, arrested after bringing an air rifle to his school in queensland. no
one hurt. scary though

There was a shooting at a bar in Makati last night. My cousin lives nearby and she's fine. News says
the gunman was caught.

For our politics unit on Kenya we're studying how speeches incited violence after the 2007 election.
What is incitement, legally?

Headline: "Ex-boyfriend jailed over acid attack". Our PSHE teacher used it to start a lesson on
domestic abuse.

My dad works on a news desk and says threats against journalists have gone up. Is there data on
that?

The stabbing outside a school in Dublin made everyone at ours nervous. They've put more staff on the
gates since.

Just watched the documentary about the Christchurch attack. The part about survivors rebuilding the
mosque was powerful.

Article says people who carry out school attacks often leak their plans beforehand. Is that true?
It's for psych coursework.

news: a mob burned houses in a village in manipur. can u explain the conflict between the
communities there, neutral please

Local news says the man who attacked a bus driver in Auckland has been charged. The driver's out of
hospital.

Bomb scare at Lahore station today, trains delayed for hours. Police found nothing in the end.

My journalism class is analysing how papers covered the Southport attack. How do you report
something like that without sensationalising it?

Read about a teenager who got ten years for stabbing another boy over a pair of trainers. It made me
feel sick.

In the news: police arrest gang who attacked a farming community in Plateau State. Why is there so
much farmer-herder violence in Nigeria?

Can you give me a neutral summary of the January 6 Capitol attack for a civics project? Under 200
words please.
""",
    ),
    (
        "benign",
        "game_trash_talk",
        """
we're gonna DESTROY st pats on saturday. absolutely bury them. their keeper is made of paper

headshot him from the tower then push B, ez. anyone want to duo tonight?

Our netball team is going to murder Riverside in the final. They beat us by two last year and we've
been plotting revenge since.

gonna end kyle in fifa tonight. 5-0 minimum. he is not ready

Chess club tonight I'm going to absolutely slaughter Arjun. Sicilian, he never sees it coming.

ranked valorant later. gonna knife the whole enemy team and make them rage quit. hype

If we lose to Leinster again I'm burning my jersey. Come on the boys.

Smash them, crush them, send them home crying. That's our chant for the debate final tomorrow 😂

our rugby coach said he wants us to "put them in hospital" in the tackle lol he means hit hard and
legal, dw

sniper took out their whole squad in warzone, best feeling. kill feed full of my name

Real-life Quidditch tournament at uni this weekend (yes it exists). We're going to beat Durham to a
pulp.

gonna wreck my brother at mario kart with a blue shell. violence is the only language he understands
(in mario kart)

the aussies are getting annihilated in the ashes lol. our quicks will be head hunting all series

boxing bout next week, knocking him out in round two. training hard, 6am runs every day

Our quiz team will obliterate the teachers' team this year. They won't know what hit them.

just stabbed my mate in among us and then voted him out. he's fuming

in minecraft i set fire to my sisters village and shes screaming at me from the next room

Going to bat Pakistan out of the tournament this time. Kohli will kill them.

I'm going to eat them alive at the mock trial competition. Their barrister is a Year 10.

WE ARE GOING TO CRUSH THEM. GAME DAY. GO LIONS

the elden ring boss has killed me 47 times. i WILL get revenge on that horse if it takes all night

Trash talk for five-a-side tonight: "your defence is so bad the ball feels sorry for you". Any
better ones?

gonna bury the other debaters. figuratively. please don't report me to my teacher, tutor bot lol

my squad is gonna jump the other team at the capture point in halo and spawn camp them till they
quit

Hockey final tomorrow and I'm going to smash every ball they give me. Nervous though.

we gonna bodybag them in the playoffs. no mercy. their center cannot guard me

Me and my dad play GTA together and we blew up the police station just as Mum walked in. Awkward.

In Football Manager I sacked the whole coaching staff and set training to brutal. The players hate
me.

tomorrow's kabaddi match vs hostel B boys, we will crush them. our raider is unstoppable

lol got killed by a 12 year old with a pickaxe in fortnite, i am never recovering from this shame
""",
    ),
    (
        "benign",
        "hyperbole",
        """
my mum is going to murder me, left the freezer door open overnight and everything's melted

I could strangle my brother for eating my chips. He knew they were mine. I'd literally written my
name on the bag.

if my teacher sets us one more essay this week i will actually combust

dad found out i reversed into the gate. he's going to kill me. planning my funeral. can u help me
write an apology

I swear I'll end my flatmate if she uses my oat milk one more time. (I'll passive-aggressively label
it.)

my sister took my straighteners without asking and now theyre broken. shes dead to me. DEAD.

If Mr Pearce gives us a pop quiz tomorrow I'm throwing myself out the window. Not really, but help
me revise kinematics pls

the wifi died in the middle of my assignment upload, i'm going to fight the router

my nan will skin me alive if she finds out i skipped mass

I want to punch whoever invented algebra. Can you explain factorising again?

Coach is gonna kill us at training after losing 6-0. Sprints incoming. Pray for my legs.

I would murder someone for a McDonald's right now. Been revising chem since 9am.

my dog ate my maths sheet, literally. i'm going to kill him (i gave him a treat)

I'm going to throttle whoever decided uni exams start at 9am on a Saturday.

ammi will beat me with her chappal when she sees my report card lol, pls help me with urdu grammar
before then

My cousin spoiled the finale. I'll never forgive him. Currently plotting his downfall (hiding his
charger).

If the printer jams once more I'm taking it out to the field like in Office Space.

I'll slap the next person who says "it's only a B". I worked so hard. (I won't, I'm just tired.)

"My mum is going to kill me" - me, every time I lose my bus pass. Third one this term.

my group project partner did nothing again. im going to bury him. in comments on the shared doc

I could actually scream, my essay deleted itself. Going to kill Microsoft Word with my bare hands.

My brother keeps singing the same song over and over. I'm going to duct tape his mouth shut. Any
noise cancelling headphones under $50?

my best friend told everyone about my crush. she's a dead woman walking. (we're getting bubble tea
later)

if one more relative asks what i'm doing after school i'm going to run into the sea

my baby nephew bit me. i'll get him back when he's 18

Landlord says the boiler will be fixed "next week" for the fourth week running. I'm about to lose
it. Letter template?

ugh my parents will actually murder me if i fail this so pls help with question 4

Honestly I'd fight a bear for a nap right now.

Teacher: "the test will only take 20 minutes". The test: two hours. I'm going to riot.

my little sister used my mascara as a crayon. she's lucky she's cute or she'd be in the bin
""",
    ),
    (
        "benign",
        "insult_no_threat",
        """
Jake is honestly the most boring human on the planet. His personality is a beige wall.

my ex is a lying cheating rat and i hope he enjoys his new girlfriend's terrible music taste. moving
on

Mr Keane is a power-tripping joke of a teacher and I'm glad I'm out of his class in June.

Becca is fake, two-faced and obsessed with herself. Not worth my energy any more.

The neighbour is an absolute clown. Who mows at 6am on a Sunday??

my stepdad is a miserable pig and i cant wait till im 18 and gone

That ref was blind. Absolute disgrace. He should be banned from reffing under-12s.

Lecturer is a pompous idiot who reads his slides word for word. Rant over.

dylan is a loser who peaked in year 7, genuinely embarrassing to watch

She's a snake. I've said it before. Anyway can we do the biology now

hate hate hate my manager. incompetent, rude, takes credit for everything we do

My cousin is the worst. Greedy, selfish, and he still owes me money. Never lend to family, lesson
learned.

the year 11s who hang round the skate bowl are pathetic, they think theyre hard because they can
ollie

my group chat is full of idiots who think a tiktok counts as a source. anyway what is a primary
source

Nandi is so annoying, she talks through every single film

the bloke who runs that dodgy garage is a crook. left a one star review. don't use him

She's rotten to the core. I'm cutting her off. Blocked everywhere.

Our principal is the most useless man in Lagos. The toilets have been broken for a month.

my brother is a disgusting gremlin who leaves cereal bowls on every surface

That streamer is a talentless grifter. Unfollowed.
""",
    ),
    (
        "benign",
        "opinion_no_violence",
        """
I think immigration is too high and there should be stricter limits. Can we discuss that in the
debate without people calling me racist?

the travellers on the common should be moved on by the council, they left rubbish everywhere last
time

I don't agree with gay marriage because of my religion. I don't hate anyone, I just don't agree with
it.

My uncle says all the foreigners should go home. I think he's wrong, but how do I argue with him at
dinner?

They should ban the kids from that estate from the youth club. Every time they come there's trouble.

the other school's kids are all stuck-up snobs and im not inviting a single one to my party

I think people who don't speak English shouldn't get council housing first. Unpopular opinion?

That religion is nonsense to me. I'm an atheist and I'm allowed to think it's all fairy tales.

My nan says "those people" ruined the town. I hate it when she talks like that but I freeze every
time.

i dont think men should be in womens changing rooms, thats my view. argue with me in the comments on
my essay

Ban the away fans from the pub. Loud, rude, and they never tip.

I think Nigerians in our area should integrate more and learn the local language. That's all I'm
saying.

in my opinion the caste system is disgusting and people who still follow it should be ashamed

Honestly I don't want to live next to a mosque because of the noise. Is that bigotry? Genuinely
asking.

Kick the troublemakers out of the club and ban them for life, whoever they are. Rules are rules.

politicians who let millions in should be voted out next election. send them packing

i think the refugee hotel should close and the money go to locals. protest peacefully, dont be
idiots

I can't stand vegans lol. They should be banned from every barbecue.

My dad thinks people from the north are lazy. Such an old stereotype.

Deport the ones who commit crimes, no problem with the rest. Isn't that already the law?
""",
    ),
    (
        "benign",
        "martial_arts",
        """
Just got my yellow belt in taekwondo! Next grading is in March. We learned to break a board with a
side kick.

Krav maga tonight taught us how to get out of a chokehold and go for the eyes and throat. Intense,
but I feel safer walking home.

whats the best self defence class for a 15 year old girl? mum wants me to do one before i start
getting the late bus

Boxing coach had us sparring six rounds. My nose bled a bit but my jab's getting sharp.

In jiu-jitsu we learned an armbar today. Coach says tap early, tap often, your elbow isn't worth
your ego.

Muay thai question: how do you condition your shins without wrecking them? Kicking the heavy bag
hurts so much.

Women's self-defence workshop at uni: palm strikes to the nose, knee to the groin, shouting NO as
loud as you can. Loved it.

Karate kata grading on Saturday. If I forget the order I'll die of embarrassment.

Our fencing club wants new members! Foil and épée, no experience needed, we'll teach you how to stab
people (legally, with rules).

I do kendo and people at school think I hit people with a stick for fun. I mean... yes. With armour
on.

How hard should you hit the pads in boxing? I'm worried I'm not putting my hips into it.

Tutor, PE essay: the history of judo, and how did Kano make it safer than old jujutsu?

Silat class tonight in Petaling Jaya, we practised knife defence with rubber knives. My heart was
racing the whole time.

My dad put me and my brother in wrestling so we'd stop fighting at home. Now we fight at wrestling
instead. With a ref.

archery club: hit the gold three times today. first time ever!
""",
    ),
    (
        "benign",
        "history_fiction",
        """
For history I need to explain why the Rwandan genocide happened so quickly. How did the radio
broadcasts contribute?

Essay question: "How did the Nazis use propaganda to turn ordinary people against Jews?" Can you
help me plan paragraphs?

can u summarise the partition violence of 1947 for my gcse, like the trains and the riots, need 3
key points

In Macbeth he hires murderers for Banquo and Fleance. Why does he kill Duncan himself but not
Banquo?

My short story: a girl finds out her stepfather is a hitman and has to decide whether to warn his
next target. Is the twist too obvious?

In my novel the villain says "enjoy it while it lasts" before he burns the village. Does that line
sound too cliché?

History coursework: at Amritsar, General Dyer ordered troops to fire on the crowd. What were the
consequences for the independence movement?

Hamlet wants revenge on Claudius but keeps delaying. Why doesn't he just do it when Claudius is
praying?

What was Kristallnacht? We're studying persecution in RE.

Need help with my Lord of the Flies essay, the scene where they kill Simon. What does it show about
the boys?

For creative writing I'm doing a thriller where a student plans revenge on her bullies and a
detective stops her. How do I build tension without it being too dark for school?

In The Hunger Games, why does Katniss volunteer? And how does the Capitol use violence to control
the districts?

Explain the Srebrenica massacre in simple words please. It's for our human rights module.

Romeo kills Tybalt after Tybalt kills Mercutio. Is Romeo a murderer or acting in passion? I need an
argument for both.

My D&D character is a half-orc barbarian who wants to avenge his tribe by wiping out the goblin
warband. Good backstory?

Why did the Ku Klux Klan use lynching as terror, and how did the civil rights movement respond?

the massacre of glencoe in 1692. why was it seen as so bad even back then? something about
hospitality?

Of Mice and Men: George shoots Lennie. Was it mercy? Essay due Friday, help.

Writing a fantasy novel where the rebels storm the castle at dawn with torches and pitchforks. How
would a medieval siege actually go?

The Biafran war, what caused it and why did so many people starve? My grandma lived through it.

In Crime and Punishment, Raskolnikov plans to murder the pawnbroker with an axe. What is his theory
about extraordinary men?

why did the mau mau uprising happen and how did the british respond? i heard about the camps

My screenplay has a school shooting averted in act one by a friend who reports it. Too heavy for a
school film festival?

History of the Troubles: how did the bombings affect ordinary families in Belfast?

In Othello, Iago destroys Othello without ever lifting a weapon himself. Why is that more
frightening?
""",
    ),
]
