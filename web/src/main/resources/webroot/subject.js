// The subject credit file (信用档案): identity, badges, the grade under the published model
// (GET /api/subjects/{key}/grade, fetched alongside), counts, one tab per kind of record, the
// enterprise's own declarations (marked 自主申报·未核实 / 已核实), and the signed report. The
// selected tab is kept in the address (#PENALTY) so a link can point straight at a subject's
// penalties; #declarations points at the declarations.

import {
  api, ApiError, h, replace, showError, announce, fmtDate, fmtWan, fmtNumber, subjectCode, safeApiPath,
  saveBlob, lastPublicDay, repairEligibleFrom, todayIso, KINDS, KIND_LABELS, TIER_LABELS, initChrome,
  tabKeyTarget,
} from './app.js';

const root = document.getElementById('subject');
const key = (new URLSearchParams(location.search).get('key') || '').trim();

// which fields each kind shows, in order: [label, field, format?]
const date = v => fmtDate(v);
const FIELDS = {
  LICENSE: [['许可文书号', 'documentNumber'], ['许可类别', 'category'], ['许可决定日期', 'decisionDate', date],
    ['有效期', r => period(r.validFrom, r.validTo)], ['许可机关', 'authority']],
  PENALTY: [['决定文书号', 'documentNumber'], ['处罚类别', 'category'], ['违法行为类型', 'violationType'],
    ['罚款金额', 'fineAmount', fmtWan], ['没收违法所得', 'confiscatedAmount', fmtWan], ['处罚依据', 'legalBasis'],
    ['处罚决定日期', 'decisionDate', date], ['处罚机关', 'authority'], ['公示期至', r => lastPublicDay(r.publicityEnd)],
    ['可申请信用修复', r => repairFrom(r)]],
  RED_LIST: [['名单类别', 'listTypeLabel'], ['认定文号', 'documentNumber'], ['列入日期', 'decisionDate', date],
    ['有效期至', 'validTo', date], ['认定机关', 'authority']],
  BLACK_LIST: [['名单类别', 'listTypeLabel'], ['认定文号', 'documentNumber'], ['列入日期', 'decisionDate', date],
    ['认定机关', 'authority'], ['公示期至', r => lastPublicDay(r.publicityEnd)], ['可申请信用修复', r => repairFrom(r)]],
  COMMITMENT: [['承诺类型', 'category'], ['承诺日期', 'decisionDate', date], ['有效期', r => period(r.validFrom, r.validTo)],
    ['受理机关', 'authority'], ['文号', 'documentNumber']],
  INSPECTION: [['检查结果', 'category'], ['检查日期', 'decisionDate', date], ['检查机关', 'authority'], ['文号', 'documentNumber']],
  EVALUATION: [['评价类别', 'category'], ['评价日期', 'decisionDate', date], ['有效期', r => period(r.validFrom, r.validTo)],
    ['评价机关', 'authority']],
};
const ADVERSE = new Set(['PENALTY', 'BLACK_LIST']);
const EMPTY_TEXT = {
  LICENSE: '暂无公示期内的行政许可信息。',
  PENALTY: '暂无公示中的行政处罚信息。已过公示期、已信用修复或轻微失信的处罚依规不公示。',
  RED_LIST: '暂无守信激励信息。',
  BLACK_LIST: '暂无失信惩戒信息。',
  COMMITMENT: '暂无信用承诺信息。',
  INSPECTION: '暂无双随机一公开抽查检查结果。',
  EVALUATION: '暂无公开的信用评价结果。',
};

function period(from, to) {
  if (!from && !to) return '';
  if (!from) return `至 ${fmtDate(to)}`;
  return `${fmtDate(from)} 至 ${fmtDate(to) || '长期'}`;
}

/** 《信用修复管理办法》: 一般 after 3 months, 严重 after 1 year from the decision date. */
function repairFrom(r) {
  const iso = repairEligibleFrom(r);
  if (!iso) return '';
  return iso <= todayIso() ? `已满足最短公示期（${iso} 起）` : `${iso} 起`;
}

function fulfilmentClass(text) {
  if (/未履行|违诺|违反|失信/.test(text)) return 'pill-bad';
  if (/部分/.test(text)) return 'pill-warn';
  if (/全部履行|已履行|履行完毕|已完成|践诺|已兑现/.test(text)) return 'pill-ok';
  if (/履行中|进行中|待/.test(text)) return 'pill-info';
  return 'pill-warn';
}

