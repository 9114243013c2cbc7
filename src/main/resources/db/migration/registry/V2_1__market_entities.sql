CREATE EXTENSION IF NOT EXISTS pg_trgm;

CREATE TABLE registry_market_entity
(
  id                 BIGSERIAL PRIMARY KEY,
  credit_code        CHAR(18)      NOT NULL UNIQUE,
  name               TEXT          NOT NULL,
  kind               TEXT          NOT NULL,
  ownership          TEXT          NOT NULL,
  region_code        CHAR(6)       NOT NULL,
  industry_code      VARCHAR(5)    NOT NULL,
  established_on     DATE          NOT NULL,
  registered_capital NUMERIC(16, 2),
  headcount          INTEGER,
  revenue            NUMERIC(16, 2),
  assets             NUMERIC(16, 2),
  size               TEXT,
  status             TEXT          NOT NULL DEFAULT 'ACTIVE',
  qualifications     TEXT[]        NOT NULL DEFAULT '{}',
  tags               TEXT[]        NOT NULL DEFAULT '{}',
  updated_at         TIMESTAMPTZ   NOT NULL DEFAULT now(),
  CONSTRAINT headcount_not_negative CHECK (headcount IS NULL OR headcount >= 0)
);
-- Search by part of the name (trigram) and by region/industry for listings.
CREATE INDEX registry_market_entity_name_trgm_idx ON registry_market_entity USING gin (name gin_trgm_ops);
CREATE INDEX registry_market_entity_region_idx ON registry_market_entity (region_code);
CREATE INDEX registry_market_entity_industry_idx ON registry_market_entity (industry_code);

-- 经营异常名录 periods; removed_on NULL means still listed.
CREATE TABLE registry_abnormal_period
(
  id         BIGSERIAL PRIMARY KEY,
  entity_id  BIGINT NOT NULL REFERENCES registry_market_entity (id) ON DELETE CASCADE,
  listed_on  DATE   NOT NULL,
  removed_on DATE,
  reason     TEXT   NOT NULL,
  CONSTRAINT abnormal_period_order CHECK (removed_on IS NULL OR removed_on >= listed_on)
);
CREATE INDEX registry_abnormal_period_entity_idx ON registry_abnormal_period (entity_id);

-- Yearly tax filing status (filed or not) as reported by the tax department.
CREATE TABLE registry_tax_filing
(
  entity_id BIGINT  NOT NULL REFERENCES registry_market_entity (id) ON DELETE CASCADE,
  year      INTEGER NOT NULL,
  filed     BOOLEAN NOT NULL,
  PRIMARY KEY (entity_id, year)
);

-- Records of dormant-entity reviews (004 #3) so a candidate reviewed once is not listed again blindly.
CREATE TABLE registry_dormant_review
(
  id          BIGSERIAL PRIMARY KEY,
  entity_id   BIGINT      NOT NULL REFERENCES registry_market_entity (id) ON DELETE CASCADE,
  reviewed_at TIMESTAMPTZ NOT NULL,
  reviewer    TEXT        NOT NULL,
  decision    TEXT        NOT NULL,
  note        TEXT
);
CREATE INDEX registry_dormant_review_entity_idx ON registry_dormant_review (entity_id);
