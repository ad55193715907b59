// Red list / black list: a searchable, filterable table. The address holds list, q, type, region
// and page, so a filtered view can be shared and the back button works.

import {
  h, replace, loading, fetchResults, announce, queryString, setUrl, pager, fmtDate, fmtNumber,
  lastPublicDay, subjectCode, subjectUrl, LIST_TYPE_LABELS, initChrome,
} from './app.js';

const PAGE_SIZE = 20;
const MAX_PAGE = 50;
const LISTS = {
  red: {
    title: '红名单', heading: '守信激励对象名单（红名单）',
    lead: '纳税信用A级纳税人、海关高级认证企业及其他守信激励对象。列入红名单的主体在行政审批、公共资源交易等方面依法享受激励措施。',
    types: ['TAX_A', 'CUSTOMS_AEO', 'HONOR'],
    columns: [
      ['名称', r => nameCell(r)], ['统一社会信用代码', r => codeCell(r)], ['名单类别', r => r.listTypeLabel || LIST_TYPE_LABELS[r.listType]],
      ['认定机关', r => r.authority], ['列入日期', r => fmtDate(r.decisionDate)], ['有效期至', r => fmtDate(r.validTo) || '—'],
      ['地区', r => r.regionName || r.region],
    ],
  },
  black: {
    title: '黑名单', heading: '失信惩戒对象名单（黑名单）',
    lead: '严重失信主体名单、失信被执行人和经营异常名录中处于公示期内的主体。公示期满、已移出名单或已完成信用修复的主体不再显示。',
    types: ['SERIOUS_DISHONESTY', 'COURT_DEFAULTER', 'ABNORMAL_OPERATION'],
    columns: [
      ['名称', r => nameCell(r)], ['统一社会信用代码/证件号', r => codeCell(r)], ['名单类别', r => r.listTypeLabel || LIST_TYPE_LABELS[r.listType]],
      ['列入事由', r => r.content || r.title], ['认定机关', r => r.authority], ['列入日期', r => fmtDate(r.decisionDate)],
      ['公示期至', r => lastPublicDay(r.publicityEnd)],
    ],
  },
};

const el = {
  title: document.getElementById('list-title'),
  lead: document.getElementById('list-lead'),
  form: document.getElementById('list-form'),
  q: document.getElementById('lq'),
  type: document.getElementById('ltype'),
  region: document.getElementById('lregion'),
  summary: document.getElementById('list-summary'),
  body: document.getElementById('list-body'),
};

let controller = null;
let state = readState();
const regionLabels = new Map();

function readState() {
  const p = new URLSearchParams(location.search);
  const list = p.get('list') === 'black' ? 'black' : 'red';
  const type = LISTS[list].types.includes(p.get('type')) ? p.get('type') : '';
  const region = /^\d{6}$/.test(p.get('region') || '') ? p.get('region') : '';
  return {
    list, type, region, q: (p.get('q') || '').trim().slice(0, 200),
    page: Math.min(Math.max(Number.parseInt(p.get('page') || '1', 10) || 1, 1), MAX_PAGE),
  };
}

function urlQuery(st) {
  return queryString({ list: st.list, q: st.q, type: st.type, region: st.region, page: st.page > 1 ? st.page : '' });
}

function go(st, push = true) {
  state = st;
  setUrl(urlQuery(st), { replace: !push });
  show(st);
}

function chrome(st) {
  const def = LISTS[st.list];
  document.body.dataset.nav = st.list;
  initChrome();
  document.title = `${def.title} · 信用南通`;
  el.title.textContent = def.heading;
  el.lead.textContent = def.lead;
  for (const a of document.querySelectorAll('.segmented a')) {
    if (a.dataset.list === st.list) a.setAttribute('aria-current', 'page'); else a.removeAttribute('aria-current');
  }
  el.q.value = st.q;
}

async function show(st) {
  chrome(st);
  typeOptions(st, []);
  el.summary.textContent = '正在查询…';
  loading(el.body, '正在加载名单…');
  controller?.abort();
  controller = new AbortController();
  const data = await fetchResults(
    `/api/lists/${st.list}?${queryString({ q: st.q, type: st.type, region: st.region, page: st.page, size: PAGE_SIZE })}`,
    controller.signal, el);
  if (data) render(st, data);
}

