// The road of the lost night (Act V): the government closed the press on the 24th and the Soviet did not win it
// back, because it kept to its protest or its orders went out too late for the regiments. As a first mistake this
// is a warning, not the end: the government, short of troops it can trust, leaves Smolny alone, and the Second
// Congress opens on the 25th with the junkers holding the centre of the city. Entered from oct_last_night and
// oct_late_answer while `danger` is 0; with danger already at 1 those scenes lose the Congress, as before, and go on
// into the November of the defeated (roads/def_road_defeated.ink, def_road_dispersed).
// One decision, oct_shut_congress:
//   - vote with Martov for a government of every soviet party: the warning answered (danger back to 0), and on into
//     Act VI by the Kamenev-Zinoviev road's def_vote_start (two governments, Kerensky's march, the Assembly);
//   - vote soviet power and wait for the Assembly: the second mistake, petrograd_surrendered;
//   - take the Congress across the river to the Vyborg side: the second mistake, the Congress dispersed, and on into
//     the November of the defeated (def_road_dispersed).
// A small choice before it (Osip's offer of the Menshevik press) comes back in the outcome.
// The road's items (or_shut*) are kept in the `october` path list.

=== oct_road_shut
~ october += or_shut
~ danger = 1
~ raise(gov_authority, 6)
~ lower(worker_confidence, 4)
~ raised_bridges += (liteiny_bridge, palace_bridge)
~ whereabouts(5)
Morning on the 25th. The junkers still hold the telephone exchange and the bridges, and for a second day there is no paper: the Trud works is sealed with the government's wax. # date: 1917-10-25 # scene: The Congress without the city # place: smolny # event: bridge_raised liteiny_bridge palace_bridge # music: stinger_dread # effect: Danger: the government holds the centre of the city, and one more mistake will lose the Congress
{ october ? answered_press_closure:
    The orders went out in the night, and too few came: Fyodor's Red Guards, one Litovsky platoon, and a note from the Kexholm Regiment's committee regretting that it could not move without the whole regiment. # recalls: october
- else:
    The committee kept to its protest. Nobody signed an order in the night, and this morning the protest is still on every wall, with the junkers' posters pasted over half of it. # recalls: october
}
And nobody has come for Smolny. The Cossacks will not move without infantry, and Kerensky's troops are somewhere beyond Luga. The government holds the middle of its own capital and little else.
What really happened: the Soviet's committee did not let the night go. Its orders went out on the 24th, the regiments answered, and by the morning of the 25th the city was the Soviet's. # note # cite: essay
The delegates come in all day by the side streets: soldiers with rifles wrapped in sacking, peasants' deputies with bread in their pockets.
At noon Osip finds you in the corridor, ink on his cuffs. "Our press in the Petrograd side is working. The Congress needs a bulletin, or the city hears about it from the junkers. I'll print it, if every party in the hall signs it, yours included."
* [Sign it with the others]
    ~ october += or_shut_bulletin
    ~ raise(left_allies, 2)
    The bulletin comes off Osip's press at four, with five parties' names under a single line: the Congress is sitting, and it asks the garrison to keep the peace. # effect: Left allies rise a little: the soviet parties signed one sheet
