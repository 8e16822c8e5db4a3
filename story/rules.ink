// rules.ink: the functions that change the state, shared by every act.
// Every change to a number in state.ink goes through raise() or lower(), which clamp to 0-100,
// so no path can push a variable out of range. Each rule says in a comment what a teacher could
// tell a class about why it works that way.

// ---------------------------------------------------------------------------
// Clamped arithmetic
// ---------------------------------------------------------------------------

// Adds n (which may be negative) to a 0-100 variable and keeps it in range.
=== function raise(ref x, n)
~ x = MAX(MIN(x + n, 100), 0)

// Takes n away from a 0-100 variable and keeps it in range.
=== function lower(ref x, n)
~ x = MAX(MIN(x - n, 100), 0)

// Adds n to a counter with its own ceiling (casualties, arrests, delegates).
=== function count_up(ref x, n, ceiling)
~ x = MAX(MIN(x + n, ceiling), 0)

// ---------------------------------------------------------------------------
// District moods
// ---------------------------------------------------------------------------

// Moves one district's mood by n. d is a single item of Districts.
=== function stir(d, n)
{ d:
- vyborg: ~ raise(mood_vyborg, n)
- petrograd_side: ~ raise(mood_petrograd_side, n)
- vasilievsky: ~ raise(mood_vasilievsky, n)
- admiralty_centre: ~ raise(mood_admiralty_centre, n)
- kolomna: ~ raise(mood_kolomna, n)
- liteiny: ~ raise(mood_liteiny, n)
- rozhdestvensky: ~ raise(mood_rozhdestvensky, n)
- alexander_nevsky: ~ raise(mood_alexander_nevsky, n)
- moscow: ~ raise(mood_moscow, n)
- narva: ~ raise(mood_narva, n)
- peterhof: ~ raise(mood_peterhof, n)
- nevsky_district: ~ raise(mood_nevsky_district, n)
- okhta: ~ raise(mood_okhta, n)
- lesnoy: ~ raise(mood_lesnoy, n)
}

// The mood of one district, 0-100.
=== function mood_of(d)
{ d:
- vyborg: ~ return mood_vyborg
- petrograd_side: ~ return mood_petrograd_side
- vasilievsky: ~ return mood_vasilievsky
- admiralty_centre: ~ return mood_admiralty_centre
- kolomna: ~ return mood_kolomna
- liteiny: ~ return mood_liteiny
- rozhdestvensky: ~ return mood_rozhdestvensky
- alexander_nevsky: ~ return mood_alexander_nevsky
- moscow: ~ return mood_moscow
- narva: ~ return mood_narva
- peterhof: ~ return mood_peterhof
- nevsky_district: ~ return mood_nevsky_district
- okhta: ~ return mood_okhta
- lesnoy: ~ return mood_lesnoy
}
~ return 0

// Moves every district in a list of Districts by n.
=== function stir_each(ds, n)
{ LIST_COUNT(ds) > 0:
    ~ temp first = LIST_MIN(ds)
    ~ stir(first, n)
    ~ stir_each(ds - first, n)
}

// The factory districts, where the organised workers live.
=== function working_districts()
~ return (vyborg, petrograd_side, vasilievsky, peterhof, narva, moscow, nevsky_district, okhta)

// Moves the factory districts by n: what the workers feel moves there first.
=== function stir_workers(n)
~ stir_each(working_districts(), n)

// Moves every district of the city by n.
=== function stir_city(n)
~ stir_each(LIST_ALL(Districts), n)

// The average mood of the factory districts, 0-100.
=== function workers_mood()
~ return (mood_vyborg + mood_petrograd_side + mood_vasilievsky + mood_peterhof + mood_narva + mood_moscow + mood_nevsky_district + mood_okhta) / 8

// ---------------------------------------------------------------------------
// The street
// ---------------------------------------------------------------------------

// Districts come out on strike: their moods rise and the strikers' confidence with them.
=== function strike(ds)
~ strikes += ds
~ stir_each(ds, 5)
~ raise(worker_confidence, 2 * LIST_COUNT(ds))

