// The calm page a person lands on after "Leave this page".
import '../common/protocol.js';

const { api } = globalThis.hangupProtocol;
for (const el of document.querySelectorAll('[data-i18n]')) el.textContent = api.i18n.getMessage(el.dataset.i18n);
document.title = api.i18n.getMessage('leftHeadline');
