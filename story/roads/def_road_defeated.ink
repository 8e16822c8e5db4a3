// The November of the defeated (Acts V-VI): October's two second-mistake defeats no longer end the year at once.
// Entered from Act V where the Congress is lost (def_road_dispersed: oct_press_answer, oct_last_night and
// oct_late_answer in 05_october.ink, oct_vote_arrest in october_vote.ink, oct_shut_vyborg in oct_road_shut.ink) or
// the party's own rising fails (def_road_crushed: oct_party_fails). The defeat is shown as its ending showed it
// (oct_dispersed_scene and oct_rising_crushed_scene in endings.ink, with their notes), Act V ends, and Act VI opens
// in November with the committee in Kresty and the Assembly elections called. The whole road is a counterfactual.
// Small choices (no decision tag): the Cossack at the soviet door, the woman at the mill gate, who carries Anton's
// parcel to Kresty (it comes back in every outcome: his canvassers, the Kresty ledger, his answer to the appeal),
// Marfa's eldest, Fyodor's coat, and one in each outcome. One decision,
// def_defeated_november, whose outcomes follow the state, not the option alone:
//   - stand for the Assembly from the lists that escaped arrest (Marfa): assembly_sovereign, with the party a small
//     legal opposition, if it is still organised and trusted; otherwise the lists are struck off (the defeat ending);
//   - rebuild in the factories and the barracks for the spring (Fyodor): assembly_sovereign with the party
//     underground if the cells outlast the counter-revolution; otherwise they are found (the defeat ending);
//   - sign Martov's and the Left SRs' call for a socialist government (Lidia): revolution_disarmed if the left and
//     the moderates can carry it, socialist_unity if the moderates take the Kadets in too, the defeat ending if
//     nobody answers a beaten party.
// The defeat endings (congress_dispersed, premature_rising) are told for November by def_road_last_defeat, then end.
// Items: DefRoadPath road_dispersed, road_crushed, defeated_parcel, defeated_lists, defeated_cells, defeated_appeal.

=== def_road_dispersed
~ def_road += road_dispersed
-> oct_dispersed_scene ->
-> def_road_october_ends

=== def_road_crushed
~ def_road += road_crushed
-> oct_rising_crushed_scene ->
-> def_road_october_ends

