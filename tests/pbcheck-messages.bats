#!/usr/bin/env bats
# Review r16 (findings F02-F07, F09, F10) and r17 F15: pbcheck's value,
# plan and unparsed messages.  base.tg.txt is the review's generated
# filing (three projects, no findings); its third project's indicator
# table ends at line 89, the second project's plan is at lines 60-61.

load common

B="$FIX/r16b/base.tg.txt"

# the base with indicator rows (cells given with \t) added after line 89,
# the end of the third project's table
rows() {
	local f="$BATS_TEST_TMPDIR/rows.txt"
	{ head -89 "$B"; printf '%b\n' "$@"; echo; } > "$f"
	echo "$f"
}

# the base with the second project's plan (budget 100 万元) as LABEL and
# the four values VALUES (tab-separated, as the row writes them)
plan2() {
	local f="$BATS_TEST_TMPDIR/plan.txt"
	awk -v lab="$1" -v vals="$2" 'NR == 60 { sub(/^[^\t]*/, lab) } NR == 61 { $0 = "\t" vals "\t" } 1' "$B" > "$f"
	echo "$f"
}

# "LINE RULE" of each finding of a file, and the same through pbtable's
# records (the two must agree)
found() {
	local a b
	a=$(pbcheck -f ndjson --fail-on never "$@" | jq -r '"\(.line) \(.rule)"')
	b=$(pbtable "$1" 2>/dev/null | pbcheck -f ndjson --fail-on never "${@:2}" | jq -r '"\(.line) \(.rule)"')
	[ "$a" = "$b" ] || { echo "file and records differ: $a / $b" >&2; return 1; }
	echo "$a"
}

# the messages of rule $2 on file $1, without the "CODE LEVEL3: " in front
msg() {
	pbcheck -f ndjson --fail-on never "$1" |
		jq -r --arg r "$2" 'select(.rule == $r) | .message | sub("^[^:]*: "; "")'
}

@test "base: no findings" {
	run found "$B"
	[ "$status" -eq 0 ]
	[ -z "$output" ]
}

# ---- F02: a bare number over 100 under a share's name ----

@test "F02 percent-over-100: a bare 100100 under a rate or a satisfaction (率, 度) fires" {
	f=$(rows '产出指标\t质量指标\t会议效果良好率\t会议效果良好率\t100100\t标准\t' \
	         '满意度指标\t服务对象满意度指标\t群众满意度\t群众满意度\t100100\t调查\t')
	run found "$f"
	[ "$output" = "$(printf '90 percent-over-100\n91 percent-over-100')" ]
	[ "$(msg "$f" percent-over-100 | head -1)" = "指标值 100100 exceeds 100%" ]
}

@test "F02 percent-over-100: quiet on a bare 100 or 95, on a degree that is no share, on growth and on counts" {
	f=$(rows '产出指标\t质量指标\t验收合格率\t验收合格率\t100\t标准\t' \
	         '满意度指标\t服务对象满意度指标\t群众满意度\t群众满意度\t≥95\t调查\t' \
	         '产出指标\t数量指标\t道路长度\t新建道路长度\t1200\t设计\t' \
	         '产出指标\t质量指标\t车辆速度\t限速\t120\t标准\t' \
	         '效益指标\t社会效益指标\t群众参与度\t参与人次\t1000\t往年\t' \
	         '效益指标\t经济效益指标\t收入增长率\t收入增长\t150\t往年\t' \
	         '产出指标\t数量指标\t培训人数\t培训人数\t100100\t计划\t')
	run found "$f"
	[ -z "$output" ]
}

# ---- F03: change words ----

