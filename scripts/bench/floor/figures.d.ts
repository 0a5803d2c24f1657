/** The FY2010 figures the floor draws, made at build time from data/dataset.json (floor.config.ts). */
declare module 'virtual:fy2010-figures' {
  export interface FloorFigure {
    readonly id: string;
    readonly en: string;
    readonly ja: string | null;
    readonly amount: number;
  }
  const figures: readonly FloorFigure[];
  export default figures;
}