function badgeClass(code) {
  return { RED_LIST: 'pill-red', BLACK_LIST: 'pill-black', ABNORMAL: 'pill-abnormal' }[code] || 'pill-info';
}

// ------------------------------------------------------------------ loading

async function load() {
  initChrome();
  backLink();
  if (!key) {
    replace(root, h('div', { class: 'notice notice-warn', role: 'alert' },
      h('strong', { text: '未指定主体' }),
      h('p', {}, '请从', h('a', { href: '/', text: '查询页' }), '搜索企业名称或统一社会信用代码后打开信用档案。')));
    return;
  }
  // the grade is asked for at the same time; the file does not wait for it
  const grade = api(`/api/subjects/${encodeURIComponent(key)}/grade`).then(g => ({ g }), e => ({ e }));
  let data;
  try {
    data = await api(`/api/subjects/${encodeURIComponent(key)}`);
  } catch (e) {
    renderError(e);
    return;
  }
  render(data);
  renderGrade(await grade);
  if (decodeURIComponent(location.hash.slice(1)) === 'declarations') document.getElementById('declarations')?.scrollIntoView();
}

function backLink() {
  // return to the search the user came from, with its query and filters
  try {
    const ref = new URL(document.referrer);
    if (ref.origin === location.origin && ref.pathname === '/') document.getElementById('back-link').href = ref.pathname + ref.search;
  } catch { /* no referrer */ }
}

function renderError(e) {
  document.title = '信用档案 · 信用南通';
  if (e instanceof ApiError && e.type === 'invalid-code') {
    showError(root, e, { heading: '主体标识无效' });
  } else if (e instanceof ApiError && (e.type === 'subject-not-found' || e.status === 404)) {
    replace(root, h('div', { class: 'notice notice-warn', role: 'alert' },
      h('strong', { text: '未找到该主体的公开信用信息' }),
      h('p', { text: '该代码格式正确，但本平台没有该主体公示期内的信用信息，也可能该主体尚未被收录。' }),
      h('p', {}, h('a', { href: `/?q=${encodeURIComponent(key)}`, text: '用该代码重新查询' }), ' · ',
        h('a', { href: '/about.html#publicity', text: '为什么查不到较早的信息？' }))));
  } else {
    showError(root, e);
  }
}

// ------------------------------------------------------------------ rendering

function render(data) {
  const s = data.subject || {};
  const groups = orderedGroups(data);
  const reportUrl = safeApiPath(data.reportUrl, `/api/subjects/${encodeURIComponent(s.key || key)}/report.pdf`);
  document.title = `${s.name || key} · 信用档案 · 信用南通`;

  const head = h('article', { class: 'card subject-head', 'aria-labelledby': 'subject-name' },
    h('div', {},
      h('h1', { id: 'subject-name', text: s.name || key }),
      badges(data.badges),
      identity(s)),
    h('div', { class: 'side-col' }, gradeBox(), reportBox(reportUrl, s)));

  const selected = initialKind(groups);
  const counts = h('ul', { class: 'counts', 'aria-label': '各类信用信息数量' }, groups.map(g => h('li', {
    class: [g.count ? '' : 'zero', ADVERSE.has(g.kind) && g.count ? 'adverse' : ''].filter(Boolean).join(' '),
  }, h('button', {
    type: 'button', 'aria-controls': `panel-${g.kind}`,
    on: { click: () => { select(g.kind, true); document.getElementById(`tab-${g.kind}`).scrollIntoView({ block: 'nearest' }); } },
  }, h('span', { class: 'n', text: fmtNumber(g.count) }), h('span', { class: 'label', text: g.label })))));

  const tablist = h('div', { class: 'tabs', role: 'tablist', 'aria-label': '信用信息分类' },
    groups.map(g => h('button', {
      type: 'button', role: 'tab', id: `tab-${g.kind}`, 'aria-controls': `panel-${g.kind}`,
      'aria-selected': String(g.kind === selected), tabindex: g.kind === selected ? '0' : '-1',
      dataset: { kind: g.kind }, on: { click: () => select(g.kind, true) },
    }, g.label, h('span', { class: 'tab-count', text: fmtNumber(g.count), 'aria-label': `${g.count} 条` }))));
  tablist.addEventListener('keydown', tabKeys);

  const panels = groups.map(g => h('section', {
    class: 'tabpanel', role: 'tabpanel', id: `panel-${g.kind}`, 'aria-labelledby': `tab-${g.kind}`, tabindex: '0',
    hidden: g.kind !== selected, dataset: { kind: g.kind },
  }, panelContent(g)));

  replace(root,
    head,
    h('h2', { class: 'sr-only', text: '信用信息' }),
    counts,
    tablist,
    panels,
    declarations(data.declarations),
    h('p', { class: 'panel-note' },
      data.dataAsOf ? `数据更新于 ${fmtDate(data.dataAsOf)}（北京时间）。` : '',
      '本页仅展示公示期内的信息；已过公示期、已信用修复的信息不再公示。'),
    h('div', { class: 'side-links' },
      h('a', { href: '/about.html#dispute', text: '对信息有异议？提出异议申诉' }),
      h('a', { href: '/about.html#repair', text: '如何申请信用修复' }),
      s.creditCode ? h('a', { href: `/enterprise.html?code=${encodeURIComponent(s.creditCode)}#repair`, text: '本企业在线办理信用修复、信用承诺' }) : null,
      h('a', { href: '/verify.html', text: '核验信用报告真伪' })));
  announce(`已加载 ${s.name || key} 的信用档案`);
}

