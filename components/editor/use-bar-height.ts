"use client";
// The save-status bar sticks to the top, and the toolbar sticks right under it. The bar wraps to
// two or three lines on a narrow screen, so its height is measured, not assumed: a fixed offset let
// the bar cover the toolbar's first row at 390 px.
import { useEffect, useRef } from "react";

/** A ref for the bar; its height is kept in `--editor-bar-height` on the bar's parent. */
export function useBarHeight<T extends HTMLElement>() {
  const barRef = useRef<T>(null);
  useEffect(() => {
    const bar = barRef.current;
    const root = bar?.parentElement;
    if (!bar || !root) return;
    const observer = new ResizeObserver(() => root.style.setProperty("--editor-bar-height", `${bar.offsetHeight}px`));
    observer.observe(bar);
    return () => observer.disconnect();
  }, []);
  return barRef;
}
