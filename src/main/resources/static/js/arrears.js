// 清欠统计: owed / repaid / overdue by payer type, and by month. Data comes from the page, no extra request.
function drawArrearsChart() {
  var el = document.getElementById('arrears-chart');
  var data = document.getElementById('arrears-chart-data');
  if (!el || !data || el.dataset.drawn) return;
  if (typeof echarts === 'undefined') {
    // pages swapped in by hx-boost: load ECharts first, then draw
    var s = document.createElement('script');
    s.src = el.dataset.echarts;
    s.onload = drawArrearsChart;
    document.head.appendChild(s);
    return;
  }
  el.dataset.drawn = '1';
  var d = JSON.parse(data.textContent);
  var chart = echarts.init(el);
  var types = d.types || [];
  var months = d.months || [];
  chart.setOption({
    tooltip: {trigger: 'axis'},
    legend: {data: ['欠款', '已清偿', '逾期未付']},
    grid: [{left: '8%', right: '4%', top: 40, height: '35%'}, {left: '8%', right: '4%', top: '60%', height: '30%'}],
    xAxis: [{type: 'category', data: types.map(function (r) { return r.label; })},
            {type: 'category', gridIndex: 1, data: months.map(function (r) { return r.label; })}],
    yAxis: [{type: 'value', name: '元'}, {type: 'value', gridIndex: 1, name: '元'}],
    series: [
      {name: '欠款', type: 'bar', data: types.map(function (r) { return r.owed; })},
      {name: '已清偿', type: 'bar', data: types.map(function (r) { return r.repaid; })},
      {name: '逾期未付', type: 'bar', data: types.map(function (r) { return r.overdue; })},
      {name: '欠款', type: 'line', xAxisIndex: 1, yAxisIndex: 1, data: months.map(function (r) { return r.owed; })},
      {name: '已清偿', type: 'line', xAxisIndex: 1, yAxisIndex: 1, data: months.map(function (r) { return r.repaid; })}
    ]
  });
  window.addEventListener('resize', function () { chart.resize(); });
}
if (document.readyState === 'loading') {
  document.addEventListener('DOMContentLoaded', drawArrearsChart);
} else {
  drawArrearsChart();
}
document.addEventListener('htmx:load', drawArrearsChart);
