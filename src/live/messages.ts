// The live vote's messages, checked before anything acts on them. Every message travels as JSON text in a
// Hocuspocus stateless message; anything longer than MAX_MESSAGE_BYTES or not matching a schema is refused.
import * as v from 'valibot';

/** The longest message the relay accepts or sends, in bytes of UTF-8. */
export const MAX_MESSAGE_BYTES = 2048;

/** The most options a decision can offer. */
export const MAX_OPTIONS = 9;

const count = v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(10_000));
const roundKey = v.pipe(v.string(), v.maxLength(80), v.regex(/^\d{1,5}:[a-z0-9_]{1,64}$/));

const RoundSchema = v.object({
  step: v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(99_999)),
  decision: v.pipe(v.string(), v.regex(/^[a-z0-9_]{1,64}$/)),
  options: v.pipe(
    v.array(v.object({ index: v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(99)), text: v.pipe(v.string(), v.minLength(1), v.maxLength(240)) })),
    v.minLength(1),
    v.maxLength(MAX_OPTIONS),
    v.check((options) => new Set(options.map((o) => o.index)).size === options.length, 'Option indices must differ.'),
  ),
});

/** A decision put to the class: the story's step, the decision's id and the options on offer (their choice indices and text). */
export type Round = v.InferOutput<typeof RoundSchema>;

/** The key that names one decision of one lesson: step and decision id, as "12:july_days". */
export function roundKeyOf(round: Pick<Round, 'step' | 'decision'>): string {
  return `${round.step}:${round.decision}`;
}

/** The longest nickname a student may give, in characters. */
export const MAX_NICKNAME = 20;

/** A nickname: letters (any alphabet), digits, spaces and a few marks, 1 to MAX_NICKNAME characters, nothing that could be markup. */
const nickname = v.pipe(
  v.string(),
  v.transform((s) => s.normalize('NFC').trim().replace(/\s+/g, ' ')),
  v.minLength(1),
  v.maxLength(MAX_NICKNAME),
  v.regex(/^[\p{L}\p{M}\p{N}][\p{L}\p{M}\p{N} .'’_-]*$/u),
);

/** Whether a nickname would be accepted by the relay (the join screen checks before sending). */
export function validNickname(name: string): string | null {
  const parsed = v.safeParse(nickname, name);
  return parsed.success ? parsed.output : null;
}

const StudentSchema = v.variant('t', [
  v.object({ t: v.literal('vote'), round: roundKey, index: v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(99)), seq: count }),
  v.object({ t: v.literal('nick'), name: nickname }),
]);

const TeacherSchema = v.variant('t', [
  v.object({ t: v.literal('open'), round: RoundSchema }),
  v.object({ t: v.literal('reveal'), round: roundKey, handsUp: v.pipe(v.array(count), v.maxLength(MAX_OPTIONS)) }),
  v.object({ t: v.literal('play'), round: roundKey, index: v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(99)) }),
  v.object({ t: v.literal('history'), round: roundKey }),
  v.object({ t: v.literal('close') }),
]);

/** What a student's device may send: a vote (choice index) at a decision, numbered by the device so a late copy never undoes a newer one; or its optional nickname for the lesson. */
export type StudentMessage = v.InferOutput<typeof StudentSchema>;

/** A student's vote. */
export type VoteMessage = Extract<StudentMessage, { t: 'vote' }>;

/** What the teacher's projector may send: open a decision, reveal it (with hands-up counts), play an option, show history, close the room. */
export type TeacherMessage = v.InferOutput<typeof TeacherSchema>;

/** What the relay tells everyone in a room: only counts, never who voted what. */
export interface PublicState {
  readonly round: Round | null;
  readonly phase: 'voting' | 'revealed';
  /** Devices that have voted at this decision. */
  readonly voted: number;
  /** Student devices connected now. */
  readonly present: number;
  /** Device votes per option (in the order of `round.options`), once revealed; null before. */
  readonly tallies: readonly number[] | null;
  /** Hands-up counts the teacher added at the reveal, per option; null before. */
  readonly handsUp: readonly number[] | null;
  /** The choice index the teacher played, once played. */
  readonly played: number | null;
  /** Whether the teacher is showing what really happened. */
  readonly history: boolean;
  readonly closed: boolean;
}

/**
 * A message from the relay. `you` goes only to the device that voted. `joined` (the nicknames of the devices here,
 * sorted, never with their votes) and `final` (the device votes at the decision open when the teacher ended live
 * voting, so the hands-up count goes on from them) go only to the projector.
 */
export type RelayMessage =
  | { readonly t: 'state'; readonly state: PublicState }
  | { readonly t: 'joined'; readonly names: readonly string[]; readonly more: number }
  | { readonly t: 'final'; readonly round: string; readonly tallies: readonly number[] }
  | { readonly t: 'you'; readonly round: string; readonly index: number; readonly seq: number; readonly changesLeft: number }
  | { readonly t: 'refused'; readonly reason: string };

/** The result of reading a message: the message, or why it was refused. */
export type Parsed<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly reason: string };

function parseWith<T>(schema: v.GenericSchema<unknown, T>, text: string): Parsed<T> {
  if (byteLength(text) > MAX_MESSAGE_BYTES) return { ok: false, reason: 'too-large' };
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return { ok: false, reason: 'not-json' };
  }
  const result = v.safeParse(schema, data);
  return result.success ? { ok: true, value: result.output } : { ok: false, reason: 'malformed' };
}

/** Reads a student's message. */
export function parseStudentMessage(text: string): Parsed<StudentMessage> {
  return parseWith(StudentSchema, text);
}

/** Reads a teacher's message. */
export function parseTeacherMessage(text: string): Parsed<TeacherMessage> {
  return parseWith(TeacherSchema, text);
}

const PublicSchema = v.object({
  round: v.nullable(RoundSchema),
  phase: v.picklist(['voting', 'revealed']),
  voted: count,
  present: count,
  tallies: v.nullable(v.array(count)),
  handsUp: v.nullable(v.array(count)),
  played: v.nullable(v.number()),
  history: v.boolean(),
  closed: v.boolean(),
});

const RelaySchema = v.variant('t', [
  v.object({ t: v.literal('state'), state: PublicSchema }),
  v.object({ t: v.literal('you'), round: roundKey, index: v.number(), seq: count, changesLeft: count }),
  v.object({ t: v.literal('refused'), reason: v.pipe(v.string(), v.maxLength(200)) }),
  v.object({ t: v.literal('joined'), names: v.pipe(v.array(nickname), v.maxLength(200)), more: count }),
  v.object({ t: v.literal('final'), round: roundKey, tallies: v.pipe(v.array(count), v.maxLength(MAX_OPTIONS)) }),
]);

/** Reads a message from the relay (browsers check what they are sent too). */
export function parseRelayMessage(text: string): Parsed<RelayMessage> {
  return parseWith(RelaySchema, text);
}

/** The size of a string in UTF-8 bytes. */
export function byteLength(text: string): number {
  let bytes = 0;
  for (const ch of text) {
    const code = ch.codePointAt(0) ?? 0;
    bytes += code < 0x80 ? 1 : code < 0x800 ? 2 : code < 0x10000 ? 3 : 4;
  }
  return bytes;
}
