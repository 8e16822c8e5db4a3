// Act IV: Kornilov (late July to 2 September 1917, Old Style).
// Enters from Act III at kor_start (historical state: preset_kornilov in debug.ink).
// Leaves for Act V at oct_start, or ends the game at ending_kornilov_victorious (only after two mistakes:
// standing aside or striking at the government, then refusing the last chance to join the defence).
// Decisions: kor_underground, kor_defence, kor_provocation, kor_terms, kor_after; on the roads
// (story/roads/*.ink): kor_kronstadt, kor_reckoning, kor_late_call, kor_directory, kor_where_were_you.

=== kor_start
# act: kornilov
# date: 1917-07-25
# scene: The room off Sampsonievsky
# place: vyborg
Dust greys the lime trees on Sampsonievsky. Mitya counts the regiments marching past, back from the front to keep the capital quiet. # event: troops vyborg
{
- july ? stayed_out_of_july:
    The party kept its people off the streets in July, and it shows: fewer comrades in Kresty, a press that still turns. But the papers are banned all the same, and on the Kronstadt boats they say the Bolsheviks let the sailors go out alone. # recalls: july
- dp_road ? july_pulled_back:
    Three weeks after the July Days the party's papers are banned and the mansion lost, and the prosecutor's file on Vyborg is still coming out a page a day. {dp_road ? read_the_file:The committee has read every page of it, and argues less.|Nobody on the committee mentions it.} # event: arrest kresty # recalls: dp_road
- else:
    Three weeks after the July Days, the party's papers are banned, the Kshesinskaya mansion lost, Trotsky and others in Kresty. # event: arrest kresty
}
{ july ? lenin_surrendered:
    Lenin gave himself up to stand trial, as the cautious wing urged. His letters leave the prison in pieces, weeks late. # recalls: july
- else:
    Lenin is in hiding, a German agent in every paper.
}
{ grisha_at_front:
    Grisha's first letter comes from a dugout near Dvinsk, in pencil. The committee there reads the Menshevik paper aloud, he writes, and nobody believes it. # recalls: grisha_at_front
}
{ repression >= 75:
    The arrests have not stopped. Most nights a lorry pulls up somewhere on the Vyborg side, and most mornings another bench at the works stands empty.
}
Your father has the Menshevik paper. "A new coalition," he says. "Kadets and socialists, Kerensky at the head. And a real general at Stavka: Kornilov will mend the front." # cite: essay
"Your lot went out with rifles in July, and Piter paid. So what is Kerensky to you? Another Tsar?"
* [Call him the lesser evil, for now]
    "Better Kerensky than Kornilov. For now. But he jailed our people, and he'll hand the general the keys if the general asks nicely."
    "For now," your father repeats, and almost smiles. "That's something, from a Bolshevik." # effect: The moderates gain a little and your father warms: a Bolshevik calls Kerensky the lesser evil
    ~ kornilov += called_kerensky_lesser_evil
    ~ father_hears(1)
    ~ raise(moderates_cred, 2)
    ~ lower(party_unity, 1)
