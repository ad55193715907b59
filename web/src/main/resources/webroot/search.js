// The home page: one search box with typeahead, results with highlights, facets as filters,
// paging, and an empty state that helps. The address bar holds q, filters, sort and page, so a
// result page can be shared and the back button walks through earlier searches.

import {
  api, h, replace, highlight, loading, fetchResults, announce, queryString, setUrl, pager, fmtNumber,
  fmtDate, fmtWan, lastPublicDay, subjectCode, subjectUrl, KIND_LABELS, TIER_LABELS, looksLikeCreditCode, creditCodeProblem,
  initChrome,
} from './app.js';
import { attachTypeahead } from './typeahead.js';

const PAGE_SIZE = 20;
const MAX_RESULTS = 1000; // the API's page × size ceiling
const MAX_PAGE = MAX_RESULTS / PAGE_SIZE;
const FACETS = [
  { name: 'kind', legend: '信息类别', labels: KIND_LABELS },
  { name: 'tier', legend: '失信程度', labels: TIER_LABELS },
  { name: 'year', legend: '决定年份', labels: {} },
  { name: 'region', legend: '地区', labels: {} },
  { name: 'authority', legend: '决定机关', labels: {} },
];
const FACET_PREVIEW = 6;

const el = {
  form: document.getElementById('search-form'),
  input: document.getElementById('q'),
  listbox: document.getElementById('q-listbox'),
  hero: document.getElementById('hero'),
  landing: document.getElementById('landing'),
  results: document.getElementById('results'),
  facets: document.getElementById('facets'),
  facetBody: document.getElementById('facet-body'),
  summary: document.getElementById('summary'),
  sort: document.getElementById('sort'),
  chips: document.getElementById('chips'),
  body: document.getElementById('result-body'),
};

const expandedFacets = new Set();
// labels of filter values seen in facets, so chips can say 南通市 rather than 320600
const knownLabels = new Map();
let controller = null;
let state = readState();

// ------------------------------------------------------------------ state <-> URL

function readState() {
  const p = new URLSearchParams(location.search);
  const st = {
    q: (p.get('q') || '').trim().slice(0, 200),
    sort: p.get('sort') === 'date' ? 'date' : 'relevance',
    page: Math.min(Math.max(Number.parseInt(p.get('page') || '1', 10) || 1, 1), MAX_PAGE),
  };
  for (const f of FACETS) {
    st[f.name] = [...new Set(p.getAll(f.name).flatMap(v => v.split(',')).map(v => v.trim()).filter(Boolean))];
  }
  return st;
}

function urlQuery(st, overrides = {}) {
  const s = { ...st, ...overrides };
  const params = { q: s.q };
  for (const f of FACETS) params[f.name] = s[f.name];
  params.sort = s.sort === 'date' ? 'date' : '';
  params.page = s.page > 1 ? s.page : '';
  return queryString(params);
}

function hasFilters(st) {
  return FACETS.some(f => st[f.name].length);
}

function isSearch(st) {
  return st.q !== '' || hasFilters(st);
}

function go(st, { push = true } = {}) {
  state = st;
  setUrl(urlQuery(st), { replace: !push });
  show(st);
}

// ------------------------------------------------------------------ running a search

async function show(st) {
  el.input.value = st.q;
  el.sort.value = st.sort;
  if (!isSearch(st)) {
    controller?.abort();
    el.results.hidden = true;
    el.landing.hidden = false;
    el.hero.classList.remove('compact');
    document.title = '公共信用信息查询 · 信用南通';
    return;
  }
  el.landing.hidden = true;
  el.results.hidden = false;
  el.hero.classList.add('compact');
  document.title = `${st.q ? `“${st.q}”` : '筛选结果'} · 公共信用信息查询 · 信用南通`;
  renderChips(st);
  el.summary.textContent = '正在查询…';
  loading(el.body, '正在查询…');

  controller?.abort();
  controller = new AbortController();
  const params = { q: st.q, sort: st.sort === 'date' ? 'date' : '', page: st.page, size: PAGE_SIZE };
  for (const f of FACETS) params[f.name] = st[f.name];
  const data = await fetchResults(`/api/search?${queryString(params)}`, controller.signal, el);
  if (data) render(st, data);
}

