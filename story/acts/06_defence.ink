// Act VI: Defending the revolution. The night of 25-26 October 1917 to January 1918, with an epilogue on 1918.
// Starts at def_start (state: preset_defence on the historical path). This is the last act: every path ends
// in an ending knot (bottom of the file, under ENDINGS). Outcomes test the state:
//   def_front_margin(): Red Guard, garrison and fleet, where the forces were sent and how the junkers were
//     handled, against the counter-revolution's strength. Under 10, Kerensky gets back in.
//   left_allies under 40 without the Vikzhel settlement: the Left SRs are lost and October stands alone.

=== def_start ===
# act: defence
# date: 1917-10-25
# scene: The Second Congress, after midnight
# place: smolny
Past midnight in Smolny's great hall, built for noblemen's daughters to dance in. Makhorka smoke hangs under the chandeliers.
~ delegates_total = 670
~ delegates_bolshevik = def_opening_count()
~ held += winter_palace

The count is chalked by the platform: the Bolsheviks are the biggest party, with no majority. # event: vote smolny
{
- october ? rising_now:
    And the party did not wait for this hall: power was taken days before the first delegate found a seat. Even some Bolshevik delegates from the provinces look at their boots when Petrograd is cheered.
- october ? left_it_to_congress:
    The party has left it to this hall to declare the Provisional Government finished, and every delegate knows the words are theirs. The ministers are on their way to the fortress.
- else:
    Lenin has told the Soviet the Provisional Government is gone; now the Congress must endorse it.
}
{ october ? heavy_force:
    The Winter Palace fell this evening, and not quietly. The wounded lie on greatcoats in the corridors, the Mensheviks are writing down their names, and you can feel the hall's sympathy draining away with every stretcher.
}

A Menshevik at the rostrum shouts over the whistling: a conspiracy behind the Congress's back! His party is leaving. Osip Ginzburg, Kolya's old friend, gets up with them.
{ october ? joined_preparliament:
    A fortnight ago you sat on the Pre-parliament's benches together, whispering through the speeches. Now he stands with his eyes on the floor.
}

Martov moves for talks on a government of all the socialists. Lidia Orlova leans across: "Vote for it. Without them this hall is half the socialists of Russia."

Fyodor Lukin, in his Red Guard armband: "Let them go. They had eight months."

