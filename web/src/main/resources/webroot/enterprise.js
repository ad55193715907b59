// 企业服务: an enterprise, identified by the API key the platform issued it (sessionStorage only),
// makes a 信用承诺 (POST /api/commitments), applies for 信用修复 of one of its own penalties or list
// entries (POST /api/repairs; the records come from its public file, GET /api/subjects/{code}, since
// the key does not reveal the code), follows its applications (GET /api/repairs, /api/repairs/{id})
// and declares honours or certifications (POST /api/declarations). The address holds the code
// (?code=), an application (?application=) and the tab (#repair), never the key.

import {
  api, ApiError, h, replace, loading, done, showError, announce, fmtDate, lastPublicDay, subjectUrl,
  normalizeCode, creditCodeProblem, repairEligibleFrom, todayIso, queryString, setUrl, TIER_LABELS, KIND_LABELS,
  initChrome,
} from './app.js';
import {
  addLine, keyCard, initTabs, formJson, checkRequired, clearErrors, fieldError, showProblem, explain, successBox, setBusy,
  getJson, postJson, applicationCard, statusPill,
} from './service.js';

const ROLE = '企业';
const CODE_STORE = 'xinyong.enterpriseCode';

const el = {
  keyForm: document.getElementById('key-form'),
  code: document.getElementById('own-code'),
  own: document.getElementById('own-subject'),
  tabs: document.getElementById('service-tabs'),
  commitmentForm: document.getElementById('commitment-form'),
  commitmentResult: document.getElementById('commitment-result'),
  repairForm: document.getElementById('repair-form'),
  repairRecords: document.getElementById('repair-records'),
  repairSelected: document.getElementById('repair-selected'),
  repairResult: document.getElementById('repair-result'),
  appDetail: document.getElementById('application-detail'),
  appStatus: document.getElementById('app-status'),
  appRefresh: document.getElementById('app-refresh'),
  applications: document.getElementById('applications'),
  declarationForm: document.getElementById('declaration-form'),
  declarationResult: document.getElementById('declaration-result'),
};

const params = new URLSearchParams(location.search);
const state = {
  code: '',
  file: null,          // the enterprise's public credit file, once loaded
  fileFor: '',         // the code it was loaded for
  fileError: null,
  application: /^[A-Z0-9]{4,40}$/i.test(params.get('application') || '') ? params.get('application') : '',
  justSubmitted: '',
  pending: new Map(),  // recordId → id of its application awaiting review
};

initChrome();
const card = keyCard({ storageKey: 'xinyong.enterpriseKey', roleLabel: ROLE, onChange: () => identityChanged() });

// ------------------------------------------------------------------ identity: key and code

function initialCode() {
  const fromUrl = normalizeCode(params.get('code') || '');
  const code = fromUrl || normalizeCode(sessionStorage.getItem(CODE_STORE) || '');
  return creditCodeProblem(code) ? '' : code;
}

state.code = initialCode();
el.code.value = state.code;
syncUrl();

function syncUrl() {
  setUrl(queryString({ code: state.code, application: state.application }), { replace: true, hash: location.hash });
}

function markCode(message) {
  el.code.setAttribute('aria-invalid', 'true');
  el.code.setAttribute('aria-describedby', 'own-code-hint own-code-error');
  document.getElementById('own-code-error')?.remove();
  el.code.closest('.field').appendChild(h('span', { class: 'field-error', id: 'own-code-error', text: message }));
  el.code.focus();
}

function clearCodeError() {
  el.code.removeAttribute('aria-invalid');
  el.code.setAttribute('aria-describedby', 'own-code-hint');
  document.getElementById('own-code-error')?.remove();
}

el.code.addEventListener('input', clearCodeError);

/** After 确定 (keyCard has saved the key): the code is checked, kept in the address, and used. */
function identityChanged() {
  clearCodeError();
  const code = normalizeCode(el.code.value);
  const problem = code ? creditCodeProblem(code) : null;
  if (problem) {
    markCode(problem);
    return;
  }
  el.code.value = code;
  if (code !== state.code) {
    state.code = code;
    if (code) sessionStorage.setItem(CODE_STORE, code); else sessionStorage.removeItem(CODE_STORE);
    syncUrl();
  }
  loadFile();
  loadPending();
  loadApplications();
}

