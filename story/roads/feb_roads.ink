// Roads that leave history in February (Act I) and play on through the spring (Act II's months) to their own endings.
// Entered from feb_dual_power.close (01_february.ink) through feb_road_door, on the night of 2 March, just after Act I's
// end (so the act's own walk stays within its state budget) and before Act II's start:
//   commune door: after vyborg_government, dual_mandate, or an armed February (revolvers_handed_out,
//                 sought_sestroretsk_arms, fought_the_police). Keeping the Vyborg side's own power enters the road
//                 (february += road_commune); the other two answers go on to Act II's start with the difference kept.
//   loyal door:   after a cautious February (bread_strike_only, held_for_may_day, went_back_to_work, freed_prisoners,
//                 marched_to_tauride). Backing the Provisional Government "insofar as" enters the road (road_loyal).
// The roads:
//   feb_road_commune: decision feb_commune_course (March), then feb_road_april and decision feb_commune_april:
//     the Soviet's vote (ending_soviet_power_may where the districts or the regiments stand behind it; else the vote is
//     lost and the road rejoins history at Act III's start as the opposition), an armed march (a warning first; ending_april_adventure only on the
//     second rash step) or seats beside the coalition's ministers (a warning first: feb_road_seats, 2 May, decision
//     feb_commune_seats: withdraw the request (seats_withdrawn, on to Act III as the opposition), fetch Fyodor's guard
//     back for a late vote (seats_late_vote: ending_soviet_power_may where the district soviets and the workers'
//     confidence, or the guard and the regiments, stand behind it; else vote_lost, on to Act III), or the supply
//     commission's seat (took_supply_seat, ending_swallowed_by_coalition)). A minor choice there (stamp_mended) comes
//     back at jul_start.
//   feb_road_loyal: decision feb_loyal_course (March), then feb_road_loyal_may and decision feb_loyal_may (on this road
//     Vyborg's votes kept Kamenev's line at the April conference): outside the coalition, supporting it insofar as (the
//     conference's line), or into it (both warned by Kronstadt's letter, feb_road_loyal_letter, 14 May, decision
//     feb_loyal_letter: turn in the committee or on Kronstadt's Anchor Square (loyal_turned, answered_on_island; on to
//     Act III) or keep the line (ending_swallowed_by_coalition)), or Lenin's
//     line or the mills late, rejoining history at Act III's start with dual_power's path items saying how
//     (kept_conditional_support with late_convert or mill_committees_first).

// ---------------------------------------------------------------------------
// The night of 2 March: the doors
// ---------------------------------------------------------------------------

=== feb_road_door
{
- february ? vyborg_government || february ? dual_mandate || february ? revolvers_handed_out || february ? sought_sestroretsk_arms || february ? fought_the_police:
    -> commune_door
- february ? bread_strike_only || february ? held_for_may_day || february ? went_back_to_work || february ? freed_prisoners || february ? marched_to_tauride:
    -> loyal_door
- else:
    -> dp_start
}

