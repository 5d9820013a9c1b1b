# Sourced (never executed) by the Makefile, .ci/run and bench scripts.
# Puts Node 22/24 and the repository's own Yarn 4 release on PATH. Where the machine's
# node is not 22 or 24, Node 22 is installed from the npm registry into .tools/ (git-ignored).
# No registry address is written anywhere: it is read from npm's configuration at run time.

repo_root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
tools_dir="$repo_root/.tools"
node_version_wanted=22

# npm's settings are read with the machine's own node and npm, before PATH changes: npm finds its
# global config next to the node it runs on.
if [ -z "${YARN_NPM_REGISTRY_SERVER:-}" ]; then
  YARN_NPM_REGISTRY_SERVER="$(npm config get registry 2>/dev/null | sed 's#/$##')"
  export YARN_NPM_REGISTRY_SERVER
fi
# A TLS-intercepting proxy's CA that npm knows only through its cafile setting: hand it to Yarn (and
# to Node, for the CLIs that download) the same way, read at run time.
npm_cafile="$(npm config get cafile 2>/dev/null || true)"
if [ -n "$npm_cafile" ] && [ "$npm_cafile" != null ] && [ "$npm_cafile" != undefined ] && [ -f "$npm_cafile" ]; then
  export YARN_HTTPS_CA_FILE_PATH="${YARN_HTTPS_CA_FILE_PATH:-$npm_cafile}"
  export NODE_EXTRA_CA_CERTS="${NODE_EXTRA_CA_CERTS:-$npm_cafile}"
fi

node_major() { node -p 'process.versions.node.split(".")[0]' 2>/dev/null || echo 0; }

case "$(node_major)" in
  22 | 24) ;;
  *)
    if [ ! -x "$tools_dir/node_modules/node/bin/node" ]; then
      echo "toolchain: machine node is $(node -v 2>/dev/null || echo absent); installing Node $node_version_wanted into .tools/" >&2
      mkdir -p "$tools_dir"
      # allowScripts pre-approves the package's install script, which puts the binary in place.
      echo '{"private":true,"allowScripts":{"node":true}}' >"$tools_dir/package.json"
      npm install --no-save --no-audit --no-fund --loglevel=error --prefix "$tools_dir" "node@$node_version_wanted" >&2
    fi
    export PATH="$tools_dir/node_modules/.bin:$PATH"
    # Native addons (better-sqlite3) compile against these headers, not the machine's Node 20 ones.
    for headers in "$tools_dir"/node_modules/node/node_modules/node-*/; do
      [ -d "$headers/include/node" ] && export npm_config_nodedir="${headers%/}"
    done
    ;;
esac

# Yarn: the release committed under .yarn/releases, through a tiny shim so child processes find it too.
yarn_release="$(ls "$repo_root"/.yarn/releases/yarn-*.cjs | head -n 1)"
mkdir -p "$tools_dir/bin"
printf '#!/bin/sh\nexec node "%s" "$@"\n' "$yarn_release" >"$tools_dir/bin/yarn"
chmod +x "$tools_dir/bin/yarn"
export PATH="$tools_dir/bin:$PATH"

export YARN_ENABLE_TELEMETRY=0
# Jest and the backend test utilities write temporary files: keep them in a folder we own.
export TMPDIR="$repo_root/.tmp"
mkdir -p "$TMPDIR"
