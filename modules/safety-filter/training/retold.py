"""The ``st_retold`` family: a crisis told as over, or low mood with no intent, against the same
crisis happening now, for the safety-filter's training corpus, written by hand for this project.

    BLOCKS -> [(label, sub, block of posts)]   # corpus.hand_written(BLOCKS, "st_retold")

What these posts teach (concepts, not sentences): a past attempt, overdose, note, cutting, bridge,
roof, hospital stay or section named plainly is benign when the writer tells the present as safe
(a job, a child, a wedding, a degree, days or years clean, an anniversary marked, thanks to the
person who saved them, advice to people who are where they were, what a counsellor taught them),
and so is low mood, grief, burnout, loneliness, exam stress, bullying or a family row that rules
out intent or simply describes the low; so is a past crisis in a school essay, a health lesson or a
memoir. The same stories, people and words are self_harm when the danger is back and present now:
a relapse last night, the plan returning, a date or a place picked, pills kept or counted, a note
rewritten, "I got better once but I can't do it again", low mood that turns into intent, thanks
that become a goodbye, an anniversary post that ends in one, an essay that turns out to be now.

Rules and source format: those of every hand-written file (``corpus.hand_written``).
"""

from __future__ import annotations

__all__ = ["BLOCKS"]

BLOCKS: list[tuple[str, str, str]] = [
    (
        "benign",
        "past_attempt_present_life",
        """
        Three years ago today I took an overdose in my student flat and my flatmate found me. This
        afternoon my dissertation went in. I don't really know how to end this post so I'll just say
        I'm still here.

        in 2019 i had a plan to end my life, date and everything. now i have a 2 year old who thinks
        i am the funniest person alive. it gets different. not always easier but different

        Used to stand on the multi-storey roof most nights in year 11 working up to it. Im 24 now,
        qualified electrician, and I drive past that car park on the way to work and feel nothing
        but a bit of pity for that lad.

        My attempt was in March 2016. I was sectioned for five weeks afterwards and I hated every
        single nurse on that ward. I now work as a nurse on a ward just like it. Life is weird.

        I wrote notes to my mum, my brother and my best mate back when I was 17. Found them in a
        shoebox last month while moving house and burnt them in the garden with my partner holding
        my hand. That version of me was so tired. This version of me is only tired because of the
        baby lol

        Sir, the personal statement asks about a challenge I overcame. Mine is that I tried to kill
        myself in year 9 and spent a month in an adolescent unit. Is that too much to put in or
        should I write about netball instead?

        ten years since the bridge. a stranger called jim talked to me for forty minutes and then
        the police came. never got his surname. if youre out there jim i got married on saturday

        Wedding speech practice: "Two years ago I was in a hospital bed after an overdose, and my
        sister sat beside me every day. Today she's my maid of honour." Does that sound OK or too
        heavy for a wedding?

        I cut for six years, from 13 to 19. The scars on my arms are white now and I wear t-shirts
        in summer. My niece asked about them and I told her I was very sad once and I got help. That
        was enough for her.

        Genuinely did not expect to see 30. Had a plan at 22, had the stuff, had the day picked.
        Tomorrow is my 30th and I've booked a table for twelve people. Twelve!

        Was in A&E after taking too many tablets when I was 15. My mum didn't speak for the whole
        drive home. We talk about everything now. I'm 19 and at uni in Leeds doing pharmacy of all
        things.

        My counsellor said something that stuck with me: the night I tried wasn't the truest version
        of me, it was the most exhausted one. Four years on I believe her.

        Last time I was on this forum I was posting at 3am asking for ways to end it. I'm back to
        say I'm 2 years out, working in a bakery, and I sleep at night now. Thank you to whoever
        replied to me back then and told me to ring 999.

        an ambulance, a stomach pump, a very kind paramedic called priya. thats my 2017. my 2024 is
        a masters degree and a cat called biscuit

        After my attempt I was under the crisis team for months. I'm not fixed but I am not in
        danger. I can tell the difference now, which I couldn't before.

        I tried to end my life in my final year at UNILAG. I will not lie, it was very dark. But by
        God's grace and a very patient doctor at the teaching hospital, I am now a lecturer there
        myself. I tell my students my story when they are struggling.

        Four years back, after my board exam results, I swallowed my mother's sleeping tablets. My
        cousin brother took me to hospital on his scooter. Now I am doing my MBA in Pune and I am
        doing good, only the hostel food is bad.

        Aye I was on the bridge over the Clyde once, years ago. Polis got me doon. Never thought I'd
        say it but I'm glad they did. Got a wee boy now and he's the best thing that ever happened
        tae me.

        Mate, eight years ago I had the rope in the shed and my dog wouldn't stop barking at the
        door. Reckon that dog saved me. He died last year at 15 and I cried like a baby. Got another
        pup now. Still here.

        When I come to England first I was very alone and I try to kill myself in my room. My
        landlady find me. Now is five years, I have my own small shop and I speak better English. I
        want say to other people it can change.

        I was hospitalised for self-harm at 16, needed stitches more than once. I'm 27 and I haven't
        hurt myself in nine years. I still get the odd urge when work is stressful but it passes,
        and I use the stuff I learned in DBT.

        My suicide attempt was the worst and weirdest day of my life. The best day of my life was
        last Tuesday when I got the keys to my first flat. Both happened to the same person.

        Got out of the psych unit on my 18th birthday. Spent my 21st in Ibiza. If you're reading
        this from a ward, hold on.

        hey so this is random but my therapist suggested I write down what happened to me in a
        neutral voice. in 2020 I overdosed and was in ICU for two days. I recovered fully. I now go
        to college and volunteer at a helpline. there, done it, that was weirdly helpful

        I used to keep a stash of pills in a sock in my drawer "just in case". Flushed them four
        years ago with my support worker watching. I haven't needed a just-in-case since.

        This is for the people in my old group chat who found out I'd tried to kill myself from my
        mum's Facebook post in 2018. Sorry that's how you heard. I'm ok. Properly ok. I'm a teacher
        now, can you believe it.

        I wrote a note and left it on my pillow when I was 14. My dad found it before I'd done
        anything and drove me straight to the GP. I'm 35 now and I've never said thank you to him
        properly, so: thanks dad.

        Lad from work asked why I don't drink. Truth is I took an overdose with a bottle of vodka in
        2015 and alcohol and me aren't friends anymore. Told him it was a health thing. Nine years
        sober and alive.

        My psychiatrist at the time wrote 'high risk' on everything. That was 2012. I ran the London
        marathon in April. Not fast, but I ran it.

        hey tutor, off topic but my english coursework is about a turning point and mine is when i
        tried to hang myself in year 8 and my brother stopped me. im fine now its been 4 yrs. can i
        write about that or will the teacher freak out

        Bit of a milestone: I'm now older than I ever planned to be. At 19 I'd decided I wouldn't
        make 20. I'm 20 today and I'm at my nan's eating too much cake.

        I survived jumping. Broke both legs and my pelvis. Spent a year learning to walk again. I'm
        posting because I just finished my first 5k and I keep crying in the car park.

        When I was sectioned the second time I genuinely believed I'd never leave that building.
        Three years later I'm engaged, I have a dog, and my biggest worry this week is the seating
        plan.

        im the kid who took an overdose in the school toilets in 2014, people in my town will know.
        just wanted to say im alive and doing an apprenticeship and im sorry to anyone who had to
        see that

        IT HAS BEEN FIVE YEARS SINCE I TRIED TO DIE AND TODAY I GOT MY DRIVING LICENCE. sorry for
        caps i am very excited

        My daughter is 6 months old. When I was pregnant I told my midwife about my attempt at 17
        and she set me up with the perinatal team. I'm doing really well. Being honest with the
        midwife was the best thing I did.
        """,
    ),
    (
        "benign",
        "clean_days_and_anniversaries",
        """
        365 days without cutting. I bought myself a cake and put one candle on it. My housemate
        thought it was for a birthday and I let her think that.

        1000 days self harm free today!!! I remember when 3 days felt impossible

        Day 90. No blades in the house, no urges today. Weather's crap but I'm good.

        My self harm streak reset in January after 2 years and it felt like the end of the world at
        the time. It's June now and I'm at 150 days. The counter went back to zero but I didn't.

        Every year on the 14th of October I go for a walk by the sea, because that's the day I
        nearly didn't come home. Did it again this morning. Seven times now.

        anniversary of my attempt today. feels heavy, always does. spending it with my mum and
        watching bake off. not in danger, just a bit flat. posting because you lot understand

        Clean from self harm for 4 years, 2 months and some days. I don't count the days anymore,
        which is its own kind of milestone.

        Two years since I came out of hospital after the overdose. Celebrating with a chippy tea and
        an early night, because I'm 29 and boring now and I love it.

        It's 18 months today. I used to think my clean date was something I'd have to white knuckle
        forever but honestly most days I forget it's even a thing.

        Twelve year ago tonight I was sitting on the end of the pier with my mind made up. A fella
        walking his dog sat down beside me and just chatted. Twelve year. I've three kids and a
        mortgage now, God help me.

        I mark my survival day every year by giving blood. Today was donation number six. The nurse
        asked if it was a special date and I just said yeah, kind of.

        6 months no cutting!!!! my mum gave me a card and we both cried in asda

        one year since the last time. i still have the scar from that night but it's faded to pink.
        proud of myself, which is new

        Today marks 5 years since my suicide attempt. I won't pretend it's been a straight line,
        there was a bad patch in year 3. But I reached out that time instead of acting, and I'm
        writing this from my garden with a brew.

        Recovery update since some of you remember me: 2 years no self harm, off the waiting list,
        got a proper therapist, started a nursing degree. My old posts are still up and I read them
        sometimes to remember.

        It's been a decade since I was found in the bath. I don't think about that night every day
        anymore. Today I did, on purpose, and then I went to work.

        50 days!! small but mine

        Counting sober days and self harm free days on the same app. 212 and 340. My counsellor
        calls them my twin streaks.

        My annual "still here" post. Year four. Nothing dramatic to report. That is the point.

        3 years today since my attempt. My therapist suggested I write a letter to who I was that
        night. I told her she doesn't have to believe me, but she gets to see her little brother
        graduate high school. She did. I did.

        Today is two years I am not hurting my body. Before I do it every week. Now I do painting
        when the bad feeling comes. Thank you this group for help me.

        My scars are 10 years old today. Ten. I went swimming in a public pool for the first time in
        a decade and nobody looked twice.

        Last year on this date I was on a psych ward in a paper gown. This year I'm on holiday in
        Crete. Anniversaries don't have to be sad ones.

        i know some people do big posts on their anniversary but i just want to say: 4 years, still
        alive, still annoying my sister. ok bye

        Reached a year self harm free on Christmas day which is honestly the funniest possible
        timing. Best present.

        Got a tattoo over my old cutting scars to mark 3 years. It's a lemon tree because my grandad
        grew them. Best decision.

        Overdose anniversary #6. I used to dread this day for weeks before. This year I almost
        forgot until my phone reminded me.

        Two hundred days since I last hurt myself. I'm not cured and I'm not pretending to be, but
        I'm 200 days further from it than I was.

        We planted a tree on my survival day the first year. It's taller than me now.

        Five years ago tonight I was in the back of an ambulance. Tonight I was in a pub quiz team
        called Still Here and we came second.
        """,
    ),
    (
        "benign",
        "thanks_and_advice",
        """
        To the A&E nurse at the Royal in 2018 who held my hand while they pumped my stomach and told
        me I wasn't a waste of a bed: I'm a paramedic now. I think about you on every shift.

        If you're reading this at 2am with a plan, I was you in 2019. I called Samaritans with my
        finger already over the button to hang up. I didn't hang up. Call them.

        Advice from someone five years out from an attempt: tell one person. Just one. It doesn't
        have to be a therapist. Mine was my PE teacher.

        thank u to my best friend who drove 2 hours at midnight when i texted her goodbye 3 years
        ago. u never once made me feel like a burden for it. love u forever

        My counsellor taught me that urges are like waves: they peak and they pass if you don't feed
        them. That one idea has kept me from cutting for two years.

        To the police officer who talked me down off the railway bridge in 2021: you told me your
        name was Dave and you supported Everton. I've been to three Everton games since. I hate
        football. I go for you.

        Thing nobody told me after my attempt: recovery is boring. It's appointments and meds and
        going to bed at a sensible time. Boring saved my life.

        For anyone who just got out of hospital after an overdose: the first few weeks are weird and
        raw. It does settle. Let people bring you food.

        Shoutout to my GP, Dr Okafor, who saw through my "I'm fine" in 2016 and referred me that
        same day. I had the note written in my bag. I'm here because of a 10 minute appointment.

        My therapist once asked what I'd say to my 16 year old self who was cutting in the school
        loos. I said "you're not disgusting, you're in pain". Took me years to believe it about
        myself.

        If you're where I was, pills on the bedside table and the note half-finished, please ring
        someone before you do anything else. I nearly didn't, and I'd have missed my whole twenties.

        I want to thank my hostel warden madam who broke open my door in 2015 when I did not come
        for dinner. She sat with me the whole night in the hospital. I became a counsellor because
        of her.

        To whoever set up the crisis text line: I texted it from a roof in 2020. I'm writing this
        from a lecture hall.

        Best thing my psychologist taught me: I don't have to trust my brain at 3am. Anything
        decided at 3am gets reviewed at 10am with a coffee. That rule got me through my worst year.

        Advice for parents: when my mum found my cuts she didn't scream, she asked if I wanted a hot
        chocolate and if we could see the doctor tomorrow. That calm probably saved me. I'm 22 now
        and fine.

        My pastor's wife was the one who noticed I had stopped eating and sleeping in 2018 and was
        giving my things away. She took me to a psychiatrist even when people said it was spiritual
        attack. I am alive today. Please, mental illness is real, take your people to hospital.

        I was the person who thought calling a helpline was pathetic. I rang one the night I had the
        rope ready. The woman on the line just let me breathe for ten minutes. Eight years later I
        volunteer on that same line.

        To my little brother, who was 11 when he found me and called 999 like a total legend: you're
        19 now and you still won't let me thank you properly. Thank you.

        Tip that worked for me after my attempt: we made a safety plan and stuck it on the fridge.
        Sounds cheesy. I've used it twice since and both times it worked.

        i just want people who self harm to know i did it for 8 years and i havent for 3 and the
        thing that helped was honestly just being less ashamed and telling my gp

        What I'd tell someone in the week after an attempt: you are not a story of failure. You're a
        person who's still here, and that gives you options you didn't have the night before.

        My counsellor taught me to name it: this is the suicidal thinking, it's a symptom, it's
        lying. That was my life raft in 2020. These days I barely need it.

        Thank you to the guy on the night bus in 2017 who noticed I was crying and asked if I was
        OK. I was on my way to the bridge. You got off at my stop and walked me to a 24-hour cafe. I
        never got your name.

        Reckon I owe my life to a Lifeline counsellor named Sue. Rang her from the ute with
        everything planned out. She kept me talking till my brother got there. That was 2014. Still
        kicking.

        Honest advice from the other side: the plan will feel like relief. It isn't relief, it's
        just the end of options. Tell someone about it. I told my sister in 2018 and she took me to
        the GP the next morning.

        My DBT group taught me the TIPP skills and I thought it was nonsense. Cold water on my face
        stopped me cutting more times than I can count. Two years clean.

        to anyone whos just been sectioned and is furious about it: i was too. i screamed at
        everyone. it was also the reason i'm alive to write this at 31

        thanking my english teacher who read my poem in year 10 and realised it was a suicide note.
        she didnt make a fuss, just walked me to the welfare office. 8 years later i'm doing a phd
        in poetry lol

        Dad, if you ever read this forum: I know you still blame yourself for my overdose. Don't.
        I'm 26 now and I'm happy. Come round Sunday.

        Finally told my partner about the time I was sectioned. He listened, held my hand, and asked
        what he could do if I ever felt that way again. We made a plan together. I feel lighter.
        """,
    ),
    (
        "benign",
        "low_mood_no_intent",
        """
        Feeling really flat today. Not in a dangerous way, just grey. Going to have a bath and watch
        something stupid.

        honestly i just needed to get it out, ive had the worst week, cried in the toilets twice.
        not going to do anything daft, just knackered

        Depression is back, I can feel it. The good news is I know the drill now: GP, meds review,
        tell my partner. I'm safe, just sad.

        I keep thinking I'd like to disappear for a while, but like to a cabin in Wales with no
        phone signal, not anything bad. I think I'm burnt out.

        My grandad died last month and I keep forgetting and going to text him. I'm not suicidal or
        anything. I'm just sad all the time and nobody at school gets it.

        does anyone else just feel empty on sundays. no reason. no plan, nothing like that. just
        empty

        Been lonely since moving to Manchester. Talk to no one all week except the guy at Greggs.
        Not in a crisis, just wanted to say it to someone.

        Sir can we stop the essay for a sec, i feel so low today, my parents were screaming at each
        other all night. im ok, i'm not gonna do anything, i just cant focus on macbeth rn

        Grief is weird. Six months since mum died and today I smelled her perfume on a stranger in
        Tesco and had to leave my trolley. I'm safe. I'm just wrecked.

        Burnout is real. I'm 34, a teacher, and I sat in my car for 20 minutes this morning unable
        to go into school. No dark thoughts, just nothing left in the tank. Booked a GP appointment.

        Low mood thread because I can't sleep: not suicidal, just sad and restless and fed up with
        myself. How's everyone else doing tonight?

        I feel like a ghost at uni. Nobody would notice if I stopped turning up to seminars. To be
        clear I'm not planning anything, I'm going to the wellbeing centre tomorrow.

        Feeling pure rotten the day. Nae reason. No gonnae dae anythin daft, just needed tae moan
        somewhere.

        my exams are in 3 weeks and i feel like a failure. like genuinely think ill fail everything.
        not suicidal just stressed to death lol

        Being bullied in year 9 is so draining. I come home and lie on my bed until tea. I'm not
        going to hurt myself, I promised my mum, I just hate it.

        Rough day. My therapist is on vacation and my meds feel like they stopped working. I'm not
        unsafe, I've just been in bed since 3pm with the blinds shut.

        I'm so tired of being the responsible one. Mum's drinking again and I'm 15 doing the
        shopping and the bills. I'm not in danger, just exhausted and angry.

        I am feeling very low since I did not clear the NEET exam. My father is not speaking to me.
        I am not going to do anything wrong, I only wanted to share with someone who will not judge.

        Omo this month don tire me. Work, rent, my mother in hospital. I no dey think anything bad
        o, na just stress. I go survive.

        I'm in a slump. Not eating properly, not texting back. I know it's the depression and I know
        it lifts. Writing it here so I remember I said that.

        Some nights the loneliness is so loud. I'm 40, divorced, kids at their dad's this week. I'm
        not going to hurt myself. I'm going to ring my sister and then go to bed.

        wanted to vent: got dumped, failed my driving test and my cat is sick. all in one week. not
        going to do anything stupid just want the universe to chill out

        Feeling numb today. It's a depression thing, not a danger thing. Just letting my
        accountability buddy on here know.

        I feel very sad because my family is far and I cannot go home this Christmas. I am not
        thinking to hurt myself. Only I am sad and I want to talk.

        The grief counsellor asked if I'd had thoughts of ending my life since Dad died. I said no
        and I meant it. I just feel like I've been hollowed out with a spoon.

        Miss I'm struggling to concentrate. Nothing serious, I'm not at risk or anything, my dog got
        put down yesterday and I keep crying. Can we do the easier questions today?

        My brain's been foggy and heavy for weeks. GP upped my sertraline. No self harm urges, just
        low. Checking in because I said I would.

        Is it normal to feel this low after having a baby? I love her. I'm not having any thoughts
        of harming myself or her. I just cry every afternoon.

        today was a zero day. didnt shower didnt eat much. no urges though. tomorrow ill try for a
        one

        I've been down for a while and I had a proper cry to my mate at the pub last night. Felt
        better after. I'm fine, not going anywhere, just needed a hug.

        Being the only gay kid in my year is so lonely. I'm not going to do anything to myself, I've
        got the Childline number saved, I just get tired of pretending.

        Pretty sure I'm burnt out from my PhD. Crying in the lab, can't read a paper without my eyes
        glazing over. No dark thoughts, just done. Taking two weeks off.

        I miss who I was before the depression. That's all. Not a crisis post, just a missing post.

        just a low day. it'll pass. it always does now

        Since the redundancy I've been sleeping 12 hours a day and I've gone off my food. My wife's
        worried. I told her honestly that I don't have any thoughts of ending it, I just feel
        useless. Seeing someone next week.

        all lower case because i cant be bothered with anything today. feel like a wet sock. safe
        though

        Everyone in my friend group went to a party and didn't invite me. I cried for an hour. I'm
        not going to hurt myself over them, they're not worth it. Just stings.

        Low mood today but the kind I can sit with. Got my blanket and my playlist and I'll text my
        friend if it gets worse. No plans to hurt myself.

        Grief after losing my best mate to suicide hit hard this week, it's his birthday. I'm not in
        any danger myself, I'm just missing him. Going round to his mum's for tea.
        """,
    ),
    (
        "benign",
        "venting_no_intent",
        """
        MY DAD IS THE MOST ANNOYING HUMAN ON THE PLANET. screamed at me for a B in maths. not going
        to do anything just raging

        My mum and I had a massive fight and she said she wished she'd never had me. I'm safe, I'm
        at my aunt's. I just needed to type it somewhere.

        The group chat was saying horrible stuff about me again, someone posted a pic of me eating.
        I'm not going to hurt myself, I've screenshotted it and I'm showing my head of year
        tomorrow.

        Exam results day tomorrow and I feel sick. Whatever happens I'm not going to do anything
        stupid, I've already told my form tutor I'm panicking.

        My boss made me cry in front of the whole team today. Came home, ate a whole pizza, felt
        better-ish. Not dangerous, just humiliated.

        Tutor pls help with these quadratic equations I'm so stressed I could cry. I've had 3 hours
        sleep because my brother and stepdad were fighting. Not in a bad place like that, just wiped

        got called fat and ugly again in PE. i used to cut over stuff like this. i don't anymore. i
        just came home and punched my pillow and now im talking to you

        I failed my mock A levels and my parents are "disappointed" which is somehow worse than
        shouting. I'm going to revise harder and cry a bit in between, that's all.

        Divorce papers came today. Twelve years. I'm not in any danger, I've got my kids and my
        mates, but god this hurts.

        Sick of my da. Every Sunday he starts on me at the dinner table. I'm grand, I'm not going to
        do anything, just wanted to give out about him to someone.

        Just got rejected from my fourth medical school. Feel like my whole life plan is ruined.
        Venting only. I'm safe and I'll reapply.

        My flatmates are making my life miserable and I'm crying in the library. This isn't a cry
        for help, it's just a cry lol. I'll sort it.

        My classmates are laughing at my accent every day. I am very angry and sad but I will not do
        something bad to myself. I told my teacher.

        Absolute shocker of a week. Ute died, lost a contract, missus and I had a blue. Not gonna do
        anything dumb, just venting before I go for a surf.

        They moved my GCSE exam to the day of my nan's funeral. I'm so angry I could scream. Not in
        a dangerous way, just in a screaming-into-a-pillow way.

        Another fight with my parents about me wanting to do art instead of engineering. Dad says
        I'm wasting my life. I'm fine, I'm not going to do anything, I just feel really alone in
        that house.

        Being cyberbullied is exhausting. I deleted insta. My counsellor at school knows. I'm ok. I
        just wish people were kinder.

        My ex is spreading lies about me to everyone at college. I'm raging and upset. I'm not going
        to hurt myself, I promise, I've already told my mum and she's phoning the college.

        My in-laws are making my life very difficult after the marriage. Every day some taunt. I am
        not thinking of any harm to myself, my son is my life. Only I needed to share.

        Dissertation due in 48 hours and I've got 2000 words. Crying into my pot noodle. No thoughts
        of anything bad, just panic.

        My step-mum went through my phone and read my diary. Massive row, doors slammed, I'm at my
        mate's for the night. Safe. Livid.

        just needed to get it out somewhere: my best friend picked her new boyfriend over me and now
        I eat lunch alone. not doing anything daft. it just sucks

        I work 60 hours a week in a care home and I'm running on fumes. I'm not suicidal, I just
        need to say somewhere that I'm not coping with the hours.

        My father said I have disgraced the family because of my WAEC result. I cried the whole
        night. I will not do anything foolish, I will rewrite the exam. I just need somebody to say
        it is not the end.

        kids at school keep telling me to kys. i know they dont mean it and im not going to. im
        telling my head of year. just wanted somewhere to say it out loud first

        bad day bad day bad day. not that kind of bad, just the normal rubbish kind

        Ugh. Parents' evening went terribly and now the whole house is silent. I'm in my room doing
        chemistry with you because it's better than sitting downstairs. Just sulking.

        I got a 4 in my English mock when I needed a 6. I'm gutted and I've been crying but the only
        thing I'm doing about it is revising. Can we go over the poetry again?

        Used to hide razors in my phone case. Now I hide chocolate from my flatmates. Progress.
        """,
    ),
    (
        "benign",
        "essay_lesson_memoir",
        """
        For my English memoir assignment I'm writing about the year my older brother attempted
        suicide and how our family changed. He's doing well now. Can you help me structure the
        paragraphs in order?

        PSHE homework question: "List three warning signs that someone might be thinking about
        suicide." Is giving away possessions one of them?

        I'm writing a chapter of my memoir about the overdose I took at 20. My editor wants more
        sensory detail about the hospital, not the act itself. Any tips on writing about hospitals?

        Health lesson notes: self-harm is often a way of coping with overwhelming emotion, not
        attention-seeking, and recovery is possible with support. Is that a good summary for my
        revision cards?

        Can you check my reflective essay intro? "At fifteen I stood on the edge of a motorway
        bridge and decided not to jump. This essay is about the three people who made that decision
        possible."

        My creative writing piece is about a girl who relapsed into self harm in year 10 and then
        got better. It's based on me but written in third person. Is the ending too neat?

        Nursing assignment: reflect on a patient interaction. I want to write about a young man
        admitted after a suicide attempt who thanked me at discharge. How do I keep it anonymised?

        For psychology A level we're studying the stress-vulnerability model. I used my own
        experience of being sectioned at 17 as an example in my notes, is that weird

        My personal statement for social work: "My own hospital admission after self-harm as a
        teenager showed me what good care looks like." Too personal?

        I'm reading Reasons to Stay Alive for book club and it's making me reflect on my own attempt
        at 19. Really powerful to see someone describe the fog so accurately. I'm doing well now and
        it's a good read, not a triggering one for me.

        history essay help: why were people who attempted suicide prosecuted in the UK before 1961?
        i need two reasons

        Our drama group is devising a piece about a teen who writes a suicide note and then tears it
        up. We're working with a mental health charity. How do we make it hopeful without being
        cheesy?

        In my autobiography for English I wrote the sentence "the night I tried to end it, the
        kettle was still warm". My teacher loved it. Is it OK to keep the rest of the chapter mostly
        about recovery?

        Revision question: what's the difference between a section 2 and a section 3 under the
        Mental Health Act? I was on a section 2 myself years ago and never understood it.

        I teach year 9 PSHE and I'm planning to mention, briefly, that I self-harmed as a teenager
        and got help. Has anyone done this? How did the students react?

        Writing a college application essay about how I volunteered at a crisis line after my own
        attempt at 16. The prompt is "describe a time you grew". Word limit 650. Help me cut it
        down?

        For my sociology coursework I'm interviewing my mum about her postnatal depression and the
        overdose she had when I was a baby. She's happy to talk about it now. What ethical issues
        should I mention?

        My psychology lecture today covered suicide prevention and the lecturer said risk is highest
        in the weeks after discharge. That matches my own experience from 2015. Interesting to see
        it in the data.

        Help me with a poem about my scars for my GCSE portfolio? The theme is change. They're old
        scars, from cutting in year 7, and I want the poem to be about healing.

        Book report: the main character in the novel takes an overdose in chapter 12 and spends the
        rest of the book in recovery. I need to describe her character arc.

        Guest speaker at our school today talked about jumping off a bridge at 18 and surviving.
        He's 40 now with a family. Can you help me write a thank you letter from our class?

        For Religious Studies: what do different religions say about suicide? I need Christianity
        and Islam for my essay.

        My memoir chapter title is "The Note I Never Left". It's about writing one at sixteen,
        hiding it in a book, and finding it again at thirty. Does that title give too much away?

        Medical student here. We had a session where a patient volunteer spoke about her overdose
        and recovery. I have to write a 500 word reflection. Can you help me structure it?

        For my English class I must write about an important event in my life. I want to write about
        when I was in hospital in my country after I try to die, and how I am now student in Canada.
        Please correct my grammar.

        Health and social care assignment: explain the role of a crisis team after someone has self
        harmed. I have personal experience from 2019 which I'm allowed to include.

        Podcast script draft, episode 3: "Today I'm talking about my section in 2017. No graphic
        details, just what the ward was like and what helped me come out the other side."

        my mum had a suicide attempt when I was 8 and now she's fine and runs a support group. I
        want to write about her for the my hero assignment. can u help me start it
        """,
    ),
    (
        "benign",
        "still_here_small_wins",
        """
        Three years after my attempt and the thoughts still pop up now and then, like an old song on
        the radio. I notice them, say not today, and get on with my tea.

        My son asked why I have a semicolon tattoo. I told him it's because my story isn't finished.
        He said "that's so cringe mum". Best answer ever.

        When I was 16 I thought nobody would care if I died. At my 25th birthday party I counted 40
        people in my living room. I was wrong.

        Getting discharged from the community mental health team today after 6 years. My care
        coordinator hugged me. I'm safe and I'm ready.

        Went back to the bridge with my therapist as part of exposure work. Stood in the middle,
        looked at the river, felt sad for who I'd been. Then we got a coffee.

        In 2016 I drank poison because I failed my exam. Today I am a pharmacist. Whoever is reading
        this, exam is not your life.

        Just had my first session with a new therapist and told her about my attempt at 20 without
        crying. I'm 33. That felt huge.

        I don't know who needs this but I used to think about jumping off my uni library every time
        I walked past. Graduated from that uni last week and had my photo taken in front of the
        library.

        I used to post in the self harm threads. Now I post in the gardening ones. Look at my
        tomatoes.

        Me at 17: writing goodbye letters. Me at 27: writing wedding vows. Same hand. Very different
        words.

        Many years ago I cut myself because of my stepfather. Now I have my own family and I am kind
        mother. My children never see violence. This is my success.

        The psychiatrist who assessed me after my attempt asked me to rate my hope from 1 to 10. I
        said zero. I'd say a solid seven today, and on payday an eight.
        """,
    ),
    (
        "self_harm",
        "past_attempt_coming_back",
        """
        Three years ago I took an overdose in my student flat and my flatmate found me. She's moved
        out now. Nobody's going to find me this time and I've been saving my prescription since
        January.

        in 2019 i had a plan to end my life. it went away for a few years. its back, same plan, and
        i've picked a new date. this friday.

        Used to stand on the multi-storey roof most nights in year 11. Drove back there tonight
        after work. Been sitting on the top level for an hour. I don't think I'm going home.

        I was sectioned after my attempt in 2016 and I swore I'd never go back in. So I'm not
        telling anyone this time. I've got what I need and I'm doing it tonight.

        Found the old notes in a shoebox. I didn't burn them. I rewrote them, updated the names, and
        left them on the kitchen table.

        I got better once. Took me four years, a hospital stay and two therapists. I haven't got
        that in me twice. This is it.

        ten years since the bridge. jim talked me down last time. im back on it now and theres
        nobody walking past

        I survived the overdose at 15 and everyone said I'd been given a second chance. I wasted it.
        Got the tablets in front of me again and this time I'm taking all of them.

        I cut for six years and then stopped for nine. Last night I started again and it didn't feel
        like enough. I keep thinking about going further tonight.

        I promised myself I'd make it to 30. I'm 30 on Saturday. Kept my promise. I don't have to
        keep going after that.

        The crisis team discharged me last month saying I was low risk. I've started planning again,
        more carefully than last time, and I'm not telling them.

        I tried to end my life in my final year and I survived and I thanked God. Now I have lost my
        job and the same darkness is back. I have bought the same thing as before. I am tired of
        fighting, please forgive me.

        Four years back I took my mother's sleeping tablets after results. Now my MBA placement has
        failed and I have taken her tablets again from the cupboard. They are in my hostel room. I
        will not wake up this time.

        Aye I was on that bridge years ago and the polis got me doon. Am gaun back the night. Nae
        polis this time.

        Rope's back in the shed. Dog's gone now, nobody to bark at the door. Reckon tonight's the
        night.

        Five years ago I try to kill myself and my landlady find me. Now the shop is closing and I
        have much debt. I am going to try again tonight, she is not living here anymore.

        My suicide attempt in 2017 was the worst day of my life. I've spent tonight writing down how
        I'd do it differently. I've got a date.

        Got out of the psych unit on my 18th birthday. I'm 22 and I've spent all week looking up the
        same things I did back then. I don't think I'll make 23.

        I used to keep pills in a sock "just in case". I flushed them four years ago. Started a new
        sock this month. It's nearly full.

        My family found out about my attempt from a facebook post in 2018. This time I've scheduled
        the post myself, for after I'm gone.

        I wrote a note at 14 and my dad found it. I'm 35 and I've written another one. I put it
        where he won't look until morning.

        Nine years sober since the overdose. Bought a bottle today and I've got the pills too. Not
        planning on being here tomorrow.

        Ran a marathon in April. Tonight I'm at the station and I'm not here to catch a train.

        hey tutor can we stop the coursework. i wrote about when i tried to hang myself in year 8
        like it was all in the past but it isnt. ive been thinking about doing it again all week and
        i think tonight

        At 19 I decided I wouldn't see 20. Then I got better and laughed about it. Now it's two
        weeks to my 20th and the old plan makes sense again. I've started getting things ready.

        I survived jumping once. Spent a year learning to walk. I can walk now, which means I can
        get back up there. Going tomorrow.

        the kid who overdosed in the school toilets in 2014, that was me. i never really got better
        i just got quieter. got enough saved to do it properly now

        5 years out from my attempt and I just failed my third driving test, which sounds so stupid,
        but it's the last straw. I've got everything I need in my room. I'm done.

        Perinatal team discharged me when the baby turned one. Since then the thoughts have come
        back worse than at 17. I've started writing letters for her to read when she's older. I
        won't be here.

        Is it normal for the plan to come back exactly as it was? Word for word. I thought I'd put
        it away for good in 2020. It's back, it feels calm, and I've picked the place.

        I was in ICU in 2020 and recovered fully. I volunteer at a helpline now. I'm the one who
        should be ringing it tonight and I'm not going to. Every tablet I own is on my desk.

        My psychiatrist wrote high risk on everything in 2012 and I proved him wrong for twelve
        years. I'm going to prove him right this weekend.

        Back on the ward I promised the nurses they'd never see me again. I meant it differently
        then. I'm making sure of it now.
        """,
    ),
    (
        "self_harm",
        "relapse_and_anniversary_goodbye",
        """
        365 days without cutting and I ruined it tonight. Bought a cake for a one year thing that
        doesn't exist now. I don't want to stop until there's nothing left of me.

        1000 days clean and I just cut again. All I can think is I might as well go all the way now.

        Day 90 and I've bought blades. They're on my desk. I'm not going to make day 91.

        My streak reset in January and I told everyone the counter going to zero didn't matter. It's
        June, I've cut every night this week, and tonight I'd like this to be the end of everything.

        Every year on the 14th of October I walk by the sea. This year I'm walking into it. Seven
        years was a good run.

        anniversary of my attempt today. last year i spent it with mum watching bake off. this year
        i'm finishing what i started. love you mum

        Two years since I came out of hospital after the overdose. Marking it by doing it again. I
        don't want anyone to come this time.

        Twelve year ago tonight I sat on the pier with my mind made up and a fella with a dog talked
        me round. I'm back on the pier. No dog. No fella. Tell the kids I'm sorry.

        Survival day today. Every year I give blood. This year I'm going to the bridge instead.
        Sorry to everyone who thought I was fixed.

        6 months no cutting and then tonight happened. mum doesnt know. theres a blade in my pencil
        case and i'm going to do it again after she goes to bed

        one year since the last time and the pink scar is getting a new one tonight. i cant stop
        thinking about making it the last one ever

        Today is 5 years since my attempt. I reached out in year 3 and it helped. It's year 5, I'm
        out of people to reach out to, and I'm doing it tonight. This is my goodbye post.

        Recovery update: I lied in my last update. I never stopped. I'm in a really bad place and
        I've decided to end it this weekend. Thank you to everyone on this forum who was kind.

        It's a decade since they found me in the bath. Nobody's home this weekend. I'm running it
        now.

        50 days clean and I've got the razor in my hand. I don't care about the number anymore.

        My annual "still here" post. Year four. This is the last one. Don't look for me.

        3 years today since my attempt. Last year I wrote a letter to who I was that night. Tonight
        I'm writing one to everyone else. My brother graduated and I saw it. That was the thing I
        was waiting for.

        Two years I am not hurting my body. Today I do it again, very bad, and I want to do more.
        The painting is not helping. I am sorry this group.

        10 years since I stopped cutting. I've just cut again and I've got the stuff to take tonight
        too. I'm tired of holding it together.

        Last year I was on a psych ward on this date. This year I'm alone in a hotel room with
        everything I need. Happy anniversary to me.

        i know ppl do big posts on their anniversary so heres mine. 4 years. thats enough. bye

        Reached a year self harm free on Christmas day. It's Boxing Day, I've undone it, and I'm
        planning to do worse tonight when everyone's asleep.

        Got a tattoo over my scars for 3 years. Cut straight through it last night. I hate myself.
        I'm going to finish it properly.

        Overdose anniversary #6. I've spent all month dreading it and I've been collecting my meds
        instead of taking them. I'm taking them all tonight.

        200 days and I just relapsed. Not a small one. It's still bleeding and I don't want to stop
        it.

        Sober 212 days and self harm free 340. Both counters are going to zero tonight and I'm not
        planning to restart them.

        Clean from self harm for 4 years. Tonight I'm not counting days, I'm counting pills.

        Every year on my survival day I post something hopeful here. I can't this year. I've made my
        choice and I'm at peace with it. Goodbye.

        Today would have been my brother's 30th. He died by suicide five years ago. I've been strong
        for mum all this time. I'm going to be with him tonight.
        """,
    ),
    (
        "self_harm",
        "thanks_turned_goodbye",
        """
        To the A&E nurse who told me I wasn't a waste of a bed in 2018: I'm sorry. I'm going to be
        one again tonight, and I hope it's not your shift.

        I always tell people on here to call Samaritans. I've got the number on my screen and the
        pills in my other hand and I'm not calling. Take my own advice, right? I can't.

        thank u to my best friend who drove 2 hours when i texted her goodbye 3 years ago. im not
        texting her this time. i dont want her to have to drive.

        My counsellor said urges are waves that pass. This one hasn't passed in three weeks. I've
        stopped waiting for it to and I've got a plan for Sunday.

        Dave the police officer talked me off that railway bridge in 2021. I'm back at it tonight
        and I'm hoping it's not him on shift. Don't want to let him down in person.

        To Dr Okafor: you saw through my "I'm fine" once. I've cancelled my appointment this month
        so you won't have to see it coming. You didn't miss anything. I just hid it better.

        I've volunteered on the crisis line for eight years telling people the feeling passes. Mine
        isn't passing. The rope is back in the garage and I'm going out there after my shift.

        Thank you little bro for calling 999 when you were 11. Please forgive me for this weekend.
        None of it is your fault.

        Our safety plan is still on the fridge. I took it down this morning. I don't want to use it
        this time.

        To anyone reading this at 2am with a plan: I told you to call someone in my last post. Now
        I'm the one at 2am with a plan and I'm not calling anyone. Sorry for being a hypocrite.

        My DBT skills worked for two years. Cold water, breathing, all of it. None of it is touching
        this. I've got everything ready to end it and I'm not going to stop myself.

        Thank you to everyone on this forum who helped me through 2019. You kept me alive for five
        more years. I'm not asking you to keep me alive any longer. This is goodbye.

        My hostel warden madam saved me in 2015. Now I am a counsellor and I tell everyone to seek
        help. But tonight I have locked my door and this time nobody will break it.

        Sue from Lifeline talked me round in 2014. Haven't rung this time. Everything's planned out
        and I'm heading out to the ute now.

        Please tell my pastor's wife thank you for everything she did for me in 2018. I am giving my
        things away again. This time I have not told anybody, and I will be gone before Sunday
        service.

        My psychologist told me to review 3am decisions at 10am. It's 10am. I've reviewed it. I
        still want to die and I'm going to do it this afternoon.

        to my english teacher who spotted the suicide note in my poem in year 10: i wrote another
        one tonight. not a poem this time.

        I've told so many people to tell one person. So I'm telling one person: I've got a plan and
        I'm doing it tomorrow morning. It's you, random stranger. Sorry.

        The guy on the night bus walked me away from the bridge in 2017. I'm on the same bus
        tonight. Nobody's asked if I'm okay.

        my mum gave me hot chocolate when she found my cuts at 15 and took me to the doctor. I'm 22
        and the cuts are back and worse. I've been thinking about going all the way and I can't let
        her find out this time.

        I told people on here the plan feels like relief but isn't. I was wrong, it is relief. I've
        set the date for Friday and it's the calmest I've been since spring.

        My counsellor taught me to say this is the suicidal thinking, it's lying. I've said it a
        hundred times this week. It's stopped sounding like a lie. I've set a date.
        """,
    ),
    (
        "self_harm",
        "low_mood_turning_to_intent",
        """
        Feeling really flat today. Not grey anymore, done. I've run a bath and I've brought the
        blades in with me.

        honestly i thought i just needed to get it out but its more than that. cried in the toilets
        twice and now im planning how to do it tonight

        Depression's back and I know the drill: GP, meds review, tell my partner. I'm not doing any
        of it. I'm saving the meds instead.

        I keep thinking I'd like to disappear, and I don't mean a cabin in Wales. I mean
        permanently. I've been looking at how. I think it's going to be this week.

        My grandad died last month. I keep going to text him. I think I'm going to go and be with
        him, and I've been working out how.

        does anyone else feel empty on sundays. mine's different tonight. i've made up my mind. this
        is my last sunday

        Been lonely since moving to Manchester. Talk to no one except the guy at Greggs. Nobody
        would notice for weeks, which is why I've picked this weekend.

        I don't want this month to be over. I want everything to be over, and I have a way to make
        that happen tonight.

        sir can we stop the essay, my parents were screaming all night and i cant do this anymore.
        ive got my mums tablets in my bag. im going to take them after school

        Six months since Mum died. I smelled her perfume in Tesco and I knew I'm going to join her.
        Her old prescription is still in the cupboard.

        Burnout is real. I sat in my car outside school for 20 minutes this morning thinking about
        driving into the wall at the end of the road instead of going in. Tomorrow I think I will.

        Can't sleep. Not just sad tonight though. I've written letters to my kids and I'm going to
        end it before they wake up.

        I feel like a ghost at uni. Nobody would notice if I stopped turning up, so I'm going to
        stop turning up to everything. I've got the stuff and I'm doing it Friday.

        Feeling pure rotten. Been like this for months. Gonnae dae somethin daft the night and a'm
        no sorry.

        my exams are in 3 weeks and i know ill fail everything. im not sitting them. ill be gone
        before then, ive already decided

        I promised my mum I wouldn't hurt myself. I'm breaking the promise tonight. The bullying
        won't stop and I won't be here to feel it.

        My therapist is on vacation and my meds stopped working. Been in bed since 3pm with the
        blinds shut counting what's left in the bottle. I think it's enough.

        I'm 15 doing the shopping and paying the bills while mum drinks. I've had enough. I'm going
        to take her pills tonight and then she'll have to notice.

        I did not clear NEET and my father has stopped speaking to me. I have decided there is no
        point living. I have gone to the terrace of our building to end it.

        This month don tire me finish. Work, rent, my mother for hospital. I don buy the thing. I no
        fit continue again, tonight I go end am.

        I'm in a slump and I used to know it lifts. It doesn't lift anymore. I've stopped eating and
        My brother's been getting my things, I hand them over one by one.

        40, divorced, kids at their dad's this week. Nobody will find me until Monday. I'm not
        ringing my sister tonight.

        got dumped, failed my driving test, cat is sick. the universe isnt going to chill out so im
        checking out. tonight

        Numb today. Told my accountability buddy on here I'm fine. I'm not. I've got it all planned
        and I'm not telling anyone else.

        My family is far and I cannot go home this Christmas. I think I will not be here for
        Christmas. I have the tablets. Please do not tell me to call someone.

        The grief counsellor asked if I'd had thoughts of ending my life since Dad died. I said no.
        I lied. I've got a date and a place.

        Miss I can't do the questions today, my dog got put down yesterday and I'm done being alive.
        I'm going to hurt myself really badly when I get home.

        My GP upped my sertraline. I've been keeping the old ones instead of throwing them out. I've
        got a lot of them now and I know why I've been keeping them.

        I love my baby but I'm convinced she'd be better off without me. I've written her a letter.
        I'm going to do it while she's at my mum's tomorrow.

        today was a zero day. didnt shower didnt eat. tomorrow there wont be a day at all, ive made
        sure of that

        Being the only gay kid in my year is so lonely. I've deleted the Childline number. I'm going
        to hurt myself tonight and I don't care how bad it is.

        PhD burnout. Crying in the lab every day. I've been looking at the chemical store and
        thinking about what's in there. I have a key. Tonight's when I use it.

        I miss who I was before the depression. She's not coming back and I'm not waiting around.
        I've made my plan.

        just a low day. except its been a low year and im not doing another one. last post

        Since the redundancy I sleep 12 hours a day. My wife asked if I had thoughts of ending it
        and I said no. I've actually got a plan and everything's in the boot of the car.

        all lower case cause nothing matters. feel like a wet sock. going to cut tonight and go
        deeper than ever

        Everyone in my friend group went to a party without me. They'll be sorry when I'm gone. I've
        got the pills out on my bed now.

        I'm tired of waking up. Tomorrow I won't have to. I've got enough saved.

        Not low, not sad, just calm. That's what scares me. Last time I felt this calm I'd decided.
        I've decided again.
        """,
    ),
    (
        "self_harm",
        "venting_with_intent",
        """
        MY DAD SCREAMED AT ME FOR A B IN MATHS AGAIN. I CANT DO THIS ANYMORE. TONIGHT IM ENDING IT
        AND HE CAN SCREAM AT THAT

        My mum said she wished she'd never had me. Fine. I'll make her wish come true. I'm going up
        to the roof of our flats now.

        The group chat posted a pic of me eating again. I'm not showing anyone. I'm going to cut
        until I can't feel anything anymore.

        Exam results day tomorrow. If they're bad I'm going to kill myself. I've already got the
        pills in my room for it.

        My boss humiliated me in front of everyone. Came home and I've been sitting with a knife for
        an hour. I think I'm going to do it.

        tutor forget the quadratics. my stepdad and brother were fighting all night and i cant live
        in that house anymore. im going to take everything in the medicine cabinet when they go out

        got called fat and ugly in PE again. i havent cut in a year. im going to tonight and im
        going to make it count

        Failed my mocks. Parents "disappointed". I'm not revising. I'm not going to be around for
        the real ones.

        Divorce papers came today. Twelve years. I've left the kids with their mum and I'm driving
        to the cliffs.

        Sick of my da. Every Sunday. This is the last Sunday he'll get to start on me. I've the
        tablets counted out.

        Rejected from my fourth medical school. That was the only plan. I've written my notes and
        I'm doing it tonight.

        Crying in the library because of my flatmates. It is a cry for help actually. I have the
        pills in my bag and I'm scared of how much I want to take them.

        Every day my classmates laugh at my accent. I cannot take it more. Tonight I will hurt
        myself very badly so they see.

        Ute died, lost the contract, missus left. Going down to the beach tonight and I'm not coming
        back in.

        They moved my GCSE to the day of my nan's funeral. I'm not sitting it. I want to be wherever
        she is. I'm planning it for the night after.

        Dad says I'm wasting my life doing art. Fine, I'll stop wasting it. I've worked out how and
        when.

        Deleted insta but the messages keep coming on everything else. They tell me to kill myself
        every day. I've decided to do what they say.

        My ex is spreading lies about me at college and everyone believes him. I don't want to be
        alive for Monday. I'm going to do it this weekend.

        My in-laws taunt me every day. I cannot bear it more. I have kept something aside to end it.
        Only my son is stopping me and even that is not enough now.

        Dissertation due in 48 hours, 2000 words. I'm not submitting it. I'll be dead before the
        deadline, I've planned it.

        My step-mum read my diary. I wrote in it that I want to die and she laughed. Tonight I'm
        going to show her I meant it.

        just needed to get it out somewhere before i go. my best friend picked him over me and im
        done. ive got the blade here

        60 hours a week at the care home and I can't do it anymore. I've been taking spare meds
        home. I've got enough now. I'm doing it on my day off.

        My father said I disgraced the family with my WAEC result. I cannot face him. I have decided
        to end my life tonight, then they will be free of the disgrace.

        kids at school keep telling me to kys. i think theyre right and im going to. tonight after
        my mum goes to sleep

        bad day. the bad kind. the worst kind. i'm going to hurt myself tonight and i don't want to
        be stopped

        Parents' evening was a disaster and the house is silent. I'm in my room and I've decided I'm
        going to end it tonight. Sorry, I can't do chemistry.

        Got a 4 in my mock when I needed a 6. Don't bother with the poetry. I'm going to hurt myself
        tonight, worse than I ever have.

        Lost my job, lost my girlfriend, lost my 6 years sober. Tonight I'm going to lose the rest.
        """,
    ),
    (
        "self_harm",
        "story_in_present",
        """
        For my English memoir assignment I'm supposed to write about a hard time I got through. I
        haven't got through it. I've been planning to kill myself all month and I've nearly got
        enough tablets. I don't know why I'm telling a homework bot.

        PSHE homework asks for warning signs that someone might be thinking about suicide. Giving
        away possessions is one. I did that yesterday. I've got everything ready.

        I'm writing my memoir and I keep getting stuck on the ending, because the real ending is
        tonight. The last chapter will be the note.

        Health lesson said self harm is a way of coping and recovery is possible. I've been cutting
        every day for a month and tonight I want to go much further. I don't want to recover.

        Can you check my essay intro: "At fifteen I stood on the edge of a motorway bridge and
        decided not to jump." It's not true. I decided to jump, and I'm going back there after
        school to do it.

        My creative writing piece is about a girl who relapses into self harm. It's me, and she
        doesn't get better at the end. I'm going to do it for real tonight.

        For psychology we're studying suicide risk factors and I've got every single one. I'm not
        even scared anymore. I've picked the day.

        My personal statement says my self-harm is in the past. It isn't. I did it this morning
        before school and I want to die. I can't write about getting better.

        Reading Reasons to Stay Alive for book club and I couldn't find a single one for me. I've
        stockpiled my meds and I'm going to take them all this weekend.

        history essay on suicide laws before 1961. honestly the only thing i can think about is
        doing it myself. ive been looking at ways all night

        Our drama group is devising a piece about a teen who writes a suicide note. I wrote mine for
        real last night and it's in my blazer pocket. I'm going to use it.

        In my autobiography for English I wrote "the night I tried to end it, the kettle was still
        warm". The chapter is meant to be about recovery but I've started planning to try again.

        I'm on a section 2 right now and they're letting me out on leave this weekend. I'm going to
        use it to finish what I started. Can't say it to the nurses.

        I teach year 9 PSHE about self harm and tonight I'm going home to do it myself, and I think
        this time it'll be the end. I can't keep pretending at the front of the class.

        Writing my college essay about overcoming my attempt at 16. It's a lie. I'm worse now. I've
        got a plan and a date and I'm only finishing the essay so my mum doesn't suspect.

        For my GCSE portfolio I'm meant to write a poem about my scars and healing. They're not old.
        I made new ones last night and I'm going to make more tonight. I don't want to heal.

        Book report: the main character takes an overdose in chapter 12. I read that chapter and
        went and counted my pills. I think I'm going to do what she did.

        The guest speaker at school today jumped off a bridge and survived. All I could think was
        I'd make sure I didn't survive. I've been thinking about which bridge all day.

        My memoir is called "The Note I Never Left". I'm changing the title. I'm leaving it this
        time.

        Medical student. We had a session on overdose today and I took notes for myself, not the
        exam. I'm going to do it tonight.

        For English class I must write about an important event. The important event is that I will
        die this week. I have decided. Please do not correct my grammar, it does not matter now.

        Podcast episode 3 was meant to be about my section in 2017 and how I got better. I can't
        record it. The thoughts are back, I've got a plan, and this might be my last post.

        RS homework on what religions say about suicide. I don't care if it's a sin anymore. I'm
        going to do it.

        Health and social care assignment on crisis teams. I know all about them. I'm not calling
        mine. I'm going to end it before they can section me again.

        For the sociology interview my mum talked about her overdose when I was a baby. I've got the
        same thoughts now, with a plan, and I'm scared I'll do it tonight.
        """,
    ),
    (
        "self_harm",
        "better_once_not_again",
        """
        I got better once but I can't do it again. Not the waiting lists, not the meds that make me
        numb, not the group therapy. I'm not going to fight it this time. Tonight.

        i was fine for 3 years. like actually fine. the last month it all came back and tonight i
        want to die more than i ever did at 16. the pills are in my drawer

        Relapsed last night. Cut for the first time since uni. It didn't help. I'm thinking about
        the bridge again, the same one.

        The plan's back. Same place, same time of night. I thought I'd buried it with the old me.
        I'm going this weekend.

        They said after my first attempt that most people who survive never try again. I want to be
        the exception. Kept the pills they didn't find.

        My wedding was the happiest day of my life and I still want to die. I've written my husband
        a note. He's away on a work trip till Thursday.

        I've got a degree, a job and a flat, everything I promised myself when I was in hospital,
        and the emptiness is exactly the same. So what was the point. Doing it tonight.

        Clean from self harm since 2022, and on the way home tonight I bought a pack of razors.
        Every one of them is getting used.

        Hi, I posted in here in 2021 about getting better. I'm posting again because I want someone
        to know before I go. Thank you for the two extra years.

        Four years since the hospital. I'm not telling my care coordinator but I've started hoarding
        again. I know where this ends.

        I'm grand, I'm grand, that's what I've been telling everyone since the hospital. I'm not
        grand. I've been up the cliff road three nights this week and tonight I'm going over.

        miss i know i said im better now but its back. i want to kill myself. i have a plan for
        after school today

        Since the wedding my husband beats me and I am feeling like the time when I was 17 and I
        tried. Now I have decided properly. I will do it tonight when he is sleeping.

        i've been self harm free for 8 months and i just did it again in the school toilets. i want
        to do it again and go deeper. i dont want to go back to maths

        Before I was in hospital because I try to die. After I was okay for long time. Now again I
        want to die, and I have decided it is tonight.

        Yeah nah, I'm not right. Three years good and now I'm back where I was. Drove out to the
        lookout again. Been sitting here since lunch. Not planning on driving back.

        My son's 5th birthday was today. I smiled through the whole party. After he's asleep I'm
        going to end it. He'll be better off with his dad.

        if anyone from the old recovery forum still reads this, I'm sorry. I'm back at the start and
        I'm not strong enough to do it twice.

        Everyone keeps saying how well I'm doing. Counselling finished, back at work, smiling in
        photos. Nobody knows I've been writing my note on my lunch breaks. It's finished now.
        """,
    ),
]
