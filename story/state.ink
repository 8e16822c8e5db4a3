// state.ink: every variable and list of the simulation. Nothing else in the game holds state.
// Each VAR line carries its range in [lo,hi] (checked by the story tests on every walked path),
// what it means, and the essay's claim behind it (history.md section 22).
// Change numbers only through the functions in rules.ink, which clamp.

// ---------------------------------------------------------------------------
// Places (ids match assets/map/petrograd.json, converted from shared/petrograd-map.json)
// ---------------------------------------------------------------------------

// The fourteen districts of the map.
LIST Districts = vyborg, petrograd_side, vasilievsky, admiralty_centre, kolomna, liteiny, rozhdestvensky, alexander_nevsky, moscow, narva, peterhof, nevsky_district, okhta, lesnoy

// Buildings, bridges and points the story can see held, lost or fought over.
LIST Sites = winter_palace, mariinsky_palace, tauride_palace, smolny, finland_station, arsenal_liteiny, remand_prison, kresty, district_court, guards_barracks, peter_paul_fortress, kshesinskaya_mansion, telephone_exchange, main_post_telegraph, state_bank, nikolaevsky_station, baltic_station, warsaw_station, vitebsk_station, general_staff, admiralty, city_duma, trud_printing, putilov_works, liteiny_bridge, nikolaevsky_bridge, palace_bridge, troitsky_bridge, vladimir_school, mikhailovsky_castle, peoples_house, kronstadt, pulkovo_heights, tsarskoe_selo, gatchina

// ---------------------------------------------------------------------------
// What the city looks like now (drawn by the map; lists of Districts or Sites)
// ---------------------------------------------------------------------------

VAR strikes = ()          // Districts whose factories are out on strike now
VAR crowds = ()           // Districts with demonstrations in the streets now
VAR barricades = ()       // Districts with barricades or street fighting now
VAR armed_workers = ()    // Districts with organised armed workers (Red Guard detachments)
VAR held = ()             // Sites held by the revolution (workers, soldiers, the Soviet)
VAR fought_over = ()      // Sites under attack or changing hands now
VAR raised_bridges = ()   // Sites (bridges) raised by the government to cut off the workers' districts

// ---------------------------------------------------------------------------
// District moods: 0 = solidly for order and the government, 50 = wavering, 100 = wholly with the revolution
// ---------------------------------------------------------------------------

VAR mood_vyborg = 62 // [0,100] Vyborg side; the most radical working-class district (essay: 70% Bolshevik in November)
VAR mood_petrograd_side = 45 // [0,100] Petrograd side: factories, barracks, students, the Kshesinskaya mansion
VAR mood_vasilievsky = 50 // [0,100] Vasilievsky Island: the Baltic shipyard, the Cable Factory (fn 7, 21)
VAR mood_admiralty_centre = 20 // [0,100] The centre: ministries, Nevsky, the Winter Palace; the propertied city
VAR mood_kolomna = 35 // [0,100] Kolomna: the Admiralty and Franco-Russian yards, clerks and artisans
VAR mood_liteiny = 35 // [0,100] Liteiny: Guards barracks, the Arsenal, the courts and the remand prison
VAR mood_rozhdestvensky = 35 // [0,100] Rozhdestvensky: the Tauride Palace and Smolny
VAR mood_alexander_nevsky = 40 // [0,100] Alexander-Nevsky: the Nikolaevsky station and Znamenskaya Square
VAR mood_moscow = 42 // [0,100] Moscow district: rail yards and the road south to Pulkovo
VAR mood_narva = 45 // [0,100] Narva district: the Baltic and Warsaw stations
VAR mood_peterhof = 55 // [0,100] Narva-Peterhof: the Putilov works (essay: 68% Bolshevik in November)
VAR mood_nevsky_district = 50 // [0,100] Nevsky district: the Obukhov works and heavy industry up the Neva
VAR mood_okhta = 40 // [0,100] Okhta: the powder works and workers' suburbs across from Smolny
VAR mood_lesnoy = 30 // [0,100] Lesnoy-Udelnaya: northern suburbs

