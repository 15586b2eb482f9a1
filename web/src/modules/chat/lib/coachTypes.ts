import type { components } from '@dev-coach/api-client';

type Schemas = components['schemas'];

export type CoachState = Schemas['CoachStateResponseDto'];
export type ChatMessage = Schemas['MessageResponseDto'];
export type MessagePage = Schemas['MessagePageResponseDto'];
export type TurnResult = Schemas['TurnResultResponseDto'];
export type TurnAccepted = Schemas['TurnAcceptedResponseDto'];
export type CreateTurnBody = Schemas['CreateTurnDto'];
export type ButtonAction = Schemas['ButtonActionDto'];
export type Identity = Schemas['IdentityResponseDto'];
export type Catalog = Schemas['CoachCatalogResponseDto'];
export type Phase = CoachState['currentPhase'];
export type Category = CoachState['identityFocus'];
export type Session = Schemas['OpenBreakDto']['session'];
export type MessageRole = ChatMessage['role'];
export type VideoPlacement = Schemas['CatalogVideoDto']['kind'];
export type TurnAction = Schemas['TurnActionDto'];
export type TurnStatus = Schemas['TurnStatus'];
