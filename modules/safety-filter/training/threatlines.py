"""The ``st_threatlines`` family: short threatening sentences of the kind a test suite of threats
holds, and their twins, short sentences with the same words that threaten no one, for the
safety-filter's training corpus, written by hand for this project.

    BLOCKS -> [(label, sub, block of posts)]   # corpus.hand_written(BLOCKS, "st_threatlines")

What these posts teach (concepts, not sentences): a threat is violence in every form it takes:
said outright to a named person, made conditional on what the target does (tell anyone, block me,
go to court), tied to a time, a place or a weapon, or left veiled, where nothing violent is said
but the writer shows they know the target's car, house, children, route or routine, hints at fire,
brakes, falls and accidents, or sets a deadline with an unspoken after; aimed at a classmate, a
teacher, a neighbour, an ex, a coworker or a relative, or a call to a crowd to hurt a group. The
same words are benign when the danger is not real and present: the writer rules the harm out,
condemns or reports someone else's threat, quotes a film, a book, a game or their own fiction,
relays the news, gives safety advice about brakes, gas, fire, water or knives, sets an ordinary
deadline for coursework or rent, compliments a house, a garden or a child, or asks about a bus.

Rules and source format: those of every hand-written file (``corpus.hand_written``).
"""

from __future__ import annotations

__all__ = ["BLOCKS"]

