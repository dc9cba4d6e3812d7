#!/usr/bin/env bats
# A project record that lacks its budget, fiscal, other or spend key (hand-
# edited, or cut short) is read as if the key were null, with a warning
# once per input and key at the first such record's line, status 0: by the
# fast reader (lib/ndfast.c) and by json-c alike.  pbtable says it too
# (it writes the key back as null); pbcheck does not, its findings say
# what the key leaves.
load common

# a whole record, as pbtable writes its money keys, for code C$1 at line $1
rec() {
	printf '{"type":"project","file":"f.txt","doc":1,"line":%d,"dept":"D","code":"C%d","budget":3,"fiscal":2,"other":1,"spend":{"03":1,"06":2,"10":3,"12":3}}\n' "$1" "$1"
}

# N records, every one of them without the keys jq's del() takes ($2)
many() {
	local n=$1 del=$2 i
	rec 1 | jq -c "del($del)" >"$BATS_TEST_TMPDIR/one"
	awk -v n="$n" '{ for (i = 0; i < n; i++) print }' "$BATS_TEST_TMPDIR/one"
}

# records through json-c: a blank after '{' keeps the fast reader off
# (tests/pbsum-ndfast.bats sums them alike)
jsonc() {
	sed 's/^{"type"/{ "type"/'
}

warning() {
	echo "pbsum: $1:$2: warning: project record has no \"$3\" key; read as null (said once for this input)"
}

@test "pbsum-missing-keys: a key given as null is no warning" {
	f="$BATS_TEST_TMPDIR/null.ndjson"
	rec 1 | jq -c '.fiscal = null | .other = null | .spend = null' >"$f"
	run_split pbsum -f ndjson "$f"
	[ "$status" -eq 0 ]
	[ -z "$stderr" ]
	[ "$(echo "$output" | jq -c '[.projects, .budget, .fiscal, .other, .nospend."12"]')" = '[1,3,0,0,1]' ]
}

@test "pbsum-missing-keys: 200,000 records without fiscal, one warning (fast reader)" {
	f="$BATS_TEST_TMPDIR/fast.ndjson"
	{ rec 1; many 200000 .fiscal; } >"$f"
	run_split pbsum -f ndjson "$f"
	[ "$status" -eq 0 ]
	[ "$stderr" = "$(warning "$f" 2 fiscal)" ]
	# read as null: the budget and other funds still summed, no fiscal
	[ "$(echo "$output" | jq -c '[.projects, .budget, .fiscal, .other]')" = '[200001,600003,2,200001]' ]
}

@test "pbsum-missing-keys: 200,000 records without fiscal, one warning (json-c)" {
	f="$BATS_TEST_TMPDIR/jsonc.ndjson"
	{ rec 1; many 200000 .fiscal; } | jsonc >"$f"
	run_split pbsum -f ndjson "$f"
	[ "$status" -eq 0 ]
	[ "$stderr" = "$(warning "$f" 2 fiscal)" ]
	[ "$(echo "$output" | jq -c '[.projects, .budget, .fiscal, .other]')" = '[200001,600003,2,200001]' ]
}

@test "pbsum-missing-keys: each key once, in its order, at its first record's line" {
	for via in cat jsonc; do
		f="$BATS_TEST_TMPDIR/$via.ndjson"
		{
			rec 1
			rec 2 | jq -c 'del(.other)'
			rec 3 | jq -c 'del(.other, .spend)'
			rec 4 | jq -c 'del(.budget)'
			rec 5 | jq -c 'del(.other)'
			rec 6
		} | $via >"$f"
		run_split pbsum -f ndjson "$f"
		[ "$status" -eq 0 ]
		want="$(warning "$f" 2 other)
$(warning "$f" 3 spend)
$(warning "$f" 4 budget)
pbsum: f.txt:4: warning: project C4 has no budget; skipped"
		[ "$stderr" = "$want" ] || { echo "$via: $stderr"; return 1; }
		[ "$(echo "$output" | jq -c '[.projects, .skipped, .budget, .fiscal, .other, .nospend."12"]')" = '[5,1,15,10,2,1]' ]
	done
}

@test "pbsum-missing-keys: one input's records, the fast reader's and json-c's, share the once" {
	f="$BATS_TEST_TMPDIR/mixed.ndjson"
	{
		rec 1 | jq -c 'del(.fiscal)'
		rec 2 | jq -c 'del(.fiscal)' | jsonc
		rec 3 | jq -c 'del(.spend)' | jsonc
		rec 4 | jq -c 'del(.spend)'
	} >"$f"
	run_split pbsum -f ndjson "$f"
	[ "$status" -eq 0 ]
	[ "$stderr" = "$(warning "$f" 1 fiscal)
$(warning "$f" 3 spend)" ]
}

@test "pbsum-missing-keys: said once for each input, standard input too" {
	a="$BATS_TEST_TMPDIR/a.ndjson"
	b="$BATS_TEST_TMPDIR/b.ndjson"
	{ rec 1; many 3 .budget; } >"$a"
	{ many 2 .budget; } >"$b"
	run_split bash -c "pbsum -f ndjson '$a' - '$b' < '$b'"
	[ "$status" -eq 0 ]
	[ "$(echo "$stderr" | grep -c 'no "budget" key')" -eq 3 ]
	echo "$stderr" | grep -qxF "$(warning "$a" 2 budget)"
	echo "$stderr" | grep -qxF "$(warning - 1 budget)"
	echo "$stderr" | grep -qxF "$(warning "$b" 1 budget)"
	[ "$(echo "$output" | jq -c '[.projects, .skipped]')" = '[1,7]' ]
}

@test "pbsum-missing-keys: a warning: -q drops it, the status stays 0" {
	f="$BATS_TEST_TMPDIR/q.ndjson"
	{ rec 1 | jq -c 'del(.other)'; } >"$f"
	run_split pbsum -q -f ndjson "$f"
	[ "$status" -eq 0 ]
	[ -z "$stderr" ]
	[ "$(echo "$output" | jq -c '[.projects, .other]')" = '[1,0]' ]
}

@test "pbsum-missing-keys: pbtable says it too; pbcheck leaves it to its findings" {
	f="$BATS_TEST_TMPDIR/tools.ndjson"
	rec 1 | jq -c 'del(.budget)' >"$f"
	run_split pbtable "$f"
	[ "$status" -eq 0 ]
	[ "$stderr" = "$(warning "$f" 1 budget | sed 's/^pbsum/pbtable/')" ]
	# written back with the key, null
	[ "$(echo "$output" | jq -c 'has("budget"), .budget')" = "$(printf 'true\nnull')" ]
	run_split pbcheck -f ndjson "$f"
	[ -z "$stderr" ]
	[ "$(echo "$output" | jq -s 'map(select(.rule == "empty-field" and (.message | contains("预算数")))) | length')" -eq 1 ]
}
