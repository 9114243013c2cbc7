-- Implementing-list rows added after V11_10 (the bundle items of V11_20, items saved on the catalogue
-- admin page) named their department only by display name, so their cases had no department id and no
-- department could handle them. One function maps name to the tree's code; a trigger applies it to every
-- row that arrives without one.
CREATE FUNCTION svc_department_code(region TEXT, department TEXT) RETURNS TEXT LANGUAGE sql IMMUTABLE AS $$
  SELECT region || '-' || CASE
    WHEN department LIKE '%公安局' THEN 'PUBLIC_SECURITY'
    WHEN department LIKE '%司法局' THEN 'JUSTICE'
    WHEN department LIKE '%供电%' THEN 'POWER_SUPPLY'
    WHEN department LIKE '%水业%' OR department LIKE '%供水%' THEN 'WATER_SUPPLY'
    WHEN department LIKE '%燃气%' THEN 'GAS_SUPPLY'
    WHEN department LIKE '%自然资源局' THEN 'NATURAL_RESOURCES'
    WHEN department LIKE '%市场监督管理局' THEN 'MARKET_REGULATION'
    WHEN department LIKE '%税务局' THEN 'TAXATION'
    WHEN department LIKE '%人力资源和社会保障局' THEN 'HUMAN_RESOURCES'
    WHEN department LIKE '%住房公积金%' THEN 'HOUSING_FUND'
    ELSE 'GOVERNMENT_SERVICES' END
$$;

UPDATE svc_implementation SET department_code = svc_department_code(region_code, department) WHERE department_code IS NULL;

CREATE FUNCTION svc_implementation_department_code() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF NEW.department_code IS NULL THEN
    NEW.department_code := svc_department_code(NEW.region_code, NEW.department);
  END IF;
  RETURN NEW;
END $$;

CREATE TRIGGER svc_implementation_department_code BEFORE INSERT OR UPDATE ON svc_implementation
  FOR EACH ROW EXECUTE FUNCTION svc_implementation_department_code();