BLOCKS: list[tuple[str, str, str]] = [
    (
        "violence",
        "direct",
        """
        i'm going to snap your fingers one at a time when i catch you, kayden

        Ryan, tomorrow at lunch I'm putting you through the canteen window. Tell your mates, I don't
        care who sees.

        Going to knock your teeth out the second you walk out of that door tonight.

        I'm coming for you and your little brother, Sadie. Both of you, and soon.

        mate you're a dead man walking after what you said about my sister

        ur gettin jumped friday. me n 4 of the boys. dont bother hiding

        Connor, Monday morning my fist goes through your face and there's nobody in that school who
        can stop it.

        Read this properly, because next time you hear from me I'll be at your door and I'll batter
        you senseless.

        i swear on my nan i'm gonna hurt you so bad your own mum won't know your face

        Tell Dean I'm coming to cave his head in. He knows exactly why.

        You have eaten my money for two years. I will find you and deal with you, I swear you will
        not walk again.

        gonna drag you down to the canal and hold your head under, you little rat

        hurry up with this essay feedback pls, i need to be done before break so i can go and smash
        Liam's face in

        I'm going to set you and your car alight and I genuinely don't care if I go down for it.

        i've decided. my stepdad isn't seeing next week. i'm doing it this weekend.

        bro im gonna end you, on everything i love

        I'll chuck bleach in your eyes, see how pretty you feel then.

        Saturday, in front of everyone at the party, I'm breaking your nose. Enjoy the rest of your
        week.

        I'm going to run you down in the street. I know your car and I know the route you drive.

        gonna throttle her when she gets in tonight, i've had it

        After the budget meeting I am going to hit Graham over the head with a chair. This is not a
        figure of speech.

        Oi Tyler. You're getting your head kicked in. Today.

        I am going to hurt you in ways you can't imagine, and then I'll do it again.

        Madam, I have decided. I will come to your quarters and beat you for what you did to my
        son's marks.

        Youre going in the river, Becca. Face first and you're not coming up.

        Tomorrow you find out what a broken jaw feels like, Marcus. Sleep on that.

        I'll rip your arms off and beat you with them, and I'm not joking this time, I'm coming
        over.

        LIAM UR DEAD. DEAD. wait till i see u
        """,
    ),
    (
        "violence",
        "conditional",
        """
        if you tell anyone what happened at the party your little sister will be the one who pays
        for it

        Say one more word to my girlfriend and your jaw gets broken. Simple as.

        If the money isn't in my account by tonight I'll come round and take it out of your skin.

        Report me to HR and see what happens to your kids on the walk home.

        if u block me again i will find u and make u very very sorry

        Touch my bike one more time and you won't have hands left to touch anything with.

        Go to the police if you want. Just remember your mum lives on her own.

        Unless those charges get dropped, you'll be visiting your brother in intensive care.

        If she won't take me back then nobody gets her. I'll make sure of that personally.

        If I see him hanging round the school again I'm bringing the bat and I'm using it on his
        skull.

        One more complaint to the council about my dog and your windows come in, with you behind
        them.

        you grass on me and you're getting shanked, end of

        If they sack me I'll be back in that office and every one of them is going to be sorry.
        Every single one.

        Post that picture and I will cut you. That's a promise, not a threat.

        If the ref robs us again on Saturday I'll be waiting by his car after, and I won't be there
        for a chat.

        u breathe a word to miss about this n ur dead after school

        If you don't pay my cousin back by Sunday we're coming for your shop, and then we're coming
        for you.

        Keep laughing at me in PE and let's see if you're still laughing with a snapped arm.

        If my ex turns up at the kids' school again I'm going to kill him. I've got nothing left to
        lose now.

        Don't come to court on Thursday. Because if you do, you won't be going home afterwards.

        You walk out on me and I'll burn this flat down with you still in it.

        Ring the landlord about me once more and I'll put you through your own front door.

        if u dont send me ur answers for the maths test i'll make sure u get hurt at lunch, ur
        choice

        Ask her out and I'll break both your legs, dead serious.

        Next time that man raises his voice to my mother I'm stabbing him. I'm done waiting.

        If this happens again, sir, I will personally come to your house and hurt you badly.

        Should your wife decide to give evidence, she'd better get used to looking over her shoulder
        for the rest of her life.

        if anyone reports my account again i'll find out who and i'll hurt them. i have ways to find
        out

        If Dad hits Mum one more time I'm using the knife I've hidden under my bed. No more chances
        for him.

        Fail me on this assignment, professor, and you'll be the one needing a doctor.

        If you're not out of my house by tonight I'll carry you out in pieces.

        Keep ignoring my messages and see what turns up on your doorstep.
        """,
    ),
    (
        "violence",
        "time_place_weapon",
        """
        see you at the bus stop tomorrow morning. I've got something sharp with your name on it.

        I've got my dad's gun in my school bag. Jake isn't making it to third period.

        Half three, school gates. I'll have a hammer this time, not my fists.

        Blade's in my sock for when Owen comes out of the chippy tonight.

        Friday after work, the stairwell by the loading bay. You and me and my bat.

        Been sharpening the big kitchen knife all evening. She's back at eleven.

        meet me at the park at 4 and i'll show u what a broken bottle does to a face

        I've bought the petrol. Tonight, your garage, while you're asleep above it.

        There'll be a knife in my coat at the Christmas do. It's for Darren.

        Behind the science block at break. Knuckledusters are in my bag. Pass it on to Aidan.

        bringing my uncle's pistol to the match saturday, those away fans are getting it

        I've put rat poison in a flask. Monday's staff meeting, it goes in his coffee.

        There's a screwdriver in my locker with Mr Patel's name on it. Period five.

        He finishes his shift at ten. I'll be in the back lane with the bat.

        wednesday in chem im throwing the acid on her, she wont be pretty after

        Got a taser off my cousin. Freshers party, Saturday night, and it's for Tom.

        Tonight at the kebab shop I'm glassing him. Pint's already in my hand.

        Taking my knife to the community centre meeting tomorrow. If she's there, it's happening.

        7:45 at the station. I'll be the one holding a bat, you'll be the one on the floor.

        Axe is in the boot. Heading to his mum's now.

        i know u walk home thru the alley at 5. me and my brothers will be there with a pipe

        Last lesson tomorrow I'm stabbing Kai with the big scissors from art.

        The wedding's on Saturday. I'm bringing the shotgun and I'm not going for the cake.

        Meet me on the bridge at midnight. Only one of us is walking off it.

        Screwdriver's sharpened. First bell Monday, Mrs Dobson's classroom. Don't come in early.

        I'll be at the chippy on Grange Road at 8 with the lads and a few bricks for you.

        Knife's in the glovebox. He leaves his mum's at six and I'll be right behind him.

        Hid a hammer behind the gym lockers this morning. When the bell goes, Josh gets it.

        Sunday at church I'm going to stab him in front of the whole congregation so they all see.
        """,
    ),
    (
        "violence",
        "veiled",
        """
        Drive carefully tomorrow, Kev. Cars go funny when somebody's had a fiddle with them
        overnight.

        Lovely garden you've got there. Those wooden fences go up quick in dry weather, don't they.

        You've got till the end of the month. After that, what happens to you is out of my hands.

        People who talk to the police about me usually end up needing a doctor. Think about that.

        I'd keep a close eye on that dog of yours. Lots of accidents on this road lately.

        Your wife drives the silver one, doesn't she? Parks it on Elm Road. Just so you know I know.

        Funny how quiet your street gets after midnight. Anything could happen and nobody would
        hear.

        Remember what happened to the last fella who crossed my family? You fancy being next?

        Get a good night's kip tonight, Dom. Might be your last decent one.

        I've been past your kids' school. Nice playground. Very open. No fence to speak of.

        tick tock leanne. nearly time

        Don't start that car on Monday without looking underneath it first.

        You won't be needing that new bike for much longer.

        the window on your ground floor flat doesnt look very strong. just saying

        Hope you've made a will, mate. You're going to want one.

        Count your days, Mr Okafor. There aren't many left.

        Your mum walks to the corner shop at 8 every morning, on her own. Interesting.

        There won't be a second warning. And after that there won't be a you either.

        Go into work tomorrow if you like. See how that works out for you.

        i saw where u live today. cute blue door. see u soon

        Everyone I've had a problem with has gone quiet eventually. Every single one of them.

        It'd be terrible if your nan's house had a gas leak one night. Old pipes, you know.

        Be wise and stay home on results day, Harvey. Just saying.

        I've got the code to your building now. Thought you should know.

        Your little lad loves that pond by the park. Kids fall in ponds all the time, don't they.

        Hope your insurance covers fire, sweetheart.

        Don't bother coming in on Monday, sir. Not if you want to stay in one piece.

        You're about to learn what happens to people who disrespect me, and it won't be pleasant.

        hope u like hospital food

        I wouldn't walk the dog through those woods alone anymore, Gemma. Not after what you did.

        Your boy plays for the under 12s on Saturday mornings. It'd be a shame if he missed the next
        one.

        Tell your husband I said hello. I'll be seeing him very soon, whether he likes it or not.

        The last lad who sold me out doesn't play football anymore. Can't walk properly, see.

        I've got a box of matches and a lot of time on my hands. Your shop shuts at six, yeah?

        Keep your phone on. When I ring, you answer. Otherwise I come looking and you won't like
        that.

        We both know where your sister parks. Let's keep this friendly, shall we.

        whoever snitched, i know who u are now, and i know where u sit in form

        It's a long way down from your balcony, Ciaran. I'd stay off it if I were you.

        That's a lovely photo of your kids at the school gate on your Facebook. Very easy to find.

        Pay what you owe by Friday or your family finds out what I'm like when I'm not patient.

        Such a nice family you have. It would be a real pity if anything happened to them.

        I know which room you sleep in, Jess. The one at the back with the broken latch.
        """,
    ),
    (
        "violence",
        "targeted_people",
        """
        The neighbour's blasting music at 3am again. Tonight I'm going over with the bat and he
        won't be getting up after.

        Our neighbour reported my car to the council. I'm slashing his tyres tonight and then I'm
        starting on him.

        next door's kid keeps kicking his ball over my fence. i'm going to wring his little neck and
        i mean it literally

        My ex has a new boyfriend and I found his address. He'll be in A&E by Sunday.

        i still have a key to her flat. she doesnt know im coming tonight and she wont like what i
        bring with me

        He took the kids to his mum's. I'm going round there with a knife and I'm not asking nicely
        this time.

        mrs hughes gave me another detention. thursday i'm pushing her down the stairs by the
        library.

        sorry this is off topic from the algebra but i've made up my mind, i'm hurting mr lewis
        tomorrow and i don't care if i'm expelled

        The PE teacher humiliated me in front of everyone. He's going to find out what it feels like
        to be properly hurt.

        can u explain photosynthesis again? also i brought a knife in today for miss carter, she's
        not marking me down again

        Gary took credit for my report again. I'm going to wait by his car tonight and beat him half
        to death.

        My supervisor is getting a fist in the face on Monday. I have had enough of that man.

        If Sandra says one more word about my accent I'm stabbing her with the letter opener. Not
        being dramatic, it's decided.

        I've been planning this for weeks. The manager who sacked me is going to pay tonight, in the
        car park.

        Landlord's coming to inspect on Wednesday. I'll have the hammer ready for when he's through
        the door.

        My brother-in-law keeps turning up drunk. Next time he does I'm cutting him, I've got the
        knife by the door.

        The lad in year 9 who's been picking on my brother, me and my mates are jumping him at the
        bus stop after school.

        My flatmate keeps eating my food, so I'm putting bleach in his orange juice tonight.

        The guy who keyed my car lives two streets away. Me and my cousin are going to cripple him.

        Coach benched me again. I'm going to take it out on his face after training Thursday.

        This Auntie has been spreading lies about my mother. When I see her at the wedding I will
        beat her well well, she will not forget.

        hey tutor bot, just so u know, im going to kill my sisters boyfriend. he hit her. ive got a
        plan for friday

        The girl who spread that rumour about me is getting her face slashed. I've already told
        people it's happening.

        My ex-wife thinks she's safe at her sister's. She isn't. I know the address and I'm going
        tonight.

        The landlady keeps coming in without asking. Next time she does, I'm throwing her down the
        stairs.

        Mr O'Brien next door poisoned our cat, so I'm going to poison him. Fair's fair.

        My boss thinks he can shout at me. Tomorrow I'm bringing a knife to work to show him he
        can't.

        my cousin's husband is going to have an accident on his way home friday and it won't be an
        accident

        The bin men keep leaving our bins in the road. Next week I'm waiting for them with the bat.

        My old teacher who failed me lives in our town. I found his house. He's going to regret ever
        marking my paper.

        Year 10 lad keeps messaging my girlfriend. I'm going to break his fingers so he can't text
        anymore, tomorrow at the bus stop.
        """,
    ),
    (
        "violence",
        "group_call",
        """
        Everyone get down to that hotel where they're keeping the migrants tonight. Bring bottles.
        Let's burn them out.

        Round up the lads, we're going to the traveller site and we're doing every single one of
        them.

        those kids from St Anne's think they're hard. whole year group, saturday, the rec. bring
        weapons, make them bleed

        Time to start dragging landlords out of their houses. This weekend. I've got a list of
        addresses.

        The away fans drink at the Crown. Sunday we go in with bats and we don't stop till they're
        on the floor.

        Every one of those new families on our estate needs to go. If they won't leave, they'll
        leave in ambulances.

        Anyone wearing that team's shirt in our town tomorrow is getting battered. Spread the word.

        The vegans outside the butchers every Saturday. Let's give them a proper kicking this week,
        all of us.

        Posting so everyone sees: the gay bar on Queen Street, Friday night. Come ready to hurt
        people.

        Next cyclist who holds me up, I'm driving straight into him. You lot should all do the same.

        Those students who protested need teaching a lesson. Let's wait outside the union and break
        some heads.

        We know where the strikers picket. Tomorrow morning we drive straight through them.

        The journalists at that paper all deserve to get hurt and I know where their office is.
        Who's in?

        the foreign lot on the top floor of our block need to go one way or another. who's with me
        tonight

        every copper on that estate should get a brick through the windscreen, we start saturday

        Someone should start stabbing these politicians. Really, let's organise it.

        The lads from the other school are getting ambushed at the leisure centre on Friday. Bring
        whatever you've got.

        All the nurses who went on strike should be beaten, they let people die. Let's find them
        after their shift.

        Let's go to the refugee drop-in on Tuesday and smash it up, with them inside.

        Whoever runs that food bank for the immigrants should be hurt so they stop. Wait for them at
        the door.
        """,
    ),
    (
        "benign",
        "negated",
        """
        I would never snap anyone's fingers, not even Kayden's, no matter how much he winds me up.

        nobody's getting stabbed mum, it's a drama rehearsal, calm down

        I WILL NOT FIGHT YOU. I've said it five times now. I'm walking away.

        Even when my stepdad shouts I don't want to hurt him. I just want to move out as soon as I'm
        18.

        I was so angry with my ex I wanted to scream, but I'd never lay a finger on him. Blocked him
        and went for a run.

        i'm not going to hurt mr lewis, i just needed to vent that his marking is unfair. can we do
        the algebra now

        I know it sounded bad when I said I'd kill my brother. I obviously won't, he just ate my
        birthday cake.

        My counsellor asked if I've ever hurt anyone. Honestly, no, not once, not even when I'm
        raging.

        I'm not going to the car park tonight. I'm done with fighting, it's not worth my future.

        He wanted me to bring a knife to the meet-up and I said absolutely not. I'm not that person.

        No, I don't carry a weapon and I don't want one. All I want is for them to leave me alone at
        school.

        I promise I won't do anything stupid to Gary. I'm raising it with HR on Monday.

        Didn't burn his letters, didn't key his car, didn't do anything. Just deleted his number.
        Proud of myself tbh.

        The thought of hurting anyone, even the neighbour with the 3am music, makes me feel sick.
        I'll ring the council.

        ive never threatened anyone in my life and im not starting now over a football match

        I will not be going round to my ex-husband's. My therapist and I agreed that and I'm
        sticking to it.

        I'm so frustrated with my supervisor but violence just isn't in me. Formal complaint it is.

        don't worry, i'm not going to break your legs for eating my chips lol. i am telling your mum
        though

        My temper is bad, I admit it, but I have never hit anyone and I never will. That's my line.

        Madam, I am not going to harm my teacher. I am only upset about the grade and I wanted
        advice on how to appeal.

        To be clear to everyone in the group chat: I'm not fighting anyone on Friday. Leave me out
        of it.

        I love my sister too much to ever hurt her, even when she reads my diary out loud.

        Had a red-mist moment at work, walked out, sat in the car, breathed, came back in. Nobody
        got hurt. Growth.

        i could never hurt an animal, not even next doors cat that digs up all my veg

        Even if they sack me I won't go back and cause trouble. I'll find something better.

        sorry i said i'd kill my maths teacher earlier, figure of speech, i just hate simultaneous
        equations

        I'm not going to run anyone over, I'm just ranting about the school-run traffic. Ignore me.

        My ex has a new boyfriend and honestly good for her. I'm not going anywhere near either of
        them.

        I used to say I'd batter anyone who looked at my girlfriend. I'm 26 now and I cringe at
        that. Nobody owns anyone.

        Me and Tom had a proper row but there's no way I'd go after him. We'll sort it over a pint.

        I have no plan to hurt my stepdad. I'm scared of him, if anything. Who can I talk to about
        that?

        Not going to lie, I fantasised about throwing my phone at my boss. Didn't. Won't. Went to
        the gym instead.

        i told the lads i wont be jumping anyone at the bus stop, its not my beef and its not theirs
        either
        """,
    ),
    (
        "benign",
        "reported_condemned",
        """
        My neighbour shouted that he'd set our fence on fire, so I've logged it with the police and
        they're coming round tomorrow.

        a boy in my class said he'd bring a knife for Jake. i told my teacher and the police came
        in. did i do the right thing

        Somebody messaged my sister saying they know where her kids go to school. We've reported it
        and screenshotted everything.

        My ex texted "count your days" last week. I've now got a non-molestation order. Feeling
        safer.

        Is it an offence in Scotland to text someone that you'll break their legs? My friend got one
        and wants to know her options.

        Overheard a guy at the bus stop telling his girlfriend he'd put her through a window. Rang
        999 and stayed till they came.

        My coworker told me he's planning to wait by Gary's car. I've told our manager because I'm
        worried he means it.

        Someone left a note on our door saying "lovely place you've got" with flames drawn on it.
        It's with the police now.

        He used to tell me that people who crossed him ended up in hospital. I don't think that's
        normal and I've left.

        Our landlord said he'd change the locks and "sort me out". The housing advice line helped me
        report him.

        My son says a year 11 boy told him he's getting jumped on Friday. I've emailed the school
        and they're dealing with it.

        Threatening your coworkers is never ok. A colleague got walked out by security yesterday for
        doing exactly that and I'm glad.

        Reporting a post in this thread: a user said he's bringing a machete to the match. Mods,
        please look at it.

        i think its disgusting someone wrote burn them out about the hotel. people live there. ive
        reported the account

        When my dad used to say he'd kill us if we told anyone, we believed him. I'm 34 now and
        finally talking about it.

        The man upstairs told my mum he'd poison our dog. We've moved the dog to my gran's and
        called the police.

        Our teacher got a note saying she'd be hurt after the exams. The school took it seriously
        and the police spoke to the boy.

        My flatmate joked that he'd put bleach in my juice. I told him that's not funny and he
        apologised, but I'm still weirded out.

        He said "you've got until friday" and then listed my children's names. I've been to Women's
        Aid and they're helping.

        A customer threatened to stab our cashier today. How do I support her? She's only 19 and
        really shaken.

        Heads up, parents: a lad in a grey hoodie has been telling kids at the park he'll "do them".
        Police are aware.

        My ex's new partner keeps sending me threats. How do I save the messages properly for court?

        A man pulled a screwdriver on me on the bus last night. I'm ok, I got off at the next stop
        and reported it.

        Someone in our residents' WhatsApp said the travellers should be run off with bats. I left
        the group and reported it.

        I don't care how angry you are, telling a teacher you'll push her down the stairs is a
        threat and you deserved the exclusion.

        The club banned a fan for life after he threatened the ref in the car park. Good riddance.

        My friend's boyfriend told her that if she left him she'd regret it. I told her that's a
        threat and sat with her while she called the helpline.

        The post about going to the gay bar "ready" isn't banter, it's a threat. Me and my mates
        have reported it.

        My brother-in-law said next time he'd cut me. I recorded it and my solicitor has the file.

        As a union rep I need to say: the person who posted about driving through our picket has
        been reported to the police.

        my mate said he was going to hurt the kid who's been bullying his brother. i talked him out
        of it and told his mum

        Got a voicemail saying "nice car, be a pity about the brakes". I've handed it to the police
        and had the car checked.

        What do I do if a student threatens me? One told me today he knows where I live. I'm a
        trainee teacher and I'm shaken.

        Our neighbour told my husband he'd "put him in the ground". We've installed a doorbell
        camera and have a crime number.

        I posted the wrong thing in anger last year, a threat to a teacher, and I was rightly
        excluded. Never again.
        """,
    ),
    (
        "benign",
        "quoted_fiction",
        """
        In our English novel the villain whispers "Sleep soundly, for the dark is patient." What
        technique is that? Personification?

        My favourite line in the play is when the duke says "You'll not see the spring, cousin." Is
        that dramatic irony?

        Watched a crime drama last night where the gangster tells a shopkeeper his windows look
        fragile. So tense.

        For my creative writing piece the antagonist says "your days are numbered". Is that too much
        of a cliché?

        Quote analysis pls: "I know every road your carriage takes, my lord." How does the writer
        build menace here?

        the boss in this game literally goes "tick tock" every time you respawn, it's so annoying
        lol

        In my screenplay the bully says "Half three, the gates." The whole scene is the tension
        before a fight that never happens. Does it work?

        Writing a thriller for my module: the stalker leaves a note that only says "Cute blue door."
        Too subtle?

        We're studying Macbeth. How does Shakespeare make the murderers seem threatening before they
        attack Banquo?

        Our drama group is doing a gangster comedy and my line is "Nice motorbike. Shame if it got a
        scratch." The audience always laughs.

        In chapter 4 the narrator's father says "Speak of this and the river will have you." I need
        to write about fear. Can you help me plan paragraph one?

        My D&D lich has a catchphrase, "All who defy me learn regret", and my players now say it
        every time they lose a dice roll.

        The novel opens with a ransom letter: "You have until the last bell on Sunday." Is that a
        strong hook for my review?

        In the audio drama, the kidnapper tells the mother which bus her children ride, and I had to
        pause it. Brilliant writing.

        my little brother keeps quoting that cartoon robot, "I will crush you, tiny human" 😂

        Can you check my poem? Line 3 is "I'll burn this house and all its ghosts". It's about
        grief, not arson.

        In the detective series the killer texts "Check under your car." The detective finds
        nothing, it was a bluff. Great episode.

        In our history source the king warns the rebels they will hang if they don't surrender by
        Michaelmas. What does that show about royal power?

        music GCSE lyric analysis: the verse says "see me at the gate with the blade". is it
        glamorising violence or criticising it?

        I'm writing a villain monologue for drama club and want it scary without the word kill.
        Something like "I've seen your daughter's school." Does that land?

        The horror trailer ends with "Enjoy your last weekend" written on a steamed-up mirror.
        Cheesy, but I loved it.

        In the book, the heroine's ex says "if I can't have you, no one will". Our book club argued
        about whether the author glamorises him.

        Spanish homework: "Te voy a romper la cara" from a film scene. I put "I'm going to smash
        your face". Too literal?

        For our essay on Of Mice and Men, how do I describe the power difference when Curley picks a
        fight with Lennie?

        In my fanfic the villain says "I'll be waiting at the bridge at midnight." Do you think
        readers will guess the twist?

        Our year 8 play has a pirate who shouts "Ye'll walk the plank by sundown!" and the kid
        playing him is adorable.

        The line in the thriller that got me was "I know which room you sleep in." Chills. Anyone
        know similar books?

        Teaching note for my trainee group: in the poem the speaker threatens the landlord, but the
        irony is that he's powerless. Discuss.

        In the podcast the mob boss tells the cop "Your boy plays football on Saturdays." Ugh, the
        actor's voice is perfect.
        """,
    ),
    (
        "benign",
        "news_lines",
        """
        A 42-year-old man has been charged after threatening to set fire to his neighbour's home,
        Wiltshire Police said.

        Court hears ex-partner sent messages claiming he knew which school her children attended.

        Pupil excluded after bringing a knife onto school grounds; no one was hurt, the academy
        confirmed.

        A teenager has been given a referral order for sending threatening messages to his former
        teacher.

        Police in Lagos have arrested two men accused of threatening a shop owner over an unpaid
        debt.

        Man jailed for 18 months for threatening to kill a referee in a car park after a cup tie.

        Woman given restraining order after leaving notes on ex's car telling him to "check the
        tyres".

        Councillor receives death threats after housing vote; police investigating, spokesperson
        says.

        Officers said the suspect had a crowbar in his vehicle when he was arrested outside a gym in
        Leeds.

        Police warn of a rise in threatening messages to school staff in the weeks after exam
        results.

        A man who threatened to drive through a picket line has been cautioned, the force said on
        Tuesday.

        Hotel housing asylum seekers placed under police protection after online calls to attack it.

        BREAKING: man arrested outside wedding venue with a shotgun, no injuries reported.

        Sydney man fined for threatening a cyclist with a wheel brace during a road rage incident.

        Former employee charged with making threats against staff at a Dundee call centre.

        Judge says threats made in a WhatsApp group were "serious and deliberate" as he passes
        sentence.

        The jury was told the defendant sent forty messages reading "tick tock" to his ex-wife.

        Delhi police register case after a student threatens a professor over attendance shortage.

        Trial of man accused of poisoning his neighbour's dog adjourned until March.

        Detectives appeal for witnesses after a man was threatened with a hammer at a bus stop on
        Leith Walk.

        Local paper headline: "Landlord fined for threatening tenant with eviction 'the hard way'".

        A man has admitted sending a letter warning a journalist she "won't be writing for long".

        Galway man given suspended sentence for threatening his brother-in-law with a knife at a
        family party.

        Report finds one in five teachers has been threatened by a pupil or parent in the past year.

        Chicago man charged with threatening violence against a union rally; FBI says no weapons
        were found.

        Teenagers cautioned after a video of them threatening a rival school's pupils went viral.
        """,
    ),
    (
        "benign",
        "safety_advice",
        """
        Get your brakes looked at before the long drive down to Cornwall. The pads were squealing
        last week.

        Mechanic's tip: if the brake pedal feels spongy, don't go on the motorway till it's sorted.

        Tumble dryers are a real fire risk if you don't clean the lint filter. Would be awful to
        lose a house over that.

        Please test your smoke alarms this weekend, folks. It took me two minutes.

        Smelt gas in my nan's kitchen, rang the emergency line, the engineer came within the hour.
        Don't ignore it.

        Don't leave little ones alone near the pond in the park, it's a lot deeper than it looks.

        Careful on the wooden bridge along the cycle path, the planks are lethal when wet.

        Check under your car for hedgehogs before you start it in autumn, they love a warm engine.

        Keep the kitchen knives in a block out of reach, our toddler's started climbing the
        counters.

        If you walk the dog in the woods alone, tell someone your route and take a charged phone.

        Lock your ground floor windows when you go out, there's been a run of burglaries on our
        road.

        My driving instructor says always check your mirrors before pulling out or someone ends up
        in hospital.

        The fire officer at our open day said a candle left near curtains can take out a whole
        terrace in minutes.

        Wear a helmet on the motorbike. My uncle's alive today because he did.

        Put the matches up high. My four-year-old found them yesterday, nothing happened, thank god.

        Chemistry tip from our teacher: always add acid to water, never the other way round, and
        goggles on.

        If the flame on your boiler is yellow not blue, get it serviced. Could be carbon monoxide.

        Don't swim in the quarry lake. Three teenagers have drowned there over the years.

        Keep the guard on the axe when it's in the boot, mate. Last thing you want is a gash on your
        hand.

        Warning for cyclists on the A38: huge pothole by the garage, I nearly came off this morning.

        Rat poison kills cats too, so use a bait box if you're putting it down in the shed.

        If you bench press without a spotter, one day the bar lands on your neck. Get a spotter.

        Store bleach and cleaning stuff in a high cupboard, not under the sink, if you've got kids.

        tell ur kids never to cut through the alley after dark, the street lights have been out for
        weeks

        At self-defence class they taught us where to hit if someone grabs you, and then to run,
        always run.

        Woodwork lesson rule: keep both hands behind the blade and never cut towards yourself.

        Winter driving: leave extra stopping distance, the ice on that hill catches people out every
        year.

        Don't leave your balcony door open with a toddler about, it's a long way down from the
        fourth floor.

        Before the school trip: no sharp objects, no lighters, and keep your phone charged. Miss
        will check bags.

        Getting your gas pipes checked in an old house is worth every penny. Our engineer found a
        leak under the floor.

        Always park in a well-lit spot at the gym in winter. Took me one scare in a dark car park to
        learn that.
        """,
    ),
    (
        "benign",
        "ordinary_deadline",
        """
        Reminder: you have until 5pm Friday to hand in your geography coursework, no extensions this
        time.

        Lads, two days left to pay your subs or you're off the team sheet for Sunday.

        You've got till the end of the month to use your holiday allowance or you lose it.

        Your library books are due back Thursday, otherwise it's 20p a day.

        tick tock leanne, the cake won't bake itself, party's at 4!!

        Counting the days left before the holidays. 9!!!

        I've given my landlord until Monday to fix the boiler before I contact the council.

        48 hours left to enter the photography competition, get your snaps in!

        There won't be a second warning about late homework, Mr Dunne says, so I'm doing it now. Can
        you help with question 3?

        You have until midnight to submit, the portal closes on its own after that.

        Enjoy your last weekend before exams, everyone! Then it's revision mode.

        sir told us our days of easy marks are numbered because the real paper starts in june lol

        Applications close Friday at noon. After that it's out of my hands, sorry.

        We have until March to decide whether to renew the lease on the flat.

        Our manager gave us till Wednesday to sort the rota or she'll do it herself.

        i have till tomorrow morning to finish this essay and ive written 200 words, help

        Last chance to get your order in before Christmas! Ends tonight.

        My tutor gave me one week to improve my attendance or I'm on report.

        Your mock results come out Tuesday, so make the most of this weekend.

        The council's given us until the 14th to cut back the hedge or they'll do it and bill us.

        We've got until Saturday to finish the robot for the competition and it still can't turn
        left.
        """,
    ),
    (
        "benign",
        "house_bus_everyday",
        """
        My two get the number 42 to school same as yours. Fancy taking turns walking them to the
        stop?

        Lovely garden you've got, the roses are unreal. What feed do you use?

        Your daughter was brilliant at ballet on Tuesday, you must be so proud.

        They've redone the school playground, it's lovely, new climbing frame and everything.

        Nice motorbike! Is that the 2019 model? My brother's been after one for ages.

        Cute blue door, is that a Farrow and Ball colour? Thinking of painting ours.

        Your mum's always at the corner shop first thing, she's so friendly. Tell her I said hi.

        Funny how quiet your street gets after midnight, I slept like a baby when I stayed over.

        I've got the code to your building now so I'll let myself in to feed the cat while you're
        away.

        Is your wife's car the silver one on Elm Road? I think she's left the headlights on.

        The 7:45 from the station got cancelled again, so I'll be late for the lecture.

        What a house! Big windows, loads of light, honestly goals.

        Bus times: the 18 leaves from outside the school gates at 3:35 and gets into town around 4.

        I saw where you live today when I dropped the parcel round, such a nice road.

        Watched your son play for the under 12s on Saturday, he's got a cracking left foot.

        Your nan's house is so cosy, I love that old fireplace.

        Your garage is massive, could we keep the band gear there until Friday?

        Anyone know what time the night bus leaves from the bridge? I'll miss the last train.

        My new flat is ground floor and the windows are a bit flimsy. Any tips for cheap security?

        The bakery at the end of your road does the best sausage rolls in the city.

        Love your new kitchen, those knives on the magnetic strip look so professional.

        Keep your phone on, I'll ring when I'm outside, the buzzer's broken.

        Hope your insurance covers flooding, there's a yellow warning out for the weekend.

        Hope you like hospital food, because they're keeping you in for three days after the op on
        Monday x

        I wouldn't walk through those woods alone anymore, there are way too many ticks this year.

        Thank you for the lift yesterday. I know which road you take now so I'll meet you at the
        roundabout.

        Such a nice family you have! The kids were so polite at the barbecue.

        I know which room you sleep in at gran's, so I've put the spare duvet on your bed already.

        Your balcony has the best view in the whole block, I'm so jealous.

        We noticed the silver car on Elm Road has a flat tyre, is it yours? Didn't want you driving
        on it.

        Is the school bus still picking up at the bottom of the hill, or has it moved to the church?
        """,
    ),
    (
        "violence",
        "paragraph_threats",
        """
        Honestly I've tried everything. I went to the teachers, I went to my mum, nobody did
        anything about Callum. He's been making my life hell since September. So tomorrow it ends.
        I've got my brother's knife in my blazer pocket and when he comes round the corner by the
        music block I'm going to use it. I don't even care what happens to me after.

        Right so you know how my ex keeps posting about her new fella. Found out where he works, the
        carpet place on the retail park. He finishes at half five. Me and Dazza will be there
        Thursday with the bats. He won't be walking for a while. Don't tell anyone.

        To whoever reported my stall to trading standards: I know it was you. I've seen your van, I
        know your kids' names, and I know you drive home along the coast road every night. Withdraw
        the complaint by Monday. I won't ask a second time and you won't like what comes instead.

        Sir I'm writing because you need to know I'm not messing about. You made me look stupid in
        front of the whole class for the last time. My dad keeps his shotgun in the garage and I
        know where the key is. If you're in school on Friday you'll find out. I'm telling you now so
        you can't say you didn't know.

        I've been patient with the bloke in flat 3 for two years. Drums at midnight, rubbish on the
        stairs, shouting at my wife. I'm done with the council and I'm done with the police. Tonight
        when he gets back from the pub I'll be waiting on the landing with a hammer and I'm going to
        finish it.

        we r all meeting at the park tonight. 10 of us. the lads from carlton road think they own
        the place. everyone bring something, knives, bottles, whatever. i want at least one of them
        in hospital by midnight. if ur not coming dont bother talking to me again
        """,
    ),
    (
        "benign",
        "paragraph_twins",
        """
        Bit of a long one, sorry. Callum has been making my life hell since September. Last night I
        honestly thought about doing something to him, and that scared me, because I've never been a
        violent person. So this morning I told my mum everything and we've got a meeting with the
        head on Thursday. I'm not going to hurt anyone. I just want it to stop. Is it normal to feel
        this angry?

        Update on the neighbour in flat 3: two years of drums at midnight, rubbish on the stairs,
        and last week he threatened my wife. I'll admit I lay awake imagining going round there. I
        didn't, obviously. We took the recordings to the police, the council served a noise
        abatement notice, and he's had a formal warning. Keep a diary, folks, it works.

        My English teacher asked us to write a monologue from a villain's point of view. Mine is a
        man writing letters to his neighbour saying he knows her children's names and the road she
        drives home on. I want the reader to feel dread without it being gratuitous. Could you give
        me feedback on the pacing of my first paragraph?

        My brother got excluded today. Someone told the school he'd said he was bringing a knife in
        for a lad who'd been picking on him. He did say it, as a wind-up in the group chat, and he
        swears he never had one. The school were right to take it seriously and he knows that now.
        He's writing an apology letter. Mum's gutted but glad nobody got hurt.

        Fifteen years teaching secondary, so here's my advice on a student who says something
        threatening. Don't laugh it off, and don't panic either. Write down exactly what was said,
        tell your safeguarding lead the same day, and let them decide next steps. Most times it's
        anger with nowhere to go. But you never get to choose which time isn't.

        I'm a youth worker in Leeds. Last month a group of lads were planning to meet another group
        at the park with bottles and knives. One of them told me. We asked the police to put a
        patrol on, I spent the night with the lads at the centre playing FIFA, and nothing happened.
        Sometimes a kid telling an adult is the bravest thing in the room.
        """,
    ),
]
