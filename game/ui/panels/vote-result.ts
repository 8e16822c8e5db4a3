import type { ChoiceView } from '../../../src/game-core.ts';

/** The sentence under a revealed vote: skipped, won, tied or empty. */
export function resultText(skipped: boolean, winning: ChoiceView | undefined, votes: number, total: number): string {
  if (skipped) return 'No vote: the teacher plays the option.';
  if (winning) return `The class chose “${winning.text}” with ${votes} of ${total} votes.`;
  return total ? 'The vote is tied: the teacher decides.' : 'Nobody voted: the teacher decides.';
}

/** Each option's bar at its share of the votes, written out as a percentage too; the winner's row marked. */
export function drawShares(bars: readonly HTMLElement[], rows: readonly HTMLElement[], counts: readonly number[], winner: number | null): void {
  const total = counts.reduce((a, b) => a + b, 0);
  for (const [i, bar] of bars.entries()) {
    const share = total ? Math.round((100 * (counts[i] ?? 0)) / total) : 0;
    bar.style.setProperty('--share', `${share}%`);
    bar.textContent = `${share}%`;
    rows[i]?.classList.toggle('is-winner', i === winner);
  }
}
