// Renders a text with (possibly nested or overlapping) annotated ranges as DOM nodes.
// The text only ever becomes text nodes; each range becomes an element (split into pieces where
// ranges cross), so highlighting never parses anything from the text.

/**
 * Renders `text` into `container` (replacing its content).
 *
 * @param ranges [{start, end, tag?, cls, title?, data?, prio?}] with offsets into `text`
 *     (half-open, UTF-16 units as in the API). Of ranges with the same extent, the one with the
 *     higher prio is nested inside.
 * @returns a Map from each range to the elements made for it (more than one when split)
 */
export function renderAnnotated(container, text, ranges) {
  const n = text.length;
  const rs = ranges
    .filter((r) => Number.isInteger(r.start) && Number.isInteger(r.end))
    .map((r) => ({ ...r, start: Math.max(0, r.start), end: Math.min(n, r.end), orig: r }))
    .filter((r) => r.start < r.end);
  rs.sort((a, b) => a.start - b.start || b.end - a.end || (a.prio || 0) - (b.prio || 0));
  rs.forEach((r, i) => (r.rank = i));

  const cuts = new Set([0, n]);
  for (const r of rs) {
    cuts.add(r.start);
    cuts.add(r.end);
  }
  const points = [...cuts].sort((a, b) => a - b);

  const made = new Map();
  const frag = document.createDocumentFragment();
  const open = []; // [{range, el}]
  for (let i = 0; i + 1 < points.length; i++) {
    const s = points[i];
    const e = points[i + 1];
    const cov = rs.filter((r) => r.start <= s && r.end >= e); // already in rank order
    let k = 0;
    while (k < open.length && k < cov.length && open[k].range === cov[k]) k++;
    open.length = k;
    for (let j = k; j < cov.length; j++) {
      const r = cov[j];
      const node = document.createElement(r.tag || 'span');
      if (r.cls) node.className = r.cls;
      if (r.title) node.title = r.title;
      if (r.data) for (const [dk, dv] of Object.entries(r.data)) node.dataset[dk] = String(dv);
      (open.length ? open[open.length - 1].el : frag).append(node);
      open.push({ range: r, el: node });
      if (!made.has(r.orig)) made.set(r.orig, []);
      made.get(r.orig).push(node);
    }
    const t = document.createTextNode(text.slice(s, e));
    (open.length ? open[open.length - 1].el : frag).append(t);
  }
  container.replaceChildren(frag);
  return made;
}

/** Ranges of evidence for one event's mentions (absolute offsets). */
export function evidenceRanges(mentions, withSentence = true) {
  const out = [];
  for (const m of mentions || []) {
    if (withSentence && m.sentence_start != null && m.sentence_end != null) {
      out.push({ start: m.sentence_start, end: m.sentence_end, cls: 'evidence-sentence', prio: -10 });
    }
    if (m.actor1_start != null && m.actor1_end != null) {
      out.push({
        start: m.actor1_start,
        end: m.actor1_end,
        tag: 'mark',
        cls: 'evidence evidence-actor evidence-actor1',
        title: 'source actor',
        prio: 10,
      });
    }
    if (m.actor2_start != null && m.actor2_end != null) {
      out.push({
        start: m.actor2_start,
        end: m.actor2_end,
        tag: 'mark',
        cls: 'evidence evidence-actor evidence-actor2',
        title: 'target actor',
        prio: 10,
      });
    }
    if (m.action_start != null && m.action_end != null) {
      out.push({
        start: m.action_start,
        end: m.action_end,
        tag: 'mark',
        cls: 'evidence evidence-action',
        title: 'action' + (m.rule ? ' (' + m.rule + ')' : ''),
        prio: 11,
      });
    }
  }
  return out;
}
