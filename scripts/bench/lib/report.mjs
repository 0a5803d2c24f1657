/**
 * The benchmark's summary: each module adds rows (app against floor where the floor has the measure,
 * with the target where there is one); print() shows them as one Markdown table with ratios,
 * which scripts/bench.mjs also writes to bench-results/summary.md (the README's table comes from it).
 */
export class Report {
  rows = [];

  /** `floor` may be null; `pass(app, floor)` says whether the target holds. */
  row(section, metric, app, floor, { format = String, target = '', pass } = {}) {
    this.rows.push({ section, metric, app, floor, format, target, pass });
  }

  markdown() {
    const lines = [
      '| measure | app | floor | ratio | target |',
      '| --- | ---: | ---: | ---: | --- |',
    ];
    let section = '';
    for (const r of this.rows) {
      if (r.section !== section) {
        section = r.section;
        lines.push(`| **${section}** | | | | |`);
      }
      const hasFloor = r.floor !== null && r.floor !== undefined;
      const ratio = hasFloor && r.floor > 0 ? `${(r.app / r.floor).toFixed(2)}×` : '';
      const verdict = r.pass ? (r.pass(r.app, r.floor) ? ' ✓' : ' ✗ missed') : '';
      const floor = hasFloor ? r.format(r.floor) : '';
      lines.push(
        `| ${r.metric} | ${r.format(r.app)} | ${floor} | ${ratio} | ${r.target}${verdict} |`,
      );
    }
    return lines.join('\n');
  }
}
