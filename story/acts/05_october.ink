// Act V, October: September to the night of 25-26 October 1917 (Old Style).
// Starts from preset_october (debug.ink); the historical path ends near preset_defence.
// Decisions, in story order: oct_compromise, oct_preparliament, oct_how, oct_evacuation,
// oct_press_closure, oct_force, oct_announce. Endings at the bottom of the file.
// Act IV may deliver `kornilov ? backed_kerensky` (the party tied to Kerensky) or
// `kornilov ? disbanded_defence_committees` (a weaker Red Guard): both are acknowledged and
// both make the later tests of strength harder to pass.

=== oct_start
September rain off the Gulf; the Vyborg side smells of coal smoke. # act: october # date: 1917-09-03 # scene: The room off Sampsonievsky # place: vyborg
Your father, twenty years a Menshevik, brings home a Bolshevik paper. "Kornilov persuaded me," he says. "Not you."
{ kornilov ? backed_kerensky:
    Not everyone has forgiven August. The party stood under Kerensky's orders against Kornilov, and now the whole city says Kerensky had been dealing with the general himself. At the Erikson gates men ask you whose side you were on.
}
{ kornilov ? disbanded_defence_committees:
    The defence committees were stood down once Kornilov's trains stopped, and the rifles went back to the district store. The Red Guard drills in the New Lessner yard are thin.
- else:
    Fyodor Lukin drills his Red Guards in the Lessner yard.
}
~ raise(peasant_land, 4)
-> oct_compromise_scene

