/*
 * A Mermaid diagram with pan and zoom (mouse wheel, pinch or two fingers, drag, buttons) and a link that opens
 * it full size in a tab of its own. Exposed as window.ctxrecDiagrams.
 */
(function () {
  'use strict';

  const { useState, useEffect, useRef } = React;
  const html = htm.bind(React.createElement);
  const MIN = 0.25, MAX = 8;
  const clamp = s => Math.min(MAX, Math.max(MIN, s));

  /** Pans and zooms its content; data-scale says the current zoom (1 = fitted to the width). */
  function PanZoom({ svg, title }) {
    const box = useRef(null);
    const [view, setView] = useState({ scale: 1, x: 0, y: 0 });
    const pointers = useRef(new Map());
    const pinch = useRef(null);

    // Zoom by factor around (cx, cy), a point in the box's coordinates: that point stays where it is.
    const zoomAt = (factor, cx, cy) => setView(v => {
      const scale = clamp(v.scale * factor);
      const k = scale / v.scale;
      return { scale, x: cx - (cx - v.x) * k, y: cy - (cy - v.y) * k };
    });

    useEffect(() => {
      const el = box.current;
      const onWheel = e => { // not passive: the page must not scroll while the diagram zooms
        e.preventDefault();
        const r = el.getBoundingClientRect();
        zoomAt(Math.exp(-e.deltaY * (e.deltaMode === 1 ? 0.05 : 0.0015)), e.clientX - r.left, e.clientY - r.top);
      };
      el.addEventListener('wheel', onWheel, { passive: false });
      return () => el.removeEventListener('wheel', onWheel);
    }, []);

    const down = e => {
      box.current.setPointerCapture(e.pointerId);
      pointers.current.set(e.pointerId, { x: e.clientX, y: e.clientY });
      pinch.current = null;
    };
    const move = e => {
      const prev = pointers.current.get(e.pointerId);
      if (!prev) { return; }
      const now = { x: e.clientX, y: e.clientY };
      pointers.current.set(e.pointerId, now);
      const all = [...pointers.current.values()];
      if (all.length === 1) {
        setView(v => ({ ...v, x: v.x + now.x - prev.x, y: v.y + now.y - prev.y }));
      } else if (all.length === 2) {
        const d = Math.hypot(all[0].x - all[1].x, all[0].y - all[1].y);
        const r = box.current.getBoundingClientRect();
        if (pinch.current) {
          zoomAt(d / pinch.current, (all[0].x + all[1].x) / 2 - r.left, (all[0].y + all[1].y) / 2 - r.top);
        }
        pinch.current = d;
      }
    };
    const up = e => { pointers.current.delete(e.pointerId); pinch.current = null; };
    const centre = () => { const r = box.current.getBoundingClientRect(); return [r.width / 2, r.height / 2]; };
    const fullSize = React.useMemo(() => URL.createObjectURL(new Blob([svg], { type: 'image/svg+xml' })), [svg]);
    useEffect(() => () => URL.revokeObjectURL(fullSize), [fullSize]);

    return html`<div class="panzoom-wrap">
      <div class="panzoom-tools" role="toolbar" aria-label=${'Zoom ' + title}>
        <button type="button" class="zoom-in" onClick=${() => zoomAt(1.25, ...centre())} aria-label="Zoom in">+</button>
        <button type="button" class="zoom-out" onClick=${() => zoomAt(0.8, ...centre())} aria-label="Zoom out">−</button>
        <button type="button" class="zoom-reset" onClick=${() => setView({ scale: 1, x: 0, y: 0 })}>Fit</button>
        <span class="hint">${Math.round(view.scale * 100)}% · wheel or pinch to zoom, drag to move</span>
        <a class="full-size" href=${fullSize} target="_blank" rel="noopener">Open full size</a>
      </div>
      <div class="panzoom" ref=${box} data-scale=${view.scale.toFixed(3)} onPointerDown=${down} onPointerMove=${move}
        onPointerUp=${up} onPointerCancel=${up}>
        <div class="mermaid-out" role="img" aria-label=${title}
          style=${{ transform: 'translate(' + view.x + 'px,' + view.y + 'px) scale(' + view.scale + ')' }}
          dangerouslySetInnerHTML=${{ __html: svg }}></div>
      </div>
    </div>`;
  }

  window.ctxrecDiagrams = { PanZoom };
}());
