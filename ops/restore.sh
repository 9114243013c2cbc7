#!/bin/sh
# Restores a dump written by ops/backup.sh into an EMPTY database (README, "Backup and restore").
#
#   ops/restore.sh DUMP_FILE TARGET_DATABASE_URL
#   e.g. createdb -h db.example -U postgres -O yingshang_owner yingshang_restored
#        ops/restore.sh /backup/yingshang/yingshang-20261204T020000Z.dump postgresql://yingshang_owner@db.example/yingshang_restored
#
# Checks the .sha256 when present, restores in one transaction (all or nothing), then the platform
# starts on it as usual: Flyway finds every migration applied, and the audit chain can be verified
# with cn.yingshang.platform.internal.AuditChainVerifier. Environment: PG_BIN as for backup.sh.
set -eu
if [ $# -lt 2 ]; then
  echo "usage: $0 DUMP_FILE TARGET_DATABASE_URL" >&2
  exit 2
fi
dump=$1
url=$2
bin=${PG_BIN:+$PG_BIN/}
if [ -f "$dump.sha256" ]; then
  (cd "$(dirname "$dump")" && sha256sum --check --quiet "$(basename "$dump").sha256")
fi
"${bin}pg_restore" --exit-on-error --single-transaction --no-password --dbname="$url" "$dump"
echo "restored $dump into $url"
