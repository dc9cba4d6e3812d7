#!/usr/bin/env bats
# pbcheck on values a filer writes in other ways than the template's:
# placeholders for empty cells, a subject named before the comparison,
# periods, a year or a document number for a quantity, a change word in
# a rate's description, an amount written but not read.  Each case is
# the clean filing base.txt with one cell changed.

load common

B="$FIX/check8/base.txt"

# vary OLD NEW: base.txt with the first OLD replaced by NEW, its path
vary() {
	local f="$BATS_TEST_TMPDIR/v$RANDOM.txt"
	OLD="$1" NEW="$2" perl -CSD -pe 'BEGIN { $o = $ENV{OLD}; $n = $ENV{NEW}; utf8::decode($o); utf8::decode($n) } s/\Q$o\E/$n/ if !$done && /\Q$o\E/ && ($done = 1)' "$B" > "$f"
	! cmp -s "$f" "$B" || { echo "vary: $1 not in base.txt" >&2; return 1; }
	echo "$f"
}

# the findings of pbcheck over FILE as "LINE RULE", one a line
found() {
	pbcheck -f ndjson "$1" | jq -r '"\(.line) \(.rule)"'
}

@test "the base filing is clean" {
	run pbcheck --fail-on info "$B"
	[ "$status" -eq 0 ]
	[ -z "$output" ]
}

