// Roads that leave history in the July Days (Act III) and play on through Act IV.
// Entered from kor_start_roads (04_kornilov.ink); each goes on to Kornilov's march on its own road,
// jul_road_march (story/roads/jul_roads_more.ink), and from there to an ending of its own.
//   kor_road_kronstadt: the party stayed out of July (july ? stayed_out_of_july). Decision kor_kronstadt.
//   kor_road_reckoning: the party fought in July and got away (july ? rising_called_off or barricades_abandoned).
//     Decision kor_reckoning.
// What they leave for later acts: KornilovPath items won_back_kronstadt, armed_the_anarchists,
// built_among_the_cautious, accepted_censure, defended_the_rising, took_the_rising_underground, and the forces.

// ---------------------------------------------------------------------------
// The party that stayed home: Kronstadt and the anarchists
// ---------------------------------------------------------------------------

=== kor_road_kronstadt
# date: 1917-08-05
# scene: Anchor Square
# place: kronstadt
# view: approaches
The ferry to Kronstadt is half empty. On Anchor Square, where in May ten thousand sailors cheered any Bolshevik who would climb the steps, an anarchist speaks from the plinth and nobody stops him.
Petya meets you at the quay because you wrote, not because he wanted to. "The committee voted to hear you. I voted against." # recalls: july
In the evening, at the anarchists' dacha in Durnovo's garden, Fyodor says the same thing in fewer words. He has a rifle, forty friends and no party. "Give us rifles and a name, or leave us alone."
Anton, in Marfa's kitchen: "The Central Committee kept us out of July, and the Central Committee was right. Build where people still listen: the mill, the Arsenal, the SR soldiers who thought us wild."
Petya: "Come to the square and say you were wrong. Say it to their faces, not in a paper." # decision: kor_kronstadt
* [Build among the cautious, as Anton says]
    -> kor_road_cautious
