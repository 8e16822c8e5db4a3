import data from '../../assets/map/places.json' with { type: 'json' };

/** What kind of place an id names on the map. */
export type PlaceKind = 'district' | 'landmark' | 'bridge' | 'offmap';

/** A named place of the map data: its name and whether the essay mentions it (its role in 1917 comes with the map). */
export interface Place {
  readonly id: string;
  readonly kind: PlaceKind;
  readonly name: string;
  readonly category?: string;
  readonly district?: string;
  readonly inEssay: boolean;
}

/** Every place of the map data, by id. */
export const PLACES: ReadonlyMap<string, Place> = new Map((data.places as Place[]).map((p) => [p.id, p]));

/** The display name of a place id, or the id itself (with spaces) if the map does not know it. */
export function placeName(id: string): string {
  return PLACES.get(id)?.name ?? id.replaceAll('_', ' ');
}
