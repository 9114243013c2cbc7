-- Inspection results published within the limit (000 §33 一公开), now that the inspection module counts
-- them per prefecture of the inspected entities.
INSERT INTO cockpit_indicator (code, name, module, source, numerator, denominator, direction, on_track, breach, min_sample, description, sort_order, unit) VALUES
  ('inspection.published-on-time', '检查结果按期公示率', 'inspection', 'inspection', 'published-on-time', 'published', 'HIGHER_IS_BETTER', 0.95, 0.80, 5,
   '000 §33：本年度公示的抽查检查结果中在规定期限内公示的比例（按受检主体所在地区）', 105, '');
