// Keeps the relay's rooms on disk, so a restarted relay (a crash, a reboot, a new version) carries on the lesson
// with every vote already cast. One JSON file, written atomically a moment after each change; whoever must not
// hear "kept" before it is (a device's vote confirmation) waits for that write.
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { RoomData } from '../src/live/room.ts';

/** Whether a saved room has the fields the relay relies on (anything else in the file is skipped). */
function isRoom(x: unknown): x is RoomData {
  const r = x as Partial<RoomData> | null;
  return (
    typeof r === 'object' &&
    r !== null &&
    typeof r.code === 'string' &&
    typeof r.keyHash === 'string' &&
    typeof r.lastActive === 'number' &&
    typeof r.ballots === 'object' &&
    r.ballots !== null &&
    (r.phase === 'voting' || r.phase === 'revealed')
  );
}

/** Reads and writes `rooms.json` in a folder. A null folder keeps rooms in memory only. */
export class RoomFile {
  private readonly file: string | null;
  private timer: NodeJS.Timeout | null = null;
  private pending: (() => RoomData[]) | null = null;
  private written: (() => void)[] = [];

  constructor(dir: string | null) {
    this.file = dir ? join(dir, 'rooms.json') : null;
    if (dir) mkdirSync(dir, { recursive: true });
  }

  /** The rooms saved last time, or none (an unreadable file is reported and set aside, not deleted). */
  load(): RoomData[] {
    if (!this.file) return [];
    let text: string;
    try {
      text = readFileSync(this.file, 'utf8');
    } catch {
      return [];
    }
    try {
      const data = JSON.parse(text) as { rooms?: unknown };
      return Array.isArray(data.rooms) ? data.rooms.filter(isRoom) : [];
    } catch (error) {
      const aside = `${this.file}.unreadable-${Date.now()}`;
      renameSync(this.file, aside);
      console.error(`relay: could not read ${this.file} (${String(error)}); kept it as ${aside} and started with no rooms`);
      return [];
    }
  }

  /**
   * Saves soon (coalescing bursts of votes into one write); `onWritten` runs once the rooms are on disk (at once
   * when rooms are kept in memory only), so a relay killed in between never confirmed what it then forgets.
   */
  save(rooms: () => RoomData[], onWritten?: () => void): void {
    if (!this.file) {
      onWritten?.();
      return;
    }
    this.pending = rooms;
    if (onWritten) this.written.push(onWritten);
    this.timer ??= setTimeout(() => this.flush(), 50);
  }

  /** Writes now, if anything is waiting, then tells those waiting for the write. */
  flush(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    if (!this.file || !this.pending) return;
    const rooms = this.pending();
    this.pending = null;
    const temp = `${this.file}.tmp`;
    writeFileSync(temp, JSON.stringify({ version: 1, rooms }));
    renameSync(temp, this.file);
    const written = this.written;
    this.written = [];
    for (const done of written) done();
  }
}
