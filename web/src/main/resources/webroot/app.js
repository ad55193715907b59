// Shared by every page: API calls that turn problem+json into readable Chinese, DOM building that
// never parses user text as HTML, the one sanitiser for the API's highlight strings, URL state
// helpers, formatting, and the page chrome (current nav item).
//
// The rule for all pages: text from records, subjects and queries reaches the DOM only through
// textContent / createTextNode / setAttribute. The only markup ever inserted is a highlight string,
// and that goes through highlight(), which keeps <em> and nothing else.

export const KINDS = ['LICENSE', 'PENALTY', 'RED_LIST', 'BLACK_LIST', 'COMMITMENT', 'INSPECTION', 'EVALUATION'];
export const KIND_LABELS = {
  LICENSE: '行政许可', PENALTY: '行政处罚', RED_LIST: '守信激励', BLACK_LIST: '失信惩戒',
  COMMITMENT: '信用承诺', INSPECTION: '双随机一公开', EVALUATION: '信用评价',
};
export const TIER_LABELS = { MINOR: '轻微', GENERAL: '一般', SERIOUS: '严重' };
export const LIST_TYPE_LABELS = {
  TAX_A: '纳税信用A级纳税人', CUSTOMS_AEO: '海关高级认证企业', HONOR: '守信激励对象',
  SERIOUS_DISHONESTY: '严重失信主体名单', COURT_DEFAULTER: '失信被执行人', ABNORMAL_OPERATION: '经营异常名录',
};

// ---------------------------------------------------------------- API

/** A failed call, with a message meant for the person in front of the page. */
export class ApiError extends Error {
  constructor({ status = 0, type = 'unknown', title = '', detail = '', message, hint = '', retryAfter = null,
    field = '', eligibleFrom = '' }) {
    super(message);
    this.name = 'ApiError';
    this.status = status;
    this.type = type;
    this.title = title;
    this.detail = detail;
    this.hint = hint;
    this.retryAfter = retryAfter;
    // machine-readable members of workflow refusals (docs/api.md): the field at fault, and the
    // date from which a repair may be applied for
    this.field = field;
    this.eligibleFrom = eligibleFrom;
  }
}