function orderedGroups(data) {
  const byKind = new Map((Array.isArray(data.groups) ? data.groups : []).map(g => [g.kind, g]));
  return KINDS.map(kind => {
    const g = byKind.get(kind) || {};
    const records = Array.isArray(g.records) ? g.records : [];
    const count = Number(g.count ?? data.counts?.[kind] ?? records.length) || 0;
    return { kind, label: g.label || KIND_LABELS[kind], count, records };
  });
}

function initialKind(groups) {
  const fromHash = decodeURIComponent(location.hash.slice(1));
  if (KINDS.includes(fromHash)) return fromHash;
  // the adverse kinds first: that is what most visitors come for
  const order = ['BLACK_LIST', 'PENALTY', ...KINDS];
  return order.find(k => groups.find(g => g.kind === k)?.count) || 'LICENSE';
}

function badges(list) {
  const items = Array.isArray(list) ? list : [];
  if (!items.length) return h('div', { class: 'badges' }, h('span', { class: 'pill', text: '未列入红名单、黑名单或经营异常名录' }));
  return h('div', { class: 'badges', role: 'list', 'aria-label': '名单标识' },
    items.map(b => h('span', { role: 'listitem', class: `pill ${badgeClass(b.code)}`, dataset: { badge: b.code || '' }, text: b.label || b.code })));
}

function identity(s) {
  const rows = [
    [s.creditCode ? '统一社会信用代码' : '身份证号码', subjectCode(s), 'code'],
    ['主体类型', s.typeLabel || s.entityType],
    ['企业类型', s.typeLabel && s.entityType ? s.entityType : ''],
    ['法定代表人', s.legalRepresentative],
    ['所属地区', s.regionName || s.region],
    ['住所', s.address],
    ['成立日期', fmtDate(s.registrationDate)],
    ['登记状态', s.registrationStatus],
    ['曾用名', Array.isArray(s.formerNames) ? s.formerNames.join('；') : ''],
  ].filter(([, v]) => v);
  return h('dl', { class: 'facts' }, rows.map(([k, v, cls]) => [h('dt', { text: k }), h('dd', { class: cls, text: v })]));
}

function reportBox(reportUrl, s) {
  const status = h('p', { class: 'small muted', role: 'status', text: 'PDF 格式，含电子签名，可在“报告验真”核验' });
  const link = h('a', {
    class: 'btn btn-accent btn-lg', href: reportUrl, id: 'download-report', download: '',
  }, downloadIcon(), '下载信用报告');
  link.addEventListener('click', async e => {
    if (e.ctrlKey || e.metaKey || e.shiftKey || e.button !== 0) return;
    // fetch it ourselves: a failure becomes a message here instead of a JSON page
    e.preventDefault();
    if (link.getAttribute('aria-disabled') === 'true') return;
    link.setAttribute('aria-disabled', 'true');
    status.textContent = '正在生成并签署报告，请稍候…';
    try {
      const response = await api(reportUrl, { accept: 'application/pdf', as: 'response', timeoutMs: 120_000 });
      const blob = await response.blob();
      saveBlob(blob, filenameOf(response.headers.get('Content-Disposition')) || `${s.name || key}-信用报告.pdf`);
      status.textContent = '报告已下载。可在“报告验真”页面核验其真实性。';
    } catch (err) {
      status.textContent = err.message || '报告生成失败，请稍后重试。';
    } finally {
      link.removeAttribute('aria-disabled');
    }
  });
  return h('div', { class: 'report-box' }, link, status);
}

// ------------------------------------------------------------------ the grade (分级分类监管)