/** The applications awaiting review: their records cannot be applied for again until decided. */
async function loadPending() {
  state.pending = new Map();
  if (card.key) {
    try {
      const r = await getJson('/api/repairs?status=SUBMITTED', card.key);
      for (const a of Array.isArray(r?.applications) ? r.applications : []) if (a.recordId) state.pending.set(a.recordId, a.id || '');
    } catch {
      // the applications tab says what is wrong with the key
    }
  }
  if (state.file) renderRepairRecords();
}

// ------------------------------------------------------------------ the enterprise's own file

async function loadFile() {
  if (!state.code) {
    state.file = null;
    state.fileFor = '';
    replace(el.own);
    renderRepairRecords();
    return;
  }
  if (state.fileFor === state.code && (state.file || state.fileError)) {
    renderRepairRecords();
    return;
  }
  const code = state.code;
  loading(el.repairRecords, '正在载入本企业的信用档案…');
  replace(el.own, h('p', { class: 'small muted', text: '正在载入本企业的信用档案…' }));
  try {
    const file = await api(`/api/subjects/${encodeURIComponent(code)}`);
    if (code !== state.code) return;
    state.file = file;
    state.fileError = null;
  } catch (e) {
    if (code !== state.code) return;
    state.file = null;
    state.fileError = e;
  }
  state.fileFor = code;
  renderOwn();
  renderRepairRecords();
}

function renderOwn() {
  const s = state.file?.subject;
  if (s) {
    replace(el.own, h('p', { class: 'own-subject' },
      h('span', { class: 'muted', text: '本企业：' }),
      h('a', { href: subjectUrl(state.code), text: s.name || state.code }),
      h('span', { class: 'code muted', text: ` ${state.code}` })));
    const name = el.commitmentForm.elements.namedItem('subjectName');
    if (!name.value.trim() && s.name) name.value = s.name;
  } else if (state.fileError instanceof ApiError && state.fileError.status === 404) {
    replace(el.own, h('p', { class: 'small muted', text: '本平台尚无该企业公示中的信用信息。仍可作出信用承诺；没有需要修复的记录。' }));
  } else if (state.fileError) {
    showError(el.own, state.fileError, { heading: '无法载入本企业的信用档案' });
  }
}

// ------------------------------------------------------------------ 信用承诺

el.commitmentForm.addEventListener('submit', async e => {
  e.preventDefault();
  const form = el.commitmentForm;
  if (!checkRequired(form) || !needKey(el.commitmentResult, form)) return;
  const body = formJson(form);
  if (body.acceptingUnitCode) {
    body.acceptingUnitCode = normalizeCode(body.acceptingUnitCode);
    const problem = creditCodeProblem(body.acceptingUnitCode);
    if (problem) { fieldError(form, 'acceptingUnitCode', `受理单位代码有误：${problem}`)?.focus(); return; }
  }
  if (body.validUntil && body.validUntil < todayIso()) {
    fieldError(form, 'validUntil', '承诺有效期不能早于今天')?.focus();
    return;
  }
  setBusy(form, true);
  loading(el.commitmentResult, '正在提交承诺…');
  try {
    const r = await postJson('/api/commitments', card.key, body);
    card.after(null);
    const links = [h('a', { href: `/?q=${encodeURIComponent(r.commitmentCode || '')}`, text: '按承诺编码查询' })];
    if (state.code) links.unshift(h('a', { href: `${subjectUrl(state.code)}#COMMITMENT`, id: 'commitment-file-link', text: '在信用档案中查看' }));
    successBox(el.commitmentResult, {
      heading: '承诺已提交并公示',
      facts: [
        ['承诺编码', h('span', { class: 'code id-code', id: 'commitment-code', text: r.commitmentCode || '' })],
        ['状态', h('span', { class: 'pill pill-ok', text: r.status === 'PUBLISHED' ? '已公示' : r.status || '' })],
        ['公示期至', lastPublicDay(r.publicityEnd)],
        ['承诺类型', body.commitmentType],
        ['承诺受理单位', body.acceptingUnit],
      ],
      extra: [
        h('p', { text: '请保存承诺编码：承诺受理单位凭此编码认定履行状态，公众也可凭此查询。' }),
        h('p', { class: 'side-links' }, links),
      ],
    });
    announce('承诺已提交并公示');
    for (const name of ['reason', 'content', 'validUntil']) form.elements.namedItem(name).value = '';
  } catch (err) {
    if (err?.name === 'AbortError') return;
    card.after(err);
    showProblem(el.commitmentResult, form, err, { heading: '承诺未提交', roleLabel: ROLE });
  } finally {
    setBusy(form, false);
    done(el.commitmentResult);
  }
});

