#!/usr/bin/env bash
# Exit 0 when PostgreSQL answers on 127.0.0.1:5432, starting the machine's cluster once if it is down.
ready() { pg_isready -q -h 127.0.0.1 -p 5432 2>/dev/null; }
command -v pg_isready >/dev/null || exit 1
ready && exit 0
if command -v pg_ctlcluster >/dev/null && [ -d /etc/postgresql ]; then
  pg_ctlcluster --skip-systemctl-redirect "$(ls /etc/postgresql | head -n 1)" main start >/dev/null 2>&1 || true
  for _ in 1 2 3 4 5; do ready && exit 0; sleep 1; done
fi
exit 1
