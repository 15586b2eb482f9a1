import { createHash } from 'node:crypto';
import type { Comparison, EvalReport, PersonaReport, RunReport } from 'src/eval/eval-report';
import type { GraderResult } from 'src/eval/graders/grader.types';
import { PHASES } from 'src/curriculum/phases';

// The report as one self-contained HTML page (no scripts, no external files): a summary per
// run, charts of turns per phase and cost, each persona's transcript with its cards and actions,
// and the comparison when there is one. Every value is escaped: transcripts hold model output.

const escape = (value: unknown): string =>
  String(value).replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);

const STATUS_MARK: Record<GraderResult['status'], string> = {
  pass: '✔ pass',
  fail: '✘ fail',
  skipped: '– skipped',
};

const status = (value: GraderResult['status']): string =>
  `<span class="s-${value}">${STATUS_MARK[value]}</span>`;

const bar = (label: string, value: number, max: number, text: string): string =>
  `<div class="bar"><span class="bar-label">${escape(label)}</span><span class="bar-track"><span class="bar-fill w${max > 0 ? Math.round((value / max) * 100) : 0}"></span></span><span class="bar-value">${escape(text)}</span></div>`;

const turnsPerPhase = (persona: PersonaReport): Map<string, number> => {
  const counts = new Map<string, number>();
  for (const turn of persona.transcript) {
    counts.set(turn.phaseBefore, (counts.get(turn.phaseBefore) ?? 0) + 1);
  }
  return counts;
};

const charts = (run: RunReport): string => {
  const phaseTotals = PHASES.map((phase) => ({
    phase,
    turns: run.personas.reduce((sum, persona) => sum + (turnsPerPhase(persona).get(phase) ?? 0), 0),
  }));
  const maxTurns = Math.max(...phaseTotals.map((entry) => entry.turns), 0);
  const maxTokens = Math.max(...run.personas.map((p) => p.usage.inputTokens + p.usage.outputTokens), 0);
  return `<div class="charts">
<figure><figcaption>Turns per phase (all personas)</figcaption>${phaseTotals
    .map((entry) => bar(entry.phase, entry.turns, maxTurns, String(entry.turns)))
    .join('')}</figure>
<figure><figcaption>Tokens and cost per persona</figcaption>${run.personas
    .map((persona) => {
      const tokens = persona.usage.inputTokens + persona.usage.outputTokens;
      const cost = persona.usage.costUsd === null ? 'no price' : `$${persona.usage.costUsd.toFixed(4)}`;
      return bar(persona.id, tokens, maxTokens, `${tokens} · ${cost}`);
    })
    .join('')}</figure></div>`;
};

const summary = (
  run: RunReport,
): string => `<table><caption>${escape(run.label)}: ${run.personas.length} personas, ${run.totals.turns} turns, ${run.totals.calls} model calls</caption>
<thead><tr><th scope="col">Persona</th><th scope="col">Voice</th><th scope="col">Turns</th><th scope="col">Last phase</th><th scope="col">Stopped</th><th scope="col">Failed graders</th><th scope="col">Judge</th></tr></thead>
<tbody>${run.personas
  .map((persona) => {
    const failed = persona.graders
      .filter((result) => result.status === 'fail')
      .map((result) => result.grader);
    const judge = persona.graders.find((result) => result.grader === 'judge');
    return `<tr><th scope="row"><a href="#${escape(run.label)}-${escape(persona.id)}">${escape(persona.id)}</a></th><td>${escape(persona.voice)}</td><td>${persona.turns}</td><td>${escape(persona.lastPhase)}</td><td>${escape(persona.stoppedBecause)}</td><td>${failed.length === 0 ? status('pass') : `<span class="s-fail">${escape(failed.join(', '))}</span>`}</td><td>${judge ? `${status(judge.status)} ${judge.score ?? ''}` : ''}</td></tr>`;
  })
  .join('')}</tbody></table>`;

const transcript = (persona: PersonaReport): string =>
  `<ol class="transcript">${persona.transcript
    .map(
      (
        turn,
      ) => `<li><p class="meta">Turn ${turn.index} · ${escape(turn.phaseBefore)}${turn.phaseAfter !== turn.phaseBefore ? ` → ${escape(turn.phaseAfter)}` : ''} · ${escape(turn.status)} · ${turn.ms} ms${turn.safetyHold ? ' · <strong>safety hold</strong>' : ''}</p>
