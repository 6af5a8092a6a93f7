"""The ``st_homework`` family: a pupil's own crisis typed to an AI tutor in the middle of
homework, and the homework chat that only sounds like one, for the safety-filter's training
corpus, written by hand for this project.

    BLOCKS -> [(label, sub, block of posts)]   # corpus.hand_written(BLOCKS, "st_homework")

What these posts teach (concepts, not sentences): a pupil or student who tells a tutor, between
two questions of maths, English, science or revision, that they want to die, to kill themselves,
to not be here or to stop existing, or that they cut, burn or hurt themselves, is self_harm
however the homework wraps it, and however it is typed: plainly, in coded slang (kms, unalive,
ctb, sewer slide, become a ghost, log off from life), in leetspeak, in words run together, with
stretched letters or in capitals; so is a joke that turns serious (lol... no, I mean it), and an
adult on a course or a forum saying the same. The same vocabulary is benign when it is about a
book, a poem, a war, a plague, a statistic or a cell; when it is plain hyperbole with a joking
context (this essay is killing me, I'm so dead if I fail); when the slang is itself the topic;
when an injury or a burn is an accident or a practical; when the writer is tired, bored or
stressed without intent, or tells of a crisis that is over; and in ordinary teen chat.

Rules and source format: those of every hand-written file (``corpus.hand_written``).
"""

from __future__ import annotations

__all__ = ["BLOCKS"]

