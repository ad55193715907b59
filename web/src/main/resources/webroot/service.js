// Shared by the two service pages (企业服务 enterprise.html, 监管服务 authority.html): the API key
// card (the key lives in sessionStorage only, never in the address, and goes out as
// Authorization: Bearer), tabs kept in the hash, forms validated with the message next to the field,
// and the refusals of the workflow endpoints said in words (the field an invalid-field names, the
// date a not-yet-eligible names). Everything from responses reaches the DOM as text (h(), app.js).

import { api, ApiError, h, replace, showError, announce, fmtDate, KIND_LABELS, tabKeyTarget } from './app.js';

export const REPAIR_STATUS = {
  SUBMITTED: { label: '待审核', cls: 'pill-info' },
  APPROVED: { label: '已通过·已停止公示', cls: 'pill-ok' },
  REJECTED: { label: '不予修复', cls: 'pill-bad' },
};

export const REGIONS = {
  320602: '崇川区', 320612: '通州区', 320614: '海门区', 320623: '如东县', 320681: '启东市', 320682: '如皋市', 320685: '海安市',
};

// ------------------------------------------------------------------ the API key

/**
 * Wires #key-form / #apikey / #key-clear / #key-status. The key is kept per tab in sessionStorage
 * under `storageKey`; `onChange(key)` runs when it is saved or cleared. `mark(ok, text)` lets the
 * page say whether the key just worked.
 */
export function keyCard({ storageKey, roleLabel, onChange }) {
  const form = document.getElementById('key-form');
  const input = document.getElementById('apikey');
  const clear = document.getElementById('key-clear');
  const status = document.getElementById('key-status');
  let key = sessionStorage.getItem(storageKey) || '';
  input.value = key;

  const say = (state, text) => {
    status.dataset.state = state;
    replace(status, h('span', { class: 'key-dot', 'aria-hidden': 'true' }), text);
  };
  const idle = () => say(key ? 'saved' : 'none', key
    ? `已填写${roleLabel}密钥（只保存在本标签页中，关闭后清除）。`
    : `尚未填写密钥：可以先浏览和填写，提交时需要${roleLabel}密钥。`);
  idle();

  form.addEventListener('submit', e => {
    e.preventDefault();
    key = input.value.trim();
    // written every time: another tab of the page may have cleared it meanwhile
    if (key) sessionStorage.setItem(storageKey, key); else sessionStorage.removeItem(storageKey);
    idle();
    onChange?.(key);
  });
  clear.addEventListener('click', () => {
    key = '';
    input.value = '';
    sessionStorage.removeItem(storageKey);
    idle();
    onChange?.(key);
    input.focus();
  });
  return {
    get key() { return key; },
    /** After a call made with the key: ok (it worked) or the error that says why not. */
    mark(ok, error) {
      if (!key) { idle(); return; }
      if (ok) say('ok', '密钥有效（只保存在本标签页中，关闭后清除）。');
      else if (error) say('bad', explain(error, { roleLabel }).message);
    },
    /** After a call: the key is bad on a 401 or a wrong role, fine on any other answer from the API. */
    after(error) {
      if (!error) this.mark(true);
      else if (error instanceof ApiError && (error.status === 401 || error.type === 'forbidden-role')) this.mark(false, error);
      else if (error instanceof ApiError && error.status >= 400 && error.status < 500) this.mark(true);
    },
    focus() { input.focus(); },
  };
}

export function authHeaders(key) {
  return key ? { Authorization: `Bearer ${key}` } : {};
}

export function getJson(path, key, options = {}) {
  return api(path, { headers: authHeaders(key), ...options });
}

export function postJson(path, key, body) {
  return api(path, { method: 'POST', body: JSON.stringify(body), contentType: 'application/json', headers: authHeaders(key) });
}

// ------------------------------------------------------------------ tabs (WAI-ARIA tabs pattern, tab in the hash)

export function initTabs(tablist, { onSelect } = {}) {
  const tabs = [...tablist.querySelectorAll('[role="tab"]')];
  const ids = tabs.map(t => t.dataset.tab);
  const fromHash = () => {
    const x = decodeURIComponent(location.hash.slice(1));
    return ids.includes(x) ? x : null;
  };
  let current = null;
  function select(id, { focus = false, hash = true } = {}) {
    for (const tab of tabs) {
      const on = tab.dataset.tab === id;
      tab.setAttribute('aria-selected', String(on));
      tab.tabIndex = on ? 0 : -1;
      if (on && focus) tab.focus();
      document.getElementById(tab.getAttribute('aria-controls')).hidden = !on;
    }
    if (hash && location.hash !== `#${id}`) history.replaceState(null, '', `${location.pathname}${location.search}#${id}`);
    if (current !== id) { current = id; onSelect?.(id); }
  }
  for (const tab of tabs) tab.addEventListener('click', () => select(tab.dataset.tab, { focus: true }));
  tablist.addEventListener('keydown', e => {
    const i = tabs.indexOf(document.activeElement);
    if (i < 0) return;
    const next = tabKeyTarget(e.key, i, tabs.length);
    if (next < 0) return;
    e.preventDefault();
    select(tabs[next].dataset.tab, { focus: true });
  });
  // in-page links (href="#applications") switch tabs too
  window.addEventListener('hashchange', () => { const x = fromHash(); if (x) select(x, { hash: false }); });
  const initial = fromHash();
  select(initial || ids[0], { hash: false });
  return { select, get current() { return current; } };
}

