#!/usr/bin/env bats
# r18c: findings H1, M1 and M5 of review r18a.
#  H1: a budget written in one cell whose amounts group thousands with a
#      space (预算数：1 234.56万元，其中：财政资金1 000.00万元) was read as
#      budget 1 and fiscal 1, with a false budget-sum and a warning that
#      named the wrong label.
#  M1: a project name wrapped onto the next tab-grid line was cut short.
#  M5: a cover title with its year after it in brackets
#      (部门预算绩效文本（2025年）) was not recognised.

load common

SENT='预算数：1 234.56万元，其中：财政资金1 000.00万元，其他资金234.56万元'
RUN='预算数 1 234.56 其中：财政资金 1 000.00 其他资金 234.56'

# examples/tab-grid.txt with its first budget row (line 58) one cell $1
budget_grid() {
	sed "58s/.*/预算规模及资金用途\t$1\t\t\t\t\t/" "$EX/tab-grid.txt"
}

@test "r18c H1: a spaced budget sentence in a tab grid reads its whole amounts, and pbcheck finds no budget-sum" {
	budget_grid "$SENT" >"$BATS_TEST_TMPDIR/s.txt"
	[ "$(proj "$BATS_TEST_TMPDIR/s.txt" '[.budget,.fiscal,.other]' | head -1)" = '[1234.56,1000,234.56]' ]
	[ -z "$(unp "$BATS_TEST_TMPDIR/s.txt" '.text' | grep 预算数)" ]
	run_split pbcheck "$BATS_TEST_TMPDIR/s.txt"
	[[ "$output" != *budget-sum* ]]
	[ "$(pbsum "$BATS_TEST_TMPDIR/s.txt" 2>/dev/null | col budget 1)" = "$(pbsum "$EX/tab-grid.txt" 2>/dev/null |
		col budget 1 | awk '{ printf "%.6f", $1 - 120.5 + 1234.56 }')" ]
}

@test "r18c H1: the same amounts run together (cells a PDF joined), and three groups (1 234 567.89)" {
	budget_grid "$RUN" >"$BATS_TEST_TMPDIR/r.txt"
	[ "$(proj "$BATS_TEST_TMPDIR/r.txt" '[.budget,.fiscal,.other]' | head -1)" = '[1234.56,1000,234.56]' ]
	budget_grid '预算数 1 234 567.89 其中：财政资金 1 000 000.00 其他资金 234 567.89' >"$BATS_TEST_TMPDIR/r3.txt"
	[ "$(proj "$BATS_TEST_TMPDIR/r3.txt" '[.budget,.fiscal,.other]' | head -1)" = '[1234567.89,1000000,234567.89]' ]
}

@test "r18c H1: cell per line, markdown pipe table and GB18030 read the spaced sentence alike" {
	T="$BATS_TEST_TMPDIR"
	awk -v s="$SENT" 'NR == 27 { print "\t" s; next } NR > 27 && NR <= 32 { next } { print }' \
		"$EX/cell-per-line.txt" >"$T/cpl.txt"
	grep -q "^	$SENT\$" "$T/cpl.txt"
	[ "$(proj "$T/cpl.txt" '[.budget,.fiscal,.other]' | head -1)" = '[1234.56,1000,234.56]' ]
	sed "s/^| 预算规模及资金用途 .*/| 预算规模及资金用途 | $SENT |  |  |  |  |  |/; /^|  |  | 00.00 /d" \
		"$FIX/wrap16/amount-wrapped-pipe.txt" >"$T/md.txt"
	grep -q "| $SENT |" "$T/md.txt"
	[ "$(proj "$T/md.txt" '[.budget,.fiscal,.other]')" = '[1234.56,1000,234.56]' ]
	budget_grid "$SENT" | iconv -f UTF-8 -t GB18030 >"$T/gb.txt"
	[ "$(proj "$T/gb.txt" '[.budget,.fiscal,.other]' | head -1)" = '[1234.56,1000,234.56]' ]
}

