import { ACT_INFO } from '../story/acts.ts';
import { StoryRunner, type Variables } from '../story/runner.ts';
import { START_CONTEXT, storyStep } from '../story/step.ts';
import { ACTS, hasTag } from '../story/tags.ts';

/** Counters that pile up along a path and that the presets need not match. */
const COUNTERS = ['casualties', 'arrests', 'delegates_total', 'delegates_bolshevik'];

/** How far the state the historical path brings to an act lies from the act's preset (the jump menu's start). */
export interface PresetDrift {
  readonly act: string;
  /** Whether the historical path reached the end of the act before. */
  readonly reached: boolean;
  /** Every number that differs, played against preset. */
  readonly values: readonly { readonly name: string; readonly played: number; readonly preset: number }[];
}

/** The historical path's state at the end of each act, against the next act's preset. */
export function presetDrift(json: string): PresetDrift[] {
  const runner = new StoryRunner(json);
  const played = new Map<string, Variables>();
  let index: number | null = null;
  let context = START_CONTEXT;
  for (let n = 0; n < 400; n++) {
    const step = storyStep(runner, index, context);
    context = step.body.context;
    for (const b of step.body.blocks) if (b.kind === 'act_end') played.set(b.act, runner.variables());
    if (step.body.ending || step.choices.length === 0) break;
    const h = step.choices.find((c) => hasTag(c.tags, 'historical')) ?? step.choices[0];
    index = h?.index ?? 0;
  }
  const out: PresetDrift[] = [];
  for (const [i, act] of ACTS.entries()) {
    const preset = ACT_INFO[act].start.preset;
    const previous = ACTS[i - 1];
    if (!preset || !previous) continue;
    const atEnd = played.get(previous);
    const expected = new StoryRunner(json);
    expected.call(preset);
    const wanted = expected.variables();
    const values = Object.entries(wanted).flatMap(([name, v]) => {
      const p = atEnd?.[name];
      return typeof v === 'number' && typeof p === 'number' && p !== v && !COUNTERS.includes(name) ? [{ name, played: p, preset: v }] : [];
    });
    out.push({ act, reached: atEnd !== undefined, values });
  }
  return out;
}

/** Drift beyond `tolerance` points, one message each. */
export function driftProblems(drift: readonly PresetDrift[], tolerance = 10): string[] {
  return drift.flatMap((d) => [
    ...(d.reached ? [] : [`the historical path never reaches the end of the act before ${d.act}`]),
    ...d.values.filter((v) => Math.abs(v.played - v.preset) > tolerance).map((v) => `${d.act}: ${v.name} preset ${v.preset}, played ${v.played}`),
  ]);
}