// ---------------------------------------------------------------------------
// The forces of 1917 (history.md section 22)
// ---------------------------------------------------------------------------

VAR worker_confidence = 35 // [0,100] The essay's master variable: workers' belief that they can act and rule
VAR garrison = 8 // [0,100] How far the Petrograd garrison has come over to the revolution (decisive on 27 Feb and in October)
VAR fleet = 30 // [0,100] Radicalism and readiness of Kronstadt and the Baltic Fleet sailors
VAR red_guard = 0 // [0,100] Strength of the armed workers' detachments (the Red Guard after February)
VAR party_org = 35 // [0,100] Bolshevik organisation: cells, press, agitators, contacts in the barracks
VAR party_unity = 70 // [0,100] Unity of the Bolshevik leadership (March war row, October Kamenev-Zinoviev split)
VAR bolshevik_share = 3 // [0,100] Bolshevik share of soviet delegates, per cent (essay: 105 of 669 in June, 300 of 670 and 390 of 625 in October)
VAR moderates_cred = 45 // [0,100] Credibility of the Mensheviks and SRs with workers and soldiers
VAR gov_authority = 55 // [0,100] Authority of the government of the day: the Tsar's ministers, then the Provisional Government, then the Soviet government
VAR counter_threat = 25 // [0,100] Organised counter-revolution: police, officers, Kornilov, the junkers, the plots
VAR economy_crisis = 55 // [0,100] Hunger, prices and closures (essay: 54 of 75 closures political; two days of grain)
VAR german_threat = 15 // [0,100] The German army's threat to Petrograd (Riga, the Baltic islands, evacuation)
VAR legitimacy = 0 // [0,100] Legitimacy a transfer of power would carry: a Soviet mandate, a defensive framing (Trotsky, fn 20)
VAR repression = 40 // [0,100] Arrests, bans and violence against the left and the workers' organisations
VAR workers_control = 0 // [0,100] Per cent of the industrial workforce under some workers' control (essay: 74 by October)
VAR peasant_land = 10 // [0,100] Land seizures by peasants in the countryside
VAR left_allies = 20 // [0,100] Willingness of Left SRs and Menshevik-Internationalists to work with the Bolsheviks

// Counters (not percentages)
VAR casualties = 0 // [0,20000] Killed in Petrograd's street fighting on this path, as the story reports them
VAR arrests = 0 // [0,20000] Revolutionaries arrested on this path
VAR delegates_total = 0 // [0,2000] Delegates at the congress or soviet currently being counted (0 when none)
VAR delegates_bolshevik = 0 // [0,2000] Of those, Bolsheviks and declared sympathisers

// ---------------------------------------------------------------------------
// What the organiser has done: one list per act, items added as the story goes
// ---------------------------------------------------------------------------

// Act I, February
LIST FebruaryPath = held_for_may_day, bread_strike_only, spread_the_strike, revolvers_handed_out, won_the_barracks, sought_sestroretsk_arms, went_back_to_work, kept_marching, fought_the_police, tauride_delegates, vyborg_government, dual_mandate, took_the_arsenal, freed_prisoners, marched_to_tauride, movement_without_party, nevsky_massacre, buried_the_revolvers, left_the_barricade, went_out_again
VAR february = ()

// Act II, dual power (March to May)
LIST DualPowerPath = supervised_government, opposed_government, rival_government, restored_antiwar_line, kept_kamenev_line, backed_april_theses, down_with_government_now, patient_explanation, marched_on_miliukov, pressed_resignations, demanded_soviet_power, opposed_coalition, conditional_coalition, joined_coalition, control_supervision, control_takeover, control_anarchist, broke_with_leadership, kept_conditional_support, negotiated_through_soviet, stormed_mariinsky, evenings_press, evenings_barracks, evenings_mill, blurred_into_majority, unity_talks, late_convert, mill_committees_first, recanted_banner, fighting_group, kronstadt_road, recalled_from_coalition
VAR dual_power = ()

