-- Steps of the daily check that concern no single claim (e.g. the Art. 18 yearly publication
-- reminder): each marker is written once, so the reminder goes out once.
CREATE TABLE arrears_watch_marker
(
  marker     TEXT PRIMARY KEY,
  created_on DATE NOT NULL
);
