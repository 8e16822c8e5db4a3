// Act III: the July Days (3 June to late July 1917, Old Style). Start knot jul_start; ends at jul_end -> kor_start.
// Decisions: jul_congress_vote, jul_offensive, jul_demonstration, jul_after_shooting, jul_lenin; on the road of a
// fraction that voted with the majority in June, jul_bound_regiments (story/roads/jul_roads_more.ink).
// Roads leave history here and play on through Act IV to endings of their own (story/roads/july_roads.ink,
// story/roads/jul_roads_more.ink; every one meets Kornilov's march at jul_road_march):
//   stayed_out_of_july: the party held back entirely (or, after the June vote, spoke for the Soviet majority against
//   the regiments: jul_road ? calmed_regiments); the militants go to the anarchists, Kronstadt turns away.
//   rising_called_off / barricades_abandoned: the party fought (a rising, or barricades after the shooting), was
//   warned by the trains from the front, and got its people away before the second blow fell.
//   jul_road ? lenin_in_court: Lenin gave himself up, to stand trial or on the Soviet's guarantees; the road leaves
//   after jul_end's act end for jul_road_trial instead of kor_start.
// jul_start says how each spring road arrived (the February roads' seats_withdrawn, seats_late_vote, loyal_turned,
// stamp_mended; Act II's dual_power items).
// Ending this act can trigger: july_crushed, only after two rash choices (a rising or barricades while the soldiers
// and the Soviet majority are not yet with the party, then refusing the last chance to get away).

// ---------------------------------------------------------------------------
// 3 June: the First All-Russian Congress of Soviets
// ---------------------------------------------------------------------------

=== jul_start
White nights: at ten in the evening, in the Cadet Corps on Vasilievsky Island, the First Congress of Soviets sweats in greatcoats and bast shoes. # act: july_days # date: 1917-06-03 # scene: The Congress of Soviets # place: vasilievsky
Vyborg has sent you to keep the Petrograd Bolsheviks together.
{
- dual_power ? down_with_government_now:
    Not many of you are left to keep. In April the party called the crowds to bring the government down at once, and paid: the Soviet majority calls you adventurers, and three Vyborg comrades are still in the remand cells. # recalls: dual_power
- february ? seats_withdrawn:
    Vyborg asked for seats beside the ministers in April and took the request back in May, in front of its own hall. The factories forgave the asking sooner than Osip forgave the taking back. # recalls: february
- february ? seats_late_vote:
    Vyborg asked for seats beside the ministers in April, then put power to the soviets to the Soviet in May, too late, with Fyodor's guard under the windows. The majority calls it the district that cannot make up its mind. # recalls: february
- february ? loyal_turned:
    The party here turned against the coalition in mid-May, a week after giving it confidence, and only when Kronstadt's sailors wrote to ask whose side it was on. The factories are waiting to see if it means it. # recalls: february
- dual_power ? opposed_government || dual_power ? rival_government:
    Vyborg has never given this government an inch. In March, when the Soviet promised it support, your committee refused, and the workers remember who was right. # recalls: dual_power
- dual_power ? joined_coalition:
    You come with an awkward record. In May the party let its name be used for the coalition, and Vyborg has not forgiven it. # recalls: dual_power
- dual_power ? kept_conditional_support && dual_power !? late_convert:
    The party here still gives the government its conditional support, as the Soviet majority does. Lenin's April line is argued over in every cell, and Fyodor's cell has already taken it up without you. # recalls: dual_power
- dual_power ? late_convert && february ? FebRoadPath.road_loyal:
    The party holds Lenin's line now, and you with it, two months later than Fyodor and after Vyborg's own votes had kept it from the April conference. # recalls: february
- dual_power ? late_convert:
    The party holds Lenin's line now, and you with it, a fortnight later than Fyodor. # recalls: dual_power
- else:
    The party holds Lenin's April line: no trust in the government, All Power to the Soviets, patient explaining.
}
{ february ? stamp_mended:
    Your mandate carries the district soviet's stamp, with a thin white crack across it where the flour paste holds. # recalls: february
}
{ dual_power ? control_takeover:
    At Marfa's mill the committee has run the looms since spring. The owners are at their dachas in Finland, the banks refuse credit, and every Friday Marfa wonders where the wages will come from. # recalls: dual_power
}
~ count_delegates(669, 105, 18)
{ delegates_bolshevik == 105:
    The delegates: SRs 284, Mensheviks 248, Bolsheviks 105, Martov's Menshevik-Internationalists 32. # cite: essay
- else:
    The delegates: SRs and Mensheviks in their hundreds, Martov's Menshevik-Internationalists 32, the Bolsheviks {delegates_bolshevik}.
}
The question it will argue for days: does the Congress trust the coalition?
-> jul_fraction

