// Explore page: timeline (d3, with a brush that chooses the dates), actor network (cytoscape),
// map of event places (leaflet, no tiles, clustered on a pixel grid) and the matching events.
// The filters are kept in the address and shared by all views.
/* global d3, L, cytoscape */
import {
  QUAD,
  actorLabel,
  api,
  codeBadge,
  el,
  eventHref,
  fillCodeSelect,
  goldsteinColor,
  hideError,
  num,
  queryParams,
  replace,
  showError,
  withQuery,
} from './common.js';

const KEYS = ['actor', 'country', 'code', 'from', 'to', 'interval', 'page'];
const EVENT_FILTERS = ['actor', 'country', 'code', 'from', 'to'];
const PAGE_SIZE = 25;
const errorBox = document.getElementById('error');

let state = readState();

function readState() {
  const p = queryParams();
  const s = {};
  for (const k of KEYS) s[k] = p[k] || '';
  return s;
}

function pick(keys) {
  const o = {};
  for (const k of keys) if (state[k]) o[k] = state[k];
  return o;
}

/** Changes the state, records it in the address and reloads what depends on it. */
function update(changes, { timeline = false } = {}) {
  state = { ...state, ...changes };
  if (!('page' in changes)) state.page = '';
  history.pushState(null, '', withQuery('/explore.html', pick(KEYS)));
  showRange();
  if (timeline) loadTimeline();
  loadViews();
}

function showRange() {
  const label = document.getElementById('range-label');
  label.textContent = state.from || state.to ? (state.from || '…') + ' → ' + (state.to || '…') : 'all';
  document.getElementById('clear-range').hidden = !(state.from || state.to);
}

function syncForm() {
  for (const k of ['actor', 'country', 'interval']) document.getElementById(k).value = state[k];
  const code = document.getElementById('code');
  if ([...code.options].some((o) => o.value === state.code)) code.value = state.code;
}

async function init() {
  syncForm();
  await fillCodeSelect(document.getElementById('code'), state.code);
  document.getElementById('explore-form').addEventListener('submit', (e) => {
    e.preventDefault();
    update(
      {
        actor: document.getElementById('actor').value.trim(),
        country: document.getElementById('country').value.trim().toUpperCase(),
        code: document.getElementById('code').value,
        interval: document.getElementById('interval').value,
      },
      { timeline: true },
    );
  });
  document.getElementById('interval').addEventListener('change', (e) => {
    state.interval = e.target.value;
    history.replaceState(null, '', withQuery('/explore.html', pick(KEYS)));
    loadTimeline();
  });
  document.getElementById('clear-range').addEventListener('click', () => update({ from: '', to: '' }, { timeline: true }));
  window.addEventListener('popstate', () => {
    state = readState();
    syncForm();
    showRange();
    loadTimeline();
    loadViews();
  });
  legend();
  showRange();
  await Promise.all([loadTimeline(), loadViews()]);
  document.body.dataset.loaded = 'true';
}

// ---------------------------------------------------------------- timeline

const INTERVALS = {
  day: () => d3.utcDay,
  week: () => d3.utcMonday,
  month: () => d3.utcMonth,
  year: () => d3.utcYear,
};
const parseDay = (s) => new Date(s + 'T00:00:00Z');
const fmtDay = (d) => d.toISOString().slice(0, 10);
let timelineSeq = 0;

function legend() {
  const box = document.getElementById('quad-legend');
  replace(
    box,
    Object.entries(QUAD).map(([q, v]) => el('span', { class: 'legend-item' }, el('span', { class: 'swatch quad-bg-' + q }), v.name)),
  );
}

async function chooseInterval(filters) {
  if (state.interval) return state.interval;
  const f = await api(withQuery('/api/facets', { ...filters, top: 1 }));
  if (!f.from || !f.to) return 'day';
  const days = (parseDay(f.to) - parseDay(f.from)) / 86400000;
  return days <= 92 ? 'day' : days <= 800 ? 'week' : 'month';
}

async function loadTimeline() {
  const seq = ++timelineSeq;
  const box = document.getElementById('timeline');
  box.dataset.state = 'loading';
  const filters = pick(['actor', 'country', 'code']);
  let interval;
  let data;
  try {
    interval = await chooseInterval(filters);
    data = await api(withQuery('/api/timeline', { ...filters, interval }));
  } catch (e) {
    showError(errorBox, e);
    return;
  }
  if (seq !== timelineSeq) return;
  drawTimeline(box, data.items || [], interval);
  box.dataset.state = 'ready';
  box.dataset.interval = interval;
}

