/** A short hash of a string (cyrb53): equal strings, equal hashes; different ones collide about once in 2^53. */
export function hash(text: string): string {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 2654435761);
    h2 = Math.imul(h2 ^ c, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return (4294967296 * (2097151 & h2) + (h1 >>> 0)).toString(36);
}

interface InkStateJson {
  readonly flows?: Record<
    string,
    {
      callstack?: { threads?: { callstack?: unknown }[] };
      choiceThreads?: Record<string, { callstack?: unknown }>;
      currentChoices?: { text?: string; targetPath?: string }[];
    }
  >;
  readonly currentFlowName?: string;
  readonly variablesState?: unknown;
  readonly visitCounts?: unknown;
}

/**
 * What of an ink state decides what follows: the variables, the visit counts (conditions and once-only choices
 * read them), where ink stands and the options on offer. Left out: the turn counters and the output already read,
 * which differ between paths but change nothing ahead (the story uses no TURNS_SINCE or RANDOM).
 */
export function stateKey(stateJson: string): string {
  const s = JSON.parse(stateJson) as InkStateJson;
  const flow = s.flows?.[s.currentFlowName ?? 'DEFAULT_FLOW'];
  return hash(
    JSON.stringify([
      s.variablesState,
      s.visitCounts,
      flow?.callstack?.threads?.map((t) => t.callstack),
      Object.values(flow?.choiceThreads ?? {}).map((t) => t.callstack),
      flow?.currentChoices?.map((c) => [c.text, c.targetPath]),
    ]),
  );
}
