#!/bin/sh
# Forks two children that sleep, records their pids, says it is ready, then sleeps itself.
# With IGNORE_TERM=1 everyone ignores SIGTERM, so only SIGKILL ends them.
if [ "${IGNORE_TERM:-0}" = 1 ]; then trap '' TERM; fi
sleep 300 &
echo $! > children.pid
sh -c 'sleep 300' &
echo $! >> children.pid
echo ready
wait
