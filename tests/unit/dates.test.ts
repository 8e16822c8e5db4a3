import { describe, expect, it } from 'vitest';
import { formatDate, toNewStyle } from '../../src/world/dates.ts';

describe('Old and New Style dates', () => {
  it('adds thirteen days in 1917', () => {
    expect(toNewStyle('1917-02-23')).toBe('1917-03-08');
    expect(toNewStyle('1917-10-25')).toBe('1917-11-07');
  });

  it('carries across months and years', () => {
    expect(toNewStyle('1917-12-25')).toBe('1918-01-07');
    expect(toNewStyle('1918-01-05')).toBe('1918-01-18');
  });

  it('leaves dates after the calendar change alone', () => {
    expect(toNewStyle('1918-08-30')).toBe('1918-08-30');
  });

  it('writes a date out as the essay does', () => {
    expect(formatDate('1917-02-23')).toBe('23 February 1917');
    expect(formatDate('1918-01-05')).toBe('5 January 1918');
  });
});
