// The Kamenev-Zinoviev road (Acts V-VI, story-c): no rising; the Congress votes power and the party bets
// on a strong bloc in the Constituent Assembly beside the soviets, as their letter of 11 October argued.
// Entered from oct_how; rejoins the shared scenes only at the November elections (def_elections), and
// ends in assembly_and_soviets, socialist_unity, petrograd_surrendered, assembly_sovereign,
// october_isolated, or the Congress dispersed (into the November of the defeated, roads/def_road_defeated.ink),
// by what the player did. `danger` counts a rash choice:
// the first one warns, the second one loses.

=== oct_how_kz
Vyborg, to its own surprise, votes with Anton. There will be no rising: the party will take the Congress by votes, and the Assembly by votes after it. # effect: Moderates' credibility and left allies rise, workers' confidence falls: the party will not rise
Fyodor throws his cap on the floor. "A third of an Assembly, and Kerensky with the rifles. Count that, Anton." Half the Lessner Red Guard stops coming to drill.
Lidia, though, shakes Anton's hand, and Osip, when he hears, comes up the stairs to find you. "Now we can talk," he says. "Now there's something to talk about."
-> oct_how_after

=== oct_vote_road
On the 18th Kamenev's statement appears in Gorky's paper. On this road it is no scandal but the party's line: no rising, power by the Congress's vote. # date: 1917-10-18 # scene: The party's word # place: vyborg
The Kadet papers say the Bolsheviks have lost their nerve. The government, reassured, orders the garrison's best regiments to the front, and Lenin writes to the Central Committee from hiding that the party has been handed to Kerensky tied up with string.
On the 21st {soldier()} brings the order to the committee: the Moscow Regiment entrains on Monday. "If we go, your Congress votes in an empty city," he says.
"The Soviet's committee can refuse to sign it," says Lidia. "That's defence of the Congress, not a rising."
"Obey," says Anton. "Give them no pretext, and the vote comes to us on the 25th." # decision: oct_vote_garrison
* [Obey the order: no pretext before the Congress]
    ~ october += vote_garrison_obeyed
    ~ danger = 1
    ~ lower(garrison, 10)
    ~ raise(moderates_cred, 2)
    The Moscow Regiment marches to the Finland station with its band playing. Two more follow by Wednesday. # event: train finland_station # effect: The garrison thins sharply: the regiments that would have defended the Congress are on the trains
    Fyodor says nothing at all, and his silence follows you home. Anton says it is the price of being believed.
