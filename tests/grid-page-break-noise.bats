#!/usr/bin/env bats
# pbtable, tab grid (review r10): a page number under a purpose that
# names funds, a label cut across a page break, and a level 3 cut under
# the header drawn again.

load common

T="$FIX/r10c"

@test "a page number under a purpose naming 资金, 补助 or 财政 is said as one; the purpose is read" {
	f="$T/purpose-pagenum.txt"
	run proj "$f" '[.budget, .fiscal, .other, .purpose, .indicators, .unparsed]'
	[ "$output" = '[36,30,6,"拨付河道保洁补助资金",2,1]
[36,30,6,"财政专项保障设施运行",2,1]' ]
	run unp "$f" '[.line, .reason, .text]'
	[ "$output" = '[10,"page number line above the indicator table is no part of the project'"'"'s fields","7\n"]
[28,"page number line above the indicator table is no part of the project'"'"'s fields","12\n"]' ]
}

@test "a budget or name label cut across a page break is joined; the break's lines are said" {
	f="$T/budget-label-cut-break.txt"
	run proj "$f" '[.name, .name_from, .budget, .fiscal, .other, .purpose, .indicators]'
	[ "$output" = '["水质监测",null,50,45,5,"开展水质监测",2]
["堤防巡护",null,20,12,8,"雇用堤防巡护人员",2]
["排涝泵站电费",null,15,15,null,"支付泵站运行电费",2]' ]
	run unp "$f" '[.line, .reason, .text]'
	[ "$output" = '[10,"page number line above the indicator table is no part of the project'"'"'s fields","8\n"]
[48,"page header (a title) above the indicator table is no part of the project'"'"'s fields","2025年部门预算绩效文本\n"]' ]
}

@test "a level 3 cut under the header drawn again keeps its rest (准确率, 值班天数, 内容更新率)" {
	f="$T/level3-rest-header-again.txt"
	run_split pbtable "$f"
	run jq -sc '[(.[] | select(.type=="project") | [.budget, .purpose, .indicators, .unparsed]),
		(.[] | select(.type=="indicator") | [.level1, .level2, .level3, .value])]' <<< "$output"
	[ "$output" = '[[36,"开展水文监测",5,0],["产出指标","数量指标","监测点位","≥20个"],["产出指标","质量指标","数据准确率","≥98%"],["产出指标","时效指标","汛期值班天数","≥90天"],["效益指标","社会效益指标","信息内容更新率","100%"],["满意度指标","服务对象满意度指标","群众满意度","≥90%"]]' ]
}
