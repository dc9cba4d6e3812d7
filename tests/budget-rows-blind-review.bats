#!/usr/bin/env bats
# pbtable, pbcheck: what review r19a found in budget rows (M1, M4, L2, L3).

load common

# examples/tab-grid.txt's 元 table (单位：元 on line 82, its budget row on
# line 85) with the unit line $1 instead (empty: none) and its budget
# row's label 预算规模及资金用途$2
yuan_table() {
	sed "82s/.*/$1/; 85s/^预算规模及资金用途\t/预算规模及资金用途$2\t/" "$EX/tab-grid.txt" > "$BATS_TEST_TMPDIR/in.txt"
}

@test "a unit label in the budget row's label is the table's unit when no 单位 line says otherwise" {
	run proj "$EX/tab-grid.txt" 'select(.line == 78) | [.source_unit, .budget, .fiscal, .spend."12"]'
	[ "$output" = '["元",20,20,20]' ]
	yuan_table '' '（单位：元）'
	run_split pbtable "$BATS_TEST_TMPDIR/in.txt"
	[ -z "$stderr" ]
	run proj "$BATS_TEST_TMPDIR/in.txt" 'select(.line == 78) | [.source_unit, .budget, .fiscal, .spend."12", .unparsed]'
	[ "$output" = '["元",20,20,20,0]' ]
	# the same unit on a line too is no conflict
	yuan_table '单位：元' '（单位：元）'
	run_split pbtable "$BATS_TEST_TMPDIR/in.txt"
	[ -z "$stderr" ]
	# another on a line is two units, the line's read, as title and line are
	yuan_table '单位：万元' '（单位：元）'
	run_split pbtable "$BATS_TEST_TMPDIR/in.txt"
	[ "$stderr" = "pbtable: $BATS_TEST_TMPDIR/in.txt:85: warning: the table states two units, 万元 (line 82) and 元 (line 85): amounts taken as 万元" ]
	run proj "$BATS_TEST_TMPDIR/in.txt" 'select(.line == 78) | [.source_unit, .budget]'
	[ "$output" = '["万元",200000]' ]
	# a unit no amount converts from leaves them null, said so
	yuan_table '' '（单位：千元）'
	run_split pbtable "$BATS_TEST_TMPDIR/in.txt"
	[[ "$stderr" == *"in.txt:85: warning: unknown currency unit 千元 in the label of the amounts: amounts left null" ]]
	run proj "$BATS_TEST_TMPDIR/in.txt" 'select(.line == 78) | [.source_unit, .budget]'
	[ "$output" = '[null,null]' ]
}

@test "a unit in a label of the amounts is the table's in cell per line too, and the currency alone in 预算数（元） gives source_unit" {
	# examples/cell-per-line.txt's first table in 万元, its unit line gone
	# and its budget label saying it
	sed '19d; 26s/$/（金额单位：万元）/' "$EX/cell-per-line.txt" > "$BATS_TEST_TMPDIR/cpl.txt"
	run_split pbtable "$BATS_TEST_TMPDIR/cpl.txt"
	[[ "$stderr" != *"the table has no 单位 line"* ]]
	run bash -c "pbtable '$BATS_TEST_TMPDIR/cpl.txt' 2>/dev/null | jq -sc '[.[] | select(.type==\"project\")][0] | [.source_unit, .budget, .fiscal, .other]'"
	[ "$output" = '["万元",88,80,8]' ]
	# 预算数（元） with no 单位 line: read in 元, and the table's unit
	yuan_table '' ''
	sed -i '85s/\t预算数\t/\t预算数（元）\t/' "$BATS_TEST_TMPDIR/in.txt"
	run_split pbtable "$BATS_TEST_TMPDIR/in.txt"
	[ -z "$stderr" ]
	run proj "$BATS_TEST_TMPDIR/in.txt" 'select(.line == 78) | [.source_unit, .budget, .fiscal]'
	[ "$output" = '["元",20,20]' ]
	# a project's name is no label, whatever it ends in
	yuan_table '' ''
	sed -i '84s/\t非遗保护传承专项\t/\t传承专项资金（元）\t/' "$BATS_TEST_TMPDIR/in.txt"
	run proj "$BATS_TEST_TMPDIR/in.txt" 'select(.line == 78) | [.name, .source_unit, .budget]'
	[ "$output" = '["传承专项资金（元）",null,200000]' ]
}

