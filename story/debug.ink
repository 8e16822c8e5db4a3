// debug.ink: the jump menu behind `VAR debug = false` (design.md section 7), for writers and testers.
// Each preset puts the state where the historical path leaves it at the start of that act,
// so any act can be played and tested on its own. Keep the presets in step with the acts:
// the story tests compare each preset with the state the historical path really reaches.

=== debug_menu
Jump to an act. The state is set to where the historical path leaves it.
+ [Act I: February] -> feb_start
+ [Act II: Dual power] 
    ~ preset_dual_power()
    -> dp_start
+ [Act III: The July Days]
    ~ preset_july_days()
    -> jul_start
+ [Act IV: Kornilov]
    ~ preset_kornilov()
    -> kor_start
+ [Act V: October]
    ~ preset_october()
    -> oct_start
+ [Act VI: Defending the revolution]
    ~ preset_defence()
    -> def_start

// Sets every district mood in one call, in the order of the Districts list.
=== function set_moods(v, p, va, ad, ko, li, ro, al, mo, na, pe, ne, ok, le)
~ mood_vyborg = v
~ mood_petrograd_side = p
~ mood_vasilievsky = va
~ mood_admiralty_centre = ad
~ mood_kolomna = ko
~ mood_liteiny = li
~ mood_rozhdestvensky = ro
~ mood_alexander_nevsky = al
~ mood_moscow = mo
~ mood_narva = na
~ mood_peterhof = pe
~ mood_nevsky_district = ne
~ mood_okhta = ok
~ mood_lesnoy = le

// Sets the forces in one call, in the order of state.ink.
=== function set_forces(conf, gar, fl, rg, org, uni, share, mod, gov, ctr, eco, ger, leg, rep, wc, land, left)
~ worker_confidence = conf
~ garrison = gar
~ fleet = fl
~ red_guard = rg
~ party_org = org
~ party_unity = uni
~ bolshevik_share = share
~ moderates_cred = mod
~ gov_authority = gov
~ counter_threat = ctr
~ economy_crisis = eco
~ german_threat = ger
~ legitimacy = leg
~ repression = rep
~ workers_control = wc
~ peasant_land = land
~ left_allies = left

// 2 March 1917: the Tsar is gone, the Soviet sits in the Tauride Palace, the Provisional Government is formed.
=== function preset_dual_power()
~ february = (spread_the_strike, won_the_barracks, kept_marching, took_the_arsenal, tauride_delegates)
~ set_forces(54, 68, 45, 15, 39, 65, 5, 73, 50, 15, 55, 15, 10, 5, 5, 10, 20)
~ set_moods(89, 71, 65, 38, 50, 72, 60, 58, 57, 60, 75, 65, 55, 45)
~ strikes = ()
~ crowds = ()
~ barricades = ()
~ armed_workers = (vyborg, peterhof)
~ held = (tauride_palace, arsenal_liteiny, remand_prison, kresty, district_court, guards_barracks, finland_station, peter_paul_fortress, admiralty)
~ fought_over = ()
~ raised_bridges = ()
~ casualties = 50
~ arrests = 100
// --- Acts I-II (story-a): who trusts Nadya, and her seat among the nineteen, as the historical path leaves them ---
~ marfa_trust = 4
~ father_bond = 4
~ grisha_bond = 4
~ nadya_delegate = 1
~ voted_with_nineteen = 1

// 3 June 1917: the First Congress of Soviets opens; the first coalition governs; the offensive is coming.
=== function preset_july_days()
~ preset_dual_power()
~ dual_power = (supervised_government, restored_antiwar_line, backed_april_theses, patient_explanation, marched_on_miliukov, opposed_coalition, control_supervision)
~ set_forces(64, 58, 68, 25, 57, 73, 18, 59, 39, 27, 66, 25, 15, 5, 28, 25, 32)
~ set_moods(94, 74, 68, 32, 50, 68, 60, 58, 60, 63, 78, 68, 58, 45)
~ armed_workers = (vyborg, peterhof, vasilievsky)
~ held = (tauride_palace, kshesinskaya_mansion, kronstadt)
// --- Acts I-II (story-a): the Kadet engineer was heard in April; the barracks evenings brought Grisha closer ---
~ heard_the_kadet = 1
~ grisha_bond = 5

// Early August 1917: after the July Days and the repression; Kornilov is Supreme Commander.
=== function preset_kornilov()
~ preset_july_days()
~ july = (voted_no_confidence, resolutions_against_offensive, joined_and_restrained, retreated_in_order, lenin_hid)
~ set_forces(45, 41, 66, 20, 39, 63, 23, 47, 39, 54, 75, 45, 15, 65, 41, 40, 37)
~ set_moods(87, 67, 62, 21, 42, 54, 49, 50, 54, 57, 75, 62, 52, 37)
~ armed_workers = (vyborg, peterhof)
~ held = (kronstadt)
~ casualties = 450
~ arrests = 800
// --- Acts III-IV (story-b): July's own dead, and the father heard out once in July ---
~ july_dead = 400
~ father_trust = 1

// Early September 1917: Kornilov beaten; the Bolsheviks carry the Petrograd Soviet for the first time.
=== function preset_october()
~ preset_kornilov()
~ kornilov = (defended_independently, refused_provocation, demanded_arms_and_releases, sent_agitators, railwaymen_stopped_trains, kept_defence_committees)
~ set_forces(75, 62, 82, 55, 55, 60, 47, 24, 24, 40, 85, 60, 43, 28, 54, 62, 56)
~ set_moods(100, 89, 80, 37, 58, 80, 65, 66, 72, 75, 93, 80, 70, 53)
~ armed_workers = (vyborg, peterhof, vasilievsky, nevsky_district, petrograd_side, moscow, okhta)
~ held = (kronstadt, smolny)
// --- Acts III-IV (story-b): the father came round at the Arsenal, and brought home a scrap of the portrait ---
~ father_trust = 3
~ portrait_torn = 1

// Night of 25-26 October 1917: the Winter Palace has fallen; the Second Congress has voted; the Mensheviks and Right SRs have walked out.
=== function preset_defence()
~ preset_october()
~ october = (walked_out_of_preparliament, offered_compromise, rising_through_mrc, fought_the_evacuation, answered_press_closure, minimal_force, announced_to_soviet)
~ set_forces(90, 77, 91, 75, 65, 55, 58, 14, 14, 51, 85, 60, 82, 23, 68, 68, 66)
~ set_moods(100, 99, 90, 51, 68, 94, 79, 76, 79, 82, 96, 87, 77, 63)
~ armed_workers = (vyborg, peterhof, vasilievsky, nevsky_district, petrograd_side, moscow, okhta, narva, lesnoy)
~ held = (kronstadt, smolny, winter_palace, mariinsky_palace, telephone_exchange, main_post_telegraph, state_bank, nikolaevsky_station, baltic_station, warsaw_station, vitebsk_station, general_staff, admiralty, peter_paul_fortress, nikolaevsky_bridge, liteiny_bridge, palace_bridge, troitsky_bridge, trud_printing)
~ casualties = 460