/** Tick labels: the year on the first tick and where it changes. */
function tickFormat(interval, ticks) {
  if (interval === 'year') return d3.utcFormat('%Y');
  const withYear = d3.utcFormat(interval === 'month' ? '%b %Y' : '%-d %b %Y');
  const short = d3.utcFormat(interval === 'month' ? '%b' : '%-d %b');
  return (d, i) =>
    i === 0 || ticks[i - 1].getUTCFullYear() !== d.getUTCFullYear() ? withYear(d) : short(d);
}

function drawTimeline(box, items, interval) {
  box.replaceChildren();
  if (!items.length) {
    box.append(el('p', { class: 'muted', text: 'No events match these filters.' }));
    return;
  }
  const step = INTERVALS[interval]();
  const width = Math.max(400, box.clientWidth || 900);
  const height = 190;
  const m = { top: 10, right: 16, bottom: 26, left: 36 };
  const w = width - m.left - m.right;
  const h = height - m.top - m.bottom;
  let first = step.floor(parseDay(items[0].period));
  let last = step.offset(step.floor(parseDay(items[items.length - 1].period)), 1);
  // at least a few periods wide, so that a single bar does not fill the chart
  const pad = Math.max(0, Math.ceil((9 - step.count(first, last)) / 2));
  first = step.offset(first, -pad);
  last = step.offset(last, pad);
  const x = d3.scaleUtc().domain([first, last]).range([0, w]);
  const periods = step.range(first, last);
  const every = Math.max(1, Math.ceil(periods.length / Math.max(2, Math.floor(w / 95))));
  const ticks = periods.filter((d, i) => i % every === 0);
  const y = d3
    .scaleLinear()
    .domain([0, d3.max(items, (d) => d.total) || 1])
    .nice()
    .range([h, 0]);
  const keys = ['q1', 'q2', 'q3', 'q4'];
  const series = d3.stack().keys(keys)(items);

  const svg = d3
    .select(box)
    .append('svg')
    .attr('class', 'timeline-svg')
    .attr('width', width)
    .attr('height', height)
    .attr('viewBox', [0, 0, width, height]);
  const g = svg.append('g').attr('transform', 'translate(' + m.left + ',' + m.top + ')');
  g.append('g')
    .attr('class', 'axis x-axis')
    .attr('transform', 'translate(0,' + h + ')')
    .call(d3.axisBottom(x).tickValues(ticks).tickFormat(tickFormat(interval, ticks)));
  g.append('g').attr('class', 'axis y-axis').call(d3.axisLeft(y).ticks(4).tickFormat(d3.format('d')));

  const barX = (d) => x(parseDay(d.data.period));
  const barW = (d) => Math.max(1.5, x(step.offset(parseDay(d.data.period), 1)) - x(parseDay(d.data.period)) - 1);
  g.append('g')
    .attr('class', 'bars')
    .selectAll('g')
    .data(series)
    .join('g')
    .attr('class', (s) => 'series quad-fill-' + s.key.slice(1))
    .selectAll('rect')
    .data((s) => s.map((d) => Object.assign(d, { key: s.key })))
    .join('rect')
    .attr('class', 'bar')
    .attr('x', barX)
    .attr('width', barW)
    .attr('y', (d) => y(d[1]))
    .attr('height', (d) => Math.max(0, y(d[0]) - y(d[1])))
    .append('title')
    .text((d) => d.data.period + ': ' + (d[1] - d[0]) + ' ' + QUAD[d.key.slice(1)].name.toLowerCase());

  const brush = d3
    .brushX()
    .extent([
      [0, 0],
      [w, h],
    ])
    .on('end', (event) => {
      if (!event.sourceEvent) return; // moved by code
      if (!event.selection) {
        update({ from: '', to: '' });
        return;
      }
      const [x0, x1] = event.selection;
      const from = step.floor(x.invert(x0));
      let to = step.ceil(x.invert(x1));
      if (+to <= +from) to = step.offset(from, 1);
      brushG.call(brush.move, [x(from), x(to)]);
      update({ from: fmtDay(from), to: fmtDay(d3.utcDay.offset(to, -1)) });
    });
  const brushG = g.append('g').attr('class', 'brush').call(brush);
  if (state.from || state.to) {
    const a = state.from ? parseDay(state.from) : first;
    const b = state.to ? d3.utcDay.offset(parseDay(state.to), 1) : last;
    const xa = Math.max(0, Math.min(w, x(a)));
    const xb = Math.max(0, Math.min(w, x(b)));
    if (xb > xa) brushG.call(brush.move, [xa, xb]);
  }
}

