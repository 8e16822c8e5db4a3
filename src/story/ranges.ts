import type { Variables } from './runner.ts';

/** The declared range of every ranged variable in state.ink's text (`VAR x = 5 // [lo,hi] ...`). */
export function parseRanges(stateInk: string): Map<string, readonly [number, number]> {
  const ranges = new Map<string, readonly [number, number]>();
  for (const line of stateInk.split('\n')) {
    const m = /^VAR (\w+) = [^/]*\/\/ \[(-?\d+),(-?\d+)\]/.exec(line);
    if (m) ranges.set(m[1] ?? '', [Number(m[2]), Number(m[3])]);
  }
  return ranges;
}

/** Messages for every numeric variable outside its declared range. */
export function rangeProblems(vars: Variables, ranges: ReadonlyMap<string, readonly [number, number]>): string[] {
  const out: string[] = [];
  for (const [name, [lo, hi]] of ranges) {
    const v = vars[name];
    if (typeof v === 'number' && (v < lo || v > hi)) out.push(`${name} = ${v}, outside [${lo},${hi}]`);
  }
  return out;
}
