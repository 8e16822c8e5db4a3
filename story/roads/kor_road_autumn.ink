// Act IV roads into September and October (Act V's time): the Kornilov affair's alternatives play on to their own
// endings instead of rejoining Act V. Entered at kor_road_autumn, after the act's last scene (kor_roads, or the
// roads kor_road_answer and kor_road_directory in kornilov_roads.ink), by the door the player came in by:
//   kor_road_rash: the party struck at the government in the middle of the defence, demanded Kerensky's head first,
//     or marched on Smolny armed (took_the_bait, demanded_resignation, demanded_power_at_once). That was the first
//     mistake, and the road's first scene warns. Decisions kor_rash_answer, kor_rash_october; readying the rifles,
//     or voting to rise, leads to kor_road_warning, a last chance to call a party rising off.
//     Endings: assembly_sovereign, socialist_unity, premature_rising, congress_dispersed.
//   kor_road_credit: the party lay low in August or sat out the defence (lay_low, stayed_neutral): the moderates and
//     the railwaymen stopped Kornilov and keep the credit. Decisions kor_credit_autumn, kor_credit_october.
//     Endings: assembly_sovereign, congress_dispersed, premature_rising (after a warning).
//   kor_road_compromise: the party worked with the Soviet majority in August (backed_kerensky,
//     disbanded_defence_committees, or both campaigned_for_prisoners and asked_nothing), and early September's
//     compromise is offered and taken up. One of the two lesser steps alone (campaigning for the prisoners with
//     Martov's people, or asking nothing for the defence) is not a road: it goes on to kor_end and Act V, which remember it.
//     Decisions kor_compromise, kor_coalition. Endings: september_compromise (new), socialist_unity, congress_dispersed
//     (only after kor_road_order, a warning with a way out), assembly_sovereign, premature_rising (after a warning).
// The roads that end with the Assembly pass through kor_road_ballot (November and January) on the way.
// The KorRoad items (state.ink, "Act IV roads") record in the `kornilov` list what was done on these roads; the endings read them.

=== kor_road_autumn
{
- kornilov ? took_the_bait || kornilov ? demanded_resignation || kornilov ? demanded_power_at_once:
    -> kor_road_rash
- kornilov ? stayed_neutral || kornilov ? lay_low:
    -> kor_road_credit
- kornilov ? backed_kerensky || kornilov ? disbanded_defence_committees || (kornilov ? campaigned_for_prisoners && kornilov ? asked_nothing):
    -> kor_road_compromise
}
-> kor_end

// ---------------------------------------------------------------------------
// The stab in the back: the party struck at the wrong moment, and is warned
// ---------------------------------------------------------------------------