@test "a unit cell at the end of the 项目编码 row is read as the unit, and not said to be read by no field" {
	# the 元 table's unit line gone, its unit after the name instead
	sed '82s/.*//; 84s/\t*$/\t\t单位：元/' "$EX/tab-grid.txt" > "$BATS_TEST_TMPDIR/in.txt"
	run_split pbtable "$BATS_TEST_TMPDIR/in.txt"
	[ -z "$stderr" ]
	run proj "$BATS_TEST_TMPDIR/in.txt" 'select(.line == 78) | [.source_unit, .budget, .name, .unparsed]'
	[ "$output" = '["元",20,"非遗保护传承专项",0]' ]
	run bash -c "pbtable '$BATS_TEST_TMPDIR/in.txt' 2>/dev/null | pbcheck -f ndjson | jq -c 'select(.rule==\"unparsed\")'"
	[ -z "$output" ]
}

# examples/tab-grid.txt's first table (budget row on line 58: 120.50 =
# 100.50 + 20.00) with that row $1 and the line $2 after it
third_source() {
	sed "58s/.*/$1/; 58s/\$/\n$2/; 58s/\n\$//" "$EX/tab-grid.txt" > "$BATS_TEST_TMPDIR/in.txt"
	pbtable "$BATS_TEST_TMPDIR/in.txt" 2>/dev/null | pbcheck -f ndjson | jq -r 'select(.line >= 56 and .line <= 60) | .rule' | sort -u | paste -sd ' '
}

@test "budget-sum is silent when a third source (政府性基金, 国有资本经营预算) was written but not read and may be the difference" {
	# the row as filed: nothing
	[ -z "$(third_source '预算规模及 资金用途\t预算数\t１２０.５０\t其中：财政 资金\t100.50\t其他资金\t20.00' '')" ]
	# 150.50 = 100.50 + 30.00 政府性基金 + 20.00, 其他资金 read: the unread amount is said, the sum is not blamed
	run third_source '预算规模及资金用途\t预算数\t150.50\t其中：财政资金\t100.50\t政府性基金\t30.00\t其他资金\t20.00' ''
	[ "$output" = "unparsed" ]
	# the third source on a row of its own under the budget row
	run third_source '预算规模及资金用途\t预算数\t150.50\t\t\t\t' '\t其中：财政资金\t100.50\t\t\t\t\n\t国有资本经营预算\t50.00\t\t\t\t'
	[ "$output" = "unparsed" ]
	# in a sentence
	run third_source '预算规模及资金用途\t预算数：150.50万元，其中：财政资金100.50万元，政府性基金30.00万元，其他资金20.00万元' ''
	[ "$output" = "unparsed" ]
	# the two read above the budget: no further source explains that
	run third_source '预算规模及资金用途\t预算数\t110.50\t其中：财政资金\t100.50\t政府性基金\t30.00\t其他资金\t20.00' ''
	[ "$output" = "budget-sum unparsed" ]
}

@test "a table with no indicator table: pbcheck says its lines were read, that it has no indicator table, not that they were not read" {
	# examples/tab-grid.txt's last table (from line 98) cut before its indicator header
	local hdr
	hdr=$(awk -F'\t' 'NR > 98 && $1 == "一级指标" { print NR; exit }' "$EX/tab-grid.txt")
	head -n $((hdr - 1)) "$EX/tab-grid.txt" > "$BATS_TEST_TMPDIR/in.txt"
	run proj "$BATS_TEST_TMPDIR/in.txt" 'select(.line == 98) | [.budget, .indicators, .goals != [], .unparsed]'
	[ "$output" = '[50,0,true,1]' ]
	run bash -c "pbtable '$BATS_TEST_TMPDIR/in.txt' 2>/dev/null | pbcheck | grep '\[unparsed\]'"
	[ "$output" = "$BATS_TEST_TMPDIR/in.txt:98: error: $(proj "$BATS_TEST_TMPDIR/in.txt" 'select(.line == 98) | .code' | tr -d '"'): lines 98-$((hdr - 1)) read, but: no indicator table (一级指标 header) in this project table [unparsed]" ]
}
