// Waiting on events without sleeping: each waiter re-checks its condition whenever something is heard. Shared by the
// relay tests' clients and `npm run bench:relay`.

/** Conditions to wait for: call `heard` after every event; `until` resolves once `check` holds, or fails after `ms`. */
export function waiters(detail: () => string = () => '') {
  const pending = new Set<() => void>();
  return {
    heard(): void {
      for (const w of [...pending]) w();
    },
    until(check: () => boolean, ms = 5000, what = 'the condition'): Promise<void> {
      return new Promise((resolve, reject) => {
        if (check()) return resolve();
        const timer = setTimeout(() => {
          pending.delete(test);
          reject(new Error(`timed out after ${ms} ms waiting for ${what}${detail()}`));
        }, ms);
        const test = () => {
          if (!check()) return;
          clearTimeout(timer);
          pending.delete(test);
          resolve();
        };
        pending.add(test);
      });
    },
  };
}
