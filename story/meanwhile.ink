// meanwhile.ink: the "Meanwhile…" summaries of a classroom lesson cut.
// When a teacher cuts the year down to a few decisions, the game plays history's choice at the others and shows
// the summary of each stretch it passed over instead of its full text. One knot per stretch of two or three
// decisions, about 100 words each, neutral and past tense like the history notes; dates Old Style.
// The knots are never reached by a divert: the classroom core runs them on their own (src/classroom/meanwhile.ts
// lists which decisions each one covers). In Inky, play one with the "Jump to" menu or `-> meanwhile_feb_strike`.

=== meanwhile_feb_strike
On 23 February, International Women's Day, women from the Vyborg mills and bread queues walked out, and by evening the strike had crossed the river. The party had meant to save its strength for May Day; instead its Vyborg organisers kept the strike going the next morning and carried it to other districts. # cite: essay
By the 25th the city was at a standstill, with trams stopped and crowds in the centre. Rank-and-file Bolsheviks wanted revolvers and an anti-war leaflet; Shliapnikov, with only a handful of guns, held them back and sent the party to talk to the soldiers instead. # cite: essay
-> DONE

=== meanwhile_feb_rising
Then troops fired on the crowds: about fifty were killed and a hundred wounded, yet the marchers came back and soldiers began to mingle with them. # cite: essay
On the 27th whole units came over. Workers and soldiers seized an arms factory, shared out its rifles, opened the Remand prison and fought the police street by street. # cite: essay
Freed prisoners and trade-union leaders called for delegates to meet at the Tauride Palace, while the Vyborg Bolsheviks wanted a revolutionary government proclaimed at the Finland Station. Most delegates went to the Tauride, and the Petrograd Soviet was born there. # cite: essay
-> DONE

=== meanwhile_dp_spring
The Soviet, by 400 votes to 19, left government to a cabinet of Duma liberals and kept the right to watch over it and veto it: dual power had begun. # cite: essay
Kamenev and Stalin, back from exile, wanted the party to supervise that government too, and Kamenev argued against the cry "Down with the war". The Vyborg rank and file protested until the anti-war line was restored. # cite: essay
In the factories, committees elected that spring began to check the owners' books and to block sackings. # cite: essay
-> DONE

=== meanwhile_dp_april
Lenin came back from Switzerland and told the party to withdraw all support from the government: the war was still one of conquest, and power belonged to the soviets. He meant to win the soviets' majority by patient explanation. # cite: essay
In April Miliukov's note to the Allies promised to fight on for the old war aims; crowds filled the streets and ministers resigned. # cite: 9
Then the Soviet leaders entered a coalition with the liberals. The Bolsheviks and Martov's internationalists voted against; Trotsky's motion won only twenty or thirty votes. # cite: essay
-> DONE

=== meanwhile_jul_june
At the First Congress of Soviets in June the Bolsheviks had 105 of 669 delegates, and the coalition won a vote of confidence by 543 to 126. # cite: essay
On 16 June the government sent the army forward at the Allies' request. After early gains German reinforcements turned the advance into a rout; desertions grew and soldiers turned on their officers. # cite: essay
In the factories anger grew. The New Lessner workers resolved that the country needed "not an offensive at the front but an offensive against the bourgeoisie inside the country." # cite: 10
-> DONE

=== meanwhile_jul_days
On 3 July, with the Kadet ministers gone and regiments fearing transfer to the front, soldiers, sailors and workers poured onto the streets. The Bolsheviks had urged restraint, then marched with them rather than leave them alone; on the 4th Lenin called for "restraint, steadfastness and vigilance". # cite: 13
Shots from armed opponents left hundreds dead. The government called Lenin a German agent, brought loyal troops from the front and banned the Bolshevik papers. Thousands were jailed, Trotsky among them, and Lenin went into hiding. # cite: essay
-> DONE

=== meanwhile_kor_before
Through the late summer the party worked half underground: papers reappeared under new names, and comrades in prison were defended. A second coalition under Kerensky leaned to the right, and the food supply grew desperate; a factory-committee conference warned that Russia had "entered a period of real catastrophe". # cite: 15
The new commander-in-chief, General Kornilov, wanted the railways under army control, martial law in the war factories and strikes banned. Late in the summer he sent troops against Petrograd, and the workers' districts prepared to defend the city. # cite: essay
-> DONE

=== meanwhile_kor_defeat
The defence of the capital was organised largely by the Bolsheviks, who led workers, soldiers and sailors while refusing every provocation to rise. Railwaymen held up the troop trains, army units arrested plotting officers and agitators talked Kornilov's soldiers out of the march. The coup collapsed with hardly a shot fired. # cite: essay
The generals and the Kadets were discredited and Kerensky weakened. Workers who had called Bolsheviks hotheads now joined them, and for the first time the Petrograd Soviet passed a Bolshevik resolution. # cite: 16
-> DONE

=== meanwhile_oct_sept
After Kornilov a third coalition was formed, and its parties called a Democratic Conference and a Pre-Parliament to shore up its authority. # cite: essay
For a short while Lenin offered a compromise: if the Mensheviks and SRs took power through the soviets, the Bolsheviks would oppose them only by argument. The offer went nowhere. # cite: essay
Factory after factory voted for soviet power; one historian found only one resolution for waiting on the Constituent Assembly. In October the Bolsheviks walked out of the Pre-Parliament. # cite: 18
-> DONE

=== meanwhile_oct_decision
Lenin pressed for an insurrection now. Kamenev and Zinoviev, both on the Central Committee, argued against it, and then did so in public, hoping for a bloc with the other socialist parties. # cite: essay
Trotsky wanted the rising tied to the Second Congress of Soviets and presented as defence. When the government talked of abandoning Petrograd to the Germans and moving regiments out of the capital, the Soviet set up a Military Revolutionary Committee to watch troop movements. It soon had the garrison's loyalty. # cite: 20
On 22 October, the Day of the Petrograd Soviet, 30,000 packed the People's House. # cite: 21
-> DONE

=== meanwhile_oct_rising
Early on 24 October government troops closed the Bolshevik paper and tried to smash its press. The Military Revolutionary Committee answered as if defending the Soviet: unit by unit, on orders telephoned from Smolny, its men took the bridges, stations, telephone exchange and ministries, almost without a shot. # cite: 24
At 2 pm on the 25th Lenin told the Petrograd Soviet that the Provisional Government had ceased to exist. That evening the Winter Palace was stormed; Kerensky had already slipped away. # cite: essay
-> DONE

=== meanwhile_def_congress
The Second Congress of Soviets opened on 25 October with 670 delegates, 300 of them Bolsheviks. The Mensheviks and Right SRs walked out in protest at the rising. # cite: essay
The delegates who stayed, 390 of 625 now Bolshevik or close to them, passed the decrees on peace and land and chose a Council of People's Commissars. # cite: essay
Kerensky raised a small force and marched on the capital, while army cadets rose inside it. Red Guards and sailors put down the cadets and beat Kerensky's troops on the Pulkovo Heights. # cite: essay
-> DONE

=== meanwhile_def_winter
In Moscow heavy fighting ended in victory for the pro-Soviet workers. The railway union, Vikzhel, threatened to stop every train unless all the socialist parties shared power; the talks broke down, and a Bolshevik and Left SR government followed. # cite: essay
In the November elections to the Constituent Assembly the SRs won 40 per cent and the Bolsheviks almost 24, with 70 per cent in Vyborg. # cite: essay
The Assembly met on 5 January 1918, condemned the Soviet government and was closed that night. Red Guards broke up the marches in its support. # cite: essay
-> DONE
