// A relay killed at any moment (no clean shutdown, no last write) must still have every vote it confirmed: a phone
// shows "Your vote is in" on the relay's `you`, and may be gone before the relay comes back to re-send it.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Relay, startRelay } from '../../relay/server.ts';
import { RoomFile } from '../../relay/store.ts';
import { connect, createRoom } from '../helpers/live.ts';

const round = { step: 4, decision: 'feb_continue_strike', options: ['Strike on', 'Wait for May Day'].map((text, index) => ({ index, text })) };
const data = mkdtempSync(join(tmpdir(), 'organiser-crash-'));
let relay: Relay;

beforeAll(async () => {
  relay = await startRelay({ port: 0, host: '127.0.0.1', dataDir: data });
});
afterAll(async () => {
  await relay.close();
  rmSync(data, { recursive: true, force: true });
});

/** The ballots a relay restarted right now would load from the data folder. */
const onDisk = (code: string) => new RoomFile(data).load().find((r) => r.code === code)?.ballots ?? {};

describe('a relay killed right after confirming a vote', () => {
  it('has the vote, and every change of it, on disk by the time the phone hears "you" and the projector counts it', async () => {
    const { code, key } = await createRoom(relay.url);
    const teacher = connect(relay.url, code, { role: 'teacher', key });
    await teacher.until(() => teacher.link.isLive);
    teacher.link.send({ t: 'open', round });
    await teacher.until(() => teacher.last()?.round?.decision === round.decision);
    const phone = connect(relay.url, code, { role: 'student', device: 'device-crash-test' });
    await phone.until(() => phone.link.isLive);
    let joiner: ReturnType<typeof connect> | null = null;
    for (const [seq, index] of [0, 1, 0].entries()) {
      const heard = () => phone.messages.some((m) => m.t === 'you' && m.seq === seq + 1);
      // The projector counts the first vote: checked the moment it hears so (its count must not outlive a crash either).
      let counted: unknown = null;
      const projector =
        seq === 0
          ? teacher.until(() => {
              const seen = teacher.last()?.voted === 1;
              if (seen && counted === null) counted = onDisk(code)['device-crash-test'] ?? 'missing';
              return seen;
            })
          : Promise.resolve();
      phone.link.send({ t: 'vote', round: '4:feb_continue_strike', index, seq: seq + 1 });
      // A device joining now makes the relay publish the count for its own reason, before the vote's write is due.
      if (seq === 0) joiner = connect(relay.url, code, { role: 'student', device: 'device-crash-joiner' });
      // Checked the moment the confirmation arrives (a relay killed then writes nothing more).
      let stored: unknown = null;
      await phone.until(() => {
        if (heard() && stored === null) stored = onDisk(code)['device-crash-test'] ?? 'missing';
        return heard();
      });
      expect(stored).toMatchObject({ index, seq: seq + 1 });
      await projector;
      if (seq === 0) expect(counted).toMatchObject({ index, seq: 1 });
    }
    phone.link.destroy();
    joiner?.link.destroy();
    teacher.link.destroy();
  });
});
