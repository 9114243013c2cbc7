-- The political-legal bodies' promises to enterprises (《自治区政法机关优化法治化营商环境若干措施》), by acting body.
INSERT INTO cockpit_indicator (code, name, module, source, numerator, denominator, direction, on_track, breach, min_sample, description, sort_order) VALUES
  ('legal.filing-review-on-time', '涉企网上立案7日内审核率', 'legal', 'legal', 'filings-reviewed-on-time', 'filings-reviewed', 'HIGHER_IS_BETTER', 0.95, 0.80, 1,
   '当月完成审核的网上立案申请中，自提交起7日内作出补正告知、调解、立案或不予立案决定的比例', 90),
  ('legal.mediation-on-time', '诉前调解30日内办结率', 'legal', 'legal', 'mediations-ended-on-time', 'mediations-ended', 'HIGHER_IS_BETTER', 0.95, 0.80, 1,
   '当月结束的诉前调解中，在30日调解期限内调解成功或转立案的比例', 91),
  ('legal.release-on-time', '无关财产3日内解除率', 'legal', 'legal', 'releases-on-time', 'releases', 'HIGHER_IS_BETTER', 1.00, 0.90, 1,
   '当月解除的、经查明与案件无关的查封扣押冻结措施中，查明后3日以内解除的比例', 92),
  ('legal.stalled-cleared', '涉企挂案销号数', 'legal', 'legal', 'stalled-closed', NULL, 'HIGHER_IS_BETTER', 1, 0, 0,
   '当月挂账销号的涉企“挂案”件数', 93),
  ('legal.defaulter-repair-on-time', '失信被执行人履行后3日内修复率', 'legal', 'legal', 'defaulters-repaired-on-time', 'defaulters-performed', 'HIGHER_IS_BETTER', 1.00, 0.90, 1,
   '当月履行义务的失信被执行人中，3日内删除失信信息并予以信用修复的比例', 94)
ON CONFLICT (code) DO NOTHING;
