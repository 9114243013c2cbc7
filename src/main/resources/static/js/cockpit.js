// Cockpit charts: the prefecture map coloured by an indicator's status, and an indicator's trend.
// Data comes from JSON endpoints named in data- attributes (CSP allows no inline script).
(function () {
  function withEcharts(el, done) {
    if (window.echarts) { done(); return; }
    var existing = document.querySelector('script[data-echarts]');
    if (existing) { existing.addEventListener('load', done); return; }
    var s = document.createElement('script');
    s.src = el.getAttribute('data-echarts');
    s.setAttribute('data-echarts', 'true');
    s.addEventListener('load', done);
    document.head.appendChild(s);
  }

  function getJson(url) {
    return fetch(url, {headers: {Accept: 'application/json'}, credentials: 'same-origin'}).then(function (r) {
      if (!r.ok) { throw new Error(url + ' → ' + r.status); }
      return r.json();
    });
  }

  function initMap(el) {
    Promise.all([getJson(el.getAttribute('data-geo')), getJson(el.getAttribute('data-src'))]).then(function (res) {
      var data = res[1];
      echarts.registerMap('xinjiang', res[0]);
      var chart = echarts.init(el);
      window.cockpitMap = chart;
      chart.setOption({
        tooltip: {trigger: 'item', formatter: function (p) {
          if (!p.data) { return p.name; }
          return p.data.regionName + '<br>' + data.indicator.name + '：' + p.data.display + '（' + p.data.statusLabel + '）';
        }},
        visualMap: {type: 'piecewise', left: 8, bottom: 8, pieces: data.legend.map(function (l) {
          return {value: l.level, label: l.label, color: l.colour};
        })},
        series: [{type: 'map', map: 'xinjiang', roam: false, selectedMode: false,
          emphasis: {label: {show: true}}, label: {show: false},
          data: data.areas.map(function (a) { return Object.assign({}, a, {value: a.level}); })}]
      });
      chart.on('click', function (p) {
        if (p.data && p.data.casesUrl) { window.location.href = p.data.casesUrl; }
      });
      window.addEventListener('resize', function () { chart.resize(); });
      el.setAttribute('data-loaded', 'true');
    }).catch(function (e) {
      el.textContent = '地图加载失败：' + e.message;
    });
  }

  function initTrend(el) {
    getJson(el.getAttribute('data-src')).then(function (points) {
      var ratio = el.getAttribute('data-ratio') === 'true';
      var chart = echarts.init(el);
      chart.setOption({
        tooltip: {trigger: 'axis'},
        xAxis: {type: 'category', data: points.map(function (p) { return p.period; })},
        yAxis: {type: 'value', axisLabel: {formatter: ratio ? '{value}%' : '{value}'}},
        series: [{type: 'line', smooth: true, data: points.map(function (p) {
          return p.value == null ? null : (ratio ? Math.round(p.value * 1000) / 10 : p.value);
        })}]
      });
      window.addEventListener('resize', function () { chart.resize(); });
      el.setAttribute('data-loaded', 'true');
    });
  }

  function init() {
    document.querySelectorAll('[data-cockpit-chart]:not([data-started])').forEach(function (el) {
      el.setAttribute('data-started', 'true');
      withEcharts(el, function () {
        if (el.getAttribute('data-cockpit-chart') === 'map') { initMap(el); } else { initTrend(el); }
      });
    });
  }

  if (!window.cockpitScriptLoaded) {
    window.cockpitScriptLoaded = true;
    document.addEventListener('click', function (e) {
      if (e.target.closest && e.target.closest('[data-print]')) { window.print(); }
    });
    document.addEventListener('htmx:afterSettle', init);
    document.addEventListener('htmx:load', init);
  }
  if (document.readyState === 'loading') { document.addEventListener('DOMContentLoaded', init); } else { init(); }
})();
