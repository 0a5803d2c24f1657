/*
 * Cluster Policy Explorer: the embed snippet's script. Served beside index.html; the snippet loads it
 * from the same place as the frame. It sizes every iframe marked data-cluster-policy-explorer to the
 * height the embedded view reports (a postMessage of { type: 'cluster-policy-explorer:height', height }),
 * and only from that frame's own window and origin. No inline code, no other requests, no globals.
 */
(function () {
  'use strict';
  var TYPE = 'cluster-policy-explorer:height';
  window.addEventListener('message', function (event) {
    var data = event.data;
    if (!data || data.type !== TYPE || typeof data.height !== 'number') return;
    var frames = document.querySelectorAll('iframe[data-cluster-policy-explorer]');
    for (var i = 0; i < frames.length; i++) {
      var frame = frames[i];
      if (frame.contentWindow !== event.source) continue;
      if (new URL(frame.src, document.baseURI).origin !== event.origin) continue;
      frame.style.height = Math.ceil(data.height) + 'px';
    }
  });
})();
