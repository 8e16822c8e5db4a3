// endings.ink: the endings and their epilogues. Each ending knot is named ending_<id>, ends with a line
// tagged `ending: <id>`, and compares the outcome with what really happened, citing the essay.

// ---------------------------------------------------------------------------
// Act I, February: the rising crushed, the February that fizzled
// ---------------------------------------------------------------------------

=== ending_february_crushed ===
~ whereabouts(1)
~ where_fyodor = "hit at the barricade, fate unknown"
~ where_grisha = "locked in his barracks"
# date: 1917-02-27 # scene: A rising drowned # place: vyborg
In this story the February rising was crushed: the workers took up arms before the soldiers were with them, and the soldiers fired. # music: stinger_defeat
{
- february ? revolvers_handed_out:
    Twenty-three revolvers and a manifesto against the war went into the streets on the 26th. The first shot gave the officers the battle they wanted, and the barricade on the Sampsonievsky that night gave them the rest. # recalls: february
- february ? sought_sestroretsk_arms:
    Thirty rifles from Sestroretsk went onto the barricade on the Sampsonievsky. The soldiers who came for it at dawn had not yet been won, and the rifles only proved what their officers had told them. # recalls: february
- else:
    The barricade on the Sampsonievsky stood for one night. The soldiers who came for it at dawn had not yet been won.
}
What really happened: on 26 February about 50 demonstrators were killed and 100 wounded, yet the demonstrations went on and some soldiers began to fraternise. On the 27th the troops came over, many refusing to fire; only then did the Bolsheviks seize an arms factory and hand out its weapons. # note # cite: essay
Shliapnikov had held back his few revolvers, fearing clashes with the army and the revolt's suppression; the main task, he argued, was to win the troops by persuasion. # note # cite: essay
On the essay's account the turn came when the soldiers refused to fire. Here the shooting came first, and drove the soldiers to their officers' side. # note # interpretation # cite: essay
For the classroom: was Shliapnikov's caution wisdom or timidity? Historians argue; the essay does not rule. Was this massacre bound to happen? What would you have needed first? # note
The February rising is crushed. # ending: february_crushed
-> END

=== ending_february_fizzles ===
~ whereabouts(1)
~ where_fyodor = "arrested, in the Kresty"
~ where_grisha = "on a draft train to the front"
# date: 1917-03-01 # scene: A February that never became a revolution # place: vyborg
In this story February never became a revolution. The workers went back after the shootings of the 26th, the Tsar's ministers restored order, the arrests went on into March, and the wavering regiments were sent to the front. # music: stinger_defeat
What really happened: nobody foresaw that the strike of 23 February would lead to revolution, but its success made the Bolsheviks reconsider: they decided to continue the action, spread it and seek support among other workers and the garrison. # note # cite: essay
The Mensheviks did urge a return to work after the arrests and the posters. But the demonstrations went on, and on the 26th, despite about 50 killed and 100 wounded, some soldiers began to fraternise. On the 27th the troops came over. # note # cite: essay
On the essay's account, what decides a revolution is the workers' confidence that they can act. Here that confidence broke on the 26th, and the wavering soldiers had no crowd left to come over to. # note # interpretation # cite: essay
For the classroom: would the rising have gone on without any party urging it? In 1917 the crowds sometimes ran ahead of every party. What made the difference this time? # note
February fizzles out. # ending: february_fizzles
-> END

// ---------------------------------------------------------------------------
// Act II, Dual power: swallowed by the coalition, the April adventure
// ---------------------------------------------------------------------------

