// Where the live-vote relay is: `?relay=` in the address, else the teacher's menu setting, else the build's
// VITE_RELAY_URL. Over HTTPS a ws:// address becomes wss:// (browsers block plain WebSockets from secure pages).

/** Where the teacher's menu keeps the relay address. */
export const RELAY_SETTING = 'organiser:relay';

/** A relay address in canonical form (ws:// or wss://, no trailing slash), or null when it is not one. */
export function cleanRelayAddress(typed: string, pageProtocol: string): string | null {
  let text = typed.trim().replace(/\/+$/, '');
  if (!text || /\s/.test(text)) return null;
  if (!/^[a-z]+:\/\//i.test(text)) text = `ws://${text}`;
  let url: URL;
  try {
    url = new URL(text.replace(/^http(s?):/i, 'ws$1:'));
  } catch {
    return null;
  }
  if (url.protocol !== 'ws:' && url.protocol !== 'wss:') return null;
  if (pageProtocol === 'https:') url.protocol = 'wss:';
  return `${url.protocol}//${url.host}${url.pathname === '/' ? '' : url.pathname}`;
}

/** The relay to use, or null when none is known (the static game then plays on without live votes). */
export function relayAddress(search: string, stored: string | null, pageProtocol: string): string | null {
  const fromUrl = new URLSearchParams(search).get('relay');
  const built = import.meta.env.VITE_RELAY_URL as string | undefined;
  for (const candidate of [fromUrl, stored, built]) {
    const clean = candidate ? cleanRelayAddress(candidate, pageProtocol) : null;
    if (clean) return clean;
  }
  return null;
}

/** The HTTP(S) address of a relay, for creating rooms. */
export function relayHttp(relay: string): string {
  return relay.replace(/^ws/, 'http');
}
