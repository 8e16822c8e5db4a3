// The roads that open at the April decision (dp_april_theses), for the two answers history did not give.
// Lenin's line (backed_april_theses) is history's road and goes straight on to dp_kadet.
//   apr_loyal  : the party kept conditional support (kept_conditional_support). Decision apr_unity:
//                unity_talks (towards the Mensheviks), late_convert (Lenin's line after all) or mill_committees_first.
//   apr_banner : the party called for the government's fall at once (down_with_government_now): the first rash step,
//                with its warning. Decision apr_after_banner: recanted_banner (the way back), fighting_group or
//                kronstadt_road (an armed march on 21 April then ends the act: dp_mil_armed).
// Both roads rejoin at dp_kadet; the Miliukov crisis, the coalition vote, dp_end and Act III read what they set.

=== apr_loyal
# date: 1917-04-14
# scene: An offer from the Mensheviks
# place: vyborg
The Vyborg Mensheviks send Osip with a letter. Since your committee stands where they stand, on the government and the war, why two parties? They propose joint meetings, a joint list for the district duma, and talks on unity, as before the split of 1903.
Anton reads it twice. "In March our own leaders talked of unity at their conference. It is not treason to sit at a table."
Fyodor has heard. "Then sit at it without me." He is at the mansion every night now, listening to Lenin's people.
"In the mill," Marfa says, "they ask me what the difference is between you and Osip. I tell them you're younger." # decision: apr_unity
* [Go to the unity talks with Osip's Mensheviks]
    ~ dual_power += unity_talks
    ~ raise(moderates_cred, 4)
    ~ lower(bolshevik_share, 2)
    ~ raise(party_unity, 4)
    ~ lower(fleet, 3)
    ~ trust(osip_trust, 2)
    The joint committee meets in the printers' union room under a portrait of Marx both parties can agree on. Osip pours the tea. The resolutions write themselves: support the Soviet, defend the revolution, peace without annexations, by agreement with the Allies. # effect: The moderates gain, the party's share and the fleet fall: Vyborg's Bolsheviks talk of merging with the Mensheviks
    The young men from New Lessner stop coming to your meetings. You hear they go to the mansion.
    -> apr_loyal_note
* [Go to the mansion instead: come round to Lenin's line, a fortnight late]
    ~ dual_power += late_convert
    ~ raise(bolshevik_share, 2)
    ~ split_party(3)
    ~ raise(fleet, 4)
    ~ raise(left_allies, 2)
    ~ trust(osip_trust, -1)
    You give Osip back his letter. "We were wrong in March," you tell the committee, "and wrong again last week." Anton votes against you, alone, and then asks for the leaflets to deliver. # effect: The party's share and the fleet recover: Vyborg comes round to Lenin's line, late
    Fyodor comes back from the mansion grinning. "Took your time," he says, which is what Marfa said in February.
    -> apr_loyal_note
* [Leave the argument to the leaders, and build the factory committees]
    ~ dual_power += mill_committees_first
    ~ raise(workers_control, 6)
    ~ raise(worker_confidence, 3)
    ~ lower(party_org, 2)
    ~ trust(marfa_trust, 1)
    You answer neither Osip nor the mansion. Every evening you go from works to works with Marfa, helping committees write their rules: the books, the hiring, the eight-hour day. # effect: Workers' control and confidence rise, party organisation slips: the committees grow, the party line waits
    "That's the first useful thing your party's done since February," Marfa says.
    -> apr_loyal_note

= apr_loyal_note
What really happened: a late-April party conference adopted Lenin's line, and the Bolsheviks stayed a party apart. # note
Not in the essay: at the Bolsheviks' March conference Stalin had favoured talks on unity with the anti-war Mensheviks; the Mensheviks offered them; Lenin's return ended the talk. # note
-> dp_kadet

=== apr_banner
# date: 1917-04-12
# scene: The morning after the banner
# place: vyborg
Fyodor is still in the cells. The Central Committee's letter lies on the table, signed by three members: calls to overthrow the government now are adventurism; explain, and win the soviets first.
Grisha comes by in the evening, which he has not done since March. "In the barracks they say you want civil war. One more banner like that, Nadya, and it will be the regiments that come for you, not for the government." He sits with Mitya a while, and goes.
Petya has come up from Kronstadt on the steamer. "The sailors liked your bedsheet," he says. "Come to the island. There nobody will stop you." # decision: apr_after_banner
* [Take the rebuke: go back to patient explanation]
    ~ dual_power += recanted_banner
    ~ raise(party_unity, 5)
    ~ raise(bolshevik_share, 1)
    ~ lower(repression, 3)
    ~ trust(grisha_bond, 1)
    You stand up in the committee and say you were wrong. It costs less than you feared; most of them were there with you on the Nevsky. The bedsheet goes into the stove. # effect: Party unity rises, repression eases: Vyborg takes the Central Committee's line
    When Fyodor comes out of the cells he calls you a coward, and then, a week later, asks for leaflets to carry.
    -> apr_banner_note
* [Keep the slogan, and form a fighting group with Fyodor's lads]
    ~ dual_power += fighting_group
    ~ raise(red_guard, 5)
    ~ raise(repression, 5)
    ~ lower(garrison, 3)
    ~ split_party(4)
    ~ trust(grisha_bond, -1)
    Forty young men, the works militia's rifles, drill at night in the New Lessner yard. When Fyodor comes out of the cells he takes command as if he had never been away. # effect: Armed workers and repression rise, the garrison cools: a fighting group outside the party's control
    Anton writes to the Central Committee that Vyborg no longer answers to him.
    -> apr_banner_note
* [Take the slogan to Kronstadt with Petya]
    ~ dual_power += kronstadt_road
    ~ raise(fleet, 8)
    ~ lower(party_org, 3)
    ~ raise(left_allies, 1)
    ~ trust(marfa_trust, -1)
    For a week you speak in Anchor Square to ten thousand sailors who cheer every word. Kronstadt has no officers left to object and no government it obeys. # effect: The fleet rises, the Vyborg organisation falls: you speak for Kronstadt, not for the district
    When you come home Marfa's committee has met three times without you.
    -> apr_banner_note

= apr_banner_note
What really happened: Lenin's line was that the soviets' Menshevik and SR majority had to be won first. # note # cite: essay
Not in the essay: the Central Committee disowned calls to overthrow the government at once. # note
-> dp_kadet