@test "r18c H1: pieces that may be two amounts leave the field null with a warning, never the first piece" {
	budget_grid '预算数：1 234万元，其中：财政资金1234 567.00万元，其他资金20.00万元' >"$BATS_TEST_TMPDIR/a.txt"
	run_split pbtable "$BATS_TEST_TMPDIR/a.txt"
	[ "$(echo "$output" | jq -c 'select(.type=="project") | [.budget,.fiscal,.other]' | head -1)" = '[null,null,20]' ]
	[[ "$stderr" == *"预算数 is not an amount: 1 234万元"* ]]
	[[ "$stderr" == *"财政资金 is not an amount: 1234 567.00万元"* ]]
	# a number before a percentage is no group of the amount before it
	budget_grid '预算数：100.00万元，其中：财政资金80 100%，其他资金20.00万元' >"$BATS_TEST_TMPDIR/p.txt"
	[ "$(proj "$BATS_TEST_TMPDIR/p.txt" '[.budget,.fiscal,.other]' | head -1)" = '[100,80,20]' ]
}

@test "r18c H1: an amount with no label of its own names the amount before it, not 'a label read as none of'" {
	budget_grid '预算数 100.00 50.00 其中：财政资金 80.00 其他资金 20.00' >"$BATS_TEST_TMPDIR/w.txt"
	run_split pbtable "$BATS_TEST_TMPDIR/w.txt"
	[ "$(echo "$output" | jq -c 'select(.type=="project") | [.budget,.fiscal,.other]' | head -1)" = '[100,80,20]' ]
	[[ "$stderr" == *"budget cell amount with no label of its own, after the amount 100.00: 50.00"* ]]
	[[ "$stderr" != *"read as none of"* ]]
	# a real label is still named
	budget_grid '预算数 100.00 其中：财政资金 80.00 其他资金 20.00 政府性基金 5.00' >"$BATS_TEST_TMPDIR/l.txt"
	run_split pbtable "$BATS_TEST_TMPDIR/l.txt"
	[[ "$stderr" == *"read as none of 预算数, 财政资金, 其他资金: 政府性基金 5.00"* ]]
}


# a tab grid project whose name cell wraps onto a row of its own under
# the name's column; $1 the title line
name_grid() {
	printf '2025年部门预算绩效文本\n\n%s\n\n610424 乾县医疗保障局\n\n单位：万元\n\n' "$1"
	printf '项目编码\t61042425P001101100015\t\t项目名称\t城乡居民基本医疗保险\t\t\n'
	printf '\t\t\t\t财政补助资金\t\t\n'
	printf '预算规模及资金用途\t预算数\t5000.00\t其中：财政资金\t5000.00\t其他资金\t\n'
	printf '\t用于城乡居民医保补助\t\t\t\t\t\n'
	printf '绩效目标\t1.完成参保补助\t\t\t\t\t\n'
	printf '一级指标\t二级指标\t三级指标\t绩效指标描述\t指标值\t指标值确定依据\t\n'
	printf '产出指标\t数量指标\t参保人数\t参保人数\t≥10000人\t计划\t\n'
}

@test "r18c M1: a name wrapped onto the next tab-grid row is read whole when the title names it" {
	name_grid '1.城乡居民基本医疗保险财政补助资金绩效目标表' >"$BATS_TEST_TMPDIR/n.txt"
	run_split pbtable "$BATS_TEST_TMPDIR/n.txt"
	[ "$(echo "$output" | jq -c 'select(.type=="project") | [.name, .unparsed, .budget]')" = '["城乡居民基本医疗保险财政补助资金",0,5000]' ]
	[ -z "$(echo "$output" | jq -c 'select(.type=="unparsed")')" ]
	# over three lines
	name_grid '1.城乡居民基本医疗保险财政补助资金项目经费绩效目标表' |
		sed 's/^\t\t\t\t财政补助资金.*/&\n\t\t\t\t项目经费\t\t/' >"$BATS_TEST_TMPDIR/n3.txt"
	[ "$(proj "$BATS_TEST_TMPDIR/n3.txt" '.name')" = '"城乡居民基本医疗保险财政补助资金项目经费"' ]
}

@test "r18c M1: without the title's word the row under the name stays an unparsed record" {
	name_grid '1.城乡居民基本医疗保险绩效目标表' >"$BATS_TEST_TMPDIR/n.txt"
	run_split pbtable "$BATS_TEST_TMPDIR/n.txt"
	[ "$(echo "$output" | jq -c 'select(.type=="project") | [.name, .unparsed]')" = '["城乡居民基本医疗保险",1]' ]
	[ "$(echo "$output" | jq -r 'select(.type=="unparsed") | .text')" = "$(printf '\t\t\t\t财政补助资金\t\t')" ]
}

