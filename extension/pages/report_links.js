// The report destinations for this browser's region (report_destinations.js), with their labels
// in the browser's language: for the report page, the landing page and the popup.
import { t, browserLocales } from './strings.js';
import { reportDestinations } from './report_destinations.js';

/** [{id, label, href, phone}]: `href` '' for a service reached by phone (`phone`) or in person. */
export function reportLinks(pageUrl = '') {
  return reportDestinations(browserLocales(), pageUrl).map((d) => ({
    id: d.id,
    label: t(d.key),
    href: d.href ?? '',
    phone: d.phone ?? '',
  }));
}

/** Fills a <ul> with the links (new tabs, no referrer) and the phone services as text. */
export function renderReportLinks(list, pageUrl = '') {
  list.replaceChildren();
  for (const l of reportLinks(pageUrl)) {
    const li = document.createElement('li');
    li.dataset.id = l.id;
    if (l.href) {
      const a = document.createElement('a');
      a.textContent = l.label;
      a.href = l.href;
      a.target = '_blank';
      a.rel = 'noopener noreferrer';
      li.append(a);
    } else {
      li.append(l.label);
      if (l.phone) {
        const phone = document.createElement('strong');
        phone.className = 'report-phone';
        phone.textContent = l.phone;
        li.append(': ', phone);
      }
    }
    list.append(li);
  }
}