// ------------------------------------------------------------------ forms

/** The form's named fields as the API's JSON: trimmed text (empty left out), checkboxes as booleans. */
export function formJson(form) {
  const out = {};
  for (const el of form.elements) {
    if (!el.name || el.disabled) continue;
    if (el.type === 'checkbox') out[el.name] = el.checked;
    else if (el.type === 'radio') { if (el.checked) out[el.name] = el.value; }
    else if (el.type === 'number') { if (el.value !== '') out[el.name] = Number(el.value); }
    else if (el.value.trim() !== '') out[el.name] = el.value.trim();
  }
  return out;
}

export function clearErrors(form) {
  for (const msg of form.querySelectorAll('.field-error')) msg.remove();
  for (const el of form.querySelectorAll('[aria-invalid="true"]')) {
    el.removeAttribute('aria-invalid');
    const ids = (el.getAttribute('aria-describedby') || '').split(/\s+/).filter(id => id && !id.endsWith('-error'));
    if (ids.length) el.setAttribute('aria-describedby', ids.join(' ')); else el.removeAttribute('aria-describedby');
  }
}

/** Marks a field (by its name, as the API names it) with a message beside it; returns the control to focus. */
export function fieldError(form, name, message) {
  const controls = [...form.elements].filter(el => el.name === name);
  if (!controls.length) return null;
  const first = controls[0];
  const id = `${form.id}-${name}-error`;
  form.querySelector(`#${CSS.escape(id)}`)?.remove();
  const holder = first.closest('.field, fieldset, .check') || first.parentElement;
  const msg = h('span', { class: 'field-error', id, text: message });
  if (holder.matches('.check')) holder.after(msg); else holder.appendChild(msg);
  for (const el of controls) {
    el.setAttribute('aria-invalid', 'true');
    const ids = (el.getAttribute('aria-describedby') || '').split(/\s+/).filter(Boolean);
    if (!ids.includes(id)) el.setAttribute('aria-describedby', [...ids, id].join(' '));
  }
  return first;
}

/**
 * Client-side required checks (hints only; the server decides): every [required] control must be
 * filled or ticked, a radio group must have a choice. Marks each problem; focuses the first.
 */
export function checkRequired(form) {
  clearErrors(form);
  const problems = [];
  const seen = new Set();
  for (const el of form.elements) {
    if (!el.required || el.disabled || !el.name || seen.has(el.name)) continue;
    seen.add(el.name);
    const label = el.dataset.label || el.name;
    let empty;
    if (el.type === 'checkbox') empty = !el.checked;
    else if (el.type === 'radio') empty = ![...form.elements].some(x => x.name === el.name && x.checked);
    else empty = el.value.trim() === '';
    if (empty) {
      const text = el.type === 'checkbox' ? `请勾选：${label}` : el.type === 'radio' || el.tagName === 'SELECT' ? `请选择${label}` : `请填写${label}`;
      problems.push(fieldError(form, el.name, text));
    }
  }
  problems.filter(Boolean)[0]?.focus();
  return problems.length === 0;
}

// ------------------------------------------------------------------ refusals

/**
 * The workflow refusals in words for this page: which key is wrong, the date a not-yet-eligible
 * repair becomes possible, the field an invalid-field names (the problem's own members; the detail
 * text only when a server too old to send them answered).
 */
