// The end-of-act comparison: the player's act beside history's, computed from the worlds of two runs.
import { ACTS, type ActId } from '../story/tags.ts';
import type { ForceChange } from './force-changes.ts';
import { BAND_LABELS, type Band, type WorldView } from './world-view.ts';

/** The forces an act report always compares (the ones the year turns on). */
export const HEADLINE_FORCES: readonly string[] = ['worker_confidence', 'garrison', 'bolshevik_share', 'counter_threat', 'legitimacy', 'economy_crisis'];

/** A step of the player's path as the report needs it: the decision, the option and what it moved and why. */
export interface ReportStep {
  readonly act: ActId | null;
  readonly decision: string | null;
  readonly option: string;
  readonly changes: readonly ForceChange[];
  readonly effects: readonly string[];
}

/** One force at the act's end, on the player's road and on history's. */
export interface ReportForce {
  readonly key: string;
  readonly label: string;
  readonly player: number;
  readonly history: number | null;
}

/** A district whose side changed during the act: its band at the act's start and end. */
export interface ReportDistrict {
  readonly id: string;
  readonly name: string;
  readonly from: string;
  readonly to: string;
  /** +1 towards the revolution, -1 towards the government. */
  readonly direction: 1 | -1;
}

/** A choice of the act that moved the forces most, and why in words. */
export interface ReportChoice {
  readonly option: string;
  readonly moved: number;
  readonly why: string;
}

/** A character at the act's end: where the player's road has put them, and where history's has. */
export interface ReportCharacter {
  readonly id: string;
  readonly name: string;
  readonly player: string | null;
  readonly history: string | null;
}

/** What the act report shows. */
export interface ActReport {
  readonly act: ActId;
  readonly forces: readonly ReportForce[];
  /** Who is where, on both roads; empty when the story places no characters. */
  readonly characters: readonly ReportCharacter[];
  readonly districts: { readonly player: readonly ReportDistrict[]; readonly history: readonly ReportDistrict[] };
  readonly choices: readonly ReportChoice[];
}

const BAND_RANK: Readonly<Record<Band, number>> = { order: 0, leaning_order: 1, wavering: 2, leaning_revolution: 3, revolution: 4 };

/** The worlds of a run that belong to `act`: from its first world to the first world past its end. */
export function actSpan(worlds: readonly WorldView[], act: ActId): { start: WorldView; end: WorldView } | null {
  const rank = (ACTS as readonly string[]).indexOf(act);
  const first = worlds.findIndex((w) => w.act === act);
  if (first < 0) return null;
  const past = worlds.findIndex((w, i) => i > first && w.act !== null && (ACTS as readonly string[]).indexOf(w.act) > rank);
  const start = worlds[first];
  const end = worlds[past < 0 ? worlds.length - 1 : past];
  return start && end ? { start, end } : null;
}

/** The districts whose band moved between two worlds, in map order. */
export function districtShifts(start: WorldView, end: WorldView): ReportDistrict[] {
  const before = new Map(start.districts.map((d) => [d.id, d.band]));
  const out: ReportDistrict[] = [];
  for (const d of end.districts) {
    const was = before.get(d.id);
    if (!was || was === d.band) continue;
    out.push({ id: d.id, name: d.name, from: BAND_LABELS[was], to: BAND_LABELS[d.band], direction: BAND_RANK[d.band] > BAND_RANK[was] ? 1 : -1 });
  }
  return out;
}

/** The characters placed at either act end, in the player's order then history's, each beside history's place. */
export function characterRows(player: WorldView, history: WorldView | null): ReportCharacter[] {
  const theirs = new Map((history?.characters ?? []).map((c) => [c.id, c]));
  const mine = new Map(player.characters.map((c) => [c.id, c]));
  const ids = [...new Set([...mine.keys(), ...theirs.keys()])];
  return ids.map((id) => {
    const c = mine.get(id) ?? theirs.get(id);
    return { id, name: c?.name ?? id, player: mine.get(id)?.where ?? null, history: theirs.get(id)?.where ?? null };
  });
}

/** A plain sentence from the numbers alone, for a step the story gave no `effect:` line; `limit` keeps the biggest moves. */
export function changesSentence(all: readonly ForceChange[], limit = Number.POSITIVE_INFINITY): string {
  if (all.length === 0) return 'Nothing the game tracks moved.';
  const size = (c: ForceChange) => Math.abs(c.to - c.from);
  const changes = all.length > limit ? [...all].sort((a, b) => size(b) - size(a)).slice(0, limit) : all;
  const more = all.length - changes.length;
  const words = changes.map((c) => `${c.label} ${c.to > c.from ? 'up' : 'down'} ${Math.abs(c.to - c.from)} (${c.from} to ${c.to})`);
  return `${words.join('; ')}${more > 0 ? `; and ${more} more` : ''}.`;
}

/**
 * The report for `act`: the player's worlds and steps beside history's worlds. The two choices of the act
 * whose forces moved most are "the choices that mattered", with the story's own reason where it gives one.
 */
export function actReport(act: ActId, player: readonly WorldView[], steps: readonly ReportStep[], history: readonly WorldView[]): ActReport | null {
  const mine = actSpan(player, act);
  if (!mine) return null;
  const theirs = actSpan(history, act);
  const historyEnd = new Map(theirs?.end.forces.map((f) => [f.key, f.value]) ?? []);
  const forces = HEADLINE_FORCES.flatMap((key) => {
    const f = mine.end.forces.find((x) => x.key === key);
    return f ? [{ key, label: f.label, player: f.value, history: historyEnd.get(key) ?? null }] : [];
  });
  const choices = steps
    .filter((s) => s.act === act && s.decision !== null)
    .map((s) => ({
      option: s.option,
      moved: s.changes.reduce((sum, c) => sum + Math.abs(c.to - c.from), 0),
      why: s.effects.length > 0 ? s.effects.join(' ') : changesSentence(s.changes, 3),
    }))
    .filter((c) => c.moved > 0)
    .sort((a, b) => b.moved - a.moved)
    .slice(0, 2);
  return {
    act,
    forces,
    characters: characterRows(mine.end, theirs?.end ?? null),
    districts: { player: districtShifts(mine.start, mine.end), history: theirs ? districtShifts(theirs.start, theirs.end) : [] },
    choices,
  };
}
