#!/usr/bin/env bats
# pbtable: tables whose title, unit line, header or cells used to lose data.

load common

T="$FIX/table3"

@test "title row with tabs: the title, not a goal; the unit lines below it read" {
	for f in "$T/title-merged-row.txt" "$T/title-in-cell.txt"; do
		run proj "$f" '[.title, .dept_code, .dept, .source_unit, .budget, .fiscal, .other]'
		[ "$output" = '["非遗保护传承专项绩效目标表","512001","某某县文化和旅游局本级","元",20,15,5]' ]
		run proj "$f" '.goals'
		[ "$output" = '["完成非遗项目影像记录","按时发放传承人补助"]' ]
		run unp "$f" '.reason'
		[ -z "$output" ]
	done
}

@test "pipe table: the title row's first cell is the title; without a title row, null" {
	run proj "$T/pipe-title-row.txt" '[.title, .code, .name, .budget]'
	[ "$output" = '["非遗保护传承专项绩效目标表","51152325P000013100021","非遗保护传承专项",20]' ]
	run proj "$T/pipe-no-title.txt" '[.title, .code, .name, .indicators]'
	[ "$output" = '[null,"51152325P000013100021","非遗保护传承专项",4]' ]
}

@test "unit line in brackets: 单位（元）, 单位(元), （单位：元）, (单位：万元), 金额单位（万元）" {
	run proj "$T/unit-brackets.txt" '[.source_unit, .budget, .fiscal, .other, .dept]'
	[ "${#lines[@]}" -eq 7 ]
	for i in 0 1 2 5 6; do
		[ "${lines[$i]}" = '["元",20,15,5,"某某县文化和旅游局本级"]' ]
	done
	for i in 3 4; do
		[ "${lines[$i]}" = '["万元",20,15,5,"某某县文化和旅游局本级"]' ]
	done
	run unp "$T/unit-brackets.txt" '.reason'
	[ -z "$output" ]
}

@test "indicator cells beyond the header's columns are reported, not dropped" {
	run unp "$T/seventh-cell.txt" '[.line, .reason]'
	[ "$output" = '[22,"indicator row cell under no column of the header: 另附说明：按国家标准100100%"]' ]
	# (line 25's extra cell is an empty one before its value: read one
	# column over, table-parser-leftovers.bats)
	run unp "$T/extra-cell.txt" '[.line, .reason]'
	[ "$output" = '[26,"indicator row cell under no column of the header: 省级补助标准文件"]' ]
	# the rows are still indicators
	run proj "$T/seventh-cell.txt" '.indicators'
	[ "$output" -eq 5 ]
	run_split pbtable "$T/seventh-cell.txt"
	[[ "$stderr" == *"seventh-cell.txt:22: warning: indicator row cell under no column"* ]]
}

@test "indicator header cut by a line break is rejoined, the first and a repeated one" {
	run ind "$T/header-cut.txt" '[.line, .level1, .description, .value, .basis]'
	[ "${#lines[@]}" -eq 4 ]
	[ "${lines[0]}" = '[25,"产出指标","完成影像记录的非遗项目数量","≥5项","保护规划"]' ]
	[ "${lines[3]}" = '[30,"满意度指标","传承人对补助工作满意度","≥95%","问卷调查"]' ]
	run unp "$T/header-cut.txt" '.reason'
	[ -z "$output" ]
	# a whole header is not joined with a first row that holds 目标值
	run ind "$T/header-whole-no-value-name.txt" '.level1'
	[ "${#lines[@]}" -eq 4 ]
	[ "${lines[0]}" = '"产出指标"' ]
}

@test "goals: a number with nothing after it is an empty goal; 1.1. and a number above its text are not" {
	run proj "$T/goals-empty.txt" '.goals'
	[ "${lines[0]}" = '["完成采购","","完成验收"]' ]
	[ "${lines[1]}" = '["完成采购","","完成验收"]' ]
	[ "${lines[2]}" = '["完成采购"]' ]
	pbtable "$T/goals-empty.txt" 2>/dev/null | pbcheck -f ndjson 2>/dev/null |
		jq -se '[.[] | select(.rule == "empty-field" and (.message | test("绩效目标 2 is empty")))] | length == 2'
}

@test "spend: a cumulative percentage plan that reaches 100% before 12月底 is derived, as pbcheck reads it" {
	run proj "$T/plan-early-100.txt" '.spend'
	[ "${lines[0]}" = '{"03":2,"06":4,"10":4,"12":4}' ]
	[ "${lines[1]}" = '{"03":null,"06":2,"10":4,"12":4}' ]
	# pbcheck takes the plan as cumulative too: no plan-not-100
	run bash -c "pbtable '$T/plan-early-100.txt' 2>/dev/null | pbcheck -f ndjson --enable plan-not-100 2>/dev/null | jq -r .rule"
	[[ "$output" != *plan-not-100* ]]
}

