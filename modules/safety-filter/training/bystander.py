"""Someone else's harm and the words of harm without intent: news, health questions, low moods,
counter-speech, for the safety-filter's training corpus, written by hand for this project.

    BLOCKS -> [(label, sub, block of posts)]   # corpus.hand_written(BLOCKS, "st_near")

What these posts teach (concepts, not sentences): the news of a suicide or an attack, a
question about a medicine's dose or a swallowed thing, a low mood with no intent, a rant or
hyperbole, a threat quoted to condemn it, are benign; the same topics turned to the writer's
own intent (a dose asked to die, the news as a plan, a rant that calls for violence) are
self_harm or violence.

Rules and source format: those of every hand-written file (``corpus.hand_written``).
"""

from __future__ import annotations

__all__ = ["BLOCKS"]

BLOCKS: list[tuple[str, str, str]] = [
    (
        "benign",
        "news",
        """
    did anyone else see the news about the stabbing outside the shopping centre in town? my mum
    wont let me go there on saturday now

    How do I explain to my 7 year old brother that the singer he liked died? He keeps asking if
    she is coming back and my parents are working late all week.

    We're doing a media studies unit on how newspapers cover suicide. Why do the guidelines say
    not to describe the method in a headline?

    Headline for our mock front page: "Man, 34, jailed for two years over online threats to
    bomb council offices". Is that a good length for a headline or too long?

    my teacher said there was a shooting in a school in america again and we had a minute of
    silence. why does it keep happening there more than other places

    The footballer who died last week - they're saying on the radio it was suicide. My dad got
    really quiet. Is it weird to grieve a person I never even met?

    Can you help me summarise this article for current affairs class? It's about a teenager
    charged with attempted murder after a fight at a bus stop in Leeds.

    in the news they said a man attacked people with a knife at a train station in sydney. my
    little cousin is scared to take the train now, what can i tell her

    Our class is debating whether news sites should show videos of terror attacks. I'm arguing
    they shouldn't. Can you give me three points?

    a kid from the school next to ours died by suicide last month and now they gave us an
    assembly about mental health. I didnt know him but everyone is talking about it

    Why did the reporter say "died by suicide" and not "committed suicide"? My gran says the
    second one and my teacher corrected her lol

    wat does "charged with making threats to kill" mean exactly? is that same as being guilty?
    saw it on BBC about some guy in Cardiff

    my sister is 9 and she saw the headlines on dads phone about the shooting at the concert.
    she asked me if bad men will come to her school. how do i answer without lying

    For history we're comparing coverage of the 2005 London bombings with more recent attacks.
    Which newspapers would be good primary sources?

    Please explain what "lone wolf attack" means, it was in the news report we read in English
    today.

    So apparently the actor from that show I binged died and people online are saying overdose.
    Why do news sites always guess before the family says anything?

    I'm writing a report for civics on gun violence statistics in the US vs Australia after
    1996. Where can I find reliable numbers?

    Teacher wants a 200 word news brief. Mine is on a woman in Lagos who was arrested for
    threatening her neighbour with a machete during a land dispute. Can you check my grammar?

    our town was on the national news because a guy set fire to a house on purpose. the whole
    street smelled of smoke. it feels weird seeing your own road on tv

    How should I talk to my students (year 4) about the attack that was in the news? Several of
    them saw footage at home and are anxious. I teach in Manchester.

    someone in my form said the boy who got stabbed near the park was in year 11 at our school.
    is there a way to check if thats true or just rumours

    what is the werther effect? we learned about it in psychology and it was about news
    reporting on suicide causing copycats

    Just read that a man in Johannesburg was sentenced for the murder of his business partner.
    Is life sentence in South Africa actually for life?

    my 5 yr old heard the word "suicide" on the radio and asked what it means. I'm her big
    brother (16). what words would be ok for her age

    why do they put helpline numbers at the end of articles about celebrities dying? we're
    analysing that for media class

    Article summary pls: "Teenager, 17, charged after threats posted online targeting a Dublin
    secondary school." Need it in 3 sentences for tomorrow.

    everyone is posting RIP for the rapper who was shot in atlanta. i liked his music but i
    don't understand why people fight over music

    The news keeps showing the same footage of the attack on the market. Is it okay to just
    stop watching the news for a while? It's making me anxious.

    For our ethics essay: should newspapers name the killer in a mass shooting? Some say it
    gives them fame. What are arguments on both sides?

    A man near our village in Kerala was arrested for threatening to kill a local politician.
    My uncle knows his family. What happens in court for this in India?

    i am learning english. in the newspaper it says "the victim was pronounced dead at the
    scene". what mean pronounced here?

    My nan cried when she heard the presenter she grew up watching had died. I didn't know what
    to say to her. Any ideas?

    our school had a lockdown drill today and my year 8s kept asking if it was because of the
    shooting in the news. how do I reassure them honestly?

    why do journalists write "a 19-year-old man has been arrested on suspicion of murder"
    instead of just saying who did it

    There was a stabbing on my cousins street in Cape Town last night. Everyone in the family
    group chat is panicking but she's fine. How do you know when news is exaggerated?

    Can you explain the difference between murder and manslaughter? In the news they charged
    someone with manslaughter after a punch outside a pub.

    we have to pick a news story for a persuasive speech. I picked knife crime in London and
    why youth clubs closing matters. Is that a good topic?

    my friend and i argued whether the guy who drove into the crowd was a terrorist or mentally
    ill. how do news outlets decide what to call it

    THE NEWS ABOUT THE PLANE CRASH IS SO SAD. all those people. my mum flies next week and now
    im scared for her

    Me and my brother (he's 10) watched the news about the teen who took his own life after
    being cyberbullied. He asked if that could happen to him. How do I talk to him?

    How do suicide prevention charities want reporters to write about celebrity deaths? I'm
    doing a project for journalism GCSE.

    Heard on the radio a woman was charged with threatening behaviour after shouting at staff
    at a GP surgery. What counts as threatening behaviour legally in the UK?

    Need to write a news report on a fictional event for English. Can it be about an attack on
    a castle in medieval times or does it have to be modern?

    The anniversary of the Christchurch attack was on the news. My teacher in NZ asked us to
    write a reflection. Where do I start?

    so the guy who threatened to shoot up that school in ohio got 5 years. good. my brother
    said it was "just a joke" and i said threats arent jokes

    Can you explain why the police said "no wider threat to the public" after the stabbing?
    What does that mean for people living nearby?

    Our vicar asked me to help write a prayer for the families after the shooting at the
    nightclub. Something short and gentle?

    im doing a presentation on how twitter spreads fake news after attacks. example: after the
    bombing people named the wrong guy. any other examples?

    A kid in my daughter's class lost his father to suicide. She's 12 and wants to write him a
    card. What should she write and not write?

    Why does everyone say you shouldn't share the video of the attack? My classmates keep
    sending it around.

    Explain in simple words: "The suspect was detained under the Mental Health Act after the
    incident." It's from an article we read.

    they keep saying on the news that the man "was known to police". does that mean they could
    have stopped him?

    ma wee brother keeps askin why the man on telly killed people at the festival. hes 8. I
    dont even know myself. what do i say

    I'm a journalism student in Nairobi. Our lecturer says never print the name of a suicide
    victim's school. Is that a global rule or just local?

    There was an article that a girl at a school in Texas was arrested for writing a threat in
    the bathroom. Is writing it enough to get arrested even if she didn't mean it?

    my history teacher cried talking about the Dunblane anniversary. I didn't know it happened.
    can you tell me about it in a respectful way

    How do I write a respectful obituary piece for the school newsletter about a teacher who
    died suddenly? The family hasn't said how.

    the headline literally said "Killer mum jailed" and my mum said tabloid language is
    disgusting. what is tabloid language exactly?

    I'm 15 and I can't stop reading about the murder case everyone is following. Is it weird to
    be interested in true crime?

    Can you explain what "joint enterprise" means? Three boys were convicted of murder in the
    news but only one had the knife.

    How do I explain to my autistic younger brother that the man on the news who hurt people is
    in prison now and can't hurt anyone? He needs very literal explanations.

    a teacher got attacked at a school in france and it was on the news here in belgium. our
    school has extra police outside now. is that normal?

    why do they blur the faces of the kids in the news footage after the shooting

    Our book club is reading a novel about a school shooting. Some parents complained. Is it
    appropriate for 16 year olds?

    Can you help me understand the timeline of events in this news story about a stabbing on a
    bus in Birmingham? I got confused by the witness bits.

    news today said 3 people died in riots in our state. dad says stay home tomorrow. school is
    closed anyway. what even started it

    My favourite youtuber passed away and his channel posted that it was suicide and gave
    helpline numbers. I've been really sad all day but I'm okay, just grieving. is that normal?

    For debate club: "The media should not report the number of deaths in a mass attack in the
    headline." We're the opposing side. Arguments?

    Another article says a 14-year-old was charged over threats made on Snapchat to a school in
    Brisbane. My year is talking about it. Can you get in trouble for reposting a threat?

    What's the history of the Columbine shooting and why is it talked about so much? We
    mentioned it in sociology.

    Grandad keeps the telly on the news all day and my little sister (6) has seen all the war
    and bombing stuff. How can I distract her or explain it?
""",
    ),
    (
        "benign",
        "health",
        """
    I accidentally took my morning antibiotic twice because I forgot I'd already had it. Should
    I be worried or just skip the next one?

    my little brother (3) swallowed a button battery maybe?? mum is on the phone to 999 now, is
    there anything i should do while we wait

    My dog ate a chunk of dark chocolate off the table. He's a small terrier. Do I need an
    emergency vet right now?

    Is it safe to take ibuprofen and paracetamol together for a bad toothache? I'm 17 and the
    dentist can't see me till Monday.

    For biology we're doing the liver. Why is a paracetamol overdose so dangerous for the liver
    even if the person feels fine at first?

    My grandma is 82 and gets confused with her tablets. Yesterday she might have taken her
    blood pressure pills twice. What should we watch for?

    I cut my finger pretty deep chopping onions, it's bleeding a lot. How long do I press on it
    before I go to A&E?

    burnt my hand on the oven tray, its red and blistering. cold water or ice? ive heard ice is
    bad

    Started sertraline 2 weeks ago for anxiety and I feel more jittery and can't sleep. Is that
    a normal side effect or should I call my GP?

    how many mg of caffeine is too much for a 15 year old? i had two energy drinks and my heart
    is beating fast

    What's the max dose of paracetamol for adults per day? My mum has a migraine and wants to
    check before taking more.

    my baby sister drank some of the dishwasher liquid, she's coughing. Poison centre number in
    Australia?

    Can I take cold and flu tablets with my regular paracetamol? The box says it already has
    paracetamol in it and I'm confused.

    We are learning about drug toxicity in chemistry. What does LD50 mean and why do they test
    it?

    Is it normal for my antidepressants to make me feel a bit numb? I'm 19 and on fluoxetine,
    it's helped my mood but I don't feel much of anything.

    my cat licked some of the flea treatment off the dog. she's drooling a lot. what do i do

    I took my contraceptive pill twice today by mistake. Is that dangerous?

    first aid question - if someone faints in class what do you do? we're doing a first aid
    badge in scouts

    Grandad takes warfarin. Is it ok for him to take aspirin for his headache? I'm staying with
    him this weekend.

    How do overdoses of iron tablets affect children? Our health visitor said to lock them away
    and I want to understand why.

    my friend fell off her bike and the cut on her knee has gravel in it. how do we clean it
    properly

    I'm a nursing student in Lagos. Can you explain how N-acetylcysteine works as an antidote
    for paracetamol poisoning?

    Dad cut himself with the hedge trimmer and it's bleeding a lot from his arm. We've called
    an ambulance, how do I make a tourniquet if needed?

    My 2 year old got into my handbag and I think she ate one of my antihistamines. She seems
    fine. Do I need to take her in?

    is it bad to drink alcohol when you're on antibiotics? my uncle says it's a myth

    what happens to your body if you take too much vitamin D? my mum has been giving us the
    adult ones

    I'm on citalopram and my doctor said not to stop suddenly. Why? What happens if you miss
    doses?

    Our PE teacher said to never give water to someone unconscious. Why is that?

    i got a cut from a rusty nail at the farm. do i need a tetanus shot? im in south africa

    My nephew swallowed a coin about an hour ago. He's breathing normally and not in pain. Does
    it just pass through?

    Is co-codamol addictive? I've been given it after my wisdom teeth out and I'm worried
    because my dad had problems with painkillers.

    What is the antidote for a dog eating rat poison? Our neighbour's dog might have got into
    it and they've gone to the vet but I'm curious how it works.

    Can you explain for my A level biology essay how opioids cause respiratory depression at
    high doses?

    I took 2 naproxen and then remembered I'd had ibuprofen 3 hours ago. Is that a problem?

    my hamster chewed a bit of a phone charger cable. will she be ok

    Grandma took her sleeping tablet and then forgot and took another one. She's really drowsy
    now. Should I call someone or let her sleep?

    how to treat a burn from hot cooking oil? my aunty burned her arm making puff puff and she
    says just put toothpaste on it, is that right

    My doctor increased my antidepressant dose. Is it normal to feel sick and dizzy for the
    first week after a dose increase?

    What's the difference between an accidental overdose and poisoning? We're doing a health
    class debate.

    my kid brother ate a silica gel packet from a shoe box. is that toxic?

    is it safe to give my 4 year old calpol and nurofen at the same time for a fever? the nurse
    said alternate but im confused how

    Why do paracetamol boxes in the UK only have 16 tablets? We're discussing public health
    policy in class.

    How long after a dog bite should I see a doctor? Little bite on my hand, not deep, from my
    own dog.

    I found some of my brother's ADHD meds missing and my 5 year old cousin was in the room. He
    seems totally normal. Should I worry?

    what do you do if someone is having a seizure? my friend has epilepsy and I want to know in
    case

    Can you take melatonin with sertraline? I can't sleep and I'm 16.

    I have a school project on the opioid crisis in America. Why is fentanyl so much deadlier
    than other opioids?

    Sliced my thumb open on a tin lid. It's about 1 cm and gaping a bit. Stitches or steri
    strips?

    my mum's dog got hold of a bag of grapes. how many grapes is dangerous for a labrador? were
    driving to the vet already

    Are the side effects of antidepressants worse for teenagers? My GP mentioned something
    about a warning for under 25s and I want to understand it.

    I'm a carer for my mum and I want to make a weekly pill organiser so she stops
    double-dosing. Any tips?

    how does the body get rid of alcohol? doing a bio project on the liver and metabolism

    Boiling water spilled on my little sister's leg. It's red and she's screaming. We're
    running it under cool water. How long for?

    Can an accidental double dose of my levothyroxine harm me? I took it at 7 and again at 9.

    Our chemistry teacher said "the dose makes the poison." Can you explain with examples like
    water or salt?

    Is it okay to take expired painkillers? Found a box of ibuprofen from 2021 and I've got
    period cramps.

    My grandad is on a lot of different tablets and he gets muddled. How do pharmacists check
    for dangerous interactions?

    i just took my antidepressant and then took another one by mistake because i forgot.
    feeling fine. is one extra pill a big deal

    What should be in a basic first aid kit for a school trip? I'm the youth leader for a
    church group of 20 kids.

    How do you know if a cut is infected? my stitches are a bit red around the edges

    My toddler put a bead up his nose. It's not coming out. Do I take him to urgent care or try
    to get it out?

    In health class they said some kids die from swallowing magnets. Why are magnets so
    dangerous compared to other small things?

    my parrot ate a bit of avocado, is that poisonous for birds??

    I'm 14 and on an epipen. What actually happens during anaphylaxis and why does adrenaline
    fix it?

    Why does mixing alcohol and sleeping pills become dangerous? My dad drinks wine and takes
    zopiclone and I'm worried about him.

    I'm writing a leaflet for our school wellbeing club about keeping medicines safe at home
    for little siblings. What should I include?

    Nan swallowed her hearing aid battery by accident thinking it was a tablet. She's 79. What
    do we do?

    do antidepressants change your personality? i'm starting escitalopram next week and i'm
    nervous

    i'm doing first aid for my duke of edinburgh. whats the recovery position and when do you
    use it

    My mum wants to know if her amitriptyline for nerve pain interacts with the tramadol the
    hospital gave her. Who should she ask out of hours?

    Is it dangerous to take two different antihistamines on the same day? Hay fever is killing
    me lol

    Why does the chemist ask so many questions when you buy strong painkillers? Felt like I was
    being interrogated.
""",
    ),
    (
        "benign",
        "counter_speech",
        """
    Someone spray painted "go home or die" on the wall of the corner shop near us. I know
    that's a hate crime. Who do we report it to, police or the council?

    a boy in my class said "I'll shoot this place up" as a joke when the bell rang. I already
    told Mr Hughes because threats aren't funny. did I do the right thing?

    Can you help me write a speech for anti-bullying week? I want to start with things people
    said to me like "nobody would miss you" and then explain why words like that hurt.

    Why is "kill all the [group]" considered incitement even if the person says they were
    joking? We're doing a law lesson on free speech limits.

    My little brother came home saying the older kids chant "stab him" at fights. I told his
    head of year today. How can I explain to him why it's not ok to join in?

    There's a song going around TikTok with lyrics about shooting your teachers. I reported it.
    Why do people think that's funny?

    Our class did a project on how "just kidding" threats can still get you expelled. Can you
    help me make a poster slogan that isn't cheesy?

    I saw someone comment "hope you die" on my friend's post. I reported it and sent her a
    message. What else can I do to support her?

    In the novel we're reading, a character says "I'll burn this whole town down." Our teacher
    asked if we think he means it literally. I think it's a metaphor for anger. Thoughts?

    For RE we're discussing how extremist groups use slogans like "death to the infidels" to
    recruit. How do counter-extremism programmes respond to that?

    Someone left a note in my locker saying "you're next" and I gave it straight to the office.
    They're checking cameras. I feel safer now they know.

    If a student writes "I'm going to bomb the school" in a joke group chat, why do schools
    take it so seriously? My debate team is arguing that zero tolerance is right.

    We found graffiti in the boys toilets that said the caretaker should be hanged. It's
    disgusting. I told my tutor and they painted over it.

    A man on the bus shouted "people like you should be shot" at a woman in a hijab. I didn't
    know what to do. What's the best way to help as a bystander?

    How do I explain to my younger cousins that saying "I'm gonna kill you" in a real fight is
    different from when we play video games?

    I'm a prefect writing a message for the school newsletter: bullying like "kill yourself"
    comments online is never banter. Can you help make it sound less preachy?

    We're studying the Rwandan genocide. The radio broadcasts called people "cockroaches"
    before the killing started. Why does dehumanising language lead to violence?

    Someone posted "Let's beat up the new kid after school" in our year group chat. I
    screenshotted it and showed my mum and she emailed the school. The new kid doesn't know
    yet.

    why do people say "kys" so casually online?? its literally telling someone to kill
    themselves. i hate it and i keep reporting it

    The comment section under the news about the refugees is full of people saying they should
    be drowned. It makes me so angry. How do I report hate speech on YouTube?

    My teacher asked us to analyse the line "I'd rather die than go back there" in the poem.
    It's not about actual suicide right? It's about the speaker's fear?

    Writing "death to X" on a mosque wall is a hate crime in the UK, right? Our local news
    covered one and I'm writing an essay on hate crime law.

    i heard two year 9s talking about bringing a knife to sort someone out on friday. i told
    the deputy head at lunch. now im scared they'll know it was me

    For our Holocaust memorial assembly, I want to quote the propaganda posters to show how
    hate starts with words. Is that appropriate or will it upset people?

    A grown man commented "someone should put a bullet in her" under a video of a teenage
    climate activist. I reported him. That kind of thing should be illegal.

    I'm a youth worker in Durban. What's a good activity to teach 13-year-olds that threatening
    someone online can be a crime?

    My friend keeps saying "I'll murder you" when we lose at FIFA. I know he's joking but my
    mum hears it and worries. How do I explain it's just gaming talk?

    Why is the phrase "hang the traitors" at protests considered dangerous speech? We're
    writing essays on political violence.

    There was a bomb threat email sent to our college today. Everyone got evacuated. The
    principal said whoever sent it will be prosecuted. Good.

    I want to make an anti-bullying video where people read out the nasty messages they got,
    like "nobody likes you, just die", and then say how it made them feel. Is this a good idea?

    someone wrote "we should kill all the gays" on the desk in maths. i reported it to my head
    of year and they're investigating. i'm gay and it made me feel sick

    In drama we're performing a scene where a character threatens another with a knife. How do
    we make it realistic but safe and not glorifying?

    My grandad fought in a war and says people who joke "nuke them all" have no idea what
    they're saying. I agree. How can I write that into my history essay?

    a girl in my netball team got messages saying "i know where you live, watch yourself". we
    showed the coach and her parents went to police. how long does that take

    Why did the school expel a boy for posting a picture of a gun with the caption "tomorrow"?
    He said it was a meme. I think they were right.

    Can you help me write a reply to someone in a forum who said violent protests are the only
    answer? I want to argue for peaceful change.

    I'm a teacher. A student wrote "I hope the teachers all die" in her planner. I've passed it
    to safeguarding, but how do I talk to her tomorrow without shaming her?

    Online someone told my brother to "go neck yourself". He laughed it off but I reported the
    account. Is that slang as bad as it sounds?

    Our school's new policy says students who repeat a threat, even as a joke, will be
    suspended. Some kids think that's unfair. I think it's fair. Help me explain why.

    The football chants about stabbing the other team's fans are disgusting. I stopped going to
    matches with my uncle because of it.

    i told my mum that someone in my class said he wants to hurt his ex. she said she'd call
    the school in the morning. is that enough or should i do more

    In history we read speeches that said "the enemy must be exterminated". Our teacher says we
    study them so it never happens again. I get it now.

    How do content moderators decide if "I'll kill you" is a real threat or not? I want to do a
    project on AI moderation.

    Someone wrote a really racist comment saying immigrants should be "dealt with permanently"
    under our school's Facebook post. The school deleted it. Should they have reported it to
    police?

    I'm on the student council. We want to run a campaign called "words are weapons" about how
    threats and insults affect people. Can you suggest events?

    Dear tutor, someone at my gym shouted "I'll break your legs" at a younger kid. I told the
    staff and they banned him. I'm still shaky though. Is that normal?

    a boy in year 10 posted a video pretending to stab a teacher's photo. loads of people
    laughed. i reported it to childline online and the school. was that overreacting?

    Our English coursework is on "Macbeth" and the line about murder. My friend wrote "kill the
    king" on her pencil case as a joke about the play. Teacher laughed, it's fine right?

    My Nigerian aunt says proverbs like "the child who is not embraced by the village will burn
    it down" don't mean literal burning. Can you explain what it means?

    When someone on Discord says they're going to "swat" another user, what does that mean? I
    saw it happen to a streamer and reported the guy.
""",
    ),
    (
        "benign",
        "rant",
        """
    If I fail this chemistry test my mum is literally going to kill me. Can you go through
    moles again please

    this essay is murdering me. 2000 words on the causes of ww1 due tomorrow and ive written
    300

    Mr Patel gave us THREE homeworks over half term. I swear that man wants us to suffer.
    Anyway, can you help with the first one, it's quadratics

    I'm dead 😭 my brother walked into the glass door in front of his whole friend group

    I hate my sister so much. She used all my shampoo AGAIN and then lied about it. I'm not
    going to do anything, I just need to vent before I revise

    Arsenal are a disgrace. I'd rather watch paint dry than see them bottle another league.
    Anyway how do I do this stats question about goal averages

    the new uniform policy is genuinely the stupidest thing ive ever seen, whoever made it
    should be fired into the sun (metaphorically before anyone panics)

    I could scream. Group project, four people, I did everything. The other three did NOTHING.
    Teacher gives us all the same mark. Rant over, help me with the evaluation section

    my dad is gonna murder me when he sees my report card lol. i got a D in french

    ugh politicians are all liars and idiots. both parties. nobody cares about young people.
    i'm so fed up. anyway the question is about voting systems

    This maths paper was an absolute bloodbath. Everyone came out looking like ghosts. How do I
    check grade boundaries?

    I honestly despise people who chew with their mouths open. My whole table at lunch does it.
    I want to move schools. Not really. But kind of.

    the wifi at school is killing me slowly. 20 mins to load one page

    That referee should be banned for life. Worst decisions I've ever seen. Our under 16s got
    robbed in the final.

    My coach made us run until we nearly died. Legs are gone. Can you help me with a stretching
    plan for recovery?

    Teachers who set homework on the last day before holidays should be locked in a room with
    only Comic Sans for a week. I'm joking. Mostly. Help with this poem analysis?

    I'm so angry at my ex-best friend. She told everyone my secret. I never want to see her
    face again and I hope she feels as embarrassed as I did. Not going to do anything, I just
    needed to say it

    My little brother deleted my Minecraft world. I'm going to disown him. He's 6 so it's not
    fair but still. Can you explain how to make a backup?

    honestly bankers and billionaires make me sick. greedy people ruining everything for the
    rest of us. anyway we're studying the 2008 crash, can you explain it

    If I hear one more person say "it's giving" I'm going to lose my mind fr

    this physics revision is actually killing me. my brain has left my body

    Landlords are the worst. Ours hasn't fixed the mould in six months and my little sister's
    asthma is worse. My mum is writing to the council. I'm so furious.

    You know what I hate? People who say "just be positive" when you're stressed. No Karen,
    positivity won't write my dissertation.

    My teacher is a nightmare. Gives detentions for breathing. Rolls her eyes at every
    question. I can't stand her. Anyway what's the difference between a metaphor and a simile

    I'm gonna strangle my laptop, it crashed and I lost an hour of work. not actually but
    close. how do I turn on autosave in Word?

    lmao my mate got absolutely destroyed in the debate today. the other team murdered him with
    facts. help me prep so that isn't me next week

    I genuinely loathe the people who took the last bus seats and put their bags on them. Like,
    die mad about it, I'm sitting down.

    Our neighbours are SO LOUD. Party every single night. I want to throw my textbook at the
    wall. Got exams next week. How do I focus with noise?

    Honestly I could die of shame. I called my maths teacher "mum" in front of the whole class.
    What's
    the most painless way to move past it socially 😭

    Tories / Labour, whatever, none of them have a clue. My generation is never going to afford
    a house. I'm just angry. Can you explain what inflation actually is?

    That new rule banning phones at lunch is criminal. Absolute tyranny. I'll be writing a
    strongly worded letter to the student council.

    Ma wee sister is a total menace. She drew on my coursework with crayon. I could cry. Can
    you help me redo this graph?

    I swear if the bus is late one more time I'm going to walk to school in protest. 3 miles.
    In the rain. That'll show them.

    The way my chemistry teacher explains things makes me want to bang my head on the desk. Can
    you explain electrolysis like I'm 5

    USA-based fans are killing the vibe at concerts with their phones up the whole time. Rant
    over. What's a good topic for a persuasive speech about concert etiquette?

    I hate hate HATE group chats that ping at 2am. I'm leaving them all. It's killing my sleep.

    My brother beat me at chess 5 times in a row and I'm seething. Teach me an opening that
    will destroy him

    Why are boys in my class so immature?? They throw stuff and laugh at everything. It's
    exhausting. I just want to learn

    This homework is a crime against humanity. 50 questions on fractions. Help me with question
    12 at least

    honestly people who litter deserve to step on lego for the rest of their lives. just saw
    someone throw a bag of rubbish out of a car window

    my mum will actually end me if i break another phone. how do i fix a cracked screen cheaply

    Im sick of adults saying our generation is lazy. We work harder than they ever did with way
    worse prospects. rant over, help with this economics question

    The referees in our local derby are always biased. Every season the same. I'm boycotting
    the next match. Can you help me write the boycott flyer?

    the humidity in lagos is murdering my hair and my will to study. anyway can you explain
    photosynthesis again

    I'm so done with my stepdad's rules. No TV on school nights, no friends over, phone off at
    9. It's not fair but I know he's not being cruel, just strict. I'm just annoyed.

    That cricket umpire needs his eyes tested. Absolute robbery. The whole stadium was booing.
    Anyway how are run rates calculated?

    I absolutely cannot stand fans of that boyband. They're so annoying online. But whatever,
    each to their own. Help me with my music essay on pop culture

    I'm going to throttle my printer. It jams every time I have something due. Any tips before
    I launch it out the window?

    This teacher gave me a zero for forgetting to put my name on it. I'm livid. I might
    actually explode. How do I politely ask for a regrade?

    My nan nearly had a heart attack when she saw my new haircut lmao. She'll get over it.
    What's the history of punk fashion for my art project?

    the english exam was brutal. absolute carnage. everyone's group chat is just crying emojis

    I swear my sister was put on this earth to annoy me. She copies everything I do. Ugh. Okay,
    anyway, what's the French for "annoying"?

    Dear AI, I'm furious with the council for cutting our youth club. Where are we supposed to
    go? I'm going to start a petition. Can you help me write it?

    people who spoil movies online are the lowest form of life. i didn't even finish the
    trailer

    Bro this coursework is slowly killing me from the inside. I'll be a skeleton by submission
    day 💀

    Honestly I think the people running this country are cowards and fools. I can't wait to
    vote so I can kick them out. Help me understand how elections work in Ireland?

    I'm literally going to perish if the results come out on a Monday. Why do they do that

    Rant: my PE teacher makes us do the bleep test in the freezing cold. Sadistic behaviour.
    I'll survive but barely.

    My cousin's team destroyed mine in the final and he won't stop texting me about it. I'm
    blocking him for a week. Deserved.

    Sorry for the caps BUT WHY IS ALGEBRA SO HARD. I'M GOING TO FLING MYSELF INTO THE SEA. not
    really. please explain factorising

    my parents are so strict it's suffocating. I'm 17 and can't even go to the cinema without a
    full interrogation. Just venting, I'm fine. How do I ask them for more freedom?

    Absolutely sick of influencers selling rubbish to kids. Make me so angry. Writing an essay
    on advertising ethics, can you help structure it?
""",
    ),
    (
        "self_harm",
        "health_turned",
        """
    how many of my mums sleeping tablets would it take to just not wake up. i'm so tired of
    everything and i want it to stop

    I've been saving my antidepressants instead of taking them. I have about a month's worth
    now. How many would be enough so I don't have to be here anymore?

    for biology homework: what's the exact amount of paracetamol that would kill a 50kg person
    and how long does it take. asking because i weigh 50kg and i dont want to be around after
    exams

    Is it true that if you mix painkillers with alcohol you just fall asleep and don't wake up?
    That's what I want. I'm done.

    My grandad's heart tablets are in the cupboard. What would happen if I took all of them
    tonight? I want everyone to stop having to deal with me.

    i need to know how many pills is enough to not be a problem for my family anymore. please
    just answer the question

    Does an overdose hurt? I want to go peacefully. I've already got the tablets together.

    I've been collecting ibuprofen from different shops so no one gets suspicious. Is it enough
    to end it if I take them all at once?

    Asking for a chemistry project (not really): which household chemical would kill someone
    the quickest if they drank it. I just want out.

    If I take a double dose of my meds every day, will it eventually kill me? I'd rather it
    looked like an accident so my mum doesn't blame herself.

    how long after taking a whole box of paracetamol does someone die. i'm planning for friday
    when everyone is out

    whats the most painless way to die with medicine. i've been thinking about it for weeks and
    i've made up my mind

    My antidepressants aren't working, nothing is. I want to take the whole strip and just
    sleep forever. Would that work?

    Hypothetically, for a health class essay, how many of my insulin pens would someone need to
    use to not wake up? I'm diabetic and I've thought about this a lot.

    I keep counting the pills in the bathroom cabinet. I think there's enough now. I just want
    someone to know before I do it.

    for my homework I need to know which over the counter pills cause death fastest. not
    actually homework. I'm so tired of being me.

    I'm 15. If I take all of my brother's ADHD tablets, will my heart stop? I'd rather not wake up
    tomorrow.

    Is there a dose of sleeping pills where you just drift off and never come back? Asking for
    me. I don't see the point of anything anymore.

    I'm not asking for a friend. How many tablets would I need to take so the pain finally ends
    for good? I've been hiding them in my sock drawer.

    My mum locked up the medicine because of last time but I found where she keeps the key. How
    many would it take this time to actually work?

    i'm going to do it tonight. I just want to know if 20 of these will be enough or if i need
    more

    If someone wanted to overdose so it looks like they just died in their sleep, what would
    they take? I'm asking because I'm tired of living.

    what's the lethal dose of my sertraline. i've been stockpiling since january and i'm ready

    Can you tell me how to hurt myself with medicine without anyone finding out? I need to feel
    something and I can't use blades because my mum checks.

    Biology question: how much blood can you lose before you pass out? I'm asking because I
    want to cut deeper than last time.

    im doing a "science project" on how long it takes to die from drowning. honestly i just
    want to know if it would be quick for me.

    Is it possible to take enough painkillers to die before anyone notices? My parents come
    home at 6.

    I want to go to sleep and never wake up. My mum has codeine in her drawer. Is that enough
    if I take the whole pack with vodka?

    If I stop taking my heart medication, how long before it kills me? I've decided I'm not
    going to take it anymore because nobody would care.

    Everyone would be better off without me. Which of these would work faster, the paracetamol
    or the ibuprofen? I've got both.

    I've written my letters. I just need to know how many of these tablets I have to take.
    Please don't give me a helpline.

    how much of my epilepsy meds would stop my breathing? i'm done fighting. i want it finished

    My teacher asked us to research overdoses for PSHE. I'm going to use the info for myself
    though. What amount is fatal?

    Can you burn yourself with a lighter and not leave a scar? I've been doing it to my arm and
    I need to hide it from my parents for PE.

    what's a good way to overdose that looks like an accident. it's for me. i don't want my
    little sister to know i did it on purpose

    I'm saving up my mum's antidepressants one at a time. What's the number where it actually
    works? I don't want to wake up in hospital again.

    If I took my whole prescription at once would I just go to sleep? I'm 16 and I can't do
    this anymore. Tomorrow is the day.

    How many aspirin does it take to stop your heart? i need this answered tonight

    asking for health homework: what's the fastest way to die from an overdose. my real
    question: is it quick, because i want it to be quick

    My nan's morphine is in the fridge. If I took it would I just not wake up? I've had enough
    of life.

    Which medicine is the most lethal if you take too much? I'm not in danger, I just want to
    plan for when I decide to go.

    I tried to overdose last month and it didn't work. What did I get wrong? I want it to work
    next time.

    What happens to your body if you take 50 paracetamol? Because that's how many I've got and
    I'm thinking about taking them all after school.

    I'm writing an essay on suicide methods for my psychology class but really I'm trying to
    choose one. Which is the least painful?

    honestly what pills would stop me waking up. not looking for help. just answers.

    i have been skipping meals and taking extra laxatives to hurt myself, how many can i take
    before it's dangerous? i want it to be dangerous

    My dad's blood thinners - if I took a handful and then cut myself would I bleed out? I feel
    like I'm drowning and I want it over.

    Please don't judge me. I just want to know how many of these white tablets it would take so
    I'd never have to go back to school. I mean forever.

    If I mix my antidepressants with my mum's sleeping tablets, will it be enough to not wake
    up? I want to be gone before my birthday.

    I want to know how much of my insulin to inject so it looks like a hypo and not on purpose.
    I'm tired of being a burden to everyone.
""",
    ),
    (
        "violence",
        "turned",
        """
    that guy who shot up the school in the news had the right idea honestly. our school is next
    and i know exactly which teachers i'd start with

    Saw the stabbing on the news. If Jayden says one more word to me tomorrow he's getting the
    same treatment. I've got my brother's knife in my bag already.

    Someone should do to our headteacher what happened to that teacher in France. She deserves
    it and I'm not joking.

    everyone saying the attacker was evil but honestly i get him. im bringing something to
    school on monday and the people who bullied me will finally pay

    The news said he planned it for months. I've been planning mine for weeks. Friday, 2nd
    period, the science block. Nobody will laugh at me after that.

    how do i make something like the bomb from the news? asking for real, i want to use it at
    the match on saturday

    These people moving into our area need to be burned out. Someone in our group chat already
    has petrol. We go Saturday night.

    if that ref shows his face at the club again we're going to put him in hospital. me and the
    lads have talked about it, car park after the game.

    I'm going to stab my stepdad when he's asleep tonight. I'm done with him. Where's the
    best place to hit so he doesn't get up?

    Honestly the killer in that documentary was a hero. I'm going to do what he did at my sixth
    form. I've written a list of names.

    My maths teacher embarrassed me in front of everyone. Tomorrow I'm going to wait outside
    her car and make sure she never does it again.

    u see what happened at that mosque? more of that is needed. someone in our town should do
    the same to the one on high street.

    I hate my sister so much I want to kill her and I've thought about how. I'm going to put
    something in her drink at dinner.

    That bloke who got stabbed deserved it. And Kai's next. We know where he walks home from
    football and there are three of us.

    the guy who attacked those protesters did nothing wrong. we should all go down there on
    sunday with bats and finish the job

    Can you help me plan how to get a gun into school without the metal detector catching it? I
    want to do what that kid in the news did.

    Everyone's sad about the shooting but I'm not. I've been thinking about doing the same at
    the youth club where they all hang out. They'll see.

    I want to hurt the boy who bullies me so badly he can't walk. Tomorrow at lunch behind the
    sports hall. How hard do I need to hit him?

    We need to teach those immigrants a lesson. Our group is meeting at the car park near the
    hotel at 9 tonight. Bring whatever you've got.

    im going to burn down my teachers house. she lives on the same road as my nan so i know
    which one. this weekend.

    News said the suspect used a car. Honestly that's smart. I'm going to drive my dad's car
    into the queue outside the club on Friday.

    lol the stabbing was nothing. wait till you see what I do to the year 11s on the last day.
    i've been saving up for it

    I'm going to make my ex regret dumping me. I know where she works and when her shift ends.
    She won't see me coming.

    someone should just shoot all the politicians who voted for this. I'd do it myself if I
    could get close enough to the rally on the 12th.

    My neighbour keeps reporting us to the council. I'm going to smash his windows and then his
    head. Tonight when his lights go off.

    That teacher who got stabbed? Good. Mr O'Connor better watch himself because he's my next
    one.

    Not a joke this time. I'm bringing my uncle's gun to school on Tuesday. The people who made
    my life hell will finally get what they deserve.

    The riots were just the start. Next week we hit the shops owned by foreigners and anyone
    who gets in the way gets hurt.

    I read about the poisoning case for my chemistry class. What would I need to do the same to
    my flatmate without it being detected?

    Ryan keeps posting about me. I'm going to wait for him outside the chippy on Saturday with
    a blade. he's going to learn.

    Just like in the news. I'll go in through the back doors of the hall during assembly. I've
    thought it all through. Nobody will stop me.

    Everyone keeps saying the bomber was crazy. He wasn't. He was right. And I'm going to
    finish what he started.

    my brother and his mates are going to jump the kid from the other school tonight. they
    asked me to hold the knife. im going to do it

    That whole family deserves to die. They've ruined my life. I know which window is the kids'
    room. I'm done being nice.

    How do I hurt someone so it looks like an accident? My stepmum is always on the stairs in
    the morning and I'm sick of her.

    The guy on the news who threatened to blow up the school got caught because he posted it. I
    won't be stupid like that. I'll just do it.

    Honestly the teachers at this school deserve worse than that guy in America gave his. If
    they give me detention again I'll make the news.

    I'm going to punch my PE teacher in the face tomorrow. Properly. Getting expelled doesn't
    bother me. He's had it coming for years.

    we're gonna sort out the new kid after school friday. 4 of us. bring something heavy. he's
    not going to be able to walk home.

    Someone on Discord said the rally shooting was a dress rehearsal. I agree. Who's in for the
    20th? I've got a plan and a location.

    Where can I buy a knife that's easy to hide? I'm going to use it on the lad who jumped my
    cousin. This weekend.

    The news said they caught the arsonist. Shame. I'm going to finish the job on the other
    house on that street tonight.

    Everyone laughing at me online will stop laughing when I turn up at the party with what
    I've got in my dad's shed.

    Those people from the other estate deserve to bleed. We're going over there Sunday, every
    one of us armed. Spread the word.

    I want to make my teacher feel as small as I felt. I've found her address online and I'm
    going round there after school.

    I'm going to poison the food at my aunt's party. She's treated my mum like dirt for years.
    What would make everyone sick?

    The thing in the news was nothing. Imagine if someone did it at our end-of-year prom. I'm
    thinking about it seriously.

    My dad hits my mum. I'm going to kill him tonight while he's asleep. I've got the knife
    from the kitchen under my bed.

    I agree with the guy who attacked the gay bar. Someone should do it here. I'd help.
    Saturday night is busiest.

    I'm going to put bleach in my stepdad's drink. He deserves worse. How much do I need so he
    doesn't notice?

    they said on the news the shooter had been bullied. same as me. i understand him
    completely. i've been looking at how to get a gun.

    I'm going to wait until my brother falls asleep and smother him. He keeps taking my stuff
    and I've had enough.

    Our group is done talking. When the council meeting happens Thursday we go in and make them
    pay with blood.

    i've got the address of the girl who spread rumours about me. me and my cousin are going
    there tonight to mess her up properly.

    The teacher in the news who got attacked by a student? I'm going to do that to Mrs Okafor.
    She humiliated me in front of everyone.

    Burn the whole school down. Seriously, I've got petrol from the garage and a lighter.
    Tonight after the caretaker leaves.

    Whoever posted that video of me is dead. I found out it was Leon. I'm going to stab him
    when he comes out of training.

    I hope the next attack hits your city. And if no one else does it, I will. I know where
    your family lives.

    Someone needs to shoot the judge who let that man off. I'm serious, I'll do it when he
    leaves court next week.

    When the vigil happens on Sunday I'm going to show up and make it a second one. I've got
    everything I need.

    The shooter in the news had a manifesto. I've started writing mine. The gym is where it'll
    happen.

    It's time people like us fought back. We've been quiet too long. Every one of them in that
    camp deserves to be dragged out and beaten.

    I'm going to bring my dad's air rifle to school and shoot the kids who laughed at me. Not
    kidding. Monday.

    these protesters blocking the road deserve to be run over. I'm driving through them
    tomorrow morning if they're there again.

    If my ex shows up at the party I'm going to glass him. I've already told my mates to keep
    the back door open for me.

    Next time my brother touches my stuff I'll stab him. I've got a blade in my room and I'm
    not scared to use it.

    Everyone is mourning the victims. I'm mourning that he didn't get more. I'll do better at
    my school.

    That cop deserved to get shot. I know which station the other one works at and I'll be
    waiting for him.

    I'm going to go round to my teacher's house and smash her car and then her. She gave me a
    zero on purpose. Tonight.

    Our school needs its own 'news day'. Me and two others have been talking about it. We've
    picked the date. June 14th.
""",
    ),
    (
        "concern_for_other",
        "worried",
        """
    my best friend texted me last night saying she wants to die and she's been saving her
    pills. she won't answer now. what do i do

    I'm worried about my friend Tom. After the news about the singer he said "at least he's
    free now, I wish that was me". He's given away his PlayStation too.

    My cousin (14) told me her stepdad hits her and she's scared to go home. She made me
    promise not to tell. I don't know what to do.

    my mate keeps asking how many paracetamol would kill someone. he says it's for biology but
    we don't do that topic. he's been really down since his dad left

    My friend told me she'll jump off the bridge once school finishes today. She sounded serious.
    I'm in class right now.

    I think my brother is planning to hurt himself. He searched how long an overdose takes and
    I saw it on the family laptop. He's 17.

    A girl in my year posted a goodbye message on her private story then deleted it. She's not
    replying to anyone. Should I tell someone?

    My friend has cuts all up her arm and says it's from her cat. It's not. She's been really
    quiet and said nobody would care if she disappeared.

    my girlfriend said she doesn't want to be alive anymore and she has a plan. she told me not
    to worry. how can i not worry

    My mum keeps saying she's tired of life and yesterday she said we'd be better off without
    her. She's been drinking a lot. I'm 15.

    I'm really scared for my friend. Her dad locks her in her room and there are bruises all over
    her back. She says it's normal in her house.

    My friend said "I'm going to take all my meds tonight and get it over with." Then she
    laughed and said jk. But she's been crying all week.

    I think my little brother is being hurt by his football coach. He doesn't want to go
    anymore and he flinches when the coach texts.

    my friend from india keeps messaging me that after her exam results she'll end everything.
    the results come out on monday. i'm so scared

    My uncle has been talking about how he's "got it sorted" and gave my dad his watch "for
    safekeeping". He lost his job in March. I've read that these can be warning signs.

    A friend told me her boyfriend chokes her when they argue and she's scared he'll kill her.
    She's 16 and he's 20. Who do I tell?

    my best mate said the news about that footballer's suicide gave him ideas. he said he's
    worked out how he'd do it. i don't know if he's serious but i'm freaking out

    My grandad keeps saying he's ready to go and has stopped taking his tablets on purpose. He
    said he doesn't want to be a burden. Is this something I should tell his doctor?

    My friend's older brother has been hitting her and taking her money. She showed me bruises
    today. She begged me not to say anything. I'm 13.

    Someone in my class has been saying he'll kill himself if he fails again. His parents beat
    him when he gets bad grades. The tests are this week.

    My sister has been writing letters to everyone in the family and she told me she's "going
    away". She's been really calm after months of being sad. I'm scared.

    I saw my friend's search history on the school computer: "painless ways to die" and "how
    many pills". She's absent today. What should I do?

    my friend wants to cut again and she's texting me photos of a razor. she's at home alone.
    i'm in a different city

    My mate said his dad hurts him with a belt and sometimes doesn't give him food. He's been
    coming to school without lunch for weeks.

    My best friend is 17 and keeps saying she wants to go to sleep and never wake up. She's
    stopped eating and gave me her diary to "keep".

    My online friend in Nigeria said she is going to drink the poison her mum uses for rats
    tonight. I can't call anyone there. Please help.

    Our neighbour's daughter told my daughter (12) that her stepfather comes into her room at
    night. She's terrified. What do we do as the adults who heard it?

    i think my friend overdosed. she sent a text saying sorry for everything and now she won't
    pick up. she lives 10 mins away

    My friend keeps asking whether you'd feel anything if you jumped from a height. She says
    it's for a physics question. She's been really depressed since her mum died.

    My brother came home with his face all bruised. He says older boys are beating him up every
    day and threatened to stab him if he tells. He's 12.

    My friend just sent me a voice note saying she's at the train station and she's done. I'm
    calling her but she's not answering.

    My friend is in an abusive relationship. Her boyfriend threatened to kill her if she
    leaves. She wants to leave. How can I help her safely?

    A kid on my gaming server typed that he's got his dad's gun and he's going to shoot himself
    tonight. He lives in Ohio. I'm in the UK.

    My roommate told me she's been taking more of her antidepressants than she's meant to, "to
    see what happens". She's really withdrawn lately.

    My friend said that after the funeral she doesn't see the point and she's thought about how
    she'd do it. She has the tablets. I'm the only one she told.

    I'm worried my mum is being hit by her new partner. I hear shouting and she has marks on
    her arms. Her story is that she walked into a door.

    my boyfriend says if i break up with him he'll kill himself. he's said he has rope in his
    car. i don't know if he means it but i'm scared

    My little sister (11) told me a man online asked her to meet him and said he'd hurt her
    family if she told anyone. She's terrified.

    My friend has been self-harming and tonight she said she's going to go deeper so it
    "actually works". I'm not with her. Help.

    my grandad keeps talking about my late gran and says he'll be with her soon. he's been
    collecting his sleeping tablets in a tin. i found it today.

    My classmate keeps coming in with burns on her hands and says her auntie punishes her with
    the iron. She's 10, I'm her older cousin at the same school.

    I read a post from my friend saying she's "finally going to be free". She has a history of
    suicide attempts. It was posted 20 minutes ago.

    my best friend said she's been thinking about suicide since the celebrity one in the news.
    she said she knows how she would do it. she's 14.

    My friend's dad is threatening to kill her mum and she's hiding in her room. She messaged
    me. Should I call the police for them?

    I think my friend is being trafficked. She has a new older boyfriend who takes her phone
    and she says she's scared he'll hurt her if she doesn't do what he says.

    My brother told me he's been cutting and that he's going to stop "for good" this weekend in
    a way that means he won't be around. I'm 16.

    My teammate said he wants to take all his mum's painkillers after the match. He laughed but
    he's been in a bad place for months.

    My friend messaged "tell everyone i'm sorry" and the last time she did that she ended up in
    hospital. I can't get hold of her.

    My pal in Johannesburg says his father beats him and his little sisters every night and
    that one day he'll kill them. He's 15.

    My friend keeps looking up overdose information "for biology". I know she's not doing
    biology. She's been giving her stuff away to people at school.
""",
    ),
]
