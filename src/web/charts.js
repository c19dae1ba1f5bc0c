/*
 * The Models view's charts, plain SVG drawn by React (htm templates): curves per epoch, HR@10/NDCG@10 per
 * model with error bars and ItemPop's level, and HR@10 per version over time. Exposed as window.ctxrecCharts.
 */
(function () {
  'use strict';

  const html = htm.bind(React.createElement);
  const fmt = (v, digits) => (v === null || v === undefined || Number.isNaN(v)) ? '–'
    : Number(v).toFixed(digits === undefined ? 3 : digits);

  /** Round tick values covering [lo, hi]: steps of 1, 2 or 5 times a power of ten. */
  function niceTicks(lo, hi, count) {
    if (!(hi > lo)) { hi = lo + 1; }
    const raw = (hi - lo) / Math.max(1, (count || 5) - 1);
    const power = Math.pow(10, Math.floor(Math.log10(raw)));
    const step = [1, 2, 2.5, 5, 10].map(m => m * power).find(s => s >= raw) || 10 * power;
    const first = Math.floor(lo / step) * step;
    const ticks = [];
    for (let t = first; t <= hi + step * 1e-9; t += step) { ticks.push(Number(t.toPrecision(12))); }
    if (ticks[ticks.length - 1] < hi) { ticks.push(Number((ticks[ticks.length - 1] + step).toPrecision(12))); }
    return ticks;
  }

  const decimalsOf = ticks => Math.min(4, Math.max(0, ...ticks.map(t => (String(t).split('.')[1] || '').length)));

  /** The frame of a chart: y grid with round ticks, axis titles; plot(x, y) draws inside. */
  function Frame({ width, height, yTicks, xLabels, xTitle, yTitle, label, children }) {
    const pad = { left: 64, right: 16, top: 14, bottom: 48 };
    const lo = yTicks[0], hi = yTicks[yTicks.length - 1];
    const y = v => pad.top + (1 - (v - lo) / (hi - lo)) * (height - pad.top - pad.bottom);
    const n = xLabels.length;
    const x = i => pad.left + (n <= 1 ? 0.5 : i / (n - 1)) * (width - pad.left - pad.right);
    const digits = decimalsOf(yTicks);
    const every = Math.ceil(n / 12);
    return html`<svg viewBox=${'0 0 ' + width + ' ' + height} role="img" aria-label=${label}>
      ${yTicks.map(t => html`<g key=${'y' + t}>
        <line x1=${pad.left} x2=${width - pad.right} y1=${y(t)} y2=${y(t)} class="grid" />
        <text x=${pad.left - 6} y=${y(t) + 4} text-anchor="end" class="axis tick">${t.toFixed(digits)}</text></g>`)}
      ${xLabels.map((l, i) => i % every === 0 ? html`<text key=${'x' + i} x=${x(i)} y=${height - pad.bottom + 16}
        text-anchor="middle" class="axis tick">${l}</text>` : null)}
      <text x=${(width + pad.left) / 2} y=${height - 8} text-anchor="middle" class="axis-title">${xTitle}</text>
      <text transform=${'translate(14,' + (pad.top + (height - pad.top - pad.bottom) / 2) + ') rotate(-90)'}
        text-anchor="middle" class="axis-title">${yTitle}</text>
      ${children({ x, y, pad })}
    </svg>`;
  }

  // One line per model over epochs; markOf(m) names the 1-based epoch to ring; stopped marks where training stopped.
  function CurveChart({ models, colourOf, curveOf, markOf, kind, title, yTitle, caption, empty, stopped }) {
    const curves = models.filter(m => curveOf(m) && curveOf(m).length > 0);
    if (curves.length === 0) {
      return html`<p class="notice empty" role="status">${empty}</p>`;
    }
    const epochs = Math.max(...curves.map(m => curveOf(m).length));
    const all = curves.flatMap(curveOf);
    const ticks = niceTicks(Math.min(...all), Math.max(...all), 5);
    const mark = m => (markOf ? markOf(m) : 0) || 0;
    const summary = curves.map(m => m.model + ' ' + fmt(curveOf(m)[0]) + ' → ' + fmt(curveOf(m)[curveOf(m).length - 1])
      + (mark(m) ? ', chosen epoch ' + mark(m) + ', stopped after ' + curveOf(m).length : '')).join('; ');
    return html`<figure class=${'chart ' + kind}>
      <${Frame} width=${640} height=${280} yTicks=${ticks} xLabels=${Array.from({ length: epochs }, (_, i) => String(i + 1))}
        xTitle="epoch" yTitle=${yTitle} label=${title + ': ' + summary}>${({ x, y, pad }) => html`
        ${curves.map(m => html`<g key=${m.model} data-model=${m.model}>
          <polyline fill="none" stroke=${colourOf(m.model)} stroke-width="2.5"
            points=${curveOf(m).map((v, i) => x(i) + ',' + y(v)).join(' ')} />
          ${curveOf(m).map((v, i) => html`<circle key=${i} cx=${x(i)} cy=${y(v)} r="3" fill=${colourOf(m.model)}>
            <title>${m.model}, epoch ${i + 1}: ${fmt(v, 4)}</title></circle>`)}
          ${mark(m) > 0 && mark(m) <= curveOf(m).length ? html`<circle class="chosen" cx=${x(mark(m) - 1)}
            cy=${y(curveOf(m)[mark(m) - 1])} r="7" fill="none" stroke=${colourOf(m.model)} stroke-width="2">
            <title>${m.model}: epoch ${mark(m)} chosen</title></circle>` : null}
          ${stopped && mark(m) > 0 ? html`<line class="stopped" x1=${x(curveOf(m).length - 1)} x2=${x(curveOf(m).length - 1)}
            y1=${pad.top} y2=${y(ticks[0])} stroke=${colourOf(m.model)} stroke-dasharray="4 3">
            <title>${m.model}: stopped after epoch ${curveOf(m).length}</title></line>` : null}</g>`)}`}
      </${Frame}>
      <figcaption>${caption}
        ${curves.map(m => html`<span key=${m.model} class="legend"><span class="swatch"
          style=${{ background: colourOf(m.model) }}></span>${m.model}${mark(m) ? ' (chosen epoch ' + mark(m)
          + (stopped ? ', stopped after ' + curveOf(m).length : '') + ')' : ''}</span>`)}</figcaption>
    </figure>`;
  }

  const BASELINE = 'ItemPop';

  /** HR@10 and NDCG@10 of each model, ± their standard errors, against ItemPop's level (dashed lines). */
  function MetricBars({ models, colourOf }) {
    const measured = models.filter(m => m.metrics && m.metrics.hit_rate !== undefined);
    const base = measured.find(m => m.model === BASELINE);
    const shown = measured.filter(m => m.model !== BASELINE);
    if (shown.length === 0) {
      return html`<p class="notice empty" role="status">No model's HR@10 recorded for this version.</p>`;
    }
    const metrics = [['hit_rate', 'HR@10'], ['ndcg', 'NDCG@10']];
    const tops = shown.flatMap(m => metrics.map(([k]) => (m.metrics[k] || 0) + (m.metrics[k + '_se'] || 0)))
      .concat(base ? metrics.map(([k]) => base.metrics[k] || 0) : []);
    const ticks = niceTicks(0, Math.max(...tops, 0.01), 5);
    const width = 640, height = 280;
    return html`<figure class="chart metric-bars">
      <${Frame} width=${width} height=${height} yTicks=${ticks} xLabels=${[]} xTitle="model"
        yTitle="HR@10 / NDCG@10" label=${'HR@10 and NDCG@10 per model: ' + shown.map(m => m.model + ' '
          + fmt(m.metrics.hit_rate) + ' / ' + fmt(m.metrics.ndcg)).join('; ') + (base ? '; ItemPop ' + fmt(base.metrics.hit_rate)
          + ' / ' + fmt(base.metrics.ndcg) : '')}>${({ y, pad }) => {
        const slot = (width - pad.left - pad.right) / shown.length;
        const bar = Math.min(34, slot / 3);
        return html`
        ${shown.map((m, i) => html`<g key=${m.model} data-model=${m.model}>
          ${metrics.map(([k, name], j) => {
            const v = m.metrics[k] || 0, se = m.metrics[k + '_se'] || 0;
            const cx = pad.left + slot * i + slot / 2 + (j === 0 ? -bar / 2 - 2 : bar / 2 + 2);
            return html`<g key=${k}>
              <rect class=${'bar ' + k} x=${cx - bar / 2} y=${y(v)} width=${bar} height=${y(ticks[0]) - y(v)}
                fill=${colourOf(m.model)} fill-opacity=${j === 0 ? 1 : 0.55}><title>${m.model} ${name}: ${fmt(v)} ± ${fmt(se)}</title></rect>
              ${se > 0 ? html`<g class="errorbar"><line x1=${cx} x2=${cx} y1=${y(v + se)} y2=${y(Math.max(0, v - se))} />
                <line x1=${cx - 5} x2=${cx + 5} y1=${y(v + se)} y2=${y(v + se)} />
                <line x1=${cx - 5} x2=${cx + 5} y1=${y(Math.max(0, v - se))} y2=${y(Math.max(0, v - se))} /></g>` : null}</g>`;
          })}
          <text x=${pad.left + slot * i + slot / 2} y=${height - 30} text-anchor="middle" class="axis tick">${m.model}</text>
        </g>`)}
        ${base ? metrics.map(([k, name], j) => html`<g key=${'ref' + k} class=${'reference ' + k}>
          <line x1=${pad.left} x2=${width - pad.right} y1=${y(base.metrics[k] || 0)} y2=${y(base.metrics[k] || 0)}
            stroke-dasharray=${j === 0 ? '6 4' : '2 3'} />
          <text x=${width - pad.right - 2} y=${y(base.metrics[k] || 0) - 4} text-anchor="end" class="axis">ItemPop ${name} ${fmt(base.metrics[k])}</text></g>`) : null}`;
      }}</${Frame}>
      <figcaption>HR@10 (solid) and NDCG@10 (light) of each model against 99 sampled negatives, ± one standard error;
        dashed: ItemPop, the popularity baseline, which a useful model beats.</figcaption>
    </figure>`;
  }

  /** HR@10 of each model in each recent version, oldest first. */
  function HistoryChart({ history, colourOf }) {
    if (!history || history.length === 0) {
      return html`<p class="notice empty" role="status">No version with results yet.</p>`;
    }
    const models = [...new Set(history.flatMap(v => Object.keys(v.hitRate)))];
    const all = history.flatMap(v => Object.values(v.hitRate));
    const ticks = niceTicks(Math.min(0, ...all), Math.max(...all, 0.01), 5);
    const labels = history.map(v => new Date(v.createdAt).toLocaleString([], { month: 'short', day: 'numeric', hour: '2-digit', minute: '2-digit' }));
    return html`<figure class="chart history">
      <${Frame} width=${640} height=${280} yTicks=${ticks} xLabels=${labels} xTitle="version (created)" yTitle="HR@10"
        label=${'HR@10 per version: ' + history.map(v => v.version + ' ' + Object.entries(v.hitRate)
          .map(([m, h]) => m + ' ' + fmt(h)).join(', ')).join('; ')}>${({ x, y }) => html`
        ${models.map(m => {
          const points = history.map((v, i) => v.hitRate[m] === undefined ? null : [x(i), y(v.hitRate[m]), v]).filter(Boolean);
          return html`<g key=${m} data-model=${m}>
            <polyline fill="none" stroke=${colourOf(m)} stroke-width="2" stroke-dasharray=${m === BASELINE ? '6 4' : null}
              points=${points.map(p => p[0] + ',' + p[1]).join(' ')} />
            ${points.map(p => html`<circle key=${p[2].version} cx=${p[0]} cy=${p[1]} r="3.5" fill=${colourOf(m)}>
              <title>${m} in ${p[2].version} (${p[2].status}): HR@10 ${fmt(p[2].hitRate[m])}</title></circle>`)}</g>`;
        })}`}
      </${Frame}>
      <figcaption>HR@10 of each model in the last versions, oldest first:
        ${models.map(m => html`<span key=${m} class="legend"><span class="swatch" style=${{ background: colourOf(m) }}></span>${m}</span>`)}</figcaption>
    </figure>`;
  }

  /** True when the model's HR@10 and NDCG@10 are both no higher than ItemPop's in the same version. */
  function noBetterThanItemPop(model, models) {
    const base = models.find(m => m.model === BASELINE);
    if (!base || model.model === BASELINE || !model.metrics || model.metrics.hit_rate === undefined) {
      return false;
    }
    return model.metrics.hit_rate <= base.metrics.hit_rate && (model.metrics.ndcg || 0) <= (base.metrics.ndcg || 0);
  }

  window.ctxrecCharts = { niceTicks, CurveChart, MetricBars, HistoryChart, noBetterThanItemPop };
}());