function render(st, data) {
  const total = Number(data.total) || 0;
  const pages = Math.min(Math.ceil(total / PAGE_SIZE), MAX_PAGE);
  const hits = Array.isArray(data.hits) ? data.hits : [];
  const subjects = Array.isArray(data.subjects) ? data.subjects : [];
  renderFacets(st, data.facets || {});
  renderChips(st);

  const summary = total > 0
    ? `共找到 ${fmtNumber(total)} 条公示信息${pages > 1 ? `，第 ${st.page} / ${pages} 页` : ''}`
    : subjects.length && !data.subjectsApproximate ? `找到 ${subjects.length} 个相关主体，暂无公示中的信用记录` : '未找到相关公示信息';
  el.summary.textContent = summary;
  announce(summary);

  const parts = [];
  const offer = understoodOffer(st, Array.isArray(data.words) ? data.words : []);
  if (offer) parts.push(offer);
  // names only like the text are a "did you mean": first when their records lead (a mistyped
  // name), after the records when the texts matched the words (食品安全 is no one's name)
  const approximate = data.subjectsApproximate === true;
  const stripLast = approximate && hits.length > 0 && !subjects.some(s => s.key === hits[0].subjectKey);
  if (subjects.length && !stripLast) parts.push(subjectsStrip(subjects, approximate));
  if (hits.length) {
    parts.push(h('ol', { class: 'hits', start: (st.page - 1) * PAGE_SIZE + 1, 'aria-label': '公示信息' }, hits.map(hitCard)));
    if (total > MAX_RESULTS && st.page === MAX_PAGE) {
      parts.push(h('p', { class: 'notice notice-info', text: `仅可浏览前 ${fmtNumber(MAX_RESULTS)} 条结果。请增加筛选条件（类别、地区、年份、机关）缩小范围。` }));
    }
    parts.push(pager({
      page: st.page, pages,
      hrefFor: p => `/?${urlQuery(st, { page: p })}`,
      onGo: p => { go({ ...st, page: p }); el.summary.focus({ preventScroll: true }); el.summary.scrollIntoView({ block: 'start' }); },
    }));
    if (subjects.length && stripLast) parts.push(subjectsStrip(subjects, approximate));
  } else if (total > 0) {
    // a shared link beyond the last page
    parts.push(h('div', { class: 'empty' },
      h('p', { text: `第 ${st.page} 页没有结果。` }),
      h('a', { href: `/?${urlQuery(st, { page: 1 })}`, text: '回到第 1 页', on: { click: e => { e.preventDefault(); go({ ...st, page: 1 }); } } })));
  } else if (!subjects.length) {
    parts.push(emptyState(st));
  }
  replace(el.body, ...parts);
}

// ------------------------------------------------------------------ pieces

// approximate: names only like the text (the server's typo-tolerant match), offered, not claimed
function subjectsStrip(subjects, approximate) {
  return h('section', { class: 'subjects-strip', 'aria-labelledby': 'subjects-heading' },
    h('h2', { id: 'subjects-heading', text: approximate ? '名称相近的主体（您要找的是不是）' : '相关主体' }),
    h('ul', { class: 'subject-cards' }, subjects.map(s => h('li', { class: 'subject-card' },
      h('a', { href: subjectUrl(s.key) }, highlight(s.highlight?.name, s.name)),
      h('div', { class: 'meta' },
        [subjectCode(s), s.regionName, s.legalRepresentative && `法定代表人：${s.legalRepresentative}`, s.registrationStatus]
          .filter(Boolean).join(' · '))))));
}

function hitCard(r) {
  const facts = [
    ['决定日期', fmtDate(r.decisionDate)],
    ['决定机关', r.authority],
    ['文书号', r.documentNumber],
    ['名单', r.listTypeLabel],
    ['罚款', fmtWan(r.fineAmount)],
    ['履行状态', r.fulfilment],
    ['评价等级', r.grade],
    ['地区', r.regionName],
    ['公示期至', r.kind === 'PENALTY' || r.kind === 'BLACK_LIST' ? lastPublicDay(r.publicityEnd) : ''],
  ].filter(([, v]) => v);
  const content = r.highlight?.content
    ? highlight(r.highlight.content)
    : document.createTextNode(truncate(r.content, 160));
  return h('li', { class: 'hit' },
    h('div', { class: 'hit-head' },
      h('span', { class: `pill pill-kind pill-kind-${r.kind}`, text: r.kindLabel || KIND_LABELS[r.kind] || r.kind }),
      r.tier ? h('span', { class: `pill pill-tier-${r.tier}`, text: `${r.tierLabel || TIER_LABELS[r.tier] || r.tier}失信` }) : null),
    h('h3', { class: 'hit-title' }, highlight(r.highlight?.title, r.title || r.kindLabel || '')),
    h('p', { class: 'hit-subject' },
      r.subjectKey ? h('a', { href: subjectUrl(r.subjectKey) }, highlight(r.highlight?.subjectName, r.subjectName || r.subjectKey))
                   : highlight(r.highlight?.subjectName, r.subjectName || ''),
      ' ', h('span', { class: 'code muted small', text: subjectCode(r) })),
    r.content || r.highlight?.content ? h('p', { class: 'hit-content' }, content) : null,
    facts.length ? h('dl', { class: 'facts-inline' }, facts.map(([k, v]) => h('div', {}, h('dt', { text: k }), h('dd', { text: v })))) : null);
}

