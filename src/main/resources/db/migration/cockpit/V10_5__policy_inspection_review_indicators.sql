-- A ratio whose unit is set is a mean (e.g. days per payout) shown with that unit, not a percentage.
ALTER TABLE cockpit_indicator ADD COLUMN unit TEXT NOT NULL DEFAULT '';

-- Policy reach (000 §25, 003 §36), inspections (000 §33), catalogue complaints (003 §31–§33) and
-- fair competition review before issue (003 §35), over the modules' read facades.
INSERT INTO cockpit_indicator (code, name, module, source, numerator, denominator, direction, on_track, breach, min_sample, description, sort_order, unit) VALUES
  ('policy.matched', '符合政策条件的主体', 'policy', 'policy', 'matched', NULL, 'HIGHER_IS_BETTER', 1, 0, 0,
   '已发布政策现时匹配的主体与政策组合数（按主体所在地区、政策发布部门）', 90, ''),
  ('policy.granted', '政策兑现笔数', 'policy', 'policy', 'granted', NULL, 'HIGHER_IS_BETTER', 1, 0, 0,
   '当月兑现的惠企政策资金笔数', 91, ''),
  ('policy.without-application', '免申即享兑现占比', 'policy', 'policy', 'granted-without-application', 'granted', 'HIGHER_IS_BETTER', 0.50, 0.20, 5,
   '000 §25：当月兑现中无需企业申请、经公示直接兑现的比例', 92, ''),
  ('policy.payout-days', '政策发布至兑现平均天数', 'policy', 'policy', 'payout-days', 'granted', 'LOWER_IS_BETTER', 30, 60, 5,
   '当月兑现的每笔资金自政策发布之日起所用天数的平均值', 93, '天'),
  ('inspection.coverage-a', 'A类主体抽查比例', 'inspection', 'inspection', 'drawn-a', 'pool-a', 'LOWER_IS_BETTER', 0.05, 0.10, 20,
   '国市监信发〔2022〕6号：低风险主体少抽、无事不扰；本年度计划抽中的A类主体占名录内A类主体的比例', 100, ''),
  ('inspection.coverage-b', 'B类主体抽查比例', 'inspection', 'inspection', 'drawn-b', 'pool-b', 'LOWER_IS_BETTER', 0.10, 0.20, 20,
   '本年度计划抽中的B类主体占名录内B类主体的比例', 101, ''),
  ('inspection.coverage-c', 'C类主体抽查比例', 'inspection', 'inspection', 'drawn-c', 'pool-c', 'HIGHER_IS_BETTER', 0.20, 0.10, 20,
   '较高风险主体适当提高抽查比例；本年度计划抽中的C类主体占名录内C类主体的比例', 102, ''),
  ('inspection.coverage-d', 'D类主体抽查比例', 'inspection', 'inspection', 'drawn-d', 'pool-d', 'HIGHER_IS_BETTER', 0.40, 0.20, 5,
   '高风险主体重点抽查；本年度计划抽中的D类主体占名录内D类主体的比例', 103, ''),
  ('inspection.visits-avoided', '减少入企检查次数', 'inspection', 'inspection', 'visits-avoided', NULL, 'HIGHER_IS_BETTER', 1, 0, 0,
   '本年度联合检查合并的入企次数与不重复检查窗口预计减少的次数之和', 104, ''),
  ('catalogue.complaints', '目录外收费与证明投诉', 'catalogue', 'appeal', 'catalogue-complaints', NULL, 'LOWER_IS_BETTER', 5, 20, 0,
   '当月受理的涉及收费、证明事项的投诉件数（清单之外不得收取、索要）', 110, ''),
  ('review.before-issue', '出台前公平竞争审查率', 'review', 'review', 'issued-after-review', 'issued', 'HIGHER_IS_BETTER', 1.00, 0.95, 1,
   '003 §35：当月出台的政策措施中出台前已完成公平竞争审查并签署审查记录的比例', 120, '');
