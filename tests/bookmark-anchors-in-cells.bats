#!/usr/bin/env bats
# pbtable: a DOCX conversion's bookmark anchors ([bookmark: _GoBack],
# [bookmark: _Toc…], [bookmark: NAME]) print nothing in the document;
# inside a cell's text, or before a cell's tab, they were read as text.

load common

R="$FIX/r23h"

@test "bookmark in a value cell: dropped, the value read" {
	run ind "$R/bookmark-in-value-cell-cpl.txt" '[.value, .op, .num, .unit, .kind]'
	[ "$output" = '["≥10个",">=",10,"个","number"]' ]
}

@test "bookmark in the code and budget cells: dropped, code and budget read" {
	run proj "$R/bookmark-in-code-and-budget-cells-cpl.txt" '[.code, .budget, .unparsed]'
	[ "$output" = '["13010125P000000000001",100,0]' ]
	run ind "$R/bookmark-in-code-and-budget-cells-cpl.txt" '.value'
	[ "${lines[0]}" = '"≥10个"' ]
}

@test "bookmark at a line's start before a cell's tab: the cell is a cell, not glued to the one above" {
	run ind "$R/bookmark-before-cell-tab-cpl.txt" '[.level3, .description, .value, .basis]'
	[ "${lines[0]}" = '["测试数量","测试数量描述","≥10个","工作计划"]' ]
	run proj "$R/bookmark-before-cell-tab-cpl.txt" '.unparsed'
	[ "$output" = 0 ]
}

@test "bookmark in tab grid cells: dropped from the code and the value" {
	run proj "$R/bookmark-in-cells-grid.txt" '[.code, .unparsed]'
	[ "$output" = '["51152325P000013100021",0]' ]
	run ind "$R/bookmark-in-cells-grid.txt" '[.value, .kind]'
	[ "${lines[0]}" = '["≥1000亩","number"]' ]
}
