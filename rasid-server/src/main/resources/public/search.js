/*
 * rasid search page: the sort menu submits the form, and the volume-over-time chart is drawn with uPlot from the
 * JSON in data-volume. Without JavaScript (or without uPlot) the page keeps its table of months, which the chart
 * replaces. No inline script anywhere: the Content-Security-Policy allows only this site's files.
 */
(function () {
  'use strict';

  var sort = document.getElementById('sort');
  if (sort && sort.form) {
    sort.addEventListener('change', function () {
      sort.form.submit();
    });
  }

  var el = document.getElementById('volume-chart');
  if (!el || typeof window.uPlot === 'undefined') {
    return;
  }
  var data;
  try {
    data = JSON.parse(el.getAttribute('data-volume'));
  } catch (e) {
    return;
  }
  if (!data || !data.counts || data.counts.length === 0) {
    return;
  }

  var n = data.counts.length;
  var xs = [];
  var max = 1;
  for (var i = 0; i < n; i++) {
    xs.push(i);
    max = Math.max(max, data.counts[i]);
  }
  var ink = '#4a5260';
  var font = '13px "Noto Sans Arabic Variable", "Noto Sans Arabic", Tahoma, sans-serif';
  var height = 200;

  el.hidden = false;
  var tip = document.createElement('div');
  tip.className = 'volume-tip';
  tip.hidden = true;
  el.appendChild(tip);

  function monthSplits(u) {
    var perLabel = 86;
    var room = Math.max(1, Math.floor(u.bbox.width / (window.devicePixelRatio || 1) / perLabel));
    var step = Math.max(1, Math.ceil(n / room));
    var out = [];
    for (var j = 0; j < n; j += step) {
      out.push(j);
    }
    return out;
  }

  var opts = {
    width: Math.max(240, el.clientWidth),
    height: height,
    legend: { show: false },
    cursor: { drag: { x: false, y: false }, points: { show: false }, y: false },
    scales: {
      x: { time: false, range: [-0.6, n - 0.4] },
      y: { range: [0, Math.ceil(max * 1.15)] }
    },
    axes: [
      {
        stroke: ink,
        font: font,
        grid: { show: false },
        ticks: { show: false },
        splits: monthSplits,
        values: function (u, splits) {
          return splits.map(function (v) { return data.labels[v] || ''; });
        }
      },
      {
        stroke: ink,
        font: font,
        size: 48,
        grid: { stroke: '#e4e0d6', width: 1 },
        ticks: { show: false },
        incrs: [1, 2, 5, 10, 20, 50, 100, 200, 500, 1000, 2000, 5000, 10000, 20000, 50000, 100000],
        values: function (u, splits) {
          return splits.map(function (v) { return Number.isInteger(v) ? v.toLocaleString('en') : ''; });
        }
      }
    ],
    series: [
      {},
      {
        label: 'المقالات',
        stroke: '#0f5e63',
        fill: 'rgba(15, 94, 99, 0.72)',
        width: 0,
        paths: window.uPlot.paths.bars({ size: [0.72, 48], align: 0 }),
        points: { show: false }
      }
    ],
    hooks: {
      setCursor: [function (u) {
        var idx = u.cursor.idx;
        if (idx == null || u.cursor.left < 0) {
          tip.hidden = true;
          return;
        }
        tip.textContent = data.labels[idx] + ': ' + data.counts[idx].toLocaleString('en');
        tip.hidden = false;
        var left = u.valToPos(idx, 'x') + u.over.offsetLeft;
        tip.style.left = Math.round(left) + 'px';
        u.over.style.cursor = data.links[idx] ? 'pointer' : 'default';
      }]
    }
  };

  var chart = new window.uPlot(opts, [xs, data.counts], el);
  chart.over.addEventListener('click', function () {
    var idx = chart.cursor.idx;
    if (idx != null && data.links[idx]) {
      window.location.assign(data.links[idx]);
    }
  });
  window.addEventListener('resize', function () {
    chart.setSize({ width: Math.max(240, el.clientWidth), height: height });
  });

  // The chart now shows what the table shows: fold the table away (it stays one click away).
  var table = document.querySelector('.volume-table');
  if (table) {
    table.open = false;
  }
  el.setAttribute('data-chart', 'ready');
}());
