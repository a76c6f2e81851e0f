// The privacy statement, in the browser's language (the same text as PRIVACY.md).
import { t, setLang } from './strings.js';

setLang();
for (const el of document.querySelectorAll('[data-i18n]')) el.textContent = t(el.dataset.i18n);
document.title = t('privacyTitle');
