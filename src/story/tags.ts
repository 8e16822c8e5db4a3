// The story's tag vocabulary (design.md §3). story/README.md documents the same list:
// change both together.

/** The acts of the story, in order. */
export const ACTS = ['february', 'dual_power', 'july_days', 'kornilov', 'october', 'defence'] as const;
/** One act of the story. */
export type ActId = (typeof ACTS)[number];

/** Map views the camera can be asked to frame (keys of meta.views in the map data). */
export const VIEWS = ['city', 'centre', 'approaches', 'region'] as const;
/** A map camera view. */
export type ViewId = (typeof VIEWS)[number];

/** Map animation cues an `event:` tag may name. */
export const EVENTS = [
  'strike',
  'march',
  'crowd',
  'shots',
  'barricade',
  'fraternise',
  'mutiny',
  'arsenal',
  'prison_opened',
  'fire',
  'flag',
  'bridge_raised',
  'bridge_lowered',
  'troops',
  'cossacks',
  'sailors',
  'red_guard',
  'aurora',
  'train',
  'arrest',
  'raid',
  'telegraph',
  'occupy',
  'palace_falls',
  'vote',
  'printing_press',
  'retreat',
] as const;
/** A map animation cue. */
export type EventId = (typeof EVENTS)[number];

/** Sound-effect keys an `sfx:` tag may name. */
export const SFX = [
  'click',
  'crowd',
  'crowd_roar',
  'shots',
  'volley',
  'whistle',
  'bells',
  'march',
  'telegraph',
  'gun',
  'cheer',
  'glass',
  'train',
  'hooves',
  'typewriter',
] as const;
/** A sound-effect key. */
export type SfxId = (typeof SFX)[number];

/** Music keys a `music:` tag may name (stingers at turning points). */
export const MUSIC = ['stinger_rise', 'stinger_defeat', 'stinger_victory', 'stinger_dread', 'marseillaise'] as const;
/** A music key. */
export type MusicId = (typeof MUSIC)[number];

/** A parsed tag: each kind carries its own typed value. */
export type Tag =
  | { kind: 'date'; value: string }
  | { kind: 'act'; value: ActId }
  | { kind: 'act_end'; value: ActId }
  | { kind: 'scene'; value: string }
  | { kind: 'place'; value: string }
  | { kind: 'view'; value: ViewId }
  | { kind: 'decision'; value: string }
  | { kind: 'historical' }
  | { kind: 'ending'; value: string }
  | { kind: 'cite'; value: readonly (number | 'essay')[] }
  | { kind: 'note' }
  | { kind: 'interpretation' }
  | { kind: 'event'; value: EventId; targets: readonly string[] }
  | { kind: 'sfx'; value: SfxId }
  | { kind: 'music'; value: MusicId }
  | { kind: 'effect'; value: string }
  | { kind: 'recalls'; value: string };

/** Every tag kind, for documentation and checks. */
export const TAG_KINDS = [
  'date',
  'act',
  'act_end',
  'scene',
  'place',
  'view',
  'decision',
  'historical',
  'ending',
  'cite',
  'note',
  'interpretation',
  'event',
  'sfx',
  'music',
  'effect',
  'recalls',
] as const;

/** The result of parsing one raw tag: the tag, or a message saying why it is not one. */
export type TagResult = { ok: true; tag: Tag } | { ok: false; raw: string; error: string };

const ID = /^[a-z][a-z0-9_]*$/;
const ISO_DATE = /^(1917|1918)-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])$/;
/** Footnotes in the essay run from 1 to 32. */
export const FOOTNOTE_COUNT = 32;

function member<T extends string>(list: readonly T[], value: string): value is T {
  return (list as readonly string[]).includes(value);
}

function fail(raw: string, error: string): TagResult {
  return { ok: false, raw, error };
}

function parseCites(raw: string, value: string): TagResult {
  const parts = value.split(',').map((p) => p.trim());
  const cites: (number | 'essay')[] = [];
  for (const part of parts) {
    if (part === 'essay') {
      cites.push('essay');
      continue;
    }
    const n = Number(part);
    if (!Number.isInteger(n) || n < 1 || n > FOOTNOTE_COUNT) return fail(raw, `cite must be footnotes 1-${FOOTNOTE_COUNT} or "essay", got "${part}"`);
    cites.push(n);
  }
  return { ok: true, tag: { kind: 'cite', value: cites } };
}

