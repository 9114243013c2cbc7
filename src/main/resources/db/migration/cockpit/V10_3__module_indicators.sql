-- Indicators over the other modules' public figures (appeals, inspections, arrears, credit).
-- Thresholds are the platform's defaults; the office retunes them on the indicator page.
INSERT INTO cockpit_indicator (code, name, module, source, numerator, denominator, direction, on_track, breach, min_sample, description, sort_order) VALUES
  ('appeal.overdue-share', '诉求超期率', 'appeal', 'appeal', 'overdue', 'open', 'LOWER_IS_BETTER', 0.02, 0.05, 1,
   '办理中的诉求里已过答复期限的比例（月末或当日）', 1),
  ('appeal.late-replies', '诉求超期答复率', 'appeal', 'appeal', 'replied-late', 'replied', 'LOWER_IS_BETTER', 0.05, 0.10, 5,
   '当月答复的诉求中超期答复的比例（越低越好）', 2),
  ('appeal.satisfaction', '诉求满意率', 'appeal', 'appeal', 'satisfied', 'rated', 'HIGHER_IS_BETTER', 0.90, 0.80, 5,
   '当月评价的诉求中“满意”“基本满意”的比例', 3),
  ('appeal.complaints', '涉企投诉量', 'appeal', 'appeal', 'complaints', NULL, 'LOWER_IS_BETTER', 20, 50, 0,
   '当月受理的投诉件数', 4);

-- Credit repairs as the credit module announces them (CreditRepaired): the cockpit keeps its own
-- copy of each event, so counting never reads the credit module's tables.
CREATE TABLE cockpit_credit_repair
(
  record_id       BIGINT   PRIMARY KEY,
  credit_code     CHAR(18) NOT NULL,
  region_code     CHAR(6)  NOT NULL,
  kind            TEXT     NOT NULL,
  source_department_code TEXT NOT NULL,
  repaired_on     DATE     NOT NULL
);
CREATE INDEX cockpit_credit_repair_date_idx ON cockpit_credit_repair (repaired_on);

INSERT INTO cockpit_indicator (code, name, module, source, numerator, denominator, direction, on_track, breach, min_sample, description, sort_order) VALUES
  ('credit.repairs', '信用修复件数', 'credit', 'credit', 'repairs', NULL, 'HIGHER_IS_BETTER', 1, 0, 0,
   '当月完成信用修复的记录数（003 §45、004 #51）', 70);
