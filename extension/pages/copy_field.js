// The "Copy" button of the report and "Report a mistake" pages: copies a read-only field and
// says whether it worked. Nothing is sent anywhere; the person pastes it themselves.
import { t } from './strings.js';

export function wireCopy(field, button = document.getElementById('copy'), status = document.getElementById('copied')) {
  button.addEventListener('click', async () => {
    field.select();
    let ok = false;
    try {
      await navigator.clipboard.writeText(field.value);
      ok = true;
    } catch {
      ok = document.execCommand('copy'); // older engines, or clipboard permission refused: the selection is copied
    }
    status.textContent = ok ? t('reportCopied') : t('reportCopyFailed');
  });
  field.addEventListener('focus', () => field.select());
  button.focus();
}
