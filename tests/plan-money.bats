#!/usr/bin/env bats
# The spending plan's money (review r14, F02 F03 F04 F16 F07b-d): a plan
# value written but not read is no blank that spends nothing, and the
# plan rules do not judge a plan so read; -, —, / and 无 in a plan cell
# are blank; blanks before a last 100% read as before a last amount
# equal to the budget; negative amounts are reported (negative-amount).

load common

T="$FIX/r14b"
PF="$FIX/pbcheck"

# [schedule, spend] of the one project
plan() {
	proj "$1" '[[.schedule[]], [.spend[]]]'
}
# the rules pbcheck reports, "LINE RULE" one a line (no-cost-indicator aside)
rules() {
	pbcheck -f ndjson --fail-on never "$1" | jq -r 'select(.rule != "no-cost-indicator") | "\(.line) \(.rule)"'
}
# nothing else broke: [projects, indicators, budget]
shape() {
	pbtable "$1" 2>/dev/null | jq -sc '[([.[] | select(.type=="project")] | length),
		([.[] | select(.type=="indicator")] | length), ([.[] | select(.type=="project") | .budget] | add)]'
}

@test "a % plan value not read: no spending from it on, not a blank period of a plan summing to 100" {
	# 1O% 30% 30% 40%: per period (they may sum to 100 with it), from 3月底 on
	[ "$(plan "$T/pct-unread-first.txt")" = '[[null,30,30,40],[null,null,null,null]]' ]
	# 50% 约10% 20% 30%: falling, so per period; 3月底 is known
	[ "$(plan "$T/pct-unread-second.txt")" = '[[50,null,20,30],[50,null,null,null]]' ]
	# the value is still an unparsed record, and plan-not-100 does not judge 30+30+40
	[ "$(rules "$T/pct-unread-first.txt")" = "16 unparsed" ]
	[ "$(shape "$T/pct-unread-first.txt")" = '[1,4,100]' ]
}

@test "an amount plan value not read: per period or as written cannot be told, or its checkpoint alone" {
	# 40 3O 30 30 of 100: the values read sum to the budget (spent 40 40 70 100)
	[ "$(plan "$T/amt-per-period-unread.txt")" = '[[40,null,30,30],[null,null,null,null]]' ]
	# 30 2O 20 30 of 100 (no 累计): per period with the 20, as written not (was 30 - 20 30)
	[ "$(plan "$T/amt-unread-per-period.txt")" = '[[30,null,20,30],[null,null,null,null]]' ]
	# 累计 10 100 x blank: the checkpoint not read is null, the blank after 100 the budget
	[ "$(plan "$T/amt-unread-after-spent.txt")" = '[[10,100,null,null],[10,100,null,100]]' ]
	[ "$(shape "$T/amt-unread-after-spent.txt")" = '[1,4,100]' ]
}

@test "the plan rules are silent on a plan with a value not read, which is unparsed's" {
	# 25 50 75 1OO.00: did not "end at 75 万元 (10月底)"
	[ "$(rules "$T/amt-unread-end.txt")" = "16 unparsed" ]
	# 30 2O 20 30 per period: neither "falls" nor "ends at 30 万元"
	[ "$(rules "$T/amt-unread-per-period.txt")" = "16 unparsed" ]
	# 10% 20% 30% 4O%: not "10%+20%+30% = 60%"
	[ "$(rules "$T/pct-unread-last.txt")" = "16 unparsed" ]
	# the explanations and the manual say so
	for r in plan-decreasing plan-not-budget plan-not-100; do
		pbcheck --explain "$r" | tr '\n' ' ' | grep -q "written but not read" || { echo "$r"; return 1; }
	done
}

@test "-, —, / and 无 in a plan cell are blank, as in the funds cells: no unparsed record" {
	[ "$(plan "$T/amt-dashes.txt")" = '[[null,null,null,100],[null,null,null,100]]' ]
	[ "$(proj "$T/amt-dashes.txt" .unparsed)" = 0 ]
	[ "$(proj "$T/pct-dashes.txt" .unparsed)" = 0 ]
	[ "$(rules "$T/amt-dashes.txt")" = "" ]
	[ "$(rules "$T/pct-dashes.txt")" = "" ]
	# read alike in % and in amounts: blank periods of a plan per period spend nothing
	[ "$(plan "$T/pct-dashes.txt")" = '[[null,null,50,50],[0,0,50,100]]' ]
	[ "$(proj "$T/amt-dashes-per-period.txt" '[.unparsed, [.spend[]]]')" = '[0,[0,0,50,100]]' ]
	[ "$(shape "$T/amt-dashes.txt")" = '[1,4,100]' ]
}

@test "only 12月底 filled: null before it in a % plan, as in an amount plan" {
	[ "$(plan "$T/pct-only-12.txt")" = '[[null,null,null,100],[null,null,null,100]]' ]
	[ "$(plan "$T/amt-only-12.txt")" = '[[null,null,null,100],[null,null,null,100]]' ]
	# so pbsum counts the same nospend for both
	[ "$(pbsum -f ndjson "$T/pct-only-12.txt" | jq -c .nospend)" = \
	  "$(pbsum -f ndjson "$T/amt-only-12.txt" | jq -c .nospend)" ]
}

@test "negative-amount: a negative budget, source or plan value, at its row; pbsum still adds it" {
	[ "$(rules "$T/negative-budget.txt")" = "13 negative-amount
13 negative-amount" ]
	[ "$(rules "$T/negative-amt-plan.txt")" = "16 negative-amount" ]
	run bash -c "pbcheck -f ndjson --fail-on never '$PF/negative-amount.fire.txt' | jq -r 'select(.rule == \"negative-amount\") | \"\(.line) \(.value) \(.severity)\"'"
	[ "$output" = "15 -5 error
18 -10 error" ]
	run bash -c "pbcheck -f ndjson --fail-on never '$PF/negative-amount.quiet.txt' | jq -r .rule"
	[[ "$output" != *negative-amount* ]]
	pbcheck --list-rules | grep -q '^negative-amount  *error'
	[ "$(shape "$T/negative-budget.txt")" = '[1,4,-5]' ]
}
