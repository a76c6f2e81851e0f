// The content scripts' thread (CPU) time in a Chrome trace, shared by page_cost.mjs and
// frame_cost.mjs: the categories to trace, and the sum over the extension's injections, calls and
// message deliveries.
export const TRACE_CATEGORIES = 'devtools.timeline,extensions,toplevel,mojom';

/** Thread (CPU) ms the extension's content scripts cost, from a Chrome trace: each injection
 *  of an extension script (compile and run), each call into an extension function from the
 *  browser (listeners, timers, idle callbacks), and each task that delivers an extension message
 *  to the page's renderer (the answer of runtime.sendMessage and what runs after it), outermost
 *  events only, on the threads the scripts were injected in. Page code calling a MAIN-world
 *  wrapper is not counted (it runs inside the page's own calls). Thread time is not charged for
 *  waiting while another process runs. */
export function extensionCpuMs(events) {
  const ours = (e) => /^(chrome|moz)-extension:/.test(e.args?.data?.url ?? '');
  const inject = events.filter((e) => e.ph === 'X' && e.name === 'ScriptInjection::InjectJs');
  const threads = new Set(inject.map((e) => `${e.pid}:${e.tid}`));
  const onThread = events.filter((e) => e.ph === 'X' && threads.has(`${e.pid}:${e.tid}`)).sort((a, b) => a.ts - b.ts || b.dur - a.dur);
  const kind = new Map(inject.map((e) => [e, 'injections']));
  const tasks = [];
  for (const e of onThread) {
    if (e.name === 'ThreadControllerImpl::RunTask' || e.name === 'RunTask') tasks.push(e);
    if (e.name === 'FunctionCall' && ours(e)) kind.set(e, 'calls (listeners, timers, idle reads)');
    const tag = e.args?.chrome_mojo_event_info?.mojo_interface_tag ?? '';
    if (e.name === 'Receive mojo message' && /^extensions\.mojom\.(MessagePort|EventDispatcher)$/.test(tag)) {
      // The whole task: promise continuations run in its microtask checkpoint.
      const task = tasks.filter((t) => t.pid === e.pid && t.tid === e.tid && t.ts <= e.ts && t.ts + t.dur >= e.ts + e.dur).sort((a, b) => b.dur - a.dur)[0];
      kind.set(task ?? e, 'extension message deliveries');
    }
  }
  const picked = [...kind.keys()].sort((a, b) => a.ts - b.ts || b.dur - a.dur);
  let us = 0;
  const by = {};
  const add = (k, v) => (by[k] = (by[k] ?? 0) + v / 1000);
  const end = new Map();
  for (const e of picked) {
    const k = `${e.pid}:${e.tid}`;
    if ((end.get(k) ?? -1) > e.ts) continue; // inside an event already counted
    end.set(k, e.ts + e.dur);
    us += e.tdur ?? e.dur;
    add(kind.get(e), e.tdur ?? e.dur);
    if (kind.get(e) !== 'injections') continue;
    // Each script's evaluation (its compile included) inside the injection; the rest is the
    // world's creation and the extension bindings (the floor of empty scripts).
    for (const x of onThread) {
      if (x.pid !== e.pid || x.tid !== e.tid || x.ts < e.ts || x.ts + x.dur > e.ts + e.dur || x.name !== 'EvaluateScript') continue;
      if (!ours(x)) continue;
      add(`  injection: ${x.args.data.url.replace(/^[a-z-]+:\/\/[^/]+\//, '')}`, x.tdur ?? x.dur);
    }
  }
  return { ms: us / 1000, by };
}

/** Thread (CPU) ms of the extension's service worker in a Chrome trace (the bench's pages register
 *  none of their own): its outermost tasks on the "ServiceWorker thread", and how many extension
 *  events (webRequest, tabs, runtime: `extensions.mojom.EventDispatcher`) were dispatched to it. */
export function workerCpuMs(events) {
  const names = new Map(events.filter((e) => e.ph === 'M' && e.name === 'thread_name').map((e) => [`${e.pid}:${e.tid}`, e.args?.name]));
  const on = events.filter((e) => e.ph === 'X' && names.get(`${e.pid}:${e.tid}`) === 'ServiceWorker thread').sort((a, b) => a.ts - b.ts || b.dur - a.dur);
  let us = 0;
  let dispatches = 0;
  const end = new Map();
  for (const e of on) {
    if (e.name === 'Receive mojo message' && e.args?.chrome_mojo_event_info?.mojo_interface_tag === 'extensions.mojom.EventDispatcher') dispatches++;
    if (e.name !== 'ThreadControllerImpl::RunTask' && e.name !== 'RunTask') continue;
    const k = `${e.pid}:${e.tid}`;
    if ((end.get(k) ?? -1) > e.ts) continue; // inside a task already counted
    end.set(k, e.ts + e.dur);
    us += e.tdur ?? e.dur;
  }
  return { ms: us / 1000, dispatches };
}
