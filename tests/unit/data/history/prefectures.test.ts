import { describe, expect, it } from 'vitest';
import japan from '@svg-maps/japan';
import { PREFECTURE_IDS } from '../../../../src/lib/data/history/prefectures';

describe('PREFECTURE_IDS', () => {
  it("are the map package's 47 prefecture ids", () => {
    expect([...PREFECTURE_IDS].sort()).toEqual(japan.locations.map((l) => l.id).sort());
    expect(PREFECTURE_IDS).toHaveLength(47);
  });
});
