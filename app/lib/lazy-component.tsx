"use client";

import { lazy, Suspense, useSyncExternalStore, type ComponentType, type ReactNode } from "react";

const subscribe = () => () => undefined;

/**
 * A component whose code is fetched the first time it is drawn, in the browser only; `fallback`
 * shows meanwhile, and on the server and during hydration. What next/dynamic with `ssr: false`
 * does, on React's own `lazy` and `Suspense`, so the first load does not carry next/dynamic's
 * runtime as well (docs/decisions/0007-page-weight.md).
 */
export function lazyComponent<P extends object>(load: () => Promise<ComponentType<P>>, fallback: ReactNode): ComponentType<P> {
  const Loaded = lazy(async () => ({ default: await load() }));
  function LazyComponent(props: P) {
    const inBrowser = useSyncExternalStore(
      subscribe,
      () => true,
      () => false,
    );
    if (!inBrowser) return fallback;
    return (
      <Suspense fallback={fallback}>
        <Loaded {...props} />
      </Suspense>
    );
  }
  return LazyComponent;
}