// Problem types (docs/api.md) → what to tell people. Unknown types fall back to the server's title.
const PROBLEM_MESSAGES = {
  'invalid-code': '统一社会信用代码或身份证号码无效，请核对后重新输入。',
  'subject-not-found': '未找到该主体的公开信用信息。',
  'report-not-found': '未找到该编号的信用报告登记。',
  'invalid-report-number': '报告编号格式不正确：应为 14 位数字加 8 位字母或数字。',
  'search-unavailable': '检索服务暂时不可用，请稍后重试。',
  'search-busy': '检索服务繁忙，请稍后重试。',
  'search-incomplete': '检索超时，结果可能不完整，故未显示；请稍后重试或缩小查询范围。',
  'audit-unavailable': '服务暂时无法登记本次查询，为保障信息安全暂停核查与报告下载，请稍后重试。',
  'verify-busy': '报告核验繁忙，请稍后重试。',
  'upload-too-slow': '文件上传超时，请检查网络后重新上传。',
  'page-too-deep': '翻页过深：最多浏览前 1,000 条结果，请增加筛选条件或修改关键词。',
  'bad-parameter': '查询条件有误，请检查后重试。',
  'bad-request': '请求格式有误，请检查输入后重试。',
  'body-too-large': '上传的内容过大，请拆分后分批提交。',
  'unsupported-media-type': '不支持该文件类型，请上传 CSV 文件（UTF-8 或 GBK 编码）。',
  'too-many-requests': '请求过于频繁，请稍后再试。',
  'rate-limited': '请求过于频繁，请稍后再试。',
  'not-found': '请求的内容不存在。',
  'too-many-entries': '核查条数超过单次上限。',
  'bad-csv': 'CSV 文件无法读取：请检查引号是否成对、分隔符是否为英文逗号。',
  'empty-body': '没有可核查的数据：CSV 第一行应为表头“名称,统一社会信用代码”，其后每行一个主体。',
  'bad-json': '提交的数据格式错误，请刷新页面后重试。',
  'invalid-api-key': 'API 密钥无效，请核对；不填写密钥也可核查（每次条数有限）。',
  'list-not-found': '没有该名单。',
  'query-too-long': '查询内容过长，请不超过 200 个字符。',
  'internal-error': '服务器内部错误，已记录，请稍后重试。',
  // the supervision workflows (企业服务, 监管服务)
  'api-key-required': '此操作需要平台核发的 API 密钥，请先填写密钥。',
  'forbidden-role': '该 API 密钥无权办理此事项。',
  'not-your-record': '只能申请修复本企业自己的信用记录。',
  'not-your-department': '只有作出决定或受理承诺的部门可以办理此事项。',
  'not-your-application': '无权查看该申请。',
  'already-applied': '该记录已有待审核的修复申请，请勿重复提交。',
  'not-active': '该记录已不在公示中（可能已修复、撤销或公示期满），无需再申请修复。',
  'already-decided': '该申请已审核，不能重复审核。',
  'already-reviewed': '该申报已核实，不能重复核实。',
  'not-yet-eligible': '尚未满足最短公示期，暂不能申请信用修复。',
  'not-repairable': '该类信息无需信用修复：只有行政处罚和失信惩戒信息可以申请修复。',
  'record-not-found': '未找到该记录，请重新载入后选择。',
  'application-not-found': '未找到该修复申请，请核对申请编号。',
  'commitment-not-found': '未找到该承诺编码对应的信用承诺，请核对。',
  'declaration-not-found': '未找到该申报编号，请核对。',
  'plan-not-found': '未找到该抽查计划，请核对计划编号。',
  'invalid-plan-id': '抽查计划编号格式不正确：应为 SJJH 加 18 位数字。',
  'grades-not-public': '信用监管等级目前不对社会公开。',
  'population-too-large': '抽查对象范围过大，请选择地区或填写行业字词以缩小范围。',
};

const STATUS_MESSAGES = {
  400: '请求有误，请检查输入后重试。', 401: '需要有效的 API 密钥。', 403: '没有权限执行此操作。',
  404: '请求的内容不存在。', 413: '上传的内容过大。', 415: '不支持该内容类型。',
  429: '请求过于频繁，请稍后再试。', 500: '服务器内部错误，请稍后重试。', 502: '服务暂时不可用，请稍后重试。',
  503: '服务暂时不可用，请稍后重试。', 504: '服务响应超时，请稍后重试。',
};

const CJK = /[\u3400-\u9fff]/;

/**
 * fetch() with the service's conventions: JSON by default, problem+json turned into an ApiError
 * with a Chinese message. `as`: 'json' (default), 'text', 'blob' or 'response'.
 * AbortError is passed through unchanged so callers can ignore superseded requests.
 */
export async function api(path, { method = 'GET', body, contentType, accept = 'application/json',
                                  headers = {}, signal, as = 'json', timeoutMs = 30_000 } = {}) {
  const h = { Accept: accept, ...headers };
  if (contentType) h['Content-Type'] = contentType;
  // a request that never answers must not leave the page "loading" forever
  const timeout = new AbortController();
  const timer = setTimeout(() => timeout.abort(), timeoutMs);
  const onAbort = () => timeout.abort();
  if (signal?.aborted) timeout.abort();
  signal?.addEventListener('abort', onAbort, { once: true });
  let response;
  try {
    response = await fetch(path, { method, body, headers: h, signal: timeout.signal, credentials: 'same-origin' });
  } catch (e) {
    if (signal?.aborted) throw new DOMException('superseded', 'AbortError');
    if (timeout.signal.aborted) {
      throw new ApiError({ type: 'timeout', message: '服务响应超时，请稍后重试。' });
    }
    throw new ApiError({ type: 'network', message: '无法连接到服务，请检查网络连接后重试。' });
  } finally {
    clearTimeout(timer);
    signal?.removeEventListener('abort', onAbort);
  }
  if (!response.ok) throw await problemOf(response);
  if (as === 'response') return response;
  if (as === 'text') return response.text();
  if (as === 'blob') return response.blob();
  if (response.status === 204) return null;
  try {
    return await response.json();
  } catch {
    throw new ApiError({ status: response.status, type: 'bad-response', message: '服务返回的数据无法解析，请稍后重试。' });
  }
}

