#!/usr/bin/env bats
# pbtable: budget rows whose money was lost or misread (review r7: G1,
# G3, G4, G5, G8, G9, G6; review r7b: H10).

load common

T="$FIX/budget8"

@test "财政资金 and 其他资金 in a row of their own after 预算数 (two pairs, a merged 其中, labels over amounts) are read" {
	for f in pairs-row pairs-row-cpl pairs-row-html pairs-row-pipe pairs-row-nolead; do
		run_split pbtable "$T/$f.txt"
		[ "$(jq -c 'select(.type=="project") | [.budget, .fiscal, .other, .purpose, .unparsed]' <<< "$output")" = '[100,80,20,"用于测试",0]' ]
		[ -z "$stderr" ]
	done
	for f in merged-qizhong merged-qizhong-cpl merged-qizhong-html funds-labels-over-amounts \
		funds-labels-over-amounts-cpl; do
		run_split pbtable "$T/$f.txt"
		[ "$(jq -c 'select(.type=="project") | [.budget, .fiscal, .other, .purpose, .unparsed]' <<< "$output")" = '[150,100,50,"用于测试",0]' ]
		[ -z "$stderr" ]
	done
}

@test "a note beside a funds amount, or a source read as neither, is said; the funds are still read" {
	run_split pbtable "$T/pair-with-note.txt"
	[ "$(jq -c 'select(.type=="project") | [.budget, .fiscal, .other, .purpose, .unparsed]' <<< "$output")" = '[100,80,20,"用于测试",1]' ]
	[[ "$stderr" == *":14: warning: budget row cell that no field reads: （含上级补助30万元）" ]]
	run_split pbtable "$T/one-a-row-zichou.txt"
	[ "$(jq -c 'select(.type=="project") | [.budget, .fiscal, .other, .purpose, .unparsed]' <<< "$output")" = '[100,80,null,"用于测试",1]' ]
	[[ "$stderr" == *":15: warning: budget row amount under a label read as none of 预算数, 财政资金, 其他资金: 自筹资金 20.00" ]]
	run_split pbtable "$T/one-a-row-jiezhuan-then-other.txt"
	[ "$(jq -c 'select(.type=="project") | [.budget, .fiscal, .other, .purpose, .unparsed]' <<< "$output")" = '[100,80,20,"用于测试",1]' ]
	[[ "$stderr" == *":15: warning: budget row amount under a label read as none of 预算数, 财政资金, 其他资金: 其中：上年结转 30.00" ]]
}

@test "中期 and 年度 columns: the funds under this year's column are read, the others said" {
	run_split pbtable "$T/mid-and-year-columns.txt"
	[ "$(jq -c 'select(.type=="project") | [.budget, .fiscal, .other, .purpose, .unparsed]' <<< "$output")" = '[100,80,20,"用于测试",3]' ]
	[[ "$stderr" == *":14: warning: budget row amount under a label other than this year's 预算数: 中期资金总额 其中：财政拨款 240.00"* ]]
	[[ "$stderr" == *":15: warning: budget row amount under a label other than this year's 预算数: 中期资金总额 其他资金 60.00"* ]]
	run proj "$T/mid-and-year-columns-other.txt" '[.budget, .fiscal, .other, .purpose, .unparsed]'
	[ "$output" = '[100,50,50,"用于测试",3]' ]
	# a row of blank 其他资金 labels is no purpose
	run proj "$T/mid-and-year-columns-blank-other.txt" '[.budget, .fiscal, .other, .purpose, .unparsed]'
	[ "$output" = '[100,100,null,"用于测试",2]' ]
}

@test "labels over amounts with a fourth label (上年结转, 自筹资金): each amount is its label's by column" {
	for f in four-labels-blank-other four-labels-blank-other-cpl four-labels-blank-other-html; do
		run_split pbtable "$T/$f.txt"
		[ "$(jq -c 'select(.type=="project") | [.budget, .fiscal, .other, .unparsed]' <<< "$output")" = '[150,100,null,1]' ]
		[[ "$stderr" == *"warning: budget row amount under a label read as none of 预算数, 财政资金, 其他资金: 上年结转 50.00" ]]
	done
	for f in four-labels-zichou-mid four-labels-zichou-end; do
		run_split pbtable "$T/$f.txt"
		[ "$(jq -c 'select(.type=="project") | [.budget, .fiscal, .other, .unparsed]' <<< "$output")" = '[150,100,null,1]' ]
		[[ "$stderr" == *":14: warning: budget row amount under a label read as none of 预算数, 财政资金, 其他资金: 自筹资金 50.00" ]]
	done
	# the fourth label right after 预算数 is no amount of it
	run_split pbtable "$T/four-labels-jiezhuan-second.txt"
	[ "$(jq -c 'select(.type=="project") | [.budget, .fiscal, .other, .unparsed]' <<< "$output")" = '[150,100,null,1]' ]
	[[ "$stderr" == *":14: warning: budget row amount under a label read as none of 预算数, 财政资金, 其他资金: 上年结转 50.00" ]]
	run_split pbtable "$T/four-labels-full.txt"
	[ "$(jq -c 'select(.type=="project") | [.budget, .fiscal, .other, .unparsed]' <<< "$output")" = '[150,80,20,1]' ]
	[[ "$stderr" == *":14: warning: budget row amount under a label read as none of 预算数, 财政资金, 其他资金: 上年结转 50.00" ]]
}

