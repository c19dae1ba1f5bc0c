/*
 * ctxrec's web page: React 18 (UMD) with htm templates, no build step. Three views:
 * Shop (a user's recommendations, acting on them), Models (versions, metrics, loss curves, retrain)
 * and Architecture (the system diagram and the diagram generated from the running routes).
 * Everything it shows comes from the service's JSON API on the same origin.
 */
(function () {
  'use strict';

  const { useState, useEffect, useRef, useCallback } = React;
  const html = htm.bind(React.createElement);

  const REASONS = {
    'model': 'chosen by the model',
    'same-category': 'same category as products the user touched',
    'same-brand': 'same brand as products the user touched',
    'popular': 'popular in the shop'
  };
  const SOURCES = {
    cache: 'from the cache: a fresh list computed earlier by the active model version',
    model: 'computed now: the models scored the catalog in parallel and the best for this user won',
    fallback: 'fallback: no usable model for this user, so the rating/popularity heuristic and backfill answered'
  };

  // ---------------------------------------------------------------- API access

  class ApiError extends Error {
    constructor(message, status) {
      super(message);
      this.status = status;
    }
  }

  // In jwt mode (ctxrec.auth.mode) the visitor's token, kept for this tab only, goes with every API call.
  const TOKEN_KEY = 'ctxrec.userToken';
  let userToken = window.sessionStorage.getItem(TOKEN_KEY) || '';

  /** fetch + JSON; an unreachable service and an error reply both become an ApiError with a readable message. */
  async function api(path, options) {
    const opts = options || {};
    let response;
    try {
      response = await fetch(path, {
        method: opts.method || 'GET',
        headers: Object.assign({ Accept: 'application/json' },
          opts.body !== undefined ? { 'Content-Type': 'application/json' } : {},
          userToken ? { Authorization: 'Bearer ' + userToken } : {}, opts.headers || {}),
        body: opts.body !== undefined ? JSON.stringify(opts.body) : undefined
      });
    } catch (e) {
      throw new ApiError('The ctxrec API cannot be reached at ' + window.location.origin
        + '. Is the service running? (' + e.message + ')', 0);
    }
    const text = await response.text();
    let body = text;
    if ((response.headers.get('Content-Type') || '').includes('json') && text) {
      try { body = JSON.parse(text); } catch (e) { body = text; }
    }
    if (!response.ok) {
      const message = body && body.error && body.error.message ? body.error.message : ('HTTP ' + response.status);
      throw new ApiError(message + ' (' + response.status + ')', response.status);
    }
    return body;
  }

  // The registered model families ({name, colour}, in their order) come with GET /api/models; fetched once.
  let familiesRequest = null;

  function useFamilies() {
    const [families, setFamilies] = useState([]);
    useEffect(() => {
      let live = true;
      familiesRequest = familiesRequest || api('/api/models').then(r => r.families || [],
        () => { familiesRequest = null; return []; });
      familiesRequest.then(f => live && setFamilies(f));
      return () => { live = false; };
    }, []);
    return families;
  }

  /** A model's colour; grey for a model no registered family names. */
  function colourOf(families, model) {
    const family = (families || []).find(f => f.name === model);
    return family ? family.colour : '#555';
  }

  /** Runs an async loader, keeping {loading, error, data}; reload() runs it again. */
  function useLoader(loader, deps) {
    const [state, setState] = useState({ loading: true, error: null, data: null });
    const run = useCallback(() => {
      let live = true;
      setState(s => ({ loading: true, error: null, data: s.data }));
      loader().then(data => live && setState({ loading: false, error: null, data }),
        error => live && setState({ loading: false, error, data: null }));
      return () => { live = false; };
    }, deps); // eslint-disable-line react-hooks/exhaustive-deps
    useEffect(run, [run]);
    return [state, run];
  }

  // ---------------------------------------------------------------- small pieces

  const fmt = (v, digits) => (v === null || v === undefined || Number.isNaN(v)) ? '–'
    : Number(v).toFixed(digits === undefined ? 3 : digits);
  const money = v => v === null || v === undefined ? '–'
    : new Intl.NumberFormat('en', { style: 'currency', currency: 'EUR' }).format(Number(v));
  const when = iso => iso ? new Date(iso).toLocaleString() : '–';

  function Loading({ what }) {
    return html`<p class="notice loading" role="status" aria-live="polite">Loading ${what}…</p>`;
  }

  function ErrorBox({ error, retry }) {
    const unreachable = error && error.status === 0;
    return html`<div class="notice error" role="alert">
      <strong>${unreachable ? 'The service is unreachable.' : 'Something went wrong.'}</strong>
      <span> ${error ? error.message : ''}</span>
      ${retry ? html` <button type="button" onClick=${retry}>Try again</button>` : null}
    </div>`;
  }

  function Empty({ children }) {
    return html`<p class="notice empty" role="status">${children}</p>`;
  }

  // ---------------------------------------------------------------- Shop view

  function UserPicker({ userId, onPick }) {
    const [query, setQuery] = useState(userId || '');
    const [result, setResult] = useState({ loading: false, error: null, page: null });

    useEffect(() => {
      let live = true;
      const timer = setTimeout(() => {
        setResult(r => ({ loading: true, error: null, page: r.page }));
        api('/api/users?limit=12&prefix=' + encodeURIComponent(query.trim()))
          .then(page => live && setResult({ loading: false, error: null, page }),
            error => live && setResult({ loading: false, error, page: null }));
      }, 200);
      return () => { live = false; clearTimeout(timer); };
    }, [query]);

    const page = result.page;
    return html`<fieldset class="picker">
      <legend>User</legend>
      <label for="user-search">Search users by id</label>
      <input id="user-search" type="search" value=${query} placeholder="e.g. u00001" autocomplete="off"
        onChange=${e => setQuery(e.target.value)} aria-describedby="user-count" />
      ${result.error ? html`<${ErrorBox} error=${result.error} />` : null}
      <p id="user-count" class="hint" aria-live="polite">${result.loading && !page ? 'Searching…'
        : page ? (page.total === 0 ? 'No user id starts with "' + query.trim() + '".'
          : page.total + ' user' + (page.total === 1 ? '' : 's') + (page.total > page.items.length ? ', first ' + page.items.length + ' shown' : ''))
        : ''}</p>
      <ul class="user-list" aria-label="Matching users">
        ${(page ? page.items : []).map(u => html`<li key=${u.id}>
          <button type="button" class=${'user' + (u.id === userId ? ' selected' : '')} aria-pressed=${u.id === userId}
            data-user=${u.id} onClick=${() => onPick(u.id)}>
            <span class="user-id">${u.id}</span> <span class="user-name">${u.name || ''}</span>
          </button></li>`)}
      </ul>
    </fieldset>`;
  }

  function ContextForm({ context, onChange }) {
    return html`<fieldset class="context">
      <legend>Context</legend>
      <label for="device">Device type</label>
      <select id="device" value=${context.deviceType} onChange=${e => onChange({ deviceType: e.target.value })}>
        <option value="mobile">mobile</option>
        <option value="desktop">desktop</option>
        <option value="tablet">tablet</option>
      </select>
      <label for="at">Time (optional, your local time; empty = now)</label>
      <input id="at" type="datetime-local" value=${context.at} onChange=${e => onChange({ at: e.target.value })} />
      <label for="limit">How many</label>
      <input id="limit" type="number" min="1" max="100" value=${context.limit}
        onChange=${e => onChange({ limit: e.target.value })} />
    </fieldset>`;
  }

  function ProductCard({ item, rank, onAct, onRate, busy, scoreShare }) {
    const [imageFailed, setImageFailed] = useState(false);
    const [stars, setStars] = useState('5');
    const showImage = item.imageUrl && !imageFailed;
    const titleId = 'product-' + item.id;
    return html`<li class="card" data-product=${item.id} aria-labelledby=${titleId}>
      ${showImage
        ? html`<img class="picture" src=${item.imageUrl} alt="" loading="lazy" onError=${() => setImageFailed(true)} />`
        : html`<div class=${'picture placeholder cat-' + (item.category || 'none').replace(/[^a-z0-9]/gi, '')}
            aria-hidden="true">${(item.category || '?').slice(0, 1).toUpperCase()}</div>`}
      <div class="card-body">
        <p class="rank">#${rank}</p>
        <h3 id=${titleId}>${item.name}</h3>
        <p class="price">${money(item.price)}${item.discount > 0
          ? html` <span class="discount">−${Math.round(item.discount * 100)}%</span>` : null}</p>
        <p class="meta"><span>${item.category}</span> · <span>${item.brand}</span></p>
        <p class="meta score-line" title=${'score ' + fmt(item.score, 4) + ' (the winning model\'s; the bar is its place between the lowest and highest score of this list)'}>
          score <span class="score-bar" aria-label=${'score ' + fmt(item.score, 4)}><span class="score-fill"
            style=${{ width: Math.round(100 * scoreShare) + '%' }}></span></span>
          <span class="score">${fmt(item.score, 4)}</span></p>
        <p><span class=${'badge reason-' + item.reason} title=${REASONS[item.reason] || item.reason}>${item.reason}</span></p>
        <div class="actions" role="group" aria-label=${'Record an action on ' + item.name}>
          <button type="button" disabled=${busy} onClick=${() => onAct(item, 'view')}>View</button>
          <button type="button" disabled=${busy} onClick=${() => onAct(item, 'cart')}>Add to cart</button>
          <button type="button" class="primary" disabled=${busy} onClick=${() => onAct(item, 'purchase')}>Purchase</button>
        </div>
        <div class="rate">
          <label for=${'stars-' + item.id}>Rate</label>
          <select id=${'stars-' + item.id} value=${stars} onChange=${e => setStars(e.target.value)}>
            ${[5, 4, 3, 2, 1].map(n => html`<option key=${n} value=${n}>${'★'.repeat(n)} ${n}</option>`)}
          </select>
          <button type="button" disabled=${busy} onClick=${() => onRate(item, Number(stars))}>Send rating</button>
        </div>
      </div>
    </li>`;
  }

  function Provenance({ response }) {
    const metrics = response.metrics || {};
    const registered = useFamilies().map(f => f.name);
    const names = registered.filter(m => metrics[m]).concat(Object.keys(metrics).filter(m => !registered.includes(m)));
    const context = response.context || {};
    return html`<section class="provenance" aria-labelledby="provenance-title">
      <h2 id="provenance-title">Where this list comes from</h2>
      <p><span class=${'badge source-' + response.source} data-source=${response.source}>${response.source}</span>
        ${' '}${SOURCES[response.source] || ''}</p>
      <dl class="facts">
        <dt>Winning model</dt><dd data-model=${response.model || ''}>${response.model || '– (none)'}</dd>
        <dt>Model version</dt><dd>${response.modelVersion || '–'}</dd>
        <dt>Computed at</dt><dd>${when(response.generatedAt)}</dd>
        <dt>Cache</dt><dd data-cache-hit=${String(!!response.cacheHit)}>${response.cacheHit
          ? 'hit: stored for this context' : 'miss: computed for this request'}</dd>
        <dt>Computed for</dt><dd>${Object.keys(context).sort().map(k => html`<span class="chip" key=${k}>${k}: ${context[k]}</span>`)}</dd>
      </dl>
      ${names.length === 0
        ? html`<p class="hint">No per-model metrics: ${response.source === 'fallback'
          ? 'no model scored this request.' : 'this user has no purchases to judge the models by; the best offline MAP@10 decided.'}</p>`
        : html`<p class="hint">Each model's top 10 judged against this user's purchases: MAP@10 decides, then
          Precision@10; ★ marks the winner.</p>
          <table class="metrics">
          <caption>Models for this user</caption>
          <thead><tr><th scope="col">Model</th><th scope="col">MAP@10</th><th scope="col">Precision@10</th></tr></thead>
          <tbody>${names.map(m => html`<tr key=${m} class=${m === response.model ? 'winner' : ''}>
            <th scope="row">${m}${m === response.model ? ' ★' : ''}</th>
            <td>${fmt(metrics[m]['map@10'])}</td><td>${fmt(metrics[m]['precision@10'])}</td></tr>`)}
          </tbody></table>`}
    </section>`;
  }

  /** A score's place between the lowest and the highest of the list, 0.05 to 1 (a bar is never empty). */
  function share(items, item) {
    const scores = items.map(i => i.score).filter(v => typeof v === 'number');
    const lo = Math.min(...scores), hi = Math.max(...scores);
    return hi > lo ? 0.05 + 0.95 * (item.score - lo) / (hi - lo) : 1;
  }

  /** The device type of the browser the page runs in: mobile on a phone, tablet on a tablet, else desktop. */
  function browserDevice() {
    const ua = navigator.userAgent || '';
    if (/iPad|Tablet|PlayBook|Silk/i.test(ua) || (/Android/i.test(ua) && !/Mobile/i.test(ua))) { return 'tablet'; }
    if ((navigator.userAgentData && navigator.userAgentData.mobile) || /Mobi|iPhone|iPod|Android/i.test(ua)) { return 'mobile'; }
    return 'desktop';
  }

  function toQuery(userId, context) {
    const q = { userId, limit: Number(context.limit) || 10, deviceType: context.deviceType };
    if (context.at) {
      const d = new Date(context.at);
      if (!Number.isNaN(d.getTime())) { q.at = d.toISOString(); }
    }
    return q;
  }

  function ShopView({ userId, setUserId }) {
    const [context, setContext] = useState({ deviceType: browserDevice(), at: '', limit: 12 });
    const [state, setState] = useState({ loading: false, error: null, response: null });
    const [busy, setBusy] = useState(false);
    const [message, setMessage] = useState('');
    const request = useRef(0);

    const load = useCallback((how) => {
      if (!userId) { return; }
      const limit = Number(context.limit);
      if (!Number.isInteger(limit) || limit < 1 || limit > 100) {
        setState({ loading: false, error: new ApiError('How many must be a whole number from 1 to 100.', 400), response: null });
        return;
      }
      const q = toQuery(userId, context);
      const mine = ++request.current;
      setState(s => ({ loading: true, error: null, response: s.response }));
      const call = how === 'init'
        ? api('/api/recommendations/init', { method: 'POST', body: q })
        : api('/api/recommendations/list?' + new URLSearchParams(q).toString());
      call.then(response => mine === request.current && setState({ loading: false, error: null, response }),
        error => mine === request.current && setState({ loading: false, error, response: null }));
    }, [userId, context]);

    useEffect(() => { load('list'); }, [load]);

    const act = (item, action) => {
      setBusy(true);
      setMessage('');
      api('/api/interactions', { method: 'POST', body: { userId, productId: item.id, action, deviceType: context.deviceType } })
        .then(() => setMessage('Recorded: ' + userId + ' ' + (action === 'view' ? 'viewed' : action === 'cart'
          ? 'added to cart' : 'purchased') + ' ' + item.name + '. Refresh to recompute the list.'),
        error => setMessage('Could not record the ' + action + ': ' + error.message))
        .finally(() => setBusy(false));
    };

    const rate = (item, stars) => {
      setBusy(true);
      setMessage('');
      api('/api/ratings', { method: 'POST', body: { userId, productId: item.id, stars } })
        .then(() => setMessage('Recorded: ' + userId + ' rated ' + item.name + ' ' + stars + ' of 5.'),
          error => setMessage('Could not record the rating: ' + error.message))
        .finally(() => setBusy(false));
    };

    const response = state.response;
    return html`<div class="shop">
      <aside class="controls" aria-label="Choose a user and a context">
        <${UserPicker} userId=${userId} onPick=${id => { setMessage(''); setUserId(id); }} />
        <${ContextForm} context=${context} onChange=${change => setContext(c => Object.assign({}, c, change))} />
        <button type="button" class="primary" id="refresh" disabled=${!userId || state.loading}
          onClick=${() => { setMessage(''); load('init'); }}>Refresh (recompute with init)</button>
      </aside>
      <section class="results" aria-labelledby="results-title" aria-busy=${state.loading}>
        <h2 id="results-title">${userId ? 'Recommendations for ' + userId : 'Recommendations'}</h2>
        <p class="notice info" role="status" aria-live="polite" id="action-message">${message}</p>
        ${!userId ? html`<${Empty}>Pick a user on the left to see what ctxrec recommends to them.</${Empty}>` : null}
        ${state.loading ? html`<${Loading} what="recommendations" />` : null}
        ${state.error ? html`<${ErrorBox} error=${state.error} retry=${() => load('list')} />` : null}
        ${response ? html`<${Provenance} response=${response} />` : null}
        ${response && response.items.length === 0 ? html`<${Empty}>No products to recommend to this user.</${Empty}>` : null}
        ${response && response.items.length > 0 ? html`<ol class="cards" aria-label="Recommended products">
          ${response.items.map((item, i) => html`<${ProductCard} key=${item.id} item=${item} rank=${i + 1}
            scoreShare=${share(response.items, item)}
            onAct=${act} onRate=${rate} busy=${busy} />`)}</ol>` : null}
      </section>
    </div>`;
  }

  // ---------------------------------------------------------------- Models view

  const { CurveChart, MetricBars, HistoryChart, noBetterThanItemPop } = window.ctxrecCharts;

  function LossChart({ models, families }) {
    return html`<${CurveChart} models=${models} colourOf=${m => colourOf(families, m)} curveOf=${m => m.lossCurve}
      kind="loss" title="Training loss per epoch" yTitle="loss (binary cross-entropy)"
      caption="Training loss per epoch of the model that serves:" empty="No loss curve recorded for this version." />`;
  }

  // Early stopping's view: NDCG@10 on the validation split after each epoch; ringed the epoch chosen, dashed where it stopped.
  function ValidationChart({ models, families }) {
    return html`<${CurveChart} models=${models} colourOf=${m => colourOf(families, m)} curveOf=${m => m.validationCurve}
      markOf=${m => m.bestEpoch} stopped=${true} kind="validation" title="Validation NDCG@10 per epoch" yTitle="validation NDCG@10"
      caption="Validation NDCG@10 per epoch (each user's latest training positive). Ringed: the epoch chosen, for which the model was then trained on all the training data; dashed: where early stopping stopped:"
      empty="No validation curve recorded for this version (trained without early stopping)." />`;
  }

  const METRIC_COLUMNS = [
    ['hit_rate', 'HR@10'], ['precision', 'Precision@10'], ['map', 'MAP@10'], ['ndcg', 'NDCG@10'], ['mrr', 'MRR@10'],
    ['auc', 'AUC'], ['rmse', 'RMSE'], ['mae', 'MAE'], ['full_hit_rate', 'HR@10 (all items)'],
    ['full_ndcg', 'NDCG@10 (all items)'], ['epochs', 'Epochs', 0], ['seconds', 'Seconds', 1],
    ['samples_per_second', 'Samples/s', 0]];

  // The weight of item popularity blended into the model's score, chosen on the validation split: 0 is the
  // model alone; the largest step means popularity first, the model breaking ties.
  function blend(beta) {
    if (beta === null || beta === undefined) {
      return '–';
    }
    return beta >= 1000 ? 'popularity first' : String(beta);
  }

  // The ensemble's weight of each model it averages the ranks of, chosen on the validation split.
  function weights(byModel) {
    const entries = Object.entries(byModel || {});
    return entries.length === 0 ? '–' : entries.map(([model, w]) => model + ' ' + Math.round(w * 100) / 100).join(', ');
  }

  function MetricsTable({ models }) {
    if (models.length === 0) {
      return html`<${Empty}>No offline metrics: no version has been trained yet.</${Empty}>`;
    }
    return html`<div class="table-scroll"><table class="offline">
      <caption>Offline evaluation of the active version (leave-one-out, 99 sampled negatives unless marked "all items")</caption>
      <thead><tr><th scope="col">Model</th>${METRIC_COLUMNS.map(c => html`<th scope="col" key=${c[0]}>${c[1]}</th>`)}
        <th scope="col" title="Weight of item popularity blended into the model's score (0: none), chosen on the validation split">Popularity blend β</th>
        <th scope="col" title="The ensemble's weight of each model's ranks, chosen on the validation split">Ensemble weights</th></tr></thead>
      <tbody>${models.map(m => html`<tr key=${m.model} class=${noBetterThanItemPop(m, models) ? 'below-baseline' : ''}>
        <th scope="row">${m.model}${noBetterThanItemPop(m, models) ? html` <span class="badge flag-itempop"
          title="Its HR@10 and NDCG@10 are no higher than ItemPop's (ranking by popularity): it adds nothing over the baseline">no better than ItemPop</span>` : null}</th>
        ${METRIC_COLUMNS.map(c => html`<td key=${c[0]}>${fmt(m.metrics[c[0]], c[2])}</td>`)}
        <td class="blend">${blend(m.popularityBlend)}</td>
        <td class="weights">${weights(m.memberWeights)}</td></tr>`)}</tbody>
    </table></div>`;
  }

  /** What the configured quality gate does with a new version. */
  function gateText(margin) {
    return margin === null || margin === undefined
      ? 'No quality gate is configured (ctxrec.training.quality-gate-margin is empty): a run that finishes becomes the active version.'
      : 'Quality gate on (ctxrec.training.quality-gate-margin = ' + margin + '): a new version goes live only if its best MAP@10 is at most '
        + margin + ' below the active version\'s; otherwise it is kept but not activated.';
  }

  /** "BMF, epoch 3 of 30 (model 2 of 4)"; modelIndex is 0-based. */
  function progressText(p) {
    if (!p || !p.running) { return ''; }
    return p.model ? p.model + (p.epochs ? ', epoch ' + p.epoch + ' of ' + p.epochs : '') + ' (model ' + (p.modelIndex + 1)
      + ' of ' + p.models + ')' : 'preparing the data';
  }

  function Retrain({ onDone, onProgress, gate }) {
    const [token, setToken] = useState('');
    const [run, setRun] = useState(null);
    const [error, setError] = useState(null);
    const timer = useRef(null);

    useEffect(() => () => clearTimeout(timer.current), []);

    const poll = (id) => {
      api('/api/admin/retrain/' + encodeURIComponent(id), { headers: { Authorization: 'Bearer ' + token } })
        .then(r => {
          setRun(r);
          if (onProgress) { onProgress(); }
          if (r.state === 'QUEUED' || r.state === 'RUNNING') {
            timer.current = setTimeout(() => poll(id), 1000);
          } else {
            onDone();
          }
        }, e => setError(e));
    };

    const start = (e) => {
      e.preventDefault();
      setError(null);
      if (!token.trim()) {
        setError(new ApiError('Enter the admin token (ctxrec.admin.token) first.', 400));
        return;
      }
      api('/api/admin/retrain', { method: 'POST', headers: { Authorization: 'Bearer ' + token.trim() } })
        .then(r => { setRun(r); poll(r.id); }, err => setError(err));
    };

    const open = run && (run.state === 'QUEUED' || run.state === 'RUNNING');
    const p = run && run.progress;
    const percent = p ? Math.round(p.percent) : (run && run.state === 'FINISHED' ? 100 : 0);
    return html`<section aria-labelledby="retrain-title" class="retrain">
      <h2 id="retrain-title">Retrain</h2>
      <form onSubmit=${start}>
        <label for="token">Admin token</label>
        <input id="token" type="password" autocomplete="off" value=${token} onChange=${e => setToken(e.target.value)} />
        <button type="submit" id="retrain" class="primary" disabled=${open}>Retrain now</button>
      </form>
      <p class="hint quality-gate">Training runs in the background; the service keeps answering with the current version
        meanwhile. ${gateText(gate)}</p>
      ${error ? html`<${ErrorBox} error=${error} />` : null}
      ${run ? html`<div class="progress-box" role="status" aria-live="polite">
        <p>Run <code>${run.id}</code>: <strong data-state=${run.state}>${run.state}</strong>
          <span class="progress-text">${p && p.running ? ' — ' + progressText(p) : ''}</span></p>
        <progress max="100" value=${percent} aria-label="Training progress">${percent}%</progress>
        ${run.result ? html`<p class="result">${run.result}</p>` : null}
      </div>` : null}
    </section>`;
  }

  const RUN_STATUS = { TRAINING: 'training', READY: 'trained, not activated', ACTIVE: 'serving', RETIRED: 'retired',
    REJECTED: 'rejected by the quality gate', FAILED: 'failed' };

  function ModelsView() {
    const [state, reload] = useLoader(() => api('/api/models'), []);
    const report = state.data;
    const running = !!(report && report.training && report.training.running);
    useEffect(() => { // while a training runs, the runs table and its progress follow it
      if (!running) { return undefined; }
      const every = setInterval(reload, 2000);
      return () => clearInterval(every);
    }, [running, reload]);
    return html`<div class="models" aria-busy=${state.loading}>
      ${state.loading && !report ? html`<${Loading} what="the models" />` : null}
      ${state.error ? html`<${ErrorBox} error=${state.error} retry=${reload} />` : null}
      ${report ? html`<section aria-labelledby="active-title">
        <h2 id="active-title">Active version</h2>
        <p class="version" data-version=${report.activeVersion || ''}>${report.activeVersion
          ? html`<code>${report.activeVersion}</code>` : 'None yet: recommendations come from the fallback until a training finishes.'}</p>
        ${running ? html`<p class="notice info training-running">A training is running: ${progressText(report.training)},
          ${Math.round(report.training.percent)}%.</p>` : null}
        <${MetricsTable} models=${report.models} />
        <h2>HR@10 and NDCG@10 against ItemPop</h2>
        <${MetricBars} models=${report.models} colourOf=${m => colourOf(report.families, m)} />
        <h2>Versions over time</h2>
        <${HistoryChart} history=${report.history} colourOf=${m => colourOf(report.families, m)} />
        <h2>Training loss</h2>
        <${LossChart} models=${report.models} families=${report.families} />
        <h2>Early stopping</h2>
        <${ValidationChart} models=${report.models} families=${report.families} />
        <h2>Last training runs</h2>
        ${report.runs.length === 0 ? html`<${Empty}>No training has run yet.</${Empty}>` : html`<table class="runs">
          <thead><tr><th scope="col">Version</th><th scope="col">Status</th><th scope="col">Created</th>
            <th scope="col">Activated</th><th scope="col">Note</th></tr></thead>
          <tbody>${report.runs.map(r => html`<tr key=${r.version}><td><code>${r.version}</code></td>
            <td><span class=${'badge status-' + r.status} data-status=${r.status}>${RUN_STATUS[r.status] || r.status.toLowerCase()}</span></td><td>${when(r.createdAt)}</td>
            <td>${when(r.activatedAt)}</td><td>${r.note || ''}</td></tr>`)}</tbody></table>`}
      </section>` : null}
      <${Retrain} onDone=${reload} onProgress=${reload} gate=${report ? report.qualityGateMargin : null} />
    </div>`;
  }

  // ---------------------------------------------------------------- Architecture view

  let diagramCount = 0;

  function Diagram({ title, source, description }) {
    const [state, reload] = useLoader(() => api(source).then(async text => {
      const id = 'mermaid-' + (++diagramCount);
      const rendered = await mermaid.render(id, text);
      return rendered.svg;
    }), [source]);
    return html`<figure class="diagram" aria-busy=${state.loading}>
      <figcaption><strong>${title}</strong> — ${description}</figcaption>
      ${state.loading ? html`<${Loading} what=${title} />` : null}
      ${state.error ? html`<${ErrorBox} error=${state.error} retry=${reload} />` : null}
      ${state.data ? html`<${window.ctxrecDiagrams.PanZoom} svg=${state.data} title=${title} />` : null}
    </figure>`;
  }

  function ArchitectureView() {
    return html`<div class="architecture">
      <${Diagram} title="The whole system" source="/diagrams/ctxrec-system.mmd"
        description="training (offline, periodic) and inference (online, per request); source: src/diagrams/ctxrec-system.mmd" />
      <${Diagram} title="The running routes" source="/api/diagram/routes"
        description="generated now from the Camel routes of this running service (GET /api/diagram/routes)" />
    </div>`;
  }

  // ---------------------------------------------------------------- the page

  const VIEWS = [['shop', 'Shop'], ['models', 'Models'], ['architecture', 'Architecture']];

  function currentView() {
    const name = window.location.hash.replace(/^#\/?/, '').split('?')[0];
    return VIEWS.some(v => v[0] === name) ? name : 'shop';
  }

  /** The picked user travels in the address (#/shop?user=u00007), so a view can be bookmarked and shared. */
  function userInAddress() {
    const query = window.location.hash.split('?')[1] || '';
    return new URLSearchParams(query).get('user') || '';
  }

  /** The user a JWT names (its sub), read without checking it: the service checks it. */
  function subjectOf(token) {
    try {
      const payload = token.split('.')[1].replace(/-/g, '+').replace(/_/g, '/');
      return JSON.parse(window.atob(payload)).sub || '';
    } catch (e) {
      return '';
    }
  }

  /** Says who may act for whom; in jwt mode takes the visitor's token (a user's JWT, an admin's, or the admin token). */
  function AuthBanner({ mode, onToken }) {
    const [draft, setDraft] = useState(userToken);
    if (mode === 'open') {
      return html`<p class="notice auth open" id="auth-banner" data-mode="open" role="note">
        <strong>Open mode (demo):</strong> anyone may act for any user and list every user.
        Set <code>ctxrec.auth.mode=jwt</code> to require signed user tokens.</p>`;
    }
    if (mode !== 'jwt') {
      return null;
    }
    const save = (e) => {
      e.preventDefault();
      userToken = draft.trim();
      if (userToken) {
        window.sessionStorage.setItem(TOKEN_KEY, userToken);
      } else {
        window.sessionStorage.removeItem(TOKEN_KEY);
      }
      onToken(subjectOf(userToken));
    };
    const who = subjectOf(userToken);
    return html`<form class="notice auth jwt" id="auth-banner" data-mode="jwt" onSubmit=${save}>
      <p><strong>JWT mode:</strong> recommendations, interactions and ratings need a signed token
        whose <code>sub</code> is the user; a user acts only for themselves, listing users is the admin's.
        ${userToken ? (who ? ' Acting as ' + who + '.' : ' Using the token given.') : ' No token given yet.'}</p>
      <label for="user-token">Token (JWT or admin token, kept for this tab only)</label>
      <input id="user-token" type="password" autocomplete="off" value=${draft} onChange=${e => setDraft(e.target.value)} />
      <button type="submit" id="use-token">${!draft.trim() && userToken ? 'Forget the token' : 'Use this token'}</button>
    </form>`;
  }

  function App() {
    const [view, setView] = useState(currentView());
    const [userId, setUserId] = useState(userInAddress());
    const pickUser = id => {
      setUserId(id);
      window.history.replaceState(null, '', '#/shop?user=' + encodeURIComponent(id));
    };
    const [status, reloadStatus] = useLoader(() => api('/api/status'), []);
    const [tokenChanges, setTokenChanges] = useState(0);
    const tokenChanged = sub => {
      setTokenChanges(n => n + 1); // the views load again with the new token
      if (sub) { pickUser(sub); }
    };

    useEffect(() => {
      const every = setInterval(reloadStatus, 15000); // the header follows the service's reachability
      return () => clearInterval(every);
    }, [reloadStatus]);

    useEffect(() => {
      const onHash = () => {
        setView(currentView());
        if (userInAddress()) { setUserId(userInAddress()); }
      };
      window.addEventListener('hashchange', onHash);
      return () => window.removeEventListener('hashchange', onHash);
    }, []);

    const s = status.data;
    return html`<div class="app">
      <header>
        <h1>ctxrec</h1>
        <p class="tagline">contextual product recommendations</p>
        <nav aria-label="Views"><ul>
          ${VIEWS.map(v => html`<li key=${v[0]}><a href=${'#/' + v[0] + (v[0] === 'shop' && userId ? '?user=' + encodeURIComponent(userId) : '')} id=${'nav-' + v[0]}
            aria-current=${view === v[0] ? 'page' : undefined}>${v[1]}</a></li>`)}
        </ul></nav>
        <p class="status" role="status">${status.error ? 'service unreachable'
          : s ? s.status + ' · ' + s.users + ' users · ' + s.products + ' products · ' + s.interactions + ' interactions' : '…'}</p>
      </header>
      ${status.error ? html`<${ErrorBox} error=${status.error} retry=${reloadStatus} />` : null}
      ${s ? html`<${AuthBanner} mode=${s.auth} onToken=${tokenChanged} />` : null}
      <main id="main" tabIndex="-1" key=${tokenChanges}>
        ${view === 'shop' ? html`<${ShopView} userId=${userId} setUserId=${pickUser} />` : null}
        ${view === 'models' ? html`<${ModelsView} />` : null}
        ${view === 'architecture' ? html`<${ArchitectureView} />` : null}
      </main>
    </div>`;
  }

  mermaid.initialize({ startOnLoad: false, securityLevel: 'strict', theme: 'default', flowchart: { htmlLabels: true } });
  ReactDOM.createRoot(document.getElementById('root')).render(html`<${App} />`);
}());
