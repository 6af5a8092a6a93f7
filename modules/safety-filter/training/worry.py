"""Worry about someone else (the ``st_worry`` family), and the same topics without anyone at risk,
for the safety-filter's training corpus, written by hand for this project.

    BLOCKS -> [(label, sub, block of posts)]   # corpus.hand_written(BLOCKS, "st_worry")

What these posts teach (concepts, not sentences): a student who reports that a friend,
sibling, parent or online friend has said goodbye, talked of not being here, shows the
signs without words (things given away, accounts deleted, a sudden calm), hurts themselves,
or is being hurt by someone (at home, by a partner, by an adult grooming them, by a gang of
bullies) is concern_for_other, however half-sure, lowercase or buried in a homework request
the message is, and so is the question of whether to tell; the same vocabulary with nobody
at risk now (a friend who had a scare and is safe and supported, ordinary sadness over a
breakup, exams or a move, a dark joke or game talk that context shows was a joke, a PSHE
poster, a first aid course or a story being written) is benign.

Rules and source format: those of every hand-written file (``corpus.hand_written``). Also:

- No situation or sentence of ``aftermath.py`` or ``bystander.py`` is repeated here, and no
  sentence of six words or more appears in two posts.
"""

from __future__ import annotations

__all__ = ["BLOCKS"]

