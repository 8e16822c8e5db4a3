import type Phaser from 'phaser';
import type { EventId } from '../../src/story/tags.ts';
import type { Pt } from './hatch.ts';
import { PALETTE } from './palette.ts';

/** Where things are, for the animations: place ids to map points, and a river path for the Aurora. */
export interface AnimationPlaces {
  locate(id: string): Pt | null;
  /** The centre of the city (Palace Square). */
  readonly centre: Pt;
  /** The Aurora's course up the Neva to its 25 October anchorage. */
  readonly auroraCourse: readonly Pt[];
}

/** One running animation: how long it lasts, and how to draw it at time t (0 to 1). */
export interface Animation {
  readonly duration: number;
  draw(g: Phaser.GameObjects.Graphics, t: number, unit: number): void;
}

const RED = PALETTE.red;
const GOV = PALETTE.government;
const INK = PALETTE.ink;

function lerp(a: Pt, b: Pt, t: number): Pt {
  return [a[0] + (b[0] - a[0]) * t, a[1] + (b[1] - a[1]) * t];
}

function along(path: readonly Pt[], t: number): Pt {
  if (path.length < 2) return path[0] ?? [0, 0];
  const lengths = path.slice(1).map((p, i) => Math.hypot(p[0] - (path[i] as Pt)[0], p[1] - (path[i] as Pt)[1]));
  const total = lengths.reduce((a, b) => a + b, 0);
  let d = Math.max(0, Math.min(1, t)) * total;
  for (const [i, len] of lengths.entries()) {
    if (d <= len || i === lengths.length - 1) return lerp(path[i] as Pt, path[i + 1] as Pt, len > 0 ? Math.min(1, d / len) : 0);
    d -= len;
  }
  return path[path.length - 1] as Pt;
}

const ease = (t: number) => (t < 0.5 ? 2 * t * t : 1 - (-2 * t + 2) ** 2 / 2);

/** Rings spreading from a point: a strike, a vote, a mutiny. */
function ripple(at: Pt, colour: number, rings = 3): Animation {
  return {
    duration: 2200,
    draw(g, t, u) {
      for (let k = 0; k < rings; k++) {
        const local = t * 1.4 - k * 0.2;
        if (local <= 0 || local >= 1) continue;
        g.lineStyle((3.5 * (1 - local) + 0.6) * u, colour, 1 - local);
        g.strokeCircle(at[0], at[1], (6 + 46 * local) * u);
      }
    },
  };
}

/** A column of figures moving from one point to another: marches, troops, sailors, Red Guards, a retreat. */
function column(from: Pt, to: Pt, colour: number, count = 9): Animation {
  return {
    duration: 2600,
    draw(g, t, u) {
      g.lineStyle(1.2 * u, colour, 0.5 * (1 - t));
      g.lineBetween(from[0], from[1], to[0], to[1]);
      g.fillStyle(colour, 1 - Math.max(0, t - 0.85) / 0.15);
      for (let k = 0; k < count; k++) {
        const p = lerp(from, to, Math.max(0, Math.min(1, ease(t) - k * 0.045)));
        g.fillCircle(p[0], p[1], 2.6 * u);
      }
    },
  };
}

/** A crowd gathering: figures drawn towards a point. */
function gather(at: Pt, colour: number): Animation {
  const seeds = Array.from({ length: 24 }, (_, i) => [Math.cos(i * 2.39996) * (18 + (i % 5) * 6), Math.sin(i * 2.39996) * (18 + (i % 5) * 6)] as Pt);
  return {
    duration: 2400,
    draw(g, t, u) {
      g.fillStyle(colour, t < 0.8 ? 1 : (1 - t) / 0.2);
      for (const [dx, dy] of seeds) {
        const r = 1 - 0.6 * ease(Math.min(1, t * 1.3));
        g.fillCircle(at[0] + dx * r * u, at[1] + dy * r * u, 2.2 * u);
      }
    },
  };
}

