-- 补正 answers (001 §31) and late 容缺 materials (000 §19) arrive as files too, next to those uploaded
-- with the application: stage says which. One file per material at application (a repeated submission
-- stores nothing twice); a notice answered twice keeps both rounds.
ALTER TABLE svc_case_material_file ADD COLUMN stage TEXT NOT NULL DEFAULT 'APPLY'; -- APPLY, NOTICE, DEFICIENCY
ALTER TABLE svc_case_material_file DROP CONSTRAINT svc_case_material_file_case_id_name_key;
CREATE UNIQUE INDEX svc_case_material_file_apply_key ON svc_case_material_file (case_id, name) WHERE stage = 'APPLY';
CREATE INDEX svc_case_material_file_case_idx ON svc_case_material_file (case_id, id);

-- 一件事一次办 (000 §19): a part that is refused, not accepted or withdrawn ends the whole bundle; the
-- enterprise is told which part and why.
ALTER TABLE svc_bundle ADD COLUMN ended_part_seq INT;
ALTER TABLE svc_bundle ADD COLUMN end_reason TEXT;
