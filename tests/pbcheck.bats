#!/usr/bin/env bats
# pbcheck: each rule fires on a defect and stays quiet on a near miss; the
# real filings' known defects are found at the right lines; the interface
# (formats, exit status, rule selection, manual) holds.

load common

PF="$FIX/pbcheck"

# the findings of a run as "LINE RULE" lines
found() {
	pbcheck -f ndjson --fail-on never "$@" | jq -r '"\(.line) \(.rule)"'
}

# fires RULE LINE FIXTURE: the rule reports at that line
fires() {
	run found "$PF/$3"
	[ "$status" -eq 0 ]
	if ! grep -qx "$2 $1" <<<"$output"; then
		echo "no $1 at line $2 in $3; got:"
		echo "$output"
		return 1
	fi
}

# quiet RULE FIXTURE [OPTION...]: the rule reports nothing
quiet() {
	local rule=$1 fix=$2
	shift 2
	run found "$@" "$PF/$fix"
	[ "$status" -eq 0 ]
	if grep -q " $rule\$" <<<"$output"; then
		echo "$rule fired on $fix:"
		echo "$output"
		return 1
	fi
}

# ---- the rules, one defect and one near miss each ----

@test "level1-unknown: fires on 效果指标" {
	fires level1-unknown 23 level1-unknown.fire.txt
}
@test "level1-unknown: quiet on a 成本指标 level-1 of the newer framework" {
	quiet level1-unknown level1-unknown.quiet.txt
}
@test "framework rules: a weight after a level name (产出指标（50分）, 质量指标(20分)) is the same name" {
	run found "$PF/level-weights.txt"
	[ "$status" -eq 0 ]
	[ "$output" = "1 no-cost-indicator" ]
	# the records keep the names as written
	run ind "$PF/level-weights.txt" '.level1'
	[ "${lines[0]}" = '"产出指标（50分）"' ]
}
@test "unquantified, value-partial: quiet on quantities in Chinese numerals after a sign or a qualifier (≥十台, 不超过两万元)" {
	quiet unquantified cjk-quantity.txt
	quiet value-partial cjk-quantity.txt
}
@test "level2-unknown: fires on 进度指标 under 产出指标" {
	fires level2-unknown 22 level2-unknown.fire.txt
}
@test "level2-unknown: quiet on 时效指标" {
	quiet level2-unknown level2-unknown.quiet.txt
}
@test "level2-wrong-level1: fires on 社会效益指标 under 产出指标" {
	fires level2-wrong-level1 22 level2-wrong-level1.fire.txt
	run pbcheck "$PF/level2-wrong-level1.fire.txt"
	[[ "$output" == *"belongs under 效益指标, not under 产出指标"* ]]
}
@test "level2-wrong-level1: quiet on 可持续影响指标 under 效益指标" {
	quiet level2-wrong-level1 level2-wrong-level1.quiet.txt
}
@test "no-output-indicator: fires on a project without 产出指标, at the project's line" {
	fires no-output-indicator 8 no-output-indicator.fire.txt
}
@test "no-output-indicator: quiet on a complete project" {
	quiet no-output-indicator no-output-indicator.quiet.txt
}
@test "no-benefit-indicator: fires on a project without 效益指标" {
	fires no-benefit-indicator 8 no-benefit-indicator.fire.txt
}
@test "no-benefit-indicator: quiet on a complete project" {
	quiet no-benefit-indicator no-benefit-indicator.quiet.txt
}
@test "no-satisfaction-indicator: fires (warning) on a project without 满意度指标" {
	fires no-satisfaction-indicator 8 no-satisfaction-indicator.fire.txt
	run pbcheck "$PF/no-satisfaction-indicator.fire.txt"
	[[ "$output" == *": warning: "* ]]
}
@test "no-satisfaction-indicator: quiet on a complete project" {
	quiet no-satisfaction-indicator no-satisfaction-indicator.quiet.txt
}
@test "no-cost-indicator: fires (info) on a project without cost indicator" {
	fires no-cost-indicator 8 no-cost-indicator.fire.txt
	run pbcheck --fail-on info "$PF/no-cost-indicator.fire.txt"
	[ "$status" -eq 1 ]
	[[ "$output" == *": info: "* ]]
}
@test "no-cost-indicator: quiet when the cost indicator is a 成本指标 level-1" {
	quiet no-cost-indicator no-cost-indicator.quiet.txt
}
@test "empty-field: fires on a blank 指标值确定依据" {
	fires empty-field 21 empty-field.fire.txt
	run pbcheck "$PF/empty-field.fire.txt"
	[[ "$output" == *"测试数量: 指标值确定依据 is empty"* ]]
}
@test "empty-field: fires on a project record without code, budget or goals" {
	run pbcheck -f ndjson "$PF/empty-field.fire.ndjson"
	[ "$status" -eq 1 ]
	run jq -r 'select(.rule=="empty-field") | "\(.file) \(.line) \(.project) \(.indicator) \(.message)"' <<<"$output"
	[[ "$output" == *"hand/empty.txt 40 null null (no code) 空字段项目: 项目编码 is empty"* ]]
	[[ "$output" == *"40 null null (no code) 空字段项目: 预算数 is empty"* ]]
	[[ "$output" == *"40 null null (no code) 空字段项目: 绩效目标 is empty"* ]]
	[[ "$output" == *"52 null 1 (no code) 空字段项目 indicator 1: 三级指标 is empty"* ]]
	[[ "$output" == *"53 null 2 (no code) 空字段项目 社会效益: 指标值 is empty"* ]]
}
@test "empty-field: an unreadable 预算数 is unparsed's, not empty (unless unparsed is off)" {
	f="$BATS_TEST_TMPDIR/budget.txt"
	sed 's/预算数\t100.00/预算数\t100.0 0/' "$PF/clean.txt" > "$f"
	run pbcheck "$f"
	[ "$status" -eq 1 ]
	[[ "$output" == *"预算数 is not an amount: 100.0 0 [unparsed]"* ]]
	[[ "$output" != *"预算数 is empty"* ]]
	run pbcheck --disable unparsed "$f"
	[[ "$output" == *":15: error: "*"预算数 is written but could not be read [empty-field]"* ]]
	# an unparsed record over the whole table does not hide a blank one
	run pbcheck "$FIX/pbtable/noise.txt"
	[[ "$output" == *"noise.txt:31: error: "*"预算数 is empty [empty-field]"* ]]
}
@test "empty-field: a table without any spending plan row fires, at the table's line; a blank plan is plan-not-100's" {
	f="$BATS_TEST_TMPDIR/noplan.txt"
	sed '/^资金支出计划/,+1d' "$PF/clean.txt" > "$f"
	[ "$(grep -c 支出 "$f")" -eq 0 ]
	run found "$f"
	grep -qx "$(bash -c "pbtable '$f' | jq -r 'select(.type==\"project\").line'") empty-field" <<<"$output"
	run pbcheck "$f"
	[[ "$output" == *"资金支出计划 is missing [empty-field]"* ]]
	# the plan's label kept, its values gone: the plan rules say so
	sed '/^资金支出计划/{n;s/[0-9]*%//g}' "$PF/clean.txt" > "$f"
	run pbcheck "$f"
	[[ "$output" != *"资金支出计划 is missing"* ]]
	[[ "$output" == *"[plan-not-100]"* ]]
}
@test "empty-field: quiet on a complete project" {
	quiet empty-field empty-field.quiet.txt
}
@test "percent-over-100: fires on 100100%" {
	fires percent-over-100 23 percent-over-100.fire.txt
}
@test "percent-over-100: fires on a bare 100100 under a name marked (%) or a share's, not under another" {
	t="$BATS_TEST_TMPDIR/t.txt"
	for mark in '（%）' '(%)'; do
		sed "23s/服务覆盖率\t服务覆盖率\t100100%/服务覆盖率$mark\t服务覆盖率\t100100/" "$PF/percent-over-100.fire.txt" > "$t"
		grep -q "覆盖率$mark	服务覆盖率	100100	" "$t"
		run found "$t"
		grep -qx "23 percent-over-100" <<<"$output"
	done
	sed '23s/服务覆盖率\t服务覆盖率\t100100%/服务覆盖率\t服务覆盖率（%）\t≥9500/' "$PF/percent-over-100.fire.txt" > "$t"
	run found "$t"
	grep -qx "23 percent-over-100" <<<"$output"
	# 服务覆盖率 is a share: its bare 100100 is 100100% without the sign (r16 F02)
	sed '23s/100100%/100100/' "$PF/percent-over-100.fire.txt" > "$t"
	run found "$t"
	grep -qx "23 percent-over-100" <<<"$output"
	sed '23s/服务覆盖率\t服务覆盖率\t100100%/服务覆盖人数\t服务覆盖人数\t100100/' "$PF/percent-over-100.fire.txt" > "$t"
	grep -q "服务覆盖人数	服务覆盖人数	100100	" "$t"
	run found "$t"
	[ "$(grep -c "percent-over-100" <<<"$output")" -eq 0 ]
}

