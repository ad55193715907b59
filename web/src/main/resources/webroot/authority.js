// 监管服务: a department, identified by the API key the platform issued it (sessionStorage only),
// reviews the repair applications about its own decisions (GET /api/repairs?status=SUBMITTED,
// POST /api/repairs/{id}/decision), records the fulfilment of commitments it accepted
// (POST /api/commitments/{code}/fulfilment), confirms or rejects declarations
// (POST /api/declarations/{id}/review) and draws 双随机 inspection plans (POST /api/inspections/plans),
// which are public: ?plan=ID shows one to anyone, with the link to re-check the draw.
// The address holds the tab (#inspection) and ?application= / ?commitment= / ?declaration= / ?plan=.

import {
  ApiError, h, replace, loading, done, announce, fmtDate, fmtNumber, subjectUrl, todayIso, queryString, setUrl,
  initChrome,
} from './app.js';
import {
  addLine, keyCard, initTabs, formJson, checkRequired, fieldError, showProblem, successBox, setBusy, getJson, postJson,
  applicationCard, statusPill, REGIONS,
} from './service.js';

const ROLE = '监管部门';

const el = {
  tabs: document.getElementById('service-tabs'),
  appDetail: document.getElementById('application-detail'),
  queueStatus: document.getElementById('queue-status'),
  queueRefresh: document.getElementById('queue-refresh'),
  queue: document.getElementById('queue'),
  fulfilmentForm: document.getElementById('fulfilment-form'),
  fulfilmentResult: document.getElementById('fulfilment-result'),
  unfulfilled: document.getElementById('f-unfulfilled'),
  unfulfilledReq: document.getElementById('f-unfulfilled-req'),
  declarationForm: document.getElementById('declaration-form'),
  declarationResult: document.getElementById('declaration-result'),
  planForm: document.getElementById('plan-form'),
  planResult: document.getElementById('plan-result'),
};

const params = new URLSearchParams(location.search);
const PLAN_ID = /^SJJH\d{18}$/;
const state = {
  application: /^[A-Z0-9]{4,40}$/i.test(params.get('application') || '') ? params.get('application') : '',
  plan: PLAN_ID.test(params.get('plan') || '') ? params.get('plan') : '',
};

initChrome();
const card = keyCard({ storageKey: 'xinyong.authorityKey', roleLabel: ROLE, onChange: () => loadQueue() });

function syncUrl() {
  setUrl(queryString({ application: state.application, plan: state.plan }), { replace: true, hash: location.hash });
}

function needKey(container, form) {
  if (card.key) return true;
  showProblem(container, form, new ApiError({ status: 401, type: 'api-key-required', message: '' }), { roleLabel: ROLE });
  card.focus();
  return false;
}

// ------------------------------------------------------------------ 修复审核

let queueGeneration = 0;

async function loadQueue() {
  loadApplicationDetail();
  const generation = ++queueGeneration;
  if (!card.key) {
    replace(el.queue, h('p', { class: 'muted', text: '填写部门 API 密钥后，这里列出申请修复本部门所作决定的信用修复申请。' }));
    return;
  }
  loading(el.queue, '正在读取申请…');
  try {
    const status = el.queueStatus.value;
    const r = await getJson(`/api/repairs${status ? `?status=${status}` : ''}`, card.key);
    if (generation !== queueGeneration) return;
    card.after(null);
    const list = Array.isArray(r?.applications) ? r.applications : [];
    if (!list.length) {
      replace(el.queue, h('p', { class: 'muted', text: status === 'SUBMITTED' ? '没有待审核的申请。' : '没有该状态的申请。' }));
    } else {
      replace(el.queue,
        h('p', { class: 'small muted', text: `共 ${list.length} 件，最新的在前。` }),
        h('ol', { class: 'records queue' }, list.map(a => reviewItem(a))));
    }
    announce(`共 ${list.length} 件申请`);
  } catch (err) {
    if (generation !== queueGeneration || err?.name === 'AbortError') return;
    card.after(err);
    showProblem(el.queue, null, err, { heading: '无法读取申请', roleLabel: ROLE });
  } finally {
    done(el.queue);
  }
}

/** `prefix` keeps element ids unique when an application is shown twice (?application= and the queue). */
function reviewItem(a, prefix = '') {
  return applicationCard(a, { actions: a.status === 'SUBMITTED' ? decisionForm(a, prefix) : null });
}

