// Roads that leave history in the July Days (Act III) and run through August to endings of their own.
//   jul_road_trial: Lenin gave himself up (jul_lenin: to stand trial, or on the Soviet's guarantees). Entered from
//     jul_end, after the act's end, in place of kor_start. Decision jul_road_trial: how to fight his case.
//   jul_road_march: Kornilov's march, shared by every July road that plays on (the trial, the party that stayed out,
//     the party that fought and got away: story/roads/july_roads.ink). Decision jul_road_kornilov.
// After the general is beaten, the road goes on to the Soviet's vote on power (story/roads/jul_road_september.ink) and
// from there into October; its endings there are soviet_majority_republic (the Soviet majority governs) and
// petrograd_commune (armed Petrograd holds its stations alone, isolated). Standing aside and refusing the warning ends
// here at kornilov_victorious. What the player did is in jul_road (state.ink, Act III roads).

// ---------------------------------------------------------------------------
// August on the road of the trial: Lenin in Kresty
// ---------------------------------------------------------------------------

=== jul_road_trial
# act: kornilov
# date: 1917-08-04
# scene: The case against Lenin
# place: kresty
Dust greys the lime trees on the Arsenal embankment. At the Kresty gate a queue of lawyers' clerks stands in the sun with briefcases, and a boy sells sunflower seeds to the sentries.
{ jul_road ? guarantees_kept:
    Lenin has been inside four weeks. The Soviet's sentries still stand in his corridor, a new company every morning, and his letters come out in their pockets. # recalls: jul_road
- else:
    Lenin has been inside four weeks. The warders are the government's, and an officers' paper has printed which window is his. # recalls: jul_road
}
Twice the investigators have put the trial off. Their file is thick with telegrams about money through Stockholm and thin on anything a court could convict on; even Osip admits it, looking at the floor.
Kerensky heads the government now. His ministers would like the case to last until everyone has forgotten what it was about.
Anton comes with the committee's minutes under his arm. "Make the trial our platform. Every shop votes for an open court and a date; we print the charge sheet and answer it line by line. Let the whole city watch them fail to prove it."
Lidia has run from Smolny, where the Soviet sits now. "Don't leave him to Kerensky's judges. Ask the Soviet to hear the charge itself, with Martov's people on the commission. If socialists clear him, the slander dies."
Fyodor waits at the New Lessner gate. "Courts, commissions. The day a general comes, the officers will settle it with a rope. Give me twenty men and the night warders' names." # decision: jul_road_trial
* [Make the trial a campaign in every factory] -> jul_road_campaign
* [Ask the Soviet to hear the charge itself] -> jul_road_soviet_court
* [Plan to break him out] -> jul_road_jailbreak

=== jul_road_campaign
~ jul_road += trial_campaign
~ agitate(5)
~ raise(legitimacy, 3)
~ raise(worker_confidence, 3)
~ discredit_moderates(2)
The resolutions come in faster than you can copy them: New Lessner, the Erikson shops, Putilov, the cotton mill. "An open court for Lenin, with a date." Marfa's weavers add a line of their own about the price of bread, and nobody has the heart to strike it out. # date: 1917-08-12 # scene: The resolutions # place: vyborg # event: vote vyborg peterhof
The party prints the charge sheet as a leaflet, each accusation in black and its answer beside it. Your father brings one home from the Arsenal, folded very small.
"They say they have proof," he says. "Then why don't they try him?" He does not wait for an answer. # effect: Party organisation, legitimacy and the workers' confidence grow: the factories demand an open trial
~ father_hears(1)
-> jul_road_trial_note

=== jul_road_soviet_court
~ jul_road += soviet_court
~ raise(left_allies, 5)
~ raise(legitimacy, 4)
~ raise(moderates_cred, 2)
~ split_party(4)
The Soviet names a commission of seven: two Mensheviks, two SRs, one of Martov's people, Lidia for the Left SRs, and Anton for you. Osip is its secretary. For nine evenings they read the file in a classroom at Smolny with the windows open. # date: 1917-08-14 # scene: The Soviet's commission # place: smolny # event: vote smolny
Their report is two pages long: money passed through Stockholm, its weight is in dispute, and nothing shows Lenin took orders from anyone. The Executive thanks the commission and files the report, so as not to embarrass the government.
"Filed," Lidia says on the stairs, white with rage. "They know, and they filed it." Fyodor's men call the whole thing begging, and say so at every gate. # effect: The left allies and legitimacy grow, party unity falls: socialists cleared Lenin, and the Executive buried it
-> jul_road_trial_note

