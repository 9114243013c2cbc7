-- 002 #31: Party and government bodies and state-owned enterprises take the lead in performing judgments.
INSERT INTO cockpit_indicator (code, name, module, source, numerator, denominator, direction, on_track, breach, min_sample, description, sort_order) VALUES
  ('legal.public-debtor-judgments-performed', '涉党政机关、国有企业生效裁判履行数', 'legal', 'legal', 'public-debtor-judgments-performed', NULL,
   'HIGHER_IS_BETTER', 1, 0, 0, '当月履行完毕的、以党政机关或国有企业为被执行人的生效裁判件数', 95)
ON CONFLICT (code) DO NOTHING;
