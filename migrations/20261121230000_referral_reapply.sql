-- Referrals: a withdrawn referral or application no longer blocks a new one. The seeker may apply
-- again after withdrawing, and staff may refer again; two live ones (any other status) for the same
-- seeker and posting are still refused by the index.
DROP INDEX referral_seeker_posting_key;
CREATE UNIQUE INDEX referral_seeker_posting_key ON referral (seeker_id, posting_id) WHERE status <> 'withdrawn';

-- A withdrawn staff referral does not meet the 10-working-day recommendation commitment: the
-- commitment queries skip a job recommendation service record whose referral was withdrawn.
CREATE INDEX referral_withdrawn_service_idx ON referral (service_record_id) WHERE status = 'withdrawn';