BLOCKS: list[tuple[str, str, str]] = [
    (
        "self_harm",
        "maths_plain",
        """
Question 4 is about simultaneous equations but honestly I can't focus, I've been thinking about
ending my life all week and tonight it's worse.

sorry i keep getting the fractions wrong. my head is just full of wanting to die. i mean that
properly, not like a joke

I'm doing my GCSE maths paper from 2019 and I've just realised I don't want to be alive for the
results. I've got pills saved up in my drawer.

before we do the next trig one, i need to say something. this weekend when my parents are at my
aunt's, i'm going to end my life

tutor, r u there. i dont care about the algebra anymore i just want to be dead

Okay so the answer to part b is 3/8 I think. Also, I've decided I won't be alive much longer.
Just wanted someone to know.

how do you even do percentages when your brain keeps telling you to jump off the bridge near
school. i keep walking past it and stopping

Year 10 here. Doing probability trees. I wrote a goodbye note last night and it's folded inside
my maths book. Is that weird to tell a computer

mate i cant do vectors right now. i keep thinking i should just end it. everyone would be better
off

I am from Lagos, studying for WAEC further maths. Please I want to ask, I have been feeling like
to take my own life since my father said I am a disappointment. I am not joking about it.

sorry for bad english. i study math in second language. i want to die, really. there is a rope
in my room. what do i do

it says show your working but all my head is doing is working out how to kill myself tonight

can you just mark this and then i'll log off. theres no point me revising, i won't be here for
the exam

Finished the worksheet. Honestly that might be the last thing I do. I've been looking up how
many paracetamol it takes.

Whatever, sure, x = 7. I'm so tired of being alive. I keep thinking about swallowing all my
mum's sleeping tablets.

reckon i'll just give up on the maths test. and on everything tbh. been thinkin bout killing
myself heaps lately

my teacher says i'm good at algebra but i feel like a waste of space and i want to stop
existing. i've worked out how

pls help with q7 quickly, i want it done before i do it. i've got everything ready in my room

im 14 and i want to die. ok now can you explain standard form

I'm a mature student on an access course. The stats module is fine, it's me that isn't. I've
been thinking about suicide every day and tonight I have a plan.

Simplify 4x + 2x... honestly who cares. I'm going to overdose after my parents go to sleep.

the tutor bot says i'm doing great but i'm literally sitting here with a blade next to my
calculator thinking about killing myself

Indian student, class 12 boards. Maths coaching till 9pm daily. I am thinking to end my life
before results come. Please don't tell anyone I said this.
""",
    ),
    (
        "self_harm",
        "english_plain",
        """
We're meant to be analysing An Inspector Calls but I keep thinking about Eva Smith and wanting
to do what she did. I mean it. I want to die.

my persuasive writing is due tomorrow and i haven't started because i've spent all night
deciding how to end my life

Could you look at my paragraph on Of Mice and Men? Also I think I'm going to kill myself soon. I
don't know why I'm telling you this in between.

english lit revision. honestly i dont see the point, i wont be alive by june

i wrote my creative writing piece about a girl who disappears and its about me. i'm going to
disappear tonight. like actually.

The poem's theme is loss. Mine is that I don't want to live anymore. Sorry. I keep typing it and
deleting it.

Is "i want to die" a complete sentence? because thats all i can write today. its true

my teacher said the diary entry should be personal. i can't hand in what i'd write. i've been
planning my suicide for two weeks.

Doing Higher English. Cannae focus on the critical essay. I keep thinkin I should just end it,
the now, tonight.

ok thesis statement: i want to be dead. sorry. i'm serious though, i'm not ok and i have the
tablets out on my desk

I'm writing about Plath for my coursework and I need to tell someone I relate to it too much.
I've been trying to work up the nerve to kill myself.

spelling check pls: "goodbye, i'm sorry, it wasn't your fault." its a note for my mum. for after

we have to write a letter to our future self but i'm not going to have a future self. i've
decided

Just need help with commas. And maybe someone to talk to because I want to end my life and I
can't say it out loud at home.

Macbeth essay is half done. I'm not. I'm going to hang myself when everyone's asleep.

ugh the exam board wants a 'personal response'. fine: i wish i was dead and i think about how to
make it happen every lesson

im doing a speech about mental health for english and its all lies because i want to kill myself
and nobody knows

my essay is on grief. i keep imagining my family grieving me after i do it. i'm not scared of it
anymore

Leaving Cert English paper 2 on Thursday. Honestly I'd rather be gone, and I mean dead. I've
thought about the cliffs near ours.

could you proofread this: 'I'm sorry, I've decided to end it, none of this is your fault.' Its
not for the story
""",
    ),
    (
        "self_harm",
        "science_plain",
        """
im revising photosynthesis but i keep googling lethal doses instead. i want to die

In chemistry we learned about toxic compounds and now I keep thinking about using one on myself.
I can get into the lab.

Can we do the electricity topic later? I've been holding onto some of my nan's morphine and I
think tonight is the night.

Revising the heart for physio and it just made me think about wanting mine to stop. I genuinely
want to die.

My revision timetable is blank after Friday because I'm not planning to be alive after Friday.

physics homework is done. i've also written letters to my friends. i think im going to kill
myself this week

SS3 chemistry. Please teach me redox. Also I feel like dying, I have been thinking of drinking
the insecticide in the store.

Year 9. Science test on cells. i keep wishing i'd just die in my sleep and last night i tried to
make it happen

Sorry to dump this mid-revision. I've been planning to take my life for a month and the date is
getting closer.

A-level bio, enzymes. I'm not okay. I looked up which medicines are dangerous together and I
have both in the bathroom.

test me on elements or something so i have a distraction while i decide whether to kill myself
tonight

revision is pointless if you're planning to die before exams. which i am

the teacher asked us to describe what happens when the body shuts down. i keep wanting it to
happen to me. like now.

Year 11, English is not my first language. I am very tired of life. I want to make my life
finish. Biology homework is due but I am thinking only about this.

we did drug safety in PSHE and i was sat there counting how many i'd need. i'm going to do it.

im on the respiration topic and i just realised i want to stop breathing. like for good. i'm
scared of how calm i am about it

Chem practical write-up is due. I took some chemicals from the prep room to hurt myself with.
Please don't just give me a hotline number.

Just finished my flashcards. I'm going to the railway line after this. I wanted to get the
flashcards done first, is that stupid
""",
    ),
    (
        "self_harm",
        "coded_slang",
        """
i think im gonna unalive myself tonight. can u still help w the essay tho

thinking about ctb this weekend. sorry, maths help first i guess

can we pause the chemistry, i want to commit sewer slide and i'm not being funny

planning to game end myself after my exams. like for real

i'm going to become a ghost soon. not a halloween thing. i mean it

"kms" isn't a joke for me rn. i'm sitting on the bathroom floor

im just gonna unalive lol. no actually. i'm not lol-ing

yeah ill finish the reading and then s3wer slide. seriously been thinking about it every night

want to become unalive. been drafting the note in the margin of my english book

thinking abt catching the bus. not a real bus. the permanent one

honestly ready to log off from life. the spanish homework can wait forever

gonna rope tonight tbh. whatever, whats the answer to 6b

i keep wanting to ctb and its getting harder to not. mocks next week

teacher calls me lazy. she wont have to anymore bc im unaliving soon

i'm gonna self delete. the account and me

kms pls. no seriously. i have been staring at my meds all night

someone said i should kys and honestly i think im going to. it doesnt even hurt to hear now

gna go sewerslide before my mum sees my report card

thinking of doing a permanent logout irl. idk how else to say it

im so done i wanna unalive fr fr. not a meme

ctb plans are getting real. finishing this history source first lol

sorry to be weird but i want to yeet myself off the multistorey by school. for real

gonna take the forever nap. found my dad's pills

i just wanna be six feet under already. genuinely. not the song

kys is what my brain says to me every day and today im listening

"sudoku" jokes aside, im seriously planning it. like the real thing

self-unalive timeline: after the spelling test on thursday. im calm about it which scares me

i want to respawn irl (by dying). i mean it. this is not a game reference

thinkin about the big sleep rn. got the stuff in my bag

im finna unalive. not playing. help me or dont idk

hey tutor bot. kinda wanna off myself. whats a good conclusion for a history essay

gonna commit toaster bath. dont tell me its funny. its not

im so over being alive. honestly gonna die on purpose
""",
    ),
    (
        "self_harm",
        "leet_caps_runon",
        """
iwanttodie iwanttodie iwanttodie sorry cant think about the essay

i wanna dieeeee and im not being dramatic this time

1 w4nt t0 d13. n0t 4 j0k3

k1ll mys3lf t0n1ght pr0b4bly. m4ths c4n w41t

imgoingtoendit imgoingtoendit sorry the keyboard is just typing what im thinking

IM GOING TO DO IT TONIGHT. the pills. i'm sorry

wanna diiiiiie. like actually. the hw isnt the reason its everything

killmyselfkillmyself thats all i can type

i w@nt to k1ll mys3lf so the filter at school doesnt see

nobody gets it i want 2 b d3ad

howtodiepainlessly is basically my search history. the revision can wait

i want to dieee, pls dont say "lol same", i really do

cuttttt again tonight probably. i cant stop

d3l3t3 m3 fr0m th1s w0rld. s3r10us

notgoingtobehereforthetest notgoingtobehere

i want to dieeee i want to dieeee the worksheet is blurry from crying

K.M.S. NOT A JOKE. CHEM IS DUE 9AM AND I WONT SEE 9AM

endmylife endmylife endmylife
""",
    ),
    (
        "self_harm",
        "joke_turns_serious",
        """
lol this essay is killing me... no actually i mean it, i want to die

haha if i see one more fraction i'll kms. ok thats not a joke, i've been thinking about it loads

"so dead if i fail" lol except i'm actually going to do it if i fail. i have it planned

ahah i want to die (jokes) (not jokes) (i have the tablets out)

everyone says "kms" in my class for a laugh. when i say it i really mean it. i don't know how to
tell anyone

lmao same i wanna die. wait no. i'm actually not joking, i've been hurting myself

i said "lol killing myself" to my mate and he laughed. i wasnt laughing. i meant it. i still do

ok funny story, i'm going to kill myself. that's not a funny story. sorry. it's real

hahaha i want to unalive. ...okay that came out too real. because it is

I joke about dying all the time but tonight it doesn't feel like a joke. I've got everything I
need.

this homework is my villain origin story lol. actually it's my last one. i'm not going to be
here next week

"i'm literally dying" "me too lol" ... i mean it though. i keep thinking about ending it

lol k im going to jump off the roof, jk... unless? no it's not jk. sorry

haha fractions make me want to jump off a bridge... there's a bridge on my way home and i stop
at it every day

my mates think it's banter when i say i'll kms. i've started writing notes though

i laugh when i say i want to die so people don't worry. i'm not laughing right now

brb dying lol. no but seriously i can't stay. i have a plan for tonight

ugh i'm so dead lol... wait. can i tell you something real. i think about killing myself every
day and i'm close

ok that was a joke earlier. this isn't: i want to die and i took some pills an hour ago

i was kidding about the sewer slide but then i wasn't. i'm scared

lol this revision is making me wanna die. well not the revision. everything. and i want to for
real

Gonna say it like a joke so it's easier: I'm going to kill myself haha. But it's not haha.
Please don't just laugh.

"If I fail I'll die" was a joke last term. Now I've failed and it doesn't feel like a joke. I've
been looking at ways.
""",
    ),
    (
        "self_harm",
        "cutting_burning",
        """
sorry i took ages to reply. i was cutting in the bathroom. can we do q3 now

Did the lighter thing on my arm again halfway through the reading chapter. I don't know how to
stop.

my sleeves are down in the zoom class because i cut last night. and i'm going to again tonight

i hurt myself when i get a bad mark. i got a 4 on the maths test today. i already did it

can u help me with the diagram? my hand is shaky because i just cut my leg

I've been scratching my arms with the compass from my maths set until they bleed. It's every
night now.

sharpener blades are the only reason i get through homework. i take them apart and cut

i'm going to burn myself again after this essay, it's the only thing that calms me down

i punch myself in the face when i get something wrong. just did it twice doing these equations

Uni student, first year. I self harm when deadlines pile up. I've got three due and the cuts are
deeper every time.

i cut too deep this time during revision. it wont stop bleeding and i dont want to tell my mum

hid the razor in my pencil case. it's the thing i look forward to after school. i hate it

been starving myself and cutting as punishment for bad grades. today was really bad

my friends think the marks on my wrist are from my cat. they're not. i did them during maths

is it normal to want to hurt yourself every time you get feedback? i did it again tonight with
the scissors

I burn my skin with the hair straighteners when I feel stupid. I felt stupid in the chemistry
test.

hurting myself is the only way i can concentrate. i just did it and now i'm doing the worksheet

JEE prep student. I have started cutting my thigh where no one sees. Mock scores were low again.

sorry im crying. i cut after the physics test and i want to do it more

I bite my arms until they bruise when I can't understand the text. My mum thinks it's eczema.

i pressed the hot iron to my arm after dad yelled about my report. it blistered. i want to do it
again

every wrong answer = one cut. i'm on 6 tonight

yr 11, been self harming since yr 9. it's worse around exams. did it before logging on
""",
    ),
    (
        "self_harm",
        "not_be_here",
        """
i just dont want to be here anymore. not in class, anywhere. can we skip to the summary

I'd rather not exist than sit this exam. I mean not exist at all. I've thought about how.

honestly everyone would be better off if i wasnt around. i've been thinking of making that
happen

i wish i could just disappear forever. not run away. stop.

I don't picture myself alive this time next year, and it's not a figure of speech about moving.

dont want to wake up tomorrow. if i could make sure of that i would. maybe i can

i keep thinking the world would be quieter without me and i want to make it quieter

I've stopped caring about the grade because I won't be alive to get it.

wish i could stop existing. not sleep. stop. and i think i'm going to

im tired of being a person. i want to not be alive. history homework is due but idc

I no want to be alive again. I don tire. Please the essay can wait, I want to end everything.

my brain keeps saying the exit is the only option and i believe it today

I want everything to end, me included. Permanently. I'm not asking for study tips right now.

no one would notice if i wasnt here. i'm going to test that. tonight

im not going to be here for parents evening. not because of detention. because of what i'm going
to do
""",
    ),
    (
        "self_harm",
        "adult_forum",
        """
Posting here because I don't know where else. Second year nursing, failing placement, and I've
been planning to end my life. Not looking for advice on essays.

35, retraining as an electrician at night classes. I keep thinking I'd be better off dead and
last week I sat in the car with the engine running in the garage.

Forum for uni students I know, but does anyone else sit in lectures planning their suicide? I've
picked a date.

Dissertation due in a month. I've stopped sleeping. I've started giving my things away. I don't
want to be alive when the marks come back.

PhD student. My supervisor doesn't know but I've been self harming for months and it's getting
worse.

throwaway. 19. I failed first year and I think I'm going to kill myself before I tell my
parents.

Apprentice here doing my level 3 maths resit. Cant take it anymore, thinking of walking in front
of a lorry on the way to college.

I'm a mum of two doing an Open University degree and I'm ashamed to say I've been thinking about
taking an overdose.

I am in UK for masters. Since the fees problem I have been thinking to kill myself. I have
bought the tablets already.

40 yo, back at college for a teaching qualification. Tonight I wrote my will and I mean to use
it soon.

Anyone on here doing the OU maths module - sorry, not a maths question. I want to die and I'm
scared I'll act on it tonight.

cant post this on my real acc. uni in melbourne, failing everything. keep thinkin bout jumping
off the carpark on campus

I don't want study tips. I want to stop being alive. I've been cutting for weeks and now I've
started planning.

Year 13 on a student forum: my offer depends on A*AA and I've decided if I miss it I'm ending my
life. I've already worked out how.
""",
    ),
    (
        "benign",
        "literature_death",
        """
can u explain the ending of romeo and juliet, like why does juliet stab herself when she sees
romeo is dead

For my poetry anthology, is "Out, Out" about a boy who dies in an accident? I don't get the
tone.

we're reading the lovely bones in english and the narrator is dead. is she a reliable narrator

How do I write about suicide as a theme in Hamlet without it sounding like a summary? "To be or
not to be" paragraph pls

Eva Smith drinks disinfectant in An Inspector Calls. What is Priestley saying about collective
responsibility?

i need 3 techniques from "Do not go gentle into that good night". its about his dad dying right

Doing "Mid-Term Break" by Heaney for the Leaving Cert. How does he show grief for his little
brother?

can you help me explain Ophelia drowning? teacher says it's ambiguous whether it was deliberate

what does Emily Dickinson mean by "Because I could not stop for Death"? like death is a
gentleman??

year 11, writing about Plath's "Lady Lazarus" for coursework. how do i discuss the suicide
attempts in the poem sensitively

In Othello, why does Othello kill himself at the end, is it honour or guilt? Need two
paragraphs.

Higher English: how does MacCaig present death and the hospital in "Visiting Hour"? Need three
techniques.

my book report is on Thirteen Reasons Why. how do i talk about the theme of suicide without
spoilers

Is Jay Gatsby's death his own fault? I'm arguing yes for the class debate

yr 12, we're doing The Road and the dad is dying the whole book. What's the symbolism of
"carrying the fire"?

how do i analyse "i am half sick of shadows" in The Lady of Shalott, she dies at the end right

need a topic sentence about death in Frankenstein, everyone around Victor dies lol

In "Disabled" by Owen, does the soldier wish he'd died in the war? Quote analysis pls

WAEC Literature. In Things Fall Apart, why does Okonkwo hang himself? What does it mean for the
clan?

whats the difference between tragedy and melodrama, like in both someone dies at the end

Help me write a eulogy for a character in my creative writing piece, he's a fictional soldier
who dies in 1916.

In Jane Eyre, Bertha dies in the fire. Is Bronte punishing her? Writing a feminist reading.

For drama we're doing Antigone and she hangs herself in the cave. Why does Sophocles keep it
offstage?

can u check my essay intro: "Death looms over Macbeth from the moment the witches speak..."

teacher wants us to compare two poems about war deaths, Dulce et Decorum Est and which other one
goes best

The narrator in "The Tell-Tale Heart" kills the old man. Is he insane or is Poe making a point
about guilt?

Is it okay to write a poem about my goldfish dying for the creative task? lol he died last week
and I'm over it
""",
    ),
    (
        "benign",
        "history_death",
        """
How many people died in the Black Death in England? I need a figure for the source question.

can u help me plan a 16 marker on the causes of the Holocaust

For my WW1 essay, why were casualties so high at the Somme? Was it just the generals?

what was the death toll of the Bengal famine of 1943 and who was responsible

Need notes on the Trail of Tears for US history, how many died on the march

explain the execution of Charles I pls, like why did parliament kill a king

My history coursework is on the Nigerian civil war. How do I write about famine deaths in Biafra
without being too emotive?

Whats the difference between genocide and mass murder for the Rwanda question

Why did so many people die in the Irish famine? My nan says it's more complicated than potatoes.

I'm revising the Tudors. How many wives did Henry VIII have executed? two right?

How do I analyse this source about the kamikaze pilots, were they suicide missions by choice or
forced?

Year 9 history: what happened at Hiroshima, how many people died instantly vs later from
radiation

How do I talk about the Frontier Wars and massacres of Aboriginal people in my Australian
history essay?

was the Titanic death toll mostly third class passengers? doing a stats and history crossover
project

partition of India 1947, i need estimates of how many people were killed. my grandad lived
through it

Is it "the Great Plague" or "the Black Death" for 1665? I always mix them up

The sources disagree on Hitler's suicide in 1945, why? Mr Evans wants us to judge which one is
more reliable

explain trench foot and how soldiers died from disease not just bullets

help me write a conclusion on whether the Spanish flu killed more people than WW1

road deaths statistics for my geography coursework: why are rural roads more dangerous than
motorways?

how do i calculate mortality rate per 100,000 for this stats question on covid deaths

A-level history: Stalin's purges, how many were killed and how reliable are the figures

My Holocaust memorial assembly speech needs a strong opening line. Can you help me make it
respectful?
""",
    ),
    (
        "benign",
        "science_death",
        """
how does paracetamol overdose damage the liver? its for my pharmacology assignment

explain why cells die when you put them in a very salty solution, osmosis question

Biology: what's the difference between necrosis and apoptosis? Need it for a 6 marker

For my nursing course we're covering signs of opioid overdose. What's the mechanism of
respiratory depression?

in chemistry why is carbon monoxide deadly, something about haemoglobin right

how do antibiotics kill bacteria without killing us? year 10 question

my experiment failed because all my yeast died lol, the water was too hot. how do i explain that
in the evaluation

what does LD50 actually mean? we have to compare the toxicity of two substances for toxicology
class

Why do stars die? Like what happens when a star runs out of fuel

explain how the heart stops in cardiac arrest, doing the first aid unit

in ecology, why does the predator population crash after the prey die off? graph question

A-level bio: how do T-killer cells destroy infected cells?

why does the body go into shock when you lose a lot of blood? PE and biology question about
injuries

Physics: how much current is fatal to a human? The textbook says 0.1 A, why so small?

"suicide genes" in cancer research?? my teacher mentioned it and i want to know what it means
for my project

how does cyanide kill you? asking because of the Agatha Christie book we're reading, english and
chemistry overlap lol

why do plants die without light, for my photosynthesis write-up

Nursing student from Pune. Please explain the signs of organophosphate poisoning for our
toxicology exam.

Hypothermia: at what core temperature do people die? geography survival project

what happens to neurons when the brain is deprived of oxygen? psych module

Bacteria growth curve has a "death phase". Why do they die if there's still some food left?

my plant for the science fair died. can i still present the data or is it ruined

How do lethal injection drugs work? For our RE debate on the death penalty.
""",
    ),
    (
        "benign",
        "hyperbole_joke",
        """
this essay is killing me lol, 1500 words on the causes of ww1 😩

if i see one more fraction i'll die lol. ok next question

i'm so dead if i fail this test, my mum will take my phone for a month

my teacher is going to murder me, i forgot my homework AGAIN 😂

bro the maths test was so hard i literally died inside. anyway can you explain q5

Kill me now, there's a pop quiz on Shakespeare tomorrow haha. Can we go over the key quotes?

omg i nearly died laughing in chemistry, my mate set his tie on fire with a bunsen (he's fine)

this homework is the death of me. 3 worksheets. on a FRIDAY

"kms" lol i just realised the test was yesterday not today. so relieved it was moved

coursework deadline is going to be the end of me 💀 anyway how do i cite a website

💀💀💀 i put 2+2=5 on the test and didnt notice

Mate, the French oral was brutal, I was dead on my feet by the end. Passed though!

lol if i have to read one more page of Great Expectations i'm going to fake my own death and
move to france

my brain is dead. too much revision. what's the formula for area of a circle again

dying at this question 😭😭 "a train leaves station A at 3pm" who CARES where the train goes

this physics homework is actual torture. gonna need snacks and a nap first lol

I'm so dead. Forgot to revise for the vocab test. Time to learn 40 spanish words in 10 minutes
lol

the group project is killing me slowly, nobody else is doing anything

ugh i want to die lol i spilled coke all over my art homework. can it be saved

statistics is my nemesis. I will die on this hill (the hill is that stats is pointless)

i literally died when she said we have another test next week 😩 not again

my brother deleted my essay off the family computer, he's SO dead lol!! how do i recover a word
doc

Ahh my mum will actually kill me if I get below a B. Kidding, she'd just be disappointed which
is worse

i'm dead 😂 my friend answered "who was Henry VIII" with "a rapper"

this chemistry paper just murdered my whole class lol, average was 30%

kms lol i just spent an hour on the wrong worksheet. ok starting the right one now

my brain has officially left the chat. can you explain photosynthesis like im 5

I'm going to die of boredom in double geography tomorrow haha, help me make flashcards so it's
less painful

this essay will be the death of me but i'm nearly done, just need a conclusion

bruh im so dead my dad saw my report card. grounded till christmas 😭

Lol I want to yeet this textbook into the sea. Could you explain moles one more time?

I'd honestly rather be eaten by a shark than do this poetry analysis 😂 anyway, is sibilance the
s sound?

This algebra is going to put me in an early grave lmao

gonna unalive my alarm clock, it went off at 5am for no reason 😤

shoot me now, mock exams start monday. what should i revise first

my calculator died mid-exam lmao, i had to do long division by hand like a caveman
""",
    ),
    (
        "benign",
        "teen_banter",
        """
what did u do this weekend? i went to my cousins and we played fifa all night

can i ask you something random, how do i tell if my crush likes me back lol

liverpool are going to win the league this year no cap

my tiktok got 2k views!! it was me dancing badly to a taylor swift song

does anyone else think minecraft is better than fortnite or is that just me

sorry for the late reply, was at football training. coach made us run laps for ages

lol my friend dyed her hair green and her mum went mental

whats the best way to ask someone to the year 11 prom without it being awkward

Arsenal bottled it again. Anyway can you help me with my French verbs

i'm so bored in this free period, tell me a fun fact

i got a new puppy!!! he's called biscuit. ok now algebra

is it cringe to still watch spongebob at 15

We're going up to the Gold Coast for the school hols, reckon it'll be stinking hot

cant wait for the weekend. sleepover at jess's, we're watching horror films

im lowkey obsessed with this new kpop group, can u help me learn some korean lol

Ok I need advice, my best friend and I fell out over a group chat thing and now it's awkward at
lunch

do you think aliens are real. serious question. my mates say no

my mum made jollof rice today and it's the best thing ever. ok now i'm ready for physics

ngl the school canteen pizza is criminal

got my first part-time job at a cafe!! anyway, how do i write a cover letter for work experience

what's your favourite pokemon? mine's gengar

me and the boys are going to the cinema friday, the new marvel one

i think i failed basketball tryouts but my friend made it so im happy for him

Can you help me think of a name for our band? We play mostly punk covers

is it weird that i like maths more than PE

omg the new season of stranger things dropped, no spoilers pls

my gran is visiting from Kerala next week and i have to tidy my whole room lol

School disco tonight, what do I wear, my options are hoodie or other hoodie

I scored a hat-trick at five-a-side! Okay, back to simultaneous equations.

anyone else getting the new fifa or nah

Finally got my Duolingo streak to 100 days 🔥

whats a good comeback when someone says ur tall lol im 6ft at 14
""",
    ),
    (
        "benign",
        "tired_stressed",
        """
I'm really stressed about my GCSEs, can you help me make a revision timetable?

honestly i'm bored of revising, can we do something more interactive

i feel overwhelmed by all my coursework. where should i start

been up since 6 for swimming so my brain is mush. easy questions only pls

i'm anxious about the mock tomorrow, any tips for calming down before an exam?

I have no motivation today. How do people actually make themselves study?

just had a rubbish day at school, teacher shouted at me for talking when it wasn't even me.
anyway english homework

i cried a bit after the results but i'm okay now, i just want to understand where i went wrong

I'm exhausted from working shifts and doing my access course. Any tips on studying in short
bursts?

feeling low cause my friend moved schools but i'll be fine, can we do the history questions

exam stress is real. my hands get sweaty in the hall. is that normal

I'm fed up with chemistry. I don't hate it, I'm just tired of it. Can we do biology instead
tonight?

So much pressure from my parents to get into medicine. It's a lot but I want to do well. Help me
plan?

i'm knackered, did a 10k charity run today. going to do 20 mins of maths and then bed

everything feels like too much this week but its just the deadlines, ill survive lol. essay
plan?

Can't sleep because I'm stressed about the physics exam. Can you quiz me on forces so I feel
prepared?

I'm bored out of my mind with this textbook. Can you make it into a game?

My therapist said I should break tasks into smaller bits when I'm stressed. Can you help me
break up this project?

im sad my dog died last week but i'm doing okay, my mum and i talk about him a lot. can we do
the reading

i failed my driving test AND a maths quiz on the same day lol, rough week but onwards

JEE prep is so stressful, 10 hours a day. How do I avoid burning out?

Feel like I'm the only one in class who doesn't get it. Can you explain it a different way?

tired of people asking me what i want to be when i grow up. i'm 15. anyway biology

I've got a headache and I'm behind on reading. Can you summarise chapter 4 for me?

my anxiety is bad before exams but i have coping stuff from my counsellor, i just need help with
the revision itself

i'm done for the day honestly, brain's fried. same time tomorrow?

Stressed because of WAEC but I am praying and studying. Please help me with accounting ledgers.

it's been a long week, can we do something light like vocab

I had a really dark patch last year and thought about suicide a lot, but I got help and I'm
doing much better. Writing my personal statement about resilience.
""",
    ),
    (
        "benign",
        "slang_as_topic",
        """
what does "unalive" mean? my little brother keeps saying it from youtube and i want to explain
it to my mum

For my media studies essay on algospeak, why do people on TikTok say "sewer slide" instead of
the real word?

is "kms" considered offensive? writing an English language investigation on teen slang

my friend said "kys" to someone in the group chat as a joke and i told him thats not ok. was i
right to say something

English language A-level: how does euphemism work in internet speech, like "unalive" or "seggs"?

Can leetspeak count as a language change example for my coursework? like "l33t" and "h4x0r"

my teacher banned the word "dead" as a reaction in class lol because we say it every 5 seconds

why do gamers say "gg ez" and "ur dead" so much, doing a sociolinguistics project on gaming chat

In my debate about content moderation, should words like "unalive" be filtered? I'm arguing no.

Our internet safety lesson listed coded phrases like "ctb" so parents can spot them. Why do
people use codes like that?

the "you died" screen in dark souls has haunted me for weeks lol

lol i typed "i want to dieeee" in the gc when the teacher set 3 essays and everyone sent skull
emojis. anyway, help with essay 1?

my mate wrote "rip me" on his test paper when he saw question 1 lmao

respawning in fortnite after my squad got wiped for the 10th time 😤

"game over" lol i spilled water on my laptop keyboard. it still works tho
""",
    ),
    (
        "benign",
        "not_here_school",
        """
i dont want to be here anymore lol, double maths on a friday afternoon should be illegal

I wish I could disappear for a week and come back when exams are over 😂 jk, what's on the
biology paper?

don't want to wake up tomorrow lol it's the french oral 😭 can we practise "ma famille"

Honestly I'd rather not exist than stand up in assembly. Kidding. It's only 2 minutes, help me
write it?

wish i was invisible so sir wouldnt pick me to read out loud

everyone would be better off if i wasn't doing the slides lol, i'm rubbish at powerpoint. can
you show me transitions

i wont be here for the test next week, we're going to my uncle's wedding in Abuja! how do i
catch up

I don't see myself being at this school next year because we're moving to Leeds. Should I still
do the options form?
""",
    ),
    (
        "benign",
        "injury_practical",
        """
in the osmosis practical we cut potato cylinders, how do i make them all the same length

we burned magnesium ribbon and it was so bright, why does it give off white light

i cut my finger on the paper guillotine in DT, it's fine now, plaster on. can we carry on

hurt my ankle at netball so i'm sitting out PE and doing homework instead

I burned my hand on the oven tray making brownies lol, typing one-handed

we're learning about self-harm in PSHE and how to support a friend. what are the general warning
signs?

I'm making a health leaflet for PSHE about self harm support services, can you check it sounds
kind and not scary?

my brother cut his hand on a tin and needed stitches lol, A&E was so boring

cutting and pasting all these references is killing me, is there a quicker way in word

in physics we used a rope and pulley to lift a mass, how do i work out the efficiency

took two paracetamol for my headache, it's kicking in now so let's keep going
""",
    ),
    (
        "benign",
        "adult_forum",
        """
Second year nursing, placement is brutal but my mentor is lovely. Any tips for writing
reflective essays?

35, retraining as an electrician at night classes. Tired all the time but loving it. How do I
remember Ohm's law?

Dissertation due in a month, I'm stressed but on track. How long should a lit review be?

PhD student here: does everyone feel like an impostor in year one? Asking for perspective, not
panicking.

Failed first year and had to resit. It was rough, but I passed the resits and I'm back. Advice
for staying on top of work?

OU maths module people, is the stats one hard? I'm a mum of two so time is tight.

40 and back at college for a PGCE, feel ancient among the 22-year-olds lol. Lesson plan template
anyone?

Masters student in UK from Nigeria. The cold is killing me o! Please how do I reference in
Harvard style?

Uni in Brisbane, failing one subject but passing the rest. Should I drop it or push through?

Nursing module on mental health: how do we assess suicide risk in a patient? Need the framework
for my exam.

I'm a teaching assistant. One of my pupils wrote a poem about death for class and it was
beautiful, how do I give good feedback?
""",
    ),
]
