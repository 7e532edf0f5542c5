import { Type, type Static } from '@sinclair/typebox';
import { PostingCard } from './search-schema.js';
import { CodeRef, SeekerCard } from './seeker-schema.js';

const NStr = Type.Union([Type.String(), Type.Null()]);
const NInt = Type.Union([Type.Integer(), Type.Null()]);

export const MatchReasonView = Type.Object({
  factor: Type.String({ description: 'occupation | region | wage | education | skills | validity' }),
  points: Type.Integer(),
  max: Type.Integer(),
  text: Type.String(),
});

/** A valid posting in a ranked list: the public search's card (search-service.ts `postingCard`). */
export const MatchPostingCard = PostingCard;
export type MatchPostingCard = Static<typeof MatchPostingCard>;

export const Recommendations = Type.Object({
  items: Type.Array(Type.Object({ posting: MatchPostingCard, score: Type.Integer({ minimum: 0, maximum: 100 }), reasons: Type.Array(MatchReasonView) })),
});
export type Recommendations = Static<typeof Recommendations>;

/**
 * A candidate as an employer sees it (seeker-present.ts `employerCandidateCard`): what the person
 * offers for the job and nothing an employer may not select on (就业促进法 arts 3, 26–31; DOMAIN.md §3).
 * No sex, age, person categories (残疾人, 农民工, household type), difficulty flag or registry person
 * id, and no masked ID number either: its kept digits give the birthplace region (first six) and the
 * sex (the 17th). `id` is the registration's id.
 */
export const EmployerCandidateCard = Type.Object(
  {
    id: Type.Integer(),
    name: Type.String(),
    regionName: Type.String({ description: 'The community the seeker lives in' }),
    desiredOccupations: Type.Array(CodeRef),
    wageExpected: NInt,
    education: NStr,
    experienceYears: NInt,
    skills: NStr,
    certificates: NStr,
    validTo: Type.String(),
  },
  { additionalProperties: false },
);
export type EmployerCandidateCard = Static<typeof EmployerCandidateCard>;

export const Candidates = Type.Object({
  items: Type.Array(
    Type.Object({
      /** Staff get the full SeekerCard; an employer the EmployerCandidateCard (tried in this order when serialising). */
      seeker: Type.Union([SeekerCard, EmployerCandidateCard]),
      score: Type.Integer({ minimum: 0, maximum: 100 }),
      reasons: Type.Array(MatchReasonView),
      /** Active employment-difficulty identification (staff only): listed first, score unchanged. */
      priority: Type.Boolean(),
    }),
  ),
});
export type Candidates = Static<typeof Candidates>;

export const RecommendationsQuery = Type.Object({ limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 50, default: 20 })) });
export const CandidatesQuery = Type.Object({
  limit: Type.Optional(
    Type.Integer({ minimum: 1, maximum: 100, default: 50, description: 'Candidates by score; staff also get up to this many priority (difficulty) candidates listed before them' }),
  ),
});
