import type { Howl as HowlType } from 'howler';
import type { ActId } from '../../src/story/tags.ts';
import type { Cue } from '../../src/story/transcript.ts';
import { whenIdle, whenReading } from '../later.ts';

const urls = import.meta.glob('../../assets/audio/*.{ogg,mp3}', { query: '?url', import: 'default', eager: true }) as Record<string, string>;

function sources(name: string): string[] {
  return ['ogg', 'mp3'].map((ext) => urls[`../../assets/audio/${name}.${ext}`]).filter((u): u is string => Boolean(u));
}

/** The ambient bed under each act. */
const BEDS: Readonly<Record<ActId, string>> = {
  february: 'amb_winter',
  dual_power: 'amb_spring',
  july_days: 'amb_summer',
  kornilov: 'amb_factory',
  october: 'amb_autumn',
  defence: 'amb_night',
};

type HowlCtor = typeof import('howler').Howl;

/**
 * Plays the game's sound through howler. Nothing is loaded or played before the player's first gesture;
 * howler itself is fetched then. If audio cannot start, the game plays on in silence.
 */
export class SoundBoard {
  private Howl: HowlCtor | null = null;
  private howler: typeof import('howler').Howler | null = null;
  private readonly cache = new Map<string, HowlType>();
  private bed: { name: string; howl: HowlType } | null = null;
  private act: ActId | null = null;
  private muted: boolean;
  private musicVolume: number;
  private effectsVolume: number;
  private failed = false;
  private readonly onUnavailable: () => void;

  constructor(settings: { muted: boolean; musicVolume: number; effectsVolume: number }, onUnavailable: () => void) {
    this.muted = settings.muted;
    this.musicVolume = settings.musicVolume;
    this.effectsVolume = settings.effectsVolume;
    this.onUnavailable = onUnavailable;
  }

  /** Whether sound is on its way or playing (false before the first gesture). */
  get started(): boolean {
    return this.Howl !== null;
  }

  /** Called on the first gesture: loads howler and starts the bed of the current act. */
  async unlock(): Promise<void> {
    if (this.Howl || this.failed) return;
    try {
      // Howler, and the AudioContext it makes on first use (a twentieth to a tenth of a second on a weak laptop), wait
      // for the player to pause and read, so that neither lands between a click and its paint. The context was never
      // made inside the gesture anyway (the import is awaited); howler resumes it on the next click or key.
      await new Promise<void>((done) => whenReading(done));
      const mod = await import('howler');
      await new Promise<void>((done) => whenIdle(done));
      this.Howl = mod.Howl;
      this.howler = mod.Howler;
      this.howler.mute(this.muted);
      if (this.act) this.setAct(this.act);
    } catch {
      this.fail();
    }
  }

  /** Mutes or unmutes everything. */
  setMuted(muted: boolean): void {
    this.muted = muted;
    this.howler?.mute(muted);
  }

  /** Sets the music and effects volumes (0-1). */
  setVolumes(music: number, effects: number): void {
    this.musicVolume = music;
    this.effectsVolume = effects;
    this.bed?.howl.volume(0.5 * music);
  }

  /** Cross-fades to the ambient bed of an act. */
  setAct(act: ActId | null): void {
    this.act = act;
    if (!this.Howl || !act) return;
    const name = BEDS[act];
    if (this.bed?.name === name) return;
    const old = this.bed;
    const howl = this.howl(name, true);
    if (!howl) return;
    this.bed = { name, howl };
    howl.volume(0);
    howl.play();
    howl.fade(0, 0.5 * this.musicVolume, 2500);
    if (old) {
      old.howl.fade(old.howl.volume(), 0, 2500);
      setTimeout(() => old.howl.stop(), 2600);
    }
  }

  /** Plays the sound cues of a new passage (map events are the map's business). */
  play(cues: readonly Cue[]): void {
    if (!this.Howl) return;
    let delay = 0;
    for (const cue of cues) {
      if (cue.kind !== 'sfx' && cue.kind !== 'music') continue;
      const howl = this.howl(cue.id, false);
      if (!howl) continue;
      howl.volume(cue.kind === 'music' ? this.musicVolume : this.effectsVolume);
      setTimeout(() => howl.play(), delay);
      delay += 400;
    }
  }

  /**
   * Rings a signal the teacher must hear (the debate timer's bell), unless muted. What became of it is written on
   * <html> (`data-signal`: played, muted or unavailable; `data-signals`: how many played) for the browser tests.
   */
  signal(id: string): void {
    const howl = this.muted ? null : this.howl(id, false);
    howl?.volume(this.effectsVolume);
    howl?.play();
    const root = document.documentElement.dataset;
    root.signal = this.muted ? 'muted' : howl ? 'played' : 'unavailable';
    if (howl) root.signals = String(Number(root.signals ?? 0) + 1);
  }

  /** The click of a choice being taken. */
  click(): void {
    if (!this.Howl) return;
    const howl = this.howl('click', false);
    howl?.volume(0.6 * this.effectsVolume);
    howl?.play();
  }

  private howl(name: string, loop: boolean): HowlType | null {
    if (!this.Howl || this.failed) return null;
    const cached = this.cache.get(name);
    if (cached) return cached;
    const src = sources(name);
    if (src.length === 0) return null;
    const howl = new this.Howl({ src, loop, html5: false, preload: true, onloaderror: () => this.fail(), onplayerror: () => this.fail() });
    this.cache.set(name, howl);
    return howl;
  }

  private fail(): void {
    if (this.failed) return;
    this.failed = true;
    this.onUnavailable();
  }
}