@test "F03 percent-over-100: 增加, 提升, 提高, 上升, 增收, 幅度, 较上年 in the name measure a change" {
	f=$(rows '效益指标\t经济效益指标\t游客数量增加\t游客增加\t≥150%\t往年\t' \
	         '效益指标\t经济效益指标\t产值提升比例\t产值提升\t≥150%\t往年\t' \
	         '效益指标\t经济效益指标\t收入提高幅度\t收入提高\t≥150%\t往年\t' \
	         '效益指标\t经济效益指标\t客流上升\t客流\t≥150%\t往年\t' \
	         '效益指标\t经济效益指标\t农民增收\t增收\t≥150%\t往年\t' \
	         '效益指标\t经济效益指标\t产值较上年\t产值\t≥150%\t往年\t' \
	         '效益指标\t经济效益指标\t合格率提高率\t合格率提高\t≥150%\t往年\t')
	run found "$f"
	[ -z "$output" ]
}

@test "F03 percent-over-100: a share stays one (change word only in the description; 增加值率); a purpose is no change" {
	f=$(rows '满意度指标\t服务对象满意度指标\t群众满意度\t较上年提升\t≥150%\t调查\t' \
	         '效益指标\t经济效益指标\t工业增加值率\t增加值率\t≥150%\t统计\t' \
	         '产出指标\t质量指标\t验收合格率\t合格\t≥150%\t标准\t' \
	         '效益指标\t社会效益指标\t服务质量\t提高服务质量\t100100%\t往年\t')
	run found "$f"
	[ "$output" = "$(printf '90 percent-over-100\n91 percent-over-100\n92 percent-over-100\n93 percent-over-100')" ]
	# a change measure in a non-share's description still exempts it
	f=$(rows '效益指标\t经济效益指标\t旅游收入\t较上年增长幅度\t≥150%\t往年\t')
	run found "$f"
	[ -z "$output" ]
}

# ---- F04: a description that equals the value ----

@test "F04 value-repeats-name: quiet when only the description repeats the value" {
	f=$(rows '产出指标\t时效指标\t完成时限\t按时完成\t按时完成\t计划\t' \
	         '效益指标\t社会效益指标\t服务水平\t有效提升\t有效提升\t往年\t' \
	         '产出指标\t质量指标\t验收情况\t验收合格\t验收合格\t标准\t')
	run found "$f"
	[ -z "$output" ]
}

@test "F04 value-repeats-name: the level-3, level-2 and level-1 names still fire, once" {
	f=$(rows '产出指标\t质量指标\t验收情况\t验收情况\t验收情况\t标准\t' \
	         '效益指标\t生态效益指标\t环境改善\t环境改善\t生态效益\t往年\t' \
	         '效益指标\t社会效益指标\t群众获得感\t获得感\t效益指标\t往年\t')
	run found "$f"
	[ "$output" = "$(printf '90 value-repeats-name\n91 value-repeats-name\n92 value-repeats-name')" ]
	run msg "$f" value-repeats-name
	[ "$output" = "$(printf '%s\n' '指标值 验收情况 only repeats the 三级指标' \
		'指标值 生态效益 only repeats the 二级指标' '指标值 效益指标 only repeats the 一级指标')" ]
}

# ---- F10: trailing punctuation ----

@test "F10 value-repeats-name: a trailing 。, ； or ， does not hide a repeat" {
	f=$(rows '效益指标\t生态效益指标\t环境改善\t环境改善\t生态效益指标。\t往年\t' \
	         '效益指标\t社会效益指标\t群众获得感\t获得感\t社会效益；\t往年\t' \
	         '产出指标\t质量指标\t验收情况\t验收情况\t验收情况，\t标准\t')
	run found "$f"
	[ "$output" = "$(printf '90 value-repeats-name\n91 value-repeats-name\n92 value-repeats-name')" ]
}

@test "F10 value-repeats-name: quiet when more follows the name" {
	f=$(rows '效益指标\t生态效益指标\t环境改善\t环境改善\t生态效益指标明显。\t往年\t' \
	         '效益指标\t社会效益指标\t群众获得感\t获得感\t。\t往年\t')
	run found "$f"
	[ -z "$output" ]
}