/** Gunfire: quick flashes around a point. */
function flashes(at: Pt, volley: boolean): Animation {
  const shots = Array.from({ length: volley ? 12 : 5 }, (_, i) => ({
    at: [(((i * 37) % 23) - 11) * 1.6, (((i * 53) % 19) - 9) * 1.6] as Pt,
    when: (i * 0.13) % 0.8,
  }));
  return {
    duration: 1800,
    draw(g, t, u) {
      for (const s of shots) {
        const local = (t - s.when) / 0.15;
        if (local < 0 || local > 1) continue;
        g.fillStyle(0xfff3c4, 1 - local);
        g.fillCircle(at[0] + s.at[0] * u, at[1] + s.at[1] * u, (5 - 3 * local) * u);
        g.lineStyle(1.2 * u, INK, 1 - local);
        g.strokeCircle(at[0] + s.at[0] * u, at[1] + s.at[1] * u, (5 + 6 * local) * u);
      }
    },
  };
}

/** A red flag rising over a place: taken, occupied, freed. */
function flagRise(at: Pt, big = false): Animation {
  const s = big ? 2 : 1.2;
  return {
    duration: 1800,
    draw(g, t, u) {
      const h = 22 * s * ease(Math.min(1, t * 1.6)) * u;
      g.lineStyle(1.8 * u, INK, 1);
      g.lineBetween(at[0], at[1], at[0], at[1] - h);
      const wave = Math.sin(t * 18) * 1.5 * u;
      g.fillStyle(RED, 1);
      g.fillTriangle(at[0], at[1] - h, at[0] + 14 * s * u, at[1] - h + 4 * s * u + wave, at[0], at[1] - h + 8 * s * u);
      if (t > 0.5) {
        g.lineStyle(2 * u, RED, (1 - t) * 2);
        g.strokeCircle(at[0], at[1], (8 + 30 * (t - 0.5)) * u);
      }
    },
  };
}

/** A bridge opening (or closing): the two leaves swing up. */
function bridge(at: Pt, raise: boolean): Animation {
  return {
    duration: 1600,
    draw(g, t, u) {
      const k = raise ? ease(t) : 1 - ease(t);
      const angle = k * 1.1;
      const len = 12 * u;
      g.lineStyle(3 * u, GOV, 1);
      g.lineBetween(at[0] - len, at[1], at[0] - len + Math.cos(angle) * len, at[1] - Math.sin(angle) * len);
      g.lineBetween(at[0] + len, at[1], at[0] + len - Math.cos(angle) * len, at[1] - Math.sin(angle) * len);
    },
  };
}

/** A ring closing in on a place: arrests and raids. */
function closeIn(at: Pt): Animation {
  return {
    duration: 1600,
    draw(g, t, u) {
      g.lineStyle(2.5 * u, GOV, 1 - t * 0.5);
      g.strokeCircle(at[0], at[1], (40 - 32 * ease(t)) * u);
    },
  };
}

/** The cruiser Aurora steaming up the Neva to its anchorage, then the flash of its gun. */
function aurora(course: readonly Pt[]): Animation {
  return {
    duration: 4200,
    draw(g, t, u) {
      const sail = Math.min(1, t / 0.75);
      const p = along(course, ease(sail));
      const q = along(course, Math.min(1, ease(sail) + 0.02));
      const angle = Math.atan2(q[1] - p[1], q[0] - p[0]);
      const c = Math.cos(angle);
      const s = Math.sin(angle);
      const hull: Pt[] = [
        [-14, -3],
        [12, -3],
        [16, 0],
        [12, 3],
        [-14, 3],
      ];
      g.fillStyle(INK, 1);
      g.fillPoints(hull.map(([x, y]) => ({ x: p[0] + (x * c - y * s) * u, y: p[1] + (x * s + y * c) * u })) as Phaser.Math.Vector2[], true);
      for (const x of [-6, -1, 4]) g.fillRect(p[0] + x * c * u - 1 * u, p[1] + x * s * u - 7 * u, 2 * u, 5 * u);
      if (t > 0.8) {
        const f = (t - 0.8) / 0.2;
        g.fillStyle(0xfff3c4, 1 - f);
        g.fillCircle(p[0], p[1], (6 + 20 * f) * u);
      }
    },
  };
}

