// Counterparty check for banks and bidders: pasted lines go to POST /api/check as JSON, an
// uploaded CSV goes as its raw bytes (the server detects UTF-8 or GBK). Results are rendered in
// chunks, one animation frame each, so 1,000+ rows never freeze the page; the CSV download is
// built here from the same results (with a BOM so Excel reads the Chinese).

import {
  api, ApiError, h, replace, showError, announce, fmtNumber, fmtBytes, fileMagic, saveBlob, subjectCode,
  subjectUrl, normalizeCode, looksLikeCreditCode, initChrome,
} from './app.js';

const MAX_ENTRIES = 10_000;
const ANONYMOUS_LIMIT = 20;
const MAX_FILE_BYTES = 8 * 1024 * 1024; // the server's check body limit for a bank's key
const MAX_FILE_BYTES_WITHOUT_KEY = 64 * 1024; // and for anyone else (20 entries at most)
const MIN_ROWS_PER_FRAME = 25;
const FRAME_BUDGET_MS = 8;
// csv: the same words the server's own CSV answer uses
const VERDICTS = {
  HIT: { label: '命中', cls: 'pill-bad', csv: 'HIT 命中不良记录' },
  REVIEW: { label: '需复核', cls: 'pill-warn', csv: 'REVIEW 需人工复核' },
  CLEAR: { label: '未发现', cls: 'pill-ok', csv: 'CLEAR 未见不良' },
};

const el = {
  pasteForm: document.getElementById('paste-form'),
  entries: document.getElementById('entries'),
  count: document.getElementById('entries-count'),
  fileForm: document.getElementById('file-form'),
  file: document.getElementById('file'),
  dropzone: document.getElementById('dropzone'),
  fileInfo: document.getElementById('file-info'),
  fileSubmit: document.getElementById('file-submit'),
  template: document.getElementById('template'),
  apiKey: document.getElementById('apikey'),
  keyBox: document.getElementById('key-box'),
  status: document.getElementById('check-status'),
  results: document.getElementById('check-results'),
  resultsTitle: document.getElementById('results-title'),
  tiles: document.getElementById('tiles'),
  progress: document.getElementById('render-progress'),
  filter: document.getElementById('verdict-filter'),
  download: document.getElementById('download-csv'),
  table: document.getElementById('result-table'),
  scorer: document.getElementById('scorer'),
};

let chosenFile = null;
let lastResults = [];
let renderGeneration = 0;
let busy = false;

// ------------------------------------------------------------------ input: pasted lines

/** Lines as {name, code}: "名称,代码", "代码,名称", just a name or just a code; header lines skipped. */
export function parseLines(text) {
  const out = [];
  for (const raw of String(text).split(/\r?\n/)) {
    const line = raw.trim();
    if (!line) continue;
    const parts = line.split(/[,，\t;；]/).map(p => p.trim().replace(/^"(.*)"$/, '$1').trim()).filter((p, i) => p || i === 0);
    if (!out.length && /^(名称|企业名称|主体名称|单位名称|name)$/i.test(parts[0] || '')) continue;
    let name = '';
    let code = '';
    if (parts.length >= 2) {
      [name, code] = parts;
      if (looksLikeCreditCode(name) && !looksLikeCreditCode(code)) [name, code] = [code, name];
    } else if (looksLikeCreditCode(parts[0]) || /^[0-9A-Za-z*]{15,18}$/.test(parts[0])) {
      code = parts[0];
    } else {
      name = parts[0];
    }
    const entry = {};
    if (name) entry.name = name;
    if (code) entry.code = normalizeCode(code);
    if (entry.name || entry.code) out.push(entry);
  }
  return out;
}

let countTimer = 0;
el.entries.addEventListener('input', () => {
  clearTimeout(countTimer);
  countTimer = setTimeout(() => {
    const n = parseLines(el.entries.value).length;
    el.count.textContent = `共 ${fmtNumber(n)} 条${n > MAX_ENTRIES ? `，超过单次上限 ${fmtNumber(MAX_ENTRIES)} 条` : ''}`;
  }, 200);
});

