#!/usr/bin/env bats
# A table's top drawn again after a page break (Word's "repeat as header
# row", a （续） title) is the same table going on, not a second project
# with the same code and budget (review r7 G6: money counted twice).
# Each filing holds the table (150 万元) and a second one (50 万元).

load common

R="$FIX/repeat9"

# no indicator is a row of the top read as one
no_phantom() {
	pbtable "$1" 2>/dev/null | jq -se '[.[] | select(.type=="indicator")
		| select((.level1 // "") | test("项目编|预算|资金|项目名称"))] | length == 0'
}

@test "tab grid: 项目编码 and 预算 rows again after a page break go on the table: money once" {
	f="$R/grid-code-budget.txt"
	[ "$(sum2 "$f")" = "$(printf '2\t200.000000')" ]
	[ "$(first_project "$f")" = '["51152325P000000001001",150,3,1]' ]
	no_phantom "$f"
	# the indicators after the repeat are the table's, the level 1 above carried over it
	run ind "$f" 'select(.project_seq == 1) | [.line, .level1, .level3]'
	[ "${lines[1]}" = '[24,"产出指标","合格率"]' ]
	[ "${lines[2]}" = '[25,"满意度指标","满意度"]' ]
	# no false "no 单位 line" for the half that was a table of its own
	run_split pbtable "$f"
	[[ "$stderr" != *"单位"* ]]
	run bash -c "pbsplit -f tsv '$f' | awk -F'\t' '\$4 == \"project_table\"' | cut -f5-7"
	[ "${lines[0]}" = "$(printf '重复表头绩效目标表\t6\t26')" ]
	[ "${#lines[@]}" -eq 2 ]
}

@test "tab grid: the repeat without the indicator header, or only its 项目编码 row, or the whole top" {
	[ "$(sum2 "$R/grid-no-header.txt")" = "$(printf '2\t200.000000')" ]
	[ "$(first_project "$R/grid-no-header.txt")" = '["51152325P000000001001",150,2,1]' ]
	# only the 项目编码 row: no phantom project without a budget (skipped)
	run bash -c "pbsum '$R/grid-code-only.txt' 2>/dev/null | cut -f1,2,9"
	[ "${lines[1]}" = "$(printf '2\t200.000000\t0')" ]
	[ "$(first_project "$R/grid-code-only.txt")" = '["51152325P000000001001",150,2,1]' ]
	[ "$(sum2 "$R/grid-whole-top.txt")" = "$(printf '2\t200.000000')" ]
	[ "$(first_project "$R/grid-whole-top.txt")" = '["51152325P000000001001",150,2,1]' ]
	for f in grid-no-header grid-code-only grid-whole-top; do
		no_phantom "$R/$f.txt"
	done
	# the whole top again: its purpose, plan and goals are no indicator rows
	run unp "$R/grid-whole-top.txt" '.reason'
	[ "${#lines[@]}" -eq 1 ] # the page number
}

@test "a page break inside the top: the repeat is passed over, the fields after it read" {
	for f in grid-top-break cell-top-break; do
		[ "$(sum2 "$R/$f.txt")" = "$(printf '2\t200.000000')" ]
		run proj "$R/$f.txt" '[.code, .budget, .purpose, .schedule["12"], .goals, .indicators]'
		[ "${lines[0]}" = '["51152325P000000001001",150,"用于测试",100,["完成测试"],2]' ]
	done
}

@test "a title marked （续） over the table's own 项目编码 and 单位 lines goes on the table" {
	f="$R/grid-xu-title.txt"
	[ "$(sum2 "$f")" = "$(printf '2\t200.000000')" ]
	[ "$(first_project "$f")" = '["51152325P000000001001",150,2,1]' ]
	no_phantom "$f"
	# the title, department and 单位 lines say nothing new: only the page number is reported
	run unp "$f" '.line'
	[ "$output" = 20 ]
	# in 元 (续表): 1500000 元 once
	[ "$(sum2 "$R/grid-xu-title-yuan.txt")" = "$(printf '2\t200.000000')" ]
	run_split pbtable "$R/grid-xu-title-yuan.txt"
	[[ "$stderr" != *"单位"* ]]
}

@test "a （续） title over another 项目编码: two projects, the second with its own title and 单位 lines, said so" {
	f="$R/grid-xu-other-code.txt"
	[ "$(sum2 "$f")" = "$(printf '3\t350.000000')" ]
	run_split pbtable "$f"
	[[ "$stderr" == *"grid-xu-other-code.txt:21: warning: the title says the table goes on (续), but a table of its own starts here, with another 项目编码 or top: read as another project"* ]]
	[[ "$stderr" != *"单位"* ]]
	# the title, department and 单位 lines start the second table
	run bash -c "pbsplit -f tsv '$f' | awk -F'\t' '\$4 == \"project_table\"' | cut -f5-7"
	[ "${lines[1]}" = "$(printf '重复表头绩效目标表\t21\t31')" ]
	run proj "$f" '[.line, .title, .name, .source_unit, .dept_code]'
	[ "${lines[1]}" = '[21,"重复表头绩效目标表","重复表头","万元","512001"]' ]
	# its 单位：元 is read: 1500000 元 is 150 万元, not 1500000 万元
	[ "$(sum2 "$R/grid-xu-other-code-yuan.txt")" = "$(printf '3\t350.000000')" ]
	for l in grid cell pipe html; do
		run proj "$R/$l-xu-other-code-yuan.txt" '[.budget, .source_unit]'
		[ "${lines[1]}" = '[150,"元"]' ]
	done
}

@test "the same 项目编码 over another budget or name is no repeat: two projects, duplicate-code" {
	for f in grid-other-budget grid-other-name cell-other-budget cell-other-name; do
		run first_project "$R/$f.txt"
		[ "$output" = '["51152325P000000001001",150,1,2]' ]
		run pbcheck "$R/$f.txt"
		[[ "$output" == *"[duplicate-code]"* ]]
	done
	[ "$(sum2 "$R/grid-other-budget.txt")" = "$(printf '3\t260.000000')" ]
	[ "$(sum2 "$R/cell-other-budget.txt")" = "$(printf '3\t260.000000')" ]
}

@test "cell per line: the 项目编码 row, or it and the budget row, again go on the table" {
	for f in cell-code-budget cell-code-only; do
		[ "$(sum2 "$R/$f.txt")" = "$(printf '2\t200.000000')" ]
		[ "$(first_project "$R/$f.txt")" = '["51152325P000000001001",150,3,1]' ]
		no_phantom "$R/$f.txt"
		run_split pbtable "$R/$f.txt"
		[ -z "$stderr" ]
	done
}

@test "markdown pipes and HTML tables (a row a line, or all on one line)" {
	for f in pipe-code-budget html-code-budget html-one-line; do
		[ "$(sum2 "$R/$f.txt")" = "$(printf '2\t200.000000')" ]
		[ "$(first_project "$R/$f.txt")" = '["51152325P000000001001",150,2,1]' ]
		no_phantom "$R/$f.txt"
	done
}

@test "blocks stay lossless, and pbsum reads the filing, pbtable's or pbsplit's records alike" {
	for f in "$R"/*.txt; do
		lossless "$f"
		a="$(pbsum "$f" 2>/dev/null)"
		[ "$a" = "$(pbtable "$f" 2>/dev/null | pbsum 2>/dev/null)" ]
		[ "$a" = "$(pbsplit "$f" | pbsum 2>/dev/null)" ]
	done
}

@test "CRLF: the repeat is the same table" {
	sed 's/$/\r/' "$R/grid-code-budget.txt" > "$BATS_TEST_TMPDIR/crlf.txt"
	[ "$(sum2 "$BATS_TEST_TMPDIR/crlf.txt")" = "$(printf '2\t200.000000')" ]
	sed 's/$/\r/' "$R/cell-code-budget.txt" > "$BATS_TEST_TMPDIR/crlf.txt"
	[ "$(sum2 "$BATS_TEST_TMPDIR/crlf.txt")" = "$(printf '2\t200.000000')" ]
	lossless "$BATS_TEST_TMPDIR/crlf.txt"
}

@test "an HTML table on one line with another budget under the code again: no phantom indicators, said so" {
	f="$R/html-one-line-other-budget.txt"
	no_phantom "$f"
	run_split pbtable "$f"
	[[ "$stderr" == *"html-one-line-other-budget.txt:12: warning: the table's 项目编码 row again, but not its top below it"* ]]
	[ "$(first_project "$f")" = '["51152325P000000001001",150,2,1]' ]
}

@test "GB18030: the repeat is the same table" {
	command -v iconv > /dev/null || skip "no iconv"
	iconv -f UTF-8 -t GB18030 "$R/grid-xu-title.txt" > "$BATS_TEST_TMPDIR/gb.txt"
	[ "$(sum2 "$BATS_TEST_TMPDIR/gb.txt")" = "$(printf '2\t200.000000')" ]
}