export function explain(error, { roleLabel = '' } = {}) {
  const err = error instanceof ApiError ? error : new ApiError({ message: '出现了意外错误，请刷新页面后重试。', detail: String(error?.message || error) });
  if (err.type === 'invalid-api-key') {
    err.message = 'API 密钥无效，请核对后重新填写（密钥由平台核发）。';
  } else if (err.type === 'api-key-required') {
    err.message = `此操作需要${roleLabel}密钥，请先在“办理身份”中填写平台核发的密钥。`;
    err.hint = '';
  } else if (err.type === 'forbidden-role') {
    err.message = `该密钥不是${roleLabel}密钥，无权办理此事项。`;
    err.hint = '';
  } else if (err.type === 'invalid-field') {
    err.field = err.field || /Field '([A-Za-z]+)'/.exec(err.detail || '')?.[1] || '';
    err.message = err.title ? err.title.replace(/[。.]?$/, '。') : '提交的内容有误，请检查后重试。';
    err.hint = '';
  } else if (err.type === 'not-yet-eligible') {
    err.eligibleFrom = err.eligibleFrom || /\d{4}-\d{2}-\d{2}/.exec(err.detail || '')?.[0] || '';
    err.hint = '';
  } else if (err.hint && /[A-Za-z]{4,}/.test(err.hint)) {
    // a detail that is mostly English with a Chinese name in it belongs under 技术信息
    err.hint = '';
  }
  return err;
}

/**
 * Shows a refusal under a form: the field an invalid-field names is marked and focused; everything
 * else is a notice with the Chinese message (the server's English detail folded under 技术信息).
 */
export function showProblem(container, form, error, { heading, roleLabel } = {}) {
  const err = explain(error, { roleLabel });
  if (form) clearErrors(form);
  if (err.type === 'invalid-field' && form && err.field) {
    const control = fieldError(form, err.field, err.message);
    const box = showError(container, err, { heading });
    box.dataset.problem = err.type;
    control?.focus();
    return box;
  }
  const box = showError(container, err, { heading });
  box.dataset.problem = err.type;
  announce(heading || err.message);
  return box;
}

/** Adds a line of advice to a refusal box, above its collapsed 技术信息. */
export function addLine(box, node) {
  const details = box.querySelector(':scope > details');
  if (details) box.insertBefore(node, details); else box.appendChild(node);
  return box;
}

// ------------------------------------------------------------------ results

/** A success box: heading, facts (label, value[, class]), then links or other nodes. */
export function successBox(container, { heading, facts = [], extra = [] }) {
  const box = h('div', { class: 'notice notice-ok result-box', role: 'status', tabindex: '-1' },
    h('strong', { text: heading }),
    facts.length ? h('dl', { class: 'facts' }, facts.filter(([, v]) => v != null && v !== '')
      .map(([k, v, cls]) => [h('dt', { text: k }), h('dd', { class: cls || null }, v)])) : null,
    extra);
  replace(container, box);
  container.removeAttribute('aria-busy');
  box.focus({ preventScroll: true });
  box.scrollIntoView({ block: 'nearest' });
  return box;
}

export function setBusy(form, on) {
  form.toggleAttribute('aria-busy', on);
  for (const b of form.querySelectorAll('button[type="submit"]')) b.disabled = on;
}

export function statusPill(status) {
  const s = REPAIR_STATUS[status] || { label: status || '—', cls: '' };
  return h('span', { class: `pill ${s.cls}`, dataset: { status: status || '' }, text: s.label });
}

/**
 * One repair application as a card; `actions` (nodes) go below it (the reviewer's decision form).
 * The reviewer's card is headed by the enterprise (a link to its file); the applicant's own by the record.
 */
export function applicationCard(a, { actions = null, forApplicant = false } = {}) {
  const record = a.documentNumber ? `${KIND_LABELS[a.recordKind] || ''} ${a.documentNumber}`.trim() : KIND_LABELS[a.recordKind] || '';
  const facts = [
    ['申请编号', a.id, 'code'],
    forApplicant ? null : ['申请修复的记录', record],
    ['审核机关', a.authority],
    ['提交时间', fmtDate(a.createdAt)],
    ['最短公示期满', a.eligibleFrom],
    ['修复承诺编码', a.commitmentCode, 'code'],
    ['审核时间', fmtDate(a.decidedAt)],
  ].filter(f => f && f[1]);
  const name = a.subjectName || a.subjectKey || '';
  const heading = forApplicant
    ? `申请修复：${record}`
    : a.subjectKey ? h('a', { href: `/subject.html?key=${encodeURIComponent(a.subjectKey)}`, text: name }) : name;
  return h('li', { class: 'record application', dataset: { application: a.id || '', status: a.status || '' } },
    h('div', { class: 'record-head' }, h('h3', {}, heading), statusPill(a.status)),
    h('dl', { class: 'facts-inline' }, facts.map(([k, v, cls]) => h('div', {}, h('dt', { text: k }), h('dd', { class: cls || null, text: v })))),
    a.obligationsStatement ? h('p', { class: 'content' }, h('span', { class: 'muted', text: '履行情况说明：' }), a.obligationsStatement) : null,
    a.reason ? h('p', { class: 'content' }, h('span', { class: 'muted', text: '审核意见：' }), a.reason) : null,
    actions);
}
