#!/usr/bin/env bats
# pbsum: exact totals by group, merging of sum records, diagnostics.
load common

P="$FIX/pbsum"

# the project records of every input we have, one a line (no indicators,
# so that any split of the lines is still valid input)
all_projects() {
	{
		if [ -d "$SHARED" ]; then pbtable "$SHARED"/*.txt; fi
		pbtable "$P/sample-yuan-2024.txt"
		cat "$P/projects.ndjson"
	} 2>/dev/null | grep '^{"type":"project"'
}

# The totals of the shared filings (/work/shared/filings, $SHARED) below,
# here and in the -g file and -g dept tests, are the filings' own 预算数
# cells added up by hand, every table in 万元 (单位：万元 above each):
#   zhengding-digital-economy-2024  3.50 (1 project, line 89)
#   caofeidian-equipment-park-2024  500.00 + 330.15 + 150.00 = 980.15
#       (3, cell per line: the amount on the line after 预算数, 41, 130, 205)
#   chengde-hitech-office-2024      2800 + 3 + 8 + 16 + 50 + 1.02 + 4 + 250
#       + 640 + 100 = 3872.02 (10, tab grid: 预算数 and the amount on one
#       line, 146 to 363)
# 14 projects, 4855.67 in all.  To re-derive: grep -n -A1 预算数 FILE, and
# check each amount against pbtable's, one by one (jq's doubles print
# these exactly): pbtable FILE | jq 'select(.type=="project") | .budget'.
# A change of these numbers is a change of what pbtable reads from the
# filings, to be checked against them so.
@test "pbsum: the shared filings total exactly 3.5, 980.15 and 3872.02" {
	need_shared
	for f in zhengding-digital-economy-2024:3.500000 caofeidian-equipment-park-2024:980.150000 \
	         chengde-hitech-office-2024:3872.020000; do
		run pbsum "$SHARED/${f%%:*}.txt"
		[ "$status" -eq 0 ]
		[ "$(echo "$output" | col budget 1)" = "${f#*:}" ]
		[ "$(echo "$output" | col projects 1)" -gt 0 ]
	done
	run pbsum -f ndjson "$SHARED"/*.txt
	[ "$status" -eq 0 ]
	# 3.5 + 980.15 + 3872.02, as written (jq 1.6 would go through a double)
	[[ "$output" == *'"budget":4855.67,'* ]]
	[ "$(echo "$output" | jq -r '.projects')" = 14 ]
}

@test "pbsum: -g file gives one exact row per filing, sorted" {
	need_shared
	run pbsum -g file "$SHARED"/*.txt
	[ "$status" -eq 0 ]
	[ "${#lines[@]}" -eq 4 ]
	[ "$(echo "$output" | col file 1)" = "$SHARED/caofeidian-equipment-park-2024.txt" ]
	[ "$(echo "$output" | col budget 1)" = 980.150000 ]
	[ "$(echo "$output" | col budget 2)" = 3872.020000 ]
	[ "$(echo "$output" | col budget 3)" = 3.500000 ]
}

@test "pbsum: -g dept over the shared filings, TSV and NDJSON agree" {
	need_shared
	run pbsum -g dept -f ndjson "$SHARED"/*.txt
	[ "$status" -eq 0 ]
	[ "${#lines[@]}" -eq 3 ]
	[ "$(echo "$output" | jq -r 'select(.group.dept == "曹妃甸区装备制造园区管理委员会本级") | .projects')" = 3 ]
	[ "$(echo "$output" | jq -c '.group | keys')" = '["dept"]
["dept"]
["dept"]' ]
	grep -q '"group":{"dept":"正定县（正定新区）数字经济产业园区发展中心本级"},"projects":1,"budget":3.5,' <<<"$output"
	run pbsum -g dept "$SHARED"/*.txt
	[ "$(printf '%s\n' "${lines[@]}" | grep -c '^曹妃甸区装备制造园区管理委员会本级	3	980.150000	')" -eq 1 ]
}

@test "pbsum: -g dept keeps a missing dept as its own group, empty in TSV, null in JSON, first" {
	run_split pbsum -g dept "$P/projects.ndjson"
	[ "$status" -eq 0 ]
	[ "$(echo "$output" | col dept 1)" = "" ]
	[ "$(echo "$output" | col budget 1)" = 1.000000 ]
	[ "$(echo "$output" | col dept 2)" = 丙局 ]
	run_split pbsum -g dept -f ndjson "$P/projects.ndjson"
	[ "$(echo "${lines[0]}" | jq -c .group)" = '{"dept":null}' ]
	[ "$(echo "$output" | jq -s 'length')" = 4 ]
}

@test "pbsum: -g region tells apart departments whose codes repeat across regions" {
	run_split pbsum -g dept_code "$P/projects.ndjson" "$P/sample-yuan-2024.txt"
	[ "$status" -eq 0 ]
	[ "$(echo "$output" | grep -c '^101001	')" -eq 1 ]
	run_split pbsum -g region,dept_code "$P/projects.ndjson" "$P/sample-yuan-2024.txt"
	[ "$status" -eq 0 ]
	[ "$(echo "$output" | grep -c '	101001	')" -eq 4 ]
	grep -q '^130186	101001	2	100.500001	100.000001	0.500000	' <<<"$output"
	grep -q '^130999	101001	2	2.123461	2.100005	0.023456	' <<<"$output"
	# a code shorter than six characters has no region: the null group, first
	[ "$(echo "$output" | col region 1)" = "" ]
	[ "$(echo "$output" | col budget 2)" = 12345678.123456 ]
	run_split pbsum -g region -f ndjson "$P/projects.ndjson"
	[ "$(echo "$output" | jq -r '.group.region')" = 'null
130186
130209' ]
}

@test "pbsum: region splits dept_code 101001 between the shared filing and a fixture" {
	need_shared
	run_split pbsum -g region,dept_code -f ndjson "$SHARED/chengde-hitech-office-2024.txt" "$P/sample-yuan-2024.txt"
	[ "$status" -eq 0 ]
	[ "$(echo "$output" | jq -r 'select(.group.dept_code == "101001") | .group.region')" = '130811
130999' ]
}

@test "pbsum: --yuan writes 元 with two decimals, more only when a value needs them" {
	run_split pbsum --yuan "$P/sample-yuan-2024.txt"
	[ "$status" -eq 0 ]
	# 1234.56 + 20000.05 元, as written in the filing
	[ "$(echo "$output" | col budget 1)" = 21234.61 ]
	[ "$(echo "$output" | col other 1)" = 234.56 ]
	# 70% of 20000.05 元 is 14000.035: three decimals, not rounded
	[ "$(echo "$output" | col spend_10 1)" = 14900.035 ]
	run_split pbsum "$P/sample-yuan-2024.txt"
	[ "$(echo "$output" | col budget 1)" = 2.123461 ]
	[ "$(echo "$output" | col spend_10 1)" = 1.4900035 ]
}

@test "pbsum: --yuan and --bar are refused with -f ndjson" {
	run pbsum --yuan -f ndjson "$P/projects.ndjson"
	[ "$status" -eq 2 ]
	[[ "$output" == *"--yuan is for TSV output only"* ]]
	run pbsum --bar -f ndjson "$P/projects.ndjson"
	[ "$status" -eq 2 ]
}

@test "pbsum: the TSV header is written even when there are no groups" {
	run_split pbsum -g dept,year </dev/null
	[ "$status" -eq 0 ]
	[ "$output" = "dept	year	projects	budget	fiscal	other	spend_03	spend_06	spend_10	spend_12	skipped	nospend_03	nospend_06	nospend_10	nospend_12" ]
	run pbsum -g dept -f ndjson </dev/null
	[ "$status" -eq 0 ]
	[ -z "$output" ]
	# without -g there is always the one grand total
	run pbsum - </dev/null
	[ "${#lines[@]}" -eq 2 ]
	[ "$(echo "$output" | col projects 1)" = 0 ]
	[ "$(echo "$output" | col budget 1)" = 0.000000 ]
}

@test "pbsum: a project without budget is skipped with a FILE:LINE warning and counted" {
	run_split pbsum -g dept "$P/projects.ndjson"
	[ "$status" -eq 0 ]
	# (its records at lines 5 and 6 have no spend key: said once)
	[ "$stderr" = "pbsum: $P/projects.ndjson:5: warning: project record has no \"spend\" key; read as null (said once for this input)
pbsum: q.txt:50: warning: project 13020923P000004100004 has no budget; skipped" ]
	# no spending at any checkpoint: the spend cells are empty, not 0
	grep -q '^乙局	1	7.000000	0.000000	7.000000					1	1	1	1	1$' <<<"$output"
	run_split pbsum "$P/sample-yuan-2024.txt"
	[ "$status" -eq 0 ]
	[ "$stderr" = "pbsum: $P/sample-yuan-2024.txt:35: warning: project 13099924P000002100012 has no budget; skipped" ]
	[ "$(echo "$output" | col skipped 1)" = 1 ]
	[ "$(echo "$output" | col projects 1)" = 2 ]
}

@test "pbsum: null fiscal and other add nothing; nospend counts per checkpoint" {
	run_split pbsum -g code -f ndjson "$P/projects.ndjson"
	[ "$status" -eq 0 ]
	[ "$(echo "$output" | jq -c 'select(.group.code == "13020923P000003100003") | [.budget, .fiscal, .other, .nospend["12"]]')" = '[7,0,7,1]' ]
	[ "$(echo "$output" | jq -c 'select(.group.code == "13018624P000002100002") | [.spend["03"], .spend["12"], .nospend]')" = '[null,1e-06,{"03":1,"06":1,"10":1,"12":0}]' ]
	# a checkpoint no project of the group states is unknown, not 0
	[[ "$output" == *'"spend":{"03":null,"06":null,"10":null,"12":0.000001}'* ]]
}

@test "pbsum: raw filings give exactly what pbtable's records give, warnings included" {
	files=("$P/sample-yuan-2024.txt")
	if [ -d "$SHARED" ]; then files+=("$SHARED"/*.txt); fi
	for fmt in tsv ndjson; do
		run_split pbsum -g file,dept -f "$fmt" "${files[@]}"
		[ "$status" -eq 0 ]
		raw="$output" rawerr="$stderr"
		run_split bash -c 'pbtable "$@" 2>/dev/null | pbsum -g file,dept -f '"$fmt" _ "${files[@]}"
		[ "$status" -eq 0 ]
		[ "$output" = "$raw" ]
		[ "$stderr" = "$rawerr" ]
		[ -n "$raw" ]
	done
	# and what pbsplit's blocks give
	raw="$(pbsum -g dept "${files[@]}" 2>/dev/null)"
	run bash -c 'for f; do pbsplit "$f"; done | pbsum -g dept 2>/dev/null' _ "${files[@]}"
	[ "$output" = "$raw" ]
	[ "${#lines[@]}" -ge 2 ]
}

@test "pbsum: merging sum records of random splits equals the whole, TSV and NDJSON" {
	all="$BATS_TEST_TMPDIR/all.ndjson"
	all_projects >"$all"
	[ "$(wc -l <"$all")" -ge 9 ]
	for keys in "" dept region,dept_code year,file,schedule_unit; do
		g=()
		[ -n "$keys" ] && g=(-g "$keys")
		for seed in 1 2 3 4 5; do
			d="$BATS_TEST_TMPDIR/split.$seed"
			mkdir -p "$d"
			rm -f "$d"/part.*
			shuf --random-source=<(yes "$seed$keys") "$all" | split -n "r/$((seed + 1))" - "$d/part."
			for p in "$d"/part.*; do
				pbsum "${g[@]}" -f ndjson "$p" 2>/dev/null
			done >"$d/sums.ndjson"
			for fmt in tsv ndjson; do
				pbsum "${g[@]}" -f "$fmt" "$all" >"$d/whole" 2>/dev/null
				run pbsum "${g[@]}" -f "$fmt" "$d/sums.ndjson"
				[ "$status" -eq 0 ]
				[ "$output" = "$(cat "$d/whole")" ] || {
					echo "keys=$keys seed=$seed fmt=$fmt differ"
					return 1
				}
			done
		done
	done
}

@test "pbsum: per-file sums merged equal one run over all files (the parallel pattern)" {
	files=("$P/sample-yuan-2024.txt" "$P/projects.ndjson")
	if [ -d "$SHARED" ]; then files+=("$SHARED"/*.txt); fi
	whole="$(pbsum -g dept --total 2>/dev/null "${files[@]}")"
	run bash -c 'for f; do pbsum -g dept -f ndjson "$f" 2>/dev/null; done | pbsum -g dept --total' _ "${files[@]}"
	[ "$status" -eq 0 ]
	[ "$output" = "$whole" ]
	[ "${lines[-1]%%	*}" = TOTAL ]
}

@test "pbsum: a million amounts with six decimals sum exactly" {
	f="$BATS_TEST_TMPDIR/million.ndjson"
	# the expected total in millionths, with integers only (exact below 2^53)
	want="$(awk -v out="$f" 'BEGIN {
		srand(20240101)
		for (i = 1; i <= 1000000; i++) {
			ip = int(rand() * 1000); fp = int(rand() * 1000000)
			s += ip * 1000000 + fp
			printf "{\"type\":\"project\",\"dept\":\"d%d\",\"budget\":%d.%06d}\n", i % 7, ip, fp > out
		}
		printf "%.0f.%06d\n", (s - s % 1000000) / 1000000, s % 1000000
	}')"
	run_split pbsum "$f"
	[ "$status" -eq 0 ]
	# no fiscal, other or spend key in any record: one warning a key
	[ "$(wc -l <<<"$stderr")" -eq 3 ]
	[ "$(echo "$output" | col projects 1)" = 1000000 ]
	[ "$(echo "$output" | col budget 1)" = "$want" ]
	[ "$(echo "$output" | col fiscal 1)" = 0.000000 ]
}

@test "pbsum: a total past 64 bits is written exactly, never an error or a rounded number" {
	f="$BATS_TEST_TMPDIR/big.ndjson"
	printf '%s\n' '{"type":"project","code":"A","budget":9000000000000000000,"fiscal":null,"other":null,"spend":null}' \
	              '{"type":"project","code":"B","budget":9000000000000000000,"fiscal":null,"other":null,"spend":null}' >"$f"
	run_split pbsum "$f"
	[ "$status" -eq 0 ]
	[ -z "$stderr" ]
	[ "$(echo "$output" | col budget 1)" = 18000000000000000000.000000 ]
	# decimals are kept exactly too: 9e12 to twelve decimals needs 25 digits
	printf '%s\n' '{"type":"project","budget":9000000000000}' '{"type":"project","budget":0.000001}' \
	       '{"type":"project","budget":0.000000000001}' >"$f"
	run_split pbsum "$f"
	[ "$status" -eq 0 ]
	[ "$(echo "$output" | col budget 1)" = 9000000000000.000001000001 ]
	# a spreadsheet's float artefact in one amount (review r7, G12): the
	# group and the other groups are all written
	printf '%s\n' '{"type":"project","dept":"a","budget":9999}' \
	              '{"type":"project","dept":"a","budget":3.3000000000000003}' \
	              '{"type":"project","dept":"b","budget":2.5}' >"$f"
	run_split pbsum -g dept --total "$f"
	[ "$status" -eq 0 ]
	[ "$(echo "$output" | col budget 1)" = 10002.3000000000000003 ]
	[ "$(echo "$output" | col budget 2)" = 2.500000 ]
	[ "$(echo "$output" | col budget 3)" = 10004.8000000000000003 ]
	run_split pbsum -g dept --total --yuan "$f"
	[ "$(echo "$output" | col budget 1)" = 100023000.000000000003 ]
	[ "$(echo "$output" | col budget 3)" = 100048000.000000000003 ]
	# each group fits, their total does not
	printf '%s\n' '{"type":"project","dept":"a","budget":9000000000000000000}' \
	              '{"type":"project","dept":"b","budget":9000000000000000000}' >"$f"
	run_split pbsum -g dept --total -f ndjson "$f"
	[ "$status" -eq 0 ]
	[[ "${lines[2]}" == *'"total":true,"projects":2,"budget":18000000000000000000.0,'* ]]
	# bars compare such totals too, in coarser units
	printf '%s\n' '{"type":"project","dept":"a","budget":9000000000000000000}' >>"$f"
	run_split pbsum -g dept --bar "$f"
	[ "$(echo "$output" | col bar 1 | tr -d '\n' | wc -c)" -eq 40 ]
	[ "$(echo "$output" | col bar 2 | tr -d '\n' | wc -c)" -eq 20 ]
	# fits in 万元, not in 元
	printf '%s\n' '{"type":"project","budget":1000000000000000}' >"$f"
	run_split pbsum --yuan "$f"
	[ "$status" -eq 0 ]
	[ "$(echo "$output" | col budget 1)" = 10000000000000000000.00 ]
}

@test "pbsum: sum records past 64 bits merge exactly; past 10^24 they are bad records" {
	f="$BATS_TEST_TMPDIR/parts.ndjson"
	{
		printf '%s\n' '{"type":"project","dept":"a","budget":9000000000000000000}' \
			'{"type":"project","dept":"a","budget":9000000000000000000}' \
			'{"type":"project","dept":"a","budget":0.5}' | pbsum -g dept -f ndjson
		printf '%s\n' '{"type":"project","dept":"a","budget":3.3000000000000003}' | pbsum -g dept -f ndjson
	} >"$f"
	grep -q '"budget":18000000000000000000.5,' "$f"
	run_split pbsum -g dept "$f"
	[ "$status" -eq 0 ]
	[ -z "$stderr" ]
	[ "$(echo "$output" | col budget 1)" = 18000000000000000003.8000000000000003 ]
	[ "$(echo "$output" | col projects 1)" = 4 ]
	# a whole total past 64 bits is written as a decimal, which JSON
	# readers keep exact, and read back
	printf '%s\n' '{"type":"project","budget":9000000000000000000}' \
		'{"type":"project","budget":9000000000000000000}' | pbsum -f ndjson >"$f.whole"
	grep -q '"budget":18000000000000000000.0,' "$f.whole"
	run_split pbsum "$f.whole" "$f.whole"
	[ "$status" -eq 0 ]
	[ "$(echo "$output" | col budget 1)" = 36000000000000000000.000000 ]
	r='{"type":"sum","group":{"dept":"a"},"projects":1,"budget":1000000000000000000000000.0,"fiscal":0,"other":0,"spend":{"03":0,"06":0,"10":0,"12":0}}'
	printf '%s\n' "$r" >>"$f"
	run_split pbsum -g dept "$f"
	[ "$status" -eq 2 ]
	[[ "$stderr" == "pbsum: $f:3: sum record: budget is too large or too precise to merge (10^24 or more, or more than 18 decimals)"* ]]
	[ "$(echo "$output" | col projects 1)" = 4 ]
}

@test "pbsum: a total past 64 bits on the way and back is the same in any input order" {
	f="$BATS_TEST_TMPDIR/order.ndjson"
	for order in "9.2 0.1 0.000000000000000001 -0.2" "9.2 -0.2 0.000000000000000001 0.1" \
	             "0.1 0.000000000000000001 9.2 -0.2"; do
		for b in $order; do
			echo "{\"type\":\"project\",\"dept\":\"D\",\"budget\":$b,\"fiscal\":null,\"other\":null,\"spend\":null}"
		done >"$f"
		run_split pbsum -g dept -f ndjson "$f"
		[ "$status" -eq 0 ]
		[ -z "$stderr" ]
		[[ "$output" == *'"budget":9.100000000000000001,'* ]]
	done
	for order in "9223372036854775807 1 -1" "-1 1 9223372036854775807" "1 9223372036854775807 -1"; do
		for b in $order; do echo "{\"type\":\"project\",\"budget\":$b}"; done >"$f"
		run_split pbsum -f ndjson --total "$f"
		[ "$status" -eq 0 ]
		[[ "$output" == *'"budget":9223372036854775807,'* ]]
		[ "$(echo "$output" | jq '.projects')" = 3 ]
	done
	# merged sum records too: the same spill, split across records
	{
		printf '%s\n' '{"type":"project","budget":9223372036854775807}' | pbsum -f ndjson
		printf '%s\n' '{"type":"project","budget":1}' | pbsum -f ndjson
		printf '%s\n' '{"type":"project","budget":-1}' | pbsum -f ndjson
	} >"$f"
	run_split pbsum -f ndjson "$f"
	[ "$status" -eq 0 ]
	[[ "$output" == *'"projects":3,"budget":9223372036854775807,'* ]]
}

@test "pbsum: one amount too large to hold is a bad record; the rest is still summed" {
	f="$BATS_TEST_TMPDIR/large.ndjson"
	printf '%s\n' '{"type":"project","code":"A","budget":922337203685477.5808,"fiscal":1}' \
		'{"type":"project","code":"B","budget":2,"fiscal":2,"other":null,"spend":null}' >"$f"
	run_split pbsum --yuan -f tsv "$f"
	[ "$status" -eq 2 ]
	[ "$stderr" = "pbsum: $f:1: project record has an amount too large or too precise to hold exactly (at most 18 decimals)" ]
	[ "$(echo "$output" | col projects 1)" = 1 ]
	[ "$(echo "$output" | col budget 1)" = 20000.00 ]
	[ "$(echo "$output" | col skipped 1)" = 0 ]
	run_split pbsum -f ndjson "$f"
	[ "$status" -eq 2 ]
	[ "$(echo "$output" | jq -c '[.projects, .budget, .skipped]')" = '[1,2,0]' ]
}

@test "pbsum: merging sum records checks overflow and counts too" {
	f="$BATS_TEST_TMPDIR/sums.ndjson"
	r='{"type":"sum","group":{},"projects":9223372036854775807,"budget":1,"fiscal":1,"other":0,"spend":{"03":0,"06":0,"10":0,"12":1}}'
	printf '%s\n%s\n' "$r" "$r" >"$f"
	run_split pbsum "$f"
	[ "$status" -eq 2 ]
	[ -z "$output" ]
	[[ "$stderr" == "pbsum: $f:2: the total of projects overflows"* ]]
}

@test "pbsum: an invalid JSON line is a FILE:LINE error, exit 2, and the other lines still count" {
	f="$BATS_TEST_TMPDIR/bad.ndjson"
	printf '%s\n' '{"type":"project","code":"A","budget":1.25}' 'not json {' \
	              '{"type":"project","code":"B","budget":2.5}' >"$f"
	run_split pbsum "$f"
	[ "$status" -eq 2 ]
	[[ "$stderr" == *"pbsum: $f:2: "* ]]
	[ "$(echo "$output" | col projects 1)" = 2 ]
	[ "$(echo "$output" | col budget 1)" = 3.750000 ]
}

@test "pbsum: an integer json-c would clamp is a bad record, never the bound summed" {
	f="$BATS_TEST_TMPDIR/clamp.ndjson"
	pr='{"type":"project","file":"x","line":1,"code":"%s","budget":%s,"fiscal":%s,"other":null,"spend":{"03":null,"06":null,"10":null,"12":%s}}\n'
	{
		printf "$pr" A -99999999999999999999 5 5
		printf "$pr" B 5 -9223372036854775809 5
		printf "$pr" C 5 5 -99999999999999999999
		printf "$pr" D 5 5 99999999999999999999
		echo '{"type":"sum","group":{},"projects":1,"budget":-99999999999999999999,"fiscal":0,"other":0,"spend":{"03":0,"06":0,"10":0,"12":0}}'
		# the bound itself, written out, is a number like any other
		printf "$pr" E -9223372036854775808 1 1
		printf "$pr" F '"-99999999999999999999 in a string"' 1 1
	} >"$f"
	run_split pbsum -f ndjson "$f"
	[ "$status" -eq 2 ]
	for l in 1 2 3 4 5 7; do
		grep -q "^pbsum: $f:$l: " <<<"$stderr"
	done
	[ "$(echo "$output" | jq -c '[.projects, .fiscal, .spend."12"]')" = '[1,1,1]' ]
	# jq would read the budget through a double
	[[ "$output" == *'"budget":-9223372036854775808,'* ]]
}

@test "pbsum: a year or doc past int is a bad record, never wrapped into another group" {
	f="$BATS_TEST_TMPDIR/year.ndjson"
	{
		echo '{"type":"project","code":"A","year":2024,"doc":1,"budget":1}'
		echo '{"type":"project","code":"B","year":4294969320,"doc":1,"budget":2}'
		echo '{"type":"project","code":"C","year":2024,"doc":4294967297,"budget":4}'
		# an escaped key leaves the line to json-c: the same answer
		echo '{"type":"project","c\u006fde":"D","year":4294969320,"doc":1,"budget":8}'
		echo '{"type":"project","code":"E","year":2024,"seq":-4294967295,"budget":16}'
	} >"$f"
	run_split pbsum -g year,doc -f ndjson "$f"
	[ "$status" -eq 2 ]
	for l in 2 3 4 5; do
		grep -q "^pbsum: $f:$l: project record has a doc, seq or year out of range" <<<"$stderr"
	done
	[ "$(echo "$output" | jq -c '[.group.year, .group.doc, .projects, .budget]')" = '[2024,1,1,1]' ]
}

@test "pbsum: a bad project record is reported and left out whole, in both readers" {
	f="$BATS_TEST_TMPDIR/bad.ndjson"
	good='{"type":"project","file":"x","line":9,"code":"G","budget":1,"fiscal":1,"other":null,"spend":{"03":null,"06":null,"10":null,"12":1}}'
	# a bad fiscal beside a good budget; a budget that is a string (not
	# "no budget"); two records on one line; then one good record
	printf '%s\n' \
		'{"type":"project","file":"x","line":1,"code":"A","budget":5,"fiscal":"x","other":null,"spend":{"03":null,"06":null,"10":null,"12":5}}' \
		'{"type":"project","file":"x","line":2,"code":"B","budget":"5","fiscal":5,"other":null,"spend":{}}' \
		'{"type":"project","file":"x","line":3,"code":"C","budget":7,"fiscal":7,"other":null,"spend":{"12":7}}{"type":"project","budget":8}' \
		"$good" >"$f"
	run_split pbsum -f ndjson "$f"
	[ "$status" -eq 2 ]
	[ "$(grep -c "^pbsum: $f:[123]: " <<<"$stderr")" -eq 3 ]
	[[ "$stderr" != *"no budget"* ]]
	[ "$(echo "$output" | jq -c '[.projects, .budget, .fiscal, .spend."12", .skipped]')" = '[1,1,1,1,0]' ]
	# the same with the good record alone
	run_split pbsum -f ndjson <(echo "$good")
	want=$output
	run_split pbsum -f ndjson "$f"
	[ "$output" = "$want" ]
}

@test "pbsum: the indicators of a dropped project go with it, not to the project before" {
	f="$BATS_TEST_TMPDIR/ind.ndjson"
	printf '%s\n' '{"type":"project","code":"A","budget":1}' \
		'{"type":"project","code":"B","budget":1,"fiscal":"x"}' \
		'{"type":"indicator","level1":"产出指标","value":"1"}' >"$f"
	run_split pbcheck -f ndjson --fail-on never "$f"
	[ "$status" -eq 2 ]
	[ "$(grep -c "^pbcheck: $f:" <<<"$stderr")" -eq 1 ]
	[[ "$stderr" == *"pbcheck: $f:2: project record has an amount that is not a number"* ]]
	# no finding for B, and A is reviewed as if alone (not given B's indicator)
	[ "$(echo "$output" | jq -r 'select(.project == "B")' | wc -l)" -eq 0 ]
	got=$output
	run pbcheck -f ndjson --fail-on never <(head -1 "$f")
	[ "$(echo "$got" | jq -c '[.project, .rule]')" = "$(echo "$output" | jq -c '[.project, .rule]')" ]
}

@test "pbsum: a sum record grouped by other keys than -g is a FILE:LINE error" {
	pbsum -g dept -f ndjson "$P/projects.ndjson" >"$BATS_TEST_TMPDIR/dept.ndjson" 2>/dev/null
	run_split pbsum -g year "$BATS_TEST_TMPDIR/dept.ndjson"
	[ "$status" -eq 2 ]
	[[ "$stderr" == *"dept.ndjson:1: sum record grouped by 'dept', not by the -g keys 'year'"* ]]
	# key order does not matter, the key set does
	pbsum -g dept,year -f ndjson "$P/projects.ndjson" >"$BATS_TEST_TMPDIR/dy.ndjson" 2>/dev/null
	run pbsum -g year,dept -f ndjson "$BATS_TEST_TMPDIR/dy.ndjson"
	[ "$status" -eq 0 ]
	[ "$output" = "$(pbsum -g year,dept -f ndjson "$P/projects.ndjson" 2>/dev/null)" ]
	# a bad sum record is reported and not counted; good ones are
	printf '%s\n' '{"type":"sum","group":{},"projects":1,"budget":2,"fiscal":2,"other":0,"spend":{"03":0,"06":0,"10":0,"12":2}}' \
	              '{"type":"sum","group":{},"projects":-1,"budget":2,"fiscal":2,"other":0,"spend":{"03":0,"06":0,"10":0,"12":2}}' \
	              '{"type":"sum","group":{},"projects":1,"budget":null,"fiscal":2,"other":0,"spend":{"03":0,"06":0,"10":0,"12":2}}' \
	              '{"type":"sum","group":{},"projects":1,"budget":2,"fiscal":2,"other":0}' >"$BATS_TEST_TMPDIR/s.ndjson"
	run_split pbsum "$BATS_TEST_TMPDIR/s.ndjson"
	[ "$status" -eq 2 ]
	[ "$(grep -c 's.ndjson:[234]: sum record: ' <<<"$stderr")" -eq 3 ]
	[ "$(echo "$output" | col budget 1)" = 2.000000 ]
}

@test "pbsum: --total adds a TOTAL row in TSV and a total record in NDJSON" {
	run_split pbsum -g region --total "$P/projects.ndjson"
	[ "$status" -eq 0 ]
	[ "${lines[-1]}" = "TOTAL	5	12345786.623457	12345779.123457	7.500000	12345703.248456	12345728.373456	12345753.498456	12345778.623457	1	3	3	3	2" ]
	[ "$(pbsum "$P/projects.ndjson" 2>/dev/null | sed -n 2p)" = "${lines[-1]#TOTAL	}" ]
	run_split pbsum -g region --total -f ndjson "$P/projects.ndjson"
	[ "$(echo "${lines[-1]}" | jq -c '[.group, .total, .projects]')" = '[null,true,5]' ]
	# total records are not merged again: they repeat the groups
	run_split pbsum -g region --total -f ndjson <<<"$output"
	[ "$status" -eq 0 ]
	[[ "$stderr" == *"-:4: warning: total record skipped"* ]]
	[ "$(echo "$output" | jq -s 'map(select(.total)) | .[0].budget')" = 12345786.623457 ]
	# without -g the one row is the total already
	[ "$(pbsum --total "$P/projects.ndjson" 2>/dev/null)" = "$(pbsum "$P/projects.ndjson" 2>/dev/null)" ]
}

@test "pbsum: --bar draws bars to scale of the budget" {
	f="$BATS_TEST_TMPDIR/bar.ndjson"
	printf '%s\n' '{"type":"project","dept":"a","budget":100}' '{"type":"project","dept":"b","budget":50.5}' \
	              '{"type":"project","dept":"c","budget":0.01}' '{"type":"project","dept":"d","budget":-3}' >"$f"
	run_split pbsum -g dept --bar --total "$f"
	[ "$status" -eq 0 ]
	[ "$(echo "$output" | col bar 1)" = "$(printf '%040d' 0 | tr 0 '#')" ]
	[ "$(echo "$output" | col bar 2)" = "$(printf '%020d' 0 | tr 0 '#')" ]
	[ "$(echo "$output" | col bar 3)" = "" ]
	[ "$(echo "$output" | col bar 4)" = "" ]
	[ "$(echo "$output" | col bar 5)" = "" ]
	[ "$(echo "${lines[0]}" | awk -F'\t' '{print $NF}')" = bar ]
}

@test "pbsum: --bar stays proportional for budgets near 64 bits" {
	f="$BATS_TEST_TMPDIR/bigbar.ndjson"
	printf '%s\n' '{"type":"project","dept":"a","budget":9223372036854775807}' \
		'{"type":"project","dept":"b","budget":4611686018427387904}' \
		'{"type":"project","dept":"c","budget":230584300921369395.2}' \
		'{"type":"project","dept":"d","budget":0.5}' >"$f"
	run_split pbsum -g dept --bar "$f"
	[ "$status" -eq 0 ]
	[ "$(echo "$output" | col bar 1)" = "$(printf '%040d' 0 | tr 0 '#')" ]
	# half of the largest is 20 (truncated: 19.99...), not 40
	[ "$(echo "$output" | col bar 2 | tr -d '\n' | wc -c)" -eq 20 ]
	[ "$(echo "$output" | col bar 3)" = "" ]
	[ "$(echo "$output" | col bar 4)" = "" ]
}

@test "pbsum: rows of text keys are sorted bytewise, whatever the input order" {
	all="$BATS_TEST_TMPDIR/all.ndjson"
	all_projects >"$all"
	run_split pbsum -g dept,code "$all"
	body="$(printf '%s\n' "${lines[@]:1}")"
	[ "$body" = "$(LC_ALL=C sort -t '	' -k1,1 -k2,2 <<<"$body")" ]
	[ "$(tac "$all" | pbsum -g dept,code 2>/dev/null)" = "$output" ]
}

@test "pbsum: year and doc sort by value (9 before 10), null first, in merges too" {
	f="$BATS_TEST_TMPDIR/docs.ndjson"
	for d in 10 2 1 11 9 20 3; do
		printf '{"type":"project","doc":%d,"year":%d,"dept":"d%d","budget":1}\n' "$d" $((2000 + d % 3 * 7 + 3)) "$d"
	done >"$f"
	printf '{"type":"project","doc":1,"year":null,"dept":"dx","budget":1}\n' >>"$f"
	run_split pbsum -g doc "$f"
	[ "$status" -eq 0 ]
	[ "$(printf '%s\n' "${lines[@]:1}" | cut -f1 | tr '\n' ' ')" = "1 2 3 9 10 11 20 " ]
	run_split pbsum -g year,doc "$f"
	[ "$(printf '%s\n' "${lines[@]:1}" | cut -f1,2 | tr '\t\n' ': ')" = \
	  ":1 2003:3 2003:9 2010:1 2010:10 2017:2 2017:11 2017:20 " ]
	# sums of parts merge into the same order
	head -n 4 "$f" | pbsum -g doc -f ndjson >"$BATS_TEST_TMPDIR/a"
	tail -n +5 "$f" | pbsum -g doc -f ndjson >"$BATS_TEST_TMPDIR/b"
	run pbsum -g doc "$BATS_TEST_TMPDIR/b" "$BATS_TEST_TMPDIR/a"
	[ "$(printf '%s\n' "${lines[@]:1}" | cut -f1 | tr '\n' ' ')" = "1 2 3 9 10 11 20 " ]
	# other keys stay bytewise: d10 before d2
	run_split pbsum -g dept "$f"
	[ "$(printf '%s\n' "${lines[@]:1:3}" | cut -f1 | tr '\n' ' ')" = "d1 d10 d11 " ]
}

@test "pbsum: many groups (a growing hash table) merge exactly" {
	f="$BATS_TEST_TMPDIR/many.ndjson"
	awk 'BEGIN { for (i = 0; i < 60000; i++)
		printf "{\"type\":\"project\",\"code\":\"c%d\",\"budget\":%d.%02d}\n", i % 50000, i, i % 100 }' >"$f"
	pbsum -g code -f ndjson "$f" >"$BATS_TEST_TMPDIR/whole"
	[ "$(wc -l <"$BATS_TEST_TMPDIR/whole")" -eq 50000 ]
	grep -q '^{"type":"sum","group":{"code":"c7"},"projects":2,"budget":50014.14,' "$BATS_TEST_TMPDIR/whole"
	split -n r/3 "$f" "$BATS_TEST_TMPDIR/m."
	for p in "$BATS_TEST_TMPDIR"/m.*; do
		pbsum -g code -f ndjson "$p"
	done | pbsum -g code -f ndjson >"$BATS_TEST_TMPDIR/merged"
	cmp "$BATS_TEST_TMPDIR/whole" "$BATS_TEST_TMPDIR/merged"
}

@test "pbsum: unreadable input is exit 2, the rest is still summed" {
	run_split pbsum "$BATS_TEST_TMPDIR/nonexistent.txt" "$P/projects.ndjson"
	[ "$status" -eq 2 ]
	[[ "$stderr" == *"nonexistent.txt"* ]]
	[ "$(echo "$output" | col projects 1)" = 5 ]
}

@test "pbsum: --help to a full device is a write error, exit 2" {
	[ -w /dev/full ] || skip "no /dev/full"
	run_split pbsum --help
	[ "$status" -eq 0 ]
	run_split pbsum -h
	want=$output
	run bash -c 'pbsum -h >/dev/full'
	[ "$status" -eq 2 ]
	[[ "$output" == "pbsum: write error"* ]]
	[ -n "$want" ]
}

@test "pbsum: usage errors exit 2" {
	run pbsum -g nosuchkey "$P/projects.ndjson"
	[ "$status" -eq 2 ]
	[[ "$output" == *"unknown group key 'nosuchkey'"* ]]
	run pbsum -g dept,dept "$P/projects.ndjson"
	[ "$status" -eq 2 ]
	run pbsum -g dept, "$P/projects.ndjson"
	[ "$status" -eq 2 ]
	run pbsum -f csv "$P/projects.ndjson"
	[ "$status" -eq 2 ]
	run pbsum --nosuchoption
	[ "$status" -eq 2 ]
	run pbsum --help
	[ "$status" -eq 0 ]
	[[ "$output" == *"region"* ]]
	# after -g, too (make sanitize: the keys gathered are given back)
	for args in "-g dept --nosuchoption" "-g dept --yuan -f ndjson" "-g dept -f csv" "-g dept --encoding x"; do
		run pbsum $args "$P/projects.ndjson"
		[ "$status" -eq 2 ]
	done
	for args in "-g dept --help" "-g dept --version"; do
		run pbsum $args
		[ "$status" -eq 0 ]
	done
}

@test "pbsum: records of other types are skipped with one warning per type" {
	f="$BATS_TEST_TMPDIR/mixed.ndjson"
	{ cat "$P/projects.ndjson"; printf '%s\n' '{"type":"finding","rule":"x"}' '{"type":"finding","rule":"y"}'; } >"$f"
	run_split pbsum "$f"
	[ "$status" -eq 0 ]
	[ "$(grep -c "'finding' records are not summed" <<<"$stderr")" -eq 1 ]
	[ "$(echo "$output" | col projects 1)" = 5 ]
}

@test "pbsum: the man page is clean and documents every long option" {
	command -v groff >/dev/null || skip "no groff"
	run groff -man -ww -z "$TOP/man/pbsum.1"
	[ "$status" -eq 0 ]
	[ -z "$output" ]
	for o in $(grep -o '{ "[a-z]*", [a-z_]*_argument' "$TOP/cmd/pbsum.c" | cut -d'"' -f2); do
		grep -q -- "\\\\-\\\\-$o" "$TOP/man/pbsum.1" || { echo "--$o undocumented"; return 1; }
	done
}

@test "pbsum: no floating point in pbsum's own code" {
	run grep -nwE 'float|double|strtod|strtof|strtold|atof|json_object_get_double' "$TOP/lib/sum.c" "$TOP/cmd/pbsum.c"
	[ "$status" -eq 1 ]
}

@test "pbsum: valgrind finds no leak or error" {
	no_valgrind && skip "no valgrind, or a sanitizer build"
	files=("$P/sample-yuan-2024.txt" "$P/projects.ndjson")
	if [ -d "$SHARED" ]; then files+=("$SHARED"/*.txt); fi
	run valgrind -q --leak-check=full --error-exitcode=99 "$TOP/bin/pbsum" -g dept,region --total --bar "${files[@]}"
	[ "$status" -eq 0 ]
	pbsum -g dept -f ndjson "${files[@]}" 2>/dev/null >"$BATS_TEST_TMPDIR/s.ndjson"
	run valgrind -q --leak-check=full --error-exitcode=99 "$TOP/bin/pbsum" -g dept,year "$BATS_TEST_TMPDIR/s.ndjson"
	[ "$status" -eq 2 ]
}

@test "pbsum: what the table parser could not read is a warning, not a silent 0" {
	f="$BATS_TEST_TMPDIR/other.txt"
	sed 's/其他资金\t234.56/其他资金\t2,34.56/' "$P/sample-yuan-2024.txt" > "$f"
	run_split pbsum "$f"
	[ "$status" -eq 0 ]
	[[ "$stderr" == *"other.txt:27: warning: 其他资金 is not an amount: 2,34.56"* ]] || { echo "$stderr"; return 1; }
	# from pbtable's NDJSON, which warned when it was written: one count
	run_split bash -c "pbtable '$f' 2>/dev/null | pbsum"
	[ "$status" -eq 0 ]
	[[ "$stderr" == *"pbsum: -: warning: 1 unparsed record: parts of project tables that could not be read, so sums may be short (pbcheck lists them)" ]]
	[[ "$stderr" != *"is not an amount"* ]]
	# unparsed records standing before any project carry no project
	run_split bash -c "pbtable '$f' 2>/dev/null | LC_ALL=C sort -r | pbsum -f ndjson"
	[ "$status" -eq 0 ]
	[[ "$stderr" != *"without code"* ]] || { echo "$stderr"; return 1; }
	[ "$output" = "$(pbtable "$f" 2>/dev/null | pbsum -f ndjson 2>/dev/null)" ]
	echo "$output" | jq -e '.projects == 2 and .skipped == 1'
}

@test "pbsum: a sum record's group keys are typed as in project records" {
	rec='{"type":"sum","group":GROUP,"projects":1,"budget":1,"fiscal":1,"other":0,"spend":{"03":0,"06":0,"10":0,"12":1}}'
	for bad in '{"year":"02024"}|year|year is not an integer or null' \
	           '{"dept":7}|dept|dept is not a string or null'; do
		IFS='|' read -r grp key msg <<< "$bad"
		run_split bash -c "echo '${rec/GROUP/$grp}' | pbsum -g $key -f ndjson"
		[ "$status" -eq 2 ]
		[[ "$stderr" == *"-:1: sum record: $msg"* ]] || { echo "$stderr"; return 1; }
		[ -z "$output" ]
	done
	run_split bash -c "echo '${rec/GROUP/\{\"year\":2024\}}' | pbsum -g year -f ndjson"
	[ "$status" -eq 0 ]
	echo "$output" | jq -e '.group.year == 2024'
}

@test "records are JSON as RFC 8259 has it: 'quotes', trailing commas, comments and 05 are bad records" {
	f="$BATS_TEST_TMPDIR/t.ndjson"
	good='{"type":"project","code":"C1","dept":"D","budget":5,"fiscal":5,"other":null}'
	for bad in '{"type":"project","code":"C1","dept":"D","budget":05,"fiscal":5,"other":null}' \
	           "{'type':'project','code':'C1','dept':'D','budget':5,'fiscal':5,'other':null}" \
	           '{"type":"project","code":"C1","dept":"D","budget":5,"fiscal":5,"other":null,}' \
	           '{"type":"project","code":"C1","dept":"D","budget":5,"fiscal":5 /* x */,"other":null}'; do
		printf '%s\n%s\n' "$bad" "$good" > "$f"
		# jq refuses the line too (jq 1.6 lets 05 pass)
		if [[ "$bad" != *':05,'* ]]; then
			run jq -c . "$f"
			[ "$status" -ne 0 ]
		fi
		for tool in pbsum pbcheck; do
			run_split "$tool" "$f"
			[ "$status" -eq 2 ]
			[[ "$stderr" == "$tool: $f:1: "* ]]
		done
		# the good record is still summed, alone
		run_split pbsum -g dept "$f"
		[ "${lines[1]}" = "$(printf 'D\t1\t5.000000\t5.000000\t0.000000\t\t\t\t\t0\t1\t1\t1\t1')" ]
	done
}

