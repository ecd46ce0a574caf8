-- Each stored assessment's knowledge-base version and triage level as columns of their own (issue 17), so the
-- history says which rules made each assessment without reading its report. V4 (a Java migration) fills
-- them for entries stored before.
ALTER TABLE journal_entries ADD COLUMN knowledge_version VARCHAR(40);
ALTER TABLE journal_entries ADD COLUMN triage_level VARCHAR(32);
