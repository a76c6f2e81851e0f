// The hostile suite's clock in a held kit that loads itself again (held-reload.html,
// held-reload-xo.html, held-hop-redirect.html): what the tests read, not what the kit does (each page's own script
// after this one says that). Kept across the kit's loads in sessionStorage, or in the address's
// `first` and `n` where the kit moves to another of its sites each time (no storage crosses sites):
//   firstAt    when the first load's scripts ran (Date.now())
//   load       which load this is (1, 2, …)
//   startedAt  when this load's scripts ran: the kit's next move is timed from it
//   warnedAt   when the warning's host came, in ms after the first load, in load `warnedLoad`.
(() => {
  const q = new URLSearchParams(location.search);
  const kept = q.has('n')
    ? { first: q.get('first'), loads: Number(q.get('n')) - 1 }
    : { first: sessionStorage.getItem('firstAt'), loads: Number(sessionStorage.getItem('loads')) || 0 };
  window.startedAt = Date.now();
  window.firstAt = Number(kept.first) || window.startedAt;
  window.load = kept.loads + 1;
  sessionStorage.setItem('firstAt', String(window.firstAt));
  sessionStorage.setItem('loads', String(window.load));
  new MutationObserver(() => {
    if (!window.warnedAt && document.querySelector(':root > hangup-warning')) {
      window.warnedAt = Date.now() - window.firstAt;
      window.warnedLoad = window.load;
    }
  }).observe(document.documentElement, { childList: true });
})();