// The rash road: a warning first, and a chance to call it off.
=== jul_road_jailbreak
~ raise(red_guard, 3)
Fyodor has a lorry, a warder who drinks, and a night: the twentieth, when the cement barges block the embankment and the patrols go round by the bridge. # date: 1917-08-18 # scene: The plan # place: kresty
Anton hears of it and comes up your stairs two at a time. "Since the Moscow conference they've doubled the warders. The officers' papers are waiting for a Bolshevik jailbreak, and if he is shot in the yard, they have their proof and we have no leader."
Marfa, who has been listening from the landing: "You gave him up to their court so the party would look clean. Break him out now and you've paid for nothing." # effect: Danger: a jailbreak would hand the government its proof, and Lenin's life is the stake
* [Call it off]
    ~ jul_road += jailbreak_called_off
    ~ split_party(3)
    You tell Fyodor at the New Lessner gate. He hears you out, spits, and gives the warder's name to nobody. "When the general comes, remember I offered." # effect: Party unity dips, the danger passes: Fyodor's men feel let down
* [Let Fyodor go ahead]
    ~ jul_road += jailbreak_tried
    ~ repress(10, 200)
    ~ reaction(6)
    ~ lower(legitimacy, 6)
    ~ split_party(5)
    The lorry is stopped on the embankment before it reaches the gate. Two of Fyodor's men are shot running; Fyodor is taken with a warder's key in his pocket. # date: 1917-08-20 # event: shots kresty # sfx: shots
    By morning Lenin has been moved across the river to the Peter and Paul Fortress, under Cossacks, and the Soviet's sentries have been sent back to their barracks. The officers' papers print the key. # event: arrest peter_paul_fortress # effect: Repression and the right rise, legitimacy falls: the jailbreak failed and proved the government's case
- -> jul_road_trial_note

=== jul_road_trial_note
What really happened: Lenin did not give himself up. He hid at Razliv and then in Finland, and wrote from hiding; the charge of being a German agent was never tried. # note # cite: essay
Not in the essay: the Bolsheviks' Sixth Congress, meeting half underground in late July, declared against his appearing before the government's court. # note
-> jul_road_march

// ---------------------------------------------------------------------------
// Late August: Kornilov's march, on every July road that plays on
// ---------------------------------------------------------------------------

