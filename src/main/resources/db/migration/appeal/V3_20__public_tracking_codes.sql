-- Requesters without an account follow their appeal with a random public code and an access code
-- given on the receipt (the sequential tracking number stays for staff). The access code is kept
-- only as SHA-256("public code:access code").
ALTER TABLE appeal ADD COLUMN public_code TEXT;
ALTER TABLE appeal ADD COLUMN access_code_hash TEXT;

-- Appeals received before get a fresh public code each: 60 random bits in Crockford's base 32 from
-- gen_random_uuid() (skipping the uuid's version and variant bytes). No access code was ever given
-- for them, so none is stored: their requesters follow them from their account or through 12345.
CREATE FUNCTION pg_temp.appeal_public_code() RETURNS TEXT LANGUAGE sql VOLATILE AS $$
  SELECT 'YS' || string_agg(substr('0123456789ABCDEFGHJKMNPQRSTVWXYZ', (get_byte(b, i) % 32) + 1, 1), '' ORDER BY n)
  FROM (SELECT uuid_send(gen_random_uuid()) AS b) r,
       unnest(ARRAY[0, 1, 2, 3, 4, 5, 7, 9, 10, 11, 12, 13]) WITH ORDINALITY AS p (i, n)
$$;
UPDATE appeal SET public_code = pg_temp.appeal_public_code() WHERE public_code IS NULL;

ALTER TABLE appeal ALTER COLUMN public_code SET NOT NULL;
CREATE UNIQUE INDEX appeal_public_code_idx ON appeal (public_code);
