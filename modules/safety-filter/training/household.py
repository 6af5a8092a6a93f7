"""The ``st_household`` family: a pupil or forum user worried about someone hurt or at risk at
home, online or in a relationship, and the family and friend stories that only sound like it, for
the safety-filter's training corpus, written by hand for this project.

    BLOCKS -> [(label, sub, block of posts)]   # corpus.hand_written(BLOCKS, "st_household")

What these posts teach (concepts, not sentences): a writer who tells of a sibling, parent, cousin,
friend, partner or classmate being hit, threatened, controlled by a partner, groomed or blackmailed
by an adult online, starved, locked in, left alone or exploited, or who shows warning signs now
(stopped eating, calls themself a burden, gives things away, posts a goodbye, new cuts, talk of
pills), is concern for another, whether they ask what to do or only report it, and even when the
message opens with homework. The same people and vocabulary are benign when the danger is not real
or not present: an accident with a bruise or a cast, a strict but fair parent, a grounding, parents
arguing about money, a calm divorce, a breakup the friend is over, a bully the school dealt with, a
goodbye before a move, scars from long ago, a grandparent in hospital and recovering, a cousin who
moved away, and general questions for PSHE or a course about how to spot abuse.

Rules and source format: those of every hand-written file (``corpus.hand_written``).
"""

from __future__ import annotations

__all__ = ["BLOCKS"]

