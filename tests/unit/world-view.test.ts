import { describe, expect, it } from 'vitest';
import type { Variables } from '../../src/story/runner.ts';
import { bandOf, DISTRICT_IDS, worldView } from '../../src/world/world-view.ts';

function vars(overrides: Record<string, number | string[]> = {}): Variables {
  const base: Record<string, number | string[]> = { strikes: [], crowds: [], barricades: [], armed_workers: [], held: [], fought_over: [], raised_bridges: [] };
  for (const id of DISTRICT_IDS) base[`mood_${id}`] = 50;
  return { ...base, ...overrides };
}

const CONTEXT = { date: '1917-02-23', act: 'february' as const, place: 'vyborg', view: null };

describe('the world view', () => {
  it('has the fourteen districts of the map', () => {
    expect(DISTRICT_IDS).toHaveLength(14);
    expect(worldView(vars(), CONTEXT).districts.map((d) => d.id)).toEqual(DISTRICT_IDS);
  });

  it('puts each mood in a named band', () => {
    expect([0, 19, 20, 39, 40, 59, 60, 79, 80, 100].map(bandOf)).toEqual([
      'order',
      'order',
      'leaning_order',
      'leaning_order',
      'wavering',
      'wavering',
      'leaning_revolution',
      'leaning_revolution',
      'revolution',
      'revolution',
    ]);
  });

  it('reads strikes, crowds, barricades and armed workers from the lists', () => {
    const view = worldView(vars({ mood_vyborg: 85, strikes: ['vyborg'], armed_workers: ['vyborg'], crowds: ['admiralty_centre'] }), CONTEXT);
    const vyborg = view.districts.find((d) => d.id === 'vyborg');
    expect(vyborg).toMatchObject({ name: 'Vyborg side', mood: 85, band: 'revolution', striking: true, armed: true, crowds: false });
    expect(view.districts.find((d) => d.id === 'admiralty_centre')?.crowds).toBe(true);
  });

  it('names the sites held, fought over and raised', () => {
    const view = worldView(vars({ held: ['arsenal_liteiny'], fought_over: ['winter_palace'], raised_bridges: ['liteiny_bridge'] }), CONTEXT);
    expect(view.sites).toEqual([
      { id: 'arsenal_liteiny', name: 'Arsenal and Ordnance (Orudiinyi) works, Liteiny', status: 'held' },
      { id: 'winter_palace', name: 'Winter Palace', status: 'contested' },
      { id: 'liteiny_bridge', name: 'Liteiny (Alexandrovsky) Bridge', status: 'raised' },
    ]);
  });

  it('gives the date in both calendars', () => {
    const view = worldView(vars(), CONTEXT);
    expect(view.dateNewStyle).toBe('1917-03-08');
    expect(view.dateLabel).toEqual({ oldStyle: '23 February 1917', newStyle: '8 March 1917' });
  });

  it('shows a congress count only while one is being counted', () => {
    expect(worldView(vars(), CONTEXT).delegates).toBeNull();
    expect(worldView(vars({ delegates_total: 670, delegates_bolshevik: 300 }), CONTEXT).delegates).toEqual({ total: 670, bolshevik: 300 });
  });

  it('is a pure function: the same input gives an equal view', () => {
    expect(worldView(vars({ mood_okhta: 12 }), CONTEXT)).toEqual(worldView(vars({ mood_okhta: 12 }), CONTEXT));
  });
});
