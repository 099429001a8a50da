// The authorities that take part in KIM cases. The API keeps authorities as codes (others may join a district), so no
// schema enumerates them; every other list of values comes from the generated zod enums (e.g. zGender.options).
export const AUTHORITIES = ['JUGENDAMT', 'SOZIALAMT', 'JOBCENTER', 'AUSLAENDERBEHOERDE'] as const;
