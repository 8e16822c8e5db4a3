// Act V, October: September to the night of 25-26 October 1917 (Old Style).
// Starts from preset_october (debug.ink); the historical path ends near preset_defence.
// Decisions, in story order: oct_compromise, oct_preparliament, oct_how, oct_evacuation,
// oct_press_closure, oct_force, oct_announce; on the roads that leave history, oct_last_hour
// (the party's own rising), oct_garrison_order (waiting for the Congress), oct_last_night (after a
// passive or reckless answer to the press closure), and the Kamenev-Zinoviev road in
// roads/october_vote.ink. A rash choice sets `danger` and the next scene warns and offers a way
// back; defeat needs a second rash choice. The two defeats (the Congress lost: def_road_dispersed; the party's own
// rising crushed: def_road_crushed) no longer end the year: they are shown, Act V ends, and the November of the
// defeated plays on into Act VI (roads/def_road_defeated.ink).
// Act IV may deliver `kornilov ? backed_kerensky` (the party tied to Kerensky) or
// `kornilov ? disbanded_defence_committees` (a weaker Red Guard): both are acknowledged and
// both make the later tests of strength harder to pass.
// The July roads that beat Kornilov arrive here from jul_road_september (roads/jul_road_september.ink) with `jul_road`
// (under the Soviet's committee, own command, a day late; the vote on power) and an empty `kornilov`; oct_start,
// Lenin's offer and Fofanova's flat acknowledge them.

