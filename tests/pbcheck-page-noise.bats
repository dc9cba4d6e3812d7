#!/usr/bin/env bats
# pbcheck: a page number alone inside a project table (a PDF's page
# break) is the page-noise rule's (info), not an unparsed error: each
# such line failed a run with --fail-on error.  pbtable still keeps it
# as an unparsed record; any other line not read stays unparsed.

load common

# the tab grid example with LINES put before its line AT
with_lines() {
	awk -v at="$1" -v add="$2" 'NR == at { printf "%s", add } { print }' "$EX/tab-grid.txt" \
		> "$BATS_TEST_TMPDIR/$3"
}

# the line where the first indicator table's second row is
ind_row() {
	echo $(( $(grep -n '^一级指标' "$EX/tab-grid.txt" | head -1 | cut -d: -f1) + 2 ))
}

@test "a page number between indicator rows: page-noise (info), exit 0, the table read on" {
	at=$(ind_row)
	with_lines "$at" $'\n7\n\n' pn.txt
	run_split pbcheck "$BATS_TEST_TMPDIR/pn.txt"
	[ "$status" -eq 0 ]
	[[ "$output" == *"pn.txt:$((at + 1)): info: "*": line $((at + 1)) not read: a page number alone, no part of the table [page-noise]"* ]]
	[[ "$output" != *"[unparsed]"* ]]
	# pbtable keeps the line, says why, and reads every row
	run_split pbtable "$BATS_TEST_TMPDIR/pn.txt"
	[ "$(jq -r 'select(.type=="unparsed") | [.line, .reason, .text] | @json' <<< "$output")" = \
	  "[$((at + 1)),\"page number line inside the indicator table is no row of it\",\"7\\n\"]" ]
	want="$(pbtable "$EX/tab-grid.txt" | jq -c 'select(.type=="indicator") | [.level3, .value]')"
	[ "$(jq -c 'select(.type=="indicator") | [.level3, .value]' <<< "$output")" = "$want" ]
	# from pbtable's records, the same finding
	run bash -c "pbtable '$BATS_TEST_TMPDIR/pn.txt' 2>/dev/null | pbcheck"
	[ "$status" -eq 0 ]
	[[ "$output" == *"[page-noise]"* && "$output" != *"[unparsed]"* ]]
}

@test "page numbers in their other forms, above and inside the indicator table" {
	at=$(ind_row)
	for pn in '- 7 -' '第 7 页' '第 7 页 共 10 页' '－７－' '—12—' '3/10'; do
		with_lines "$at" $'\n'"$pn"$'\n\n' in.txt
		run pbcheck "$BATS_TEST_TMPDIR/in.txt"
		[ "$status" -eq 0 ] || { echo "$pn inside: $output"; return 1; }
		[[ "$output" == *"[page-noise]"* ]] || { echo "$pn inside: $output"; return 1; }
		# above the indicator table, under the budget row
		with_lines $(( $(grep -n '^项目编码' "$EX/tab-grid.txt" | head -1 | cut -d: -f1) )) \
			$'\n'"$pn"$'\n\n' up.txt
		run pbcheck "$BATS_TEST_TMPDIR/up.txt"
		[ "$status" -eq 0 ] || { echo "$pn above: $output"; return 1; }
		[[ "$output" == *"[page-noise]"* ]] || { echo "$pn above: $output"; return 1; }
	done
}

@test "other text inside the indicator table is still an unparsed error; a number with more is no page number" {
	at=$(ind_row)
	for line in '附注：以上指标为预计值' '7 天' '12345'; do
		with_lines "$at" $'\n'"$line"$'\n\n' other.txt
		run pbcheck "$BATS_TEST_TMPDIR/other.txt"
		[ "$status" -eq 1 ] || { echo "$line: $output"; return 1; }
		[[ "$output" == *"[unparsed]"* && "$output" != *"[page-noise]"* ]] || { echo "$line: $output"; return 1; }
	done
}

@test "page-noise can be turned off, and fail a run at --fail-on info" {
	with_lines "$(ind_row)" $'\n7\n\n' pn.txt
	run pbcheck --disable page-noise "$BATS_TEST_TMPDIR/pn.txt"
	[ "$status" -eq 0 ]
	[[ "$output" != *"page number"* && "$output" != *"[unparsed]"* ]]
	run pbcheck --fail-on info --disable no-cost-indicator "$BATS_TEST_TMPDIR/pn.txt"
	[ "$status" -eq 1 ]
	[ "$(pbcheck --list-rules | awk '$1 == "page-noise" { print $2 }')" = info ]
}

# Found by fuzz_split (fuzz/regress/split/tabbed-row-after-page-header):
# a running header right after a line that is no row (the department's
# line here) stays pending until a later line decides it; the rows under
# it were taken by pbsplit's fast path for table rows, which never asked
# it.  A draft mark after them then decided it a new filing's cover, and
# the rows went into that cover, where pbtable said nothing of them.
@test "rows under a running header after a line of text stay in the table" {
	printf '%s\n' '1.群众服务绩效目标表' '512001 某局本级' '2025年部门预算绩效文本' \
		$'满意度指标\t服务对象满意度\t群众满意度\t≥90%' '（草案）' > "$BATS_TEST_TMPDIR/h.txt"
	run pbsplit -f tsv "$BATS_TEST_TMPDIR/h.txt"
	[ "$status" -eq 0 ]
	[ "$(cut -f2,4,6,7 <<< "$output" | tail -n +2)" = $'1\tproject_table\t1\t5' ]
	lossless "$BATS_TEST_TMPDIR/h.txt"
	# with no 一级指标 header above it, pbtable reads no indicator in the
	# row, but says so at its line
	run unp "$BATS_TEST_TMPDIR/h.txt" 'select(.line == 4) | .reason'
	[ "$output" = '"row before the indicator table that is no field of the project"' ]
}