// Act III, the July Days (June to July)
LIST JulyPath = voted_no_confidence, abstained_on_confidence, voted_confidence, resolutions_against_offensive, demonstrated_against_offensive, agitated_at_front, stayed_out_of_july, joined_and_restrained, tried_to_seize_power, retreated_in_order, resisted_in_streets, lenin_hid, lenin_surrendered, general_strike_for_press, strike_held, resistance_held, sought_guarantees, rising_called_off, barricades_abandoned
VAR july = ()

// Act IV, Kornilov (August)
LIST KornilovPath = stayed_neutral, backed_kerensky, defended_independently, took_the_bait, refused_provocation, demanded_arms_and_releases, asked_nothing, sent_agitators, railwaymen_stopped_trains, kept_defence_committees, disbanded_defence_committees, called_kerensky_lesser_evil, kept_silent_on_kerensky, campaigned_for_prisoners, lay_low, seized_palace_to_protect, demanded_resignation, demanded_power_at_once, won_back_kronstadt, armed_the_anarchists, built_among_the_cautious, accepted_censure, defended_the_rising, took_the_rising_underground, joined_defence_late, sent_agitators_only, held_to_neutrality, gave_up_the_bait, kerensky_council, broke_with_kerensky, bloc_on_conditions, admitted_the_mistake, defended_neutrality, went_over_the_committee
VAR kornilov = ()

// Act V, October (September to 25 October)
LIST OctoberPath = guarded_smolny, kamenev_zinoviev_line, rising_handed_to_soviet, late_commissars, let_the_companies_go, vote_garrison_veto, vote_garrison_obeyed, vote_garrison_barracks, vote_congress_government, vote_congress_arrest, vote_congress_waits, joined_preparliament, walked_out_of_preparliament, offered_compromise, waited_for_congress, waited_for_assembly, rising_now, rising_through_mrc, socialist_unity, fought_the_evacuation, answered_press_closure, waited_after_press_closure, minimal_force, heavy_force, announced_to_soviet, left_it_to_congress, boycotted_preparliament, refused_compromise, offered_joint_government, resisted_closures, occupied_plants, called_the_streets, negotiated_surrender, waited_for_the_palace, order_failed_by_day
VAR october = ()

// Act VI, defending the revolution (October 1917 to January 1918)
LIST DefencePath = vote_fought_kerensky, vote_vikzhel_talks, vote_took_kadets, vote_combined_state, vote_assembly_sovereign, vote_soviets_alone, vote_defended_city, vote_kept_waiting, all_socialist_government, coalition_with_left_srs, bolsheviks_alone, fought_at_pulkovo, parleyed_with_cossacks, crushed_junkers, parleyed_with_junkers, moscow_ceasefire_held, fought_on_in_moscow, accepted_vikzhel_terms, refused_vikzhel, vikzhel_compromise, accepted_assembly, conditional_assembly, dissolved_assembly, new_elections, tolerated_march, dispersed_march, let_walkout_go, backed_martov_motion, followed_walkout, held_city_forces, duma_mediation, contained_march, osip_with_duma, osip_neutral
VAR defence = ()

