/*! HirePlan embed: puts the planner in an iframe and keeps the iframe as tall as its content.
 *
 * On the host page:
 *
 *   <div data-hireplan="level=senior&region=msa-41940&hide=region&accent=0a7d5a&layout=compact"></div>
 *   <script src="https://planner.example.com/embed.js" async></script>
 *
 * Every element with `data-hireplan` gets an iframe of the planner (from the same place as this
 * script) in its embed mode, with the link parameters given in the attribute (README:
 * Embedding). Optional attributes: `data-title` (the iframe's accessible name), `data-sandbox`
 * (a sandbox token list, for example "allow-scripts allow-popups
 * allow-popups-to-escape-sandbox"; the planner works without same-origin rights, and the last
 * token lets a partner's contact form, opened from its button, run as a normal page).
 *
 * Protocol: the planner posts `{ type: "hireplan:resize", height }` (CSS pixels) to its parent
 * on load and whenever its content height changes. This script accepts the message only from
 * the iframe it created (event.source), and only a finite height within bounds.
 *
 * No dependencies, no globals besides `window.HirePlanEmbed`; safe to include twice.
 */
(function () {
  'use strict';
  if (window.HirePlanEmbed) {
    window.HirePlanEmbed.scan();
    return;
  }
  var script = document.currentScript;
  var base = new URL('./', script ? script.src : location.href);
  var MIN_HEIGHT = 200;
  var MAX_HEIGHT = 20000;
  var frames = [];

  function create(host) {
    if (host.hireplanFrame) return host.hireplanFrame;
    var params = new URLSearchParams(host.getAttribute('data-hireplan') || '');
    params.set('embed', '1');
    var iframe = document.createElement('iframe');
    iframe.src = base.href + '?' + params.toString();
    iframe.title = host.getAttribute('data-title') || 'HirePlan: hiring cost planner';
    iframe.loading = 'lazy';
    iframe.setAttribute('allow', 'clipboard-write');
    var sandbox = host.getAttribute('data-sandbox');
    if (sandbox) iframe.setAttribute('sandbox', sandbox);
    iframe.style.width = '100%';
    iframe.style.border = '0';
    iframe.style.display = 'block';
    iframe.style.height = '900px';
    host.appendChild(iframe);
    host.hireplanFrame = iframe;
    frames.push(iframe);
    return iframe;
  }

  function scan() {
    var hosts = document.querySelectorAll('[data-hireplan]');
    for (var i = 0; i < hosts.length; i++) create(hosts[i]);
  }

  window.addEventListener('message', function (event) {
    var data = event.data;
    if (!data || data.type !== 'hireplan:resize') return;
    for (var i = 0; i < frames.length; i++) {
      // Only the iframe this script made may resize itself (a sandboxed frame's origin is
      // "null", so the window, not the origin, identifies it).
      if (frames[i].contentWindow === event.source) {
        var height = Number(data.height);
        if (!isFinite(height)) return;
        height = Math.min(MAX_HEIGHT, Math.max(MIN_HEIGHT, Math.ceil(height)));
        frames[i].style.height = height + 'px';
        frames[i].dispatchEvent(new CustomEvent('hireplan:resized', { detail: { height: height } }));
        return;
      }
    }
  });

  window.HirePlanEmbed = { scan: scan, create: create };
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', scan);
  else scan();
})();
