// What the vote panel tells the teacher about the live vote's counts: at the reveal, and when live voting ends.

/** "1 vote", "3 votes": the sum of `counts` with its noun. */
function plural(counts: readonly number[], noun: string): string {
  const n = counts.reduce((a, b) => a + b, 0);
  return `${n} ${noun}${n === 1 ? '' : 's'}`;
}

/** The note under a live vote's result: what the counts are made of, or that the devices' votes are still owed. */
export function revealNote(devices: readonly number[] | null, hands: readonly number[]): string {
  return devices
    ? `Counts include ${plural(devices, 'vote')} from devices and ${plural(hands, 'hand')} up.`
    : 'Live votes could not be counted yet (the relay is out of reach): these are the hands-up counts. The devices’ votes join them if it comes back before you play.';
}

/** The note when live voting ends: the device votes joined the counts, or how many could not be collected. */
export function endedNote(devices: readonly number[] | null, lost: number): string {
  if (devices)
    return `Live voting ended: ${plural(devices, 'vote')} from devices ${devices.reduce((a, b) => a + b, 0) === 1 ? 'is' : 'are'} in the counts. Count hands from here.`;
  if (lost)
    return `Live voting ended, but the relay could not be reached: ${plural([lost], 'vote')} from devices at this decision could not be collected. Count hands from here.`;
  return 'Live voting ended. Count hands from here.';
}
