#!/usr/bin/env bats
# r20c: an indicator value whose number is written in Chinese numerals
# gives its number, as the same value in digits does (≥十台 as ≥10台),
# where before num was null and researchers summing targets lost it.
# Only numerals written in full count; words that start with a numeral
# (一流, 十三五, 四个意识) give none.

load common

# a filing: examples/tab-grid.txt with the 数量指标 row of its second
# project (line 92, ≥5 项) written once for each value given, in order
filing() {
	local f="$BATS_TEST_TMPDIR/f$RANDOM.txt" vals
	vals=$(printf '%s|' "$@")
	awk -v vals="${vals%|}" 'BEGIN { n = split(vals, V, "|") }
		NR == 92 { for (i = 1; i <= n; i++)
			printf "\t数量指标\t影像记录项目数\t完成影像记录的非遗项目数量\t%s\t保护规划\t\n", V[i]
			next }
		{ print }' "$EX/tab-grid.txt" > "$f"
	echo "$f"
}

# [value, op, num, unit, kind] of those rows, one a line
rows() {
	ind "$1" 'select(.level3 == "影像记录项目数") | [.value, .op, .num, .unit, .kind]'
}

# the same without the value: what must agree between the two writings
reading() {
	ind "$1" 'select(.level3 == "影像记录项目数") | [.op, .num, .unit, .kind, .partial]'
}

# numerals | the same value in digits
PAIRS=(
	'≥十台|≥10台' '不少于三次|不少于3次' '三万元|3万元' '两万元|2万元' '两台|2台'
	'百分之九十五|百分之95' '≥百分之九十五|≥百分之95' '不低于百分之九十五|不低于百分之95'
	'百分之百|百分之100' '百分之九十五以上|百分之95以上' '九成|9成' '不低于九成|不低于9成'
	'一百零五人|105人' '一百〇五人|105人' '十二个|12个' '二十天|20天' '一百二十套|120套'
	'三千五百元|3500元' '一万二千元|12000元' '一万零五百元|10500元' '≤一亿元|≤1亿元'
	'十万人次|10万人次' '三点五万元|3.5万元' '半年|0.5年' '一年半|1年半' '约三万人|约3万人'
	'三个工作日内|3个工作日内' '五项以上|5项以上' '十次左右|10次左右' '≥十|≥10'
	'控制在两万元以内|控制在2万元以内' '≥两台，力争三台|≥2台，力争三台' '至少一次|至少1次'
	'不超过两万元|不超过2万元' '≤三个月|≤3个月' '二十三万四千五百六十七人|234567人'
	'三至五天|3至5天' '三个到五个|3个到5个' '≥九成，十成|≥9成，10成' '≥三台且≤五台|≥3台且≤5台'
)

@test "r20c: every value in numerals reads as the same value in digits: op, num, unit, kind (40 forms)" {
	local words=() digits=() p
	for p in "${PAIRS[@]}"; do
		words+=("${p%%|*}")
		digits+=("${p#*|}")
	done
	[ "${#PAIRS[@]}" -ge 30 ]
	a=$(filing "${words[@]}")
	b=$(filing "${digits[@]}")
	run reading "$a"
	[ "${#lines[@]}" -eq "${#PAIRS[@]}" ]
	local i=0 want
	while read -r want; do
		[ "${lines[$i]}" = "$want" ] || { echo "${words[$i]}: ${lines[$i]} vs ${digits[$i]}: $want"; return 1; }
		i=$((i + 1))
	done < <(reading "$b")
	[ "$i" -eq "${#PAIRS[@]}" ]
	# the values themselves are kept as written
	[ "$(ind "$a" 'select(.level3 == "影像记录项目数") | .value' | jq -sc '.[:3]')" = '["≥十台","不少于三次","三万元"]' ]
}