function decisionForm(a, prefix) {
  const id = `${prefix}${String(a.id || '').replace(/[^A-Za-z0-9]/g, '')}`;
  const reasonId = `reason-${id}`;
  const result = h('div', { class: 'decision-result' });
  const form = h('form', { class: 'decision', id: `decide-${id}`, novalidate: true, 'aria-label': `审核 ${a.subjectName || ''} 的修复申请` },
    h('div', { class: 'field' },
      h('label', { for: reasonId, text: '审核意见' }),
      h('textarea', { id: reasonId, name: 'reason', rows: '2', maxlength: '2000', 'data-label': '审核意见', 'aria-describedby': `${reasonId}-hint` }),
      h('span', { class: 'hint', id: `${reasonId}-hint`, text: '不予修复时必填，写明理由；通过时可填写核查情况。' })),
    h('div', { class: 'decision-actions' },
      h('button', { type: 'submit', class: 'btn', value: 'APPROVE', dataset: { decision: 'APPROVE' }, text: '通过，停止公示' }),
      h('button', { type: 'submit', class: 'btn btn-danger', value: 'REJECT', dataset: { decision: 'REJECT' }, text: '不予修复' })));
  form.addEventListener('submit', async e => {
    e.preventDefault();
    const decision = e.submitter?.value === 'REJECT' ? 'REJECT' : 'APPROVE';
    const reason = form.elements.namedItem('reason').value.trim();
    replace(result);
    for (const m of form.querySelectorAll('.field-error')) m.remove();
    form.elements.namedItem('reason').removeAttribute('aria-invalid');
    if (decision === 'REJECT' && !reason) {
      fieldError(form, 'reason', '不予修复时须说明理由')?.focus();
      return;
    }
    if (!needKey(result, null)) return;
    setBusy(form, true);
    for (const b of form.querySelectorAll('button')) b.disabled = true;
    try {
      const decided = await postJson(`/api/repairs/${encodeURIComponent(a.id)}/decision`, card.key, reason ? { decision, reason } : { decision });
      card.after(null);
      const item = form.closest('.application');
      item.dataset.status = decided.status || '';
      item.querySelector('[data-status]')?.replaceWith(statusPill(decided.status));
      const approved = decided.status === 'APPROVED';
      const box = h('div', { class: `notice ${approved ? 'notice-ok' : 'notice-info'} decided`, role: 'status', tabindex: '-1' },
        h('strong', { text: approved ? `已通过：${a.documentNumber || '该记录'} 已停止公示` : '已决定不予修复' }),
        h('p', { text: approved
          ? '该记录已从查询、名单、批量核查、信用档案、信用等级和新出具的信用报告中撤下，留档备查。'
          : `理由已告知申请人：${reason}` }),
        a.subjectKey ? h('p', {}, h('a', { href: `${subjectUrl(a.subjectKey)}#${a.recordKind || 'PENALTY'}`, text: `查看 ${a.subjectName || '该企业'} 的信用档案` })) : null);
      form.replaceWith(box);
      box.focus({ preventScroll: true });
      announce(approved ? '已通过，该记录已停止公示' : '已决定不予修复');
    } catch (err) {
      if (err?.name === 'AbortError') return;
      card.after(err);
      form.appendChild(result);
      showProblem(result, form, err, { heading: '审核未完成', roleLabel: ROLE });
      for (const b of form.querySelectorAll('button')) b.disabled = false;
    } finally {
      setBusy(form, false);
    }
  });
  form.appendChild(result);
  return form;
}

async function loadApplicationDetail() {
  if (!state.application) { replace(el.appDetail); return; }
  if (!card.key) {
    replace(el.appDetail, h('p', { class: 'notice notice-info', text: `填写部门 API 密钥后显示申请 ${state.application}。` }));
    return;
  }
  try {
    const a = await getJson(`/api/repairs/${encodeURIComponent(state.application)}`, card.key);
    replace(el.appDetail, h('section', { class: 'card application-detail', 'aria-labelledby': 'detail-title' },
      h('h3', { id: 'detail-title', text: `申请 ${a.id || state.application}` }),
      h('ol', { class: 'records' }, reviewItem(a, 'detail-'))));
  } catch (err) {
    showProblem(el.appDetail, null, err, { heading: `无法读取申请 ${state.application}`, roleLabel: ROLE });
  }
}

el.queueStatus.addEventListener('change', loadQueue);
el.queueRefresh.addEventListener('click', loadQueue);

// ------------------------------------------------------------------ 承诺履行

function syncUnfulfilled() {
  const chosen = el.fulfilmentForm.querySelector('input[name="fulfilment"]:checked')?.value;
  const needed = !!chosen && chosen !== '全部履行';
  el.unfulfilled.required = needed;
  el.unfulfilledReq.hidden = !needed;
}
for (const radio of el.fulfilmentForm.querySelectorAll('input[name="fulfilment"]')) radio.addEventListener('change', syncUnfulfilled);

