/** A short, stable fingerprint of a compiled story (FNV-1a, 32 bits, base 36): saves and share codes carry it. */
export function storyVersion(json: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < json.length; i++) {
    hash ^= json.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return (hash >>> 0).toString(36).padStart(7, '0');
}
