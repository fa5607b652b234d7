// The web view's static files, served beside the page (the Content-Security-Policy allows
// scripts and styles from the same origin only). Kept as strings so that the build, which
// bundles the TypeScript, carries them without copying files; the file is long because it is
// mostly those two texts.

import { WEB_ASSETS_PATH } from './web-paths.ts';

/** Where the server answers for an asset: `/d/assets/<name>`. */
export const assetPath = (name: string): string => `${WEB_ASSETS_PATH}${name}`;

const WEB_CSS = `
:root {
  --ink: #1b2430; --muted: #4a5563; --line: #d5d9de; --paper: #ffffff; --page: #f3f5f7;
  --accent: #1f5fa8; --up: #1e6b34; --down: #a3281d;
  font-family: system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, "Noto Sans", "Liberation Sans", sans-serif;
  color: var(--ink); background: var(--page); line-height: 1.5;
}
* { box-sizing: border-box; }
body { margin: 0; padding: 0 1rem 2rem; overflow-wrap: anywhere; }
.page-header, main, .page-footer { max-width: 1100px; margin: 0 auto; }
.page-header { padding: 1.5rem 0 1rem; }
.header-top { display: flex; flex-wrap: wrap; gap: .5rem 1rem; align-items: center; justify-content: space-between; }
.network { margin: 0; font-weight: 600; color: var(--accent); text-transform: uppercase; letter-spacing: .04em; font-size: .9rem; }
h1 { font-size: clamp(1.4rem, 4vw, 2rem); margin: .3rem 0 .4rem; line-height: 1.2; }
h2 { font-size: 1.25rem; margin: 0 0 1rem; padding-bottom: .4rem; border-bottom: 2px solid var(--accent); }
h3 { font-size: 1.05rem; margin: 0 0 .5rem; }
h4 { font-size: .95rem; margin: .8rem 0 .3rem; color: var(--muted); }
.period { margin: 0; font-size: 1.05rem; }
.meta { margin: .3rem 0 0; color: var(--muted); font-size: .9rem; }
.badge { display: inline-block; padding: 0 .5em; border-radius: 1em; background: #fff3cd; color: #6b4e00; font-size: .85em; font-weight: 600; }
a { color: var(--accent); }
a:focus-visible, button:focus-visible, [data-name]:focus-visible { outline: 3px solid #f0a500; outline-offset: 2px; }
.lang-switch { font-weight: 600; }
.header-actions { display: flex; gap: 1rem; align-items: center; }
.card { background: var(--paper); border: 1px solid var(--line); border-radius: 8px; padding: 1.25rem; margin: 0 0 1.25rem; box-shadow: 0 1px 2px rgba(0, 0, 0, .05); min-width: 0; }
.figures { display: grid; grid-template-columns: repeat(auto-fit, minmax(200px, 1fr)); gap: 1rem; }
.figure { border-left: 4px solid var(--accent); padding: .2rem 0 .2rem .8rem; }
.figure p { margin: 0; }
.figure-value { font-size: 2rem; font-weight: 700; line-height: 1.1; font-variant-numeric: tabular-nums; }
.figure-label { font-weight: 600; }
.change { font-size: .9rem; margin-top: .3rem; }
.change-up { color: var(--up); }
.change-down { color: var(--down); }
.change-same, .previous, .note, .none, .map-label, .map-help, .poll-facts, .goal-facts { color: var(--muted); }
.previous { font-size: .85rem; }
.table-box { overflow-x: auto; max-width: 100%; }
table { border-collapse: collapse; width: 100%; font-size: .95rem; }
th, td { overflow-wrap: normal; text-align: left; vertical-align: top; padding: .5rem .6rem; border-bottom: 1px solid var(--line); }
thead th { background: #eef2f6; font-weight: 600; white-space: nowrap; }
tfoot th, tfoot td { font-weight: 700; border-top: 2px solid var(--ink); }
tbody th[scope="row"] { min-width: 8rem; }
#measures td:last-child { min-width: 14rem; }
.num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
.charts { display: grid; grid-template-columns: repeat(auto-fit, minmax(min(100%, 420px), 1fr)); gap: 1.25rem; }
.chart-box { margin: 0; min-width: 0; }
.chart-box figcaption { font-weight: 600; margin-bottom: .3rem; }
svg.chart { display: block; width: 100%; height: auto; }
.legend { list-style: none; padding: 0; margin: .4rem 0 0; display: flex; flex-wrap: wrap; gap: .3rem 1rem; font-size: .9rem; }
.legend li { display: flex; align-items: center; gap: .4rem; }
.note { font-size: .85rem; margin: .3rem 0 0; }
.map-tools { display: flex; flex-wrap: wrap; align-items: center; gap: .5rem; margin-bottom: .5rem; }
.map-tools button, .print-button { font: inherit; min-width: 2.5rem; min-height: 2.5rem; padding: .2rem .7rem; border: 1px solid var(--accent); border-radius: 6px; background: var(--paper); color: var(--accent); font-weight: 700; cursor: pointer; }
.map-tools button:hover, .print-button:hover { background: #e8f0fa; }
.map-help { font-size: .85rem; }
.map-frame { position: relative; overflow: hidden; border: 1px solid var(--line); border-radius: 6px; background: #fff; }
.map-frame svg { display: block; width: 100%; height: auto; touch-action: none; cursor: grab; user-select: none; }
.map-frame svg.dragging { cursor: grabbing; }
.map-frame [data-name] { cursor: pointer; }
.map-frame [data-name]:hover, .map-frame [data-name]:focus { stroke: #1b2430; stroke-width: 4; outline: none; }
.map-tooltip { position: absolute; z-index: 2; max-width: 18rem; padding: .3rem .6rem; border-radius: 4px; background: #1b2430; color: #fff; font-size: .85rem; pointer-events: none; }
.map-tooltip[hidden] { display: none; }
.map-label { font-size: .9rem; margin: .5rem 0 0; }
.visually-hidden { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); clip-path: inset(50%); white-space: nowrap; }
.columns { display: grid; grid-template-columns: repeat(auto-fit, minmax(min(100%, 260px), 1fr)); gap: 1rem 1.5rem; }
.columns ul { margin: 0; padding-left: 1.2rem; }
.goal, .poll { border-top: 1px solid var(--line); padding-top: 1rem; margin-top: 1rem; }
.goal:first-of-type, .poll:first-of-type { border-top: 0; padding-top: 0; margin-top: 0; }
.ref { color: var(--muted); font-weight: 400; margin-right: .3rem; }
.goal-facts, .poll-facts { margin: 0 0 .4rem; font-size: .92rem; }
.status { font-weight: 600; color: var(--ink); }
.timeline { list-style: none; margin: 0; padding: 0 0 0 1rem; border-left: 2px solid var(--line); }
.timeline li { position: relative; margin: 0 0 .4rem; padding-left: .4rem; }
.timeline li::before { content: ""; position: absolute; left: calc(-1.3rem - 1px); top: .5em; width: .6rem; height: .6rem; border-radius: 50%; background: var(--accent); }
.timeline time { font-weight: 600; margin-right: .4rem; white-space: nowrap; }
.bars { display: grid; gap: .5rem; }
.bar-row { display: grid; grid-template-columns: minmax(6rem, 1fr) minmax(6rem, 2fr) auto; gap: .3rem .8rem; align-items: center; }
.bar { display: block; width: 100%; height: 1rem; }
.bar-value { font-variant-numeric: tabular-nums; white-space: nowrap; font-size: .92rem; }
.hidden-reason { font-style: italic; color: var(--muted); }
.poll-options { margin: .3rem 0; padding-left: 1.2rem; }
.page-footer { color: var(--muted); font-size: .9rem; border-top: 1px solid var(--line); padding-top: 1rem; }
.refusal { max-width: 40rem; margin: 3rem auto; }
.refusal code { white-space: nowrap; background: #eef2f6; padding: .1em .35em; border-radius: 4px; }
@media (max-width: 560px) {
  body { padding: 0 .6rem 1.5rem; }
  .card { padding: .9rem; }
  .bar-row { grid-template-columns: 1fr auto; }
  svg.chart text { font-size: 22px; }
  svg.chart text.minor { display: none; }
  .bar-label { grid-column: 1 / -1; }
}
@media print {
  @page { size: A4; margin: 15mm; }
  :root { background: #fff; color: #000; font-size: 11pt; }
  body { padding: 0; }
  .map-tools, .lang-switch, .map-tooltip, .print-button, button { display: none !important; }
  .card { box-shadow: none; border: 1px solid #999; border-radius: 0; break-inside: avoid; page-break-inside: avoid; }
  .card, .figure-value, .change, .previous, .note, .none, .map-label, .meta { color: #000; }
  h2 { border-bottom-color: #000; }
  .map-frame { border: 0; overflow: visible; }
  .map-frame svg { width: 100%; max-width: 100%; height: auto; }
  .table-box { overflow: visible; }
  a { color: #000; text-decoration: none; }
  .goal, .poll, .chart-box, tr { break-inside: avoid; }
}
`;