async function problemOf(response) {
  const status = response.status;
  const retryAfter = Number.parseInt(response.headers.get('Retry-After') || '', 10);
  let problem = {};
  const type = response.headers.get('Content-Type') || '';
  if (type.includes('json')) {
    try { problem = await response.json(); } catch { problem = {}; }
  }
  const shortType = typeof problem.type === 'string' ? problem.type.split('/').pop() : `http-${status}`;
  const title = typeof problem.title === 'string' ? problem.title : '';
  const detail = typeof problem.detail === 'string' ? problem.detail : '';
  let message = PROBLEM_MESSAGES[shortType] || (title && CJK.test(title) ? `${title}。` : '')
      || STATUS_MESSAGES[status] || `服务返回错误（HTTP ${status}）。`;
  if (Number.isFinite(retryAfter) && retryAfter > 0 && (status === 429 || status === 503)) {
    message = message.replace(/。$/, '') + `，请在 ${retryAfter} 秒后重试。`;
  }
  // the server's detail is shown when it speaks Chinese (it often says exactly what to fix)
  const hint = detail && CJK.test(detail) ? detail : '';
  return new ApiError({ status, type: shortType, title, detail, message, hint,
    retryAfter: Number.isFinite(retryAfter) ? retryAfter : null,
    field: typeof problem.field === 'string' ? problem.field : '',
    eligibleFrom: typeof problem.eligibleFrom === 'string' ? problem.eligibleFrom : '' });
}

/** Query string from an object; arrays repeat the parameter, empty values are left out. */
export function queryString(params) {
  const qs = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) {
    if (Array.isArray(v)) v.filter(x => x !== '' && x != null).forEach(x => qs.append(k, x));
    else if (v !== '' && v != null && v !== false) qs.set(k, String(v));
  }
  return qs.toString();
}

// ---------------------------------------------------------------- DOM without HTML injection

/**
 * Builds an element. props: class, text, id, href, for, hidden, attrs (set with setAttribute),
 * dataset, on ({click: fn}); any other key is set as an attribute. Children: nodes, strings
 * (become text nodes, never HTML), arrays, null/false (skipped).
 */
export function h(tag, props = {}, ...children) {
  const el = document.createElement(tag);
  for (const [key, value] of Object.entries(props || {})) {
    if (value == null || value === false) continue;
    if (key === 'class') el.className = value;
    else if (key === 'text') el.textContent = value;
    else if (key === 'dataset') Object.assign(el.dataset, value);
    else if (key === 'on') for (const [ev, fn] of Object.entries(value)) el.addEventListener(ev, fn);
    else if (key === 'attrs') for (const [a, v] of Object.entries(value)) { if (v != null && v !== false) el.setAttribute(a, v === true ? '' : String(v)); }
    else if (key === 'hidden') el.hidden = true;
    else el.setAttribute(key, value === true ? '' : String(value));
  }
  append(el, children);
  return el;
}

function append(el, children) {
  for (const c of children) {
    if (c == null || c === false) continue;
    if (Array.isArray(c)) append(el, c);
    else if (c instanceof Node) el.appendChild(c);
    else el.appendChild(document.createTextNode(String(c)));
  }
}

/** Removes all children and appends the given ones. */
export function replace(el, ...children) {
  el.replaceChildren();
  append(el, children);
  return el;
}

