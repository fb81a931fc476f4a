#!/usr/bin/env bash
# cli_language_check.sh CLI: groundwork-cli speaks the system's language. Under
# a German locale its usage and a verb's help come out in German (not the
# English ones), with the verb and option names as they are typed; its --json
# output is the same in every language; and an English locale gets English.
set -euo pipefail
cli=$1
fail() { printf 'FAILED: %s\n' "$*" >&2; exit 1; }
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
en() { env -u LANGUAGE LC_ALL=C.UTF-8 LANG=C.UTF-8 "$cli" "$@"; }
de() { env -u LANGUAGE LC_ALL=de_DE.UTF-8 LANG=de_DE.UTF-8 "$cli" "$@"; }

# (A build root without the de_DE locale makes Qt warn on stderr; the words go to stdout.)
en >"$tmp/usage-en" 2>/dev/null || true
de >"$tmp/usage-de" 2>/dev/null || true
grep -q '^Usage: groundwork-cli VERB' "$tmp/usage-en" || fail "the English usage is not English"
if grep -q '^Usage:' "$tmp/usage-de"; then fail "the usage is English under a German locale"; fi
grep -q 'groundwork-cli VERB' "$tmp/usage-de" || fail "the German usage lost its synopsis: $(head -3 "$tmp/usage-de")"
for verb in 'code add' 'export data-structure' 'import'; do
    grep -q "  $verb " "$tmp/usage-de" || fail "the German usage lost the verb \"$verb\""
done
de info --help >"$tmp/help-de" 2>/dev/null
grep -q -- '--json' "$tmp/help-de" || fail "the German help of info lost --json"
en init "$tmp/study.groundwork" >/dev/null
en info -p "$tmp/study.groundwork" --json >"$tmp/info-en.json"
de info -p "$tmp/study.groundwork" --json >"$tmp/info-de.json" 2>/dev/null
cmp -s "$tmp/info-en.json" "$tmp/info-de.json" || fail "--json output changes with the language"
de info -p "$tmp/study.groundwork" >"$tmp/info-de" 2>/dev/null
if cmp -s "$tmp/info-de" <(en info -p "$tmp/study.groundwork"); then fail "info's text is the same in German"; fi
# Core's own sentences (here: a refused code) come out in German too.
en code add -p "$tmp/study.groundwork" Trust >/dev/null
if de code add -p "$tmp/study.groundwork" Trust >/dev/null 2>"$tmp/refusal-de"; then fail "a second code Trust was made"; fi
grep -q 'Trust' "$tmp/refusal-de" || fail "the German refusal does not name the code: $(cat "$tmp/refusal-de")"
if grep -q 'already exists' "$tmp/refusal-de"; then fail "core's refusal is English under a German locale"; fi
echo "groundwork-cli speaks German under a German locale and English under an English one"
