#!/usr/bin/env bats
# pbtable: a tab grid row whose level-1 cell wraps together with its
# level-2 or level-3 cell (each cell's rest on the next line, in its own
# column, a page break or none between) made a fifth indicator named
# 标 | 标 (review r11, finding 2); a value with a blank before its
# decimal point (≤120 .5万元) read as 120 and the unit .5万元 (finding 4).

load common

T="$FIX/r11e"

@test "tab grid: level 1 and level 2 cut on one line join their names, with or without a page break" {
	run ind "$T/grid-level1-with-level2.txt" '[.project_seq, .line, .level1, .level2, .level3, .description, .value, .basis]'
	[ "$(sed -n 3p <<< "$output")" = '[1,22,"效益指标","社会效益指标","文化惠民","丰富群众文化生活","明显提升","往年经验"]' ]
	[ "$(sed -n 7p <<< "$output")" = '[2,41,"效益指标","经济效益指标","带动消费","带动文化消费增长","≥3%","统计数据"]' ]
	# the description and basis cut on the same line go on theirs
	[ "$(sed -n 11p <<< "$output")" = '[3,64,"效益指标","社会效益指标","文化惠民","丰富群众文化生活","明显提升","往年经验"]' ]
	[ "$(jq -r '.[2]' <<< "$output" | sort -u | tr '\n' ' ')" = '产出指标 效益指标 满意度指标 ' ]
	run proj "$T/grid-level1-with-level2.txt" '[.code, .indicators, .budget, .unparsed]'
	[ "$output" = '["62010225P000310000011",4,30,0]
["62010225P000320000012",4,20,1]
["62010225P000330000013",4,10,0]' ]
	# (the one unparsed record: the page number 7 before the header again)
	run bash -c "pbcheck '$T/grid-level1-with-level2.txt' 2>&1 | grep -c 'level1-unknown\|empty-field\|no-benefit-indicator'"
	[ "$output" = 0 ]
}

@test "tab grid: level 1 and level 3 cut on one line join their names, the value's rest too" {
	run ind "$T/grid-level1-with-level3.txt" '[.project_seq, .line, .level1, .level2, .level3, .value, .num, .unit]'
	[ "$(sed -n 3p <<< "$output")" = '[1,22,"效益指标","社会效益指标","文化惠民覆盖面","明显提升",null,null]' ]
	[ "$(sed -n 7p <<< "$output")" = '[2,41,"效益指标","经济效益指标","带动文化消费","≥3%",3,"%"]' ]
	# all three level names cut
	[ "$(sed -n 11p <<< "$output")" = '[3,64,"效益指标","社会效益指标","文化惠民覆盖面","明显提升",null,null]' ]
	run proj "$T/grid-level1-with-level3.txt" '[.indicators, .budget]'
	[ "$output" = '[4,30]
[4,20]
[4,10]' ]
	run bash -c "pbcheck '$T/grid-level1-with-level3.txt' 2>&1 | grep -c 'level1-unknown\|empty-field\|no-benefit-indicator'"
	[ "$output" = 0 ]
}

@test "a blank before a decimal point (≤120 .5万元): partial, no unit starting with '.'; thousands spaces still read" {
	run ind "$T/value-blank-before-point.txt" '[.value, .op, .num, .unit, .kind, .partial]'
	[ "$(sed -n 2p <<< "$output")" = '["≤120 .5万元","<=",null,null,"text",true]' ]
	# (guards: a thousands space and a decimal without a blank, read as before)
	[ "$(sed -n 3p <<< "$output")" = '["≤1 000元","<=",1000,"元","number",null]' ]
	[ "$(sed -n 4p <<< "$output")" = '["≤12.5万元","<=",12.5,"万元","number",null]' ]
	run proj "$T/value-blank-before-point.txt" '[.indicators, .budget, .unparsed]'
	[ "$output" = '[6,30,0]' ]
	run bash -c "pbcheck '$T/value-blank-before-point.txt' 2>&1 | grep -c 'value-partial'"
	[ "$output" = 1 ]
}
