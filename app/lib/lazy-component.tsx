"use client";

import { Component, lazy, Suspense, useState, useSyncExternalStore, type ComponentType, type ReactNode } from "react";

const subscribe = () => () => undefined;

/**
 * A component whose code is fetched the first time it is drawn, in the browser only; `fallback`
 * shows meanwhile, and on the server and during hydration. What next/dynamic with `ssr: false`
 * does, on React's own `lazy` and `Suspense`, so the first load does not carry next/dynamic's
 * runtime as well (docs/decisions/0007-page-weight.md). When the code cannot be fetched (the
 * connection dropped, a new version was deployed), it says so and offers to try again.
 */
export function lazyComponent<P extends object>(load: () => Promise<ComponentType<P>>, fallback: ReactNode): ComponentType<P> {
  // React caches a failed `lazy` for good: trying again needs a new one.
  const attempt = () => lazy(async () => ({ default: await load() }));
  let Loaded = attempt();
  function LazyComponent(props: P) {
    const inBrowser = useSyncExternalStore(
      subscribe,
      () => true,
      () => false,
    );
    const [tries, setTries] = useState(0);
    if (!inBrowser) return fallback;
    const retry = () => {
      Loaded = attempt();
      setTries((n) => n + 1);
    };
    return (
      <LoadFailure key={tries} retry={retry}>
        <Suspense fallback={fallback}>
          <Loaded {...props} />
        </Suspense>
      </LoadFailure>
    );
  }
  return LazyComponent;
}

class LoadFailure extends Component<{ retry: () => void; children: ReactNode }, { failed: boolean }> {
  override state = { failed: false };

  static getDerivedStateFromError(): { failed: boolean } {
    return { failed: true };
  }

  override render() {
    if (!this.state.failed) return this.props.children;
    return (
      <p role="alert" className="p-4 text-sm text-red-800 dark:text-red-200">
        This part of the page could not be shown. Check the connection, then{" "}
        <button
          type="button"
          onClick={this.props.retry}
          className="text-blue-700 underline focus:outline-none focus-visible:ring-2 focus-visible:ring-blue-600 dark:text-blue-400"
        >
          try again
        </button>
        .
      </p>
    );
  }
}
