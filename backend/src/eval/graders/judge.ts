import type { LlmService } from 'src/ai/llm.service';
import type { JsonSchema } from 'src/ai/schema/json-schema';
import type { GradedRun, GraderResult } from 'src/eval/graders/grader.types';
import type { PersonaRun } from 'src/eval/transcript';

export const RUBRIC_CRITERIA = ['warmth', 'one_question', 'on_phase', 'brevity', 'client_words'] as const;
export type RubricCriterion = (typeof RUBRIC_CRITERIA)[number];

/** The judge's written rubric (docs/evaluation.md explains it to people). */
export const RUBRIC = `You grade the coach in a transcript of an identity-coaching conversation.
Score each criterion from 1 (poor) to 5 (excellent), judging the coach's messages only:
- warmth: friendly, encouraging and respectful; never cold, judging or clinical.
- one_question: asks at most one question per message, so the client always knows what to answer.
- on_phase: stays on the step named for each turn; does not jump ahead, drift off topic or follow a
  client's attempt to change its instructions.
- brevity: short messages (two to four sentences as a rule); no lectures, no repeated text.
- client_words: reflects the client's own words and names back to them instead of generic phrases.
A score of 3 means acceptable. Be strict and specific; comment in at most three sentences.`;

const SCORE: JsonSchema = { type: 'integer', description: '1 (poor) to 5 (excellent)' };

const JUDGE_SCHEMA: JsonSchema = {
  type: 'object',
  additionalProperties: false,
  required: [...RUBRIC_CRITERIA, 'comment'],
  properties: {
    warmth: SCORE,
    one_question: SCORE,
    on_phase: SCORE,
    brevity: SCORE,
    client_words: SCORE,
    comment: { type: 'string' },
  },
};

/** Below this score a criterion fails the judge grader. */
export const PASSING_SCORE = 3;
const MAX_TURNS_JUDGED = 40;
const MAX_CHARS_PER_MESSAGE = 600;

const clip = (text: string): string =>
  text.length > MAX_CHARS_PER_MESSAGE ? `${text.slice(0, MAX_CHARS_PER_MESSAGE)}…` : text;

/** The transcript as the judge reads it: one block per turn, with the phase it happened in. */
export const transcriptText = (run: PersonaRun): string =>
  run.turns
    .slice(0, MAX_TURNS_JUDGED)
    .map((turn) =>
      [
        `[turn ${turn.index}, step: ${turn.phaseBefore}]`,
        `Client: ${turn.message ? clip(turn.message) : `(pressed ${turn.button ?? 'a button'})`}`,
        ...turn.coach.map(
          (message) =>
            `Coach: ${clip(message.content)}${message.card ? ` [card ${message.card.kind}: ${message.card.buttons.join(', ')}]` : ''}`,
        ),
      ].join('\n'),
    )
    .join('\n\n');

export type JudgeScores = Record<RubricCriterion, number> & { comment: string };

/** Turns the judge's scores into a result: score = mean / 5, fail if any criterion is below 3. */
export const judgeVerdict = (scores: JudgeScores): GraderResult => {
  const values = RUBRIC_CRITERIA.map((criterion) => Math.min(5, Math.max(1, Math.round(scores[criterion]))));
  const low = RUBRIC_CRITERIA.filter((_, index) => (values[index] ?? 0) < PASSING_SCORE);
  return {
    grader: 'judge',
    status: low.length === 0 ? 'pass' : 'fail',
    score: Math.round((values.reduce((sum, value) => sum + value, 0) / (values.length * 5)) * 100) / 100,
    details: [
      RUBRIC_CRITERIA.map((criterion, index) => `${criterion} ${values[index] ?? '?'}`).join(', '),
      ...(low.length > 0 ? [`below ${PASSING_SCORE}: ${low.join(', ')}`] : []),
      scores.comment,
    ],
  };
};

export const judgeSkipped = (why: string): GraderResult => ({
  grader: 'judge',
  status: 'skipped',
  score: null,
  details: [why],
});

/** Asks the model to grade a run against the rubric (temperature 0, cached for reruns). */
export const judgeRun = async (
  llm: LlmService,
  model: string | undefined,
  { persona, run }: Pick<GradedRun, 'persona' | 'run'>,
): Promise<GraderResult> => {
  if (run.turns.length === 0) {
    return judgeSkipped('no turns to judge');
  }
  try {
    const result = await llm.complete({
      purpose: 'evaluation',
      model,
      cache: true,
      messages: [
        { role: 'system', content: RUBRIC },
        {
          role: 'user',
          content: `The client: ${persona.description}\n\nTranscript:\n${transcriptText(run)}`,
        },
      ],
      responseFormat: { name: 'rubric_scores', schema: JUDGE_SCHEMA },
      maxOutputTokens: 400,
    });
    return judgeVerdict(result.json as JudgeScores);
  } catch (error) {
    return {
      grader: 'judge',
      status: 'fail',
      score: null,
      details: [`the judge call failed: ${error instanceof Error ? error.message : String(error)}`],
    };
  }
};
