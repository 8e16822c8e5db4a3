// Act VI: Defending the revolution. The night of 25-26 October 1917 to January 1918, with an epilogue on 1918.
// Starts at def_start (state: preset_defence on the historical path). This is the last act: every path ends
// in an ending knot (bottom of the file, under ENDINGS). Outcomes test the state:
//   def_front_margin(): Red Guard, garrison and fleet, where the forces were sent and how the junkers were
//     handled, against the counter-revolution's strength. Under 2, Kerensky gets back in.
//   def_left_lost() (in rules.ink, beside the whereabouts that read it): the Left SRs are lost and October stands alone after a party rising (rising_now), after a massacre at the palace (heavy_force) unless left_allies is 85 or more, with left_allies under 40 without the Vikzhel settlement, or under 60 after refusing Vikzhel outright.

=== def_start ===
# act: defence
# date: 1917-10-26
# scene: The Second Congress, after midnight
# place: smolny
Past midnight: makhorka smoke under Smolny's chandeliers.
~ delegates_total = 670
~ delegates_bolshevik = def_opening_count()
~ held += winter_palace

The chalked count: the Bolsheviks lead, without a majority. # event: vote smolny
{
- october ? rising_now:
    And the party did not wait for this hall: power was taken days before the first delegate found a seat. Even some Bolshevik delegates from the provinces look at their boots when Petrograd is cheered. # recalls: october
- october ? left_it_to_congress:
    The party has left it to this hall to declare the Provisional Government finished, and every delegate knows the words are theirs. The ministers are on their way to the fortress. # recalls: october
- october ? vote_congress_arrest:
    The Congress gave the order itself, a day late, and the hall knows it: the ministers were arrested in its name. # recalls: october
- else:
    Lenin has declared the Provisional Government overthrown; the Congress must endorse it.
}
{ october ? heavy_force:
    The palace fell an hour ago, and not quietly. The wounded lie on greatcoats in the corridors, the Mensheviks are writing down their names, and you can feel the hall's sympathy draining away with every stretcher. # recalls: october
}

A Menshevik shouts over the whistling: a conspiracy! His party is leaving, Osip with it.
{ october ? joined_preparliament:
    A fortnight ago you sat on the Pre-parliament's benches together, whispering through the speeches. Now he stands with his eyes on the floor. # recalls: october
}

Martov moves for talks on an all-socialist government. Lidia: "Vote for it. Without them we're half the socialists of Russia."

Fyodor: "Let them go. They had eight months."

