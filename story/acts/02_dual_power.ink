// Act II, Dual power: 2 March to early May 1917 (Old Style).
// Starts at dp_start (on the historical path the state is preset_dual_power in debug.ink).
// Ends at dp_end, which diverts to jul_start. Path list: DualPowerPath / VAR dual_power.
// Decisions: dp_attitude, dp_war_slogan, dp_factory_control, dp_april_theses, dp_miliukov_note, dp_coalition;
// the April roads (story/roads/april_roads.ink) add apr_unity and apr_after_banner.
// Small choices (Lidia, dp_bread, the Finland Station, the Kadet engineer) feed trust scores and lists, not the class vote.
// At dp_end every alternative that has not taken a way back (late_convert, recalled_from_coalition) leaves history for
// the summer roads of story/roads/dp_roads.ink (dp_road_door()), which run through July to their own endings.
// Endings (bottom of the file): swallowed_by_coalition (joining the coalition from a blurred line, then refusing the
// chance to recall the vote in dp_swallow_warning), april_adventure (the banner road not recanted, then an armed march).

=== dp_start
# act: dual_power
# date: 1917-03-02
# scene: The Tauride Palace
# place: tauride_palace
# sfx: crowd
The Tauride Palace smells of wet greatcoats; soldiers sleep on the parquet, hugging their rifles.
{
- february ? vyborg_government:
    Three days ago you stood in the Finland Station and called on the Vyborg soviet to make itself a government. The factories sent their delegates here instead. A Menshevik at the door reads your Vyborg armband and mutters, "Splitters."
- (february ? held_for_may_day) || (february ? went_back_to_work) || (february ? movement_without_party):
    Last week the party was not in the front rank. {february ? held_for_may_day:It told the mills to save their strength for May Day, and the city would not wait.}{(february ? went_back_to_work) || (february ? movement_without_party):After the shootings it told the workers to go back, and the crowds went on without it.} A soldier at the door asks your party and shrugs at the answer. He has never heard of the Bolsheviks.
- february ? took_the_arsenal:
    Three days ago rifles went from hand to hand at the Arsenal gates.
- february ? fought_the_police:
    Four days ago you were fighting the police on Sampsonievsky Prospekt with stones and two revolvers. Your knuckles have still not healed.
- february ? dual_mandate:
    Three days ago the Vyborg side sent deputies both here and to the Finland Station, to be safe. Here is where the power went.
- else:
    Three days ago the soldiers came over, and the Tsar's Petrograd fell in an afternoon. You have not slept a whole night since.
}
The corridors still argue over the vote, 400 to 19: the Soviet keeps a veto over the government but will not govern. # cite: essay # event: vote tauride_palace
{
- voted_with_nineteen:
    Your hand was one of the nineteen, and the Menshevik deputies have not forgotten it. # recalls: voted_with_nineteen
- february ? vyborg_government:
    You were at the Finland Station when the hands went up; you read the figures in the Soviet's paper. # recalls: february
- else:
    You counted the nineteen from the gallery.
}
At the door a student in a peaked cap writes out mandates: Lidia Orlova, a Socialist Revolutionary, "of the left, before you ask".
* [Ask her what the left of her party wants #historical]
    "The land now, not after the war. Peace without annexations. And no trust in Miliukov." You could almost be comrades. # effect: Left allies rise a little: a Left SR marks you down as someone to talk to
    ~ raise(left_allies, 2)
* [Take your mandate and go]
    She stamps it without looking up.
- -> dp_cable

=== dp_cable
# date: 1917-03-03
# scene: The Cable Factory
# place: cable_factory
Next morning, among idle copper drums, the Cable Factory shift hears its resolution:
"We consider the most essential issue of the current moment to be the establishment of strict control over the ministers… The control must be constituted by representatives of the Soviet of Workers and Soldiers Deputies." # cite: 7 # event: vote cable_factory # sfx: cheer
"Control, not power," says Osip. "This revolution is the bourgeoisie's to lead, Nadya: Russia needs their republic before it is ready for socialism. Ours is to watch them and build the unions."
Anton agrees: till Kamenev is back from Siberia, watch and press.
"Oppose them outright," says Fyodor, kicking ice into the Neva. "It's a capitalists' government. {february ? vyborg_government:Or finish what we started on the 27th: call the Finland Station soviet again and make it a government."|Or call the Finland Station soviet again and make our own."} # decision: dp_attitude
* [Oppose the government outright] -> dp_att_oppose
* [Supervise the government and keep the veto #historical] -> dp_att_supervise
* [Build a rival revolutionary government] -> dp_att_rival

=== dp_att_supervise
~ dual_power += supervised_government
~ raise(party_org, 2)
The Erikson men buy the legal party paper {party_org >= 38:gladly|politely}; few could tell it from the Menshevik one. # effect: Party organisation rises: a legal party, its paper sold openly at the gates
-> dp_att_note

=== dp_att_oppose
~ dual_power += opposed_government
~ raise(party_org, 4)
~ split_party(5)
~ lower(garrison, 4)
~ raise(moderates_cred, 3)
~ lower(bolshevik_share, 1)
# date: 1917-03-06
# scene: The barracks yard
# place: vyborg
The committee votes with Fyodor. At the Moscow Regiment's barracks a few hundred soldiers stand in the slush to hear you.
"No confidence in a government of landlords and capitalists!" The front rows shift. Someone shouts that the Bolsheviks want to open the front to the Kaiser. Someone throws a boot. # sfx: crowd_roar # effect: The garrison cools and party unity strains: the soldiers are not ready to hear it
{grisha_bond >= 5:Grisha|Your brother Grisha} drags you out by the sleeve. "A week ago they risked the firing squad, Nadya. Now troublemakers get sent to the front, and you want them to fight the government? Give them time."
{
- nadya_delegate:
    At the Tauride you say it again from the rostrum, and the soldiers' deputies stamp their boots until you step down. # recalls: nadya_delegate
- else:
    At the Tauride, where you hold no mandate, they do not even give you the floor.
}
In the factories the sharpest young men join you; the older hands shake their heads. "Kamenev," says Anton, writing the minutes, "will not thank us for this."
-> dp_att_note

=== dp_att_rival
~ dual_power += rival_government
~ split_party(8)
~ lower(garrison, 6)
~ lower(party_org, 3)
~ lower(bolshevik_share, 2)
~ raise(moderates_cred, 5)
~ lower(left_allies, 3)
# date: 1917-03-05
# scene: The Finland Station again
# place: finland_station
The waiting room of the Finland Station is cold and half empty: Erikson came, and New Lessner, and two lads from the cartridge works. {february ? vyborg_government:It is the 27th over again, only smaller. The men who came that night have learned where the power is.|The rest of the Vyborg side is at the Tauride.}
The Moscow Regiment sends nobody. Grisha comes alone, off duty. "The regiment voted to obey the Tauride," he says. "Two soviets means two armies, and two armies means the generals win."
Fyodor reads out the proclamation of a Provisional Revolutionary Government, and the room votes for it. Then the delegates go home, and their factories go on electing deputies to the Tauride. {worker_confidence < 55:The workers are not ready to be a government, or even sure they are ready to be a soviet.|The workers are bold enough, but will not split their own Soviet for it.} # event: vote finland_station
Osip reads the Soviet Executive's letter condemning the split aloud, sadly, to twenty people. Nobody answers. On the way out he stops beside you. "Kolya would have told you the same, Nadya." # effect: The garrison and party organisation fall: a rival government nobody obeys
~ trust(osip_trust, -1)
-> dp_att_note

=== dp_att_note
~ held -= (arsenal_liteiny, remand_prison, kresty, district_court, guards_barracks, finland_station, peter_paul_fortress, admiralty)
What really happened: by 400 to 19 the Soviet chose to watch the government with a veto, not take power. Only a Bolshevik minority, not the returning Stalin and Kamenev, opposed it outright. # note # cite: essay
-> dp_kamenev

=== dp_kamenev
~ raise(german_threat, 5)
# date: 1917-03-15
# scene: The paper at the supper table
# place: vyborg
{
- dual_power ? opposed_government:
    Ten days of barrack yards have left you hoarse. At home your father reads the party paper aloud to Mitya, for your benefit. "Your own Kamenev is back," Alexei says, "and he thinks like me."
- dual_power ? rival_government:
    The Finland Station soviet met for the last time on Sunday: eleven delegates and a cold samovar. At home your father has the party paper under the lamp. "Your leaders are back from Siberia," Alexei says, "and they have no use for your little government."
- else:
    Your father taps the party paper. "Your Kamenev is back, and he talks sense."
}
{ father_bond >= 5:
    He reads you the best bits aloud, as when you were a girl. # recalls: father_bond
}
Kamenev has written against the slogan "Down with the war". # cite: essay
Anton backs the editors. "Say that slogan to a soldier and he hears: leave the trenches to the Germans." {(dual_power ? opposed_government) || (dual_power ? rival_government):After your March line, he says, the editors think Vyborg the back row of the class.}
"Then break with them," says Fyodor, white to the lips. "We'll print our own sheet."
Marfa objects. "You were against the war in February. Say so till they change back." # decision: dp_war_slogan
* [Protest until the anti-war line is restored #historical] -> dp_war_protest
* [Accept Kamenev's line] -> dp_war_accept
* [Break with the leadership, with Fyodor] -> dp_war_break

=== dp_war_accept
~ dual_power += kept_kamenev_line
~ raise(party_unity, 3)
~ lower(party_org, 4)
~ lower(bolshevik_share, 2)
~ raise(moderates_cred, 3)
~ lower(fleet, 3)
~ lower(left_allies, 2)
The committee votes with Anton. Fyodor walks out, leaving the door open; by the week's end he sleeps at the anarchists' villa on the Polyustrovo road, where the talk is of bombs and communes.
{(dual_power ? opposed_government) || (dual_power ? rival_government):The young men who joined you in March for your hard line follow him there. You can hardly blame them.|Marfa listens to the vote, shrugs, and takes her weavers home.}
At supper your father is pleased with you for the first time since Christmas. "It's a free country's war now," he says. "The same generals, you used to say, the same treaties. So change the generals. Don't drop the rifle."
In the barracks nobody throws boots at Bolsheviks any more. {garrison >= 65:The soldiers take your leaflets to roll cigarettes.|The soldiers hardly notice your leaflets.} Nobody listens very hard to you either. # effect: Party unity rises, organisation and the fleet fall: the party sounds like the Mensheviks
-> dp_war_note

=== dp_war_protest
~ dual_power += restored_antiwar_line
~ split_party(3)
~ lower(garrison, 4)
~ stir(liteiny, -4)
~ raise(fleet, 5)
Vyborg protests that night, the factories after it, Kronstadt by telegram. Within days the paper opposes the war again. # event: printing_press vyborg # effect: The fleet warms, the garrison cools: the party is against the war again
Your father is silent at supper; at his Arsenal works the defencists shout Bolsheviks down.
-> dp_war_note

=== dp_war_break
~ dual_power += broke_with_leadership
~ split_party(15)
~ lower(party_org, 6)
~ lower(bolshevik_share, 1)
~ raise(fleet, 4)
~ raise(left_allies, 2)
You walk out with Fyodor, and a third of the committee follows. {dual_power ? rival_government:It is your second split in a month, and fewer follow than the first time.} A printer who owes Osip a favour runs off your sheet by night: the old slogan "Down with the war" across the top, and under it the name you have chosen, the Vyborg Internationalists. # cite: essay # event: printing_press vyborg
Anton keeps the rubber stamp, the membership lists and the room. "You have handed the district to the editors," he says, "and you think you have won."
In the Soviet a soldiers' delegate waves your sheet and calls you the Kaiser's friends. {party_org < 35:Without the party's presses and couriers the sheet reaches three factories and no barracks at all.|The sheet goes round the factories, but never past a barracks gate.}
Kronstadt sends you a crate of its own newspaper and a note of greeting. It is the only letter you get. # effect: Party unity and organisation fall sharply: Vyborg splits from its own party
-> dp_war_note

=== dp_war_note
What really happened: Kamenev's party paper condemned "Down with the war"; the Petrograd Bolsheviks' outcry restored the anti-war line. # note # cite: essay
The essay blames the party's theory that the revolution had to be bourgeois. # note # interpretation # cite: essay
-> dp_bread

=== dp_bread
~ crisis(4)
~ raise(peasant_land, 5)
# date: 1917-03-26
# scene: The bread queue
# place: vyborg
The bread queue forms before dawn, as in February; Marfa is in it, her youngest on her hip.
{
- dual_power ? kept_kamenev_line:
    She does not make room for you. "Your party's for the war now, I hear. Like the Mensheviks. Like the mill-owners. My Stepan didn't die at the front so it could go on for ever."
- dual_power ? broke_with_leadership:
    Your sheet is folded in her shawl. "In the queue they call you the Bolsheviks and the other Bolsheviks," she says. "Nobody can tell me which is which."
- else:
    She makes room for you. "You made them change it back. Good."
}
{ marfa_trust >= 5:
    She hands you the baby while she reties her shawl, as she would a sister. # recalls: marfa_trust
}
Ration cards came last week, then the grain monopoly. "Cards for bread that isn't there," Marfa says.
The committee needs hands. Where will you spend your evenings?
* [Sell papers and run a reading circle]
    ~ dual_power += evenings_press
    ~ agitate(5)
    On Thursdays a dozen young workers argue in the committee room until the caretaker throws them out. Some join. # effect: Party organisation and share rise: a reading circle turns into members
* [Talk with the soldiers in Grisha's barracks #historical]
    ~ dual_power += evenings_barracks
    ~ win_soldiers(2)
    ~ trust(grisha_bond, 1)
    In the canteen the soldiers want land, leave, no more saluting, and never the front. They are peasants in greatcoats, and know why bread is short: the villages won't sell grain for paper money. # effect: The garrison warms: soldiers ask who will keep them from the front
* [Help the women at Marfa's mill organise]
    ~ dual_power += evenings_mill
    ~ raise(workers_control, 4)
    ~ raise(worker_confidence, 2)
    ~ stir(vyborg, 1)
    ~ trust(marfa_trust, 1)
    You write out demands in a clear hand for women who were never taught to write. By the end of the month the mill has a committee, with Marfa at the head of the table. # effect: Workers' control and confidence rise: the mill women have a committee
- -> dp_mill

=== dp_mill
~ raise(fleet, 5)
# date: 1917-03-30
# scene: The Sampsonievsky mill
# place: vyborg
{
- dual_power ? evenings_mill:
    You take the committee's minutes, as every evening for a fortnight. The women have wheeled the worst foreman out in a barrow and torn up the book of fines; wages rise whenever the committee mentions a strike.
- dual_power ? evenings_barracks:
    You bring greetings from Grisha's regiment, and the women cheer. They have just wheeled the worst foreman out of the gate in a barrow.
- else:
    The women have torn up the book of fines.
}
Now the manager says their committee may advise him.
"We know these looms," Marfa says. "Let's run them ourselves." Old Agafya shakes her head: "When the cotton stops, they'll curse us, not him."
Petya Rudnev, a visiting Kronstadt sailor, laughs. "In Kronstadt the crew runs the ship. The mill to the mill hands, and no government over it."
{dual_power ? broke_with_leadership:Anton, whose party you left, sends its advice all the same|Anton sends the party's advice}: check the books, veto the sackings, and leave the running to the manager until workers hold the whole economy. # decision: dp_factory_control
* [Take over the running of the mill] -> dp_ctl_takeover
* [Supervise: check the books and veto the sackings #historical] -> dp_ctl_supervise
* [Follow Petya: the mill to the mill hands, no state] -> dp_ctl_anarchist

=== dp_ctl_supervise
~ dual_power += control_supervision
~ raise(workers_control, 15)
~ raise(worker_confidence, 3)
~ raise(party_org, 3)
~ raise(red_guard, 5)
~ stir(vyborg, 2)
The committee wins the books and a veto on hiring and firing. The manager shouts, then signs. Six women and two old men share one rifle at the gate. # effect: Workers' control rises: the committee holds the books and a veto
Marfa asks to join the party. {dual_power ? broke_with_leadership:Your group has no cards, so you write her name in a school exercise book.|"Not for the speeches. For the committee."}
-> dp_factory_note

=== dp_ctl_takeover
~ dual_power += control_takeover
~ raise(workers_control, 20)
~ lower(worker_confidence, 4)
~ crisis(3)
~ raise(counter_threat, 5)
~ raise(moderates_cred, 2)
~ raise(party_org, 1)
The manager puts on his coat and walks out. For a week the looms have never run better, and the women sing at the frames.
Then the bank refuses the committee's signature, and the cotton stops coming. {economy_crisis >= 62:Shortages are biting everywhere already, and within a fortnight|Within three weeks} the looms stand idle. The women are paid half, then nothing.
Agafya was right: they curse the committee, not the owner. The Menshevik paper writes that workers who cannot run a mill cannot run a country. {dual_power ? evenings_mill:You built this committee with your own hands, and that makes it worse.} # effect: Workers' confidence falls, the crisis deepens: a mill run alone runs out of cotton
{dual_power ? kept_kamenev_line:Anton reminds you, in the district bulletin, that the party advised supervision.|Fyodor says the mill failed because it stood alone: without power in the whole city, one mill is an island.} Marfa sits up at night over the accounts and cannot make them come out.
-> dp_factory_note

=== dp_ctl_anarchist
~ dual_power += control_anarchist
~ raise(workers_control, 10)
~ raise(fleet, 5)
~ lower(party_org, 4)
~ raise(worker_confidence, 2)
~ raise(counter_threat, 3)
The mill declares itself the property of those who work in it, answerable to no ministry and no Soviet. Petya brings a dozen sailors to guard the gate, and they sleep in the drying room. {dual_power ? kept_kamenev_line:Fyodor comes back from the anarchists' villa to stand with them.}
For a fortnight it feels like Kronstadt. Then the owner cuts off the cotton. The other mills have none to spare, the Soviet will not help a mill that needs nobody, and one mill alone cannot buy cotton, ship it or pay a bank that answers to the government. {fleet >= 55:Petya's sailors bring one lorry-load from Kronstadt. It lasts four days.}
Marfa goes to the anarchists' meetings now, not to yours. "Your party wants to give orders," she says. "I've had enough of orders." # effect: The fleet warms, party organisation falls: the mill goes its own way with the sailors
~ trust(marfa_trust, -1)
-> dp_factory_note

=== dp_factory_note
What really happened: strikes won wage rises averaging 150% in three months and, on 24 April, a minimum wage. # note # cite: essay
Committees claimed supervision and a veto on hiring and firing, not management, fearing failure. By October 74% of industrial workers had some workers' control. # note # cite: 11, essay
-> dp_finland

=== dp_finland
~ held += kshesinskaya_mansion
# date: 1917-04-03
# scene: The Finland Station
# place: finland_station
# music: stinger_rise
Near midnight a searchlight sweeps the crowd outside the Finland Station. {dual_power ? evenings_barracks:You stand with Grisha and a dozen of his soldiers, curious to see the famous émigré.|{dual_power ? evenings_mill:You stand with Marfa's weavers and their home-sewn banner.}} # event: train finland_station # sfx: train
Lenin, home from Switzerland, speaks from an armoured car: the war is still one of conquest; no support for the Provisional Government.
* [Push through to the front of the crowd #historical]
    Close enough to see him in the searchlight: a tired man in a bowler hat, holding a bouquet he does not know what to do with.
* [Stay at the back with Anton]
    From the back you hear one word in three. Anton, beside you, does not clap.
- At the Kshesinskaya mansion he talks for hours: the soviets must take power, once their majority is won over.
{
- dual_power ? broke_with_leadership:
    You watch from the back of the room, a guest in the house you walked out of. Fyodor whispers, "He's saying what we said."
- (dual_power ? opposed_government) || (dual_power ? rival_government):
    Fyodor digs an elbow into your ribs. "That's our March line," he whispers.
- dual_power ? kept_kamenev_line:
    A month ago your committee voted the other way. You feel it in your face.
- dual_power ? control_takeover:
    Marfa has come too. With the looms idle she has nowhere else to be.
}
Anton is shaken. {dual_power ? kept_kamenev_line:"We were right in March, and Kamenev is right now. The bourgeois revolution isn't finished."|"Ten years abroad. Kamenev says the bourgeois revolution isn't finished. We keep the March line."}
Fyodor grins. "Why explain? Paint it on a banner: down with the government, now."
You remember a March speaker, as the Soviet ended the strike: "…the workers cannot win freedom and not use it to ease the burdens of their labour, to fight capital." # cite: 8
"All Power to the Soviets," Petya says. "I like it." # cite: essay # decision: dp_april_theses
* [Keep conditional support, with Anton and Kamenev] -> dp_th_conditional
* [Raise the slogan: down with the government, now] -> dp_th_down
* [Back Lenin, against your own committee: win the soviets by patient explanation #historical] -> dp_th_lenin

=== dp_th_conditional
~ dual_power += kept_conditional_support
~ split_party(4)
~ lower(bolshevik_share, 3)
~ lower(party_org, 3)
~ raise(moderates_cred, 3)
~ lower(fleet, 4)
~ lower(left_allies, 2)
# date: 1917-04-08
# scene: The committee votes
# place: vyborg
{dual_power ? broke_with_leadership:Your little group folds. You go back to Anton's committee, cap in hand, and vote with him.|The Vyborg committee votes with Anton, and so do the other districts.} Lenin's theses appear in the party paper under his name alone, like a letter from an eccentric uncle, with a polite note that the editors do not share his view.
He speaks anyway, from the mansion's balcony and in the factory yards, and the young workers come back restless.
At the New Lessner gate a fitter stops you. "So what's the difference between you and the Mensheviks now? Apart from one old man who disagrees with you?" {bolshevik_share < 8:You have no answer he would believe. In the Soviet the Bolshevik benches are thinner every week.|You give him an answer. He does not write it down.}
Petya goes back to Kronstadt. "We'll find our own way," he says. "We don't need a party that takes a month to make up its mind." # effect: The party's share and the fleet fall: the Bolsheviks stay the Soviet majority's left wing
-> dp_theses_note

=== dp_th_lenin
~ dual_power += (backed_april_theses, patient_explanation)
~ split_party(4)
~ raise(legitimacy, 5)
~ agitate(5)
~ raise(fleet, 8)
~ lower(garrison, 3)
~ raise(left_allies, 3)
~ raise(worker_confidence, 2)
{ dual_power ? broke_with_leadership:
    ~ raise(party_unity, 10)
}
Vyborg is among the first districts to back Lenin. Anton argues against it two evenings, loses, and carries it out. {dual_power ? broke_with_leadership:Then he comes to find you and Fyodor. "The party has come round to you. Come back to it." You go.} # effect: Legitimacy and the fleet rise: an open, patient opposition to the government
Men shout about his train through Germany. {dual_power ? evenings_barracks:Grisha's regiment votes against Lenin; the soldiers you talked with all March vote no.|Grisha's regiment passes a resolution against Lenin.}
-> dp_theses_note

=== dp_th_down
~ dual_power += down_with_government_now
~ split_party(8)
~ lower(worker_confidence, 3)
~ lower(garrison, 6)
~ repress(8, 20)
~ raise(moderates_cred, 4)
~ raise(counter_threat, 5)
~ lower(bolshevik_share, 2)
~ crowds += admiralty_centre
# date: 1917-04-09
# scene: A banner on the Nevsky
# place: nevsky_kazan
You and Fyodor paint the banner on a bedsheet: DOWN WITH THE PROVISIONAL GOVERNMENT. {dual_power ? opposed_government:In March you said it in a barracks yard and got a boot for it. Now you will say it on the Nevsky.} On Sunday forty of you carry it down the Nevsky. {dual_power ? broke_with_leadership:Your group answers to nobody, and nobody can stop you.} # event: march nevsky_kazan
By the Kazan Cathedral you meet the other Petrograd: officers, students, ladies in furs, cheering the government and the war. Sticks come out, the banner is trampled, and the militia takes twenty of you to the cells, Fyodor among them. # sfx: crowd_roar # event: arrest nevsky_kazan
The Soviet denounces you. So does the Central Committee: a party with a handful of delegates cannot call for the government's fall before it has won the soviets. {garrison < 65:In Grisha's barracks the soldiers now say the Bolsheviks want civil war, and they mean it.|Even in Grisha's barracks, where they like you, the soldiers say you have gone too fast.} # effect: The garrison cools and repression rises: the Bolsheviks look like men who want civil war
~ disperse(admiralty_centre)
-> dp_theses_note

=== dp_theses_note
What really happened: Lenin demanded opposition to the war, no support for the government and "All Power to the Soviets", whose Menshevik and SR majority had to be won first. # note # cite: essay
The essay says he had all but accepted Trotsky's permanent revolution; others see the April Theses as his own development. # note # interpretation # cite: essay
Not in the essay: a late-April party conference adopted his line. # note
{
- dual_power ? kept_conditional_support: -> apr_loyal
- dual_power ? down_with_government_now: -> apr_banner
}
-> dp_kadet

// A Kadet at his best, heard on every road: the case for the Provisional Government, the war, the Assembly and order.
=== dp_kadet
# date: 1917-04-19
# scene: The engineer's case
# place: vyborg
Voronov, the Erikson chief engineer, stops at your lathe. He votes Kadet and makes no secret of it.
"One minute, Petrova, as an engineer. This government is the Duma men who fought the Tsar for twelve years, the only one the Allies, the banks and the officials will obey. Lose the war and a German peace puts a Romanov back. Land and the state's form are for a Constituent Assembly chosen by all Russia, not one city's Soviet. And without order comes hunger, and after hunger a general on a white horse."
~ heard_the_kadet = 1
* [Ask him when the Assembly will meet #historical]
    "When there is order to hold it in," he says, and hears himself say it.
* [Tell him he argues better than his ministers]
    He laughs, surprised, and offers you a cigarette.
- -> dp_miliukov

=== dp_miliukov
~ crisis(3)
# date: 1917-04-20
# scene: The Miliukov note
# place: vyborg
In the morning paper Foreign Minister Miliukov promises the Allies Russia will fight on, "pursuing Russia's vital interests": Constantinople and the Straits, the Tsar's old war aims. # cite: 9
{
- dual_power ? kept_kamenev_line:
    Your father throws the paper on the table. "I backed your Kamenev. Defence, he said. Nobody said Constantinople."
- dual_power ? broke_with_leadership:
    Even your father is angry. "All right," he says. "Your little sheet was right about one thing. I said defence, not Constantinople."
- else:
    Even your father is angry. "I said defence, Nadya. I never said Constantinople."
}
Voronov defends it at the gate: an ally keeps its word. # recalls: heard_the_kadet
Soldiers are marching on the Mariinsky Palace. {left_allies >= 22:"Come with us," Lidia says. "The students are going, and the Finland Regiment."|"Come if your party can bear to march beside us," Lidia says, a little stiffly.}
{
- dual_power ? kept_conditional_support:
    Anton agrees with Osip for once: the committee's line is the Soviet's line, and the Executive will deal with Miliukov.
- dual_power ? down_with_government_now:
    Anton has the Central Committee's orders: no more bedsheets. March if you must, unarmed, for the ministers' resignation and nothing more.
- else:
    Anton has the Central Committee's word: into the streets, without rifles, and demand that Miliukov goes.
}
{
- dual_power ? fighting_group:
    Fyodor's fighting group has cleaned its rifles twice since Sunday. "This is the day," he says. "March on the Mariinsky, and don't come home till the Soviet has power." # recalls: dual_power
- dual_power ? kronstadt_road:
    Petya has brought two hundred sailors up the Neva on a tug. "Kronstadt is ready," he says. "March on the Mariinsky, and don't come home till the Soviet has power." # recalls: dual_power
- else:
    {dual_power ? down_with_government_now:Fyodor, out of the cells with a split lip, wants the works militia's rifles.|Fyodor and Petya want the works militia's rifles.} "March on the Mariinsky," Fyodor says, "and don't come home till the Soviet has power."
}
{ dual_power ? unity_talks:
    Osip has a seat on the joint committee now, and he begs you as a colleague. # recalls: dual_power
}
"Stay off the streets," Osip begs. "The Executive will get the note explained. Street fighting is what the generals pray for." # decision: dp_miliukov_note
* [Join the demonstrations and demand the ministers go #historical] -> dp_mil_march
* [Stay off the streets and work through the Soviet] -> dp_mil_soviet
* [March armed on the Mariinsky Palace for Soviet power] -> dp_mil_armed

=== dp_mil_march
~ dual_power += marched_on_miliukov
~ crowds += (vyborg, vasilievsky, admiralty_centre)
~ stir(admiralty_centre, -6)
~ lower(gov_authority, 8)
~ discredit_moderates(8)
~ raise(worker_confidence, 3)
~ raise(party_org, 3)
~ raise(red_guard, 5)
~ armed_workers += vasilievsky
~ raise(counter_threat, 8)
~ count_up(casualties, 3, 20000)
# date: 1917-04-21
# scene: The Nevsky
# place: nevsky_kazan
{worker_confidence >= 60:The Vyborg side comes out whole, banners bobbing over the Liteiny Bridge.|Fewer come out than you hoped; many still trust the Soviet to sort it out.} {dual_power ? kept_conditional_support:You march without the party's banner, since the committee left Miliukov to the Executive.|{dual_power ? down_with_government_now:Anton has made you leave the bedsheet at home.}} The placards say DOWN WITH MILIUKOV. # event: march vyborg nevsky_kazan mariinsky_palace # sfx: march
By the Kazan Cathedral the other city waits, cheering the government. Somebody fires; there is blood on the wooden paving. # sfx: shots # event: shots nevsky_kazan
Within a fortnight Miliukov and the War Minister are gone. # effect: Government authority and the moderates fall: the crowds, not the Executive, bring Miliukov down
~ disperse((vyborg, vasilievsky, admiralty_centre))
-> dp_mil_note

=== dp_mil_armed
~ dual_power += demanded_soviet_power
// The second mistake: an armed march after the warning of April (the banner road not recanted) ends the act.
{ ((dual_power ? fighting_group) || (dual_power ? kronstadt_road)) && garrison < 65:
    -> dp_mil_adventure
}
~ crowds += (vyborg, admiralty_centre)
~ repress(10, 30)
~ count_up(casualties, 6, 20000)
~ raise(moderates_cred, 4)
~ lower(gov_authority, 3)
~ raise(counter_threat, 6)
~ lower(bolshevik_share, 2)
~ lower(worker_confidence, 3)
# date: 1917-04-21
# scene: Rifles on the Liteiny Bridge
# place: liteiny_bridge
Two hundred men of the works militia take rifles from the Erikson storeroom, and Petya's sailors fall in behind. {dual_power ? evenings_barracks:A dozen soldiers from Grisha's company come too, without their officers' leave.} # event: red_guard vyborg liteiny_bridge
At the Liteiny Bridge a Soviet Executive delegation blocks the roadway with a written order: no armed body on the streets without the Soviet's signature.
{garrison >= 65:Grisha's regiment lines the embankment. Its men will not shoot at you, nor follow you.|The regiments stay in barracks, as the Soviet tells them.} The soldiers take their orders from the Tauride.
The column splits. Half goes home. The rest reach the Nevsky, exchange shots with officers in a side street, and run into the militia. # sfx: shots # event: shots nevsky_kazan
By evening the Soviet has voted against armed demonstrations, thirty of your people are in the cells, and the papers have the word they wanted: Bolshevik. {dual_power ? evenings_barracks:Grisha comes to the cells with a loaf and a warning. "You went without the soldiers," he says. "In this city nothing moves without the soldiers."} Miliukov still falls, but the crowds that bring him down did not follow your rifles. # effect: The party's share and workers' confidence fall: an armed march the soldiers would not join
~ disperse((vyborg, admiralty_centre))
-> dp_mil_note

=== dp_mil_adventure
~ dual_power += stormed_mariinsky
~ fought_over += mariinsky_palace
~ crowds += (vyborg, admiralty_centre)
~ barricades += admiralty_centre
~ count_up(casualties, 40, 20000)
~ repress(25, 400)
~ lower(worker_confidence, 12)
~ raise(counter_threat, 15)
~ raise(gov_authority, 8)
# date: 1917-04-21
# scene: St Isaac's Square
# place: mariinsky_palace
The militia and Petya's sailors cross the river with rifles on their shoulders and the mended bedsheet banner at their head. By four o'clock you hold a corner of St Isaac's Square, and the Mariinsky Palace stands shut before you. # event: red_guard admiralty_centre mariinsky_palace
The ministers have slipped out by the back. The soldiers have not. At the Soviet Executive's call a regiment guards the palace: the same soldiers who heard a fortnight ago that the Bolsheviks want civil war. {garrison >= 50:Some lower their rifles when they see who you are. Not enough.|They look at your banner and believe it.}
Someone in your ranks fires first. Nobody will ever know who. The volley that answers sweeps the square. # sfx: volley # event: shots mariinsky_palace
Fyodor drags you behind the cathedral columns. When the smoke clears there are bodies on the cobbles, and Petya is carrying a boy from the cartridge works who will not live to reach the hospital.
-> dp_mil_note

=== dp_mil_soviet
~ dual_power += negotiated_through_soviet
~ lower(bolshevik_share, 2)
~ lower(party_org, 2)
~ raise(moderates_cred, 2)
~ lower(gov_authority, 6)
~ raise(counter_threat, 6)
~ lower(worker_confidence, 1)
~ crowds += (vyborg, admiralty_centre)
# date: 1917-04-21
# scene: Outside the Executive's door
# place: tauride_palace
You spend the night on a bench outside the Executive Committee's room while Osip's comrades shuttle to and from the ministers. {dual_power ? kept_conditional_support:Anton sits beside you, pleased with the party's good behaviour.} By morning the government has sent an explanation of the note, and the Executive has accepted it.
{ left_allies >= 22:
    Lidia shares your bench for an hour with the SR paper. The chairman of the new supply commission wants state control of industry, transport and distribution, and the capitalist ministers refuse it. "That commission will never report," she says. "The Executive explains things. Nobody decides them."
}
The streets did not wait for the Executive. Fyodor and Petya march behind the soldiers under the anarchists' black flags. On the Nevsky there are shots, men die, and nobody can find a Bolshevik banner in either crowd. # sfx: shots # event: shots nevsky_kazan
"Where were you?" a weaver asks at the mill gate. Miliukov falls anyway, a fortnight later. The crowds remember who brought him down, and who sat on a bench. # effect: The party's share falls: the Bolsheviks were absent when the streets moved
~ trust(osip_trust, 1)
~ disperse((vyborg, admiralty_centre))
-> dp_mil_note

=== dp_mil_note
What really happened: Miliukov's note committed the government to "pursuing Russia's vital interests", the Straits among them. # note # cite: 9
Huge demonstrations followed, and capitalist ministers resigned. # note # cite: essay
{ dual_power ? stormed_mariinsky: -> ending_april_adventure }
-> dp_coalition

=== dp_coalition
~ raise(worker_confidence, 2)
~ raise(workers_control, 8)
~ raise(peasant_land, 10)
~ raise(german_threat, 5)
~ raise(counter_threat, 4)
{ dual_power ? backed_april_theses:
    ~ raise(party_unity, 15)
}
# date: 1917-05-05
# scene: The coalition vote
# place: tauride_palace
{
- dual_power ? demanded_soviet_power:
    Thirty of your comrades are still in the cells. At the Tauride a sentry reads your pass twice, and the Executive men watch the Vyborg delegates as you would a dog that has bitten.
- dual_power ? negotiated_through_soviet:
    Osip greets you warmly at the Tauride door. He is the only one who does. On the Vyborg side they still ask where the Bolsheviks were on the 21st.
- else:
    You come to the Tauride from the funerals of the men shot on the Nevsky.
}
Now Soviet leaders are to fill the empty ministers' chairs, if the Soviet approves. # event: vote tauride_palace
{left_allies >= 24:Lidia takes your arm in the corridor.|Lidia nods coolly across the corridor.} Her village is ploughing the landlord's fallow unasked. "Go in only on the Soviet's programme: state control, a democratic army, tax the rich. In writing."
"We'll be blamed for everything," says Osip. "But if we stay out, the government falls to the generals."
{
- dual_power ? unity_talks:
    "One socialist bloc, Nadya. We have talked unity for a month. Go in with us." # recalls: dual_power
- dual_power ? negotiated_through_soviet:
    He lowers his voice. "You sat on that bench with us, Nadya. Sit in the government with us too." # recalls: dual_power
- osip_trust >= 5:
    He says it to you alone, as Kolya's friend, and it is harder to refuse. # recalls: osip_trust
}
{(dual_power ? kept_kamenev_line) || (dual_power ? kept_conditional_support):Anton nods at Osip. "We've supported them from outside since March. Why not from inside, where we'd be heard?"|Anton shakes his head. "We vote no, with Martov's people. Let them own it."}
Martov's Menshevik-Internationalists speak against it, and Trotsky, back from exile, moves a resolution against the coalition. # decision: dp_coalition
* [Back the socialists going in, and share the load] -> dp_co_join
* [Vote for entry on the Soviet's programme] -> dp_co_conditional
* [Vote against{(dual_power ? kept_kamenev_line) || (dual_power ? kept_conditional_support): with the Central Committee, against your own district's mood|, with Martov's people and Trotsky} #historical] -> dp_co_oppose

=== dp_co_oppose
~ dual_power += opposed_coalition
~ raise(left_allies, 5)
~ discredit_moderates(6)
~ lower(garrison, 3)
~ crisis(4)
Hundreds of hands go up for the coalition. For Trotsky's resolution, a scattering: {(dual_power ? kept_kamenev_line) || (dual_power ? kept_conditional_support):you and a few Bolsheviks who will not follow Anton, Martov's few, a handful of soldiers. Anton abstains.|the Bolsheviks, Martov's few, a handful of soldiers.} {bolshevik_share >= 14:But Vyborg's factories send resolutions against it faster than the committee can file them.|On the Vyborg side hardly anyone notices.}
Lidia voted with her party, but stops you on the steps: "You'll be proved right or mad. Either way I want to be there." # effect: The moderates lose credit, left allies rise: the Bolsheviks stay outside and blameless
-> dp_co_note

=== dp_co_conditional
~ dual_power += conditional_coalition
{ dp_is_swallowed():
    ~ dual_power += blurred_into_majority
}
~ lower(bolshevik_share, 3)
~ raise(moderates_cred, 2)
~ raise(left_allies, 3)
~ split_party(5)
~ raise(gov_authority, 4)
~ crisis(4)
Your hand goes up with Lidia's, and the Soviet's conditions are carried: state control, a democratic army, taxes on the rich. The socialist ministers cross to the Mariinsky; the conditions stay in a file at the Tauride.
A week later nothing has been controlled, democratised or taxed. At the Erikson gate a fitter waves the list of ministers: "Your hands went up for this." {dual_power ? backed_april_theses:The Central Committee sends Vyborg a sharp letter; Anton reads it aloud without looking at you.|Anton files the conditions in a folder marked "Pending", where they stay all summer.}
{dual_power ? marched_on_miliukov:The men who marched on the 21st ask what they marched for.} # effect: The party's share falls, government authority rises: Bolshevik hands seated the ministers
-> dp_co_note

=== dp_co_join
~ dual_power += joined_coalition
{ dp_is_swallowed():
    ~ dual_power += blurred_into_majority
}
~ raise(moderates_cred, 4)
~ raise(gov_authority, 6)
~ lower(bolshevik_share, 4)
~ lower(left_allies, 3)
~ lower(fleet, 6)
~ crisis(4)
{ dual_power ? blurred_into_majority:
    {dual_power ? backed_april_theses:Your hands go up with the majority. The Central Committee disowns the vote, but the party is too small for anyone to notice: the factories saw Bolshevik hands go up for the government.|Your hands go up with the majority, and nobody in the party's leadership objects very loudly.} Across the supper table your father shakes your hand.
    Fyodor tears up his card in the committee room. Petya sends word from Kronstadt that the sailors have a name for your party now: the ministerial Bolsheviks. # effect: The party's share and the fleet fall, the moderates gain: Bolsheviks voted the coalition in
- else:
    ~ split_party(12)
    Your hand goes up with the majority. Next morning the Central Committee disowns the vote, and the Vyborg committee recalls you from the Soviet. The party's line holds: no support for the coalition.
    But the factories saw Bolshevik hands go up for the government, and they will not forget it. {dual_power ? marched_on_miliukov:The men who marched on the 21st want to know why.} # effect: The party's share falls and unity strains: Bolshevik hands went up for the coalition
}
-> dp_co_note

=== dp_co_note
What really happened: the SRs agreed to a coalition; the Mensheviks feared the blame. The Executive voted to enter against the Bolsheviks and Martov's group; Trotsky's resolution won 20 to 30 votes. # note # cite: essay
The Soviet's conditions (state control, a democratised army, taxing the rich) were never pursued. # note # cite: essay
{ dual_power ? blurred_into_majority: -> dp_swallow_warning }
-> dp_end

// Danger with a way back: the party has blurred into the majority; one more step and it is swallowed.
=== dp_swallow_warning
# date: 1917-05-10
# scene: A letter from the mansion
# place: vyborg
A week after the vote, a young agitator from the Kshesinskaya mansion brings the committee a letter in Lenin's hand, and reads it aloud: a party that seats the ministers of the war cannot tell the soldiers it is against the war. Either Vyborg recalls its vote, or it is a Menshevik district with a Bolshevik signboard.
{dual_power ? unity_talks:Osip's joint committee meets the same evening, and expects you.|At the Erikson gate the young fitters are taking down the party's notices.} Fyodor sends word that he will not come back while your hand is up for the government.
* [Recall your vote and go into opposition, whatever it costs]
    ~ dual_power -= blurred_into_majority
    ~ dual_power += recalled_from_coalition
    ~ split_party(6)
    ~ lower(moderates_cred, 3)
    ~ raise(bolshevik_share, 2)
    ~ trust(osip_trust, -2)
    You stand up in the Soviet and take your vote back. The Mensheviks call it a somersault; Osip will not look at you. At the Erikson gate the notices go back up. # effect: The party's share recovers a little, unity strains: Vyborg recalls its vote for the coalition
    -> dp_end
* [Give up your Soviet mandate and go back to the factory gates]
    ~ dual_power -= blurred_into_majority
    ~ dual_power += recalled_from_coalition
    ~ nadya_delegate = 0
    ~ lower(party_org, 3)
    ~ raise(worker_confidence, 2)
    ~ trust(marfa_trust, 1)
    You hand your mandate to the Soviet's secretary and go back to the lathe. At the gate, evenings, you tell the shop what the vote was for and why it was wrong. Marfa comes to listen. # effect: Workers' confidence rises a little, party organisation falls: the vote is undone from the factory floor
    -> dp_end
* [Stay with the Soviet majority]
    You fold the letter and put it in the drawer with the others.
    -> ending_swallowed_by_coalition

=== dp_end
~ held += kronstadt
~ raise(fleet, 5)
# date: 1917-05-20
# scene: The white nights begin
# place: vyborg
At eleven at night you can read a leaflet outdoors.
{
- dual_power ? recalled_from_coalition:
    The recalled vote follows you everywhere: {nadya_delegate:in the Soviet you are the woman who changed her mind, and at the gates the one who changed it back|you gave back your mandate, and at the gates they call you the delegate who resigned rather than lie}. # recalls: dual_power
- dual_power ? opposed_coalition:
    {bolshevik_share >= 14:The party is small but growing: the cartridge works has elected its first Bolshevik deputy.|The party is small, and weaker than it should be after such a spring.} The socialist ministers own every broken promise now.
- dual_power ? conditional_coalition:
    The party voted for conditions nobody meant to keep, and must spend the summer explaining that it never trusted the ministers it helped seat.
- else:
    The party has disowned your vote, and the factories remember it. You will have to win the Vyborg side back, one shop at a time.
}
{
- dual_power ? control_supervision:
    Marfa's committee checks the mill's books every Friday.
- dual_power ? control_takeover:
    Marfa's committee still holds the mill, but with no cotton and no wages the looms stand idle more days than they run. Prices have eaten half the minimum wage the Soviet won on 24 April, and the mill women have not seen a kopeck of it.
- dual_power ? control_anarchist:
    Marfa's mill stands idle more days than it works, and she talks of Kronstadt. The minimum wage the Soviet won on 24 April is a rumour from another country.
}
{
- dual_power ? recanted_banner:
    Since the banner the Central Committee watches Vyborg closely, and you have learned to explain before you shout. # recalls: dual_power
- dual_power ? late_convert:
    You came to Lenin's line a fortnight late, and Fyodor has not let you forget it. # recalls: dual_power
- dual_power ? mill_committees_first:
    The factory committees you built in April meet every Sunday now, in the district council's hall, and the party is one voice among several there. # recalls: dual_power
}
Petya writes that Kronstadt's soviet answers to no power but its own. {fleet >= 65:He asks when Petrograd will follow.|He does not ask what the Bolsheviks think.} {dual_power ? kept_kamenev_line:Your father has pinned Kerensky's picture over the stove, and you have not taken it down.|Your father has pinned Kerensky's picture over the stove.} "He'll take them forward. You'll see."
~ whereabouts(2)
In June a Congress of Soviets from all Russia will be asked to trust the coalition, while the War Minister readies an offensive for the Allies. # act_end: dual_power
// The spring's alternatives play on into the summer on their own roads (story/roads/dp_roads.ink).
{ dp_road_door() != (): -> dp_road_start }
-> jul_start

// True when the party blurs into the Soviet majority (checked at the coalition vote, before the vote's
// own costs): it went into the coalition while it still held the March line, or while it was too weak
// to be heard (under 12% of delegates or organisation under 45), or it kept the March line all spring
// (or talked unity with the Mensheviks) and then voted the coalition its conditions. Kept as blurred_into_majority;
// dp_swallow_warning then gives one chance to recall the vote before the ending.
// For teachers: the essay's point that the summer's discontent needed an independent pole.
=== function dp_is_swallowed()
{
- (dual_power ? joined_coalition) && ((dual_power ? kept_kamenev_line) || (dual_power ? unity_talks) || ((dual_power ? kept_conditional_support) && not (dual_power ? late_convert)) || bolshevik_share < 12 || party_org < 45):
    ~ return true
- (dual_power ? conditional_coalition) && (dual_power ? kept_conditional_support) && ((dual_power ? kept_kamenev_line) || (dual_power ? unity_talks)):
    ~ return true
}
~ return false