// ---------------------------------------------------------------- network, map, events

let viewsSeq = 0;

async function loadViews() {
  const seq = ++viewsSeq;
  const filters = pick(EVENT_FILTERS);
  hideError(errorBox);
  await Promise.all([
    loadNetwork(filters, seq).catch((e) => showError(errorBox, e)),
    loadMap(filters, seq).catch((e) => showError(errorBox, e)),
    loadEvents(filters, seq).catch((e) => showError(errorBox, e)),
  ]);
}

let cy = null;
const CY_STYLESHEET = '__________cytoscape_stylesheet';
let actorNames = new Map();

async function loadNetwork(filters, seq) {
  const box = document.getElementById('network');
  box.dataset.state = 'loading';
  const [net, actors] = await Promise.all([
    api(withQuery('/api/network', { ...filters, limit: 80 })),
    api(withQuery('/api/actors', { ...filters, limit: 200 })),
  ]);
  if (seq !== viewsSeq) return;
  actorNames = new Map((actors.items || []).map((a) => [a.code, a.name]));
  const nodes = net.nodes || [];
  const edges = net.edges || [];
  const maxNode = Math.max(1, ...nodes.map((n) => n.events));
  const maxEdge = Math.max(1, ...edges.map((e) => e.events));
  const elements = [
    ...nodes.map((n) => ({
      group: 'nodes',
      data: {
        id: 'n:' + n.id,
        code: n.id,
        label: n.id,
        events: n.events,
        size: 18 + 34 * Math.sqrt(n.events / maxNode),
        color: goldsteinColor(n.goldstein),
      },
    })),
    ...edges.map((e, i) => ({
      group: 'edges',
      data: {
        id: 'e' + i,
        source: 'n:' + e.source,
        target: 'n:' + e.target,
        events: e.events,
        width: 1 + 9 * (e.events / maxEdge),
        color: goldsteinColor(e.goldstein),
        goldstein: e.goldstein,
      },
    })),
  ];
  if (cy) cy.destroy();
  if (!document.getElementById(CY_STYLESHEET)) {
    // Cytoscape adds a <style> element unless one with this id exists; inline styles are not
    // allowed here, so app.css carries that rule and this marks it as present.
    document.head.append(el('meta', { id: CY_STYLESHEET, name: 'cytoscape-style', content: 'app.css' }));
  }
  cy = cytoscape({
    container: box,
    elements,
    style: [
      {
        selector: 'node',
        style: {
          'background-color': 'data(color)',
          width: 'data(size)',
          height: 'data(size)',
          label: 'data(label)',
          'font-size': 11,
          'font-family': 'system-ui, sans-serif',
          color: '#222',
          'text-valign': 'bottom',
          'text-margin-y': 3,
          'border-width': 1,
          'border-color': '#555',
        },
      },
      {
        selector: 'edge',
        style: {
          width: 'data(width)',
          'line-color': 'data(color)',
          'target-arrow-color': 'data(color)',
          'target-arrow-shape': 'triangle',
          'curve-style': 'bezier',
          opacity: 0.85,
        },
      },
      { selector: 'node:selected', style: { 'border-width': 3, 'border-color': '#1a4d8f' } },
    ],
    layout: nodes.length
      ? { name: 'cose', animate: false, randomize: false, nodeRepulsion: 9000, idealEdgeLength: 70, padding: 20 }
      : { name: 'grid' },
  });
  cy.on('tap', 'node', (evt) => {
    const code = evt.target.data('code');
    update({ actor: code }, { timeline: true });
    document.getElementById('actor').value = code;
  });
  cy.on('mouseover', 'node', (evt) => showNode(evt.target));
  cy.on('mouseover', 'edge', (evt) => showEdge(evt.target));
  box.dataset.state = 'ready';
  box.dataset.nodes = String(nodes.length);
  box.dataset.edges = String(edges.length);
  document.getElementById('network-summary').textContent = nodes.length
    ? nodes.length + ' actors, ' + edges.length + ' pairs. Click an actor to filter by it.'
    : 'No actor pairs match these filters.';
}

function showNode(n) {
  const code = n.data('code');
  document.getElementById('network-summary').textContent =
    actorLabel(actorNames.get(code), code) + ': ' + n.data('events') + ' events. Click to filter by this actor.';
}

