import type { Variables } from '../story/runner.ts';
import { FORCES } from './forces.ts';

/** One force that moved in a step: its ink name, its label, and its value before and after. */
export interface ForceChange {
  readonly key: string;
  readonly label: string;
  readonly from: number;
  readonly to: number;
}

/** The forces whose values differ between two moments, in the order the game shows the forces. */
export function forceChanges(before: Variables, after: Variables): ForceChange[] {
  const out: ForceChange[] = [];
  for (const f of FORCES) {
    const from = before[f.key];
    const to = after[f.key];
    if (typeof from === 'number' && typeof to === 'number' && from !== to) out.push({ key: f.key, label: f.label, from, to });
  }
  return out;
}
