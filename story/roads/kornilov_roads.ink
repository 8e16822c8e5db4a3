// Roads that leave history in the Kornilov affair (Act IV) and play on to the start of Act V.
//   kor_late_call: the party stood aside (kornilov ? stayed_neutral); the warning, and the last chance to join.
//     Decision kor_late_call. Holding to neutrality leads to kor_neutral_fate: saved without the party, or the
//     general wins (ending_kornilov_victorious).
//   kor_road_answer: after standing aside and surviving, the factories ask where the Bolsheviks were.
//     Decision kor_where_were_you.
//   kor_road_directory: the party stood under Kerensky's command and his government (kornilov ? backed_kerensky).
//     Decision kor_directory.
// Both roads go on to kor_road_autumn (story/roads/kor_road_autumn.ink), which takes them into the autumn to their own endings.

// ---------------------------------------------------------------------------
// Standing aside: the warning and the last chance
// ---------------------------------------------------------------------------

=== kor_late_call
# date: 1917-08-29
# scene: The trains come on
# place: vyborg
# music: stinger_dread
By Tuesday the news is bad. Kornilov's first echelons are past Luga; the Soviet's trench parties are students and pensioners; the railwaymen wait for orders that nobody with authority in the factories has given. # event: train luga # sfx: telegraph
Half the New Lessner cell has gone to the trenches against the committee's vote. Marfa has gone with her spades.
{ grisha_at_front:
    Grisha's letter from the front arrives the same afternoon, a week late: his regiment is being loaded for Petrograd. # recalls: grisha_at_front
- else:
    Grisha's battalion is confined to barracks by officers who wait to see who wins.
}
Lidia comes up the stairs without knocking. "One day more and it's too late. Call your people out, under the Soviet's committee if you must. Nobody will ask you to love Kerensky."
Anton: "Then at least send our agitators down the line. Not one rifle for the government: just the truth to Kornilov's troopers."
Fyodor: "We voted. Let them fight it out." # decision: kor_late_call
* [Call the district out now, under the Soviet's committee]
    -> kor_late_joined
* [Send agitators down the line, but no rifles for Kerensky]
    -> kor_late_agitators
* [Hold to the committee's vote]
    -> kor_late_hold

= kor_late_joined
The sirens at the Vyborg works blow at four. By dark the Red Guard ledger has filled two books, and the men who went to the trenches against the vote come back to lead the ones who follow. # event: red_guard vyborg new_lessner # sfx: whistle # effect: Danger past, late: the Red Guard and workers' confidence recover as the district joins the defence
"A day late," Lidia says. "Better than never."
~ kornilov += joined_defence_late
~ raise(red_guard, 8)
~ raise(worker_confidence, 4)
~ raise(legitimacy, 3)
~ win_soldiers(3)
Not in the essay: some Bolsheviks were tempted to stand aside, calling Kerensky and Kornilov two sides of one coin; the party as a whole led the defence. # note
-> kor_approaches

= kor_late_agitators
Thirty of the party's best speakers leave from the Warsaw station in goods wagons, with leaflets and no rifles. # event: train warsaw_station # effect: The soldiers' trust grows: the party talks to Kornilov's troopers without taking Kerensky's side
~ kornilov += (joined_defence_late, sent_agitators_only)
~ win_soldiers(5)
~ raise(legitimacy, 2)
The essay credits agitators with talking Kornilov's soldiers round; on this road the party sends them and nothing else. # note # cite: essay
-> kor_approaches.kor_at_luga

= kor_late_hold
The committee holds to its vote. You sit by the window all night and hear the lorries go south without you. # effect: Danger: the party stays out, and the defence must do without the factories it leads
~ kornilov += held_to_neutrality
~ lower(worker_confidence, 3)
~ split_party(3)
Not in the essay: some Bolsheviks were tempted to stand aside; the party as a whole led the defence. # note
-> kor_neutral_fate

// Without the party, the city is saved only if the soldiers and the sailors are already far enough over.
=== kor_neutral_fate
{ garrison + fleet >= 115:
    -> kor_saved_without_us
}
-> kor_city_falls

=== kor_saved_without_us
# date: 1917-08-30
# scene: Saved without you
# place: luga
# view: approaches
The city is defended without the Bolsheviks, and that is the worst of it.
{ kornilov ? campaigned_for_prisoners:
    The soldiers' committees that wrote to ask about your prisoners in August go out anyway, and take their regiments with them. # recalls: kornilov
- else:
    The soldiers' committees go out anyway, and take their regiments with them.
}
The railwaymen stop the trains on their own union's orders. The sailors come up from Kronstadt under the Soviet majority's committee. At Luga, Kornilov's troopers sit down by their horses and will go no further. # event: train luga # sfx: train # effect: The counter-revolution fails and the moderates take the credit: the Soviet majority saved the city without the Bolsheviks
Osip is radiant. "The Soviet did it, the Soviet and the government together." He is kind enough not to ask where you were.
{ grisha_at_front:
    A letter from Grisha: his regiment stopped its own train at Dno and sent Kornilov's officer back to Stavka. "On the Soviet's orders," he writes. "Not yours." # recalls: grisha_at_front
- else:
    Grisha comes home with a red armband and a story about arresting his lieutenant. "We did it on the Soviet's orders," he says. "Not yours."
}
~ kornilov += railwaymen_stopped_trains
~ lower(counter_threat, 20)
~ raise(moderates_cred, 6)
~ lower(bolshevik_share, 3)
~ raise(worker_confidence, 6)
~ lower(gov_authority, 4)
~ stir_city(4)
-> kor_alexei

// ---------------------------------------------------------------------------
// After standing aside: "Where were the Bolsheviks?"
// ---------------------------------------------------------------------------

=== kor_road_answer
# date: 1917-09-01
# scene: Where were the Bolsheviks?
# place: new_lessner
The New Lessner yard again, two thousand men on crates, and this time the question is for you. # event: crowd new_lessner
{
- kornilov ? joined_defence_late:
    "You came," a fitter shouts, "a day after the Mensheviks. Why a day?" # recalls: kornilov
- kornilov ? took_the_bait:
    "You came to the centre with rifles," a fitter shouts, "and never to the trenches. Why?" # recalls: kornilov
- else:
    "We dug the trenches," a fitter shouts. "You sat at home. Why?"
}
Anton, quietly: "Tell them the committee was wrong and the Central Committee right. It costs us Fyodor's lot; it keeps the rest."
Fyodor: "Tell them we don't beg pardon for refusing to die for Kerensky."
Marfa, who dug the trenches herself: "The Soviet armed the men who went. Go to them, and take the party with you, whatever the committee says." # decision: kor_where_were_you
* [Tell them the committee was wrong]
    -> kor_answer_admit
* [Take the Vyborg Bolsheviks into the Red Guard the Soviet armed]
    -> kor_answer_over
* [Defend the line: Kerensky and Kornilov are one coin]
    -> kor_answer_defend

= kor_answer_admit
You say it plainly: the committee was wrong, the men who went were right, and the party will not stand aside again. It is quiet for a moment. Then the fitter who asked comes up and shakes your hand, and a few others follow. # effect: Workers' confidence and the party's share recover a little, unity dips: Vyborg owns its mistake
Fyodor leaves the yard with a dozen men behind him.
~ kornilov += admitted_the_mistake
~ raise(worker_confidence, 3)
~ raise(bolshevik_share, 3)
~ split_party(2)
-> kor_answer_note

= kor_answer_over
You sign the Red Guard ledger yourself, at the Soviet's table in the yard, under a Menshevik steward's nose, and forty Bolsheviks sign after you. The district committee meets that night without a quorum. # event: red_guard new_lessner # effect: The Red Guard grows and the party's share recovers, unity breaks: the members follow the workers, not the committee
~ kornilov += went_over_the_committee
~ raise(red_guard, 6)
~ raise(bolshevik_share, 2)
~ split_party(5)
-> kor_answer_note

= kor_answer_defend
You tell them that Kerensky and Kornilov were two sides of one coin, and that the proof is in the Kadets' own letters. Some of it is even true. The yard hears you out and votes, by a great many hands, to thank the Soviet's committee. # effect: The left allies and the party's share fall, the moderates gain: Vyborg defends standing aside
~ kornilov += defended_neutrality
~ lower(left_allies, 4)
~ lower(bolshevik_share, 2)
~ raise(moderates_cred, 2)
~ raise(party_unity, 2)
-> kor_answer_note

= kor_answer_note
What really happened: the Bolsheviks led the defence, and workers afraid of a second coup turned to them; on this road the credit went elsewhere first. # note # cite: essay
-> kor_road_autumn

// ---------------------------------------------------------------------------
// Under Kerensky's command: the Directory
// ---------------------------------------------------------------------------

=== kor_road_directory
# date: 1917-09-01
# scene: The republic's defence council
# place: winter_palace
Kerensky proclaims Russia a republic and governs through a Directory of five. His secretary has an offer for the Bolsheviks who stood by the government: two seats on the city's defence council, and a word about the July warrants. # event: vote winter_palace
Osip is for it. "You defended the republic. Sit in it. Then your people can stop being outlaws."
Fyodor: "The Kadets were in it with Kornilov. Break now, in public, or carry his stink into October."
Lidia: "Stay only if the Kadets go. Make Kerensky choose." # decision: kor_directory
* [Break with Kerensky in public]
    -> kor_directory_break
* [Take the seats on the defence council]
    -> kor_directory_seats
* [Stay in the bloc only if the Kadets go]
    -> kor_directory_conditions

= kor_directory_seats
You sit at a green baize table in the Winter Palace under a chandelier that still has the double eagle on it. The warrants are withdrawn, and the party's paper comes out under its own name. # effect: The government and the moderates gain, repression eases; the party's share and unity fall: Bolsheviks on Kerensky's council
In the Vyborg side they call you the ministers' Bolsheviks.
~ kornilov += kerensky_council
~ raise(gov_authority, 4)
~ raise(moderates_cred, 3)
~ lower(repression, 8)
~ lower(bolshevik_share, 4)
~ split_party(5)
-> kor_directory_note

= kor_directory_conditions
Kerensky's secretary takes the condition away and does not come back. The Kadets stay; so, for now, do you, on the Soviet's side of the table. # effect: Left allies and legitimacy grow, the moderates lose a little: Kerensky is made to choose the Kadets in public
Martov's paper prints your letter, and Lidia's party reprints it.
~ kornilov += bloc_on_conditions
~ raise(left_allies, 4)
~ raise(legitimacy, 3)
~ lower(moderates_cred, 2)
-> kor_directory_note

= kor_directory_break
The district committee's statement goes up on every factory gate: the party fought Kornilov beside Kerensky's government, and will not sit in it while the Kadets who plotted with the general keep their seats. # effect: The party's share and unity recover, the government loses: the Bolsheviks break with Kerensky in public
Osip reads it twice, and says you have thrown away the only chance of peace between socialists.
~ kornilov += broke_with_kerensky
~ raise(bolshevik_share, 4)
~ raise(party_unity, 3)
~ lower(gov_authority, 3)
~ lower(moderates_cred, 2)
-> kor_directory_note

= kor_directory_note
Not in the essay: Russia was proclaimed a republic on 1 September under a five-man Directory. # note
The essay says the Kornilov affair weakened Kerensky and discredited the Kadets, some of whose leaders were involved. # note # cite: essay
-> kor_road_autumn
