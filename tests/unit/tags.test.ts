import { describe, expect, it } from 'vitest';
import { findTag, parseTag, parseTags } from '../../src/story/tags.ts';

describe('the tag parser', () => {
  it('reads a date as an Old Style ISO date', () => {
    expect(parseTag('date: 1917-02-23')).toEqual({ ok: true, tag: { kind: 'date', value: '1917-02-23' } });
  });

  it('refuses a date outside 1917-1918 or in another form', () => {
    expect(parseTag('date: 23 February 1917').ok).toBe(false);
    expect(parseTag('date: 1905-01-09').ok).toBe(false);
  });

  it('reads bare tags', () => {
    expect(parseTag('historical')).toEqual({ ok: true, tag: { kind: 'historical' } });
    expect(parseTag(' note ')).toEqual({ ok: true, tag: { kind: 'note' } });
    expect(parseTag('interpretation')).toEqual({ ok: true, tag: { kind: 'interpretation' } });
  });

  it('reads one or several footnotes, or the essay itself', () => {
    expect(parseTag('cite: 7')).toEqual({ ok: true, tag: { kind: 'cite', value: [7] } });
    expect(parseTag('cite: 7, 8')).toEqual({ ok: true, tag: { kind: 'cite', value: [7, 8] } });
    expect(parseTag('cite: essay')).toEqual({ ok: true, tag: { kind: 'cite', value: ['essay'] } });
  });

  it('refuses a footnote the essay does not have', () => {
    const result = parseTag('cite: 33');
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error).toMatch(/1-32/);
  });

  it('reads an event with the places it happens at', () => {
    expect(parseTag('event: strike vyborg peterhof')).toEqual({ ok: true, tag: { kind: 'event', value: 'strike', targets: ['vyborg', 'peterhof'] } });
  });

  it('refuses unknown events, sounds and music', () => {
    expect(parseTag('event: earthquake').ok).toBe(false);
    expect(parseTag('sfx: kazoo').ok).toBe(false);
    expect(parseTag('music: waltz').ok).toBe(false);
  });

  it('knows the acts and refuses others', () => {
    expect(parseTag('act: february')).toEqual({ ok: true, tag: { kind: 'act', value: 'february' } });
    expect(parseTag('act_end: october')).toEqual({ ok: true, tag: { kind: 'act_end', value: 'october' } });
    expect(parseTag('act: november').ok).toBe(false);
  });

  it('refuses an unknown key and an uppercase key with a message naming it', () => {
    const unknown = parseTag('colour: red');
    expect(unknown).toEqual({ ok: false, raw: 'colour: red', error: 'unknown tag "colour"' });
    expect(parseTag('Date: 1917-02-23').ok).toBe(false);
  });

  it('requires snake_case ids for decisions, endings and places', () => {
    expect(parseTag('decision: feb_arms').ok).toBe(true);
    expect(parseTag('decision: Feb Arms').ok).toBe(false);
    expect(parseTag('ending: october-historical').ok).toBe(false);
  });

  it('splits a line’s tags into good ones and errors, and finds a tag by kind', () => {
    const parsed = parseTags(['date: 1917-02-27', 'colour: red', 'scene: The Arsenal']);
    expect(parsed.errors).toHaveLength(1);
    expect(findTag(parsed.tags, 'scene')?.value).toBe('The Arsenal');
    expect(findTag(parsed.tags, 'ending')).toBeUndefined();
  });
});
