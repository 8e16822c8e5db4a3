/** A file's text read as JSON, with the format and version it says it is in (unchecked: the reader checks the rest). */
export interface FileHeader {
  readonly data: unknown;
  readonly format: unknown;
  readonly version: unknown;
}

/** Reads a file's text as JSON and its stated format and version; null when the text is not JSON at all. Never throws. */
export function readFileHeader(text: string): FileHeader | null {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return null;
  }
  const head = typeof data === 'object' && data !== null ? (data as { format?: unknown; version?: unknown }) : {};
  return { data, format: head.format, version: head.version };
}
