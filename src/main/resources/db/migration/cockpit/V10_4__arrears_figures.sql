-- Public bodies' overdue arrears as the arrears module announces them (GovernmentArrearsOverdue,
-- GovernmentArrearsCleared), kept by the cockpit to count and list them by region and department.
CREATE TABLE cockpit_arrears_case
(
  claim_id        BIGINT  PRIMARY KEY,
  reference       TEXT    NOT NULL,
  payer_name      TEXT    NOT NULL,
  payer_type      TEXT    NOT NULL,
  region_code     CHAR(6) NOT NULL,
  department_id   BIGINT,
  overdue_amount  NUMERIC(16, 2) NOT NULL,
  due_on          DATE    NOT NULL,
  found_on        DATE    NOT NULL,
  cleared_on      DATE
);
CREATE INDEX cockpit_arrears_case_found_idx ON cockpit_arrears_case (found_on);

INSERT INTO cockpit_indicator (code, name, module, source, numerator, denominator, direction, on_track, breach, min_sample, description, sort_order) VALUES
  ('arrears.uncleared', '机关事业单位逾期未清偿账款', 'arrears', 'arrears', 'uncleared', NULL, 'LOWER_IS_BETTER', 0, 5, 0,
   '国令802号第9条：机关、事业单位逾期未付中小企业款项且至月末仍未清偿的笔数', 80),
  ('arrears.cleared-share', '逾期账款清偿率', 'arrears', 'arrears', 'cleared', 'overdue', 'HIGHER_IS_BETTER', 0.90, 0.60, 1,
   '至月末已发现逾期的机关、事业单位账款中已清偿的比例', 81);
