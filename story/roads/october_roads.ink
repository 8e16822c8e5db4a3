// The October roads (Act V, story r5): where Act V's alternatives lead once the Second Congress opens.
// Entered from oct_congress_opens (the unity road and the road alone) and from oct_night (the waiting road).
//   Unity: the party offered the joint government in September, sat in the Pre-Parliament, guarded the mills
//     through the factory committees, parleyed for the palace or left the word to the Congress. The moderates
//     stay in the hall; the road runs on into the Kamenev-Zinoviev road's Act VI (def_vote_start, Kerensky),
//     then its own armistice decision in November (oct_road_unity_peace) to the Assembly, or to the Duma's
//     "government of all the democracy".
//   Alone: the party refused the September offer, boycotted the Pre-Parliament, occupied the mills, called a
//     crowd without orders, stormed the palace or kept silent all afternoon. The Left SRs walk out with the
//     Mensheviks; the road runs through Kerensky's march and its own Assembly decision (oct_road_alone_assembly)
//     to october_isolated, second_vote, assembly_sovereign or kerensky_restored.
// The road's items (OctoberRoad, or_*) are kept in the `october` path list.
//   Waiting: the party waited for the Congress (or protested and waited) and the Soviet reopened the press
//     without taking the city; the road joins the Kamenev-Zinoviev road's Congress (oct_vote_congress).
// `danger` counts rash choices, as on the other October roads: the first warns, the second loses.

=== oct_road_unity
Past midnight the Menshevik and SR leaders stand up to walk out of the Congress, as everyone expected. Then, row by row, most of their delegates stay in their seats. # date: 1917-10-26 # scene: Nobody walks out # place: smolny # sfx: crowd
{ october ? offered_joint_government:
    A Menshevik from the Obukhov works leans across the aisle to you. "In September your district offered all of us one government, no Kadets. We'll see tonight whether you meant it." # recalls: october
}
{ october ? joined_preparliament:
    The Bolshevik deputies sat a fortnight in the Mariinsky beside these men. They know each other's voices now, and the shouting has the sound of an old quarrel, not a new war. # recalls: october
}
{ october ? negotiated_surrender:
    The white towel you and Lidia carried to the palace is the talk of the benches: the Soviet offered the ministers their lives before it fired a shot. # recalls: october
}
{ october ? resisted_closures:
    Half the Menshevik printers and the SR cooperative men in the hall stood night watches on the crates with Marfa's women in October. A week of guarding the same machines has done what no resolution could: they will not walk out on the women they froze beside. # recalls: october
}
{ october ? left_it_to_congress:
    The Petrograd Soviet left the word to this hall, and the hall has noticed: nobody here can say one city decided for all Russia. # recalls: october
}
Martov moves for a government of every party in the soviets, agreed before anyone goes home. The Bolsheviks vote for it, and this time so do the benches that meant to leave.
Around two the Congress's commissar brings the ministers out of the Winter Palace under guard, and signs for them at the Smolny gate like a delivery of coal. Kerensky is not among them. # event: palace_falls winter_palace # sfx: cheer
~ fought_over -= winter_palace
~ held += winter_palace
Now the hall must fill the chairs.
"The decrees first," says Anton. "Peace and land. Every party that signs them gets its seats, and we are the largest."
"Then let Martov and my party lead it," says Lidia, "with yours as the biggest minority. Nobody could call it a Bolshevik coup."
Osip comes over from his benches with a telegram from the City Duma. "The Duma and the cooperatives offer a government of all the democracy. Take it, and nobody needs to fight anybody." # decision: oct_road_unity
* [A government of every soviet party that signs the decrees on peace and land]
    ~ october += or_unity
    ~ october += vote_congress_government
    ~ raise(legitimacy, 8)
    ~ raise(left_allies, 8)
    ~ raise(moderates_cred, 3)
    ~ raise(peasant_land, 5)
    The decrees pass first, by a roar of hands; then the government. Bolshevik commissars for the interior, labour and the Red Guard; a Left SR for the land; Martov's people for food and the railways; two Right SRs who sign the land decree with faces like men swallowing nails. # event: vote smolny # effect: Legitimacy and left allies rise: every soviet party signed the same decrees
    Fyodor counts the chairs. "Nine of fifteen. Enough." Anton, who has wanted this since the letter of 11 October, goes out into the corridor and stands alone at the window for a long time.
    -> oct_road_unity_end
