#!/usr/bin/env bats
# A project table's head, its department line (512001 某某局) and its
# 单位 line, read as that table's.  A table without a title starts at
# them in pbsplit (hunt 3, A): its block began at its 项目编码 row, the
# lines above it stayed at the end of the table before, and a 单位：元
# table's amounts were read as 万元 (x10000), source_unit null.  A
# department line under a label (单位名称：, 部门：, 预算单位：, 部门名称：)
# is one (hunt 3, B): it gave no dept_code, and the cover's name.

load common

T="$FIX/unitline23"

# [line, dept_code, dept, source_unit, budget, title] of each project
heads() {
	pbtable "$1" 2>/dev/null | jq -c 'select(.type=="project") | [.line, .dept_code, .dept, .source_unit, .budget, .title]'
}
# the same through pbsplit's records
heads_split() {
	pbsplit "$1" | pbtable 2>/dev/null | jq -c 'select(.type=="project") | [.line, .dept_code, .dept, .source_unit, .budget, .title]'
}
# [line, end_line, first line of text] of each project_table block
blocks() {
	pbsplit "$1" | jq -c 'select(.type=="block" and .kind=="project_table") | [.line, .end_line, (.text | split("\n")[0])]'
}
D='"131023","永清县农业农村局本级"'

@test "a table without a title starts at its department and 单位 lines: its 元 read as 元, in every layout (grid, cell per line, HTML, markdown)" {
	for lay in grid cpl html md; do
		f="$T/$lay-notitle-yuan.txt"
		lossless "$f"
		# the table before keeps its own 单位 line (万元) and its amounts
		one="[44,$D,\"万元\",120,\"农村公路养护经费绩效目标表\"]"
		case $lay in
		grid) two="[61,$D,\"元\",30,null]" a='[44,60,"1.农村公路养护经费绩效目标表"]' b='[61,75,"131023 永清县农业农村局本级"]' ;;
		cpl) one="[14,$D,\"万元\",120,\"农村公路养护经费绩效目标表\"]" two="[81,$D,\"元\",30,null]" a='[14,80,"[bookmark: _Toc_4_4_0000000004]1.农村公路养护经费绩效目标表"]' b='[81,146,"\t131023 永清县农业农村局本级"]' ;;
		html) two="[51,$D,\"元\",30,null]" a='[44,50,"1.农村公路养护经费绩效目标表"]' b='[51,55,"131023 永清县农业农村局本级"]' ;;
		md) two="[62,$D,\"元\",30,null]" a='[44,61,"1.农村公路养护经费绩效目标表"]' b='[62,77,"131023 永清县农业农村局本级"]' ;;
		esac
		[ "$(blocks "$f")" = "$a"$'\n'"$b" ] || { echo "$f: $(blocks "$f")"; return 1; }
		[ "$(heads "$f")" = "$one"$'\n'"$two" ] || { echo "$f: $(heads "$f")"; return 1; }
		[ "$(heads_split "$f")" = "$one"$'\n'"$two" ] || { echo "$f (pbsplit): $(heads_split "$f")"; return 1; }
		# no "amounts taken as 万元", no head lines left in the table before
		run_split pbtable "$f"
		[ "$status" -eq 0 ]
		[ -z "$stderr" ] || { echo "$f: $stderr"; return 1; }
		run_split pbsum -g dept "$f"
		[ "$(col budget 1 <<< "$output")" = "150.000000" ] || { echo "$f: $output"; return 1; }
	done
}

