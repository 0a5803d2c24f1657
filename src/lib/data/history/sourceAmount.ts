/**
 * An amount as a source writes it → million yen, exactly. The sources use four units: 億円 (100 million
 * yen), 万円 (10 thousand yen, only after 億 here: 120億6500万円), 百万円 (million yen), and English
 * "billion yen" / "million yen". Anything else is null, so the parser can say which figure is wrong.
 */
export function sourceAmountInMillionYen(text: string): number | null {
  const oku = /^(\d+)億(?:(\d+)万)?円$/.exec(text);
  if (oku) {
    const man = Number(oku[2] ?? 0);
    // 万円 below 億 must be whole millions (100万円 steps) to be a whole number of million yen.
    if (man % 100 !== 0) return null;
    return Number(oku[1]) * 100 + man / 100;
  }
  const hyakuman = /^(\d{1,3}(?:,\d{3})*|\d+)百万円$/.exec(text);
  if (hyakuman) return Number(hyakuman[1]!.replace(/,/g, ''));
  const million = /^(\d{1,3}(?:,\d{3})*|\d+) million yen$/.exec(text);
  if (million) return Number(million[1]!.replace(/,/g, ''));
  const billion = /^(\d+(?:\.\d+)?) billion yen$/.exec(text);
  if (billion) return Math.round(Number(billion[1]) * 1000 * 1000) / 1000;
  return null;
}

/** The unit an amount is written in, as the source writes it: 億円, 億円・万円, 百万円, million yen, billion yen. */
export function sourceUnit(text: string): string | null {
  if (/^\d+億\d+万円$/.test(text)) return '億円・万円';
  if (/^\d+億円$/.test(text)) return '億円';
  if (/百万円$/.test(text)) return '百万円';
  if (/ million yen$/.test(text)) return 'million yen';
  if (/ billion yen$/.test(text)) return 'billion yen';
  return null;
}
