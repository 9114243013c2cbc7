-- Requester identities written before key versioning are SM4-CBC under the one key then configured
-- as yingshang.appeal.identity-key. Label each value "format 0, key id v1" (IdentityCipher's header:
-- format byte, key id length, key id), so it decrypts once that key is configured as
-- yingshang.appeal.identity-keys.v1; IdentityKeyRotation then rewrites it in SM4-GCM under the
-- current key. NULL || header stays NULL.
UPDATE appeal
SET requester_name_enc  = '\x00027631'::bytea || requester_name_enc,
    requester_phone_enc = '\x00027631'::bytea || requester_phone_enc,
    requester_code_enc  = '\x00027631'::bytea || requester_code_enc
WHERE requester_name_enc IS NOT NULL OR requester_phone_enc IS NOT NULL OR requester_code_enc IS NOT NULL;
