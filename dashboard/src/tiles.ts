/**
 * A tile-grid map of Vietnam: one square per province, placed like the country. Each province sits at
 * the cell nearest to its capital's position (approximate latitude and longitude, to a tenth of a
 * degree, from general geographic knowledge); when that cell is taken, at the nearest free one. A 2025
 * unit sits at the mean position of the provinces merged into it. No boundary dataset is used: the 2025
 * units have none published under an open licence yet, and a tile grid shows every unit at the same size.
 */

/** [latitude, longitude] of each pre-2025 province's capital (approximate). */
export const CAPITALS: Readonly<Record<string, readonly [number, number]>> = {
  'ha-giang': [22.8, 105.0],
  'cao-bang': [22.7, 106.3],
  'lao-cai': [22.5, 104.0],
  'lai-chau': [22.4, 103.5],
  'bac-kan': [22.1, 105.8],
  'tuyen-quang': [21.8, 105.2],
  'lang-son': [21.8, 106.8],
  'yen-bai': [21.7, 104.9],
  'thai-nguyen': [21.6, 105.8],
  'dien-bien': [21.4, 103.0],
  'son-la': [21.3, 103.9],
  'phu-tho': [21.3, 105.4],
  'vinh-phuc': [21.3, 105.6],
  'bac-giang': [21.3, 106.2],
  'bac-ninh': [21.2, 106.1],
  'ha-noi': [21.0, 105.8],
  'quang-ninh': [21.0, 107.1],
  'hai-duong': [20.9, 106.3],
  'hai-phong': [20.9, 106.7],
  'hoa-binh': [20.8, 105.3],
  'hung-yen': [20.7, 106.1],
  'ha-nam': [20.5, 105.9],
  'thai-binh': [20.4, 106.3],
  'nam-dinh': [20.4, 106.2],
  'ninh-binh': [20.3, 106.0],
  'thanh-hoa': [19.8, 105.8],
  'nghe-an': [18.7, 105.7],
  'ha-tinh': [18.3, 105.9],
  'quang-binh': [17.5, 106.6],
  'quang-tri': [16.8, 107.2],
  'thua-thien-hue': [16.5, 107.6],
  'da-nang': [16.1, 108.2],
  'quang-nam': [15.6, 108.5],
  'quang-ngai': [15.1, 108.8],
  'kon-tum': [14.4, 108.0],
  'gia-lai': [14.0, 108.0],
  'binh-dinh': [13.8, 109.2],
  'phu-yen': [13.1, 109.3],
  'dak-lak': [12.7, 108.0],
  'khanh-hoa': [12.2, 109.2],
  'dak-nong': [12.0, 107.7],
  'lam-dong': [11.9, 108.4],
  'ninh-thuan': [11.6, 109.0],
  'binh-phuoc': [11.5, 106.9],
  'tay-ninh': [11.3, 106.1],
  'binh-thuan': [10.9, 108.1],
  'binh-duong': [11.0, 106.7],
  'dong-nai': [11.0, 106.8],
  'ho-chi-minh': [10.8, 106.7],
  'long-an': [10.5, 106.4],
  'dong-thap': [10.5, 105.6],
  'an-giang': [10.4, 105.4],
  'tien-giang': [10.4, 106.4],
  'ba-ria-vung-tau': [10.4, 107.1],
  'vinh-long': [10.3, 106.0],
  'ben-tre': [10.2, 106.4],
  'kien-giang': [10.0, 105.1],
  'can-tho': [10.0, 105.8],
  'tra-vinh': [9.9, 106.3],
  'hau-giang': [9.8, 105.5],
  'soc-trang': [9.6, 106.0],
  'bac-lieu': [9.3, 105.7],
  'ca-mau': [9.2, 105.2],
  // The 2025 name of Thừa Thiên Huế, as articles since the merger name it.
  hue: [16.5, 107.6],
};

export interface Tile {
  readonly slug: string;
  readonly col: number;
  readonly row: number;
}

/**
 * Degrees per cell: small enough to keep the country's shape, large enough for the Red River delta's
 * crowd; the 34 units need half as many cells, so theirs are larger.
 */
const cellFor = (count: number) => (count > 40 ? 0.42 : 0.7);
const NORTH = 23.0;
const WEST = 102.8;

/** Position of a slug: its capital, or the mean of the provinces `members` lists for it (2025 units). */
export function positionOf(
  slug: string,
  members: readonly string[] = [],
): readonly [number, number] | undefined {
  const own = CAPITALS[slug];
  const parts = members
    .map((m) => CAPITALS[m])
    .filter((p): p is readonly [number, number] => p !== undefined);
  if (parts.length === 0) return own;
  const lat = parts.reduce((s, p) => s + p[0], 0) / parts.length;
  const lon = parts.reduce((s, p) => s + p[1], 0) / parts.length;
  return [lat, lon];
}

/**
 * Tiles for the given provinces, placed north to south (then west to east), each at the free cell
 * nearest its position. Slugs with no known position get no tile (the caller lists them beside the map).
 */
export function layoutTiles(provinces: readonly { slug: string; members?: readonly string[] }[]): Tile[] {
  const placed = new Map<string, Tile>();
  const taken = new Set<string>();
  const located = provinces
    .map((p) => ({ slug: p.slug, pos: positionOf(p.slug, p.members) }))
    .filter((p): p is { slug: string; pos: readonly [number, number] } => p.pos !== undefined)
    .sort((a, b) => b.pos[0] - a.pos[0] || a.pos[1] - b.pos[1] || a.slug.localeCompare(b.slug));
  const CELL = cellFor(located.length);
  for (const { slug, pos } of located) {
    const y = (NORTH - pos[0]) / CELL;
    const x = (pos[1] - WEST) / CELL;
    let best: { col: number; row: number; d: number } | undefined;
    for (let r = 0; r <= 6 && !best; r++) {
      for (let dr = -r; dr <= r; dr++) {
        for (let dc = -r; dc <= r; dc++) {
          if (Math.max(Math.abs(dr), Math.abs(dc)) !== r) continue;
          const row = Math.round(y) + dr;
          const col = Math.round(x) + dc;
          if (row < 0 || col < 0 || taken.has(`${col},${row}`)) continue;
          const d = (row - y) ** 2 + (col - x) ** 2;
          if (!best || d < best.d) best = { col, row, d };
        }
      }
    }
    if (!best) continue;
    taken.add(`${best.col},${best.row}`);
    placed.set(slug, { slug, col: best.col, row: best.row });
  }
  return collapse([...placed.values()]);
}

/** Empty rows and columns removed (the sea between the coast and the highlands, the long centre). */
function collapse(tiles: Tile[]): Tile[] {
  const index = (values: number[]) =>
    new Map([...new Set(values)].sort((a, b) => a - b).map((v, i) => [v, i]));
  const rows = index(tiles.map((t) => t.row));
  const cols = index(tiles.map((t) => t.col));
  return tiles.map((t) => ({ slug: t.slug, row: rows.get(t.row)!, col: cols.get(t.col)! }));
}
