#!/usr/bin/env bats
# pbtable: layouts of new filings that gave wrong money or lost data (review r4a).

load common

T="$FIX/table4"

@test "plan without a unit: percentages by their values (wrapped （%） too), amounts ending at the budget, else null and warned" {
	for f in "$T/plan-unitless-percent.txt" "$T/plan-unit-wrapped.txt"; do
		run proj "$f" '[.schedule_unit, .spend["03"], .spend["12"], .unparsed]'
		[ "$output" = '["%",5,20,0]' ]
	done
	run proj "$T/plan-unitless-amounts.txt" '[.schedule_unit, .schedule["03"], .spend["12"] == .budget]'
	[ "$output" = '["万元",50,true]' ]
	run proj "$T/plan-unitless-neither.txt" '[.schedule_unit, .schedule, ([.spend[]] | unique)]'
	[ "$output" = '[null,null,[null]]' ]
	run unp "$T/plan-unitless-neither.txt" '.reason | test("spending plan names no unit")'
	[ "$output" = true ]
}

@test "budget labels in one row, amounts in the next: read under their labels, or in order; else null and warned" {
	for f in "$T/budget-labels-over-values.txt" "$T/budget-labels-over-values-shifted.txt"; do
		run proj "$f" '[.budget, .fiscal, .other, .purpose, .unparsed]'
		[ "$output" = '[20,15,5,"用于高标准农田建设",0]' ]
	done
	run proj "$T/budget-labels-over-values-short.txt" '[.budget, .fiscal, .other, .unparsed]'
	[ "$output" = '[null,null,null,1]' ]
	run unp "$T/budget-labels-over-values-short.txt" '.reason | test("budget amounts under no label")'
	[ "$output" = true ]
}

@test "budget written one label a row: the fiscal and other funds are read, not taken into the purpose" {
	for f in "$T/budget-one-label-a-row.txt" "$T/budget-one-label-a-row-incell.txt"; do
		run proj "$f" '[.budget, .fiscal, .other, .purpose, .unparsed]'
		[ "$output" = '[20,15,5,"用于高标准农田建设",0]' ]
	done
	run proj "$T/budget-one-label-a-row-blank.txt" '[.budget, .fiscal, .other, .purpose]'
	[ "$output" = '[20,15,null,"用于高标准农田建设"]' ]
	# a purpose that names the funds is still the purpose
	run proj "$T/budget-one-label-a-row-purpose.txt" '[.fiscal, .other, .purpose]'
	[ "$output" = '[15,5,"财政资金用于高标准农田建设"]' ]
}

@test "a line break inside an amount or label above the indicators: the pieces make one cell (tab grid, pipe, plan)" {
	for f in cut-budget-amount cut-other-amount cut-pipe-amount cut-label cut-plan-amount; do
		run proj "$T/$f.txt" '[.budget, .fiscal, .other, .purpose, .spend["12"], .unparsed]'
		[ "$output" = '[20,15,5,"用于高标准农田建设",20,0]' ]
	done
	# a page number under an amount is no piece of it
	run proj "$T/cut-page-number-not-amount.txt" '.other'
	[ "$output" = 5 ]
}

@test "a 单位 line below the budget or the purpose rules the amounts read before it, and is no purpose" {
	for f in unit-after-budget unit-after-purpose; do
		run proj "$T/$f.txt" '[.source_unit, .budget, .fiscal, .other, .spend["12"], .purpose, .unparsed]'
		[ "$output" = '["元",20,15,5,20,"用于高标准农田建设",0]' ]
	done
	# with the department in its row: neither is the purpose
	run proj "$T/dept-unit-row-below-budget.txt" '[.dept_code, .source_unit, .budget, .purpose, .unparsed]'
	[ "$output" = '["512001","元",20,"用于高标准农田建设",0]' ]
	# a unit that cannot be converted: the amounts before it are null too
	run proj "$T/unit-after-budget-unknown.txt" '[.budget, .fiscal, .other, .schedule]'
	[ "$output" = '[null,null,null,{"03":null,"06":null,"10":null,"12":null}]' ]
	run unp "$T/unit-after-budget-unknown.txt" '.reason'
	[ "$output" = '"unknown currency unit 千元: amounts left null"' ]
}

