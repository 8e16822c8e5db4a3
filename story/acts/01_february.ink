// Act I: February (23 February to 2 March 1917, Old Style).
// Knots are prefixed feb_. What the organiser did goes into `february` (LIST FebruaryPath in state.ink).
// Decisions: feb_continue_strike, feb_arms, feb_after_shootings, feb_arsenal, feb_new_power.
// Small choices (Osip, the father, the Cossack, Grisha) move trust scores (state.ink, story-a block).
// Defeat takes two mistakes: a rash choice puts the rising in danger with a warning and a way back.
//   february_crushed : barricades while garrison < 40, held after Grisha's warning (feb_barricade_night), or
//                      barricades after the revolver massacre on the Nevsky (nevsky_massacre, Anton's warning)
//   february_fizzles : back to work on the 26th while worker_confidence < 45, and then refusing Marfa at midnight
//                      (feb_sunday_night)
// Going back to work with worker_confidence >= 45, or going out again with Marfa, lets the rising go on without the
// party (february += movement_without_party; lower party_org and bolshevik_share, higher moderates_cred).
// After the act's end, on the night of 2 March, February's alternatives can open a road of their own into the spring
// (story/roads/feb_roads.ink, feb_road_door): the Vyborg side's own power (after vyborg_government, dual_mandate or an
// armed February) or backing the Provisional Government "insofar as" (after a cautious February). Otherwise Act II.

=== feb_start ===
# act: february # date: 1917-02-23 # scene: Bread queues on Sampsonievsky Prospekt # place: vyborg # view: city
Six o'clock, dark: the bread queue on Sampsonievsky Prospekt stamps its felt boots. "No flour again."
You are Nadya Petrova, twenty-seven, Bolshevik lathe hand at the Erikson telephone works, mother of Mitya, seven, widow of Kolya.
It is International Women's Day. After January's strike, the war's biggest at two to three hundred thousand, the committee says wait for May Day. # cite: essay
At ten a snowball smacks your window. Mill women crowd the gate, red kerchiefs on broom handles, led by Marfa Sokolova: weaver, widow, three children, no party. # sfx: crowd
"Erikson! Come out! There's no bread!" The party said not now. The women have not asked it.
* [Stop your lathe and go out to the women]
    You knock the belt off the pulley and walk out. "Is your party with us?" Marfa asks.
    "I am," you say. It is not the same answer, and she knows it. # effect: Workers' confidence rises: a Bolshevik walked out with the mill women
    ~ raise(worker_confidence, 2)
    ~ trust(marfa_trust, 1)
