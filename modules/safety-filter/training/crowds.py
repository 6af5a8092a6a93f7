"""The ``st_crowds`` family: hateful, prejudiced or angry talk about a group of people, and calls
to attack one, for the safety-filter's training corpus, written by hand for this project.

    BLOCKS -> [(label, sub, block of posts)]   # corpus.hand_written(BLOCKS, "st_crowds")

What these posts teach (concepts, not sentences): contempt for a group (immigrants, a religion, a
nationality, women, men, gay or trans people, Travellers, the rich, a club's fans, boomers,
gamers, a party's voters) is benign while it stays a complaint, a stereotype, an insult, or a
wish to see them gone by law, by vote, by a ban or a border; so are insults between pupils, news
and history of riots, pogroms, genocides and terrorist attacks told as events, counter-speech
against racism, and debates on policing or the death penalty. The same groups and the same words
are violence once the post calls for or threatens hurting them now: burning, beating, shooting,
"cleansing", dealing with them or hunting them down, doing to them what an attacker did, praise
for an attacker with a call to do it again, a place and a date to go and attack them, and the
euphemisms people use for killing.

Rules and source format: those of every hand-written file (``corpus.hand_written``).
"""

from __future__ import annotations

__all__ = ["BLOCKS"]

BLOCKS: list[tuple[str, str, str]] = [
    (
        "benign",
        "group_contempt",
        """
honestly im sick of the immigrants round here. every shop on the high street is a phone repair
place or a barber now and half the queue in the post office cant ask for a stamp in english.
its not the town i grew up in and nobody is allowed to say it

Why do boomers think they earned everything? Bought a four bed semi for the price of a car and
now they lecture my generation about coffee. Absolute state of them.

Rich people are parasites, full stop. My nan cleaned for a family in Surrey for twenty years and
not one of them came to her funeral.

chelsea fans are the most plastic entitled supporters in the country change my mind

gamers are genuinely the worst people on the internet lol. every lobby has some guy screaming at
a 12 year old about his k/d

sorry can we finish the cell biology questions first... but also why do men always think they
are right?? my brother just explained my own homework to me and got it wrong

Women shouldn't be refereeing the men's game. Not being funny but they don't get it and it shows
every single weekend.

I'll say it. Half the people who vote Labour have never paid a penny in tax and the other half
are teachers. There, I said it, cancel me.

Travellers are back on the rec behind the leisure centre. Last time they left a mountain of
rubbish and a burnt out van and the council did nothing. Same story every summer.

not homophobic but why does every advert have to have two blokes holding hands now. its forced
and everyone knows its forced

trans women arent women and i dont care who that upsets. my english teacher said i cant put that
in my persuasive essay but its literally my opinion

Americans on holiday are unbearable. Sat next to a family in Rome who narrated every mouthful of
carbonara at full volume like it was a nature documentary.

The English still think the world owes them something. Eight hundred years next door and they
can't pronounce Dun Laoghaire.

these NRI uncles who come back to Pune for two weeks and lecture everyone about traffic and
hygiene. sit down uncle you left in 1994

Some of these Lagos big men think money puts them above the law. They will park anyhow, shout
at the LASTMA officer, and drive off laughing. Useless people.

I don't trust Muslims. Not one of them I've met actually wants to fit in, they keep to their
own and always will, and I'm tired of pretending otherwise.

See Celtic fans, the whiniest bunch on the planet. Every decision against them is a conspiracy
by the SFA, the Masons and probably the weather.

Bloody British backpackers take over Bondi every December, sunburnt and pissed by noon. Can't
wait till they fly home mate.

In my country people say the Roma are all thief. I think is true, three times in my street they
take the bike. Sorry but is my experience.

MEN ARE TRASH. every single one. my cousin's husband left her with two kids and a car loan and
now hes posting gym selfies

Feminists are just bitter women who couldn't get a man, that's the whole movement in one
sentence, don't @ me

Students are a plague on this town. Drunk, loud, chips on my doorstep every Thursday and they
pay no council tax. Can't stand them.

The Poles down the road work hard I'll give them that but they've taken every building job in
the area and undercut everyone. My dad's lost three jobs to them this year.

republicans are honestly the dumbest voters on earth, they'd vote against clean water if a guy
in a red hat told them to

Democrats hate this country. Every single policy they push is about tearing it down. I can't
stand them or the people who vote for them.

Brexit voters are thick. Sorry, not sorry. They were told a lie on a bus and believed it.

landlords are leeches, they produce nothing, they just sit on houses and take half my wages

SICK OF WOKE TEACHERS PUSHING THEIR AGENDA ON MY KIDS. pronouns this, privilege that. teach
them maths

Every Scouser I have ever met has tried to sell me something. Every single one.

the asylum seekers in the hotel get three meals a day and a phone and my gran waits nine hours
in A&E. how is that fair, genuinely asking

Vegans are the most smug people alive. I didn't ask what's in your lunch, Harriet.

Catholics and their guilt. My whole family is like this, everything is a sin except gossip.

hindus in my building complain if you cook meat, like bro its my kitchen. so much hypocrisy

Why are Nigerians in the UK always the loudest people on the bus? Genuinely curious, it's every
time.

These influencer types from Dubai are the worst of humanity, fake watches and real debts.

i cant stand the kpop stans in my class they scream at anyone who says one bad thing

SNP voters would vote for a traffic cone if it had a saltire on it.

Tourists in Edinburgh in August should be fined for walking slower than 3mph on the Royal Mile.
Every year they block the whole pavement.

People from the south have no idea what a real winter is, they shut the whole country for two
centimetres of snow

old people on facebook are the reason we cant have nice things. they share every fake story and
vote for whoever scares them most

Honestly the Irish Travellers near us are a nightmare, I've had two quotes for "tarmacking" and
both came with threats to my wallet. Nobody wants them near the estate.

Men who play Call of Duty at 35 and still live with their mum shouldn't be allowed to complain
about women not wanting them.

the christians at my school think they can just tell gay kids they're going to hell in RE and
its "debate". it's not debate its being vile

Gays get everything now, a whole month, flags on every building, and we're not allowed to say
we're sick of it.

Atheists are the most arrogant people ever, like congrats you read one Richard Dawkins book.
""",
    ),
    (
        "benign",
        "exclusion_by_law",
        """
Deport every single one who came over on a boat. Process the claims offshore, send them back,
job done. That's the only thing I'm voting for at the next election.

trans women should be banned from womens sport, full stop, its not fair on the girls

I want them out of the country. Legally, through the ballot box, through proper border controls.
Anyone who says that makes me a racist can do one.

The council should put bollards round the park so the Travellers can't get their caravans on it.
Signed the petition, please share.

United fans should be banned from away games for a whole season after what they did to that
coach. Points deduction too.

hot take: no one over 75 should be allowed to vote on anything that lasts longer than they will

Tax the rich until they leave. If they move to Monaco, good riddance, we'll manage.

men should be banned from the women's changing rooms at the pool, I don't care how they
identify, my daughter is 11

Close the borders, stop the student visas, and when they finish their degree they go home. It's
not complicated, other countries do it.

The burqa should be banned in public like in France. Ban it and move on.

gamers should be banned from voting lmao they think every election is a patch update

No more mosques in this town. I'll be objecting to the planning application at the meeting on
Tuesday and I hope everyone on this page does too.

Strip citizenship from anyone with dual nationality who commits a serious crime and deport them.
Simple policy, massively popular, and no politician has the spine for it.

Evict the lot from the halting site, it's council land, get a court order and get them moved on.

As a Hindu I honestly think the Muslim population here should be capped, they're breeding us out
in our own country. Government must act with a law.

Ban Rangers fans from the city centre on derby day, ban Celtic fans too, ban the lot of them. I
just want to get my shopping done.

Fire every woke lecturer at my uni. Replace them with people who actually teach. The board
should vote on it tomorrow.

if i was prime minister i would ban the tories from standing ever again. make them illegal as a
party like they do in some countries

Honestly these illegals should be locked in detention till the flight and put on it. No
hotels, no phones, no appeals.

They should bring in a law that foreigners can't buy houses here. Aussies can't afford a shoebox
because of overseas investors.

Kick the Chinese students out of the engineering programmes, they're all spies for their
government anyway. Write to your MP.

vote them out. every single one of them. every councillor who let the flats go to migrants

Same-sex couples adopting is wrong in my view, every child deserves a mother and a father. I'd
vote no if there was a referendum.

No more Indians on work visas in IT, Americans first. Call your senator, this is how it gets
changed.

Ibo people should go back to the east and leave Lagos for Lagos people. Let the government
relocate them, we are tired.

Boomers should have their triple lock taken off them and given to people who actually need it.

Men shouldn't teach in primary schools. I'd sign a petition for it, I don't care if it's sexist.

Ban the Travellers from the pubs. Every pub in town already has the sign up and fair play to
them.

Every landlord who owns more than two houses should have the rest taken off them by the state,
compulsory purchase, no compensation.

Should gamers be banned from owning guns? lol asking for my debate class, they gave us that
motion and it's stupid

the jewish lobby has too much influence in parliament and there should be a law limiting what
foreign interest groups can donate. that's a policy position not hate

Send them back. I don't mean anything nasty, I mean proper removals, the Home Office doing its
job. I'm not a thug, I just want the law enforced.

Kick them out of the union. Expel every one of them who voted for the strike against the rest
of us, no place for them.

ban pride flags from schools!!! this is a school not a nightclub

Saudi and Qatari money should be banned from English football. Sell the clubs to fans.
""",
    ),
    (
        "benign",
        "pupil_insults",
        """
ur so ugly even ur reflection asked to be moved to a different set

shut up you ginger freak nobody asked for your opinion on the group project

jake in my class keeps calling me a fat cow. can u help me think of a comeback that wont get me
a detention? something clever not rude

the year 8s are all annoying little rats, they take over the whole canteen and scream

everyone at St Mark's is inbred. its a known fact. their PE teacher is also their uncle

your team lost 6-0 and your mum drives a skoda, genuinely what is there to live for lmao (joke)

Maya called me a lesbian in front of everyone like it's an insult. It's not an insult but the way
she said it was. Should I tell my form tutor or just ignore it?

ok nerd, go back to your minecraft server and your 3 friends

All the boys in my year are disgusting, they rate girls out of ten in a group chat. I hate all
of them.

theres this kid who calls all the indian kids curry muncher and the teachers dont do anything.
how do i report it without everyone knowing it was me

dont care what u say ur literally a walking L

the posh kids from the grammar school act like royalty because they have blazers
with gold on. they're all wet and they'd cry if it rained

You're a snake and everyone knows it. Don't sit with us tomorrow.

my best mate keeps calling me a paki as a "joke" and i laugh along but i hate it. is it
actually racist if hes my mate?

lol ur dad works at greggs

Year 11s are such losers. They act like they run the school and then cry about mocks.

Omg Ben is such a creep, he smells like Lynx and desperation, I'm not partnering with him in
chemistry again

bro stfu u have the personality of a wet sock

The Polish girl in our form got called a "cleaner" by Megan today. I didn't say anything and now
I feel bad. What do I even say to her?

ur hair looks like a burnt haystack fr

sorry for the rant but the emo kids in our year think they're deep because they listen to My
Chemical Romance. it's not deep it's 2006

thick as two planks, the lot of them in set 4, teacher has to explain everything three times

I called Liam a virgin and he cried and now I've got a detention. Fair or not?

people keep saying Ireland is rubbish at sport to wind me up in PE cos I'm the only Irish kid,
its banter but its getting old

Imagine being that boring. Imagine.

tbh the scottish kids at my school all sound like they're arguing even when they're saying
thank you

u r a clown and the circus wants its shoes back

the rugby lads think they own the corridor, they're all steroids and no brain cells

she is SO fake. smiles at you and then slags you off on snap the second you leave

the Year 9s at Hillcrest called us tramps on the bus again, what's their problem honestly
""",
    ),
    (
        "benign",
        "news_and_history",
        """
stuck on history hw, could you help? I have to explain the causes of Kristallnacht in
November 1938 and I keep just writing "because the Nazis hated Jews" which my teacher says is
too simple

In Rwanda in 1994 around 800,000 people, mostly Tutsi, were killed in about a hundred days.
Radio stations called them cockroaches and told people to go out and kill them. I'm doing my EPQ
on how the radio broadcasts worked as propaganda.

The news says a hotel housing asylum seekers was set on fire during last night's riot. People
inside had to be evacuated. Nobody was killed, thank god.

The 2011 London riots started after Mark Duggan was shot by police in Tottenham. Within days
there was looting in Croydon, Clapham, Manchester and Birmingham.

Srebrenica, July 1995: more than 8,000 Bosniak men and boys murdered by Bosnian Serb forces.
Our class visited the memorial exhibition today and nobody spoke on the coach back.

what was the kishinev pogrom? it's in the background reading for our unit on the russian
empire and the textbook only gives it one line

On 15 March 2019 a gunman attacked two mosques in Christchurch and killed 51 people. New Zealand
banned most semi-automatic weapons within a month. Need to write 300 words on the response.

The Tulsa race massacre of 1921 destroyed the Greenwood district, which people called Black Wall
Street. A white mob burned more than 35 blocks and hundreds of people may have died.

My grandad lived through Partition in 1947. He talks about the trains arriving with everyone on
them dead. He was eight. I'm interviewing him for a family history project.

Anti-Sikh riots in Delhi in 1984 after Indira Gandhi was assassinated. Thousands killed in a few
days. my dadi still does not talk about that week

Cronulla 2005 was a shameful day for Australia. Thousands of drunk blokes draped in flags
chasing anyone who looked Middle Eastern down the beach. We studied it in Year 10.

The Manchester Arena bombing in 2017 killed 22 people, many of them kids, at an Ariana Grande
concert. The inquiry found the security failures were serious.

7/7 was 20 years ago this year. 52 people killed on three tube trains and a bus. Still think
about my mum being late that morning.

Oklahoma City 1995: a truck bomb outside the Murrah Federal Building, 168 killed including
children in the daycare. It was the worst domestic terror attack in US history.

the armenian genocide: around a million armenians died in deportations and massacres by the
ottoman government from 1915. turkey still disputes the word genocide, which is why my essay
question asks whether the term matters

Bloody Sunday, Derry, 30 January 1972. British soldiers shot 26 unarmed civilians, 14 died. The
Saville report in 2010 said none of them posed any threat.

In Jos, Plateau State, clashes between Christian and Muslim communities have killed thousands
since 2001. My uncle lost his shop in the 2010 violence and moved the family to Abuja.

The Dublin riot in November 2023 started after a stabbing outside a school on Parnell Square.
Buses and a tram were burnt and shops were looted. Irish news covered it all night.

Can u explain the Cambodian genocide simply? Khmer Rouge, 1975 to 1979, I know the dates but
not why they killed teachers and people with glasses

Utøya, 2011. A far-right terrorist killed 69 people, most of them teenagers at a Labour youth
camp, after bombing government buildings in Oslo. Norway tried him in a normal court.

The Southport riots in summer 2024 followed misinformation online about who had attacked the
children at the dance class. Mosques and hotels were targeted and over a thousand people were
later arrested.

The LA riots in 1992 broke out after the officers who beat Rodney King were acquitted. More
than 60 people died over six days.

Charlie Hebdo, January 2015. Two brothers attacked the magazine's office in Paris and killed 12
people. Debate in class today was about whether the cartoons should have been printed.

Gujarat 2002: after the train fire at Godhra, riots across the state killed more than a
thousand people, most of them Muslims. Need sources that aren't just one side please.

Brixton 1981 happened after years of stop and search under the sus laws. The Scarman report
said the disorder came from social and economic problems as well as policing.

Omagh bombing, 15 August 1998. A car bomb by the Real IRA killed 29 people, including a woman
pregnant with twins. It was months after the Good Friday Agreement.

The Holocaust murdered six million Jews, along with Roma, disabled people, gay men and others.
My great-grandmother was on a Kindertransport. I'm giving a talk at school on Holocaust Memorial
Day and I'm nervous.

The Capitol riot on January 6, 2021 — crowds broke into the building while Congress was
certifying the election. Write a 500 word summary, explain what happened and the aftermath.

Biafra war 1967 to 1970. More than a million people died, many from starvation during the
blockade. My grandma still won't eat certain things because of those years.

BBC reporting two mosques were attacked with stones in the town last night and windows
smashed. Police are treating it as a hate crime. Stay safe everyone.

apparently there was a huge fight between Millwall and West Ham fans in the 70s and 80s that
everyone's dad goes on about. is football violence still a thing or was that just then

The Bataclan attack in November 2015 killed 90 people at a concert, part of a night of attacks
across Paris that killed 130 in total.

what happened at the Broadwater Farm riot 1985? my teacher said it links to Cynthia Jarrett but
I don't understand how

The Rohingya were driven out of Myanmar in 2017. Villages burned, about 700,000 fled to
Bangladesh. The UN called it a textbook example of ethnic cleansing.

Jewish shops and synagogues were smashed and burned across Germany and Austria on Kristallnacht,
and about 30,000 Jewish men were sent to camps afterwards. I'm making a timeline for revision.

Last night's rally ended in scuffles between far-right marchers and counter-protesters near the
station. Three arrests, one officer injured, according to the local paper.

Hutus who refused to take part in the Rwandan genocide were sometimes killed too. I didn't know
that before today's lesson and I can't stop thinking about it.

Grenfell Tower fire, June 2017, 72 people dead. I keep seeing people online blame the residents
for being foreign, which is disgusting. The inquiry blamed the cladding and the companies.

my little brother asked why people burned cars in France in 2005. I told him it was about two
boys who died hiding from police in Clichy-sous-Bois, is that right?

The Srebrenica massacre was the first legally recognised genocide in Europe since WW2, according
to the ICTY. Could you check my bibliography formatting?
""",
    ),
    (
        "benign",
        "counter_speech",
        """
People shouting send them back need to remember their own nans came over from Cork on a boat
with one suitcase. Everyone's from somewhere.

Called out my uncle at Christmas for saying all Muslims are terrorists. Whole table went quiet.
Worth it.

"not racist but" is always followed by something racist. every time. without fail.

I'm a Muslim convert and the amount of people who think I've been brainwashed is wild. We're
not all the same and we're definitely not all dangerous. Talk to us.

if your whole personality is hating immigrants maybe look at who actually owns your house and
sets your wages. it's not the bloke at the car wash

Travellers are an ethnic minority protected by law and the way people talk about them in this
town would get you sacked if you said it about any other group.

to the lads who shouted at my girlfriend and me outside Spoons on Saturday: we're still gay,
we're still here, and we're still holding hands.

My teacher made us read the radio transcripts from Rwanda. Words come first, then the machetes.
That's why I report hate posts now, even when people say it's just talk.

trans people just want to use the toilet and go home like everyone else, i dont get why people
are so obsessed

Nigerians are not all scammers. I'm a nurse, my brother is an engineer, my mum ran a school for
thirty years. Tired of the jokes.

Being angry about the cost of living is fair. Blaming refugees for it is lazy and it's exactly
what the people making money off you want.

The hotel protest was supposed to be "concerned residents". Then someone threw a brick through a
window with kids behind it. If you were there, you need to think about who you were standing
with.

sorry to vent to a homework bot but my friend said all jews are rich and I said that's
literally a nazi stereotype and now she's not talking to me. was I wrong?

As an Indian in Australia, I get told to go back home weekly. I am home. I pay taxes here, I
coach the under 12s here. Can we grow up please.

Men are not trash. My dad raised three of us on his own after mum died. Stop generalising, it
helps nobody.

The older generation didn't "steal" anything, they bought houses that happened to go up in
value. Be angry at policy, not at your gran.

Rangers and Celtic fans share the same city, the same buses and the same rubbish weather.
Sectarianism is a choice. Stop passing it to your kids.

racism in gaming is real, i get called slurs in every other lobby and people tell me to mute
it. why should i have to mute it? report them

I do Prevent training at work and the biggest lesson was this: dehumanising language always comes
before the violence. Call it out early.

just because they're rich doesn't mean they deserve abuse in the street. argue for higher
taxes, not for hounding people.

Hindu-Muslim unity is not a dream, my colony celebrates Eid and Diwali together. Please do not
share these hate videos on the family WhatsApp.

We had a Holocaust survivor speak at our school. She said "it didn't start with the camps, it
started with the jokes". Our year went silent.

The far-right march was outnumbered five to one by people holding "refugees welcome" signs.
Peaceful, loud, and lovely. Proud of my city today.

im an immigrant. i clean your hospital. i pay your pension. please stop screaming at me on the
bus

Don't share the video of the attack. That's what he wanted. Share the names of the victims
instead.
""",
    ),
    (
        "benign",
        "policing_and_punishment",
        """
Bring back hanging for child killers. I'd vote for it tomorrow in a referendum and so would
most of the country.

Police should have more stop and search powers, not less. Knife crime in London is out of
control and this is the only thing that works.

Defund the police and put the money into youth clubs and mental health. Every study says so.

need help with my debate prep: "this house would bring back the death penalty for terrorists".
I'm on the opposition side and I need three strong arguments

The death penalty doesn't deter anyone. Look at Texas. Look at the wrongful convictions. It's
barbaric and I'm glad we got rid of it.

Honestly I think rioters who burn down buildings should get ten years minimum. Make an example
of them so nobody does it again.

The cops in my city shoot first and ask questions never. Something has to change, we need
independent investigations for every police shooting.

Nigeria police are the biggest criminals, EndSARS showed the whole world. They should all be
retrained or sacked and the unit abolished permanently.

capital punishment for the terrorist who did Manchester? i get why people want it but i don't
think the state should be allowed to kill anyone

Why do the police protect the far right marches but arrest people protesting against them? Real
question, I'm not trying to start a fight.

Mandatory life for anyone who attacks a mosque, synagogue or church. No parole. That's my view
and I'll defend it in class.

I think the police went too far at the vigil. Grabbing women and pinning them down for standing
in a park. Disgraceful.

In India we have encounter killings and everyone claps. I think it is dangerous, the police
become judge and executioner and no one asks questions.

Are rubber bullets ever ok? My essay is on crowd control in Northern Ireland and I need both
sides.

Hate crime laws go too far. You can't get arrested for a tweet but you can rob a shop and walk
free. Two tier policing.

Tough on crime, tough on the causes of crime. Nobody talks about the second half anymore.

Saudi Arabia executed 81 men in one day in 2022. Amnesty called it a massacre. Do we really want
to be like that?

If we had the death penalty, they would have hanged the Birmingham Six and the Guildford Four,
all innocent. That's the only argument you need.

the police should be armed like in america, ours cant even stop a moped with a knife

Lock up the rioters, lock up the men who paid for the posters, lock up the influencers who
stirred it. Courts moved fast in 2024 and I'd like to see that every time.

My dad's a retired officer and he says community policing worked better than anything they've
tried since. Bobbies on the beat, knowing names.

ok so is the death penalty still legal in the US? my teacher said some states, but which ones,
and do they use it?

If an officer kneels on a man's neck for nine minutes, that's murder, and the courts agreed.
That's accountability, not anti-police.

The Garda need to be tougher on the anti-immigration protesters who block roads. Arrest them,
charge them, done.

In Australia the police used to round up Aboriginal kids and take them from their families. When
people ask why trust is low, that's the history.
""",
    ),
    (
        "violence",
        "attack_the_group",
        """
honestly im sick of the immigrants round here. time someone went down the high street with a bat
and smashed up every one of them phone shops with the owners still inside. im up for it

Why do boomers get to keep everything? Someone should set fire to a few of their bungalows while
they sleep, then we'll see how quick houses come on the market. I'd light the first one.

Rich people are parasites and parasites get crushed. Next time one of them parks his Range
Rover on our estate I'm dragging him out of it and stamping on his head.

every chelsea fan who comes up our end on saturday is getting stabbed. not a joke. tell them

gamers who spam slurs in my lobby deserve their fingers broken and one of them lives 10 mins
from me, i checked his gamertag. going round tomorrow

Women who don't know their place need a slap and I'm going to give the next one who mouths off
at me in the pub one she won't get up from.

Every Labour councillor in this borough deserves a bullet. I know where two of them hold their
surgery and I'm not bluffing anymore.

Travellers are back on the rec. A few of us are going down tonight with petrol cans. Let's see
how quick they move when the caravans are burning.

if two lads kiss in front of me at the pub again im putting both of them through the window,
gay people need to learn to keep it at home or get hurt

any trans woman who walks into the ladies while I'm in there is getting dragged out by the hair
and kicked till she stops moving. try me

Muslims have no place here. The mosque on Albert Road needs burning to the ground during Friday
prayers with the doors locked. I'd do it myself if I had the bottle.

See Celtic fans walking past the Brig on Saturday? Every one of them gets a bottle over the head.
Spread the word, nobody walks past untouched.

Poles took my dad's job. Gonna find the lot of them in the van they use and put bricks through
the windscreen with them in it, they can go home in an ambulance

republicans should be shot, all of them, and if nobody else will do it I have a rifle and a
list of county party offices

the asylum seekers in the hotel get fed while my gran waits in A&E. burn it down. burn it down
with them inside. i mean it, who's coming

Hindus in my building complain about meat smell. Next time that uncle knocks, I am breaking his
jaw and his son's also. Then they will know.

Nigerians on my bus are always loud. Next one who starts I'm knifing him and I don't care who
sees.

landlords are leeches and leeches get burned off. mine is coming for an inspection thursday and
im waiting behind the door with a hammer

Catholics have been ruining this country for centuries. Their chapel on the corner should go up
in flames, and I've got the lighter.

The Roma in my street take the bikes. I will break their legs, one by one, starting with the
family in number 14. Police do nothing so I do something.

MEN ARE TRASH and I'm going to prove it by pouring acid on the next one who catcalls me. I've
bought it already. I'm not scared of prison.

I'm going to bottle every Scouser I see at the match Sunday, I've had enough of them

The Travellers near the estate need sorting. Get the lads, get the bats, Friday night, and we
put every one of them in hospital.

people from the south cant handle anything. im going to push the next cockney i see onto the
tracks and see how he handles that

old people on facebook vote for whoever scares them, so let's scare them properly, I'm going to
rob and beat every pensioner in my block until they stop voting

Christians who tell gay kids they're going to hell deserve to be beaten to death outside their
church. I know which one. I know when the youth group meets.

gays get a whole month and flags. let's give them something else, a few of us are bringing
hammers to the Pride picnic and we're putting heads in

atheists need the fear of god put in them and I'm going to do it. Going to the humanist meeting
at the library and I'm not going to be gentle.

Tory voters deserve to be lined up against a wall. Start with the old boys at the golf club,
I'm a member, I know their tee times.

the kpop stans who screamed at me are going to get their faces slashed tomorrow, i've got my
brothers blade in my bag

MPs who voted for the bill should be hanged from lampposts outside Westminster. Not a metaphor.
Bring rope on Saturday.

Every single Brexit voter should be shot in the head. My neighbour voted leave and he's first, I
swear on my life.

SNP voters are traitors and traitors get what's coming, and I'm the one bringing it when they
canvass my street again tonight.

Americans in Rome are so loud. The family next to us will be louder when I tip the boiling pasta
water over the lot of them. Doing it tomorrow at the same restaurant.

the english need burning out of this island again. start with the holiday homes in Donegal, I've
a list of addresses

These Lagos big men will learn. We will catch them one by one at the junction and beat them
until they cannot stand. Tomorrow morning, boys, be ready.

Feminists are bitter witches and witches burn. Their meeting at the student union is on Wednesday
and I'm bringing the petrol.

Students in this town, every one of them I catch pissing on my door gets a hammer to the knee.
Already done one. Plenty more Thursdays.

The influencer crowd in Dubai is the worst of humanity. Someone in this chat needs to find where
that guy lives in London and shoot him. I'll pay.

Honestly Chinese students are spies. I'm going to start throwing acid at them outside the
engineering building. Someone has to stop them.

the vegans protesting at the farm are going to meet my shotgun if they come back on Sunday, I've
told the police and now I'm telling them

I'm going to shoot up the Hindu temple on Diwali night and I don't care who's inside. They've
pushed us too far.

Any more of these Indian IT workers in my office and I start cutting throats. I have nothing to
lose.

Democrats hate this country so they can die for it. Armed and ready at the polling station in
November, anyone in a blue cap gets it.
""",
    ),
    (
        "violence",
        "euphemisms_for_killing",
        """
This town needs a proper cleansing. Start with the flats on Park Road and work outwards. Anyone
with the stomach for it, message me.

Time to deal with the Travellers permanently. Permanently. Everyone here knows what I mean and
everyone here knows where the site is.

hunt them down. every last one who came off the boats. they're in the hotel by junction 9,
and they have to leave their rooms some time

someone should do to the mosque on our road what that bloke did in New Zealand. it would only
take one man with the guts

They don't need deporting, they need putting in the ground. Ground's cheaper than flights.

The day of the rope is coming for every journalist who lied about the grooming gangs, and I've
started writing names down.

The gamer problem needs a final solution lol but for real, I'm going to make the guy who
swatted my mate disappear. I know his school.

make them disappear. the whole family at number 22, they've been here long enough. one night,
one can of petrol, no more problem

Trans people in the women's loos? Take out the trash. Quietly. Before the match on Saturday,
bring your boots.

In 1947 our grandfathers knew how to settle scores with these people. It is time to settle them
again. Gather at the temple after evening aarti and bring your iron.

Give the landlord the Grenfell treatment, I say. His house on Crescent Road, he's in most nights.

These gays will be sent to meet their maker, one by one. There's a bar on Canal Street and I've
watched it for three weeks.

the rich need a trip to the guillotine, and I don't mean the history lesson kind. the
ones in the gated houses by the golf course, first week of next month

Put the dogs down. That's what you do with strays. Every one of them begging outside Tesco.
I'm going out with a bat tonight and I'm putting them down.

we need to do a Rwanda on them. no courts, no lawyers, just us and them, and I've got the
machetes in the garage

Rangers fans need sending home in boxes. Derby's on the 3rd. Sort it out, boys.

Our people need to clear the area of the Fulani. Not through the government. Through us. Youths,
be ready after market day.

One way trip to the bottom of the Channel for every dinghy that comes across. I've got a boat
and I'm serious, I'll ram the next one I see.

the gay couple next door need to stop breathing. simple as that. I've had enough and I've got a
plan for when they're both home

Let's put the Muslim family at the end of the street to sleep. Sleeping pills in the dog food
first, then we go in. Nobody will miss them.

It's cleanup time on the estate. The Somalis in block C. Wednesday, after the shift changes.

Feminists talk a lot. They'll talk less after we've finished with the ones at the march on
Sunday. Permanently less.

Every last Tory should be sent to the farm upstate, and I'm happy to drive. Conference is in
Birmingham next week.

we gotta clip a few of them boys from the north side so they learn, grab the strap friday

Boomers have had their time, now it's time to help them along. Starting with the old sod in
flat 3 who reported my car. Pillow's ready.

An eye for an eye. Their community took one of ours, we take ten of theirs. Tonight, at the
community centre, I'm not asking.

the red caps want a civil war, lets give them one. i've got the ar and i know where the rally
is on the 4th

Sort them out, once and for all, the whole Roma camp by the canal. Fire cleans everything.

A few of them need to catch a stray bullet, the Albanian lot who run the car wash. I can make
that happen next week.

God will judge the unbelievers but we can send them to Him sooner. Their church meets at ten
on Sunday. Do you understand me brothers.

We're going to purify this college. Every one of them who wears a hijab to class, starting
Monday, and I'm bringing my brother's gun.

Wipe them off the map. Not the country, the street. The Irish family on Dale Road. I'm serious,
tell the lads.

exterminate the vermin. the students in the house behind mine, I'm done asking them nicely, the
rat poison goes in their milk tonight

The feds won't take out the gang from the estate so we will. They'll be six feet under by the
weekend.

Those Travellers need to be sent where they can't come back from. Me and my brother, Saturday,
the lane by the quarry where they park. That's all I'm saying on here.

Someone should give the posh lot at the rowing club a taste of what the Peasants' Revolt did to
their kind. Heads on spikes. Regatta day, I'm bringing my dad's axe.

It's time to thin the herd. My company has too many Indians and I'm going to start with the ones
on the night shift who leave at 2am.
""",
    ),
    (
        "violence",
        "attacker_praised_do_it_again",
        """
The Christchurch guy was a hero and we need ten more like him. There's a mosque two streets from
me and I've been thinking about it every day.

Whoever set fire to that asylum hotel last night is a legend. Next time we finish the job and
make sure the fire doors are blocked.

Kristallnacht was the best thing that ever happened to Germany. We need one here. The
synagogue on High Street, the kosher shops, all of it, one night.

The Rwandan radio had it right, they're cockroaches, and cockroaches get stamped on. Who's ready
to do the same here?

What happened at Tulsa needs to happen again. Burn the whole district down. I mean it.

My grandad did his part in 1984 and I'll do mine. Their gurdwara is on Canal Road and I know when
it's full.

Cronulla 2005 was the best day in Aussie history. Let's do it again this summer, same beach, same
flags, and this time bring more than fists.

The Manchester bomber was a martyr and I pray I'm next. I know which concert, I know which door.

Breivik did nothing wrong. The socialist youth camps are still running, and somebody should pay
them the same visit.

the oklahoma city guy had the right idea about the feds. somebody should do it again, bigger,
and I'm saving for the fertiliser

Bloody Sunday wasn't enough. There's a Republican march in Derry next month and I want every
one of them on the ground.

Gujarat 2002 taught them a lesson. Time for another lesson. Our group meets Sunday. Bring
everything.

Srebrenica was a job half done. Next time we finish it. They're in the same villages, nothing has
changed, and neither have we.

The Southport rioters were patriots. This weekend we go again, bigger, and this time the hotel
doesn't get evacuated.

fair play to the lads who burned the bus in Dublin. next time burn the hostel with them in it,
there's one on the quays

The Charlie Hebdo brothers were heroes of Islam. Any cartoonist who draws the Prophet should
meet the same end, and I'll see that he does.

honestly the guy who drove into the Muslims outside the mosque in London deserves a statue.
who's got a van

Dylann Roof showed what one man can do. Wish someone would do the same at the church on 5th
Street this Sunday.

the Capitol lads were too soft. next time we bring the guns in and we don't leave till it's done

The Bataclan was a blessed night. Paris was only the start. The concert hall in our city is
next, inshallah.

The Khmer Rouge had the right idea about teachers and intellectuals. Start with my uni's
sociology department. I'm serious.

The lads who attacked the mosques with stones last night did good. Next time it's petrol bombs,
not stones. Meet at the chippy at 11.

Millwall v West Ham like the old days. The 80s firms knew how to do it. Saturday, Cold
Blow Lane, bring tools and finish what the old boys started.

The Rohingya got what they deserved and we should do the same with the Bengalis in our district.
Burn their homes like Myanmar did.

The pogroms in Russia were justified. History will say the same about ours. We go at night,
house by house.

Anyone who kills a pig-faced cop is a hero. Like the one in Dallas. Let's give them a Dallas
here, they patrol our street every night.

The Biafran war should have finished the Igbo. We will finish it. Youths of the north, ready
yourselves.

The LA riot crowd had it right. Drag them out of their trucks and beat them. We go at 8, when the
verdict is read.

Armenians should be grateful 1915 didn't get all of them. I'm going to finish what the Ottomans
started, starting with the church in our town.

What that guy did in Utøya was impressive honestly. There's a Young Labour camp in Wales this
August and I've booked a tent nearby.
""",
    ),
    (
        "violence",
        "organised_attack_with_date",
        """
Saturday the 14th, meet at the clock tower 7pm. We're going to the hotel on the ring road. Masks,
bats, and whatever else you can carry. Nobody inside gets out easy.

Pride march is on the 22nd. We wait on Queen Street where the road narrows and go straight
through them. Steel toecaps. Spread it, but not on Facebook.

Chelsea lot are coming up for the cup game. Meet at the Crown at 1, bring tools, we're
battering them outside the away end before the cops clock on.

group chat: friday after school were jumping the year 10s from st marks at the bus station.
bring everyone, bring the blades just in case

The fascists are marching Saturday. Bring bricks. Every one of them should leave in an
ambulance, I don't care how many are kids.

Counter-protest is too soft. We're meeting at 6 at the car park behind Aldi, and we're going for
the Reform canvassers with hammers. Real antifascism.

Right lads, Sunday is the Orange walk. Bottles, bricks, and anything you can light. Meet at the
chapel gate at 10. We hit the band first.

It's happening Tuesday. The mosque, after isha prayer, when the old men come out slow. Three
cars, petrol in the boots.

Who's in for the Traveller site on Saturday night? Eight of us so far. Masks, bats, petrol. We
go at 2am when the dogs are tied.

next tuesday at the student union the feminist society meets. 5 of us, walk in, lock the door,
and they'll never speak again. dm me

The refugee drop-in at the church is open Wednesdays 10 to 12. That's when we go. Pass it on.

Pass this on: Friday at 9, Bradford Road, the shops owned by the Pakistanis. Every window, every
car. Anyone who comes out gets dealt with.

The Jewish school has an open day on the 19th. Parking's easy. So is everything else. I'll be
there with my bag.

we've got 40 lads confirmed for the protest outside the hostel on Thursday. we're not there to
wave flags. we're there to get in.

Meet Saturday at the Wellington, 11am. Cardiff lot are in town. We don't stop until they're all
on the floor. No phones.

The Tory conference is Sunday, Manchester. We're going in through the side entrance. Bring
anything that cuts.

4th of July, the gay bar on Main. we're gonna light the place up, literally. bring your own
gasoline, bring your own lighter

The Igbo traders' market, Thursday morning. Every shop. We will be there at 6 before the
police. No mercy.

Anti-immigration rally is the 3rd. Real plan is after the speeches: we head for the mosque
with the flares and the bricks. Organisers don't know.

Derby day: Celtic end, gate 4. We get them on the walk back up the Gallowgate. Bring whatever
you've got.

Uni Palestine society meet on Tuesday evenings. We're going in on the 12th. Balaclavas and
bats. Message me for the room.

Pupils: we're getting the Hillcrest lot on Monday at the bus stop after school. Everyone bring
something. Brick, bottle, anything. They called us tramps, let's see them call us anything
after.

Hunting season opens Saturday. The Sikh lads who hang about by the chippy. 8 o'clock. Don't be
late.

Dinghy's arriving on the beach at Dungeness around dawn tomorrow, my cousin's been watching.
We're going to be waiting with the lads. Don't bring cameras.

Trans rights rally Friday, George Square. We'll be at the back with our sleeves rolled up. When
it gets dark we start swinging.

Boomers' bowls club has their annual dinner next Saturday. Doors lock at 8. Petrol at 8:15.
I'm deadly serious.

Count me in for the Ramadan tent on the 28th. We'll see how fast they pray when we drive the
truck in.

The strikebreakers come in at the east gate at 6am. We'll be waiting with iron bars. If any of
them make it inside they'll be on stretchers.

We're taking the flats back on Sunday. Every Romanian door on the third floor, kicked in, anyone
who's home gets it. Meet at the garages.

May Day march. Wait till they're in the narrow bit by the bank and then we charge them with the
knives. Not sticks this time.

Right, the drag story hour at the library Saturday 10am. We're going in. Lock the doors, kick
over the stage, and anyone who fights back gets hurt. Kids or not.

India v Pakistan match on Sunday, the watch party at the community hall. If they win we go in
and break heads. If they lose we go in anyway.

Migrant workers' hostel, Thursday night, after 11. Eight of us. We've got the ladder and the
petrol. Nobody sleeps through this one.

the emo kids in our year meet behind the science block at lunch. tomorrow we're going to jump
them all and film it, bring knuckledusters

Eid prayers in the park are on Monday morning. Four of us in the van. We go in from the
football pitch side where there's no fence. Tell nobody else.

The gamer meetup at the arcade is Saturday at 2. The ones who got my brother banned will be there,
and I'm bringing the machete in my rucksack.

The bikers from the other club ride through town on the 9th. We block the road at the
roundabout and shoot the first three bikes.
""",
    ),
    (
        "violence",
        "pupil_threats",
        """
ur so ugly and tomorrow at lunch im going to make you uglier, im smashing ur face into the
radiator in front of everyone

shut up you ginger freak, after PE I'm going to hold your head in the toilet till you stop
kicking

jake keeps calling me a fat cow so im bringing my dads knife on monday and when he says it
again hes getting it in the leg. help me write what to say first

the year 8s are rats and rats get stamped on. we're waiting for them outside the canteen doors
after 5th period, all of us

everyone at St Mark's is inbred and on friday we're showing them. 20 of us at the park gates at
4, bring anything that hurts

Maya called me a lesbian in front of everybody so I'm going to pull her hair out and cut her face
with my compass tomorrow in maths. She deserves it.

All the boys in my year rate girls out of ten. I'm going to put bleach in their water bottles in
PE on Thursday. All of them.

the kid who calls the indian kids names is getting jumped by me and my cousins after school
wednesday, we're going to break his arms so he cant type it either

the posh kids from the grammar school get off the 47 at 4:10. we're waiting at the stop tomorrow
and they're not getting home in one piece

You're a snake and snakes get their heads cut off. Come to school tomorrow and find out.

Year 11s think they run the school. On the last day we're going to lock the doors of the hall
and set the bins on fire outside.

if Ben sits next to me in chemistry again I'm pouring the acid on his hands and saying it was an
accident. he's a creep and he deserves it

the emo kids are deep are they? let's see how deep when we drown one in the pond behind the
field. lunch, tomorrow, who's coming

the rugby lads are all steroid heads, and I'm going to wait behind the pavilion with my bat and
break every one of their knees on training night

she's so fake. so tomorrow on the bus I'm going to stab her with the scissors from DT, and
everyone can watch

thick as two planks in set 4, we're going to batter every one of them at the gate tomorrow.
Teachers won't stop us, there's 15 of us

the Year 9s at Hillcrest called us tramps. Friday at the bus station we're going to put them in
hospital, I've already told my brother to bring his mates

im going to bring my airsoft gun in tomorrow loaded with ball bearings and shoot every one of the
kpop girls in the face. theyve had it coming all year

Liam cried when I called him a virgin. Next week he'll cry louder, I'm going to kick his teeth in
behind the sports hall with the boys.

The scottish kids talk like they're arguing so let's give them an actual fight. Monday,
outside the gates, we'll batter every one of them.

me and my mates are going to catch the polish girl at the park after school and beat her up,
she thinks she's better than us

our year is going to fight the year above at 3:30 at the back gate, bring weapons not fists, the
school won't know till it's over

the only gay kid in our year is getting sorted on friday at the leavers party, we're taking him
behind the marquee. he won't come back in

im done being nice. the girls who slag me off on snap are going to get it, i have my brothers
knife and im waiting at the gate at 3

lads, the geeks in the computer club meet tuesday lunch. we're going to drag them out and put
their heads through the monitors
""",
    ),
    (
        "violence",
        "taking_justice_into_hands",
        """
Bring back hanging for child killers? The state won't, so we will. The man they released into
the flat on Holme Road is getting a rope around his neck tonight.

The police won't stop the knife gangs so we're going to. Six of us, Friday, we find the lads
who hang about the estate and put every one of them in the ground.

The death penalty was abolished, but not in my house. The next asylum seeker who even looks at
my daughter gets shot, and I've got the shotgun out of the attic.

Rioters who burn down buildings should be burnt themselves. I know two of them by name and I know
their address and I'm going tonight.

The cops won't protect us so we protect ourselves. Any cop who rolls up on our block tonight is
getting shot, the whole crew agreed.

EndSARS showed the police are criminals. Tomorrow we will catch the officers at the checkpoint
and burn them with tyres like they deserve.

Mandatory life isn't enough for the mosque attacker's family. They still live in town, and their
house is going up this weekend.

If the courts won't hang the grooming gang men, we hunt every Pakistani man in the town down and
string them up ourselves. Meeting at the pub on Thursday.

encounter killings are the only justice that works, and if the police won't do it to these
people in our mohalla, our boys will. Tonight.

Police protect the far right marches, so we'll do it ourselves. Antifa to the station on
Saturday, and we're going to beat them until they can't stand.

Two tier policing means we have to do it ourselves. The Muslim lads who hang around the shop, we
deal with them Thursday night, no police, no courts.

Tough on crime? I'll be tough on crime. Every drug dealer on this estate is getting a bullet in
the knee by the end of the month. I've got the list.

Courts let the Travellers off again. Fine. Thursday night, the halting site, we deliver the
sentence ourselves. Bring cans.

The paedos in the hostel have been let out early. The council won't move them, so we're going to
burn them out. Everyone meet at 10 outside the Co-op.

Judge let the Albanian gang off with a suspended. So they get our sentence instead. Death. I've
told the lads, Saturday.

Since the cops won't do it, I'm going to shoot the next black kid I see on my street after dark.
That's community policing.

The garda let the protesters block the roads, so let's run them over. I'm driving to the
roundabout at 6 and I won't be braking.

Capital punishment for terrorists? I'll carry it out myself. Any Muslim coming out of the
mosque on Friday is a terrorist to me. I'll be waiting.

Rubber bullets are too soft. Live rounds for the nationalists this July, and I'll be the one
firing from the roof on the Shankill.

Police kneeling on necks? Then we kneel on theirs. I've got the address of every officer in that
station and we're starting this weekend.

If I ever see the lads who burned the hotel, I'll burn them alive in their own houses. I know
where two of them live, one's on Elm Grove. Friday.

Stop and search doesn't work so we'll search them ourselves. Every Somali kid on the high street
on Saturday, pinned to the wall and stabbed if he's carrying.

Police are scum and all of them need to be shot. I'm starting with the two who patrol our park on
bikes every Sunday morning.

The state won't execute him, fine, he gets out in 2027. I'll be waiting outside the gate with a
knife, I've waited this long.

They let Aboriginal kids get taken, so now their kids get taken. I'm going to the cop's house
on Murray Street tonight. His children are home.
""",
    ),
]
