#!/usr/bin/env bats
# pbtable: an HTML table's basis cell (指标值确定依据) spanning rows
# (<td rowspan="2">工作计划</td>) is each row's basis, as a spanning level
# cell is each row's level; read as a blank cell, the rows below had basis
# null and pbcheck asked for it.

load common

R="$FIX/r23h"

@test "HTML rowspan on the basis column: the basis copied down, a row a line and a table on one line" {
	run ind "$R/html-rowspan-basis.txt" '[.level1, .level3, .basis]'
	[ "${lines[0]}" = '["产出指标","数量甲","工作计划"]' ]
	[ "${lines[1]}" = '["产出指标","合格率","工作计划"]' ]
	run ind "$R/html-rowspan-basis-one-line.txt" '[.level1, .level3, .basis]'
	[ "${lines[1]}" = '["产出指标","合格率","工作计划"]' ]
	[ "${lines[2]}" = '["产出指标","完成时间","工作计划"]' ]
	run bash -c "pbtable '$R/html-rowspan-basis.txt' 2>/dev/null | pbcheck --fail-on never --format ndjson 2>/dev/null | jq -r 'select(.rule == \"empty-field\") | .message' | grep -c 依据"
	[ "$output" = 0 ]
}

@test "HTML basis cell empty but spanned by nothing: null, as written (unchanged)" {
	run ind "$R/html-basis-blank-cell.txt" '.basis'
	[ "${lines[1]}" = null ]
}
