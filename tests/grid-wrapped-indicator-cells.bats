#!/usr/bin/env bats
# pbtable: cells of the indicator table that a PDF's tab grid wrapped onto
# a row of their own (review r9a N3, N4), and goal numbers written 1 .
# (N11).  Each cut file reads as clean.txt.

load common

T="$FIX/hdr16"

# the indicators of file $1, all fields a reader sees
fields() {
	ind "$1" '[.level1, .level2, .level3, .description, .value, .basis]'
}

@test "a header cell wrapped onto a row of its own (三级 / \t\t指标): joined to its cell, no indicator from it, for each of the six cells" {
	want="$(fields "$T/clean.txt")"
	for c in l1 l2 l3 desc value basis; do
		f="$T/header-cut-$c.txt"
		run_split pbtable "$f"
		[ -z "$stderr" ]
		[ "$(fields "$f")" = "$want" ]
		run proj "$f" '[.goals, .indicators, .unparsed]'
		[ "$output" = '[["完成供水工程维修养护","开展水质检测"],4,0]' ]
		# the header is no goal, and its line is the goals' end
		run proj "$f" '.goals_line'
		[ "$output" = 12 ]
	done
	run ind "$T/header-cut-l3.txt" '.line'
	[ "${lines[0]}" = 16 ]
	# pbcheck: no empty-field error on an indicator 指标 or 值
	run pbcheck "$T/header-cut-value.txt"
	! grep -q 'empty-field' <<< "$output"
}

@test "a header cell wrapped onto a row of its own: a pipe table, and both rows of a two-row header" {
	want="$(fields "$T/clean.txt")"
	for f in header-cut-pipe two-rows-cut-level two-rows-cut-upper two-rows-cut-upper-pipe; do
		run_split pbtable "$T/$f.txt"
		[ -z "$stderr" ]
		[ "$(fields "$T/$f.txt")" = "$want" ]
		run proj "$T/$f.txt" '[.goals, .indicators, .unparsed]'
		[ "$output" = '[["完成供水工程维修养护","开展水质检测"],4,0]' ]
	done
	[ "$(fields "$T/two-rows-clean.txt")" = "$want" ]
}

@test "the header drawn again after a page break, a cell of it wrapped: joined; a cut row's rest under it is still the row's" {
	want="$(fields "$T/clean.txt")"
	for f in header-again-cut header-again-tail; do
		[ "$(fields "$T/$f.txt")" = "$want" ]
		run unp "$T/$f.txt" '[.line, .reason]'
		[ "$output" = '[17,"page number line inside the indicator table is no row of it"]' ]
	done
}

@test "a level-1 cell wrapped onto a row of its own (产出 / 指标\t\t\t\t\t): the rest joins the level 1, on the rows that carry it, not the basis" {
	want="$(fields "$T/clean.txt")"
	for f in level1-cut level1-cut-basis; do
		run_split pbtable "$T/$f.txt"
		[ -z "$stderr" ]
		[ "$(fields "$T/$f.txt")" = "$want" ]
		run proj "$T/$f.txt" '[.indicators, .unparsed]'
		[ "$output" = '[4,0]' ]
	done
	run ind "$T/level1-cut.txt" '[.line, .level1, .level2, .basis]'
	[ "${lines[0]}" = '[15,"产出指标","数量指标","年度计划"]' ]
	[ "${lines[1]}" = '[17,"产出指标","质量指标","检测报告"]' ]
	run pbcheck "$T/level1-cut.txt"
	! grep -qE 'level1-unknown|no-output-indicator' <<< "$output"
	# a name the framework does not know is joined all the same
	run ind "$T/level1-cut-custom.txt" '[.level1, .basis]'
	[ "${lines[0]}" = '["项目产出","年度计划"]' ]
	[ "${lines[1]}" = '["项目产出","检测报告"]' ]
	[ "${lines[2]}" = '["效益指标","统计数据"]' ]
	# a name alone on a row, below a row that carried the level 1 down,
	# starts a block: not joined, nor the basis's rest.  The row below
	# starts in the column where it stopped: the name's row is that row's
	# first line (r18f, F6), no indicator of its own
	run ind "$T/level1-own-row.txt" '[.line, .level1, .basis]'
	[ "${lines[1]}" = '[16,"项目投入","检测报告"]' ]
	[ "${lines[2]}" = '[18,"项目产出","统计数据"]' ]
	[ "${#lines[@]}" -eq 4 ]
}

@test "a full row cut inside its last cell, its rest alone on the next line (年度 / 计划\t): still the last cell's" {
	[ "$(fields "$T/last-cell-cut.txt")" = "$(fields "$T/clean.txt")" ]
	run proj "$T/last-cell-cut.txt" '[.indicators, .unparsed]'
	[ "$output" = '[4,0]' ]
}

@test "goals numbered with a blank before the point (1 .保障…): numbers, one goal each, in rows or in one cell" {
	run proj "$T/goals-space-dot.txt" '.goals'
	[ "$output" = '["完成供水工程维修养护","开展水质检测"]' ]
	# a decimal cut by a blank (2 .5公里) is no number
	run proj "$T/goals-space-dot-one-cell.txt" '.goals'
	[ "$output" = '["完成供水工程维修养护","开展水质检测","改造管网2 .5公里"]' ]
}