BLOCKS: list[tuple[str, str, str]] = [
    (
        "concern_for_other",
        "sibling_hurt_now",
        """
sorry this isnt about the essay but my little brother has bruises on his arms again and he said
dad grabbed him when he spilt juice. it keeps happening and mum pretends not to see. what do i
do

Can we pause the fractions for a sec. My sister is 9 and my stepdad locks her in the bathroom
when she cries, sometimes for hours. She came out last night shaking. I'm 14 and scared that
telling anyone makes it worse for her.

my mum hits my brother with the belt when shes been drinking, he's 7. i take him in my room and
lock the door but i cant do that when im at school. can i tell a teacher or will they take us
both away

quick q before we do the poem - if a step mum slaps a kid across the face every time she gets a
bad mark is that abuse? asking because my sister has a red mark on her cheek today and she told
the nurse she walked into a door

My brother is 12 and he flinches whenever our dad walks past. Last week dad shoved him down the
stairs and told him to say he tripped, and he did say that. I heard the whole thing from my
room. Dad says if anyone finds out social services will split us up.

i think my uncle is hurting my cousin. shes staying with us this week and theres finger shaped
bruises round her wrist, when i asked she started crying and said dont tell or he'll do it
worse. im meant to be doing chem revision and i just cant

Ok weird thing to ask an AI tutor. My half brother lives with his dad and every time he comes to
ours for the weekend he has new marks. Yesterday it was a little round burn on the back of his
hand. He's only 6. Mum says it's not our business but it is, isn't it?

my dad threw a plate at my little sister tonight and it cut her forehead, he wont let anyone
take her to the doctor. shes asleep now. i have maths due tomorrow and honestly i dont care
about it

Not homework, sorry. My twin gets beaten by our father and I don't, I think because he's "the
difficult one". Last time he couldn't sit down properly for three days. I feel like I'm letting
it happen by keeping my mouth shut.

wat do u do if ur brother says mums boyfriend punches him in the stomach where nobody can see.
he showed me and its all purple. he begged me to keep it quiet but hes 10

My older sister is 17 and Dad still hits her when she's late home, closed fist, not a slap.
Tonight she's got a split lip and she's icing it in the dark so he doesn't hear. She says she'll
leave when she's 18 but that's months off. Is there anyone I can ring who won't just phone him?

Grandad minds my cousin after school and lately she screams if anyone says she has to go round
his. Yesterday she whispered to me that he hurts her and says it's a game. She's 8. I'm supposed
to be finishing this coursework but I feel sick.

im in year 8. my stepdad keeps slamming my brother into the wall and last night his head hit the
radiator, theres a lump the size of an egg. mum works nights so she never sees it. should i tell
my form tutor in the morning

i know this sounds dramatic but my sister isnt safe at home. mum screams at her for hours and
yesterday pulled her hair so hard a chunk came out in her hand. she just sits in her room now
and wont eat or talk

Before the French: my foster brother got moved to a new placement and he texted me that the man
there whacks him with a wooden spoon and makes him sleep on the floor. He's 11. Am I allowed to
tell my social worker about his stuff or only mine?

my cousin in lagos says her aunty flogs her with cane till she bleeds for small small things,
she sent me photo of her back. we are both 13. is there anything i can do from the uk abeg

dad kicked my brother in the ribs this morning cause he was slow getting his shoes on. he was
coughing and holding his side when i left. im at school now and hes home alone with him. please
tell me what to do

Something my little brother said keeps going round my head. He told me "I try to be extra good
so daddy doesn't do the hitting." He's five. I'm 15 and I've never actually seen it but he
doesn't make things like that up.

Sorry to go off topic. My sister's been wearing long sleeves in a heatwave and today I saw why,
there's a handprint bruise wrapped round her upper arm. She says it's her boyfriend's dad, she
stays at theirs half the week. She won't let me tell our mum.

how do u report a parent without them knowing it was u. my friend's little brother is always
starving and has marks on his legs and my friend says "thats just our house". he's about 4

MY BROTHER IS LOCKED IN THE SHED AGAIN BECAUSE HE ANSWERED BACK AND ITS FREEZING. dad has the
key. im 13 what do i do

Our mam goes for my wee sister when she's had a drink, proper goes for her, scratching and
hitting. Last night I got between them and got a scratch down my face for it. My sister's only
10. I can't keep being there every night.

Can you help me word an email to my head of year? My brother has been coming in with injuries
every Monday after weekends at his dad's. This morning he had a cut eyebrow and he won't say
how. I think he's scared to. I want it to sound serious, not like I'm making a fuss.

idk if this counts but my stepdad makes my brother kneel on rice when he gets anything wrong on
his homework and he has to stay there till dad says. his knees are bleeding tonight

Me and my brother share a room and he woke up screaming again. He told me Dad said next time he
wets the bed he'll burn his hand on the hob. He's 7 and Dad has done stuff like that before. I
don't know whether to tell Mum or the school.
""",
    ),
    (
        "benign",
        "sibling_hurt_safe",
        """
sorry im a bit distracted, my little brother came off his bike yesterday and has massive bruises
down his arm. mum took him to a and e and its not broken, hes milking it for sweets now lol.
anyway question 4

My sister is 9 and she locked herself in the bathroom last night because she didn't want her
hair washed. Took us twenty minutes and a bribe of hot chocolate to get her out. Anyway can you
check my fractions?

my brother slipped on the wet kitchen floor and split his chin, he needed glue at the hospital.
he's proper proud of the scar already. he's 7

Is it normal for little kids to bruise really easily? My brother is 6 and his shins are always
covered in bruises from football and climbing. The GP said it's completely normal but I was
curious for my biology project.

my twin broke his wrist at the trampoline park and now i have to carry his bag for 6 weeks. he
cant even write so he's dictating his homework to mum. jealous honestly

My half brother stays with us every other weekend and he had a plaster on his hand this time
because he burnt it on a marshmallow stick at a campfire. His dad sent us a photo of the whole
trip, looked like fun.

my cousin cracked her head on the coffee table playing tag, blood everywhere cause head wounds
bleed loads, but she's totally fine just a little scar. uncle was more upset than she was

the way my little sister screams when she doesn't want to go to swimming you'd think we were
torturing her. she loves it once she's in the water. anyway what's the answer to 7b

Our dad threw a plate across the kitchen, by accident, he was trying to catch a wasp with a tea
towel. It smashed and my sister got a tiny cut on her foot from a bit of it. We were all crying
laughing. She's fine.

My brother got a black eye at rugby training, took an elbow in a ruck. Mum iced it and he's back
playing Saturday. He keeps telling people at school he was in a fight lol.

hi sorry for the late reply, my older sis came home with a split lip from her boxing class and
mum was panicking but the coach said its normal, she wears a gum shield now. can we carry on
with the essay plan

my little brother said "i try to be extra good so father christmas comes" and then immediately
drew on the wall. five year olds man

Why does my sister wear long sleeves in summer? She has eczema on her arms and the sun makes it
itch. I was explaining it to my friend who thought she was weird, and now I want to know more
about eczema for my science fair.

My wee brother got his fingers caught in the car door. Nail went black and came off. He was
brave about it and the nurse gave him a sticker. He's showing everyone his finger stump thing
now, gross.

my foster brother just moved to a new placement closer to his school and he texted me that the
family have a dog and a trampoline and he gets his own room. hes buzzing. just thought id share
cause im happy for him

My cousin in Abuja fell from a mango tree and fractured her leg. She's on crutches now and her
mum says she's eating like two people. She's 12 and thinks it's the best thing ever because she
doesn't have to do chores.

Soz bout the distraction. My brother keeps coughing and holding his side cause he pulled a
muscle at PE, doc says rest and ibuprofen. Anyway I'm back on the worksheet.

Mum grounded my brother for a week for sneaking out and he's acting like it's the end of the
world. He's 15. Can you help me with my chemistry while he sulks next door?

dad lost his temper with my brother for putting a football through the greenhouse glass and
shouted a lot, then they fixed it together on sunday. they're fine now

my little sister tripped over the dog and landed on her face, she's got a fat lip and a grazed
nose for her school photos tomorrow lmao. she's gonna hate that photo forever

the school nurse rang mum today because my brother got hit in the head by a cricket ball. he had
to go and get checked for concussion but hes fine, just a headache. they made him sit out the
rest of the week

My brother wet the bed a few times after we moved house and Mum said it was totally normal with
a big change, she just got him a mattress protector and didn't make a fuss. He's stopped now. Is
that a thing in child development? It's for my psychology homework.

MY BROTHER LOCKED HIMSELF OUT IN THE GARDEN IN HIS PYJAMAS AND WE DIDNT NOTICE FOR TEN MINS.
he's fine he was just eating strawberries. ok focus, the poem

my sister has a bruise the shape of a hand on her arm because she was doing that stupid slap
challenge with her mates. mum told her off for being daft. anyway

Our mam and my wee sister had a massive row about her phone last night, screaming match, doors
slamming. This morning they were hugging over toast like nothing happened. Families are mad. Can
we do the algebra?
""",
    ),
    (
        "concern_for_other",
        "parent_abused_now",
        """
can you help me with my english later, i cant think. my dad pinned my mum against the fridge
last night and had his hand on her throat. she says it was a one off but it was not a one off

My mum's boyfriend hit her tonight. I heard it through the wall and then she came up and said
she'd fallen. She's got a black eye. I'm 13. Do I ring the police even if she says not to?

my parents fight loads but tonight was different, dad smashed the tv and said if mum ever tries
to leave he will find her and kill her. she's packing a bag in secret. im scared hes going to
notice

Is it domestic abuse if he doesn't hit her? My stepdad controls all my mum's money, she has to
show him receipts for bread, and he takes her car keys when he goes out. She cries in the bath.
It's been getting worse since summer.

sorry cant do the quiz rn theres shouting downstairs and i just heard something break and my mum
screamed. im hiding upstairs with my sister

My dad has been hurting my mum for years but I always thought it was just arguments. Yesterday I
saw him push her into the door frame and she hit her head and didn't get up for a bit. She told
me to go to school like normal. I'm sitting in maths feeling sick.

my mom's husband threatened her with a kitchen knife tonight. he put it away when he saw me on
the stairs. she says it's work pressure making him like that. im 15. what do i do if it happens
when im not home

Need help please. Mum is in the kitchen with a bag of frozen peas on her face and says she's
fine. Her partner has gone out to the pub. This happens most Fridays. Who can we phone that
isn't the police, because she's terrified of what he'd do if they came?

my abba shouts at my ammi and last week he slapped her in front of us. our nani says its family
business and we shouldnt talk about it outside. but my ammi has stopped going out and has marks
on her arm. is there somewhere for people like us

Dad took Mum's phone and passport and locked them in his car. He says she's not going anywhere.
She whispered to me to keep my phone charged. I'm 16 and I don't know if this is an emergency or
not.

I'm doing a PSHE poster on healthy relationships and honestly it's making me realise my mum's
relationship isn't one. He checks her phone, he won't let her see her sister, he calls her
worthless, and last month he shoved her so hard she broke her wrist. What do I do with that?

mum told the hospital she slipped on ice. it was july. stepdad was standing right next to her.
nobody asked me

my father beats my mother when he is drunk and she tells us to stay in our room. yesterday her
face was swollen and she could not go to work. i am 14 and live in india. is there any helpline
that helps kids also

im really worried about my mam. her fella grabbed her by the hair last night and dragged her
down the hall. she says he's sorry and it won't happen again. he said that the last time as well

Dad's girlfriend slaps him. I know that sounds weird, people don't think it happens to men. She
scratched his face last weekend and he told work it was the cat. He looks scared of her. Can you
tell me who helps in that situation? I'm 17.

My mum rang me from the bathroom whispering that she'd locked herself in because he's smashing
things up. I'm at my gran's, she's at home. I've got my phone in my hand. Do I call 999?

ok random but can you hurt someone by kneeling on their chest. my stepdad did that to my mum
when she tried to take the car keys and now she says it hurts to breathe. she won't go to a
doctor

My parents argue about money like everyone else but lately my dad's been locking my mum out of
the house at night if she's late from work. Last night she slept in the car in the snow. She's
got a cough now. This isn't normal, right?

he broke her ribs in march and she went back to him in april. now hes back and shes got another
bruise. i feel like screaming at her but i know thats not fair. how do i help my mum when she
wont leave

Aunty is staying with us because her husband was beating her, but he's found out where she is
and has been parked outside our house two nights running. Mum told her to ignore it. I think
he's going to try something.

My dad strangled my mum a bit last night. She's saying it was nothing and she was being dramatic
but I saw her face go a funny colour. I read in my health textbook that strangling is a big
warning sign. Who do I tell?

Sorry about the late homework, things at home are bad. Mum's partner hit her with a chair on
Sunday and she's got stitches. We're still living with him. I'm not sure school can do anything
but I thought someone should know.
""",
    ),
    (
        "benign",
        "parents_arguing_safe",
        """
can you help me with my english later, my parents were arguing about money all night and i didnt
sleep much. its just cos dad lost some overtime, they always sort it out

My mum and her boyfriend had a row about whose turn it was to do the bins and now they're both
being overly polite to each other which is somehow worse lol

my parents fight loads about stupid stuff, like the thermostat and whose family we go to at
christmas. tonight dad said he'd leave if mum put the heating on again and then put his big coat
on in the living room as a joke. they're fine

sorry cant do the quiz rn, theres shouting downstairs but its just my dad and uncle watching the
rugby. something smashed but it was a glass. back in 5

My parents are getting divorced but it's honestly pretty calm. They sat us down together,
explained it, and said they both still love us. Dad's moving to a flat ten minutes away. I'm sad
but it's fine. Can we do the history essay?

my mum and stepdad were having a heated conversation about bills and the gas price. mum cried a
bit, stepdad hugged her and made a spreadsheet. my family copes with stress through spreadsheets
apparently

Is it normal for parents to argue? Mine do it maybe once a week, raised voices, then they make
up and it's fine. My friend's parents never argue and it made me wonder if mine are weird.

mam and da had a row cause he spent the holiday money on a new telly without asking. she made
him take it back. hes in the doghouse but theyre laughing about it now

My abba and ammi argue about whether I should do medicine or engineering. It gets loud but it's
sort of a family sport. Nani just tells them both to be quiet and eat.

Dad hid the car keys from Mum because she was going to drive to work with a temperature of 39.
She was furious. He drove her to the GP instead. Romance is dead.

I'm doing a PSHE poster on healthy relationships and it's made me appreciate my parents. They
disagree about money a lot but they talk it through and nobody ever gets scared. Can you help me
list the signs of a healthy argument?

my dad had a go at my mum for crashing the car, not about her being hurt cos she wasnt, about
the insurance going up. then he felt bad and bought her flowers

My mum locked herself in the bathroom for an hour last night. Turns out she was just hiding from
us all to read a book in the bath. Fair enough honestly, there's five of us.

ok random science q, can you hurt someone by slamming a door in an argument? like my mum slammed
the door and the mirror fell off the wall and smashed lol. nobody was near it. seven years bad
luck

Parents had a barney about money again. Mum wants to save for a holiday, Dad wants a new boiler.
I said the boiler is more important in Scotland in January and they both agreed with me for
once.

My aunt is staying with us for a bit because she split up with her husband. It was mutual and
they're still friendly, she just needs somewhere while they sell the house. She's teaching me to
make jollof.

my father and mother do not speak for one day when they argue, then it is normal again. my
friend says this is bad but i think every family is different. is silent treatment always bad or
only sometimes

My dad locked my mum out of the house last night by accident, he put the chain on not realising
she was still walking the dog. She banged on the window in the rain and we all laughed at her.
She's plotting revenge.

They argued about my brother's phone bill for an hour, he ran up 80 quid on some game. Mum
wanted to cancel the contract, dad wanted him to pay it back. Brother is now washing cars on our
street. Justice.

Sorry my homework's late, things at home are a bit hectic. Mum and Dad are redoing the kitchen
themselves and there's been a lot of shouting about tiles. No one is hurt, apart from dad's
thumb when he hit it with a hammer.

my parents used to argue loads when they were together but since they split they get on way
better. my dad even comes to sunday dinner sometimes. weird but good

Mum and her partner argued about whether to move to Manchester for his job. They decided not to
in the end because of my GCSEs. I'm relieved. Can we go through the circuit questions?
""",
    ),
    (
        "concern_for_other",
        "partner_control_now",
        """
my best mate's boyfriend goes through her phone every night and if she's texted a boy even about
homework he screams at her. yesterday he grabbed her arm so hard it left marks. she says he only
does it cause he loves her

My sister is 19 and her boyfriend has basically cut her off from all of us. She's not allowed to
see her friends, he has her bank card, and she has to send him a photo of where she is every
hour. Last time she visited she had a bruise on her neck and wouldn't look at me.

Can I ask a relationship question instead of maths? My friend's boyfriend is 22 and she's 15. He
picks her up from school, tells her what she can wear, and she's quit netball because he doesn't
like her being out without him. She says he's just protective.

my mate keeps making excuses for her bf. he pushed her off a wall at the park last weekend and
she fell and cut her knee open and she laughed it off. today he messaged her 60 times while we
were in class

i think my friend is in an abusive relationship. her girlfriend threatens to out her to her
parents if she ever breaks up with her, and she makes her share her location 24/7. my friend
looks exhausted all the time

how do i help a friend whose boyfriend says he'll kill himself if she leaves him? she's trying
to break up and he keeps saying it and also saying he'll "make her sorry". she's terrified to
end it

My cousin (20) moved in with a guy last year. Since then she's lost loads of weight, quit uni,
and she only answers the phone when he's in the room. At my aunt's birthday he squeezed her hand
until she winced because she was laughing with her brother. My family just thinks he's a bit
intense.

ok so my friend showed me texts from her ex and they're awful, like "if i see you with anyone
else ill end you both" and he's been turning up at her house at 2am. she hasnt told her mum.
shes 16

she's got a black eye and says she walked into a cupboard. her boyfriend was the one who walked
her to school. this is the second time this term. she's in my form and i'm worried sick

my big sister's husband doesnt let her have her own money and if dinner isnt ready when he comes
home he throws it. she's pregnant. my mum says don't interfere. i'm 16 and i feel like someone
has to

Im writing my English essay on Of Mice and Men but honestly all I can think about is my friend.
Her boyfriend made her delete all her social media, he calls her fat and ugly, and last night
she rang me crying from outside because he'd locked her out of his flat with no shoes on.

My friend told me her boyfriend forces her to do things she doesn't want to do and says she owes
him because he buys her stuff. She's 14, he's 18. She asked me not to tell anyone but I don't
think I can keep this.

is it controlling if your friend's boyfriend tracks her phone, decides who she can sit with, and
threatened to post her nudes if she dumps him? she thinks she's overreacting. i don't

me and my friends are really worried. our mate's boyfriend smashed her phone against a wall
because she was on a call with us. she's covered it up and says she dropped it but we heard it
happen on the call

the girl i sit next to in geography has bruises on her legs and her boyfriend is always waiting
outside the classroom. today she whispered "please dont leave me on my own with him". what
should i do

My brother's girlfriend hits him. Properly, not messing. She's scratched his face, she threw a
mug at him last week, and she tells him no one would believe a guy anyway. He's 17 and won't
tell our parents.

my mates girlfriend makes him send her his screen time every night and if he's been on snap she
doesnt let him sleep, she rings and rings and threatens to come round and kick off. hes falling
asleep in lessons. is that abuse or am i being dramatic

So my friend broke up with her ex a month ago and he's still not letting go. He waits at the bus
stop, he's made fake accounts to message her, and yesterday he told her he knows which window is
her bedroom. Police? School? Her parents? She wants to just ignore it.

my aunty's new husband has taken her passport and says she cant go back to see her family in
nigeria. she calls my mum at night crying and whispering. my mum wants to help but she is scared
of making it worse

Quick one, then back to chemistry. My flatmate's partner comes round and I hear her crying and
things being thrown. This morning she had a bandage on her hand and wouldn't look at me. I'm 19,
first year, and I have no idea what the right move is.

friend got with this older lad and now she's stopped eating lunch with us, he tells her we're
bad for her, she has to ask him before she does anything, and she told me she's scared what
he'll do if she's late replying. shes 15

My sister's boyfriend choked her during an argument. She told me afterwards, laughing like it
was nothing, but she had marks on her neck. They're still together and she's going on holiday
with him next week.
""",
    ),
    (
        "benign",
        "relationships_ok",
        """
my best mate was in bits about her breakup last month, crying every lunch, but shes honestly
fine now. she's taken up climbing and says she's never been happier. love that for her

My sister's boyfriend is a bit clingy, texts her a lot, but when she told him she needed more
space he actually listened and backed off. They seem good now. Anyway can you help me with this
graph?

Can I ask a relationship question instead of maths? My friend's boyfriend always picks her up
from school and holds her bag. Everyone thinks it's cute. Is it normal to feel a bit jealous of
your best friend's relationship?

my mate and her bf had a row at the park about some girl liking his pics, she cried, he
apologised, they're fine now and she's already forgiven him. teenage drama innit

my friend and her girlfriend share locations with each other, but they both chose to and either
can turn it off. they're honestly the most chill couple i know

My cousin moved in with her boyfriend last year and she seems so happy. She's finishing her
nursing degree and he cooks every night. Aunty still calls him "the young man" like it's 1950.

my friend's ex keeps liking her old photos and she finds it funny more than anything. she
blocked him and he stopped. she's moved on, we've all moved on

my big sister's husband handles all the money in their house cause hes an accountant and she
hates maths. she says its the best deal she ever made. she gets a monthly budget for shoes

Im writing my English essay on Of Mice and Men and I keep getting distracted by my friend's
breakup drama in the group chat. It's not serious, he dumped her by text and we're all roasting
him. Can you help me with the Curley's wife paragraph?

my brother's girlfriend playfully slaps his arm every time he says something stupid which is
about every ten minutes. they're cute honestly

is it controlling if your friend's boyfriend asks where she is? she said he only asks when she's
walking home late so he knows she got back. feels sweet to me

me and my friends are worried about our mate, not in a bad way, she's just so loved up with her
new boyfriend we never see her anymore. we've told her and she's promised a girls night friday

My friend broke up with her ex a month ago and he sent one long sad text then left her alone
completely. She was upset for a week and now she's back to normal. I helped by eating a lot of
ice cream with her.

My sister was heartbroken when her fiancé called off the wedding. She stayed at ours for a
couple of weeks, cried a lot, and now she's booked a trip to Japan with her mates. She's doing
really well.

my mate had a toxic boyfriend last year, he used to tell her what to wear. she left him in
january and her parents and the school helped. shes doing great now, new hair, new friends,
dating no one

My flatmate's partner comes round and they're quite loud, shouting at the telly over Bake Off
mostly. This morning she had a bandage on her hand from burning it on a baking tray. First year
of uni is chaotic.

My friend's boyfriend asked her to delete her ex's number. She said no, and they talked about it
and he admitted it was him being insecure. They're still together and he's been fine about it
since.

my aunty got married again and she's so happy, her new husband took her to visit her family in
nigeria for christmas and they posted loads of photos at the beach

the girl i sit next to in geography broke up with her boyfriend and she was sad at first but now
she's joking about it. she said "i'm a free woman" in the middle of a lesson and the teacher
laughed

My brother's girlfriend dumped him over text on his birthday. He was gutted but his mates took
him to the cinema and now he says he's better off. He's 17 and dramatic about everything so fair
play.

my mate's girlfriend makes him put his phone away at dinner and honestly he needed it. he says
its the best thing that ever happened to his grades

hey sorry, my friend was crying in the toilets all break because her boyfriend ended it, she's
okay now, her mum's taking her for a pizza after school. can we look at my poem
""",
    ),
    (
        "concern_for_other",
        "online_grooming_now",
        """
my little sister is 11 and shes been talking to some guy on roblox who says hes 14 but he wants
her to move to snapchat and keeps telling her to keep it secret from mum. hes sending her robux.
that's weird right

My friend has been messaging a man she met on Discord. He's 26, she's 13. He sends her money for
"gaming stuff", he says she's mature for her age, and he's asked her to send him pictures in her
school uniform. She calls him her boyfriend.

i think my cousin is being groomed. some adult on tiktok has been dming her for weeks, buying
her stuff off her wishlist, and now he wants to meet her at the shopping centre on saturday
without telling anyone

Can you help me with something that isn't homework. My best friend is 14 and an older man online
has been asking her for nudes. She sent some and now he's threatening to share them with
everyone at school unless she sends more. She's falling apart.

my brother (12) has a "friend" on fortnite who is definitely an adult, you can hear his voice on
the mic. he gave my brother his number and told him not to tell our parents cause they "wouldnt
understand" their friendship

my friend is meeting someone from instagram tonight who said he was 16, but she found out he's
actually 30. she still wants to go cause he's been "so nice to her" and bought her a phone.
she's 14. should i tell her mum

Ok I'm panicking a bit. My little sister left her iPad open and there's messages from some man
telling her she's special, she's beautiful, she's his secret girlfriend, and asking her to turn
her camera on in her room at night. She's 10.

a guy in his twenties is dming a girl in my year, hes sending her vapes and money and asking her
to come to his flat with her friends. she thinks its a laugh. i really dont

my mate has been talking to this older guy on snap who keeps asking what she's wearing and where
her parents are. he's asked her to delete their chats every night. she told me she's going to
meet him at the train station on sunday

My cousin is 15 and she's been sneaking out to see a guy she met online who's much older. He
gives her alcohol and she came home one night with no memory of what happened. She thinks he
loves her.

how do you report someone to ceop. a man has been messaging my sister on a gaming app for
months, telling her to call him daddy and asking to video chat when she's alone. she's 12 and
she thinks it's normal

idk what to do. my friend sent pics to someone she thought was a boy our age and now he's saying
he'll send them to her whole family unless she pays him 200 pounds by friday. shes been crying
all day

My nephew is 13 and told me a man he games with online has been sending him money and saying
they should meet up, just the two of them, and not tell his mum because she's "too strict". The
man knows which school he goes to.

some adult on the minecraft server is grooming my little brother i'm sure of it. he keeps asking
him for photos, calls him "buddy" and "our little secret", and asked him for our address to send
him a present

my friend met a man on an app who's 35 and she's 15. she says they're in love and he's going to
pick her up after school tomorrow and take her to his for the weekend. she's told her mum she's
staying at mine

My daughter's friend is 12 and told my daughter about a man who messages her at night, asks
about her body, and says he'll stop being her friend if she tells. I'm doing an adult course and
the tutor said I could ask here. Who do I contact first?

my best mate's "online boyfriend" wants her to get on a train to birmingham to meet him and says
he'll pay. she's never seen his face on camera and he always has an excuse. she's 13. i feel
sick

there's this older guy in a discord server who keeps dming younger members and asking them for
pics, my friend's 12 and he's been sending her stuff and telling her she's more mature than
girls her age. the mods aren't doing anything

My stepsister is 14 and she's been staying up all night on video calls with a man she met
online. She's stopped seeing her friends, her grades are dropping, and she's started wearing
clothes and makeup she says he bought her. When I asked, she said he told her not to trust
anyone in her family.

Sorry to go off topic but my little cousin's messages worry me. A man keeps asking her to send
him pictures "like the ones she sent before" and says he'll tell her parents what she did if she
stops. She's 11.

someone on my brothers xbox is asking him to do dares on camera and the dares are getting weird,
last one was to take his shirt off. hes 10 and thinks its a game. mum is at work till 8
""",
    ),
    (
        "benign",
        "online_safe",
        """
my little sister is 11 and she plays roblox with her friends from school, mum set up parental
controls so she can only chat with people she knows. she's obsessed with building cafes lol

My friend met someone on Discord through a Minecraft server and they turned out to be a girl our
age from Leeds. Their parents video called each other and now they're proper pen pals. Cute
honestly.

We had a PSHE lesson about online grooming today and I realised I didn't know half the signs.
Like gifts, asking for secrets, moving to private apps. Can you help me make revision notes on
it?

my brother (12) has a friend on fortnite who's actually his real mate from football, they play
every night with mics on. mum can hear them shouting from downstairs

my cousin has a penpal from a school programme in kenya, the teachers organise it and they write
emails every week. they've been talking for two years and want to meet one day

Is it safe to meet someone you met online? Asking for a media studies essay on internet safety.
I want to include the advice about meeting in a public place with a parent and telling people
where you are.

a guy in my year made a fake instagram pretending to be a celebrity and dmed loads of us as a
joke, we all knew it was him. teachers had a word with him and he deleted it

My nephew is 13 and he told me about a man who tried to friend him on a game and asked where he
lived. He blocked him straight away and told his mum, and they reported the account. I'm proud
of him for knowing what to do.

my friend met her boyfriend on an app for teens and he's actually 15 like her, they met at the
cinema with both their mums sat three rows behind lmao

Can you explain what sextortion is for my citizenship coursework? We have to write a leaflet for
year 7s about what to do if someone threatens to share pictures. I want to make sure the advice
is right.

Someone on the Minecraft server asked my little brother for our address to send him a present.
My brother said no, told my dad, and my dad reported and banned the guy from our private server.
Brother's fine, he just wanted to tell someone.

my mate thought she was talking to a boy our age online but he wouldn't go on camera so she got
suspicious, blocked him and told the school. police spoke to her and said she did the right
thing. shes fine

My stepsister stays up all night on video calls with her best friend from primary school who
moved to Australia. Time zones are rubbish. Mum keeps telling her to go to sleep.

our online safety assembly was actually decent today, they talked about how groomers build trust
with gifts and compliments and how to report to ceop. my little brother asked a million
questions after

my grandma got a scam message pretending to be me asking for money, we caught it before she
paid. now she asks me a security question before every chat which is hilarious

My daughter is 12 and asked me about a man who messaged her on a game, so I'm learning about
online safety on my adult course. He'd only said hi and she blocked him anyway. What should I
tell her for next time?

someone on my brother's xbox asked him to do a dare on camera, it was to eat a spoon of mustard.
he did it. it was his best mate from year 5. absolute idiots

My friend's online friend bought her a birthday present, but it's someone she's known in real
life since nursery who moved away. Her mum knows her too. I was just curious whether sending
gifts online is safe in general.

In computing we're doing a project on how apps protect children. I'm writing about age
verification and reporting buttons. Could you give me some examples of features that help stop
adults contacting kids?

my little cousin was upset because someone in a game called her names, her mum turned off chat
and reported the user. she was fine after ten minutes and went back to building a horse stable
""",
    ),
    (
        "concern_for_other",
        "neglect_locked_in_now",
        """
my friend says her mum locks her in her bedroom from after school till morning and she has to
pee in a bucket. she showed me the lock on the outside of her door on facetime. shes 12

My brother hasn't been given proper food in days. Stepmum says he's being punished for lying and
he only gets bread. He's been sneaking food from my plate. He's 9 and his trousers are falling
off him.

there's a kid in my class who eats the leftovers off other peoples trays at lunch and says
theres never food at his house. today he fainted in PE. his mum hasnt been home since the
weekend apparently

is it neglect if the parents leave a 6 year old and a 3 year old on their own all night? my
neighbour's kids were banging on our door at midnight looking for their mum. this is the third
time

Can you help me? My cousin lives with my aunt and she's not allowed out of the house except for
school. Her phone was taken months ago, she's not allowed friends, and she's locked in the box
room if she argues. She's lost a lot of weight and looks grey.

my little sister has head lice so bad her scalp is bleeding, her clothes smell, and mum spends
all the money on drink. im 14 and trying to wash her stuff by hand but theres no hot water. who
do i tell

Idk how to say this. My friend's dad makes him sleep in the garage as a punishment. It's
freezing. Last night it was minus two and he texted me at 3am that he couldn't feel his feet.

My nan is looked after by my uncle and every time we visit she's thinner and her room smells
awful and she has sores on her back. He keeps her pension. She whispered to my mum that he
doesn't feed her some days. I'm doing health and social care and I think this is elder abuse.

the kid next door gets locked out in the garden for hours in the rain with no coat. he's like 7.
i can see him from my window right now crying at the back door and nobody's letting him in

my stepdad takes my sister's dinner away if she doesnt finish her chores and she goes to bed
with nothing most nights. she's started hiding food under her bed. shes 10. mum just goes along
with it

Not homework related sorry. My friend has been wearing the same uniform for weeks, it's all
stained, he says the washing machine broke months ago and his dad won't fix it. He's really thin
and falls asleep in class. His dad's never around.

I'm in year 10 and I basically look after my little brothers because mum is out for days at a
time. There's no food in the fridge and the electric ran out last night. The little one's got a
temperature. I'm scared to tell anyone because they'll split us up.

my mates mum locked her out of the house last night after an argument and she slept on the bus
station bench. she's 15. her mum's done it before and says she can find somewhere else to live

the twins i babysit told me they don't get fed breakfast or dinner and the only food they eat is
the free school lunch. the little one grabbed a whole loaf off the side and hid in the cupboard
to eat it

My girlfriend's parents lock her in her room every weekend so she can't see anyone. They take
the door handle off. Last weekend she had an asthma attack and her inhaler was downstairs and
they didn't come for ages.

my little brother has had toothache for months and his tooth has gone black and his face is
swollen but mum wont take him to the dentist, she says she cant be bothered. hes crying at night

My friend isn't allowed to eat with her family. Her stepmum gives her one meal at night in her
room and she's made to watch the others eat at the table. She's 13 and she's fainted twice this
month.

the boy in my brother's class turns up with no coat in the snow and his shoes have holes. my
brother gave him his gloves and the boy cried. his house has no heating apparently and his
parents are never there

Mum has gone away with her boyfriend for a week and left me and my sister with twenty pounds.
I'm 13, she's 6. We've run out of food and I've been going to the corner shop asking for out of
date stuff. Is this something I should tell my teacher?

my friend says his dad punishes him by not letting him drink water for a whole day. he gets
dizzy at school and drinks from the tap in the toilets. he thinks it's normal cause its always
been like that
""",
    ),
    (
        "benign",
        "strict_or_normal_home",
        """
my dad is super strict about homework, no phone till its done and checked. its annoying but my
grades have gone up loads so i cant even complain

My mum grounded me for a week for lying about where I was. Annoying but fair tbh, I did lie. Can
you help me with this Macbeth essay since I've got nothing else to do?

my brother got his phone taken off him overnight for being on it at 2am. mum keeps it in her
room till morning now. he thinks its a human rights violation

Our house has a rule that we eat dinner together at the table every night, no phones. My friends
think it's strict but honestly I like it.

my friend is only allowed out till 8 on school nights, her parents are strict but really nice,
they always give us lifts home and order pizza when we're round

My stepmum makes my brother finish his chores before dinner, otherwise no pudding. He sulks
about it every time but he always gets his dinner, she's not a monster.

the kid next door got put in his room for a time out cause he hit his sister with a lightsaber.
i could hear him through the wall singing to himself after about two mins

My Nigerian mum says she'll "deal with me" if I get less than an A in maths. She won't, she'll
just be disappointed and make me do extra questions. Hence me being here. Can you help with
simultaneous equations?

my little sister's a super fussy eater and only eats plain pasta and apples. mum worries but the
doctor said she's growing fine and to keep offering veg

we're fasting for ramadan so i'm tired in lessons this week, my little brother is trying to do
half days. mum makes us massive iftars so no one is hungry for long

My nan lives with my uncle and he looks after her brilliantly. He cooks for her, takes her to
bingo and sorts her pension for her because she finds online banking confusing. I'm doing a
health and social care case study on carers.

I'm in year 10 and I look after my little brothers on Tuesday evenings while mum does her night
class. Sometimes they're a nightmare but I get paid a tenner. She leaves money for pizza.

my mates mum grounded her for sneaking out to a party and she was fuming for days. they had a
big talk and now she has to share her location on weekends. fair enough really

Dad makes me and my sister go to bed at 9 on school nights and we're 13 and 14. I think it's
harsh but he says sleep matters for exams. Is he right? What does the science say?

my parents took the door off my brother's room cause he kept slamming it lol. its back on now
he's apologised. house of drama

My Indian dad compares me to my cousin who got into Oxford every single dinner. Very annoying.
But then he was the one crying happy tears at my results day so I know he's proud.

my mum went away for a weekend with her friends and left me and my sister at my auntys. we got
takeaway both nights. best weekend ever

My friend isn't allowed sugary cereal or fizzy drinks at home, her mum is a dentist. She comes
to mine and eats three bowls of Coco Pops. We don't tell.

the twins i babysit ate breakfast, lunch and about six snacks and still said they were starving
at bedtime. their mum said they're always like that, theyre growing

My brother is convinced Mum is starving him because she's stopped buying crisps. He had two
plates of lasagne tonight. Dramatic.

i had toothache for weeks cos i was scared to tell mum. when i finally did she took me to the
dentist the next morning. it was a filling, not that bad

My girlfriend's parents are really protective and she's not allowed boys in her room. We have to
sit in the living room with her dad watching the snooker. Character building.
""",
    ),
    (
        "concern_for_other",
        "warning_signs_now",
        """
my best friend has basically stopped eating. she skips lunch, says she had a big breakfast, and
i can see her collarbones through her jumper now. she faints getting up from her chair. i dont
know how to bring it up

My sister keeps telling me the family would be happier if she wasn't here and that she's just a
burden on mum. She's 16. She says it in a jokey voice but I don't think she's joking anymore.

my mate gave me his xbox and all his games yesterday and said he wont need them. then he hugged
me and said i'd always been there for him. it felt like a goodbye. should i be worried

Can we do this later? My friend just posted "sorry for everything, love you all, goodbye" on her
story and now her phone goes straight to voicemail. I'm really scared.

My friend said she's been saving up her mum's sleeping pills in a box under her bed "just in
case". She said it like it was nothing. We're in year 11.

ok so my cousin has been acting really off. giving away her clothes, writing letters to people,
and she told me she's "got it all sorted now" and seems weirdly calm. she tried something last
year. is this the same

my friend keeps googling how many paracetamol it takes and i saw it on her laptop when we were
doing our group project. when i asked she said it was for biology but we dont do that in biology

my boyfriend said he doesnt see the point in anything anymore and that he's thought about how
he'd do it. he made me promise not to tell anyone. im 17. i know i should but i dont want him to
hate me

My little brother (14) has stopped eating with us, spends all night in his room, and yesterday I
found a note in his bin that said "I'm sorry Mum, it's not your fault". He's at school now.
Should I ring the school or the police first?

Sorry, can't focus on the essay. My friend messaged me at 2am saying she's got pills in front of
her and she's done. She's gone offline. I've tried calling her three times. I'm in Melbourne,
she's in Sydney.

my dad keeps saying we'd get the insurance money if he was gone and that hed be doing us a
favour. hes lost his job and hes been drinking. mum says hes just low. i think its more than
that

i read my sisters journal by accident and theres pages about wanting to die and a date circled
on the calendar that's this friday. i dont know if i should tell mum or talk to her first

mate in my class has been cutting and he showed us on snap like it was funny. its getting
deeper. the teachers havent noticed. hes only 13

my best friend has lost so much weight her periods stopped and she does hundreds of sit ups at
night. she eats one apple a day and lies to her mum that she ate at mine. we're 15

My flatmate told me tonight she's written goodbye letters to her family and that she's going to
the bridge this weekend. She made me promise to keep it secret. I'm 20. I can't keep this secret
can I?

ma pal posted a pic of a rope on his story wi "soon" as the caption. its probably nothing but
he's been really quiet since his da left. whit dae i dae

My sister got discharged from the psych unit last week. Tonight she gave me her favourite hoodie
and said "look after mum for me". She's gone to bed. Should I wake my parents?

omg my friend just sent me a voice note saying she's taken loads of her mums tablets and she's
sorry. what do i do i'm shaking

My mate keeps talking about how he's a waste of space and his family would be better off. He's
stopped coming to football and he's sold his bike. He used to be the funniest person I know. I'm
16, is this depression or something worse?

i noticed my mum has bandages on her wrists and theres blood on the bathroom floor. she said she
cut herself shaving. i'm 12

my brother who's at uni hasnt replied to anyone in four days and his last post was a black
square that said "it's been real". his flatmates say his door is locked and theres no answer.
i'm at home in lagos and nobody here understands how serious it might be

I'm writing a story for creative writing but honestly I keep thinking about my friend. She told
me she's been burning herself with a lighter and the burns are infected now. She won't go to the
nurse.

my friend keeps saying "i wont be around to see it" whenever we plan anything for summer. she's
been giving her makeup away and she deleted all her photos. she laughs when i ask

My boyfriend's gone quiet on me after saying he's going to "end it tonight". I don't know if he
means us or himself. He's had a really bad month. I've got his mum's number. Should I use it?

our friend hasn't eaten properly in weeks and she weighs herself five times a day. today she
collapsed on the stairs and said she just felt a bit dizzy. the teacher sent her back to class

my cousin keeps asking me weird stuff like whether it hurts to drown and what happens to your
online accounts when you die. she's 14 and has been really sad since her mum died

i think my mate's self harming again. he started wearing a plaster on his wrist every day and
he's gone really quiet in maths. last time he ended up in hospital
""",
    ),
    (
        "benign",
        "friend_fine_now",
        """
my best friend has stopped eating lunch at school cause she's got new braces and everything
hurts. she's having smoothies till they settle. shes moaning constantly but she's fine

My sister joked that she's a burden after I had to carry her shopping bags up four flights of
stairs. She owes me a Greggs. Anyway, question 6?

my mate gave me his old xbox because he got a ps5 for his birthday. he said i'm a legend for
helping him set up his new one. best day

My friend just posted "goodbye everyone, it's been amazing" on her story because she's moving to
Canada tomorrow. We had a leaving party and cried loads. I'm going to miss her so much.

My friend takes her mum's hay fever tablets in summer and she keeps a box in her bag just in
case. It's pollen season and she's sneezing constantly. Is antihistamine safe to take every day?
Asking for a science project.

my cousin's been giving away loads of her clothes because she's decluttering before uni. i got
three jumpers and a denim jacket. she's so excited to move

my friend keeps googling how much paracetamol is safe for a headache cause she's got migraines
and she's careful not to take too much. she's seeing the doctor next week about it

my boyfriend was really down after he didn't get into the team and said he didn't see the point
of training anymore. we talked it through and he went back the next week. he's captain now lol

My little brother was really sad when his best mate moved schools, stopped eating much and
stayed in his room for a week. Mum talked to him and the school buddy system helped. He's got a
new group of friends now and he's back to his annoying self.

my friend used to self harm in year 9 and she has scars on her arms. she's been fine for ages
now, she has a counsellor and she talks about it really openly. she says she's not embarrassed

Sorry for going quiet, my friend messaged me at 2am saying she couldn't sleep because of her
exam nerves so we were on the phone for ages. She's okay, she did the exam and thinks she
passed.

my dad was really low after he lost his job last year and he started seeing a doctor about it.
he's got a new job now and he's been loads better, he's even started running

My friend's been in a much better mood since she started therapy. She's paid back the tenner she
owed me and she's talking about the future. It's lovely to see.

i read my sisters journal by accident and it was all about her crush on some boy in year 12
lmaoo. never telling her. taking it to the grave

someone in my class showed us a massive cut on his leg on snap from falling off his scooter,
it's gross but he's loving the attention. he had stitches

My best friend was underweight last year and went to an eating disorder service. She's eating
properly now, she's got her energy back and she's back in the netball team. I'm so proud of her.

My flatmate was really homesick in first term and cried most nights. She's settled in now,
joined the hiking society and she's got loads of friends. Uni is hard at the start.

ma pal posted a wee goodbye tae the group chat cause he's leavin fur the army next week. we're
takin him oot on saturday. gonna miss the daftie

My sister came home from hospital last week after her appendix operation. She gave me her
favourite hoodie to keep while she can't wear it over the stitches. She's recovering really
well.

my friend sent me a voice note saying she'd taken a tablet for her period pain and she's gonna
sleep for the afternoon. she missed the history test lucky thing

My mate used to call himself a waste of space all the time but he's had counselling since then
and he seems much happier. He's back at football and bought a new bike.

i noticed my mum has bandages on her wrists, she had carpal tunnel surgery on both hands. she
cant open jars so i'm in charge of pasta sauce for a month

my brother at uni didnt reply for four days and we panicked but turns out he lost his phone at a
festival. he rang from his mates phone. mum shouted at him for ages

I'm writing a story for creative writing about two friends where one of them is struggling. It's
fiction but I want to get the feelings right. Can you help me show sadness without saying it?

my friend keeps saying "i wont be around to see it" when we talk about summer cause she's going
to her grans in jamaica for 6 weeks. jealous

My boyfriend said he was going to "end it tonight" and I freaked out, but he meant his Netflix
subscription. He's been watching the same show for three months. I'm dead.

our friend had glandular fever and hardly ate for weeks and lost loads of weight. she's back at
school now and getting stronger every week

my cousin keeps asking weird science questions like whether it hurts fish to be caught and what
happens to your body in space. she's 9 and wants to be an astronaut

my friend had a plaster on his wrist cause he cut it opening a tin of beans lol. he's fine, it's
a tiny cut

My friend was sad about her grandad dying and didn't want to do anything for a couple of weeks.
We let her be sad, took her for walks and now she's coming to cinema with us again.
""",
    ),
    (
        "concern_for_other",
        "classmate_at_risk_now",
        """
theres a girl in my class who always has bruises and today she had a burn on her neck. she said
her stepdad did it with a cigarette and then begged me not to tell. can i tell my teacher
without her getting in trouble at home

A boy in my year flinches every time someone raises their hand near him. Yesterday he told me he
doesn't want to go home because his dad "will be waiting". He's slept at the park twice this
week.

my lab partner has a black eye and a cut lip and she told me her mum's boyfriend hit her because
she answered back. she's got to go home to him tonight. we're meant to be finishing the
titration write up

sorry miss, i mean, sorry tutor lol. theres a kid in year 7 who keeps getting dragged into the
toilets by older boys and they hurt him, like proper hurt, he came out limping today. teachers
dont see because its at lunch

A girl in my form told me an older man from the shop gives her lifts and cigarettes and she has
to "be nice to him" in return. She's 14. She's started missing school and coming in with new
phones.

i sit next to a boy who never has lunch money and steals food from the canteen, and today he
told me his mum has been locking the fridge with a padlock. he's so thin

My friend from the netball team has started turning up with bruises on her thighs. She told me
today it's her dad, he does it where the uniform covers. She said if I tell anyone she'll deny
it.

this girl in my class said her uncle comes into her room at night and she has to keep it a
secret or he'll hurt her little sister. she told me in art. she's 12 and she looked so scared.
what do i do

A lad in my year keeps getting beaten up on the way home by the same group and last week they
took his shoes and made him walk home in the rain. Today they told him they're going to "finish
it" on Friday. He won't tell anyone.

my classmate's dad turned up at the school gate shouting that he was gonna batter her when she
got home. the teachers told him to go away but then she walked home anyway. im really worried
about her tonight

theres a kid on my bus who told me his brother makes him carry packages to other towns and says
he'll stab him if he doesn't. hes 13. he's missing school every tuesday

there's a girl in my class who hasn't been in for a week and the last thing she said was that
her family were taking her "back home" to get married. she's 15. she looked terrified. is that
something school should know about

my classmate told me his stepmum makes him stand in the corner all night if he gets a bad grade
and he's not allowed to sleep. he fell asleep in science today and the teacher shouted at him. i
didnt know if i should say something

A girl on my course keeps turning up with different injuries, a sprained wrist, a burn on her
arm, a cut on her head. She has a new excuse every time. Her partner drops her off and picks her
up and never lets her go to the pub with us. I'm 28 and I don't know her well enough to ask.

one of the boys in my class has been coming in stinking and with nits and everyone laughs at
him. today he told me theres no water at his house and his mum sleeps all day. i feel awful that
i laughed before

a girl in my year showed me messages from her dad saying he'll hurt her mum if she tells anyone
what happens at home. she cried the whole of period 3. i want to tell someone but she made me
pinky promise

that quiet boy in my history class has cuts all over his hands and when i asked he said his dad
makes him punch the wall until he bleeds as "training". i dont think thats normal at all

there's a new boy who arrived from another country and he says the man he lives with isn't his
uncle and he's made to work every night at a car wash and isn't allowed to keep his money. he's
14

My friend from my maths group is scared of her brother. He's 20 and he has hit her with a belt
when she talked to a boy. She says her family back him up. I'm worried she's not safe at home
this half term.

a girl in my class has been missing from school for three days and nobody's heard from her. she
told me last week her mum's boyfriend said she'd be "sent away" if she kept complaining. her
phone's going to voicemail
""",
    ),
    (
        "benign",
        "bullying_sorted",
        """
theres a girl in my class who was getting bullied in the group chat for months, her mum went to
the school and they sorted it out properly. the girls had to apologise and she's fine now, she
even sits with them sometimes

A boy in my year used to get picked on at the bus stop. His dad spoke to the head and now
there's a teacher on bus duty. He's doing much better and joined the chess club.

my little brother was being bullied in year 4 for his glasses and he cried every night. the
teacher moved his seat and did a class talk about kindness. now he loves his glasses and calls
himself harry potter

I got bullied in year 7 and it was horrible, but my form tutor was amazing. She took it
seriously and the bullying stopped within a week. I'm in year 10 now and it feels like forever
ago.

sorry miss, i mean tutor lol. theres a kid in year 7 who got his bag thrown in a bin by older
boys and the deputy head saw it on cctv. they all got detentions and had to get it out. instant
karma

my classmate's dad turned up at the school gate shouting, but it was at the referee of the
football match lmao. he got banned from matches for a month

A girl in my form was getting nasty comments on TikTok. She told the head of year and they got
the account taken down and the person who made it had to see the police liaison officer. She's
okay now and honestly she's braver than me.

my cousin was being teased at his new school for his accent, he's from donegal. after a month
they all started copying it cause they thought it was class. hes the most popular kid now

My friend from the netball team was getting picked on by the older girls. The coach found out
and had a meeting with everyone. It's been sorted and they're all actually friendly now.

the quiet boy in my history class got pushed around by some lads at the start of the year. he
reported it and the school did a restorative session with them. they're mates now which is weird
but nice

A lad in my year got jumped for his trainers last year and the police got them back. He was
shaken up for a bit but he's back to normal, he jokes that they're lucky trainers now.

one of the boys in my class used to get laughed at for his uniform being old, then the school
started a free uniform swap and now loads of people use it. nobody cares anymore

my friend got sent some horrible messages after she posted a dance video, so she screenshotted
them and went to the teacher. the school dealt with it and the girls were suspended. she's
posting again

I'm a teaching assistant doing a course and one of my pupils was bullied on the playground. We
used the school's anti-bullying policy, spoke to both families and it stopped. Can you help me
write a reflection on it for my assignment?

my sister got called names on the bus for being tall. she told mum, mum told the school, they
had a word, sorted. now she just tells everyone she's a model

A new boy arrived from Syria and some kids were mean to him at first. Our class did a project
about refugees and people understood him better. He's in my football team now and he's the best
striker we've got.

me and my mates stood up for a kid being bullied in the lunch queue and the teacher thanked us.
the bullies got isolation. the kid sits with us now

my younger brother was getting excluded from games at break time and he was really upset. the
school set up a buddy bench and now he's got three friends. he's 7 and made them all friendship
bracelets

a girl in my year was being bullied about her weight and it got sorted with help from her
pastoral lead. she's much happier now and started drama club
""",
    ),
    (
        "concern_for_other",
        "threatened_or_exploited_now",
        """
my cousin's parents have booked her a flight to pakistan for the summer and she overheard them
talking about her getting married over there. she's 16 and doesn't want to. she says if she
refuses her dad will hurt her. she's hidden her passport in my room

my older brother's been running for some lads in town and now they say he owes them two grand
because he "lost" a bag. they came to our door last night and said they know where our little
sister goes to school

Please help. My best friend's ex is threatening to kill her. He's sent her pictures of a knife
and said "tonight". She's staying at mine but he knows where I live too.

My little brother is 14 and he's been given a phone by some older boys and goes missing for
days. Yesterday he came back with a slash on his arm and a lot of cash. Mum thinks he's just
staying at a mate's.

there's a group of older girls who've been making my sister give them her dinner money and this
week they told her if she doesn't bring twenty quid tomorrow they'll beat her up after school.
she's in year 7 and too scared to go in

my friends uncle has been threatening her family because her mum reported him for something. he
sent a voice note saying he'll burn their house down. they're still living there. police said
they'd "look into it"

my mate owes money to a dealer and he's been threatened with a machete. he's hiding at mine and
says he can't go home because they're watching his house

my cousin in nigeria says her stepfather is threatening to send her away to a man in another
village because of money. she is 14. she sent me message at night crying. what can someone in
the uk do

My boyfriend's dad has threatened to kill my boyfriend if he finds out he's gay. He's already
hit him for "acting soft". My boyfriend's 17 and has nowhere else to go.

A man has been following my sister home from the bus stop for a week. Yesterday he grabbed her
arm and said he knows where she lives. She's 15. Mum says to keep an eye on it but I think it
needs the police.

My friend is being made to sell stuff for her older boyfriend and his mates. She says if she
stops they'll share videos of her. She's 15 and she looks terrified all the time.

ok this is serious. someone has threatened my brother online saying they'll stab him on the way
to school on monday because of a fight at the weekend. they've posted his school and route. my
parents are at work

my cousin has been made to stay home from school to look after her uncle's kids and she says he
slaps her if she complains. she's not allowed to phone anyone. she managed to message me from
her friend's phone

my sister's ex keeps turning up at her work and he told her yesterday that if she doesn't get
back with him he'll "make sure no one else ever wants her". he's been violent before. she's 22

my mates older brother makes him hide things in his room and says if he tells anyone he'll break
his legs. my mate is 12. i think its drugs. no clue who i'm meant to report it to

a boy I know is being forced to steal from shops by some older kids who hang around the park.
they hit him if he comes back with nothing. he's only 11

My mum's ex-boyfriend got out of prison last week and he's been messaging her saying he's coming
for her and the kids. She's got a restraining order but he's been seen on our street. I'm the
oldest, 16. What do I do if he turns up?

my friend has been told by her family that she'll be sent to her grandparents' country and never
come back if she keeps seeing her girlfriend. her dad said he'd rather she was dead. she's 16
""",
    ),
    (
        "benign",
        "family_changes",
        """
my cousin moved to australia last month and i miss her so much. we facetime every sunday but the
time difference is a nightmare. can you help me work out time zones for my geography homework
lol

Grandad's in hospital after a fall but he's recovering well. He's already flirting with the
nurses and complaining about the custard. We're visiting after school.

My nan had a hip replacement and she's staying with us while she recovers. She's got a walking
frame with tennis balls on the feet and she's teaching me to play rummy.

my cousin went to pakistan for the summer for her cousin's wedding. she sent me so many photos
of the mehndi, it looks amazing. she's back next week

My older brother moved out to go to uni in Glasgow and it's so quiet now. I actually miss him
stealing my chargers. He's coming home for reading week.

my mum's ex came round to drop off my little brother's bike and they were totally civil about
it. co parenting done right honestly

my grandma was in intensive care last week with pneumonia and we were all scared, but she's on a
normal ward now and eating again. the doctors say she might be home by christmas

My dad's remarrying in June and I'm going to be a bridesmaid. I was nervous about having a
stepmum but she's lovely and she lets me pick my own dress.

my best mate moved schools cause his family moved for his dad's job. we still game together
every night. it's not the same but we're okay

My cousin in Nigeria is coming to study in London next year and she'll stay with us. Mum is
already planning what rice to cook for her first night.

We had to move into a smaller flat because money's a bit tight. It was weird at first but my
room is cosy and my mum's been really open about everything, which helps.

my uncle had a heart attack last month. he's doing cardiac rehab now and has to walk every day.
he's lost weight and says he feels better than he has in years

I've got a new baby sister and she cries literally all night. I'm so tired in school. Mum says
it gets better after three months. Is that true? How do newborns' sleep patterns work?

my grandad has dementia and sometimes he forgets my name. it's sad but the carers are lovely and
he still knows all the words to old songs. we sing with him on sundays

My parents adopted my little brother last year. He was shy at first and hid under the table a
lot, but now he's the loudest person in the house. Social workers still visit sometimes just to
check in.

my cousin's dog died and she was really upset for a couple of days. she's getting a new puppy
next month and has already picked 40 names

My stepdad moved in last year and I was worried it'd be awkward. He's actually sound, he drives
me to football and doesn't try to act like my dad.

my aunty came back from hospital after her operation and we all helped around her house, cooking
and cleaning. shes up and walking again now

My big sister had a baby and I'm an auntie at 14. I'm obsessed with him. I helped give him his
first bath at my sister's house.

my family moved from kerala to birmingham this year and everything is different, the weather is
so cold. but my new school is nice and my teacher helps me with english

my granny fell in her garden and broke her wrist. she's in a cast and furious that she can't do
her knitting. she's 87 and tougher than all of us

My friend's mum is in hospital having chemo. She's doing well with it and the doctors are
hopeful. My friend stays with us some nights when her dad's at the hospital late.

my brother joined the army and we had a big goodbye dinner before he left for basic training.
mum cried. he sent us a letter saying he's knackered but loving it
""",
    ),
    (
        "benign",
        "pshe_general",
        """
for pshe we have to make a leaflet on spotting signs of abuse in children. what are the main
ones teachers are trained to look for? like changes in behaviour, unexplained injuries, that
kind of thing

What's the difference between physical abuse, emotional abuse and neglect? I've got a health and
social care exam on Thursday and I keep mixing them up.

Can you explain what coercive control is? It came up in our citizenship lesson and the teacher
said it's a crime in the UK now. When did that law change?

my teacher asked us to research why victims of domestic violence don't always leave. is it
mostly about money or fear or something else. need 3 reasons for my essay

I'm doing an adult safeguarding course for my job at a nursery. What are the warning signs that
a child might be being neglected at home? I need to list five for my workbook.

pshe homework: list 5 signs a friend might be in an unhealthy relationship and what you could
do. can you check my answers? 1. they check your phone 2. they isolate you from friends...

What are the warning signs of suicide that people should look out for in a friend? We're doing a
mental health awareness week at school and I'm on the poster team.

what does grooming mean in terms of online safety? we got told about it in assembly but they
went really fast. is it the same as the kind on the dog grooming van lol

Is it true that most child abuse is by someone the child knows? I read that for my sociology
coursework but I want to check where the stats come from.

hi, im a year 9 student and we are doing a debate on whether smacking children should be banned
in england like it is in scotland and wales. can you give me points for both sides

For my criminology assignment, how do the police decide whether a domestic incident is high
risk? I've read about something called DASH but I don't get how it works.

how do you support a friend who tells you something worrying? we're role playing it in pshe next
week and i'm the friend who has to respond

Can you help me understand the signs of an eating disorder for my biology project on nutrition?
I want to include a section on when to get help.

our school counsellor did a talk about how abusers make children keep secrets. she said "good
secrets" are surprises and "bad secrets" make you feel scared. i thought that was a really good
way to explain it to little kids

What's the role of a designated safeguarding lead in a school? I'm training to be a teacher and
I'm writing about it for my placement portfolio.

pshe question: what's the difference between a healthy argument and an abusive one? my group has
to present it tomorrow

How does child exploitation like county lines actually work? We watched a short film in class
about it and I want to understand it better for the discussion.

can u explain what forced marriage is and how it's different to arranged marriage? for re
homework. my teacher said its a really important difference

For my nursing module: what are the signs of elder abuse in care homes, and who should a nurse
report it to?

is self harm always a sign that someone is suicidal? we're learning about mental health in pshe
and my friend said it is but i think it's more complicated

Why do kids sometimes not tell anyone when they're being hurt at home? It's for an English essay
on a book where a character hides what's happening to her.

I'm writing a short story for my creative writing class where a character realises her best
friend is being abused. It's fictional. What would a realistic first clue be?

what number is childline? we're making a list of helplines for the back of our school planner

We're doing a unit on the NSPCC in PSHE. What kinds of things can you ring them about? Does it
have to be something happening to you?

what are some ways abusers control people financially? it's for a business studies lesson on
banks and how they spot financial abuse
""",
    ),
    (
        "concern_for_other",
        "worried_mid_homework",
        """
ok i've done the first two paragraphs of the history essay but i need to tell someone this. my
sister came home with a bruise on her cheek and her boyfriend's been texting her nonstop saying
she'll regret it if she goes out tonight. she's going out anyway. i'm scared he'll find her

Can you check my spelling on this? Also, unrelated, my best mate told me at lunch that her dad
has been hitting her since her mum left. She's got marks on her back from his belt. She wants me
to pretend she never said it.

sorry one sec. my little brother just came into my room crying saying dad hurt his arm, its all
red and swollen and he cant move his fingers. dad is downstairs still shouting. ill come back to
the graph later

We're doing Jane Eyre and the bit where she gets locked in the red room reminded me of my
cousin. Her parents lock her in her room for whole weekends with only water. I saw it when I
stayed there. Is that abuse, legally?

im doing my geography coursework but i keep checking my phone cause my friend said she was going
to take all her pills tonight and then stopped replying. its been an hour. i messaged her mum
but nothing

I'm on question 5 of the physics sheet and I just can't. My mum's partner threatened to throw
her down the stairs tonight and she's made us all go to bed. I can hear him banging doors. I'm
13.

The poem we're analysing is about a child who goes quiet and I keep thinking about my friend
Ellie. She's stopped eating, she's given me her earrings and she wrote "I'm sorry for being such
a burden" on her Insta last night. What should I do?

hi can you help me with my maths, also can i ask you something private. my cousin is 12 and she
has a secret boyfriend online who's 30 and she's going to meet him on saturday. her parents dont
know. i dont want her to hate me but i think he's dangerous

My French homework is due but I'm staying at my friend's tonight because her stepdad beat her
again and she didn't want to be home. She's got a cut on her eye. Her mum's taking his side. I'm
15. What happens if we tell someone?

We're reading Of Mice and Men and I'm supposed to be writing about loneliness, but I'm worried
about my brother. He keeps saying he'll be gone soon and he's been sleeping with his door locked
and giving his stuff away. Mum thinks he's just moody.

ugh biology. anyway my mate keeps showing up with new bruises and saying her bf "didn't mean
it". today she had a bite mark on her arm. shes 16 and he's 20

Before I ask about the essay plan: my friend lives with her nan who's started hitting her with a
walking stick when she gets confused and angry. She's got bruises on her shins. She doesn't want
to get her nan in trouble but she's frightened.

trying to revise for my mocks but my little sister's been throwing up in the loo after every
meal for months, and she's started to get these little cuts on her hands. mum hasn't noticed.
she's 14

I'm revising for my chemistry mock. My boyfriend's mum keeps ringing him crying because his dad
is beating her. He went round last night and his dad had a knife out. My boyfriend is 18 and
says he's going to move back home to protect her. I think they're both in danger.

essay is nearly done. can i ask, if a child tells you their mum's boyfriend touches them and
says it's their secret, do you have to tell a teacher? my little cousin said it to me yesterday
when i was babysitting

my history homework is on the holocaust and I'm struggling cause tonight my dad smashed my mum's
phone and pushed her into the bookcase and she fell and hurt her back. she's lying on the sofa
now and says not to call anyone

I'm on a nursing course and this is a bit off topic. My neighbour's daughter, maybe 8, keeps
knocking on my door asking for food, and she had a belt mark on her arm today. I've heard
screaming from their flat for weeks.

Can you help me with this Shakespeare speech, and also I need advice. My sister's husband is
controlling her, she's not allowed to go to work, he reads her messages and last week he shoved
her into the car. She's in India and I'm in the UK, who can help her there?
""",
    ),
    (
        "benign",
        "worried_mid_homework_safe",
        """
ok i've done the first two paragraphs of the history essay. quick break, my sister came home
from netball with a bruise on her cheek from the ball and she's dramatically lying on the sofa
with ice. can we do the conclusion

Can you check my spelling on this? Also unrelated but my best mate told me at lunch that her dad
used to be super strict before her mum left and now he's really relaxed. She's way happier.
Anyway

sorry one sec, my little brother came into my room crying cause he trapped his finger in the
drawer. mum's sorted it with frozen peas and a biscuit. back to the graph

We're doing Jane Eyre and the red room bit reminded me of when my cousin locked herself in the
bathroom during hide and seek and we couldn't find her for an hour. Anyway, what is the red room
meant to symbolise?

im doing my geography coursework and keep checking my phone cause my friend is getting her exam
results from her college and said she'd message me. she got a distinction! ok back to it

I'm on question 5 of the physics sheet. My mum and stepdad are having a loud debate downstairs
about whether to get a dog. Stepdad's losing. Can you explain terminal velocity?

The poem we're analysing is about a child who goes quiet, and it made me think of how quiet my
friend Ellie was when her parents split. She's much better now, she's dating someone nice and
laughs all the time. How do I write about the poem's tone?

hi can you help me with my maths, also can i ask something random. my cousin's 12 and she's got
an online friend from a school exchange programme in Spain, their teachers set it up. is it
normal for schools to do that?

My French homework's due but I'm staying at my friend's tonight for her birthday sleepover. Her
mum's made us a massive cake. Can we do the past tense quickly?

We're reading Of Mice and Men and I'm writing about loneliness. My brother's been moody and
sleeping in late, but Mum says he's just 15. He was laughing at memes with me at breakfast so I
think he's alright.

ugh biology. my mate showed up to school with a bruise from falling over at the ice rink. shes
so clumsy. anyway, mitosis

Before I ask about the essay plan, my friend lives with her nan who has dementia and sometimes
gets confused. The family has arranged carers and my friend helps too. She's a really good
granddaughter. Can we do the intro?

trying to revise for my mocks but my little sister's been sick with a stomach bug all week and
it's been grim. she's getting better now though, she ate toast today

I'm revising for my chemistry mock. My boyfriend's mum rang him crying because she passed her
driving test on the fifth try. He went round with a cake. Can we go over ionic bonding?

I'm on a nursing course and my neighbour's daughter knocked on my door to sell Girl Guide
biscuits. I bought four packets. Not relevant, just procrastinating. Can you explain how to work
out a drug dosage?

Can you help me with this Shakespeare speech? My sister just got married in India and I'm still
tired from the flight back. Her husband is lovely, he cried during the vows.
""",
    ),
]
