#!/usr/bin/env bats
# Review r12's three misreadings of pbtable: the top of a cell-per-line
# table drawn again after a page break (its title, department, 单位 and
# 项目编码 rows) read as indicator rows; a 资金用途： label kept in the
# purpose written after it in its cell; and 其中：财政资金 cut by a line
# or paragraph break in a cell-per-line table (the fiscal funds lost).

load common

R="$FIX/r12b"

# [budget, fiscal, other, purpose, indicators] of each project
money() {
	proj "$1" '[.budget, .fiscal, .other, .purpose, .indicators]'
}

@test "cell per line: the top drawn again under its title is no indicator row" {
	for f in cell-top-again-cont cell-top-again-title cell-top-again-bare; do
		run money "$R/$f.txt"
		[ "$output" = '[88,80,8,"用于农村公路日常养护、路面修补",4]
[20,20,null,"用于安装道路护栏",2]' ] || { echo "$f: $output"; return 1; }
		# the indicators are the table's, in order, none named after the top's cells
		run ind "$R/$f.txt" 'select(.project_seq == 1) | .level1'
		[ "$output" = '"产出指标"
"产出指标"
"效益指标"
"满意度指标"' ] || { echo "$f: $output"; return 1; }
		run pbcheck "$R/$f.txt"
		[[ "$output" != *"[level1-unknown]"* ]]
	done
	# the title again (with 续 or without) is no paragraph of the basis above it
	for f in cell-top-again-cont cell-top-again-title; do
		[ "$(ind "$R/$f.txt" 'select(.project_seq == 1 and .seq == 2) | .basis')" = '"评定标准"' ]
	done
	# with no break at all, the department's line alone is said so
	[ "$(unp "$R/cell-top-again-bare.txt" '.text')" = '"\t703002青山县交通运输局\n"' ]
	[ -z "$(unp "$R/cell-top-again-title.txt" '.line')" ]
}

@test "cell per line: the top again with a 单位名称 row: its 项目编码 rows on are passed over whole" {
	f="$R/cell-top-again-dept-row.txt"
	# the 单位名称 row of several cells too (tb_page_furniture took
	# rows of one cell only: an indicator named 单位名称)
	run ind "$f" 'select(.project_seq == 1) | .level1'
	[ "$output" = '"产出指标"
"产出指标"
"效益指标"
"满意度指标"' ]
	run unp "$f" '.line'
	[ "$output" = '62' ]
	run pbcheck "$f"
	[[ "$output" != *"项目编码 row again"* ]]
}

@test "资金用途： before the purpose in its cell is no part of it, in every layout" {
	for f in cell-purpose-label cell-purpose-label-2nd grid-purpose-label pipe-purpose-label; do
		run proj "$R/$f.txt" '[.purpose, .budget, .fiscal, .other]'
		[ "$output" = '["用于农村公路日常养护、路面修补",88,80,8]' ] || { echo "$f: $output"; return 1; }
	done
	[ "$(proj "$R/grid-purpose-label.txt" .indicators)" = 2 ]
	[ "$(proj "$R/cell-purpose-label.txt" .indicators)" = 4 ]
}

@test "a purpose that starts with 资金用途 but no colon keeps it" {
	[ "$(proj "$R/grid-purpose-word.txt" .purpose)" = '"资金用途为农村公路日常养护、路面修补"' ]
	[ "$(proj "$R/cell-purpose-word.txt" .purpose)" = '"资金用途主要是农村公路日常养护、路面修补"' ]
}

@test "cell per line: 其中：财政 / 资金 cut by a line or paragraph break is the fiscal label" {
	for f in cell-fiscal-cut-para cell-fiscal-cut-cells cell-fiscal-cut-cells-blank; do
		run money "$R/$f.txt"
		[ "$output" = '[88,80,8,"用于农村公路日常养护、路面修补",4]' ] || { echo "$f: $output"; return 1; }
		[ -z "$(unp "$R/$f.txt" '.line')" ]
		run pbcheck "$R/$f.txt"
		[[ "$output" != *"error"* ]] || { echo "$f: $output"; return 1; }
	done
}
