#!/usr/bin/env bats
# r19d: values and amounts the blind review r19a found misread (M2, L1,
# L4) and a value's trailing full stop.  Each value case is the clean
# filing fixtures/r18d/base.txt with its 质量指标 row (line 17) changed.

load common
load valuerow

@test "M2: a range written with 到 is partial and value-partial, as with 至, not its first number" {
	for v in '90%到95%' '90到95%' '3到5个工作日' '3个到5个工作日' '90%到95' '3万元到5万元' '90 到 95%'; do
		f=$(row 质量指标 验收合格率 "$v")
		[ "$(row_ind "$f" '[.op,.num,.unit,.kind,.partial]')" = '[null,null,null,"text",true]' ] || { echo "$v: $(row_ind "$f" .)"; return 1; }
		[ "$(row_rules "$f")" = value-partial ] || { echo "$v: $(row_rules "$f")"; return 1; }
	done
	# its sign kept, as ≥90%-95% keeps it; in a note too
	f=$(row 质量指标 验收合格率 '≥90%到95%')
	[ "$(row_ind "$f" '[.op,.num,.partial]')" = '[">=",null,true]' ]
	f=$(row 质量指标 验收合格率 '≥90%（目标90%到95%）')
	[ "$(row_ind "$f" '[.op,.num,.partial]')" = '[">=",null,true]' ]
	# a period within a year with 到 is the date it ends on, as with 至
	f=$(row 时效指标 完成时间 '2025年1月到6月')
	[ "$(row_ind "$f" '[.op,.kind,.date]')" = '["<=","date","2025-06"]' ]
	[ -z "$(row_rules "$f")" ]
}

@test "M2: 到 in words is no range: 达到95%, 到位率100%, 到2025年底 read as before" {
	f=$(row 质量指标 验收合格率 '达到95%')
	[ "$(row_ind "$f" '[.op,.num,.unit,.partial]')" = '[">=",95,"%",null]' ]
	[ -z "$(row_rules "$f")" ]
	f=$(row 质量指标 验收合格率 '≥95%，力争达到98%')
	[ "$(row_ind "$f" '[.op,.num,.unit,.partial]')" = '[">=",95,"%",null]' ]
	[ -z "$(row_rules "$f")" ]
	f=$(row 质量指标 验收合格率 '≥95%，到2025年底达到100%')
	[ "$(row_ind "$f" '[.op,.num,.unit,.partial]')" = '[">=",95,"%",null]' ]
	f=$(row 质量指标 验收合格率 '≥95%到2025年底')
	[ "$(row_ind "$f" '[.op,.num,.unit,.partial]')" = '[">=",95,"%",null]' ]
	f=$(row 质量指标 验收合格率 '到位率100%')
	[ "$(row_ind "$f" '[.op,.num,.kind,.partial]')" = '[null,null,"text",null]' ]
	f=$(row 时效指标 完成时间 '到2025年底')
	[ "$(row_ind "$f" '[.op,.num,.kind,.partial]')" = '[null,null,"text",null]' ]
	[ "$(row_rules "$f")" != value-partial ]
	# the manual and --explain say so
	[[ "$(pbcheck --explain value-partial | tr '\n' ' ' | tr -s ' ')" == *"90%到95%"*"(达到95%, ≥95%，力争达到98%, ≥95%，到2025年底)"* ]]
}

@test "a value's full stop (。 ！ or ． at its end) is no part of its unit, as ； is not" {
	for vu in '100%。:%' '≥5项。:项' '≤30天。:天' '≥5项；:项' '100%！:%' '100%．:%' '≥95%以上。:%' '≥95%。力争98%:%' '≤50元/人。:元/人'; do
		v=${vu%:*} u=${vu##*:}
		f=$(row 数量指标 指标 "$v")
		[ "$(row_ind "$f" .unit)" = "\"$u\"" ] || { echo "$v: $(row_ind "$f" .)"; return 1; }
		[ "$(row_ind "$f" '[.kind,.partial]')" = '["number",null]' ] || { echo "$v"; return 1; }
	done
	# the value keeps it as written; a number after it makes a list
	f=$(row 数量指标 指标 '100%。')
	[ "$(row_ind "$f" '[.value,.num]')" = '["100%。",100]' ]
	f=$(row 数量指标 指标 '≥90%。100%')
	[ "$(row_ind "$f" '[.op,.num,.partial]')" = '[">=",null,true]' ]
	[ "$(row_rules "$f")" = value-partial ]
	# a point inside the unit is the unit's
	f=$(row 数量指标 指标 '3人.次')
	[ "$(row_ind "$f" .unit)" = '"人.次"' ]
}

@test "L1: a percentage in Chinese numerals (≥百分之九十五) under a 数量指标 is no unquantified, as 不低于九成 is not" {
	for v in '≥百分之九十五' '不低于百分之九十五' '百分之九十五' '百分之百' '≥百分之九十五以上'; do
		f=$(row 数量指标 完成任务比例 "$v")
		[ -z "$(row_rules "$f")" ] || { echo "$v: $(row_rules "$f")"; return 1; }
		# its number since r20c, as 百分之95's
		case $v in *百) want='[100,"%","number",null]' ;; *) want='[95,"%","number",null]' ;; esac
		[ "$(row_ind "$f" '[.num,.unit,.kind,.partial]')" = "$want" ] || { echo "$v"; return 1; }
	done
	f=$(row 数量指标 完成任务比例 '不低于百分之九十五')
	[ "$(row_ind "$f" .op)" = '">="' ]
	# 百分之 alone counts nothing
	f=$(row 数量指标 完成任务比例 '≥百分之')
	[ "$(row_rules "$f")" = unquantified ]
	[[ "$(pbcheck --explain unquantified | tr '\n' ' ' | tr -s ' ')" == *"不低于九成, ≥百分之九十五)"* ]]
}