function needKey(container, form) {
  if (card.key) return true;
  showProblem(container, form, new ApiError({ status: 401, type: 'api-key-required', message: '' }), { roleLabel: ROLE });
  card.focus();
  return false;
}

// ------------------------------------------------------------------ 信用修复

const REPAIRABLE = ['PENALTY', 'BLACK_LIST'];

function renderRepairRecords() {
  replace(el.repairSelected);
  el.repairRecords.removeAttribute('aria-busy');
  if (!state.code) {
    replace(el.repairRecords, h('p', { class: 'muted' }, '请先在上方“办理身份”中填写本企业的统一社会信用代码，以载入可以申请修复的记录。',
      h('button', { type: 'button', class: 'btn-link', text: '填写代码', on: { click: () => el.code.focus() } })));
    return;
  }
  if (state.fileError instanceof ApiError && state.fileError.status === 404) {
    replace(el.repairRecords, h('p', { class: 'muted', text: '本平台没有该企业公示中的信用信息，无需申请信用修复。' }));
    return;
  }
  if (state.fileError) {
    showError(el.repairRecords, state.fileError, { heading: '无法载入本企业的信用记录' });
    return;
  }
  if (!state.file) return;
  const records = (Array.isArray(state.file.groups) ? state.file.groups : [])
    .filter(g => REPAIRABLE.includes(g.kind))
    .flatMap(g => (Array.isArray(g.records) ? g.records : []).map(r => ({ ...r, kind: r.kind || g.kind })))
    .filter(r => r.id);
  if (!records.length) {
    replace(el.repairRecords, h('p', { class: 'muted', text: '本企业目前没有公示中的行政处罚或失信惩戒信息，无需申请信用修复。' }));
    return;
  }
  const today = todayIso();
  const checked = el.repairForm.querySelector('input[name="recordId"]:checked')?.value;
  replace(el.repairRecords,
    h('p', { class: 'small muted', text: `本企业公示中的行政处罚和失信惩戒信息共 ${records.length} 条。未满最短公示期的记录可以先准备材料，到期后再提交。` }),
    h('div', { class: 'choices' }, records.map(r => recordChoice(r, today))));
  const again = [...el.repairForm.querySelectorAll('input[name="recordId"]')].find(i => i.value === checked && !i.disabled);
  if (again) again.checked = true;
}

function recordChoice(r, today) {
  const from = repairEligibleFrom(r);
  const eligible = !from || from <= today;
  const pending = state.pending.get(r.id);
  const facts = [
    [r.kind === 'PENALTY' ? '决定文书号' : '认定文号', r.documentNumber],
    [r.kind === 'PENALTY' ? '处罚决定日期' : '列入日期', fmtDate(r.decisionDate)],
    [r.kind === 'PENALTY' ? '处罚机关' : '认定机关', r.authority],
    ['公示期至', lastPublicDay(r.publicityEnd)],
  ].filter(([, v]) => v);
  const input = h('input', {
    type: 'radio', name: 'recordId', value: r.id, required: true, 'data-label': '申请修复的记录', disabled: pending != null,
    dataset: { eligibleFrom: from, eligible: String(eligible), document: r.documentNumber || '' },
  });
  input.addEventListener('change', () => showSelected(r, from, eligible));
  const when = pending != null
    ? h('span', { class: 'pill pill-info eligibility', text: `已提交修复申请${pending ? `（${pending}）` : ''}，待审核` })
    : h('span', { class: `pill ${eligible ? 'pill-ok' : 'pill-warn'} eligibility` },
      eligible ? `已满足最短公示期${from ? `（${from} 起）` : ''}，可以申请` : `${from} 起可申请修复`);
  return h('label', { class: `choice${pending != null ? ' is-pending' : ''}`, dataset: { document: r.documentNumber || '', recordId: r.id } },
    input,
    h('span', { class: 'choice-body' },
      h('span', { class: 'choice-title' },
        h('span', { text: r.title || KIND_LABELS[r.kind] }),
        r.tier ? h('span', { class: `pill pill-tier-${r.tier}`, text: `${r.tierLabel || TIER_LABELS[r.tier]}失信` }) : null,
        r.listTypeLabel ? h('span', { class: 'pill pill-black', text: r.listTypeLabel }) : null),
      h('span', { class: 'choice-facts' }, facts.map(([k, v]) => h('span', {}, h('span', { class: 'muted', text: `${k}：` }), v))),
      when));
}

