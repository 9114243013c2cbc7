-- Issue 21 item 5: the shipped draw ratios (inspection_settings: A 5 %, B 20 %, C 60 %, D 100 %, the
-- local example of 国市监信发〔2022〕6号 in facts.md: A ≤ 5 %, B 5–20 %, C 21–60 %, D 61–100 %) must
-- not trip the cockpit's own coverage indicators. A draw takes ceil(n × r) entities, so a pool of n
-- adds up to 1/n to the ratio: judged from 100 entities on, the rounding adds at most one point, and
-- the on-track values sit one point above the class's upper bound (A 6 %, B 21 %). Rows an official
-- has already changed are left alone.
UPDATE cockpit_indicator SET on_track = 0.06, breach = 0.10, min_sample = 100
WHERE code = 'inspection.coverage-a' AND on_track = 0.05 AND breach = 0.10 AND min_sample = 20;
UPDATE cockpit_indicator SET on_track = 0.21, breach = 0.25, min_sample = 100,
  description = '国市监信发〔2022〕6号：一般风险主体按常规比例抽查（5%–20%）；本年度计划抽中的B类主体占名录内B类主体的比例'
WHERE code = 'inspection.coverage-b' AND on_track = 0.10 AND breach = 0.20 AND min_sample = 20;