el.fulfilmentForm.addEventListener('submit', async e => {
  e.preventDefault();
  const form = el.fulfilmentForm;
  syncUnfulfilled();
  if (!checkRequired(form) || !needKey(el.fulfilmentResult, form)) return;
  const { commitmentCode, ...body } = formJson(form);
  const code = commitmentCode.replace(/\s+/g, '');
  if (body.date > todayIso()) {
    fieldError(form, 'date', '认定日期不能晚于今天')?.focus();
    return;
  }
  setBusy(form, true);
  loading(el.fulfilmentResult, '正在记录履行状态…');
  try {
    const r = await postJson(`/api/commitments/${encodeURIComponent(code)}/fulfilment`, card.key, body);
    card.after(null);
    const kept = r.fulfilment === '全部履行';
    successBox(el.fulfilmentResult, {
      heading: '履行状态已记录并公示',
      facts: [
        ['承诺编码', h('span', { class: 'code', text: r.commitmentCode || code })],
        ['履行状态', h('span', { class: `pill ${kept ? 'pill-ok' : r.fulfilment === '部分履行' ? 'pill-warn' : 'pill-bad'}`, text: r.fulfilment || body.fulfilment })],
        ['认定日期', r.date || body.date],
      ],
      extra: h('p', {}, h('a', { href: `/?q=${encodeURIComponent(code)}`, text: '查询该承诺' })),
    });
    announce('履行状态已记录');
  } catch (err) {
    if (err?.name === 'AbortError') return;
    card.after(err);
    const box = showProblem(el.fulfilmentResult, form, err, { heading: '履行状态未记录', roleLabel: ROLE });
    if (err?.type === 'not-your-department') addLine(box, h('p', { text: '履行状态只能由承诺书上的承诺受理单位认定。' }));
  } finally {
    setBusy(form, false);
    done(el.fulfilmentResult);
  }
});

// ------------------------------------------------------------------ 申报核实

el.declarationForm.addEventListener('submit', async e => {
  e.preventDefault();
  const form = el.declarationForm;
  if (!checkRequired(form) || !needKey(el.declarationResult, form)) return;
  const { id, ...body } = formJson(form);
  const declarationId = id.replace(/\s+/g, '').toUpperCase();
  setBusy(form, true);
  loading(el.declarationResult, '正在提交核实结论…');
  try {
    const d = await postJson(`/api/declarations/${encodeURIComponent(declarationId)}/review`, card.key, body);
    card.after(null);
    const confirmed = d.status === 'CONFIRMED';
    successBox(el.declarationResult, {
      heading: confirmed ? '已核实：信用档案中标注为“自主申报·已核实”' : '已核实不实：该申报不再显示',
      facts: [
        ['申报编号', h('span', { class: 'code', text: d.id || declarationId })],
        ['名称', d.title],
        ['类别', d.category],
        ['申报企业', d.subjectKey ? h('a', { href: `${subjectUrl(d.subjectKey)}#declarations`, text: d.subjectKey }) : ''],
      ],
    });
    announce(confirmed ? '已核实' : '已核实不实');
    form.reset();
  } catch (err) {
    if (err?.name === 'AbortError') return;
    card.after(err);
    showProblem(el.declarationResult, form, err, { heading: '核实结论未提交', roleLabel: ROLE });
  } finally {
    setBusy(form, false);
    done(el.declarationResult);
  }
});

// ------------------------------------------------------------------ 双随机抽查

el.planForm.addEventListener('submit', async e => {
  e.preventDefault();
  const form = el.planForm;
  if (!checkRequired(form)) return;
  const body = formJson(form);
  if (!Number.isInteger(body.size) || body.size < 1 || body.size > 500) {
    fieldError(form, 'size', '抽取数量应为 1 至 500 之间的整数')?.focus();
    return;
  }
  if (!needKey(el.planResult, form)) return;
  setBusy(form, true);
  loading(el.planResult, '正在计算信用等级并抽取…');
  try {
    const plan = await postJson('/api/inspections/plans', card.key, body);
    card.after(null);
    if (PLAN_ID.test(plan.id || '')) { state.plan = plan.id; syncUrl(); }
    renderPlan(plan, true);
  } catch (err) {
    if (err?.name === 'AbortError') return;
    card.after(err);
    showProblem(el.planResult, form, err, { heading: '未能抽取', roleLabel: ROLE });
  } finally {
    setBusy(form, false);
    done(el.planResult);
  }
});

async function loadPlan() {
  if (!state.plan) return;
  loading(el.planResult, '正在读取抽查计划…');
  try {
    renderPlan(await getJson(`/api/inspections/plans/${state.plan}`, ''), false);
  } catch (err) {
    showProblem(el.planResult, null, err, { heading: `无法读取抽查计划 ${state.plan}` });
  } finally {
    done(el.planResult);
  }
}