@test "plan values that do not line up with spanned checkpoints: as many as the checkpoints go in order, else null and warned" {
	for f in plan-values-one-ahead plan-values-span-dropped; do
		run proj "$T/$f.txt" '[.schedule, .unparsed]'
		[ "$output" = '[{"03":5,"06":10,"10":15,"12":20},0]' ]
	done
	run proj "$T/plan-values-too-few.txt" '[([.schedule[]] | unique), ([.spend[]] | unique)]'
	[ "$output" = '[[null],[null]]' ]
	run unp "$T/plan-values-too-few.txt" '.reason'
	[ "$output" = '"spending plan values do not line up with its checkpoints: left null"' ]
}

@test "the budget row's own text: 资金用途 there starts the purpose; any other text is an unparsed record" {
	for f in purpose-in-budget-row purpose-in-budget-row-cell; do
		run proj "$T/$f.txt" '[.budget, .fiscal, .other, .purpose, .unparsed]'
		[ "$output" = '[20,15,5,"用于高标准农田建设",0]' ]
	done
	run unp "$T/budget-row-stray-text.txt" '[.line, .reason]'
	[ "$output" = '[12,"budget row cell that no field reads: 含上年结转"]' ]
}

@test "项目代码 labels the code (and gives the year); a blank 项目名称 is not the next label, and that row's other cells are reported" {
	for f in code-label-daima code-label-daima-incell; do
		run proj "$T/$f.txt" '[.code, .year, .name, .unparsed]'
		[ "$output" = '["51152325P000013100021",2025,"高标准农田建设项目",0]' ]
	done
	# the name falls back to the title, as for a missing name cell
	run proj "$T/name-blank-next-label.txt" '[.code, .name, .unparsed]'
	[ "$output" = '["51152325P000013100021","高标准农田建设项目",1]' ]
	run unp "$T/name-blank-next-label.txt" '[.line, .reason]'
	[ "$output" = '[11,"project name row cells that no field reads: 项目属性 延续项目"]' ]
}

@test "an indicator row without its merged level-1 cell, starting with a level-2 name: read one column over (tab grid, cell per line, pipe)" {
	for f in level1-cell-left-out level1-cell-left-out-cells level1-cell-left-out-pipe; do
		run ind "$T/$f.txt" 'select(.seq == 2) | [.level1, .level2, .level3, .description, .value, .num, .basis]'
		[ "$output" = '["产出指标","质量指标","验收合格率","工程验收合格率","≥95%",95,"验收标准"]' ]
		run proj "$T/$f.txt" '.unparsed'
		[ "$output" = 0 ]
	done
	# a value that is no quantity cannot tell the columns apart: warned
	run unp "$T/level1-cell-left-out-text-value.txt" '[.line, .reason]'
	[ "$output" = '[19,"indicator row one cell short that starts with a level-2 name: its cells may be one column to the left"]' ]
}

@test "a purpose or goal that starts with a 6-digit number is no department; a unit line below the code row still is" {
	# (no unit line: the cover's department, without a code)
	run proj "$T/dept-number-in-goal.txt" '[.dept_code, .dept, .goals]'
	[ "$output" = '[null,"某某县农业农村局",["100000亩高标准农田全部建成"]]' ]
	# pbtable's own reading, apart from the department pbsplit gives the filing
	run bash -c "pbsplit '$T/dept-number-in-purpose.txt' | jq -c 'if .type == \"doc\" then .dept = null | .dept_code = null else . end' | pbtable | jq -c 'select(.type == \"project\") | [.dept_code, .dept, .purpose]'"
	[ "$output" = '[null,null,"150000元用于农田建设，50000元用于技术培训"]' ]
	run proj "$T/dept-unit-row-below-code.txt" '[.dept_code, .dept, .source_unit, .budget]'
	[ "$output" = '["512001","某某县农业农村局本级","元",20]' ]
}