* [Print the party's own on the Smolny duplicator]
    ~ raise(party_org, 2)
    You crank the duplicator in a back room till your arm aches. Five hundred smudged copies, the party's words and nobody else's. Osip takes one, reads it, and folds it into his pocket without a word. # effect: The party's organisation rises a little: its own sheet, its own words
-
~ count_delegates(670, 300, 51)
The Second Congress opens after dark with {delegates_total} delegates, {delegates_bolshevik} of them Bolsheviks, and a junker patrol at the end of the street. # sfx: crowd # event: vote smolny
Nobody walks out. There was no rising to walk out over: only a sealed press, and a government that will not say whether the Congress exists.
Martov moves that the Congress form a government of every soviet party tonight, and send it to the ministers with one demand, the press and the bridges back by morning.
"Vote with him," says Lidia. "Last night the regiments would not come out for half the Soviet. They'll come out for the whole of it."
"Vote power to the soviets, and then wait," says Anton. "Three weeks to the Assembly. They can't close a Congress and an election in the same month."
"They can close both, and they will," says Fyodor. "Take the Congress across the river, to our side. Every street on the Vyborg side is ours. Let them come for it there." # decision: oct_shut_congress
* [Take the Congress across the river to the Vyborg side]
    ~ october += or_shut_vyborg
    -> oct_shut_vyborg
* [Vote with Martov for a government of every soviet party]
    ~ october += vote_congress_government
    -> oct_shut_martov
* [Vote power to the soviets, and wait for the Assembly]
    ~ october += vote_congress_waits
    -> oct_shut_lost

=== oct_shut_martov
~ danger = 0
~ raise(left_allies, 8)
~ raise(legitimacy, 6)
~ raise(garrison, 8)
~ lower(gov_authority, 8)
~ held += trud_printing
~ fought_over -= trud_printing
Martov's motion carries with every hand in the hall, the Bolsheviks' too. Before dawn the Congress names a government of the soviet parties: SRs, Mensheviks, Bolsheviks and Left SRs, nine commissars, no Kadets. Kamenev is one of them, and a Right SR from Tambov takes the land commission. # date: 1917-10-26 # event: vote smolny # effect: The garrison, legitimacy and left allies rise: the regiments answer the whole Soviet, as they would not answer half of it
Its first order goes to the garrison, signed by five parties. The Kexholm men who would not move for the committee's stamp move for this one. By noon they have broken the wax on the Trud works, and the junkers at the exchange, outnumbered, march back to their school. # event: red_guard trud_printing
{ october ? or_shut_bulletin:
    Osip prints the new government's first decree on the press the Kexholm men opened, and sets the five parties' names under it in the same type. # recalls: october
- else:
    Osip sends round a note: his press is the government's now, if the government wants it. The party's duplicator goes back to printing leaflets. # recalls: october
}
Kerensky's ministers stay in the Winter Palace and refuse to recognise any of it. Petrograd has two governments again, and one of them has the regiments.
What really happened: the Mensheviks and Right SRs walked out of the Congress over the rising, which the Soviet's committee had already carried out. # note # cite: essay
Not in the essay: before the walk-out, Martov's motion for talks on a government of every soviet party passed unanimously, Bolsheviks included; and on 25 October the government had few troops it could trust in the capital, the Cossack regiments refusing to act for it. # note
Whether a Congress that had not taken the city could have named a government the regiments would obey is a counterfactual. # note # interpretation
-> oct_shut_end

=== oct_shut_end
~ whereabouts(5)
The Congress closes with a government and without a palace: the ministers are still across the river, and Kerensky is at the front raising troops. # act_end: october
What comes next: the Cossacks are on the road to Petrograd, and the Assembly elections are three weeks away.
-> def_vote_start

=== oct_shut_vyborg
The Bolshevik delegates cross in the dark by the Finland railway bridge and in boats, the bridges being up, and most of the Left SRs with them. Lidia stays. "A Congress in a factory canteen is a party meeting," she says. "I didn't come all this way to attend yours." # date: 1917-10-26 # scene: The Congress across the river # place: vyborg # event: march vyborg # recalls: danger
~ demonstrate((vyborg))
{ october ? or_shut_bulletin:
    Osip's bulletin, with your party's name on it, is still drying on the Smolny tables when you leave. He does not print a second one. # recalls: october
}
In the New Lessner canteen, under the Red Guard's lanterns, three hundred and some delegates vote power to the soviets and cheer until the windows shake. The Mensheviks, the SRs and the rest stay at Smolny and go on sitting as the Congress.
In the morning there are two Congresses, and the government chooses which one it can live with. It declares the Vyborg meeting a mutiny, and the regiments that kept their barracks on the 24th keep them again. Nobody is going to fight for a Congress that has split itself in half.
What really happened: the Congress met at Smolny, with the city already held by the Soviet's committee. That a party acting without the Soviet's majority would be isolated is the essay's argument, here carried a step further. # note # interpretation # cite: essay
-> def_road_dispersed

=== oct_shut_lost
The Congress votes power to the soviets by a large majority, elects an executive to wait for the Assembly, and goes home to the provinces by the trains that are still running. # date: 1917-10-26 # event: vote smolny # effect: The government's authority rises: the Congress voted power and left it where the junkers could pick it up
~ raise(gov_authority, 6)
~ raise(counter_threat, 8)
The press stays sealed. The executive writes to the Winter Palace twice, and gets no answer either time.
On the 30th the ministers leave for Moscow by night with the General Staff's files, and Petrograd is declared a front-line city under the army's command. # date: 1917-10-30 # scene: The second mistake # place: nikolaevsky_station # event: train nikolaevsky_station # recalls: danger
Anton reads the order on the station wall twice. "We gave them the night, and then we gave them the Congress," he says. "They only needed one of the two."
-> ending_petrograd_surrendered
