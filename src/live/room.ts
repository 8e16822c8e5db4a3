// The rules of one live-vote room, as pure functions of its data: which votes count, how they are tallied, what
// everyone may see. The relay keeps one RoomData per join code and persists it; nothing here touches the network.
import { type PublicState, type Round, roundKeyOf, type VoteMessage } from './messages.ts';

/** How long a room lives after its last activity, in milliseconds (4 hours). */
export const ROOM_TTL_MS = 4 * 60 * 60 * 1000;

/** How many times a device may change its vote at one decision (its first vote is not a change). */
export const MAX_CHANGES = 10;

/** One device's vote at the current decision: the choice index, the device's own sequence number, and how often it changed. */
export interface Ballot {
  readonly index: number;
  readonly seq: number;
  readonly changes: number;
}

/** Everything the relay keeps about a room. Ballots are keyed by device id and never leave the relay. */
export interface RoomData {
  readonly code: string;
  /** SHA-256 of the teacher key, hex; the key itself is never stored. */
  readonly keyHash: string;
  /** Milliseconds since the epoch. */
  readonly lastActive: number;
  readonly round: Round | null;
  readonly phase: 'voting' | 'revealed';
  readonly ballots: Readonly<Record<string, Ballot>>;
  readonly handsUp: readonly number[] | null;
  readonly played: number | null;
  readonly history: boolean;
  readonly closed: boolean;
}

/** What became of a vote: counted (new or changed), already counted (a repeat, e.g. re-sent after a reconnect), stale, or refused. */
export type VoteOutcome =
  | { readonly kind: 'counted' | 'repeat' | 'stale'; readonly ballot: Ballot; readonly changesLeft: number }
  | { readonly kind: 'refused'; readonly reason: string };

/** A new, empty room. */
export function newRoom(code: string, keyHash: string, now: number): RoomData {
  return { code, keyHash, lastActive: now, round: null, phase: 'voting', ballots: {}, handsUp: null, played: null, history: false, closed: false };
}

/** The key of the room's current decision, or null before the first. */
export function currentKey(room: RoomData): string | null {
  return room.round ? roundKeyOf(room.round) : null;
}

/** Puts a decision to the class. Opening the decision already open (a projector that reloaded) keeps its votes. */
export function openRound(room: RoomData, round: Round, now: number): RoomData {
  if (currentKey(room) === roundKeyOf(round)) return { ...room, lastActive: now };
  return { ...room, lastActive: now, round, phase: 'voting', ballots: {}, handsUp: null, played: null, history: false };
}

/**
 * Counts a device's vote. One ballot per device: a repeat of the same vote (re-sent after a reconnect) changes
 * nothing, an older sequence number than the ballot's is stale, and a device may change its vote MAX_CHANGES times.
 */
export function castVote(room: RoomData, device: string, vote: VoteMessage, now: number): { room: RoomData; outcome: VoteOutcome } {
  const refuse = (reason: string) => ({ room, outcome: { kind: 'refused', reason } as const });
  if (room.closed) return refuse('closed');
  if (!room.round) return refuse('no-decision');
  if (vote.round !== roundKeyOf(room.round)) return refuse('wrong-decision');
  if (room.phase === 'revealed') return refuse('revealed');
  if (!room.round.options.some((o) => o.index === vote.index)) return refuse('not-an-option');
  const old = room.ballots[device];
  const left = (b: Ballot) => MAX_CHANGES - b.changes;
  if (old && vote.seq < old.seq) return { room, outcome: { kind: 'stale', ballot: old, changesLeft: left(old) } };
  if (old && vote.index === old.index) {
    const ballot = { ...old, seq: vote.seq };
    return {
      room: { ...room, lastActive: now, ballots: { ...room.ballots, [device]: ballot } },
      outcome: { kind: 'repeat', ballot, changesLeft: left(ballot) },
    };
  }
  if (old && old.changes >= MAX_CHANGES) return refuse('too-many-changes');
  const ballot: Ballot = { index: vote.index, seq: vote.seq, changes: old ? old.changes + 1 : 0 };
  return {
    room: { ...room, lastActive: now, ballots: { ...room.ballots, [device]: ballot } },
    outcome: { kind: 'counted', ballot, changesLeft: left(ballot) },
  };
}

/** Device votes per option, in the order of the round's options. */
export function tally(room: RoomData): number[] {
  const options = room.round?.options ?? [];
  const counts = options.map(() => 0);
  for (const ballot of Object.values(room.ballots)) {
    const position = options.findIndex((o) => o.index === ballot.index);
    if (position >= 0) counts[position] = (counts[position] ?? 0) + 1;
  }
  return counts;
}

/** Device votes plus hands-up counts, per option. */
export function combined(tallies: readonly number[], handsUp: readonly number[] | null): number[] {
  return tallies.map((t, i) => t + (handsUp?.[i] ?? 0));
}

/** Shows the result of the current decision; hands-up counts (one per option, missing ones 0) are added beside the device votes. */
export function reveal(room: RoomData, key: string, handsUp: readonly number[], now: number): RoomData | string {
  if (!room.round || currentKey(room) !== key) return 'wrong-decision';
  const hands = room.round.options.map((_, i) => handsUp[i] ?? 0);
  return { ...room, lastActive: now, phase: 'revealed', handsUp: hands };
}

/** Records the option the teacher played (after the reveal). */
export function play(room: RoomData, key: string, index: number, now: number): RoomData | string {
  if (!room.round || currentKey(room) !== key) return 'wrong-decision';
  if (room.phase !== 'revealed') return 'not-revealed';
  if (!room.round.options.some((o) => o.index === index)) return 'not-an-option';
  return { ...room, lastActive: now, played: index };
}

/** Lets the students see what really happened at the current decision. */
export function showHistory(room: RoomData, key: string, now: number): RoomData | string {
  if (!room.round || currentKey(room) !== key) return 'wrong-decision';
  if (room.phase !== 'revealed') return 'not-revealed';
  return { ...room, lastActive: now, history: true };
}

/** Ends the lesson: students are told, and no more votes count. */
export function closeRoom(room: RoomData, now: number): RoomData {
  return { ...room, lastActive: now, closed: true };
}

/** Whether a room has outlived ROOM_TTL_MS since its last activity. */
export function isExpired(room: RoomData, now: number): boolean {
  return now - room.lastActive > ROOM_TTL_MS;
}

/** What everyone in the room may see: how many voted, and the tallies only once revealed. `present` is the number of student devices connected. */
export function publicState(room: RoomData, present: number): PublicState {
  const revealed = room.phase === 'revealed';
  return {
    round: room.round,
    phase: room.phase,
    voted: Object.keys(room.ballots).length,
    present,
    tallies: revealed ? tally(room) : null,
    handsUp: revealed ? room.handsUp : null,
    played: room.played,
    history: room.history,
    closed: room.closed,
  };
}
