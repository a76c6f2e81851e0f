// The full-tab warning (docs/LOCK.md): where the background sends a tab whose page would not let
// the in-page warning stay on screen (or cannot show it: sandboxed, not HTML). The warning itself
// is overlay.js's, for this tab's verdict; this page adds the address it is about and the tab's
// title. No page script can reach an extension page.
import '../common/protocol.js';

const { api } = globalThis.hangupProtocol;
const address = new URLSearchParams(location.hash.slice(1)).get('u') ?? '';
document.title = api.i18n.getMessage('tabTitleBlocked');
document.getElementById('blocked-address').textContent = api.i18n.getMessage('blockedAddress', [address]);
