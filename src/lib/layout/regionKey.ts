/**
 * The key to the map's numbers on a slide and in its export (where the table under the map is not
 * shown): each number in its marker's shape, then the region's name as the source writes it, and after
 * a name the stored page cuts, the note that says so. Pure (text widths estimated): the entries run in
 * rows across the width given, in the numbers' order, each whole on one row (never cut, never split;
 * a note too long for the row goes under its name). A marker is as wide as its number needs: a
 * two-digit number's circle becomes a pill and its square an oblong, as high as the others.
 */
import { estimateTextWidth } from './labels';

export interface RegionKeyEntry {
  readonly number: number;
  /** The marker's shape on the map: a circle (Knowledge Cluster Phase II) or a square (FY2010). */
  readonly shape: 'circle' | 'square';
  readonly name: string;
  /** Said after the name (the name is cut in the stored page), or null. */
  readonly note: string | null;
}

export interface PlacedRegionKeyEntry extends RegionKeyEntry {
  /** The marker's centre. */
  readonly x: number;
  readonly y: number;
  /** Half the marker's width: the radius, or more where its number needs it (a pill, an oblong). */
  readonly halfWidth: number;
  /** Where the name starts, and the note after it (null without a note); the text's baseline. */
  readonly nameX: number;
  readonly noteX: number | null;
  readonly baseline: number;
  /** The note's baseline: the name's, or the next row's where the two do not fit one row. */
  readonly noteBaseline: number;
  /** The entry's right end (its note's, or its name's). */
  readonly right: number;
}

export interface RegionKeyLayout {
  readonly width: number;
  readonly height: number;
  readonly fontSize: number;
  /** The markers' radius (half a square's side). */
  readonly radius: number;
  readonly rows: number;
  readonly entries: readonly PlacedRegionKeyEntry[];
}

const round = (value: number) => Math.round(value * 100) / 100;

/** The entries in rows no wider than `width`, at `fontSize`. */
export function layoutRegionKey(
  entries: readonly RegionKeyEntry[],
  size: { readonly fontSize: number; readonly width: number },
): RegionKeyLayout {
  const { fontSize, width } = size;
  const rowHeight = round(fontSize * 1.36);
  const radius = round(fontSize * 0.66);
  const afterMarker = round(fontSize * 0.3);
  const between = round(fontSize * 0.9);
  const space = round(fontSize * 0.3);
  const placed: PlacedRegionKeyEntry[] = [];
  let x = 0;
  let row = 0;
  // The number (drawn at the key's size, in bold: the estimate's margin covers it) with room each side.
  const numberPadding = round(fontSize * 0.2);
  for (const entry of entries) {
    const halfWidth = round(
      Math.max(radius, estimateTextWidth(String(entry.number), fontSize) / 2 + numberPadding),
    );
    const nameWidth = estimateTextWidth(entry.name, fontSize);
    const noteWidth = entry.note === null ? 0 : space + estimateTextWidth(entry.note, fontSize);
    const markerAndName = halfWidth * 2 + afterMarker + nameWidth;
    // A note that would make its entry wider than the key goes under the name, on a row of its own.
    const noteBelow = entry.note !== null && markerAndName + noteWidth > width;
    const entryWidth = noteBelow ? markerAndName : markerAndName + noteWidth;
    if (x > 0 && x + entryWidth > width) {
      row += 1;
      x = 0;
    }
    const top = row * rowHeight;
    const nameX = x + halfWidth * 2 + afterMarker;
    const baseline = round(top + rowHeight / 2 + fontSize * 0.35);
    placed.push({
      ...entry,
      x: round(x + halfWidth),
      y: round(top + rowHeight / 2),
      halfWidth,
      nameX: round(nameX),
      noteX: entry.note === null ? null : round(noteBelow ? nameX : nameX + nameWidth + space),
      baseline,
      noteBaseline: noteBelow ? round(baseline + rowHeight) : baseline,
      right: round(
        noteBelow ? Math.max(x + entryWidth, nameX + noteWidth - space) : x + entryWidth,
      ),
    });
    if (noteBelow) {
      row += 1;
      x = width;
    } else {
      x += entryWidth + between;
    }
  }
  return {
    width,
    height: placed.length === 0 ? 0 : round((row + 1) * rowHeight),
    fontSize,
    radius,
    rows: placed.length === 0 ? 0 : row + 1,
    entries: placed,
  };
}
