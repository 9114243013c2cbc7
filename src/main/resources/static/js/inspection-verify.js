// Recomputes a published draw in the browser (algorithm yingshang-draw-v1, see DrawAlgorithm.java):
// fetch the frozen pool, check its SHA-256 and the seed's commitment, rank each class by
// HMAC-SHA256(seed, creditCode), take ceil(n x ratio%) per class plus every key-supervision entity,
// and compare with the published selection.
(function () {
  if (window.__inspectionVerify) { return; }
  window.__inspectionVerify = true;
  var enc = new TextEncoder();
  function hex(buffer) {
    return Array.from(new Uint8Array(buffer)).map(function (b) { return b.toString(16).padStart(2, '0'); }).join('');
  }
  function sha256(bytes) { return crypto.subtle.digest('SHA-256', bytes).then(hex); }
  function basisPoints(text) {
    var parts = String(text).split('.');
    var frac = ((parts[1] || '') + '00').substring(0, 2);
    return parseInt(parts[0], 10) * 100 + parseInt(frac, 10);
  }
  async function recompute(button) {
    var out = document.getElementById('browser-result');
    var messages = out.dataset;  // the page's text (i18n/inspection.properties)
    if (!window.crypto || !crypto.subtle) {
      out.textContent = messages.unsupported;
      return;
    }
    out.textContent = messages.working;
    var seed = document.getElementById('seed').textContent.trim();
    var poolBytes = new Uint8Array(await (await fetch(document.getElementById('pool-link').href)).arrayBuffer());
    var poolOk = (await sha256(poolBytes)) === document.getElementById('pool-hash').textContent.trim();
    var commitmentOk = (await sha256(enc.encode(seed))) === document.getElementById('commitment').textContent.trim();
    var key = await crypto.subtle.importKey('raw', enc.encode(seed), {name: 'HMAC', hash: 'SHA-256'}, false, ['sign']);
    var ratios = document.getElementById('ratios').dataset;
    var strata = {A: [], B: [], C: [], D: []};
    var chosen = [];
    var lines = new TextDecoder().decode(poolBytes).split('\n');
    for (var i = 0; i < lines.length; i++) {
      if (!lines[i]) { continue; }
      var f = lines[i].split(',');
      if (f[2] === 'K') { chosen.push(f[0]); continue; }
      var score = hex(await crypto.subtle.sign('HMAC', key, enc.encode(f[0]))).substring(0, 16);
      strata[f[1]].push({code: f[0], score: score});
    }
    ['A', 'B', 'C', 'D'].forEach(function (c) {
      var list = strata[c];
      list.sort(function (x, y) { return x.score < y.score ? -1 : x.score > y.score ? 1 : (x.code < y.code ? -1 : 1); });
      var k = Math.min(list.length, Math.ceil(list.length * basisPoints(ratios[c.toLowerCase()]) / 10000));
      for (var j = 0; j < k; j++) { chosen.push(list[j].code); }
    });
    chosen.sort();
    var text = chosen.map(function (c) { return c + '\n'; }).join('');
    var selectionHash = await sha256(enc.encode(text));
    var published = Array.from(document.querySelectorAll('#selected li')).map(function (li) { return li.textContent.trim(); });
    var same = selectionHash === document.getElementById('selection-hash').textContent.trim()
        && published.join(',') === chosen.join(',');
    out.className = poolOk && commitmentOk && same ? 'notice' : 'warning';
    out.textContent = poolOk && commitmentOk && same
        ? messages.match.replace('{0}', chosen.length)
        : messages.mismatch.replace('{0}', commitmentOk ? messages.matches : messages.differs)
            .replace('{1}', poolOk ? messages.matches : messages.differs).replace('{2}', same ? messages.same : messages.different);
  }
  document.addEventListener('click', function (event) {
    var button = event.target.closest && event.target.closest('#recompute-browser');
    if (button) {
      event.preventDefault();
      recompute(button).catch(function (e) {
        var out = document.getElementById('browser-result');
        out.textContent = out.dataset.failed + e;
      });
    }
  });
})();