/**
 * The API's highlight strings ("text escaped, matches wrapped in <em>") as a DocumentFragment.
 * The server escapes already; this is the second line of defence: the string is parsed in an inert
 * document (no scripts run, nothing loads) and only text and <em> survive, everything else is
 * reduced to its text.
 */
export function highlight(html, fallbackText = '') {
  const frag = document.createDocumentFragment();
  if (typeof html !== 'string' || html === '') {
    if (fallbackText) frag.appendChild(document.createTextNode(fallbackText));
    return frag;
  }
  const doc = new DOMParser().parseFromString(`<!doctype html><body>${html}`, 'text/html');
  const walk = (node, target, inEm) => {
    for (const child of node.childNodes) {
      if (child.nodeType === Node.TEXT_NODE) {
        target.appendChild(document.createTextNode(child.nodeValue));
      } else if (child.nodeType === Node.ELEMENT_NODE) {
        if (child.localName === 'em' && !inEm) {
          const em = document.createElement('em');
          em.className = 'hl';
          walk(child, em, true);
          target.appendChild(em);
        } else if (!['script', 'style', 'template', 'noscript', 'iframe', 'object'].includes(child.localName)) {
          walk(child, target, inEm);
        }
      }
    }
  };
  walk(doc.body, frag, false);
  return frag;
}

/** Marks the first occurrence of `needle` in `text` (case-insensitive) with <mark>, as text nodes. */
export function markMatch(text, needle) {
  const frag = document.createDocumentFragment();
  const s = String(text ?? '');
  const i = needle ? s.toLowerCase().indexOf(String(needle).toLowerCase()) : -1;
  if (i < 0 || !needle) { frag.appendChild(document.createTextNode(s)); return frag; }
  frag.append(s.slice(0, i), h('mark', { text: s.slice(i, i + needle.length) }), s.slice(i + needle.length));
  return frag;
}

// ---------------------------------------------------------------- messages and states

/** A readable error box for an ApiError (or any Error) into `container`. */
export function showError(container, error, { heading } = {}) {
  const err = error instanceof ApiError ? error : new ApiError({ message: '出现了意外错误，请刷新页面后重试。', detail: String(error?.message || error) });
  const box = h('div', { class: 'notice notice-error', role: 'alert' },
    h('strong', { text: heading || err.message }),
    heading ? h('p', { text: err.message }) : null,
    err.hint ? h('p', { text: err.hint }) : null,
    (err.detail && !err.hint) || err.status ? h('details', {},
      h('summary', { text: '技术信息' }),
      h('pre', { text: [err.status ? `HTTP ${err.status}` : '', err.type, err.detail].filter(Boolean).join('\n') })) : null);
  replace(container, box);
  return box;
}

export function loading(container, text = '正在加载…') {
  container.setAttribute('aria-busy', 'true');
  return replace(container, h('div', { class: 'loading', role: 'status' }, h('span', { class: 'spinner', 'aria-hidden': 'true' }), text));
}

export function done(container) {
  container.removeAttribute('aria-busy');
}

/** Says something to screen-reader users through the page's polite live region. */
export function announce(text) {
  let region = document.getElementById('live-region');
  if (!region) {
    region = h('div', { id: 'live-region', class: 'sr-only', 'aria-live': 'polite', 'aria-atomic': 'true' });
    document.body.appendChild(region);
  }
  region.textContent = '';
  // a fresh text node after a tick, so repeating the same words is announced again
  setTimeout(() => { region.textContent = text; }, 50);
}

// ---------------------------------------------------------------- formatting

export function fmtNumber(n) {
  return typeof n === 'number' ? n.toLocaleString('zh-CN') : String(n ?? '');
}

