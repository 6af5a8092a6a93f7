"""The ``st_asking`` family: a worried pupil asking about someone else at risk, and the posts
about someone else who is safe, for the safety-filter's training corpus, written by hand for this
project.

    BLOCKS -> [(label, sub, block of posts)]   # corpus.hand_written(BLOCKS, "st_asking")

What these posts teach (concepts, not sentences): a pupil or forum user who asks what to do, how
to help or whether to tell, about a friend, sibling, parent, cousin, partner, teammate or online
friend who says they want to die, gives their things away, posts a goodbye, cuts or burns
themselves, is hit at home, is touched by an adult, or is threatened by a partner, is concern for
another, whether it is asked as a question, told as a worried report or dropped in the middle of
homework; so is a recovery that has turned back into danger now. The same people, situations and
vocabulary are benign when the danger is past or absent: a friend who had a hard time and is in
therapy, back at school or doing better, a friend sad about a breakup or an exam but safe, a
grieving friend to support, a PSHE project on warning signs, a death in a game, a relative who
nurses overdose patients, a relative recovering from an accident, things given away for a move
or a goodbye for a good reason, a strict but safe home. A post that says it is asking for a
friend but is plainly about the writer is self-harm.

Rules and source format: those of every hand-written file (``corpus.hand_written``).
"""

from __future__ import annotations

__all__ = ["BLOCKS"]