function showSelected(r, from, eligible) {
  clearErrors(el.repairForm);
  replace(el.repairSelected, eligible ? null : h('div', { class: 'notice notice-warn' },
    h('strong', { text: `该记录 ${from} 起方可申请信用修复` }),
    h('p', { text: `${TIER_LABELS[r.tier] || ''}失信信息须自决定作出之日（${fmtDate(r.decisionDate)}）起满${r.tier === 'SERIOUS' ? ' 1 年' : ' 3 个月'}。现在提交将被退回，可先准备材料。` })));
}

el.repairForm.addEventListener('submit', async e => {
  e.preventDefault();
  const form = el.repairForm;
  if (!checkRequired(form) || !needKey(el.repairResult, form)) return;
  const body = formJson(form);
  const chosen = form.querySelector('input[name="recordId"]:checked');
  setBusy(form, true);
  loading(el.repairResult, '正在提交修复申请…');
  try {
    const a = await postJson('/api/repairs', card.key, body);
    card.after(null);
    state.justSubmitted = a.id || '';
    const progress = `/enterprise.html?${queryString({ code: state.code, application: a.id })}#applications`;
    successBox(el.repairResult, {
      heading: '修复申请已提交',
      facts: [
        ['申请编号', h('span', { class: 'code id-code', id: 'application-id', text: a.id || '' })],
        ['状态', statusPill(a.status)],
        ['申请修复的记录', a.documentNumber || chosen?.dataset.document],
        ['审核机关', a.authority],
        ['最短公示期满', a.eligibleFrom],
        ['修复承诺编码', a.commitmentCode ? h('span', { class: 'code', text: a.commitmentCode }) : ''],
      ],
      extra: [
        h('p', { text: `申请由${a.authority || '作出决定的部门'}审核。审核通过后，该记录立即停止公示。修复承诺已作为信用修复型承诺公示。` }),
        h('p', { class: 'side-links' },
          h('a', { href: '#applications', text: '在“我的申请”中查看' }),
          h('a', { href: progress, text: '申请进度链接（可收藏）' })),
      ],
    });
    announce('修复申请已提交，等待审核');
    form.reset();
    replace(el.repairSelected);
    if (a.recordId) state.pending.set(a.recordId, a.id || '');
    renderRepairRecords();
  } catch (err) {
    if (err?.name === 'AbortError') return;
    card.after(err);
    repairRefused(err, chosen);
  } finally {
    setBusy(form, false);
    done(el.repairResult);
  }
});

function repairRefused(error, chosen) {
  const err = explain(error, { roleLabel: ROLE });
  if (err.type === 'not-yet-eligible') {
    clearErrors(el.repairForm);
    const date = err.eligibleFrom || chosen?.dataset.eligibleFrom || '';
    const box = h('div', { class: 'notice notice-warn', role: 'alert', dataset: { problem: err.type } },
      h('strong', { text: '尚未满足最短公示期，暂不能申请信用修复' }),
      date
        ? h('p', {}, '该记录自 ', h('strong', { class: 'eligible-date', text: date }), ' 起可以申请信用修复。届时请再次提交；在此之前可以先履行义务、准备材料。')
        : h('p', { text: '一般失信信息须自决定作出之日起满 3 个月，严重失信信息须满 1 年。' }),
      h('p', { class: 'small' }, h('a', { href: '/about.html#publicity', text: '公示期限与修复条件' })),
      err.detail ? h('details', {}, h('summary', { text: '技术信息' }), h('pre', { text: [`HTTP ${err.status}`, err.type, err.detail].join('\n') })) : null);
    replace(el.repairResult, box);
    announce(`尚未满足最短公示期，${date} 起可以申请`);
    return;
  }
  const box = showProblem(el.repairResult, el.repairForm, err, { heading: '修复申请未提交', roleLabel: ROLE });
  if (err.type === 'already-applied') {
    addLine(box, h('p', {}, h('a', { href: '#applications', text: '在“我的申请”中查看该申请' })));
  } else if (err.type === 'not-your-record') {
    addLine(box, h('p', { text: '请核对上方填写的统一社会信用代码是否就是该密钥所绑定的企业。' }));
  } else if (err.type === 'not-active' || err.type === 'record-not-found') {
    state.fileFor = '';
    loadFile();
  }
}

// ------------------------------------------------------------------ 我的申请