function truncate(text, n) {
  const s = String(text ?? '');
  return s.length > n ? `${s.slice(0, n)}…` : s;
}

function renderFacets(st, facets) {
  const focused = document.activeElement?.dataset?.facet ? { f: document.activeElement.dataset.facet, v: document.activeElement.value } : null;
  const groups = [];
  for (const f of FACETS) {
    const buckets = Array.isArray(facets[f.name]) ? facets[f.name].slice() : [];
    for (const b of buckets) knownLabels.set(`${f.name}:${b.value}`, b.label || f.labels[b.value] || b.value);
    // a selected value the current results no longer contain stays visible, so it can be unticked
    for (const v of st[f.name]) {
      if (!buckets.some(b => String(b.value) === v)) buckets.unshift({ value: v, label: labelOf(f, v), count: 0 });
    }
    if (!buckets.length) continue;
    const expanded = expandedFacets.has(f.name);
    const folds = buckets.length > FACET_PREVIEW + 1; // hiding a single item saves nothing
    const visible = expanded || !folds ? buckets : buckets.slice(0, FACET_PREVIEW);
    const fs = h('fieldset', { class: 'facet' }, h('legend', { text: f.legend }),
      visible.map(b => {
        const value = String(b.value);
        const checked = st[f.name].includes(value);
        const box = h('input', { type: 'checkbox', name: f.name, value, dataset: { facet: f.name } });
        box.checked = checked;
        box.addEventListener('change', () => toggleFilter(f.name, value, box.checked));
        return h('label', {}, box, h('span', { text: b.label || f.labels[value] || value }),
          h('span', { class: 'count', text: fmtNumber(b.count), 'aria-label': `${fmtNumber(b.count)} 条` }));
      }));
    if (folds) {
      fs.appendChild(h('button', {
        type: 'button', class: 'btn-link more', 'aria-expanded': String(expanded),
        text: expanded ? '收起' : `显示全部 ${buckets.length} 项`,
        on: { click: () => { expanded ? expandedFacets.delete(f.name) : expandedFacets.add(f.name); renderFacets(state, facets); } },
      }));
    }
    groups.push(fs);
  }
  replace(el.facetBody, ...groups);
  // nothing to filter by (no results): the results take the whole width
  el.facets.hidden = groups.length === 0;
  el.results.querySelector('.search-layout').classList.toggle('no-facets', groups.length === 0);
  const n = FACETS.reduce((sum, f) => sum + st[f.name].length, 0);
  el.facets.querySelector('summary').textContent = n ? `筛选条件（已选 ${n} 项）` : '筛选条件';
  if (focused) {
    for (const box of el.facetBody.querySelectorAll('input[type=checkbox]')) {
      if (box.dataset.facet === focused.f && box.value === focused.v) { box.focus(); break; }
    }
  }
}

// words the server also read as a region, kind, tier or year (海安 食品 罚款, 海安食品罚款): say so,
// and offer them as filters, the other words as the text. The city (every division in it) filters
// nothing and is not mentioned
function understoodOffer(st, words) {
  const isFilter = w => FACETS.some(f => f.name === w.facet) && !w.everywhere && Array.isArray(w.values) && w.values.length > 0;
  const shown = words.filter(isFilter);
  if (!shown.length) return null;
  const next = { ...st, page: 1 };
  for (const w of shown) {
    for (const v of w.values) {
      if (!next[w.facet].includes(v.value)) next[w.facet] = [...next[w.facet], v.value];
      knownLabels.set(`${w.facet}:${v.value}`, v.label);
    }
  }
  // the other words as they were typed: apart, or together (海安食品罚款 → 海安食品)
  next.q = words.reduce((q, w, i) => isFilter(w) ? q : q + (q && !(w.attached && !isFilter(words[i - 1])) ? ' ' : '') + w.word, '');
  const legend = name => FACETS.find(f => f.name === name).legend;
  return h('p', { class: 'notice notice-info understood' },
    `${shown.map(w => `“${w.word}”也按${legend(w.facet)}“${w.label}”查找`).join('，')}。`,
    h('a', {
      href: `/?${urlQuery(next)}`, class: 'understood-filter',
      text: `改为筛选条件${next.q ? `，只搜“${next.q}”` : ''}`,
      on: { click: e => { e.preventDefault(); go(next); } },
    }));
}

function labelOf(f, value) {
  return knownLabels.get(`${f.name}:${value}`) || f.labels[value] || (f.name === 'year' ? `${value}年` : value);
}

