/** Japanese messages of the result charts, the heatmap and the stability panel; merged into `jaWork`. */
export const jaCharts = {} as const;