# ---- F05: amount plans ----

@test "F05 a per-period amount plan short of the budget (25+25+25+20 of 100): one finding saying so" {
	f=$(plan2 '资金支出计划（万元）' $'25.00\t\t25.00\t25.00\t20.00')
	run found "$f"
	[ "$output" = "61 plan-not-budget" ]
	[ "$(msg "$f" plan-not-budget)" = "spending plan 25+25+25+20 = 95 万元 neither rises to nor sums to the budget 100 万元" ]
	# with plan-not-budget off, the fall is still said
	run found "$f" --disable plan-not-budget
	[ "$output" = "61 plan-decreasing" ]
}

@test "F05 a 累计 label over per-period values summing to the budget (40/30/20/10): one finding, every fall, per period" {
	f=$(plan2 '累计支出金额' $'40.00\t\t30.00\t20.00\t10.00')
	run found "$f"
	[ "$output" = "61 plan-decreasing" ]
	[ "$(msg "$f" plan-decreasing)" = "cumulative spending plan falls from 40 万元 at 3月底 to 30 万元 at 6月底, from 30 万元 at 6月底 to 20 万元 at 10月底 and from 20 万元 at 10月底 to 10 万元 at 12月底, yet its values 40+30+20+10 sum to the budget 100 万元: it looks written per period" ]
	# plan-decreasing off: plan-not-budget says it instead
	run found "$f" --disable plan-decreasing
	[ "$output" = "61 plan-not-budget" ]
	[[ "$(pbcheck --disable plan-decreasing "$f")" == *"ends at 10 万元 (12月底), not at the budget 100 万元; its values sum to the budget: it looks written per period [plan-not-budget]" ]]
}

@test "F05 a 累计 plan that rises, summing to the budget, ends short: plan-not-budget says it looks per period" {
	f=$(plan2 '累计支出金额' $'10.00\t\t20.00\t30.00\t40.00')
	run found "$f"
	[ "$output" = "61 plan-not-budget" ]
	[ "$(msg "$f" plan-not-budget)" = "cumulative spending plan ends at 40 万元 (12月底), not at the budget 100 万元; its values sum to the budget: it looks written per period" ]
}

@test "F05 unchanged: a swapped cumulative plan ending at the budget, one that ends short, one per period" {
	f=$(plan2 '资金支出计划（万元）' $'30.00\t\t60.00\t50.00\t100.00')
	run found "$f"
	[ "$output" = "61 plan-decreasing" ]
	[ "$(msg "$f" plan-decreasing)" = "cumulative spending plan falls from 60 万元 at 6月底 to 50 万元 at 10月底" ]
	f=$(plan2 '资金支出计划（万元）' $'10.00\t\t30.00\t60.00\t90.00')
	[ "$(msg "$f" plan-not-budget)" = "cumulative spending plan ends at 90 万元 (12月底), not at the budget 100 万元" ]
	f=$(plan2 '资金支出计划（万元）' $'25.00\t\t25.00\t30.00\t20.00')
	run found "$f"
	[ -z "$output" ]
}

# ---- F06: a cumulative % plan ----

@test "F06 plan-not-100: a rising plan summing past 100 says where it stops, not its sum" {
	f=$(plan2 '资金支出计划（%）' $'30%\t\t60%\t90%\t')
	run found "$f"
	[ "$output" = "61 plan-not-100" ]
	[ "$(msg "$f" plan-not-100)" = "cumulative spending plan rises only to 90% (10月底), not to 100%" ]
	f=$(plan2 '资金支出计划（%）' $'30%\t\t60%\t90%\t95%')
	[ "$(msg "$f" plan-not-100)" = "cumulative spending plan rises only to 95% (12月底), not to 100%" ]
	f=$(plan2 '资金支出计划（%）' $'30%\t\t60%\t90%\t120%')
	[ "$(msg "$f" plan-not-100)" = "cumulative spending plan rises past 100%, to 120% (12月底)" ]
}

