-- 技能等级 for the supply-demand statistics' skill-level table (code table skill_level):
-- a posting's required level ('none' = no requirement), a seeker's highest level held.
-- NULL on rows registered before this column existed: counted as 'none' by the statistics.
ALTER TABLE job_posting ADD COLUMN skill_level text;
ALTER TABLE job_seeker ADD COLUMN skill_level text;
