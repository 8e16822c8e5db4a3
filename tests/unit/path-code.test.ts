import { describe, expect, it } from 'vitest';
import { decodePath, encodePath, textHash } from '../../src/share/path-code.ts';

const path = [
  { index: 1, text: 'Continue the strike and spread it' },
  { index: 0, text: 'Win the soldiers' },
  { index: 4, text: 'Take the Arsenal' },
  { index: 7, text: 'An eighth option' },
];

describe('share codes', () => {
  it('round-trip a story version and a path', () => {
    const code = encodePath('1a2b3c4', path);
    expect(code).toMatch(/^1a2b3c4\.[A-Za-z0-9_-]+$/);
    expect(decodePath(code)).toEqual({ ok: true, code: { story: '1a2b3c4', steps: path.map((p) => ({ index: p.index, hash: textHash(p.text) })) } });
  });

  it('round-trip the empty path and a long one', () => {
    expect(decodePath(encodePath('abc', []))).toEqual({ ok: true, code: { story: 'abc', steps: [] } });
    const long = Array.from({ length: 60 }, (_, i) => ({ index: i % 5, text: `choice ${i}` }));
    const result = decodePath(encodePath('abc', long));
    expect(result.ok && result.code.steps.map((s) => s.index)).toEqual(long.map((p) => p.index));
  });

  it('are short: about one character and a third per choice', () => {
    const thirty = Array.from({ length: 30 }, (_, i) => ({ index: i % 4, text: String(i) }));
    expect(encodePath('0abc123', thirty).length).toBeLessThanOrEqual(55);
  });

  it('read a whole link as well as a bare code', () => {
    const code = encodePath('abc', path);
    expect(decodePath(`https://example.org/game/#play=${code}`)).toEqual(decodePath(code));
  });

  it('refuse an empty code', () => {
    expect(decodePath('  ')).toEqual({ ok: false, error: { kind: 'empty', message: expect.any(String) } });
  });

  it('refuse something that is not a code', () => {
    for (const bad of ['hello world', 'abc.', '.AAAA', 'ABC.AAAA', 'abc.AA!A'])
      expect(decodePath(bad)).toMatchObject({ ok: false, error: { kind: 'malformed' } });
  });

  it('catch a truncated code', () => {
    const code = encodePath('abc', path);
    for (let cut = 1; cut < code.length - 4; cut++) {
      const result = decodePath(code.slice(0, code.length - cut));
      expect(result.ok, `cut ${cut}`).toBe(false);
    }
  });

  it('catch a tampered code with a clear message', () => {
    const code = encodePath('abc', path);
    const last = code[code.length - 2] === 'A' ? 'B' : 'A';
    const tampered = `${code.slice(0, -2)}${last}${code.slice(-1)}`;
    expect(decodePath(tampered)).toMatchObject({ ok: false, error: { kind: 'damaged', message: expect.stringMatching(/changed or mistyped|incomplete/) } });
    expect(decodePath(code.replace(/^abc/, 'abd'))).toMatchObject({ ok: false, error: { kind: 'damaged' } });
  });

  it('refuse a code from an unknown codec version', () => {
    const code = encodePath('abc', path);
    const payload = code.split('.')[1] ?? '';
    const bumped = `abc.C${payload.slice(1)}`;
    expect(decodePath(bumped)).toMatchObject({ ok: false, error: { kind: 'unknown-version' } });
  });

  it('refuse to encode what it cannot carry', () => {
    expect(() => encodePath('abc', [{ index: 8, text: 'x' }])).toThrow(RangeError);
    expect(() => encodePath('ABC', [])).toThrow(RangeError);
  });
});