@test "empty-field: a goal, a value, a basis or a level-3 name that is only /, - or 无 is empty" {
	f=$(vary '1.完成办公设备购置，保障日常办公' '无')
	run pbcheck "$f"
	[ "$status" -eq 1 ]
	[[ "$output" == *":20: error: "*"绩效目标 1 is empty (written 无) [empty-field]" ]]
	f=$(vary '≥90%	问卷调查' '/	问卷调查')
	[ "$(found "$f")" = "27 empty-field" ]
	f=$(vary '明显提升	往年经验' '-	-')
	run pbcheck "$f"
	[[ "$output" == *"办公效率: 指标值 is empty (written -) [empty-field]"* ]]
	[[ "$output" == *"办公效率: 指标值确定依据 is empty (written -) [empty-field]"* ]]
	# one finding a cell: not also unquantified, basis-repeats-value
	[ "$(found "$f")" = "26 empty-field
26 empty-field" ]
	f=$(vary '购置设备数量	购置办公设备数量	≥20台' '／	购置办公设备数量	≥20台')
	[ "$(found "$f")" = "22 empty-field" ]
	# a dash inside a text is text
	f=$(vary '明显提升' '明显提升-较上年')
	[ -z "$(found "$f")" ]
}

@test "a value naming its subject before the comparison is checked like the bare one" {
	f=$(vary '≥90%	问卷调查' '满意度≥100100%	问卷调查')
	[ "$(found "$f")" = "27 percent-over-100" ]
	f=$(vary '≥90%	问卷调查' '满意度达到100100%	问卷调查')
	[ "$(found "$f")" = "27 percent-over-100" ]
	f=$(vary '≥95%' '合格率≥100次')
	[ "$(found "$f")" = "23 rate-unit" ]
	f=$(vary '≤100万元' '总成本不超过3000万元')
	[ "$(found "$f")" = "25 cost-over-budget" ]
	f=$(vary '≤100万元' '全年≤3000万元')
	[ "$(found "$f")" = "25 cost-over-budget" ]
	f=$(vary '≤100万元' '成本控制在3000万元')
	[ "$(found "$f")" = "25 cost-over-budget" ]
	# the record: op, num and unit as without the subject
	f=$(vary '≥90%	问卷调查' '满意度：≥95%	问卷调查')
	[ "$(ind "$f" 'select(.level3=="职工满意度") | [.value, .op, .num, .unit, .kind]')" = '["满意度：≥95%",">=",95,"%","number"]' ]
	[ -z "$(found "$f")" ]
}

@test "a 时效 period within the year is a date, not a garbled range; outside the year it is a date outside it" {
	for v in 2024年1月至2024年12月 2024年1-12月 2024年1月-12月 1-12月 2024年3月至6月 2024.01-2024.12; do
		f=$(vary '2024年6月底前' "$v")
		[ -z "$(found "$f")" ] || { echo "$v: $(found "$f")"; return 1; }
	done
	f=$(vary '2024年6月底前' '2024年1-12月')
	[ "$(ind "$f" 'select(.level2=="时效指标") | [.kind, .op, .date]')" = '["date","<=","2024-12"]' ]
	f=$(vary '2024年6月底前' '2025年1-6月')
	[ "$(found "$f")" = "24 date-outside-year" ]
	# a range that is no period stays garbled
	f=$(vary '2024年6月底前' '2024年12月-1月')
	[ "$(found "$f")" = "24 value-partial" ]
}

@test "unquantified: a year, a date or a document's number is no quantity" {
	f=$(vary '≤100万元' '控制在2024年预算内')
	[ "$(found "$f")" = "25 unquantified" ]
	f=$(vary '≤100万元' '按1号文件标准执行')
	run pbcheck "$f"
	[[ "$output" == *"设备购置成本: 指标值 按1号文件标准执行 of a cost indicator has no number [unquantified]" ]]
	f=$(vary '≥20台' '2024年度全部完成')
	run pbcheck "$f"
	[[ "$output" == *"购置设备数量: 指标值 2024年度全部完成 of a 数量指标 is a date, not a quantity [unquantified]" ]]
	f=$(vary '≥20台' '按财预〔2021〕101号执行')
	[ "$(found "$f")" = "22 unquantified" ]
	# digits that count still count
	f=$(vary '≥20台' '覆盖全县12个乡镇')
	[ -z "$(found "$f")" ]
	f=$(vary '≥20台' '完成2024年度20台购置')
	[ -z "$(found "$f")" ]
}

@test "percent-over-100: a change word in the description does not exempt a rate or degree by name" {
	f=$(vary '职工对办公条件满意度	≥90%' '职工满意度较上年增长	≥100100%')
	[ "$(found "$f")" = "27 percent-over-100" ]
	f=$(vary '设备验收合格率	≥95%' '设备验收合格率同比提高	≥150%')
	[ "$(found "$f")" = "23 percent-over-100" ]
	# a growth named so is left alone, as is a description's growth of a name that is no share
	f=$(vary '设备验收合格率	设备验收合格率	≥95%' '设备验收合格率增长	设备验收合格率增长	≥150%')
	[ -z "$(found "$f")" ]
	f=$(vary '办公效率	办公条件改善	明显提升' '办公产出	较上年增长	≥150%')
	[ -z "$(found "$f")" ]
}

@test "budget-sum: a source written but not read is not a blank; unparsed says it once" {
	f=$(vary '其中：财政资金	100.00	其他资金	' '其中：财政资金	90.00	其他资金	1O.00')
	run pbcheck "$f"
	[ "$status" -eq 1 ]
	[ "$(found "$f")" = "16 unparsed" ]
	run pbcheck --disable unparsed "$f"
	[ "$status" -eq 0 ]
	[ -z "$output" ]
	# a real mismatch is still one
	f=$(vary '其中：财政资金	100.00	其他资金	' '其中：财政资金	90.00	其他资金	')
	[ "$(found "$f")" = "16 budget-sum" ]
}

@test "a lone CR inside a cell (a soft break) is no line end once LFs end lines: FILE:LINE is an editor's" {
	f=$(vary '设备验收合格率	≥95%' '设备验收合格率	100100%')
	g="$BATS_TEST_TMPDIR/cr.txt"
	# soft breaks in a purpose cell and in a description above the value
	perl -pe 's/用于购置办公设备/用于购置\r办公设备/; s/购置办公设备数量/购置\r办公\r设备数量/' "$f" > "$g"
	[ "$(grep -c $'\r' "$g")" -eq 2 ]
	want=$(grep -n 100100 "$g" | cut -d: -f1)
	[ "$(found "$g")" = "$want percent-over-100" ]
	# the same through pbtable's records, and pbsplit's lines are wc's
	[ "$(pbtable "$g" | pbcheck -f ndjson | jq -r .line)" = "$want" ]
	[ "$(pbsplit -f tsv "$g" | awk -F'\t' 'END { print $7 }')" -eq "$(wc -l < "$g")" ]
	pbsplit "$g" | jq -j 'select(.type=="block").text' | cmp - "$g"
	# the cell is read whole
	[ "$(pbtable "$g" | jq -r 'select(.type=="project") | .purpose')" = '用于购置办公设备' ]
	# before any LF, lone CRs end lines (classic Mac files)
	tr '\n' '\r' < "$f" > "$g"
	[ "$(found "$g")" = "$want percent-over-100" ]
}

@test "a table without a 指标值确定依据 column whose rows end in a tab has no basis asked for" {
	g="$BATS_TEST_TMPDIR/nobasis.txt"
	# the indicator rows lose their basis cell, keeping the tab a PDF's row ends in
	awk -F'\t' -v OFS='\t' 'NR >= 21 && NF == 7 { $6 = ""; NF = 6; $0 = $0 "\t" } { print }' "$B" |
		sed 's/\t\t$/\t/' > "$g"
	grep -q $'指标值\t$' "$g"
	! grep -q '指标值确定依据' "$g"
	[ "$(proj "$g" '.basis_column')" = false ]
	run pbcheck "$g"
	[ "$status" -eq 0 ]
	[ -z "$output" ]
}

@test "a percentage plan labelled 累计 is cumulative whatever its values sum to: 10 20 30 40 spends 40%, and plan-not-100 says so" {
	f=$(vary '累计支出金额	3月底' '累计支出进度（%）	3月底')
	g="$BATS_TEST_TMPDIR/cum.txt"
	sed 's/^\t25.00\t\t50.00\t75.00\t100.00\t$/\t10%\t\t20%\t30%\t40%\t/' "$f" > "$g"
	[ "$(proj "$g" '[.schedule_unit, .schedule_cumulative, .spend]')" = '["%",true,{"03":10,"06":20,"10":30,"12":40}]' ]
	run pbcheck "$g"
	[[ "$output" == *":19: error: "*"cumulative (累计) spending plan rises only to 40% (12月底), not to 100% [plan-not-100]" ]]
	# falling, it says where; past 100, that
	local h="$BATS_TEST_TMPDIR/fall.txt"
	sed 's/^\t10%\t\t20%\t30%\t40%\t$/\t10%\t\t60%\t30%\t100%\t/' "$g" > "$h"
	run pbcheck "$h"
	[[ "$output" == *":19: error: "*"cumulative (累计) spending plan falls from 60% at 6月底 to 30% at 10月底; it ends at 100% (12月底) [plan-not-100]" ]]
	sed 's/^\t10%\t\t20%\t30%\t40%\t$/\t10%\t\t60%\t90%\t120%\t/' "$g" > "$h"
	run pbcheck "$h"
	[[ "$output" == *":19: error: "*"cumulative (累计) spending plan rises past 100%, to 120% (12月底) [plan-not-100]"* ]]
	# from records too; pbsum totals what the filing plans
	[ "$(pbtable "$g" | pbcheck -f ndjson | jq -r '"\(.line) \(.rule)"')" = "19 plan-not-100" ]
	[ "$(pbtable "$g" | pbsum -f ndjson | jq -c '.spend')" = '{"03":10,"06":20,"10":30,"12":40}' ]
	# rising to 100 it is fine; a plan without 累计 summing to 100 is per period, as before
	sed 's/^\t25.00\t\t50.00\t75.00\t100.00\t$/\t10%\t\t40%\t70%\t100%\t/' "$f" > "$g"
	[ -z "$(found "$g")" ]
	sed 's/累计支出进度（%）/资金支出计划（%）/; s/^\t25.00\t\t50.00\t75.00\t100.00\t$/\t10%\t\t20%\t30%\t40%\t/' "$f" > "$g"
	[ "$(proj "$g" '[.schedule_cumulative, .spend]')" = '[null,{"03":10,"06":30,"10":60,"12":100}]' ]
	[ -z "$(found "$g")" ]
	# an amount plan's 累计 is the template's: no key
	[ "$(proj "$B" 'has("schedule_cumulative")')" = false ]
}

@test "a plan labelled （%） whose values each name their money unit (30万元) is read in that unit" {
	f=$(vary '累计支出金额	3月底' '资金支出计划（%）	3月底')
	g="$BATS_TEST_TMPDIR/pw.txt"
	sed 's/^\t25.00\t\t50.00\t75.00\t100.00\t$/\t25万元\t\t50万元\t75万元\t100万元\t/' "$f" > "$g"
	[ "$(proj "$g" '[.schedule_unit, .spend]')" = '["万元",{"03":25,"06":50,"10":75,"12":100}]' ]
	[ -z "$(found "$g")" ]
	# one value in % among them: the label stands
	sed 's/^\t25.00\t\t50.00\t75.00\t100.00\t$/\t25%\t\t50万元\t75万元\t100万元\t/' "$f" > "$g"
	[ "$(proj "$g" '.schedule_unit')" = '"%"' ]
}
