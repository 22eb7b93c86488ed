/*
 * Issue 18: the quadrant matrix (p:chart extender="vbQuadrantChart"). The chart's JSON (QuadrantChart)
 * gives each bubble its name and tooltip and each point of a path its year; Chart.js options cannot
 * hold functions as JSON, so this file adds the tooltip callback and draws the names on the canvas.
 * Text is drawn with fillText (never inserted as HTML), so names cannot become markup.
 */
window.vbQuadrantChart = function () {
  var config = this.cfg.config;
  config.options = config.options || {};
  config.options.plugins = config.options.plugins || {};
  config.options.plugins.tooltip = {
    callbacks: {
      label: function (context) {
        var raw = context.raw || {};
        return raw.tip || context.dataset.label || '';
      }
    }
  };
  config.plugins = (config.plugins || []).concat([{
    id: 'vbNames',
    afterDatasetsDraw: function (chart) {
      var named = 0;
      chart.data.datasets.forEach(function (dataset) {
        named += (dataset.data || []).filter(function (d) { return d && d.name; }).length;
      });
      if (named > 80) {
        return; // too many to read: the table below the chart names them
      }
      var ctx = chart.ctx;
      ctx.save();
      ctx.font = '11px sans-serif';
      ctx.fillStyle = '#111827';
      ctx.textBaseline = 'middle';
      chart.data.datasets.forEach(function (dataset, i) {
        var meta = chart.getDatasetMeta(i);
        if (meta.hidden) {
          return;
        }
        meta.data.forEach(function (element, j) {
          var raw = dataset.data[j];
          if (!raw || !raw.name) {
            return;
          }
          var radius = (element.options && element.options.radius) || 5;
          var right = element.x > chart.chartArea.right - 120;
          ctx.textAlign = right ? 'right' : 'left';
          ctx.fillText(raw.name, element.x + (right ? -radius - 3 : radius + 3), element.y);
        });
      });
      ctx.restore();
    }
  }]);
};