@test "F06 plan-not-100: a per-period plan short of 100 still gives its sum" {
	f=$(plan2 '资金支出计划（%）' $'25%\t\t25%\t25%\t')
	[ "$(msg "$f" plan-not-100)" = "spending plan 25%+25%+25% = 75% neither sums to 100% nor rises to 100%" ]
	# rising, but summing to no more than 100: either reading may be meant
	f=$(plan2 '资金支出计划（%）' $'10%\t\t20%\t30%\t35%')
	[ "$(msg "$f" plan-not-100)" = "spending plan 10%+20%+30%+35% = 95% neither sums to 100% nor rises to 100%" ]
}

# ---- F07: degrees and rates counted ----

@test "F07 rate-unit: quiet on 参与度, 关注度, 曝光度, 传播度, 活跃度, 广度 in 人次 and 周转率 in 次" {
	f=$(rows '效益指标\t社会效益指标\t群众参与度\t参与人次\t≥1000人次\t往年\t' \
	         '效益指标\t社会效益指标\t社会关注度\t关注人次\t≥10万人次\t往年\t' \
	         '效益指标\t社会效益指标\t宣传曝光度\t曝光次数\t≥100万次\t往年\t' \
	         '效益指标\t社会效益指标\t网络传播度\t转发次数\t≥5万次\t往年\t' \
	         '效益指标\t社会效益指标\t用户活跃度\t活跃人数\t≥500人\t往年\t' \
	         '效益指标\t社会效益指标\t覆盖广度\t覆盖村数\t≥20个村\t往年\t' \
	         '效益指标\t经济效益指标\t存货周转率\t周转次数\t≥4次\t往年\t')
	run found "$f"
	[ -z "$output" ]
}

@test "F07 rate-unit: a share in 次 or 人次 still fires" {
	f=$(rows '产出指标\t质量指标\t漏洞处置率\t处置\t100次\t标准\t' \
	         '满意度指标\t服务对象满意度指标\t群众满意度\t满意\t≥90人次\t调查\t')
	run found "$f"
	[ "$output" = "$(printf '90 rate-unit\n91 rate-unit')" ]
}

# ---- F09: one line for one row's findings in cell per line ----

@test "F09 basis-repeats-value: at the value's line, as unquantified on the same row" {
	f="$FIX/r16b/cost-basis.cpl.txt"
	run found "$f"
	[ "$output" = "$(printf '287 unquantified\n287 basis-repeats-value')" ]
	[ "$(pbtable "$f" | jq -r 'select(.type == "indicator" and .level3 == "项目总成本") | .value_line')" = 287 ]
}

@test "F09 basis-repeats-value: tab-grid, the row's line" {
	f=$(rows '产出指标\t质量指标\t验收情况\t验收\t完成任务\t完成任务\t')
	run found "$f"
	[ "$output" = "90 basis-repeats-value" ]
}

# ---- r17 F15: unparsed on a row that was read ----

@test "r17 F15 unparsed: a cell of a read row is \"line N read, but\"; the row's indicator is there" {
	f="$BATS_TEST_TMPDIR/cell.txt"
	sed '85s/$/多余单元格\t/' "$B" > "$f"
	[ "$(pbtable "$f" 2>/dev/null | jq -c 'select(.type == "indicator" and .line == 85) | .level3')" = '"保障率"' ]
	run found "$f"
	[ "$output" = "85 unparsed" ]
	[ "$(msg "$f" unparsed)" = "line 85 read, but: indicator row cell under no column of the header: 多余单元格" ]
}

@test "r17 F15 unparsed: a line read as nothing is still \"line N not read\"" {
	run pbcheck "$FIX/pbcheck/unparsed.fire.txt"
	[[ "$output" == *"line 23 not read: row outside the indicator columns [unparsed]"* ]]
	[[ "$output" != *"read, but"* ]]
}
