// Small pieces of the relay's dealings with Hocuspocus connections: who is calling, sending, refusing, key hashes,
// and reading a raw message's type.
import { createHash, timingSafeEqual } from 'node:crypto';
import type { Connection, Document } from '@hocuspocus/server';
import type { RelayMessage } from '../src/live/messages.ts';

/** Who a connection belongs to, as its authentication decided: a student's device or the projector. */
export interface Caller {
  readonly role: 'student' | 'teacher';
  readonly device: string;
}

/** SHA-256 of a teacher key, hex: the only form in which the relay keeps it. */
export const hash = (key: string): string => createHash('sha256').update(key).digest('hex');

/** Whether two hex hashes are equal, compared in constant time. */
export function sameHash(a: string, b: string): boolean {
  const x = Buffer.from(a, 'hex');
  const y = Buffer.from(b, 'hex');
  return x.length === y.length && timingSafeEqual(x, y);
}

/** Sends a message to one connection, or to every connection of a room's document. */
export function send(target: Connection | Document, message: RelayMessage): void {
  const text = JSON.stringify(message);
  if ('broadcastStateless' in target) target.broadcastStateless(text);
  else target.sendStateless(text);
}

/** The caller a connection was authenticated as, or null. */
export function callerOf(connection: { context: unknown }): Caller | null {
  const c = connection.context as Partial<Caller> | null;
  return c && (c.role === 'student' || c.role === 'teacher') && typeof c.device === 'string' ? { role: c.role, device: c.device } : null;
}

/** Hocuspocus sends `reason` to the client as the permission-denied reason; without a `message` it logs nothing, so a flood of wrong codes cannot flood the log. */
export function reject(reason: string): { reason: string } {
  return { reason };
}

/** Awareness and awareness queries (y-protocols): the relay does not use them, and they would let a device broadcast to its room. */
export const AWARENESS = new Set([1, 3]);

/** The Hocuspocus message type of a raw message (after the document name), or -1 if it cannot be read. */
export function messageType(data: Uint8Array): number {
  let at = 0;
  const varUint = () => {
    let value = 0;
    for (let shift = 0; at < data.length && shift < 35; shift += 7) {
      const byte = data[at++] ?? 0;
      value += (byte & 0x7f) * 2 ** shift;
      if (byte < 0x80) return value;
    }
    return -1;
  };
  const nameLength = varUint();
  if (nameLength < 0) return -1;
  at += nameLength;
  return at < data.length ? varUint() : -1;
}