// Districts go back to work.
=== function end_strike(ds)
~ strikes -= ds

// Crowds fill the streets of some districts.
=== function demonstrate(ds)
~ crowds += ds
~ stir_each(ds, 3)

// The crowds go home.
=== function disperse(ds)
~ crowds -= ds
~ barricades -= ds

// Troops or police fire on a crowd, killing `dead`. What follows depends on the soldiers:
// where the garrison is already wavering (40 or more), shooting at their own people drives
// soldiers towards the crowd (as on 26-27 February); where it is loyal, fear wins and the
// movement falls back.
=== function shooting(dead)
~ count_up(casualties, dead, 20000)
{ garrison >= 40:
    ~ raise(garrison, 8)
    ~ lower(gov_authority, 6)
    ~ raise(worker_confidence, 2)
- else:
    ~ lower(worker_confidence, 8)
    ~ raise(repression, 8)
}

// Agitators work in the barracks: soldiers come over, faster where the workers are confident.
=== function win_soldiers(n)
~ raise(garrison, n + worker_confidence / 20)
~ stir_each((liteiny, petrograd_side, vyborg), 2)

// Arrests of `people` revolutionaries: organisation and confidence suffer.
=== function repress(n, people)
~ raise(repression, n)
~ count_up(arrests, people, 20000)
~ lower(party_org, n / 2)
~ lower(worker_confidence, n / 3)

// ---------------------------------------------------------------------------
// Politics
// ---------------------------------------------------------------------------

// The party's patient work: agitators, papers, cells. Organisation grows, and so does the party's
// share of delegates, but only as fast as the workers' own experience lets it (essay, fn 27).
=== function agitate(n)
~ raise(party_org, n)
~ raise(bolshevik_share, n / 2 + (100 - moderates_cred) / 25)

// The moderate socialists are discredited by something they did or failed to do.
=== function discredit_moderates(n)
~ lower(moderates_cred, n)
~ raise(bolshevik_share, n / 2)
~ raise(left_allies, n / 3)

// The economy worsens: hunger and closures push workers towards politics (essay, section 6).
=== function crisis(n)
~ raise(economy_crisis, n)
~ stir_workers(n / 3)
~ lower(gov_authority, n / 3)

// The counter-revolution gathers strength.
=== function reaction(n)
~ raise(counter_threat, n)
~ raise(repression, n / 2)

// A quarrel inside the Bolshevik leadership.
=== function split_party(n)
~ lower(party_unity, n)

// ---------------------------------------------------------------------------
// Figures a scene reports
// ---------------------------------------------------------------------------

// The Bolshevik count at a congress of `total` delegates. `essay_share` is the party's share of the
// delegates in this game's state (bolshevik_share) at that moment on the historical path. Within five
// points of it the story shows the essay's own figure (`essay_count`); beyond, the count grows or shrinks
// in proportion: a party half as strong as in history sends half as many delegates.
=== function bolshevik_delegates(total, essay_count, essay_share)
{ bolshevik_share >= essay_share - 5 && bolshevik_share <= essay_share + 5:
    ~ return essay_count
}
~ return MIN(total, (essay_count * bolshevik_share) / essay_share)

// Records a congress count for the map and the charts.
=== function count_delegates(total, essay_count, essay_share)
~ delegates_total = total
~ delegates_bolshevik = bolshevik_delegates(total, essay_count, essay_share)

// Clears the congress count when the scene leaves the hall.
=== function clear_delegates()
~ delegates_total = 0
~ delegates_bolshevik = 0

// --- Acts III-IV (story-b) ---

// Deaths in the July Days: counted in the running total and in July's own count, so that a scene
// or an ending about July reports July's dead, not everyone killed since February.
=== function july_toll(dead)
~ count_up(casualties, dead, 20000)
~ count_up(july_dead, dead, 20000)

