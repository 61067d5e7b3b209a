import { useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState } from "react";

/** How far beyond the visible part of the list rows are rendered, so that scrolling shows no gap. */
const OVERSCAN_PX = 600;

export interface WindowedRows {
  /** The list's element: where its rows start on the page. */
  containerRef: (element: HTMLElement | null) => void;
  /** The rows to render: [start, end). */
  start: number;
  end: number;
  /** The height of the rows above and below the rendered ones, as spacers. */
  before: number;
  after: number;
  /** The ref of every rendered row, which carries its key in `data-row-key`: its height is learnt once it is laid out. */
  measure: (element: HTMLElement | null) => void;
  /** Scrolls the page so that the row at `index` comes into view below `marginTop` pixels (a sticky toolbar). */
  scrollTo(index: number, marginTop: number): void;
}

interface Viewport {
  top: number;
  bottom: number;
}

/**
 * Renders only the rows of a long list that are on screen (plus a margin), the rest as two spacers: 6,000 findings
 * stay a few dozen elements. The page itself scrolls (the list has no scroll box of its own), so the visible part is
 * worked out from where the list sits in the window. Row heights are estimated until a row has been laid out once.
 *
 * Nothing here reads the layout while React commits: that would make the browser lay out the page (thousands of new
 * elements and style rules when the results first appear) inside the same task. Where the list sits is read in the next
 * animation frame, and row heights come from a ResizeObserver, after the browser's own layout.
 */
export function useWindowedRows(keys: readonly string[], estimate: (index: number) => number): WindowedRows {
  const container = useRef<HTMLElement | null>(null);
  const heights = useRef(new Map<string, number>());
  const [viewport, setViewport] = useState<Viewport>(() => ({ top: 0, bottom: globalThis.innerHeight ?? 800 }));
  const [measured, setMeasured] = useState(0);
  const frame = useRef<number | undefined>(undefined);

  const update = useCallback(() => {
    frame.current = undefined;
    const element = container.current;
    if (!element) return;
    const top = -element.getBoundingClientRect().top;
    const next = { top, bottom: top + window.innerHeight };
    setViewport((current) => (Math.abs(current.top - next.top) < 1 && Math.abs(current.bottom - next.bottom) < 1 ? current : next));
  }, []);

  const schedule = useCallback(() => {
    if (frame.current === undefined) frame.current = requestAnimationFrame(update);
  }, [update]);

  useEffect(() => {
    // Capture: a scroll of any box the list sits in moves it, not only the window's.
    document.addEventListener("scroll", schedule, { capture: true, passive: true });
    window.addEventListener("resize", schedule);
    return () => {
      document.removeEventListener("scroll", schedule, { capture: true });
      window.removeEventListener("resize", schedule);
      if (frame.current !== undefined) cancelAnimationFrame(frame.current);
    };
  }, [schedule]);

  // What is above the list can change height (a notice appears): look again after every render.
  useLayoutEffect(schedule);

  const offsets = useMemo(() => {
    const out = new Array<number>(keys.length + 1);
    out[0] = 0;
    keys.forEach((key, i) => {
      out[i + 1] = out[i] + (heights.current.get(key) ?? estimate(i));
    });
    return out;
    // `measured` counts the rows whose real height became known since.
  }, [keys, estimate, measured]);

  const resize = useRef<ResizeObserver | undefined>(undefined);
  const measure = useCallback((element: HTMLElement | null) => {
    if (!element || typeof ResizeObserver === "undefined") return;
    resize.current ??= new ResizeObserver((entries) => {
      let changed = false;
      for (const { target, borderBoxSize } of entries) {
        if (!target.isConnected) {
          resize.current?.unobserve(target);
          continue;
        }
        const key = target instanceof HTMLElement ? target.dataset.rowKey : undefined;
        const height = borderBoxSize[0].blockSize;
        if (key === undefined || height <= 0 || heights.current.get(key) === height) continue;
        heights.current.set(key, height);
        changed = true;
      }
      if (changed) setMeasured((n) => n + 1);
    });
    resize.current.observe(element, { box: "border-box" });
  }, []);

  useEffect(() => () => resize.current?.disconnect(), []);

  const low = viewport.top - OVERSCAN_PX;
  const high = viewport.bottom + OVERSCAN_PX;
  let start = 0;
  while (start < keys.length && offsets[start + 1] <= low) start++;
  let end = start;
  while (end < keys.length && offsets[end] < high) end++;

  const scrollTo = useCallback(
    (index: number, marginTop: number) => {
      const element = container.current;
      if (!element || index < 0 || index >= keys.length) return;
      const listTop = element.getBoundingClientRect().top;
      const rowTop = listTop + offsets[index];
      const rowBottom = listTop + offsets[index + 1];
      if (rowTop < marginTop) window.scrollBy({ top: rowTop - marginTop });
      else if (rowBottom > window.innerHeight) window.scrollBy({ top: rowBottom - window.innerHeight });
    },
    [keys.length, offsets],
  );

  const containerRef = useCallback((element: HTMLElement | null) => {
    container.current = element;
  }, []);

  return { containerRef, start, end, before: offsets[start], after: offsets[keys.length] - offsets[end], measure, scrollTo };
}
