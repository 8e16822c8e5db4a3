import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { makeSave, readSave } from '../../src/saves/envelope.ts';

const fixture = (name: string) => readFileSync(`tests/fixtures/saves/${name}`, 'utf8');

describe('the save envelope', () => {
  it('round-trips a path of choices with their texts', () => {
    const save = makeSave('abc1234', [0, 2], ['Continue the strike', 'Go on'], new Date('2026-11-26T10:00:00Z'), 'Class 9B');
    expect(readSave(JSON.stringify(save))).toEqual({ ok: true, save });
  });

  it('reads the released version 1 format from its fixture', () => {
    const result = readSave(fixture('v1-february.json'));
    expect(result.ok).toBe(true);
    if (result.ok) expect(result.save.path).toEqual([0, 0]);
  });

  it('says a damaged file is not readable data', () => {
    expect(readSave('{"format": "organiser-save", "vers')).toEqual({ ok: false, error: { kind: 'not-json', message: expect.stringMatching(/damaged/) } });
  });

  it('says a file from something else is not a save', () => {
    const result = readSave('{"hello": "world"}');
    expect(result.ok ? null : result.error.kind).toBe('not-a-save');
  });

  it('refuses a save from a newer version with a clear message', () => {
    const result = readSave(JSON.stringify({ ...JSON.parse(fixture('v1-february.json')), version: 2 }));
    expect(result.ok ? null : result.error).toEqual({ kind: 'newer-format', message: expect.stringMatching(/newer version/) });
  });

  it('refuses a tampered save whose choices are out of range or do not line up', () => {
    const good = JSON.parse(fixture('v1-february.json'));
    expect(readSave(JSON.stringify({ ...good, path: [0, -1] })).ok).toBe(false);
    expect(readSave(JSON.stringify({ ...good, path: [0, 1.5] })).ok).toBe(false);
    expect(readSave(JSON.stringify({ ...good, texts: ['only one'] }))).toEqual({
      ok: false,
      error: { kind: 'invalid', message: expect.stringMatching(/line up/) },
    });
    expect(readSave(JSON.stringify({ ...good, savedAt: 'yesterday' })).ok).toBe(false);
  });
});
