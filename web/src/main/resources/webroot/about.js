// About the data: the static text is in about.html; this adds what the service knows right now
// (GET /api/about: freshness and sources). The page stays useful when that endpoint is missing.

import { api, h, replace, fmtDate, fmtNumber, KIND_LABELS, initChrome } from './app.js';

const freshness = document.getElementById('about-freshness');
const sources = document.getElementById('about-sources');

const pick = (o, ...keys) => keys.map(k => o?.[k]).find(v => v != null && v !== '');

async function load() {
  initChrome();
  let about;
  try {
    about = await api('/api/about');
  } catch {
    freshness.textContent = '暂时无法读取数据更新时间，请稍后刷新本页。';
    return;
  }
  const asOf = pick(about, 'dataAsOf', 'updatedAt', 'lastUpdated');
  freshness.classList.remove('muted');
  replace(freshness, asOf ? ['当前数据更新于 ', h('strong', { text: fmtDate(asOf) }), '（北京时间）。'] : '数据更新时间暂不可用。');

  const list = Array.isArray(about.sources) ? about.sources : [];
  if (list.length) {
    const rows = list.map(s => [
      pick(s, 'name', 'label', 'title', 'source') || '—',
      pick(s, 'department', 'provider', 'authority') || '',
      (Array.isArray(s.kinds) ? s.kinds : [s.kind].filter(Boolean)).map(k => KIND_LABELS[k] || k).join('、') || pick(s, 'kindLabel') || '',
      pick(s, 'records', 'count', 'total'),
      fmtDate(pick(s, 'updatedAt', 'lastUpdated', 'dataAsOf', 'loadedAt')),
    ]);
    const has = i => rows.some(r => r[i] != null && r[i] !== '');
    const heads = ['数据项', '提供单位', '信息类别', '公示中条数', '最近更新'];
    const cols = heads.map((_, i) => i).filter(i => i === 0 || has(i));
    replace(sources, h('div', { class: 'table-wrap mt' }, h('table', { class: 'data stack' },
      h('caption', { text: '当前数据来源' }),
      h('thead', {}, h('tr', {}, cols.map(i => h('th', { scope: 'col', text: heads[i] })))),
      h('tbody', {}, rows.map(r => h('tr', {}, cols.map(i => h('td', {
        'data-label': heads[i], class: i === 3 ? 'num' : null,
        text: i === 3 && typeof r[i] === 'number' ? fmtNumber(r[i]) : (r[i] ?? '—') || '—',
      }))))))));
  } else if (about.counts && typeof about.counts === 'object') {
    replace(sources, h('p', { class: 'mt' }, '当前公示中的信息：',
      Object.entries(about.counts).map(([k, n]) => `${KIND_LABELS[k] || k} ${fmtNumber(n)} 条`).join('，'), '。'));
  }
}

load();
