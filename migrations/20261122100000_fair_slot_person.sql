-- One booking per person per booth: the check in bookSlot runs before its transaction, so two
-- bookings made at the same moment could otherwise both take a slot at the same booth.
CREATE UNIQUE INDEX fair_slot_person_key ON fair_slot (participation_id, person_id) WHERE person_id IS NOT NULL;
