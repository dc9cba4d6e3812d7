#!/usr/bin/env bats
# One process over many filings keeps its splitter and table parser from
# one input to the next (lib/source.h, pb_source_keep): nothing of one
# filing may reach the next.  The records and messages of a run over many
# files are those of the files read one by one, in any order.

load common

# every filing of ours, in the order $1 (a seed) shuffles them to
filings() {
	find "$EX" "$FIX" "$TOP/fuzz/regress" -type f | sort |
		sort -R --random-source=<(yes "$1") | head -n 250
}

# same TOOL FILE...: the tool over all the files in one process, then
# over each file alone (each with $stdin, if set, as its standard input);
# the outputs, the messages and the exit statuses of the two ways agree
# (stdout and stderr apart: their interleaving is the buffering's)
same() {
	local t=$1 f d="$BATS_TEST_TMPDIR" st=0 one=0 in=${stdin:-/dev/null}
	shift
	$t "$@" < "$in" > "$d/all" 2> "$d/all.err" || st=$?
	: > "$d/each"
	: > "$d/each.err"
	for f; do
		$t "$f" < "$in" >> "$d/each" 2>> "$d/each.err" || one=$?
	done
	cmp "$d/all" "$d/each"
	cmp "$d/all.err" "$d/each.err"
	[ "$st" -eq "$one" ] || [ "$st" -eq 2 ]
}

@test "pbtable over many filings: the records of the filings read one by one, in any order" {
	mapfile -t fs < <(filings 1)
	[ "${#fs[@]}" -eq 250 ]
	same pbtable "${fs[@]}"
	# and the projects are there to compare
	[ "$(grep -c '"type":"project"' "$BATS_TEST_TMPDIR/all")" -gt 150 ]
}

@test "pbcheck over many filings: the findings of the filings read one by one" {
	mapfile -t fs < <(filings 2)
	same "pbcheck --fail-on never" "${fs[@]}"
	[ -s "$BATS_TEST_TMPDIR/all" ]
}

@test "a filing after records, a stdin and an unreadable file: each read as if alone" {
	local t="$BATS_TEST_TMPDIR"
	pbtable "$EX/tab-grid.txt" > "$t/records.ndjson"
	stdin="$EX/gb18030-crlf.txt" same pbtable "$EX/cell-per-line.txt" "$t/records.ndjson" \
		/nonexistent - "$EX/markdown.txt"
	[ "$(jq -Rr 'fromjson? | select(.type == "project") | .file' "$t/all" | sort -u | wc -l)" -eq 4 ]
	grep -q '^pbtable: /nonexistent: ' "$t/all.err"
}
