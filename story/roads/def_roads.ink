// Act VI roads (r6): the alternatives of the last act that play on through the winter to their own endings.
// Entered from the notes after def_walkout, def_government, def_pulkovo, def_junkers, def_vikzhel and def_assembly
// (06_defence.ink diverts here by the `defence` path list). Five roads, each with its own decision:
//   def_road_unity     (followed the walk-out, or voted a government of all the socialists): the Vikzhel talks
//                      given their best case -> soviet_coalition, revolution_disarmed, or broken off into def_road_alone.
//   def_road_alone     (jeered the walk-out, through def_road_alone_decrees; governed alone; refused Vikzhel or broke
//                      off the talks, into def_road_alone_winter; or won Pulkovo by a hair after a mistake)
//                      -> october_isolated, second_vote or assembly_sovereign.
//   def_road_salvation (kept the forces in the city, or let the Duma mediate): the first mistake, with a warning;
//                      a second one gives kerensky_restored, the Duma's terms revolution_disarmed, the recovery def_road_alone.
//   def_road_truce     (talked to the Cossacks, or let the cadets go home on terms): Krasnov's parole ->
//                      def_road_assembly, or an amnesty that opens the unity deal (soviet_coalition).
//   def_road_assembly  (the conditional Assembly, or the truce road) -> assembly_and_soviets, october_isolated, second_vote.
// `def_road` records the door and the choices; scenes and endings read it.

// ---------------------------------------------------------------------------
// The unity road: the talks at the railwaymen's union, taken seriously.
// ---------------------------------------------------------------------------
=== def_road_unity
~ def_road += road_unity
# date: 1917-10-29
# scene: The railwaymen's table
# place: nikolaevsky_station
The railwaymen's union has its rooms above the Nikolaevsky station, and for three days every socialist party in Russia climbs its stairs. Vikzhel's ultimatum is pinned to the door: an all-socialist government, or every train in the country stops. # event: train nikolaevsky_station # sfx: telegraph
{
- defence ? followed_walkout:
    You are here because you walked out into the sleet after Osip. Anton says it cost you Vyborg's trust; Kamenev, who leads the Bolshevik delegation, says it makes you useful. "They know your face," he says. "Sit where they can see it." # recalls: defence
- defence ? all_socialist_government:
    You are here because the Congress voted for Lidia's line, and your name is on the commission. Kamenev leads the Bolshevik delegation and gives you a chair by the window, where the other side can see a worker from Vyborg. # recalls: defence
}

Across the table sit the Mensheviks and the Right SRs, Osip among the printers' delegates, and two railway engineers in uniform caps who keep looking at the clock. Their paper is the City Duma's: no Military Revolutionary Committee, every rifle under the City Duma, no Lenin, no Trotsky.

Lidia reads it and passes it back. "Every rifle under the Duma," she says. "The same Duma whose Committee for Salvation is ringing Kerensky's Cossacks."

From the south, all the while, the telegraph brings the Cossacks nearer. Fyodor has taken the Lessner company out to the Pulkovo heights without waiting for anybody's commission. "Talk if you like," he told you at the door. "We'll be on the Moscow road, keeping the table warm."
* [Sit by Osip at the tea urn]
    ~ raise(moderates_cred, 2)
    Osip pours for you both. "Half of my people want a government with you in it," he says. "The other half want you in the fortress. The paper is written by the second half." # effect: Moderates' credibility rises a little: Osip's half of the table now talks to you
* [Sit by the railway engineers]
    ~ raise(left_allies, 2)
    The older engineer unbuttons his collar. "We don't care who sits in the Council," he says. "We care that a driver in Vologda isn't shot by a driver from Moscow." # effect: Left allies rise a little: the railwaymen count you among the peacemakers
-
What really happened: Vikzhel called all the socialist parties to talks on 29 October; Kamenev led the Bolshevik delegation, and the right socialists' price was the revolution's armed forces under the City Duma. # note # cite: essay
Not in the essay: on 1-2 November Lenin and Trotsky had the Central Committee set terms the other side would not take, and the talks died. # note
-> def_road_unity_choice

