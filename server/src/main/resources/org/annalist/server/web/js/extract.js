// Extract page: runs the pipeline on a pasted article (POST /api/extract, nothing stored) and shows
// the events with their explanations and their evidence in the text.
import { QUAD, actorLabel, codeBadge, el, hideError, num, postJson, replace, showError } from './common.js';
import { renderAnnotated } from './textview.js';

const errorBox = document.getElementById('error');
const status = document.getElementById('extract-status');
const textBox = document.getElementById('extract-text');
let result = null;
let selected = null;

document.getElementById('extract-form').addEventListener('submit', async (e) => {
  e.preventDefault();
  const text = document.getElementById('text').value;
  const title = document.getElementById('title').value.trim();
  const date = document.getElementById('date').value.trim();
  const body = { text };
  if (title) body.title = title;
  if (date) body.date = date;
  const button = document.getElementById('extract-submit');
  button.disabled = true;
  status.textContent = 'Extracting… (the first run loads the language models and may take a minute)';
  hideError(errorBox);
  try {
    result = await postJson('/api/extract', body);
    selected = null;
    show();
    status.textContent = '';
  } catch (err) {
    status.textContent = '';
    document.getElementById('extract-result').hidden = true;
    showError(errorBox, err);
  } finally {
    button.disabled = false;
  }
});

function show() {
  const events = result.events || [];
  const sentences = (result.sentences || []).length;
  document.getElementById('extract-summary').textContent =
    events.length +
    (events.length === 1 ? ' event' : ' events') +
    ', ' +
    (result.actors || []).length +
    ' actors, ' +
    (result.places || []).length +
    ' places in ' +
    sentences +
    (sentences === 1 ? ' sentence' : ' sentences') +
    ((result.flags || []).length ? ' (flags: ' + result.flags.join(', ') + ')' : '') +
    '.';
  renderText();
  const list = document.getElementById('extract-events');
  replace(list, events.length ? events.map(eventItem) : el('li', { class: 'muted', text: 'No events found.' }));
  replace(
    document.getElementById('extract-actors'),
    (result.actors || []).map((a) =>
      el(
        'li',
        { title: a.basis || '' },
        el('span', { class: 'ent ent-actor', text: a.name || a.code }),
        ' ',
        el('code', { text: a.code || '' }),
        el('span', { class: 'muted', text: ' · ' + (a.type || '') + ' · ' + (a.mentions || []).length + '×' }),
      ),
    ),
  );
  document.getElementById('extract-result').hidden = false;
  document.body.dataset.extracted = String(events.length);
}

function renderText() {
  const ranges = [];
  for (const a of result.actors || []) {
    for (const m of a.mentions || []) {
      ranges.push({ start: m.start, end: m.end, cls: 'ent ent-actor', title: actorLabel(a.name, a.code), prio: 1 });
    }
  }
  for (const p of result.places || []) {
    for (const m of p.mentions || []) {
      ranges.push({ start: m.start, end: m.end, cls: 'ent ent-place', title: p.name, prio: 1 });
    }
  }
  const shown = selected ? [selected] : result.events || [];
  const evidence = [];
  for (const ev of shown) {
    for (const m of ev.mentions || []) {
      if (selected && m.sentenceSpan) {
        evidence.push({ start: m.sentenceSpan.start, end: m.sentenceSpan.end, cls: 'evidence-sentence', prio: -10 });
      }
      if (m.source) {
        evidence.push({ start: m.source.start, end: m.source.end, tag: 'mark', cls: 'evidence evidence-actor evidence-actor1', prio: 10, title: 'source actor' });
      }
      if (m.target) {
        evidence.push({ start: m.target.start, end: m.target.end, tag: 'mark', cls: 'evidence evidence-actor evidence-actor2', prio: 10, title: 'target actor' });
      }
      if (m.action) {
        evidence.push({ start: m.action.start, end: m.action.end, tag: 'mark', cls: 'evidence evidence-action', prio: 11, title: ev.code + ' ' + (ev.name || '') });
      }
    }
  }
  const made = renderAnnotated(textBox, result.text || '', ranges.concat(evidence));
  return evidence.map((r) => made.get(r)).filter(Boolean).flat();
}

function eventItem(ev) {
  const li = el('li', { class: 'event-card quad-border-' + (ev.quadClass || 0), dataset: { code: ev.code, root: ev.root } });
  const head = el(
    'button',
    { type: 'button', class: 'event-head', title: 'Show only this event’s evidence' },
    codeBadge(ev.code, ev.quadClass, QUAD[ev.quadClass] && QUAD[ev.quadClass].name),
    el(
      'span',
      { class: 'event-actors' },
      el('span', { class: 'actor1', text: ev.source ? actorLabel(ev.source.name, ev.source.code) : '—' }),
      el('span', { class: 'arrow', text: ' → ' }),
      el('span', { class: 'actor2', text: ev.target ? actorLabel(ev.target.name, ev.target.code) : '—' }),
    ),
  );
  head.addEventListener('click', () => {
    selected = selected === ev ? null : ev;
    for (const x of document.querySelectorAll('#extract-events > li')) x.classList.remove('selected');
    if (selected) li.classList.add('selected');
    const marks = renderText();
    const first = marks.find((m) => m.classList.contains('evidence-action'));
    if (first && selected) first.scrollIntoView({ block: 'center', behavior: 'smooth' });
  });
  li.append(head);
  li.append(
    el(
      'div',
      { class: 'event-facts' },
      el('span', { class: 'event-name', text: ev.name || '' }),
      el('span', { text: 'root ' + ev.root }),
      el('span', { class: 'quad-chip quad-' + ev.quadClass, text: QUAD[ev.quadClass] ? QUAD[ev.quadClass].short : '' }),
      el('span', { class: 'modality modality-' + ev.modality, text: ev.modality }),
      el('span', { text: 'confidence ' + num(ev.confidence) }),
      el('span', { text: 'Goldstein ' + num(ev.goldstein, 1) }),
      ev.place ? el('span', { text: '@ ' + (ev.place.fullName || '') }) : null,
      ev.date ? el('span', { text: ev.date }) : null,
    ),
  );
  li.append(el('p', { class: 'explanation', text: ev.explanation || '' }));
  return li;
}
