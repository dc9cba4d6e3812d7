#!/usr/bin/env bats
# pbcheck on what an indicator's name says it measures: a unit mark in
# brackets after the name (群众满意度（%）, …（百分比）), a share not
# named …率 (…比例, …占比, …比重), and a multiple or a ratio of two
# quantities, which may pass 100% (放大倍数, 投入产出比).  Each case is
# the clean filing fixtures/r18d/base.txt with its 质量指标 row (line
# 17) changed.

load common

B="$FIX/r18d/base.txt"

# ind L3 DESC VALUE: base.txt with line 17 the row 质量指标 | L3 | DESC |
# VALUE, its path
ind() {
	local f="$BATS_TEST_TMPDIR/s$RANDOM.txt"
	awk -v l3="$1" -v d="$2" -v v="$3" 'BEGIN { FS = OFS = "\t" }
		NR == 17 { $3 = l3; $4 = d; $5 = v } { print }' "$B" > "$f"
	echo "$f"
}

# the rules pbcheck reports at line 17 for L3 DESC VALUE, one a line
rules() {
	pbcheck -f ndjson --fail-on never "$(ind "$@")" | jq -r 'select(.line == 17) | .rule'
}

# expect WANT L3 DESC VALUE: the rules at line 17 are WANT (empty: none)
expect() {
	local want=$1 got
	shift
	got=$(rules "$@")
	[ "$got" = "$want" ] || { echo "$1 | $2 | $3: got '$got', want '$want'"; return 1; }
}

@test "the base filing is clean" {
	run pbcheck --fail-on info "$B"
	[ "$status" -eq 0 ]
	[ -z "$output" ]
}

@test "value-repeats-name: the name without its unit mark, or with the other bracket width, repeats it" {
	expect value-repeats-name '群众满意度（%）' '群众满意度调查' '群众满意度'
	expect value-repeats-name '群众满意度(%)' '群众满意度调查' '群众满意度（%）'
	expect value-repeats-name '群众满意度' '群众满意度调查' '群众满意度(%)'
	expect value-repeats-name '培训人数（人）' '培训人数' '培训人数'
	expect value-repeats-name '项目资金(万元)' '项目资金' '项目资金（万元）。'
	expect value-repeats-name '资金到位率(%)' '资金到位率' '资金到位率(%)'
	# the message quotes the value as written
	f=$(ind '群众满意度(%)' '群众满意度调查' '群众满意度（%）')
	run pbcheck "$f"
	[[ "$output" == *"群众满意度(%): 指标值 群众满意度（%） only repeats the 三级指标 [value-repeats-name]"* ]]
	# a note in brackets is no unit: it says more than the name
	expect '' '群众满意度' '群众满意度调查' '群众满意度（较高）'
	expect '' '群众满意度（%）' '群众满意度调查' '群众满意度较高'
	# a name that is only a mark repeats nothing
	expect '' '（%）' '群众满意度调查' '（%）'
}

@test "a name or description marked （百分比） is in %, as one marked （%） is" {
	expect percent-over-100 '漏洞处置率（百分比）' '漏洞处置' '100100'
	expect rate-unit '漏洞处置率（百分比）' '漏洞处置' '100次'
	expect percent-over-100 '漏洞处置' '漏洞处置情况（百分比）' '100100'
	expect rate-unit '漏洞处置' '漏洞处置情况(百分比)' '100次'
	# as with （%）
	expect percent-over-100 '漏洞处置率（%）' '漏洞处置' '100100'
	expect rate-unit '漏洞处置率（%）' '漏洞处置' '100次'
	# a percentage within 100 passes
	expect '' '漏洞处置率（百分比）' '漏洞处置' '100'
	expect '' '漏洞处置率（百分比）' '漏洞处置' '≥95%'
}

@test "a name ending 比例, 占比, 比重 or 百分比 is a share, as one ending 率 is" {
	expect percent-over-100 '资金使用比例' '资金使用比例' '100100'
	expect percent-over-100 '资金使用比例' '资金使用比例' '100100%'
	expect rate-unit '本地采购占比' '本地采购占比' '≥30次'
	expect percent-over-100 '专项支出比重' '专项支出比重' '100100'
	expect rate-unit '任务完成百分比' '任务完成' '≥3项'
	# kept a share though it says 带动: part of the investment
	expect percent-over-100 '带动社会投资比例' '带动社会投资' '≥300%'
	# the 与 of 参与 names no second quantity
	expect percent-over-100 '群众参与比例' '群众参与' '100100'
	# within 100, in %, or in percentage points: a share as written
	expect '' '资金使用比例' '资金使用比例' '≥95'
	expect '' '本地采购占比' '本地采购占比' '≥30%'
	expect '' '本地采购占比' '本地采购占比' '提高2个百分点'
}

@test "percent-over-100, rate-unit: a multiple or a ratio of two quantities may pass 100% and be in 倍; a plain share may not" {
	expect '' '财政资金放大倍数' '带动社会投资' '≥300%'
	expect '' '投入产出比' '投入产出比' '≥120%'
	expect '' '放大倍率' '放大倍率' '≥3倍'
	expect '' '财政资金杠杆率' '撬动社会资本' '≥500%'
	expect '' '财政资金杠杆率' '撬动社会资本' '≥5倍'
	expect '' '社会资本与财政资金之比' '撬动社会资本' '≥150%'
	expect '' '社会资本与财政资金比' '撬动社会资本' '≥150%'
	expect '' '收支比值' '收支比值' '≥120%'
	# done beyond the plan, as a growth is beyond last year
	expect '' '超额完成率' '超额完成' '≥110%'
	expect '' '产值增长率' '产值增长' '≥150%'
	# a share of two things together is a share: only …比 names a ratio
	expect percent-over-100 '高级与中级职称人员占比' '人员结构' '≥120%'
	expect percent-over-100 '配套资金与财政资金比例' '配套资金' '≥150%'
	# the plain defects of DOMAIN.md still fire
	expect percent-over-100 '任务完成率' '任务完成' '≥110%'
	expect percent-over-100 '产品合格率' '产品合格' '100100'
	expect percent-over-100 '产品合格率' '产品合格' '100100%'
	expect percent-over-100 '群众满意度' '群众满意' '100100'
	expect rate-unit '群众满意度' '群众满意' '100次'
	expect rate-unit '产品合格率' '产品合格' '≥3倍'
}

@test "percent-over-100: 1001‰ under a share is past the whole as 100100% is; 1000‰ and ≤5‰ are not" {
	expect percent-over-100 验收合格率 验收 '1001‰'
	expect percent-over-100 验收合格率 验收 '>1000‰'
	expect '' 验收合格率 验收 '1000‰'
	expect '' 验收合格率 验收 '≤5‰'
}
