// The spring's roads played on into the summer (Act II alternatives that do not walk back onto history).
// dp_end asks dp_road_door() which road the spring has put the party on; history's road (and the two ways back,
// late_convert and recalled_from_coalition) goes on to jul_start; the others leave here. The rash road's armed July
// given up in time reaches Act IV on the July roads' reckoning (dp_road_rash_august); a July that left the party
// beaten or divided meets Kornilov in Act IV without it at the head of the defence (dp_road_generals).
//   road_loyal: the party kept to the moderates in the spring (kept_kamenev_line, kept_conditional_support,
//     negotiated_through_soviet, joined_coalition, conditional_coalition). Decisions dp_road_offensive (June) and
//     dp_road_loyal_july. Endings: moderates_republic, socialist_government, and after dp_road_generals' warning
//     (backing the offensive and then standing with the Executive in July, or marching with the crowds) keeping out of
//     the fight with Kornilov: kornilov_victorious, or soviets_without_bolsheviks after the march where the left is
//     strong enough to beat him alone; going to Pulkovo late plays on into October.
//   road_rash: the party went out ahead of the city (opposed_government, rival_government, broke_with_leadership,
//     control_takeover, control_anarchist, down_with_government_now, demanded_soviet_power). Decisions
//     dp_road_june_march (June) and dp_road_rash_july. An armed July given up at dp_road_rash_last_chance goes on
//     into Act IV (dp_road_rash_august, then the party congress's reckoning: kor_road_reckoning). Endings:
//     kornilov_victorious (the party stayed home in July, or marched peacefully and was broken by the trials that read
//     its spring, then kept out of the fight with Kornilov: dp_road_generals; after the peaceful July, a strong enough
//     left beats him without the party: soviets_without_bolsheviks), july_crushed (an armed July after an earlier armed or
//     rival step, or after refusing dp_road_rash_last_chance: the second mistake, after the road's warning).
// Every road scene reads the spring's path list (dual_power) for the door the player came in by.

// The road the spring leads to, or () for history's road. The ways back (late_convert, recalled_from_coalition)
// rejoin history at Act III's start with the difference kept in dual_power; an April or May rash step outweighs a
// loyal one, a loyal one outweighs a March or mill one.
=== function dp_road_door()
{
- (dual_power ? late_convert) || (dual_power ? recalled_from_coalition):
    ~ return ()
- (dual_power ? down_with_government_now) || (dual_power ? demanded_soviet_power):
    ~ return road_rash
- (dual_power ? kept_kamenev_line) || (dual_power ? kept_conditional_support) || (dual_power ? negotiated_through_soviet) || (dual_power ? joined_coalition) || (dual_power ? conditional_coalition):
    ~ return SpringRoad.road_loyal
- (dual_power ? opposed_government) || (dual_power ? rival_government) || (dual_power ? broke_with_leadership) || (dual_power ? control_takeover) || (dual_power ? control_anarchist):
    ~ return road_rash
}
~ return ()

=== dp_road_start
~ dp_road += dp_road_door()
{ dp_road ? SpringRoad.road_loyal: -> dp_road_loyal_june }
-> dp_road_rash_june

// ---------------------------------------------------------------------------
// The loyal road: the party as the Soviet majority's left wing
// ---------------------------------------------------------------------------

=== dp_road_loyal_june
# act: july_days
# date: 1917-06-04
# scene: The Congress of Soviets
# place: vasilievsky
~ count_delegates(669, 105, 18)
The First Congress of Soviets meets in the Cadet Corps on Vasilievsky Island, a long hall of soldiers' boots and peasants' bast shoes. By the Bolshevik count you have {delegates_bolshevik} delegates of 669, and they do not all sit together.
{
- dual_power ? unity_talks:
    Osip has kept you a seat on the Menshevik side of the gangway, as a member of the Vyborg joint committee. Half the Bolsheviks think you belong there. # recalls: dual_power
- (dual_power ? joined_coalition) || (dual_power ? conditional_coalition):
    The Menshevik stewards nod you through: your hand went up for the coalition in May, and they count on it again. # recalls: dual_power
- dual_power ? negotiated_through_soviet:
    The Executive men remember you from the bench outside their door in April, and greet you like a colleague. # recalls: dual_power
- (dual_power ? kept_kamenev_line) && (dual_power ? backed_april_theses):
    In March your committee dropped "Down with the war"; in April it took up Lenin's line with everyone else. The SR chairman still counts you among the reasonable Bolsheviks, and at the Vyborg gates they are not sure he is wrong. # recalls: dual_power
- dual_power ? kept_kamenev_line:
    Since March your party has called the war a defence. The SR chairman welcomes you as a reasonable Bolshevik, which is not a compliment on the Vyborg side. # recalls: dual_power
- else:
    Your party still gives the government conditional support. Lenin's people sit apart at the back, and Fyodor is with them. # recalls: dual_power
}
The coalition asks the Congress for its confidence, and the War Minister wants an offensive: the Allies have asked for one.
"We cannot make peace alone," says Osip at the buffet, "and we cannot get a just peace from a beaten army. One push, and the Allies will listen to a free Russia."
Anton reads from the paper: defend the front, but make the government publish its peace terms. "That is the line we have held since March. Vote confidence, and set conditions."
Marfa has come with the Vyborg women's delegation. "Every woman in my mill has a man at the front. Tell them they're going over the top for the Straits, and see what they say." # decision: dp_road_offensive
* [Vote confidence, and make published peace terms the price of the offensive] -> dp_road_peace_terms
* [Back the offensive with Osip: one push, then the peace conference] -> dp_road_back_offensive
* [Campaign against the offensive in the factories, with Marfa] -> dp_road_against_offensive