// Act V roads (story r5, roads/october_roads.ink): items kept in the `october` path list (beside OctoberPath's),
// saying which road the party took once the Second Congress opened.
// or_unity: a government of every soviet party (or_unity_minority: led by Martov and the Left SRs); or_duma: the
// Duma's government of all the democracy; or_alone: a council of Bolsheviks alone after the Left SRs walked out;
// or_alone_lists: the Left SRs brought back on the promise of separate lists; or_alone_crackdown: the hostile
// presses closed and the walk-out's leaders arrested; or_unity_armistice / or_unity_waited / or_unity_bargain: how the
// unity government answered the Germans' offer of an armistice in November (talks at once, the Allies and the Assembly
// first, or the armistice traded for the Assembly's land law and constitution).
// or_shut (roads/oct_road_shut.ink): the press not won back on the 24th, and the Congress opened without the city;
// or_shut_bulletin: the Congress's bulletin signed with the other parties on Osip's press; or_shut_vyborg: the
// Congress taken across the river (its other two votes are OctoberPath's vote_congress_government and vote_congress_waits).
LIST OctoberRoad = or_unity, or_unity_minority, or_duma, or_alone, or_alone_lists, or_alone_crackdown, or_unity_armistice, or_unity_waited, or_unity_bargain, or_shut, or_shut_bulletin, or_shut_vyborg

// --- Acts III-IV (story-b) ---
// Traces and roads of the July Days and the Kornilov affair that later acts read.
VAR july_dead = 0 // [0,20000] Killed in Petrograd in the July Days alone (3-7 July and the week after), for scenes and endings that report July; `casualties` is the running total since February
VAR grisha_at_front = 0 // [0,1] Grisha's company was sent to the front after July and he has not come back to Petrograd; Acts V-VI must not put him in the city while it is true
VAR father_trust = 0 // [0,3] How far Nadya's father has come to hear her: 0 turned away, 1 arguing, 2 listening, 3 come round (he said so at the Arsenal after Kornilov); Act V's conversion reads it
VAR portrait_torn = 0 // [0,1] A worker tore up Kerensky's portrait at the Arsenal meeting after Kornilov, and the father brought a scrap home (essay fn 16)
VAR promised_the_weavers = 0 // [0,1] In June Nadya promised Marfa's weavers that the metalworkers would stand by their wage claim
VAR grisha_mates = 0 // [0,1] Nadya walked Grisha back to his barracks in June and argued with his mates at the gate


// --- Acts I-II (story-a) ---
// Small character choices: how far people trust Nadya. Raised by what she says to them; later acts may read them.
VAR marfa_trust = 2 // [0,10] Marfa Sokolova's trust in Nadya (the mill women's voice)
VAR father_bond = 2 // [0,10] How close Nadya and her father Alexei are (he listens to her when high)
VAR osip_trust = 2 // [0,10] Osip Ginzburg's trust in Nadya (the Menshevik door stays open when high)
VAR grisha_bond = 2 // [0,10] How close Nadya and her brother Grisha are (the garrison's window)
VAR nadya_delegate = 0 // [0,1] Nadya sits in the Tauride Soviet as an elected delegate (from 28 February)
VAR voted_with_nineteen = 0 // [0,1] Nadya raised her hand with the nineteen against the deal of 2 March
VAR heard_the_kadet = 0 // [0,1] Nadya heard the Erikson engineer's Kadet case in April
// The road taken after Lenin's return is in dual_power: backed_april_theses (history), kept_conditional_support
// (the Soviet majority's left wing; then unity_talks, late_convert or mill_committees_first) or
// down_with_government_now (then recanted_banner, fighting_group or kronstadt_road). Later acts read those.

// --- Acts V-VI (story-c) ---
// Acts V-VI's own traces, read by later scenes (tag those lines `recalls:`).
VAR danger = 0 // [0,2] Rash choices on an October road: at 1 the story warns and offers a way back; a second rash choice brings the defeat
VAR anton_reconciled = false // [false,true] After the vote for the rising Anton, who argued against it, took on the committee's lists at Nadya's asking
VAR asked_father = false // [false,true] In September Nadya asked her father what changed his mind, and he told her about the Arsenal meeting
VAR heard_the_sr = false // [false,true] Nadya heard the Right SR schoolteacher's case for the Constituent Assembly in November
VAR mitya_promise = false // [false,true] On the night of the bridges Nadya promised Mitya she would be home by morning

