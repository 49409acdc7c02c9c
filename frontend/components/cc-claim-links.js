// <cc-claim-links>: draws connectors between the selected claims of neighbouring article columns, so the
// eye can follow one figure across outlets. It sits inside the columns' container, over the columns, and
// redraws as the columns scroll or resize. The server marks the selected claims with `data-selected`.
// It also shows a claim's details (its `data-details` text) in a card while the pointer or focus is on it.
const SVG = 'http://www.w3.org/2000/svg';

class CcClaimLinks extends HTMLElement {
  constructor() {
    super();
    this._frame = 0;
    this._onChange = () => this.redraw();
    this._resize = new ResizeObserver(this._onChange);
  }

  connectedCallback() {
    this._host = this.parentElement;
    this.setAttribute('aria-hidden', 'true');
    this._svg = document.createElementNS(SVG, 'svg');
    this.appendChild(this._svg);
    this.parentElement.addEventListener('scroll', this._onChange, true);
    this._resize.observe(this.parentElement);
    this._card = document.createElement('div');
    this._card.className = 'claim-card';
    this._card.setAttribute('role', 'tooltip');
    this._card.hidden = true;
    document.body.appendChild(this._card);
    this._show = (e) => this._showCard(e.target.closest && e.target.closest('[data-details]'));
    this._hide = () => { this._card.hidden = true; };
    for (const type of ['mouseover', 'focusin']) {
      this.parentElement.addEventListener(type, this._show);
    }
    for (const type of ['mouseout', 'focusout', 'scroll']) {
      this.parentElement.addEventListener(type, this._hide, true);
    }
    this.redraw();
  }

  _showCard(mark) {
    if (!mark) {
      return;
    }
    const [first, ...rest] = mark.dataset.details.split('\n');
    const heading = document.createElement('strong');
    heading.textContent = first;
    const lines = rest.map((line) => {
      const div = document.createElement('div');
      div.textContent = line;
      return div;
    });
    this._card.replaceChildren(heading, ...lines);
    this._card.hidden = false;
    const rect = mark.getBoundingClientRect();
    const card = this._card.getBoundingClientRect();
    const left = Math.min(Math.max(8, rect.left), window.innerWidth - card.width - 8);
    const below = rect.bottom + 6 + card.height < window.innerHeight;
    this._card.style.left = `${left}px`;
    this._card.style.top = `${below ? rect.bottom + 6 : rect.top - card.height - 6}px`;
  }

  disconnectedCallback() {
    this._resize.disconnect();
    this._host.removeEventListener('scroll', this._onChange, true);
    for (const type of ['mouseover', 'focusin']) {
      this._host.removeEventListener(type, this._show);
    }
    for (const type of ['mouseout', 'focusout', 'scroll']) {
      this._host.removeEventListener(type, this._hide, true);
    }
    if (this._card) {
      this._card.remove();
    }
    if (this._svg) {
      this._svg.remove();
    }
  }

  /** Scrolls every column to its first selected claim (or `claimId` in its column), then redraws. */
  focusSelected(claimId) {
    // after the columns have applied a new selection, which they do in a microtask
    requestAnimationFrame(() => this._focus(claimId));
  }

  _focus(claimId) {
    const container = this.parentElement;
    const preferred = claimId ? container.querySelector(`[data-claim-id="${CSS.escape(claimId)}"]`) : null;
    for (const column of container.querySelectorAll('.article-column')) {
      const mark = preferred && column.contains(preferred) ? preferred : column.querySelector('[data-selected]');
      const body = column.querySelector('.article-body');
      if (mark && body) {
        const markTop = mark.getBoundingClientRect().top - body.getBoundingClientRect().top + body.scrollTop;
        body.scrollTo({ top: Math.max(0, markTop - body.clientHeight / 3), behavior: 'smooth' });
      }
    }
    if (preferred) {
      preferred.focus({ preventScroll: true });
    }
    this.redraw();
  }

  redraw() {
    if (this._frame) {
      return;
    }
    this._frame = requestAnimationFrame(() => {
      this._frame = 0;
      this._draw();
    });
  }

  _draw() {
    const svg = this._svg;
    if (!svg) {
      return;
    }
    svg.replaceChildren();
    const container = this.parentElement;
    const origin = container.getBoundingClientRect();
    svg.setAttribute('width', container.scrollWidth);
    svg.setAttribute('height', container.clientHeight);
    const anchors = [];
    for (const column of container.querySelectorAll('.article-column')) {
      const body = column.querySelector('.article-body');
      const marks = [...column.querySelectorAll('[data-selected]')];
      if (body && marks.length) {
        anchors.push(anchor(marks, body.getBoundingClientRect(), origin));
      }
    }
    for (let i = 0; i + 1 < anchors.length; i++) {
      svg.appendChild(connector(anchors[i], anchors[i + 1]));
    }
  }
}

// The mark to link in one column: the first one in view, else the nearest, clamped to the visible body.
function anchor(marks, view, origin) {
  const rects = marks.map((m) => m.getBoundingClientRect());
  const visible = rects.find((r) => r.bottom > view.top && r.top < view.bottom);
  const rect = visible || rects[0];
  const middle = (rect.top + rect.bottom) / 2;
  const y = Math.min(Math.max(middle, view.top + 6), view.bottom - 6);
  return {
    left: rect.left - origin.left,
    right: rect.right - origin.left,
    y: y - origin.top,
    hidden: !visible,
  };
}

function connector(from, to) {
  const path = document.createElementNS(SVG, 'path');
  const x1 = from.right + 2;
  const x2 = to.left - 2;
  const bend = Math.max(24, (x2 - x1) / 2);
  path.setAttribute('d', `M ${x1} ${from.y} C ${x1 + bend} ${from.y}, ${x2 - bend} ${to.y}, ${x2} ${to.y}`);
  path.setAttribute('class', from.hidden || to.hidden ? 'claim-link claim-link-offscreen' : 'claim-link');
  return path;
}

customElements.define('cc-claim-links', CcClaimLinks);
