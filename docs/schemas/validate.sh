#!/usr/bin/env bash
# Checks the JSON Schemas in this directory, their examples, and the sample corpus against
# news.raw.schema.json. Needs Node.js and, once:
#   npm install --prefix /tmp/ajv ajv ajv-cli ajv-formats
# (another directory: AJV_DIR=/path docs/schemas/validate.sh). Exits non-zero on the first failure.
set -euo pipefail

ajv_dir=${AJV_DIR:-/tmp/ajv}
ajv="$ajv_dir/node_modules/.bin/ajv"
[[ -x $ajv ]] || { echo "ajv-cli not found at $ajv; run: npm install --prefix $ajv_dir ajv ajv-cli ajv-formats" >&2; exit 2; }
opts=(--spec=draft2020 --strict=true -c ajv-formats)

here=$(cd "$(dirname "$0")" && pwd)
corpus=$(cd "$here/../../src/main/resources/samples/corpus" && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cd "$here"

echo "== schemas compile (draft 2020-12, strict)"
for schema in news.raw news.enriched news.duplicates news.country-mentions news.leader-mentions; do
    "$ajv" compile "${opts[@]}" -s "$schema.schema.json"
done
"$ajv" compile "${opts[@]}" -s enrich-output.schema.json -r news.enriched.schema.json

echo "== examples are valid"
for schema in news.raw news.enriched news.duplicates news.country-mentions news.leader-mentions; do
    "$ajv" test "${opts[@]}" -s "$schema.schema.json" -d "examples/$schema*.json" --valid
done
"$ajv" test "${opts[@]}" -s enrich-output.schema.json -r news.enriched.schema.json \
    -d "examples/enrich-output.*.json" --valid

# One file per JSON Lines record, bytes unchanged; also fails on a line that is not strict UTF-8
# or holds a carriage return, except where the caller expects invalid UTF-8.
split_lines() { # file prefix
    node -e '
        const fs = require("fs");
        const [file, prefix] = process.argv.slice(1);
        const buf = fs.readFileSync(file);
        const utf8 = new TextDecoder("utf-8", { fatal: true });
        let start = 0, n = 0;
        for (let i = 0; i <= buf.length; i++) {
            if (i < buf.length && buf[i] !== 0x0a) continue;
            if (i > start) {
                n++;
                const line = buf.subarray(start, i);
                const name = `${prefix}-${String(n).padStart(2, "0")}`;
                let ok = true;
                try { if (utf8.decode(line).includes("\r")) throw new Error("CR"); } catch (e) { ok = false; }
                fs.writeFileSync(`${name}.${ok ? "json" : "not-utf8"}`, line);
            }
            start = i + 1;
        }
        console.log(`${file}: ${n} lines`);
    ' "$1" "$2"
}

echo "== articles.jsonl: every line is a valid news.raw value"
split_lines "$corpus/articles.jsonl" "$work/article"
if compgen -G "$work/article-*.not-utf8" > /dev/null; then
    echo "articles.jsonl has lines that are not UTF-8 or contain CR: $(ls "$work"/article-*.not-utf8)" >&2; exit 1
fi
"$ajv" test "${opts[@]}" -s news.raw.schema.json -d "$work/article-*.json" --valid

echo "== articles.jsonl: ids unique, published_at in order"
node -e '
    const lines = require("fs").readFileSync(process.argv[1], "utf8").split("\n").filter(l => l.length > 0);
    const seen = new Set(); let last = "";
    lines.forEach((l, i) => {
        const a = JSON.parse(l);
        if (a.id !== undefined) { if (seen.has(a.id)) throw new Error(`line ${i + 1}: id ${a.id} repeated`); seen.add(a.id); }
        if (a.published_at < last) throw new Error(`line ${i + 1}: published_at goes back in time`);
        last = a.published_at;
    });
    console.log(`${lines.length} records, ${seen.size} with an id, all distinct, published_at non-decreasing`);
' "$corpus/articles.jsonl"

echo "== malformed.jsonl: line 1 is not JSON, lines 2-5 fail the schema, line 6 is not UTF-8"
split_lines "$corpus/malformed.jsonl" "$work/bad"
if "$ajv" validate "${opts[@]}" -s news.raw.schema.json -d "$work/bad-01.json" > "$work/bad-01.out" 2>&1; then
    echo "malformed line 1 unexpectedly passed" >&2; exit 1
fi
grep -q "JSON" "$work/bad-01.out" || { cat "$work/bad-01.out" >&2; echo "malformed line 1 failed for another reason than JSON syntax" >&2; exit 1; }
echo "$work/bad-01.json is not JSON: $(grep -o 'Unterminated.*' "$work/bad-01.out")"
for n in 02 03 04 05; do
    "$ajv" test "${opts[@]}" -s news.raw.schema.json -d "$work/bad-$n.json" --invalid --errors=line
done
[[ -f $work/bad-06.not-utf8 ]] || { echo "malformed line 6 should not be valid UTF-8" >&2; exit 1; }
echo "$work/bad-06 is not valid UTF-8"
echo "OK"
