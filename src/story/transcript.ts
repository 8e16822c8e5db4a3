import type { StoryContext } from '../world/world-view.ts';
import type { StoryLine } from './runner.ts';
import { type ActId, type EventId, findTag, hasTag, type MusicId, type SfxId, type Tag, type ViewId } from './tags.ts';

/** A footnote reference: an essay footnote number, or the essay's own unfootnoted text. */
export type Cite = number | 'essay';

/** One line of a history note. */
export interface NoteLine {
  readonly text: string;
  readonly cites: readonly Cite[];
  readonly interpretation: boolean;
}

/** A piece of a passage, in reading order. */
export type Block =
  | { readonly kind: 'heading'; readonly act: ActId | null; readonly scene: string | null; readonly date: string | null; readonly place: string | null }
  | { readonly kind: 'text'; readonly text: string; readonly cites: readonly Cite[]; readonly interpretation: boolean }
  | { readonly kind: 'note'; readonly lines: readonly NoteLine[] }
  | { readonly kind: 'act_end'; readonly act: ActId; readonly text: string }
  | { readonly kind: 'ending'; readonly id: string; readonly text: string };

/** A sound or map cue, in the order the story gave it. */
export type Cue =
  | { readonly kind: 'event'; readonly id: EventId; readonly targets: readonly string[] }
  | { readonly kind: 'sfx'; readonly id: SfxId }
  | { readonly kind: 'music'; readonly id: MusicId }
  | { readonly kind: 'view'; readonly id: ViewId };

/** What one step of the story produced: its blocks, cues and where it left the story. */
export interface PassageBody {
  readonly blocks: readonly Block[];
  readonly cues: readonly Cue[];
  readonly context: StoryContext;
  readonly decision: string | null;
  readonly ending: string | null;
  /** The `effect:` lines of this step, in order: what moved and why, for the forces panel. */
  readonly effects: readonly string[];
  readonly tagErrors: readonly string[];
}

function cites(tags: readonly Tag[]): Cite[] {
  return tags.flatMap((t) => (t.kind === 'cite' ? [...t.value] : []));
}

function cuesOf(tags: readonly Tag[]): Cue[] {
  const out: Cue[] = [];
  for (const t of tags) {
    if (t.kind === 'event') out.push({ kind: 'event', id: t.value, targets: t.targets });
    else if (t.kind === 'sfx') out.push({ kind: 'sfx', id: t.value });
    else if (t.kind === 'music') out.push({ kind: 'music', id: t.value });
    else if (t.kind === 'view') out.push({ kind: 'view', id: t.value });
  }
  return out;
}

/** Turns the lines of one story step into reading blocks, carrying the story context forward from `before`. */
export function buildPassage(lines: readonly StoryLine[], before: StoryContext): PassageBody {
  const blocks: Block[] = [];
  const cues: Cue[] = [];
  const tagErrors: string[] = [];
  const effects: string[] = [];
  let context = before;
  let decision: string | null = null;
  let ending: string | null = null;
  for (const line of lines) {
    const { tags, text } = line;
    for (const e of line.tagErrors) tagErrors.push(`${e.raw}: ${e.error}`);
    const act = findTag(tags, 'act')?.value ?? null;
    const scene = findTag(tags, 'scene')?.value ?? null;
    const date = findTag(tags, 'date')?.value ?? null;
    const place = findTag(tags, 'place')?.value ?? null;
    const view = findTag(tags, 'view')?.value ?? null;
    // A view frames one scene: a new scene without a view tag goes back to the whole city.
    const sceneStarts = scene !== null || act !== null;
    context = { date: date ?? context.date, act: act ?? context.act, place: place ?? context.place, view: view ?? (sceneStarts ? null : context.view) };
    if (act || scene || date) blocks.push({ kind: 'heading', act, scene, date, place });
    cues.push(...cuesOf(tags));
    for (const t of tags) if (t.kind === 'effect') effects.push(t.value);
    decision = findTag(tags, 'decision')?.value ?? decision;
    const actEnd = findTag(tags, 'act_end')?.value;
    const endingTag = findTag(tags, 'ending')?.value;
    if (endingTag) ending = endingTag;
    if (actEnd) blocks.push({ kind: 'act_end', act: actEnd, text });
    else if (endingTag) blocks.push({ kind: 'ending', id: endingTag, text });
    else if (text === '') continue;
    else if (hasTag(tags, 'note')) {
      const noteLine: NoteLine = { text, cites: cites(tags), interpretation: hasTag(tags, 'interpretation') };
      const last = blocks[blocks.length - 1];
      if (last?.kind === 'note') blocks[blocks.length - 1] = { kind: 'note', lines: [...last.lines, noteLine] };
      else blocks.push({ kind: 'note', lines: [noteLine] });
    } else blocks.push({ kind: 'text', text, cites: cites(tags), interpretation: hasTag(tags, 'interpretation') });
  }
  return { blocks, cues, context, decision, ending, effects, tagErrors };
}