* [Arm Fyodor's anarchists inside the Vyborg Red Guard]
    -> kor_road_arm_anarchists
* [Go up on Anchor Square and admit the party left them alone]
    -> kor_road_anchor_square

= kor_road_anchor_square
You climb the plinth in a wind off the Gulf. You say that the party left the sailors to march alone, that it was wrong, and that it will not do it again. Somebody throws a herring. Somebody else laughs, and then a lot of them do, and then they let you finish. # sfx: crowd
Petya walks you back to the ferry. "Don't make me a liar," he says. # effect: The fleet comes back to you, party unity dips: Vyborg admits the Central Committee's caution failed the sailors
~ kornilov += won_back_kronstadt
~ raise(fleet, 12)
~ split_party(3)
~ raise(worker_confidence, 2)
-> kor_road_kronstadt_note

= kor_road_arm_anarchists
Fyodor's forty sign the Red Guard ledger at the Erikson works under their own names, black ribbons and all. The rifles come from the same floorboards as before. # event: red_guard vyborg
Anton will not sign the minutes. The Kadet papers have the story within a week: Bolshevik and anarchist bandits arming together on the Vyborg side. # effect: The Red Guard grows, but so do repression and the general's case: armed anarchists under the party's name
~ kornilov += armed_the_anarchists
~ raise(red_guard, 8)
~ raise(fleet, 4)
~ raise(repression, 4)
~ reaction(3)
~ split_party(4)
-> kor_road_kronstadt_note

= kor_road_cautious
You spend August in the places July never reached. The weavers' meetings at the mill, Marfa in the chair. The Arsenal's dinner hour, where your father's mates let you speak because you are his daughter. The SR soldiers' committee of the Moscow Regiment, who thought the Bolsheviks wild in June and now see that they were not. # event: vote vyborg
Kronstadt does not write. Fyodor's anarchists paint "cowards" on the committee's door. # effect: Party organisation and the left allies grow, the fleet drifts away: the cautious workers come in, the sailors stay angry
~ kornilov += built_among_the_cautious
~ agitate(5)
~ raise(left_allies, 3)
~ lower(fleet, 4)
~ father_hears(1)
-> kor_road_kronstadt_note

= kor_road_kronstadt_note
What really happened: the Bolsheviks did not stay out of July. The essay says they judged it better to be inside the movement than to leave it to itself; on this road the party took the Central Committee's first advice, and the sailors marched without it. # note # cite: essay
-> jul_road_march

// ---------------------------------------------------------------------------
// The party that fought in July and got away: the reckoning
// ---------------------------------------------------------------------------

=== kor_road_reckoning
# date: 1917-07-28
# scene: The party congress
# place: vyborg
The party's congress meets half underground in a workers' club on the Vyborg side, delegates arriving in twos, sentries on the corners. Your district is on the agenda. # event: vote vyborg
{
- dp_road ? july_pulled_back:
    The commission's report is short: the Vyborg committee ran ahead of the party all spring, took the Tauride in July against the Central Committee's line, and held the Vyborg side for a night before it came home. The party paid for it with a prosecutor's file that starts in March, and the word "rising" in every paper. # recalls: dp_road
- july ? tried_to_seize_power:
    The commission's report is short: the Vyborg committee called a rising against the Central Committee's decision, and the party paid for it with its paper, its fortress and six hundred arrests. # recalls: july
- else:
    The commission's report is short: the Vyborg committee put up barricades against the Central Committee's order to retreat, and the party paid for it with four hundred arrests and the word "rising" in every paper. # recalls: july
}
Anton, who will be your judge and your defender both: "Accept the censure. Hand the committee to someone the centre trusts, and keep working. A party that cannot discipline itself will not be trusted with a city."
Fyodor has sent word from wherever he is: his men and his Maxim are ready, and the party can come underground with them or be left behind.
Petya, in the gallery with a Kronstadt mandate: "Tell them the truth. We were right too early. Say so, and the sailors will stand by you." # decision: kor_reckoning
* [Accept the censure and hand the committee to Anton]
    -> kor_road_censure
* [Take the Vyborg fighters underground with Fyodor]
    -> kor_road_underground
* [Defend the rising before the congress]
    -> kor_road_defend

= kor_road_censure
You say you were wrong, and that the Central Committee was right, and you sit down. Anton takes the chair of the district committee; you keep the Erikson cell and the mill. # effect: Party unity and organisation recover, the sailors cool: Vyborg accepts the party's discipline
Petya leaves the gallery before the vote.
~ kornilov += accepted_censure
~ raise(party_unity, 6)
~ raise(party_org, 3)
~ lower(fleet, 4)
~ lower(worker_confidence, 2)
-> kor_road_reckoning_note

= kor_road_defend
You tell the congress that the soldiers came out with or without the party, and that a party which will not lead them will not be followed. A third of the hall stamps its feet; the rest sits silent. The censure passes anyway, by forty votes. # effect: The fleet and the militants stay with you, party unity falls: Vyborg defends July before the congress
The Kadet papers print your speech under the headline "Bolsheviks boast of rising".
~ kornilov += defended_the_rising
~ split_party(6)
~ raise(fleet, 5)
~ raise(repression, 4)
~ raise(worker_confidence, 2)
-> kor_road_reckoning_note

= kor_road_underground
You leave the congress before the vote. Fyodor's men keep their rifles in a bathhouse on the Petrograd side; you find them more, from sentries who sell anything after July. # event: red_guard petrograd_side
The congress expels no one, yet, but the district committee meets without you. # effect: The Red Guard grows outside the party's control; unity and the right's fears both move: fighters go underground
~ kornilov += took_the_rising_underground
~ raise(red_guard, 7)
~ split_party(8)
~ raise(repression, 5)
~ reaction(3)
-> kor_road_reckoning_note

= kor_road_reckoning_note
Not in the essay: the Bolsheviks' Sixth Congress met half underground from 26 July to 3 August; Trotsky's group joined the party there. # note
On this road the party made the bid for power the essay says it rightly refused in July, and lived through it; the essay's view is that such a rising would be isolated. # note # interpretation # cite: essay
-> jul_road_march
