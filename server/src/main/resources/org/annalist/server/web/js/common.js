// Shared helpers of the Annalist web UI. Everything that comes from articles is untrusted:
// it is only ever put into the page as text nodes or as attributes through the DOM, never as
// markup, and links to the outside are only made for http(s) addresses.

/** QuadClass names and colours (1 verbal cooperation ... 4 material conflict). */
export const QUAD = {
  1: { name: 'Verbal cooperation', short: 'verbal coop.', color: '#6aa84f' },
  2: { name: 'Material cooperation', short: 'material coop.', color: '#1f6f3a' },
  3: { name: 'Verbal conflict', short: 'verbal conflict', color: '#e69138' },
  4: { name: 'Material conflict', short: 'material conflict', color: '#b3261e' },
};

/**
 * Creates an element. `props` may hold: class (string), text (string, as a text node),
 * href (internal path or checked external address), title, and attrs (plain attributes);
 * `children` are nodes or strings (strings become text nodes).
 */
export function el(tag, props = {}, ...children) {
  const e = document.createElement(tag);
  for (const [k, v] of Object.entries(props)) {
    if (v === undefined || v === null || v === false) continue;
    if (k === 'class') e.className = v;
    else if (k === 'text') e.textContent = String(v);
    else if (k === 'href') {
      const safe = safeHref(v);
      if (safe) e.setAttribute('href', safe);
    } else if (k === 'attrs') {
      for (const [a, av] of Object.entries(v)) {
        if (av === undefined || av === null || av === false) continue;
        if (/^on/i.test(a) || a.toLowerCase() === 'style') continue;
        e.setAttribute(a, String(av));
      }
    } else if (k === 'dataset') {
      for (const [a, av] of Object.entries(v)) e.dataset[a] = String(av);
    } else e.setAttribute(k, String(v));
  }
  append(e, children);
  return e;
}

/** Appends nodes and strings (as text) to `parent`, skipping null and undefined. */
export function append(parent, children) {
  for (const c of children.flat(Infinity)) {
    if (c === null || c === undefined || c === false) continue;
    parent.append(c instanceof Node ? c : document.createTextNode(String(c)));
  }
  return parent;
}

/** Removes all children of `e` and appends `children`. */
export function replace(e, ...children) {
  e.replaceChildren();
  return append(e, children);
}

/**
 * A link target that is safe to put into href: same-site relative paths that this UI makes
 * (starting with "/" or a page name), or absolute http(s) addresses. Anything else is dropped.
 */
export function safeHref(url) {
  if (typeof url !== 'string' || url === '') return null;
  let u;
  try {
    u = new URL(url, window.location.href);
  } catch (e) {
    return null;
  }
  if (u.protocol !== 'http:' && u.protocol !== 'https:') return null;
  return u.href;
}

/** A link to an external address (the article's original), or a plain span if unsafe. */
export function externalLink(url, text) {
  const safe = safeHref(url);
  if (!safe || !/^https?:\/\//i.test(url.trim())) return el('span', { class: 'muted', text });
  return el('a', {
    href: safe,
    text,
    class: 'external',
    attrs: { rel: 'noopener noreferrer nofollow', target: '_blank' },
  });
}

export const articleHref = (id) => 'article.html?id=' + encodeURIComponent(id);
export const eventHref = (id) => 'event.html?id=' + encodeURIComponent(id);

/** An error from the API, carrying the problem document's detail. */
export class ApiError extends Error {
  constructor(status, problem) {
    super((problem && problem.detail) || 'HTTP ' + status);
    this.status = status;
    this.problem = problem || {};
  }
}

/** GETs (or sends) JSON from the API; throws ApiError with the problem's detail on failure. */
export async function api(path, options = {}) {
  let r;
  try {
    r = await fetch(path, {
      ...options,
      headers: { Accept: 'application/json', ...(options.headers || {}) },
    });
  } catch (e) {
    throw new ApiError(0, { detail: 'the server cannot be reached (' + e.message + ')' });
  }
  const type = r.headers.get('Content-Type') || '';
  let body = null;
  if (type.includes('json')) {
    try {
      body = await r.json();
    } catch (e) {
      body = null;
    }
  }
  if (!r.ok) throw new ApiError(r.status, body);
  return body;
}

const TOKEN_KEY = 'annalist-token';

/**
 * POSTs a JSON body. A server reached beyond loopback requires its token for changes: when it
 * answers 401, the token is asked for, kept for this browser tab and the request sent once more.
 */
export async function postJson(path, body) {
  const send = () => {
    const token = sessionStorage.getItem(TOKEN_KEY);
    return api(path, {
      method: 'POST',
      headers: {
        'Content-Type': 'application/json',
        ...(token ? { Authorization: 'Bearer ' + token } : {}),
      },
      body: JSON.stringify(body),
    });
  };
  try {
    return await send();
  } catch (e) {
    if (e.status !== 401) throw e;
    const token = window.prompt(
      'This server requires its token for changes: the one given with --token or printed when it' +
        ' started. Token:',
      '',
    );
    if (!token || !token.trim()) throw e;
    sessionStorage.setItem(TOKEN_KEY, token.trim());
    return send();
  }
}

/** Builds "path?a=b" from an object, leaving out empty values. */
export function withQuery(path, params) {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) {
    if (v !== undefined && v !== null && String(v).trim() !== '') q.set(k, String(v).trim());
  }
  const s = q.toString();
  return s ? path + '?' + s : path;
}