* [Call Kerensky Kornilov's accomplice #historical]
    "He's the general's partner, Papa. He just can't say so yet."
    Your father folds the paper and goes out to smoke on the stairs. # effect: The moderates lose a little: you say aloud what the party's papers said
    ~ lower(moderates_cred, 1)
* [Say nothing and clear the cups]
    You rinse the glasses. He reads on, his lips moving over the government's appeal for order. The silence sits at the table like a third person.
    ~ kornilov += kept_silent_on_kerensky
    ~ father_hears(-1)
- -> kor_start_roads

// The July roads have their own August scene before the cellar meeting (story/roads/july_roads.ink).
=== kor_start_roads
{
- july ? stayed_out_of_july:
    -> kor_road_kronstadt
- july ? rising_called_off || july ? barricades_abandoned:
    -> kor_road_reckoning
}
-> kor_cells

=== kor_cells
# date: 1917-08-10
# scene: A storeroom under the New Lessner works
# place: new_lessner
Machine oil and wet sawdust; five of you on crates under one lamp. Marfa reads out the factory committees' resolution.
"Russia has already entered a period of real catastrophe because the economic break-down and the food crisis have reached extreme limits." # cite: 15
"Last week the city had two days' grain," she says. "My girls faint at the looms." # cite: essay
{ promised_the_weavers:
    "You promised in June the metalworkers would stand by us." # recalls: promised_the_weavers
}
* [Give the weavers the Erikson bread fund #historical]
    ~ stir(vyborg, 2)
    ~ raise(workers_control, 2)
    The Erikson committee votes it that night, two hundred roubles and a sack of flour. # effect: Vyborg and workers' control gain: metalworkers feed the weavers
* [Tell her hunger will do the party's work]
    ~ lower(party_unity, 1)
    "Then hunger can join the party," Marfa says, "and I'll stay out." # effect: Party unity slips: Marfa hears cold arithmetic
- 
{
- dual_power ? control_takeover:
    "And at the mill we run a factory with nothing in it. The owners send no cotton and the banks send no wages." # recalls: dual_power
- dual_power ? control_anarchist:
    "The works that threw out their bosses in the spring are the first to close," she adds. "Each shop on its own island." # recalls: dual_power
}
~ crisis(6)
Fyodor answers with Kornilov's programme: railways under military control, war factories under martial law, strikes banned. "And the coalition hasn't said no." # cite: essay
"We lie low," says Anton. "After 1905 the party waited out the reaction, and lived."
"And let my mill read only the Menshevik paper?" Marfa says. "Print ours under another name. Rebuild the cells shop by shop."
"Campaign for the prisoners with Martov's people in the Soviet," says Lidia. "Make the Mensheviks vote on jailing socialists." # decision: kor_underground
* [Lie low and wait]
    -> kor_cells_lie_low
* [Campaign for the prisoners through the Soviet]
    -> kor_cells_campaign
* [Print the paper under new names and rebuild the cells #historical]
    -> kor_cells_rebuilt

= kor_cells_rebuilt
You need a press, and Osip has one.
"I set type against the Tsar's censor for twenty years," he says among the type cases. "I won't be a censor now. Nights only."
* [Trust him with the names of the cells #historical]
    ~ raise(left_allies, 2)
    You give him the list for the first run. He burns it in the stove once the parcels are tied, while you watch. # effect: Left allies warm: a Menshevik printer is trusted with the party's secrets, and keeps them
* [Give him the copy, not the names]
    He notices, and says nothing, and sets the type faster than anyone you know.
- The paper appears under one name, then another. Marfa's women carry it under the cabbages; the cells meet again, three and four at a time. # event: printing_press petrograd_side # effect: Party organisation and the Red Guard grow back, repression eases: the paper and the cells return
~ agitate(8)
~ lower(repression, 8)
~ raise(red_guard, 5)
~ raise(workers_control, 5)
~ raise(worker_confidence, 4)
~ stir_workers(2)
-> kor_underground_note

= kor_cells_campaign
Lidia takes you to Smolny, the old school for noble daughters where the Soviet now sits.
In the white hall Martov, hoarse and thin, speaks against the arrests: socialists jailed by socialists, without trial. The Menshevik benches look at their boots. # event: vote smolny
The motion fails narrowly, and the vote is printed. In the factories men read out the names of delegates who voted to keep their comrades in Kresty. But your best people spent August in committee rooms, and the cells are thinner for it. # effect: Left allies, legitimacy and the soldiers' sympathy grow; the cells thin: August spent in committee rooms
~ kornilov += campaigned_for_prisoners
~ raise(left_allies, 6)
~ lower(moderates_cred, 3)
~ lower(repression, 5)
~ agitate(3)
~ raise(legitimacy, 4)
~ win_soldiers(4)
-> kor_underground_note

= kor_cells_lie_low
No leaflets, no meetings; the party's name stays out of the shops.
The weeks are quieter, and emptier. When the bread ration is cut again, the women ask Marfa what the Bolsheviks say, and she has to tell them: nothing, this month.
Fyodor stops coming to the committee. He has been seen at the anarchists' dacha in Durnovo's garden, where nobody tells anyone to wait. # effect: Repression eases, but organisation, confidence and unity fall: the party goes quiet
~ kornilov += lay_low
~ lower(repression, 3)
~ lower(party_org, 4)
~ lower(worker_confidence, 3)
~ split_party(4)
-> kor_underground_note

= kor_underground_note
What really happened: after July the Bolshevik papers were banned and a new coalition of Kadets and right-wing socialists formed; in August the factory committees warned of "real catastrophe". # note # cite: essay, 15
The essay argues that Kerensky did not oppose Kornilov's programme and plotted a coup with him; historians still debate plot, misunderstanding or trap. # note # interpretation # cite: essay
-> kor_alarm

=== kor_alarm
# date: 1917-08-27
# scene: The alarm
# place: vyborg
Six days after Riga fell to the Germans, the Kadet papers still blame the soldiers' committees.
~ raise(german_threat, 15)
~ reaction(6)
~ crisis(4)
On Sunday evening Anton runs up your stairs. "Kerensky has sacked Kornilov, and Kornilov won't go. His cavalry is coming up the Luga line." # event: train luga # sfx: telegraph # music: stinger_dread
{
- july ? tried_to_seize_power:
    By nine the Vyborg district soviet fills a school hall, and half the faces are new: the July men are in Kresty or at the front. # recalls: july
- july ? resisted_in_streets:
    By nine the Vyborg district soviet fills a school hall whose windows are still boarded from the July fighting. # recalls: july
- else:
    By nine the Vyborg district soviet fills a school hall.
}
{ kornilov ? lay_low || kornilov ? armed_the_anarchists:
    Fyodor is back from the anarchists, louder than ever. # recalls: kornilov
}
"Kerensky jailed us; Kornilov wants to hang us," Fyodor says. "Two sides of one coin."
{ dual_power ? joined_coalition:
    Osip has crossed the river to speak. "Your party sat in the coalition in May, Nadya. You can hardly refuse its command now. One command, or we lose the city." # recalls: dual_power
- else:
    Osip has crossed the river. "If Kornilov wins there'll be no Soviet left. Put your people under the government's command, Nadya, and stand by the republic."
}
Anton has the Central Committee's word, brought by a runner from the Petersburg Committee. "Fight Kornilov, but don't prop up Kerensky. Our own committees, our own rifles. Kerensky we settle with later." # decision: kor_defence
* [Fight Kornilov with our own forces #historical]
    -> kor_own_forces
* [Stay out: Kerensky and Kornilov are one coin]
    -> kor_sit_out
* [Rally behind Kerensky: his command and his government]
    -> kor_under_kerensky

=== kor_sit_out
The vote goes Fyodor's way. The district committee will not lift a finger for Kerensky's government. # effect: Danger: workers' confidence and the party's share fall, the general gains, as the party stands aside
Some go anyway. At the New Lessner gate a Menshevik steward takes names for the Soviet's trench parties, and the queue is longer than you like. Marfa's women take spades from the Soviet's carts. "They're coming for our children, not for Kerensky's," she tells you, and does not wait for your answer.
{ grisha_at_front:
    No letter from Grisha for a fortnight. The front papers say the Supreme Commander is moving "reliable" regiments north. # recalls: grisha_at_front
- else:
    Grisha comes to the room at midnight, cap in his hand. His battalion marches south at dawn, under officers who drank Kornilov's health last week. "If your lot won't come, who do I shoot at, Nadya? The general, or my lieutenant?"
}
In the morning the Soviet's lorries go south past the silent Vyborg gates, full of Putilov men with spades. Lidia jumps down from one at the Sampsonievsky bridge. "The Left SRs are going. Martov's people are going. Even the anarchists are going. Where is the party that was going to lead the workers?"
~ kornilov += stayed_neutral
~ lower(worker_confidence, 6)
~ raise(moderates_cred, 4)
~ lower(bolshevik_share, 3)
~ split_party(4)
~ reaction(6)
-> kor_defence_note

=== kor_under_kerensky
# place: general_staff
Osip grips your hand. "Now we are all on one side. The republic's side."
At the General Staff a commissar in a new tunic reads the workers' tasks from a typed sheet: trenches, bridges, messages. Rifles? "Reliable units only. After July, the government cannot arm every factory." # sfx: typewriter
The committee signs the Soviet's appeal to defend the Provisional Government, every word of it, and your name is printed under Kerensky's. Fyodor walks out. In the trenches on the Moscow road a fitter from the Baltic yards asks you, quite politely, when the Bolsheviks joined the government. # effect: The government and the moderates gain, the party's share and unity fall: the Bolsheviks stand under Kerensky's name
~ kornilov += backed_kerensky
~ raise(moderates_cred, 6)
~ raise(gov_authority, 6)
~ raise(red_guard, 5)
~ raise(worker_confidence, 2)
~ lower(bolshevik_share, 4)
~ split_party(6)
~ raise(legitimacy, 2)
-> kor_defence_note

=== kor_own_forces
By midnight the district soviet has its own defence committee. By morning the queue to sign the Red Guard ledger at the New Lessner gate runs down the street. # event: red_guard vyborg new_lessner # sfx: crowd # effect: The Red Guard, the workers' confidence and the soldiers' trust grow: the party leads the defence on its own terms
{
- kornilov ? campaigned_for_prisoners:
    The cells are thinner than they should be after August in committee rooms; runners go out all night to rebuild them. # recalls: kornilov
- kornilov ? lay_low:
    After a month of lying low there are hardly any cells to call on. Fyodor's anarchist friends reach the ledger first, and they want rifles first and orders never. # recalls: kornilov
    ~ lower(red_guard, 4)
- grisha_at_front:
    The rifles come up from under the floorboards. Grisha is at the front, and men of his old battalion come instead to show the Red Guard how to use them. # recalls: grisha_at_front
- else:
    The rifles come up from under the floorboards, and Grisha brings a dozen men of his battalion to show the Red Guard how to use them.
}
"You're fighting the general, not saving the government," Osip says. "I'm not sure your rifles know the difference."
* [Ask him to dig beside you #historical]
    ~ raise(left_allies, 2)
    He looks at the spade a long time, and picks it up. # effect: Left allies warm: a Menshevik digs in the Bolsheviks' trench
* [Let him go back to the Soviet]
    He goes, and you do not see him until it is over.
-
~ kornilov += defended_independently
~ raise(red_guard, 12)
~ armed_workers += (vasilievsky, nevsky_district, petrograd_side, moscow, okhta)
~ raise(worker_confidence, 6)
~ win_soldiers(6)
~ raise(legitimacy, 8)
~ raise(left_allies, 6)
~ raise(bolshevik_share, 4)
~ raise(party_org, 4)
~ stir_workers(5)
-> kor_defence_note

=== kor_defence_note
What really happened: Kerensky sacked Kornilov, who sent his troops on Petrograd anyway. The Bolsheviks led the defence, bringing out workers, radical soldiers and sailors. # note # cite: essay
Not in the essay: Kornilov was dismissed on 27 August; Lenin's letter of 30 August set out the line the Petrograd Bolsheviks were already following. # note
-> kor_provocation

=== kor_provocation
# date: 1917-08-28
# scene: Leaflets on the Nevsky
# place: nevsky_kazan
Overnight unsigned leaflets cover the Kazan cathedral: Workers, rise tonight! Those handing them out have officers' haircuts and clean boots.
"Kornilov's friends," Anton says. "They want us in the centre with rifles, so the general can save Petrograd from us."
On Palace Square, Petya's Kronstadt sailors guard the Winter Palace for Kerensky. # event: sailors winter_palace palace_square
{
- kornilov ? won_back_kronstadt:
    He claps you on the shoulder. "Vyborg came to Kronstadt in August. We remember that too." # recalls: kornilov
- july ? stayed_out_of_july:
    He doesn't embrace you. "Vyborg stayed home in July. We remember." # recalls: july
}
{ kornilov ? backed_kerensky:
    "Kerensky's guard," he says, and spits. "Look at us. Look at you." # recalls: kornilov
}
{ kornilov ? stayed_neutral:
    "Your committee's sitting this one out, I hear," Petya says. "Fine. The sailors won't. We're inside already: one word, and we hold the palace ourselves. To protect it, naturally." # recalls: kornilov
    Fyodor has come with a squad. "We don't fight for Kerensky. But while he's on his knees, take the telegraph and the ministries, and let both of them find a Soviet government waiting." # decision: kor_provocation
- else:
    "We're inside already," Petya says. "One word, and we hold the palace ourselves. To protect it, naturally."
    Fyodor has brought a squad. "Strike at the government while Kerensky's on his knees. Take the telegraph, the ministries." # decision: kor_provocation
}
* [Strike at the government at the same time]
    -> kor_bait_strike
* [Tear down the leaflets and only defend #historical]
    -> kor_refuse
* [Hold the Winter Palace "to protect it"]
    -> kor_bait_palace

=== kor_refuse
You tear the leaflets down and the committees pass the word: nobody goes out tonight{kornilov ? stayed_neutral:, for anyone| except to the trenches and the stations}. The clean-booted young men wait on the corners for a crowd that never comes. # event: retreat nevsky_kazan # effect: Legitimacy and the fleet's trust grow: the provocation finds no one to provoke
~ kornilov += refused_provocation
~ raise(legitimacy, 8)
~ raise(fleet, 8)
~ lower(moderates_cred, 2)
What really happened: Kornilov counted on planted agents provoking a Bolshevik move, so he could pose as the capital's defender. It misfired: the plotters quarrelled, and would-be allies held back once Kerensky turned on him. # note # cite: essay
{ kornilov ? stayed_neutral:
    -> kor_late_call
}
-> kor_terms

=== kor_bait_strike
# place: main_post_telegraph
Fyodor's squad goes for the main telegraph office with forty rifles. By midnight Red Guards and government cadets are shooting at each other across the courtyard, glass coming down like hail, and a clerk lies on the cobbles who never chose a side. # event: shots main_post_telegraph # sfx: shots
The Soviet's Executive Committee, in the middle of organising the defence, stops to denounce a Bolshevik rising. Before dawn the wire from Stavka reaches every headquarters at the front: the Bolsheviks have risen, as the general warned.
~ fought_over += main_post_telegraph
-> kor_bait_consequence

=== kor_bait_palace
# place: winter_palace
Petya's sailors bar the palace doors from the inside and run a red flag up over the Neva front. Kerensky's aides slip out to the General Staff. For one night the sailors hold the palace "to protect it", boots on the gilded tables, while cadets and a jeering crowd fill the square. # event: occupy winter_palace # sfx: crowd_roar
By morning the Soviet's Executive calls it a Bolshevik coup, and Kornilov's staff wires it to every army: the Bolsheviks have taken the palace, as the general warned.
~ kornilov += seized_palace_to_protect
~ fought_over += winter_palace
-> kor_bait_consequence

=== kor_bait_consequence
~ kornilov += took_the_bait
~ raise(counter_threat, 12)
~ raise(moderates_cred, 6)
~ lower(legitimacy, 10)
~ split_party(8)
~ count_up(casualties, 30, 20000)
The general has his pretext. # effect: Danger: the counter-revolution and the moderates gain, legitimacy falls: the Bolsheviks struck in the middle of the defence
What really happened: Kornilov counted on planted agents to provoke a Bolshevik move. No such rising came; this branch follows the essay's account of what he hoped for. # note # cite: essay # interpretation
{ garrison + red_guard >= 78:
    -> kor_bait_survived
}
-> kor_bait_warning

// The first mistake was striking at the government; the Soviet offers one way back before the second.
=== kor_bait_warning
# date: 1917-08-29
# scene: The Soviet's ultimatum
# place: smolny
At Smolny the Soviet's committee against counter-revolution gives you until noon. Hand back the {kornilov ? seized_palace_to_protect:palace|telegraph}, send your rifles to the trenches on the Luga road, and the Bolsheviks keep their seats on the committee. Refuse, and the Soviet's own regiments will be turned on you before they are turned on Kornilov.
Lidia has come with the message, and stays to argue. "Kornilov's echelons are past Luga. Every hour you hold {kornilov ? seized_palace_to_protect:that palace|that building}, his telegrams are true."
Fyodor, at the window: "Give it back and we're their dogs again."
* [Give it back and send the rifles to the trenches]
    -> kor_bait_given_up
* [Hold it]
    -> kor_city_falls

=== kor_bait_given_up
~ kornilov += gave_up_the_bait
~ fought_over -= (main_post_telegraph, winter_palace)
~ lower(counter_threat, 6)
~ raise(legitimacy, 4)
~ repress(6, 80)
The red flag comes down at eleven. {kornilov ? seized_palace_to_protect:Petya's sailors march out past the jeering cadets and straight on to the Baltic station, where the trains for Luga leave.|Fyodor's squad carries its wounded out of the courtyard and goes to the trenches on the Moscow road.} # event: retreat admiralty_centre # effect: Danger past: legitimacy recovers a little and the general's pretext fades, at the cost of arrests
The papers keep the word "stab in the back" for a week, and eighty of your people for longer. But the Soviet's trench parties march south together again.
Not in the essay: the Soviet's Committee for the People's Struggle against Counter-revolution included Bolsheviks. # note
-> kor_approaches

=== kor_city_falls
# date: 1917-08-30
# scene: The trains come on
# place: tsarskoe_selo
# view: approaches
# music: stinger_defeat
{ kornilov ? took_the_bait:
    The railwaymen at the Warsaw station still try. But the echelons now carry officers who read the general's telegrams aloud at every halt: the capital is in the hands of Bolshevik mutineers. Troopers who might have listened to an agitator on Monday shoot at one on Wednesday. # event: train luga # sfx: train # recalls: kornilov
    Fyodor's Red Guard holds the Vyborg side for a night and a day. Then the cadets come from the centre and the cavalry from the south, and the Soviet's own regiments stay in their barracks, waiting to see who wins. # event: shots vyborg # sfx: volley
- else:
    The trench parties on the Moscow road are led by Menshevik students who have never held a rifle. The railwaymen wait for an order from the Soviet that comes a day late; by then the first echelons are at Tsarskoe Selo. # event: train tsarskoe_selo # sfx: train
    { not grisha_at_front:
        Grisha's battalion is ordered to meet the cavalry. Its officers march it the other way, towards the city. Nobody has explained to the soldiers why they should disobey. # event: troops pulkovo_heights
    }
}
Kerensky sends a telegram to the front asking for loyal troops. The front sends Kornilov's. # sfx: telegraph
-> ending_kornilov_victorious

=== kor_bait_survived
# date: 1917-08-30
# scene: A city on three sides
# place: admiralty_centre
For two days the city has three sides: Kornilov's echelons on the railway, the government's cadets in the Admiralty and the General Staff, the Red Guard on the Vyborg side, Vasilievsky and the Putilov works. # event: barricade admiralty_centre
There are enough of you to hold the workers' districts, and that is all it saves. On the line south the railwaymen still shunt Kornilov's trains into sidings, and the coup dies there with hardly a shot. # event: train luga
But the papers say the Bolsheviks stabbed the defence in the back, and half the city believes them. The cadets raid the Vyborg side on the last night and take two hundred prisoners. # event: raid vyborg # effect: The general fails, but repression rises: two hundred taken, the party blamed for a stab in the back
{ kornilov ? seized_palace_to_protect:
    Petya's sailors march out of the Winter Palace on the third day, under the Soviet's orders, to jeers from the embankment. He does not look at you. # recalls: kornilov
- else:
    Fyodor comes back from the telegraph office with his arm in a sling and twelve of his forty men.
}
Lidia will not come to the Vyborg side any more. "{kornilov ? campaigned_for_prisoners:I defended your prisoners in August. }I won't defend this," she sends word.
~ fought_over -= (main_post_telegraph, winter_palace)
~ kornilov += railwaymen_stopped_trains
~ lower(counter_threat, 15)
~ lower(gov_authority, 6)
~ repress(10, 200)
~ stir_workers(4)
-> kor_after

=== kor_terms
# date: 1917-08-28
# scene: The committee room at Smolny
# place: smolny
At Smolny men sleep on their rifles in the corridors. The Soviet's committee against counter-revolution needs the Bolsheviks, and knows it.
{ kornilov ? backed_kerensky:
    The commissar from the General Staff sits at the end of the table. # recalls: kornilov
}
"So we name the price," Anton says. "Rifles for the workers. Our comrades out of Kresty. Our papers free."
"Haggle, with Krymov at Luga?" Osip says. "Ask for nothing. The workers will remember who stood by them."
Petya laughs. "Ask for Kerensky. He goes first, then we fight." # decision: kor_terms
* [Demand Kerensky's resignation first]
    -> kor_terms_resignation
* [Ask for nothing and fight]
    -> kor_terms_nothing
* [Demand arms, the prisoners' release and a free press #historical]
    -> kor_terms_arms

= kor_terms_arms
The committee gives way within the hour. Carts leave the Arsenal on Liteiny with rifles stacked like firewood; in Kresty, guards list prisoners for bail. # event: arsenal arsenal_liteiny # effect: The Red Guard grows and repression falls: rifles from the Arsenal, prisoners listed for bail
* [Send the first carts to Putilov and Obukhov #historical]
    ~ stir_each((peterhof, nevsky_district), 3)
    The Vyborg men grumble, and the far districts arm first. # effect: Putilov and the Nevsky district warm: the first rifles go across the city
* [Keep the first carts for the Vyborg side]
    ~ stir(vyborg, 2)
    Vyborg is armed by dark; the Putilov men wait a day. # effect: Vyborg gains, the far districts wait
-
{ kornilov ? backed_kerensky:
    The commissar from the General Staff objects, and is overruled by his own ministers. # recalls: kornilov
}
~ kornilov += demanded_arms_and_releases
~ raise(red_guard, 13)
~ armed_workers += (vasilievsky, nevsky_district, petrograd_side, moscow, okhta)
~ lower(repression, 20)
~ agitate(4)
~ raise(worker_confidence, 4)
-> kor_terms_note

= kor_terms_nothing
Osip shakes your hand, and the Menshevik leaders are warm with you for a whole afternoon.
The workers get what rifles they can find: from under the floorboards, from soldiers who don't ask for receipts. Trotsky stays in Kresty; your papers stay banned. # effect: The moderates gain, the party's share dips: the defence is called a triumph of democratic unity
~ kornilov += asked_nothing
~ raise(red_guard, 5)
~ raise(moderates_cred, 4)
~ lower(repression, 8)
~ lower(bolshevik_share, 2)
-> kor_terms_note

= kor_terms_resignation
The SR chairman stands so fast his chair falls over. "Blackmail, with the enemy at Luga!" The Mensheviks walk out, and for a day the committee does not meet.
The workers arm themselves anyway, from factory stores and friendly sentries. But a day is lost. Even Lidia shakes her head. "You asked them to hang themselves first. Nobody does that." # effect: The counter-revolution gains a day and legitimacy falls: the defence stalls over your ultimatum
~ kornilov += demanded_resignation
~ raise(red_guard, 5)
~ raise(counter_threat, 6)
~ lower(legitimacy, 5)
~ raise(moderates_cred, 3)
~ split_party(3)
-> kor_terms_note

= kor_terms_note
What really happened: the essay records no bargain. # note # cite: essay
Not in the essay: the Red Guards were armed during the crisis and jailed Bolsheviks let out on bail, Trotsky on 4 September. # note
-> kor_approaches

=== kor_approaches
# date: 1917-08-29
# scene: The approaches
# place: warsaw_station
# view: approaches
By Tuesday the city faces south-west, towards Luga.
* [Go to the Warsaw station with the railwaymen #historical]
    -> kor_at_station
* [Ride down the line with the agitators]
    -> kor_at_luga
* [Dig in at Pulkovo with the Red Guard]
    -> kor_at_pulkovo

= kor_at_station
In the telegraph room Semyon Kuzmich, ink on his cuffs, shows you Stavka's wires for Kornilov's echelons. "Received," he says, and spikes them. "Not sent."
In the yards switchmen shunt a troop train into a siding and lose the key. # event: train warsaw_station # sfx: telegraph
{ kornilov ? demanded_resignation:
    "You cost us a day at Smolny," Semyon Kuzmich says. "The first echelon got past Luga before the union had its orders. We're catching it at Gatchina." # event: train gatchina # recalls: kornilov
}
{ kornilov ? backed_kerensky:
    A government commissar asks who ordered the trains stopped. "The union," Semyon Kuzmich says. By evening the papers say the government stopped them. # recalls: kornilov
}
-> kor_collapse

= kor_at_luga
# place: luga
You ride south in a goods wagon with a dozen agitators, a sack of leaflets and two men from the Caucasus who speak the troopers' languages.
Near Luga an echelon stands in the fields, horses watered from the ditches. The troopers were told the Bolsheviks had sold Petrograd to the Germans, not that they would be fighting Russian workers. # event: fraternise luga
{ kornilov ? backed_kerensky:
    A government commissar rides with you and forbids any talk of Soviet power. The troopers listen to the agitators anyway. # recalls: kornilov
}
{ grisha_at_front:
    On the next siding stands an infantry train from the Northern Front, and on its roof, eating an apple, sits Grisha. His regiment was sent "to restore order in the capital"; its committee stopped the train at Luga and will go no further. That night he comes back north with you, on the regiment's committee's pass, to report to the Soviet. # recalls: grisha_at_front # effect: Grisha is back in Petrograd: his front regiment refused Kornilov at Luga
    ~ grisha_at_front = 0
- else:
    Grisha is there: his battalion was sent to meet this division, and now soldiers from both trains sit on the embankment sharing makhorka and newspapers. By evening a red rag is tied to the engine.
}
-> kor_collapse

= kor_at_pulkovo
# place: pulkovo_heights
On Pulkovo heights the observatory domes shine above fresh trenches. Marfa's women dig with their skirts kilted up; Fyodor teaches boys from the Putilov works to load and aim. Petya's sailors have dragged up a machine gun and named it after a girl{july ? stayed_out_of_july:, and dug their own trench fifty yards from the Vyborg men's}. # event: red_guard pulkovo_heights
Below you the city lies under its smoke. You wait all day for cavalry. Only rumours come, each better than the last.
{ kornilov ? backed_kerensky:
    A colonel of the General Staff commands the trench line. He keeps the sailors' machine gun pointed south and his own eye on the sailors. # recalls: kornilov
}
-> kor_collapse

=== kor_collapse
# date: 1917-08-31
# scene: Hardly a shot
# place: luga
# view: approaches
By the thirtieth Kornilov's corps is stuck in sidings, its troopers arguing with agitators. {grisha_at_front:Regiments off the trains arrest officers who toasted the general.|Grisha's battalion has locked up a lieutenant who toasted the general.} # event: retreat luga # music: stinger_rise
~ temp bloodied = counter_threat >= 70
{ bloodied:
    It is not quite bloodless. Near Luga a squadron whose officers still hold it fires on a trench line, and a dozen workers are carried back on doors.
    ~ count_up(casualties, 12, 20000)
}
General Krymov has shot himself; at Stavka Kornilov waits for the officers who will arrest him. {bloodied:Even so, the|The} coup has collapsed with hardly a shot fired. # effect: The counter-revolution collapses and the soldiers, sailors and workers turn: the coup failed with hardly a shot
{ kornilov ? backed_kerensky:
    The papers give the victory to the government's commissars. The workers who dug the trenches say nothing. # recalls: kornilov
}
~ kornilov += railwaymen_stopped_trains
~ kornilov += sent_agitators
~ lower(counter_threat, 20)
~ lower(gov_authority, 8)
~ stir_city(8)
~ raise(worker_confidence, 6)
~ win_soldiers(10)
~ raise(fleet, 8)
~ raise(peasant_land, 10)
~ raise(left_allies, 4)
{ kornilov ? backed_kerensky:
    ~ discredit_moderates(2)
- else:
    ~ discredit_moderates(8)
}
-> kor_after

=== kor_after
# date: 1917-08-31
# scene: What to do with the rifles
# place: vyborg
In the New Lessner tool room the rifles stand in racks. # event: red_guard vyborg
Osip brings the Soviet Executive's request. "The danger is over. Hand the rifles in, Nadya, before somebody uses them on somebody."
{
- kornilov ? backed_kerensky:
    "The government wants the committees dissolved," he adds. "You took its orders last week. Take this one." # recalls: kornilov
- kornilov ? took_the_bait:
    "And the Executive offers a bargain," he adds, not looking at you. "Those taken after the {kornilov ? seized_palace_to_protect:palace|telegraph} go free when the Red Guard hands in its rifles." # recalls: kornilov
}
"Over?" says Petya. "Kornilov's friends are still at Stavka. March on Smolny, armed, and make the Soviet take power."
{ kornilov ? took_the_bait:
    "Like July? We've had July twice this summer," Marfa says. "In the provinces the soviets took power in the crisis and won't give it back. Keep the committees and the rifles, and never again go first." # decision: kor_after # recalls: kornilov
- else:
    "Like July?" Marfa says. "In the provinces the soviets took power in the crisis and won't give it back. Keep the committees and the rifles." # decision: kor_after
}
* [March on Smolny: the Soviet must take power now]
    By nine the drive at Smolny is full of armed workers and sailors chanting for Soviet power. The Executive's leaders come out on the steps and refuse, politely, exactly as they did in July. # event: crowd smolny # sfx: crowd_roar
    The crowd goes home at midnight, angry and a little ashamed. The Central Committee summons Anton to explain himself. # effect: Legitimacy falls and repression rises, unity splits: an armed march the Soviet refused
    ~ kornilov += demanded_power_at_once
    ~ demonstrate((rozhdestvensky))
    ~ disperse((rozhdestvensky))
    ~ split_party(5)
    ~ raise(bolshevik_share, 3)
    ~ lower(legitimacy, 4)
    ~ raise(repression, 5)
* [Keep the defence committees and the rifles #historical]
    The committee tells the Soviet Executive, politely, that it will keep both. Every evening the Red Guard drills in the yard, and nobody laughs now. # effect: The Red Guard and legitimacy grow: the defence committees stay, armed
    ~ kornilov += kept_defence_committees
    ~ raise(red_guard, 5)
    ~ raise(legitimacy, 6)
    ~ lower(repression, 6)
* [Hand the rifles back to the Soviet]
    You load the rifles on carts and sign the Soviet's receipts, one by one, in the rain. Osip thanks you warmly. Fyodor tears up his Red Guard card in front of the whole yard and walks out. # effect: The Red Guard shrinks and the moderates gain: the rifles go back to the Soviet's stores
    { kornilov ? took_the_bait:
        That evening the prisoners walk home from Kresty. # recalls: kornilov
        ~ lower(repression, 6)
    }
    ~ kornilov += disbanded_defence_committees
    ~ lower(red_guard, 15)
    ~ armed_workers -= (vasilievsky, nevsky_district, petrograd_side, moscow, okhta)
    ~ raise(moderates_cred, 5)
    ~ raise(legitimacy, 2)
    ~ lower(worker_confidence, 4)
- What really happened: the coup fell apart almost without shooting. Railwaymen stopped the trains, soldiers arrested plotting officers, agitators won Kornilov's men over; in many provinces soviets kept the power they took. # note # cite: essay
Not in the essay: Krymov shot himself on 31 August; Kornilov was arrested on 1 September. # note
-> kor_alexei

=== kor_alexei
{
- kornilov ? backed_kerensky:
    -> kor_alexei_vindicated
- kornilov ? stayed_neutral && not (kornilov ? joined_defence_late):
    -> kor_alexei_scorn
- kornilov ? took_the_bait:
    -> kor_alexei_torn
}
-> kor_alexei_turn

= kor_alexei_turn
# date: 1917-08-31
# scene: The Arsenal works
# place: arsenal_liteiny
~ portrait_torn = 1
All spring the Arsenal shouted Bolsheviks down. Today its shop committee has sent for one. # event: crowd arsenal_liteiny
{ father_trust >= 1:
    Before you reach the platform your father climbs onto it, cap in both hands. "I voted for this war and for the coalition. My daughter told me what Kornilov was, and I called her lot German agents. I was wrong, comrades. I ask your pardon." # recalls: father_trust
    ~ father_trust = 3
- else:
    An old turner climbs up before you and asks his comrades' pardon for the war and the coalition. Your father stands at the back with his arms folded, and does not clap, and does not leave.
    ~ father_trust = 2
}
A young turner pulls the portrait of Kerensky off the wall and tears it across, and across again. # sfx: cheer # effect: The moderates lose and Liteiny turns: the Arsenal asks pardon for the war and the coalition
{
- father_trust >= 3 && kornilov ? called_kerensky_lesser_evil:
    At home he says: "For now, you told me in July. You were right about the 'for now'." # recalls: kornilov
- father_trust >= 3 && kornilov ? kept_silent_on_kerensky:
    At home he says: "You never argued with me, that night in July. I wish you had." # recalls: kornilov
- father_trust >= 3:
    At home he pours your tea himself. "You called him the general's partner. I'll listen now."
- else:
    At home he puts a scrap of the portrait on the table between you. "I'm listening," he says. "I'm not saying more than that."
}
~ discredit_moderates(8)
~ raise(worker_confidence, 6)
~ stir(liteiny, 6)
At one meeting a worker who had backed the war wept and asked his comrades' pardon; another ripped apart a big portrait of Kerensky. Fearing a second coup, workers turned to the Bolsheviks. # note # cite: 16, essay
-> kor_soviet

= kor_alexei_vindicated
# date: 1917-08-31
# scene: The Arsenal works
# place: arsenal_liteiny
At the Arsenal a Menshevik speaks of the unity of democracy under a freshly dusted portrait of Kerensky, and your father applauds hardest of all. # event: crowd arsenal_liteiny
"You see?" he says on the tram home. "Your Lenin's lot and Kerensky together. That's how it should have been from the start."
At the door he stops, frowning at the evening paper. "The Kadets have walked out of the government. Their own people were in it with the general." He does not sleep well. # effect: The moderates hold their ground at the Arsenal: the Bolsheviks stood beside Kerensky
~ father_trust = 1
~ raise(moderates_cred, 3)
~ raise(worker_confidence, 2)
~ discredit_moderates(2)
After the plot failed, the generals and the Kadets were discredited and Kerensky's government was weaker. # note # cite: essay
-> kor_soviet

= kor_alexei_scorn
# date: 1917-08-31
# scene: The Arsenal works
# place: arsenal_liteiny
Your father comes home from a meeting at the Arsenal that thanked the Soviet, the soldiers and the railwaymen, and did not mention the Bolsheviks once.
"Where were your lot, Nadya?" he asks, not unkindly. "Kornilov was coming to hang you, and you sat in a cellar and called it principle. We dug the trenches. Men like me, with bad backs." # effect: The moderates gain and workers' confidence dips: the Arsenal thanks everyone but the Bolsheviks
He sounds disappointed, and you realise that after July he had half begun to listen to you.
~ father_trust = 0
~ raise(moderates_cred, 2)
~ lower(worker_confidence, 2)
After the plot failed, the generals and the Kadets were discredited and Kerensky's government was weaker. # note # cite: essay
-> kor_soviet

= kor_alexei_torn
# date: 1917-08-31
# scene: The Arsenal works
# place: arsenal_liteiny
Your father comes home late with a cut on his cheek from a tram window broken on Liteiny. At the Arsenal the shop argued all day: about Kornilov, and about the Bolsheviks who went for the {kornilov ? seized_palace_to_protect:palace|telegraph} while the city was defending itself.
"I was ready to hear you," he says. "After Kornilov I was ready. And then your lot gave the general exactly what he wanted." # effect: The moderates hold: the Arsenal blames the Bolsheviks for the shooting in the centre
He goes to bed without supper. Mitya takes him a cup of tea, and he drinks it with his face to the wall.
~ father_trust = 0
~ raise(moderates_cred, 2)
~ discredit_moderates(2)
After the plot failed, the generals and the Kadets were discredited and Kerensky's government was weaker. # note # cite: essay
-> kor_soviet

=== kor_soviet
# date: 1917-08-31
# scene: Smolny, past midnight
# place: smolny
That night the Bolsheviks put a resolution to the Petrograd Soviet: a government of revolutionary workers and peasants, peace talks at once, the great estates confiscated, workers' control of industry. # event: vote smolny # cite: essay
{ bolshevik_share >= 38:
    -> kor_soviet_carried
}
{ kornilov ? took_the_bait:
    The hands go up, and they are not enough. The Mensheviks and SRs keep the benches, and everyone knows why: the Bolsheviks went for the {kornilov ? seized_palace_to_protect:palace|telegraph} in the middle of the defence. The resolution falls. # recalls: kornilov
- else:
    Not enough hands go up. The Mensheviks and SRs keep their majority, narrowly: the workers saw who led the defence, and it was not {kornilov ? stayed_neutral:you|only you}.
}
{ kornilov ? backed_kerensky:
    "You stood beside Kerensky on Monday," a Putilov delegate tells you in the corridor. "Why should we vote against him on Thursday?" # recalls: kornilov
}
{ kornilov ? stayed_neutral:
    A Menshevik reads out the Vyborg committee's resolution of the twenty-seventh, the one about two sides of one coin, and the hall laughs. # recalls: kornilov
}
"Next time," {kornilov ? took_the_bait:Anton|Lidia} says on the stairs. "They won't get many more chances." # effect: Legitimacy and workers' control grow a little, though the Soviet stays with the moderates
~ raise(legitimacy, 3)
~ raise(workers_control, 5)
~ raise(peasant_land, 5)
-> kor_roads

= kor_soviet_carried
The hands go up, and up; the secretaries lose count. {july ? stayed_out_of_july:Even the Kronstadt delegates raise theirs, late and grudging. }For the first time the Petrograd Soviet has voted Bolshevik. Fyodor lifts Marfa off her feet; Anton sits down on the stairs and laughs. # sfx: crowd_roar # music: stinger_victory # effect: The Bolsheviks carry the Petrograd Soviet: legitimacy, workers' control and the city's mood all rise
~ held += smolny
~ discredit_moderates(4)
~ raise(legitimacy, 6)
~ raise(workers_control, 8)
~ raise(peasant_land, 8)
~ lower(gov_authority, 4)
~ raise(worker_confidence, 4)
~ raise(left_allies, 4)
~ stir_each((admiralty_centre, kolomna, liteiny, rozhdestvensky, alexander_nevsky, lesnoy), 8)
What really happened: the Petrograd Soviet passed a Bolshevik resolution for the first time, with these four demands. # note # cite: essay
Not in the essay: the vote is usually given as about 279 to 115 with 51 abstentions. # note
-> kor_roads

// The roads that leave history in this act get one more scene and decision before September (story/roads/kornilov_roads.ink),
// then kor_road_autumn (story/roads/kor_road_autumn.ink) sends them on into the autumn, to their own endings; history goes on to kor_end.
=== kor_roads
{
- kornilov ? backed_kerensky:
    -> kor_road_directory
- kornilov ? stayed_neutral:
    -> kor_road_answer
}
-> kor_road_autumn

=== kor_end
# date: 1917-09-02
# scene: September
# place: vyborg
The first September rain washes the dust off the lime trees.
{
- kornilov ? kerensky_council:
    The July warrants are withdrawn: Trotsky is to come out of Kresty within days, on the Directory's word. # recalls: kornilov
- kornilov ? demanded_arms_and_releases:
    The rifles the government handed out to save itself stay in the workers' districts, and the lawyers say Trotsky will be out of Kresty on bail within days. # recalls: kornilov
- kornilov ? asked_nothing:
    Nobody bargained for the July prisoners at Smolny. The lawyers say Trotsky will be out of Kresty on bail within days all the same, and the Menshevik papers call it the Soviet's generosity. # recalls: kornilov
- else:
    Trotsky is still in Kresty.
}
{ july ? agitated_at_front:
    Seryozha's court-martial never sat. The week Kornilov's trains stopped, the soldiers' committee at the railhead put its own sentries on the guardhouse and sent him home, and he walks into the Erikson tool room in a borrowed greatcoat to ask for his old lathe. # recalls: july
}
{ kornilov ? campaigned_for_prisoners:
    Martov's people remember the vote on the prisoners. Two of them climb the stairs to the room off Sampsonievsky to ask what the party means to do with its new friends in the barracks. # recalls: kornilov
}
{ july ? lenin_surrendered:
    { kornilov ? demanded_arms_and_releases || kornilov ? kerensky_council:
        Lenin's bail is granted too, and he is gone from his lodging by the next morning. Nobody in the party will say where. # recalls: kornilov
    - else:
        Lenin is still in his cell, and the party argues about the future without him. # recalls: july
    }
}
{ kornilov ? disbanded_defence_committees:
    The rifles are locked in the Soviet's stores at Smolny behind a Menshevik padlock, and Fyodor does not come to meetings. # recalls: kornilov
}
{ kornilov ? demanded_power_at_once:
    The Central Committee has censured the Vyborg committee for the march on Smolny. Fyodor calls it the best night of the year. # recalls: kornilov
}
{ kornilov ? demanded_resignation:
    The Menshevik papers still reprint your ultimatum every morning, beside the list of the Luga dead. # recalls: kornilov
}
{ kornilov ? took_the_bait && not (kornilov ? kerensky_council):
    The party's papers are banned again. {kornilov ? kept_defence_committees:The Red Guard keeps its rifles in the workers' districts, but in|In} the rest of the city they call you the men who stabbed the defence in the back. # recalls: kornilov
}
{ grisha_at_front:
    Grisha's letters still come from the front. His regiment's committee has voted for Soviet power, he writes, and wants to know when Petrograd will. # recalls: grisha_at_front
}
~ lower(repression, 6)
~ split_party(3)
{ portrait_torn:
    Over the bed Mitya has pinned the scrap of Kerensky's portrait his grandfather brought home from the Arsenal, upside down. # recalls: portrait_torn
}
~ whereabouts(4)
{ held ? smolny:
    The Bolsheviks have carried the Petrograd Soviet. The shaken coalition calls a Democratic Conference to settle the question of power: not whether the soviets should rule, but how, and through whom. # act_end: kornilov
- else:
    The Bolsheviks have not yet carried the Petrograd Soviet. The coalition calls a Democratic Conference to settle the question of power; the party must win the soviets first. # act_end: kornilov
}
-> oct_start
