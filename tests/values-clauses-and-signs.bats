#!/usr/bin/env bats
# pbtable: indicator values (review r14, F05 F06 F07a F09 F12): a clause
# after a comma is no part of the unit, a bare 内 after a measure is a
# ceiling, a minus where a number starts is read, a power of ten is
# partial rather than its first number, and a quantity in Chinese
# numerals keeps its sign and is not flagged garbled.

load common

T="$FIX/r14c"

@test "the filings read whole: one project, every indicator, the budget" {
	[ "$(totals "$T/values.txt")" = '[1,15,80]' ]
	[ "$(totals "$T/markdown-math.txt")" = '[1,5,30]' ]
	[ "$(proj "$T/values.txt" '[.code, .indicators, .unparsed]')" = '["53011325P000021700018",15,0]' ]
	# 内 after a place is the word's, no op; after % words are no unit (r18d)
	[ "$(ind "$T/values.txt" '[.value, .op, .num, .unit]' | sed -n 7p)" = '["100%县域内",null,100,"%"]' ]
}

@test "a clause after a comma or semicolon ends the unit; a 以上 before it is the op" {
	run ind "$T/values.txt" '[.value, .op, .num, .unit, .kind, .partial]'
	[ "${lines[0]}" = '["98%以上，力争100%",">=",98,"%","number",null]' ]
	[ "${lines[1]}" = '["≥90%；力争95%",">=",90,"%","number",null]' ]
	[ "${lines[2]}" = '["≥4处，其中重点工程1处",">=",4,"处","number",null]' ]
	# another number there is a list: which one is the target is a guess
	[ "${lines[3]}" = '["≥95%，100%",">=",null,null,"text",true]' ]
}

@test "内 after a measure is 以内: op <=, the unit without it" {
	run ind "$T/values.txt" '[.value, .op, .num, .unit]'
	[ "${lines[4]}" = '["2个工作日内","<=",2,"个工作日"]' ]
	[ "${lines[5]}" = '["≤48小时内","<=",48,"小时"]' ]
	run ind "$T/markdown-math.txt" '[.value, .op, .num, .unit]'
	[ "${lines[2]}" = '["≤24小时内","<=",24,"小时"]' ]
}

@test "a negative number is read, after a sign or alone, in the markdown math too" {
	run ind "$T/values.txt" '[.value, .op, .num, .unit, .kind, .partial]'
	[ "${lines[7]}" = '["≥-5%",">=",-5,"%","number",null]' ]
	[ "${lines[8]}" = '["-3%",null,-3,"%","number",null]' ]
	run ind "$T/markdown-math.txt" '[.value, .op, .num, .unit, .kind, .partial]'
	[ "${lines[1]}" = '["≥ -5%",">=",-5,"%","number",null]' ]
	# no value-partial for them: only the power of ten is one
	[ "$(pbcheck -f ndjson "$T/markdown-math.txt" | jq -c 'select(.rule=="value-partial") | .value')" = '"≤10^4公里"' ]
}

@test "a power of ten is partial, never its first number" {
	run ind "$T/values.txt" '[.value, .op, .num, .unit, .kind, .partial]'
	[ "${lines[9]}" = '["≤10^3元","<=",null,null,"text",true]' ]
	[ "${lines[10]}" = '["≤1.5E+04元","<=",null,null,"text",true]' ]
	run ind "$T/markdown-math.txt" '[.value, .op, .num, .unit, .kind, .partial]'
	[ "${lines[0]}" = '["≤10^4公里","<=",null,null,"text",true]' ]
	[ "$(pbcheck -f ndjson "$T/values.txt" | jq -c 'select(.rule=="value-partial") | [.line, .value]')" = '[21,"≥95%，100%"]
[27,"≤10^3元"]
[28,"≤1.5E+04元"]' ]
}

@test "a quantity in Chinese numerals: 不少于 keeps its sign as ≥ does, neither is partial, and both give their number (r20c)" {
	run ind "$T/values.txt" '[.value, .op, .num, .kind, .partial]'
	[ "${lines[11]}" = '["不少于两台",">=",2,"number",null]' ]
	[ "${lines[12]}" = '["≥十次",">=",10,"number",null]' ]
}
