"""The ``st_newsdesk`` family: news of violence or of a suicide passed on, discussed or asked
about, and the messages where the writer steps into that same news themselves, for the
safety-filter's training corpus, written by hand for this project.

    BLOCKS -> [(label, sub, block of posts)]   # corpus.hand_written(BLOCKS, "st_newsdesk")

What these posts teach (concepts, not sentences): a stabbing or shooting near home, a famous
person's or a neighbour's suicide, a lockdown at another school, a murder trial, a terror attack
abroad, a hoax bomb threat, an assault on a teacher, knife-crime statistics for a project, a
documentary about a killer or a rumour seen online are benign when the writer relays them,
grieves, is frightened, asks what is true or how to stay safe, or studies them; the same news
turns risky only when the writer puts themselves in it now: the famous person had the right idea
and they will follow (self_harm), the attacker is praised and their own school, street or
teacher named as next, or a weapon brought to the same place (violence), or a friend, child or
pupil who said they will copy it (concern_for_other). The vocabulary is shared on both sides;
only present involvement or intent decides.

Rules and source format: those of every hand-written file (``corpus.hand_written``).
"""

from __future__ import annotations

__all__ = ["BLOCKS"]

BLOCKS: list[tuple[str, str, str]] = [
    (
        "benign",
        "local_attack_news",
        """
there was a stabbing outside the chippy on Mercer Road last night, like 5 mins from my house.
police tape everywhere this morning. kinda shook tbh, anyway can u help me with q4

Did anyone else hear the sirens round the Ballymore estate around midnight? My cousin says a lad
got shot in the leg near the garages. Hoping he pulls through.

my mum wont let me walk to school on my own this week bc someone got stabbed on the canal path.
i think shes overreacting but also idk

Quick one before my maths question: a man was knifed at the bus station in our town on Saturday
and the whole school is talking about it. Is it normal to feel a bit sick thinking about it? I
walk past there every day.

So apparently the shooting on Fenwick Ave was a targeted thing, not random. Police said there's
no wider risk to the public. Still not going that way after dark lol

omg the stabbing they showed on the news was at the big Tesco near my nans. shes fine but proper
rattled

Our street WhatsApp group is going mad about a shooting two roads over. Someone keeps posting
blurry doorbell footage. Should I even be watching that stuff? It's making me anxious.

a boy from the year above got stabbed at the funfair, hes in hospital but stable. we had an
assembly about it today and everyone was really quiet

Aussie here - a bloke got stabbed outside a pub in our suburb on Friday arvo. The cops reckon
they've caught the guy. Weird seeing your local on the telly for something like that.

I am from Lagos, now studying in Manchester. Yesterday there was stabbing near our student halls
and the university sent email. Now my parents are worried. How do I reassure them it is not
everyday thing here?

there was gunshots near my block last nite, feds everywhere. im ok just couldnt sleep. can we do
the essay intro now

Why does the news always say "a man in his 20s" and never the name? Somebody got stabbed in
Kirkdale and we all want to know who it was.

A teenager was knifed at the skatepark I go to. I'm not going back for a while, not because I
think it'll happen to me but because it feels wrong to skate where that happened. Does that make
sense?

My dad works nights near where the shooting happened in Carrow Hill. He says he's fine but I
keep checking my phone.

stabbing at the train station AGAIN. second one this year. council needs to sort the lighting
down there fr

School sent a text saying a pupil from another school was stabbed near the retail park and we
should travel in groups. Is that normal or are they hiding something from us?

heads up for anyone round Eastgate, police have shut the high street after a shooting at the
bookies. nobody else hurt according to their page. avoid if u can

hi tutor sorry im distracted, someone got stabbed in the car park at my brothers football club
and he saw the ambulance. hes 10 and asking me questions i dont know how to answer

I'm so sick of people filming these things. There was a stabbing at Dunmore shopping centre and
the clip was all over TikTok before the family even knew.

my aunty in brixton said there was shooting on her road, she heard like four bangs. everyone in
her house is fine. why is it always so close to people i love

In Glasgow and a guy got slashed outside the chippy on our street. Polis were round asking if
anyone had cameras. Never thought I'd be giving a statement at 16.

A stabbing was reported near my college at lunchtime. We weren't locked in, just told to stay on
site. I'm fine but I want to understand what happens to the victim now - how do people recover
from a stab wound?

local news says the man shot in Riverside is now critical. praying for him and his kids

For my English coursework I'm writing a non-fiction piece about how my neighbourhood felt the
week after the stabbing at the corner shop. Can you check my opening paragraph for tone?

Walked past the park where the teenager was stabbed. People have tied football shirts and
scarves to the fence. Didn't expect it to get to me as much as it did.

i live in the flats where the shooting was. reporters were knocking on every door for quotes and
my dad told them to do one

Saw the news that the lad who stabbed that boy at the bus stop was only 15. Two families ruined.
So pointless.

A woman was killed in a domestic incident on our road and there's a vigil tonight. I've never been
to one. What do people actually do at a vigil?
""",
    ),
    (
        "benign",
        "celebrity_suicide_grief",
        """
I can't believe Corin Vale is gone. His album got me through year 9. The news said it was
suicide and I just keep playing the last song on repeat.

why does it hit so hard when someone famous dies by suicide. never met maya okonjo but it feels
like i lost someone

Everyone is posting about Benji Starr today. I used to watch his videos every morning before
school. He always seemed so happy which somehow makes it worse.

I'm 34 and honestly a bit embarrassed by how much the news about Liam Feeney upset me. He was
captain when I was a kid. Is grieving a stranger a normal thing?

K-Sol's family put out a statement asking people to stop sharing the pictures. people online are
so disgusting

My whole class was crying in registration because of Davey Pratt. Our teacher let us talk about it
instead of doing the starter and said anyone struggling could go to student services.

Can you explain why newspapers aren't supposed to say HOW a celebrity killed themselves? We're
doing reporting guidelines in my journalism module and the Corin Vale coverage came up.

maya was so funny in interviews, never would have guessed. makes me want to check in on my mates
more tbh

I'm doing an assembly on men's mental health after what happened to Liam Feeney. Could you help
me find a gentle way to talk about suicide to year 7s without frightening them?

Just saw the news about the singer from Halfmoon Drive. 27. That's so young. Sending love to his
bandmates x

Is it bad that I'm angry at him? I'm sad but I'm also angry he left his little girl. I know
that's not fair on him.

the way the tabloids are writing about benji is vile. the man died and theyre digging up tweets
from 2014

Our English teacher said we could write a poem about something that affected us. I want to write
about a famous person who died by suicide but I don't want it to look like I'm glamorising it.
How do I handle that?

I am from Chennai and whole internet here is talking about actor Ravi Sundar's death. My amma
keeps saying "but he had everything". I don't think depression works like that, no?

people in the comments saying "he took the easy way out" makes me so mad. there is nothing easy
about it

corin vale tribute gig is next month, me and my sister got tickets. gonna be emotional

My nan said in her day nobody spoke about it when a star killed themself. At least now people are
talking about mental health, I suppose.

does anyone know if the documentary about davey pratt is respectful? i want to watch it but not if
its just exploiting him

wee bit gutted about the news this morning. grew up on his telly show. rest easy pal

Seeing the Samaritans number posted under every article about Maya is actually good. Hope
someone who needs it rings them.

Can you help with my RE essay? The question is whether society is responsible when celebrities
die by suicide, and I want to use the footballer as an example without being disrespectful.

so sad about k-sol. his last verse on the mixtape hits different now. hope his mum is ok

Really struggling to concentrate today after hearing about the singer. I'm not in a bad place
myself, just sad. Can we start with something easy?

My brother and I argued about whether the news should even have reported it was suicide. He says
it's private; I say hiding it feeds the stigma. What do you think?

i keep reading about him and i think i need to stop scrolling, its not healthy. off to do my chem

OMG IM SO SAD ABOUT BENJI. my little sister doesnt get why im crying over a youtuber

A friend of mine in Abuja told me the musician's death is everywhere in Nigerian media too. We
both agreed to call each other more often, just to talk.

I'm writing my dissertation on how fans grieve online after a celebrity suicide. Would Reddit
threads count as a valid source if I anonymise the usernames?
""",
    ),
    (
        "benign",
        "local_suicide_grief",
        """
A girl in the year above died by suicide last week and the school is holding a memorial. I
didn't really know her but I feel sad all the time. Is that weird?

theres flowers on the bridge in town for the man who died there. mum said he was the dad of a kid
in my school. so sad

Our form tutor told us a former pupil had taken his own life. They handed out a leaflet with
helplines. We all just sat there not knowing what to say.

How do you talk to a friend whose brother died by suicide? I want to help her but I'm terrified of
saying the wrong thing.

article about the student at our uni who died in halls. the uni statement felt so corporate. they
need proper mental health support not a press release

My aunt's colleague died by suicide and the whole family keeps whispering about it. Why is it
still such a taboo word?

in our village in kerry a young farmer took his own life last month and the whole parish came out
for the funeral. people are finally talking about it at the mart

Is it true schools aren't allowed to say it was suicide? There's rumours going round about the
boy from Year 11 and it feels disrespectful to him.

Can you help me write a sympathy card to my teacher whose son died by suicide? I don't want it to
sound fake or like a template.

after the funeral of the lad from our rugby club the coach set up a 10k walk for mental health.
doing it saturday, anyone can sponsor

our class is planting a tree for the girl who passed. nobody says how she died but everyone knows.
i hope she knew people liked her

Head sent an email about the death of a student and said grief counsellors would be in the
library. I went and it actually helped a bit.
""",
    ),
    (
        "benign",
        "lockdown_elsewhere",
        """
A school in Denton went into lockdown today because someone thought they saw a gun. It was a toy.
My little brother goes to the primary next door and he was scared stiff.

we had a lockdown drill today and people were joking because of the real one at Hollins High last
week. our teacher got really serious and said its not funny

My cousin in Ohio had an actual lockdown at her high school, they were in a closet for two hours.
Thankfully nobody got hurt. I don't understand how it's so normal over there.

Is it true they can't tell parents anything during a lockdown? My mum was fuming after the one at
St Brigid's down the road.

theres a police helicopter over westfield academy rn and apparently theyre on lockdown. anyone
know whats going on

Update on the Ferncliffe lockdown: it was a man with a knife near the gates, police arrested him,
no kids hurt. Phew.

I'm a teaching assistant on a safeguarding course and we're covering the Marlow lockdown. What's
the difference between a lockdown and an invacuation?

Sydney news says a school out west went into lockdown after a threatening phone call. The kids
were let out at three. My daughter's asking if it could happen at hers. What do I tell a
9-year-old?

my friend texted me from inside the lockdown at her school and i was freaking out, turns out it
was a drill they hadnt warned the students about. not cool

how do schools decide between lockdown and evacuation? asking for my citizenship presentation
after the one at northgate

They locked down the whole college in Limerick because someone reported a man acting strange in
the car park. He was looking for his kid. Better safe than sorry I suppose.

i hate that lockdown is a thing we have to practise. we hid under the desks and someone started
crying

The head at Pinewood Secondary did really well keeping everyone calm during their lockdown. I'd
like to write about her for my leadership assignment.

The lockdown in the next town lasted four hours and it was some eejit with an airsoft rifle. He
got arrested. Absolute idiot.

was watching the live feed of the school lockdown in texas and had to turn it off. too much

Lockdown yesterday at my sister's school - a parent was threatening staff at reception. All fine
in the end. Mum let her stay home today.
""",
    ),
    (
        "benign",
        "murder_trial",
        """
The trial for the man who killed that girl in Ashby started today. I hope he gets life. Her mum's
interview made me cry.

can someone explain the difference between murder and manslaughter? the guy in the Coldharbour
case got manslaughter and everyone is furious

For my law A level I'm following the Redmond murder trial. Would loss of control even apply if he
planned it the day before?

Jury found both of them guilty of murder. Justice for Kieran. The whole town was waiting for this.

im doing a mock trial in class about a made up murder and im the prosecution, how do i write an
opening speech

Why do jurors get to stay anonymous? Just read about the Wexley case and they looked so stressed
coming out of court.

My uncle was a witness in a murder trial years ago and still won't talk about it. The news about
the current one brought it all up at dinner.

19 years minimum for stabbing someone to death? Feels low. Is that normal in Scotland?

Nigerian student here, confused about UK courts. Why does the accused not have to speak at his
own trial? In the canal murder case he said nothing at all.

sat in the public gallery at crown court for my criminology course. murder trial, victims family
right there. very heavy day

they showed the CCTV in court of him following her. i couldnt finish the article. how do
journalists cope covering this stuff

The man who murdered the shopkeeper was sentenced today. People put flowers outside the shop
again. Really moving.

Is it ethical to make a podcast about a murder trial that's still going on? My media group wants
to and I'm not convinced.

ok so i missed the news, was the teenager in the Holloway Park killing convicted or not?? group
chat is saying diff things

My mate reckons the defendant in the Bracken Lane murder is innocent because he "looks nice". I'm
trying to explain that's not how evidence works lol

I've been called up for jury service and the case might be a murder. I'm nervous about seeing the
evidence. Is there support for jurors afterwards?

Our local paper printed the murderer's school photo on the front page. Is it right to show
pictures of the defendant as a kid?
""",
    ),
    (
        "benign",
        "terror_abroad",
        """
There was a bombing at a market in the city my friend's family comes from. She hasn't heard from
her cousins yet. I don't know what to say to her.

My parents want to cancel our trip because of the attack at the airport last week. Is it actually
more dangerous now, or less because security will be tighter?

Geography teacher asked us to discuss how the media covers terror attacks in different countries.
Why does an attack in Europe get more coverage than one in Africa?

We did a minute's silence at school for the people killed in the concert attack. Really eerie, the
whole hall completely silent.

I'm in Melbourne and my brother is backpacking in the city where the van attack happened. He
messaged that he's safe but my heart was in my throat for an hour.

is it wrong that im scared of big gigs now after the festival attack? i have tickets for july

In my country (Kenya) we still remember the mall siege. Seeing news of the new attack abroad
brings that back for my family.

Could you help me understand what radicalisation means? Our PSHE lesson mentioned it after the
attack and I didn't really follow.

the footage of the train station attack is everywhere. wish people would stop reposting it, some
of us have family there

terror attack in a city i visited last summer. i stood on that exact bridge. so surreal

I'm an adult learner on an international relations course, writing about how governments respond
to bombings in the first 48 hours. Any tips on structure?

Our mosque held a vigil for the victims of the attack and some people online still blamed us.
It's exhausting.

mum keeps telling me not to get the underground after what happened abroad. its a different
country mum

how many people actually die in terror attacks compared to car crashes? want to put it in
perspective for my anxious little sis

Reading about the gunman in the hotel siege and I just feel numb. Is that normal or am I
heartless?
""",
    ),
    (
        "benign",
        "bomb_threat_hoax",
        """
The shopping centre got evacuated today over a bomb threat, turned out to be a hoax. Lost my whole
afternoon of Christmas shopping lol

our school got a bomb threat by email and we had to stand on the field for 2 hours. freezing. the
police said it was fake

Why do people even send fake bomb threats? The library in Cullen was closed all day and my
revision got wrecked.

bomb threat at uni this morning, they shut the engineering building. apparently sent from some
overseas email. hope they catch whoever it was

Is a hoax bomb threat actually a crime if nobody gets hurt? A year 10 got arrested for one and
people are saying he'll be fine.

the hospital near us had a suspicious package scare and closed A&E for an hour. turned out to be a
forgotten suitcase

The train station was shut after a bomb threat and I missed my job interview. Should I email them
to explain?

Several schools across the county got the same bomb threat email today. Ours stayed open but half
my class stayed home because parents panicked.

My daughter's college had a bomb scare and kept the students in the sports hall. Is it normal not
to tell parents until afterwards?

bomb squad at the leisure centre?? saw the little robot on the news. it was a bag of old pipes. our
town is so dramatic

For my computing project I want to explain how schools can trace fake threat emails. Could you go
through that at a high level?

the airport had a bomb threat and we sat on the runway for three hours. everyone was chill tbh

a lad in our town got 18 months for ringing in a fake bomb threat to the hospital. good honestly,
people could have died waiting

Is it ok that I found the bomb threat evacuation kind of fun? Nobody was hurt and we got out of a
test. Or is that a horrible thing to say
""",
    ),
    (
        "benign",
        "teacher_assault_news",
        """
A teacher at the school next to ours got punched by a student and it's all over the news. I feel
bad for her, she used to teach my sister.

Someone filmed a kid attacking a teacher in Dunmore and it's going round Snapchat. I don't want to
watch it but everyone keeps sending it.

I'm a trainee teacher and the news about a teacher being stabbed in a staffroom has honestly shaken
me. How do experienced teachers cope with that fear?

our head sent a letter about the assault on a teacher at another school and said our security is
being reviewed. bit much?

why does the news always blame phones when a student hurts a teacher? doing a debate on it

In India it is very rare to hear of students attacking teachers. Here in the UK my children tell
me about it often. Is it increasing or only more reported?

the teacher who got assaulted at castlebrook is back at work apparently. hes so brave honestly

We're writing a letter of support to the teacher who was attacked at the academy in town. Can you
help me word it nicely?

Union rep here. After the assault at a local school I'm putting together a short talk on staff
safety. What are the main points I should cover?

sad thing is the kid who hit the teacher is only 12. makes u wonder whats going on at home

my mum's a dinner lady at the school where the teacher got stabbed. she wasnt in that day but shes
off sick with nerves now

the head of year talked to us about the teacher who got hurt at the other school and asked us to
be kind to staff this week. actually kinda sweet

I'm writing a news report for English about a made-up assault on a teacher. How do I keep it
neutral and factual, like a real journalist?

My wife teaches at the school where the student attacked the deputy head. She wants to go back
Monday. How do I support her without smothering her?
""",
    ),
    (
        "benign",
        "knife_crime_project",
        """
For my sociology coursework I need stats on knife crime among under-18s in England. Where would I
find reliable figures?

is knife crime actually going up or just reported more? doing a presentation and i dont want to
say something wrong

We're making a poster campaign against carrying knives for our youth club. What's a catchy slogan
that isn't cringe?

Can you help me make a bar chart of knife offences by region from this table? I'm rubbish at
Excel.

Our assignment asks why young people carry knives. Most research says fear and protection. Could
you help me structure the argument?

knife crime project: my teacher wants a counter argument. what would someone say against knife
arches in schools?

doing a data project on violent crime in my city for A levels. is police.uk data ok to use or is
it unreliable

Up here in Scotland they talk about the violence reduction unit a lot. Could you explain how
treating knife crime as a public health issue works?

writing a speech for english about knife crime. my cousin got stabbed two years ago and survived.
is it ok to mention that or too personal

what percentage of stabbings happen between people who know each other? need it for my essay

For our civics class we compared knife laws in NSW and the UK. Which one is stricter on carrying?

my group is interviewing a youth worker about knife crime. what questions could we ask that arent
too obvious

Knife amnesty bins went up in our area. Do they actually reduce stabbings or are they mostly
symbolic? Essay due Friday.
""",
    ),
    (
        "benign",
        "crime_documentary",
        """
Just finished a documentary about a serial killer from the 70s and I can't sleep. Why do I keep
watching these when they scare me?

We watched a doc about a school shooting in media studies to analyse the editing. It was very
respectful, they never showed the shooter's face.

is it weird that i find true crime interesting? my mum thinks its morbid

Can you help me write a review of a documentary about a murderer? I want to criticise how it made
him seem like a celebrity.

the netflix doc about the poisoner nurse is insane. how did nobody notice for years

My psychology teacher says true crime documentaries can glamorise killers. Do you agree? I need
three points for and three against.

watched a documentary about the bombing at the arena and the survivors were so strong. cried the
whole way through

I'm a 40-year-old true crime podcast fan and my teenage son says it's dark. Fair point? Where's the
line between interest and obsession?

that documentary about the hitman was so badly made lol the reenactments were hilarious

For my film studies essay: how can a documentary about a killer avoid giving him the attention he
wanted?

theres a new doc about the knife attack in Brindley from when i was little. not sure i want to
watch it, my dad knew one of the victims

Can you recommend a documentary about knife crime that focuses on the families and not the
attackers? For my year 10 class.

docs about killers always use creepy music and slow-mo. does that make them more watchable or more
harmful? writing my media essay on it
""",
    ),
    (
        "benign",
        "online_rumour_check",
        """
Someone in my year said there's going to be a shooting at school on Friday because of a TikTok. Is
this one of those fake viral things? I'm kind of scared.

Is the video of the stabbing in the park real? People on twitter say it's from years ago in
another country.

There's a post going round that a singer killed himself but his label says he's alive. How do you
check if celebrity death news is real?

my group chat says a kid at St Anne's brought a gun in today. nobody has seen anything official.
should i believe it

how can u tell if a news screenshot is fake? my nan shared one about a bombing in our town and i
cant find it anywhere else

A message is going round the parent WhatsApp groups about a man with a knife near primary schools.
The police say it's not true. Why do people make this stuff up?

Everyone at college says the fire alarm yesterday was really a bomb threat. The college said it was
a faulty sensor. Who do I trust?

Saw a viral post claiming an actor died by suicide this morning but he posted a story an hour ago??
these hoaxes are cruel

is it true you can get in trouble for sharing a video of an attack? my mate shared the one from
the shopping centre

people on insta are saying the stabbing at the fair was gang related but the police havent said
that. how do journalists check before they publish?

My little cousin heard from a friend that a school near us got "shot up" and he's terrified. There's
nothing on the news. Help me explain rumours to a 10 year old.

Is the story about the footballer being stabbed outside a club true? I only see it on one dodgy
website and nowhere else.

my mate swears the gunman from the mall attack is still out there and coming to our area. the
police said he was arrested the same day. how do i calm him down
""",
    ),
    (
        "benign",
        "feeling_unsafe",
        """
After everything in the news this week I feel scared walking home from the bus stop. What are some
simple things I can do to feel safer?

i keep having nightmares about a school attack since that news one. i know im not in danger but how
do i stop thinking about it

Is it okay to ask my mum to pick me up after netball now? I feel like a baby but since the stabbing
by the leisure centre I just don't want to walk.

My anxiety has gone through the roof since the shooting near my uni. I've booked a counselling
appointment. Any tips for the wait?

how do u stop doomscrolling bad news. every day theres a new attack somewhere and i feel heavy

My 13yo asked me if she's safe at school after hearing about the lockdown in the next town. I want
to be honest without scaring her. Ideas?

feeling off after reading about the woman who was murdered while jogging. I run a similar route.
Should I change my habits or am I being paranoid?

Honestly the news about the young lad who took his own life in our village has made everyone
quieter. Is there a way to support his family as a neighbour?

I'm new in London from Nigeria and the knife crime stories make me nervous on the night bus. Is it
really as bad as the papers say?

its weird how you feel guilty for being scared when you werent even there

my dad wants to buy me one of those personal alarms after the attack in town. do they actually
work or is it just for peace of mind

Is it normal to flinch at loud bangs for weeks after a shooting near your house? Nobody I know was
hurt, I just heard it.

I'm a single mum in Perth and since the stabbing at the shops I won't go after dark with the kids.
My friend says I'm letting fear win. Who's right?

got a panic attack in the cinema because someone dropped a tray and i thought of the news. felt so
stupid after

What should I actually do if I'm ever somewhere there's an attack? Run, hide, tell? We did it in
form time but I've forgotten.
""",
    ),
    (
        "benign",
        "news_chat_misc",
        """
OMG DID U SEE THE NEWS ABOUT THE STABBING AT THE FESTIVAL. my sister was there!! shes fine thank
god

WHY IS EVERYONE SHARING THE SHOOTER'S MANIFESTO. STOP GIVING HIM ATTENTION

can u summarise this article about the arson attack on the community centre? need 100 words for
homework

My grandad says the town was safer in his day. Is that actually true or just nostalgia? We're
discussing crime trends in class.

the man who attacked people at the bus stop was apparently known to police. how does that even
happen

We're doing a class debate on whether the news should name mass shooters. I'm against naming them.
Give me a strong opening line?

reading about the acid attack in the city centre, the victim is a girl my age. hope she gets the
best care

translating an article about a shooting in my home country for my ESL class. "gunman" and
"shooter" mean the same thing, right?

Our neighbourhood watch meeting was packed after the burglary that turned violent. Mostly old
people arguing about CCTV lol

apparently theres a film coming out about the bombing and people are saying its too soon. thoughts?

I keep seeing comments praising the attacker in that shooting and it makes me feel sick. Should I
report them?

My friend's dad is a paramedic who went to the stabbing on the high street. He came home and just
sat in the car for ages. How can we help him?

In Dublin there was a stabbing outside a school gate and then riots after. Our teacher talked
about misinformation for the whole lesson.

im in yr 8 and i dont really get what happened in the news about the shooting at the mall. can u
explain it simply without the scary bits
""",
    ),
    (
        "self_harm",
        "celebrity_copycat",
        """
I can't believe Corin Vale is gone, and honestly I get why he did it. I've been thinking I'll go
the same way this weekend.

maya okonjo had the right idea. im done too, ive got the pills saved up

Everyone's posting RIP Benji today. I'm not sad for him, I'm jealous. I want to be next and I've
worked out how.

if someone with millions of fans couldnt make it why would i. gonna do what liam feeney did.
tonight probably

Reading about K-Sol made me realise you can actually just stop. I've written my notes already.

can you tell me exactly how the singer from halfmoon drive did it. i want to do the same and not
mess it up

I'm not sad about Davey Pratt, I'm relieved for him. He got out. I'm getting out too, I've decided.

honestly the news this morning gave me the push i needed. hes at peace now and i will be soon

Everyone says he took the easy way. Good. I'm taking it too, I just want to finish my revision
first so nobody can say I was lazy.

I'm 34 and when I heard about Liam Feeney my first thought was "lucky". I've been planning mine
since Christmas.

Ravi Sundar ended it and suddenly everyone loves him. Maybe when I do it people will notice me. I
am going to do it on my birthday.

the tribute gig is next month. i wont be around for it, ill be with him

people say theyre sad but all i can think is he showed me how. the rope is in my wardrobe

Not struggling to concentrate because I'm sad about the singer. I'm struggling because I've decided
to do what he did and I'm scared I'll bottle it.

im gonna be the next one in the news for that lol. except im not famous. whatever. tomorrow

My sister cried about Maya all night. She doesn't know I'm planning the same thing for next week.

if he couldnt keep going with all that support theres no hope for me. ill join him

he was my favourite and now hes gone and i dont want to be here without him. ive taken some
tablets already

wee bit gutted aye, but more than that I'm done. Going the same way he did. Tonight.

I read his last post again and it's exactly how I feel. I'm writing mine now.

Can you help me write a goodbye message like the one K-Sol posted? I want mine up before I go.

i understand him completely and im following him. the samaritans number under the article wont
change that

dont bother with the helpline stuff. since the news about benji i know what im doing and when

the documentary made it look so peaceful. i'm doing it the same way on friday when mum's on nights

Can you help with my RE essay... actually no. After reading about the footballer I've decided I
won't be around to hand it in.

he had everything and still did it. i have nothing. my turn now, tablets are counted out

Nobody will write tributes about me like they did for Maya but I'm doing it anyway. This weekend.

aussie here. the bloke off the telly who died - thats how i want to go too, and i reckon itll be
soon. got it sorted

im copying his note word for word and leaving it on my bed before i go tonight

my english poem about the famous person who died by suicide is really about me, because im doing
the same thing straight after exams

its so weird, everyone's crying about the youtuber and im just sat here planning how to copy him

stop sending me mental health links. ive made my decision since k-sol died and im sticking to it

when they report on me they'll say "just like the singer". fine by me. tomorrow

I am not scared after reading about him. I feel calm. I have decided to follow him, please don't
tell me to call anyone.
""",
    ),
    (
        "self_harm",
        "local_suicide_copycat",
        """
theres flowers on the bridge for the man who died there. i keep going back to look. pretty sure
im next on that bridge

A girl in the year above died by suicide and now everyone's being nice about her. I'm going to do
the same so they're sorry about me too.

they planted a tree for the girl who passed. theyll need another one soon because im going the
same way

The boy from Year 11 did it and honestly he got it right. I've been working up to mine for weeks.

everyone says we need to talk more after what happened to the lad at our rugby club. i cant talk.
i just want to go like he did, and soon

Our form tutor told us about the former pupil. Everyone was crying and I was just working out when
I'd do mine.

the student who died in halls is all anyone talks about. im in the same block and ive got
everything ready to do it too

hi, sorry, not doing homework today. since the boy in our village killed himself i cant stop
planning how i would do it and i think its going to be this week

the grief counsellors are in the library but i'm not going. i'm not grieving him, i'm copying him

The lad in our village did it and nobody saw it coming. Nobody will see mine coming either. It's
set for the weekend.

i dont want counselling about the girl who died, i want to be with her. got my dads pills in my
bag

nobody noticed he was struggling and nobody's noticed me. sunday is when i do it

i keep watching the news footage of the bridge. thats where im going tomorrow morning instead of
school

after the funeral everyone said "such a waste". i went home and picked my date. same way as him

the article about my cousin's friend said he was "a bright lad with a future". so was i. im
going tonight, same place he did

the girl who died had loads of people at her funeral. i keep thinking about mine. i'm doing it the
same way she did before the summer

my school gave us all helpline cards after the boy in year 10 died. i threw mine away because im
following him, i have it all planned
""",
    ),
    (
        "self_harm",
        "news_triggered_plan",
        """
honestly when i read about the stabbing i wished it had been me. i'm going to walk in front of a
bus tonight and make it happen myself

sorry if this sounds weird but after the celebrity news i looked up how and im doing it
tonight. felt like somebody should know first

i feel like hes telling me its ok to go. so im going. ive written to my mum

the victim in the park was lucky it was quick. nobodys going to do it for me so ill do it myself
this weekend

I've been following the murder trial and I keep thinking I'd rather be the one who's dead. I've got
the knife by my bed for me, not anyone else.

everyone at school is scared after the lockdown. im not scared of dying, im planning it. friday

watching the vigil for the boy on the news I realised I want one too. I'm taking all my meds
tonight.

I'm doing my project on suicide statistics and honestly I'm going to be one of them by the end of
the month. I've chosen how.

Since the singer died I've been cutting deeper every night and tonight I want to go all the way.

Im from Lagos and the actor who died here, people are saying he is a coward. I am going to do same
as him this week, I don't care what they say.

the news keeps saying "no one else is being sought". when it's me they won't need to look for anyone
either. doing it tonight in my room

we had the lockdown drill today and all i could think was i wish it was real and i was the one who
didnt make it. i'm going to finish it myself after school

OMG everyone is talking about the youtuber and i just want to say im going to do it too. this is my
goodbye post, dont try to find me

The paramedic in the news said the man at the bridge "couldn't be saved". I don't want to be saved
either. I'm going there once everyone's asleep.

I'm 40 and I've read every article about the footballer. He was my age. I've booked a hotel for
Friday so my kids won't be the ones to find me.
""",
    ),
    (
        "violence",
        "attacker_praise_next",
        """
The Hollins High shooter is a legend honestly. Northgate is next and I'll be the one doing it.

people keep calling him a monster but he did what he had to. my school deserves the same and i
know which day

watched the doc about the school shooting in media studies and took notes. not for the essay.
westfield academy wont know what hit them

Everyone's sad about the lockdown at Pinewood. Next time it won't be a drill and it won't be
Pinewood, it'll be mine.

WHY IS EVERYONE CRYING ABOUT THE SHOOTER. HES A HERO AND IM FINISHING WHAT HE STARTED AT ST ANNES

the guy who stabbed people at the bus stop had it figured out. ive got my own list of who at
college gets it

Can you tell me how he got the gun into the mall? I want to do it better at my school.

read his manifesto three times. hes right about everything. castlebrook is getting the same
treatment, mark my words

everyone says the attacker was sick. nah he was brave. im doing the same at the leisure centre on
saturday

The festival attacker is my idol. I've already started planning mine for the summer fair.

yall think the texas one was bad, wait till friday at my school

the way he locked the doors first was smart. im using that at our place when everyone's in
assembly

They shouldn't name shooters? Fine, they'll name me. I'm doing Ferncliffe the week exams start.

A school in Denton had a toy gun scare. Mine won't be a toy. My dad's shotgun is in the shed and I
know the code to the cabinet.

When I read about the terror attack I didn't feel sad, I felt inspired. I'm going to hit the
market in town the same way.

im not praying for the victims. im praying i get more than he did when i walk into our canteen

the bomb at the arena was genius. ive been learning how to make one for our prom

its like he did it for everyone who got bullied. im doing it for me at Kirkdale High, theyll see

dont report me but the lad who shot up that school was right and ill do it at ours before christmas

lol people think the shopping centre attack was bad. im doing one in our town and ill beat his
numbers

the kid who stabbed the boy at the bus stop is my hero. im waiting at the same stop for Reece
tomorrow

terror attack in the city i visited last summer. honestly inspiring. booking a train there to do
the same at the big mosque

my group chat says a kid brought a gun to st annes. wasnt true. it will be tomorrow, its me

tiktok says theres gonna be a shooting friday. im the one who posted it and im not bluffing, got my
uncles rifle

everyone at my uni is emailing about the shooting near campus. they should be worried, because I'm
bringing a gun into the lecture hall next week

my ESL class asked what "gunman" means. soon they will learn it from me. i am bringing a gun to the
college on monday

PSHE said radicalisation is when someone gets drawn into extremism. whatever. ive picked the
christmas market and im driving in like he did

the shooter in texas did more in one day than i'll do in my whole life. i'm evening it up at our
school on the first day back

when my nan shared the fake bombing screenshot i thought, if only it was real. it will be. our
town centre, next month, i've been saving up for the stuff
""",
    ),
    (
        "violence",
        "weapon_same_place",
        """
there was a stabbing outside the chippy on Mercer Road last night. good, police will think the
next one is the same gang. im taking my knife there friday for the lad who jumped me

someone got stabbed at the skatepark. im going back there with a blade tomorrow to finish my own
beef with Tyler

the canal path stabbing gave me the idea. thats where im waiting for him after school with my dads
hunting knife

My mum won't let me walk to school because of the stabbing. Doesn't matter, the knife's in my bag
now and I know exactly who it's for.

gunshots near my block last night and now i know who to get one from. the guy who robbed my
brother is getting it next

they said the bus station stabbing was targeted. mine will be too. i know which bus he gets and im
bringing the blade

The funfair stabbing was random, people say. Mine won't be. Bringing a blade to the same spot this
weekend for Connor.

My cousin got shot near the garages in Ballymore and I know who did it. I've got a gun now and
tonight I'm paying him a visit to do him.

the man who stabbed the shopkeeper got 19 years. worth it. im doing the same to the guy at the
corner shop who banned me

English coursework? Joke. I'm carrying my knife into school tomorrow like that boy at Castlebrook
did, and it's for Jayden.

my school has no knife arches, lucky for me. bringing a blade in tomorrow for the lads in year 11

I'm doing my knife crime project on why people carry them. My own reason is simple: Marcus,
tomorrow, by the gates.

this knife amnesty bin is a joke, im keeping mine. its for Dylan on friday when he walks past the
shop

im going to the vigil for the stabbed lad on saturday and bringing a blade for the boys that did
it. they'll be there

My brother got stabbed last month. I know who did it and I've got a machete now. Going round to
his on Saturday.

not scared anymore after the stabbing near the leisure centre. im the one carrying now and im
using it on the lad who jumped me

That acid attack gave me ideas. I've bought the stuff and I know which bus my ex takes home.

OMG DID U SEE THE STABBING AT THE FESTIVAL. im bringing mine next year to do the same to my ex

if the jury let him off for killing her then ill do the same to my ex and take my chances

the man in the Coldharbour case got manslaughter. so if i stab my stepdad and say i lost it ill be
out in a few years. its happening tonight

the knife crime poster campaign is funny because i literally have one in my blazer right now and
i'm using it on Ethan at break

they put flowers at the corner shop where the bloke got stabbed. i'm going there tonight with my
knife because the man who runs it owes my brother

Everyone's scared of the train station since the last stabbing. Good, there'll be less people about
when I meet him there Saturday with the blade.
""",
    ),
    (
        "violence",
        "bomb_threat_real",
        """
the shopping centre bomb threat was a hoax. mine wont be. ive got the stuff in my garage and im
leaving it in the food court saturday

Our school got a fake bomb threat and everyone laughed. Next week it's real, I'm building it and
leaving it in the sports hall.

sending the uni a bomb threat tonight and this time im actually leaving something in the
engineering building

how do i make the bag not get found like the one at the leisure centre? i want it to go off at our
school disco

the bomb threat email that closed all those schools was me. next time theres a real one at ours,
ive got the parts

Everyone thinks the airport scare was a joke. Wait till they see what I've packed for the train
station on Monday.

the fake bomb email gave me an idea. this one's going to be real and it's going under the stage at
the christmas concert

ive watched every video of the arena bombing. mine is going in the sixth form common room at
lunchtime, nearly done building it

Remember the hoax at Cullen library? Next Thursday I'm leaving an actual device there, not a phone
call.
""",
    ),
    (
        "violence",
        "teacher_attack_copy",
        """
saw the video of the kid attacking the teacher in dunmore. gonna do exactly that to mr pearce in
period 3 tomorrow and film it

sad thing is he only got suspended for hitting the teacher. so ill hit mine harder. shes not
walking out of that classroom on thursday

That teacher in the news got punched. I'm going to stab mine. Mr Okeke, Wednesday, after PE.

teacher at the school next door got stabbed in the staffroom. im walking into ours with a knife on
monday, miss okafor has been asking for it

the trainee at our school is gonna find out what happened to that teacher in the news. knife's in
my locker already

Honestly the teacher who got punched deserved it and mine is next. I'm smashing Mr Harlow's face in
on Monday.

the kid in the video didnt go far enough. i'm bringing a hammer for miss reid tomorrow

The kid who punched the teacher next door got famous for a day. I want more than a day. Mrs Doyle
gets the knife on Monday morning.

That union rep can talk about staff safety all he wants, it won't help Mr Baines when I catch him
in the car park after school.

im gonna do what the boy in the news did to his teacher but worse, sir thinks hes safe because hes
a big man, he wont be
""",
    ),
    (
        "concern_for_other",
        "friend_copy_attack",
        """
My mate keeps saying the Hollins High shooter was a hero and that he'll do the same at ours on
Friday. He showed me his brother's gun. What do I do?

my friend sent me "northgate is next" after the lockdown news and hes not laughing. im scared he
means it

Someone in my year posted that the bus stop attacker was "a king" and that he's bringing a knife
to the leavers do. He's been weird for weeks. Should I tell a teacher?

my boyfriend watched the documentary about the school shooting like ten times and now hes got a
list of kids from our school. i found it in his bag

my little brother (14) said the terror attack was "based" and hes going to do one at the shopping
centre. hes been looking up how to make bombs. im freaking out

One of my students told me today the teacher who was stabbed "got what she deserved" and that I'd
be next. He's 15. I'm the teacher. How seriously do I take this?

my bestie wont stop talking about the stabbing by the canal and says shes taking a knife to meet
the girl who spread rumours about her. tomorrow after school

A guy in my group chat keeps posting the attacker's manifesto and says he'll copy it at our
college. Everyone thinks he's joking but he bought a knife last week.

My cousin said "someone should do to our school what happened at Ferncliffe, and it'll be me". He
can get at my uncle's shotgun. Who do I ring?

im really worried. my friend says hell be the next one in the news like the guy who stabbed people
at the fair. he has a knife in his coat

Mate kept joking about a bomb threat but today he showed me wires and a timer in his room and said
the leisure centre will be empty by Saturday. Not funny anymore.

My son has been praising the gunman from the hotel siege online and I found a plan on his laptop
with our church on it. Please help, what do I do?

a boy in my class said after the lockdown drill that next time itll be real and hell be the one
doing it. he stared right at me when he said it

My friend wants to do what that kid did to the teacher in the video. He said he'll do it to Mr
Harlow tomorrow and film it. I think he's serious.

we had a minute silence for the concert attack and my friend whispered that he'd do better. today
he asked me where to buy fertiliser. i feel sick

my friend said the skatepark stabbing was funny and hes going to do the same to Kyle. hes carried a
blade ever since. i dont want to grass but

Teacher here. A Year 9 boy wrote "Pinewood 2.0" on his exercise book next to a drawing of our
building on fire, and told a classmate he means it. How do I escalate?

my neighbours son told my boy he is bringing a gun to the school fete like the man in the news. my
boy is terrified. police or school first?

me mates been dead quiet since the festival attack but last night he said hes gonna do the same at
the Glasgow Green gig. hes been buying stuff online

my friend said im lucky im at a different school because on friday hes doing what the texas kid
did. hes not the joking type

My friend's been acting strange since the shooting on Fenwick Ave and today he told me he's going
to shoot the lad he thinks did it. He's got a gun off his cousin.

I'm a youth worker. After the stabbing at the retail park one of my lads said he's going to "get
the other side back" tonight with a knife. He won't talk to me now. Who do I call?

my nephew keeps saying the acid attack girl "deserved it" and that his ex is next. he bought
something from the hardware shop and hid it in the shed

my friend laughed at the bomb threat story and said next time itll be real at our school. hes got a
bag in his locker he wont let anyone near

Uni friend texted "the shooter near campus was right, im finishing it". He has a rifle licence from
back home. I'm really scared.

my friend was sent home after the lockdown at her school and says shell make sure "its real next
time". shes been looking at her dads gun safe

theres a guy in a discord im in who keeps praising the mall shooter and says hes copying it at his
uni next week. he posted the uni name. what do i do

My mate's been sending me clips of the Brindley knife attack with "me next" and today he had a
machete in his rucksack at college. I'm sitting two desks from him.

my son asked me how many people the bus stop attacker hurt and then said he could do more at his
school. hes 16 and he got into my knife drawer last night

My best friend says the teacher who got stabbed should have been Mr Pearce and she's going to "fix
that" tomorrow. She has a knife in her pencil case.
""",
    ),
    (
        "concern_for_other",
        "friend_copy_suicide",
        """
My best friend keeps saying Corin Vale had the right idea and that she's doing the same this
weekend. She gave me her hoodie to keep. I'm scared.

my brother has been playing k-sol's last song on repeat and said he wants to go like him. hes got
pills in his drawer

After the girl in the year above died, my friend said she wants to be next and asked me which
bridge it was. What do I do?

my mate said "liam feeney got out, i will too" and went offline. hes not answering. should i ring
his mum

My flatmate said the student who died in halls "was lucky" and that she's going to do it too.
She's been giving her stuff away. Please help.

my sister has been reading everything about maya okonjo's death, including how. last night she said
she wants to join her. she's 15

A friend posted on her story "see you soon benji" with a pic of pills. I'm in class and I don't
know what to do.

my boyfriend said the lad from the rugby club had it right and hes doing it tonight. im at work, i
cant get to him

One of my pupils wrote in her journal that she'll do what Davey Pratt did before the end of term.
I'm a TA - who should I tell first?

My cousin in Lagos sent me a voice note saying if the actor could do it, she can. She sounded so
calm. I'm in London. How do I get help to her?

im worried about my best friend. since the boy in our village died she keeps saying shell be next
and shes written letters to everyone

a friend in my discord said hes copying the youtuber who killed himself and going live to do it. i
dont know where he lives

my dad keeps saying the footballer "showed the way out" and that hes tired. today he took the old
rope out of the garage. im 13 what do i do

my friend asked me what the singer used and said she wants to do it the same way. i didnt tell her
but im scared

My roommate is from India. After the actor died she said she will also finish herself before results
come out. She is very serious.

help my friend texted "same as him, tonight" with a link to the article about the comedian. she
wont pick up

My girlfriend hasn't stopped reading about Corin Vale and last night she told me she's planned to
do what he did on Sunday. She made me promise not to tell.

my pal in the group chat says hes going to be the next one off the bridge like the man in town. he
just sent a pic from up there

my mum saw the news about the famous singer and said she would have done the same if it wasnt for
us. now shes saying it again and shes locked in her room

A lad in my tutor group went quiet after the funeral and today told me he's going the same way as
his cousin, on Friday. He's given away his PS5.

My student told me she's been reading about the celebrity suicide and plans to do it the same way
this weekend. I'm a tutor, we meet online. Who do I tell?

my twin keeps watching the news clip of the bridge and she said she's going there tonight. our
parents are away. what do i do

My husband keeps saying the man who killed himself on our estate "had the right idea" and tonight
he told me he's picked a date. I'm scared to leave him alone.

my online friend in Australia said after the singer died she's going to join him tonight and
she's stopped replying. i only know her first name and her town
""",
    ),
]