function gradeBox() {
  return h('section', { class: 'grade-box', id: 'grade-box', 'aria-labelledby': 'grade-title', 'aria-busy': 'true' },
    h('h2', { id: 'grade-title', text: '信用监管等级' }),
    h('div', { class: 'grade-body', id: 'grade-body' }, h('span', { class: 'small muted', text: '正在计算…' })));
}

/** The letter under its model version, with the link to how it is computed; factors when the API gives them. */
function renderGrade({ g, e }) {
  const box = document.getElementById('grade-box');
  const body = document.getElementById('grade-body');
  if (!box || !body) return;
  box.removeAttribute('aria-busy');
  if (e) {
    const notPublic = e instanceof ApiError && e.type === 'grades-not-public';
    replace(body, h('p', { class: 'small muted', text: notPublic ? '信用监管等级目前不对社会公开。' : '信用监管等级暂时无法获取。' }));
    if (!notPublic && e instanceof ApiError && e.status === 404) box.hidden = true;
    return;
  }
  const letter = String(g?.grade || '').trim().charAt(0).toUpperCase();
  if (!/^[ABCD]$/.test(letter)) { box.hidden = true; return; }
  const doc = typeof g.modelDocumentation === 'string' && /^\/about\.html(#[\w-]+)?$/.test(g.modelDocumentation)
    ? g.modelDocumentation : '/about.html#grade-model';
  const factors = Array.isArray(g.factors) ? g.factors : null;
  replace(body,
    h('div', { class: 'grade-row' },
      h('span', { class: `grade grade-${letter}`, id: 'grade-letter', 'aria-label': `信用监管等级 ${letter}`, text: letter }),
      h('div', {},
        h('div', { class: 'grade-word', text: `${letter} 级${typeof g.score === 'number' ? `（${g.score} 分）` : ''}` }),
        h('div', { class: 'small muted' }, '评价模型 ', h('span', { class: 'code', id: 'grade-version', text: g.modelVersion || '' })))),
    g.override ? h('p', { class: 'small', text: g.override }) : null,
    factors && factors.length ? h('ul', { class: 'grade-factors' }, factors.map(f => h('li', {},
      h('span', { text: `${f.label || f.code}${f.count > 1 ? ` ×${f.count}` : ''}` }),
      h('span', { class: `points ${f.points < 0 ? 'neg' : 'pos'}`, text: `${f.points > 0 ? '+' : ''}${f.points}` })))) : null,
    h('p', { class: 'small' }, h('a', { href: doc, id: 'grade-explain', text: '等级是怎样评定的？' })));
}

// ------------------------------------------------------------------ 自主申报

function declarations(list) {
  const items = Array.isArray(list) ? list : [];
  if (!items.length) return null;
  return h('section', { class: 'card declarations', id: 'declarations', 'aria-labelledby': 'declarations-title', tabindex: '-1' },
    h('h2', { id: 'declarations-title' }, '企业自主申报信息', h('span', { class: 'tab-count', text: String(items.length), 'aria-label': `${items.length} 条` })),
    h('p', { class: 'small muted', text: '以下信息由企业自行申报，不是行政机关认定的公共信用信息。标注“未核实”的尚未经有关部门核实，仅供参考；核实不实的不再显示。' }),
    h('ol', { class: 'records' }, items.map(d => {
      const verified = d.status === 'CONFIRMED';
      const label = d.statusLabel || (verified ? '自主申报·已核实' : '自主申报·未核实');
      const facts = [['类别', d.category], ['颁发或认定单位', d.issuer], ['取得日期', fmtDate(d.date)], ['申报编号', d.id]].filter(([, v]) => v);
      return h('li', { class: 'record', dataset: { declaration: d.id || '', status: d.status || '' } },
        h('div', { class: 'record-head' },
          h('h3', { text: d.title || '自主申报' }),
          h('span', { class: `pill ${verified ? 'pill-ok' : 'pill-warn'} declaration-status`, text: label })),
        h('dl', { class: 'facts-inline' }, facts.map(([k, v]) => h('div', {}, h('dt', { text: k }), h('dd', { text: v })))),
        d.description ? h('p', { class: 'content', text: d.description }) : null);
    })));
}

function filenameOf(disposition) {
  if (!disposition) return '';
  const star = /filename\*\s*=\s*UTF-8''([^;]+)/i.exec(disposition);
  if (star) { try { return decodeURIComponent(star[1].trim()); } catch { /* fall through */ } }
  const plain = /filename\s*=\s*"?([^";]+)"?/i.exec(disposition);
  return plain ? plain[1].trim() : '';
}