@test "percent-over-100: fires on >100%, not on ≥100% or =100%" {
	t="$BATS_TEST_TMPDIR/p.txt"
	for v in '>100%' '＞100%' '≥100%' '=100%'; do
		sed "23s/100100%/$v/" "$PF/percent-over-100.fire.txt" > "$t"
		run found "$t"
		case $v in
		*'>'*|*'＞'*) grep -qx "23 percent-over-100" <<<"$output" || { echo "quiet on $v"; return 1; } ;;
		*) [ "$(grep -c percent-over-100 <<<"$output")" -eq 0 ] || { echo "fired on $v"; return 1; } ;;
		esac
	done
}
@test "percent-over-100: quiet on 100% and on a growth rate of 150%" {
	quiet percent-over-100 percent-over-100.quiet.txt
}
@test "rate-unit: fires on 100次 for a 处置率（%）" {
	fires rate-unit 22 rate-unit.fire.txt
}
@test "rate-unit: quiet on 100%, a 频率 in 次, a 长度 in km, a 满意度 in 分, ‰, 个百分点, a 效率 in days, measures (微克/立方米, Mbps, mm, 米, lx)" {
	quiet rate-unit rate-unit.quiet.txt
}
@test "value-repeats-name: fires on 生态效益指标 in every column" {
	fires value-repeats-name 23 value-repeats-name.fire.txt
}
@test "value-repeats-name: quiet on a value that says more than the name" {
	quiet value-repeats-name value-repeats-name.quiet.txt
}
@test "unquantified: fires on 完成任务 (数量) and 按要求控制成本 (成本)" {
	fires unquantified 21 unquantified.fire.txt
	fires unquantified 22 unquantified.fire.txt
}
@test "unquantified: quiet on a 数量 value with a number in its text, or in Chinese numerals (十次)" {
	quiet unquantified unquantified.quiet.txt
}
@test "date-outside-year: fires on 2023年 in a 2024 filing" {
	fires date-outside-year 22 date-outside-year.fire.txt
}
@test "date-outside-year: quiet on a date in the filing's year" {
	quiet date-outside-year date-outside-year.quiet.txt
}
@test "value-partial: fires on ≤62024 年 6 月底" {
	fires value-partial 22 value-partial.fire.txt
}
@test "value-partial: quiet on 2024 年 6 月底前" {
	quiet value-partial value-partial.quiet.txt
}
@test "budget-sum: fires when 财政资金 + blank 其他资金 falls short" {
	fires budget-sum 15 budget-sum.fire.txt
	run pbcheck -f ndjson "$PF/budget-sum.fire.txt"
	[ "$(jq -r .value <<<"$output")" = 100 ]
}
@test "budget-sum: quiet when 财政资金 + 其他资金 make the budget" {
	quiet budget-sum budget-sum.quiet.txt
}
@test "plan-decreasing: fires on an amount plan that falls" {
	fires plan-decreasing 18 plan-decreasing.fire.txt
}
@test "plan-decreasing: quiet on a rising amount plan" {
	quiet plan-decreasing plan-decreasing.quiet.txt
}
@test "plan-not-budget: fires on an amount plan ending at 90 of 100" {
	fires plan-not-budget 18 plan-not-budget.fire.txt
}
@test "plan-not-budget: quiet on an amount plan in 元 ending exactly at the budget" {
	quiet plan-not-budget plan-not-budget.quiet.txt
}
@test "plan-not-100: fires on 25%+25%+25%" {
	fires plan-not-100 18 plan-not-100.fire.txt
	run pbcheck -f ndjson "$PF/plan-not-100.fire.txt"
	[ "$(jq -r .value <<<"$output")" = "25%+25%+25%" ]
}
@test "plan-not-100: quiet on a cumulative plan rising to 100%" {
	quiet plan-not-100 plan-not-100.quiet.txt
}
@test "plan-over-budget: fires on a checkpoint of 120 with a budget of 100" {
	fires plan-over-budget 18 plan-over-budget.fire.txt
}
@test "plan-over-budget: quiet on a checkpoint equal to the budget" {
	quiet plan-over-budget plan-over-budget.quiet.txt
}
@test "cost-over-budget: fires on ≤3000 万元 for a 100 万元 project" {
	fires cost-over-budget 22 cost-over-budget.fire.txt
}
@test "cost-over-budget: a note after the unit (整, 左右, （含税）, (不含运费)) is no per-unit part" {
	t="$BATS_TEST_TMPDIR/c.txt"
	for v in '≤3000万元整' '≤3000万元左右' '≤3000万元（含税）' '≤3000万元(不含运费)' '≤3000万元以内（含税）' '控制在3000万元以内' '控制在3000万元'; do
		sed "22s/≤3000 万元/$v/" "$PF/cost-over-budget.fire.txt" > "$t"
		grep -q "$v" "$t"
		run found "$t"
		grep -qx "22 cost-over-budget" <<<"$output" || { echo "quiet on $v"; return 1; }
	done
	# a per-unit cost with a note stays a per-unit cost
	sed "22s/≤3000 万元/≤3000万元\/套（含税）/" "$PF/cost-over-budget.fire.txt" > "$t"
	run found "$t"
	[ "$(grep -c cost-over-budget <<<"$output")" -eq 0 ]
}
@test "cost-over-budget: quiet on totals within the budget and on per-unit costs" {
	quiet cost-over-budget cost-over-budget.quiet.txt
}
@test "goal-repeated: fires on the same goal twice" {
	fires goal-repeated 19 goal-repeated.fire.txt
}
@test "goal-repeated: fires on the same goal twice, the list's punctuation after each (1.完成测试；2.完成测试。)" {
	fires goal-repeated 19 goal-repeated.punct.txt
	run proj "$PF/goal-repeated.punct.txt" '.goals'
	[ "$output" = '["完成测试","完成测试"]' ]
}
@test "goal-repeated: quiet on two different goals" {
	quiet goal-repeated goal-repeated.quiet.txt
}
@test "goal-repeats-name: fires on a goal that is the project name" {
	fires goal-repeats-name 19 goal-repeats-name.fire.txt
}
@test "goal-repeats-name: quiet on a goal that contains the name and more" {
	quiet goal-repeats-name goal-repeats-name.quiet.txt
}
@test "duplicate-indicator: fires at the second of two identical rows" {
	fires duplicate-indicator 22 duplicate-indicator.fire.txt
}
@test "duplicate-indicator: quiet on two rows that differ in value" {
	quiet duplicate-indicator duplicate-indicator.quiet.txt
}
@test "basis-repeats-value: fires on 有效提升 | 有效提升" {
	fires basis-repeats-value 23 basis-repeats-value.fire.txt
}
@test "basis-repeats-value: quiet when value-repeats-name already says it, fires without it" {
	quiet basis-repeats-value basis-repeats-value.quiet.txt
	run found --disable value-repeats-name "$PF/basis-repeats-value.quiet.txt"
	[ "$output" = "23 basis-repeats-value" ]
}
@test "weight-not-100: fires on weights adding up to 90 (a blank weight counts as none)" {
	fires weight-not-100 15 weight-not-100.fire.txt
	run pbcheck -f ndjson --fail-on never "$PF/weight-not-100.fire.txt"
	[ "$(jq -r 'select(.rule=="weight-not-100") | [.value, .severity] | join(" ")' <<<"$output")" = "90 warning" ]
}
@test "weight-not-100: quiet on 50分+30分+20分 with a merged cell; silent when a weight is no number" {
	quiet weight-not-100 weight-not-100.quiet.txt
	pbtable "$PF/weight-not-100.fire.txt" 2>/dev/null | sed 's/"weight":"20"/"weight":"高"/' > "$BATS_TEST_TMPDIR/text.ndjson"
	grep -q '"weight":"高"' "$BATS_TEST_TMPDIR/text.ndjson"
	run found "$BATS_TEST_TMPDIR/text.ndjson"
	[ "$status" -eq 0 ]
	[[ "$output" == *" no-cost-indicator"* ]] # the records were read
	[[ "$output" != *weight-not-100* ]]
}
@test "code-format: fires on a 20-character code" {
	fires code-format 14 code-format.fire.txt
}
@test "code-format: quiet on a code ending in capital letters" {
	quiet code-format code-format.quiet.txt
}
@test "code-year: fires on a 2023 code in a 2024 filing" {
	fires code-year 14 code-year.fire.txt
}
@test "code-year: quiet on a 2024 code in a 2024 filing" {
	quiet code-year code-year.quiet.txt
}
@test "unparsed: fires on a row outside the indicator columns" {
	fires unparsed 23 unparsed.fire.txt
}
@test "unparsed: fires on unparsed records of pbtable NDJSON, with or without a project" {
	run pbcheck "$PF/unparsed.fire.ndjson"
	[ "$status" -eq 1 ]
	[ "${lines[0]}" = "hand/unparsed.txt:5: error: lines 5-7 not read: text outside any project table [unparsed]" ]
	[ "${lines[1]}" = "hand/unparsed.txt:23: error: 13081124P000049100058: line 23 not read: row outside the indicator columns [unparsed]" ]
	[ "${#lines[@]}" -eq 2 ]
}
@test "unparsed: the reason is given whole, not cut like a quoted value" {
	f="$BATS_TEST_TMPDIR/long-reason.ndjson"
	r='a reason of well over forty characters, which is pbtable'"'"'s own sentence and says where'
	jq -c --arg r "$r" 'select(.type == "unparsed") | .reason = $r' "$PF/unparsed.fire.ndjson" | head -1 >"$f"
	run pbcheck "$f"
	[ "$status" -eq 1 ]
	[[ "${lines[0]}" == *"not read: $r [unparsed]" ]]
}
@test "empty-field: 项目名称 and 预算数 are reported at their own rows" {
	f="$BATS_TEST_TMPDIR/rows.ndjson"
	jq -c 'if .type == "project" then .name = null | .code_line = 44 | .budget_line = 45 else . end' \
		"$PF/empty-field.fire.ndjson" >"$f"
	run found "$f"
	[[ "$output" == *"44 empty-field"* ]]
	[[ "$output" == *"45 empty-field"* ]]
	run pbcheck "$f"
	[[ "$output" == *":44: error: "*"项目名称 is empty"* ]]
	[[ "$output" == *":45: error: "*"预算数 is empty"* ]]
}
@test "duplicate-code: a second table of one filing with the first's code, named with the first's line" {
	fires duplicate-code 36 duplicate-code.fire.txt
	run pbcheck "$PF/duplicate-code.fire.txt"
	[[ "$output" == *":36: error: 13018624P000001100001: 项目编码 13018624P000001100001 is also the code of the project at line 15 of this filing [duplicate-code]" ]]
	# from records too, and the same from pbtable's NDJSON
	run bash -c "pbtable '$PF/duplicate-code.fire.txt' | pbcheck -f ndjson | jq -r 'select(.rule==\"duplicate-code\") | .line'"
	[ "$output" = 36 ]
}
@test "duplicate-code: quiet on two codes, and on one code in two filings of a stream" {
	quiet duplicate-code duplicate-code.quiet.txt
	f="$BATS_TEST_TMPDIR/two.txt"
	cat "$PF/duplicate-code.quiet.txt" "$PF/duplicate-code.quiet.txt" > "$f"
	[ "$(pbtable "$f" | jq -r 'select(.type=="project") | .doc' | sort -u | wc -l)" -eq 2 ]
	run pbcheck --fail-on info "$f"
	[ "$status" -eq 0 ]
	[ -z "$output" ]
}
@test "unparsed: quiet on a table read whole" {
	quiet unparsed unparsed.quiet.txt
}
@test "page-noise: fires on a page number alone between indicator rows, not unparsed" {
	fires page-noise 24 page-noise.fire.txt
	quiet unparsed page-noise.fire.txt
}
@test "page-noise: quiet on a number with more on its line (2 套), which is unparsed's" {
	quiet page-noise page-noise.quiet.txt
	fires unparsed 24 page-noise.quiet.txt
}
@test "every rule has a firing fixture and a quiet fixture" {
	for r in $(pbcheck --list-rules | awk '{print $1}'); do
		[ -f "$PF/$r.fire.txt" ] || [ -f "$PF/$r.fire.ndjson" ] || { echo "no fixture for $r"; return 1; }
		[ -f "$PF/$r.quiet.txt" ] || { echo "no quiet fixture for $r"; return 1; }
	done
}

