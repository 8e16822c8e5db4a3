// Generates every sound of the game from code (noise, oscillators, envelopes, filters, a simple reverb)
// and encodes it with sox to OGG (Vorbis) and MP3 in assets/audio/. Deterministic: the same script gives
// the same sounds. Needs sox with libsox-fmt-all (apt) only when you regenerate; the results are committed.
//   node scripts/gen-audio.mjs            all sounds
//   node scripts/gen-audio.mjs click bells only these
import { execFileSync } from 'node:child_process';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const RATE = 22050;
const OUT = 'assets/audio';
const TMP = join(tmpdir(), 'organiser-audio');

// ---- building blocks -------------------------------------------------------

let seed = 1917;
const rnd = () => {
  seed = (seed * 1664525 + 1013904223) >>> 0;
  return seed / 4294967296;
};
const noise = () => rnd() * 2 - 1;
const buffer = (seconds) => new Float32Array(Math.round(seconds * RATE));
const TAU = Math.PI * 2;

/** A biquad band-pass (or low/high pass) filter, run over a buffer in place. */
function biquad(buf, type, freq, q = 0.7) {
  const w = (TAU * freq) / RATE;
  const a = Math.sin(w) / (2 * q);
  const c = Math.cos(w);
  let b0, b1, b2;
  if (type === 'low') [b0, b1, b2] = [(1 - c) / 2, 1 - c, (1 - c) / 2];
  else if (type === 'high') [b0, b1, b2] = [(1 + c) / 2, -(1 + c), (1 + c) / 2];
  else [b0, b1, b2] = [a, 0, -a];
  const a0 = 1 + a;
  const a1 = -2 * c;
  const a2 = 1 - a;
  let x1 = 0,
    x2 = 0,
    y1 = 0,
    y2 = 0;
  for (let i = 0; i < buf.length; i++) {
    const x = buf[i];
    const y = (b0 * x + b1 * x1 + b2 * x2 - a1 * y1 - a2 * y2) / a0;
    x2 = x1;
    x1 = x;
    y2 = y1;
    y1 = y;
    buf[i] = y;
  }
  return buf;
}

/** Adds `src` into `dst` at `at` seconds with a gain. */
function mix(dst, src, at = 0, gain = 1) {
  const o = Math.round(at * RATE);
  for (let i = 0; i < src.length && o + i < dst.length; i++) if (o + i >= 0) dst[o + i] += src[i] * gain;
  return dst;
}

/** Exponential decay envelope, with an optional linear attack (seconds). */
function envelope(buf, attack, decay) {
  for (let i = 0; i < buf.length; i++) {
    const t = i / RATE;
    const a = attack > 0 ? Math.min(1, t / attack) : 1;
    buf[i] *= a * Math.exp(-Math.max(0, t - attack) / decay);
  }
  return buf;
}

/** Fades the ends so a clip starts and stops without a click; `loop` crossfades the tail into the head. */
function fadeEnds(buf, seconds = 0.02, loop = false) {
  const n = Math.round(seconds * RATE);
  if (loop) {
    for (let i = 0; i < n; i++) {
      const t = i / n;
      buf[i] = buf[i] * t + buf[buf.length - n + i] * (1 - t);
    }
    return buf.slice(0, buf.length - n);
  }
  for (let i = 0; i < n && i < buf.length; i++) {
    buf[i] *= i / n;
    buf[buf.length - 1 - i] *= i / n;
  }
  return buf;
}

/** A small feedback-delay reverb: a few combs in parallel, then mixed back in. */
function reverb(buf, size = 0.5, wet = 0.3) {
  const out = new Float32Array(buf.length);
  const delays = [0.0297, 0.0371, 0.0411, 0.0437].map((d) => Math.round(d * RATE * (0.6 + size)));
  for (const d of delays) {
    const line = new Float32Array(d);
    let p = 0;
    for (let i = 0; i < buf.length; i++) {
      const y = line[p];
      line[p] = buf[i] + y * (0.6 + 0.3 * size);
      p = (p + 1) % d;
      out[i] += y / delays.length;
    }
  }
  for (let i = 0; i < buf.length; i++) buf[i] = buf[i] * (1 - wet) + out[i] * wet * 2;
  return buf;
}

function normalise(buf, peak = 0.85) {
  let max = 1e-9;
  for (const v of buf) max = Math.max(max, Math.abs(v));
  for (let i = 0; i < buf.length; i++) buf[i] = (buf[i] / max) * peak;
  return buf;
}