el.pasteForm.addEventListener('submit', e => {
  e.preventDefault();
  const entries = parseLines(el.entries.value);
  if (!entries.length) {
    statusMessage('warn', '请先输入要核查的主体', '每行一个：“名称,统一社会信用代码”，或只填名称、只填代码。');
    el.entries.focus();
    return;
  }
  if (entries.length > MAX_ENTRIES) {
    statusMessage('warn', `共 ${fmtNumber(entries.length)} 条，超过单次上限 ${fmtNumber(MAX_ENTRIES)} 条`, '请拆分后分批核查。');
    return;
  }
  run(JSON.stringify(entries), 'application/json', entries.length);
});

// ------------------------------------------------------------------ input: a CSV file

async function fileProblem(file) {
  if (file.size === 0) return ['文件是空的', '请选择包含表头和至少一行数据的 CSV 文件。'];
  if (!el.apiKey.value.trim() && file.size > MAX_FILE_BYTES_WITHOUT_KEY) {
    return [`文件过大（${fmtBytes(file.size)}）`, '未填写 API 密钥时单个文件不超过 64 KB（最多 20 条）；批量核查请填写银行机构的 API 密钥。'];
  }
  if (file.size > MAX_FILE_BYTES) return [`文件过大（${fmtBytes(file.size)}）`, '单个文件不超过 8 MB，请拆分后分批上传。'];
  const m = await fileMagic(file, 1024);
  const starts = (...bytes) => bytes.every((b, i) => m[i] === b);
  if (starts(0x50, 0x4b, 0x03, 0x04)) {
    return ['这是 Excel 工作簿（.xlsx），不是 CSV 文件', '请在 Excel 中选择“另存为 → CSV UTF-8（逗号分隔）”后再上传。'];
  }
  if (starts(0xd0, 0xcf, 0x11, 0xe0)) {
    return ['这是旧版 Excel 文件（.xls），不是 CSV 文件', '请在 Excel 中选择“另存为 → CSV（逗号分隔）”后再上传。'];
  }
  if (starts(0x25, 0x50, 0x44, 0x46)) return ['这是 PDF 文件，不是 CSV 文件', '请上传逗号分隔的 CSV 文本文件。'];
  if (starts(0xff, 0xfe) || starts(0xfe, 0xff)) {
    return ['文件是 UTF-16 编码', '请另存为 UTF-8 或 GBK 编码的 CSV 后再上传（Excel：“CSV UTF-8（逗号分隔）”）。'];
  }
  if (m.some(b => b === 0)) return ['文件不是文本格式的 CSV', '文件中含有二进制内容，请确认选择的是 CSV 文件。'];
  if (!/\.(csv|txt)$/i.test(file.name)) return null; // content looks like text: let the server judge
  return null;
}

async function chooseFile(file) {
  chosenFile = null;
  el.fileSubmit.disabled = true;
  if (!file) { el.fileInfo.textContent = ''; return; }
  const problem = await fileProblem(file);
  if (problem) {
    el.fileInfo.textContent = `${file.name}：${problem[0]}`;
    statusMessage('error', problem[0], problem[1]);
    return;
  }
  chosenFile = file;
  el.fileInfo.textContent = `已选择：${file.name}（${fmtBytes(file.size)}）`;
  el.fileSubmit.disabled = false;
  replace(el.status);
}

el.file.addEventListener('change', () => chooseFile(el.file.files[0]));
for (const type of ['dragenter', 'dragover']) {
  el.dropzone.addEventListener(type, e => { e.preventDefault(); el.dropzone.classList.add('over'); });
}
for (const type of ['dragleave', 'drop']) {
  el.dropzone.addEventListener(type, () => el.dropzone.classList.remove('over'));
}
el.dropzone.addEventListener('drop', e => {
  e.preventDefault();
  const file = e.dataTransfer?.files?.[0];
  if (file) chooseFile(file);
});

el.fileForm.addEventListener('submit', e => {
  e.preventDefault();
  if (!chosenFile) {
    statusMessage('warn', '请先选择 CSV 文件');
    return;
  }
  run(chosenFile, 'text/csv', null);
});

el.template.addEventListener('click', () => {
  const csv = '\uFEFF名称,统一社会信用代码\r\n南通国际家纺产业园有限公司,\r\n,91320600XXXXXXXXXX\r\n';
  saveBlob(new Blob([csv], { type: 'text/csv;charset=utf-8' }), '批量核查模板.csv');
});

// ------------------------------------------------------------------ running the check

