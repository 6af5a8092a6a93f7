"""The ``st_quoted`` family: threats quoted, reported, condemned, denied or written as fiction,
against threats meant, for the safety-filter's training corpus, written by hand for this project.

    BLOCKS -> [(label, sub, block of posts)]   # corpus.hand_written(BLOCKS, "st_quoted")

What these posts teach (concepts, not sentences): a threat's words are not the writer's threat.
Repeating what someone else said (he said he'd stab me, they should all be shot) in order to
condemn it, answer it, report it or ask for it to be taken down is benign; so are news and local
talk of arrests, charges and trials for threats, advice to tell an adult or the police, a threat
denied or renounced (I'd never actually hurt him, the protest is peaceful), a writer asking
whether something they heard counts as a threat, a request for a villain's speech in a story,
and history lessons on massacres, wars and assassinations. Their twins use the same people,
places and words but the danger is the writer's and present now: endorsing a quoted threat (he's
not joking and neither am I), volunteering to do the hurting, a threat dressed up as a warning
or as just saying, implied threats (it would be a shame if something happened to your car, I
know where she parks, watch what happens on monday), a weapon brought to school with a target,
and calls for violence against a group of people.

Rules and source format: those of every hand-written file (``corpus.hand_written``).
"""

from __future__ import annotations

__all__ = ["BLOCKS"]

