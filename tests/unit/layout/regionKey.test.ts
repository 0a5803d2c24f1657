import { describe, expect, it } from 'vitest';
import { layoutRegionKey, type RegionKeyEntry } from '../../../src/lib/layout/regionKey';
import { estimateTextWidth } from '../../../src/lib/layout/labels';

const entry = (number: number, name: string, note: string | null = null): RegionKeyEntry => ({
  number,
  shape: number <= 2 ? 'circle' : 'square',
  name,
  note,
});

describe('layoutRegionKey', () => {
  it('runs the entries in rows across the width, in the numbers’ order, each whole on its row', () => {
    const entries = [
      entry(1, '札幌周辺を核とする道央地域'),
      entry(2, '広域仙台地域'),
      entry(3, '長野県全域'),
      entry(4, '米子・境', '（name cut off in the stored page; not completed）'),
    ];
    const key = layoutRegionKey(entries, { fontSize: 20, width: 700 });
    expect(key.entries.map((e) => e.number)).toEqual([1, 2, 3, 4]);
    expect(key.radius).toBe(13.2);
    for (const placed of key.entries) {
      // Inside the width, the marker before the name, the note after it.
      expect(placed.x - key.radius).toBeGreaterThanOrEqual(0);
      expect(placed.right).toBeLessThanOrEqual(700);
      expect(placed.nameX).toBeGreaterThan(placed.x + key.radius);
      if (placed.noteX !== null && placed.noteBaseline === placed.baseline) {
        expect(placed.noteX).toBeGreaterThan(
          placed.nameX + estimateTextWidth(placed.name, 20) - 0.01,
        );
      }
    }
    // Entries on one row do not touch; a row's entries share its baseline.
    const rows = new Map<number, typeof key.entries>();
    for (const placed of key.entries)
      rows.set(placed.baseline, [...(rows.get(placed.baseline) ?? []), placed]);
    expect(rows.size).toBe(key.rows - 1);
    for (const row of rows.values()) {
      row
        .slice(1)
        .forEach((placed, i) => expect(placed.x - key.radius).toBeGreaterThan(row[i]!.right));
    }
    // The cut name's note is too long for the row: under the name, on the next row.
    const cut = key.entries[3]!;
    expect(cut.noteX).toBe(cut.nameX);
    expect(cut.noteBaseline).toBeCloseTo(cut.baseline + 27.2, 5);
    expect(key.height).toBeCloseTo(key.rows * 27.2, 5);
  });

  it('widens a marker to hold a two-digit number: a pill or an oblong, as high as the others', () => {
    const key = layoutRegionKey(
      [
        entry(9, '京都およびけいはんな学研地域'),
        entry(10, '函館地域'),
        entry(14, 'いわて県央・釜石地域'),
      ],
      { fontSize: 26, width: 1800 },
    );
    const [nine, ten, fourteen] = key.entries;
    expect(nine!.halfWidth).toBe(key.radius);
    for (const wide of [ten!, fourteen!]) {
      // Two digits with a fifth of the type's size clear each side.
      expect(wide.halfWidth * 2).toBeGreaterThanOrEqual(
        estimateTextWidth('10', 26) + 2 * 5.2 - 0.01,
      );
      expect(wide.nameX).toBeGreaterThan(wide.x + wide.halfWidth);
    }
    // The next entry starts after the wider marker's name.
    expect(fourteen!.x - fourteen!.halfWidth).toBeGreaterThan(ten!.right);
  });

  it('gives each entry a row of its own when the width holds only one', () => {
    const key = layoutRegionKey([entry(1, '函館地域'), entry(2, '山口地域')], {
      fontSize: 20,
      width: 100,
    });
    expect(key.rows).toBe(2);
    expect(key.entries[1]!.y).toBeGreaterThan(key.entries[0]!.y);
  });

  it('is empty with no entries', () => {
    expect(layoutRegionKey([], { fontSize: 20, width: 100 })).toMatchObject({
      height: 0,
      rows: 0,
      entries: [],
    });
  });
});