= commune_door
Late that night the district council's hall on the Sampsonievsky is still lit. # act: dual_power # date: 1917-03-02 # scene: The Vyborg side's own power # place: vyborg
{
- february ? vyborg_government:
    The Finland Station government has moved in here with its timetable of names. Nobody outside the Vyborg side has recognised it, and nobody inside it has agreed to dissolve it. # recalls: february
- february ? dual_mandate:
    The Vyborg district soviet sits here every evening now: its militia, its flour, its keys to the Kresty. # recalls: february
- else:
    Fyodor's squads keep their rifles in the cloakroom, {february ? fought_the_police:the same lads who burned out the police station on Monday|the rifles they carried since the weekend}. They will not hand them to anybody's police, old or new. # recalls: february
}
A runner brings the Soviet's order: the district militias are to come under the city's command, their arms registered. The Duma men's government will sit in the Mariinsky Palace.
Fyodor bangs the table. "Register our rifles with the men who sent the Cossacks? Keep the power we took here, Nadya, and make the palace come to us."
Anton turns his cap in his hands. "We send our people to the Tauride and argue there, as the party does. A district cannot govern Russia."
Marfa: "Then give them the rifles and keep the soviet, for the bread. That's what the women came out for."
* [Keep the Vyborg side's own power and its rifles, whatever the palace says]
    ~ february += road_commune
    ~ raise(red_guard, 4)
    ~ raise(workers_control, 3)
    ~ split_party(3)
    ~ lower(left_allies, 3)
    "We keep both," you say. "The soviet and the rifles. Let the Tauride come and see how it's done." Fyodor grins; Anton writes down the vote and does not sign it. # effect: The Red Guard and workers' control rise, unity and allies fall: the Vyborg side keeps its own power
* [Go to the Tauride with Anton and argue the Vyborg case there]
    ~ raise(party_org, 2)
    ~ trust(grisha_bond, 1)
    "We argue it at the palace," you say. Fyodor kicks the door on his way out, but he will be at the Tauride tomorrow, shouting from the gallery. # effect: Party organisation rises: the Vyborg side takes its case to the Soviet instead of standing alone
* [Hand in the rifles as Marfa says, and keep the soviet for bread]
    ~ lower(red_guard, 3)
    ~ raise(workers_control, 2)
    ~ trust(marfa_trust, 1)
    "The rifles go to the city," you say. "The flour stays with us." Marfa nods. Fyodor counts his squad's rifles onto the table, one by one, and keeps his eyes on you the whole time. # effect: Armed workers fall, workers' control rises: the district gives up its guns and keeps its soviet
- -> feb_road_door.commune_next

= commune_next
{ february ? road_commune: -> feb_road_commune }
-> dp_start

= loyal_door
Late that night Osip climbs your stairs with a bundle of his party's paper under his arm. # act: dual_power # date: 1917-03-02 # scene: Osip's offer # place: vyborg
{
- february ? went_back_to_work:
    "You stood with us on Sunday night," he says, "when it was hardest. Stand with us now." # recalls: february
- february ? freed_prisoners:
    "You opened the Kresty for the Workers' Group. They haven't forgotten; nor have I." # recalls: february
- february ? marched_to_tauride:
    "You brought the soldiers to the Duma. You know, then, that the country needs a government." # recalls: february
- else:
    "Your committee kept its head last week," he says, "when Fyodor's lot lost theirs." # recalls: february
}
"The government is weak," Osip goes on. "Help us hold it to its word: the Assembly, the amnesty, the freedoms. Support it insofar as it keeps them. This revolution is the bourgeoisie's to lead, Nadya: Russia needs its republic and its factories first, and our turn comes when there is a working class big enough to govern. The Soviet has said so; your leaders on their way from Siberia will say so too."
Anton, at your table with his tea going cold, nods slowly. "It is what the Bureau will decide. Better to be in it than outside."
From the door, where she has been listening, Marfa says: "The girls didn't go out for the Duma gentlemen. Make them give us something first, or don't promise them anything."
* [Back the government insofar as it keeps its word, beside Osip's party]
    ~ february += FebRoadPath.road_loyal
    ~ raise(moderates_cred, 4)
    ~ raise(gov_authority, 3)
    ~ lower(worker_confidence, 2)
    ~ trust(osip_trust, 2)
    You shake Osip's hand across the table. Anton smiles for the first time in a week. Marfa goes home without saying goodnight. # effect: The moderates and the government gain, workers' confidence dips: the Vyborg Bolsheviks promise the government support
* [Promise the government nothing until the mills have their eight hours]
    ~ raise(worker_confidence, 2)
    ~ trust(marfa_trust, 1)
    "First the eight-hour day and the bread," you say. "Then we'll see about insofar." Osip sighs and folds his paper. "You sound like Fyodor." # effect: Workers' confidence rises: the party asks for something before it promises anything
* [Wait for the party's leaders to come home before deciding]
    ~ raise(party_unity, 3)
    ~ trust(osip_trust, 1)
    "When Kamenev and the others are back, the party will say," you say. Osip nods; he is a man who respects committees. Marfa laughs, not kindly. # effect: Party unity rises: the district waits for its leaders to decide
- { february ? FebRoadPath.road_loyal: -> feb_road_loyal }
-> dp_start

// ---------------------------------------------------------------------------
// The Vyborg side keeps its own power: March and April
// ---------------------------------------------------------------------------

=== feb_road_commune
# date: 1917-03-10 # scene: The republic of the Vyborg side # place: vyborg
A week on, the Vyborg side runs itself. The militia in red armbands stops carts on the Sampsonievsky; the district soviet sets bread prices in the shops; the factory owners who stayed find that the eight-hour day started here before any agreement with the manufacturers. # event: red_guard vyborg # recalls: february
~ armed_workers += vyborg
~ held += finland_station
~ stir(vyborg, 6)
{
- february ? vyborg_government:
    The timetable government has become the district soviet's executive, because the rest of the city never answered its call. Fyodor still calls it the Provisional Revolutionary Government when the Menshevik papers are listening. # recalls: february
- february ? dual_mandate:
    The district soviet you kept "as a base" has become more than a base: the factories of the other bank send delegations to see how it is done. # recalls: february
- else:
    Fyodor's squads are the district's guard now, with the soviet's stamp on their armbands and the rifles they never handed in. # recalls: february
}
It cannot last like this, and everybody says so. The Kadet papers call it "the Vyborg republic" and demand troops. Voronov, the Erikson works' chief engineer and a Kadet, puts it better at the factory gate: "Fix the price of bread in one district and the flour goes to the next. Russia needs one law, passed by an Assembly everyone elected, or the villages will feed nobody." The Soviet's Executive sends Osip's friends to ask, politely, that the district recognise the city militia.
Grisha comes by in a new soldiers' committee armband. "The lads like your soviet, Nadya. But if the Executive asks them to choose, they'll choose the Tauride. It's the one they know." # effect: Danger: the district stands alone, and the garrison follows the Tauride Soviet, not the Vyborg side
Two visitors come to see the republic for themselves. A Kronstadt sailor with a black ribbon on his cap, Petya Rudnev, walks the militia's rounds and calls it the first honest government in Russia. A student in a peaked cap, Lidia Orlova, a Socialist Revolutionary "of the left, before you ask", wants to know who will explain it to the villages, when the Vyborg side sets the price of their grain.
Anton brings a letter from the Bureau: the party supports the Soviet's line and asks Vyborg not to make itself a target.
Fyodor: "Drill the guard. When the government shows its face, we'll be ready to finish it."
Marfa: "Send our people to every district. If Narva and Vasilievsky have soviets like ours, nobody can call us a republic of one."
Osip, at the door of your soviet, hat in hand: "Put your militia under the Executive and ask it to recognise your soviet. You'll keep the bread and lose the target." # decision: feb_commune_course
* [Send delegates to build district soviets across the city, as Marfa says]
    ~ february += commune_districts
    ~ agitate(4)
    ~ raise(workers_control, 4)
    ~ raise(legitimacy, 4)
    ~ stir_each((vasilievsky, narva, peterhof, petrograd_side), 5)
    -> feb_road_commune_note
* [Put the militia under the Soviet's Executive, and ask it to recognise the district soviet]
    ~ february += commune_recognised
    ~ lower(red_guard, 4)
    ~ raise(moderates_cred, 3)
    ~ raise(legitimacy, 3)
    ~ trust(osip_trust, 1)
    -> feb_road_commune_note
* [Drill the Red Guard for the day the government has to go]
    ~ february += commune_guard
    ~ raise(red_guard, 6)
    ~ raise(repression, 4)
    ~ reaction(4)
    ~ split_party(3)
    -> feb_road_commune_note

= feb_road_commune_note
What really happened: most workers and soldiers sent their delegates to the Tauride Palace, which became the revolution's leading body, though the Vyborg soviet went on existing. # note # cite: essay
On this road the Vyborg side kept its own power. The essay doubts that the workers then had the confidence to rule, or that the front and the peasants would have followed them. # note # interpretation # cite: essay
{
- february ? commune_districts: -> feb_road_districts
- february ? commune_recognised: -> feb_road_recognised
- else: -> feb_road_guard
}

=== feb_road_districts
# date: 1917-03-23 # scene: The burial on the Field of Mars # place: field_of_mars
You spend March on the tram lines and the ice. On Vasilievsky the Cable Factory elects a district soviet in its canteen; at the Narva gate the Putilov men say they have had one since Tuesday and show you its minutes, written on the back of a wage sheet. # event: vote vasilievsky narva # sfx: crowd
On 23 March the city buries February's dead on the Field of Mars. You march behind the Vyborg coffins with delegates from five district soviets, their banners side by side. "Five," Marfa says. "Five's a city." # event: march vyborg
Osip watches from the pavement with his printers. "You're building a second Soviet under the first," he says. "What happens when they disagree?" # effect: Legitimacy grows: district soviets spread across the city, on the Vyborg model
~ raise(worker_confidence, 3)
-> feb_road_lenin

=== feb_road_recognised
# date: 1917-03-20 # scene: A stamp from the Tauride # place: tauride_palace
The Executive recognises the Vyborg district soviet as a district council of the Soviet, with a stamp and a letter Chkheidze has signed without reading. The militia takes the city's armbands. Fyodor gives up his and keeps his rifle under the floorboards. # event: vote tauride_palace
The district soviet is less than it was and more than nothing: it still sets the bread queue's order and sends its inspectors into the mills. The Kadet papers stop calling it a republic. # effect: The moderates and legitimacy gain, the guard shrinks: the district soviet trades its rifles for recognition
Fyodor does not come to the soviet any more. You hear he goes to the anarchists' meetings on the Petrograd side.
~ lower(party_org, 2)
-> feb_road_lenin

=== feb_road_guard
# date: 1917-03-25 # scene: Drill in the New Lessner yard # place: vyborg
Every evening two hundred workers drill in the New Lessner yard with Fyodor shouting the commands and a soldier from Grisha's company showing them how to load. The district soviet buys cartridges from deserters with the bread fund. # event: red_guard vyborg # sfx: march
The Menshevik papers print a photograph of the drill under the headline "Civil war is being prepared on the Vyborg side". The Soviet's Executive asks the garrison to stay "neutral in any conflict between the district and the city". The regiments agree, which is not what the Vyborg guard had hoped. # effect: Danger: the Red Guard grows, and so do the right's fears and the garrison's distance
Anton resigns from the district committee. "I will not be secretary of a party that drills for a war it cannot win," he says, and goes to work for the Bureau across the river.
~ lower(garrison, 4)
-> feb_road_lenin

=== feb_road_lenin
# date: 1917-04-03 # scene: A train at the Finland Station # place: finland_station
Near midnight on 3 April a train from Finland pulls into the Finland Station{february ? vyborg_government:, where your government once sat on the back of a timetable}. Lenin climbs onto an armoured car in the square and tells the crowd to give the government no support: all power to the soviets. # event: train finland_station # cite: essay
{february ? commune_districts:Half the district soviets you built cheer him as if he had read their minutes.|The Bolsheviks from across the river shake their heads at him, as they did at you.} Fyodor is on the armoured car's step, shouting the slogan back at him. # recalls: february
Beside you Marfa stamps her feet. "He says what we did. Will he say it to the Executive?"
* [Push through to the armoured car and tell his people what the Vyborg soviet does]
    ~ raise(bolshevik_share, 2)
    ~ raise(party_org, 2)
    A bearded man with a notebook takes down the Vyborg soviet's bread prices, its militia, its minutes. "Vladimir Ilyich will want this," he says, and you never learn whether he did. # effect: The party's share and organisation rise: Lenin's people hear what the Vyborg side has built
* [Go back to the district soviet: the bread queue opens at six]
    ~ raise(workers_control, 2)
    ~ trust(marfa_trust, 1)
    You leave the speeches to the square and walk back up the Sampsonievsky with Marfa. At six the queue opens, and the soviet's inspector is at the baker's door, as every morning since March. # effect: Workers' control rises: the district soviet keeps the bread coming while the city listens to speeches
- -> feb_road_april

=== feb_road_april
# date: 1917-04-21 # scene: The Miliukov note # place: vyborg
Now Miliukov's note to the Allies is public: the war goes on for the Tsar's war aims, the Straits and Constantinople. The workers are in the streets again, and soldiers with them. # cite: 9 # event: march mariinsky_palace # sfx: crowd_roar
~ demonstrate((admiralty_centre, vyborg))
~ lower(gov_authority, 6)
~ raise(bolshevik_share, 3)
{
- february ? commune_districts:
    In the Vyborg hall sit delegates of {mood_vasilievsky >= 55:seven|six} district soviets. "The Executive will make a coalition with the liberals," the Putilov delegate says. "Unless someone makes them take the power themselves." # recalls: february
- february ? commune_recognised:
    The district soviet meets in the council hall with its Tauride stamp on the table. Its delegates are calmer than Fyodor's, and angrier than Osip's. # recalls: february
- else:
    The guard is under arms in the New Lessner yard, three hundred now, waiting for you to say the word. # recalls: february
}
Marfa: "Take our demand to the Soviet's own vote: all power to the soviets, as Lenin says. Make them say yes or no in front of everyone."
Fyodor: "The government is finished. Two regiments are on the Mariinsky square already. March the guard there and finish it."
Osip, hoarse from a night at the Tauride: "The Executive will go into the government and make Miliukov go. Ask for the districts' seats beside them, and the soviets get their voice inside the state." # decision: feb_commune_april
* [Take the districts' demand to the Soviet's vote, as Marfa says]
    ~ february += soviet_vote
    -> feb_road_soviet_vote
* [Ask for the districts' seats beside the Soviet's ministers]
    -> feb_road_coalition
* [March the guard on the Mariinsky Palace]
    { february ? commune_guard:
        -> feb_road_march
    - else:
        -> feb_road_march_warning
    }

= feb_road_soviet_vote
The Soviet meets in the Tauride's Catherine Hall in a cloud of tobacco. The district soviets' resolution is read out by a Putilov turner who has never spoken in a hall before: the Soviet must take power itself, without the liberals, and answer to the soviets that elected it. # event: vote tauride_palace # sfx: crowd
~ raise(legitimacy, 6)
~ discredit_moderates(4)
{
- february ? commune_districts:
    Every district soviet votes for it the night before, and their delegates fill the gallery. Chkheidze cannot call it the Vyborg republic: it is half the city. # recalls: february
- february ? unarmed_march:
    The soldiers who cheered your march crowd the gallery, and their regiments' delegates vote with the districts. The Executive counts the hands twice. # recalls: february
- else:
    ~ february += vote_lost
    ~ dual_power += (rival_government, opposed_coalition)
    A third of the hall votes with you. The rest follow the Executive: the soviets are not ready to govern, the front and the villages would not follow, and a coalition will make the liberals keep their word. You were alone too long, and the other districts never learned to trust a soviet they had only read about. # effect: The Soviet votes the districts down: the Vyborg side goes into the summer as the opposition
}
-> feb_road_april_note

= feb_road_coalition
You go to the Tauride with the districts' request: seats in the new ministries for the soviets' delegates. The Executive thanks you warmly and says it will consider it once the coalition is formed. # event: vote tauride_palace
~ raise(moderates_cred, 5)
~ lower(worker_confidence, 3)
~ lower(bolshevik_share, 2)
~ dual_power += joined_coalition
Fyodor tears the district soviet's stamp off the table and walks out with the guard behind him. # effect: The moderates gain, workers' confidence and the party's share fall: Vyborg asks for seats beside the coalition
-> feb_road_april_note

= feb_road_march_warning
Grisha finds you at the New Lessner gate as the guard falls in. He has run from the barracks without his cap. # music: stinger_dread
"The Executive has told the regiments to stay in barracks, and they'll obey. The two on the square are going home tonight. If you march with rifles, you march alone, and the cadets from the schools are waiting on the Nevsky." # effect: Danger: an armed march without the garrison meets the cadets alone
Fyodor: "Then we're alone. We were alone in February too."
"We weren't," Marfa says. "In February the soldiers came over. Nobody's coming over today."
* [Leave the rifles in the yard, and march with the crowds unarmed]
    ~ february += unarmed_march
    ~ lower(red_guard, 2)
    ~ raise(worker_confidence, 3)
    The guard stacks its rifles against the yard wall. You march over the Liteiny bridge with the crowds, a thousand Vyborg workers under one banner: All power to the soviets. At the Mariinsky the soldiers cheer you, and the cadets let you pass. # event: march liteiny_bridge mariinsky_palace # effect: Danger past: the district marches unarmed, and the garrison cheers it
    -> feb_road_soviet_vote
* [March with the rifles]
    -> feb_road_march

= feb_road_march
You march the guard over the Liteiny bridge, rifles on shoulders, Fyodor in front with the red banner. # event: march liteiny_bridge nevsky_kazan # sfx: march
{ february ? commune_guard:
    You were warned in March, by Grisha, by the regiments' vote to stay neutral, by Anton walking out. You march anyway. # recalls: february
}
On the Nevsky by the Kazan Cathedral the counter-demonstration is waiting: officers, students, cadets from the military schools, ladies with umbrellas. Somebody fires; nobody ever learns who. The guard fires back. # event: shots nevsky_kazan # sfx: shots # music: stinger_dread
~ shooting(12)
~ repress(12, 60)
~ reaction(6)
~ dual_power += stormed_mariinsky
By evening the Soviet's Executive has condemned "the armed adventurers of the Vyborg side", and the regiments that stayed in barracks have voted with it. # effect: Repression and the right rise: an armed march of one district meets the cadets, and the Soviet condemns it
-> feb_road_april_note

= feb_road_april_note
What really happened: Miliukov's note provoked huge demonstrations and some ministers resigned; the Soviet's Executive then voted to join a coalition with the liberals, over the opposition of the Bolsheviks and Martov's Menshevik-Internationalists. # note # cite: 9
Not in the essay: the coalition was formed on 5 May; district soviets existed across the city, but none of them governed it. # note
{
- dual_power ? stormed_mariinsky: -> ending_april_adventure
- dual_power ? joined_coalition: -> feb_road_seats
- february ? vote_lost: -> feb_road_commune_close
- else: -> ending_soviet_power_may
}

= feb_road_commune_close
~ whereabouts(2)
# date: 1917-05-05 # scene: The opposition # place: vyborg
The coalition is formed, with socialist ministers beside the liberals. The Vyborg soviet stays what it has been since February: a district that runs its own streets, and says no. # recalls: february
{
- february ? seats_withdrawn:
    Marfa pins the Executive's letter about the seats to the hall's notice board, and your withdrawal under it. "So nobody forgets we asked," she says, "and nobody forgets we stopped." # act_end: dual_power
- february ? seats_late_vote:
    Marfa hangs the Soviet's vote in the hall beside the Executive's letter about the seats. "We asked for the wrong thing first," she says, "and the right thing too late. We'll count the hands again in the summer." # act_end: dual_power
- else:
    Marfa hangs the Soviet's vote in the hall with the numbers underlined. "A third," she says. "In March it was nineteen." # act_end: dual_power
}
-> jul_start

// ---------------------------------------------------------------------------
// The seats that never came: a warning with a way back (after feb_commune_april's request for seats)
// ---------------------------------------------------------------------------

=== feb_road_seats
# date: 1917-05-02 # scene: The seats that never came # place: vyborg
The Executive has voted to go into the government. Osip brings the list of ministers to the Vyborg hall with the ink still wet: six socialists beside the liberals, Kerensky at the War Ministry, Chernov at Agriculture. No district soviet's delegate is on it. # music: stinger_dread
Pinned to the list is a letter for the districts: their soviets "will be consulted" through the new government's supply commissions. The food committee has already written to the Vyborg bakers. The bread price the district soviet fixed in March is to be "brought into line". # effect: Danger: the district soviet is becoming an office of the coalition, and its guard has gone with Fyodor
~ lower(worker_confidence, 2)
~ lower(workers_control, 2)
Since Fyodor walked out, the guard has drilled on its own in the New Lessner yard, a black flag beside the red one. The district soviet's stamp still lies in two halves on the table where he tore it off.
* [Glue the stamp back together]
    ~ february += stamp_mended
    You glue the halves with flour paste. From now on every order the soviet signs carries a thin white crack across the stamp.
* [Leave the halves on the table, for everyone to see]
    ~ trust(marfa_trust, 1)
    You leave the halves where they lie. Marfa looks at them, then at you, and nods: nobody in the hall will pretend this morning that nothing was broken.
-
Marfa speaks first. "We asked for chairs at their table, and they sent us a letter. Take the request back, here, with the hall listening. We go into the summer saying no, and the women will know where we stand."
Lidia Orlova has come over the river with her Left SRs' paper under her arm. "The full Soviet meets before the ministers take office. Put the districts' demand to it: power to the soviets, not seats beside the liberals. My comrades on the left will vote for it. But fetch your Fyodor back first. The Executive counts rifles as well as hands."
Osip lays a second letter on the table. "The Executive offers the Vyborg soviet a seat on the coalition's supply commission. That's flour, Nadya, and a say in where it goes. It is not what you asked for, but it is inside the state instead of outside it." # decision: feb_commune_seats
* [Withdraw the request for seats in front of the hall, as Marfa says]
    ~ february += seats_withdrawn
    ~ dual_power -= joined_coalition
    ~ dual_power += (rival_government, opposed_coalition)
    ~ lower(moderates_cred, 3)
    ~ trust(marfa_trust, 1)
    ~ trust(osip_trust, -1)
    You read the Executive's letter aloud, and then the district soviet's answer: Vyborg asks for no seat in any government that sits with the liberals. {worker_confidence >= 35:The hall stands up to vote for it, and the bakers are told to keep the March price.|The hall is half empty; the ones who stayed vote for it, and the ones who left will have to be won back.} # event: vote vyborg
    ~ raise(worker_confidence, 3)
    Osip folds his second letter and puts it back in his pocket. Fyodor sends word from the yard: he will come back to the hall when it has said no twice. # effect: Workers' confidence recovers, the moderates lose credit: Vyborg takes back its request and goes into opposition
    -> feb_road_seats_note
* [Fetch Fyodor's guard back and put the demand to the Soviet's vote, as Lidia says]
    ~ february += seats_late_vote
    ~ dual_power -= joined_coalition
    ~ raise(red_guard, 3)
    ~ raise(left_allies, 2)
    ~ split_party(2)
    You find Fyodor in the New Lessner yard. He hears you out with his arms folded. "Twice this spring you've changed your mind." Then he rolls up the black flag, and the guard falls in behind the district's banner. # event: red_guard vyborg
    On the 4th the Putilov turner reads the districts' demand in the Catherine Hall, to a Soviet that has already chosen its ministers. # event: vote tauride_palace # sfx: crowd
    -> feb_road_seats_note
* [Take the seat on the supply commission that Osip brings]
    ~ february += took_supply_seat
    ~ raise(moderates_cred, 2)
    ~ lower(worker_confidence, 3)
    ~ lower(bolshevik_share, 1)
    ~ trust(osip_trust, 1)
    You take the chair at the commission's long table in the Mariinsky. The first paper put in front of you raises the Vyborg bread price to the city's. You sign it, because the flour will not come otherwise. # event: vote mariinsky_palace
    Marfa reads your signature on the baker's door the next morning. She does not come to the hall that evening. # effect: The moderates gain, workers' confidence falls: the Vyborg soviet signs the coalition's bread prices
    -> feb_road_seats_note

= feb_road_seats_note
What really happened: the coalition took office without any district soviet's delegate in it; the Bolsheviks and Martov's internationalists opposed it from outside, and Trotsky's resolution against it won only 20 to 30 votes. # note # cite: essay
Not in the essay: the coalition was formed on 5 May, with Kerensky at the War Ministry and Chernov at Agriculture. The Vyborg request for seats, the supply commission's offer and a late vote in the Soviet are this road's counterfactual. # note
{
- february ? took_supply_seat:
    -> ending_swallowed_by_coalition
- february ? seats_withdrawn:
    -> feb_road_april.feb_road_commune_close
}
// The late vote: weaker than April's (the ministers are chosen). It carries only where the district soviets built
// in March still stand behind it with the workers' confidence, or Fyodor's guard comes back strong and the regiments
// still listen to the Vyborg side.
{
- (february ? commune_districts && worker_confidence >= 35) || (red_guard >= 25 && garrison >= 50):
    {february ? commune_districts:The district soviets' delegates fill the gallery again.|The guard waits under the Tauride's windows, and the soldiers' delegates keep looking at it.} The Executive counts the hands three times, and loses. # recalls: february
    -> ending_soviet_power_may
- else:
    ~ february += vote_lost
    ~ dual_power += (rival_government, opposed_coalition)
    Fewer hands go up than the districts had promised. The Executive does not count them twice: the ministers are chosen, it says, and the Soviet cannot unmake its own government in a week. # effect: The Soviet votes the districts down again: the Vyborg side goes into the summer as the opposition
    -> feb_road_april.feb_road_commune_close
}

// ---------------------------------------------------------------------------
// The party backs the Provisional Government "insofar as": March to May
// ---------------------------------------------------------------------------

=== feb_road_loyal
# date: 1917-03-14 # scene: Insofar as # place: vyborg
The party's paper is out again, and on its front page the Bolsheviks promise the government support "insofar as" it keeps to the revolution's programme. The words are Osip's; the signature is yours. # recalls: february
Kamenev and Stalin came home from Siberia on the 12th and found the Vyborg committee already where they meant to take it. Anton reads their article aloud at the committee, glowing: the war now defends the revolution; no slogan against it.
~ raise(moderates_cred, 3)
~ lower(bolshevik_share, 1)
~ dual_power += kept_conditional_support
At the Tauride a student in a peaked cap writes out your {nadya_delegate:mandate|visitor's pass}: Lidia Orlova, a Socialist Revolutionary "of the left, before you ask". She reads your committee's resolution and raises an eyebrow. "Insofar as? Even my party's right says more than that about the land."
At the Erikson works the young men ask you what the difference is between you and the Mensheviks. At New Lessner, Fyodor's cell votes to take the party's name off its banner. # effect: The moderates gain, the party's share dips: the Vyborg Bolsheviks stand where the Soviet majority stands
Osip brings you the Soviet's next request: the Vyborg Bolsheviks should join the Mensheviks in calling the soldiers to hold the front, "to defend what we won".
Anton: "Support the government where it keeps its word, and no further. That is the Bureau's line, and Kamenev's."
Osip: "Go further, Nadya. The Kaiser's army does not care how we voted. Defend the revolution, or there won't be one."
Marfa: "Leave the palace to them. Come to the mill: the committee there needs people who know how to read a ledger." # decision: feb_loyal_course
* [Support the government where it keeps its word, and no further, as Anton says]
    ~ february += loyal_insofar
    ~ raise(party_unity, 4)
    ~ raise(gov_authority, 2)
    -> feb_road_loyal_note
* [Call the soldiers to hold the front beside Osip's party]
    ~ february += loyal_defencist
    ~ dual_power += kept_kamenev_line
    ~ raise(moderates_cred, 5)
    ~ lower(worker_confidence, 4)
    ~ lower(fleet, 4)
    ~ trust(osip_trust, 2)
    -> feb_road_loyal_note
* [Go to the mill with Marfa and build its committee]
    ~ february += loyal_mills
    ~ raise(workers_control, 5)
    ~ trust(marfa_trust, 2)
    ~ lower(party_org, 2)
    -> feb_road_loyal_note

= feb_road_loyal_note
What really happened: before Lenin's return, Kamenev and Stalin led the party towards supporting the Provisional Government conditionally, and their position on the war was hardly different from the Soviet majority's. Rank-and-file outrage forced the party back to an anti-war line. # note # cite: essay
On this road the Vyborg committee took that line first and kept it. # note
-> feb_road_loyal_may

=== feb_road_loyal_may
# date: 1917-05-04 # scene: The coalition # place: vyborg
{
- february ? loyal_defencist:
    All April you spoke for the front at the factory gates, beside Osip. The men listened politely and went to hear Lenin at the Kshesinskaya mansion afterwards. # recalls: february
- february ? loyal_mills:
    All April you sat on the mill committee with Marfa, checking the owner's books. The party's committee met without you, and nobody minded much. # recalls: february
- else:
    All April you held the line: support insofar as, no further. In the Erikson canteen a fitter asked you how far "insofar" went. You could not tell him. # recalls: february
}
At home your father has pinned a newspaper portrait of Kerensky, the Soviet's minister, over the stove. "A socialist in the government, and your party behind it," he says. "I never thought I'd see the day we agreed."
* [Tell him Kerensky is the best of them]
    ~ trust(father_bond, 2)
    ~ father_hears(1)
    "The best of them, Papa," you say. He smiles, and pours you tea first, before Mitya. # effect: Your father comes closer: for once the two of you are on the same side
* [Tell him the portrait will come down by the autumn]
    ~ trust(father_bond, -1)
    ~ raise(worker_confidence, 1)
    "By the autumn you'll take it down yourself," you say. He adjusts the pin and says nothing, and the portrait stays. # effect: Your father turns away a little: you do not trust the men your party supports
-
Lenin came home on 3 April and said what your committee would not: no support for the government, all power to the soviets. At the party's conference at the end of April his theses were put to the vote. The Vyborg delegates, the district that should have been his, voted with Kamenev, and without them Lenin lost by a handful.
Then Miliukov's note showed whose war it still was, and the crowds came out against him without your party. # cite: 9 # event: march mariinsky_palace
Now the Soviet's Executive is to vote on joining the government. The socialist ministers will sit beside the liberals. Your committee has a vote in the Vyborg delegation. # event: vote tauride_palace
Anton: "The conference said it: support insofar as, but no ministers of ours beside Miliukov's friends. We stay outside and keep our hands free."
Osip: "Come in with us. Alone, we Mensheviks will be blamed for everything. Together we can make the liberals keep their word."
Marfa: "Come back to the mill for good. Let the ministers blame each other."
Fyodor, in the doorway, with a Lenin leaflet in his fist and a Kronstadt sailor called Petya Rudnev at his shoulder: "Or admit the old man was right, conference or no conference. It isn't too late. Yet." # decision: feb_loyal_may
* [Stay outside the coalition and support it insofar as, as the conference decided]
    -> feb_road_loyal_outside
* [Vote for the coalition beside Osip's party]
    -> feb_road_loyal_coalition
* [Come round to Lenin's line, two months late]
    -> feb_road_loyal_convert
* [Leave the party's committee for the mill's]
    -> feb_road_loyal_mill

= feb_road_loyal_outside
Your hands stay down when the Executive votes, and up again the next week, when the coalition asks the Soviet for its confidence. Insofar as. # event: vote tauride_palace
~ dual_power += blurred_into_majority
~ raise(gov_authority, 3)
~ lower(bolshevik_share, 2)
~ lower(worker_confidence, 2)
Fyodor tears up his party card in the committee room, and Petya takes him to Kronstadt for a week, to hear men who say no. Anton writes to Kamenev that Vyborg is holding firm. # effect: The government gains, the party's share and workers' confidence fall: a Bolshevik party that neither governs nor opposes
What really happened: the party's April conference adopted Lenin's line, and the Bolsheviks voted against the coalition; on this road they kept Kamenev's line of conditional support. # note # cite: essay
-> feb_road_loyal_letter

= feb_road_loyal_coalition
Your hand goes up with the Soviet majority. Osip embraces you in the corridor. Trotsky's resolution against the coalition gets twenty or thirty votes, and none of them is yours. # cite: essay
~ dual_power += (joined_coalition, blurred_into_majority)
~ raise(moderates_cred, 5)
~ lower(bolshevik_share, 3)
~ lower(worker_confidence, 3)
{ february ? loyal_defencist:
    Anton says it is the logical end of the road you chose in March. He means it as praise. # recalls: february
}
The Vyborg side reads the ministers' names the next morning, and finds a Bolshevik among the men who vote for them. # effect: The moderates gain, the party's share and workers' confidence fall: the Vyborg Bolsheviks vote for the coalition
What really happened: the Soviet's Executive voted to enter the coalition; the Bolsheviks and Martov's internationalists opposed it. The socialist ministers never pressed the Soviet's conditions. # note # cite: essay
-> feb_road_loyal_letter

// Danger with a way back: the committee stayed outside "insofar as" or voted the coalition in; Kronstadt asks which
// side it is on. Answering the sailors, in the committee or on their square, turns it round (loyal_turned, on to feb_road_loyal_close); keeping to the
// conference's line ends in ending_swallowed_by_coalition.
= feb_road_loyal_letter
# date: 1917-05-14 # scene: A letter from Kronstadt # place: vyborg
Petya Rudnev climbs your stairs with a sheet folded inside his cap. Fyodor is a step behind him, brown from a week on the island. # music: stinger_dread
The sheet is a resolution of Kronstadt's Bolshevik and anarchist sailors, two hundred names in ink and pencil, some of them crosses, addressed to the Vyborg committee by name. The Vyborg side that opened the prisons in February, it says, now keeps the war ministry's ministers warm. The fleet will take no orders that Bolsheviks have blessed. Which side of the table do you sit on?
{
- dual_power ? joined_coalition:
    "Your hand went up for Kerensky," Petya says. "In Kronstadt they've a word for that, and I won't say it in front of your boy."
- else:
    "You stayed outside and clapped," Petya says. "From the island nobody can see the difference."
}
At the Erikson gate the young fitters have stopped taking the committee's leaflets. Your father, at the stove, reads the sheet over your shoulder and says nothing at all. # effect: Danger: the fleet and the young workers are turning from a committee that cannot say no
~ lower(fleet, 3)
~ lower(worker_confidence, 2)
Fyodor: "Sign the sailors' answer. No confidence in the ministers, all power to the soviets. Put it to the committee tonight, and I'll tear up nothing else."
Petya shrugs. "Or come to the island and say it on Anchor Square, in front of the fleet. Committees can vote anything. The lads want to see your face."
Anton, when you show him the sheet, hands it back by one corner. "The conference decided, and Kamenev with it. A committee that changes its line because of a letter from an island is not a committee. Answer them politely." # decision: feb_loyal_letter
* [Put Kronstadt's letter to the committee and vote no confidence in the coalition]
    ~ february += loyal_turned
    ~ dual_power -= (blurred_into_majority, joined_coalition)
    ~ split_party(4)
    ~ raise(fleet, 4)
    ~ lower(moderates_cred, 2)
    ~ trust(osip_trust, -1)
    The committee argues past midnight. {worker_confidence >= 40:The vote carries by two, and Anton signs the minutes with his mouth set.|The vote carries by one. Anton abstains and takes his cap.} You write the answer to Kronstadt yourself: the Vyborg Bolsheviks withdraw their confidence in the coalition, and ask the sailors' pardon for the delay. # event: vote vyborg
    ~ raise(bolshevik_share, 2)
    Fyodor pins his old card back together with a tram ticket. Osip reads your answer in the Soviet's paper and crosses the road when he sees you. # effect: The party's share and the fleet recover, unity strains: Vyborg turns against the coalition after one warning
    -> feb_road_loyal_letter_note
* [Go to Kronstadt with Petya and answer the sailors on their square]
    ~ february += (loyal_turned, answered_on_island)
    ~ dual_power -= (blurred_into_majority, joined_coalition)
    ~ raise(fleet, 6)
    ~ lower(party_org, 3)
    ~ split_party(2)
    ~ trust(osip_trust, -1)
    The boat from the Neva quay takes two hours. On Anchor Square you stand on a barrel in front of more sailors than you can count and say it: no confidence in the ministers, and the Vyborg side was wrong to give any. {fleet >= 45:They cheer you down off the barrel.|They hear you out in silence, and only the front rows clap.} # event: sailors kronstadt
    ~ raise(bolshevik_share, 1)
    Back on the Vyborg side, Anton has kept the committee's minutes as they were. "You spoke for yourself," he says. "The committee has not voted." But the fitters at the Erikson gate take your leaflets again. # effect: The fleet warms and the party's share recovers, its organisation frays: you turn in front of the sailors, not the committee
    -> feb_road_loyal_letter_note
* [Answer the sailors that the conference has spoken, as Anton says]
    You write the sailors a polite letter about party discipline. Petya reads it on the landing, folds it into his cap, and goes down the stairs without a word. Fyodor goes with him.
    -> feb_road_loyal_letter_note

= feb_road_loyal_letter_note
What really happened: the party's April conference adopted Lenin's line, and the Bolsheviks opposed the coalition from the day it was formed; no Bolshevik committee in Vyborg needed the sailors to tell it so. # note # cite: essay
Not in the essay: in mid-May Kronstadt's soviet proclaimed itself the sole authority on the island, and its sailors met on Anchor Square. The sailors' letter, and the committee it turns or fails to turn, are this road's counterfactual. # note
{ february ? loyal_turned: -> feb_road_loyal_close }
-> ending_swallowed_by_coalition

= feb_road_loyal_convert
You vote against the coalition, and the next day you climb the stairs of the Kshesinskaya mansion with Fyodor behind you. Lenin's people look at you as a doctor looks at a late patient. # event: vote kshesinskaya_mansion
~ dual_power += late_convert
~ raise(bolshevik_share, 2)
~ split_party(4)
~ lower(moderates_cred, 2)
~ trust(osip_trust, -2)
Osip does not speak to you for a month. The young men from New Lessner come back to your meetings, though they sit at the back. # effect: The party's share recovers, unity strains: Vyborg comes round to Lenin's line, two months late
What really happened: the party's April conference adopted Lenin's line; on this road Vyborg got there last. # note # cite: essay
-> feb_road_loyal_close

= feb_road_loyal_mill
You hand the committee's minute book to Anton and take a seat on the mill committee beside Marfa. # event: vote vyborg
~ dual_power += mill_committees_first
~ raise(workers_control, 4)
~ raise(worker_confidence, 2)
~ lower(party_org, 3)
~ trust(marfa_trust, 1)
The owner threatens to close for want of cotton. Marfa makes him open the warehouse ledger in front of fifty weavers, and there is cotton enough till August. # effect: Workers' control and confidence rise, the party's organisation falls: you build from the mill floor, not the committee room
What really happened: factory committees spread through the spring; the essay says support for Bolshevik policies grew ahead of support for the party. # note # cite: essay
-> feb_road_loyal_close

= feb_road_loyal_close
~ whereabouts(2)
{ february ? loyal_mills || dual_power ? mill_committees_first:
    ~ where_marfa = "chairing the cotton mill's committee"
}
{
- february ? answered_on_island:
    Kronstadt's paper prints your speech on Anchor Square. Fyodor pins it up in the committee room, over Anton's minutes. # recalls: february
- february ? loyal_turned:
    Kronstadt's resolution hangs in the committee room with your answer pinned beneath it. # recalls: february
}
May turns to June. The coalition governs, the offensive is prepared, and the Vyborg side has a Bolshevik committee that came late to everything and is trusted by nobody, yet. # act_end: dual_power
-> jul_start

// ---------------------------------------------------------------------------
// (The ending of the commune road lives in endings.ink: ending_soviet_power_may.)
// ---------------------------------------------------------------------------
