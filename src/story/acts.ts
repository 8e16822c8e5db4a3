import type { ActId } from './tags.ts';

/** How the game names an act. */
export interface ActInfo {
  readonly id: ActId;
  readonly numeral: string;
  readonly title: string;
  readonly period: string;
  /** Where the act starts in the story: its knot, and the debug preset that sets the state the historical path brings to it. */
  readonly start: { readonly knot: string; readonly preset?: string };
}

/** The six acts, in order. */
export const ACT_INFO: Readonly<Record<ActId, ActInfo>> = {
  february: { id: 'february', numeral: 'I', title: 'February', period: '23 February – 2 March 1917', start: { knot: 'feb_start' } },
  dual_power: { id: 'dual_power', numeral: 'II', title: 'Dual power', period: 'March – May 1917', start: { knot: 'dp_start', preset: 'preset_dual_power' } },
  july_days: { id: 'july_days', numeral: 'III', title: 'The July Days', period: 'June – July 1917', start: { knot: 'jul_start', preset: 'preset_july_days' } },
  kornilov: { id: 'kornilov', numeral: 'IV', title: 'Kornilov', period: 'July – August 1917', start: { knot: 'kor_start', preset: 'preset_kornilov' } },
  october: { id: 'october', numeral: 'V', title: 'October', period: 'September – 25 October 1917', start: { knot: 'oct_start', preset: 'preset_october' } },
  defence: {
    id: 'defence',
    numeral: 'VI',
    title: 'Defending the revolution',
    period: 'October 1917 – January 1918',
    start: { knot: 'def_start', preset: 'preset_defence' },
  },
};
