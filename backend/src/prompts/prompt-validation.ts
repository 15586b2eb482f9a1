import { ACTION_SPECS, type ActionType, isActionType } from 'src/curriculum/actions';
import type { IdentityCategory } from 'src/curriculum/categories';
import type { Phase } from 'src/curriculum/phases';
import type { ErrorDetail } from 'src/common/errors/app.exception';
import { isContextKey } from 'src/prompts/context/context-keys';
import { isImageContextKey, type TemplateKey } from 'src/prompts/context/image-context-keys';
import {
  isImagePromptKind,
  keyProblems,
  PROMPT_KINDS,
  type PromptKeyParts,
  type PromptKind,
} from 'src/prompts/prompt-keys';
import { PromptErrorCode, PromptException } from 'src/prompts/prompts.exception';
import { parseTemplate } from 'src/prompts/template/template-engine';

export const MAX_PROMPT_BODY_LENGTH = 20_000;

export interface PromptInput {
  kind: string;
  phase?: string | null;
  category?: string | null;
  body: string;
  allowedActions?: string[] | null;
}

export interface ValidatedPrompt {
  parts: PromptKeyParts;
  body: string;
  allowedActions: ActionType[];
  requiredContextKeys: TemplateKey[];
}

const actionProblems = (kind: PromptKind, actions: string[] | null | undefined): ErrorDetail[] => {
  if (kind !== 'phase') {
    return actions && actions.length > 0
      ? [{ field: 'allowedActions', message: `only phase prompts have allowed actions, not ${kind}` }]
      : [];
  }
  if (!actions || actions.length === 0) {
    return [{ field: 'allowedActions', message: 'a phase prompt must allow at least one action' }];
  }
  return actions.flatMap((action): ErrorDetail[] => {
    if (!isActionType(action)) {
      return [{ field: 'allowedActions', message: `"${action}" is not an action in the catalogue` }];
    }
    if (!ACTION_SPECS[action].offeredToModel) {
      return [
        {
          field: 'allowedActions',
          message: `"${action}" is a button-only action and cannot be offered to the model`,
        },
      ];
    }
    return [];
  });
};

/**
 * Checks a template before it becomes a version; every problem names its field so the back
 * office can show it inline. Throws with all problems at once.
 */
export const validatePromptInput = (input: PromptInput): ValidatedPrompt => {
  if (!(PROMPT_KINDS as readonly string[]).includes(input.kind)) {
    throw new PromptException(
      PromptErrorCode.InvalidKey,
      `Unknown prompt kind "${input.kind}"; it must be one of ${PROMPT_KINDS.join(', ')}.`,
      [{ field: 'kind', message: `must be one of ${PROMPT_KINDS.join(', ')}` }],
    );
  }
  const kind = input.kind as PromptKind;
  const keyIssues = keyProblems(kind, input.phase, input.category);

  const templateIssues: ErrorDetail[] = [];
  const body = input.body.replace(/\r\n/g, '\n');
  if (body.trim().length === 0) {
    templateIssues.push({ field: 'body', message: 'the template is empty' });
  } else if (body.length > MAX_PROMPT_BODY_LENGTH) {
    templateIssues.push({
      field: 'body',
      message: `the template is longer than ${MAX_PROMPT_BODY_LENGTH} characters`,
    });
  }
  // Image prompts render from the studio's subject, the others from a client's coaching context.
  const parsed = isImagePromptKind(kind)
    ? parseTemplate<TemplateKey>(body, isImageContextKey)
    : parseTemplate<TemplateKey>(body, isContextKey);
  templateIssues.push(...parsed.problems.map((problem) => ({ field: 'body', message: problem.message })));
  if (kind === 'category_guide' && parsed.keys.includes('focus_category_guide')) {
    templateIssues.push({
      field: 'body',
      message: 'a category guide cannot include {{focus_category_guide}} (itself)',
    });
  }

  const actionIssues = actionProblems(kind, input.allowedActions);

  const [first] = [
    [PromptErrorCode.InvalidKey, keyIssues],
    [PromptErrorCode.InvalidTemplate, templateIssues],
    [PromptErrorCode.InvalidActions, actionIssues],
  ].filter(([, issues]) => (issues as ErrorDetail[]).length > 0) as [PromptErrorCode, ErrorDetail[]][];
  if (first) {
    const details = [...keyIssues, ...templateIssues, ...actionIssues];
    throw new PromptException(
      first[0],
      `The prompt was not saved: ${details.map((d) => d.message).join('; ')}.`,
      details,
    );
  }

  return {
    parts: {
      kind,
      phase: kind === 'phase' ? (input.phase as Phase) : null,
      category: kind === 'category_guide' ? (input.category as IdentityCategory) : null,
    },
    body,
    allowedActions: kind === 'phase' ? [...new Set(input.allowedActions as ActionType[])] : [],
    requiredContextKeys: parsed.keys,
  };
};
