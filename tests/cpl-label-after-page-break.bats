#!/usr/bin/env bats
# pbtable, cell per line (review r10): the cell a label awaits after a
# page break, though its text holds a label's words (项目, 预算, 资金,
# 绩效) or is a blank first checkpoint, and a cell's paragraph inside an
# indicator row whose cells are apart by blank lines.

load common

T="$FIX/r10b"

# the fields every variant shares with clean.txt
same() {
	[ "$(proj "$1" '[.code, .budget, .fiscal, .other, .indicators]')" = '["51152325P000000003001",60,50,10,4]' ]
	[ "$(ind "$1" '[.level1, .level2, .level3, .value]')" = "$(ind "$T/clean.txt" '[.level1, .level2, .level3, .value]')" ]
}

@test "the clean filing: its fields" {
	run proj "$T/clean.txt" '[.name, .name_from, .purpose, .goals, [.schedule[]], [.spend[]], .unparsed]'
	[ "$output" = '["档案数字化管理项目",null,"执行部门预算，保障档案数字化资金使用",["完成项目预算内档案数字化","提升财政资金使用绩效"],[null,30,30,40],[0,18,36,60],0]' ]
	same "$T/clean.txt"
}

@test "a page break after 项目名称: the name that ends in 项目 is the name" {
	run proj "$T/name-after-break.txt" '[.name, .name_from, .unparsed]'
	[ "$output" = '["档案数字化管理项目",null,1]' ]
	run unp "$T/name-after-break.txt" '.text'
	[ "$output" = '"- 4 -\n"' ]
	same "$T/name-after-break.txt"
}

@test "a page break after the label column's empty cell: the purpose with 预算 and 资金 is the purpose" {
	run proj "$T/purpose-after-break.txt" '[.purpose, .unparsed]'
	[ "$output" = '["执行部门预算，保障档案数字化资金使用",1]' ]
	same "$T/purpose-after-break.txt"
}

@test "a page break after 绩效目标: the goals with 预算 and 绩效 are the goals" {
	run proj "$T/goals-after-break.txt" '[.goals, .unparsed]'
	[ "$output" = '[["完成项目预算内档案数字化","提升财政资金使用绩效"],1]' ]
	same "$T/goals-after-break.txt"
}

@test "a page break before a blank first checkpoint: the plan lines up" {
	run proj "$T/blank-plan-after-break.txt" '[.schedule, [.spend[]], .unparsed]'
	[ "$output" = '[{"03":null,"06":30,"10":30,"12":40},[0,18,36,60],1]' ]
	same "$T/blank-plan-after-break.txt"
}

@test "a label after 项目名称 and a page break is still no name" {
	run proj "$T/no-name-label-after-break.txt" '[.name, .name_from, .purpose, .budget]'
	[ "$output" = '["档案数字化管理项目","title","执行部门预算，保障档案数字化资金使用",60]' ]
	same "$T/no-name-label-after-break.txt"
}

@test "a paragraph of a cell in a row of spaced cells: the row is whole" {
	run ind "$T/paragraph-in-spaced-row.txt" '[.line, .level1, .level2, .level3, .description, .value, .basis]'
	[ "${lines[1]}" = '[57,"产出指标","时效指标","完成时限","档案数字化工作完成的时间","2025年12月底前","工作方案"]' ]
	[ "${lines[2]}" = '[68,"效益指标","社会效益指标","查档便利程度","群众查阅档案的便利程度","明显提升","往年经验"]' ]
	run proj "$T/paragraph-in-spaced-row.txt" '.unparsed'
	[ "$output" = 0 ]
	same "$T/paragraph-in-spaced-row.txt"
}

@test "a page break after a cell's paragraph in a row of spaced cells: the row is whole, the page number unparsed" {
	run ind "$T/paragraph-break-in-row.txt" '[.line, .level1, .level2, .level3, .description, .value, .basis]'
	[ "${lines[1]}" = '[57,"产出指标","时效指标","完成时限","档案数字化工作按期完成","2025年12月底前","工作方案"]' ]
	run unp "$T/paragraph-break-in-row.txt" '[.line, .text]'
	[ "$output" = '[64,"- 4 -\n"]' ]
	same "$T/paragraph-break-in-row.txt"
}
