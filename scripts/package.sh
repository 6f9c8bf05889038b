#!/usr/bin/env bash
# Builds a relocatable lede: dist/lede-VERSION-linux-ARCH.tar.gz, unpacked anywhere it runs.
#
#   bin/lede, bin/lede-numbers          the Swift standard library and Foundation linked in
#   share/lede/                         models, lexicons and licences the analyses read
#   share/lede/plugins/                 the example plugins (readability, numbers) and the Python helper
#   share/man/man1/lede.1               the manual page
#   share/bash-completion, share/zsh, share/fish   shell completions
#   README.md, NOTICE.md
#
# On the machine that runs it lede needs only libedit, SQLite and libcurl (Debian: libedit2,
# libsqlite3-0, libcurl4), and python3 for the Python example plugin.
set -euo pipefail
cd "$(dirname "$0")/.."
version=$(sed -n 's/.*static let current = "\(.*\)".*/\1/p' Sources/LedeHost/XDGPaths.swift)
arch=$(uname -m)
name="lede-$version-linux-$arch"
scratch=.build-dist
# Foundation's networking, linked in statically, calls libcurl: the machine's own libcurl.so.4,
# through a link of our own (no -dev package needed to build).
mkdir -p "$scratch/link"
curl=$(ldconfig -p | sed -n 's/.*libcurl\.so\.4 (.*x86-64.*) => //p; s/.*libcurl\.so\.4 (libc6) => //p' | head -n 1)
[ -n "$curl" ] || curl=$(ls /usr/lib/*/libcurl.so.4 | head -n 1)
ln -sf "$curl" "$scratch/link/libcurl.so"
link="-Xlinker -L$PWD/$scratch/link"

swift build -c release --static-swift-stdlib --scratch-path "$scratch" --product lede $link
swift build -c release --static-swift-stdlib --scratch-path "$scratch" --product lede-numbers $link
bin="$scratch/release"

stage="dist/$name"
rm -rf "$stage" "dist/$name.tar.gz"
mkdir -p "$stage/bin" "$stage/share/lede/plugins" "$stage/share/man/man1" \
  "$stage/share/bash-completion/completions" "$stage/share/zsh/site-functions" "$stage/share/fish/vendor_completions.d"
cp "$bin/lede" "$bin/lede-numbers" "$stage/bin/"
strip "$stage/bin/lede" "$stage/bin/lede-numbers"
cp -R "$bin/lede_LedePlugins.resources/Resources/." "$stage/share/lede/"
cp plugins/PROTOCOL.md "$stage/share/lede/plugins/"
for plugin in python readability numbers; do
  mkdir -p "$stage/share/lede/plugins/$plugin"
  # The manifest and scripts; not the Swift plugin's sources (its binary is bin/lede-numbers).
  find "plugins/$plugin" -maxdepth 1 -type f ! -name 'test_*' -exec cp {} "$stage/share/lede/plugins/$plugin/" \;
done
"$stage/bin/lede" --generate-completion-script bash > "$stage/share/bash-completion/completions/lede"
"$stage/bin/lede" --generate-completion-script zsh > "$stage/share/zsh/site-functions/_lede"
"$stage/bin/lede" --generate-completion-script fish > "$stage/share/fish/vendor_completions.d/lede.fish"
# The manual comes from the debug build's help (the same commands and options), not a third build.
swift package plugin generate-manual --configuration debug >/dev/null
cp .build/plugins/GenerateManual/outputs/lede/lede.1 "$stage/share/man/man1/"
cp README.md NOTICE.md "$stage/"
tar -czf "dist/$name.tar.gz" -C dist "$name"
rm -rf "$stage"
echo "dist/$name.tar.gz ($(du -h "dist/$name.tar.gz" | cut -f1))"
