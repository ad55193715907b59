// Typeahead for subjects, following the WAI-ARIA 1.2 combobox pattern (list autocomplete):
// the input keeps focus; aria-activedescendant points at the highlighted option.
// Keys: ↓/↑ move (and open the list), Enter picks the highlighted option (or submits the form when
// none is highlighted), Escape closes the list (a second Escape clears the box), Tab closes.

import { api, h, markMatch, subjectCode, announce } from './app.js';

const DEBOUNCE_MS = 140;

/**
 * @param input   the <input role="combobox">
 * @param listbox the <ul role="listbox">, a sibling positioned under the input
 * @param onPick  called with the chosen subject view
 */
export function attachTypeahead(input, listbox, { onPick, minLength = 1 } = {}) {
  let options = [];
  let active = -1;
  let timer = 0;
  let controller = null;
  let lastQuery = '';

  const isOpen = () => !listbox.hidden;

  // the search was submitted: answers still on their way must not pop the list open again
  function cancel() {
    clearTimeout(timer);
    controller?.abort();
    close();
  }

  function open() {
    if (!options.length) return;
    listbox.hidden = false;
    input.setAttribute('aria-expanded', 'true');
  }

  function close() {
    listbox.hidden = true;
    input.setAttribute('aria-expanded', 'false');
    setActive(-1);
  }

  function setActive(i) {
    const items = listbox.children;
    if (active >= 0 && items[active]) items[active].setAttribute('aria-selected', 'false');
    active = i;
    if (active >= 0 && items[active]) {
      items[active].setAttribute('aria-selected', 'true');
      input.setAttribute('aria-activedescendant', items[active].id);
      items[active].scrollIntoView({ block: 'nearest' });
    } else {
      input.removeAttribute('aria-activedescendant');
    }
  }

  function render(query, suggestions) {
    options = suggestions;
    active = -1;
    input.removeAttribute('aria-activedescendant');
    listbox.replaceChildren(...suggestions.map((s, i) => {
      const meta = [subjectCode(s), s.regionName, s.legalRepresentative && `法定代表人 ${s.legalRepresentative}`,
        s.typeLabel].filter(Boolean).join(' · ');
      const li = h('li', { id: `${listbox.id}-opt-${i}`, role: 'option', 'aria-selected': 'false' },
        h('span', { class: 'opt-name' }, markMatch(s.name, query)),
        meta ? h('span', { class: 'opt-meta', text: meta }) : null);
      // mousedown would blur the input before click; keep focus where it is
      li.addEventListener('mousedown', e => e.preventDefault());
      li.addEventListener('click', () => pick(i));
      li.addEventListener('mousemove', () => { if (active !== i) setActive(i); });
      return li;
    }));
    if (suggestions.length) {
      open();
      announce(`${suggestions.length} 个建议，按上下方向键选择，回车打开`);
    } else {
      close();
    }
  }

  function pick(i) {
    const s = options[i];
    if (!s) return;
    close();
    onPick?.(s);
  }

  async function fetchSuggestions(query) {
    controller?.abort();
    controller = new AbortController();
    try {
      const body = await api(`/api/suggest?q=${encodeURIComponent(query)}`, { signal: controller.signal });
      if (input.value.trim() !== query) return; // the user typed on
      render(query, Array.isArray(body?.suggestions) ? body.suggestions : []);
    } catch (e) {
      // suggestions are a convenience: on failure the search button still works
      if (e.name !== 'AbortError') { options = []; close(); }
    }
  }

  input.addEventListener('input', () => {
    const query = input.value.trim();
    clearTimeout(timer);
    if (query.length < minLength) { controller?.abort(); options = []; close(); lastQuery = ''; return; }
    if (query === lastQuery && options.length) { open(); return; }
    lastQuery = query;
    timer = setTimeout(() => fetchSuggestions(query), DEBOUNCE_MS);
  });

  input.addEventListener('keydown', e => {
    if (e.isComposing || e.keyCode === 229) return; // IME is composing pinyin: its keys are not ours
    switch (e.key) {
      case 'ArrowDown':
        if (!options.length) return;
        e.preventDefault();
        if (!isOpen()) { open(); setActive(0); } else setActive(active + 1 >= options.length ? 0 : active + 1);
        break;
      case 'ArrowUp':
        if (!options.length) return;
        e.preventDefault();
        if (!isOpen()) { open(); setActive(options.length - 1); } else setActive(active <= 0 ? options.length - 1 : active - 1);
        break;
      case 'Enter':
        if (isOpen() && active >= 0) { e.preventDefault(); pick(active); } else cancel();
        break;
      case 'Escape':
        if (isOpen()) { e.preventDefault(); close(); } else if (input.value) { e.preventDefault(); input.value = ''; options = []; lastQuery = ''; }
        break;
      case 'Tab':
        close();
        break;
      default:
    }
  });

  input.addEventListener('blur', () => close());
  input.addEventListener('focus', () => { if (input.value.trim() === lastQuery && options.length) open(); });

  return { close, cancel };
}
