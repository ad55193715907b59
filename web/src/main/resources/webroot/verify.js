// Verify a report: by number (GET /api/reports/{number}, the registration) or by uploading the
// PDF (POST /api/reports/verify: signature and registration). ?number= in the address looks the
// number up at once; the QR code on every report points here.

import {
  api, ApiError, h, replace, announce, fmtDate, fmtBytes, subjectUrl, setUrl, showError, initChrome,
} from './app.js';

const MAX_PDF_BYTES = 20 * 1024 * 1024;
// 14 digits of issue time (Beijing) and 8 letters or digits, e.g. 20260504190257A1B2C3D4
const NUMBER = /^\d{14}[0-9A-Z]{8}$/;

/** How people copy numbers: full-width characters, spaces, dashes, lower case. */
function normalizeNumber(raw) {
  return String(raw ?? '').normalize('NFKC').replace(/[\s\-\u00a0\u3000]/g, '').toUpperCase().slice(0, 64);
}

const el = {
  verdict: document.getElementById('verdict'),
  numberForm: document.getElementById('number-form'),
  number: document.getElementById('number'),
  pdfForm: document.getElementById('pdf-form'),
  pdf: document.getElementById('pdf'),
  drop: document.getElementById('pdf-drop'),
  pdfInfo: document.getElementById('pdf-info'),
  pdfSubmit: document.getElementById('pdf-submit'),
};
let chosen = null;

const ICONS = {
  ok: 'M9 16.2 4.8 12l-1.4 1.4L9 19 21 7l-1.4-1.4z',
  bad: 'M19 6.4 17.6 5 12 10.6 6.4 5 5 6.4 10.6 12 5 17.6 6.4 19 12 13.4 17.6 19 19 17.6 13.4 12z',
  warn: 'M1 21h22L12 2 1 21zm12-3h-2v-2h2v2zm0-4h-2v-4h2v4z',
  info: 'M11 7h2v2h-2zm0 4h2v6h-2zm1-9C6.5 2 2 6.5 2 12s4.5 10 10 10 10-4.5 10-10S17.5 2 12 2z',
};

function icon(kind) {
  const ns = 'http://www.w3.org/2000/svg';
  const svg = document.createElementNS(ns, 'svg');
  svg.setAttribute('viewBox', '0 0 24 24');
  svg.setAttribute('class', 'icon');
  svg.setAttribute('aria-hidden', 'true');
  const path = document.createElementNS(ns, 'path');
  path.setAttribute('d', ICONS[kind]);
  path.setAttribute('fill', { ok: '#1b6e3a', bad: '#a8231b', warn: '#7a4a00', info: '#0b4f9c' }[kind]);
  svg.appendChild(path);
  return svg;
}

/** The verdict panel: kind is ok | bad | warn | info. */
function verdict(kind, title, text, facts = [], extra = null) {
  const rows = facts.filter(([, v]) => v != null && v !== '');
  const panel = h('section', { class: `verdict verdict-${kind}`, 'aria-labelledby': 'verdict-title', dataset: { verdict: kind } },
    icon(kind),
    h('h2', { id: 'verdict-title', text: title }),
    h('div', { class: 'body' },
      h('p', { text }),
      rows.length ? h('dl', { class: 'facts' }, rows.map(([k, v, cls]) => [h('dt', { text: k }), h('dd', { class: cls || null }, v)])) : null,
      extra));
  replace(el.verdict, panel);
  el.verdict.focus({ preventScroll: true });
  el.verdict.scrollIntoView({ block: 'nearest' });
  announce(`${title}。${text}`);
}

function waiting(text) {
  replace(el.verdict, h('div', { class: 'loading', role: 'status' }, h('span', { class: 'spinner', 'aria-hidden': 'true' }), text));
}

function subjectLink(key, name) {
  return key ? h('a', { href: subjectUrl(key), text: name || key }) : (name || '');
}

// ------------------------------------------------------------------ by number

async function lookUp(number) {
  if (!NUMBER.test(number)) {
    verdict('warn', '报告编号格式不正确',
      `报告编号共 22 位：前 14 位是报告生成时间（数字），后 8 位是字母或数字。当前输入为 ${number.length} 位，请核对。`,
      [['输入的编号', number, 'code']]);
    return;
  }
  waiting('正在查询报告登记信息…');
  let reg;
  try {
    reg = await api(`/api/reports/${encodeURIComponent(number)}`);
  } catch (e) {
    if (e instanceof ApiError && (e.type === 'report-not-found' || e.status === 404)) {
      verdict('bad', '未找到该编号的报告',
        '本平台没有出具过该编号的报告。请核对编号是否输入正确（注意区分数字 0 与字母 O）；如编号无误，该报告可能不是本平台出具的。',
        [['查询的编号', number, 'code']]);
    } else if (e instanceof ApiError && e.status === 400) {
      verdict('warn', '报告编号格式不正确', e.hint || '请输入报告首页或页脚上印的完整编号。', [['查询的编号', number, 'code']]);
    } else {
      showError(el.verdict, e, { heading: '查询未完成' });
    }
    return;
  }
  verdict('ok', '该编号的报告由本平台出具',
    '请核对手中报告的主体名称和生成时间与下列登记信息一致。如有电子版 PDF，可在下方上传文件，进一步核验内容未被修改。',
    [['报告编号', reg.number || number, 'code'], ['报告主体', subjectLink(reg.subjectKey, reg.subjectName)],
      ['生成时间', fmtDate(reg.generatedAt)], ['文件摘要（SHA-256）', reg.sha256, 'hash']]);
}

