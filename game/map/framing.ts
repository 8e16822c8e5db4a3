import type { Geometry } from './geometry.ts';

/** Places of the region map left off it (too far away to frame with the rest). */
export const REGION_HIDDEN = new Set(['constantinople', 'zurich']);

/** A rectangle of the map, in map units. */
export interface Box {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

/**
 * What the camera frames for a view: the whole city (the districts with a margin), a named view from the
 * geometry (the centre, the approaches with Kronstadt and Gatchina), or the map of Russia ('region':
 * Petrograd and the region's places).
 */
export function viewBox(geo: Geometry, viewName: string): Box {
  if (viewName === 'region') {
    const pts = geo.offmap.filter((o) => o.inset === 'region' && !REGION_HIDDEN.has(o.id)).map((o) => o.at);
    const xs = [0, ...pts.map((p) => p[0])];
    const ys = [0, ...pts.map((p) => p[1])];
    const [x0, x1, y0, y1] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
    return { x: x0 - (x1 - x0) * 0.08, y: y0 - (y1 - y0) * 0.08, width: (x1 - x0) * 1.16, height: (y1 - y0) * 1.16 };
  }
  if (viewName !== 'city') {
    const v = geo.views[viewName];
    if (v) return v;
  }
  const pts = geo.districts.flatMap((d) => d.polygon);
  const xs = pts.map((p) => p[0]);
  const ys = pts.map((p) => p[1]);
  const x0 = Math.min(...xs);
  const y0 = Math.min(...ys);
  const w = Math.max(...xs) - x0;
  const h = Math.max(...ys) - y0;
  return { x: x0 - w * 0.04, y: y0 - h * 0.03, width: w * 1.08, height: h * 1.06 };
}