const WEB_JS = `"use strict";
// The map's zoom and pan (by changing the SVG's viewBox) and its tooltip; the print button.
(function () {
  var MIN_SCALE = 1, MAX_SCALE = 12;

  function numbers(text) {
    var parts = String(text || '').trim().split(/[\\s,]+/).map(Number);
    return parts.length === 4 && parts.every(isFinite) && parts[2] > 0 && parts[3] > 0 ? parts : null;
  }

  function setupMap(frame) {
    var svg = frame.querySelector('svg');
    var base = svg && numbers(svg.getAttribute('viewBox'));
    if (!base) return null;
    var view = base.slice();
    var tooltip = frame.querySelector('.map-tooltip');

    function apply() { svg.setAttribute('viewBox', view.map(function (v) { return Math.round(v * 100) / 100; }).join(' ')); }
    function clamp() {
      view[0] = Math.min(Math.max(view[0], base[0] - view[2] / 2), base[0] + base[2] - view[2] / 2);
      view[1] = Math.min(Math.max(view[1], base[1] - view[3] / 2), base[1] + base[3] - view[3] / 2);
    }
    function zoom(factor, cx, cy) {
      var scale = base[2] / (view[2] / factor);
      if (scale < MIN_SCALE) factor = view[2] / base[2];
      if (scale > MAX_SCALE) factor = view[2] / (base[2] / MAX_SCALE);
      if (cx === undefined) { cx = view[0] + view[2] / 2; cy = view[1] + view[3] / 2; }
      view[0] = cx - (cx - view[0]) / factor;
      view[1] = cy - (cy - view[1]) / factor;
      view[2] = view[2] / factor;
      view[3] = view[3] / factor;
      clamp();
      apply();
    }
    function reset() { view = base.slice(); apply(); }
    function toSvg(clientX, clientY) {
      var box = svg.getBoundingClientRect();
      if (!box.width || !box.height) return [view[0], view[1]];
      return [view[0] + ((clientX - box.left) / box.width) * view[2], view[1] + ((clientY - box.top) / box.height) * view[3]];
    }

    svg.addEventListener('wheel', function (event) {
      event.preventDefault();
      var at = toSvg(event.clientX, event.clientY);
      zoom(Math.exp(-event.deltaY * (event.deltaMode === 1 ? 0.05 : 0.0015)), at[0], at[1]);
    }, { passive: false });

    var pointers = {};
    var last = null;
    function count() { return Object.keys(pointers).length; }
    function spread() {
      var ids = Object.keys(pointers);
      if (ids.length < 2) return null;
      var a = pointers[ids[0]], b = pointers[ids[1]];
      return { d: Math.hypot(a.x - b.x, a.y - b.y), x: (a.x + b.x) / 2, y: (a.y + b.y) / 2 };
    }
    svg.addEventListener('pointerdown', function (event) {
      if (event.button !== undefined && event.button > 0) return;
      pointers[event.pointerId] = { x: event.clientX, y: event.clientY };
      last = spread() || { x: event.clientX, y: event.clientY };
      if (svg.setPointerCapture) { try { svg.setPointerCapture(event.pointerId); } catch (e) { /* not capturable */ } }
      svg.classList.add('dragging');
    });
    svg.addEventListener('pointermove', function (event) {
      if (!pointers[event.pointerId] || !last) return;
      pointers[event.pointerId] = { x: event.clientX, y: event.clientY };
      var box = svg.getBoundingClientRect();
      var now = spread() || { x: event.clientX, y: event.clientY };
      if (box.width > 0) {
        view[0] -= ((now.x - last.x) / box.width) * view[2];
        view[1] -= ((now.y - last.y) / box.height) * view[3];
      }
      if (now.d && last.d) { var at = toSvg(now.x, now.y); zoom(now.d / last.d, at[0], at[1]); }
      else { clamp(); apply(); }
      last = now;
    });
    function release(event) {
      delete pointers[event.pointerId];
      last = count() > 0 ? spread() || firstPointer() : null;
      if (count() === 0) svg.classList.remove('dragging');
    }
    function firstPointer() { var id = Object.keys(pointers)[0]; return id ? pointers[id] : null; }
    svg.addEventListener('pointerup', release);
    svg.addEventListener('pointercancel', release);

    function show(target, clientX, clientY) {
      var name = target && target.getAttribute && target.getAttribute('data-name');
      if (!tooltip || !name) return;
      tooltip.textContent = name;
      tooltip.hidden = false;
      var box = frame.getBoundingClientRect();
      var x = clientX - box.left + 12, y = clientY - box.top + 12;
      tooltip.style.left = Math.max(0, Math.min(x, box.width - tooltip.offsetWidth - 4)) + 'px';
      tooltip.style.top = Math.max(0, Math.min(y, box.height - tooltip.offsetHeight - 4)) + 'px';
    }
    function hide() { if (tooltip) tooltip.hidden = true; }
    svg.addEventListener('pointerover', function (event) { show(event.target, event.clientX, event.clientY); });
    svg.addEventListener('pointerout', function (event) { if (event.target.getAttribute && event.target.getAttribute('data-name')) hide(); });
    svg.addEventListener('focusin', function (event) {
      var rect = event.target.getBoundingClientRect ? event.target.getBoundingClientRect() : null;
      if (rect) show(event.target, rect.right, rect.bottom);
    });
    svg.addEventListener('focusout', hide);

    return { zoom: zoom, reset: reset };
  }

  function start() {
    var maps = {};
    Array.prototype.forEach.call(document.querySelectorAll('[data-map]'), function (frame) {
      var control = setupMap(frame);
      if (control && frame.id) maps[frame.id] = control;
    });
    Array.prototype.forEach.call(document.querySelectorAll('[data-zoom]'), function (button) {
      var bar = button.closest ? button.closest('[aria-controls]') : null;
      var control = bar && maps[bar.getAttribute('aria-controls')];
      if (!control) return;
      button.addEventListener('click', function () {
        var kind = button.getAttribute('data-zoom');
        if (kind === 'in') control.zoom(1.5);
        else if (kind === 'out') control.zoom(1 / 1.5);
        else control.reset();
      });
    });
    Array.prototype.forEach.call(document.querySelectorAll('[data-print]'), function (button) {
      button.hidden = false;
      button.addEventListener('click', function () { window.print(); });
    });
    document.documentElement.dataset.ready = '1';
  }

  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', start);
  else start();
})();
`;

export const WEB_ASSETS: Readonly<Record<string, { type: string; body: string }>> = {
  'web.css': { type: 'text/css; charset=utf-8', body: WEB_CSS },
  'web.js': { type: 'text/javascript; charset=utf-8', body: WEB_JS },
};
