"use client";

import { Component, lazy, Suspense, useSyncExternalStore, type ReactNode } from "react";
import type { DeskProps } from "./annotation-desk";

const AnnotationDesk = lazy(() => import("./annotation-desk").then((m) => ({ default: m.AnnotationDesk })));
const subscribe = () => () => undefined;

/**
 * The annotation desk, fetched as its own chunk and only for a signed-in curator or admin: the page
 * renders this only for them, so anonymous readers load none of it. Until it arrives, and if it
 * cannot be fetched, the reader's own text (children) stands in.
 */
export function AnnotationLoader({ children, ...props }: DeskProps & { children: ReactNode }) {
  const inBrowser = useSyncExternalStore(
    subscribe,
    () => true,
    () => false,
  );
  if (!inBrowser) return children;
  return (
    <KeepText text={children}>
      <Suspense fallback={children}>
        <AnnotationDesk {...props} />
      </Suspense>
    </KeepText>
  );
}

/** When the desk's code cannot be fetched, the text stays readable and the page says why annotating is off. */
class KeepText extends Component<{ text: ReactNode; children: ReactNode }, { failed: boolean }> {
  override state = { failed: false };

  static getDerivedStateFromError(): { failed: boolean } {
    return { failed: true };
  }

  override render() {
    if (!this.state.failed) return this.props.children;
    return (
      <>
        <p role="alert" className="mb-4 text-sm text-red-800 dark:text-red-200">
          Annotating could not be loaded. Check the connection and reload the page.
        </p>
        {this.props.text}
      </>
    );
  }
}
