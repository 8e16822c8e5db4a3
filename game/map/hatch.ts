/** A point in map units. */
export type Pt = readonly [number, number];

/**
 * The segments of parallel hatch lines (at `angleDeg`, `spacing` apart) that fall inside a polygon,
 * by the even-odd rule. Pure geometry, so the map can hatch any district without masks.
 */
export function hatchSegments(polygon: readonly Pt[], angleDeg: number, spacing: number): [Pt, Pt][] {
  if (spacing <= 0 || polygon.length < 3) return [];
  const a = (angleDeg * Math.PI) / 180;
  const dir: Pt = [Math.cos(a), Math.sin(a)];
  const normal: Pt = [-dir[1], dir[0]];
  const offsets = polygon.map(([x, y]) => x * normal[0] + y * normal[1]);
  const min = Math.min(...offsets);
  const max = Math.max(...offsets);
  const segments: [Pt, Pt][] = [];
  for (let c = Math.floor(min / spacing) * spacing + spacing; c < max; c += spacing) {
    const hits: number[] = [];
    for (let i = 0; i < polygon.length; i++) {
      const p = polygon[i] as Pt;
      const q = polygon[(i + 1) % polygon.length] as Pt;
      const dp = p[0] * normal[0] + p[1] * normal[1] - c;
      const dq = q[0] * normal[0] + q[1] * normal[1] - c;
      if ((dp < 0 && dq >= 0) || (dp >= 0 && dq < 0)) {
        const t = dp / (dp - dq);
        const x = p[0] + (q[0] - p[0]) * t;
        const y = p[1] + (q[1] - p[1]) * t;
        hits.push(x * dir[0] + y * dir[1]);
      }
    }
    hits.sort((u, v) => u - v);
    for (let k = 0; k + 1 < hits.length; k += 2) {
      const s = hits[k] as number;
      const e = hits[k + 1] as number;
      segments.push([
        [dir[0] * s + normal[0] * c, dir[1] * s + normal[1] * c],
        [dir[0] * e + normal[0] * c, dir[1] * e + normal[1] * c],
      ]);
    }
  }
  return segments;
}

/** Whether a point lies inside a polygon (even-odd rule). */
export function pointInPolygon(point: Pt, polygon: readonly Pt[]): boolean {
  let inside = false;
  for (let i = 0, j = polygon.length - 1; i < polygon.length; j = i++) {
    const [xi, yi] = polygon[i] as Pt;
    const [xj, yj] = polygon[j] as Pt;
    if (yi > point[1] !== yj > point[1] && point[0] < ((xj - xi) * (point[1] - yi)) / (yj - yi) + xi) inside = !inside;
  }
  return inside;
}

/** The centroid of a polygon's vertices (good enough to place a label in these compact districts). */
export function centroid(polygon: readonly Pt[]): Pt {
  let x = 0;
  let y = 0;
  for (const [px, py] of polygon) {
    x += px;
    y += py;
  }
  return [x / polygon.length, y / polygon.length];
}
