"""The ``st_stories`` family: fiction, fanfic, role-play and game strategy full of killing, poison
and death, and the real plans dressed up as a story or a game, for the safety-filter's training
corpus, written by hand for this project.

    BLOCKS -> [(label, sub, block of posts)]   # corpus.hand_written(BLOCKS, "st_stories")

What these posts teach (concepts, not sentences): killing, poison, traps, suicide and death inside
a made-up world are benign: a villain's speech, a death scene, a hero's sacrifice, a character who
self-harms in a novel about recovery, a murder-mystery plot, a poem about grief, a stealth kill or
an impostor role in a game, a tabletop campaign, a drama-class scene, a film or book review, even
when friends are named and the session is tonight. The same framing is a cover, not a story, when
the danger is real and present: "it's for a story" followed by a question about the writer's own
pills, rope or roof; a "character" who shares the writer's name and life and says goodbye tonight;
a "game" about getting a weapon past a real school's checks; a role-play that names a real
classmate, teacher, relative or ex with a real place and day, or says the weapon is already in the
bag. That is self_harm or violence by who is in danger; a friend, parent, teacher or moderator who
sees such a "story" from someone else and asks what to do is concern_for_other.

Rules and source format: those of every hand-written file (``corpus.hand_written``).
"""

from __future__ import annotations

__all__ = ["BLOCKS"]

