// The redacted summary behind "Report a mistake": enough for the developers to see why HangUp
// warned (the site's host name, the verdict level, the reason ids and their groups, HangUp's
// version), never what the page said: no page text, no excerpts, no numbers, no full address
// (a URL can carry a phone number or a person's data). Pure functions, no browser API.

const ID = /^[a-z][a-z0-9_]{0,47}$/;
const LEVELS = new Set(['safe', 'suspicious', 'scam']);
const HOST = /^[a-z0-9.-]{1,253}$/;

/** The summary of a tab's state ({host, verdict: {level, reasons: [{id, group, …}]}}). */
export function summaryOf(state) {
  const verdict = state?.verdict ?? {};
  const host = String(state?.host ?? '').toLowerCase();
  const reasons = [];
  for (const r of Array.isArray(verdict.reasons) ? verdict.reasons : []) {
    const id = String(r?.id ?? '');
    const group = String(r?.group ?? '');
    if (ID.test(id) && (group === '' || ID.test(group)) && !reasons.some((x) => x.id === id)) reasons.push({ id, group });
  }
  return {
    host: HOST.test(host) ? host : '',
    level: LEVELS.has(verdict.level) ? verdict.level : '',
    reasons: reasons.slice(0, 40),
  };
}

/** For a page's address fragment: `h=<host>&l=<level>&r=<id>:<group>,…`. */
export function summaryToHash(summary) {
  const s = summaryOf({ host: summary.host, verdict: { level: summary.level, reasons: summary.reasons } });
  return new URLSearchParams({ h: s.host, l: s.level, r: s.reasons.map((r) => `${r.id}:${r.group}`).join(',') }).toString();
}

/** Reads a fragment written by summaryToHash; whatever else it holds is dropped. */
export function summaryFromHash(hash) {
  const p = new URLSearchParams(String(hash ?? '').replace(/^#/, ''));
  const reasons = (p.get('r') ?? '').split(',').filter(Boolean).map((x) => {
    const [id, group = ''] = x.split(':');
    return { id, group };
  });
  return summaryOf({ host: p.get('h') ?? '', verdict: { level: p.get('l') ?? '', reasons } });
}

/** The text the person copies (labels in their language; values as they are). */
export function summaryText(summary, { version, browser }, labels) {
  const reasons = summary.reasons.map((r) => (r.group ? `${r.id} (${r.group})` : r.id));
  return [
    labels.title,
    `${labels.site}: ${summary.host || '-'}`,
    `${labels.verdict}: ${summary.level || '-'}`,
    `${labels.reasons}: ${reasons.join(', ') || '-'}`,
    `${labels.version}: HangUp ${version}${browser ? `, ${browser}` : ''}`,
  ].join('\n');
}