@test "a project record of seq 0 and no code is a project, summed and checked; only the unparsed records before any project are carried" {
	f="$BATS_TEST_TMPDIR/t.ndjson"
	{
		echo '{"type":"project","file":"x","doc":1,"seq":0,"line":10,"code":null,"name":"办公费","dept":"D","budget":100,"fiscal":100,"other":null}'
		echo '{"type":"project","file":"x","doc":1,"seq":1,"line":40,"code":null,"name":"差旅费","dept":"D","budget":50,"fiscal":50,"other":null}'
	} > "$f"
	run_split pbsum -g dept "$f"
	[ "$status" -eq 0 ]
	[ "$(printf '%s\n' "$output" | cut -f1-4 | tail -1)" = "$(printf 'D\t2\t150.000000\t150.000000')" ]
	# pbcheck checks both: its empty code is reported at each one's line
	run_split pbcheck --fail-on never "$f"
	[ "$(grep -c 'x:10: error: .*项目编码 is empty' <<<"$output")" -eq 1 ]
	[ "$(grep -c 'x:40: error: .*项目编码 is empty' <<<"$output")" -eq 1 ]
	# an unparsed record before any project is carried; an indicator
	# record after it has no project
	{
		echo '{"type":"unparsed","file":"x","doc":1,"line":3,"end_line":3,"reason":"stray row","text":"abc"}'
		echo '{"type":"indicator","project":null,"line":5,"level1":"产出指标","level2":"数量指标","level3":"x","description":"d","value":"≥1个","basis":"b"}'
	} > "$f"
	run_split pbcheck --fail-on never "$f"
	[ "$status" -eq 2 ]
	[ "$output" = "x:3: error: line 3 not read: stray row [unparsed]" ]
	[ "$stderr" = "pbcheck: $f:2: indicator record before any project record" ]
}

