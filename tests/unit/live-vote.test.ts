import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { JOIN_ALPHABET, newJoinCode, normaliseJoinCode } from '../../src/live/join-code.ts';
import { JoinGuard, MAX_JOIN_WAIT_MS, RateLimit, SLOW_INTERVAL_MS, WRONG_CODES_PER_CONNECTION, WRONG_CODES_PER_MINUTE } from '../../src/live/limits.ts';
import { MAX_MESSAGE_BYTES, parseRelayMessage, parseStudentMessage, parseTeacherMessage } from '../../src/live/messages.ts';
import {
  castVote,
  combined,
  isExpired,
  MAX_CHANGES,
  newRoom,
  openRound,
  play,
  publicState,
  ROOM_TTL_MS,
  type RoomData,
  reveal,
  showHistory,
  tally,
} from '../../src/live/room.ts';

const round = {
  step: 4,
  decision: 'dual_power_stance',
  options: [
    { index: 0, text: 'Support' },
    { index: 2, text: 'Oppose' },
    { index: 3, text: 'Wait' },
  ],
};
const key = '4:dual_power_stance';
const vote = (index: number, seq: number, r = key) => ({ t: 'vote' as const, round: r, index, seq });
const opened = (): RoomData => openRound(newRoom('ACEFHJ', 'ab', 0), round, 0);
function cast(room: RoomData, device: string, index: number, seq: number) {
  return castVote(room, device, vote(index, seq), 1);
}

describe('join codes', () => {
  it('use six characters with no look-alikes (no 0/O, 1/I/L, 2/Z, 5/S, 8/B)', () => {
    const code = newJoinCode(() => 0);
    expect(code).toHaveLength(6);
    for (const c of '0O1IL2Z5S8B') expect(JOIN_ALPHABET).not.toContain(c);
  });

  it('accept a code typed in lower case with spaces, and refuse one with a look-alike', () => {
    expect(normaliseJoinCode('ace fh3')).toBe('ACEFH3');
    expect(normaliseJoinCode('ACEFH0')).toBeNull();
    expect(normaliseJoinCode('ACEF')).toBeNull();
  });
});

describe('live-vote messages', () => {
  it('refuse anything over 2 kB before reading it', () => {
    const big = JSON.stringify({ t: 'vote', round: key, index: 0, seq: 1, pad: 'x'.repeat(MAX_MESSAGE_BYTES) });
    expect(parseStudentMessage(big)).toEqual({ ok: false, reason: 'too-large' });
  });

  it('let a student send only votes, and refuse malformed ones with a reason', () => {
    expect(parseStudentMessage(JSON.stringify(vote(2, 1))).ok).toBe(true);
    expect(parseStudentMessage(JSON.stringify({ t: 'reveal', round: key, handsUp: [] }))).toEqual({ ok: false, reason: 'malformed' });
    expect(parseStudentMessage(JSON.stringify({ ...vote(2, 1), index: -1 }))).toEqual({ ok: false, reason: 'malformed' });
    expect(parseStudentMessage('{not json')).toEqual({ ok: false, reason: 'not-json' });
  });

  it('refuse a decision whose options repeat an index', () => {
    const bad = {
      t: 'open',
      round: {
        ...round,
        options: [
          { index: 1, text: 'a' },
          { index: 1, text: 'b' },
        ],
      },
    };
    expect(parseTeacherMessage(JSON.stringify(bad)).ok).toBe(false);
    expect(parseTeacherMessage(JSON.stringify({ t: 'open', round })).ok).toBe(true);
  });

  it('read what the relay sends, and ignore what does not fit', () => {
    const state = publicState(opened(), 3);
    expect(parseRelayMessage(JSON.stringify({ t: 'state', state }))).toEqual({ ok: true, value: { t: 'state', state } });
    expect(parseRelayMessage(JSON.stringify({ t: 'state', state: { ...state, voted: 'many' } })).ok).toBe(false);
  });
});