// Act 6 roads (r6): the roads of story/roads/def_roads.ink. `def_road` records which road the player took and what
// they chose on it (road_* the door, the rest the choices); scenes and endings read it with `recalls: def_road`.
// road_dispersed, road_crushed and defeated_*: the November of the defeated (story/roads/def_road_defeated.ink),
// entered from Act V's two defeats (the Congress lost, the party's rising crushed).
LIST DefRoadPath = road_unity, road_alone, road_salvation, road_truce, road_assembly, unity_held_out, unity_took_terms, unity_broke_off, alone_went_to_depot, alone_went_to_lidia, alone_closed, alone_yielded, salvation_stripped_city, salvation_asked_duma, salvation_held_city, truce_paroled, truce_disarmed, truce_amnesty, assembly_half_yes, assembly_closed, assembly_new_lists, road_dispersed, road_crushed, defeated_parcel, defeated_lists, defeated_cells, defeated_appeal
VAR def_road = ()

// Where the main characters are, for the act report (the reader shows "Grisha is ..."): short lower-case
// phrases, at most 40 characters. whereabouts() in rules.ink sets them from the state at every act's end and
// ending; an ending that decides someone's fate sets theirs after it.
VAR where_grisha = "at the Moscow Regiment's gate" // Grisha, Nadya's brother, a private of the Moscow Regiment
VAR where_marfa = "at the Sampsonievsky cotton mill" // Marfa Sokolova, weaver
VAR where_father = "at the Arsenal works on Liteiny" // Alexei Petrov, Nadya's father
VAR where_anton = "in the Vyborg district committee" // Anton Skvortsov, the committee's secretary
VAR where_osip = "at his print shop" // Osip Ginzburg, Menshevik printer
VAR where_fyodor = "at the New Lessner works" // Fyodor Lukin, fitter, later a Red Guard commander
VAR where_petya = "in Kronstadt with the fleet" // Petya Rudnev, Kronstadt sailor
VAR where_lidia = "at the Tauride Palace" // Lidia Orlova, student and Left SR

// ---------------------------------------------------------------------------
// Settings
// ---------------------------------------------------------------------------

VAR debug = false // [false,true] Shows the jump menu at the start (design.md section 7); the game never sets it

// Act I roads
// The roads that leave history in February and play on into the spring (story/roads/feb_roads.ink; knots feb_road_).
//   road_commune : the Vyborg side kept its own power and its rifles (entered after vyborg_government, dual_mandate
//                  or one of February's armed choices); then commune_districts, commune_guard or commune_recognised,
//                  and in April soviet_vote (vote_lost when neither
//                  the districts nor the regiments stood behind it) or unarmed_march. After asking for seats beside
//                  the ministers (feb_road_seats, a warning): stamp_mended (a minor choice), then seats_withdrawn,
//                  seats_late_vote (vote_lost too when the late vote fails) or took_supply_seat (the ending).
//   road_loyal   : the party backed the Provisional Government "insofar as" (entered after one of February's cautious
//                  choices); then loyal_insofar, loyal_defencist or loyal_mills; loyal_turned when Kronstadt's letter
//                  after a vote for the coalition (or for staying outside it) turned the committee round
//                  (answered_on_island when Nadya turned on Kronstadt's square rather than in the committee).
// Their items go into `february`, Act I's path list, beside FebruaryPath's (ink lists mix origins).
LIST FebRoadPath = road_commune, road_loyal, commune_districts, commune_guard, commune_recognised, soviet_vote, vote_lost, unarmed_march, loyal_insofar, loyal_defencist, loyal_mills, stamp_mended, seats_withdrawn, seats_late_vote, took_supply_seat, loyal_turned, answered_on_island
// Act 2 roads (story/roads/dp_roads.ink): the spring's alternatives played on into the summer.
// dp_road_door() picks the road at dp_end: road_loyal (the party kept to the moderates: kept_kamenev_line,
// kept_conditional_support, negotiated_through_soviet, joined_coalition or conditional_coalition) or road_rash
// (the party out ahead of the city: opposed_government, rival_government, broke_with_leadership,
// down_with_government_now, demanded_soviet_power, control_takeover or control_anarchist). The rest record the road's
// choices: the offensive (pressed_for_peace, backed_offensive, campaigned_against_offensive), the June march
// (called_off_june_march, marched_june_tenth, slogans_june_18) and July (stood_with_executive, marched_for_soviet_power,
// pressed_srs_to_rule on the loyal road; july_peaceful, july_tauride, july_stayed_home on the rash road, and july_pulled_back
// when the armed July is given up before the front arrives); read_the_file when the party that survived it faced the prosecutor's
// file on its spring (roads/dp_roads.ink, dp_road_rash_august).
LIST SpringRoad = road_loyal, road_rash, pressed_for_peace, backed_offensive, campaigned_against_offensive, called_off_june_march, marched_june_tenth, slogans_june_18, stood_with_executive, marched_for_soviet_power, pressed_srs_to_rule, july_peaceful, july_tauride, july_stayed_home, july_pulled_back, read_the_file
VAR dp_road = ()
// ---------------------------------------------------------------------------
// Act III roads (story/roads/july_roads.ink, story/roads/jul_roads_more.ink): the July alternatives that play on
// through August, to endings of their own or on into October
// ---------------------------------------------------------------------------