/** The current page's query parameters as a plain object. */
export function queryParams() {
  const o = {};
  for (const [k, v] of new URLSearchParams(window.location.search)) o[k] = v;
  return o;
}

/** Shows an error message in `box` (detail and the reasons of invalid parameters). */
export function showError(box, err) {
  const items = [];
  const errors = (err && err.problem && err.problem.errors) || [];
  for (const e of errors) {
    if (e && e.reason && !err.message.includes(e.reason)) items.push(el('li', { text: e.name + ': ' + e.reason }));
  }
  replace(box, el('strong', { text: 'Error: ' }), el('span', { class: 'error-detail', text: err.message }));
  if (items.length) box.append(el('ul', {}, items));
  box.hidden = false;
}

export function hideError(box) {
  box.replaceChildren();
  box.hidden = true;
}

/** A coloured badge with an event code, coloured by QuadClass. */
export function codeBadge(code, quad, title) {
  const b = el('span', { class: 'code-badge quad-' + (quad || 0), text: code || '?' });
  if (title) b.title = title;
  return b;
}

/** "Verbal cooperation" chip in the QuadClass colour. */
export function quadChip(quad) {
  const q = QUAD[quad];
  return el('span', { class: 'quad-chip quad-' + (quad || 0), text: q ? q.name : 'QuadClass ' + quad });
}

/** Formats a number with at most `digits` decimals. */
export function num(x, digits = 2) {
  if (x === null || x === undefined || Number.isNaN(Number(x))) return '–';
  return Number(x).toLocaleString('en', { maximumFractionDigits: digits });
}

/** A colour for a mean Goldstein value, red (-10) through grey (0) to green (+10). */
export function goldsteinColor(g) {
  const t = Math.max(-1, Math.min(1, (Number(g) || 0) / 10));
  const grey = [150, 150, 150];
  const end = t < 0 ? [200, 30, 30] : [30, 150, 60];
  const a = Math.min(1, Math.abs(t) * 2.5);
  const c = grey.map((v, i) => Math.round(v + (end[i] - v) * a));
  return 'rgb(' + c.join(',') + ')';
}

/** "Actor name (CODE)" or just one of them. */
export function actorLabel(name, code) {
  if (name && code) return name + ' (' + code + ')';
  return name || code || '—';
}

/** Names of the CAMEO root codes ("04" -> "CONSULT"), fetched once. */
let codesPromise = null;
export function rootCodes() {
  if (!codesPromise) {
    codesPromise = api('/api/codes')
      .then((r) => new Map((r.items || []).map((c) => [c.code, c.name])))
      .catch(() => new Map());
  }
  return codesPromise;
}

/** Fills a <select> with the root codes (keeping "any" as the first option). */
export async function fillCodeSelect(select, selected) {
  const codes = await rootCodes();
  for (const [code, name] of codes) {
    select.append(el('option', { value: code, text: code + ' ' + titleCase(name) }));
  }
  if (selected) {
    if (![...select.options].some((o) => o.value === selected)) {
      select.append(el('option', { value: selected, text: selected }));
    }
    select.value = selected;
  }
}

export function titleCase(s) {
  return String(s || '')
    .toLowerCase()
    .replace(/\b\w/g, (c) => c.toUpperCase());
}

/** Text of an element made of labelled parts: "Label: value" pairs in a <dl>. */
export function definitionList(pairs) {
  const dl = el('dl', { class: 'facts' });
  for (const [k, v] of pairs) {
    if (v === null || v === undefined || v === '') continue;
    dl.append(el('dt', { text: k }), el('dd', {}, v instanceof Node ? v : String(v)));
  }
  return dl;
}
