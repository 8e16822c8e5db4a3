// September on the July roads that beat Kornilov (story/roads/jul_roads_more.ink): the Soviet's vote on power, and
// from there into October (oct_start) with the road's state.
//   jul_road_after: the defence is over (under the Soviet's committee, under the party's own command, or a day late at
//     Pulkovo). A jailbreak that failed ends the road as before: Lenin is in the fortress and Fyodor in Kresty.
//   jul_road_power: decision jul_road_power, what the party puts to the Soviet the night after the general's arrest.
//     Its own resolution on power (carried unless the party came late or spoke for the majority in July), a vote for
//     a socialist government of the Soviet majority (which governs, at ending_soviet_majority_republic, when the
//     majority has the credit of the defence; otherwise it refuses and the year goes on), and a third option that
//     depends on the road: holding the stations (own command; warned, and a second refusal ends at
//     petrograd_commune) or freeing the July prisoners first.
//   jul_road_september: Lenin, Fyodor and the father in the first days of September; the end of Act IV.
// Act V reads what was done here in `jul_road` (under_soviet_committee, joined_late, own_command, backed_majority,
// resolution_carried, stations_given_up, prisoners_first).

=== jul_road_after
{ jul_road ? jailbreak_tried && jul_road ? own_command:
    -> ending_petrograd_commune
}
{ jul_road ? jailbreak_tried:
    -> ending_soviet_majority_republic
}
What really happened: the Bolsheviks led the defence against Kornilov, bringing out the workers, soldiers and sailors; railwaymen held up his trains, and agitators talked his troops round. # note # cite: essay
Not in the essay: the Soviet's committee against the counter-revolution had Bolshevik members, and the Red Guard kept many of the rifles it drew that week. # note
-> jul_road_power

=== jul_road_power
# date: 1917-09-01
# scene: The vote on power
# place: smolny
Smolny's assembly hall after midnight: white columns, half the chandeliers lit, a blue layer of tobacco smoke under the ceiling. The general is under arrest, and the question August put off is on the agenda at last. Who governs now?
{
- jul_road ? own_command:
    You came in with the men who beat him. Kronstadt's sailors line the back wall with the rifles they have not given back, and the soldiers' section cheers whenever Petya's cap comes through the door. The Menshevik benches call it an armed meeting. # recalls: jul_road
- jul_road ? joined_late:
    You came a day late to Pulkovo, and the hall knows it. Osip's printers, who dug the trenches, sit together near the front and do not look round when the Vyborg delegates come in. # recalls: jul_road
- else:
    You come in as the Soviet's own defenders, with its commissar's signature on every rifle you carried. The SR benches make room for the Vyborg delegates, which they have not done since June. # recalls: jul_road
}
Tsereteli speaks for the Executive: the Kadets who smiled on Kornilov must go, the government must be purged and trusted, and the Democratic Conference will settle the rest.
Osip finds you on the stairs in the interval. "You think the general proved you right. This is still a bourgeois revolution, Nadya: the owners and the officers are half of Russia's power, and a government that shuts them all out must govern against them. That is a civil war, and civil wars make generals."
* ["Kornilov was made in your coalition, Osip, not on the Vyborg side"]
    ~ trust(osip_trust, -1)
    He flinches as if you had pushed him, and goes back to his bench without answering.
* [Tell him you will think about it]
    ~ trust(osip_trust, 1)
    "Think quickly," he says. "The Conference won't." He squeezes your arm and goes back to his bench.
