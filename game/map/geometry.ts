import data from '../../assets/map/geometry.json' with { type: 'json' };
import { centroid, type Pt } from './hatch.ts';

/** The projected map data the scene draws (assets/map/geometry.json). */
export interface Geometry {
  readonly views: Record<string, { x: number; y: number; width: number; height: number }>;
  readonly sea: Pt[];
  readonly waterAreas: { id: string; polygon: Pt[] }[];
  readonly rivers: { id: string; name: string; width: number; points: Pt[] }[];
  readonly islands: { id: string; name: string; polygon: Pt[] }[];
  readonly districts: { id: string; polygon: Pt[] }[];
  readonly streets: { id: string; name: string; points: Pt[] }[];
  readonly railways: { id: string; name: string; points: Pt[] }[];
  readonly bridges: { id: string; at: Pt }[];
  readonly landmarks: { id: string; at: Pt }[];
  readonly offmap: { id: string; at: Pt; inset: string }[];
}

/** The map geometry, typed. */
export const GEOMETRY = data as unknown as Geometry;

/** Where a place id is on the map, in map units: a district's centre, a landmark, a bridge or an off-map place; null if unknown. */
export function locatePlace(g: Geometry, id: string): Pt | null {
  const district = g.districts.find((d) => d.id === id);
  if (district) return centroid(district.polygon);
  return g.landmarks.find((l) => l.id === id)?.at ?? g.bridges.find((b) => b.id === id)?.at ?? g.offmap.find((o) => o.id === id)?.at ?? null;
}

/** The Aurora's course up the Bolshaya Neva to its anchorage of 25 October, as points along the river. */
export function auroraCourse(geo: Geometry): Pt[] {
  const anchor = geo.landmarks.find((l) => l.id === 'aurora_oct25')?.at ?? ([-97.5, 36.4] as Pt);
  const river = geo.rivers.find((r) => r.id === 'bolshaya_neva')?.points ?? [];
  return [...river.filter((p) => p[0] < anchor[0]).sort((a, b) => a[0] - b[0]), anchor];
}