=== def_road_october_ends
~ crowds = ()
~ fought_over = ()
~ whereabouts(5)
{def_road ? road_crushed:October ends with the party's rising called a German plot in every paper|October ends with the Congress sent home under escort, and the party's name on the commandant's lists}. You sleep at Marfa's now, behind the mill. # act_end: october
What comes next: the Constituent Assembly elections are called for the middle of November, and a beaten party must decide what it is for.
-> def_road_november

=== def_road_november
~ crisis(6)
~ raise(german_threat, 5)
First snow on the Sampsonievsky. A Cossack stamps his feet outside the district soviet, where a new padlock hangs on the door you used to open with your own key. # act: defence # date: 1917-11-02 # scene: The November of the defeated # place: vyborg # event: arrest vyborg
* [Cross the street before he sees your face]
    You cross, and keep your shawl up, and feel his eyes on your back to the corner.
* [Walk past him as you always have]
    He looks at you without interest. To him you are one more woman going to the mill.
-
The Kadet papers want courts-martial in the rear as well as at the front, and Kornilov's generals given back their commands. Some have them already.
The front is coming home without orders: soldiers sell their boots at the Finland Station for bread. At Erikson a notice on the gate says three days a week from Monday. # effect: The economic crisis deepens: the front is walking home and the works are short of orders
{ def_road ? road_crushed:
    At the mill gate a woman spits at your feet: her man was shot at the Liteiny Bridge in October. # recalls: def_road
- else:
    At the mill gate a woman asks you, loud enough for the queue, where the Congress went that she was told to wait for. # recalls: def_road
}
* [Stop and answer her]
    ~ raise(worker_confidence, 1)
    You say the only true thing you have: the party got it wrong, and is still here. She looks at you a long time. "Still here," she says. "We'll see." # effect: Workers' confidence rises a little: you did not walk past
* [Walk on to the mill]
    You walk on with your head down. Behind you somebody laughs, and somebody tells him to shut up.
-
Anton is in Kresty, taken at his table with the committee's minute book. Thursday is parcel day, and his wife dare not go: one name in a prison ledger can lose her her place at the tram depot.
* [Carry Anton's parcel to Kresty yourself]
    ~ def_road += defeated_parcel
    You queue two hours at the Kresty gate with bread, tobacco and a pair of his socks, darned by his wife. A clerk writes your name in a ledger without looking up.
    Through the grille Anton is thinner, and calm. "You shouldn't have come," he says, and then, fast and low: "The canvassers' addresses are behind the stove at the mill. They never found them."
* [Send it by Marfa's eldest, whose name no clerk will ask]
    Marfa's girl carries the parcel under her shawl as if it were her own dinner, and comes back at dusk with an empty basket and Anton's thanks. Nobody at Kresty wrote down anyone's name.
-
That night Marfa's eldest asks you, over her slate, whether the party is finished.
* [Tell her the truth: you do not know]
    She nods as if that were an answer, and goes back to her sums.
* [Tell her it has been beaten before, in July]
    "And came back?" she asks. "In a month," you say, and she writes the word July in the corner of her slate.
- -> def_road_choice

=== def_road_choice
Four of the district committee's eleven are still free. They meet in Marfa's room, her children at a neighbour's and a kettle on for an excuse. # date: 1917-11-06 # scene: What the party is for # place: vyborg
Fyodor comes in last, by the yard, in a greatcoat too big for him.
* [Ask him whose coat it is]
    "A Putilov man's," he says. "He won't be needing it." Nobody asks anything more.
* [Make room for him by the stove]
    He sits on the floor with his back to the stove and his eyes shut, the first warm hour he has had in a week.
-
Lidia brings an appeal from Martov's Menshevik-Internationalists that her own party's leaders will sign if yours does.
"The party's list is on the ballot for the fifteenth," says Marfa. "Nobody has struck it off, and the ballot doesn't ask who is in Kresty. Let all Russia count what the factories think of this government."
"They took the rifles and the Soviet. They'll take a ballot box," says Fyodor. "Rebuild the cells, factory by factory, barracks by barracks, and leave the rifles under the coal. The front is walking home. By spring every soldier will want the land and peace, and we'll be there."
"By spring the officers will have closed every soviet in Russia," says Lidia. "Sign Martov's call: a government of the socialist parties, no Kadets and no generals, while there are soviets left to save. Make the Mensheviks choose in public between us and the Staff." # decision: def_defeated_november
* [Stand for the Assembly from the lists that escaped arrest]
    ~ def_road += defeated_lists
    -> def_road_lists
* [Rebuild in the factories and the barracks for the spring]
    ~ def_road += defeated_cells
    -> def_road_cells
* [Sign Martov's call for a socialist government]
    ~ def_road += defeated_appeal
    -> def_road_appeal

=== def_road_lists
// The list stands if the party's organisation, the workers' confidence and half its share of the delegates come
// within 40 of the repression; Anton's canvassers (the parcel) add a little.
~ temp standing = party_org + worker_confidence + bolshevik_share / 2
{ def_road ? defeated_parcel:
    ~ standing += 6
}
You queue in the snow with Marfa outside the school on the Sampsonievsky. The party's list is on the ballot, and half its names are in Kresty. # date: 1917-11-15 # scene: The lists that escaped # place: vyborg # event: vote vyborg
* [Vote under your own name]
    The clerk reads your name twice and stamps your card. Marfa squeezes your arm.
* [Vote on a dead neighbour's papers, as Fyodor advised]
    The clerk does not look up. You vote as Pelageya Ivanovna, who died in the spring, and feel her name in your mouth all day.
-
{ def_road ? defeated_parcel:
    Marfa has had forty women out since dawn, from the addresses Anton gave you through the Kresty grille, each with a bundle of the party's ballots under her shawl. # recalls: def_road
- else:
    Marfa has had a dozen canvassers out since dawn. The rest of the addresses were in the committee's files, and the files are with the police.
}
{ standing >= repression - 40:
    ~ raise(legitimacy, 8)
    ~ raise(worker_confidence, 4)
    ~ lower(repression, 5)
    A junker at the school door looks at papers and lets the line through. With all Russia voting, nobody has dared strike a list off. By night the count gives the party two votes in three on the Vyborg side, and nearly as many at Putilov. # event: flag vyborg peterhof # effect: Legitimacy and workers' confidence recover: the beaten party won the factories' vote in the open
    The villages vote SR, as they were always going to. The party will sit in the Assembly as a small bench on the far left: a legal opposition with half its deputies in prison.
    What really happened: there was no defeat in October. The Assembly elections, which the essay dates 15-19 November (they are usually dated from the 12th), gave the SRs 40% and the Bolsheviks almost 24%, with 70% in Vyborg. # note # cite: essay
    Not in the essay: after July the party had survived half-legally, its papers reappearing under new names and its leaders in hiding or in prison. A beaten party standing in November is this road's inference from that. # note # interpretation
    -> ending_assembly_sovereign
}
~ raise(repression, 6)
~ lower(worker_confidence, 6)
At nine an officer pastes a notice on the school door: in Petrograd the commandant has struck off the ballot every list whose candidates are "under investigation for the events of October". On every ballot in the box, the party's number has been crossed out in red pencil. # event: arrest vyborg # effect: Repression rises and confidence falls: the party's list was struck off in the capital
Marfa folds her ballot in four and puts it in her pocket. Half the queue votes SR. The other half goes home.
What really happened: the Assembly elections, which the essay dates 15-19 November (usually dated from the 12th), gave the Bolsheviks almost 24% nationally and 70% in Vyborg; no list was struck off. # note # cite: essay
Not in the essay: after July the party had survived half-legally. Whether a government that had won in October would have let it stand is this road's counterfactual. # note # interpretation
-> def_road_defeat_ending

=== def_road_cells
// The cells hold if the party's organisation, the workers' confidence and the garrison outweigh the
// counter-revolution; a name in the Kresty ledger (the parcel) gives the police a thread to pull.
~ temp hold = party_org + worker_confidence + garrison - counter_threat
{ def_road ? defeated_parcel:
    ~ hold -= 5
}
~ agitate(4)
You go back to the factories at night. Cells of three, never more, who know one another and nobody else: Fyodor's rule, learned in 1912. # date: 1917-11-10 # scene: Cells of three # place: vyborg # effect: The party's organisation recovers: the cells meet again, in threes
* [Take the leaflets to the barracks yourself]
    At the Moscow Regiment's gate {soldier()} takes your leaflets in a loaf of bread and gives the loaf back empty.
* [Leave the barracks to Fyodor's men]
    Fyodor's men take the leaflets to the barracks. You keep to the factories, where you know every face.
-
The elections come and go on the 15th. The party puts up no list in Petrograd, and on the Vyborg side a fifth of the ballots are spoiled with the same four words: "All power to the soviets."
{ hold >= 0:
    ~ raise(party_org, 6)
    ~ raise(worker_confidence, 4)
    By the new year there are cells in forty factories and in every battalion of the Moscow Regiment. The officers' counter-intelligence finds three of them and never the rest. # event: red_guard vyborg # effect: The party's organisation and workers' confidence rise: it has survived underground, as after July
    { def_road ? defeated_parcel:
        Your name is still in the Kresty ledger. The police come to Marfa's twice and find only the kettle: you left by the yard both times, as Fyodor taught you. # recalls: def_road
    }
    What really happened: there was no defeat in October; the party held power and took 24% of the Assembly's vote, which the essay dates 15-19 November. # note # cite: essay
    Not in the essay: after July the party had survived half-legally, its papers under new names and its leaders in hiding; this road asks whether it could do so again. # note # interpretation
    -> ending_assembly_sovereign
}
~ repress(10, 300)
The officers' counter-intelligence has learned its trade since July. It takes the cells one by one, because one man in three talks in the end, and each knows two names. # event: arrest vyborg # effect: Repression rises: the cells are found and broken, three by three
{ def_road ? defeated_parcel:
    They begin with the Kresty ledger. Your name is in it in a clerk's hand, and Marfa's address beside it. # recalls: def_road
}
What really happened: there was no defeat in October; the party held power and took 24% of the Assembly's vote, which the essay dates 15-19 November. # note # cite: essay
Not in the essay: after July the party had survived half-legally. After a defeat with Kornilov's friends in the Staff, this road supposes the officers would hunt it harder. # note # interpretation
-> def_road_defeat_ending

=== def_road_appeal
// The call is answered if the left allies and the moderates together outweigh half the counter-revolution's pull:
// by far, with the moderates still credible, on the City Duma's terms; by less, with the Kadets brought in.
~ temp weight = left_allies + moderates_cred - counter_threat / 2
The appeal goes up on the walls on the 9th with three parties' names under it: Martov's, the Left SRs' and yours. A government of the socialist parties, no Kadets, no generals; the soviets to be reopened. # date: 1917-11-09 # scene: The appeal # place: tauride_palace # event: printing_press
{ def_road ? defeated_parcel:
    Anton read it in Kresty, you hear, and sent one line out with Thursday's empty basket: "At last." # recalls: def_road
- else:
    Anton reads it in Kresty, you hear, and says nothing, which is how he says yes.
}
Osip sets it in type himself. "My party will have to answer it now," he says. "Half of us want to. The other half have their coats on, waiting for the Staff."
* [Ask Osip which half he is in]
    "The half that prints it," he says, and locks the forme.
* [Leave him to his type]
    You leave him at his case. Through the window he is reading it again, line by line, as if he might still find a mistake.
-
{
- weight >= 75 && moderates_cred >= 30:
    ~ raise(left_allies, 6)
    ~ raise(moderates_cred, 4)
    ~ lower(counter_threat, 6)
    The Menshevik and SR central committees answer within a week: a cabinet of all the socialists, Kerensky's generals dismissed, the soviets reopened under the City Duma's eye. # effect: Left allies and moderates rise, the counter-revolution falls back: the socialists have answered a beaten party's call
    Their terms come with it: the Red Guard's remaining rifles to the Duma, and no Lenin and no Trotsky.
    What really happened: there was no defeat in October. After it, Vikzhel pressed for a government of all the socialist parties; the Mensheviks' and Right SRs' price was the disarming of the revolution. # note # cite: essay, 29
    That a call from a beaten party could have found that answer is this road's counterfactual (not in the essay). # note # interpretation
    -> ending_revolution_disarmed
- weight >= 55:
    ~ raise(moderates_cred, 3)
    The SRs answer the appeal with their own: a coalition of "all the living forces of the country", which means the Kadets again. The Mensheviks follow them. Your party's name is on the first call, and nobody asks it about the second. # effect: The moderates recover: they answered the call, and invited the Kadets too
    What really happened: there was no defeat in October. After it, the moderates' price for socialist unity was the revolution disarmed; before it, they had refused to govern without the liberals. # note # cite: essay, 29
    That they would take the Kadets back after a defeat is this road's counterfactual (not in the essay). # note # interpretation
    -> ending_socialist_unity
}
~ lower(left_allies, 4)
Nobody answers. The SRs say they do not negotiate with a party under investigation, and Martov's paper is closed for printing the appeal. # event: raid # effect: Left allies fall: the call of a beaten party was answered by a raid
What really happened: there was no defeat in October. After it the right-wing socialists refused any government with the Bolsheviks unless it was disarmed. # note # cite: essay
That they would ignore a beaten party's call is this road's counterfactual (not in the essay). # note # interpretation
-> def_road_defeat_ending

=== def_road_defeat_ending
~ whereabouts(6)
-> def_road_last_defeat ->
{ def_road ? road_crushed:
    -> ending_premature_rising.ends
}
-> ending_congress_dispersed.ends

// The November text of the two defeat endings, before their last line.
=== def_road_last_defeat
~ where_anton = "in Kresty, awaiting trial"
By the end of November the snow has stopped melting. # date: 1917-11-28 # scene: The November of the defeated # place: vyborg # music: stinger_defeat
{ def_road ? defeated_parcel:
    They come for you on the 27th, with your name from the Kresty ledger, and take you from Marfa's kitchen in front of her children. Your father brings the parcels now, on Thursdays. # recalls: def_road
    ~ repress(5, 1)
- else:
    They come to Marfa's on the 27th and find only the kettle. You left by the yard, as Fyodor taught you, and your father takes Mitya to his sister's in Okhta.
}
{
- def_road ? defeated_lists:
    You stood for election and the commandant crossed you out. Nobody in Petrograd will stand on a list for the party again this winter. # recalls: def_road
- def_road ? defeated_cells:
    You went underground, and the officers had learned July's lessons better than you had. # recalls: def_road
- def_road ? defeated_appeal:
    You called on the socialists to save the soviets, and a beaten party's call was not worth answering. # recalls: def_road
}
{ def_road ? road_crushed:
    In October the party rose without the Soviet. In November nobody would stand beside a party that had done it. # recalls: def_road
- else:
    In October the Soviet let the city go. In November there was no Soviet left to call on. # recalls: def_road
}
This November is a counterfactual: whether a beaten party could have lived on, as it had after July, is not a question the essay asks. # note # interpretation
->->