* [Go round the shops and bring the Erikson men out #historical]
    Bench to bench: are we leaving the women alone in the cold? In ten minutes the works walks out. "Took your time," Marfa says, grinning. # effect: Party organisation rises: the cells brought a whole works out
    ~ raise(party_org, 2)
    ~ stir(vyborg, 2)
-
~ strike((vyborg))
~ demonstrate((vyborg))
By noon the prospekt is a river: Nobel, New Lessner, Parviainen. Someone shouts "Down with the war!" and the roar doubles. # event: strike vyborg # sfx: crowd_roar
"They don't need our permission!" shouts Fyodor Lukin, a young New Lessner fitter.
-> feb_bridge

=== feb_bridge ===
# date: 1917-02-23 # scene: The Liteiny bridge # place: liteiny_bridge
Mounted police hold the Liteiny bridge; dark figures string out across the frozen Neva. # event: march vyborg liteiny_bridge # sfx: hooves
~ fought_over += liteiny_bridge
~ demonstrate((liteiny))
On the embankment Osip Ginzburg, Menshevik printer and Kolya's oldest friend, grips your arm. "Keep it to bread, Nadya, this side of the river. A revolution, the Tsar will shoot."
* [Tell Osip the women chose this, not the party]
    "Then tell the women, Osip." He lets go of your arm and almost smiles.
    ~ trust(osip_trust, 1)
* [Tell Osip bread is already politics #historical]
    "When the bread runs out, Osip, it's the Tsar they ask." He shakes his head, and follows the crowd anyway.
    ~ trust(marfa_trust, 1)
-
~ strike((petrograd_side))
~ lower(gov_authority, 2)
~ fought_over -= liteiny_bridge
By dusk the Petrograd side is out too; across the whole city, ninety thousand, people say. # event: strike petrograd_side
-> feb_committee

=== feb_committee ===
# date: 1917-02-23 # scene: The district committee, night # place: vyborg
Behind a co-operative shop Anton Ivanovich, the committee's secretary, rubs the frost off his spectacles.
"May Day is our plan," he says. "Burn out now and the police pick off our best. Send them home."
Fyodor jumps up. "Spread it! Vasilievsky, Putilov, and the women to the barracks: the soldiers' wives queue too."
Others side with Osip: bread only, this side of the river, no party name.
"What do we tell them, Nadya?" Anton asks. # decision: feb_continue_strike
* [Keep it a bread strike in Vyborg, with the party's name off it]
    ~ february += bread_strike_only
    ~ lower(worker_confidence, 2)
    ~ raise(moderates_cred, 3)
    ~ raise(gov_authority, 3)
    "We stay out," you say, "for bread, on our own side of the river. No leaflets, no red flags, nothing the police can use."
    Fyodor stares at you. "That's the Menshevik line." But the committee takes your word. # effect: Government authority and the moderates rise: the strike stays a local bread protest
* [Hold back and save the party's strength for May Day]
    ~ february += held_for_may_day
    ~ lower(party_org, 2)
    ~ raise(moderates_cred, 3)
    "We hold to the plan," you say, and the words taste of tin. Fyodor kicks the crate over and goes out, letting the cold in behind him. # effect: Party organisation falls: the committee tells strikers to go home
* [Continue tomorrow: spread the strike and appeal to the garrison #historical]
    ~ february += spread_the_strike
    ~ raise(party_org, 3)
    "We spread it," you say. Anton takes out a pencil stub: pairs to every district, women to the barracks. # effect: Party organisation rises: pairs go out to every district and the barracks
-
What really happened: the strike surprised the Bolsheviks, who had urged saving strength for May Day. Encouraged, they spread it on the 24th to other workers and the garrison. # note # cite: essay
The essay says the local Bolsheviks called the strike; Vyborg Bolshevik Kayurov recalled his committee advising against it (not in the essay). The point is disputed. # note
-> feb_table

=== feb_table ===
# date: 1917-02-24 # scene: At the table, before dawn # place: vyborg
Before dawn your father Alexei, a fuse-maker at the Arsenal on Liteiny, turns from his shaving mirror.
{
- february ? spread_the_strike:
    "Women to the barracks? In 1905 they shot children. Finish the war, then settle with the Tsar."
    -> table_spread
- february ? held_for_may_day:
    Frost ferns cover the inside of the window. He is fifty-eight and believes in the war the way he believes in the frost.
    "So your committee has some sense," he says. "Go to work. Let the Duma do the shouting."
    "The Duma has been shouting for three years, Papa."
    Mitya picks at a splinter. "Vanya Sokolov says his mama's going out again today." Vanya is Marfa's eldest. "Aren't you going, Mama?"
    You pull on your boots without answering, and your father, to his credit, says nothing either.
    -> feb_24_held_back
- else:
    In 1905 he walked behind the icons on Bloody Sunday and saw the soldiers fire, and he has feared the red flag ever since.
    "Bread. Yes," he says. "Everyone understands bread. Even the police have wives in the queues. Keep your red rags out of it, Nadya, and the Duma will take it up."
    "And when the Duma has taken it up, Papa, will there be bread?"
    Mitya laughs, thinking it a joke, and your father folds his paper with a snap.
    -> feb_24_vyborg_only
}

= table_spread
* [Answer him: "The soldiers' wives queue too." #historical]
    He wipes the razor slowly. "Then God help their husbands," he says. It is nearly a blessing.
    ~ trust(father_bond, 1)
* [Say nothing, and cut Mitya's bread]
    Mitya watches you both. "Will there be bread after?" Nobody answers him.
    ~ trust(father_bond, -1)
- -> feb_24_spread

=== feb_24_spread ===
# date: 1917-02-24 # scene: Across the ice to the Nevsky # place: nevsky_kazan # view: centre
By nine Vasilievsky, Putilov, Obukhov and the Moscow rail shops are out. # event: strike vasilievsky peterhof moscow nevsky_district
~ strike((vasilievsky, peterhof, moscow, nevsky_district))
~ demonstrate((admiralty_centre))
You cross the ice with Marfa and three hundred mill women. On the Nevsky, Cossacks ride through at a walk, whips down. # event: cossacks nevsky_kazan
~ raise(garrison, 6)
~ lower(gov_authority, 3)
* [Walk up to a Cossack's stirrup and talk to him #historical]
    "Brother, we only want bread." He looks down a long time, then edges his horse aside. # effect: The garrison warms: a Cossack lets the women through
    ~ raise(garrison, 1)
    ~ trust(marfa_trust, 1)
* [Keep the women tight and out of the horses' way]
    You keep the column moving. The horses pass; the whips stay down.
- -> feb_25

=== feb_24_held_back ===
# date: 1917-02-24 # scene: A shop with empty benches # place: vyborg
You go in at seven, as the committee decided. Half the shop has not come. Old Semyonov from the foundry spits on the floor by your boots.
At nine the women are back at the gate, more than yesterday: spinners, laundresses, tram conductresses. Across the road the New Lessner men are out, and on a cart among them, against the committee's word, stands Fyodor. # event: strike vyborg
The Erikson men look at you once and walk out without you. By eleven you follow, one more woman in the crowd. "Where's your party today, Nadya?" Marfa asks. "Keeping warm?"
~ strike((vasilievsky, peterhof, moscow))
~ demonstrate((admiralty_centre))
~ raise(garrison, 6)
~ raise(worker_confidence, 3)
~ lower(party_org, 4)
~ lower(bolshevik_share, 1)
~ raise(moderates_cred, 5)
The strike does not need you. Vasilievsky, Putilov and the Moscow district come out with nobody leading them; the Mensheviks on the pavements say bread and order, and leave the rest to the Duma. # event: strike vasilievsky peterhof moscow
On the Nevsky, ladies in sealskin stare at the mill girls as if bears had come down the chimney. Marfa calls up to a young Cossack: her man is dead at the front, will he ride her down? He winks, and the crowd cheers her, not the party.
That night Anton sits a long time with his cap in his hands. "We were wrong," he says. "We follow them now." The right decision, a day late; the queues will remember which party stood at its machines on the 24th.
-> feb_25

=== feb_24_vyborg_only ===
# date: 1917-02-24 # scene: A bread strike on the Vyborg side # place: vyborg
The Vyborg side stays out, for bread: meetings in the factory yards, women on the district council's steps, a baker's window smashed and the loaves gone before the glass stops falling. No red flags, no leaflets. You see to that yourself.
Osip's words go round in your head: red flags give the police their excuse, and then it is the committee in the Kresty and soldiers on the bridges with live rounds.
Two young men from the Cable Factory on Vasilievsky come asking for speakers. You send them back with good wishes: this is a Vyborg matter, a bread matter. Fyodor goes back with them anyway.
~ strike((vasilievsky))
~ raise(worker_confidence, 1)
~ raise(gov_authority, 2)
Vasilievsky comes out on its own, linked to nobody. The police close the bridges, and across the river the Nevsky goes on shopping. The strike is a fire in one room of the house, and the government means to keep the doors shut on it. # event: strike vasilievsky
That night the police come with lists. They do not find the party's names, because you kept them off everything; they take the names everyone knew instead, the women who spoke on the council steps, the Nobel shop steward. Marfa sleeps on your floor, listening for boots on the stairs. # event: arrest vyborg
~ repress(6, 15)
-> feb_25

=== feb_25 ===
Saturday: no trams, no newspapers. # date: 1917-02-25 # scene: Znamenskaya Square # place: znamenskaya_square # view: centre
{
- february ? bread_strike_only:
    ~ strike((peterhof, narva))
    The city has not waited for the Vyborg side's permission. The Putilov men and the Narva gate are out by themselves, carrying red flags nobody told them to carry. # event: strike peterhof narva
- february ? held_for_may_day:
    ~ strike((narva, okhta))
    The committee's leaflets are out at last, a day behind the street, and nobody needs them: the Narva gate and the Okhta powder works are out, and the strike has become general without anyone's leave. # event: strike narva okhta
- else:
    ~ strike((narva, okhta))
    The Narva gate and Okhta powder works are out: the strike is general. # event: strike narva okhta
}
~ demonstrate((alexander_nevsky))
In Znamenskaya Square the Cossacks turn on the mounted police. "Hurrah for the Cossacks!" # event: cossacks znamenskaya_square # sfx: crowd_roar
{ february ? bread_strike_only:
    ~ raise(garrison, 3)
- else:
    ~ raise(garrison, 5)
}
~ lower(gov_authority, 3)
That night Alexander Shliapnikov, leading the party while Lenin is abroad, meets the Vyborg activists.
{
- february ? held_for_may_day:
    He does not mention May Day, and nobody else does either.
- february ? bread_strike_only:
    He has heard about the Vyborg bread strike with no party name on it. He looks at you a long moment and asks only how many were arrested.
}
"A manifesto against the war," Fyodor says. "And the revolvers. They ride us down with sabres."
A few revolvers, Shliapnikov says, would start a battle, not win one: "Win the soldiers over, and we'll have their rifles."
"A few squads, then," says Marfa, "to keep the sabres off my girls. The Sestroretsk arms works is full of our people."
Your own activists want arms, almost to a man. # decision: feb_arms
* [Take the party leadership's line against your own activists: hide the revolvers, win the soldiers #historical]
    ~ february += (won_the_barracks, buried_the_revolvers)
    ~ win_soldiers(6)
    ~ split_party(3)
    "We go to the soldiers," you say. Fyodor swears they'll shoot you while you talk. # effect: The garrison warms, party unity strains: talk, not revolvers, and the activists resent it
* [Print the anti-war manifesto and hand out the revolvers]
    ~ february += revolvers_handed_out
    ~ raise(red_guard, 4)
    ~ raise(repression, 4)
    ~ lower(garrison, 3)
    "They're already killing us. Let us at least shoot back." Shliapnikov says, quietly, to be careful whom you shoot. Twenty-three revolvers come up from a cellar in a butter tub. # effect: Armed workers rise, the garrison cools: soldiers hear that the strikers have guns
* [Get rifles from Sestroretsk and friendly soldiers for self-defence squads]
    ~ february += sought_sestroretsk_arms
    ~ raise(red_guard, 6)
    ~ raise(repression, 2)
    "Squads to guard the marches," you say. "And not one shot at a soldier." Shliapnikov shrugs: as near as he comes to yes. Fyodor takes the train to Sestroretsk; you go to your brother Grisha, sentry at the Moscow Regiment's gate. # effect: Armed workers rise: squads, with orders never to fire on soldiers
-
What really happened: by the next day the strike was general. Rank-and-file Bolsheviks wanted a manifesto against the war and arms; Shliapnikov feared a few revolvers would provoke the army and get the revolt crushed. Win the soldiers by argument, he said. # note # cite: essay
Not in the essay: most accounts date the general strike to the 25th. # note
{
- february ? revolvers_handed_out: -> feb_26_revolvers
- february ? sought_sestroretsk_arms: -> feb_26_sestroretsk
- else: -> feb_26_barracks
}

=== feb_26_barracks ===
# date: 1917-02-26 # scene: At the barracks gate # place: vyborg
Sunday. At the Moscow Regiment's gate your brother Grisha, twenty, in a greatcoat two sizes too big, sees you and goes white.
~ win_soldiers(7)
The women do the talking: the soldiers' wives write that the villages have no bread either. # event: fraternise vyborg
"The officers say you're paid in German money," Grisha mutters. "The training lads will shoot. The old soldiers back from Galicia won't."
* [Ask Grisha whether he would shoot at you]
    "Would you shoot at me, Grisha?"
    He does not answer, but pockets the leaflet Marfa rolls in a twist of tobacco; the man beside him holds out his hand.
    ~ raise(worker_confidence, 1)
* [Tell Grisha about Papa and Mitya #historical]
    "Mitya asks every night when Uncle Grisha is coming home. If they send you to the bridges, it's us at the other end of your rifle."
    He swallows. "Tell Mitya: soon." He buttons the whole bundle of leaflets inside his greatcoat. # effect: The garrison warms: Grisha carries the leaflets into the barracks
    ~ win_soldiers(1)
    ~ trust(grisha_bond, 1)
-
-> feb_26_shootings

=== feb_26_sestroretsk ===
# date: 1917-02-26 # scene: A favour at the barracks gate # place: vyborg
Sunday. At the Moscow Regiment's gate stands your brother Grisha, twenty, in a greatcoat two sizes too big: a fitter's apprentice before the call-up.
You tell him you need rifles, a few, for squads to guard the marches. He goes white to the lips.
"Every rifle in there is signed for, Nadya. One goes missing and the man who signed is shot." He glances at the windows. "And the officers say the Germans are arming the workers. Let the lads see workers with rifles and the officers are proved right."
~ win_soldiers(2)
A corporal with a St George's Cross has heard it all. He says nothing to you, but an hour later a boy brings a sack to your door: four old single-shot Berdans, smelling of the quartermaster's vodka.
By noon Fyodor is back from Sestroretsk on a borrowed sledge, thirty rifles and a crate of cartridges under the sacking. In the New Lessner yard he hands them out to twenty young workers who have never held a rifle, and shows them which end is which. # event: red_guard vyborg
~ raise(red_guard, 4)
~ armed_workers += vyborg
Twenty rifles to guard the marches. Across the city, a garrison of tens of thousands who have not yet decided which way to point theirs.
-> feb_26_shootings

=== feb_26_revolvers ===
# date: 1917-02-26 # scene: Revolvers on the Nevsky # place: nevsky_kazan # view: centre
The manifesto comes off a cellar hand press at four in the morning: Down with the war, down with the autocracy. The revolvers go into twenty-three coat pockets, and the men who carry them walk stiffly, touching their pockets every few steps. # event: printing_press vyborg
On the Nevsky the training detachments stand at the corners, picked men in clean greatcoats. By the Catherine canal a police officer rides at the crowd, sword up. Fyodor levels his revolver with both hands and fires, and horse and rider go down. For one moment there is a shout of triumph. # sfx: shots
Then the detachment's officer is shouting: the workers are armed, they are shooting at us. Fire.
It is what Shliapnikov said: some lad fires at a policeman, the officers shout that the workers are shooting at the army, and the army does what armies do.
// Where the strike has spread across the city, the soldiers have watched three days of crowds and begun to waver:
// the volley goes high. Where it was held back or kept to Vyborg, they fire into the crowd.
{ february ? spread_the_strike || garrison >= 40:
    -> feb_revolvers_spared
- else:
    -> feb_revolvers_crushed
}

= feb_revolvers_spared
The rifles come up, and for a long moment nothing happens. Then the volley goes over the crowd's heads into the cornices, bringing down snow and stucco, and a soldier in the front rank has grounded his rifle and is shouting at his officer. # sfx: volley
Enough of them will not fire into a crowd; not yet enough will come over. You run with the crowd, dragging Fyodor by the collar.
~ shooting(20)
-> feb_26_shootings

= feb_revolvers_crushed
The rifles come up as one. These picked men have been told for three days that the strikers are German agents, and now they have seen it: workers with pistols, shooting. Fyodor's shot has told them whose side they are on. # sfx: volley # music: stinger_dread
The first volley goes into the crowd at twenty paces. Then the second. You are face down in the snow with Marfa's weight on your back, and all round you there is a kind of astonished silence, and then the screaming. # event: shots nevsky_kazan
~ shooting(120)
~ repress(15, 250)
~ lower(garrison, 6)
~ february += nevsky_massacre
~ disperse((admiralty_centre, alexander_nevsky))
Fyodor is hit in the arm. You drag him into a courtyard; the revolver stays in the snow. # effect: The garrison turns away and repression rises: the army fired on armed workers, as its officers had promised
-> feb_26_shootings

=== feb_26_shootings ===
By midday posters forbid all gatherings: the troops will fire. # date: 1917-02-26 # scene: Sunday: the posters and the volleys # place: znamenskaya_square # view: centre
{ february ? nevsky_massacre:
    Nobody on the Nevsky saw the police officer fall. Everybody saw the workers' dead. # recalls: february
}
~ repress(10, 100)
~ raise(garrison, 4)
{
- february ? revolvers_handed_out:
    In the night the police arrested about a hundred people from every revolutionary group in the city. Now the shot by the canal gives them all the reason they need. # event: arrest vyborg
- february ? sought_sestroretsk_arms:
    In the night the police took about a hundred people from every revolutionary group. Fyodor's squads march at the edges of the crowd today, rifles under their coats, and the soldiers at the corners watch them narrowly. # event: arrest vyborg
- else:
    In the night the police took about a hundred people from every revolutionary group. # event: arrest vyborg
}
The crowds march anyway; a private wears a red ribbon on his bayonet. # event: fraternise liteiny
In Znamenskaya Square a training detachment fires volley after volley; people fall under the bronze horse. # event: shots znamenskaya_square # sfx: volley # music: stinger_dread
~ shooting(50)
About fifty are killed and a hundred wounded. A boy of fifteen dies in Marfa's lap, asking for his mother. # cite: essay
{ garrison >= 40:
    Other regiments curse the detachment; one soldier weeps.
- else:
    Most soldiers did as they were told. A few fired over the heads; the square emptied in terror.
}
That night Osip brings his party's leaflet: go back to work. "Fifty dead, Nadya. How many more?"
Fyodor wants barricades across the Sampsonievsky and every police station on this bank burned.
{ february ? nevsky_massacre:
    Anton looks at Fyodor's bandaged arm. "One more fight with guns before the regiments turn, and they drown us all." # recalls: february
}
"Half the soldiers were sick at it," Marfa says. "Tomorrow we ask them whose side they're on." # decision: feb_after_shootings
* [Build barricades in Vyborg and fight the police]
    ~ february += fought_the_police
    ~ raise(red_guard, 3)
    ~ barricades += vyborg
    "Let them come to us," you say. "Let them try it here," says Fyodor. Before midnight a tramcar lies on its side across Bolshoi Sampsonievsky, paving stones and a baker's cart piled behind it. # event: barricade vyborg # effect: Armed workers rise: the Vyborg side fortifies itself against the police
* [Go back to work tomorrow, as the Mensheviks urge]
    ~ february += went_back_to_work
    ~ raise(moderates_cred, 5)
    ~ lower(worker_confidence, 3)
    ~ trust(osip_trust, 1)
    ~ trust(marfa_trust, -2)
    "We can't send them into the guns again. Back to work, and keep the organisation whole." Marfa walks out without a word. Osip takes your hand, and you cannot tell whether you feel relief or shame. # effect: Workers' confidence falls, the moderates gain: a Bolshevik committee calls the strike off
* [Keep marching, and go to the barracks to talk to the soldiers #historical]
    ~ february += kept_marching
    ~ win_soldiers(6)
    ~ raise(worker_confidence, 3)
    "We keep marching," you say. By midnight the soldiers are listening through the barracks bars. # effect: The garrison and workers' confidence rise: the crowds go back out and talk to the soldiers
-
What really happened: the government arrested about a hundred revolutionaries and threatened force; the Mensheviks urged a return to work. Demonstrations went on: about 50 killed, 100 wounded, but some soldiers began to fraternise. # note # cite: essay
Not in the essay: that evening a Pavlovsky Regiment company mutinied. # note
{
- february ? went_back_to_work:
    { worker_confidence >= 45:
        -> feb_27
    - else:
        -> feb_sunday_night
    }
- february ? fought_the_police:
    {
    - garrison >= 40:
        -> feb_barricades_hold
    - february ? nevsky_massacre:
        -> feb_barricades_crushed
    - else:
        -> feb_barricade_night
    }
- else:
    -> feb_27
}

// Danger, with a warning and a way back: one rash choice puts the rising at risk; only a second one ends it.
=== feb_sunday_night ===
# date: 1917-02-26 # scene: Midnight, a knock at the door # place: vyborg
Near midnight Marfa is at your door, snow on her shawl. {marfa_trust <= 1:She has not forgiven you, and says so first.}
"The girls are going out in the morning whatever your committee says. If nobody goes with them, the soldiers will see a few hundred women and think it's over. Then it is over."
Your father, awake behind the curtain, says nothing at all.
* [Go out with the women in the morning, against your own committee's word]
    ~ february += went_out_again
    ~ raise(worker_confidence, 4)
    ~ trust(marfa_trust, 2)
    "I'll be at the gate at seven," you say. Marfa nods once and goes down the stairs. # effect: Workers' confidence rises: the mill women go out again, and you with them
    -> feb_27
* [Keep to the committee's decision]
    "We decided, Marfa. Not into the guns again." She looks at you as if you had died, and goes.
    -> feb_fizzle

=== feb_barricade_night ===
# date: 1917-02-27 # scene: Two o'clock at the barricade # place: vyborg
At two in the morning Grisha climbs over the tramcar in his greatcoat, out of breath. He has run from the barracks.
"They're bringing a training detachment at dawn, with a machine gun. My company won't be here: they've locked us in. Not one regiment has come over yet, Nadya. Take it down."
Fyodor spits. "Let them come."
* [Take the barricade down and go to the barracks gates at dawn instead]
    ~ february += left_the_barricade
    ~ barricades -= vyborg
    ~ win_soldiers(4)
    ~ trust(grisha_bond, 2)
    You pass the word along the barricade. By five the tramcar is still on its side, but nobody is behind it: the women have gone to the barracks gates with bread and questions. Fyodor goes with them, swearing. # effect: The garrison warms: the barricade is left empty and the women go to the soldiers instead
    -> feb_27
* [Hold the barricade]
    "Then we'll meet them here," you say. Grisha looks at you a long moment and climbs back over the tramcar.
    -> feb_barricades_crushed

=== feb_fizzle ===
# date: 1917-02-27 # scene: Monday morning at the lathe # place: vyborg
On Monday you are at your lathe by seven, and so is almost everyone else. They come in quietly, not looking at each other. After Znamenskaya Square nobody had the heart to tell them to stay out. # event: retreat vyborg
~ end_strike(strikes)
~ disperse(crowds)
~ raise(gov_authority, 20)
~ lower(garrison, 15)
~ lower(worker_confidence, 10)
The trams run again by noon. At the crossroads the officers have put the training detachments in front, where the men who wavered on Sunday can be watched. A few mills stay out; by Tuesday they are back too. Somebody finds flour, and the queues are shorter for a week.
But at six in the morning the women in frost-stiff shawls still stamp their felt boots on the Sampsonievsky, and a child still sleeps on her feet inside her mother's coat. Nothing has changed except that everyone now knows what happens if you ask.
Your people did not believe they could win, so they went home, and going home made it true. That is what Marfa says, when she speaks to you at all.
On Wednesday two men in civilian coats take Fyodor from his bench at New Lessner. On Thursday the Moscow Regiment marches to the Finland Station behind a band, a draft for the front, with Grisha somewhere in the middle. Your father takes his cap off as they pass. He does not look at you. # event: arrest vyborg # event: train finland_station
{
- february ? sought_sestroretsk_arms:
    The police find the Sestroretsk rifles on Friday under a heap of scrap in the New Lessner yard. The twenty lads who drilled with them by the brazier are on a train to the front within the week.
- february ? bread_strike_only:
    The bread strike you kept so carefully on one side of the river dies there too: a fire in one room, and the doors held shut on it until it went out.
- february ? held_for_may_day:
    May Day, when it comes, is a few hundred people with a red flag in the Vyborg yards, and the police waiting for them at the gates.
}
{ february ? won_the_barracks:
    Of all the soldiers who listened to you through the barracks bars, not one comes looking for you now. Why would they? They were waiting to see whether the workers meant it, and on Monday morning the workers were at their lathes.
}
{ february ? spread_the_strike:
    You spread the strike to every district on Friday and called it back on Sunday night. In the Putilov yards they say the Vyborg Bolsheviks lit the fire and then ran for water, and it will be a long time before the Narva side crosses the river for you again.
}
~ repress(15, 300)
~ reaction(10)
-> ending_february_fizzles

=== feb_barricades_crushed ===
# date: 1917-02-27 # scene: The barricade at dawn # place: vyborg
All night the barricade grows on the Sampsonievsky, and all night the Vyborg side sings behind it. At dawn they come: a training detachment with a machine gun on a little wheeled carriage and an officer in a fur collar.
These soldiers have been told for three days about German gold and German agents, and here are the workers behind their tramcars with hunting guns, just as promised. Not one man in the front rank hesitates. # sfx: gun # music: stinger_dread
The machine gun takes the barricade apart in a minute and a half. Fyodor fires at it until he is hit. The women carrying paving stones run for the courtyards, and the soldiers come over the wreck of the tramcar with bayonets. # event: shots vyborg
~ shooting(120)
~ repress(20, 500)
~ barricades -= vyborg
~ disperse(crowds)
~ end_strike(strikes)
By noon the Vyborg side is full of soldiers and the police go from house to house with their lists. You spend the day in a coal cellar under the cotton mill with Marfa and her children, listening to boots overhead, and you remember Shliapnikov: a few revolvers will not win a battle; they will start one.
{ february ? sought_sestroretsk_arms:
    The Sestroretsk rifles were on the barricade. Against a machine gun they made no difference, except to the officer's report, which will say that German agents armed the workers.
}
-> ending_february_crushed

=== feb_barricades_hold ===
# date: 1917-02-27 # scene: Barricades on the Sampsonievsky # place: vyborg
All night the barricade grows on the Sampsonievsky. At first light a company of the Moscow Regiment is marched up the prospekt, and you see Grisha in the second rank.
The officer orders them to clear the street. Nobody moves. He shouts again. Then a village voice from the ranks says they will not, and another says it, and the rifles come down to the ground one by one, and Grisha is running towards the barricade with his greatcoat flapping. # event: fraternise vyborg # music: stinger_rise
Three days of women at the barracks gates had done it, and the volleys in the squares had done the rest. Marfa had asked every one of them where he was from, and whether he meant to shoot a woman from a bread queue.
~ raise(garrison, 4)
~ barricades -= vyborg
The police are another matter. They fight from the roofs and from the police station on the corner, and it takes till ten o'clock to burn them out. You count eleven of your own dead in the snow. Fyodor has a bullet through his shoulder and is laughing like a madman. # event: fire vyborg # sfx: shots
~ count_up(casualties, 30, 20000)
~ raise(red_guard, 4)
~ lower(gov_authority, 5)
~ split_party(2)
{
- february ? sought_sestroretsk_arms:
    The Sestroretsk rifles did their part. Fyodor's twenty lads held the corner by the tram depot all night, and when the Moscow company came up the prospekt they had the sense, for once, to keep their muzzles on the police station and off the soldiers.
- february ? revolvers_handed_out:
    Of the twenty-three revolvers that came up in the butter tub, eleven are still in the hands that took them. The police took the rest off the dead and the arrested, and the soldiers who came over this morning have never asked what they were for.
}
Anton looks at the dead a long time. "It held because the soldiers were with us," he says. "It would not have held on Saturday."
-> feb_27

=== feb_27 ===
Monday, raw and grey. # date: 1917-02-27 # scene: Monday: the soldiers come out # place: vyborg # view: city
{
- february ? went_back_to_work:
    ~ february += movement_without_party
    ~ lower(party_org, 5)
    ~ lower(bolshevik_share, 1)
    ~ raise(moderates_cred, 5)
    { february ? went_out_again:
        At seven you are at the mill gate with Marfa's women, against your own committee's word. By ten there is firing across the river, and a soldier runs up the prospekt with a red rag on his bayonet: the regiments are out. # recalls: february
        The rising has gone on without the party's leave. Marfa will remember who came; the shops will remember who called them back.
    - else:
        You are at your lathe, as you decided. At ten there is firing from across the river, and a soldier at the Erikson gate with a red rag on his bayonet, shouting that the regiments are out. The shop empties in a minute.
        Marfa is outside with the mill women. "Your lot and Osip's lot told us to go home," she says. "We went home for one night." The rising has gone on without the party, and the party will be a long time living that down.
    }
- february ? left_the_barricade:
    At dawn the machine gun finds an empty barricade and the women at the barracks gates. By ten the soldiers are arguing with their officers in the yards, and the training detachment is marched back in. # recalls: february
- february ? fought_the_police:
    By eleven the smoke of the police station hangs over the whole Vyborg side, and the news comes from across the river faster than anyone can run. Fyodor, his shoulder bound up in a strip of petticoat, wants to march the barricade lads straight over the bridge. Anton wants the dead counted and named first. Neither of them gets his way, because the soldiers get there before either of them.
}
~ raise(garrison, 12)
~ lower(gov_authority, 15)
~ stir_city(10)
~ demonstrate((liteiny, vyborg))
~ fought_over += (arsenal_liteiny, remand_prison, kresty)
The Volynsky training detachment has shot an officer rather than march. The Preobrazhensky and Lithuanians follow them down Liteiny, singing the Workers' Marseillaise. # event: mutiny guards_barracks liteiny # sfx: cheer # music: marseillaise
{ february ? buried_the_revolvers:
    Fyodor digs up the revolvers you made him bury under the New Lessner coal heap on Saturday night, and finds nobody needs them: the soldiers have brought rifles enough for everyone. # recalls: february
}
At noon the {february ? fought_the_police:rest of the }Moscow Regiment comes out. "We're out, Nadya," says Grisha. "What now?"
Fyodor wants the Arsenal on Liteiny, where Papa works: "Open it, and nobody takes this back." Anton wants the prisoners freed. Grisha wants the Duma: "If the generals win, my company hangs. Somebody with a name must say we did right." # decision: feb_arsenal
* [Free the prisoners at the Kresty and the remand prison first]
    ~ february += freed_prisoners
    -> feb_27_note
* [Take the Arsenal on Liteiny and hand out its weapons #historical]
    ~ february += took_the_arsenal
    -> feb_27_note
* [Bring the soldiers to the Duma at the Tauride Palace]
    ~ february += marched_to_tauride
    -> feb_27_note

= feb_27_note
What really happened: on the 27th troops came over and an officer was shot. The Bolsheviks took an arms factory, handed out its weapons and freed prisoners; workers and soldiers beat the police in fierce fighting. # note # cite: essay
Not in the essay: the factory was most likely the Liteiny Arsenal; the mutiny began in the Volynsky training detachment. # note
{
- february ? took_the_arsenal: -> feb_27_arsenal
- february ? freed_prisoners: -> feb_27_prisons
- else: -> feb_27_tauride
}

=== feb_27_arsenal ===
# date: 1917-02-27 # scene: The Arsenal on Liteiny # place: arsenal_liteiny
You run across the Liteiny bridge with Grisha's company. In the Arsenal yard, in his leather apron, stands your father. # event: march vyborg arsenal_liteiny
He looks at Grisha's rifle and takes the keys off their nail. "I don't hold with any of this. But I'm damned if they'll hang Grisha for it." # event: arsenal arsenal_liteiny # sfx: cheer
* [Take the keys from him yourself #historical]
    You take them gently. His hand is shaking. "Go home, Papa." He does not. # effect: Armed workers rise sharply: the Arsenal's rifles go to the workers' districts
    ~ trust(father_bond, 1)
* [Let him open the doors]
    He opens them himself, slowly, like a man opening his own front door to thieves. # effect: Armed workers rise sharply: the Arsenal's rifles go to the workers' districts
- Greased rifles pass hand to hand into the street. The District Court burns; the prisons open. # event: fire district_court # event: prison_opened remand_prison kresty
~ held += (arsenal_liteiny, district_court, remand_prison, kresty)
~ fought_over -= (arsenal_liteiny, remand_prison, kresty)
~ armed_workers += (vyborg, peterhof)
~ raise(red_guard, 15)
~ lower(counter_threat, 5)
~ lower(repression, 15)
By dark the police are beaten, and your father walks home with a rifle he does not know how to carry. # event: red_guard vyborg peterhof
-> feb_28

=== feb_27_prisons ===
# date: 1917-02-27 # scene: The Kresty # place: kresty
The hundred taken on Saturday night are in the Kresty, and so are the Workers' Group men, which is why Osip, finding you on Liteiny, begged it of you. Grisha's company marches you up the Vyborg embankment to the prison: two great crosses of red brick behind a red brick wall.
The warders look at the rifles and hand over their keys. Inside, iron galleries five storeys high smell of cabbage, carbolic and fear. # event: prison_opened kresty
Men come out blinking: thieves, deserters, students, and the comrades taken on Saturday night, who fall on your neck and weep. Then the Workers' Group men in crumpled good coats. Osip embraces them. "To the Tauride," one says, before he is through the gate. "The Duma is sitting. Somebody has to speak for the workers there." They go off in a requisitioned motor car. # sfx: cheer
Grisha tells you on the way out how it was at the barracks that morning: the captain pulled his revolver, and the lads just took it off him, as if he were a drunk in a tavern, and then nobody knew what to do next.
Then across the river to the remand prison, and the same again. By the time you reach Liteiny the soldiers have taken the Arsenal and kept most of its rifles for themselves, and the District Court is burning. You come home at dark with your comrades free and the party's hands nearly empty. # event: prison_opened remand_prison # event: fire district_court
{
- february ? movement_without_party:
    One of the freed men, a Putilov turner who has been in the Kresty since January, asks you where the party was on Sunday night. You tell him the truth. He looks at you for a long moment and then says nothing at all, which is how you learn what it will cost.
- february ? fought_the_police:
    Among the freed are two of the lads from the barricade, taken by the police at dawn with powder still on their hands. They would have been hanged for it by Friday. They go straight back to the Sampsonievsky to find Fyodor.
}
~ held += (kresty, remand_prison, arsenal_liteiny, district_court)
~ fought_over -= (arsenal_liteiny, remand_prison, kresty)
~ armed_workers += vyborg
~ raise(party_org, 5)
~ raise(moderates_cred, 4)
~ raise(red_guard, 7)
~ lower(counter_threat, 5)
~ lower(repression, 20)
-> feb_28

=== feb_27_tauride ===
# date: 1917-02-27 # scene: The march to the Tauride Palace # place: tauride_palace
You take them down Shpalernaya, Grisha's company and the Volynsky men who fall in behind, rifles slung anyhow, workers walking among them. At the end of the street the Tauride Palace stands white and low behind its railings. # event: march vyborg tauride_palace
On the steps a Duma deputy with a fur collar and a big pink face calls the soldiers heroes and tells them to keep order and obey their officers, which makes some of them laugh. But they cheer him, because somebody with a name has said they were right, and Grisha cheers loudest of all. # event: occupy tauride_palace # sfx: cheer
~ held += (tauride_palace, arsenal_liteiny, kresty, remand_prison)
~ fought_over -= (arsenal_liteiny, remand_prison, kresty)
~ raise(moderates_cred, 5)
~ raise(legitimacy, 3)
~ raise(red_guard, 4)
~ count_up(casualties, 20, 20000)
~ lower(counter_threat, 3)
~ lower(repression, 15)
Behind you, others take the Arsenal and open the prisons, and the police hold out for hours in the streets you left. Inside the palace, in one wing, the Duma's leaders form a committee to restore order; in another, the freed Workers' Group men set up a soviet. Your soldiers guard both, not yet knowing there is a difference.
{ february ? fought_the_police:
    Fyodor will not come near the palace. He stays on the Sampsonievsky with his shoulder bound and his barricade lads round him, and sends word that he did not burn out a police station to stand guard over Duma gentlemen.
}
{ february ? movement_without_party:
    On the steps a Menshevik you know from Osip's union recognises you. "Nadya Petrova? I heard your committee sent everyone home on Sunday." He means it kindly. That is the worst of it.
}
At dusk your father finds you on the palace steps, still in his leather apron. Soldiers and boys emptied his store at noon, he says, nobody signing for anything. He looks at the white columns and the Duma gentleman's motor car. "Well. At least somebody here knows how to run a country." Grisha laughs, and for once he does not mind.
-> feb_28

=== feb_28 ===
# date: 1917-02-28 # scene: Electing the delegates # place: vyborg
A Soviet met last night in the Tauride Palace, beside the Duma's committee, and wants delegates from every factory and regiment. The Admiralty has surrendered; Kronstadt has risen. # event: vote tauride_palace # event: sailors kronstadt
~ held += (tauride_palace, guards_barracks, finland_station, peter_paul_fortress, admiralty)
~ fought_over = ()
~ stir_each((liteiny, rozhdestvensky, admiralty_centre, alexander_nevsky, kolomna, lesnoy, petrograd_side, peterhof), 5)
~ stir_each((liteiny, rozhdestvensky), 10)
~ lower(counter_threat, 5)
~ lower(repression, 30)
~ raise(fleet, 15)
~ raise(moderates_cred, 15)
~ raise(party_org, 4)
~ raise(worker_confidence, 3)
~ split_party(2)
{
- february ? took_the_arsenal:
    The Erikson works votes in the assembly shop, half the men with Arsenal rifles on their backs.
- february ? freed_prisoners:
    The whole Erikson works crowds into the assembly shop to elect its delegates. The comrades you let out of the Kresty stand at the front, pale as paper, and get the loudest cheer.
- else:
    The whole Erikson works crowds into the assembly shop to elect its delegates. Grisha's soldiers have already elected theirs, and they talk of nothing but the Duma gentleman who called them heroes.
}
"Every factory is sending people to the Tauride," Anton says. "If we're not in it, we're nowhere."
"A soviet at the Finland Station," Fyodor shouts, "and a workers' government, not a Duma gentlemen's!"
"Send our people to the palace," says Marfa from a bench, "but keep our own soviet here, where we can see it." # decision: feb_new_power
* [Call a soviet at the Finland Station to set up a revolutionary government]
    ~ february += vyborg_government
    -> feb_28_note
* [Elect delegates to the Soviet at the Tauride Palace #historical]
    ~ february += tauride_delegates
    -> feb_28_note
* [Elect delegates to the Tauride, and keep the Vyborg soviet as a base]
    ~ february += dual_mandate
    -> feb_28_note

= feb_28_note
What really happened: freed Workers' Group members and union leaders formed the Soviet's Executive and summoned delegates to the Tauride Palace. The Vyborg Bolsheviks called instead for a Finland Station soviet to form a Provisional Revolutionary Government. # note # cite: essay
The Tauride became the revolution's leading body. # note # cite: essay
{
- february ? tauride_delegates: -> feb_28_tauride
- february ? vyborg_government: -> feb_28_finland
- else: -> feb_28_both
}

=== feb_28_tauride ===
By evening {february ? movement_without_party:you are|you and Marfa, the Erikson delegates, are} in the Tauride Palace's Catherine Hall. # date: 1917-02-28 # scene: The Catherine Hall # place: tauride_palace # event: occupy tauride_palace
{ february ? movement_without_party:
    The shop elected Marfa and a Menshevik fitter, not you, and you know why. You came with them anyway.
- else:
    ~ nadya_delegate = 1
}
~ raise(bolshevik_share, 2)
~ raise(legitimacy, 10)
~ raise(moderates_cred, 3)
~ raise(party_org, 2)
Among Mensheviks, SRs and hundreds of soldiers of no party sit a handful of Bolsheviks. "It's ours, Nadya," says Grisha, elected by his company. "Isn't it?" # effect: Legitimacy rises: one Soviet speaks for the workers and soldiers of the whole city
* [Tell him: "Count the Bolsheviks, Grisha. Not yet." #historical]
    He counts, and laughs. "Then make it yours," he says.
    ~ trust(grisha_bond, 1)
* [Tell him: "It's ours."]
    He grins and slaps your back, and goes to tell his company.
- -> feb_dual_power

=== feb_28_finland ===
# date: 1917-02-28 # scene: A soviet at the Finland Station # place: finland_station
By two o'clock the Finland Station waiting room is hung with red bunting and full: the Vyborg side's most militant shops, a company of the Moscow Regiment, Fyodor on a table with a rifle on his back. Speeches, votes, and a list of names for a Provisional Revolutionary Government on the back of a railway timetable. # event: vote finland_station
~ raise(party_org, 6)
~ raise(bolshevik_share, 1)
~ lower(left_allies, 8)
~ split_party(6)
~ raise(moderates_cred, 3)
~ raise(legitimacy, 4)
But you count the delegates twice. New Lessner, Erikson, Nobel, Parviainen: the Vyborg side. From Putilov, Vasilievsky, the regiments across the river, almost nobody: they have gone to the Tauride Palace with everyone else.
{ worker_confidence >= 50:
    The Vyborg workers are bold enough to try it. The rest of the city is not ready to follow.
- else:
    Most workers do not yet believe they could rule the country themselves. They want someone to watch the gentlemen, not to replace them.
}
{
- february ? took_the_arsenal:
    Half the waiting room carries Arsenal rifles, and your government's first decree, passed with a roar, is that no worker hands his back. Your father hears of it at supper and puts down his spoon. "A government," he says, "on the back of a railway timetable. And who feeds it?"
- february ? freed_prisoners:
    The comrades you let out of the Kresty are here, grey from the cells, and they vote for everything. But at dusk two of them slip across the river to the Tauride, to see what the Mensheviks are up to, and do not come back.
- else:
    Grisha's company is not here: they are guarding the Duma gentleman who called them heroes. Your runner comes back with a note in Grisha's scrawl: the lads say one soviet is enough.
}
Your government governs the Vyborg side and nothing else. The Soviet's leaders call you splitters and adventurers, and Anton, who through prison and exile has never once gone against the city committee, will not back you either. "We have split the workers' side on the first day," he says, "and the Duma gentlemen are laughing." But the men in the waiting room will remember who stood with them. # effect: Party organisation rises, left allies fall: the Vyborg side goes its own way
Marfa walks you home along the Sampsonievsky. She voted with you and would again. "But my girls at the mill have never heard of your government. They've heard of the Soviet at the palace, where the soldiers are. Who will they go to when the flour runs out?"
-> feb_dual_power

=== feb_28_both ===
The vote goes Marfa's way, with a forest of hands. # date: 1917-02-28 # scene: Two soviets # place: vyborg # event: vote vyborg
{ february ? movement_without_party:
    The shop sends Marfa and a Menshevik fitter to the Tauride, not you. But it elects you and Marfa both to the Vyborg district soviet, which will sit every evening in the district council's hall.
- else:
    ~ nadya_delegate = 1
    The shop elects you and Marfa to the Tauride, and in the same breath to the Vyborg district soviet, to sit every evening in the district council's hall.
}
~ raise(party_org, 5)
~ raise(bolshevik_share, 2)
~ raise(legitimacy, 8)
~ raise(workers_control, 2)
~ lower(moderates_cred, 2)
By evening the Vyborg soviet has done more than the one across the river: a workers' militia in place of the police, its own guard on the Kresty, flour found in a merchant's warehouse on the Nevka and sent to the bakers. The Tauride argues about ministers; the Vyborg side argues about bread, and gets it. # event: red_guard vyborg # effect: Workers' control and legitimacy rise: a district soviet feeds its own
{
- february ? took_the_arsenal:
    The militia carries Arsenal rifles, and for the first time in your life you watch a worker with a rifle stop a policeman in the street, and not the other way round. The policeman hands over his sabre as if he had been waiting all his life to be asked.
- february ? freed_prisoners:
    The comrades from the Kresty sit on the Vyborg soviet's front bench, and the first thing they vote for is to keep the prison's keys on this side of the river.
- else:
    Grisha's company, back from the Tauride, elects a delegate to the Vyborg soviet as well. "Two soviets," Grisha says. "Two chances. The lads like that."
}
Then you cross to the Catherine Hall with the delegates. The white hall is packed: workers in caps, soldiers with rifles between their knees, cigarette ends on the parquet. On the platform sit the Workers' Group men from the Kresty and the Menshevik lawyers.
The Bolsheviks here are a handful among Mensheviks, SRs and hundreds of soldiers of no party. But when you stand up, you speak for a soviet that has already fed its district, and people listen.
Grisha is here too, elected by his company, cap on the back of his head. "It's ours, Nadya. Isn't it?" You are not sure whose it is. But this time there is a second room, on your side of the river.
-> feb_dual_power

=== feb_dual_power ===
# date: 1917-03-02 # scene: Four hundred to nineteen # place: tauride_palace # view: centre
Two days later the Duma Committee is a Provisional Government of factory owners and liberals. The Soviet's conditions: a Constituent Assembly to decide the form of government; the revolution's soldiers neither disarmed nor sent from Petrograd. # cite: essay
~ raise(gov_authority, 24)
The Soviet will watch the government, with a veto, but not rule: four hundred hands for, nineteen against. # event: vote tauride_palace # cite: essay
~ raise(moderates_cred, 10)
~ lower(worker_confidence, 5)
~ raise(workers_control, 5)
{
- february ? vyborg_government:
    You hear of it from a soldier who was there, and your Finland Station government, its names on the back of a timetable, suddenly looks very small.
- february ? movement_without_party:
    You watch from the gallery, because the Erikson shop sent Marfa and a Menshevik fitter, not you. Nineteen hands: you count them twice, and wish one of them were yours.
- nadya_delegate:
    You raise your hand with the nineteen.
    ~ voted_with_nineteen = 1
}
{ february ? dual_mandate:
    That evening, in the district council's hall, a weaver from Marfa's mill asks the Vyborg soviet why the palace has handed the gentlemen what the district was already doing for itself. Nobody has an answer; the question goes into the minutes.
}
"We threw out the Tsar," Marfa says, "and gave his house to his friends. Now we stand at the door and watch."
{
- february ? took_the_arsenal:
    That night your father, the Arsenal rifle under his bed, says now the war can be fought properly.
- february ? vyborg_government:
    That night your father reads the new ministers' names at the table with Mitya asleep across his knees. "Your Finland Station lot can go home now," he says. "There's a proper government." You say nothing.
- february ? freed_prisoners:
    That night your father reads the new ministers' names at the table with Mitya asleep across his knees. A comrade you let out of the Kresty sleeps on your floor, and your father steps round him as if he were a sack of coal. A proper government, he says; now the war can be fought properly. You say nothing.
- else:
    That night your father reads the new ministers' names with Mitya asleep across his knees, as if they were his own doing. A proper government, he says, with the Soviet to keep it honest; now the war can be fought properly.
    -> father_evening
}
-> close

= father_evening
* [Let him have his evening #historical]
    You say nothing. He reads the names again, slowly, like a man counting money.
    ~ trust(father_bond, 1)
* [Ask him whose war it is now]
    "The same generals, Papa. The same treaties." He folds the paper and carries Mitya to bed without a word.
    ~ trust(father_bond, -1)
- -> close

= close
The essay's answer to why the workers left power to the liberals: an unplanned revolution, no party with another programme, national unity; above all, workers who lacked the confidence to rule. # note # interpretation # cite: essay
~ end_strike(strikes)
~ disperse(crowds)
~ fought_over = ()
~ whereabouts(1)
A government that governs and a Soviet the soldiers obey: dual power has begun. From Siberia Kamenev and Stalin are on their way home; in Zurich, Lenin looks for a train. # act_end: february
// After an alternative, the night of 2 March may open a road of its own (story/roads/feb_roads.ink); else Act II.
-> feb_road_door
