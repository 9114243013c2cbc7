-- Issue 21 item 6: citations officials and the public read must name the right article. Inspections
-- are 000 §51 (双随机、一公开; §33 is energy); fee and certificate complaints are 003 §50 (涉企收费清单)
-- and 000 §23/§29 (证明事项清单, 税费) — not 003 §31–§33 (social responsibility, compliance).
UPDATE cockpit_indicator SET description = '000 §51、国市监信发〔2022〕6号：低风险主体少抽、无事不扰；本年度计划抽中的A类主体占名录内A类主体的比例'
WHERE code = 'inspection.coverage-a' AND description LIKE '国市监信发〔2022〕6号：低风险主体少抽%';
UPDATE cockpit_indicator SET description = '当月受理的涉及收费、证明事项的投诉件数（003 §50、000 §23、§29：清单之外不得收取、索要）'
WHERE code = 'catalogue.complaints' AND description = '当月受理的涉及收费、证明事项的投诉件数（清单之外不得收取、索要）';
