#!/usr/bin/env bats
# pbtable: the table parser's leftovers (review r8): a row pushed right
# by an empty cell, two spending plans, cells cut by blank lines or
# page breaks, running headers, rows without their merged levels, and
# goals numbered 2).

load common

T="$FIX/table8"

@test "an empty extra cell before the value: the value and basis are read where they are" {
	for f in empty-col-before-value empty-col-before-value-html; do
		run_split pbtable "$T/$f.txt"
		[ "$(jq -c 'select(.type=="indicator") | [.value, .basis, .num]' <<< "$output" | head -1)" = '["≥12处","年度计划",12]' ]
		[ "$(jq -c 'select(.type=="project") | [.indicators, .unparsed]' <<< "$output")" = '[4,0]' ]
		[ -z "$stderr" ]
	done
	run ind "$T/empty-col-before-value.txt" '[.value, .basis]'
	[ "${lines[3]}" = '["≥90%","问卷调查"]' ]
	run ind "$T/empty-col-before-value-pipe.txt" '[.value, .basis]'
	[ "$output" = '["≥12处","年度计划"]
["≥95%","检测报告"]' ]
	# only the row that has the extra cell is read one over
	run ind "$T/empty-col-before-value-one-row.txt" '[.value, .basis]'
	[ "$output" = '["≥12处","年度计划"]
["≥95%","检测报告"]
[null,null]
["≥90%","问卷调查"]' ]
	# a row with a gap after its empty value (no value nor basis, notes
	# far right) is read as it stands: its cells reported
	run unp "$T/empty-col-before-value-one-row.txt" '[.line, .reason]'
	[ "$output" = '[16,"indicator row cell under no column of the header: 统计数据"]
[16,"indicator row cell under no column of the header: 另附说明"]' ]
}
