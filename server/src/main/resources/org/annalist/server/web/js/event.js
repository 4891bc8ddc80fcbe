// Event page: one event and every mention of it, across all the articles that report it.
import {
  actorLabel,
  api,
  articleHref,
  codeBadge,
  definitionList,
  el,
  externalLink,
  hideError,
  num,
  queryParams,
  quadChip,
  replace,
  rootCodes,
  showError,
  titleCase,
} from './common.js';
import { renderAnnotated } from './textview.js';

const errorBox = document.getElementById('error');

async function init() {
  const id = queryParams().id;
  if (!id || !/^[0-9]+$/.test(id)) {
    showError(errorBox, new Error('no event given (event.html?id=…)'));
    return;
  }
  let ev;
  try {
    ev = await api('/api/events/' + encodeURIComponent(id));
    hideError(errorBox);
  } catch (e) {
    showError(errorBox, e);
    return;
  }
  const roots = await rootCodes();
  document.title = 'Event ' + ev.event_code + ' · Annalist';
  replace(
    document.getElementById('event-title'),
    codeBadge(ev.event_code, ev.quad_class),
    ' ',
    el('span', { class: 'actor1', text: actorLabel(ev.actor1_name, ev.actor1_code) }),
    el('span', { class: 'arrow', text: ' → ' }),
    el('span', { class: 'actor2', text: actorLabel(ev.actor2_name, ev.actor2_code) }),
  );
  document.getElementById('event-explanation').textContent = ev.explanation || '';
  const root = roots.get(ev.event_root_code);
  const place = ev.action_geo_fullname
    ? ev.action_geo_fullname +
      (ev.action_geo_lat != null ? ' (' + num(ev.action_geo_lat, 2) + ', ' + num(ev.action_geo_long, 2) + ')' : '')
    : null;
  replace(
    document.getElementById('event-facts'),
    definitionList([
      ['Event code', ev.event_code + ' (root ' + ev.event_root_code + (root ? ' ' + titleCase(root) : '') + ')'],
      ['Day', ev.day],
      ['Source actor', actorWithCountry(ev.actor1_name, ev.actor1_code, ev.actor1_country_code)],
      ['Target actor', actorWithCountry(ev.actor2_name, ev.actor2_code, ev.actor2_country_code)],
      ['Place', place],
      ['QuadClass', quadChip(ev.quad_class)],
      ['Goldstein', num(ev.goldstein_scale, 1)],
      ['Modality', ev.modality],
      ['Confidence', num(ev.confidence)],
      ['PLOVER', [ev.plover_type, ev.plover_mode].filter(Boolean).join(' / ')],
      [
        'Reported by',
        el(
          'span',
          { class: 'counts' },
          el('strong', { class: 'num-articles', text: String(ev.num_articles) }),
          ev.num_articles === 1 ? ' article, ' : ' articles, ',
          el('strong', { class: 'num-sources', text: String(ev.num_sources) }),
          ev.num_sources === 1 ? ' source, ' : ' sources, ',
          el('strong', { text: String(ev.group_mentions) }),
          ' mentions',
        ),
      ],
      ['Verdict', ev.feedback ? ev.feedback + (ev.feedback_note ? ' — ' + ev.feedback_note : '') : 'none yet'],
      ['First reported in', el('a', { href: articleHref(ev.article_id), text: ev.article_title || ev.article_id })],
    ]),
  );
  showMentions(ev.mentions || []);
  document.getElementById('event').hidden = false;
  document.body.dataset.loaded = 'true';
}

function actorWithCountry(name, code, country) {
  const label = actorLabel(name, code);
  return country && country !== code ? label + ' · country ' + country : label;
}

function showMentions(mentions) {
  const articles = new Set(mentions.map((m) => m.article_id));
  document.getElementById('mentions-summary').textContent =
    mentions.length + (mentions.length === 1 ? ' mention' : ' mentions') + ' in ' + articles.size + (articles.size === 1 ? ' article.' : ' articles.');
  replace(document.getElementById('mentions'), mentions.map(mentionItem));
}

function mentionItem(m) {
  const li = el('li', { class: 'mention', dataset: { articleId: m.article_id } });
  li.append(
    el(
      'div',
      { class: 'meta' },
      el('a', { class: 'mention-article', href: articleHref(m.article_id), text: m.article_title || m.article_id }),
      ' · ',
      el('span', { class: 'date', text: m.article_date || 'undated' }),
      ' · ',
      el('span', { class: 'source', text: m.source || 'unknown source' }),
      m.url ? [' · ', externalLink(m.url, 'original')] : null,
    ),
  );
  const q = el('blockquote', { class: 'sentence' });
  const base = m.sentence_start || 0;
  const rel = (s, e, cls, prio, title) =>
    s != null && e != null ? { start: s - base, end: e - base, tag: 'mark', cls, prio, title } : null;
  renderAnnotated(
    q,
    m.sentence || '',
    [
      rel(m.actor1_start, m.actor1_end, 'evidence evidence-actor evidence-actor1', 1, 'source actor'),
      rel(m.actor2_start, m.actor2_end, 'evidence evidence-actor evidence-actor2', 1, 'target actor'),
      rel(m.action_start, m.action_end, 'evidence evidence-action', 2, 'action'),
    ].filter(Boolean),
  );
  li.append(q);
  if (m.rule) li.append(el('div', { class: 'muted small', text: 'rule ' + m.rule }));
  return li;
}

init();
