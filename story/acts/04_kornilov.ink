// Act IV: Kornilov (late July to early September 1917, Old Style).
// Enters from Act III at kor_start (historical state: preset_kornilov in debug.ink).
// Leaves for Act V at oct_start, or ends the game at ending_kornilov_victorious.

=== kor_start
# act: kornilov
# date: 1917-07-25
# scene: The room off Sampsonievsky
# place: vyborg
Dust greys the lime trees on Sampsonievsky. Mitya counts the regiments marching past, back from the front to keep the capital quiet. # event: troops vyborg
{ july ? stayed_out_of_july:
    The party kept its people off the streets in July, and it shows: fewer comrades in the Kresty, a press that still turns. But the Bolshevik papers are banned all the same, Trotsky is arrested, and on the Kronstadt boats they say the Bolsheviks let the sailors go out alone. Petya has not written since.
- else:
    Three weeks after the July Days, the party's papers are banned, the Kshesinskaya mansion lost, Trotsky and others in the Kresty. # event: arrest kresty
}
{ july ? lenin_surrendered:
    Lenin gave himself up to stand trial, as the cautious wing urged. The papers call him a German agent every morning, and his letters leave the prison in pieces, weeks late.
- else:
    Lenin is in hiding, a German agent in every paper.
}
{ repression >= 75:
    The arrests have not stopped. Most nights a lorry pulls up somewhere on the Vyborg side, and most mornings another bench at the works stands empty.
}
Your father has the Menshevik paper. "A new coalition," he says. "Kadets and socialists, Kerensky at the head. And a real general at Stavka: Kornilov will mend the front." # cite: essay
"Your lot went out with rifles in July, and Piter paid. So what is Kerensky to you? Another Tsar?"
* [Call Kerensky Kornilov's accomplice]
    "He's the general's partner, Papa. He just can't say so yet."
    Alexei folds the paper and goes out to smoke on the stairs.
    ~ lower(moderates_cred, 1)
* [Call him the lesser evil, for now]
    "Better Kerensky than Kornilov. For now. But he jailed our people, and he'll hand the general the keys if the general asks nicely."
    "For now," your father repeats, and almost smiles. "That's something, from a Bolshevik."
    ~ kornilov += called_kerensky_lesser_evil
    ~ raise(moderates_cred, 2)
    ~ lower(party_unity, 1)
* [Say nothing and clear the cups]
    You rinse the glasses. Alexei reads on, his lips moving over the government's appeal for order. The silence sits at the table like a third person.
    ~ kornilov += kept_silent_on_kerensky
- -> kor_cells

=== kor_cells
# date: 1917-08-10
# scene: A storeroom under the New Lessner works
# place: new_lessner
Machine oil and wet sawdust; five of you on crates under one lamp. Marfa reads out the factory committees' resolution.
"Russia has already entered a period of real catastrophe because the economic break-down and the food crisis have reached extreme limits." # cite: 15
"Last week the city had two days' grain," she says. "My girls faint at the looms." # cite: essay
{
- dual_power ? control_takeover:
    "And at the mill we took over the management in the spring," she adds. "Now the owners send no cotton and the banks send no wages. We run a factory with nothing in it."
- dual_power ? control_anarchist:
    "The works that threw out their bosses in the spring are the first to close," she adds. "No cotton, no credit, no one to sell to. Each shop on its own island."
}
~ crisis(6)
Fyodor answers with Kornilov's programme: railways under military control, war factories under martial law, strikes banned. "And the coalition hasn't said no." # cite: essay
"We lie low," says Anton Ivanovich. "After 1905 the party waited out the reaction, and lived."
"And let my mill read only the Menshevik paper?" Marfa says. "Print ours under another name. Rebuild the cells shop by shop."
"And keep the rifles under the floorboards," Fyodor adds.
"Campaign for the prisoners with Martov's people in the Soviet," says Lidia, the Left SR. "Make the Mensheviks vote on jailing socialists." # decision: kor_underground
* [Print the paper under new names and rebuild the cells #historical]
    -> kor_cells_rebuilt
* [Campaign for the prisoners through the Soviet]
    -> kor_cells_campaign
* [Lie low and wait]
    -> kor_cells_lie_low

= kor_cells_rebuilt
You need a press, and Osip has one.
"I set type against the Tsar's censor for twenty years," he says among the type cases. "I won't be a censor now. Nights only."
The paper appears under one name, then another. Marfa's women carry it under the cabbages; the cells meet again, three and four at a time. # event: printing_press petrograd_side
~ agitate(8)
~ lower(repression, 8)
~ raise(red_guard, 5)
~ raise(workers_control, 5)
~ raise(worker_confidence, 4)
~ stir_workers(2)
-> kor_underground_note

= kor_cells_campaign
Lidia takes you to Smolny, the old school for noble daughters where the Soviet now sits.
In the white hall Martov, hoarse and thin, speaks against the arrests: socialists jailed by socialists, without trial, on the word of counter-intelligence. The Menshevik benches look at their boots. # event: vote smolny
The motion fails narrowly, and the vote is printed. In the factories men read out the names of delegates who voted to keep their comrades in the Kresty. Soldiers' committees write to ask what the Bolsheviks are charged with.
But your best people spent August in committee rooms, and the cells are thinner for it. Fyodor says the rifles are still under the floor, if anyone remembers where.
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
The weeks are quieter, and emptier. At the mill the Menshevik paper goes from loom to loom unanswered. When the bread ration is cut again, the women ask Marfa what the Bolsheviks say, and she has to tell them: nothing, this month.
Fyodor stops coming to the committee. He has been seen at the anarchists' dacha in Durnovo's garden, where there are speeches every night and nobody tells anyone to wait.
~ kornilov += lay_low
~ lower(repression, 3)
~ lower(party_org, 4)
~ lower(worker_confidence, 3)
~ split_party(4)
-> kor_underground_note

= kor_underground_note
What really happened: after July the Bolshevik papers were banned and Kadets and right-wing socialists formed a new coalition; in August the factory committees warned of "real catastrophe". # note # cite: essay, 15
Not in the essay: the party paper kept reappearing under new names. # note
The essay argues that Kerensky did not oppose Kornilov's programme and plotted a coup with him. # note # interpretation # cite: essay
Not in the essay: historians still debate whether it was a plot, a misunderstanding or Kerensky's trap. # note
-> kor_alarm

=== kor_alarm
# date: 1917-08-27
# scene: The alarm
# place: vyborg
Riga falls to the Germans; the Kadet papers blame the soldiers' committees. # event: troops riga
~ raise(german_threat, 15)
~ reaction(6)
~ crisis(4)
On Sunday evening Anton Ivanovich runs up your stairs. "Kerensky has sacked Kornilov, and Kornilov won't go. His cavalry is coming up the Luga line." # event: train luga # sfx: telegraph # music: stinger_dread
{
- july ? tried_to_seize_power:
    By nine the Vyborg district soviet fills a school hall, and half the faces are new: the July men are in the Kresty or at the front.
- july ? resisted_in_streets:
    By nine the Vyborg district soviet fills a school hall whose windows are still boarded from the July fighting.
- else:
    By nine the Vyborg district soviet fills a school hall.
}
{ kornilov ? lay_low:
    Fyodor is back from the anarchists, louder than ever.
}
"Kerensky jailed us; Kornilov wants to hang us," Fyodor says. "Two sides of one coin."
{ dual_power ? joined_coalition:
    Osip has crossed the river to speak. "Your party sat in the coalition in May, Nadya. You can hardly refuse its command now the general is at the gate. One command, or we lose the city."
- else:
    Osip has crossed the river. "If Kornilov wins there'll be no Soviet left. Put your people under the government's command, Nadya."
}
{ july ? lenin_surrendered:
    Anton Ivanovich has the party's line, smuggled out of Lenin's cell by his lawyers.
- else:
    Anton Ivanovich has Lenin's line.
}
"Fight Kornilov, but don't prop up Kerensky," he says. "Our own committees, our own rifles. Kerensky we settle with later." # decision: kor_defence
* [Stay out: Kerensky and Kornilov are one coin]
    -> kor_sit_out
* [Rally behind Kerensky and take his orders]
    -> kor_under_kerensky
* [Fight Kornilov with our own forces #historical]
    -> kor_own_forces

=== kor_sit_out
The vote goes Fyodor's way. The district committee will not lift a finger for Kerensky's government. The hall empties slowly, arguing on the stairs.
Some go anyway. At the New Lessner gate a Menshevik steward takes names for the Soviet's trench parties, and the queue is longer than you like. Marfa's women take spades from the Soviet's carts without asking whose they are. "They're coming for our children, not for Kerensky's," she tells you, and does not wait for your answer.
Grisha comes to the room at midnight, his cap in his hand. His battalion of the Moscow Regiment marches south at dawn, under officers who drank Kornilov's health in the mess last week.
"If your lot won't come," he says, "who do I shoot at, Nadya? The general, or my lieutenant?"
You have no answer he can carry in a rifle. Mitya, awake on the bed, watches his uncle go down the stairs.
In the morning the Soviet's lorries go south past the silent Vyborg gates, full of Putilov men with spades. Lidia jumps down from one at the Sampsonievsky bridge.
"The Left SRs are going. Martov's people are going. Even the anarchists are going," she says. "Where is the party that was going to lead the workers?"
~ kornilov += stayed_neutral
~ lower(worker_confidence, 6)
~ raise(moderates_cred, 4)
~ lower(bolshevik_share, 3)
~ split_party(4)
~ reaction(6)
-> kor_defence_note

=== kor_under_kerensky
# place: general_staff
Osip grips your hand. "Now we are all on one side."
At the General Staff a commissar in a new tunic reads the workers' tasks from a typed sheet: trenches, bridges, messages. Rifles? He taps the sheet. "Reliable units only. After July, the government cannot arm every factory." # sfx: typewriter
"Then who is reliable?" you ask. "The officers who toasted Kornilov last week?" He writes something down.
Fyodor walks out. In the trenches on the Moscow road a fitter from the Baltic yards asks you, quite politely, when the Bolsheviks joined the government.
That night the commissar's clerk comes for a list of every worker who will bear arms, "for the records". Anton Ivanovich gives him forty names of pensioners.
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
By midnight the district soviet has its own defence committee. By morning the queue to sign the Red Guard ledger at the New Lessner gate runs down the street. # event: red_guard vyborg new_lessner # sfx: crowd
{
- kornilov ? campaigned_for_prisoners:
    The cells are thinner than they should be after August in committee rooms; runners go out all night to rebuild them.
- kornilov ? lay_low:
    After a month of lying low there are hardly any cells to call on. Fyodor's anarchist friends reach the ledger before most of the party's members do, and they want rifles first and orders never.
    ~ lower(red_guard, 4)
- else:
    The rifles come up from under the floorboards, and Grisha brings a dozen men of his battalion to show the Red Guard how to use them.
}
Messengers go to the Warsaw station, the Obukhov works, Kronstadt; agitators sign up to go down the line and talk to Kornilov's soldiers.
"You're fighting the general, not saving the government," Osip says. "I'm not sure your rifles know the difference."
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
What really happened: Kerensky sacked Kornilov, who sent his troops on Petrograd anyway. The Bolsheviks led the defence, bringing out workers and radical soldiers and sailors. # note # cite: essay
Not in the essay: Kornilov was dismissed on 27 August; General Krymov's cavalry corps led the advance. Lenin urged fighting Kornilov without supporting Kerensky. # note
The essay says Kerensky broke with Kornilov only when he saw he would be a victim too. # note # interpretation # cite: essay
-> kor_provocation

=== kor_provocation
# date: 1917-08-28
# scene: Leaflets on the Nevsky
# place: nevsky_kazan
Overnight unsigned leaflets cover the Kazan cathedral: Workers, rise tonight! Those handing them out have officers' haircuts and clean boots.
"Kornilov's friends," Anton Ivanovich says. "They want us in the centre with rifles, so the general can save Petrograd from us."
On Palace Square, Petya's Kronstadt sailors guard the Winter Palace for Kerensky. # event: sailors winter_palace palace_square
{ july ? stayed_out_of_july:
    He doesn't embrace you. "Vyborg stayed home in July. We remember."
}
{ kornilov ? backed_kerensky:
    "Kerensky's guard," he says, and spits. "Look at us. Look at you."
}
{ kornilov ? stayed_neutral:
    "Your committee's sitting this one out, I hear," Petya says. "Fine. The sailors won't. We're inside already: one word, and we hold the palace ourselves. To protect it, naturally."
    Fyodor has come with a squad. "We don't fight for Kerensky. But while he's on his knees, take the telegraph and the ministries, and let both of them find a Soviet government waiting." # decision: kor_provocation
- else:
    "We're inside already," Petya says. "One word, and we hold the palace ourselves. To protect it, naturally."
    Fyodor has brought a squad. "Strike at the government while Kerensky's on his knees. Take the telegraph, the ministries." # decision: kor_provocation
}
* [Tear down the leaflets and only defend #historical]
    -> kor_refuse
* [Strike at the government at the same time]
    -> kor_bait_strike
* [Hold the Winter Palace "to protect it"]
    -> kor_bait_palace

=== kor_refuse
You tear the leaflets down and the committees pass the word: nobody goes out tonight{kornilov ? stayed_neutral:, for anyone| except to the trenches and the stations}. The clean-booted young men wait on the corners for a crowd that never comes. # event: retreat nevsky_kazan
~ kornilov += refused_provocation
~ raise(legitimacy, 8)
~ raise(fleet, 8)
~ lower(moderates_cred, 2)
What really happened: Kornilov counted on planted agents provoking a Bolshevik move, so he could pose as the capital's defender. It misfired: the plotters quarrelled, and would-be allies held back once Kerensky turned on him. # note # cite: essay
{ kornilov ? stayed_neutral:
    -> kor_neutral_fate
}
-> kor_terms

=== kor_bait_strike
# place: main_post_telegraph
Fyodor's squad goes for the main telegraph office with forty rifles. The clerks barricade themselves in the sorting room. By midnight Red Guards and government cadets are shooting at each other across the courtyard, glass coming down like hail, and a clerk lies on the cobbles who never chose a side. # event: shots main_post_telegraph # sfx: shots
The Soviet's Executive Committee, in the middle of organising the defence, stops to denounce a Bolshevik rising. Its trench parties are called back to guard the ministries.
Before dawn the wire from Stavka reaches every headquarters at the front: the Bolsheviks have risen, as the general warned; the army marches to save Petrograd from anarchy.
~ fought_over += main_post_telegraph
-> kor_bait_consequence

=== kor_bait_palace
# place: winter_palace
Petya's sailors bar the palace doors from the inside and run a red flag up over the Neva front. Kerensky's aides slip out through the courtyard to the General Staff. For one night the sailors hold the palace "to protect it", lounging in the gilded rooms with their boots on the tables, while cadets and a jeering crowd fill the square. # event: occupy winter_palace # sfx: crowd_roar
By morning every paper has the same headline. The Soviet's Executive Committee calls it a Bolshevik coup. Kornilov's staff wires it to every army: the Bolsheviks have taken the palace, as the general warned; the army marches to save Petrograd.
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
What really happened: Kornilov counted on planted agents to provoke a Bolshevik move, which would let him pose as the capital's defender. No such rising came. # note # cite: essay
The essay does not discuss a rising during the affair; this branch follows its account of what Kornilov hoped for. # note # interpretation
{ garrison + red_guard >= 90:
    -> kor_bait_survived
}
-> kor_city_falls

=== kor_neutral_fate
{ garrison + fleet >= 120:
    -> kor_saved_without_us
}
-> kor_city_falls

=== kor_city_falls
# date: 1917-08-30
# scene: The trains come on
# place: tsarskoe_selo
# view: approaches
# music: stinger_defeat
{ kornilov ? took_the_bait:
    The railwaymen at the Warsaw station still try. But the echelons now carry officers who read the general's telegrams aloud at every halt: the capital is in the hands of Bolshevik mutineers. Troopers who might have listened to an agitator on Monday shoot at one on Wednesday. # event: train luga # sfx: train
    Fyodor's Red Guard holds the Vyborg side for a night and a day. Then the cadets come from the centre and the cavalry from the south, and the Soviet's own regiments stay in their barracks, waiting to see who wins. # event: shots vyborg # sfx: volley
- else:
    The trench parties on the Moscow road are led by Menshevik students who have never held a rifle. The railwaymen wait for an order from the Soviet that comes a day late; by then the first echelons are at Tsarskoe Selo. # event: train tsarskoe_selo # sfx: train
    Grisha's battalion is ordered to meet the cavalry. Its officers march it the other way, towards the city. Nobody has explained to the soldiers why they should disobey, because the people who would have explained it were told to stay at home. # event: troops pulkovo_heights
}
Kerensky sends a telegram to the front asking for loyal troops. The front sends Kornilov's. # sfx: telegraph
-> ending_kornilov_victorious

=== kor_saved_without_us
# date: 1917-08-30
# scene: Saved without you
# place: luga
# view: approaches
The city is defended without the Bolsheviks, and that is the worst of it.
{ kornilov ? campaigned_for_prisoners:
    The soldiers' committees that wrote to ask about your prisoners in August go out anyway, and take their regiments with them.
- else:
    The soldiers' committees go out anyway, and take their regiments with them.
}
The railwaymen stop the trains on their own union's orders. The sailors come up from Kronstadt under the Soviet majority's committee. At Luga, Kornilov's troopers sit down by their horses and will go no further, and the coup dies with hardly a shot. # event: train luga # sfx: train
Osip is radiant. "The Soviet did it, the Soviet and the government together." He is kind enough not to ask where you were.
In the factories they ask instead. Half the New Lessner Bolsheviks dug the trenches against the party's line, and they want to know why they had to.
Grisha comes home with a red armband and a story about arresting his lieutenant. "We did it on the Soviet's orders," he says. "Not yours."
~ kornilov += railwaymen_stopped_trains
~ lower(counter_threat, 20)
~ raise(moderates_cred, 6)
~ lower(bolshevik_share, 3)
~ raise(worker_confidence, 6)
~ lower(gov_authority, 4)
~ stir_city(4)
-> kor_alexei

=== kor_bait_survived
# date: 1917-08-30
# scene: A city on three sides
# place: admiralty_centre
For two days the city has three sides. Kornilov's echelons are on the railway; the government's cadets hold the Admiralty and the General Staff; the Red Guard holds the Vyborg side, Vasilievsky and the Putilov works. The Soviet's Executive Committee begs everyone to fight the general and not each other. # event: barricade admiralty_centre
There are enough of you to hold the workers' districts, and that is all it saves. On the line south the railwaymen still shunt Kornilov's trains into sidings and agitators still talk to his troopers, and the coup dies there with hardly a shot. # event: train luga
But the papers say the Bolsheviks stabbed the defence in the back, and half the city believes them. The cadets raid the Vyborg side on the last night and take two hundred prisoners. # event: raid vyborg
{ kornilov ? seized_palace_to_protect:
    Petya's sailors march out of the Winter Palace on the third day, under the Soviet's orders, to jeers from the embankment. He does not look at you.
- else:
    Fyodor comes back from the telegraph office with his arm in a sling and twelve of his forty men.
}
Lidia will not come to the Vyborg side any more. Her Left SRs voted with the Mensheviks to condemn the rising. "{kornilov ? campaigned_for_prisoners:I defended your prisoners in August. }I won't defend this," she sends word.
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
    The commissar from the General Staff sits at the end of the table.
}
"So we name the price," Anton Ivanovich says. "Rifles for the workers. Our comrades out of the Kresty. Our papers free."
"Haggle, with Krymov at Luga?" Osip says. "Ask for nothing. The workers will remember who stood by them."
Petya laughs. "Ask for Kerensky. He goes first, then we fight." # decision: kor_terms
* [Demand arms, the prisoners' release and a free press #historical]
    -> kor_terms_arms
* [Ask for nothing and fight]
    -> kor_terms_nothing
* [Demand Kerensky's resignation first]
    -> kor_terms_resignation

= kor_terms_arms
The committee gives way within the hour. Carts leave the Arsenal on Liteiny with rifles stacked like firewood; in the Kresty, guards list prisoners for bail. # event: arsenal arsenal_liteiny
{ kornilov ? backed_kerensky:
    The commissar from the General Staff objects, and is overruled by his own ministers.
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
The workers get what rifles they can find: from under the floorboards, from soldiers who don't ask for receipts. Trotsky stays in the Kresty; your papers stay banned. The Menshevik paper calls the defence a triumph of democratic unity, and prints the Bolsheviks' name in small type at the bottom.
~ kornilov += asked_nothing
~ raise(red_guard, 5)
~ raise(moderates_cred, 4)
~ lower(repression, 8)
~ lower(bolshevik_share, 2)
-> kor_terms_note

= kor_terms_resignation
The SR chairman stands so fast his chair falls over. "Blackmail, with the enemy at Luga!" The Mensheviks walk out, and for a day the committee does not meet.
The workers arm themselves anyway, from factory stores and friendly sentries. But a day is lost, and the Menshevik papers print the Bolsheviks' terms beside a map of Kornilov's advance. Even Lidia shakes her head. "You asked them to hang themselves first. Nobody does that."
~ kornilov += demanded_resignation
~ raise(red_guard, 5)
~ raise(counter_threat, 6)
~ lower(legitimacy, 5)
~ raise(moderates_cred, 3)
~ split_party(3)
-> kor_terms_note

= kor_terms_note
What really happened: the essay records no bargain with the government. # note # cite: essay
Not in the essay: during the crisis the Red Guards were armed and jailed Bolsheviks were released on bail, Trotsky on 4 September. # note
-> kor_approaches

=== kor_approaches
# date: 1917-08-29
# scene: The approaches
# place: warsaw_station
# view: approaches
By Tuesday the city faces south-west, towards Luga.
* [Go to the Warsaw station with the railwaymen]
    -> kor_at_station
* [Ride down the line with the agitators]
    -> kor_at_luga
* [Dig in at Pulkovo with the Red Guard]
    -> kor_at_pulkovo

= kor_at_station
In the telegraph room Semyon Kuzmich, ink on his cuffs, shows you Stavka's wires for Kornilov's echelons. "Received," he says, and spikes them. "Not sent."
In the yards switchmen shunt a troop train into a siding and lose the key. # event: train warsaw_station # sfx: telegraph
{ kornilov ? demanded_resignation:
    "You cost us a day at Smolny," Semyon Kuzmich says. "The first echelon got past Luga before the union had its orders. We're catching it at Gatchina." # event: train gatchina
}
{ kornilov ? backed_kerensky:
    A government commissar with a pass signed by Kerensky asks who ordered the trains stopped. "The union," Semyon Kuzmich says. The commissar writes that down, and by evening the papers say the government stopped them.
}
-> kor_collapse

= kor_at_luga
# place: luga
You ride south in a goods wagon with a dozen agitators, a sack of leaflets and two men from the Caucasus who speak the troopers' languages.
Near Luga an echelon stands in the fields, horses watered from the ditches. The troopers were told the Bolsheviks had sold Petrograd to the Germans, not that they would be fighting Russian workers. # event: fraternise luga
{ kornilov ? backed_kerensky:
    A government commissar rides with you and forbids any talk of Soviet power. The troopers listen to the agitators anyway, and ask who the man in the new tunic is.
}
Grisha is there: his battalion was sent to meet this division, and now soldiers from both trains sit on the embankment sharing makhorka and newspapers. By evening a red rag is tied to the engine.
-> kor_collapse

= kor_at_pulkovo
# place: pulkovo_heights
On Pulkovo heights the observatory domes shine above fresh trenches. Marfa's women dig with their skirts kilted up; Fyodor teaches boys from the Putilov works to load and aim. Petya's sailors have dragged up a machine gun from somewhere and named it after a girl{july ? stayed_out_of_july:, and dug their own trench fifty yards from the Vyborg men's}. # event: red_guard pulkovo_heights
Below you the city lies under its smoke: the gold dome of St Isaac's, the chimneys of the Vyborg side. You wait all day for cavalry. Only rumours come, each better than the last.
{ kornilov ? backed_kerensky:
    A colonel of the General Staff commands the trench line. He keeps the sailors' machine gun pointed south and his own eye on the sailors.
}
-> kor_collapse

=== kor_collapse
# date: 1917-08-31
# scene: Hardly a shot
# place: luga
# view: approaches
By the thirtieth Kornilov's corps is stuck in sidings, its troopers arguing with agitators. Grisha's battalion has locked up a lieutenant who toasted the general. # event: retreat luga # music: stinger_rise
~ temp bloodied = counter_threat >= 70
{ bloodied:
    It is not quite bloodless. The lost day costs: near Luga a squadron whose officers still hold it fires on a trench line, and a dozen workers are carried back on doors.
    ~ count_up(casualties, 12, 20000)
}
General Krymov has shot himself; Kornilov is under arrest. {bloodied:Even so, the|The} coup has collapsed with hardly a shot fired.
{ kornilov ? backed_kerensky:
    The papers give the victory to the government's commissars. The workers who dug the trenches say nothing.
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
    "The government wants the committees dissolved," he adds. "You took its orders last week. Take this one."
- kornilov ? took_the_bait:
    "And the Executive offers a bargain," he adds, not looking at you. "The two hundred taken in the Vyborg raid go free when the Red Guard hands in its rifles."
}
"Over?" says Petya. "Kornilov's friends are still at Stavka. March on Smolny, armed, and make the Soviet take power."
{ kornilov ? took_the_bait:
    "Like July? We've had July twice this summer," Marfa says. "In the provinces the soviets took power in the crisis and won't give it back. Keep the committees and the rifles, and never again go first." # decision: kor_after
- else:
    "Like July?" Marfa says. "In the provinces the soviets took power in the crisis and won't give it back. Keep the committees and the rifles." # decision: kor_after
}
* [Keep the defence committees and the rifles #historical]
    The committee tells the Soviet Executive, politely, that it will keep both. Every evening the Red Guard drills in the yard, and nobody laughs now.
    ~ kornilov += kept_defence_committees
    ~ raise(red_guard, 5)
    ~ raise(legitimacy, 6)
    ~ lower(repression, 6)
* [Hand the rifles back to the Soviet]
    You load the rifles on carts and sign the Soviet's receipts, one by one, in the rain. Osip thanks you warmly. Fyodor tears up his Red Guard card in front of the whole yard and walks out of the gate.
    In the districts the committees wind down. Some rifles, you suspect, never reach the carts. Anton Ivanovich writes the numbers in his notebook and says nothing at all.
    { kornilov ? took_the_bait:
        That evening the two hundred from the Vyborg raid walk home from the Kresty.
        ~ lower(repression, 6)
    }
    ~ kornilov += disbanded_defence_committees
    ~ lower(red_guard, 15)
    ~ armed_workers -= (vasilievsky, nevsky_district, petrograd_side, moscow, okhta)
    ~ raise(moderates_cred, 5)
    ~ raise(legitimacy, 2)
    ~ lower(worker_confidence, 4)
* [March on Smolny: the Soviet must take power now]
    By nine the drive at Smolny is full of armed workers and sailors chanting for Soviet power. The Executive's leaders come out on the steps and refuse, politely, exactly as they did in July. # event: crowd smolny # sfx: crowd_roar
    The crowd goes home at midnight, angry and a little ashamed. The Kadet papers say the Bolsheviks are trying again, and the Central Committee summons Anton Ivanovich to explain himself.
    ~ kornilov += demanded_power_at_once
    ~ demonstrate((rozhdestvensky))
    ~ disperse((rozhdestvensky))
    ~ split_party(5)
    ~ raise(bolshevik_share, 3)
    ~ lower(legitimacy, 4)
    ~ raise(repression, 5)
- What really happened: the coup fell apart almost without shooting. Railwaymen stopped the troop trains, soldiers arrested officers suspected of plotting, and agitators won Kornilov's men over. # note # cite: essay
In many provinces, soviets that had taken control during the crisis would not hand it back. # note # cite: essay
Not in the essay: Krymov shot himself on 31 August; Kornilov was arrested on 1 September. # note
-> kor_alexei

=== kor_alexei
{
- kornilov ? backed_kerensky:
    -> kor_alexei_vindicated
- kornilov ? stayed_neutral:
    -> kor_alexei_scorn
- kornilov ? took_the_bait:
    -> kor_alexei_torn
}
-> kor_alexei_turn

= kor_alexei_turn
# date: 1917-08-31
# scene: The Arsenal works
# place: arsenal_liteiny
All spring the Arsenal shouted Bolsheviks down. Today its shop committee has sent for one, but before you reach the platform your father climbs onto it. # event: crowd arsenal_liteiny
He stands a long moment, cap in both hands. "I voted for this war and for the coalition. My daughter told me what Kornilov was, and I called her lot German agents. The coalition nearly fed us to a general. I was wrong, comrades. I ask your pardon."
A young turner pulls the portrait of Kerensky off the wall and tears it across, and across again. # sfx: cheer
{
- kornilov ? called_kerensky_lesser_evil:
    At home he says: "For now, you told me in July. You were right about the 'for now'."
- kornilov ? kept_silent_on_kerensky:
    At home he says: "You never argued with me, that night in July. I wish you had."
- else:
    At home he pours your tea himself. "You called him the general's partner. I'll listen now."
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
At the door he stops, frowning at the evening paper. "The Kadets have walked out of the government. Their own people were in it with the general." He does not sleep well.
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
"Where were your lot, Nadya?" he asks, not unkindly, which is worse. "Kornilov was coming to hang you, and you sat in a cellar and called it principle. We dug the trenches. Men like me, with bad backs."
He is not crowing. He sounds disappointed, and you realise that after July he had half begun to listen to you.
~ raise(moderates_cred, 2)
~ lower(worker_confidence, 2)
After the plot failed, the generals and the Kadets were discredited and Kerensky's government was weaker. # note # cite: essay
-> kor_soviet

= kor_alexei_torn
# date: 1917-08-31
# scene: The Arsenal works
# place: arsenal_liteiny
Your father comes home late with a cut on his cheek from a tram window broken on Liteiny. At the Arsenal the shop argued all day: about Kornilov, and about the Bolsheviks who went for the {kornilov ? seized_palace_to_protect:palace|telegraph} while the city was defending itself.
"I was ready to hear you," he says. "God knows, after Kornilov I was ready. And then your lot gave the general exactly what he wanted."
He goes to bed without supper. Mitya takes him a cup of tea, and he drinks it with his face to the wall.
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
    The hands go up, and they are not enough. The Mensheviks and SRs keep the benches, and everyone knows why: the Bolsheviks went for the {kornilov ? seized_palace_to_protect:palace|telegraph} in the middle of the defence. The resolution falls.
- else:
    Not enough hands go up. The Mensheviks and SRs keep their majority, narrowly: the workers saw who led the defence, and it was not {kornilov ? stayed_neutral:you|only you}.
}
{ kornilov ? backed_kerensky:
    "You stood beside Kerensky on Monday," a Putilov delegate tells you in the corridor. "Why should we vote against him on Thursday?"
}
{ kornilov ? stayed_neutral:
    A Menshevik reads out the Vyborg committee's resolution of the twenty-seventh, the one about two sides of one coin, and the hall laughs.
}
"Next time," Lidia says on the stairs. "They won't get many more chances."
~ raise(legitimacy, 3)
~ raise(workers_control, 5)
~ raise(peasant_land, 5)
-> kor_end

= kor_soviet_carried
The hands go up, and up; the secretaries lose count. {july ? stayed_out_of_july:Even the Kronstadt delegates raise theirs, late and grudging. }For the first time the Petrograd Soviet has voted Bolshevik. Fyodor lifts Marfa off her feet; Anton Ivanovich cleans his glasses for a long time. # sfx: crowd_roar # music: stinger_victory
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
Not in the essay: the vote, on 31 August, is usually given as about 279 to 115 with 51 abstentions. # note
-> kor_end

=== kor_end
# date: 1917-09-04
# scene: September
# place: vyborg
The first September rain washes the dust off the lime trees.
{ kornilov ? demanded_arms_and_releases:
    Trotsky comes out of the Kresty on bail, into a crowd of workers carrying the rifles the government handed out to save itself.
- else:
    Trotsky is still in the Kresty.
}
{ july ? lenin_surrendered:
    { kornilov ? demanded_arms_and_releases:
        Lenin comes out on bail too, and is gone from his lodging by the next morning. Nobody in the party will say where.
    - else:
        Lenin is still in his cell, and the party argues about the future without him.
    }
}
{ kornilov ? disbanded_defence_committees:
    The rifles are locked in the Soviet's stores at Smolny behind a Menshevik padlock. The Red Guard ledgers are in Anton Ivanovich's cupboard, and Fyodor does not come to meetings.
}
{ kornilov ? demanded_power_at_once:
    The Central Committee has censured the Vyborg committee for the march on Smolny. Fyodor calls it the best night of the year.
}
{ kornilov ? demanded_resignation:
    The Menshevik papers still reprint your ultimatum every morning, beside the list of the Luga dead.
}
{ kornilov ? backed_kerensky:
    Kerensky is still in the Winter Palace, weaker. In the factories they call your stand beside him the old coalition under a new flag.
}
{ kornilov ? stayed_neutral:
    In the factories the question still hangs: where were the Bolsheviks? You will spend the autumn answering it.
}
{ kornilov ? took_the_bait:
    The party's papers are banned again. {kornilov ? kept_defence_committees:The Red Guard keeps its rifles in the workers' districts, but in|In} the rest of the city they call you the men who stabbed the defence in the back.
}
~ lower(repression, 6)
~ split_party(3)
Mitya has pinned a scrap of Kerensky's portrait over the bed, upside down.
End of Act IV: Kornilov. # act_end: kornilov
{ held ? smolny:
    The Bolsheviks have carried the Petrograd Soviet for the first time. The shaken coalition calls a Democratic Conference of its own choosing to settle the question of power: not whether the soviets should rule, but how, when, and through whom.
- else:
    The Bolsheviks have not yet carried the Petrograd Soviet. The coalition calls a Democratic Conference of its own choosing to settle the question of power; the party must win the soviets first.
}
-> oct_start