=== kor_road_rash
# date: 1917-09-04
# scene: The stab in the back
# place: vyborg
The city has been saved, and half of it blames the Bolsheviks for nearly losing it.
{
- kornilov ? took_the_bait:
    Every paper across the river prints the same photograph: {kornilov ? seized_palace_to_protect:sailors' boots on the gilded tables of the Winter Palace|the telegraph office courtyard under broken glass}, and under it the words "stab in the back". # recalls: kornilov
- kornilov ? demanded_resignation:
    The Menshevik papers print the Luga dead beside your ultimatum at Smolny, every morning: the day the Bolsheviks haggled for Kerensky's head with the enemy at the gates. # recalls: kornilov
- else:
    The papers print a photograph of the armed crowd in the Smolny drive, the night the Bolsheviks marched on the Soviet that had just beaten Kornilov. # recalls: kornilov
}
The Soviet's Executive has put the Vyborg delegates off its committees. On the Vyborg side the shops still read the party's paper; across the river the tram goes quiet when a Bolshevik climbs on.
Anton brings the Executive's terms. "Disown it in writing, and we get our seats back. And mark this: one more night like that, and nobody will come out for us when the government comes." # effect: Danger: the party is isolated after August; a second rash move will find it alone
"Disown nothing," says Fyodor. "We were right about Kerensky. Say it louder."
Petya has come over from Kronstadt. "Or say nothing and get ready. The Congress meets in October. Have the rifles where the Congress can find them." # decision: kor_rash_answer
* [Accept the censure and take the seats back]
    -> kor_road_rash_censure
* [Defend what the party did, in the open]
    -> kor_road_rash_defend
* [Say nothing and ready the rifles for October]
    -> kor_road_rash_ready

=== kor_road_rash_censure
You sign the letter at Anton's table: the Vyborg committee acted against the party's line and the Soviet's, and regrets it. The Executive reads it aloud. Two seats come back, at the far end of the table. # effect: Legitimacy recovers and the moderates gain, unity splits: Vyborg disowns its August in writing
{ kornilov ? disbanded_defence_committees:
    Fyodor, who tore up his Red Guard card over the rifles, now tears up his party card as well, in the New Lessner yard. The last of his friends go with him to the anarchists at Durnovo's dacha. # recalls: kornilov
- else:
    Fyodor tears his card in half in the New Lessner yard. A third of the Red Guard goes with him to the anarchists at Durnovo's dacha.
}
~ kornilov += rash_censured
~ raise(legitimacy, 6)
~ raise(moderates_cred, 3)
~ split_party(6)
~ lower(red_guard, 6)
What really happened: no Bolshevik rising came during the Kornilov affair, and the party gained from the defence; on this road it spends September buying back its name. # note # cite: essay
-> kor_road_rash_october

=== kor_road_rash_defend
# date: 1917-10-20
# scene: The press sealed
# place: trud_printing
You say it at every gate for six weeks: Kerensky and Kornilov were partners, and the party only said so with rifles. The Vyborg shops cheer. The garrison, which dug the trenches beside the Mensheviks, does not. # effect: Repression and the government's nerve grow: the party defends its August and the soldiers turn away
On the twentieth of October the cadets seal the party's press with wax and string. The soldiers' committees that would have protested in September send a delegation to ask what the Bolsheviks expected.
Anton reads the order twice. "We were warned," he says. "I told them, and then I signed what you said."
~ kornilov += rash_defended
~ lower(garrison, 10)
~ raise(gov_authority, 10)
~ raise(repression, 10)
What really happened: the party never had to defend a stab in the back; the defence it led against Kornilov brought the soldiers over in September. # note # cite: essay # interpretation
-> ending_congress_dispersed

=== kor_road_rash_ready
# date: 1917-10-08
# scene: The rifles in the coal
# place: vyborg
The rifles go under the coal heaps at New Lessner and into the sailors' holds at Kronstadt. Petya sends word that the fleet is ready whenever Vyborg is. # event: red_guard vyborg
Nobody at Smolny asks the Bolsheviks anything now, and nobody tells them anything. The Soviet's committees meet without you; the soldiers' section elects a Menshevik chairman by acclamation. # effect: Danger: the Red Guard arms in secret, and the party is more alone than in August
In the second week of October Fyodor hears that the cadets have a list of the coal heaps. He wants to go out before they come, and before the Congress can meet without you.
~ kornilov += rash_readied
~ raise(red_guard, 6)
~ lower(legitimacy, 6)
~ lower(left_allies, 4)
What really happened: no Bolshevik rising was ever prepared apart from the Soviet; the essay sets Trotsky's case for a rising timed to the Congress against one by the party alone. # note # cite: essay, 20 # interpretation
-> kor_road_warning

=== kor_road_rash_october
# date: 1917-10-12
# scene: Two seats at the end of the table
# place: smolny
By October your two delegates sit through the Soviet's committees in silence, taking notes. The bread ration is cut again, the Germans are in the Gulf of Riga, and the factories turn towards you anyway. # effect: Workers' confidence and the party's share grow: the crisis outruns the party's disgrace
{ kornilov ? took_the_bait:
    Still, every time a Bolshevik stands up, somebody in the hall shouts "Telegraph!" or "Palace!" # recalls: kornilov
}
The Congress of Soviets is called for late October. The party will come to it with perhaps a third of the seats.
"Go to the Congress and stand for the Assembly," Anton says. "We've been the party of August for long enough. Be the party of the ballot."
Fyodor, back from Durnovo's dacha for one evening: "Rise before the Congress. They will never forgive us August anyway."
Lidia: "Vote with us for a socialist government, any socialist government. The Kadets are waiting at the door." # decision: kor_rash_october
* [Stand for the Assembly and let the Congress wait for it]
    ~ kornilov += rash_assembly
    ~ raise(worker_confidence, 4)
    ~ raise(moderates_cred, 4)
    The party's lists go up on the gates. Marfa's name is on one, for the Vyborg side. The Congress meets, talks for two days, and refers the question of power to the Assembly. # effect: The moderates and the workers' confidence grow: the party waits for the Assembly's vote
    What really happened: the Congress opened on 25 October with power already taken by the Soviet's committee. # note # cite: essay
    -> kor_road_ballot
* [Rise before the Congress]
    ~ kornilov += rash_rose
    ~ lower(legitimacy, 4)
    Fyodor comes back from the dacha for good, with his friends and their rifles, and the district committee gives him the New Lessner yard to drill in. # event: red_guard new_lessner # effect: Legitimacy falls: the party of August makes ready to rise alone
    What really happened: the rising came on the eve of the Congress, through the Soviet's committee; a rising by the party alone is the road the essay warns against. # note # cite: essay, 20 # interpretation
    -> kor_road_warning
* [Vote with the Left SRs for a socialist government]
    ~ kornilov += rash_unity
    ~ raise(left_allies, 6)
    ~ raise(moderates_cred, 4)
    Your two votes and Lidia's fifty go to a socialist government. It is formed in November, after a month of talks, and by then the Kadets are back inside it "as specialists". # effect: Left allies and the moderates gain: the party votes for unity from the end of the table
    What really happened: the moderates refused to govern without the Kadets; the Bolsheviks took power through the Soviet instead. # note # cite: essay
    -> ending_socialist_unity

// ---------------------------------------------------------------------------
// Without the credit: the party that was not there
// ---------------------------------------------------------------------------

=== kor_road_credit
# date: 1917-09-06
# scene: Somebody else's victory
# place: new_lessner
The Soviet's re-elections begin in the factories, and the Bolsheviks stand in them as the party that was not there.
{
- kornilov ? joined_defence_late:
    At New Lessner the Menshevik steward who took names for the trenches is elected by a show of hands. "The Bolsheviks came too," he says, generously, "a day later." The yard laughs. # recalls: kornilov
- kornilov ? stayed_neutral:
    At New Lessner the Menshevik steward who took names for the trenches is elected by a show of hands. He thanks the Soviet, the railwaymen and the Kronstadt sailors, in that order. # recalls: kornilov
- else:
    After a quiet August the party's candidates are names the shops have not heard since June. The Menshevik steward who ran the trench parties is elected by a show of hands. # recalls: kornilov
}
{
- kornilov ? admitted_the_mistake:
    The men who shook your hand in the yard when you owned the mistake vote for you. There are not yet enough of them. # recalls: kornilov
- kornilov ? went_over_the_committee:
    The forty who signed the Soviet's Red Guard ledger with you are the party's best candidates now, and the district committee that lost its quorum has not met since. # recalls: kornilov
- kornilov ? defended_neutrality:
    The yard that voted to thank the Soviet's committee votes the same way again. # recalls: kornilov
}
The Mensheviks and SRs have the credit, and they spend it: the railwaymen's union, the soldiers' committees and the trench parties' rifles are theirs. The Kadets have left the government in disgrace, and for once the moderates are stronger than Kerensky. # effect: The moderates hold their ground and the party's share stalls: Kornilov was stopped without the Bolsheviks
~ raise(moderates_cred, 4)
~ lower(bolshevik_share, 2)
"Win the factories back one re-election at a time," Anton says. "It took three months after July. It can take three more."
Osip: "Or come into the Democratic Conference with us, as a party and not as a conspiracy. There's a seat for every socialist."
Fyodor: "Or build a Red Guard of our own. The Soviet armed its trench parties. We arm the party." # decision: kor_credit_autumn
* [Win the factories back, one re-election at a time]
    -> kor_road_credit_rebuild
* [Go into the Democratic Conference with the Soviet majority]
    -> kor_road_credit_conference
* [Build a Red Guard of the party's own]
    -> kor_road_credit_guard

=== kor_road_credit_rebuild
You speak at a gate every morning and a shop meeting every night. It goes slowly, and then faster: the bread ration is cut, the closures start, and the soviets the moderates won in September begin to ask why nothing has changed. # event: crowd new_lessner # effect: Workers' confidence and the party's share recover: the crisis brings the factories back, slowly
~ kornilov += credit_rebuilt
~ raise(worker_confidence, 4)
~ raise(bolshevik_share, 6)
~ raise(party_org, 4)
What really happened: the Bolsheviks won majorities in the Petrograd and Moscow soviets in early September, on the credit of the defence. # note # cite: essay
-> kor_road_credit_october

=== kor_road_credit_conference
# date: 1917-09-20
# scene: The Democratic Conference
# place: alexandrinsky_theatre
In the Alexandrinsky Theatre the delegates sit in the velvet boxes. The Conference votes for a coalition, then against the Kadets, then against a coalition without them, and in the end leaves it to Kerensky. # event: vote alexandrinsky_theatre
Your party sits in the Pre-parliament that comes of it, a small bench on the left, and votes with the minority every time. Kerensky has his government back, and his nerve. # effect: The government's authority recovers: the party lends its name to the moderates' institutions
~ kornilov += credit_conference
~ raise(gov_authority, 8)
~ lower(bolshevik_share, 3)
~ lower(garrison, 6)
In October the garrison's best regiments are ordered to the front, and the Pre-parliament, your bench included, is asked to approve. Fyodor does not wait to hear how you voted.
Not in the essay: the Conference met on 14-22 September and voted as here; the Bolsheviks walked out of the Pre-parliament on its first day, 7 October. # note
-> ending_congress_dispersed

=== kor_road_credit_guard
# date: 1917-10-14
# scene: A guard of the party's own
# place: new_lessner
By October Fyodor has eight hundred men drilling at New Lessner, party cards in their breast pockets and the Soviet's stewards kept out of the yard. # event: red_guard new_lessner # effect: The Red Guard grows and the left allies cool: the party arms apart from the Soviet
{ kornilov ? admitted_the_mistake:
    He came back for this, with the dozen who walked out of the yard with him in September. # recalls: kornilov
}
~ kornilov += credit_guard
~ raise(red_guard, 10)
~ lower(left_allies, 4)
-> kor_road_warning

=== kor_road_credit_october
# date: 1917-10-14
# scene: A third of the Congress
# place: vyborg
By the middle of October the Vyborg soviet is the party's again, and half the city's factories with it. The garrison is slower: the soldiers remember who led them to the trenches in August. # effect: The party recovers the factories but not yet the garrison
{ kornilov ? stayed_neutral:
    "Two sides of one coin," a sergeant of the Moscow Regiment reminds you at the barracks gate. "We'll wait and see which side your coin comes down." # recalls: kornilov
}
The Congress of Soviets is called for late October. The party will have perhaps a third of it.
"Go to the Congress as the minority it gives us, and stand for the Assembly," Anton says.
"Rise before it," says Fyodor. "A third is as much as we'll ever get on votes."
Osip: "Leave the garrison to the Soviet's committee and trust the Congress. That's what the Soviet is for." # decision: kor_credit_october
* [Go to the Congress as a minority and stand for the Assembly]
    ~ kornilov += credit_assembly
    ~ raise(moderates_cred, 4)
    ~ raise(legitimacy, 4)
    The Congress meets, votes for a government of the soviets' parties in principle, and hands the details to the Assembly. Your lists go up on the factory gates. # event: vote smolny # effect: Legitimacy and the moderates gain: the party stands for the Assembly
    What really happened: the party rose through the Soviet's committee on the eve of the Congress, and did not leave the question of power to the Assembly. # note # cite: essay
    -> kor_road_ballot
* [Rise before the Congress]
    ~ kornilov += credit_rose
    -> kor_road_warning
* [Leave the garrison to the Soviet's committee]
    ~ kornilov += credit_trusted
    ~ lower(garrison, 8)
    ~ raise(gov_authority, 6)
    The Soviet's committee signs the order sending three regiments to the front, because the Soviet's committee does not want a quarrel with Kerensky before the Congress. # event: train finland_station # effect: The garrison thins and the government recovers: the Soviet's committee lets the regiments go
    What really happened: the Soviet's Military Revolutionary Committee, led by the Bolsheviks, refused the order and won the garrison instead. # note # cite: essay
    -> ending_congress_dispersed

// ---------------------------------------------------------------------------
// The compromise: early September's offer, made and taken up
// ---------------------------------------------------------------------------

=== kor_road_compromise
# date: 1917-09-03
# scene: The compromise
# place: smolny
The Kadets have left the government over Kornilov, and for a week Kerensky governs almost alone. # event: vote smolny
{
- kornilov ? broke_with_kerensky:
    The Bolsheviks stood under the government's command in August and broke with it in public on the first of September. The Mensheviks count the first as a debt and the second as a warning. # recalls: kornilov
- kornilov ? bloc_on_conditions:
    Kerensky chose the Kadets over your letter, in public, and half the Soviet's Executive has not forgiven him for it. # recalls: kornilov
- kornilov ? backed_kerensky:
    The Mensheviks remember that the Bolsheviks stood under the government's command in August. They count it as a debt, and for once they mean to pay it. # recalls: kornilov
- kornilov ? disbanded_defence_committees:
    The Red Guard's rifles are in the Soviet's stores behind a Menshevik padlock. The moderates have stopped being afraid of you, which is a kind of trust. # recalls: kornilov
- kornilov ? asked_nothing:
    In August you and Martov's people made the Soviet vote on the jailed Bolsheviks, and then you asked for nothing at Smolny and fought. Martov's people remember the first; Osip has told the second at every Menshevik meeting since. # recalls: kornilov
}
The party's paper prints Lenin's offer: let the Mensheviks and SRs take all the power, answerable to the soviets, without the Kadets, and the Bolsheviks will not rise against them; they will argue for their programme in the soviets, freely, as an opposition. # cite: essay
"Put it to the Soviet in our own name, and hold to it whatever they do," says Anton. Lidia nods.
Osip: "Better: come into the Democratic Conference, all of us, and build one republic with everyone in it."
{ kornilov ? disbanded_defence_committees:
    Fyodor, who has not been to a meeting since the rifles went back, has come to this one to say no. # recalls: kornilov
}
Fyodor: "A deal with the men who took our rifles and jailed our people? All power to the soviets, not to the conciliators." # decision: kor_compromise
* [Offer the compromise in the Soviet and hold to it]
    -> kor_road_compromise_offered
* [Go into the Democratic Conference with everyone]
    -> kor_road_compromise_conference
* [Refuse any deal with the conciliators]
    -> kor_road_compromise_refused

=== kor_road_compromise_offered
# date: 1917-09-21
# scene: Answerable to the soviets
# place: alexandrinsky_theatre
At the Democratic Conference the vote on the Kadets comes down to a few dozen hands. On this road some of the hands are Martov's and some are yours, and the coalition with the Kadets falls. # event: vote alexandrinsky_theatre # sfx: crowd_roar
Chernov and Tsereteli form a government of the socialist parties, answerable to the Central Executive Committee of the soviets. Kerensky is not in it. The Bolsheviks keep their word: no minister, and no rising. # effect: Legitimacy and left allies grow, the government changes hands: a socialist government answerable to the soviets
~ kornilov += compromise_made
~ raise(legitimacy, 8)
~ raise(left_allies, 8)
~ raise(moderates_cred, 8)
~ lower(counter_threat, 6)
~ raise(party_unity, 2)
What really happened: Lenin offered this compromise in early September, and the Mensheviks and SRs refused it; the Democratic Conference ended by leaving the question of power to Kerensky. # note # cite: essay
Not in the essay: the Conference met on 14-22 September; the compromise was Lenin's article "On Compromises". # note
-> kor_road_coalition

=== kor_road_compromise_conference
# date: 1917-09-25
# scene: One republic
# place: alexandrinsky_theatre
You go to the Alexandrinsky Theatre with Osip, and vote with him. The Conference goes round in a circle for a week and ends where it began: a coalition with the Kadets, Kerensky at its head, and a Pre-parliament to advise it. # event: vote alexandrinsky_theatre
{ kornilov ? disbanded_defence_committees || kornilov ? backed_kerensky:
    In August the party gave Kerensky its name and its rifles. Now it gives him a bench in the Pre-parliament too. # recalls: kornilov
}
By October Kerensky has his nerve back, and the party has a small bench on the left of his Pre-parliament, which opens on the seventh in the Mariinsky Palace. # effect: The government recovers its authority and the garrison thins: the party sits in the republic's council
~ kornilov += compromise_conference
~ raise(gov_authority, 10)
~ lower(garrison, 8)
~ lower(bolshevik_share, 4)
~ split_party(4)
What really happened: the Bolsheviks denounced the Democratic Conference and walked out of the Pre-parliament on its first day, 7 October (not in the essay). # note # cite: essay
-> kor_road_order

// The first mistake on the cooperative road: the party's bench is asked to approve the garrison's removal.
=== kor_road_order
# date: 1917-10-09
# scene: The order to the front
# place: mariinsky_palace
The order is read out in the Pre-parliament under the Mariinsky Palace's chandeliers: the Germans are in the Gulf of Riga, and the capital's garrison must go to meet them. # event: troops finland_station # effect: Danger: the garrison is ordered out, and the party sits in the room that approves it
{ not grisha_at_front:
    Grisha's battalion is on the list. He comes to your room that night and sits on the bed. "Your party's in there, Nadya. Are you sending us?"
- else:
    The Moscow Regiment's reserve battalion is on the list. A soldier from its committee comes to your room that night. "Your party's in there. Are you sending us?"
}
Lidia and Martov's people are leaving the hall. "Come out with us," she says, "and let the Soviet's committee refuse the order. The soldiers will know who kept them here."
Osip stays in his seat. "Vote against it from the bench. Walk out now and you hand Kerensky the excuse he wants."
* [Walk out with Lidia and refuse the order through the Soviet]
    ~ kornilov += order_refused
    ~ win_soldiers(10)
    ~ raise(left_allies, 6)
    ~ raise(legitimacy, 6)
    ~ lower(gov_authority, 6)
    -> kor_road_order_refused
* [Stay on the bench and vote against the order]
    ~ kornilov += order_outvoted
    ~ lower(garrison, 6)
    Your bench votes against, and is outvoted, politely. The first companies march to the Finland station on the fifteenth. # event: train finland_station # effect: The garrison thins: the party protested from the bench, and the regiments went
    What really happened: the Soviet's Military Revolutionary Committee refused the order and won the garrison over; the government's attempt to move it, Trotsky argued, showed it meant to disperse the Congress. # note # cite: essay, 20 # interpretation
    -> ending_congress_dispersed

=== kor_road_order_refused
You walk out under the chandeliers with Lidia, Martov's people and half the soldiers' deputies. At Smolny the Soviet's committee, the party, the Left SRs and Martov's people all in it, tells the garrison that no regiment leaves without its word. No regiment leaves. # event: vote smolny # effect: The soldiers come over and the left allies with them: the Soviet, not the party, keeps the garrison in the city
Without the garrison Kerensky has nothing to bargain with. The Mensheviks and SRs, who refused Lenin's terms in September, take them up in the third week of October: a government of the soviets' parties, without the Kadets, answerable to the Congress, and a Bolshevik opposition sworn not to rise against it.
Fyodor calls it a rising that forgot to happen. Anton calls it the same thing, fondly.
What really happened: the Soviet's committee did keep the garrison; in history it went on to take power on 25 October, and the moderates walked out of the Congress. # note # cite: essay
-> ending_september_compromise

=== kor_road_compromise_refused
# date: 1917-10-10
# scene: No deals
# place: vyborg
The district committee votes Fyodor's way: no compromise with the conciliators. The party's own offer goes unanswered, and nobody in Vyborg minds.
{ kornilov ? disbanded_defence_committees:
    But the rifles are still behind the Menshevik padlock at Smolny, and the soldiers who might have come over in September are still waiting to see who wins. # recalls: kornilov
- else:
    But the party spent August in the Soviet's committee rooms, and the Red Guard is a ledger with more names than rifles.
}
No government forms in September worth the name; the Assembly elections are set for November, and the whole city turns towards them as towards the last tram home. # effect: The party's share grows, the moderates hold: the question of power goes to the Assembly
~ kornilov += compromise_refused
~ raise(bolshevik_share, 4)
~ lower(left_allies, 4)
What really happened: the Bolsheviks had the Soviet's majority and the garrison by October, and did not wait for the Assembly; the essay argues waiting would have handed power to the SRs. # note # cite: essay # interpretation
-> kor_road_ballot

=== kor_road_coalition
# date: 1917-10-16
# scene: The socialist ministers
# place: smolny
Three weeks of the new government. The land committees have the estates in trust until the Assembly. The foreign minister has asked the Allies, politely, for a peace without annexations. Kornilov's officers are under arrest, all of them. # effect: The counter-revolution falls back and peasant land grows: the socialist government's first weeks
~ raise(peasant_land, 8)
~ lower(counter_threat, 6)
And the bread ration is half a pound a day, when it is there. The Allies refuse to discuss peace, and the banks refuse to discuss credit. # event: strike vyborg
Anton: "We promised them an opposition, not a rising. Keep the promise. The Assembly is a month away."
Osip, who has been offered a post at the ministry of labour: "Let the Kadets back in. Only as specialists. We need their banks and the Allies' loans."
Fyodor: "They're Kerensky's men in new coats. Rise before the Congress, and finish it." # decision: kor_coalition
* [Stay the loyal opposition until the Assembly]
    ~ kornilov += coalition_opposition
    ~ raise(legitimacy, 6)
    ~ raise(moderates_cred, 4)
    ~ lower(repression, 10)
    Your delegates vote against the ministers in the soviets twice a week, loudly, and go home. Nobody is arrested for it. The Congress of Soviets, when it meets, confirms the government and refers the rest to the Assembly. # event: vote smolny # effect: Repression falls and legitimacy grows: the opposition is legal, and the soviets govern
    What really happened: in October the Bolsheviks, with the Petrograd Soviet's majority behind them, prepared a rising through its Military Revolutionary Committee; this road keeps the September promise instead. # note # cite: essay
    -> ending_september_compromise
* [Vote to let the Kadets back as specialists]
    ~ kornilov += coalition_kadets
    ~ raise(gov_authority, 6)
    ~ raise(counter_threat, 6)
    The vote in the Central Executive Committee goes the ministers' way by eleven, and eleven of the hands are Bolshevik. Two Kadets come back "as specialists", one at the treasury. # event: vote smolny # effect: The government and the counter-revolution both gain: the Kadets return as specialists
    What really happened: the moderates' refusal to govern without the Kadets is, in the essay's account, what sank every coalition of 1917. # note # cite: essay # interpretation
    -> ending_socialist_unity
* [Rise before the Congress]
    ~ kornilov += coalition_rose
    -> kor_road_warning

// ---------------------------------------------------------------------------
// A rising by the party alone: warned once, with a way back
// ---------------------------------------------------------------------------

=== kor_road_warning
# date: 1917-10-17
# scene: The night before
# place: vyborg
# music: stinger_dread
Fyodor's plan is on the table: the bridges, the telegraph, the stations, on the night of the nineteenth. The Red Guard is ready. Nobody else has been asked. # effect: Danger: the party plans a rising without the Soviet
{
- kornilov ? rash_readied || kornilov ? rash_rose:
    Lidia has come by the back stairs. "After August nobody will follow you out, not my party, not one regiment. You were warned once already. This is the second time." # recalls: kornilov
- kornilov ? coalition_rose:
    Lidia has come, white with anger. "You gave your word in September. My party will defend the ministers, and so will the soldiers' committees. Against you." # recalls: kornilov
- else:
    Lidia has come to warn you. "My party won't follow a rising by yours. Nor will the soldiers' committees. Wait for the Congress, and it might be theirs too."
}
Anton says nothing at all, which is how he says no.
* [Call it off and go to the Congress]
    ~ kornilov += rose_called_off
    -> kor_road_called_off
* [Go ahead on the nineteenth]
    ~ kornilov += rose_alone
    ~ lower(legitimacy, 8)
    ~ lower(left_allies, 8)
    At two in the morning the Red Guard goes out, and finds the bridges already up. # event: bridge_raised liteiny_bridge # sfx: shots
    What really happened: the rising was made by the Soviet's Military Revolutionary Committee on the eve of the Congress, not by the party alone. # note # cite: essay, 20
    -> ending_premature_rising

=== kor_road_called_off
You send runners to every company before midnight. Fyodor takes the order without a word and puts the plan in the stove. # effect: The danger passes: the rising is called off, and the party goes to the Congress as it is
~ raise(legitimacy, 4)
~ lower(red_guard, 4)
{
- kornilov ? coalition_rose:
    The Congress confirms the socialist ministers. The Bolsheviks keep their seats, and the promise they nearly broke. # recalls: kornilov
    What really happened: the Bolsheviks did not promise loyalty to any government in October; this road keeps Lenin's September offer. # note # cite: essay
    -> ending_september_compromise
- else:
    The Congress meets, a third of it yours, and leaves the question of power to the Assembly. Fyodor says the party has missed the last train. Anton says there will be another, in November, with ballot papers. # event: vote smolny
    What really happened: the party did not wait for the Assembly; the essay argues that waiting would have handed power to the SRs. # note # cite: essay # interpretation
    -> kor_road_ballot
}

// ---------------------------------------------------------------------------
// The ballot: the roads that leave power to the Constituent Assembly
// ---------------------------------------------------------------------------

=== kor_road_ballot
# date: 1917-11-15
# scene: The ballot
# place: vyborg
Five days of voting for the Constituent Assembly, in the first snow. The Vyborg side queues at the schools with the patience it learned in the bread lines. # event: vote vyborg
{
- kornilov ? took_the_bait:
    On the Petrograd side a Kadet poster shows {kornilov ? seized_palace_to_protect:a sailor with his boots on a gilded table|a Red Guard firing across the telegraph office courtyard}, and the words: they stabbed the defence in the back; do not let them stab the Assembly. # recalls: kornilov
- kornilov ? compromise_refused:
    The party's posters say what they said in September: no deals with the conciliators. The SR posters say that the Bolsheviks refused peace between socialists, and print Lenin's own offer beside the refusal. # recalls: kornilov
- kornilov ? rose_called_off:
    Fyodor's company stands guard at the polling stations, with the rifles it nearly took to the bridges in October. It is Anton's idea. Fyodor hates it, and does it well. # recalls: kornilov
- kornilov ? stayed_neutral || kornilov ? lay_low:
    The party's speakers are heard out at every gate now. The soldiers are slower: in the barracks the SR list is the list of the men who dug the trenches in August. # recalls: kornilov
- else:
    The party's speakers are heard out at every gate, and booed at a few.
}
Where do you spend the polling days?
* [At the mill gate with Marfa]
    ~ trust(marfa_trust, 1)
    ~ raise(worker_confidence, 2)
    Marfa's weavers vote in their shawls, in a body, and come back to the looms singing. "In the summer it was the district duma," Marfa says. "This time it's all Russia, and I used it on you." # effect: Workers' confidence rises a little: the mill votes in a body
* [In the villages with Lidia's Left SRs]
    ~ raise(left_allies, 3)
    In a village beyond Tsarskoe Selo the peasants ask for the SR list, because it is the party of the land. The list was drawn up in the summer: Lidia's comrades and Kerensky's friends are on the same sheet of paper, and no peasant can vote for one without the other. # cite: essay # effect: Left allies warm: Lidia sees her party's old list through your eyes
* [At the Arsenal polling station with your father]
    ~ father_hears(1)
    Your father takes the Menshevik ballot, and then, in the booth, a long time. He does not tell you which paper went into the box. At home he says that at fifty-eight he has voted for a Tsar's Duma through electors, and for the city's duma in the summer, and that this was the first time it was hard. # effect: Your father hears you out: you stood by him at the ballot box
-
The count comes in slowly. {bolshevik_share >= 45:The Bolsheviks are first in Petrograd, with the Vyborg side solid behind them, and second in the country.|The Bolsheviks are second, in Petrograd and in the country.} The SRs are first by a distance; the Kadets hold a few cities and nothing else. # event: vote smolny
On the fifth of January the Assembly opens in the Tauride Palace. Nobody disperses it. Before dawn it passes a land law and elects Chernov to the chair, and the soviets' executive, which has waited all autumn for this day, hands it the question of power.
What really happened: the elections were held on 15-19 November, after the Soviet had taken power; the SRs won 40% and the Bolsheviks almost 24%, with 70% on the Vyborg side. # note # cite: essay
-> ending_assembly_sovereign