=== jul_road_march
# date: 1917-08-27
# scene: The general marches
# place: vyborg
# view: approaches
Riga fell six days ago. This morning Kerensky dismissed his Supreme Commander, and the Supreme Commander has not gone: the cavalry of the 3rd Corps, the Savage Division among them, are on the railway to Petrograd. # event: troops luga # sfx: telegraph # music: stinger_dread
What he asked of Kerensky in July, he now means to take with cavalry.
{
- jul_road ? jailbreak_tried:
    Lenin is in the Peter and Paul Fortress under Cossack guard, and Fyodor is in Kresty. If the general reaches the city, no court will be troubled with either of them. # recalls: jul_road
- jul_road ? lenin_in_court:
    Kresty is a few streets from your room. If the general reaches the city, the officers will not wait for a verdict on Lenin. # recalls: jul_road
- jul_road ? calmed_regiments:
    In July you stood on the Soviet's lorry and told the regiments to go home. The Soviet's men remember it kindly. So do the regiments, in their way: the rifles on the Vyborg side are Fyodor's now, under black ribbons. # recalls: jul_road
- july ? stayed_out_of_july:
    The party kept out of July, and it meets the general with clean hands and few rifles. Most of the rifles on the Vyborg side are Fyodor's, and they hang under black ribbons. # recalls: july
- july ? general_strike_for_press:
    The district that struck for its paper in July meets the general with {workers_control >= 50:its factory committees in the owners' ledgers|empty gates and short rations}. The Red Guard's rifles are where they were in July, under the floorboards. # recalls: july
- else:
    The papers that called you July's rebels now ask where the rebels are. Your people are in Kresty, underground or hiding in Lesnoy, and the rifles from July are under floorboards. # recalls: july
}
{
- kornilov ? won_back_kronstadt:
    Petya has kept his word since Anchor Square: Kronstadt's boats are ready, and they wait for yours. # recalls: kornilov
- kornilov ? armed_the_anarchists || kornilov ? took_the_rising_underground:
    Fyodor's men are armed and drilled, and they answer to nobody's committee. # recalls: kornilov
- kornilov ? accepted_censure:
    Anton chairs the district committee now, and he has brought you back to the table for this. # recalls: kornilov
}
At Smolny the Soviet has set up a committee to fight the general: Mensheviks, SRs, and a few of your own people on the benches.
Lidia comes from it with a list of the factories that have answered. "Put every rifle you have under the Soviet's committee. The whole democracy against one general, and nobody can call it a Bolshevik plot."
{ july ? stayed_out_of_july && kornilov !? won_back_kronstadt:
    Petya comes off the Kronstadt boat with a mandate in his cap, and not for your sake. "Committees. The fleet sails tonight under its own command. Bring your Red Guard if you're coming this time. We stop him, and we keep the rifles afterwards, so nobody needs saving twice." # recalls: july
- else:
    Petya comes off the Kronstadt boat with a mandate in his cap. "Committees. The fleet sails tonight under its own command, with your Red Guard. We stop him, and we keep the rifles afterwards, so nobody needs saving twice."
}
{ jul_road ? lenin_in_court:
    Anton, grey after a month of lawyers: "Every Bolshevik rifle this week is an exhibit for the prosecution. Keep our people at the benches. Kerensky's soldiers can deal with Kerensky's general." # recalls: jul_road
- else:
    Fyodor{july ? stayed_out_of_july:, black ribbon and all}: "Kerensky and Kornilov are two sides of one coin. Let them fight, and we pick up what's left."
}
The district looks to you. # decision: jul_road_kornilov
* [Put your people under the Soviet's committee] -> jul_road_committee
* [Fight him under your own command, with Kronstadt] -> jul_road_own
* [Stand aside and let them fight it out] -> jul_road_aside

// Beside the Soviet majority: the general is beaten, and the victory is theirs.
=== jul_road_committee
~ jul_road += under_soviet_committee
~ raise(moderates_cred, 8)
~ raise(gov_authority, 4)
~ raise(left_allies, 4)
~ raise(legitimacy, 4)
~ raise(garrison, 6)
~ raise(red_guard, 4)
~ lower(counter_threat, 20)
~ armed_workers += vyborg
The Soviet's committee hands out rifles at the Arsenal, counted and signed for, and your people take them where its commissars send them: trenches at Pulkovo, pickets on the stations, agitators down the line. # date: 1917-08-29 # scene: Under the Soviet's committee # place: pulkovo_heights # view: approaches # event: red_guard vyborg pulkovo_heights
The railwaymen do the rest. They switch the cavalry's trains into sidings and lose their engines, and the troopers find themselves in fields outside Luga with nothing to eat and men from Petrograd asking them what they are fighting for. # event: train luga
{
- jul_road ? soviet_court:
    Osip, sharing your trench, says the commission should have been published. "If we win this, I will publish it myself." # recalls: jul_road
- jul_road ? lenin_in_court:
    On the thirtieth the Soviet's committee sends its own guard to Kresty, to make sure the officers' friends do not reach Lenin first. # recalls: jul_road
- july ? stayed_out_of_july:
    The Menshevik commissar at your station treats you as an ally, which is new, and Fyodor's anarchists as a danger, which is not. # recalls: july
- else:
    The SR commissar at your station reads your name off his list, looks at you a long moment, and gives you the Finland Station anyway. # recalls: july
}
On the thirty-first General Krymov shoots himself. On the first of September Kornilov is arrested. The coup has fallen apart almost without a shot, and every paper says the Soviet saved the revolution. # date: 1917-09-01 # event: arrest # effect: The moderates and the government gain, the right falls back: the Soviet majority led the defence, and you fought under it
The Soviet's commissar comes to the Erikson works with his ledger to collect the rifles, counted and signed for, as they went out.
* [Hand them back, as signed for]
    ~ raise(moderates_cred, 2)
    ~ lower(red_guard, 4)
    You count them onto his cart yourself. He shakes your hand and writes "returned in full" in a careful clerk's hand. Fyodor's men watch from the shed roof. # effect: The moderates gain a little, the Red Guard shrinks: the rifles go back to the Soviet
* [Lose a few under the floorboards]
    ~ jul_road += kept_rifles
    ~ raise(red_guard, 3)
    ~ lower(left_allies, 2)
    Forty rifles go back on the cart, and the ledger says sixty went out. The commissar looks at the number a long time, and then at you, and writes nothing. # effect: The Red Guard keeps some rifles, the Soviet's trust slips: the ledger does not add up
- -> jul_road_after

// Under its own command: armed Petrograd beats the general, and will not give the rifles back.
=== jul_road_own
~ jul_road += own_command
~ raise(red_guard, 15)
~ raise(fleet, 8)
~ raise(worker_confidence, 6)
~ lower(gov_authority, 10)
~ lower(left_allies, 5)
~ lower(counter_threat, 15)
~ raise(repression, 4)
~ armed_workers += (vyborg, petrograd_side, peterhof)
~ held += (finland_station, liteiny_bridge)
Kronstadt's boats land at the Nikolaevsky bridge before dawn. The Vyborg Red Guard draws rifles from its own floorboards and takes the Finland Station without asking anybody. # date: 1917-08-28 # scene: Under your own command # place: finland_station # view: approaches # event: sailors kronstadt nikolaevsky_bridge # event: red_guard vyborg finland_station
{
- jul_road ? jailbreak_tried:
    At noon Fyodor's men open Kresty "against the officers", and Fyodor walks out with them. The Cossacks at the fortress hold their gate, and Lenin stays behind it. # recalls: jul_road
- jul_road ? lenin_in_court:
    At noon Fyodor's men open Kresty "against the officers", and Lenin walks out between two sailors without a word to the Soviet's sentries, who do not stop him. # recalls: jul_road
- july ? stayed_out_of_july:
    Fyodor's anarchists march beside your Red Guard under their own flag, and the workers cheer the black one as loudly as the red. # recalls: july
}
Your agitators and Petya's sailors go down the line to Luga. The railwaymen, who take no orders from Smolny this week, take yours. The Savage Division's troopers, stuck in sidings, listen. On the thirty-first Krymov shoots himself; on the first Kornilov is arrested. # date: 1917-09-01 # event: train luga
At Smolny the Soviet's majority thanks the defenders and asks for its rifles back. Petya laughs in the commissar's face. # effect: The Red Guard and the fleet soar, the government and the left allies fall: armed Petrograd beat the general on its own
-> jul_road_after

// The rash road: standing aside again. A warning, and a last way in.
=== jul_road_aside
~ jul_road += stood_aside
~ raise(counter_threat, 10)
~ lower(worker_confidence, 5)
~ lower(fleet, 5)
You keep your people at the benches. On the twenty-ninth the cavalry are at Vyritsa, a day's ride from Tsarskoe Selo, and the Soviet's committee has appeals, commissars and not enough men. # date: 1917-08-29 # scene: The benches # place: vyborg # view: approaches # event: troops tsarskoe_selo
The railwaymen at Luga have asked twice whose orders they should take. Nobody from Vyborg has answered.
Marfa comes to the Erikson gate with a spade on her shoulder and two hundred weavers behind her. "We sat out once this summer. My girls are going to dig at Pulkovo, with you or without you."
Lidia, from the back of a lorry: "If he takes the city, he will not ask which socialists stood aside." # effect: Danger: the defence lacks the factories, and Kornilov's cavalry come on
* [Go to Pulkovo with Marfa's weavers]
    -> jul_road_late
* [Keep the party out of it]
    -> jul_road_general

= jul_road_late
~ jul_road += joined_late
~ raise(moderates_cred, 6)
~ lower(counter_threat, 15)
~ raise(garrison, 3)
You take the Erikson men to Pulkovo behind Marfa's spades, a day late. The trenches are half dug by then, by Menshevik printers and SR soldiers, and nobody makes room for you. # date: 1917-08-30 # scene: Pulkovo, a day late # place: pulkovo_heights # event: red_guard pulkovo_heights
Down the line the railwaymen make up their own minds: sidings, lost engines, a bridge that will not take the weight. On the first of September Kornilov is arrested, and the Soviet's committee thanks its defenders by name. Yours is not among them. # date: 1917-09-01 # event: train luga # effect: The moderates gain and the right falls back: the defence held, and the Soviet majority led it
-> jul_road_after

= jul_road_general
~ lower(garrison, 8)
~ raise(counter_threat, 15)
The railwaymen wait for a word from the Vyborg side that does not come, and the cavalry trains roll through Luga. Marfa goes to Pulkovo without you, and digs all night beside strangers. # date: 1917-08-30 # scene: The trains come on # place: luga # view: approaches # event: troops luga tsarskoe_selo # sfx: train
{ jul_road ? lenin_in_court:
    On the night the cavalry reach Tsarskoe Selo, officers with a list come to Kresty, and the warders let them in. # recalls: jul_road
}
-> ending_kornilov_victorious

// ---------------------------------------------------------------------------
// 3 July on the road of a party that voted with the Soviet majority in June (or abstained): the regiments
// will not follow it. It enters the road of the party that stayed out (stayed_out_of_july), or the rising.
// ---------------------------------------------------------------------------

=== jul_road_bound
By evening the lorries are being loaded anyway, and the Petersburg Committee has voted to march with the regiments. Nobody asks your fraction: in this square the June vote is all they know of you.
Osip pushes through the crowd with two men of the Soviet's Executive in red armbands. "You stood with us in June. Stand with us now: get up on that lorry and tell them to go back to barracks. The Soviet will hear every grievance; I give you my word." # recalls: july
Anton, at your elbow: "The Central Committee said no demonstration. Keep our people at the lathes and our name out of it."
Fyodor, on the machine-gunners' steps: "They shouted you down once today. Give them a rising instead of a sermon, and they'll forget June by morning." # decision: jul_bound_regiments
* [Go up on the lorry with Osip] -> jul_road_calm
* [Keep your people at the lathes, as Anton says] -> jul_stay_out
* [Make it a rising, to wipe out June] -> jul_rising

=== jul_road_calm
~ july += stayed_out_of_july
~ jul_road += calmed_regiments
~ lower(fleet, 15)
~ lower(garrison, 10)
~ lower(worker_confidence, 5)
~ raise(moderates_cred, 5)
~ raise(left_allies, 2)
~ split_party(6)
~ demonstrate((petrograd_side, liteiny, rozhdestvensky, admiralty_centre))
You climb up beside Osip. The machine-gunners give him a minute and you less; someone throws a boot. Grisha, in the second rank, looks at the ground until you have finished. # sfx: crowd_roar # event: crowd vyborg # effect: Fleet and garrison turn away, the moderates gain: a Bolshevik spoke for the Soviet majority against the regiments
The lorries go all the same. On the fourth the Kronstadt columns cross the bridge under black flags, and at the Tauride the Executive you spoke for telephones the front for troops. Shots on the Nevsky in the afternoon; then rain. # date: 1917-07-04 # scene: The lorry # place: vyborg # event: sailors kronstadt tauride_palace
~ july_toll(250)
At midnight Petya is on your stairs, soaked. "They had Chernov in their hands at the Tauride. We yelled at him: 'Take power, you son-of-a-bitch, when it is given to you.'" # cite: 14
"And you were on a Menshevik lorry telling the regiments to go home." He does not spit. He just takes the first boat back.
-> jul_demonstration_note

// ---------------------------------------------------------------------------
// August on the road of the strike for the press (jul_after_shooting): the owners' turn, and the committees' answer.
// Entered from jul_end, after the act's end, in place of kor_start. Decision jul_road_strike.
// ---------------------------------------------------------------------------

=== jul_road_strike
# act: kornilov
# date: 1917-08-08
# scene: The owners' August
# place: vyborg
Heat and coal smoke on Sampsonievsky. Every week another gate on the Vyborg side has a notice nailed to it: closed for want of fuel, for want of orders, until further notice.
{ july ? strike_held:
    The July strike won the paper back under its new name, and the owners have not forgiven it. They close a shop at a time, politely, and the Soviet's Executive says it cannot interfere with private property. # recalls: july
- else:
    The lock-outs that broke the July strike have not ended. Marfa's weavers are still turned off, and the village girls who replaced them are already asking what a union is. # recalls: july
}
Marfa has the industrialists' own paper, spread on her kitchen table. By its count, of 75 plants closed since April, 54 were closed to break the workers. "Their words," she says. "Not ours." # cite: essay
Anton: "Take it to the factory committees. Open the books, prove every closure is sabotage, and make the Soviet order the gates reopened. Slowly, on paper, where they can't call it a riot."
Marfa: "The owners are at their dachas in Finland. The machines are here. Open the gates ourselves and run the looms."
Fyodor: "Once more, the whole city, until every lock-out is lifted. They broke one strike; they can't break all Piter." # decision: jul_road_strike
* [Take the closures to the factory committees] -> jul_road_books
* [Open the gates and run the mill yourselves] -> jul_road_takeover
* [Call a second general strike] -> jul_road_second_strike

=== jul_road_books
~ raise(workers_control, 6)
~ raise(legitimacy, 2)
~ agitate(3)
~ raise(left_allies, 2)
The factory committees' delegates meet at Smolny in a room too small for them, and for three days they read owners' ledgers aloud: coal bought and never burned, orders refused, machines sold to Finland. # date: 1917-08-16 # scene: The committees read the books # place: smolny # event: vote smolny
An anarchist delegate says the workers can run the plants without any state at all. A Putilov man answers that no committee can keep a plant open under a government that lets the owners close it. The hall votes with the Putilov man, and sends the ledgers to the Soviet. # cite: 17
The Soviet's Executive thanks the delegates and refers the ledgers to the ministry. Two gates reopen. Eleven stay shut. # effect: Workers' control and the party's organisation grow: the committees proved the sabotage, and learned what a ministry does with proof
-> jul_road_strike_note

=== jul_road_takeover
~ raise(workers_control, 12)
~ crisis(4)
~ raise(repression, 4)
~ raise(counter_threat, 4)
~ raise(worker_confidence, 4)
On a Monday at six the weavers climb the mill gate, Marfa first, and the watchman opens it from inside rather than be climbed over. # date: 1917-08-14 # scene: The mill without owners # place: vyborg # event: occupy vyborg
The looms run for nine days on the cotton in the store. Then the store is empty, the banks will not honour the committee's signature, and the railway will not carry cotton consigned to a factory with no owner. The owners' paper calls it theft; the Ministry of Labour calls it anarchy. # effect: Workers' control leaps and workers' confidence grows, but the crisis deepens and the right takes note: a mill without owners or cotton
"We can run it," Marfa says, sitting on an empty bale. "We just can't feed it."
-> jul_road_strike_note

// The rash road: a second strike in a hungry district. A warning first.
=== jul_road_second_strike
Fyodor has the New Lessner committee with him, and half the Erikson shops. # date: 1917-08-10 # scene: A second strike # place: new_lessner
Marfa, in the New Lessner yard, with her ration cards in her fist: "My girls have eaten bread and water since July. You want them out again on nothing? A hungry district strikes once. The second time it breaks, and the owners know it." # effect: Danger: a second strike would find the district hungry and the owners ready
Anton says nothing. He has written the lock-out figures on the back of the strike call and hands it to you.
* [Call it off]
    ~ split_party(3)
    ~ raise(workers_control, 2)
    You tell the New Lessner committee no. Fyodor tears the strike call in half and says the party has caught the Mensheviks' disease. The weavers go back to the gates with their petitions. # effect: Party unity dips, the danger passes: the district keeps what it has
* [Call it anyway]
    ~ strike((vyborg, peterhof))
    ~ lower(worker_confidence, 10)
    ~ lower(workers_control, 8)
    ~ lower(party_org, 6)
    ~ repress(6, 200)
    ~ end_strike((vyborg, peterhof))
    The Vyborg side comes out on the twelfth, and Putilov for a day. By the fifteenth the owners have posted new lists, with every striker's name on them, and the Soviet's Executive has appealed for order. The strike ends without a meeting to end it. # date: 1917-08-15 # event: strike vyborg peterhof # effect: Workers' confidence, workers' control and the party's cells fall: the second strike broke on hunger and lists
- -> jul_road_strike_note

=== jul_road_strike_note
What really happened: after July the Bolshevik papers were banned and reappeared under new names. Owners threatened closures as prices ate the wage rises, and workers came to suspect political sabotage; the essay argues they concluded that only state power could save their plants. # note # cite: essay, 17 # interpretation
-> jul_road_march
