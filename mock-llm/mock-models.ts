/** Models listed by `GET /v1/models`; the completion routes accept any model name. */
export const mockModelIds = ["mock-gpt", "mock-claude"] as const;
