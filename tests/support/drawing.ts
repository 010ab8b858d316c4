export { drawnCounts, readDrawing, waitForDrawing, type Drawing, type DrawnItem } from "../../scripts/lib/drawing";
