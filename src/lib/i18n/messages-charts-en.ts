/** English messages of the result charts, the heatmap and the stability panel; same keys as `jaCharts`. */
import type { jaCharts } from './messages-charts';

export const enCharts: Record<keyof typeof jaCharts, string> = {};
