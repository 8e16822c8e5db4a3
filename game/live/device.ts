// What a student's browser remembers: an anonymous device id (one vote per device per decision) and its vote at
// the current decision, so a reload or a dropped connection loses nothing and the vote is re-sent, never doubled.

/** A device's vote, as kept in its browser until the relay confirms it (and after). */
export interface MyVote {
  readonly round: string;
  readonly index: number;
  readonly seq: number;
}

const DEVICE_KEY = 'organiser:device';
const voteKey = (code: string) => `organiser:live-vote:${code}`;

function storage(): Storage | null {
  try {
    return window.localStorage;
  } catch {
    return null;
  }
}

/** This browser's device id: random, made once, never tied to a name. */
export function deviceId(): string {
  const store = storage();
  const kept = store?.getItem(DEVICE_KEY);
  if (kept && /^[A-Za-z0-9_-]{8,64}$/.test(kept)) return kept;
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  const id = btoa(String.fromCharCode(...bytes))
    .replace(/\+/g, '-')
    .replace(/\//g, '_')
    .replace(/=+$/, '');
  store?.setItem(DEVICE_KEY, id);
  return id;
}

/** The vote this browser cast in a room, if any. */
export function loadVote(code: string): MyVote | null {
  try {
    const data = JSON.parse(storage()?.getItem(voteKey(code)) ?? 'null') as MyVote | null;
    return data && typeof data.round === 'string' && Number.isInteger(data.index) && Number.isInteger(data.seq) ? data : null;
  } catch {
    return null;
  }
}

/** Keeps this browser's vote. */
export function storeVote(code: string, vote: MyVote): void {
  storage()?.setItem(voteKey(code), JSON.stringify(vote));
}

/** A value kept in the browser (the student's chosen role, the teacher's room), or null. */
export function remember(key: string, value?: string | null): string | null {
  const store = storage();
  if (value === undefined) return store?.getItem(key) ?? null;
  if (value === null) store?.removeItem(key);
  else store?.setItem(key, value);
  return value;
}
