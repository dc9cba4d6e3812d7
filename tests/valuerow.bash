# Shared by the value tests (r18d, r19d): the clean filing
# fixtures/r18d/base.txt with its 质量指标 row (line 17) changed.
# Load after common.

B="$FIX/r18d/base.txt"

# row L2 L3 VALUE: base.txt with line 17 the row L2 | L3 | 描述 | VALUE, its path
row() {
	local f="$BATS_TEST_TMPDIR/r$RANDOM.txt"
	awk -v l2="$1" -v l3="$2" -v v="$3" 'BEGIN { FS = OFS = "\t" }
		NR == 17 { $2 = l2; $3 = l3; $5 = v } { print }' "$B" > "$f"
	echo "$f"
}

# the changed row's indicator record through jq filter $2
row_ind() {
	pbtable "$1" 2>/dev/null | jq -c "select(.type==\"indicator\" and .line==17) | $2"
}

# pbcheck's findings on line 17 as RULE, one a line
row_rules() {
	pbcheck -f ndjson "$1" | jq -r 'select(.line==17) | .rule'
}
