#!/usr/bin/env bats
# pbsplit and pbtable: a PDF's running page header that names the filing
# otherwise than its cover does (2025年度部门预算绩效目标 on each page of
# a filing whose cover says 2025年部门预算绩效文本) cut the table it fell
# in and began a second filing of the table's last rows.  And the page
# break's other noise in a project table (review r12): a header of two
# titles, a title and the department's name, the department's name alone,
# page numbers in more forms, in the tab grid and in cell per line; in
# cell per line the department's name amid the indicator cells and a
# header inside a cell's paragraphs; a part heading as a page header,
# alone, under or over the title, or over a page number or the department; a page
# break inside a cell-per-line row above the indicator table; a title
# between a goal's numbered paragraphs.

load common

S6="$FIX/split6"

# file $1 with lines put after its line $2: those of $3, one per @
put_after() {
	awk -v at="$2" -v n="$3" '{ print } NR == at { k = split(n, a, "@"); for (i = 1; i <= k; i++) print a[i] }' "$1"
}

# each project of file $1 as [doc, indicators], on one line
doc_indicators() {
	pbtable "$1" 2>/dev/null | jq -c 'select(.type == "project") | [.doc, .indicators]' | paste -sd' '
}

# file $1 with its running header (past the cover) worded $2
reworded() {
	sed "4,\$ { s/^2025 *年部门预算绩效文本\( *3\)*\$/$2\1/; s/^2025年部门预算绩效文本（草案）\$/$2（草案）/; }" "$S6/$1.txt"
}