@test "a project name holding 预算数 (预算数据平台运维经费) is no budget label" {
	for f in name-holds-yusuanshu name-holds-yusuanshu-cpl name-holds-yusuanshu-html name-holds-yusuanshu-pipe \
		name-holds-niandu-yusuanshu name-holds-yusuanshu-no-title; do
		run_split pbtable "$T/$f.txt"
		[ "$(jq -c 'select(.type=="project") | [.budget, .fiscal, .other, .purpose, .unparsed]' <<< "$output")" = '[150,100,50,"用于测试",0]' ]
		[ "$(jq -c 'select(.type=="project") | .budget_line > .code_line' <<< "$output")" = true ]
		[ -z "$stderr" ]
	done
	run proj "$T/name-is-nianchu-yusuanshu-cpl.txt" '[.name, .budget, .fiscal, .other, .purpose, .unparsed]'
	[ "$output" = '["年初预算数",150,100,50,"用于测试",0]' ]
	run proj "$T/name-holds-yusuanshu.txt" .name
	[ "$output" = '"预算数据平台运维经费"' ]
	run proj "$T/name-holds-yusuanshu-two-projects.txt" '[.budget, .fiscal, .other]'
	[ "$output" = '[150,100,50]
[150,100,50]' ]
}

@test "a 合计 cell under or beside 预算数, and labels spanning two columns, keep each amount with its label" {
	for f in total-row-under-spanned-label total-label-under-yusuanshu; do
		run_split pbtable "$T/$f.txt"
		[ "$(jq -c 'select(.type=="project") | [.budget, .fiscal, .other, .purpose, .unparsed]' <<< "$output")" = '[150,100,50,"用于测试",0]' ]
		[ -z "$stderr" ]
	done
	run_split pbtable "$T/amounts-under-spanned-labels.txt"
	[ "$(jq -c 'select(.type=="project") | [.budget, .fiscal, .other, .unparsed]' <<< "$output")" = '[150,150,null,0]' ]
	[ -z "$stderr" ]
}

@test "a page number between the halves of a budget row cut by a page break: the rest is still the budget row" {
	for f in page-number-in-budget-row page-number-bare-in-budget-row page-number-blank-lines-in-budget-row \
		page-number-after-fiscal-amount page-number-after-yusuanshu; do
		run_split pbtable "$T/$f.txt"
		[ "$(jq -c 'select(.type=="project") | [.budget, .fiscal, .other, .purpose, .unparsed]' <<< "$output")" = '[150,100,50,"用于测试",1]' ]
		[[ "$stderr" == *"warning: page number line inside the budget row is no part of it" ]]
	done
}

@test "labels ending the budget row, their amounts on the row below under them: each amount is its label's" {
	run_split pbtable "$T/labels-then-amounts-below.txt"
	[ "$(jq -c 'select(.type=="project") | [.budget, .fiscal, .other, .purpose, .unparsed]' <<< "$output")" = '[100,80,20,"用于测试",0]' ]
	[ -z "$stderr" ]
	# and a source read as neither below a labels-over-amounts budget is said
	run_split pbtable "$T/labels-over-amounts-then-jiezhuan.txt"
	[ "$(jq -c 'select(.type=="project") | [.budget, .fiscal, .other, .purpose, .unparsed]' <<< "$output")" = '[100,80,20,"用于测试",1]' ]
	[[ "$stderr" == *"warning: budget row amount under a label read as none of 预算数, 财政资金, 其他资金: 其中：上年结转 30.00" ]]
}

@test "a unit in its own cell after an amount is that amount's unit" {
	for f in unit-cell-wan-in-yuan-table unit-cell-yuan-in-wan-table unit-cell-yuan-no-unit-line; do
		run_split pbtable "$T/$f.txt"
		[ "$(jq -c 'select(.type=="project") | [.budget, .fiscal, .other, .purpose, .unparsed]' <<< "$output")" = '[150,150,null,"用于测试",0]' ]
		[ -z "$stderr" ]
	done
	run_split pbtable "$T/unit-cell-one-a-row.txt"
	[ "$(jq -c 'select(.type=="project") | [.budget, .fiscal, .other, .purpose, .unparsed]' <<< "$output")" = '[100,80,20,"用于测试",0]' ]
	[ -z "$stderr" ]
}

@test "-, —, / or 无 alone in 财政资金 or 其他资金 is none, as a blank cell; not in 预算数, nor with more in the cell" {
	for f in other-dash other-emdash other-slash other-wu other-dash-cpl other-dash-html; do
		run_split pbtable "$T/$f.txt"
		[ "$(jq -c 'select(.type=="project") | [.budget, .fiscal, .other, .unparsed]' <<< "$output")" = '[100,100,null,0]' ]
		[ -z "$stderr" ]
	done
	run_split pbtable "$T/fiscal-emdash.txt"
	[ "$(jq -c 'select(.type=="project") | [.budget, .fiscal, .other, .unparsed]' <<< "$output")" = '[100,null,100,0]' ]
	[ -z "$stderr" ]
	run_split pbtable "$T/budget-dash.txt"
	[ "$(jq -c 'select(.type=="project") | [.budget, .fiscal, .other, .unparsed]' <<< "$output")" = '[null,100,null,1]' ]
	[[ "$stderr" == *":16: warning: 预算数 is not an amount: -" ]]
	run_split pbtable "$T/other-two-dashes.txt"
	[ "$(jq -c 'select(.type=="project") | [.budget, .fiscal, .other, .unparsed]' <<< "$output")" = '[100,100,null,1]' ]
	[[ "$stderr" == *":16: warning: 其他资金 is not an amount: - -" ]]
}
