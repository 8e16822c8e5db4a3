import type { ActId } from './tags.ts';

/** How the game names an act. */
export interface ActInfo {
  readonly id: ActId;
  readonly numeral: string;
  readonly title: string;
  readonly period: string;
}

/** The six acts, in order. */
export const ACT_INFO: Readonly<Record<ActId, ActInfo>> = {
  february: { id: 'february', numeral: 'I', title: 'February', period: '23 February – 2 March 1917' },
  dual_power: { id: 'dual_power', numeral: 'II', title: 'Dual power', period: 'March – May 1917' },
  july_days: { id: 'july_days', numeral: 'III', title: 'The July Days', period: 'June – July 1917' },
  kornilov: { id: 'kornilov', numeral: 'IV', title: 'Kornilov', period: 'July – August 1917' },
  october: { id: 'october', numeral: 'V', title: 'October', period: 'September – 25 October 1917' },
  defence: { id: 'defence', numeral: 'VI', title: 'Defending the revolution', period: 'October 1917 – January 1918' },
};
