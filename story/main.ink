// main.ink: the root of the story (the entry other tools open, e.g. Inky).
// INCLUDE lines and the first divert only; everything else lives in the included files.
INCLUDE state.ink
INCLUDE rules.ink
INCLUDE acts/01_february.ink
INCLUDE acts/02_dual_power.ink
// --- Acts I-II (story-a) ---
INCLUDE roads/april_roads.ink
INCLUDE acts/03_july_days.ink
INCLUDE acts/04_kornilov.ink
INCLUDE acts/05_october.ink
INCLUDE acts/06_defence.ink
// --- Acts V-VI (story-c) ---
INCLUDE roads/october_vote.ink
// --- Act VI roads (r6) ---
INCLUDE roads/def_roads.ink
// --- end Acts V-VI (story-c) ---
INCLUDE endings.ink
INCLUDE meanwhile.ink
// --- Acts III-IV (story-b): roads that leave history in July and in the Kornilov affair ---
INCLUDE roads/july_roads.ink
INCLUDE roads/kornilov_roads.ink
INCLUDE debug.ink

{ debug: -> debug_menu }
-> feb_start
