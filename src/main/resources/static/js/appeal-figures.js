// Bar chart of on-time, resolution and satisfaction rates on the appeal figures page. The layout
// loads this script on every page, so the chart is drawn after an hx-boost navigation too (the
// page's own <script> tags would run before ECharts is there, or not at all).
function drawAppealChart() {
  var el = document.getElementById('appeal-chart');
  if (!el || el.dataset.drawn) { return; }
  if (!window.echarts) {
    if (document.querySelector('script[data-echarts-loader]')) { return; }
    var s = document.createElement('script');
    s.src = el.getAttribute('data-echarts') || '/webjars/echarts/dist/echarts.min.js';
    s.setAttribute('data-echarts-loader', 'true');
    s.onload = drawAppealChart;
    document.head.appendChild(s);
    return;
  }
  el.dataset.drawn = '1';
  fetch(el.getAttribute('data-src'), {headers: {'Accept': 'application/json'}})
    .then(function (r) { return r.json(); })
    .then(function (d) {
      echarts.init(el).setOption({
        tooltip: {trigger: 'axis'},
        legend: {data: ['按期办结率', '解决率', '满意率']},
        xAxis: {type: 'category', data: d.names, axisLabel: {interval: 0, rotate: 30}},
        yAxis: {type: 'value', max: 100, axisLabel: {formatter: '{value}%'}},
        series: [
          {name: '按期办结率', type: 'bar', data: d.onTime},
          {name: '解决率', type: 'bar', data: d.resolution},
          {name: '满意率', type: 'bar', data: d.satisfaction}
        ]
      });
    });
}
if (document.readyState === 'loading') { document.addEventListener('DOMContentLoaded', drawAppealChart); } else { drawAppealChart(); }
document.addEventListener('htmx:load', drawAppealChart);