function parseKeyed(raw: string, key: string, value: string): TagResult {
  switch (key) {
    case 'date':
      return ISO_DATE.test(value) ? { ok: true, tag: { kind: 'date', value } } : fail(raw, `date must be an Old Style ISO date in 1917-1918, got "${value}"`);
    case 'act':
    case 'act_end':
      return member(ACTS, value) ? { ok: true, tag: { kind: key, value } } : fail(raw, `${key} must be one of ${ACTS.join(', ')}`);
    case 'scene':
      return value.length > 0 ? { ok: true, tag: { kind: 'scene', value } } : fail(raw, 'scene needs a title');
    case 'place':
    case 'decision':
    case 'ending':
      return ID.test(value) ? { ok: true, tag: { kind: key, value } } : fail(raw, `${key} must be a snake_case id, got "${value}"`);
    case 'view':
      return member(VIEWS, value) ? { ok: true, tag: { kind: 'view', value } } : fail(raw, `view must be one of ${VIEWS.join(', ')}`);
    case 'cite':
      return parseCites(raw, value);
    case 'event': {
      const [id = '', ...targets] = value.split(/\s+/);
      if (!member(EVENTS, id)) return fail(raw, `unknown event "${id}"`);
      if (!targets.every((t) => ID.test(t))) return fail(raw, 'event targets must be map ids');
      return { ok: true, tag: { kind: 'event', value: id, targets } };
    }
    case 'sfx':
      return member(SFX, value) ? { ok: true, tag: { kind: 'sfx', value } } : fail(raw, `unknown sfx "${value}"`);
    case 'music':
      return member(MUSIC, value) ? { ok: true, tag: { kind: 'music', value } } : fail(raw, `unknown music "${value}"`);
    case 'effect':
      return value.length > 0 && value.length <= 160 ? { ok: true, tag: { kind: 'effect', value } } : fail(raw, 'effect needs a short line (1-160 characters)');
    case 'recalls':
      return ID.test(value) ? { ok: true, tag: { kind: 'recalls', value } } : fail(raw, `recalls must name an ink variable, got "${value}"`);
    default:
      return fail(raw, `unknown tag "${key}"`);
  }
}

/** Parses one raw ink tag such as `date: 1917-02-23` or `historical`. */
export function parseTag(raw: string): TagResult {
  const text = raw.trim();
  const colon = text.indexOf(':');
  if (colon < 0) {
    if (text === 'historical' || text === 'note' || text === 'interpretation') return { ok: true, tag: { kind: text } };
    return fail(raw, `unknown tag "${text}"`);
  }
  const key = text.slice(0, colon).trim();
  const value = text.slice(colon + 1).trim();
  if (key !== key.toLowerCase()) return fail(raw, `tag keys are lowercase, got "${key}"`);
  return parseKeyed(raw, key, value);
}

/** Parsed tags of one line, with any that failed to parse kept for reporting. */
export interface ParsedTags {
  readonly tags: readonly Tag[];
  readonly errors: readonly { raw: string; error: string }[];
}

/** Parses every raw tag of a line, keeping the good ones and the errors apart. */
export function parseTags(raw: readonly string[]): ParsedTags {
  const tags: Tag[] = [];
  const errors: { raw: string; error: string }[] = [];
  for (const r of raw) {
    const result = parseTag(r);
    if (result.ok) tags.push(result.tag);
    else errors.push({ raw: result.raw, error: result.error });
  }
  return { tags, errors };
}

/** The first tag of a kind in a list, typed by its kind. */
export function findTag<K extends Tag['kind']>(tags: readonly Tag[], kind: K): Extract<Tag, { kind: K }> | undefined {
  return tags.find((t): t is Extract<Tag, { kind: K }> => t.kind === kind);
}

/** Whether a list holds a tag of the kind. */
export function hasTag(tags: readonly Tag[], kind: Tag['kind']): boolean {
  return tags.some((t) => t.kind === kind);
}