Osip, at your row: "Come out and talk, Nadya, if you still talk to anyone." # decision: def_walkout
* [Vote against Martov's motion with Fyodor, and denounce the leavers] -> def_walkout_go
* [Go after Osip and the others to negotiate] -> def_walkout_follow
* [Vote for Martov's motion with the Bolshevik benches, then let the walk-out go #historical] -> def_walkout_martov

=== def_walkout_go ===
~ defence += let_walkout_go
~ defence += osip_with_duma
~ discredit_moderates(5)
You keep your hand down while the rest of the hall votes for Martov, and shout with Fyodor as the leavers go. The benches empty to whistles and a sailor's "Off to Kornilov!" Osip doesn't look back. # sfx: crowd_roar # effect: Moderates' credibility falls, and so does your standing with Lidia: Vyborg jeered the door shut
{ october ? offered_joint_government:
    Lidia's party has stayed, but she watches the door for a long time. In September you asked for exactly this, every socialist in one government; tonight you watched half of them go without lifting a hand. # recalls: october
}
-> def_walkout_note

=== def_walkout_martov ===
~ defence += backed_martov_motion
~ defence += let_walkout_go
~ defence += osip_with_duma
~ raise(left_allies, 4)
~ raise(legitimacy, 3)
~ discredit_moderates(5)
You raise your hand for Martov's motion, and so do the Bolshevik benches. It passes unanimously. For a minute the Congress feels whole. # event: vote smolny

It doesn't last. The Menshevik and Right SR speakers will not bargain with a rising made with bayonets; they walk out anyway, to the City Duma, and the Bolshevik benches let them go with whistles. # effect: Moderates' credibility falls and legitimacy rises: they walked out of a vote they had won

Osip goes last. At the door he raises his hand to you, half a wave, half an apology.
-> def_walkout_note

=== def_walkout_follow ===
~ defence += followed_walkout
~ raise(left_allies, 5)
~ raise(legitimacy, 2)
~ split_party(3)
You push out after them, past the sentries and the machine gun on its iron wheels. # effect: Left allies rise, the party splits: Vyborg's organiser went after the leavers On the drive the walkers stand in the sleet, arguing where to go.

You find Osip under a lamp, his collar up against the sleet. "You put a rifle on the table and ask us to vote," he says.

"Then come back in and vote against us. Stay in the room."
{ october ? heavy_force || october ? rising_now:
    ~ defence += osip_with_duma
    He shakes his head. "Not while they carry the dead in from the square. Not when you took the city before the Congress even sat." He goes with the others down the dark avenue.
- else:
    ~ defence += osip_neutral
    He looks up at the lit windows. "I won't go back in. But I won't go to the Duma to play at generals either. I'm a printer. I'll set whatever they put in front of me."
}

Inside, the Congress has moved on without you. Fyodor glares. "Where were you? Holding their coats?"
-> def_walkout_note

=== def_walkout_note ===
What really happened: the Bolsheviks, 300 of 670 delegates, voted for Martov's motion; the Mensheviks and Right SRs walked out all the same. # note # cite: essay
The essay reads the walk-out as loyalty to the liberals. # note # interpretation # cite: essay
Not in the essay: the motion passed unanimously; the leavers protested a seizure of power behind the Congress's back. # note
{ defence ? followed_walkout:
    -> def_road_unity
}
{ defence !? backed_martov_motion:
    -> def_road_alone_decrees
}
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
That evening: {delegates_bolshevik} Bolsheviks and sympathisers among {delegates_total} delegates. Lenin reads the decrees on peace and land: the landlords' estates to the peasants, without compensation. # event: vote smolny

Lidia laughs. "Our programme, the peasants' mandates! You've stolen it."
* [Laugh with her #historical]
    "Stolen it for the villages," you say. "Come and help give it back."
* [Say it was the peasants' before it was anyone's]
    "Then the peasants can thank us both," she says.
-
"Now put everyone in the Council of People's Commissars," Lidia says, "even those who walked out."

Anton: "The Central Committee offers the Left SRs seats."

"And if they won't come?" Fyodor says. "Then we sit alone." # decision: def_government
* [Offer the Left SRs seats beside the Bolsheviks: the Central Committee's line #historical] -> def_gov_left
* [Press for a government of all the socialist parties] -> def_gov_all
* [Form the government from the Bolsheviks alone, as Vyborg wants] -> def_gov_alone

=== def_gov_all ===
~ defence += all_socialist_government
~ raise(left_allies, 10)
~ raise(moderates_cred, 6)
~ split_party(5)
~ reaction(5)
You speak for Lidia's line, and the hall, sick of quarrels, votes for it; in the gallery Marfa claps loudest. A commission will talk with every socialist party, the ones at the City Duma included, and until it reports the new Council is only provisional. # effect: Left allies and moderates rise, and so does the counter-revolution: the new power is only provisional # event: vote smolny

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
The Left SRs won't sit yet. The first Council is all Bolshevik, its door held open. # event: vote smolny # effect: Left allies and legitimacy rise a little: the door is open and everyone saw it

"Land first," Lidia says. "Then we'll see."
{ october ? refused_compromise:
    She shakes your hand as if you had signed a contract. "And you wouldn't offer the defencists a crust in September. Good. People can learn." # recalls: october
}
-> def_government_note

=== def_gov_alone ===
~ defence += bolsheviks_alone
~ lower(left_allies, 15)
~ lower(legitimacy, 5)
~ split_party(5)
Fyodor's line carries the Vyborg benches, and you vote with it: a Council of Bolsheviks, no seats kept warm for anyone. # event: vote smolny # effect: Left allies and legitimacy fall: a peasant country governed without a peasant party

Lidia goes white. "You'll govern a country of peasants without one peasant party beside you? With our land programme in your pocket? We'll see how long the villages thank you."

In the corridor three front delegates in bast shoes stop you, holding the land decree like an icon. "Who carries this out?" the eldest asks. "You've no people in our district. The SRs have the land committee there."

The soviets will, you tell him. He folds the decree into his cap, unconvinced.

Anton says nothing, but crosses out a line in his notebook, hard.
-> def_government_note

=== def_government_note ===
What really happened: the resumed Congress (625 delegates, 390 Bolsheviks or sympathisers) decreed peace and land and formed a Council of People's Commissars. # note # cite: essay
Not in the essay: the Left SRs took seats only in December. # note
~ clear_delegates()
{ defence ? all_socialist_government:
    -> def_road_unity
}
{ defence ? bolsheviks_alone:
    -> def_road_alone
}
-> def_pulkovo

=== def_pulkovo ===
~ fought_over += (gatchina, tsarskoe_selo)
# date: 1917-10-28
# scene: The road from Gatchina
# place: moscow_gate
# view: approaches
Kerensky is back with Cossacks: Gatchina yesterday, Tsarskoe Selo today. # event: cossacks gatchina tsarskoe_selo # sfx: hooves
{ october ? negotiated_surrender:
    You remember the telephone ringing behind the colonel's door on the night of the parley. Kerensky's call to the front got out that night, and these are the men who answered it. # recalls: october
}

Against them, Red Guards who have never fired a shot.
{ kornilov ? backed_kerensky:
    In August your Vyborg men dug trenches along this same Moscow road for Kerensky's government. Now Kerensky comes back up it with Kornilov's Cossacks, and Fyodor will not let you forget it. # recalls: kornilov
}

Fyodor weights a map with his revolver. "Pulkovo heights. Red Guards, sailors, any regiment that will come."

{soldier()}: "They've been told we're German spies. Give us the decrees and we'll talk to them."

{ defence ? bolsheviks_alone:
    Two regiments' Left SR committees send word: they will defend the Soviet, not a government they have no part in.
}
Anton: "Strip the city, and the junkers in their schools will take it behind your backs." # decision: def_pulkovo
* [Send Red Guards, sailors and soldiers to hold the heights #historical] -> def_pulkovo_fight
* [Send agitators to talk to the Cossacks] -> def_pulkovo_parley
* [Keep the forces in the city against the junkers] -> def_pulkovo_city

=== def_pulkovo_fight ===
~ defence += fought_at_pulkovo
~ raise(red_guard, 5)
~ armed_workers += moscow
Before dawn you march out with Fyodor's company and carts of spades. # event: red_guard moscow_gate pulkovo_heights # sfx: march # effect: The Red Guard rises: the city's armed workers go out to meet Kerensky
* [Take a spade #historical]
    You dig until your palms blister. The ground is frozen an inch down, then gives.
* [Take the company's roll]
    You walk the line with the roll, and the names answer out of the dark, one by one.
-

By noon the Kronstadt sailors arrive, Petya among them: "Where are these Cossacks?" # event: sailors kronstadt pulkovo_heights
{ october !? rising_through_mrc:
    {soldier()}'s battalion follows, two companies short since last week's order to the front, arguing all the way. But it comes.
}
-> def_pulkovo_note

=== def_pulkovo_parley ===
~ defence += parleyed_with_cossacks
~ win_soldiers(2)
You go with {soldier()} and two of the regiment's committee, carrying a sack of the decrees, printed overnight. Behind you a thin line of Vyborg boys scrapes at the frozen heights. # event: troops pulkovo_heights # effect: The garrison leans your way: the Cossacks will wait and see, and their committee will meet

At Tsarskoe Selo the Cossacks camp in the Tsar's park, horses tethered to the railings. A sentry with a fur cap over one ear takes you to a fire. # event: cossacks tsarskoe_selo

{soldier()} does the talking, better than you knew he could: the land to the villages, peace to every country at war, and nobody here a German spy. Whose land will the Cossacks die for, Kerensky's?

A grey-bearded sergeant turns a leaflet over in his big fingers. "Our officers say you'll be finished in a week, and then this paper will be worth nothing."

"Then wait a week," {soldier()} says, "and don't get killed in the meantime."

The sergeant laughs. Their committee will meet. They do not want to die for Kerensky, but they are waiting to see who is right.
-> def_pulkovo_note

=== def_pulkovo_city ===
~ defence += held_city_forces
~ split_party(3)
~ raise(red_guard, 2)
The detachments stay at their factories, at the bridges and around the military schools. All night Red Guards stamp their feet outside the Vladimir School, and the cadets watch them from the lit windows. # event: red_guard vyborg petrograd_side # effect: The Red Guard stays home: the city is guarded and the heights are thin

You walk the patrols with Anton until two in the morning. At every corner he counts the men and writes the number down. "The city is the revolution," he says. "Lose the city and the heights don't matter."

Only a few hundred sailors and a scratch company go south. Fyodor goes with them, furious. "You're guarding the back door," he tells Anton, "while they walk in at the front."

When you get home Mitya is awake, sitting up under the coats. "Grandad says the Cossacks are coming to Pulkovo. Is that far?" You tell him it is very far. It is a morning's walk.
-> def_pulkovo_note

=== def_pulkovo_note ===
What really happened: Kerensky's small force was decisively beaten at Pulkovo. Not in the essay: they were General Krasnov's Cossacks. # note # cite: essay
{ defence ? parleyed_with_cossacks:
    -> def_road_truce
}
{ defence ? held_city_forces:
    -> def_road_salvation
}
-> def_junkers

=== def_junkers ===
~ held -= telephone_exchange
~ fought_over += (telephone_exchange, vladimir_school, mikhailovsky_castle)
# date: 1917-10-29
# scene: The junkers
# place: telephone_exchange
Marfa hammers on your door before light. "The telephones are dead." # sfx: click

Overnight the officer cadets, the junkers, have seized the telephone exchange, the Vladimir School and the Engineers' Castle; the Duma's Committee for Salvation calls the city out. # event: occupy telephone_exchange vladimir_school mikhailovsky_castle
* [Send Mitya back with her]
    Mitya goes with Marfa in his coat over his nightshirt, and does not look back.
* [Leave Mitya with your father #historical]
    Your father is already lacing his boots. "I'll keep him," he says. "Go."
-
{
- defence ? held_city_forces:
    Anton's patrols are already there. The Red Guards you kept in the city ring the schools within the hour.
- defence ? fought_at_pulkovo:
    Vyborg's best are on the heights; boys and old men are left.
- else:
    {soldier()} is still at Tsarskoe Selo, and a thin line holds the heights.
}

{ kornilov ? disbanded_defence_committees:
    In September you handed the rifles back to the Soviet, one receipt at a time. This morning you knock on doors to find out how many never reached the carts. # recalls: kornilov
}
{ defence ? all_socialist_government:
    Your commission is still talking unity at the City Duma while the Committee for Salvation, in the same building, calls the cadets out. Lidia says so loudly in the corridor.
}
Petya, loading a field gun onto a lorry: "Shell the school, rush the exchange. They'd do the same."

Your father: "Half those cadets are schoolboys. Let them surrender and go home."

Osip, with him, wears a white band.
{ defence ? osip_neutral:
    "I'm nobody's envoy. But the Duma people asked me to bring this, because you'd listen to me. They offer to mediate: a truce, both sides hold their ground. Nobody else has to die today." # decision: def_junkers
- else:
    "The Duma offers a truce, each side holding its ground. Nobody else need die today." # decision: def_junkers
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
The gun fires point-blank into the Vladimir School; after the third shell a sheet waves from a window. # event: shots vladimir_school # sfx: gun

The sailors take the exchange floor by floor, Petya hauling one off a surrendering cadet. By evening the lines hum again, over blood on the stairs. # sfx: click # effect: The counter-revolution falls back: the cadets' rising crushed, at the price of blood on the stairs
{ october ? heavy_force:
    You sit at the switchboard with a screwdriver until the last line hums. It is the second building in a week you have taken floor by floor, and the second time you have stepped over a boy on the stairs. # recalls: october
}
-> def_junkers_note

=== def_junkers_parley ===
~ defence += parleyed_with_junkers
~ count_up(casualties, 30, 20000)
~ raise(legitimacy, 3)
~ fought_over -= (telephone_exchange, vladimir_school, mikhailovsky_castle)
~ held += telephone_exchange
You walk beside your father up to the Vladimir School, a white rag on a broom handle. A face at a window; a long wait; then a cadet officer no older than Grisha comes out to hear the terms: lay down your rifles and go home. # effect: Legitimacy rises: the cadets were sent home, not shot, though some kept their rifles

"And the Committee for Salvation?" the boy asks. "They said Kerensky would be here by tonight."

"They said a lot of things," Alexei says. "I'm an old defencist, son. I believed them longer than you have. Go home to your mother."
{ defence ? held_city_forces:
    The Red Guards ring the building three deep, and the cadets can count them from the windows. In an hour they come out, stack their rifles in the yard and go home to their mothers. # event: troops vladimir_school
- else:
    ~ reaction(5)
    The cadets argue all afternoon. Some stack their rifles in the yard; others slip out the back with theirs, and by nightfall are on the road south to the Cossacks. # event: retreat vladimir_school
}

The exchange holds out until dark, then gives up on the same terms. "You see," Alexei says. "Boys." But he does not say it happily.
-> def_junkers_note

=== def_junkers_duma ===
~ defence += duma_mediation
~ reaction(10)
~ raise(moderates_cred, 4)
~ count_up(casualties, 10, 20000)
You go with Osip to the City Duma on Nevsky. The hall is full of people in good coats: councillors, Menshevik and SR leaders, officers without their epaulettes. Tea is served in glasses. Everyone is very calm. # event: crowd city_duma # effect: The counter-revolution gains a day: the junkers kept the exchange and its telephones

The Duma's men go back and forth under their white bands all day, and the truce holds. Nobody shoots. Nobody moves, either: the junkers keep the exchange, and behind its walls the Committee for Salvation has every telephone in the city. # event: occupy telephone_exchange

At night you learn whom they have been ringing: the Cossack headquarters at Tsarskoe Selo. Osip hears it too, from his own side, and goes grey. "I didn't know," he says. You believe him. It doesn't help.

At dawn the cadets leave the exchange on their own terms, rifles on their shoulders.
~ fought_over -= (telephone_exchange, vladimir_school, mikhailovsky_castle)
-> def_junkers_note

=== def_junkers_note ===
What really happened: an army cadet rising in Petrograd was crushed by the Red Guard's armed workers and revolutionary sailors. # note # cite: essay
{ defence ? parleyed_with_junkers:
    -> def_road_truce
}
{ defence ? duma_mediation:
    -> def_road_salvation
}
-> def_battle

=== def_battle ===
~ temp margin = def_front_margin()
{ margin < 2:
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
Noon on the thirtieth; the plain below the heights is white.
{
- defence ? fought_at_pulkovo:
    The Cossacks come across it in loose lines. The Red Guards fire high, then lower, and Petya's sailors charge down the slope. # event: shots pulkovo_heights # sfx: volley
- defence ? parleyed_with_cossacks:
    Only part of the Cossack force comes on; the rest sit their horses at Tsarskoe, arguing in committee while their officers shout. {soldier()}'s decrees are in half the saddlebags. # event: cossacks tsarskoe_selo
    The attackers meet the sailors on the slope and do not press it. By evening the grey-bearded sergeant sits at a Red Guard fire, drinking your tea and asking about the land.
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
Two days later their committee offers up Kerensky, but he has fled in disguise.
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
    The garrison regiments, asked to march, voted to stay in barracks.
}
{ fleet < 60:
    Kronstadt sent promises instead of sailors.
}
{ defence ? parleyed_with_cossacks && legitimacy < 60:
    The Cossacks had listened to {soldier()}, but they had no reason yet to believe that the new power would last, and they rode with their officers.
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
The telegraph tape from Moscow: a week of fighting, pro-Soviet workers against SRs, some Mensheviks and Vikzhel, the railwaymen's executive. # event: telegraph smolny moscow_city # sfx: telegraph
{ october ? rising_now:
    The party's early rising in Petrograd had warned the authorities there, and they were ready; the Moscow Bolsheviks, never told the day, were less sure. # recalls: october
}

The SR commander used a Vikzhel truce to bring in reinforcements, which pro-Soviet soldiers talked round, then broke it himself. # event: shots moscow_city
{ defence ? parleyed_with_junkers || defence ? duma_mediation:
    ~ defence += moscow_ceasefire_held
    ~ reaction(5)
    Copying Petrograd's patience, Moscow kept the broken truce a day longer, and the cadets dug in by the Kremlin.
- else:
    ~ defence += fought_on_in_moscow
    Moscow's Red Guards fought on.
}

The workers have won. The cadets, disarmed and freed, head for the generals in the Kuban; town by town, soviets take power. # event: flag moscow_city
-> def_vikzhel

=== def_vikzhel ===
# date: 1917-11-03
# scene: The railwaymen's ultimatum
# place: nikolaevsky_station
Vikzhel's ultimatum, wired on the 29th, still stands: every train stops unless all the socialists form a government. # event: train nikolaevsky_station # sfx: train
{ defence ? all_socialist_government:
    Your commission at the Duma has talked for a week. Across the table Osip pushes the terms towards you again. "Sign, and the trains run tomorrow. Refuse, and you've started the civil war yourselves."
}
{ defence ? bolsheviks_alone:
    The ultimatum is aimed straight at the Council you formed alone. In the villages SR land committees say the Bolsheviks stole the decree and will not share power.
}

The right socialists' price: every armed unit under the City Duma, and Kerensky back or the Bolsheviks out. Martov's people sit on the fence; some SRs plot with Kornilov's officers.

Your father, from the committee-run Arsenal: "No trains, no coal, no bread. Take their unity, Nadya." # event: strike liteiny
* [Ask him whose unity #historical]
    "Anybody's who'll send coal," he says, and then, more quietly, "No. Not anybody's."
* [Tell him about the drivers at the depot]
    He listens. "Drivers always know before the union does," he says.
-
~ raise(workers_control, 4)
{ october ? occupied_plants:
    Marfa, whose looms ran three days on the cotton in store and then stopped, says it shorter: "No trains, no cotton, no wages." At the Arsenal they already count the coal by the sack. # recalls: october
}

Fyodor, from the depot: "The drivers shouted down their union man. Refuse, and they'll run the trains themselves."
{ defence ? bolsheviks_alone:
    Lidia stops you on the Smolny stairs, stiffly. "My party will still come in if the railwaymen get seats on the Soviet Executive too. Bargain. Don't surrender, and don't slam the door a second time." # decision: def_vikzhel
- else:
    Lidia, on the Smolny stairs: "We'll come in if the railwaymen get seats on the Soviet Executive. Bargain; don't surrender or slam the door." # decision: def_vikzhel
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
Every factory resolution asked for unity; not one asked for Bolsheviks alone. So you take their unity, without asking too hard with whom, or at what price. # effect: The Red Guard falls and the government's authority returns: unity was bought with the rifles

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
You refuse. Vikzhel calls its strike. # event: strike nikolaevsky_station # effect: Left allies fall and the party splits: the rail strike is broken, and so is the coalition

In the Nikolaevsky engine shed the drivers vote in the coal smoke. A union man in a collar and tie speaks of solidarity; an old driver tells him to go and drive an engine himself. Nearly unanimous: the trains run. # event: train nikolaevsky_station # sfx: train

Within two days the strike is dead on half the lines. Lidia clears the Left SR room at Smolny. "You've won a revolution of Petrograd. Try running Russia with it."
{ not def_left_lost():
    At the door she stops. "We'll be back. The villages need the land decree more than I need to be right."
- else:
    She doesn't look back.
}
Anton hands you the paper: several Central Committee members have resigned in protest.

At home your father hears it all in silence. "The drivers were right about their union. That doesn't mean you were right about Lidia."
-> def_railwaymen

=== def_vikzhel_settle ===
~ defence += vikzhel_compromise
~ raise(left_allies, 10)
~ raise(legitimacy, 5)
{ def_left_lost():
    Nights of talks; the SR Central Committee walks out, and the railwaymen join the Soviet Executive. The Left SRs do not come in. # event: vote smolny # effect: Legitimacy rises a little: the railwaymen come in, the Left SRs stay out
    Lidia brings her party's answer herself. "{october ? rising_now:Your party took power over the Soviet's head, two weeks before the Congress. We won't sit in a government that a party made.|We buried the cadets from the palace last week. We won't sit with the men who gave that order.}" # recalls: october
    -> def_railwaymen
}
Nights of talks; the SR Central Committee walks out. The Left SRs come in, railwaymen join the Soviet Executive, and Lidia gets a desk in the land commissariat. # event: vote smolny # effect: Left allies and legitimacy rise: the Left SRs come in, and the railwaymen with them
{ defence ? bolsheviks_alone:
    She works among sacks of village petitions. You have never seen her happier, nor so ready to remind you of the night you sat alone.
}
-> def_railwaymen

=== def_railwaymen ===
# date: 1917-11-13
# scene: The engine shed
# place: nikolaevsky_station
On the 13th the rank-and-file railwaymen condemn their executive as an "elite… that by no means reflects the revolutionary will of the proletariat." # cite: 28
{
- defence ? refused_vikzhel:
    Fyodor reads it out as if he had written it. "The men were with us all along." Nobody mentions the empty Left SR room.
- defence ? bolsheviks_alone:
    "If we'd known that on the third," Fyodor says, "we'd have bargained harder."
}
-> def_vikzhel_note

=== def_vikzhel_note ===
What really happened: Vikzhel's ultimatum (29 October) demanded an all-socialist government; the right socialists asked for all armed forces under the City Duma. A Bolshevik-Left SR government followed, with railwaymen on the Soviet Executive. # note # cite: essay
The essay calls that demand disarming the revolution; Mandel asks: unity on what basis, at what price? # note # interpretation # cite: 29
{ defence ? refused_vikzhel:
    -> def_road_alone_winter
}
-> def_elections

=== def_elections ===
# date: 1917-11-15
# scene: The vote
# place: vyborg
You queue in the snow with Marfa to vote for the Constituent Assembly. "Third vote this year," she says. "The district duma, the city duma, and now all Russia." # event: vote vyborg
{ def_left_lost():
    Lidia, canvassing on the next corner, will not shake your hand, but she is angrier with her own party than with yours: her name is on the same SR list as Kerensky's friends, drawn up before the split. "A peasant who votes SR for the land votes for the men who'll put it off."
- else:
    Lidia canvasses on the next corner, furious to share an SR list with Kerensky's friends.
}

At the corner by the Sampsonievsky bridge an SR candidate stands on a crate: a village schoolteacher from Tambov, in a man's sheepskin, with a blue folder under her arm. She is Chernov's, not Lidia's. The little crowd of Vyborg women is ready to jeer her.
* [Stay and hear her out #historical]
    ~ heard_the_sr = true
    "Eighty million peasants have never been asked anything," she says, "and you want a party in Petrograd to answer for them? The land must come by law, one law for every province, passed by the people's own Assembly, so no commissar and no landlord's son can take it back. Seized land is held by whoever has the rifles. Land by law is held by the whole country." She holds up the folder. "This is the bill. Read it before you call us Kerensky's friends."
    Marfa, beside you, says nothing all the way home, then: "She wasn't wrong about the rifles."
* [Take Marfa home before the jeering starts]
    The jeering starts anyway as you leave. The schoolteacher waits it out, folder under her arm, and begins again.
-
The results: factories for the party, villages for the SRs. # event: flag vyborg peterhof kronstadt
What really happened: SRs 40%, Bolsheviks almost 24%, Kadets 4.7%, Mensheviks 2.3%; the Bolsheviks took 70% in Vyborg and over 62% in the Baltic Fleet. # note # cite: essay
{ october ? kamenev_zinoviev_line:
    -> def_vote_assembly
}
-> def_assembly

=== def_assembly ===
# date: 1918-01-03
# scene: The eve of the Assembly
# place: smolny
The Assembly meets on the fifth, in the Tauride Palace.

Osip, snow on his collar: "The country voted. Let Chernov govern, and fight him in the open."
{ heard_the_sr:
    You think of the schoolteacher's blue folder. # recalls: heard_the_sr
}

Anton: "Let it sit if it recognises Soviet power and the decrees. If not, it has chosen."

Petya, posted to the Tauride guard: "Soviets we can recall. That Assembly's a photograph of September."
{ def_left_lost():
    Lidia, who barely speaks to you now, sends a note all the same: "Then call new elections, with separate lists, ours and Chernov's. It's Lenin's own argument about the lists. Carry it through." # decision: def_assembly
- else:
    Lidia: "Then call new elections, with separate lists, ours and Chernov's. It's Lenin's own argument. Carry it through." # decision: def_assembly
}
* [Accept the Assembly's authority] -> def_assembly_accept
* [Let it sit only if it ratifies Soviet power and the decrees] -> def_assembly_conditional
* [Walk out if it defies the soviets, and let the Soviet close it #historical] -> def_assembly_dissolve
* [Call new elections with separate Left SR lists] -> def_assembly_new

=== def_assembly_accept ===
~ defence += accepted_assembly
~ raise(moderates_cred, 10)
~ raise(legitimacy, 5)
~ lower(left_allies, 10)
You carry Osip's argument to the district committee, then to the Soviet. It wins more hands than anyone expected. People are tired, and the Assembly is what they were promised. # event: vote tauride_palace # effect: Moderates' credibility rises, left allies fall: the soviets bow to the Assembly

Fyodor walks out of the meeting. Petya, who was to have guarded the Tauride, tears up his orders in front of you. "So we hand it back," he says. "Everything since October. To Kerensky's friends on a ballot paper." He goes back to Kronstadt that night.

On the fifth you stand in the gallery of the Tauride Palace and watch the Soviet's delegates read their statement: the soviets recognise the Assembly as the power in the land. The SR benches rise and applaud. Lidia, below you, does not. # event: vote tauride_palace
-> ending_assembly_sovereign

=== def_assembly_new ===
~ defence += new_elections
~ raise(left_allies, 10)
~ reaction(5)
You carry Lidia's argument to the Soviet Executive, and with the Left SRs' votes it passes: the Assembly is postponed, and new elections called on separate lists. # event: vote smolny # effect: Left allies rise, and so does the counter-revolution: a second vote, and a locked door

Anton is appalled. "We said for a year that the bourgeoisie would never let the Assembly meet. Now we're the ones locking the door." Fyodor is appalled for the opposite reason: "Another vote? We've voted all year. Who do they think took the Winter Palace?"

Your father shakes his head over the newspaper. "Twice in one winter the whole country goes to vote? The peasants will think we're mad, or cheating." Only Lidia is happy, already packing leaflets. "The villages will choose properly this time," she says. "Between the ones who gave them the land and the ones who only talked about it."
-> ending_second_vote

=== def_assembly_conditional ===
~ defence += conditional_assembly
~ raise(legitimacy, 3)
You vote for Anton's line: the Assembly will be asked to recognise Soviet power and the decrees before anything else. # effect: Legitimacy rises a little: the Assembly is asked first, before anything else

"Good," Lidia says. "If they vote for the land and the soviets, Russia has both. If they won't, every peasant will know who refused." Petya shrugs. "They won't, and then we'll do it my way, a day later."
-> def_assembly_note

=== def_assembly_dissolve ===
~ defence += dissolved_assembly
You vote with Petya: if the Assembly defies the soviets, the party walks out and the Soviet closes it. # effect: Legitimacy will be argued over for a century: the soviets will not yield to the Assembly
-> def_assembly_note

=== def_assembly_note ===
What really happened: on 5 January the Assembly denounced the Soviet government; the Bolsheviks read a declaration and walked out, and the dissolution was decreed the next day. # note # cite: essay
The essay has the Bolsheviks' declaration itself dissolve the Assembly; the record shows the walk-out first, the decree after, and a land law passed in the Assembly's last minutes. # note
The essay defends the dissolution: soviets were a higher form of democracy. Many historians see the end of Russia's first freely elected parliament. # note # interpretation # cite: essay
{ defence ? conditional_assembly:
    -> def_road_assembly
}
-> def_march

=== def_march ===
~ demonstrate((liteiny))
# date: 1918-01-05
# scene: Liteiny Prospekt, the morning of the Assembly
# place: liteiny
Fyodor's Red Guards hold Liteiny with a machine gun against the march on the Tauride Palace. # event: red_guard liteiny

It comes from the Field of Mars under red banners, Osip and the printers in front{ defence ? osip_neutral:; he took no side, he told you, but the vote is not a side}. "Let us through to our own parliament!" # event: march field_of_mars liteiny # sfx: crowd

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
You wave the cordon aside. Fyodor swears at you in front of his men. The march flows past the machine gun to the railings of the Tauride Palace. # event: march liteiny tauride_palace # music: marseillaise # effect: Legitimacy and moderates rise: the march reached the railings and nobody fired

A student climbs the railings and a sailor levels a rifle at him; Petya knocks the barrel up. Then the marchers simply stand in the frost, singing the Marseillaise, until the sun goes down.

They go home with frozen feet. Osip, passing, lifts his hat to you. Nobody has fired a shot.
{ defence ? osip_neutral:
    Later he finds you by the cordon. "You'll close it anyway, won't you," he says. "But you let us walk. I'll remember that when they ask me which side I'm on."
}
-> def_march_note

=== def_march_contain ===
~ defence += contained_march
~ raise(repression, 3)
The cordon locks arms across Liteiny. The front rank pushes, the Red Guards push back, and banner poles crack. For a long minute it could go either way. # event: barricade liteiny # sfx: crowd_roar # effect: Repression rises a little: the cordon held, the march broke up, nobody died

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
Fyodor's men fire over the heads. The march keeps coming. The next volley is lower. # event: shots liteiny # sfx: volley # effect: Legitimacy falls and repression rises: the Red Guard fired on a march for the Assembly

Then the street is running people and dark shapes in the snow that do not get up. Osip kneels by a young compositor from his shop; when he looks up, you are among the Red Guards.
{ defence ? osip_with_duma:
    That night he leaves for the Volga. "When we meet again, one of us will be in the wrong army."
- else:
    He carries the boy back to the print shop, and the next morning he is at his case again, setting type with a face like stone.
}
-> def_march_note

=== def_march_note ===
What really happened: the Red Guard broke up marches for the Assembly, days after an attempt on Lenin's life. Not in the essay: ten to twenty marchers were killed. # note # cite: essay
-> def_tauride_night

=== def_tauride_night ===
~ disperse((liteiny))
~ held += tauride_palace
# date: 1918-01-05
# scene: The Tauride Palace, night
# place: tauride_palace
In the Tauride, sailors leaning on the pillars, the SR majority elects Chernov chairman and denounces the Soviet government. # event: vote tauride_palace
{
- defence ? tolerated_march:
    Outside, the singing has long stopped, but the trampled banners still lie against the railings.
- defence ? contained_march:
    Outside, Anton's cordon still stamps its feet at the corner of Liteiny. The three Red Guards whose names he wrote down have been sent home to their factories, and Fyodor has not spoken to him since noon.
}
After a recess the Bolsheviks read their declaration against the majority and walk out.
* [Go with them #historical]
    You follow the delegates down the white corridor. Behind you the SR benches are still shouting.
* [Stay in the gallery to the end]
    You stay in the gallery, coat buttoned, to see what a parliament does when half of it has left.
-
{ def_left_lost():
    The Left SRs stay in their seats for hours, arguing among themselves. When at last they leave, it is by another door, and their statement does not mention you. Lidia does not look up at the gallery once.
- else:
    The Left SRs follow. "They wouldn't even vote on the land," Lidia says.
}

At four in the morning Zheleznyakov tells Chernov the guard is tired and the deputies should go home. Behind him Petya yawns. # event: occupy tauride_palace
In its last minutes, with the lamps going out, the rump votes a land law, the estates to the peasants without compensation, and goes home. The next day the Soviet Executive decrees it dissolved.
{ def_left_lost():
    -> ending_october_isolated
}
-> ending_october_historical

// The 1918 epilogue shared by the historical ending and the Assembly ending (a tunnel: -> def_epilogue_1918 ->).
=== def_epilogue_1918 ===
What came after: by late June 1918 (New Style) the SRs' Komuch held Samara without Bolsheviks or Left SRs; fighting on in the war lost it the peasants. # note # cite: essay # view: region # event: flag samara
Avksentiev found it "preposterous that those members of the Constituent Assembly gathered in Samara, numbering about fifty, could claim to represent the nation." # note # cite: 31
These governments fell to their own officers; Admiral Kolchak finished off the last. # note # cite: 32 # event: troops omsk
The essay concludes the choice was Soviet power or a dictatorship of officers and landlords; the revolution survived civil war, then succumbed to Stalinism. # note # interpretation # cite: essay
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
// have already raised or lowered). Under 2: the line breaks. Under 25: a near thing.
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