=== dp_road_peace_terms
~ dp_road += pressed_for_peace
~ raise(moderates_cred, 2)
~ lower(bolshevik_share, 1)
~ raise(party_unity, 3)
Your hand goes up with the 543. Anton drafts the condition, and the Congress passes it with a cheer: the government shall publish its terms for a peace without annexations.
The government thanks the Congress. The terms are sent to the Allies, who do not reply, and the offensive goes ahead on the 16th. # effect: The party is steadier, its share slips: Bolsheviks voted confidence, on conditions nobody enforced
At the New Lessner gate a fitter asks you which condition stopped which shell. You tell him the terms are in the Allies' hands. "So's my brother," he says.
-> dp_road_offensive_note

=== dp_road_back_offensive
~ dp_road += backed_offensive
~ raise(moderates_cred, 4)
~ raise(gov_authority, 4)
~ lower(bolshevik_share, 3)
~ lower(fleet, 5)
~ lower(garrison, 4)
~ split_party(8)
~ father_hears(1)
You speak for the offensive in the Erikson canteen, with your father beside you in his Arsenal apron. "A free army," you say, "fighting for a peace without annexations." {father_bond >= 4:He squeezes your hand under the table.|He nods, surprised to agree with you.}
The marching companies leave the Finland Station with bands and flowers. Grisha's company is not among them yet. "They chose the volunteers first," he says. "The rest of us are next." # effect: The garrison and the fleet cool, the government gains: a Bolshevik voice for the offensive
Fyodor tears your photograph out of the committee's album and sends it to you by post.
-> dp_road_offensive_note

=== dp_road_against_offensive
~ dp_road += campaigned_against_offensive
~ raise(bolshevik_share, 2)
~ raise(worker_confidence, 2)
~ split_party(6)
~ lower(moderates_cred, 2)
~ trust(marfa_trust, 1)
You vote with the 126 against confidence, and Anton does not speak to you on the tram home.
Marfa takes you round the mills at dinner time. At New Lessner the men pass a resolution you did not have to write: "We need not an offensive at the front but an offensive against the bourgeoisie inside the country." # cite: 10
The committee calls you a splitter for the second time this year. But the young fitters come to your meetings now, not only to Lenin's. # effect: The party's share and workers' confidence rise, unity strains: a Bolshevik line against the offensive
-> dp_road_offensive_note

=== dp_road_offensive_note
~ clear_delegates()
What really happened: the Congress voted confidence in the coalition by 543 to 126; the 105 Bolsheviks voted against. # note # cite: essay
The offensive began on 16 June, went well against the Austrians, then broke when German reserves came up. # note # cite: essay
-> dp_road_loyal_grisha