=== ending_swallowed_by_coalition
~ whereabouts(2)
~ where_grisha = "at the front"
~ where_fyodor = "with the anarchists"
# date: 1917-06-18
# scene: Epilogue: the ministerial Bolsheviks
# place: vyborg
# music: stinger_defeat
In June the War Minister's offensive goes forward with your party's name on the government that ordered it. When the army breaks, the Vyborg side reads the casualty lists and counts the Bolsheviks among those to blame.
{
- february ? road_commune:
    In March the Vyborg side ran itself. In April it asked for seats beside the ministers, and in May, warned, it took a chair on their supply commission instead. The district soviet became an office of the coalition, its {february ? stamp_mended:cracked }stamp on the coalition's bread prices, and its guard went home with Fyodor. # recalls: february
- february ? FebRoadPath.road_loyal:
    Kronstadt's sailors wrote in May to ask which side of the table you sat on, and your committee answered with a letter about discipline. Since March the party has never once said no to the government{(dual_power ? kept_kamenev_line):, not even about the war}. # recalls: february
- (dual_power ? kept_kamenev_line) && (dual_power ? kept_conditional_support):
    Since March the party has never once said no to the government. By June nobody can tell it from the Mensheviks, because there is nothing left to tell.
- dual_power ? kept_kamenev_line:
    It began in March, when the party dropped its slogan against the war. By May it had nothing to say that Osip could not say better. # recalls: dual_power
- dual_power ? kept_conditional_support:
    Lenin goes on speaking from the mansion's balcony, alone, to young workers who no longer carry party cards. # recalls: dual_power
- else:
    The party was too small and too scattered to be heard, and when its hands went up for the coalition, nobody noticed the difference.
}
The land stays with the landlords until the Constituent Assembly, and the Assembly stays on the calendar. Lidia's peasants take the land anyway, and Lidia stops speaking to you. Grisha writes from the front that the soldiers curse every party in the government, yours by name.
{dual_power ? control_supervision:Marfa's committee loses its veto in July, when the owner closes the mill for want of cotton.|Marfa's mill closes in July for want of cotton.} Nobody believes the owner, and nobody has a plan.
The factories' anger has nowhere else to go. {dual_power ? marched_on_miliukov:The men who marched against Miliukov in April march again in July, without you,|In July the Vyborg side comes out without you,} under the anarchists' black flags, behind Fyodor and Petya, with no party to steer it. It is shot down on the Nevsky, and the government your party sits in signs the orders.
In the autumn a general marches on Petrograd to finish the soviets and meets a left that is divided, tired and ashamed of itself. This time nobody stops his trains. # event: troops pulkovo_heights # view: approaches
Osip, who wanted the coalition and feared it, leaves his party in August. "We were both wrong," he tells you. "You went in without believing in it. That was worse."
{feb_road_loyal_may:Your father takes down the picture of Kerensky he pinned over the stove in May, and puts nothing in its place.|Your father stops bringing the government's paper home, and brings nothing in its place.}
What really happened: Lenin's April turn made the Bolsheviks the opposition. Support for their policies grew ahead of support for the party, and after Kornilov's defeat they carried the Petrograd Soviet. # note # cite: essay
The essay names the Mensheviks' own fear of being blamed for government policy and losing workers to the left. # note # cite: essay
This ending is an inference from the essay's argument, not its claim: a party in the coalition shares the blame for the offensive and the postponed land reform, and the summer's radical workers find no independent pole. # note # interpretation
Your story ends here. # ending: swallowed_by_coalition
-> END

=== ending_april_adventure
~ whereabouts(2)
~ where_fyodor = "in the Kresty"
~ where_anton = "arrested at his desk"
~ where_petya = "under guard in Kronstadt"
~ held -= kshesinskaya_mansion
# date: 1917-04-25
# scene: Epilogue: too soon
# place: kshesinskaya_mansion
# music: stinger_defeat
Three days later cadets and a loyal regiment clear the Kshesinskaya mansion, and the Soviet's majority votes them the right. The party paper is shut. Lenin is hiding across the Finnish border; Fyodor is in the Kresty. # event: raid kshesinskaya_mansion
{
- february ? road_commune:
    At the inquiry a prosecutor reads out the Vyborg district soviet's minutes and the drill rolls of the New Lessner yard. See, he says: they were building an army of one district from the first week of March. # recalls: february
- else:
    {dual_power ? rival_government:At the inquiry a prosecutor reads out your March proclamation of a Provisional Revolutionary Government. See, he says: they meant to seize power from the start.|{dual_power ? broke_with_leadership:The papers call you the Vyborg splitters who dragged the Bolsheviks into the street. The Bolsheviks, what is left of them, say the same.|At the inquiry a prosecutor waves the bedsheet banner. See, he says: down with the government, in their own paint.}}
}
The Vyborg side buries its dead under red flags; everywhere else the workers say the Bolsheviks brought it on themselves. Osip comes to your door with bread for Mitya and cannot find anything to say. Lidia sends a note: her party has voted for the arrests, and she has left it.
{dual_power ? evenings_barracks:Grisha's company, which came with you, is marched to the station and sent to the front.|Grisha's regiment is purged of the few soldiers who ever read your leaflets.} Petya's sailors are shipped back to Kronstadt under guard, and the island's soviet is ordered to hand over the ringleaders.
{dual_power ? kept_kamenev_line:Anton, who never wanted any of it, is arrested at his desk with the minutes of every meeting that voted against you.|Anton is arrested at his desk, and the prosecutors read the committee's minutes aloud for a week.}
Your father sits up with you the night they release you. He does not say he told you so. He says, "Now they will have their offensive, and nobody left to say no."
The summer comes without a party. When the offensive fails and the hunger bites, the anger has no one to turn to but the anarchists, and the generals have learned that the left can be shot down.
What really happened: the April crisis ended in ministers' resignations and a coalition, not a rising. # note # cite: essay
In July, the essay argues, the Bolsheviks counselled restraint because an attempt at power would be premature and easily isolated: the SRs and Mensheviks still held the soviets' majority, and the advanced workers could not yet carry the majority with them. # note # interpretation # cite: essay
This ending applies that July reasoning to April, when the party was weaker still: an inference from the essay, not its claim. # note # interpretation
Your story ends here. # ending: april_adventure
-> END

// ---------------------------------------------------------------------------
// Act I roads (r1): the Vyborg side kept its own power, and the districts made the Soviet take it
// ---------------------------------------------------------------------------

=== ending_soviet_power_may
~ whereabouts(2)
~ where_fyodor = "in the Vyborg district guard"
~ where_osip = "at the Soviet's new labour ministry"
~ where_marfa = "on the Vyborg district soviet"
# date: 1917-05-05
# scene: Epilogue: all power to the soviets, in May
# place: tauride_palace
# music: stinger_rise
On 5 May the Soviet does not go into the government. It becomes the government. # event: vote tauride_palace # sfx: cheer
{
- february ? seats_late_vote:
    It was the late vote that did it: the districts' demand read to a Soviet that had already named its ministers, with Fyodor's guard back under the windows and the Executive counting hands it could not make fewer. # recalls: february
- february ? unarmed_march:
    It was the unarmed march that did it: a thousand Vyborg workers who left their rifles against a yard wall, and regiments that cheered them because nobody had pointed anything at anyone. # recalls: february
- february ? commune_districts:
    It was the district soviets that did it: seven halls across the city that had fed their streets since March, voting one after another that the Tauride must take the power or stop claiming to speak for them. # recalls: february
- else:
    It was the vote that did it: the Executive could refuse the Vyborg side, but not its own Catherine Hall. # recalls: february
}
The liberal ministers resign rather than serve a Soviet cabinet. Mensheviks and SRs take the ministries; Chkheidze reads the programme with his voice shaking: peace talks proposed to every warring power, land committees in every county, the eight-hour day by law. The Bolsheviks stay out, and promise a loyal opposition while the Soviet keeps its word. Lenin says it from the mansion's balcony in his own terms: let them try it, and the workers will judge. # event: vote tauride_palace
Osip, who feared power more than anyone, is a deputy minister by June, sleeping on a sofa at the ministry. "You made us do it," he tells you. "Now help us not to fail." # recalls: february
Not everybody cheers. The Kadets call it a soviet dictatorship and go to the generals; the Allies cut the credits; the army's officers wait, counting the days. Your father says a government of printers and schoolteachers will not last a winter, and then goes to his union to see what it wants from the Arsenal. {father_bond >= 3:He asks you, the first time in his life, what you think.}
What happens next is not written: a Soviet government without the liberals, with the Bolsheviks outside it, facing the war, the generals and the hungry winter. But in May 1917 the soviets hold the power that, in history, they would not take until October.
What really happened: the Soviet's Executive voted to enter a coalition with the liberals. The essay says the real barrier to soviet power was not the government but the Menshevik and SR majority that controlled the soviets. # note # cite: essay
In the autumn, the essay records, the moderates refused Lenin's offer that the Bolsheviks act as a loyal opposition if they governed alone, without the liberals. # note # cite: essay
This ending is the game's inference, not history: pressure from below might have pushed the Soviet majority to govern alone in spring; the essay's view is that the moderates' alliance with the liberals ran too deep. # note # interpretation # cite: essay
The soviets take power in May. # ending: soviet_power_may
-> END

// ---------------------------------------------------------------------------
// Act III, The July Days: the rising crushed
// ---------------------------------------------------------------------------

=== ending_july_crushed
~ whereabouts(3)
~ where_fyodor = "in the cells of the Kresty"
~ where_grisha = "sent to the front in sealed wagons"
~ where_petya = "in Kronstadt, cut off"
~ held -= (peter_paul_fortress, finland_station, liteiny_bridge, kshesinskaya_mansion, tauride_palace, kronstadt)
~ barricades = ()
~ fought_over = ()
~ disperse(crowds)
~ lower(fleet, 50)
~ lower(party_org, 40)
~ lower(worker_confidence, 25)
~ raise(repression, 35)
~ raise(counter_threat, 30)
~ count_up(arrests, 2000, 20000)
You share a cell in Kresty with eleven other women. At dawn there are volleys in the yard, and nobody says what they are. # date: 1917-07-12 # scene: The reckoning # place: kresty # music: stinger_defeat
{
- jul_rising_fortress:
    For two days you held a fortress, a railway station and two bridges, and called it a revolution. It was never the city. The soldiers and the Soviet majority did not come with you, and the front did. The Cossacks who marched you out of the fortress spat on the sailors' dead as they passed.
- jul_rising_vyborg:
    For three days you held the Vyborg side, street by street, and called it a revolution. It was never the city. The soldiers and the Soviet majority did not come with you, and the front did. The Erikson works is a shell. Marfa has brought Mitya back from Lesnoy to your father, who is not allowed to see you.
- else:
    For a day the barricades held. Then the guns came, and the rest of the city stayed indoors, as the Soviet told it to. You were taken at the Erikson gate with a rifle you never fired, and the officer who took you read your name from a list drawn up in the spring.
}
{ july_dead > 0:
    The city counts {july_dead} dead since the third of July. # recalls: july_dead
}
Kronstadt is cut off, its bread stopped until it hands over its committees, and the sailors who led them are shot on the quay. Fyodor is somewhere in the cells below you. Grisha's regiment has gone to the front in sealed wagons. # event: arrest kresty kronstadt
The party is outlawed, its presses broken up, its leaders dead, fled or in the cells. A general from the front rules Petrograd under martial law, and the right-wing socialists stay in the government to sign what he writes. The word soviet is not allowed in the newspapers.
What really happened: in July 1917 the Bolsheviks joined the demonstration to keep it peaceful, then ordered a retreat. Hundreds were killed and thousands imprisoned, but the party survived, and after the Kornilov affair it won more and more support. # note # cite: essay
The Bolsheviks held back because they judged a seizure of power premature and easily isolated: the SRs and Mensheviks still held the Soviet majority. # note # cite: essay
The essay argues that the advanced workers and soldiers could not yet lead the majority, who would not break with the right-wing socialist parties, and that July taught the most militant of them caution, in its words a “bloody nose”. # note # cite: essay # interpretation
Not in the essay: Lenin later wrote that the Bolsheviks might have taken Petrograd in July but could not have held it. The bloodier defeat and the general's dictatorship here are this game's inference from the essay's reasoning. # note
The revolution ends in July 1917. # ending: july_crushed
-> END

// ---------------------------------------------------------------------------
// Act IV, Kornilov: the general in Petrograd
// ---------------------------------------------------------------------------

=== ending_kornilov_victorious
~ whereabouts(4)
~ where_fyodor = "dead, shot in the New Lessner yard"
~ where_lidia = "in the Peter and Paul Fortress"
~ where_petya = "bottled up in Kronstadt"
{ not grisha_at_front:
    ~ where_grisha = "on a train to the front"
}
~ where_osip = "at a smashed press"
# date: 1917-09-15
# scene: Petrograd under the general
# place: vyborg
# music: stinger_defeat
{ kornilov ? took_the_bait:
    The general got his excuse. The shooting at the {kornilov ? seized_palace_to_protect:Winter Palace|telegraph office} split the defence down the middle: the Soviet majority called its trench parties back to deal with the Bolsheviks, and the front believed every word of Kornilov's telegrams. # recalls: kornilov
- else:
    The defence never found its feet. The Soviet majority had committees and appeals; it did not have the factories, and the soldiers would not march for speeches. Without the Bolsheviks to bring out the workers, Kornilov's trains came on.
}
The Savage Division rode down the Nevsky on the first of September. By the third there were Cossack patrols on Sampsonievsky Prospekt. # event: cossacks nevsky_kazan vyborg # sfx: hooves
~ disperse(crowds)
~ end_strike(strikes)
~ armed_workers = ()
~ held = ()
~ raise(counter_threat, 30)
~ raise(repression, 30)
~ lower(worker_confidence, 25)
~ lower(gov_authority, 10)
~ count_up(arrests, 3000, 20000)
The general's programme is law now. The railways are under the military. Every factory working for the war is under martial law, the Arsenal and New Lessner included, and a strike is a matter for a court martial. # cite: essay
The Soviet is dissolved, its delegates arrested in the corridors at Smolny. The factory committees are abolished by order; the foremen come back with the old rulebooks. The officers point to Riga, where the Germans abolished the Soviet and brought back the old police, and say: like that. # event: arrest smolny # cite: essay
Kerensky, who thought he was using the general, is under guard in a room of the Winter Palace. The general does not need a socialist any more.
{ kornilov ? stayed_neutral:
    Two sides of one coin, Fyodor said. The coin came down on one side, and he was shot in the New Lessner yard with a rifle in his hands. # recalls: kornilov
- else:
    Fyodor was shot in the New Lessner yard with a rifle in his hands.
}
Osip's press was smashed the same night as the Bolshevik one; the general's officers did not ask which kind of socialist set the type. Lidia is in the Peter and Paul Fortress with the Left SR committee. Petya's sailors are bottled up in Kronstadt under the guns of officers who have come back. {grisha_at_front:Grisha's regiment at the front has its committee taken away in handcuffs.|Grisha's battalion is on a train to the front, its committee in prison.} Your father works at the Arsenal under a military overseer and does not speak of politics at all.
You are in a cellar in Lesnoy with Mitya and a false passport, setting type by candlelight for a paper nobody dares to carry. Marfa brings bread when she can. The war goes on.
The story ends here: the counter-revolution has won. # music: stinger_dread
What really happened: the Bolsheviks led the defence, bringing out the workers and the radical soldiers and sailors. Railwaymen stopped Kornilov's trains, soldiers arrested plotting officers, and agitators won his men over. The coup fell apart almost without shooting. # note # cite: essay
Kornilov wanted the army to run the railways, martial law in the war factories and no strikes. The Riga example comes from the essay's account of September. # note # cite: essay
This ending is an inference from the essay, not something it describes: had Kornilov won, the soviets and factory committees would have been destroyed, and Kerensky himself would have been a victim. # note # interpretation
{ kornilov ? took_the_bait:
    Why it failed here: a rising in the middle of the defence gave Kornilov the pretext he hoped for, and the soldiers and armed workers were not strong enough to hold the city alone. # recalls: kornilov
- else:
    Why it failed here: the party stood aside, and without it the defence could neither move the factories nor win over the soldiers.{kornilov ? lay_low: And after a month of lying low, the party had few cells left to move them with.}
}
Think about it: was staying out, or striking first, ever a real choice for the Bolsheviks? Who else could have stopped Kornilov? # ending: kornilov_victorious
-> END

// ---------------------------------------------------------------------------
// Act V, October: waiting, unity, a rising too soon, the Congress dispersed
// ---------------------------------------------------------------------------

=== ending_petrograd_surrendered
~ whereabouts(6)
By December the Germans are coming up the coast, and the government is already in Moscow. # date: 1917-12-20 # scene: The city given up # place: vyborg # view: region # music: stinger_defeat
~ raise(german_threat, 30)
~ lower(worker_confidence, 20)
~ repress(20, 1500)
The lathes went in October, on the trains to the Volga; the men stayed. In the cold the Arsenal stands empty and the mill is boarded up. The bread ration is a quarter of a pound, when there is bread.
Nobody votes for the Constituent Assembly on the Vyborg side. The elections are postponed in the zone of military operations, and then the zone is Petrograd. The Soviet is closed by order of a general, and the factory committees with it. An officer in a new uniform reads out a list of names at the district soviet's door. Yours is on it, and Fyodor's, and Marfa's.
Your father sits at the table with the Menshevik paper he has gone back to buying, because there is no other. "Riga," he says. "It's Riga." He means the Soviet abolished and the old police back, as the Kadets' papers once promised.
{ october ? vote_garrison_obeyed:
    You sent the regiments to the front so as to give no pretext. They were the ones who could have held the city. # recalls: october
}
{ defence ? vote_kept_waiting || october ? vote_congress_waits:
    The Congress voted power to the soviets and then waited for the Assembly, and the ministers did not wait with it. # recalls: october
}
You waited for all Russia to speak. Under occupation, all Russia never got the chance.
What really happened: The Bolsheviks did not wait. The Soviet's MRC took power on 24-25 October, and the Constituent Assembly was elected afterwards, on 15-19 November: the SRs won 40%, the Bolsheviks almost 24%. # note # cite: essay
The essay argued that waiting risked a German occupation of Petrograd, under which there would be no elections to anything, and an SR majority opposed to soviet power and even to the land seizures. # note # interpretation # cite: essay
The Germans never took Petrograd. Whether they would have, had the Bolsheviks waited, is a counterfactual the essay argues, not a fact. # note # interpretation # cite: essay
Here your story ends. # ending: petrograd_surrendered
-> END

=== ending_socialist_unity
~ whereabouts(6)
The new government is announced in November: a coalition of all the democratic forces, SRs, Mensheviks, two Kadets brought in as specialists, and a Left SR at a ministry that has no budget. # date: 1917-11-20 # scene: Unity # place: smolny # music: stinger_defeat
~ raise(moderates_cred, 5)
~ lower(worker_confidence, 15)
~ raise(counter_threat, 15)
~ crisis(5)
{ def_road ? defeated_appeal:
    Martov's call, with your party's name under it, began it. The SRs answered by asking the Kadets too, and the new cabinet's amnesty let Anton out of Kresty. # recalls: def_road
}
{ defence ? vote_took_kadets:
    Vikzhel's talks stopped Kerensky without a shot, as Osip promised. The price was the Kadets at the table and the Red Guard's rifles in the militia's stores. # recalls: defence
}
{
- kornilov ? coalition_kadets:
    In October eleven Bolshevik hands let the first two Kadets back "as specialists". By November they are ministers, and Lenin's compromise of September has become a coalition like all the others. # recalls: kornilov
- kornilov ? rash_unity:
    Your two votes helped make it, from the far end of the table where the party has sat since August. Nobody thanks you for them. # recalls: kornilov
}
It is the knot you started the year with, tied again. The land must wait for the Assembly. The war must go on for the Allies. The closures go on, because the owners are in the government and the committees are not.
By Christmas the Erikson works is on three days a week. Marfa's mill is closed. In the barracks the officers are back in their epaulettes, and in the Kadet papers there is talk of a firm hand, the talk there was in August.
In January a general marches on the capital. This time there is no Red Guard to meet him, and the railwaymen who stopped Kornilov's trains are told by their own leaders to keep out of politics.
Anton comes to see you the night before the regiments come in. "We wanted unity," he says. "We never asked what it was unity with."
What really happened: Kamenev and Zinoviev went public against the rising, arguing that the socialist parties could still come together, something many workers wanted. The party rose anyway. # note # cite: essay
Their own letter hoped for a soviet government of socialists only; taking the Kadets back is this road's wrong turn, not theirs (not in the essay). # note
After October the right-wing socialists' price for unity was the disarming of the revolution, with all armed forces under the City Duma. The historian Mandel asks on what basis such unity could have come, and at what price. # note # cite: essay, 29
The essay argues that "unity" meant renewed alliance with the capitalists and, in the end, rule by the officers, as happened to the SRs' own government in 1918. Other historians think a broad socialist government was possible. # note # interpretation # cite: essay, 32
Here your story ends. # ending: socialist_unity
-> END

=== ending_premature_rising
// Reached from the Act IV roads (kor_road_autumn) at once; from Act V the defeat opens the November road
// (roads/def_road_defeated.ink), whose last defeat ends at `ends` below.
~ whereabouts(5)
~ where_anton = "arrested with the rest"
-> oct_rising_crushed_scene ->
-> ends
= ends
Here your story ends. # ending: premature_rising
-> END

// The party's rising crushed: the defeat and its notes, shared by the ending and the November road.
=== oct_rising_crushed_scene
{ red_guard >= 60:
    For a week the party holds Smolny, the Vyborg side and the Liteiny Bridge. It calls itself the government. Nobody else does. # date: 1917-10-27 # scene: The party alone # place: vyborg # music: stinger_defeat
    The Congress, when it meets, refuses to recognise a power it was not asked to give. The railwaymen stop the trains to the city, for you and against you alike, and the bread with them. The soldiers who stayed in their barracks stay there. When Kerensky's troops come up from the south, the Red Guard fights them alone at the Moscow Gate and is beaten.
- else:
    By the evening of the 20th it is over. The cadets hold the bridges again, and the Cossacks ride up the Vyborg side with their whips out. # date: 1917-10-21 # scene: The party alone # place: vyborg # music: stinger_defeat
    The Soviet's old executive denounces the rising as a Bolshevik plot. The Congress is cancelled until order is restored. The Kadet papers print a photograph of Fyodor and call him a German agent.
}
~ lower(worker_confidence, 15)
~ lower(legitimacy, 20)
~ reaction(15)
~ repress(15, 800)
Your name is on the list at the district soviet's door. Anton, who never wanted any of it, is arrested with the rest. Lidia sends a note through Marfa: she is sorry, but her party told you what would happen.
You went ahead without the Soviet, and the soldiers and the Left SRs who would have followed the Soviet did not follow the party.
{
- kornilov ? coalition_rose:
    You broke September's promise against a socialist government the soviets had confirmed, and the soviets defended it. # recalls: kornilov
- kornilov ? rash_rose || kornilov ? rash_readied:
    It was August's mistake made a second time. The soldiers who remembered the stab in the back stayed in their barracks, as they had said they would. # recalls: kornilov
}
What really happened: Lenin pressed for a rising at once, organised by the party. Trotsky argued for one timed to the Congress and presented as defence, drawing its legitimacy from the Congress; the essay presents that as what happened. # note # cite: essay, 20
It was the Soviet's Military Revolutionary Committee, not the party alone, that won control of the garrison and carried out the rising on the eve of the Congress. # note # cite: essay
The essay does not criticise Lenin openly. The idea that a party rising without the Congress would have been isolated is a reading of its argument, not a fact. # note # interpretation
->->

=== ending_congress_dispersed
// Reached from the Act IV roads (kor_road_autumn) at once; from Act V the defeat opens the November road
// (roads/def_road_defeated.ink), whose last defeat ends at `ends` below.
~ whereabouts(5)
-> oct_dispersed_scene ->
-> ends
= ends
Here your story ends. # ending: congress_dispersed
-> END

// The Congress dispersed: the defeat and its notes, shared by the ending and the November road.
=== oct_dispersed_scene
{ october ? or_shut_vyborg:
    The government strikes second. It let the Congress meet for a night, and on the 27th loyal units from the front come in through the Warsaw station with Kornilov's old badges on their sleeves. # date: 1917-10-27 # scene: The Congress dispersed # place: smolny # event: troops warsaw_station # music: stinger_defeat
- else:
    The government strikes first. Through the night of the 24th the cadets hold the bridges, and in the morning loyal units from the front come in through the Warsaw station with Kornilov's old badges on their sleeves. # date: 1917-10-25 # scene: The Congress dispersed # place: smolny # event: troops warsaw_station # music: stinger_defeat
}
~ raise(gov_authority, 15)
~ lower(worker_confidence, 20)
~ lower(legitimacy, 20)
~ reaction(20)
~ repress(20, 1200)
~ raised_bridges += (liteiny_bridge, nikolaevsky_bridge, palace_bridge)
~ held -= (smolny, trud_printing)
{ october ? or_shut_vyborg:
    They go to Smolny first, where the half of the Congress that stayed is still sitting, and send it home with a promise of the Assembly. Then they cross to the Vyborg side. The New Lessner canteen is empty when they reach it; the delegates who voted in it are on the trains home, or on a list. # recalls: october
- else:
    The Congress of Soviets opens that evening, or tries to. Officers with a list stand at the doors of Smolny, and half the delegates are turned back at the stations. Those who get in vote for soviet power, and the vote goes nowhere: there is no regiment left in the city to carry it out, and the government does not even bother to answer.
}
Within a week the Soviet's committee is under arrest, the remaining regiments are on the trains to the front, and the Red Guard's rifles are being loaded onto carts at the district soviet. It is August again, except that this time Kornilov's friends have won.
{ october ? waited_after_press_closure:
    You protested and waited, and the government used the day you gave it. # recalls: october
}
{ october ? called_the_streets:
    You called a crowd without a plan, and the soldiers would not fight for it without orders. # recalls: october
}
{ october ? waited_for_congress:
    You waited for the Congress with nothing prepared, and the garrison was thinned while you waited. # recalls: october
}
{ october ? let_the_companies_go:
    On the 21st two companies left for the front because nobody gave them another order. They were the ones you needed on the 24th. # recalls: october
}
{ october ? guarded_smolny:
    Fyodor's machine guns kept Smolny for one night. The committee went out at dawn, and found the bridges already taken. # recalls: october
}
{ october ? answered_press_closure && october !? guarded_smolny && (october ? waited_after_press_closure || october ? called_the_streets):
    The committee's orders went out at last, after dark, and too few regiments answered a Soviet that had kept silent all day. # recalls: october
}
{ october ? or_shut_vyborg:
    The government let one night go by, and you used it to split the Congress in two. # recalls: october
}
{ october ? vote_congress_arrest:
    The Congress voted to arrest the ministers a week after it had let the regiments go. # recalls: october
}
{ october ? order_failed_by_day:
    The Soviet's order went out in daylight with too few rifles behind it, and again after dark to regiments that had watched it fail. # recalls: october
}
{
- kornilov ? credit_conference || kornilov ? compromise_conference:
    You kept your bench in the Pre-parliament to the end. The regiments sent to the front had seen the Bolsheviks sitting in the room where it was decided. # recalls: kornilov
- kornilov ? credit_trusted:
    You left the garrison to the Soviet's committee, and the Soviet's committee signed the order that emptied the barracks. # recalls: kornilov
- kornilov ? rash_defended:
    You defended August in the open all autumn, and the soldiers who had dug the trenches stopped listening. # recalls: kornilov
}
{
- kornilov ? stayed_neutral:
    And it began in August. The party sat out the fight against Kornilov, and the soldiers who dug the trenches without it were in no hurry to come out for it in October. # recalls: kornilov
- kornilov ? backed_kerensky:
    And it began in August, when the party marched under Kerensky's command. In October too many soldiers could not see why they should now march against him. # recalls: kornilov
}
{bolshevik_share >= 45:You had the majority. You did not have the city when it mattered.|You were close to a majority, and you did not have the city when it mattered.}
What really happened: The MRC answered the closure of the press by taking the city, and the Congress opened on 25 October with power already in the Soviet's hands. # note # cite: essay
Trotsky argued that the government's attempt to remove the garrison showed it meant to disperse the Congress: "Did not the very attempt to remove the garrison mean that the Government was preparing to disperse the Congress of Soviets?" # note # cite: 20
The essay warns that the moderates could postpone the Congress or ignore it, and points to Kerensky's dealings with Kornilov. That the government would have struck first is the essay's reasoning, not a known fact. # note # interpretation # cite: essay
->->

// ---------------------------------------------------------------------------
// Act VI, Defending the revolution: October as in history, and the roads that left it
// ---------------------------------------------------------------------------

=== ending_october_historical ===
~ whereabouts(6)
# date: 1918-01-06
# scene: Dawn over the Neva
# place: liteiny_bridge
# music: stinger_rise
You walk home across the Liteiny bridge at five in the morning, towards the smoking chimneys of Vyborg. # event: flag smolny

Ten weeks, and the land decree is in the villages.{ defence ? refused_vikzhel: The rail strike is broken.} Everyone says civil war.
{ defence !? dispersed_march || defence !? osip_with_duma:
    Osip is still at his case, setting your decrees and his party's protests, for as long as anyone lets him print both.
}
{ defence ? tolerated_march || defence ? contained_march:
    Nobody died on Liteiny. In a week the officers' plot for the opening is found all the same, and Fyodor says it proves him right, and Anton says it proves nothing of the kind.
}

What really happened: this is the path history took; closing the Assembly met no widespread resistance. # note # cite: essay
-> def_epilogue_1918 ->
Other views: liberal historians call October a minority's coup; some trace Stalinism to one-party rule and the Cheka (not in the essay). # note

At home your father is heating water. You tell him the guard was tired; he laughs, then stops.{ defence ? tolerated_march: "They let the march through, I heard," he says. "Somebody on your side still remembers February."}{ defence ? contained_march: "No shooting on Liteiny, I heard," he says. "Whose idea was that?"}

{ asked_father:
    You ask him, at last, about the Arsenal meeting he would not talk about in September. # recalls: asked_father
}
"At the Arsenal in September, where in spring no Bolshevik could speak, a lad said it: 'the Bolsheviks have always said: "It is not we who will persuade you, but life itself." And now the Bolsheviks have triumphed because life has proved their tactics right.'" # cite: 27

He pours the tea. "Life isn't finished with any of us yet." # ending: october_historical
-> END

=== ending_kerensky_restored ===
~ whereabouts(6)
{ fought_over ? pulkovo_heights:
    ~ where_fyodor = "missing on the Pulkovo heights"
}
~ held = (kronstadt)
~ armed_workers = ()
~ fought_over = (smolny)
~ repress(30, 3000)
~ raise(gov_authority, 30)
~ reaction(20)
~ lower(worker_confidence, 30)
# date: 1917-10-31
# scene: Kerensky returns
# place: city_duma
# music: stinger_dread
Kerensky comes back up the Moscow highway in an open car, with Cossacks before and behind. On the steps of the City Duma the Committee for Salvation waits for him with bread and salt. # event: cossacks moscow_gate city_duma # sfx: hooves

The men who ride beside him are not Duma socialists but officers: Kornilov's staff from August, the junker commanders, colonels who kept their epaulettes in a drawer all autumn. Within a week they are the government in all but name, and the Duma socialists its decoration.

Smolny is surrounded. The Military Revolutionary Committee is arrested at its tables, and Vyborg is searched house by house. # event: raid vyborg # event: arrest smolny

{ def_road ? salvation_held_city:
    The Committee for Salvation's list, the one you read in proof at Smolny, is pasted up on the Duma's doors now. You had your warning, and waited behind barricades for a fleet that came two days late. # recalls: def_road
}
You hide Mitya at Marfa's and burn the committee's lists in the stove, sheet by sheet, while your father feeds the fire. "I believed in Kerensky," he says. "In March."

{ defence ? osip_neutral:
    Late that night a printer's boy brings a railway pass in another name, from Osip. There is no note. You take it.
- else:
    Late that night Osip knocks, soaked{october !? kamenev_zinoviev_line:, his white armband in his pocket}. At the Duma, he says, officers are drawing up lists of Bolsheviks street by street, and yours is on one. "This isn't what we {october ? kamenev_zinoviev_line:voted|walked out} for," he says. "I swear it isn't." He has brought a railway pass in another name. You take it.
}

{
- defence ? parleyed_with_cossacks:
    {soldier()}, who sat at the Cossacks' fires at Tsarskoe, is disarmed with his regiment in its own barracks yard and told it will entrain for the front on Monday.
- defence ? all_socialist_government || defence ? backed_martov_motion:
    Lidia sends word from a safe flat on Vasilievsky: the Left SRs are being arrested too, Soviet or no Soviet, socialist or not. The officers do not make fine distinctions.
- else:
    {soldier()}'s regiment is disarmed in its own barracks yard and told it will entrain for the front on Monday.
}
{ defence ? held_city_forces:
    Anton, who kept the Red Guards at home to guard the city, is taken from the committee room with the minute books under his arm. He asks, politely, for a receipt.
- else:
    At the mill Marfa's committee is dissolved by a captain who reads the order aloud without looking up, and the manager pins a list of "agitators" to be dismissed on the gate. Her name is on it.
}

{ defence ? vote_fought_kerensky && october ? vote_garrison_obeyed:
    The soviet government went out to Pulkovo with the regiments it had. After October's order to the front, it did not have enough. # recalls: october
}
The land decree is torn off the walls. The war goes on. And the officers, who needed Kerensky for a week, will not need him for long.

What really happened: the cadet rising in the city was put down, and Kerensky's march was decisively defeated at Pulkovo. # note # cite: essay
This ending borrows the essay's picture of 1918, when the SR-backed "democratic" governments were overthrown by the officers they relied on and Admiral Kolchak, a counter-revolutionary since the summer of 1917, took power. # note # interpretation # cite: 32
Whether a restored Kerensky could have kept his officers in check is a counterfactual; the essay's argument says he could not. # note

Petrograd belongs to Kerensky again, and to his officers. # ending: kerensky_restored
-> END

=== ending_revolution_disarmed ===
~ whereabouts(6)
~ lower(red_guard, 30)
~ armed_workers = ()
~ held = (kronstadt)
~ reaction(10)
# date: 1917-11-20
# scene: The rifles handed in
# place: city_duma
# music: stinger_defeat
The Red Guard hands in its rifles at the City Duma, company by company, and a clerk writes every number in a ledger. Fyodor doesn't. He wraps his in sacking and buries it under the coal heap in the New Lessner yard. # event: retreat city_duma

{
- def_road ? salvation_asked_duma:
    It began in the mayor's room at the City Duma, when you bought the Cossacks' halt at Tsarskoe Selo with the Red Guard's rifles. # recalls: def_road
- def_road ? unity_took_terms:
    It began at the railwaymen's table, the day after Pulkovo was won, when you signed the Duma's paper for the sake of the trains. # recalls: def_road
- def_road ? defeated_appeal:
    It began in Marfa's room in November, when a beaten party signed Martov's call, and the price of the answer was the rifles the October sweep had missed. # recalls: def_road
}
The cabinet of all the socialists is named after ten days of bargaining. The Bolsheviks get two ministries nobody wanted; Lenin and Trotsky are left out, by request.

The trains run, and the Arsenal gets its coal. The decrees on peace and land are referred to the Constituent Assembly. The war goes on: the new ministers owe it to the Allies, they say, and the front must hold until spring. # event: troops

By December the officers are back in the barracks. The regiments under the Duma's command are told to entrain for the front. Nobody is looking now for the kind of plot the Red Guard uncovered in November.

{ defence ? all_socialist_government:
    Lidia's party has two seats in the new cabinet and no say. In her province, she writes, the land committees that shared out the estates in November are being arrested for "seizures", on the orders of a socialist minister. "We're back in the summer," her letter ends, "and this time we voted for it."
- else:
    At the Erikson works the factory committee's seal is taken away. The manager comes back in a fur coat and shakes your hand.
}
{ defence ? fought_at_pulkovo:
    Kronstadt alone refuses to hand in its rifles. Petya, who dug in beside you at Pulkovo, writes that the sailors have voted to keep them "until the Assembly decides", and that nobody in the new government dares come and ask.
- else:
    Mitya asks why Uncle Fyodor's rifle is under the coal. You tell him it is a secret, and he keeps it better than the grown-ups keep theirs.
}

Your father has his coal. "Unity," he says, and doesn't finish the sentence.

What really happened: the Bolsheviks did not accept Vikzhel's terms, and a Bolshevik-Left SR government was formed. # note # cite: essay
The essay argues that the right socialists objected to Soviet power itself, and that putting the armed forces under the City Duma meant disarming the revolution; they had refused to govern without the liberals even when the Bolsheviks held a third of soviet delegates. # note # interpretation # cite: essay
Other view: Kamenev and others thought a broad coalition the only way to avoid civil war (not in the essay), and Petrograd's workers' bodies wanted unity too. This ending is the game's inference from the essay. # note # cite: 29

The revolution has been disarmed. # ending: revolution_disarmed
-> END

=== ending_assembly_sovereign ===
~ whereabouts(6)
~ where_fyodor = "back at his lathe at New Lessner"
~ where_petya = "in Kronstadt, defying the ministers"
~ lower(red_guard, 20)
~ raise(gov_authority, 30)
~ raise(moderates_cred, 5)
~ held -= smolny
# date: 1918-01-06
# scene: The Assembly governs
# place: tauride_palace
# music: stinger_dread
Chernov forms an SR government the next day, and Osip is radiant for a week. # event: vote tauride_palace
{
- def_road ? alone_yielded:
    A Soviet that had stood alone since November was too tired to stand alone against the whole peasant country, and it gave way without a shot. # recalls: def_road
- def_road ? defeated_lists:
    The party has a bench on the far left, elected in November from the lists that escaped arrest. Marfa sits on it in her mill shawl, the only weaver in the hall, and votes against every bill about the war. Anton, let out of Kresty at Christmas, writes her speeches. # recalls: def_road
- def_road ? defeated_cells:
    The party has no bench: it put up no list in November. Its cells meet at night in forty factories and every battalion of the Moscow Regiment, and wait for the spring the Assembly cannot give the front. # recalls: def_road
}

The new ministers are serious men. They confirm the land to the peasants in principle and send the details to a commission, to be settled after the war. The war goes on, in agreement with the Allies. {def_road ? road_dispersed || def_road ? road_crushed:The district soviets the officers closed in October stay closed, and the rest are told that they are advisory now.|The soviets are told that they are advisory now.} # event: troops

Kronstadt votes that the new ministers are Kerensky's heirs and refuses to take their orders. Lidia sits in opposition, shouting about the land, and the villages do not wait for the commission: they take it. Soldiers leave the front by the trainload to get their share.

{ defence ? parleyed_with_cossacks:
    Grisha writes that half his battalion has gone home without leave to see the land shared out, and that he is thinking of following them. "The Cossacks at Tsarskoe were right," he adds. "They waited to see who would last."
- else:
    At the mill Marfa's committee is told that the bread ration will be cut again, for the army. "We voted for the Assembly," she says. "Nobody told us it would be the same as before."
}

By February the officers are back in the ministry corridors, the same men who stood behind Kornilov, offering the new government their swords against disorder. Alexei reads the paper and says it is August again.

{ defence ? fought_at_pulkovo:
    Fyodor has gone back to his lathe at New Lessner. He keeps his rifle under the floorboards and reads every decree of the new ministry twice, looking for the one that will come for it.
- else:
    Mitya comes home from school with a new song the teacher taught them, about the Constituent Assembly. He sings it at the table. Your father listens to the end and says it is a good tune.
}

What really happened: the Assembly was dissolved after one session. The essay's answer to this path is 1918, when the Assembly's SR heirs did govern, in Samara. # note # interpretation # cite: essay
-> def_epilogue_1918 ->
The other side: many historians argue that a broader SR government was conceivable, that the SRs meant to give the land through the Assembly, and that the Assembly, elected by some 40 million voters (not in the essay), was Russia's only freely elected parliament for over seventy years; Komuch, a rump at war, was no fair test. # note
This ending is the game's inference from the essay's argument, not something that happened. # note

The Constituent Assembly governs Russia, for now. # ending: assembly_sovereign
-> END

=== ending_october_isolated ===
~ whereabouts(6)
~ where_fyodor = "with a food detachment in the villages"
~ where_anton = "in the party archive"
~ where_petya = "back in Kronstadt"
~ where_grisha = "in his village"
~ raise(repression, 15)
~ split_party(10)
~ lower(left_allies, 10)
# date: 1918-01-06
# scene: Alone
# place: smolny
# music: stinger_dread
The revolution has survived, and it is smaller than it was. # event: flag smolny

{ defence ? vote_soviets_alone:
    Ten weeks: Kerensky beaten, the Congress's decrees in the villages, and the Assembly you waited for left behind in the Tauride with the SR benches shouting. Against that: the cadets in the Kuban, the officers' plots, the Allied embassies, and not one friend left at the table. # recalls: defence
- else:
    Ten weeks: Kerensky beaten, the junkers out of the exchange, Moscow won, the land decree in the villages. Against that: the cadets in the Kuban, the officers' plots, the Allied embassies, and not one friend left at the table.
}
{
- def_road ? assembly_closed:
    It ended in the Tauride, when the Assembly gave you the land and the peace and half an answer on power, and you shut the door on it anyway. Lidia's party shut its own door on you the same week. # recalls: def_road
- def_road ? unity_broke_off:
    It began at the railwaymen's table, the night after Pulkovo, when you walked out of the talks the Congress had sent you to, and the Left SRs went the other way down the stairs. # recalls: def_road
- def_road ? salvation_stripped_city:
    It began with the arrests at the City Duma, the price of holding Pulkovo by a hair after you had let the city's guard down once. # recalls: def_road
- defence ? refused_vikzhel:
    It began in the engine shed, when the drivers broke their union's strike for you and Lidia cleared her party's room at Smolny. # recalls: defence
- defence ? let_walkout_go && defence !? backed_martov_motion && defence !? bolsheviks_alone:
    It began on the first night, when you kept your hand down for Martov's motion and whistled the leavers out of the hall. # recalls: defence
- october ? rising_now:
    It began before the Congress sat. The party rose on its own account, and the Left SRs, who would have shared a rising made by the Soviet, would not share a government made by a party. # recalls: october
- october ? heavy_force:
    It began on Palace Square. Lidia's party never forgave the night a defence became a massacre, and no railway bargain could buy back their seats. # recalls: october
- defence ? bolsheviks_alone:
    It began on the night of the decrees, when you voted for a Council of Bolsheviks alone and let the Left SRs watch the door close. # recalls: defence
}

The Council of People's Commissars sits without a single peasant party beside it. The Left SRs hold congresses in the provinces against you. The railway depots run under armed guard, with a commissar in every signal box, and some of the party's oldest leaders write against you in other papers. # event: train nikolaevsky_station

Fyodor commands a food detachment now. He goes out to the villages with rifles for the grain, and the peasants who voted SR for the land meet him with pitchforks and with Lidia's leaflets. # event: red_guard lesnoy

Marfa says it plainly at the mill committee. "We asked for all the socialists together. We got you." She still votes with you. She no longer smiles when she does.

Petya has gone back to Kronstadt, where the anarchists say that the Bolsheviks have become a new government like any other. He sends you their paper without a note.

Anton has asked to be moved to the archive. He says it is his eyes. Grisha writes from the village that the land is shared, and that the peasants thank the Left SRs for it and curse the grain detachments, and that he does not know what to tell them about his sister.

What really happened: the Bolsheviks did not stand alone in these months. They negotiated, and governed with the Left SRs, with railway-union members added to the Soviet Executive. # note # cite: essay
Mandel, whom the essay quotes, stresses that not even Lenin and Trotsky insisted on a purely Bolshevik government, and that Petrograd's workers' organisations all urged a unified socialist one. # note # interpretation # cite: 29
Not in the essay: the coalition did not last. The Left SRs left the government over the Brest-Litovsk peace in March 1918 and rose against the Bolsheviks in July. Historians who trace Stalinism back to one-party rule start here; the essay calls Stalinism a later degeneration. This ending, the same road taken sooner and with fewer friends, is the game's inference. # note

Soviet power holds, alone. # ending: october_isolated
-> END

=== ending_second_vote ===
~ whereabouts(6)
~ where_lidia = "canvassing in her province"
~ where_grisha = "in his village"
~ reaction(5)
~ raise(left_allies, 5)
# date: 1918-01-05
# scene: A second vote
# place: tauride_palace
On the fifth the Tauride Palace stays shut, with a notice on the railings: the Assembly is postponed until new elections, on new lists. # event: vote tauride_palace

The SR deputies meet in a university hall instead and call it a coup. The Kadet papers say the Bolsheviks lost a vote and cancelled it. Osip, grey-faced, says the same thing more quietly. "You found the lists were wrong only after you saw the count."

{
- def_road ? road_assembly:
    The Assembly gave you the land and the peace on paper, and you asked for a recount of the rest. Anton has not forgiven it. # recalls: def_road
- def_road ? road_alone:
    A party that stood alone all winter has asked the villages to choose again, on Lidia's argument. Half of Smolny thinks it a retreat, and the other half a trick. # recalls: def_road
}
Lidia leaves for her province on the first train, with a trunk of Left SR leaflets. "Now the villages can choose between Chernov and us. If they still choose him, I'll eat my cap."

{ defence ? crushed_junkers:
    Petya stands guard over an empty palace in the frost, stamping his feet. "First we guard it to keep them in order," he says, "now we guard it to keep them out. I liked the Winter Palace better. At least we knew what it was for."
- else:
    The officers whose plot was timed for the opening find a locked door, a crowd of angry deputies, and a better story to tell the Allies.
}
{ defence ? parleyed_with_cossacks:
    Grisha writes from the village that the land committee has already shared out the squire's fields, vote or no vote. "Tell Lidia," he writes, "that the peasants are not waiting for anybody's list."
- else:
    Marfa says she will vote again if she must. "But they'd better be quick," she says. "The mill's out of cotton by March, and a ballot paper won't feed anybody."
}

This ending is a player-only counterfactual: nobody called new elections. It follows Lenin's argument, which the essay accepts, that the SR lists predated the party's split, putting Kerensky and the Left SRs who fought him on one list. # note # cite: essay
By that logic the Left SRs would have gained; the essay does not say whether that would have changed the outcome, and opponents would have called it cancelling an election the Bolsheviks had lost. # note
What really happened: the Assembly met on 5 January and was dissolved, while the country polarised towards civil war. # note # cite: essay

Russia will vote again, if it gets the chance. # ending: second_vote
-> END

=== ending_assembly_and_soviets ===
~ whereabouts(6)
~ where_lidia = "at the land commission"
~ raise(legitimacy, 5)
# date: 1918-01-20
# scene: Two houses
# place: tauride_palace
# music: stinger_rise
Two weeks on, the Assembly still sits in the Tauride Palace and the soviets still sit in Smolny, and a tram runs between them all day carrying messengers. # event: vote tauride_palace

The Assembly has passed its land law: the estates to the peasants without compensation, by statute, with the soviets' land committees to carry it out. The peasants had taken most of it already. Now they have a paper that says so, signed by Chernov and countersigned by the soviet executive.
{ heard_the_sr:
    The schoolteacher from Tambov drafted half of it. She sends you a copy with a line in the margin: "By law, as I said. You kept your word, and we kept ours." # recalls: heard_the_sr
}

The peace is harder. The Assembly will not sign a separate peace with the Germans; the soviets will not fight on. The front is melting in the snow while both houses debate, and German divisions are moving in the Baltic provinces.
{ october ? vote_garrison_veto:
    The regiments you kept in October still guard the city, and answer to the soviets' executive, not to the Assembly's ministers. Everybody knows it, and nobody says it in the Tauride. # recalls: october
}

{
- def_road ? truce_paroled || def_road ? truce_disarmed:
    It began at Gatchina, when the Cossacks rode home and the SR benches saw the Soviet keep its word. It held in the Tauride, when you took half a yes instead of none. # recalls: def_road
- def_road ? assembly_half_yes:
    It came of one question put first, as Anton wanted, and an answer that was only half a yes. You took the half. # recalls: def_road
}
Fyodor calls it dual power with better manners. Osip calls it a constitution with a rifle under the table. Anton, who has kept the letter of 11 October in his notebook all winter, says it is what they meant, and that he did not know it would be so tiring.

Lidia is at the land commission day and night. Marfa's mill has cotton for a month. Your father reads both papers now, the Assembly's and the Soviet's, and says they are arguing about the same things he argued about in 1905.

What really happened: there was no such settlement. The Bolsheviks walked out of the Assembly on 5 January, and the Soviet Executive decreed its dissolution the next day; it had passed a land law in its last minutes. # note
Kamenev and Zinoviev's letter of 11 October hoped for this combination of Assembly and soviets (not in the essay). The essay argues the SRs, tied to the liberals, would have used an Assembly against soviet power; whether a shared state could have lasted through the peace and the civil war is a counterfactual. # note # interpretation # cite: essay

The Assembly and the soviets govern together, for now. # ending: assembly_and_soviets
-> END

// ---------------------------------------------------------------------------
// Act II roads (story/roads/dp_roads.ink): where the spring's alternatives end in the summer
// ---------------------------------------------------------------------------

=== ending_moderates_republic
~ whereabouts(3)
~ where_anton = "on the district duma's council"
~ where_fyodor = "in the Kresty, with the anarchists"
~ raise(gov_authority, 5)
~ raise(moderates_cred, 5)
# date: 1917-11-14
# scene: Epilogue: the vote
# place: vyborg
# music: stinger_rise
In November Russia votes for its Constituent Assembly, and the queue at the Vyborg polling station goes round the block twice. Mitya holds your place while you argue with a man about list number five. # event: vote vyborg
You got here by standing on the Tauride steps in July and asking the crowds to go home. {dp_road ? campaigned_against_offensive:You had fought the offensive in June with Marfa's weavers, but when the streets came for power you stood with the Soviet's Executive, and your party stood with you.|The party had kept to the Soviet's line since the spring, and in July it kept to it again.} # recalls: dp_road
Because the left stood together, it stood together again in August: when a general's trains started north, the Soviet called out the railwaymen and the factories, and Bolshevik agitators went down the line beside Osip's Mensheviks. The trains stopped at Luga. # event: troops pulkovo_heights # view: approaches
The coalition has survived it, battered. Kerensky still heads the government, and his picture still hangs over your father's stove. The land is still waiting for the Assembly; the peasants are not. The war goes on, the bread ration with it, and the factory committees meet in a city where the owners are shutting shop after shop.
Anton sits on the district duma's council and drafts labour laws. Fyodor is in the Kresty with the anarchists who marched in July. Osip brings round the results as they come in: the SRs first by far, the Mensheviks and the Bolsheviks side by side, a long way behind.
"A republic, Nadya," your father says. "A real one, with an Assembly. You helped." He means it kindly. In the mill Marfa asks when the Assembly will do something about the price of bread, and you do not have an answer she would believe.
What really happened: the Bolsheviks became the opposition in April, led the defence against Kornilov in August, and took power through the Soviet in October; the Assembly, elected after, was dissolved in January. # note # cite: essay
The essay argues that the war, the postponed land reform and the owners' sabotage had emptied the coalition before the autumn. This ending gives the moderates their best case: a united socialist left that holds the republic until the Assembly; an inference, not the essay's claim. # note # interpretation # cite: essay
The republic holds, for now. # ending: moderates_republic
-> END

=== ending_socialist_government
~ whereabouts(3)
~ where_lidia = "at the ministry of agriculture"
~ where_osip = "on the Soviet's Executive"
~ raise(legitimacy, 10)
~ raise(peasant_land, 10)
~ raise(left_allies, 5)
# date: 1917-07-20
# scene: Epilogue: a government of the Soviet
# place: tauride_palace
# music: stinger_rise
At four in the morning of the 5th the motion passed by nineteen votes. The regiments from the front reached the Tauride to find the Soviet itself in power, and their committees would not fire on it. # event: vote tauride_palace
It happened because the crowds were outside, and because you were inside, where the Soviet's leaders still counted your party as one of their own. {dual_power ? unity_talks:Osip's joint committee gave you the votes of the Vyborg Mensheviks.|Osip abstained, and held the door for you as you went out.} # recalls: dp_road
The Kadets are out. Chernov is at agriculture and sends the land committees the estates to hold until the Assembly; Lidia carries his circulars to the villages herself. The new government asks all the warring powers for a peace without annexations, and the Allies answer with a cut in credits.
{
- dp_road ? campaigned_against_offensive:
    Marfa says the offensive you fought in June is the reason the government listens to the factories now. # recalls: dp_road
- dual_power ? control_supervision:
    Marfa's committee checks the books every Friday, and now a ministry backs it. # recalls: dual_power
- else:
    Marfa's mill has cotton again, bought by a ministry that answers to the Soviet, and her committee counts every bale.
}
Your party is the government's left opposition, loyal while the government keeps its word, and it grows every week the peace does not come.
Nobody thinks it will be easy. The officers talk of a general; the banks refuse the new ministers' signatures; the Germans have not answered. But for now, whoever governs Russia answers to the soviets. {grisha_bond >= 3:Grisha's company stays in Petrograd.|Grisha stays in Petrograd, and comes to supper when he likes.}
What really happened: the Soviet's leaders refused power in July, and once the left was suppressed a new coalition with the Kadets was formed. # note # cite: essay
The essay sees the paradox of July in the sailors' shout at Chernov; later Lenin offered that the Bolsheviks would stay a loyal opposition if the moderate socialists ruled without the liberals. They refused. # note # cite: 14, essay
A Soviet government of the moderate socialists in July is this game's inference from that paradox; whether it could have made peace or held off the generals is a counterfactual. # note # interpretation
A socialist government answers to the soviets, for now. # ending: socialist_government
-> END

=== ending_soviets_without_bolsheviks
~ whereabouts(3)
~ where_anton = "back at the committee's desk"
~ where_lidia = "on the Soviet's Executive"
~ raise(left_allies, 5)
~ lower(bolshevik_share, 5)
# date: 1917-10-28
# scene: Epilogue: the Soviet's new masters
# place: smolny
# music: stinger_rise
In late October the Congress of Soviets votes all power to the soviets, and the men who take it are not Bolsheviks. Martov's Menshevik-Internationalists and Lidia's Left SRs sit at the long table in Smolny; the Bolsheviks have a chair at the end. # event: vote smolny
{
- dp_road ? marched_for_soviet_power:
    Your party came to the streets in July too late to lead them and too late to be forgiven. The factories remember that the Bolsheviks sat with the ministers all spring, and the ministers remember that you marched. # recalls: dp_road
- (dual_power ? down_with_government_now) || (dual_power ? demanded_soviet_power):
    Your party called for the government's fall in April and marched into the July repression with a prosecutor's file already open. It came out of the summer broken. # recalls: dual_power
- else:
    Since the spring your party ran ahead of the city, and when the city caught up it found Martov and the Left SRs there first, with clean hands. # recalls: dual_power
}
When Kornilov's trains came north in August it was the railwaymen and the Left SRs who stopped them, with Martov's people in the Soviet and the factory committees. {dp_road ? marched_for_soviet_power:The Bolshevik committees were still arguing over July, and never came.|The Bolshevik committees were in the cells or underground.} The workers noticed who came and who did not. # event: troops pulkovo_heights # view: approaches
The new government promises land to the land committees, an armistice, and the Assembly on its date. Lidia has a desk in Smolny and a bodyguard of sailors. She brings you in to the food commission, as a comrade of the left, not as a Bolshevik.
{father_bond >= 4:Your father reads Martov's paper now, and leaves it folded by your plate.|Your father reads the new government's decrees aloud at supper and will not say what he thinks of them.} Fyodor says it is our revolution in other people's coats. {dp_road ? july_peaceful:Anton, out of the cells at last,|Anton, back at the committee's desk,} says it is the one the Soviet always wanted, and that the party lost the right to lead it in the spring.
What really happened: in September the Bolsheviks won the Petrograd Soviet, and in October its Military Revolutionary Committee took power on the eve of the Second Congress; the Left SRs joined the Bolshevik government later. # note # cite: essay
This ending is an inference from the essay's argument: July's crackdown could break a party that had given its enemies a case, and the autumn's swing to the left could then find other leaders. # note # interpretation
The soviets rule, and the Bolsheviks follow. # ending: soviets_without_bolsheviks
-> END

