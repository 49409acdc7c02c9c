// <cc-article-text>: an article body with its claims highlighted, built in the browser from plain data so
// that a long article costs the server one element instead of one per paragraph and claim. Text is only ever
// set with textContent, so markup in an article shows literally and never runs.
//
// Properties, set by the server:
//   text       the article body
//   paragraphs [[start, end], ...] offsets of the paragraphs shown
//   claims     [{id, start, end, group, kind, verdict, section, details, label, review, origin}, ...] in text order
//   selection  {ids: [claim ids of the selected group], focus: claim id} or null
// Events: `claim-chosen` (detail.claimId) when a claim is clicked or Enter is pressed on it;
//         `text-selected` (detail.start, detail.end, detail.text: body offsets) when text is selected in it
//         with the mouse or keyboard, and with start -1 when the selection is gone.
class CcArticleText extends HTMLElement {
  constructor() {
    super();
    this._text = '';
    this._paragraphs = [];
    this._claims = [];
    this._selection = null;
    this._pending = false;
    this.addEventListener('click', (e) => this._choose(e));
    this.addEventListener('keydown', (e) => {
      if (e.key === 'Enter') {
        this._choose(e);
      }
    });
    this.addEventListener('mouseup', () => this._selected());
    this.addEventListener('keyup', (e) => {
      if (e.shiftKey) {
        this._selected();
      }
    });
    this._lastSelected = -1;
  }

  set text(value) { this._text = value || ''; this._schedule(); }
  set paragraphs(value) { this._paragraphs = value || []; this._schedule(); }
  set claims(value) { this._claims = value || []; this._schedule(); }
  set selection(value) { this._selection = value; this._select(); }

  _choose(event) {
    const mark = event.target.closest && event.target.closest('mark[data-claim-id]');
    if (mark && this.contains(mark)) {
      this.dispatchEvent(new CustomEvent('claim-chosen', { detail: { claimId: mark.dataset.claimId } }));
    }
  }

  // The selection's body offsets: each paragraph knows where it starts in the body, and its text is the body's.
  _selected() {
    const selection = window.getSelection();
    let detail = { start: -1, end: -1, text: '' };
    if (selection && selection.rangeCount > 0 && !selection.isCollapsed) {
      const range = selection.getRangeAt(0);
      const start = this._offset(range.startContainer, range.startOffset);
      const end = this._offset(range.endContainer, range.endOffset);
      if (start >= 0 && end > start) {
        detail = { start, end, text: this._text.slice(start, end) };
      }
    }
    if (detail.start !== this._lastSelected || detail.start >= 0) {
      this._lastSelected = detail.start;
      this.dispatchEvent(new CustomEvent('text-selected', { detail }));
    }
  }

  _offset(node, offset) {
    const element = node.nodeType === Node.ELEMENT_NODE ? node : node.parentElement;
    const p = element && element.closest('p[data-start]');
    if (!p || !this.contains(p)) {
      return -1;
    }
    const before = document.createRange();
    before.setStart(p, 0);
    before.setEnd(node, offset);
    return Number(p.dataset.start) + before.toString().length;
  }

  // Properties arrive one by one in the same task; build once they are all there.
  _schedule() {
    if (!this._pending) {
      this._pending = true;
      queueMicrotask(() => {
        this._pending = false;
        this._build();
      });
    }
  }

  _build() {
    const text = this._text;
    const claims = this._claims;
    const fragment = document.createDocumentFragment();
    let next = 0;
    for (const [start, end] of this._paragraphs) {
      const p = document.createElement('p');
      p.dataset.start = start;
      p.dataset.end = end;
      let at = start;
      while (next < claims.length && claims[next].start < start) {
        next++;
      }
      while (next < claims.length && claims[next].end <= end) {
        const claim = claims[next++];
        if (claim.start < at) {
          continue;
        }
        if (claim.start > at) {
          p.appendChild(document.createTextNode(text.slice(at, claim.start)));
        }
        p.appendChild(mark(claim, text.slice(claim.start, claim.end)));
        at = claim.end;
      }
      if (at < end) {
        p.appendChild(document.createTextNode(text.slice(at, end)));
      }
      fragment.appendChild(p);
    }
    this.replaceChildren(fragment);
    this._select();
  }

  _select() {
    for (const old of this.querySelectorAll('mark[data-selected]')) {
      old.removeAttribute('data-selected');
    }
    const selection = this._selection;
    if (!selection) {
      return;
    }
    for (const id of selection.ids) {
      const m = this.querySelector(`mark[data-claim-id="${CSS.escape(id)}"]`);
      if (m) {
        m.setAttribute('data-selected', id === selection.focus ? 'focus' : '');
      }
    }
  }
}

function mark(claim, text) {
  const m = document.createElement('mark');
  m.className = 'claim';
  m.textContent = text;
  m.dataset.claimId = claim.id;
  m.dataset.groupId = claim.group;
  m.dataset.kind = claim.kind;
  m.dataset.verdict = claim.verdict;
  m.dataset.section = claim.section;
  m.dataset.details = claim.details;
  if (claim.review) {
    m.dataset.review = claim.review;
  }
  if (claim.origin) {
    m.dataset.origin = claim.origin;
  }
  m.tabIndex = 0;
  m.setAttribute('role', 'button');
  m.setAttribute('aria-label', claim.label);
  return m;
}

customElements.define('cc-article-text', CcArticleText);
