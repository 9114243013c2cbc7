// Bar chart of on-time, resolution and satisfaction rates on the appeal figures page.
document.addEventListener('DOMContentLoaded', function () {
  var el = document.getElementById('appeal-chart');
  if (!el || !window.echarts) { return; }
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
});