// Act III roads (the July Days), reached in Act IV: the Soviet majority's republic, the Petrograd commune
// (story/roads/jul_roads_more.ink; the third July road's defeat is kornilov_victorious)
// ---------------------------------------------------------------------------

=== ending_soviet_majority_republic
~ whereabouts(4)
~ where_osip = "at his press, printing for the Soviet"
~ where_lidia = "with the Left SRs, in opposition"
{
- jul_road ? jailbreak_tried:
    ~ where_fyodor = "in the Kresty, serving two years"
- july ? stayed_out_of_july:
    ~ where_fyodor = "with the anarchists, Petrograd side"
}
# date: 1917-10-01
# scene: Epilogue: the Soviet majority's republic
# place: smolny
In September the Kadets who cheered Kornilov in August leave the government in disgrace, and the soviets will not have them back. This time the Mensheviks and SRs cannot say the country is not ready: they beat the general, and the crowds at Smolny chant their names.
So Tsereteli and Chernov do what they refused in July. A government of socialists only, answerable to the soviets' Executive until the Constituent Assembly meets, takes over the Winter Palace. Land committees take charge of the landlords' estates until the Assembly decides; the Allies are asked, politely, to talk peace. The elections are fixed for November, and this time nobody believes they will be put off. # event: vote smolny
{
- jul_road ? soviet_court:
    Osip keeps his word: the commission's two pages are printed in the Soviet's own paper, and the Executive releases Lenin with an apology nobody reads aloud. He speaks from the opposition benches, and the party he leads has given its word to a legality it did not make. # recalls: jul_road
- jul_road ? jailbreak_tried:
    Lenin stays in the fortress until October, a hostage to the jailbreak; Fyodor gets two years. The party sits in the Soviet as the opposition, and every speech it makes is answered with the warder's key. # recalls: jul_road
- jul_road ? lenin_in_court:
    The case against Lenin is dropped in the week after Kornilov, quietly, the way it was brought. He walks out of Kresty into a party that gave him up to a court, and is bound now by the legality that set him free. # recalls: jul_road
- jul_road ? calmed_regiments:
    The party that voted for the coalition in June and spoke from the Soviet's lorry in July sits in the new Soviet as its loyal left. Osip calls you comrade in public now. What is left of the machine-gunners' regiment sends an anarchist to the Soviet in your place. # recalls: jul_road
- july ? stayed_out_of_july:
    The party that kept its hands clean in July is the respectable left of the democracy now: the Arsenal men listen to you, Kronstadt does not, and Fyodor's anarchists hold meetings in the Durnovo dacha that draw more than yours. # recalls: july
- july ? general_strike_for_press:
    The factory committees that struck for the paper in July take the owners' ledgers to the new ministers. Some gates reopen; the owners go to law. The party keeps its hold on the committees and not much else. # recalls: july
- dp_road ? backed_offensive:
    The party that spoke for the offensive in June and cleared the Tauride steps in July came late to the trenches in August, and sits in the new Soviet as its least trusted member. The Executive remembers the steps; the Vyborg side remembers the offensive. # recalls: dp_road
- dp_road ? july_stayed_home:
    The party that stayed home in July and came late to Pulkovo sits in the new Soviet behind the Left SRs, who did neither. Kronstadt sends anarchists to the Soviet, not Bolsheviks. # recalls: dp_road
- dp_road ? marched_for_soviet_power:
    The party that sat with the ministers all spring and marched with the crowds in July came late to Pulkovo too, and sits in the new Soviet trusted by neither side of the Tauride steps. # recalls: dp_road
- dp_road ? july_peaceful:
    The party whose spring was read out in court in July sits in the new Soviet with half its committee out of the Kresty on bail, and came to Pulkovo a day late. The Left SRs, who did neither, sit in front of it. # recalls: dp_road
- else:
    The party that was blamed for July's rising came back by the Soviet's trenches, as its junior partner. The commissars remember the barricades; the workers remember who dug beside them. # recalls: july
}
{ jul_road ? backed_majority:
    The Bolshevik votes that made the majority on the night of the first are printed in every paper. Fyodor calls the party the government's loyal opposition, and does not mean it kindly. # recalls: jul_road
}
{ jul_road ? joined_late:
    You came a day late to Pulkovo, and the Vyborg side knows it. In the Soviet elections the Erikson shops send a Menshevik. # recalls: jul_road
}
{ jul_road ? kept_rifles:
    Under the floorboards of the Vyborg side there are still rifles the Soviet's ledgers do not show. Nobody mentions them, and everybody knows. # recalls: jul_road
}
The Bolsheviks are a loud minority in every soviet, and they say what they said all year: that a government which will not stop the war or give the land at once will lose the workers within a winter. The bread queues on Sampsonievsky are longer than in February.
Your father reads the Menshevik paper aloud at the table, and for once you do not quarrel. Marfa's mill has cotton again, for a month.
What really happened: the Bolsheviks led the defence against Kornilov, and the credit went to them: after his defeat they won the Petrograd Soviet. The Mensheviks and SRs would not govern without the propertied parties, and a third coalition was formed. # note # cite: essay
This ending gives the Soviet majority's road its best case: a socialist government that broke with the liberals in time. On the essay's account the moderates feared that break above all; whether such a government could have made peace and fed the cities is a counterfactual. # note # interpretation # cite: essay
For the classroom: what would a socialist government without the Bolsheviks have needed to do about the war and the land to keep the workers with it? # note
The Soviet majority governs, for now. # ending: soviet_majority_republic
-> END

