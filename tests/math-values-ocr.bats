#!/usr/bin/env bats
# Values an OCR tool writes in TeX (MinerU and its kin): a product set
# with blanks, a unit in \mathrm{~m}, a fraction, display math, and words
# after a % past a break.  Each case is examples/markdown.txt with the
# value cell of its 数量指标 row (line 63) changed.

load common

# val VALUE: the 储备帐篷数量 indicator's [value, op, num, unit, kind]
val() {
	local f="$BATS_TEST_TMPDIR/v$RANDOM.txt"
	V="$1" awk 'BEGIN { FS = OFS = "\t" } NR == 63 { $5 = ENVIRON["V"] } { print }' "$EX/markdown.txt" > "$f"
	pbtable "$f" 2>/dev/null | jq -c 'select(.type=="indicator" and .level3=="储备帐篷数量") | [.value, .op, .num, .unit, .kind]'
}

@test "a product with blanks around × (TeX's \\times) is partial as 1.2×10⁴ is: 1 is not the value" {
	[ "$(val '$\geq 1 \times 10^{4}$ 元')" = '["≥1 × 10^4元",">=",null,null,"text"]' ]
	[ "$(val '≥1 × 10⁴元')" = '["≥1 × 10⁴元",">=",null,null,"text"]' ]
	[ "$(val '≥1.2×10⁴元')" = '["≥1.2×10⁴元",">=",null,null,"text"]' ]
}

@test "TeX's tie in \\mathrm{~m} is a blank: unit m², not ~m²; \\sim stays the tilde" {
	[ "$(val '$\geq 500 \mathrm{~m}^{2}$')" = '["≥500 m²",">=",500,"m²","number"]' ]
	[ "$(val '$\geq 300 \mathrm{~km}$')" = '["≥300 km",">=",300,"km","number"]' ]
	[ "$(val '$\geq 1$ 万 $\mathrm{~m}^{2}$')" = '["≥1万m²",">=",1,"万m²","number"]' ]
	[ "$(val '$5 \sim 10$ 天' | jq -r '.[0]')" = '5 ~ 10天' ]
}

@test "\\frac{9}{10} is 9/10, not 910; display math \$\$…\$\$ reads as \$…\$" {
	[ "$(val '$\frac{9}{10}$' | jq -r '.[0]')" = 9/10 ]
	[ "$(val '$$\geq 95\%$$')" = '["≥95%",">=",95,"%","number"]' ]
	# a lone $$ is text as it was
	[ "$(val '$$ 顶' | jq -r '.[0]')" = '$$ 顶' ]
}

@test "words after a % past a break or a blank are no part of the unit (≥95%<br>力争98%)" {
	[ "$(val '≥95%<br>力争98%')" = '["≥95% 力争98%",">=",95,"%","number"]' ]
	[ "$(val '≥95% 力争98%' | jq -c '.[3]')" = '"%"' ]
	[ "$(val '95% 以上' | jq -c '[.[1], .[3]]')" = '[">=","%"]' ]
}
