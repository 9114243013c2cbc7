// Recomputes a published draw in the browser (algorithm yingshang-draw-v1, see DrawAlgorithm.java):
// a Web Worker (inspection-draw-worker.js) fetches the frozen pool, hashes it and the seed, ranks
// each class by HMAC-SHA256(seed, creditCode) and takes ceil(n x ratio%) per class plus every
// key-supervision entity; this page shows its progress and compares the result with the published
// selection.
(function () {
  if (window.__inspectionVerify) { return; }
  window.__inspectionVerify = true;
  function basisPoints(text) {
    var parts = String(text).split('.');
    var frac = ((parts[1] || '') + '00').substring(0, 2);
    return parseInt(parts[0], 10) * 100 + parseInt(frac, 10);
  }
  function text(id) {
    return document.getElementById(id).textContent.trim();
  }
  function compare(result, out, messages) {
    var published = Array.from(document.querySelectorAll('#selected li')).map(function (li) { return li.textContent.trim(); });
    var poolOk = result.poolHash === text('pool-hash');
    var commitmentOk = result.commitment === text('commitment');
    var same = result.selectionHash === text('selection-hash') && published.join(',') === result.codes.join(',');
    out.className = poolOk && commitmentOk && same ? 'notice' : 'warning';
    out.textContent = poolOk && commitmentOk && same
        ? messages.match.replace('{0}', result.codes.length)
        : messages.mismatch.replace('{0}', commitmentOk ? messages.matches : messages.differs)
            .replace('{1}', poolOk ? messages.matches : messages.differs).replace('{2}', same ? messages.same : messages.different);
  }
  function recompute(button) {
    var out = document.getElementById('browser-result');
    var bar = document.getElementById('browser-progress');
    var messages = out.dataset;  // the page's text (i18n/inspection.properties)
    if (!window.Worker) {
      out.textContent = messages.unsupported;
      return;
    }
    var ratios = document.getElementById('ratios').dataset;
    var worker = new Worker(button.dataset.worker);
    function done() {
      worker.terminate();
      button.disabled = false;
      bar.hidden = true;
    }
    button.disabled = true;
    out.className = '';
    out.textContent = messages.working;
    bar.hidden = false;
    bar.removeAttribute('value');  // indeterminate while the pool downloads
    worker.onmessage = function (event) {
      var m = event.data;
      if (m.type === 'progress') {
        bar.max = m.total;
        bar.value = m.done;
        out.textContent = messages.progress.replace('{0}', m.done.toLocaleString()).replace('{1}', m.total.toLocaleString());
      } else if (m.type === 'result') {
        done();
        compare(m, out, messages);
      } else {
        done();
        out.className = 'warning';
        out.textContent = m.badLine ? messages.badLine.replace('{0}', m.badLine) : messages.failed + m.message;
      }
    };
    worker.onerror = function (event) {
      done();
      out.className = 'warning';
      out.textContent = messages.failed + (event.message || '');
    };
    worker.postMessage({
      seed: text('seed'),
      poolUrl: document.getElementById('pool-link').href,
      basisPoints: {A: basisPoints(ratios.a), B: basisPoints(ratios.b), C: basisPoints(ratios.c), D: basisPoints(ratios.d)}
    });
  }
  document.addEventListener('click', function (event) {
    var button = event.target.closest && event.target.closest('#recompute-browser');
    if (button) {
      event.preventDefault();
      if (!button.disabled) { recompute(button); }
    }
  });
})();