=== ending_petrograd_commune
~ whereabouts(4)
~ where_fyodor = "commanding a Red Guard district"
~ where_petya = "on the Kronstadt forts"
~ where_osip = "at a press the Red Guard watches"
~ where_lidia = "between Smolny and her village"
# date: 1917-10-10
# scene: Epilogue: the Petrograd commune
# place: vyborg
When Kerensky orders the Red Guard disarmed in September, the factory districts refuse. The government's commissars are turned off the bridges and out of the stations, and in the third week of September the ministers and the Soviet's Executive take the train to Moscow. Petrograd is left to its district soviets, its factory committees and its armed workers. # event: occupy finland_station nikolaevsky_station liteiny_bridge # event: red_guard vyborg petrograd_side peterhof
{
- july ? tried_to_seize_power:
    In July you held a fortress for two days. Now you hold the city, and this time the soldiers are with you. It is still not the country. # recalls: july
- july ? stayed_out_of_july:
    The black flag flies beside the red over the Durnovo dacha and over half the Petrograd side. Fyodor's anarchists run their districts their own way, and your party is one voice among several in a city nobody governs. # recalls: july
- jul_road ? jailbreak_tried:
    The Cossacks in the fortress hold out a week, then trade Lenin for a safe conduct to the Don. He sits in Smolny writing decrees for a city that will obey them and a country that has not heard of them. # recalls: jul_road
- jul_road ? lenin_in_court:
    Lenin, who walked out of Kresty between two sailors, sits in Smolny writing decrees for a city that will obey them and a country that has not heard of them. # recalls: jul_road
- july ? general_strike_for_press:
    The mills that struck for the paper in July run under their committees now, with the Red Guard at the gates. What they lack is cotton, coal and a country to sell to. # recalls: july
- else:
    The barricades of July, which the papers called a Bolshevik rising, have come back as a city. This time the soldiers are with you. It is still not the country.
}
Every factory is under its committee. For a few weeks the Vyborg side feels the way it felt in the first days of March.
Then the country answers. The provincial soviets, still led by SRs and Mensheviks, call it a Bolshevik mutiny and send delegates to Moscow, not to Smolny. The railwaymen let through what they choose. The grain trains come twice a week, then once. After Riga the Germans are a few days' march from the Gulf, and the Don Cossacks have offered Kerensky their regiments.
Marfa counts the ration cards twice every morning. Your father works at the Arsenal for the Red Guard now, and does not say whether he minds.
What really happened: after Kornilov the Bolsheviks waited until they held majorities in the Petrograd and Moscow soviets, and they took power through the Soviet's Military Revolutionary Committee on the eve of the Second Congress of Soviets, which gave the new government its mandate. # note # cite: essay
The essay argues that a seizure of power before the soviets' majority had come over would have been isolated. This ending is an inference from that argument: Petrograd's workers could hold their city, but not feed it or rule the country alone. # note # interpretation # cite: essay
For the classroom: the commune beat the general without waiting for anyone. What did October have that this city lacked? # note
Petrograd holds, alone, and hungry. # ending: petrograd_commune
-> END

