// The optional nickname and the end of live voting, against a real relay on loopback that keeps its rooms on disk.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MAX_NICKNAME_CHANGES } from '../../relay/nicknames.ts';
import { type Relay, startRelay } from '../../relay/server.ts';
import { validNickname } from '../../src/live/messages.ts';
import { type Client, connect, createRoom } from '../helpers/live.ts';

const round = { step: 5, decision: 'feb_arms', options: ['Persuade the soldiers', 'Arm the squads'].map((text, index) => ({ index, text })) };
const key = '5:feb_arms';
const data = mkdtempSync(join(tmpdir(), 'organiser-nick-'));
let relay: Relay;

beforeAll(async () => {
  relay = await startRelay({ port: 0, host: '127.0.0.1', dataDir: data });
});
afterAll(async () => {
  await relay.close();
  rmSync(data, { recursive: true, force: true });
});

async function room(): Promise<{ code: string; teacher: Client }> {
  const { code, key: teacherKey } = await createRoom(relay.url);
  const teacher = connect(relay.url, code, { role: 'teacher', key: teacherKey });
  await teacher.until(() => teacher.link.isLive);
  teacher.link.send({ t: 'open', round });
  await teacher.until(() => teacher.last()?.round?.decision === round.decision);
  return { code, teacher };
}

async function student(code: string, device: string): Promise<Client> {
  const s = connect(relay.url, code, { role: 'student', device });
  await s.until(() => s.link.isLive);
  return s;
}

const joined = (c: Client) => c.messages.flatMap((m) => (m.t === 'joined' ? [m.names.join('|')] : []));

describe('nicknames', () => {
  it('are checked on the relay: too long, markup, control characters or blank are refused and never shown', async () => {
    const { code, teacher } = await room();
    const s = await student(code, 'device-nick-bad');
    for (const name of ['x'.repeat(21), '<script>alert(1)</script>', 'Anna\u0000', '   ', '@everyone', 'javascript:x']) s.link.send({ t: 'nick', name });
    await s.until(() => s.messages.filter((m) => m.t === 'refused').length === 6);
    expect(s.messages.every((m) => m.t === 'refused' && m.reason === 'malformed')).toBe(true);
    expect(teacher.messages.some((m) => m.t === 'joined' && m.names.length > 0)).toBe(false);
    expect(validNickname('  Zoë   K-7 ')).toBe('Zoë K-7');
    expect(validNickname('Ольга')).toBe('Ольга');
    expect(validNickname('Anna\nBoris')).toBe('Anna Boris');
    for (const c of [s, teacher]) c.link.destroy();
  });

  it('go to the projector only, sorted, never with a vote, never to disk, and at most a few changes a device', async () => {
    const { code, teacher } = await room();
    const zed = await student(code, 'device-nick-zed');
    const amy = await student(code, 'device-nick-amy');
    zed.link.send({ t: 'nick', name: 'Zed' });
    amy.link.send({ t: 'nick', name: 'Amy' });
    zed.link.send({ t: 'vote', round: key, index: 1, seq: 1 });
    await teacher.until(() => joined(teacher).includes('Amy|Zed'));
    expect(joined(zed).concat(joined(amy))).toEqual([]);
    expect(JSON.stringify(zed.states) + JSON.stringify(amy.states)).not.toMatch(/Amy|Zed/);
    // The relay's file on disk has the room and its ballot, but no nickname.
    await teacher.until(() => teacher.last()?.voted === 1);
    await new Promise((done) => setTimeout(done, 120));
    const file = readFileSync(join(data, 'rooms.json'), 'utf8');
    expect(file).toContain(code);
    expect(file).not.toMatch(/Amy|Zed/);
    for (let i = 0; i < MAX_NICKNAME_CHANGES + 1; i++) amy.link.send({ t: 'nick', name: `Amy ${i}` });
    await amy.until(() => amy.messages.some((m) => m.t === 'refused' && m.reason === 'too-many-nicknames'));
    // A device that leaves leaves the list.
    zed.link.destroy();
    await teacher.until(() => joined(teacher).at(-1)?.includes('Zed') === false);
    for (const c of [amy, teacher]) c.link.destroy();
  });
});

describe('ending live voting', () => {
  it('gives the projector alone the device votes at the open decision, tells students the lesson ended, and forgets the room', async () => {
    const { code, teacher } = await room();
    const a = await student(code, 'device-end-aaaa');
    const b = await student(code, 'device-end-bbbb');
    a.link.send({ t: 'nick', name: 'Ana' });
    a.link.send({ t: 'vote', round: key, index: 1, seq: 1 });
    b.link.send({ t: 'vote', round: key, index: 1, seq: 1 });
    await teacher.until(() => teacher.last()?.voted === 2);
    teacher.link.send({ t: 'close' });
    await teacher.until(() => teacher.messages.some((m) => m.t === 'final'));
    expect(teacher.messages.find((m) => m.t === 'final')).toEqual({ t: 'final', round: key, tallies: [0, 2] });
    await a.until(() => a.last()?.closed === true);
    expect(a.messages.concat(b.messages).some((m) => m.t === 'final')).toBe(false);
    await new Promise((done) => setTimeout(done, 120));
    expect(readFileSync(join(data, 'rooms.json'), 'utf8')).not.toContain(code);
    // Closed for good: nobody joins it again.
    const late = connect(relay.url, code, { role: 'student', device: 'device-end-late' });
    await late.until(() => late.statuses.some((s) => s.kind === 'refused'));
    for (const c of [a, b, late, teacher]) c.link.destroy();
  });
});
