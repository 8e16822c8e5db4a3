// Limits that keep the relay fair and its join codes unguessable. Time comes in as a number (ms), so the rules are testable.

/** A connection that gets this many join codes wrong is closed. */
export const WRONG_CODES_PER_CONNECTION = 10;

/** Past this many wrong codes in a minute, across the whole relay, every join attempt is slowed. */
export const WRONG_CODES_PER_MINUTE = 60;

/** While slowed, join attempts are let through one every this many milliseconds. */
export const SLOW_INTERVAL_MS = 250;

/** A join attempt that would wait longer than this is turned away at once ("busy, try again"), in milliseconds. */
export const MAX_JOIN_WAIT_MS = 15_000;

/**
 * Brute-force protection for join codes, keyed on connections, never on IP addresses (a whole class shares one
 * address behind the school's router): each connection may get WRONG_CODES_PER_CONNECTION wrong, and once the
 * relay as a whole sees more than WRONG_CODES_PER_MINUTE wrong codes in a minute, all attempts queue through a
 * slow gate, so guessing gets no faster by opening more connections.
 */
export class JoinGuard {
  private readonly perConnection = new Map<string, number>();
  /** Wrong codes per second over the last minute, as a ring of 60 buckets. */
  private readonly buckets = new Array<number>(60).fill(0);
  private bucketSecond = 0;
  private nextSlot = 0;

  /** Records a wrong code from a connection; returns true when that connection must now be closed. */
  wrongCode(connection: string, now: number): boolean {
    this.advance(now);
    const slot = Math.floor(now / 1000) % 60;
    this.buckets[slot] = (this.buckets[slot] ?? 0) + 1;
    const wrong = (this.perConnection.get(connection) ?? 0) + 1;
    this.perConnection.set(connection, wrong);
    return wrong >= WRONG_CODES_PER_CONNECTION;
  }

  /** Whether a connection has used up its wrong codes (it is being closed; nothing more from it is checked). */
  isBlocked(connection: string): boolean {
    return (this.perConnection.get(connection) ?? 0) >= WRONG_CODES_PER_CONNECTION;
  }

  /** Forgets a connection that has closed. */
  forget(connection: string): void {
    this.perConnection.delete(connection);
  }

  /** Wrong codes seen across the relay in the last minute. */
  wrongLastMinute(now: number): number {
    this.advance(now);
    return this.buckets.reduce((a, b) => a + b, 0);
  }

  /** How long a join attempt must wait before its code is checked (0 when the relay is not under attack), or 'busy' to turn it away. */
  admit(now: number): number | 'busy' {
    if (this.wrongLastMinute(now) <= WRONG_CODES_PER_MINUTE) return 0;
    const slot = Math.max(now, this.nextSlot);
    if (slot - now > MAX_JOIN_WAIT_MS) return 'busy';
    this.nextSlot = slot + SLOW_INTERVAL_MS;
    return slot - now;
  }

  private advance(now: number): void {
    const second = Math.floor(now / 1000);
    if (second - this.bucketSecond >= 60) this.buckets.fill(0);
    else for (let s = this.bucketSecond + 1; s <= second; s++) this.buckets[s % 60] = 0;
    this.bucketSecond = Math.max(this.bucketSecond, second);
  }
}

/** A token bucket: `capacity` messages at once, refilled at `perSecond`. Used per connection so one device cannot flood a room. */
export class RateLimit {
  private tokens: number;
  private last: number;
  private readonly capacity: number;
  private readonly perSecond: number;

  constructor(capacity: number, perSecond: number, now: number) {
    this.capacity = capacity;
    this.perSecond = perSecond;
    this.tokens = capacity;
    this.last = now;
  }

  /** Takes one token; false when the sender must slow down. */
  take(now: number): boolean {
    this.tokens = Math.min(this.capacity, this.tokens + ((now - this.last) / 1000) * this.perSecond);
    this.last = now;
    if (this.tokens < 1) return false;
    this.tokens -= 1;
    return true;
  }
}