@test "r18c M1: a wrapped name in a pipe table (past its rule) and in cell per line" {
	T="$BATS_TEST_TMPDIR"
	sed 's/^1.办公经费绩效目标表/1.办公经费测试项目绩效目标表/; s/^|---|---|---|---|---|---|$/&\n|  |  |  |  | 测试项目 |  |/' \
		"$FIX/wrap16/amount-wrapped-pipe.txt" >"$T/md.txt"
	grep -q '^|  |  |  |  | 测试项目 |  |$' "$T/md.txt"
	[ "$(proj "$T/md.txt" '[.name, .unparsed]')" = '["办公经费测试项目",0]' ]
	sed 's/^\t2025年农村公路日常养护经费$/\t2025年农村公路日常\n\t养护经费/' "$EX/cell-per-line.txt" >"$T/cpl.txt"
	grep -q '^	养护经费$' "$T/cpl.txt"
	[ "$(proj "$T/cpl.txt" '.name' | head -1)" = '"2025年农村公路日常养护经费"' ]
	[ -z "$(unp "$T/cpl.txt" '.text' | grep 养护经费)" ]
}

# examples/tab-grid.txt under the cover title $1 (its own dropped), its
# project codes saying 24: a code reused from the year before
cover_doc() {
	printf '%s\n\n' "$1"
	sed '/^2025 年部门预算绩效文本$/d; s/51152325P/51152324P/' "$EX/tab-grid.txt"
}

@test "r18c M5: the year after the cover title's words, in brackets, is the filing's (pbsplit doc and pbtable year)" {
	T="$BATS_TEST_TMPDIR"
	for t in '部门预算绩效文本（2025年）' '部门预算绩效文本（2025）' '部门预算绩效文本(2025年度)' \
		'某某局部门预算绩效目标（２０２５年）' '部门预算绩效文本（二〇二五年）'; do
		cover_doc "$t" >"$T/c.txt"
		[ "$(pbsplit "$T/c.txt" | jq -c 'select(.type=="doc") | .year')" = 2025 ] || { echo "$t"; false; }
		[ "$(proj "$T/c.txt" '.year' | sort -u)" = 2025 ] || { echo "$t"; false; }
	done
	[ "$(pbsplit "$T/c.txt" | jq -r 'select(.type=="doc") | .title')" = '部门预算绩效文本（二〇二五年）' ]
	# the codes from another year are now said
	run_split pbcheck "$T/c.txt"
	[[ "$output" == *"says 2024"*"[code-year]"* ]]
}

@test "r18c M5: a draft mark after the bracketed year is the draft; other words in the brackets or after them are no title" {
	T="$BATS_TEST_TMPDIR"
	cover_doc '部门预算绩效文本（2025年）（草案）' >"$T/d.txt"
	[ "$(pbsplit "$T/d.txt" | jq -c 'select(.type=="doc") | [.year, .title, .draft]')" = '[2025,"部门预算绩效文本（2025年）",true]' ]
	for t in '部门预算绩效文本（2025年修订）' '关于报送部门预算绩效文本（2025年）的函'; do
		cover_doc "$t" >"$T/n.txt"
		[ "$(pbsplit "$T/n.txt" | jq -c 'select(.type=="doc") | .title')" = null ] || { echo "$t"; false; }
		[ "$(proj "$T/n.txt" '.year' | sort -u)" = 2024 ] || { echo "$t"; false; }
	done
}

@test "r18c M5: the bracketed title repeated as a page's running header is passed over, as the usual form is" {
	T="$BATS_TEST_TMPDIR"
	cover_doc '部门预算绩效文本（2025年）' >"$T/h.txt"
	n=$(grep -n '^满意度指标' "$T/h.txt" | head -1 | cut -d: -f1)
	[ -n "$n" ]
	sed "${n}i\\
部门预算绩效文本（2025年）" "$T/h.txt" >"$T/h2.txt"
	[ "$(pbsplit "$T/h2.txt" | jq -s '[.[] | select(.type=="doc")] | length')" = 1 ]
	[ "$(pbtable "$T/h2.txt" 2>/dev/null | jq -s '[.[] | select(.type=="indicator")] | length')" = \
		"$(pbtable "$EX/tab-grid.txt" 2>/dev/null | jq -s '[.[] | select(.type=="indicator")] | length')" ]
}