# ---- the real filings ----

@test "shared: caofeidian's 100100% values are errors at their own lines" {
	need_shared
	f="$SHARED/caofeidian-equipment-park-2024.txt"
	run bash -c "pbcheck -f ndjson '$f' | jq -c 'select(.rule==\"percent-over-100\") | [.line,.project,.indicator,.severity,.value]'"
	[ "${lines[0]}" = '[86,"13020924P009874100020",2,"error","100100%"]' ]
	[ "${lines[1]}" = '[93,"13020924P009874100020",3,"error","100100%"]' ]
	[ "${#lines[@]}" -eq 2 ]
	# the findings point at the value cells themselves
	[[ "$(sed -n 86p "$f")" == *100100%* ]]
	[[ "$(sed -n 93p "$f")" == *100100%* ]]
}
@test "shared: chengde's 25%+25%+25% plan" {
	need_shared
	run bash -c "pbcheck -f ndjson '$SHARED/chengde-hitech-office-2024.txt' | jq -c 'select(.rule==\"plan-not-100\") | [.line,.project,.value]'"
	[ "$output" = '[149,"13081124P000049100058","25%+25%+25%"]' ]
}
@test "shared: chengde's values that repeat their own name, 经济效益指标 among them" {
	need_shared
	run bash -c "pbcheck -f ndjson '$SHARED/chengde-hitech-office-2024.txt' | jq -r 'select(.rule==\"value-repeats-name\" and .value==\"经济效益指标\") | .line'"
	[ "$output" = "$(printf '208\n302')" ]
}
@test "shared: chengde line 319, 100次 for a 处置率" {
	need_shared
	run pbcheck "$SHARED/chengde-hitech-office-2024.txt"
	[ "$status" -eq 1 ]
	[[ "$output" == *"chengde-hitech-office-2024.txt:319: error: 13081124P000099100035 信息系统漏洞处置率（%）: 指标值 100次 of a rate is in 次, not a percentage [rate-unit]"* ]]
}
@test "shared: chengde line 181, ≤62024 年 6 月底" {
	need_shared
	run pbcheck "$SHARED/chengde-hitech-office-2024.txt"
	[[ "$output" == *"chengde-hitech-office-2024.txt:181: error: 13081124P000102100034 按期完成率: 指标值 ≤62024年6月底 only partly parses"*"[value-partial]"* ]]
}
@test "shared: no error on fine rows (zhengding ≥6 套, chengde line 152 ≤28134m²)" {
	need_shared
	run bash -c "pbcheck -f ndjson '$SHARED/zhengding-digital-economy-2024.txt' '$SHARED/chengde-hitech-office-2024.txt' | jq -r 'select(.severity==\"error\") | \"\(.file):\(.line)\"'"
	[ "$status" -eq 0 ]
	[[ "$output" != *zhengding* ]]
	[[ "$output" != *":152"* ]]
	# and zhengding as a whole passes the default --fail-on error
	run pbcheck "$SHARED/zhengding-digital-economy-2024.txt"
	[ "$status" -eq 0 ]
	[ "$output" = "$SHARED/zhengding-digital-economy-2024.txt:82: warning: 13018624P000004100014: no 满意度指标 indicator among its 11 [no-satisfaction-indicator]" ]
}
@test "shared: findings in input order, file then line" {
	need_shared
	run bash -c "pbcheck -f ndjson --fail-on never '$SHARED'/*.txt | jq -r '\"\(.file)\t\(.line)\"'"
	[ "$status" -eq 0 ]
	[ -n "$output" ]
	diff <(echo "$output") <(echo "$output" | sort -s -t"$(printf '\t')" -k1,1 -k2,2n)
}
@test "shared: pbtable's NDJSON gives the same findings as the raw filings" {
	need_shared
	for f in "$SHARED"/*.txt; do
		diff <(pbcheck -f ndjson --fail-on never "$f") <(pbtable "$f" | pbcheck -f ndjson --fail-on never)
	done
}
@test "shared: valgrind finds no error or leak" {
	need_shared
	no_valgrind && skip "no valgrind, or a sanitizer build"
	run valgrind -q --leak-check=full --error-exitcode=99 pbcheck "$SHARED"/*.txt
	[ "$status" -eq 1 ]
}

# ---- interface ----

@test "silent and 0 on a filing with nothing to report" {
	run pbcheck "$PF/clean.txt"
	[ "$status" -eq 0 ]
	[ -z "$output" ]
	run pbcheck -f ndjson --fail-on info "$PF/clean.txt"
	[ "$status" -eq 0 ]
	[ -z "$output" ]
}
@test "text output: FILE:LINE: SEVERITY: MESSAGE [RULE]" {
	run pbcheck "$PF/percent-over-100.fire.txt"
	[ "$status" -eq 1 ]
	[ "$output" = "$PF/percent-over-100.fire.txt:23: error: 13081124P000049100058 服务覆盖率: 指标值 100100% exceeds 100% [percent-over-100]" ]
}
@test "ndjson output: finding records with exactly the schema's keys, in order" {
	run bash -c "pbcheck -f ndjson '$PF/percent-over-100.fire.txt' | jq -c '[keys_unsorted, .type, .doc, .line, .project, .indicator, .severity, .value]'"
	[ "$output" = '[["type","file","doc","line","project","indicator","rule","severity","message","value"],"finding",1,23,"13081124P000049100058",3,"error","100100%"]' ]
	run bash -c "pbcheck -f ndjson '$PF/budget-sum.fire.txt' | jq -c '[.indicator, .rule]'"
	[ "$output" = '[null,"budget-sum"]' ]
}
@test "tsv output: header always, one line a finding" {
	run pbcheck -f tsv "$PF/clean.txt"
	[ "$status" -eq 0 ]
	[ "$output" = "$(printf 'file\tdoc\tline\tproject\tindicator\trule\tseverity\tmessage\tvalue')" ]
	run pbcheck -f tsv "$PF/plan-not-100.fire.txt"
	[ "${#lines[@]}" -eq 2 ]
	[ "$(cut -f2,3,4,5,6,7,9 <<<"${lines[1]}")" = "$(printf '1\t18\t13081124P000049100058\t\tplan-not-100\terror\t25%%+25%%+25%%')" ]
}
@test "--fail-on: warning-only input passes by default, fails at warning" {
	run pbcheck "$PF/goal-repeated.fire.txt"
	[ "$status" -eq 0 ]
	[ -n "$output" ]
	run pbcheck --fail-on warning "$PF/goal-repeated.fire.txt"
	[ "$status" -eq 1 ]
	run pbcheck --fail-on info "$PF/no-cost-indicator.fire.txt"
	[ "$status" -eq 1 ]
	run pbcheck --fail-on warning "$PF/no-cost-indicator.fire.txt"
	[ "$status" -eq 0 ]
	run pbcheck --fail-on never "$PF/percent-over-100.fire.txt"
	[ "$status" -eq 0 ]
	[ -n "$output" ]
	run pbcheck --fail-on sometimes "$PF/clean.txt"
	[ "$status" -eq 2 ]
}
@test "an unreadable input is 2, the others are still checked, and 2 wins over 1" {
	run_split pbcheck "$PF/nope.txt" "$PF/percent-over-100.fire.txt"
	[ "$status" -eq 2 ]
	[[ "$output" == *"[percent-over-100]"* ]]
	[[ "$stderr" == pbcheck:*nope.txt* ]]
}
@test "standard input, raw or NDJSON" {
	run bash -c "pbcheck < '$PF/percent-over-100.fire.txt'"
	[ "$status" -eq 1 ]
	[[ "$output" == "-:23: error: "* ]]
	run bash -c "pbtable '$PF/percent-over-100.fire.txt' | pbcheck -"
	[[ "$output" == "$PF/percent-over-100.fire.txt:23: error: "* ]]
}
@test "--disable and --enable select rules; all means every rule" {
	run found --disable percent-over-100 "$PF/percent-over-100.fire.txt"
	[ -z "$output" ]
	run found --disable all --enable no-cost-indicator,goal-repeated "$PF/goal-repeated.fire.txt" "$PF/no-cost-indicator.fire.txt"
	[ "$output" = "$(printf '19 goal-repeated\n8 no-cost-indicator')" ]
	run found --disable all "$PF/unparsed.fire.txt"
	[ -z "$output" ]
}
@test "an unknown rule name is a usage error" {
	run_split pbcheck --enable percent-over-100,no-such-rule "$PF/clean.txt"
	[ "$status" -eq 2 ]
	[[ "$stderr" == *"unknown rule 'no-such-rule'"* ]]
	run pbcheck --disable nope "$PF/clean.txt"
	[ "$status" -eq 2 ]
	# an empty name is a mistake too, not nothing to do
	for list in '' 'percent-over-100,' ',unparsed'; do
		run_split pbcheck --disable "$list" "$PF/clean.txt"
		[ "$status" -eq 2 ] && [[ "$stderr" == *"empty rule name in '$list'"* ]] || { echo "$list: $stderr"; return 1; }
	done
	run pbcheck --explain nope
	[ "$status" -eq 2 ]
	run pbcheck -f xml "$PF/clean.txt"
	[ "$status" -eq 2 ]
	run pbcheck --no-such-option
	[ "$status" -eq 2 ]
}
@test "--list-rules: name, severity, summary for every rule" {
	run pbcheck --list-rules
	[ "$status" -eq 0 ]
	[ "${#lines[@]}" -ge 20 ]
	for l in "${lines[@]}"; do
		[[ "$l" =~ ^[a-z0-9]+(-[a-z0-9]+)*\ +(error|warning|info)\ +[^\ ] ]] || { echo "bad line: $l"; return 1; }
	done
	[ "$(awk '{print $1}' <<<"$output" | sort | uniq -d)" = "" ]
}
@test "--list-rules -f tsv and -f ndjson: the same rules as the text, for scripts" {
	text=$(pbcheck --list-rules | awk '{ print $1 " " $2 }')
	run pbcheck --list-rules -f tsv
	[ "$status" -eq 0 ]
	[ "${lines[0]}" = "rule	severity	summary" ]
	[ "$(printf '%s\n' "${lines[@]:1}" | awk -F'\t' 'NF != 3' )" = "" ]
	[ "$(printf '%s\n' "${lines[@]:1}" | awk -F'\t' '{ print $1 " " $2 }')" = "$text" ]
	run pbcheck -f ndjson --list-rules
	[ "$status" -eq 0 ]
	[ "$(jq -r '"\(.rule) \(.severity)"' <<<"$output")" = "$text" ]
	[ "$(jq -r 'select(.type != "rule" or (.summary | length) == 0)' <<<"$output")" = "" ]
	# the summary is the text's, whole
	[ "$(jq -r 'select(.rule == "plan-not-100") | .summary' <<<"$output")" = \
	  "$(pbcheck --list-rules | awk '$1 == "plan-not-100"' | sed 's/^[^ ]* *[^ ]* *//')" ]
	# a full disk is an error, not silence
	run bash -c "pbcheck --list-rules -f ndjson >/dev/full"
	[ "$status" -eq 2 ]
}
@test "--explain: what, source and example" {
	run pbcheck --explain plan-not-100
	[ "$status" -eq 0 ]
	[[ "${lines[0]}" == "plan-not-100 (error): "* ]]
	[[ "$output" == *"Source: practice"* ]]
	[[ "$output" == *"Example: "* ]]
	run pbcheck --explain unquantified
	[[ "$output" == *"Source: 财预〔2021〕101号"* ]]
}
@test "--explain and the manual say where row findings point: the row, not the project's line" {
	# what the code does: the finding is at the plan row / goals row,
	# which pbtable's record gives as plan_line / goals_line
	for rf in plan-not-100:plan_line goal-repeated:goals_line plan-decreasing:plan_line; do
		rule=${rf%%:*} key=${rf#*:}
		rec=$(pbtable "$PF/$rule.fire.txt" | jq -c 'select(.type == "project")')
		row=$(jq -r ".$key" <<<"$rec")
		[ "$row" != "$(jq -r .line <<<"$rec")" ]
		[ "$(pbcheck -f ndjson --fail-on never "$PF/$rule.fire.txt" |
			jq -r --arg r "$rule" 'select(.rule == $r) | .line')" = "$row" ]
	done
	# and what the texts say
	for rule in plan-decreasing plan-not-budget plan-not-100 plan-over-budget goal-repeated \
	            goal-repeats-name budget-sum; do
		run pbcheck --explain "$rule"
		[ "$status" -eq 0 ]
		[[ "$(tr '\n' ' ' <<<"$output")" != *"Reported at the project's line"* ]]
		[[ "$(tr '\n' ' ' <<<"$output")" == *" row (the project's line when the row is not known)"* ]]
	done
	[ "$(grep -c "Reported at the project's line" "$TOP/man/pbcheck.1")" -eq 0 ]
	[ "$(grep -c "row (the project's line when the row is not known)" "$TOP/man/pbcheck.1")" -eq 7 ]
}

@test "records pbcheck does not read are skipped with one warning per type" {
	f="$BATS_TEST_TMPDIR/mixed.ndjson"
	{
		pbsum -f ndjson -g dept "$EX"/*.txt
		pbtable "$PF/goal-repeated.fire.txt"
		pbcheck -f ndjson --fail-on never "$PF/goal-repeated.fire.txt"
	} 2>/dev/null >"$f"
	[ "$(grep -c '^{"type":"sum"' "$f")" -gt 1 ]
	run_split pbcheck -f ndjson --fail-on never "$f"
	[ "$status" -eq 0 ]
	[ "$(grep -c "warning: 'sum' records are not checked; skipped" <<<"$stderr")" -eq 1 ]
	[ "$(grep -c "warning: 'finding' records are not checked; skipped" <<<"$stderr")" -eq 1 ]
	[[ "$stderr" == "pbcheck: $f:1: warning: 'sum' records"* ]]
	# the project among them is still checked
	echo "$output" | jq -e 'select(.rule == "goal-repeated")' >/dev/null
	# only sum records: nothing pbcheck reads, so no clean review
	run_split bash -c "pbsum -f ndjson '$EX/tab-grid.txt' 2>/dev/null | pbcheck"
	[ "$status" -eq 2 ]
	[ -z "$output" ]
	[ "$stderr" = "pbcheck: -:1: warning: 'sum' records are not checked; skipped
pbcheck: -: no project table or project record found" ]
	# pbcheck's own findings fed back, to it and to pbsum: the same
	pbcheck -f ndjson --fail-on never "$PF/goal-repeated.fire.txt" > "$f"
	[ "$(grep -c '^{"type":"finding"' "$f")" -ge 1 ]
	for tool in pbcheck pbsum; do
		run_split "$tool" "$f"
		[ "$status" -eq 2 ]
		[[ "$stderr" == *"$f: no project table or project record found" ]]
	done
}

@test "-s: a summary on standard error" {
	run_split pbcheck -s "$PF/goal-repeated.fire.txt" "$PF/clean.txt"
	[ "$status" -eq 0 ]
	[ "$stderr" = "pbcheck: 2 files: 2 read, 0 failed; 2 projects, 8 indicators: 0 errors, 1 warning, 0 info" ]
}
@test "the manual: groff is silent" {
	run groff -man -ww -z "$TOP/man/pbcheck.1"
	[ "$status" -eq 0 ]
	[ -z "$output" ]
}
@test "the manual lists every rule with its severity" {
	page="$(sed 's/\\-/-/g' "$TOP/man/pbcheck.1")"
	while read -r name sev _; do
		grep -qx "\.BR $name \" ($sev)\"" <<<"$page" || { echo "$name ($sev) not in the manual"; return 1; }
	done < <(pbcheck --list-rules)
}
@test "the manual names every long option the code accepts" {
	page="$(sed 's/\\-/-/g' "$TOP/man/pbcheck.1")"
	opts="$(grep -o '{ "[a-z-]*", [a-z_]*argument' "$TOP/cmd/pbcheck.c" | cut -d'"' -f2)"
	[ -n "$opts" ]
	for o in $opts; do
		grep -q -- "--$o" <<<"$page" || { echo "--$o not in the manual"; return 1; }
	done
}
@test "a stream cut inside a project's indicator records is an input error, at the project record" {
	pbtable "$EX/cell-per-line.txt" > "$BATS_TEST_TMPDIR/all.ndjson" 2>/dev/null
	said="$(head -1 "$BATS_TEST_TMPDIR/all.ndjson" | jq .indicators)"
	[ "$said" -gt 2 ]
	# the project record and two of its indicators
	head -3 "$BATS_TEST_TMPDIR/all.ndjson" > "$BATS_TEST_TMPDIR/cut.ndjson"
	run_split pbcheck "$BATS_TEST_TMPDIR/cut.ndjson"
	[ "$status" -eq 2 ]
	[[ "$stderr" == *"cut.ndjson:1: the project record says $said indicator records follow, 2 did"* ]]
	# whole, it is not
	run_split pbcheck --fail-on never "$BATS_TEST_TMPDIR/all.ndjson"
	[ "$status" -eq 0 ]
	[[ "$stderr" != *"indicator records follow"* ]]
	# pbsum does not read indicators and has nothing to say
	run_split pbsum "$BATS_TEST_TMPDIR/cut.ndjson"
	[ "$status" -eq 0 ]
}

@test "pbcheck: an indicator key of the wrong type is reported, not reviewed as blank" {
	f="$BATS_TEST_TMPDIR/typed.ndjson"
	pbtable "$EX/tab-grid.txt" >"$BATS_TEST_TMPDIR/all.ndjson"
	n=$(grep -n -m 1 '^{"type":"indicator"' "$BATS_TEST_TMPDIR/all.ndjson" | cut -d: -f1)
	sed "${n}s/\"value\":\"[^\"]*\"/\"value\":95/" "$BATS_TEST_TMPDIR/all.ndjson" >"$f"
	! cmp -s "$f" "$BATS_TEST_TMPDIR/all.ndjson"
	run_split pbcheck -f ndjson --fail-on never "$f"
	[ "$status" -eq 2 ]
	# said once, and it still counts as one of the project's indicators
	[ "$stderr" = "pbcheck: $f:$n: indicator record: \"value\" is not a string" ]
	[ "$(echo "$output" | jq -r 'select(.rule == "empty-field") | .rule' | wc -l)" -eq 0 ]
}

@test "pbcheck: a doc record's year of the wrong type is reported, its tables still read" {
	f="$BATS_TEST_TMPDIR/split.ndjson"
	pbsplit "$EX/tab-grid.txt" | sed '1s/"year":\([0-9]*\)/"year":"\1"/' >"$f"
	head -1 "$f" | grep -q '"year":"'
	run_split pbtable "$f"
	[ "$status" -eq 2 ]
	[ "$stderr" = "pbtable: $f:1: doc record: \"year\" is not an integer" ]
	[ "$(echo "$output" | jq -s '[.[] | select(.type == "project")] | length')" -eq \
	  "$(pbtable "$EX/tab-grid.txt" | jq -s '[.[] | select(.type == "project")] | length')" ]
}

@test "--explain and the manual give every rule the same text" {
	rules=$(pbcheck --list-rules | awk '{print $1}')
	[ "$(echo "$rules" | wc -l)" -ge 20 ]
	for rule in $rules; do
		# the paragraph between the heading and Source:, one line
		explain=$(pbcheck --explain "$rule" | awk 'NR > 2 && /^$/ { exit } NR > 2' | tr '\n' ' ' | tr -s ' ' | sed 's/ $//')
		# the manual: the line after the rule's .BR and its summary
		esc=$(printf '%s' "$rule" | sed 's/-/\\\\-/g')
		manual=$(awk -v r=".BR $esc \"" 'index($0, r) == 1 { getline; getline; print; exit }' "$TOP/man/pbcheck.1" |
			perl -CSD -pe 's/\\\[u([0-9A-F]{4})\]/chr(hex($1))/ge; s/\\-/-/g; s/\\\(dq/"/g' | tr -s ' ')
		[ -n "$explain" ] && [ -n "$manual" ] || { echo "$rule: nothing read"; return 1; }
		[ "$explain" = "$manual" ] || { printf '%s\n--explain: %s\nmanual:    %s\n' "$rule" "$explain" "$manual"; return 1; }
	done
}

@test "plan-not-budget, plan-decreasing: quiet on amounts pbtable reads as spent per period (30/30/30/30 of 120)" {
	for f in plan-amounts-per-period.txt plan-amounts-per-period-blank.txt; do
		run found "$FIX/table6/$f"
		[ "$status" -eq 0 ]
		if grep -q -e plan-not-budget -e plan-decreasing <<<"$output"; then echo "$output"; return 1; fi
	done
	# labelled 累计, the same amounts end short of the budget: reported
	fires plan-not-budget 8 ../table6/plan-amounts-cumulative-label.txt
}

@test "rate-unit: quiet on a degree or rate in tenths (不低于九成, 9成: 90%), still fires on 9次" {
	local f=$BATS_TEST_TMPDIR/t.txt v
	for v in 不低于九成 ≥9成 9成; do
		sed "s/≥90 分/$v/" "$PF/rate-unit.quiet.txt" > "$f"
		! cmp -s "$f" "$PF/rate-unit.quiet.txt"
		run found "$f"
		[ "$status" -eq 0 ]
		! grep -q " rate-unit\$" <<<"$output" || { echo "$v: $output"; return 1; }
	done
	sed 's/≥90 分/≥9次/' "$PF/rate-unit.quiet.txt" > "$f"
	run found "$f"
	grep -qx "36 rate-unit" <<<"$output"
}
