// Puts the warning over the page: an <iframe> of the extension's overlay page inside a closed
// shadow root, so page scripts and styles cannot reach into it. The page may fight back
// (remove the host, restyle it, re-enter full screen): the host is re-mounted when that happens.
'use strict';

const hangupOverlay = {
  host: null,
  frame: null,
  guard: null,

  mounted() {
    return this.host !== null;
  },

  mount() {
    if (this.host) return;
    const host = document.createElement('hangup-warning');
    const shadow = host.attachShadow({ mode: 'closed' });
    const style = document.createElement('style');
    // `all: initial` keeps page CSS from leaking in through inheritance.
    style.textContent = `:host{all:initial!important;position:fixed!important;inset:0!important;
      width:100vw!important;height:100vh!important;z-index:2147483647!important;display:block!important;
      visibility:visible!important;opacity:1!important;transform:none!important;filter:none!important;
      clip-path:none!important;pointer-events:auto!important}
      iframe{all:initial;display:block;width:100%;height:100%;border:0;background:#f4f1ea;color-scheme:light}`;
    const frame = document.createElement('iframe');
    frame.src = chrome.runtime.getURL('pages/overlay.html');
    frame.setAttribute('title', 'HangUp');
    frame.setAttribute('allow', '');
    shadow.append(style, frame);
    this.host = host;
    this.frame = frame;
    this.attach();
    // Re-attach if the page removes the host or moves something above it.
    this.guard = new MutationObserver(() => this.attach());
    this.guard.observe(document.documentElement, { childList: true });
    setInterval(() => this.attach(), 1000);
  },

  attach() {
    const root = document.documentElement;
    if (!this.host || !root) return;
    if (this.host.parentNode !== root || root.lastElementChild !== this.host) root.append(this.host);
    // A full-screen element sits in the top layer above any z-index: leave full screen.
    if (document.fullscreenElement && document.exitFullscreen) document.exitFullscreen().catch(() => {});
    if (this.host.getAttribute('style')) this.host.removeAttribute('style');
    this.frame?.focus();
  },
};
