// What both codecs share: the checksum that binds a code's bytes to its story version, and the decoded body.

/** A code's content before the steps are split: the story version and one byte per choice (index << 5 | text hash). */
export interface CodeBody {
  readonly story: string;
  readonly steps: readonly number[];
}

/** An 8-bit checksum of a code's bytes and its story version, so a code for one story cannot pass for another. */
export function checksum(bytes: readonly number[], story: string): number {
  let h = 0x5a;
  for (const ch of story) h = (h * 31 + ch.charCodeAt(0)) & 255;
  for (const b of bytes) h = ((h * 31) ^ b) & 255;
  return h;
}