/** ISO date (2025-03-01) as shown; full timestamps in Beijing time. */
export function fmtDate(value) {
  if (!value) return '';
  const s = String(value);
  if (/^\d{4}-\d{2}-\d{2}$/.test(s)) return s;
  const d = new Date(s);
  if (Number.isNaN(d.getTime())) return s;
  return d.toLocaleString('zh-CN', { timeZone: 'Asia/Shanghai', year: 'numeric', month: '2-digit', day: '2-digit',
    hour: '2-digit', minute: '2-digit', hour12: false }).replace(/\//g, '-');
}

/** publicityEnd is the first day a record is no longer public; people expect the last day shown. */
export function lastPublicDay(end) {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(end || '')) return '';
  const d = new Date(`${end}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() - 1);
  return d.toISOString().slice(0, 10);
}

/** Today in Beijing (the service's day), as YYYY-MM-DD. */
export function todayIso() {
  return new Date().toLocaleDateString('sv-SE', { timeZone: 'Asia/Shanghai' });
}

/**
 * 《信用修复管理办法》: the first day a record may be repaired, as YYYY-MM-DD: the decision date plus
 * the tier's minimum publicity period (一般 3 months, 严重 1 year; a month end clamps, as the
 * server's LocalDate.plusMonths does). '' when the record has no tier or no decision date.
 */
export function repairEligibleFrom(r) {
  if (!r?.decisionDate || !/^\d{4}-\d{2}-\d{2}$/.test(r.decisionDate)) return '';
  const months = r.tier === 'GENERAL' ? 3 : r.tier === 'SERIOUS' ? 12 : 0;
  if (!months) return '';
  const d = new Date(`${r.decisionDate}T00:00:00Z`);
  const day = d.getUTCDate();
  d.setUTCDate(1);
  d.setUTCMonth(d.getUTCMonth() + months);
  const last = new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 0)).getUTCDate();
  d.setUTCDate(Math.min(day, last));
  return d.toISOString().slice(0, 10);
}

export function fmtWan(amount) {
  if (amount == null || amount === '') return '';
  const n = Number(amount);
  if (!Number.isFinite(n)) return String(amount);
  return `${n.toLocaleString('zh-CN', { maximumFractionDigits: 4 })} 万元`;
}

/** The identity line of a subject: its credit code, or the masked ID of a natural person. */
export function subjectCode(s) {
  return s?.creditCode || s?.personIdMasked || '';
}

export function subjectUrl(key) {
  return `/subject.html?key=${encodeURIComponent(key)}`;
}

/** Only same-origin API paths become links; anything else from a response is ignored. */
export function safeApiPath(path, fallback) {
  return typeof path === 'string' && /^\/api\/[^\s]*$/.test(path) && !path.startsWith('//') ? path : fallback;
}

// ---------------------------------------------------------------- codes

const CODE_ALPHABET = '0123456789ABCDEFGHJKLMNPQRTUWXY';
const CODE_WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];

/** Full-width to ASCII, spaces and dashes removed, upper case: how people paste codes. */
export function normalizeCode(raw) {
  return String(raw ?? '').normalize('NFKC').replace(/[\s\-\u00a0\u3000]/g, '').toUpperCase();
}

/**
 * Checks a 统一社会信用代码 (GB 32100) and says what is wrong in words, or null when it is valid.
 * Used for hints only; the server decides.
 */
export function creditCodeProblem(raw) {
  const code = normalizeCode(raw);
  if (code.length !== 18) return `统一社会信用代码应为 18 位，当前为 ${code.length} 位。`;
  for (let i = 0; i < 18; i++) {
    if (!CODE_ALPHABET.includes(code[i])) return `第 ${i + 1} 位“${code[i]}”不是有效字符（代码中不使用 I、O、S、V、Z）。`;
  }
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += CODE_ALPHABET.indexOf(code[i]) * CODE_WEIGHTS[i];
  const expected = CODE_ALPHABET[(31 - (sum % 31)) % 31];
  if (code[17] !== expected) return `校验位不正确：第 18 位应为“${expected}”，请核对是否抄错。`;
  return null;
}

/** 18 code-like characters (checksum aside): the shape of a credit code. */
export function looksLikeCreditCode(raw) {
  return /^[0-9A-Z]{18}$/.test(normalizeCode(raw));
}

// ---------------------------------------------------------------- files

/** Offers data as a download without a server round trip. */
export function saveBlob(blob, filename) {
  const url = URL.createObjectURL(blob);
  const a = h('a', { href: url, download: filename, hidden: true });
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

export async function fileMagic(file, n = 8) {
  const buf = new Uint8Array(await file.slice(0, n).arrayBuffer());
  return buf;
}

export function fmtBytes(n) {
  if (n < 1024) return `${n} 字节`;
  if (n < 1024 * 1024) return `${(n / 1024).toFixed(1)} KB`;
  return `${(n / 1024 / 1024).toFixed(1)} MB`;
}

// ---------------------------------------------------------------- URL state

/** Updates the address bar: pushState for a new view (back returns), replaceState for a correction. */
export function setUrl(search, { replace: replaceEntry = false, hash = '' } = {}) {
  const url = `${location.pathname}${search ? `?${search}` : ''}${hash}`;
  if (url === `${location.pathname}${location.search}${location.hash}`) return;
  if (replaceEntry) history.replaceState(null, '', url);
  else history.pushState(null, '', url);
}

/**
 * A pager of links (shareable, open-in-new-tab works); plain clicks call onGo(page) instead.
 * hrefFor(page) gives the link for a page.
 */
/**
 * Fetches a page of results for a list view: on failure the view shows the error and its summary
 * is cleared; a request a newer one aborted shows nothing. The data, or null when there is none.
 */
export async function fetchResults(path, signal, { body, summary }) {
  try {
    const data = await api(path, { signal });
    done(body);
    return data;
  } catch (e) {
    if (e.name === 'AbortError') return null;
    done(body);
    summary.textContent = '';
    showError(body, e);
    return null;
  }
}

/**
 * The tab a key moves focus to in a WAI-ARIA tablist: arrows (wrapping), Home, End; -1 for any
 * other key.
 */
export function tabKeyTarget(key, index, count) {
  if (key === 'ArrowRight') return (index + 1) % count;
  if (key === 'ArrowLeft') return (index - 1 + count) % count;
  if (key === 'Home') return 0;
  if (key === 'End') return count - 1;
  return -1;
}

export function pager({ page, pages, hrefFor, onGo, label = '分页' }) {
  const nav = h('nav', { class: 'pager', 'aria-label': label });
  if (pages <= 1) return nav;
  const link = (p, text, aria) => {
    const a = h('a', { href: hrefFor(p), 'aria-label': aria || `第 ${p} 页`, text: text ?? String(p) });
    if (p === page) a.setAttribute('aria-current', 'page');
    a.addEventListener('click', e => {
      if (e.ctrlKey || e.metaKey || e.shiftKey || e.button !== 0) return;
      e.preventDefault();
      onGo(p);
    });
    return a;
  };
  nav.appendChild(page > 1 ? link(page - 1, '‹ 上一页', '上一页') : h('span', { class: 'disabled', text: '‹ 上一页', 'aria-hidden': 'true' }));
  const shown = new Set([1, pages, page - 2, page - 1, page, page + 1, page + 2].filter(p => p >= 1 && p <= pages));
  let last = 0;
  for (const p of [...shown].sort((a, b) => a - b)) {
    if (p - last > 1) nav.appendChild(h('span', { class: 'gap', text: '…', 'aria-hidden': 'true' }));
    nav.appendChild(link(p));
    last = p;
  }
  nav.appendChild(page < pages ? link(page + 1, '下一页 ›', '下一页') : h('span', { class: 'disabled', text: '下一页 ›', 'aria-hidden': 'true' }));
  return nav;
}

// ---------------------------------------------------------------- chrome

/** Marks the current nav item; pages call this once. */
export function initChrome() {
  const current = document.body.dataset.nav;
  for (const a of document.querySelectorAll('.site-nav a[data-nav]')) {
    if (a.dataset.nav === current) a.setAttribute('aria-current', 'page');
    else a.removeAttribute('aria-current');
  }
}