=== jul_fraction
"No confidence," says Fyodor. "Ten bosses and six socialist hostages, and they want our blessing."
Anton takes off his cap and turns it in his hands. "We are {delegates_bolshevik} of 669; a no just counts our weakness. Abstain, judge them by deeds, and keep the SR soldiers listening."
Osip catches your sleeve. "Russia has to pass through its bourgeois republic before workers can rule it, Nadya, and the republic needs this coalition. Vote with us, just this once."
The Petrograd members look to you. # decision: jul_congress_vote
* [Abstain] -> jul_vote_abstain
* [Vote confidence, for unity's sake] -> jul_vote_confidence
* [Vote no confidence #historical] -> jul_vote_no

=== jul_vote_no
~ july += voted_no_confidence
~ raise(left_allies, 2)
~ stir(vyborg, 2)
~ temp votes_against = 21 + delegates_bolshevik
~ temp votes_for = 669 - votes_against
The fraction's hands go up on the left of the hall, and Martov's with them: {votes_for} for the coalition, {votes_against} against. # event: vote vasilievsky # sfx: crowd
The SR benches laugh. At the buffet a soldier from the Northern Front asks, in a slow Tver voice, what All Power to the Soviets would mean for his village's land. # effect: Left allies rise a little: Martov's people voted with you against the coalition
* [Tell him the village can take it now #historical]
    ~ raise(peasant_land, 2)
    He folds your leaflet into his cap. "Now," he repeats, as if tasting it. # effect: Land seizures edge up: a soldier takes the word home to Tver
* [Send him to Lidia's SRs]
    ~ raise(left_allies, 1)
    Lidia gives him an hour and a pamphlet on the Constituent Assembly. # effect: Left allies warm a little: you sent a peasant soldier to the Left SRs
- -> jul_congress_note

=== jul_vote_abstain
~ july += abstained_on_confidence
~ split_party(5)
~ stir(vyborg, -3)
~ raise(moderates_cred, 2)
~ raise(left_allies, 1)
~ temp votes_for = 669 - 21 - delegates_bolshevik
When the chairman calls for those against, only Martov's people raise their hands. The count is {votes_for} to 21, the Bolsheviks sitting on theirs. # event: vote vasilievsky # sfx: crowd
Osip shakes your hand as if you had buried a quarrel. Fyodor walks out. Next evening an Erikson turner asks since when the party abstains on ten capitalist ministers, and your answer sounds like Anton's. # effect: Party unity falls and the moderates gain: Vyborg's own members resent the abstention
-> jul_congress_note

=== jul_vote_confidence
~ july += voted_confidence
~ split_party(10)
~ raise(moderates_cred, 4)
~ raise(gov_authority, 3)
~ lower(bolshevik_share, 3)
~ lower(fleet, 5)
~ stir_workers(-3)
The hall gasps when the Bolshevik benches vote with the majority. The count is 648 to 21; only Martov's people stand against the coalition now. # event: vote vasilievsky # sfx: crowd_roar
In the gallery the Kronstadt sailors whistle, and Petya spits over the rail. "So that's your party," he says on the stairs. "Kronstadt will find other friends." By morning the Vyborg committee has disowned the fraction. # effect: The fleet and party unity fall, the coalition gains: Kronstadt and Vyborg feel the party has sold out
-> jul_congress_note

=== jul_congress_note
~ clear_delegates()
What really happened: the Congress backed the coalition, 543 votes to 126. # note # cite: essay
The essay dates the vote 3 June, the opening day; the Congress sat about three weeks, and the vote probably came later. # note
The essay argues that support for Bolshevik policies ran ahead of support for the party. # note # cite: essay # interpretation
-> jul_offensive_news

// ---------------------------------------------------------------------------
// 16-19 June: the offensive
// ---------------------------------------------------------------------------

=== jul_offensive_news
The offensive the Allies wanted has begun. Your father reads from the Menshevik paper: "Let the Germans see the army can fight, and we'll have peace the sooner." # date: 1917-06-16 # scene: The offensive # place: vyborg
Grisha eats standing up: the Moscow Regiment must send marching companies to the front. Outside, weavers shout at the mill gate.
* [Walk Grisha back to the barracks]
    ~ win_soldiers(1)
    ~ grisha_mates = 1
    At the gate his mates smoke and argue. "We made the revolution," one says. "They promised we'd stay to guard it." You tell them the Soviet made that promise too, and can be made to keep it. # effect: The garrison edges towards you: Grisha's mates heard the party's case at the barracks gate
* [Answer your father]
    ~ stir(liteiny, 2)
    ~ father_hears(1)
    "Peace the sooner, from a government that still wants Constantinople?" He folds the paper. "So the Germans should walk in instead." But he hears you out, which is new: at the Arsenal, he says, the young ones talk like you. # effect: Liteiny warms a little: your father carries the argument into the Arsenal
* [Go down to the mill gate #historical]
    ~ stir(vyborg, 2)
    ~ raise(workers_control, 2)
    ~ promised_the_weavers = 1
    Marfa has three hundred weavers round her. The spring's rises have gone on bread and boots. "The metalworkers got theirs," a girl shouts. "Let them stand by us." You promise they will, and write down the owner's name. # effect: Workers' control grows: the weavers' committee presses the mill owner, with your promise behind it
- -> jul_lessner

=== jul_lessner
Next day, New Lessner's dinner hour: two thousand men on crates in the sun. # date: 1917-06-17 # scene: The New Lessner yard # place: new_lessner
{
- july ? voted_confidence:
    Nobody here has forgiven the Congress vote; they let Fyodor speak first. # recalls: july
- july ? abstained_on_confidence:
    The men remember the abstention. Fyodor gets the first word. # recalls: july
}
Fyodor, on a lorry, wants more than a resolution: "Tomorrow the Soviet marches. Bring every Vyborg banner, against the offensive."
"A resolution, shop by shop," says Anton. "Let the Soviet count them."
Petya, over from Kronstadt: "Our lads go with the marching companies to talk to the soldiers. Send yours."
What does the committee propose? # decision: jul_offensive
* [Carry the banners into the Soviet's march] -> jul_june_march
* [Put the resolution to every shop #historical] -> jul_resolution
* [Send agitators with the marching companies] -> jul_front_agitators

=== jul_resolution
~ july += resolutions_against_offensive
~ agitate(4)
~ raise(worker_confidence, 2)
~ raise(workers_control, 3)
Fyodor reads the draft, and two thousand hands go up. # event: vote new_lessner # sfx: cheer
The meeting declares "that a blow has been dealt to the Russian Revolution and the International by this offensive, and the whole responsibility for this policy lies with the Provisional Government and the party of Mensheviks and SRs supporting it… We need not an offensive at the front but an offensive against the bourgeoisie inside the country." # cite: 10
Within a week the Erikson shops and Marfa's weavers have passed it too. # effect: Party organisation and workers' confidence grow: shop after shop votes the New Lessner resolution
-> jul_offensive_note

=== jul_june_march
~ july += demonstrated_against_offensive
~ demonstrate((vyborg, petrograd_side, admiralty_centre))
~ raise(worker_confidence, 4)
~ discredit_moderates(4)
~ reaction(4)
~ split_party(3)
~ raise(garrison, 3)
Sunday. The Congress called this march to show Petrograd's faith in the coalition, and Petrograd comes in its hundreds of thousands, past the graves of the February dead. # date: 1917-06-18 # scene: The Field of Mars # place: field_of_mars # event: march vyborg liteiny_bridge field_of_mars # sfx: march # music: marseillaise
On the reviewing stand the leaders' faces fall as the Vyborg columns come off the bridge: Down with the offensive. Down with the ten capitalist ministers. All Power to the Soviets.
By evening officers parade Kerensky's portrait down Nevsky, and an Erikson boy comes home with a split lip. The Central Committee called off its own march a week ago, Anton reminds you; someone will answer for this. # effect: Moderates lose ground and workers gain heart, but the right stirs: the Congress's own march carried your slogans
~ disperse((vyborg, petrograd_side, admiralty_centre))
-> jul_offensive_note

=== jul_front_agitators
~ july += agitated_at_front
~ repress(4, 30)
~ raise(counter_threat, 3)
~ lower(gov_authority, 2)
~ raise(fleet, 3)
The marching companies leave from the Vitebsk station in the grey small hours, wives holding out bread wrapped in cloth. # date: 1917-06-19 # scene: The troop trains # place: vitebsk_station # event: train vitebsk_station # sfx: train
Your agitators go as soldiers' cousins: Seryozha from the Erikson tool room, leaflets in his boot soles, and two of Petya's sailors.
A fortnight later word comes back. Two regiments refused to attack. But Seryozha was taken at a railhead for court-martial, and the army papers have a new word for Bolshevik: German. # effect: The government's authority slips at the front, but repression rises: Seryozha is court-martialled
-> jul_offensive_note

=== jul_offensive_note
What really happened: the offensive opened on 16 June, at the Allies' request. Early gains ended in panicked flight before German reinforcements; factories like New Lessner protested in resolutions. # note # cite: essay, 10
~ raise(german_threat, 7)
~ crisis(4)
~ discredit_moderates(4)
~ raise(peasant_land, 8)
~ raise(workers_control, 10)
-> jul_three_july

// ---------------------------------------------------------------------------
// 3 July: the regiments want to march
// ---------------------------------------------------------------------------

=== jul_three_july
~ lower(gov_authority, 6)
Heat lies on the Vyborg side like a wet sheet. Word runs down Sampsonievsky: last night the Kadet ministers quit, to force a break with the Soviet. # date: 1917-07-03 # scene: The Machine-Gun Regiment # place: vyborg
{
- july ? resolutions_against_offensive:
    It follows a fortnight of hospital trains from Galicia, and a broken promise to keep the revolutionary regiments in Petrograd.
- july ? demonstrated_against_offensive:
    Since the march, officers have torn down red banners on the Petrograd side and troops have raided revolutionary offices. Vyborg wants another Field of Mars. # recalls: july
- else:
    Seryozha's court-martial is in every paper, and the government that promised to keep the revolutionary regiments in Petrograd is loading them on trains. # recalls: july
}
In the First Machine-Gun Regiment's square an anarchist tells a thousand men, ordered to the front, to take their guns and finish the government. # event: crowd vyborg # sfx: crowd_roar
{ july ? voted_confidence || july ? abstained_on_confidence:
    A machine-gunner shouts you down: you're the lot who wouldn't vote against Tsereteli. # recalls: july
}
{
- grisha_mates:
    Grisha is at the gate with the mates from June. "You said the Soviet would keep its promise. It hasn't. We go out tonight. Coming?" # recalls: grisha_mates
- dual_power ? control_anarchist:
    Half Marfa's mill committee wear black ribbons now. Grisha finds you among them at the gate. "The regiment goes out tonight. Are you?" # recalls: dual_power
- else:
    Grisha's company is on the list too. "We go out tonight," he says at the gate. "Are you?"
}
Fyodor wears a black ribbon now. "Take the Tauride and the ministries, and finish it." Petya grins: Kronstadt comes tomorrow, {fleet >= 65:ten thousand men with rifles|fewer than in spring, but enough}.
Anton brings the Central Committee's word: no demonstration. "Rise alone, and the front crushes Petrograd inside a week." { dual_power ? down_with_government_now: "We tried your way in April, Fyodor, and we're still paying." }
// A fraction that voted with the majority (or abstained) in June cannot lead the regiments: its own road.
{ july ? voted_confidence || july ? abstained_on_confidence:
    -> jul_road_bound
}
By evening the regiments are going anyway. The Petersburg Committee reverses the Central Committee: march with them under the party's slogan, keep it peaceful, don't leave the soldiers to the anarchists. # decision: jul_demonstration
* [Make it a rising against the government] -> jul_rising
* [Hold them back and keep the party out, as the Central Committee said] -> jul_stay_out
* [March with them, for All Power to the Soviets #historical] -> jul_march

=== jul_march
~ july += joined_and_restrained
~ demonstrate((vyborg, petrograd_side, liteiny, rozhdestvensky, admiralty_centre, peterhof))
~ raise(fleet, 3)
On the fourth, thousands of Kronstadt sailors march behind a band to the Kshesinskaya mansion.{ july ? demonstrated_against_offensive: The Vyborg men behind them carry the same banners as on the Field of Mars.} # date: 1917-07-04 # scene: All Power to the Soviets # place: kshesinskaya_mansion # view: centre # event: sailors kronstadt kshesinskaya_mansion # effect: The fleet's trust holds: the party marched beside Kronstadt
Lenin comes out on the balcony but gives no signal, only urging "restraint, steadfastness and vigilance." # cite: 13
"That's it?" says Petya. "We came thirty versts for that?"
At the Tauride Palace sailors drag Chernov, the SR minister, towards a motor car. Lidia, crushed against you, grips your arm: he leads her party. A sailor yells, "Take power, you son-of-a-bitch, when it is given to you." # cite: 14 # event: march petrograd_side liteiny_bridge tauride_palace
* [Help Lidia get Chernov free #historical]
    ~ raise(left_allies, 3)
    You and Lidia shove through to the car. Trotsky is already on its bonnet, talking the sailors round; Chernov stumbles back inside, grey. Lidia does not let go of your arm. # effect: Left allies rise: Lidia saw a Bolshevik help free her party's leader
* [Keep your people clear of it]
    ~ raise(fleet, 2)
    You pull the Erikson men back to the railings. Lidia fights her way to the car alone, and does not look for you afterwards. # effect: The sailors approve, the Left SRs cool: you left Chernov to the crowd
- He will not take power, and nor will the Executive inside.
At the corner of Nevsky and Sadovaya shots come from the roofs. The column breaks; a girl in a white blouse sits down in the road and does not get up. Then a cloudburst, and the gutters run pink. # event: shots nevsky_sadovaya # sfx: volley # music: stinger_dread
~ july_toll(300)
~ lower(worker_confidence, 4)
-> jul_demonstration_note

=== jul_stay_out
~ july += stayed_out_of_july
~ lower(fleet, 12)
~ lower(garrison, 10)
~ lower(party_org, 6)
~ lower(worker_confidence, 4)
~ raise(party_unity, 3)
~ demonstrate((petrograd_side, liteiny, rozhdestvensky, admiralty_centre))
You tell the square no. The soldiers hear you out in a silence worse than jeering; then the lorries go anyway, Grisha's company with them. # event: march vyborg liteiny_bridge tauride_palace # effect: Fleet and garrison turn away, party unity holds: the party kept its hands clean and lost its fighters
On the fourth you keep the Erikson lathes turning while half the shop walks out. From the roof you watch the Kronstadt columns cross the bridge under black flags, Fyodor's cap among them. Shots in the afternoon; then rain. # date: 1917-07-04 # scene: The day you stayed in # place: vyborg # event: sailors kronstadt tauride_palace
~ july_toll(250)
At midnight Petya is on your stairs, soaked. At the Tauride they had Chernov, the SR minister, in their hands. "We yelled at him: 'Take power, you son-of-a-bitch, when it is given to you.'" # cite: 14
"He wouldn't. And your lot wouldn't even come, and they shot at us on Nevsky." He spits on the step and takes the first boat home.
-> jul_demonstration_note

=== jul_rising
~ july += tried_to_seize_power
~ demonstrate((vyborg, petrograd_side, liteiny, rozhdestvensky, admiralty_centre))
~ held += (peter_paul_fortress, finland_station, liteiny_bridge)
~ fought_over += tauride_palace
~ raise(fleet, 5)
~ split_party(10)
You tell the square what it wants to hear, and the roar nearly knocks you off the lorry. Anton turns his back and walks away. # sfx: crowd_roar # music: stinger_rise # effect: Party unity breaks and the fleet rises with you: Vyborg goes out for power against the Central Committee
By noon on the fourth the machine-gunners hold the Finland Station and the Liteiny bridge, and Petya's sailors march into the Peter and Paul Fortress. Fyodor runs up a black flag beside the red one. # date: 1917-07-04 # scene: The rising # place: peter_paul_fortress # event: occupy peter_paul_fortress finland_station liteiny_bridge # event: sailors kronstadt peter_paul_fortress
The columns go for the Tauride Palace, to make the Soviet rule. In the garden sailors lay hands on Chernov, the SR minister, and one yells into his face, "Take power, you son-of-a-bitch, when it is given to you." # cite: 14
Even now the men with the rifles want the Soviet's leaders to take power, not you, and the Soviet's leaders will not. They bolt the doors and telephone the front. # event: shots tauride_palace # sfx: shots
{ garrison >= 60:
    Two more regiments come out by evening, and for a few hours you hold half the city north of the Neva.
- else:
    The Guards regiments stay in barracks. By evening you hold the Vyborg side, the fortress and two bridges, and nothing else.
}
~ july_toll(60)
-> jul_demonstration_note

=== jul_demonstration_note
What really happened: the Kadet ministers resigned on the evening of 2 July (the essay says 3 July, the day the regiments came out). The Bolsheviks judged a seizure of power premature and easily isolated, but joined the marches once they went ahead; on 4 July Lenin urged "restraint, steadfastness and vigilance." # note # cite: essay, 13
The essay insists this was no bid for power: the SRs and Mensheviks still held the Soviet majority. # note # cite: essay # interpretation
{
- july ? tried_to_seize_power:
    -> jul_rising_night
- july ? stayed_out_of_july:
    -> jul_smear_outside
}
-> jul_smear

// ---------------------------------------------------------------------------
// The rising's second day (only on the path of the rising): the warning, and a way out
// ---------------------------------------------------------------------------

=== jul_rising_night
The telegraph at the Finland Station clatters all night. Trains are coming from the front, full of regiments the government can trust, with cavalry and armoured cars. # date: 1917-07-05 # scene: The trains from the front # place: finland_station # event: train # sfx: telegraph # music: stinger_dread
The morning papers have their story ready: Lenin is a German agent, and the rising is the Kaiser's work. The Guards regiments that stood aside yesterday fall in behind their officers. Nobody at the Tauride has come over. # effect: The garrison swings back to the government and the right gathers: the smear and the front trains
~ lower(garrison, 15)
~ reaction(15)
~ july_toll(340)
{ fleet >= 70:
    Kronstadt sends a second wave of boats. It changes nothing on the far bank.
}
Anton comes across the bridge under a white handkerchief with the Central Committee's statement: the party disowns the rising and calls on the sailors to go home. "You can still get them out alive," he says. "Tonight. Tomorrow there will be guns on the Field of Mars."
Lidia slips out of the Tauride by a side door. "They're asking the front for more troops. Nobody in there will take what you're offering."
Fyodor wants to hold the fortress: its walls have stood two hundred years. Petya wants to fall back behind the Vyborg bridges and make the front troops fight for every street.
* [Get the sailors out tonight, as Anton asks] -> jul_rising_retreat
* [Fall back to the Vyborg side] -> jul_rising_vyborg
* [Hold the fortress] -> jul_rising_fortress

=== jul_rising_fortress
~ fought_over += peter_paul_fortress
~ july_toll(900)
~ count_up(arrests, 3000, 20000)
The front artillery sets up on the Field of Mars, across the water, and on the sixth it opens fire. # date: 1917-07-06 # scene: The fortress # place: peter_paul_fortress # event: shots peter_paul_fortress # sfx: gun
The old walls hold better than the men behind them. By evening the sailors have run a sheet up the flagstaff, and you walk out with your hands on your head into a yard full of Cossacks. Petya is not among the ones who walk out.
-> ending_july_crushed

// Falling back is the same mistake made slower: one more chance to take the Soviet's terms.
=== jul_rising_vyborg
~ barricades += (vyborg, petrograd_side)
~ fought_over += (liteiny_bridge, finland_station)
~ held -= peter_paul_fortress
~ july_toll(200)
Paving setts and tram rails go into barricades across Sampsonievsky; Fyodor sets Maxims in the upper windows of the Erikson works. Marfa takes her children, and Mitya, to her sister's in Lesnoy. # date: 1917-07-06 # scene: The barricades # place: vyborg # event: barricade vyborg petrograd_side # sfx: gun
The armoured cars reach the far end of the Liteiny bridge at dusk and stop. The rest of the city, which still trusts the Soviet majority, watches from behind its curtains.
At midnight Lidia crosses under a white flag with the Executive's terms: rifles handed in and the barricades down by dawn, and the men go home; no terms after dawn. # effect: Danger: the Vyborg side stands alone against the front troops
* [Fight on] -> jul_rising_last_stand
* [Take the terms and bring the barricades down]
    ~ july += barricades_abandoned
    -> jul_rising_retreat

=== jul_rising_last_stand
~ july_toll(900)
~ count_up(arrests, 3000, 20000)
The armoured cars come over the bridge on the seventh with the cadets behind them, and the fighting goes street by street for two days. The Vyborg side is alone. # date: 1917-07-07 # scene: The last barricade # place: vyborg # event: troops liteiny_bridge vyborg # sfx: volley
-> ending_july_crushed

// The way out of the rising: the party survives, bled and blamed (the road goes on in story/roads/july_roads.ink).
=== jul_rising_retreat
~ july += rising_called_off
~ held -= (peter_paul_fortress, finland_station, liteiny_bridge)
~ fought_over = ()
~ barricades = ()
~ disperse(crowds)
~ lower(fleet, 10)
~ lower(worker_confidence, 8)
~ lower(party_org, 8)
~ repress(10, 600)
~ raise(party_unity, 4)
{ july ? barricades_abandoned:
    By dawn the setts are back in the road and the rifles in a cart at the Soviet's door. Fyodor will not hand his over; he goes out through the back yards with six men and his Maxim. # date: 1917-07-07 # scene: Dawn on Sampsonievsky # place: vyborg # event: retreat vyborg # recalls: july
- else:
    All night you go from bastion to bastion with Anton's white handkerchief, arguing until your voice goes. At four the sailors stack their rifles and march to the boats, cursing you and the Central Committee in one breath. # date: 1917-07-06 # scene: The fortress emptied # place: peter_paul_fortress # event: retreat peter_paul_fortress kronstadt
    Fyodor will not come out with them. He slips over the wall at first light, and nobody knows where he has gone.
}
"Next time," Petya says, leaving for the boats, "you won't talk us out of it, because there won't be a next time with you." # effect: Danger past, at a price: the fleet, the party's cells and the workers' confidence all fall, and six hundred are taken
The officers arrest by list, and the list has your district on it. You sleep at Marfa's sister's in Lesnoy.
-> jul_shooting_note

// ---------------------------------------------------------------------------
// 5 July: the smear and the troops from the front
// ---------------------------------------------------------------------------

=== function jul_smear_effects()
// The "German agent" smear and the troops from the front swing the wavering regiments back
// to the government (not in the essay: the Guards regiments declared for it on 5 July).
~ lower(garrison, 15)
~ reaction(15)
~ raise(gov_authority, 8)
{ july ? agitated_at_front:
    ~ lower(garrison, 3)
}

=== jul_smear
~ jul_smear_effects()
The papers have documents, they say, proving Lenin a German agent; by noon it is on every wall. # date: 1917-07-05 # scene: German gold # place: vyborg # music: stinger_dread
It works. Regiments that marched yesterday declare for the government, front troops arrive, the party's newspaper office is smashed. The sailors left in the city shut themselves in the Peter and Paul Fortress. # event: troops liteiny admiralty_centre # event: raid admiralty_centre # effect: The garrison swings back to the government: the German-agent smear works
{
- july ? agitated_at_front:
    The papers have Seryozha's court-martial too: proof, they say, of German work in the trenches. # recalls: july
- july ? demonstrated_against_offensive:
    The papers print your Field of Mars banners beside the lists of the dead in Galicia. # recalls: july
}
Anton brings the Central Committee's order: retreat. Sailors home, fortress handed over, workers back at the bench. "Lose a battle so as not to lose the war."
Fyodor has a rifle across his knees. "They shoot us down and we fold? Barricades on the bridges, and let them come."
Marfa comes straight from the mill, cotton fluff in her hair. "Smash our paper, and we stop every machine on the Vyborg side, Putilov too."
The district committee is with Fyodor, most of it. # decision: jul_after_shooting
* [Fight them in the streets] -> jul_resist
* [Call a general strike to defend the press] -> jul_press_strike
* [Order the retreat: the Central Committee's line #historical] -> jul_retreat

// The same day for a party that stayed out of the demonstration: the blow lands anyway.
=== jul_smear_outside
~ jul_smear_effects()
The papers have documents, they say, proving Lenin a German agent and yesterday a Bolshevik plot. {jul_road ? calmed_regiments:You stood on the Soviet's lorry against it.|You were not even there.} # date: 1917-07-05 # scene: German gold # place: vyborg # music: stinger_dread # effect: The garrison swings back to the government: the smear lands on a party that stayed home
By noon cadets are outside the Kshesinskaya mansion, the party's newspaper office is smashed all the same, and front troops come off the trains. # event: raid kshesinskaya_mansion # event: troops liteiny admiralty_centre
The anarchists and a few hundred sailors still hold the Peter and Paul Fortress; Fyodor's note says come now with rifles, or never come at all.
Anton brings the Central Committee's order: pull back further, hide the lists, let the fortress go. "We kept our hands clean. Now let's keep our heads."
Marfa will not hide. "They've smashed our paper for a march we never joined. Stop the machines, and let them see who prints their lies."
The committee looks to you. # decision: jul_after_shooting
* [Order the retreat: the Central Committee's line #historical] -> jul_retreat
* [Call a general strike to defend the press] -> jul_press_strike
* [Fight them in the streets] -> jul_resist

=== jul_retreat
~ july += retreated_in_order
~ disperse(crowds)
~ lower(fleet, 5)
~ lower(worker_confidence, 4)
~ split_party(4)
{ july ? stayed_out_of_july:
    There is nobody of yours in the fortress to order out. The anarchists hold it until the sixth, then give it up to the armoured cars. Fyodor comes home with a split eyebrow and walks past you on the stairs. # date: 1917-07-06 # scene: The retreat # place: peter_paul_fortress # event: retreat peter_paul_fortress # effect: The fleet and workers' confidence sag: the militants were left to lose alone # recalls: july
    -> jul_retreat_after
}
All night you and Anton go between the fortress and the barracks, arguing until your voice goes. The sailors curse you and the Central Committee, then stack their rifles and march to the boats. # date: 1917-07-06 # scene: The retreat # place: peter_paul_fortress # event: retreat peter_paul_fortress kronstadt # effect: The fleet and workers' confidence sag, but the party's forces survive: a retreat in order
"Next time," Petya says at the landing stage, "you won't talk us out of it."
* [Shake his hand #historical]
    ~ raise(fleet, 2)
    He looks at your hand a long moment, then takes it. # effect: The fleet's trust holds a little: Petya parts as a comrade
* [Tell him next time he waits for the party]
    ~ raise(party_unity, 1)
    "Then don't make us wait too long," he says, and jumps into the boat. # effect: Party discipline holds, Petya's warmth does not
- -> jul_retreat_after

= jul_retreat_after
Government troops take the Kshesinskaya mansion that afternoon. # event: raid kshesinskaya_mansion
-> jul_shooting_note

=== jul_resist
~ july += resisted_in_streets
{ garrison >= 45 && moderates_cred < 54:
    ~ july += resistance_held
    -> jul_resist_holds
}
-> jul_resist_crushed

// The first mistake: barricades while the soldiers and the Soviet majority are not with you. A warning, and a way out.
=== jul_resist_crushed
~ barricades += (vyborg, petrograd_side)
~ fought_over += (liteiny_bridge, kshesinskaya_mansion)
~ july_toll(120)
~ lower(worker_confidence, 6)
For a day it almost looks possible. Barricades go up across Sampsonievsky, and Fyodor's Red Guards set Maxims in the windows over the Liteiny bridge. # date: 1917-07-06 # scene: The barricades # place: vyborg # event: barricade vyborg petrograd_side # sfx: gun # effect: Danger: workers' confidence falls as the barricades stand alone
{ july ? stayed_out_of_july:
    You come late to a fight the anarchists started, and the sailors in the fortress do not trust your orders. # recalls: july
}
Then the trains from the front unload their guns.
{ garrison < 45:
    The regiments that marched on the fourth stay in barracks now, or fall in behind their officers. Grisha sends a boy: his company has been confined, rifles locked away.
}
{ moderates_cred >= 54:
    Nor has the Soviet come over. Its SR and Menshevik majority, which most workers and soldiers still follow, calls on them to clear the streets, and most of them do.
}
Marfa finds you at the Erikson gate. "The cars will cross at dawn. The back yards are still open. Get the lads out tonight and they live to fight when it counts."
* [Get the men away through the back yards]
    -> jul_resist_withdraw
* [Hold the barricades]
    -> jul_resist_last_stand

=== jul_resist_last_stand
~ july_toll(800)
~ count_up(arrests, 2500, 20000)
The armoured cars come over the Liteiny bridge on the morning of the seventh. # date: 1917-07-07 # scene: The last barricade # place: vyborg # event: troops liteiny_bridge vyborg # sfx: volley
-> ending_july_crushed

=== jul_resist_withdraw
~ july += barricades_abandoned
~ barricades -= (vyborg, petrograd_side)
~ fought_over = ()
~ disperse(crowds)
~ repress(8, 400)
~ lower(party_org, 6)
~ lower(fleet, 4)
In the small hours the Red Guards go out over the sheds and fences in threes, rifles under the floorboards of every second flat. Fyodor goes last, swearing, with his Maxim in a handcart under a load of coal. # date: 1917-07-07 # scene: The back yards # place: vyborg # event: retreat vyborg
At dawn the armoured cars find empty barricades and arrest whoever is in the street: four hundred by noon, your name on the officers' list. # effect: Danger past, at a price: four hundred arrested, the cells broken up, the party blamed for barricades
-> jul_shooting_note

=== jul_resist_holds
~ barricades += vyborg
~ raise(red_guard, 5)
~ lower(gov_authority, 5)
~ reaction(10)
~ july_toll(150)
~ raise(worker_confidence, 3)
The barricades go up across Sampsonievsky, and this time the garrison will not be used against you. When the front troops reach the Liteiny bridge, a Guards regiment is drawn up at the far end, not to fight them, but not to let them through. # date: 1917-07-06 # scene: The stand-off # place: liteiny_bridge # event: barricade vyborg
The Soviet majority is no longer sure of itself. On the seventh the Executive, frightened of both sides, brokers a truce: the front troops stay at the stations, the barricades come down, the Red Guards keep their rifles.
It is not a victory. In the officers' clubs they say the Soviet cannot keep order, and only a general can. # effect: The Red Guard keeps its rifles, but the right gathers: a stand-off the generals will remember
~ barricades -= vyborg
~ disperse(crowds)
-> jul_shooting_note

=== jul_press_strike
~ july += general_strike_for_press
~ disperse(crowds)
~ strike((vyborg, peterhof, vasilievsky, petrograd_side))
On the sixth the sirens stay silent at the Vyborg plants and at Putilov. Marfa's weavers walk out first, singing. # date: 1917-07-06 # scene: The strike # place: vyborg # event: strike vyborg peterhof vasilievsky petrograd_side # sfx: whistle
{ february ? stamp_mended:
    Your mandate carries the district soviet's stamp, with a thin white crack across it where the flour paste holds. # recalls: february
}
{ dual_power ? control_takeover:
    At Marfa's mill, where the committee runs the looms, there is no owner to strike against. The weavers stop the looms anyway, and the mill loses a week's orders. # recalls: dual_power
}
{ worker_confidence >= 60 && moderates_cred < 50:
    ~ july += strike_held
    ~ raise(worker_confidence, 3)
    ~ lower(gov_authority, 3)
    It holds. The printers come out too, and for two days no paper appears in Petrograd. On the third day the Executive lets the party's paper out again under a new name. The arrests go on, more carefully. # effect: Workers' confidence rises, the government's authority falls: the strike forced the paper back
- else:
    ~ lower(worker_confidence, 6)
    ~ lower(workers_control, 6)
    ~ repress(6, 150)
    ~ crisis(2)
    It does not hold. The Vyborg side stops, and most of Putilov, but the trams run and the printers set the government's type. Osip, at his case, cannot strike against his own Soviet. On the third day the owners post lock-out notices. # effect: Workers' confidence and workers' control fall: the strike failed and the owners lock out
}
~ end_strike((vyborg, peterhof, vasilievsky, petrograd_side))
-> jul_shooting_note

=== jul_shooting_note
What really happened: armed counter-revolutionaries fired on the marchers. The government smeared Lenin as a German agent and brought loyal front troops; the Bolsheviks ordered a retreat. # note # cite: essay
Not in the essay: German money did reach the Bolsheviks via intermediaries, though its weight is disputed; that Lenin took German orders was never proven. # note
-> jul_lenin_question

// ---------------------------------------------------------------------------
// 6-7 July: should Lenin stand trial?
// ---------------------------------------------------------------------------

=== jul_lenin_question
Lenin's arrest has been ordered for treason. Anton comes to your room: the leaders are divided. # date: 1917-07-07 # scene: The warrant # place: vyborg # event: arrest petrograd_side
Osip, behind him: "Lenin must give himself up. If he's innocent, let him prove it in open court."
{ july ? stayed_out_of_july || july ? rising_called_off:
    "He'd never reach a court," says Marfa. "The officers have a rope ready. Hide him."
- else:
    "He'd never reach a court," says Fyodor. "The cadets would shoot him on the stairs. Hide him."
}
{
- july ? resistance_held:
    Fyodor's Red Guards offer to hide him behind their rifles. Anton shakes his head: that is a fortress, not a hiding place. # recalls: july
- july ? strike_held:
    Marfa says the strike has shown the Executive it cannot do as it likes; let them be asked for terms. # recalls: july
- july ? rising_called_off:
    "After your rising," Osip says, "a trial is the only thing that could still clear the party's name." # recalls: july
}
Others would first ask the Soviet's Executive where he would be held, and by whom. Hiding him would fall to your district. # decision: jul_lenin
* [Let him stand trial] -> jul_lenin_trial
* [Hide him #historical] -> jul_lenin_hides
* [Ask the Soviet for guarantees first] -> jul_lenin_guarantees

=== jul_lenin_hides
~ july += lenin_hid
~ lower(party_org, 2)
Two nights later you walk a clean-shaven man in a worker's cap to a suburban train. He will hide in a hay hut by the lake at Razliv, then in Finland. The Kadet papers say an innocent man does not run. # date: 1917-07-09 # scene: The suburban train # place: vyborg # view: approaches # event: train razliv # effect: Party organisation dips: the leader is safe, but in hiding
-> jul_lenin_note

=== jul_lenin_trial
~ july += lenin_surrendered
~ jul_road += lenin_in_court
~ split_party(6)
~ lower(party_org, 4)
~ raise(legitimacy, 3)
~ lower(moderates_cred, 3)
~ raise(counter_threat, 3)
He gives himself up on the eighth, and they take him to Kresty, a few streets from your room. # date: 1917-07-08 # scene: Kresty # place: kresty # event: arrest kresty
The trial is set, and put off, and put off again; even the Menshevik press looks embarrassed by the leaked papers. But the party has lost its leader, and at night you lie awake listening for shots from the prison. # effect: Legitimacy rises and the moderates look worse, but the party loses its leader and its unity
-> jul_lenin_note

=== jul_lenin_guarantees
~ july += (sought_guarantees, lenin_surrendered)
~ jul_road += (lenin_in_court, guarantees_kept)
~ raise(left_allies, 4)
~ raise(legitimacy, 4)
~ split_party(4)
~ lower(party_org, 3)
Anton goes to the Tauride with two men from the leadership and comes back after midnight, hoarse. # date: 1917-07-07 # scene: Guarantees # place: tauride_palace
Martov's Internationalists and a knot of Left SRs shamed the Executive into it: Lenin will be held under a guard the Soviet names, and tried in open court, the documents read aloud. Lidia was in the gallery and shouted until the chairman threatened to clear it.
On the eighth Lenin walks into Kresty with Anton beside him. Soldiers with the Soviet's red armbands take over the corridor outside his cell. The Kadet papers call him a privileged prisoner; Fyodor calls it a cage with a better lock. # event: arrest kresty # effect: Legitimacy and the left allies rise, party unity and organisation fall: the leader is in a cell, on the Soviet's word
-> jul_lenin_note

=== jul_lenin_note
What really happened: Lenin was forced into hiding, and Trotsky and other leaders were jailed. # note # cite: essay
Not in the essay: he hid at Razliv, then in Finland; Trotsky entered Kresty on 23 July. # note
-> jul_repression

// ---------------------------------------------------------------------------
// Mid-July: the repression
// ---------------------------------------------------------------------------

=== jul_repression
{
- july ? resistance_held:
    ~ repress(25, 400)
- july ? rising_called_off || july ? barricades_abandoned:
    ~ repress(38, 900)
- july ? stayed_out_of_july:
    ~ repress(36, 550)
- july ? strike_held:
    ~ repress(30, 500)
- else:
    ~ repress(40, 700)
}
~ reaction(12)
~ raise(repression, 7)
~ july_toll(100)
~ crisis(5)
~ raise(german_threat, 13)
~ raise(peasant_land, 7)
~ discredit_moderates(8)
// The party is banned and its delegates arrested or afraid: its share in the soviets dips for a while.
~ lower(bolshevik_share, 4)
~ lower(red_guard, 5)
~ lower(garrison, 6)
~ split_party(6)
~ stir_city(-8)
~ stir_each((liteiny, admiralty_centre, rozhdestvensky, petrograd_side), -6)
~ stir_each((liteiny, vyborg), -5)
~ held -= (kshesinskaya_mansion, tauride_palace, peter_paul_fortress, finland_station, liteiny_bridge)
~ armed_workers -= vasilievsky
~ disperse(crowds)
~ fought_over = ()
// Grisha's fate: suspect companies go to the front. His stays in Petrograd where the regiment's committee
// could keep it (the historical path; the reserve battalions stayed), and goes where the party left or led it into a fight.
{ july ? stayed_out_of_july || july ? rising_called_off || july ? barricades_abandoned:
    ~ grisha_at_front = 1
}
A week on, cadets pull workers off the Nevsky trams; the party's papers are banned, its members arrested by the hundred. # date: 1917-07-12 # scene: The reaction # place: vyborg # event: arrest vyborg kresty # effect: Repression soars and the moderates are discredited: socialist ministers sign the bans
{ dual_power ? down_with_government_now:
    It is the second time this year the party has paid, and this time the bill is bigger. # recalls: dual_power
}
{
- july ? resistance_held:
    -> jul_rep_red_guard
- july ? rising_called_off || july ? barricades_abandoned:
    -> jul_rep_fought
- july ? stayed_out_of_july:
    -> jul_rep_stayed_out
- july ? general_strike_for_press && not (july ? strike_held):
    -> jul_rep_lockout
- else:
    -> jul_rep_home
}

// The historical path (and the strike that held): the repression comes home.
=== jul_rep_home
Grisha's company is on the list for the front. Tonight he sits at your table without his belt and eats nothing.
* [Go with him to the regimental committee #historical]
    ~ win_soldiers(2)
    The committee meets in the riding school, forty men in shirtsleeves. You speak last and shortest: a regiment that gives up its own men gives up itself. They vote to keep the reserve battalion's companies in the city until the Soviet rules otherwise. Grisha stays. # effect: The garrison edges back: Grisha's regimental committee keeps its companies in Petrograd
* [Tell him to go quietly and stay alive]
    ~ grisha_at_front = 1
    He goes on the Thursday train with his kit bag, not looking back from the carriage window. Mitya asks when Uncle Grisha will come home, and nobody answers. # effect: Grisha goes to the front: the regiment loses its voice for the party
- Your father comes home from the Arsenal white to the lips: a mob on Liteiny kicked one of his apprentices half to death for a German spy.
{ father_trust > 0:
    "You said in June they meant to break the workers," he says. "I thought you meant the owners." # recalls: father_trust
}
* [Sit with him and say nothing #historical]
    ~ father_hears(1)
    You pour him tea. After a while he talks about the boy: fifteen, a Pskov lad, good hands. You let him talk. # effect: Your father's trust grows: you let him grieve without a lecture
* [Tell him who signed the orders]
    ~ father_hears(-1)
    "Tsereteli signed them, Papa. Your party." He puts the glass down hard. "Don't," he says. # effect: Your father closes up: he will not hear his party blamed tonight
- Osip comes up the stairs late. "Tsereteli signed it. Our ministers: the raids, the bans, the death penalty." He sits heavily on Mitya's bed. "Socialists, Nadya."
{
- july ? lenin_surrendered:
    Through the window you can see the roof of Kresty, where Lenin waits for a trial that has no date. # recalls: july
- july ? strike_held:
    At least the paper comes out, under its new name, and Marfa's weavers sell it at the mill gate. # recalls: july
- july ? agitated_at_front:
    Seryozha's court-martial can sentence him to death now. # recalls: july
}
-> jul_rep_hunger

// After standing out of it: the militants are gone, and the blows land anyway.
=== jul_rep_stayed_out
You kept the party out of the streets, and it saved nothing: the government has used the fourth against the whole left, sealing the district committee's room too.
Fyodor has gone to the anarchists' cellar on the Petrograd side: he has no use, he says, for a party that hides behind its Central Committee. Kronstadt wants nothing more to do with you. Grisha's company, which marched without you, is broken up and sent to the front, Grisha with it.
Osip brings the news of the death penalty at the front himself, looking at his boots. "Tsereteli signed it. Socialists, Nadya."
-> jul_rep_hunger

// After the rising called off, or the barricades abandoned: the party is blamed for everything.
=== jul_rep_fought
{ july ? tried_to_seize_power:
    The papers call it the Bolshevik rising, and for once they are not lying. The Central Committee has disowned the Vyborg committee in print; Anton reads the statement aloud in Marfa's kitchen, where the committee meets now, and nobody argues. # recalls: july
- else:
    The papers call the barricades a Bolshevik rising. The Central Committee says the Vyborg committee acted without orders, and Anton reads the statement aloud in Marfa's kitchen, where the committee meets now. # recalls: july
}
Grisha's company is broken up and sent to the front in sealed wagons, Grisha with it. Fyodor is somewhere on the Petrograd side with his Maxim and six men; Kronstadt has handed over its committee's leaders to save its bread.
Osip comes once, at night, to bring Mitya a book. "They'll hang the rest of the left on your barricades," he says. "Our ministers will sign for it. I can't stop them."
-> jul_rep_hunger

// After the failed strike: the owners take their turn.
=== jul_rep_lockout
The owners have taken their turn. { dual_power ? control_takeover: The banks have cut off the mill committee's credit, and Marfa cannot pay her weavers.|The Erikson works has sacked its committee. The mill has turned Marfa off with thirty other weavers and hired village girls at half the wage.}
Marfa sits at your table with her three children and counts the ration cards twice. "We struck for the paper, and the paper's still banned, and now we've no wages either."
{ promised_the_weavers:
    "You promised in June the metalworkers would stand by us. They did, for three days." # recalls: promised_the_weavers
}
Grisha's company is on the list for the front; the regimental committee wins him a month's grace, no more. Osip, who kept at his case through the strike, comes to say he is sorry, and then, quietly, that his own ministers signed the bans.
-> jul_rep_hunger

// After the stand-off held: the Vyborg side keeps its rifles, the rest of the city does not.
=== jul_rep_red_guard
On the Vyborg side, at least, the Red Guards kept their rifles, and the patrols stop at the bridges. Fyodor sleeps at the Erikson works with forty men and a Maxim.
Across the river it is another city. A mob on Liteiny kicks one of your father's apprentices half to death for a German spy. The regiments that stood on the bridge with you are being broken up, but Grisha's committee keeps its reserve companies in the city.
"They'll come back for you," Osip says, "with a general next time, not a minister. And our ministers will sign for it."
-> jul_rep_hunger

=== jul_rep_hunger
What really happened: hundreds were killed and thousands imprisoned; suspect regiments went to the front, where the death penalty returned, and the Bolshevik papers were banned. # note # cite: essay
The essay stresses that socialist ministers led this repression. # note # cite: essay # interpretation
-> jul_end

=== jul_end
At dawn you queue outside Kresty among women with bread and clean shirts, a parcel for two Erikson comrades. Yesterday they brought Trotsky here. # date: 1917-07-24 # scene: Outside Kresty # place: kresty
{
- july ? sought_guarantees:
    Lenin has been inside for a fortnight, behind the Soviet's red armbands. The gate is still the government's, and the sentry there jokes that the Germans should send his parcels. # recalls: july
- july ? lenin_surrendered:
    Lenin has been inside for a fortnight. The guard jokes that the Germans should send his parcels. # recalls: july
- july ? stayed_out_of_july:
    Ahead of you in the queue are two anarchist girls with a parcel for Fyodor's friends. They do not speak to you. # recalls: july
- july ? rising_called_off || july ? barricades_abandoned:
    Half the queue is here for men taken after your barricades. A woman from Lesnoy looks at you a long time and then turns her back. # recalls: july
- else:
    Lenin is in his hay hut at Razliv, writing; his articles reach the committee by roundabout ways.
}
* [Share your bread with the woman behind you #historical]
    ~ stir(vyborg, 1)
    She is a Putilov fitter's wife; her man is in for a leaflet. By the gate she has promised to come to Marfa's kitchen on Thursday. # effect: Vyborg warms a little: a prisoner's wife finds the party's kitchen
* [Keep your place and your eyes down]
    You keep both. Informers work these queues; it is how the cells were broken in 1914.
- Kerensky now heads the government. His new Supreme Commander, General Kornilov, wants military control of the railways, martial law in the war factories, and strikes banned.
{
- july ? resistance_held:
    The Vyborg Red Guards still have their rifles, and that is exactly what the generals hold against Kerensky. # recalls: july
- july ? stayed_out_of_july:
    The party kept its hands clean and lost its fighters anyway; Kronstadt and the barracks must be won back from the anarchists. # recalls: july
- july ? rising_called_off || july ? barricades_abandoned:
    The party survived its barricades, just. It will have to answer for it to its own congress before it answers to anyone else. # recalls: july
- july ? general_strike_for_press && not (july ? strike_held):
    The lock-outs go on. A hungry district, the owners have learned, cannot strike twice. # recalls: july
- else:
    The workers are in retreat, the party half underground, and the men who want a dictator think their moment has come.
}
~ whereabouts(3)
July has cost Petrograd {july_dead} dead. Summer has turned, and the men with epaulettes are counting the days. # act_end: july_days
// The roads of Lenin's case fought in the open, and of the strike for the press, have their own August
// (story/roads/jul_roads_more.ink).
{
- jul_road ? lenin_in_court:
    -> jul_road_trial
- july ? general_strike_for_press && july !? stayed_out_of_july:
    -> jul_road_strike
}
-> kor_start