-
Anton has the fraction's resolution in his pocket, in his own neat hand: power to a government of the revolutionary workers and peasants, peace talks at once, the landlords' estates to the peasants, workers' control in the factories. "The hall is frightened of the right tonight, not of us. Move it, and the Soviet could be ours without a shot."
Lidia, with her Left SRs: "Or vote for a government of the soviet parties alone, no Kadets, and sit on its left benches. If Tsereteli takes power from this hall tonight, it will be with your votes, and he will owe you."
{ jul_road ? own_command:
    Petya, at the back wall: "Resolutions. We hold the Finland Station and the Liteiny bridge. Keep them until this hall decides to govern, and it'll decide quicker."
- else:
    Marfa has come with the weavers' delegates. "Men from our district have been in Kresty since July without a trial. Get them out before you vote on who rules Russia."
}
The Vyborg fraction looks to you. # decision: jul_road_power
* [Move the party's resolution on power] -> jul_road_resolution
* { jul_road ? own_command } [Hold the stations until the Soviet takes power] -> jul_road_stations
* [Vote for a socialist government of the Soviet majority] -> jul_road_majority
* { jul_road !? own_command } [Free the July prisoners first, and vote on power later] -> jul_road_prisoners

// The party's own resolution: carried, unless the hall remembers the party coming late or speaking for the majority in July.
=== jul_road_resolution
~ jul_road += moved_resolution
{
- jul_road ? joined_late || jul_road ? calmed_regiments:
    ~ raise(bolshevik_share, 4)
    ~ raise(legitimacy, 2)
    ~ agitate(2)
    Anton reads the fraction's resolution in a voice that carries to the gallery. The vote is taken by hands, then by standing, because the hall will not agree on the count. # event: vote smolny
    It falls, by some forty votes. But half the soldiers' section stood for it, and the Erikson delegates, who were cool to you in the trenches, stood with them. # effect: The Bolshevik share and legitimacy grow a little: the resolution on power fell, but by less than anyone expected
    { jul_road ? joined_late:
        "Next time," says Fyodor, "be early." # recalls: jul_road
    }
- else:
    ~ jul_road += resolution_carried
    ~ held += smolny
    ~ discredit_moderates(6)
    ~ raise(legitimacy, 5)
    ~ raise(worker_confidence, 4)
    Anton reads the fraction's resolution in a voice that carries to the gallery, and then the hall votes, hands first, then standing, because nobody will believe the count. # event: vote smolny # sfx: crowd_roar
    At four in the morning the chairman reads the figure twice. The resolution of the Bolshevik fraction is carried: for the first time since February, the Petrograd Soviet has voted the way the Vyborg side votes. # effect: The moderates fall, legitimacy and the workers' confidence rise: the Petrograd Soviet carried the Bolsheviks' resolution on power
    Tsereteli says the vote was taken by a tired hall in the small hours and means nothing. He says it to a hall that is already singing.
}
-> jul_road_power_note

// A vote for a socialist government of the Soviet majority: taken up when the majority led the defence and has the
// credit of it; refused when the party beat the general on its own, since the majority will not govern beside its rifles.
=== jul_road_majority
~ jul_road += backed_majority
{ jul_road !? own_command && moderates_cred >= 50:
    The Vyborg fraction votes with the Left SRs and Martov's people for a government of the soviet parties alone, and this time it is enough. # event: vote smolny
    Tsereteli looks at the count for a long moment, and then at the gallery, where the soldiers are on their feet. He says the democracy will take up the burden it was handed. # effect: The Soviet majority takes power from the Soviet's hands, with the Bolsheviks' votes
    -> ending_soviet_majority_republic
}
~ raise(legitimacy, 4)
~ raise(left_allies, 4)
~ lower(worker_confidence, 2)
~ split_party(4)
The Vyborg fraction votes with the Left SRs and Martov's people for a government of the soviet parties alone, no Kadets. # event: vote smolny
{ jul_road ? own_command:
    Tsereteli thanks you for your votes, and does not take them. A government that owed its life to Kronstadt's rifles, he says, would be Kronstadt's government. # recalls: jul_road
- else:
    Tsereteli thanks you for your votes, and does not take them. The democracy is not strong enough to govern alone, he says; the Conference will find the broadest coalition it can.
}
The majority's own resolution passes: the government is to be purged of Kornilov's friends and trusted again, and the Democratic Conference is called for the middle of the month. # effect: Legitimacy and left allies rise, confidence and unity dip: the party offered to back a socialist government, and was refused
Fyodor, on the stairs: "We offered them the crown, and they're taking it back to the Kadets." Lidia writes the count in her notebook and underlines it twice.
-> jul_road_power_note

// The rash road on own command: holding the stations. A warning first, and a way back.
=== jul_road_stations
~ jul_road += held_the_stations
~ lower(left_allies, 4)
~ raise(counter_threat, 4)
~ lower(gov_authority, 4)
By noon the Executive's commissars have been turned back twice at the Finland Station by sailors who ask for their papers and laugh at them. # date: 1917-09-02 # scene: The stations # place: finland_station # event: occupy finland_station liteiny_bridge
The government wires the front for "reliable units". The Menshevik papers print a map of the Vyborg side with the stations and bridges inked black, under the headline "The Commune of Kronstadt".
Anton, on the station steps: "The Paris workers held their city for ten weeks in 1871. Then the rest of France came for them. Petrograd isn't Russia, and this Soviet hasn't voted for anything yet. Give it the stations and take the vote."
Marfa, beside him: "The grain comes in through that station. Who do you think they'll stop first?" # effect: Danger: Petrograd's soviets have not voted for power, and the provinces are further still
* [Give the stations to the Soviet's commissars and take it to the vote]
    ~ jul_road += stations_given_up
    ~ split_party(4)
    ~ lower(fleet, 4)
    You go down the platform with the Executive's commissar, sailor by sailor. Petya hands over the Finland Station himself, with a bow, and tells you in front of everyone that Kronstadt will remember who lost its nerve. # effect: Party unity and the fleet dip, the danger passes: the stations go back to the Soviet
    -> jul_road_resolution
* [Hold them]
    -> ending_petrograd_commune

// The July prisoners first: the Soviet votes for them almost as one, and the question of power waits.
=== jul_road_prisoners
~ jul_road += prisoners_first
~ raise(left_allies, 4)
~ raise(legitimacy, 3)
~ raise(worker_confidence, 2)
~ lower(bolshevik_share, 2)
The Soviet votes for the prisoners almost as one: trial or freedom for everyone held since July, at once. Even Tsereteli raises his hand. The question of power is put off to the Democratic Conference. # event: vote smolny
The bail papers are signed within the day. Marfa's weavers mean to be at the Kresty gate when the first of the men come out, with bread and a red banner that has been ironed for the occasion. # event: crowd vyborg # effect: The left allies, legitimacy and the workers' confidence rise, the Bolshevik share dips: the prisoners come home, and the vote on power waits
{ jul_road ? joined_late || jul_road ? calmed_regiments:
    The Soviet's old presidium keeps its seats through September. Every week its majority is thinner. # recalls: jul_road
- else:
    ~ held += smolny
    The vote on power will come later in the month than it might have, and the old presidium counts its friends and knows it will lose. # recalls: jul_road
}
-> jul_road_power_note

=== jul_road_power_note
What really happened: after Kornilov's defeat the Bolsheviks carried a resolution in the Petrograd Soviet for the first time. It called for power to a government of the revolutionary workers and peasants, immediate peace negotiations, the seizure of the landed estates and workers' control in industry. # note # cite: essay
Not in the essay: the vote was taken on the night of 31 August. In the first days of September Lenin offered the Mensheviks and SRs a loyal opposition if they formed a government without the Kadets; they went to the Democratic Conference instead. # note
-> jul_road_september

=== jul_road_september
# date: 1917-09-03
# scene: After the general
# place: vyborg
~ whereabouts(4)
A cool wind comes off the Neva for the first time since June, and the bread queue on Sampsonievsky talks about the general instead of the price of flour.
// The September swing (essay: workers afraid of another counter-revolution flocked to the Bolsheviks), by how far the
// party led the defence: most on its own command, less under the Soviet's committee, least a day late.
{
- jul_road ? own_command:
    ~ raise(worker_confidence, 20)
    ~ raise(garrison, 20)
    ~ raise(red_guard, 15)
    ~ agitate(12)
    ~ discredit_moderates(12)
    ~ lower(repression, 30)
    The factories that watched the Vyborg Red Guard go down the line to Luga send for its speakers now. In the Moscow Regiment's barracks the soldiers' committee votes to take orders from the Soviet only, and posts the vote on the gate. # event: red_guard vyborg petrograd_side # effect: Confidence, the garrison, the Red Guard and the party grow; the moderates and repression fall: the Red Guard beat the general
- jul_road ? under_soviet_committee:
    ~ raise(worker_confidence, 14)
    ~ raise(garrison, 14)
    ~ raise(red_guard, 10)
    ~ agitate(10)
    ~ discredit_moderates(6)
    ~ lower(repression, 25)
    The papers gave the Soviet the credit, but the factories saw who dug at Pulkovo and who went down the line. The shops that threw you out in July ask for Bolshevik speakers again, and the defence committees go on drilling with the rifles they have. # event: red_guard vyborg # effect: Confidence, the garrison and the party grow, repression falls: the factories saw the Bolsheviks in the trenches against the general
- else:
    ~ raise(worker_confidence, 6)
    ~ raise(garrison, 6)
    ~ agitate(4)
    ~ lower(repression, 20)
    A few shops that were cool to you in August ask for speakers. Most of the credit for the trenches has gone to the men who dug them first. # effect: Confidence, the garrison and the party grow a little, repression falls: the city turns on the right, and a day late beats never
}
The party's paper is back on the kiosks under its own name, and the militia leaves the committee room alone.
{
- jul_road ? lenin_in_court && jul_road ? own_command:
    Nobody has seen Lenin since he walked out of Kresty between two sailors. The warrant is out again, and the party will not say where he sleeps. # recalls: jul_road
- jul_road ? lenin_in_court:
    Lenin's bail is granted with the other July prisoners'. He is gone from his lodging the next morning, and nobody in the party will say where. # recalls: jul_road
- else:
    Lenin is still across the Finnish border with a warrant on his name. His letters come in a railwayman's boots.
}
{ july ? stayed_out_of_july:
    Fyodor comes back to the committee's table with his black ribbon in his pocket. "The anarchists talk," he says. "Your lot at least count the rifles." # recalls: july
}
{ jul_road ? kept_rifles:
    The twenty rifles that the Soviet's ledger does not show are under the floorboards of the Erikson tool room, wrapped in oilcloth. # recalls: jul_road
}
{ grisha_at_front:
    A letter from Grisha at the front: his regiment arrested two of its officers for Kornilov, and the committee wants to know who rules in Petrograd now. # recalls: grisha_at_front
}
At supper your father turns the Menshevik paper over to its back page and asks, not looking up, who stopped the general's trains.
* [Tell him the railwaymen did, not the ministers]
    ~ father_hears(1)
    "Railwaymen," he says. "Not one of them a minister." He reads the back page again, slowly.
* [Tell him it was all of you, Mensheviks too]
    ~ raise(father_bond, 1)
    He looks up at that, surprised, and for once you eat without quarrelling.
-
{
- jul_road ? prisoners_first && held ? smolny:
    The Soviet's old presidium has a few weeks left, and knows it. The government calls a Democratic Conference to decide who rules until the Constituent Assembly meets, and the party goes to it with the July prisoners beside it. # act_end: kornilov
- held ? smolny:
    The Petrograd Soviet is the party's now{jul_road ? own_command:, and the rifles that beat the general are still in the workers' hands}. The government answers with a Democratic Conference of its own choosing, to decide who rules until the Constituent Assembly meets. # act_end: kornilov
- else:
    The Petrograd Soviet still follows its old majority, by fewer votes every week. The government calls a Democratic Conference to decide who rules until the Constituent Assembly meets, and the party has a month to win the soviets. # act_end: kornilov
}
-> oct_start
