-- The cockpit's hourly counts (RegistryFigures.tallyByRegion) over millions of entities: active
-- entities per region come from this narrow index alone (an index-only scan instead of reading
-- every row), and the dormant rule (004 #3) looks up unfiled years in a small partial index.
CREATE INDEX IF NOT EXISTS registry_market_entity_active_region_idx ON registry_market_entity (region_code)
  WHERE status = 'ACTIVE';
CREATE INDEX IF NOT EXISTS registry_tax_filing_unfiled_idx ON registry_tax_filing (entity_id, year) WHERE NOT filed;
