#!/usr/bin/env bats
# Cell per line (DOCX): indicator rows that no blank line parts, the
# header run into the first row, and a row that a page break cut with
# the header repeated (as Word repeats it) between its pieces.

load common

C="$FIX/cpl23"

# [level1, level2, level3, description, value, basis] of each indicator
rows() {
	ind "$1" '[.level1, .level2, .level3, .description, .value, .basis]'
}

@test "cell per line: rows with no blank line between them are taken the header's width at a time" {
	run rows "$C/rows-no-blank.txt"
	[ "$output" = '["产出指标","数量指标","测试数量","数量描述","≥10个","工作计划"]
["效益指标","社会效益指标","测试效益","效益描述","有效提升","往年经验"]' ]
	[ "$(proj "$C/rows-no-blank.txt" '[.indicators, .unparsed]')" = '[2,0]' ]
}

@test "cell per line: the header run into the first row ends at its level-1 name" {
	run rows "$C/header-glued.txt"
	[ "$output" = '["产出指标","数量指标","测试数量","数量描述","≥10个","工作计划"]
["产出指标","质量指标","合格率","合格率描述","≥95%","标准"]
["效益指标","社会效益指标","测试效益","效益描述","有效提升","往年经验"]' ]
	run_split pbtable "$C/header-glued.txt"
	[ "$status" -eq 0 ] && [ -z "$stderr" ]
}

@test "cell per line: a row short of a cell with no blank lines is said, cell by cell, never lost" {
	f="$C/row-short-no-blank.txt"
	# the short row is read as far as it goes; the rest is under no column
	[ "$(ind "$f" '.level1')" = '"产出指标"' ]
	[ "$(proj "$f" '.unparsed')" = 11 ]
	[ "$(unp "$f" '.text' | tr -d '"\\' | sed 's/^t//;s/n$//' | tr '\n' ' ')" = \
		'质量指标 合格率 合格率描述 ≥95% 标准 效益指标 社会效益指标 测试效益 效益描述 有效提升 往年经验 ' ]
	# no level-2 name read as a level-1 name
	[ -z "$(ind "$f" 'select(.level1 == "质量指标" or .level1 == "社会效益指标")')" ]
}

@test "cell per line: a row cut by a page break with the header repeated goes on past the header" {
	for f in header-again-in-row header-again-no-blank; do
		run rows "$C/$f.txt"
		[ "$output" = '["产出指标","数量指标","测试数量","数量描述","≥10个","工作计划"]
["效益指标","社会效益指标","测试效益","效益描述","有效提升","往年经验"]' ] || { echo "$f: $output"; return 1; }
		[ "$(proj "$C/$f.txt" '[.indicators, .unparsed]')" = '[2,0]' ] || { echo "$f"; return 1; }
		[ "$(ind "$C/$f.txt" 'select(.seq == 1) | [.op, .num, .unit]')" = '[">=",10,"个"]' ]
	done
}

@test "cell per line: the table's top with no blank lines: its labels start their rows" {
	run proj "$C/top-no-blank.txt" '[.budget, .fiscal, .other, .purpose, .schedule, .goals, .indicators, .unparsed]'
	[ "$output" = '[100,80,20,"用于测试",{"03":25,"06":25,"10":25,"12":25},["完成测试"],2,0]' ]
	# the other funds' amount empty: the purpose's empty label cell is not it
	run proj "$C/top-no-blank-other-empty.txt" '[.budget, .fiscal, .other, .purpose, .schedule, .goals, .unparsed]'
	[ "$output" = '[100,100,null,"用于测试",{"03":25,"06":25,"10":25,"12":25},["完成测试"],0]' ]
	run_split pbtable "$C/top-no-blank.txt"
	[ -z "$stderr" ]
}