Osip stops at your row. "Come out and talk, Nadya, if you still talk to anyone." # decision: def_walkout
* [Let them go and denounce them #historical] -> def_walkout_go
* [Vote for Martov's motion to keep them in] -> def_walkout_martov
* [Go after Osip and the others to negotiate] -> def_walkout_follow

=== def_walkout_go ===
~ defence += let_walkout_go
~ defence += osip_with_duma
~ discredit_moderates(5)
You stay in your seat. The Menshevik and Right SR benches empty to whistling, a sailor shouting, "Off to Kornilov!" Osip doesn't look back. # sfx: crowd_roar
{ october ? offered_joint_government:
    Lidia's party has stayed, but she watches the door for a long time. In September you asked for exactly this, every socialist in one government; tonight you watched half of them go without lifting a hand.
}
-> def_walkout_note

=== def_walkout_martov ===
~ defence += backed_martov_motion
~ defence += osip_with_duma
~ raise(left_allies, 8)
~ raise(legitimacy, 3)
~ discredit_moderates(3)
You raise your hand for Martov's motion, and so does the whole hall, the Bolshevik benches included. Nobody votes against. For a minute the Congress feels whole. # event: vote smolny

It doesn't last. The Menshevik and Right SR speakers return to the rostrum: they will not bargain with a rising made with bayonets. They walk out anyway, to the City Duma.

Osip goes last, slowly. At the door he turns and raises his hand to you, half a wave, half an apology, and then the door swings shut behind him.

Lidia squeezes your arm. "Everyone saw it. We asked them to stay, and they left."
-> def_walkout_note

=== def_walkout_follow ===
~ defence += followed_walkout
~ raise(left_allies, 5)
~ raise(legitimacy, 2)
~ split_party(3)
You push out after them, past the sentries and the machine gun on its little iron wheels. On the drive the walkers stand in the sleet, arguing where to go.

You find Osip under a lamp, wiping his spectacles. "You put a rifle on the table and ask us to vote," he says.

"Then come back in and vote against us. Stay in the room."
{ october ? heavy_force || october ? rising_now:
    ~ defence += osip_with_duma
    He shakes his head. "Not while they carry the dead in from the square. Not when you took the city before the Congress even sat." He goes with the others down the dark avenue.
- else:
    ~ defence += osip_neutral
    He looks up at the lit windows for a long while. "I won't go back in. But I won't go to the Duma to play at generals either." He turns up his collar. "I'm a printer. I'll set whatever they put in front of me."
}

When you get back, the Congress has moved on without you. Fyodor glares. "Where were you? Holding their coats?"
-> def_walkout_note

=== def_walkout_note ===
What really happened: the Mensheviks and Right SRs walked out. The Bolsheviks had 300 of the 670 delegates: the largest party, short of a majority. # note # cite: essay
The essay reads the walk-out as loyalty to the liberals and hostility to Soviet power itself. # note # interpretation # cite: essay
Not in the essay: Martov's coalition motion had just passed unopposed; the leavers protested at a seizure of power behind the Congress's back. # note
-> def_government

=== def_government ===
// The walk-out leaves the Bolsheviks a larger share of those who stay (300 of 670, then 390 of 625).
~ raise(bolshevik_share, 2)
~ count_delegates(625, 390, 62)
~ raise(peasant_land, 10)
~ raise(legitimacy, 5)
# date: 1917-10-26
# scene: The decrees
# place: smolny
The next evening the Congress sits again, {delegates_bolshevik} Bolsheviks and sympathisers among its {delegates_total}. Lenin reads the decrees on peace and on land: the landlords' estates to the peasants, without compensation. # event: vote smolny

Lidia laughs. "That's the peasants' own mandates, our programme. You've stolen it."

"Then come and carry it out with us."

Now for a Council of People's Commissars. "With everyone in it," Lidia says, "even those who walked out."

Anton Ivanovich: "The Central Committee offers seats to the Left SRs, who stayed."

"And if they won't come?" Fyodor says. "Then we sit alone." # decision: def_government
* [Press for a government of all the socialist parties] -> def_gov_all
* [Offer the Left SRs seats beside the Bolsheviks #historical] -> def_gov_left
* [Form the government from the Bolsheviks alone] -> def_gov_alone

=== def_gov_all ===
~ defence += all_socialist_government
~ raise(left_allies, 10)
~ raise(moderates_cred, 6)
~ split_party(5)
~ reaction(5)
You speak for Lidia's line, and the hall, sick of quarrels, votes for it; in the gallery Marfa claps loudest. A commission will talk with every socialist party, the ones at the City Duma included, and until it reports the new Council is only provisional. # event: vote smolny

Lenin and Trotsky are not pleased. Anton, frowning, sends you to the City Duma with the commission as Vyborg's witness.

In the Duma's gilded hall, under portraits of dead mayors, the other side sits in a row: Menshevik and SR leaders, a man from the Cossack council{ defence ? osip_neutral:, and, to your surprise, Osip, sent by the printers' union to watch, with a pencil behind his ear|, and Osip, as the printers' delegate, with a pencil behind his ear}. # event: vote city_duma

Their terms are read out in a dry voice. No talks while the Military Revolutionary Committee exists. Every armed unit in the city to be placed under the City Duma. A government without Lenin and Trotsky.

Lidia, beside you, reads the paper twice. "That isn't unity," she says, loud enough for the whole table. "That's surrender with a red ribbon on it."

Osip catches you by the coat-rack afterwards. "Some of them mean it," he says, low. "Some of them want Kerensky back. I don't know any more which are which."
-> def_government_note

=== def_gov_left ===
~ defence += coalition_with_left_srs
~ raise(left_allies, 3)
~ raise(legitimacy, 3)
You vote for the offer, but the Left SRs won't sit yet. The first Council is all Bolshevik, the door held open. # event: vote smolny

"Land first," Lidia says. "Then we'll see."
{ october ? refused_compromise:
    She shakes your hand as if you had signed a contract. "And you wouldn't offer the defencists a crust in September. Good. People can learn."
}
-> def_government_note

=== def_gov_alone ===
~ defence += bolsheviks_alone
~ lower(left_allies, 15)
~ lower(legitimacy, 5)
~ split_party(5)
Fyodor's line carries the Vyborg benches, and you vote with it: a Council of Bolsheviks, and no seats kept warm for anyone. # event: vote smolny

Lidia goes white. "You'll govern a country of peasants without one peasant party beside you? With our land programme in your pocket?" She gathers her papers. "We'll see how long the villages thank you."

In the corridor three soldiers in bast shoes, delegates from the front, stop you. They hold the land decree between them like an icon. "Who carries this out?" the eldest asks. "Your people? You've none in our district. The SRs have the land committee there."

You tell him the soviets will carry it out. He folds the decree carefully into his cap and does not look convinced.

Anton Ivanovich says nothing, but you see him cross out a line in his notebook, hard.
-> def_government_note

=== def_government_note ===
What really happened: the resumed Congress, 625 delegates with 390 Bolsheviks or sympathisers, decreed peace and land and formed a Council of People's Commissars. # note # cite: essay
The essay argues that the right socialists, still tied to the liberals, would have re-tied the knot the rising cut. # note # interpretation # cite: essay
Not in the essay: the Left SRs took seats only in December. # note
~ clear_delegates()
-> def_pulkovo

=== def_pulkovo ===
~ fought_over += (gatchina, tsarskoe_selo)
# date: 1917-10-28
# scene: The road from Gatchina
# place: moscow_gate
# view: approaches
Kerensky is back at the city's edge with Cossacks: Gatchina yesterday, Tsarskoe Selo this afternoon. # event: cossacks gatchina tsarskoe_selo # sfx: hooves
{ october ? negotiated_surrender:
    You remember the telephone ringing behind the colonel's door on the night of the parley. Kerensky's call to the front got out that night, and these are the men who answered it.
}

A few hundred horsemen and some guns, against Red Guards who have never fired a shot. The liberal papers give the new government a fortnight.
{ kornilov ? backed_kerensky:
    In August your Vyborg men dug trenches along this same Moscow road for Kerensky's government. Now Kerensky comes back up it with Kornilov's Cossacks, and Fyodor will not let you forget it.
}

Fyodor weights a map with his revolver. "Pulkovo heights. Red Guards, sailors, any regiment that will come. We dig in there."

Your brother Grisha: "They've been told we're German spies. Give us the decrees and we'll go and talk to them."

{ defence ? bolsheviks_alone:
    The Left SR soldiers' committees in two regiments have sent word that they will defend the Soviet, but not a government they are not part of.
}
Anton Ivanovich: "The junkers sit in their schools with rifles. Strip the city and they'll take it behind your backs." # decision: def_pulkovo
* [Send Red Guards, sailors and soldiers to hold the heights #historical] -> def_pulkovo_fight
* [Send agitators to talk to the Cossacks] -> def_pulkovo_parley
* [Keep the forces in the city against the junkers] -> def_pulkovo_city

=== def_pulkovo_fight ===
~ defence += fought_at_pulkovo
~ raise(red_guard, 5)
~ armed_workers += moscow
Before dawn you march out under the Moscow Gate with Fyodor's company and carts of spades. # event: red_guard moscow_gate pulkovo_heights # sfx: march

By noon the Kronstadt sailors come in, Petya Rudnev among them: "Well? Where are these Cossacks?" # event: sailors kronstadt pulkovo_heights
{ october !? rising_through_mrc:
    Grisha's battalion follows, two companies short since the order to the front last week, arguing all the way. But it comes.
}
-> def_pulkovo_note

=== def_pulkovo_parley ===
~ defence += parleyed_with_cossacks
~ win_soldiers(2)
You go with Grisha and two men from his regiment's committee, carrying a sack of the decrees on peace and land, printed overnight. Behind you a thin line of Vyborg boys scrapes at the frozen earth of the heights. # event: troops pulkovo_heights

At Tsarskoe Selo the Cossacks are camped in the park of the Tsar's palace, their horses tethered to the railings, fires burning in the snow. A sentry with a fur cap over one ear takes you to a fire. # event: cossacks tsarskoe_selo

Grisha does the talking. He is good at it; you had not known. The land, he says: the estates to the villages, no payment. The peace: proposed to every country at war. Nobody here is a German spy. Whose land are the Cossacks going to die for, Kerensky's?

A grey-bearded sergeant turns a leaflet over in his big fingers. "Our officers say you'll be finished in a week, and then this paper will be worth nothing."

"Then wait a week," Grisha says, "and don't get killed in the meantime."

The sergeant laughs. The Cossacks' committee will meet. They do not want to die for Kerensky, but they are waiting to see who is right.
-> def_pulkovo_note

=== def_pulkovo_city ===
~ defence += held_city_forces
~ split_party(3)
~ raise(red_guard, 2)
The detachments stay at their factories, at the bridges and around the military schools. All night Red Guards stamp their feet outside the Vladimir School, and the cadets watch them from the lit windows. # event: red_guard vyborg petrograd_side

You walk the patrols with Anton Ivanovich until two in the morning. At every corner he counts the men and writes the number down. "The city is the revolution," he says. "Lose the city and the heights don't matter."

Only a few hundred sailors and a scratch company go south. Fyodor goes with them, furious. "You're guarding the back door," he tells Anton, "while they walk in at the front."

When you get home Mitya is awake, sitting up under the coats. "Grandad says the Cossacks are coming to Pulkovo. Is that far?" You tell him it is very far. It is a morning's walk.
-> def_pulkovo_note

=== def_pulkovo_note ===
What really happened: Kerensky could raise only a limited force. At first it faced weaker Bolshevik forces, but was decisively defeated at Pulkovo; army committee elections at the front were returning soviet majorities. # note # cite: essay
Not in the essay: these were General Krasnov's Cossacks, a few hundred to a thousand men. # note
-> def_junkers

=== def_junkers ===
~ held -= telephone_exchange
~ fought_over += (telephone_exchange, vladimir_school, mikhailovsky_castle)
# date: 1917-10-29
# scene: The junkers
# place: telephone_exchange
Marfa hammers on your door before light. "The telephones are dead." # sfx: click

In the night the junkers, the officer cadets, rose. They hold the telephone exchange, the Vladimir School and the Engineers' Castle, and a Committee for Salvation at the Duma calls the city out. # event: occupy telephone_exchange vladimir_school mikhailovsky_castle
{
- defence ? held_city_forces:
    Anton's patrols are already there. The Red Guards you kept in the city ring the schools within the hour.
- defence ? fought_at_pulkovo:
    Half of Vyborg's Red Guards are on the heights; boys and old men are left.
- else:
    Grisha is still out at Tsarskoe Selo, and the heights are held by a thin line.
}

{ kornilov ? disbanded_defence_committees:
    In September you handed the rifles back to the Soviet, one receipt at a time. This morning you knock on doors to find out how many never reached the carts.
}
{ defence ? all_socialist_government:
    The commission is still sitting at the City Duma, talking unity, while the Committee for Salvation upstairs in the same building calls the cadets out. Lidia says it aloud in the corridor so that everyone can hear.
}
Petya loads a field gun onto a lorry. "Shell the school, rush the exchange. They'd do the same to us."

Your father: "Half those cadets are schoolboys. Let them walk out with their hands up."

Osip is with him, a white band on his sleeve.
{ defence ? osip_neutral:
    "I'm nobody's envoy," he says. "But the Duma people asked me to bring this, because you'd listen to me. They offer to mediate: a truce, both sides hold their ground. Nobody else has to die today." # decision: def_junkers
- else:
    "The Duma offers a truce: both sides hold their ground. Nobody else has to die today." # decision: def_junkers
}
* [Storm the schools and the exchange at once #historical] -> def_junkers_crush
* [Offer the cadets terms to surrender] -> def_junkers_parley
* [Let the City Duma mediate a truce] -> def_junkers_duma

=== def_junkers_crush ===
~ defence += crushed_junkers
~ count_up(casualties, 100, 20000)
~ raise(repression, 5)
~ lower(counter_threat, 10)
~ raise(worker_confidence, 3)
~ fought_over -= (telephone_exchange, vladimir_school, mikhailovsky_castle)
~ held += (telephone_exchange, vladimir_school)
The gun fires point-blank into the Vladimir School; after the third shell a sheet comes out of a window. # event: shots vladimir_school # sfx: gun

At the exchange the sailors go up floor by floor, and Petya hauls one off a cadet with his hands up. By evening the lines hum again, over blood on the stairs. # sfx: click
{ october ? heavy_force:
    You sit at the switchboard with a screwdriver until the last line hums. It is the second building in a week you have taken floor by floor, and the second time you have stepped over a boy on the stairs.
}
-> def_junkers_note

=== def_junkers_parley ===
~ defence += parleyed_with_junkers
~ count_up(casualties, 30, 20000)
~ raise(legitimacy, 3)
~ fought_over -= (telephone_exchange, vladimir_school, mikhailovsky_castle)
~ held += telephone_exchange
You walk beside your father up to the Vladimir School, a white rag on a broom handle. A face at a window; a long wait; then a cadet officer no older than Grisha comes out to hear the terms: lay down your rifles and go home.

"And the Committee for Salvation?" the boy asks. "They said Kerensky would be here by tonight."

"They said a lot of things," Alexei says. "I'm an old defencist, son. I believed them longer than you have. Go home to your mother."
{ defence ? held_city_forces:
    The Red Guards ring the building three deep, and the cadets can count them from the windows. In an hour they come out, stack their rifles in the yard and go home to their mothers. # event: troops vladimir_school
- else:
    ~ reaction(5)
    The cadets argue all afternoon. Some stack their rifles in the yard. Others slip out of the back with theirs, and by nightfall they are on the road south to the Cossacks. # event: retreat vladimir_school
}

The exchange holds out until dark, then gives up on the same terms. "You see," Alexei says. "Boys." But he does not say it happily.
-> def_junkers_note

=== def_junkers_duma ===
~ defence += duma_mediation
~ reaction(10)
~ raise(moderates_cred, 4)
~ count_up(casualties, 10, 20000)
You go with Osip to the City Duma on Nevsky. The hall is full of people in good coats: councillors, Menshevik and SR leaders, officers without their epaulettes. Tea is served in glasses. Everyone is very calm. # event: crowd city_duma

The Duma's men go back and forth under their white bands all day, and the truce holds. Nobody shoots. Nobody moves, either: the junkers keep the exchange, and behind its walls the Committee for Salvation has every telephone in the city. # event: occupy telephone_exchange

At night you learn whom they have been ringing: the Cossack headquarters at Tsarskoe Selo. Osip hears it too, from his own side, and goes grey. "I didn't know," he says. You believe him. It doesn't help.

At dawn the cadets leave the exchange on their own terms, rifles on their shoulders.
~ fought_over -= (telephone_exchange, vladimir_school, mikhailovsky_castle)
-> def_junkers_note

=== def_junkers_note ===
What really happened: an army cadet rising in Petrograd was crushed by the Red Guard's armed workers and revolutionary sailors. # note # cite: essay
-> def_battle

=== def_battle ===
~ temp margin = def_front_margin()
{ margin < 10:
    -> def_battle_lost
}
~ fought_over -= (gatchina, tsarskoe_selo)
~ held += pulkovo_heights
~ raise(worker_confidence, 5)
~ lower(gov_authority, 10)
~ lower(counter_threat, 10)
~ win_soldiers(3)
# date: 1917-10-30
# scene: The Pulkovo heights
# place: pulkovo_heights
# view: approaches
Noon on the thirtieth; the plain below the heights is white to the horizon.
{
- defence ? fought_at_pulkovo:
    The Cossacks come across it in loose lines. The Red Guards in their shallow trenches fire too high, then lower, and Petya's sailors go down the slope at a run. # event: shots pulkovo_heights # sfx: volley
- defence ? parleyed_with_cossacks:
    Only part of the Cossack force comes on. The rest sit their horses by the road at Tsarskoe, arguing in their committee while their officers shout. Grisha's decrees are in half the saddlebags. # event: cossacks tsarskoe_selo
    The ones who attack meet the sailors on the slope and do not press it. By evening the grey-bearded sergeant is sitting at a Red Guard fire, drinking your tea and asking about the land.
- else:
    The line on the heights is thin, dug into ground frozen an inch down, and the Cossack guns find it. For an hour it bends. Then lorries of sailors come up from the Baltic station with Putilov men clinging to the sides, and it holds. # event: sailors pulkovo_heights # sfx: volley
}
{ margin < 25:
    It is closer than anyone will admit afterwards. Fyodor's company breaks once and runs for the observatory, and he drives them back down with his revolver in the air. The dead lie in the frozen ruts.
    { defence ? duma_mediation:
        Somebody had told the Cossack gunners where the trenches were. You think of the telephone exchange, and of the Duma's tea glasses.
    }
    { defence ? held_city_forces:
        "Next time," Fyodor says afterwards, black with powder, "send the men where the enemy is."
    }
    { defence ? parleyed_with_junkers && defence !? held_city_forces:
        Among the prisoners are two cadets from the Vladimir School, still in the greatcoats they walked out in. Your father's terms had let them keep their rifles.
    }
}
By dusk the Cossacks are falling back. # event: retreat gatchina # music: stinger_victory
{ margin < 25:
    That night Mitya, on his grandfather's shoulders, asks if the Cossacks will come back.
}
Two days later their committee offers to hand Kerensky over, but he has slipped away in disguise.
-> def_moscow

=== def_battle_lost ===
~ fought_over += pulkovo_heights
# date: 1917-10-30
# scene: The Pulkovo heights
# place: pulkovo_heights
# view: approaches
The line on the heights breaks early in the afternoon. The Cossacks come through at a trot, sabres out, and the Red Guards run for the city across the snow. # event: cossacks pulkovo_heights # sfx: hooves
{ defence ? held_city_forces:
    Too few were sent to hold it. The Red Guards you kept in the city were still guarding the schools when the Cossack guns found the trenches.
}
{ defence ? duma_mediation:
    The junkers, left in the exchange overnight, had told Tsarskoe Selo exactly where the line was thin.
}
{ defence ? parleyed_with_junkers && defence !? held_city_forces:
    The cadets who walked out of the Vladimir School with their rifles were among the first through the gap.
}
{ red_guard < 60:
    The Red Guards were too few and too green to hold a line against cavalry.
}
{ garrison < 60:
    The garrison regiments, asked to march, voted to stay in barracks: the soldiers were not yet with you.
}
{ fleet < 60:
    Kronstadt sent promises instead of sailors.
}
{ defence ? parleyed_with_cossacks && legitimacy < 60:
    The Cossacks had listened to Grisha, but they had no reason yet to believe that the new power would last, and they rode with their officers.
}
{ counter_threat >= 60:
    The counter-revolution was stronger than anyone had reckoned: officers, cadets and Cossacks had found each other while the committees argued.
}
Fyodor stays on the heights with a machine gun and a dozen men to cover the others. You do not see him again.

You run with the rest down the highway in the dusk, past overturned carts and a field kitchen still smoking. Under the Moscow Gate a woman hands water to the wounded from a bucket, asking each whether he has seen her son. By nightfall the Cossacks are at the gate, and the junkers are out on the Nevsky. # music: stinger_defeat
-> ending_kerensky_restored

=== def_moscow ===
~ reaction(5)
# date: 1917-11-02
# scene: Moscow on the wire
# place: moscow_city
# view: region
In Smolny's telegraph room the tape curls out: Moscow has fought for a week, pro-Soviet workers against SRs, some Mensheviks and Vikzhel, the railwaymen's executive. # event: telegraph smolny moscow_city # sfx: telegraph
{ october ? rising_now:
    The party's early rising in Petrograd had warned the authorities there, and they were ready; the Moscow Bolsheviks, never told the day, were less sure.
}

The SR commander used a Vikzhel truce to bring in reinforcements, which pro-Soviet soldiers talked round, then broke it himself. # event: shots moscow_city
{ defence ? parleyed_with_junkers || defence ? duma_mediation:
    ~ defence += moscow_ceasefire_held
    ~ reaction(5)
    Moscow's committee, copying Petrograd's patience, kept the broken truce a day longer, and the cadets dug in by the Kremlin. "They learn from us," says the telegraph girl. You are not sure which "us" she means.
- else:
    ~ defence += fought_on_in_moscow
    Moscow's Red Guards did not wait for the mediators.
}

The workers have won. The disarmed cadets, let go, head for the generals' army in the Kuban; town after town, the local soviets take power. # event: flag moscow_city
-> def_vikzhel

=== def_vikzhel ===
# date: 1917-11-03
# scene: The railwaymen's ultimatum
# place: nikolaevsky_station
Now Vikzhel threatens to stop every train in Russia unless all the socialist parties form a government. # event: train nikolaevsky_station # sfx: train
{ defence ? all_socialist_government:
    The commission you sat on at the Duma has been talking for a week. Osip, across the same table, pushes the terms towards you again. "Sign, and the trains run tomorrow. Refuse, and you'll have started the civil war yourselves."
}
{ defence ? bolsheviks_alone:
    The ultimatum is aimed straight at the Council you formed alone. In the villages the SR land committees are already saying that the Bolsheviks stole the decree and will not share the government.
}

The right socialists' price: every armed unit under the City Duma, and Kerensky back or the Bolsheviks out. Martov's people won't take sides; some SRs are plotting with Kornilov's officers.

Your father, from the Arsenal, where the factory committee now runs the shops: "No trains, no coal, no bread. Take their unity, Nadya." # event: strike liteiny
~ raise(workers_control, 4)
{ october ? occupied_plants:
    Marfa, whose looms ran three days on the cotton in store and then stopped, says it shorter: "No trains, no cotton, no wages." At the Arsenal they already count the coal by the sack.
}

Fyodor, from the depot: "The drivers just shouted down their own union man. Refuse, and they'll run the trains themselves."
{ defence ? bolsheviks_alone:
    Lidia catches you on the Smolny stairs, stiffly, as if the last week had not happened. "My party will still come into the government if the railwaymen get seats on the Soviet Executive too. Bargain. Don't surrender, and don't slam the door a second time." # decision: def_vikzhel
- else:
    Lidia, on the Smolny stairs: "We'll come in now, if the railwaymen get seats on the Soviet Executive. Bargain; don't surrender, and don't slam the door." # decision: def_vikzhel
}
* [Accept a government of all the socialists on their terms] -> def_vikzhel_accept
* [Refuse outright and rely on the rank-and-file railwaymen] -> def_vikzhel_refuse
* [Bargain for a Left SR coalition with railwaymen on the Executive #historical] -> def_vikzhel_settle

=== def_vikzhel_accept ===
~ defence += accepted_vikzhel_terms
~ raise(moderates_cred, 10)
~ lower(red_guard, 20)
~ raise(gov_authority, 15)
~ reaction(10)
Every factory resolution asked for unity; not one asked for Bolsheviks alone. So you take their unity, without asking too hard with whom, or at what price.

The agreement is signed at four in the morning in a room full of cold tea glasses. The Military Revolutionary Committee is dissolved. The Red Guard and the regiments pass to the command of the City Duma. A cabinet of all the socialists will be named, and the Bolsheviks will take whatever seats they are given. # event: vote city_duma

Fyodor reads it on the stairs and spits. "They've taken the rifles out of our hands and left us the decrees to wave."

That evening the New Lessner Red Guard meets in the foundry to hear the terms. You read them out yourself, standing on a crate. Nobody shouts. A young fitter asks who will command them now. "The City Duma," you say, and somebody at the back laughs, once, and stops.

"We'll vote on it," Fyodor says. "We always vote." But everyone in the foundry knows that the vote no longer decides anything.

{ defence ? osip_with_duma:
    Osip sends a note by a printer's boy: the right socialists are pleased, he writes, and he is not sure that he is. "We asked for unity. They asked for your rifles. I did not notice, until tonight, that these were different things."
}
-> ending_revolution_disarmed

=== def_vikzhel_refuse ===
~ defence += refused_vikzhel
~ lower(left_allies, 20)
~ split_party(8)
~ raise(worker_confidence, 3)
~ crisis(5)
You say no, and the government says no. Vikzhel calls its strike. # event: strike nikolaevsky_station

In the engine shed at the Nikolaevsky depot you stand with Fyodor in the coal smoke while the drivers vote, men in oily sheepskins with their caps pushed back. A union man in a collar and tie tells them about solidarity. An old driver tells him to go and drive an engine himself. The vote is nearly unanimous: the trains run. # event: train nikolaevsky_station # sfx: train

Within two days the strike is dead on half the lines. But Lidia comes to Smolny to clear the Left SR room. "You've won," she says. "You've got a revolution of Petrograd. Try running Russia with it."
{ left_allies >= 40:
    At the door she stops. "We'll be back. The villages need the land decree more than I need to be right."
- else:
    She doesn't look back.
}
Anton hands you the paper without a word: several members of the Central Committee have resigned in protest.

At home your father listens to the whole story and says nothing for a long time. Then: "The drivers were right about their union. That doesn't mean you were right about Lidia." He goes out to the yard to split the last of the chair legs for the stove.
-> def_railwaymen

=== def_vikzhel_settle ===
~ defence += vikzhel_compromise
~ raise(left_allies, 10)
~ raise(legitimacy, 5)
Night after night of talks; the SR Central Committee walks out. In the end the Bolsheviks and Left SRs will govern together, with railwaymen on the Soviet Executive. # event: vote smolny

Lidia gets a desk in the land commissariat.
{ defence ? bolsheviks_alone:
    She works among sacks of village petitions. You have never seen her happier, nor so ready to remind you of the night you sat alone.
}
-> def_railwaymen

=== def_railwaymen ===
# date: 1917-11-13
# scene: The engine shed
# place: nikolaevsky_station
On the 13th the rank-and-file railwaymen, in a lantern-lit depot hall, condemn their executive as an "elite… that by no means reflects the revolutionary will of the proletariat." # cite: 28
{
- defence ? refused_vikzhel:
    Fyodor reads it out in the committee room as if he had written it himself. "You see? The men were with us all along." Nobody mentions the empty Left SR room down the corridor.
- defence ? bolsheviks_alone:
    "If we'd known that on the third," Fyodor says, "we'd have bargained harder."
}
-> def_vikzhel_note

=== def_vikzhel_note ===
What really happened: Vikzhel threatened a general rail strike to force an all-socialist government; the right socialists demanded all armed forces under the City Duma. A Bolshevik-Left SR government resulted, with railwaymen on the Soviet Executive. # note # cite: essay
The essay calls that demand disarming the revolution. Mandel, whom it quotes, notes that Petrograd's workers' bodies nearly all urged a socialist coalition, and asks: unity on what basis, at what price? # note # interpretation # cite: 29
Not in the essay: on 4 November Kamenev and others quit the Central Committee over it. # note
-> def_elections

=== def_elections ===
# date: 1917-11-15
# scene: The vote
# place: vyborg
You queue in the snow with Marfa to vote for the Constituent Assembly. "First time in my life anybody asked me," she says. # event: vote vyborg
{ left_allies < 40 && defence !? vikzhel_compromise:
    Lidia, canvassing on the next corner, will not shake your hand, but she is angrier with her own party than with yours: her name is on the same SR list as Kerensky's friends, drawn up before the split. "A peasant who votes SR for the land votes for the men who'll put it off."
- else:
    Lidia is canvassing on the next corner, furious: her name is on the same SR list as Kerensky's friends.
}

Through December the results come in: factories for the party, villages for the SRs. # event: flag vyborg peterhof kronstadt
What really happened: in the elections (15-19 November by the essay's dates; usually dated from 12 November) the SRs won 40%, the Bolsheviks almost 24%, the Kadets 4.7%, the Mensheviks 2.3%; the Bolsheviks took 70% in Vyborg, 68% in Peterhof and over 62% in the Baltic Fleet. # note # cite: essay
-> def_assembly

=== def_assembly ===
# date: 1918-01-03
# scene: The eve of the Assembly
# place: smolny
The Neva is frozen hard. The Assembly meets on the fifth, in the Tauride Palace.

Osip, snow on his spectacles: "The country voted. If it chose Chernov, let him govern, and fight him in the open."

Anton has the line from above: "Let it sit, if it recognises Soviet power and the decrees. If not, it has chosen."

Petya, told off for the Tauride guard: "The soviets are the power; we recall them the day they lie. That Assembly's a photograph of September."
{ left_allies < 40 && defence !? vikzhel_compromise:
    Lidia, who barely speaks to you now, sends a note all the same: "Then call new elections, with separate lists, ours and Chernov's. It's Lenin's own argument about the lists. Carry it through." # decision: def_assembly
- else:
    Lidia: "Then call new elections, with separate lists, ours and Chernov's. It's Lenin's own argument. Carry it through." # decision: def_assembly
}
* [Accept the Assembly's authority] -> def_assembly_accept
* [Let it sit only if it ratifies Soviet power and the decrees] -> def_assembly_conditional
* [Dissolve it #historical] -> def_assembly_dissolve
* [Call new elections with separate Left SR lists] -> def_assembly_new

=== def_assembly_accept ===
~ defence += accepted_assembly
~ raise(moderates_cred, 10)
~ raise(legitimacy, 5)
~ lower(left_allies, 10)
You carry Osip's argument to the district committee, then to the Soviet. It wins more hands than anyone expected. People are tired, and the Assembly is what they were promised. # event: vote tauride_palace

Fyodor walks out of the meeting. Petya, who was to have guarded the Tauride, tears up his orders in front of you. "So we hand it back," he says. "Everything since October. To Kerensky's friends on a ballot paper." He goes back to Kronstadt that night.

On the fifth you stand in the gallery of the Tauride Palace and watch the Soviet's delegates read their statement: the soviets recognise the Assembly as the power in the land. The SR benches rise and applaud. Lidia, below you, does not. # event: vote tauride_palace
-> ending_assembly_sovereign

=== def_assembly_new ===
~ defence += new_elections
~ raise(left_allies, 10)
~ reaction(5)
You carry Lidia's argument to the Soviet Executive, and with the Left SRs' votes it passes: the Assembly is postponed, and new elections called on separate lists. # event: vote smolny

Anton Ivanovich is appalled. "We said for a year that the bourgeoisie would never let the Assembly meet. Now we're the ones locking the door." Fyodor is appalled for the opposite reason: "Another vote? We've voted all year. Who do they think took the Winter Palace?"

Your father shakes his head over the newspaper. "Twice in one winter the whole country goes to vote? The peasants will think we're mad, or cheating." Only Lidia is happy, already packing leaflets. "The villages will choose properly this time," she says. "Between the ones who gave them the land and the ones who only talked about it."
-> ending_second_vote

=== def_assembly_conditional ===
~ defence += conditional_assembly
~ defence += dissolved_assembly
~ raise(legitimacy, 3)
You vote for Anton's line: the Assembly will be asked to recognise Soviet power and the decrees before anything else.

"Good," Lidia says. "If they vote for the land and the soviets, Russia has both. If they won't, every peasant will know who refused." Petya only shrugs. "They won't," he says, "and then we'll do it my way, a day later." Nobody in the room expects the SR majority to agree.
-> def_assembly_note

=== def_assembly_dissolve ===
~ defence += dissolved_assembly
You vote with Petya. If the Assembly sets itself against the soviets, it will not sit.
-> def_assembly_note

=== def_assembly_note ===
What really happened: on 5 January the Assembly denounced the Soviet government, and the Bolsheviks declared it dissolved. # note # cite: essay
Not in the essay: the guard's commander was Zheleznyakov, an anarchist sailor. # note
The essay defends the dissolution: soviets were a higher form of democracy, and the SR lists predated the party's split. # note # interpretation # cite: essay
Many historians see in it the end of Russia's first freely elected parliament. # note
-> def_march

=== def_march ===
~ demonstrate((liteiny))
# date: 1918-01-05
# scene: Liteiny Prospekt, the morning of the Assembly
# place: liteiny
Fyodor's Red Guards hold Liteiny with a machine gun: the march must not reach the Tauride Palace. # event: red_guard liteiny

It comes up from the Field of Mars under red banners, Osip in the front rank with the printers{ defence ? osip_neutral:; he took no side, he told you, but the vote is not a side}. "Let us through to our own parliament!" # event: march field_of_mars liteiny # sfx: crowd

"There are officers in that crowd," Fyodor says. "They shot at Lenin four days ago."

Anton: "Cordons, side streets open. Turn them back. Nobody fires."
* [Let the march reach the palace railings] -> def_march_tolerate
* [Hold the cordons and turn the march back] -> def_march_contain
* [Break up the march by force #historical] -> def_march_disperse

=== def_march_tolerate ===
~ defence += tolerated_march
~ raise(legitimacy, 3)
~ raise(moderates_cred, 3)
~ reaction(3)
You wave the cordon aside. Fyodor swears at you in front of his men. The march flows past the machine gun and up to the railings of the Tauride Palace. # event: march liteiny tauride_palace # music: marseillaise

For an hour nobody breathes properly. A student climbs the railings and a sailor levels a rifle at him; Petya knocks the barrel up. Then the marchers simply stand in the frost, singing the Marseillaise, until the sun goes down.

At dusk they go home with frozen feet. Osip, passing, lifts his hat to you. Nobody has fired a shot.
{ defence ? osip_neutral:
    Later he finds you by the cordon. "You'll close it anyway, won't you," he says. "But you let us walk. I'll remember that when they ask me which side I'm on."
}
-> def_march_note

=== def_march_contain ===
~ defence += contained_march
~ raise(repression, 3)
The cordon locks arms across Liteiny. The front rank pushes, the Red Guards push back, and banner poles crack. For a long minute it could go either way. # event: barricade liteiny # sfx: crowd_roar

Then the march breaks into the side streets, as Anton meant it to, and drains away towards the Neva. Osip's banner lies torn in the snow. He folds it up and doesn't look at you.
{ defence ? osip_neutral:
    "No side," he says at last, to nobody in particular. "I said I'd take no side. You people make that very hard."
}

Nobody is dead. Fyodor says that is luck, not policy. Anton says it is policy, and writes down the names of the three Red Guards who raised their rifles without an order.
-> def_march_note

=== def_march_disperse ===
~ defence += dispersed_march
~ count_up(casualties, 15, 20000)
~ raise(repression, 8)
~ lower(legitimacy, 5)
~ lower(moderates_cred, 3)
Fyodor's men fire over the heads. The march keeps coming. The next volley is lower. # event: shots liteiny # sfx: volley

Then the street is running people and dark shapes in the snow that do not get up. Osip kneels by a young compositor from his shop; when he looks up, you are among the Red Guards.
{ defence ? osip_with_duma:
    That night he leaves for the Volga. "When we meet again, one of us will be in the wrong army."
- else:
    He carries the boy back to the print shop, and the next morning he is at his case again, setting type with a face like stone.
}
-> def_march_note

=== def_march_note ===
What really happened: the Red Guard violently repressed demonstrations for the Assembly, days after an attempt on Lenin's life (1 January); a week after it, officers were arrested over a plot timed for the opening. # note # cite: essay
Not in the essay: roughly ten to twenty marchers were killed. # note
-> def_tauride_night

=== def_tauride_night ===
~ disperse((liteiny))
~ held += tauride_palace
# date: 1918-01-05
# scene: The Tauride Palace, night
# place: tauride_palace
In the Tauride Palace, sailors leaning on the pillars, the SR majority elects Chernov to the chair and denounces the Soviet government. # event: vote tauride_palace
{ defence ? conditional_assembly:
    The Bolsheviks put Soviet power and the decrees on peace and land to the vote, as you agreed. The majority will not even discuss them. Anton Ivanovich, beside you in the gallery, closes his notebook. "Well," he says. "They have chosen."
    Lidia, below, is on her feet shouting at the SR benches: her own former party, refusing to vote on its own land programme. For once she has nothing to say to you at all.
}
{ defence ? tolerated_march:
    Outside the windows the marchers' singing has long stopped, but their trampled banners still lie against the railings.
}
After a recess the Bolsheviks read a declaration dissolving the Assembly, and walk out.
{ left_allies < 40 && defence !? vikzhel_compromise:
    The Left SRs stay in their seats for hours, arguing among themselves. When at last they leave, it is by another door, and their statement does not mention you. Lidia does not look up at the gallery once.
- else:
    The Left SRs follow. "They wouldn't even vote on the land," Lidia says.
}

At four in the morning Zheleznyakov, the anarchist sailor commanding the guard, tells Chernov the guard is tired and the deputies should go home. Behind him Petya yawns. # event: occupy tauride_palace
{ left_allies < 40 && defence !? vikzhel_compromise:
    -> ending_october_isolated
}
-> ending_october_historical

// The 1918 epilogue shared by the historical ending and the Assembly ending (a tunnel: -> def_epilogue_1918 ->).
=== def_epilogue_1918 ===
What came after: by the end of June 1918 the SRs' Komuch, a Committee of the Constituent Assembly, held Samara: a 'democratic alternative' without the Bolsheviks or Left SRs, which lost the peasants by continuing the war. # note # cite: essay # view: region # event: flag samara
Samara's re-elected soviet, roughly half Bolshevik, passed a Bolshevik resolution against Komuch on 30 August 1918. # note # cite: 30
Avksentiev, seeking union with Siberia's SR-backed government, found it "preposterous that those members of the Constituent Assembly gathered in Samara, numbering about fifty, could claim to represent the nation." # note # cite: 31
Backed by France (and at Archangel, Britain), these governments fell to the officers they relied on; Admiral Kolchak, a counter-revolutionary since summer 1917, finished off the last. # note # cite: 32 # event: troops omsk
The essay concludes that the choice in 1918, as in 1917, was Soviet power or a dictatorship of officers, landlords and liberals; the revolution survived a civil war that killed millions, before succumbing to Stalinism. # note # interpretation # cite: essay
->->

=== function def_opening_count()
{ bolshevik_share >= 47 && bolshevik_share <= 72:
    ~ return 300
}
~ return (300 * bolshevik_share) / 62

// Whether the southern front holds against Kerensky's Cossacks (30 October). The armed strength of the
// revolution (Red Guard, garrison, fleet), helped by sending it to the heights or by talking the
// Cossacks round (which works as far as the new power is seen as legitimate), hurt by keeping it in
// the city (less so if the junkers were crushed at once and the men freed to go south) or by letting
// the junkers go armed; set against the strength of the counter-revolution (which the junker choices
// have already raised or lowered). Under 10: the line breaks. Under 25: a near thing.
=== function def_front_margin()
~ temp s = (red_guard + garrison + fleet) / 3
{ defence ? fought_at_pulkovo:
    ~ s = s + 10
}
{ defence ? parleyed_with_cossacks:
    ~ s = s + (legitimacy - 50) / 3
}
{ defence ? held_city_forces:
    { defence ? crushed_junkers:
        ~ s = s - 15
    - else:
        ~ s = s - 25
    }
}
{ defence ? parleyed_with_junkers && defence !? held_city_forces:
    ~ s = s - 5
}
{ defence ? duma_mediation:
    ~ s = s - 10
}
~ return s - counter_threat