function renderPlan(plan, fresh) {
  const id = PLAN_ID.test(plan.id || '') ? plan.id : '';
  const drawn = Array.isArray(plan.drawn) ? plan.drawn : [];
  const filter = plan.filter || {};
  const scope = [
    filter.region ? `${REGIONS[filter.region] || '地区'}（${filter.region}）` : '全市',
    filter.industry ? `名称含“${filter.industry}”` : '行业不限',
  ].join('，');
  const facts = [
    ['计划编号', h('span', { class: 'code', text: plan.id || '' })],
    ['发布部门', plan.authority],
    ['发布时间', fmtDate(plan.createdAt)],
    ['抽查范围', scope],
    ['抽取结果', `从 ${fmtNumber(plan.populationSize ?? 0)} 户中抽取 ${fmtNumber(drawn.length)} 户`],
    ['随机种子', h('span', { class: 'code', id: 'plan-seed', text: plan.seed || '' })],
    ['抽取算法', plan.algorithm],
    ['等级权重', plan.weights],
    ['评价模型', plan.gradeModel],
    ['对象名录摘要', h('span', { class: 'hash', id: 'plan-digest', text: plan.populationDigest ? `SHA-256 ${plan.populationDigest}` : '' })],
  ].filter(([, v]) => v && (!(v instanceof Node) || v.textContent));
  const table = drawn.length ? h('div', { class: 'table-wrap' }, h('table', { class: 'data stack', id: 'plan-drawn' },
    h('caption', { class: 'sr-only', text: '抽中的检查对象' }),
    h('thead', {}, h('tr', {}, [['序号', 'num'], ['检查对象'], ['统一社会信用代码'], ['信用等级'], ['权重', 'num']]
      .map(([t, cls]) => h('th', { scope: 'col', class: cls || null, text: t })))),
    h('tbody', {}, drawn.map((d, i) => h('tr', { dataset: { subject: d.subjectKey || '' } },
      h('td', { 'data-label': '序号', class: 'num', text: String(i + 1) }),
      h('td', { 'data-label': '检查对象' }, d.subjectKey ? h('a', { href: subjectUrl(d.subjectKey), text: d.name || d.subjectKey }) : d.name || ''),
      h('td', { 'data-label': '信用代码' }, h('span', { class: 'code', text: d.subjectKey || '' })),
      h('td', { 'data-label': '信用等级' }, gradeBadge(d.grade)),
      h('td', { 'data-label': '权重', class: 'num', text: d.weight != null ? String(d.weight) : '' }))))))
    : h('p', { class: 'muted', text: '该范围内没有符合条件的检查对象，请扩大地区或行业范围。' });
  const box = h('section', { class: 'card plan', id: 'plan', 'aria-labelledby': 'plan-title', tabindex: '-1' },
    h('div', { class: 'record-head' }, h('h3', { id: 'plan-title', text: plan.name || '抽查计划' }),
      h('span', { class: 'pill pill-ok', text: plan.status === 'PUBLISHED' ? '已公布' : plan.status || '' })),
    fresh ? h('p', { class: 'small muted', text: '抽查计划已公布。以下抽取过程可由任何人复核。' }) : null,
    h('dl', { class: 'facts' }, facts.map(([k, v]) => [h('dt', { text: k }), h('dd', {}, v)])),
    h('h4', { text: '抽中的检查对象' }),
    table,
    id ? h('div', { class: 'side-links' },
      h('a', { href: `/api/inspections/plans/${id}?population=1`, id: 'plan-population', text: '复核：下载对象名录与权重（JSON）' }),
      h('a', { href: `/authority.html?plan=${id}#inspection`, text: '本计划的公开链接' }),
      h('a', { href: '/about.html#grade-model', text: '如何复核抽取结果' })) : null);
  replace(el.planResult, box);
  if (fresh) {
    box.focus({ preventScroll: true });
    box.scrollIntoView({ block: 'start' });
    announce(`已抽取 ${drawn.length} 户检查对象`);
  }
}

function gradeBadge(grade) {
  const g = String(grade || '').trim().charAt(0).toUpperCase();
  if (!/^[ABCD]$/.test(g)) return '';
  return h('span', { class: `grade grade-sm grade-${g}`, 'aria-label': `信用等级 ${g}`, text: g });
}

// ------------------------------------------------------------------ start

for (const [name, field, pattern] of [['commitment', 'f-code', /^[\w\u3400-\u9fff〔〕()（）-]{1,40}$/], ['declaration', 'v-id', /^[A-Z0-9]{4,40}$/i]]) {
  const v = (params.get(name) || '').trim();
  if (pattern.test(v)) document.getElementById(field).value = v;
}
const dateInput = document.getElementById('f-date');
dateInput.max = todayIso();
dateInput.value = todayIso();
const tabs = initTabs(el.tabs, {});
if (params.get('commitment') && !location.hash) tabs.select('fulfilment');
else if (params.get('declaration') && !location.hash) tabs.select('declarations');
else if (state.plan && !location.hash) tabs.select('inspection');
loadQueue();
loadPlan();
