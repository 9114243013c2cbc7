// Recomputes a draw (algorithm yingshang-draw-v1, see DrawAlgorithm.java) off the page's thread, so
// a pool of millions of entities neither freezes the page nor waits on one promise per entity.
// Message in: {seed, basisPoints: {A, B, C, D}, poolUrl} or {seed, basisPoints, pool: ArrayBuffer}.
// Messages out: {type: 'progress', done, total} (entities scored), then
// {type: 'result', poolSize, poolHash, commitment, codes, selectionHash, millis}, or
// {type: 'error', badLine} for a malformed pool line, {type: 'error', message} for anything else.
importScripts('sha256.js');

(function () {
  'use strict';
  var sha = self.YingshangSha256;
  var CLASSES = 'ABCD';
  var KEY = 4;          // class slot of key-supervision entities (always drawn)
  var BITS = 16;        // scores are bucketed by their leading 16 bits to find each class's k-th lowest
  var PROGRESS_EVERY = 1 << 16;

  /** Line starts, code ends (the first comma) and class slots of a pool text: "code,class,flag\n" per line. */
  function parse(bytes) {
    var lines = 0;
    for (var i = 0; i < bytes.length; i++) {
      if (bytes[i] === 10) { lines++; }
    }
    lines++;
    var start = new Int32Array(lines);
    var codeEnd = new Int32Array(lines);
    var slot = new Uint8Array(lines);
    var n = 0;
    var at = 0;
    var line = 0;
    while (at < bytes.length) {
      var end = bytes.indexOf(10, at);
      if (end < 0) { end = bytes.length; }
      line++;
      if (end > at) {
        var comma = bytes.indexOf(44, at);
        var c = comma >= 0 && comma + 3 < end ? bytes[comma + 1] - 65 : -1;
        if (c < 0 || c > 3 || bytes[comma + 2] !== 44) {
          throw {badLine: line};
        }
        start[n] = at;
        codeEnd[n] = comma;
        slot[n] = bytes[comma + 3] === 75 /* K */ ? KEY : c;
        n++;
      }
      at = end + 1;
    }
    return {size: n, start: start, codeEnd: codeEnd, slot: slot};
  }

  function compareCodes(bytes, pool, x, y) {
    var i = pool.start[x], ie = pool.codeEnd[x], j = pool.start[y], je = pool.codeEnd[y];
    for (; i < ie && j < je; i++, j++) {
      if (bytes[i] !== bytes[j]) { return bytes[i] - bytes[j]; }
    }
    return (ie - pool.start[x]) - (je - pool.start[y]);
  }

  /**
   * The selection: every key-supervision entity, and per class the ceil(n × ratio) lowest scores
   * (first 64 bits of HMAC-SHA256(seed, code), then the code). A histogram of the scores' leading
   * bits finds the bucket holding each class's k-th lowest score; only that bucket is sorted.
   */
  function draw(bytes, seed, basisPoints, progress) {
    var began = Date.now();
    var pool = parse(bytes);
    var n = pool.size;
    var count = [0, 0, 0, 0, 0];
    for (var i = 0; i < n; i++) { count[pool.slot[i]]++; }
    var wanted = [], ranked = [];
    for (var c = 0; c < 4; c++) {
      var bp = basisPoints[CLASSES[c]];
      wanted[c] = Math.min(count[c], Math.floor((count[c] * bp + 9999) / 10000));
      ranked[c] = wanted[c] > 0 && wanted[c] < count[c];
    }
    var buckets = 1 << BITS;
    var high = new Uint32Array(n);
    var low = new Uint32Array(n);
    var histogram = new Int32Array(4 * buckets);
    var mac = new sha.Hmac(seed);
    for (i = 0; i < n; i++) {
      c = pool.slot[i];
      if (c !== KEY && ranked[c]) {
        var h = mac.words(bytes, pool.start[i], pool.codeEnd[i] - pool.start[i]);
        high[i] = h[0];
        low[i] = h[1];
        histogram[c * buckets + (h[0] >>> (32 - BITS))]++;
      }
      if ((i + 1) % PROGRESS_EVERY === 0) { progress(i + 1, n); }
    }
    progress(n, n);
    var boundary = [0, 0, 0, 0], fromBoundary = [0, 0, 0, 0], inBoundary = [[], [], [], []];
    for (c = 0; c < 4; c++) {
      if (!ranked[c]) { continue; }
      var below = 0, b = 0;
      while (below + histogram[c * buckets + b] < wanted[c]) {
        below += histogram[c * buckets + b];
        b++;
      }
      boundary[c] = b;
      fromBoundary[c] = wanted[c] - below;
    }
    for (i = 0; i < n; i++) {
      c = pool.slot[i];
      if (c !== KEY && ranked[c] && high[i] >>> (32 - BITS) === boundary[c]) { inBoundary[c].push(i); }
    }
    var takenAtBoundary = new Uint8Array(n);
    for (c = 0; c < 4; c++) {
      inBoundary[c].sort(function (x, y) {
        return high[x] !== high[y] ? (high[x] < high[y] ? -1 : 1)
            : low[x] !== low[y] ? (low[x] < low[y] ? -1 : 1) : compareCodes(bytes, pool, x, y);
      });
      for (var j = 0; j < fromBoundary[c]; j++) { takenAtBoundary[inBoundary[c][j]] = 1; }
    }
    var decoder = new TextDecoder();
    var codes = [];
    for (i = 0; i < n; i++) {
      c = pool.slot[i];
      var bucket = high[i] >>> (32 - BITS);
      if (c === KEY || wanted[c] === count[c] && wanted[c] > 0
          || ranked[c] && (bucket < boundary[c] || bucket === boundary[c] && takenAtBoundary[i])) {
        codes.push(decoder.decode(bytes.subarray(pool.start[i], pool.codeEnd[i])));
      }
    }
    codes.sort();  // already in pool (code) order for a well-formed pool: a single pass
    var text = codes.length ? codes.join('\n') + '\n' : '';
    return {
      type: 'result',
      poolSize: n,
      poolHash: sha.hex(new sha.Hasher().update(bytes).digest()),
      commitment: sha.hex(sha.digest(seed)),
      codes: codes,
      selectionHash: sha.hex(sha.digest(text)),
      millis: Date.now() - began
    };
  }

  self.onmessage = function (event) {
    var job = event.data;
    var loaded = job.pool ? Promise.resolve(job.pool) : fetch(job.poolUrl).then(function (response) {
      if (!response.ok) { throw new Error('HTTP ' + response.status); }
      return response.arrayBuffer();
    });
    loaded.then(function (buffer) {
      self.postMessage(draw(new Uint8Array(buffer), job.seed, job.basisPoints, function (done, total) {
        self.postMessage({type: 'progress', done: done, total: total});
      }));
    }).catch(function (e) {
      self.postMessage(e && e.badLine ? {type: 'error', badLine: e.badLine} : {type: 'error', message: String(e && e.message || e)});
    });
  };
})();