@test "a \\u0000 escape in a record's string is a bad record, not a name cut short; an escaped backslash before u0000 is text" {
	f="$BATS_TEST_TMPDIR/t.ndjson"
	{
		echo '{"type":"project","code":"C1","name":"办公费","dept":"D","budget":1,"fiscal":1,"other":null,"spend":null}'
		echo '{"type":"project","code":"C2","name":"办公费\u0000（追加）","dept":"D","budget":2,"fiscal":2,"other":null,"spend":null}'
		echo '{"type":"project","code":"C3","name":"办公费\\u0000","dept":"D","budget":4,"fiscal":4,"other":null,"spend":null}'
	} > "$f"
	run_split pbsum -g name -f ndjson "$f"
	[ "$status" -eq 2 ]
	[ "$stderr" = "pbsum: $f:2: a string holds \\u0000 (a NUL character)" ]
	run jq -r '[.group.name, .budget] | @tsv' <<<"$output"
	[ "$output" = "$(printf '办公费\t1\n办公费\\\\u0000\t4')" ]
	run_split pbcheck --fail-on never "$f"
	[ "$status" -eq 2 ]
	[ "$stderr" = "pbcheck: $f:2: a string holds \\u0000 (a NUL character)" ]
}

@test "a project without budget whose code cell took in a paragraph is warned about with the code cut short" {
	f="$BATS_TEST_TMPDIR/long-code.txt"
	# not a code of the usual form: one of that form ends at its 21
	# characters (pbtable), and the paragraph is an unparsed record
	{ printf '1.某项目绩效目标表\n项目编码\tXM2024-0030 '
	  for i in $(seq 2000); do printf '说明文字'; done
	  printf '\n'; } > "$f"
	run_split pbsum "$f"
	[[ "$stderr" == *"warning: project XM2024-0030说明文字"*"… has no budget; skipped"* ]]
	# every diagnostic fits one short write
	[ "$(printf '%s\n' "$stderr" | awk '{ if (length($0) > m) m = length($0) } END { print m }')" -lt 400 ]
}

@test "an unknown group key typed in Chinese is quoted cut at a character, never half of one" {
	key="$(printf '部门%.0s' $(seq 80))"
	run_split pbsum -g "$key" /dev/null
	[ "$status" -eq 2 ]
	[[ "$stderr" == "pbsum: unknown group key '部门"*"...' (keys: "* ]]
	# the message is valid UTF-8 whatever the cut (64 bytes fall inside a character)
	printf '%s' "$stderr" | iconv -f UTF-8 -t UTF-8 > /dev/null
	# a short key is quoted whole
	run_split pbsum -g 部门 /dev/null
	[[ "$stderr" == "pbsum: unknown group key '部门' (keys: "* ]]
}