describe('the vote rules', () => {
  it('count one ballot per device, and a changed vote moves it', () => {
    let room = opened();
    room = cast(room, 'dev-a', 0, 1).room;
    room = cast(room, 'dev-b', 2, 1).room;
    room = cast(room, 'dev-a', 3, 2).room;
    expect(tally(room)).toEqual([0, 1, 1]);
    expect(publicState(room, 2).voted).toBe(2);
  });

  it('count a vote re-sent after a reconnect once, and ignore an older copy that arrives late', () => {
    let room = opened();
    room = cast(room, 'dev-a', 0, 1).room;
    room = cast(room, 'dev-a', 2, 2).room;
    const again = cast(room, 'dev-a', 2, 2);
    expect(again.outcome.kind).toBe('repeat');
    const late = cast(again.room, 'dev-a', 0, 1);
    expect(late.outcome.kind).toBe('stale');
    expect(tally(late.room)).toEqual([0, 1, 0]);
  });

  it('never count a device twice, whatever order its votes and re-sends arrive in', () => {
    const event = fc.record({ device: fc.constantFrom('d1', 'd2', 'd3', 'd4'), index: fc.constantFrom(0, 2, 3), seq: fc.nat(30) });
    fc.assert(
      fc.property(fc.array(event, { maxLength: 80 }), (events) => {
        let room = opened();
        for (const e of events) room = cast(room, e.device, e.index, e.seq).room;
        const voters = new Set(events.map((e) => e.device)).size;
        expect(Object.keys(room.ballots).length).toBe(voters);
        expect(tally(room).reduce((a, b) => a + b, 0)).toBe(voters);
      }),
    );
  });

  it(`allow ${MAX_CHANGES} changes of vote per device per decision, then refuse`, () => {
    let room = cast(opened(), 'dev-a', 0, 0).room;
    for (let i = 1; i <= MAX_CHANGES; i++) {
      const next = cast(room, 'dev-a', i % 2 ? 2 : 0, i);
      expect(next.outcome.kind).toBe('counted');
      room = next.room;
    }
    expect(cast(room, 'dev-a', 3, 99).outcome).toEqual({ kind: 'refused', reason: 'too-many-changes' });
    expect(cast(room, 'dev-a', room.ballots['dev-a']?.index ?? 0, 99).outcome.kind).toBe('repeat');
  });

  it('refuse a vote at another decision, for an option not on offer, or after the reveal', () => {
    const room = opened();
    expect(castVote(room, 'd', vote(0, 1, '3:dual_power_stance'), 1).outcome).toEqual({ kind: 'refused', reason: 'wrong-decision' });
    expect(cast(room, 'd', 1, 1).outcome).toEqual({ kind: 'refused', reason: 'not-an-option' });
    const shown = reveal(room, key, [], 1) as RoomData;
    expect(cast(shown, 'd', 0, 1).outcome).toEqual({ kind: 'refused', reason: 'revealed' });
  });

  it('keep the votes when the projector reopens the same decision (a reload), and clear them at the next', () => {
    const room = cast(opened(), 'dev-a', 0, 1).room;
    expect(tally(openRound(room, round, 2))).toEqual([1, 0, 0]);
    expect(tally(openRound(room, { ...round, step: 5 }, 2))).toEqual([0, 0, 0]);
  });

  it('show tallies only after the reveal, with hands-up counts beside them', () => {
    const room = cast(opened(), 'dev-a', 2, 1).room;
    expect(publicState(room, 1).tallies).toBeNull();
    const shown = reveal(room, key, [4, 1], 2) as RoomData;
    expect(publicState(shown, 1)).toMatchObject({ tallies: [0, 1, 0], handsUp: [4, 1, 0], phase: 'revealed' });
    expect(combined([0, 1, 0], [4, 1, 0])).toEqual([4, 2, 0]);
  });

  it('play and show history only after the reveal, and only options on offer', () => {
    const room = opened();
    expect(play(room, key, 0, 1)).toBe('not-revealed');
    expect(showHistory(room, key, 1)).toBe('not-revealed');
    const shown = reveal(room, key, [], 1) as RoomData;
    expect(play(shown, key, 1, 1)).toBe('not-an-option');
    expect((play(shown, key, 2, 1) as RoomData).played).toBe(2);
    expect((showHistory(shown, key, 1) as RoomData).history).toBe(true);
  });

  it('let a room expire four hours after its last activity', () => {
    const room = cast(opened(), 'dev-a', 0, 1).room;
    expect(isExpired(room, 1 + ROOM_TTL_MS)).toBe(false);
    expect(isExpired(room, 2 + ROOM_TTL_MS)).toBe(true);
  });
});

