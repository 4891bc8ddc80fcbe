// Article page: the cleaned text with actors, places and quotations marked, and its events with
// their evidence, explanations and the analyst's verdicts.
import {
  actorLabel,
  api,
  articleHref,
  codeBadge,
  el,
  eventHref,
  externalLink,
  hideError,
  num,
  postJson,
  queryParams,
  replace,
  rootCodes,
  showError,
  titleCase,
  QUAD,
} from './common.js';
import { evidenceRanges, renderAnnotated } from './textview.js';

const errorBox = document.getElementById('error');
const textBox = document.getElementById('article-text');
let article = null;
let baseRanges = [];
let selected = null;

async function init() {
  const id = queryParams().id;
  if (!id) {
    showError(errorBox, new Error('no article given (article.html?id=…)'));
    return;
  }
  try {
    article = await api('/api/articles/' + encodeURIComponent(id));
    hideError(errorBox);
  } catch (e) {
    showError(errorBox, e);
    return;
  }
  const roots = await rootCodes();
  document.title = (article.title || 'Article') + ' · Annalist';
  showHead();
  baseRanges = entityRanges();
  renderText();
  showEvents(roots);
  showEntities();
  document.getElementById('clear-evidence').addEventListener('click', () => select(null));
  document.getElementById('article').hidden = false;
  document.body.dataset.loaded = 'true';
}

function showHead() {
  document.getElementById('article-title').textContent = article.title || '(untitled)';
  const meta = document.getElementById('article-meta');
  replace(
    meta,
    el('span', { class: 'date', text: article.date || 'undated' }),
    ' · ',
    el('span', { class: 'source', text: article.source || 'unknown source' }),
    article.url ? [' · ', externalLink(article.url, 'original article')] : null,
    article.tone != null ? ' · tone ' + num(article.tone, 1) : null,
    article.focus && article.focus.length ? ' · about ' + article.focus.join(', ') : null,
    article.flags && article.flags.length ? ' · flags: ' + article.flags.join(', ') : null,
  );
  const story = document.getElementById('article-story');
  if (article.story && article.story.length) {
    replace(
      story,
      'Same story: ',
      article.story.map((s, i) => [
        i ? ', ' : '',
        el('a', { href: articleHref(s.id), text: s.title || s.id }),
        s.source ? ' (' + s.source + ')' : '',
      ]),
    );
  }
}

function entityRanges() {
  const actors = new Map((article.actors || []).map((a) => [a.id, a]));
  const places = new Map((article.places || []).map((p) => [p.id, p]));
  return (article.spans || []).map((s) => {
    if (s.kind === 'actor') {
      const a = actors.get(s.ref);
      return {
        start: s.start,
        end: s.end,
        cls: 'ent ent-actor',
        title: a ? actorLabel(a.name, a.code) + (a.title ? ', ' + a.title : '') : 'actor',
        data: { ref: s.ref, kind: 'actor' },
        prio: 1,
      };
    }
    if (s.kind === 'place') {
      const p = places.get(s.ref);
      return {
        start: s.start,
        end: s.end,
        cls: 'ent ent-place',
        title: p ? p.name + (p.country ? ' (' + p.country + ')' : '') : 'place',
        data: { ref: s.ref, kind: 'place' },
        prio: 1,
      };
    }
    if (s.kind === 'entity') {
      // a named person, organization or location ("person:Jens Stoltenberg"); often the same words
      // as an actor or place, around whose mark it draws a dotted line of its own
      const at = String(s.ref).indexOf(':');
      const type = at > 0 ? s.ref.slice(0, at) : 'entity';
      return {
        start: s.start,
        end: s.end,
        cls: 'ent-entity ent-' + type.replace(/[^a-z]/g, ''),
        title: type + ': ' + (at > 0 ? s.ref.slice(at + 1) : s.ref),
        data: { ref: s.ref, kind: 'entity', type },
        prio: 0.5,
      };
    }
    return {
      start: s.start,
      end: s.end,
      cls: 'ent ent-' + (s.kind === 'quote' ? 'quote' : 'other'),
      title: s.kind === 'quote' ? 'reported speech' : s.kind,
      data: { ref: s.ref, kind: s.kind },
      prio: 0,
    };
  });
}

function renderText() {
  const evidence = selected ? evidenceRanges(selected.mentions) : [];
  const made = renderAnnotated(textBox, article.text || '', baseRanges.concat(evidence));
  return evidence.map((r) => made.get(r)).filter(Boolean).flat();
}

/** Shows the evidence of `ev` in the text (or none) and scrolls to it. */
function select(ev) {
  selected = ev && selected === ev ? null : ev;
  for (const li of document.querySelectorAll('#events > li')) {
    li.classList.toggle('selected', selected != null && li.dataset.eventId === String(selected.global_event_id));
  }
  const marks = renderText();
  document.getElementById('clear-evidence').hidden = selected == null;
  const first = marks.find((m) => m.classList.contains('evidence-action')) || marks[0];
  if (first) first.scrollIntoView({ block: 'center', behavior: 'smooth' });
}

function showEvents(roots) {
  const list = document.getElementById('events');
  const events = article.events || [];
  if (!events.length) {
    replace(list, el('li', { class: 'muted', text: 'No events found in this article.' }));
    return;
  }
  replace(list, events.map((ev) => eventItem(ev, roots)));
}