const storedKey = sessionStorage.getItem('xinyong.apiKey');
if (storedKey) { el.apiKey.value = storedKey; el.keyBox.open = true; }
el.apiKey.addEventListener('change', () => {
  const v = el.apiKey.value.trim();
  if (v) sessionStorage.setItem('xinyong.apiKey', v); else sessionStorage.removeItem('xinyong.apiKey');
  // a file refused for its size before the key was given: judged again against the key's limit
  // (only then: judging an accepted file again would take it back while a click sends it)
  if (!chosenFile && el.file.files[0]) chooseFile(el.file.files[0]);
});

async function run(body, contentType, count) {
  if (busy) return;
  busy = true;
  setBusy(true);
  const key = el.apiKey.value.trim();
  statusMessage('info', count ? `正在核查 ${fmtNumber(count)} 条…` : '正在上传并核查…', '数量较多时需要一些时间，请勿关闭页面。', true);
  let data;
  try {
    data = await api('/api/check', {
      method: 'POST', body, contentType, accept: 'application/json', timeoutMs: 300_000,
      headers: key ? { Authorization: `Bearer ${key}` } : {},
    });
  } catch (e) {
    const err = e instanceof ApiError ? e : new ApiError({ message: '核查失败，请稍后重试。' });
    if (!key && [401, 403, 413, 429].includes(err.status) && (count == null || count > ANONYMOUS_LIMIT)) {
      err.hint = [err.hint, `未填写 API 密钥时每次最多核查 ${ANONYMOUS_LIMIT} 条；机构用户请填写 API 密钥，或分批核查。`].filter(Boolean).join(' ');
      el.keyBox.open = true;
    }
    showError(el.status, err, { heading: '核查未完成' });
    busy = false;
    setBusy(false);
    return;
  }
  replace(el.status);
  const results = resultsOf(data);
  await render(results, data);
  busy = false;
  setBusy(false);
}

function resultsOf(data) {
  if (Array.isArray(data)) return data;
  for (const k of ['results', 'entries', 'items']) if (Array.isArray(data?.[k])) return data[k];
  return [];
}

function setBusy(on) {
  for (const b of document.querySelectorAll('#paste-form button[type=submit], #file-form button[type=submit]')) {
    if (on) b.setAttribute('disabled', ''); else if (!(b.id === 'file-submit' && !chosenFile)) b.removeAttribute('disabled');
  }
}

function statusMessage(kind, title, text, spinner = false) {
  replace(el.status, h('div', { class: `notice notice-${kind}`, role: kind === 'error' ? 'alert' : 'status' },
    h('strong', {}, spinner ? h('span', { class: 'spinner', 'aria-hidden': 'true', style: null }) : null, title),
    text ? h('p', { text }) : null));
}

// ------------------------------------------------------------------ results

async function render(results, data) {
  const generation = ++renderGeneration;
  lastResults = results;
  const summary = data?.summary || {};
  const counts = { total: results.length, HIT: 0, REVIEW: 0, CLEAR: 0 };
  for (const r of results) if (counts[r.verdict] != null) counts[r.verdict]++;
  const total = summary.total ?? counts.total;
  replace(el.tiles,
    tile('', '核查总数', total),
    tile('HIT', '命中', summary.hit ?? counts.HIT),
    tile('REVIEW', '需复核', summary.review ?? counts.REVIEW),
    tile('CLEAR', '未发现', summary.clear ?? counts.CLEAR));
  el.scorer.textContent = data?.scorerVersion ? `匹配模型版本：${data.scorerVersion}` : '';
  setFilter('');
  el.results.hidden = false;
  const tbody = el.table.tBodies[0];
  tbody.replaceChildren();
  el.resultsTitle.focus({ preventScroll: true });
  el.results.scrollIntoView({ block: 'start' });

  // chunked: each frame appends one DocumentFragment of as many rows as fit in a small time
  // budget, so a slow device gets smaller chunks and the page keeps answering input
  el.progress.hidden = results.length <= MIN_ROWS_PER_FRAME;
  let i = 0;
  while (i < results.length) {
    const frag = document.createDocumentFragment();
    const started = performance.now();
    do {
      frag.appendChild(row(results[i++]));
    } while (i < results.length && (i % MIN_ROWS_PER_FRAME !== 0 || performance.now() - started < FRAME_BUDGET_MS));
    tbody.appendChild(frag);
    el.progress.firstElementChild.style.width = `${Math.round((i / results.length) * 100)}%`;
    if (i < results.length) {
      await new Promise(resolve => requestAnimationFrame(resolve));
      if (generation !== renderGeneration) return;
    }
  }
  el.progress.hidden = true;
  el.table.dataset.rendered = String(results.length);
  announce(`核查完成：共 ${total} 条，命中 ${counts.HIT} 条，需复核 ${counts.REVIEW} 条，未发现 ${counts.CLEAR} 条`);
}

