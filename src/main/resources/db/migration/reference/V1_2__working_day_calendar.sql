-- Exceptions to the Monday–Friday week: holidays (off_day) and 调休 working weekends (not off_day).
-- region 000000 is the national calendar; a region's calendar adds the days of itself and its ancestors.
CREATE TABLE reference_calendar_day
(
  region_code CHAR(6) NOT NULL,
  day         DATE    NOT NULL,
  off_day     BOOLEAN NOT NULL,
  name        TEXT    NOT NULL,
  PRIMARY KEY (region_code, day)
);

-- 国办发明电〔2024〕12号: 2025 national holidays.
INSERT INTO reference_calendar_day (region_code, day, off_day, name)
SELECT '000000', d::date, TRUE, n FROM (VALUES
  ('2025-01-01', '2025-01-01', '元旦'),
  ('2025-01-28', '2025-02-04', '春节'),
  ('2025-04-04', '2025-04-06', '清明节'),
  ('2025-05-01', '2025-05-05', '劳动节'),
  ('2025-05-31', '2025-06-02', '端午节'),
  ('2025-10-01', '2025-10-08', '国庆节、中秋节'),
-- national notice of 2025-11-04: 2026 holidays.
  ('2026-01-01', '2026-01-03', '元旦'),
  ('2026-02-15', '2026-02-23', '春节'),
  ('2026-04-04', '2026-04-06', '清明节'),
  ('2026-05-01', '2026-05-05', '劳动节'),
  ('2026-06-19', '2026-06-21', '端午节'),
  ('2026-09-25', '2026-09-27', '中秋节'),
  ('2026-10-01', '2026-10-07', '国庆节')
) AS h(first_day, last_day, n), generate_series(first_day::date, last_day::date, interval '1 day') AS d;

INSERT INTO reference_calendar_day (region_code, day, off_day, name) VALUES
  ('000000', '2025-01-26', FALSE, '春节调休上班'),
  ('000000', '2025-02-08', FALSE, '春节调休上班'),
  ('000000', '2025-04-27', FALSE, '劳动节调休上班'),
  ('000000', '2025-09-28', FALSE, '国庆节调休上班'),
  ('000000', '2025-10-11', FALSE, '国庆节调休上班'),
  ('000000', '2026-01-04', FALSE, '元旦调休上班'),
  ('000000', '2026-02-14', FALSE, '春节调休上班'),
  ('000000', '2026-02-28', FALSE, '春节调休上班'),
  ('000000', '2026-05-09', FALSE, '劳动节调休上班'),
  ('000000', '2026-09-20', FALSE, '国庆节调休上班'),
  ('000000', '2026-10-10', FALSE, '国庆节调休上班');

-- 自治区 notice: 2025 Xinjiang festivals (全国年节及纪念日放假办法 Art. 4).
INSERT INTO reference_calendar_day (region_code, day, off_day, name)
SELECT '650000', d::date, TRUE, n FROM (VALUES
  ('2025-03-29', '2025-03-31', '肉孜节'),
  ('2025-06-06', '2025-06-10', '古尔邦节')
) AS h(first_day, last_day, n), generate_series(first_day::date, last_day::date, interval '1 day') AS d;