function eventItem(ev, roots) {
  const li = el('li', {
    class: 'event-card quad-border-' + (ev.quad_class || 0),
    dataset: { eventId: ev.global_event_id, code: ev.event_code },
  });
  const head = el(
    'button',
    {
      type: 'button',
      class: 'event-head',
      title: 'Show the evidence in the text',
      attrs: { 'aria-label': 'Show evidence of event ' + ev.event_code },
    },
    codeBadge(ev.event_code, ev.quad_class, QUAD[ev.quad_class] && QUAD[ev.quad_class].name),
    el(
      'span',
      { class: 'event-actors' },
      el('span', { class: 'actor1', text: actorLabel(ev.actor1_name, ev.actor1_code) }),
      el('span', { class: 'arrow', text: ' → ' }),
      el('span', { class: 'actor2', text: actorLabel(ev.actor2_name, ev.actor2_code) }),
    ),
  );
  head.addEventListener('click', () => select(ev));
  li.append(head);
  const root = roots.get(ev.event_root_code);
  li.append(
    el(
      'div',
      { class: 'event-facts' },
      el('span', { text: 'root ' + ev.event_root_code + (root ? ' ' + titleCase(root) : '') }),
      el('span', { class: 'quad-chip quad-' + ev.quad_class, text: QUAD[ev.quad_class] ? QUAD[ev.quad_class].short : '' }),
      el('span', { class: 'modality modality-' + ev.modality, text: ev.modality }),
      el('span', { text: 'confidence ' + num(ev.confidence) }),
      el('span', { text: 'Goldstein ' + num(ev.goldstein_scale, 1) }),
      ev.action_geo_fullname ? el('span', { text: '@ ' + ev.action_geo_fullname }) : null,
      ev.day ? el('span', { text: ev.day }) : null,
      ev.plover_type ? el('span', { class: 'muted', text: 'PLOVER ' + ev.plover_type }) : null,
    ),
  );
  li.append(el('p', { class: 'explanation', text: ev.explanation || '' }));
  const verdict = el('p', { class: 'verdict' });
  showVerdict(verdict, ev);
  li.append(verdict);
  const note = el('input', {
    type: 'text',
    class: 'feedback-note',
    placeholder: 'note (optional)',
    attrs: { 'aria-label': 'Note on this event', maxlength: 2000 },
  });
  const status = el('span', { class: 'feedback-status muted', attrs: { role: 'status' } });
  const right = el('button', { type: 'button', class: 'feedback-right small', text: 'Right' });
  const wrong = el('button', { type: 'button', class: 'feedback-wrong small', text: 'Wrong' });
  const send = async (v) => {
    right.disabled = wrong.disabled = true;
    status.textContent = 'saving…';
    try {
      await postJson('/api/events/' + encodeURIComponent(ev.global_event_id) + '/feedback', {
        verdict: v,
        note: note.value.trim() || null,
      });
      ev.feedback = v;
      ev.feedback_note = note.value.trim() || null;
      showVerdict(verdict, ev);
      status.textContent = 'saved';
    } catch (e) {
      status.textContent = 'not saved: ' + e.message;
    } finally {
      right.disabled = wrong.disabled = false;
    }
  };
  right.addEventListener('click', () => send('right'));
  wrong.addEventListener('click', () => send('wrong'));
  li.append(
    el(
      'div',
      { class: 'feedback' },
      right,
      wrong,
      note,
      status,
      el('a', { class: 'event-link', href: eventHref(ev.global_event_id), text: 'event page →' }),
    ),
  );
  return li;
}

function showVerdict(p, ev) {
  p.dataset.verdict = ev.feedback || '';
  if (!ev.feedback) {
    replace(p, el('span', { class: 'muted', text: 'No verdict yet.' }));
    return;
  }
  replace(
    p,
    'Verdict: ',
    el('strong', { class: 'verdict-' + ev.feedback, text: ev.feedback }),
    ev.feedback_note ? el('span', { class: 'verdict-note', text: ' — ' + ev.feedback_note }) : null,
  );
}

function showEntities() {
  const actors = document.getElementById('actors');
  replace(
    actors,
    (article.actors || []).map((a) =>
      hoverable(
        el(
          'li',
          { title: a.basis || '' },
          el('span', { class: 'ent ent-actor', text: a.name || a.code }),
          ' ',
          el('code', { text: a.code || '' }),
          el('span', { class: 'muted', text: [a.type, a.title].filter(Boolean).map((x) => ' · ' + x).join('') }),
          el('span', { class: 'muted', text: ' · ' + a.mentions + '×' }),
        ),
        a.id,
      ),
    ),
  );
  const places = document.getElementById('places');
  replace(
    places,
    (article.places || []).map((p) =>
      hoverable(
        el(
          'li',
          {},
          el('span', { class: 'ent ent-place', text: p.name }),
          el('span', {
            class: 'muted',
            text: [p.type, p.country, p.lat != null ? num(p.lat, 2) + ', ' + num(p.lon, 2) : null]
              .filter(Boolean)
              .map((x) => ' · ' + x)
              .join(''),
          }),
        ),
        p.id,
      ),
    ),
  );
}

/** Hovering an actor or place in the lists outlines its mentions in the text. */
function hoverable(li, ref) {
  const spans = () => textBox.querySelectorAll('[data-ref="' + CSS.escape(ref) + '"]');
  li.addEventListener('mouseenter', () => spans().forEach((s) => s.classList.add('focus')));
  li.addEventListener('mouseleave', () => spans().forEach((s) => s.classList.remove('focus')));
  return li;
}

init();