// What the organiser did on the July roads that run to their own ending (empty on history's road).
//   calmed_regiments: after voting with the Soviet majority in June (or abstaining), spoke for it against the regiments on 3 July;
//   lenin_in_court: Lenin gave himself up (to stand trial, or on the Soviet's guarantees); guarantees_kept: the Soviet's guard;
//   trial_campaign / soviet_court / jailbreak_tried / jailbreak_called_off: how the party fought his case in August;
//   under_soviet_committee / own_command / stood_aside / joined_late: the answer to Kornilov's march on these roads.
//   kept_rifles: under the Soviet's committee, the organiser hid some of the rifles it lent instead of returning them;
//   moved_resolution / resolution_carried / backed_majority / held_the_stations / stations_given_up / prisoners_first:
//     what the party put to the Soviet the night after Kornilov's arrest (story/roads/jul_road_september.ink); Act V reads them.
LIST JulyRoad = calmed_regiments, lenin_in_court, guarantees_kept, trial_campaign, soviet_court, jailbreak_tried, jailbreak_called_off, under_soviet_committee, kept_rifles, own_command, stood_aside, joined_late, moved_resolution, resolution_carried, backed_majority, held_the_stations, stations_given_up, prisoners_first
VAR jul_road = ()
// Act IV roads
// What was done on the autumn roads that leave the Kornilov affair and run to their own endings
// (story/roads/kor_road_autumn.ink). The items go into the Act IV path list `kornilov`, beside KornilovPath's; the roads'
// later scenes and the endings read them there (tag those lines `recalls: kornilov`).
//   rash_*: after a stab in the back in August (censured, defended, readied; then assembly, rose, unity)
//   credit_*: after sitting out the defence or lying low (rebuilt, conference, guard; then assembly, rose, trusted)
//   compromise_*, coalition_*: after working with the Soviet majority, Lenin's September compromise taken up or not
//   order_refused, order_outvoted: sitting in the Pre-parliament, the party walked out over the garrison's removal, or stayed
//   rose_alone, rose_called_off: the warned rising by the party alone, gone through with or called off
LIST KorRoad = rash_censured, rash_defended, rash_readied, rash_assembly, rash_rose, rash_unity, credit_rebuilt, credit_conference, credit_guard, credit_assembly, credit_rose, credit_trusted, compromise_made, compromise_conference, compromise_refused, coalition_opposition, coalition_kadets, coalition_rose, order_refused, order_outvoted, rose_alone, rose_called_off
