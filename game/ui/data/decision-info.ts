// Titles and classroom material for the decision points, from assets/classroom/decisions.json (loaded when first needed).
import type * as v from 'valibot';
import type { ActId } from '../../../src/story/tags.ts';
import { DecisionsFile, parseData } from './parse.ts';

/** What the game knows about a decision point beyond its id. */
export type DecisionInfo = v.InferOutput<typeof DecisionsFile>['decisions'][number];

let loaded: Promise<Map<string, DecisionInfo>> | null = null;

/** All decision points by id. */
export function decisionInfo(): Promise<Map<string, DecisionInfo>> {
  loaded ??= import('../../../assets/classroom/decisions.json').then((m) => {
    const file = parseData(DecisionsFile, m.default, 'assets/classroom/decisions.json');
    return new Map(file.decisions.map((d) => [d.id, d]));
  });
  return loaded;
}

/** A decision's title, or its id in words when the material has none. */
export function titleOf(info: Map<string, DecisionInfo>, id: string): string {
  return info.get(id)?.title ?? id.replace(/^[a-z]+_/, '').replaceAll('_', ' ');
}

/** A decision's title as a lead-in ("Strike on, or wait for May Day? …", "The railway union's ultimatum: …"). */
export function leadIn(info: Map<string, DecisionInfo>, id: string): string {
  const title = titleOf(info, id);
  return /[?!.]$/.test(title) ? `${title} ` : `${title}: `;
}

/** The act a decision belongs to, as decisions.json says (null for a decision it does not know yet). */
export function actOf(info: Map<string, DecisionInfo>, id: string): ActId | null {
  return info.get(id)?.act ?? null;
}
