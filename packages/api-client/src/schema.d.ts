// Generated from openapi.json by `npm run api:generate`. Do not edit by hand.

export interface paths {
    "/metrics": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["scrape"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/health/live": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["live"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/health/ready": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["ready"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/me": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["getMe"];
        put?: never;
        post?: never;
        delete: operations["deleteMine"];
        options?: never;
        head?: never;
        patch: operations["updateMe"];
        trace?: never;
    };
    "/api/v1/admin/audit-log": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["listAuditEvents"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/admin/audit-log/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["getAuditEvent"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/admin/emails": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["listEmails"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/admin/emails/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["getEmail"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/admin/emails/{id}/retry": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["retryEmail"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/register": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["register"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/invites/{token}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["previewInvite"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/invites/accept": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["acceptInvite"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/verify-email": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["verifyEmail"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/resend-verification": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["resendVerification"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/login": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["login"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/token": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["issueToken"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/refresh": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["refresh"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/logout": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["logout"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/logout-all": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["logoutAll"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/forgot-password": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["forgotPassword"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/reset-password": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["resetPassword"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/options": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["options"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/2fa/setup": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["setupTwoFactor"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/2fa/enable": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["enableTwoFactor"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/2fa/disable": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["disableTwoFactor"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/me/password": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["changePassword"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/me/sessions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["listMySessions"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/me/sessions/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete: operations["revokeMySession"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/me/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["exportMine"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/admin/invites": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description API keys: needs the scope `invites:read`. */
        get: operations["listInvites"];
        put?: never;
        /** @description API keys: needs the scope `invites:write`. */
        post: operations["createInvite"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/admin/invites/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description API keys: needs the scope `invites:read`. */
        get: operations["getInvite"];
        put?: never;
        post?: never;
        /** @description API keys: needs the scope `invites:write`. */
        delete: operations["deleteInvite"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/admin/invites/{id}/resend": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** @description API keys: needs the scope `invites:write`. */
        post: operations["resendInvite"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/admin/api-keys": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["listApiKeys"];
        put?: never;
        post: operations["createApiKey"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/admin/api-keys/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["getApiKey"];
        put?: never;
        post?: never;
        delete: operations["revokeApiKey"];
        options?: never;
        head?: never;
        patch: operations["updateApiKey"];
        trace?: never;
    };
    "/api/v1/admin/webhooks": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description API keys: needs the scope `webhooks:write`. */
        get: operations["listAdminWebhookEndpoints"];
        put?: never;
        /** @description API keys: needs the scope `webhooks:write`. */
        post: operations["createAdminWebhookEndpoint"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/admin/webhooks/deliveries": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description API keys: needs the scope `webhooks:write`. */
        get: operations["listAdminWebhookDeliveries"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/admin/webhooks/deliveries/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description API keys: needs the scope `webhooks:write`. */
        get: operations["getAdminWebhookDelivery"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/admin/webhooks/deliveries/{id}/replay": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** @description API keys: needs the scope `webhooks:write`. */
        post: operations["replayAdminWebhookDelivery"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/admin/webhooks/deliveries/{id}/retry": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** @description API keys: needs the scope `webhooks:write`. */
        post: operations["retryAdminWebhookDelivery"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/admin/webhooks/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description API keys: needs the scope `webhooks:write`. */
        get: operations["getAdminWebhookEndpoint"];
        put?: never;
        post?: never;
        /** @description API keys: needs the scope `webhooks:write`. */
        delete: operations["deleteAdminWebhookEndpoint"];
        options?: never;
        head?: never;
        /** @description API keys: needs the scope `webhooks:write`. */
        patch: operations["updateAdminWebhookEndpoint"];
        trace?: never;
    };
    "/api/v1/admin/webhooks/{id}/rotate-secret": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** @description API keys: needs the scope `webhooks:write`. */
        post: operations["rotateAdminWebhookSecret"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/admin/webhooks/{id}/enable": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** @description API keys: needs the scope `webhooks:write`. */
        post: operations["enableAdminWebhookEndpoint"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/admin/webhooks/{id}/test": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** @description API keys: needs the scope `webhooks:write`. */
        post: operations["testAdminWebhookEndpoint"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/admin/users": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description API keys: needs the scope `users:read`. */
        get: operations["listUsers"];
        put?: never;
        /** @description API keys: needs the scope `users:write`. */
        post: operations["createUser"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/admin/users/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description API keys: needs the scope `users:read`. */
        get: operations["getUser"];
        put?: never;
        post?: never;
        /** @description API keys: needs the scope `users:write`. */
        delete: operations["deleteUser"];
        options?: never;
        head?: never;
        /** @description API keys: needs the scope `users:write`. */
        patch: operations["updateUser"];
        trace?: never;
    };
    "/api/v1/admin/users/{id}/verify-email": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** @description API keys: needs the scope `users:write`. */
        post: operations["verifyUserEmail"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/admin/users/bulk-verify": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** @description API keys: needs the scope `users:write`. */
        post: operations["bulkVerifyUsers"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/admin/users/{id}/unverify-email": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** @description API keys: needs the scope `users:write`. */
        post: operations["unverifyUserEmail"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/admin/users/{id}/resend-invite": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** @description API keys: needs the scope `users:write`. */
        post: operations["resendUserInvite"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/admin/prompts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description API keys: needs the scope `prompts:read`. */
        get: operations["listPrompts"];
        put?: never;
        /** @description API keys: needs the scope `prompts:write`. */
        post: operations["createPrompt"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/admin/prompts/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description API keys: needs the scope `prompts:read`. */
        get: operations["getPrompt"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/admin/prompts/{id}/activate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** @description API keys: needs the scope `prompts:write`. */
        post: operations["activatePrompt"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/admin/prompts/{id}/diff": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description API keys: needs the scope `prompts:read`. */
        get: operations["diffPrompt"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/admin/prompts/preview": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** @description API keys: needs the scope `prompts:read`. */
        post: operations["previewPrompt"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/coach/state": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["getCoachState"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/coach/messages": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["listCoachMessages"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/coach/catalog": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["getCoachCatalog"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/coach/reset": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["resetCoaching"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/identities": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["listIdentities"];
        put?: never;
        post: operations["createIdentity"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/identities/reorder": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["reorderIdentities"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/identities/i-am.pdf": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["downloadIAmStatements"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/identities/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["getIdentity"];
        put?: never;
        post?: never;
        delete: operations["archiveIdentity"];
        options?: never;
        head?: never;
        patch: operations["updateIdentity"];
        trace?: never;
    };
    "/api/v1/coach/turns": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["createTurn"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/coach/turns/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["getTurn"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/coach/turns/{id}/events": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["streamTurnEvents"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/admin/coach/users/{id}/turns": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["createAdminTestUserTurn"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/admin/coach/users/{id}/turns/{turnId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["getAdminTestUserTurn"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/admin/safety-events": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["listSafetyEvents"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/admin/safety-events/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["getSafetyEvent"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/admin/safety-events/{id}/resolve": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["resolveSafetyEvent"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/notes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["listNotes"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/notes/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete: operations["deleteNote"];
        options?: never;
        head?: never;
        patch: operations["updateNote"];
        trace?: never;
    };
    "/api/v1/admin/test-scenarios": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description Scenarios, last changed first. Filters: q (part of the name), id (list), testUserId (the scenario a test user came from). Sort: name, createdAt, updatedAt. */
        get: operations["listAdminTestScenarios"];
        put?: never;
        post: operations["createAdminTestScenario"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/admin/test-scenarios/freeze": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["freezeAdminTestScenario"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/admin/test-scenarios/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["getAdminTestScenario"];
        put?: never;
        post?: never;
        delete: operations["deleteAdminTestScenario"];
        options?: never;
        head?: never;
        patch: operations["updateAdminTestScenario"];
        trace?: never;
    };
    "/api/v1/admin/test-scenarios/{id}/instantiate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["instantiateAdminTestScenario"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/admin/test-scenarios/{id}/reset": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["resetAdminTestUser"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/studio": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["getStudio"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/studio/appearance": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put: operations["updateAppearance"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/studio/references": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["uploadReference"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/studio/references/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete: operations["deleteReference"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/studio/references/{id}/image": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["getReferenceImage"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/studio/references/{id}/thumbnail": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["getReferenceThumbnail"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/studio/identities/{identityId}/scene": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put: operations["updateScene"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/studio/identities/{identityId}/drafts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["listDrafts"];
        put?: never;
        post: operations["generateDraft"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/studio/drafts/{draftId}/refine": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["refineDraft"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/studio/drafts/{draftId}/events": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["streamDraftEvents"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/studio/drafts/{draftId}/image": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["getDraftImage"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/studio/drafts/{draftId}/thumbnail": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["getDraftThumbnail"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/studio/drafts/{draftId}/save": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["saveDraft"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/studio/drafts/{draftId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete: operations["deleteDraft"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/identities/{id}/image": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["getIdentityImage"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/admin/users/{id}/studio": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["getUserStudio"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/admin/studio/drafts/{id}/image": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["getStudioDraftImage"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/admin/studio/drafts/{id}/thumbnail": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["getStudioDraftThumbnail"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/admin/studio/references/{id}/image": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["getStudioReferenceImage"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/admin/studio/references/{id}/thumbnail": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["getStudioReferenceThumbnail"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/admin/turns": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["listTurns"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/admin/turns/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["getAdminTurn"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/admin/turns/{id}/fail": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["failAdminTurn"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/admin/messages": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description Chat messages, newest first. Filters: userId, turnId, role (user/coach), q (words of the text, full-text), id (list). Sort: createdAt. */
        get: operations["listAdminMessages"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/admin/messages/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["getAdminMessage"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/admin/identities/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["getAdminIdentity"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch: operations["updateAdminIdentity"];
        trace?: never;
    };
    "/api/v1/admin/identities": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description Identities of every client, newest first. Filters: userId, category (list), state (list), id (list). Sort: createdAt, name. */
        get: operations["listAdminIdentities"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/admin/coach-states/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["getAdminCoachState"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch: operations["updateAdminCoachState"];
        trace?: never;
    };
    "/api/v1/admin/coach-states": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description One coach state per client, last changed first. Filters: userId, phase (list), id (list). Sort: updatedAt, createdAt. */
        get: operations["listAdminCoachStates"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/admin/actions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description The action log, newest first. Filters: userId, turnId, type, status (applied/rejected), source (model/button/staff), id (list). Sort: createdAt. */
        get: operations["listAdminActions"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/admin/actions/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["getAdminAction"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/admin/notes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description Live sentinel notes, newest first. Filters: userId, id (list). Sort: createdAt. */
        get: operations["listAdminNotes"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/admin/notes/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["getAdminNote"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/admin/breaks": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description Breaks between sessions, latest first. Filters: userId, open (true/false), id (list). Sort: startedAt. */
        get: operations["listAdminBreaks"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/admin/breaks/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["getAdminBreak"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/admin/usage": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description API keys: needs the scope `usage:read`. */
        get: operations["listAdminUsage"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/admin/usage/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description API keys: needs the scope `usage:read`. */
        get: operations["exportAdminUsage"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/admin/dashboard": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["getAdminDashboard"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/admin/videos": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description The session-video catalogue. Filters: q (key or title), session (list), kind (list), id (list). Sort: key, title, session, durationSeconds, createdAt, updatedAt. */
        get: operations["listAdminVideos"];
        put?: never;
        post: operations["createAdminVideo"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/admin/videos/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["getAdminVideo"];
        put?: never;
        post?: never;
        delete: operations["deleteAdminVideo"];
        options?: never;
        head?: never;
        patch: operations["updateAdminVideo"];
        trace?: never;
    };
    "/api/v1/admin/evals": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description Stored evaluation reports, newest first, without the reports themselves. Filters: promptVersionId (runs that used that version), provider, id (list). Sort: createdAt, provider. */
        get: operations["listAdminEvalRuns"];
        put?: never;
        /** @description API keys: needs the scope `eval:run`. */
        post: operations["createAdminEvalRun"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/admin/evals/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["getAdminEvalRun"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/admin/evals/{id}/report": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["getAdminEvalRunReport"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/admin/jobs": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["listAdminJobs"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/admin/jobs/counts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["getAdminJobCounts"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/admin/jobs/{queue}/{jobId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["getAdminJob"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/admin/jobs/{queue}/{jobId}/retry": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["retryAdminJob"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        CheckResultDto: {
            /** @enum {string} */
            status: "up" | "down";
            /** @example 2 */
            latencyMs: number;
            /** @example ConnectionError */
            error?: string;
        };
        LivenessDto: {
            /**
             * @example ok
             * @enum {string}
             */
            status: "ok";
            /** @example 42.1 */
            uptimeSeconds: number;
        };
        ReadinessDto: {
            /** @enum {string} */
            status: "ok" | "error";
            /**
             * @example {
             *       "database": {
             *         "status": "up",
             *         "latencyMs": 1
             *       },
             *       "queue": {
             *         "status": "up",
             *         "latencyMs": 0
             *       }
             *     }
             */
            checks: {
                [key: string]: components["schemas"]["CheckResultDto"];
            };
        };
        ErrorDetailDto: {
            /** @example email */
            field?: string;
            /** @example email must be an email */
            message: string;
        };
        ErrorResponseDto: {
            /** @example 400 */
            statusCode: number;
            /** @example validation_failed */
            code: string;
            /** @example The request body is invalid. */
            message: string;
            details?: components["schemas"]["ErrorDetailDto"][];
        };
        /** @enum {string} */
        UserRole: "user" | "staff" | "superuser";
        UserResponseDto: {
            /**
             * Format: uuid
             * @example 3f9a1c52-8d4e-4b7a-9f61-2c0e5b7d8a13
             */
            id: string;
            /** @example ann@example.com */
            email: string;
            /** @example Ann */
            firstName: string;
            /** @example Lee */
            lastName: string;
            /** @example user */
            role: components["schemas"]["UserRole"];
            /**
             * @description IANA time zone
             * @example Europe/Berlin
             */
            timezone: string;
            /**
             * @description Whether the coach may keep notes about this client
             * @example true
             */
            memoryEnabled: boolean;
            /**
             * @description Staff opened the studio before the last phase
             * @example false
             */
            studioOverride: boolean;
            /** @example true */
            emailVerified: boolean;
            /**
             * Format: date-time
             * @example 2026-11-25T09:30:00.000Z
             */
            emailVerifiedAt: string | null;
            /**
             * @description Deactivated accounts cannot sign in
             * @example true
             */
            isActive: boolean;
            /** @example false */
            twoFactorEnabled: boolean;
            /**
             * @description False while an invited account has not set a password
             * @example true
             */
            hasPassword: boolean;
            /**
             * Format: date-time
             * @example 2026-11-26T08:00:00.000Z
             */
            lastLoginAt: string | null;
            /**
             * Format: date-time
             * @example 2026-11-25T09:00:00.000Z
             */
            createdAt: string;
            /**
             * Format: date-time
             * @example 2026-11-25T09:00:00.000Z
             */
            updatedAt: string;
        };
        UpdateMeDto: {
            /** @example Ann */
            firstName?: string;
            /** @example Lee */
            lastName?: string;
            /**
             * @description IANA time zone
             * @example Europe/Berlin
             */
            timezone?: string;
            /**
             * @description Let the coach keep notes about you
             * @example true
             */
            memoryEnabled?: boolean;
        };
        AuditEventResponseDto: {
            /**
             * Format: uuid
             * @example 6c1f0f0e-5b1e-4c5e-8a53-1d8d7b1e9f00
             */
            id: string;
            /** @example login.failed */
            action: string;
            /**
             * Format: uuid
             * @example 3f9a1c52-8d4e-4b7a-9f61-2c0e5b7d8a13
             */
            actorId: string | null;
            /** @example ann@example.com */
            actorEmail: string | null;
            /** @example user */
            targetType: string | null;
            /** @example 3f9a1c52-8d4e-4b7a-9f61-2c0e5b7d8a13 */
            targetId: string | null;
            /** @example 203.0.113.7 */
            ip: string | null;
            /** @example Mozilla/5.0 */
            userAgent: string | null;
            /**
             * @example {
             *       "from": "user",
             *       "to": "staff"
             *     }
             */
            details: {
                [key: string]: unknown;
            };
            /**
             * Format: date-time
             * @example 2026-11-25T09:00:00.000Z
             */
            createdAt: string;
        };
        /** @enum {string} */
        EmailTemplate: "invite" | "verify_email" | "reset_password" | "password_changed" | "staff_safety_alert" | "staff_webhook_disabled";
        /** @enum {string} */
        EmailStatus: "pending" | "sending" | "retrying" | "sent" | "logged" | "failed";
        EmailSummaryDto: {
            /**
             * Format: uuid
             * @example c5a1e9d2-7f3b-4a8e-b1d6-2f9e0a4c8b71
             */
            id: string;
            /** @example ann@example.com */
            toAddress: string;
            /**
             * Format: uuid
             * @example 3f9a1c52-8d4e-4b7a-9f61-2c0e5b7d8a13
             */
            userId: string | null;
            /** @example invite */
            template: components["schemas"]["EmailTemplate"];
            /** @example You are invited to Dev Coach */
            subject: string;
            /** @example sent */
            status: components["schemas"]["EmailStatus"];
            /** @example 1 */
            attempts: number;
            /** @example null */
            lastError: string | null;
            /** @example 0100018f-…-000000 */
            providerMessageId: string | null;
            /**
             * Format: date-time
             * @example 2026-11-25T09:00:03.000Z
             */
            sentAt: string | null;
            /**
             * Format: date-time
             * @example 2026-11-25T09:00:00.000Z
             */
            createdAt: string;
            /**
             * Format: date-time
             * @example 2026-11-25T09:00:03.000Z
             */
            updatedAt: string;
        };
        EmailDetailDto: {
            /**
             * Format: uuid
             * @example c5a1e9d2-7f3b-4a8e-b1d6-2f9e0a4c8b71
             */
            id: string;
            /** @example ann@example.com */
            toAddress: string;
            /**
             * Format: uuid
             * @example 3f9a1c52-8d4e-4b7a-9f61-2c0e5b7d8a13
             */
            userId: string | null;
            /** @example invite */
            template: components["schemas"]["EmailTemplate"];
            /** @example You are invited to Dev Coach */
            subject: string;
            /** @example sent */
            status: components["schemas"]["EmailStatus"];
            /** @example 1 */
            attempts: number;
            /** @example null */
            lastError: string | null;
            /** @example 0100018f-…-000000 */
            providerMessageId: string | null;
            /**
             * Format: date-time
             * @example 2026-11-25T09:00:03.000Z
             */
            sentAt: string | null;
            /**
             * Format: date-time
             * @example 2026-11-25T09:00:00.000Z
             */
            createdAt: string;
            /**
             * Format: date-time
             * @example 2026-11-25T09:00:03.000Z
             */
            updatedAt: string;
            /**
             * @description Rendered HTML; one-time links are masked
             * @example <!doctype html>…
             */
            html: string;
            /**
             * @description Plain-text part; one-time links are masked
             * @example Hello, …
             */
            text: string;
        };
        RegisterDto: {
            /** @example Blue-Kettle-Moon-7 */
            password: string;
            /** @example Ann */
            firstName: string;
            /** @example Lee */
            lastName: string;
            /** @example ann@example.com */
            email: string;
        };
        AcceptedResponseDto: {
            /** @example If the address can receive it, an email is on its way. */
            message: string;
        };
        InvitePreviewDto: {
            /** @example ann@example.com */
            email: string;
            /**
             * Format: date-time
             * @example 2026-12-02T09:00:00.000Z
             */
            expiresAt: string;
        };
        AcceptInviteDto: {
            /** @example Blue-Kettle-Moon-7 */
            password: string;
            /** @example Ann */
            firstName: string;
            /** @example Lee */
            lastName: string;
            /**
             * @description The token from the invite link
             * @example Zm9vYmFyYmF6…
             */
            token: string;
        };
        LoginResponseDto: {
            user: components["schemas"]["UserResponseDto"];
        };
        TokenDto: {
            /**
             * @description The token from the emailed link
             * @example Zm9vYmFyYmF6…
             */
            token: string;
        };
        EmailDto: {
            /** @example ann@example.com */
            email: string;
        };
        LoginDto: {
            /** @example ann@example.com */
            email: string;
            /** @example Blue-Kettle-Moon-7 */
            password: string;
            /**
             * @description Authenticator code or recovery code, when two-factor authentication is on
             * @example 492039
             */
            otp?: string;
        };
        TokenResponseDto: {
            /**
             * @description Send as Authorization: Bearer
             * @example eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9…
             */
            accessToken: string;
            /**
             * @description Opaque; exchange at /auth/refresh. Single use.
             * @example kq3V2…
             */
            refreshToken: string;
            /**
             * @description Access-token lifetime in seconds
             * @example 900
             */
            expiresIn: number;
            /**
             * @example Bearer
             * @enum {string}
             */
            tokenType: "Bearer";
        };
        RefreshDto: {
            /**
             * @description Integrators send the refresh token here; browsers send the dc_refresh cookie instead
             * @example kq3V2…
             */
            refreshToken?: string;
        };
        RefreshResponseDto: {
            /**
             * @description Access-token lifetime in seconds
             * @example 900
             */
            expiresIn: number;
            /** @description Only when the refresh token came in the body */
            accessToken?: string;
            /** @description Only when the refresh token came in the body */
            refreshToken?: string;
            /**
             * @example Bearer
             * @enum {string}
             */
            tokenType?: "Bearer";
        };
        LogoutDto: {
            /** @description Integrators: the refresh token of the session to end */
            refreshToken?: string;
        };
        ResetPasswordDto: {
            /**
             * @description The token from the reset link
             * @example Zm9vYmFyYmF6…
             */
            token: string;
            /** @example Blue-Kettle-Moon-7 */
            password: string;
        };
        AuthOptionsDto: {
            /**
             * @description Whether anyone may sign up, or only invited people.
             * @enum {string}
             */
            signupMode: "invite" | "open";
            /**
             * @description `demo`: the offline scripted coach answers (no AI provider configured).
             * @enum {string}
             */
            coach: "demo" | "model";
        };
        TwoFactorSetupResponseDto: {
            /**
             * @description Base32 secret for manual entry
             * @example JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP
             */
            secret: string;
            /** @example otpauth://totp/Dev%20Coach:ann%40example.com?secret=JBSWY3DPEHPK3PXP&issuer=Dev%20Coach */
            otpauthUrl: string;
            /**
             * @description QR code of otpauthUrl
             * @example data:image/png;base64,iVBORw0KGgo…
             */
            qrCodeDataUrl: string;
        };
        EnableTwoFactorDto: {
            /**
             * @description Current code from the authenticator app
             * @example 492039
             */
            otp: string;
        };
        RecoveryCodesResponseDto: {
            /**
             * @description Each works once in place of a code. Shown only now.
             * @example [
             *       "K7QF-2MZX-9RPA-4TLD",
             *       "B3NW-8HJC-5VYE-1QKS"
             *     ]
             */
            recoveryCodes: string[];
        };
        DisableTwoFactorDto: {
            /** @example correct horse battery staple */
            password: string;
            /**
             * @description A current code or an unused recovery code
             * @example 492039
             */
            otp: string;
        };
        ChangePasswordDto: {
            /** @example Old-Kettle-Moon-7 */
            currentPassword: string;
            /** @example Blue-Kettle-Moon-8 */
            newPassword: string;
        };
        SessionResponseDto: {
            /**
             * Format: uuid
             * @example 0b7e6a7c-1d0f-4f43-9b1f-6f1f3f9f2a10
             */
            id: string;
            /**
             * @description Cookie sign-in or /auth/token
             * @example web
             * @enum {string}
             */
            client: "web" | "api";
            /** @example Mozilla/5.0 (X11; Linux x86_64) Firefox/140.0 */
            userAgent: string | null;
            /** @example 203.0.113.7 */
            ip: string | null;
            /**
             * Format: date-time
             * @example 2026-11-25T09:00:00.000Z
             */
            createdAt: string;
            /**
             * Format: date-time
             * @example 2026-11-25T09:40:00.000Z
             */
            lastUsedAt: string;
            /**
             * Format: date-time
             * @example 2026-12-25T09:40:00.000Z
             */
            expiresAt: string;
            /**
             * @description The session making this request
             * @example true
             */
            current: boolean;
        };
        ExportSubjectDto: {
            /** Format: uuid */
            id: string;
            email: string;
        };
        PersonalDataExportDto: {
            /** @example dev-coach.personal-data-export */
            format: string;
            /** @example 1 */
            version: number;
            /** Format: date-time */
            exportedAt: string;
            subject: components["schemas"]["ExportSubjectDto"];
            /** @description One key per kind of data: profile, sign_in, coaching, memory_notes, memory_changes, model_usage, safety_events, emails, audit_log. */
            sections: {
                [key: string]: unknown;
            };
        };
        DeleteAccountDto: {
            /** @description Your current password: deleting an account asks for it again. */
            password: string;
            /**
             * @description Required when two-factor authentication is on: a current code or an unused recovery code.
             * @example 492039
             */
            otp?: string;
        };
        InviteResponseDto: {
            /**
             * Format: uuid
             * @example 5e0c9a8b-3c1d-4f2e-9a7b-6d5c4b3a2910
             */
            id: string;
            /** @example ann@example.com */
            email: string;
            /** @example user */
            role: components["schemas"]["UserRole"];
            /**
             * @example pending
             * @enum {string}
             */
            status: "pending" | "accepted" | "revoked" | "expired";
            /**
             * Format: date-time
             * @example 2026-12-02T09:00:00.000Z
             */
            expiresAt: string;
            /**
             * Format: date-time
             * @example null
             */
            acceptedAt: string | null;
            /**
             * Format: uuid
             * @example null
             */
            acceptedUserId: string | null;
            /**
             * Format: date-time
             * @example null
             */
            revokedAt: string | null;
            /**
             * Format: uuid
             * @example 3f9a1c52-8d4e-4b7a-9f61-2c0e5b7d8a13
             */
            invitedById: string | null;
            /**
             * Format: date-time
             * @example 2026-11-25T09:00:00.000Z
             */
            createdAt: string;
        };
        CreateInviteDto: {
            /** @example ann@example.com */
            email: string;
            /**
             * @default user
             * @example user
             */
            role: components["schemas"]["UserRole"];
        };
        CreatedInviteResponseDto: {
            /**
             * Format: uuid
             * @example 5e0c9a8b-3c1d-4f2e-9a7b-6d5c4b3a2910
             */
            id: string;
            /** @example ann@example.com */
            email: string;
            /** @example user */
            role: components["schemas"]["UserRole"];
            /**
             * @example pending
             * @enum {string}
             */
            status: "pending" | "accepted" | "revoked" | "expired";
            /**
             * Format: date-time
             * @example 2026-12-02T09:00:00.000Z
             */
            expiresAt: string;
            /**
             * Format: date-time
             * @example null
             */
            acceptedAt: string | null;
            /**
             * Format: uuid
             * @example null
             */
            acceptedUserId: string | null;
            /**
             * Format: date-time
             * @example null
             */
            revokedAt: string | null;
            /**
             * Format: uuid
             * @example 3f9a1c52-8d4e-4b7a-9f61-2c0e5b7d8a13
             */
            invitedById: string | null;
            /**
             * Format: date-time
             * @example 2026-11-25T09:00:00.000Z
             */
            createdAt: string;
            /**
             * @description The invitation link, only when email is kept in the outbox rather than sent (no EMAIL_TRANSPORT): then nobody else can see it, so it is returned once, here, for the inviter to pass on. It is never stored readable and never returned again.
             * @example https://coach.example.com/invite#token=3q2-7Yx…
             */
            link?: string;
        };
        ApiKeyResponseDto: {
            /**
             * Format: uuid
             * @example 9d7d3c2e-2b7a-4a4f-8f0e-0c6b1f2d3e4f
             */
            id: string;
            /** @example HR portal (production) */
            name: string;
            /**
             * @description The first characters of the key, to tell keys apart
             * @example dck_Xy3kP9aQ
             */
            prefix: string;
            /**
             * @example [
             *       "users:read",
             *       "invites:write"
             *     ]
             */
            scopes: string[];
            /**
             * @example active
             * @enum {string}
             */
            status: "active" | "expired" | "revoked";
            /**
             * Format: date-time
             * @example 2027-06-30T00:00:00.000Z
             */
            expiresAt: string | null;
            /** @example 120 */
            rateLimitPerMinute: number | null;
            /**
             * Format: uuid
             * @example 3f9a1c52-8d4e-4b7a-9f61-2c0e5b7d8a13
             */
            createdById: string;
            /**
             * Format: date-time
             * @example 2026-11-25T10:00:00.000Z
             */
            lastUsedAt: string | null;
            /**
             * Format: date-time
             * @example null
             */
            revokedAt: string | null;
            /**
             * Format: date-time
             * @example 2026-11-25T09:00:00.000Z
             */
            createdAt: string;
        };
        CreateApiKeyDto: {
            /** @example HR portal (production) */
            name: string;
            /**
             * @example [
             *       "users:read",
             *       "invites:write"
             *     ]
             */
            scopes: ("prompts:read" | "prompts:write" | "eval:run" | "users:read" | "users:write" | "invites:read" | "invites:write" | "usage:read" | "webhooks:write")[];
            /**
             * Format: date-time
             * @example 2027-06-30T00:00:00.000Z
             */
            expiresAt?: string | null;
            /** @example 120 */
            rateLimitPerMinute?: number | null;
        };
        CreatedApiKeyResponseDto: {
            /**
             * Format: uuid
             * @example 9d7d3c2e-2b7a-4a4f-8f0e-0c6b1f2d3e4f
             */
            id: string;
            /** @example HR portal (production) */
            name: string;
            /**
             * @description The first characters of the key, to tell keys apart
             * @example dck_Xy3kP9aQ
             */
            prefix: string;
            /**
             * @example [
             *       "users:read",
             *       "invites:write"
             *     ]
             */
            scopes: string[];
            /**
             * @example active
             * @enum {string}
             */
            status: "active" | "expired" | "revoked";
            /**
             * Format: date-time
             * @example 2027-06-30T00:00:00.000Z
             */
            expiresAt: string | null;
            /** @example 120 */
            rateLimitPerMinute: number | null;
            /**
             * Format: uuid
             * @example 3f9a1c52-8d4e-4b7a-9f61-2c0e5b7d8a13
             */
            createdById: string;
            /**
             * Format: date-time
             * @example 2026-11-25T10:00:00.000Z
             */
            lastUsedAt: string | null;
            /**
             * Format: date-time
             * @example null
             */
            revokedAt: string | null;
            /**
             * Format: date-time
             * @example 2026-11-25T09:00:00.000Z
             */
            createdAt: string;
            /**
             * @description The key itself. Shown only in this response; send it as X-Api-Key.
             * @example dck_Xy3kP9aQr7LmN2bV5cT8wZ1dF4gH6jK0sU3eR9yA
             */
            secret: string;
        };
        UpdateApiKeyDto: {
            /** @example HR portal (production) */
            name?: string;
            /**
             * @example [
             *       "users:read"
             *     ]
             */
            scopes?: ("prompts:read" | "prompts:write" | "eval:run" | "users:read" | "users:write" | "invites:read" | "invites:write" | "usage:read" | "webhooks:write")[];
            /**
             * Format: date-time
             * @example 2027-12-31T00:00:00.000Z
             */
            expiresAt?: string | null;
            /** @example 60 */
            rateLimitPerMinute?: number | null;
        };
        /** @enum {string} */
        WebhookEventType: "invite.accepted" | "turn.completed" | "turn.failed" | "phase.changed" | "identity.committed" | "safety.flagged" | "user.deleted";
        WebhookEndpointDto: {
            /** Format: uuid */
            id: string;
            /** @example https://ops.example.com/hooks/devcoach */
            url: string;
            events: components["schemas"]["WebhookEventType"][];
            enabled: boolean;
            /** @description Failed attempts in a row; the endpoint is disabled at the limit. */
            consecutiveFailures: number;
            /** Format: date-time */
            disabledAt: string | null;
            /**
             * Format: date-time
             * @description After a rotation: until when deliveries are also signed with the previous secret.
             */
            previousSecretExpiresAt: string | null;
            /** Format: date-time */
            createdAt: string;
        };
        CreateWebhookEndpointDto: {
            /** @example https://ops.example.com/hooks/devcoach */
            url: string;
            events: components["schemas"]["WebhookEventType"][];
        };
        CreatedWebhookEndpointDto: {
            /** Format: uuid */
            id: string;
            /** @example https://ops.example.com/hooks/devcoach */
            url: string;
            events: components["schemas"]["WebhookEventType"][];
            enabled: boolean;
            /** @description Failed attempts in a row; the endpoint is disabled at the limit. */
            consecutiveFailures: number;
            /** Format: date-time */
            disabledAt: string | null;
            /**
             * Format: date-time
             * @description After a rotation: until when deliveries are also signed with the previous secret.
             */
            previousSecretExpiresAt: string | null;
            /** Format: date-time */
            createdAt: string;
            /**
             * @description Signs every delivery. Shown only in this response: store it now.
             * @example whsec_4mN1…
             */
            secret: string;
        };
        /** @enum {string} */
        WebhookDeliveryEventType: "invite.accepted" | "turn.completed" | "turn.failed" | "phase.changed" | "identity.committed" | "safety.flagged" | "user.deleted" | "webhook.test";
        /** @enum {string} */
        WebhookDeliveryStatus: "pending" | "delivered" | "failed";
        WebhookDeliveryDto: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            endpointId: string;
            eventType: components["schemas"]["WebhookDeliveryEventType"];
            /**
             * Format: uuid
             * @description The event’s id, the same at every endpoint it went to (safety.flagged: the safety event’s).
             */
            eventId: string;
            /** @description Attempts made so far (since the last retry or replay). */
            attempt: number;
            status: components["schemas"]["WebhookDeliveryStatus"];
            lastStatusCode: number | null;
            lastError: string | null;
            /** Format: date-time */
            nextAttemptAt: string | null;
            /** Format: date-time */
            deliveredAt: string | null;
            /** Format: date-time */
            createdAt: string;
        };
        WebhookAttemptDto: {
            /** @description The delivery’s attempt number then (a replay starts again at 1). */
            attempt: number;
            /** @description Null when no answer came. */
            statusCode: number | null;
            error: string | null;
            durationMs: number;
            /** Format: date-time */
            createdAt: string;
        };
        WebhookDeliveryDetailDto: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            endpointId: string;
            eventType: components["schemas"]["WebhookDeliveryEventType"];
            /**
             * Format: uuid
             * @description The event’s id, the same at every endpoint it went to (safety.flagged: the safety event’s).
             */
            eventId: string;
            /** @description Attempts made so far (since the last retry or replay). */
            attempt: number;
            status: components["schemas"]["WebhookDeliveryStatus"];
            lastStatusCode: number | null;
            lastError: string | null;
            /** Format: date-time */
            nextAttemptAt: string | null;
            /** Format: date-time */
            deliveredAt: string | null;
            /** Format: date-time */
            createdAt: string;
            /** @description Every attempt, oldest first. */
            attempts: components["schemas"]["WebhookAttemptDto"][];
            /** @description The body sent: `{ id, type, createdAt, data }` with ids only. */
            payload: {
                [key: string]: unknown;
            };
        };
        UpdateWebhookEndpointDto: {
            /** @example https://ops.example.com/hooks/devcoach */
            url?: string;
            events?: components["schemas"]["WebhookEventType"][];
        };
        RotatedWebhookSecretDto: {
            /** Format: uuid */
            id: string;
            /**
             * @description The new signing secret. Shown only in this response.
             * @example whsec_9Qa2…
             */
            secret: string;
            /**
             * Format: date-time
             * @description Until then deliveries carry a signature with the old secret too.
             */
            previousSecretExpiresAt: string;
        };
        AdminCreateUserDto: {
            /** @example Ann */
            firstName?: string;
            /** @example Lee */
            lastName?: string;
            /**
             * @description IANA time zone
             * @example Europe/Berlin
             */
            timezone?: string;
            /** @example ann@example.com */
            email: string;
            /**
             * @description Anything but `user` needs a superuser
             * @default user
             */
            role: components["schemas"]["UserRole"];
        };
        AdminUpdateUserDto: {
            /** @example Ann */
            firstName?: string;
            /** @example Lee */
            lastName?: string;
            /**
             * @description IANA time zone
             * @example Europe/Berlin
             */
            timezone?: string;
            /**
             * @description Let the coach keep notes about you
             * @example true
             */
            memoryEnabled?: boolean;
            /**
             * @description False ends every session and blocks sign-in
             * @example true
             */
            isActive?: boolean;
            /** @description Superusers only */
            role?: components["schemas"]["UserRole"];
            /**
             * @description Open the visualization studio before the last phase (docs/studio.md)
             * @example true
             */
            studioOverride?: boolean;
        };
        AdminBulkVerifyDto: {
            ids: string[];
            /**
             * @description False marks the addresses as not verified.
             * @default true
             */
            verified: boolean;
        };
        AdminBulkVerifyResultDto: {
            /** @example true */
            verified: boolean;
            /** @description Accounts this request changed (each audited). */
            changedIds: string[];
            /** @description Accounts that were already so. */
            unchangedIds: string[];
        };
        PromptVersionResponseDto: {
            /**
             * Format: uuid
             * @example b8f1c0de-1a2b-4c3d-9e8f-0a1b2c3d4e5f
             */
            id: string;
            /**
             * Format: uuid
             * @example 0c1d2e3f-4a5b-4c6d-8e7f-9a0b1c2d3e4f
             */
            templateId: string;
            /**
             * @description `kind` or `kind:phase` or `kind:category`
             * @example phase:identity_refinement
             */
            key: string;
            /**
             * @example phase
             * @enum {string}
             */
            kind: "system" | "phase" | "category_guide" | "sentinel" | "safety" | "image_generate" | "image_refine";
            /** @example identity_refinement */
            phase: string | null;
            /** @example null */
            category: string | null;
            /**
             * @description 1, 2, 3… per key
             * @example 3
             */
            version: number;
            /**
             * @example Phase: identity refinement.
             *     Working on now:
             *     {{current_identity}}
             */
            body: string;
            /** @example Offer two name options instead of three */
            changeNote: string;
            /**
             * @example [
             *       "rename_identity",
             *       "accept_refinement"
             *     ]
             */
            allowedActions: ("create_identity" | "create_identities" | "rename_identity" | "add_identity_note" | "set_i_am_statement" | "accept_refinement" | "accept_commitment" | "accept_i_am" | "accept_visualization" | "archive_identity" | "nest_identity" | "combine_identities" | "transition_phase" | "focus_category" | "skip_category" | "unskip_category" | "set_who_you_are" | "set_who_you_want_to_be" | "mark_question_asked" | "show_intro_choices" | "suggest_i_am" | "show_i_am_summary" | "propose_combine" | "propose_nest" | "propose_archive" | "acknowledge_video" | "start_break" | "end_break")[];
            /**
             * @example [
             *       "current_identity"
             *     ]
             */
            requiredContextKeys: ("user_name" | "identities" | "identity_count" | "focus_category" | "focus_category_guide" | "focused_identities" | "category_order" | "skipped_categories" | "who_you_are" | "who_you_want_to_be" | "asked_questions" | "current_identity" | "pending_identities" | "user_notes" | "current_phase" | "recent_messages" | "new_client_message" | "identity_name" | "identity_category" | "category_description" | "scene_clothing" | "scene_mood" | "scene_setting" | "scene_extra" | "appearance" | "has_reference_photos" | "instruction" | "previous_instructions")[];
            /**
             * @example staff
             * @enum {string}
             */
            source: "seed" | "staff";
            /**
             * Format: uuid
             * @example 3f9a1c52-8d4e-4b7a-9f61-2c0e5b7d8a13
             */
            authorId: string | null;
            /**
             * @description Whether this is the version assembly uses now
             * @example true
             */
            isActive: boolean;
            /**
             * Format: date-time
             * @example 2026-11-25T09:00:00.000Z
             */
            createdAt: string;
        };
        CreatePromptVersionDto: {
            /**
             * @example phase
             * @enum {string}
             */
            kind: "system" | "phase" | "category_guide" | "sentinel" | "safety" | "image_generate" | "image_refine";
            /**
             * @description Phase prompts only
             * @example identity_refinement
             * @enum {string}
             */
            phase?: "introduction" | "get_to_know_you" | "identity_warm_up" | "identity_brainstorming" | "brainstorming_review" | "identity_refinement" | "anything_missing" | "identity_commitment" | "i_am_statement" | "identity_visualization";
            /**
             * @description Category guides only
             * @enum {string}
             */
            category?: "passions_and_talents" | "maker_of_money" | "keeper_of_money" | "spiritual" | "personal_appearance" | "physical_expression" | "familial_relations" | "romantic_relation" | "doer_of_things";
            /**
             * @description Template text. `{{key}}` inserts a context value; `\{{` is a literal "{{".
             * @example Phase: identity refinement.
             *     Working on now:
             *     {{current_identity}}
             */
            body: string;
            /** @example Offer two name options instead of three */
            changeNote?: string;
            /**
             * @description Phase prompts only: the actions the response schema offers (at least one).
             * @example [
             *       "rename_identity",
             *       "accept_refinement",
             *       "transition_phase"
             *     ]
             */
            allowedActions?: ("create_identity" | "create_identities" | "rename_identity" | "add_identity_note" | "set_i_am_statement" | "accept_refinement" | "accept_commitment" | "accept_i_am" | "accept_visualization" | "archive_identity" | "nest_identity" | "combine_identities" | "transition_phase" | "focus_category" | "skip_category" | "unskip_category" | "set_who_you_are" | "set_who_you_want_to_be" | "mark_question_asked" | "show_intro_choices" | "suggest_i_am" | "show_i_am_summary" | "propose_combine" | "propose_nest" | "propose_archive")[];
            /**
             * @description Make the new version active right away (default: false).
             * @example false
             */
            activate?: boolean;
        };
        PromptVersionRefDto: {
            /**
             * Format: uuid
             * @example b8f1c0de-1a2b-4c3d-9e8f-0a1b2c3d4e5f
             */
            id: string;
            /** @example phase:identity_refinement */
            key: string;
            /** @example 2 */
            version: number;
        };
        PromptDiffResponseDto: {
            /** @description Before: the `against` version */
            from: components["schemas"]["PromptVersionRefDto"];
            /** @description After: the version in the path */
            to: components["schemas"]["PromptVersionRefDto"];
            /**
             * @description Unified diff of the bodies
             * @example --- phase:identity_refinement@v2
             *     +++ phase:identity_refinement@v3
             *     @@ -1,1 +1,1 @@
             *     -old
             *     +new
             */
            patch: string;
            /** @example 1 */
            additions: number;
            /** @example 1 */
            deletions: number;
            /**
             * @example [
             *       "add_identity_note"
             *     ]
             */
            allowedActionsAdded: ("create_identity" | "create_identities" | "rename_identity" | "add_identity_note" | "set_i_am_statement" | "accept_refinement" | "accept_commitment" | "accept_i_am" | "accept_visualization" | "archive_identity" | "nest_identity" | "combine_identities" | "transition_phase" | "focus_category" | "skip_category" | "unskip_category" | "set_who_you_are" | "set_who_you_want_to_be" | "mark_question_asked" | "show_intro_choices" | "suggest_i_am" | "show_i_am_summary" | "propose_combine" | "propose_nest" | "propose_archive" | "acknowledge_video" | "start_break" | "end_break")[];
            /** @example [] */
            allowedActionsRemoved: ("create_identity" | "create_identities" | "rename_identity" | "add_identity_note" | "set_i_am_statement" | "accept_refinement" | "accept_commitment" | "accept_i_am" | "accept_visualization" | "archive_identity" | "nest_identity" | "combine_identities" | "transition_phase" | "focus_category" | "skip_category" | "unskip_category" | "set_who_you_are" | "set_who_you_want_to_be" | "mark_question_asked" | "show_intro_choices" | "suggest_i_am" | "show_i_am_summary" | "propose_combine" | "propose_nest" | "propose_archive" | "acknowledge_video" | "start_break" | "end_break")[];
        };
        ContextIdentityDto: {
            /**
             * Format: uuid
             * @example 8d0c6a3e-4f1b-4c2a-9d7e-1a2b3c4d5e01
             */
            id: string;
            /** @example Musician */
            name: string;
            /**
             * @example passions_and_talents
             * @enum {string}
             */
            category: "passions_and_talents" | "maker_of_money" | "keeper_of_money" | "spiritual" | "personal_appearance" | "physical_expression" | "familial_relations" | "romantic_relation" | "doer_of_things";
            /**
             * @example accepted
             * @enum {string}
             */
            state: "proposed" | "accepted" | "refinement_complete" | "commitment_complete" | "i_am_complete" | "visualization_complete" | "archived";
            /**
             * @example [
             *       "Plays guitar most evenings."
             *     ]
             */
            notes: string[];
            /** @example null */
            iAmStatement?: string | null;
            /**
             * Format: uuid
             * @example null
             */
            parentId?: string | null;
        };
        ContextNoteDto: {
            /** Format: uuid */
            id?: string;
            /** @example Works night shifts as a nurse. */
            text: string;
        };
        ContextMessageDto: {
            /** Format: uuid */
            id?: string;
            /**
             * @example user
             * @enum {string}
             */
            role: "user" | "coach";
            /** @example I play guitar and write songs. */
            content: string;
            /**
             * @example [
             *       "Created identity “Musician” in passions_and_talents."
             *     ]
             */
            actionSummaries: string[];
        };
        PromptContextDto: {
            /** @example Maya */
            userName: string;
            /**
             * @example identity_brainstorming
             * @enum {string}
             */
            currentPhase: "introduction" | "get_to_know_you" | "identity_warm_up" | "identity_brainstorming" | "brainstorming_review" | "identity_refinement" | "anything_missing" | "identity_commitment" | "i_am_statement" | "identity_visualization";
            /**
             * @example passions_and_talents
             * @enum {string}
             */
            identityFocus: "passions_and_talents" | "maker_of_money" | "keeper_of_money" | "spiritual" | "personal_appearance" | "physical_expression" | "familial_relations" | "romantic_relation" | "doer_of_things";
            skippedCategories?: ("passions_and_talents" | "maker_of_money" | "keeper_of_money" | "spiritual" | "personal_appearance" | "physical_expression" | "familial_relations" | "romantic_relation" | "doer_of_things")[];
            identities?: components["schemas"]["ContextIdentityDto"][];
            whoYouAre?: string[];
            whoYouWantToBe?: string[];
            askedQuestions?: ("background_upbringing" | "family_structure" | "work_living" | "hobbies_interests" | "why_here_hopes")[];
            /** Format: uuid */
            currentIdentityId?: string | null;
            userNotes?: components["schemas"]["ContextNoteDto"][];
            /** @description Oldest first */
            recentMessages?: components["schemas"]["ContextMessageDto"][];
        };
        PreviewPromptDto: {
            /**
             * @default coach_turn
             * @enum {string}
             */
            target: "coach_turn" | "sentinel" | "safety";
            /**
             * @description Overrides the context phase
             * @enum {string}
             */
            phase?: "introduction" | "get_to_know_you" | "identity_warm_up" | "identity_brainstorming" | "brainstorming_review" | "identity_refinement" | "anything_missing" | "identity_commitment" | "i_am_statement" | "identity_visualization";
            /**
             * Format: uuid
             * @description Preview for this client (needs coaching data)
             */
            userId?: string;
            context?: components["schemas"]["PromptContextDto"];
            /** @description Versions to use instead of the active ones (at most one per prompt), e.g. a draft */
            versionIds?: string[];
            /**
             * @description Defaults to the coach model
             * @example gpt-4.1-mini
             */
            model?: string;
            /**
             * @description Also ask the model for a reply (cached for identical requests; recorded as usage)
             * @default false
             */
            generate: boolean;
        };
        PreviewMessageDto: {
            /**
             * @example system
             * @enum {string}
             */
            role: "system" | "user" | "assistant";
            /** @example You are the coach in Dev Coach… */
            content: string;
        };
        TrimReportDto: {
            /**
             * @description Older messages whose text was left out to fit the budget
             * @example 0
             */
            messages: number;
            /** @example [] */
            messageIds: string[];
            /**
             * @description Action summaries dropped too (only when very tight)
             * @example 0
             */
            summaries: number;
        };
        PreviewUsageDto: {
            /** @example 1843 */
            inputTokens: number;
            /** @example 96 */
            outputTokens: number;
            /** @example 0 */
            cachedTokens: number;
        };
        PreviewReplyDto: {
            /** @example {"message":"…","actions":[]} */
            text: string;
            /** @description The parsed, schema-checked reply */
            json: {
                [key: string]: unknown;
            } | null;
            /** @example openai */
            provider: string;
            /** @example gpt-4.1-mini */
            model: string;
            /**
             * @description Served from the response cache
             * @example false
             */
            cached: boolean;
            usage: components["schemas"]["PreviewUsageDto"];
            /** @example 1240 */
            latencyMs: number;
        };
        PromptPreviewResponseDto: {
            /**
             * @example coach_turn
             * @enum {string}
             */
            target: "coach_turn" | "sentinel" | "safety";
            /**
             * @example sample
             * @enum {string}
             */
            contextSource: "explicit" | "user" | "sample";
            context: components["schemas"]["PromptContextDto"];
            /** @example gpt-4.1-mini */
            model: string;
            /** @description Exactly what the model receives, in order */
            messages: components["schemas"]["PreviewMessageDto"][];
            /** @description JSON schema the reply must match (null for templates without one) */
            responseSchema: {
                [key: string]: unknown;
            } | null;
            /**
             * @example [
             *       "rename_identity",
             *       "accept_refinement"
             *     ]
             */
            allowedActions: ("create_identity" | "create_identities" | "rename_identity" | "add_identity_note" | "set_i_am_statement" | "accept_refinement" | "accept_commitment" | "accept_i_am" | "accept_visualization" | "archive_identity" | "nest_identity" | "combine_identities" | "transition_phase" | "focus_category" | "skip_category" | "unskip_category" | "set_who_you_are" | "set_who_you_want_to_be" | "mark_question_asked" | "show_intro_choices" | "suggest_i_am" | "show_i_am_summary" | "propose_combine" | "propose_nest" | "propose_archive" | "acknowledge_video" | "start_break" | "end_break")[];
            versions: components["schemas"]["PromptVersionRefDto"][];
            /**
             * @description Counted with the model tokenizer
             * @example 1843
             */
            promptTokens: number;
            /**
             * @description Context window minus the reply reserve
             * @example 1045528
             */
            budgetTokens: number;
            /** @example 1047576 */
            contextWindow: number;
            trimmed: components["schemas"]["TrimReportDto"];
            /** @description Present when `generate` was true */
            reply?: components["schemas"]["PreviewReplyDto"];
        };
        NoteProvenanceDto: {
            /**
             * @example nest
             * @enum {string}
             */
            via: "nest" | "combine";
            /**
             * Format: uuid
             * @example 5d1c2b9e-6a4f-4f0e-9a51-1c7f0c3e2b44
             */
            identityId: string;
            /**
             * @description The identity the note was first written on, as it was named then
             * @example Runner
             */
            identityName: string;
        };
        IdentityNoteDto: {
            /** @example Runs 5 km every Sunday */
            text: string;
            /**
             * Format: date-time
             * @example 2026-11-25T09:00:00.000Z
             */
            createdAt: string;
            /** @description Set when nesting or combining copied the note */
            provenance: components["schemas"]["NoteProvenanceDto"] | null;
        };
        IdentityResponseDto: {
            /**
             * Format: uuid
             * @example 3f9a1c52-8d4e-4b7a-9f61-2c0e5b7d8a13
             */
            id: string;
            /** @example Athlete */
            name: string;
            /**
             * @example physical_expression
             * @enum {string}
             */
            category: "passions_and_talents" | "maker_of_money" | "keeper_of_money" | "spiritual" | "personal_appearance" | "physical_expression" | "familial_relations" | "romantic_relation" | "doer_of_things";
            /**
             * @example accepted
             * @enum {string}
             */
            state: "proposed" | "accepted" | "refinement_complete" | "commitment_complete" | "i_am_complete" | "visualization_complete" | "archived";
            notes: components["schemas"]["IdentityNoteDto"][];
            /** @example I am an athlete who trains with joy. */
            iAmStatement: string | null;
            /** @example null */
            visualization: string | null;
            /**
             * @description Position in the client’s list
             * @example 0
             */
            order: number;
            /**
             * Format: uuid
             * @example null
             */
            parentId: string | null;
            /**
             * Format: date-time
             * @example 2026-11-25T09:00:00.000Z
             */
            createdAt: string;
            /**
             * Format: date-time
             * @example 2026-11-25T09:40:00.000Z
             */
            updatedAt: string;
        };
        OpenBreakDto: {
            /**
             * Format: uuid
             * @example 0b6f3c1e-2a4d-4e8f-9c7a-1d2e3f4a5b6c
             */
            id: string;
            /**
             * @example get_to_know
             * @enum {string}
             */
            session: "welcome" | "get_to_know" | "brainstorming" | "refinement" | "commitment" | "i_am" | "visualization";
            /**
             * Format: date-time
             * @example 2026-11-25T09:00:00.000Z
             */
            startedAt: string;
        };
        SafetyHoldDto: {
            /**
             * Format: date-time
             * @example 2026-11-25T09:00:00.000Z
             */
            since: string;
            /**
             * Format: uuid
             * @example null
             */
            safetyEventId: string | null;
            /** @example crisis_signal */
            reason: string;
        };
        CoachStateResponseDto: {
            /**
             * @example identity_brainstorming
             * @enum {string}
             */
            currentPhase: "introduction" | "get_to_know_you" | "identity_warm_up" | "identity_brainstorming" | "brainstorming_review" | "identity_refinement" | "anything_missing" | "identity_commitment" | "i_am_statement" | "identity_visualization";
            /**
             * @example passions_and_talents
             * @enum {string}
             */
            identityFocus: "passions_and_talents" | "maker_of_money" | "keeper_of_money" | "spiritual" | "personal_appearance" | "physical_expression" | "familial_relations" | "romantic_relation" | "doer_of_things";
            /** @example [] */
            skippedCategories: ("passions_and_talents" | "maker_of_money" | "keeper_of_money" | "spiritual" | "personal_appearance" | "physical_expression" | "familial_relations" | "romantic_relation" | "doer_of_things")[];
            /**
             * @example [
             *       "curious",
             *       "a parent"
             *     ]
             */
            whoYouAre: string[];
            /**
             * @example [
             *       "calm",
             *       "fit"
             *     ]
             */
            whoYouWantToBe: string[];
            /**
             * @example [
             *       "background_upbringing"
             *     ]
             */
            askedQuestions: ("background_upbringing" | "family_structure" | "work_living" | "hobbies_interests" | "why_here_hopes")[];
            /**
             * @example [
             *       "welcome_intro"
             *     ]
             */
            shownVideos: string[];
            currentIdentity: components["schemas"]["IdentityResponseDto"] | null;
            openBreak: components["schemas"]["OpenBreakDto"] | null;
            safetyHold: components["schemas"]["SafetyHoldDto"] | null;
            /**
             * @description True while on a break: only “I’m ready” can be sent
             * @example false
             */
            composerDisabled: boolean;
            /**
             * Format: date-time
             * @example 2026-11-25T09:00:00.000Z
             */
            updatedAt: string;
        };
        MessageResponseDto: {
            /**
             * Format: uuid
             * @example 7a1e2b3c-4d5e-4f60-8a9b-0c1d2e3f4a5b
             */
            id: string;
            /**
             * @example coach
             * @enum {string}
             */
            role: "user" | "coach";
            /** @example Welcome! Shall we begin? */
            content: string;
            /**
             * @description A card (`kind`: intro_choices, suggest_i_am, i_am_summary, propose_combine, propose_nest, propose_archive, video, break, safety_resources) with `phase`, `buttons`, `displayOnly` and `pressed`; see docs/coaching-engine.md
             * @example null
             */
            component: {
                [key: string]: unknown;
            } | null;
            /**
             * Format: uuid
             * @example null
             */
            turnId: string | null;
            /**
             * Format: date-time
             * @example 2026-11-25T09:00:00.000Z
             */
            createdAt: string;
        };
        MessagePageResponseDto: {
            /** @description Oldest first within the page */
            items: components["schemas"]["MessageResponseDto"][];
            /**
             * Format: uuid
             * @description Pass as `before` for the next (older) page; null on the last page
             * @example null
             */
            nextCursor: string | null;
        };
        CatalogPhaseDto: {
            /**
             * @example introduction
             * @enum {string}
             */
            key: "introduction" | "get_to_know_you" | "identity_warm_up" | "identity_brainstorming" | "brainstorming_review" | "identity_refinement" | "anything_missing" | "identity_commitment" | "i_am_statement" | "identity_visualization";
            /** @example Introduction */
            label: string;
            /** @example The coach explains identity-based coaching. */
            summary: string;
            /**
             * @example welcome
             * @enum {string}
             */
            session: "welcome" | "get_to_know" | "brainstorming" | "refinement" | "commitment" | "i_am" | "visualization";
            /** @example true */
            usesModel: boolean;
        };
        CatalogSessionDto: {
            /**
             * @example welcome
             * @enum {string}
             */
            key: "welcome" | "get_to_know" | "brainstorming" | "refinement" | "commitment" | "i_am" | "visualization";
            /**
             * @example [
             *       "introduction"
             *     ]
             */
            phases: ("introduction" | "get_to_know_you" | "identity_warm_up" | "identity_brainstorming" | "brainstorming_review" | "identity_refinement" | "anything_missing" | "identity_commitment" | "i_am_statement" | "identity_visualization")[];
            /** @example true */
            introVideo: boolean;
            /** @example false */
            outroVideo: boolean;
        };
        CatalogCategoryDto: {
            /**
             * @example passions_and_talents
             * @enum {string}
             */
            key: "passions_and_talents" | "maker_of_money" | "keeper_of_money" | "spiritual" | "personal_appearance" | "physical_expression" | "familial_relations" | "romantic_relation" | "doer_of_things";
            /** @example Passions and talents */
            label: string;
            /** @example What you love and what you are good at. */
            description: string;
            /** @example true */
            severalExpected: boolean;
        };
        CatalogVideoDto: {
            /** @example welcome_intro */
            key: string;
            /**
             * @example welcome
             * @enum {string}
             */
            session: "welcome" | "get_to_know" | "brainstorming" | "refinement" | "commitment" | "i_am" | "visualization";
            /**
             * @example intro
             * @enum {string}
             */
            kind: "intro" | "outro";
            /** @example Welcome to identity coaching */
            title: string;
            /** @example /media/videos/welcome_intro.mp4 */
            url: string;
            /** @example 10 */
            durationSeconds: number;
            /**
             * @description WebVTT captions for a <track> element; null when there are none.
             * @example /media/videos/welcome_intro.en.vtt
             */
            captionsUrl: string | null;
        };
        CoachCatalogResponseDto: {
            phases: components["schemas"]["CatalogPhaseDto"][];
            sessions: components["schemas"]["CatalogSessionDto"][];
            categories: components["schemas"]["CatalogCategoryDto"][];
            /**
             * @example [
             *       "proposed",
             *       "accepted"
             *     ]
             */
            identityStates: ("proposed" | "accepted" | "refinement_complete" | "commitment_complete" | "i_am_complete" | "visualization_complete" | "archived")[];
            videos: components["schemas"]["CatalogVideoDto"][];
        };
        ResetCoachingDto: {
            /**
             * @description Must be true: the reset deletes your coaching data
             * @example true
             */
            confirm: boolean;
        };
        CreateIdentityDto: {
            /** @example Athlete */
            name: string;
            /**
             * @example physical_expression
             * @enum {string}
             */
            category: "passions_and_talents" | "maker_of_money" | "keeper_of_money" | "spiritual" | "personal_appearance" | "physical_expression" | "familial_relations" | "romantic_relation" | "doer_of_things";
            /** @example Trains three times a week */
            note?: string;
        };
        ReorderIdentitiesDto: {
            /**
             * @description Every one of your current identities, in the new order
             * @example [
             *       "3f9a1c52-8d4e-4b7a-9f61-2c0e5b7d8a13",
             *       "5d1c2b9e-6a4f-4f0e-9a51-1c7f0c3e2b44"
             *     ]
             */
            ids: string[];
        };
        UpdateIdentityDto: {
            /** @example Trail runner */
            name?: string;
            /**
             * @example physical_expression
             * @enum {string}
             */
            category?: "passions_and_talents" | "maker_of_money" | "keeper_of_money" | "spiritual" | "personal_appearance" | "physical_expression" | "familial_relations" | "romantic_relation" | "doer_of_things";
            /**
             * @description Replaces the notes; unchanged texts keep their date and provenance
             * @example [
             *       "Runs 5 km every Sunday"
             *     ]
             */
            notes?: string[];
            /** @example I am a trail runner. */
            iAmStatement?: string | null;
        };
        PressedButtonDto: {
            /**
             * Format: uuid
             * @description The coach message whose card the button is on
             * @example 7a1e2b3c-4d5e-4f60-8a9b-0c1d2e3f4a5b
             */
            messageId: string;
            /**
             * @description The button’s `id` on that card
             * @example continue
             */
            buttonId: string;
        };
        ButtonActionDto: {
            /**
             * @description Exactly as the card’s button carries it
             * @example acknowledge_video
             */
            type: string;
            /**
             * @description As the button carries them; only params the card marks `editable` may differ
             * @example {
             *       "key": "welcome_intro"
             *     }
             */
            params: {
                [key: string]: unknown;
            };
            /**
             * @description Accepted and ignored, so a card button’s actions can be sent back exactly as served; the card’s own list decides what may be edited
             * @example [
             *       "statement"
             *     ]
             */
            editable?: string[];
        };
        CreateTurnDto: {
            /**
             * @description What the client typed. A turn needs a message, a button, or both.
             * @example I grew up by the sea.
             */
            message?: string | null;
            /** @description The card button pressed; required with `actions` and for reply-only buttons */
            button?: components["schemas"]["PressedButtonDto"];
            /** @description The pressed button’s actions, in order, as the card offered them */
            actions?: components["schemas"]["ButtonActionDto"][];
        };
        TurnInputDto: {
            /** @example I grew up by the sea. */
            message: string | null;
            button: components["schemas"]["PressedButtonDto"] | null;
            actions: components["schemas"]["ButtonActionDto"][];
        };
        TurnUsageDto: {
            /** @example 1830 */
            inputTokens: number;
            /** @example 96 */
            outputTokens: number;
            /** @example 0 */
            cachedTokens: number;
            /** @example 0 */
            reasoningTokens: number;
        };
        TurnResponseDto: {
            /**
             * Format: uuid
             * @example 9c8b7a6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d
             */
            id: string;
            /**
             * @example queued
             * @enum {string}
             */
            status: "queued" | "streaming" | "done" | "failed";
            input: components["schemas"]["TurnInputDto"];
            /** @example gpt-4o-mini */
            model: string | null;
            /** @description Prompt versions the reply was built from */
            promptVersionIds: string[];
            usage: components["schemas"]["TurnUsageDto"] | null;
            /**
             * @description Model time, all passes
             * @example 1840
             */
            latencyMs: number | null;
            /**
             * @description Time to the first token
             * @example 420
             */
            ttftMs: number | null;
            /**
             * @description Why the turn failed
             * @example null
             */
            errorCode: string | null;
            /**
             * Format: date-time
             * @example 2026-11-25T09:00:00.000Z
             */
            createdAt: string;
            /**
             * Format: date-time
             * @example null
             */
            finishedAt: string | null;
        };
        TurnActionDto: {
            /** @example create_identity */
            type: string;
            /**
             * @example {
             *       "category": "spiritual"
             *     }
             */
            params: {
                [key: string]: unknown;
            };
            /**
             * @example applied
             * @enum {string}
             */
            status: "applied" | "rejected";
            /**
             * @example model
             * @enum {string}
             */
            source: "model" | "button" | "staff";
            /** @example Created identity “Runner”. */
            summary: string | null;
            /** @example null */
            reasonCode: string | null;
        };
        TurnResultResponseDto: {
            turn: components["schemas"]["TurnResponseDto"];
            /** @description The turn’s messages: the client’s, then the coach’s */
            messages: components["schemas"]["MessageResponseDto"][];
            /** @description Every action of the turn, applied or rejected */
            actions: components["schemas"]["TurnActionDto"][];
            /** @description The coach state now */
            state: components["schemas"]["CoachStateResponseDto"];
        };
        TurnAcceptedResponseDto: {
            turn: components["schemas"]["TurnResponseDto"];
        };
        SafetyEventSummaryDto: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            userId: string;
            /** @example Ann Example */
            userName: string | null;
            /** @example ann@example.com */
            userEmail: string | null;
            /** Format: uuid */
            messageId: string | null;
            /**
             * @description The flagged words; empty once the event was resolved longer ago than TRANSCRIPT_RETENTION_DAYS (docs/privacy.md).
             * @example I do not want to be here anymore
             */
            messageText: string;
            /**
             * @example classifier
             * @enum {string}
             */
            flaggedBy: "classifier" | "moderation" | "both" | "coach";
            /**
             * @description The offline classifier’s combined score
             * @example 0.97
             */
            classifierScore: number;
            /**
             * @example open
             * @enum {string}
             */
            status: "open" | "resolved";
            resolutionNote: string | null;
            /** Format: uuid */
            resolvedBy: string | null;
            /** Format: date-time */
            resolvedAt: string | null;
            /** Format: date-time */
            alertQueuedAt: string | null;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            updatedAt: string;
        };
        SafetyEvidenceDto: {
            /** @example want_to_die */
            rule: string;
            /**
             * @example suicidal_intent
             * @enum {string}
             */
            category: "suicidal_intent" | "self_harm" | "indirect_distress";
            /** @example want to die */
            text: string;
            /** @example 1 */
            weight: number;
            /**
             * @description The weight after context (negation, third person, past, fiction)
             * @example 1
             */
            score: number;
            /** @example [] */
            modifiers: string[];
        };
        SafetyClassifierResultDto: {
            /**
             * @example flag
             * @enum {string}
             */
            verdict: "flag" | "clear";
            /** @example 0.97 */
            score: number;
            /**
             * @example {
             *       "suicidal_intent": 0.97,
             *       "self_harm": 0,
             *       "indirect_distress": 0
             *     }
             */
            categories: {
                [key: string]: number;
            };
            evidence: components["schemas"]["SafetyEvidenceDto"][];
            /** @example offline-2025.11-1 */
            version: string;
        };
        SafetyModerationDto: {
            /**
             * @example ok
             * @enum {string}
             */
            status: "ok" | "error" | "skipped";
            /** @example openai */
            provider: string;
            /** @example true */
            flagged?: boolean;
            /** @example true */
            selfHarm?: boolean;
            categories?: {
                [key: string]: boolean;
            };
            scores?: {
                [key: string]: number;
            };
            /** @example AiException: The request timed out. */
            error?: string;
        };
        SafetyContextMessageDto: {
            /** @example user */
            role: string;
            /** @example I had a rough week. */
            content: string;
            /** Format: date-time */
            at: string | null;
        };
        SafetyEventContextDto: {
            /** @example brainstorming */
            phase: string | null;
            /** @description The messages just before the flagged one, oldest first */
            recentMessages: components["schemas"]["SafetyContextMessageDto"][];
            /** @description The messages after the flagged one (the coach’s reply first), oldest first; up to 5 */
            followingMessages: components["schemas"]["SafetyContextMessageDto"][];
        };
        SafetyEventDetailDto: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            userId: string;
            /** @example Ann Example */
            userName: string | null;
            /** @example ann@example.com */
            userEmail: string | null;
            /** Format: uuid */
            messageId: string | null;
            /**
             * @description The flagged words; empty once the event was resolved longer ago than TRANSCRIPT_RETENTION_DAYS (docs/privacy.md).
             * @example I do not want to be here anymore
             */
            messageText: string;
            /**
             * @example classifier
             * @enum {string}
             */
            flaggedBy: "classifier" | "moderation" | "both" | "coach";
            /**
             * @description The offline classifier’s combined score
             * @example 0.97
             */
            classifierScore: number;
            /**
             * @example open
             * @enum {string}
             */
            status: "open" | "resolved";
            resolutionNote: string | null;
            /** Format: uuid */
            resolvedBy: string | null;
            /** Format: date-time */
            resolvedAt: string | null;
            /** Format: date-time */
            alertQueuedAt: string | null;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            updatedAt: string;
            classifier: components["schemas"]["SafetyClassifierResultDto"];
            moderation: components["schemas"]["SafetyModerationDto"];
            context: components["schemas"]["SafetyEventContextDto"];
        };
        ResolveSafetyEventDto: {
            /**
             * @description What was done, for the record (1–2000 characters)
             * @example Called the client; they are safe and have support this weekend.
             */
            note: string;
        };
        NoteResponseDto: {
            /** Format: uuid */
            id: string;
            /** @example Works as a nurse. */
            text: string;
            /** @description True once you edited the note: the coach then leaves it as you wrote it. */
            editedByUser: boolean;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            updatedAt: string;
        };
        UpdateNoteDto: {
            /** @example Works night shifts as a nurse. */
            text: string;
        };
        ScenarioProfileDto: {
            /** @example Sam */
            firstName: string;
            /** @example Tester */
            lastName: string;
        };
        /**
         * @description The phase (and so the session) to start in
         * @enum {string}
         */
        Phase: "introduction" | "get_to_know_you" | "identity_warm_up" | "identity_brainstorming" | "brainstorming_review" | "identity_refinement" | "anything_missing" | "identity_commitment" | "i_am_statement" | "identity_visualization";
        /**
         * @description Brainstorming focus; defaults to the first category
         * @enum {string}
         */
        IdentityCategory: "passions_and_talents" | "maker_of_money" | "keeper_of_money" | "spiritual" | "personal_appearance" | "physical_expression" | "familial_relations" | "romantic_relation" | "doer_of_things";
        ScenarioStateDto: {
            /** @description The phase (and so the session) to start in */
            phase: components["schemas"]["Phase"];
            /** @description Brainstorming focus; defaults to the first category */
            identityFocus?: components["schemas"]["IdentityCategory"];
            skippedCategories?: components["schemas"]["IdentityCategory"][];
            whoYouAre?: string[];
            whoYouWantToBe?: string[];
            askedQuestions?: ("background_upbringing" | "family_structure" | "work_living" | "hobbies_interests" | "why_here_hopes")[];
            /** @description Keys of session videos already shown */
            shownVideos?: string[];
            /** @description Name of one of `identities`: the identity the coach is working on */
            currentIdentity?: string | null;
        };
        ScenarioIdentityDto: {
            /** @example Athlete */
            name: string;
            category: components["schemas"]["IdentityCategory"];
            /**
             * @description Any state but `archived`
             * @enum {string}
             */
            state: "proposed" | "accepted" | "refinement_complete" | "commitment_complete" | "i_am_complete" | "visualization_complete";
            notes?: string[];
            iAmStatement?: string | null;
            visualization?: string | null;
        };
        ScenarioMessageDto: {
            /** @enum {string} */
            role: "user" | "coach";
            content: string;
        };
        TestUserDto: {
            /** Format: uuid */
            userId: string;
            /** @example test-3f9a1c52@test-users.invalid */
            email: string;
            /** @example Sam Tester */
            name: string;
            /** Format: uuid */
            scenarioId: string | null;
            /**
             * Format: date-time
             * @description Last set to the template
             */
            resetAt: string;
        };
        TestScenarioDto: {
            /** Format: uuid */
            id: string;
            name: string;
            description: string;
            profile: components["schemas"]["ScenarioProfileDto"];
            state: components["schemas"]["ScenarioStateDto"];
            identities: components["schemas"]["ScenarioIdentityDto"][];
            notes: string[];
            messages: components["schemas"]["ScenarioMessageDto"][];
            /** @description Test users instantiated from it, newest first */
            testUsers: components["schemas"]["TestUserDto"][];
            /** Format: uuid */
            createdById: string | null;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            updatedAt: string;
        };
        FreezeTestScenarioDto: {
            /** Format: uuid */
            userId: string;
            /** @example Frozen: stuck in refinement */
            name: string;
            description?: string;
        };
        CreateTestScenarioDto: {
            state: components["schemas"]["ScenarioStateDto"];
            identities?: components["schemas"]["ScenarioIdentityDto"][];
            /** @description Long-term memory notes */
            notes?: string[];
            /** @description Chat history, oldest first */
            messages?: components["schemas"]["ScenarioMessageDto"][];
            /** @example Brainstorming with two identities */
            name: string;
            description?: string;
            profile: components["schemas"]["ScenarioProfileDto"];
        };
        UpdateTestScenarioDto: {
            state?: components["schemas"]["ScenarioStateDto"];
            identities?: components["schemas"]["ScenarioIdentityDto"][];
            /** @description Long-term memory notes */
            notes?: string[];
            /** @description Chat history, oldest first */
            messages?: components["schemas"]["ScenarioMessageDto"][];
            /** @example Brainstorming with two identities */
            name?: string;
            description?: string;
            profile?: components["schemas"]["ScenarioProfileDto"];
        };
        ResetTestUserDto: {
            /** Format: uuid */
            userId: string;
        };
        StudioQuotaDto: {
            /**
             * @description Images made today (failed ones do not count)
             * @example 3
             */
            used: number;
            /** @example 20 */
            limit: number;
            /**
             * Format: date-time
             * @description Next midnight UTC
             */
            resetsAt: string;
        };
        StudioAppearanceDto: {
            /** @example Short grey hair, glasses */
            description: string;
            /** Format: date-time */
            updatedAt: string | null;
        };
        StudioReferenceDto: {
            /** Format: uuid */
            id: string;
            /**
             * @example image/jpeg
             * @enum {string}
             */
            contentType: "image/jpeg" | "image/png" | "image/webp";
            /** @example 1200 */
            width: number;
            /** @example 1600 */
            height: number;
            /** @example /api/v1/studio/references/…/image */
            url: string;
            /** @example /api/v1/studio/references/…/thumbnail */
            thumbnailUrl: string;
            /** Format: date-time */
            createdAt: string;
        };
        StudioSceneDto: {
            /** @example running gear */
            clothing: string | null;
            /** @example calm and proud */
            mood: string | null;
            /** @example a forest trail at sunrise */
            setting: string | null;
            /** @example null */
            extraPrompt: string | null;
        };
        StudioIdentityDto: {
            /** Format: uuid */
            id: string;
            /** @example Athlete */
            name: string;
            /**
             * @example physical_expression
             * @enum {string}
             */
            category: "passions_and_talents" | "maker_of_money" | "keeper_of_money" | "spiritual" | "personal_appearance" | "physical_expression" | "familial_relations" | "romantic_relation" | "doer_of_things";
            /**
             * @example committed
             * @enum {string}
             */
            state: "proposed" | "accepted" | "refinement_complete" | "commitment_complete" | "i_am_complete" | "visualization_complete" | "archived";
            scene: components["schemas"]["StudioSceneDto"];
            /**
             * Format: uuid
             * @description The identity's picture
             */
            savedDraftId: string | null;
            /** @example 2 */
            draftCount: number;
        };
        StudioStateDto: {
            /** @description Whether studio writes are allowed */
            open: boolean;
            /**
             * @description `phase`: opens in the identity_visualization phase (only when closed)
             * @enum {string}
             */
            reason?: "phase";
            /** @description Staff opened the studio for this client early */
            override: boolean;
            quota: components["schemas"]["StudioQuotaDto"];
            appearance: components["schemas"]["StudioAppearanceDto"];
            references: components["schemas"]["StudioReferenceDto"][];
            identities: components["schemas"]["StudioIdentityDto"][];
        };
        UpdateAppearanceDto: {
            /**
             * @description How you look, in your own words; empty clears it
             * @example Early forties, short grey hair, glasses, usually in a denim jacket
             */
            description: string;
        };
        UpdateSceneDto: {
            /** @example running gear */
            clothing?: string | null;
            /** @example calm and proud */
            mood?: string | null;
            /** @example a forest trail at sunrise */
            setting?: string | null;
            /** @example a dog running beside me */
            extraPrompt?: string | null;
        };
        StudioDraftDto: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            identityId: string;
            /**
             * Format: uuid
             * @description The draft this one refined
             */
            parentId: string | null;
            /**
             * @example ready
             * @enum {string}
             */
            status: "pending" | "ready" | "failed";
            /**
             * @description Null for a generation
             * @example warmer light
             */
            instruction: string | null;
            /**
             * @description Set when failed
             * @enum {string|null}
             */
            errorCode: "image_blocked" | "image_rate_limited" | "image_overloaded" | "image_timeout" | "image_failed" | null;
            /** @description It is the identity's picture */
            saved: boolean;
            /** Format: date-time */
            createdAt: string;
            /** @description Null until ready */
            imageUrl: string | null;
            /** @description Null until ready */
            thumbnailUrl: string | null;
            /** @description Drawn by the offline demo provider */
            demo: boolean;
        };
        RefineDraftDto: {
            /** @example warmer light */
            instruction: string;
        };
        AdminStudioIdentityDto: {
            /** Format: uuid */
            id: string;
            /** @example Athlete */
            name: string;
            /**
             * @example physical_expression
             * @enum {string}
             */
            category: "passions_and_talents" | "maker_of_money" | "keeper_of_money" | "spiritual" | "personal_appearance" | "physical_expression" | "familial_relations" | "romantic_relation" | "doer_of_things";
            /**
             * @example committed
             * @enum {string}
             */
            state: "proposed" | "accepted" | "refinement_complete" | "commitment_complete" | "i_am_complete" | "visualization_complete" | "archived";
            scene: components["schemas"]["StudioSceneDto"];
            /**
             * Format: uuid
             * @description The identity's picture
             */
            savedDraftId: string | null;
            /** @example 2 */
            draftCount: number;
            /** @description Image URLs point at the staff routes */
            drafts: components["schemas"]["StudioDraftDto"][];
        };
        AdminStudioDto: {
            /** @description Whether the client can use the studio now */
            open: boolean;
            override: boolean;
            quota: components["schemas"]["StudioQuotaDto"];
            appearance: components["schemas"]["StudioAppearanceDto"];
            /** @description URLs point at the staff routes */
            references: components["schemas"]["StudioReferenceDto"][];
            identities: components["schemas"]["AdminStudioIdentityDto"][];
        };
        /** @enum {string} */
        TurnStatus: "queued" | "streaming" | "done" | "failed";
        AdminTurnDto: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            userId: string;
            status: components["schemas"]["TurnStatus"];
            /** @description Queued or streaming past its lease: the process running it is gone. */
            stuck: boolean;
            /** @description What the client wrote, if anything. */
            message: string | null;
            /** @description The card button pressed, if any. */
            buttonId: string | null;
            /** @example gpt-4.1-mini */
            model: string | null;
            promptVersionIds: string[];
            inputTokens: number | null;
            outputTokens: number | null;
            cachedTokens: number | null;
            reasoningTokens: number | null;
            /** @description Whole turn, milliseconds. */
            latencyMs: number | null;
            /** @description Time to the first streamed token, milliseconds. */
            ttftMs: number | null;
            /** @example worker_lost */
            errorCode: string | null;
            /** Format: date-time */
            leaseExpiresAt: string | null;
            /** Format: date-time */
            startedAt: string | null;
            /** Format: date-time */
            finishedAt: string | null;
            /** Format: date-time */
            createdAt: string;
        };
        AdminMessageDto: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            userId: string;
            /** @enum {string} */
            role: "user" | "coach";
            content: string;
            /** @description The card shown with the message (see the coaching engine guide). */
            component: {
                [key: string]: unknown;
            } | null;
            /** Format: uuid */
            turnId: string | null;
            /** Format: date-time */
            createdAt: string;
        };
        AdminUpdateIdentityDto: {
            /** @example Marathon runner */
            name?: string;
            /** @enum {string} */
            state?: "refinement_complete" | "commitment_complete" | "i_am_complete" | "archived";
            /** @description Why, for the audit log. */
            reason?: string;
        };
        /** @enum {string} */
        IdentityState: "proposed" | "accepted" | "refinement_complete" | "commitment_complete" | "i_am_complete" | "visualization_complete" | "archived";
        AdminIdentityNoteDto: {
            text: string;
            /** Format: date-time */
            createdAt: string;
            /** @description The identity a nest or combine copied it from. */
            copiedFrom: string | null;
        };
        AdminIdentityDto: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            userId: string;
            /** @example Runner */
            name: string;
            category: components["schemas"]["IdentityCategory"];
            state: components["schemas"]["IdentityState"];
            notes: components["schemas"]["AdminIdentityNoteDto"][];
            iAmStatement: string | null;
            visualization: string | null;
            /** @description Position in the client’s list. */
            order: number;
            /** Format: uuid */
            parentId: string | null;
            /** Format: date-time */
            archivedAt: string | null;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            updatedAt: string;
        };
        AdminUpdateCoachStateDto: {
            currentPhase?: components["schemas"]["Phase"];
            identityFocus?: components["schemas"]["IdentityCategory"];
            /** @example Client asked to revisit brainstorming. */
            reason: string;
        };
        AdminSafetyHoldDto: {
            /** Format: date-time */
            since: string;
            /** Format: uuid */
            safetyEventId: string | null;
            reason: string;
        };
        AdminCoachStateDto: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            userId: string;
            currentPhase: components["schemas"]["Phase"];
            identityFocus: components["schemas"]["IdentityCategory"];
            skippedCategories: components["schemas"]["IdentityCategory"][];
            whoYouAre: string[];
            whoYouWantToBe: string[];
            askedQuestions: string[];
            /** Format: uuid */
            currentIdentityId: string | null;
            shownVideos: string[];
            safetyHold: components["schemas"]["AdminSafetyHoldDto"] | null;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            updatedAt: string;
        };
        AdminActionDto: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            userId: string;
            /** Format: uuid */
            turnId: string | null;
            /** Format: uuid */
            messageId: string | null;
            /** @example create_identity */
            type: string;
            /** @description As given; any JSON value. */
            params: Record<string, never>;
            /** @enum {string} */
            status: "applied" | "rejected";
            /** @enum {string} */
            source: "model" | "button" | "staff";
            sequence: number;
            summary: string | null;
            /** @example duplicate_name */
            reasonCode: string | null;
            reason: string | null;
            /** Format: date-time */
            createdAt: string;
        };
        AdminNoteDto: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            userId: string;
            text: string;
            /** Format: uuid */
            sourceMessageId: string | null;
            /** @description The client rewrote it; the sentinel leaves it alone. */
            editedByUser: boolean;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            updatedAt: string;
        };
        AdminBreakDto: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            userId: string;
            /**
             * @description The session that ended.
             * @example welcome
             */
            session: string;
            /** Format: date-time */
            startedAt: string;
            /**
             * Format: date-time
             * @description Null while the break is open.
             */
            endedAt: string | null;
        };
        AdminUsageRowDto: {
            /** @description Stable key of the group: day, client, kind, model and prompt versions. */
            id: string;
            /** @example 2026-12-04 */
            day: string;
            /**
             * Format: uuid
             * @description Null once the account is deleted.
             */
            userId: string | null;
            /**
             * @description text: chat and moderation calls; image: the studio’s image calls (docs/studio.md).
             * @example text
             * @enum {string}
             */
            kind: "text" | "image";
            /** @example gpt-4.1-mini */
            model: string;
            promptVersionIds: string[];
            calls: number;
            /** @description Calls that ended in an error. */
            errors: number;
            inputTokens: number;
            outputTokens: number;
            cachedTokens: number;
            totalTokens: number;
            /** @example 0.0132 */
            costUsd: number;
        };
        PhaseCountDto: {
            phase: components["schemas"]["Phase"];
            clients: number;
        };
        TurnPeriodDto: {
            turns: number;
            failed: number;
            /** @description Input plus output tokens of the period’s turns. */
            tokens: number;
            /** @description Model cost of every call in the period, US dollars. */
            costUsd: number;
        };
        DailyTurnsDto: {
            /** @example 2026-12-04 */
            day: string;
            turns: number;
            failed: number;
            tokens: number;
        };
        AdminDashboardDto: {
            /** @description Every phase, in curriculum order. */
            clientsByPhase: components["schemas"]["PhaseCountDto"][];
            today: components["schemas"]["TurnPeriodDto"];
            last7Days: components["schemas"]["TurnPeriodDto"];
            /** @description The last 7 days, oldest first, days without turns included. */
            daily: components["schemas"]["DailyTurnsDto"][];
            /** @description Turns running past their lease (their process is gone). */
            stuckTurns: number;
            openSafetyEvents: number;
            pendingInvites: number;
            /** Format: date-time */
            generatedAt: string;
        };
        /** @enum {string} */
        Session: "welcome" | "get_to_know" | "brainstorming" | "refinement" | "commitment" | "i_am" | "visualization";
        AdminCreateVideoDto: {
            /** @example welcome_intro */
            key: string;
            session: components["schemas"]["Session"];
            /**
             * @description One intro and one outro per session at most.
             * @enum {string}
             */
            kind: "intro" | "outro";
            /** @example Welcome to identity coaching */
            title: string;
            /** @example https://cdn.example.com/welcome.mp4 */
            url: string;
            /** @example 95 */
            durationSeconds: number;
            /**
             * @description WebVTT captions; null removes them.
             * @example https://cdn.example.com/welcome.en.vtt
             */
            captionsUrl?: string | null;
        };
        AdminVideoDto: {
            /** Format: uuid */
            id: string;
            /**
             * @description Stable name the curriculum refers to.
             * @example welcome_intro
             */
            key: string;
            /** @example welcome */
            session: components["schemas"]["Session"];
            /**
             * @description Before or after the session.
             * @example intro
             * @enum {string}
             */
            kind: "intro" | "outro";
            /** @example Welcome to identity coaching */
            title: string;
            /**
             * @description As stored: absolute, a path, or a file name.
             * @example welcome_intro.mp4
             */
            url: string;
            /**
             * @description The address clients are given (file names resolved against the base URL).
             * @example /media/videos/welcome_intro.mp4
             */
            playUrl: string;
            /** @example 95 */
            durationSeconds: number;
            /** @example welcome_intro.en.vtt */
            captionsUrl: string | null;
            /** @example /media/videos/welcome_intro.en.vtt */
            captionsPlayUrl: string | null;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            updatedAt: string;
        };
        AdminUpdateVideoDto: {
            session?: components["schemas"]["Session"];
            /**
             * @description One intro and one outro per session at most.
             * @enum {string}
             */
            kind?: "intro" | "outro";
            /** @example Welcome to identity coaching */
            title?: string;
            /** @example https://cdn.example.com/welcome.mp4 */
            url?: string;
            /** @example 95 */
            durationSeconds?: number;
            /**
             * @description WebVTT captions; null removes them.
             * @example https://cdn.example.com/welcome.en.vtt
             */
            captionsUrl?: string | null;
        };
        EvalPinnedVersionDto: {
            /** @example phase:discovery */
            key: string;
            /** @example 3 */
            version: number;
            /** @enum {string} */
            source: "seed" | "staff";
            /**
             * @description SHA-256 of the body, first 12 hex digits.
             * @example 5d6a854e0273
             */
            bodyHash: string;
        };
        EvalGraderResultDto: {
            /** @example legal_transitions */
            grader: string;
            /** @enum {string} */
            status: "pass" | "fail" | "skipped";
            score?: number | null;
            details?: string[];
        };
        EvalPersonaReportDto: {
            /** @example terse-sceptic */
            id: string;
            graders: components["schemas"]["EvalGraderResultDto"][];
            /** @description Why the persona could not finish. */
            error?: string | null;
        };
        EvalRunReportDto: {
            /** @example seeded */
            label: string;
            pinned: components["schemas"]["EvalPinnedVersionDto"][];
            personas: components["schemas"]["EvalPersonaReportDto"][];
            /** @description Pass/fail/skipped per grader. */
            graders: {
                [key: string]: unknown;
            };
            /** @description Turns, calls, tokens, cost, time. */
            totals: {
                [key: string]: unknown;
            };
        };
        EvalReportDto: {
            /**
             * @description The report format; only this one is accepted.
             * @example 1
             */
            version: number;
            /** Format: date-time */
            startedAt: string;
            /** Format: date-time */
            finishedAt: string;
            /** @example openai */
            provider: string;
            /** @example gpt-4o-mini */
            model?: string | null;
            /** @example eval/personas */
            personasDir: string;
            /** @example on */
            judge: string;
            /** @description One run, or two with `--compare` (candidate last). */
            runs: components["schemas"]["EvalRunReportDto"][];
            comparison?: {
                [key: string]: unknown;
            } | null;
        };
        EvalRunPromptVersionsDto: {
            /** @example candidate */
            label: string;
            /** @description Prompt key → the version here with the same text; null when none has it. */
            versions: {
                [key: string]: string | null;
            };
        };
        EvalPersonaSummaryDto: {
            /** @example terse-sceptic */
            id: string;
            /** @description No grader failed and the persona finished. */
            passed: boolean;
            graderPasses: number;
            graderFailures: number;
        };
        EvalRunSummaryDto: {
            /** @example candidate */
            label: string;
            /** @example 11 */
            personasPassed: number;
            /** @example 12 */
            personasTotal: number;
            personas: components["schemas"]["EvalPersonaSummaryDto"][];
            /** @description turns, calls, inputTokens, outputTokens, costUsd, wallMs. */
            totals: {
                [key: string]: number | null;
            };
        };
        AdminEvalRunDto: {
            /** Format: uuid */
            id: string;
            /** Format: date-time */
            createdAt: string;
            /**
             * Format: uuid
             * @description A staff member, or an API key when `createdVia` is `api_key`.
             */
            createdBy: string;
            /** @enum {string} */
            createdVia: "user" | "api_key";
            /** @example demo */
            provider: string;
            model?: string | null;
            promptVersions: components["schemas"]["EvalRunPromptVersionsDto"][];
            /** @description One per run; the candidate last. */
            summary: components["schemas"]["EvalRunSummaryDto"][];
        };
        AdminEvalRunDetailDto: {
            /** Format: uuid */
            id: string;
            /** Format: date-time */
            createdAt: string;
            /**
             * Format: uuid
             * @description A staff member, or an API key when `createdVia` is `api_key`.
             */
            createdBy: string;
            /** @enum {string} */
            createdVia: "user" | "api_key";
            /** @example demo */
            provider: string;
            model?: string | null;
            promptVersions: components["schemas"]["EvalRunPromptVersionsDto"][];
            /** @description One per run; the candidate last. */
            summary: components["schemas"]["EvalRunSummaryDto"][];
            /** @description The report as posted. */
            report: {
                [key: string]: unknown;
            };
        };
        /** @enum {string} */
        QueueName: "coach" | "sentinel" | "email" | "system" | "webhooks" | "studio";
        AdminFailedJobDto: {
            /**
             * @description `<queue>/<jobId>`, unique across queues.
             * @example email/email-5e0c9a8b
             */
            id: string;
            queue: components["schemas"]["QueueName"];
            /** @example email-5e0c9a8b */
            jobId: string;
            /** @example email.send */
            name: string;
            /**
             * @description The payload: ids of the rows the job works on, never the rows themselves.
             * @example {
             *       "outboxId": "5e0c9a8b-3c1d-4f2e-9a7b-6d5c4b3a2910"
             *     }
             */
            data: {
                [key: string]: unknown;
            };
            /** @example 5 */
            attemptsMade: number;
            /** @example 5 */
            maxAttempts: number;
            /**
             * @description The last attempt’s error.
             * @example Throttling: Rate exceeded
             */
            error: string;
            /** Format: date-time */
            failedAt: string;
            /** Format: date-time */
            createdAt: string;
        };
        AdminQueueCountsDto: {
            /** @example email */
            queue: components["schemas"]["QueueName"];
            /** @example 0 */
            waiting: number;
            /** @example 0 */
            active: number;
            /**
             * @description Waiting for a retry or a scheduled time.
             * @example 0
             */
            delayed: number;
            /**
             * @description Out of attempts; kept up to 5000 per queue.
             * @example 1
             */
            failed: number;
            /**
             * @description Kept up to 1000 per queue.
             * @example 12
             */
            completed: number;
        };
        AdminJobCountsDto: {
            /**
             * @description BullMQ (Redis, survives restarts) or in-process (memory, lost on restart).
             * @enum {string}
             */
            driver: "bullmq" | "in-process";
            queues: components["schemas"]["AdminQueueCountsDto"][];
        };
    };
    responses: never;
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    scrape: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Prometheus metrics */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/plain": string;
                };
            };
            /** @description Invalid input: malformed JSON, nesting deeper than 32 levels (`json_too_deep`), text with NUL or unpaired surrogates (`invalid_text`, naming the field), failed validation or unknown fields. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Unexpected error; the body never contains internal details. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description A dependency (database, Redis) is unavailable or the server is shutting down; retry after the Retry-After header. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    live: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LivenessDto"];
                };
            };
            /** @description Invalid input: malformed JSON, nesting deeper than 32 levels (`json_too_deep`), text with NUL or unpaired surrogates (`invalid_text`, naming the field), failed validation or unknown fields. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Unexpected error; the body never contains internal details. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description A dependency (database, Redis) is unavailable or the server is shutting down; retry after the Retry-After header. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    ready: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReadinessDto"];
                };
            };
            /** @description Invalid input: malformed JSON, nesting deeper than 32 levels (`json_too_deep`), text with NUL or unpaired surrogates (`invalid_text`, naming the field), failed validation or unknown fields. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Unexpected error; the body never contains internal details. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description A dependency is down. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReadinessDto"];
                };
            };
        };
    };
    getMe: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UserResponseDto"];
                };
            };
            /** @description Invalid input: malformed JSON, nesting deeper than 32 levels (`json_too_deep`), text with NUL or unpaired surrogates (`invalid_text`, naming the field), failed validation or unknown fields. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Not signed in or the token is invalid. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Unexpected error; the body never contains internal details. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description A dependency (database, Redis) is unavailable or the server is shutting down; retry after the Retry-After header. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    deleteMine: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["DeleteAccountDto"];
            };
        };
        responses: {
            /** @description Erased; the session cookies are cleared. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description `password_incorrect`, `otp_required` or `otp_invalid`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Not signed in or the token is invalid. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description `last_superuser`. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Unexpected error; the body never contains internal details. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description A dependency (database, Redis) is unavailable or the server is shutting down; retry after the Retry-After header. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    updateMe: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateMeDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UserResponseDto"];
                };
            };
            /** @description Invalid input: malformed JSON, nesting deeper than 32 levels (`json_too_deep`), text with NUL or unpaired surrogates (`invalid_text`, naming the field), failed validation or unknown fields. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Not signed in or the token is invalid. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description The request body is too large. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Unsupported content type. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Too many requests; see the Retry-After header. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Unexpected error; the body never contains internal details. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description A dependency (database, Redis) is unavailable or the server is shutting down; retry after the Retry-After header. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    listAuditEvents: {
        parameters: {
            query?: {
                /** @description JSON `[field, "ASC" | "DESC"]`, e.g. `["createdAt","DESC"]`; the fields each list sorts by are in its description */
                sort?: string;
                /** @description JSON `[first, last]`, inclusive, zero-based */
                range?: string;
                /** @description JSON object of filters, e.g. `{"q":"ann"}`; `q` is free-text search where the list has it */
                filter?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    "Content-Range"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AuditEventResponseDto"][];
                };
            };
            /** @description Invalid input: malformed JSON, nesting deeper than 32 levels (`json_too_deep`), text with NUL or unpaired surrogates (`invalid_text`, naming the field), failed validation or unknown fields. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Not signed in or the token is invalid. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Signed in without the required role or scope. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Unexpected error; the body never contains internal details. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description A dependency (database, Redis) is unavailable or the server is shutting down; retry after the Retry-After header. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    getAuditEvent: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AuditEventResponseDto"];
                };
            };
            /** @description Invalid input: malformed JSON, nesting deeper than 32 levels (`json_too_deep`), text with NUL or unpaired surrogates (`invalid_text`, naming the field), failed validation or unknown fields. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Not signed in or the token is invalid. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Signed in without the required role or scope. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Nothing with this id exists, or it belongs to someone else. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description A path parameter is too long. */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Unexpected error; the body never contains internal details. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description A dependency (database, Redis) is unavailable or the server is shutting down; retry after the Retry-After header. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    listEmails: {
        parameters: {
            query?: {
                /** @description JSON `[field, "ASC" | "DESC"]`, e.g. `["createdAt","DESC"]`; the fields each list sorts by are in its description */
                sort?: string;
                /** @description JSON `[first, last]`, inclusive, zero-based */
                range?: string;
                /** @description JSON object of filters, e.g. `{"q":"ann"}`; `q` is free-text search where the list has it */
                filter?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    "Content-Range"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EmailSummaryDto"][];
                };
            };
            /** @description Invalid input: malformed JSON, nesting deeper than 32 levels (`json_too_deep`), text with NUL or unpaired surrogates (`invalid_text`, naming the field), failed validation or unknown fields. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Not signed in or the token is invalid. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Signed in without the required role or scope. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Unexpected error; the body never contains internal details. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description A dependency (database, Redis) is unavailable or the server is shutting down; retry after the Retry-After header. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    getEmail: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EmailDetailDto"];
                };
            };
            /** @description Invalid input: malformed JSON, nesting deeper than 32 levels (`json_too_deep`), text with NUL or unpaired surrogates (`invalid_text`, naming the field), failed validation or unknown fields. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Not signed in or the token is invalid. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Signed in without the required role or scope. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Nothing with this id exists, or it belongs to someone else. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description A path parameter is too long. */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Unexpected error; the body never contains internal details. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description A dependency (database, Redis) is unavailable or the server is shutting down; retry after the Retry-After header. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    retryEmail: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EmailDetailDto"];
                };
            };
            /** @description Invalid input: malformed JSON, nesting deeper than 32 levels (`json_too_deep`), text with NUL or unpaired surrogates (`invalid_text`, naming the field), failed validation or unknown fields. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Not signed in or the token is invalid. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Signed in without the required role or scope. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description `email_not_found`. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description `email_not_retryable`: not failed, nor stuck sending. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description The request body is too large. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description A path parameter is too long. */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Unsupported content type. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Too many requests; see the Retry-After header. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Unexpected error; the body never contains internal details. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description A dependency (database, Redis) is unavailable or the server is shutting down; retry after the Retry-After header. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    register: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RegisterDto"];
            };
        };
        responses: {
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AcceptedResponseDto"];
                };
            };
            /** @description Invalid input: malformed JSON, nesting deeper than 32 levels (`json_too_deep`), text with NUL or unpaired surrogates (`invalid_text`, naming the field), failed validation or unknown fields. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description `signup_closed` in invite mode. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description The request body is too large. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Unsupported content type. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Rate limited; see Retry-After. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Unexpected error; the body never contains internal details. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description A dependency (database, Redis) is unavailable or the server is shutting down; retry after the Retry-After header. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    previewInvite: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                token: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["InvitePreviewDto"];
                };
            };
            /** @description `token_invalid`, `token_expired` or `token_used`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Nothing with this id exists, or it belongs to someone else. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description A path parameter is too long. */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Rate limited; see Retry-After. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Unexpected error; the body never contains internal details. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description A dependency (database, Redis) is unavailable or the server is shutting down; retry after the Retry-After header. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    acceptInvite: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AcceptInviteDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LoginResponseDto"];
                };
            };
            /** @description `password_too_weak` or a token code. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description `email_taken`. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description The request body is too large. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Unsupported content type. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Rate limited; see Retry-After. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Unexpected error; the body never contains internal details. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description A dependency (database, Redis) is unavailable or the server is shutting down; retry after the Retry-After header. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    verifyEmail: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["TokenDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AcceptedResponseDto"];
                };
            };
            /** @description `token_invalid`, `token_expired` or `token_used`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description The request body is too large. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Unsupported content type. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Rate limited; see Retry-After. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Unexpected error; the body never contains internal details. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description A dependency (database, Redis) is unavailable or the server is shutting down; retry after the Retry-After header. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    resendVerification: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["EmailDto"];
            };
        };
        responses: {
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AcceptedResponseDto"];
                };
            };
            /** @description Invalid input: malformed JSON, nesting deeper than 32 levels (`json_too_deep`), text with NUL or unpaired surrogates (`invalid_text`, naming the field), failed validation or unknown fields. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description The request body is too large. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Unsupported content type. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Rate limited; see Retry-After. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Unexpected error; the body never contains internal details. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description A dependency (database, Redis) is unavailable or the server is shutting down; retry after the Retry-After header. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    login: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["LoginDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LoginResponseDto"];
                };
            };
            /** @description Invalid input: malformed JSON, nesting deeper than 32 levels (`json_too_deep`), text with NUL or unpaired surrogates (`invalid_text`, naming the field), failed validation or unknown fields. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description `invalid_credentials` (same for unknown emails), `otp_required`, `otp_invalid`. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description `email_not_verified` or `account_disabled`. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description The request body is too large. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Unsupported content type. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Rate limited; see Retry-After. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Unexpected error; the body never contains internal details. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description A dependency (database, Redis) is unavailable or the server is shutting down; retry after the Retry-After header. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    issueToken: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["LoginDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TokenResponseDto"];
                };
            };
            /** @description Invalid input: malformed JSON, nesting deeper than 32 levels (`json_too_deep`), text with NUL or unpaired surrogates (`invalid_text`, naming the field), failed validation or unknown fields. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description `invalid_credentials`, `otp_required`, `otp_invalid`. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description `email_not_verified` or `account_disabled`. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description The request body is too large. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Unsupported content type. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Rate limited; see Retry-After. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Unexpected error; the body never contains internal details. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description A dependency (database, Redis) is unavailable or the server is shutting down; retry after the Retry-After header. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    refresh: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RefreshDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RefreshResponseDto"];
                };
            };
            /** @description Invalid input: malformed JSON, nesting deeper than 32 levels (`json_too_deep`), text with NUL or unpaired surrogates (`invalid_text`, naming the field), failed validation or unknown fields. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description `token_invalid`, `token_expired`, `token_used`. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description `csrf_invalid`. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description The request body is too large. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Unsupported content type. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Rate limited; see Retry-After. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Unexpected error; the body never contains internal details. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description A dependency (database, Redis) is unavailable or the server is shutting down; retry after the Retry-After header. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    logout: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["LogoutDto"];
            };
        };
        responses: {
            /** @description Signed out (also when there was no session). */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Invalid input: malformed JSON, nesting deeper than 32 levels (`json_too_deep`), text with NUL or unpaired surrogates (`invalid_text`, naming the field), failed validation or unknown fields. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description `csrf_invalid`. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description The request body is too large. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Unsupported content type. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Rate limited; see Retry-After. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Unexpected error; the body never contains internal details. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description A dependency (database, Redis) is unavailable or the server is shutting down; retry after the Retry-After header. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    logoutAll: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description All sessions ended. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Invalid input: malformed JSON, nesting deeper than 32 levels (`json_too_deep`), text with NUL or unpaired surrogates (`invalid_text`, naming the field), failed validation or unknown fields. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Not signed in or the token is invalid. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description The request body is too large. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Unsupported content type. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Rate limited; see Retry-After. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Unexpected error; the body never contains internal details. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description A dependency (database, Redis) is unavailable or the server is shutting down; retry after the Retry-After header. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    forgotPassword: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["EmailDto"];
            };
        };
        responses: {
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AcceptedResponseDto"];
                };
            };
            /** @description Invalid input: malformed JSON, nesting deeper than 32 levels (`json_too_deep`), text with NUL or unpaired surrogates (`invalid_text`, naming the field), failed validation or unknown fields. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description The request body is too large. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Unsupported content type. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Rate limited; see Retry-After. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Unexpected error; the body never contains internal details. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description A dependency (database, Redis) is unavailable or the server is shutting down; retry after the Retry-After header. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    resetPassword: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ResetPasswordDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AcceptedResponseDto"];
                };
            };
            /** @description `password_too_weak` or a token code. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description The request body is too large. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Unsupported content type. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Rate limited; see Retry-After. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Unexpected error; the body never contains internal details. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description A dependency (database, Redis) is unavailable or the server is shutting down; retry after the Retry-After header. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    options: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AuthOptionsDto"];
                };
            };
            /** @description Invalid input: malformed JSON, nesting deeper than 32 levels (`json_too_deep`), text with NUL or unpaired surrogates (`invalid_text`, naming the field), failed validation or unknown fields. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Unexpected error; the body never contains internal details. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description A dependency (database, Redis) is unavailable or the server is shutting down; retry after the Retry-After header. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    setupTwoFactor: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TwoFactorSetupResponseDto"];
                };
            };
            /** @description Invalid input: malformed JSON, nesting deeper than 32 levels (`json_too_deep`), text with NUL or unpaired surrogates (`invalid_text`, naming the field), failed validation or unknown fields. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Not signed in or the token is invalid. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description `two_factor_already_enabled`. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description The request body is too large. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Unsupported content type. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Too many requests; see the Retry-After header. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Unexpected error; the body never contains internal details. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description A dependency (database, Redis) is unavailable or the server is shutting down; retry after the Retry-After header. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    enableTwoFactor: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["EnableTwoFactorDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RecoveryCodesResponseDto"];
                };
            };
            /** @description `otp_invalid`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Not signed in or the token is invalid. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description `two_factor_already_enabled` or `two_factor_not_set_up`. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description The request body is too large. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Unsupported content type. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Too many requests; see the Retry-After header. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Unexpected error; the body never contains internal details. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description A dependency (database, Redis) is unavailable or the server is shutting down; retry after the Retry-After header. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    disableTwoFactor: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["DisableTwoFactorDto"];
            };
        };
        responses: {
            /** @description Two-factor authentication is off. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description `password_incorrect` or `otp_invalid`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Not signed in or the token is invalid. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description `two_factor_not_enabled`. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description The request body is too large. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Unsupported content type. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Too many requests; see the Retry-After header. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Unexpected error; the body never contains internal details. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description A dependency (database, Redis) is unavailable or the server is shutting down; retry after the Retry-After header. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    changePassword: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ChangePasswordDto"];
            };
        };
        responses: {
            /** @description Password changed. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description `password_incorrect` or `password_too_weak`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Not signed in or the token is invalid. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description The request body is too large. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Unsupported content type. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Too many requests; see the Retry-After header. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Unexpected error; the body never contains internal details. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description A dependency (database, Redis) is unavailable or the server is shutting down; retry after the Retry-After header. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    listMySessions: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SessionResponseDto"][];
                };
            };
            /** @description Invalid input: malformed JSON, nesting deeper than 32 levels (`json_too_deep`), text with NUL or unpaired surrogates (`invalid_text`, naming the field), failed validation or unknown fields. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Not signed in or the token is invalid. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Unexpected error; the body never contains internal details. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description A dependency (database, Redis) is unavailable or the server is shutting down; retry after the Retry-After header. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    revokeMySession: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Session ended. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Invalid input: malformed JSON, nesting deeper than 32 levels (`json_too_deep`), text with NUL or unpaired surrogates (`invalid_text`, naming the field), failed validation or unknown fields. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Not signed in or the token is invalid. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description No such session of yours. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description A path parameter is too long. */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Unexpected error; the body never contains internal details. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description A dependency (database, Redis) is unavailable or the server is shutting down; retry after the Retry-After header. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    exportMine: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Sent as a download (Content-Disposition). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PersonalDataExportDto"];
                };
            };
            /** @description Invalid input: malformed JSON, nesting deeper than 32 levels (`json_too_deep`), text with NUL or unpaired surrogates (`invalid_text`, naming the field), failed validation or unknown fields. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Not signed in or the token is invalid. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Unexpected error; the body never contains internal details. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description A dependency (database, Redis) is unavailable or the server is shutting down; retry after the Retry-After header. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    listInvites: {
        parameters: {
            query?: {
                /** @description JSON `[field, "ASC" | "DESC"]`, e.g. `["createdAt","DESC"]`; the fields each list sorts by are in its description */
                sort?: string;
                /** @description JSON `[first, last]`, inclusive, zero-based */
                range?: string;
                /** @description JSON object of filters, e.g. `{"q":"ann"}`; `q` is free-text search where the list has it */
                filter?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    "Content-Range"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["InviteResponseDto"][];
                };
            };
            /** @description Invalid input: malformed JSON, nesting deeper than 32 levels (`json_too_deep`), text with NUL or unpaired surrogates (`invalid_text`, naming the field), failed validation or unknown fields. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Not signed in, or the token or API key is invalid (`api_key_expired` for an expired key). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Signed in without the required role or scope. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Too many requests (`api_key_rate_limited`: over the API key's own limit); see Retry-After. */
            429: {
                headers: {
                    /** @description Seconds to wait. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Unexpected error; the body never contains internal details. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description A dependency (database, Redis) is unavailable or the server is shutting down; retry after the Retry-After header. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    createInvite: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateInviteDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CreatedInviteResponseDto"];
                };
            };
            /** @description Invalid input: malformed JSON, nesting deeper than 32 levels (`json_too_deep`), text with NUL or unpaired surrogates (`invalid_text`, naming the field), failed validation or unknown fields. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Not signed in, or the token or API key is invalid (`api_key_expired` for an expired key). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Signed in without the required role or scope. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description `email_taken` or `invite_pending`. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description The request body is too large. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Unsupported content type. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Too many requests (`api_key_rate_limited`: over the API key's own limit); see Retry-After. */
            429: {
                headers: {
                    /** @description Seconds to wait. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Unexpected error; the body never contains internal details. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description A dependency (database, Redis) is unavailable or the server is shutting down; retry after the Retry-After header. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    getInvite: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["InviteResponseDto"];
                };
            };
            /** @description Invalid input: malformed JSON, nesting deeper than 32 levels (`json_too_deep`), text with NUL or unpaired surrogates (`invalid_text`, naming the field), failed validation or unknown fields. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Not signed in, or the token or API key is invalid (`api_key_expired` for an expired key). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Signed in without the required role or scope. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Nothing with this id exists, or it belongs to someone else. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description A path parameter is too long. */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Too many requests (`api_key_rate_limited`: over the API key's own limit); see Retry-After. */
            429: {
                headers: {
                    /** @description Seconds to wait. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Unexpected error; the body never contains internal details. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description A dependency (database, Redis) is unavailable or the server is shutting down; retry after the Retry-After header. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    deleteInvite: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["InviteResponseDto"];
                };
            };
            /** @description Invalid input: malformed JSON, nesting deeper than 32 levels (`json_too_deep`), text with NUL or unpaired surrogates (`invalid_text`, naming the field), failed validation or unknown fields. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Not signed in, or the token or API key is invalid (`api_key_expired` for an expired key). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Signed in without the required role or scope. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Nothing with this id exists, or it belongs to someone else. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description `invite_not_pending`: already accepted. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description A path parameter is too long. */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Too many requests (`api_key_rate_limited`: over the API key's own limit); see Retry-After. */
            429: {
                headers: {
                    /** @description Seconds to wait. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Unexpected error; the body never contains internal details. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description A dependency (database, Redis) is unavailable or the server is shutting down; retry after the Retry-After header. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    resendInvite: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["InviteResponseDto"];
                };
            };
            /** @description Invalid input: malformed JSON, nesting deeper than 32 levels (`json_too_deep`), text with NUL or unpaired surrogates (`invalid_text`, naming the field), failed validation or unknown fields. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Not signed in, or the token or API key is invalid (`api_key_expired` for an expired key). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Signed in without the required role or scope. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Nothing with this id exists, or it belongs to someone else. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description `invite_not_pending`: accepted or revoked. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description The request body is too large. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description A path parameter is too long. */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Unsupported content type. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Too many requests (`api_key_rate_limited`: over the API key's own limit); see Retry-After. */
            429: {
                headers: {
                    /** @description Seconds to wait. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Unexpected error; the body never contains internal details. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description A dependency (database, Redis) is unavailable or the server is shutting down; retry after the Retry-After header. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    listApiKeys: {
        parameters: {
            query?: {
                /** @description JSON `[field, "ASC" | "DESC"]`, e.g. `["createdAt","DESC"]`; the fields each list sorts by are in its description */
                sort?: string;
                /** @description JSON `[first, last]`, inclusive, zero-based */
                range?: string;
                /** @description JSON object of filters, e.g. `{"q":"ann"}`; `q` is free-text search where the list has it */
                filter?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    "Content-Range"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiKeyResponseDto"][];
                };
            };
            /** @description Invalid input: malformed JSON, nesting deeper than 32 levels (`json_too_deep`), text with NUL or unpaired surrogates (`invalid_text`, naming the field), failed validation or unknown fields. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Not signed in or the token is invalid. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Signed in without the required role or scope. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Unexpected error; the body never contains internal details. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description A dependency (database, Redis) is unavailable or the server is shutting down; retry after the Retry-After header. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    createApiKey: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateApiKeyDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CreatedApiKeyResponseDto"];
                };
            };
            /** @description Invalid input: malformed JSON, nesting deeper than 32 levels (`json_too_deep`), text with NUL or unpaired surrogates (`invalid_text`, naming the field), failed validation or unknown fields. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Not signed in or the token is invalid. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Signed in without the required role or scope. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description The request body is too large. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Unsupported content type. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Too many requests; see the Retry-After header. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Unexpected error; the body never contains internal details. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description A dependency (database, Redis) is unavailable or the server is shutting down; retry after the Retry-After header. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    getApiKey: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiKeyResponseDto"];
                };
            };
            /** @description Invalid input: malformed JSON, nesting deeper than 32 levels (`json_too_deep`), text with NUL or unpaired surrogates (`invalid_text`, naming the field), failed validation or unknown fields. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Not signed in or the token is invalid. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Signed in without the required role or scope. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Nothing with this id exists, or it belongs to someone else. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description A path parameter is too long. */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Unexpected error; the body never contains internal details. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description A dependency (database, Redis) is unavailable or the server is shutting down; retry after the Retry-After header. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    revokeApiKey: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiKeyResponseDto"];
                };
            };
            /** @description Invalid input: malformed JSON, nesting deeper than 32 levels (`json_too_deep`), text with NUL or unpaired surrogates (`invalid_text`, naming the field), failed validation or unknown fields. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Not signed in or the token is invalid. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Signed in without the required role or scope. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Nothing with this id exists, or it belongs to someone else. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description A path parameter is too long. */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Unexpected error; the body never contains internal details. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description A dependency (database, Redis) is unavailable or the server is shutting down; retry after the Retry-After header. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    updateApiKey: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateApiKeyDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiKeyResponseDto"];
                };
            };
            /** @description Invalid input: malformed JSON, nesting deeper than 32 levels (`json_too_deep`), text with NUL or unpaired surrogates (`invalid_text`, naming the field), failed validation or unknown fields. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Not signed in or the token is invalid. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Signed in without the required role or scope. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Nothing with this id exists, or it belongs to someone else. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description `api_key_revoked`: revoked keys stay as they were. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description The request body is too large. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description A path parameter is too long. */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Unsupported content type. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Too many requests; see the Retry-After header. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Unexpected error; the body never contains internal details. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description A dependency (database, Redis) is unavailable or the server is shutting down; retry after the Retry-After header. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    listAdminWebhookEndpoints: {
        parameters: {
            query?: {
                /** @description JSON `[field, "ASC" | "DESC"]`, e.g. `["createdAt","DESC"]`; the fields each list sorts by are in its description */
                sort?: string;
                /** @description JSON `[first, last]`, inclusive, zero-based */
                range?: string;
                /** @description JSON object of filters, e.g. `{"q":"ann"}`; `q` is free-text search where the list has it */
                filter?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    "Content-Range"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WebhookEndpointDto"][];
                };
            };
            /** @description `validation_failed`: bad sort, range or filter. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Not signed in, or the token or API key is invalid (`api_key_expired` for an expired key). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Signed in without the required role or scope. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Too many requests (`api_key_rate_limited`: over the API key's own limit); see Retry-After. */
            429: {
                headers: {
                    /** @description Seconds to wait. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Unexpected error; the body never contains internal details. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description A dependency (database, Redis) is unavailable or the server is shutting down; retry after the Retry-After header. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    createAdminWebhookEndpoint: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateWebhookEndpointDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CreatedWebhookEndpointDto"];
                };
            };
            /** @description `validation_failed`, or `webhook_url_refused`: not http(s), or a private address in production. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Not signed in, or the token or API key is invalid (`api_key_expired` for an expired key). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Signed in without the required role or scope. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description The request body is too large. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Unsupported content type. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Too many requests (`api_key_rate_limited`: over the API key's own limit); see Retry-After. */
            429: {
                headers: {
                    /** @description Seconds to wait. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Unexpected error; the body never contains internal details. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description A dependency (database, Redis) is unavailable or the server is shutting down; retry after the Retry-After header. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    listAdminWebhookDeliveries: {
        parameters: {
            query?: {
                /** @description JSON `[field, "ASC" | "DESC"]`, e.g. `["createdAt","DESC"]`; the fields each list sorts by are in its description */
                sort?: string;
                /** @description JSON `[first, last]`, inclusive, zero-based */
                range?: string;
                /** @description JSON object of filters, e.g. `{"q":"ann"}`; `q` is free-text search where the list has it */
                filter?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    "Content-Range"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WebhookDeliveryDto"][];
                };
            };
            /** @description `validation_failed`: bad sort, range or filter. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Not signed in, or the token or API key is invalid (`api_key_expired` for an expired key). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Signed in without the required role or scope. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Too many requests (`api_key_rate_limited`: over the API key's own limit); see Retry-After. */
            429: {
                headers: {
                    /** @description Seconds to wait. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Unexpected error; the body never contains internal details. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description A dependency (database, Redis) is unavailable or the server is shutting down; retry after the Retry-After header. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    getAdminWebhookDelivery: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WebhookDeliveryDetailDto"];
                };
            };
            /** @description Invalid input: malformed JSON, nesting deeper than 32 levels (`json_too_deep`), text with NUL or unpaired surrogates (`invalid_text`, naming the field), failed validation or unknown fields. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Not signed in, or the token or API key is invalid (`api_key_expired` for an expired key). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Signed in without the required role or scope. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description `webhook_delivery_not_found`. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description A path parameter is too long. */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Too many requests (`api_key_rate_limited`: over the API key's own limit); see Retry-After. */
            429: {
                headers: {
                    /** @description Seconds to wait. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Unexpected error; the body never contains internal details. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description A dependency (database, Redis) is unavailable or the server is shutting down; retry after the Retry-After header. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    replayAdminWebhookDelivery: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WebhookDeliveryDto"];
                };
            };
            /** @description Invalid input: malformed JSON, nesting deeper than 32 levels (`json_too_deep`), text with NUL or unpaired surrogates (`invalid_text`, naming the field), failed validation or unknown fields. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Not signed in, or the token or API key is invalid (`api_key_expired` for an expired key). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Signed in without the required role or scope. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description `webhook_delivery_not_found`. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description `webhook_delivery_not_replayable`: still pending, or its endpoint is disabled or gone. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description The request body is too large. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description A path parameter is too long. */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Unsupported content type. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Too many requests (`api_key_rate_limited`: over the API key's own limit); see Retry-After. */
            429: {
                headers: {
                    /** @description Seconds to wait. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Unexpected error; the body never contains internal details. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description A dependency (database, Redis) is unavailable or the server is shutting down; retry after the Retry-After header. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    retryAdminWebhookDelivery: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WebhookDeliveryDto"];
                };
            };
            /** @description Invalid input: malformed JSON, nesting deeper than 32 levels (`json_too_deep`), text with NUL or unpaired surrogates (`invalid_text`, naming the field), failed validation or unknown fields. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Not signed in, or the token or API key is invalid (`api_key_expired` for an expired key). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Signed in without the required role or scope. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description `webhook_delivery_not_found`. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description `webhook_delivery_not_retryable`: not failed, or its endpoint is disabled or gone. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description The request body is too large. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description A path parameter is too long. */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Unsupported content type. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Too many requests (`api_key_rate_limited`: over the API key's own limit); see Retry-After. */
            429: {
                headers: {
                    /** @description Seconds to wait. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Unexpected error; the body never contains internal details. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description A dependency (database, Redis) is unavailable or the server is shutting down; retry after the Retry-After header. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    getAdminWebhookEndpoint: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WebhookEndpointDto"];
                };
            };
            /** @description Invalid input: malformed JSON, nesting deeper than 32 levels (`json_too_deep`), text with NUL or unpaired surrogates (`invalid_text`, naming the field), failed validation or unknown fields. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Not signed in, or the token or API key is invalid (`api_key_expired` for an expired key). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Signed in without the required role or scope. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description `webhook_endpoint_not_found`. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description A path parameter is too long. */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Too many requests (`api_key_rate_limited`: over the API key's own limit); see Retry-After. */
            429: {
                headers: {
                    /** @description Seconds to wait. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Unexpected error; the body never contains internal details. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description A dependency (database, Redis) is unavailable or the server is shutting down; retry after the Retry-After header. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    deleteAdminWebhookEndpoint: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WebhookEndpointDto"];
                };
            };
            /** @description Invalid input: malformed JSON, nesting deeper than 32 levels (`json_too_deep`), text with NUL or unpaired surrogates (`invalid_text`, naming the field), failed validation or unknown fields. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Not signed in, or the token or API key is invalid (`api_key_expired` for an expired key). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Signed in without the required role or scope. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description `webhook_endpoint_not_found`. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description A path parameter is too long. */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Too many requests (`api_key_rate_limited`: over the API key's own limit); see Retry-After. */
            429: {
                headers: {
                    /** @description Seconds to wait. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Unexpected error; the body never contains internal details. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description A dependency (database, Redis) is unavailable or the server is shutting down; retry after the Retry-After header. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    updateAdminWebhookEndpoint: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateWebhookEndpointDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WebhookEndpointDto"];
                };
            };
            /** @description `validation_failed`, or `webhook_url_refused`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Not signed in, or the token or API key is invalid (`api_key_expired` for an expired key). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Signed in without the required role or scope. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description `webhook_endpoint_not_found`. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description The request body is too large. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description A path parameter is too long. */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Unsupported content type. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Too many requests (`api_key_rate_limited`: over the API key's own limit); see Retry-After. */
            429: {
                headers: {
                    /** @description Seconds to wait. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Unexpected error; the body never contains internal details. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description A dependency (database, Redis) is unavailable or the server is shutting down; retry after the Retry-After header. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    rotateAdminWebhookSecret: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RotatedWebhookSecretDto"];
                };
            };
            /** @description Invalid input: malformed JSON, nesting deeper than 32 levels (`json_too_deep`), text with NUL or unpaired surrogates (`invalid_text`, naming the field), failed validation or unknown fields. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Not signed in, or the token or API key is invalid (`api_key_expired` for an expired key). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Signed in without the required role or scope. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description `webhook_endpoint_not_found`. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description The request body is too large. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description A path parameter is too long. */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Unsupported content type. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Too many requests (`api_key_rate_limited`: over the API key's own limit); see Retry-After. */
            429: {
                headers: {
                    /** @description Seconds to wait. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Unexpected error; the body never contains internal details. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description A dependency (database, Redis) is unavailable or the server is shutting down; retry after the Retry-After header. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    enableAdminWebhookEndpoint: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WebhookEndpointDto"];
                };
            };
            /** @description Invalid input: malformed JSON, nesting deeper than 32 levels (`json_too_deep`), text with NUL or unpaired surrogates (`invalid_text`, naming the field), failed validation or unknown fields. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Not signed in, or the token or API key is invalid (`api_key_expired` for an expired key). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Signed in without the required role or scope. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description `webhook_endpoint_not_found`. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description The request body is too large. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description A path parameter is too long. */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Unsupported content type. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Too many requests (`api_key_rate_limited`: over the API key's own limit); see Retry-After. */
            429: {
                headers: {
                    /** @description Seconds to wait. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Unexpected error; the body never contains internal details. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description A dependency (database, Redis) is unavailable or the server is shutting down; retry after the Retry-After header. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    testAdminWebhookEndpoint: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WebhookDeliveryDto"];
                };
            };
            /** @description Invalid input: malformed JSON, nesting deeper than 32 levels (`json_too_deep`), text with NUL or unpaired surrogates (`invalid_text`, naming the field), failed validation or unknown fields. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Not signed in, or the token or API key is invalid (`api_key_expired` for an expired key). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Signed in without the required role or scope. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description `webhook_endpoint_not_found`. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description `webhook_endpoint_disabled`. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description The request body is too large. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description A path parameter is too long. */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Unsupported content type. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Too many requests (`api_key_rate_limited`: over the API key's own limit); see Retry-After. */
            429: {
                headers: {
                    /** @description Seconds to wait. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Unexpected error; the body never contains internal details. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description A dependency (database, Redis) is unavailable or the server is shutting down; retry after the Retry-After header. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    listUsers: {
        parameters: {
            query?: {
                /** @description JSON `[field, "ASC" | "DESC"]`, e.g. `["createdAt","DESC"]`; the fields each list sorts by are in its description */
                sort?: string;
                /** @description JSON `[first, last]`, inclusive, zero-based */
                range?: string;
                /** @description JSON object of filters, e.g. `{"q":"ann"}`; `q` is free-text search where the list has it */
                filter?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    "Content-Range"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UserResponseDto"][];
                };
            };
            /** @description Invalid input: malformed JSON, nesting deeper than 32 levels (`json_too_deep`), text with NUL or unpaired surrogates (`invalid_text`, naming the field), failed validation or unknown fields. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Not signed in, or the token or API key is invalid (`api_key_expired` for an expired key). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Signed in without the required role or scope. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Too many requests (`api_key_rate_limited`: over the API key's own limit); see Retry-After. */
            429: {
                headers: {
                    /** @description Seconds to wait. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Unexpected error; the body never contains internal details. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description A dependency (database, Redis) is unavailable or the server is shutting down; retry after the Retry-After header. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    createUser: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AdminCreateUserDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UserResponseDto"];
                };
            };
            /** @description Invalid input: malformed JSON, nesting deeper than 32 levels (`json_too_deep`), text with NUL or unpaired surrogates (`invalid_text`, naming the field), failed validation or unknown fields. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Not signed in, or the token or API key is invalid (`api_key_expired` for an expired key). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Signed in without the required role or scope. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description `email_taken`. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description The request body is too large. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Unsupported content type. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Too many requests (`api_key_rate_limited`: over the API key's own limit); see Retry-After. */
            429: {
                headers: {
                    /** @description Seconds to wait. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Unexpected error; the body never contains internal details. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description A dependency (database, Redis) is unavailable or the server is shutting down; retry after the Retry-After header. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    getUser: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UserResponseDto"];
                };
            };
            /** @description Invalid input: malformed JSON, nesting deeper than 32 levels (`json_too_deep`), text with NUL or unpaired surrogates (`invalid_text`, naming the field), failed validation or unknown fields. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Not signed in, or the token or API key is invalid (`api_key_expired` for an expired key). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Signed in without the required role or scope. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Nothing with this id exists, or it belongs to someone else. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description A path parameter is too long. */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Too many requests (`api_key_rate_limited`: over the API key's own limit); see Retry-After. */
            429: {
                headers: {
                    /** @description Seconds to wait. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Unexpected error; the body never contains internal details. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description A dependency (database, Redis) is unavailable or the server is shutting down; retry after the Retry-After header. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    deleteUser: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UserResponseDto"];
                };
            };
            /** @description Invalid input: malformed JSON, nesting deeper than 32 levels (`json_too_deep`), text with NUL or unpaired surrogates (`invalid_text`, naming the field), failed validation or unknown fields. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Not signed in, or the token or API key is invalid (`api_key_expired` for an expired key). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Signed in without the required role or scope. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Nothing with this id exists, or it belongs to someone else. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description A path parameter is too long. */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Too many requests (`api_key_rate_limited`: over the API key's own limit); see Retry-After. */
            429: {
                headers: {
                    /** @description Seconds to wait. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Unexpected error; the body never contains internal details. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description A dependency (database, Redis) is unavailable or the server is shutting down; retry after the Retry-After header. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    updateUser: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AdminUpdateUserDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UserResponseDto"];
                };
            };
            /** @description Invalid input: malformed JSON, nesting deeper than 32 levels (`json_too_deep`), text with NUL or unpaired surrogates (`invalid_text`, naming the field), failed validation or unknown fields. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Not signed in, or the token or API key is invalid (`api_key_expired` for an expired key). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Signed in without the required role or scope. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Nothing with this id exists, or it belongs to someone else. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description The request body is too large. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description A path parameter is too long. */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Unsupported content type. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Too many requests (`api_key_rate_limited`: over the API key's own limit); see Retry-After. */
            429: {
                headers: {
                    /** @description Seconds to wait. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Unexpected error; the body never contains internal details. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description A dependency (database, Redis) is unavailable or the server is shutting down; retry after the Retry-After header. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    verifyUserEmail: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UserResponseDto"];
                };
            };
            /** @description Invalid input: malformed JSON, nesting deeper than 32 levels (`json_too_deep`), text with NUL or unpaired surrogates (`invalid_text`, naming the field), failed validation or unknown fields. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Not signed in, or the token or API key is invalid (`api_key_expired` for an expired key). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Signed in without the required role or scope. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Nothing with this id exists, or it belongs to someone else. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description The request body is too large. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description A path parameter is too long. */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Unsupported content type. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Too many requests (`api_key_rate_limited`: over the API key's own limit); see Retry-After. */
            429: {
                headers: {
                    /** @description Seconds to wait. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Unexpected error; the body never contains internal details. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description A dependency (database, Redis) is unavailable or the server is shutting down; retry after the Retry-After header. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    bulkVerifyUsers: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AdminBulkVerifyDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AdminBulkVerifyResultDto"];
                };
            };
            /** @description `validation_failed`: 1 to 200 UUIDs. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Not signed in, or the token or API key is invalid (`api_key_expired` for an expired key). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /**
             * @description `role_change_forbidden`: a staff account among them and the caller is not a superuser.
             *
             *     Signed in without the required role or scope.
             */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description `user_not_found`: details name the ids. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description The request body is too large. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Unsupported content type. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Too many requests (`api_key_rate_limited`: over the API key's own limit); see Retry-After. */
            429: {
                headers: {
                    /** @description Seconds to wait. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Unexpected error; the body never contains internal details. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description A dependency (database, Redis) is unavailable or the server is shutting down; retry after the Retry-After header. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    unverifyUserEmail: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UserResponseDto"];
                };
            };
            /** @description Invalid input: malformed JSON, nesting deeper than 32 levels (`json_too_deep`), text with NUL or unpaired surrogates (`invalid_text`, naming the field), failed validation or unknown fields. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Not signed in, or the token or API key is invalid (`api_key_expired` for an expired key). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Signed in without the required role or scope. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Nothing with this id exists, or it belongs to someone else. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description The request body is too large. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description A path parameter is too long. */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Unsupported content type. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Too many requests (`api_key_rate_limited`: over the API key's own limit); see Retry-After. */
            429: {
                headers: {
                    /** @description Seconds to wait. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Unexpected error; the body never contains internal details. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description A dependency (database, Redis) is unavailable or the server is shutting down; retry after the Retry-After header. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    resendUserInvite: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["InviteResponseDto"];
                };
            };
            /** @description Invalid input: malformed JSON, nesting deeper than 32 levels (`json_too_deep`), text with NUL or unpaired surrogates (`invalid_text`, naming the field), failed validation or unknown fields. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Not signed in, or the token or API key is invalid (`api_key_expired` for an expired key). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Signed in without the required role or scope. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Nothing with this id exists, or it belongs to someone else. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description `invite_not_pending`: the account has a password. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description The request body is too large. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description A path parameter is too long. */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Unsupported content type. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Too many requests (`api_key_rate_limited`: over the API key's own limit); see Retry-After. */
            429: {
                headers: {
                    /** @description Seconds to wait. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Unexpected error; the body never contains internal details. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description A dependency (database, Redis) is unavailable or the server is shutting down; retry after the Retry-After header. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    listPrompts: {
        parameters: {
            query?: {
                /** @description JSON `[field, "ASC" | "DESC"]`, e.g. `["createdAt","DESC"]`; the fields each list sorts by are in its description */
                sort?: string;
                /** @description JSON `[first, last]`, inclusive, zero-based */
                range?: string;
                /** @description JSON object of filters, e.g. `{"q":"ann"}`; `q` is free-text search where the list has it */
                filter?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description With `Content-Range: prompts a-b/total` */
            200: {
                headers: {
                    "Content-Range"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PromptVersionResponseDto"][];
                };
            };
            /** @description Invalid input: malformed JSON, nesting deeper than 32 levels (`json_too_deep`), text with NUL or unpaired surrogates (`invalid_text`, naming the field), failed validation or unknown fields. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Not signed in, or the token or API key is invalid (`api_key_expired` for an expired key). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Signed in without the required role or scope. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Too many requests (`api_key_rate_limited`: over the API key's own limit); see Retry-After. */
            429: {
                headers: {
                    /** @description Seconds to wait. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Unexpected error; the body never contains internal details. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description A dependency (database, Redis) is unavailable or the server is shutting down; retry after the Retry-After header. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    createPrompt: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreatePromptVersionDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PromptVersionResponseDto"];
                };
            };
            /** @description Invalid input: malformed JSON, nesting deeper than 32 levels (`json_too_deep`), text with NUL or unpaired surrogates (`invalid_text`, naming the field), failed validation or unknown fields. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Not signed in, or the token or API key is invalid (`api_key_expired` for an expired key). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Signed in without the required role or scope. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description The request body is too large. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Unsupported content type. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Too many requests (`api_key_rate_limited`: over the API key's own limit); see Retry-After. */
            429: {
                headers: {
                    /** @description Seconds to wait. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Unexpected error; the body never contains internal details. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description A dependency (database, Redis) is unavailable or the server is shutting down; retry after the Retry-After header. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    getPrompt: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PromptVersionResponseDto"];
                };
            };
            /** @description Invalid input: malformed JSON, nesting deeper than 32 levels (`json_too_deep`), text with NUL or unpaired surrogates (`invalid_text`, naming the field), failed validation or unknown fields. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Not signed in, or the token or API key is invalid (`api_key_expired` for an expired key). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Signed in without the required role or scope. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description A path parameter is too long. */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Too many requests (`api_key_rate_limited`: over the API key's own limit); see Retry-After. */
            429: {
                headers: {
                    /** @description Seconds to wait. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Unexpected error; the body never contains internal details. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description A dependency (database, Redis) is unavailable or the server is shutting down; retry after the Retry-After header. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    activatePrompt: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PromptVersionResponseDto"];
                };
            };
            /** @description Invalid input: malformed JSON, nesting deeper than 32 levels (`json_too_deep`), text with NUL or unpaired surrogates (`invalid_text`, naming the field), failed validation or unknown fields. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Not signed in, or the token or API key is invalid (`api_key_expired` for an expired key). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Signed in without the required role or scope. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description The request body is too large. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description A path parameter is too long. */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Unsupported content type. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Too many requests (`api_key_rate_limited`: over the API key's own limit); see Retry-After. */
            429: {
                headers: {
                    /** @description Seconds to wait. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Unexpected error; the body never contains internal details. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description A dependency (database, Redis) is unavailable or the server is shutting down; retry after the Retry-After header. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    diffPrompt: {
        parameters: {
            query: {
                /** @description The version to compare against (the "before" side) */
                against: string;
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PromptDiffResponseDto"];
                };
            };
            /** @description Invalid input: malformed JSON, nesting deeper than 32 levels (`json_too_deep`), text with NUL or unpaired surrogates (`invalid_text`, naming the field), failed validation or unknown fields. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Not signed in, or the token or API key is invalid (`api_key_expired` for an expired key). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Signed in without the required role or scope. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description A path parameter is too long. */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Too many requests (`api_key_rate_limited`: over the API key's own limit); see Retry-After. */
            429: {
                headers: {
                    /** @description Seconds to wait. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Unexpected error; the body never contains internal details. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description A dependency (database, Redis) is unavailable or the server is shutting down; retry after the Retry-After header. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    previewPrompt: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PreviewPromptDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PromptPreviewResponseDto"];
                };
            };
            /** @description Invalid input: malformed JSON, nesting deeper than 32 levels (`json_too_deep`), text with NUL or unpaired surrogates (`invalid_text`, naming the field), failed validation or unknown fields. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Not signed in, or the token or API key is invalid (`api_key_expired` for an expired key). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Signed in without the required role or scope. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description `prompt_not_found`: a pinned version id does not exist. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description The request body is too large. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Unsupported content type. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Too many requests (`api_key_rate_limited`: over the API key's own limit); see Retry-After. */
            429: {
                headers: {
                    /** @description Seconds to wait. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Unexpected error; the body never contains internal details. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description A dependency (database, Redis) is unavailable or the server is shutting down; retry after the Retry-After header. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    getCoachState: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CoachStateResponseDto"];
                };
            };
            /** @description Invalid input: malformed JSON, nesting deeper than 32 levels (`json_too_deep`), text with NUL or unpaired surrogates (`invalid_text`, naming the field), failed validation or unknown fields. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Not signed in or the token is invalid. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Unexpected error; the body never contains internal details. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description A dependency (database, Redis) is unavailable or the server is shutting down; retry after the Retry-After header. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    listCoachMessages: {
        parameters: {
            query?: {
                limit?: number;
                /** @description The id of the oldest message already shown */
                before?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MessagePageResponseDto"];
                };
            };
            /** @description Invalid input: malformed JSON, nesting deeper than 32 levels (`json_too_deep`), text with NUL or unpaired surrogates (`invalid_text`, naming the field), failed validation or unknown fields. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Not signed in or the token is invalid. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Unexpected error; the body never contains internal details. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description A dependency (database, Redis) is unavailable or the server is shutting down; retry after the Retry-After header. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    getCoachCatalog: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CoachCatalogResponseDto"];
                };
            };
            /** @description Invalid input: malformed JSON, nesting deeper than 32 levels (`json_too_deep`), text with NUL or unpaired surrogates (`invalid_text`, naming the field), failed validation or unknown fields. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Not signed in or the token is invalid. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Unexpected error; the body never contains internal details. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description A dependency (database, Redis) is unavailable or the server is shutting down; retry after the Retry-After header. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    resetCoaching: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ResetCoachingDto"];
            };
        };
        responses: {
            /** @description Your coaching data was cleared. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Invalid input: malformed JSON, nesting deeper than 32 levels (`json_too_deep`), text with NUL or unpaired surrogates (`invalid_text`, naming the field), failed validation or unknown fields. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Not signed in or the token is invalid. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description `turn_in_progress` */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description The request body is too large. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Unsupported content type. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Too many requests; see the Retry-After header. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Unexpected error; the body never contains internal details. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description A dependency (database, Redis) is unavailable or the server is shutting down; retry after the Retry-After header. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    listIdentities: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["IdentityResponseDto"][];
                };
            };
            /** @description Invalid input: malformed JSON, nesting deeper than 32 levels (`json_too_deep`), text with NUL or unpaired surrogates (`invalid_text`, naming the field), failed validation or unknown fields. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Not signed in or the token is invalid. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Unexpected error; the body never contains internal details. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description A dependency (database, Redis) is unavailable or the server is shutting down; retry after the Retry-After header. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    createIdentity: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateIdentityDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["IdentityResponseDto"];
                };
            };
            /** @description Invalid input: malformed JSON, nesting deeper than 32 levels (`json_too_deep`), text with NUL or unpaired surrogates (`invalid_text`, naming the field), failed validation or unknown fields. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Not signed in or the token is invalid. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description `duplicate_identity_name` */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description The request body is too large. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Unsupported content type. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Too many requests; see the Retry-After header. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Unexpected error; the body never contains internal details. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description A dependency (database, Redis) is unavailable or the server is shutting down; retry after the Retry-After header. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    reorderIdentities: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ReorderIdentitiesDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["IdentityResponseDto"][];
                };
            };
            /** @description `invalid_reorder` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Not signed in or the token is invalid. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description `identity_not_found` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description The request body is too large. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Unsupported content type. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Too many requests; see the Retry-After header. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Unexpected error; the body never contains internal details. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description A dependency (database, Redis) is unavailable or the server is shutting down; retry after the Retry-After header. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    downloadIAmStatements: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The PDF document. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/pdf": string;
                };
            };
            /** @description Invalid input: malformed JSON, nesting deeper than 32 levels (`json_too_deep`), text with NUL or unpaired surrogates (`invalid_text`, naming the field), failed validation or unknown fields. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Not signed in or the token is invalid. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Unexpected error; the body never contains internal details. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description A dependency (database, Redis) is unavailable or the server is shutting down; retry after the Retry-After header. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    getIdentity: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["IdentityResponseDto"];
                };
            };
            /** @description Invalid input: malformed JSON, nesting deeper than 32 levels (`json_too_deep`), text with NUL or unpaired surrogates (`invalid_text`, naming the field), failed validation or unknown fields. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Not signed in or the token is invalid. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description `identity_not_found` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description A path parameter is too long. */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Unexpected error; the body never contains internal details. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description A dependency (database, Redis) is unavailable or the server is shutting down; retry after the Retry-After header. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    archiveIdentity: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Archived. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Invalid input: malformed JSON, nesting deeper than 32 levels (`json_too_deep`), text with NUL or unpaired surrogates (`invalid_text`, naming the field), failed validation or unknown fields. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Not signed in or the token is invalid. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description `identity_not_found` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description A path parameter is too long. */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Unexpected error; the body never contains internal details. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description A dependency (database, Redis) is unavailable or the server is shutting down; retry after the Retry-After header. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    updateIdentity: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateIdentityDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["IdentityResponseDto"];
                };
            };
            /** @description Invalid input: malformed JSON, nesting deeper than 32 levels (`json_too_deep`), text with NUL or unpaired surrogates (`invalid_text`, naming the field), failed validation or unknown fields. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Not signed in or the token is invalid. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description `identity_not_found` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description `duplicate_identity_name` */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description The request body is too large. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description A path parameter is too long. */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Unsupported content type. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Too many requests; see the Retry-After header. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Unexpected error; the body never contains internal details. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description A dependency (database, Redis) is unavailable or the server is shutting down; retry after the Retry-After header. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    createTurn: {
        parameters: {
            query?: {
                /** @description Block until the turn is done and answer with its result (200) instead of 202 */
                wait?: boolean;
            };
            header?: {
                /** @description Same key and body → the same turn, never a second model call; another body → 409 */
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateTurnDto"];
            };
        };
        responses: {
            /** @description Answered without the model, or `?wait=true` */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TurnResultResponseDto"];
                };
            };
            /** @description Queued; follow `/coach/turns/:id/events` */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TurnAcceptedResponseDto"];
                };
            };
            /** @description `empty_turn`, `validation_failed` (e.g. message over 4000 characters), `button_not_offered` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Not signed in or the token is invalid. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description `message_not_found` (the card’s message) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description `turn_in_progress`, `idempotency_key_reused`, `on_break`, `card_expired`, `card_not_interactive` */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description The request body is too large. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Unsupported content type. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description `turn_rate_limited` or `daily_token_budget_exceeded`; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Unexpected error; the body never contains internal details. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description A dependency (database, Redis) is unavailable or the server is shutting down; retry after the Retry-After header. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    getTurn: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TurnResultResponseDto"];
                };
            };
            /** @description Invalid input: malformed JSON, nesting deeper than 32 levels (`json_too_deep`), text with NUL or unpaired surrogates (`invalid_text`, naming the field), failed validation or unknown fields. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Not signed in or the token is invalid. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description `turn_not_found` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description A path parameter is too long. */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Unexpected error; the body never contains internal details. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description A dependency (database, Redis) is unavailable or the server is shutting down; retry after the Retry-After header. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    streamTurnEvents: {
        parameters: {
            query?: never;
            header?: {
                /** @description Resume after this event id */
                "Last-Event-ID"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description An event stream; ids are 1, 2, 3… per turn */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description `invalid_last_event_id` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/event-stream": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Not signed in or the token is invalid. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description `turn_not_found` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/event-stream": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description A path parameter is too long. */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Unexpected error; the body never contains internal details. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description A dependency (database, Redis) is unavailable or the server is shutting down; retry after the Retry-After header. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    createAdminTestUserTurn: {
        parameters: {
            query?: {
                /** @description Block until the turn is done and answer with its result (200) instead of 202 */
                wait?: boolean;
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateTurnDto"];
            };
        };
        responses: {
            /** @description Answered without the model, or `?wait=true` */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TurnResultResponseDto"];
                };
            };
            /** @description Queued; poll `GET /admin/coach/users/:id/turns/:turnId` */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TurnAcceptedResponseDto"];
                };
            };
            /** @description `empty_turn`, `validation_failed`, `button_not_offered` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Not signed in or the token is invalid. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description `not_a_test_user`: staff never speak for a real client. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description `message_not_found` (the card’s message) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description `turn_in_progress`, `on_break`, `card_expired`, `card_not_interactive` */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description The request body is too large. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description A path parameter is too long. */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Unsupported content type. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description `turn_rate_limited` or `daily_token_budget_exceeded` (the test user’s quotas) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Unexpected error; the body never contains internal details. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description A dependency (database, Redis) is unavailable or the server is shutting down; retry after the Retry-After header. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    getAdminTestUserTurn: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                turnId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TurnResultResponseDto"];
                };
            };
            /** @description Invalid input: malformed JSON, nesting deeper than 32 levels (`json_too_deep`), text with NUL or unpaired surrogates (`invalid_text`, naming the field), failed validation or unknown fields. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Not signed in or the token is invalid. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description `not_a_test_user`: staff never speak for a real client. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description `turn_not_found` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description A path parameter is too long. */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Unexpected error; the body never contains internal details. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description A dependency (database, Redis) is unavailable or the server is shutting down; retry after the Retry-After header. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    listSafetyEvents: {
        parameters: {
            query?: {
                /** @description JSON `[field, "ASC" | "DESC"]`, e.g. `["createdAt","DESC"]`; the fields each list sorts by are in its description */
                sort?: string;
                /** @description JSON `[first, last]`, inclusive, zero-based */
                range?: string;
                /** @description JSON object of filters, e.g. `{"q":"ann"}`; `q` is free-text search where the list has it */
                filter?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    "Content-Range"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SafetyEventSummaryDto"][];
                };
            };
            /** @description Invalid input: malformed JSON, nesting deeper than 32 levels (`json_too_deep`), text with NUL or unpaired surrogates (`invalid_text`, naming the field), failed validation or unknown fields. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Not signed in or the token is invalid. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Signed in without the required role or scope. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Unexpected error; the body never contains internal details. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description A dependency (database, Redis) is unavailable or the server is shutting down; retry after the Retry-After header. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    getSafetyEvent: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SafetyEventDetailDto"];
                };
            };
            /** @description Invalid input: malformed JSON, nesting deeper than 32 levels (`json_too_deep`), text with NUL or unpaired surrogates (`invalid_text`, naming the field), failed validation or unknown fields. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Not signed in or the token is invalid. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Signed in without the required role or scope. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Nothing with this id exists, or it belongs to someone else. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description A path parameter is too long. */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Unexpected error; the body never contains internal details. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description A dependency (database, Redis) is unavailable or the server is shutting down; retry after the Retry-After header. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    resolveSafetyEvent: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ResolveSafetyEventDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SafetyEventDetailDto"];
                };
            };
            /** @description Invalid input: malformed JSON, nesting deeper than 32 levels (`json_too_deep`), text with NUL or unpaired surrogates (`invalid_text`, naming the field), failed validation or unknown fields. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Not signed in or the token is invalid. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Signed in without the required role or scope. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Nothing with this id exists, or it belongs to someone else. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description The request body is too large. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description A path parameter is too long. */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Unsupported content type. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Too many requests; see the Retry-After header. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Unexpected error; the body never contains internal details. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description A dependency (database, Redis) is unavailable or the server is shutting down; retry after the Retry-After header. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    listNotes: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["NoteResponseDto"][];
                };
            };
            /** @description Invalid input: malformed JSON, nesting deeper than 32 levels (`json_too_deep`), text with NUL or unpaired surrogates (`invalid_text`, naming the field), failed validation or unknown fields. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Not signed in or the token is invalid. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Unexpected error; the body never contains internal details. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description A dependency (database, Redis) is unavailable or the server is shutting down; retry after the Retry-After header. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    deleteNote: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Invalid input: malformed JSON, nesting deeper than 32 levels (`json_too_deep`), text with NUL or unpaired surrogates (`invalid_text`, naming the field), failed validation or unknown fields. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Not signed in or the token is invalid. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description `note_not_found` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description A path parameter is too long. */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Unexpected error; the body never contains internal details. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description A dependency (database, Redis) is unavailable or the server is shutting down; retry after the Retry-After header. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    updateNote: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateNoteDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["NoteResponseDto"];
                };
            };
            /** @description `validation_failed` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Not signed in or the token is invalid. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description `note_not_found` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description The request body is too large. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description A path parameter is too long. */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Unsupported content type. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Too many requests; see the Retry-After header. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Unexpected error; the body never contains internal details. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description A dependency (database, Redis) is unavailable or the server is shutting down; retry after the Retry-After header. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    listAdminTestScenarios: {
        parameters: {
            query?: {
                /** @description JSON `[field, "ASC" | "DESC"]`, e.g. `["createdAt","DESC"]`; the fields each list sorts by are in its description */
                sort?: string;
                /** @description JSON `[first, last]`, inclusive, zero-based */
                range?: string;
                /** @description JSON object of filters, e.g. `{"q":"ann"}`; `q` is free-text search where the list has it */
                filter?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    /** @description e.g. `test-scenarios 0-24/31` */
                    "Content-Range"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TestScenarioDto"][];
                };
            };
            /** @description `validation_failed`: bad sort, range or filter. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Not signed in or the token is invalid. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Signed in without the required role or scope. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Unexpected error; the body never contains internal details. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description A dependency (database, Redis) is unavailable or the server is shutting down; retry after the Retry-After header. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    createAdminTestScenario: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateTestScenarioDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TestScenarioDto"];
                };
            };
            /** @description `validation_failed` (a field of the document, named in `details`) or `invalid_snapshot` (duplicate identity names, unknown `currentIdentity`). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Not signed in or the token is invalid. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Signed in without the required role or scope. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description `scenario_name_taken`. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description The request body is too large. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Unsupported content type. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Too many requests; see the Retry-After header. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Unexpected error; the body never contains internal details. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description A dependency (database, Redis) is unavailable or the server is shutting down; retry after the Retry-After header. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    freezeAdminTestScenario: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["FreezeTestScenarioDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TestScenarioDto"];
                };
            };
            /** @description `validation_failed`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Not signed in or the token is invalid. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Signed in without the required role or scope. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description `user_not_found`. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description `scenario_name_taken`. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description The request body is too large. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Unsupported content type. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Too many requests; see the Retry-After header. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Unexpected error; the body never contains internal details. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description A dependency (database, Redis) is unavailable or the server is shutting down; retry after the Retry-After header. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    getAdminTestScenario: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TestScenarioDto"];
                };
            };
            /** @description Invalid input: malformed JSON, nesting deeper than 32 levels (`json_too_deep`), text with NUL or unpaired surrogates (`invalid_text`, naming the field), failed validation or unknown fields. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Not signed in or the token is invalid. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Signed in without the required role or scope. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description `scenario_not_found`. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description A path parameter is too long. */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Unexpected error; the body never contains internal details. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description A dependency (database, Redis) is unavailable or the server is shutting down; retry after the Retry-After header. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    deleteAdminTestScenario: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TestScenarioDto"];
                };
            };
            /** @description Invalid input: malformed JSON, nesting deeper than 32 levels (`json_too_deep`), text with NUL or unpaired surrogates (`invalid_text`, naming the field), failed validation or unknown fields. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Not signed in or the token is invalid. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Signed in without the required role or scope. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description `scenario_not_found`. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description A path parameter is too long. */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Unexpected error; the body never contains internal details. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description A dependency (database, Redis) is unavailable or the server is shutting down; retry after the Retry-After header. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    updateAdminTestScenario: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateTestScenarioDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TestScenarioDto"];
                };
            };
            /** @description `validation_failed` (a field of the document, named in `details`) or `invalid_snapshot` (duplicate identity names, unknown `currentIdentity`). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Not signed in or the token is invalid. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Signed in without the required role or scope. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description `scenario_not_found`. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description `scenario_name_taken`. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description The request body is too large. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description A path parameter is too long. */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Unsupported content type. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Too many requests; see the Retry-After header. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Unexpected error; the body never contains internal details. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description A dependency (database, Redis) is unavailable or the server is shutting down; retry after the Retry-After header. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    instantiateAdminTestScenario: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TestUserDto"];
                };
            };
            /** @description Invalid input: malformed JSON, nesting deeper than 32 levels (`json_too_deep`), text with NUL or unpaired surrogates (`invalid_text`, naming the field), failed validation or unknown fields. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Not signed in or the token is invalid. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Signed in without the required role or scope. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description `scenario_not_found`. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description The request body is too large. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description A path parameter is too long. */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Unsupported content type. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Too many requests; see the Retry-After header. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Unexpected error; the body never contains internal details. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description A dependency (database, Redis) is unavailable or the server is shutting down; retry after the Retry-After header. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    resetAdminTestUser: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ResetTestUserDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TestUserDto"];
                };
            };
            /** @description Invalid input: malformed JSON, nesting deeper than 32 levels (`json_too_deep`), text with NUL or unpaired surrogates (`invalid_text`, naming the field), failed validation or unknown fields. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Not signed in or the token is invalid. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description `not_a_test_user`: a real client is never reset here. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description `scenario_not_found`. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description `wrong_scenario` (made from another scenario) or `turn_in_progress`. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description The request body is too large. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description A path parameter is too long. */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Unsupported content type. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Too many requests; see the Retry-After header. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Unexpected error; the body never contains internal details. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description A dependency (database, Redis) is unavailable or the server is shutting down; retry after the Retry-After header. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    getStudio: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["StudioStateDto"];
                };
            };
            /** @description Invalid input: malformed JSON, nesting deeper than 32 levels (`json_too_deep`), text with NUL or unpaired surrogates (`invalid_text`, naming the field), failed validation or unknown fields. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Not signed in or the token is invalid. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Unexpected error; the body never contains internal details. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description A dependency (database, Redis) is unavailable or the server is shutting down; retry after the Retry-After header. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    updateAppearance: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateAppearanceDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["StudioAppearanceDto"];
                };
            };
            /** @description `validation_failed` (over 500 characters) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Not signed in or the token is invalid. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description `studio_locked`: not in the last phase and no override */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description The request body is too large. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Unsupported content type. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Too many requests; see the Retry-After header. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Unexpected error; the body never contains internal details. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description A dependency (database, Redis) is unavailable or the server is shutting down; retry after the Retry-After header. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    uploadReference: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "multipart/form-data": {
                    /** Format: binary */
                    file: string;
                };
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["StudioReferenceDto"];
                };
            };
            /** @description `invalid_image`: not a JPEG, PNG or WebP photo */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Not signed in or the token is invalid. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description `studio_locked`: not in the last phase and no override */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description `reference_limit_reached` (5 photos) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description `image_too_large` */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Unsupported content type. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description `reference_photo_blocked` (the moderation model flagged the photo; nothing is stored) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Too many requests; see the Retry-After header. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Unexpected error; the body never contains internal details. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description A dependency (database, Redis) is unavailable or the server is shutting down; retry after the Retry-After header. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    deleteReference: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Deleted, files included. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Invalid input: malformed JSON, nesting deeper than 32 levels (`json_too_deep`), text with NUL or unpaired surrogates (`invalid_text`, naming the field), failed validation or unknown fields. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Not signed in or the token is invalid. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description `reference_not_found` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description A path parameter is too long. */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Unexpected error; the body never contains internal details. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description A dependency (database, Redis) is unavailable or the server is shutting down; retry after the Retry-After header. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    getReferenceImage: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The image bytes */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "image/jpeg": string;
                    "image/png": string;
                    "image/webp": string;
                };
            };
            /** @description Invalid input: malformed JSON, nesting deeper than 32 levels (`json_too_deep`), text with NUL or unpaired surrogates (`invalid_text`, naming the field), failed validation or unknown fields. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Not signed in or the token is invalid. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description `reference_not_found` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "image/jpeg": components["schemas"]["ErrorResponseDto"];
                    "image/png": components["schemas"]["ErrorResponseDto"];
                    "image/webp": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description A path parameter is too long. */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Unexpected error; the body never contains internal details. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description A dependency (database, Redis) is unavailable or the server is shutting down; retry after the Retry-After header. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    getReferenceThumbnail: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The image bytes */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "image/jpeg": string;
                    "image/png": string;
                    "image/webp": string;
                };
            };
            /** @description Invalid input: malformed JSON, nesting deeper than 32 levels (`json_too_deep`), text with NUL or unpaired surrogates (`invalid_text`, naming the field), failed validation or unknown fields. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Not signed in or the token is invalid. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description `reference_not_found` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "image/jpeg": components["schemas"]["ErrorResponseDto"];
                    "image/png": components["schemas"]["ErrorResponseDto"];
                    "image/webp": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description A path parameter is too long. */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Unexpected error; the body never contains internal details. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description A dependency (database, Redis) is unavailable or the server is shutting down; retry after the Retry-After header. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    updateScene: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                identityId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateSceneDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["StudioSceneDto"];
                };
            };
            /** @description `validation_failed` (a field over 300 characters) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Not signed in or the token is invalid. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description `studio_locked`: not in the last phase and no override */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description `identity_not_found` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description The request body is too large. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description A path parameter is too long. */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Unsupported content type. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Too many requests; see the Retry-After header. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Unexpected error; the body never contains internal details. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description A dependency (database, Redis) is unavailable or the server is shutting down; retry after the Retry-After header. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    listDrafts: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                identityId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["StudioDraftDto"][];
                };
            };
            /** @description Invalid input: malformed JSON, nesting deeper than 32 levels (`json_too_deep`), text with NUL or unpaired surrogates (`invalid_text`, naming the field), failed validation or unknown fields. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Not signed in or the token is invalid. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description `identity_not_found` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description A path parameter is too long. */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Unexpected error; the body never contains internal details. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description A dependency (database, Redis) is unavailable or the server is shutting down; retry after the Retry-After header. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    generateDraft: {
        parameters: {
            query?: never;
            header?: {
                /** @description Same key and request → the same draft, charged once; another request → 409 */
                "Idempotency-Key"?: string;
            };
            path: {
                identityId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["StudioDraftDto"];
                };
            };
            /** @description Invalid input: malformed JSON, nesting deeper than 32 levels (`json_too_deep`), text with NUL or unpaired surrogates (`invalid_text`, naming the field), failed validation or unknown fields. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Not signed in or the token is invalid. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description `studio_locked`: not in the last phase and no override */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description `identity_not_found` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description `idempotency_key_reused` */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description The request body is too large. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description A path parameter is too long. */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Unsupported content type. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description `image_prompt_blocked` */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description `image_quota_exceeded`; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Unexpected error; the body never contains internal details. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description A dependency (database, Redis) is unavailable or the server is shutting down; retry after the Retry-After header. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    refineDraft: {
        parameters: {
            query?: never;
            header?: {
                /** @description Same key and request → the same draft, charged once; another request → 409 */
                "Idempotency-Key"?: string;
            };
            path: {
                draftId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RefineDraftDto"];
            };
        };
        responses: {
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["StudioDraftDto"];
                };
            };
            /** @description `validation_failed` (instruction 1–300 characters) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Not signed in or the token is invalid. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description `studio_locked`: not in the last phase and no override */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description `draft_not_found` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description `draft_not_ready`, `idempotency_key_reused` */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description The request body is too large. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description A path parameter is too long. */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Unsupported content type. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description `image_prompt_blocked` */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description `image_quota_exceeded`; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Unexpected error; the body never contains internal details. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description A dependency (database, Redis) is unavailable or the server is shutting down; retry after the Retry-After header. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    streamDraftEvents: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                draftId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description An event stream */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Invalid input: malformed JSON, nesting deeper than 32 levels (`json_too_deep`), text with NUL or unpaired surrogates (`invalid_text`, naming the field), failed validation or unknown fields. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Not signed in or the token is invalid. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description `draft_not_found` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/event-stream": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description A path parameter is too long. */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Unexpected error; the body never contains internal details. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description A dependency (database, Redis) is unavailable or the server is shutting down; retry after the Retry-After header. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    getDraftImage: {
        parameters: {
            query?: {
                /** @description `1`: answer as an attachment to save */
                download?: "1";
            };
            header?: never;
            path: {
                draftId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The image bytes */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "image/png": string;
                };
            };
            /** @description Invalid input: malformed JSON, nesting deeper than 32 levels (`json_too_deep`), text with NUL or unpaired surrogates (`invalid_text`, naming the field), failed validation or unknown fields. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Not signed in or the token is invalid. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description `draft_not_found`, `image_not_found` (not ready) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "image/png": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description A path parameter is too long. */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Unexpected error; the body never contains internal details. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description A dependency (database, Redis) is unavailable or the server is shutting down; retry after the Retry-After header. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    getDraftThumbnail: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                draftId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The image bytes */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "image/png": string;
                };
            };
            /** @description Invalid input: malformed JSON, nesting deeper than 32 levels (`json_too_deep`), text with NUL or unpaired surrogates (`invalid_text`, naming the field), failed validation or unknown fields. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Not signed in or the token is invalid. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description `draft_not_found`, `image_not_found` (not ready) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "image/png": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description A path parameter is too long. */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Unexpected error; the body never contains internal details. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description A dependency (database, Redis) is unavailable or the server is shutting down; retry after the Retry-After header. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    saveDraft: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                draftId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["StudioIdentityDto"];
                };
            };
            /** @description Invalid input: malformed JSON, nesting deeper than 32 levels (`json_too_deep`), text with NUL or unpaired surrogates (`invalid_text`, naming the field), failed validation or unknown fields. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Not signed in or the token is invalid. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description `studio_locked`: not in the last phase and no override */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description `draft_not_found` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description `draft_not_ready` */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description The request body is too large. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description A path parameter is too long. */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Unsupported content type. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Too many requests; see the Retry-After header. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Unexpected error; the body never contains internal details. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description A dependency (database, Redis) is unavailable or the server is shutting down; retry after the Retry-After header. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    deleteDraft: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                draftId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Deleted. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Invalid input: malformed JSON, nesting deeper than 32 levels (`json_too_deep`), text with NUL or unpaired surrogates (`invalid_text`, naming the field), failed validation or unknown fields. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Not signed in or the token is invalid. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description `draft_not_found` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description A path parameter is too long. */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Unexpected error; the body never contains internal details. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description A dependency (database, Redis) is unavailable or the server is shutting down; retry after the Retry-After header. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    getIdentityImage: {
        parameters: {
            query?: {
                /** @description `1`: answer as an attachment to save */
                download?: "1";
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The PNG bytes */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "image/png": string;
                };
            };
            /** @description Invalid input: malformed JSON, nesting deeper than 32 levels (`json_too_deep`), text with NUL or unpaired surrogates (`invalid_text`, naming the field), failed validation or unknown fields. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Not signed in or the token is invalid. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description `identity_not_found`, `image_not_found` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "image/png": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description A path parameter is too long. */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Unexpected error; the body never contains internal details. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description A dependency (database, Redis) is unavailable or the server is shutting down; retry after the Retry-After header. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    getUserStudio: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AdminStudioDto"];
                };
            };
            /** @description Invalid input: malformed JSON, nesting deeper than 32 levels (`json_too_deep`), text with NUL or unpaired surrogates (`invalid_text`, naming the field), failed validation or unknown fields. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Not signed in or the token is invalid. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Signed in without the required role or scope. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description `user_not_found` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description A path parameter is too long. */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Unexpected error; the body never contains internal details. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description A dependency (database, Redis) is unavailable or the server is shutting down; retry after the Retry-After header. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    getStudioDraftImage: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The image bytes */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "image/png": string;
                };
            };
            /** @description Invalid input: malformed JSON, nesting deeper than 32 levels (`json_too_deep`), text with NUL or unpaired surrogates (`invalid_text`, naming the field), failed validation or unknown fields. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Not signed in or the token is invalid. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Signed in without the required role or scope. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description `draft_not_found`, `image_not_found` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "image/png": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description A path parameter is too long. */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Unexpected error; the body never contains internal details. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description A dependency (database, Redis) is unavailable or the server is shutting down; retry after the Retry-After header. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    getStudioDraftThumbnail: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The image bytes */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "image/png": string;
                };
            };
            /** @description Invalid input: malformed JSON, nesting deeper than 32 levels (`json_too_deep`), text with NUL or unpaired surrogates (`invalid_text`, naming the field), failed validation or unknown fields. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Not signed in or the token is invalid. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Signed in without the required role or scope. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description `draft_not_found`, `image_not_found` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "image/png": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description A path parameter is too long. */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Unexpected error; the body never contains internal details. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description A dependency (database, Redis) is unavailable or the server is shutting down; retry after the Retry-After header. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    getStudioReferenceImage: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The image bytes */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "image/jpeg": string;
                    "image/png": string;
                    "image/webp": string;
                };
            };
            /** @description Invalid input: malformed JSON, nesting deeper than 32 levels (`json_too_deep`), text with NUL or unpaired surrogates (`invalid_text`, naming the field), failed validation or unknown fields. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Not signed in or the token is invalid. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Signed in without the required role or scope. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description `reference_not_found` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "image/jpeg": components["schemas"]["ErrorResponseDto"];
                    "image/png": components["schemas"]["ErrorResponseDto"];
                    "image/webp": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description A path parameter is too long. */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Unexpected error; the body never contains internal details. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description A dependency (database, Redis) is unavailable or the server is shutting down; retry after the Retry-After header. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    getStudioReferenceThumbnail: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The image bytes */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "image/jpeg": string;
                    "image/png": string;
                    "image/webp": string;
                };
            };
            /** @description Invalid input: malformed JSON, nesting deeper than 32 levels (`json_too_deep`), text with NUL or unpaired surrogates (`invalid_text`, naming the field), failed validation or unknown fields. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Not signed in or the token is invalid. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Signed in without the required role or scope. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description `reference_not_found` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "image/jpeg": components["schemas"]["ErrorResponseDto"];
                    "image/png": components["schemas"]["ErrorResponseDto"];
                    "image/webp": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description A path parameter is too long. */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Unexpected error; the body never contains internal details. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description A dependency (database, Redis) is unavailable or the server is shutting down; retry after the Retry-After header. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    listTurns: {
        parameters: {
            query?: {
                /** @description JSON `[field, "ASC" | "DESC"]`, e.g. `["createdAt","DESC"]`; the fields each list sorts by are in its description */
                sort?: string;
                /** @description JSON `[first, last]`, inclusive, zero-based */
                range?: string;
                /** @description JSON object of filters, e.g. `{"q":"ann"}`; `q` is free-text search where the list has it */
                filter?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    /** @description e.g. `turns 0-24/319` */
                    "Content-Range"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AdminTurnDto"][];
                };
            };
            /** @description Invalid input: malformed JSON, nesting deeper than 32 levels (`json_too_deep`), text with NUL or unpaired surrogates (`invalid_text`, naming the field), failed validation or unknown fields. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Not signed in or the token is invalid. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Signed in without the required role or scope. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Unexpected error; the body never contains internal details. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description A dependency (database, Redis) is unavailable or the server is shutting down; retry after the Retry-After header. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    getAdminTurn: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AdminTurnDto"];
                };
            };
            /** @description Invalid input: malformed JSON, nesting deeper than 32 levels (`json_too_deep`), text with NUL or unpaired surrogates (`invalid_text`, naming the field), failed validation or unknown fields. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Not signed in or the token is invalid. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Signed in without the required role or scope. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description `not_found`. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description A path parameter is too long. */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Unexpected error; the body never contains internal details. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description A dependency (database, Redis) is unavailable or the server is shutting down; retry after the Retry-After header. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    failAdminTurn: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AdminTurnDto"];
                };
            };
            /** @description Invalid input: malformed JSON, nesting deeper than 32 levels (`json_too_deep`), text with NUL or unpaired surrogates (`invalid_text`, naming the field), failed validation or unknown fields. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Not signed in or the token is invalid. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Signed in without the required role or scope. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description `not_found`. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description `turn_not_running`: it already finished. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description The request body is too large. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description A path parameter is too long. */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Unsupported content type. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Too many requests; see the Retry-After header. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Unexpected error; the body never contains internal details. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description A dependency (database, Redis) is unavailable or the server is shutting down; retry after the Retry-After header. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    listAdminMessages: {
        parameters: {
            query?: {
                /** @description JSON `[field, "ASC" | "DESC"]`, e.g. `["createdAt","DESC"]`; the fields each list sorts by are in its description */
                sort?: string;
                /** @description JSON `[first, last]`, inclusive, zero-based */
                range?: string;
                /** @description JSON object of filters, e.g. `{"q":"ann"}`; `q` is free-text search where the list has it */
                filter?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    /** @description e.g. `turns 0-24/319` */
                    "Content-Range"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AdminMessageDto"][];
                };
            };
            /** @description Invalid input: malformed JSON, nesting deeper than 32 levels (`json_too_deep`), text with NUL or unpaired surrogates (`invalid_text`, naming the field), failed validation or unknown fields. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Not signed in or the token is invalid. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Signed in without the required role or scope. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Unexpected error; the body never contains internal details. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description A dependency (database, Redis) is unavailable or the server is shutting down; retry after the Retry-After header. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    getAdminMessage: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AdminMessageDto"];
                };
            };
            /** @description Invalid input: malformed JSON, nesting deeper than 32 levels (`json_too_deep`), text with NUL or unpaired surrogates (`invalid_text`, naming the field), failed validation or unknown fields. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Not signed in or the token is invalid. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Signed in without the required role or scope. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description `not_found`. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description A path parameter is too long. */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Unexpected error; the body never contains internal details. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description A dependency (database, Redis) is unavailable or the server is shutting down; retry after the Retry-After header. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    getAdminIdentity: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AdminIdentityDto"];
                };
            };
            /** @description Invalid input: malformed JSON, nesting deeper than 32 levels (`json_too_deep`), text with NUL or unpaired surrogates (`invalid_text`, naming the field), failed validation or unknown fields. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Not signed in or the token is invalid. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Signed in without the required role or scope. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description `not_found`. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description A path parameter is too long. */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Unexpected error; the body never contains internal details. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description A dependency (database, Redis) is unavailable or the server is shutting down; retry after the Retry-After header. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    updateAdminIdentity: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AdminUpdateIdentityDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AdminIdentityDto"];
                };
            };
            /** @description Invalid input: malformed JSON, nesting deeper than 32 levels (`json_too_deep`), text with NUL or unpaired surrogates (`invalid_text`, naming the field), failed validation or unknown fields. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Not signed in or the token is invalid. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Signed in without the required role or scope. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description `not_found`. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description `change_rejected`: the engine refused it (name taken, already in that state…). */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description The request body is too large. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description A path parameter is too long. */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Unsupported content type. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Too many requests; see the Retry-After header. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Unexpected error; the body never contains internal details. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description A dependency (database, Redis) is unavailable or the server is shutting down; retry after the Retry-After header. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    listAdminIdentities: {
        parameters: {
            query?: {
                /** @description JSON `[field, "ASC" | "DESC"]`, e.g. `["createdAt","DESC"]`; the fields each list sorts by are in its description */
                sort?: string;
                /** @description JSON `[first, last]`, inclusive, zero-based */
                range?: string;
                /** @description JSON object of filters, e.g. `{"q":"ann"}`; `q` is free-text search where the list has it */
                filter?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    /** @description e.g. `turns 0-24/319` */
                    "Content-Range"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AdminIdentityDto"][];
                };
            };
            /** @description Invalid input: malformed JSON, nesting deeper than 32 levels (`json_too_deep`), text with NUL or unpaired surrogates (`invalid_text`, naming the field), failed validation or unknown fields. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Not signed in or the token is invalid. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Signed in without the required role or scope. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Unexpected error; the body never contains internal details. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description A dependency (database, Redis) is unavailable or the server is shutting down; retry after the Retry-After header. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    getAdminCoachState: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AdminCoachStateDto"];
                };
            };
            /** @description Invalid input: malformed JSON, nesting deeper than 32 levels (`json_too_deep`), text with NUL or unpaired surrogates (`invalid_text`, naming the field), failed validation or unknown fields. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Not signed in or the token is invalid. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Signed in without the required role or scope. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description `not_found`. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description A path parameter is too long. */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Unexpected error; the body never contains internal details. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description A dependency (database, Redis) is unavailable or the server is shutting down; retry after the Retry-After header. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    updateAdminCoachState: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AdminUpdateCoachStateDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AdminCoachStateDto"];
                };
            };
            /** @description Invalid input: malformed JSON, nesting deeper than 32 levels (`json_too_deep`), text with NUL or unpaired surrogates (`invalid_text`, naming the field), failed validation or unknown fields. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Not signed in or the token is invalid. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Signed in without the required role or scope. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description `not_found`. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description `change_rejected`: the engine refused it (e.g. `illegal_transition`, `category_skipped`). */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description The request body is too large. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description A path parameter is too long. */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Unsupported content type. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Too many requests; see the Retry-After header. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Unexpected error; the body never contains internal details. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description A dependency (database, Redis) is unavailable or the server is shutting down; retry after the Retry-After header. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    listAdminCoachStates: {
        parameters: {
            query?: {
                /** @description JSON `[field, "ASC" | "DESC"]`, e.g. `["createdAt","DESC"]`; the fields each list sorts by are in its description */
                sort?: string;
                /** @description JSON `[first, last]`, inclusive, zero-based */
                range?: string;
                /** @description JSON object of filters, e.g. `{"q":"ann"}`; `q` is free-text search where the list has it */
                filter?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    /** @description e.g. `turns 0-24/319` */
                    "Content-Range"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AdminCoachStateDto"][];
                };
            };
            /** @description Invalid input: malformed JSON, nesting deeper than 32 levels (`json_too_deep`), text with NUL or unpaired surrogates (`invalid_text`, naming the field), failed validation or unknown fields. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Not signed in or the token is invalid. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Signed in without the required role or scope. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Unexpected error; the body never contains internal details. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description A dependency (database, Redis) is unavailable or the server is shutting down; retry after the Retry-After header. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    listAdminActions: {
        parameters: {
            query?: {
                /** @description JSON `[field, "ASC" | "DESC"]`, e.g. `["createdAt","DESC"]`; the fields each list sorts by are in its description */
                sort?: string;
                /** @description JSON `[first, last]`, inclusive, zero-based */
                range?: string;
                /** @description JSON object of filters, e.g. `{"q":"ann"}`; `q` is free-text search where the list has it */
                filter?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    /** @description e.g. `turns 0-24/319` */
                    "Content-Range"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AdminActionDto"][];
                };
            };
            /** @description Invalid input: malformed JSON, nesting deeper than 32 levels (`json_too_deep`), text with NUL or unpaired surrogates (`invalid_text`, naming the field), failed validation or unknown fields. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Not signed in or the token is invalid. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Signed in without the required role or scope. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Unexpected error; the body never contains internal details. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description A dependency (database, Redis) is unavailable or the server is shutting down; retry after the Retry-After header. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    getAdminAction: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AdminActionDto"];
                };
            };
            /** @description Invalid input: malformed JSON, nesting deeper than 32 levels (`json_too_deep`), text with NUL or unpaired surrogates (`invalid_text`, naming the field), failed validation or unknown fields. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Not signed in or the token is invalid. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Signed in without the required role or scope. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description `not_found`. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description A path parameter is too long. */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Unexpected error; the body never contains internal details. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description A dependency (database, Redis) is unavailable or the server is shutting down; retry after the Retry-After header. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    listAdminNotes: {
        parameters: {
            query?: {
                /** @description JSON `[field, "ASC" | "DESC"]`, e.g. `["createdAt","DESC"]`; the fields each list sorts by are in its description */
                sort?: string;
                /** @description JSON `[first, last]`, inclusive, zero-based */
                range?: string;
                /** @description JSON object of filters, e.g. `{"q":"ann"}`; `q` is free-text search where the list has it */
                filter?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    /** @description e.g. `turns 0-24/319` */
                    "Content-Range"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AdminNoteDto"][];
                };
            };
            /** @description Invalid input: malformed JSON, nesting deeper than 32 levels (`json_too_deep`), text with NUL or unpaired surrogates (`invalid_text`, naming the field), failed validation or unknown fields. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Not signed in or the token is invalid. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Signed in without the required role or scope. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Unexpected error; the body never contains internal details. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description A dependency (database, Redis) is unavailable or the server is shutting down; retry after the Retry-After header. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    getAdminNote: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AdminNoteDto"];
                };
            };
            /** @description Invalid input: malformed JSON, nesting deeper than 32 levels (`json_too_deep`), text with NUL or unpaired surrogates (`invalid_text`, naming the field), failed validation or unknown fields. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Not signed in or the token is invalid. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Signed in without the required role or scope. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description `not_found`. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description A path parameter is too long. */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Unexpected error; the body never contains internal details. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description A dependency (database, Redis) is unavailable or the server is shutting down; retry after the Retry-After header. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    listAdminBreaks: {
        parameters: {
            query?: {
                /** @description JSON `[field, "ASC" | "DESC"]`, e.g. `["createdAt","DESC"]`; the fields each list sorts by are in its description */
                sort?: string;
                /** @description JSON `[first, last]`, inclusive, zero-based */
                range?: string;
                /** @description JSON object of filters, e.g. `{"q":"ann"}`; `q` is free-text search where the list has it */
                filter?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    /** @description e.g. `turns 0-24/319` */
                    "Content-Range"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AdminBreakDto"][];
                };
            };
            /** @description Invalid input: malformed JSON, nesting deeper than 32 levels (`json_too_deep`), text with NUL or unpaired surrogates (`invalid_text`, naming the field), failed validation or unknown fields. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Not signed in or the token is invalid. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Signed in without the required role or scope. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Unexpected error; the body never contains internal details. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description A dependency (database, Redis) is unavailable or the server is shutting down; retry after the Retry-After header. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    getAdminBreak: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AdminBreakDto"];
                };
            };
            /** @description Invalid input: malformed JSON, nesting deeper than 32 levels (`json_too_deep`), text with NUL or unpaired surrogates (`invalid_text`, naming the field), failed validation or unknown fields. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Not signed in or the token is invalid. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Signed in without the required role or scope. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description `not_found`. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description A path parameter is too long. */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Unexpected error; the body never contains internal details. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description A dependency (database, Redis) is unavailable or the server is shutting down; retry after the Retry-After header. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    listAdminUsage: {
        parameters: {
            query?: {
                /** @description JSON `[field, "ASC" | "DESC"]`, e.g. `["createdAt","DESC"]`; the fields each list sorts by are in its description */
                sort?: string;
                /** @description JSON `[first, last]`, inclusive, zero-based */
                range?: string;
                /** @description JSON object of filters, e.g. `{"q":"ann"}`; `q` is free-text search where the list has it */
                filter?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    /** @description e.g. `turns 0-24/319` */
                    "Content-Range"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AdminUsageRowDto"][];
                };
            };
            /** @description Invalid input: malformed JSON, nesting deeper than 32 levels (`json_too_deep`), text with NUL or unpaired surrogates (`invalid_text`, naming the field), failed validation or unknown fields. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Not signed in, or the token or API key is invalid (`api_key_expired` for an expired key). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Signed in without the required role or scope. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Too many requests (`api_key_rate_limited`: over the API key's own limit); see Retry-After. */
            429: {
                headers: {
                    /** @description Seconds to wait. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Unexpected error; the body never contains internal details. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description A dependency (database, Redis) is unavailable or the server is shutting down; retry after the Retry-After header. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    exportAdminUsage: {
        parameters: {
            query?: {
                /** @description JSON `[field, "ASC" | "DESC"]`, e.g. `["createdAt","DESC"]`; the fields each list sorts by are in its description */
                sort?: string;
                /** @description JSON `[first, last]`, inclusive, zero-based */
                range?: string;
                /** @description JSON object of filters, e.g. `{"q":"ann"}`; `q` is free-text search where the list has it */
                filter?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description CSV with a header line. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/csv": string;
                };
            };
            /** @description Invalid input: malformed JSON, nesting deeper than 32 levels (`json_too_deep`), text with NUL or unpaired surrogates (`invalid_text`, naming the field), failed validation or unknown fields. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Not signed in, or the token or API key is invalid (`api_key_expired` for an expired key). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/csv": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Signed in without the required role or scope. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/csv": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Too many requests (`api_key_rate_limited`: over the API key's own limit); see Retry-After. */
            429: {
                headers: {
                    /** @description Seconds to wait. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "text/csv": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Unexpected error; the body never contains internal details. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description A dependency (database, Redis) is unavailable or the server is shutting down; retry after the Retry-After header. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    getAdminDashboard: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AdminDashboardDto"];
                };
            };
            /** @description Invalid input: malformed JSON, nesting deeper than 32 levels (`json_too_deep`), text with NUL or unpaired surrogates (`invalid_text`, naming the field), failed validation or unknown fields. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Not signed in or the token is invalid. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Signed in without the required role or scope. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Unexpected error; the body never contains internal details. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description A dependency (database, Redis) is unavailable or the server is shutting down; retry after the Retry-After header. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    listAdminVideos: {
        parameters: {
            query?: {
                /** @description JSON `[field, "ASC" | "DESC"]`, e.g. `["createdAt","DESC"]`; the fields each list sorts by are in its description */
                sort?: string;
                /** @description JSON `[first, last]`, inclusive, zero-based */
                range?: string;
                /** @description JSON object of filters, e.g. `{"q":"ann"}`; `q` is free-text search where the list has it */
                filter?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    /** @description e.g. `turns 0-24/319` */
                    "Content-Range"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AdminVideoDto"][];
                };
            };
            /** @description Invalid input: malformed JSON, nesting deeper than 32 levels (`json_too_deep`), text with NUL or unpaired surrogates (`invalid_text`, naming the field), failed validation or unknown fields. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Not signed in or the token is invalid. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Signed in without the required role or scope. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Unexpected error; the body never contains internal details. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description A dependency (database, Redis) is unavailable or the server is shutting down; retry after the Retry-After header. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    createAdminVideo: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AdminCreateVideoDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AdminVideoDto"];
                };
            };
            /** @description `validation_failed`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Not signed in or the token is invalid. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Signed in without the required role or scope. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description `video_key_taken`, or `video_slot_taken`: the session already has a video in that place. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description The request body is too large. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Unsupported content type. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Too many requests; see the Retry-After header. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Unexpected error; the body never contains internal details. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description A dependency (database, Redis) is unavailable or the server is shutting down; retry after the Retry-After header. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    getAdminVideo: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AdminVideoDto"];
                };
            };
            /** @description Invalid input: malformed JSON, nesting deeper than 32 levels (`json_too_deep`), text with NUL or unpaired surrogates (`invalid_text`, naming the field), failed validation or unknown fields. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Not signed in or the token is invalid. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Signed in without the required role or scope. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description `not_found`. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description A path parameter is too long. */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Unexpected error; the body never contains internal details. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description A dependency (database, Redis) is unavailable or the server is shutting down; retry after the Retry-After header. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    deleteAdminVideo: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AdminVideoDto"];
                };
            };
            /** @description Invalid input: malformed JSON, nesting deeper than 32 levels (`json_too_deep`), text with NUL or unpaired surrogates (`invalid_text`, naming the field), failed validation or unknown fields. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Not signed in or the token is invalid. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Signed in without the required role or scope. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description `not_found`. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description A path parameter is too long. */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Unexpected error; the body never contains internal details. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description A dependency (database, Redis) is unavailable or the server is shutting down; retry after the Retry-After header. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    updateAdminVideo: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AdminUpdateVideoDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AdminVideoDto"];
                };
            };
            /** @description `validation_failed`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Not signed in or the token is invalid. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Signed in without the required role or scope. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description `not_found`. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description `video_key_taken`, or `video_slot_taken`: the session already has a video in that place. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description The request body is too large. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description A path parameter is too long. */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Unsupported content type. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Too many requests; see the Retry-After header. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Unexpected error; the body never contains internal details. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description A dependency (database, Redis) is unavailable or the server is shutting down; retry after the Retry-After header. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    listAdminEvalRuns: {
        parameters: {
            query?: {
                /** @description JSON `[field, "ASC" | "DESC"]`, e.g. `["createdAt","DESC"]`; the fields each list sorts by are in its description */
                sort?: string;
                /** @description JSON `[first, last]`, inclusive, zero-based */
                range?: string;
                /** @description JSON object of filters, e.g. `{"q":"ann"}`; `q` is free-text search where the list has it */
                filter?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    /** @description e.g. `evals 0-24/40` */
                    "Content-Range"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AdminEvalRunDto"][];
                };
            };
            /** @description Invalid input: malformed JSON, nesting deeper than 32 levels (`json_too_deep`), text with NUL or unpaired surrogates (`invalid_text`, naming the field), failed validation or unknown fields. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Not signed in or the token is invalid. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Signed in without the required role or scope. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Unexpected error; the body never contains internal details. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description A dependency (database, Redis) is unavailable or the server is shutting down; retry after the Retry-After header. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    createAdminEvalRun: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["EvalReportDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AdminEvalRunDto"];
                };
            };
            /** @description `validation_failed`: not a report of this format. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Not signed in, or the token or API key is invalid (`api_key_expired` for an expired key). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Signed in without the required role or scope. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description `payload_too_large`: over 2 MB. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Unsupported content type. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Too many requests (`api_key_rate_limited`: over the API key's own limit); see Retry-After. */
            429: {
                headers: {
                    /** @description Seconds to wait. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Unexpected error; the body never contains internal details. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description A dependency (database, Redis) is unavailable or the server is shutting down; retry after the Retry-After header. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    getAdminEvalRun: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AdminEvalRunDetailDto"];
                };
            };
            /** @description Invalid input: malformed JSON, nesting deeper than 32 levels (`json_too_deep`), text with NUL or unpaired surrogates (`invalid_text`, naming the field), failed validation or unknown fields. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Not signed in or the token is invalid. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Signed in without the required role or scope. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description `not_found`. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description A path parameter is too long. */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Unexpected error; the body never contains internal details. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description A dependency (database, Redis) is unavailable or the server is shutting down; retry after the Retry-After header. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    getAdminEvalRunReport: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The HTML page (text/html; charset=utf-8). */
            200: {
                headers: {
                    /** @description default-src 'none'; only the page's stylesheet, by hash */
                    "Content-Security-Policy"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "text/html": string;
                };
            };
            /** @description Invalid input: malformed JSON, nesting deeper than 32 levels (`json_too_deep`), text with NUL or unpaired surrogates (`invalid_text`, naming the field), failed validation or unknown fields. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Not signed in or the token is invalid. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Signed in without the required role or scope. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description `not_found`. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/html": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description `eval_report_unreadable`: the stored report lacks what the page shows. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/html": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description A path parameter is too long. */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Unexpected error; the body never contains internal details. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description A dependency (database, Redis) is unavailable or the server is shutting down; retry after the Retry-After header. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    listAdminJobs: {
        parameters: {
            query?: {
                /** @description JSON `[field, "ASC" | "DESC"]`, e.g. `["createdAt","DESC"]`; the fields each list sorts by are in its description */
                sort?: string;
                /** @description JSON `[first, last]`, inclusive, zero-based */
                range?: string;
                /** @description JSON object of filters, e.g. `{"q":"ann"}`; `q` is free-text search where the list has it */
                filter?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    "Content-Range"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AdminFailedJobDto"][];
                };
            };
            /** @description `validation_failed`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Not signed in or the token is invalid. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Signed in without the required role or scope. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Unexpected error; the body never contains internal details. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description `service_unavailable`: Redis does not answer. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    getAdminJobCounts: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AdminJobCountsDto"];
                };
            };
            /** @description Invalid input: malformed JSON, nesting deeper than 32 levels (`json_too_deep`), text with NUL or unpaired surrogates (`invalid_text`, naming the field), failed validation or unknown fields. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Not signed in or the token is invalid. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Signed in without the required role or scope. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Unexpected error; the body never contains internal details. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description `service_unavailable`: Redis does not answer. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    getAdminJob: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                queue: components["schemas"]["QueueName"];
                jobId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AdminFailedJobDto"];
                };
            };
            /** @description Invalid input: malformed JSON, nesting deeper than 32 levels (`json_too_deep`), text with NUL or unpaired surrogates (`invalid_text`, naming the field), failed validation or unknown fields. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Not signed in or the token is invalid. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Signed in without the required role or scope. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description `job_not_found`: not a failed job (any more). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description A path parameter is too long. */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Unexpected error; the body never contains internal details. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description `service_unavailable`: Redis does not answer. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    retryAdminJob: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                queue: components["schemas"]["QueueName"];
                jobId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AdminFailedJobDto"];
                };
            };
            /** @description Invalid input: malformed JSON, nesting deeper than 32 levels (`json_too_deep`), text with NUL or unpaired surrogates (`invalid_text`, naming the field), failed validation or unknown fields. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Not signed in or the token is invalid. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Signed in without the required role or scope. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description `job_not_found`: not a failed job (any more). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description `job_not_retryable`. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description The request body is too large. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description A path parameter is too long. */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Unsupported content type. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Too many requests; see the Retry-After header. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Unexpected error; the body never contains internal details. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description `service_unavailable`: Redis does not answer. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
}