* [Have the Soviet's committee countersign every order, as defence of the Congress]
    ~ october += vote_garrison_veto
    ~ raise(garrison, 4)
    ~ raise(legitimacy, 4)
    ~ reaction(3)
    The committee posts its commissars in the barracks: no unit leaves without its signature. The government protests; the regiments stay. # effect: The garrison and legitimacy rise: the regiments stay to guard the Congress, and the government is angry
    Anton calls it a rising by the back stairs. Lidia calls it keeping the doors of the Congress open. The regiments call it staying home.
* [Send agitators barracks by barracks, and no orders]
    ~ october += vote_garrison_barracks
    ~ lower(garrison, 3)
    ~ agitate(2)
    You spend three nights in the barracks. Some companies vote to stay whatever the orders say; others go, singing. # effect: The garrison thins a little: argument keeps some regiments, not all
-
What really happened: the MRC claimed the garrison for the Soviet and used it to take the city on the eve of the Congress; Kamenev and Zinoviev's road of no rising was never tried. # note # cite: essay
-> oct_vote_congress

=== oct_vote_congress
~ count_delegates(670, 300, 51)
The Second Congress opens at Smolny on the 25th with {delegates_total} delegates, {delegates_bolshevik} of them Bolsheviks, and the Provisional Government still sitting in the Winter Palace across the river. # date: 1917-10-25 # scene: The Congress without a rising # place: smolny # sfx: bells # event: vote smolny
{ october ? vote_garrison_obeyed:
    Outside, the city is thin of soldiers. Junkers stand at the bridges, and nobody has told them to leave. # recalls: october
}
Nobody walks out: there is no rising to walk out over. The Mensheviks and SRs stay in their seats and argue, and Martov moves for a government of every soviet party.
The hall votes power to the soviets by a large majority. Now it must say what that means, with Kerensky's ministers a mile away.
"A government of all the parties in this hall," says Lidia. "Tonight, before anyone leaves."
"Then arrest the ministers," says Fyodor. "The Congress has voted. Let its committee carry out the vote."
"Let the soviets govern the city and the Assembly decide the rest," says Osip, from the Menshevik benches. "Nobody need be arrested." # decision: oct_vote_power
* [Vote for a soviet government of every party in the hall]
    ~ october += vote_congress_government
    ~ raise(left_allies, 8)
    ~ raise(legitimacy, 8)
    ~ raise(moderates_cred, 3)
    Martov's motion carries. A government of the soviet parties is named before dawn: SRs, Mensheviks, Bolsheviks, Left SRs, nine commissars, no Kadets. Kamenev is one of them, and so is a Right SR from Tambov. # event: vote smolny # effect: Legitimacy and left allies rise: every soviet party signed the same paper
    Kerensky's ministers refuse to recognise it. Now there are two governments in Petrograd again, and only one of them has a palace.
    -> oct_vote_note
* [Have the Congress order its committee to arrest the ministers]
    ~ october += vote_congress_arrest
    -> oct_vote_arrest
* [Vote for soviet power, and leave the ministers be until the Assembly]
    ~ october += vote_congress_waits
    ~ raise(moderates_cred, 4)
    ~ raise(gov_authority, 5)
    ~ raise(counter_threat, 4)
    The Congress votes power to the soviets and elects an executive to wait for the Assembly. Kerensky's ministers, untouched, issue a statement thanking the Congress for its restraint. # effect: The government's authority rises: the Congress voted power and left it lying in the street
    -> oct_vote_note

=== oct_vote_arrest
{ garrison >= 55:
    The Congress gives the order and its committee carries it out through the night, regiment by regiment, with the delegates still in the hall. The ministers are taken in the Winter Palace around two in the morning. Kerensky has fled. # event: palace_falls winter_palace # effect: Legitimacy rises: the ministers were arrested by the Congress's own vote
    ~ raise(legitimacy, 6)
    ~ held += (winter_palace, telephone_exchange, main_post_telegraph, state_bank, nikolaevsky_station)
    ~ october -= kamenev_zinoviev_line
    ~ october += rising_through_mrc
    Fyodor grins. "Two weeks late, and a Congress behind it. Fine." Anton does not grin. He has lost his argument and won it at the same time.
    What really happened: the MRC took the city before the Congress opened; the Congress endorsed it that night. # note # cite: essay
    -> oct_end
}
The Congress gives the order, and there is nobody left to carry it out: the regiments went to the front a week ago. At the bridges the junkers fire on the Red Guards who come for them. # event: shots liteiny_bridge # effect: The garrison is gone: the Congress gave an order with no soldiers left to obey it
~ shooting(30)
What really happened: the MRC had kept the garrison in the city; here it had been let go. # note # cite: essay
-> def_road_dispersed

=== oct_vote_note
What really happened: the Congress that met on 25 October found power already taken, and the Mensheviks and Right SRs walked out. Whether it could have formed a government of all the soviet parties without a rising is a counterfactual. # note # interpretation # cite: essay
{ october ? vote_congress_waits && danger >= 1:
    -> oct_vote_lost
}
{ october ? vote_congress_waits:
    ~ danger = 1
}
~ whereabouts(5)
The Congress closes. The delegates go home to their provinces with the decrees and a question nobody can answer: who governs Petrograd? # act_end: october
What comes next: Kerensky is raising troops at the front, and the Assembly elections are three weeks away.
-> def_vote_start

=== oct_vote_lost
The ministers do not stay in Petrograd to be arrested. With the garrison gone to the front and the Congress content to wait, they leave for Moscow by night train, and take the government with them. # date: 1917-10-30 # scene: Two mistakes # place: nikolaevsky_station # event: train nikolaevsky_station # recalls: danger
Anton reads their last order on the station wall: Petrograd is a front-line city now, under the army. "We obeyed the order to the front," he says. "And then we waited. Either one we might have survived."
-> ending_petrograd_surrendered

// ---------------------------------------------------------------------------
// Act VI on this road: two governments in Petrograd, then the Assembly
// ---------------------------------------------------------------------------

=== def_vote_start
{october ? or_unity:One government in Smolny, another on the road from the front, and a winter coming.|Two governments, and a winter coming.} # act: defence # date: 1917-10-28 # scene: Two governments # place: smolny # view: approaches
{
- october ? or_unity_minority:
    The soviet government sits in Smolny, every party in one room. Martov chairs it, the Left SRs have the land, and the Bolsheviks sit as its largest minority. # recalls: october
- october ? or_unity:
    The soviet government sits in Smolny, every party in one room. The Left SR at the land commissariat has already sent the decree to every village, and the two Right SRs read it in the corridor as if it were someone else's. # recalls: october
- october ? or_shut:
    The soviet government sits in Smolny, every party in one room, and its commissars have the Trud works and the exchange back. Kamenev chairs it, and the Right SR from Tambov runs the land commission. The junkers who held the bridges on the 25th have gone south to meet Kerensky. # recalls: october
- october ? vote_congress_government:
    The soviet government sits in Smolny, every party in one room. Kamenev chairs it, and the Right SR from Tambov runs the land commission. # recalls: october
- else:
    The Congress's executive sits in Smolny, waiting for the Assembly. Kerensky's ministers sit in the Winter Palace, waiting for Kerensky. # recalls: october
}
Kerensky has come back from the front with Cossacks: Gatchina yesterday, Tsarskoe Selo today. # event: cossacks gatchina tsarskoe_selo # sfx: hooves
~ fought_over += (gatchina, tsarskoe_selo)
Vikzhel, the railwaymen's executive, offers talks: it will stop Kerensky's trains, it says, if the soviet government will broaden itself, "to all the democratic forces", the Kadets included.
"Broaden?" says Fyodor. "They mean hand it back. Give me the sailors and the Pulkovo heights."
"The railwaymen can stop him without a shot," says Osip. "Take the talks."
"Hold the city and wait," says Anton. "The Assembly is three weeks away. Don't start a civil war for three weeks." # decision: def_vote_kerensky
* [Defend the city at Pulkovo in the soviet government's name]
    ~ defence += vote_fought_kerensky
    -> def_vote_pulkovo
* [Take Vikzhel's talks, and the Kadets with them]
    ~ defence += vote_took_kadets
    ~ raise(moderates_cred, 6)
    ~ lower(worker_confidence, 8)
    ~ lower(red_guard, 8)
    The talks begin that night, in a railway office with cold tea. By the third day the Kadets are at the table, and the Red Guard is asked to hand its rifles to the city militia. # effect: The Red Guard and workers' confidence fall: unity was bought with the rifles
    -> def_vote_note
* [Hold the city and wait for the Assembly]
    ~ defence += vote_kept_waiting
    -> def_vote_wait

=== def_vote_pulkovo
~ temp s = (red_guard + garrison + fleet) / 3 + 10 - counter_threat
{ october ? vote_congress_government:
    ~ s = s + 10
}
{ october ? vote_garrison_obeyed:
    ~ s = s - 10
}
{ s >= 0:
    The sailors come from Kronstadt and the Putilov men from the Narva gate, and this time the Left SRs and even some SR soldiers' committees send men: the government on the heights is theirs too. The Cossacks come across the white plain on the 30th, meet the fire from the heights and turn back. # date: 1917-10-30 # scene: The Pulkovo heights # place: pulkovo_heights # event: shots pulkovo_heights # sfx: volley # effect: The counter-revolution falls back: a government of every soviet party held the heights
    ~ held += pulkovo_heights
    ~ fought_over -= (gatchina, tsarskoe_selo)
    ~ lower(counter_threat, 12)
    ~ raise(legitimacy, 5)
    ~ lower(gov_authority, 15)
    { october !? or_unity:
        The ministers in the Winter Palace give themselves up to the Congress's commissar without a shot.
    }
    Kerensky flees in disguise.
    -> def_vote_note
}
The line on the heights breaks in the afternoon. There were too few soldiers left in the city to hold it: the regiments you let go to the front were the ones that would have come. # date: 1917-10-30 # scene: The Pulkovo heights # place: pulkovo_heights # event: cossacks pulkovo_heights # sfx: hooves # effect: The line breaks: too few soldiers were left in the city
-> ending_kerensky_restored

=== def_vote_wait
{ danger >= 1:
    ~ danger = 2
    The third week of waiting. With the garrison gone and Kerensky's Cossacks at Tsarskoe Selo, the ministers leave for Moscow by night, and take the government with them. # date: 1917-11-02 # scene: The train to Moscow # place: nikolaevsky_station # event: train nikolaevsky_station # recalls: danger # effect: The government leaves: the city is left to the army and the Germans
    -> ending_petrograd_surrendered
}
~ danger = 1
~ raise(counter_threat, 6)
~ lower(worker_confidence, 4)
The city waits. The railwaymen stop Kerensky's trains at Gatchina on their own account, and his Cossacks sit in the Tsar's park arguing in committee. For now. # date: 1917-11-02 # scene: Waiting # place: smolny # effect: The counter-revolution grows: the Cossacks are stopped by railwaymen, not beaten
Fyodor says the next general will not come by train. Anton says it is three weeks to the vote, and every week the vote comes closer. Both of them are right, which frightens you.
-> def_vote_note

=== def_vote_note
What really happened: Kerensky's Cossacks were beaten at Pulkovo on 30 October by Red Guards, sailors and soldiers; Vikzhel's ultimatum of 29 October demanded an all-socialist government. # note # cite: essay
{ defence ? vote_took_kadets:
    -> ending_socialist_unity
}
{ october !? kamenev_zinoviev_line:
    -> oct_road_elections
}
-> def_elections

=== def_vote_assembly
The Tauride Palace, the fifth of January. The SRs have the most seats; the Bolsheviks a quarter, less than Kamenev hoped and more than Chernov wanted. The soviets sit in Smolny with their own executive and their own Red Guard. # date: 1918-01-05 # scene: The Assembly and the soviets # place: tauride_palace # event: vote tauride_palace
{ heard_the_sr:
    In the SR benches you see the schoolteacher from Tambov whose case you heard in November, with her land bill in a blue folder on her knees. # recalls: heard_the_sr
}
Chernov, elected chairman, calls on the soviets to hand over their power to the Assembly. In the corridor Anton unfolds Kamenev's old letter. "Assembly and soviets together. We wrote it. Now make it hold."
"Give them everything," says Osip, "and fight them in the open."
"Walk out," says Fyodor, "and let the soviets rule."
Lidia: "Make them share. The land by the Assembly's law, the factories and the Red Guard by the soviets. It's ugly, and it's ours." # decision: def_vote_assembly
* [Walk out, and rule through the soviets alone]
    ~ defence += vote_soviets_alone
    ~ lower(left_allies, 20)
    ~ split_party(10)
    The Bolshevik benches walk out. The Left SRs hesitate, then stay. By morning the soviets rule Petrograd alone, and half the party's leaders have resigned from the soviet government in protest. # effect: Left allies fall and the party splits: the soviets walked out on the Assembly they had waited for
    { october ? or_unity:
        The government of every soviet party, which outlasted Kerensky{october ? or_unity_armistice: and the armistice}, does not outlast the night. Martov's people resign with a speech about the only parliament all Russia ever elected, and the Left SR commissars follow them out before dawn. # recalls: october
    }
    -> ending_october_isolated
* [Propose the combined state: the Assembly makes the laws, the soviets keep the executive and the Red Guard]
    ~ defence += vote_combined_state
    ~ raise(legitimacy, 8)
    ~ raise(left_allies, 6)
    The Bolshevik and Left SR deputies table it together. The SR majority refuses it, then, after a night of argument and a Vyborg delegation at the doors, accepts half of it: the soviets keep their executive and their Red Guard until a constitution is written. # effect: Legitimacy rises: Assembly and soviets bound together, neither strong enough to rule alone
    -> ending_assembly_and_soviets
* [Accept the Assembly's sovereignty, and wind the soviets down to councils of advice]
    ~ defence += vote_assembly_sovereign
    ~ defence += accepted_assembly
    ~ raise(moderates_cred, 10)
    ~ lower(red_guard, 10)
    The soviets vote themselves into councils of advice. Fyodor tears up his Red Guard card in front of you. # effect: Moderates' credibility rises, the Red Guard falls: the soviets gave their power to the Assembly
    -> ending_assembly_sovereign