function noiseBurst(seconds, freq, q, attack, decay) {
  const b = buffer(seconds);
  for (let i = 0; i < b.length; i++) b[i] = noise();
  biquad(b, freq > 3000 ? 'high' : 'band', freq, q);
  return envelope(b, attack, decay);
}

function tone(seconds, freq, partials = [1], decay = 1, attack = 0.01, vibrato = 0) {
  const b = buffer(seconds);
  for (let i = 0; i < b.length; i++) {
    const t = i / RATE;
    const f = freq * (1 + vibrato * Math.sin(TAU * 5.5 * t));
    let v = 0;
    for (const [k, amp] of partials.entries()) v += amp * Math.sin(TAU * f * (k + 1) * t);
    b[i] = v;
  }
  return envelope(b, attack, decay);
}

const NOTE = (name) => {
  const m = /^([A-G])(#|b)?(\d)$/.exec(name);
  const base = { C: 0, D: 2, E: 4, F: 5, G: 7, A: 9, B: 11 }[m[1]] + (m[2] === '#' ? 1 : m[2] === 'b' ? -1 : 0);
  return 440 * 2 ** ((base + (Number(m[3]) + 1) * 12 - 69) / 12);
};

/** A brass-like voice: a few odd-heavy partials with a soft attack and vibrato. */
function brass(note, seconds, gain = 1) {
  return tone(seconds, NOTE(note), [1, 0.7, 0.5, 0.35, 0.2, 0.12], seconds * 0.9, 0.04, 0.004).map((v) => v * gain);
}

/** A stinger: brass chords (each a string of notes) struck at their times, each note held `hold` seconds, in a room of `size` and `wet`. */
function brassChords(seconds, hold, chords, times, [size, wet]) {
  const b = buffer(seconds);
  chords.forEach((chord, i) => {
    for (const n of chord.split(' ')) mix(b, brass(n, hold), times[i], 0.4);
  });
  return reverb(b, size, wet);
}

/** Ten seconds of noise through a filter: the wind, water and rain under the ambient beds. */
function noiseBed(kind, hz, q) {
  const bed = buffer(10.2);
  for (let i = 0; i < bed.length; i++) bed[i] = noise();
  biquad(bed, kind, hz, q);
  return bed;
}

/** A rifle shot: a sharp crack and a low body, with the street's echo. */
function shot(size = 1) {
  const s = buffer(1.2);
  mix(s, noiseBurst(0.4, 2500, 0.6, 0.001, 0.03 * size));
  mix(s, noiseBurst(0.8, 180, 0.8, 0.002, 0.12 * size), 0, 1.4);
  return reverb(s, 0.8, 0.35);
}

// ---- the sounds -------------------------------------------------------------

const SOUNDS = {
  click() {
    const b = buffer(0.09);
    mix(b, noiseBurst(0.09, 2200, 1.2, 0.0005, 0.008), 0, 0.8);
    mix(b, tone(0.09, 1400, [1, 0.3], 0.012, 0.0005), 0, 0.5);
    return b;
  },
  crowd() {
    const b = buffer(6.2);
    for (let v = 0; v < 40; v++) {
      const voice = buffer(6.2);
      for (let i = 0; i < voice.length; i++) voice[i] = noise();
      biquad(voice, 'band', 300 + rnd() * 900, 3 + rnd() * 4);
      const rate = 2 + rnd() * 4;
      const phase = rnd() * TAU;
      for (let i = 0; i < voice.length; i++) voice[i] *= 0.5 + 0.5 * Math.sin(phase + (TAU * rate * i) / RATE) ** 2;
      mix(b, voice, 0, 0.5 + rnd());
    }
    return fadeEnds(reverb(b, 0.6, 0.3), 0.2, true);
  },
  crowd_roar() {
    const b = SOUNDS.crowd().slice(0, Math.round(3 * RATE));
    for (let i = 0; i < b.length; i++) {
      const t = i / b.length;
      b[i] *= Math.sin(Math.PI * Math.min(1, t * 1.3)) * (1 + 2 * t);
    }
    const roar = noiseBurst(3, 700, 0.5, 0.9, 1.4);
    return fadeEnds(mix(b, roar, 0, 0.6));
  },
  shots() {
    const b = buffer(2.6);
    for (const at of [0, 0.55, 0.7, 1.5]) mix(b, shot(0.8 + rnd() * 0.4), at, 0.7 + rnd() * 0.3);
    return b;
  },
  volley() {
    const b = buffer(2.6);
    for (let k = 0; k < 14; k++) mix(b, shot(1), 0.05 + rnd() * 0.25, 0.4 + rnd() * 0.3);
    return b;
  },
  whistle() {
    const b = buffer(3.2);
    const body = tone(3.2, 196, [1, 0.6, 0.45, 0.3, 0.2], 9, 0.25, 0.003);
    const breath = noiseBurst(3.2, 1600, 1.5, 0.2, 6);
    mix(b, body, 0, 1);
    mix(b, breath, 0, 0.25);
    for (let i = 0; i < b.length; i++) b[i] *= Math.min(1, (b.length - i) / (0.4 * RATE));
    return reverb(b, 0.9, 0.3);
  },
  bells() {
    const b = buffer(5);
    const partials = [0.5, 1, 1.19, 1.5, 2, 2.52, 3.01];
    for (const [k, at] of [
      [NOTE('D4'), 0],
      [NOTE('A3'), 1.1],
      [NOTE('D4'), 2.2],
      [NOTE('F4'), 2.9],
    ]) {
      const strike = buffer(2.8);
      for (const [j, p] of partials.entries()) mix(strike, tone(2.8, k * p, [1], 2.2 / (j + 1), 0.002), 0, 1 / (j + 1.5));
      mix(b, strike, at, 0.8);
    }
    return reverb(b, 1, 0.35);
  },
  march() {
    const b = buffer(4.2);
    for (let step = 0; step < 16; step++) {
      const at = step * 0.25 + (rnd() - 0.5) * 0.02;
      for (let man = 0; man < 6; man++) mix(b, noiseBurst(0.2, 120 + rnd() * 200, 1, 0.002, 0.04), at + rnd() * 0.03, step % 2 ? 0.5 : 0.8);
      mix(b, noiseBurst(0.2, 2500, 1, 0.002, 0.02), at, 0.15);
    }
    return fadeEnds(reverb(b, 0.5, 0.25), 0.1, true);
  },
  telegraph() {
    const b = buffer(2.4);
    const code = '.-.. . -. .. -. '; // rhythm only
    let t = 0.05;
    for (const c of code) {
      if (c === ' ') {
        t += 0.18;
        continue;
      }
      const len = c === '.' ? 0.07 : 0.2;
      mix(b, noiseBurst(0.05, 3000, 2, 0.0005, 0.006), t, 0.9);
      mix(
        b,
        tone(len, 820, [1, 0.2], 10, 0.003).map((v, i, arr) => (i > arr.length - 60 ? v * ((arr.length - i) / 60) : v)),
        t,
        0.25,
      );
      t += len + 0.07;
      mix(b, noiseBurst(0.05, 2000, 2, 0.0005, 0.006), t - 0.07, 0.5);
    }
    return b;
  },
  gun() {
    const b = buffer(4);
    mix(b, noiseBurst(4, 60, 0.7, 0.003, 0.5), 0, 2);
    mix(b, noiseBurst(4, 400, 0.5, 0.002, 0.15), 0, 0.8);
    return reverb(b, 1, 0.5);
  },
  cheer() {
    const b = buffer(2.8);
    for (let v = 0; v < 30; v++) {
      const voice = tone(2.8, 180 + rnd() * 220, [1, 0.5, 0.3, 0.2], 1.2, 0.2 + rnd() * 0.2, 0.02);
      biquad(voice, 'band', 700 + rnd() * 500, 1.2);
      mix(b, voice, rnd() * 0.3, 0.6 + rnd() * 0.4);
    }
    mix(b, noiseBurst(2.8, 900, 0.6, 0.3, 1), 0, 0.3);
    return fadeEnds(reverb(b, 0.7, 0.3), 0.05);
  },
  glass() {
    const b = buffer(1.4);
    mix(b, noiseBurst(1.4, 5000, 0.5, 0.001, 0.08), 0, 1);
    for (let k = 0; k < 25; k++) mix(b, tone(0.3, 2500 + rnd() * 5000, [1], 0.04 + rnd() * 0.08, 0.001), 0.02 + rnd() * 0.7, 0.2 + rnd() * 0.3);
    return b;
  },
  train() {
    const b = buffer(4.4);
    for (let k = 0; k < 16; k++) mix(b, noiseBurst(0.3, 500 + (k % 2) * 300, 0.8, 0.01, 0.09), k * 0.27, k % 4 === 0 ? 1 : 0.6);
    mix(b, tone(1.4, NOTE('F#4'), [1, 0.4, 0.3], 3, 0.1, 0.004), 2.6, 0.35);
    return fadeEnds(reverb(b, 0.6, 0.3), 0.05);
  },
  hooves() {
    const b = buffer(3.2);
    for (let k = 0; k < 12; k++) {
      const at = k * 0.26;
      mix(b, noiseBurst(0.1, 900, 2, 0.001, 0.015), at, 0.9);
      mix(b, noiseBurst(0.1, 700, 2, 0.001, 0.015), at + 0.09, 0.6);
    }
    return fadeEnds(reverb(b, 0.4, 0.2), 0.05);
  },
  typewriter() {
    const b = buffer(2.2);
    let t = 0.05;
    while (t < 1.9) {
      mix(b, noiseBurst(0.06, 2600, 1.5, 0.0005, 0.01), t, 0.8);
      mix(b, noiseBurst(0.06, 500, 1.5, 0.0005, 0.01), t, 0.4);
      t += 0.08 + rnd() * 0.12;
    }
    mix(b, tone(0.3, NOTE('C6'), [1], 0.3, 0.002), 1.95, 0.25);
    return b;
  },
  stinger_rise: () => brassChords(4.2, 1.3, ['C3 G3 E4', 'F3 C4 A4', 'G3 D4 B4', 'C4 G4 C5 E5'], [0, 1, 2, 3], [0.9, 0.3]),
  stinger_defeat: () => brassChords(4.5, 1.4, ['A3 C4 E4', 'F3 A3 D4', 'E3 G#3 B3', 'A2 E3 A3 C4'], [0, 1.1, 2.2, 3.2], [1, 0.4]),
  stinger_victory() {
    const b = buffer(4.2);
    const line = [
      ['C4', 0, 0.3],
      ['E4', 0.3, 0.3],
      ['G4', 0.6, 0.3],
      ['C5', 0.9, 0.9],
      ['G4', 1.8, 0.3],
      ['C5', 2.1, 1.8],
    ];
    for (const [n, at, len] of line) mix(b, brass(n, len + 0.3), at, 0.6);
    for (const n of ['C3', 'G3', 'E4']) mix(b, brass(n, 2), 2.1, 0.3);
    return reverb(b, 0.9, 0.3);
  },
  stinger_dread() {
    const b = buffer(4.5);
    mix(b, tone(4.5, NOTE('D2'), [1, 0.5, 0.4, 0.3], 4, 1.2), 0, 0.6);
    mix(b, tone(4.5, NOTE('Eb2') * 1.002, [1, 0.4, 0.3], 4, 1.6), 0, 0.45);
    mix(b, noiseBurst(4.5, 90, 0.7, 1.5, 3), 0, 0.4);
    return reverb(b, 1, 0.4);
  },
  marseillaise() {
    // The opening of the Marseillaise (Rouget de Lisle, 1792; public domain), the tune of the Workers' Marseillaise sung in 1917.
    const q = 0.42;
    const melody = [
      ['D4', 0.75],
      ['D4', 0.25],
      ['D4', 1],
      ['G4', 1],
      ['G4', 1],
      ['A4', 1],
      ['A4', 1],
      ['D5', 1.5],
      ['B4', 0.5],
      ['G4', 0.75],
      ['G4', 0.25],
      ['B4', 0.75],
      ['G4', 0.25],
      ['E4', 1],
      ['C5', 2],
      ['A4', 0.75],
      ['F#4', 0.25],
      ['G4', 2],
    ];
    const b = buffer(q * 17 + 1.5);
    let t = 0.05;
    for (const [n, len] of melody) {
      mix(b, brass(n, len * q + 0.2), t, 0.6);
      t += len * q;
    }
    return reverb(b, 0.8, 0.3);
  },
  // Ambient beds, one per act (looped under the story).
  amb_winter() {
    const b = buffer(10.2);
    const wind = noiseBed('band', 500, 0.8);
    for (let i = 0; i < wind.length; i++) wind[i] *= 0.4 + 0.6 * Math.sin((TAU * i) / wind.length) ** 2;
    mix(b, wind, 0, 0.6);
    for (let k = 0; k < 22; k++) mix(b, noiseBurst(0.2, 3200, 1, 0.01, 0.05), 0.3 + k * 0.45 + rnd() * 0.05, 0.12);
    mix(b, SOUNDS.crowd().slice(0, Math.round(6 * RATE)), 2, 0.08);
    return fadeEnds(b, 0.5, true);
  },
  amb_spring() {
    const b = SOUNDS.crowd();
    const long = buffer(10.2);
    mix(long, b, 0, 0.35);
    mix(long, b, 4.5, 0.3);
    for (let k = 0; k < 6; k++) mix(long, tone(0.15, 2400 + rnd() * 1200, [1], 0.05, 0.01, 0.05), 1 + k * 1.5, 0.05);
    return fadeEnds(long, 0.5, true);
  },
  amb_summer() {
    const b = buffer(10.2);
    const water = noiseBed('low', 400, 0.7);
    mix(b, water, 0, 0.5);
    mix(b, SOUNDS.crowd(), 1, 0.15);
    for (let k = 0; k < 4; k++) mix(b, noiseBurst(0.3, 1200, 2, 0.05, 0.1), 1.5 + k * 2.3, 0.1);
    return fadeEnds(b, 0.5, true);
  },
  amb_factory() {
    const b = buffer(10.2);
    for (let k = 0; k < 40; k++)
      mix(
        b,
        shot(0.25).map((v) => v * 0.3),
        k * 0.25,
        k % 4 === 0 ? 0.5 : 0.2,
      );
    const hum = tone(10.2, 55, [1, 0.5, 0.3], 100, 0.1);
    mix(b, hum, 0, 0.2);
    return fadeEnds(b, 0.5, true);
  },
  amb_autumn() {
    const b = buffer(10.2);
    const rain = noiseBed('high', 1800, 0.7);
    mix(b, rain, 0, 0.35);
    for (let k = 0; k < 300; k++) mix(b, noiseBurst(0.02, 4000, 2, 0.0005, 0.004), rnd() * 10, 0.15);
    mix(
      b,
      shot(1.5).map((v) => v * 0.15),
      6.5,
      1,
    );
    return fadeEnds(b, 0.5, true);
  },
  amb_night() {
    const b = buffer(10.2);
    const wind = noiseBed('low', 250, 0.7);
    mix(b, wind, 0, 0.6);
    mix(
      b,
      shot(1.5).map((v) => v * 0.12),
      3,
      1,
    );
    mix(
      b,
      shot(1.5).map((v) => v * 0.08),
      3.4,
      1,
    );
    mix(
      b,
      SOUNDS.march()
        .slice(0, Math.round(3 * RATE))
        .map((v) => v * 0.1),
      6,
      1,
    );
    return fadeEnds(b, 0.5, true);
  },
};

function wav(samples) {
  const data = Buffer.alloc(samples.length * 2);
  for (const [i, v] of samples.entries()) data.writeInt16LE(Math.max(-32767, Math.min(32767, Math.round(v * 32767))), i * 2);
  const header = Buffer.alloc(44);
  header.write('RIFF', 0);
  header.writeUInt32LE(36 + data.length, 4);
  header.write('WAVEfmt ', 8);
  header.writeUInt32LE(16, 16);
  header.writeUInt16LE(1, 20);
  header.writeUInt16LE(1, 22);
  header.writeUInt32LE(RATE, 24);
  header.writeUInt32LE(RATE * 2, 28);
  header.writeUInt16LE(2, 32);
  header.writeUInt16LE(16, 34);
  header.write('data', 36);
  header.writeUInt32LE(data.length, 40);
  return Buffer.concat([header, data]);
}

const only = process.argv.slice(2);
mkdirSync(OUT, { recursive: true });
mkdirSync(TMP, { recursive: true });
for (const [name, make] of Object.entries(SOUNDS)) {
  if (only.length && !only.includes(name)) continue;
  seed = [...name].reduce((s, c) => s * 31 + c.charCodeAt(0), 7) >>> 0;
  const isBed = name.startsWith('amb_');
  const samples = normalise(make(), isBed ? 0.6 : 0.85);
  const tmp = join(TMP, `${name}.wav`);
  writeFileSync(tmp, wav(samples));
  execFileSync('sox', [tmp, '-C', isBed ? '0' : '1', join(OUT, `${name}.ogg`)]);
  execFileSync('sox', [tmp, '-C', isBed ? '32' : '40', join(OUT, `${name}.mp3`)]);
  console.log(`${name}: ${(samples.length / RATE).toFixed(2)} s`);
}
rmSync(TMP, { recursive: true, force: true });
