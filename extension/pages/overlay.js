// Glue for the warning overlay: fetch this tab's verdict, let Rust render it, wire the buttons.
// Every action goes through the background, which acts on this tab (the page cannot fake it).
import '../common/protocol.js';
import init, { render_overlay } from '../wasm/hangup.js';
import { t, advice, reasonText, setLang } from './strings.js';
import { replaceClipboard } from './clipboard_note.js';

const { api, MSG } = globalThis.hangupProtocol;
const send = (what) => api.runtime.sendMessage({ what }).catch(() => ({}));

const CLICKFIX_ADVICE = ['clickfixAdvice1', 'clickfixAdvice2', 'clickfixAdvice3', 'clickfixAdvice4', 'clickfixAdvice5'];

async function main() {
  setLang();
  const [state, settings] = await Promise.all([
    api.runtime.sendMessage({ what: MSG.tabVerdict }),
    api.runtime.sendMessage({ what: MSG.settings }),
    init({ module_or_path: api.runtime.getURL('wasm/hangup_bg.wasm') }),
  ]);
  const verdict = state?.verdict ?? { reasons: [], phones: [] };
  const host = state?.host || '';
  const root = document.getElementById('root');
  // ClickFix has its own headline, advice and the defanged command (docs/DETECTION.md §10).
  const clickfix = verdict.kind === 'clickfix';
  render_overlay(root, {
    headline: t(clickfix ? 'clickfixHeadline' : 'overlayHeadline'),
    summary: t(clickfix ? 'clickfixSummary' : 'overlaySummary'),
    command_title: t('clickfixCommandTitle'),
    command: clickfix ? String(verdict.command ?? '') : '',
    command_note: t('clickfixClipboardNote'),
    advice_title: t('adviceTitle'),
    advice: clickfix ? CLICKFIX_ADVICE.map((k) => t(k)) : advice(),
    reasons_title: t('reasonsTitle'),
    reasons: (verdict.reasons ?? []).map(reasonText),
    phones_title: t('phonesTitle'),
    phones: verdict.phones ?? [],
    phone_note: t('phoneNote'),
    actions_label: t('actionsLabel'),
    leave: t('actionLeave'),
    report: t('actionReport'),
    trust: t('actionTrust'),
    trust_allowed: !settings?.policy?.disableTrust,
    trust_question: t('trustQuestion', [host]),
    trust_yes: t('trustYes'),
    trust_no: t('trustNo'),
    show_anyway: t('actionShowAnyway'),
  });
  const $ = (action) => root.querySelector(`[data-action="${action}"]`);
  const confirm = document.getElementById('hangup-confirm');
  const closeConfirm = () => {
    confirm?.setAttribute('hidden', '');
    $('trust')?.setAttribute('aria-expanded', 'false');
    $('trust')?.focus();
  };
  // The message each button (its data-action, rendered by Rust) sends to the background.
  const SENDS = { leave: MSG.leave, report: MSG.report, show: MSG.dismiss, 'trust-yes': MSG.trust };
  root.addEventListener('click', (ev) => {
    const action = ev.target.closest('[data-action]')?.dataset.action;
    if (Object.hasOwn(SENDS, action)) return send(SENDS[action]);
    if (action === 'trust') {
      // A second, explicit confirmation; the safe choice has the focus.
      confirm?.removeAttribute('hidden');
      $('trust').setAttribute('aria-expanded', 'true');
      return $('trust-no')?.focus();
    }
    if (action === 'trust-no') return closeConfirm();
    return undefined;
  });
  document.addEventListener('keydown', (ev) => {
    if (ev.key === 'Escape' && confirm && !confirm.hidden) closeConfirm();
  });
  // The safe choice keeps the keyboard focus: when the focus arrives from the page or a click lands
  // on text rather than a control, it goes back to "Leave this page" (or "No" while the trust
  // question is open), so Enter never does nothing and never does something risky.
  const safeFocus = () => {
    if (document.activeElement && document.activeElement !== document.body) return;
    if (!document.getSelection()?.isCollapsed) return; // someone is selecting the number to copy it
    (confirm && !confirm.hidden ? $('trust-no') : $('leave'))?.focus();
  };
  window.addEventListener('focus', safeFocus);
  document.addEventListener('pointerup', () => setTimeout(safeFocus, 0));
  $('leave')?.focus();
  if (clickfix) await replaceClipboard(t('clipboardNote'));
}
main();