describe('join-code guessing', () => {
  it(`closes a connection at its ${WRONG_CODES_PER_CONNECTION}th wrong code, whatever its address`, () => {
    const guard = new JoinGuard();
    for (let i = 1; i < WRONG_CODES_PER_CONNECTION; i++) expect(guard.wrongCode('socket-1', 1000)).toBe(false);
    expect(guard.wrongCode('socket-1', 1000)).toBe(true);
    expect(guard.isBlocked('socket-1')).toBe(true);
    expect(guard.wrongCode('socket-2', 1000)).toBe(false);
  });

  it(`slows every join attempt past ${WRONG_CODES_PER_MINUTE} wrong codes a minute, turns away those that would wait too long, and recovers`, () => {
    const guard = new JoinGuard();
    const t = 1_000_000;
    for (let i = 0; i < WRONG_CODES_PER_MINUTE; i++) guard.wrongCode(`s${i}`, t);
    expect(guard.admit(t)).toBe(0);
    guard.wrongCode('one-more', t);
    expect(guard.admit(t)).toBe(0);
    expect(guard.admit(t)).toBe(SLOW_INTERVAL_MS);
    let waits = 0;
    while (guard.admit(t) !== 'busy') waits++;
    expect(waits).toBe(Math.floor(MAX_JOIN_WAIT_MS / SLOW_INTERVAL_MS) - 1);
    expect(guard.admit(t + 61_000)).toBe(0);
  });

  it('lets a connection send ten messages at once, then two a second', () => {
    const limit = new RateLimit(10, 2, 0);
    for (let i = 0; i < 10; i++) expect(limit.take(0)).toBe(true);
    expect(limit.take(0)).toBe(false);
    expect(limit.take(500)).toBe(true);
    expect(limit.take(500)).toBe(false);
  });
});

describe('the relay address', () => {
  it('accepts ws://, wss://, http(s):// and a bare host:port, and refuses anything else', async () => {
    const { cleanRelayAddress } = await import('../../game/live/relay-address.ts');
    expect(cleanRelayAddress('ws://10.0.0.5:1917/', 'http:')).toBe('ws://10.0.0.5:1917');
    expect(cleanRelayAddress('10.0.0.5:1917', 'http:')).toBe('ws://10.0.0.5:1917');
    expect(cleanRelayAddress('https://vote.school.example', 'http:')).toBe('wss://vote.school.example');
    expect(cleanRelayAddress('not a relay', 'http:')).toBeNull();
    expect(cleanRelayAddress('ftp://x', 'http:')).toBeNull();
  });

  it('becomes wss:// on an HTTPS page, where browsers block plain WebSockets', async () => {
    const { cleanRelayAddress, relayAddress } = await import('../../game/live/relay-address.ts');
    expect(cleanRelayAddress('ws://10.0.0.5:1917', 'https:')).toBe('wss://10.0.0.5:1917');
    expect(relayAddress('?classroom&relay=ws%3A%2F%2F10.0.0.5%3A1917', 'ws://other:1', 'https:')).toBe('wss://10.0.0.5:1917');
    expect(relayAddress('?classroom', 'ws://other:1', 'http:')).toBe('ws://other:1');
  });
});
