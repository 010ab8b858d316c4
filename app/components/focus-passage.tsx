"use client";

import { useEffect } from "react";

/** Brings the paragraph the address names (#p12) to the middle of the screen, and focuses it. */
export function FocusPassage() {
  useEffect(() => {
    const target = window.location.hash ? document.getElementById(window.location.hash.slice(1)) : null;
    target?.scrollIntoView({ block: "center" });
    target?.focus({ preventScroll: true });
  }, []);
  return null;
}