@test "a running header of the filing's year worded otherwise stays in the table it cut, in or between tables" {
	for f in d1-pageno-next-line d1-pageno-same-line d1-draft d1-before-budget d1-between; do
		t="$BATS_TEST_TMPDIR/$f.txt"
		reworded "$f" '2025年度部门预算绩效目标' > "$t"
		# the header is there, worded otherwise, the cover as it was
		grep -q '^2025年度部门预算绩效目标' "$t"
		[ "$(sed -n 2p "$t")" = 2025年部门预算绩效文本 ]
		lossless "$t"
		run totals "$t"
		echo "$f: $output"
		[ "$output" = '[1,6,30]' ]
		run proj "$t" '[.code, .name, .budget, .fiscal, .spend["12"], .indicators, .doc]'
		[ "$output" = '["51152325P000012000017","文化场馆运行经费",20,20,20,3,1]
["51152325P000012000018","非遗保护经费",10,10,10,3,1]' ]
		# said not to be a row, not dropped silently
		run bash -c "pbtable '$t' 2>/dev/null | jq -r 'select(.type==\"unparsed\") | .text'"
		[[ "$output" == *2025年度部门预算绩效目标* ]]
	done
	# above the indicator table, its 绩效目标 is no goals label: the
	# header was dropped without a word, the goals read from it
	run unp "$BATS_TEST_TMPDIR/d1-before-budget.txt" '[.line, .reason]'
	[ "$output" = '[31,"page header (a title) above the indicator table is no part of the project'"'"'s fields"]
[32,"page number line above the indicator table is no part of the project'"'"'s fields"]' ]
	run proj "$BATS_TEST_TMPDIR/d1-before-budget.txt" '[.goals_line, .goals]'
	[ "$output" = '[37,["保障文化场馆运行经费顺利实施"]]
[53,["保障非遗保护经费顺利实施"]]' ]
	# the block of the table it cut goes on over it
	run bash -c "pbsplit '$BATS_TEST_TMPDIR/d1-pageno-next-line.txt' | jq -c 'select(.type==\"block\" and .kind==\"project_table\") | [.line, .end_line]' | paste -sd' '"
	[ "$output" = '[25,42] [43,58]' ]
}

@test "a title no table row follows still begins a filing; one of another year that rows follow does not" {
	# another year's title by a slip, rows after it: they were a doc of
	# their own, read as cover text, two indicators lost with status 0
	t="$BATS_TEST_TMPDIR/year.txt"
	reworded d1-pageno-next-line '2024年度部门预算绩效目标' > "$t"
	run totals "$t"
	[ "$output" = '[1,6,30]' ]
	# a filing titled otherwise after one that ends in a table: its
	# cover lines after the title are no rows
	t="$BATS_TEST_TMPDIR/two.txt"
	sed 's/^2025年部门预算绩效文本$/2025年度部门预算绩效目标/' "$S6/base.txt" > "$BATS_TEST_TMPDIR/other.txt"
	cat "$S6/base.txt" "$BATS_TEST_TMPDIR/other.txt" > "$t"
	run bash -c "pbsplit '$t' | jq -c 'select(.type==\"doc\") | [.doc, .line, .title, .draft]' | paste -sd' '"
	n=$(wc -l < "$S6/base.txt")
	[ "$output" = "[1,1,\"2025年部门预算绩效文本\",true] [2,$((n + 1)),\"2025年度部门预算绩效目标\",true]" ]
	run totals "$t"
	[ "$output" = '[2,12,60]' ]
	# a filing begun at such a title knows it as its own: another
	# year's title in its table, then a table numbered on, begins a
	# third (r11a's stream t1501 merged it into the second)
	t="$BATS_TEST_TMPDIR/three.txt"
	{ cat "$S6/base.txt"; sed 's/^2025年部门预算绩效文本$/2024年部门预算绩效文本/' "$S6/base.txt"
	  echo 2025年部门预算绩效文本; sed -n '/^2\./,$p' "$S6/base.txt" | sed 's/^2\./3./'; } > "$t"
	run bash -c "pbsplit '$t' | jq -c 'select(.type==\"doc\") | [.doc, .year]' | paste -sd' '"
	[ "$output" = '[1,2025] [2,2024] [3,2025]' ]
	# and so does one whose first table is numbered anew after such a
	# title (a filing of tables alone)
	t="$BATS_TEST_TMPDIR/tables.txt"
	{ cat "$S6/base.txt"; echo 2025年度部门预算绩效目标; sed -n '/^1\./,$p' "$S6/base.txt"; } > "$t"
	run bash -c "pbsplit '$t' | jq -c 'select(.type==\"doc\") | [.doc, .title]' | paste -sd' '"
	[ "$output" = '[1,"2025年部门预算绩效文本"] [2,"2025年度部门预算绩效目标"]' ]
	run totals "$t"
	[ "$output" = '[2,12,60]' ]
}

# file $1 of split6 with its running header (past the cover) of two
# lines: $2 above the cover's title
two_line_header() {
	awk -v h="$2" 'NR > 4 && (/^2025 *年部门预算绩效文本( *3)?$/ || /^2025年部门预算绩效文本（草案）$/) { print h }
		{ print }' "$S6/$1.txt"
}

@test "a page header of two titles stays in the table it cut; a filing opening with two titles still begins one" {
	for f in d1-pageno-next-line d1-pageno-same-line d1-draft d1-before-budget d1-between; do
		for h in 2025年度部门预算绩效目标 2024年度部门预算绩效目标; do
			t="$BATS_TEST_TMPDIR/$f.txt"
			two_line_header "$f" "$h" > "$t"
			# the header is there, two titles on two lines
			grep -A1 "^$h\$" "$t" | grep -q '^2025 *年部门预算绩效文本'
			lossless "$t"
			# the second title began a filing of the table's last
			# rows, read as cover text: indicators lost silently
			run totals "$t"
			echo "$f $h: $output"
			[ "$output" = '[1,6,30]' ]
			run bash -c "pbtable '$t' 2>&1 >/dev/null"
			[[ "$output" == *"$f.txt:"*": warning: "* ]]
			run unp "$t" '.text'
			[[ "$output" == *"$h"* ]]
		done
	done
	# a filing after one that ends in a table, its cover opening with
	# two titles: two filings, as before
	t="$BATS_TEST_TMPDIR/cat.txt"
	{ cat "$S6/base.txt"; sed 's/^2025年部门预算绩效文本$/2025年度部门预算绩效目标\n&/' "$S6/base.txt"; } > "$t"
	run bash -c "pbsplit '$t' | jq -c 'select(.type==\"doc\") | [.doc, .line, .title]' | paste -sd' '"
	n=$(wc -l < "$S6/base.txt")
	[ "$output" = "[1,1,\"2025年部门预算绩效文本\"] [2,$((n + 1)),\"2025年度部门预算绩效目标\"]" ]
	run totals "$t"
	[ "$output" = '[2,12,60]' ]
}

# base.txt with its first budget row (line 31) cut by a page break, its
# first half's cells $1, the page's lines $2 (\n between), the rest $3
budget_cut() {
	awk -v a="$1" -v p="$2" -v z="$3" 'NR == 31 { print a; print p; print z; next } { print }' "$S6/base.txt"
}

@test "a page header and page number inside the budget row: the row is read whole, each said" {
	t="$BATS_TEST_TMPDIR/cut.txt"
	for header in '2025年部门预算绩效文本' '2025年度部门预算绩效目标'; do
		# cut after an amount, and after a label
		for cut in '预算数	20.00|	其中：财政资金	20.00	其他资金	' \
		           '预算数	20.00	其中：财政资金|	20.00	其他资金	'; do
			budget_cut "预算规模及资金用途	${cut%%|*}" "$header
- 3 -" "${cut#*|}" > "$t"
			lossless "$t"
			run proj "$t" '[.budget, .fiscal, .other, .purpose]'
			echo "$header $cut: $output"
			[ "$output" = '[20,20,null,"用于文化场馆运行经费"]
[10,10,null,"用于非遗保护经费"]' ]
			run unp "$t" '[.line, .reason]'
			[ "$output" = '[32,"page header (a title) inside the budget row is no part of it"]
[33,"page number line inside the budget row is no part of it"]' ]
		done
	done
	# the page number alone, as before
	budget_cut "预算规模及资金用途	预算数	20.00" '- 3 -' "	其中：财政资金	20.00	其他资金	" > "$t"
	run proj "$t" '[.budget, .fiscal]'
	[ "${lines[0]}" = '[20,20]' ]
}

@test "page numbers in other forms (第3页共10页, 共10页第3页, －３－, 第３页　共１０页) are no text of the purpose, the goals or the budget row" {
	t="$BATS_TEST_TMPDIR/pn.txt"
	for p in '第 3 页 共 10 页' '共10页 第3页' '－ ３ －' '第３页　共１０页'; do
		# after the purpose (line 32) and after the goals (line 35)
		for at in 32 35; do
			put_after "$S6/base.txt" $at "$p" > "$t"
			run proj "$t" '[.purpose, .goals]'
			echo "$p at $at: $output"
			[ "${lines[0]}" = '["用于文化场馆运行经费",["保障文化场馆运行经费顺利实施"]]' ]
			run unp "$t" '[.line, .reason]'
			[ "$output" = "[$((at + 1)),\"page number line above the indicator table is no part of the project's fields\"]" ]
		done
		# between the halves of the budget row
		budget_cut "预算规模及资金用途	预算数	20.00" "$p" "	其中：财政资金	20.00	其他资金	" > "$t"
		run proj "$t" '[.budget, .fiscal, .purpose]'
		[ "${lines[0]}" = '[20,20,"用于文化场馆运行经费"]' ]
	done
}

@test "a page header of the title and the department's name stays in the table it cut; a cover that names the department after its title still begins a filing" {
	t="$BATS_TEST_TMPDIR/dept.txt"
	for name in 某某县文化局本级 某某县文化局 '某某县文化局本级 - 3 -'; do
		# amid the indicator rows (after 37), above the budget row
		# (after 30), between the tables (after 39), at the end (56)
		for at in 37 30 39 56; do
			put_after "$S6/base.txt" $at "2025年部门预算绩效文本@$name" > "$t"
			lossless "$t"
			# the name began a filing of the table's last rows, read
			# as cover text: indicators lost without a word
			run totals "$t"
			echo "$name after $at: $output"
			[ "$output" = '[1,6,30]' ]
			run bash -c "pbtable '$t' 2>&1 >/dev/null"
			[[ "$output" == *"dept.txt:$((at + 2)): warning: "* ]]
		done
	done
	# a filing whose cover gives the department under its title, after
	# one of the same department: two filings, as before
	{ cat "$S6/base.txt"; sed '1{h;d};2G' "$S6/base.txt"; } > "$t"
	[ "$(sed -n 57,59p "$t" | paste -sd' ')" = '2025年部门预算绩效文本 某某县文化局 （草案）' ]
	run totals "$t"
	[ "$output" = '[2,12,60]' ]
}

@test "the department's name alone on a line above the indicator table is a page header, not text of the purpose or the goals" {
	t="$BATS_TEST_TMPDIR/name.txt"
	for name in 某某县文化局本级 某某县文化局 '某某县文化局本级 - 3 -'; do
		# after the purpose (line 32) and after the goals (line 35)
		for at in 32 35; do
			put_after "$S6/base.txt" $at "$name" > "$t"
			run proj "$t" '[.purpose, .goals]'
			echo "$name at $at: $output"
			[ "${lines[0]}" = '["用于文化场馆运行经费",["保障文化场馆运行经费顺利实施"]]' ]
			run unp "$t" '[.line, .reason]'
			[ "$output" = "[$((at + 1)),\"page header (the department's name) above the indicator table is no part of the project's fields\"]" ]
		done
	done
	# the purpose goes on over it, from one page to the next
	awk '{ print } NR == 32 { print "某某县文化局本级"; print "\t及设备维护" }' "$S6/base.txt" > "$t"
	run proj "$t" '.purpose'
	[ "${lines[0]}" = '"用于文化场馆运行经费及设备维护"' ]
	# a purpose that only starts with the name is the purpose
	awk 'NR == 32 { print "\t某某县文化局本级场馆运行"; next } { print }' "$S6/base.txt" > "$t"
	run proj "$t" '.purpose'
	[ "${lines[0]}" = '"某某县文化局本级场馆运行"' ]
}

@test "cell per line: a page header or page number among the cells above the indicator table is no cell" {
	t="$BATS_TEST_TMPDIR/cpl.txt"
	cpl="$TOP/examples/cell-per-line.txt"
	want=$(proj "$cpl" '[.dept, .code, .name, .budget, .fiscal, .other, .spend, .schedule, .goals, .indicators]')
	# after the department (18), the 项目编码 cell (21), the name (24),
	# the other funds (32), the plan header's 3月底 (38), the plan's
	# first value (44)
	for at in 18 21 24 32 38 44; do
		for noise in '2025年部门预算绩效文本' '第3页' '- 3 -' '3' '2025年度部门预算绩效目标'; do
			put_after "$cpl" $at "$noise" > "$t"
			run proj "$t" '[.dept, .code, .name, .budget, .fiscal, .other, .spend, .schedule, .goals, .indicators]'
			echo "$noise after $at: $output"
			[ "$output" = "$want" ]
			# said, at its line
			run bash -c "pbtable '$t' 2>&1 >/dev/null"
			[[ "$output" == *"cpl.txt:$((at + 1)): warning: "* ]]
		done
	done
	# a header and its page number, between the plan's header and values
	put_after "$cpl" 38 "2025年部门预算绩效文本@- 3 -" > "$t"
	run proj "$t" '[.dept, .code, .name, .budget, .fiscal, .other, .spend, .schedule, .goals, .indicators]'
	[ "$output" = "$want" ]
}

@test "cell per line: the department's name alone amid the indicator cells is no text of a cell" {
	t="$BATS_TEST_TMPDIR/cpl.txt"
	cpl="$TOP/examples/cell-per-line.txt"
	dept=$(pbsplit "$cpl" | jq -r 'select(.type == "doc") | .dept')
	[ -n "$dept" ]
	want=$(ind "$cpl" '[.level1, .level2, .level3, .description, .value, .basis]')
	# after a level-1 name (61), a level-2 name (69), a value (72), the
	# cell whose paragraph goes on after a blank line (101), the last
	# basis (112)
	for at in 61 69 72 101 112; do
		for name in "$dept" "$dept - 3 -" "$dept 第3页"; do
			put_after "$cpl" $at "$name" > "$t"
			run ind "$t" '[.level1, .level2, .level3, .description, .value, .basis]'
			echo "$name after $at: $output"
			[ "$output" = "$want" ]
			# said, at its line
			run bash -c "pbtable '$t' 2>&1 >/dev/null"
			[[ "$output" == *"cpl.txt:$((at + 1)): warning: "* ]]
		done
	done
	# a cell that only starts with the name is a cell
	awk 'NR == 70 { print "\t" d "路面优良率"; next } { print }' d="$dept" "$cpl" > "$t"
	run ind "$t" '.level3'
	[ "${lines[1]}" = "\"${dept}路面优良率\"" ]
}

@test "cell per line: a running header inside a cell's paragraphs leaves the cell and the table whole" {
	t="$BATS_TEST_TMPDIR/cpl.txt"
	cpl="$TOP/examples/cell-per-line.txt"
	dept=$(pbsplit "$cpl" | jq -r 'select(.type == "doc") | .dept')
	want=$(ind "$cpl" '[.level1, .level2, .level3, .description, .value, .basis]')
	# line 101 is a cell whose second paragraph is line 103, after a
	# blank line: the page broke between them
	[ "$(sed -n 103p "$cpl")" = 保持路域整洁 ]
	for noise in '2025年部门预算绩效文本' "2025年部门预算绩效文本@$dept" '2025年部门预算绩效文本@- 3 -'; do
		put_after "$cpl" 101 "$noise" > "$t"
		lossless "$t"
		# the header began a filing there, the rows after it its cover
		run bash -c "pbsplit '$t' | jq -c 'select(.type == \"block\" and .kind == \"project_table\") | [.line, .end_line]'"
		echo "$noise: $output"
		[ "$output" = "[16,$(wc -l < "$t")]" ]
		run ind "$t" '[.level1, .level2, .level3, .description, .value, .basis]'
		[ "$output" = "$want" ]
		run bash -c "pbtable '$t' 2>&1 >/dev/null"
		[[ "$output" == *"cpl.txt:102: warning: "* ]]
	done
	# a filing after the table, its cover's text under its title, still
	# is one: the draft mark decides, and so do two lines of text
	for cover in '（草案）@@某某局编制' '某某县文化局@说明一@说明二@@目录'; do
		{ cat "$cpl"; echo 2025年部门预算绩效文本; tr '@' '\n' <<< "$cover"; cat "$cpl"; } > "$t"
		run bash -c "pbsplit '$t' | jq -s -c '[.[] | select(.type == \"doc\")] | length'"
		echo "$cover: $output"
		[ "$output" = 2 ]
	done
}

@test "a part heading as a page header amid a table's cells, maybe with a page number or the department's name under it, leaves the table whole" {
	t="$BATS_TEST_TMPDIR/cpl.txt"
	cpl="$TOP/examples/cell-per-line.txt"
	dept=$(pbsplit "$cpl" | jq -r 'select(.type == "doc") | .dept')
	want=$(ind "$cpl" '[.level1, .level2, .level3, .description, .value, .basis]')
	for at in 61 69 72 101; do
		for noise in '第二部分 预算项目绩效目标' '第二部分 预算项目绩效目标@- 3 -' "第二部分 预算项目绩效目标@$dept"; do
			put_after "$cpl" $at "$noise" > "$t"
			# the heading made the rest of the table a block of text:
			# its indicators lost without a word
			run bash -c "pbsplit '$t' | jq -c 'select(.type == \"block\" and .kind == \"project_table\") | [.line, .end_line]'"
			echo "$noise after $at: $output"
			[ "$output" = "[16,$(wc -l < "$t")]" ]
			run ind "$t" '[.level1, .level2, .level3, .description, .value, .basis]'
			[ "$output" = "$want" ]
			run bash -c "pbtable '$t' 2>&1 >/dev/null"
			[[ "$output" == *"cpl.txt:$((at + 1)): warning: "* ]]
		done
	done
	# HTML: the heading between two tables of a page each, the
	# department's name or a page number under it
	h="$FIX/html9/html-part-header.txt"
	[ "$(sed -n 17p "$h")" = '第二部分 预算项目绩效目标' ]
	for noise in 测试局本级 '- 3 -'; do
		for at in 17 18; do
			put_after "$h" $at "$noise" > "$t"
			run ind "$t" '.level3'
			echo "$noise after $at: $output"
			[ "$output" = '"数量"
"满意度"' ]
		done
	done
	# a part heading that cell rows do not follow still is one
	{ sed -n 1,112p "$cpl"; printf '第二部分 预算项目绩效目标\n\n说明\n'; } > "$t"
	run bash -c "pbsplit '$t' | jq -c 'select(.type == \"block\") | .kind' | tail -2 | paste -sd' '"
	[ "$output" = '"part" "other"' ]
}

@test "a page header of the title and a part heading stays in the table it cut; a filing that opens so still begins one" {
	t="$BATS_TEST_TMPDIR/tp.txt"
	tg="$TOP/examples/tab-grid.txt"
	# amid the first table's rows (60), above the third's budget row
	# (104), under its indicator header (111)
	for at in 60 104 111; do
		put_after "$tg" $at '2025年部门预算绩效文本@第二部分 预算项目绩效目标' > "$t"
		lossless "$t"
		# the title began a filing of the table's last rows, read as
		# a part's text: four indicators lost with status 0
		run doc_indicators "$t"
		echo "after $at: $output"
		[ "$output" = '[1,8] [1,5] [1,4]' ]
	done
	cpl="$TOP/examples/cell-per-line.txt"
	want=$(ind "$cpl" '[.level1, .level2, .level3, .description, .value, .basis]')
	for at in 69 101; do
		put_after "$cpl" $at '2025年部门预算绩效文本@第二部分 预算项目绩效目标' > "$t"
		run ind "$t" '[.level1, .level2, .level3, .description, .value, .basis]'
		[ "$output" = "$want" ]
	done
	# a filing of the title, Part 2 and tables numbered from 1 again
	[ "$(sed -n 47p "$tg")" = 第二部分 ]
	{ cat "$tg"; echo 2025年部门预算绩效文本; sed -n '47,$p' "$tg"; } > "$t"
	lossless "$t"
	run bash -c "pbsplit '$t' | jq -c 'select(.type == \"doc\") | [.line, .title]' | paste -sd' '"
	[ "$output" = '[1,"2025年部门预算绩效文本"] [115,"2025年部门预算绩效文本"]' ]
	run doc_indicators "$t"
	[ "$output" = '[1,8] [1,5] [1,4] [2,8] [2,5] [2,4]' ]
}

@test "a page header of a part heading over the title stays in the table it cut; a filing after a part heading still begins at its title" {
	t="$BATS_TEST_TMPDIR/pt.txt"
	tg="$TOP/examples/tab-grid.txt"
	# the title (maybe with its page number, or one under it) began a
	# filing at once under the heading: the table's last rows were
	# cover text, up to four indicators lost with status 0
	for noise in '2025年部门预算绩效文本' '2025年部门预算绩效文本 3' '2025年部门预算绩效文本@- 3 -'; do
		for at in 60 104 111; do
			put_after "$tg" $at "第二部分 预算项目绩效目标@$noise" > "$t"
			lossless "$t"
			run doc_indicators "$t"
			echo "$noise after $at: $output"
			[ "$output" = '[1,8] [1,5] [1,4]' ]
			# said, not dropped
			run bash -c "pbtable '$t' 2>&1 >/dev/null"
			[[ "$output" == *"pt.txt:$((at + 1)): warning: "* ]]
			[[ "$output" == *"pt.txt:$((at + 2)): warning: "* ]]
		done
	done
	cpl="$TOP/examples/cell-per-line.txt"
	want=$(ind "$cpl" '[.level1, .level2, .level3, .description, .value, .basis]')
	for at in 69 101; do
		put_after "$cpl" $at '第二部分 预算项目绩效目标@2025年部门预算绩效文本' > "$t"
		run ind "$t" '[.level1, .level2, .level3, .description, .value, .basis]'
		[ "$output" = "$want" ]
	done
	# HTML: between two tables of a page each, the heading above the
	# title, or the title under a heading already there
	h="$FIX/html9/html-running-header.txt"
	[ "$(sed -n 14p "$h")" = 测试局2025年部门预算绩效文本 ]
	put_after "$h" 13 '第二部分 预算项目绩效目标' > "$t"
	run ind "$t" '.level3'
	[ "$output" = '"数量"
"满意度"' ]
	h="$FIX/html9/html-part-header.txt"
	for at in 17 18; do
		put_after "$h" $at '2025年部门预算绩效文本' > "$t"
		run ind "$t" '.level3'
		echo "after $at: $output"
		[ "$output" = '"数量"
"满意度"' ]
	done
	# no row after them: the heading is the first filing's part, and
	# the title begins the second, its cover and all
	{ cat "$tg"; echo 第二部分 预算项目绩效目标; sed -n '4,$p' "$tg"; } > "$t"
	lossless "$t"
	run bash -c "pbsplit '$t' | jq -c 'select(.type == \"doc\") | [.line, .title, .dept]' | paste -sd' '"
	[ "$output" = '[1,"2025年部门预算绩效文本","南溪县文化广电和旅游局本级"] [116,"2025年部门预算绩效文本","南溪县文化广电和旅游局本级"]' ]
	run bash -c "pbsplit '$t' | jq -c 'select(.type == \"block\" and .doc == 1) | .kind' | tail -1"
	[ "$output" = '"part"' ]
	run doc_indicators "$t"
	[ "$output" = '[1,8] [1,5] [1,4] [2,8] [2,5] [2,4]' ]
}

@test "cell per line: a page break inside a row above the indicator table (blank lines, maybe the page's header and number) leaves the row whole" {
	t="$BATS_TEST_TMPDIR/cut.txt"
	cpl="$TOP/examples/cell-per-line.txt"
	fields='[.code, .name, .budget, .fiscal, .other, .purpose, .schedule, .goals, .indicators]'
	want=$(proj "$cpl" "$fields")
	wind=$(ind "$cpl" '[.level1, .level2, .level3, .value]')
	[ "$(sed -n 21p "$cpl")" = $'\t项目编码' ]
	[ "$(sed -n 27p "$cpl")" = $'\t预算数' ]
	[ "$(sed -n 38p "$cpl")" = $'\t3月底' ]
	[ "$(sed -n 55p "$cpl")" = $'\t二级指标' ]
	# after 项目编码, 项目名称, 预算数, its amount, 其中：财政资金, its
	# amount, 其他资金; between checkpoints, amounts, header names
	for at in 21 23 27 28 29 30 31 38 39 43 44 45 55 56; do
		for noise in '@' '@- 3 -@' '2025年部门预算绩效文本@- 3 -@' '@2025年部门预算绩效文本@第 3 页@'; do
			put_after "$cpl" $at "$noise" > "$t"
			# the row was read as two: the code or the budget null (its
			# amounts in the purpose), the plan's values not lined up,
			# a header of two columns and no indicator read right
			run proj "$t" "$fields"
			echo "[$noise] after $at: $output"
			[ "$output" = "$want" ]
			run ind "$t" '[.level1, .level2, .level3, .value]'
			[ "$output" = "$wind" ]
		done
	done
	# a two-row header (绩效指标 over the level names) is still two rows,
	# and its upper row cut after 绩效指标 is one
	run ind "$FIX/cpl9/tworow-merged-once.txt" '.level1'
	[ "$output" = '"产出指标"
"满意度指标"' ]
	two="$FIX/cpl9/tworow-merged-once-noempties.txt"
	[ "$(sed -n 23p "$two")" = $'\t绩效指标' ]
	for at in 23 24; do
		put_after "$two" $at '@' > "$t"
		run ind "$t" '[.level1, .level2, .level3, .description, .value]'
		echo "after $at: $output"
		[ "$output" = "$(ind "$two" '[.level1, .level2, .level3, .description, .value]')" ]
	done
}

@test "cell per line: a running header between a goal's numbered paragraphs, or the department's name in the plan, leaves the table whole" {
	t="$BATS_TEST_TMPDIR/goal.txt"
	cpl="$TOP/examples/cell-per-line.txt"
	[ "$(sed -n 51p "$cpl")" = '2.及时修补路面坑槽' ]
	want=$(ind "$cpl" '[.level1, .level2, .level3, .value]')
	put_after "$cpl" 50 '2025年部门预算绩效文本' > "$t"
	# 2.… did not wait with the title as plain text does: a filing
	# began at the title, and every indicator was lost
	run bash -c "pbsplit '$t' | jq -c 'select(.type == \"doc\")' | wc -l"
	[ "$output" = 1 ]
	run ind "$t" '[.level1, .level2, .level3, .value]'
	[ "$output" = "$want" ]
	run proj "$t" '.goals'
	[ "$output" = '["完成农村公路日常养护","及时修补路面坑槽"]' ]
	# the page's number and a blank line too: the header ended the
	# goals, the second a row no field read
	put_after "$cpl" 50 '2025年部门预算绩效文本@- 3 -@' > "$t"
	run proj "$t" '.goals'
	[ "$output" = '["完成农村公路日常养护","及时修补路面坑槽"]' ]
	run ind "$t" '[.level1, .level2, .level3, .value]'
	[ "$output" = "$want" ]
	run unp "$t" '[.line, .reason]'
	[ "$output" = '[51,"page header (a title) above the indicator table is no part of the project'"'"'s fields"]
[52,"page number line above the indicator table is no part of the project'"'"'s fields"]' ]
	# the department's name between the plan's checkpoints was read as
	# the plan's values, which were lost
	dept=$(pbsplit "$cpl" | jq -r 'select(.type == "doc") | .dept')
	put_after "$cpl" 39 "$dept" > "$t"
	run proj "$t" '[.schedule, .spend]'
	[ "$output" = "$(proj "$cpl" '[.schedule, .spend]')" ]
	run unp "$t" '.line'
	[ "$output" = 40 ]
}

@test "a page header of three lines (title, part heading, title) stays in the table it cut; a filing that opens so still begins one" {
	t="$BATS_TEST_TMPDIR/tpt.txt"
	tg="$TOP/examples/tab-grid.txt"
	hdr='2025年部门预算绩效文本@第二部分 预算项目绩效目标@2025年部门预算绩效文本'
	# the heading under the first title opened a part, and the second
	# title (not in the table any more) began a filing at the first:
	# the table's last rows were a part's text, indicators lost with
	# status 0
	for at in 60 104 111; do
		put_after "$tg" $at "$hdr" > "$t"
		lossless "$t"
		run doc_indicators "$t"
		echo "after $at: $output"
		[ "$output" = '[1,8] [1,5] [1,4]' ]
	done
	cpl="$TOP/examples/cell-per-line.txt"
	want=$(ind "$cpl" '[.level1, .level2, .level3, .description, .value, .basis]')
	for at in 69 101; do
		put_after "$cpl" $at "$hdr" > "$t"
		run ind "$t" '[.level1, .level2, .level3, .description, .value, .basis]'
		[ "$output" = "$want" ]
	done
	# HTML: a title and a heading over the title already between two
	# tables of a page each
	h="$FIX/html9/html-running-header.txt"
	[ "$(sed -n 14p "$h")" = 测试局2025年部门预算绩效文本 ]
	put_after "$h" 13 '测试局2025年部门预算绩效文本@第二部分 预算项目绩效目标' > "$t"
	run ind "$t" '.level3'
	[ "$output" = '"数量"
"满意度"' ]
	# a filing of the three lines, then a whole filing: it begins at
	# the first, the heading its part
	{ cat "$tg"; echo 2025年部门预算绩效文本; echo 第二部分 预算项目绩效目标; cat "$tg"; } > "$t"
	lossless "$t"
	run bash -c "pbsplit '$t' | jq -c 'select(.type == \"doc\") | [.line, .title]' | paste -sd' '"
	[ "$output" = '[1,"2025年部门预算绩效文本"] [115,"2025年部门预算绩效文本"]' ]
	run doc_indicators "$t"
	[ "$output" = '[1,8] [1,5] [1,4] [2,8] [2,5] [2,4]' ]
}

@test "HTML: lines of text between a table's rows are a row each, a page header of two lines two headers" {
	t="$BATS_TEST_TMPDIR/h2.txt"
	h="$FIX/html9/html-second-cover.txt"
	[ "$(sed -n 15p "$h")" = '<tr><td></td><td colspan="6">用于测试</td></tr>' ]
	for hdr in '2025年部门预算绩效文本@第二部分 预算项目绩效目标' '第二部分 预算项目绩效目标@2025年部门预算绩效文本'; do
		put_after "$h" 14 "$hdr" > "$t"
		# one row of both, its 绩效目标 a goals label: the purpose
		# under it was the first goal, with nothing said
		run proj "$t" '[.purpose, .goals]'
		echo "$hdr: $output"
		[ "$output" = '["用于测试",["完成测试"]]
["用于测试",["完成测试"]]' ]
		run unp "$t" '.line'
		[ "$output" = '15
16' ]
	done
}

@test "a line of text under a page header of three lines, or of the part over the title, in a table waits with it: a note with 编制 in its sentence, the department's line" {
	t="$BATS_TEST_TMPDIR/n.txt"
	hdr='2025年部门预算绩效文本@第二部分 预算项目绩效目标@2025年部门预算绩效文本'
	# the header of three lines, and of the part over the title
	for h in "$hdr" '第二部分 预算项目绩效目标@2025年部门预算绩效文本'; do
		for f in d4-note-between:39 d4-note-midtable:37; do
			file="$S6/${f%:*}.txt" at=${f#*:}
			[[ "$(sed -n "$((at + 1))p" "$file")" == 注：*编制要求填报* ]]
			put_after "$file" "$at" "$h" > "$t"
			lossless "$t"
			# read as a cover's 某某局编制, the note began a
			# filing at the header, and the rows after it, or the
			# next table, were that filing's
			run doc_indicators "$t"
			echo "$h $f: $output"
			[ "$output" = '[1,3] [1,3]' ]
			run bash -c "pbsplit '$t' | jq -s '[.[] | select(.type == \"doc\")] | length'"
			[ "$output" = 1 ]
		done
	done
	# two lines of text wait, as under the title alone (a note of its
	# own over the table's)
	put_after "$S6/d4-note-midtable.txt" 37 '第二部分 预算项目绩效目标@2025年部门预算绩效文本@注：本表数据为预计数' > "$t"
	run doc_indicators "$t"
	[ "$output" = '[1,3] [1,3]' ]
	# under a table's title, over its department's line: the header
	# and the line waited as one, the part heading settled alone at
	# the line (a block of its part, the table cut from its title)
	tg="$TOP/examples/tab-grid.txt"
	want=$(proj "$tg" '[.title, .dept_code, .code, .indicators]')
	for h in "$hdr" '第二部分 预算项目绩效目标@2025年部门预算绩效文本'; do
		for at in $(grep -n '^[0-9]\..*绩效目标表$' "$tg" | cut -d: -f1); do
			[[ "$(sed -n "$((at + 1))p;$((at + 2))p" "$tg" | tr -d '\n')" == [0-9]* ]]
			put_after "$tg" "$at" "$h" > "$t"
			run proj "$t" '[.title, .dept_code, .code, .indicators]'
			[ "$output" = "$want" ]
		done
	done
	# a cover's own 编制 line still begins the filing at the title
	{ sed -n 1,39p "$S6/d4-note-between.txt"; echo 2025年部门预算绩效文本; echo 某某县文化局编制; sed -n '41,$p' "$S6/d4-note-between.txt"; } > "$t"
	run doc_indicators "$t"
	[ "$output" = '[1,3] [2,3]' ]
	# and so it does under a part heading over the title
	{ sed -n 1,39p "$S6/d4-note-between.txt"; echo 第二部分 预算项目绩效目标; echo 2025年部门预算绩效文本
	  echo 某某县文化局编制; sed -n '41,$p' "$S6/d4-note-between.txt"; } > "$t"
	run doc_indicators "$t"
	[ "$output" = '[1,3] [2,3]' ]
}

@test "a page header before a table numbered in words ((一), 二、, (1), 二.) goes on with the doc, as before 2." {
	t="$BATS_TEST_TMPDIR/w.txt"
	for f in d11-title-numbering d11-title-numbering2; do
		[[ "$(sed -n 41p "$S6/$f.txt")" == 二* ]]
		for hdr in '2025年部门预算绩效文本@第二部分 预算项目绩效目标@2025年部门预算绩效文本' \
			'2025年部门预算绩效文本@第二部分 预算项目绩效目标'; do
			for at in 39 40; do
				put_after "$S6/$f.txt" $at "$hdr" > "$t"
				lossless "$t"
				# read as unnumbered, the title began a filing at
				# the header: a second doc of the one table
				run doc_indicators "$t"
				echo "$f $at: $output"
				[ "$output" = '[1,3] [1,3]' ]
				run proj "$t" .title
				[ "$output" = '"文化场馆运行经费绩效目标表"
"非遗保护经费绩效目标表"' ]
			done
		done
	done
}
