// Converts ../shared/petrograd-map.json ([lat, lon] degrees) into the three files the game reads:
//   assets/map/places.json    names and categories of every place (small; the core uses it, so the first page carries it)
//   assets/map/place-roles.json  each place's role in 1917, for the map's tooltips (loaded with the map)
//   assets/map/geometry.json  projected shapes in map units (1 unit = 1 px at k = 7000 px per degree)
// Run: node scripts/convert-map.mjs [path/to/petrograd-map.json]. The outputs are committed.
import { readFileSync, writeFileSync } from 'node:fs';

const source = process.argv[2] ?? '../shared/petrograd-map.json';
const map = JSON.parse(readFileSync(source, 'utf8'));
const K = 7000;
const COS = Math.cos((59.939 * Math.PI) / 180);
const { lat: LAT0, lon: LON0 } = map.meta.origin;
const r1 = (v) => Math.round(v * 10) / 10;
const xy = ([lat, lon]) => [r1((lon - LON0) * COS * K), r1(-(lat - LAT0) * K)];
const pt = (o) => xy([o.lat, o.lon]);
const mPerUnit = 111320 / K;

const views = {};
for (const [id, v] of Object.entries(map.meta.views)) {
  if (!v.sw) continue;
  const [x0, y1] = xy(v.sw);
  const [x1, y0] = xy(v.ne);
  views[id] = { x: x0, y: y0, width: r1(x1 - x0), height: r1(y1 - y0) };
}

const geometry = {
  source: 'Converted from shared/petrograd-map.json by scripts/convert-map.mjs. Schematic: coordinates written from memory (see its notes).',
  unitsPerDegreeLat: K,
  metresPerUnit: r1(mPerUnit * 1000) / 1000,
  views,
  sea: map.water.sea.polygon.map(xy),
  waterAreas: map.water.water_areas.map((w) => ({ id: w.id, polygon: w.polygon.map(xy) })),
  rivers: map.water.rivers.map((r) => ({ id: r.id, name: r.name, width: r1(r.width_m_approx / mPerUnit), points: r.points.map(xy) })),
  islands: map.islands.map((i) => ({ id: i.id, name: i.name, polygon: i.polygon.map(xy) })),
  districts: map.districts.map((d) => ({ id: d.id, polygon: d.polygon.map(xy) })),
  streets: map.streets.map((s) => ({ id: s.id, name: s.name, points: s.points.map(xy) })),
  railways: map.railways.map((r) => ({ id: r.id, name: r.name, points: r.points.map(xy) })),
  bridges: map.bridges.map((b) => ({ id: b.id, at: pt(b) })),
  landmarks: map.landmarks.map((l) => ({ id: l.id, at: pt(l) })),
  offmap: map.offmap.map((o) => ({ id: o.id, at: pt(o), inset: o.inset })),
};

const place = (kind) => (o) => ({
  id: o.id,
  kind,
  name: o.name,
  ...(o.category ? { category: o.category } : {}),
  ...(o.district ? { district: o.district } : {}),
  inEssay: Boolean(o.in_essay),
});
const places = {
  source: geometry.source,
  periods: map.periods.map((p) => ({ id: p.id, label: p.label, os: p.dates_os, ns: p.dates_ns })),
  places: [
    ...map.districts.map(place('district')),
    ...map.landmarks.map(place('landmark')),
    ...map.bridges.map(place('bridge')),
    ...map.offmap.map(place('offmap')),
  ],
};

writeFileSync('assets/map/geometry.json', `${JSON.stringify(geometry)}\n`);
writeFileSync('assets/map/places.json', `${JSON.stringify(places, null, 1)}\n`);
const all = [...map.districts, ...map.landmarks, ...map.bridges, ...map.offmap];
const roles = Object.fromEntries(all.map((o) => [o.id, o.role_1917 ?? o.note ?? '']));
writeFileSync('assets/map/place-roles.json', `${JSON.stringify(roles, null, 1)}\n`);
console.log(`geometry.json ${JSON.stringify(geometry).length} B, places.json ${JSON.stringify(places).length} B, ${places.places.length} places`);