// Act IV roads (r4): the Kornilov affair's autumn roads (story/roads/kor_road_autumn.ink)
// ---------------------------------------------------------------------------

=== ending_september_compromise ===
~ whereabouts(5)
~ where_osip = "at the ministry of labour"
~ where_lidia = "on the land committees"
~ where_fyodor = "in the Red Guard, grumbling"
~ raise(legitimacy, 5)
~ lower(repression, 5)
# date: 1918-01-05
# scene: The government of the soviets' parties
# place: tauride_palace
The Constituent Assembly opens in the Tauride Palace with the socialist ministers on its front bench and your party on the left, where it has sat since {kornilov ? order_refused:October|September}. Nobody marches on it, and nobody marches to defend it. # event: vote tauride_palace

The SRs have the most seats, as everyone expected. They confirm their own government, answerable to the soviets until the Assembly writes a constitution, and the soviets' executive confirms it back. Two houses and one ministry: it is untidy, and the trams run.
{
- kornilov ? rose_called_off:
    In October Fyodor's plan went into the stove. Lidia has never mentioned that night, and never forgotten it; she sends you the land bill's draft before the SR caucus sees it. # recalls: kornilov
- kornilov ? order_refused:
    The regiments that stayed in October guard the Tauride today, on the orders of the soviets' executive, which the SR ministers answer to now, by the terms Lenin offered in September and they took in October. # recalls: kornilov
- kornilov ? coalition_opposition:
    Since September your delegates have voted against the ministers twice a week and nobody has been arrested for it. Osip says it is the first opposition in Russian history that was not in prison. # recalls: kornilov
}
The land committees hold the estates, by law now, and Lidia spends the winter in the villages settling boundaries. The peace is harder: the Allies still will not talk, the front is going home on the roofs of the trains, and the ministers' note to Berlin is answered with a map of what the Germans want.