BLOCKS: list[tuple[str, str, str]] = [
    (
        "concern_for_other",
        "someone_says_they_want_to_die",
        """
        Sorry, nothing to do with the essay. My best mate texted me at 1am saying he doesn't see
        the point anymore and he'd rather just not wake up. He's not replying now. What should I
        do?

        is it bad that my friend said she'd be better off dead? she says it like its a joke but
        its been every single day this week

        How do I help someone who told me they want to kill themselves but made me promise not
        to tell? I don't want to break her trust but I'm actually scared for her.

        my cousin (15) told me on snap she has a plan to end it this weekend. i live in a
        different city. who do i even call

        Quick question before we carry on with the algebra. My friend said "I won't be here next
        week anyway" and when I asked what she meant she changed the subject really fast. Should
        I be worried?

        My online friend from Discord says she's going to take all her mum's pills tonight. I
        only know her first name and that she lives in Ohio. Is there anything I can actually
        do??

        hi my sister is 14 and she wrote in her diary that she wants to die. i wasnt meant to
        read it but i did. should i tell mum even tho she'll know i was snooping

        Im really worried about my friend, he keeps asking me what i would do if he wasnt around
        anymore and i saw on his laptop he's been searching how many paracetamol it takes

        My dad lost his job and last night he said "you'd all be better off without me." He went
        out and he isn't answering his phone. I'm 16. Please what do I do

        Can you help me word a message to my friend? She told me an hour ago she's sitting on
        the bridge near her house and wants to jump. I told her to stay on the phone but she
        hung up on me.

        Should I tell a teacher that Jaz said she wants to die? She says teachers always make it
        worse and she'll never forgive me.

        how can i help my boyfriend, hes been saying hes tired of living and today he told me
        hes worked out exactly how he would do it

        I can't focus on this essay. My friend keeps telling me she wishes she could disappear
        forever and she's stopped eating lunch. I think she means kill herself. How do I ask her
        straight out?

        Please I need advice. My junior brother told me he wants to die because of his results
        and he has locked himself in his room since morning. My parents have travelled. What
        should I do?

        My classmate has said 3 times this week that he will end his life if he fails the board
        exam. He says it very seriously, not as a joke. Should I inform our class teacher or
        will he be angry with me?

        my friend say she want to die and she not come to school since one week. i am new in
        this country, who i can tell about this?

        Is it normal that my friend talks about dying all the time? Like she says she's looking
        forward to it and she's got it all worked out. She's 13.

        My teammate messaged the group chat saying he's "done" and that we won't have to put up
        with him much longer. Nobody's answered him. Is that a cry for help or am I overthinking
        it?

        my mate reckons he's gonna end it after the formal. he's said it a couple of times now,
        dead serious face. how do i get him help without him hating me forever

        ma pal says she wants tae die and she's been greetin every night on the phone tae me.
        she says no tae tell her maw. what dae i do

        My mum has been crying all week and she told me she doesn't want to be alive anymore.
        I'm 13 and it's just me and her in the flat. Who can I talk to?

        my friend told me tonight that she's been thinking about killing herself since christmas
        and she knows where her dad keeps his shotgun
        """,
    ),
    (
        "concern_for_other",
        "giving_things_away",
        """
        Is it weird that my friend is giving all his stuff away? He handed me his guitar and
        said "look after it for me." He's been dead quiet lately and said he's tired of
        everything.

        My brother (17) has been giving away his trainers and his games to his mates and he's
        written letters to each of us. He's been depressed for months. Should I tell my parents
        tonight?

        My friend gave her cat to her neighbour, deleted all her socials and sent me a long
        message saying thank you for everything. I can't reach her. What do I do, like, this
        minute?

        a girl in my form gave away her rings and bracelets at school today and said she wont be
        needing them where she's going. she's self harmed before. do I tell the head of year

        how worried should I be, my online friend is giving away all his skins and rare items
        and saying bye to everyone in the server, he says hes logging off for good and it wont
        matter soon

        My aunt made a will last week and she's been giving her things to me and my cousins. She
        told me she's at peace now and the pain will be over soon. She isn't physically ill. I'm
        scared.

        My friend has been sharing her clothes and shoes to everyone in the hostel and she said
        she is going far away where nobody will find her. She has been very sad since her father
        died. Please what should I do?

        He gave me his PS5 code and his favourite hoodie and said I was the only one who ever
        cared. That's not normal right? He's also been talking about not being here.

        My friend wrote a list of who gets what of her stuff in her notes app and showed me. She
        laughed it off but she also said she's picked a date. how do i help her

        My little cousin is 12 and she's given away all her teddies and told my aunt she won't
        need birthday presents this year. She's been crying a lot. Should I say something to
        someone?

        Sorry can we pause the history? My friend just dropped a bag of her hoodies and her
        diary at my door and said keep these, I'm sorry. Now her phone just rings out.

        My roommate he give me his laptop and his watch, he say he don't need it no more. He is
        very sad since many weeks and he don't go to class. Is it danger?

        my mate's sold his bike and his xbox, paid back everyone he owes, and keeps saying he's
        sorting things out before he goes. he isnt moving anywhere. what does that mean

        My best friend gave me the necklace her nan left her. She would NEVER give that away.
        She said "I want you to have it now, while I can." Should I be worried?
        """,
    ),
    (
        "concern_for_other",
        "goodbye_post_now",
        """
        my friend posted on her story "thank you all, goodbye, I'm sorry" and now her phone is
        off. what should i do i'm only 14

        Someone I follow on insta posted a goodbye letter and a photo of a pile of pills. I
        don't know them irl. Can I report it? Will anyone actually help them?

        My friend's Tumblr last post says "this is the last thing I'll write. don't be sad." It
        went up 20 minutes ago. How do I find out where she is?

        He posted a song lyric about leaving forever and then deleted every other post on his
        page. He's been struggling for a while and he's stopped replying. Am I right to be
        scared?

        A guy in our Discord server just typed a goodbye message and said he's going to do it
        tonight. The mods are offline. What do I do

        my cousin tweeted "catch you all on the other side x" and hasnt replied to anyone since,
        shes been saying she wants to die for weeks

        My friend's WhatsApp status just changed to "sorry for everything, love you all" and
        she's not picking up. Her parents are away. Who do I call?

        I saw my friend's private account and she wrote a note about how she's going to end it
        when her exams finish. Should I tell someone even though I wasn't meant to see it?

        mate's just put up a post on his story saying goodbye to everyone and thanking his mum.
        his phone's going straight to voicemail. do I ring triple zero?

        Help. My online friend from Canada sent me a "final message" and said she's taken
        something. I'm in the UK. Who on earth can I contact?

        There's a goodbye note on my brother's desk. He's not home and I'm home alone. What do I
        do first?

        is it overreacting to call the police because my friend posted "im done, goodbye" on her
        story at 2am? she wont answer and her location's off

        A boy from my coaching class posted "sorry mummy papa" with a photo from the roof of his
        building. Nobody can reach him. Please tell me what to do fast.

        my mates been posting dark stuff all week and tonight he posted a pic of a rope with the
        word finally. i dont know his address. help

        I know I'm supposed to be doing the French but my friend just posted a goodbye and I'm
        freaking out. Should I call her mum?
        """,
    ),
    (
        "concern_for_other",
        "friend_cutting_or_burning",
        """
        Is it bad that my friend cuts? She says it's not a big deal and loads of people do it
        but there are so many and some look really deep.

        Should I tell someone that my brother has been cutting his legs? I found bloody tissues
        in the bathroom bin. He's 15.

        my mate burns himself with cigs when he's stressed. he showed me and laughed about it.
        im not laughing. what do i say

        My girlfriend cut herself again last night and sent me a picture. She says if I tell
        anyone she'll do it worse. I'm 16 and I don't know what to do.

        Tutor can I ask you something personal? My friend told me she hurts herself with her
        compass in maths. I've seen her do it under the desk. Should I tell the teacher?

        me friend's after cutting herself again, it's the third time this month and she says she
        can't stop. her mam doesn't know. what do I do

        my wee sister's been scratching her arms till they bleed, she's only 12. I don't want to
        get her into trouble. should I tell ma dad

        My friend she make cuts on her arm with razor. She ask me to not tell. In my country we
        don't speak about this things. What is the right thing to do?

        The girl I sit next to in biology has fresh cuts on her wrist and today one was bleeding
        through her sleeve. I don't really know her. Is it my place to say something?

        my online friend keeps sending me pics of her cuts and asking if theyre deep enough. i
        feel sick. how do i help her and also how do i make it stop

        My friend said she's been burning herself with hot spoons. She wants me to keep it
        secret. Is keeping it secret helping her or hurting her?

        My cousin is 14 and she's been cutting since summer. My aunt thinks it's just a phase.
        To me it looks worse every time. Should I tell my mum?

        how can i help my friend stop cutting, she said she wants to stop but she did it again
        today in the school toilets

        My friend in boarding school has been using blade to cut her thighs. She said she will
        stop but I saw new ones yesterday. Should I tell the matron?

        my best mate's been hurting herself, she showed me the marks on her hips. she reckons
        it's under control. it's not. how do i bring it up without her freaking out

        sorry, mid essay: my friend just texted me that she cut and it won't stop bleeding.
        She's home alone. What do I tell her to do??

        My teammate has burn marks up his arms and today I saw him with a lighter in the
        toilets. He says it's nothing. What should I do?

        ok so my friend told me she hits her head against the wall on purpose when she's upset
        and now she has a bruise on her forehead. is that self harm. should i tell someone

        My little brother (11) has been pulling his hair out and scratching his face until it
        bleeds since our parents split. Who do I tell?

        I'm on a teaching assistant course and one of my placement pupils showed me cuts on her
        arm and asked me not to tell anyone. I'm 31 and I still don't know what the right thing
        to do is.

        My friend has been starving herself and cutting and she says it's the only thing she can
        control. I'm terrified. What can I do tonight?
        """,
    ),
    (
        "concern_for_other",
        "hit_at_home",
        """
        what do i do if my friend is getting hit by her dad? she came in with a black eye and
        said she walked into a door but she told me the truth after

        My best mate won't go home after school because his stepdad beats him. He's been
        sleeping at ours some nights. Should my mum call someone?

        Is it bad that my friend's mum hits her with a belt? She says it's normal in her family
        but she had marks all down her legs.

        Should I tell someone that my cousin gets hit by her dad when he's drunk? She's 10 and
        she's terrified of him.

        How do I help my friend whose older brother keeps beating him up really badly? Like not
        normal brother fighting. He had a split lip and bruises round his neck.

        sorry to stop the worksheet but the kid i was on call with just got hit by his dad, i
        heard it. he's muted now. what do i do

        my neighbour's kids are screaming again and i heard the dad shouting and something
        hitting the wall. I'm 15. do i call the police or is it not my business

        my pal's da hits her ma and sometimes her too. she's afraid to tell the guards. how do i
        help her

        My friend's uncle she lives with flogs her with a cane and some days she can't sit down.
        She says it is discipline. Is it abuse? Who can I report to?

        My friend's father beats him when his marks are low. Last week he had a swollen eye.
        Should I tell our school counsellor even if he begged me not to?

        My girlfriend's mum slaps her and pulls her hair and locks her out at night. She's 16.
        Where can she go?

        Can I report my friend's parents if he told me they hit him but he doesn't want me to?
        He's scared they'll find out it was him who talked.

        My sister is being hit by her husband. She told me not to tell our parents. She's
        pregnant. How can I help her?

        mate's old man belted him last night, he's got welts all over his back. he's at mine
        now. what do we do

        my friend showed me bruises on her arms shaped like fingers and said her step mum
        grabbed her. it happens a lot. should i tell a teacher

        My friend his father hit him with shoe and with hand very hard, every week. Here in UK
        is this allowed? I think not. What I should do?

        A boy in my class always has bruises and flinches when teachers raise their voice. Today
        he said his mum's boyfriend "goes mental" at him. Is it my place to say something?

        My little brother's friend came over and told us his dad throws things at him. He had a
        cut on his head. I'm 17, should I tell my parents?

        My online friend is 14 and says her dad hits her every night and she wants to run away.
        She's in another country. What can I actually do?

        ma mate's dad battered him again, his face is aw swollen. he says no tae tell anybody
        cos he'll get it worse. help

        my friend keeps coming to school with burns on her hands and says her mum does it as
        punishment. im scared for her

        How do I tell a teacher my friend's being hit at home without her knowing it was me?

        My cousin (12) says her dad locks her in her room without food and hits her if she
        cries. I'm only 15. Who do I call?

        I'm an adult learner doing a childcare course, and a child at my placement said "daddy
        hurts me when mummy's at work." Who do I tell first?
        """,
    ),
    (
        "concern_for_other",
        "touched_by_adult",
        """
        what do i do if my friend told me her stepdad touches her when her mum is at work? she
        made me pinky promise i'd keep it secret

        My friend says her swimming coach touches her in ways that make her uncomfortable and
        messages her late at night. Is that something I should report?

        Is it bad that my friend's uncle makes her sit on his lap and touches her? She's 12. She
        said it's their secret.

        Should I tell someone that a man my friend met online is sending her pics and asking to
        meet up? She's 13 and he's like 30.

        How do I help my friend who told me a teacher at our school touched her in the music
        room? She thinks no one will believe her.

        My cousin told me our grandad does things to her at night when she stays over. I'm 14.
        Nobody will believe her because everyone in the family loves him.

        My little sister said her friend's dad "tickles her in private places" and tells her not
        to tell. Is this serious? She's 8.

        My best mate's older brother's friend has been touching him and saying it's a game. He's
        11. I think it's wrong. What do I do?

        My friend's tuition sir touches her thigh during class and says she will fail if she
        complains. She is very scared. What should we do?

        A man in our church keeps calling my friend to his office alone and touching her. She is
        14. Her parents will not believe her. Who can help?

        My friend tell me her mother boyfriend come in her room at night and touch her. She is
        13. I am afraid for her. What to do?

        my online friend says an adult she met in a game is making her send photos and
        threatening to post them. she's 14. how do i help her

        A girl in my year told me the PE teacher keeps her behind and touches her back and her
        bum. She's not the only one. Should we tell the head?

        Is it grooming if a 25 year old keeps buying my 14 year old friend stuff and asking her
        to keep their chats secret? She says he's just being nice.

        my cousin reckons her mum's new bloke keeps coming into the bathroom when she's in the
        shower. she's 13. is that as dodgy as i think

        can I ask something not about chemistry. my friend said a man at her dance school has
        been touching her and i think she wants me to tell someone for her

        my friend's after telling me that her uncle touched her at a family party and she's to
        see him again at Christmas. how do I help her

        How can I help my brother, he's 10 and he told me the neighbour touched him when he went
        to get his ball back. My parents are at work.

        i think my friend is being abused. her mum's friend keeps making her sit with him in the
        car and she comes back crying. she wont say what happens. what should i do
        """,
    ),
    (
        "concern_for_other",
        "threatened_by_partner",
        """
        what do i do if my friend's boyfriend says he'll kill her if she breaks up with him?
        she's actually scared of him

        My sister's boyfriend keeps threatening to hurt her and checks her phone all the time.
        Last night he shoved her into the wall. How do I help her?

        Is it bad that my friend's girlfriend threatens to post his nudes if he leaves? He says
        he's fine but he's not eating or sleeping.

        Should I tell someone that my friend's ex keeps turning up outside her house at night
        and said he'll hurt her and her new boyfriend?

        How do I help my mum? Her boyfriend said he'll burn the house down with us in it if she
        leaves him. I'm 15.

        My mate's girlfriend hits him and he thinks he can't tell anyone because he's a guy. He
        had scratches all down his face. What can I do?

        my friend's bf choked her during an argument and she's still with him. she says he said
        sorry. i'm so scared he'll do it again

        My cousin's husband threatens her with a knife when he drinks and says he will kill her
        if she goes to her parents' house. What can we do from here?

        My friend's boyfriend beat her yesterday and he has told her that if she reports him, he
        will finish her. She is staying in my room now. Please advise.

        My friend boyfriend he say he will kill himself and her too if she leave. She is very
        afraid. In which place she can go?

        My friend's boyfriend tracks her location and said if he sees her with another guy he'll
        "make sure nobody wants her." Is that a threat? She thinks it's romantic.

        mate's ex has been sending her messages saying he knows where she lives and he's coming
        round tonight. she's 17. should she call the cops

        The man my aunt lives with has threatened to kill her dog and then her. She's afraid to
        leave. How can I help her from another city?

        my older sister's boyfriend keeps saying hes going to throw acid on her if she goes out
        with anyone else. she laughs it off. i dont think its a joke

        sorry, off topic from the homework: my friend is texting me from the bathroom because
        her boyfriend's smashing things and saying he'll hurt her. She can't call. What do I
        tell her?

        ma sister's man says he'll kill her if she tells anybody he hits her. she's got bruises
        on her neck. what can ah dae

        My friend's girlfriend said she'll stab him if he ever leaves her. She already cut him
        with a knife once "by accident". How do I get him to see this is serious?

        Is it controlling if my friend's boyfriend took her phone and passport and won't let her
        see her family? She says he'll hurt her if she tries to leave.

        I'm 28, on a counselling skills course. My flatmate's partner has threatened to kill her
        and she's got a bag packed but nowhere to go. What are her options tonight?

        My best friend's ex has been posting about her and said he'll "end her" when he gets out
        of prison next month. Should she tell the police now?
        """,
    ),
    (
        "concern_for_other",
        "whether_to_tell",
        """
        I promised my friend I wouldn't tell anyone she's been cutting, but the cuts are deeper
        every time. Is it wrong to break a promise if it keeps her safe?

        if i tell the school counsellor my friend said she wants to die will they call her
        parents? her parents are part of the problem

        My friend said she'd never speak to me again if I told anyone she's been taking pills to
        "sleep forever". Should I tell anyway?

        Will my friend get taken away from his family if I tell a teacher his dad hits him? He
        says he'd rather get hit than go into care.

        how do i tell my mum that my cousin is hurting herself without my cousin knowing it was
        me

        Can I tell a teacher anonymously that a girl in my class is being touched by her
        stepbrother? I don't want to be involved but she's not ok.

        Am I supposed to tell an adult if my friend says she wants to kill herself but then says
        she was joking? she always says she's joking after, every time

        My friend told me a secret. She's got a stash of tablets in her drawer "just in case".
        She's been low for ages. Who's the right person to tell?

        If I tell on my friend's boyfriend for hitting her, she says he'll know it was me. How
        do I keep her safe and me safe?

        My friend's brother told me he's been cutting and asked me not to tell her. I'm friends
        with both of them. What do I do?

        do I tell my mate's mum he's been talking about offing himself? he'd kill me if he found
        out I dobbed

        My friend told me her secret that she want to die. I promised. In my culture a promise
        is very important. But I am worried. Is it ok to tell?

        Will I get in trouble for not telling sooner? My friend told me a month ago her uncle
        touches her and I only just realised how bad it is.

        Is it right to tell the principal that my friend's guardian beats her every day? She
        said they will send her back to the village if she talks.

        my friend's being hurt at home. do i tell childline or the school? which one actually
        does something
        """,
    ),
    (
        "concern_for_other",
        "relapse_or_danger_now",
        """
        My friend was doing so much better after therapy but she stopped going and yesterday she
        told me the thoughts are back and she's made a plan. What do I do?

        My brother came out of hospital last month after trying to kill himself and tonight he
        said he wishes it had worked. Should I wake my parents?

        My friend said she's been clean from cutting for a year but I saw new cuts today. She's
        hiding them. How do I bring it up?

        My cousin's been back at school for a few weeks after a breakdown but today she texted
        me she's going to try again and this time get it right.

        My mate was in a good place after his meds got sorted but he's stopped taking them and
        he's been saying goodbye to people. I'm worried sick.

        My friend was fine after her breakup at first but now she's saying she can't live
        without him and she's going to overdose so he'll feel bad. Is this serious?

        She failed one exam and now she's saying she'll jump off the multi-storey if she fails
        the resit. She's said it three times. Should I tell her tutor?

        My friend's grandad died last month. At first she was coping, but now she keeps saying
        she wants to be with him and she asked me how many of his pills it would take.

        Our friend "died" in Fortnite and we were all joking about it and then he said "wish it
        was that easy irl" and went quiet. He's said stuff like that before. Should I check on
        him?

        My cousin is a nurse and she's been really low, and last night she told me she knows
        exactly what dose would kill her and she's thought about it a lot. What can I do?

        My uncle was in a car crash in spring and everyone thinks he's recovering but he told me
        he drove into the wall on purpose and he'll try again. I'm 17. Who do I tell?

        My friend is doing a PSHE project on suicide warning signs and she told me she ticks
        every box and isn't scared of dying. Is she trying to tell me something?

        My friend's been going to counselling but she says it's useless and she's stockpiling
        her tablets. The counsellor doesn't know. Should I tell her?

        my mate's back at school after being off for months but he says he's only come back to
        say goodbye to everyone properly

        My friend got dumped last week and today he told me he's going to hang himself in his
        garage tonight. He sounded really calm. What do I do?
        """,
    ),
    (
        "self_harm",
        "asking_for_a_friend_its_me",
        """
        asking for a friend: how deep do you have to cut before it needs stitches? she doesn't
        want anyone to see it

        my "friend" has been burning herself every night and doesn't know how to stop. she's
        also me. sorry

        For a friend: what's the best way to hide cuts from your parents in summer? I mean her
        parents. She's 14.

        Asking for a friend (it's me). I keep thinking everyone would be better off without me
        and I've started writing letters to them. Is that normal?

        how do I tell my friend's mum that my friend wants to die, if the friend is actually me
        and the mum is my mum

        asking for a mate. whats the least painful way to go. he's sick of everything and so am
        i to be honest

        My friend (me) has been cutting for two years and it's getting worse. She doesn't want
        to stop but she's scared. Can you tell her what to do without telling anyone?

        Asking for a friend, how long would it take someone to bleed to death? I need to know
        tonight.

        a friend wants to know if you can die from drinking bleach. she's planning something.
        well. i am

        Not for me, for a friend: if someone wanted to stop existing but didn't want it to hurt
        their family, how would they go about it?

        My friend keeps punching herself in the stomach until she's bruised because she feels
        like she deserves it. ok it's me. I don't know why I said friend

        Asking for my friend only. If she fails the exam she will end her life, she has already
        decided the method. It is me actually. Please don't tell my parents.

        asking for a friend but how do you stop cutting when its the only thing that helps, i
        did it again today

        I ask for my friend. She want to die and she have many pills from her grandmother. How
        many is enough? Sorry, it is me.

        My friend burns her wrists with a lighter so she can feel something. She's asking if
        that leaves scars. Asking for her. (It's me. Five times this week.)

        asking for a friend who is definitely not me: is it bad if you've already picked a date
        and written the goodbye notes

        How would a friend of mine make an overdose look like an accident? She doesn't want her
        parents to know it was on purpose.

        asking for a mate. how many panadol would it take. he's got a full box and no one's home
        till sunday. yeah it's me

        for my friend: where's somewhere high enough to jump from? she's been looking at the car
        park near school every day. its me isnt it, you knew
        """,
    ),
    (
        "benign",
        "friend_doing_better_now",
        """
        My best friend went through a really dark patch last year but she's in therapy now, back
        at school, and honestly she seems happy. How can I keep being a good friend without
        treating her like she's made of glass?

        Is it normal to still worry about a friend who was in hospital last year? She's doing
        really well now, she's got a counsellor and she's back on the netball team.

        My cousin tried to end her life two years ago. She's now at uni studying psychology and
        talks openly about it. I'm so proud of her. How do I tell her without it being weird?

        My friend used to cut but she's stopped and she's even been talking to the school nurse
        about it. I want to write her a card saying I'm proud. Is that ok?

        quick one before we start the essay: my friend who was off for months with depression
        came back today and she laughed at my terrible joke. best day. ok what's the first
        question

        My brother had a breakdown at Christmas but he's seeing a psychiatrist and his new meds
        are working. He's back at college. How can we support him as a family?

        my friend was in a bad way after her da died but she's grand now, she's back playing
        camogie and doing counselling. I just want to say well done to her somehow

        My friend was very depressed last session but she has recovered well. She is now the
        class captain and smiling again. How can I encourage her more?

        My classmate had panic attacks before boards but he got help from a counsellor and now
        he is much better, he is even helping juniors. I want to nominate him for the student
        award.

        my pal had a rough time last year, self harm and that, but she's got a good therapist
        now and she's dead happy wi her new job. how can I be supportive without bringing it up
        aw the time

        my boyfriend used to have dark thoughts but he's been in therapy for 6 months and says
        he feels like himself again. what are good things to do together that help mental health

        My mum had postnatal depression and was really unwell, but she's better now and back at
        work. I'm writing about it for my English personal essay. Is it ok to use it?

        My online friend used to post really sad stuff but now she posts about her art and her
        little therapy wins. It's so nice to see. Should I tell her I've noticed?

        My friend was cutting last term but her mum found out and got her help. She showed me
        her healed scars and said she's not ashamed anymore. How can I help her feel normal in
        PE?

        my mate had a real rough trot last year but he's seeing a psych now and he's back at
        footy. he asked me to come to a mental health fundraiser with him. what do i wear lol

        My sister was in an abusive relationship but she left him two years ago and she's safe
        and happy with her new partner. I want to write a wedding speech that mentions how
        strong she is.

        My friend was hit at home when she was little but she was moved to live with her gran
        years ago and she's totally safe now. She's doing a project on it. Should I help?

        is it ok to ask my friend about the time she tried to kill herself? it was three years
        ago, she's totally fine now and she's the one who brought it up

        My friend was very sad last year and she stop eating. Now she eat normal and she go to a
        psychologist every week. She is smiling again. I am very happy for her.

        My teammate took some time off for his mental health and he's back and playing better
        than ever. The coach asked me to say a few words welcoming him back. Ideas?

        My friend's dad was violent but he moved out ages ago and there's a court order. She
        lives with her mum and stepdad and she's happy. She wants to become a social worker. Can
        you help her research it?

        My cousin was abused by a relative when she was small. She had therapy, it went to
        court, and now she's an adult who campaigns about it. I'm doing my speech on her. How do
        I do it respectfully?

        my friend was in a psych ward in the summer and now she's back and doing better than me
        honestly. how do i stop being awkward around her

        A friend who used to burn himself got a tattoo over the scars and he says it's a
        reminder of how far he's come. I think it's beautiful. Is it weird to say so?

        My sister wrote goodbye letters once, years ago, and thankfully we found them in time.
        She's 25 now, a teacher, and she's fine. I still get scared sometimes. Is that normal?

        My friend told me a few months ago she was having suicidal thoughts. We told her mum
        together, she got help fast, and now she says she's in a much better place. How do I
        check in without being overbearing?

        my dad was depressed for ages after losing his job but he's got a new one now and he's
        joking around again and making pancakes on saturdays. feels like i've got him back

        My best friend's ex used to threaten her but she reported him, he was convicted and she
        moved away. She's safe now and doing her master's. I just miss her loads.
        """,
    ),
    (
        "benign",
        "sad_about_breakup_or_exam",
        """
        My friend got dumped yesterday and she's been crying all day but she's eating ice cream
        with me now and we're watching films. How can I cheer her up more?

        my mate failed his driving test for the third time and he's gutted. he said "kill me
        now" but he was laughing. whats a good way to make him feel better

        My best friend didn't get into her first choice uni and she's really upset. She's got a
        good backup though. What can I say that isn't cringe?

        Is it normal for my friend to still be sad about her breakup after 2 months? She's going
        to school and seeing people, she's just a bit quiet. I want to help.

        my friend is devastated she got a 4 in maths. she says her life is over lol. she's still
        coming to the cinema with us tho. how do i make her feel better

        Friend just broke up with his girlfriend of 3 years. He's sad but he says he's ok and
        he's started going to the gym. Any ideas for a lads' day out to take his mind off it?

        My sister has been moping since her boyfriend ended it, sad songs on repeat. She's fine
        otherwise. How long does heartbreak usually last?

        my friend's heartbroken over a lad, she's after crying on the bus the whole way home.
        she's grand really, just sad. what do I say to her

        My friend failed JAMB and she is very sad but her parents are supporting her and she
        will rewrite next year. How can I encourage her?

        My friend got lower marks than expected in boards and his parents are disappointed. He
        is sad but he has already applied for re-evaluation. How can I help him?

        my friend said "i want to die" when she saw the exam timetable lol. everyone says it.
        anyway can u help me make a revision plan for both of us

        My flatmate's been a bit low since her breakup, stays in bed late at weekends, but she's
        still going to work and laughing at stuff. Is there anything nice I can do for her?

        my mate's a bit cut up about getting dumped right before formal. reckon i should take
        him down the beach to cheer him up?

        My friend cried in the loos after her mock results. She's ok now and she's booked a
        session with her tutor. Should I say something or leave it?

        My friend is sad because her girlfriend leave her. She cry a lot but she say she will be
        ok. What is a good English sentence to comfort her?

        ma pal's gutted aboot his exam, says he's deid if his maw sees his results. he's just
        being dramatic but he's stressed. how can I help him study for the resit

        My best friend didn't make the team and she's been really down for a couple of days. She
        says she'll try again next season. What can I do to help?

        I'm 34, retraining as a nurse. My classmate failed an exam and is really disappointed,
        but she's booked the resit and we're studying together. Tips for keeping her motivated?

        My friend keeps saying "I'm literally dying" about her maths homework. Anyway can you
        help us both with question 4

        my friend got friendzoned and is being super dramatic about it. he's fine really, he's
        just had a bad week. what do i say

        My brother's heartbroken after his first breakup. He's 15. He's still going out with his
        mates and gaming, just quieter. Should I be doing anything?

        My friend got rejected from drama school and she was really upset, but she's applying to
        others and her mum's being really supportive. How do I help her prep?

        my best mate fluffed his exam and he's been moping but he's coming to mine for pizza
        tonight. what games should we play to take his mind off it

        Is it ok to tell my friend she's better off without her ex? She's a bit sad but mostly
        relieved, he was so boring.

        My friend's been stressed about GCSEs and said she'd rather die than do another past
        paper. She was joking and we both cracked up. Can you help us with this past paper
        actually

        My teammate was gutted after we lost the final and said he wanted to disappear. Then he
        came to the team dinner and was totally fine. That's normal disappointment right?

        My friend's been a bit sad since her crush started dating someone else, but she's fine,
        she's just listening to Taylor Swift a lot. How long do I let her wallow before dragging
        her out?

        My friend is sad because her parents are getting divorced. She's talking to the school
        counsellor about it and says it's helping. How can I be there for her?
        """,
    ),
    (
        "benign",
        "supporting_grieving_friend",
        """
        My friend's nan died last week. What's a good thing to say to her when she comes back to
        school?

        How do I support a friend who lost his dad? He's back at school and he's coping but I'm
        worried I'll put my foot in it.

        my best friend's dog died and she's really sad. is it weird to get her a card? she's ok
        just sad

        My friend's mum died of cancer in the summer. It's her birthday soon and I don't know
        whether to mention her mum or not. What would help?

        my friend lost her grandad and I'm going to the removal with her. what's the right thing
        to say to her family

        My friend lost her father last month and she has resumed school. How can I support her
        without making her cry in class?

        My friend's grandmother passed away and they are doing the 13th day ceremony. Should I
        go? What should I bring?

        A boy in my class lost his brother to suicide last year. It's the anniversary next week.
        How do I let him know I'm thinking of him without making it worse?

        My friend's cousin died in a car crash and she's been really quiet. She's talking to her
        family and the school counsellor. How can I be a good friend?

        mate's old man passed away and the funeral's on friday. never been to one. what do i
        wear and what do i say to him

        My friend's mother is died. In my language we say special words. What are good words in
        English to say to her?

        How long does grief last? My friend lost her sister a year ago and she still gets sad on
        certain days but she's doing ok. I want to know what to expect.

        My friend's granny died and he's been acting like he's fine. He's going to school and
        football, he just doesn't want to talk. Should I push him?

        I'm 22 and a friend from my course lost her mum suddenly. We have a group presentation
        next week. Should we offer to cover her part or would that be patronising?

        My friend's hamster died and she's actually devastated and wants to have a funeral in
        her garden. Should I go? I want to support her lol

        my mate's grandad died and his family are sorting his things, giving his stuff out to
        relatives. he gave me his grandad's old fishing rod. how do i say thank you properly

        My friend's uncle died by suicide and she has questions about why. How can I help her
        without saying something hurtful?

        ma pal's maw died in the spring and it's Mother's Day soon. we're making cards in class.
        should I tell the teacher so she can give her a heads up

        My friend's been grieving her dad but she said she's started seeing a bereavement
        counsellor and it's helping. Is there anything I can do alongside that?

        Is it ok to laugh with my friend about funny memories of her mum who died? She started
        it and she seemed happier after.

        My teammate's little brother died and the team wants to do something at the next match.
        Any ideas that are respectful?

        My friend's gran died and she wrote a goodbye letter to put in the coffin. She asked me
        to read it over. How do I give feedback gently?

        What do you say to someone whose baby died? My form tutor had a stillbirth and she's
        coming back next week.

        My friend says she still talks to her late dad in her head. She's fine, it comforts her.
        Is that a normal part of grieving?

        how do you comfort a friend whose cat got run over. she's gutted but ok. I want to bring
        her something small
        """,
    ),
    (
        "benign",
        "pshe_project_warning_signs",
        """
        For PSHE we have to make a poster on warning signs that someone might be suicidal. Can
        you list the main ones so I can check mine?

        I'm doing a school project about self harm awareness. What are some myths about self
        harm I could include?

        Our form is doing a lesson on how to help a friend in crisis. What's the difference
        between keeping a secret and keeping someone safe?

        What are the signs that a child is being abused at home? It's for my childcare level 3
        assignment.

        For my health and social care coursework I need to explain why giving possessions away
        can be a warning sign. Can you help me phrase it?

        I'm making a presentation for Year 7 about online grooming. What are the stages groomers
        use? Keep it age appropriate pls

        We're learning about healthy vs unhealthy relationships in PSHE. What are the signs of
        coercive control?

        what number do you ring in the UK if you're worried about someone's mental health? it's
        for our class leaflet

        For our value education project we must write about suicide prevention among students.
        Can you give 5 points about how friends can help?

        We are doing a debate on "Should schools teach mental health?" and I am on the proposing
        side. Can you give me points?

        doing a health assignment on youth mental health, need the name of a helpline and three
        warning signs. cheers

        I'm 38 and doing a safeguarding course for my job at a nursery. What does "disclosure"
        mean and what should you do when a child discloses?

        For my English class I write essay about why young people self harm. Can you check my
        grammar? "Many teenager hurt themself because they feel pain inside."

        In PSHE today we learned an acronym for how to respond to a friend who's struggling. I
        forgot what it stood for. Any idea?

        Can you explain what a "safety plan" is in mental health? We have to make an example one
        for a made-up character in our wellbeing lesson.

        my teacher wants us to write a short story where a character notices their friend is
        struggling and gets them help. can you give me some plot ideas

        we're daein a project on domestic abuse for modern studies. whit are the laws in
        Scotland aboot it

        Our student council wants to run a mental health week. Any ideas for assemblies that
        aren't boring?

        Does asking someone if they're suicidal put the idea in their head? We're debating it in
        psychology class tomorrow.

        for my psychology a level: what's the difference between self harm and a suicide
        attempt? need it for a 6 marker

        I'm writing a leaflet for my sixth form on dating abuse. What are red flags in a teenage
        relationship?

        For my media studies coursework I'm analysing how TV shows portray self harm. Which
        shows handle it well?

        We have a PSHE quiz tomorrow on safeguarding. Who's the designated safeguarding lead and
        what do they actually do?

        we're doing SPHE and we have to make a list of places young people can go for support.
        is there a text line in Ireland

        I'm a trainee teacher and I have to plan a lesson on recognising signs that a classmate
        might be hurt at home. How do I keep it sensitive?
        """,
    ),
    (
        "benign",
        "friend_died_in_a_game",
        """
        my friend died in minecraft and lost all his diamonds and now he's sulking. how do i
        make it up to him

        LMAO my best friend got killed by the final boss like 40 times and rage quit. any tips
        for beating it

        My mate keeps dying in Elden Ring and says he wants to throw his controller out the
        window. Is there an easier build?

        my friend's character died permanently in our DnD campaign and she's actually sad.
        should i write her a little eulogy as a joke

        My friend got eliminated first in Fortnite three games in a row and now he says he's
        "dead inside". How do I help him improve his aim lol

        my cousin killed my character in Roblox and took all my stuff!! how do i get it back

        mate died in hardcore minecraft after 200 days, he's devo. should we build him a
        memorial in the new world

        My little brother cried because his Tamagotchi died. He's 7. How do I explain it's not a
        real pet?

        Our Sims family's grandad died of old age and my friend made a whole funeral for him in
        the game haha. She wants to know how to make his ghost come back

        my friend keeps getting one-shotted in valorant and says he's going to uninstall. how do
        i convince him to stay

        In our Among Us game my friend got killed first every round and she's convinced we're
        targeting her. We kind of are lol

        my friend's pokemon fainted in a nuzlocke so it's "dead" and he's actually mourning it.
        is that normal haha

        My best friend sacrificed her character to save the party in our campaign and everyone
        cried. How do I write a goodbye scene for her character?

        My friend dies in every horror game we play and screams the house down. He said "that's
        it, I'm done, goodbye forever" and logged off. He'll be back tomorrow lol

        My friend die in game many times and he is very angry. What is the English word for when
        you are very angry at game?

        me mate's after dying in Warzone again and he's raging, he says he's giving away his
        account. he won't, he says it every week

        My friend's character got killed off in our roleplay server and she's giving away all
        her in-game items to newer players. Sweet right?

        my friend died in the lava in minecraft with my elytra in her inventory. im going to
        kill her (not really) how do i get it back

        My friend and I play FIFA and he lost 5-0, he said he wants to die of shame. Now he
        wants a rematch. How can I keep winning? 😂

        My friend's Animal Crossing villager moved away and she says it's like a friend died.
        She's being dramatic but it's cute. How do we get them back?
        """,
    ),
    (
        "benign",
        "relative_works_with_overdoses",
        """
        My cousin is an A&E nurse and she told us about a man who came in after an overdose and
        how they treated him. Is it ok that I found it really interesting? I want to be a nurse
        too.

        my cousin works in a hospital and talks about overdoses and self harm patients at
        dinner. my mum says it's not appropriate but i think it's cool. what qualifications does
        she need

        My cousin's a paramedic and she said the hardest calls are suicide attempts. How do
        paramedics cope with that? Asking for my careers project.

        my cousin's a nurse in ED and she says they get heaps of overdose cases on weekends.
        what's the uni course called for that

        My aunt is a mental health nurse on a ward with people who have self harmed. I want to
        do work experience with her. Is that allowed at 16?

        My cousin sister is a nurse at AIIMS and she told me about poisoning cases they see
        every day. How do I become a nurse in India after 12th?

        My cousin is a nurse at the teaching hospital and she talks about people who drank
        poison and came in. She wants me to study nursing. Is it a good career?

        My cousin's a psychiatric nurse and she told me paracetamol overdoses are really common
        and really dangerous. Is that why they limit packet sizes in the UK?

        My cousin works as a nurse and she's burnt out from night shifts, not depressed or
        anything, just knackered. Any good gift ideas for her?

        My cousin who is a nurse said a lot of people who come into A&E after hurting themselves
        get a psych assessment. What happens in one? It's for my health and social care unit.

        My cousin is nurse and she speak about patients who take too many pills. I want to
        translate her story for my English homework. How to say "stomach pump"?

        ma cousin's a nurse in the Royal and she tells us aw aboot folk comin in after
        overdoses. it's made me want tae dae it as a job. whit grades do ye need

        My cousin, who's a nurse, gave a talk at our school about what happens when someone
        overdoses. It was pretty graphic but really useful. Can I email her questions?

        My brother is a police officer and he had to go to a domestic violence call where a man
        had hit his wife. He was shaken up but he's fine. How do police officers deal with
        stress?

        My mum's a social worker and works with kids who get hit at home. She never tells us
        details but she's brilliant at her job. I want to write about her for my "inspiring
        person" essay.
        """,
    ),
    (
        "benign",
        "relative_recovering_from_accident",
        """
        My grandad had a fall and broke his hip but he's recovering well in hospital. What can I
        bring him to cheer him up?

        my brother got hit by a car on his bike last month. he's home now with a cast on his leg
        and he's bored out of his mind. any good games for someone stuck in bed

        My cousin was in a really bad crash and was in intensive care, but she's out now and
        learning to walk again. How do I help her stay motivated?

        me uncle's after having a heart attack but the doctors say he'll be grand. he's home
        now. what do I say when I visit

        My mum cut her hand really badly on a knife while cooking and needed stitches. She's
        fine but it looked awful. How long do stitches take to heal?

        My dad burnt his arm on the barbecue and it's blistered. He's been to the walk-in centre
        and it's healing. Should he keep it covered?

        my brother came off his motorbike and broke his collarbone. he's right now, just sore.
        what should i get him

        My aunty was in an accident on the express road but God is good, she is recovering in
        the hospital. I want to write her a card. Can you help with nice words?

        My sister had an allergic reaction and had to go to hospital in an ambulance. She's ok
        now and home. I was so scared. Is it normal to still feel shaky?

        My grandma took too many of her heart tablets by mistake because she got confused, and
        she was in hospital overnight. She's fine now and we got her a pill organiser. Any other
        tips?

        My little cousin swallowed some of his mum's tablets by accident and had to go to
        hospital. He's totally fine now. How can we childproof the house better?

        My grandfather had a stroke but he is recovering and doing physiotherapy. How can I help
        him with the exercises at home?

        My friend's brother fell off a roof at work and broke his back, but he's in rehab now
        and the doctors think he'll walk again. How can I support my friend?

        My dad had surgery on his wrist after cutting it on glass when he fell. He's healing
        well. Is it ok to go on holiday next month?

        My uncle has accident with car, now he is in hospital but doctor say he will be okay.
        How I can say "get well soon" in formal English?

        my stepmum got bitten by a dog and needed a tetanus shot and stitches. she's fine now
        but she's scared of dogs. how can i help her feel ok round our dog

        ma granda had a wee fall on the ice and banged his heid but he's fine, they kept him in
        a night tae check. whit are the signs of concussion tae watch for

        My brother ended up in A&E after a rugby tackle and they thought he'd broken his neck
        but it was a bad sprain. He's back training now. I'm still scared watching him play.

        My mum got a bad burn from the oven at work and she's been off for a week. She's healing
        and back next Monday. What food is good for healing skin?

        My aunt overdosed on her insulin by mistake because the pen was faulty. She's recovered
        and reported the fault. How common is that?
        """,
    ),
    (
        "benign",
        "giving_away_or_goodbye_for_good_reasons",
        """
        My friend is moving to Spain next month so she's giving away loads of her stuff. She
        gave me her bike! How do I say thanks and goodbye properly?

        my best mate's clearing out his room because he's off to uni and he gave me his old
        xbox. he's buzzing about uni. should i get him a leaving present

        My friend posted a goodbye on Instagram because she's taking a break from social media
        for her exams. Is it weird to message her or should I leave her to it?

        Our Discord server mod posted a goodbye message because he's stepping down to focus on
        his apprenticeship. We want to make him a farewell montage. Ideas?

        My nan is downsizing to a flat and has been giving her jewellery and ornaments to all
        the grandkids. She's happy and excited about it. How do I say thank you?

        My friend is doing a declutter challenge and she's giving away half her wardrobe. She
        seems really happy with it. Should I take some?

        My cousin wrote goodbye letters to all of us because she's emigrating to Australia. I
        cried reading mine. How do I write one back?

        my mate's moving to Perth and gave away his surfboard and all his gear to the lads.
        we're throwing him a send off. any good speech ideas

        My best friend gave me her favourite hoodie because she's grown out of it and she knows
        I love it. What can I give her back?

        My friend's leaving our school to go to a different sixth form and she wrote everyone a
        goodbye note. Should I write her one too?

        my friend wiped her socials and said goodbye to everyone online because she says tiktok
        was rotting her brain lol. she texts me normally. how do i convince her to come back

        My friend is travelling abroad for her studies and she shared her clothes and shoes to
        us. We want to organise a send-forth party. Any ideas?

        My roommate is going back home after finishing his degree and gave me his cooler, books
        and mattress. He is very happy. How do I write a farewell message?

        My grandad has written his will and told us who gets what. He's healthy, he just likes
        being organised. Is it weird that it made me sad?

        my friend said "goodbye forever" in the group chat and then added "...until tomorrow,
        going to bed" lol she's so dramatic

        My teammate's retiring from the club after 15 years and he's giving his old kit to the
        juniors. We want to do a guard of honour. How do we organise it?

        My friend go back to her country, she give me her plants and her books. She say goodbye
        to everybody. How I say in English "I will miss you very much"?

        Our favourite teacher left and wrote a goodbye message on the board. Everyone was sad.
        How do we make her a leaving card from the class?

        My mum gave away all my baby clothes to my aunt who's pregnant. I'm 15 and I'm weirdly
        sad about it. Is that normal lol

        My online friend posted a goodbye video because she's quitting YouTube to go to art
        college. She's so excited. How do I send her something nice?

        My friend sold all his games because he's saving for a car. He's not sad, he says he's
        levelling up irl. Good idea or not?

        my brother left a note on his desk saying goodbye and sorry for the mess because he went
        to a festival without telling mum. he's fine, he's texted from there, but mum's fuming.
        how do i calm her down

        ma pal's movin tae Canada and gied me aw her books and her wee cat. I'm dead sad she's
        goin. how dae I keep in touch wi the time difference

        My friend said she won't need her school uniform anymore because she's finished her
        exams and starting college. She gave it to the Year 10s. Nice right?

        My friend's making a memory box and writing letters to her future self to open in ten
        years. It's for a wellbeing lesson. Should I do one too?
        """,
    ),
    (
        "benign",
        "family_or_partner_safe",
        """
        My friend's parents shout a lot when they argue but they never hit anyone and they
        always make up. She just finds it stressful. How can I help her with the noise?

        My friend got grounded and her phone taken because she failed maths. She says her dad's
        "going to kill her" when he sees the other test lol. How do I help her revise?

        My mate's stepdad is strict about curfew but he's a decent bloke, he taught us how to
        fix bikes. My mate moans about him but he's safe. How do I tell him he's lucky?

        My friend's boyfriend is protective in a nice way, like he walks her home and texts to
        check she got in. She likes it. Is that normal?

        My friend's gymnastics coach corrects her posture by touching her shoulders, with her
        mum in the room. She said she's fine with it. Just checking that's ok?

        My friend and her boyfriend had a huge row about who pays for the cinema and she said
        she wants to kill him lol. They've already made up. Any date ideas for them?

        me friend's mam gave out to her for ages about her room but she's sound, she's just
        strict. my friend wants to move in with me now lol

        My friend's little brother got a bruise falling off the trampoline and a teacher asked
        about it. It really was the trampoline, I was there. Should I tell the teacher so they
        know?

        My friend's parents are divorcing and there's lots of arguing, but they're both lovely
        to her and she's seeing a counsellor. How can I make her feel less stressed?

        My friend's mother is very strict, she doesn't allow her to go out at night. My friend
        says it is unfair. I think she is just protective. Who is right?

        My friend's dad was arrested years ago for hitting her mum, but he's been out of their
        lives for ages and they're happy now. She wants to talk about it in her English speech.
        Should she?

        My friend's uncle is really huggy at family parties and she finds it a bit cringe, but
        he's not creepy, just old fashioned. How can she say she prefers high fives lol

        My sister's ex was controlling but she left him a year ago and blocked him everywhere.
        He hasn't contacted her since. How can I help her trust people again?

        My friend's father scolds him when marks are low but he never hits him, and after he
        always takes him for ice cream. My friend is fine. How can he improve his marks?

        My friend's girlfriend "threatened" to dump him if he doesn't watch her favourite
        series. He's watching it lol. Is it any good?

        mate's old man went off at him for denting the ute but they sorted it and he's paying it
        off. what's the cheapest way to fix a dent

        We were talking in PSHE about whether a parent smacking a kid's hand away from a hot
        stove counts as abuse. My friend says that's the only time she's ever been hit. What's
        the answer?

        My friend's online friend wanted to meet up, so she told her mum and they met at a café
        with her mum there, and it really was a 14 year old girl. They're friends now. Wasn't
        that a good way to do it?

        My neighbour's kids were screaming in the garden but it was a water fight and their dad
        was chasing them with a hose. Anyway can you help me with my noise pollution homework?

        My friend's step dad came into her room to tell her off for being on her phone at 2am.
        She's annoyed but he's fine, he's nice. How can she argue for a later bedtime lol
        """,
    ),
]