el.numberForm.addEventListener('submit', e => {
  e.preventDefault();
  const number = normalizeNumber(el.number.value);
  el.number.value = number;
  if (!number) {
    verdict('warn', '请输入报告编号', '编号印在报告首页和每页页脚。');
    el.number.focus();
    return;
  }
  setUrl(`number=${encodeURIComponent(number)}`);
  lookUp(number);
});

// ------------------------------------------------------------------ by file

function choose(file) {
  chosen = null;
  el.pdfSubmit.disabled = true;
  if (!file) { el.pdfInfo.textContent = ''; return; }
  if (file.size === 0) {
    el.pdfInfo.textContent = `${file.name}：文件是空的`;
    verdict('warn', '文件是空的', '请选择从本平台下载的 PDF 报告文件。');
    return;
  }
  if (file.size > MAX_PDF_BYTES) {
    el.pdfInfo.textContent = `${file.name}：文件过大（${fmtBytes(file.size)}）`;
    verdict('warn', '文件过大', `报告文件不超过 20 MB，所选文件为 ${fmtBytes(file.size)}。请确认选择的是本平台出具的报告。`);
    return;
  }
  chosen = file;
  el.pdfInfo.textContent = `已选择：${file.name}（${fmtBytes(file.size)}）`;
  el.pdfSubmit.disabled = false;
}

el.pdf.addEventListener('change', () => choose(el.pdf.files[0]));
for (const type of ['dragenter', 'dragover']) el.drop.addEventListener(type, e => { e.preventDefault(); el.drop.classList.add('over'); });
for (const type of ['dragleave', 'drop']) el.drop.addEventListener(type, () => el.drop.classList.remove('over'));
el.drop.addEventListener('drop', e => {
  e.preventDefault();
  const f = e.dataTransfer?.files?.[0];
  if (f) choose(f);
});

el.pdfForm.addEventListener('submit', async e => {
  e.preventDefault();
  if (!chosen) { verdict('warn', '请先选择 PDF 文件', '可从本平台信用档案页下载报告。'); return; }
  el.pdfSubmit.disabled = true;
  waiting('正在核验电子签名与登记信息…');
  let result;
  try {
    result = await api('/api/reports/verify', { method: 'POST', body: chosen, contentType: 'application/pdf', timeoutMs: 120_000 });
  } catch (err) {
    showError(el.verdict, err, { heading: '核验未完成' });
    el.pdfSubmit.disabled = false;
    return;
  }
  el.pdfSubmit.disabled = false;
  showFileVerdict(result);
});

function signatureText(sig) {
  if (!sig || !sig.present) return '无电子签名';
  if (!sig.intact) return '签名与内容不符（文件签署后被修改）';
  if (!sig.ours) return '签名完整，但不是本平台签署';
  return '签名完整，由本平台签署';
}

function showFileVerdict(r) {
  const facts = [
    ['报告编号', r.number, 'code'],
    ['报告主体', subjectLink(r.subjectKey, r.subjectName)],
    ['生成时间', fmtDate(r.generatedAt)],
    ['电子签名', signatureText(r.signature)],
    // registered: this file's digest is the one recorded when the report was issued
    ['登记记录', r.registered ? '与登记的报告文件一致' : r.number ? '编号已登记，但文件与登记的报告不一致' : '未找到登记记录'],
    ['文件摘要（SHA-256）', r.sha256, 'hash'],
  ];
  switch (r.verdict) {
    case 'GENUINE':
      verdict('ok', '报告真实有效', '该报告由本平台出具：电子签名完整，文件自签署后未被修改，并与登记记录一致。', facts);
      break;
    case 'ALTERED':
      verdict('bad', '报告已被修改', '文件内容与电子签名或登记记录不一致，说明报告在签署后被改动过，不能作为有效报告使用。请向出具方索取原始文件，或在本平台重新下载。', facts);
      break;
    case 'NOT_A_PDF':
      verdict('warn', '不是 PDF 文件', '所选文件不是有效的 PDF 文件，请上传从本平台下载的报告原件。', facts.slice(5));
      break;
    case 'UNKNOWN':
    default: {
      const sig = r.signature || {};
      const why = !sig.present ? '文件中没有电子签名，可能是扫描件、打印后再生成的文件，或并非本平台出具。'
        : !sig.ours ? '文件的电子签名不是本平台签署的。'
          : !r.registered ? '签名有效，但未找到该报告的登记记录。' : '无法确认该文件与本平台出具的报告一致。';
      verdict('warn', '无法确认报告真伪', `${why}如有报告编号，可在左侧按编号查询。`, facts);
    }
  }
}

// ------------------------------------------------------------------ start

initChrome();
const initial = normalizeNumber(new URLSearchParams(location.search).get('number'));
if (initial) {
  el.number.value = initial;
  lookUp(initial);
}
window.addEventListener('popstate', () => {
  const n = normalizeNumber(new URLSearchParams(location.search).get('number'));
  el.number.value = n;
  if (n) lookUp(n); else replace(el.verdict);
});