function downloadIcon() {
  const ns = 'http://www.w3.org/2000/svg';
  const svg = document.createElementNS(ns, 'svg');
  svg.setAttribute('viewBox', '0 0 24 24');
  svg.setAttribute('class', 'icon');
  svg.setAttribute('aria-hidden', 'true');
  const path = document.createElementNS(ns, 'path');
  path.setAttribute('d', 'M12 3v12m0 0-5-5m5 5 5-5M4 19h16');
  path.setAttribute('fill', 'none');
  path.setAttribute('stroke', 'currentColor');
  path.setAttribute('stroke-width', '2.2');
  path.setAttribute('stroke-linecap', 'round');
  path.setAttribute('stroke-linejoin', 'round');
  svg.appendChild(path);
  return svg;
}

function panelContent(g) {
  const title = h('h3', { class: 'sr-only', text: `${g.label}（${g.count} 条）` });
  if (!g.records.length) return [title, h('p', { class: 'muted', text: EMPTY_TEXT[g.kind] })];
  const list = h('ol', { class: 'records' }, g.records.map(r => recordItem(r, g.kind)));
  const more = g.count > g.records.length
    ? h('p', { class: 'panel-note', text: `共 ${fmtNumber(g.count)} 条，此处列出最新的 ${fmtNumber(g.records.length)} 条；完整信息请下载信用报告。` })
    : null;
  return [title, list, more];
}

function recordItem(r, kind) {
  const pills = [];
  if (r.tier && ADVERSE.has(kind)) pills.push(h('span', { class: `pill pill-tier-${r.tier}`, text: `${r.tierLabel || TIER_LABELS[r.tier]}失信` }));
  if (r.listTypeLabel && (kind === 'RED_LIST' || kind === 'BLACK_LIST')) pills.push(h('span', { class: `pill ${kind === 'RED_LIST' ? 'pill-red' : 'pill-black'}`, text: r.listTypeLabel }));
  if (r.fulfilment) pills.push(h('span', { class: `pill ${fulfilmentClass(r.fulfilment)}`, text: `履行状态：${r.fulfilment}` }));
  else if (kind === 'COMMITMENT') pills.push(h('span', { class: 'pill', text: '履行状态：尚未认定' }));
  const grade = kind === 'EVALUATION' && r.grade
    ? h('span', { class: `grade grade-${String(r.grade).trim().charAt(0).toUpperCase()}`, text: r.grade, 'aria-label': `评价等级 ${r.grade}` })
    : null;
  const facts = (FIELDS[kind] || []).map(([label, field, format]) => {
    const raw = typeof field === 'function' ? field(r) : r[field];
    const value = format && typeof field !== 'function' ? format(raw) : raw;
    return value ? [label, String(value)] : null;
  }).filter(Boolean);
  const title = r.title || (kind === 'EVALUATION' && r.grade ? `信用评价等级 ${r.grade}` : r.listTypeLabel || KIND_LABELS[kind]);
  // a category that only repeats the title (名单类别 = 失信被执行人) says nothing new
  const shown = facts.filter(([label, value]) => !(value === title && /类别/.test(label)));
  return h('li', { class: 'record', dataset: { id: r.id || '' } },
    h('div', { class: 'record-head' }, grade, h('h3', { text: title }), pills),
    shown.length ? h('dl', { class: 'facts-inline' }, shown.map(([k, v]) => h('div', {}, h('dt', { text: k }), h('dd', { text: v })))) : null,
    r.content ? h('p', { class: 'content', text: r.content }) : null);
}

// ------------------------------------------------------------------ tabs (WAI-ARIA tabs pattern)

function select(kind, focus) {
  for (const tab of root.querySelectorAll('[role="tab"]')) {
    const on = tab.dataset.kind === kind;
    tab.setAttribute('aria-selected', String(on));
    tab.tabIndex = on ? 0 : -1;
    if (on && focus) tab.focus();
  }
  for (const panel of root.querySelectorAll('[role="tabpanel"]')) panel.hidden = panel.dataset.kind !== kind;
  history.replaceState(null, '', `${location.pathname}${location.search}#${kind}`);
}

function tabKeys(e) {
  const tabs = [...root.querySelectorAll('[role="tab"]')];
  const i = tabs.indexOf(document.activeElement);
  if (i < 0) return;
  const next = tabKeyTarget(e.key, i, tabs.length);
  if (next < 0) return;
  e.preventDefault();
  select(tabs[next].dataset.kind, true);
}

load();
