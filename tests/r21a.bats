#!/usr/bin/env bats
# Review r20a (operations), the rest: stderr in order with stdout, a
# flood of bad NDJSON lines, EMFILE said as such, -q for cron.

load common

@test "with 2>&1, an error about a later input comes after the earlier inputs' output, into a file and into a pipe" {
	d="$BATS_TEST_TMPDIR"
	for t in pbcheck pbtable pbsplit; do
		"$t" "$EX/tab-grid.txt" "$d/none.txt" > "$d/o" 2>&1 && return 1
		[ "$(tail -n 1 "$d/o")" = "$t: $d/none.txt: No such file or directory" ] || { echo "$t: $(head -n 2 "$d/o")"; return 1; }
		[ "$(wc -l < "$d/o")" -gt 1 ]
		"$t" "$d/none.txt" "$EX/tab-grid.txt" > "$d/o" 2>&1 && return 1
		[ "$(head -n 1 "$d/o")" = "$t: $d/none.txt: No such file or directory" ]
		"$t" "$EX/tab-grid.txt" "$d/none.txt" 2>&1 | cat > "$d/p"
		[ "$(tail -n 1 "$d/p")" = "$t: $d/none.txt: No such file or directory" ] || { echo "$t (pipe): $(head -n 2 "$d/p")"; return 1; }
	done
	# pbcheck -s: the summary after the findings
	pbcheck -s "$EX/tab-grid.txt" "$d/none.txt" > "$d/o" 2>&1 && return 1
	[ "$(sed -n '$p' "$d/o" | cut -d' ' -f2-3)" = "2 files:" ]
	[ "$(sed -n 'x;$p' "$d/o")" = "pbcheck: $d/none.txt: No such file or directory" ]
	grep -q 'tab-grid.txt:[0-9]*: ' "$d/o"
}