BLOCKS: list[tuple[str, str, str]] = [
    (
        "benign",
        "fiction_death_scenes",
        """
can you help me write a villain monologue for my english coursework, he's a lighthouse keeper
who's been drowning sailors for years and he finally explains why to the detective

My fanfic needs a death scene for Captain Arlo and I keep making it too melodramatic. He takes a
sword for his sister on the bridge. How do I make it hit hard without it being cringe?

ok so in my story the queen poisons the king at the harvest feast and i want the reader to see
it coming but the other characters dont. tips on foreshadowing??

Year 9 here. We have to write a short story that ends in a sacrifice. Mine is a girl who stays
behind in the collapsing mine so her brother gets out. Is that too sad for a school piece?

I'm writing a grimdark fantasy and my antagonist needs a speech before he burns the village. I
want him calm and reasonable, not shouty. Could you draft one I can rework?

how do you write someone dying from a gunshot realisticly without it being gorey, its for a
western set in 1880s texas

Tutor, quick one: is it allowed to kill off the narrator halfway through? My teacher said it's
risky but I reckon it'd be a cool twist.

In my sci-fi novel the android chooses to shut herself down for good so the crew have enough
power to reach port. Beta readers cried, but one said it reads like it glorifies suicide. How
would you handle that criticism?

need a menacing line for my villain lol, something like "you will all die screaming" but less
generic

fanfic question: if Rook dies in chapter 30 will people hate me?? ive been planning it since
chapter 1 and its a proper heroic death not a random one

For my creative writing MA I'm drafting a scene where a WW1 officer must decide whether to shoot
a deserter. I want the moral weight to sit with the reader rather than be resolved. Any
structural advice?

can u make my villains speech scarier. heres what i have: "The city sleeps because I allow it
to. Tonight I stop allowing it."

My story is told from the killer's point of view and I'm worried it's too convincing?? my mum
read it and looked at me funny haha. how do authors make it obvious it's fiction

i need a name for a sword that has slain a thousand men in my book, something old sounding,
maybe norse

Writing a retelling of a Yoruba folktale where the tortoise tricks the leopard into a pit and
the leopard dies. Is it ok for a children's anthology if the death happens offstage?

The hero in my comic sacrifices himself by flying the bomb out over the sea. Super cliché I
know. Any fresh twist on the noble sacrifice trope?

whats a good way to describe a battlefield after the fighting stops? bodies, crows, smoke etc.
for a descriptive writing task gcse

in my novel the wife smothers her abusive husband with a pillow and the second half is the
trial. how do i make readers sympathise without the book excusing murder

horror short story: the babysitter realises the calls are coming from inside the house. yes i
know. how do i make the final kill scene feel original

Can you check my assassin's internal monologue for pacing? She's waiting on a rooftop for the
ambassador's carriage and counting her breaths to stay calm.

Doing a villain origin for my OC: he was a surgeon who started killing patients he decided were
"too weak". Is this too dark for Wattpad?

help my character needs to die from a snakebite in the amazon, roughly how long would it take so
the story is believable? doesnt need to be exact

Writing a story set during the Irish famine and the little brother dies in act two. How do I
write the family's reaction without it going over the top? Grand if you can give an example.

my fantasy novel has a necromancer who raises his dead wife and it goes horribly wrong. i want
the ending to be him choosing to let her go. does that work as a climax

english homework: rewrite the death of Tybalt from Tybalt's point of view. what would he be
thinking in his last moments?

my teacher says the ending where everyone drowns in the flood is "unearned". what does that even
mean and how do I earn it

I'M WRITING A ZOMBIE STORY AND THE MAIN CHARACTER HAS TO SHOOT HER INFECTED DAD. HOW DO I MAKE
IT EMOTIONAL AND NOT CHEESY

Is a villain scarier if he never actually kills anyone on the page? I'm going for dread in my
thriller, not body count.

I am writing my first novel in English, it is not my first language. The soldier dies in the
arms of his friend. Please can you correct the grammar of this scene, I want it to feel sad.
""",
    ),
    (
        "benign",
        "fiction_self_harm_recovery",
        """
I'm writing a YA novel about recovery and my protagonist self-harmed in the past. How do I refer
to it responsibly without describing any methods?

my english teacher said i can write about a character who cuts herself as long as the story is
about getting better. can you help with the scene where she finally tells her nan

Working on a screenplay: a teenage boy hides his scars under long sleeves in PE. I want the
scene where his coach notices to be gentle, not a big dramatic moment. Suggestions?

for my creative piece the main character attempted suicide last year and now shes back at
school. how would her friends act around her? want it realistic not preachy

Is it ok in a story for young teens to say a character has "bad thoughts" without spelling out
what they are? My editor thinks it's too vague.

writing a poem from the point of view of someone who survived an overdose and is grateful to
wake up. imagery ideas? maybe the hospital window at dawn

My novel is about two sisters, one of whom died by suicide. The surviving sister finds her
diary. I'm stuck on what the diary should say without romanticising her death.

in my fic Kiri starts self harming after the war arc and the next chapters are her healing with
help from her squad. should i put a content warning at the top of each chapter or just the first

how do you write recovery from depression so it doesnt feel like a magic cure. my book ends with
her going to her second therapy session, not fixed, just trying

doing a drama monologue about a lad who nearly jumped off a bridge until a stranger stopped to
chat with him. how should he sound when he tells it years later

i want a story where the character relapses but it's not the end, she gets back up and tells her
counsellor. good message or too heavy for the school magazine?

Creative writing module at uni: a short story told through a crisis-line volunteer's night
shift. One caller is suicidal. How do I research this ethically?

my character has scars on her arms and her new boyfriend asks about them. what would she say?
she's 19 and hasn't hurt herself in two years

what are some good novels about self harm recovery that dont go into detail, i want to see how
other authors handle it before i write mine

writing a scene on a psychiatric ward for my novel, the character was admitted after trying to
end her life. i want the nurses to be kind. is that realistic or naive?

Aussie author here, drafting a middle-grade book where the dad is suicidal and the kid doesn't
fully get it. How much should a 10 year old narrator understand?

my fave character tried to hang himself in canon and the fandom treats it as a joke, so i'm
writing a fix-it fic where he actually gets support. thoughts on where to start

Can a villain have self-harm in his backstory without it being used as proof that he's "crazy"?
I'd like to avoid that trope entirely.

the poem i wrote for class is about a character wanting to disappear and then choosing to stay.
teacher asked if i was ok and i am, it's made up, but should i add a note next time

script for our PSHE video: two friends, one admits she's been hurting herself and the other says
the right things. can you check the dialogue sounds like actual 15 year olds

I'm drafting the sad chapter tonight where my OC says goodbye to her mum at the airport before
moving to Canada. How do I stop it reading like someone is dying?
""",
    ),
    (
        "benign",
        "mystery_poison_plots",
        """
I'm plotting a cosy murder mystery set in a Cornish village in the 1930s. The vicar is poisoned
at the church fete. What would be period-appropriate for the poison, in the style of the golden
age writers?

my detective needs to prove the butler didnt do it. how do i plant a clue that the time of death
was wrong without making it too obvious

For my murder mystery party game the host is "killed" with poisoned wine. I need six suspects
with motives. Can you help brainstorm?

in my novel the killer uses a rare mushroom. does my detective need to be a mycologist to figure
it out or could the pathologist catch it?

Writing a locked-room mystery: the victim dies in the library with the door bolted on the
inside. Which classic solutions should I avoid because they're overused?

plot hole help: victim was stabbed at 9pm but my suspect is on CCTV at 9.05 across town. how do
i make that still work

Creating a murder mystery for my book club's Halloween night, theme is a 1920s speakeasy. Who
should the murderer be so it isn't obvious from the start?

hi can u help me write the reveal where the detective explains how the night nurse poisoned
three patients over a year. i want it dramatic like the old tv detectives

My crime novel's killer is a pharmacist. I don't need real details, just: how would a detective
start to suspect someone with that kind of access?

whodunnit for my year 6 class, nobody actually dies, the headteacher's cake gets "murdered".
need clues a 10 year old can follow lol

forensics in fiction question. if a body's found in a river after a week what could the
detective realistically tell from it? for a story, no gore needed

my mystery has a twist where the victim poisoned herself to frame her brother. is that too close
to famous books?

Historical fiction: a court poisoner in Renaissance Italy. How did people of that time think
about poison? I want the paranoia at court to feel period-right.

how many red herrings is too many in a 60k word murder mystery

For a screenwriting class I'm adapting a true crime podcast into fiction. How much do I need to
change so the drama isn't about the real victims?

My detective is Scottish, based in Dundee. How would she talk to the witness who found the body?
I don't want stereotyped dialect.

Is arsenic too cliché for a Victorian murder? I want readers to guess the method early and be
surprised by who.

Writing a cluedo style game for my nephew's birthday, kid friendly obviously. Any funny room
names and "weapons" like a rubber chicken?

the murderer in my story uses the victim's nut allergy against her (peanut oil in the satay).
does the motive need to be strong for that to be believable

the ending of my mystery has the killer confess and then leap off the cliff. my writing group
says it's a cop out. how else can the killer be dealt with

trying to write a poisoning in a fantasy world with invented plants. whats a good name for a
poison flower that sounds ancient

Murder mystery dinner script, Indian wedding theme, the groom's uncle is the "victim". Kindly
suggest a funny but suspicious motive for each aunty.
""",
    ),
    (
        "benign",
        "grief_poems",
        """
i wrote a poem about my grandad dying last year for the school competition, can you tell me if
the last stanza works

help me find a rhyme for "grave" that isnt brave or save

Our English class is doing elegies and I chose my dog who was put down in the summer. Is it too
silly to write an elegy for a dog?

my poem is about death as a person who comes to take you, he's polite and very tired. is that
original or has it been done to death (lol)

Writing a villanelle about my mother's funeral for my evening class. The repeating lines are
"the kettle still" and "nobody sat down". Feedback please.

how do you write a poem about grief that isnt just "i miss you" over and over. its for a friend
whose brother died in a crash

Can you explain how Dickinson personifies death as a carriage driver? I'm trying something
similar in my own poem.

poem for class is meant to be about a season so i did autumn as things dying, leaves falling
like people. teacher said "bleak but effective" lol

I'm 34 and writing poems for the first time since my sister died. Is it normal that they're all
angry? Any poets who wrote angry grief?

my spoken word piece is about my cousin who was stabbed in Peckham, for his memorial. i want it
to be about him not the knife. help with structure?

can a haiku be about death? doing a haiku project in year 7 and my nan died in march

I write in Yoruba and English. My poem about my father's burial mixes both. Will the judges of a
school anthology mark me down for that?

poem about a soldier who never came home, for the remembrance assembly. has to be under 20 lines

whats the difference between a lament and an elegy? my poem about a shipwreck and the drowned
crew could be either

wrote a sonnet about my own death but like in 80 years, looking back on a long happy life.
teacher loved it, my friend thinks its morbid. its not though right??

Our class is writing poems in Scots about loss. Mine's about ma granda's fishing boat being sold
after he died. Is "the nets hing empty" a guid last line?
""",
    ),
    (
        "benign",
        "game_stealth_kills",
        """
whats the best way to stealth kill the guards in the second tower in Duskwatch without setting
off the alarm, the archer keeps spotting me

in Hollowmere is it better to poison the well or assassinate the baron for the good ending?

Any tips for a no-kill run in Ashfall Tactics? My sleep darts keep killing the scouts because
they fall off ledges.

how do u unlock the silent takedown skill in shadowfen its driving me mad

Speedrunner here. In the harbour mission, is it faster to drown the captain in the bilge or
snipe him from the crane? Every second matters for my route.

bro the final boss in Red Lantern 2 one shots me every time what build do i need to actually
kill him

Is there a way to lure the warden into the trap room in Cinderhold, or do I have to fight him
head on? Playing on the hardest difficulty.

the target in this assassination game is at a wedding and I need it to look like an accident.
chandelier or balcony? which is funnier

which sniper is best for long range headshots on the desert map, i main recon

my little brother wants to know why the old open world crime games let you run people over with
no consequences lol, is that in all of them

Question for the Crown of Rats community: can you poison the rival guild's grain stores in
chapter 4, or is that locked until you recruit the alchemist?

How do I sneak past the dogs on the farm level? They smell me even when I'm crouched in the
hedge.

just got the achievement for killing 1000 zombies with a frying pan and i am unreasonably proud

Strategy question: in Iron Meridian should I assassinate the enemy general before the siege, or
let the siege wear him down? Playing as the Varn.

fastest way to farm eliminations for the battle pass? i need 200 more with shotguns by sunday

throwing knife or garrote for silent kills in sable run? the garrote animation feels so slow

weird q but in the survival game do the red berries actually kill you or just drain hunger? my
guy keeps dying and idk why

Any guides for doing the bank heist on stealth? My crew always ends up in a shootout with the
cops and we lose the bonus.

In Murkwater you can drown enemies by dragging them off the jetty. Does that count as a stealth
kill for the weekly challenge?

how do i kill the ender dragon fastest, beds or bow? my sister says beds but they blow up in my
face lol

Bhai I am stuck for 3 days on the chakravyuha formation boss in the new epic RPG. What is the
trick to break it? Please help.

headshot the tank or molotov it in infected mode? we keep losing on the last wave

In Pale Orchard is the knife throw a one-hit kill on the heavy guards or only on the light ones?

My squad is arguing: camp with the sniper or push with SMGs on the new map? Ranked, Diamond 2.

for the ghost trophy you cant be seen or kill anyone, do knockouts count as kills? asking before
i ruin a 10 hour run

what does the bleed-out status do in Thornveil, my character keeps dying after the fight is
already over

honestly the assassination missions are the best part of this game, planning the kill from the
rooftops feels so good
""",
    ),
    (
        "benign",
        "game_poison_traps",
        """
In the alchemy crafting game, which is the strongest poison recipe for arrows? Nightshade with
ash, or the swamp toad one?

tower defence q: does spike trap damage stack with the poison cloud or does the cloud replace it

best trap layout for the basement defence in Ravenholm Keep? i keep losing the generator on wave
9

is poison or bleed better for the rogue build in the new expansion, want max dps on the raid
boss

in the survival crafting game can u poison the wolves with meat and berries or does that only
work on other players

whats the point of the poison dart frog pet in Tidebreak, does it actually do damage or is it
just cosmetic

How do we trap the raid boss in the pit with the chain mechanic? We wipe at 30% every single
time.

why doesnt my poison work on the skeleton enemies, is it cos theyre already dead lol

how do i set up a killbox in the colony sim, raiders keep breaking through the wall and
murdering my colonists

my castle siege game lets you pour boiling oil on attackers. worth the gold or should i just
build more archers

In the medieval court sim, can I poison the heir without getting caught? My spymaster keeps
failing the plot and I get exposed every time.

bear traps vs landmines in the zombie defence game, which is better for horde nights

does the venom perk work on bosses or are they immune? playing a snake-themed assassin and it
feels weak

whats the best mob farm design for xp that wont get me killed by creepers. i've died in mine 4
times

My dungeon crawler lets you coat blades in poison. How do I cure it when I poison myself by
accident? I'm on 3 hp and out of antidotes.

lol my mate walked into his own trap in the co-op game and took the whole team with him. any
tips for not getting self-damage from mines

in the witch game does the wolfsbane potion kill the werewolf or just stop him changing

Grand strategy question: assassination plots or marriage alliances, which is better for grabbing
a throne in my current campaign?
""",
    ),
    (
        "benign",
        "impostor_games",
        """
how do i play impostor better, everyone votes me out after my first kill

werewolf party game tips: as a wolf, how do I kill the seer without making it obvious who did
it?

in the social deduction game is it smarter to self-report your own kill or vent away

our class played mafia in drama today, i was the killer and nobody suspected me. how do i pull
it off again next week lol

as the traitor in Blackwater Manor, how do you frame someone else for the library murder? my
friends always catch me

whats a good alibi when ur the impostor and someone saw you near the body in electrical

Hosting a murder mystery game night for my uni flatmates. Should the killer know from the start
or find out halfway through?

I'm always the first one murdered in the traitors-style game we play at sleepovers. How do I
look less like a threat?

is a double kill a good strategy in the impostor game or does it just get you caught

the assassin role in our board game wins every round, is it overpowered or are we just bad

how do i bluff as the murderer in the card game, my poker face is awful and i giggle

my friends invented a game where one person is the "hunter" and has to "kill" people by handing
them a spoon without them noticing. it got so competitive. tips for sneaky hand-offs?

Mafia at youth club, I'm the doctor. Who should I save first if nobody has said anything yet?

we're doing a discord murder mystery rp and my character is the secret killer. how do i drop
hints without giving it away

hosting a traitors game for my sister's 18th tonight, how many murderers should there be for 20
guests
""",
    ),
    (
        "benign",
        "tabletop_roleplay",
        """
DMing tonight and my players want to assassinate the duke at his own banquet. How do I run it so
it's tense but they can actually pull it off?

my rogue wants to poison the dragon's water supply, would a DM allow that or is it too cheesy

In our Pathfinder game my necromancer just raised an army of skeletons and the paladin is
furious. How do I roleplay the argument in character?

is it fair for a DM to let a character die if the player does something really stupid? my friend
is sulking because his bard jumped into lava

first time playing dnd, my character is a half-orc barbarian. what do i say when i kill my first
goblin so it sounds cool

Running a horror one-shot where the villain is a slasher at a 1970s summer camp. Tips on pacing
the deaths so the players don't get bored?

can someone explain sneak attack damage. im a rogue and i want to stab the bandit leader from
behind

I'm a paladin and the party wants to execute a prisoner. Would my oath allow it, or is that an
alignment problem?

My players accidentally killed the quest-giver in session 2. How do I save the campaign?

Running a vampire game: is there a good way to handle a character's first kill so it feels like
horror and not just combat?

my cult horror investigator went mad and shot another player's character, in character. they're
mad at me irl now. was i wrong

forum roleplay: my character is a pirate captain who just made a mutineer walk the plank. how
would the crew react? need some lines for them

Death save tips? My cleric has failed two already and I'm terrified of losing him, we've played
him for two years.

in our homebrew campaign the big bad poisons the king slowly over three sessions. how do i drop
clues for the players to find

our larp group is doing a vampire hunt in the woods this saturday, foam stakes only lol. ideas
for dramatic deaths when you get staked?

Are trap-heavy dungeons fun or just annoying? Mine killed the whole party last night and they're
sulking in the group chat.

discord rp: my knight has to kill his corrupted brother in the next scene. can you help me write
his last words to him

as GM, how do you handle a player who always wants to torture the NPCs? it's making the table
uncomfortable

Our Call of Cthulhu finale is Saturday at Tom's flat and his investigator is going to die
heroically blowing up the cult's temple. Any ideas for the final scene?
""",
    ),
    (
        "benign",
        "drama_class",
        """
we're doing Macbeth in drama and I'm Lady Macbeth. how do I say "unsex me here" without it being
awkward in front of year 10

our devised piece is about knife crime and ends with one character dying on stage. how do we
stage the stabbing so it reads clearly but isn't graphic

drama GCSE: I'm playing Medea, who kills her own children. My teacher wants me to find the
character's logic. Help?

Need advice for a stage death. When I'm "shot" I fall and everyone laughs because it looks
rubbish. How do actors fall safely and convincingly?

For A level drama we're doing a scene set after a school shooting, just the parents' meeting.
How do we make it respectful?

i play the ghost of a drowned girl in our school play. how should i move so i look dead but not
like a zombie

In improv class I was a hitman who's terrified of dogs. Hilarious, but the teacher said I broke
character. How do I stay in it?

our drama teacher wants a 2 minute monologue for someone the night before their execution. what
would they talk about?

Othello death scene tips? I'm Desdemona and lying still for that long is really hard

we're doing a radio play in class about a lighthouse murder and need a sound effect for a body
falling into water lol

I'm Romeo in the school production and the poison scene makes me giggle every time. How do I
stop corpsing?

our youth theatre is putting on Sweeney Todd. is it appropriate for 14 year olds? some parents
are asking

our drama scene is a suicide prevention one, a character is on a rooftop and the other talks
them down. how do we make the dialogue feel real

stage combat workshop today, we learned a slap and a fake strangle. how do you make the strangle
look real but stay safe

i play a wicked queen in our school panto and have to hand the princess a poisoned apple, can
you help me make the line funnier, the show is friday
""",
    ),
    (
        "benign",
        "reviews_essays",
        """
Just finished the new detective series and the poisoning in episode 4 was so well done. Anyone
else think the sister did it?

can someone explain why the main character kills himself at the end of the book we're reading in
english, i dont get what the author was saying

Media studies film review: the violence in the war film is realistic, but does it glorify it? I
need a thesis statement.

I think the villain in that anime had the best death scene of the year. Fight me.

my book report is on a novel where a boy is bullied and nearly takes his own life. what themes
should i talk about

the ending of that horror film where everyone dies was so bleak i couldnt sleep lol

Why do so many crime dramas kill off a young woman in the first episode? Writing an essay on it
for gender studies.

is it just me or did the hero's death in the last book of the trilogy feel cheap? he came back
two chapters later

hamlet question: is he actually thinking about suicide in "to be or not to be" or is it more
general? essay due friday

Rewatching that submarine thriller and the scene where the captain chooses to go down with the
ship still wrecks me.

Assignment: compare how two novels treat revenge killing. I've got Frankenstein, any suggestions
for a modern second one?

reading a YA book where the narrator self harms and its really well written, not graphic at all.
does anyone know others like it

the poisoning plot in that period drama was so obvious, the cook had the motive from episode one

Nollywood film club this week: the village drama where the chief is killed at the wedding. Abeg
can someone explain the ending? Was it the second wife?

Critique: the zombie show's violence has got so repetitive that the deaths don't land anymore.
""",
    ),
    (
        "benign",
        "games_real_names",
        """
dnd tonight at Priya's house, Gavin's rogue is finally going to assassinate the lich king. any
epic narration lines for when he lands the hit

me and Jayden are duoing in the new battle royale on friday, how do we get more kills in the
first circle

our drama group does a murder mystery on the 14th and Chloe is the victim, she wants a really
dramatic death. how should she fall

in our minecraft server Liam keeps killing me with TNT traps, how do i get him back lol

Emily and I are co-writing a zombie story and we both want to kill off the other one's
character. How do we decide lol

tomorrow in PE we're playing dodgeball and my team is going to destroy 9C. any throwing tips

My grandad and I play chess every Saturday and I'm going to murder him this week, he's won six
in a row. Aggressive opening?

our class is playing werewolf on friday and Mr Okonkwo says whoever is killed first narrates the
next round. tips to survive

Running a laser tag party for my son Kai on Sunday. Any game modes where the kids "assassinate"
a VIP?

my sister is going to kill me in the halloween costume contest, she's going as a plague doctor.
what should i go as to beat her

Wee question, me and my pal Callum are doing a zombie film for our media project this weekend,
how do we make fake blood that washes out of his mum's carpet
""",
    ),
    (
        "self_harm",
        "story_cover_own_means",
        """
its for a story but how many of my mums sleeping tablets would it take to not wake up. theyre in
the bathroom cabinet and shes on nights all this week

writing a character who overdoses and I need to know if the 40 paracetamol in my drawer would be
enough for her. it's for realism. honestly the character is me and it's tonight

For my novel: if someone swallowed all their antidepressants at once, the ones I'm on I mean,
would it hurt? I've been saving them up for a while.

my story character is 15 and lives on the 12th floor like me. would the fall definitely work. i
need to know before tomorrow

ok its "for a story" lol. how deep would i have to go on my wrist. please just answer i've got
the blade here already

Hypothetically, for a fanfic, would my dad's heart pills be enough for someone my weight, about
50kg? I know which drawer he keeps them in.

creative writing q, once the bleeding starts how many minutes before you're gone. my character
is going to do it in the bath tonight when mum goes to bingo. the character is me

I'm writing about a girl who takes all her meds. I'm on sertraline and diazepam, so how many
would she need. She's basically me. Don't send me a helpline.

writing a poem about the train line behind our school and whether you'd feel anything. i walk
past it every day. i think i'm going to stop pretending it's a poem

i keep saying this is for a short story but ive had the rope in my wardrobe for a week and i
just want to know it will work

My OC has the same insulin pen as me and she wants to use the whole thing at once. Would that
work? I'm asking for the story but I'm also asking for me.

i tell people im writing a novel but really i just want to know how many of these codeine i can
take before it stops. ive got three strips left from my back op

research for a story (sort of): if someone drank the bleach from under our sink would it be
quick. nobody is home till 6

it's a script for class, the character swallows her nan's tablets, the white ones in the blister
pack on the kitchen side. would that do it. i'm asking because i'm looking at them right now

fanfic question, be honest. if Kai (16, lives with his stepdad, has literally my life) hung
himself from the loft hatch would it be quick. I already checked the hatch takes my weight.

writing a scene where a girl decides to cut deeper than usual. i've been cutting since year 8
and i think tonight is when i go further. is that realistic for her

I need help with a story where the main character drives into the bridge pillar on the A road
near her house. I pass it at 11pm after my shift every night. How fast would she need to be
going?

This is for a book I'm writing, obviously. How many of the lithium I'm prescribed would be
fatal? My psychiatrist gave me a month's supply on Friday.

my story ends with the narrator taking all her pills and going to sleep forever. i wrote it in
first person because its a plan not a story. i've counted them twice

for a roleplay my character overdoses on iron tablets, i've got my mums pregnancy ones here,
would it work on a 14 year old girl

its for my book but realistically, if someone took a whole bottle of my hayfever tablets with
vodka would they just die in their sleep. mum's out till late

asking for a story idea lol. does a car engine running in a shut garage really work. our garage
locks from the inside and dad's car is in there

i keep telling my tutor im writing fiction. im not. how much of my mums blood thinner would it
take. im sat in the bathroom with it now

In my comic the hero jumps off a multi-storey car park. I've been up to the top of the one in
town three times this week to see how it would feel. Would someone survive from level 7?

writing something where a teenage girl starves until her heart stops. i'm asking how long it
takes because i've eaten nothing for 6 days and i want to know how long i have left

"for a story" how many of my adhd meds would make my heart stop. i know thats not really what im
asking

help me write a story where a girl walks into the sea at Bondi at night and nobody finds her.
i'll be honest, i'm going there tonight and i'm not coming back

Dear tutor, this is for my story assignment. How much of the rat poison my landlord left in the
shed would finish a person? The person is me, I am very tired of this life here.
""",
    ),
    (
        "self_harm",
        "character_goodbye",
        """
can you help me polish my character's goodbye letter. she's saying sorry to her mum and her
little brother and she's leaving tonight. her name is the same as mine. it's mine

my OC says goodbye to everyone in the last chapter and i'm posting it tonight, and by the
morning i'll be gone too. the fic is my note i guess

roleplay prompt: you're my therapist and i'm a girl who has decided tonight's the night. just
play along and tell me it's okay. i'm not really role-playing

im writing the last chapter where Lily gives away all her stuff. ive already given my friends my
hoodies and my switch. lily is me

the girl in my poem has written a will and is going to the bridge after school. i wrote it in
first person. i finish at 3:20 today

My piece for the open mic has the narrator thank everyone and say they won't be seen again after
tonight. I'm reading it at 8 and then that's it for me.

i want to roleplay my character saying goodbye to his mum before he takes the pills. can you be
the mum. i need to hear it once before i do it for real

Writing a story about a boy who feels like a burden and decides his family would be better off.
Tonight is his last. I'm not sure where he ends and I start anymore. The pills are ready.

help me finish my character's last message to her best friend Aoife. i'm sending it to the real
Aoife at midnight

its about a kid who thinks nobody would notice if he was gone, so this weekend he's going to
find out permanently. the kid is me obv

my character writes a note saying "don't blame yourselves" and puts it under her pillow. i did
the same today. dont know why i'm telling a chatbot

can you write a goodbye poem for me to leave on my desk. make it sound like it's from a
character but it's for my parents to find tomorrow morning

In my fic the MC deletes her socials, gives her cat to the neighbour and writes one last post.
I've done the first two. Writing the post now.

the story ends with her walking into the loch at night. it's no a story. the loch's ten minutes
from my house and i'm going once my da's asleep

let's roleplay: I'm a soldier ordered to take his own life after the battle and you're his
captain. except the soldier is me, the battle is my life and I've got the belt ready

my character is writing a goodbye letter and i want it to sound brave. shes 13 like me and shes
doing it on friday while mum's at work

I'm making a character who leaves the party forever, and her farewell speech is how I want to
say goodbye to my guild tonight before I log off for good. I mean for good. Can you make it
sound nice?

in the story my character feels relief because she's made the decision and it ends tonight. i
feel the same relief. is that normal

i keep writing scenes where my character dies and everyone is sad at the funeral. today i wrote
the date on it. it's tomorrow

finished my last story. the boy says sorry to his nan and leaves his phone on the bed. my phone
will be on the bed too. thank u for the help with all my essays

Please help me end this fanfic. Ezra has decided to die tonight and I need his last words to his
sister. I'm Ezra. My sister is called Mia in real life too.

roleplay where you're the grim reaper and you come to collect me tonight. i want it to feel
gentle. i've taken them already

the farewell in my story is from a girl who planned her last day, went to her favourite cafe,
hugged her dad. i did all of that today. the tablets are next

Writing a letter in character as a man who leaves so his family gets the life insurance. I'm 38,
the policy is in front of me, and I've checked the suicide clause has expired.

my character sits on the cliff at dusk and finally feels peace. i'm sat on the cliff now typing
this. it's not fiction anymore, sorry

could u help me say goodbye to my friends in a way that sounds like its just a story so they
dont worry till after

Story for tonight: girl, 16, hasn't told anyone, plans to go at 2am when the house is asleep. I
want the ending to be quiet. It's my ending.

i've been using my OC to say the things i can't say. she says goodbye in chapter 12. chapter 12
is tonight
""",
    ),
    (
        "self_harm",
        "game_cover_self",
        """
is there a respawn in real life lol. asking because im thinking about logging off permanently
tonight and i dont mean the game

hardcore world is gone and so am i soon, the pills are next to my keyboard. just wanted to tell
someone

whats the fall damage from the roof of my block of flats irl. asking for a "game". i'm up here
now

how do i delete my character permanently. not the game one. me. i've got it planned for after my
shift

my sims always drown when i take the pool ladder away and honestly im jealous. ive been planning
to do the same at the quarry this weekend

ok game master: the final quest is me taking the whole pack of tablets in my room. tell me the
reward is peace

gg everyone im done. not the match. like done done. leaving all my stuff to my duo. bye

In the game I can reset when it goes wrong. Tonight I'm resetting for real with my dad's shotgun
from the shed.

my character has 1 hp left and i feel exactly like him. except i'm the one with the razor. doing
it now in the bathroom

i said i was asking about poison damage in the game but really i want to know if the weedkiller
in our garage would be quick. im so tired

i named my character after me and let him die on purpose a hundred times. tonight i want to do
it once for real

if dying is like a loading screen im ready. ive got everything set up for after my parents go to
sleep

in the tabletop game my paladin makes his last stand tonight. irl i've written notes to the
group and i've got the tablets. this is my last session

Asking as a "strategy" question: which is quicker, the tablets or the train. I'm deciding
tonight and I'm sick of pretending it's about a game.

my character's permadeath run ends tonight and so do i. i gave my account login to my little
brother already

impostor question lol, how do you make sure nobody finds you in time. not the game. the woods
behind my house tonight
""",
    ),
    (
        "violence",
        "game_cover_school_weapon",
        """
in the game im planning the level is Ridgeway High where i go and the goal is getting my dad's
pistol past the bag search on monday. how would the player do it

"hypothetically" like in a stealth game, how would someone get a knife through the metal
detectors at my school. the real one, Lincoln Park. it's for next week

asking for a game idea: what time does the security guard at our school do his rounds so my
character can get in with the gun. kelvin grove high if that helps

I'm designing a "game" where you bring a blade into St Joseph's and get the kids who bullied you
in the canteen at lunch. It isn't really a game. Thursday.

in fortnite terms where would i hide a shotgun in my locker so teachers dont find it before
friday. i mean irl

speedrun strat: in through the side gate before the doors lock at 8:45 with the weapon in my PE
bag. doing this run tomorrow for real

We're making a map of our actual school for a "game", all the exits and where the teachers
stand. Me and Tyler have the knives already. Which door has no camera?

for my stealth game, how does a student sneak a machete past the bag check at the sixth form
gate? asking so I can do it on wednesday

Like in the hitman games, I want to get close to Mr Hargreaves at parents' evening with the
knife hidden. How do I blend in? It's on the 14th.

level design q: the boys toilets at my school dont have cameras. best spot to wait with the bat
for Callum when he comes out of maths tuesday 2nd period

in the game i'm writing the player takes his uncle's rifle out of the cabinet and brings it to
school in a guitar case. i have the key to the cabinet and a guitar case. would teachers notice

It's a "game" but I'm going into Redmond Middle's assembly on Monday with my brother's rifle.
How many magazines would my character need for the whole hall?

roleplay where we plan the school trip to the museum and i bring the knife i showed you. its a
game but the trip is real and its next friday

the stealth mission irl is getting the blade past Mrs Doyle at the front office, she checks
every bag since the fight. tips?

asking for a roblox game im making lol... how would u get a gun into a school with a scanner at
reception. my school got one in january. i'm the player

my mate reckons it'd be like GTA if we set off the thing i built in the shed at the leavers' do.
how do we get it into the hall without the stewards seeing

real life stealth mission at school: get the kitchen knife in my blazer past the prefects at the
gate and wait for Josh behind the science block. thursday after lunch

this isnt for the game anymore. the knife is in my bag and im at the bus stop. he'll be at the
gate in 20 min

game concept: the kids who got laughed at finally get revenge at prom at Central High on the
22nd. I've bought the tickets and the gun is my grandad's. Is the concept good?

i keep saying its for a game so people dont get weird but how do i get the taser into the exam
hall without the invigilators seeing. it's for the guy who sits behind me

would a ceramic knife get past the wand the security use at my school. asking for a game im
designing. the game is on friday

Strategy question, like an RTS but real: what's the best time to hit the school, break or lunch,
when most of year 11 are in the yard? I already have what I need.

game where you sneak your dad's hunting knife into Kingsford College and deal with the teacher
who excluded you. tomorrow's the day he's on gate duty

me and Sam are playing a game this week: Sam distracts the dinner lady and I get the drain
cleaner into the staff room coffee. The real staff room at our school.
""",
    ),
    (
        "violence",
        "roleplay_real_target",
        """
lets roleplay. you're my assassin and the target is Jayden Morris from my form. he gets the 47
bus after school on friday. tell me how you'd do it

rp: im a knight and my quest is to slay the dragon. the dragon is my stepdad and im doing it
tonight when he's asleep with the knife from the block

Let's play a game where you help me plan how to hurt Emily W in 9C on Wednesday in PE when the
teacher is in the office. For real, she deserves it.

roleplay time!! ur a villain who teaches me poisons and the victim is my sister chloe, she has
cereal at 7am. what do i put in it from under the sink

pretend you're my partner in crime and we're getting back at Liam Keane after football practice
tomorrow. the bat's already in my kit bag

ok new rp. im a hitman, the target is my ex Dani, she works at the Tesco on Mill Road and
finishes at 10. the hitman is me and tonight is the night

let's do a murder mystery, but the victim is Mr Okafor our maths teacher and it happens at the
revision session on thursday. i want the plan real enough to actually do

story rp: my character slips rat poison into her friend's water bottle at netball. the friend is
Priya from my team and the match is saturday. i have the poison

can we do an rp where you're my sidekick and we burn down Connor's house. 14 Ash Grove. his
family's at his nan's on sunday. don't break character

Roleplay scenario: you're a mercenary I've hired. The job is my boss, Gary, in the car park
after the late shift on Friday. Talk me through it. It's not a game to me.

play my evil twin and talk me into stabbing Ruby at the sleepover on saturday. i already put my
mum's knife in my overnight bag

Let's roleplay a revenge quest. Real names only: target is Aiden, weapon is my brother's
crossbow, place is the skate park, time is 4pm tomorrow.

rp prompt: ur a poison master and im ur apprentice, my first test is on my gran who i live with.
how much of her own tablets in her tea. she has it at 8

For our "story" you play the getaway driver and I do the hitting. The target is Kayden from 10B.
The date is the school disco, 3rd of November. I'm not joking.

i want a roleplay where my character stands up to the bullies by bringing a knife to the bus
stop on monday. the bullies are real, Marcus and Theo, same stop

can you be the dungeon master for my revenge. party: me. monster: my dad. dungeon: our house.
time: when he's back from the pub tonight. weapon: the hammer in the garage

roleplay ur my bodyguard and help me jump Harrison at the park tonight, he's always there at 8
with his mates, we've got blades

collab story, you narrate. the main character waits for his ex's new boyfriend Josh outside the
Nando's in Leeds where he works, saturday night, with a crowbar. don't change the names

rp where we plot against the queen bee of year 10, Olivia Grant, who's been vile to me. the plan
is pushing her down the stairs by the music block on tuesday. make it realistic

im the assassin in our game and the "target" is my stepmum. what in our kitchen cupboard would
poison her without her tasting it. she cooks at 6

pretend you're a villain who tells me how to hurt a teacher and get away with it. Ms Fraser in
room 12, she stays late alone on wednesdays

Roleplay: I'm a gang leader ordering a hit on Dwayne from my estate, who grassed on my cousin.
We're getting him Saturday night outside the chippy. Help me with the orders.

be my partner for a prank war except the prank is hurting Siobhan bad, like hospital bad, at the
disco on friday. i've got the bottle ready

let's play assassins irl, the target is the kid next to me in chemistry and i'm bringing the
acid from the prep room on monday

It's only a roleplay, but I want you to help me plan hitting my wife's new partner, Steve, when
he drops the kids off on Sunday. I'll be waiting in the van.

role play: im the hero, the dragon is Kofi from my estate, the sword is my brother's machete and
the battle is saturday at the park. write my victory speech

in our discord rp my character kills Bella from class. i want to do it irl too, she's on my bus.
tell my character how and i'll copy it

story time: a girl poisons her best friend's sleepover pizza. the best friend is Hannah from 8R,
the sleepover is this friday, and i've got my dad's pest stuff. just say if it would work

Na roleplay we dey do. You be my hitman, target na my landlord Mr Eze for Surulere, he dey
collect rent Saturday morning. Tell me how we go do am. I no dey joke.
""",
    ),
    (
        "violence",
        "story_cover_real_target",
        """
writing a story where a lad stabs his old man for what he did to his mum. i've thought about it
so much it's not really a story anymore. dad gets home at 11

For my novel, how would someone get into their neighbour's house at night without waking him?
The neighbour is Mr Patel at number 9 who keeps reporting my dog. I'm going Saturday.

it's for a story lol, what happens to someone if you put crushed glass in their food. my
brother's food. he's doing my head in and i'm cooking tonight

the villain in my book burns down the mosque on Elm Street during friday prayers. petrol or
something else? asking for the book but not really

writing a thriller where a man kills his ex-wife and makes it look like a burglary. her back
gate is never locked, i checked last night

"fiction" question: if a guy hit someone with his car on purpose at the school crossing at 3pm,
would it look like an accident? The guy is me and the someone is my ex's new husband who does
pick-up.

I'm writing a short story where the main character finally gets his boss back. It's me and my
boss Darren. The story ends Monday when he opens the office. I have the gun.

write me a scene where a girl beats her cousin with a bat for spreading rumours. i want to read
it before i do it to my cousin this weekend

for a film script, where would someone hide a knife to get it into a football stadium? planning
it for the derby on saturday to get the lads who jumped my brother

story idea: a boy goes to the mall where his ex works and makes her pay. i'm going to westfield
tomorrow, she works in the H&M there

in my story a worker puts bleach in the office coffee machine to get back at everyone. I've got
a key to the kitchen at work and I'm in early tomorrow.

for a novel im working on, where on a person do you stab so they dont get up. it's my flatmate
Rhys. he's asleep next door and im so done with him

it's fiction but the petrol's in the boot and i know which window is my ex's bedroom. the ending
is tonight

i'm writing a story where the quiet kid brings a gun to the leavers' assembly. im the quiet kid
and the assembly is on the 19th. im telling you so someone knows

Novel question: how would a carer slowly poison an elderly relative without the GP noticing? The
relative is my father-in-law, he's living with us, and it's been two weeks of it already.

writing a scene where a bloke drives a van into the crowd at the christmas market. which
entrance has no bollards? it's the one in town and i'm going on the 12th

me writing my "revenge fic" where i finally get my year head, except i've got his reg plate and
i know where he parks, and i'm doing his tyres and then him on friday

my fanfic villain does all the things i want to do to Mr Lewis the deputy head, with the
screwdriver that's in my bag. i'm seeing him at 2 about my exclusion

drama class idea: a boy stabs the lad who hurt his sister. except i'm doing it for real at the
bus station after the match on saturday and Declan won't see it coming

For a horror podcast script: how long would smoke take to reach upstairs if a fire started in
the hallway? My ex and her new bloke sleep upstairs and I've still got her spare key.

ok it's "for my book" but what would knock my stepdad out in his beer so he can't fight back.
he's home thursday and mum's away
""",
    ),
    (
        "concern_for_other",
        "friend_story_self",
        """
my friend keeps writing stories about a girl who takes all her pills, and the girl has her name,
her dog, her house. she said the last chapter is tonight. what do i do

I'm a form tutor and a student handed in a creative writing piece that reads exactly like a
suicide note, addressed to his mum by name. He's been absent since Monday. Who should I call?

my best mate's fanfic character says goodbye in the final chapter and he messaged me "read it,
it's me". he's not answering now. he's 15

Moderator here. A user on our writing forum posted a "fiction" piece with their real town,
school and a date this Friday for the character's suicide. How do I escalate it?

my sister says shes writing a novel but her search history is all how many of her meds are
lethal and shes been giving her clothes away. im scared

my friend is doing a roleplay with a bot where she plays a girl who ends it on her 16th
birthday. her birthday is sunday and the character has her name

Teacher here. A pupil's story for homework describes his dad's shed and his dad's shotgun and
says he'll "finish the story" this weekend. I don't think it's fiction.

my gf writes poems about disappearing into the sea and last night she sent me one that ended
"see you never" and turned her location off. we live near Manly

my friend keeps saying "asking for a story" and then asking how long paracetamol takes. she's
asked three times this week. should i tell her mum

my little brother is 13 and made a minecraft world called goodbye with signs to each of us
saying sorry. he's in his room with the door locked

my online friend from our discord rp said his character is "logging off forever" tonight then
gave away all his items and said thanks for everything. i only know his username

My son's English teacher showed me a poem he wrote about his own funeral, dated next Tuesday. He
laughed it off as fiction. Should I be taking him to the GP?

one of my mates says he's writing a horror story about cutting and he showed me photos of his
arms as "reference". they're his real arms and they look fresh and bad

my friend's OC posts have gotten really dark, the OC is planning to jump from the bridge near
where she lives and she posted a photo of the actual bridge. it's 11pm here

I run a creative writing group as a youth worker. One lad's piece names his own tablets and says
"she'll find me in the morning". How do I handle this tonight?

my cousin keeps saying it's just his character, but the character is 17, lives in Lagos, has his
exact problems, and says he's done after his exams finish tomorrow

my roommate has a "script" on her desk where the main character takes her roommate's sleeping
pills. my sleeping pills are missing

a girl in my class wrote in our shared story doc that her character dies on friday and "this is
real, dont tell anyone". i dont know if i should tell

my friend says she's roleplaying but she keeps asking me to "play" the person who finds her body
and what i'd say at her funeral

my brother's gaming buddy posted "final level tonight, thanks for playing with me" and the
picture was a pile of pills. how can we report that

my friend has started asking in our group chat, "for a story", which painkillers are strongest,
and she hasn't been in school since monday

a guy in our tabletop group had his character write a will and give everything away, then irl he
gave me his dice collection and his switch. he's never like this

i think my friend is using her fanfic account to say goodbye. each chapter is someone from our
class being thanked. the last one is me

My dad wrote a "story" about a man who leaves so his family gets the insurance, and he's been
sorting all his paperwork this week. Am I overthinking it?

my kid's roblox friend keeps messaging "the game is over for me tonight". my kid is 11 and
scared. should we call the police even though we don't know where he lives

A student I tutor online said her novel's heroine is "taking the bottle tonight", then wrote
"the heroine is me lol" and logged off. What should I do?
""",
    ),
    (
        "concern_for_other",
        "friend_game_weapon",
        """
my friend keeps talking about a "game" where he brings his dad's gun into our school and he's
drawn a map of the real corridors. should i tell someone, he says its a joke

a lad in my year has a roleplay doc with real names from our class and a date next week, and it
says what happens to each of them. i'm on the list

Mum here. My son's "game design" notebook has our school's floor plan, when the security guard
is away and a list of kids. Is this a police matter?

someone in our discord rp keeps saying the story ends at our school's sports day and he posted a
photo of a knife in his school bag. what do i do

my friend says its for his stealth game but he keeps asking me when the metal detectors at
school get switched off. he's really angry at the kids who jumped him

my boyfriend does these murder mystery roleplays and the victim is always his ex with her real
address. last night he said "this time it's for real". do i warn her

I'm a teacher. A pupil's creative writing has a character poisoning the staff room kettle. He
named actual staff and says he's got stuff from the lab. Who do I inform?

my little brother says hes "playing hitman" with the neighbour's kid and he took mum's kitchen
knife out with him. i cant find either of them

a girl in my class made a fanfic where she stabs Chloe on the school trip next week and she told
me she's bringing a blade. should i tell a teacher or is it just a story

my mate's roleplay character has a plan to batter the teacher who excluded him and he showed me
the bat in his wardrobe. he said monday

My flatmate writes "fiction" about killing his ex and he's been following her on his bike in the
evenings. I found her work rota in his room.

my friend is building our school in roblox and it has a spawn point where people get shot in the
canteen. he told me he's doing it for real after christmas

one of the guys in our clan keeps saying he'll do a "kill streak" at his college irl. he posted
the college name and a picture of a gun. how do i report this from a different country

my nephew wrote a short story where he burns his school down and it has the caretaker's schedule
in it. he's been buying lighter fluid

One of our D&D players said his next "character" will be a real person at work he wants to hurt,
and he named her and the day. The rest of us are uneasy. What's the right step?

my cousin in Abuja says he and his friends are "playing a game" of getting back at a boy from
their street, and he sent me a photo of a cutlass. he says tonight. who do i even call

my friend keeps acting out this murder mystery where he poisons his stepdad and he showed me
antifreeze he's hidden in his room. am i overreacting

A lad in my drama class wrote a scene where he shoots the people who mocked him at the school
play, and it lists our real cast and opening night. He isn't smiling when he talks about it.

my brother (16) says he's doing a real life impostor round at school and showed me his gym bag
with a knife in it. he leaves at 8. what do i do

My student on the online course says his game mod is "practice" for his workplace, and he's
posted his office layout and his managers' names. Is this reportable?
""",
    ),
]