=== dp_road_loyal_grisha
# date: 1917-06-28
# scene: Grisha's last evening
# place: vyborg
~ crisis(6)
~ raise(counter_threat, 8)
~ lower(gov_authority, 5)
The casualty lists come in on the trains, and then the deserters. Bread is a quarter-pound a day. Grisha's company is ordered to send a marching company after all.
He sits on the end of your bed with his boots off. "The committee says the government swore no Petrograd regiment would be moved. The machine-gunners say they'll go out into the streets before they go to the front." He looks at you. "Your party's in the Soviet. What do I tell them?"
* [Tell him to hold his company to the Soviet's orders]
    ~ trust(grisha_bond, -1)
    "Wait for the Soviet," you say. He pulls his boots on without a word and goes back to barracks before the curfew.
* [Tell him the Soviet owes the soldiers an answer, and you will get one]
    ~ trust(grisha_bond, 1)
    "I'll ask at the Tauride tomorrow," you say. He holds you to it, and stays for Mitya's supper.
- -> dp_road_loyal_july

=== dp_road_loyal_july
# date: 1917-07-04
# scene: Outside the Tauride Palace
# place: tauride_palace
# sfx: crowd_roar
# event: march vyborg tauride_palace
~ crowds += (vyborg, rozhdestvensky, admiralty_centre)
~ july_toll(40)
Yesterday the Kadet ministers walked out of the government. This morning the machine-gunners came out, then the Vyborg side, then Kronstadt by tug and steamer: tens of thousands round the Tauride, under placards that say ALL POWER TO THE SOVIETS.
The Bolshevik banners are few. {dp_road ? campaigned_against_offensive:The men who know you from the mill meetings call you over.|Fyodor marches under the anarchists' black flag, and Petya's sailors with him. They look through you.}
Inside, the Executive has sent for troops from the front. Outside, sailors have hold of Chernov, the SR minister of agriculture, and one of them shouts into his face: "Take power, you son-of-a-bitch, when it is given to you." # cite: 14
"Help us clear the square," Osip begs from the steps. "If the Soviet takes power from a mob, the front will come and take it back."
Lidia has pushed through to you, her hat gone. "Make them take it, Nadya. Chernov, Tsereteli, all of them. A socialist government, now, before the troops arrive."
Fyodor shouts from the crowd: "Come down here, if you're still one of us." # decision: dp_road_loyal_july
* [Stand with the Executive: ask the crowds to go home and wait for the Assembly] -> dp_road_loyal_executive
* [Go inside with Lidia and press the SR and Menshevik leaders to take power] -> dp_road_loyal_press
* [Go down into the square and march with Fyodor] -> dp_road_loyal_march

=== dp_road_loyal_executive
~ dp_road += stood_with_executive
~ disperse(crowds)
~ repress(20, 400)
~ raise(counter_threat, 8)
~ raise(gov_authority, 6)
~ lower(worker_confidence, 8)
~ lower(bolshevik_share, 3)
~ grisha_at_front = 1
You speak from the steps with Osip. Some go home. That night the troops from the front arrive, and the next day shots on Liteiny clear the rest. # sfx: shots # event: shots liteiny
The raids that follow take the anarchists' villa and the Kshesinskaya mansion. Lenin's people go into hiding. Your committee is left alone: you were on the right side of the steps. # event: raid kshesinskaya_mansion # effect: Government authority and the counter-revolution rise, workers' confidence falls: the July crowds were cleared with Bolshevik help
{grisha_bond >= 3:Grisha's company goes to the front a week later. He does not come to say goodbye.|Grisha's company goes to the front a week later.}
-> dp_road_loyal_note

=== dp_road_loyal_press
~ dp_road += pressed_srs_to_rule
~ raise(left_allies, 8)
~ discredit_moderates(6)
~ raise(bolshevik_share, 2)
~ lower(gov_authority, 8)
~ raise(counter_threat, 4)
Because your party has sat with them all spring, the Executive lets you speak. You and Lidia, and a Menshevik-Internationalist from Martov's group, move that the Soviet form a government of the socialist parties alone, answerable to the Soviet, until the Assembly.
The SR benches split down the middle. Outside, the crowd hears of the motion and stops pushing at the doors. {worker_confidence >= 55:The Vyborg delegates stamp for it.|Even the Vyborg delegates are slow to stamp for it.} # event: vote tauride_palace # effect: Left allies rise, the government falls: Bolsheviks inside the Soviet press the moderates to rule
At two in the morning the regiments from the front are at the Warsaw Station, and the motion is still being debated.
-> dp_road_loyal_note

=== dp_road_loyal_march
~ dp_road += marched_for_soviet_power
~ split_party(10)
~ raise(bolshevik_share, 1)
~ july_toll(60)
~ repress(25, 700)
~ lower(worker_confidence, 6)
~ raise(counter_threat, 10)
You go down the steps, and Fyodor pulls you into the column with a laugh. For an afternoon you march with the sailors, shouting for the power the men inside will not take.
At the corner of the Nevsky and the Sadovaya somebody fires from an upper window, and the column breaks. # sfx: volley # event: shots nevsky_sadovaya
That night your own committee disowns you, and the government's lists name you with the anarchists. You sleep at Marfa's, behind the looms. # effect: The counter-revolution and repression rise: a Bolshevik from the Soviet's benches marched with the crowds too late to lead them
-> dp_road_loyal_note

=== dp_road_loyal_note
~ disperse(crowds)
What really happened: in July the Bolsheviks joined the marchers to keep them peaceful, then called them off; hundreds were killed and thousands jailed. # note # cite: essay
The Soviet's leaders would not take the power the crowds offered them. # note # cite: 14
{
- dp_road ? pressed_srs_to_rule: -> ending_socialist_government
- dp_road ? marched_for_soviet_power: -> dp_road_generals
- dp_road ? backed_offensive: -> dp_road_generals
}
-> ending_moderates_republic

// ---------------------------------------------------------------------------
// The rash road: the party out ahead of the city
// ---------------------------------------------------------------------------

=== dp_road_rash_june
# act: july_days
# date: 1917-06-09
# scene: The night before the march
# place: vyborg
Your name is known now, and not kindly. {dual_power ? recanted_banner:You took back the banner in April, but the papers did not print that.}
{
- dual_power ? demanded_soviet_power:
    Since the rifles on the Liteiny Bridge, the Soviet's majority says "Bolshevik" the way the police used to. Thirty of your people spent May in the cells. # recalls: dual_power
- dual_power ? down_with_government_now:
    The bedsheet banner is the Soviet majority's favourite story: the Bolsheviks who wanted civil war in April. # recalls: dual_power
- dual_power ? rival_government:
    The Finland Station proclamation is the Soviet majority's favourite story: the Bolsheviks who set up their own government in March. # recalls: dual_power
- dual_power ? broke_with_leadership:
    The Vyborg Internationalists came back to the party in April, but the regiments remember the sheet nobody would let past a barracks gate. # recalls: dual_power
- dual_power ? opposed_government:
    The barracks still tell the story of March, when the Vyborg Bolsheviks wanted the soldiers to turn on a government a week old. # recalls: dual_power
- dual_power ? control_anarchist:
    The mill that declared itself nobody's property has shut for good. The papers say the Bolsheviks ran it, and the sailors who slept in its drying room have taught the city to say Bolshevik and anarchist in one breath. # recalls: dual_power
- else:
    The mill Marfa's committee took over has shut for good, and the Menshevik paper tells the city weekly what Bolsheviks do to a factory. # recalls: dual_power
}
~ count_delegates(669, 105, 18)
At the Congress of Soviets the Bolsheviks have {delegates_bolshevik} delegates of 669. The party has called a march for tomorrow, the 10th, against the offensive the War Minister is preparing. Tonight the Congress has banned it.
Grisha comes to the committee room in his greatcoat, which he never does. "The regiment's committee voted: any Bolshevik march tomorrow, and we turn out to stop it. They mean it, Nadya. After this spring they'd shoot."
Anton has the Central Committee's word at midnight: the march is off.
"Off?" Fyodor kicks the leaflets across the floor. "Then we're what the Congress says we are: talk."
Marfa counts the leaflets back into their bundles. "The Soviet's own march is on the 18th. Carry your slogans in that one, where nobody can call it a rising." # decision: dp_road_june_march
* [Call it off with the Central Committee, and explain at the gates at dawn] -> dp_road_rash_off
* [March on the 10th anyway, with Fyodor's lads] -> dp_road_rash_tenth
* [Save the slogans for the Soviet's own march on the 18th] -> dp_road_rash_eighteenth

=== dp_road_rash_off
~ dp_road += called_off_june_march
~ raise(party_unity, 4)
~ lower(repression, 3)
~ trust(grisha_bond, 1)
You are at the Erikson gate at six, and at New Lessner at seven, explaining why the party that called a march has called it off. Half the shift jeers. The other half says it is the first sensible thing the Bolsheviks have done since spring. # effect: Party unity rises, repression eases: the party bends to the Congress
Grisha's regiment stays in barracks. So do you.
-> dp_road_rash_june_note

=== dp_road_rash_tenth
~ dp_road += marched_june_tenth
~ split_party(6)
~ repress(10, 60)
~ lower(garrison, 6)
~ raise(counter_threat, 6)
# date: 1917-06-10
Two thousand of you go over the Sampsonievsky Bridge with Fyodor's banner. On the far side the regiment's committee has kept its word: a line of soldiers with fixed bayonets, and Grisha in it. # event: troops vyborg
Nobody fires. The line does not move, and neither do you, until the militia takes forty names and the column goes home by the back streets. # effect: The garrison cools, repression rises: a banned march stopped by soldiers
That evening Grisha comes to the door and does not come in. "Next time they'll load," he says. "Don't make me stand in that line again." # recalls: dp_road
-> dp_road_rash_june_note

=== dp_road_rash_eighteenth
~ dp_road += slogans_june_18
~ raise(bolshevik_share, 3)
~ raise(worker_confidence, 2)
~ discredit_moderates(4)
~ crowds += (vyborg, admiralty_centre)
~ disperse((vyborg, admiralty_centre))
# date: 1917-06-18
On the 18th the Soviet marches to the Field of Mars with its own placards: confidence, unity, the Assembly. Most of the banners say something else. DOWN WITH THE TEN CAPITALIST MINISTERS. ALL POWER TO THE SOVIETS. Marfa's weavers carry theirs the whole way. # event: march vyborg admiralty_centre # sfx: march
The Soviet leaders on the stand count the placards and stop smiling. {(dual_power ? opposed_government) || (dual_power ? rival_government):"Vyborg again," one of them says. "They wanted this in March."} # effect: The party's share rises, the moderates lose credit: the Soviet's march carried Bolshevik slogans
-> dp_road_rash_june_note

=== dp_road_rash_june_note
~ clear_delegates()
What really happened: the Congress gave the coalition its confidence by 543 to 126. # note # cite: essay
Not in the essay: the Bolsheviks called off their march of 10 June when the Congress banned it, and the Congress's own march on 18 June was dominated by Bolshevik slogans. # note
-> dp_road_rash_supper

=== dp_road_rash_supper
# date: 1917-06-19
# scene: News from the front
# place: vyborg
The offensive has begun. Your father brings the paper home under his arm like a loaf, and reads the first day's gains aloud to Mitya: villages taken, prisoners counted in thousands.
"Your Bolsheviks said the army wouldn't fight," he says. "Look at it fight." {dp_road ? marched_june_tenth:He has not forgiven you the march of the 10th, and says so.}
* [Tell him the Germans have not come up yet]
    ~ trust(father_bond, -1)
    "Wait a fortnight," you say. He folds the paper very small and goes to bed without his tea.
* [Let him have his evening, and read with Mitya]
    ~ trust(father_bond, 1)
    You say nothing. He reads on, and for an hour the three of you are only a family at a table, with a map of Galicia and a boy's finger on it.
- -> dp_road_rash_july

=== dp_road_rash_july
# date: 1917-07-03
# scene: The regiments come out
# place: vyborg
# sfx: crowd_roar
~ crisis(6)
~ raise(counter_threat, 6)
~ crowds += (vyborg, petrograd_side)
The offensive has broken in Galicia. The Kadet ministers have walked out of the government. This afternoon a machine-gun regiment under orders for the front has come out with rifles, and sent lorries round the factories: come to the Tauride, make the Soviet take the power.
{dp_road ? marched_june_tenth:You remember the line of bayonets on the Sampsonievsky Bridge, and Grisha's face in it.} Petya's sailors are coming up from Kronstadt on anything that floats.
Fyodor has a lorry and a machine gun. "The regiments are out. The sailors are coming. The Peter and Paul Fortress has a garrison that will open the gates. Take the Tauride tonight, and the Soviet will have to rule."
Anton has the Central Committee's word: go with the marchers, keep it peaceful, All Power to the Soviets and nothing more. "We did not start this, Nadya. We can stop it ending in a massacre."
Grisha has come from the barracks. "My regiment stays in. Keep your people home. Whatever the sailors start, the front will finish." # decision: dp_road_rash_july
* [Go with the marchers to keep them peaceful, as the Central Committee says] -> dp_road_rash_peaceful
* [Ride with Fyodor and take the Tauride for the Soviet] -> dp_road_rash_rising
* [Keep the party's people at home, as Grisha asks] -> dp_road_rash_home

=== dp_road_rash_peaceful
~ dp_road += july_peaceful
~ july_toll(80)
~ repress(30, 1200)
~ lower(party_org, 12)
~ lower(bolshevik_share, 4)
~ raise(counter_threat, 8)
~ disperse(crowds)
# date: 1917-07-04
You march at the head of the Vyborg column with Anton, keeping the rifles pointed at the sky. On the Liteiny somebody fires from a roof, the soldiers fire back at the roofs, and men fall in the roadway. # sfx: shots # event: shots liteiny
By the 6th the troops from the front are in the city. This time the raids do not stop at the mansion. The spring gave the prosecutors a file on the Vyborg Bolsheviks, and they read it aloud in court. Anton is taken at his desk. # event: raid vyborg # effect: Party organisation falls hard, repression rises: the July crackdown reads the party's spring
{
- (dual_power ? down_with_government_now) || (dual_power ? demanded_soviet_power):
    The bedsheet banner is exhibit one. "They called for this government's fall in April," the prosecutor says. "July was only the date." # recalls: dual_power
- dual_power ? rival_government:
    Exhibit one is your March proclamation of a revolutionary government, signed by twenty people in a cold waiting room. # recalls: dual_power
- (dual_power ? control_takeover) || (dual_power ? control_anarchist):
    Exhibit one is the mill: the owner's ledger, the sailors' bedding from the drying room, a foreman's sworn statement. # recalls: dual_power
- dual_power ? broke_with_leadership:
    Exhibit one is the Vyborg Internationalists' sheet of March, DOWN WITH THE WAR across the top. # recalls: dual_power
- else:
    Exhibit one is the minutes of March, when Vyborg told the soldiers to turn on a government a week old. # recalls: dual_power
}
-> dp_road_rash_july_note

=== dp_road_rash_rising
~ dp_road += july_tauride
~ july_toll(200)
~ repress(30, 1500)
~ raise(red_guard, 5)
~ lower(worker_confidence, 10)
~ raise(counter_threat, 12)
~ barricades += (vyborg, rozhdestvensky)
# date: 1917-07-04
Fyodor's lorry leads twenty more to the Tauride. The sailors pour through the gates behind you, and for an hour the Soviet's Executive sits under guard in its own committee room. # event: occupy tauride_palace # sfx: gun
Nobody inside will form a government. The Executive's members sit with folded arms and wait. At midnight the first regiments from the front come up the Shpalernaya. # event: troops rozhdestvensky
{dp_road ? marched_june_tenth:Grisha warned you in June. Tonight his regiment is in the line that clears the Tauride gardens.|Grisha's regiment does not come out for you.} The sailors fight from the railings, then from the Vyborg side, where the barricades go up in Sampsonievsky Prospekt. # sfx: volley # event: barricade vyborg # effect: The counter-revolution and repression rise sharply: an armed bid for power without the Soviet or the garrison
-> dp_road_rash_july_note

=== dp_road_rash_home
~ dp_road += july_stayed_home
~ july_toll(60)
~ repress(15, 500)
~ lower(bolshevik_share, 5)
~ lower(fleet, 10)
~ split_party(10)
~ raise(counter_threat, 10)
~ trust(grisha_bond, 2)
~ disperse(crowds)
You keep the committee room locked and the Erikson men at their lathes. The march goes past the window without you, under black flags, with Fyodor on a lorry and Petya's sailors behind.
It is shot up on the Nevsky all the same, and the government's raids come for the Bolsheviks all the same: the papers do not care who stayed home. # sfx: shots # event: shots nevsky_sadovaya
Petya writes from Kronstadt that the sailors will never march with a party again. Grisha stays a night with you, for the first time since February. # effect: The fleet and the party's share fall: the militants marched under the anarchists, and the party was blamed anyway
-> dp_road_rash_july_note

=== dp_road_rash_july_note
What really happened: the Bolsheviks judged power in July premature and easily isolated, then joined the marchers to keep them peaceful. # note # cite: essay
Hundreds died, thousands were jailed, and Lenin went into hiding. # note # cite: essay
{
- (dp_road ? july_tauride) && dp_road_rash_warned(): -> dp_road_rash_crushed
- dp_road ? july_tauride: -> dp_road_rash_last_chance
}
-> dp_road_generals

// The rash road's armed July given up before the front came (dp_road_rash_last_chance): the party comes out of the
// crackdown weaker than history's, with the spring in a prosecutor's file, and answers for July at the party's
// congress in Act IV (kor_road_reckoning, the road of the barricades abandoned). A small choice over the file comes
// back at the start of Act IV.
=== dp_road_rash_august
# date: 1917-07-20
# scene: The prosecutor's file
# place: vyborg
The committee meets in Marfa's kitchen now: there is a policeman at the door of the old committee room, and a seal on its lock.
Fyodor calls the morning on Sampsonievsky a retreat. Anton calls it a rescue. Petya went back to Kronstadt swearing, and has sent no word since. # recalls: dp_road
Anton has brought a copy of the prosecutor's file on the Vyborg Bolsheviks, thick as a prayer book. It begins in March. Everything the district did ahead of the city this spring is in it, with dates, and the papers print a page of it every morning.
"The Executive voted to let the prosecutors have us," says Lidia. "My people voted against, and lost. Nobody in the Soviet will stand next to you this summer but us."
* [Read the file aloud, every page]
    ~ dp_road += read_the_file
    ~ raise(party_unity, 3)
    ~ lower(worker_confidence, 2)
    It takes till two in the morning. Nobody argues; Fyodor leaves at the page about the April banner and comes back at the page about July. When Anton closes it, Marfa says what everyone is thinking: "We were right about most of it, and early about all of it." # effect: Party unity rises, workers' confidence dips: the committee faces its spring
* [Burn it in Marfa's stove, and talk about August]
    ~ raise(worker_confidence, 2)
    ~ lower(party_unity, 2)
    The file burns slowly, being damp. Anton watches it go with the face of a man watching his notes burn. "The prosecutor has another copy," he says. "So will the next one." # effect: Workers' confidence rises, unity dips: no reckoning with the spring
-
What really happened: after July the Bolshevik press was banned, Trotsky and others were jailed, and the party survived half underground. That this road's spring would weigh on it more is an inference. # note # interpretation # cite: essay
~ july += barricades_abandoned
~ whereabouts(3)
July has cost Petrograd {july_dead} dead, and the party most of what it built in the spring. The men with epaulettes are counting the days. # act_end: july_days
-> kor_start

// True when the armed July is the second rash step with arms: a march the soldiers stopped in June, the April
// banner kept or the April rifles, or a rival government in March. Otherwise the road gives one chance to pull back.
=== function dp_road_rash_warned()
{
- dp_road ? marched_june_tenth:
    ~ return true
- dual_power ? demanded_soviet_power:
    ~ return true
- (dual_power ? down_with_government_now) && not (dual_power ? recanted_banner):
    ~ return true
- dual_power ? rival_government:
    ~ return true
}
~ return false

// The way back from the armed July, where it is the first rash step with arms: pull the sailors out before the
// front arrives (the party survives, beaten), or hold the Vyborg side (the July ending).
=== dp_road_rash_last_chance
# date: 1917-07-05
# scene: Before the front arrives
# place: vyborg
At dawn the barricades on Sampsonievsky Prospekt are still up, and Petya's sailors are asleep on the pavement behind them. A runner from the Central Committee brings a note in pencil: the troops from the front are at the Warsaw Station; get the sailors back to their boats and your people home, while there is still a party to come home to.
Grisha comes through the lines in his greatcoat. "They're bringing cavalry, Nadya, and the Cossacks who were in Galicia. Go home. You've still got time to go home."
Fyodor loads the machine gun. "Go home and they hang us one at a time."
* [Get the sailors to their boats and take the barricades down]
    ~ dp_road += july_pulled_back
    ~ lower(red_guard, 5)
    ~ raise(party_unity, 3)
    ~ disperse(crowds)
    ~ barricades = ()
    You walk the sailors to the landing stage yourself, and Petya goes last, swearing. By noon the barricades are firewood again. When the cavalry rides up Sampsonievsky the street is empty, and the arrests that follow take hundreds, not thousands. # event: retreat vyborg # effect: Armed workers fall, the party steadies: the Vyborg side gives up the barricades before the front arrives
    -> dp_road_rash_august
* [Hold the Vyborg side with Fyodor]
    -> dp_road_rash_crushed

// The second mistake on the rash road: the spring put the party in danger and June's warnings said so; an armed
// July on top of it ends in history's worst case for July.
=== dp_road_rash_crushed
# date: 1917-07-05
# scene: The last barricade
# place: vyborg
All night the Vyborg side holds out behind its barricades. In the morning the armoured cars come over the Liteiny Bridge. {dual_power ? fighting_group:Fyodor's fighting group from April fights to its last cartridge.} # event: troops vyborg liteiny_bridge
{dual_power ? recanted_banner:In April you stood up in committee and said you had been wrong to run ahead of the city. Tonight you did it again, with rifles.|Since the spring you have been ahead of the city every time. Tonight the city is behind you, indoors, with the shutters up.} # recalls: dual_power
-> ending_july_crushed

// The generals' road: a left beaten or divided in July meets Kornilov in August without the party at its head.
// Reached from the loyal road (backed the offensive, then cleared the July crowds; or marched with them too late) and the rash road (stayed home, or
// marched peacefully and lost Anton and half the committee to the trials that read its spring).
// July was the first mistake: the scene warns, and a party that goes to Pulkovo a day late joins the July roads'
// September (jul_road_after, as joined_late) and goes on into October; keeping out is the second, kornilov_victorious.
=== dp_road_generals
~ whereabouts(3)
{
- dp_road ? backed_offensive:
    July ends with the party on the Executive's side of the Tauride steps, and the city's left looking for other leaders. # act_end: july_days
- dp_road ? july_peaceful:
    July ends with Anton in the Kresty, the committee in Marfa's kitchen, and the city's left looking for other leaders. # act_end: july_days
- dp_road ? marched_for_soviet_power:
    July ends with your name on the government's lists beside the anarchists', your own committee's resolution against you, and the city's left looking for other leaders. # act_end: july_days
- else:
    July ends with the party at home, the sailors in the cells, and the city's left looking for other leaders. # act_end: july_days
}
-> dp_road_generals_august

=== dp_road_generals_august
# act: kornilov
# date: 1917-08-27
# scene: The general's trains
# place: vyborg
# view: approaches
~ raise(counter_threat, 15)
~ lower(worker_confidence, 6)
~ whereabouts(4)
In August the new Supreme Commander sends his cavalry north, and the Soviet calls on the city to defend the revolution.
{
- dp_road ? backed_offensive:
    You spoke for his offensive in June and helped clear his enemies off the Tauride steps in July. The Vyborg side has not forgotten either. When you go round the factories to call them out, the men at New Lessner ask you which side the general is on, and whether you are sure it is not yours. # recalls: dp_road
- dp_road ? july_peaceful:
    In July you marched at the head of the Vyborg column with the rifles pointed at the sky, and the court heard your spring read out all the same. The committee's list is half crossed through: in the Kresty, in Finland, or lodging with cousins in the country. The men who are left ask you why they should march again for a party that cannot keep its own out of prison. # recalls: dp_road
- dp_road ? marched_for_soviet_power:
    You have slept at Marfa's since July, behind the looms. The committee that disowned you for marching has lost half its members to the anarchists, and the other half will not say your name at the factory gates. Petya's sailors are in the cells, and the ones who are not say the Bolsheviks came to the streets too late to lead them. # recalls: dp_road
- dp_road ? july_stayed_home:
    In July the party kept its people home, and the sailors and the machine-gunners were shot down under the anarchists' flag. Kronstadt will not answer your telegrams. The young fitters who would have carried the rifles are in the Kresty, or gone to the anarchists, or gone home to their villages. # recalls: dp_road
}
Osip's Executive sends appeals. The railwaymen wait for someone to tell them to stop the trains, and the someone they would have listened to is not there. {grisha_bond >= 4:Grisha's regiment votes to defend the city, and then sits in barracks waiting for orders nobody gives.|Grisha's regiment argues all night and does nothing.}
Lidia comes to the committee room with a mandate from the Soviet's defence committee, unsigned. "Put a name on it and take whoever will follow you to Pulkovo. It's late, and it's not too late." # effect: Danger: the defence lacks the factories, and Kornilov's cavalry come on
{
- dp_road ? backed_offensive:
    "Dig for Kerensky," says Fyodor, who has not spoken to you since July, "after you helped him clear the steps?"
- dp_road ? july_peaceful:
    "Dig for Kerensky," says Fyodor, "while his prosecutor keeps Anton in a cell?"
- else:
    "And be seen digging for Kerensky," says Anton, "after the summer we've had?"
}
* [Sign the mandate and take whoever will come to Pulkovo]
    -> dp_road_generals_late
* [Keep the party out of a fight between generals]
    -> dp_road_generals_lost

= dp_road_generals_late
~ jul_road += joined_late
~ raise(moderates_cred, 4)
~ raise(garrison, 3)
~ lower(counter_threat, 15)
{
- dp_road ? backed_offensive:
    At New Lessner forty men come, and make you walk in front so that they can watch your back. # recalls: dp_road
- else:
    The young fitters are gone. The old men come instead, with spades over their shoulders and bread in their pockets, grumbling that they dug trenches for the Tsar too. # recalls: dp_road
}
{ dp_road ? july_peaceful:
    On the 29th the defence committee bails its July prisoners out of the Kresty to dig, and Anton walks out in a borrowed coat with his notebook in the pocket. He says nothing about Kerensky. He takes a spade. # recalls: dp_road
}
You reach the heights on the 30th with a borrowed cart and Lidia's mandate. The line is dug by then, by Osip's printers and a company of SR soldiers, and you are given the end of it, where the ground is wettest. # date: 1917-08-30 # scene: The end of the line # place: pulkovo_heights # event: red_guard pulkovo_heights
Down the line the railwaymen decide for themselves: sidings, lost engines, a bridge that will not take the weight. The cavalry never reaches the heights. On the first of September Kornilov is arrested, and the papers thank the Soviet. Nobody thanks you, but the SR soldiers in the next trench share their tobacco. # date: 1917-09-01 # event: train luga # effect: The moderates gain and the right falls back: the defence held without the party, and the party came at the end
-> jul_road_after

= dp_road_generals_lost
// A party broken by the July trials keeps out; whether the others hold without it depends on how strong they are.
{ (dp_road ? july_peaceful || dp_road ? marched_for_soviet_power) && left_allies >= 30:
    The cavalry trains roll towards Luga. Marfa goes to Pulkovo without you and digs all night beside Lidia's SR soldiers and Osip's printers, and the railwaymen do the rest: sidings, lost engines, a telegraph that will not answer. The general's trains never reach the heights. # date: 1917-08-30 # event: train luga # sfx: train
    The Soviet has beaten Kornilov without the Bolsheviks, and the whole Vyborg side saw it.
    -> ending_soviets_without_bolsheviks
}
The cavalry trains roll through Luga. Marfa goes to Pulkovo without you and digs all night beside strangers, and the line is too short by a district. # date: 1917-08-30 # event: troops luga tsarskoe_selo # sfx: train
-> ending_kornilov_victorious
