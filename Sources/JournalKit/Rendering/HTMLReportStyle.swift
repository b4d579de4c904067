extension HTMLReportRenderer {
    /// The whole stylesheet: light and dark schemes, a phone layout under 640 px, print.
    static let stylesheet = """
    :root {
      color-scheme: light dark;
      --bg: #f4f5f7; --card: #ffffff; --text: #1d2329; --muted: #5c6670; --line: #dde1e6; --track: #eceff3;
      --accent: #2f6bd8; --accent-soft: #e4ecfb; --good: #1b7f3b; --good-soft: #ddf3e4;
      --bad: #c93a34; --bad-soft: #fbe4e2; --warn: #996300; --warn-soft: #fbefcf; --quiet: #8a949e; --quiet-soft: #eceff3;
    }
    @media screen and (prefers-color-scheme: dark) {
      :root {
        --bg: #0f1318; --card: #171c23; --text: #e5e9ee; --muted: #9ba4ae; --line: #2c333c; --track: #232a33;
        --accent: #6fa6fb; --accent-soft: #1b2a44; --good: #4fc474; --good-soft: #16301f;
        --bad: #f2726b; --bad-soft: #3b1c1b; --warn: #e2b443; --warn-soft: #362b12; --quiet: #7d8791; --quiet-soft: #232a33;
      }
    }
    * { box-sizing: border-box; }
    html { -webkit-text-size-adjust: 100%; text-size-adjust: 100%; }
    body {
      margin: 0; background: var(--bg); color: var(--text); font-size: 16px; line-height: 1.5;
      font-family: system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", "Noto Sans CJK SC", "Helvetica Neue", Arial, sans-serif, "Apple Color Emoji", "Segoe UI Emoji", "Noto Color Emoji";
      overflow-wrap: break-word;
    }
    .page { max-width: 1040px; margin: 0 auto; padding: 28px 20px 40px; }
    header.top h1 { margin: 0; font-size: 2rem; line-height: 1.2; letter-spacing: -0.01em; }
    .sub { margin: 4px 0 14px; color: var(--muted); }
    nav ul { display: flex; flex-wrap: wrap; gap: 6px; margin: 0; padding: 0; list-style: none; }
    nav a {
      display: inline-block; padding: 3px 11px; border: 1px solid var(--line); border-radius: 999px;
      background: var(--card); color: var(--text); font-size: 0.875rem; text-decoration: none;
    }
    nav a:hover, nav a:focus-visible { border-color: var(--accent); color: var(--accent); }
    .stats { display: grid; grid-template-columns: repeat(auto-fit, minmax(150px, 1fr)); gap: 12px; margin: 20px 0 0; padding: 0; list-style: none; }
    .stat { padding: 12px 16px; border: 1px solid var(--line); border-radius: 12px; background: var(--card); }
    .stat .n { display: block; font-size: 1.9rem; font-weight: 650; line-height: 1.15; font-variant-numeric: tabular-nums; }
    .stat .l { color: var(--muted); }
    .stat .d { display: block; color: var(--muted); font-size: 0.875rem; }
    .stat .d.alert { color: var(--bad); }
    section { margin: 16px 0; padding: 20px 22px; border: 1px solid var(--line); border-radius: 14px; background: var(--card); }
    h2 { margin: 0 0 14px; font-size: 1.3rem; line-height: 1.3; }
    h3 { margin: 20px 0 8px; font-size: 1.05rem; }
    h2 + h3 { margin-top: 0; }
    p { margin: 0 0 10px; }
    .lead { color: var(--muted); }
    .hint { color: var(--muted); font-size: 0.9375rem; }
    .day, .date { white-space: nowrap; }
    .date, .source { color: var(--muted); font-weight: normal; font-size: 0.875rem; }
    code {
      padding: 0.05em 0.3em; border-radius: 4px; background: var(--track); font-size: 0.875em;
      font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, "Liberation Mono", "Noto Sans Mono", monospace;
    }
    .table-wrap { overflow-x: auto; }
    table { width: 100%; border-collapse: collapse; }
    th, td { padding: 9px 10px; border-bottom: 1px solid var(--line); text-align: left; vertical-align: top; }
    thead th { color: var(--muted); font-size: 0.75rem; font-weight: 600; letter-spacing: 0.05em; text-transform: uppercase; white-space: nowrap; }
    tbody th { font-weight: 600; }
    tbody tr:last-child > * { border-bottom: 0; }
    .pipeline td[data-label="Stage"], .pipeline td[data-label="Last contact"] { white-space: nowrap; font-variant-numeric: tabular-nums; }
    .pipeline tr.closed { color: var(--muted); }
    .badge {
      display: inline-block; padding: 1px 9px; border-radius: 999px; font-size: 0.8125rem; font-weight: 600; white-space: nowrap;
      background: var(--accent-soft); color: var(--accent);
    }
    .badge.tone-good { background: var(--good-soft); color: var(--good); }
    .badge.tone-bad { background: var(--bad-soft); color: var(--bad); }
    .badge.tone-warn { background: var(--warn-soft); color: var(--warn); }
    .badge.tone-muted { background: var(--quiet-soft); color: var(--muted); }
    .due { font-size: 0.8125rem; white-space: nowrap; color: var(--muted); }
    .due.overdue { color: var(--bad); font-weight: 600; }
    .due.today { color: var(--warn); font-weight: 600; }
    .charts { display: grid; grid-template-columns: repeat(auto-fit, minmax(280px, 1fr)); gap: 20px 36px; align-items: start; }
    .charts + .hint { margin-top: 12px; }
    figure.chart { margin: 0; min-width: 0; }
    figure.chart figcaption { margin-bottom: 10px; font-weight: 600; }
    figure.chart .chart-note { display: block; color: var(--muted); font-size: 0.8125rem; font-weight: normal; }
    figure.chart svg { display: block; overflow: visible; font-size: 13px; }
    figure.chart text { fill: var(--text); }
    figure.chart text.value { fill: var(--muted); font-variant-numeric: tabular-nums; }
    figure.chart text.tick { fill: var(--muted); font-size: 11px; }
    figure.chart .track { fill: var(--track); }
    figure.chart .axis { stroke: var(--line); stroke-width: 1; }
    figure.chart .grid { stroke: var(--line); stroke-width: 1; stroke-dasharray: 3 3; }
    figure.chart .bar.thin { stroke: var(--accent); stroke-width: 1.5px; }
    .tone-accent .bar { fill: var(--accent); }
    .tone-good .bar { fill: var(--good); }
    .tone-bad .bar { fill: var(--bad); }
    .tone-warn .bar { fill: var(--warn); }
    .tone-muted .bar { fill: var(--quiet); }
    details.chart-data { margin-top: 8px; font-size: 0.8125rem; }
    details.chart-data summary { color: var(--muted); cursor: pointer; }
    details.chart-data table { margin-top: 6px; }
    details.chart-data th, details.chart-data td { padding: 3px 8px; }
    ul.questions, ol.practice { margin: 0; padding-left: 1.5em; }
    li.question { margin: 0 0 16px; }
    li.question:last-child { margin-bottom: 4px; }
    ol.practice > li::marker { color: var(--muted); font-variant-numeric: tabular-nums; }
    .q { margin: 0; font-weight: 600; }
    .meta { margin: 2px 0 4px; color: var(--muted); font-size: 0.875rem; }
    .meta .badge { font-size: 0.75rem; padding: 0 7px; }
    .tag { color: var(--accent); }
    h3 .tag { font-weight: 600; }
    ul.notes, ul.items { margin: 4px 0 0; padding-left: 1.2em; }
    ul.notes { font-size: 0.9375rem; }
    ul.notes li, ul.items li { margin: 2px 0; }
    ul.points, ul.actions { margin: 0; padding: 0; list-style: none; }
    ul.points li, ul.actions li { display: flex; gap: 12px; padding: 7px 0; border-bottom: 1px solid var(--line); }
    ul.actions li { display: block; }
    ul.points li:last-child, ul.actions li:last-child { border-bottom: 0; }
    .count { flex: none; min-width: 2.2em; color: var(--muted); font-weight: 600; text-align: right; font-variant-numeric: tabular-nums; }
    .count.many { color: var(--accent); }
    footer { margin-top: 24px; color: var(--muted); font-size: 0.875rem; text-align: center; }
    .empty { padding: 24px; border: 1px dashed var(--line); border-radius: 14px; color: var(--muted); text-align: center; }
    @media (max-width: 640px) {
      .page { padding: 18px 12px 28px; }
      header.top h1 { font-size: 1.6rem; }
      section { padding: 16px 14px; border-radius: 12px; }
      .stats { grid-template-columns: repeat(2, minmax(0, 1fr)); gap: 8px; }
      .stat { padding: 10px 12px; }
      .pipeline thead { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }
      .pipeline, .pipeline tbody, .pipeline tr, .pipeline th, .pipeline td { display: block; }
      .pipeline tr { padding: 10px 0; border-bottom: 1px solid var(--line); }
      .pipeline tr:last-child { border-bottom: 0; }
      .pipeline th, .pipeline td { padding: 1px 0; border: 0; }
      .pipeline tbody th { font-size: 1.05rem; }
      .pipeline td::before { content: attr(data-label) ": "; color: var(--muted); font-size: 0.8125rem; }
      .pipeline td.blank { display: none; }
    }
    @media print {
      :root { color-scheme: light; }
      * { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
      body { background: #ffffff; font-size: 11pt; }
      .page { max-width: none; padding: 0; }
      nav, details.chart-data { display: none; }
      .stats { gap: 8pt; }
      section { margin: 0 0 14pt; padding: 0; border: 0; border-radius: 0; }
      h2 { padding-bottom: 3pt; border-bottom: 1px solid var(--line); break-after: avoid; }
      h3, .lead { break-after: avoid; }
      tr, li.question, figure.chart, .stat { break-inside: avoid; }
      a { color: inherit; text-decoration: none; }
    }

    """
}