function renderChips(st) {
  const chips = [];
  for (const f of FACETS) {
    for (const v of st[f.name]) {
      chips.push(h('button', {
        type: 'button', class: 'chip', 'aria-label': `移除筛选：${f.legend} ${labelOf(f, v)}`,
        on: { click: () => toggleFilter(f.name, v, false) },
      }, `${f.legend}：${labelOf(f, v)}`, h('span', { class: 'x', 'aria-hidden': 'true', text: '×' })));
    }
  }
  if (chips.length > 1) {
    chips.push(h('button', { type: 'button', class: 'btn-link small', text: '清除全部筛选', on: { click: clearFilters } }));
  }
  replace(el.chips, ...chips);
  el.chips.hidden = chips.length === 0;
}

function toggleFilter(name, value, on) {
  const values = state[name].filter(v => v !== value);
  if (on) values.push(value);
  go({ ...state, [name]: values, page: 1 });
}

function clearFilters() {
  const st = { ...state, page: 1 };
  for (const f of FACETS) st[f.name] = [];
  go(st);
  el.input.focus();
}

// ------------------------------------------------------------------ the empty state

function emptyState(st) {
  const box = h('div', { class: 'empty', role: 'region', 'aria-label': '没有结果' });
  box.appendChild(h('h2', { text: st.q ? `未找到与“${st.q}”相关的公示信息` : '当前筛选条件下没有公示信息' }));
  if (st.q && looksLikeCreditCode(st.q)) {
    const problem = creditCodeProblem(st.q);
    box.appendChild(h('p', { class: problem ? 'notice notice-warn' : 'muted' },
      problem ? `这看起来是统一社会信用代码，但${problem}` : '该统一社会信用代码格式正确，但本平台暂无该主体公示期内的信用信息。'));
  } else if (st.q && /^[0-9A-Za-z]{15,20}$/.test(st.q) && /\d{6}/.test(st.q)) {
    box.appendChild(h('p', { class: 'notice notice-warn', text: creditCodeProblem(st.q) || '请核对代码是否完整。' }));
  }
  const dym = h('div', { class: 'did-you-mean', hidden: true });
  box.appendChild(dym);
  if (hasFilters(st)) {
    box.appendChild(h('p', {},
      '已选择筛选条件，可能排除了结果。',
      h('button', { type: 'button', class: 'btn btn-secondary', text: '清除筛选后重试', on: { click: clearFilters } })));
  }
  box.appendChild(h('h3', { text: '查询建议' }));
  box.appendChild(h('ul', {},
    h('li', {}, '按统一社会信用代码查询：输入完整的 18 位代码，例如 ', h('code', { text: '91320600MA1XXXXXXX' }), '；代码中不含字母 I、O、S、V、Z，全角字符和空格会自动处理。'),
    h('li', {}, '按名称查询：可只输入关键部分，如 ', h('code', { text: '家纺产业园' }), '，或去掉“南通市”“有限公司”等前后缀。'),
    h('li', {}, '按拼音查询：输入全拼 ', h('code', { text: 'nantong jiafang' }), ' 或首字母 ', h('code', { text: 'ntjf' }), '。'),
    h('li', {}, '检查是否有错别字，或尝试使用企业的曾用名。'),
    h('li', {}, '超过公示期或已完成信用修复的信息依规不再公示，因此查询不到。', h('a', { href: '/about.html#publicity', text: '了解公示规则' }))));
  if (st.q) didYouMean(st.q, dym);
  return box;
}

async function didYouMean(q, container) {
  try {
    const body = await api(`/api/suggest?q=${encodeURIComponent(q)}`);
    const suggestions = (body?.suggestions || []).slice(0, 5);
    if (!suggestions.length || state.q !== q) return;
    replace(container, h('strong', { text: '您是不是要找：' }), ' ',
      suggestions.map(s => h('a', { href: subjectUrl(s.key), text: s.name })));
    container.hidden = false;
  } catch {
    // suggestions are optional help
  }
}

// ------------------------------------------------------------------ wiring

initChrome();
const typeahead = attachTypeahead(el.input, el.listbox, { onPick: s => { location.href = subjectUrl(s.key); } });

el.form.addEventListener('submit', e => {
  e.preventDefault();
  typeahead.cancel();
  const q = el.input.value.trim();
  go({ ...state, q, page: 1 });
});

el.sort.addEventListener('change', () => go({ ...state, sort: el.sort.value, page: 1 }));

window.addEventListener('popstate', () => {
  state = readState();
  show(state);
});

// facets collapse into a disclosure on narrow screens; they are always open on wide ones
const narrow = window.matchMedia('(max-width: 900px)');
const syncFacets = () => { el.facets.open = !narrow.matches; };
narrow.addEventListener('change', syncFacets);
syncFacets();

// normalise the address (e.g. an out-of-range page) without adding a history entry
setUrl(urlQuery(state), { replace: true });
show(state);
if (!isSearch(state)) el.input.focus();
