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
