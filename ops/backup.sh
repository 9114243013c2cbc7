#!/bin/sh
# Logical backup of a running Yingshang database with PostgreSQL's own pg_dump (README, "Backup and restore").
#
#   ops/backup.sh DATABASE_URL [BACKUP_DIR]
#   e.g. PGPASSWORD=... ops/backup.sh postgresql://yingshang_owner@db.example:5432/yingshang /backup/yingshang
#
# Writes BACKUP_DIR/yingshang-<UTC time>.dump (custom format: compressed, restorable table by table,
# one consistent snapshot while the platform keeps running) and a .sha256 next to it, then reads the
# dump's table of contents back to prove it is complete. Everything the platform keeps is in the
# database: appeals and their attachments (appeal_attachment.data), policy application materials,
# credit records, the audit log with its SM3 chain and anchors, the event registry. The key material
# (yingshang.appeal.identity-keys.*, requester-hash-key, hotline-secret) is NOT in the dump: keep it in
# the key store, a restored copy is unreadable without the keys it was encrypted with.
#
# Environment: PG_BIN (directory of pg_dump, default: from PATH), PG_DUMP_OPTS (extra options, e.g.
# --snapshot=... to dump a snapshot exported by another session, as the restore drill does).
set -eu
if [ $# -lt 1 ]; then
  echo "usage: $0 DATABASE_URL [BACKUP_DIR]" >&2
  exit 2
fi
url=$1
dir=${2:-backups}
bin=${PG_BIN:+$PG_BIN/}
mkdir -p "$dir"
file="$dir/yingshang-$(date -u +%Y%m%dT%H%M%SZ).dump"
# shellcheck disable=SC2086
"${bin}pg_dump" --format=custom --compress=6 --no-password ${PG_DUMP_OPTS:-} --file="$file.partial" "$url"
"${bin}pg_restore" --list "$file.partial" > /dev/null
mv "$file.partial" "$file"
(cd "$dir" && sha256sum "$(basename "$file")" > "$(basename "$file").sha256")
echo "$file"
