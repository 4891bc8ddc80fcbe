// Search page: full-text search over articles with event filters, facets and pages.
import {
  api,
  append,
  articleHref,
  el,
  externalLink,
  fillCodeSelect,
  hideError,
  queryParams,
  replace,
  rootCodes,
  showError,
  titleCase,
  withQuery,
} from './common.js';

const FILTERS = ['q', 'from', 'to', 'actor', 'country', 'code'];
const LABELS = { q: 'words', from: 'from', to: 'to', actor: 'actor', country: 'country', code: 'event type' };
const SIZE = 20;

const params = queryParams();
const errorBox = document.getElementById('error');

/** Goes to the search with these parameters (kept in the address, so back and links work). */
function go(p) {
  const clean = {};
  for (const k of FILTERS) if (p[k]) clean[k] = p[k];
  if (p.page && Number(p.page) > 1) clean.page = p.page;
  window.location.assign(withQuery('/', clean));
}

function readForm() {
  const p = {};
  for (const k of FILTERS) p[k] = document.getElementById(k).value.trim();
  return p;
}

async function init() {
  for (const k of FILTERS) {
    if (k !== 'code' && params[k]) document.getElementById(k).value = params[k];
  }
  document.getElementById('search-form').addEventListener('submit', (e) => {
    e.preventDefault();
    go(readForm());
  });
  fillCodeSelect(document.getElementById('code'), params.code).catch(() => {});
  showActiveFilters();
  await Promise.all([loadResults(), loadFacets()]);
  document.body.dataset.loaded = 'true';
}

function showActiveFilters() {
  const box = document.getElementById('active-filters');
  const chips = [];
  for (const k of FILTERS) {
    if (!params[k]) continue;
    const without = { ...params, page: '' };
    delete without[k];
    chips.push(
      el(
        'span',
        { class: 'chip', dataset: { param: k } },
        el('span', { class: 'chip-label', text: LABELS[k] + ': ' }),
        el('strong', { text: params[k] }),
        el('a', {
          class: 'chip-remove',
          href: withQuery('/', without),
          title: 'Remove this filter',
          attrs: { 'aria-label': 'Remove filter ' + LABELS[k] },
          text: '×',
        }),
      ),
    );
  }
  replace(box, chips);
}

async function loadResults() {
  const page = Math.max(1, parseInt(params.page || '1', 10) || 1);
  const list = document.getElementById('results');
  const summary = document.getElementById('results-summary');
  summary.textContent = 'Searching…';
  let r;
  try {
    r = await api(withQuery('/api/articles', { ...pick(params, FILTERS), page, size: SIZE }));
    hideError(errorBox);
  } catch (e) {
    summary.textContent = '';
    showError(errorBox, e);
    return;
  }
  const what = params.q ? 'matching “' + params.q + '”' : 'newest first';
  summary.textContent =
    r.total === 0
      ? 'No articles found.'
      : r.total + (r.total === 1 ? ' article ' : ' articles ') + what + '.';
  replace(list, r.items.map(resultItem));
  list.start = (page - 1) * SIZE + 1;
  pager(document.getElementById('pager'), page, Math.ceil(r.total / SIZE));
}

function resultItem(a) {
  const li = el('li', { class: 'result', dataset: { id: a.id } });
  li.append(el('a', { class: 'result-title', href: articleHref(a.id), text: a.title || '(untitled)' }));
  li.append(
    el(
      'div',
      { class: 'meta' },
      el('span', { class: 'date', text: a.date || 'undated' }),
      ' · ',
      el('span', { class: 'source', text: a.source || 'unknown source' }),
      ' · ',
      el('span', { class: 'events', text: a.events + (a.events === 1 ? ' event' : ' events') }),
      a.url ? [' · ', externalLink(a.url, 'original')] : null,
    ),
  );
  if (a.snippet && a.snippet.text) li.append(snippet(a.snippet));
  return li;
}

/** The snippet with its marked words as <mark> elements (text nodes only). */
function snippet(s) {
  const p = el('p', { class: 'snippet' });
  const text = s.text;
  const marks = (s.marks || [])
    .filter((m) => m.start >= 0 && m.end <= text.length && m.start < m.end)
    .sort((a, b) => a.start - b.start);
  let at = 0;
  for (const m of marks) {
    if (m.start < at) continue;
    p.append(text.slice(at, m.start), el('mark', { text: text.slice(m.start, m.end) }));
    at = m.end;
  }
  p.append(text.slice(at));
  return p;
}

function pager(nav, page, pages) {
  nav.replaceChildren();
  if (pages <= 1) return;
  const link = (n, label, cls) =>
    el('a', { class: 'button-link ' + (cls || ''), href: withQuery('/', { ...pick(params, FILTERS), page: n }), text: label });
  if (page > 1) nav.append(link(page - 1, '← Previous', 'prev'));
  nav.append(el('span', { class: 'page-no', text: 'Page ' + page + ' of ' + pages }));
  if (page < pages) nav.append(link(page + 1, 'Next →', 'next'));
}

async function loadFacets() {
  const box = document.getElementById('facets');
  let f;
  try {
    f = await api(withQuery('/api/facets', { ...pick(params, FILTERS), top: 10 }));
  } catch (e) {
    replace(box, el('p', { class: 'muted', text: 'No facets for these filters.' }));
    return;
  }
  const names = await rootCodes();
  box.replaceChildren(
    el('h2', { text: 'Refine' }),
    el('p', {
      class: 'muted small facet-total',
      dataset: { events: f.events },
      text:
        f.events +
        ' events' +
        (params.q ? ' in the matching articles' : '') +
        (f.from ? ', ' + f.from + ' to ' + f.to : ''),
    }),
  );
  append(box, [
    facetGroup(
      'Event types',
      'code',
      (f.roots || []).map((r) => ({
        value: r.code,
        label: r.code + ' ' + titleCase(r.name || names.get(r.code) || ''),
        count: r.events,
      })),
    ),
    facetGroup(
      'Actors',
      'actor',
      (f.actors || []).map((a) => ({
        value: a.code,
        label: (a.name ? a.name + ' ' : '') + '(' + a.code + ')',
        count: a.events,
      })),
    ),
    facetGroup(
      'Countries',
      'country',
      (f.countries || []).map((c) => ({ value: c.country, label: c.country, count: c.events })),
    ),
  ]);
}

function facetGroup(title, param, values) {
  const sec = el('section', { class: 'facet-group', dataset: { param } }, el('h3', { text: title }));
  if (!values.length) {
    sec.append(el('p', { class: 'muted small', text: 'none' }));
    return sec;
  }
  const ul = el('ul', { class: 'facet-values' });
  for (const v of values) {
    const active = params[param] === v.value;
    const b = el(
      'button',
      {
        type: 'button',
        class: 'facet-value' + (active ? ' active' : ''),
        dataset: { param, value: v.value },
        attrs: { 'aria-pressed': active ? 'true' : 'false' },
      },
      el('span', { class: 'facet-label', text: v.label }),
      el('span', { class: 'facet-count', text: String(v.count) }),
    );
    b.addEventListener('click', () => {
      const p = { ...params, page: '' };
      if (active) delete p[param];
      else p[param] = v.value;
      go(p);
    });
    ul.append(el('li', {}, b));
  }
  sec.append(ul);
  return sec;
}

function pick(o, keys) {
  const r = {};
  for (const k of keys) if (o[k]) r[k] = o[k];
  return r;
}

init();
