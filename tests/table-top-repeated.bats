#!/usr/bin/env bats
# A table's whole top drawn again after a page break, its numbered title
# without a （续） mark and all (a PDF converter prints it on every
# page), over the same 项目编码 row: the same table going on, not a
# second project with the same code (review r10's note: pbsum counted
# the money twice, pbcheck said duplicate-code).  Each filing holds the
# table (150 万元) and a second one (50 万元).

load common

R="$FIX/r11b"

# pbsplit's project tables: title, first and last line
tables() {
	pbsplit -f tsv "$1" | awk -F'\t' '$4 == "project_table"' | cut -f5-7
}

@test "tab grid: the title, department, 单位 and the whole top again go on the table: money once" {
	for f in grid-title-again grid-title-again-page; do
		[ "$(sum2 "$R/$f.txt")" = "$(printf '2\t200.000000')" ]
		[ "$(first_project "$R/$f.txt")" = '["51152325P000000002001",150,4,1]' ]
		run pbcheck "$R/$f.txt"
		[[ "$output" != *"[duplicate-code]"* ]]
	done
	run tables "$R/grid-title-again.txt"
	[ "${#lines[@]}" -eq 2 ]
	[ "${lines[0]}" = "$(printf '页眉重复绩效目标表\t6\t39')" ]
	# the indicators after the repeat are the table's, in order
	run ind "$R/grid-title-again.txt" 'select(.project_seq == 1) | [.line, .level1, .level3]'
	[ "$output" = '[19,"产出指标","数量"]
[20,"产出指标","合格率"]
[37,"产出指标","及时性"]
[38,"满意度指标","满意度"]' ]
}

@test "tab grid: the title over the 项目编码 and budget rows only goes on the table" {
	f="$R/grid-title-code-budget.txt"
	[ "$(sum2 "$f")" = "$(printf '2\t200.000000')" ]
	[ "$(first_project "$f")" = '["51152325P000000002001",150,4,1]' ]
	run tables "$f"
	[ "${#lines[@]}" -eq 2 ]
}

@test "markdown pipes and cell per line: the title and top again go on the table" {
	[ "$(sum2 "$R/pipe-title-again.txt")" = "$(printf '2\t200.000000')" ]
	[ "$(first_project "$R/pipe-title-again.txt")" = '["51152325P000000002001",150,4,1]' ]
	[ "$(sum2 "$R/cell-title-again.txt")" = "$(printf '2\t200.000000')" ]
	run proj "$R/cell-title-again.txt" '[.code, .budget]'
	[ "$output" = '["51152325P000000002001",150]
["51152325P000000002002",50]' ]
	for f in pipe-title-again cell-title-again; do
		run tables "$R/$f.txt"
		[ "${#lines[@]}" -eq 2 ]
		run pbcheck "$R/$f.txt"
		[[ "$output" != *"[duplicate-code]"* ]]
	done
}

@test "the same title over another 项目编码: two projects, as before" {
	for f in grid-same-title-other-code pipe-same-title-other-code cell-same-title-other-code \
	         cell-same-title-other-code-gap; do
		[ "$(sum2 "$R/$f.txt")" = "$(printf '3\t350.000000')" ]
		run proj "$R/$f.txt" '.code'
		[ "$output" = '"51152325P000000002001"
"51152325P000000002009"
"51152325P000000002002"' ]
		run tables "$R/$f.txt"
		[ "${#lines[@]}" -eq 3 ]
	done
}

@test "the same title and 项目编码 over another budget: two projects from the title, duplicate-code" {
	f="$R/grid-same-title-other-budget.txt"
	[ "$(sum2 "$f")" = "$(printf '3\t260.000000')" ]
	run proj "$f" '[.line, .code, .budget, .indicators]'
	[ "${lines[1]}" = '[22,"51152325P000000002001",60,2]' ]
	run pbcheck "$f"
	[[ "$output" == *"[duplicate-code]"* ]]
}

@test "the same title without a 项目编码 row under it: a table of its own, as before" {
	run tables "$R/grid-same-title-no-code.txt"
	[ "${#lines[@]}" -eq 3 ]
	[ "${lines[1]}" = "$(printf '页眉重复绩效目标表\t22\t31')" ]
}

@test "blocks stay lossless, and pbsum reads the filing, pbtable's or pbsplit's records alike" {
	for f in "$R"/*.txt; do
		lossless "$f"
		a="$(pbsum "$f" 2>/dev/null)"
		[ "$a" = "$(pbtable "$f" 2>/dev/null | pbsum 2>/dev/null)" ]
		[ "$a" = "$(pbsplit "$f" | pbsum 2>/dev/null)" ]
	done
	sed 's/$/\r/' "$R/grid-title-again.txt" > "$BATS_TEST_TMPDIR/crlf.txt"
	[ "$(sum2 "$BATS_TEST_TMPDIR/crlf.txt")" = "$(printf '2\t200.000000')" ]
	lossless "$BATS_TEST_TMPDIR/crlf.txt"
}