=== def_road_unity_choice
# date: 1917-11-01
# scene: The last night of the talks
# place: nikolaevsky_station
On the night of the first, news comes up the stairs: the sailors and Red Guards have beaten Krasnov's Cossacks at Pulkovo, and Kerensky has run. # event: retreat gatchina # music: stinger_victory
Half the room turns to look at the Bolshevik chairs. The other half looks at the railwaymen.

Anton has come from Smolny with the Central Committee's terms folded in his pocket: talks, yes, on the soviets' basis, with the decrees, the Red Guard kept and a majority for the Soviet's parties. "Put it to them straight," he says. "Half of them will say yes tonight."

Osip, by the urn: "Take our paper. You'll have trains, coal and no civil war between socialists. Is that nothing?"

Fyodor, back from the heights with frost in his beard: "We won without them this afternoon. Break it off." # decision: def_road_unity
* [Put the Central Committee's terms: a Soviet government of all the socialists, with the decrees and the Red Guard] -> def_road_unity_hold
* [Accept the Duma's paper, the rifles under the Duma, for the trains and the peace between socialists] -> def_road_unity_terms
* [Break off the talks and govern without them] -> def_road_unity_break

=== def_road_unity_hold
~ def_road += unity_held_out
~ raise(legitimacy, 6)
~ raise(left_allies, 8)
~ raise(moderates_cred, 4)
~ lower(counter_threat, 5)
You read Anton's paper aloud, slowly, so the engineers can follow. The soviets' power stands, the land and peace decrees stand, the Red Guard stands. Every party of the soviets takes its seats, and the Council answers to the Soviet Executive, with the railwaymen and the peasant congress on it. # effect: Legitimacy and left allies rise, the counter-revolution falls: socialists bargained instead of shooting

The Right SR leaders fold their arms. But Martov's people lean across the table, and the Left SRs, and then the railway engineers, and then, after an hour and a smoke in the corridor, a handful of SRs from the front committees who have heard about Pulkovo. "The soldiers won't fight each other for our quarrel," one of them says. "So we'll have to govern together."

Osip looks at his own side's paper for a long time. Then he picks up Anton's. "The printers will sign this," he says. "Some of my party won't forgive me."
What really happened: no such agreement was made; the talks failed, and on 4 November Kamenev, Zinoviev, Rykov, Nogin and Milyutin resigned from the Central Committee in protest. Not in the essay. # note
-> def_road_unity_deal

=== def_road_unity_terms
~ def_road += unity_took_terms
~ defence += accepted_vikzhel_terms
~ raise(moderates_cred, 8)
~ lower(red_guard, 15)
~ raise(gov_authority, 10)
~ reaction(8)
# date: 1917-11-02
You sign the Duma's paper. The engineers shake your hand; Osip does not quite meet your eye. By morning the Military Revolutionary Committee is wound up, and the Red Guard's companies are to report to the City Duma for orders. # event: vote city_duma # effect: The Red Guard falls, the old authority returns: the rifles go to the Duma for the trains' sake

Fyodor hears it at the depot from a driver, not from you. "We beat Krasnov yesterday," he says, "and today we hand the Duma the rifles we beat him with." He walks off along the tracks and does not come to the committee that night.

Lidia tears her copy in half. "You bargained for the trains and forgot the land," she says. "My villages won't forget."
What really happened: the Bolsheviks refused these terms; the essay calls them the disarming of the revolution. # note # cite: essay # interpretation
-> ending_revolution_disarmed

=== def_road_unity_break
~ def_road += unity_broke_off
~ defence += bolsheviks_alone
~ lower(left_allies, 12)
~ split_party(6)
~ raise(worker_confidence, 3)
You stand up with Fyodor and walk out of the railwaymen's rooms. On the stairs you hear Lidia behind you, arguing with her own delegation, and then her steps go the other way. # effect: Left allies fall and the party splits: the talks you asked for, you walked out of

Anton follows you down to the street, white with anger. "Last week you wanted all of them," he says. "Tonight you want none of them. What do I write in the minutes?"

"That we won at Pulkovo."

"We won at Pulkovo with the railwaymen carrying the sailors," he says. "Write that down too."
What really happened: the Central Committee's majority let the talks die on 1-2 November, and the leaders who wanted a coalition resigned. Not in the essay: the Left SRs came in only in December. # note
-> def_road_alone_winter

=== def_road_unity_deal
~ def_road += road_unity
# date: 1917-11-04
# scene: A government of the soviets
# place: smolny
The agreement is read to the Soviet Executive on the fourth. The Council of People's Commissars is named again: Bolsheviks in the majority, Left SRs at the land commissariat, Menshevik-Internationalists at labour and supply, a railwayman at the ways of communication, and two SRs from the front committees. # event: vote smolny # sfx: bells
{ def_road ? truce_amnesty:
    The amnesty you argued for at Gatchina is the first decree it signs: the cadets and the Committee for Salvation's clerks may go home, if they stay home. # recalls: def_road
}
Lenin does not resign, though the papers say he threatened to. Trotsky calls it a rotten compromise and votes for it. The Right SR Central Committee calls it a trap and stays outside.

The trains run. At the Arsenal your father's shop gets coal on the sixth. He stands by the furnace with his hands out to it, like a man at a church stove.
* [Go to the Arsenal to see him]
    He shows you the coal heap as if he had mined it himself. "All of them," he says. "You got all of them at one table. Your mother would not believe it." # effect: Workers' confidence rises: the coal came, and the Arsenal knows who sent it
    ~ raise(worker_confidence, 4)
* [Go to the mill with Marfa's committee]
    Marfa's looms start at noon, and she lets the women stop them again for five minutes to hear the decree read. "Put it on the wall," she says. "Next to the other ones." # effect: Workers' control rises: the mill committee runs the looms again on the new coal
    ~ raise(workers_control, 4)
-
-> ending_soviet_coalition

// ---------------------------------------------------------------------------
// The road alone: a Soviet government with no ally at the table.
// ---------------------------------------------------------------------------
=== def_road_alone_decrees
~ def_road += road_alone
~ raise(peasant_land, 10)
~ raise(legitimacy, 2)
~ lower(left_allies, 6)
# date: 1917-10-26
# scene: The decrees, with the benches empty
# place: smolny
That evening Lenin reads the decrees on peace and land to a hall with the Menshevik and Right SR benches bare. The land goes to the peasants, the estates without compensation, and the Left SRs vote for it: it was their programme first. # event: vote smolny
Then the Central Committee offers them seats in the Council of People's Commissars, and Lidia shakes her head. "Not beside the men who whistled half the Soviet out of the door," she says. "You wouldn't even raise your hand for Martov's motion. Ask me again when you've learned to count past your own benches." # effect: Left allies fall: the Left SRs would not sit beside the jeering
Fyodor shrugs. "Then we sit alone. We were always going to."
What really happened: the Bolsheviks voted for Martov's motion, and the Left SRs declined seats at first, then joined the government in December. # note # cite: essay
-> def_road_alone

=== def_road_alone
~ def_road += road_alone
# date: 1917-10-30
# scene: The heights, short-handed
# place: pulkovo_heights
# view: approaches
The Cossacks come up the Moscow road to Pulkovo, and the city goes out to meet them without its friends. # event: cossacks pulkovo_heights # sfx: hooves
{
- defence ? bolsheviks_alone:
    Two regiments' Left SR committees keep their men in barracks: they will guard the Soviet, they say, not a Council they have no seat in. # recalls: defence
- else:
    Lidia's party, which watched you jeer the leavers out of the hall, sends nobody to the heights. "You closed one door," she told you. "Don't ask us to hold the other." # recalls: defence
}
So it is the sailors, Vyborg's Red Guards and the Putilov men on lorries. They dig into the frozen slope, they hold, and by dusk Krasnov's Cossacks are falling back on Gatchina. # event: shots pulkovo_heights # sfx: volley
Next morning the cadets in the city come out, and Petya's gun settles it at the Vladimir School. # event: shots vladimir_school
* [Go down into the city with Petya]
    ~ def_road += alone_went_to_depot
    Petya sits on the gun carriage and talks the whole way. "No committees, no Duma, no Lidia. Just us. Isn't it easier?" You do not answer. # effect: Workers' confidence rises: the city was held by its own workers alone
    ~ raise(worker_confidence, 3)
* [Find Lidia at Smolny and tell her who held the heights]
    ~ def_road += alone_went_to_lidia
    Lidia hears you out on the stairs. "I'm glad," she says, and means it. "Now ask yourself how you'll hold the villages without a peasant party." # effect: Left allies rise a little: the door is not shut, only leaned on
    ~ raise(left_allies, 3)
-
What really happened: Krasnov's Cossacks were beaten at Pulkovo, and the cadet rising in the city was crushed, by Red Guards and sailors. # note # cite: essay
-> def_road_alone_winter

=== def_road_alone_winter
~ def_road += road_alone
~ lower(left_allies, 5)
~ crisis(3)
# date: 1917-11-28
# scene: A winter without allies
# place: smolny
By the end of November the Council of People's Commissars governs from Smolny with nobody beside it. # event: flag smolny
{
- def_road ? unity_broke_off:
    The railwaymen remember the night you walked out of their rooms. Trains run, but slowly, and every depot committee has its own opinion of Smolny. # recalls: def_road
- defence ? refused_vikzhel:
    The drivers who broke their union's strike for you have a commissar in every depot now, and some of them have begun to ask what they broke it for. # recalls: defence
- def_road ? salvation_stripped_city:
    The Duma men arrested after Pulkovo are still in the Peter and Paul fortress, and the Left SRs who walked out over them have not come back. # recalls: def_road
}
The Kadet party is outlawed today. The Assembly's votes are counted: the SRs far ahead in the villages, the party first in the factories and the fleet. # event: vote vyborg
Fyodor goes out with the first food detachment to the Volga, rifles for grain. Marfa watches them go. "Whose grain?" she asks. Nobody answers her.
* [Tell her the towns must eat]
    "They must," she says. "And the villages voted SR. Both things are true, Nadya." # effect: Economic crisis deepens: the grain comes by rifle, and the villages remember
    ~ crisis(2)
* [Tell her you asked Fyodor to take seed grain back with him]
    She almost smiles. "Then he'll be the only one who does." # effect: Peasant land seizures grow: seed and land go together, and the villages notice
    ~ raise(peasant_land, 3)
-
What really happened: the Kadets were outlawed on 28 November; the Bolsheviks won about 24% of the Assembly vote to the SRs' 40%. Not in the essay: the Kadet ban. # note # cite: essay
-> def_road_alone_choice

=== def_road_alone_choice
# date: 1918-01-03
# scene: Alone, on the eve of the Assembly
# place: smolny
The Assembly meets in two days, with an SR majority and not one friend of yours on its benches except the fleet's and the factories' delegates.

Petya, detailed to the Tauride guard: "Let them sit a day. When they vote against the soviets, we send them home."

A note from Lidia, her first in a month: "The SR lists were drawn before my party split. Call new elections with separate lists, and the villages will choose between us and Chernov. It's your one way back to the peasants."
{ def_road ? alone_went_to_lidia:
    At the bottom, in a different pen: "You came to tell me who held the heights. I haven't forgotten that." # recalls: def_road
}

Osip, at your door, with his printer's apron still on: "Let Chernov govern. Fight him in the open, in the soviets and the papers. You can't rule Russia with Petya's rifle." # decision: def_road_alone
* [Let the Assembly sit, and send it home when it defies the soviets] -> def_road_alone_close
* [Postpone it for new elections on separate lists, as Lidia asks] -> def_road_alone_lists
* [Let it sit and govern, and oppose Chernov in the open] -> def_road_alone_yield

=== def_road_alone_close
~ def_road += alone_closed
~ defence += dissolved_assembly
~ raise(repression, 6)
~ lower(legitimacy, 4)
# date: 1918-01-05
On the fifth the Assembly elects Chernov and will not vote on Soviet power. The party's deputies walk out, and the Left SRs, who have no seats in your government, walk out by a different door, late, saying nothing to you. # event: vote tauride_palace # effect: Legitimacy falls, repression rises: the Assembly was closed by a government that stood alone
At four in the morning the sailors send the deputies home. There is nobody left in Smolny to argue that you should have done it differently, and that is what frightens Anton. "In March," he says, "we had three parties in this corridor shouting at us. I miss them."
What really happened: the Bolsheviks walked out of the Assembly, and the dissolution was decreed the next day; but they did it with the Left SRs inside the government, not alone. # note # cite: essay
-> ending_october_isolated

=== def_road_alone_lists
~ def_road += assembly_new_lists
~ defence += new_elections
~ raise(left_allies, 12)
~ reaction(5)
You carry Lidia's note to the Soviet Executive yourself. It is a strange sight: the party that stood alone asking a Left SR student for her argument, and taking it. It passes, narrowly. # event: vote smolny # effect: Left allies rise, the counter-revolution gathers: the Assembly is postponed for new lists
Petya is disgusted. "Another vote? We held Pulkovo with no lists at all."
Lidia comes to Smolny the same evening, for the first time in a month, with a trunk of leaflets. "Separate lists," she says. "Now we'll see whose the villages are."
What really happened: nobody postponed the Assembly; Lenin argued that its lists predated the SR split, and the essay accepts that argument. # note # cite: essay # interpretation
-> ending_second_vote

=== def_road_alone_yield
~ def_road += alone_yielded
~ defence += accepted_assembly
~ raise(moderates_cred, 10)
~ raise(legitimacy, 4)
~ lower(red_guard, 10)
You take Osip's argument to the district committee. It loses in Vyborg and wins in the Soviet, where the delegates are tired of standing alone against the whole peasant country. # event: vote smolny # effect: Moderates' credibility rises, the Red Guard falls: the soviets give way to the Assembly
On the fifth the Assembly elects Chernov, and the party's deputies stay in their seats as an opposition. Petya takes the sailors off the Tauride guard and back to Kronstadt without a word. # event: vote tauride_palace
What really happened: the Bolsheviks walked out, and the Assembly was dissolved; here it governs, and the essay's answer is Samara. # note # cite: essay # interpretation
-> ending_assembly_sovereign

// ---------------------------------------------------------------------------
// The salvation road: a mistake at the front or in the city, a warning, and a second chance.
// ---------------------------------------------------------------------------
=== def_road_salvation
~ def_road += road_salvation
~ reaction(5)
# date: 1917-10-30
# scene: The Committee for Salvation's morning
# place: city_duma
{
- defence ? held_city_forces:
    The junkers never get their rising: the Red Guards you kept at the schools are at every gate when they try. But at dawn the telegraph from the south says the heights are held by a few hundred sailors and a scratch company, and Krasnov's Cossacks are in Tsarskoe Selo with guns. # event: cossacks tsarskoe_selo # recalls: defence
- else:
    The truce held, and the junkers walked out of the telephone exchange on their own terms, after a night on its lines to Tsarskoe Selo. Now the cadets from the Vladimir School are on the road south with their rifles, to join Krasnov. # event: retreat telephone_exchange # recalls: defence
}
At the City Duma the Committee for Salvation is drafting the order of the day for the morning after Kerensky's return. A printer's boy brings you a proof of it from Osip's shop: lists of names, street by street. Yours is on it. # event: printing_press city_duma

Anton reads the proof twice. "One more wrong move," he says, "and this is the morning paper."

Fyodor, at the Smolny door with his rifle: "Everything to the heights. Every man, every sailor, now. Kronstadt can hold the exchange."

Osip, who brought the proof himself in the end: "Let the Duma broker terms with Krasnov. The Red Guard under the Duma, and nobody's name on any list. I can get you that much."

Anton: "Hold the city. Barricades on the Moscow road, and wait for the fleet." # decision: def_road_salvation
* [Send everything to the heights now, with Fyodor] -> def_road_salvation_strip
* [Let the Duma broker terms with Krasnov] -> def_road_salvation_terms
* [Hold the city and wait behind barricades for the fleet] -> def_road_salvation_hold

=== def_road_salvation_strip
~ def_road += salvation_stripped_city
~ raise(red_guard, 5)
~ count_up(casualties, 120, 20000)
~ lower(counter_threat, 10)
~ lower(left_allies, 6)
~ fought_over -= (telephone_exchange, vladimir_school, mikhailovsky_castle)
# date: 1917-10-31
# scene: The heights, at the last hour
# place: pulkovo_heights
# view: approaches
By noon every lorry in Vyborg is on the Moscow road. You ride in the back of one with Fyodor's company, twenty men who were guarding a school yesterday. # event: red_guard moscow_gate pulkovo_heights # sfx: march # effect: The counter-revolution falls back, the Left SRs draw off: Pulkovo is held, and the Duma men arrested
The Cossack guns have the range of the old trenches. You dig new ones under fire, and the line bends twice, and holds, because Kronstadt's sailors come up the slope at a run behind you. By dusk Krasnov's men are falling back. # event: shots pulkovo_heights # sfx: volley
{ defence ? held_city_forces:
    The city pays the bill. With the Red Guard gone south, the cadets rise at last and seize the telephone exchange, and Kronstadt's second wave has to take it back floor by floor. # event: occupy telephone_exchange
- else:
    The city pays the bill. With the Red Guard gone south, the Committee for Salvation's officers try for the telephone exchange a second time, and Kronstadt's second wave holds it floor by floor. # event: shots telephone_exchange
}
The Military Revolutionary Committee arrests the Duma men who rang Tsarskoe Selo. The Left SRs walk out of the committee over the arrests. # event: arrest city_duma
What really happened: Pulkovo was won on 30 October, and the cadet rising crushed, without a truce; here the delay is paid for in arrests. Not in the essay: the Left SR protest. # note # cite: essay
-> def_road_alone_winter

=== def_road_salvation_terms
~ def_road += salvation_asked_duma
~ defence += accepted_vikzhel_terms
~ lower(red_guard, 15)
~ raise(gov_authority, 12)
~ reaction(6)
# date: 1917-10-31
You walk to the City Duma beside Osip. The Committee for Salvation receives you in the mayor's room, politely, and telephones Krasnov in front of you: the Cossacks will halt at Tsarskoe if the Red Guard passes to the Duma's command. # event: telegraph city_duma # effect: The Red Guard passes to the Duma, the old authority returns: the Cossacks halt, for a price
The Cossacks halt. The names come off the lists, or some of them. Osip, on the steps, looks as if he has won something he did not want. "Nobody shot," he says. "Remember that. Whatever comes, nobody shot today."
What really happened: there was no such bargain; Kerensky's march was defeated at Pulkovo. The essay calls the Duma's command the disarming of the revolution. # note # cite: essay # interpretation
-> ending_revolution_disarmed

=== def_road_salvation_hold
~ def_road += salvation_held_city
~ fought_over += pulkovo_heights
~ raise(counter_threat, 10)
# date: 1917-10-31
# scene: The second mistake
# place: moscow_gate
You build barricades across the Moscow road out of tram cars and cobbles, and wait for the fleet. The fleet is two days away. # event: barricade moscow_gate
Krasnov is not. His guns take the few hundred on the heights from the flank at noon, and by three his Cossacks are through and coming down the road at a trot. # event: cossacks pulkovo_heights # sfx: hooves # music: stinger_dread
At the barricade Fyodor takes a machine gun and a dozen men up onto the heights' last slope to buy you an hour. Anton, beside you, is counting again, and the numbers are no use to anybody.
What really happened: Kerensky's march was decisively beaten at Pulkovo; this defeat took two mistakes, both made here. # note # cite: essay
-> ending_kerensky_restored

// ---------------------------------------------------------------------------
// The truce road: the Cossacks talked to, the cadets sent home; what the truce buys.
// ---------------------------------------------------------------------------
=== def_road_truce
~ def_road += road_truce
~ raise(legitimacy, 3)
# date: 1917-11-01
# scene: Gatchina, the Cossacks' committee
# place: gatchina
# view: approaches
{
- defence ? parleyed_with_cossacks:
    The decrees you carried to Tsarskoe Selo have done their work: when the sailors come down to Gatchina, half of Krasnov's Cossacks are sitting in committee instead of in the saddle. # recalls: defence
- else:
    The cadets you sent home from the Vladimir School told their friends in Krasnov's camp what you told them: go home. By the time the sailors come down to Gatchina, Krasnov's Cossacks are sitting in committee instead of in the saddle. # recalls: defence
}
{ defence ? parleyed_with_cossacks:
    On the thirtieth only part of Krasnov's force came up the slope at Pulkovo, and it did not press; the rest sat their horses at Tsarskoe, arguing. In the city the cadets' rising was over in a day. # event: retreat pulkovo_heights
- else:
    On the thirtieth Fyodor's diggers and the Kronstadt sailors held the heights at Pulkovo, and the Cossacks rode back to Gatchina without their nerve. # event: retreat pulkovo_heights
}
In the palace at Gatchina, among gilt chairs and saddles, the Cossacks' committee meets the sailors. They will hand over Kerensky, they say, if they can go home to the Don with their horses and their arms. Kerensky has already slipped out of a side door dressed as a sailor. # event: cossacks gatchina

General Krasnov waits in the next room under guard, stiff in his greatcoat. He gives his word as an officer that he will not fight the Soviet again.

Petya, who came down with the sailors: "His word. Take his sabre instead."

Your father, who came with you from the Arsenal committee: "Let them go home. Every Cossack who rides home tells his village we kept our word."

Osip, with the Duma's envoys in the corridor: "Make it an amnesty for everyone, the cadets, the Committee for Salvation, all of it, and my side will recognise the Soviet's government. I've heard them say it." # decision: def_road_truce
* [Let the Cossacks go home with their horses, Krasnov on his parole] -> def_road_truce_parole
* [Disarm the Cossacks and hold Krasnov for trial] -> def_road_truce_disarm
* [Offer an amnesty to all, if the Duma's parties recognise the Soviet government] -> def_road_truce_amnesty

=== def_road_truce_parole
~ def_road += truce_paroled
~ raise(legitimacy, 4)
~ raise(counter_threat, 4)
The Cossacks ride out of Gatchina singing, with their horses and their sabres, and the villages along the road come out to watch them go. Krasnov signs his parole in a neat hand and takes the train south. # event: retreat gatchina # effect: Legitimacy rises, and so does the counter-revolution a little: the Cossacks go home armed, Krasnov on his word
"He'll be back," Petya says. Your father says the Cossacks won't. Both are right, in a way.
What really happened: Krasnov was released on parole and later became a White general. Not in the essay. # note
-> def_road_assembly_eve

=== def_road_truce_disarm
~ def_road += truce_disarmed
~ raise(red_guard, 4)
~ lower(counter_threat, 6)
~ lower(legitimacy, 2)
The sailors take the Cossacks' rifles in the palace yard. The Cossacks give them up sullenly, and keep their horses; Krasnov goes to Smolny under guard. # event: troops gatchina # effect: The counter-revolution weakens, legitimacy dips: the Cossacks disarmed, their general held
On the train back the grey-bearded sergeant from Tsarskoe sits opposite you. "We gave you Kerensky," he says. "You gave us a receipt for our rifles." He keeps the receipt folded in his cap.
What really happened: the Cossacks were allowed home and Krasnov released on parole; nobody stood trial. Not in the essay. # note
-> def_road_assembly_eve

=== def_road_truce_amnesty
~ def_road += truce_amnesty
~ raise(moderates_cred, 6)
~ raise(left_allies, 6)
~ lower(counter_threat, 4)
You write the amnesty on the back of a Gatchina menu card, and Osip carries it up the Nevsky to the Duma. By evening the Menshevik and SR delegates at the railwaymen's talks have it in their hands: no lists, no arrests, no rifles under the Duma either. In exchange, the Soviet's government, with seats for them in it. # event: vote city_duma # effect: Moderates and left allies rise, the counter-revolution falls: an amnesty bought a place at the table
The Right SR leaders refuse. Martov's people, the Left SRs and the railwaymen accept. So does Osip, out loud, in front of his own party.
What really happened: no amnesty was offered; the Vikzhel talks failed on 1-2 November. Not in the essay. # note
-> def_road_unity_deal

// ---------------------------------------------------------------------------
// The Assembly road: an Assembly asked first, and a half-answer.
// ---------------------------------------------------------------------------
=== def_road_assembly_eve
~ def_road += road_assembly
~ raise(left_allies, 5)
# date: 1917-11-15
# scene: A quiet November
# place: vyborg
In November the trains run again. The railwaymen get their seats on the Soviet Executive; the Left SRs, who liked the Gatchina truce, come into the government early. # event: vote smolny
You vote for the Assembly in the snow with Marfa. The SRs sweep the villages and the party the factories, and this time the SR papers admit the Soviet kept its word about the Cossacks. # event: vote vyborg
{ def_road ? truce_disarmed:
    Krasnov sits in a room at Smolny, writing letters to the Allied embassies, and waits for a trial nobody is in a hurry to hold. # recalls: def_road
}
What really happened: SRs 40%, Bolsheviks almost 24%; the Left SRs joined the government only in December. # note # cite: essay
-> def_road_assembly

=== def_road_assembly
~ def_road += road_assembly
# date: 1918-01-05
# scene: The Assembly is asked
# place: tauride_palace
The Tauride Palace is cold and full. Chernov is elected chairman. Then the party's deputies put their question first: will this Assembly recognise the soviets' power and the decrees on land and peace? # event: vote tauride_palace
{ defence ? conditional_assembly:
    You argued for this question at the district committee two days ago. Now the whole country is listening for the answer. # recalls: defence
}
{ def_road ? road_truce:
    The SR benches have not forgotten Gatchina, and they do not shout the question down. # recalls: def_road
}
The answer comes after a long recess, and it is half a yes. The Assembly votes the land to the peasants, by its own law, and an appeal for a general peace. On the power it will not vote: it proposes a joint commission of Assembly and Soviet Executive.

Anton, in the gallery: "That's the land and the peace. Take it, and let the commission argue about the rest."

Petya, at the pillar with the guard: "Half a yes is a no with good manners. Walk out, and I'll send them home at four."

Lidia: "Then take neither. New elections, on separate lists, and the villages will give you a whole yes." # decision: def_road_assembly
* [Take the half-yes and sit beside the Assembly] -> def_road_assembly_share
* [Walk out and let the guard send them home] -> def_road_assembly_close
* [Call new elections on separate lists] -> def_road_assembly_lists

=== def_road_assembly_share
~ def_road += assembly_half_yes
~ raise(legitimacy, 6)
~ raise(moderates_cred, 5)
The party's deputies stay in their seats and vote for the commission. The SR benches stand, and after a moment, so does half the gallery. # event: vote tauride_palace # effect: Legitimacy and moderates rise: the Assembly and the soviets both stood up in the same hall
Petya takes the guard off the doors. "So we keep two parliaments," he says. "Who feeds the second one?"
What really happened: the Assembly refused even to discuss the Soviet's declaration; the Bolsheviks walked out, and the Assembly was dissolved the next day. # note # cite: essay
-> ending_assembly_and_soviets

=== def_road_assembly_close
~ def_road += assembly_closed
~ defence += dissolved_assembly
~ lower(left_allies, 25)
~ lower(legitimacy, 6)
~ raise(repression, 5)
The party walks out. The Left SRs, who voted for the land article with the SR benches, stay behind. "You asked a question," Lidia says to you in the corridor, "and they answered half of it, and you shut the door anyway. My party won't sit with that." # event: vote tauride_palace # effect: Left allies fall sharply, legitimacy falls: the Assembly was closed after half a yes
At four in the morning the guard sends the deputies home. By the end of the week the Left SRs have left the Council. # event: occupy tauride_palace
What really happened: the Bolsheviks walked out and the Assembly was dissolved, with the Left SRs still in the government. # note # cite: essay
-> ending_october_isolated

=== def_road_assembly_lists
~ def_road += assembly_new_lists
~ defence += new_elections
~ raise(left_allies, 8)
~ reaction(5)
The Soviet Executive votes Lidia's motion that night: the Assembly adjourns, new lists, new elections in the spring. # event: vote smolny # effect: Left allies rise, the counter-revolution gathers: the half-yes is set aside for a second vote
Anton shakes his head. "They gave us the land and the peace on paper, and we asked for a recount." Lidia is already writing to her province.
What really happened: nobody called new elections; the Assembly was dissolved. The essay accepts Lenin's argument about the lists. # note # cite: essay # interpretation
-> ending_second_vote