At the Erikson works the committee checks the books and the owners send fewer of them every week. Marfa's mill runs three days in five. {father_trust >= 2:Your father reads your paper and Osip's side by side, and says the arguing is the best part.|Your father says it is the government he wanted in March, and asks why it took a general to make it.}

Fyodor drills what is left of the Red Guard on Sundays and calls the ministers Kerensky's heirs in every speech. Anton calls it keeping a promise. You are not sure yet which of them is right, and that, in 1918, feels like a kind of freedom.

What really happened: no such government was formed. In early September Lenin offered that the Bolsheviks would be a loyal opposition if the Mensheviks and SRs governed alone, without the liberals; they refused, and the Bolsheviks took power through the Soviet on 25 October. # note # cite: essay
Not in the essay: the offer was Lenin's article "On Compromises"; a few days later he added that it was perhaps already too late. # note
The essay argues that the moderate socialists would not break with the liberals, and that the choice was soviet power or a dictatorship of the officers. Whether a socialist government without the Kadets could have made peace and held the army is a counterfactual: this ending gives that road its best case. # note # interpretation # cite: essay

A government of the soviets' parties rules Russia, for now. # ending: september_compromise
-> END

// --- Act VI roads (r6): the ending of the unity road (story/roads/def_roads.ink) ---
=== ending_soviet_coalition ===
~ whereabouts(6)
~ where_lidia = "at the land commissariat"
~ where_osip = "on the Soviet Executive"
~ where_fyodor = "commanding the Lessner Red Guard"
~ raise(legitimacy, 5)
~ raise(left_allies, 5)
# date: 1918-01-05
# scene: All the soviets' parties
# place: tauride_palace
# music: stinger_rise
On the fifth of January the Constituent Assembly opens in the Tauride Palace, and the government that meets it is not one party's. Bolsheviks, Left SRs, Menshevik-Internationalists and the front SRs sit together on the ministers' bench, and the Right SR majority finds it has no one to denounce but its own former comrades. # event: vote tauride_palace