* [Let Martov and the Left SRs lead it, with the Bolsheviks the largest minority]
    ~ october += (or_unity, or_unity_minority)
    ~ october += vote_congress_government
    ~ raise(left_allies, 12)
    ~ raise(moderates_cred, 6)
    ~ lower(worker_confidence, 5)
    ~ lower(red_guard, 4)
    ~ split_party(5)
    Martov takes the chair of the new government; Lidia's comrade takes the land. The Bolsheviks hold five commissariats of fifteen and the Congress's executive. # event: vote smolny # effect: Left allies rise, workers' confidence falls: the party gave away the chair it had won
    At the Lessner gate next morning a turner asks you who won, then. You tell him everybody. He looks at you as if you had sold his coat.
    -> oct_road_unity_end
* [Take the Duma's offer of a government of all the democracy]
    ~ october += or_duma
    ~ raise(moderates_cred, 8)
    ~ lower(worker_confidence, 8)
    ~ lower(legitimacy, 5)
    ~ raise(gov_authority, 6)
    The Congress sends a delegation to the City Duma, and the Duma sends back its terms by morning: a government of the soviet parties, the town councils and the cooperatives, the Kadets to be "consulted", the Red Guard under the Duma's command. # effect: The old order's authority rises: the Congress asked the Duma what it had won
    Fyodor walks out of the hall, the first Bolshevik to do it. Osip shakes your hand for a long time.
    -> oct_road_unity_end

=== oct_road_unity_end
What really happened: the Bolsheviks offered a coalition at the start of the Second Congress; the Mensheviks and Right SRs walked out over the rising, and the right socialists' later price for unity was the Red Guard under the City Duma. # note # cite: essay, 29
Not in the essay: the Bolsheviks voted for Martov's motion, which passed unanimously, and the first Council of People's Commissars was all-Bolshevik. # note
Why the moderates stayed on this road, and whether a government of every soviet party could have held through the peace and the land, is a counterfactual. # note # interpretation
~ clear_delegates()
~ raise(bolshevik_share, 5)
~ crowds = ()
~ fought_over = ()
~ whereabouts(5)
The ministers are taken to the fortress, and the delegates go home with the decrees. # act_end: october
What comes next: Kerensky is raising troops at the front, and the new government has not yet met.
{ october ? or_duma:
    -> oct_road_duma
}
-> def_vote_start

=== oct_road_duma
The government of all the democracy meets in the Mariinsky Palace, in the Pre-Parliament's old chamber, with the desk lids still scratched. # act: defence # date: 1917-10-29 # scene: All the democracy # place: mariinsky_palace # recalls: october
Kerensky has stopped his Cossacks at Gatchina: with socialists in the Mariinsky, he says, he will wait to see whether they mean order. The railwaymen stop his trains anyway, and the city breathes out. # event: cossacks gatchina
~ fought_over += gatchina
A week later the Duma brings its bill. The Red Guard is to hand its rifles to the city militia; the soldiers' committees are to obey their officers again; the decrees on peace and land are to wait for the Assembly.
"It's the price," says Osip. "They won't sit with armed factories. Nobody would."
"Give them the rifles and keep the Kadets out," says Anton. "That's the bargain we can live with."
"Keep the rifles," says Fyodor, "and let them bring their Kadets if they want. Ministers come and go; rifles stay."
* [Hand in the rifles, and keep the Kadets out]
    ~ lower(red_guard, 15)
    ~ raise(moderates_cred, 4)
    The Red Guard parades to the Duma, company by company. The Kadets stay out, as promised, and the Duma thanks the Bolsheviks for their sense of state. # effect: The Red Guard falls: unity was paid for with the rifles
    -> oct_road_duma_note -> ending_revolution_disarmed
* [Keep the rifles, and let the Kadets in as "specialists"]
    ~ defence += vote_took_kadets
    ~ raise(counter_threat, 6)
    ~ lower(left_allies, 6)
    Two Kadet professors take the ministries of finance and supply. The Red Guard keeps its rifles in the factory yards, and nobody in the Mariinsky mentions them aloud. # effect: The counter-revolution grows: the Kadets are back at the table, and the rifles are all the soviets kept
    -> oct_road_duma_note -> ending_socialist_unity

=== oct_road_duma_note
What really happened: the SR and Menshevik leaders looked for troops at the front against the new government, and in the Vikzhel talks their price for unity was every armed force under the City Duma. # note # cite: essay, 29
No Congress ever asked the Duma for a government; what it would have been given is this road's counterfactual. # note # interpretation
->->

// ---------------------------------------------------------------------------
// The road alone: the Left SRs leave the Congress with the Mensheviks
// ---------------------------------------------------------------------------

=== oct_road_alone
Past midnight the Menshevik and Right SR leaders walk out of the Congress, as they did in history. This time the Left SRs go with them. # date: 1917-10-26 # scene: The benches empty # place: smolny # sfx: crowd
{ october ? heavy_force:
    Lidia passes your row without looking at you. "We would have shared a defence," she says to nobody. "We won't share Palace Square." # recalls: october
}
{ october ? called_the_streets:
    The dead of Liteiny Prospekt are read out from the Menshevik benches, name by name, before they leave. # recalls: october
}
{ october ? waited_for_the_palace:
    The Soviet kept silent all afternoon and let the rumours do its talking. A power that would not name itself in daylight, the Left SR speaker says, cannot ask for partners at night. # recalls: october
}
{ october ? refused_compromise:
    "When you need us, remember you didn't ask," Lidia said in September. She does not say it again. She does not have to. # recalls: october
}
{ october ? boycotted_preparliament:
    Her comrades faced the whole right alone in the Mariinsky while the Bolshevik benches stood empty. Tonight they return the favour. # recalls: october
}
{ october ? occupied_plants:
    Martov's people remind the hall of the chained mill gates on the Vyborg side and the manager walked out hat in hand: "the mob let loose", they call it, and the Left SRs do not contradict them. # recalls: october
}
Around two the ministers are brought out of the Winter Palace under guard. Kerensky is not among them. # event: palace_falls winter_palace
~ fought_over -= winter_palace
~ held += winter_palace
The hall is two-thirds full, nearly all of it yours. The decrees on peace and land pass to a roar, and then the Congress must name a government that nobody else will sit in.
"The lads want a government by morning," says {soldier()}. "Name one. Leave the door open for the others to come back."
"Send after the Left SRs," says Anton. "They wrote the peasants' mandates the land decree is built on. Give them the land commissariat and new elections on separate lists, theirs and Chernov's, and they'll come back."
"Let them go," says Fyodor. "And shut the papers that will call us bandits in the morning, and arrest the men who walked out to the Duma before they come back with Cossacks." # decision: oct_road_alone
* [Name a council of Bolsheviks alone, and leave the door open]
    ~ october += or_alone
    ~ lower(left_allies, 6)
    ~ raise(worker_confidence, 3)
    ~ raise(party_org, 3)
    The Council of People's Commissars is named before dawn, every commissar a Bolshevik. The door stays open, and nobody comes through it. # event: vote smolny # effect: Left allies fall: the government is the party's alone
    -> oct_road_alone_end
* [Send after the Left SRs: the land commissariat, and new elections on separate lists]
    ~ october += or_alone_lists
    ~ raise(left_allies, 10)
    ~ raise(legitimacy, 4)
    ~ split_party(3)
    You find Lidia on the Smolny steps in the cold, buttoning her coat. She hears you out, then goes back in to wake her central committee. By morning they have an answer: they will come in, on both conditions, and they will hold you to the second. # effect: Left allies and legitimacy rise: the Left SRs will come back, on terms
    -> oct_road_alone_end
* [Close the hostile papers and arrest the leaders who walked out]
    ~ october += or_alone_crackdown
    ~ danger += 1
    ~ lower(left_allies, 10)
    ~ lower(legitimacy, 6)
    ~ raise(red_guard, 3)
    ~ reaction(6)
    Fyodor's men seal the Menshevik and SR presses before dawn, and three of the leaders who walked out are taken from their beds. Osip's shop is among the presses sealed. # effect: Legitimacy falls and the counter-revolution grows: the new power's first act was against socialists
    Anton reads the list of arrests twice. "That was a mistake," he says. "Make one more like it and we'll have made Kerensky's army for him."
    -> oct_road_alone_end

=== oct_road_alone_end
What really happened: the Mensheviks and Right SRs walked out of the Congress; the Left SRs stayed and went on talking with the Bolsheviks, and a Bolshevik-Left SR government was agreed after the Vikzhel talks. # note # cite: essay
Not in the essay: the Left SRs joined the Council of People's Commissars in December. # note
Whether the Left SRs would have left with the others after the roads taken here is a counterfactual. # note # interpretation
~ clear_delegates()
~ raise(bolshevik_share, 6)
~ crowds = ()
~ fought_over = ()
~ whereabouts(5)
~ where_lidia = "with the Left SRs, out of the Congress"
The ministers are marched to the fortress, and the Congress closes with half its benches empty. # act_end: october
What comes next: Kerensky is raising troops at the front, and the party faces him {october ? or_alone_lists:with the Left SRs coming back on terms|without a single ally at the table}.
{ october ? or_alone_crackdown:
    -> oct_road_alone_strike
}
{ october ? or_alone_lists:
    -> oct_road_alone_lists
}
-> oct_road_alone_front

=== oct_road_alone_strike
Vikzhel stops the trains. The railwaymen's executive will run nothing but bread until the socialist papers are open and the arrested are free, and the Left SRs in the Soviet vote with them. # act: defence # date: 1917-10-29 # scene: The trains stop # place: nikolaevsky_station # event: train nikolaevsky_station # recalls: october
In the barracks the soldiers' committees ask whose war this is. Kerensky's Cossacks are at Gatchina, and nobody in the city is sure any more who will go out to meet them. # event: cossacks gatchina
~ fought_over += gatchina
Anton puts it to the committee at Smolny: "One mistake, and we can still take it back. Open the presses and let the men go, or we fight Kerensky and the railways at once."
Fyodor: "Arrest Vikzhel too. Then the trains will run."
* [Open the presses, free the arrested, and bargain with the railwaymen]
    ~ danger = 1
    ~ raise(legitimacy, 4)
    ~ raise(left_allies, 4)
    ~ lower(red_guard, 2)
    The seals come off the presses at noon. Osip's first sheet calls you usurpers in letters an inch high, and prints your order releasing his comrades underneath it. By evening the trains run. # effect: Legitimacy and left allies rise a little: the new power backed down in time
    -> oct_road_alone_front
* [Arrest Vikzhel's leaders as well]
    ~ danger = 2
    ~ lower(left_allies, 10)
    ~ lower(garrison, 10)
    ~ reaction(10)
    The arrests are made at the railwaymen's offices by night. In the morning not a wheel turns between Petrograd and Moscow, and two regiments vote to stay neutral "between the socialist parties". # effect: The garrison falls and the counter-revolution grows: the railwaymen and two regiments turned away
    -> oct_road_alone_lost

=== oct_road_alone_lost
On the 30th Kerensky's Cossacks come up the Moscow highway, and the line in front of Pulkovo is Red Guards and sailors alone. It holds till dusk, then breaks. # date: 1917-10-30 # scene: The line breaks # place: pulkovo_heights # view: approaches # event: cossacks pulkovo_heights # sfx: hooves # recalls: danger
~ fought_over += pulkovo_heights
"Two mistakes," says Anton, burning lists in the Smolny stove. "The presses, then the railwaymen. Either one we might have lived through." # recalls: october
Nobody had to defeat the new power: the socialists it arrested and the railwaymen it made into enemies did half of Kerensky's work for him.
-> ending_kerensky_restored

=== oct_road_alone_front
~ temp s = (red_guard + garrison + fleet) / 3 - counter_threat
{ left_allies >= 50:
    ~ s = s + 5
}
{ not (october ? or_alone_crackdown):
    Kerensky's Cossacks take Gatchina and Tsarskoe Selo. The Left SR soldiers' committees in the regiments say they will defend the city, not the party, and stay in their barracks. # act: defence # date: 1917-10-30 # scene: The Pulkovo heights # place: pulkovo_heights # view: approaches # event: cossacks gatchina tsarskoe_selo # sfx: hooves # recalls: october
- else:
    The trains run again, and so do Kerensky's. His Cossacks take Tsarskoe Selo while the Soviet argues about presses. # date: 1917-10-30 # scene: The Pulkovo heights # place: pulkovo_heights # view: approaches # event: cossacks tsarskoe_selo # sfx: hooves
}
~ fought_over += (gatchina, tsarskoe_selo)
{ s >= 0:
    The sailors come from Kronstadt and the Putilov men from the Narva gate. On the white plain below the heights the Cossacks meet their fire, waver, and turn back. # event: shots pulkovo_heights # sfx: volley # effect: The counter-revolution falls back: Red Guards and sailors held the heights alone
    ~ held += pulkovo_heights
    ~ fought_over -= (gatchina, tsarskoe_selo)
    ~ lower(counter_threat, 10)
    ~ lower(gov_authority, 10)
    Petya comes back with frost in his beard and a Cossack's sabre. "Nobody helped," he says. "We didn't need them. This time."
    -> oct_road_alone_winter
}
{ danger >= 1:
    ~ danger = 2
    The line on the heights breaks at dusk. There were too few: the regiments stayed neutral{october ? or_alone_crackdown:, and the railwaymen had learned not to trust the Soviet| between the socialist parties, and the Red Guard was still paying for the October days}. # event: cossacks pulkovo_heights # effect: The line breaks: too few came to the heights # recalls: danger
    -> ending_kerensky_restored
}
~ danger = 1
~ lower(red_guard, 8)
~ raise(counter_threat, 4)
The line on the heights bends and gives way. The Red Guards fall back to the Moscow Gate and dig in among the slaughterhouses, and there, with the sailors, they hold. Kerensky's Cossacks, a long way from their trains, stop to hold a meeting. # event: shots moscow_gate # effect: Danger: the Red Guard is pushed back to the city gate, and barely holds
"That's one," says Anton that night. "The next general won't stop for a meeting."
-> oct_road_alone_winter

=== oct_road_alone_winter
The Tauride Palace, the fifth of January. The SRs have the most seats, the Bolsheviks a quarter. In the corridors the Left SRs sit with Chernov's men on the same lists, and vote against you with them. # date: 1918-01-05 # scene: The Assembly meets # place: tauride_palace # event: vote tauride_palace
The Council of People's Commissars has governed ten weeks without a partner. The decrees are in the villages; so is the grain detachments' reputation.
{ october ? heavy_force:
    An SR deputy from the Obukhov works reads out the names of the cadets killed on Palace Square, one by one, before Chernov can open the session. Nobody on your benches interrupts him. # recalls: october
}
{ october ? occupied_plants:
    Marfa's mill has been shut since November, the cotton never came back, and the SR paper on every desk in the hall calls the Vyborg occupations the start of the famine. # recalls: october
}
Chernov demands that the soviets hand their power to the Assembly.
"Close it," says Fyodor. "We didn't beat Kerensky to hand it to his friends."
"Then at least call new elections," Lidia writes from the Left SR benches, "on separate lists. Let the villages choose between Chernov and us."
"Let it sit," says Osip. "It's the only thing the whole country voted for." # decision: oct_road_alone_assembly
* [Close the Assembly, and govern through the soviets alone]
    ~ lower(left_allies, 10)
    The Red Guard clears the Tauride at four in the morning. The Left SRs hold their own congress in the provinces the week after. # event: flag smolny # effect: Left allies fall: the Assembly closed by a party with no partner
    You chose to govern alone on the night of the decrees, and every week since has made that choice again. # recalls: october
    -> ending_october_isolated
* [Call new elections on separate lists, as Lidia asks]
    ~ raise(left_allies, 8)
    ~ lower(legitimacy, 4)
    The Council postpones the Assembly until new elections. Lidia is on the first train to her province. # effect: Left allies rise, legitimacy falls a little: a vote cancelled, and another promised
    -> ending_second_vote
* [Let it sit, and hand it the government]
    ~ defence += accepted_assembly
    ~ raise(moderates_cred, 10)
    ~ lower(red_guard, 10)
    The Council of People's Commissars resigns to the Assembly, and Chernov forms his government. A party with no allies could not hold out against the only body all Russia had voted for. # effect: Moderates' credibility rises, the Red Guard falls: the party handed power to the Assembly
    -> ending_assembly_sovereign

=== oct_road_alone_lists
The Left SRs come into the Council in the first week of November: the land, the post, agriculture. Lidia has a desk at Smolny with a kettle on it. # act: defence # date: 1917-11-04 # scene: On terms # place: smolny # recalls: october
Kerensky's Cossacks came up to Pulkovo on the 30th and met sailors, Red Guards and Left SR soldiers' committees on the heights, and turned back. The Left SRs count that as their victory too, and say so. # event: shots pulkovo_heights
~ held += pulkovo_heights
~ lower(counter_threat, 10)
The Assembly is elected on the old lists, drawn up before the SRs split. The SRs come first; the Left SRs' votes are lost among Chernov's. # date: 1917-11-19 # event: vote vyborg
Lidia lays the figures on your desk. "You promised separate lists. Keep it, and we're with you to the end. Break it, and we're gone by Christmas."
"The country voted," says Osip. "You can't cancel it because you don't like the sum."
* [Keep the promise: postpone the Assembly for new elections on separate lists]
    ~ raise(left_allies, 8)
    ~ lower(moderates_cred, 4)
    The Council decrees new elections for February. The Tauride stays locked on the fifth of January, with a notice on the railings. # effect: Left allies rise: the promise of October was kept
    You sent after the Left SRs on the night of the walk-out, and their price was a fair vote. You paid it. # recalls: october
    -> ending_second_vote
* [Break it: let the Assembly meet, then close it]
    ~ lower(left_allies, 20)
    ~ split_party(5)
    The Assembly meets on the fifth and is cleared before dawn. Lidia's party walks out of the Council the same week. # effect: Left allies fall: the promise that brought them back was broken
    You brought the Left SRs back in October with a promise, and broke it in January. Nobody brings a party back twice. # recalls: october
    -> ending_october_isolated

// ---------------------------------------------------------------------------
// The waiting road: the press reopened, and no rising before the Congress
// ---------------------------------------------------------------------------

=== oct_road_wait
Night at Smolny. The Trud works is printing again under the Soviet's guard, and that is all the Soviet has done. # date: 1917-10-24 # scene: The night nobody rose # place: smolny # recalls: october
{ october ? waited_for_congress:
    The district voted with Marfa on the 11th: no rising, power by the Congress's vote. The committee holds to it tonight, though the press closure made half of it want to tear up the vote. # recalls: october
- else:
    The Soviet protested first and answered late. Now it has the press back, and a committee that spent the day waiting has lost the nerve for anything more. Anton, who voted against the rising on the 11th, says aloud what the room is thinking: wait for the Congress, give them no pretext.
}
Fyodor wants the stations and the telegraph before dawn. Anton wants nothing at all: "We promised the city a vote, not a night."
"Then guard the doors of the Congress," says Lidia. "The bridges to Smolny, nothing else. Nobody can call that a rising."
* [Guard the Congress's bridges, and nothing more]
    ~ raise(garrison, 3)
    ~ raise(legitimacy, 3)
    ~ raised_bridges -= liteiny_bridge
    ~ held += liteiny_bridge
    Fyodor's Red Guards and a Litovsky company hold the Liteiny Bridge till morning, and the junkers on the far side hold the rest. # event: bridge_lowered liteiny_bridge # effect: Legitimacy and the garrison rise a little: the Soviet guarded the Congress's road and took nothing else
* [Keep the party's word to the letter: the Red Guard stays in the factory yards]
    ~ raise(moderates_cred, 4)
    ~ raise(counter_threat, 3)
    The Red Guard sleeps in the Lessner canteen with its rifles stacked. The Kadet papers, next morning, call the Bolsheviks bluffers. # effect: The counter-revolution grows: the government holds the bridges and the night
-
-> oct_vote_congress

// The unity and waiting roads never took the Kamenev-Zinoviev line, so def_elections (Act VI) would send them to
// history's Assembly; their own November vote leads on to the Assembly of the road without a rising.
=== oct_road_elections
Snow on the polling-station steps; Marfa stamps her felt boots in the line ahead of you. "Three votes this year," she says, "and this is the first one for all Russia." # date: 1917-11-15 # scene: The vote # place: vyborg # event: vote vyborg
{ october ? or_unity:
    On the ballot the SR list still carries Kerensky's friends and Lidia's together, drawn up before the split. The government of all the soviet parties asked for new lists and was told there was no time. # recalls: october
- else:
    The Congress waited for this vote instead of a rising, and the whole district turns out for it, snow or no snow.
}
The results come in over a week: the factories for the Bolsheviks, the villages for the SRs. # event: flag vyborg peterhof kronstadt
What really happened: SRs 40%, Bolsheviks almost 24%; the Bolsheviks took 70% in Vyborg. # note # cite: essay
{ october ? or_unity:
    -> oct_road_unity_peace
}
-> def_vote_assembly

// The unity road's own Act VI: a government of every soviet party meets the question that October was about, the war.
=== oct_road_unity_peace
The Germans answer the Decree on Peace at the end of November: they will talk about an armistice, with Russia alone if the Allies will not come. # date: 1917-11-25 # scene: The armistice # place: smolny # view: region
The government of every soviet party meets in an old classroom on Smolny's second floor, and for the first time since October the chairs are set out for a quarrel.
{ october ? or_unity_minority:
    Martov, in the chair, reads out the Allied embassies' note: any separate armistice will be treated as a breach of the treaties. # recalls: october
- else:
    The Allied embassies have sent a note: any separate armistice will be treated as a breach of the treaties. Martov reads it out from his end of the table.
}
{ october ? negotiated_surrender:
    The ministers whose lives you and Lidia promised under the white towel were let out of the fortress on their word in November. Two of them are already writing to the embassies, and the embassies are writing back. # recalls: october
}
{ october ? joined_preparliament:
    Half the men round the table sat together in the Mariinsky in October, and they argue now the way they argued then: at length, politely, and past each other. # recalls: october
}
The two Right SR commissars say they will resign rather than sign anything without Paris and London. Fyodor, at the door with the Red Guard's report, says the trenches are signing already, with or without a government.
"The decree promised peace," says Anton. "Open the talks on every front, invite the Allies to join, and let anyone who can't sign go."
"Ask the Allies first, and leave the peace to the Assembly," says Osip, who came in as the Menshevik commissar's secretary. "It meets in five weeks. A government of every party can't tear up the treaties by a bare majority."
Lidia has a bargain ready. "Sign the armistice, and give the Assembly the land law and the constitution to write. The SRs get their Assembly, the soldiers their truce, and the soviets keep the executive till it's done." # decision: oct_road_unity_peace
* [Open the armistice talks, and let the Right SRs go]
    ~ october += or_unity_armistice
    ~ raise(garrison, 5)
    ~ raise(worker_confidence, 4)
    ~ lower(moderates_cred, 4)
    ~ lower(left_allies, 2)
    The delegation leaves for the German lines under a white flag, a sailor, a soldier, a worker and a peasant among the professors. The two Right SR commissars resign the same evening and take their party's Assembly deputies with them into opposition. Martov's people stay, protesting. # event: train nikolaevsky_station # effect: The garrison and workers' confidence rise, the moderates' credibility falls: the peace began, and the right left the government
    { october ? or_unity_minority:
        "Five chairs and the peace," says Fyodor. "Better than fifteen chairs and the war." Anton does not answer. He is counting the Assembly's seats. # recalls: october
    - else:
        "Nine chairs of fifteen," says Fyodor. "It was always going to be nine." Anton does not answer. He is counting the Assembly's seats.
    }
    -> oct_road_unity_peace_note -> def_vote_assembly
* [Ask the Allies first, and leave the peace to the Assembly]
    ~ october += or_unity_waited
    ~ raise(moderates_cred, 6)
    ~ lower(garrison, 8)
    ~ lower(worker_confidence, 6)
    ~ raise(counter_threat, 4)
    The note to the Allies goes out in three languages. No answer comes that anyone will print. At the front the soldiers do not wait for one: they hold their own truces across the wire, then shoulder their kit bags and go home for the land. # event: retreat # effect: The garrison and workers' confidence fall: the government waited for the Allies, and the army left without it
    On the fifth of January the government of every soviet party keeps its word. It hands its powers to the Constituent Assembly in the Tauride, and Chernov thanks it from the chair. # date: 1918-01-05 # scene: The handover # place: tauride_palace # event: vote tauride_palace
    Anton walks out into the snow afterwards with his collar up. "We kept every promise we made in October," he says, "except the first one."
    -> oct_road_unity_peace_note -> ending_assembly_sovereign
* [Sign the armistice, and give the Assembly the land law and the constitution]
    ~ october += or_unity_bargain
    ~ raise(legitimacy, 6)
    ~ raise(left_allies, 5)
    ~ raise(peasant_land, 4)
    ~ lower(red_guard, 3)
    The Right SRs argue for two nights and take the bargain on the third. The armistice is signed at the front a week later; the land law and the constitution are written into the Assembly's first order of business, and the soviets keep their executive until the constitution says otherwise. # event: vote smolny # effect: Legitimacy and left allies rise: the soviets traded the Assembly its laws for the truce
    Fyodor calls it selling the rifle to buy the bullet. Lidia calls it the first thing in 1917 that everybody signed.
    On the fifth of January the Assembly opens in the Tauride with the land law on every desk. # date: 1918-01-05 # scene: The bargain kept # place: tauride_palace # event: vote tauride_palace
    -> oct_road_unity_peace_note -> ending_assembly_and_soviets

=== oct_road_unity_peace_note
What really happened: the Congress passed the decrees on peace and land, and the Council of People's Commissars was formed after them, responsible to the Congress and its executive. # note # cite: essay
Not in the essay: the Bolshevik-Left SR government signed an armistice with Germany on 2 December; the peace of Brest-Litovsk followed in March 1918. Whether a government of every soviet party could have agreed on it is this road's counterfactual. # note # interpretation
->->
