#!/usr/bin/env bats
# review r15 F02, F03, F10, F05, F13: how the indicator rows are read
# when a converter left out their merged level cells, a PDF centred the
# level-1 name, or a 指标性质 column repeats or names what the value says.
load common

R="$FIX/r15b"

# [level1, level2, level3, description, value, num, basis] of each indicator
levels='[.level1, .level2, .level3, .description, .value, .num, .basis]'

@test "r15b: a row without its merged level-1 cell, starting with 成本指标 or a blank level-2 cell, is read one column over" {
	for l in tab cpl md; do
		for f in $(forms "$R/l1-left-out.$l.txt"); do
			run ind "$f" "$levels"
			[ "${lines[1]}" = '["产出指标","数量指标","安全设施维护","维护护栏标志","≥300处",300,"设施台账"]' ]
			[ "${lines[2]}" = '["产出指标","质量指标","路面完好率","县乡道路面完好率","≥85%",85,"检测报告"]' ]
			# the cost's ceiling is read, under 产出指标
			[ "${lines[3]}" = '["产出指标","成本指标","每公里养护成本","县乡道每公里年养护费","≤6000元/公里",6000,"定额标准"]' ]
			[ "${lines[4]}" = '["效益指标","社会效益指标","群众出行条件","道路通行保障","明显改善",null,"群众反映"]' ]
			# a newer-framework 成本指标 block (经济成本指标 after it),
			# its basis blank, is a block of its own
			[ "${lines[7]}" = '["成本指标","经济成本指标","人均培训成本","每人次培训费","≤300元/人次",300,null]' ]
			run proj "$f" '[.code, .budget, .indicators, .unparsed]'
			[ "$output" = '["51152325P000021200008",80,6,0]
["51152325P000021200009",12,4,0]' ]
			run_split pbtable "$f"
			[ -z "$stderr" ]
			# no finding on the filer for what the reading lost
			run pbcheck "$f"
			! grep -q 'unquantified\|level2-unknown\|level1-unknown' <<< "$output"
		done
	done
}

@test "r15b: a row without both merged level cells, its value words and its basis blank, is read two columns over" {
	for l in tab cpl md; do
		for f in $(forms "$R/levels-left-out-words.$l.txt"); do
			run ind "$f" "$levels"
			[ "${lines[1]}" = '["产出指标","数量指标","桥梁巡查","县乡道桥梁定期巡查","按规范开展",null,null]' ]
			# the rows after it keep their level 1
			[ "${lines[2]}" = '["产出指标","质量指标","路面完好率","县乡道路面完好率","≥85%",85,"检测报告"]' ]
			[ "${lines[3]}" = '["产出指标","成本指标","每公里养护成本","县乡道每公里年养护费","≤6000元/公里",6000,"定额标准"]' ]
			run proj "$f" '[.budget, .indicators, .unparsed]'
			[ "$output" = '[80,6,0]' ]
			run pbcheck "$f"
			! grep -q 'level1-unknown' <<< "$output"
		done
	done
}

@test "r15b: a level 1 printed again on its block's second row keeps the merged level 2 beside it" {
	for l in tab md; do
		for f in $(forms "$R/l1-centred-l2-merged.$l.txt"); do
			run ind "$f" "$levels"
			[ "${lines[0]}" = '["产出指标","数量指标","养护里程","全年日常养护县乡道里程","≥120公里",120,"养护计划"]' ]
			[ "${lines[1]}" = '["产出指标","数量指标","桥梁巡查","县乡道桥梁定期巡查","≥36座次",36,"巡查制度"]' ]
			[ "${lines[2]}" = '["产出指标","质量指标","路面完好率","县乡道路面完好率","≥85%",85,"检测报告"]' ]
			run proj "$f" '[.budget, .indicators, .unparsed]'
			[ "$output" = '[80,5,0]' ]
		done
	done
}

@test "r15b: a sign in 指标性质 that the value already starts with is not written twice; one that differs is said" {
	for l in tab cpl md; do
		for f in $(forms "$R/xingzhi-sign-repeated.$l.txt"); do
			run ind "$f" '[.value, .op, .num, .unit]'
			[ "$output" = '["≥120公里",">=",120,"公里"]
["不少于36座次",">=",36,"座次"]
["≥85%",">=",85,"%"]
["≥6000元/公里",">=",6000,"元/公里"]
["明显改善",null,null,null]
["≥90%",">=",90,"%"]' ]
			run proj "$f" '[.budget, .indicators, .unparsed]'
			[ "$output" = '[80,6,1]' ]
			run unp "$f" '.reason'
			[ "$output" = '"指标性质 ≤ differs from the value'"'"'s own sign: ≥6000元/公里"' ]
		done
	done
}

@test "r15b: 正向 or 反向 in 指标性质 is no operator and no unparsed record" {
	for l in tab cpl md; do
		for f in $(forms "$R/xingzhi-direction.$l.txt"); do
			run ind "$f" '[.value, .op, .num]'
			[ "$output" = '["≥120公里",">=",120]
["≤6000元/公里","<=",6000]
["明显改善",null,null]
["≥90%",">=",90]' ]
			run proj "$f" '[.budget, .indicators, .unparsed]'
			[ "$output" = '[80,4,0]' ]
			run_split pbtable "$f"
			[ -z "$stderr" ]
		done
	done
}

@test "r15b: a short row whose cells cannot tell is read as it stands, said, and gives no level 1 to the rows below" {
	for l in tab cpl md; do
		for f in $(forms "$R/levels-left-out-unsure.$l.txt"); do
			run ind "$f" '[.level1, .level2, .level3, .value]'
			[ "${lines[1]}" = '["桥梁巡查",null,"按规范开展",null]' ]
			[ "${lines[2]}" = '["产出指标","质量指标","路面完好率","≥85%"]' ]
			run proj "$f" '[.budget, .indicators, .unparsed]'
			[ "$output" = '[80,5,1]' ]
			run unp "$f" '.reason'
			[ "$output" = '"indicator row short of the header whose first cell names no level: it may lack its merged level cells"' ]
		done
	done
}
