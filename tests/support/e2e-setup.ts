import { beforeEach } from "vitest";
import { reportOpenPages } from "./browser";

// Every browser test that fails leaves its open pages' pictures and journals in test-results/failures.
beforeEach(({ onTestFailed, task }) => {
  onTestFailed(() => reportOpenPages(task.name));
});
