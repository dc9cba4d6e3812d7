#!/usr/bin/env bats
# Review r20a (operations): output shared by processes run side by side,
# an input that is the output, blank files, closed stdin, raw text in
# messages, message forms.

load common

# four big inputs for xargs -P: each process writes far more than a pipe
# holds, so writers block and their writes meet in the pipe
big4() {
	local d="$BATS_TEST_TMPDIR" i j
	for i in 1 2 3 4; do
		for j in $(seq 150); do cat "$EX/tab-grid.txt" "$EX/markdown.txt"; done > "$d/b$i.txt"
	done
}

@test "xargs -P 2 into a slow reader: pbtable's TSV rows and NDJSON lines, pbsplit's and pbcheck's lines stay whole" {
	big4
	d="$BATS_TEST_TMPDIR"
	# TSV: every row has the header's number of columns
	printf '%s\0' "$d"/b?.txt | xargs -0 -n 1 -P 2 pbtable -f tsv 2>/dev/null |
		(sleep 1; cat) > "$d/t.tsv"
	[ "$(awk -F'\t' 'NR == 1 { n = NF } NF != n { bad++ } END { print bad + 0 }' "$d/t.tsv")" = 0 ]
	[ "$(wc -l < "$d/t.tsv")" -gt 4000 ]
	# NDJSON: every line parses, and no record is lost
	want=$(cat "$d"/b?.txt | pbtable 2>/dev/null | jq -c 'select(.type=="project")' | wc -l)
	printf '%s\0' "$d"/b?.txt | xargs -0 -n 1 -P 2 pbtable 2>/dev/null |
		(sleep 1; cat) > "$d/t.ndjson"
	jq -c 'select(.type=="project")' "$d/t.ndjson" > "$d/p"
	[ "$(wc -l < "$d/p")" -eq "$want" ]
	printf '%s\0' "$d"/b?.txt | xargs -0 -n 1 -P 2 pbsplit 2>/dev/null |
		(sleep 1; cat) > "$d/s.ndjson"
	jq -e . "$d/s.ndjson" > /dev/null
	# pbcheck's text: FILE:LINE: SEVERITY: ... [rule], line by line
	printf '%s\0' "$d"/b?.txt | xargs -0 -n 1 -P 2 pbcheck --fail-on never |
		(sleep 1; cat) > "$d/c.txt"
	[ -s "$d/c.txt" ]
	run grep -a -c -v -E '/b[0-9]\.txt:[0-9]+: (error|warning|info): .*\[[a-z0-9-]+\]$' "$d/c.txt"
	[ "$output" = 0 ]
}