<p class="client"><strong>Client</strong> (${escape(turn.source)}): ${turn.message !== null ? escape(turn.message) : `<em>pressed ${escape(turn.button ?? 'a button')}</em>`}</p>
${turn.coach
  .map(
    (message) =>
      `<p class="coach"><strong>Coach</strong>: ${escape(message.content)}${message.card ? ` <span class="card">card ${escape(message.card.kind)}: ${escape(message.card.buttons.join(', ') || 'no buttons')}</span>` : ''}</p>`,
  )
  .join('')}
${turn.actions.length > 0 ? `<ul class="actions">${turn.actions.map((action) => `<li class="a-${action.status}">${escape(action.type)} (${escape(action.source)}) ${action.status === 'rejected' ? `rejected: ${escape(action.reasonCode ?? '')}` : escape(action.summary ?? '')}</li>`).join('')}</ul>` : ''}</li>`,
    )
    .join('')}</ol>`;

const personaSection = (
  run: RunReport,
  persona: PersonaReport,
): string => `<section id="${escape(run.label)}-${escape(persona.id)}">
<h3>${escape(persona.id)} <small>(${escape(persona.kind)}, voice ${escape(persona.voice)})</small></h3>
<p>${escape(persona.description)}</p>
<table><thead><tr><th scope="col">Grader</th><th scope="col">Result</th><th scope="col">Details</th></tr></thead><tbody>${persona.graders
  .map(
    (result) =>
      `<tr><th scope="row">${escape(result.grader)}</th><td>${status(result.status)}${result.score !== null ? ` ${result.score}` : ''}</td><td>${escape(result.details.join(' · '))}</td></tr>`,
  )
  .join('')}</tbody></table>
<p>Phases: ${escape(persona.phases.join(' → '))}. Usage: ${persona.usage.calls} calls, ${persona.usage.inputTokens}/${persona.usage.outputTokens} tokens, model latency p50 ${persona.usage.latencyMsP50 ?? '–'} ms. Notes remembered: ${escape(persona.final.notes.join(' | ') || 'none')}</p>
<details><summary>Transcript (${persona.turns} turns)</summary>${transcript(persona)}</details></section>`;

const comparisonSection = (
  comparison: Comparison,
): string => `<section><h2>Comparison: ${escape(comparison.baseline)} → ${escape(comparison.candidate)}</h2>
<p class="verdict">Verdict: <strong>${escape(comparison.verdict.replace('_', ' '))}</strong></p>
<table><thead><tr><th scope="col">Grader</th><th scope="col">Passes ${escape(comparison.baseline)}</th><th scope="col">Passes ${escape(comparison.candidate)}</th><th scope="col">Difference</th><th scope="col">Mean score</th></tr></thead><tbody>${comparison.graders
  .map(
    (entry) =>
      `<tr><th scope="row">${escape(entry.grader)}</th><td>${entry.baselinePass}</td><td>${entry.candidatePass}</td><td class="${entry.delta < 0 ? 's-fail' : entry.delta > 0 ? 's-pass' : ''}">${entry.delta > 0 ? '+' : ''}${entry.delta}</td><td>${entry.baselineScore === null && entry.candidateScore === null ? '' : `${entry.baselineScore ?? '–'} → ${entry.candidateScore ?? '–'}`}</td></tr>`,
  )
  .join('')}</tbody></table>
${comparison.personas
  .map(
    (
      persona,
    ) => `<details><summary>${escape(persona.id)}: ${persona.turns[0]} → ${persona.turns[1]} turns, ${escape(persona.lastPhase[0])} → ${escape(persona.lastPhase[1])}${
      persona.graders.some((entry) => entry.changed)
        ? `; changed: ${escape(
            persona.graders
              .filter((entry) => entry.changed)
              .map((entry) => `${entry.grader} ${entry.baseline} → ${entry.candidate}`)
              .join(', '),
          )}`
        : ''
    }</summary>
<table class="aligned"><thead><tr><th scope="col">#</th><th scope="col">${escape(comparison.baseline)}</th><th scope="col">${escape(comparison.candidate)}</th></tr></thead><tbody>${persona.aligned
      .map(
        (row) =>
          `<tr><th scope="row">${row.index}</th>${[row.baseline, row.candidate]
            .map((side) =>
              side
                ? `<td><p class="meta">${escape(side.phase)}</p><p class="client">${escape(side.client)}</p><p class="coach">${escape(side.coach)}</p>${side.rejected.length > 0 ? `<p class="a-rejected">rejected: ${escape(side.rejected.join(', '))}</p>` : ''}</td>`
                : '<td>—</td>',
            )
            .join('')}</tr>`,
      )
      .join('')}</tbody></table></details>`,
  )
  .join('')}</section>`;

