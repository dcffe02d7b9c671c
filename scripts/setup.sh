#!/usr/bin/env bash
# Menyiapkan mesin pengembangan/CI untuk Loket Akun SPSE (Debian/Ubuntu).
# Sets up a development/CI machine: the Debian packages the tests use, then the npm dependencies.
# Idempotent: re-running installs only what is missing and skips npm when nothing changed.
# Never prompts: CI runs it as root with no stdin.
set -euo pipefail

cd "$(dirname "${BASH_SOURCE[0]}")/.."

export DEBIAN_FRONTEND=noninteractive
# Electron's binary comes from GitHub releases, which these machines cannot reach; the npm package
# still installs its type definitions (docs/reference.md §1).
export ELECTRON_SKIP_BINARY_DOWNLOAD=1

say() { printf '[setup] %s\n' "$*"; }
fail() { printf '[setup] GAGAL / FAILED: %s\n' "$*" >&2; exit 1; }

# chromium/xvfb/xauth: e2e tests and the preview (headless and real-window screenshots).
# The rest serve the scanning, OCR, PDF/A and letter issues (SANE test backend, Tesseract ind,
# qpdf/poppler validators, ImageMagick test letters, an embeddable TTF font; Times-, Arial- and
# Bookman-like faces for the OCR test letters).
PACKAGES=(
  chromium xvfb xauth
  sane-utils libsane1 tesseract-ocr tesseract-ocr-ind qpdf poppler-utils imagemagick fonts-dejavu-core fonts-liberation fonts-urw-base35
  img2pdf zbar-tools
)

# --- 1. Node.js ---------------------------------------------------------------------------
command -v node >/dev/null 2>&1 || fail "Node.js tidak ditemukan. Pasang Node.js 20 atau lebih baru. (Node.js 20+ is required.)"
node_major="$(node -p 'process.versions.node.split(".")[0]')"
[ "$node_major" -ge 20 ] || fail "Node.js $(node -v) terlalu lama; perlu versi 20 atau lebih baru. (Node.js 20+ is required.)"
command -v npm >/dev/null 2>&1 || fail "npm tidak ditemukan. (npm is required.)"
say "Node.js $(node -v), npm $(npm -v)"

# --- 2. Debian packages -------------------------------------------------------------------
if command -v dpkg-query >/dev/null 2>&1 && command -v apt-get >/dev/null 2>&1; then
  missing=()
  for p in "${PACKAGES[@]}"; do
    if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed'; then
      missing+=("$p")
    fi
  done
  if [ "${#missing[@]}" -eq 0 ]; then
    say "Paket sistem sudah lengkap. (System packages already installed.)"
  else
    say "Memasang paket sistem / installing system packages: ${missing[*]}"
    if [ "$(id -u)" -eq 0 ]; then
      SUDO=()
    elif command -v sudo >/dev/null 2>&1; then
      # -n: fail instead of asking for a password when nobody is at the keyboard.
      if [ -t 0 ]; then SUDO=(sudo); else SUDO=(sudo -n); fi
    else
      fail "Perlu hak root untuk memasang: ${missing[*]}. Jalankan sebagai root atau pasang sudo."
    fi
    "${SUDO[@]}" apt-get update -q || fail "apt-get update gagal. Periksa sambungan ke repositori Debian."
    "${SUDO[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -q "${missing[@]}" \
      || fail "apt-get install gagal untuk: ${missing[*]}"
    say "Paket sistem terpasang. (System packages installed.)"
  fi
else
  say "PERINGATAN: bukan Debian/Ubuntu; paket sistem tidak dipasang otomatis."
  say "WARNING: not Debian/Ubuntu; install these yourself for the e2e/scan/OCR tests: ${PACKAGES[*]}"
fi

# --- 3. npm dependencies ------------------------------------------------------------------
# npm ci wipes node_modules, so skip it when the lockfile and Node version are what was installed
# last time (the stamp is written only after a successful install).
stamp=node_modules/.loket-setup-stamp
if [ -f package-lock.json ]; then
  want="$(node -e '
    const { createHash } = require("node:crypto");
    const { readFileSync } = require("node:fs");
    const h = createHash("sha256").update(readFileSync("package-lock.json")).update(readFileSync("package.json"));
    process.stdout.write(h.digest("hex") + " node" + process.versions.node);
  ')"
  if [ -f "$stamp" ] && [ "$(cat "$stamp")" = "$want" ]; then
    say "Dependensi npm sudah sesuai package-lock.json. (npm dependencies up to date.)"
  else
    say "npm ci …"
    npm ci --no-audit --no-fund || fail "npm ci gagal. Periksa sambungan ke registry npm dan package-lock.json."
    printf '%s' "$want" >"$stamp"
  fi
else
  say "package-lock.json belum ada: npm install …"
  npm install --no-audit --no-fund || fail "npm install gagal. Periksa sambungan ke registry npm."
fi

say "Selesai. Jalankan: npm start (aplikasi) atau npm test (semua uji). (Done.)"
