/** The fiscal year of the budget treemap, its slides and exports, and the program pages' figures. */
export const BUDGET_YEAR = 2010;

/** Japan's fiscal year runs from 1 April to 31 March: FY2010 is 1 April 2010 – 31 March 2011. */
export function fiscalYearOfDate(isoDate: string): number {
  const [year, month] = isoDate.split('-').map(Number) as [number, number];
  return month >= 4 ? year : year - 1;
}
