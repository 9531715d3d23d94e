/** English messages of the result charts, the heatmap and the stability panel; same keys as `jaCharts`. */
import type { jaCharts } from './messages-charts';

export const enCharts: Record<keyof typeof jaCharts, string> = {
  'charts.title': 'Result analysis',
  'charts.noData': 'There is no result to show yet.',
  'charts.radarTitle': 'Achievement per domain (%)',
  'charts.radarNote':
    'Per domain: points earned (base points of the mandatory items met, plus the scored items’ scores) ÷ points available.',
  'charts.radarAria': 'Radar chart of the achievement per domain. {summary}',
  'charts.radarVendor': '{name}: {values}',
  'charts.radarValue': '{domain} {percent}%',
  'charts.disqualified': '{name} (disqualified)',
  'charts.notComputed': 'not computed',
  'charts.compositionTitle': 'Score composition',
  'charts.base': 'Base points',
  'charts.bonus': 'Bonus points',
  'charts.price': 'Price points',
  'charts.compositionAria': 'Stacked bar chart of the score composition. {summary}',
  'charts.compositionVendor': '{name}: base {base}, bonus {bonus}, price {price}',
  'charts.separatingTitle': 'Requirements that separate the vendors most (top {count})',
  'charts.separatingAxis': 'Item score (points)',
  'charts.separatingNote':
    'By the difference between the highest and lowest item score (points) among the qualified vendors: how much the item moved the gap between them.',
  'charts.separatingNoteAll':
    'Fewer than two vendors are qualified, so every graded vendor is compared (by the difference between the highest and lowest item score).',
  'charts.separatingAria': 'Bar chart of the requirements that separate the vendors most. {summary}',
  'charts.separatingItem': '{ref} difference {spread} points',
  'charts.separatingNone': 'No scored item separates the vendors.',

  'heatmap.partial': 'Showing {shown} of {total} requirements.',
  'heatmap.more': 'Show more',
  'heatmap.title': 'Requirements × vendors',
  'heatmap.caption':
    'Grading per requirement: scored items as score ÷ points (darker is higher), mandatory items as met or not met. Each evaluator’s grade level in brackets.',
  'heatmap.colRequirement': 'Requirement',
  'heatmap.pass': 'Meets',
  'heatmap.fail': 'Does not meet',
  'heatmap.votes': '(meets {passes}, does not {fails})',
  'heatmap.score': '{percent}% ({score} / {points} points)',
  'heatmap.consensus': 'consensus {level}',
  'heatmap.flagged': 'disagreement',
  'heatmap.noGrade': 'not graded',

  'stability.title': 'Stability of the result (sensitivity)',
  'stability.settings': 'Points varied by ±{variation}% · {draws} random draws · seed {seed}',
  'stability.phaseDraws': 'Running the random draws…',
  'stability.phaseOneAtATime': 'Varying one thing at a time…',
  'stability.stop': 'Stop',
  'stability.stopped': 'The analysis was stopped.',
  'stability.rerun': 'Run again',
  'stability.error': 'The stability analysis failed ({detail}).',
  'stability.oneAtATimeTitle':
    'One at a time (each scored item’s points ±{variation}%, each evaluator left out)',
  'stability.base': 'First place now: {name}',
  'stability.noBase': 'No vendor is first now.',
  'stability.noChange': 'None of these changes the first place.',
  'stability.changePoints': '{ref} points {change}%: first place {from} → {to}',
  'stability.changeEvaluator': 'Without evaluator {evaluator}: first place {from} → {to}',
  'stability.nobody': 'no first place',
  'stability.drawsTitle': 'Every scored item’s points varied at random ({draws} draws)',
  'stability.shareTitle': 'Share of first places',
  'stability.shareAxis': 'Share of first places (%)',
  'stability.share': '{name}: {percent}% ({count} {count|draw|draws})',
  'stability.noWinnerShare': 'No first place (ties etc.): {percent}% ({count} {count|draw|draws})',
  'stability.shareAria': 'Bar chart of the share of first places. {summary}'
};