@test "pipe table: an escaped bar \\| stays in its cell" {
	run ind "$T/pipe-escaped-bar.txt" '[.description, .value, .basis]'
	[ "${lines[0]}" = '["完成影像记录的非遗项目数量（影像|文字）","≥5项","保护规划"]' ]
	run unp "$T/pipe-escaped-bar.txt" '.reason'
	[ -z "$output" ]
}

@test "pipe table without outer bars: cells as with them, a leading bar an empty first cell" {
	run proj "$T/pipe-no-outer-bars.txt" '[.code, .name, .budget, .fiscal, .purpose, .schedule, .indicators]'
	[ "$output" = '["51152325P000013100021","非遗保护传承专项",20,15,"用于非遗项目记录、传承人补助和展示活动",{"03":10,"06":40,"10":30,"12":20},4]' ]
	run ind "$T/pipe-no-outer-bars.txt" '[.level1, .level2, .value, .basis]'
	[ "${lines[1]}" = '["产出指标","质量指标","100%","补助办法"]' ]
	run unp "$T/pipe-no-outer-bars.txt" '.reason'
	[ -z "$output" ]
}

@test "value_line: a value that only the row after a page break holds is found at that row" {
	run ind "$T/value-after-page-break.txt" '[.line, .value_line, .value]'
	[ "${lines[4]}" = '[22,26,"100100%"]' ]
	run bash -c "pbtable '$T/value-after-page-break.txt' 2>/dev/null | pbcheck -f ndjson 2>/dev/null | jq -c 'select(.rule==\"percent-over-100\") | .line'"
	[ "$output" = 26 ]
}

# the title row of each table of FILE ($1) given its 单位 line, which is
# then dropped: TITLE<sep>单位：… where sep is $2; $3 goes before the title
title_with_unit() {
	awk -v sep="$2" -v pre="$3" '
	/绩效目标表\r?$/ && !/\.\.\./ { t = $0; held = ""; next }
	t != "" && /^单位/ { print pre t sep $0; printf "%s", held; t = ""; next }
	t != "" { held = held $0 "\n"; next }
	{ print }' "$1"
}

@test "title row that also holds the unit (…绩效目标表\\t\\t单位：元): the title, and amounts in that unit" {
	t="$BATS_TEST_TMPDIR/t.txt" o="$BATS_TEST_TMPDIR/o.txt"
	q='[.title, .dept_code, .dept, .source_unit, .budget, .fiscal, .other, .indicators, .goals]'
	for units in keep yuan; do
		if [ $units = yuan ]; then sed 's/^单位：万元/单位：元/' "$EX/tab-grid.txt"; else cat "$EX/tab-grid.txt"; fi > "$o"
		want=$(proj "$o" "$q")
		[ "$(echo "$want" | wc -l)" -eq 3 ]
		for v in "$(printf '\t\t\t')|" "$(printf '\t')|" "$(printf '\t\t')|$(printf '\t')"; do
			title_with_unit "$o" "${v%%|*}" "${v#*|}" > "$t"
			[ "$(grep -c '绩效目标表.*单位：' "$t")" -eq 3 ]
			lossless "$t"
			run proj "$t" "$q"
			[ "$output" = "$want" ]
			run bash -c "pbsplit '$t' | jq -c 'select(.type==\"block\" and .kind==\"project_table\") | .title'"
			[ "${#lines[@]}" -eq 3 ]
			[[ "${lines[1]}" == '"非遗保护传承专项绩效目标表"' ]]
			run unp "$t" '.reason'
			[ -z "$output" ]
		done
	done
	# in a markdown row, the unit in a cell of its own
	sed '3s/| | | | | |$/| | 单位：元 | | |/; 5s/单位：元/ /' "$T/pipe-title-row.txt" > "$t"
	run proj "$t" '[.title, .source_unit, .budget, .dept]'
	[ "$output" = '["非遗保护传承专项绩效目标表","元",20,"某某县文化和旅游局本级"]' ]
	# a row with other cells is no title row: the title stays null
	sed '3s/| | | | | |$/| 预算数 | | 单位：元 | | |/' "$T/pipe-title-row.txt" > "$t"
	run proj "$t" '.title'
	[ "$output" = 'null' ]
}