const STYLE = `body{font:15px/1.5 system-ui,sans-serif;margin:0 auto;max-width:1200px;padding:1rem;color:#1a1a1a;background:#fff}
h1{font-size:1.5rem}table{border-collapse:collapse;width:100%;margin:.5rem 0 1rem}th,td{border:1px solid #ccc;padding:.3rem .5rem;text-align:left;vertical-align:top}
caption{text-align:left;font-weight:600;padding:.3rem 0}.s-pass{color:#13652b}.s-fail{color:#a30d0d;font-weight:600}.s-skipped{color:#555}
.charts{display:flex;flex-wrap:wrap;gap:2rem}.charts figure{flex:1 1 420px;margin:0}figcaption{font-weight:600;margin-bottom:.3rem}
.bar{display:flex;align-items:center;gap:.5rem;font-size:.85rem}.bar-label{width:11rem;overflow-wrap:anywhere}.bar-track{flex:1;background:#e8e8e8;height:.8rem}
.bar-fill{display:block;height:100%;background:#2456a6}.bar-value{width:9rem;text-align:right}
.transcript{padding-left:1.2rem}.transcript>li{margin-bottom:.8rem}.meta{color:#555;font-size:.8rem;margin:0}.client,.coach{margin:.1rem 0;white-space:pre-wrap;overflow-wrap:anywhere}
.card{background:#eef3fb;border:1px solid #9db3da;padding:0 .3rem;font-size:.8rem}.actions{font-size:.8rem;margin:.2rem 0}.a-rejected{color:#a30d0d}
.scroll{overflow-x:auto;max-width:100%}.verdict{font-size:1.1rem}summary{cursor:pointer;margin:.3rem 0}
@media (max-width:600px){.bar-label{width:6rem}.bar-value{width:6rem}th,td{padding:.2rem}}
${Array.from({ length: 101 }, (_, percent) => `.w${percent}{width:${percent}%}`).join('')}`;

/**
 * The page's Content-Security-Policy when a server sends it (GET /admin/evals/:id/report): no
 * scripts, no requests of any kind, only our one stylesheet (by its hash). Bar widths are
 * classes rather than style attributes so that no inline style needs allowing.
 */
export const REPORT_CSP = [
  "default-src 'none'",
  `style-src 'sha256-${createHash('sha256').update(STYLE).digest('base64')}'`,
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');

// Wide tables scroll on their own on a phone instead of widening the page; the region is
// focusable so a keyboard can scroll it too.
const scrollableTables = (html: string): string =>
  html
    .replace(/<table/g, '<div class="scroll" tabindex="0" role="region" aria-label="Scrollable table"><table')
    .replace(/<\/table>/g, '</table></div>');

export const reportHtml = (report: EvalReport): string =>
  scrollableTables(`<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Coach evaluation ${escape(report.startedAt)}</title><style>${STYLE}</style></head>
<body><main><h1>Coach evaluation</h1>
<p>${escape(report.startedAt)} · provider ${escape(report.provider)}${report.model ? ` · model ${escape(report.model)}` : ''} · personas from ${escape(report.personasDir)} · judge ${escape(report.judge)}</p>
${report.comparison ? comparisonSection(report.comparison) : ''}
${report.runs
  .map(
    (run) => `<section><h2>Run: ${escape(run.label)}</h2>${summary(run)}${charts(run)}
<details><summary>Prompt versions used (${run.pinned.length})</summary><table><thead><tr><th scope="col">Key</th><th scope="col">Version</th><th scope="col">Source</th><th scope="col">Text hash</th></tr></thead><tbody>${run.pinned
      .map(
        (pin) =>
          `<tr><th scope="row">${escape(pin.key)}</th><td>${pin.version}</td><td>${escape(pin.source)}</td><td><code>${escape(pin.bodyHash)}</code></td></tr>`,
      )
      .join('')}</tbody></table></details>
${run.personas.map((persona) => personaSection(run, persona)).join('')}</section>`,
  )
  .join('')}
</main></body></html>
`);
