// Old Style (Julian) dates as the essay gives them, and their New Style (Gregorian) equivalents.

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
/** Russia's last Old Style day: 31 January 1918 OS was followed by 14 February 1918 NS. */
const LAST_OLD_STYLE = '1918-01-31';

function parse(iso: string): Date {
  const [y, m, d] = iso.split('-').map(Number);
  return new Date(Date.UTC(y ?? 1917, (m ?? 1) - 1, d ?? 1));
}

function toIso(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/** The New Style date of an Old Style ISO date (13 days later in 1917 and January 1918; later dates are already New Style). */
export function toNewStyle(iso: string): string {
  if (iso > LAST_OLD_STYLE) return iso;
  const date = parse(iso);
  date.setUTCDate(date.getUTCDate() + 13);
  return toIso(date);
}

/** A date written out the way the essay writes it: "23 February 1917". */
export function formatDate(iso: string): string {
  const date = parse(iso);
  return `${date.getUTCDate()} ${MONTHS[date.getUTCMonth()]} ${date.getUTCFullYear()}`;
}