let listGeneration = 0;

async function loadApplications() {
  loadApplicationDetail();
  const generation = ++listGeneration;
  if (!card.key) {
    replace(el.applications, h('p', { class: 'muted', text: '填写企业 API 密钥后，这里显示本企业的信用修复申请及审核结果。' }));
    return;
  }
  loading(el.applications, '正在读取申请…');
  try {
    const status = el.appStatus.value;
    const r = await getJson(`/api/repairs${status ? `?status=${status}` : ''}`, card.key);
    if (generation !== listGeneration) return;
    card.after(null);
    const list = Array.isArray(r?.applications) ? r.applications : [];
    if (!list.length) {
      replace(el.applications, h('p', { class: 'muted', text: status ? '没有该状态的申请。' : '本企业还没有提交过信用修复申请。' }));
    } else {
      replace(el.applications,
        h('p', { class: 'small muted', text: `共 ${list.length} 件申请，最新的在前。` }),
        h('ol', { class: 'records queue' }, list.map(a => {
          const li = applicationCard(a, { forApplicant: true });
          if (a.id && a.id === state.justSubmitted) li.classList.add('is-new');
          return li;
        })));
    }
  } catch (err) {
    if (generation !== listGeneration || err?.name === 'AbortError') return;
    card.after(err);
    showProblem(el.applications, null, err, { heading: '无法读取申请', roleLabel: ROLE });
  } finally {
    done(el.applications);
  }
}

async function loadApplicationDetail() {
  if (!state.application) { replace(el.appDetail); return; }
  if (!card.key) {
    replace(el.appDetail, h('p', { class: 'notice notice-info', text: `填写企业 API 密钥后显示申请 ${state.application} 的进度。` }));
    return;
  }
  try {
    const a = await getJson(`/api/repairs/${encodeURIComponent(state.application)}`, card.key);
    replace(el.appDetail, h('section', { class: 'card application-detail', 'aria-labelledby': 'detail-title' },
      h('h3', { id: 'detail-title', text: `申请 ${a.id || state.application}` }),
      h('ol', { class: 'records' }, applicationCard(a, { forApplicant: true }))));
  } catch (err) {
    showProblem(el.appDetail, null, err, { heading: `无法读取申请 ${state.application}`, roleLabel: ROLE });
  }
}

el.appStatus.addEventListener('change', loadApplications);
el.appRefresh.addEventListener('click', loadApplications);

// ------------------------------------------------------------------ 自主申报

el.declarationForm.addEventListener('submit', async e => {
  e.preventDefault();
  const form = el.declarationForm;
  if (!checkRequired(form) || !needKey(el.declarationResult, form)) return;
  const body = formJson(form);
  if (body.date > todayIso()) {
    fieldError(form, 'date', '取得日期不能晚于今天')?.focus();
    return;
  }
  setBusy(form, true);
  loading(el.declarationResult, '正在提交申报…');
  try {
    const d = await postJson('/api/declarations', card.key, body);
    card.after(null);
    successBox(el.declarationResult, {
      heading: '申报已提交',
      facts: [
        ['申报编号', h('span', { class: 'code id-code', id: 'declaration-id', text: d.id || '' })],
        ['状态', h('span', { class: 'pill pill-warn', text: '自主申报·未核实' })],
        ['类别', d.category],
        ['名称', d.title],
        ['取得日期', d.date],
      ],
      extra: [
        h('p', { text: '申报信息已显示在本企业的信用档案中，标注为“自主申报·未核实”；有关部门凭申报编号核实后改为“已核实”。' }),
        state.code ? h('p', {}, h('a', { href: `${subjectUrl(state.code)}#declarations`, text: '在信用档案中查看' })) : null,
      ],
    });
    announce('申报已提交');
    form.reset();
  } catch (err) {
    if (err?.name === 'AbortError') return;
    card.after(err);
    showProblem(el.declarationResult, form, err, { heading: '申报未提交', roleLabel: ROLE });
  } finally {
    setBusy(form, false);
    done(el.declarationResult);
  }
});

// ------------------------------------------------------------------ start

for (const input of document.querySelectorAll('input[type="date"]')) {
  if (input.name === 'validUntil') input.min = todayIso();
  if (input.name === 'date') input.max = todayIso();
}
const tabs = initTabs(el.tabs, { onSelect: tab => { if (tab === 'applications') loadApplications(); } });
loadFile();
loadPending();
if (tabs.current !== 'applications') loadApplications();
