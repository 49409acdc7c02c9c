// <cc-timeline>: one claim group's values by publication date, one series per outlet, drawn with Apache ECharts.
// The server sets the `data` property: {unit, points: [{outlet, date: "2024-02-08", value, low, high,
// lowOpen, highOpen, approx, text}]}. A bound drawn as a vertical bar; an open-ended bound ("more than",
// "at least") as an arrow in the open direction, so a lower bound never reads as an exact figure.
// ECharts is loaded on first use, in a chunk of its own, so that opening a comparison does not wait for it.
let echartsLoading = null;
function loadEcharts() {
  echartsLoading ??= import('./echarts-setup.js').then((module) => module.echarts);
  return echartsLoading;
}

const PALETTE = ['#1f6feb', '#d1242f', '#1a7f37', '#9a6700', '#8250df', '#0a7ea4', '#bf3989', '#57606a'];
const SYMBOLS = ['circle', 'rect', 'diamond', 'triangle', 'roundRect', 'pin', 'circle', 'rect'];

class CcTimeline extends HTMLElement {
  constructor() {
    super();
    this._data = null;
    this._chart = null;
    this._resize = new ResizeObserver(() => this._chart && this._chart.resize());
  }

  set data(value) {
    this._data = value;
    this._render();
  }

  get data() {
    return this._data;
  }

  connectedCallback() {
    this.style.display = 'block';
    this._resize.observe(this);
    this._render();
  }

  disconnectedCallback() {
    this._resize.disconnect();
    if (this._chart) {
      this._chart.dispose();
      this._chart = null;
    }
  }

  async _render() {
    if (!this.isConnected || !this._data) {
      return;
    }
    const echarts = await loadEcharts();
    if (!this.isConnected) {
      return;
    }
    if (!this._chart) {
      this._chart = echarts.init(this, null, { renderer: 'svg' });
    }
    this._chart.setOption(option(this._data, getComputedStyle(this)), true);
  }
}

function option(data, style) {
  const text = style.getPropertyValue('--lumo-body-text-color').trim() || '#1a1a1a';
  const secondary = style.getPropertyValue('--lumo-secondary-text-color').trim() || '#666';
  const grid = style.getPropertyValue('--lumo-contrast-10pct').trim() || '#ddd';
  const outlets = [...new Set(data.points.map((p) => p.outlet))];
  const series = [];
  outlets.forEach((outlet, i) => {
    const color = PALETTE[i % PALETTE.length];
    const points = data.points.filter((p) => p.outlet === outlet);
    series.push({
      name: outlet,
      type: 'line',
      color,
      symbol: SYMBOLS[i % SYMBOLS.length],
      symbolSize: 10,
      data: points.map((p) => ({ value: [p.date, p.value], claim: p })),
      lineStyle: { width: 1.5, type: 'dashed', opacity: 0.6 },
      z: 3,
    });
    series.push({
      name: outlet,
      type: 'custom',
      color,
      renderItem: bounds,
      data: points.map((p) => [p.date, p.low ?? p.value, p.high ?? p.value, p.lowOpen ? 1 : 0, p.highOpen ? 1 : 0]),
      tooltip: { show: false },
      z: 2,
    });
  });
  return {
    animation: false,
    textStyle: { color: text, fontFamily: 'inherit' },
    grid: { left: 8, right: 16, top: 36, bottom: 8, containLabel: true },
    legend: { top: 0, itemGap: 18, textStyle: { color: secondary }, type: 'scroll' },
    tooltip: {
      trigger: 'item',
      formatter: (item) => {
        const c = item.data && item.data.claim;
        return c ? `<b>${escape(c.outlet)}</b><br>${escape(c.dateLabel)}<br>${escape(c.text)}` : '';
      },
    },
    xAxis: {
      type: 'time',
      axisLabel: { color: secondary, hideOverlap: true },
      axisLine: { lineStyle: { color: grid } },
      splitLine: { show: false },
    },
    yAxis: {
      type: 'value',
      name: data.unit || '',
      nameTextStyle: { color: secondary },
      scale: true,
      axisLabel: { color: secondary },
      splitLine: { lineStyle: { color: grid } },
    },
    series,
  };
}

// A bar from low to high; an open end gets an arrow head pointing the way the value may go on.
function bounds(params, api) {
  const x = api.value(0);
  const low = api.value(1);
  const high = api.value(2);
  const lowOpen = api.value(3) === 1;
  const highOpen = api.value(4) === 1;
  const [cx, yLow] = api.coord([x, low]);
  const [, yHigh] = api.coord([x, high]);
  const color = api.visual('color');
  const children = [];
  const top = highOpen ? yLow - 34 : yHigh;
  const bottom = lowOpen ? yHigh + 34 : yLow;
  if (Math.abs(bottom - top) > 1) {
    children.push({ type: 'line', shape: { x1: cx, y1: top, x2: cx, y2: bottom }, style: { stroke: color, lineWidth: 2 } });
  }
  if (highOpen) {
    children.push(arrow(cx, top, -1, color));
  } else if (!lowOpen && yHigh !== yLow) {
    children.push(cap(cx, yHigh, color));
  }
  if (lowOpen) {
    children.push(arrow(cx, bottom, 1, color));
  } else if (!highOpen && yHigh !== yLow) {
    children.push(cap(cx, yLow, color));
  }
  return { type: 'group', children };
}

function arrow(x, y, direction, color) {
  return {
    type: 'polygon',
    shape: { points: [[x - 5, y - direction * 7], [x + 5, y - direction * 7], [x, y]] },
    style: { fill: color },
  };
}

function cap(x, y, color) {
  return { type: 'line', shape: { x1: x - 5, y1: y, x2: x + 5, y2: y }, style: { stroke: color, lineWidth: 2 } };
}

function escape(value) {
  return String(value ?? '').replace(/[&<>"']/g, (ch) => `&#${ch.charCodeAt(0)};`);
}

customElements.define('cc-timeline', CcTimeline);
