#!/bin/sh
# Makes one JDK AOT cache of org.mmscope.cli.plain (called by its pom in the package phase):
#   aot-train.sh JAVA CACHE ARGS...   runs org.mmscope.cli.Main ARGS... (a directory argument stands for its *.mms
#                                      files) with the module's jvm.options and class path, recording into CACHE.
# The run's output goes to CACHE.log; a failing run, or one that leaves no cache, fails the build with that log.
set -u
module="$(cd "$(dirname "$0")/../.." && pwd)"
java="$1"; cache="$2"; shift 2
for a in "$@"; do
  if [ -d "$a" ]; then set -- "$@" "$a"/*.mms; else set -- "$@" "$a"; fi
  shift
done
rm -f "$cache"
if ! { "$java" @"$module/jvm.options" -XX:AOTCacheOutput="$cache" @"$module/target/classpath.args" org.mmscope.cli.Main "$@" \
       && test -s "$cache"; } >"$cache.log" 2>&1; then
  cat "$cache.log"
  echo "aot-train.sh: the training run for $cache failed (its output is above)" >&2
  exit 1
fi
