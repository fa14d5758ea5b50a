#!/usr/bin/env bash
# Installs tauri-driver (the WebDriver bridge for the real-window tests) into
# the project-local .tools/, once; WebKitWebDriver itself comes from the
# webkit2gtk-driver package (scripts/install-deps.sh).
set -euo pipefail
cd "$(dirname "$0")/.."

version="2.1.0"
bin=".tools/bin/tauri-driver"
if [ -x "$bin" ] && grep -q "tauri-driver $version" .tools/.crates.toml 2>/dev/null; then
  exit 0
fi
cargo install tauri-driver --version "$version" --locked --root .tools