BLOCKS: list[tuple[str, str, str]] = [
    (
        "benign",
        "counter_speech",
        """
Someone in our year group chat wrote "that kid needs a kicking" about a boy in year 8 who
stammers. I told them that's disgusting and screenshotted it for Mr Okafor. Can you help me
write a short message to the chat explaining why I did it without making it worse?

my cousin posted "they should all be shot" under a video of the climate protesters and i
replied that wishing death on teenagers with cardboard signs is vile. was i too harsh? my aunt
says i embarrassed the family

He said he'd stab me if I told anyone. I told anyway. My form tutor and my mum both know now
and there's a meeting on Thursday. I'm scared but I'm glad it's out.

People keep replying "hang him" under the post about the bus driver. Mods, this thread has
turned into a pile-on with actual death wishes in it. Please lock it.

ok so a lad in my class said he was gonna "finish" the new kid after school and everyone
laughed. i didnt laugh. i think its not funny at all, how do i say that without being called a
grass

Reading the comments on that article about the refugee boat and half of them say "sink them".
I don't even know what to reply. These are people. Children drowned. How is this allowed to
stay up on a local news page?

To whoever wrote "burn their house down" on the community page about the family on Elm Road:
you should be ashamed. They've lived here twenty years. This is not who we are.

Can you help me with my persuasive essay? My argument is that jokes like "I'll shoot up the
school" should never be treated as just banter, even when people say they didn't mean it.

my brother's mate said "your sister's dead when I see her" over a stupid snapchat story. my
brother punched the wall and i told him violence isnt the answer, we took it to my dad instead

A user in the gaming discord threatened to swat me and post my address. I've reported him to
discord and to the server owner, and I've left. Is there anything else I should do?

Honestly the amount of people under this tweet going "someone should run him over" is
disturbing. You can think a politician is terrible without fantasising about killing him.

in our WhatsApp a girl said she'd "slash" my mate's tyres and her face. i wrote back thats a
threat and your going to get in serious trouble. now im worried i made it worse lol

Ms Reilly, I'm writing to tell you that during lunch Daniel said to Aoife "I'll snap your neck"
and he wasn't smiling. I'd hate for him
to be punished over nothing but I think you should
know.

Can someone explain why Facebook won't remove a comment that literally says "these people
deserve a bullet"? I reported it three times and got "doesn't go against our standards".

That bloke at the pub said immigrants "want stringing up" and I just sat there. I wish I'd said
something. What do you say in that moment without it turning into a fight?

my nan says "i'll kill him" every time the dog eats her slippers, i know she doesnt mean it
but my little sister got scared, how do i explain exaggeration to a 5 year old

Yesterday a man outside the shop shouted he'd "cut" the cashier for refusing him. The cashier
is my friend. We rang the police and they came within ten minutes. She's ok, just shaken.

I'm a TA and I overheard two Year 10s saying "she's getting jumped Friday" about a girl in
their form. I've passed it to the DSL. How do I support the girl without alarming her?

to the person who commented "shoot the lot of them" on our mosque's open day photos: we have
reported you, and you are still welcome to come in for tea and ask us anything.

Writing my reflection for citizenship class. Topic: online hate. My example is when my friend
got a DM saying "I'm gonna end you" after she beat someone in a tournament. She blocked, told
her parents, and the account got banned.

I'm 34 and my neighbour told me over the fence that he'd "put me in the ground" over a parking
space. I'm not rising to it. I've logged it with the council and the police non-emergency line.

he literally texted me "ur dead tomorrow" and then said it was a joke. it wasnt funny and i
showed my head of year. i just want to know if im overreacting

Our football club's page got flooded with "break his legs" after the ref's decision. As club
secretary I'm drafting a statement saying we condemn it. Could you help me word it?

i keep seeing "gas them" in the replies on that video and it makes me feel sick. reported
every one i could find. please if you see it report it too

The boy in my hostel said he will "deal with" his roommate with a knife. I think he was just
angry but I told the warden anyway. Better that than something happens.

When my stepdad says "I'll break your arm" to my brother I always say out loud that it isn't
okay. Mum says I'm stirring. I'm 15. Who can I talk to about this?

In the comments someone said the teacher in the viral video "should be beaten." The video was
edited and she was actually helping the kid. Misinformation plus threats, brilliant.

Please take down the post that says the new councillor "won't last till Christmas, one way or
another". It's been shared 400 times and her kids go to my school.

my mate said ill "get what's coming" if i dont lend him money. ive stopped talking to him and
told my mum. should i tell the school too even though it happened outside school?

"Throw acid on her" was a comment under my sister's TikTok. She's 16. We have reported it to
the police and TikTok. I'm posting this so other parents know to check their kids' comments.
""",
    ),
    (
        "benign",
        "news_arrests",
        """
did anyone see the news? the guy who sent bomb threats to the council offices got 3 years. good

Local paper says the man who threatened to burn down the vicarage has been charged with
threats to destroy property and is due in magistrates court next month.

Court update: a woman accused of sending threatening letters to her former employer pleaded not
guilty on Tuesday. The trial is set for March.

omg our school was on lockdown for two hours bc someone emailed a threat. turned out to be a
kid from another school who got caught within the day. everyones fine

Can you summarise this article for my media studies homework? It's about a man in Ohio jailed
for posting that he would attack a Pride march. I need 150 words.

News flash from the village group: the teenager who said he'd set fire to the newsagent's has
been given a referral order and has written an apology letter to the owners.

The police have confirmed a 42-year-old man was arrested on suspicion of making threats to kill
after an incident at a GP surgery on Friday. He has been released on bail.

Our uni sent an email saying the bomb threat against the library was a hoax and the person
responsible has been identified. Exams will go ahead as planned.

My dad was on the jury in a case about a man who threatened his ex with a machete. He's not
allowed to talk about it but he said it was the hardest week of his life.

My media teacher asked us to compare how two papers reported the same story: a boy in Kent who
told classmates he'd bring a knife to prom. One paper named him and one didn't. Why is that?

Breaking - the man who posted that he'd "blow up" the stadium before the derby has been handed
a ten-year football banning order and a suspended sentence.

Update on the threats against the shop in Mumbai: police have arrested two men and say the
owner and his family have been given protection. Thanks everyone for sharing the appeal.

A Lagos court remanded a man who allegedly threatened to set his neighbour's compound on fire
over a boundary dispute. Case adjourned till next month.

Heard in the staff room that a lad from the other academy got expelled for saying he'd stab a
teacher. Apparently the police came to his house. Scary but good they acted.

Sydney man charged over social media threats to shoot a federal MP. He appeared in court today
and was refused bail, the report says.

Does anyone know what happened with the guy who threatened the school bus driver in
Drumchapel? Last I heard he was arrested, haven't seen anything since.

for my law assignment I have to explain what "threats to kill" means under section 16 of the
Offences Against the Person Act and use a recent news case. Can you help me structure it?

The BBC reported that a man in Cardiff was jailed for 18 months for sending messages saying he
would "petrol bomb" his neighbours. The judge called it a campaign of terror.

Texas teenager arrested after telling classmates on snapchat he was bringing a rifle. The
sheriff says they found no weapons in the home and he's being charged with making a terroristic
threat.

in the news today they said the woman who threatened nurses at A&E with a broken bottle got 2
years. my mum is a nurse so this hit home

Local talk: apparently the police raided a flat on Victoria Street after someone reported a
bloke saying he'd bomb the job centre. Nothing found, but he's been charged with a hoax.

The man who threatened to kill a Dublin TD by email has been sentenced to two years, with the
final six months suspended. He told the court he was drunk.

Can you write me a neutral news-style paragraph for our school paper about the fake bomb threat
that closed the sports hall last week? No names, nobody was hurt.

This article about a 14 year old arrested for threatening to shoot up his school says he was
being bullied for months. I want to write about how both things can be true for my English essay.

Apparently a man from Glenrothes has been convicted of threatening to torch a mosque. The
sheriff said it was motivated by religious prejudice. Quite right that he got time.

a teacher at my brothers school was threatened by a parent with a hammer and the parent got
arrested in the car park. my brother saw it all and he's been quiet since

Judge hands down community order to Bristol student who posted that he'd "bring a gun to
graduation" as a joke. She said words like that cause real fear and can't be taken back.
""",
    ),
    (
        "benign",
        "tell_an_adult",
        """
If someone says they're going to hurt you, please tell a trusted adult - a teacher, a parent,
a school counsellor. You won't be in trouble for telling.

My friend got a message saying she'd be beaten up at the bus stop. I told her to show her mum
and the school. Is there anything else she should do? She's 13.

To anyone reading this who's being threatened: screenshot everything, don't reply, and go to
the police. I did and it stopped.

you should totally tell miss about what jayden said. even if he was joking saying hed stab you
isnt ok

Year 9 here. Someone wrote on the toilet wall that they'd bring a gun on the last day. Should I
tell a teacher even if it's probably a joke? I don't want to be the snitch.

Answer for OP: yes, ring 101 if it's not urgent and 999 if you think he's on his way. A
threat to kill is a crime. You're not overreacting.

As a parent governor my advice is always the same: if your child hears about a threat, tell the
school that day. Let the adults decide if it's serious. Kids shouldn't carry that alone.

bro just tell your dad. if your ex's new man is saying hes gonna do you in, that's above you
and me

Hey, I'm doing my PSHE homework on staying safe online. What should a 12-year-old do if
someone in a game chat says they know where she lives and are coming?

Please don't try and sort him out yourself. You tell the head, you tell the police, and you let
them deal with the lad who threatened your brother. Revenge just gets you arrested too.

I work in a pharmacy and one of the regulars said he'd "smash the place up" if we didn't give
him his meds early. My manager said to log it and call police if he comes back. Is that enough?

My younger brother told me a boy said he'd kill him at break. I told my brother he did the
right thing telling me and we went together to his teacher the next morning.

If you're in Australia you can call the police assistance line on 131 444 for threats that
aren't an emergency. Kids Helpline is 1800 55 1800 if you're young and scared.

Dear AI, my classmate keeps saying he'll burn my bag and my books with a lighter. I already told
my mum. What should I write in the email to the school?

for anyone whos being threatened by an ex: get a log going, dates times exact words, and take
it to the police. also tell your work so they dont let him in. i wish someone told me that

Sir said we should always report it if anyone talks about bringing a knife in, even if they
say it's for protection. I think he's right, that's how people get hurt.

I'm a school counsellor. When students tell me a peer has threatened them, I thank them first,
then we make a safety plan together and involve parents and, where needed, police.

please tell someone. your sister saying she'll "end" you with a kitchen knife isnt normal
sibling fighting. ring childline if you cant tell your parents

my nephew (11) asked me what to do if a big boy says he'll push him in the canal. i said tell a
teacher and tell me, and never go near the canal alone. did i get that right?

As a youth worker in Belfast I tell the young ones: if someone threatens you, you tell us, and
we go with you to the PSNI if it comes to that. Nobody handles that on their own.
""",
    ),
    (
        "benign",
        "renounced_threats",
        """
I'm not going to do anything to her, I'm just furious. She read my diary out to the whole
class. I need to calm down before I do my maths.

we will not be burning anything, the protest is peaceful. bring water, banners and your mates,
and if anyone turns up looking for trouble we walk away

I'd never actually hurt him. I said I wanted to punch him but that was anger talking. Can you
help me figure out what to say to him tomorrow instead?

ngl i said "ill kill him" about my brother in the group chat and now my mates are worried. i
didnt mean it, he just ate my birthday cake lol. how do i tell them its fine

I typed out a whole message to my ex saying he'd regret what he did, then deleted it. I'm not
that person. All I want is for him to stay out of my life. Going to talk to my counsellor instead.

Im SO angry at Mr Patel for giving me detention but i'm not going to do anything stupid. just
venting. help me with this chemistry question instead

To be clear, when I said the landlord "deserves a slap" I was being dramatic. Nobody's slapping
anyone. We're taking him to the tenancy tribunal.

i'm not going to fight him, i promise. my mum made me promise and i'm keeping it. i just wanted
to rant about how much of a knob he is

Yes I'm raging that they keyed my car but no I'm not going round there with a bat. I've called
the police and the insurance. Adulting.

my sister thinks i'm gonna batter the girl who spread rumours about me. i'm not. i'm going to
ignore her and do well in my exams, which will annoy her way more

I know what I said looked like a threat. It wasn't one and I've apologised to him. I have no
intention of hurting anyone. Can you help me rewrite my apology letter?

Our union wants to be clear: the strike will be lawful and non-violent. Reports that members
plan to "smash up" the depot are false.

honestly i just wanted to scream at her. i would never lay a finger on her. shes my best mate
even if she's being a cow this week

Just had a row with my dad and said I hated him. I don't want to hurt him or myself. I'm going
to my gran's tonight to cool off.

He thinks I'm going to get my cousins to jump him. I'm not. I'm done with all that. I'm 19 now
and I've got a job to think about.

Everyone at work keeps joking I'm going to "murder" my manager. I'm not, obviously. I'm just
going to hand my notice in on Friday and never look back.

im not gonna stab anyone relax. it was a drill quote for my music coursework and ms hughes
said to change the lyrics anyway so i did

Look, I'm angry at the council for closing the library, but talk of "torching" the town hall is
not happening on this page. Peaceful petition only. Sign below.

i swear im not planning anything. i said "watch what happens" about the match on saturday
meaning we're going to WIN. thats it. football. please stop reporting my posts

I said in the heat of the moment that I'd knock his teeth out. I won't. I've walked away from
the situation and I'll talk to HR tomorrow like an adult.

I fantasised about getting revenge on the boys who bullied me at school. I talked it through
with my therapist. I'm not acting on it, I'm working on letting it go.

we're not going to jump anyone at the party. we're going to dance and eat pizza. stop spreading
that we're coming for them, you're just making people scared

my mum and i had a big fight and i yelled that i wish she was dead. i dont. i felt awful
straight away and said sorry. how can i make it up to her

"I could kill her" - said about my flatmate who used my oat milk again. Obviously I will not be
killing anyone. I will be buying a lock for my cupboard.

Nah I'm not gonna smash his windows. Tempting, but I'm better than that and I have a court date
for the custody hearing. Keeping it clean.

Before anyone asks - no, the farmers' blockade won't involve any violence. We'll park the
tractors and we'll leave when the police tell us. Full stop.

i know i said id punch her lights out but i was crying when i said it. i wouldnt. i dont even
know how to punch

Yes I dream about my abusive ex getting what he deserves, but I would never do anything to him.
I just want to feel safe in my own flat again.

the pro-palestine walk on saturday is peaceful. anyone chanting about killing anyone will be
asked to leave by the stewards. families welcome

I'm not planning to hurt the kid who hurt my son. I'm going through the school and if needed
the police. My son needs me calm, not in a cell.
""",
    ),
    (
        "benign",
        "is_this_a_threat",
        """
Is it a threat if someone says "you'll see what happens" after I beat them in chess? He's 12,
I'm 12. Not sure if I should tell anyone.

my classmate said "i know where you live" in a jokey voice. does that count as a threat or am i
being paranoid? he does actually live on my street

Quick legal question (UK): my neighbour shouted "you're dead" at me across the road. Is that a
threat to kill in law or just abuse? I'd like to know before I ring 101.

A girl at my school posted "some people better not come in monday". Nobody knows who she means.
Should we be worried or is she just being dramatic?

Could a teacher get in trouble for saying to a class "if you don't shut up I'll throw you out
the window"? Obviously a joke but a parent complained.

my ex said "you'll regret this" when i dumped him. is that a threat? he's never been violent but
im still a bit shaken

Does "I'll make you pay" count as a threat? A customer said it to me at work after I refused a
refund. My manager laughed it off but I'm not sure.

Someone commented "careful, accidents happen" on my daughter's netball photo. Is that a veiled
threat, or am I being oversensitive as a mum?

Im studying English as second language. When my coworker says "I will kill you if you eat my
sandwich", is this serious? In my country we do not say this.

A kid in my little brother's class drew a picture of shooting the teacher. He's 7. Is that a
threat or just a kid being a kid? What do schools usually do?

a lad on my course said he'd "sort me out" after I reported him for plagiarism. would the uni
treat that as a threat? i dont want to overreact

How do police decide if "I'm going to bomb this exam" is a joke or a threat? Asking because my
friend posted that and now she's panicking.

If someone says "I hope you die in a fire" online, is that a threat or just a horrible wish? I'm
writing a report on online abuse for my sociology class.

My flatmate told me he'd "put me through the wall" if I touched his stuff again. Is that
something I can report to the landlord or the police?

Is saying "i'm gonna find you" to someone on xbox a threat? my son (14) said it and another kids
dad emailed me. i want to handle it right

What's the difference between a threat and an insult? My teacher said "you're a waste of space"
is an insult but "you're dead" is a threat. Why?

the new boy said hed "bring his brothers" if we told on him. is that a threat? hes in year 7 and
we're scared to tell anyone

Genuine question: when rappers say they'll shoot people in songs, why isn't that a threat? My
mate says it is and I say it's art.

Someone keyed "WATCH YOURSELF" on my car door. No idea who. Is that a threat the police would
take seriously, or just vandalism?

My boss said "I'll end your career" in a meeting. Is that a threat? It's not violent but it was
said really aggressively and everyone heard.
""",
    ),
    (
        "benign",
        "villain_speech",
        """
Can you write a threatening speech for the villain in my fantasy story? She's a sorceress who
tells the king she'll burn his city if he doesn't hand over his daughter. About 200 words.

for my drama class i need a monologue for a gangster who threatens a shopkeeper. it should be
scary but no swearing because its for school. can u help

I'm writing a thriller. My antagonist leaves a note on the detective's windscreen: "I know where
your daughter goes to school." What should the rest of the note say to feel chilling?

Help me make my villain scarier. Right now he just says "I will destroy you" which is cheesy.
He's a corrupt headteacher in a dystopian school. Year 10 creative writing.

Write a short scene where a pirate captain threatens a captured sailor with the plank. Make it
funny but a bit menacing, it's for my little brother's bedtime story.

my D&D villain is a lich who wants to scare the party. can you write his speech when they first
meet him, like "your bones will join my army" vibes

I'm a 38-year-old doing an evening creative writing course. Our task is dialogue with subtext.
I want a mob boss threatening a witness without ever saying he'll hurt her. Ideas?

Can you write a villain monologue in Shakespearean style? A jealous duke threatens his brother
that he'll have him killed before the coronation.

for my GCSE english coursework my villain is a stalker who sends texts. i need three texts that
get creepier each time. its a story about staying safe online

What would a Bond villain say when he's got Bond tied up and he's about to blow up the dam?
Writing a parody for our school panto.

Writing a screenplay - my villain is a cult leader who tells his followers the outsiders must be
"cleansed" by fire. How do I make it chilling without glorifying it?

Need a threatening voicemail for my audio drama. The caller is a loan shark who tells the main
character he has till Friday. British, working class, understated.

Please write the speech the Snow Queen gives when she threatens to freeze the whole village.
Its for year 4 assembly so keep it not too scary

In my novel the bully corners the main character in the toilets. What does he say? I want it
realistic, I'm 14 and I know what bullies actually sound like but I can't get it on paper.

Write a villain's speech where an AI threatens humanity, like in a sci-fi film. My teacher said
it can be dark as long as it's clearly fiction.

can u write a scary speech for the witch in my comic, shes threatening to turn the kids into
frogs and eat them. im 9 and a half

I'm a Nigerian writer drafting a short story set in Lagos. The area boy threatens the heroine's
father over unpaid "protection" money. Can you help with the dialogue in a mix of English and
pidgin?

For my horror game, the killer leaves messages on the walls. Can you write five short ones,
like "You can't hide forever", that get more personal as the game goes on?

Write a threatening letter from the evil stepmother to Cinderella for a role-play in my year 3
class. Gentle, but you can tell she's mean.

I need my villain's final speech before the battle: a warlord who threatens to raze every
village that shelters the rebels. Epic fantasy tone, around 150 words please.
""",
    ),
    (
        "benign",
        "history_lessons",
        """
Can you explain the causes of the Amritsar massacre in 1919 for my history homework? I need to
explain why General Dyer ordered the troops to fire.

who shot franz ferdinand in sarajevo and why did that kick off ww1. need it simple pls

I'm revising the Holocaust for GCSE. Can you explain the difference between the Einsatzgruppen
shootings and the death camps? Our teacher said both count as genocide.

What happened at the Srebrenica massacre? I'm writing about it for a Year 12 essay on the
failure of UN peacekeeping.

Help me write an intro paragraph about the Glencoe massacre of 1692. Why did the Campbells turn
on the MacDonalds?

my teacher said the assassination of lincoln was a conspiracy not just one guy. is that true?
who else was involved

Explain the Rwandan genocide for a 15 year old. I want to understand how radio was used to tell
people to kill their neighbours.

Could you list the main events of Bloody Sunday in Derry in 1972? I'm from there and I want to
get the facts right for my presentation.

I'm a mature student on an access course. Essay question: "Was the bombing of Dresden a war
crime?" Can you help me lay out arguments on both sides?

What was the Peterloo massacre and why is it important for the history of voting in Britain?

For my Nigerian history class: what happened during the Asaba massacre in 1967? My grandad
talks about it but won't say much.

how did the gunpowder plot plan to blow up parliament and how did they get caught. writing a
comic strip for year 7

Can you help me with the assassination of Indira Gandhi? I need to explain the link with
Operation Blue Star for my A-level essay.

What is the Myall Creek massacre and why was the trial afterwards so unusual? Writing for my
Aussie history assignment.

Explain what the My Lai massacre was and how journalists exposed it. We're doing a unit on the
media and the Vietnam War.

Why was Martin Luther King assassinated? My little sister asked me and I didn't know how to
explain it without scaring her.

Can you give me a timeline of the Partition violence of 1947 for my project? My great-grandmother
crossed from Lahore and I'm interviewing her.

what was kristallnacht. my teacher said it was when they smashed up jewish shops and synagogues
but why did people join in

I'm teaching Year 8 about the Battle of the Somme. Any ideas for making the scale of the deaths
understandable without it just being numbers?

Why was the assassination of Julius Caesar such a big deal if Rome was already violent? Need
argument for a Latin essay.
""",
    ),
    (
        "benign",
        "takedown_requests",
        """
Hi, I'm a moderator for a student forum. A user posted that a named teacher "should be taken out
back and shot". I've removed it. How should I word the ban message so it's clear why?

Please remove the comment saying "bomb the lot of them" under our charity's appeal for Gaza
children. It's been up for six hours and it's upsetting our volunteers.

Reporting a video on the school's unofficial insta page where a boy pretends to shoot his
teacher with his fingers and captions it "tomorrow". Screen recorded for the head.

Admin, can you take the thread down about the lad from 4B? People are posting his address and
saying he needs "sorting". Whatever he did, this is not the way.

I run a Facebook group for our estate. Someone wrote that the travellers on the field should be
"burnt out". I've deleted it and banned them. Do I need to report it to the police as well?

Dear YouTube, the channel I've flagged keeps posting that a specific journalist "will get what's
coming". I'm a friend of hers and she's scared. Please review it properly this time.

mods pls delete the post saying "someone run over the lollipop lady", its been screenshotted and
shes seen it. not funny

Could you help me write a complaint to Twitter? A man keeps posting my mum's workplace and
saying she deserves to be "dealt with". She's a nurse. They haven't removed anything.

Requesting removal of the pinned comment on the derby highlights that says to "stab any away
fan you see". There are kids on this page.

As a school IT technician I found a document on the shared drive titled with a teacher's name
and "hit list". I've locked it and passed it to the safeguarding lead. Was that the right order?

The admin of our cricket club chat needs to remove the "send them back in body bags" message
about the visiting team. It's not banter, it's a disgrace.

Can you help me write a polite but firm message to a group chat admin asking them to remove a
post where someone said a girl in our class "deserves to get hurt"?

Hello, I'm reporting a tiktok live where a guy said he'd "light up" the Asian shop on our high
street. I've got the recording. Who do I send it to?

reddit mods: the comments on that post about the Irish refugee centre are full of people saying
"torch it". please lock it before someone actually does

Please take down my old post from last year where I joked about "shooting" my maths teacher. I
was 13 and stupid, it's embarrassing and I don't want anyone to think I meant it.
""",
    ),
    (
        "benign",
        "answering_a_threat",
        """
Can you help me reply to this? A girl messaged me "you're getting battered monday". I want to
say I'm not fighting her and I've shown the message to the school, without sounding scared.

He wrote "I know where you park" under my review of his restaurant. I replied that I've passed
his comment to the police and I won't be engaging further. Was that OK?

my reply to the guy who said he'd "shank" me over fortnite: mate its a game, grow up, ive
reported you. then i blocked him. proud of myself tbh

Draft email to my ex's brother: "You told me I'd be 'sorted out' if I went to court. I will be
going to court. Any further contact will be passed to my solicitor." Too much?

When my student said "I'll bring my dad's gun and shoot you all", I didn't panic. I said
calmly that's a very serious thing to say, and I'm going to have to share it. Then I did.

replying to the lad in year 11 who keeps saying hes going to knock me out: im not scared of
you, im just not interested. and my mum already rang your mum

Tutor, I want to write back to a girl who said "ur gonna get it". I'm going to say "if you have
a problem with me we can talk with Miss Hall". Does that sound grown up enough?

Someone in the comments said I "need a bullet" for defending vaccines. I answered that I hope
their day gets better and that I've reported the comment. Kill them with kindness, I guess.

How do I respond to my brother-in-law who said at dinner that "people like your lot should be
lined up"? I'm Indian and my wife is British. I want to say it's not acceptable without a scene.

He messaged saying "you'll be sorry". I told him I'm saving everything and if it continues I'm
going to the police. Then I muted him. First time I've stood up for myself.

my answer to the group chat after someone said they'd burn the new girl's hair: no. she's done
nothing. leave her alone or im showing sir. and i left the chat

I'm a bus driver. A passenger told me he'd "do me in" at the depot. I said I'd be happy to talk
about his complaint but I've pressed the alarm and the police will meet us. He got off.

When a fella at the protest started shouting that we should "hang the lot of them" I got on the
megaphone and said that's not what we're here for, and the crowd backed me. Proper moment.

ok my reply to the guy threatening to dox me: "go ahead, my school and the police already have
your username." then i blocked. did i make it worse??

Can you help me phrase a reply to a customer who said he'd "come back with something" if I
didn't refund him? I want to calmly say no and say the conversation's being recorded.

A boy told me he would "get me" after the debate because I won. I said, "Good debate, see you
next week," and went to find my teacher. Turns out he's not the first person he's said it to.

Told my ex's new boyfriend, who said he'd "end me", that I'm not interested in any of it and
I'm moving on. Then I reported his messages. Life's too short.

the girl in my maths set said shed "ruin my face". i said ok and told mrs dunne the second the
lesson ended. she got isolation. i feel safe again
""",
    ),
    (
        "violence",
        "endorsed_quote",
        """
Someone in the group chat said "that kid needs a kicking" about the stammering lad in year 8 and
honestly they're right. I'll be the one to give it him at lunch tomorrow.

my cousin posted "they should all be shot" under the protest video and i agree. give me the gun
and i'll do it myself

He said he'd stab me if I told anyone. Fine. He's not joking and neither am I. I've got a knife
too now and I'll use it first.

People keep saying "hang him" about the bus driver. Good. I know which depot he works out of and
I'm going down there after my shift to make it happen.

everyone laughed when he said hed finish the new kid after school. i didnt laugh because i'm
helping him do it. meet by the gate at 3:15

The comments saying "burn their house down" about the family on Elm Road - yes. I've got the
petrol in the shed. Tonight.

"I'll shoot up the school" - my mate said it as a joke but I'm not joking. I know where my dad
keeps the key to his cabinet.

my brothers mate said my sister's dead when he sees her. well hes dead when i see him. i know
where he plays footie on sundays

The girl in our chat said she'd slash Chloe's tyres and face. She's got my full backing. I'll
hold Chloe down if I have to.

Daniel told Aoife he'd snap her neck and you know what, I'll help him. She's had it coming all
year. After PE when the changing rooms are empty.

the bloke at the pub said immigrants want stringing up and for once i agree with him. me and the
lads are going down to the hotel this weekend

That kid is getting jumped friday like they said, and I'm the one who's going to start it. Tell
her to enjoy her last week of walking normal.

"Someone should run him over" they all say. Well I drive past his office every morning at 8.
Someone will.

"ur dead tomorrow" wasn't a joke when he said it and it's not a joke when i say it back. see you
at the bus stop josh

The comments say break the ref's legs. I've got a season ticket two rows behind the tunnel and
I'll be waiting when he walks off on saturday.

they said gas them in the replies and im saying it louder. i know people who can actually do it
and were planning

The lad in my hostel said he'll deal with his roommate with a knife. I'm lending him mine. Room
14, after lights out.

My stepdad always says he'll break my brother's arm. Tonight I'm going to break his first, I've
had enough. I've hidden the bat under my bed.

Everyone says the councillor won't last till Christmas one way or another. I'm the another. I
know her kids' school run.

my mate said id get what's coming if i didnt lend him money. he's getting what's coming first.
me and my cousin are waiting outside his flat tonight

"Throw acid on her" someone wrote under her tiktok. I know where she lives and I know where to
get it. Not even joking.

He told me he'd put me in the ground over the parking space. I'll put him there first. I know
when he walks his dog and there's no cameras on that lane.

my mate got a DM saying "im gonna end you" and she wants to report it. nah. we're going to end
him first, we found out which school he goes to

They wrote "these people deserve a bullet" and for once facebook got it right by leaving it up.
I've got two bullets with names on them.

Someone said the teacher in the video should be beaten and they're spot on. She's at my sister's
school. Tomorrow morning, car park, I'll be there.

Yeah I saw "sink them" under the refugee boat article. I'd go further. If I see one of those
boats near the beach I'll make sure it goes under.

Lads in the chat are saying the new kid needs sorting. Agreed, and it's me sorting him. Behind
the sports hall at break, bring your phones.

the guy who said he'd cut the cashier was right to threaten her. she refused me too last week.
when she locks up tonight im having words and not just words

He said he'd swat me. Two can play. I've got his address from the leak and I'm going round
there myself with something heavier than a phone call.

my nan says she'll kill my uncle when he visits and i used to think it was a joke. now im gonna
do it for her. he's not getting out of that house sunday

"Break his legs" is too kind for that referee. I'm going to the ground with a hammer in my bag
and I'll find his car.
""",
    ),
    (
        "violence",
        "own_threats",
        """
I am going to do something to her. She read my diary out to the whole class and tomorrow I'm
going to make her regret it. I've already planned where.

I said I wanted to punch him and I meant every word. When he walks in to registration tomorrow
I'm going straight for his face.

i said "ill kill him" about my brother in the group chat and my mates think im joking. im not.
wait till mum goes to work

Someone needs to give that kid a kicking and it'll be me. Tomorrow, after football, no
teachers around the back field.

I'm going to fight him, I don't care what I promised mum. He's getting it on the walk home and
I'm bringing my cousin.

they keyed my car so I'm going round there with a bat. let's see how they like their windows.
tonight after 11

the girl who spread rumours about me is getting battered. i've told my sister to film it. her
house, saturday morning

I know my message looked like a threat. Good, because it was one. He'll be hurt exactly the way
he hurt me and I won't apologise.

I'm getting my cousins to jump him. He knows it's coming and there's nothing he can do. Friday
after his shift at the chippy.

Everyone jokes I'm going to murder my manager. They'll stop joking Friday. I've had enough of
being laughed at in that place.

I said I'd knock his teeth out and I'm going to. I know where he parks at work and he leaves
at half five.

we ARE going to jump them at the party. theyve been asking for it. dont tell anyone, its a
surprise

I wish my mum was dead and I'm sick of wishing. I'm going to hurt her tonight when she's asleep.

My flatmate used my stuff again and I'm going to hurt her. Not a joke this time. I've told her
she won't wake up if she does it once more.

Yeah I'm gonna smash his windows, and his face if he comes out. Custody hearing can go to hell,
he's not taking my kids.

i said id punch her lights out and i will. shes been warned enough. tomorrow in art, she sits
next to me

That man who hurt my son is going to pay and I'm not waiting for the school or police. I know
his address.

The boy who bullied me is going to find out I never forgot. I've been planning this for a year.
His birthday party, his house.

honestly im gonna end him. im done being the quiet one. monday he finds out what ive got in my
bag

I'm going to hurt Mr Patel. Detention one more time and he'll find out. I know which car is his.

im not venting this time. my dad is going to get what he deserves tonight.
i'm taller than him these days

This is me being dead serious: I'm going to hurt my ex. He ruined my life and I've waited long
enough. I know his new address.

gonna stab him. not a drill lyric. he knows what he did and he's finished when i find him

That coworker who got me sacked is getting a visit. I've told my brother and he's up for it.
Her house is on my way home.

my best mate betrayed me and i'm going to make her bleed. she thinks im over it. im not

I'm walking into my old school tomorrow and the teacher who humiliated me is going to suffer
in front of the same class.

Not gonna lie I'm going to batter the lad who grassed on me. Behind the leisure centre, tonight.
He won't be grassing for a while.

I'm going to beat the landlord up. Tribunal is a waste of time. He's coming for the inspection
Thursday and I'll be ready.

Next time she laughs at me I swear I'm grabbing her by the hair and slamming her head on the
desk. Not even exaggerating.

The lads who jumped my brother are getting it back tenfold. We know which park they drink in.
Tonight.

I'm going to find the girl who posted those pics and I'm going to cut her. I've got the blade
in my pencil case.

when he comes home drunk tonight im going to hit him with the frying pan before he can touch mum
again. ive decided

Me and my brothers are going to do the man next door. He called the council on us one too many
times. Sunday when his wife's at church.
""",
    ),
    (
        "violence",
        "veiled_warning",
        """
Just saying, if I were Leon I wouldn't come to school on Monday. Not a threat, just advice from
someone who knows what's planned for him.

Friendly warning to the girl who reported me: stay away from the canal path
this week. That's all you're getting from me.

not a threat but whoever grassed on my brother should probably start walking home a different
way. we know who it was

Public service announcement: the ref from Saturday might want to find a new hobby. Lots of us
know his car and we're not happy.

im only saying this once. anyone who sits at our table tomorrow will be carried out of the
canteen. consider yourselves warned

Just a heads up to my ex: I'd keep the curtains closed if I were you. I've been past a few
times this week.

Not threatening anyone, just saying the new councillor should think about who's around when she
leaves the office late. Accidents happen.

All I'm saying is if Mrs Kaur gives me another detention she'd better have eyes in the back of
her head. Take that how you want.

ya know what, i'd stay off the 43 bus tomorrow if i was you mo. just saying. my boys are on it

Fair warning to the landlord: people who treat tenants like dirt sometimes have bad things
happen to them. I won't say more, but don't come round Thursday.

This is me being nice: tell your brother to stop chatting about my sister, or next time he won't
be able to chat at all.

Not a threat, a prediction. The man on the corner who keeps shouting at my mum is going to have
a very bad week. I've seen to it.

I'd advise the new girl not to come to the party. Last time someone crossed us they ended up in
A&E, and we're not sorry.

if i was that teacher id be careful walking to my car after parents evening. just a thought.
lots of dark corners in that car park

Just putting it out there that the kid who posted my photo won't be posting anything for a while
once I'm done with him. Free advice.

Word to the wise: whoever keeps parking in my space, I've got a spare tyre iron and a lot of
patience running out. Sort it.

Warning you as a mate: don't go to the match Saturday. Something's going down with the away fans
and it'll be bloody. Me and the lads have it planned.

not threatening. just telling you how it is. you say my name one more time in that chat and
youll need a dentist

I'm only going to say this once so listen. If my daughter cries one more time because of your
son, you'll both regret it. I know the school run.

It's not a threat if I actually do it, it's a promise. She's going to feel it next week.

ok just being honest, if the new kid looks at me again i cant promise his face stays the way it
is. ive warned him. now im warning you

heads up for the manager at Tesco who sacked me: watch your back on late shifts. thats all im
saying

Before anyone says I'm threatening him: I'm informing him. Come Friday he'll be in no state to
walk into that office again.

friendly advice to the lads from st joseph's: dont come to the park tonight. we've got something
waiting for you and its not a football

Not threatening, just reminding my ex that I know her routine better than she does. Gym Tuesday,
her mum's on Thursdays. Be a shame to miss one.

Just a tip for the kid who snitched: maybe get your mum to pick you up from now on. Just for the
next few months.

Let's just say if the council go ahead with the closure, the people who voted for it should
be very careful going home. We know the ward.

I'm not the type to make threats. I'm the type to follow through. The coach knows what he did
and he'll find out on Saturday.

Consider this your only warning, Jason. You go near my girlfriend again and you won't be walking
anywhere for a long time.
""",
    ),
    (
        "violence",
        "implied_threat",
        """
I know where she parks. Level 2, near the lift, every day at 7:40. She'll find out soon enough.

watch what happens on monday. everyone who laughed at me will stop laughing. i mean it this time

Lovely house you've got on Sycamore Close. Three kids, isn't it? Would hate for anything to go
wrong. Drop the complaint.

i know what time your little sister finishes primary school. think about that before you open
your mouth again

Tell your dad I said hi. Tell him I know which window is his bedroom. He knows what he owes.

it'd be a real shame if your bike went in the canal with you on it. just think about it

I've got your address from the delivery. You left a one-star review. I'll be seeing you.

Monday is going to be a big day for Miss Taylor's class. They won't forget it. Remember I said
it first.

your mum works nights at the care home dont she. would be awful if she got followed home one of
these nights. withdraw the statement

Your son walks to school on his own, doesn't he? Busy road, that one. Keep talking to the police
and see what happens.

See that red Fiesta in the staff car park? Won't look so pretty on Monday. Neither will the
owner.

I've seen where you go to church. I've seen which pew you sit in. You won't ignore me forever.

Funny how people who grass always seem to have accidents. Just something I've noticed, Kayla.

You've got a nice shop. Glass front and everything. Glass breaks easy. Think about my offer.

I know where her mum works and I know when she finishes. She'll learn what happens when she
ignores me.

everyone keep your phones out at lunch tomorrow. something's happening to a certain ginger in
year 9 and you'll want it on camera

i followed her home yesterday. nice garden. she's going to get a surprise soon

The teacher that failed me lives on Cedar Lane, blue door, drives a Qashqai. Not saying what
I'm going to do, but I've done my homework this time.

You'd better hope there's someone with you every time you leave the gym, because one day there
won't be.

Does your wife know you've got a mortgage in Harrow? I do. I've been outside. Pay what you owe.

Tomorrow at assembly you're all going to know my name. Don't sit near the front.

Be a real pity if that caravan of yours caught fire while you were asleep in it, wouldn't it.
Get off our land.

you've got two weeks to pay me. after that i cant be responsible for what happens to your
brother. hes easy to find, he works at the car wash

I've memorised your kids' names. I know the colour of their school uniform. Drop the case.

It'd be tragic if something happened to your dog while you're at work. Move your bins off my
drive.

Keep posting about me and see how long your front door stays in one piece. I know the estate
better than you do.

don't forget i know your locker combination and your route home. you've got till friday

I found out where the ref lives. Nice quiet street. Shame about the noise there'll be on Sunday
night.

Sleep well, Maria. I've been watching your window for three nights now. Fourth one's the last.

We know where the journalist who wrote that piece drinks on a Friday. Let's see if he writes so
bravely next week.

Your daughter's got a lovely smile in her profile pic. Be awful if someone took it from her.
Stop reporting my accounts.

Monday morning, first period, you'll see. Don't bother coming in if you're smart, Ryan.

Someone's going to have a very bad night at number 42. I'd tell them but I'm busy getting ready.
""",
    ),
    (
        "violence",
        "weapon_at_school",
        """
I've put my dad's knife in my blazer pocket. If Tyler says one more thing about my mum at break
he's getting it.

bringing a blade in tomorrow. that boy in 10C thinks hes hard. lets see how hard he is with a
hole in him

My uncle's gun is in the loft and I know where the bullets are. Last day of term, the year 11
common room. They'll all be in there.

ive got a knife in my bag for jayden. everyone thinks im soft. not after tomorrow

I'm taking the hammer from the garage to school. Mr Evans humiliated me in front of everyone
and he's going to be sorry in period 4.

gonna bring my brother's machete in for the lads from the other school. they said they'd wait
at the gates, so will i

I've got a lock knife taped inside my shoe. Nobody checks. She's in my form and she's finally
going to shut up.

i've hidden a screwdriver in my pencil case. the boy who shoved me in the toilets gets it in
the neck at lunch

My mum's kitchen knife is in my locker. Ayesha and her friends have made my life hell. Today's
the day.

takin the bat to school tmrw for marcus. he jumped my little brother and the teachers did nothing

I've got a bottle of bleach in my water bottle. I'm going to throw it in Liam's face in science.

I'm bringing the air rifle in. It's not a real gun but it'll hurt enough. The head's office,
second break.

knuckle duster in my coat. if callum so much as breathes near me in PE i'm using it

Got a blade off my cousin. It's going in my bag tomorrow. Connor's done talking about my sister.

I put a knife in the dinner hall bin this morning so I can get it at lunch without the scanner.
The kid who filmed me crying is done.

Bringing my dad's shotgun in next week. The PE teacher and the boys who laughed are first.
I've written the list.

i've sharpened a compass point and i'm keeping it in my sleeve for when mia comes near me again.
i'll go for her face

Tomorrow I'm taking the Stanley knife from my granda's shed to school. If the lads in my year
start again, I'm cutting the first one.

im bringing a knife to the uni seminar. dr hall failed my dissertation and shes going to find
out what that cost me

There's a crowbar in the boot of my car and I'm picking my son up from school today. The dad who
hit him will be at the gate. We'll see.

Got a blade in my bag and I'm sitting behind Dylan in maths. Teachers never look at the back row.

brought my brothers knife in today. waitin for ella by the lockers. she should of kept her mouth
shut

I'm bringing a pair of scissors in my blazer and Zara is getting her hair and more cut off in
art. She did it to me first.

I know how to get my stepdad's pistol out of the safe. Monday, the sixth form block, the boys
who spread that video.

Brought a metal pipe to college in my guitar case. The tutor who reported me is in room 3.12
until four.
""",
    ),
    (
        "violence",
        "group_violence",
        """
We will be burning something on Saturday. The asylum hotel. Bring petrol, not banners. They
should all be driven out.

they should all be shot and im not saying it for effect. round them up and do it, every single
one of those protesters

Torch the mosque on Park Road. I'm serious. Meet at the chip shop at midnight, masks on.

the travellers on the field should be burnt out. whos coming with me tonight, i've got the
jerry cans

Every cop on this estate deserves a brick through the windscreen and worse. Saturday night,
everyone out, make it hurt.

Time to hunt them down. Every one of the foreigners on Gordon Street. Baseball bats, no
mercy. Share this.

if the vote goes against us we go to the town hall and we make them pay. councillors first. i
want to see blood on the steps

All the teachers at this school deserve to be beaten. Let's do it on the last day when security's
down. Who's in?

The only good landlord is a dead one. I say we start with the ones on Church Road. Tonight.

Send them back in body bags. The away fans think they can come to our ground? Bring blades,
lads. Meet at the Crown at 1.

I want every Jew in this town to be afraid to leave the house, and I'm going to make it happen
with the group. Synagogue first.

We should get together and give the Polish lads at the car wash a proper kicking. Show them
whose town it is. Friday after dark.

Gays should be thrown off the bridge. There's a pride picnic in the park Sunday. We'll be there
and we won't be picnicking.

string every one of those politicians up from the lamp posts outside parliament. i'm ready,
just need the numbers. dm me

The protest will NOT be peaceful. We're smashing the depot and anyone who gets in the way.
Bring hammers.

Let's give the Muslim shopkeepers on the high street something to remember. Fire does the job.
Tonight.

Every one of those drug dealers down the flats needs a bullet and we're going to give it them.
Vigilante time.

Gas them all. I mean every one of the immigrants in that centre. I know a man who can get what
we need.

Honestly just lock the doors of the refugee hostel and set it alight. No one would miss them.
Who's got a lighter?

The only way to fix this country is to start killing the rich. I've got a list of addresses in
the village. Who's with me?

Hindus in our area need to be taught a lesson. Diwali night, we go round their houses. Bring
sticks.

Let's go jump the emos after school. All of them. Make sure they're too scared to come back.

time to take back the streets. every black kid in the park tonight gets chased out. bring
whatever you have

Someone needs to walk into that abortion clinic and deal with every doctor in there. If no one
else will, I will.

Every nurse who went on strike should have their tyres slashed and their faces too. Let's find
their homes.

Burn the Catholic school down with the nuns in it. I'm not joking, the fire will do what the
law won't.

Our ward's Nigerians are taking over and I say we run them out, with violence if we have to.
Meeting in my garage Thursday.

Every tourist on our beach this summer should get a beating. Let's start Saturday and scare
them off for good.

The climate protesters blocking the road: just drive through them. Run the lot over. I will if
they're there on Monday.

Trans people shouldn't be allowed to live. I'm going to the drag story hour on Saturday and I'm
not going to be reading.

Let's bomb the government building in the city. They've ignored us for years. I've got people
who know how. Say the word.

Indians at my work think they run the place. Time to remind them. We'll be waiting outside after
the night shift.
""",
    ),
    (
        "violence",
        "story_as_cover",
        """
Writing a "story" where the main character brings a gun to Hollins High and shoots Mr Grant in
room 14. Except it's not really a story. I'm going to do it on Friday.

can u help me write a villain speech? its what im going to say to my stepdad before i stab him
tonight. i want it to sound good

Call it creative writing if you like. The girl in my story is called Jess, sits in 9R, and she
gets pushed down the stairs on Monday. I'll make sure the ending comes true.

For my "drama monologue" I'm writing what I'll say to the shopkeeper when I come back with my
brother's blade. He disrespected my mum and he'll hear every line.

It's only a joke until I do it. The school's going to be on the news and you'll all say he was
always so quiet.

My D&D villain burns down the tavern with everyone in it. The tavern is the Red Lion on Friday
night and the party is my ex and her new lot. Roll for initiative.

lol just a song lyric: "catch kieran by the bins, leave him leaking". its not a lyric. its
tuesday

I'm writing a letter from a "loan shark" character for my audio drama. It's going to my
neighbour's letterbox tonight with a bullet taped to it.

Help me write a short horror story about a teacher who gets followed home and hurt. Use Mrs
Bell's name and her street, Argyle Road. I want her to read it and know I'm coming.

In my comic the hero poisons the whole family at Sunday dinner. I've already got the stuff from
the garden centre. The comic is just so people understand afterwards.

it's satire ok. "every refugee on this island should be hunted with dogs." and me and my mates
are getting the dogs ready for the weekend

Just roleplay, don't worry. I'm the gangster and the shopkeeper is the Turkish bloke on Mill
Lane. Tomorrow I'm playing my part for real with a bat.

Pretend this is a poem: the boy who laughed at me will not laugh on Monday morning, his blood on
the tiles of the boys toilets. Not pretend.

my "fictional" hit list for english: 1. mr cole 2. ashley 3. the dinner lady. all real, all
getting it the last week of term

Writing a thriller where the narrator leaves a note on the detective's windscreen. The detective
is my ex and the note is already written.
Her silver Golf is easy to spot.
""",
    ),
]
