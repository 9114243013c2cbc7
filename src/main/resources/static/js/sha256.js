// SHA-256 (FIPS 180-4) and HMAC-SHA256 (RFC 2104) in plain JavaScript, for pages and workers.
// WebCrypto is asynchronous (one awaited promise per HMAC: far too slow for a pool of millions of
// entities) and missing outside secure contexts; this runs synchronously anywhere. An Hmac absorbs
// the key's inner and outer pads once, so the HMAC of a short message (≤ 55 bytes, a credit code)
// costs two compressions. Checked against FIPS and RFC 4231 vectors and the server's DrawAlgorithm
// (Sha256BrowserTest).
(function (scope) {
  'use strict';
  var K = new Int32Array([
    0x428a2f98, 0x71374491, 0xb5c0fbcf, 0xe9b5dba5, 0x3956c25b, 0x59f111f1, 0x923f82a4, 0xab1c5ed5,
    0xd807aa98, 0x12835b01, 0x243185be, 0x550c7dc3, 0x72be5d74, 0x80deb1fe, 0x9bdc06a7, 0xc19bf174,
    0xe49b69c1, 0xefbe4786, 0x0fc19dc6, 0x240ca1cc, 0x2de92c6f, 0x4a7484aa, 0x5cb0a9dc, 0x76f988da,
    0x983e5152, 0xa831c66d, 0xb00327c8, 0xbf597fc7, 0xc6e00bf3, 0xd5a79147, 0x06ca6351, 0x14292967,
    0x27b70a85, 0x2e1b2138, 0x4d2c6dfc, 0x53380d13, 0x650a7354, 0x766a0abb, 0x81c2c92e, 0x92722c85,
    0xa2bfe8a1, 0xa81a664b, 0xc24b8b70, 0xc76c51a3, 0xd192e819, 0xd6990624, 0xf40e3585, 0x106aa070,
    0x19a4c116, 0x1e376c08, 0x2748774c, 0x34b0bcb5, 0x391c0cb3, 0x4ed8aa4a, 0x5b9cca4f, 0x682e6ff3,
    0x748f82ee, 0x78a5636f, 0x84c87814, 0x8cc70208, 0x90befffa, 0xa4506ceb, 0xbef9a3f7, 0xc67178f2]);
  var INITIAL = new Int32Array([
    0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a, 0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19]);

  /** Folds the 64-byte block at bytes[at] into the state h (8 words); w is a 64-word scratch array. */
  function compress(h, w, bytes, at) {
    var i, t1, t2, x, y;
    for (i = 0; i < 16; i++, at += 4) {
      w[i] = bytes[at] << 24 | bytes[at + 1] << 16 | bytes[at + 2] << 8 | bytes[at + 3];
    }
    for (i = 16; i < 64; i++) {
      x = w[i - 15];
      y = w[i - 2];
      w[i] = ((x >>> 7 | x << 25) ^ (x >>> 18 | x << 14) ^ x >>> 3)
          + ((y >>> 17 | y << 15) ^ (y >>> 19 | y << 13) ^ y >>> 10) + w[i - 7] + w[i - 16] | 0;
    }
    var a = h[0], b = h[1], c = h[2], d = h[3], e = h[4], f = h[5], g = h[6], k = h[7];
    for (i = 0; i < 64; i++) {
      t1 = k + ((e >>> 6 | e << 26) ^ (e >>> 11 | e << 21) ^ (e >>> 25 | e << 7)) + (e & f ^ ~e & g) + K[i] + w[i] | 0;
      t2 = ((a >>> 2 | a << 30) ^ (a >>> 13 | a << 19) ^ (a >>> 22 | a << 10)) + (a & b ^ a & c ^ b & c) | 0;
      k = g; g = f; f = e; e = d + t1 | 0;
      d = c; c = b; b = a; a = t1 + t2 | 0;
    }
    h[0] = h[0] + a | 0; h[1] = h[1] + b | 0; h[2] = h[2] + c | 0; h[3] = h[3] + d | 0;
    h[4] = h[4] + e | 0; h[5] = h[5] + f | 0; h[6] = h[6] + g | 0; h[7] = h[7] + k | 0;
  }

  /**
   * Hashes bytes[offset, offset + length) starting from state h, which has already absorbed
   * `prefix` bytes (whole blocks); leaves the digest words in h.
   */
  function finish(h, w, block, bytes, offset, length, prefix) {
    var at = offset;
    var end = offset + length;
    for (; end - at >= 64; at += 64) {
      compress(h, w, bytes, at);
    }
    var rest = end - at;
    block.fill(0);
    block.set(bytes.subarray(at, end));
    block[rest] = 0x80;
    if (rest >= 56) {
      compress(h, w, block, 0);
      block.fill(0);
    }
    var bits = (prefix + length) * 8;  // exact up to 2^53 bits
    var high = Math.floor(bits / 0x100000000);
    block[56] = high >>> 24; block[57] = high >>> 16; block[58] = high >>> 8; block[59] = high;
    block[60] = bits >>> 24; block[61] = bits >>> 16; block[62] = bits >>> 8; block[63] = bits;
    compress(h, w, block, 0);
  }

  function wordsToBytes(h) {
    var out = new Uint8Array(32);
    for (var i = 0; i < 8; i++) {
      out[4 * i] = h[i] >>> 24; out[4 * i + 1] = h[i] >>> 16; out[4 * i + 2] = h[i] >>> 8; out[4 * i + 3] = h[i];
    }
    return out;
  }

  function hex(bytes) {
    var s = '';
    for (var i = 0; i < bytes.length; i++) {
      s += (bytes[i] < 16 ? '0' : '') + bytes[i].toString(16);
    }
    return s;
  }

  function utf8(text) {
    return new TextEncoder().encode(text);
  }

  /** SHA-256 of a Uint8Array (or a string, taken as UTF-8), as 32 bytes. */
  function digest(data) {
    var bytes = typeof data === 'string' ? utf8(data) : data;
    var h = new Int32Array(INITIAL);
    finish(h, new Int32Array(64), new Uint8Array(64), bytes, 0, bytes.length, 0);
    return wordsToBytes(h);
  }

  /**
   * Incremental SHA-256 for large inputs read in pieces (a pool of tens of megabytes hashed while
   * its lines are scored): update(bytes, offset, length) any number of times, then digest().
   */
  function Hasher() {
    this.h = new Int32Array(INITIAL);
    this.w = new Int32Array(64);
    this.block = new Uint8Array(64);
    this.pending = new Uint8Array(64);
    this.filled = 0;
    this.absorbed = 0;  // bytes already folded into h (whole blocks)
  }
  Hasher.prototype.update = function (bytes, offset, length) {
    var at = offset === undefined ? 0 : offset;
    var end = length === undefined ? bytes.length : at + length;
    if (this.filled > 0) {
      var take = Math.min(64 - this.filled, end - at);
      this.pending.set(bytes.subarray(at, at + take), this.filled);
      this.filled += take;
      at += take;
      if (this.filled < 64) { return this; }
      compress(this.h, this.w, this.pending, 0);
      this.absorbed += 64;
      this.filled = 0;
    }
    for (; end - at >= 64; at += 64) {
      compress(this.h, this.w, bytes, at);
      this.absorbed += 64;
    }
    this.pending.set(bytes.subarray(at, end));
    this.filled = end - at;
    return this;
  };
  Hasher.prototype.digest = function () {
    finish(this.h, this.w, this.block, this.pending, 0, this.filled, this.absorbed);
    return wordsToBytes(this.h);
  };

  /** HMAC-SHA256 with a fixed key (Uint8Array or UTF-8 string); the pads are absorbed once here. */
  function Hmac(key) {
    var k = typeof key === 'string' ? utf8(key) : key;
    if (k.length > 64) { k = digest(k); }
    var ipad = new Uint8Array(64);
    var opad = new Uint8Array(64);
    for (var i = 0; i < 64; i++) {
      var b = i < k.length ? k[i] : 0;
      ipad[i] = b ^ 0x36;
      opad[i] = b ^ 0x5c;
    }
    this.w = new Int32Array(64);
    this.block = new Uint8Array(64);
    this.innerState = new Int32Array(INITIAL);
    compress(this.innerState, this.w, ipad, 0);
    this.outerState = new Int32Array(INITIAL);
    compress(this.outerState, this.w, opad, 0);
    this.h = new Int32Array(8);
    this.innerDigest = new Uint8Array(32);
  }

  /**
   * HMAC of bytes[offset, offset + length): the 8 words of the result (signed Int32, read with
   * >>> 0 for unsigned) are left in this.h and returned. No allocation: call it millions of times.
   */
  Hmac.prototype.words = function (bytes, offset, length) {
    var h = this.h;
    h.set(this.innerState);
    finish(h, this.w, this.block, bytes, offset, length, 64);
    var d = this.innerDigest;
    for (var i = 0; i < 8; i++) {
      d[4 * i] = h[i] >>> 24; d[4 * i + 1] = h[i] >>> 16; d[4 * i + 2] = h[i] >>> 8; d[4 * i + 3] = h[i];
    }
    h.set(this.outerState);
    finish(h, this.w, this.block, d, 0, 32, 64);
    return h;
  };

  /** HMAC of a Uint8Array (or UTF-8 string) as 32 bytes. */
  Hmac.prototype.mac = function (data) {
    var bytes = typeof data === 'string' ? utf8(data) : data;
    return wordsToBytes(this.words(bytes, 0, bytes.length));
  };

  scope.YingshangSha256 = {digest: digest, Hasher: Hasher, Hmac: Hmac, hex: hex, utf8: utf8};
})(typeof self !== 'undefined' ? self : this);