@test "r20c: numbers in numerals, exactly: op, num, unit, kind" {
	f=$(filing '≥十台' '不少于三次' '两万元' '百分之九十五' '不低于九成' '一百零五人' '一万二千元' \
		'三点五万元' '半年' '百分之百' '十二点零五吨')
	run rows "$f"
	[ "${lines[0]}" = '["≥十台",">=",10,"台","number"]' ]
	[ "${lines[1]}" = '["不少于三次",">=",3,"次","number"]' ]
	[ "${lines[2]}" = '["两万元",null,2,"万元","number"]' ]
	[ "${lines[3]}" = '["百分之九十五",null,95,"%","number"]' ]
	[ "${lines[4]}" = '["不低于九成",">=",9,"成","number"]' ]
	[ "${lines[5]}" = '["一百零五人",null,105,"人","number"]' ]
	[ "${lines[6]}" = '["一万二千元",null,12000,"元","number"]' ]
	[ "${lines[7]}" = '["三点五万元",null,3.5,"万元","number"]' ]
	[ "${lines[8]}" = '["半年",null,0.5,"年","number"]' ]
	[ "${lines[9]}" = '["百分之百",null,100,"%","number"]' ]
	# exact decimals as written, no float artefact
	[ "$(pbtable "$f" | grep -o '"num":12.05,')" = '"num":12.05,' ]
	# the TSV writes the same number
	[ "$(pbtable -f tsv "$f" 2>/dev/null | grep -c '	一百零五人	.*	105	')" -eq 1 ]
}

@test "r20c: words that start with a numeral, elided or ill-formed numerals, dates: no number, as before" {
	local neg=(十三五 十三五期间 一流 一级 一把手 三公经费 一站式 一体化 五险一金 一般 一定 一致 一线
		统一 万一 十分 百姓 千方百计 三农 两学一做 一带一路 四个意识 两个维护 三重一大 一次性 一人一档
		一户一策 五个一 三年级 一条龙 零件 半成品 万人计划 十万火急 一万二 一万二元 百二人 一百二十五万二
		三亿五千万元 十二月底 两千零二十五年 二〇二五年十二月 一至十二月)
	f=$(filing "${neg[@]}")
	run ind "$f" 'select(.level3 == "影像记录项目数") | [.num, .unit, .kind]'
	[ "${#lines[@]}" -eq "${#neg[@]}" ]
	local i
	for i in "${!neg[@]}"; do
		[ "${lines[$i]}" = '[null,null,"text"]' ] || { echo "${neg[$i]}: ${lines[$i]}"; return 1; }
	done
	# the values as written, no sign made up
	[ "$(ind "$f" 'select(.level3 == "影像记录项目数") | [.value, .op]' | jq -r 'select(.[1] == null) | .[0]')" = "$(printf '%s\n' "${neg[@]}")" ]
	# a sign before an elided quantity is kept, and it is not garbled
	f=$(filing '≥一万二台' '不少于十三五期')
	[ "$(rows "$f" | jq -c '.[1:]')" = '[">=",null,null,"text"]
[">=",null,null,"text"]' ]
	[ "$(pbcheck "$f" | grep -c 'value-partial')" -eq 0 ]
}

@test "r20c: pbcheck sees numbers in numerals as it sees digits" {
	# under 满意度 a percentage over 100 is one in numerals too
	for v in '≥百分之一百零五' '≥105%'; do
		awk -F'\t' -v OFS='\t' -v v="$v" 'NR == 96 { $5 = v } { print }' "$EX/tab-grid.txt" > "$BATS_TEST_TMPDIR/s.txt"
		[ "$(pbcheck "$BATS_TEST_TMPDIR/s.txt" | grep -c ':96: .*\[percent-over-100\]')" -eq 1 ] || { echo "$v"; return 1; }
	done
	# a quantity is no unquantified; a range is partial, as 3至5天 is
	f=$(filing '≥十台' '两万元' '三至五天' '3至5天' '≥两台，三台' '≥一万二台')
	run pbcheck -f ndjson "$f"
	[ "$(echo "$output" | jq -c 'select(.value != null and .line >= 92 and .line <= 97) | [.line, .rule]')" = '[94,"value-partial"]
[95,"value-partial"]
[96,"value-partial"]' ]
	run pbcheck --explain unquantified
	[[ "$(echo "$output" | tr '\n' ' ' | tr -s ' ')" == *"is a number, as in digits"* ]]
}

@test "r20c: pbtable's manual says how numerals are read" {
	run groff -man -ww -z "$TOP/man/pbtable.1"
	[ -z "$output" ]
	man=$(sed -n '/^\.B num$/,/^\.B unit$/p' "$TOP/man/pbtable.1")
	[[ "$man" == *'\[u4E00]\[u767E]\[u96F6]\[u4E94]\[u4EBA]: 105'* ]]
	[[ "$man" == *'\[u4E00]\[u4E07]\[u4E8C]'* ]]
}
