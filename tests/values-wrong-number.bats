#!/usr/bin/env bats
# pbtable: indicator values that gave a wrong or no number, or a note in
# the unit (review r6a: E5, E6, E11).

load common

V="$FIX/values7"

@test "OCR's O for 0 after a digit is read as 0; where it may start a word or hide a date the value is partial" {
	run_split pbtable "$V/ocr-o.txt"
	[ -z "$stderr" ]
	[ "$(jq -c 'select(.type=="indicator") | [.value, .op, .num, .unit, .kind, .partial]' <<< "$output")" = \
'["≥1O个",">=",10,"个","number",null]
["≥9O%",">=",90,"%","number",null]
["≤2O小时","<=",20,"小时","number",null]
["≥8O0万元",">=",800,"万元","number",null]
["≥1OK",">=",null,null,"text",true]
["2O24年底前",null,null,null,"text",true]' ]
	# pbcheck judges the number read: 800 万元 is over the budget of 150
	run pbcheck -f ndjson "$V/ocr-o.txt"
	[ "$(jq -r '.rule' <<< "$output" | sort | tr '\n' ' ')" = "cost-over-budget value-partial value-partial " ]
}

@test "a thousands space (1 000) groups a number as , does; other spacings stay partial" {
	run_split pbtable "$V/thousands-space.txt"
	[ -z "$stderr" ]
	[ "$(jq -c 'select(.type=="indicator") | [.value, .num, .unit, .partial]' <<< "$output")" = \
'["≥1 000人次",1000,"人次",null]
["≥12 500人",12500,"人",null]
["≤1 2个",null,null,true]
["≥1 000,000人",null,null,true]
["1 000 000元",1000000,"元",null]
["≥1 0000人",null,null,true]' ]
}

@test "spaces between digits in MinerU's \$…\$ math are dropped: values, the budget and the plan are read" {
	run_split pbtable "$V/md-mathspaces.txt"
	[ -z "$stderr" ]
	[ "$(jq -c 'select(.type=="indicator") | [.value, .op, .num, .unit]' <<< "$output")" = \
'["≥1200盏",">=",1200,"盏"]
["≥98%",">=",98,"%"]
["≤48小时","<=",48,"小时"]
["≤0.25万元/盏","<=",0.25,"万元/盏"]
["持续改善",null,null,null]
["≥90%",">=",90,"%"]' ]
	[ "$(jq -c 'select(.type=="project") | [.budget, [.schedule[]], .unparsed]' <<< "$output")" = '[240.5,[30,60,90,100],0]' ]
	run pbcheck "$V/md-mathspaces.txt"
	[ "$status" -eq 0 ]
	[ -z "$output" ]
}

@test "a note in brackets after the unit stays in value only: unit %, and 以上 before it gives op >=" {
	run_split pbtable "$V/notes.txt"
	[ -z "$stderr" ]
	[ "$(jq -c 'select(.type=="indicator") | [.value, .op, .num, .unit]' <<< "$output")" = \
'["100%（按期完成）",null,100,"%"]
["≥90%（含）以上",">=",90,"%"]
["95%以上（含95%）",">=",95,"%"]
["≤200万元（含税）","<=",200,"万元"]
["3（个）",null,3,"（个）"]
["≥100100%（含）",">=",100100,"%"]' ]
	# the rules that ask for the unit judge these values now
	run pbcheck -f ndjson "$V/notes.txt"
	[ "$(jq -r '.rule' <<< "$output" | sort | tr '\n' ' ')" = "cost-over-budget percent-over-100 " ]
}

@test "HTML character references in cells are decoded, in HTML and in pipe tables; bad ones stay as written" {
	for f in html-entities md-entities; do
		run_split pbtable "$V/$f.txt"
		[ -z "$stderr" ]
		[ "$(jq -c 'select(.type=="indicator") | [.value, .op, .num, .unit]' <<< "$output")" = \
'["≥1200盏",">=",1200,"盏"]
["≥98%",">=",98,"%"]
["≤48小时","<=",48,"小时"]
["≤0.25万元/盏","<=",0.25,"万元/盏"]
["持续改善 &#0; &bogus; &#65",null,null,null]
[">=90%",">=",90,"%"]' ]
		[ "$(jq -r 'select(.type=="project") | .purpose' <<< "$output")" = "用于城区道路照明设施日常维护&节能改造" ]
	done
}
