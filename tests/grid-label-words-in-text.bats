#!/usr/bin/env bats
# pbtable, tab grid and pipe rows (review r10): a goal or purpose line
# that names a label's words (绩效目标, 预算, 资金支出计划) is text, not a
# label; only a cell that is the label is one.

load common

T="$FIX/r11c"

@test "a goal naming 绩效目标 or 资金支出计划, on its own line or after a blank line, is a goal" {
	f="$T/goal-names-goals.txt"
	run proj "$f" '[.name, .budget, .goals, .indicators, .unparsed]'
	[ "$output" = '["乡村公路养护经费",80,["完成乡村公路日常养护","实现年度绩效目标"],2,0]
["桥梁检测经费",30,["完成桥梁定期检测","确保完成绩效目标","按资金支出计划完成支付"],3,0]' ]
	run unp "$f" '.text'
	[ "$output" = '' ]
}

@test "a purpose line naming 预算, 资金支出计划 or 资金用途 is the purpose's; the page break after it is said" {
	f="$T/purpose-names-labels.txt"
	run proj "$f" '[.budget, .fiscal, .other, .purpose, .schedule["06"], .goals, .indicators]'
	[ "$output" = '[65,60,5,"用于城区绿地日常管护2025年绿化专项预算含苗木补植",30,["完成城区绿地管护"],2]
[12,12,null,"用于古树名木复壮和挂牌资金支出计划按季度安排",40,["完成古树名木复壮"],3]
[18,18,null,"本项目资金用途为公园座椅和步道维修",50,["完成公园设施维修"],2]' ]
	run unp "$f" '[.line, .text]'
	[ "$output" = '[34,"5\n"]
[36,"2025年部门预算绩效文本\n"]' ]
}

@test "pipe rows: a purpose row naming 预算 and a goal row naming 绩效目标 are text" {
	f="$T/pipe-goal-purpose.txt"
	run proj "$f" '[.budget, .fiscal, .purpose, .schedule["12"], .goals, .indicators, .unparsed]'
	[ "$output" = '[45,45,"用于农村供水工程维修养护其中维修养护预算不少于三十万元",20,["完成供水工程维修养护","全面完成年度绩效目标"],3,0]' ]
}
