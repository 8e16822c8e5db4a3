// main.ink: the root of the story (the entry other tools open, e.g. Inky).
// INCLUDE lines and the first divert only; everything else lives in the included files.
INCLUDE state.ink
INCLUDE rules.ink
INCLUDE acts/01_february.ink
// --- Act I roads (r1): February's alternatives that play on into the spring ---
INCLUDE roads/feb_roads.ink
INCLUDE acts/02_dual_power.ink
// --- Acts I-II (story-a) ---
INCLUDE roads/april_roads.ink
INCLUDE roads/dp_roads.ink
INCLUDE acts/03_july_days.ink
INCLUDE acts/04_kornilov.ink
INCLUDE acts/05_october.ink
INCLUDE acts/06_defence.ink
// --- Acts V-VI (story-c) ---
INCLUDE roads/october_vote.ink
// --- Act V roads (r5) ---
INCLUDE roads/october_roads.ink
INCLUDE roads/oct_road_shut.ink
// --- Act VI roads (r6) ---
INCLUDE roads/def_roads.ink
INCLUDE roads/def_road_defeated.ink
// --- end Acts V-VI (story-c) ---
INCLUDE endings.ink
INCLUDE meanwhile.ink
// --- Acts III-IV (story-b): roads that leave history in July and in the Kornilov affair ---
INCLUDE roads/july_roads.ink
INCLUDE roads/jul_roads_more.ink
INCLUDE roads/jul_road_september.ink
INCLUDE roads/kornilov_roads.ink
// --- Act IV roads (r4): the Kornilov affair's alternatives play on into the autumn ---
INCLUDE roads/kor_road_autumn.ink
INCLUDE debug.ink

{ debug: -> debug_menu }
-> feb_start
