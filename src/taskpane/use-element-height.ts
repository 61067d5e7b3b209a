import { useCallback, useRef, useState } from "react";

/**
 * An element's height (border box) as the browser last laid it out, for a callback ref. Learnt from a ResizeObserver,
 * never by reading the layout while React commits, which would force the browser to lay out the page in that task.
 */
export function useElementHeight(): [(element: HTMLElement | null) => void, number] {
  const [height, setHeight] = useState(0);
  const observer = useRef<ResizeObserver | undefined>(undefined);
  const ref = useCallback((element: HTMLElement | null) => {
    observer.current?.disconnect();
    observer.current = undefined;
    if (!element || typeof ResizeObserver === "undefined") return;
    observer.current = new ResizeObserver(([entry]) => setHeight(entry.borderBoxSize[0].blockSize));
    observer.current.observe(element, { box: "border-box" });
  }, []);
  return [ref, height];
}
