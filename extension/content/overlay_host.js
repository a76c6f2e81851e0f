// Puts the warning over the page: an <iframe> of the extension's overlay page inside a closed
// shadow root, so page scripts and styles cannot reach into it. The page may fight back; each
// move is answered (docs/LOCK.md):
//   - full screen, <dialog>.showModal(), popovers (the top layer sits above any z-index): the
//     host is itself a manual popover in the top layer; page full screen is exited, page modal
//     dialogs and popovers are closed and the host is raised again;
//   - removing the host, restyling it (style/hidden/inert attributes, CSS rules): re-attached,
//     attributes dropped; :host rules are !important inside the shadow tree, which beats the
//     page's !important rules;
//   - hiding the root element (display, opacity, visibility, filters): overridden inline;
//   - DOM floods: stacking no longer depends on tree order (top layer), so the host is not moved
//     (moving an iframe reloads it) unless it was taken out of the document;
//   - keyboard: the page body is made `inert`, the warning frame gets the focus.
'use strict';

const hangupOverlay = {
  host: null,
  frame: null,
  guard: null,
  timer: 0,
  bodyWasInert: false,

  mounted() {
    return this.host !== null;
  },

  mount() {
    if (this.host) return;
    const host = document.createElement('hangup-warning');
    const shadow = host.attachShadow({ mode: 'closed' });
    const style = document.createElement('style');
    // `all: initial` keeps page CSS from leaking in through inheritance; it also resets the
    // UA's [popover] box (margin, border, padding, background).
    style.textContent = `:host{all:initial!important;position:fixed!important;inset:0!important;
      width:100vw!important;height:100vh!important;max-width:none!important;max-height:none!important;
      margin:0!important;padding:0!important;border:0!important;overflow:hidden!important;
      z-index:2147483647!important;display:block!important;
      visibility:visible!important;opacity:1!important;transform:none!important;filter:none!important;
      clip-path:none!important;mask:none!important;pointer-events:auto!important;contain:none!important}
      :host::backdrop{display:none!important}
      iframe{all:initial;display:block;width:100%;height:100%;border:0;background:#f4f1ea;color-scheme:light}`;
    const frame = document.createElement('iframe');
    frame.src = chrome.runtime.getURL('pages/overlay.html');
    frame.setAttribute('title', 'HangUp');
    frame.setAttribute('allow', '');
    shadow.append(style, frame);
    this.host = host;
    this.frame = frame;
    // Re-attach when the page removes the host, touches its attributes or replaces the root.
    this.guard = new MutationObserver(() => this.attach());
    this.attach();
    this.observe();
    // Keyboard focus into the warning now (overlay.js then focuses "Leave this page" inside).
    // Not again on load: re-focusing the frame element would take the focus off that button.
    this.focus();
    this.timer = setInterval(() => this.attach(), 500);
    this.onTopLayer = () => setTimeout(() => this.attach(), 0);
    for (const type of ['fullscreenchange', 'webkitfullscreenchange', 'toggle']) {
      document.addEventListener(type, this.onTopLayer, true);
    }
  },

  observe() {
    if (!this.guard || !this.host) return;
    this.guard.disconnect();
    this.guard.observe(document, { childList: true });
    if (document.documentElement) {
      this.guard.observe(document.documentElement, { childList: true, attributes: true, attributeFilter: ['style', 'class', 'inert', 'hidden'] });
    }
    // `open` catches <dialog>.showModal() at once (a modal dialog would make the warning inert).
    if (document.body) this.guard.observe(document.body, { attributes: true, subtree: true, attributeFilter: ['inert', 'open'] });
    this.guard.observe(this.host, { attributes: true });
    this.observedRoot = document.documentElement;
    this.observedBody = document.body;
  },

  // "Show the page anyway" (issue 5, UI): the person chose to see the page; remove the warning
  // for this page view only. The content script keeps `warned`, so it is not mounted again
  // until the next navigation.
  unmount() {
    this.guard?.disconnect();
    clearInterval(this.timer);
    for (const type of ['fullscreenchange', 'webkitfullscreenchange', 'toggle']) {
      if (this.onTopLayer) document.removeEventListener(type, this.onTopLayer, true);
    }
    if (document.body && !this.bodyWasInert) document.body.inert = false;
    this.host?.remove();
    this.host = this.frame = this.guard = null;
  },

  focus() {
    // Focus inside the warning (overlay.js then focuses its first action) unless already there.
    if (this.host && document.activeElement !== this.host) this.frame?.focus();
  },

  attach() {
    const root = document.documentElement;
    const host = this.host;
    if (!host || !root) return;
    // A full-screen element sits in the top layer above everything: leave full screen.
    if (document.fullscreenElement && document.exitFullscreen) document.exitFullscreen().catch(() => {});
    else if (document.webkitFullscreenElement) document.webkitExitFullscreen?.();
    // Attributes the page put on the host (style, hidden, inert, popover…) go.
    for (const name of host.getAttributeNames()) if (name !== 'popover') host.removeAttribute(name);
    if (host.parentNode !== root) root.append(host); // reloads the frame: only when taken out
    // Page modal dialogs and popovers sit in the top layer too (and a modal dialog makes
    // everything else inert): close them.
    let raise = false;
    for (const el of document.querySelectorAll('dialog[open], :popover-open')) {
      if (el === host) continue;
      try {
        if (el.matches(':popover-open')) el.hidePopover();
        else el.close();
        raise = true;
      } catch {
        /* not ours to close */
      }
    }
    if (typeof host.showPopover === 'function') {
      try {
        if (host.getAttribute('popover') !== 'manual') host.setAttribute('popover', 'manual');
        if (raise && host.matches(':popover-open')) host.hidePopover();
        if (!host.matches(':popover-open')) host.showPopover();
      } catch {
        /* not connected yet */
      }
    } else if (root.lastElementChild !== host) {
      // No top layer: tree order decides between equal z-indexes. moveBefore keeps the frame alive.
      if (typeof root.moveBefore === 'function') root.moveBefore(host, null);
      else root.append(host);
    }
    // The page may hide the whole document, our host with it.
    const cs = getComputedStyle(root);
    if (cs.display === 'none' || cs.visibility !== 'visible' || cs.opacity !== '1' || cs.filter !== 'none' || cs.transform !== 'none' || cs.contentVisibility === 'hidden') {
      for (const [p, v] of [['display', 'block'], ['visibility', 'visible'], ['opacity', '1'], ['filter', 'none'], ['transform', 'none'], ['content-visibility', 'visible']]) {
        root.style.setProperty(p, v, 'important');
      }
    }
    if (root.inert) root.inert = false;
    // The page underneath takes no focus, clicks or keys: only the warning does.
    const body = document.body;
    if (body && body !== this.inertBody) {
      this.bodyWasInert = body.inert;
      this.inertBody = body;
    }
    if (body && !body.inert) body.inert = true;
    if (root !== this.observedRoot || body !== this.observedBody) this.observe();
    // A page modal dialog took the focus (and made the warning inert while it was open): give the
    // focus back to the warning, whose own page remembers its focused control.
    if (raise) this.frame?.focus();
    // Focus is given once, at mount. It is not forced again here: re-focusing the frame would move
    // the focus off the button inside it, and with the body inert the page has nothing left to
    // take the focus to.
  },
};
