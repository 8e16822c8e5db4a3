// Students' optional nicknames, kept in the relay's memory only: never written to rooms.json, never sent to other
// students, never tied to a vote, and dropped when the room closes or expires (or the relay stops).
import { byteLength, MAX_MESSAGE_BYTES } from '../src/live/messages.ts';

/** How often one device may set its nickname in one room (so the projector cannot be used as a message board). */
export const MAX_NICKNAME_CHANGES = 5;

/** The nicknames of every room, by join code and device. */
export class Nicknames {
  private readonly rooms = new Map<string, Map<string, { name: string; changes: number }>>();

  /** Sets a device's nickname (already checked by the message schema); false once it has changed too often. */
  set(code: string, device: string, name: string): boolean {
    const room = this.rooms.get(code) ?? new Map<string, { name: string; changes: number }>();
    this.rooms.set(code, room);
    const old = room.get(device);
    if (old?.name === name) return true;
    if (old && old.changes >= MAX_NICKNAME_CHANGES) return false;
    room.set(device, { name, changes: old ? old.changes + 1 : 0 });
    return true;
  }

  /**
   * The nicknames of the devices connected now, sorted (so the order says nothing of who joined or voted when), as
   * many as fit one message; `more` counts the rest.
   */
  present(code: string, devices: ReadonlySet<string>): { names: string[]; more: number } {
    const room = this.rooms.get(code);
    const all = [...devices].flatMap((d) => (room?.get(d) ? [room.get(d)?.name ?? ''] : [])).sort((a, b) => a.localeCompare(b));
    const names: string[] = [];
    for (const name of all) {
      if (byteLength(JSON.stringify({ t: 'joined', names: [...names, name], more: all.length })) > MAX_MESSAGE_BYTES) break;
      names.push(name);
    }
    return { names, more: all.length - names.length };
  }

  /** Forgets a room's nicknames (it closed or expired). */
  forget(code: string): void {
    this.rooms.delete(code);
  }
}
