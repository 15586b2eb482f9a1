import { LlmCacheEntryEntity } from 'src/ai/cache/entities/llm-cache-entry.entity';
import { AuditEventEntity } from 'src/audit/entities/audit-event.entity';
import { EvalRunEntity } from 'src/evals/eval-run.entity';
import { WebhookAttemptEntity } from 'src/webhooks/entities/webhook-attempt.entity';
import { WebhookDeliveryEntity } from 'src/webhooks/entities/webhook-delivery.entity';
import { WebhookEndpointEntity } from 'src/webhooks/entities/webhook-endpoint.entity';
import { ActionLogEntity } from 'src/coaching/entities/action-log.entity';
import { BreakEntity } from 'src/coaching/entities/break.entity';
import { ChatMessageEntity } from 'src/coaching/entities/chat-message.entity';
import { CoachStateEntity } from 'src/coaching/entities/coach-state.entity';
import { IdentityEntity } from 'src/coaching/entities/identity.entity';
import { SessionVideoEntity } from 'src/coaching/entities/session-video.entity';
import { TurnEntity } from 'src/coaching/entities/turn.entity';
import { ApiKeyEntity } from 'src/auth/entities/api-key.entity';
import { InviteEntity } from 'src/auth/entities/invite.entity';
import { RecoveryCodeEntity } from 'src/auth/entities/recovery-code.entity';
import { RefreshTokenEntity } from 'src/auth/entities/refresh-token.entity';
import { SessionEntity } from 'src/auth/entities/session.entity';
import { UserTokenEntity } from 'src/auth/entities/user-token.entity';
import { EmailOutboxEntity } from 'src/email/entities/email-outbox.entity';
import { PromptTemplateEntity } from 'src/prompts/entities/prompt-template.entity';
import { PromptVersionEntity } from 'src/prompts/entities/prompt-version.entity';
import { SafetyEventEntity } from 'src/safety/entities/safety-event.entity';
import { LlmCallEntity } from 'src/usage/entities/llm-call.entity';
import { UserEntity } from 'src/users/entities/user.entity';
import { SentinelOperationEntity } from 'src/sentinel/entities/sentinel-operation.entity';
import { UserNoteEntity } from 'src/notes/entities/user-note.entity';
import { TestScenarioEntity } from 'src/test-scenarios/entities/test-scenario.entity';
import { TestUserEntity } from 'src/test-scenarios/entities/test-user.entity';
import { StudioAppearanceEntity } from 'src/studio/entities/studio-appearance.entity';
import { StudioDraftEntity } from 'src/studio/entities/studio-draft.entity';
import { StudioReferenceEntity } from 'src/studio/entities/studio-reference.entity';
import { StudioSceneEntity } from 'src/studio/entities/studio-scene.entity';

// Listed, not globbed: a glob makes TypeORM require() files itself, which bypasses the
// test runner's transformer and breaks on a bundled build.
export const ENTITIES = [
  UserEntity,
  SessionEntity,
  RefreshTokenEntity,
  UserTokenEntity,
  InviteEntity,
  ApiKeyEntity,
  RecoveryCodeEntity,
  AuditEventEntity,
  EmailOutboxEntity,
  PromptTemplateEntity,
  PromptVersionEntity,
  LlmCallEntity,
  LlmCacheEntryEntity,
  CoachStateEntity,
  IdentityEntity,
  TurnEntity,
  ChatMessageEntity,
  ActionLogEntity,
  BreakEntity,
  SessionVideoEntity,
  SafetyEventEntity,
  UserNoteEntity,
  SentinelOperationEntity,
  TestScenarioEntity,
  TestUserEntity,
  EvalRunEntity,
  WebhookEndpointEntity,
  WebhookDeliveryEntity,
  WebhookAttemptEntity,
  StudioAppearanceEntity,
  StudioReferenceEntity,
  StudioSceneEntity,
  StudioDraftEntity,
];