BLOCKS: list[tuple[str, str, str]] = [
    (
        "concern_for_other",
        "reported_intent",
        """
sorry can we pause the quadratics for a sec. my friend Maddie just snapchatted me a pic of her
bedroom ceiling with "last view" written on it and now her snap map is off

my brother (19) rang me from his uni halls at 2am and said he's worked out that the family would
cope fine without him, that mum would be sad for a year and then ok. he said it so calmly. im 15 and
at home in cork. what do i even say back to that

Hi, I am from Cebu. My cousin Joy messaged our group chat that she is "going home to Lola" and our
Lola passed last March. Everyone sent heart emojis but I think she means something else.

he messaged me "take care of Pepper for me, she likes the blue bowl" and pepper is his cat. why
would he say that on a random tuesday night

Quick question before we start the essay plan. Is it normal for someone to say they've "written
everyone a letter" and then just change the subject? My teammate Callum did that after training and
I can't shake it.

my online friend from discord (she's in texas, 16) said tonight is the night and logged off. i don't
know her surname. i only know her town starts with a W

My sister told me on the phone that she's so tired of being a weight on everyone, and that she's
sorted out who gets her car. She's 23 and lives in Perth, I'm in Adelaide.

can u help me with my history essay after this. but first, my friend said in class today "this is
the last essay i'll ever hand in" and laughed. nobody else laughed. was that weird or am i being
paranoid

My dad left a voicemail for me at school saying he was proud of me and that I should listen to my
mum from now on. He never calls me at school. He's been out of work since Christmas and sometimes
sleeps in the car.

Amara from my church choir told me after rehearsal that God would forgive her for leaving early. I
asked leaving what and she said life. She's 17. I'm in Enugu.

ok so my mate jordan keeps saying "not gonna be an issue for much longer" whenever anyone mentions
the mocks. like every time. hes said it 5 times this week

She wrote in our shared google doc for the geography project "sorry I won't be around to finish my
half, you'll get full marks without me anyway". Then she deleted it but I saw it in version history.

My stepbrother is 14 and he told me he's figured out "the way out" and then looked at the garage. I
didn't get it at first. Now I think I do. Mum is on night shift.

Bhai my roommate at the hostel told me if his name is not on the merit list tomorrow he will not
come back down from the terrace. He said it like he is telling the weather. Warden is asleep, what
should I do.

sorry this isnt about the maths. my girlfriend said "you deserve someone who isnt broken, and soon
you'll get the chance" and she wont explain. shes 17 and her mums in hospital

My aunt rang my mum last night and said she'd had enough of all of it, for good this time. Mum says
it's just Aunt Ruth being dramatic. But I was on speaker and I heard her voice, mum didn't really
listen.

idk if this counts but my friend commented "same, soon" on a tiktok of a girl saying goodbye to her
dog. she has a dog. she's been off school for 2 weeks

My best friend Noor said she isn't scared of dying anymore, she's scared of waking up tomorrow.
She's 16, Year 11 in Sydney. Do people say that when they actually mean it?

my cousin in manila told me on messenger that his family would save money if he was gone and his
insurance from work would help his mom. he is 20

My little brother is 12 and he told me at bedtime he asked God not to let him wake up. Three nights
in a row now. He's getting picked on at his new school in Leeds.

A lad in my Year 13 form wrote "goodbye x" in the leavers' book even though it's only February, and
under it he put this Friday's date.

my friend just sent me on whatsapp "if i dont reply tomorrow dont look for me, just tell my mum i
loved her". she is in Durban and i am in Cape Town

my netball teammate said in the changing room that she's done being a problem and she's "fixing it
this weekend". she had a massive fight with her dad after the last match

what does it mean when someone says "i hope the bus doesnt stop" while you're standing at a bus stop
together. my friend said it this morning and kept staring at the road

My online friend Kai (Canada I think) has been talking about "the plan" for weeks and I thought it
was a game thing. Today he said the plan is real and it's about him, and the date is his birthday.
That's Sunday.

my older sister says she's not bothering with a 21st because she won't make it that far. she said it
at dinner and mum told her off for being morbid. i dont think she was being morbid

Good evening. My classmate Tunde told me he has chosen the day he will end his suffering, after the
WAEC papers finish. He does not joke like that. Please who should I inform?

hi sorry. my friend sent me a voice message crying and saying she's so done and this time she's
actually going to. then it cut off. its 11pm. she's in year 10 same as me

he told me "you were the only good thing" in the past tense. WERE. we were in the middle of a
revision zoom and he just left the call

my flatmate (we're 19, first year at Glasgow) told me she's worked out how many of her tablets it
would take. said it in the kitchen while buttering toast like it was nothing

My grandfather in Kerala told me on video call that he has finished his duties and is only waiting
for his ticket. Mummy says he always talks like this. But this time he also handed his land papers
to my uncle.

my friend keeps posting "countdown: 4" then "countdown: 3" on her close friends story with no
explanation. when i asked she said "you'll see". today it says 2

Can I ask something not about chemistry. My friend said she wants to go to sleep in the river. She
lives beside the Liffey. She was laughing but her eyes weren't.

My brother sent me a long message about how I'm going to be a brilliant engineer and how he's sorry
he won't get to see it. He's 24 and just lost his job in Lagos. He isn't picking up.

ok weird question. if someone says "make sure mum doesn't find me, you find me first" what are they
talking about. my sister said this. she's 15 im 17

lad on my rugby team said on the bus home he's "checking out" before the season ends and asked me to
have his boots. hes a size 10 and im a 7 so it wasnt about the boots

Saoirse has started saying "when I'm gone" in normal conversations, like "when I'm gone you can have
my seat on the bus". She says it's a joke but it was about six times today.

Mum's boyfriend left a note on the fridge saying sorry for everything and that he's gone to the
lake. Mum is at work and isn't answering. I'm 14.

im worried abt a girl from my minecraft server. she told everyone in vc she wont be on anymore, "not
a break, forever", and gave away all her stuff in her chests

My best friend (14) whispered to me in science that she's been practising, and showed me the cord
from her hoodie. Then sir came over so I didn't say anything. It's lunch now and I can't find her.

my friend said she doesnt want to be here for christmas. i thought she meant at her dads but then
she said "not anywhere"

She texted "I love you all. Please don't let anyone blame Jess." Jess is her girlfriend who just
broke up with her. She's my cousin, 18.

my uncle posted on facebook "goodbye everyone, it was a good life until it wasn't". mum says ignore
it he's drunk. hes in another state. im 13

I'm 17 and I tutor a girl in English, she's 13. Today she told me she wrote her will in her diary
and her rabbit goes to her best friend.

my mate keeps saying he'll be a ghost by summer lol but like, not lol. he's stopped going to his
physio and he loved physio

my brother said if dad comes home drunk again tonight he's walking into the sea. we live in
scarborough. he's 16

Help. A girl in our group chat wrote "I'm not going to be a problem for anyone after tonight" at
10:40 and nobody has replied because they're all asleep.

hey. my friend says her brain keeps telling her to step in front of the tram and one day she might
listen. she said it like a fact about the weather. we're in melbourne

My teammate Rhys left the group chat with "been real lads". He's never left a chat in his life.
Hasn't been at training for a week either.

my sister said at least her funeral would be cheap cos she doesn't have many friends. she's 16. she
was smiling when she said it

Someone I follow online, I think around 15 from the Philippines, said on stream this was her last
one "because I'm leaving this world". Chat thought it was a bit.

My dad told my brother and me we should know the bank passwords in case. Then he said he can't face
another winter. My mum left in October.

my friend told me in PE that she stood on the bridge over the ring road for an hour yesterday. she
said next time she won't just stand there

Sorry to interrupt the French Revolution. Luca just messaged me "tell Ms Harper I'm sorry about the
coursework, I won't need an extension". Ms Harper is our teacher. He's not in school today.

My best mate has given himself until his 18th. If nothing's better by then he's out, his words. His
18th is three weeks away.

so my bf said he'd be doing me a favour by disappearing permanently. when i asked what he meant he
said i'd understand later

my friend told me she's written a letter for each of us and hidden them in her locker, and she told
me the code. why would she tell me the code

My cousin Thabo told me he's done trying and I must tell his gogo it wasn't her fault. He's 17 and
in Soweto.

she said "it's fine, i've decided" and she seemed happy for the first time in months. decided what
though. she wouldnt say

my friend in year 8 says every day he wishes a car would hit him on the way home. every day now. and
he walks right on the edge of the kerb

My older brother told me he's only staying alive till Mum's operation is done because he doesn't
want to stress her. That's in May.

I help mod a small discord. One of our regulars DM'd me that she's sorry for being annoying and
won't be around to annoy us after this weekend. She's 14 I think. Who can I even contact?

friend said bye in a really weird way

Wait before the next question. My teammate Kemi just said in our chat that she's going to "rest for
good" after tomorrow's trials. She's not resting, she's been awake for two days.
""",
    ),
    (
        "concern_for_other",
        "warning_signs",
        """
my best friend gave me her Taylor Swift vinyls today. she's been collecting them since year 7. she
said she doesn't need them anymore. idk it felt off

My friend deleted her instagram, tiktok and bereal on the same day and now her number doesn't show
on whatsapp either. She still comes in but she doesn't talk at lunch.

my brother has stopped eating dinner with us, lost loads of weight, and says sorry for literally
everything. sorry for being in the kitchen, sorry for breathing too loud. hes 17

For two weeks Oisín has been so calm. Weirdly calm. He was really low all term and now he's smiling
all the time and he's paid back everyone he owed money to.

My teammate visited everyone on our cricket team this week, just turned up at our houses to say hi.
He never does that. He's been really flat since his results.

I saw on the family ipad that my sister searched how long it takes to bleed out. She's 14. I'm
scared to ask her. Should I show mum the history?

my friend hasn't been in school for 9 days. everything's left on read. her mum told my mum she's
"just tired". she was in a really bad place before half term

Can you help with my physics? Also random but my friend is giving away all his Warhammer, he spent
years painting those. Is that a bad sign or am I reading into it?

My cousin, 19, has started apologising to people from primary school. Like messaging kids she hasn't
spoken to since she was 9 to say sorry. She also quit her job last week.

my bestie stopped eating lunch, gave her hoodies to her little sister, and stares out the window all
through maths. when i ask she just shrugs

My roommate cleaned out her whole room and put labels on boxes with people's names. She isn't
moving. Her lease runs to June.

He's sleeping in lessons, he quit football, and he's given his boots and his Liverpool shirt to a
year 7. My mate is normally obsessed with that shirt.

i noticed my friend looking up the tallest car parks in town on her phone in form. she turned the
screen off when she saw me looking

My sister has paid off her phone contract, returned library books from two years ago and told mum
her bank PIN. She's 20 and has been depressed for ages. Is this good or bad??

my friend changed his bio to just a date. it's next thursday. nothing is happening next thursday as
far as i know

Our son's best friend stayed over last weekend and left a sealed envelope under my son's pillow
marked "for after". My son hasn't opened it. The boy is 15. I'm his mum, I don't know whether to
open it.

My dad sold his fishing boat, which he loved more than anything, and gave all the money to my mum.
He hasn't been out fishing since the mill closed.

my friend keeps hugging everyone for ages, like long long hugs, and saying "glad i knew you". it's a
tuesday and we see each other every day

A girl in my class has stopped coming in most days and when she does she's got her hood up and
doesn't eat. Her sketchbook used to be bright flowers, now it's graves. I sit next to her in art.

my best friend uninstalled every game, blocked her whole xbox friends list except me, and then sent
me her account password

Is it a warning sign if someone suddenly makes a will at 22? My flatmate did one online this week
and she owns nothing really, just a bike and a guitar.

My mate who is late to everything is suddenly early, quiet and weirdly polite, and he apologised to
Mr Osei for being "hard work" all year. We're year 11. Feels wrong.

my little brother keeps asking detailed stuff about what happens to your body after you die. he's
11. he's stopped going to cubs and gave his tablet to our cousin

He's stopped doing his insulin properly. He's type 1 and he's always been careful. His sugars are
all over the place and he just shrugs about it. He's 16.

i saw my friend's been stockpiling her mums sleeping tablets in a sunglasses case. it fell out of
her bag in the library

my friend sharmila stopped replying in our study group, missed 3 mock papers, and her dad says she
sits in the dark all day. she was topper in 10th

My online friend stopped playing, stopped posting, and her last post was a sunset with no caption.
She captions everything. It's been four days.

My teammate is giving everyone on the netball team little handwritten cards. Mine said I'll be an
amazing captain next year. She IS the captain and she's not leaving as far as I know.

Kuya has been visiting all our titas and lolas this month, even the ones in Batangas. He never
visits anyone. And yesterday he gave me the keys to his motorbike.

My best friend cancelled her dentist, her driving test AND the concert we've been waiting a year
for. She says there's no point booking things. She's 17.

i think something's wrong with my brother. he cleaned his room spotless and left his phone and
wallet on the kitchen table when he went out this morning. he never leaves his phone

my mate's been mad generous lately. bought everyone maccies, gave me his good headphones, paid off
his tab at the tuck shop. hes usually skint and tight as anything

She's stopped washing her hair, wears the same jumper every day and sleeps through first period.
Then on Friday she brought cupcakes for the whole class and a card for our form tutor.

My best friend has been writing "sorry" in the margins of her notes. I borrowed her biology book and
it's on nearly every page, tiny.

Is it normal to give your pet to a neighbour "for a bit" with no date to get it back? My friend Zara
did that with her rabbit. She lives alone, she's 20.

my brother's search history on the shared laptop is all mainline train timetables and how fast the
express goes through our station. he doesn't take trains. he's been off work

my friend hasn't eaten properly in weeks, gave away all her makeup, and says sorry for "being such a
mess" before she even says hi

I'm an exchange student in Germany. My host sister stopped going to school, stays in bed, and
yesterday gave me her grandmother's necklace, which is her most precious thing. My German is not
good enough to ask her properly.

Since his parents split my best mate stopped gaming, stopped replying, and last night changed his
pfp to plain black. Last online 3am.

My girlfriend unfollowed everyone including me, then changed her pfp to her and her nan who died
last year. She won't say why.

My bro left his savings in an envelope on my bed with my name on it. £340. He's 15, I'm 13. He's "at
his mates" apparently.

My friend sleeps in lessons, has stopped doing her hair, and keeps apologising for "dragging me
down". She's started handing out her drawings to people too.

My teammate turns up to practice in the same clothes, eats nothing at tournaments, and quit the team
chat without a word. Coach hasn't noticed.

In a month my friend went from crying every day to totally calm and cheerful. Everyone says she's
better. But she handed me her diary and said not to read it till later.

my friend goes to her dad's grave every day after school and stays till dark. she's stopped talking
about uni at all

I noticed my lab partner googling funeral costs in chemistry. She's 16. Her nan's fine as far as I
know.

my big sis sorted all her clothes into bin bags with our names on. she says shes decluttering. she's
19 and hasn't left her room in weeks apart from doing this

He gave away his bass, deleted all his Spotify playlists and sent me a screenshot of our old school
photo with no message. I don't know how to read any of it.

My best friend stopped turning up to her shifts at the café, stopped answering her landlord, and her
car has been parked at the reservoir for two days. I saw it when I drove past.

she's worn her late brother's jacket every day since the anniversary and she's started walking the
cliff path at Howth alone in the evenings. she used to hate walking

Is it a red flag if someone pays off all their debts at once and writes thank you cards to teachers
in November? Deji did both this week.

my best friend used to be so loud. now she barely talks, doesn't eat, and hasn't been online in
days. her mum says she just stays in her room

My younger cousin asked me to send him all the photos from our family holidays because he wants to
look at them one more time. Then he went offline.

my bf cleared out his locker in january and gave his textbooks to the year 10s. we don't leave till
june

I think my classmate is in trouble. She's skipping meals, stopped handing in work, and she had a tab
open about which medicines are dangerous together. I saw it over her shoulder in ICT.

My aunt who lives with us has stopped eating, stopped going to mass, and has been phoning her
sisters in Ireland one by one.

my mate hates hugs but he hugged our whole maths set on the way out today. his mum's been in and out
of hospital

My friend keeps thanking me for things from years ago, like sitting with her on the first day of
year 7. It's sweet but she's been so low and she's barely eating.

is giving all ur stuff away a bad sign

he's so calm now and it scares me more than when he was crying

My daughter's friend who sleeps over most weekends asked me, casually, whether life insurance pays
out no matter how someone dies. She's 17 and her mum is very ill. It's stuck with me all day.
""",
    ),
    (
        "concern_for_other",
        "friend_self_injury",
        """
my friend's pencil sharpeners never have blades in them. like every single one. she's got about 6 in
her pencil case and they're all just empty plastic

it's 28 degrees and Ellie is still in her blazer with her cuffs pulled over her hands. she won't
take it off even in PE. she nearly fainted on sports day

my best friend showed me her thigh in the toilets today. so many lines, some new, some old. she made
me pinky promise not to tell. i've never broken a pinky promise

My brother has burns on the back of his hand in little circles. He says it was a dare at a party.
There's been a new one every week since October.

my friend rubs her wrist with an eraser until it bleeds when she's stressed in maths. she says it
doesn't count as self harm. does it?

I found plasters and antiseptic wipes in my sister's school bag and the box is half empty. She said
it's for blisters from netball. She quit netball in March.

in swimming my mate wouldn't take his rash vest off and when it rode up his stomach was covered in
scratches. like deliberate, in rows

my friend carves a letter into her arm with her compass in science. it's her ex's initial. it's
scabbed but she keeps picking it open

My cousin wore wristbands on both arms all summer and wouldn't go in the water at Bondi. One slipped
and there were bandages underneath.

my gf asked me to buy her steri strips from boots because she "can't be seen buying them". she's 16
like me. she says she fell. she doesn't fall

Miss said we can use this for homework but can I ask something else. My friend punches the brick
wall behind the sports hall until her knuckles bleed. Twice this week.

my roommate hits her own head with her fists when she's stressed about assignments, hard enough to
leave bruises on her forehead. she says it helps her focus

My best friend texted me a photo of a bloody tissue and "don't worry, it's just what I do". Then
"don't tell anyone or we're done".

My friend got caught with a blade taped inside her phone case and made me say it was mine so she
wouldn't get in trouble. Now I'm the one in trouble and she's still doing it.

my brother's been using a lighter on his arm. i smelt it through the bathroom door. hes 15

there's dried blood on my friend's shirt cuff every monday. she says nosebleeds. in 4 years i've
never once seen her with a nosebleed

my friend said she scratches with a paperclip to feel something and now her arm looks like barbed
wire. she laughed and called it aesthetic

My teammate has fresh dressings on her upper arm every week under her kit. When the physio wanted to
look she said no and left early.

my best friend's burns are getting bigger. she heats a spoon. she showed me on facetime and said see
it's not even deep. we're both year 9

my friend keeps a tin of blades in her sock drawer and told me because she "trusts me". she wants me
to swear i'll never say anything

My daughter's friend stays over a lot. After she showered last night there were towels with blood on
them in the bathroom bin. My daughter went pale when I asked.

i think my friend is cutting. long sleeves always, a plaster on her arm every single day, and she
flinched when i grabbed her arm messing about

My mate from cadets has lines on his forearms he says are from brambles. It's winter and we haven't
been out on exercise since September.

At the pool my cousin had round marks up her thigh. She said it was cupping therapy. They look like
cigarette burns to me. She's 14.

my friend showed me a photo on her phone of her arm after. it was really bad, like it definitely
needed stitches. she says she'll never go to a&e

My best friend Chloe bites her own arms when she's upset, so hard the teeth marks go purple. She
laughs it off and calls herself feral.

i saw my friend's wrists in the changing room. some cuts look really recent and some look infected,
yellowy round the edges. i feel sick

my friend won't wear the short sleeve summer uniform and took a detention for it rather than roll
her sleeves up. the teachers think she's just being rebellious

my best friend asked me to keep her razor in my bag so her mum wouldn't find it in a room check. i
said yes without thinking. it's in my bag right now

My brother bangs his head against his bedroom wall at night. I can hear it through the wall, thud,
thud, thud. He's 13 and the lads at school are horrible to him.

my friend texted "did it again" and then a heart. i know what it means. third time this week

I help run a Scout troop. One of our 14 year olds rolled his sleeves up for a knot game and there
were neat parallel cuts along his forearm, some fresh. He saw me see.

First it was the neighbour's dog, then a rosebush, then a fence. My friend has a new excuse for her
arms every week. She doesn't even have a garden.

my friend takes the metal bit out of her eyebrow razor. she showed me how she gets it out. she
seemed almost proud

bro my mate has hella burns on his hands n says its from the chippy but he doesnt work there anymore

My girlfriend showed me fresh cuts on her hip today. She said it's because her dad shouted at her
again. She won't let me go to the counsellor because they'll ring home.

my best friend came in with a bandage round her whole forearm and said her straighteners did it.
then i saw her pick at it and it was cuts underneath not a burn

My friend starves herself and then cuts if she eats. She says it's "a deal with herself". I don't
understand it but I know it's bad.

a girl in my year scratches her legs with a snapped CD. she keeps the bits in her blazer pocket

My sister (16) has worn tights under her trousers since June and I found blood spots on them in the
wash. Mum does the washing, she'll find them next.

Can you help me word a message to my friend? She showed me her cuts today and told me not to make it
a thing. I want her to know I'm worried without scaring her off.

My mate snaps elastic bands on his wrist until there are welts. Now he's started with a blade too
because the bands "stopped working".

my friend has a burn on her wrist shaped exactly like the metal end of a lighter. she says her
curling wand did it. she has a pixie cut

i just saw fresh cuts on my friends ankle when she took her socks off for dance. she covered it with
her other foot and looked at me like please don't

My best friend is 13 and she said she cut her arm for the first time at the weekend, just to see.
Now she says she can't stop thinking about doing it again.

my friend wears a bandage every time i see her now, "clumsy lol". she is the best gymnast in our
school. she is not clumsy

A girl in my dorm at boarding school cuts in the shower so no one hears. I've heard her crying in
there and seen the tiles after. She's Year 10, I'm Year 11.

my friend twists a hair tie round her wrist till her hand goes purple and then scratches over the
marks. all through english today

My little brother carves words into himself. I saw "useless" on his thigh. He's 14. He said it was
pen but it's cut in.

my friend said she's been self harming since the start of year 10 and i'm the only one who knows.
she made me swear on my nan. my nan's dead. does that still count

friend has burns again. new ones. what do i say

He's started wearing a watch on each wrist. He never wore a watch before. Yesterday the strap moved
and I saw why.
""",
    ),
    (
        "concern_for_other",
        "being_hurt",
        """
my friend Jess had a bruise on her cheek like a handprint. she says she walked into a cupboard. her
dad's van was outside school at pickup and she went really quiet

my little brother is scared of mum's new boyfriend. he hides in the wardrobe when his car pulls up.
last week he wet the bed for the first time since he was 4. he's 7

My best friend's boyfriend is 22 and she's 15. He picks her up from school, goes through her phone,
and she's not allowed to see us anymore. She had a bruise on her arm on Monday.

there's a man on roblox who keeps giving my cousin robux and telling her she's mature for her age.
he asked her to move to snapchat and not tell her parents. she's 11

my friend got jumped by lads from the other school on the way home. they filmed it and posted it and
they've said they'll do it again tomorrow. he's too scared to tell his mum

My friend's father makes her kneel on rice when she gets under 90 in a test. She showed me her
knees. She's in Class 9 in Pune and I am her deskmate.

Ayo told me his uncle flogs him with a cable when he comes back late from lessons. There are marks
across his back. He's 14 and he lives with that uncle.

My older sister's girlfriend pushed her down the stairs. Sister says it was an accident and that she
"gets like that when she drinks". This is the second accident.

my friend's stepmum locks the fridge and she's only allowed one meal a day. she's always starving at
school. i give her half my lunch

A boy in year 11 makes my friend send him pics and says he'll share the old ones if she stops. She's
year 9. She cries in the toilets every break.

My teammate's coach grabs him by the neck when he misses a tackle. Says it's old school. There were
marks on his neck in the changing room. He's 13.

I'm worried about my cousin. Her husband won't let her have her own money or phone, and she has a
broken finger she says she caught in a door. She's 19 and got married last year in Lahore.

my friend's mum's partner throws things at her. last time a mug and she needed stitches in her
eyebrow. they told the hospital she fell off her bike

Slightly off topic from algebra. A man at the park keeps giving my friend vapes and calls himself
her boyfriend. She's 13. He's got to be about 25.

My friend gets pushed into lockers and kicked by the same group in Year 8. Yesterday they held his
head in the toilet. He says telling will make it worse.

my sisters bf grabs her wrist so hard it leaves marks and he goes through her phone while she's in
the shower. she's 17 he's 24. she says he's just protective

Our neighbours' kids are always crying and I hear their dad screaming and then thuds. The younger
one, maybe 6, had a black eye at the bus stop this morning.

my friend's older brother hits her when their parents are at work. she has finger shaped bruises on
her arms. she's asked to stay at mine every night this week

A girl in my class told me her mum's friend touches her when he stays over and he says it's their
secret. She's 12. I'm 12 too.

My friend's boyfriend made her get his name tattooed and now he says if she ever leaves he'll ruin
her face so nobody else wants it. She laughs about it. I don't.

my little cousin (9) cries before every lesson with her tutor. she said he locks the door and does
tickling she doesn't like. my aunt thinks she's just being lazy about maths

my friend is getting beaten up on the school bus every day by older kids and the driver just turns
the radio up. he had a split lip today

My best mate's dad has started hitting his mum again and my mate gets between them. Last night he
got a fat lip for it. He's 16 and he's stopped sleeping.

My online friend (14, from the Philippines) says a man she met on Facebook sends her money and wants
her on webcam. She thinks he loves her.

there's a girl on my team whose dad screams at her from the sideline and after matches she has marks
on her upper arms where he drags her to the car

My friend's boyfriend tracks her location and turns up wherever she is. Last week he smashed her
phone and shoved her against a wall. She's 17.

My cousin in Abuja works as a house help and she told me on WhatsApp the madam beats her with a
stick and the oga comes to her room at night. She is 15.

My younger brother came home with his blazer ripped and a footprint on his back. Older boys make him
carry their stuff and kick him if he says no. He's Year 7.

my friend's stepdad shoved her head into the kitchen table because she forgot the washing up. she
has a lump like an egg. she says she can't go to the nurse because they'll ask questions

my friend has been talking to a "tutor" from instagram who wants to meet her at a hotel in the city.
says he'll get her a modelling contract. she's 14

My friend said her boyfriend left her on the hard shoulder at night after an argument and then drove
at her when she tried to get back in. She's already forgiven him.

my neighbour's boy is 11 and gets locked outside all night with no shoes when he gets a bad report.
i found him in our shed this morning shivering. i'm 16, his mum doesn't speak to mine

i think my brother is being hurt by the lads he hangs round with. they make him carry stuff in his
bag and he came home with a stab wound on his leg that he stitched himself with mum's sewing kit.
he's 15

My best friend's mum slaps her hard across the face in front of us. She did it at her own birthday
party because she spilled juice. My friend acted like it was normal.

my friend's new girlfriend hits him when she's jealous and everyone laughs like it's funny because
he's a guy. he had a scratch right down his cheek today

A man at my friend's dance school messages her late at night calling her special and sending kisses.
He asked for pics in her leotard "for the portfolio". She's 13.

my friend told me her dad hits her mum and then hits her if she tries to stop him. she came in
limping with a huge bruise on her shin

my mate got his head stamped on at the skatepark by some older lads and they said they'll finish it
next time they see him. he won't go to the police because one of them's brother is scary

My little sister's friend (10) turned up at our door at 9pm in her pyjamas saying she can't go home
because her mum's boyfriend is being scary. She had scratches on her neck.

My friend from church is 16 and her parents have arranged for her to marry a 34 year old man this
summer. She cries whenever it comes up. We're in Manchester.

The seniors at my friend's engineering hostel make first years do push-ups on broken glass as
ragging. He sent me a photo of his palms. He begged me not to tell his parents.

my best friend's boyfriend is 19 and she's 14. he gives her drink and makes her do stuff. she told
me she said no once and he did it anyway

My friend at uni said her ex still has a key and lets himself in at night. She wakes up with him
standing by the bed. Last time he grabbed her by the hair.

my brother's karate instructor keeps him behind after class for "special training" and told him it's
not for telling mum. he's 10. he cries on karate nights now

i think my best friend is being groomed. there's a man on discord she calls her big brother who
sends her gift cards and says her parents don't get her like he does

My grandma is being hit by my uncle who lives with her. She hides her arms but I saw the bruises
when I helped her with her cardigan. She's 81.

my friend's dad threw her out at midnight in the rain because she has a boyfriend. she slept in the
bus shelter. third time this year

My girlfriend's older brother hits her whenever she comes back from mine. She's got a bruise on her
jaw now. She says I can't do anything or it'll get worse for her.

my neighbour is 10 and his tuition teacher hits his knuckles with a steel ruler when he gets sums
wrong. his hands are swollen and one nail is black

my cousin's husband took her passport and won't let her phone her family. when she managed to call
my mum she was whispering and said he hurts her. she's abroad now

A group at school keeps messaging my friend saying they'll jump her at the gates, and they've
already pulled her hair out in the toilets. She has a bald patch.

A year 13 is making my friend (year 9) sell weed for him and when she tried to stop he said he knows
where her little sister goes to school.

My best friend's mum locks her in the cupboard under the stairs for hours when she's naughty. She's
11. She said it's dark and she can't breathe in there.

my friend's boyfriend bit her so hard it bled and she said it was just a love bite. it was on her
forearm, purple and black

my mate's older brother makes him fight other kids for money behind the leisure centre. his nose has
been broken twice. he's 14 and tiny

A man in a car keeps waiting outside my friend's school. He knows her name and which bus she takes
and he's said he'll give her a lift one of these days whether she wants one or not.

My little sister's best friend told her that her dad holds her under the bathwater when she's bad.
My sister is 8. She told me and I didn't know whether to believe it.

my flatmate's boyfriend locks her in her room when he goes out and takes her phone with him. i heard
her knocking for ages. i'm 20 and only just moved in

My friend keeps having accidents. A sprained wrist, bruised ribs, a cut on her head. Always on
weekends at her dad's.

a girl from my old school is being sent messages by a grown man who says he'll post her pics to her
whole family if she doesn't send more. she's 15 and she told me she wants to vanish

bruises again. third week in a row. she says its fine

My friend's foster carer pulls her by the ear and makes her sleep on the landing. She's 12 and new
to our school, and she only told me because I asked about her ear.
""",
    ),
    (
        "concern_for_other",
        "what_do_i_do",
        """
if i tell the school counsellor about my friend's cuts will they ring her mum straight away? her mum
is the reason she does it

Am I overreacting? My friend said she wishes she could sleep for a year and not wake up, and she's
living on one cereal bar a day. Part of me thinks it's just exam stress.

she's going to hate me forever if i tell. but if i don't and something happens... how do people
decide this

how do i raise it with my friend without it sounding like an accusation? i've seen the marks and
she knows i've seen them

Should I tell my head of year that my mate said he doesn't want to be alive, or would he get in
trouble? We're in a Catholic school in Galway and I'm not sure how they'd handle it.

can i tell a teacher anonymously? my friend would know it was me anyway because im the only one she
told

How do you tell the difference between someone venting and someone actually in danger? My friend
talks about dying a lot lately and I honestly can't tell which it is.

My friend told me something huge about her dad hurting her and then said forget I said that. Can I
just forget it? I don't think I'm allowed to.

what do i actually say when i ring a helpline about someone else? do they need her address? i dont
know her address

I told my friend's mum she's been saying she wants to die and now my friend won't speak to me. Did I
do the wrong thing? She's still not eating.

my friend made me promise. does a promise count if keeping it might get her killed

Who do I contact if my online friend is in another country and talking about ending things? She's in
Brazil, I'm in Ireland. I have her Instagram and that's all.

How do I ask my brother if he's thinking about suicide? Like the actual words. I read you're meant
to ask straight out but I can't imagine saying it to his face.

What if I tell and it turns out she was fine and I've wrecked our friendship? She's been so low
though, and keeps saying there's no point to anything.

Is it my job to tell? I'm only 14. My friend's older brother punches her and she says if I tell
anyone she'll never speak to me again.

my friend is self harming and she trusts me. if i tell she loses the one person she trusts. if i
don't she keeps doing it. there's no good option

what happens after you report that a friend is being hit at home? will they take her away from her
family? she'd never forgive me for that

Can you help me write an email to my head of year about a girl in my form who said she's going to
end it after the mocks? I don't want to get the details wrong.

Am I being dramatic? My friend has gone really quiet, keeps giving her things to people, and told me
"whatever happens it's not your fault". Tell a teacher now or wait?

my dad says stay out of it because it's not our family. but my friend has bruises again and she's
scared to go home. what would you do

how do i support my friend who's self harming when i'm struggling too? i'm scared i'll say the wrong
thing and make her worse

My friend said she thinks about killing herself but not to worry because she'd never actually do it.
Do I still need to tell someone?

Should I ring 999 or 111 if my friend says she's taken some pills but "not that many"? She sounds
weird on the phone. I'm in Birmingham.

is it weird to message my friend's mum on facebook? i don't know her but my friend has stopped
coming to school and her last message scared me

I'm an international student in Toronto. My roommate talks about wanting to die. Who do I tell here?
At home we'd tell the family but hers is very far away.

My friend says his stepdad hits him but he's 17 and he'll be out in a year so there's no point
telling. Is he right?

I told the school nurse about my friend's cuts a month ago and nothing's happened. She's still doing
it. Who's next up the chain?

How can you tell a cry for help from a real plan? Sorry, that sounds cold. My friend says she has
pills saved and I'm trying to work out how scared to be.

if my friend is 18 can i still tell someone? she says she's an adult now and it's her choice what
she does to herself

what if the teacher doesn't believe me? my friend's mum is a governor at our school and everyone
thinks their family is perfect

My friend asked me to come with her to tell the counsellor she's been cutting but now she's backing
out. Should I go by myself?

how long do you wait after someone stops replying before you ring someone? my friend said bye in a
strange way an hour ago

My mate told me he's thinking about ending his life and asked me not to tell his parents because
they'd kick him out. Can I tell someone who isn't his parents?

i told my friend i'm worried about her and she laughed and said i'm being dramatic. she's still
giving stuff away though. push it or drop it?

Sorry I know you're for coursework. But honestly, if my friend is 16 and her boyfriend is hurting
her, would the police actually do anything?

my friend says she's only hurting herself so it's nobody else's business. how do i explain that it's
my business because i love her

I'm a dinner lady at a primary school. A little boy told me his brother burns him with cigarettes.
I'm not a teacher, do I still report it, and to who?

Should I tell my friend's parents or the school first? She told me she's planned how she'd do it.
Her parents are really strict.

is there an adult i can text instead of talking? i can't say it out loud. my friend said she wants
to die and i can't stop shaking

my friend says if i tell anyone she'll do it for real. do people say that to stop you telling, or
should i believe her?

My friend finally admitted her dad hits her. I told her to tell someone but she won't. It's been 3
weeks. How
long do I give her before I do it myself?

overreacting or not?? friend stopped eating and keeps saying sorry
""",
    ),
    (
        "benign",
        "scare_over",
        """
update on my friend who sent the weird goodbye stuff last week: i told our head of year, she got a
call home, and it turns out she'd been really low. she's seeing the school counsellor twice a week
now and she actually thanked me at lunch today

Panicked last night because my friend posted "goodbye" on her story. Turns out she was saying
goodbye to her braces lol. Got them off yesterday. Never been so relieved.

My brother's home from hospital after last month. New meds, a care coordinator, and tonight he beat
me at Mario Kart and did a victory dance on the sofa. I'm letting myself breathe a bit.

my friend gave away her books and i freaked out and rang her mum. she's moving to her dad's in wales
and they wouldn't fit in the car. we laughed about it but i don't regret checking

Thanks for helping last week. My friend did tell the school nurse about the cutting and she's seeing
someone from CAMHS now. She wore a t-shirt in PE today. Small thing but a big thing.

my mate wrote "its been real lads" in the chat and i nearly had a heart attack. he was leaving the
fantasy football league because he came last again. we roasted him for 40 minutes

My flatmate had a crisis on Sunday and we called the crisis team together. She's at her parents' in
Limerick this week with an appointment booked. She just texted me a picture of her mum's dog.

My cousin's six weeks into a treatment programme and she rang me today from the garden there. She
sounded like herself for the first time since Christmas. One more month to go.

i thought my friend was planning something because she searched how much paracetamol is too much.
she had toothache and was scared she'd taken too many by accident. the pharmacist checked her, she's
fine. still glad i asked her straight

I posted here last week scared about my best friend. She told her mum that night, they saw the GP
the next morning, and she's already met the counsellor once. Back in school today.

ok so my friend deleting all her socials was NOT what i thought. she's doing a digital detox for
lent. she told me herself and showed me the app blocker. she's bored, not sad

My dad's been on the ward two weeks after he told his GP he had a plan. We visited on Saturday and
he made a joke about the jelly. The nurse says he's engaging well. First full night's sleep I've had
in months.

My teammate who was hurting herself finally told our coach. Coach was brilliant about it. She's
getting help, she's back at training and she scored twice against St Brigid's yesterday.

A friend from my Bible study went through a rough patch last month and told the pastor she'd thought
about ending her life. She's in counselling now and she led worship on Sunday. She has lots of
people round her.

My girlfriend told her therapist about the self harm on Tuesday, which she's been scared to do for
months. They made a safety plan together and she showed it to me. So proud of her.

my brother's gf turned up at ours crying a few weeks ago saying her stepdad hit her. my mum rang
social services. she lives with her nan now and she seems so much lighter

My friend went to A&E after she overdosed last Friday. She's home now, her parents know everything,
and a nurse visits every few days. We watched a film last night and she fell asleep on my shoulder.

i was convinced my friend was going to do something because she said "i'm done with this life" but
she meant being vegetarian. she had a kebab. i need to stop catastrophising lol

My little sister was being messaged by an older man online. We found out in time, reported him, and
the police have his details. She's deleted the app and she's fine, mostly embarrassed.

my friend who got beaten up at the bus stop is ok. school got the police in, the lads got excluded,
and his mum drives him now. he was laughing in form today

My roommate told me she'd been thinking about suicide. I walked her to uni health services that
afternoon. She sees a counsellor weekly now and she's back on her dissertation. She says having a
plan for bad days helps.

My friend's mum's boyfriend who used to hit her has moved out and there's a court order. She smiles
so much more now. She invited me round to her house for the first time ever.

Thanks to everyone who replied about my best mate's goodbye message. His sister got to him, he had a
night in hospital and now he's on a plan with his GP. He texted me "sorry for scaring you".

My cousin was scared of her husband for years. She left in January with help from a women's refuge
and now has her own flat in Leeds. She sent us a photo of her new kitchen.

A few weeks back my friend let me see the cuts on her arm and I told the counsellor like you
suggested. She was angry for about two days. Now she's getting support and she told me I did the
right thing.

the "countdown" my friend was posting was for results day. i literally messaged her at midnight in a
panic and she sent back a voice note laughing at me. she got 3 A*s

My uncle's facebook post scared all of us. My aunt drove round and he's okay, he's staying with them
and he has a doctor's appointment on Monday. He said sorry for frightening everyone.

My best friend got discharged from the adolescent unit today after three weeks. She's going back to
school part time next week and I've saved her a seat in chemistry.

After I told the head of year about my friend's bruises, social services got involved. He's living
with his grandparents in Swansea now and messages me every day about football.

i thought my friend was giving stuff away for a bad reason but it was for her church's charity shop
drive. she gave me the hoodie because it's too small for her. i'm an idiot but a relieved idiot

My friend sent a scary text on Tuesday night so I rang her dad, and he went in. She wasn't okay.
She's talking to a psychologist now and her dad's taken time off work. She's already asking when she
can go back to hockey.

My mate's burns were from a welding course at college. He showed me the gloves he keeps forgetting
to wear. I felt dumb but he said it was nice someone noticed.

My son's best friend, who we were so worried about last term, is doing well. His family found him a
therapist and he's joined the climbing club. He was round for pizza tonight and ate four slices.

my sister told mum she'd been cutting and mum was so calm. they went to the doctor together. she's
on a waiting list but has the school counsellor meanwhile and she isn't hiding her arms from me
anymore

Update on my online friend from the Discord server: the mods contacted her school and she's safe.
She messaged today to say her parents know now and she has an appointment.

my friend was limping and i thought someone at home was hurting her. it was a netball injury, she
showed me the physio letter. glad i asked instead of stewing on it

I freaked out because my friend said she was going to end it tonight. Context: her and her boyfriend
of two years. She ended it. She's eating ice cream on my sofa now.

Good news. My friend whose coach was messaging her told her parents and they reported him to the
club. He's suspended. She's on a new team now and loving it.

My best friend's in a day programme at the hospital after her attempt three weeks ago. She texts me
every lunchtime with photos of the awful pasta. She's getting better, slowly.

My Lola who kept saying she was ready to go saw the doctor. She was grieving Lolo and lonely. My
tita lives with her now and she's joined the senior dance class at the barangay hall.

my best friend told me her bf was hurting her and she finally dumped him and blocked him everywhere.
her parents know, the school knows, and she gets a lift every day. she seems free

The girl in my class who kept getting shoved in the corridor is fine now. The lads were moved to
another form and she has a teacher she checks in with. She sits with us at lunch now.

My brother's been out of hospital a month. He's doing a college course and sees his psychiatrist
every fortnight. This week he asked if I wanted to go to the cinema. First time he's asked in a
year.

My best mate told his dad about the voices telling him to hurt himself and his dad took him straight
to the GP. He's on a care plan and says they're quieter. He's back playing FIFA with me.

Friend's "last stream" was her last on Twitch because she's moving to YouTube. Never been so annoyed
and so relieved at the same time.

Turns out the blood on my friend's sleeve really was nosebleeds, she has a condition and the school
nurse has a note about it. I asked gently and she wasn't upset at all.

My housemate had a scary night last week but she rang a helpline herself and told me in the morning.
She's seen her GP, she's got a plan, and she's going to her sister's for the weekend.

my friend's dad was arrested for what he did to her and her mum. they're in a safe house now. she
can't say where but she sent a selfie with her mum and they both look happier

My friend who kept saying she wished she wouldn't wake up told the school counsellor herself. She's
started therapy and medication. She's still sad some days, but she isn't hiding it and she isn't
alone with it.

the marks on my friend's legs really were her new kitten who climbs her like a tree. she showed me
on facetime, it was latched onto her leg at the time. ok fine

My teammate was off for a month after he got jumped. He's back now, doing self defence classes, and
the lads who did it got charged. He joked in the changing room that he's basically John Wick now.

My daughter's friend who we were worried about has moved in with her aunt and sees a counsellor
every week. She's joined the choir with my daughter. Their harmonies are dreadful and they're both
giggling.

Six weeks ago my friend told me she wanted to die. Today she said she's started looking forward to
things again, like our trip to Tenerife. She's been going to counselling every Thursday. So glad I
didn't keep it secret.

my little brother's way happier since mum's boyfriend moved out. the police came a couple of times
and now he's gone for good. my brother sleeps in his own bed again

My colleague who had a breakdown at work in March has been back two weeks on reduced hours. He
brought in cakes today and thanked everyone who covered for him. He's seeing a therapist.

The letters in my friend's locker were for the year 6 kids she mentors, for their leavers' day. I
asked her and she showed me. They were really sweet.

My friend told our teacher about her uncle and the police are involved. She lives with her mum's
side of the family now. She's coming to my birthday party next week, which he'd never have allowed.

My flatmate who I thought was being controlled by her boyfriend just dumped him! She's been planning
it for ages. She's changed the locks and she's buzzing.

my bf who used to hit his head on the wall when stressed is doing CBT now and has a stress ball
shaped like a potato. he squeezes it in class. it's working

My sister's been home from rehab a month and she's got a job at a garden centre. She's still getting
support and she rings me every Sunday.

After my friend's mum found the messages about him wanting to die, she got him help that same week.
He's doing okay, he sees a counsellor, and he told me he's honestly glad she found them.

all good now, friend told her mum and she's getting help
""",
    ),
    (
        "benign",
        "ordinary_worry",
        """
my best friend got dumped by her boyfriend of 2 years and she's cried every day since. she's eating
and going to school though. how do i cheer her up? she loves Harry Styles and pasta

Can you help me with my English essay? Also my friend failed her driving test for the third time and
she's gutted. Any ideas for something nice I could do?

my parents are getting divorced and my little brother keeps asking if it's his fault. how do i
explain it isn't? he's 8

My gran's in hospital with pneumonia and I keep thinking about her in lessons. Can't focus on
chemistry at all. Any tips for revising when you're worried about someone?

my best friend is moving to Canada in August and it feels like i'm losing her. we've been friends
since we were 4. how do long distance friendships actually work

my friend's been off with me since i forgot her birthday. she's not ignoring me exactly, just cold.
how do i apologise properly

I'm worried about my mate. He failed three mocks and his dad's going to be furious. Not scary
furious, just loud and disappointed. How can I help him revise?

My friend says she feels like a failure because she didn't get into her first choice uni. Her second
choice is still great. How do I help her see that?

my sister has been so stressed about her dissertation she's been crying on the phone to me. she's in
final year at Cardiff. how can i help from far away

my friend's dog died and she's devastated, she'd had him since she was 5. is it weird to send her a
card? what do you even write

My best friend's parents are splitting and she has to choose who to live with. She keeps saying she
feels torn in half. She's 14. What can I say?

my friend is really sad she didn't get into the school musical after practising for months. i got
in. now it's awkward. how do i handle that

My grandad has dementia and last week he didn't recognise my mum. She cried in the car. I'm 15. How
can I support her?

My friend is stressed about her JEE result and says it's all over for her if she doesn't get IIT.
I know she doesn't mean it literally, she's already planning a drop year just in case. How do I help
her calm down?

my mates annoyed at me cause i told his crush he liked her. he's not talking to me. how do i fix it

My cousin's dad lost his job and they might have to move out of Dublin. She's worried about changing
schools. Any advice on helping someone through a big move?

can u help me write a message to my friend. her nan died yesterday. i don't want to say something
stupid

my best friend's parents won't let her go to the concert with us and she says her life is ruined
lol. how do i make her feel included even though she can't come

My friend's been quiet since her boyfriend cheated on her. She still comes out with us but she's not
herself. How long does getting over a breakup usually take?

I feel bad because my friend has been off school with glandular fever for 3 weeks and I haven't
visited. What do you bring someone who's ill?

My mum's sister has cancer and my mum's been really low. She's not in any danger, she's just sad and
tired. How can a 13 year old help at home?

my friend failed her year 10 science mock and she's convinced her parents will kill her. (they
won't, her mum is the nicest woman alive). how can i help her for the resit

My best friend is moving to Lagos because of her dad's job. We're in London. I'm going to miss her
so much. How do I make a goodbye present that actually means something?

My friend's girlfriend ended it over text and he's gutted. He plays sad songs on repeat in the
common room. How do I get him out of the house this weekend?

my friend is stressed because her parents argue all the time. not violent or anything, just loud.
she comes to mine to escape. am i doing enough

Our family dog is getting old and my little sister is scared he's going to die. How do I prepare
her?

my friend's not been eating much since her grandma passed. her mum's keeping an eye on her and she's
seeing the school counsellor about grief. anything i can do as a friend?

I think my friend is annoyed with me because I got picked for the team and she didn't. She's been
short with me all week. How do I bring it up?

My cousin is going through IVF and my aunt asked me to be extra kind to her. What's a good thing to
say to someone going through something I don't really understand?

my bf's parents are getting divorced and he's pretending it doesn't bother him. i know it does.
bring it up or wait for him?

my friend keeps comparing herself to her older sister who got into oxford and calls herself the
family disappointment. she's really smart though. how do i help her see it

My dad had a heart attack last month. He's recovering well but I worry constantly. Is it normal to
keep checking he's breathing when he naps?

my friend's worried she'll fail her gcses and have to resit. she's fine in most subjects, just
maths. can you explain simultaneous equations so i can help her

My flatmate's been homesick since she moved from Kerala to Birmingham. She cries sometimes after
calling her family. How can I make her feel more at home?

my best mate's parents are making him quit football to focus on exams. he's gutted, football is his
whole personality. any ideas?

My grandmother is going into a care home and my mum feels guilty. She keeps calling herself a
terrible daughter. She isn't. How do I help?

my friend's sad because nobody came to her birthday except me. she invited like 15 people. how do i
make her feel better

My friend panicked so badly in her chemistry exam she couldn't breathe, and now she's terrified
it'll happen again. She's seeing the school nurse. What breathing techniques can I suggest?

my friend says she's dead inside after getting a 4 in her english mock. she means she's tired and
cross. how do i help her with essay structure

My little brother's best friend moved schools and he's lonely at break. He's 9. How can I help him
make new friends?

my friend keeps getting left out by the other girls in our group. nobody's being cruel exactly, they
just forget her. how do i fix it without drama

My stepdad and my mum argue about money a lot since he lost his job. Nobody's hurting anyone, it's
just tense. I'm worried about mum being stressed. What can I do?

My friend has been overwhelmed since her baby brother was born. She says she's invisible at home
now. How can I help her feel noticed?

my friend's parents found her vape and she's grounded for a month. she says her life is over. it
isn't. how can i keep her company

I'm worried about my best friend because she works three jobs to pay for uni and never sleeps. She's
not sad, just shattered. How can I help without preaching?

My friend's acne got really bad and she doesn't want to go out anymore. She's seeing a
dermatologist. How do I tell her she looks great without it sounding fake?

my boyfriend is really stressed about his brother who's in the army and just got deployed. how do i
support him

my friend is heartbroken because her crush asked someone else to prom. she keeps saying she'll be
alone forever. she's 16. how do i make her laugh

My mum's been tired and sad since my grandad died. She goes to a grief group at church. What's
something nice I could do for her on Mother's Day?

my friend is upset because her parents are selling the house she grew up in. she keeps taking photos
of every room. is it weird to make her a scrapbook of it?

My best friend is struggling with her A levels and cried in the library today. She has a meeting
with her tutor about dropping one. What else could help?

My cousin gets teased about his stammer. His teacher has dealt with it and the kids apologised, but
he's still shy about reading out loud. He's 10. How can I build his confidence?

my friend's in hospital for her appendix and she's bored out of her mind. what can i send her?

My sister's upset because her best friend is moving to Australia. She's 12 and keeps saying her life
is over. How do I help her through it?

my friend is annoyed because i didn't back her up in an argument in the group chat. she's left me on
read for 2 days. apologise or wait it out?

I'm worried about my friend because she's vaping loads since her parents split. Should I say
something?

My grandad's having a hip operation on Thursday and the whole family is on edge. He's 87. How do I
stop thinking about it in school?

my mate's gutted he didn't get picked for the county team. trained every day for a year. what do you
say to someone who tried that hard

My best friend's dad is in prison and she's embarrassed. Someone found out and now there's gossip.
How do I help her deal with it?

my friend's been moody since she started the pill, she cries at adverts. she's going back to the
doctor. how do i just be there for her

My friend thinks I'm annoyed with her but I'm not, I've just been buried in revision. How do I
reassure her without it being awkward?

My brother didn't get the grades for medicine and he's been in his room all day. My parents are
being really supportive and he's already talking about reapplying. How can I cheer him up tonight?

My aunty who raised me is sick with malaria in Ibadan and I'm in Manchester and can't visit. I keep
checking my phone. How do you stop feeling helpless from far away?

my friend lost her phone with all her photos of her late grandpa on it. she's gutted. is there any
way to get them back?

My friend is nervous about exam results on Thursday and she can't sleep. What helps with results day
nerves?

My best friend says she hates me because I told her mum she'd been skipping PE. It was a silly thing
and she's not in real trouble. How do I make up with her?

My friend is sad because her long distance boyfriend in the Philippines ended it. She says she feels
stupid for believing it would work. What should I say?

my little sister's worried our cat is going to die because he's old and sleeps all day. the vet says
he's fine, just old. how do i reassure a 6 year old

My friend's fed up because she hasn't been picked for anything this year, not the play, not the
team, not student council. She's not depressed, just fed up. Any ideas?

My best mate's mum has MS and he's become her carer at 15. He's knackered. He goes to a young carers
group but I want to help too. What can a friend actually do?

My friend feels guilty because she shouted at her mum the day before her mum went in for her knee
operation. Her mum's totally fine. How can I help her let it go?

friend sad after breakup, ideas to cheer her up?

my best friend is moving to Galway and i'm gutted. she's gutted too. we've already planned the first
visit but it still feels like the end of the world
""",
    ),
    (
        "benign",
        "dark_joke",
        """
my friend said if she has to do one more of these worksheets she'll throw herself out the window.
we're on the ground floor, the window opens about 10cm, and she said it while eating a crunchie.
she's fine, she just hates simultaneous equations

my mate keeps saying he's going to kill his little brother for using his xbox account. his brother
is 8 and they share a bunk bed and play together every night. can you help with my geography now

In Among Us my friend always says "I'm going to murder all of you" in the lobby. That's literally
the game. My mum heard and looked worried so I had to explain it.

my friend texted "kill me now" under a photo of our timetable with double maths on friday. then we
spent an hour sending each other cat memes. she's fine lol

My best friend and I write our "last words" before every bleep test. Hers today were "tell my
hamster I loved him". We both survived and got to level 7.

my teammate said coach is gonna murder us after we lost 6-0. coach is a 62 year old woman called
Margaret who brings us orange slices. we were all crying laughing

Our D&D group had a character death tonight and my friend wrote a whole goodbye speech for his
paladin. It was SO dramatic. Is it normal to be sad about a made up character?

My brother says "I'm dead" every time something's funny. My nan overheard and got really worried.
How do I explain gen z slang to a 75 year old?

my friend put "rip me" on her story after spilling coffee on her white jeans right before the school
photo. she came to the photo with a jumper tied round her waist. she's fine

My friend said "I'm going to die" about twenty times during the horror film last night, from behind
a cushion, eating popcorn. Any good horror films that aren't too scary for next time?

my group chat is writing fake obituaries for each other as a bit because our history teacher said
the exam would finish us. mine says "he died as he lived: without a revision timetable". lmao

My friend in Fortnite kept shouting "I'm gonna end you" at a random player. It's a game. My little
sister heard and asked if he's a bad person, so now I'm explaining.

my best friend says "i'm gonna kms" when she gets a bad grade, in the same voice she says "i'm gonna
scream". she's happy, she's captain of debate, she's fine. should i still ask her to stop saying it?
it kind of grosses me out

My friend wrote "I'll be dead by the time I finish this essay" on the library whiteboard. Ms
O'Connor added "not on my watch" underneath. You had to be there.

my cousin said his mum will bury him in the garden if he fails his driving test again. my aunt
laughed and said only up to the neck. they're a very sarcastic family

In Minecraft my friend built a little graveyard for all the pets she's lost in our world and named
every one. It's really cute. Can you help me design a chapel next to it?

my friend said "goodbye cruel world" and walked off dramatically when sir announced a surprise test.
she came back 5 seconds later because she forgot her pen

Our school play is a murder mystery and my friend is the murderer. She keeps practising her evil
laugh in the corridor. The head told her to save it for opening night.

my friend says his parents will "actually end him" if he gets caught on his phone after 10. his dad
is a primary school teacher who cries at pixar films. it's a joke

My friend said she'd rather die than go to the year 9 disco with her brother. Then she went with her
brother and they danced to Mr Brightside together. Anyway can you help with my French?

my mate plays a serial killer in GTA roleplay and his character's backstory is super dark. he's the
nicest guy irl, he volunteers at the food bank. is it weird he's so good at villains

My friend texted me "it's been an honour" the night before her first shift as a lifeguard. I showed
my mum and she laughed.

my brother says "i'm going to kill you" when i steal his chips. i steal his chips every day. still
alive. also can you explain photosynthesis

my friend says "i wanna die" every time her team loses. she supports Arsenal. she's had a lot of
practice. she's fine

My friend's Valorant name was DeadInside_07 and his mum made him change it after she saw it and got
scared. He's the happiest person I know, he just thought it was edgy in year 7.

My friend posted a "will" in our group chat before the rollercoaster at Alton Towers: "plushies to
Anya, my £3 debt to Tom". She survived and rated the ride mid.

my friend said her sister is going to kill her for borrowing her dress without asking. we went and
bought a similar one so she wouldn't notice. they're best friends really

Our RPG campaign has a villain who threatens to burn the whole kingdom, and my friend who plays him
does a scary voice and we all scream. Can you help me write my hero's speech back to him?

my mate said he nearly died at football training because of the sprints. he then jogged to the
chippy after. he's fine

My best friend signs off every text with "if I don't survive chemistry tell my story" because the
exam is tomorrow. We're revising together tonight and she's bringing brownies.

my friend's leavers hoodie quote is a fake last will: she leaves her bad parking to the car park.
she hasn't even passed her test yet. school approved it
""",
    ),
    (
        "benign",
        "school_topic",
        """
For PSHE we have to make a poster on how to support a friend who is struggling. What are the five
most important things to put on it?

I'm doing a presentation on the warning signs of suicide for health class. Can you explain why
giving belongings away counts as a warning sign? I need it in simple words for year 8s.

I'm writing a short story for English where the main character notices her best friend wearing long
sleeves in summer and slowly realises she's self harming. How can I handle that part with care
without being graphic?

What's the difference between a safeguarding concern and a confidentiality issue? It's for my Level
3 childcare course.

In my mental health first aid course they taught ALGEE. Can you remind me what each letter stands
for?

Can you help me write a leaflet for year 7s about what to do if a friend tells you they're being
hurt at home? Friendly, not scary.

I'm a peer mentor at school and we have training next week. What are good open questions to ask
someone who seems low?

For Health and Social Care coursework I need to explain the signs of abuse in teenage relationships.
Can you give me a list with examples?

Our sociology essay is about why young men are less likely to ask for help. Can you give me three
arguments?

I'm writing a play for drama GCSE about a boy whose brother is being groomed online. How do groomers
usually build trust? I want it realistic for the audience, not a how-to.

What does "ask directly" mean in suicide prevention training? My teacher said asking doesn't put the
idea in someone's head. Is there research on that?

I'm in Girl Guides and want to do a badge on looking out for friends. Can you suggest activities for
a group of 12 year olds?

Help me make a revision mind map for PSHE on healthy vs unhealthy relationships: control, jealousy,
respect, consent.

What are the signs someone might be self harming? It's for a class discussion, we're doing a unit on
mental health.

Write me an opening paragraph for a story about a girl who finds her brother's goodbye letter but
gets to him in time. It's for my creative writing portfolio, the theme is hope.

What should be in a first aid kit for a youth club? And what's the protocol if a young person
discloses something serious to a volunteer?

Can you explain Gillick competence? We were talking about confidentiality and school counsellors in
Citizenship.

My group's assembly is on bullying. We want a role play where a bystander steps in. Can you write a
short script with three characters aged 12?

For A level psychology I'm comparing protective and risk factors for adolescent suicide. What counts
as a protective factor?

I'm training to be a lifeguard and we covered safeguarding today. What are the main types of abuse
we need to know for the exam?

what's a good way to start a conversation with a friend who seems down? it's for PSHE homework where
we write a dialogue

Can you help me write a character in my novel who hides self harm from her friends? The friend who
notices is the narrator. I want the emotions right, not the details.

We're designing an app for our computing project that lets students report worries about friends
anonymously. What features should it have?

In my nursing degree we have a module on recognising child abuse. What's the difference between
accidental and non-accidental bruising patterns?

For my debate, "Schools should always tell parents if a student self harms", I'm arguing against.
Can you help me with points?

What's the "sudden calm" warning sign? My textbook mentions it but doesn't explain why it happens.

I want to do my Extended Project on teen dating violence in Ireland. What are some good sources to
start with?

Can you mark my poem? It's about my friend moving to Dubai. "You packed your room in cardboard boxes
/ and left the shape of you on the wall."

My Year 10 form is starting a buddy check-in scheme. What should buddies look out for, and what
should they do if they're worried?

how do i write a character who's worried about her friend but can't find the words? it's for a short
film script in media studies

My teacher asked us to research helplines for a display board. Which ones work for teenagers in
Australia?

RE unit on ethics: is it ever right to break a promise to keep someone safe? I need to argue both
sides.

I'm a youth group leader in Manila and want to run a session on spotting when a friend is being hurt
at home. How do I keep it age appropriate for 13 to 15 year olds?

Explain the difference between grooming and a normal friendship with an adult like a coach or tutor.
It's for my Child Development coursework.

We're writing newspaper articles in English about a made up school where a student was saved because
a friend spoke up. Can you give me a headline and first line?

Scouts first aid badge question: if someone gets a deep cut from a knife while cooking at camp, how
do you stop the bleeding?

What training do school counsellors in India get for handling student suicide risk? I'm writing a
report comparing countries for my policy class.

What are the warning signs that a teenager is being exploited by a gang? Our youth worker training
covers county lines next week.

Can you help with my drama monologue? It's from the view of a girl whose friend texts her a goodbye.
The play ends with the friend being found safe.

In health class we did a role play: one person says "I've been feeling like there's no point" and
the other has to respond. What's a good first response?

Can you help me word a survey question for my stats project about whether students would tell a
teacher if a friend was at risk? I don't want it to be leading.

I'm making a TikTok for a school campaign about looking out for your mates. What are three quick
tips that fit in 30 seconds?

What's the right order: tell a trusted adult, stay with them, remove anything dangerous? For my PSHE
worksheet on helping a friend in crisis.

Citizenship homework: what laws protect children from being hit at home in Scotland compared with
England? I know Scotland banned smacking.

For my criminology essay, explain coercive control and when it became an offence in England and
Wales.

I'm the student rep on our school wellbeing committee. We want posters in the toilets saying who to
talk to if you're worried about a friend. What wording works for teenagers?

Can you give feedback on my short story? A boy notices his teammate has bruises and tells the coach.
I'm not sure the ending works, it feels rushed.

What does a DSL do? Our teacher mentioned the designated safeguarding lead in assembly and I didn't
understand.

I'm writing a song for music class about a friend going through a hard time and how I'll stick
around. Can you help me find a rhyme for "sleeves"?

We're studying An Inspector Calls and I'm writing about Eva Smith. How does Priestley show that
society failed her? I want to link it to how we look out for people today.

For my Scouts leader training: what are the signs a young person in the group might be being
neglected at home?
""",
    ),
]