=== oct_compromise_scene
Anton Ivanovich reads Lenin's offer from hiding: if the Mensheviks and SRs drop the Kadets and rule through the soviets, the Bolsheviks will be a loyal opposition. # date: 1917-09-05 # scene: Lenin's offer # place: vyborg
"They'll refuse," says Anton, "and every worker will see who refused."
"No deals," says Fyodor. "We beat Kornilov, not them."
Lidia Orlova, back from Tambov, disagrees: "One government of all the soviet parties, yours included, as Martov says." # decision: oct_compromise
* [Back Lenin's offer of a loyal opposition #historical]
    ~ october += offered_compromise
    ~ discredit_moderates(4)
    ~ raise(legitimacy, 4)
    The committee backs it. The Soviet's old leaders say no.
    -> oct_compromise_after
* [Refuse any offer to the defencists]
    ~ october += refused_compromise
    ~ lower(left_allies, 5)
    ~ lower(legitimacy, 3)
    ~ raise(worker_confidence, 1)
    The committee votes with Fyodor. By morning "No bargains with the ministers' friends" is chalked along the Lessner fence.
    Lidia buttons her coat. "When you need us, remember you didn't ask." At the Soviet the Mensheviks wave Lenin's article and ask why his own district spits on it. Nobody's answer sounds like anything but pride.
    At the Erikson gate a Menshevik fitter who asked you what the catch was gives you a long look. "So there was a catch."
    -> oct_compromise_after
* [Propose a joint socialist government, Bolsheviks included]
    ~ october += offered_joint_government
    ~ raise(left_allies, 4)
    ~ raise(moderates_cred, 2)
    ~ raise(legitimacy, 2)
    The committee sends up Lidia's formula instead: all the soviet parties in one government, Bolsheviks included, no Kadets. Lidia carries it to the Soviet with Tambov mud still on her boots.
    The Left SRs like it, and so do the bread queues, sick of the parties quarrelling. The Soviet's old leaders turn it down as flatly as they turned down Lenin. Anton frowns. "Lenin offered them a clear road. We offered them chairs, and now they can say we wanted ministries."
    -> oct_compromise_after

=== oct_compromise_after
What really happened: Lenin offered peaceful Bolshevik opposition if the Mensheviks and SRs governed without the liberals. They refused. # note # cite: essay
The essay blames them: they preferred coalition with the capitalist parties to power. # note # interpretation # cite: essay
Not in the essay: Lenin made the offer in "On Compromises", early in September. # note
-> oct_conference

=== oct_conference
The Democratic Conference packs the gilt Alexandrinsky Theatre with cooperatives and town councils to outnumber the soviets. # date: 1917-09-20 # scene: The Democratic Conference # place: alexandrinsky_theatre # sfx: crowd
Kerensky forms a third coalition without asking it, and the Conference leaves a Pre-Parliament in the Mariinsky Palace.
"Take the seats," says Anton. "Kamenev's right: it's a platform."
"Lenin says boycott," says Fyodor. "Don't sit at their table. Kick it over."
"Go in once," says Marfa Sokolova, "as Trotsky wants: read a declaration for the bread queues, and walk out." # decision: oct_preparliament
* [Read a declaration on the first day and walk out #historical]
    ~ october += walked_out_of_preparliament
    ~ discredit_moderates(4)
    ~ lower(gov_authority, 3)
    ~ raise(legitimacy, 3)
    ~ raise(worker_confidence, 2)
    -> oct_pp_walkout
* [Take the seats and fight from inside]
    ~ october += joined_preparliament
    ~ raise(moderates_cred, 4)
    ~ lower(worker_confidence, 3)
    ~ lower(legitimacy, 2)
    ~ raise(left_allies, 2)
    ~ split_party(4)
    -> oct_pp_inside
* [Boycott it from the start]
    ~ october += boycotted_preparliament
    ~ discredit_moderates(3)
    ~ lower(left_allies, 3)
    ~ raise(worker_confidence, 2)
    ~ split_party(2)
    -> oct_pp_boycott

=== oct_pp_walkout
From the gallery you watch Trotsky denounce a government of Kornilov's friends and this council, its screen. The right benches bang desk lids as the Bolsheviks walk out. # date: 1917-10-07 # scene: The Pre-Parliament # place: mariinsky_palace
-> oct_preparliament_after

=== oct_pp_inside
For two weeks you sit in the Mariinsky gallery taking notes for the district. # date: 1917-10-12 # scene: The Pre-Parliament # place: mariinsky_palace
Osip Ginzburg sits two rows down for the printers. At the Conference he voted for a coalition in principle, then to keep the Kadets out, then against a coalition without them. In the corridor Lidia catches his sleeve. "So what did you vote for, Osip?"
"For time," he says. "Without the propertied people there's no credit and no army. Let the Constituent Assembly decide who governs."
Ministers speak of defence, generals of discipline, Kadets of order. The party's speakers answer well, and nothing is decided, because nothing in this building can decide anything.
At the Erikson gates a young turner asks, "So you're in the parlour with them now?" A letter from Lenin in the paper calls the seats a disgrace; Anton defends them in committee with a face like a shut door.
When the party's deputies at last walk out, two weeks late, nobody on the right bothers to bang a desk lid. On the steps one of them lights a cigarette with shaking hands. "Nowhere left but the soviets. We could have said so on the first day."
-> oct_preparliament_after

=== oct_pp_boycott
The party never takes its seats. On opening day the Vyborg side holds six meetings against the Pre-Parliament, and the loudest cheer in the New Lessner canteen is for the empty Bolshevik benches. # date: 1917-10-07 # scene: The empty benches # place: vyborg
At supper your father repeats what an old defencist told the whole Arsenal floor last month, where in spring your lot could not get a hearing: "the Bolsheviks have always said: 'It is not we who will persuade you, but life itself.' And now the Bolsheviks have triumphed because life has proved their tactics right." # cite: 27
"Life," your father says. "He means Kornilov."
Lidia is less pleased: her faction and Martov's people sit in the Mariinsky alone against the whole right. "You leave us to face them by ourselves, and then you ask us to trust you."
-> oct_preparliament_after

=== oct_preparliament_after
What really happened: the Democratic Conference backed coalition in principle, then voted to exclude the Kadets, then rejected coalition without them; a third coalition formed anyway. The Bolsheviks denounced Conference, government and coalition with capitalists, and demanded a new Congress of Soviets. # note # cite: essay
Not in the essay: the Conference met 14-22 September; the Pre-Parliament opened on 7 October, when Trotsky led the Bolsheviks out. Lenin had urged boycott, Kamenev staying in. # note
-> oct_district

=== oct_fofanova
At the far end of Serdobolskaya Street the apartment blocks give way to cabbage plots and a railway embankment. You climb the stairs with newspapers under your coat. # date: 1917-10-12 # scene: Fofanova's flat # place: fofanova_flat # sfx: click
Margarita Fofanova lets you in and goes back to her stove. The man at the kitchen table has no beard and a wig that does not quite sit right, but there is no mistaking the voice.
{ july ? lenin_surrendered:
    He gave himself up in July and came out on bail after Kornilov, as Trotsky did. When the warrants were renewed he went back underground.
}
Lenin wants numbers before he wants the news: how many at the Erikson would come out, which companies of the Moscow Regiment, how many rifles in the Lessner cellars. He writes your answers in a small notebook.
Then he paces between the stove and the window. Every day lost, he says, is a day for Kerensky to bring troops from the front and for the Germans to come up the Gulf. Let the Congress find power waiting for it.
At the door you tell him that the soldiers ask whose order it will be. He writes that down too, and does not answer.
Two days later Kamenev and Zinoviev take their opposition to the newspapers, and the whole city, the government included, knows the Bolsheviks mean to rise.
-> oct_how_after

=== oct_district
The committee room is packed: the question is power. # date: 1917-10-11 # scene: The question # place: vyborg # music: stinger_dread
"They've read us an order," says Grisha. "Half the battalion to the front."
"Then rise now," says Fyodor. "Party, Red Guard, sailors, as Lenin writes. Wait, and they'll put the Congress off."
"The regiment will march for the Soviet," says Grisha, "not for a party."
"Then make it the Soviet's defence," says Lidia: "its committee watching the troops, the rising timed to the Congress. My people will stand with you." She quotes Trotsky: "Did not the very attempt to remove the garrison mean that the Government was preparing to disperse the Congress of Soviets?" # cite: 20
"Why rise at all?" asks Marfa. "The Congress meets in two weeks and we'll have the most delegates. Why bleed for what a vote will give?"
"Or wait for the Constituent Assembly," says Osip. "Let all Russia vote."
"Kamenev and Zinoviev are against a rising," says Anton, "and so am I. The workers want the socialist parties together." Every face turns to you. # decision: oct_how
* [Wait for the Congress to vote power, with no rising before it]
    ~ october += waited_for_congress
    ~ raise(left_allies, 3)
    ~ raise(legitimacy, 4)
    ~ raise(counter_threat, 5)
    -> oct_how_congress
* [Wait for the Constituent Assembly]
    ~ october += waited_for_assembly
    ~ lower(worker_confidence, 8)
    ~ raise(moderates_cred, 5)
    ~ lower(red_guard, 5)
    -> oct_how_assembly
* [Rise now, organised by the party, as Lenin urges]
    ~ october += rising_now
    ~ split_party(8)
    ~ raise(red_guard, 5)
    ~ lower(left_allies, 8)
    ~ lower(legitimacy, 5)
    -> oct_how_now
* [Rise through the Soviet's committee, timed to the Congress, as defence #historical]
    ~ october += rising_through_mrc
    ~ split_party(5)
    ~ raise(legitimacy, 13)
    ~ raise(left_allies, 4)
    ~ raise(garrison, 5)
    ~ raise(party_org, 4)
    ~ raise(fleet, 4)
    -> oct_how_mrc
* [Seek unity with the other socialist parties, and no rising]
    ~ october += socialist_unity
    ~ split_party(8)
    ~ raise(moderates_cred, 6)
    ~ lower(worker_confidence, 6)
    ~ raise(left_allies, 5)
    -> oct_how_unity

=== oct_how_mrc
Vyborg backs Grisha and Lidia; the Soviet's Military Revolutionary Committee begins watching the troops. # event: vote smolny
-> oct_how_after

=== oct_how_congress
Vyborg votes with Marfa. "Nobody's son bleeds for what a vote will give," she says, and the room breathes out. The Soviet still sets up its committee to watch the garrison, but the party tells its people to keep it quiet: no orders, no commissars, nothing to frighten anyone before the Congress votes.
At Smolny the Congress of Soviets of the Northern Region, 23 soviets, meets from 11 to 13 October, and sailors from Helsingfors stand up to promise the fleet. They are thanked and told to wait.
Fyodor's Red Guards are told to keep their rifles in the cellar. Within the week the Soviet's old executive puts the Congress back five days and wires the provinces that it may not be quorate. Fyodor pins the telegram to the committee-room door. "I told you they'd put it off," he says. "Now they're telling the provinces not to send delegates. Read it."
-> oct_how_after

=== oct_how_now
Vyborg backs Lenin and Fyodor. The party's own Military Organisation will lead: Red Guards, sailors, whichever soldiers will come, and the Congress will meet a fact already made.
"The rich would sooner have the Germans here than us," Fyodor says, cramming his cap on. "Look at Riga: the Soviet abolished, the old police back. And we're to wait for their permission?"
Lidia picks up her bag and leaves the room. Grisha stays, but he does not look at you. The committee sends you to tell Lenin himself.
-> oct_fofanova

=== oct_how_assembly
Vyborg votes, to its own astonishment, with Osip. The party will stand in the Assembly elections and wait for all Russia to speak.
"SRs top to bottom," says Fyodor, "who haven't given the land in eight months. And Kerensky made his deals with Kornilov without any vote." He throws his cap on the floor and walks out. Half the Lessner Red Guard stops coming to drill.
Osip finds you on the stairs and says you have done the decent thing. "Six weeks," he says, "and then all Russia votes, the villages too." He does not look happy about it either.
-> oct_how_after

=== oct_how_unity
Vyborg backs Anton, and with him Kamenev and Zinoviev. The party will seek a government of all the socialist parties and put the rising away.
The women in the bread queue are glad: unity is what they have wanted since March. From his kitchen on Serdobolskaya Street Lenin writes to the Central Committee in a fury. Fyodor tears the letter off the committee-room wall and reads it aloud in the street.
-> oct_how_after

=== oct_how_after
What really happened: Lenin pressed for a rising at once; Kamenev and Zinoviev publicly opposed it, for socialist unity. Trotsky argued a rising timed to the Second Congress would borrow its legitimacy and pass as defence. # note # cite: essay, 20
The essay argues waiting would have ceded the initiative to the moderates and Kerensky; its claim, from Riga, that capitalists preferred the Germans generalises from individual statements. # note # interpretation # cite: essay
Not in the essay: on 10 October the Central Committee voted 10 to 2 for insurrection. # note
-> oct_evacuation

=== oct_evacuation
At the Arsenal, crates stencilled for Nizhny Novgorod. The Germans hold the Gulf of Riga islands; the ministers talk of Moscow. # date: 1917-10-16 # scene: Crates in the yard # place: arsenal_liteiny # view: region
{ october ? waited_for_assembly:
    Nobody at the Arsenal gate asks you what the Assembly will do about the crates.
}
{ october ? socialist_unity:
    The unity talks go on at Smolny. Nobody at the Arsenal gate asks you about them.
}
Marfa's mill posts notice: closing on the first, to reopen in the provinces. She reads out the Fourth Factory Committee Conference's answer to the anarchist Renev: # date: 1917-10-16 # scene: The mill committee # place: vyborg
"…our conference said from the very start that under a bourgeois government we will not be able to carry out consistent control…Therefore the working class cannot bypass state power, as comrade Renev proposes." # cite: 17
"Renev's right," says Petya Rudnev, over from Kronstadt. "Lock the owner out and run it yourselves."
"On what cotton?" says Marfa. "We can sit on the crates, but not run looms."
Schmidt, for the unions, tells the Central Committee they expect "colossal unemployment", and "All agree that outside the struggle for power there is no way out of the situation. They demand power to the soviets." # cite: 22
Lidia admits her comrades' verdict: "Our speeches seemed doomed to us." # cite: 19 # decision: oct_evacuation
* [Resist the closures through the factory committees]
    ~ october += resisted_closures
    ~ raise(workers_control, 6)
    ~ raise(worker_confidence, 2)
    ~ crisis(3)
    The committees dig in. Marfa's women sit on the crates in shifts, and the Arsenal committee will not sign a single railway waybill. "They'll move the lathes, not the men," your father says. "Not while I'm on that committee."
    It holds the machines for a week. Then the owner stops the wages, the cotton stops coming, and the bank refuses the committee's signature. "We're guarding an empty mill," Marfa says on the fifth night, knitting by a candle. "The conference was right. No committee can save a factory while the owners hold the state."
    Anton brings the rest of Schmidt's report: "In view of the existing economic conditions one can expect in the near future colossal unemployment. In this connection the mood is vigilant." # cite: 22
    -> oct_evacuation_after
* [Occupy the mills and run them yourselves]
    ~ october += occupied_plants
    ~ raise(workers_control, 10)
    ~ raise(red_guard, 3)
    ~ reaction(6)
    ~ lower(legitimacy, 4)
    ~ crisis(4)
    Petya's way: the gates are chained from inside, and the manager is walked out through the crowd, hat in hand.
    For three days the looms run on the cotton in store; then it is gone. The government's papers call it anarchy and theft, and even Martov's people say the Bolsheviks have let the mob loose. At the Soviet the waverers look at you differently.
    -> oct_evacuation_after
* [Make it the case for Soviet power #historical]
    ~ october += fought_the_evacuation
    ~ raise(workers_control, 10)
    ~ raise(worker_confidence, 4)
    ~ raise(legitimacy, 5)
    ~ lower(gov_authority, 3)
    ~ raise(counter_threat, 3)
    ~ stir_workers(3)
    The mill votes for soviet power, two hands against; so does the Arsenal, your father among them.
    -> oct_evacuation_after

=== oct_evacuation_after
What really happened: as the Germans advanced, the government threatened to move to Moscow and owners to move factories to the provinces. Workers suspected permanent closure to be rid of their committees, and concluded only state power could help. # note # cite: essay
Mandel found dozens of factory resolutions almost unanimous for immediate soviet power; only one backed waiting for the Constituent Assembly. # note # cite: 18
The essay reports a suspicion, not a proven plan, that Petrograd would be surrendered on purpose. # note # interpretation # cite: essay
-> oct_crossroads

=== oct_crossroads
{ october ? waited_for_assembly:
    -> oct_assembly_road
}
{ october ? socialist_unity:
    -> oct_unity_road
}
{ october ? rising_now:
    -> oct_party_rising
}
-> oct_garrison

=== oct_garrison
{ october ? rising_through_mrc:
    At the Moscow Regiment's riding school a Smolny commissar answers the order to the front: no unit moves without the committee's signature. "Whose regiment are we?" shouts Grisha. Every hand goes up, and across the city the regiments follow. # date: 1917-10-21 # scene: The regiment decides # place: vyborg # sfx: crowd
    ~ raise(garrison, 4)
- else:
    In the Moscow Regiment's riding school a captain reads the order to the front without looking up. There is no commissar from Smolny: the party has told the Soviet's committee to stay quiet until the Congress. # date: 1917-10-21 # scene: The regiment decides # place: vyborg # sfx: crowd
    Grisha climbs onto a cart and argues for an hour. Two companies march to the Finland station anyway, kit bags on their shoulders, because an order is an order and nobody has given them another. # event: train finland_station
    ~ lower(garrison, 8)
}
-> oct_soviet_day

=== oct_soviet_day
The Day of the Petrograd Soviet: rain all morning, yet thirty thousand pack the People's House. # date: 1917-10-22 # scene: The Day of the Soviet # place: peoples_house # event: crowd peoples_house # sfx: crowd_roar # music: stinger_rise
~ demonstrate((petrograd_side, vasilievsky))
~ raise(worker_confidence, 5)
~ raise(red_guard, 5)
~ raise(party_org, 3)
"The day surpassed all our expectations," soldier delegate Lashevich will write; one direct appeal, and "that entire human colossus would have left with empty hands for the barricades, for death." # cite: 21
{ october ? waited_for_congress:
    Even Mstislavskii, who is against any rising, will set it down: "Trotsky so electrified the crowd by his speech that thousands of hands rose in a single outburst of emotion at his call, swearing loyalty to the revolution, to the struggle for it – to the mortal end." # cite: 21
    But the appeal never comes. The speakers' message is the party's: wait for the Congress. The crowd has nowhere to take its roar, and on the way home Fyodor says it is like lighting a stove and leaving the door open.
- else:
    Trotsky speaks last; even Mstislavskii, against the rising, will write that "thousands of hands rose in a single outburst of emotion at his call". # cite: 21
}
-> oct_press

=== oct_press
Before six Osip bangs on your door: "Junkers have smashed the type at the Trud works and sealed your paper. I'm a printer before a Menshevik." # date: 1917-10-24 # scene: The press # place: trud_printing # event: raid trud_printing # sfx: glass
~ reaction(6)
~ fought_over += trud_printing
Trotsky will write, "From various quarters we were receiving communications that the government, or more correctly, the government parties, were actively organising and arming their forces." # cite: 23
"Protest, and wait," says Anton. "The Congress opens tomorrow. Don't hand them a pretext."
"Call the whole city out," says Fyodor.
"Send the Soviet's committee," says Grisha, "with soldiers to open the press. That's defence, not a rising." # decision: oct_press_closure
* [Answer through the Soviet's committee, as defence #historical]
    -> oct_press_answer
* [Protest, and wait for the Congress]
    -> oct_press_protest
* [Call the city onto the streets]
    -> oct_press_streets

=== oct_press_answer
~ october += answered_press_closure
~ temp strength = garrison + red_guard + worker_confidence
{ kornilov ? backed_kerensky:
    ~ strength -= 15
}
{ october ? waited_for_congress:
    { garrison >= 68 && strength >= 195:
        The committee that was told to do nothing now has to do everything at once. Its commissars run from barracks to barracks with orders nobody expected, and the soldiers who are left in the city come, slowly, and argue on the way.
        By noon a platoon has the Trud works open again. It has taken half a day that the government used well.
        ~ raise(legitimacy, 4)
        ~ raise(red_guard, 5)
        ~ lower(repression, 5)
        ~ held += trud_printing
        ~ fought_over -= trud_printing
        -> oct_press_note -> oct_night
    }
    The committee that was told to do nothing now has to do everything at once, and it cannot. Its commissars run from barracks to barracks. Half the regiments they trusted are already on trains to the front, and the rest want to know why the Soviet has been silent for two weeks.
    The soldiers were not with you: the garrison had been thinned while you waited, and nothing had been prepared. By noon the junkers hold the Trud works, the bridges and the telephone exchange.
    -> oct_press_note -> ending_congress_dispersed
}
{
- strength >= 190:
    A Litovsky company brings the committee's order to the Trud works; the junkers eye the bayonets and leave. By eleven the paper is out. # event: red_guard narva lesnoy
    ~ raise(legitimacy, 8)
    ~ raise(red_guard, 8)
    ~ raise(garrison, 3)
    ~ lower(repression, 8)
    ~ lower(gov_authority, 2)
    ~ armed_workers += (narva, lesnoy)
    ~ held += trud_printing
    ~ fought_over -= trud_printing
    -> oct_press_note -> oct_night
- strength >= 165:
    The committee signs its order, but the regiments are slow and the Red Guard thin. At the Trud works the junkers fire from the windows before giving up the building, and two Red Guards die on the pavement. # event: shots trud_printing
    { kornilov ? backed_kerensky:
        In the barracks the soldiers still remember the party marching under Kerensky in August. Some of them wait to see who wins.
    }
    The paper comes out late, and the government's posters call the Soviet's men bandits.
    ~ raise(legitimacy, 3)
    ~ raise(red_guard, 4)
    ~ shooting(2)
    ~ held += trud_printing
    ~ fought_over -= trud_printing
    -> oct_press_note -> oct_night
- else:
    The committee signs its order, and almost nobody comes. The garrison waits in its barracks and the Red Guard is too few to take a building from armed junkers.
    { kornilov ? backed_kerensky:
        In August the party marched under Kerensky's orders. Now, when it calls the soldiers against him, too many of them shrug.
    }
    The soldiers and the armed workers were not strong enough to make the Soviet's order good. By noon the government holds the press, the bridges and the telephone exchange.
    -> oct_press_note -> ending_congress_dispersed
}

=== oct_press_protest
~ october += waited_after_press_closure
Anton drafts the protest himself, and it is a good one: the government has trampled the freedom of the press on the eve of the Congress. It goes up on the walls of every district by noon. # event: printing_press trud_printing
Osip sets it in type himself on the Menshevik press, since yours is in pieces. "A protest I can print," he says, wiping his hands on his apron. "It's the rest I was afraid of."
The junkers read it on their way to the bridges. By evening they hold the telephone exchange, and an officer with a list is asking the porter at Smolny which rooms belong to the Military Revolutionary Committee.
-> oct_press_note -> ending_congress_dispersed

=== oct_press_streets
~ october += called_the_streets
~ demonstrate((vyborg, petrograd_side, vasilievsky, admiralty_centre))
"Pretext?" says Fyodor. "They've smashed our press. Blow the whistles."
By ten the factory whistles are blowing all over the Vyborg side, and by noon the crowds are on the Liteiny Bridge, shouting for the press, the Congress and the Soviet, with nobody in charge and nowhere in particular to go. # event: march liteiny_bridge # sfx: whistle
{ garrison >= 75 && red_guard >= 55:
    On Liteiny Prospekt a junker patrol fires into the head of the march, and the crowd scatters. Then the soldiers of the Pavlovsky Regiment come out of their barracks, and the junkers run. # event: shots liteiny
    By evening the streets belong to the crowd, but the dead lie in the Obukhov hospital, and the Menshevik papers say the Bolsheviks have started a civil war on the eve of the Congress.
    ~ shooting(40)
    ~ lower(legitimacy, 6)
    ~ lower(left_allies, 4)
    ~ held += trud_printing
    ~ fought_over -= trud_printing
    -> oct_press_note -> oct_night
}
On Liteiny Prospekt a junker patrol fires into the head of the march. # event: shots liteiny
The soldiers in the barracks nearby watch from their windows and do not come out: the garrison was not ready to fight for a crowd without orders, and the Red Guard was too few to protect it.
It is July again. By nightfall the government has its pretext.
~ shooting(60)
-> oct_press_note -> ending_congress_dispersed

=== oct_press_note
What really happened: the government declared the MRC criminal and ordered its members arrested. Early on 24 October its troops closed a Bolshevik paper and tried to wreck the press. The MRC called its own moves defence against counter-revolution. # note # cite: essay
The essay calls that defence a cover: the body presented as a shield was used to take power. # note # interpretation # cite: essay
->->

=== oct_night
That afternoon the government raises the bridges against the workers' districts; the Liteiny's iron leaves swing up against a yellow sky. # date: 1917-10-24 # scene: The bridges # place: liteiny_bridge # event: bridge_raised liteiny_bridge nikolaevsky_bridge palace_bridge # music: stinger_dread
~ raised_bridges += (liteiny_bridge, nikolaevsky_bridge, palace_bridge)
{ october ? called_the_streets:
    The blood from the morning is still on the Liteiny cobbles, sanded over.
}
{ october ? waited_for_congress:
    The committee that was told to wait has had one day to become an army. It shows.
}
Fyodor's Red Guards and Grisha's company arrive at a trot; the junkers count the rifles and leave; the span comes down. # event: bridge_lowered liteiny_bridge # sfx: march
~ raised_bridges -= liteiny_bridge
~ held += liteiny_bridge
On Smolny's blazing third floor, field telephones report from every district. # date: 1917-10-24 # scene: The third floor # place: smolny # sfx: telegraph
"Bridges, stations, telegraph, exchange, bank," says Anton, list in hand. "One by one, with orders. No shooting unless we're shot at."
"The ministers are in one building," says Fyodor. "Take the palace now: over by breakfast."
"Send a delegation first," says Lidia. "Let them surrender, and the Congress open without blood." # decision: oct_force
* [Take the key points one by one, without firing #historical]
    -> oct_force_minimal
* [Storm the Winter Palace at once with everything]
    -> oct_force_storm
* [Parley for the ministers' surrender before moving]
    -> oct_force_parley

=== oct_force_minimal
~ october += minimal_force
Through the night, by telephone, the detachments take the Nikolaevsky station, the telegraph, the Baltic and Warsaw stations, the exchange; at dawn, the State Bank. # date: 1917-10-25 # scene: The city changes hands # place: smolny # view: centre # event: occupy nikolaevsky_station main_post_telegraph baltic_station warsaw_station vitebsk_station telephone_exchange state_bank
~ held += (nikolaevsky_station, main_post_telegraph, baltic_station, warsaw_station, vitebsk_station, telephone_exchange, state_bank, peter_paul_fortress, mariinsky_palace)
The cruiser Aurora anchors by the Nikolaevsky Bridge and her sailors lower it. Petya jumps off a Kronstadt minesweeper: "Where's the fighting?" There isn't any. # date: 1917-10-25 # scene: The Aurora # place: aurora_oct25 # event: aurora aurora_oct25 # view: approaches
~ raised_bridges -= (nikolaevsky_bridge, palace_bridge)
~ held += (nikolaevsky_bridge, palace_bridge, troitsky_bridge)
Kerensky has fled to find troops. # event: sailors kronstadt
~ raise(red_guard, 7)
~ raise(fleet, 5)
~ raise(garrison, 3)
~ lower(gov_authority, 2)
~ raise(worker_confidence, 2)
~ raise(party_org, 3)
~ raise(counter_threat, 2)
~ raise(workers_control, 4)
~ stir_each((admiralty_centre, kolomna, liteiny, rozhdestvensky, alexander_nevsky), 10)
~ stir_each((moscow, narva, okhta, lesnoy, nevsky_district, petrograd_side, vasilievsky), 4)
-> oct_force_note -> oct_soviet_session

=== oct_force_storm
~ october += heavy_force
Fyodor gets his way. At first light his Red Guards, the Kronstadt sailors and any soldiers who will come cross Palace Square at a run, Petya somewhere in the front rank. # date: 1917-10-25 # scene: Palace Square # place: palace_square # event: shots winter_palace # sfx: volley
~ fought_over += winter_palace
The officer cadets have machine guns in the palace windows and sandbags behind the woodpiles. The first rush dies on the wet stones by the Alexander Column. The second reaches the woodpiles. Petya comes back with his sleeve full of someone else's blood.
By noon the stations and the telegraph are taken, but the palace holds, the square is covered with the dead of both sides, and the cadets' mothers are outside the General Staff screaming names.
~ count_up(casualties, 150, 20000)
~ held += (general_staff, admiralty, nikolaevsky_station, main_post_telegraph, baltic_station, warsaw_station, vitebsk_station, telephone_exchange, state_bank, peter_paul_fortress, mariinsky_palace, nikolaevsky_bridge, palace_bridge, troitsky_bridge)
~ raised_bridges = ()
~ lower(legitimacy, 8)
~ lower(left_allies, 6)
~ reaction(5)
~ raise(red_guard, 5)
~ raise(fleet, 3)
~ lower(gov_authority, 4)
~ stir_each((admiralty_centre, kolomna, liteiny, rozhdestvensky, alexander_nevsky), 4)
Lidia will not speak to you. At the Soviet her comrades ask who gave the order to turn a defence into a massacre.
Osip finds you at the Smolny gate with a list of names from the Obukhov hospital; two are printers' sons. "This is what we told you it would be," he says, not angrily, which is worse.
-> oct_force_note -> oct_soviet_session

=== oct_force_parley
~ october += negotiated_surrender
On Nevsky at nine the trams still run and the cinemas are full. A cadet patrol warms its hands at a brazier by the Kazan Cathedral; nobody looks twice at two women walking to the river. # date: 1917-10-24 # scene: Nevsky at night # place: nevsky_kazan # view: centre
You and Lidia reach the Winter Palace at midnight under a white towel on a broom handle, with the committee's terms: surrender, and every minister's life is guaranteed. # date: 1917-10-25 # scene: The parley # place: winter_palace
A colonel keeps you waiting in a cold corridor for two hours. The ministers, he says at last, are considering; they have been promised troops, and would like to see whether the troops arrive. Through a door you hear a telephone ringing, and someone answering it.
While you waited, the telegraph and the exchange stayed the government's, and Kerensky's call to the front went out on the wires. By morning he is gone, and troop trains are said to be loading.
The committee moves at dawn after all and takes the stations, the telegraph and the bank without a fight. At the exchange the operators work on under a sailor's eye, connecting calls that no longer matter. But the palace has had a night to bring in cadets and sandbags.
~ held += (nikolaevsky_station, main_post_telegraph, baltic_station, warsaw_station, vitebsk_station, telephone_exchange, state_bank, peter_paul_fortress, nikolaevsky_bridge, palace_bridge, troitsky_bridge)
~ raised_bridges = ()
~ raise(left_allies, 4)
~ reaction(10)
~ raise(gov_authority, 4)
~ raise(red_guard, 4)
~ stir_each((admiralty_centre, kolomna, liteiny, rozhdestvensky, alexander_nevsky), 6)
-> oct_force_note -> oct_soviet_session

=== oct_force_note
What really happened: Early on 25 October the MRC's detachments took the government institutions "without any chaos, without street fights, without firing or bloodshed", on orders "from the small room on the third floor of the Smolny Institute", as Trotsky wrote. Kerensky's summons to troops was intercepted. # note # cite: 24, essay
The essay's 20,000 storming the palace that evening is disputed; the picture owes much to later re-enactments and films. # note # interpretation # cite: essay
Not in the essay: the bridges were raised on 24 October; the palace was entered around 2 am on the 26th, with few killed. # note
->->

=== oct_soviet_session
Noon. Smolny's white hall fills for the Petrograd Soviet. # date: 1917-10-25 # scene: Who says it # place: smolny # sfx: crowd
{ october ? heavy_force:
    The machine guns on Palace Square have been firing since dawn, and everybody in the hall has heard them.
- else:
    The city is the Soviet's, all but the Winter Palace.
}
"Lenin wants the Soviet told at two," says Anton. "The government no longer exists. Say it, and it's true."
"It's the Congress's to say," says Lidia. "All Russia's soviets, not one city's."
"With the ministers still in the palace?" says Fyodor. "Arrest them first." # decision: oct_announce
* [Announce the new power to the Petrograd Soviet at two #historical]
    ~ october += announced_to_soviet
    ~ raise(legitimacy, 6)
    ~ raise(left_allies, 4)
    ~ raise(peasant_land, 6)
    ~ raise(worker_confidence, 2)
    ~ lower(moderates_cred, 2)
    ~ stir_each((rozhdestvensky, admiralty_centre, liteiny), 4)
    ~ stir(lesnoy, 6)
    At two the hall rises roaring. A clean-shaven man climbs to the platform, unrecognised for a moment. Then Lenin speaks: # event: vote smolny # sfx: cheer
    "We must now set about building a proletarian socialist state." # cite: 25
    -> oct_announce_note
* [Leave the announcement to the Congress tonight]
    ~ october += left_it_to_congress
    ~ raise(legitimacy, 3)
    ~ raise(left_allies, 3)
    ~ lower(worker_confidence, 3)
    ~ raise(counter_threat, 3)
    ~ raise(gov_authority, 3)
    The Soviet hears the district reports and adjourns to wait for the Congress. Lidia is pleased.
    The city is not. All afternoon nobody says who governs. The City Duma tells the newspapers the government still stands, and in the Sampsonievsky queues women ask you whether it is over. You do not know.
    Anton, for once, agrees with Lidia: better late, and in the name of all Russia. But at five he stands at the window watching the dark come down, and says it has been a very long afternoon.
    -> oct_announce_note
* [Announce nothing until the ministers are arrested]
    ~ october += waited_for_the_palace
    ~ lower(worker_confidence, 3)
    ~ raise(gov_authority, 3)
    ~ raise(counter_threat, 2)
    The Soviet meets and says nothing that matters. The hall empties, disappointed.
    By evening rumours fill the gap: Kerensky is at the gates with Cossacks, the Germans are at Narva, the Bolsheviks have lost their nerve. Fyodor says the palace will fall tonight. You notice he has stopped saying "by breakfast".
Petya, cold on the Moika embankment since noon, asks why the Soviet keeps its mouth shut when the city is already in its hands. "The ministers first," you tell him. He spits into the river.
    -> oct_announce_note

=== oct_announce_note
What really happened: the Petrograd Soviet met at 2 pm on 25 October; the Congress, a separate body, that night. Lenin declared the Provisional Government gone and announced peace, publication of the secret treaties and land to the peasants. # note # cite: essay
A Menshevik-Internationalist recalled: "When Trotsky informed the Soviet that 'power had passed to the people,' a thunder of applause followed." # note # cite: 26
-> oct_palace

=== oct_palace
{ october ? heavy_force:
    The last rush goes in after dark, Petya and a Lessner turner side by side, over the woodpiles and through the smashed doors, and the ministers are taken in a small dining room. Kerensky is not among them. # date: 1917-10-25 # scene: The square at night # place: palace_square # event: palace_falls winter_palace
    ~ fought_over -= winter_palace
    ~ held += winter_palace
    Afterwards you cross the square with a lantern, looking for the Lessner men among the dead under the arch of the General Staff. Fyodor sits on a woodpile, face in his hands, and does not look up when you say his name.
    You find two of yours. Grisha helps you lift them onto a cart. The palace has fallen, and it feels like nothing you expected.
    -> oct_congress_opens
}
{ october ? negotiated_surrender:
    The palace is a long dark wall with a few lit windows. The cadets brought in last night crouch behind firewood barricades; the Soviet's men lie along the Moika and under the arch of the General Staff. # date: 1917-10-25 # scene: The Winter Palace # place: winter_palace # sfx: gun
    An ultimatum goes in, and no answer comes out.
- else:
    At the dark Winter Palace an ultimatum goes in; no answer comes out. # date: 1917-10-25 # scene: The Winter Palace # place: winter_palace # sfx: gun
}
~ held += (general_staff, admiralty)
From the river the Aurora fires a blank that booms round the square like a dropped iron door. # event: aurora aurora_oct25
{ october ? negotiated_surrender:
    The cadets shoot back. The fortress fires real shells, most of them wide, and men die in the square before the defenders begin to slip away through the side doors.
    ~ count_up(casualties, 30, 20000)
- else:
    The defenders slip away in the dark: the Cossacks first, then half the cadets.
    ~ count_up(casualties, 10, 20000)
}
The Soviet's men go in by the side doors, up staircases wider than your street, and find the ministers in a small dining room. Kerensky is not among them. # event: palace_falls winter_palace # sfx: cheer # music: stinger_victory
~ fought_over -= winter_palace
~ held += winter_palace
-> oct_congress_opens

=== oct_congress_opens
~ count_delegates(670, 300, 51)
~ disperse(crowds)
That night the Second Congress opens at Smolny: {delegates_total} delegates, {delegates_bolshevik} of them Bolsheviks. # date: 1917-10-25 # scene: The Second Congress opens # place: smolny # sfx: bells # event: vote smolny
{ october ? rising_now:
    The Left SRs sit with their arms folded. The party took the city five days ago without asking them, and they have come to say so.
}
{ october ? heavy_force:
    The Menshevik benches shout about the dead of Palace Square before the chairman can open his mouth.
}
{ october ? left_it_to_congress:
    The announcement is the Congress's to make, and every delegate knows it. So does every Menshevik who means to stop it.
}
What really happened: The Second Congress opened with 670 delegates, 300 of them Bolsheviks: the largest party, not a majority. # note # cite: essay
-> oct_end

=== oct_end
~ clear_delegates()
{ october ? rising_now:
    ~ raise(bolshevik_share, 3)
- else:
    ~ raise(bolshevik_share, 7)
}
~ crowds = ()
~ fought_over = ()
The night is not over. # act_end: october
What comes next: the Congress must decide who governs, and Kerensky is raising troops at the front to march on Petrograd.
-> def_start

=== oct_party_rising
Midnight in the New Lessner yard. The party's Military Organisation has sent its orders down by hand: take the bridges, the stations, the telegraph and the palace before dawn, in the party's name. The Congress will meet a fact already made. # date: 1917-10-19 # scene: The party rises # place: vyborg # music: stinger_dread
Fyodor's Red Guards are checking their cartridges by lantern light. Nobody has told the Soviet's committee, and half the Left SRs on it would say no if they were asked.
A comrade back from two factories on Vasilievsky Island is cheerful about it: "We spoke frankly before the masses of the coming seizure of power by us and heard only words of encouragement." # cite: 21
Grisha comes in from the barracks with rain dripping off his cap. "The lads are asking whose order it is," he says. "I told them the party's. They asked me where the Soviet's stamp was."
There is an hour left before the detachments move.
* [Warn the Left SRs on the Soviet's committee before you move]
    ~ raise(left_allies, 6)
    ~ raise(counter_threat, 4)
    You run to Smolny and find Lidia asleep on a bench in the committee's corridor. She listens, white with anger, and then goes to wake her comrades. Some of them will come. Some of them go to warn the Soviet's old leaders.
* [Keep it inside the party until the last hour]
    ~ lower(counter_threat, 3)
    You say nothing to anyone outside the party. The fewer who know, the fewer who can warn the government, though after Kamenev and Zinoviev's letter in the papers the government can hardly be surprised.
* [Send Grisha to bring his regiment out]
    ~ raise(garrison, 4)
    Grisha goes back to the riding school and argues for an hour by the light of a single lamp. A company comes out with him, and another says it will follow if the first is not shot at.
- ~ temp support = legitimacy + left_allies
{ kornilov ? backed_kerensky:
    ~ support -= 10
}
{ support >= 95 && garrison >= 68 && red_guard >= 50:
    -> oct_party_success
}
-> oct_party_fails

=== oct_party_success
The detachments move at two. The bridges go down for the Vyborg side, the stations fall one by one, and at the telegraph the clerks put their hands up and then put their pens down. # date: 1917-10-20 # scene: A city taken # place: smolny # event: occupy nikolaevsky_station main_post_telegraph telephone_exchange state_bank
It is not bloodless. At the Winter Palace the cadets have been waiting for a week, since the newspapers told them what was coming, and it takes till evening and a great many men to get in. Petya is among the sailors who find the ministers. Kerensky is long gone. # event: palace_falls winter_palace # sfx: volley
~ count_up(casualties, 90, 20000)
~ held += (winter_palace, general_staff, admiralty, nikolaevsky_station, main_post_telegraph, baltic_station, warsaw_station, vitebsk_station, telephone_exchange, state_bank, peter_paul_fortress, mariinsky_palace, nikolaevsky_bridge, liteiny_bridge, palace_bridge, troitsky_bridge, trud_printing)
~ raise(garrison, 5)
~ raise(worker_confidence, 5)
~ raise(red_guard, 8)
~ lower(legitimacy, 8)
~ lower(left_allies, 5)
~ reaction(6)
~ lower(gov_authority, 10)
~ stir_each((admiralty_centre, kolomna, liteiny, rozhdestvensky, alexander_nevsky), 8)
It worked, just. Enough of the Left SRs and enough of the Soviet's authority stood behind you that night to bring the garrison along. The Soviet approves what has been done next day, with the Left SRs walking out of the hall, and for five days the city is held by the party's men, waiting for the Congress to give their power a name.
-> oct_congress_opens

=== oct_party_fails
At two the detachments move, and almost at once things go wrong. # date: 1917-10-20 # scene: The party alone # place: liteiny_bridge # event: shots liteiny_bridge # sfx: shots
The regiments stay in their barracks. They would have come for the Soviet; for the party alone they wait to see who wins. The Left SRs on the Soviet's committee denounce the rising as a Bolshevik plot before it is an hour old. At the Liteiny Bridge the cadets are ready, warned by a week of newspapers.
{ left_allies < 50:
    The Left SRs would not follow: the party had gone ahead without them, and they said so to every soldier who would listen.
}
{ legitimacy < 50:
    Nobody outside the party could say in whose name it was done: there was no Soviet mandate and no Congress behind it.
}
{ garrison < 68:
    The soldiers were not with you in enough numbers to carry the city.
}
~ shooting(70)
~ repress(15, 400)
-> ending_premature_rising

=== oct_assembly_road
The Congress does not meet on the 25th. The Soviet's old executive postpones it for lack of a quorum, and the party, waiting for the Assembly, does not object. # date: 1917-10-28 # scene: Waiting for November # place: vyborg # view: region
~ raise(counter_threat, 8)
~ lower(garrison, 10)
~ raise(german_threat, 10)
~ crisis(5)
The regiments go to the front one by one, and nobody stops them. The mill closes on the first of the month. The ministers name a day for moving the government to Moscow, and the Kadet papers print maps of the Gulf with German arrows on them.
Fyodor has stopped coming to the committee. Osip brings you the election lists for the Assembly with the Bolshevik names printed small in the corner, and says, "It will be all right. Wait for November."
You have a few weeks to spend. You spend them:
* [Standing the party's list in every factory]
    ~ agitate(4)
    You speak at every gate on the Vyborg side, and the meetings are good. But every meeting asks you the same question: what use is a vote in November if the Germans are on the Neva in December?
* [Rebuilding the Red Guard for the city's defence]
    ~ raise(red_guard, 6)
    You go round the cellars collecting the rifles that went home in October. Fyodor comes back to drill his men, but says he is drilling them to fight the Germans, since the party will not let him fight anyone else.
* [Getting Mitya out to the country]
    ~ lower(worker_confidence, 2)
    You put Mitya on a train to Kolya's sister in the Novgorod country with a label on his coat and a loaf in his bag. He waves from the window until the train is round the bend. You stand on the platform a long time.
- -> ending_petrograd_surrendered

=== oct_unity_road
The unity talks sit in a cold room at Smolny with a samovar that nobody refills. Anton goes every day. Osip sits across the table for the Mensheviks. # date: 1917-10-23 # scene: The unity talks # place: smolny
~ raise(counter_threat, 6)
~ lower(worker_confidence, 4)
The terms come on the third day, in Osip's careful hand. A government of all the democratic forces: that means the propertied classes too, Kadets included, for the sake of the country's credit and the Allies. The Red Guard to be placed under the city authorities. The Congress of Soviets to be put off until the Constituent Assembly has met.
"It's the same coalition," Fyodor says, "with our name on the door."
Lidia says that her party will go with whatever keeps the socialists together. Anton says nothing at all for a long time. Then he asks you what the district will accept.
* [Accept the Kadets back for the sake of unity]
    ~ raise(moderates_cred, 4)
    ~ lower(worker_confidence, 6)
    ~ lower(red_guard, 6)
    The district accepts. Anton signs for Vyborg with a hand that does not shake, and goes home and does not come to the committee for three days. At the Lessner gate Fyodor's men hand their rifles in to a militia officer and spit on the cobbles.
* [Break off the talks over the Kadets]
    ~ lower(left_allies, 4)
    ~ raise(worker_confidence, 2)
    You break off the talks. Osip folds his papers and says he is sorry. But the rising has been put away, the Red Guard told to stand down, the Congress postponed, and the regiments have been leaving for the front all week. Breaking off has come too late to be anything but a gesture.
* [Put the terms to the factory meetings]
    ~ discredit_moderates(4)
    The Erikson works votes the terms down with a roar. So does the mill, the Arsenal, New Lessner. But the talks go on above their heads, and the vote of the factories is only a resolution, a piece of paper in a drawer at Smolny.
- -> ending_socialist_unity
