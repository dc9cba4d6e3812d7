#!/usr/bin/env bats
# pbtable: a unit label in the words of other templates, 货币单位：元,
# 资金单位：元, 单位：人民币元.  Read as no label, the 元 amounts were taken
# as 万元 (x10000), or as a unit that is no money (人民币元: null).

load common

# examples/tab-grid.txt with its second table's 单位 line made $1
# (sed expression), then [source_unit, budget] of that table
unit2() {
	local f="$BATS_TEST_TMPDIR/u.txt"
	sed "$1" "$EX/tab-grid.txt" > "$f"
	proj "$f" 'select(.seq == 2) | [.source_unit, .budget]'
}

@test "货币单位, 资金单位 and 人民币 before the unit: 元 read as 元, 万元 as 万元" {
	[ "$(unit2 '82s/.*/单位：元/')" = '["元",20]' ] # the example as it is
	for l in 货币单位：元 资金单位：元 单位：人民币元 '（单位：人民币元）' 单位（人民币元） 计量单位：人民币元; do
		[ "$(unit2 "82s/.*/$l/")" = '["元",20]' ] || { echo "$l: $(unit2 "82s/.*/$l/")"; return 1; }
	done
	[ "$(unit2 '82s/.*/单位：人民币万元/')" = '["万元",200000]' ]
}

@test "the label after the department's name on its line, and in the title" {
	[ "$(unit2 '80s/$/    货币单位：元/;82d')" = '["元",20]' ]
	[ "$(proj "$BATS_TEST_TMPDIR/u.txt" 'select(.seq == 2) | .dept')" = '"南溪县文化广电和旅游局本级"' ]
	[ "$(unit2 '78s/$/（单位：人民币元）/;82d')" = '["元",20]' ]
}

@test "a unit word and its currency with no 单位 (金额：元, 金额（万元）): a label; 金额：500万元 is none" {
	for l in 金额：元 '（金额：元）' 金额:人民币元 '金额 ：元'; do
		[ "$(unit2 "82s/.*/$l/")" = '["元",20]' ] || { echo "$l: $(unit2 "82s/.*/$l/")"; return 1; }
	done
	[ "$(unit2 '82s/.*/金额（万元）/')" = '["万元",200000]' ]
	# text, no label: the table has no unit line, as before
	for l in 金额：500万元 资金：财政拨款 金额：元以上; do
		[ "$(unit2 "82s/.*/$l/")" = '[null,200000]' ] || { echo "$l: $(unit2 "82s/.*/$l/")"; return 1; }
	done
}

@test "the currency alone in brackets, （元） or (万元), under a title is a label; 元 alone is none" {
	for l in '（元）' '(元)' '（ 元 ）' '（人民币元）' '**（元）**'; do
		[ "$(unit2 "82s/.*/$l/")" = '["元",20]' ] || { echo "$l: $(unit2 "82s/.*/$l/")"; return 1; }
	done
	[ "$(unit2 '82s/.*/（万元）/')" = '["万元",200000]' ]
	# no bracket, or half of one: text, the table has no unit line
	for l in 元 '元）' '（元' '（元）以上'; do
		[ "$(unit2 "82s/.*/$l/")" = '[null,200000]' ] || { echo "$l: $(unit2 "82s/.*/$l/")"; return 1; }
	done
	# cell per line: the label a cell of its own
	local f="$BATS_TEST_TMPDIR/c.txt"
	sed 's/^\t单位：万元$/\t（元）/' "$EX/cell-per-line.txt" > "$f"
	[ "$(proj "$f" 'select(.seq == 1) | .source_unit')" = '"元"' ]
}

@test "a part's unit without 单位 (（元）, (元), 金额：元) holds for the tables under it" {
	local f="$BATS_TEST_TMPDIR/p.txt"
	for l in '（元）' '(元)' 金额：元; do
		# the three tables' own labels gone, the part's under its heading
		sed "55d;82d;102d;49s/\$/\n$l/" "$EX/tab-grid.txt" > "$f"
		[ "$(proj "$f" '.source_unit' | sort -u)" = '"元"' ] || { echo "$l"; return 1; }
		[ "$(proj "$f" 'select(.seq == 2) | .budget')" = 20 ]
	done
}
