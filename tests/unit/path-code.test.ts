import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type DecodeResult, decodePath, encodePath, textHash } from '../../src/share/path-code.ts';
import { toGroups } from '../../src/share/typed-groups.ts';

const path = [
  { index: 1, text: 'Continue the strike and spread it' },
  { index: 0, text: 'Win the soldiers' },
  { index: 4, text: 'Take the Arsenal' },
  { index: 7, text: 'An eighth option' },
];
const GROUPED = /^[0-9A-HJKMNP-TV-Z]{5}(-[0-9A-HJKMNP-TV-Z]{2,5})*$/;

function message(result: DecodeResult): string {
  return result.ok ? '' : result.error.message;
}

describe('share codes', () => {
  it('round-trip a story version and a path', () => {
    const code = encodePath('1a2b3c4', path);
    expect(code).toMatch(GROUPED);
    expect(decodePath(code)).toEqual({ ok: true, code: { story: '1a2b3c4', steps: path.map((p) => ({ index: p.index, hash: textHash(p.text) })) } });
  });

  it('round-trip the empty path, a long one and short story versions with leading zeros', () => {
    expect(decodePath(encodePath('abc', []))).toEqual({ ok: true, code: { story: 'abc', steps: [] } });
    expect(decodePath(encodePath('000z', []))).toEqual({ ok: true, code: { story: '000z', steps: [] } });
    const long = Array.from({ length: 250 }, (_, i) => ({ index: i % 8, text: `choice ${i}` }));
    const result = decodePath(encodePath('zzzzzzz', long));
    expect(result.ok && result.code.story).toBe('zzzzzzz');
    expect(result.ok && result.code.steps.map((s) => s.index)).toEqual(long.map((p) => p.index));
  });

  it('never use a character that can be taken for another: no I, L, O or U, no lower case', () => {
    fc.assert(
      fc.property(fc.array(fc.record({ index: fc.integer({ min: 0, max: 7 }), text: fc.string() }), { maxLength: 80 }), (steps) => {
        const code = encodePath('10442n4', steps);
        expect(code).toMatch(GROUPED);
        expect(code).not.toMatch(/[ILOU]/);
      }),
    );
  });

  it('are in groups of five and about two characters per choice', () => {
    const thirty = Array.from({ length: 30 }, (_, i) => ({ index: i % 4, text: String(i) }));
    const code = encodePath('0abc123', thirty);
    expect(
      code
        .split('-')
        .slice(0, -1)
        .every((g) => g.length === 5),
    ).toBe(true);
    expect(code.replaceAll('-', '').length).toBeLessThanOrEqual(80);
  });

  it('open as typed from a board: any case, spaces or no dashes, O for 0, I and l for 1, U for V', () => {
    const code = encodePath('10442n4', path);
    const expected = decodePath(code);
    expect(expected.ok).toBe(true);
    const sloppy = code.toLowerCase().replaceAll('0', 'o').replaceAll('1', 'l').replaceAll('v', 'u');
    expect(decodePath(sloppy)).toEqual(expected);
    expect(decodePath(code.replaceAll('-', ''))).toEqual(expected);
    expect(decodePath(`  ${code.replaceAll('-', ' ').replaceAll('1', 'I')} `)).toEqual(expected);
    expect(decodePath(code.replaceAll('-', ' – '))).toEqual(expected);
  });

  it('read a whole link as well as a bare code', () => {
    const code = encodePath('abc', path);
    expect(decodePath(`https://example.org/game/#play=${code}`)).toEqual(decodePath(code));
  });

  it('keep reading version 1 codes and links made before typed codes', () => {
    const fixture = JSON.parse(readFileSync('tests/fixtures/codes/v1-codes.json', 'utf8')) as {
      cases: { note: string; code: string; decoded: DecodeResult }[];
    };
    expect(fixture.cases.length).toBeGreaterThan(3);
    for (const c of fixture.cases) {
      expect(decodePath(c.code), c.note).toEqual(c.decoded);
      expect(decodePath(`https://example.org/#play=${c.code}`), c.note).toEqual(c.decoded);
    }
  });

  it('name the group a mistyped character is in', () => {
    const code = encodePath('10442n4', [...path, ...path, ...path]);
    const groups = code.split('-');
    fc.assert(
      fc.property(fc.nat(groups.length - 1), fc.nat(4), fc.constantFrom(...'0123456789ABCDEFGHJKMNPQRSTVWXYZ'), (g, at, ch) => {
        const group = groups[g] ?? '';
        fc.pre(at < group.length && group[at] !== ch);
        const typo = groups.map((x, i) => (i === g ? `${x.slice(0, at)}${ch}${x.slice(at + 1)}` : x)).join('-');
        const result = decodePath(typo);
        expect(result).toMatchObject({ ok: false, error: { kind: 'damaged' } });
        expect(message(result)).toContain(`group ${g + 1} (`);
      }),
    );
  });

  it('say where a code stops adding up when a character is left out', () => {
    const code = encodePath('10442n4', [...path, ...path, ...path]);
    const dropped = `${code.slice(0, 13)}${code.slice(14)}`.replaceAll('-', '');
    expect(message(decodePath(dropped))).toMatch(/stops adding up at group 3 .*missing or typed twice/);
  });

  it('refuse an empty code', () => {
    expect(decodePath('  ')).toEqual({ ok: false, error: { kind: 'empty', message: expect.any(String) } });
  });

  it('refuse something that is not a code, naming a character codes never use', () => {
    for (const bad of ['hello world', 'abc.', '.AAAA', 'ABC.AAAA', 'abc.AA!A', 'ABCDE-FGHIJ-KMNPQ-RSTVW-XY*Z0'])
      expect(decodePath(bad), bad).toMatchObject({ ok: false, error: { kind: 'malformed' } });
    expect(message(decodePath('ABCDE-FGHIJ-KMNPQ-RSTVW-XY*Z0'))).toContain('“*”');
  });

  it('catch a truncated code', () => {
    const code = encodePath('abc', path);
    for (let cut = 1; cut < code.length; cut++) expect(decodePath(code.slice(0, code.length - cut)).ok, `cut ${cut}`).toBe(false);
    for (let cut = 1; cut < code.length; cut++) expect(decodePath(code.slice(cut)).ok, `cut ${cut} from the start`).toBe(false);
  });

  it('catch two groups swapped, and a code for another story', () => {
    const code = encodePath('abc', [...path, ...path]);
    const g = code.split('-');
    const swapped = [g[0], g[2], g[1], ...g.slice(3)].join('-');
    expect(decodePath(swapped)).toMatchObject({ ok: false, error: { kind: 'damaged' } });
    expect(decodePath(encodePath('abd', path))).not.toEqual(decodePath(code));
  });

  it('refuse a code from an unknown codec version', () => {
    expect(decodePath(toGroups([3, 0, 0, 0, 0, 1, 0, 0]))).toMatchObject({ ok: false, error: { kind: 'unknown-version' } });
  });

  it('refuse to encode what it cannot carry', () => {
    expect(() => encodePath('abc', [{ index: 8, text: 'x' }])).toThrow(RangeError);
    expect(() => encodePath('ABC', [])).toThrow(RangeError);
    expect(() => encodePath('abcdefgh', [])).toThrow(RangeError);
  });
});