@test "the 单位 line above the department's line starts the table too; the department's line under a label" {
	f="$T/grid-notitle-unitfirst.txt"
	lossless "$f"
	[ "$(blocks "$f" | sed -n 2p)" = '[61,75,"单位：元"]' ]
	[ "$(heads "$f" | sed -n 2p)" = "[61,$D,\"元\",30,null]" ]
	[ "$(heads_split "$f" | sed -n 2p)" = "[61,$D,\"元\",30,null]" ]
	# 部门：512001 某某局 over the 单位 line and the 项目编码 row
	sed 's/^131023 永清县农业农村局本级$/部门：131023 永清县农业农村局本级/' "$T/grid-notitle-yuan.txt" > "$BATS_TEST_TMPDIR/l.txt"
	[ "$(blocks "$BATS_TEST_TMPDIR/l.txt" | sed -n 2p)" = '[61,75,"部门：131023 永清县农业农村局本级"]' ]
	[ "$(heads "$BATS_TEST_TMPDIR/l.txt" | sed -n 2p)" = "[61,$D,\"元\",30,null]" ]
	sed 's/^\t131023 永清县农业农村局本级$/\t单位名称：131023 永清县农业农村局本级/' "$T/cpl-notitle-yuan.txt" > "$BATS_TEST_TMPDIR/c.txt"
	[ "$(heads "$BATS_TEST_TMPDIR/c.txt" | sed -n 2p)" = "[81,$D,\"元\",30,null]" ]
}

@test "the first table without a title starts at its department's line under the part heading, which is no title" {
	f="$T/grid-first-notitle.txt"
	lossless "$f"
	[ "$(blocks "$f" | head -1)" = '[44,58,"131099 永清县动物卫生监督所"]' ]
	[ "$(pbsplit "$f" | jq -c 'select(.type=="doc") | [.dept_code, .dept]')" = '["131099","永清县动物卫生监督所"]' ]
	want='[44,"131099","永清县动物卫生监督所","元",120,null]'
	[ "$(heads "$f" | head -1)" = "$want" ]
	[ "$(heads_split "$f" | head -1)" = "$want" ]
	[ "$(heads "$f" | sed -n 2p)" = "[59,$D,\"万元\",30,\"动物防疫专项绩效目标表\"]" ]
}

@test "a department's line under a label (单位名称：, 部门：, 预算单位：, 部门名称：) gives its code and name" {
	f="$T/grid-dept-label.txt"
	for v in '单位名称：' '部门：' '预算单位：' '部门名称：' '部门: ' '单位名称 ： ' '部门：１３１０２３ '; do
		case $v in
		*１*) sed "s/^单位名称：131023 /$v/" "$f" ;;
		*) sed "s/^单位名称：/$v/" "$f" ;;
		esac > "$BATS_TEST_TMPDIR/v.txt"
		[ "$(pbsplit "$BATS_TEST_TMPDIR/v.txt" | jq -c 'select(.type=="doc") | [.dept_code, .dept]')" = "[$D]" ] || { echo "$v: doc"; return 1; }
		want="[44,$D,\"万元\",120,\"农村公路养护经费绩效目标表\"]"$'\n'"[61,$D,\"万元\",30,\"动物防疫专项绩效目标表\"]"
		[ "$(heads "$BATS_TEST_TMPDIR/v.txt")" = "$want" ] || { echo "$v: $(heads "$BATS_TEST_TMPDIR/v.txt")"; return 1; }
		[ "$(heads_split "$BATS_TEST_TMPDIR/v.txt")" = "$want" ] || { echo "$v (pbsplit): $(heads_split "$BATS_TEST_TMPDIR/v.txt")"; return 1; }
		# no "row before the indicator table that is no field"
		run_split pbtable "$BATS_TEST_TMPDIR/v.txt"
		[ -z "$stderr" ] || { echo "$v: $stderr"; return 1; }
	done
	# 单位名称 is no 单位 (currency) line: without the 单位：万元 lines the
	# amounts are 万元 for want of one, said so
	sed '/^单位：万元$/d' "$f" > "$BATS_TEST_TMPDIR/n.txt"
	[ "$(heads "$BATS_TEST_TMPDIR/n.txt" | jq -c '.[1:5]' | sort -u)" = "[$D,null,120]"$'\n'"[$D,null,30]" ]
	run_split pbtable "$BATS_TEST_TMPDIR/n.txt"
	[ "$(grep -c 'amounts taken as 万元: the table has no 单位 line' <<< "$stderr")" = 2 ]
	# a label before no code is no department's line
	sed 's/^单位名称：131023 /单位名称：/' "$f" > "$BATS_TEST_TMPDIR/x.txt"
	[ "$(heads "$BATS_TEST_TMPDIR/x.txt" | jq -c '.[1:4]' | sort -u)" = '[null,"永清县农业农村局","万元"]' ]
}