/** The Winter Palace falls: a burst and a great red flag. */
function palaceFalls(at: Pt): Animation {
  const flag = flagRise(at, true);
  return {
    duration: 2800,
    draw(g, t, u) {
      const burst = Math.min(1, t * 2);
      g.lineStyle(3 * u, RED, 1 - burst);
      g.strokeCircle(at[0], at[1], (10 + 60 * burst) * u);
      flag.draw(g, Math.min(1, t * 1.2), u);
    },
  };
}

/** Telegraph: zigzag lines flashing out from a place. */
function telegraph(at: Pt): Animation {
  return {
    duration: 1800,
    draw(g, t, u) {
      g.lineStyle(1.5 * u, INK, 1 - t);
      for (let k = 0; k < 6; k++) {
        const a = (k / 6) * Math.PI * 2;
        const r = (10 + 40 * t) * u;
        g.lineBetween(at[0], at[1], at[0] + Math.cos(a) * r, at[1] + Math.sin(a) * r);
      }
    },
  };
}

/** A fire: flickering ochre and red at a place. */
function fire(at: Pt): Animation {
  return {
    duration: 2400,
    draw(g, t, u) {
      for (let k = 0; k < 6; k++) {
        const flicker = Math.abs(Math.sin(t * 25 + k));
        g.fillStyle(k % 2 ? RED : PALETTE.ochre, (1 - t) * 0.9);
        g.fillCircle(at[0] + (k - 2.5) * 3 * u, at[1] - flicker * 10 * u, (3 + flicker * 3) * u);
      }
    },
  };
}

/** The animations for one event cue, at the places it names (none for places the map cannot find). */
export function animationsFor(id: EventId, targets: readonly string[], places: AnimationPlaces): Animation[] {
  const points = targets.map((t) => places.locate(t)).filter((p): p is Pt => p !== null);
  if (points.length === 0) return [];
  const first = points[0] as Pt;
  const pairs = points.length > 1 ? points.slice(1).map((p) => [first, p] as const) : [[first, places.centre] as const];
  switch (id) {
    case 'strike':
      return points.map((p) => ripple(p, RED));
    case 'vote':
    case 'mutiny':
    case 'fraternise':
      return points.map((p) => ripple(p, RED, 2));
    case 'march':
    case 'red_guard':
      return pairs.map(([a, b]) => column(a, b, RED));
    case 'retreat':
      return points.map((p) => column(places.centre, p, RED, 6));
    case 'troops':
    case 'cossacks':
      return points.map((p) => column([p[0] - 90, p[1] + 60], p, GOV));
    case 'sailors':
      return points.map((p) => column([p[0] - 140, p[1] - 10], p, INK));
    case 'train':
      return pairs.map(([a, b]) => column(b, a, INK, 4));
    case 'crowd':
      return points.map((p) => gather(p, INK));
    case 'shots':
    case 'barricade':
      return points.map((p) => flashes(p, false));
    case 'arsenal':
    case 'prison_opened':
    case 'occupy':
    case 'flag':
      return points.map((p) => flagRise(p));
    case 'palace_falls':
      return points.map((p) => palaceFalls(p));
    case 'bridge_raised':
      return points.map((p) => bridge(p, true));
    case 'bridge_lowered':
      return points.map((p) => bridge(p, false));
    case 'arrest':
    case 'raid':
      return points.map((p) => closeIn(p));
    case 'aurora':
      return [aurora(places.auroraCourse)];
    case 'telegraph':
    case 'printing_press':
      return points.map((p) => telegraph(p));
    case 'fire':
      return points.map((p) => fire(p));
  }
}