function tile(verdict, label, n) {
  return h('div', { class: `tile${verdict ? ` tile-${verdict}` : ''}` }, h('span', { class: 'n', text: fmtNumber(Number(n) || 0) }), label);
}

function row(r) {
  const v = VERDICTS[r.verdict] || { label: r.verdict || '—', cls: '' };
  const s = r.subject;
  const notes = explanationLines(r);
  return h('tr', { dataset: { verdict: r.verdict || '' } },
    h('td', { class: 'num', 'data-label': '序号', text: String((Number(r.index) || 0) + 1) }),
    h('td', { 'data-label': '输入名称', text: r.input?.name || '—' }),
    h('td', { 'data-label': '输入代码', class: 'code', text: r.input?.code || '—' }),
    h('td', { 'data-label': '结论' }, h('span', { class: `pill ${v.cls}`, text: v.label })),
    h('td', { 'data-label': '匹配主体' }, s
      ? [h('a', { href: subjectUrl(s.key), text: s.name || s.key }), h('div', { class: 'code muted small', text: subjectCode(s) })]
      : h('span', { class: 'muted', text: '未匹配' })),
    h('td', { class: 'num', 'data-label': '得分', text: typeof r.score === 'number' ? r.score.toFixed(2) : '—' }),
    h('td', { 'data-label': '说明' }, notes.length ? h('ul', { class: 'explain' }, notes.map(t => h('li', { text: t }))) : '—'));
}

/** The server's explanation; lists and penalties are spelled out only when it gives none. */
function explanationLines(r) {
  const lines = Array.isArray(r.explanation) ? r.explanation.map(String) : r.explanation ? [String(r.explanation)] : [];
  if (lines.length) return lines;
  for (const l of Array.isArray(r.lists) ? r.lists : []) {
    lines.push(`列入${l.label || l.listType}${l.since ? `（${l.since} 起）` : ''}`);
  }
  const p = Number(r.activePenalties) || 0;
  if (p > 0) lines.push(`公示中的行政处罚 ${p} 条`);
  return lines;
}

function setFilter(value) {
  if (value) el.table.dataset.filter = value; else delete el.table.dataset.filter;
  for (const b of el.filter.querySelectorAll('button')) b.setAttribute('aria-pressed', String(b.dataset.filter === value));
}

el.filter.addEventListener('click', e => {
  const b = e.target.closest('button[data-filter]');
  if (b) setFilter(b.dataset.filter);
});

// ------------------------------------------------------------------ CSV download

const CSV_COLUMNS = ['序号', '名称', '统一社会信用代码', '结论', '匹配主体', '匹配代码', '得分', '说明', '名单', '有效处罚数'];

function csvCell(value) {
  let s = value == null ? '' : String(value);
  // a cell starting like a formula would run in a spreadsheet: neutralise it
  if (/^[=+\-@\t\r]/.test(s)) s = `'${s}`;
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

export function toCsv(results) {
  const lines = [CSV_COLUMNS.join(',')];
  for (const r of results) {
    lines.push([
      (Number(r.index) || 0) + 1, r.input?.name, r.input?.code, VERDICTS[r.verdict]?.csv || r.verdict,
      r.subject?.name, subjectCode(r.subject), typeof r.score === 'number' ? r.score.toFixed(2) : '',
      (Array.isArray(r.explanation) ? r.explanation : [r.explanation].filter(Boolean)).join('；'),
      [...new Set((Array.isArray(r.lists) ? r.lists : []).map(l => l.label || l.listType))].join('、'),
      Number(r.activePenalties) || 0,
    ].map(csvCell).join(','));
  }
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}

el.download.addEventListener('click', () => {
  if (!lastResults.length) return;
  const now = new Date();
  const stamp = `${now.getFullYear()}${String(now.getMonth() + 1).padStart(2, '0')}${String(now.getDate()).padStart(2, '0')}-${String(now.getHours()).padStart(2, '0')}${String(now.getMinutes()).padStart(2, '0')}`;
  saveBlob(new Blob([toCsv(lastResults)], { type: 'text/csv;charset=utf-8' }), `信用核查结果-${stamp}.csv`);
});

initChrome();