function typeOptions(st, buckets) {
  const counts = new Map((buckets || []).map(b => [String(b.value), b.count]));
  const options = [h('option', { value: '', text: '全部类别' })];
  for (const t of LISTS[st.list].types) {
    const n = counts.get(t);
    options.push(h('option', { value: t, text: `${LIST_TYPE_LABELS[t]}${n != null ? `（${fmtNumber(n)}）` : ''}` }));
  }
  replace(el.type, ...options);
  el.type.value = st.type;
}

function regionOptions(st, buckets) {
  for (const b of buckets || []) regionLabels.set(String(b.value), b.label || String(b.value));
  const options = [h('option', { value: '', text: '全部地区' })];
  const values = new Set((buckets || []).map(b => String(b.value)));
  if (st.region) values.add(st.region);
  const counts = new Map((buckets || []).map(b => [String(b.value), b.count]));
  for (const v of values) {
    const n = counts.get(v);
    options.push(h('option', { value: v, text: `${regionLabels.get(v) || v}${n != null ? `（${fmtNumber(n)}）` : ''}` }));
  }
  replace(el.region, ...options);
  el.region.value = st.region;
}

function render(st, data) {
  const def = LISTS[st.list];
  const entries = Array.isArray(data.entries) ? data.entries : [];
  const total = Number(data.total) || 0;
  const pages = Math.min(Math.ceil(total / PAGE_SIZE), MAX_PAGE);
  typeOptions(st, data.facets?.listType);
  regionOptions(st, data.facets?.region);
  const summary = total
    ? `共 ${fmtNumber(total)} 条${pages > 1 ? `，第 ${st.page} / ${pages} 页` : ''}`
    : (st.q || st.type || st.region) ? '没有符合条件的名单信息' : `${def.title}暂无公示中的名单信息`;
  el.summary.textContent = summary;
  announce(summary);
  if (!entries.length) {
    replace(el.body, h('div', { class: 'empty' },
      h('p', { text: st.q ? `名单中未找到“${st.q}”。` : '没有符合条件的名单信息。' }),
      h('p', { class: 'muted' }, '不在名单中不代表没有其他失信信息，可在',
        h('a', { href: `/?q=${encodeURIComponent(st.q)}`, text: '综合查询' }), '中查看行政处罚等信息。')));
    return;
  }
  const table = h('table', { class: 'data stack' },
    h('caption', { class: 'sr-only', text: `${def.heading}，${summary}` }),
    h('thead', {}, h('tr', {}, def.columns.map(([label]) => h('th', { scope: 'col', text: label })))),
    h('tbody', {}, entries.map(r => h('tr', {}, def.columns.map(([label, cell]) => {
      const v = cell(r);
      return h('td', { 'data-label': label, class: /日期|期至/.test(label) ? 'nowrap' : null }, v == null || v === '' ? '—' : v);
    })))));
  replace(el.body, h('div', { class: 'table-wrap' }, table), pager({
    page: st.page, pages,
    hrefFor: p => `/lists.html?${urlQuery({ ...st, page: p })}`,
    onGo: p => { go({ ...st, page: p }); el.summary.focus({ preventScroll: true }); el.summary.scrollIntoView({ block: 'start' }); },
  }));
}

function nameCell(r) {
  return r.subjectKey ? h('a', { href: subjectUrl(r.subjectKey), text: r.subjectName || r.subjectKey }) : (r.subjectName || '');
}

function codeCell(r) {
  return h('span', { class: 'code', text: subjectCode(r) });
}

el.form.addEventListener('submit', e => {
  e.preventDefault();
  go({ ...state, q: el.q.value.trim(), type: el.type.value, region: el.region.value, page: 1 });
});
el.type.addEventListener('change', () => go({ ...state, q: el.q.value.trim(), type: el.type.value, page: 1 }));
el.region.addEventListener('change', () => go({ ...state, q: el.q.value.trim(), region: el.region.value, page: 1 }));
for (const a of document.querySelectorAll('.segmented a')) {
  a.addEventListener('click', e => {
    if (e.ctrlKey || e.metaKey || e.shiftKey || e.button !== 0) return;
    e.preventDefault();
    go({ list: a.dataset.list, q: '', type: '', region: '', page: 1 });
  });
}
window.addEventListener('popstate', () => { state = readState(); show(state); });

setUrl(urlQuery(state), { replace: true });
show(state);