function showEdge(e) {
  const s = e.source().data('code');
  const t = e.target().data('code');
  document.getElementById('network-summary').textContent =
    s + ' → ' + t + ': ' + e.data('events') + ' events, mean Goldstein ' + num(e.data('goldstein'), 1);
}

let map = null;
let clusterLayer = null;
let places = [];
/** The path element of each country shape by its ISO alpha-3 code. */
const countryShapes = new Map();

async function ensureMap() {
  if (map) return;
  map = L.map('map', {
    worldCopyJump: false,
    attributionControl: false,
    minZoom: 1,
    maxZoom: 9,
    zoomSnap: 0.5,
  }).setView([30, 20], 1.5);
  map.createPane('base').style.zIndex = 200;
  try {
    const r = await fetch('/countries.geojson');
    if (!r.ok) throw new Error('HTTP ' + r.status);
    const shapes = planar(await r.json());
    L.geoJSON(shapes, {
      pane: 'base',
      // colours in app.css (path.country); only shapes with a country code can be clicked
      style: (f) => ({
        className: 'country',
        weight: 0.6,
        fillOpacity: 1,
        interactive: Boolean(f.properties.iso3),
      }),
      onEachFeature: (f, layer) => {
        const iso3 = f.properties.iso3;
        if (!iso3) return;
        layer.on('add', () => {
          const path = layer.getElement();
          path.dataset.iso3 = iso3;
          path.append(svgTitle(f.properties.name + ' (' + iso3 + '): click to filter by this country'));
          countryShapes.set(iso3, path);
        });
        layer.on('click', () => {
          document.getElementById('country').value = iso3;
          update({ country: iso3 }, { timeline: true });
        });
      },
    }).addTo(map);
  } catch (e) {
    // the map still shows the places without country shapes
  }
  clusterLayer = L.layerGroup().addTo(map);
  map.on('zoomend', drawClusters);
}

function svgTitle(text) {
  const t = document.createElementNS('http://www.w3.org/2000/svg', 'title');
  t.textContent = text;
  return t;
}

/** Shades the countries that have events under the current filters, and outlines the chosen one. */
function shadeCountries(codes) {
  for (const [iso3, path] of countryShapes) {
    path.classList.toggle('has-events', codes.has(iso3));
    path.classList.toggle('chosen', iso3 === state.country);
    if (iso3 === state.country) path.parentNode.append(path); // drawn last, so its outline shows
  }
}

/**
 * The shapes made fit for a flat map: rings that cross the antimeridian (stitched for a globe)
 * continue past ±180° instead of jumping across the map, and Antarctica is left out.
 */
function planar(collection) {
  const unwrap = (ring) => {
    let shift = 0;
    return ring.map(([lon, lat], i) => {
      if (i > 0) {
        const prev = ring[i - 1][0];
        if (lon - prev > 180) shift -= 360;
        else if (prev - lon > 180) shift += 360;
      }
      return [lon + shift, lat];
    });
  };
  const features = (collection.features || [])
    .filter((f) => f.properties && f.properties.name !== 'Antarctica' && f.geometry)
    .map((f) => {
      const g = f.geometry;
      const polys = g.type === 'MultiPolygon' ? g.coordinates : g.type === 'Polygon' ? [g.coordinates] : null;
      if (!polys) return f;
      const coordinates = polys.map((rings) => rings.map(unwrap));
      return { ...f, geometry: { type: 'MultiPolygon', coordinates } };
    });
  return { type: 'FeatureCollection', features };
}

async function loadMap(filters, seq) {
  const box = document.getElementById('map');
  box.dataset.state = 'loading';
  await ensureMap();
  const [r, f] = await Promise.all([
    api(withQuery('/api/places', { ...filters, limit: 2000 })),
    api(withQuery('/api/facets', { ...filters, top: 100 })),
  ]);
  if (seq !== viewsSeq) return;
  shadeCountries(new Set((f.countries || []).map((c) => c.country)));
  places = (r.items || []).filter((p) => p.lat != null && p.lon != null);
  if (places.length) {
    const bounds = L.latLngBounds(places.map((p) => [p.lat, p.lon]));
    map.fitBounds(bounds.pad(0.3), { maxZoom: 5, animate: false });
  }
  drawClusters();
  box.dataset.state = 'ready';
  const total = places.reduce((s, p) => s + p.events, 0);
  document.getElementById('map-summary').textContent = places.length
    ? places.length +
      (places.length === 1 ? ' place, ' : ' places, ') +
      total +
      ' events. Click a circle for its places, a country to filter by it.'
    : 'No places match these filters.';
}