// Moves how far Nadya's father has come to hear her (0-3).
=== function father_hears(n)
~ father_trust = MAX(MIN(father_trust + n, 3), 0)

// --- Acts I-II (story-a) ---
// Moves one of the 0-10 trust scores (marfa_trust, father_bond, osip_trust, grisha_bond) and keeps it in range.
=== function trust(ref x, n)
~ x = MAX(MIN(x + n, 10), 0)

// --- Whereabouts (the act report's "Grisha is ...") ---
// Sets every where_ variable from what the story has done so far. Called just before each act's end and at the
// top of every ending; an ending that decides someone's fate sets theirs after calling it. `act` is 1-6.
=== function whereabouts(act)
// Grisha: the Moscow Regiment's reserve battalion, unless a road has sent him to the front.
{
- grisha_at_front:
    ~ where_grisha = "at the front south of Dvinsk"
- act >= 4:
    ~ where_grisha = "on his regiment's committee"
- act >= 2 && dual_power ? evenings_barracks:
    ~ where_grisha = "in the barracks, reading your leaflets"
- else:
    ~ where_grisha = "with the Moscow Regiment on Vyborg side"
}
// Marfa: the mill, then its committee once she has joined the party in the spring.
{
- act >= 2 && marfa_trust <= 1:
    ~ where_marfa = "at her looms, not speaking to you"
- act >= 2:
    ~ where_marfa = "on the cotton mill's factory committee"
- else:
    ~ where_marfa = "at the Sampsonievsky cotton mill"
}
~ where_father = "at the Arsenal works on Liteiny"
{ act >= 5 && father_trust >= 3:
    ~ where_father = "at the Arsenal, come round to you"
}
~ where_anton = "in the Vyborg district committee"
{ act >= 6 && anton_reconciled:
    ~ where_anton = "at Smolny, keeping the lists"
}
~ where_osip = "at his case in the print shop"
{
- defence ? osip_with_duma && defence ? dispersed_march:
    ~ where_osip = "gone to the Volga"
- defence ? osip_with_duma:
    ~ where_osip = "at the City Duma with its committee"
}
// Fyodor: the works, then the Red Guard; the July roads can take him to the anarchists until Kornilov is beaten.
{
- act >= 3 && act <= 4 && july ? stayed_out_of_july && jul_road !? moved_resolution && jul_road !? backed_majority && jul_road !? prisoners_first:
    ~ where_fyodor = "with the anarchists, Petrograd side"
- act >= 2:
    ~ where_fyodor = "in the New Lessner Red Guard"
- else:
    ~ where_fyodor = "at the New Lessner works, armed"
}
{ act >= 2:
    ~ where_petya = "in Kronstadt with the fleet"
    ~ where_lidia = "with the Left SRs at the Tauride"
}
{ act >= 5:
    ~ where_lidia = "with the Left SRs at Smolny"
}
{ act >= 6 && def_left_lost():
    ~ where_lidia = "with the Left SRs, not speaking to you"
}
// The November of the defeated (roads/def_road_defeated.ink): the committee in Kresty, Fyodor hiding, Smolny lost.
{ act >= 5 && (def_road ? road_dispersed || def_road ? road_crushed):
    ~ where_anton = "in Kresty with the district committee"
    ~ where_fyodor = "in hiding, a different room nightly"
    ~ where_lidia = "with the Left SRs, out of Smolny"
}

// Whether the Left SRs are lost to the new power by January: they drift away when their trust is low and
// the Vikzhel talks found no settlement, and an outright refusal of those talks loses them unless trust is high.
=== function def_left_lost()
// A party rising without the Soviet, or a massacre at the palace, costs the Left SRs' trust for good: they
// shared the Soviet's rising, and would not share a party's or a massacre's government, bargain or none.
{ october ? rising_now:
    ~ return true
}
{ october ? heavy_force && left_allies < 85:
    ~ return true
}
{ defence ? vikzhel_compromise:
    ~ return false
}
{ defence ? refused_vikzhel:
    ~ return left_allies < 60
}
~ return left_allies < 40
