import * as v from 'valibot';

/**
 * A debate timer as data: how long it runs, when it was last started (wall-clock milliseconds since 1970) and
 * how much ran before that. The remaining time is computed from the clock, never counted in ticks, so a busy
 * page cannot slow it and a reload finds it where the wall clock says it is.
 */
export interface TimerState {
  /** The debate time set, in milliseconds. */
  readonly durationMs: number;
  /** When it was last started, in epoch milliseconds; null while stopped or paused. */
  readonly startedAt: number | null;
  /** Milliseconds run before the last start. */
  readonly elapsedMs: number;
}

/** The debate times a teacher can pick, in minutes. */
export const TIMER_MINUTES = [1, 2, 3, 5, 8, 10] as const;

/** The timer's shape in a stored or imported lesson. */
export const TimerSchema = v.object({
  durationMs: v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(60 * 60_000)),
  startedAt: v.nullable(v.pipe(v.number(), v.integer(), v.minValue(0))),
  elapsedMs: v.pipe(v.number(), v.integer(), v.minValue(0)),
});

/** A stopped timer set to `minutes`. */
export function newTimer(minutes: number): TimerState {
  return { durationMs: Math.round(minutes * 60_000), startedAt: null, elapsedMs: 0 };
}

/** Milliseconds left at `now` (never below 0). */
export function remainingMs(timer: TimerState, now: number): number {
  const running = timer.startedAt === null ? 0 : Math.max(0, now - timer.startedAt);
  return Math.max(0, timer.durationMs - timer.elapsedMs - running);
}

/** Whether the timer is running at `now` (started and not yet run out). */
export function isRunning(timer: TimerState, now: number): boolean {
  return timer.startedAt !== null && remainingMs(timer, now) > 0;
}

/** Whether the time is up at `now`. */
export function isUp(timer: TimerState, now: number): boolean {
  return timer.durationMs > 0 && remainingMs(timer, now) === 0;
}

/** Starts (or resumes) the timer at `now`; a timer already running or run out is returned unchanged. */
export function startTimer(timer: TimerState, now: number): TimerState {
  if (timer.startedAt !== null || remainingMs(timer, now) === 0) return timer;
  return { ...timer, startedAt: now };
}

/** Pauses the timer at `now`, keeping the time run so far. */
export function pauseTimer(timer: TimerState, now: number): TimerState {
  if (timer.startedAt === null) return timer;
  return { ...timer, startedAt: null, elapsedMs: Math.min(timer.durationMs, timer.elapsedMs + Math.max(0, now - timer.startedAt)) };
}

/** The clock face for a number of milliseconds: "3:00", "0:07" (seconds rounded up, so 0:00 means time is up). */
export function clockFace(ms: number): string {
  const seconds = Math.ceil(Math.max(0, ms) / 1000);
  return `${Math.floor(seconds / 60)}:${String(seconds % 60).padStart(2, '0')}`;
}
