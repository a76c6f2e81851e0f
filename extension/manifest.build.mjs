// Turns the one manifest source into each browser's manifest (run by build.sh, not shipped).
// Each browser warns about keys meant for the other, so each gets only its own.
import { readFileSync } from 'node:fs';

const [browser, source] = process.argv.slice(2);
const m = JSON.parse(readFileSync(source, 'utf8'));

if (browser === 'firefox') {
  // Firefox MV3 runs the background as an event page.
  m.background = { scripts: [m.background.service_worker], type: 'module' };
  m.browser_specific_settings = {
    gecko: {
      id: 'hangup@hangup-extension.org',
      // 142: data_collection_permissions (desktop 140, Android 142); MAIN-world scripts need 128.
      strict_min_version: '142.0',
      // Nothing leaves the device.
      data_collection_permissions: { required: ['none'] },
    },
  };
  // Firefox's moz-extension:// id is already random per install; it has no use_dynamic_url.
  for (const war of m.web_accessible_resources) delete war.use_dynamic_url;
  // Firefox reads administrator policy from enterprise policies, not a managed_schema.
  delete m.storage;
  // Chromium's floor (Firefox warns about the key; its floor is strict_min_version above).
  delete m.minimum_chrome_version;
} else if (browser !== 'chromium') {
  throw new Error(`unknown browser ${browser}`);
}
process.stdout.write(JSON.stringify(m, null, 2) + '\n');