/** Groups the places on a grid of 60 px cells at the current zoom and draws one circle per cell. */
function drawClusters() {
  if (!map || !clusterLayer) return;
  clusterLayer.clearLayers();
  const cell = 60;
  const cells = new Map();
  for (const p of places) {
    const pt = map.project([p.lat, p.lon], map.getZoom());
    const key = Math.floor(pt.x / cell) + ':' + Math.floor(pt.y / cell);
    if (!cells.has(key)) cells.set(key, []);
    cells.get(key).push(p);
  }
  const max = Math.max(1, ...places.map((p) => p.events));
  for (const group of cells.values()) {
    const events = group.reduce((s, p) => s + p.events, 0);
    const lat = group.reduce((s, p) => s + p.lat * p.events, 0) / events;
    const lon = group.reduce((s, p) => s + p.lon * p.events, 0) / events;
    const g = group.reduce((s, p) => s + (p.goldstein || 0) * p.events, 0) / events;
    const d = Math.round(22 + 20 * Math.sqrt(Math.min(1, events / (max * 2))));
    const inner = el('div', { class: 'cluster-inner', text: String(events) });
    inner.style.backgroundColor = goldsteinColor(g);
    const marker = L.marker([lat, lon], {
      icon: L.divIcon({ className: 'cluster-marker', html: inner, iconSize: [d, d] }),
      title: group.length === 1 ? group[0].name : group.length + ' places',
      keyboard: true,
    });
    marker.bindPopup(() => placesPopup(group), { maxWidth: 280 });
    clusterLayer.addLayer(marker);
  }
  document.getElementById('map').dataset.clusters = String(cells.size);
}

function placesPopup(group) {
  const box = el('div', { class: 'popup' });
  const ul = el('ul', { class: 'popup-places' });
  for (const p of [...group].sort((a, b) => b.events - a.events).slice(0, 12)) {
    const b = el('button', { type: 'button', class: 'linklike', text: p.country || '' });
    b.title = 'Filter by country ' + (p.country || '');
    b.addEventListener('click', () => {
      document.getElementById('country').value = p.country;
      update({ country: p.country }, { timeline: true });
    });
    ul.append(el('li', {}, el('strong', { text: p.name }), ' · ' + p.events + ' events · ', p.country ? b : null));
  }
  if (group.length > 12) ul.append(el('li', { class: 'muted', text: '… and ' + (group.length - 12) + ' more' }));
  box.append(ul);
  return box;
}

async function loadEvents(filters, seq) {
  const body = document.getElementById('events-body');
  const page = Math.max(1, parseInt(state.page || '1', 10) || 1);
  body.dataset.state = 'loading';
  const r = await api(withQuery('/api/events', { ...filters, page, size: PAGE_SIZE }));
  if (seq !== viewsSeq) return;
  document.getElementById('events-count').textContent = '(' + r.total + ')';
  document.getElementById('events-count').dataset.total = String(r.total);
  if (!r.items.length) {
    replace(body, el('tr', {}, el('td', { attrs: { colspan: 7 }, class: 'muted', text: 'No events match these filters.' })));
  } else {
    replace(body, r.items.map(eventRow));
  }
  const pager = document.getElementById('events-pager');
  pager.replaceChildren();
  const pages = Math.ceil(r.total / PAGE_SIZE);
  if (pages > 1) {
    const btn = (n, label) => {
      const b = el('button', { type: 'button', class: 'small', text: label });
      b.addEventListener('click', () => update({ page: String(n) }));
      return b;
    };
    if (page > 1) pager.append(btn(page - 1, '← Previous'));
    pager.append(el('span', { class: 'page-no', text: 'Page ' + page + ' of ' + pages }));
    if (page < pages) pager.append(btn(page + 1, 'Next →'));
  }
  body.dataset.state = 'ready';
}

function eventRow(e) {
  return el(
    'tr',
    { dataset: { eventId: e.global_event_id } },
    el('td', { text: e.day || '' }),
    el('td', {}, el('a', { href: eventHref(e.global_event_id), class: 'event-link' }, codeBadge(e.event_code, e.quad_class))),
    el('td', { text: actorLabel(e.actor1_name, e.actor1_code) }),
    el('td', { text: actorLabel(e.actor2_name, e.actor2_code) }),
    el('td', { text: e.action_geo_fullname || '' }),
    el('td', { class: 'num', text: num(e.goldstein_scale, 1) }),
    el('td', {}, el('a', { href: eventHref(e.global_event_id), text: e.article_title || 'event' })),
  );
}

init().catch((e) => showError(errorBox, e));