=== oct_start
September rain off the Gulf; the Vyborg side smells of coal smoke. # act: october # date: 1917-09-03 # scene: The room off Sampsonievsky # place: vyborg
{ grisha_at_front:
    Grisha writes from the trenches south of Dvinsk. His old company's news comes now by Semyon, a pockmarked corporal still in the Vyborg barracks. # recalls: grisha_at_front
}
{
- father_trust >= 3:
    Your father lays a Bolshevik paper on the table without a word. After twenty years with the Mensheviks, that is his way of saying it. # recalls: father_trust
- father_trust >= 1:
    Your father brings home the Menshevik paper with a Bolshevik one folded inside it. "To see what you're telling people." # recalls: father_trust
- else:
    Your father still brings home only the Menshevik paper, and reads it with his back to you.
}
* { father_trust >= 1 } [Ask him what changed his mind #historical]
    ~ asked_father = true
    "Kornilov," he says. "And a lad at the Arsenal meeting who said out loud what the whole floor was thinking." He will not say more tonight.
* { father_trust >= 1 } [Let him read in peace]
    He reads every word, the advertisements too, and folds the paper small, the way he folds the Menshevik one.
* { father_trust < 1 } [Leave your paper beside his]
    In the morning both papers are gone from the table. Neither of you mentions it.
-
{ kornilov ? backed_kerensky:
    Not everyone has forgiven August. The party stood under Kerensky's orders against Kornilov, and now the whole city says Kerensky had been dealing with the general himself. At the Erikson gates men ask you whose side you were on. # recalls: kornilov
}
{ kornilov ? asked_nothing:
    At the Erikson gates the men who drilled with the Red Guard ask what the party got at Smolny for the defence. "Nothing," you say, "and we asked for nothing." Half of them think that was honest, and half that it was foolish. # recalls: kornilov
}
{ kornilov ? campaigned_for_prisoners:
    In the Moscow Regiment's barracks the soldiers still pass round the printed vote on the prisoners, the names of the delegates who kept socialists in Kresty underlined in pencil. The regiment's committee asks for your speakers by name. # recalls: kornilov
}
{ kornilov ? stayed_neutral:
    In August the party stood aside while others dug the trenches against Kornilov. The Erikson men have not forgotten: whenever you speak of soviet power, somebody asks where the Bolsheviks were on the 28th. # recalls: kornilov
}
{
- jul_road ? own_command && jul_road ? stations_given_up:
    Petya has not come to Vyborg since the day you gave the Finland Station to the Soviet's commissars. Kronstadt sends its resolutions to Smolny now, not to you. # recalls: jul_road
- jul_road ? own_command:
    The city has not forgotten who held the Finland Station in August without asking Smolny. The Kadet papers call the Vyborg side "the commune", and at the factory gates the men take it as a compliment. # recalls: jul_road
- jul_road ? joined_late:
    The Erikson men remember that Vyborg came a day late to Pulkovo. Marfa's weavers, who went first, remember it louder. # recalls: jul_road
- jul_road ? under_soviet_committee:
    In August the party dug its trenches under the Soviet's committee. At the Erikson gates the men who were there say the SR commissar was decent; the men who were not say the Bolsheviks took orders from Tsereteli. # recalls: jul_road
}
{ jul_road ? prisoners_first:
    The men who came out of Kresty in September are back at their benches, and every one of them is a Bolshevik speaker now, whatever he was in July. # recalls: jul_road
}
{ kornilov ? disbanded_defence_committees:
    The defence committees were stood down once Kornilov's trains stopped, and the rifles went back to the district store. The Red Guard drills in the New Lessner yard are thin. # recalls: kornilov
- else:
    Fyodor drills his Red Guards in the Lessner yard.
}
~ raise(peasant_land, 4)
-> oct_compromise_scene

=== oct_compromise_scene
Anton Ivanovich reads Lenin's offer from hiding: if the Mensheviks and SRs drop the Kadets and rule through the soviets, the Bolsheviks will be a loyal opposition. # date: 1917-09-05 # scene: Lenin's offer # place: vyborg
{ jul_road ? backed_majority:
    "They refused it once already, from our own mouths at Smolny," says Anton. "Let them refuse it again in print, where every worker can read who refused." # recalls: jul_road
- else:
    "They'll refuse," says Anton, "and every worker will see who refused."
}
"No deals," says Fyodor. "We beat Kornilov, not them."
Lidia, back from Tambov, disagrees: "One government of all the soviet parties, yours included, as Martov says." # decision: oct_compromise
* [Refuse any offer to the defencists]
    ~ october += refused_compromise
    ~ lower(left_allies, 5)
    ~ lower(legitimacy, 3)
    ~ raise(worker_confidence, 1)
    The committee votes with Fyodor. By morning "No bargains with the ministers' friends" is chalked along the Lessner fence. # effect: Left allies and legitimacy fall: Vyborg spat on an offer its own leader made
    Lidia buttons her coat. "When you need us, remember you didn't ask." At the Soviet the Mensheviks wave Lenin's article and ask why his own district spits on it. Nobody's answer sounds like anything but pride.
    -> oct_compromise_after
* [Back Lenin's offer of a loyal opposition #historical]
    ~ october += offered_compromise
    ~ discredit_moderates(4)
    ~ raise(legitimacy, 4)
    The committee backs it. The Soviet's old leaders say no. # effect: Moderates' credibility falls and legitimacy rises: they refused a peaceful road
    -> oct_compromise_after
* [Propose a joint socialist government, Bolsheviks included]
    ~ october += offered_joint_government
    ~ raise(left_allies, 4)
    ~ raise(moderates_cred, 2)
    ~ raise(legitimacy, 2)
    The committee sends up Lidia's formula instead: all the soviet parties in one government, Bolsheviks included, no Kadets. Lidia carries it to the Soviet with Tambov mud still on her boots. # effect: Left allies rise: the Left SRs like the formula, and so do the bread queues
    The Soviet's old leaders turn it down as flatly as they turned down Lenin. Anton frowns. "Lenin offered them a clear road. We offered them chairs, and now they can say we wanted ministries."
    -> oct_compromise_after

=== oct_compromise_after
What really happened: Lenin offered peaceful opposition if the Mensheviks and SRs governed without the liberals. They refused; the essay blames them. # note # cite: essay
-> oct_conference

=== oct_conference
The Democratic Conference packs the gilt Alexandrinsky Theatre with cooperatives and town councils to outnumber the soviets. # date: 1917-09-20 # scene: The Democratic Conference # place: alexandrinsky_theatre # sfx: crowd
Kerensky forms a third coalition without asking it, and the Conference leaves a Pre-Parliament in the Mariinsky Palace.
"Take the seats," says Anton. "Kamenev's right: it's a platform."
"Lenin says boycott, and Trotsky with him," says Fyodor. "Don't sit at their table. Kick it over."
"Go in once," says Marfa, "read a declaration for the bread queues, and walk out." # decision: oct_preparliament
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
* [Read a declaration on the first day and walk out #historical]
    ~ october += walked_out_of_preparliament
    ~ discredit_moderates(4)
    ~ lower(gov_authority, 3)
    ~ raise(legitimacy, 3)
    ~ raise(worker_confidence, 2)
    -> oct_pp_walkout

=== oct_pp_walkout
From the gallery you watch Trotsky denounce a government of Kornilov's friends and this council, its screen. The right benches bang desk lids as the Bolsheviks walk out. # date: 1917-10-07 # scene: The Pre-Parliament # place: mariinsky_palace # effect: Moderates' credibility and the government's authority fall: the walk-out told the city the council was a screen
* [Clap from the gallery #historical]
    An usher takes your name. You give him Kolya's.
* [Watch the right benches]
    A Kadet in a grey suit writes something, underlines it twice, and does not look up.
- -> oct_preparliament_after

=== oct_pp_inside
From the opening day you sit in the Mariinsky gallery taking notes for the district. # date: 1917-10-07 # scene: The Pre-Parliament # place: mariinsky_palace # effect: Workers' confidence falls and the party splits: the seats look like the parlour
Osip sits two rows down for the printers. In the corridor Lidia catches his sleeve. "So what did you vote for at the Conference, Osip? Coalition, then no Kadets, then no coalition without them?"
"For time," he says. "This revolution is the propertied people's to lead, like it or not; without them there's no credit and no army. Let the Constituent Assembly decide who governs."
Ministers speak of defence, generals of discipline, Kadets of order. The party's speakers answer well, and nothing is decided, because nothing in this building can decide anything.
At the Erikson gates a young turner asks, "So you're in the parlour with them now?" A letter from Lenin calls the seats a disgrace; Anton defends them in committee with a face like a shut door.
When the party's deputies at last walk out, two weeks late, nobody on the right bothers to bang a desk lid. On the steps one of them lights a cigarette with shaking hands. "Nowhere left but the soviets. We could have said so on the first day."
-> oct_preparliament_after

=== oct_pp_boycott
The party never takes its seats. On opening day the Vyborg side holds six meetings against the Pre-Parliament, and the loudest cheer in the New Lessner canteen is for the empty Bolshevik benches. # date: 1917-10-07 # scene: The empty benches # place: vyborg # effect: Left allies fall: the Left SRs face the right alone in the Mariinsky
"Empty benches make a speech too," your father says at supper. "Not one I'd have made."
Lidia is less pleased: her faction and Martov's people sit in the Mariinsky alone against the whole right. "You leave us to face them by ourselves, and then you ask us to trust you."
-> oct_preparliament_after

=== oct_preparliament_after
What really happened: the Democratic Conference voted for coalition, then against the Kadets, then against coalition without them. # note # cite: essay
Not in the essay: Lenin and Trotsky urged a boycott; on 7 October Trotsky led the faction out. # note
-> oct_district

=== oct_fofanova
At the far end of Serdobolskaya Street the apartment blocks give way to cabbage plots and a railway embankment. You climb the stairs with newspapers under your coat. # date: 1917-10-12 # scene: Fofanova's flat # place: fofanova_flat # sfx: click
Margarita Fofanova lets you in and goes back to her stove. The man at the kitchen table has no beard and a wig that does not quite sit right, but there is no mistaking the voice.
{
- july ? lenin_surrendered && jul_road ? own_command:
    He gave himself up in July and walked out of Kresty with Kronstadt's sailors in Kornilov's week. He has been underground ever since. # recalls: jul_road
- july ? lenin_surrendered:
    He gave himself up in July and came out on bail after Kornilov, as Trotsky did. When the warrants were renewed he went back underground. # recalls: july
}
Lenin wants numbers before news: how many at the Erikson would come out, which companies of the Moscow Regiment, how many rifles in the Lessner cellars. He writes your answers in a small notebook.
Every day lost, he says, pacing, is a day for Kerensky to bring troops from the front and for the Germans to come up the Gulf. Let the Congress find power waiting for it.
At the door you tell him that the soldiers ask whose order it will be. He writes that down too, and does not answer.
On the 18th Kamenev's statement against any rising appears in Gorky's paper, and the whole city, the government included, knows the Bolsheviks mean to rise.
-> oct_how_after

=== oct_district
The committee room is packed: the question is power. # date: 1917-10-11 # scene: The question # place: vyborg # music: stinger_dread
Anton reads out a letter Kamenev and Zinoviev have sent the party's committees, slowly, as if he agreed with every word. He does.
The party grows every week, they write. In the Constituent Assembly it could hold a third of the seats, perhaps more, and with the soviets behind it that bloc could drive the SRs and Mensheviks before it. Assembly and soviets together: that is the state to build. A rising now stakes the party, and the revolution with it, on one card, against cadets, Cossacks and a front that look weaker from Vyborg than they are.
"They aren't cowards," Anton says. "They're counting."
"They've read us an order," says {soldier()}. "Half the battalion to the front."
"Then rise now," says Fyodor. "Party, Red Guard, sailors, as Lenin writes. Wait, and they'll put the Congress off." Half the room stamps its feet for him.
"The regiment will march for the Soviet," says {soldier()}, "not for a party."
"Then make it the Soviet's defence," says Lidia, "its committee guarding the garrison, the rising timed to the Congress. My people will stand with you."
"Why rise at all?" asks Marfa. "The Congress meets in two weeks and we'll have the most delegates. Why bleed for what a vote will give?" # decision: oct_how
* [Rise now, organised by the party, as Lenin urges]
    ~ october += rising_now
    ~ split_party(8)
    ~ raise(red_guard, 5)
    ~ lower(left_allies, 8)
    ~ lower(legitimacy, 5)
    ~ danger = 1
    -> oct_how_now
* [Stand with Kamenev and Zinoviev: no rising, and a strong bloc in the Assembly beside the soviets]
    ~ october += kamenev_zinoviev_line
    ~ split_party(8)
    ~ raise(moderates_cred, 5)
    ~ lower(worker_confidence, 5)
    ~ raise(left_allies, 5)
    -> oct_how_kz
* [Rise through the Soviet's committee, timed to the Congress: the Central Committee majority's line #historical]
    ~ october += rising_through_mrc
    ~ split_party(5)
    ~ raise(legitimacy, 13)
    ~ raise(left_allies, 4)
    ~ raise(garrison, 5)
    ~ raise(party_org, 4)
    ~ raise(fleet, 4)
    -> oct_how_mrc
* [Wait for the Congress to vote power, with no rising before it]
    ~ october += waited_for_congress
    ~ raise(left_allies, 3)
    ~ raise(legitimacy, 4)
    ~ raise(counter_threat, 5)
    ~ danger = 1
    -> oct_how_congress

=== oct_how_mrc
Vyborg's first instinct was Fyodor's. The Central Committee's was Trotsky's, and the district bows to it: not the party's rising but the Soviet's, wearing the Congress's date. # event: vote smolny # effect: Legitimacy, garrison and fleet rise: the rising will carry the Soviet's name and the Congress's date
That week at Smolny the Congress of Soviets of the Northern Region, 23 soviets from Petrograd and Moscow to Helsingfors, hears the sailors promise the fleet, and its delegates go home to make ready.
Anton stays behind when the room empties. "I voted against," he says. "I'll go on saying so inside the party. But the vote is the vote."
* [Ask him to draw up the committee's lists: who holds what, street by street #historical]
    ~ anton_reconciled = true
    He looks at you a long moment, then takes out his notebook. "Lists," he says. "At least someone will keep them properly."
* [Leave him to his minutes]
    He sits on alone under the lamp, writing up the vote in his small square hand.
- -> oct_how_after

=== oct_how_congress
Vyborg votes with Marfa. "Nobody's son bleeds for what a vote will give," she says, and the room breathes out. The Soviet still sets up its committee to watch the garrison, but the party tells it to keep quiet: no orders, no commissars, nothing to frighten anyone before the Congress votes. # effect: Counter-revolution grows: the government has two weeks and nobody watching it
At Smolny the Congress of Soviets of the Northern Region, 23 soviets, meets from 11 to 13 October, and sailors from Helsingfors stand up to promise the fleet. They are thanked and told to wait.
Within the week the Soviet's old executive puts the Congress back five days and wires the provinces that it may not be quorate. Fyodor pins the telegram to the committee-room door. "I told you they'd put it off. Now they're telling the provinces not to send delegates."
It is a warning, and Anton reads it as one: if the government moves before the Congress, nobody is ready to answer.
-> oct_how_after

=== oct_how_now
Vyborg backs Lenin and Fyodor. The party's own Military Organisation will lead: Red Guards, sailors, whichever soldiers will come, and the Congress will meet a fact already made. # effect: Left allies and legitimacy fall, the party splits: a party rising, not the Soviet's
"The rich would sooner have the Germans here than us," Fyodor says, cramming his cap on. "Look at Riga: the Soviet abolished, the old police back. And we're to wait for their permission?"
Lidia picks up her bag and leaves. {soldier()} stays, but does not look at you. The committee sends you to tell Lenin himself.
-> oct_fofanova

=== oct_how_after
What really happened: Lenin pressed for a rising; Kamenev and Zinoviev opposed it, for unity; Trotsky tied it to the Congress, as defence. # note # cite: essay, 20
The essay argues waiting would have ceded the initiative to Kerensky. # note # interpretation # cite: essay
Not in the essay: the Central Committee voted 10 to 2 on 10 October; Kamenev's statement appeared on the 18th. # note
-> oct_evacuation

=== oct_evacuation
At the Arsenal, crates stencilled for Nizhny Novgorod. The Germans hold the Gulf of Riga islands; the ministers talk of Moscow. # date: 1917-10-16 # scene: Crates in the yard # place: arsenal_liteiny # view: region
{ october ? kamenev_zinoviev_line:
    "And your Assembly," says an Arsenal fitter, "will it sit in Nizhny too?" # recalls: october
}
Marfa's mill posts notice: closing on the first, to reopen in the provinces. "The owners' own paper counted it in the spring," she says: "of 75 closures since April, 54 were to break the workers." # cite: essay
She reads out the Fourth Factory Committee Conference's answer to the anarchist Renev: # date: 1917-10-16 # scene: The mill committee # place: vyborg
"…our conference said from the very start that under a bourgeois government we will not be able to carry out consistent control…Therefore the working class cannot bypass state power, as comrade Renev proposes." # cite: 17
"Renev's right," says Petya, over from Kronstadt. "Lock the owner out and run it yourselves."
"On what cotton?" says Marfa. "We can sit on the crates, but not run looms."
Schmidt, for the unions, tells the Central Committee: "All agree that outside the struggle for power there is no way out of the situation. They demand power to the soviets." # cite: 22
Lidia admits her comrades' verdict: "Our speeches seemed doomed to us." # cite: 19 # decision: oct_evacuation
* [Resist the closures through the factory committees]
    ~ october += resisted_closures
    ~ raise(workers_control, 6)
    ~ raise(worker_confidence, 2)
    ~ crisis(3)
    The committees dig in. Marfa's women sit on the crates in shifts, and the Arsenal committee will not sign a single railway waybill. "They'll move the lathes, not the men," your father says. "Not while I'm on that committee." # effect: Workers' control rises, the crisis deepens: the committees hold machines the owners have stopped paying for
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
    Petya's way: the gates are chained from inside, and the manager is walked out through the crowd, hat in hand. # effect: Workers' control rises, legitimacy falls: the papers call it anarchy and the waverers listen
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
    The mill votes for soviet power, two hands against; so does the Arsenal{father_trust >= 2:, your father among them}. # effect: Legitimacy and workers' confidence rise: the closures made the case for soviet power
    -> oct_evacuation_after

=== oct_evacuation_after
What really happened: with the Germans advancing, owners planned to move factories; workers suspected closures aimed at their committees. # note # cite: essay
Mandel found only one factory resolution for waiting on the Constituent Assembly. # note # cite: 18
-> oct_crossroads

=== oct_crossroads
{ october ? kamenev_zinoviev_line:
    -> oct_vote_road
}
{ october ? rising_now:
    -> oct_party_rising
}
-> oct_garrison

=== oct_garrison
{ october ? rising_through_mrc || october ? rising_handed_to_soviet:
    At the Moscow Regiment's riding school a Smolny commissar answers the order to the front: no unit moves without the committee's signature. "Whose regiment are we?" shouts {soldier()}. Every hand goes up, and across the city the regiments follow. # date: 1917-10-21 # scene: The regiment decides # place: vyborg # sfx: crowd
    { july ? agitated_at_front:
        Seryozha stands at the riding-school door with the Erikson Red Guard. In June he carried leaflets to the front in his boot soles; today the soldiers come to him. # recalls: july
    }
    ~ raise(garrison, 4)
    -> oct_soviet_day
}
In the Moscow Regiment's riding school a captain reads the order to the front without looking up. There is no commissar from Smolny: the party has told the Soviet's committee to stay quiet until the Congress. # date: 1917-10-21 # scene: The regiment decides # place: vyborg # sfx: crowd
{soldier()} climbs onto a cart and argues. Two companies shoulder their kit bags anyway, because an order is an order and nobody has given them another.
Fyodor grabs your sleeve. "If they go, who answers when the government moves? Tell me that." # decision: oct_garrison_order
* [Run to Smolny for a commissar with the committee's stamp]
    ~ october += late_commissars
    ~ danger = 0
    ~ lower(garrison, 2)
    ~ raise(legitimacy, 3)
    ~ reaction(2)
    A Smolny commissar arrives by motorcycle at noon, out of breath, and reads the committee's order from the same cart: no unit moves without its signature. The companies put down their kit bags. Across the city the other regiments hear of it by evening. # effect: The garrison stays: the Soviet's committee speaks up at last, two weeks late
* [Let them go: no pretext before the Congress]
    ~ october += let_the_companies_go
    ~ lower(garrison, 8)
    ~ raise(counter_threat, 3)
    They march to the Finland station in the rain. {soldier()} walks beside them to the bridge and comes back alone. # event: train finland_station # effect: The garrison thins: two companies gone, and the government learns it can move troops
* [Climb onto the cart beside {soldier()} and argue too]
    ~ lower(garrison, 4)
    ~ raise(worker_confidence, 1)
    You argue until you are hoarse. One company stays; the other goes, because the captain has the order and you have only your voice. # event: train finland_station # effect: The garrison thins: one company gone, one kept by argument alone
-
What really happened: the Soviet's MRC established effective control over the garrison before the rising. # note # cite: essay
Not in the essay: on 21 October it declared no order to the garrison valid without its signature. # note
-> oct_soviet_day

=== oct_soviet_day
The Day of the Petrograd Soviet: rain all morning, yet thirty thousand pack the People's House. # date: 1917-10-22 # scene: The Day of the Soviet # place: peoples_house # event: crowd peoples_house # sfx: crowd_roar # music: stinger_rise
~ demonstrate((petrograd_side, vasilievsky))
~ raise(worker_confidence, 5)
~ raise(red_guard, 5)
~ raise(party_org, 3)
"The day surpassed all our expectations," soldier delegate Lashevich will write; one direct appeal, and "that entire human colossus would have left with empty hands for the barricades, for death." # cite: 21
A comrade back from two factories on Vasilievsky Island grins at you in the crush: "We spoke frankly before the masses of the coming seizure of power by us and heard only words of encouragement." # cite: 21
{ october ? waited_for_congress:
    Even Mstislavskii, who is against any rising, will set it down: "Trotsky so electrified the crowd by his speech that thousands of hands rose in a single outburst of emotion at his call, swearing loyalty to the revolution, to the struggle for it – to the mortal end." # cite: 21 # recalls: october
    But the appeal never comes. The speakers' message is the party's: wait for the Congress. The crowd has nowhere to take its roar, and on the way home Fyodor says it is like lighting a stove and leaving the door open.
- else:
    Trotsky speaks last; even Mstislavskii, against the rising, will write that "thousands of hands rose in a single outburst of emotion at his call". # cite: 21
}
Marfa has brought her eldest, a girl of twelve, who cannot see over the coats.
* [Lift her onto your shoulders #historical]
    She rides there through Trotsky's speech, her boots drumming on your collarbone, and raises her hand with the thirty thousand.
* [Push forward with her to the rail]
    You elbow through to the rail. She grips it with both hands and stares at the hall as if she meant to remember every face.
- -> oct_press

=== oct_press
Before six Osip bangs on your door: "Junkers have smashed the type at the Trud works and sealed your paper. I'm a printer before a Menshevik." # date: 1917-10-24 # scene: The press # place: trud_printing # event: raid trud_printing # sfx: glass
~ reaction(6)
~ fought_over += trud_printing
Trotsky will write, "From various quarters we were receiving communications that the government, or more correctly, the government parties, were actively organising and arming their forces." # cite: 23
"Protest, and wait," says Anton. "The Congress opens tomorrow. Don't hand them a pretext."
"Call the whole city out," says Fyodor.
"Send the Soviet's committee," says {soldier()}, "with soldiers to open the press. That's defence, not a rising." # decision: oct_press_closure
* [Protest, and wait for the Congress]
    -> oct_press_protest
* [Call the city onto the streets]
    -> oct_press_streets
* [Answer through the Soviet's committee, as defence #historical]
    -> oct_press_answer

=== oct_press_answer
~ october += answered_press_closure
~ temp strength = garrison + red_guard + worker_confidence
{ kornilov ? backed_kerensky:
    ~ strength -= 15
}
{ kornilov ? stayed_neutral:
    ~ strength -= 10
}
{ october ? late_commissars:
    ~ strength -= 10
}
{ october ? waited_for_congress && october !? late_commissars:
    { garrison >= 56 && strength >= 175:
        The committee that was told to do nothing now has to do everything at once. Its commissars run from barracks to barracks with orders nobody expected, and the soldiers who are left in the city come, slowly, and argue on the way.
        By noon a platoon has the Trud works open again. It has taken half a day that the government used well.
        ~ raise(legitimacy, 4)
        ~ raise(red_guard, 5)
        ~ lower(repression, 5)
        ~ held += trud_printing
        ~ fought_over -= trud_printing
        -> oct_press_note -> oct_night
    }
    The committee that was told to do nothing now has to do everything at once, and it cannot. Its commissars run from barracks to barracks. The regiments they trusted are on trains to the front, and the rest want to know why the Soviet kept silent for two weeks.
    The garrison had been thinned while you waited, and nothing had been prepared. By noon the junkers hold the Trud works, the bridges and the telephone exchange.
    -> oct_press_note -> def_road_dispersed
}
{
- strength >= 190:
    A Litovsky company brings the committee's order to the Trud works; the junkers eye the bayonets and leave. By eleven the paper is out. # event: red_guard narva lesnoy # effect: Legitimacy and the Red Guard rise: the Soviet defended its press and nobody fired
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
        In the barracks the soldiers still remember the party marching under Kerensky in August. Some of them wait to see who wins. # recalls: kornilov
    }
    The paper comes out late, and the government's posters call the Soviet's men bandits. # effect: Legitimacy rises a little: the press is open, at the price of two dead
    ~ raise(legitimacy, 3)
    ~ raise(red_guard, 4)
    ~ shooting(2)
    ~ held += trud_printing
    ~ fought_over -= trud_printing
    -> oct_press_note -> oct_night
- else:
    The committee signs its order, and almost nobody comes. The garrison waits in its barracks and the Red Guard is too few to take a building from armed junkers.
    { kornilov ? backed_kerensky:
        In August the party marched under Kerensky's orders. Now, when it calls the soldiers against him, too many of them shrug. # recalls: kornilov
    }
    { kornilov ? stayed_neutral:
        In August the party sat at home while the soldiers dug trenches against Kornilov. Now the soldiers sit at home. # recalls: kornilov
    }
    Too few rifles stand behind the Soviet's order to make it good. By noon the government holds the press, the bridges and the telephone exchange.
    { danger >= 1:
        -> oct_press_note -> def_road_dispersed
    }
    // One failure is a warning: the order was right and too weak; the night still belongs to whoever uses it.
    ~ danger = 1
    ~ october += order_failed_by_day
    ~ lower(worker_confidence, 4)
    In the evening the Litovsky company that did come sits in the Smolny courtyard, cleaning its rifles, and its committee sends word round the barracks: the Soviet meant it, and it will try again tonight. # effect: Danger: the Soviet's order failed in daylight; workers' confidence falls, and one night is left
    -> oct_press_note -> oct_last_night
}

=== oct_press_protest
~ october += waited_after_press_closure
Anton drafts the protest himself, and it is a good one: the government has trampled the freedom of the press on the eve of the Congress. It goes up on the walls of every district by noon. # event: printing_press trud_printing
Osip sets it in type himself on the Menshevik press, since yours is in pieces. "A protest I can print," he says, wiping his hands on his apron. "It's the rest I was afraid of."
The junkers read it on their way to the bridges. By evening they hold the telephone exchange, and an officer with a list is asking the porter at Smolny which rooms belong to the Military Revolutionary Committee. # effect: The government's authority rises: it closed a press and nobody stopped it
-> oct_press_note -> oct_last_night

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
It is July again. By nightfall the government has its pretext. # effect: Workers' confidence falls: a crowd without orders was shot at and the garrison watched
~ shooting(60)
-> oct_press_note -> oct_last_night

=== oct_press_note
What really happened: early on 24 October government troops closed a Bolshevik paper; the MRC called its answer defence. # note # cite: essay
The essay calls that defence a cover for taking power. # note # interpretation # cite: essay
->->

=== oct_last_night
Night at Smolny. The junkers hold the exchange; the corridors fill with delegates arriving for tomorrow's Congress, and nobody knows whether there will be one. # date: 1917-10-24 # scene: One night left # place: smolny # music: stinger_dread
{
- october ? order_failed_by_day:
    "The order was right and the rifles were too few," Anton says. "One company came this morning. Tonight either the regiments come with it, or nobody ever answers the Soviet again." # recalls: october
- danger >= 1:
    "That's two mistakes this month," Anton says aloud, and nobody argues. "We won't be let off a third." # recalls: danger
- else:
    Anton says it for everyone: the government has chosen the hour, and there is one night left to answer.
}
"The committee can still sign orders," says Lidia. "The regiments are waiting to be asked."
{october ? order_failed_by_day:"Asked to go where one company went alone at noon?"|"Asked to die for a protest?"} says Fyodor. "Give them a reason and a time." # decision: oct_last_night
* [Send the committee's orders out tonight, as defence]
    -> oct_late_answer
* [Keep to the protest and wait for the Congress to open]
    The committee sits up all night drafting the Congress's agenda. Nobody signs an order. # effect: The government's authority rises: the Soviet let the night go
    // A first mistake is a warning (roads/oct_road_shut.ink); a second loses the Congress.
    { danger >= 1:
        -> def_road_dispersed
    }
    -> oct_road_shut
* [Ring Smolny with the Red Guard tonight, and send the committee out at dawn]
    ~ october += guarded_smolny
    ~ raise(red_guard, 2)
    Fyodor's men dig in round Smolny with two machine guns, and the committee's commissars sleep on their coats until first light. # event: red_guard smolny # effect: The Red Guard holds Smolny: the Congress is safe tonight, the city waits for morning
    -> oct_late_answer

=== oct_late_answer
~ october += answered_press_closure
~ temp strength = garrison + red_guard + worker_confidence
{ danger >= 1:
    ~ strength -= 15
}
{ october ? guarded_smolny:
    ~ strength -= 5
}
{ october ? order_failed_by_day:
    // The company that came in daylight brings others at night: the Soviet has shown it meant the order.
    ~ strength += 20
}
{ kornilov ? backed_kerensky:
    ~ strength -= 15
}
{ strength >= 160:
    The orders go out by motorcycle and on foot. By two in the morning a Litovsky company has the Trud works again, and the junkers leave the exchange, sullen, with their rifles on their shoulders. # event: red_guard trud_printing # effect: Legitimacy rises but so does the counter-revolution: the Soviet answered, a day late
    ~ raise(legitimacy, 3)
    ~ raise(counter_threat, 6)
    ~ danger = 1
    ~ held += trud_printing
    ~ fought_over -= trud_printing
    It has cost a day, and while you argued Kerensky's wires went out to the front.
    What really happened: the MRC answered the closure on the morning of the 24th, reopened the press under guard and, through that night, took the city. # note # cite: essay
    -> oct_night
}
{ october ? order_failed_by_day:
    The orders go out, and too few answer them. The regiments watched one company go alone at noon and come back without the press; they will not be the second to try it in the dark. # effect: The garrison stays in barracks: an order that had already failed once # recalls: october
- else:
    The orders go out, and too few answer them. The regiments that would have come in the morning will not come at night for a Soviet that kept silent all day. # effect: The garrison stays in barracks: an order that came too late
}
{ danger >= 1:
    -> def_road_dispersed
}
-> oct_road_shut

=== oct_night
// Waiting for the Congress, the Soviet reopens its press and stops there: roads/october_roads.ink.
{ october ? waited_for_congress || october ? waited_after_press_closure:
    -> oct_road_wait
}
{ october ? waited_after_press_closure || october ? called_the_streets:
    The bridges the government raised this afternoon still stand up against the dark, the Liteiny's iron leaves among them. # date: 1917-10-24 # scene: The bridges # place: liteiny_bridge # event: bridge_raised liteiny_bridge nikolaevsky_bridge palace_bridge # music: stinger_dread # recalls: october
- else:
    On the 24th the government raises the bridges against the workers' districts; the Liteiny's iron leaves swing up against a yellow sky. # date: 1917-10-24 # scene: The bridges # place: liteiny_bridge # event: bridge_raised liteiny_bridge nikolaevsky_bridge palace_bridge # music: stinger_dread
}
~ raised_bridges += (liteiny_bridge, nikolaevsky_bridge, palace_bridge)
{ october ? called_the_streets:
    The blood from the morning is still on the Liteiny cobbles, sanded over. # recalls: october
}
{ october ? waited_for_congress:
    The committee that was told to wait has had one day to become an army. It shows. # recalls: october
}
Fyodor's Red Guards and {soldier()}'s company arrive at a trot; the junkers count the rifles and leave; the span comes down. # event: bridge_lowered liteiny_bridge # sfx: march
~ raised_bridges -= liteiny_bridge
~ held += liteiny_bridge
Mitya is asleep when you come for your coat, but your father is not. "Tell the boy when you'll be back," he says. "He asks me every hour."
* [Wake Mitya and promise him you'll be home by morning #historical]
    ~ mitya_promise = true
    He is asleep again before you reach the door, your promise in his fist like a coin.
* [Let him sleep]
    You kiss his hair. Your father nods, as if you had answered a question he had not asked.
-
On Smolny's blazing third floor, field telephones report from every district. # date: 1917-10-24 # scene: The third floor # place: smolny # sfx: telegraph
{ anton_reconciled:
    "Bridges, stations, telegraph, exchange, bank," says Anton, with the lists he has kept all week. "One by one, with orders. No shooting unless we're shot at." # recalls: anton_reconciled
- else:
    "Bridges, stations, telegraph, exchange, bank," says Anton, who voted against all this and now reads the list aloud. "One by one, with orders. No shooting unless we're shot at."
}
"The ministers are in one building," says Fyodor. "Take the palace now: over by breakfast."
"Send a delegation first," says Lidia. "Let them surrender, and the Congress open without blood." # decision: oct_force
* [Take the key points one by one, without firing #historical]
    -> oct_force_minimal
* [Parley for the ministers' surrender before moving]
    -> oct_force_parley
* [Storm the Winter Palace at once with everything]
    -> oct_force_storm

=== oct_force_minimal
~ october += minimal_force
Through the night, by telephone, the detachments take the Nikolaevsky station, the telegraph, the Baltic and Warsaw stations, the exchange; at dawn, the State Bank. # date: 1917-10-25 # scene: The city changes hands # place: smolny # view: centre # event: occupy nikolaevsky_station main_post_telegraph baltic_station warsaw_station vitebsk_station telephone_exchange state_bank
~ held += (nikolaevsky_station, main_post_telegraph, baltic_station, warsaw_station, vitebsk_station, telephone_exchange, state_bank, peter_paul_fortress, mariinsky_palace)
The cruiser Aurora anchors by the Nikolaevsky Bridge and her sailors lower it. Petya jumps off a Kronstadt minesweeper: "Where's the fighting?" # date: 1917-10-25 # scene: The Aurora # place: aurora_oct25 # event: aurora aurora_oct25 # view: approaches
~ raised_bridges -= (nikolaevsky_bridge, palace_bridge)
~ held += (nikolaevsky_bridge, palace_bridge, troitsky_bridge)
* [Tell him there isn't any #historical]
    He looks almost disappointed, then laughs and lights a cigarette off yours.
* [Send him to the palace cordon]
    He goes off at a run along the embankment, rifle on his shoulder, whistling.
-
Kerensky has fled to find troops. # event: sailors kronstadt # effect: Red Guard, fleet and garrison rise: the city changed hands by telephone, without a fight
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
Lidia will not speak to you. At the Soviet her comrades ask who gave the order to turn a defence into a massacre. # effect: Legitimacy and left allies fall: a defence became a massacre on Palace Square
Osip finds you at the Smolny gate with a list of names from the Obukhov hospital; two are printers' sons. "This is what we told you it would be," he says, quietly, and that is harder to bear than shouting.
-> oct_force_note -> oct_soviet_session

=== oct_force_parley
~ october += negotiated_surrender
On Nevsky at nine the trams still run and the cinemas are full. A cadet patrol warms its hands at a brazier by the Kazan Cathedral; nobody looks twice at two women walking to the river. # date: 1917-10-24 # scene: Nevsky at night # place: nevsky_kazan # view: centre
You and Lidia reach the Winter Palace at midnight under a white towel on a broom handle, with the committee's terms: surrender, and every minister's life is guaranteed. # date: 1917-10-25 # scene: The parley # place: winter_palace
A colonel keeps you waiting in a cold corridor for two hours. The ministers, he says at last, are considering; they have been promised troops, and would like to see whether the troops arrive. Through a door you hear a telephone ringing, and someone answering it.
While you waited, the telegraph and the exchange stayed the government's, and Kerensky's call to the front went out on the wires. By morning he is gone, and troop trains are said to be loading.
The committee moves at dawn after all and takes the stations, the telegraph and the bank without a fight. At the exchange the operators work on under a sailor's eye, connecting calls that no longer matter. But the palace has had a night to bring in cadets and sandbags. # effect: The counter-revolution gains a night: Kerensky's call to the front got out
~ held += (nikolaevsky_station, main_post_telegraph, baltic_station, warsaw_station, vitebsk_station, telephone_exchange, state_bank, peter_paul_fortress, nikolaevsky_bridge, palace_bridge, troitsky_bridge)
~ raised_bridges = ()
~ raise(left_allies, 4)
~ reaction(10)
~ raise(gov_authority, 4)
~ raise(red_guard, 4)
~ stir_each((admiralty_centre, kolomna, liteiny, rozhdestvensky, alexander_nevsky), 6)
-> oct_force_note -> oct_soviet_session

=== oct_force_note
What really happened: on 25 October the MRC took the city "without any chaos, without street fights, without firing or bloodshed", as Trotsky wrote. # note # cite: 24
The essay's 20,000 storming the palace that evening is disputed; the picture owes much to later re-enactments and films. # note # interpretation # cite: essay
Not in the essay: the bridges were raised on 24 October; the palace was entered around 2 am on the 26th, with few killed. # note
->->

=== oct_soviet_session
Noon. Smolny's white hall fills for the Petrograd Soviet. # date: 1917-10-25 # scene: Who says it # place: smolny # sfx: crowd
{ october ? heavy_force:
    The machine guns on Palace Square have been firing since dawn, and everybody in the hall has heard them. # recalls: october
- else:
    The city is the Soviet's, all but the Winter Palace.
}
"Lenin wants the Soviet told at two," says Anton. "The government no longer exists. Say it, and it's true."
"It's the Congress's to say," says Lidia. "All Russia's soviets, not one city's."
"With the ministers still in the palace?" says Fyodor. "Arrest them first." # decision: oct_announce
* [Leave the announcement to the Congress tonight]
    ~ october += left_it_to_congress
    ~ raise(legitimacy, 3)
    ~ raise(left_allies, 3)
    ~ lower(worker_confidence, 3)
    ~ raise(counter_threat, 3)
    ~ raise(gov_authority, 3)
    The Soviet hears the district reports and adjourns to wait for the Congress. Lidia is pleased. # effect: Left allies rise, but so does the government's authority: all afternoon nobody says who governs
    The city is not. The City Duma tells the newspapers the government still stands, and in the Sampsonievsky queues women ask you whether it is over. You do not know.
    At five Anton stands at the window watching the dark come down, and says it has been a very long afternoon.
    -> oct_announce_note
* [Announce nothing until the ministers are arrested]
    ~ october += waited_for_the_palace
    ~ lower(worker_confidence, 3)
    ~ raise(gov_authority, 3)
    ~ raise(counter_threat, 2)
    The Soviet meets and says nothing that matters. The hall empties, disappointed. # effect: Workers' confidence falls: the Soviet held the city and kept its mouth shut
    By evening rumours fill the gap: Kerensky is at the gates with Cossacks, the Germans are at Narva, the Bolsheviks have lost their nerve. Fyodor says the palace will fall tonight. You notice he has stopped saying "by breakfast".
    Petya, cold on the Moika embankment since noon, asks why the Soviet keeps quiet when the city is already in its hands. "The ministers first," you tell him. He spits into the river.
    -> oct_announce_note
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
    "We must now set about building a proletarian socialist state." # cite: 25 # effect: Legitimacy rises: the Soviet heard who governs before dark
    -> oct_announce_note

=== oct_announce_note
What really happened: the Petrograd Soviet met at 2 pm on 25 October; Lenin declared the government gone. # note # cite: essay
A Menshevik-Internationalist recalled: "When Trotsky informed the Soviet that 'power had passed to the people,' a thunder of applause followed." # note # cite: 26
-> oct_congress_opens

=== oct_congress_opens
~ count_delegates(670, 300, 51)
~ disperse(crowds)
~ held += (general_staff, admiralty)
Late that evening the Second Congress opens at Smolny: {delegates_total} delegates, {delegates_bolshevik} of them Bolsheviks.{october !? rising_now: The Winter Palace still holds out across the city.} # date: 1917-10-25 # scene: The Second Congress opens # place: smolny # sfx: bells # event: vote smolny
{ october ? rising_now:
    The Left SRs sit with their arms folded. The party took the city five days ago without asking them, and they have come to say so. # recalls: october
}
{ october ? heavy_force:
    The Menshevik benches shout about the dead of Palace Square before the chairman can open his mouth. # recalls: october
}
{ october ? left_it_to_congress:
    The announcement is the Congress's to make, and every delegate knows it. So does every Menshevik who means to stop it. # recalls: october
}
From the river the Aurora fires a blank that booms across the water like a dropped iron door; in the hall the windows rattle and a Menshevik shouts that the palace is being shelled. # event: aurora aurora_oct25
What really happened: the Second Congress opened late on 25 October with 670 delegates, 300 of them Bolsheviks: the largest party, not a majority. # note # cite: essay
{ october ? rising_now && october !? rising_handed_to_soviet:
    -> oct_end
}
// The roads of roads/october_roads.ink: what the party did since September decides who stays in the hall.
{ october ? heavy_force || october ? waited_for_the_palace || october ? called_the_streets:
    -> oct_road_alone
}
{ october ? negotiated_surrender || october ? left_it_to_congress || october ? offered_joint_government || october ? joined_preparliament || october ? resisted_closures:
    -> oct_road_unity
}
{ october ? refused_compromise || october ? boycotted_preparliament || october ? occupied_plants:
    -> oct_road_alone
}
-> oct_palace

=== oct_palace
{ october ? heavy_force:
    After midnight the last rush goes in, Petya and a Lessner turner side by side, over the woodpiles and through the smashed doors, and the ministers are taken in a small dining room. Kerensky is not among them. # date: 1917-10-26 # scene: The square at night # place: palace_square # event: palace_falls winter_palace # recalls: october
    ~ fought_over -= winter_palace
    ~ held += winter_palace
    Afterwards you cross the square with a lantern, looking for the Lessner men among the dead under the arch of the General Staff. Fyodor sits on a woodpile, face in his hands, and does not look up when you say his name.
    You find two of yours. {soldier()} helps you lift them onto a cart. The palace has fallen, and it feels like nothing you expected.
    -> oct_end
}
{ october ? negotiated_surrender:
    You leave the hall for the square. The palace is a long dark wall with a few lit windows; the cadets brought in last night crouch behind firewood barricades. # date: 1917-10-26 # scene: The Winter Palace # place: winter_palace # sfx: gun # recalls: october
    The cadets shoot back at every movement. The fortress fires real shells, most of them wide, and men die in the square before the defenders begin to slip away through the side doors. # recalls: october
    ~ count_up(casualties, 30, 20000)
- else:
    You leave the hall for the square. At the dark Winter Palace the defenders slip away by the side doors: the Cossacks first, then half the cadets. # date: 1917-10-26 # scene: The Winter Palace # place: winter_palace # sfx: gun
    ~ count_up(casualties, 10, 20000)
}
Around two in the morning the Soviet's men go in, up staircases wider than your street, and find the ministers in a small dining room. Kerensky is not among them. # event: palace_falls winter_palace # sfx: cheer # music: stinger_victory
~ fought_over -= winter_palace
~ held += winter_palace
{ mitya_promise:
    You remember your promise to Mitya. It is going to be a long morning. # recalls: mitya_promise
}
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
~ whereabouts(5)
The ministers are marched to the fortress, and the news goes back to Smolny. # act_end: october
What comes next: the Congress must decide who governs, and Kerensky is raising troops at the front to march on Petrograd.
-> def_start

=== oct_party_rising
Midnight in the New Lessner yard. The party's Military Organisation has sent its orders down by hand: take the bridges, the stations, the telegraph and the palace before dawn, in the party's name. # date: 1917-10-19 # scene: The party rises # place: vyborg # music: stinger_dread
Fyodor's Red Guards are checking their cartridges by lantern light. Nobody has told the Soviet's committee, and half the Left SRs on it would say no if asked.
{soldier()} comes in from the barracks with rain dripping off his cap. "The lads ask whose order it is. I said the party's. They asked where the Soviet's stamp was."
It is a warning, and Anton, who came to see the thing done properly, says so: a party rising, announced in the papers a day ago, against cadets who have had a day to load. "There's still an hour. The Soviet's committee could take it over, and the Congress could give it a name." # decision: oct_last_hour
* [Warn the Left SRs on the Soviet's committee before you move]
    ~ raise(left_allies, 6)
    ~ raise(counter_threat, 4)
    You run to Smolny and find Lidia asleep on a bench in the committee's corridor. She listens, white with anger, then goes to wake her comrades. Some will come. Some go to warn the Soviet's old leaders. # effect: Left allies rise, and so does the counter-revolution: some of the warned warned others
* [Keep it inside the party until the last hour]
    ~ lower(counter_threat, 3)
    You say nothing to anyone outside the party. The fewer who know, the fewer who can warn the government, though after Kamenev's statement in the papers the government can hardly be surprised. # effect: The counter-revolution is caught a little less ready: nobody outside the party was told
* [Send {soldier()} to bring the regiment out]
    ~ raise(garrison, 4)
    {soldier()} goes back to the riding school and argues for an hour by a single lamp. A company comes out, and another says it will follow if the first is not shot at. # effect: The garrison moves a little: one company for the party, one waiting
* [Call it off, and take it to the Soviet's committee]
    -> oct_rising_handed
- ~ temp support = legitimacy + left_allies
{ kornilov ? backed_kerensky:
    ~ support -= 10
}
{ support >= 85 && garrison >= 58 && red_guard >= 50:
    -> oct_party_success
}
-> oct_party_fails

=== oct_rising_handed
~ october += rising_handed_to_soviet
~ october -= rising_now
~ danger = 1
~ split_party(4)
~ raise(legitimacy, 8)
~ raise(left_allies, 5)
~ lower(red_guard, 3)
The runners go out again with new orders: stand down, wait for the Soviet's committee. Fyodor throws his cap against the wall and does not pick it up. # effect: Legitimacy rises, the party splits again: a rising called off at the last hour
At Smolny you put the plan before the Military Revolutionary Committee, as a plan to defend the Congress. Lidia's comrades make you wait two hours, then take it, with changes and with their names on it.
"Once," says Anton on the stairs. "We've been lucky once. The next mistake, nobody calls off."
What really happened: the rising was the Soviet committee's, not the party's, and it was timed to the Congress. # note # cite: essay
-> oct_garrison

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
It worked, just. # effect: The party holds the city, but legitimacy and left allies fall: the Congress will meet a fact it never voted for
Enough of the Left SRs and enough of the Soviet's authority stood behind you that night to bring the garrison along. The Soviet approves what has been done next day, with the Left SRs walking out of the hall, and for five days the city is held by the party's men, waiting for the Congress to give their power a name.
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
{ garrison < 58:
    Too few regiments came out to carry the city.
}
~ shooting(70)
~ repress(15, 400)
-> def_road_crushed

// Who brings the garrison's voice: Grisha, or, if he was sent to the front after July, Semyon, a corporal of his old company.
=== function soldier()
{ grisha_at_front:
    ~ return "Semyon"
}
~ return "Grisha"