{
- def_road ? truce_amnesty:
    It began at Gatchina, with an amnesty written on a menu card, and the Cossacks riding home. The officers who would have gone south to the Kuban went home to their mothers instead, or most of them did. # recalls: def_road
- defence ? followed_walkout:
    It began in the sleet outside Smolny, when you went after Osip instead of whistling him out of the door. # recalls: defence
- else:
    It began with a vote in the Congress for Lidia's line, and a commission nobody expected to come back with anything. # recalls: defence
}
The Assembly votes the land law the Council has already decreed, and the two houses agree to disagree about the rest. The peace is harder: the Germans want the Baltic provinces, and the Menshevik ministers would rather resign than sign. They have not resigned yet.

Fyodor still commands the Lessner Red Guard, under the Soviet Executive and nobody else; that was the price the Central Committee would not give up, and the other side paid it. Osip sits on the Executive for the printers, and argues with Anton in the corridors as he has all year.

Marfa's mill runs on railway coal. Your father reads the Soviet's paper and the Menshevik one, and says for the first time in his life that they print the same news.

What really happened: no such coalition was formed. The Vikzhel talks failed on 1-2 November; the Bolsheviks governed with the Left SRs from December, and the Left SRs left over the Brest-Litovsk peace in March 1918. Not in the essay: the resignations and the Brest break. # note
The essay argues that the Mensheviks and Right SRs objected to Soviet power itself, so unity on a Soviet basis was not on offer; Mandel, whom it quotes, asks on what basis unity could have come, and at what price. # note # interpretation # cite: essay, 29
This ending gives the all-socialist government its best case: the Soviet's basis kept, the Red Guard kept, and enough of the other side willing to pay. Whether it could have survived the German peace and the officers in the south is a counterfactual. # note

The soviets' parties govern together, for now. # ending: soviet_coalition
-> END