@test "a page number between the plan header and its values is no value row: the values under it are read, the number warned" {
	for f in page-number-under-plan-header page-number-under-plan-header-ye; do
		run proj "$T/$f.txt" '[.schedule, .plan_line]'
		[ "$output" = '[{"03":5,"06":10,"10":15,"12":20},16]' ]
		run unp "$T/$f.txt" '[.line, .reason]'
		[ "$output" = '[15,"page number line above the indicator table is no part of the project'\''s fields"]' ]
	done
}

@test "a two-row indicator header (绩效指标 above the level names): description, value and basis from the upper row, which is no goal" {
	for f in header-two-rows header-two-rows-pipe cells-header-two-rows; do
		run ind "$T/$f.txt" '[.level1, .level2, .description, .value, .num, .basis]'
		[ "${lines[0]}" = '["产出指标","数量指标","新建高标准农田面积","≥1000亩",1000,"建设规划"]' ]
		[ "${lines[3]}" = '["满意度指标","服务对象满意度指标","农户满意度","≥90%",90,"问卷调查"]' ]
		run proj "$T/$f.txt" '[.goals, .indicators, .unparsed]'
		[ "$output" = '[["建设高标准农田","提升粮食产能"],4,0]' ]
	done
}

@test "cell per line: budget labels over their amounts, one label a row, and a plan label's wrapped （%） read as in the tab grid" {
	for f in cells-budget-labels-over-values cells-budget-one-label-a-row; do
		run proj "$T/$f.txt" '[.budget, .fiscal, .other, .purpose, .unparsed]'
		[ "$output" = '[20,15,5,"用于高标准农田建设",0]' ]
	done
	run proj "$T/cells-plan-unit-wrapped.txt" '[.schedule_unit, .spend, .unparsed]'
	[ "$output" = '["%",{"03":5,"06":10,"10":15,"12":20},0]' ]
}

@test "spend: a plan that spends the whole budget before 12月底 spends it at the checkpoints after, amount or percentage, blank or with no column" {
	A="$FIX/table4/plan-amount-done-by-oct.txt" P="$FIX/table4/plan-percent-done-by-oct.txt"
	run proj "$A" '[.budget, .schedule_unit, .spend."10", .spend."12"]'
	[ "$output" = '[9,"万元",9,9]' ]
	run proj "$P" '[.budget, .schedule_unit, .spend."10", .spend."12"]'
	[ "$output" = '[9,"%",9,9]' ]
	# no 12月底 column at all
	t="$BATS_TEST_TMPDIR/t.txt"
	for f in "$A" "$P"; do
		sed 's/\t12月底\t*$//' "$f" > "$t"
		[ "$(grep -c '12月底' "$t")" -eq 0 ]
		run proj "$t" '[.spend."10", .spend."12"]'
		[ "$output" = '[9,9]' ]
	done
	# short of the budget, a blank says nothing
	sed 's/^\t3\t\t6\t9\t/\t3\t\t6\t8\t/' "$A" > "$t"
	grep -q '^	3		6	8	' "$t"
	run proj "$t" '[.spend."10", .spend."12"]'
	[ "$output" = '[8,null]' ]
	# pbsum counts the year end's money alike for both templates
	run bash -c "pbsum -g schedule_unit '$A' '$P' | cut -f9 | tail -2"
	[ "$output" = "$(printf '9.000000\n9.000000')" ]
}

@test "a blank 项目名称 takes the title's name and says so (name_from), so pbcheck still calls the cell empty, from a raw filing and from records" {
	f="$FIX/table4/name-blank.txt"
	run proj "$f" '[.name, .name_from, .title]'
	[ "$output" = '["办公费","title","办公费绩效目标表"]' ]
	for input in raw records; do
		if [ $input = raw ]; then run pbcheck "$f"; else run bash -c "pbtable '$f' 2>/dev/null | pbcheck"; fi
		[ "$status" -eq 1 ]
		[[ "$output" == *"$f:12: error: 13018624P008549100030: 项目名称 is empty (the name given is the title's) [empty-field]"* ]]
	done
	# a name in the cell: no key, no finding
	t="$BATS_TEST_TMPDIR/t.txt"
	sed 's/项目名称\t\t/项目名称\t办公费\t/' "$f" > "$t"
	[ "$(grep -c '项目名称	办公费' "$t")" -eq 1 ]
	run proj "$t" '[.name, has("name_from")]'
	[ "$output" = '["办公费",false]' ]
	run pbcheck --fail-on never "$t"
	[ "$(grep -c '项目名称 is empty' <<<"$output")" -eq 0 ]
}
