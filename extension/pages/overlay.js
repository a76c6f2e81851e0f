// Glue for the warning overlay: fetch this tab's verdict, let Rust render it, wire the buttons.
import init, { render_overlay } from '../wasm/hangup.js';
import { t, advice, reasonText } from './strings.js';

const api = globalThis.browser ?? globalThis.chrome;

async function main() {
  await init({ module_or_path: api.runtime.getURL('wasm/hangup_bg.wasm') });
  const state = await api.runtime.sendMessage({ what: 'tabVerdict' });
  const verdict = state?.verdict ?? { reasons: [], phones: [] };
  const root = document.getElementById('root');
  render_overlay(root, {
    headline: t('overlayHeadline'),
    summary: t('overlaySummary'),
    advice_title: t('adviceTitle'),
    advice: advice(),
    reasons_title: t('reasonsTitle'),
    reasons: verdict.reasons.map(reasonText),
    phones_title: t('phonesTitle'),
    phones: verdict.phones,
    leave: t('actionLeave'),
    report: t('actionReport'),
    trust: t('actionTrust'),
  });
  document.documentElement.lang = t('@@ui_locale').replace('_', '-');
  root.addEventListener('click', (ev) => {
    const action = ev.target.closest('[data-action]')?.dataset.action;
    if (action === 'leave') api.runtime.sendMessage({ what: 'leave' });
    if (action === 'trust') api.runtime.sendMessage({ what: 'trust' });
    if (action === 'report') window.open(api.runtime.getURL('pages/popup.html#report'), '_blank');
  });
  root.querySelector('[data-action="leave"]')?.focus();
}
main();
