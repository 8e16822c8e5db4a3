import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { animationsFor } from '../../game/map/animations.ts';
import { GEOMETRY, locatePlace } from '../../game/map/geometry.ts';
import { centroid, hatchSegments, pointInPolygon } from '../../game/map/hatch.ts';
import { BAND_HATCH, CSS_NAMES, cssColour, moodColour, PALETTE } from '../../game/map/palette.ts';
import { EVENTS, MUSIC, SFX } from '../../src/story/tags.ts';
import { bandOf } from '../../src/world/world-view.ts';
import { tagValues } from '../helpers/story-source.ts';

const square = [
  [0, 0],
  [100, 0],
  [100, 100],
  [0, 100],
] as const;

function lightness(colour: number): number {
  const r = (colour >> 16) & 255;
  const g = (colour >> 8) & 255;
  const b = colour & 255;
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

describe('the map’s reading of the world view', () => {
  it('tints the ends of the scale government grey-blue and revolutionary red', () => {
    expect(moodColour(0)).toBe(PALETTE.government);
    expect(moodColour(100)).toBe(PALETTE.red);
  });

  it('makes wavering districts the lightest, so the scale reads by lightness as well as hue', () => {
    expect(lightness(moodColour(50))).toBeGreaterThan(lightness(moodColour(0)));
    expect(lightness(moodColour(50))).toBeGreaterThan(lightness(moodColour(100)));
  });

  it('backs every band but the middle one with hatching, denser towards the ends', () => {
    expect(BAND_HATCH.wavering.spacing).toBe(0);
    expect(BAND_HATCH.revolution.spacing).toBeLessThan(BAND_HATCH.leaning_revolution.spacing);
    expect(BAND_HATCH.order.spacing).toBeLessThan(BAND_HATCH.leaning_order.spacing);
    expect(BAND_HATCH.revolution.angle).not.toBe(BAND_HATCH.order.angle);
    expect(BAND_HATCH[bandOf(90)]).toBe(BAND_HATCH.revolution);
  });

  it('hatches inside a district only', () => {
    const segments = hatchSegments(square, 0, 10);
    expect(segments.length).toBe(9);
    for (const [a, b] of segments) {
      expect(pointInPolygon([(a[0] + b[0]) / 2, (a[1] + b[1]) / 2], square)).toBe(true);
    }
    expect(hatchSegments(square, 45, 0)).toEqual([]);
    expect(centroid(square)).toEqual([50, 50]);
  });
});

describe('the story’s cues', () => {
  const places = {
    // The map's own lookup: a target the geometry does not hold finds nothing, so the story test below can fail.
    locate: (id: string) => locatePlace(GEOMETRY, id),
    centre: [0, 0] as const,
    auroraCourse: [
      [-100, 50],
      [0, 0],
    ] as const,
  };

  it('have an animation for every event the vocabulary allows', () => {
    for (const id of EVENTS) expect(animationsFor(id, ['vyborg'], places).length, id).toBeGreaterThan(0);
  });

  it('have an animation for every event the story uses, at places the map can find', () => {
    for (const value of tagValues('event')) {
      const [id, ...targets] = value.split(/\s+/);
      if (targets.length === 0 && id !== 'aurora') continue;
      expect(animationsFor(id as never, targets.length ? targets : ['aurora_oct25'], places).length, value).toBeGreaterThan(0);
    }
  });

  it('draw nothing for places the map cannot find', () => {
    expect(animationsFor('strike', ['nowhere'], places)).toEqual([]);
  });

  it('have a sound file, in OGG and MP3, for every sound effect and music cue', () => {
    for (const id of [...SFX, ...MUSIC, 'amb_winter', 'amb_spring', 'amb_summer', 'amb_factory', 'amb_autumn', 'amb_night']) {
      expect(existsSync(`assets/audio/${id}.ogg`), `${id}.ogg`).toBe(true);
      expect(existsSync(`assets/audio/${id}.mp3`), `${id}.mp3`).toBe(true);
    }
    const used = [...tagValues('sfx'), ...tagValues('music')];
    expect(used.filter((id) => !existsSync(`assets/audio/${id}.ogg`))).toEqual([]);
  });

  it('are the colours paper.css gives its custom properties (one palette for CSS, Phaser, SVG and charts)', () => {
    const css = readFileSync('game/styles/paper.css', 'utf8');
    for (const [key, name] of Object.entries(CSS_NAMES)) {
      const value = new RegExp(`${name}:\\s*(#[0-9a-f]{6});`, 'i').exec(css)?.[1]?.toLowerCase();
      expect(value, name).toBe(cssColour(PALETTE[key as keyof typeof PALETTE]));
    }
  });
});
