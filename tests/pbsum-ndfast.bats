#!/usr/bin/env bats
# pbsum over pbtable's NDJSON: the fast reader (lib/ndfast.c) and json-c
# read the same records the same way, and damaged lines are still
# reported with FILE:LINE.
load common

P="$FIX/pbsum"

# pbtable's records of every input we have: projects and indicators
records() {
	{
		if [ -d "$SHARED" ]; then pbtable "$SHARED"/*.txt; fi
		pbtable "$EX"/*.txt "$P/sample-yuan-2024.txt"
		cat "$P/projects.ndjson"
	} 2>/dev/null
}

setup() {
	nd="$BATS_TEST_TMPDIR/in.ndjson"
	records >"$nd"
	keys=dept,year,code,file,source_unit,schedule_unit
}

# pbsum -f ndjson of the records rewritten by the perl expression $1
same_as_plain() {
	local v="$BATS_TEST_TMPDIR/variant.ndjson"
	perl -CSD -pe "$1" "$nd" >"$v"
	! cmp -s "$nd" "$v" || { echo "the rewrite changed nothing"; return 1; }
	run_split pbsum -g "$keys" -f ndjson "$nd"
	[ "$status" -eq 0 ]
	want=$output
	want_err=$stderr
	run_split pbsum -g "$keys" -f ndjson "$v"
	[ "$status" -eq 0 ]
	[ "$output" = "$want" ]
	[ "${stderr//$v/$nd}" = "$want_err" ]
}

@test "pbsum-ndfast: the records really hold projects and money" {
	run_split pbsum -f ndjson "$nd"
	[ "$status" -eq 0 ]
	[ "$(echo "$output" | jq -r .projects)" -gt 5 ]
	[ "$(echo "$output" | jq -r .budget)" != 0 ]
	[ "$(grep -c '^{"type":"indicator"' "$nd")" -gt 20 ]
}

@test "pbsum-ndfast: records through json-c (a blank after '{') sum the same" {
	same_as_plain 's/^\{"type"/{ "type"/'
}

@test "pbsum-ndfast: escaped text (\\uXXXX for every CJK character) sums the same" {
	same_as_plain 's/([^\x00-\x7f])/ord($1) < 0x10000 ? sprintf("\\u%04x", ord($1)) : $1/ge'
}

@test "pbsum-ndfast: blanks between tokens and another key order sum the same" {
	same_as_plain 's/,"/ , "/g; s/^(\{"type":"project",)("file":"[^"]*"),(.*)\}$/$1$3,$2}/'
}

@test "pbsum-ndfast: type last, unknown and nested keys sum the same" {
	same_as_plain 's/^\{"type":"project",(.*)\}$/{$1,"extra":{"a":[1,2.5,{"b":null}],"c":"\\"\\\\"},"type":"project"}/'
}

@test "pbsum-ndfast: amounts json-c reads its own way (exponents) sum the same" {
	f="$BATS_TEST_TMPDIR/exp.ndjson"
	printf '%s\n' '{"type":"project","code":"A","budget":1.25,"fiscal":1}' \
	              '{"type":"project","code":"B","budget":25e-1,"fiscal":0.1E1}' >"$f"
	run_split pbsum -f ndjson "$f"
	[ "$status" -eq 0 ]
	[[ "$output" == *'"projects":2,"budget":3.75,"fiscal":2,'* ]]
}

@test "pbsum-ndfast: an amount past 64 bits is a FILE:LINE error, never a rounded number" {
	f="$BATS_TEST_TMPDIR/big.ndjson"
	printf '%s\n' '{"type":"project","code":"A","budget":1}' \
	              '{"type":"project","code":"B","budget":12345678901234567890}' \
	              '{"type":"project","code":"C","budget":1.0000000000000000000001}' >"$f"
	run_split pbsum "$f"
	[ "$status" -eq 2 ]
	[[ "$stderr" == *"pbsum: $f:2: project record has an amount too large or too precise to hold exactly (at most 18 decimals)"* ]]
	[[ "$stderr" == *"pbsum: $f:3: "* ]]
}

@test "pbsum-ndfast: a checkpoint that is not a number is a bad record, in both readers alike" {
	f="$BATS_TEST_TMPDIR/cp"
	i=0
	# an input a value: past 10 bad records an input's are counted, not said
	for v in '"5"' true '[1]' 1e400 99999999999999999999 false; do
		i=$((i + 1))
		for k in spend schedule; do
			# the fast reader's shape, then one it leaves to json-c (an
			# escaped key), then a plan that is not an object at all
			printf '{"type":"project","code":"A","budget":5,"%s":{"03":null,"06":1,"10":null,"12":%s}}\n' "$k" "$v"
			printf '{"type":"project","c\\u006fde":"A","budget":5,"%s":{"03":null,"06":1,"10":null,"12":%s}}\n' "$k" "$v"
			printf '{"type":"project","code":"A","budget":5,"%s":%s}\n' "$k" "$v"
		done >"$f$i.ndjson"
	done
	printf '%s\n' '{"type":"project","code":"Z","budget":1,"fiscal":1,"other":null,"spend":{"03":null,"06":null,"10":null,"12":1}}' >"${f}z.ndjson"
	cat "$f"[1-6].ndjson "${f}z.ndjson" > "$f.ndjson"
	run_split pbsum -f ndjson "$f"[1-6].ndjson "${f}z.ndjson"
	[ "$status" -eq 2 ]
	# every line but the last is reported, each once, with the same words
	[ "$(grep -c "^pbsum: $f[1-6].ndjson:" <<<"$stderr")" -eq 36 ]
	f=$f.ndjson
	[ "$(sed 's/^pbsum: [^:]*:[0-9]*: //' <<<"$stderr" | sort -u | wc -l)" -le 3 ]
	[ "$(echo "$output" | jq -c '[.projects, .budget, .spend."12", .nospend."12"]')" = '[1,1,1,0]' ]
	# and pbcheck does not take them for blank plans
	run_split pbcheck -f ndjson --fail-on never "$f"
	[ "$status" -eq 2 ]
	[ "$(echo "$output" | jq -r 'select(.project == "A") | .rule' | wc -l)" -eq 0 ]
}

@test "pbsum-ndfast: a damaged indicator line is a FILE:LINE error, the rest still counts" {
	n=$(grep -n -m 1 '^{"type":"indicator"' "$nd" | cut -d: -f1)
	f="$BATS_TEST_TMPDIR/cut.ndjson"
	awk -v n="$n" 'NR == n { print substr($0, 1, 60); next } { print }' "$nd" >"$f"
	run_split pbsum -f ndjson "$nd"
	want=$output
	run_split pbsum -f ndjson "$f"
	[ "$status" -eq 2 ]
	[[ "$stderr" == *"pbsum: $f:$n: not valid JSON"* ]]
	[ "$output" = "$want" ]
}

@test "pbsum-ndfast: a project joined to the line before it is reported, not lost" {
	n=$(grep -n '^{"type":"project"' "$nd" | sed -n 2p | cut -d: -f1)
	f="$BATS_TEST_TMPDIR/joined.ndjson"
	awk -v n="$n" 'NR == n - 1 { printf "%s", $0; next } { print }' "$nd" >"$f"
	run_split pbsum "$f"
	[ "$status" -eq 2 ]
	[[ "$stderr" == *"pbsum: $f:$((n - 1)): text after the JSON object"* ]]
}

@test "pbsum-ndfast: a record typed twice is a bad record, said, whichever type comes last" {
	f="$BATS_TEST_TMPDIR/twice.ndjson"
	printf '%s\n' '{"type":"project","code":"A","budget":1,"fiscal":1,"other":null,"spend":null}' \
	              '{"type":"indicator","code":"B","budget":2,"type":"project"}' \
	              '{"type":"project","code":"C","budget":4,"type":"indicator"}' >"$f"
	run_split pbsum -f ndjson "$f"
	[ "$status" -eq 2 ]
	[[ "$output" == *'"projects":1,"budget":1,'* ]]
	[ "$stderr" = "pbsum: $f:2: the key \"type\" is given twice in one object (which one holds is not known)
pbsum: $f:3: the key \"type\" is given twice in one object (which one holds is not known)" ]
}

@test "pbsum-ndfast: no floating point in the fast reader" {
	run grep -nwE 'float|double|strtod|strtof|strtold|atof' "$TOP/lib/ndfast.c"
	[ "$status" -eq 1 ]
}

@test "pbsum-ndfast: a key of the wrong type is a bad record, in both readers alike" {
	f="$BATS_TEST_TMPDIR/typed"
	i=10
	# an input a key: past 10 bad records an input's are counted, not said
	for kv in '"year":"2024"' '"year":2024.0' '"dept":7' '"dept_code":101001' '"code":["A"]' \
	          '"doc":"1"' '"seq":true' '"goals":"保障"' '"goals":["保障",1]' '"indicators":"3"'; do
		i=$((i + 1))
		# the fast reader's shape, then one it leaves to json-c (an escaped key)
		printf '{"type":"project","dept":"甲","code":"A","budget":5,%s}\n' "$kv" >"$f$i.ndjson"
		printf '{"type":"project","d\\u0065pt":"甲","code":"A","budget":5,%s}\n' "$kv" >>"$f$i.ndjson"
	done
	printf '%s\n' '{"type":"project","dept":"乙","year":2024,"code":"Z","budget":1,"goals":["g"],"dept_code":null}' >"${f}z.ndjson"
	run_split pbsum -g dept,year -f ndjson "$f"??.ndjson "${f}z.ndjson"
	[ "$status" -eq 2 ]
	# every line but the last is reported, each once, naming the key
	[ "$(grep -c "^pbsum: $f[0-9]*.ndjson:" <<<"$stderr")" -eq 20 ]
	[[ "$stderr" == *"pbsum: ${f}11.ndjson:1: project record: \"year\" is not an integer"* ]]
	[[ "$stderr" == *"pbsum: ${f}19.ndjson:1: project record: \"goals\" is not a list of strings"* ]]
	# none of them is summed under no year or no department
	[ "$(echo "$output" | jq -c '[.group.dept, .group.year, .projects, .budget]')" = '["乙",2024,1,1]' ]
}

@test "pbsum-ndfast: a damaged project line takes its indicator records with it" {
	n=$(grep -n '^{"type":"project"' "$nd" | sed -n 2p | cut -d: -f1)
	f="$BATS_TEST_TMPDIR/damaged.ndjson"
	awk -v n="$n" 'NR == n { print substr($0, 1, 40); next } { print }' "$nd" >"$f"
	run_split pbcheck -f ndjson --fail-on never "$f"
	[ "$status" -eq 2 ]
	[ "$stderr" = "pbcheck: $f:$n: project record is not valid JSON; it and its indicator records are left out" ]
	got=$output
	# the findings are those of the whole stream less the damaged project's:
	# the project before it keeps its own indicators, none of the other's
	code=$(sed -n "${n}p" "$nd" | jq -r .code)
	run_split pbcheck -f ndjson --fail-on never "$nd"
	[ "$status" -eq 0 ]
	want=$(echo "$output" | jq -c --arg c "$code" 'select(.project != $c)')
	[ -n "$want" ]
	[ "$(echo "$got" | jq -c .)" = "$want" ]
}