@test "L1: 百分之95 is num 95 and unit %, and the rules of percentages see it" {
	for vo in '百分之95:null' '≥百分之95:">="' '不低于百分之95:">="' '百分之95以上:">="' '合格率≥百分之95:">="' '百分之 95%:null' '百分之95完成:null'; do
		v=${vo%:*} op=${vo##*:}
		f=$(row 质量指标 验收合格率 "$v")
		[ "$(row_ind "$f" '[.op,.num,.unit,.kind]')" = "[$op,95,\"%\",\"number\"]" ] || { echo "$v: $(row_ind "$f" .)"; return 1; }
		[ -z "$(row_rules "$f")" ] || { echo "$v: $(row_rules "$f")"; return 1; }
	done
	f=$(row 质量指标 验收合格率 '≥百分之120')
	[ "$(row_rules "$f")" = percent-over-100 ]
	# a range or a second unit is partial, not its first number
	for v in '百分之90到百分之95' '百分之90-95' '90%-百分之95' '百分之95m'; do
		f=$(row 质量指标 验收合格率 "$v")
		[ "$(row_ind "$f" '[.num,.partial]')" = '[null,true]' ] || { echo "$v: $(row_ind "$f" .)"; return 1; }
	done
}

# base.txt with the budget row's 预算数 and 财政资金 cells $1 and $2, its path
budget() {
	local f="$BATS_TEST_TMPDIR/b$RANDOM.txt"
	awk -v a="$1" -v b="$2" 'BEGIN { FS = OFS = "\t" } NR == 10 { $3 = a; $5 = b } { print }' "$B" > "$f"
	echo "$f"
}

@test "L4: a minus typeset as − (U+2212) or － (U+FF0D) is an amount's sign, as - is" {
	for m in '-' '−' '－'; do
		f=$(budget "${m}20.00" "${m}20.00")
		run_split pbtable "$f"
		[ -z "$stderr" ] || { echo "$m: $stderr"; return 1; }
		[ "$(proj "$f" '[.budget,.fiscal]')" = '[-20,-20]' ] || { echo "$m: $(proj "$f" .)"; return 1; }
		[[ "$(pbcheck "$f")" == *"[negative-amount]"* ]] || { echo "$m"; return 1; }
		# in 元, and with its unit in the cell: exact, as ever
		f=$(budget "${m}123456.78元" "${m}1234.5678万元")
		[ "$(pbtable "$f" 2>/dev/null | jq -r 'select(.type=="project") | "\(.budget) \(.fiscal)"')" = '-12.345678 -1234.5678' ] || { echo "$m 元"; return 1; }
	done
}

@test "L4: a dash that is no sign (1－5, －7－, − 20.00) is still no amount" {
	for v in '1－5' '－7－' '− 20.00' '−-5.00' '—20.00'; do
		f=$(budget "$v" 1000.00)
		run_split pbtable "$f"
		[ "$(proj "$f" .budget)" = null ] || { echo "$v: $(proj "$f" .budget)"; return 1; }
		[[ "$stderr" == *"预算数 is not an amount: $v"* ]] || { echo "$v: $stderr"; return 1; }
	done
	# a dash alone is a blank mark, as ever: 其他资金 － is none
	f=$(budget 1234.56 1234.56)
	f2="$BATS_TEST_TMPDIR/o.txt"
	awk 'BEGIN { FS = OFS = "\t" } NR == 10 { $7 = "－" } { print }' "$f" > "$f2"
	run_split pbtable "$f2"
	[ -z "$stderr" ]
	[ "$(proj "$f2" '[.budget,.fiscal,.other]')" = '[1234.56,1234.56,null]' ]
}

@test "an amount after its label in the label's cell keeps its minus (预算数：-20.00 is -20, not 20)" {
	for m in '-' '−' '－'; do
		for lab in '预算数：' '预算数 ' '预算数'; do
			f="$BATS_TEST_TMPDIR/l$RANDOM.txt"
			awk -v c="$lab${m}1234.56" 'BEGIN { FS = OFS = "\t" } NR == 10 { $2 = c; $3 = "" } { print }' "$B" > "$f"
			[ "$(proj "$f" '[.budget,.fiscal,.other]')" = '[-1234.56,1000,234.56]' ] || { echo "$lab$m: $(proj "$f" .)"; return 1; }
		done
		# the funds written in one cell, as a sentence
		f="$BATS_TEST_TMPDIR/s$RANDOM.txt"
		awk -v c="预算数：${m}1234.56万元，其中：财政资金${m}1000.00万元，其他资金${m}234.56万元" \
			'BEGIN { FS = OFS = "\t" } NR == 10 { $0 = "预算规模及资金用途\t" c } { print }' "$B" > "$f"
		[ "$(proj "$f" '[.budget,.fiscal,.other]')" = '[-1234.56,-1000,-234.56]' ] || { echo "sentence $m: $(proj "$f" .)"; return 1; }
		[[ "$(pbcheck "$f")" == *"预算数 is negative"* ]]
	done
}
